//! The changes made in one sitting, for undo and redo, and what they come to per file.

use super::document::{Document, Draft, Key};

/// One undo step: a place's state before and after.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub file: usize,
    pub key: Key,
    pub before: Option<Draft>,
    pub after: Option<Draft>,
    /// The field typed in, for merging keystrokes into one step; `None` never merges.
    pub field: Option<String>,
    /// Undone and redone together with the change before it: a list's places added to a file, a
    /// place moved from one file to another, are one step for the editor.
    pub joined: bool,
}

#[derive(Clone, Debug, Default)]
pub struct History {
    done: Vec<Change>,
    undone: Vec<Change>,
    /// The next change starts a new step.
    sealed: bool,
}

impl History {
    /// Applies `after` to `docs[file]` slot `key` and records it. Consecutive changes of the same
    /// field (`Some(field)`) of the same place merge into one undo step (typing a name letter by
    /// letter is one step), unless [`seal`](Self::seal) was called in between. A change that
    /// changes nothing is not recorded.
    pub fn apply(&mut self, docs: &mut [Document], file: usize, key: Key, after: Option<Draft>, field: Option<&str>) {
        let before = docs[file].get(key).cloned();
        if before == after {
            return;
        }
        docs[file].put(key, after.clone());
        self.undone.clear();
        let same = |c: &Change| c.file == file && c.key == key && field.is_some() && c.field.as_deref() == field;
        match self.done.last_mut() {
            Some(last) if !self.sealed && same(last) => {
                last.after = after;
                // Typed back to where the step began: nothing to undo there. The step before it
                // was sealed off from it, so stays sealed off from what is typed next.
                if last.before == last.after {
                    self.done.pop();
                    self.sealed = true;
                    return;
                }
            }
            _ => self.done.push(Change { file, key, before, after, field: field.map(str::to_string), joined: false }),
        }
        self.sealed = false;
    }

    /// Adds a place to `docs[file]`, as a step of its own.
    pub fn add(&mut self, docs: &mut [Document], file: usize, draft: Draft) -> Key {
        self.add_all(docs, file, vec![draft])[0]
    }

    /// Adds places to `docs[file]`, all of them one step (a partner's list joins a file).
    pub fn add_all(&mut self, docs: &mut [Document], file: usize, drafts: Vec<Draft>) -> Vec<Key> {
        self.undone.clear();
        self.sealed = true;
        let mut keys = Vec::with_capacity(drafts.len());
        for (i, draft) in drafts.into_iter().enumerate() {
            let key = docs[file].add(draft.clone());
            self.done.push(Change { file, key, before: None, after: Some(draft), field: None, joined: i > 0 });
            keys.push(key);
        }
        keys
    }

    /// Moves the place at `docs[from]` slot `key` to the end of `docs[to]`, as one step: it leaves
    /// its file (removed there) and is new in the other. Its new slot, if it was there to move.
    pub fn move_to(&mut self, docs: &mut [Document], (from, key): (usize, Key), to: usize) -> Option<Key> {
        let draft = docs.get(from)?.get(key)?.clone();
        if from == to || to >= docs.len() {
            return None;
        }
        docs[from].put(key, None);
        let new = docs[to].add(draft.clone());
        self.undone.clear();
        self.sealed = true;
        let left = Change { file: from, key, before: Some(draft.clone()), after: None, field: None, joined: false };
        let came = Change { file: to, key: new, before: None, after: Some(draft), field: None, joined: true };
        self.done.extend([left, came]);
        Some(new)
    }

    /// The next change starts a new step (a field lost focus, another place was chosen).
    pub fn seal(&mut self) {
        self.sealed = true;
    }

    /// Takes back the last step; which place changed (of a step of several, the first).
    pub fn undo(&mut self, docs: &mut [Document]) -> Option<(usize, Key)> {
        loop {
            let change = self.done.pop()?;
            docs[change.file].put(change.key, change.before.clone());
            let joined = change.joined;
            let at = self.moved(change, true);
            if !joined {
                return Some(at);
            }
        }
    }

    /// Does the last step taken back again; which place changed (of a step of several, the last).
    pub fn redo(&mut self, docs: &mut [Document]) -> Option<(usize, Key)> {
        let mut at = None;
        while let Some(change) = self.undone.pop() {
            docs[change.file].put(change.key, change.after.clone());
            at = Some(self.moved(change, false));
            if !self.undone.last().is_some_and(|c| c.joined) {
                break;
            }
        }
        at
    }

    /// Files a step undone (or redone) on the other stack; typing after it starts a step of its own.
    fn moved(&mut self, change: Change, undone: bool) -> (usize, Key) {
        let at = (change.file, change.key);
        if undone { &mut self.undone } else { &mut self.done }.push(change);
        self.sealed = true;
        at
    }

    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }

    /// The places the next undo changes (the map shows them by their state before).
    pub fn peek_undo(&self) -> Vec<(usize, Key)> {
        let first = self.done.iter().rposition(|c| !c.joined).unwrap_or(0);
        self.done[first..].iter().map(|c| (c.file, c.key)).collect()
    }

    /// The places the next redo changes.
    pub fn peek_redo(&self) -> Vec<(usize, Key)> {
        let step = self.undone.iter().rev().enumerate().skip(1).find(|(_, c)| !c.joined).map(|(i, _)| i);
        let n = step.unwrap_or(self.undone.len());
        self.undone[self.undone.len() - n..].iter().map(|c| (c.file, c.key)).collect()
    }
}

/// "betriebe.geojson: 1 neu, 2 geändert, 1 entfernt" per changed file (in English "1 new,
/// 2 changed, 1 removed"); counts of nothing and unchanged files are left out.
pub fn summary(docs: &[Document], english: bool) -> Vec<String> {
    let words = if english { ["new", "changed", "removed"] } else { ["neu", "geändert", "entfernt"] };
    let changed = docs.iter().filter(|d| d.is_changed());
    changed
        .map(|d| {
            let c = d.counts();
            let parts: Vec<String> = [c.new, c.changed, c.removed]
                .into_iter()
                .zip(words)
                .filter(|(n, _)| *n > 0)
                .map(|(n, w)| format!("{n} {w}"))
                .collect();
            format!("{}: {}", d.name(), parts.join(", "))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const BETRIEBE: &str = include_str!("../../public/data/betriebe.geojson");
    const SCHULEN: &str = include_str!("../../public/data/schulen.geojson");

    fn docs() -> Vec<Document> {
        vec![
            Document::parse("betriebe.geojson", BETRIEBE).unwrap(),
            Document::parse("schulen.geojson", &SCHULEN.replace('\n', "\r\n")).unwrap(),
        ]
    }

    /// Types `text` into `field` of the place, a letter at a time.
    fn type_in(h: &mut History, docs: &mut [Document], (file, key): (usize, Key), field: &str, text: &str) {
        for end in text.char_indices().map(|(i, c)| i + c.len_utf8()) {
            let mut d = docs[file].get(key).unwrap().clone();
            d.set(field, Some(json!(&text[..end])));
            h.apply(docs, file, key, Some(d), Some(field));
        }
    }

    #[test]
    fn typing_is_one_step_until_sealed() {
        let (mut docs, mut h) = (docs(), History::default());
        assert!(!h.can_undo() && !h.can_redo());
        type_in(&mut h, &mut docs, (0, 2), "name", "Tischlerei");
        type_in(&mut h, &mut docs, (0, 2), "name", "Tischlerei Meyer");
        assert_eq!(docs[0].get(2).unwrap().name(), Some("Tischlerei Meyer"));
        h.seal();
        type_in(&mut h, &mut docs, (0, 2), "name", "Tischlerei Meyer KG");
        // Another field, and the same field of another place, are steps of their own.
        type_in(&mut h, &mut docs, (0, 2), "phone", "04181");
        type_in(&mut h, &mut docs, (0, 3), "phone", "04182");
        assert_eq!(h.undo(&mut docs), Some((0, 3)));
        assert_eq!(h.undo(&mut docs), Some((0, 2)));
        assert_eq!(docs[0].get(2).unwrap().text("phone"), None);
        assert_eq!(h.undo(&mut docs), Some((0, 2)));
        assert_eq!(docs[0].get(2).unwrap().name(), Some("Tischlerei Meyer"));
        assert_eq!(h.undo(&mut docs), Some((0, 2)));
        assert_eq!((docs[0].text(), h.can_undo(), h.undo(&mut docs)), (BETRIEBE.to_string(), false, None));
        assert_eq!(h.redo(&mut docs), Some((0, 2)));
        assert_eq!(docs[0].get(2).unwrap().name(), Some("Tischlerei Meyer"));
    }

    #[test]
    fn typing_back_to_the_start_leaves_no_step() {
        let (mut docs, mut h) = (docs(), History::default());
        let name = docs[1].get(0).unwrap().name().unwrap().to_string();
        type_in(&mut h, &mut docs, (1, 0), "name", &format!("{name}!"));
        type_in(&mut h, &mut docs, (1, 0), "name", &name);
        assert!(!h.can_undo());
        assert_eq!(docs[1].text(), SCHULEN.replace('\n', "\r\n"));
        // Nor does a change that changes nothing.
        let same = docs[1].get(0).cloned();
        h.apply(&mut docs, 1, 0, same, None);
        assert!(!h.can_undo());
    }

    #[test]
    fn undo_returns_every_file_to_its_bytes_and_redo_to_the_edit() {
        let (mut docs, mut h) = (docs(), History::default());
        let originals: Vec<String> = docs.iter().map(Document::text).collect();
        type_in(&mut h, &mut docs, (0, 0), "name", "Neu");
        let mut moved = docs[1].get(1).unwrap().clone();
        moved.position = Some([9.9, 53.3]);
        h.apply(&mut docs, 1, 1, Some(moved), None);
        h.apply(&mut docs, 0, 5, None, None);
        let key = h.add(&mut docs, 1, Draft::new("neu", "Neu", "schule", None));
        let edited: Vec<String> = docs.iter().map(Document::text).collect();
        assert_eq!(
            summary(&docs, false),
            ["betriebe.geojson: 1 geändert, 1 entfernt", "schulen.geojson: 1 neu, 1 geändert"]
        );
        assert_eq!(
            summary(&docs, true),
            ["betriebe.geojson: 1 changed, 1 removed", "schulen.geojson: 1 new, 1 changed"]
        );
        assert_eq!(h.undo(&mut docs), Some((1, key)));
        assert_eq!(h.undo(&mut docs), Some((0, 5)));
        while h.undo(&mut docs).is_some() {}
        assert_eq!(docs.iter().map(Document::text).collect::<Vec<_>>(), originals);
        assert!(summary(&docs, false).is_empty() && h.can_redo());
        while h.redo(&mut docs).is_some() {}
        assert_eq!(docs.iter().map(Document::text).collect::<Vec<_>>(), edited);
    }

    #[test]
    fn a_new_change_drops_what_was_undone() {
        let (mut docs, mut h) = (docs(), History::default());
        let city = |docs: &[Document]| docs[0].get(1).unwrap().text("city").map(str::to_string);
        type_in(&mut h, &mut docs, (0, 1), "city", "Tostedt");
        h.seal();
        type_in(&mut h, &mut docs, (0, 1), "city", "Tostedt-Nord");
        h.undo(&mut docs);
        assert!(h.can_redo());
        // Typing after an undo does not merge into the step before it.
        type_in(&mut h, &mut docs, (0, 1), "city", "Tostedt-Süd");
        assert!(!h.can_redo());
        h.undo(&mut docs);
        assert_eq!(city(&docs).as_deref(), Some("Tostedt"));
        h.undo(&mut docs);
        assert_eq!(docs[0].text(), BETRIEBE);
    }
}
