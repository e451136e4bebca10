//! Headings at the level the host page asks for: the widget's title is `data-heading-level`
//! (h1 on the standalone page, h2 by default in a host page) and every section sits one level
//! below, so a screen reader's outline never skips a level.

use leptos::prelude::*;

/// A heading `depth` levels below the widget's title (0 = the title itself).
pub fn heading<V: IntoView + 'static>(
    title_level: u8,
    depth: u8,
    class: &'static str,
    id: Option<String>,
    tabindex: Option<&'static str>,
    children: V,
) -> AnyView {
    match (title_level + depth).clamp(1, 6) {
        1 => view! { <h1 class=class id=id tabindex=tabindex dir="auto">{children}</h1> }.into_any(),
        2 => view! { <h2 class=class id=id tabindex=tabindex dir="auto">{children}</h2> }.into_any(),
        3 => view! { <h3 class=class id=id tabindex=tabindex dir="auto">{children}</h3> }.into_any(),
        4 => view! { <h4 class=class id=id tabindex=tabindex dir="auto">{children}</h4> }.into_any(),
        5 => view! { <h5 class=class id=id tabindex=tabindex dir="auto">{children}</h5> }.into_any(),
        _ => view! { <h6 class=class id=id tabindex=tabindex dir="auto">{children}</h6> }.into_any(),
    }
}
