//! The first-party base layer: the district outline, the municipalities' borders and their names,
//! drawn from files on the widget's own server. It gives the map meaning before (or without) the
//! third-party tiles. Paths and labels sit in the pane like the markers: they are rebuilt when the
//! zoom changes, not on every pan.

use super::{Pane, Planned};
use crate::geo::LonLat;
use crate::map::base::path_of;
use crate::ui::ctx::Ctx;
use leptos::prelude::*;

#[component]
pub fn BaseLayer() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let pane = expect_context::<Pane>();
    let planned = expect_context::<Planned>().0;
    let at = move |p: LonLat| pane.at(p);
    let outline = move || ctx.data.outline.with(|rings| path_of(rings.iter(), &at));
    let borders = move || ctx.data.areas.with(|areas| path_of(areas.iter().flat_map(|a| a.rings.iter()), &at));
    // Which names fit at this zoom (largest areas first); the basemap's own names take over once
    // its tiles are there.
    let labels = Memo::new(move |_| {
        if ctx.screen.tiles_loaded.get() > 0 {
            return Vec::new();
        }
        // Markers and clusters come first: a name never hides under one (crate::map::plan).
        let (zoom, plan) = (pane.zoom.get(), planned.get());
        ctx.data.areas.with(|areas| crate::map::plan::labels(areas, &plan, zoom))
    });
    let any = move || ctx.data.outline.with(|o| !o.is_empty()) || ctx.data.areas.with(|a| !a.is_empty());
    // Drawn by the map's own base layer (crate::map::base), as on the first paint.
    let drawn_pane = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let Some(el) = drawn_pane.get() else { return };
        let doc = web_sys::window().and_then(|w| w.document()).expect("a document");
        // Each value read on its own, none while another is held.
        let (names, borders, outline) = (labels.get(), borders(), outline());
        crate::map::base::draw(&doc, &el, &borders, &outline, &names);
    });
    view! {
        <Show when=any>
            <div class="bk-base-layer" aria-hidden="true">
                <div class="bk-pane" node_ref=drawn_pane style:transform=move || pane.transform(ctx)></div>
            </div>
        </Show>
    }
}
