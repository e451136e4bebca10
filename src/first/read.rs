//! Reads the config and the data files for the first paint from the browser's own JSON parser,
//! only as far as the first markers need them. Anything the widget would refuse (a config error)
//! makes the first paint step aside, so the widget says what is wrong; a place the widget would
//! leave out for an error in these fields is left out here too.

use super::sketch::{Consent, Dot, Kind, Sketch};
use crate::geo::{LonLat, TileTemplate};
use crate::model::{Area, Basemap, Lang, Look};
use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};

fn get(v: &JsValue, key: &str) -> JsValue {
    if v.is_object() {
        Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    }
}

fn text(v: &JsValue) -> Option<String> {
    v.as_string().map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// A text or a number, as the widget reads an id.
fn scalar(v: &JsValue) -> Option<String> {
    text(v).or_else(|| v.as_f64().filter(|n| n.fract() == 0.0 && n.abs() < 1e15).map(|n| (n as i64).to_string()))
}

/// A plain text (German) or `{"de": …, "en": …}`: the language's, else the German, else the
/// first there is (as `model::Localized::get`).
fn localized(v: &JsValue, lang: Lang) -> Option<String> {
    if let Some(t) = text(v) {
        return Some(t);
    }
    if !v.is_object() || Array::is_array(v) {
        return None;
    }
    text(&get(v, lang.code()))
        .or_else(|| text(&get(v, "de")))
        .or_else(|| Reflect::own_keys(v).ok()?.iter().find_map(|k| text(&Reflect::get(v, &k).ok()?)))
}

/// The language the config asks for (`lang`) and the languages it offers (`languages`; none
/// named: all).
pub fn languages(config: &JsValue) -> (Option<String>, Vec<Lang>) {
    let tags: Vec<String> = array(&get(config, "languages")).iter().filter_map(|t| t.as_string()).collect();
    (text(&get(config, "lang")), crate::model::offered(&tags))
}

fn number(v: &JsValue) -> Option<f64> {
    v.as_f64().filter(|n| n.is_finite())
}

fn pair(v: &JsValue) -> Option<LonLat> {
    let a = v.dyn_ref::<Array>()?;
    let p = LonLat::new(number(&a.get(0))?, number(&a.get(1))?);
    p.is_valid().then_some(p)
}

fn array(v: &JsValue) -> Array {
    v.dyn_ref::<Array>().cloned().unwrap_or_default()
}

/// The config, or `None` where the widget would refuse it or show something the first paint
/// cannot (the widget then starts at once and says what is wrong).
pub fn sketch(config: &JsValue, lang: Lang) -> Option<Sketch> {
    let center = pair(&get(config, "center"))?;
    let zoom = number(&get(config, "zoom")).filter(|z| (0.0..=22.0).contains(z))?;
    let basemap = get(config, "basemap");
    let url = text(&get(&basemap, "url"))?;
    let template = TileTemplate::parse(&url).ok()?;
    let map = Basemap {
        template,
        url,
        attribution: String::new(),
        max_zoom: number(&get(&basemap, "max_zoom")).map_or(18, |z| z.clamp(0.0, 24.0) as u8),
        consent: get(&basemap, "consent").as_bool(),
        provider: text(&get(&basemap, "provider")),
        privacy_url: text(&get(&basemap, "privacy_url")).and_then(|u| crate::model::website_href(&u)),
    };
    let mut kinds = Vec::new();
    for (i, c) in array(&get(config, "categories")).iter().enumerate() {
        let id = text(&get(&c, "id"))?;
        let label = localized(&get(&c, "label"), lang).unwrap_or_else(|| id.clone());
        let color = get(&c, "color").as_string()?;
        if !crate::model::is_css_hex_color(&color) || kinds.iter().any(|k: &Kind| k.id == id) {
            return None;
        }
        let symbol = get(&c, "symbol").as_string().unwrap_or_default();
        kinds.push(Kind { look: Look::from_parts(&symbol, &color, &label, i), id, label });
    }
    let sources: Vec<String> = array(&get(config, "sources")).iter().filter_map(|s| text(&s)).collect();
    if kinds.is_empty() || sources.is_empty() {
        return None;
    }
    let base = get(config, "base");
    Some(Sketch {
        title: localized(&get(config, "title"), lang).unwrap_or_default(),
        note: localized(&get(config, "note"), lang),
        center,
        zoom,
        min_zoom: number(&get(config, "min_zoom")),
        max_zoom: map.max_zoom as f64,
        kinds,
        sources,
        outline: text(&get(&base, "outline")).or_else(|| text(&get(config, "outline"))),
        areas: text(&get(&base, "areas")),
        base_attribution: localized(&get(&base, "attribution"), lang),
        // As `offered` in the config: German and the languages named; all when none are.
        lang_menu: {
            let named: Vec<Lang> =
                array(&get(config, "languages")).iter().filter_map(|t| Lang::from_tag(&t.as_string()?)).collect();
            array(&get(config, "languages")).length() == 0 || named.iter().any(|l| *l != Lang::De)
        },
        consent: map.needs_consent().then(|| Consent { provider: map.provider_name(), privacy_url: map.privacy_url }),
    })
}

/// The places of a data file that the widget would show: a Point in range, an id, a name and a
/// known category.
/// The places of a file, each with its feature (for its details, `super::details`).
pub fn dots(file: &JsValue, sketch: &Sketch, lang: Lang) -> Vec<(Dot, JsValue)> {
    let features = get(file, "features");
    let features = if Array::is_array(&features) { array(&features) } else { Array::of1(file) };
    features
        .iter()
        .filter_map(|f| {
            let geometry = get(&f, "geometry");
            if get(&geometry, "type").as_string().as_deref() != Some("Point") {
                return None;
            }
            let at = pair(&get(&geometry, "coordinates"))?;
            let props = get(&f, "properties");
            let id = match get(&props, "id") {
                v if v.is_undefined() || v.is_null() => scalar(&get(&f, "id")),
                v => scalar(&v),
            }?;
            let name = localized(&get(&props, "name"), lang)?;
            let kind = sketch.kind_of(&text(&get(&props, "category"))?)?;
            Some((Dot { id, name, kind, at }, f))
        })
        .collect()
}

/// Rings of each polygon of a Polygon or MultiPolygon.
fn polygons(geometry: &JsValue) -> Vec<Vec<Vec<LonLat>>> {
    let ring = |r: JsValue| array(&r).iter().filter_map(|p| pair(&p)).collect::<Vec<_>>();
    let polygon = |p: JsValue| array(&p).iter().map(ring).filter(|r| r.len() >= 3).collect::<Vec<_>>();
    let coords = get(geometry, "coordinates");
    let polys = match get(geometry, "type").as_string().as_deref() {
        Some("Polygon") => vec![polygon(coords)],
        Some("MultiPolygon") => array(&coords).iter().map(polygon).collect(),
        _ => Vec::new(),
    };
    polys.into_iter().filter(|p| !p.is_empty()).collect()
}

/// The geometries of a FeatureCollection, a Feature or a bare geometry, with their properties.
fn shapes(file: &JsValue) -> Vec<(JsValue, JsValue)> {
    let features = get(file, "features");
    if Array::is_array(&features) {
        return array(&features).iter().map(|f| (get(&f, "geometry"), get(&f, "properties"))).collect();
    }
    match get(file, "type").as_string().as_deref() {
        Some("Feature") => vec![(get(file, "geometry"), get(file, "properties"))],
        _ => vec![(file.clone(), JsValue::UNDEFINED)],
    }
}

/// The district outline's rings.
pub fn outline(file: &JsValue) -> Vec<Vec<LonLat>> {
    shapes(file).iter().flat_map(|(g, _)| polygons(g)).flatten().collect()
}

/// The municipalities, largest first (as `model::parse_areas` reads them).
pub fn areas(file: &JsValue) -> Vec<Area> {
    let sized = shapes(file)
        .into_iter()
        .filter_map(|(g, props)| {
            let name = text(&get(&props, "name")).or_else(|| text(&get(&props, "GEN")));
            crate::model::area_of(name.unwrap_or_default(), None, pair(&get(&props, "label")), polygons(&g))
        })
        .collect();
    crate::model::largest_first(sized)
}
