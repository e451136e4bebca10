//! Problems found in configuration and data, with messages for editors in German and English.

use super::Lang;
use crate::tr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The file or feature cannot be used and is left out.
    Error,
    /// Something is ignored or looks wrong, but the place is still shown.
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
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

impl Kind {
    /// A JSON syntax error with its position, which editors need apart from serde's sentence.
    pub fn invalid_json(e: &serde_json::Error) -> Self {
        Kind::InvalidJson { message: strip_position(&e.to_string()), line: e.line(), column: e.column() }
    }
}

/// serde_json appends " at line L column C"; we report the position separately.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
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
        Self { severity: Severity::Error, kind, feature: None, place: None }
    }

    pub fn warning(kind: Kind) -> Self {
        Self { severity: Severity::Warning, kind, feature: None, place: None }
    }

    pub fn at(mut self, feature: usize, place: Option<String>) -> Self {
        self.feature = Some(feature);
        self.place = place;
        self
    }

    /// A stable short name for the kind, for machines (`--format json`) and for looking it up.
    pub fn code(&self) -> &'static str {
        match &self.kind {
            Kind::Unreachable { .. } => "unreachable",
            Kind::InvalidJson { .. } => "invalid-json",
            Kind::NotFeatureCollection { .. } => "not-feature-collection",
            Kind::NoFeatureList => "no-feature-list",
            Kind::InvalidFeature { .. } => "invalid-feature",
            Kind::MissingGeometry => "missing-geometry",
            Kind::NotAPoint { .. } => "not-a-point",
            Kind::CoordinatesOutOfRange { .. } => "coordinates-out-of-range",
            Kind::Missing { .. } => "missing-field",
            Kind::Empty { .. } => "empty-field",
            Kind::WrongType { .. } => "wrong-type",
            Kind::UnknownCategory { .. } => "unknown-category",
            Kind::DuplicateId { .. } => "duplicate-id",
            Kind::InvalidWebsite { .. } => "invalid-website",
            Kind::InvalidEmail { .. } => "invalid-email",
            Kind::InvalidPhone { .. } => "invalid-phone",
            Kind::InvalidWheelchair { .. } => "invalid-wheelchair",
            Kind::InvalidDate { .. } => "invalid-date",
            Kind::InvalidConfig { .. } => "invalid-config",
            Kind::InvalidTemplate { .. } => "invalid-template",
            Kind::InvalidColor { .. } => "invalid-color",
            Kind::DuplicateCategory { .. } => "duplicate-category",
            Kind::NoCategories => "no-categories",
            Kind::InvalidCenter => "invalid-center",
            Kind::InvalidZoom { .. } => "invalid-zoom",
        }
    }

    /// The JSON path (`features/3/properties/website`) a problem points at, as far as known.
    pub fn path(&self) -> Option<String> {
        let i = self.feature?;
        let f = format!("features/{i}");
        let prop = |name: &str| format!("{f}/properties/{name}");
        Some(match &self.kind {
            Kind::Missing { field } if field == "id" || field == "name" || field == "category" => {
                format!("{f}/properties")
            }
            Kind::Empty { field } | Kind::WrongType { field, .. } | Kind::InvalidDate { field, .. } => prop(field),
            Kind::UnknownCategory { .. } => prop("category"),
            Kind::DuplicateId { .. } => prop("id"),
            Kind::InvalidWebsite { .. } => prop("website"),
            Kind::InvalidEmail { .. } => prop("email"),
            Kind::InvalidPhone { .. } => prop("phone"),
            Kind::InvalidWheelchair { .. } => prop("wheelchair"),
            Kind::NotAPoint { .. } => format!("{f}/geometry/type"),
            Kind::CoordinatesOutOfRange { .. } => format!("{f}/geometry/coordinates"),
            _ => f,
        })
    }

    /// Where, in words: "Eintrag 3 („BBS Winsen“)"; empty for file-level problems.
    pub fn location(&self, lang: Lang) -> String {
        let Some(i) = self.feature else {
            return String::new();
        };
        match &self.place {
            Some(p) => tr!(lang, "at-feature-named", n = i + 1, place = p.as_str()),
            None => tr!(lang, "at-feature", n = i + 1),
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match &self.kind {
            Kind::Unreachable { reason } => tr!(lang, "p-unreachable", reason = reason.as_str()),
            Kind::InvalidJson { message, line, column } => {
                tr!(lang, "p-invalid-json", line = *line, column = *column, message = message.as_str())
            }
            Kind::NotFeatureCollection { found } => {
                tr!(lang, "p-not-feature-collection", found = found.as_str())
            }
            Kind::NoFeatureList => tr!(lang, "p-no-feature-list"),
            Kind::InvalidFeature { message } => {
                tr!(lang, "p-invalid-feature", message = message.as_str())
            }
            Kind::MissingGeometry => tr!(lang, "p-missing-geometry"),
            Kind::NotAPoint { found } => tr!(lang, "p-not-a-point", found = found.as_str()),
            Kind::CoordinatesOutOfRange { lon, lat } => {
                tr!(lang, "p-out-of-range", lon = lon.to_string(), lat = lat.to_string())
            }
            Kind::Missing { field } => tr!(lang, "p-missing", field = field.as_str()),
            Kind::Empty { field } => tr!(lang, "p-empty", field = field.as_str()),
            Kind::WrongType { field, expected } => {
                tr!(lang, "p-wrong-type", field = field.as_str(), expected = expected_key(expected))
            }
            Kind::UnknownCategory { value, known } => {
                tr!(lang, "p-unknown-category", value = value.as_str(), known = known.join(", "))
            }
            Kind::DuplicateId { id, first_file } => {
                tr!(lang, "p-duplicate-id", id = id.as_str(), file = first_file.as_str())
            }
            Kind::InvalidWebsite { value } => {
                tr!(lang, "p-invalid-website", value = value.as_str())
            }
            Kind::InvalidEmail { value } => tr!(lang, "p-invalid-email", value = value.as_str()),
            Kind::InvalidPhone { value } => tr!(lang, "p-invalid-phone", value = value.as_str()),
            Kind::InvalidWheelchair { value } => {
                tr!(lang, "p-invalid-wheelchair", value = value.as_str())
            }
            Kind::InvalidDate { field, value } => {
                tr!(lang, "p-invalid-date", field = field.as_str(), value = value.as_str())
            }
            Kind::InvalidConfig { message } => {
                tr!(lang, "p-invalid-config", message = message.as_str())
            }
            Kind::InvalidTemplate { message } => {
                tr!(lang, "p-invalid-template", message = message.as_str())
            }
            Kind::InvalidColor { category, value } => {
                tr!(lang, "p-invalid-color", category = category.as_str(), value = value.as_str())
            }
            Kind::DuplicateCategory { id } => tr!(lang, "p-duplicate-category", id = id.as_str()),
            Kind::NoCategories => tr!(lang, "p-no-categories"),
            Kind::InvalidCenter => tr!(lang, "p-invalid-center"),
            Kind::InvalidZoom { value } => tr!(lang, "p-invalid-zoom", value = value.to_string()),
        }
    }

    /// Location and message in one line, as the widget's notices show it.
    pub fn describe(&self, lang: Lang) -> String {
        let loc = self.location(lang);
        if loc.is_empty() { self.message(lang) } else { format!("{loc}: {}", self.message(lang)) }
    }
}

/// The Fluent selector for an expected type ("a text" → `text`).
fn expected_key(expected: &str) -> &str {
    match expected {
        "a text" => "text",
        "a list of texts" => "list",
        other => other,
    }
}
