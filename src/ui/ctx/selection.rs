//! The open place, what opened it, and a cluster's places listed for picking. Opening and
//! closing are methods of the context, since they also move focus and the map.

use super::{Ctx, PanelView};
use crate::geo::Viewport;
use crate::ui::dom;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Selection {
    /// The place whose details are open (an index into `Data::places`).
    pub selected: ReadSignal<Option<usize>>,
    set_selected: WriteSignal<Option<usize>>,
    /// Where focus goes when the details close: the list item or marker that opened them.
    opener: StoredValue<Option<String>>,
    /// The places of a cluster at the deepest zoom, listed for the visitor to pick.
    pub cluster_leaves: ReadSignal<Option<Vec<usize>>>,
    set_cluster_leaves: WriteSignal<Option<Vec<usize>>>,
    /// The view before a list entry zoomed in to its place: closing the details goes back to it.
    view_before: StoredValue<Option<Viewport>>,
}

impl Selection {
    pub(super) fn new() -> Self {
        let (selected, set_selected) = signal(None);
        let (cluster_leaves, set_cluster_leaves) = signal(None);
        Self {
            selected,
            set_selected,
            opener: StoredValue::new(None),
            cluster_leaves,
            set_cluster_leaves,
            view_before: StoredValue::new(None),
        }
    }

    /// Lists a cluster's places (`None` closes the list).
    pub fn show_leaves(&self, leaves: Option<Vec<usize>>) {
        self.set_cluster_leaves.set(leaves);
    }

    /// The places were loaded anew: the open place is `now` in the new list (or gone), and a
    /// cluster's list no longer means the same places.
    pub fn follow(&self, now: Option<usize>) {
        if self.cluster_leaves.get_untracked().is_some() {
            self.set_cluster_leaves.set(None);
        }
        if self.selected.get_untracked() != now {
            self.set_selected.set(now);
        }
    }
}

impl Ctx {
    /// Opens a place chosen from a list (results, dates): the map zooms in to it, if it has a
    /// place, and closing the details goes back to the view before. `opener` gets focus back.
    pub fn open_from_list(&self, index: usize, opener: String) {
        let before = self.screen.viewport.get_untracked();
        if let Some(at) = self.data.places.with_untracked(|ps| ps[index].position) {
            self.screen.update_view(|vp| Viewport { center: at, zoom: vp.zoom.max(13.0), ..*vp });
        }
        self.open_place(index, Some(opener), Some(before));
    }

    /// Opens a place's details, moves focus into them once they are drawn, and pans the map so the
    /// place is not hidden under them (the bottom sheet on a phone, the side sheet on a desktop).
    /// `opener`: the element to focus again on closing; `from_list`: the list zoomed in to the
    /// place, and closing goes back to the view before.
    pub fn open_place(&self, index: usize, opener: Option<String>, view_before: Option<Viewport>) {
        let s = self.selection;
        s.view_before.set_value(view_before);
        s.opener.set_value(opener);
        s.set_cluster_leaves.set(None);
        self.screen.show(PanelView::Map);
        s.set_selected.set(Some(index));
        let heading = self.id("details-title");
        let ctx = *self;
        request_animation_frame(move || {
            if let Some(el) = dom::element_by_id(&heading) {
                dom::focus_quietly(&el);
            }
            ctx.reveal(index);
        });
    }

    /// A link's place: open without moving focus or the view (the link says the view).
    pub fn open_linked(&self, index: Option<usize>) {
        self.selection.set_selected.set(index);
    }

    /// A link's place where the link says no view: in sight, beside or above its details once
    /// they are drawn, as a press leaves it (on a phone, the middle of the map is under the sheet).
    pub fn show_linked(&self, index: usize) {
        let Some((at, id)) =
            self.data.places.with_untracked(|ps| ps.get(index).and_then(|p| Some((p.position?, p.id.clone()))))
        else {
            return;
        };
        self.screen.update_view(|vp| Viewport { center: at, ..*vp });
        self.reveal_when_drawn(id, 0);
    }

    /// Reveals the place `id` once its details are drawn (their part may still be coming),
    /// unless another place was opened meanwhile; looks again every 100 ms for 10 s. By id: a
    /// file arriving meanwhile gives the places new indices.
    fn reveal_when_drawn(&self, id: String, tries: u32) {
        let open = self.selection.selected.get_untracked();
        let Some(index) = open.filter(|&i| self.data.places.with_untracked(|ps| ps.get(i).is_some_and(|p| p.id == id)))
        else {
            return;
        };
        if tries > 100 {
            return;
        }
        if dom::element_by_id(&self.id("details")).is_some() {
            let ctx = *self;
            return request_animation_frame(move || ctx.reveal(index));
        }
        let ctx = *self;
        set_timeout(move || ctx.reveal_when_drawn(id, tries + 1), std::time::Duration::from_millis(100));
    }

    /// Closes the details and gives focus back to what opened them (list item or marker). On a phone
    /// the list is hidden while the map shows: a place chosen from the list returns to the list.
    pub fn close_place(&self) {
        let s = self.selection;
        let Some(i) = s.selected.get_untracked() else { return };
        s.set_selected.set(None);
        // A list entry zoomed in to its place: back to the overview the visitor came from.
        if let Some(before) = s.view_before.get_value() {
            s.view_before.set_value(None);
            let now = self.screen.viewport.get_untracked();
            self.screen.set_view(before.with_size(now.width, now.height));
        }
        let opener = s.opener.get_value().and_then(|id| dom::element_by_id(&id));
        if let Some(el) = &opener {
            if !dom::is_rendered(el) {
                self.screen.show(PanelView::List);
            }
        }
        let marker = self.marker_id(i);
        let map = self.id("map");
        request_animation_frame(move || {
            // Only focus that the closed panel took with it comes back: a visitor who has moved on
            // (typing in the search, a frame later on a slow engine) keeps their place.
            if !dom::focus_is_lost() {
                return;
            }
            let target = opener
                .filter(dom::is_rendered)
                .or_else(|| dom::element_by_id(&marker))
                .or_else(|| dom::element_by_id(&map));
            if let Some(el) = target {
                dom::focus_quietly(&el);
            }
        });
    }

    /// Keeps the place `index` in the part of the map that the details leave free.
    fn reveal(&self, index: usize) {
        let Some(map) = dom::rect_of(&self.id("map")) else { return };
        let (w, h) = (map.2 - map.0, map.3 - map.1);
        if w <= 0.0 || h <= 0.0 {
            return;
        }
        let free = Viewport::free_beside(map, dom::rect_of(&self.id("details")));
        let Some(at) = self.data.places.with_untracked(|ps| ps.get(index).and_then(|p| p.position)) else { return };
        // The map may just have been shown (phone: list → map) and not measured yet.
        self.screen.update_view(|vp| vp.with_size(w, h).revealing(at, free, 32.0));
    }
}
