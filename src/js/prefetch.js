// Bildungskarte: what runs first, in the page's head (index.html) or at the top of embed.js.
//
// "Karte wird geladen …" in the visitor's language, before any wasm has arrived.
// The words come from locales/*.ftl at build time (scripts/trunk-post-build.sh fills them in);
// the language is chosen as the widget chooses it before its config is read: the host's
// data-lang, ?lang=, the browser's languages, the page's own language (src/model/lang.rs).
const bootWords = {};
// "Die Karte kann zurzeit nicht angezeigt werden …" and "Erneut versuchen", in the same languages.
const bootFailed = {};
const bootLang = (host) => {
  const tags = [host && host.getAttribute('data-lang'), new URL(location.href).searchParams.get('lang')]
    .concat(navigator.languages || [navigator.language], [document.documentElement.lang]);
  for (const tag of tags) {
    const t = (tag || '').trim().toLowerCase().replace('_', '-');
    const code = ['ls', 'de-x-ls', 'de-ls'].includes(t) ? 'de-x-ls' : t.split('-')[0] === 'prs' ? 'fa' : t.split('-')[0];
    if (bootWords[code]) return code;
  }
  return 'de';
};
const bootSay = (boot, host) => {
  const lang = bootLang(host);
  boot.textContent = bootWords[lang] || boot.textContent;
  boot.lang = lang;
  boot.dir = lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr';
};
// The program itself could not be fetched or started (the server failed it): said where the
// loading text is, with a way to try again. A new page load, as a module that failed to load
// cannot be imported again.
const bootFail = () => {
  for (const boot of document.querySelectorAll('.bk-boot')) {
    const host = boot.closest('[data-bildungskarte], #bildungskarte');
    if (host && host.hasAttribute('data-bildungskarte-mounted')) continue;
    const [text, again] = bootFailed[bootLang(host)] || bootFailed.de || ['', ''];
    const say = boot.querySelector('.bk-boot-text') || boot;
    say.textContent = text + ' ';
    say.setAttribute('role', 'alert');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = again;
    button.addEventListener('click', () => location.reload());
    say.append(button);
    boot.classList.remove('bk-boot--under');
  }
};
// The standalone page's loading text (index.html's .bk-boot-text), in that language as soon as it
// is parsed, before the page is first drawn (this script runs in the page's head).
(() => {
  const say = () => {
    const text = document.querySelector('.bk-boot-text');
    if (!text) return false;
    bootSay(text, document.getElementById('bildungskarte'));
    return true;
  };
  if (say() || document.readyState !== 'loading') return;
  const watch = new MutationObserver(() => say() && watch.disconnect());
  watch.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => watch.disconnect());
})();

// Starts downloading the config and its data files while the wasm is still loading; the widget
// takes these downloads over instead of fetching again (src/io/mod.rs). Only what the widget
// itself would fetch: same-origin files named by the config. Nothing is stored.
(() => {
  // The widget's own page (index.html) also starts compiling the first paint's wasm here, while it downloads:
  // scripts/trunk-post-build.sh fills in its address there and hands the result to the loader.
  const WASM = '';
  if (WASM && typeof WebAssembly === 'object') {
    window.__bildungskarteWasm = fetch(WASM).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      // Streaming compilation needs the server to say application/wasm; else compile the bytes.
      const wasmType = (r.headers.get('Content-Type') || '').split(';')[0].trim() === 'application/wasm';
      return wasmType ? WebAssembly.compileStreaming(r) : r.arrayBuffer().then((b) => WebAssembly.compile(b));
    });
    window.__bildungskarteWasm.catch(() => {}); // the loader then fetches the wasm itself
  }
  const store = (window.__bildungskarteFetch = window.__bildungskarteFetch || new Map());
  // Each download is read to the end here, so the widget gets the bytes without waiting again.
  // `responded` and `received` tell the widget the server answered and bytes keep coming; one
  // that stalls is given up (`abort`) and asked again by the widget (src/io/mod.rs).
  const get = (href) => {
    if (!store.has(href)) {
      const ctrl = typeof AbortController === 'function' ? new AbortController() : null;
      const p = fetch(href, ctrl ? { signal: ctrl.signal } : {}).then(async (r) => {
        p.responded = true;
        const head = { ok: r.ok, status: r.status, statusText: r.statusText, body: null };
        if (!r.ok) return head;
        if (!r.body || !r.body.getReader) return { ...head, body: new Uint8Array(await r.arrayBuffer()) };
        const reader = r.body.getReader();
        const parts = [];
        let n = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          parts.push(value);
          n += value.length;
          p.received = n;
        }
        const body = new Uint8Array(n);
        let at = 0;
        for (const part of parts) {
          body.set(part, at);
          at += part.length;
        }
        return { ...head, body };
      });
      p.received = 0;
      p.abort = () => ctrl && ctrl.abort();
      p.catch(() => {}); // the widget reports failures when it takes the download over
      store.set(href, p);
    }
    return store.get(href);
  };
  // The first paint (src/first) reads the same downloads; the widget then takes them over.
  window.__bildungskarteGet = window.__bildungskarteGet || get;
  const page = new URL(location.href);
  // In the head of the widget's own page (index.html) no host element is parsed yet: that page's
  // host names no config of its own.
  const hosts = [...document.querySelectorAll('[data-bildungskarte], #bildungskarte')];
  if (!hosts.length) hosts.push(null);
  for (const host of hosts) {
    const own = ((host && host.getAttribute('data-config')) || '').trim();
    const wanted = own || (page.searchParams.get('config') || '').trim() || 'config.json';
    let config;
    try {
      config = new URL(wanted, page);
    } catch {
      continue;
    }
    if (config.origin !== page.origin) continue;
    get(config.href)
      .then((r) => {
        // The widget took the config over first and fetches the files itself: do not fetch twice.
        if (!r.ok || !store.has(config.href)) return;
        const c = JSON.parse(new TextDecoder().decode(r.body));
        const files = c && Array.isArray(c.sources) ? c.sources.slice() : [];
        if (c && typeof c.outline === 'string') files.push(c.outline);
        // The first-party base layer (district outline, municipalities) draws before any tile.
        if (c && c.base && typeof c.base === 'object') {
          for (const k of ['outline', 'areas']) if (typeof c.base[k] === 'string') files.push(c.base[k]);
        }
        for (const f of files) {
          if (typeof f !== 'string' || !f.trim()) continue;
          try {
            const u = new URL(f.trim(), config);
            if (u.origin === config.origin) get(u.href);
          } catch {}
        }
      })
      .catch(() => {});
  }
})();
