//! What is wrong, as the model names it: one variant a kind of problem, with what was found.

use super::*;

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
