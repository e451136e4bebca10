//! The first-party base layer: the district outline, the municipalities' borders and their names,
//! drawn from files on the widget's own server. It gives the map meaning before (or without) the
//! third-party tiles. Paths and labels sit in the pane like the markers: they are rebuilt when the
//! zoom changes, not on every pan.

use super::{Drawn, Pane};
use crate::geo::{AREA_LABELS_FROM_ZOOM, LonLat, Point, area_labels};
use crate::ui::ctx::Ctx;
use leptos::prelude::*;

/// An SVG path of rings in pane coordinates.
fn path_of<'a>(pane: Pane, rings: impl Iterator<Item = &'a Vec<LonLat>>) -> String {
    let mut d = String::new();
    for ring in rings {
        for (i, p) in ring.iter().enumerate() {
            let s = pane.at(*p);
            d.push(if i == 0 { 'M' } else { 'L' });
            d.push_str(&format!("{:.1} {:.1}", s.x, s.y));
        }
        d.push('Z');
    }
    d
}

#[component]
pub fn BaseLayer() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let pane = expect_context::<Pane>();
    let drawn = expect_context::<Drawn>();
    let outline = move || ctx.data.outline.with(|rings| path_of(pane, rings.iter()));
    let borders = move || ctx.data.areas.with(|areas| path_of(pane, areas.iter().flat_map(|a| a.rings.iter())));
    // Which names fit at this zoom (largest areas first); the basemap's own names take over once
    // its tiles are there.
    let labels = Memo::new(move |_| {
        if pane.zoom.get() < AREA_LABELS_FROM_ZOOM || ctx.screen.tiles_loaded.get() > 0 {
            return Vec::new();
        }
        // Markers and clusters come first: a name never hides under one.
        let markers = drawn.0.get();
        ctx.data.areas.with(|areas| {
            let named: Vec<(String, Point)> =
                areas.iter().filter(|a| !a.name.is_empty()).map(|a| (a.name.clone(), pane.at(a.label_at))).collect();
            area_labels(named, &markers)
        })
    });
    let any = move || ctx.data.outline.with(|o| !o.is_empty()) || ctx.data.areas.with(|a| !a.is_empty());
    view! {
        <Show when=any>
            <div class="bk-base-layer" aria-hidden="true">
                <div class="bk-pane" style:transform=move || pane.transform(ctx)>
                    <svg class="bk-areas" aria-hidden="true" focusable="false">
                        <path d=move || borders()></path>
                    </svg>
                    <svg class="bk-outline bk-district" aria-hidden="true" focusable="false">
                        <path d=move || outline() fill-rule="evenodd"></path>
                    </svg>
                    <For each=move || labels.get() key=|(name, at)| (name.clone(), at.x.to_bits(), at.y.to_bits()) let:label>
                        <span class="bk-area-label" style:transform=format!("translate({:.1}px,{:.1}px)", label.1.x, label.1.y)>
                            {label.0}
                        </span>
                    </For>
                </div>
            </div>
        </Show>
    }
}
