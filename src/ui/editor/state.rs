//! The page's state: the open files (`edit::Document`), the history, the chosen place, and what
//! the page says. Every change goes through `Editor::change`, which records it, checks the place
//! and shows it on the map.

use crate::edit::document::{Document, Draft, Key, Status};
use crate::edit::history::History;
use crate::model::Lang;
use leptos::prelude::*;
use serde_json::Value;
use std::sync::Arc;

/// A place: its file (index into the documents) and its slot there.
pub type At = (usize, Key);

#[derive(Clone, Copy)]
pub struct Editor {
    pub lang: RwSignal<Lang>,
    /// A fetched language's problem sentences arrived (`parts::english_problems`): what said the
    /// checker's problems in German meanwhile says them again.
    pub sentences: Trigger,
    docs: StoredValue<Vec<Document>>,
    history: StoredValue<History>,
    /// Counts changes: everything that shows a document's content reads it.
    pub version: RwSignal<u64>,
    /// The files were opened anew (the list and the map start over).
    pub opened: RwSignal<u64>,
    pub selected: RwSignal<Option<At>>,
    /// The config as read (categories, sources, areas), if any.
    pub config: RwSignal<Option<Arc<Value>>>,
    /// What the page says in its status line (opened, saved, undone …).
    pub status: RwSignal<super::Said>,
    /// Files that could not be opened, with the reason (German or English sentences).
    pub failures: RwSignal<Vec<String>>,
    /// A new place waits for its spot: the file it goes to.
    pub adding: RwSignal<Option<usize>>,
    /// The category a new place starts with, chosen with its file (`new_place`).
    pub new_category: RwSignal<String>,
    /// New places started from a postcode or town, and places marked so in their `source` (a
    /// table's rows without coordinates): "Lage ungefähr" until moved.
    pub rough: RwSignal<Vec<At>>,
    /// The version last downloaded: leaving after that does not ask.
    saved: StoredValue<u64>,
    /// The status's sentence that a place is chosen, and which place: it follows a rename.
    chosen_said: StoredValue<Option<(At, super::Said)>>,
}

impl Editor {
    pub fn new(lang: Lang) -> Self {
        Self {
            lang: RwSignal::new(lang),
            sentences: Trigger::new(),
            docs: StoredValue::new(Vec::new()),
            history: StoredValue::new(History::default()),
            version: RwSignal::new(0),
            opened: RwSignal::new(0),
            selected: RwSignal::new(None),
            config: RwSignal::new(None),
            status: RwSignal::new(super::Said::none()),
            failures: RwSignal::new(Vec::new()),
            adding: RwSignal::new(None),
            new_category: RwSignal::new(String::new()),
            rough: RwSignal::new(Vec::new()),
            saved: StoredValue::new(0),
            chosen_said: StoredValue::new(None),
        }
    }

    /// Says in the status that the place at `at` is chosen for the form.
    pub fn say_chosen(&self, at: At) {
        let name = self.draft_untracked(at).and_then(|d| d.name().map(str::to_string)).unwrap_or_default();
        let said = super::Said::with("ed-chosen", &[("name", name)]);
        self.status.set(said.clone());
        self.chosen_said.set_value(Some((at, said)));
    }

    /// After `at`'s name changed: a status still saying it was chosen names it by its new name
    /// (any other sentence since, such as "Gespeichert", stays).
    pub fn renamed(&self, at: At) {
        let Some((was, said)) = self.chosen_said.get_value() else { return };
        if was == at && self.status.with_untracked(|s| *s == said) {
            self.say_chosen(at);
        }
    }

    /// Starts over with these files (the history goes with the old ones).
    pub fn open(&self, docs: Vec<Document>, config: Option<Value>) {
        let rough = crate::edit::rough::rough_places(&docs);
        self.docs.set_value(docs);
        self.history.set_value(History::default());
        self.config.set(config.map(Arc::new));
        self.selected.set(None);
        self.adding.set(None);
        self.rough.set(rough);
        self.opened.update(|n| *n += 1);
        self.version.update(|n| *n += 1);
        self.saved.set_value(self.version.get_untracked());
    }

    /// Reads the documents (tracked: runs again after every change).
    pub fn with_docs<T>(&self, f: impl FnOnce(&[Document]) -> T) -> T {
        self.version.track();
        self.docs.with_value(|d| f(d))
    }

    /// Reads the documents without tracking (for lists built once per opening).
    pub fn docs_untracked<T>(&self, f: impl FnOnce(&[Document]) -> T) -> T {
        self.docs.with_value(|d| f(d))
    }

    pub fn draft(&self, at: At) -> Option<Draft> {
        self.with_docs(|d| d.get(at.0).and_then(|doc| doc.get(at.1)).cloned())
    }

    /// The chosen place as it is now (tracked).
    pub fn current(&self) -> Option<Draft> {
        self.selected.get().and_then(|at| self.draft(at))
    }

    pub fn status_of(&self, at: At) -> Status {
        self.with_docs(|d| d.get(at.0).map_or(Status::Untouched, |doc| doc.status(at.1)))
    }

    /// Where the place with `id` is, in any file.
    pub fn find(&self, id: &str) -> Option<At> {
        self.docs.with_value(|docs| {
            docs.iter()
                .enumerate()
                .find_map(|(f, doc)| doc.entries().find(|(_, d)| d.id() == Some(id)).map(|(k, _)| (f, k)))
        })
    }

    /// Another place than `at` has this id.
    pub fn id_taken(&self, id: &str, at: Option<At>) -> bool {
        self.docs.with_value(|docs| {
            docs.iter().enumerate().any(|(f, doc)| doc.entries().any(|(k, d)| Some((f, k)) != at && d.id() == Some(id)))
        })
    }

    /// Changes the place at `at` (None removes it); changes of one field in a row are one step.
    pub fn change(&self, at: At, after: Option<Draft>, field: Option<&str>) {
        let before = self.docs.with_value(|d| d.get(at.0).and_then(|doc| doc.get(at.1)).cloned());
        if before == after {
            return;
        }
        let after = after.map(|mut d| {
            // "Stand" is the day of the last change, unless the editor is setting it by hand.
            if field != Some("updated") {
                d.set("updated", Some(Value::String(crate::check::today().to_string())));
            }
            if field == Some("position") {
                crate::edit::rough::placed(&mut d);
            }
            d
        });
        self.docs.update_value(|docs| {
            self.history.update_value(|h| h.apply(docs, at.0, at.1, after.clone(), field));
        });
        if field == Some("position") {
            self.rough.update(|r| r.retain(|x| *x != at));
        }
        self.version.update(|n| *n += 1);
        match field {
            Some(f) if f != "position" => super::map::show_soon(before.as_ref(), after.as_ref()),
            _ => super::map::show_change(before.as_ref(), after.as_ref()),
        }
    }

    /// Sets one property of the chosen place.
    pub fn set_field(&self, key: &str, value: Option<Value>) {
        let Some(at) = self.selected.get_untracked() else { return };
        let Some(mut d) = self.draft_untracked(at) else { return };
        d.set(key, value);
        self.change(at, Some(d), Some(key));
    }

    pub fn draft_untracked(&self, at: At) -> Option<Draft> {
        self.docs.with_value(|d| d.get(at.0).and_then(|doc| doc.get(at.1)).cloned())
    }

    /// A new place in file `file`; returns where it is.
    pub fn add(&self, file: usize, draft: Draft) -> At {
        self.add_all(file, vec![draft]).first().copied().unwrap_or((file, 0))
    }

    /// New places in file `file`, one undo step (a partner's list); returns where they are.
    pub fn add_all(&self, file: usize, drafts: Vec<Draft>) -> Vec<At> {
        let shown: Vec<(Option<Draft>, Option<Draft>)> = drafts.iter().map(|d| (None, Some(d.clone()))).collect();
        let keys = self
            .docs
            .try_update_value(|docs| self.history.try_update_value(|h| h.add_all(docs, file, drafts)))
            .flatten()
            .unwrap_or_default();
        self.version.update(|n| *n += 1);
        super::map::show_changes(&shown);
        keys.into_iter().map(|k| (file, k)).collect()
    }

    /// Moves the place at `at` into file `to`, one undo step; where it is now.
    pub fn move_to_file(&self, at: At, to: usize) -> Option<At> {
        let key = self
            .docs
            .try_update_value(|docs| self.history.try_update_value(|h| h.move_to(docs, at, to)))
            .flatten()
            .flatten()?;
        self.rough.update(|r| r.iter_mut().filter(|x| **x == at).for_each(|x| *x = (to, key)));
        self.version.update(|n| *n += 1);
        Some((to, key))
    }

    /// The next change is a step of its own (a field was left, another place chosen).
    pub fn seal(&self) {
        self.history.update_value(History::seal);
    }

    pub fn undo(&self) -> Option<At> {
        self.step(true)
    }

    pub fn redo(&self) -> Option<At> {
        self.step(false)
    }

    fn step(&self, back: bool) -> Option<At> {
        let mut before = Vec::new();
        let at = self.docs.try_update_value(|docs| {
            self.history.try_update_value(|h| {
                let next = if back { h.peek_undo() } else { h.peek_redo() };
                before = next.into_iter().map(|(f, k)| ((f, k), docs.get(f).and_then(|d| d.get(k)).cloned())).collect();
                if back { h.undo(docs) } else { h.redo(docs) }
            })
        });
        let at = at.flatten().flatten()?;
        self.version.update(|n| *n += 1);
        let changes: Vec<(Option<Draft>, Option<Draft>)> =
            before.into_iter().map(|(at, b)| (b, self.draft_untracked(at))).collect();
        super::map::show_changes(&changes);
        Some(at)
    }

    pub fn can_undo(&self) -> bool {
        self.version.track();
        self.history.with_value(History::can_undo)
    }

    pub fn can_redo(&self) -> bool {
        self.version.track();
        self.history.with_value(History::can_redo)
    }

    /// Any file with changes not yet saved.
    pub fn unsaved(&self) -> bool {
        self.saved.get_value() != self.version.get_untracked()
            && self.docs.with_value(|d| d.iter().any(Document::is_changed))
    }

    pub fn mark_saved(&self) {
        self.saved.set_value(self.version.get_untracked());
    }

    /// The files' names, in the order they were opened.
    pub fn file_names(&self) -> Vec<String> {
        self.with_docs(|d| d.iter().map(|doc| doc.name().to_string()).collect())
    }

    /// The file's text as it would be saved.
    pub fn text_of(&self, file: usize) -> Option<(String, String)> {
        self.docs.with_value(|d| d.get(file).map(|doc| (doc.name().to_string(), doc.text())))
    }

    /// The config's categories: (id, label in the page's language).
    pub fn categories(&self) -> Vec<(String, String)> {
        let lang = self.lang.get();
        self.config.with(|c| {
            let Some(c) = c else { return Vec::new() };
            c["categories"]
                .as_array()
                .map(|cs| {
                    cs.iter()
                        .filter_map(|k| {
                            let id = k["id"].as_str()?.to_string();
                            let label = match &k["label"] {
                                Value::String(s) => s.clone(),
                                Value::Object(o) => o
                                    .get(lang.code())
                                    .or_else(|| o.get("de"))
                                    .and_then(Value::as_str)
                                    .unwrap_or(&id)
                                    .to_string(),
                                _ => id.clone(),
                            };
                            Some((id, label))
                        })
                        .collect()
                })
                .unwrap_or_default()
        })
    }
}
