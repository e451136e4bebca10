//! What a visitor keeps: the Merkliste (mirrored in the page URL, never stored), the places they
//! compare, and the print sheet.

use crate::state::marks::{MAX_COMPARED, MAX_MARKS, Toggled, toggle};
use leptos::prelude::*;

/// What the print sheet shows.
#[derive(Clone, Debug, PartialEq)]
pub enum SheetOf {
    /// The Merkliste, as it is when printed.
    Marks,
    /// The result list as it was when the visitor asked to print it (place indices, in order).
    List(Vec<usize>),
}

/// Toggles `id` in a list signal of at most `max`; a full list is left as it was (no update).
fn toggle_in(list: WriteSignal<Vec<String>>, id: &str, max: usize) -> Toggled {
    let mut done = Toggled::Full;
    list.maybe_update(|l| {
        done = toggle(l, id, max);
        done != Toggled::Full
    });
    done
}

#[derive(Clone, Copy)]
pub struct Keep {
    /// Marked place ids, in the order marked.
    pub marks: ReadSignal<Vec<String>>,
    set_marks: WriteSignal<Vec<String>>,
    /// Of those, the ones compared side by side (at most three).
    pub compared: ReadSignal<Vec<String>>,
    set_compared: WriteSignal<Vec<String>>,
    /// The print sheet, when open.
    pub sheet: ReadSignal<Option<SheetOf>>,
    set_sheet: WriteSignal<Option<SheetOf>>,
    /// What had focus before the sheet opened: it gets it back.
    opener: StoredValue<Option<String>>,
}

impl Keep {
    pub(super) fn new() -> Self {
        let (marks, set_marks) = signal(Vec::new());
        let (compared, set_compared) = signal(Vec::new());
        let (sheet, set_sheet) = signal(None);
        Self { marks, set_marks, compared, set_compared, sheet, set_sheet, opener: StoredValue::new(None) }
    }

    /// Marks `id`, or unmarks it (then it is no longer compared either).
    pub fn toggle(&self, id: &str) -> Toggled {
        let done = toggle_in(self.set_marks, id, MAX_MARKS);
        if done == Toggled::Removed {
            self.set_compared.maybe_update(|c| c.iter().position(|x| x == id).map(|at| c.remove(at)).is_some());
        }
        done
    }

    /// Compares `id` too, or no longer; at most three at a time.
    pub fn toggle_compared(&self, id: &str) -> Toggled {
        toggle_in(self.set_compared, id, MAX_COMPARED)
    }

    /// A link's Merkliste (on load, and on back/forward).
    pub fn apply(&self, ids: Vec<String>) {
        if self.marks.with_untracked(|m| *m != ids) {
            self.set_compared.maybe_update(|c| {
                let before = c.len();
                c.retain(|x| ids.contains(x));
                c.len() != before
            });
            self.set_marks.set(ids);
        }
    }

    /// Opens the print sheet; `opener` (an element id) gets focus back when it closes.
    pub fn open_sheet(&self, of: SheetOf, opener: String) {
        self.opener.set_value(Some(opener));
        self.set_sheet.set(Some(of));
    }

    /// Closes the print sheet, and gives focus back to what opened it.
    pub fn close_sheet(&self) {
        self.set_sheet.set(None);
        if let Some(id) = self.opener.get_value() {
            request_animation_frame(move || {
                if let Some(el) = crate::ui::dom::element_by_id(&id) {
                    crate::ui::dom::focus_quietly(&el);
                }
            });
        }
    }
}
