//! A partner's list into the published data on the editors' page (issue 33): five firms as a CSV
//! in the editors' words (German labels and dates, one row without coordinates, one bad postcode)
//! and the same as `.xlsx` join `betriebe.geojson`; the preview names the postcode and the
//! missing position; the saved file passes the command line's check with every untouched line
//! as it was; a list added to another file than the proposed one lands there alone; the preview
//! said again in English and back (axe on it in both). And a place moved to another file,
//! undone, redone and saved.

use crate::check::{allow_downloads, downloaded, press};
use crate::edit::{choose, open_published, status, text_of, type_into};
use crate::support::{Browser, Env, TestResult, ensure, fail, scratch_dir};
use fantoccini::Locator;
use std::path::{Path, PathBuf};

type AnyResult<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// The chamber's list: German labels, German dates, Elektro Funke without coordinates,
/// Gärtnerei Grün with a postcode of four digits.
const PARTNER_CSV: &str = "Name;Kategorie;Straße;PLZ;Ort;Zielgruppen;Stand;Längengrad;Breitengrad\n\
    Tischlerei Holzwurm;Ausbildungsbetriebe;Hauptstraße 1;21423;Winsen (Luhe);\"Schüler:innen; Eltern\";01.10.2026;10,2101;53,3581\n\
    Bäckerei Korn;Ausbildungsbetriebe;Am Markt 2;21244;Buchholz in der Nordheide;Schüler:innen;01.10.2026;9,8790;53,3270\n\
    Elektro Funke;Ausbildungsbetriebe;Lindenstraße 5;21255;Tostedt;Eltern;01.10.2026;;\n\
    Gärtnerei Grün;Ausbildungsbetriebe;Feldweg 3;2144;Seevetal;Schüler:innen;01.10.2026;10,0301;53,3901\n\
    Autohaus Blech;Ausbildungsbetriebe;Ringstraße 9;21218;Seevetal;\"Schüler:innen; Eltern\";01.10.2026;10,0405;53,4002\n";

const NAMES: [&str; 5] = ["Tischlerei Holzwurm", "Bäckerei Korn", "Elektro Funke", "Gärtnerei Grün", "Autohaus Blech"];

/// The list as a spreadsheet program saves it: every cell as text, as typed.
fn write_xlsx(path: &Path) -> AnyResult<()> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let mut table = ::csv::ReaderBuilder::new().delimiter(b';').has_headers(false).from_reader(PARTNER_CSV.as_bytes());
    for (r, record) in table.records().enumerate() {
        for (c, cell) in record?.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, cell)?;
        }
    }
    book.save(path)?;
    Ok(())
}

/// The text of the selected option of the select `id`.
async fn selected(b: &Browser, id: &str) -> AnyResult<String> {
    let script = format!("const s = document.getElementById({id:?}); return s ? s.options[s.selectedIndex].text : ''");
    Ok(b.js(&script).await?.as_str().unwrap_or_default().to_string())
}

/// The command line's check on the published config with `saved` files in place of theirs.
pub(crate) fn check_saved(env: &Env, dir: &Path, saved: &[(&str, &[u8])]) -> TestResult {
    let work = dir.join("site");
    std::fs::create_dir_all(&work)?;
    std::fs::copy(env.dist().join("config.json"), work.join("config.json"))?;
    let copied = std::process::Command::new("cp").arg("-r").arg(env.dist().join("data")).arg(&work).status()?;
    ensure!(copied.success(), "copying the published data");
    for (name, bytes) in saved {
        std::fs::write(work.join("data").join(name), bytes)?;
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_bildungskarte-data"))
        .args(["check", &work.join("config.json").display().to_string()])
        .output()?;
    ensure!(out.status.success(), "bildungskarte-data check failed:\n{}", String::from_utf8_lossy(&out.stdout));
    Ok(())
}

/// Every line of the published file `name` is in `saved`, in order; the lines it adds.
pub(crate) fn added_lines(env: &Env, name: &str, saved: &str) -> AnyResult<Vec<String>> {
    let original = std::fs::read_to_string(env.dist().join("data").join(name))?;
    let (old, new): (Vec<&str>, Vec<&str>) = (original.lines().collect(), saved.lines().collect());
    let mut at = 0;
    for line in &old {
        match new[at..].iter().position(|l| l == line) {
            Some(p) => at += p + 1,
            None => return fail(format!("the untouched line {line:?} of {name} changed")),
        }
    }
    Ok(new.iter().filter(|l| !old.contains(l)).map(|l| l.to_string()).collect())
}

/// A fresh scratch folder for the test `tag`.
fn fresh_dir(tag: &str) -> AnyResult<PathBuf> {
    let dir = scratch_dir().join(format!("partner-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

/// The published data open, downloads into `dir/saved`, the list written as `file` and picked:
/// its preview shown.
async fn open_and_pick(b: &Browser, dir: &Path, file: &str) -> TestResult {
    let list = dir.join(file);
    if file.ends_with(".xlsx") {
        write_xlsx(&list)?
    } else {
        std::fs::write(&list, PARTNER_CSV)?
    }
    open_published(b).await?;
    allow_downloads(b, &dir.join("saved")).await?;
    // The table readers are the page's last part: their file field comes when it has arrived.
    let input = b.c.wait().for_element(Locator::Id("ed-import-file")).await?;
    input.send_keys(&list.display().to_string()).await?;
    b.wait_until("the preview", || async move { Ok(text_of(b, "#ed-import-preview-h").await?.contains("5 Orte")) })
        .await
}

/// The list's postcode of four digits put right in Gärtnerei Grün's form.
async fn put_the_postcode_right(b: &Browser) -> TestResult {
    choose(b, "Gärtnerei Grün").await?;
    type_into(b, "Postleitzahl", "21217").await?;
    press(b, "Zurück zur Liste").await
}

/// Picks the list, checks the preview, adds it to the proposed file, fixes the postcode, chooses
/// the place to place by hand, saves, and checks the saved file.
async fn join_and_save(env: &Env, b: &Browser, file: &str, tag: &str) -> TestResult {
    let dir = fresh_dir(tag)?;
    open_and_pick(b, &dir, file).await?;
    let preview = text_of(b, ".ed-import-preview").await?;
    for name in NAMES {
        ensure!(preview.contains(name), "{name} in the preview: {preview}");
    }
    ensure!(preview.contains("Zeile 5:") && preview.contains("Spalte „PLZ“"), "the bad postcode named: {preview}");
    ensure!(preview.contains("„Elektro Funke“ ohne Koordinaten"), "the missing position named: {preview}");
    ensure!(preview.contains("Lage ungefähr"), "marked approximate: {preview}");
    ensure!(selected(b, "ed-import-target").await? == "betriebe.geojson", "firms go to the firms' file");
    ensure!(b.active_element_name().await?.starts_with("Vorschau"), "the focus on the preview's heading");
    b.screenshot(env, &format!("partner-{tag}-1-preview")).await?;
    press(b, "Hinzufügen").await?;
    b.wait_until("added", || async move { Ok(status(b).await?.contains("5 Orte zu betriebe.geojson hinzugefügt")) })
        .await?;
    ensure!(status(b).await?.contains("1 davon liegt nur ungefähr"), "the rough one said: {}", status(b).await?);
    ensure!(text_of(b, ".ed-changes").await?.contains("betriebe.geojson: 5 neu"), "the list of changes");
    ensure!(text_of(b, ".ed-to-place").await?.contains("Elektro Funke"), "the place to place by hand is listed");
    b.screenshot(env, &format!("partner-{tag}-2-added")).await?;
    put_the_postcode_right(b).await?;
    // The place to place by hand, chosen from its list.
    let to_place = b.all_by_role("button", |n| n == "Elektro Funke").await?;
    ensure!(!to_place.is_empty(), "a button for Elektro Funke");
    to_place[0].click().await?;
    b.wait_until("its form", || async move { Ok(text_of(b, "#ed-form-title").await? == "Elektro Funke") }).await?;
    ensure!(text_of(b, ".ed-rough").await?.contains("Lage ungefähr"), "its form says it is approximate");
    b.screenshot(env, &format!("partner-{tag}-3-to-place")).await?;
    press(b, "Geänderte Dateien speichern").await?;
    let saved = String::from_utf8(downloaded(b, &dir.join("saved"), "betriebe.geojson").await?)?;
    let added = added_lines(env, "betriebe.geojson", &saved)?;
    ensure!(added.len() == 5, "five new lines: {added:#?}");
    for name in NAMES {
        ensure!(added.iter().any(|l| l.contains(name)), "{name} saved");
    }
    let funke = added.iter().find(|l| l.contains("Elektro Funke")).unwrap();
    ensure!(funke.contains("Lage ungefähr") && funke.contains("coordinates"), "at Tostedt's centre: {funke}");
    ensure!(added.iter().any(|l| l.contains("\"21217\"")), "the postcode as put right");
    ensure!(added.iter().any(|l| l.contains("[\"pupils\", \"parents\"]")), "the audiences as codes: {added:#?}");
    ensure!(added.iter().all(|l| l.contains("\"2026-10-01\"") || l.contains("Gärtnerei")), "ISO dates");
    check_saved(env, &dir, &[("betriebe.geojson", saved.as_bytes())])
}

crate::e2e!(a_partner_csv_joins_the_firms_file_and_is_saved_checked, DESKTOP);
pub async fn a_partner_csv_joins_the_firms_file_and_is_saved_checked(env: &Env, b: &Browser) -> TestResult {
    join_and_save(env, b, "kammer-liste.csv", "csv").await
}

crate::e2e!(a_partner_xlsx_joins_the_firms_file_on_a_phone, MOBILE);
pub async fn a_partner_xlsx_joins_the_firms_file_on_a_phone(env: &Env, b: &Browser) -> TestResult {
    join_and_save(env, b, "kammer-liste.xlsx", "xlsx").await
}

crate::e2e!(a_partner_list_joins_the_file_the_editor_chooses_instead_of_the_proposed_one, DESKTOP);
pub async fn a_partner_list_joins_the_file_the_editor_chooses_instead_of_the_proposed_one(
    env: &Env,
    b: &Browser,
) -> TestResult {
    let dir = fresh_dir("chosen")?;
    open_and_pick(b, &dir, "kammer-liste.csv").await?;
    ensure!(selected(b, "ed-import-target").await? == "betriebe.geojson", "the firms' file proposed");
    b.by_role("combobox", "Hinzufügen zu Datei").await?.select_by_label("beratung.geojson").await?;
    ensure!(selected(b, "ed-import-target").await? == "beratung.geojson", "the file chosen by hand");
    press(b, "Hinzufügen").await?;
    b.wait_until("added", || async move { Ok(status(b).await?.contains("5 Orte zu beratung.geojson hinzugefügt")) })
        .await?;
    let changes = text_of(b, ".ed-changes").await?;
    ensure!(changes.contains("beratung.geojson: 5 neu") && !changes.contains("betriebe.geojson"), "{changes}");
    put_the_postcode_right(b).await?;
    press(b, "Geänderte Dateien speichern").await?;
    let saved = dir.join("saved");
    let beratung = String::from_utf8(downloaded(b, &saved, "beratung.geojson").await?)?;
    let added = added_lines(env, "beratung.geojson", &beratung)?;
    ensure!(added.len() == 5, "five new lines in beratung.geojson: {added:#?}");
    for name in NAMES {
        ensure!(added.iter().any(|l| l.contains(name)), "{name} saved in beratung.geojson");
    }
    // Each changed file is downloaded at once: betriebe.geojson, untouched, is not among them.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    ensure!(!saved.join("betriebe.geojson").exists(), "the proposed file was not changed, yet saved");
    check_saved(env, &dir, &[("beratung.geojson", beratung.as_bytes())])
}

crate::e2e!(the_partner_preview_follows_the_page_language_and_passes_axe, DESKTOP);
pub async fn the_partner_preview_follows_the_page_language_and_passes_axe(env: &Env, b: &Browser) -> TestResult {
    let dir = fresh_dir("lang")?;
    open_and_pick(b, &dir, "kammer-liste.csv").await?;
    crate::a11y::axe(b, "the editors' page with a partner list's preview").await?;
    // A file chosen by hand stays chosen when the preview is said again.
    b.by_role("combobox", "Hinzufügen zu Datei").await?.select_by_label("beratung.geojson").await?;
    press(b, "English").await?;
    let english = [
        "Preview: kammer-liste.csv – 5 places",
        "Row 5:",
        "column \"PLZ\": the postcode \"2144\" does not have five digits",
        "\"Elektro Funke\" has no coordinates",
        "Position approximate",
        "Add to file",
    ];
    let german = ["Vorschau", "Zeile", "Spalte", "Postleitzahl", "ohne Koordinaten", "Lage ungefähr", "Hinzufügen"];
    let in_english = || async move {
        let preview = text_of(b, ".ed-import-preview").await?;
        Ok(english.iter().all(|w| preview.contains(w)) && !german.iter().any(|w| preview.contains(w)))
    };
    if b.wait_until("the preview in English", in_english).await.is_err() {
        return fail(format!("the preview in English: {}", text_of(b, ".ed-import-preview").await?));
    }
    ensure!(selected(b, "ed-import-target").await? == "beratung.geojson", "the chosen file kept");
    // The status line is said again in the new language.
    let said = status(b).await?;
    ensure!(said.contains("Read 5 places from kammer-liste.csv") && !said.contains("gelesen"), "the status: {said:?}");
    b.screenshot(env, "partner-lang-1-english").await?;
    crate::a11y::axe(b, "the editors' page with a partner list's preview, in English").await?;
    press(b, "Deutsch").await?;
    let in_german = || async move {
        let preview = text_of(b, ".ed-import-preview").await?;
        Ok(preview.contains("Vorschau: kammer-liste.csv – 5 Orte")
            && preview.contains("Zeile 5:")
            && preview.contains("Spalte „PLZ“")
            && !preview.contains("Row "))
    };
    if b.wait_until("the preview in German again", in_german).await.is_err() {
        return fail(format!("the preview in German again: {}", text_of(b, ".ed-import-preview").await?));
    }
    ensure!(selected(b, "ed-import-target").await? == "beratung.geojson", "the chosen file still kept");
    Ok(())
}

crate::e2e!(a_place_moves_to_another_file_undoably_and_both_files_are_saved, DESKTOP);
pub async fn a_place_moves_to_another_file_undoably_and_both_files_are_saved(env: &Env, b: &Browser) -> TestResult {
    let dir = scratch_dir().join(format!("partner-move-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    open_published(b).await?;
    allow_downloads(b, &dir).await?;
    let name = "Berufsbildende Schulen Winsen (Luhe)";
    choose(b, name).await?;
    ensure!(selected(b, "ed-f-file").await? == "schulen.geojson", "in the schools' file");
    b.by_role("combobox", "Datei").await?.select_by_label("beratung.geojson").await?;
    press(b, "In diese Datei verschieben").await?;
    b.wait_until("moved", || async move { Ok(status(b).await?.contains("ist jetzt in beratung.geojson")) }).await?;
    ensure!(selected(b, "ed-f-file").await? == "beratung.geojson", "the form says its new file");
    ensure!(b.active_element_name().await? == "Datei", "the focus stays on the file's choice");
    let changes = text_of(b, ".ed-changes").await?;
    ensure!(
        changes.contains("schulen.geojson: 1 entfernt") && changes.contains("beratung.geojson: 1 neu"),
        "{changes}"
    );
    b.screenshot(env, "partner-move-1-moved").await?;
    // One undo takes the whole move back, one redo does it again.
    press(b, "Rückgängig").await?;
    b.wait_until("undone", || async move { Ok(!text_of(b, ".ed-changes").await?.contains(".geojson:")) }).await?;
    ensure!(selected(b, "ed-f-file").await? == "schulen.geojson", "back in the schools' file");
    press(b, "Wiederholen").await?;
    b.wait_until("redone", || async move { Ok(text_of(b, ".ed-changes").await?.contains("beratung.geojson: 1 neu")) })
        .await?;
    press(b, "Geänderte Dateien speichern").await?;
    let schulen = String::from_utf8(downloaded(b, &dir, "schulen.geojson").await?)?;
    let beratung = String::from_utf8(downloaded(b, &dir, "beratung.geojson").await?)?;
    ensure!(!schulen.contains(name), "gone from the schools' file");
    let original = std::fs::read_to_string(env.dist().join("data/schulen.geojson"))?;
    let kept: Vec<&str> = original.lines().filter(|l| !l.contains(name)).collect();
    ensure!(schulen.lines().collect::<Vec<_>>() == kept, "the other schools' lines as they were");
    let added = added_lines(env, "beratung.geojson", &beratung)?;
    ensure!(added.len() == 1 && added[0].contains(name), "one new line in beratung.geojson: {added:#?}");
    check_saved(env, &dir, &[("schulen.geojson", schulen.as_bytes()), ("beratung.geojson", beratung.as_bytes())])
}
