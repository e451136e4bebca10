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
$(cat "${TRUNK_SOURCE_DIR:-.}/src/js/prefetch.js")
const { default: init } = await import(new URL('$js', base).href);
await init({ module_or_path: new URL('$wasm', base) });
JS
