//! Problems found in configuration and data. The model names what is wrong as a message key with
//! its arguments; the widget and the editors' tool say it in their language (`i18n::Describe`).

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
    /// The file could not be fetched (HTTP status, network, no answer, bad address).
    Unreachable {
        failure: Failure,
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
    /// A base layer file (outline, areas) that cannot be drawn.
    InvalidLayer {
        message: String,
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
            Kind::InvalidLayer { .. } => "invalid-layer",
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

    /// Where, as a message: "Eintrag 3 („BBS Winsen“)"; `None` for file-level problems.
    pub fn location_key(&self) -> Option<Message> {
        let n = Arg::from(self.feature? + 1);
        Some(match &self.place {
            Some(p) => Message::new("at-feature-named", vec![("n", n), ("place", p.into())]),
            None => Message::new("at-feature", vec![("n", n)]),
        })
    }

    /// What is wrong, as a message key and its arguments.
    pub fn message_key(&self) -> Message {
        let m = |key, args: Vec<(&'static str, Arg)>| Message::new(key, args);
        match &self.kind {
            Kind::Unreachable { failure } => failure.message_key(),
            Kind::InvalidJson { message, line, column } => m(
                "p-invalid-json",
                vec![("line", (*line).into()), ("column", (*column).into()), ("message", message.into())],
            ),
            Kind::NotFeatureCollection { found } => m("p-not-feature-collection", vec![("found", found.into())]),
            Kind::NoFeatureList => m("p-no-feature-list", vec![]),
            Kind::InvalidFeature { message } => m("p-invalid-feature", vec![("message", message.into())]),
            Kind::MissingGeometry => m("p-missing-geometry", vec![]),
            Kind::NotAPoint { found } => m("p-not-a-point", vec![("found", found.into())]),
            Kind::CoordinatesOutOfRange { lon, lat } => {
                m("p-out-of-range", vec![("lon", lon.to_string().into()), ("lat", lat.to_string().into())])
            }
            Kind::Missing { field } => m("p-missing", vec![("field", field.into())]),
            Kind::Empty { field } => m("p-empty", vec![("field", field.into())]),
            Kind::WrongType { field, expected } => {
                m("p-wrong-type", vec![("field", field.into()), ("expected", expected_key(expected).into())])
            }
            Kind::UnknownCategory { value, known } => {
                m("p-unknown-category", vec![("value", value.into()), ("known", known.join(", ").into())])
            }
            Kind::DuplicateId { id, first_file } => {
                m("p-duplicate-id", vec![("id", id.into()), ("file", first_file.into())])
            }
            Kind::InvalidWebsite { value } => m("p-invalid-website", vec![("value", value.into())]),
            Kind::InvalidEmail { value } => m("p-invalid-email", vec![("value", value.into())]),
            Kind::InvalidPhone { value } => m("p-invalid-phone", vec![("value", value.into())]),
            Kind::InvalidWheelchair { value } => m("p-invalid-wheelchair", vec![("value", value.into())]),
            Kind::InvalidDate { field, value } => {
                m("p-invalid-date", vec![("field", field.into()), ("value", value.into())])
            }
            Kind::InvalidLayer { message } => m("p-invalid-layer", vec![("message", message.into())]),
            Kind::InvalidConfig { message } => m("p-invalid-config", vec![("message", message.into())]),
            Kind::InvalidTemplate { message } => m("p-invalid-template", vec![("message", message.into())]),
            Kind::InvalidColor { category, value } => {
                m("p-invalid-color", vec![("category", category.into()), ("value", value.into())])
            }
            Kind::DuplicateCategory { id } => m("p-duplicate-category", vec![("id", id.into())]),
            Kind::NoCategories => m("p-no-categories", vec![]),
            Kind::InvalidCenter => m("p-invalid-center", vec![]),
            Kind::InvalidZoom { value } => m("p-invalid-zoom", vec![("value", value.to_string().into())]),
        }
    }
}

/// Why a file did not arrive. Loading decides by it whether trying again by itself can help.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    /// The server answered with an error status (404, 503, …).
    Status { code: u16, text: String },
    /// No connection, or it broke off; the browser's words.
    Network(String),
    /// Nothing arrived for `secs` seconds.
    NoAnswer { secs: u32 },
    /// The config names an address that is malformed, or on another server (`foreign` = that
    /// server's origin, which the widget does not load from).
    Address { path: String, foreign: Option<String> },
}

impl Failure {
    /// Worth one more try after a pause: a broken connection, a timeout, a server error (5xx) or
    /// "too many requests". A 404 or a bad address stays as it is until someone changes it.
    pub fn transient(&self) -> bool {
        match self {
            Failure::Status { code, .. } => *code >= 500 || *code == 408 || *code == 429,
            Failure::Network(_) | Failure::NoAnswer { .. } => true,
            Failure::Address { .. } => false,
        }
    }

    /// Asking again may bring the file: it did not arrive (as opposed to an address the widget
    /// will never load from). Offered to the visitor as "Erneut versuchen".
    pub fn retry_may_help(&self) -> bool {
        !matches!(self, Failure::Address { .. })
    }

    pub fn message_key(&self) -> Message {
        match self {
            // Status phrases ("Service Unavailable") stay out: they are English and say no more.
            Failure::Status { code: 404 | 410, .. } => Message::new("p-not-found", vec![]),
            Failure::Status { code, .. } if *code >= 500 => {
                Message::new("p-server-error", vec![("code", (*code as usize).into())])
            }
            Failure::Status { code, .. } => Message::new("p-http-error", vec![("code", (*code as usize).into())]),
            // The browser's own words ("Failed to fetch") are English and say no more either.
            Failure::Network(_) => Message::new("p-connection", vec![]),
            Failure::NoAnswer { secs } => Message::new("p-no-answer", vec![("secs", (*secs as usize).into())]),
            Failure::Address { path, foreign: None } => Message::new("bad-address", vec![("path", path.into())]),
            Failure::Address { path, foreign: Some(origin) } => {
                Message::new("config-foreign", vec![("path", path.into()), ("origin", origin.into())])
            }
        }
    }
}

/// A sentence to say: a key of the translations (`locales/*.ftl`) and its arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(key: &'static str, args: Vec<(&'static str, Arg)>) -> Self {
        Self { key, args }
    }
}

/// An argument of a message: numbers stay numbers, so plural rules and number formats apply.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(usize),
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n)
    }
}

/// The Fluent selector for an expected type ("a text" → `text`).
fn expected_key(expected: &str) -> &str {
    match expected {
        "a text" => "text",
        "a list of texts" => "list",
        "a training year" => "year",
        other => other,
    }
}
