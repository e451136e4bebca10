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
    /// A JSON syntax error; `syntax` is its kind (`JsonSyntax`), said in the editors' words.
    InvalidJson {
        syntax: &'static str,
        line: usize,
        column: usize,
    },
    /// The file's `type` is another text ("Feature", "Point", "featurecollection").
    NotFeatureCollection {
        found: String,
    },
    /// The file is a list, a text, a number … instead of an object.
    RootNotObject {
        found: Found,
    },
    NoFeatureList,
    /// An entry of `features` that is not an object.
    FeatureNotObject {
        found: Found,
    },
    /// A GeoJSON member that must be there is not: `type`, `coordinates`, `geometries`.
    MissingMember {
        member: Member,
    },
    /// `type` names something else than the expected "FeatureCollection" or "Feature".
    WrongTypeName {
        member: Member,
        found: Found,
    },
    UnknownGeometryType {
        found: Found,
        /// The known type it differs from only in case ("point" → "Point").
        suggestion: Option<&'static str>,
    },
    /// A GeoJSON member's value is of the wrong JSON type ("properties": []).
    WrongValue {
        member: Member,
        expected: Expected,
        found: Found,
    },
    /// `coordinates` nested too little or too deep for the geometry type: a list was expected
    /// `depth` levels above the numbers (0 = a position [lon, lat]).
    CoordinatesShape {
        geometry: &'static str,
        depth: usize,
        found: Found,
    },
    CoordinateNotNumber {
        found: Found,
    },
    PositionTooShort {
        n: usize,
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
    /// An event's start or end: a date, a Berlin time, or a moment with a zone.
    InvalidDateTime {
        field: String,
        value: String,
    },
    /// An event that ends before it starts: the map leaves the end out.
    EndBeforeStart {
        field: String,
        start: String,
        end: String,
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

/// A GeoJSON member named in a message about the file's structure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Member {
    /// The file's `type` ("FeatureCollection").
    CollectionType,
    Features,
    /// A feature's `type` ("Feature").
    FeatureType,
    Geometry,
    Properties,
    Id,
    Bbox,
    /// A geometry's `type` ("Point", …).
    GeometryType,
    Coordinates,
    Geometries,
}

impl Member {
    /// The member's name in the file.
    pub fn key(self) -> &'static str {
        match self {
            Member::CollectionType | Member::FeatureType | Member::GeometryType => "type",
            Member::Features => "features",
            Member::Geometry => "geometry",
            Member::Properties => "properties",
            Member::Id => "id",
            Member::Bbox => "bbox",
            Member::Coordinates => "coordinates",
            Member::Geometries => "geometries",
        }
    }

    /// The selector the translations use where a message depends on which `type` is meant.
    fn selector(self) -> &'static str {
        match self {
            Member::CollectionType => "collection-type",
            Member::FeatureType => "feature-type",
            Member::GeometryType => "geometry-type",
            other => other.key(),
        }
    }

    /// The problem code of a wrong or missing member: one per part of the file, so that a tool
    /// reading `--format json` can tell a broken geometry from broken properties.
    fn code(self) -> &'static str {
        match self {
            Member::CollectionType => "not-feature-collection",
            Member::Features => "no-feature-list",
            Member::FeatureType => "not-a-feature",
            Member::Geometry | Member::GeometryType | Member::Coordinates | Member::Geometries => "invalid-geometry",
            Member::Properties => "invalid-properties",
            Member::Id => "invalid-feature-id",
            Member::Bbox => "invalid-bbox",
        }
    }
}

/// What a member's value should have been.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Object,
    ObjectOrNull,
    List,
    TextOrNumber,
    Numbers,
    Geometries,
}

impl Expected {
    fn selector(self) -> &'static str {
        match self {
            Expected::Object => "object",
            Expected::ObjectOrNull => "object-or-null",
            Expected::List => "list",
            Expected::TextOrNumber => "text-or-number",
            Expected::Numbers => "numbers",
            Expected::Geometries => "geometries",
        }
    }
}

/// A value as found in the file, for "gefunden: Text "39.36…"": its JSON kind and a short excerpt.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// null, bool, number, text, list or object: the selector of `p-found`.
    pub kind: &'static str,
    /// The value as written for scalars (long texts shortened), empty for lists and objects.
    pub value: String,
}

impl Found {
    pub fn of(v: &serde_json::Value) -> Self {
        use serde_json::Value;
        let (kind, value) = match v {
            Value::Null => ("null", String::new()),
            Value::Bool(b) => ("bool", b.to_string()),
            Value::Number(n) => ("number", n.to_string()),
            Value::String(s) => ("text", shorten(s)),
            Value::Array(_) => ("list", String::new()),
            Value::Object(_) => ("object", String::new()),
        };
        Self { kind, value }
    }

    /// A text that differs from `expected` only in upper and lower case.
    fn differs_in_case(&self, expected: &str) -> bool {
        self.kind == "text" && self.value != expected && self.value.eq_ignore_ascii_case(expected)
    }

    fn message(&self) -> Message {
        Message::new("p-found", vec![("found", self.kind.into()), ("value", (&self.value).into())])
    }
}

/// Enough of a text to recognise it in the file; a whole description would drown the message.
fn shorten(s: &str) -> String {
    const MAX: usize = 24;
    match s.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// The geometry types of GeoJSON (RFC 7946).
pub const GEOMETRY_TYPES: &[&str] =
    &["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"];

/// One problem, with where it is: the feature (0-based index in its file) and the field.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    pub kind: Kind,
    pub feature: Option<usize>,
    /// The feature's id or name when known, so a message can name the place.
    pub place: Option<String>,
    /// Where the wrong value is, when the kind alone does not say: relative to the feature
    /// (`geometry/coordinates/1`, "" for the feature itself) or, for a file-level problem, to the
    /// file (`type`).
    pub field_path: Option<String>,
}

impl Problem {
    pub fn error(kind: Kind) -> Self {
        Self { severity: Severity::Error, kind, feature: None, place: None, field_path: None }
    }

    pub fn warning(kind: Kind) -> Self {
        Self { severity: Severity::Warning, kind, feature: None, place: None, field_path: None }
    }

    pub fn at(mut self, feature: usize, place: Option<String>) -> Self {
        self.feature = Some(feature);
        self.place = place;
        self
    }

    /// Points the problem at the value under `path` (see `field_path`).
    pub fn in_path(mut self, path: impl Into<String>) -> Self {
        self.field_path = Some(path.into());
        self
    }

    /// A stable short name for the kind, for machines (`--format json`) and for looking it up.
    pub fn code(&self) -> &'static str {
        match &self.kind {
            Kind::Unreachable { .. } => "unreachable",
            Kind::InvalidJson { .. } => "invalid-json",
            Kind::NotFeatureCollection { .. } | Kind::RootNotObject { .. } => "not-feature-collection",
            Kind::NoFeatureList => "no-feature-list",
            Kind::FeatureNotObject { .. } => "not-a-feature",
            Kind::MissingMember { member } | Kind::WrongTypeName { member, .. } | Kind::WrongValue { member, .. } => {
                member.code()
            }
            Kind::UnknownGeometryType { .. }
            | Kind::CoordinatesShape { .. }
            | Kind::CoordinateNotNumber { .. }
            | Kind::PositionTooShort { .. } => "invalid-geometry",
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
            Kind::InvalidDateTime { .. } => "invalid-date-time",
            Kind::EndBeforeStart { .. } => "end-before-start",
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
        if let Some(rel) = &self.field_path {
            return Some(match self.feature {
                Some(i) if rel.is_empty() => format!("features/{i}"),
                Some(i) => format!("features/{i}/{rel}"),
                None => rel.clone(),
            });
        }
        let i = self.feature?;
        let f = format!("features/{i}");
        let prop = |name: &str| format!("{f}/properties/{name}");
        Some(match &self.kind {
            Kind::Missing { field } if field == "id" || field == "name" || field == "category" => {
                format!("{f}/properties")
            }
            Kind::Empty { field }
            | Kind::WrongType { field, .. }
            | Kind::InvalidDate { field, .. }
            | Kind::InvalidDateTime { field, .. }
            | Kind::EndBeforeStart { field, .. } => prop(field),
            Kind::UnknownCategory { .. } => prop("category"),
            Kind::DuplicateId { .. } => prop("id"),
            Kind::InvalidWebsite { .. } => prop("website"),
            Kind::InvalidEmail { .. } => prop("email"),
            Kind::InvalidPhone { .. } => prop("phone"),
            Kind::InvalidWheelchair { .. } => prop("wheelchair"),
            Kind::NotAPoint { .. } => format!("{f}/geometry/type"),
            Kind::CoordinatesOutOfRange { .. } => format!("{f}/geometry/coordinates"),
            // At `"geometry": null` where the member is there; the checker falls back to the feature.
            Kind::MissingGeometry => format!("{f}/geometry"),
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
            Kind::InvalidJson { syntax, line, column } => m(
                "p-invalid-json",
                vec![("line", (*line).into()), ("column", (*column).into()), ("syntax", (*syntax).into())],
            ),
            Kind::NotFeatureCollection { found } => {
                // A lone feature or geometry is a common first file; saying so helps more than "not X".
                let kind = if found == "Feature" {
                    "feature"
                } else if GEOMETRY_TYPES.contains(&found.as_str()) {
                    "geometry"
                } else if found.eq_ignore_ascii_case("FeatureCollection") {
                    "case"
                } else {
                    "other"
                };
                m("p-not-feature-collection", vec![("found", found.into()), ("kind", kind.into())])
            }
            Kind::RootNotObject { found } => m("p-root-not-object", vec![("found", found.into())]),
            Kind::NoFeatureList => m("p-no-feature-list", vec![]),
            Kind::FeatureNotObject { found } => m("p-feature-not-object", vec![("found", found.into())]),
            Kind::MissingMember { member } => {
                m("p-missing-member", vec![("member", member.selector().into()), ("key", member.key().into())])
            }
            Kind::WrongTypeName { member, found } => {
                let expected = if *member == Member::CollectionType { "FeatureCollection" } else { "Feature" };
                let hint = if found.differs_in_case(expected) { "case" } else { "none" };
                m(
                    "p-wrong-type-name",
                    vec![("expected", expected.into()), ("found", found.into()), ("hint", hint.into())],
                )
            }
            Kind::UnknownGeometryType { found, suggestion } => m(
                "p-unknown-geometry",
                vec![("found", found.into()), ("suggestion", suggestion.unwrap_or("none").into())],
            ),
            Kind::WrongValue { member, expected, found } => m(
                "p-wrong-value",
                vec![
                    ("member", member.key().into()),
                    ("expected", expected.selector().into()),
                    ("found", found.into()),
                ],
            ),
            Kind::CoordinatesShape { geometry, depth, found } => m(
                "p-coordinates-shape",
                vec![("geometry", (*geometry).into()), ("depth", (*depth).into()), ("found", found.into())],
            ),
            Kind::CoordinateNotNumber { found } => m("p-coordinate-not-number", vec![("found", found.into())]),
            Kind::PositionTooShort { n } => m("p-position-too-short", vec![("n", (*n).into())]),
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
            Kind::InvalidDateTime { field, value } => {
                m("p-invalid-date-time", vec![("field", field.into()), ("value", value.into())])
            }
            Kind::EndBeforeStart { field, start, end } => {
                m("p-end-before-start", vec![("field", field.into()), ("start", start.into()), ("end", end.into())])
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
    /// A part of the sentence that is itself translated, in the same language ("Text "abc"").
    Said(Box<Message>),
}

impl From<&Found> for Arg {
    fn from(f: &Found) -> Self {
        Arg::Said(Box::new(f.message()))
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    /// Every kind of syntax error is recognised from serde_json's wording, so none falls to
    /// "other" unnoticed when serde_json words one differently; each is said without its English.
    #[test]
    fn found_values_are_named_and_shortened() {
        let said = |v: serde_json::Value, lang| crate::i18n::say(lang, &Found::of(&v).message());
        assert_eq!(said(serde_json::json!("39.36827914916011"), Lang::De), "Text \"39.36827914916011\"");
        assert_eq!(said(serde_json::json!("a".repeat(30)), Lang::En), format!("text \"{}…\"", "a".repeat(24)));
        assert_eq!(said(serde_json::json!(-1.5), Lang::De), "Zahl -1.5");
        assert_eq!(said(serde_json::json!([1]), Lang::De), "Liste […]");
        assert_eq!(said(serde_json::json!({}), Lang::En), "object {…}");
        assert_eq!(said(serde_json::json!(null), Lang::De), "null");
        assert_eq!(said(serde_json::json!(false), Lang::De), "false");
    }

    #[test]
    fn an_explicit_path_is_relative_to_the_feature_or_the_file() {
        let p = Problem::error(Kind::CoordinateNotNumber { found: Found::of(&serde_json::json!("x")) })
            .in_path("geometry/coordinates/1")
            .at(3, None);
        assert_eq!(p.path().as_deref(), Some("features/3/geometry/coordinates/1"));
        let whole = Problem::error(Kind::FeatureNotObject { found: Found::of(&serde_json::json!(null)) })
            .in_path("")
            .at(0, None);
        assert_eq!(whole.path().as_deref(), Some("features/0"));
        let file = Problem::error(Kind::NotFeatureCollection { found: "Feature".into() }).in_path("type");
        assert_eq!(file.path().as_deref(), Some("type"));
    }
}
