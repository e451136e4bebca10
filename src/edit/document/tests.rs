use super::*;
use serde_json::{Value, json};

const SAMPLES: [(&str, &str); 3] = [
    ("beratung.geojson", include_str!("../../../public/data/beratung.geojson")),
    ("betriebe.geojson", include_str!("../../../public/data/betriebe.geojson")),
    ("schulen.geojson", include_str!("../../../public/data/schulen.geojson")),
];

/// As `JSON.stringify(…, null, 2)` writes it, with a number as some tools write it.
const PRETTY: &str = r#"{
  "type": "FeatureCollection",
  "features": [
    {
      "type": "Feature",
      "geometry": {
        "type": "Point",
        "coordinates": [
          9.880000,
          53.1
        ]
      },
      "properties": {
        "id": "a",
        "name": "Alpha",
        "website": "https://a.example"
      }
    },
    {
      "type": "Feature",
      "geometry": null,
      "properties": {
        "id": "b",
        "name": "Beta",
        "modes": [
          "phone"
        ]
      }
    }
  ]
}
"#;

const COMPACT: &str = r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[9.1,53.2]},"properties":{"id":"a","name":"A"}},{"type":"Feature","geometry":null,"properties":{"id":"b","name":"B"}}]}"#;

fn doc(text: &str) -> Document {
    Document::parse("test.geojson", text).unwrap()
}

fn new_place() -> Draft {
    Draft::new("c", "C", "x", Some([9.5, 53.5]))
}

/// `key`'s draft with `f` applied, put back.
fn edit(d: &mut Document, key: Key, f: impl FnOnce(&mut Draft)) {
    let mut draft = d.get(key).unwrap().clone();
    f(&mut draft);
    d.put(key, Some(draft));
}

/// The lines that differ between two texts of as many lines.
fn changed_lines(a: &str, b: &str) -> Vec<usize> {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.split('\n').collect(), b.split('\n').collect());
    assert_eq!(a.len(), b.len(), "as many lines");
    (0..a.len()).filter(|&i| a[i] != b[i]).collect()
}

fn ids(text: &str) -> Vec<String> {
    let v: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).unwrap();
    v["features"].as_array().unwrap().iter().map(|f| f["properties"]["id"].as_str().unwrap().to_string()).collect()
}

/// Every variant a sample file may come in: as it is, with CRLF, with a BOM, without the last newline.
fn variants(text: &str) -> [String; 4] {
    let crlf = text.replace('\n', "\r\n");
    [text.to_string(), format!("\u{feff}{crlf}"), crlf, text.trim_end().to_string()]
}

#[test]
fn every_sample_file_is_written_back_byte_for_byte() {
    for (name, sample) in SAMPLES {
        for text in variants(sample) {
            let d = Document::parse(name, &text).unwrap();
            assert_eq!(d.text(), text, "{name}");
            assert_eq!((d.counts(), d.is_changed(), d.name()), (Counts::default(), false, name));
            assert_eq!(d.entries().map(|(_, f)| f.id().unwrap().to_string()).collect::<Vec<_>>(), ids(&text));
        }
    }
}

/// The whole feature is written anew, and it reads exactly as before but for the change: the
/// sample files' style is learnt to the space.
#[test]
fn a_changed_name_changes_only_its_line() {
    for (name, sample) in SAMPLES {
        for text in variants(sample) {
            let d0 = Document::parse(name, &text).unwrap();
            for key in [0, d0.len() / 2, d0.len() - 1] {
                let mut d = d0.clone();
                let old = d.get(key).unwrap().name().unwrap().to_string();
                edit(&mut d, key, |f| f.set("name", Some(json!("Neuer \"Name\""))));
                let (before, after) = (Value::from(old.as_str()).to_string(), r#""Neuer \"Name\"""#);
                assert_eq!(changed_lines(&text, &d.text()), [key + 1], "{name}");
                let (old_line, new_line) = (text.split('\n').nth(key + 1).unwrap(), d.text());
                assert_eq!(new_line.split('\n').nth(key + 1).unwrap(), old_line.replace(&before, after), "{name}");
                assert_eq!((d.status(key), d.counts().changed), (Status::Changed, 1));
            }
        }
    }
}

#[test]
fn putting_back_the_original_restores_the_bytes() {
    let (_, text) = SAMPLES[1];
    let mut d = doc(text);
    let original = d.get(4).unwrap().clone();
    edit(&mut d, 4, |f| f.set("phone", Some(json!("04171 1"))));
    edit(&mut d, 4, |f| f.position = Some([10.0, 53.0]));
    assert_eq!(d.counts().changed, 1);
    edit(&mut d, 4, |f| {
        f.set("phone", None);
        f.position = original.position;
    });
    assert_eq!((d.status(4), d.text()), (Status::Untouched, text.to_string()));
    d.put(4, None);
    d.put(4, Some(original));
    assert_eq!((d.status(4), d.text()), (Status::Untouched, text.to_string()));
    // A field emptied and typed again goes back to its place.
    let (_, schulen) = SAMPLES[2];
    let mut d = doc(schulen);
    let stages = d.get(0).unwrap().get("stages").cloned();
    edit(&mut d, 0, |f| f.set("stages", Some(json!([]))));
    edit(&mut d, 0, |f| f.set("stages", stages));
    assert_eq!(d.text(), schulen);
}

#[test]
fn unchanged_values_keep_their_text_and_new_positions_six_decimals() {
    let line = r#"{"type": "Feature", "geometry": {"type": "Point", "coordinates": [9.880000, 53.100000]}, "properties": {"id": "a", "name": "A", "size": 1.50, "big": 1E3}}"#;
    let text = format!("{{\"type\": \"FeatureCollection\", \"features\": [\n{line}\n]}}\n");
    let mut d = doc(&text);
    edit(&mut d, 0, |f| f.set("name", Some(json!("B"))));
    assert_eq!(d.text(), text.replace(r#""A""#, r#""B""#));
    edit(&mut d, 0, |f| f.position = Some([9.12345678, 53.0000004]));
    assert!(d.text().contains(r#"{"type": "Point", "coordinates": [9.123457, 53.0]}"#), "{}", d.text());
    assert_eq!(d.get(0).unwrap().to_feature()["geometry"]["coordinates"], json!([9.123457, 53.0]));
}

#[test]
fn removing_takes_one_separator_along() {
    let (_, text) = SAMPLES[1];
    let lines: Vec<&str> = text.split('\n').collect();
    let d0 = doc(text);
    let n = d0.len();
    for key in [0, 7, n - 1] {
        let mut d = d0.clone();
        d.put(key, None);
        let mut expected = lines.clone();
        expected.remove(key + 1);
        // The last one takes the separator before it: the line before loses its comma.
        let fixed = expected[n - 1].trim_end_matches(',').to_string();
        if key == n - 1 {
            expected[n - 1] = &fixed;
        }
        assert_eq!(d.text(), expected.join("\n"), "{key}");
        assert_eq!((d.status(key), d.counts().removed, d.get(key)), (Status::Removed, 1, None));
    }
    let mut d = d0.clone();
    (0..n).for_each(|k| d.put(k, None));
    assert_eq!(ids(&d.text()), Vec::<String>::new());
    assert_eq!(d.entries().count(), 0);
}

#[test]
fn added_places_go_before_the_last_one_in_the_files_style() {
    let (_, text) = SAMPLES[1];
    let line = r#"{"type": "Feature", "geometry": {"type": "Point", "coordinates": [9.5, 53.5]}, "properties": {"id": "c", "name": "C", "category": "x"}}"#;
    let end = text.rfind("}}").unwrap() + 2;
    let mut d = doc(text);
    let key = d.add(new_place());
    assert_eq!((key, d.status(key), d.counts().new), (d.len() - 1, Status::New, 1));
    // Before the last of the file's own, so no line of the file changes (none gains a comma).
    let last = d.spans[key - 1].start;
    assert_eq!(d.text(), format!("{}{line},\n{}", &text[..last], &text[last..]));
    // After the last original is removed, the new place goes before the one that is last now.
    d.put(key - 1, None);
    let before = d.spans[key - 2].clone();
    assert_eq!(d.text(), format!("{}{line},\n{}{}", &text[..before.start], &text[before], &text[end..]));
    d.put(key, None);
    d.put(key - 1, d.original(key - 1).cloned());
    assert_eq!((d.text(), d.status(key)), (text.to_string(), Status::Untouched));
}

#[test]
fn a_pretty_file_keeps_its_indent() {
    for nl in ["\n", "\r\n"] {
        let text = PRETTY.replace('\n', nl);
        let with_nl = |s: &str| s.replace('\n', nl);
        let mut d = doc(&text);
        edit(&mut d, 0, |f| f.set("name", Some(json!("Alfa"))));
        assert_eq!(d.text(), text.replace("Alpha", "Alfa"));
        edit(&mut d, 0, |f| f.set("phone", Some(json!("04171 1"))));
        let phone = with_nl("\"Alfa\",\n        \"phone\": \"04171 1\",");
        assert_eq!(d.text(), text.replace("\"Alpha\",", &phone));
        d.put(0, d.original(0).cloned());
        edit(&mut d, 1, |f| f.position = Some([10.0, 53.0]));
        let point = "{\n        \"type\": \"Point\",\n        \"coordinates\": [\n          10.0,\n          53.0\n        ]\n      }";
        assert_eq!(d.text(), text.replace("null", &with_nl(point)));
        d.put(1, d.original(1).cloned());
        d.add(Draft {
            props: vec![("id".into(), json!("c")), ("events".into(), json!([{"start": "2027-01-16", "title": "T"}]))],
            ..new_place()
        });
        let added = r#"{
      "type": "Feature",
      "geometry": {
        "type": "Point",
        "coordinates": [
          9.5,
          53.5
        ]
      },
      "properties": {
        "id": "c",
        "events": [
          {
            "title": "T",
            "start": "2027-01-16"
          }
        ]
      }
    },
    "#;
        // Before the last of the file's own places: no line of the file changes.
        let last = text.rfind(&with_nl("{\n      \"type\": \"Feature\",\n      \"geometry\": null")).unwrap();
        assert_eq!(d.text(), format!("{}{}{}", &text[..last], with_nl(added), &text[last..]));
        d.put(0, None);
        assert_eq!(&d.text()[..d.spans[0].start], &text[..d.spans[0].start]);
        assert_eq!(ids(&d.text()), ["c", "b"]);
    }
}

/// Tabs, and plain lists on one line, as some tools write them.
#[test]
fn a_pretty_file_with_tabs_and_one_line_lists() {
    let text = "{\n\t\"type\": \"FeatureCollection\",\n\t\"features\": [\n\t\t{\n\t\t\t\"type\": \"Feature\",\n\t\t\t\"geometry\": {\"type\": \"Point\", \"coordinates\": [9.1, 53.2]},\n\t\t\t\"properties\": {\"id\": \"a\"}\n\t\t}\n\t]\n}";
    let mut d = doc(text);
    d.add(new_place());
    let added = "{\n\t\t\t\"type\": \"Feature\",\n\t\t\t\"geometry\": {\n\t\t\t\t\"type\": \"Point\",\n\t\t\t\t\"coordinates\": [9.5, 53.5]\n\t\t\t},\n\t\t\t\"properties\": {\n\t\t\t\t\"id\": \"c\",\n\t\t\t\t\"name\": \"C\",\n\t\t\t\t\"category\": \"x\"\n\t\t\t}\n\t\t},\n\t\t";
    let first = d.spans[0].start;
    assert_eq!(d.text(), format!("{}{added}{}", &text[..first], &text[first..]));
}

#[test]
fn a_one_line_file_stays_on_one_line() {
    let mut d = doc(COMPACT);
    edit(&mut d, 0, |f| f.set("name", Some(json!("Ä"))));
    assert_eq!(d.text(), COMPACT.replace(r#""A""#, r#""Ä""#));
    d.put(0, None);
    let second = &COMPACT[d.spans[1].clone()];
    assert_eq!(d.text(), format!(r#"{{"type":"FeatureCollection","features":[{second}]}}"#));
    d.put(0, d.original(0).cloned());
    d.add(new_place());
    let added = r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[9.5,53.5]},"properties":{"id":"c","name":"C","category":"x"}}"#;
    let last = d.spans[1].start;
    assert_eq!(d.text(), format!("{}{added},{}", &COMPACT[..last], &COMPACT[last..]));
}

/// GDAL and QGIS: spaces inside brackets, properties before the geometry.
#[test]
fn gdal_spacing_and_member_order() {
    let feature = r#"{ "type": "Feature", "properties": { "id": "a", "offers": [ "X" ] }, "geometry": { "type": "Point", "coordinates": [ 9.1, 53.2 ] } }"#;
    let text = format!("{{\n\"type\": \"FeatureCollection\",\n\"features\": [\n{feature}\n]\n}}\n");
    let mut d = doc(&text);
    d.add(Draft { props: vec![("id".into(), json!("c")), ("offers".into(), json!(["Y"]))], ..new_place() });
    let added = r#"{ "type": "Feature", "properties": { "id": "c", "offers": [ "Y" ] }, "geometry": { "type": "Point", "coordinates": [ 9.5, 53.5 ] } }"#;
    assert_eq!(d.text(), text.replace(&format!("{feature}\n"), &format!("{added},\n{feature}\n")));
}

#[test]
fn places_added_to_an_empty_list() {
    let line = r#"{"type": "Feature", "geometry": {"type": "Point", "coordinates": [9.5, 53.5]}, "properties": {"id": "c", "name": "C", "category": "x"}}"#;
    let empty = "{\"type\": \"FeatureCollection\", \"name\": \"Leer\", \"features\": [ ]}\n";
    let mut d = doc(empty);
    assert_eq!((d.len(), d.text()), (0, empty.to_string()));
    let key = d.add(new_place());
    d.add(Draft::new("d", "D", "x", None));
    let other = r#"{"type": "Feature", "geometry": null, "properties": {"id": "d", "name": "D", "category": "x"}}"#;
    let expected =
        format!("{{\"type\": \"FeatureCollection\", \"name\": \"Leer\", \"features\": [\n{line},\n{other}\n]}}\n");
    assert_eq!(d.text(), expected);
    d.put(key, None);
    d.put(key + 1, None);
    assert_eq!(d.text(), empty);

    let pretty = "{\r\n  \"type\": \"FeatureCollection\",\r\n  \"features\": []\r\n}";
    let mut d = doc(pretty);
    d.add(Draft::new("c", "C", "x", None));
    let expected = "{\r\n  \"type\": \"FeatureCollection\",\r\n  \"features\": [\r\n    {\r\n      \"type\": \"Feature\",\r\n      \"geometry\": null,\r\n      \"properties\": {\r\n        \"id\": \"c\",\r\n        \"name\": \"C\",\r\n        \"category\": \"x\"\r\n      }\r\n    }\r\n  ]\r\n}";
    assert_eq!(d.text(), expected);
}

#[test]
fn other_members_and_geometries_are_kept() {
    let polygon = r#"{"type": "Polygon", "coordinates": [[[9.0, 53.0], [9.1, 53.0], [9.0, 53.1], [9.0, 53.0]]]}"#;
    let text = format!(
        "{{\"type\": \"FeatureCollection\", \"features\": [\n{},\n{}\n]}}",
        format_args!(
            r#"{{"type": "Feature", "id": 7, "geometry": {polygon}, "properties": null, "bbox": [9, 53, 9.1, 53.1]}}"#
        ),
        r#"{"type": "Feature", "properties": {"id": "b", "name": "B", "name": "B2"}}"#
    );
    let mut d = doc(&text);
    assert_eq!((d.get(0).unwrap().position, d.get(1).unwrap().name()), (None, Some("B2")));
    edit(&mut d, 0, |f| f.set("name", Some(json!("P"))));
    edit(&mut d, 1, |f| f.position = Some([9.0, 53.0]));
    let first = format!(
        r#"{{"type": "Feature", "id": 7, "geometry": {polygon}, "properties": {{"name": "P"}}, "bbox": [9, 53, 9.1, 53.1]}}"#
    );
    let second = r#"{"type": "Feature", "geometry": {"type": "Point", "coordinates": [9.0, 53.0]}, "properties": {"id": "b", "name": "B2"}}"#;
    assert_eq!(d.text(), format!("{{\"type\": \"FeatureCollection\", \"features\": [\n{first},\n{second}\n]}}"));
    let feature = d.get(0).unwrap().to_feature();
    assert_eq!(
        (&feature["id"], &feature["geometry"]["type"], &feature["bbox"][3]),
        (&json!(7), &json!("Polygon"), &json!(53.1))
    );
}

#[test]
fn unreadable_files_are_named_in_german() {
    let broken = Document::parse("x.geojson", "{\"type\": \"FeatureCollection\",\n \"features\": [,]}").err().unwrap();
    assert!(broken.starts_with("x.geojson: kein gültiges JSON in Zeile 2"), "{broken}");
    let wrong = Document::parse("y.geojson", r#"{"type": "Feature"}"#).err().unwrap();
    assert!(wrong.starts_with("y.geojson: ") && wrong.contains("FeatureCollection"), "{wrong}");
    let item = Document::parse("z.geojson", r#"{"type": "FeatureCollection", "features": [{}, 3]}"#).err().unwrap();
    assert_eq!(item, "z.geojson: Eintrag 2 ist kein Objekt {…}");
}

#[test]
fn status_and_counts() {
    let mut d = doc(COMPACT);
    edit(&mut d, 0, |f| f.set("name", Some(json!("A2"))));
    d.put(1, None);
    let key = d.add(new_place());
    let statuses: Vec<Status> = (0..d.len()).map(|k| d.status(k)).collect();
    assert_eq!(statuses, [Status::Changed, Status::Removed, Status::New]);
    assert_eq!((d.counts(), d.is_changed()), (Counts { new: 1, changed: 1, removed: 1 }, true));
    assert_eq!(d.entries().map(|(k, _)| k).collect::<Vec<_>>(), [0, key]);
    assert_eq!((d.status(99), d.get(99)), (Status::Untouched, None));
}
