//! A file's own way of writing features, learnt from the features it has, and a changed feature
//! written that way: the web team's diff then shows the change and nothing else.

use super::draft::{Draft, Member, Members};
use serde_json::Value;

/// How a file writes its features.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Style {
    pub newline: &'static str,
    /// `": "` or `":"`.
    pub colon: &'static str,
    /// Between items on one line: `", "` or `","`.
    pub comma: &'static str,
    /// `{ "a": 1 }` (as GDAL and QGIS write) rather than `{"a": 1}`.
    pub brace_pad: bool,
    /// `[ 1, 2 ]` rather than `[1, 2]`.
    pub bracket_pad: bool,
    /// `None`: each feature on one line.
    pub pretty: Option<Pretty>,
    /// A new feature's member order: `geometry` before `properties`, as the file has it.
    pub geometry_first: bool,
}

/// A feature written over many lines.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Pretty {
    /// The indent of the feature's first line.
    pub base: String,
    /// One level of indent.
    pub unit: String,
    /// A list of plain values (coordinates) on one line, as some tools write it.
    pub inline_scalars: bool,
}

impl Style {
    /// Learns the style from `sample` (an original feature's text, or the whole file when it has
    /// none) whose first line is indented by `base`.
    pub fn learn(text: &str, sample: &str, base: &str) -> Style {
        let newline = if text.find('\n').is_some_and(|i| text[..i].ends_with('\r')) { "\r\n" } else { "\n" };
        let seen = Seen::scan(sample);
        let pretty = sample.trim().contains('\n').then(|| {
            let second = sample.lines().nth(1).unwrap_or("");
            let indent = &second[..second.len() - second.trim_start().len()];
            let unit = indent.strip_prefix(base).filter(|u| !u.is_empty()).unwrap_or("  ");
            Pretty { base: base.to_string(), unit: unit.to_string(), inline_scalars: seen.inline == Some(true) }
        });
        let keys: Vec<String> = serde_json::from_str::<Members>(sample)
            .map(|Members(m)| m.into_iter().map(|(k, _)| k).collect())
            .unwrap_or_default();
        let at = |k: &str| keys.iter().position(|m| m == k);
        let geometry_first = at("properties").is_none_or(|p| at("geometry").is_some_and(|g| g < p));
        Style {
            newline,
            colon: if seen.colon.unwrap_or(true) { ": " } else { ":" },
            comma: if seen.comma.unwrap_or(true) { ", " } else { "," },
            brace_pad: seen.brace == Some(true),
            bracket_pad: seen.bracket == Some(true),
            pretty,
            geometry_first,
        }
    }

    /// A changed or new feature in this style, its first line starting where the feature starts.
    pub fn feature(&self, d: &Draft) -> String {
        let items =
            d.members(self.geometry_first).into_iter().map(|m| match m {
                Member::Geometry => self
                    .member("geometry", d.kept_geometry().map_or_else(|| self.value(&d.geometry(), 1), str::to_string)),
                Member::Properties => {
                    let props = d.props.iter().map(|(k, v)| {
                        self.member(k, d.kept_value(k, v).map_or_else(|| self.value(v, 2), str::to_string))
                    });
                    self.member("properties", self.container(["{", "}"], props.collect(), 1, false))
                }
                Member::Other(k, raw) => self.member(&k, raw),
            });
        self.container(["{", "}"], items.collect(), 0, false)
    }

    fn member(&self, key: &str, value: String) -> String {
        format!("{}{}{value}", Value::from(key), self.colon)
    }

    /// A value written `depth` levels below the feature.
    fn value(&self, v: &Value, depth: usize) -> String {
        match v {
            Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                // A map without `preserve_order` sorts its keys; GeoJSON's and events' usual order reads better.
                const FIRST: &[&str] = &["type", "coordinates", "title", "kind", "start", "end", "url", "de", "en"];
                keys.sort_by_key(|k| FIRST.iter().position(|f| f == k).unwrap_or(FIRST.len()));
                let items = keys.into_iter().map(|k| self.member(k, self.value(&map[k], depth + 1)));
                self.container(["{", "}"], items.collect(), depth, false)
            }
            Value::Array(items) => {
                let plain = items.iter().all(|i| !i.is_object() && !i.is_array());
                let inline = plain && self.pretty.as_ref().is_some_and(|p| p.inline_scalars);
                self.container(["[", "]"], items.iter().map(|i| self.value(i, depth + 1)).collect(), depth, inline)
            }
            scalar => scalar.to_string(),
        }
    }

    /// An object or list whose brackets sit `depth` levels below the feature.
    fn container(&self, [open, close]: [&str; 2], items: Vec<String>, depth: usize, inline: bool) -> String {
        if items.is_empty() {
            return format!("{open}{close}");
        }
        match &self.pretty {
            Some(p) if !inline => {
                let indent = |d: usize| format!("{}{}{}", self.newline, p.base, p.unit.repeat(d));
                let inner = indent(depth + 1);
                format!("{open}{inner}{}{}{close}", items.join(&format!(",{inner}")), indent(depth))
            }
            _ => {
                let pad = if (open == "{" && self.brace_pad) || (open == "[" && self.bracket_pad) { " " } else { "" };
                format!("{open}{pad}{}{pad}{close}", items.join(self.comma))
            }
        }
    }
}

/// What a sample shows of the spacing; the first occurrence decides.
#[derive(Default)]
struct Seen {
    colon: Option<bool>,
    comma: Option<bool>,
    brace: Option<bool>,
    bracket: Option<bool>,
    /// Whether a non-empty list of plain values was written on one line.
    inline: Option<bool>,
}

impl Seen {
    fn scan(sample: &str) -> Seen {
        let b = sample.as_bytes();
        let mut seen = Seen::default();
        let (mut in_string, mut escaped) = (false, false);
        // Open brackets: where, and whether a list holds a list or object.
        let mut open: Vec<(usize, bool)> = Vec::new();
        for (i, &c) in b.iter().enumerate() {
            if in_string {
                (in_string, escaped) = (escaped || c != b'"', !escaped && c == b'\\');
                continue;
            }
            let next = b.get(i + 1).copied().unwrap_or(b' ');
            let spaced = next == b' ';
            let line_end = matches!(next, b'\n' | b'\r');
            match c {
                b'"' => in_string = true,
                b':' => _ = seen.colon.get_or_insert(spaced),
                b',' if !line_end => _ = seen.comma.get_or_insert(spaced),
                b'{' | b'[' => {
                    if let Some(parent) = open.last_mut() {
                        parent.1 = true;
                    }
                    open.push((i, false));
                    let pad = if c == b'{' { &mut seen.brace } else { &mut seen.bracket };
                    let empty = sample[i + 1..].trim_start().starts_with(['}', ']']);
                    if !line_end && !empty {
                        pad.get_or_insert(spaced);
                    }
                }
                b'}' | b']' => {
                    let Some((at, nested)) = open.pop() else { continue };
                    let inside = &sample[at + 1..i];
                    if c == b']' && !nested && !inside.trim().is_empty() {
                        seen.inline.get_or_insert(!inside.contains('\n'));
                    }
                }
                _ => {}
            }
        }
        seen
    }
}
