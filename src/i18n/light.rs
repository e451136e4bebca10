//! A reader of our `.ftl` files that knows just the Fluent they use: text, variables, string
//! literals and a select on a variable (a string, an exact number or a count's plural category).
//! It speaks before Fluent has arrived: the first paint's words and a place's details pressed at
//! the first markers (crate::first) come from it, so the visitor's first download and the
//! details' part carry no Fluent. Tests hold every message of every language to Fluent's output.

/// A message's parts.
#[derive(Clone, Debug, PartialEq)]
pub enum Piece {
    Text(String),
    Var(String),
    /// `{ $var -> [key] … *[other] … }`: the variants and which one is the default.
    Select {
        var: String,
        variants: Vec<(String, Vec<Piece>)>,
        default: usize,
    },
}

/// A variable's value: text, or a number (a count, whose plural category a select may ask).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(f64),
}

/// The plural category of a count in a language ("one", "few", …).
pub type Plural = dyn Fn(f64) -> &'static str;

/// The messages of one file, by key.
pub type Messages = Vec<(String, Vec<Piece>)>;

/// The message `key` of `messages` with `args` filled in, as Fluent says it; None where the file
/// has no such message.
pub fn format(messages: &Messages, key: &str, args: &[(&str, Arg)], plural: &Plural) -> Option<String> {
    let pieces = &messages.iter().find(|(k, _)| k == key)?.1;
    let mut out = String::new();
    render(pieces, args, plural, &mut out);
    Some(out)
}

/// A number as Fluent writes a variable: whole numbers without a point. (Our messages' numbers
/// are counts; a fraction is written with up to six places, without the formatter's float code.)
fn number(n: f64) -> String {
    let mut out = String::new();
    if n < 0.0 {
        out.push('-');
    }
    let n = n.abs();
    out.push_str(&(n.trunc() as usize).to_string());
    let mut frac = (n.fract() * 1e6).round() as usize;
    if frac > 0 {
        out.push('.');
        let mut digits = 6;
        while frac % 10 == 0 {
            frac /= 10;
            digits -= 1;
        }
        let text = frac.to_string();
        for _ in text.len()..digits {
            out.push('0');
        }
        out.push_str(&text);
    }
    out
}

fn render(pieces: &[Piece], args: &[(&str, Arg)], plural: &Plural, out: &mut String) {
    let arg = |name: &str| args.iter().find(|(k, _)| *k == name).map(|(_, v)| *v);
    for p in pieces {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Var(v) => match arg(v) {
                Some(Arg::Text(t)) => out.push_str(t),
                Some(Arg::Number(n)) => out.push_str(&number(n)),
                // As Fluent writes a variable it was not given.
                None => {
                    out.push_str("{$");
                    out.push_str(v);
                    out.push('}');
                }
            },
            Piece::Select { var, variants, default } => {
                // The first variant that matches, in the file's order, as in Fluent.
                let chosen = arg(var).and_then(|value| {
                    variants.iter().position(|(k, _)| match value {
                        Arg::Text(t) => k == t,
                        // Keys are whole numbers here: no float parser (and its tables) in the
                        // first download.
                        Arg::Number(n) => k.parse::<i64>().is_ok_and(|k| k as f64 == n) || k == plural(n),
                    })
                });
                render(&variants[chosen.unwrap_or(*default)].1, args, plural, out);
            }
        }
    }
}

/// The messages of an `.ftl` file: a message starts at the line's beginning (`key = …`) and goes
/// on in the indented lines after it. Comments, terms and attributes are passed over.
pub fn read(ftl: &str) -> Messages {
    let mut out = Vec::new();
    let mut current: Option<(String, String)> = None;
    let finish = |m: Option<(String, String)>, out: &mut Messages| {
        if let Some((key, value)) = m {
            out.push((key, pattern(&mut value.trim().chars().peekable(), false)));
        }
    };
    for line in ftl.lines() {
        let indented = line.starts_with([' ', '\t']);
        if indented && !line.trim_start().starts_with('.') {
            if let Some((_, v)) = &mut current {
                v.push('\n');
                v.push_str(line.trim_start());
            }
            continue;
        }
        if indented {
            continue;
        }
        finish(current.take(), &mut out);
        if let Some((key, value)) = line.split_once('=') {
            let key = key.trim();
            let is_id = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if is_id {
                current = Some((key.to_string(), value.to_string()));
            }
        }
    }
    finish(current, &mut out);
    out
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// Text and placeables up to the end (or, inside a variant, the end of its line).
fn pattern(s: &mut Chars, variant: bool) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    while let Some(&c) = s.peek() {
        if variant && c == '\n' {
            break;
        }
        s.next();
        if c == '{' {
            if !text.is_empty() {
                pieces.push(Piece::Text(std::mem::take(&mut text)));
            }
            if let Some(p) = placeable(s) {
                pieces.push(p);
            }
        } else {
            text.push(c);
        }
    }
    let text = if variant { text.trim_end().to_string() } else { text };
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    pieces
}

fn skip_space(s: &mut Chars) {
    while s.peek().is_some_and(|c| c.is_whitespace()) {
        s.next();
    }
}

fn ident(s: &mut Chars) -> String {
    let mut name = String::new();
    while let Some(&c) = s.peek().filter(|c| c.is_ascii_alphanumeric() || **c == '-' || **c == '_') {
        name.push(c);
        s.next();
    }
    name
}

/// After `{`: a variable, a string literal or a select on a variable; up to its `}`.
fn placeable(s: &mut Chars) -> Option<Piece> {
    skip_space(s);
    let piece = match s.peek()? {
        '"' => {
            s.next();
            let lit: String = s.by_ref().take_while(|c| *c != '"').collect();
            Piece::Text(lit)
        }
        '$' => {
            s.next();
            let var = ident(s);
            skip_space(s);
            if s.peek() == Some(&'-') {
                s.next();
                s.next_if_eq(&'>');
                return Some(select(s, var));
            }
            Piece::Var(var)
        }
        _ => Piece::Text(String::new()),
    };
    // Up to and with the closing brace.
    for c in s.by_ref() {
        if c == '}' {
            break;
        }
    }
    Some(piece)
}

/// The variants of a select, each `[key] text` or `*[key] text` on its own line, up to `}`.
fn select(s: &mut Chars, var: String) -> Piece {
    let mut variants = Vec::new();
    let mut default = 0;
    loop {
        skip_space(s);
        match s.next() {
            Some('*') => {
                default = variants.len();
                s.next_if_eq(&'[');
            }
            Some('[') => {}
            _ => break,
        }
        let key: String = s.by_ref().take_while(|c| *c != ']').collect();
        while s.peek().is_some_and(|c| *c == ' ' || *c == '\t') {
            s.next();
        }
        variants.push((key.trim().to_string(), pattern(s, true)));
    }
    if variants.is_empty() {
        return Piece::Text(String::new());
    }
    let default = default.min(variants.len() - 1);
    Piece::Select { var, variants, default }
}

/// The plural category of a count in `lang`, from the browser (Intl.PluralRules).
#[cfg(target_arch = "wasm32")]
pub fn browser_plural(lang: crate::model::Lang) -> Box<Plural> {
    let code = if lang == crate::model::Lang::Ls { "de" } else { lang.code() };
    let rules = js_sys::Intl::PluralRules::new(&js_sys::Array::of1(&code.into()), &js_sys::Object::new());
    Box::new(move |n| match rules.select(n).as_string().as_deref() {
        Some("zero") => "zero",
        Some("one") => "one",
        Some("two") => "two",
        Some("few") => "few",
        Some("many") => "many",
        _ => "other",
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{LANGS, Lang};
    use fluent_bundle::{FluentArgs, FluentValue};

    /// A language's plural rules as Fluent knows them (intl_pluralrules), for tests here and in
    /// the first paint's words.
    pub(crate) fn plural_of(lang: Lang) -> Box<Plural> {
        let code = if lang == Lang::Ls { "de" } else { lang.code() };
        let rules = intl_pluralrules::PluralRules::create(
            code.parse::<unic_langid::LanguageIdentifier>().unwrap(),
            intl_pluralrules::PluralRuleType::CARDINAL,
        )
        .unwrap();
        Box::new(move |n| match rules.select(n).unwrap() {
            intl_pluralrules::PluralCategory::ZERO => "zero",
            intl_pluralrules::PluralCategory::ONE => "one",
            intl_pluralrules::PluralCategory::TWO => "two",
            intl_pluralrules::PluralCategory::FEW => "few",
            intl_pluralrules::PluralCategory::MANY => "many",
            intl_pluralrules::PluralCategory::OTHER => "other",
        })
    }

    fn vars(pieces: &[Piece], out: &mut Vec<(String, Vec<String>)>) {
        for p in pieces {
            match p {
                Piece::Text(_) => {}
                Piece::Var(v) if !out.iter().any(|(k, _)| k == v) => out.push((v.clone(), Vec::new())),
                Piece::Var(_) => {}
                Piece::Select { var, variants, .. } => {
                    let keys: Vec<String> = variants.iter().map(|(k, _)| k.clone()).collect();
                    match out.iter_mut().find(|(k, _)| k == var) {
                        Some((_, ks)) => ks.extend(keys),
                        None => out.push((var.clone(), keys)),
                    }
                    for (_, p) in variants {
                        vars(p, out);
                    }
                }
            }
        }
    }

    /// Every message of every visitor's language reads as Fluent reads it: each variable given as
    /// text, each select tried with each of its keys and with counts.
    #[test]
    fn every_message_reads_as_fluent_reads_it() {
        let mut checked = 0;
        for lang in LANGS {
            let file =
                std::fs::read_to_string(format!("{}/locales/{}.ftl", env!("CARGO_MANIFEST_DIR"), lang.code())).unwrap();
            let bundle = crate::i18n::make(&file, crate::i18n::plural_id(lang));
            let plural = plural_of(lang);
            let messages = read(&file);
            for (key, pieces) in &messages {
                let mut used = Vec::new();
                vars(pieces, &mut used);
                // One case per select key and count, the other variables as text.
                let mut cases: Vec<Vec<(String, Option<f64>, String)>> = vec![Vec::new()];
                for (var, keys) in &used {
                    let mut values: Vec<(Option<f64>, String)> = vec![(None, format!("‹{var}›"))];
                    for k in keys {
                        match k.parse::<f64>() {
                            Ok(n) => values.push((Some(n), String::new())),
                            Err(_) => values.push((None, k.clone())),
                        }
                    }
                    if !keys.is_empty() {
                        values.extend(
                            [0.0, 1.0, 2.0, 3.0, 5.0, 11.0, 21.0, 101.0, 3000.0].map(|n| (Some(n), String::new())),
                        );
                    }
                    cases = cases
                        .into_iter()
                        .flat_map(|c| {
                            values.iter().map(move |(n, t)| {
                                let mut c = c.clone();
                                c.push((var.clone(), *n, t.clone()));
                                c
                            })
                        })
                        .take(400)
                        .collect();
                }
                for case in cases {
                    let mut fluent = FluentArgs::new();
                    let light: Vec<(&str, Arg)> = case
                        .iter()
                        .map(|(k, n, t)| match n {
                            Some(n) => {
                                fluent.set(k.clone(), FluentValue::from(*n));
                                (k.as_str(), Arg::Number(*n))
                            }
                            None => {
                                fluent.set(k.clone(), t.clone());
                                (k.as_str(), Arg::Text(t.as_str()))
                            }
                        })
                        .collect();
                    let theirs = crate::i18n::format_in([&bundle], key, Some(&fluent));
                    let ours = format(&messages, key, &light, &*plural);
                    assert_eq!(ours, theirs, "{lang:?} {key} {case:?}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 3000, "{checked} cases");
    }

    #[test]
    fn numbers_as_fluent_writes_them() {
        assert_eq!(number(3000.0), "3000");
        assert_eq!(number(2.5), "2.5");
        assert_eq!(number(-0.25), "-0.25");
    }
}
