//! The widget's lazy boundaries. The first download holds what the first markers need; what a
//! visitor reaches only by a further action sits behind one of the functions here, each in a wasm
//! file of its own (scripts/build-wasm.sh). They are fetched in idle time right after the first
//! markers, and at once when the visitor reaches for one first; until then a busy note stands in.
//!
//! The boundaries are Leptos's `#[lazy]` (wasm_split) with `fallible`: a part that cannot be
//! fetched says so and can be asked again, where `#[lazy]` alone would abort the whole widget.

use super::ctx::Ctx;
use super::later::{Missing, Part};
use leptos::prelude::*;

/// A lazy boundary: in a split build (feature `split`, scripts/build-wasm.sh) the body goes to the
/// part `$module` and `$fetch` fetches it; elsewhere (the check page's preview, which Trunk builds
/// whole) both are plain functions, ready at once. The editors' page (`ui::editor::parts`) draws
/// its own boundaries with it, with arguments and other results than a view.
///
/// A boundary's part is split off only in the program that calls it: one that only exports it
/// (the widget's `app` in the editors' page) would keep its whole body in that program's first
/// part, so `split_when(…)` names the builds that split it; elsewhere it is a plain function.
macro_rules! boundary {
    // A part of several functions, declared together: `$fetch` readies each of them. wasm_split
    // readies one function at a time (each after an async step, even when the part's file is
    // there), and a caller that calls one at once (`now_or_never`) finds it ready only so; a
    // function of the part outside the group must be awaited.
    (part $module:ident, $fetch:ident; $($(#[$doc:meta])* $ready:ident: $vis:vis fn $name:ident($($arg:ident: $ty:ty),*) -> $out:ty { $($body:tt)* })+) => {
        $($crate::ui::parts::boundary! { $(#[$doc])* $module, $ready, $vis fn $name($($arg: $ty),*) -> $out { $($body)* } })+

        async fn $fetch() -> Result<(), ::leptos::wasm_split::SplitLoaderError> {
            $($ready().await?;)+
            Ok(())
        }
    };
    (split_when($($when:tt)*) $(#[$doc:meta])* $module:ident, $fetch:ident, $vis:vis fn $name:ident($($arg:ident: $ty:ty),*) -> $out:ty { $($body:tt)* }) => {
        $(#[$doc])*
        #[cfg($($when)*)]
        #[::leptos::wasm_split::wasm_split($module, wasm_split_path = ::leptos::wasm_split, fallible, preload($fetch))]
        $vis fn $name($($arg: $ty),*) -> Result<$out, $crate::ui::later::Missing> { $($body)* }

        $(#[$doc])*
        #[cfg(not($($when)*))]
        $vis async fn $name($($arg: $ty),*) -> Result<$out, $crate::ui::later::Missing> { $($body)* }

        #[cfg(not($($when)*))]
        #[allow(dead_code)]
        async fn $fetch() -> Result<(), ::leptos::wasm_split::SplitLoaderError> {
            Ok(())
        }
    };
    ($(#[$doc:meta])* $module:ident, $fetch:ident, $vis:vis fn $name:ident($($arg:ident: $ty:ty),*) -> $out:ty { $($body:tt)* }) => {
        $crate::ui::parts::boundary! {
            split_when(feature = "split") $(#[$doc])* $module, $fetch, $vis fn $name($($arg: $ty),*) -> $out { $($body)* }
        }
    };
    ($(#[$doc:meta])* $module:ident, $fetch:ident, fn $name:ident() { $($body:tt)* }) => {
        $crate::ui::parts::boundary! { $(#[$doc])* $module, $fetch, fn $name() -> AnyView { $($body)* } }
    };
}
pub(crate) use boundary;

boundary! {
    split_when(all(feature = "split", not(feature = "editor")))
    /// The widget itself, the Leptos app around the map: mounted into every host. The program
    /// starts with the first paint (crate::first), which fetches this part after its first markers
    /// (at once where it steps aside).
    app, fetch_app, pub fn start_app() -> () {
        crate::i18n::use_fluent();
        super::mount_all();
        super::mark("bk-mounted");
        Ok(())
    }
}

boundary! {
    /// The place's details (and the places sharing one spot).
    details, fetch_details, fn details_view() {
        Ok(view! { <super::details::DetailsPanel/> }.into_any())
    }
}

boundary! {
    /// The side panel: finder and filters, PLZ oder Ort, legend, list, Merkliste, comparison, Termine.
    side, fetch_side, fn side_view() {
        Ok(view! {
            <super::finder::Finder/>
            <super::legend::Legend/>
            <super::results::Results/>
            <super::marks::Marks/>
            <super::events::Events/>
        }
        .into_any())
    }
}

boundary! {
    /// The print sheet.
    sheet, fetch_sheet, fn sheet_view() {
        Ok(view! { <super::sheet::PrintSheet/> }.into_any())
    }
}

/// One widget's view of the later parts.
#[derive(Clone, Copy)]
pub struct Parts {
    details: Part,
    side: Part,
    sheet: Part,
}

impl Parts {
    /// The parts of this widget; after its first markers, the side panel is fetched at once (it
    /// shows then) and the others in the page's next idle time. Behind a first paint, whose
    /// markers a visitor may already have pressed, the details come first, at once.
    pub fn start(ctx: Ctx, details_first: bool) -> Self {
        let parts = Self {
            details: Part::new(|| Box::pin(fetch_details())),
            side: Part::new(|| Box::pin(fetch_side())),
            sheet: Part::new(|| Box::pin(fetch_sheet())),
        };
        provide_context(parts);
        if details_first {
            parts.details.want();
        }
        // A part fails also on a file it shares with another part (the chunks it is not the first
        // to need): each time another part arrives, the ones that failed are asked again.
        Effect::new(move |before: Option<usize>| {
            let all = [parts.details, parts.side, parts.sheet];
            let arrived = all.iter().filter(|p| p.arrived()).count();
            if before.is_some_and(|b| arrived > b) {
                all.into_iter().filter(|p| p.failed_untracked()).for_each(Part::want);
            }
            arrived
        });
        Effect::new(move |_| {
            if ctx.data.side_ready.get() {
                parts.side.want();
                super::dom::when_idle(move || {
                    parts.details.want();
                    parts.sheet.want();
                });
            }
        });
        parts
    }

    /// The details' part is there (outside the reactive graph: the handover's timer asks).
    pub fn details_arrived(self) -> bool {
        self.details.arrived_untracked()
    }

    /// Every part is there: the widget works offline from now on (`data-parts="ready"` on its root).
    pub fn all_arrived(self) -> bool {
        [self.details, self.side, self.sheet].into_iter().all(Part::arrived)
    }
}

/// A part the visitor opens (`wanted`): fetched at once if it is not there yet, and meanwhile a
/// busy note with `class` where the part will be.
fn on_demand<F>(
    part: Part,
    wanted: impl Fn() -> bool + Copy + Send + Sync + 'static,
    made: fn() -> F,
    class: &'static str,
) -> impl IntoView
where
    F: std::future::Future<Output = Result<AnyView, Missing>> + 'static,
{
    Effect::new(move |_| {
        if wanted() {
            part.want();
        }
    });
    move || match part.arrived() {
        true => part.view(made()),
        false => Some((move || wanted().then(|| part.busy(class))).into_any()),
    }
}

/// The details, or a busy panel while they are coming for a place the visitor opened.
#[component]
pub fn DetailsPart() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let wanted =
        move || ctx.selection.selected.with(Option::is_some) || ctx.selection.cluster_leaves.with(Option::is_some);
    on_demand(expect_context::<Parts>().details, wanted, details_view, "bk-details bk-part-busy")
}

/// The side panel's parts (shown once the first markers are drawn).
#[component]
pub fn SidePart() -> impl IntoView {
    let part = expect_context::<Parts>().side;
    move || match part.arrived() {
        true => part.view(side_view()),
        false => Some(part.busy("bk-part-busy")),
    }
}

/// The print sheet, or a busy note while it is coming.
#[component]
pub fn SheetPart() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let wanted = move || ctx.keep.sheet.with(Option::is_some);
    on_demand(expect_context::<Parts>().sheet, wanted, sheet_view, "bk-sheet bk-part-busy")
}
