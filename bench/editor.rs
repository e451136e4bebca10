//! The editors' page (bearbeiten.html) on the phone profile (issue 33: usable within 2.0 s, a
//! first download of at most 250 KB gzip): from navigation, when its first button answers, when
//! the published files are open and listed (pressed at once), when a place chosen from the list
//! shows its form; and the bytes downloaded until the files were listed (the files' own bytes
//! apart). `BK_BENCH_EDITOR=0` skips it; `BK_DIST` measures another build (the one before).

use super::{R, median, phone_profile, wait_for};
use crate::support::{Env, browser_with};

/// [button answers, files listed, form shown] (ms since navigation), [code and styles, files]
/// (KB as sent).
async fn editor_once(env: &Env) -> R<([f64; 3], [f64; 2])> {
    let b = browser_with(env, 390, 844, &[]).await?;
    phone_profile(&b).await?;
    b.open("/bearbeiten.html").await?;
    let button = "const b = [...document.querySelectorAll('button')].find(b => /Veröffentlichte Daten öffnen/.test(b.textContent)); \
                  if (!b) return null; const t = performance.now(); b.click(); return t";
    let answered = wait_for(&b, button, 120).await?.as_f64().unwrap_or(f64::NAN);
    let listed = "const s = document.querySelector('.ed-status'); \
                  const first = document.querySelector('.ed-side li button, .ed-side [role=option], .ed-side li a'); \
                  if (!s || !/geöffnet/.test(s.textContent) || !first) return null; \
                  const t = performance.now(); first.click(); return t";
    let opened = wait_for(&b, listed, 120).await?.as_f64().unwrap_or(f64::NAN);
    let form = "return document.getElementById('ed-f-name') ? performance.now() : null";
    let chosen = wait_for(&b, form, 120).await?.as_f64().unwrap_or(f64::NAN);
    let bytes = b
        .js(&format!(
            "const r = performance.getEntriesByType('resource').filter(e => e.responseEnd <= {opened}); \
             const data = r.filter(e => /\\.(geo)?json$/.test(new URL(e.name).pathname)); \
             const sum = (l) => l.reduce((s, e) => s + e.transferSize, 0) / 1024; \
             const nav = performance.getEntriesByType('navigation')[0]; \
             return [sum(r) - sum(data) + (nav ? nav.transferSize / 1024 : 0), sum(data)]"
        ))
        .await?;
    let kb = |i: usize| bytes.get(i).and_then(serde_json::Value::as_f64).unwrap_or(f64::NAN);
    Ok(([answered, opened, chosen], [kb(0), kb(1)]))
}

/// Prints the editors' page's rows (median of `runs`).
pub async fn editor_rows(env: &Env, runs: usize) {
    let mut times: [Vec<f64>; 3] = Default::default();
    let mut sent: [Vec<f64>; 2] = Default::default();
    for _ in 0..runs {
        match editor_once(env).await {
            Ok((t, kb)) => {
                for (v, x) in times.iter_mut().zip(t) {
                    v.push(x);
                }
                for (v, x) in sent.iter_mut().zip(kb) {
                    v.push(x);
                }
            }
            Err(e) => println!("| editors' page, phone profile | error: {e} | |"),
        }
    }
    if times[0].is_empty() {
        return;
    }
    let n = times[0].len();
    let [answered, opened, chosen] = times.map(median);
    let [code, files] = sent.map(median);
    println!(
        "| editors' page, phone profile (390×844, 4× CPU, 150 ms, 1.6 Mbit/s), median of {n} | ms since navigation |"
    );
    println!("| its first button answers (\"Veröffentlichte Daten öffnen\", pressed at once) | {answered:.0} |");
    println!("| the published files open and listed (a place chosen from the list at once) | {opened:.0} |");
    println!("| the chosen place's form shown | {chosen:.0} |");
    println!("| sent until listed: page, code and styles / the files (KB, as sent) | {code:.1} / {files:.1} |");
}
