//! The visitor's language (issue 26): every language of the menu speaks its own sentences and
//! fits the phone and the desktop; Arabic and Persian run right to left in the widget only (never
//! the host page, never the map); a Ukrainian browser starts in Ukrainian; each language's word
//! for "apprenticeship" finds what "Ausbildung" finds; data without a translation stands in
//! German, marked as German. Screenshots of each language go to tests/artifacts/.

use crate::a11y::axe;
use crate::support::{Browser, Env, TestResult, ensure, fail, root};
use serde_json::Value;
use std::collections::BTreeSet;

/// Every language but German, as the menu offers them.
const CODES: [&str; 7] = ["de-x-ls", "en", "uk", "ar", "tr", "ru", "fa"];

/// The messages of a language's file whose text has no placeholder, as key and text.
fn messages(code: &str) -> Vec<(String, String)> {
    let path = root().join("locales").join(format!("{code}.ftl"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter_map(|l| l.split_once(" = "))
        .filter(|(k, v)| !k.starts_with([' ', '#']) && !v.contains('{'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect()
}

/// What `key` says in the language `code`.
pub(crate) fn said(code: &str, key: &str) -> String {
    messages(code).into_iter().find(|(k, _)| k == key).map(|(_, v)| v).unwrap_or_else(|| panic!("{code}: {key}"))
}

/// German UI texts that the language `code` says otherwise (longer than three letters).
fn german_only(code: &str) -> Vec<String> {
    let other = messages(code);
    messages("de")
        .into_iter()
        .filter(|(k, v)| v.chars().count() > 3 && other.iter().any(|(ok, ov)| ok == k && ov != v))
        .map(|(_, v)| v)
        .collect()
}

/// Each language's name in itself, as the menu shows it.
fn own_name(code: &str) -> &'static str {
    match code {
        "de" => "Deutsch",
        "de-x-ls" => "Leichte Sprache",
        "en" => "English",
        "uk" => "Українська",
        "ar" => "العربية",
        "tr" => "Türkçe",
        "ru" => "Русский",
        "fa" => "فارسی",
        _ => panic!("no language {code}"),
    }
}

/// Chooses a language from the menu, as a visitor does (open it, press the language's own name),
/// and waits until the widget speaks it.
pub async fn choose(b: &Browser, code: &str) -> TestResult {
    let menu = b.c.find(fantoccini::Locator::Css(".bk-lang summary")).await?;
    let name = b.name(&menu).await?;
    ensure!(name.contains("Language"), "the language menu's name says Language too: {name:?}");
    menu.click().await?;
    // The open list lies within the widget, every language in sight (a phone, right to left).
    let out = b
        .js("const r = document.querySelector('.bk-root').getBoundingClientRect();
             return [...document.querySelectorAll('.bk-lang-option')].filter(o => o.checkVisibility())
               .map(o => o.getBoundingClientRect()).filter(q => q.left < r.left || q.right > r.right + 0.5
                 || q.top < 0 || q.bottom > innerHeight).length")
        .await?;
    ensure!(out == 0, "{out} languages of the open menu stick out of the widget");
    b.by_role("button", own_name(code)).await?.click().await?;
    speaks(b, code).await?;
    ensure!(
        b.js("return !document.querySelector('.bk-lang').open").await? == Value::Bool(true),
        "the menu closes on a choice"
    );
    Ok(())
}

/// Waits until the widget speaks `code` (its sentences are fetched when it starts in another
/// language than German).
pub async fn speaks(b: &Browser, code: &str) -> TestResult {
    let script = format!("return document.querySelector('.bk-root').lang === '{code}'");
    b.wait_until(&format!("the widget in {code}"), || {
        let script = script.clone();
        async move { Ok(b.js(&script).await? == Value::Bool(true)) }
    })
    .await
}

/// The widget's own words on screen and in accessible names: data (marked `dir="auto"`), the
/// config's note and the markers' names are taken out first, and so is what stands in brackets
/// (the German word a newcomer meets at the counter: "професійне навчання (Ausbildung)").
async fn ui_words(b: &Browser) -> Result<Vec<String>, Box<dyn std::error::Error + Send + Sync>> {
    let all = b
        .js("const c = document.querySelector('.bk-root').cloneNode(true);
             c.querySelectorAll('[dir=auto], .bk-note, .bk-marker, select option').forEach(e => e.remove());
             const all = c.textContent + ' ' + [...c.querySelectorAll('[aria-label], [title]')].map(e => (e.getAttribute('aria-label')||'') + ' ' + (e.getAttribute('title')||'')).join(' ');
             return all.replace(/\\([^)]*\\)/g, ' ')")
        .await?;
    Ok(all
        .as_str()
        .unwrap_or_default()
        .split(|c: char| !c.is_alphanumeric() && c != ':')
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect())
}

/// Nothing of the widget sticks out of its box or out of a control: the widget does not scroll
/// sideways, and no visible control reaches past the widget's edges.
async fn nothing_cut(b: &Browser, code: &str) -> TestResult {
    let out = b
        .js("const root = document.querySelector('.bk-root'); const r = root.getBoundingClientRect();
             const bad = [...root.querySelectorAll('button, select, label, input, a, h1, h2, h3, .bk-status')]
               .filter(e => e.checkVisibility({ visibilityProperty: true })
                  && !e.closest('.bk-sr-only, .bk-skip, .bk-pane, [inert]'))
               .filter(e => { const q = e.getBoundingClientRect(); return q.width > 0 && (q.left < r.left - 1 || q.right > r.right + 1); })
               .map(e => e.className + ': ' + (e.textContent || '').trim().slice(0, 40));
             if (root.scrollWidth > root.clientWidth + 1) bad.push('the widget scrolls sideways');
             return bad")
        .await?;
    match out.as_array() {
        Some(a) if a.is_empty() => Ok(()),
        _ => fail(format!("{code}: cut or overflowing: {out}")),
    }
}

async fn each_language_speaks_its_own(env: &Env, b: &Browser, size: &str) -> TestResult {
    b.open("/?place=bbs-winsen").await?;
    b.wait_loaded().await?;
    b.wait_until("the place's details", || async move {
        Ok(!b.c.find_all(fantoccini::Locator::Css("[role=dialog]")).await?.is_empty())
    })
    .await?;
    for code in CODES {
        choose(b, code).await?;
        // The zoom buttons, the open place's close button and the map's name are in the language.
        for key in ["zoom-in", "zoom-out", "close"] {
            let name = said(code, key);
            if b.by_role("button", &name).await.is_err() {
                return fail(format!("{code}: no button named {name:?} ({key})"));
            }
        }
        let dir = b.js("return [document.querySelector('.bk-root').dir, document.documentElement.dir]").await?;
        let rtl = matches!(code, "ar" | "fa");
        ensure!(dir[0] == if rtl { "rtl" } else { "ltr" } && dir[1] == "", "{code}: dir of widget and page: {dir}");
        // No German sentence is left (Leichte Sprache is German: its own words are checked above).
        if code != "de-x-ls" {
            let words = ui_words(b).await?;
            let left: Vec<String> = german_only(code)
                .into_iter()
                .filter(|g| {
                    let first: Vec<&str> =
                        g.split(|c: char| !c.is_alphanumeric() && c != ':').filter(|w| !w.is_empty()).collect();
                    words.windows(first.len().max(1)).any(|w| w.iter().zip(&first).all(|(a, b)| a == b))
                })
                .collect();
            ensure!(left.is_empty(), "{code}: German UI text left: {left:?}");
        }
        nothing_cut(b, code).await?;
        axe(b, &format!("in {code} ({size})")).await?;
        b.screenshot(env, &format!("lang-{code}-{size}.png")).await?;
    }
    choose(b, "de").await?;
    ensure!(b.by_role("button", "Vergrößern").await.is_ok(), "and back to German");
    Ok(())
}

crate::e2e!(every_language_from_the_menu_speaks_its_own_on_a_desktop, DESKTOP);
pub async fn every_language_from_the_menu_speaks_its_own_on_a_desktop(env: &Env, b: &Browser) -> TestResult {
    each_language_speaks_its_own(env, b, "1280").await
}

crate::e2e!(every_language_from_the_menu_speaks_its_own_on_a_phone, MOBILE);
pub async fn every_language_from_the_menu_speaks_its_own_on_a_phone(env: &Env, b: &Browser) -> TestResult {
    each_language_speaks_its_own(env, b, "390").await
}

crate::e2e!(arabic_mirrors_the_widget_not_the_map_or_the_page, DESKTOP);
pub async fn arabic_mirrors_the_widget_not_the_map_or_the_page(env: &Env, b: &Browser) -> TestResult {
    b.open("/?lang=ar").await?;
    b.wait_loaded().await?;
    speaks(b, "ar").await?;
    let v = b
        .js("const q = s => document.querySelector(s).getBoundingClientRect();
             const side = q('.bk-side'), map = q('.bk-map'), zoom = q('.bk-controls');
             return [document.querySelector('.bk-root').dir, getComputedStyle(document.body).direction,
                     side.right <= map.left + 1, zoom.left > map.left + map.width / 2,
                     getComputedStyle(document.querySelector('.bk-pane')).direction]")
        .await?;
    ensure!(v[0] == "rtl", "the widget is right to left: {v}");
    ensure!(v[1] == "ltr", "the page around it is not: {v}");
    ensure!(v[2] == true, "the side panel sits on the left: {v}");
    ensure!(v[3] == true, "the zoom buttons sit on the right: {v}");
    ensure!(v[4] == "ltr", "the map itself is not mirrored: {v}");
    // A place at the map's left edge, where the details open in Arabic: the map moves it beside them.
    let left = b
        .js("const m = [...document.querySelectorAll('.bk-map button.bk-marker')]
               .sort((a, c) => a.getBoundingClientRect().left - c.getBoundingClientRect().left)[0];
             m.click(); return m.id")
        .await?;
    let left = left.as_str().unwrap_or_default().to_string();
    let script = format!(
        "const d = document.querySelector('.bk-details'), m = document.getElementById('{left}');
         if (!d || !m) return null; const q = d.getBoundingClientRect(), r = m.getBoundingClientRect();
         return r.left >= q.right || r.right <= q.left"
    );
    b.wait_until("the place beside its details", || {
        let script = script.clone();
        async move { Ok(b.js(&script).await? == Value::Bool(true)) }
    })
    .await?;
    b.screenshot(env, "lang-ar-rtl.png").await?;
    // Inside a host page: the page keeps its direction, both widgets turn.
    b.open("/demo-host.html?lang=ar").await?;
    b.wait_until("both widgets in Arabic", || async move {
        Ok(b.js("const r = [...document.querySelectorAll('.bk-root')]; return r.length === 2 && r.every(x => x.dir === 'rtl' && x.lang === 'ar') && getComputedStyle(document.body).direction === 'ltr' && !document.documentElement.dir").await?
            == Value::Bool(true))
    })
    .await
}

crate::e2e!(a_ukrainian_browser_starts_in_ukrainian, DESKTOP, &["--accept-lang=uk-UA,uk"]);
pub async fn a_ukrainian_browser_starts_in_ukrainian(_env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    speaks(b, "uk").await?;
    ensure!(b.by_role("button", &said("uk", "zoom-in")).await.is_ok(), "zoom in, in Ukrainian");
    // Nobody chose: the page's link does not fix the language for whoever it is shared with.
    ensure!(b.url_param("lang").await?.is_none(), "no lang= in the link");
    Ok(())
}

/// The names the list shows.
async fn listed(b: &Browser) -> Result<BTreeSet<String>, Box<dyn std::error::Error + Send + Sync>> {
    let v = b.js("return [...document.querySelectorAll('.bk-result-name')].map(e => e.textContent.trim())").await?;
    Ok(v.as_array().into_iter().flatten().filter_map(|x| x.as_str().map(String::from)).collect())
}

/// The names the list shows for a search. The list follows the typing a frame or two later:
/// first the empty field brings every place back, then the query must narrow them, then the list
/// must hold still.
async fn found(
    b: &Browser,
    all: &BTreeSet<String>,
    query: &str,
) -> Result<BTreeSet<String>, Box<dyn std::error::Error + Send + Sync>> {
    // The field by its place, not its name: the name is in the language being tried. Emptied by
    // keys, as a visitor does (WebDriver's clear sends no input event).
    let input = b.c.find(fantoccini::Locator::Css("input[type=search]")).await?;
    let n = input.prop("value").await?.unwrap_or_default().chars().count();
    if n > 0 {
        input.send_keys(&"\u{e003}".repeat(n)).await?;
    }
    b.wait_until("every place listed again", || async move { Ok(&listed(b).await? == all) }).await?;
    input.send_keys(query).await?;
    b.wait_until("the search applied", || async move {
        let now = listed(b).await?;
        Ok(!now.is_empty() && &now != all)
    })
    .await?;
    let mut last = listed(b).await?;
    for _ in 0..20 {
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
        let now = listed(b).await?;
        if now == last {
            return Ok(now);
        }
        last = now;
    }
    Ok(last)
}

crate::e2e!(each_language_finds_apprenticeships_by_its_own_word, DESKTOP);
pub async fn each_language_finds_apprenticeships_by_its_own_word(_env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    let all = listed(b).await?;
    let german = found(b, &all, "Ausbildung").await?;
    ensure!(!german.is_empty(), "“Ausbildung” finds places");
    // Each language's word for it: the glossary's term (locales/glossary.tsv), without the German
    // word in brackets ("професійне навчання (Ausbildung)" → "професійне навчання").
    let glossary = std::fs::read_to_string(root().join("locales/glossary.tsv"))?;
    let mut rows = glossary.lines().map(|l| l.split('\t').collect::<Vec<_>>());
    let head = rows.next().unwrap_or_default();
    let term = rows.find(|r| r.first() == Some(&"ausbildung")).unwrap_or_default();
    for code in CODES.into_iter().filter(|c| *c != "de-x-ls") {
        let Some(word) = head.iter().position(|h| *h == code).and_then(|i| term.get(i)) else {
            return fail(format!("{code}: no glossary term for Ausbildung"));
        };
        let word = word.split(" (").next().unwrap_or(word).trim();
        choose(b, code).await?;
        let theirs = found(b, &all, word).await?;
        // The same places, but for those that "Ausbildung" finds by their own name
        // ("Sprechstunde zur Ausbildungswahl"): a word of another language cannot.
        let by_name: BTreeSet<&String> = german.difference(&theirs).collect();
        ensure!(
            theirs.is_subset(&german) && by_name.iter().all(|n| n.to_lowercase().contains("ausbildung")),
            "{code}: “{word}” finds {theirs:?}; “Ausbildung” found also {by_name:?}"
        );
        ensure!(theirs.len() + 3 >= german.len(), "{code}: “{word}” finds {} of {}", theirs.len(), german.len());
        println!("search: {code} “{word}” finds {} of the {} places “Ausbildung” finds", theirs.len(), german.len());
    }
    Ok(())
}

crate::e2e!(data_without_a_translation_stands_in_german_marked_as_such, DESKTOP);
pub async fn data_without_a_translation_stands_in_german_marked_as_such(_env: &Env, b: &Browser) -> TestResult {
    b.open("/?config=fixtures/langs/config.json&lang=uk&place=ort-mit-uebersetzung").await?;
    b.wait_loaded().await?;
    speaks(b, "uk").await?;
    let details = "const d = document.querySelector('[role=dialog]'); if (!d) return null;
                   const h = d.querySelector('.bk-details-title span'), p = d.querySelector('.bk-description');
                   return [h.textContent, h.getAttribute('lang'), p.textContent, p.getAttribute('lang'),
                           document.querySelector('.bk-title').textContent]";
    let read = || async move {
        b.wait_until("the place's details", || async move { Ok(!b.js(details).await?.is_null()) }).await?;
        b.js(details).await
    };
    let v = read().await?;
    ensure!(
        v == serde_json::json!([
            "Консультація з перекладом (вигадано)",
            null,
            "Цей опис є німецькою та українською.",
            null,
            "Тестова карта кількома мовами"
        ]),
        "the place's own Ukrainian, unmarked: {v}"
    );
    b.open("/?config=fixtures/langs/config.json&lang=uk&place=ort-nur-deutsch").await?;
    b.wait_loaded().await?;
    speaks(b, "uk").await?;
    let v = read().await?;
    ensure!(
        v[0] == "Beratung nur auf Deutsch (erfunden)" && v[1] == "de" && v[3] == "de",
        "German standing in, marked lang=de: {v}"
    );
    Ok(())
}

crate::e2e!(a_language_that_does_not_arrive_is_said_and_can_be_chosen_again, DESKTOP);
pub async fn a_language_that_does_not_arrive_is_said_and_can_be_chosen_again(_env: &Env, b: &Browser) -> TestResult {
    b.open("/").await?;
    b.wait_loaded().await?;
    b.cdp("Network.enable", serde_json::json!({})).await?;
    b.cdp("Network.setBlockedURLs", serde_json::json!({"urls": ["*.ftl"]})).await?;
    let menu = b.c.find(fantoccini::Locator::Css(".bk-lang summary")).await?;
    menu.click().await?;
    b.by_role("button", own_name("uk")).await?.click().await?;
    // Said in the language the widget still speaks, German, and the widget keeps speaking it.
    let status =
        || async move { b.js("return document.querySelector('.bk-lang-status[role=status]').textContent").await };
    b.wait_until("the failure said", || async move { Ok(status().await? == said("de", "lang-failed").as_str()) })
        .await?;
    ensure!(b.by_role("button", "Vergrößern").await.is_ok(), "still German, never a blank");
    b.cdp("Network.setBlockedURLs", serde_json::json!({"urls": []})).await?;
    choose(b, "uk").await?;
    ensure!(status().await? == "", "the failure is no longer said: {}", status().await?);
    Ok(())
}
