//! Problems found in configuration and data. The model names what is wrong as a message key with
//! its arguments; the widget and the editors' tool say it in their language (`i18n::Describe`).

mod failure;
mod kind;
mod message;

pub use failure::Failure;
pub use kind::Kind;
pub use message::{Arg, Message};

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
mod tests;
