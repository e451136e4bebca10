//! Keep and carry: the Merkliste held only in the link, up to three places compared side by side,
//! and the print sheet (Merkliste or list) with numbered entries and matching numbered markers,
//! read back from Chromium's own PDF.

use crate::support::{Browser, Env, TestResult, ensure, fail, scratch_dir};
use base64::Engine;

type AnyResult<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

async fn texts(b: &Browser, css: &str) -> AnyResult<Vec<String>> {
    let v = b.js(&format!("return [...document.querySelectorAll({css:?})].map(e => e.textContent.trim())")).await?;
    Ok(v.as_array().unwrap().iter().map(|x| x.as_str().unwrap_or("").to_string()).collect())
}

/// Sample places that have a position and a phone number: (id, name, phone).
fn reachable_places(env: &Env, n: usize) -> Vec<(String, String, String)> {
    env.sample_features()
        .iter()
        .filter(|f| f["geometry"].is_object())
        .filter_map(|f| {
            let p = &f["properties"];
            Some((p["id"].as_str()?.to_string(), p["name"].as_str()?.to_string(), p["phone"].as_str()?.to_string()))
        })
        .take(n)
        .collect()
}

/// Names of the Merkliste's entries, in order.
async fn marked(b: &Browser) -> AnyResult<Vec<String>> {
    texts(b, ".bk-mark-item .bk-mark-text > .bk-link-button").await
}

crate::e2e!(the_merkliste_lives_only_in_the_link_and_compares_up_to_three, DESKTOP);
pub async fn the_merkliste_lives_only_in_the_link_and_compares_up_to_three(env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    ensure!(
        texts(b, ".bk-marks .bk-hint").await?.iter().any(|t| t.starts_with("Noch keine Orte gemerkt")),
        "an empty Merkliste says how to fill it"
    );
    // Mark the first two places of the list from their details.
    let names = texts(b, ".bk-results > .bk-result-list .bk-result-name").await?;
    for name in &names[..2] {
        b.by_role("button", name).await?.click().await?;
        let mark = b.wait_by_role("button", "Merken").await?;
        ensure!(mark.attr("aria-pressed").await?.as_deref() == Some("false"), "not marked yet: {name}");
        mark.click().await?;
        b.wait_until("marked", || async move {
            Ok(b.by_role("button", "Merken").await?.attr("aria-pressed").await?.as_deref() == Some("true"))
        })
        .await?;
        b.press("\u{e00c}").await?;
    }
    b.wait_until("two marked", || async move { Ok(marked(b).await?.len() == 2) }).await?;
    ensure!(marked(b).await? == names[..2], "in the order marked: {:?}", marked(b).await?);
    ensure!(texts(b, ".bk-mark-no").await? == ["1", "2"], "numbered");
    // The link holds the list, by id, in order; nothing is stored on the device.
    let features = env.sample_features();
    let id_of = |name: &str| {
        features
            .iter()
            .find(|f| f["properties"]["name"] == name)
            .and_then(|f| f["properties"]["id"].as_str())
            .unwrap_or_default()
            .to_string()
    };
    let ids: Vec<String> = names[..2].iter().map(|n| id_of(n)).collect();
    ensure!(b.url_param("merk").await? == Some(ids.join(",")), "merk={:?}, ids {ids:?}", b.url_param("merk").await?);
    let stored = b.js("return [document.cookie, localStorage.length, sessionStorage.length]").await?;
    ensure!(stored == serde_json::json!(["", 0, 0]), "nothing stored: {stored}");
    // A shared link brings the same list.
    let query = b.js("return location.search").await?;
    b.open(&format!("/{}", query.as_str().unwrap())).await?;
    b.wait_loaded().await?;
    b.wait_until("the linked list", || async move { Ok(marked(b).await?.len() == 2) }).await?;
    ensure!(marked(b).await? == names[..2], "the same list from the link");
    // Side by side: one column per place, a row per property.
    for c in b.all_by_role("checkbox", |n| n == "Vergleichen").await? {
        c.click().await?;
    }
    b.wait_until("the comparison", || async move { Ok(!texts(b, ".bk-compare thead th").await?.is_empty()) }).await?;
    ensure!(texts(b, ".bk-compare thead th").await? == names[..2], "a column per place");
    let rows = texts(b, ".bk-compare tbody th").await?;
    ensure!(rows.iter().any(|r| r == "Adresse") && rows.iter().any(|r| r == "Jetzt"), "rows: {rows:?}");
    ensure!(
        b.by_role("region", "Vergleich von 2 Orten").await.is_ok(),
        "the comparison is a named region (scrollable by keyboard)"
    );
    // Removing a place takes it off the list, the comparison and the link.
    b.by_role("button", &format!("{} von der Merkliste entfernen", names[0])).await?.click().await?;
    b.wait_until("one left", || async move { Ok(marked(b).await?.len() == 1) }).await?;
    ensure!(b.url_param("merk").await?.as_deref() == Some(ids[1].as_str()), "the link follows");
    ensure!(texts(b, ".bk-compare thead th").await?.is_empty(), "no comparison of one place");
    // Four marked, three compared: the fourth is refused with a reason.
    let four: Vec<String> = reachable_places(env, 4).into_iter().map(|(id, _, _)| id).collect();
    b.open(&format!("/?merk={}", four.join(","))).await?;
    b.wait_loaded().await?;
    b.wait_until("four marked", || async move { Ok(marked(b).await?.len() == 4) }).await?;
    let boxes = b.all_by_role("checkbox", |n| n == "Vergleichen").await?;
    for c in &boxes {
        c.click().await?;
    }
    b.wait_until("three columns", || async move { Ok(texts(b, ".bk-compare thead th").await?.len() == 3) }).await?;
    let checked = b.js("return [...document.querySelectorAll('.bk-mark-tools input')].map(i => i.checked)").await?;
    ensure!(checked == serde_json::json!([true, true, true, false]), "the fourth stays out: {checked}");
    let said = texts(b, ".bk-marks .bk-mark-full").await?.join(" ");
    ensure!(said.contains("höchstens 3 Orte"), "and says why: {said}");
    Ok(())
}

/// The PDF Chromium prints of the page now, as text (pdftotext).
async fn printed_text(b: &Browser, name: &str) -> AnyResult<String> {
    let pdf = b.cdp("Page.printToPDF", serde_json::json!({ "printBackground": true })).await?;
    let Some(data) = pdf["data"].as_str() else { return fail(format!("no PDF: {pdf}")) };
    let bytes = base64::engine::general_purpose::STANDARD.decode(data)?;
    std::fs::create_dir_all(scratch_dir())?;
    let path = scratch_dir().join(format!("{name}.pdf"));
    std::fs::write(&path, bytes)?;
    let out = std::process::Command::new("pdftotext").arg("-layout").arg(&path).arg("-").output()?;
    ensure!(out.status.success(), "pdftotext: {}", String::from_utf8_lossy(&out.stderr));
    Ok(String::from_utf8_lossy(&out.stdout).to_string())
}

crate::e2e!(a_full_merkliste_says_so_and_keeps_its_thirty, DESKTOP);
pub async fn a_full_merkliste_says_so_and_keeps_its_thirty(env: &Env, b: &Browser) -> TestResult {
    let ids: Vec<String> = env
        .sample_features()
        .iter()
        .filter_map(|f| f["properties"]["id"].as_str().map(str::to_string))
        .take(31)
        .collect();
    ensure!(ids.len() == 31, "the sample data has 31 places");
    // A link with 30 marks, and the 31st place open.
    b.open(&format!("/?merk={}&place={}", ids[..30].join(","), ids[30])).await?;
    b.wait_loaded().await?;
    b.wait_until("30 marked", || async move { Ok(marked(b).await?.len() == 30) }).await?;
    let mark = b.wait_by_role("button", "Merken").await?;
    mark.click().await?;
    b.wait_until("the Merkliste says it is full", || async move {
        Ok(texts(b, "[role=dialog] .bk-mark-full")
            .await?
            .iter()
            .any(|t| t.contains("Die Merkliste ist voll (30 Orte)")))
    })
    .await?;
    ensure!(mark.attr("aria-pressed").await?.as_deref() == Some("false"), "the 31st is not marked");
    ensure!(marked(b).await?.len() == 30, "still 30");
    let merk = b.url_param("merk").await?.unwrap_or_default();
    ensure!(merk == ids[..30].join(","), "the link keeps its 30: {merk}");
    // Removing one makes room.
    b.press("\u{e00c}").await?;
    b.c.find(fantoccini::Locator::Css(".bk-mark-item button[aria-label$='von der Merkliste entfernen']"))
        .await?
        .click()
        .await?;
    b.wait_until("29 marked", || async move { Ok(marked(b).await?.len() == 29) }).await?;
    let last = env
        .sample_features()
        .iter()
        .find(|f| f["properties"]["id"] == ids[30].as_str())
        .and_then(|f| f["properties"]["name"].as_str().map(str::to_string))
        .unwrap_or_default();
    b.by_role("button", &last).await?.click().await?;
    b.wait_by_role("button", "Merken").await?.click().await?;
    let last = &last;
    b.wait_until("30 again, the new one last", || async move {
        let now = marked(b).await?;
        Ok(now.len() == 30 && now.last() == Some(last))
    })
    .await?;
    Ok(())
}

crate::e2e!(the_merkliste_and_the_list_print_with_numbered_markers, DESKTOP);
pub async fn the_merkliste_and_the_list_print_with_numbered_markers(env: &Env, b: &Browser) -> TestResult {
    let places = reachable_places(env, 3);
    ensure!(places.len() == 3, "the sample data has places with phones");
    let ids: Vec<&str> = places.iter().map(|(id, _, _)| id.as_str()).collect();
    b.open(&format!("/?merk={}", ids.join(","))).await?;
    b.wait_loaded().await?;
    b.wait_until("three marked", || async move { Ok(marked(b).await?.len() == 3) }).await?;
    b.by_role("button", "Merkliste drucken").await?.click().await?;
    b.wait_until("the sheet", || async move { Ok(b.active_element_name().await? == "Merkliste") }).await?;
    // Nothing under the sheet takes focus or clicks: not the search, not the map, not the list.
    let under = b
        .js("return ['input[type=search]', '.bk-map', '.bk-lang'].every(s => !!document.querySelector(s).closest('[inert]'))")
        .await?;
    ensure!(under == true, "the widget under the sheet is inert");
    // Numbered entries, and a numbered marker for each on the sheet's map, the same numbers.
    let entries = texts(b, ".bk-sheet-name").await?;
    let markers = b.js("return [...document.querySelectorAll('.bk-sheet-marker')].map(g => [g.textContent.trim(), g.dataset.name])").await?;
    for (k, (_, name, _)) in places.iter().enumerate() {
        let n = k + 1;
        ensure!(entries[k] == format!("{n} {name}"), "entry {n}: {:?}", entries[k]);
        ensure!(markers[k] == serde_json::json!([n.to_string(), format!("{n}: {name}")]), "marker {n}: {}", markers[k]);
    }
    // What prints: the sheet only, each place with its number, address and phone.
    let text = printed_text(b, "merkliste").await?;
    ensure!(text.contains("Merkliste"), "the title prints:\n{text}");
    for (k, (_, name, phone)) in places.iter().enumerate() {
        // A long name wraps beside its number: the number starts its line or one next to it.
        let lines: Vec<&str> = text.lines().collect();
        let start: String = name.chars().take(24).collect();
        let at = lines.iter().position(|l| l.contains(start.as_str()));
        let numbered = at.is_some_and(|at| {
            lines[at.saturating_sub(1)..(at + 2).min(lines.len())]
                .iter()
                .any(|l| l.split_whitespace().next() == Some((k + 1).to_string().as_str()))
        });
        ensure!(numbered, "{name} prints with its number {}:\n{text}", k + 1);
        ensure!(text.contains(phone.as_str()), "{name}'s phone {phone} prints:\n{text}");
    }
    ensure!(text.contains("Adresse") && text.contains("Telefon"), "the labels print:\n{text}");
    for not in ["Ergebnisliste", "Vergrößern", "Drucken", "Zurück zur Karte"] {
        ensure!(!text.contains(not), "{not:?} does not print:\n{text}");
    }
    // Back to the map: focus returns to the button that opened the sheet.
    b.by_role("button", "Zurück zur Karte").await?.click().await?;
    b.wait_until("focus back", || async move { Ok(b.active_element_name().await? == "Merkliste drucken") }).await?;
    ensure!(texts(b, ".bk-sheet-name").await?.is_empty(), "the sheet is gone");
    // The result list prints the same way, in its order.
    b.search("Winsen").await?;
    b.wait_until("a shorter list", || async move {
        let n = texts(b, ".bk-results .bk-result-name").await?.len();
        Ok(n > 0 && n < 20)
    })
    .await?;
    let listed = texts(b, ".bk-results .bk-result-name").await?;
    b.by_role("button", "Liste drucken").await?.click().await?;
    b.wait_until("the list sheet", || async move { Ok(b.active_element_name().await? == "Liste der Orte") }).await?;
    let entries = texts(b, ".bk-sheet-name").await?;
    let expected: Vec<String> = listed.iter().enumerate().map(|(k, n)| format!("{} {n}", k + 1)).collect();
    ensure!(entries == expected, "the list's places in its order: {entries:?} vs {expected:?}");
    b.press("\u{e00c}").await?;
    b.wait_until("Escape closes", || async move { Ok(b.active_element_name().await? == "Liste drucken") }).await?;
    Ok(())
}
