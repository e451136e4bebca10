//! Notices about files that failed and features that were left out. They name the file and the
//! reason; everything that could be read is still shown.

use super::ctx::Ctx;
use crate::i18n::{Describe, count_args, tr};
use crate::model::{Lang, SourceReport};
use leptos::prelude::*;

fn skipped_text(lang: Lang, r: &SourceReport, n: usize) -> String {
    let mut args = count_args(lang, n);
    args.set("file", r.file.clone());
    tr(lang, "skipped", Some(&args))
}

/// One notice: what happened, the details, and whether asking again may help.
struct Notice {
    /// Stays the same while reports come and go, so a dismissed notice stays dismissed.
    key: String,
    head: String,
    lines: Vec<String>,
    retry: bool,
}

fn notices(ctx: Ctx, lang: Lang) -> Vec<Notice> {
    let mut out = Vec::new();
    if let Some(f) = ctx.data.fatal.get() {
        let reason = f.problems.iter().map(|p| p.describe(lang)).collect::<Vec<_>>().join("; ");
        let reason = format!("„{}“: {reason}", f.file);
        let head = crate::tr!(lang, "config-failed", reason = reason);
        out.push(Notice { key: format!("config {}", f.file), head, lines: Vec::new(), retry: f.retry });
    }
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
            out.push(Notice { key: format!("fatal {} {}", r.file, p.code()), head, lines: Vec::new(), retry });
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
            out.push(Notice { key, head: skipped_text(lang, &r, skipped.len()), lines, retry: false });
        }
    }
    out
}

#[component]
pub fn Notices() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let loading = use_context::<super::loading::Loading>();
    let dismissed = RwSignal::new(Vec::<String>::new());
    let close_label = move || tr(ctx.lang.get(), "close-notice", None);
    let busy = move || ctx.data.loading.get();
    let retry_label = move || tr(ctx.lang.get(), if busy() { "retrying" } else { "retry" }, None);
    // A notice that goes (closed, or its file arrived) takes the focus with it: it moves on to
    // the search field rather than to the top of the page.
    let refocus = StoredValue::new(false);
    let focus_on = move || {
        let search = ctx.id("search");
        request_animation_frame(move || {
            let lost = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .is_none_or(|a| a.tag_name().eq_ignore_ascii_case("body"));
            if let (true, Some(el)) = (lost, super::dom::element_by_id(&search)) {
                super::dom::focus_quietly(&el);
            }
        });
    };
    Effect::new(move |_| {
        if !busy() && refocus.get_value() {
            refocus.set_value(false);
            focus_on();
        }
    });
    let retry = move |_| {
        // Not `disabled` while it works: a disabled button would drop the focus.
        if let (Some(l), false) = (loading, ctx.data.loading.get_untracked()) {
            refocus.set_value(true);
            l.retry(ctx);
        }
    };
    // Keyed, so a notice already there is not drawn (and announced) again when another file's
    // report comes in.
    let shown = move || {
        let lang = ctx.lang.get();
        notices(ctx, lang)
            .into_iter()
            .filter(|n| !dismissed.with(|d| d.contains(&n.key)))
            .map(move |n| (format!("{} {}", lang.code(), n.key), n))
            .collect::<Vec<_>>()
    };
    let notice = move |(_, n): (String, Notice)| {
        let list = (!n.lines.is_empty())
            .then(|| view! { <ul>{n.lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> });
        let again = (n.retry && loading.is_some()).then(|| {
            view! {
                <button type="button" class="bk-notice-retry" on:click=retry
                    aria-disabled=move || busy().then_some("true")>{move || retry_label()}</button>
            }
        });
        let key = n.key;
        view! {
            <div class="bk-notice" role="alert">
                <div class="bk-notice-text">
                    <p>{n.head}</p>
                    {list}
                    {again}
                </div>
                <button type="button" class="bk-notice-close" aria-label=move || close_label() title=move || close_label()
                    on:click=move |_| { dismissed.update(|d| d.push(key.clone())); focus_on(); }>
                    <span aria-hidden="true">"×"</span>
                </button>
            </div>
        }
    };
    view! { <div class="bk-notices"><For each=shown key=|(k, _)| k.clone() children=notice/></div> }
}
