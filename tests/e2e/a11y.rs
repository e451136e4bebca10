//! Accessibility: axe-core finds nothing at levels A and AA, the keyboard reaches everything, the
//! widget speaks German and English, and it respects reduced motion.

use crate::support::{Browser, ENTER, ESCAPE, Env, TAB, TestResult, ensure, fail, root};
use fantoccini::Locator;
use serde_json::Value;

/// Runs axe-core (from node_modules, injected into the page) for WCAG 2.0/2.1 A and AA.
pub(crate) async fn axe(b: &Browser, when: &str) -> TestResult {
    let path = root().join("node_modules/axe-core/axe.min.js");
    let source =
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e} (run scripts/setup.sh)", path.display()))?;
    b.c.execute(&source, vec![]).await?;
    let v = b
        .js("return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
               .then(r => r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + n.failureSummary).join(' | ')))")
        .await?;
    let violations = v.as_array().cloned().unwrap_or_default();
    ensure!(violations.is_empty(), "axe-core, {when}: {violations:#?}");
    Ok(())
}

crate::e2e!(axe_finds_no_violations_on_desktop, DESKTOP);
pub async fn axe_finds_no_violations_on_desktop(_env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    axe(b, "initial page").await?;
    b.markers().await?[0].click().await?;
    b.wait_until("the panel", || async move { Ok(!b.c.find_all(Locator::Css("[role=dialog]")).await?.is_empty()) })
        .await?;
    axe(b, "details panel open").await?;
    b.press(ESCAPE).await?;
    // Filters (the legend) with a category hidden, and an error notice on screen.
    b.all_by_role("checkbox", |_| true).await?[0].click().await?;
    axe(b, "a category hidden").await?;
    b.open("/?config=fixtures/faulty/config.json").await?;
    b.wait_loaded().await?;
    axe(b, "notices about faulty data").await?;
    crate::langs::choose(b, "en").await?;
    axe(b, "in English").await
}

crate::e2e!(axe_finds_no_violations_on_a_phone, PHONE);
pub async fn axe_finds_no_violations_on_a_phone(_env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    axe(b, "phone, initial").await?;
    b.by_role("button", "Liste").await?.click().await?;
    axe(b, "phone, list").await?;
    b.c.find(Locator::Css(".bk-result-button")).await?.click().await?;
    b.wait_until("the panel", || async move { Ok(!b.c.find_all(Locator::Css("[role=dialog]")).await?.is_empty()) })
        .await?;
    axe(b, "phone, details open").await
}

/// What has focus, as "role: name", and whether a focus indicator is drawn.
async fn focused(b: &Browser) -> Result<(String, bool), Box<dyn std::error::Error + Send + Sync>> {
    let e = b.c.active_element().await?;
    let label = format!("{}: {}", b.role(&e).await?, b.name(&e).await?);
    let visible = b
        .js("const s = getComputedStyle(document.activeElement); return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'")
        .await?
        == Value::Bool(true);
    Ok((label, visible))
}

crate::e2e!(keyboard_alone_reaches_every_function, DESKTOP);
pub async fn keyboard_alone_reaches_every_function(_env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    let mut order = Vec::new();
    let mut seen = Vec::new();
    let mut markers = 0;
    for _ in 0..150 {
        b.press(TAB).await?;
        if b.js("return !document.activeElement || !document.activeElement.closest('.bk-root')").await?
            == Value::Bool(true)
        {
            break; // past the widget's last control
        }
        let (label, visible) = focused(b).await?;
        ensure!(visible, "no visible focus on {label}");
        // Stop when focus comes round again (by element, as two places may share a name).
        let id = b.js("const a = document.activeElement; return a.id || a.outerHTML.slice(0, 120)").await?;
        if seen.contains(&id) {
            break;
        }
        seen.push(id);
        if b.js("return document.activeElement.classList.contains('bk-marker')").await? == Value::Bool(true) {
            markers += 1;
        }
        order.push(label);
    }
    let pos = |prefix: &str| order.iter().position(|l| l.starts_with(prefix));
    let expect = [
        "link: Karte überspringen",
        // The language menu (a disclosure: Chromium's role for its summary).
        "DisclosureTriangle: Deutsch – Sprache (Language)",
        "searchbox: Suche",
        "button: Hintergrundkarte laden",
        "button: Ohne Hintergrundkarte weiter",
        "region: Karte mit",
        "button: Vergrößern",
        "button: Verkleinern",
        "button: Ich bin Schüler:in",
        "checkbox: Schulen und Bildungsträger",
        "button: In meiner Nähe",
    ];
    let mut last = None;
    for e in expect {
        let Some(p) = pos(e) else { return fail(format!("Tab never reaches {e:?}: {order:#?}")) };
        ensure!(last.is_none_or(|l| p > l), "{e:?} comes out of order: {order:#?}");
        last = Some(p);
    }
    ensure!(markers == b.markers().await?.len(), "Tab reaches {markers} markers of {}", b.markers().await?.len());

    // The skip link jumps past the map.
    b.open("/").await?;
    b.wait_loaded().await?;
    b.press(TAB).await?;
    ensure!(focused(b).await?.0 == "link: Karte überspringen", "the skip link comes first");
    b.press(ENTER).await?;
    b.press(TAB).await?;
    ensure!(
        focused(b).await?.0.starts_with("button: Ich bin Schüler:in"),
        "after the skip link Tab goes past the map to the quick entries, not {:?}",
        focused(b).await?.0
    );

    // The map itself: arrows pan, + zooms; a marker opens with Enter and Escape comes back to it.
    b.js("document.querySelector('.bk-map').focus()").await?;
    let zoom = || async {
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(
            b.js("return document.querySelector('.bk-map').dataset.zoom").await?,
        )
    };
    let z0 = zoom().await?;
    b.press("+").await?;
    ensure!(zoom().await? != z0, "+ zooms");
    b.press("-").await?;
    // Zoom buttons and the consent box come first, then the markers.
    let mut marker = String::new();
    for _ in 0..6 {
        b.press(TAB).await?;
        marker = focused(b).await?.0;
        if marker.contains(", ") {
            break;
        }
    }
    ensure!(marker.starts_with("button: ") && marker.contains(", "), "a marker after the controls: {marker}");
    b.press(ENTER).await?;
    b.wait_until("the panel", || async move { Ok(!b.c.find_all(Locator::Css("[role=dialog]")).await?.is_empty()) })
        .await?;
    b.press(TAB).await?;
    ensure!(focused(b).await?.0 == "button: Schließen", "Tab from the heading reaches the close button");
    b.press(ESCAPE).await?;
    ensure!(focused(b).await?.0 == marker, "Escape returns to the marker");
    Ok(())
}

/// Every German UI text (from de.ftl, messages without placeholders) that differs in English.
fn german_only_texts() -> Vec<String> {
    let read = |f: &str| std::fs::read_to_string(root().join("locales").join(f)).unwrap();
    let simple = |src: &str| -> Vec<(String, String)> {
        src.lines()
            .filter_map(|l| l.split_once(" = "))
            .filter(|(k, v)| !k.starts_with(' ') && !v.contains('{') && !k.starts_with('#'))
            .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
            .collect()
    };
    let en = simple(&read("en.ftl"));
    simple(&read("de.ftl"))
        .into_iter()
        .filter(|(k, v)| en.iter().any(|(ek, ev)| ek == k && ev != v) && v.len() > 3)
        .map(|(_, v)| v)
        .collect()
}

crate::e2e!(the_language_switch_changes_every_visible_string, DESKTOP);
pub async fn the_language_switch_changes_every_visible_string(_env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    b.markers().await?[0].click().await?;
    b.wait_until("the panel", || async move { Ok(!b.c.find_all(Locator::Css("[role=dialog]")).await?.is_empty()) })
        .await?;
    crate::langs::choose(b, "en").await?;
    ensure!(
        b.by_role("button", "Zoom in").await.is_ok() && b.by_role("button", "Zoom out").await.is_ok(),
        "zoom buttons in English"
    );
    ensure!(b.by_role("button", "Close").await.is_ok(), "the open panel follows the switch");
    ensure!(b.by_role("checkbox", "Training firms").await.is_ok(), "category labels in English");
    ensure!(!b.all_by_role("region", |n| n.starts_with("Map with")).await?.is_empty(), "map region in English");
    // Every text and every accessible name on the page: no German UI string is left.
    // The widget's own words: text data (place names, descriptions, the config's note) is German
    // whatever the UI language, so it is taken out first.
    let all = b
        .js("const c = document.querySelector('.bk-root').cloneNode(true);
             c.querySelectorAll('[dir=auto], .bk-note, .bk-marker').forEach(e => e.remove());
             return c.textContent + ' ' + [...c.querySelectorAll('[aria-label], [title]')].map(e => (e.getAttribute('aria-label')||'') + ' ' + (e.getAttribute('title')||'')).join(' ')")
        .await?;
    let all = all.as_str().unwrap_or_default();
    let words: Vec<&str> = all.split(|c: char| !c.is_alphanumeric() && c != ':').filter(|w| !w.is_empty()).collect();
    let left: Vec<String> = german_only_texts()
        .into_iter()
        .filter(|g| {
            let first: Vec<&str> =
                g.split(|c: char| !c.is_alphanumeric() && c != ':').filter(|w| !w.is_empty()).collect();
            words.windows(first.len().max(1)).any(|w| w == first.as_slice())
        })
        .collect();
    ensure!(left.is_empty(), "German UI text left after switching to English: {left:?}");
    ensure!(
        b.js("return document.querySelector('.bk-root').lang").await? == Value::String("en".into()),
        "lang attribute follows"
    );
    crate::langs::choose(b, "de").await?;
    ensure!(b.by_role("button", "Vergrößern").await.is_ok(), "and back to German");
    // The page can choose: ?lang=en starts in English.
    b.open("/?lang=en").await?;
    b.wait_loaded().await?;
    b.wait_by_role("button", "Zoom in").await?;
    ensure!(b.by_role("button", "Vergrößern").await.is_err(), "?lang=en starts in English");
    Ok(())
}

crate::e2e!(counts_are_announced_in_a_live_region, DESKTOP);
pub async fn counts_are_announced_in_a_live_region(_env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    // The count's live region (the language menu has one of its own, empty until a language is
    // on its way).
    let status = b.all_by_role("status", |n| n.is_empty()).await?;
    ensure!(!status.is_empty(), "a status region");
    // Every place found, on the map or (without a fixed place) only in the list.
    let found = || async {
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(
            b.js("return document.querySelectorAll('.bk-result').length").await?.as_u64().unwrap_or(0),
        )
    };
    let n = found().await?;
    ensure!(n > b.markers().await?.len() as u64, "the sample has offers without a fixed place");
    let text = || async {
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(
            b.js("return document.querySelector('.bk-status[role=status]').textContent").await?,
        )
    };
    ensure!(text().await? == Value::String(format!("{n} Orte gefunden")), "status after loading: {}", text().await?);
    b.by_role("checkbox", "Ausbildungsbetriebe").await?.click().await?;
    let left = found().await?;
    ensure!(
        text().await? == Value::String(format!("{left} Orte gefunden")),
        "status after filtering: {}",
        text().await?
    );
    Ok(())
}

crate::e2e!(reduced_motion_turns_off_transitions, DESKTOP, &["--force-prefers-reduced-motion"]);
pub async fn reduced_motion_turns_off_transitions(_env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    let d = b.js("return getComputedStyle(document.querySelector('.bk-marker .bk-symbol')).transitionDuration").await?;
    ensure!(d == Value::String("0s".into()), "with prefers-reduced-motion the markers do not animate ({d})");
    Ok(())
}
