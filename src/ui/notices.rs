//! Notices about files that failed and features that were left out. They name the file and the
//! reason; everything that could be read is still shown.

use super::ctx::Ctx;
use crate::i18n::{count_args, tr};
use crate::model::{Lang, SourceReport};
use leptos::prelude::*;

fn skipped_text(lang: Lang, r: &SourceReport, n: usize) -> String {
    let mut args = count_args(lang, n);
    args.set("file", r.file.clone());
    tr(lang, "skipped", Some(&args))
}

#[component]
pub fn Notices() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let dismissed = RwSignal::new(Vec::<usize>::new());
    let close_label = move || tr(ctx.lang.get(), "close-notice", None);
    let notices = move || {
        let lang = ctx.lang.get();
        let mut out: Vec<(String, Vec<String>)> = Vec::new();
        if let Some(f) = ctx.fatal.get() {
            out.push((crate::tr!(lang, "config-failed", reason = f), Vec::new()));
        }
        for r in ctx.reports.get() {
            if let Some(p) = &r.fatal {
                out.push((
                    crate::tr!(lang, "file-problem", file = r.file.as_str(), message = p.message(lang)),
                    Vec::new(),
                ));
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
                out.push((skipped_text(lang, &r, skipped.len()), lines));
            }
        }
        out.into_iter()
            .enumerate()
            .filter(|(i, _)| !dismissed.with(|d| d.contains(i)))
            .map(|(i, (head, lines))| {
                let list = (!lines.is_empty()).then(|| {
                    view! { <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }
                });
                view! {
                    <div class="bk-notice" role="alert">
                        <div class="bk-notice-text">
                            <p>{head}</p>
                            {list}
                        </div>
                        <button type="button" class="bk-notice-close" aria-label=close_label title=close_label
                            on:click=move |_| dismissed.update(|d| d.push(i))>
                            <span aria-hidden="true">"×"</span>
                        </button>
                    </div>
                }
            })
            .collect::<Vec<_>>()
    };
    view! { <div class="bk-notices">{notices}</div> }
}
