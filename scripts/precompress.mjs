// Writes `name.gz` (gzip -9) and `name.br` (brotli, quality 11) beside each text and wasm file of
// the built site, so a web server can send them without compressing on every request (nginx:
// gzip_static / brotli_static; Apache: see docs/einbindung.md). Prints what a visitor downloads
// before the first markers (the page, its script, wasm and stylesheets), raw, gzip and brotli.
// Usage: node scripts/precompress.mjs [dist]
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] || 'dist';
// Build output only. Not config.json or the data: editors replace those on the server, and a stale
// .gz beside a new file would be sent instead of it.
const compressible = /\.(html|js|mjs|wasm|css|svg)$/;

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

// What the standalone page loads before its first markers (not the data, not tiles).
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const first = ['index.html', ...new Set(html.match(/[\w.-]+\.(?:js|wasm|css)(?=["'])/g) || [])].filter((f) => sizes[f]);
const total = { raw: 0, gz: 0, br: 0 };
for (const f of first) for (const k of Object.keys(total)) total[k] += sizes[f][k];
const kb = (n) => (n / 1024).toFixed(1);
for (const f of first) console.log(`precompress: ${f}: ${kb(sizes[f].raw)} KB, gzip ${kb(sizes[f].gz)} KB, brotli ${kb(sizes[f].br)} KB`);
console.log(`precompress: before the first markers: ${kb(total.raw)} KB, gzip ${kb(total.gz)} KB, brotli ${kb(total.br)} KB`);
