//! A cluster on the map: a button named with its count and categories, a ring of the categories'
//! colours; activating it zooms to where it splits, or (at the deepest zoom) lists its places.

use super::Pane;
use crate::ui::ctx::Ctx;
use leptos::prelude::*;

/// A built cluster index with the place indices it was built from; equal when it is the same build.
#[derive(Clone)]
pub(super) struct SharedIndex(pub(super) std::sync::Arc<(crate::cluster::ClusterIndex, std::sync::Arc<Vec<usize>>)>);

impl PartialEq for SharedIndex {
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}

/// A marker's box (px) on the map.
pub(super) const MARKER_BOX: f64 = 32.0;

pub(super) use crate::model::cluster_size;

#[component]
/// `item.leaves` are place indices here (the marker layer maps them from the index's points).
pub(super) fn Cluster(item: crate::cluster::PlannedCluster) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let pane = expect_context::<Pane>();
    let at = item.at;
    let transform = move || {
        let s = pane.at(at);
        format!("translate({:.1}px,{:.1}px)", s.x, s.y)
    };
    // A ring of the categories' colours in proportion to their places.
    let colors: Vec<String> = ctx.data.config.with_untracked(|c| {
        c.as_ref().map(|c| c.categories.iter().map(|k| k.color.clone()).collect()).unwrap_or_default()
    });
    let ring = crate::model::cluster_ring(&item.mix, &colors.iter().map(String::as_str).collect::<Vec<_>>());
    let count = item.count as usize;
    // Named with its count and what it holds: "5 Orte: 3 Schulen …, 2 Beratungsstellen".
    let mix = item.mix.clone();
    let label = move || {
        let lang = ctx.lang.get();
        let head = crate::i18n::tr(lang, "cluster-label", Some(&crate::i18n::count_args(lang, count)));
        let parts: Vec<String> = ctx.data.config.with(|c| {
            let Some(c) = c.as_ref() else { return Vec::new() };
            mix.iter()
                .filter_map(|(k, n)| {
                    c.categories
                        .get(*k as usize)
                        .map(|cat| format!("{} {}", crate::i18n::number(lang, *n as usize), cat.label.get(lang)))
                })
                .collect()
        });
        if parts.is_empty() { head } else { format!("{head}: {}", parts.join(", ")) }
    };
    let text = if count >= 10_000 { format!("{}k", count / 1000) } else { count.to_string() };
    let size = cluster_size(count as u32);
    let expand_to = item.expand_to;
    let leaves: Vec<usize> = item.leaves.iter().map(|&l| l as usize).collect();
    let on_click = move |_| match expand_to {
        Some(z) => ctx.screen.update_view(|vp| crate::geo::Viewport { center: at, zoom: z, ..*vp }),
        None => {
            // Places at one spot: list them in the details panel's place.
            ctx.selection.show_leaves(Some(leaves.clone()));
        }
    };
    view! {
        <button type="button" class="bk-cluster" aria-label=move || label() style:transform=move || transform()
            style:width=format!("{size}px") style:height=format!("{size}px")
            style:margin=format!("-{}px 0 0 -{}px", size / 2, size / 2)
            style:background=ring on:click=on_click>
            <span class="bk-cluster-count" aria-hidden="true">{text}</span>
        </button>
    }
}
