//! The state one widget instance shares between its components, split by concern. Each part
//! hands out read-only signals and has the few methods that may change it:
//! - [`Data`]: what loading brought (config, places, reports, index); written only by loading,
//!   through the [`DataWriter`] that `Ctx::new` hands to it alone;
//! - [`Finding`]: what the visitor asked for (search text, filters, position, list options);
//! - [`Screen`]: what the widget shows (the map's view, map or list, consent, background map);
//! - [`Selection`]: the open place and how it was opened (`Ctx::open_place`, `Ctx::close_place`);
//! - [`Keep`]: the Merkliste, the places compared, the print sheet.

mod data;
mod finding;
mod keep;
mod screen;
mod selection;

pub use data::{ConfigFailure, Data, DataWriter};
pub use finding::Finding;
pub use keep::{Keep, SheetOf};
pub use screen::{PanelView, Screen};
pub use selection::Selection;

use crate::model::Lang;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Ctx {
    prefix: StoredValue<String>,
    /// The level of the widget's title (`data-heading-level`); its sections are one level below.
    pub heading: u8,
    /// On a host page the wheel and one finger scroll the page; the map takes Ctrl + wheel, a
    /// click into it, or two fingers. The standalone page takes every gesture.
    pub cooperative: bool,
    pub lang: ReadSignal<Lang>,
    set_lang: WriteSignal<Lang>,
    /// The visitor switched the language (or a link named one): shared links then keep it.
    lang_chosen: StoredValue<bool>,
    /// A language whose sentences are on their way (the menu says so); `lang` follows on arrival.
    pub lang_arriving: RwSignal<Option<Lang>>,
    /// A language whose file did not arrive (the menu says so).
    pub lang_failed: RwSignal<Option<Lang>>,
    /// The languages the menu offers (the config may name fewer).
    pub langs: RwSignal<Vec<Lang>>,
    pub data: Data,
    pub finding: Finding,
    pub screen: Screen,
    pub selection: Selection,
    pub keep: Keep,
}

impl Ctx {
    /// The widget's state, and the one writer of its data (for loading).
    pub fn new(prefix: String, heading: u8, cooperative: bool, lang: Lang) -> (Self, DataWriter) {
        let (data, writer) = Data::new();
        let finding = Finding::new(data);
        let (lang, set_lang) = signal(lang);
        let ctx = Self {
            prefix: StoredValue::new(prefix),
            heading: heading.clamp(1, 4),
            cooperative,
            lang,
            set_lang,
            lang_chosen: StoredValue::new(false),
            lang_arriving: RwSignal::new(None),
            lang_failed: RwSignal::new(None),
            langs: RwSignal::new(crate::model::LANGS.to_vec()),
            data,
            finding,
            screen: Screen::new(data.limits),
            selection: Selection::new(),
            keep: Keep::new(),
        };
        (ctx, writer)
    }

    /// The visitor (or a link) chose a language: it stays, and shared links keep it.
    pub fn choose_lang(&self, lang: Lang) {
        self.lang_chosen.set_value(true);
        self.switch_lang(lang);
    }

    /// A language the widget picked (the config's, the browser's), while nobody chose one.
    pub fn default_lang(&self, lang: Lang) {
        if !self.lang_chosen.get_value() {
            self.switch_lang(lang);
        }
    }

    /// Offers only these languages (the config's `languages`). A language shown or on its way
    /// that is not among them gives way to the first of the visitor's browser languages that is,
    /// else German.
    pub fn offer_langs(&self, langs: Vec<Lang>) {
        let wanted = self.lang_arriving.get_untracked().unwrap_or_else(|| self.lang.get_untracked());
        let fit = crate::model::within_offer(wanted, &langs, &super::dom::browser_langs());
        if fit != wanted {
            self.lang_arriving.set(None);
            self.switch_lang(fit);
        }
        self.langs.set(langs);
    }

    /// Shows `lang` now if its sentences are here, else once its file arrived (German meanwhile:
    /// never a blank). A later choice wins over one still on its way.
    fn switch_lang(&self, lang: Lang) {
        self.lang_failed.set(None);
        if crate::i18n::has(lang) {
            self.lang_arriving.set(None);
            self.set_lang.set(lang);
            return;
        }
        self.lang_arriving.set(Some(lang));
        let ctx = *self;
        leptos::task::spawn_local(async move {
            let arrived = super::lang_files::fetch(lang).await;
            if ctx.lang_arriving.get_untracked() != Some(lang) {
                return;
            }
            ctx.lang_arriving.set(None);
            if arrived {
                ctx.set_lang.set(lang);
            } else {
                ctx.lang_failed.set(Some(lang));
            }
        });
    }

    pub fn lang_chosen(&self) -> bool {
        self.lang_chosen.get_value()
    }

    /// An element id unique to this instance.
    pub fn id(&self, suffix: &str) -> String {
        format!("{}-{suffix}", self.prefix.get_value())
    }

    pub fn marker_id(&self, index: usize) -> String {
        self.id(&format!("m{index}"))
    }
}
