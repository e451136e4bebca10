//! The first paint's words, in the visitor's language from the first frame. The widget's sentences
//! come with Fluent, which the first download leaves out: German is compiled in here (the same
//! messages as `locales/de.ftl`, a test holds them to it), and another language's messages are
//! read from its `.ftl` file, the one the widget reads too, by a reader that knows just the Fluent
//! these messages use: text, variables and a select on a count.

use crate::model::Lang;

/// The messages the first paint says, as they stand in `locales/de.ftl`.
const GERMAN: &str = "\
skip-map = Karte überspringen
search-region = Orte suchen
search-label-short = Suche
search-label = Suche nach Name, Beruf, Angebot oder Ort
search-placeholder = z. B. Einzelhandel, Buchholz …
loading = Daten werden geladen …
view-switch = Ansicht
view-map = Karte
view-list = Liste
map-hint = Mit den Pfeiltasten verschieben, mit Plus und Minus zoomen. Die Orte sind Schaltflächen.
zoom-in = Vergrößern
zoom-out = Verkleinern
loading-map = Karte wird geladen …
filters = Filter
consent-title = Hintergrundkarte
consent-load = Hintergrundkarte laden
consent-skip = Ohne Hintergrundkarte weiter
consent-note = Hintergrundkarte von { $provider } laden? Erst dann werden Daten dorthin übertragen.
privacy-link = Datenschutzerklärung
new-tab = (öffnet in neuem Tab)
part-loading = Wird geladen …
part-failed = Dieser Teil der Karte ist nicht angekommen.
retry = Erneut versuchen
retrying = Wird erneut geladen …
hint-wheel = Zum Zoomen Strg + Mausrad verwenden
hint-wheel-apple = Zum Zoomen ⌘ + Mausrad verwenden
hint-two-fingers = Karte mit zwei Fingern bewegen
map-label = Karte mit { $n } { $count ->
    [one] Ort
   *[other] Orten
  }; die Liste enthält dieselben Orte
cluster-label = { $n } { $count ->
    [one] Ort
   *[other] Orte
  }
";

/// A message's parts.
#[derive(Clone, Debug, PartialEq)]
enum Piece {
    Text(String),
    Var(String),
    /// `{ $var -> [key] … *[other] … }`: the variants and which one is the default.
    Select {
        var: String,
        variants: Vec<(String, Vec<Piece>)>,
        default: usize,
    },
}

/// What a count selects: the plural category of a number in the words' language ("one", "few", …).
pub type Plural = dyn Fn(usize) -> &'static str;

/// The first paint's messages in one language, German where that language has none.
pub struct Words {
    pub lang: Lang,
    own: Vec<(String, Vec<Piece>)>,
    german: Vec<(String, Vec<Piece>)>,
    plural: Box<Plural>,
}

impl Words {
    /// German, as compiled in.
    pub fn german(plural: Box<Plural>) -> Self {
        Self { lang: Lang::De, own: Vec::new(), german: read(GERMAN), plural }
    }

    /// `lang`'s messages from its `.ftl` file (German for what it lacks); `plural` follows `lang`.
    pub fn from_ftl(lang: Lang, ftl: &str, plural: Box<Plural>) -> Self {
        let wanted = read(GERMAN);
        let own = read(ftl).into_iter().filter(|(k, _)| wanted.iter().any(|(w, _)| w == k)).collect();
        Self { lang, own, german: wanted, plural }
    }

    fn find(&self, key: &str) -> Option<(&[Piece], bool)> {
        let mine = self.own.iter().find(|(k, _)| k == key).map(|(_, p)| (p.as_slice(), true));
        mine.or_else(|| self.german.iter().find(|(k, _)| k == key).map(|(_, p)| (p.as_slice(), false)))
    }

    /// The message `key` with its variables (`$n` and `$count` for counts).
    pub fn say_with(&self, key: &str, vars: &[(&str, &str)], count: Option<usize>) -> String {
        let Some((pieces, own)) = self.find(key) else { return key.to_string() };
        let plural: &Plural = if own { &*self.plural } else { &|n| if n == 1 { "one" } else { "other" } };
        let mut out = String::new();
        render(pieces, vars, count, plural, &mut out);
        out
    }

    pub fn say(&self, key: &str) -> String {
        self.say_with(key, &[], None)
    }

    /// A message about `n` things ("12 Orte"), the number written as the language writes it.
    pub fn count(&self, key: &str, n: usize) -> String {
        let lang = if self.find(key).is_some_and(|(_, own)| own) { self.lang } else { Lang::De };
        let number = crate::i18n::number(lang, n);
        let vars = [("n", number.as_str())];
        self.say_with(key, &vars, Some(n))
    }
}

fn render(pieces: &[Piece], vars: &[(&str, &str)], count: Option<usize>, plural: &Plural, out: &mut String) {
    for p in pieces {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Var(v) if v == "count" => out.push_str(&count.map(|n| n.to_string()).unwrap_or_default()),
            Piece::Var(v) => out.push_str(vars.iter().find(|(k, _)| k == v).map_or("", |(_, x)| x)),
            Piece::Select { variants, default, .. } => {
                let chosen = count.and_then(|n| {
                    let category = plural(n);
                    // An exact number ("[0]") comes before the plural category, as in Fluent.
                    variants
                        .iter()
                        .position(|(k, _)| k.parse::<usize>().ok() == Some(n))
                        .or_else(|| variants.iter().position(|(k, _)| k == category))
                });
                render(&variants[chosen.unwrap_or(*default)].1, vars, count, plural, out);
            }
        }
    }
}

/// The messages of an `.ftl` file: a message starts at the line's beginning (`key = …`) and goes
/// on in the indented lines after it. Comments, terms and attributes are passed over.
fn read(ftl: &str) -> Vec<(String, Vec<Piece>)> {
    let mut out = Vec::new();
    let mut current: Option<(String, String)> = None;
    let finish = |m: Option<(String, String)>, out: &mut Vec<(String, Vec<Piece>)>| {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LANGS;

    fn plural_of(lang: Lang) -> Box<Plural> {
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

    fn ftl(lang: Lang) -> String {
        std::fs::read_to_string(format!("{}/locales/{}.ftl", env!("CARGO_MANIFEST_DIR"), lang.code())).unwrap()
    }

    fn keys() -> Vec<String> {
        read(GERMAN).into_iter().map(|(k, _)| k).collect()
    }

    /// Every message in every language says what the widget's Fluent says, for every count.
    #[test]
    fn the_same_words_as_the_widget_in_every_language() {
        for lang in LANGS {
            let words = if lang == Lang::De {
                Words::german(plural_of(lang))
            } else {
                crate::i18n::install(lang, &ftl(lang));
                Words::from_ftl(lang, &ftl(lang), plural_of(lang))
            };
            for key in keys() {
                if key == "map-label" || key == "cluster-label" {
                    for n in [0, 1, 2, 3, 5, 11, 21, 100, 3000] {
                        let widget = crate::i18n::tr(lang, &key, Some(&crate::i18n::count_args(lang, n)));
                        assert_eq!(words.count(&key, n), widget, "{lang:?} {key} {n}");
                    }
                } else if key == "consent-note" {
                    let widget = crate::tr!(lang, "consent-note", provider = "basemap.de");
                    let vars = [("provider", "basemap.de")];
                    assert_eq!(words.say_with(&key, &vars, None), widget, "{lang:?}");
                } else {
                    assert_eq!(words.say(&key), crate::i18n::tr(lang, &key, None), "{lang:?} {key}");
                }
            }
        }
    }

    #[test]
    fn the_compiled_in_german_is_the_widgets() {
        let de = ftl(Lang::De);
        let file = read(&de);
        for (key, pieces) in read(GERMAN) {
            let theirs = file.iter().find(|(k, _)| *k == key).map(|(_, p)| p);
            assert_eq!(theirs, Some(&pieces), "{key} as in de.ftl");
        }
    }

    #[test]
    fn a_message_the_language_lacks_is_german() {
        let w = Words::from_ftl(Lang::Uk, "zoom-in = Збільшити\n", plural_of(Lang::Uk));
        assert_eq!(w.say("zoom-in"), "Збільшити");
        assert_eq!(w.say("zoom-out"), "Verkleinern");
        assert_eq!(w.count("cluster-label", 3000), "3.000 Orte", "German, with German numbers");
    }
}
