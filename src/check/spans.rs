//! Where things are in a JSON text: the byte offset of every value, by path
//! (`features/3/properties/website`), and line/column for an offset. serde_json does not keep
//! positions, and editors need "Zeile 12, Spalte 5".

use std::collections::HashMap;

#[derive(Debug, Default)]
pub struct Spans {
    /// Path → byte offset where the value starts (for object members: where the key starts too).
    values: HashMap<String, (usize, usize)>,
    line_starts: Vec<usize>,
    duplicates: Vec<Duplicate>,
}

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
        let mut s = Self { values: HashMap::new(), line_starts: line_starts(text), duplicates: Vec::new() };
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
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1];
        let col = text.get(start..offset.min(text.len())).map(|t| t.chars().count()).unwrap_or(0) + 1;
        (line, col)
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

    /// Where the member named by the last part of `path` starts (its key), if it exists.
    pub fn key(&self, path: &str) -> Option<usize> {
        self.values.get(path).map(|v| v.0)
    }
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
