// What a wasm's code is made of: the bytes of its functions' bodies by crate, and for our own crate
// by module (issue 32: "measure the first part's contents"). Reads the function names of a wasm
// that still has its name section (the linker's output, before wasm-bindgen and wasm-opt), so its
// shares are those of the shipped part, whose names are stripped.
//
// Usage: node scripts/wasm-sizes.mjs FILE.wasm [TOP]   (prints a table, largest first)
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/wasm-sizes.mjs FILE.wasm [TOP]');
  process.exit(2);
}
const top = Number(topArg || 25);
const bytes = readFileSync(file);
let at = 8;
const u32 = () => {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(b & 0x80)) return result;
  }
};
const name = () => {
  const n = u32();
  const s = bytes.toString('utf8', at, at + n);
  at += n;
  return s;
};

let imported = 0;
const bodies = [];
const names = new Map();
while (at < bytes.length) {
  const id = bytes[at++];
  const size = u32();
  const end = at + size;
  if (id === 2) {
    // Imports: functions among them take the first indices.
    for (let n = u32(); n > 0; n--) {
      name();
      name();
      const kind = bytes[at++];
      if (kind === 0) {
        u32();
        imported++;
      } else if (kind === 1) {
        at++;
        const flags = u32();
        u32();
        if (flags & 1) u32();
      } else if (kind === 2) {
        const flags = u32();
        u32();
        if (flags & 1) u32();
      } else if (kind === 3) {
        at += 2;
      } else {
        u32();
        u32();
      }
    }
  } else if (id === 10) {
    for (let n = u32(); n > 0; n--) {
      const len = u32();
      bodies.push(len);
      at += len;
    }
  } else if (id === 0 && name() === 'name') {
    while (at < end) {
      const sub = bytes[at++];
      const len = u32();
      const subEnd = at + len;
      if (sub === 1) {
        for (let n = u32(); n > 0; n--) {
          const index = u32();
          names.set(index, name());
        }
      }
      at = subEnd;
    }
  }
  at = end;
}
if (!names.size) {
  console.error(`${file}: no name section (measure the linker's output, before wasm-opt)`);
  process.exit(1);
}

// A Rust symbol's path: legacy mangling (_ZN…E) or already demangled text; `<T as Trait>` counts
// for the crate of T.
const path = (sym) => {
  let s = sym;
  // v0 mangling (_R…): the crate is the first `Cs<hash>_<len><name>`; the rest is not split here.
  const v0 = s.startsWith('_R') && /Cs[0-9A-Za-z]+_(\d+)/.exec(s);
  if (v0) {
    const start = v0.index + v0[0].length;
    return [s.slice(start, start + Number(v0[1])), '(v0)'];
  }
  if (s.startsWith('_ZN')) {
    const parts = [];
    let i = 3;
    while (i < s.length && s[i] !== 'E') {
      let len = 0;
      while (/[0-9]/.test(s[i])) len = len * 10 + Number(s[i++]);
      if (!len) break;
      parts.push(s.slice(i, i + len));
      i += len;
    }
    s = parts
      .join('::')
      .replace(/\$LT\$/g, '<')
      .replace(/\$GT\$/g, '>')
      .replace(/\$u20\$/g, ' ')
      .replace(/\$RF\$/g, '&')
      .replace(/\.\./g, '::');
  }
  s = s.replace(/^[_<&\s]+/, '').replace(/^(mut |dyn |\[)/, '');
  return s.split('::').filter((p) => p && !/^h[0-9a-f]{16}$/.test(p));
};

const byCrate = new Map();
const byModule = new Map();
let total = 0;
let described = 0;
bodies.forEach((len, i) => {
  const sym = names.get(imported + i) || '';
  // wasm-bindgen runs these at build time and removes them: not shipped.
  if (sym.startsWith('__wbindgen_describe') || sym.includes('WasmDescribe') || sym.includes('describe..WasmDescribe')) {
    described += len;
    return;
  }
  total += len;
  const p = path(sym);
  const crate = p.length > 1 ? p[0] : sym.startsWith('__') || !sym ? '(runtime)' : '(other)';
  byCrate.set(crate, (byCrate.get(crate) || 0) + len);
  if (crate === 'bildungskarte') {
    const module = p.slice(1, 3).filter((x) => /^[a-z_]+$/.test(x)).join('::') || '(root)';
    byModule.set(module, (byModule.get(module) || 0) + len);
  }
});

const table = (title, map) => {
  console.log(`\n| ${title} | KB | share |\n|---|---|---|`);
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([k, v]) => console.log(`| ${k} | ${(v / 1024).toFixed(1)} | ${((v / total) * 100).toFixed(1)} % |`));
};
console.log(
  `${file}: ${bodies.length} functions, code ${(total / 1024).toFixed(1)} KB (and ${(described / 1024).toFixed(1)} KB of wasm-bindgen's descriptors, removed at build time) of ${(bytes.length / 1024).toFixed(1)} KB`,
);
table('crate', byCrate);
table('module of bildungskarte', byModule);
