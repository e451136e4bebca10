#!/bin/sh
# Trunk post-build hook (Trunk.toml): builds the widget's wasm in parts (scripts/build-wasm.sh),
# puts its loader into index.html and writes embed.js, a loader with a stable name that host pages
# include to mount the widget into their own elements. Both link the hashed script, wasm and
# stylesheet of this build, so those stay cacheable forever.
set -eu
dir="${TRUNK_STAGING_DIR:?run by trunk}"
src=$(cd "$(dirname "$0")/.." && pwd)
set -- $(sh "$src/scripts/build-wasm.sh" "$dir" "${TRUNK_PROFILE:-release}")
js="$1"
wasm="$2"
editor_start="$3"
css=$(grep -o 'bildungskarte-[0-9a-f]*\.css' "$dir/index.html" | head -n 1)
# "Karte wird geladen …" in every language the widget speaks, from its own sentences (src/js/prefetch.js).
boot_words=$(cd "$src/locales" && node -e '
  const fs = require("fs");
  const out = {};
  for (const code of ["de", "de-x-ls", "en", "uk", "ar", "tr", "ru", "fa"]) {
    const line = fs.readFileSync(code + ".ftl", "utf8").split("\n").find((l) => l.startsWith("loading-map = "));
    if (line) out[code] = line.slice("loading-map = ".length).trim();
  }
  process.stdout.write(JSON.stringify(out));
')
# What the page says when the program itself cannot be fetched, with its button, in the same languages.
boot_failed=$(cd "$src/locales" && node -e '
  const fs = require("fs");
  const out = {};
  const say = (lines, key) => (lines.find((l) => l.startsWith(key + " = ")) || "").slice(key.length + 3).trim();
  for (const code of ["de", "de-x-ls", "en", "uk", "ar", "tr", "ru", "fa"]) {
    const lines = fs.readFileSync(code + ".ftl", "utf8").split("\n");
    const text = say(lines, "trouble-map-broken");
    const again = say(lines, "retry");
    if (text && again) out[code] = [text, again];
  }
  process.stdout.write(JSON.stringify(out));
')
# The words go in by node, not sed: they may hold any character.
with_words() {
  node -e '
    const fs = require("fs");
    const [file, words, failed] = process.argv.slice(1);
    const text = fs.readFileSync(file, "utf8");
    const tag = "const bootWords = {};";
    const tagFailed = "const bootFailed = {};";
    if (!text.includes(tag) || !text.includes(tagFailed)) process.exit(1);
    // The script'"'"'s comment lines stay in the source: the first download carries none of them.
    const lean = text.split("\n").filter((l) => !/^\s*\/\//.test(l)).join("\n");
    process.stdout.write(
      lean.replace(tag, () => "const bootWords = " + words + ";").replace(tagFailed, () => "const bootFailed = " + failed + ";"),
    );
  ' "$1" "$boot_words" "$boot_failed"
}
prefetch_js=$(with_words "$src/src/js/prefetch.js")
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
$prefetch_js
// Something on screen at once: a loading text in every empty host, replaced when the widget mounts.
for (const host of document.querySelectorAll('[data-bildungskarte]')) {
  if (host.hasAttribute('data-bildungskarte-mounted') || host.querySelector('.bk-boot')) continue;
  const boot = document.createElement('p');
  boot.className = 'bk-boot';
  bootSay(boot, host);
  host.append(boot);
}
// The widget's program: it starts with the first paint (src/first), which draws the first markers
// and then fetches the rest of the program, the Leptos app, as a part of its own.
try {
  const { default: init } = await import(new URL('$js', base).href);
  await init({ module_or_path: new URL('$wasm', base) });
} catch (e) {
  bootFail();
  throw e;
}
JS

# index.html: the inline script (src/js/prefetch.js) compiles the widget's first part while it
# downloads and the loader instantiates that module (or, if that failed, fetches the wasm itself).
html="$dir/index.html"
loader="$dir/.bk-loader.html"
cat > "$loader" <<HTML
<link rel="modulepreload" href="./$js">
<script type="module">const early = window.__bildungskarteWasm;
try {
  const bindings = await import('./$js');
  window.wasmBindings = bindings;
  await bindings.default({ module_or_path: early ? early.catch(() => fetch('./$wasm')) : './$wasm' });
} catch (e) {
  bootFail();
  throw e;
}</script>
HTML
sed -i -e "s|const WASM = '';|const WASM = './$wasm';|" "$html"
with_words "$html" > "$html.words" && mv "$html.words" "$html"
# The loader goes in whole (node, not sed: its text holds every language's words).
node -e '
  const fs = require("fs");
  const [html, loader] = process.argv.slice(1);
  const page = fs.readFileSync(html, "utf8");
  const tag = "<script type=\"module\" data-bk-loader></script>";
  if (!page.includes(tag)) process.exit(1);
  fs.writeFileSync(html, page.replace(tag, () => fs.readFileSync(loader, "utf8").trimEnd()));
' "$html" "$loader"
rm "$loader"
grep -q "const WASM = './$wasm';" "$html" && grep -q "import('./$js')" "$html" || {
  echo "trunk-post-build.sh: index.html did not look as expected" >&2
  exit 1
}

# pruefen.html and bearbeiten.html (the editors' pages) use the widget's stylesheet for their map.
for page in pruefen.html bearbeiten.html; do
  [ -f "$dir/$page" ] || continue
  sed -i "s|href=\"bildungskarte.css\"|href=\"$css\"|" "$dir/$page"
  grep -q "href=\"$css\"" "$dir/$page" || {
    echo "trunk-post-build.sh: $page's stylesheet link did not look as expected" >&2
    exit 1
  }
done
# The editors' page starts its own wasm in parts (build-wasm.sh), not the check page's.
sed -i "s|src=\"bearbeiten-start.js\"|src=\"$editor_start\"|" "$dir/bearbeiten.html"
grep -q "src=\"$editor_start\"" "$dir/bearbeiten.html" || {
  echo "trunk-post-build.sh: bearbeiten.html's script did not look as expected" >&2
  exit 1
}
