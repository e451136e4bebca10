//! The widget's own words in German and English.

use crate::model::{Lang, Wheelchair};

pub struct Texts {
    pub map: &'static str,
    pub map_hint: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub loading: &'static str,
    pub legend: &'static str,
    pub close: &'static str,
    pub close_notice: &'static str,
    pub category: &'static str,
    pub address: &'static str,
    pub phone: &'static str,
    pub email: &'static str,
    pub website: &'static str,
    pub new_tab: &'static str,
    pub offers: &'static str,
    pub audiences: &'static str,
    pub stages: &'static str,
    pub opening_hours: &'static str,
    pub wheelchair: &'static str,
    pub updated: &'static str,
    pub source: &'static str,
    pub config_failed: &'static str,
    pub place_one: &'static str,
    pub place_many: &'static str,
}

const DE: Texts = Texts {
    map: "Karte",
    map_hint: "Mit den Pfeiltasten verschieben, mit Plus und Minus zoomen. Die Orte sind Schaltflächen.",
    zoom_in: "Vergrößern",
    zoom_out: "Verkleinern",
    loading: "Daten werden geladen …",
    legend: "Kategorien",
    close: "Schließen",
    close_notice: "Hinweis schließen",
    category: "Kategorie",
    address: "Adresse",
    phone: "Telefon",
    email: "E-Mail",
    website: "Webseite",
    new_tab: "(öffnet in neuem Tab)",
    offers: "Angebote",
    audiences: "Zielgruppen",
    stages: "Bildungskette",
    opening_hours: "Öffnungszeiten",
    wheelchair: "Rollstuhl",
    updated: "Stand",
    source: "Quelle",
    config_failed: "Die Karte konnte nicht geladen werden",
    place_one: "Ort",
    place_many: "Orte",
};

const EN: Texts = Texts {
    map: "Map",
    map_hint: "Use the arrow keys to pan, plus and minus to zoom. Places are buttons.",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    loading: "Loading data …",
    legend: "Categories",
    close: "Close",
    close_notice: "Dismiss notice",
    category: "Category",
    address: "Address",
    phone: "Phone",
    email: "E-mail",
    website: "Website",
    new_tab: "(opens in a new tab)",
    offers: "Offers",
    audiences: "Audiences",
    stages: "Education chain",
    opening_hours: "Opening hours",
    wheelchair: "Wheelchair",
    updated: "Last updated",
    source: "Source",
    config_failed: "The map could not be loaded",
    place_one: "place",
    place_many: "places",
};

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::De => &DE,
        Lang::En => &EN,
    }
}

pub fn wheelchair(lang: Lang, w: Wheelchair) -> &'static str {
    match (lang, w) {
        (Lang::De, Wheelchair::Yes) => "rollstuhlgerecht",
        (Lang::De, Wheelchair::Limited) => "eingeschränkt rollstuhlgerecht",
        (Lang::De, Wheelchair::No) => "nicht rollstuhlgerecht",
        (Lang::En, Wheelchair::Yes) => "wheelchair accessible",
        (Lang::En, Wheelchair::Limited) => "partly wheelchair accessible",
        (Lang::En, Wheelchair::No) => "not wheelchair accessible",
    }
}

/// Known audience values in words; unknown ones are shown as written.
pub fn audience(lang: Lang, value: &str) -> String {
    let de = lang == Lang::De;
    match value {
        "pupils" => {
            if de {
                "Schüler:innen"
            } else {
                "Pupils"
            }
        }
        "parents" => {
            if de {
                "Eltern"
            } else {
                "Parents"
            }
        }
        "adults" => {
            if de {
                "Erwachsene"
            } else {
                "Adults"
            }
        }
        "immigrants" => {
            if de {
                "Zugewanderte"
            } else {
                "Immigrants"
            }
        }
        "employers" => {
            if de {
                "Arbeitgeber"
            } else {
                "Employers"
            }
        }
        "teachers" => {
            if de {
                "Lehrkräfte"
            } else {
                "Teachers"
            }
        }
        other => other,
    }
    .to_string()
}

/// Known stages of the education chain in words; unknown ones are shown as written.
pub fn stage(lang: Lang, value: &str) -> String {
    let de = lang == Lang::De;
    match value {
        "orientation" => {
            if de {
                "Berufsorientierung"
            } else {
                "Vocational orientation"
            }
        }
        "internship" => {
            if de {
                "Praktikum"
            } else {
                "Internship"
            }
        }
        "apprenticeship" => {
            if de {
                "Ausbildung"
            } else {
                "Apprenticeship"
            }
        }
        "further_education" => {
            if de {
                "Weiterbildung"
            } else {
                "Further education"
            }
        }
        "recognition" => {
            if de {
                "Anerkennung ausländischer Abschlüsse"
            } else {
                "Recognition of foreign qualifications"
            }
        }
        other => other,
    }
    .to_string()
}

/// Day names in OSM opening_hours syntax read as the visitor's language.
pub fn opening_hours(lang: Lang, raw: &str) -> String {
    if lang == Lang::En {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        out.push_str(match word.as_str() {
            "Tu" => "Di",
            "We" => "Mi",
            "Th" => "Do",
            "Su" => "So",
            "PH" => "Feiertag",
            "off" => "geschlossen",
            w => w,
        });
        word.clear();
    };
    for c in raw.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out.replace(';', ";\u{200b}")
}

pub fn count_places(lang: Lang, n: usize) -> String {
    let t = texts(lang);
    format!("{n} {}", if n == 1 { t.place_one } else { t.place_many })
}
