//! Every sentence the widget and the editors' tools say, from the Fluent files in `locales/`.
//! German is the default and stands in for any sentence a language lacks. In the visitors' widget
//! (built with `split`) only German is compiled in: another language's file is fetched when it is
//! chosen (`ui::lang_files`) and installed here, so the first download carries one language.
//! Until the app has arrived, `tr` reads them with `light` (the first paint and a place's details
//! at the first markers carry no Fluent); the app switches to Fluent as it starts (`use_fluent`).

pub use crate::model::Lang;
use crate::model::{Arg, LANGS, Message, Problem};
pub use fluent_bundle::FluentArgs;
use fluent_bundle::{FluentResource, concurrent::FluentBundle};
use std::sync::OnceLock;
use unic_langid::langid;

// locales/de.ftl without its comments (build.rs); in the visitors' widget also without the
// editors' problem messages, which it fetches when a host asks for the editors' notices. The
// editors' page (split too) says them at every field, so it keeps them.
#[cfg(any(not(feature = "split"), feature = "editor"))]
const DE: &str = include_str!(concat!(env!("OUT_DIR"), "/de.ftl"));
#[cfg(all(feature = "split", not(feature = "editor")))]
const DE: &str = include_str!(concat!(env!("OUT_DIR"), "/de-visitor.ftl"));
// The editors' checker's own sentences (`c-…`): only `tr_checker` reads them, so the visitors'
// widget, which never checks files, does not carry them.
const CHECK_DE: &str = include_str!("../../locales/checker-de.ftl");
const CHECK_EN: &str = include_str!("../../locales/checker-en.ftl");

pub(crate) type Bundle = FluentBundle<FluentResource>;

pub(crate) fn make(source: &str, lang: unic_langid::LanguageIdentifier) -> Bundle {
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    // No Unicode isolation marks: names must read exactly as written (screen readers, tests).
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The language whose plural rules a bundle follows (Leichte Sprache counts as German does).
fn plural_id(lang: Lang) -> unic_langid::LanguageIdentifier {
    match lang {
        Lang::De | Lang::Ls => langid!("de"),
        Lang::En => langid!("en"),
        Lang::Uk => langid!("uk"),
        Lang::Ar => langid!("ar"),
        Lang::Tr => langid!("tr"),
        Lang::Ru => langid!("ru"),
        Lang::Fa => langid!("fa"),
    }
}

/// The sentences compiled into this build: German always; every language where nothing is
/// fetched (native tools and tests, the check page).
fn builtin(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::De => Some(DE),
        #[cfg(not(feature = "split"))]
        Lang::Ls => Some(include_str!("../../locales/de-x-ls.ftl")),
        #[cfg(not(feature = "split"))]
        Lang::En => Some(include_str!("../../locales/en.ftl")),
        #[cfg(not(feature = "split"))]
        Lang::Uk => Some(include_str!("../../locales/uk.ftl")),
        #[cfg(not(feature = "split"))]
        Lang::Ar => Some(include_str!("../../locales/ar.ftl")),
        #[cfg(not(feature = "split"))]
        Lang::Tr => Some(include_str!("../../locales/tr.ftl")),
        #[cfg(not(feature = "split"))]
        Lang::Ru => Some(include_str!("../../locales/ru.ftl")),
        #[cfg(not(feature = "split"))]
        Lang::Fa => Some(include_str!("../../locales/fa.ftl")),
        #[cfg(feature = "split")]
        _ => None,
    }
}

static BUNDLES: [OnceLock<Bundle>; LANGS.len()] = [const { OnceLock::new() }; LANGS.len()];
/// The visitors' widget keeps a fetched file (`locales/<code>.ftl`) as text: read by Fluent or,
/// before it has arrived, by the light reader.
#[cfg(all(feature = "split", not(feature = "editor")))]
static SOURCES: [OnceLock<String>; LANGS.len()] = [const { OnceLock::new() }; LANGS.len()];

fn at(lang: Lang) -> usize {
    LANGS.iter().position(|l| *l == lang).unwrap_or(0)
}

fn slot(lang: Lang) -> &'static OnceLock<Bundle> {
    &BUNDLES[at(lang)]
}

/// A language's sentences as text: compiled in or installed; None while its file has not arrived.
fn source(lang: Lang) -> Option<&'static str> {
    #[cfg(all(feature = "split", not(feature = "editor")))]
    return builtin(lang).or_else(|| SOURCES[at(lang)].get().map(String::as_str));
    #[cfg(not(all(feature = "split", not(feature = "editor"))))]
    builtin(lang)
}

/// A language's bundle, parsed when first used (a German page never parses another file); None
/// while its file has not arrived.
fn bundle(lang: Lang) -> Option<&'static Bundle> {
    let slot = slot(lang);
    slot.get().or_else(|| source(lang).map(|source| slot.get_or_init(|| make(source, plural_id(lang)))))
}

/// Whether `lang`'s sentences are here (compiled in or installed).
pub fn has(lang: Lang) -> bool {
    slot(lang).get().is_some() || source(lang).is_some()
}

/// Takes a language's fetched file (`locales/<code>.ftl`). A file with a broken entry keeps its
/// other entries; a broken or missing entry is said in German.
pub fn install(lang: Lang, source: &str) {
    #[cfg(all(feature = "split", not(feature = "editor")))]
    let _ = SOURCES[at(lang)].set(source.to_string());
    #[cfg(not(all(feature = "split", not(feature = "editor"))))]
    slot(lang).get_or_init(|| make(source, plural_id(lang)));
}

/// Every German message, where the compiled-in German lacks the editors' problem messages.
static DE_ALL: OnceLock<Bundle> = OnceLock::new();

/// Takes the whole German file (`locales/de.ftl`), fetched for the editors' notices.
pub fn install_german_problems(source: &str) {
    DE_ALL.get_or_init(|| make(source, plural_id(Lang::De)));
}

/// Whether the editors' problem messages are here in German.
pub fn has_german_problems() -> bool {
    DE_ALL.get().is_some() || bundle(Lang::De).is_some_and(|b| b.has_message("p-missing"))
}

/// The message `key` in `lang`, with `args` filled in; German where `lang` lacks it.
pub fn tr(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    #[cfg(all(feature = "split", not(feature = "editor")))]
    match FLUENT.get() {
        Some(fluent) => fluent(lang, key, args),
        None => early::tr(lang, key, args),
    }
    #[cfg(not(all(feature = "split", not(feature = "editor"))))]
    fluent_tr(lang, key, args)
}

fn fluent_tr(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    let de = bundle(Lang::De);
    format_in([bundle(lang), de, DE_ALL.get()].into_iter().flatten(), key, args).unwrap_or_else(|| key.to_string())
}

/// Fluent, once the app has arrived. Reached only through this pointer, so the parts before the
/// app (the first paint, a place's details at the first markers) carry no Fluent.
#[cfg(all(feature = "split", not(feature = "editor")))]
static FLUENT: OnceLock<fn(Lang, &str, Option<&FluentArgs>) -> String> = OnceLock::new();

/// From now on Fluent says every sentence (called as the app starts, ui::parts).
pub fn use_fluent() {
    #[cfg(all(feature = "split", not(feature = "editor")))]
    let _ = FLUENT.set(fluent_tr);
}

/// Sentences before Fluent: the light reader (`light`) over the same files.
#[cfg(all(feature = "split", not(feature = "editor")))]
mod early {
    use super::{FluentArgs, LANGS, Lang, at, light, source};
    use fluent_bundle::FluentValue;
    use std::sync::OnceLock;

    static READ: [OnceLock<light::Messages>; LANGS.len()] = [const { OnceLock::new() }; LANGS.len()];

    fn messages(lang: Lang) -> Option<&'static light::Messages> {
        let slot = &READ[at(lang)];
        slot.get().or_else(|| source(lang).map(|s| slot.get_or_init(|| light::read(s))))
    }

    pub(super) fn tr(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
        let args: Vec<(&str, light::Arg)> = args
            .into_iter()
            .flat_map(|a| a.iter())
            .filter_map(|(k, v)| match v {
                FluentValue::String(s) => Some((k, light::Arg::Text(s))),
                FluentValue::Number(n) => Some((k, light::Arg::Number(n.value))),
                _ => None,
            })
            .collect();
        // The language's plural rules only where a select asks for them: most sentences have none.
        let say = |l: Lang| light::format(messages(l)?, key, &args, &move |n| plural(l)(n));
        say(lang).or_else(|| say(Lang::De)).unwrap_or_else(|| key.to_string())
    }

    /// The browser's plural rules of `lang`, made once (a place's sheet asks for them per count).
    #[cfg(target_arch = "wasm32")]
    fn plural(lang: Lang) -> std::rc::Rc<light::Plural> {
        use std::{cell::RefCell, rc::Rc};
        thread_local! {
            static RULES: RefCell<[Option<Rc<light::Plural>>; LANGS.len()]> =
                const { RefCell::new([const { None }; LANGS.len()]) };
        }
        RULES.with(|r| r.borrow_mut()[at(lang)].get_or_insert_with(|| Rc::from(light::browser_plural(lang))).clone())
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn plural(_: Lang) -> std::rc::Rc<light::Plural> {
        std::rc::Rc::new(|n| if n == 1.0 { "one" } else { "other" })
    }
}

/// A page's own words (the check page's, the editing page's): a German and an English Fluent
/// file, German where English lacks a key, the key itself where both do.
pub struct PageWords {
    de: &'static str,
    en: &'static str,
    bundles: OnceLock<[Bundle; 2]>,
}

impl PageWords {
    pub const fn new(de: &'static str, en: &'static str) -> Self {
        Self { de, en, bundles: OnceLock::new() }
    }

    pub fn format(&self, lang: Lang, key: &str, args: Option<&fluent_bundle::FluentArgs>) -> String {
        let [de, en] = self.bundles.get_or_init(|| [make(self.de, langid!("de")), make(self.en, langid!("en"))]);
        let own = if lang == Lang::En { en } else { de };
        format_in([own, de], key, args).unwrap_or_else(|| key.to_string())
    }
}

/// `key` from the first bundle that has it (the language's, then German).
pub(crate) fn format_in<'a>(
    bundles: impl IntoIterator<Item = &'a Bundle>,
    key: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    bundles.into_iter().find_map(|b| {
        let pattern = b.get_message(key)?.value()?;
        Some(b.format_pattern(pattern, args, &mut Vec::new()).into_owned())
    })
}

/// The checker's message `key` (checker-de.ftl / checker-en.ftl), else a shared one (`tr`).
pub fn tr_checker(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    static DE_CHECK: OnceLock<Bundle> = OnceLock::new();
    static EN_CHECK: OnceLock<Bundle> = OnceLock::new();
    let de = || DE_CHECK.get_or_init(|| make(CHECK_DE, langid!("de")));
    // The editors' tools speak German and English.
    let own = match lang {
        Lang::En => EN_CHECK.get_or_init(|| make(CHECK_EN, langid!("en"))),
        _ => de(),
    };
    format_in([own, de()], key, args).unwrap_or_else(|| tr(lang, key, args))
}

/// `ctr!(lang, "c-key", name = value, …)`: `tr!` for the checker's own messages.
#[macro_export]
macro_rules! ctr {
    ($lang:expr, $key:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::say_with!($crate::i18n::tr_checker, $lang, $key $(, $name = $value)*)
    };
}

/// `f(lang, key, args)` with the named arguments as Fluent arguments: what `tr!`, `ctr!` and the
/// check page's `say!` share.
#[macro_export]
macro_rules! say_with {
    ($f:path, $lang:expr, $key:expr) => {
        $f($lang, $key, None)
    };
    ($f:path, $lang:expr, $key:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $value); )+
        $f($lang, $key, Some(&args))
    }};
}

/// `tr!(lang, "key")` or `tr!(lang, "key", name = value, …)`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $key:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::say_with!($crate::i18n::tr, $lang, $key $(, $name = $value)*)
    };
}

/// A whole number as the language writes it: 1.234 in German and Turkish, 1,234 in English,
/// Arabic and Persian (in Western digits, as addresses and phone numbers here are written),
/// 1 234 with a no-break space in Ukrainian and Russian.
pub fn number(lang: Lang, n: usize) -> String {
    let sep = match lang {
        Lang::De | Lang::Ls | Lang::Tr => '.',
        Lang::En | Lang::Ar | Lang::Fa => ',',
        Lang::Uk | Lang::Ru => '\u{a0}',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Figures that belong together ("08:00–16:00", "24/11/2026", "12:30-13:00,14:00-16:00") kept
/// one left-to-right run inside right-to-left text: a Unicode isolate (LRI … PDI) around each
/// run of digits and the marks between them. Without it Arabic shows "16:00–08:00": a dash
/// between figures takes the paragraph's direction. Other languages get the text as it is.
pub fn figures_ltr(lang: Lang, text: String) -> String {
    if !lang.is_rtl() {
        return text;
    }
    let joins = |c: char| matches!(c, ':' | '–' | '-' | '/' | '.' | ',');
    let mut out = String::with_capacity(text.len() + 12);
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        let figures = run.trim_end_matches(joins);
        if !figures.is_empty() {
            out.push('\u{2066}');
            // Not broken across lines at a dash ("10:00–" / "14:00"): a word joiner after it.
            for c in figures.chars() {
                out.push(c);
                if matches!(c, '–' | '-') {
                    out.push('\u{2060}');
                }
            }
            out.push('\u{2069}');
        }
        out.push_str(&run[figures.len()..]);
        run.clear();
    };
    for c in text.chars() {
        if c.is_ascii_digit() || (!run.is_empty() && joins(c)) {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// "62 Orte" / "1 place", with the number formatted for the language.
pub fn places(lang: Lang, n: usize) -> String {
    tr(lang, "places-count", Some(&count_args(lang, n)))
}

/// `n` (formatted) and `count` (for plural rules) for messages about a number of things.
pub fn count_args(lang: Lang, n: usize) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("n", number(lang, n));
    args.set("count", n);
    args
}

/// A message from the core, said in `lang`.
pub fn say(lang: Lang, message: &Message) -> String {
    let mut args = FluentArgs::new();
    for (name, value) in &message.args {
        match value {
            Arg::Text(t) => args.set(*name, t.clone()),
            Arg::Number(n) => args.set(*name, *n),
            Arg::Said(part) => args.set(*name, say(lang, part)),
        }
    }
    tr(lang, message.key, Some(&args))
}

/// A problem in words, for the widget's notices and the editors' reports.
pub trait Describe {
    /// What is wrong.
    fn message(&self, lang: Lang) -> String;
    /// Where: "Eintrag 3 („BBS Winsen“)"; empty for file-level problems.
    fn location(&self, lang: Lang) -> String;
    /// Location and message in one line, as the widget's notices show it.
    fn describe(&self, lang: Lang) -> String {
        let loc = self.location(lang);
        if loc.is_empty() { self.message(lang) } else { format!("{loc}: {}", self.message(lang)) }
    }
}

impl Describe for Problem {
    fn message(&self, lang: Lang) -> String {
        say(lang, &self.message_key())
    }

    fn location(&self, lang: Lang) -> String {
        self.location_key().map(|m| say(lang, &m)).unwrap_or_default()
    }
}

pub mod light;
pub mod words;

#[cfg(test)]
mod tests;
