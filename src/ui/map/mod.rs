//! The slippy map: the view and its panes. Layers (tiles, base layer, markers and clusters),
//! controls and the interaction handlers live in the modules below; the map switches them on.
//!
//! | module | what |
//! |---|---|
//! | `tiles` | the basemap's raster tiles (after consent) |
//! | `overlays` | the first-party base layer: district outline, municipalities, names |
//! | `markers`, `clusters` | one button per place, or clusters where the core's policy says so |
//! | `controls` | zoom buttons, the offer of the background map, notes, attribution |
//! | `resize` | the map follows its box; the gestures (crate::map::handlers, shared with the first paint) are switched on |

mod clusters;
mod controls;
mod markers;
mod overlays;
mod resize;
mod tiles;

use crate::geo::{Point, project, world_size};
use crate::i18n::{count_args, tr};
use crate::map::handlers::Attached;
use crate::ui::ctx::Ctx;
use leptos::prelude::*;
use std::rc::Rc;

pub(super) fn now() -> f64 {
    js_sys::Date::now()
}

/// The view's plan the marker layer draws (crate::map::plan), so the base layer's names keep
/// clear of its markers and clusters.
#[derive(Clone, Copy)]
pub(super) struct Planned(pub(super) Memo<std::sync::Arc<crate::map::plan::Plan>>);

/// Tiles and markers sit in panes positioned in world pixels relative to `anchor` (the view's
/// centre when the zoom last changed), the way Leaflet does it: a pan moves the panes, one style
/// change per frame, and only a zoom repositions what is in them.
#[derive(Clone, Copy)]
pub(super) struct Pane {
    pub(super) zoom: Memo<f64>,
    pub(super) anchor: Memo<Point>,
}

impl Pane {
    fn new(ctx: Ctx) -> Self {
        let zoom = Memo::new(move |_| ctx.screen.viewport.with(|vp| vp.zoom));
        let anchor = Memo::new(move |_| {
            let z = zoom.get();
            let p = ctx.screen.viewport.with_untracked(|vp| project(vp.center).scale(world_size(z)));
            Point::new(p.x.round(), p.y.round())
        });
        Self { zoom, anchor }
    }

    /// Position of a coordinate inside the panes (follows zoom changes, not pans).
    pub(super) fn at(&self, p: crate::geo::LonLat) -> Point {
        project(p).scale(world_size(self.zoom.get())).sub(self.anchor.get())
    }

    /// The panes' own transform (follows every pan).
    pub(super) fn transform(&self, ctx: Ctx) -> String {
        let d = self.anchor.get().sub(ctx.screen.viewport.with(|vp| vp.origin()));
        format!("translate3d({:.1}px,{:.1}px,0)", d.x, d.y)
    }
}

/// What the parts of one map share: the widget's state, the map's element, its gesture handlers
/// (switched off with the map), and the hint on screen.
#[derive(Clone, Copy)]
pub(super) struct MapCtx {
    pub(super) ctx: Ctx,
    pub(super) container: NodeRef<leptos::html::Div>,
    pub(super) handlers: StoredValue<Option<Rc<Attached>>, LocalStorage>,
    pub(super) hint: RwSignal<Option<&'static str>>,
    hint_timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
}

impl MapCtx {
    /// A short hint over the map ("Strg + Mausrad zum Zoomen"), gone after a moment.
    pub(super) fn show_hint(&self, key: &'static str) {
        self.hint.set(Some(key));
        if let Some(h) = self.hint_timer.get_value() {
            h.clear();
        }
        let hint = self.hint;
        let h = set_timeout_with_handle(move || hint.set(None), std::time::Duration::from_millis(1600));
        self.hint_timer.set_value(h.ok());
    }
}

#[component]
pub fn MapView() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let pane = Pane::new(ctx);
    provide_context(pane);
    provide_context(Planned(markers::planned(ctx, pane)));
    let m = MapCtx {
        ctx,
        container: NodeRef::new(),
        handlers: StoredValue::new_local(None),
        hint: RwSignal::new(None),
        hint_timer: StoredValue::new_local(None),
    };
    resize::follow_size(m);
    let lang = move || ctx.lang.get();
    let described = ctx.id("map-hint");
    let hint_id = described.clone();
    let region_label = move || {
        let n = ctx.finding.matching.with(|m| m.len());
        tr(lang(), "map-label", Some(&count_args(lang(), n)))
    };
    view! {
        <div
            class="bk-map"
            id=ctx.id("map")
            node_ref=m.container
            role="region"
            tabindex="0"
            aria-label=move || region_label()
            aria-describedby=described
            aria-busy=move || ctx.data.loading.get().to_string()
            data-zoom=move || format!("{}", pane.zoom.get())
        >
            <p class="bk-sr-only" id=hint_id>{move || tr(lang(), "map-hint", None)}</p>
            <Show when=move || ctx.screen.basemap_on() && ctx.data.basemap_ready.get()>
                <tiles::TileLayer/>
            </Show>
            <overlays::BaseLayer/>
            <controls::Controls m=m/>
            <controls::Notes m=m/>
            <markers::MarkerLayer gesture_ended=move || m.handlers.with_value(|h| h.as_ref().map_or(0.0, |h| h.drag_ended_at()))/>
            <controls::Attribution m=m/>
        </div>
    }
}
