// One download per part: wasm-split writes a part's code as its own module plus the chunks it
// shares with other parts, each a file of its own (the editors' form needed about 90 files, most
// under 1 KB: on a 150 ms line with 6 connections, about 2 s of round trips). This puts each
// chunk into the file of the first part, in the order the program reaches for its parts, that
// needs it, and the part's own module with them. A part then asks for its own file and for the
// files of earlier parts whose chunks it shares, which are already there or on their way.
//
// The file keeps the part's name (`split_<part>-<hash>.wasm`): the count of its modules and their
// lengths (little-endian u32 each), then their bytes one after the other. The split loader is
// rewritten to cut each module out of it.
//
// Usage: node scripts/bundle-parts.mjs LOADER.js DIR ORDER
//   LOADER.js  the split loader wasm-split wrote (its file names already hashed), rewritten here
//   DIR        where the part and chunk files are (the chunks are removed from it)
//   ORDER      the parts as the program reaches for them, comma-separated; parts not named follow
//              in the loader's order
import { readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

const [loaderPath, dir, orderArg] = process.argv.slice(2);
if (!loaderPath || !dir) {
  console.error('usage: node scripts/bundle-parts.mjs LOADER.js DIR ORDER');
  process.exit(2);
}
let text = readFileSync(loaderPath, 'utf8');

// Each module the loader fetches: `const __chunk_N = makeLoad(() => { … "./chunk_N-H.wasm" … }` or
// `export const __wasm_split_load_P = wrapAsyncCb(makeLoad(() => { … "./split_P-H.wasm" … }, [deps]))`.
const fetchRe = /const src = fetch\(new URL\("\.\/([\w.-]+\.wasm)", import\.meta\.url\)\);/g;
const files = [...text.matchAll(fetchRe)].map((m) => m[1]);
const chunkRe = /const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.-]+\.wasm)"/g;
const chunkFile = new Map([...text.matchAll(chunkRe)].map((m) => [m[1], m[2]]));
const partRe =
  /export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.-]+\.wasm)"[\s\S]*?\n, \[([^\]]*)\]\)\);/g;
const parts = [...text.matchAll(partRe)].map((m) => ({
  name: m[1],
  file: m[2],
  deps: m[3].split(',').map((d) => d.trim()).filter(Boolean),
}));
if (!parts.length || files.length !== parts.length + chunkFile.size) {
  console.error(
    `bundle-parts: the loader did not look as expected (${files.length} files, ${parts.length} parts, ${chunkFile.size} chunks)`,
  );
  process.exit(1);
}
for (const p of parts) {
  for (const d of p.deps) {
    if (!chunkFile.has(d)) {
      console.error(`bundle-parts: part ${p.name} needs ${d}, which the loader does not define`);
      process.exit(1);
    }
  }
}

const order = (orderArg || '').split(',').map((s) => s.trim()).filter(Boolean);
for (const name of order) {
  if (!parts.some((p) => p.name === name)) {
    console.error(`bundle-parts: no part "${name}" in ${loaderPath} (parts: ${parts.map((p) => p.name).join(', ')})`);
    process.exit(1);
  }
}
const found = new Map(parts.map((p, i) => [p, i]));
const rank = (p) => (order.includes(p.name) ? order.indexOf(p.name) : order.length + found.get(p));
parts.sort((a, b) => rank(a) - rank(b));

// Each chunk goes to the first part that needs it; a chunk no part needs stays a file of its own.
const owner = new Map();
for (const p of parts) for (const d of p.deps) if (!owner.has(d)) owner.set(d, p);

// Where each module sits: bundle index and place in it. A bundle starts with its modules' count
// and lengths (little-endian u32 each), so the loader names a module by two small numbers.
const at = new Map();
const bundles = parts.map((p, b) => {
  const members = [p.file, ...[...owner].filter(([, o]) => o === p).map(([c]) => chunkFile.get(c))];
  const bytes = members.map((f) => readFileSync(join(dir, f)));
  const head = Buffer.alloc(4 * (1 + members.length));
  head.writeUInt32LE(members.length, 0);
  members.forEach((f, i) => {
    at.set(f, [b, i]);
    head.writeUInt32LE(bytes[i].length, 4 * (i + 1));
  });
  return { file: p.file, members, bytes: Buffer.concat([head, ...bytes]) };
});

// Each module's loader becomes one short call: `__module(bundle, index, deps)`.
const blockRe =
  /makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.-]+\.wasm)", import\.meta\.url\)\);\s*src\.catch\(\(\) => \{\}\);\s*return async \(imports\) => \(WebAssembly\.instantiateStreaming\(src, imports\)\);\s*\}\s*, \[([^\]]*)\]\)/g;
let rewritten = 0;
text = text.replace(blockRe, (whole, file, deps) => {
  const place = at.get(file);
  if (!place) return whole;
  rewritten++;
  return `__module(${place.join(', ')}, [${deps}])`;
});
// The parts that share each chunk were said in a comment above it; with the chunks inside the
// parts' files that says nothing more, and it would weigh on the editors' first download.
text = text.replace(/^\/\*[\w, ]*\*\/\n(?=const __chunk_\d+ = __module\()/gm, '');
if (rewritten !== at.size) {
  console.error(`bundle-parts: rewrote ${rewritten} of ${at.size} modules' loaders`);
  process.exit(1);
}

// The bundles' names one per line, each as "./name.wasm" (the size checks read them there).
const table = bundles.map((b) => `    new URL("./${b.file}", import.meta.url),`).join('\n');
// In the loader: the parts' files; a module cut from its file (fetched once; fetched again when a
// part next needs it after a failure; let go once each of its modules was cut out).
const piece = `
const __bundles = [
${table}
];
const __fetched = new Map();
function __piece(bundle, index) {
    let whole = __fetched.get(bundle);
    if (whole === undefined) {
        const url = __bundles[bundle];
        whole = fetch(url).then((r) => {
            if (!r.ok) throw new Error(\`\${url}: HTTP \${r.status}\`);
            return r.arrayBuffer();
        }).then((buffer) => {
            const head = new DataView(buffer);
            const left = new Set();
            for (let i = 0; i < head.getUint32(0, true); i++) left.add(i);
            return { head, left };
        });
        __fetched.set(bundle, whole);
        whole.catch(() => {
            if (__fetched.get(bundle) === whole) __fetched.delete(bundle);
        });
    }
    return whole.then(({ head, left }) => {
        let at = 4 * (1 + head.getUint32(0, true));
        for (let i = 0; i < index; i++) at += head.getUint32(4 * (1 + i), true);
        left.delete(index);
        if (left.size === 0 && __fetched.get(bundle) === whole) __fetched.delete(bundle);
        return new Uint8Array(head.buffer, at, head.getUint32(4 * (1 + index), true));
    });
}
function __module(bundle, index, deps) {
    return makeLoad(() => {
        const src = __piece(bundle, index);
        src.catch(() => {});
        return (imports) => src.then((bytes) => WebAssembly.instantiate(bytes, imports));
    }, deps);
}
`;
const anchor = text.indexOf('function makeLoad(');
if (anchor < 0) {
  console.error('bundle-parts: no makeLoad in the loader');
  process.exit(1);
}
text = text.slice(0, anchor) + piece.trimStart() + '\n' + text.slice(anchor);

// Comment lines out: the loader is in each program's first download (the editors' is at its
// budget); what they say is here and in wasm-split's source.
text = text.split('\n').filter((l) => !/^\s*\/\//.test(l)).join('\n');

for (const b of bundles) writeFileSync(join(dir, b.file), b.bytes);
for (const [c, f] of chunkFile) if (owner.has(c)) unlinkSync(join(dir, f));
writeFileSync(loaderPath, text);
for (const b of bundles) {
  console.error(`bundle-parts: ${b.file}: ${b.members.length} modules, ${(b.bytes.length / 1024).toFixed(1)} KB`);
}
