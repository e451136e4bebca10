//! What visitors are told about broken or missing files: one plain line per kind of trouble, with
//! what they can do; the editors' details only when the page asks for them (`notices=all`). A
//! file that sends nothing is named at its first time-out; each notice is busy for its own files.

use crate::support::*;
use serde_json::json;

/// Words that belong to the editors' notices, never to a visitor's.
const EDITORS_WORDS: &[&str] = &["Zeile", "Spalte", "Pflichtfeld", "Eintrag 2", "bakery", "404", "JSON", "„id“"];

crate::e2e!(visitors_get_one_plain_line_per_kind_of_trouble, DESKTOP);
pub async fn visitors_get_one_plain_line_per_kind_of_trouble(env: &Env, b: &Browser) -> TestResult {
    b.open("/?config=fixtures/faulty/config.json").await?;
    b.wait_loaded().await?;
    let said = b.alerts().await?;
    let line = |start: &str| said.iter().find(|a| a.starts_with(start)).cloned().unwrap_or_default();
    let missing = line("Einige Orte können gerade nicht angezeigt werden");
    ensure!(missing.contains("missing.geojson") && missing.contains("Erneut versuchen"), "{said:#?}");
    let broken = line("Einige Orte fehlen, weil eine Datei fehlerhaft ist");
    ensure!(
        broken.contains("broken.geojson") && broken.contains("notfc.geojson") && !broken.contains("Erneut versuchen"),
        "a broken file cannot be mended by asking again: {said:#?}"
    );
    ensure!(said.iter().any(|a| a.starts_with("4 Einträge sind unvollständig und werden nicht gezeigt.")), "{said:#?}");
    ensure!(said.len() == 3, "one line per kind of trouble: {said:#?}");
    // Asking again for a file that is still missing says so.
    b.by_role("button", "Erneut versuchen").await?.click().await?;
    let still = |said: &[String]| {
        said.iter().any(|a| a.starts_with("Einige Orte können weiterhin nicht angezeigt werden (missing.geojson)."))
    };
    if b.wait_until("the line to say it is still missing", || async { Ok(still(&b.alerts().await?)) }).await.is_err() {
        return fail(format!("after asking again: {:#?}", b.alerts().await?));
    }
    for w in EDITORS_WORDS {
        ensure!(!said.iter().any(|a| a.contains(w)), "„{w}“ is for editors: {said:#?}");
    }
    // The good places stay.
    ensure!(b.markers().await?.len() == 6, "the six good places are shown");
    b.screenshot(env, "notices-visitor.png").await?;

    // The same page asked for the editors' notices names each file's reason and each entry.
    b.open("/?config=fixtures/faulty/config.json&notices=all").await?;
    b.wait_loaded().await?;
    let said = b.alerts().await?.join("\n");
    for w in ["404", "Zeile 4", "Pflichtfeld „id“ fehlt", "bakery"] {
        ensure!(said.contains(w), "the editors' notices say „{w}“: {said}");
    }
    Ok(())
}

crate::e2e!(a_host_attribute_asks_for_the_editors_notices, DESKTOP);
pub async fn a_host_attribute_asks_for_the_editors_notices(_env: &Env, b: &Browser) -> TestResult {
    // A CMS page of the editors' own that mounts the widget with the editors' attribute.
    let page = host_page(
        "editors-host",
        "",
        r#"data-notices="all" data-config="/fixtures/faulty/config.json" style="height:500px""#,
    )?;
    b.open(&page).await?;
    b.wait_loaded().await?;
    let said = b.alerts().await?.join("\n");
    ensure!(said.contains("Zeile 4") && said.contains("Pflichtfeld"), "the editors' notices: {said}");
    Ok(())
}

crate::e2e!(a_silent_file_is_named_at_its_first_timeout_and_each_notice_is_busy_for_its_own_file, DESKTOP);
pub async fn a_silent_file_is_named_at_its_first_timeout_and_each_notice_is_busy_for_its_own_file(
    env: &Env,
    b: &Browser,
) -> TestResult {
    // Counselling sends nothing (2 s timeout, tried again after 1.5 s); one file is missing (404).
    let started = std::time::Instant::now();
    b.open("/?config=fixtures/slow/silent-404.json&notices=all").await?;
    b.wait_until("both notices", || async {
        let said = b.alerts().await?;
        Ok(said.iter().any(|a| a.contains("beratung.geojson")) && said.iter().any(|a| a.contains("nichtda.geojson")))
    })
    .await?;
    let named_after = started.elapsed().as_secs_f64();
    let buttons = b
        .js("return [...document.querySelectorAll('.bk-notice')].map(n => [n.textContent.includes('beratung') ? 'silent' : 'missing', \
             n.querySelector('.bk-notice-retry').textContent.trim(), n.querySelector('.bk-notice-retry').getAttribute('aria-disabled')])")
        .await?;
    ensure!(
        buttons == json!([["silent", "Wird erneut geladen …", "true"], ["missing", "Erneut versuchen", null]]),
        "only the file tried again is busy: {buttons}"
    );
    ensure!(
        env.server.count("/faulty/silent/e/data/beratung.geojson") <= 1 || named_after < 5.0,
        "named at the first time-out, not after the second ({named_after:.1} s)"
    );
    b.wait_loaded().await?;
    ensure!(b.alerts().await?.len() == 2, "both still named after the second try");
    ensure!(env.server.count("/faulty/silent/e/data/beratung.geojson") == 2, "the silent file was asked twice");

    // A visitor sees one line for both, named by their file names, and may try again.
    b.open("/?config=fixtures/slow/silent-404.json").await?;
    b.wait_loaded().await?;
    let said = b.alerts().await?;
    ensure!(
        said.len() == 1
            && said[0]
                .starts_with("Einige Orte können gerade nicht angezeigt werden (beratung.geojson, nichtda.geojson).")
            && said[0].contains("Erneut versuchen"),
        "{said:#?}"
    );
    Ok(())
}

crate::e2e!(on_a_phone_notices_take_a_fifth_say_there_are_more_and_close, MOBILE);
pub async fn on_a_phone_notices_take_a_fifth_say_there_are_more_and_close(env: &Env, b: &Browser) -> TestResult {
    b.open("/?config=fixtures/faulty/config.json").await?;
    b.wait_loaded().await?;
    let layout = || async {
        b.js("const r = document.querySelector('.bk-root').getBoundingClientRect().height; \
              const n = document.querySelector('.bk-notices').getBoundingClientRect().height; \
              const shown = [...document.querySelectorAll('.bk-notice')].filter(x => x.getClientRects().length > 0).length; \
              return [n / r, shown]")
            .await
    };
    let l = layout().await?;
    eprintln!("notices on a 390x844 phone: {:.1} % of the widget's height", l[0].as_f64().unwrap_or(1.0) * 100.0);
    ensure!(l[0].as_f64().unwrap_or(1.0) <= 0.2 && l[1] == 1, "a fifth of the widget, the first notice: {l}");
    let more = b.by_role("button", "2 weitere Hinweise").await?;
    ensure!(more.attr("aria-expanded").await?.as_deref() == Some("false"), "says it is folded");
    b.screenshot(env, "notices-phone.png").await?;
    more.click().await?;
    b.wait_until("all three", || async { Ok(layout().await?[1] == 3) }).await?;
    ensure!(
        b.by_role("button", "Weniger Hinweise").await?.attr("aria-expanded").await?.as_deref() == Some("true"),
        "unfolded"
    );
    // Each can be closed; the count follows.
    b.all_by_role("button", |n| n == "Hinweis schließen").await?[0].click().await?;
    b.wait_until("one gone", || async { Ok(b.alerts().await?.len() == 2) }).await?;

    // Inside a CMS page's 560 px box, as the issue found it (notices took 250 px there).
    let head = r#"<link rel="stylesheet" href="/demo-host.css">"#;
    let page = host_page("cms-broken", head, r#"data-config="/fixtures/faulty/config.json" style="height:560px""#)?;
    b.open(&page).await?;
    b.wait_loaded().await?;
    b.js("document.querySelector('.bk-root').scrollIntoView()").await?;
    let l = layout().await?;
    eprintln!(
        "notices in a 560 px box on a phone: {:.1} % of the widget's height",
        l[0].as_f64().unwrap_or(1.0) * 100.0
    );
    b.screenshot(env, "notices-phone-cms.png").await?;
    ensure!(l[0].as_f64().unwrap_or(1.0) <= 0.2 && l[1] == 1, "in a 560 px box: {l}");
    ensure!(b.by_role("button", "2 weitere Hinweise").await.is_ok(), "says there are more, in the box too");
    let seen = b
        .js("const m = document.querySelector('.bk-notices-more').getBoundingClientRect(), \
             n = document.querySelector('.bk-notices').getBoundingClientRect(); return m.top >= n.top && m.top + 0.75 * m.height <= n.bottom")
        .await?;
    ensure!(seen == json!(true), "the word that there are more is in sight, not cut off by the fifth");
    Ok(())
}

// A shared link to a place the map does not have (any more): said once every file is read, in
// the visitor's words; the map shows what it has.
crate::e2e!(a_link_to_a_place_the_map_does_not_have_is_said, DESKTOP);
pub async fn a_link_to_a_place_the_map_does_not_have_is_said(_env: &Env, b: &Browser) -> TestResult {
    b.open("/?place=gibt-es-nicht").await?;
    b.wait_loaded().await?;
    let missing = "Den Ort aus dem Link gibt es auf dieser Karte nicht (mehr).";
    b.wait_until("the missing place to be said", || async {
        Ok(b.alerts().await?.iter().any(|a| a.starts_with(missing)))
    })
    .await?;
    ensure!(b.markers().await?.len() >= 10, "the map shows its places");
    ensure!(b.js("return !!document.querySelector('[role=dialog]')").await? == false, "no place is open");
    Ok(())
}
