//! The basemap's raster tiles, in the pane: requested only after consent and after the first
//! markers; a tile that fails is hidden (no broken-image icon) and counted for the quiet notice.

use super::Pane;
use crate::geo::{TILE_SIZE, visible_tiles};
use crate::ui::ctx::Ctx;
use leptos::prelude::*;

#[component]
pub(super) fn TileLayer() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let pane = expect_context::<Pane>();
    let tiles = Memo::new(move |_| {
        let Some(cfg) = ctx.data.config.get() else {
            return Vec::new();
        };
        let vp = ctx.screen.viewport.get();
        visible_tiles(&vp, cfg.basemap.max_zoom)
            .into_iter()
            .map(|t| ((t.id.z, t.col, t.row), cfg.basemap.template.url(t.id)))
            .collect::<Vec<_>>()
    });
    view! {
        <div class="bk-tiles" aria-hidden="true">
          <div class="bk-pane" style:transform=move || pane.transform(ctx)>
            <For each=move || tiles.get() key=|(k, _)| *k let:tile>
                {
                    let ((z, col, row), url) = tile;
                    let place = move || {
                        let size = TILE_SIZE * crate::geo::math::exp2(pane.zoom.get() - z as f64);
                        let o = pane.anchor.get();
                        (col as f64 * size - o.x, row as f64 * size - o.y, size)
                    };
                    let loaded = RwSignal::new(false);
                    let failed = RwSignal::new(false);
                    view! {
                        <img
                            class="bk-tile"
                            class:bk-tile--loaded=move || loaded.get()
                            class:bk-tile--failed=move || failed.get()
                            src=url
                            alt=""
                            draggable="false"
                            style:transform=move || { let (x, y, _) = place(); format!("translate({x:.2}px,{y:.2}px)") }
                            style:width=move || format!("{:.2}px", place().2 + 0.5)
                            style:height=move || format!("{:.2}px", place().2 + 0.5)
                            on:load=move |_| { loaded.set(true); ctx.screen.tile_loaded(); }
                            on:error=move |_| { failed.set(true); ctx.screen.tile_failed(); }
                        />
                    }
                }
            </For>
          </div>
        </div>
    }
}
