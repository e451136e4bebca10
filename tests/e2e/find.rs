//! Finding places: search, filters, the list, shareable links, near me, directions, clusters.

use crate::support::{Browser, ESCAPE, Env, TestResult, ensure};
use fantoccini::Locator;
use serde_json::Value;

async fn names(b: &Browser, css: &str) -> Result<Vec<String>, Box<dyn std::error::Error + Send + Sync>> {
    let v = b.js(&format!("return [...document.querySelectorAll('{css}')].map(e => e.getAttribute('aria-label') || e.textContent.trim())")).await?;
    Ok(v.as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_string()).collect())
}

async fn list_names(b: &Browser) -> Result<Vec<String>, Box<dyn std::error::Error + Send + Sync>> {
    names(b, ".bk-result-name").await
}

async fn status(b: &Browser) -> Result<String, Box<dyn std::error::Error + Send + Sync>> {
    Ok(b.js("return document.querySelector('.bk-status [role=status], .bk-status').textContent")
        .await?
        .as_str()
        .unwrap_or("")
        .trim()
        .to_string())
}

crate::e2e!(search_is_tolerant_and_updates_map_list_and_count, DESKTOP, core);
pub async fn search_is_tolerant_and_updates_map_list_and_count(_env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    let all = list_names(b).await?.len();
    for (query, expect) in [
        ("gaertner", "Gärtner"),
        ("GÄRTNER", "Gärtner"),
        ("einzelh", "Einzelhandel"),
        ("garten und landschaftsbau", "Garten- und Landschaftsbau"),
        ("Buergerweide", "Berufsbildende Schulen Winsen"),
    ] {
        b.search(query).await?;
        // Some places, not all: a search that ignored its words would not get past this.
        b.wait_until("search results", || async move {
            let n = list_names(b).await?.len();
            Ok(n > 0 && n < all)
        })
        .await?;
        let list = list_names(b).await?;
        let markers = b.markers().await?.len();
        if markers != list.len() {
            let drawn = b.js("return [...document.querySelectorAll('.bk-marker')].map(m => m.getAttribute('aria-label')).join(' | ')").await?;
            return crate::support::fail(format!(
                "{query}: {markers} markers but {} list items: {list:?}; markers: {drawn}",
                list.len()
            ));
        }
        // Exactly this count, in the singular for one place.
        let expected =
            if list.len() == 1 { "1 Ort gefunden".to_string() } else { format!("{} Orte gefunden", list.len()) };
        ensure!(status(b).await? == expected, "{query}: status {:?}, expected {expected:?}", status(b).await?);
        // Every hit really is about the query (name, offers, address): open the first and look.
        let first = b.c.find(Locator::Css(".bk-result-button")).await?;
        first.click().await?;
        let dialog = b.c.wait().for_element(Locator::Css("[role=dialog]")).await?;
        let all = dialog.text().await?;
        ensure!(all.contains(expect), "{query}: first hit does not mention {expect}: {all}");
        b.press(ESCAPE).await?;
    }
    b.search("gibtesnicht").await?;
    b.wait_until("no results", || async move { Ok(b.markers().await?.is_empty()) }).await?;
    ensure!(status(b).await? == "0 Orte gefunden", "status {:?}", status(b).await?);
    ensure!(b.c.find(Locator::Css(".bk-empty")).await?.text().await?.contains("Keine Orte"), "empty list says so");
    Ok(())
}

crate::e2e!(filters_narrow_markers_and_list_with_counts, DESKTOP);
pub async fn filters_narrow_markers_and_list_with_counts(_env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    let total = b.markers().await?.len();
    // Quick entry: newcomers.
    b.by_role("button", "Neu in Deutschland").await?.click().await?;
    let n = b.markers().await?.len();
    ensure!(n > 0 && n < total, "quick entry narrows ({n} of {total})");
    ensure!(
        list_names(b).await?.iter().any(|x| x.contains("Migrationsberatung")),
        "newcomers find the Migrationsberatung"
    );
    ensure!(
        b.js("return document.querySelector('.bk-quick[aria-pressed=true]').textContent").await?
            == Value::String("Neu in Deutschland".into()),
        "pressed"
    );
    b.by_role("button", "Alle Filter zurücksetzen").await?.click().await?;
    ensure!(b.markers().await?.len() == total, "reset brings all back");

    // Town: the option's count is what choosing it leaves.
    b.js("document.querySelector('details.bk-filters').open = true").await?;
    let select = b.c.find(Locator::Css("select[id$=town]")).await?;
    let option = b.js("const o = [...document.querySelectorAll('select[id$=town] option')].find(o => o.value.includes('Tostedt')); return [o.value, o.textContent]").await?;
    let (value, label) = (option[0].as_str().unwrap().to_string(), option[1].as_str().unwrap().to_string());
    let expected: usize = label.rsplit('(').next().unwrap().trim_end_matches(')').parse()?;
    select.select_by_value(&value).await?;
    let n = b.markers().await?.len();
    ensure!(n == expected, "{label}: {n} markers");
    ensure!(list_names(b).await?.len() == n, "the list follows");
    // Audience on top: the checkbox's count predicts the result.
    let pupils = b.by_role("checkbox", "Schüler:innen").await?;
    let count_id = pupils.attr("aria-describedby").await?.unwrap_or_default();
    let predicted = b.c.find(Locator::Id(&count_id)).await?.text().await?;
    pupils.click().await?;
    let n2 = b.markers().await?.len();
    ensure!(predicted.starts_with(&format!("{n2} ")), "audience count {predicted} vs {n2}");
    b.by_role("button", "Zielgruppe zurücksetzen").await?.click().await?;
    ensure!(b.markers().await?.len() == n, "per-filter clear");
    // Categories combine with the rest.
    b.by_role("checkbox", "Ausbildungsbetriebe").await?.click().await?;
    let n3 = b.markers().await?.len();
    ensure!(n3 < n, "hiding firms narrows the town's places");
    Ok(())
}

crate::e2e!(list_and_map_select_each_other, DESKTOP);
pub async fn list_and_map_select_each_other(_env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    let list = b.all_by_role("list", |_| true).await?;
    ensure!(!list.is_empty(), "the results are a real list");
    let item = b.c.find(Locator::Css(".bk-result-button")).await?;
    let name = item.find(Locator::Css(".bk-result-name")).await?.text().await?;
    item.click().await?;
    let dialog = b.wait_by_role("dialog", name.trim()).await?;
    ensure!(dialog.find(Locator::Css("h2")).await?.text().await? == name.trim(), "the list opens the same panel");
    // The map moved to the place: its marker is on screen and marked active.
    let active = b.js("const m = document.querySelector('.bk-marker--active'); if (!m) return false; const r = m.getBoundingClientRect(), v = document.querySelector('.bk-map').getBoundingClientRect(); return r.left >= v.left && r.right <= v.right && r.top >= v.top && r.bottom <= v.bottom").await?;
    ensure!(active == Value::Bool(true), "the place's marker is active and visible");
    b.press(ESCAPE).await?;
    let focus = b.js("return document.activeElement.classList.contains('bk-result-button')").await?;
    ensure!(focus == Value::Bool(true), "closing returns focus to the list item");
    // Map → list: opening a marker marks its list item.
    let visible = b
        .js("const v = document.querySelector('.bk-map').getBoundingClientRect(); const d = document.querySelector('.bk-details');
             const hide = d ? d.getBoundingClientRect() : null;
             return [...document.querySelectorAll('.bk-marker')].findIndex(m => { const r = m.getBoundingClientRect();
               return r.left > v.left + 60 && r.right < v.right - 10 && r.top > v.top + 10 && r.bottom < v.bottom - 30 && !m.classList.contains('bk-marker--active')
                 && (!hide || r.right < hide.left); })")
        .await?
        .as_i64()
        .unwrap_or(-1);
    ensure!(visible >= 0, "a marker in view");
    let m = b.markers().await?.into_iter().nth(visible as usize).unwrap();
    let label = b.name(&m).await?;
    m.click().await?;
    b.wait_until("panel", || async move { Ok(!b.c.find_all(Locator::Css("[role=dialog]")).await?.is_empty()) }).await?;
    let current = b.js("const c = document.querySelector('.bk-result-button[aria-current=true] .bk-result-name'); return c ? c.textContent.trim() : null").await?;
    ensure!(current.as_str().is_some_and(|c| label.starts_with(c)), "list item of {label} is current: {current}");
    // Only the places in the map view.
    b.press(ESCAPE).await?;
    b.by_role("checkbox", "Nur Orte im Kartenausschnitt").await?.click().await?;
    for _ in 0..3 {
        b.by_role("button", "Vergrößern").await?.click().await?;
    }
    let in_view = list_names(b).await?.len();
    ensure!(in_view < 62, "the list shrinks to the view ({in_view})");
    Ok(())
}

crate::e2e!(a_shared_link_restores_view_filters_and_place, DESKTOP);
pub async fn a_shared_link_restores_view_filters_and_place(_env: &Env, b: &Browser) -> TestResult {
    b.open("/?q=buchholz&aud=adults&place=kvhs-harburg&z=12&at=9.88,53.33").await?;
    b.wait_loaded().await?;
    let dialog = b.wait_by_role("dialog", "Kreisvolkshochschule (KVHS) Landkreis Harburg").await?;
    let _ = dialog;
    let q = b.js("return document.querySelector('input[type=search]').value").await?;
    ensure!(q == Value::String("buchholz".into()), "search restored: {q}");
    ensure!(
        b.js("return document.querySelector('.bk-map').dataset.zoom").await? == Value::String("12".into()),
        "zoom restored"
    );
    let hits = list_names(b).await?;
    ensure!(
        !hits.is_empty() && status(b).await? == format!("{} Orte gefunden", hits.len()),
        "filters restored: {hits:?}"
    );
    // Opened by the link, the place has no focus in it; Escape on the page closes it all the same.
    b.press(ESCAPE).await?;
    b.wait_until("Escape to close the linked place", || async move {
        Ok(b.c.find_all(Locator::Css("[role=dialog]")).await?.is_empty())
    })
    .await?;
    b.c.back().await?;
    b.wait_by_role("dialog", "Kreisvolkshochschule (KVHS) Landkreis Harburg").await?;
    let adults = b
        .by_role("checkbox", "Erwachsene")
        .await
        .map_err(|e| format!("the filters open when a link sets them: {e}"))?;
    ensure!(adults.prop("checked").await?.as_deref() == Some("true"), "the audience filter is restored");
    // Back and forward walk through meaningful steps.
    b.by_role("button", "Schließen").await?.click().await?;
    b.wait_until("url without place", || async move { Ok(!b.c.current_url().await?.as_str().contains("place=")) })
        .await?;
    b.by_role("button", "Alle Filter zurücksetzen").await?.click().await?;
    b.wait_until("url without filters", || async move { Ok(!b.c.current_url().await?.as_str().contains("q=")) })
        .await?;
    b.c.back().await?;
    b.wait_until("filters back", || async move {
        Ok(b.js("return document.querySelector('input[type=search]').value").await? == Value::String("buchholz".into()))
    })
    .await?;
    b.c.back().await?;
    b.wait_until(
        "the place back",
        || async move { Ok(!b.c.find_all(Locator::Css("[role=dialog]")).await?.is_empty()) },
    )
    .await?;
    b.c.forward().await?;
    b.wait_until("closed again", || async move { Ok(b.c.find_all(Locator::Css("[role=dialog]")).await?.is_empty()) })
        .await?;
    Ok(())
}

crate::e2e!(a_search_typed_letter_by_letter_is_one_step_of_history, DESKTOP);
pub async fn a_search_typed_letter_by_letter_is_one_step_of_history(_env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    let steps = || async { b.js("return history.length").await };
    let before = steps().await?;
    let search = b.c.find(Locator::Css("input[type=search]")).await?;
    // Each letter on its own, as a visitor types: the address follows each one.
    for (i, letter) in "Winsen".char_indices() {
        search.send_keys(&letter.to_string()).await?;
        let typed = format!("q={}", &"Winsen"[..i + 1]);
        b.wait_until("the address to follow the letter", || {
            let typed = typed.clone();
            async move { Ok(b.c.current_url().await?.as_str().contains(&typed)) }
        })
        .await?;
    }
    let after = steps().await?;
    ensure!(
        after.as_i64() == before.as_i64().map(|n| n + 1),
        "typing a search adds one step to the history: {before} → {after}"
    );
    b.c.back().await?;
    b.wait_until("back before the search", || async move {
        Ok(!b.c.current_url().await?.as_str().contains("q=")
            && b.js("return document.querySelector('input[type=search]').value").await? == Value::String(String::new()))
    })
    .await?;
    Ok(())
}

crate::e2e!(near_me_sorts_by_distance_or_says_why_not, DESKTOP);
pub async fn near_me_sorts_by_distance_or_says_why_not(_env: &Env, b: &Browser) -> TestResult {
    // Granted: a position at the BBS Winsen.
    b.geolocation(true, 10.2242, 53.3642).await?;
    b.open("/").await?;
    b.wait_loaded().await?;
    b.by_role("button", "In meiner Nähe").await?.click().await?;
    b.wait_until("sorted by distance", || async move {
        Ok(b.js("const d = document.querySelector('.bk-result-distance'); return !!d").await? == Value::Bool(true))
    })
    .await?;
    let first = list_names(b).await?.into_iter().next().unwrap_or_default();
    ensure!(first.starts_with("Berufsbildende Schulen Winsen"), "nearest first: {first}");
    let d: Vec<f64> = b
        .js("return [...document.querySelectorAll('.bk-result-distance')].map(e => parseFloat(e.textContent.replace(/[^0-9,]/g, '').replace(',', '.')))")
        .await?
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap_or(f64::NAN))
        .collect();
    ensure!(d.windows(2).all(|w| w[0] <= w[1]), "distances ascend: {d:?}");
    let marker = b.c.find_all(Locator::Css(".bk-map [role=img][aria-label='Ihr Standort']")).await?;
    ensure!(marker.len() == 1, "the position is on the map");
    // Denied: a plain message, the map carries on.
    b.geolocation(false, 0.0, 0.0).await?;
    b.open("/").await?;
    b.wait_loaded().await?;
    b.by_role("button", "In meiner Nähe").await?.click().await?;
    b.wait_until("the message", || async move { Ok(b.all_by_role("alert", |_| true).await?.len() == 1) }).await?;
    let alert = b.all_by_role("alert", |_| true).await?[0].text().await?;
    ensure!(alert.contains("nicht verfügbar (nicht freigegeben)"), "says so plainly, and why: {alert}");
    ensure!(!alert.contains("denied") && !alert.contains("error"), "never the browser's English text: {alert}");
    ensure!(b.markers().await?.len() == 62, "and carries on");
    Ok(())
}

crate::e2e!(directions_link_to_hvv_and_osm_with_the_address, DESKTOP);
pub async fn directions_link_to_hvv_and_osm_with_the_address(_env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    b.search("Bürgerweide").await?;
    b.c.find(Locator::Css(".bk-result-button")).await?.click().await?;
    let dialog = b.c.wait().for_element(Locator::Css("[role=dialog]")).await?;
    let hvv = dialog.find(Locator::Css("a[href*='hvv.de']")).await?.attr("href").await?.unwrap_or_default();
    ensure!(hvv.contains("B%C3%BCrgerweide%2020") && hvv.contains("21423"), "HVV link carries the address: {hvv}");
    let osm = dialog
        .find(Locator::Css("a[href*='openstreetmap.org/directions']"))
        .await?
        .attr("href")
        .await?
        .unwrap_or_default();
    ensure!(osm.contains("53.364249") && osm.contains("10.224183"), "OSM link to the place: {osm}");
    ensure!(b.all_by_role("button", |n| n == "Link kopieren").await?.len() == 1, "a copy-link action");
    Ok(())
}

crate::e2e!(clusters_group_many_places_and_open_by_zoom, DESKTOP);
pub async fn clusters_group_many_places_and_open_by_zoom(env: &Env, b: &Browser) -> TestResult {
    b.open("/?config=synthetic-3k/config.json").await?;
    b.wait_loaded().await?;
    let _ = env;
    let clusters = b
        .all_by_role("button", |n| n.contains(" Orte: ") && n.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .await?;
    ensure!(!clusters.is_empty(), "clusters for 3000 places");
    let total: usize = {
        let mut t = 0;
        for c in &clusters {
            t += b.name(c).await?.split(' ').next().unwrap().replace('.', "").parse::<usize>()?;
        }
        t + b.markers().await?.len()
    };
    ensure!(total <= 3000 && total > 100, "cluster counts plus single markers in view: {total}");
    let z0 = b.js("return Number(document.querySelector('.bk-map').dataset.zoom)").await?.as_f64().unwrap();
    clusters[0].click().await?;
    b.wait_until("zoom in", || async move {
        Ok(b.js("return Number(document.querySelector('.bk-map').dataset.zoom)").await?.as_f64().unwrap() > z0)
    })
    .await?;
    ensure!(status(b).await? == "3.000 Orte gefunden", "count in German format: {:?}", status(b).await?);
    Ok(())
}
