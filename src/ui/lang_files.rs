//! Another language's sentences, fetched when the visitor (or the page) chooses it, so the first
//! download carries German alone. The files lie in `locales/` beside the widget's script, which
//! may sit under any path of the district's server or be mounted by a host page elsewhere.

use crate::model::Lang;

/// Fetches the whole German file for the editors' notices (`data-notices="all"`): the widget's
/// first download carries German without the editors' problem messages. True once they are here.
pub async fn fetch_german_problems() -> bool {
    if crate::i18n::has_german_problems() {
        return true;
    }
    let Some(url) = address(Lang::De) else { return false };
    match read(url).await {
        Some(text) => {
            crate::i18n::install_german_problems(&text);
            true
        }
        None => false,
    }
}

/// Where `lang`'s file lies. Without `split` (the check page) every language is compiled in.
fn address(lang: Lang) -> Option<String> {
    #[cfg(feature = "split")]
    {
        let url =
            web_sys::Url::new_with_base(&format!("locales/{}.ftl", lang.code()), &crate::io::script_url()).ok()?;
        Some(url.href())
    }
    #[cfg(not(feature = "split"))]
    {
        let _ = lang;
        None
    }
}

/// Fetches and installs `lang`'s sentences (tried twice, 15 s each); true once they are here.
pub async fn fetch(lang: Lang) -> bool {
    use futures::future::{Either, select};
    if crate::i18n::has(lang) {
        return true;
    }
    let Some(url) = address(lang) else { return false };
    for _ in 0..2 {
        let download = Box::pin(read(url.clone()));
        if let Either::Left((Some(text), _)) = select(download, Box::pin(crate::io::sleep(15_000))).await {
            crate::i18n::install(lang, &text);
            return true;
        }
    }
    false
}

/// The file's text; through the page's early download where the first paint asked for it.
async fn read(url: String) -> Option<String> {
    use crate::load::Body;
    let mut download = crate::io::open(&url).await.ok()?;
    let mut bytes = Vec::new();
    while let Some(piece) = download.next().await.ok()? {
        bytes.extend(piece);
    }
    String::from_utf8(bytes).ok()
}
