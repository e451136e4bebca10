//! The first paint: the map's first markers without the widget. It is the program's start (no
//! Leptos in it; src/main.rs): it reads the config and the data files with the browser's JSON
//! parser, draws the widget's own markup with the same view, clusters and markers the widget will
//! draw, and then fetches the widget, the rest of the same program (its part `app`,
//! ui::parts::start_app), in idle time. The widget mounts under it and, at its own
//! first markers, takes its place (ui::handoff), with what the visitor did meanwhile: a marker
//! pressed opens its place, a zoom keeps its view, the typed search stays, the list or the
//! consent answer applies, and the focus moves to the same control.
//!
//! Where the first paint cannot show what the widget would (a link with a view, filters or a place
//! in it; a config the widget refuses; files over 4 MB, which the widget reads in slices), it
//! steps aside and the widget starts at once, as before.
//!
//! | module | what |
//! |---|---|
//! | `sketch` | the config's and the places' few fields, the start view and a view's layout (plain Rust) |
//! | `words` | its words in the visitor's language (German compiled in, others from their `.ftl`), held to the widget's |
//! | `read` | config and files from JSON, as far as the first markers need them |
//! | `page` | the widget's markup, built with the DOM, and what it says while the widget comes |
//! | `draw` | one view: base layer, clusters and markers |
//! | `act` | what a press does before the widget is there |
//! | `details` | a pressed place's details, from a part of their own fetched right after the first markers |
//! | `start` | how the widget is fetched and started, and what a failure says |

pub mod sketch;
pub mod words;

#[cfg(target_arch = "wasm32")]
mod act;
#[cfg(target_arch = "wasm32")]
mod details;
#[cfg(target_arch = "wasm32")]
mod draw;
#[cfg(target_arch = "wasm32")]
mod page;
#[cfg(target_arch = "wasm32")]
mod read;
#[cfg(target_arch = "wasm32")]
mod start;

#[cfg(target_arch = "wasm32")]
pub use act::release;
#[cfg(target_arch = "wasm32")]
pub use run::start;
#[cfg(target_arch = "wasm32")]
pub use start::Starter;

#[cfg(target_arch = "wasm32")]
mod run {
    use super::act::Painted;
    use super::start::{start_widget, widget_later};
    use super::words::Words;
    use super::{page, read, sketch};
    use crate::model::Lang;
    use futures::future::{Either, join_all, select};
    use js_sys::{Function, Promise, Reflect};
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::HtmlElement;

    /// Files larger than this are the widget's to read, in slices between the page's tasks.
    const BIG: f64 = 4_000_000.0;

    thread_local! {
        /// First paints still loading: the widget comes when none is.
        static WAITING: Cell<usize> = const { Cell::new(0) };
    }

    /// Paints every host element; where none can be painted, starts the widget at once.
    /// A User Timing mark, for the benchmark's phases (BENCHMARKS.md).
    fn mark(name: &str) {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark(name);
        }
    }

    pub fn start(widget: super::start::Starter) {
        mark("bk-first-start");
        super::start::set_starter(widget);
        let Some(win) = web_sys::window() else { return };
        let Some(doc) = win.document() else { return };
        let get = Reflect::get(&win, &"__bildungskarteGet".into()).ok().and_then(|f| f.dyn_into::<Function>().ok());
        let Ok(hosts) = doc.query_selector_all("[data-bildungskarte], #bildungskarte") else { return };
        for i in 0..hosts.length() {
            let Some(host) = hosts.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else { continue };
            let linked = host.has_attribute("data-url-state") && state_in_link(&win);
            if host.has_attribute("data-bildungskarte-mounted") || linked {
                continue;
            }
            let Some(get) = get.clone() else { continue };
            WAITING.with(|w| w.set(w.get() + 1));
            wasm_bindgen_futures::spawn_local(async move {
                if paint(&host, i as usize, &get).await.is_none() {
                    // The widget shows this host's state itself, right away.
                    start_widget();
                }
                WAITING.with(|w| w.set(w.get() - 1));
                if WAITING.with(Cell::get) == 0 {
                    // A press on a marker is the likeliest next step: its details' part comes
                    // first (once the markers are on screen), the widget after it.
                    next_frame().await;
                    super::details::ready().await;
                    widget_later();
                }
            });
        }
        if WAITING.with(Cell::get) == 0 {
            start_widget();
        }
        // Should a first paint stop halfway (a fault of its own), the widget comes all the same.
        let later = wasm_bindgen::closure::Closure::once_into_js(start_widget);
        let _ = win.set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), 10_000);
    }

    /// Ready at the page's next frame, when what was drawn is on screen.
    async fn next_frame() {
        let frame = Promise::new(&mut |resolve, _| {
            if let Some(w) = web_sys::window() {
                let _ = w.request_animation_frame(&resolve);
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
    }

    /// The page's link names more than the config, the language or the notices: a view, a place,
    /// a search or filters, which only the widget reads.
    fn state_in_link(win: &web_sys::Window) -> bool {
        let Ok(search) = win.location().search() else { return false };
        search.trim_start_matches('?').split('&').filter(|p| !p.is_empty()).any(|p| {
            let key = p.split('=').next().unwrap_or("");
            !matches!(key, "config" | "lang" | "notices")
        })
    }

    /// How long (ms) the first paint waits for its files: a file that has not come by then is
    /// left to the widget (which names a silent server at its own timeout).
    const PATIENCE_MS: f64 = 3000.0;
    /// Once one data file is there, how much longer (ms) the others may take.
    const STRAGGLER_MS: f64 = 500.0;

    fn now() -> f64 {
        js_sys::Date::now()
    }

    /// When the first paint gives a file up: `PATIENCE_MS` after it began, or `STRAGGLER_MS` after
    /// the first data file arrived.
    struct Deadline {
        began: f64,
        first_arrived: Cell<Option<f64>>,
    }

    impl Deadline {
        fn passed(&self) -> bool {
            let t = now();
            t - self.began > PATIENCE_MS || self.first_arrived.get().is_some_and(|a| t - a > STRAGGLER_MS)
        }

        fn arrived(&self) {
            if self.first_arrived.get().is_none() {
                self.first_arrived.set(Some(now()));
            }
        }
    }

    /// The bytes of `url` through the page's early downloads (src/js/prefetch.js), so the widget
    /// takes the same bytes over later; `Err` for a file too large to read here; `None` for one
    /// that failed or did not come in time.
    async fn bytes(get: &Function, url: &str, deadline: &Deadline) -> Result<Option<js_sys::Uint8Array>, ()> {
        let Ok(promise) = get.call1(&JsValue::NULL, &url.into()).and_then(|p| p.dyn_into::<Promise>()) else {
            return Ok(None);
        };
        let received = || Reflect::get(&promise, &"received".into()).ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
        let mut settled = std::pin::pin!(wasm_bindgen_futures::JsFuture::from(promise.clone()));
        let answer = loop {
            match select(settled.as_mut(), std::pin::pin!(crate::io::sleep(100))).await {
                Either::Left((answer, _)) => break answer,
                Either::Right(_) if received() > BIG => return Err(()),
                Either::Right(_) if deadline.passed() => return Ok(None),
                Either::Right(_) => {}
            }
        };
        let Ok(answer) = answer else { return Ok(None) };
        let field = |name: &str| Reflect::get(&answer, &name.into()).unwrap_or(JsValue::UNDEFINED);
        if field("ok").as_bool() != Some(true) {
            return Ok(None);
        }
        let body = field("body").dyn_into::<js_sys::Uint8Array>().map_err(|_| ())?;
        if body.length() as f64 > BIG {
            return Err(());
        }
        Ok(Some(body))
    }

    /// The parsed JSON of `url` (as [`bytes`]), with the browser's own parser.
    async fn json(get: &Function, url: &str, deadline: &Deadline) -> Result<Option<JsValue>, ()> {
        let Some(body) = bytes(get, url, deadline).await? else { return Ok(None) };
        let Ok(response) = web_sys::Response::new_with_opt_buffer_source(Some(&body)) else { return Ok(None) };
        let Ok(parsed) = response.json() else { return Ok(None) };
        Ok(wasm_bindgen_futures::JsFuture::from(parsed).await.ok())
    }

    /// Where `lang`'s sentences lie: `locales/` beside this script, where the widget reads them too
    /// (ui::lang_files).
    fn ftl_url(lang: Lang) -> Option<String> {
        web_sys::Url::new_with_base(&format!("locales/{}.ftl", lang.code()), &crate::io::script_url())
            .ok()
            .map(|u| u.href())
    }

    /// The first paint's words in `lang`, and the sentences they come from; German where its
    /// file does not come in time.
    async fn words(get: &Function, lang: Lang, deadline: &Deadline) -> (Words, Option<String>) {
        if lang == Lang::De {
            return (Words::german(crate::i18n::light::browser_plural(lang)), None);
        }
        let text = match ftl_url(lang) {
            Some(url) => bytes(get, &url, deadline).await.ok().flatten(),
            None => None,
        };
        match text.and_then(|b| String::from_utf8(b.to_vec()).ok()) {
            Some(ftl) => (Words::from_ftl(lang, &ftl, crate::i18n::light::browser_plural(lang)), Some(ftl)),
            None => (Words::german(crate::i18n::light::browser_plural(Lang::De)), None),
        }
    }

    fn browser_langs(win: &web_sys::Window) -> Vec<String> {
        let nav = win.navigator();
        let list: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
        if list.is_empty() { nav.language().into_iter().collect() } else { list }
    }

    /// Draws the first markers into `host`; `None` (and nothing left in the host) where it steps
    /// aside for the widget.
    async fn paint(host: &HtmlElement, n: usize, get: &Function) -> Option<()> {
        let doc = web_sys::window()?.document()?;
        let win = web_sys::window()?;
        let config_url = crate::io::config_url(host.get_attribute("data-config")).ok()?;
        let deadline = Deadline { began: now(), first_arrived: Cell::new(None) };
        // The language as far as it is known before the config: its sentences come beside it.
        let explicit = host.get_attribute("data-lang").or_else(|| {
            let href = win.location().href().ok()?;
            web_sys::Url::new(&href).ok()?.search_params().get("lang")
        });
        let browser = browser_langs(&win);
        let page_lang = doc.document_element().and_then(|h| h.get_attribute("lang"));
        let guess = crate::model::negotiate(explicit.as_deref(), None, &browser, page_lang.as_deref());
        if let (true, Some(url)) = (guess != Lang::De, ftl_url(guess)) {
            let _ = get.call1(&JsValue::NULL, &url.into());
        }
        let config = json(get, &config_url.href(), &deadline).await.ok()??;
        let (config_lang, offered) = read::languages(&config);
        let lang = crate::model::start_lang(
            explicit.as_deref(),
            config_lang.as_deref(),
            &browser,
            page_lang.as_deref(),
            &offered,
        );
        let sketch = read::sketch(&config, lang)?;
        if host.has_attribute("data-standalone") {
            // The page is the map: its title (the tab, a screen reader's page name) is the map's,
            // in the visitor's language, as the widget keeps it (ui::app).
            doc.set_title(&sketch.title);
        }
        let (words, ftl) = words(get, lang, &deadline).await;
        let words = std::rc::Rc::new(words);
        mark("bk-first-config");
        // The page's "Karte wird geladen …" stays until the first markers, and comes back if the
        // first paint steps aside.
        let boot: Vec<web_sys::Element> = host
            .query_selector_all(".bk-boot")
            .ok()
            .map(|l| (0..l.length()).filter_map(|i| l.item(i)?.dyn_into().ok()).collect())
            .unwrap_or_default();
        for b in &boot {
            b.class_list().add_1("bk-boot--under").ok()?;
        }
        // Measured without the loading text, whose own height would pass for the host's.
        let auto_height = host.client_height() < 2;
        let level = host.get_attribute("data-heading-level").and_then(|v| v.parse().ok()).unwrap_or(2);
        let page = page::page(&doc, &sketch, words, &format!("bkf{n}"), level, auto_height);
        // The widget came first (the loader's fallback): it is the widget's host.
        if host.has_attribute("data-bildungskarte-mounted") {
            return None;
        }
        // As the widget's root: on a host page one finger is the page's (the stylesheet's touch-action).
        let cooperative = crate::map::cooperative(host);
        if cooperative {
            page.root.class_list().add_1("bk-root--cooperative").ok()?;
        }
        host.append_child(&page.root).ok()?;
        let source = super::details::Source {
            features: Default::default(),
            config,
            ftl,
            lang: page.words.lang,
            level,
            prefix: page.prefix.clone(),
        };
        let drawn = draw_places(get, &config_url, &sketch, page, &deadline, cooperative, source).await;
        match drawn.filter(|_| !host.has_attribute("data-bildungskarte-mounted")) {
            Some(painted) => {
                for b in &boot {
                    b.remove();
                }
                if auto_height {
                    let _ = host.set_attribute("data-bk-auto-height", "");
                }
                super::act::listen(painted);
                Some(())
            }
            None => {
                for b in &boot {
                    let _ = b.class_list().remove_1("bk-boot--under");
                }
                if let Ok(Some(root)) = host.query_selector(".bk-first") {
                    root.remove();
                }
                None
            }
        }
    }

    async fn draw_places(
        get: &Function,
        config_url: &web_sys::Url,
        sketch: &sketch::Sketch,
        page: page::Page,
        deadline: &Deadline,
        cooperative: bool,
        mut source: super::details::Source,
    ) -> Option<Rc<Painted>> {
        let resolve = |f: &str| crate::io::resolve(f, config_url).ok();
        let sources: Vec<String> = sketch.sources.iter().filter_map(|s| resolve(s)).collect();
        let layers = [sketch.outline.as_deref().and_then(resolve), sketch.areas.as_deref().and_then(resolve)];
        let files = join_all(sources.iter().map(|u| async move {
            let file = json(get, u, deadline).await;
            if let Ok(Some(_)) = &file {
                deadline.arrived();
            }
            file
        }))
        .await;
        let mut dots = Vec::new();
        for file in files {
            if let Some(file) = file.ok()? {
                for (dot, feature) in read::dots(&file, sketch, page.words.lang) {
                    source.features.entry(dot.id.clone()).or_insert(feature);
                    dots.push(dot);
                }
            }
        }
        let dots = sketch::settle(dots);
        if dots.is_empty() {
            return None;
        }
        let [outline, areas] = layers;
        let (outline, areas) = futures::join!(
            async { json(get, outline.as_deref()?, deadline).await.ok().flatten().map(|f| read::outline(&f)) },
            async { json(get, areas.as_deref()?, deadline).await.ok().flatten().map(|f| read::areas(&f)) },
        );
        mark("bk-first-data");
        let painted = Painted::new(
            page,
            sketch.clone(),
            dots,
            outline.unwrap_or_default(),
            areas.unwrap_or_default(),
            cooperative,
            source,
        );
        painted.redraw();
        painted.drawn();
        // At the next frame, when they are on screen (the widget and the Leaflet page do the same).
        let on_screen = wasm_bindgen::closure::Closure::once_into_js(|| {
            if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
                if p.get_entries_by_name("bk-first-markers").length() == 0 {
                    let _ = p.mark("bk-first-markers");
                }
            }
        });
        let _ = web_sys::window()?.request_animation_frame(on_screen.unchecked_ref());
        Some(painted)
    }
}
