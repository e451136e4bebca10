//! Where things are in a JSON text: the byte offset of every value, by path
//! (`features/3/properties/website`), and line/column for an offset. serde_json does not keep
//! positions, and editors need "Zeile 12, Spalte 5".

use std::collections::HashMap;

#[derive(Debug, Default)]
pub struct Spans {
    /// Path → byte offset where the value starts (for object members: where the key starts too).
    values: HashMap<String, (usize, usize)>,
    line_starts: Vec<usize>,
    /// Every [`MARK_EVERY`] bytes of a line: (byte offset, characters since the line's start), so a
    /// column in a long line (a whole file written on one line) is found without counting it all.
    marks: Vec<(usize, usize)>,
    duplicates: Vec<Duplicate>,
}

const MARK_EVERY: usize = 1024;

/// A key written twice in one object. JSON readers keep only the last value (so does the widget),
/// which silently loses the first: editors need to hear of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Duplicate {
    /// The path of the later member (`features/3/properties/name`).
    pub path: String,
    pub key: String,
    /// Byte offsets of the earlier and the later key.
    pub first: usize,
    pub second: usize,
}

impl Spans {
    /// Scans `text`. On a syntax error the spans found so far are kept (serde_json reports it).
    pub fn scan(text: &str) -> Self {
        let mut s =
            Self { values: HashMap::new(), line_starts: line_starts(text), marks: marks(text), duplicates: Vec::new() };
        let mut p = Parser { b: text.as_bytes(), i: 0, out: &mut s.values, duplicates: &mut s.duplicates };
        p.ws();
        let _ = p.value(String::new(), 0);
        s
    }

    /// Every key written twice in the same object, in the order of the text.
    pub fn duplicates(&self) -> &[Duplicate] {
        &self.duplicates
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize, text: &str) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1];
        // The nearest mark on this line before the offset, else the line's start.
        let (from, chars) = match self.marks.partition_point(|m| m.0 <= offset).checked_sub(1) {
            Some(k) if self.marks[k].0 >= start => self.marks[k],
            _ => (start, 0),
        };
        let col = chars + text.get(from..offset).map(|t| t.chars().count()).unwrap_or(0) + 1;
        (line, col)
    }

    /// The excerpt for the value at byte `offset`: its line, shortened around it as [`excerpt`]
    /// does, found without reading the line from its start.
    pub fn excerpt_at(&self, text: &str, offset: usize) -> String {
        let offset = floor_char(text, offset.min(text.len()));
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1];
        let end = self.line_starts.get(line).map_or(text.len(), |&next| next - 1);
        let line_text = text[start..end].trim_end_matches('\r');
        let end = start + line_text.len();
        // 39 characters before the column, 80 in all, as `excerpt`.
        let from = text[start..offset].char_indices().rev().nth(38).map_or(start, |(i, _)| start + i);
        let to = text[from..end].char_indices().nth(80).map_or(end, |(i, _)| from + i);
        let mut s = String::new();
        if from > start {
            s.push('…');
        }
        s.push_str(&text[from..to]);
        if to < end {
            s.push('…');
        }
        s
    }

    /// Where the value at `path` starts, if it exists. A path deeper than the scan records (a
    /// coordinate in a geometry collection) gives its deepest recorded container instead.
    pub fn value(&self, path: &str) -> Option<usize> {
        if let Some(v) = self.values.get(path) {
            return Some(v.1);
        }
        let cut = path.match_indices('/').nth(MAX_DEPTH - 1)?.0;
        self.values.get(&path[..cut]).map(|v| v.1)
    }

    /// The deepest path that starts at each offset (a value's start or its key's), to tell what a
    /// position points at.
    pub fn paths_by_offset(&self) -> HashMap<usize, &str> {
        let mut out: HashMap<usize, &str> = HashMap::new();
        for (path, &(key, value)) in &self.values {
            for at in [key, value] {
                let slot = out.entry(at).or_insert(path);
                if path.len() > slot.len() {
                    *slot = path;
                }
            }
        }
        out
    }

    /// Where the member named by the last part of `path` starts (its key), if it exists.
    pub fn key(&self, path: &str) -> Option<usize> {
        self.values.get(path).map(|v| v.0)
    }
}

/// The largest char boundary at or before `i`.
fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn marks(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut chars, mut next) = (0, MARK_EVERY);
    for (i, c) in text.char_indices() {
        if i >= next {
            out.push((i, chars));
            next = i + MARK_EVERY;
        }
        chars += 1;
        if c == '\n' {
            chars = 0;
            next = i + 1 + MARK_EVERY;
        }
    }
    out
}

fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect()
}

/// The text of line `line` (1-based), shortened around `col` for an excerpt.
pub fn excerpt(text: &str, line: usize, col: usize) -> String {
    let Some(l) = text.lines().nth(line.saturating_sub(1)) else { return String::new() };
    let chars: Vec<char> = l.trim_end_matches('\r').chars().collect();
    let from = col.saturating_sub(40).min(chars.len());
    let to = (from + 80).min(chars.len());
    let mut s: String = chars[from..to].iter().collect();
    if from > 0 {
        s.insert(0, '…');
    }
    if to < chars.len() {
        s.push('…');
    }
    s
}

struct Parser<'a> {
    b: &'a [u8],
    i: usize,
    out: &'a mut HashMap<String, (usize, usize)>,
    duplicates: &'a mut Vec<Duplicate>,
}

/// Deep enough for a single coordinate of any geometry (features/N/geometry/coordinates/N/N/N/N,
/// a MultiPolygon's) and for events/N/field in properties; deeper values are skipped, not
/// recorded. Sources hold points, so the deeper levels cost nothing for good files.
const MAX_DEPTH: usize = 8;

impl<'a> Parser<'a> {
    fn ws(&mut self) {
        while self.i < self.b.len() && matches!(self.b[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn value(&mut self, path: String, depth: usize) -> Option<()> {
        self.ws();
        match *self.b.get(self.i)? {
            b'{' => {
                self.i += 1;
                // Keys as written (raw bytes) and where each was last seen: objects are small, a
                // list beats a hash set here.
                let mut seen: Vec<(&'a [u8], usize)> = Vec::new();
                loop {
                    self.ws();
                    match *self.b.get(self.i)? {
                        b'}' => {
                            self.i += 1;
                            return Some(());
                        }
                        b',' => self.i += 1,
                        b'"' => {
                            let key_at = self.i;
                            let key = self.string()?;
                            let b: &'a [u8] = self.b;
                            let raw = &b[key_at + 1..self.i - 1];
                            self.ws();
                            if *self.b.get(self.i)? != b':' {
                                return None;
                            }
                            self.i += 1;
                            self.ws();
                            let child = if path.is_empty() { key.clone() } else { format!("{path}/{key}") };
                            match seen.iter_mut().find(|(k, _)| *k == raw) {
                                Some((_, last)) => {
                                    self.duplicates.push(Duplicate {
                                        path: child.clone(),
                                        key,
                                        first: *last,
                                        second: key_at,
                                    });
                                    *last = key_at;
                                }
                                None => seen.push((raw, key_at)),
                            }
                            if depth < MAX_DEPTH {
                                self.out.insert(child.clone(), (key_at, self.i));
                            }
                            self.value(child, depth + 1)?;
                        }
                        _ => return None,
                    }
                }
            }
            b'[' => {
                self.i += 1;
                let mut n = 0;
                loop {
                    self.ws();
                    match *self.b.get(self.i)? {
                        b']' => {
                            self.i += 1;
                            return Some(());
                        }
                        b',' => self.i += 1,
                        _ => {
                            let child = format!("{path}/{n}");
                            if depth < MAX_DEPTH {
                                self.out.insert(child.clone(), (self.i, self.i));
                            }
                            self.value(child, depth + 1)?;
                            n += 1;
                        }
                    }
                }
            }
            b'"' => self.string().map(|_| ()),
            _ => {
                let start = self.i;
                while self.i < self.b.len()
                    && !matches!(self.b[self.i], b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                {
                    self.i += 1;
                }
                // Nothing consumed means a stray `}` or `]`: stop rather than loop on it.
                (self.i > start).then_some(())
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        let start = self.i + 1;
        self.i += 1;
        while *self.b.get(self.i)? != b'"' {
            if self.b[self.i] == b'\\' {
                self.i += 1;
            }
            self.i += 1;
        }
        let raw = &self.b[start..self.i];
        self.i += 1;
        // Keys we look up are plain; escaped ones are kept raw, which is enough to find them.
        Some(String::from_utf8_lossy(raw).into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_features_and_properties() {
        let text = "{\"type\": \"FeatureCollection\",\n \"features\": [\n  {\"type\": \"Feature\", \"properties\": {\"id\": \"a\", \"website\": \"javascript:x\"}},\n  {\"type\": \"Feature\",\n   \"geometry\": {\"type\": \"Point\", \"coordinates\": [1, 2]}}\n]}";
        let s = Spans::scan(text);
        let (l, c) = s.line_col(s.value("features/0/properties/website").unwrap(), text);
        assert_eq!((l, c), (3, 60));
        let (l, c) = s.line_col(s.key("features/0/properties/website").unwrap(), text);
        assert_eq!((l, c), (3, 49));
        assert_eq!(s.line_col(s.value("features/1").unwrap(), text), (4, 3));
        assert_eq!(s.line_col(s.value("features/1/geometry/coordinates").unwrap(), text).0, 5);
        assert_eq!(excerpt(text, 4, 3), "  {\"type\": \"Feature\",");
        assert_eq!(s.value("features/2"), None);
    }

    /// Columns and excerpts in long lines (a whole file on one line, umlauts on the way) come out
    /// as counting from the line's start gives them.
    #[test]
    fn long_lines_give_the_same_columns_and_excerpts() {
        let feature = r#"{"type":"Feature","properties":{"name":"Bäckerei Müller – Straße"},"geometry":null}"#;
        let text = format!("{{\"features\":[{}]}}\r\n{{\"x\": \"ä\"}}\n", vec![feature; 300].join(","));
        let s = Spans::scan(&text);
        let naive = |offset: usize| {
            let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let line = text[..offset].matches('\n').count() + 1;
            (line, text[start..offset].chars().count() + 1)
        };
        for offset in (0..text.len()).step_by(97).chain([text.len() - 3, 0]).filter(|&o| text.is_char_boundary(o)) {
            let (line, column) = s.line_col(offset, &text);
            assert_eq!((line, column), naive(offset), "offset {offset}");
            assert_eq!(s.excerpt_at(&text, offset), excerpt(&text, line, column), "offset {offset}");
        }
    }

    #[test]
    fn survives_broken_text() {
        let s = Spans::scan("{\"features\": [ {\"a\": ");
        assert!(s.value("features/0").is_some());
        Spans::scan("");
        Spans::scan("\"unterminated");
        Spans::scan("[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]");
        // A stray closing bracket once made the scanner loop forever (found by the robustness test).
        Spans::scan("[}]");
        Spans::scan("{\"features\": [ } ]}");
    }

    #[test]
    fn keys_written_twice_are_named_at_the_later_one() {
        let text = "{\"type\": \"A\",\n \"type\": \"B\", \"features\": [{\"properties\": {\"n\": 1, \"m\": 2, \"n\": 3, \"n\": 4}}]}";
        let s = Spans::scan(text);
        let found: Vec<(&str, &str, (usize, usize), (usize, usize))> = s
            .duplicates()
            .iter()
            .map(|d| (d.path.as_str(), d.key.as_str(), s.line_col(d.first, text), s.line_col(d.second, text)))
            .collect();
        assert_eq!(
            found,
            [
                ("type", "type", (1, 2), (2, 2)),
                ("features/0/properties/n", "n", (2, 44), (2, 60)),
                ("features/0/properties/n", "n", (2, 60), (2, 68)),
            ]
        );
        // The same key in different objects is no duplicate.
        assert!(Spans::scan(r#"[{"a": 1}, {"a": 2}, {"b": {"a": 3}, "a": 4}]"#).duplicates().is_empty());
    }

    #[test]
    fn a_value_below_the_recorded_depth_is_found_at_its_container() {
        let text = r#"{"features": [{"geometry": {"type": "GeometryCollection", "geometries": [{"type": "Polygon", "coordinates": [[[1, "x"]]]}]}}]}"#;
        let s = Spans::scan(text);
        let deep = "features/0/geometry/geometries/0/coordinates/0/0/1";
        let container = s.value("features/0/geometry/geometries/0/coordinates/0/0").unwrap();
        assert_eq!(s.value(deep), Some(container));
        assert_eq!(s.value("features/0/geometry/missing"), None, "a path that is not there stays unfound");
        let point = r#"{"features": [{"geometry": {"type": "MultiPolygon", "coordinates": [[[[1, "x"]]]]}}]}"#;
        let s = Spans::scan(point);
        assert_eq!(s.value("features/0/geometry/coordinates/0/0/0/1"), point.find("\"x\""));
    }
}
