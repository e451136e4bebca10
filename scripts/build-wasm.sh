#!/bin/sh
# Builds the widget's wasm (bin `bildungskarte`) in parts: the first part holds what the first
# markers need, every `#[lazy]` boundary (src/ui/parts.rs) becomes a part of its own that the widget
# fetches later. Trunk cannot split a wasm (trunk-rs/trunk#1022), so its post-build hook
# (scripts/trunk-post-build.sh) runs this and Trunk keeps doing the page, styles and copying.
#
# The order is the one cargo-leptos uses: link with relocations kept, split the raw wasm,
# wasm-bindgen the main part only (keeping the linker's exports the parts import), wasm-opt each
# part. All files of one build share one hash (the main script and the split loader import each
# other, so per-file hashes would chase each other); the hosting guide's cache rule matches it.
#
# Usage: build-wasm.sh OUT_DIR [release|debug]; prints the names of the widget's main script and
# main wasm, then the first paint's script and wasm.
set -eu
out="${1:?output folder}"
profile="${2:-release}"
cd "$(dirname "$0")/.."

# Its own target folder: the relocation flag changes every crate's fingerprint, and Trunk's build
# of the check page (without it) would otherwise rebuild everything after each of ours.
target="$PWD/target/split"
work="$target/parts"
flag=""
[ "$profile" = release ] && flag="--release"
RUSTFLAGS="-C link-args=--emit-relocs" CARGO_TARGET_DIR="$target" \
  cargo build --offline --target wasm32-unknown-unknown --bin bildungskarte $flag \
  --features "split${BK_CARGO_FEATURES:+,$BK_CARGO_FEATURES}" >&2

rm -rf "$work"
mkdir -p "$work"
wasm-split-cli --target web --out-name bildungskarte \
  "$target/wasm32-unknown-unknown/$profile/bildungskarte.wasm" "$work" >&2
wasm-bindgen --target web --keep-lld-exports --no-demangle --out-dir "$work" --out-name bildungskarte \
  "$work/bildungskarte.wasm" >&2
rm "$work/bildungskarte.wasm"
rm -f "$work"/*.d.ts

if [ "$profile" = release ]; then
  for part in "$work"/*.wasm; do
    # The features Rust's wasm32 target emits; binaryen 132 from npm (Debian's 108 breaks it).
    wasm-opt -Oz --converge --strip-producers --strip-target-features --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
      --enable-mutable-globals --enable-reference-types --enable-multivalue "$part" -o "$part.opt" >&2
    mv "$part.opt" "$part"
  done
fi

hash=$(cat "$work"/* | sha256sum | cut -c1-16)
js="bildungskarte-$hash.js"
split="bildungskarte-split-$hash.js"
# The main script imports the split loader, which imports the main script back (for its exports)
# and fetches each part next to itself.
sed -i -e "s|^\(import .* from \)\"\./__wasm_split\.js\"|\1\"./$split\"|" \
  -e "s|'bildungskarte_bg\.wasm'|'bildungskarte-${hash}_bg.wasm'|" "$work/bildungskarte.js"
sed -i -e "s|from \"\./bildungskarte\.js\"|from \"./$js\"|" "$work/__wasm_split.js"
for part in "$work"/*.wasm; do
  name=$(basename "$part" .wasm)
  [ "$name" = bildungskarte_bg ] && continue
  sed -i "s|\"\./$name\.wasm\"|\"./$name-$hash.wasm\"|" "$work/__wasm_split.js"
  mv "$part" "$out/$name-$hash.wasm"
done
grep -q "from \"./$split\"" "$work/bildungskarte.js" && grep -q "from \"./$js\"" "$work/__wasm_split.js" || {
  echo "build-wasm.sh: the split loader's imports did not look as expected" >&2
  exit 1
}
mv "$work/bildungskarte.js" "$out/$js"
mv "$work/bildungskarte_bg.wasm" "$out/bildungskarte-${hash}_bg.wasm"
mv "$work/__wasm_split.js" "$out/$split"

# The first paint (src/first): a wasm of its own without Leptos, the only one before the first
# markers. Without the `split` feature, whose exports would pull the widget in.
RUSTFLAGS="-C link-args=--emit-relocs" CARGO_TARGET_DIR="$target" \
  cargo build --offline --target wasm32-unknown-unknown --bin first_paint $flag >&2
first="$target/first"
rm -rf "$first"
mkdir -p "$first"
wasm-bindgen --target web --out-dir "$first" --out-name first "$target/wasm32-unknown-unknown/$profile/first_paint.wasm" >&2
rm -f "$first"/*.d.ts
if [ "$profile" = release ]; then
  wasm-opt -Oz --converge --strip-debug --strip-producers --strip-target-features --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue "$first/first_bg.wasm" -o "$first/first_bg.opt" >&2
  mv "$first/first_bg.opt" "$first/first_bg.wasm"
fi
node scripts/wasm-strip.mjs "$first/first_bg.wasm"
fhash=$(cat "$first"/* | sha256sum | cut -c1-16)
sed -i "s|'first_bg\.wasm'|'first-${fhash}_bg.wasm'|" "$first/first.js"
mv "$first/first.js" "$out/first-$fhash.js"
mv "$first/first_bg.wasm" "$out/first-${fhash}_bg.wasm"
echo "$js bildungskarte-${hash}_bg.wasm first-$fhash.js first-${fhash}_bg.wasm"
