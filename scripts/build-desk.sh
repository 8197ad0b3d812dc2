#!/usr/bin/env bash
# Builds the moderator's desk (desk/: decisions without a reload, single-key shortcuts) into
# target/site/desk/ as desk.<hash>.js and desk.<hash>.wasm, with .br and .gz beside them. It is a
# WebAssembly module of its own, apart from the residents' bundle: only the moderation page loads
# it. The server finds it at start; without it, the desk works as it does without JavaScript.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
target="${CARGO_TARGET_DIR:-$PWD/target}"

cargo build --locked -p desk --target wasm32-unknown-unknown --profile wasm-release 2>&1 \
  | grep -v '^\s*Compiling ' || true
wasm="$target/wasm32-unknown-unknown/wasm-release/desk.wasm"
[ -f "$wasm" ] || { echo "build-desk: no $wasm"; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
wasm-bindgen --target web --no-typescript --out-dir "$work" --out-name desk "$wasm"
# binaryen's wasm-opt from npm, as for the residents' bundle (Debian's breaks wasm-bindgen output).
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types \
  "$work/desk_bg.wasm" -o "$work/desk_bg.wasm"

hash="$(cat "$work/desk.js" "$work/desk_bg.wasm" | sha256sum | cut -c1-16)"
out="target/site/desk"
rm -rf "$out"
mkdir -p "$out"
cp "$work/desk.js" "$out/desk.$hash.js"
cp "$work/desk_bg.wasm" "$out/desk.$hash.wasm"
node -e '
  const fs = require("fs"), zlib = require("zlib");
  for (const file of process.argv.slice(1)) {
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file + ".br", zlib.brotliCompressSync(bytes, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
    fs.writeFileSync(file + ".gz", zlib.gzipSync(bytes, { level: 9 }));
  }' "$out/desk.$hash.js" "$out/desk.$hash.wasm"
echo "build-desk: $(ls "$out" | tr '\n' ' ')"
