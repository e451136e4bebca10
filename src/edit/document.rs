//! One GeoJSON file as the editor holds it: its text as read, and a slot per feature. Saving writes
//! the text again with only the changed features written anew, in the file's own style; every
//! other byte (untouched features, separators, a BOM, CRLF, members around the list) stays, so the
//! web team's diff shows the change and nothing else.

mod draft;
mod style;
#[cfg(test)]
mod tests;

use crate::i18n::Describe;
use crate::model::{Lang, SourceParser};
pub use draft::Draft;
use draft::Members;
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::ops::Range;
use style::Style;

/// A feature's slot in its document: original features 0..n in file order, added ones after;
/// stable across edits and removals.
pub type Key = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Untouched,
    Changed,
    New,
    Removed,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub new: usize,
    pub changed: usize,
    pub removed: usize,
}

#[derive(Clone, Debug)]
enum Slot {
    /// As read: written with the file's own bytes.
    Original,
    /// Changed, removed (`None`), added, or added and taken back (`None` after the originals).
    Edited(Option<Draft>),
}

#[derive(Clone, Debug)]
pub struct Document {
    name: String,
    text: String,
    /// Each original feature's bytes in `text`.
    spans: Vec<Range<usize>>,
    /// Just after the features' `[`.
    inner: usize,
    originals: Vec<Draft>,
    slots: Vec<Slot>,
    style: Style,
    /// Between a feature and one that follows it where the file has no separator to give (after
    /// the last original): the one the file uses most.
    separator: String,
    /// Before and after features added to an empty list.
    fill: [String; 2],
}

impl Document {
    /// Reads a FeatureCollection; the error is a German sentence naming the file (and the line if
    /// the JSON is broken).
    pub fn parse(name: &str, text: &str) -> Result<Document, String> {
        // The checker's own reading says what is wrong in the words the editors know from it.
        if let Err(outcome) = SourceParser::new(text) {
            let message = outcome.fatal.map(|p| p.message(Lang::De));
            return Err(format!("{name}: {}", message.as_deref().unwrap_or("keine lesbare FeatureCollection")));
        }
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        let (list, features) = features_of(body).ok_or_else(|| format!("{name}: keine Liste „features“"))?;
        let offset = |raw: &RawValue| raw.get().as_ptr() as usize - text.as_ptr() as usize;
        let spans: Vec<Range<usize>> = features.iter().map(|f| offset(f)..offset(f) + f.get().len()).collect();
        let originals = features
            .iter()
            .enumerate()
            .map(|(i, f)| {
                Draft::read(f.get()).ok_or_else(|| format!("{name}: Eintrag {} ist kein Objekt {{…}}", i + 1))
            })
            .collect::<Result<Vec<Draft>, String>>()?;
        let inner = offset(list) + 1;
        let (style, separator, fill) = match spans.first() {
            Some(first) => {
                let style = Style::learn(text, &text[first.clone()], indent_before(text, first.start));
                let mut seps: Vec<&str> = spans.windows(2).map(|w| &text[w[0].end..w[1].start]).collect();
                seps.sort_unstable();
                let most = seps.chunk_by(|a, b| a == b).max_by_key(|run| run.len()).map(|run| run[0].to_string());
                // One feature: the space after `[` is what a second one would get after its comma.
                (style, most.unwrap_or_else(|| format!(",{}", &text[inner..first.start])), Default::default())
            }
            None => empty_list_style(text, inner),
        };
        let slots = vec![Slot::Original; originals.len()];
        Ok(Document {
            name: name.to_string(),
            text: text.to_string(),
            spans,
            inner,
            originals,
            slots,
            style,
            separator,
            fill,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Slots, removed ones included.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// The current state; `None` if removed.
    pub fn get(&self, key: Key) -> Option<&Draft> {
        match self.slots.get(key)? {
            Slot::Original => self.originals.get(key),
            Slot::Edited(d) => d.as_ref(),
        }
    }

    /// The feature as read from the file; `None` for an added one.
    pub fn original(&self, key: Key) -> Option<&Draft> {
        self.originals.get(key)
    }

    /// The present features in order.
    pub fn entries(&self) -> impl Iterator<Item = (Key, &Draft)> {
        (0..self.slots.len()).filter_map(|k| Some((k, self.get(k)?)))
    }

    /// Sets the current state (`None` = removed). A draft equal to the original makes the slot
    /// untouched again, written with its own bytes.
    pub fn put(&mut self, key: Key, draft: Option<Draft>) {
        if key >= self.slots.len() {
            self.slots.resize(key + 1, Slot::Edited(None));
        }
        self.slots[key] = match draft {
            Some(d) if self.originals.get(key) == Some(&d) => Slot::Original,
            other => Slot::Edited(other),
        };
    }

    pub fn add(&mut self, draft: Draft) -> Key {
        self.slots.push(Slot::Edited(Some(draft)));
        self.slots.len() - 1
    }

    /// An added place taken back (by undo) is `Untouched`: the file does not change by it.
    pub fn status(&self, key: Key) -> Status {
        match (self.slots.get(key), key < self.originals.len()) {
            (Some(Slot::Edited(Some(_))), true) => Status::Changed,
            (Some(Slot::Edited(None)), true) => Status::Removed,
            (Some(Slot::Edited(Some(_))), false) => Status::New,
            _ => Status::Untouched,
        }
    }

    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for key in 0..self.slots.len() {
            match self.status(key) {
                Status::New => c.new += 1,
                Status::Changed => c.changed += 1,
                Status::Removed => c.removed += 1,
                Status::Untouched => {}
            }
        }
        c
    }

    pub fn is_changed(&self) -> bool {
        self.counts() != Counts::default()
    }

    /// The file as it would be saved.
    pub fn text(&self) -> String {
        let mut present: Vec<Key> = self.entries().map(|(k, _)| k).collect();
        let n = self.spans.len();
        // New places go before the last of the file's own: that line keeps its bytes (no comma
        // is added to it), so the web team's diff shows the new lines and nothing else.
        if let Some(pos) = present.iter().rposition(|&k| k < n) {
            if pos + 1 < present.len() {
                let last = present.remove(pos);
                present.push(last);
            }
        }
        let (Some(first), Some(last)) = (self.spans.first(), self.spans.last()) else {
            if present.is_empty() {
                return self.text.clone();
            }
            let features: Vec<Cow<str>> = present.iter().map(|&k| self.feature(k)).collect();
            let [before, after] = &self.fill;
            let (head, tail) = self.text.split_at(self.inner);
            return format!("{head}{before}{}{after}{}", features.join(self.separator.as_str()), tail.trim_start());
        };
        let mut out = String::with_capacity(self.text.len() + 1024);
        out.push_str(&self.text[..first.start]);
        for (i, &key) in present.iter().enumerate() {
            if let Some(&prev) = i.checked_sub(1).and_then(|i| present.get(i)) {
                // A removed feature takes the separator after it along, the last one the one before.
                out.push_str(match prev + 1 < n {
                    true => &self.text[self.spans[prev].end..self.spans[prev + 1].start],
                    false => &self.separator,
                });
            }
            out.push_str(&self.feature(key));
        }
        out.push_str(&self.text[last.end..]);
        out
    }

    fn feature(&self, key: Key) -> Cow<'_, str> {
        match &self.slots[key] {
            Slot::Original => Cow::Borrowed(&self.text[self.spans[key].clone()]),
            Slot::Edited(d) => Cow::Owned(d.as_ref().map(|d| self.style.feature(d)).unwrap_or_default()),
        }
    }
}

/// The features' list and its items, as text; the last `features` counts, as in the browser.
fn features_of(body: &str) -> Option<(&RawValue, Vec<&RawValue>)> {
    let Members(members) = serde_json::from_str(body).ok()?;
    let (_, list) = members.into_iter().rev().find(|(k, _)| k == "features")?;
    Some((list, serde_json::from_str(list.get()).ok()?))
}

/// The indent of the line `at` is on, if only indent precedes it there.
fn indent_before(text: &str, at: usize) -> &str {
    let line = &text[text[..at].rfind('\n').map_or(0, |i| i + 1)..at];
    if line.trim().is_empty() { line } else { "" }
}

/// Style, separator and fill for a file without features: pretty when `"features"` starts an
/// indented line (one level deep, so one level is that indent), else one feature per line.
fn empty_list_style(text: &str, inner: usize) -> (Style, String, [String; 2]) {
    let mut style = Style::learn(text, text, "");
    let line_start = text[..inner].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..inner];
    let indent = &line[..line.len() - line.trim_start().len()];
    let nl = style.newline;
    style.pretty = (line.trim_start().starts_with("\"features\"") && !indent.is_empty()).then(|| style::Pretty {
        base: indent.repeat(2),
        unit: indent.to_string(),
        inline_scalars: style.pretty.as_ref().is_some_and(|p| p.inline_scalars),
    });
    let base = style.pretty.as_ref().map_or("", |p| p.base.as_str());
    let close = if style.pretty.is_some() { indent } else { "" };
    let (separator, fill) = (format!(",{nl}{base}"), [format!("{nl}{base}"), format!("{nl}{close}")]);
    (style, separator, fill)
}
