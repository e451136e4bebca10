//! The first paint's words, in the visitor's language from the first frame. The widget's sentences
//! come with Fluent, which the first download leaves out: German is compiled in here (the same
//! messages as `locales/de.ftl`, a test holds them to it), and another language's messages are
//! read from its `.ftl` file, the one the widget reads too, by the light reader (i18n::light).

use crate::i18n::light::{Arg, Messages, Plural, format, read};
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

/// The first paint's messages in one language, German where that language has none.
pub struct Words {
    pub lang: Lang,
    own: Messages,
    german: Messages,
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

    fn own(&self, key: &str) -> bool {
        self.own.iter().any(|(k, _)| k == key)
    }

    /// The message `key` with its variables (`$n` and `$count` for counts).
    pub fn say_with(&self, key: &str, vars: &[(&str, &str)], count: Option<usize>) -> String {
        let mut args: Vec<(&str, Arg)> = vars.iter().map(|(k, v)| (*k, Arg::Text(v))).collect();
        if let Some(n) = count {
            args.push(("count", Arg::Number(n as f64)));
        }
        let german: &Plural = &|n| if n == 1.0 { "one" } else { "other" };
        match self.own(key) {
            true => format(&self.own, key, &args, &*self.plural),
            false => format(&self.german, key, &args, german),
        }
        .unwrap_or_else(|| key.to_string())
    }

    pub fn say(&self, key: &str) -> String {
        self.say_with(key, &[], None)
    }

    /// A message about `n` things ("12 Orte"), the number written as the language writes it.
    pub fn count(&self, key: &str, n: usize) -> String {
        let lang = if self.own(key) { self.lang } else { Lang::De };
        let number = crate::i18n::number(lang, n);
        let vars = [("n", number.as_str())];
        self.say_with(key, &vars, Some(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::light::tests::plural_of;
    use crate::model::LANGS;

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
