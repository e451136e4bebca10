// Writes `name.gz` (gzip -9) and `name.br` (brotli, quality 11) beside each text and wasm file of
// the built site, so a web server can send them without compressing on every request (nginx:
// gzip_static / brotli_static; Apache: see docs/einbindung.md). Prints what a visitor downloads
// before the first markers (the page, its stylesheets and the first paint), the widget (the part
// `app`, fetched after them) and its later parts, raw, gzip and brotli.
// Usage: node scripts/precompress.mjs [dist]
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] || 'dist';
// Build output only. Not config.json or the data: editors replace those on the server, and a stale
// .gz beside a new file would be sent instead of it.
const compressible = /\.(html|js|mjs|wasm|css|svg|ftl)$/;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (compressible.test(name)) yield path;
  }
}

const sizes = {};
for (const path of files(dist)) {
  const raw = readFileSync(path);
  const gz = gzipSync(raw, { level: 9 });
  const br = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      [constants.BROTLI_PARAM_MODE]: path.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    },
  });
  // Only where it pays: a server sends the smaller file.
  if (gz.length < raw.length) writeFileSync(path + '.gz', gz);
  if (br.length < raw.length) writeFileSync(path + '.br', br);
  sizes[relative(dist, path)] = { raw: raw.length, gz: gz.length, br: br.length };
}

// What the standalone page loads before its first markers (not the data, not tiles): the page,
// its stylesheets and the program's first part, the first paint (src/first: main script, split
// loader, main wasm). Then the widget, the parts `app` and `place` (a pressed place's details on
// the first paint), each a file with the chunks it is the first to need (scripts/bundle-parts.mjs;
// with BK_BUNDLE_PARTS=0 the chunks are files whose comment in the split loader names their
// parts), and the later parts.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const named = [...new Set(html.match(/[\w.-]+\.(?:js|wasm|css)(?=["'])/g) || [])].filter((f) => sizes[f]);
const loader = Object.keys(sizes).find((f) => /^bildungskarte-split-[0-9a-f]+\.js$/.test(f));
const first = ['index.html', ...named, ...(loader ? [loader] : [])];
const kb = (n) => (n / 1024).toFixed(1);
const line = (f, s) => `${f}: ${kb(s.raw)} KB, gzip ${kb(s.gz)} KB, brotli ${kb(s.br)} KB`;
const sum = (list) => {
  const total = { raw: 0, gz: 0, br: 0 };
  for (const f of list) for (const k of Object.keys(total)) total[k] += sizes[f][k];
  return total;
};
for (const f of first) console.log(`precompress: ${line(f, sizes[f])}`);
console.log(`precompress: ${line('before the first markers', sum(first))}`);

const parts = [];
let users = [];
for (const l of loader ? readFileSync(join(dist, loader), 'utf8').split('\n') : []) {
  const named = l.trim().match(/^\/\*(.*)\*\/$/);
  if (named) users = named[1].split(',').map((u) => u.trim());
  for (const m of l.matchAll(/"\.\/([\w.-]+\.wasm)"/g)) {
    const own = m[1].match(/^split_(\w+)-/);
    if (sizes[m[1]]) parts.push([m[1], own ? [own[1]] : users]);
  }
}
const app = parts.filter(([, u]) => u.includes('app') || u.includes('place')).map(([f]) => f);
const later = parts.map(([f]) => f).filter((f) => !app.includes(f));
for (const f of app) console.log(`precompress: the widget, ${line(f, sizes[f])}`);
console.log(`precompress: ${line('the widget, after the first markers', sum(app))}`);
for (const f of later) console.log(`precompress: later part ${line(f, sizes[f])}`);
console.log(`precompress: ${line('later parts together', sum(later))}`);

// The editors' page (bearbeiten.html): what comes before its first button answers (the page, its
// stylesheets, its start script, main script, split loader and main wasm), then its later parts.
const editorHtml = readFileSync(join(dist, 'bearbeiten.html'), 'utf8');
const editorStart = (editorHtml.match(/bearbeiten-start-[0-9a-f]+\.js/) || [])[0];
if (editorStart) {
  const hash = editorStart.slice('bearbeiten-start-'.length, -'.js'.length);
  // Not the map's stylesheet, which the page holds back (media="print") until its map arrives.
  const css = [...editorHtml.matchAll(/<link rel="stylesheet" href="([\w.-]+\.css)"(?! media="print")/g)].map((m) => m[1]);
  const editorFirst = ['bearbeiten.html', ...css, editorStart, `bearbeiten-${hash}.js`, `bearbeiten-split-${hash}.js`, `bearbeiten-${hash}_bg.wasm`].filter((f) => sizes[f]);
  for (const f of editorFirst) console.log(`precompress: the editors' page, ${line(f, sizes[f])}`);
  console.log(`precompress: ${line("the editors' page's first download", sum(editorFirst))}`);
  const parts = [...readFileSync(join(dist, `bearbeiten-split-${hash}.js`), 'utf8').matchAll(/"\.\/([\w.-]+\.wasm)"/g)].map((m) => m[1]);
  for (const f of parts.filter((f) => sizes[f])) console.log(`precompress: the editors' page, later part ${line(f, sizes[f])}`);
}
