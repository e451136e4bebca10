//! Suggestions for the address and the offers: postcodes, towns and municipalities from the base
//! layer's areas and the files themselves, offers already in the data; and the municipality
//! filled in from where the place lies.

use super::state::Editor;
use crate::edit::document::Draft;
use crate::geo::{LonLat, polygon_contains, project};
use leptos::prelude::*;
use serde_json::Value;
use std::collections::BTreeSet;

fn areas() -> std::sync::Arc<Vec<crate::model::Area>> {
    super::map::widget().map(|c| c.data.areas.get_untracked()).unwrap_or_default()
}

/// The municipality the place lies in (its position inside an area), else the area with its
/// postcode or name; left alone when the editor already wrote one.
pub fn fill_municipality(d: &mut Draft) {
    if d.text("municipality").is_some_and(|m| !m.trim().is_empty()) {
        return;
    }
    let areas = areas();
    let inside = d.position.and_then(|[lon, lat]| {
        let p = project(LonLat::new(lon, lat));
        areas.iter().find(|a| {
            let rings: Vec<Vec<crate::geo::Point>> =
                a.rings.iter().map(|r| r.iter().map(|&q| project(q)).collect()).collect();
            polygon_contains(&rings, p)
        })
    });
    let by_code = || {
        let code = d.text("postcode")?.trim().to_string();
        areas.iter().find(|a| a.postcode.as_deref() == Some(code.as_str()))
    };
    let by_name = || {
        let city = d.text("city")?.trim().to_lowercase();
        areas.iter().find(|a| a.name.to_lowercase() == city)
    };
    if let Some(a) = inside.or_else(by_code).or_else(by_name) {
        d.set("municipality", Some(Value::String(a.name.clone())));
    }
}

/// Where a new place started from a postcode or town lies, and the address that goes with it.
pub struct Start {
    pub at: LonLat,
    /// (field, value): postcode, city, municipality as far as they are known.
    pub address: Vec<(&'static str, String)>,
}

/// A typed postcode or town: an area's label point (its postcode and name), else the middle of
/// the places that name it (the first one's address).
pub fn locate(ed: Editor, typed: &str) -> Option<Start> {
    let t = typed.trim().to_lowercase();
    if t.is_empty() {
        return None;
    }
    let areas = areas();
    if let Some(a) = areas.iter().find(|a| {
        a.name.to_lowercase() == t || a.postcode.as_deref() == Some(t.as_str()) || a.name.to_lowercase().starts_with(&t)
    }) {
        let mut address: Vec<(&'static str, String)> = a.postcode.iter().map(|p| ("postcode", p.clone())).collect();
        // A Samtgemeinde is no town of its own: the editor names the member town.
        if !a.name.starts_with("Samtgemeinde") {
            address.push(("city", a.name.clone()));
        }
        address.push(("municipality", a.name.clone()));
        return Some(Start { at: a.label_at, address });
    }
    let (mut lon, mut lat, mut n) = (0.0, 0.0, 0.0);
    let mut address = Vec::new();
    ed.with_docs(|docs| {
        for (_, d) in docs.iter().flat_map(|doc| doc.entries()) {
            let hit = d.text("postcode").is_some_and(|p| p.trim() == t)
                || d.text("city").is_some_and(|c| c.trim().to_lowercase() == t);
            if let (true, Some([x, y])) = (hit, d.position) {
                lon += x;
                lat += y;
                n += 1.0;
                if address.is_empty() {
                    address = ["postcode", "city", "municipality"]
                        .into_iter()
                        .filter_map(|k| d.text(k).map(|v| (k, v.to_string())))
                        .collect();
                }
            }
        }
    });
    (n > 0.0).then(|| Start { at: LonLat::new(lon / n, lat / n), address })
}

fn collect(ed: Editor, key: &str) -> BTreeSet<String> {
    ed.with_docs(|docs| {
        docs.iter()
            .flat_map(|doc| doc.entries())
            .filter_map(|(_, d)| d.text(key).map(|s| s.trim().to_string()))
            .filter(|s| !s.is_empty())
            .collect()
    })
}

/// The address fields' suggestion lists.
#[component]
pub fn Suggestions(ed: Editor) -> impl IntoView {
    let lists = Memo::new(move |_| {
        ed.opened.track();
        let areas = areas();
        let mut codes = collect(ed, "postcode");
        let mut towns = collect(ed, "city");
        let mut municipalities = collect(ed, "municipality");
        for a in areas.iter() {
            codes.extend(a.postcode.clone());
            towns.insert(a.name.clone());
            municipalities.insert(a.name.clone());
        }
        (codes, towns, municipalities)
    });
    let options = |set: BTreeSet<String>| set.into_iter().map(|v| view! { <option value=v></option> }).collect_view();
    view! {
        <datalist id="ed-postcodes">{move || options(lists.get().0)}</datalist>
        <datalist id="ed-towns">{move || options(lists.get().1)}</datalist>
        <datalist id="ed-municipalities">{move || options(lists.get().2)}</datalist>
    }
}

/// Offers already in the files, for the offers' rows.
#[component]
pub fn OfferNames(ed: Editor) -> impl IntoView {
    let names = Memo::new(move |_| {
        ed.opened.track();
        let mut set = BTreeSet::new();
        ed.docs_untracked(|docs| {
            for (_, d) in docs.iter().flat_map(|doc| doc.entries()) {
                if let Some(Value::Array(a)) = d.get("offers") {
                    for o in a {
                        let name = match o {
                            Value::String(s) => Some(s.as_str()),
                            Value::Object(m) => m.get("de").and_then(Value::as_str),
                            _ => None,
                        };
                        set.extend(name.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()));
                    }
                }
            }
        });
        set
    });
    view! {
        <datalist id="ed-offer-names">
            {move || names.get().into_iter().map(|v| view! { <option value=v></option> }).collect_view()}
        </datalist>
    }
}

/// Towns and postcodes a new place can start at.
pub fn towns(ed: Editor) -> Vec<String> {
    let mut set: BTreeSet<String> = areas().iter().map(|a| a.name.clone()).collect();
    set.extend(areas().iter().filter_map(|a| a.postcode.clone()));
    set.extend(collect(ed, "city"));
    set.into_iter().collect()
}
