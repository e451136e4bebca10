// Drops a wasm file's custom sections (the linker's `linking` and `reloc.*`, which the first
// paint's build keeps because it shares the widget's `--emit-relocs` flags, and names): browsers
// need none of them. Usage: node scripts/wasm-strip.mjs FILE (rewritten in place).
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
const bytes = readFileSync(file);
const leb = (at) => {
  let value = 0, shift = 0, b;
  do {
    b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return [value, at];
};
const kept = [bytes.subarray(0, 8)];
let at = 8;
while (at < bytes.length) {
  const start = at;
  const id = bytes[at++];
  const [size, body] = leb(at);
  at = body + size;
  if (id !== 0) kept.push(bytes.subarray(start, at));
}
writeFileSync(file, Buffer.concat(kept));
