//! Problems found in configuration and data, with messages for editors in German and English.

use super::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The file or feature cannot be used and is left out.
    Error,
    /// Something is ignored or looks wrong, but the place is still shown.
    Warning,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    /// The file could not be fetched (HTTP status, network).
    Unreachable {
        reason: String,
    },
    InvalidJson {
        message: String,
        line: usize,
        column: usize,
    },
    NotFeatureCollection {
        found: String,
    },
    NoFeatureList,
    InvalidFeature {
        message: String,
    },
    MissingGeometry,
    NotAPoint {
        found: String,
    },
    CoordinatesOutOfRange {
        lon: f64,
        lat: f64,
    },
    Missing {
        field: String,
    },
    Empty {
        field: String,
    },
    WrongType {
        field: String,
        expected: &'static str,
    },
    UnknownCategory {
        value: String,
        known: Vec<String>,
    },
    DuplicateId {
        id: String,
        first_file: String,
    },
    InvalidWebsite {
        value: String,
    },
    InvalidEmail {
        value: String,
    },
    InvalidPhone {
        value: String,
    },
    InvalidWheelchair {
        value: String,
    },
    InvalidDate {
        field: String,
        value: String,
    },
    // Configuration
    InvalidConfig {
        message: String,
    },
    InvalidTemplate {
        message: String,
    },
    InvalidColor {
        category: String,
        value: String,
    },
    DuplicateCategory {
        id: String,
    },
    NoCategories,
    InvalidCenter,
    InvalidZoom {
        value: f64,
    },
}

/// One problem, with where it is: the feature (0-based index in its file) and the field.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    pub kind: Kind,
    pub feature: Option<usize>,
    /// The feature's id or name when known, so a message can name the place.
    pub place: Option<String>,
}

impl Problem {
    pub fn error(kind: Kind) -> Self {
        Self {
            severity: Severity::Error,
            kind,
            feature: None,
            place: None,
        }
    }

    pub fn warning(kind: Kind) -> Self {
        Self {
            severity: Severity::Warning,
            kind,
            feature: None,
            place: None,
        }
    }

    pub fn at(mut self, feature: usize, place: Option<String>) -> Self {
        self.feature = Some(feature);
        self.place = place;
        self
    }

    /// Where, in words: "Eintrag 3 („BBS Winsen“)"; empty for file-level problems.
    pub fn location(&self, lang: Lang) -> String {
        let Some(i) = self.feature else {
            return String::new();
        };
        let n = i + 1;
        match (lang, &self.place) {
            (Lang::De, Some(p)) => format!("Eintrag {n} („{p}“)"),
            (Lang::De, None) => format!("Eintrag {n}"),
            (Lang::En, Some(p)) => format!("feature {n} (“{p}”)"),
            (Lang::En, None) => format!("feature {n}"),
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        let de = lang == Lang::De;
        let t = |d: String, e: String| if de { d } else { e };
        match &self.kind {
            Kind::Unreachable { reason } => t(
                format!("Datei konnte nicht geladen werden ({reason})"),
                format!("file could not be loaded ({reason})"),
            ),
            Kind::InvalidJson {
                message,
                line,
                column,
            } => t(
                format!("kein gültiges JSON in Zeile {line}, Spalte {column}: {message}"),
                format!("invalid JSON at line {line}, column {column}: {message}"),
            ),
            Kind::NotFeatureCollection { found } => t(
                format!("keine GeoJSON-FeatureCollection (gefunden: {found})"),
                format!("not a GeoJSON FeatureCollection (found: {found})"),
            ),
            Kind::NoFeatureList => t(
                "„features“ fehlt oder ist keine Liste".into(),
                "\"features\" is missing or not a list".into(),
            ),
            Kind::InvalidFeature { message } => t(
                format!("kein gültiges Feature: {message}"),
                format!("not a valid feature: {message}"),
            ),
            Kind::MissingGeometry => t("Geometrie fehlt".into(), "geometry is missing".into()),
            Kind::NotAPoint { found } => t(
                format!("Geometrie ist kein Point, sondern {found}"),
                format!("geometry is not a Point but {found}"),
            ),
            Kind::CoordinatesOutOfRange { lon, lat } => t(
                format!(
                    "Koordinaten [{lon}, {lat}] außerhalb des gültigen Bereichs (Länge −180 bis 180, Breite −90 bis 90)"
                ),
                format!(
                    "coordinates [{lon}, {lat}] out of range (longitude −180 to 180, latitude −90 to 90)"
                ),
            ),
            Kind::Missing { field } => t(
                format!("Pflichtfeld „{field}“ fehlt"),
                format!("required field \"{field}\" is missing"),
            ),
            Kind::Empty { field } => t(
                format!("Pflichtfeld „{field}“ ist leer"),
                format!("required field \"{field}\" is empty"),
            ),
            Kind::WrongType { field, expected } => t(
                format!("„{field}“ muss {} sein", expected_de(expected)),
                format!("\"{field}\" must be {expected}"),
            ),
            Kind::UnknownCategory { value, known } => t(
                format!(
                    "Kategorie „{value}“ ist unbekannt (bekannt: {})",
                    known.join(", ")
                ),
                format!("unknown category \"{value}\" (known: {})", known.join(", ")),
            ),
            Kind::DuplicateId { id, first_file } => t(
                format!("ID „{id}“ ist doppelt (schon in {first_file})"),
                format!("duplicate id \"{id}\" (already in {first_file})"),
            ),
            Kind::InvalidWebsite { value } => t(
                format!("„website“ ist keine http(s)-Adresse und wird nicht verlinkt: „{value}“"),
                format!("\"website\" is not an http(s) address and is not linked: \"{value}\""),
            ),
            Kind::InvalidEmail { value } => t(
                format!("„email“ ist keine E-Mail-Adresse: „{value}“"),
                format!("\"email\" is not an e-mail address: \"{value}\""),
            ),
            Kind::InvalidPhone { value } => t(
                format!("„phone“ ist keine Telefonnummer: „{value}“"),
                format!("\"phone\" is not a phone number: \"{value}\""),
            ),
            Kind::InvalidWheelchair { value } => t(
                format!("„wheelchair“ muss yes, limited oder no sein, nicht „{value}“"),
                format!("\"wheelchair\" must be yes, limited or no, not \"{value}\""),
            ),
            Kind::InvalidDate { field, value } => t(
                format!("„{field}“ ist kein Datum im Format JJJJ-MM-TT: „{value}“"),
                format!("\"{field}\" is not a date in the form YYYY-MM-DD: \"{value}\""),
            ),
            Kind::InvalidConfig { message } => t(
                format!("Konfiguration ungültig: {message}"),
                format!("invalid configuration: {message}"),
            ),
            Kind::InvalidTemplate { message } => t(
                format!("„basemap.url“ ist keine gültige Kachel-Vorlage: {message}"),
                format!("\"basemap.url\" is not a valid tile template: {message}"),
            ),
            Kind::InvalidColor { category, value } => t(
                format!("Farbe „{value}“ der Kategorie „{category}“ ist keine Farbe wie #1a6b3c"),
                format!(
                    "colour \"{value}\" of category \"{category}\" is not a colour like #1a6b3c"
                ),
            ),
            Kind::DuplicateCategory { id } => t(
                format!("Kategorie „{id}“ ist doppelt"),
                format!("category \"{id}\" is defined twice"),
            ),
            Kind::NoCategories => t(
                "„categories“ ist leer".into(),
                "\"categories\" is empty".into(),
            ),
            Kind::InvalidCenter => t(
                "„center“ muss [Länge, Breite] in WGS 84 sein".into(),
                "\"center\" must be [longitude, latitude] in WGS 84".into(),
            ),
            Kind::InvalidZoom { value } => t(
                format!("„zoom“ {value} liegt nicht zwischen 0 und 22"),
                format!("\"zoom\" {value} is not between 0 and 22"),
            ),
        }
    }

    /// Location and message in one line, as the widget's notices show it.
    pub fn describe(&self, lang: Lang) -> String {
        let loc = self.location(lang);
        if loc.is_empty() {
            self.message(lang)
        } else {
            format!("{loc}: {}", self.message(lang))
        }
    }
}

fn expected_de(expected: &str) -> &str {
    match expected {
        "a text" => "ein Text",
        "a list of texts" => "eine Liste von Texten",
        "an object" => "ein Objekt",
        other => other,
    }
}
