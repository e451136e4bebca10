//! Finding by where and what: a radius around a typed postcode or town (no geocoder), and
//! professions found in whatever form they are typed.

use crate::support::{Browser, Env, TestResult, ensure, fail};
use fantoccini::Locator;
use serde_json::Value;

type AnyResult<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// The distances the list shows, in km, in list order.
async fn distances(b: &Browser) -> AnyResult<Vec<f64>> {
    let v = b
        .js("return [...document.querySelectorAll('.bk-result-distance')].map(e => parseFloat(e.textContent.replace(/[^0-9,]/g, '').replace(',', '.')))")
        .await?;
    Ok(v.as_array().unwrap().iter().map(|v| v.as_f64().unwrap_or(f64::NAN)).collect())
}

/// Items of the result list proper (not the group of offers without a fixed place).
async fn list_len(b: &Browser) -> AnyResult<usize> {
    Ok(b.js("return document.querySelectorAll('.bk-results > .bk-result-list > .bk-result').length")
        .await?
        .as_u64()
        .unwrap_or(0) as usize)
}

async fn nearby_status(b: &Browser) -> AnyResult<String> {
    Ok(b.js("const s = document.querySelector('.bk-nearby-status'); return s ? s.textContent.trim() : ''")
        .await?
        .as_str()
        .unwrap_or("")
        .to_string())
}

/// Types over what the place field holds and leaves it (Tab), as a visitor who does not pick a
/// suggestion.
async fn type_place(b: &Browser, text: &str) -> TestResult {
    let field = b.by_role("combobox", "PLZ oder Ort").await?;
    field.send_keys("\u{e009}a\u{e000}").await?;
    field.send_keys(text).await?;
    field.send_keys("\u{e004}").await?;
    Ok(())
}

/// Names of the sample places whose offers contain `part`, read from the files themselves.
fn places_offering(env: &Env, part: &str) -> Vec<String> {
    env.sample_features()
        .iter()
        .filter(|f| {
            let offers = f["properties"]["offers"].as_array().cloned().unwrap_or_default();
            // An offer is a text or its translations (with a training year): {"de": …}.
            offers.iter().any(|o| o.as_str().or(o["de"].as_str()).is_some_and(|s| s.contains(part)))
        })
        .map(|f| f["properties"]["name"].as_str().unwrap().to_string())
        .collect()
}

/// Names in the result list (both groups).
async fn listed(b: &Browser) -> AnyResult<Vec<String>> {
    let v = b.js("return [...document.querySelectorAll('.bk-result-name')].map(e => e.textContent)").await?;
    Ok(v.as_array().unwrap().iter().map(|x| x.as_str().unwrap_or("").to_string()).collect())
}

crate::e2e!(a_radius_around_a_typed_town_filters_sorts_and_shows_the_circle, DESKTOP);
pub async fn a_radius_around_a_typed_town_filters_sorts_and_shows_the_circle(_env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    let total = b.markers().await?.len();
    let total_list = list_len(b).await?;
    type_place(b, "tostedt").await?;
    b.wait_until("the radius summary", || async move {
        Ok(nearby_status(b).await?.contains("im Umkreis von 10 km um 21255 Tostedt"))
    })
    .await?;
    // The field shows what was understood; the URL carries it, never a position.
    let value = b.js("return document.querySelector('.bk-nearby input').value").await?;
    ensure!(value == Value::from("21255 Tostedt"), "field shows the place: {value}");
    ensure!(b.url_param("near").await?.as_deref() == Some("21255 Tostedt"), "near in the URL");
    ensure!(b.url_param("km").await?.as_deref() == Some("10"), "km in the URL");
    let d = distances(b).await?;
    let n = list_len(b).await?;
    ensure!(n > 0 && n < total_list, "10 km around Tostedt is a part of the district: {n} of {total_list}");
    ensure!(d.len() == n, "every item says how far: {} of {n}", d.len());
    ensure!(d.iter().all(|&x| x <= 10.0), "all within 10 km: {d:?}");
    ensure!(d.windows(2).all(|w| w[0] <= w[1]), "nearest first: {d:?}");
    let summary = nearby_status(b).await?;
    ensure!(summary.starts_with(&format!("{n} ")), "the summary counts the list: {summary}");
    // The circle, and the place itself, on the map; the map is fitted to the circle.
    ensure!(b.c.find_all(Locator::Css(".bk-radius circle")).await?.len() == 1, "the circle is drawn");
    let marker = b.c.find_all(Locator::Css(".bk-map [role=img][aria-label='21255 Tostedt']")).await?;
    ensure!(marker.len() == 1, "the place is on the map");
    let circle = b.js("const r = document.querySelector('.bk-radius').getBoundingClientRect(); const m = document.querySelector('.bk-map').getBoundingClientRect(); return [r.left - m.left, r.top - m.top, r.right - m.left, r.bottom - m.top, m.width, m.height]").await?;
    let c: Vec<f64> = circle.as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
    ensure!(c[0] >= -2.0 && c[1] >= -2.0 && c[2] <= c[4] + 2.0 && c[3] <= c[5] + 2.0, "the circle fits the map: {c:?}");
    ensure!(c[2] - c[0] > 0.4 * c[4].min(c[5]), "and fills it: {c:?}");
    // The map shows what the list shows.
    let markers = b.markers().await?.len();
    ensure!(markers <= n && markers > 0, "markers {markers} for {n} places in the radius (clusters count less)");
    // A wider radius finds more; the whole district all again, still nearest first.
    b.by_role("combobox", "Umkreis").await?.select_by_value("25").await?;
    b.wait_until("25 km", || async move { Ok(nearby_status(b).await?.contains("25 km")) }).await?;
    let wider = list_len(b).await?;
    ensure!(wider > n, "25 km finds more than 10 km: {wider} vs {n}");
    ensure!(distances(b).await?.iter().all(|&x| x <= 25.0), "within 25 km");
    b.by_role("combobox", "Umkreis").await?.select_by_value("").await?;
    b.wait_until("the whole district", || async move { Ok(list_len(b).await? == total_list) }).await?;
    ensure!(b.url_param("km").await?.is_none(), "no km in the URL for the whole district");
    let d = distances(b).await?;
    ensure!(d.windows(2).all(|w| w[0] <= w[1]), "still nearest first: {d:?}");
    // Removing the place: the list by name, the URL without it, focus back in the field.
    b.by_role("button", "Ort entfernen").await?.click().await?;
    b.wait_until("no place", || async move { Ok(b.url_param("near").await?.is_none()) }).await?;
    ensure!(distances(b).await?.is_empty(), "no distances without a place");
    ensure!(b.active_element_name().await? == "PLZ oder Ort", "focus stays in the field");
    ensure!(b.markers().await?.len() == total, "every marker back");
    Ok(())
}

crate::e2e!(a_postcode_in_a_link_or_typed_and_an_unknown_place, DESKTOP);
pub async fn a_postcode_in_a_link_or_typed_and_an_unknown_place(_env: &Env, b: &Browser) -> TestResult {
    b.open("/?near=21244&km=5").await?;
    b.wait_loaded().await?;
    b.wait_until("the link's place", || async move {
        Ok(nearby_status(b).await?.contains("im Umkreis von 5 km um 21244 Buchholz in der Nordheide"))
    })
    .await?;
    ensure!(distances(b).await?.iter().all(|&x| x <= 5.0), "within 5 km");
    // A place the gazetteer does not know: said plainly, the list left as it was.
    let before = list_len(b).await?;
    type_place(b, "Hamburg").await?;
    b.wait_until("the message", || async move { Ok(nearby_status(b).await?.contains("kennt die Karte nicht")) })
        .await?;
    let said = nearby_status(b).await?;
    ensure!(said.contains("Es gilt weiter: 21244 Buchholz in der Nordheide."), "says what still holds: {said}");
    let field = b.by_role("combobox", "PLZ oder Ort").await?;
    ensure!(field.attr("aria-invalid").await?.as_deref() == Some("true"), "the field is marked invalid");
    let described = b
        .js("const f = document.querySelector('.bk-nearby input'); return f.getAttribute('aria-describedby').split(' ').map(id => document.getElementById(id).textContent).join(' ')")
        .await?;
    let described = described.as_str().unwrap_or_default().to_string();
    ensure!(described.contains("kennt die Karte nicht"), "the message describes the field: {described}");
    ensure!(list_len(b).await? == before, "the list stays");
    // A postcode typed alone.
    type_place(b, "21423").await?;
    b.wait_until("Winsen", || async move { Ok(nearby_status(b).await?.contains("21423 Winsen (Luhe)")) }).await?;
    ensure!(field.attr("aria-invalid").await?.is_none(), "no longer invalid");
    // Suggestions for the field: the municipalities with their postcodes.
    let options = b.js("return document.querySelectorAll('.bk-nearby datalist option').length").await?;
    ensure!(options.as_u64().unwrap_or(0) >= 42, "the 42 municipalities are suggested: {options}");
    Ok(())
}

crate::e2e!(professions_are_found_in_any_form_and_by_synonym, DESKTOP);
pub async fn professions_are_found_in_any_form_and_by_synonym(env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    let everything = listed(b).await?.len();
    // Plural, other gender and the config's synonyms: none of these words is in the data as typed.
    for (query, offered) in [
        ("Kaufleute", "Kaufmann/Kauffrau"),
        ("Hotelfachleute", "Hotelfachmann"),
        ("Mechatronikerinnen", "Mechatroniker:in"),
        ("Kraftfahrzeug", "Kfz-Mechatroniker:in"),
    ] {
        let expected = places_offering(env, offered);
        if expected.is_empty() {
            return fail(format!("the sample data has no {offered}"));
        }
        b.search(query).await?;
        // Every place offering it, and not simply everything (a search that ignored the words).
        let (expected, all) = (&expected, everything);
        b.wait_until(&format!("{query} finds {offered}"), || async move {
            let names = listed(b).await?;
            Ok(names.len() < all && expected.iter().all(|e| names.contains(e)))
        })
        .await?;
    }
    // The offer filter takes typed words too, in any form: "Köchinnen" finds "Koch/Köchin".
    b.open("/").await?;
    b.wait_loaded().await?;
    b.c.find(Locator::Css(".bk-filters summary")).await?.click().await?;
    let field = b.by_role("combobox", "Beruf oder Angebot").await?;
    field.send_keys("Köchinnen").await?;
    field.send_keys("\u{e004}").await?;
    let cooks = places_offering(env, "Koch/Köchin");
    let cooks = &cooks;
    b.wait_until("the cooks", || async move {
        let names = listed(b).await?;
        Ok(names.len() == cooks.len() && cooks.iter().all(|c| names.contains(c)))
    })
    .await?;
    ensure!(b.url_param("offer").await?.as_deref() == Some("Köchinnen"), "the typed words are in the link");
    Ok(())
}

crate::e2e!(offers_without_a_fixed_place_are_listed_apart_never_on_the_map, DESKTOP);
pub async fn offers_without_a_fixed_place_are_listed_apart_never_on_the_map(_env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    // The sample data has two: a telephone number and an (invented) online office hour.
    let section = b.c.wait().for_element(Locator::Css(".bk-remote")).await?;
    let heading = section.find(Locator::Css("h2, h3, h4, [role=heading]")).await?.text().await?;
    ensure!(heading == "Ohne festen Ort", "the group is named: {heading}");
    let names =
        b.js("return [...document.querySelectorAll('.bk-remote .bk-result-name')].map(e => e.textContent)").await?;
    let names: Vec<String> = names.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect();
    ensure!(names.iter().any(|n| n.contains("telefonisch")), "the telephone offer is listed: {names:?}");
    let markers = b.js("return [...document.querySelectorAll('.bk-map [aria-label]')].map(e => e.getAttribute('aria-label')).filter(l => l.includes('telefonisch') || l.includes('Online-Sprechstunde')).length").await?;
    ensure!(markers == Value::from(0), "never on the map");
    // Found by search, and by the way of contact; details without a route.
    b.search("Sprechstunde").await?;
    b.wait_until("the online office hour", || async move {
        Ok(b.js(
            "return [...document.querySelectorAll('.bk-remote .bk-result-name')].map(e => e.textContent).join('|')",
        )
        .await?
            == Value::from("Beispiel: Online-Sprechstunde zur Ausbildungswahl"))
    })
    .await?;
    b.open("/").await?;
    b.wait_loaded().await?;
    b.c.find(Locator::Css(".bk-filters summary")).await?.click().await?;
    b.by_role("checkbox", "Telefon").await?.click().await?;
    b.wait_until("only by telephone", || async move {
        Ok(b.js("return document.querySelectorAll('.bk-result').length").await? == Value::from(1))
    })
    .await?;
    ensure!(b.markers().await?.is_empty(), "nothing on the map");
    b.c.find(Locator::Css(".bk-remote .bk-result-button")).await?.click().await?;
    let dialog = b.c.wait().for_element(Locator::Css("[role=dialog]")).await?;
    let text = dialog.text().await?;
    ensure!(text.contains("Kontaktwege") && text.contains("Telefon"), "the ways of contact: {text}");
    ensure!(dialog.find_all(Locator::Css("a[href*='openstreetmap']")).await?.is_empty(), "no route to nowhere");
    ensure!(!dialog.find_all(Locator::Css("a[href^='tel:']")).await?.is_empty(), "but a number to call");
    Ok(())
}

crate::e2e!(on_a_phone_the_circle_is_fitted_when_the_map_is_shown, MOBILE);
pub async fn on_a_phone_the_circle_is_fitted_when_the_map_is_shown(_env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    // The place is chosen in the list view; the map is hidden meanwhile.
    b.by_role("button", "Liste").await?.click().await?;
    type_place(b, "Tostedt").await?;
    b.wait_until("the radius summary", || async move { Ok(nearby_status(b).await?.contains("um 21255 Tostedt")) })
        .await?;
    b.by_role("button", "Karte").await?.click().await?;
    b.wait_until("the circle fills the map", || async move {
        let c = b.js("const r = document.querySelector('.bk-radius'); const m = document.querySelector('.bk-map').getBoundingClientRect(); if (!r) return 0; const q = r.getBoundingClientRect(); return q.width / Math.min(m.width, m.height)").await?;
        Ok(c.as_f64().unwrap_or(0.0) > 0.5)
    })
    .await?;
    Ok(())
}

/// The legend's counts, added up.
async fn legend_total(b: &Browser) -> AnyResult<u64> {
    let v = b
        .js("return [...document.querySelectorAll('.bk-legend-count')].map(e => parseInt(e.textContent.replace(/[^0-9]/g, '') || '0')).reduce((a, b) => a + b, 0)")
        .await?;
    Ok(v.as_u64().unwrap_or(0))
}

crate::e2e!(the_editors_own_localities_and_counts_within_the_radius, DESKTOP);
pub async fn the_editors_own_localities_and_counts_within_the_radius(_env: &Env, b: &Browser) -> TestResult {
    // A config whose `localities` add two made-up places to the gazetteer.
    b.open("/?config=fixtures/localities/config.json").await?;
    b.wait_loaded().await?;
    let all = b.js("return document.querySelectorAll('.bk-result').length").await?.as_u64().unwrap_or(0);
    ensure!(legend_total(b).await? == all, "the legend counts every place: {all}");
    let options = b.js("return [...document.querySelectorAll('.bk-nearby datalist option')].map(o => o.value)").await?;
    let options: Vec<String> =
        options.as_array().unwrap().iter().map(|o| o.as_str().unwrap_or("").to_string()).collect();
    ensure!(options.iter().any(|o| o == "21279 Testdorf am Wald"), "an editors' entry is suggested: {options:?}");
    type_place(b, "testweiler").await?;
    b.wait_until("the editors' place", || async move {
        Ok(nearby_status(b).await?.contains("im Umkreis von 10 km um Testweiler"))
    })
    .await?;
    type_place(b, "Testdorf am Wald").await?;
    b.wait_until("the other one", || async move {
        Ok(nearby_status(b).await?.contains("im Umkreis von 10 km um 21279 Testdorf am Wald"))
    })
    .await?;
    ensure!(b.url_param("near").await?.as_deref() == Some("21279 Testdorf am Wald"), "in the URL");
    // The legend counts what the radius leaves, as the list does (with the offers without a place).
    let shown = b.js("return document.querySelectorAll('.bk-result').length").await?.as_u64().unwrap_or(0);
    ensure!(shown > 0 && shown < all, "10 km around it is a part: {shown} of {all}");
    b.wait_until("the legend follows the radius", || async move { Ok(legend_total(b).await? == shown) }).await?;
    Ok(())
}
