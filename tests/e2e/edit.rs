//! The editors' page for editing places (bearbeiten.html): open the published files, add a place
//! by clicking the map and filling the form, move one by drag and by arrow keys, change opening
//! hours in the weekday table, remove and undo, a bad phone number at its field; the saved file
//! passes the command line's check with every untouched line as it was.

use crate::check::{allow_downloads, cli, downloaded, press};
use crate::partner::{added_lines, check_saved};
use crate::support::{Browser, Env, TestResult, ensure, fail, scratch_dir};
use fantoccini::Locator;
use fantoccini::actions::{InputSource, MOUSE_BUTTON_LEFT, MouseActions, PointerAction};
use std::time::Duration;

type AnyResult<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

pub(crate) async fn text_of(b: &Browser, css: &str) -> AnyResult<String> {
    let script = format!("const e = document.querySelector({css:?}); return e ? e.textContent : ''");
    Ok(b.js(&script).await?.as_str().unwrap_or_default().to_string())
}

pub(crate) async fn status(b: &Browser) -> AnyResult<String> {
    text_of(b, ".ed-status").await
}

/// Opens the page and the published config with its files; waits for the map's markers.
pub(crate) async fn open_published(b: &Browser) -> TestResult {
    b.open("/bearbeiten.html").await?;
    b.wait_by_role("heading", "Orte bearbeiten").await?;
    press(b, "Veröffentlichte Daten öffnen").await?;
    b.wait_until("the files opened", || async move { Ok(status(b).await?.contains("geöffnet")) }).await?;
    b.wait_until("markers on the editors' map", || async move {
        Ok(!b.c.find_all(Locator::Css(".ed-preview .bk-marker, .ed-preview .bk-cluster")).await?.is_empty())
    })
    .await?;
    Ok(())
}

pub(crate) async fn value_of(b: &Browser, id: &str) -> AnyResult<String> {
    let script = format!("const e = document.getElementById({id:?}); return e ? e.value : null");
    match b.js(&script).await?.as_str() {
        Some(v) => Ok(v.to_string()),
        None => fail(format!("no field #{id}")),
    }
}

/// Types into the field with this label, after emptying it with the keyboard.
pub(crate) async fn type_into(b: &Browser, label: &str, text: &str) -> TestResult {
    // A field with suggestions is a combobox, the list's search a searchbox. The form may still
    // be drawing it (its part arriving, a problem said): found within a few seconds.
    let mut tries = 0;
    let field = loop {
        let found = match b.by_role("textbox", label).await {
            Ok(f) => Ok(f),
            Err(_) if label.starts_with("Ort suchen") => b.by_role("searchbox", label).await,
            Err(_) => b.by_role("combobox", label).await,
        };
        match found {
            Ok(f) => break f,
            Err(e) if tries >= 25 => return Err(e),
            Err(_) => tries += 1,
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    };
    b.click_in_view(&field).await?;
    let len = field.prop("value").await?.unwrap_or_default().chars().count();
    // From the end: a click puts the caret where it lands.
    field.send_keys(&format!("\u{e010}{}", "\u{e003}".repeat(len))).await?;
    if !text.is_empty() {
        field.send_keys(text).await?;
    }
    Ok(())
}

/// Chooses a place through the list's search (its entry in the editor's list, not the map's
/// marker of the same name, which may be hidden in a cluster).
pub(crate) async fn choose(b: &Browser, name: &str) -> TestResult {
    type_into(b, "Ort suchen (Name, Ort oder Kennung)", name).await?;
    let at = format!(
        "return [...document.querySelectorAll('.ed-places .ed-place')].findIndex(e => e.textContent.startsWith({name:?}))"
    );
    let at = &at;
    b.wait_until("the place in the list", || async move { Ok(b.js(at).await?.as_i64().unwrap_or(-1) >= 0) }).await?;
    let index = b.js(at).await?.as_i64().unwrap_or(0) as usize;
    let entries = b.c.find_all(Locator::Css(".ed-places .ed-place")).await?;
    b.click_in_view(entries.get(index).ok_or("the entry went")?).await?;
    b.wait_until("the form", || async move { Ok(text_of(b, "#ed-form-title").await?.starts_with(name)) }).await?;
    Ok(())
}

async fn map_rect(b: &Browser) -> AnyResult<(f64, f64, f64, f64)> {
    // Pointer actions do not scroll: the map is brought into the window as an editor scrolls to it.
    b.js("document.querySelector('.ed-preview .bk-map').scrollIntoView({block: 'center'})").await?;
    client_rect(b, ".ed-preview .bk-map").await
}

/// Where an element is in the window (pointer actions count from the window, not the page).
async fn client_rect(b: &Browser, css: &str) -> AnyResult<(f64, f64, f64, f64)> {
    let script = format!(
        "const r = document.querySelector({css:?}).getBoundingClientRect(); return [r.left, r.top, r.width, r.height]"
    );
    let v = b.js(&script).await?;
    let n = |i: usize| v[i].as_f64().unwrap_or(0.0);
    Ok((n(0), n(1), n(2), n(3)))
}

async fn click_at(b: &Browser, x: f64, y: f64) -> TestResult {
    let click = MouseActions::new("mouse".into())
        .then(PointerAction::MoveTo { duration: None, x: x.round(), y: y.round() })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    b.c.perform_actions(click).await?;
    Ok(())
}

/// Adds a place by clicking the map, fills the form, saves (by the button, or by Ctrl+S from the
/// field being typed in); the file passes the command line's check and keeps every untouched line.
async fn add_and_save(env: &Env, b: &Browser, tag: &str, by_keys: bool) -> TestResult {
    let dir = scratch_dir().join(format!("edit-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    open_published(b).await?;
    allow_downloads(b, &dir).await?;
    b.screenshot(env, &format!("edit-{tag}-1-opened")).await?;
    b.by_role("combobox", "Neuer Ort in").await?.select_by_label("betriebe.geojson").await?;
    press(b, "Neuen Ort anlegen").await?;
    b.wait_until(
        "the hint to click the map",
        || async move { Ok(status(b).await?.contains("Klicken Sie auf die Karte")) },
    )
    .await?;
    // An empty spot: a little off the map's middle, away from the controls.
    let (mx, my, mw, mh) = map_rect(b).await?;
    click_at(b, mx + mw * 0.42, my + mh * 0.55).await?;
    b.wait_until("the new place's form", || async move { Ok(text_of(b, "#ed-form-title").await? == "Neuer Ort") })
        .await?;
    ensure!(!b.c.find_all(Locator::Css(".ed-pin")).await?.is_empty(), "the new place has its pin");
    // The name field has the focus with its text selected: typing replaces it.
    b.press("Tischlerei Probe").await?;
    b.wait_until("the id follows the name", || async move { Ok(value_of(b, "ed-f-id").await? == "tischlerei-probe") })
        .await?;
    type_into(b, "Telefon", "04171 123456").await?;
    type_into(b, "Postleitzahl", "21423").await?;
    type_into(b, "Ort", "Winsen (Luhe)").await?;
    b.click_in_view(&b.by_role("checkbox", "Ausbildung").await?).await?;
    // An offer with its training year: typing the year keeps the name.
    press(b, "Angebot hinzufügen").await?;
    b.wait_until("the offer's field", || async move { Ok(b.active_element_name().await?.contains("Angebot 1")) })
        .await?;
    b.press("Tischler:in").await?;
    type_into(b, "Ausbildungsjahr", "2027").await?;
    ensure!(value_of(b, "ed-offer-0").await? == "Tischler:in", "the year kept the offer's name");
    b.screenshot(env, &format!("edit-{tag}-2-form")).await?;
    let summary = text_of(b, ".ed-changes").await?;
    ensure!(summary.contains("betriebe.geojson: 1 neu"), "the list of changes: {summary:?}");
    if by_keys {
        // Control held while "s" is typed into the focused field, then let go (WebDriver's NULL).
        b.press("\u{e009}s\u{e000}").await?;
    } else {
        press(b, "Geänderte Dateien speichern").await?;
    }
    let saved = downloaded(b, &dir, "betriebe.geojson").await?;
    b.wait_until("saved", || async move { Ok(status(b).await?.contains("Heruntergeladen")) }).await?;
    // Every line of the published file is still there, in order; the new place is one line more.
    let saved = String::from_utf8(saved)?;
    let added = added_lines(env, "betriebe.geojson", &saved)?;
    ensure!(added.len() == 1 && added[0].contains("Tischlerei Probe"), "one new line, the new place: {added:#?}");
    ensure!(
        added[0].contains("\"04171 123456\"") && added[0].contains("\"apprenticeship\""),
        "its fields: {}",
        added[0]
    );
    ensure!(
        added[0].contains("\"Tischler:in\"") && added[0].contains("\"year\": 2027"),
        "the offer and its year: {}",
        added[0]
    );
    // The command line's check passes on the published config with the saved file in place.
    check_saved(env, &dir, &[("betriebe.geojson", saved.as_bytes())])?;
    let _ = cli;
    Ok(())
}

crate::e2e!(an_editor_adds_a_place_by_clicking_the_map_and_saves_a_checked_file, DESKTOP);
pub async fn an_editor_adds_a_place_by_clicking_the_map_and_saves_a_checked_file(env: &Env, b: &Browser) -> TestResult {
    add_and_save(env, b, "desktop", true).await
}

crate::e2e!(an_editor_adds_a_place_on_a_phone, MOBILE);
pub async fn an_editor_adds_a_place_on_a_phone(env: &Env, b: &Browser) -> TestResult {
    add_and_save(env, b, "phone", false).await?;
    // Nothing sticks out sideways at 390 px.
    let wide = b.js("return document.documentElement.scrollWidth").await?.as_f64().unwrap_or(0.0);
    ensure!(wide <= 390.0, "the page is {wide} px wide on a 390 px phone");
    crate::a11y::axe(b, "the editors' page with a place's form, phone").await
}

crate::e2e!(a_place_moves_by_drag_and_by_arrow_keys, DESKTOP, core);
pub async fn a_place_moves_by_drag_and_by_arrow_keys(env: &Env, b: &Browser) -> TestResult {
    open_published(b).await?;
    choose(b, "Musterbetrieb Tischlerei Neu Wulmstorf").await?;
    let lon0: f64 = value_of(b, "ed-f-lon").await?.parse()?;
    let lat0: f64 = value_of(b, "ed-f-lat").await?.parse()?;
    map_rect(b).await?;
    let (x, y, w, h) = client_rect(b, ".ed-pin").await?;
    // The pin's head (its tip is the place's point).
    let (px, py) = (x + w / 2.0, y + h * 0.35);
    let drag = MouseActions::new("mouse".into())
        .then(PointerAction::MoveTo { duration: None, x: px.round(), y: py.round() })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::MoveBy { duration: Some(Duration::from_millis(100)), x: 30.0, y: 0.0 })
        .then(PointerAction::MoveBy { duration: Some(Duration::from_millis(100)), x: 30.0, y: 20.0 })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    b.c.perform_actions(drag).await?;
    b.wait_until("the place moved east and south", || async move {
        let lon: f64 = value_of(b, "ed-f-lon").await?.parse()?;
        let lat: f64 = value_of(b, "ed-f-lat").await?.parse()?;
        Ok(lon > lon0 + 1e-5 && lat < lat0 - 1e-6)
    })
    .await?;
    let dragged: f64 = value_of(b, "ed-f-lon").await?.parse()?;
    ensure!(text_of(b, ".ed-changes").await?.contains("1 geändert"), "the move is a change");
    // The keyboard: the pin takes the arrow keys; Escape puts it back where the keys started.
    press(b, "Auf der Karte verschieben").await?;
    ensure!(b.active_element_name().await?.contains("verschieben"), "the pin has the focus");
    b.press("\u{e014}").await?;
    b.press("\u{e014}").await?;
    let keyed: f64 = value_of(b, "ed-f-lon").await?.parse()?;
    ensure!(keyed > dragged + 1e-6, "two presses of → moved it east: {dragged} → {keyed}");
    b.screenshot(env, "edit-desktop-3-moved").await?;
    b.press("\u{e00c}").await?;
    let back: f64 = value_of(b, "ed-f-lon").await?.parse()?;
    ensure!((back - dragged).abs() < 1e-7, "Escape put it back: {back} vs {dragged}");
    // The changed place is marked on the map.
    let marked = b
        .js("const s = [...document.querySelectorAll('.ed-map style')].map(s => s.textContent).join(''); return s")
        .await?;
    ensure!(marked.as_str().unwrap_or_default().contains("-m"), "the changed marker is marked: {marked}");
    Ok(())
}

// Chromium only: Firefox's and WebKitGTK's time fields take WebDriver's keys differently (one left
// "17:30" empty, the other counted to "23:00"); the rest of the table passed in both.
crate::e2e!(opening_hours_change_in_the_weekday_table, DESKTOP);
pub async fn opening_hours_change_in_the_weekday_table(env: &Env, b: &Browser) -> TestResult {
    open_published(b).await?;
    choose(b, "Musterbetrieb Tischlerei Neu Wulmstorf").await?;
    // Start from nothing: the text field emptied, then the table.
    type_into(b, "Öffnungszeiten als Text (OpenStreetMap-Schreibweise)", "").await?;
    press(b, "Zeit am Montag hinzufügen").await?;
    b.wait_until(
        "a span on Monday",
        || async move { Ok(value_of(b, "ed-f-opening_hours").await? == "Mo 08:00-16:00") },
    )
    .await?;
    press(b, "Montag für Dienstag bis Freitag übernehmen").await?;
    b.click_in_view(&b.by_role("checkbox", "An Feiertagen geschlossen").await?).await?;
    b.wait_until("the string", || async move {
        Ok(value_of(b, "ed-f-opening_hours").await? == "Mo-Fr 08:00-16:00; PH off")
    })
    .await?;
    // A second span on Saturday, and what visitors see now.
    press(b, "Zeit am Samstag hinzufügen").await?;
    b.wait_until("Saturday", || async move { Ok(value_of(b, "ed-f-opening_hours").await?.contains("Sa 08:00-16:00")) })
        .await?;
    // A time typed digit by digit into the table's field.
    let to = b.c.find(Locator::Id("ed-hours-0-0-to")).await?;
    ensure!(to.attr("aria-label").await?.as_deref() == Some("Montag bis"), "the field is named");
    // As the keyboard reaches it (Tab lands on the hours; a click may land on another segment).
    b.js("document.getElementById('ed-hours-0-0-to').focus()").await?;
    b.press("1730\u{e004}").await?;
    let typed = b
        .wait_until("Monday's end typed", || async move {
            Ok(value_of(b, "ed-f-opening_hours").await?.starts_with("Mo 08:00-17:30"))
        })
        .await;
    if typed.is_err() {
        let (field, hours) = (value_of(b, "ed-hours-0-0-to").await?, value_of(b, "ed-f-opening_hours").await?);
        return fail(format!("typed 17:30: the field has {field:?}, the hours {hours:?}"));
    }
    let now = text_of(b, "#ed-hours-now").await?;
    ensure!(now.starts_with("Besucher sehen jetzt:") && now.len() > 25, "what a visitor sees now: {now:?}");
    // The string typed by hand fills the table.
    type_into(b, "Öffnungszeiten als Text (OpenStreetMap-Schreibweise)", "Mo,We 09:00-12:00").await?;
    let follows = b
        .wait_until("the table follows the text", || async move {
            Ok(b.c.find_all(Locator::Css(".ed-hours input[type=time]")).await?.len() == 4)
        })
        .await;
    if follows.is_err() {
        let n = b.c.find_all(Locator::Css(".ed-hours input[type=time]")).await?.len();
        return fail(format!("{n} time fields for {:?}", value_of(b, "ed-f-opening_hours").await?));
    }
    b.screenshot(env, "edit-desktop-4-hours").await?;
    Ok(())
}

crate::e2e!(a_removed_place_comes_back_with_undo_and_a_bad_phone_is_named_at_its_field, DESKTOP, core);
pub async fn a_removed_place_comes_back_with_undo_and_a_bad_phone_is_named_at_its_field(
    env: &Env,
    b: &Browser,
) -> TestResult {
    open_published(b).await?;
    choose(b, "Musterbetrieb Tischlerei Neu Wulmstorf").await?;
    type_into(b, "Telefon", "abc").await?;
    b.wait_until("the phone's problem", || async move { Ok(!text_of(b, "#ed-p-phone").await?.trim().is_empty()) })
        .await?;
    // Asked afresh each time: the form may draw its fields anew as the checks come in.
    b.wait_until("the phone field marked invalid", || async move {
        Ok(b.js("return document.getElementById('ed-f-phone').getAttribute('aria-invalid')").await? == "true")
    })
    .await?;
    ensure!(b.active_element_name().await?.contains("Telefon"), "the typing keeps its field");
    let said = text_of(b, "#ed-p-phone").await?;
    ensure!(said.contains("„Telefon“") && !said.contains("„phone“"), "the field by its label: {said:?}");
    b.screenshot(env, "edit-desktop-5-bad-phone").await?;
    // Undo (Ctrl+Z) takes the typing back in one step.
    b.press("\u{e009}z\u{e009}").await?;
    b.wait_until("the phone back", || async move { Ok(value_of(b, "ed-f-phone").await? != "abc") }).await?;
    // Remove, with a confirmation that names it.
    press(b, "Entfernen").await?;
    let asked = b.c.get_alert_text().await?;
    ensure!(
        asked.contains("Musterbetrieb Tischlerei Neu Wulmstorf") && asked.contains("betriebe.geojson"),
        "{asked:?}"
    );
    b.c.accept_alert().await?;
    b.wait_until("removed", || async move { Ok(text_of(b, ".ed-changes").await?.contains("1 entfernt")) }).await?;
    type_into(b, "Ort suchen (Name, Ort oder Kennung)", "Tischlerei Neu Wulmstorf").await?;
    b.wait_until("gone from the list", || async move { Ok(text_of(b, ".ed-list").await?.contains("0 Orte")) }).await?;
    press(b, "Rückgängig").await?;
    b.wait_until(
        "back",
        || async move { Ok(text_of(b, "#ed-form-title").await?.contains("Tischlerei Neu Wulmstorf")) },
    )
    .await?;
    ensure!(
        text_of(b, ".ed-changes").await?.trim().is_empty() || !text_of(b, ".ed-changes").await?.contains("entfernt"),
        "undone"
    );
    crate::a11y::axe(b, "the editors' page with a place's form").await
}

/// Starts a new place at a town (the file and kind as chosen) and waits for its form.
pub(crate) async fn new_place_at(b: &Browser, town: &str) -> TestResult {
    press(b, "Neuen Ort anlegen").await?;
    type_into(b, "PLZ oder Ort", town).await?;
    press(b, "Dort beginnen").await?;
    b.wait_until("the new place's form", || async move { Ok(text_of(b, "#ed-form-title").await? == "Neuer Ort") }).await
}

crate::e2e!(a_new_place_from_a_town_gets_its_address_on_a_phone, MOBILE);
pub async fn a_new_place_from_a_town_gets_its_address_on_a_phone(env: &Env, b: &Browser) -> TestResult {
    open_published(b).await?;
    b.by_role("combobox", "Neuer Ort in").await?.select_by_label("beratung.geojson").await?;
    new_place_at(b, "Winsen").await?;
    ensure!(value_of(b, "ed-f-postcode").await? == "21423", "postcode: {:?}", value_of(b, "ed-f-postcode").await?);
    ensure!(value_of(b, "ed-f-city").await?.starts_with("Winsen"), "town: {:?}", value_of(b, "ed-f-city").await?);
    ensure!(!value_of(b, "ed-f-municipality").await?.is_empty(), "the municipality is filled in");
    ensure!(!text_of(b, ".ed-rough").await?.is_empty(), "marked as approximate");
    // The whole form, the weekday table included, fits the phone.
    press(b, "Zeit am Montag hinzufügen").await?;
    b.wait_until("a span", || async move { Ok(!value_of(b, "ed-f-opening_hours").await?.is_empty()) }).await?;
    let wide = b.js("return document.documentElement.scrollWidth").await?.as_f64().unwrap_or(0.0);
    ensure!(wide <= 390.0, "the page is {wide} px wide on a 390 px phone");
    b.js("document.querySelector('.ed-hours').scrollIntoView({block: 'center'})").await?;
    b.screenshot(env, "edit-phone-3-hours").await
}
