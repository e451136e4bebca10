#!/bin/sh
# Trunk post-build hook (Trunk.toml): writes embed.js, a loader with a stable name that host pages
# include to mount the widget into their own elements. It links the hashed script, wasm and
# stylesheet of this build, so those stay cacheable forever.
set -eu
dir="${TRUNK_STAGING_DIR:?run by trunk}"
js=$(grep -o 'bildungskarte-[0-9a-f]*\.js' "$dir/index.html" | head -n 1)
wasm=$(grep -o 'bildungskarte-[0-9a-f]*_bg\.wasm' "$dir/index.html" | head -n 1)
css=$(grep -o 'bildungskarte-[0-9a-f]*\.css' "$dir/index.html" | head -n 1)
cat > "$dir/embed.js" <<JS
// Bildungskarte loader for host pages (generated at build time; do not edit).
// Usage: <div data-bildungskarte data-config="pfad/config.json"></div>
//        <script type="module" src="…/embed.js"></script>
const base = new URL('.', import.meta.url);
if (!document.querySelector('link[data-bildungskarte-css]')) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('$css', base).href;
  link.setAttribute('data-bildungskarte-css', '');
  document.head.append(link);
}
// Something on screen at once: a loading text in every empty host, replaced when the widget mounts.
for (const host of document.querySelectorAll('[data-bildungskarte]')) {
  if (host.hasAttribute('data-bildungskarte-mounted') || host.querySelector('.bk-boot')) continue;
  const lang = host.getAttribute('data-lang') || document.documentElement.lang || navigator.language || 'de';
  const boot = document.createElement('p');
  boot.className = 'bk-boot';
  boot.textContent = lang.toLowerCase().startsWith('en') ? 'Loading the map …' : 'Karte wird geladen …';
  host.append(boot);
}
$(cat "${TRUNK_SOURCE_DIR:-.}/src/js/prefetch.js")
const { default: init } = await import(new URL('$js', base).href);
await init({ module_or_path: new URL('$wasm', base) });
JS

# index.html: the inline loader script (src/js/prefetch.js) compiles the wasm while it downloads,
# and Trunk's loader instantiates that module (or, if it failed, fetches the wasm as usual). The
# separate preload of the wasm would be a second download, so it goes.
html="$dir/index.html"
sed -i \
  -e "s|const WASM = '';|const WASM = './$wasm';|" \
  -e "s|module_or_path: './$wasm'|module_or_path: window.__bildungskarteWasm ? window.__bildungskarteWasm.catch(() => fetch('./$wasm')) : './$wasm'|" \
  -e "s|<link rel=\"preload\" href=\"./$wasm\"[^>]*>||" \
  "$html"
grep -q "const WASM = './$wasm';" "$html" && grep -q "window.__bildungskarteWasm.catch" "$html" || {
  echo "trunk-post-build.sh: index.html's loader did not look as expected" >&2
  exit 1
}

# pruefen.html (the editors' check page) uses the widget's stylesheet for its preview.
if [ -f "$dir/pruefen.html" ]; then
  sed -i "s|href=\"bildungskarte.css\"|href=\"$css\"|" "$dir/pruefen.html"
  grep -q "href=\"$css\"" "$dir/pruefen.html" || {
    echo "trunk-post-build.sh: pruefen.html's stylesheet link did not look as expected" >&2
    exit 1
  }
fi
