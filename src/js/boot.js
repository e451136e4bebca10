// Bildungskarte: "Karte wird geladen …" in the visitor's language, before any wasm has arrived.
// The words come from locales/*.ftl at build time (scripts/trunk-post-build.sh fills WORDS in);
// the language is chosen as the widget chooses it before its config is read: the host's
// data-lang, ?lang=, the browser's languages, the page's own language (src/model/lang.rs).
const bootWords = {};
const bootSay = (boot, host) => {
  const tags = [host && host.getAttribute('data-lang'), new URL(location.href).searchParams.get('lang')]
    .concat(navigator.languages || [navigator.language], [document.documentElement.lang]);
  let lang = 'de';
  for (const tag of tags) {
    const t = (tag || '').trim().toLowerCase().replace('_', '-');
    const code = ['ls', 'de-x-ls', 'de-ls'].includes(t) ? 'de-x-ls' : t.split('-')[0] === 'prs' ? 'fa' : t.split('-')[0];
    if (bootWords[code]) {
      lang = code;
      break;
    }
  }
  boot.textContent = bootWords[lang] || boot.textContent;
  boot.lang = lang;
  boot.dir = lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr';
};
