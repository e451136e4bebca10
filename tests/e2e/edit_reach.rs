//! The editors' page in the editor's words and within reach (issue 33): a new event's problem at
//! its "Titel", an end before the start said at "Ende", the status following a rename, the tools
//! in view while scrolling and a skip link back to them, a new place's file following its
//! category, and no panic when one's own file follows the published data.

use crate::check::press;
use crate::edit::{choose, new_place_at, open_published, status, text_of, type_into, value_of};
use crate::support::{Browser, Env, TestResult, ensure, fail, scratch_dir};
use fantoccini::Locator;

type AnyResult<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

const PLACE: &str = "Musterbetrieb Tischlerei Neu Wulmstorf";

/// Sets a date field as the browser's date picker does (WebDriver types into date fields
/// differently in each browser), and lets the page see the change.
async fn set_date(b: &Browser, id: &str, value: &str) -> TestResult {
    let script = format!(
        "const e = document.getElementById({id:?}); e.value = {value:?}; \
         e.dispatchEvent(new Event('input', {{bubbles: true}})); e.dispatchEvent(new Event('change', {{bubbles: true}}));"
    );
    b.js(&script).await?;
    Ok(())
}

/// Console errors that are the program's own panics (a failed request is no panic).
async fn panics(b: &Browser) -> AnyResult<Vec<String>> {
    let errors = b.console_errors().await?;
    Ok(errors
        .into_iter()
        .filter(|e| e.contains("panicked") || e.contains("disposed") || e.contains("RuntimeError"))
        .collect())
}

crate::e2e!(an_event_s_problems_are_said_at_its_fields_in_the_form_s_words, DESKTOP);
pub async fn an_event_s_problems_are_said_at_its_fields_in_the_form_s_words(env: &Env, b: &Browser) -> TestResult {
    open_published(b).await?;
    choose(b, PLACE).await?;
    press(b, "Termin hinzufügen").await?;
    b.wait_until("the new event's title problem", || async move {
        Ok(!text_of(b, "#ed-p-events-0-title").await?.trim().is_empty())
    })
    .await?;
    let said = text_of(b, "#ed-p-events-0-title").await?;
    ensure!(said.contains("„Titel“") && !said.contains("events["), "the title by its label: {said:?}");
    let group = text_of(b, "#ed-p-events").await?;
    ensure!(group.trim().is_empty(), "nothing about the event under the group: {group:?}");
    type_into(b, "Titel", "Ausbildungsmesse").await?;
    set_date(b, "ed-ev-0-start", "2027-03-10").await?;
    set_date(b, "ed-ev-0-end", "2027-03-01").await?;
    b.wait_until("the end's problem", || async move { Ok(!text_of(b, "#ed-p-events-0-end").await?.trim().is_empty()) })
        .await?;
    let end = text_of(b, "#ed-p-events-0-end").await?;
    ensure!(
        end.contains("„Ende“") && end.contains("vor dem Beginn") && !end.contains("lesbar"),
        "the end before the start, said at the end: {end:?}"
    );
    ensure!(text_of(b, "#ed-p-events-0-title").await?.trim().is_empty(), "the title's problem went with the title");
    let invalid = b.js("return document.getElementById('ed-ev-0-end').getAttribute('aria-describedby')").await?;
    ensure!(invalid.as_str().unwrap_or_default().contains("ed-p-events-0-end"), "the end field names its problem");
    b.js("document.getElementById('ed-ev-0-end').scrollIntoView({block: 'center'})").await?;
    b.screenshot(env, "edit-reach-1-event").await
}

// The end date is asked for only for events over several days: an end time alone ends that day.
crate::e2e!(an_end_time_without_an_end_date_ends_on_the_start_day, DESKTOP);
pub async fn an_end_time_without_an_end_date_ends_on_the_start_day(_env: &Env, b: &Browser) -> TestResult {
    open_published(b).await?;
    choose(b, PLACE).await?;
    press(b, "Termin hinzufügen").await?;
    b.wait_until("the new event", || async move {
        Ok(b.js("return !!document.getElementById('ed-ev-0-start')").await? == true)
    })
    .await?;
    type_into(b, "Titel", "Elternabend").await?;
    set_date(b, "ed-ev-0-start", "2027-05-05").await?;
    set_date(b, "ed-ev-0-start-time", "18:00").await?;
    set_date(b, "ed-ev-0-end-time", "20:00").await?;
    b.wait_until("the end kept, on the start's day", || async move {
        let end = b.js("return [document.getElementById('ed-ev-0-end').value, document.getElementById('ed-ev-0-end-time').value]").await?;
        Ok(end == serde_json::json!(["2027-05-05", "20:00"]))
    })
    .await?;
    ensure!(text_of(b, "#ed-p-events-0-end").await?.trim().is_empty(), "no problem with the end");
    Ok(())
}

crate::e2e!(the_status_names_a_renamed_place_by_its_new_name, DESKTOP);
pub async fn the_status_names_a_renamed_place_by_its_new_name(_env: &Env, b: &Browser) -> TestResult {
    open_published(b).await?;
    choose(b, PLACE).await?;
    ensure!(status(b).await?.contains(PLACE), "chosen: {:?}", status(b).await?);
    type_into(b, "Name", "Tischlerei Umbenannt").await?;
    b.wait_until("the status follows the name", || async move {
        let s = status(b).await?;
        Ok(s.contains("Tischlerei Umbenannt") && !s.contains("Neu Wulmstorf"))
    })
    .await?;
    Ok(())
}

/// The toolbar is wholly in the window.
async fn tools_in_view(b: &Browser) -> AnyResult<bool> {
    let v = b
        .js("const r = document.querySelector('.ed-toolbar').getBoundingClientRect(); \
             return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0")
        .await?;
    Ok(v == serde_json::json!(true))
}

async fn tools_in_reach(env: &Env, b: &Browser, tag: &str) -> TestResult {
    open_published(b).await?;
    choose(b, PLACE).await?;
    b.js("window.scrollTo(0, document.documentElement.scrollHeight)").await?;
    b.next_frame().await?;
    ensure!(tools_in_view(b).await?, "the tools stay in view at the form's end");
    b.screenshot(env, &format!("edit-reach-{tag}-scrolled")).await?;
    // A field scrolled to from the keyboard is not hidden under the tools.
    b.js("document.getElementById('ed-f-name').focus()").await?;
    b.next_frame().await?;
    let hidden = b
        .js("const t = document.querySelector('.ed-toolbar').getBoundingClientRect(); \
             const f = document.getElementById('ed-f-name').getBoundingClientRect(); return f.top < t.bottom")
        .await?;
    ensure!(hidden == serde_json::json!(false), "the focused name field is below the tools");
    // From the form's last field one Tab reaches the skip link, and it leads to the tools.
    b.js("document.getElementById('ed-f-id').focus()").await?;
    b.press("\u{e004}").await?;
    let name = b.active_element_name().await?;
    ensure!(name.contains("Zu den Werkzeugen"), "the skip link after the form: {name:?}");
    b.press("\u{e007}").await?;
    b.next_frame().await?;
    let inside = b.js("return !!document.activeElement.closest('.ed-toolbar')").await?;
    ensure!(inside == serde_json::json!(true), "the skip link put the focus on the tools");
    b.press("\u{e004}").await?;
    let next = b.active_element_name().await?;
    ensure!(
        ["Rückgängig", "Wiederholen", "Geänderte Dateien speichern"].iter().any(|n| next.starts_with(n)),
        "one Tab on, a tool: {next:?}"
    );
    ensure!(tools_in_view(b).await?, "the tools are in view");
    Ok(())
}

crate::e2e!(save_undo_and_redo_stay_in_reach_while_scrolling, DESKTOP);
pub async fn save_undo_and_redo_stay_in_reach_while_scrolling(env: &Env, b: &Browser) -> TestResult {
    tools_in_reach(env, b, "desktop").await
}

crate::e2e!(save_undo_and_redo_stay_in_reach_on_a_phone, MOBILE);
pub async fn save_undo_and_redo_stay_in_reach_on_a_phone(env: &Env, b: &Browser) -> TestResult {
    tools_in_reach(env, b, "phone").await?;
    let wide = b.js("return document.documentElement.scrollWidth").await?.as_f64().unwrap_or(0.0);
    ensure!(wide <= 390.0, "the page is {wide} px wide on a 390 px phone");
    // The sticky tools take at most a fifth of the phone's height.
    let h = b.js("return document.querySelector('.ed-toolbar').getBoundingClientRect().height").await?;
    ensure!(h.as_f64().unwrap_or(999.0) <= 844.0 / 5.0, "the tools are {h} px high");
    crate::a11y::axe(b, "the editors' page scrolled to the form's end, phone").await
}

async fn selected_label(b: &Browser, id: &str) -> AnyResult<String> {
    let script = format!("const s = document.getElementById({id:?}); return s.options[s.selectedIndex].text");
    Ok(b.js(&script).await?.as_str().unwrap_or_default().to_string())
}

crate::e2e!(a_new_place_s_file_follows_its_category, DESKTOP);
pub async fn a_new_place_s_file_follows_its_category(_env: &Env, b: &Browser) -> TestResult {
    open_published(b).await?;
    b.by_role("combobox", "Art des neuen Orts").await?.select_by_label("Ausbildungsbetriebe").await?;
    b.wait_until(
        "the firms' file",
        || async move { Ok(selected_label(b, "ed-new-file").await? == "betriebe.geojson") },
    )
    .await?;
    b.by_role("combobox", "Art des neuen Orts").await?.select_by_label("Beratungsstellen").await?;
    b.wait_until("the counselling file", || async move {
        Ok(selected_label(b, "ed-new-file").await? == "beratung.geojson")
    })
    .await?;
    b.by_role("combobox", "Art des neuen Orts").await?.select_by_label("Ausbildungsbetriebe").await?;
    // Still the editor's choice: another file, and the kind follows it (the form can change both).
    b.by_role("combobox", "Neuer Ort in").await?.select_by_label("schulen.geojson").await?;
    b.wait_until("the schools' kind", || async move {
        Ok(selected_label(b, "ed-new-category").await? == "Schulen und Bildungsträger")
    })
    .await?;
    b.by_role("combobox", "Neuer Ort in").await?.select_by_label("betriebe.geojson").await?;
    new_place_at(b, "Winsen").await?;
    ensure!(value_of(b, "ed-f-category").await? == "betrieb", "the chosen category");
    ensure!(text_of(b, ".ed-form-head").await?.contains("betriebe.geojson"), "in the chosen file");
    Ok(())
}

crate::e2e!(one_s_own_file_after_the_published_data_logs_no_panic, DESKTOP);
pub async fn one_s_own_file_after_the_published_data_logs_no_panic(env: &Env, b: &Browser) -> TestResult {
    open_published(b).await?;
    choose(b, PLACE).await?;
    type_into(b, "Telefon", "04171 1").await?;
    press(b, "Zurück zur Liste").await?;
    // One's own copy of the firms, picked as from the file dialog.
    let dir = scratch_dir().join(format!("edit-own-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let own = dir.join("meine-betriebe.geojson");
    std::fs::copy(env.dist().join("data/betriebe.geojson"), &own)?;
    let input = b.c.find(Locator::Id("ed-files")).await?;
    input.send_keys(&own.display().to_string()).await?;
    if let Ok(text) = b.c.get_alert_text().await {
        ensure!(text.contains("nicht gespeichert"), "asked about the unsaved change: {text:?}");
        b.c.accept_alert().await?;
    }
    let opened = b
        .wait_until("the own file", || async move {
            {
                let s = status(b).await?;
                Ok(s.contains("aus einer Datei"))
            }
        })
        .await;
    if opened.is_err() {
        return fail(format!(
            "the own file not opened: {:?}, {:?}",
            status(b).await?,
            text_of(b, ".ed-failures").await?
        ));
    }
    b.wait_until("markers of the own file", || async move {
        Ok(!b.c.find_all(Locator::Css(".ed-preview .bk-marker, .ed-preview .bk-cluster")).await?.is_empty())
    })
    .await?;
    let found = panics(b).await?;
    if !found.is_empty() {
        return fail(format!("panics in the console on opening one's own file: {found:#?}"));
    }
    choose(b, PLACE).await?;
    type_into(b, "Telefon", "04171 2").await?;
    press(b, "Rückgängig").await?;
    press(b, "Zurück zur Liste").await?;
    // And back to the published data.
    press(b, "Veröffentlichte Daten öffnen").await?;
    if b.c.get_alert_text().await.is_ok() {
        b.c.accept_alert().await?;
    }
    b.wait_until("the published files again", || async move { Ok(status(b).await?.contains("aus 3 Dateien")) }).await?;
    choose(b, PLACE).await?;
    b.next_frame().await?;
    let found = panics(b).await?;
    if !found.is_empty() {
        return fail(format!("panics in the console: {found:#?}"));
    }
    Ok(())
}
