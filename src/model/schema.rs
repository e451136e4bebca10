//! The JSON Schema of a source file, generated from the contract's field table, so editors'
//! tools (VS Code, QGIS forms, geojson.io) can check while typing. `bildungskarte-data schema`
//! prints it; `public/schema.json` is the same text (a test keeps them equal).

use serde_json::{Value, json};

/// One property of the contract: name, JSON type, required, German and English description, and
/// the allowed values if there is a fixed list.
pub struct Field {
    pub name: &'static str,
    pub kind: &'static str,
    pub required: bool,
    pub de: &'static str,
    pub en: &'static str,
    pub values: &'static [&'static str],
}

pub const FIELDS: &[Field] = &[
    Field {
        name: "id",
        kind: "string",
        required: true,
        de: "Eindeutige Kennung über alle Dateien, z. B. „bbs-winsen“",
        en: "Identifier, unique across all files, e.g. \"bbs-winsen\"",
        values: &[],
    },
    Field {
        name: "name",
        kind: "text",
        required: true,
        de: "Name des Ortes (Text oder {\"de\": …, \"en\": …})",
        en: "Name of the place (text or {\"de\": …, \"en\": …})",
        values: &[],
    },
    Field { name: "name_en", kind: "string", required: false, de: "Englischer Name", en: "English name", values: &[] },
    Field {
        name: "category",
        kind: "string",
        required: true,
        de: "Kategorie, eine id aus categories der config.json",
        en: "Category, an id from the config's categories",
        values: &[],
    },
    Field {
        name: "street",
        kind: "string",
        required: false,
        de: "Straße und Hausnummer",
        en: "Street and number",
        values: &[],
    },
    Field { name: "postcode", kind: "string", required: false, de: "Postleitzahl", en: "Postcode", values: &[] },
    Field { name: "city", kind: "string", required: false, de: "Ort", en: "Town", values: &[] },
    Field {
        name: "municipality",
        kind: "string",
        required: false,
        de: "Stadt, Gemeinde oder Samtgemeinde",
        en: "Town, municipality or Samtgemeinde",
        values: &[],
    },
    Field {
        name: "phone",
        kind: "string",
        required: false,
        de: "Telefonnummer, z. B. „04171 8819-0“",
        en: "Phone number, e.g. \"04171 8819-0\"",
        values: &[],
    },
    Field { name: "email", kind: "string", required: false, de: "E-Mail-Adresse", en: "E-mail address", values: &[] },
    Field {
        name: "website",
        kind: "string",
        required: false,
        de: "Webseite (http:// oder https://)",
        en: "Website (http:// or https://)",
        values: &[],
    },
    Field {
        name: "description",
        kind: "text",
        required: false,
        de: "Beschreibung (reiner Text)",
        en: "Description (plain text)",
        values: &[],
    },
    Field {
        name: "description_en",
        kind: "string",
        required: false,
        de: "Englische Beschreibung",
        en: "English description",
        values: &[],
    },
    Field {
        name: "offers",
        kind: "texts",
        required: false,
        de: "Angebote: Ausbildungsberufe, Kurse, Beratungen; ein Ausbildungsberuf darf sein Ausbildungsjahr nennen ({\"de\": \"Tischler/in\", \"year\": 2027})",
        en: "Offers: professions, courses, services; an apprenticeship may name its training year ({\"de\": \"Tischler/in\", \"year\": 2027})",
        values: &[],
    },
    Field {
        name: "audiences",
        kind: "list",
        required: false,
        de: "Zielgruppen",
        en: "Audiences",
        values: super::AUDIENCES,
    },
    Field {
        name: "stages",
        kind: "list",
        required: false,
        de: "Stufen der Bildungskette",
        en: "Stages of the education chain",
        values: super::STAGES,
    },
    Field {
        name: "opening_hours",
        kind: "string",
        required: false,
        de: "Öffnungszeiten im OpenStreetMap-Format, z. B. „Mo-Fr 08:00-16:00“",
        en: "Opening hours in OpenStreetMap syntax, e.g. \"Mo-Fr 08:00-16:00\"",
        values: &[],
    },
    Field {
        name: "wheelchair",
        kind: "string",
        required: false,
        de: "Rollstuhlgerecht: yes, limited oder no",
        en: "Wheelchair access: yes, limited or no",
        values: &["yes", "limited", "no"],
    },
    Field {
        name: "updated",
        kind: "date",
        required: false,
        de: "Stand der Angaben (JJJJ-MM-TT)",
        en: "Last updated (YYYY-MM-DD)",
        values: &[],
    },
    Field {
        name: "modes",
        kind: "list",
        required: false,
        de: "Kontaktwege; Pflicht bei Angeboten ohne festen Ort (\"geometry\": null)",
        en: "Ways of contact; required for offers without a fixed place (\"geometry\": null)",
        values: crate::model::MODES,
    },
    Field {
        name: "events",
        kind: "events",
        required: false,
        de: "Termine: Liste von {title, start, end, kind, url}; start/end als JJJJ-MM-TT, JJJJ-MM-TTTHH:MM (deutsche Zeit) oder mit Zeitzone (RFC 3339, z. B. 2027-01-16T18:00:00+01:00)",
        en: "Dates: list of {title, start, end, kind, url}; start/end as YYYY-MM-DD, YYYY-MM-DDTHH:MM (German time) or with a zone (RFC 3339, e.g. 2027-01-16T18:00:00+01:00)",
        values: &[],
    },
    Field {
        name: "source",
        kind: "string",
        required: false,
        de: "Herkunft der Angaben",
        en: "Where the data comes from",
        values: &[],
    },
];

fn describe(f: &Field) -> Value {
    json!({ "description": format!("{} — {}", f.de, f.en), "x-description-de": f.de, "x-description-en": f.en })
}

fn property(f: &Field) -> Value {
    let localized = json!({ "type": "object", "properties": { "de": { "type": "string" }, "en": { "type": "string" } }, "minProperties": 1 });
    let mut v = match f.kind {
        "text" => json!({ "anyOf": [{ "type": "string", "minLength": 1 }, localized] }),
        // An offer: a text, or its translations with the training year it starts in.
        "texts" => {
            let year = json!({ "anyOf": [
                { "type": "integer", "minimum": 2000, "maximum": 2099 },
                { "type": "string", "pattern": "^20\\d{2}(/(\\d{2}|20\\d{2}))?$" }
            ] });
            let offer = json!({ "type": "object",
                "properties": { "de": { "type": "string" }, "en": { "type": "string" }, "year": year },
                "minProperties": 1 });
            json!({ "type": "array", "items": { "anyOf": [{ "type": "string" }, offer] } })
        }
        "list" => json!({ "type": "array", "items": { "type": "string", "enum": f.values } }),
        "date" => json!({ "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" }),
        "events" => {
            // A day, a Berlin time, or a moment with a zone (RFC 3339), as event::When reads them.
            let when = json!({ "type": "string",
                "pattern": "^\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}([.,]\\d+)?)?([Zz]|[+-]\\d{2}(:?\\d{2})?)?)?$" });
            json!({ "type": "array", "items": {
                "type": "object",
                "required": ["title", "start"],
                "properties": {
                    "title": { "anyOf": [{ "type": "string", "minLength": 1 }, localized] },
                    "start": when, "end": when,
                    "kind": { "type": "string", "examples": crate::model::EVENT_KINDS },
                    "url": { "type": "string" }
                }
            } })
        }
        _ if !f.values.is_empty() => json!({ "type": "string", "enum": f.values }),
        _ if f.required => json!({ "type": "string", "minLength": 1 }),
        _ => json!({ "type": "string" }),
    };
    if f.name == "postcode" {
        v = json!({ "type": ["string", "integer"] });
    }
    if f.name == "website" {
        v["pattern"] = json!("^(https?://)?[^\\s<>\"]+\\.[^\\s<>\"]+$");
    }
    let obj = v.as_object_mut().unwrap();
    for (k, val) in describe(f).as_object().unwrap() {
        obj.insert(k.clone(), val.clone());
    }
    v
}

/// The schema of a Bildungskarte source file (a GeoJSON FeatureCollection of Points).
pub fn json_schema() -> String {
    let properties: serde_json::Map<String, Value> = FIELDS.iter().map(|f| (f.name.to_string(), property(f))).collect();
    let required: Vec<&str> = FIELDS.iter().filter(|f| f.required).map(|f| f.name).collect();
    let point = json!({
        "type": "object",
        "required": ["type", "coordinates"],
        "properties": {
            "type": { "const": "Point" },
            "coordinates": {
                "description": "[Länge, Breite] in WGS 84 — [longitude, latitude] in WGS 84",
                "type": "array", "minItems": 2, "maxItems": 3,
                "prefixItems": [
                    { "type": "number", "minimum": -180, "maximum": 180 },
                    { "type": "number", "minimum": -90, "maximum": 90 }
                ]
            }
        }
    });
    let no_place = json!({
        "type": "null",
        "description": "kein fester Ort: dann ist properties.modes Pflicht — no fixed place: properties.modes is then required"
    });
    let feature = json!({
        "type": "object",
        "required": ["type", "geometry", "properties"],
        "properties": {
            "type": { "const": "Feature" },
            "geometry": { "anyOf": [point, no_place] },
            "properties": {
                "type": "object",
                "required": required,
                "properties": properties,
                "additionalProperties": true
            }
        },
        // An offer without a fixed place says how it is reached (as the parser demands).
        "if": { "properties": { "geometry": { "type": "null" } } },
        "then": { "properties": { "properties": { "required": ["modes"], "properties": { "modes": { "minItems": 1 } } } } }
    });
    let schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://bildungskarte.example/schema.json",
        "title": "Bildungskarte Landkreis Harburg – Datei mit Orten / file of places",
        "description": "GeoJSON-FeatureCollection aus Punkten (WGS 84, [Länge, Breite]). — A GeoJSON FeatureCollection of Points (WGS 84, [longitude, latitude]).",
        "type": "object",
        "required": ["type", "features"],
        "properties": {
            "type": { "const": "FeatureCollection" },
            "features": { "type": "array", "items": feature }
        }
    });
    serde_json::to_string_pretty(&schema).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_field_table_is_the_contract() {
        let names: Vec<&str> = FIELDS.iter().map(|f| f.name).collect();
        assert_eq!(names, super::super::KNOWN_PROPERTIES, "one list of properties for parser, checker and schema");
        let v: Value = serde_json::from_str(&json_schema()).unwrap();
        let props = &v["properties"]["features"]["items"]["properties"]["properties"];
        assert_eq!(props["required"], json!(["id", "name", "category"]));
        assert!(props["properties"]["wheelchair"]["x-description-en"].is_string());
    }

    #[test]
    fn the_shipped_schema_is_up_to_date() {
        let shipped =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/schema.json")).unwrap_or_default();
        assert_eq!(
            shipped.trim_end(),
            json_schema(),
            "run: cargo run --bin bildungskarte-data -- schema > public/schema.json"
        );
    }
}
