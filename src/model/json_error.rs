//! JSON syntax errors in plain words: serde_json's English sentence becomes a kind of error
//! (`Kind::InvalidJson`'s `syntax`) that the translations say, with what editors most often meet
//! told apart (a trailing comma, a web page where data should be).

use super::Kind;

impl Kind {
    /// A JSON syntax error with its position; serde's English sentence becomes a kind of error that
    /// the translations say in plain words.
    pub fn invalid_json(e: &serde_json::Error) -> Self {
        // An empty text is "at column 0"; editors count from 1.
        Kind::InvalidJson { syntax: json_syntax(e), line: e.line(), column: e.column().max(1) }
    }

    /// `invalid_json` for an error in `text`, which tells a trailing comma apart: serde_json,
    /// skipping over values unread, reports `{"a": 1,}` as a missing key and `[1,]` as a missing
    /// value.
    pub fn invalid_json_in(e: &serde_json::Error, text: &str) -> Self {
        let mut kind = Self::invalid_json(e);
        // A web page where data should be: what a server or CMS sends for a wrong address.
        if let Kind::InvalidJson { syntax, .. } = &mut kind
            && text.trim_start().starts_with('<')
        {
            *syntax = "html";
            return kind;
        }
        if let Kind::InvalidJson { syntax: syntax @ ("key" | "value"), .. } = &mut kind
            && trailing_comma_at(text, e.line(), e.column())
        {
            *syntax = "trailing-comma";
        }
        kind
    }
}

/// A closing bracket at serde's position (1-based line, column in bytes) right after a comma.
fn trailing_comma_at(text: &str, line: usize, column: usize) -> bool {
    let start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    let at = start + column.saturating_sub(1);
    // An ASCII bracket is a character boundary, so the slice before it is safe.
    matches!(text.as_bytes().get(at), Some(b'}' | b']')) && text[..at].trim_end().ends_with(',')
}

/// The kind of a JSON syntax error, as a selector of `p-invalid-json`. serde_json keeps its error
/// codes private, so its message is matched; a wording it changes falls to "other", which is still
/// said in the reader's language (a unit test names every kind, so a change shows there first).
fn json_syntax(e: &serde_json::Error) -> &'static str {
    const KINDS: &[(&str, &str)] = &[
        ("EOF while parsing a list", "eof-list"),
        ("EOF while parsing an object", "eof-object"),
        ("EOF while parsing a string", "eof-string"),
        ("EOF while parsing", "eof-value"),
        ("expected `,` or `}`", "comma-or-brace"),
        ("expected `,` or `]`", "comma-or-bracket"),
        ("expected `:`", "colon"),
        ("expected value", "value"),
        ("expected ident", "value"),
        ("expected `\"`", "quote"),
        ("key must be a string", "key"),
        ("trailing comma", "trailing-comma"),
        ("trailing characters", "trailing-characters"),
        ("control character", "control-character"),
        ("invalid escape", "escape"),
        ("invalid unicode code point", "escape"),
        ("lone leading surrogate", "escape"),
        ("unexpected end of hex escape", "escape"),
        ("invalid number", "number"),
        ("number out of range", "number"),
        ("recursion limit exceeded", "too-deep"),
    ];
    let message = e.to_string();
    match KINDS.iter().find(|(start, _)| message.starts_with(start)) {
        Some((_, kind)) => kind,
        None if e.is_eof() => "eof-value",
        None => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Describe;
    use crate::model::{Lang, Problem};

    #[test]
    fn json_syntax_errors_by_kind() {
        let cases = [
            ("[1, 2", "eof-list"),
            ("{\"a\": 1", "eof-object"),
            ("\"abc", "eof-string"),
            ("", "eof-value"),
            ("{\"a\": 1 \"b\": 2}", "comma-or-brace"),
            ("[1 2]", "comma-or-bracket"),
            ("{\"a\" 1}", "colon"),
            ("[1, ?]", "value"),
            ("[tru]", "value"),
            ("{a: 1}", "key"),
            ("{\"a\": 1,}", "trailing-comma"),
            ("[1, 2,\n ]", "trailing-comma"),
            ("{} x", "trailing-characters"),
            ("[\"a\tb\"]", "control-character"),
            ("[\"C:\\Daten\"]", "escape"),
            ("[\"\\ud800\"]", "escape"),
            ("[07]", "number"),
            ("[1e999]", "number"),
            (&format!("{}{}", "[".repeat(200), "]".repeat(200)), "too-deep"),
            ("\n <!DOCTYPE html><html><head><title>Seite nicht gefunden</title>", "html"),
        ];
        for (text, expected) in cases {
            // Skipping a value checks less than reading it (a lone surrogate passes): then read it.
            let e = serde_json::from_str::<serde::de::IgnoredAny>(text)
                .err()
                .or_else(|| serde_json::from_str::<serde_json::Value>(text).err())
                .expect(text);
            let kind = Kind::invalid_json_in(&e, text);
            assert!(matches!(kind, Kind::InvalidJson { syntax, .. } if syntax == expected), "{text:?}: {e} → {kind:?}");
            let p = Problem::error(kind);
            for lang in [Lang::De, Lang::En] {
                let said = p.message(lang);
                assert!(
                    !said.contains("expected `") && !said.contains("EOF") && !said.contains("while parsing"),
                    "{said}"
                );
            }
        }
        let Kind::InvalidJson { column, .. } = Kind::invalid_json(&serde_json::from_str::<()>("").unwrap_err()) else {
            unreachable!()
        };
        assert_eq!(column, 1, "columns count from 1, also in an empty file");
        let html = "<!DOCTYPE html><html></html>";
        let said = Problem::error(Kind::invalid_json_in(&serde_json::from_str::<()>(html).unwrap_err(), html))
            .message(Lang::De);
        assert!(said.contains("Webseite (HTML) statt Daten"), "{said}");
    }
}
