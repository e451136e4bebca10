//! A part of the widget that arrives after the first markers, in a wasm file of its own
//! (`parts.rs` names them; scripts/build-wasm.sh splits them off). Each widget keeps its own
//! view of a part; the file itself is fetched once per page, however many widgets ask.

use super::ctx::Ctx;
use crate::i18n::tr;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::{future::Future, pin::Pin};

/// A part's file did not arrive (offline, or the server failed): the visitor may try again.
#[derive(Debug)]
pub struct Missing;

impl From<SplitLoaderError> for Missing {
    fn from(_: SplitLoaderError) -> Self {
        Missing
    }
}

/// When a part's fetch is tried (ms after the last try failed): at once, then twice more.
const RETRY_AFTER_MS: [u32; 3] = [0, 1000, 3000];

pub type Fetch = fn() -> Pin<Box<dyn Future<Output = Result<(), SplitLoaderError>>>>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Absent,
    Coming,
    Arrived,
    Failed,
}

#[derive(Clone, Copy)]
pub struct Part {
    fetch: StoredValue<Fetch>,
    state: RwSignal<State>,
}

impl Part {
    pub fn new(fetch: Fetch) -> Self {
        Self { fetch: StoredValue::new(fetch), state: RwSignal::new(State::Absent) }
    }

    /// Fetches the part unless it is on its way or there; after a failure, tries again. A server's
    /// passing trouble is not the visitor's: a failed fetch is tried twice more by itself, after 1
    /// and 3 s, before the visitor is asked to try again.
    pub fn want(self) {
        if matches!(self.state.get_untracked(), State::Coming | State::Arrived) {
            return;
        }
        self.state.set(State::Coming);
        let fetch = self.fetch.get_value();
        leptos::task::spawn_local(async move {
            for wait in RETRY_AFTER_MS {
                if wait > 0 {
                    crate::io::sleep(wait).await;
                }
                if fetch().await.is_ok() {
                    return self.state.set(State::Arrived);
                }
            }
            self.state.set(State::Failed);
        });
    }

    /// Fetches the part unless it was asked for before (a failure waits for `want`, the
    /// visitor's "try again").
    #[cfg_attr(not(feature = "editor"), allow(dead_code))]
    pub fn want_once(self) {
        if self.state.get_untracked() == State::Absent {
            self.want();
        }
    }

    /// Whether the part is there (tracked: a view reading it draws again when it arrives).
    pub fn arrived(self) -> bool {
        self.state.get() == State::Arrived
    }

    /// Whether the part is there, read outside the reactive graph (a timer's check).
    pub fn arrived_untracked(self) -> bool {
        self.state.get_untracked() == State::Arrived
    }

    /// Whether the last try to fetch the part failed, read outside the reactive graph.
    pub fn failed_untracked(self) -> bool {
        self.state.get_untracked() == State::Failed
    }

    /// Whether the last try to fetch the part failed (tracked).
    pub fn failed(self) -> bool {
        self.state.get() == State::Failed
    }

    /// The part's view, made in the caller's owner (so it has the widget's context). Call it once
    /// `arrived` says so: the part's code is then loaded and the future is ready at once.
    pub fn view(self, made: impl Future<Output = Result<AnyView, Missing>>) -> Option<AnyView> {
        use futures::FutureExt;
        made.now_or_never().and_then(Result::ok)
    }

    /// What stands in for the part while it is coming: a busy note, or after a failure the
    /// reason and a button to try again. `class` places it where the part will be.
    pub fn busy(self, class: &'static str) -> AnyView {
        let ctx = expect_context::<Ctx>();
        let lang = move || ctx.lang.get();
        let failed = move || self.failed();
        view! {
            <div class=class aria-busy=move || (!failed()).to_string()>
                {move || if failed() {
                    view! {
                        <p class="bk-part-note" role="alert">{tr(lang(), "part-failed", None)}" "
                            <button type="button" class="bk-notice-retry" on:click=move |_| self.want()>{tr(lang(), "retry", None)}</button>
                        </p>
                    }.into_any()
                } else {
                    view! { <p class="bk-part-note" role="status">{tr(lang(), "part-loading", None)}</p> }.into_any()
                }}
            </div>
        }
        .into_any()
    }
}
