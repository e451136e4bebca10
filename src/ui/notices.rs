//! Notices about files that failed and entries that were left out; everything that could be read
//! is still shown. Visitors get one plain line per kind of trouble with what they can do
//! (`model::troubles`); editors (`data-notices="all"`, `?notices=all`, the check page's preview)
//! get every file's reason and every skipped entry. On a narrow widget the first notice shows
//! and a button says how many more there are.

use super::ctx::Ctx;
use crate::i18n::{Describe, count_args, tr};
use crate::model::{Lang, SourceReport, Trouble};
use leptos::prelude::*;

/// One notice: what happened, the details, and whether asking again may help.
struct Notice {
    /// Stays the same while reports come and go, so a dismissed notice stays dismissed.
    key: String,
    head: String,
    lines: Vec<String>,
    retry: bool,
    /// Its files are being asked for again right now.
    busy: bool,
}

impl Notice {
    fn new(key: String, head: String, retry: bool, busy: bool) -> Self {
        Notice { key, head, lines: Vec::new(), retry, busy }
    }
}

fn config_notice(ctx: Ctx, lang: Lang, all: bool) -> Option<Notice> {
    let f = ctx.data.fatal.get()?;
    let key = format!("config {}", f.file);
    let head = if all {
        let reason = f.problems.iter().map(|p| p.describe(lang)).collect::<Vec<_>>().join("; ");
        crate::tr!(lang, "config-failed", reason = format!("„{}“: {reason}", f.file))
    } else {
        tr(lang, if f.retry { "trouble-map" } else { "trouble-map-broken" }, None)
    };
    Some(Notice::new(key, head, f.retry, f.retrying))
}

/// The visitor's lines: no entry ids, fields or positions.
/// `tried`: the visitor asked again already, so a line that stays says so.
fn plain(ctx: Ctx, lang: Lang, tried: bool) -> Vec<Notice> {
    let sources = ctx.data.config.with(|c| c.as_ref().map(|c| c.sources.clone()).unwrap_or_default());
    // By their names, not their paths: enough to tell the district which file it is.
    let files = |f: &[String]| f.iter().map(|p| p.rsplit('/').next().unwrap_or(p)).collect::<Vec<_>>().join(", ");
    ctx.data
        .reports
        .with(|r| crate::model::troubles(r, &sources))
        .into_iter()
        .map(|t| {
            let key = t.key();
            match t {
                Trouble::Unavailable { files: f, retrying } => {
                    let text = if tried && !retrying { "trouble-unavailable-still" } else { "trouble-unavailable" };
                    Notice::new(key, crate::tr!(lang, text, files = files(&f)), true, retrying)
                }
                Trouble::Broken { files: f } => {
                    Notice::new(key, crate::tr!(lang, "trouble-broken", files = files(&f)), false, false)
                }
                Trouble::Incomplete { entries } => {
                    Notice::new(key, tr(lang, "trouble-incomplete", Some(&count_args(lang, entries))), false, false)
                }
                Trouble::BaseLayer { retry, retrying } => {
                    Notice::new(key, tr(lang, "trouble-base", None), retry, retrying)
                }
            }
        })
        .collect()
}

fn skipped_text(lang: Lang, r: &SourceReport, n: usize) -> String {
    let mut args = count_args(lang, n);
    args.set("file", r.file.clone());
    tr(lang, "skipped", Some(&args))
}

/// The editors' notices: each file's reason, each skipped entry with all its errors.
fn detailed(ctx: Ctx, lang: Lang) -> Vec<Notice> {
    let mut out = Vec::new();
    for r in ctx.data.reports.get() {
        if let Some(p) = &r.fatal {
            // Only a file that did not arrive can come with another try; a broken one must be fixed.
            let retry = r.failure().is_some_and(|f| f.retry_may_help());
            let (file, message) = (r.file.as_str(), p.message(lang));
            let head = if retry {
                crate::tr!(lang, "file-missing", file = file, message = message)
            } else {
                crate::tr!(lang, "file-problem", file = file, message = message)
            };
            out.push(Notice::new(format!("fatal {} {}", r.file, p.code()), head, retry, r.retrying));
        }
        let skipped = r.skipped();
        if !skipped.is_empty() {
            let lines = skipped
                .iter()
                .map(|p| {
                    // All errors of one feature in one line.
                    let all: Vec<String> = r
                        .problems
                        .iter()
                        .filter(|q| q.feature == p.feature && q.severity == p.severity)
                        .map(|q| q.message(lang))
                        .collect();
                    format!("{}: {}", p.location(lang), all.join("; "))
                })
                .collect();
            let key = format!("skipped {} {}", r.file, skipped.len());
            out.push(Notice { lines, ..Notice::new(key, skipped_text(lang, &r, skipped.len()), false, false) });
        }
    }
    out
}

#[component]
pub fn Notices(
    /// Editors' notices: every file's reason and every skipped entry.
    all: bool,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let loading = use_context::<super::loading::Loading>();
    let dismissed = RwSignal::new(Vec::<String>::new());
    // Narrow widgets show the first notice; this shows them all.
    let expanded = RwSignal::new(false);
    let close_label = move || tr(ctx.lang.get(), "close-notice", None);
    // A notice that goes (closed, or its file arrived) takes the focus with it: it moves on to
    // the search field rather than to the top of the page.
    let refocus = StoredValue::new(false);
    let focus_on = move || {
        let search = ctx.id("search");
        request_animation_frame(move || {
            if let (true, Some(el)) = (super::dom::focus_is_lost(), super::dom::element_by_id(&search)) {
                super::dom::focus_quietly(&el);
            }
        });
    };
    Effect::new(move |_| {
        if !ctx.data.loading.get() && refocus.get_value() {
            refocus.set_value(false);
            focus_on();
        }
    });
    let tried = RwSignal::new(false);
    let retry = move || {
        if let Some(l) = loading {
            refocus.set_value(true);
            tried.set(true);
            l.retry(ctx);
        }
    };
    // The editors' notices say the problems in full, in German sentences the widget fetches
    // (its first download carries the visitors' German only: i18n::DE).
    let words = RwSignal::new(!all || crate::i18n::has_german_problems());
    if !words.get_untracked() {
        leptos::task::spawn_local(async move {
            if super::lang_files::fetch_german_problems().await {
                words.set(true);
            }
        });
    }
    // Keyed, so a notice already there is not drawn (and announced) again when another file's
    // report comes in.
    let current = Memo::new(move |_| {
        let lang = ctx.lang.get();
        let said = if words.get() { "" } else { "…" };
        let mut all_notices: Vec<Notice> = config_notice(ctx, lang, all).into_iter().collect();
        all_notices.extend(if all { detailed(ctx, lang) } else { plain(ctx, lang, tried.get()) });
        // A shared link to a place the map no longer has: for visitors and editors alike.
        if let Some(id) = ctx.data.link_missing.get() {
            all_notices.push(Notice::new(format!("link {id}"), tr(lang, "link-place-missing", None), false, false));
        }
        all_notices
            .into_iter()
            .filter(|n| !dismissed.with(|d| d.contains(&n.key)))
            .map(|n| (format!("{}{said} {}", lang.code(), n.key), n.head, n.lines, n.retry, n.busy, n.key))
            .collect::<Vec<_>>()
    });
    let count = move || current.with(Vec::len);
    let more = move || {
        let lang = ctx.lang.get();
        if expanded.get() {
            tr(lang, "notices-fewer", None)
        } else {
            tr(lang, "notices-more", Some(&count_args(lang, count().saturating_sub(1))))
        }
    };
    let notice =
        move |(at, (_, head, lines, may_retry, _, key)): (usize, (String, String, Vec<String>, bool, bool, String))| {
            // Its own files' state, not the whole loader's; its words follow it ("weiterhin"
            // after the visitor asked again) without drawing, and announcing, the notice anew.
            let busy = {
                let key = key.clone();
                move || current.with(|c| c.iter().any(|n| n.5 == key && n.4))
            };
            let head = {
                let key = key.clone();
                move || current.with(|c| c.iter().find(|n| n.5 == key).map_or_else(|| head.clone(), |n| n.1.clone()))
            };
            let list = (!lines.is_empty())
                .then(|| view! { <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> });
            let again = (may_retry && loading.is_some()).then(|| {
                let (b1, b2, b3) = (busy.clone(), busy.clone(), busy.clone());
                let label = move || tr(ctx.lang.get(), if b1() { "retrying" } else { "retry" }, None);
                // Not `disabled` while it works: a disabled button would drop the focus.
                view! {
                    <button type="button" class="bk-notice-retry" on:click=move |_| if !b2() { retry() }
                        aria-disabled=move || b3().then_some("true")>{label}</button>
                }
            });
            // The first notice says how many more there are (shown on narrow widgets only).
            let toggle = (at == 0).then(|| {
                view! {
                    <button type="button" class="bk-notices-more" aria-expanded=move || expanded.get().to_string()
                        hidden=move || count() < 2 on:click=move |_| expanded.update(|e| *e = !*e)>
                        {more}
                    </button>
                }
            });
            view! {
                <div class="bk-notice" role="alert">
                    <div class="bk-notice-text">
                        <p>{head}</p>
                        {list}
                        <div class="bk-notice-actions">{again}{toggle}</div>
                    </div>
                    <button type="button" class="bk-notice-close" aria-label=close_label title=close_label
                        on:click=move |_| { dismissed.update(|d| d.push(key.clone())); focus_on(); }>
                        <span aria-hidden="true">"×"</span>
                    </button>
                </div>
            }
        };
    view! {
        <div class="bk-notices" class:bk-notices--open=move || expanded.get()>
            <For each=move || current.get().into_iter().enumerate() key=|(i, n)| (*i == 0, n.0.clone()) children=notice/>
        </div>
    }
}
