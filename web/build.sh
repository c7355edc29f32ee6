#!/usr/bin/env bash
# Builds the browser editor into web/dist/, a folder of static files that any
# web server can serve (docs/web.md):
#
#   web/dist/pkg/   the engine: dialogmote.js (default export: init),
#                   dialogmote_bg.wasm and the TypeScript types (.d.ts),
#                   made from bindings/wasm by wasm-bindgen --target web;
#   web/dist/       everything under web/src/ (the page: HTML, JS, CSS,
#                   assets), copied as it is. The page's files live in
#                   web/src/ and nowhere else; web/dist/ is generated.
#
# Installs what it needs, so that it works from a clean clone: the Rust
# target wasm32-unknown-unknown, and the wasm-bindgen CLI at exactly the
# version of the wasm-bindgen crate in Cargo.lock (into target/tools, or
# $WASM_BINDGEN_ROOT, never over a wasm-bindgen of your own; with
# WASM_BINDGEN_ROOT set, only the one in it is used). wasm-opt is
# used when it is installed; it is not required.
#
# Usage: bash web/build.sh [--no-pdf]
#   --no-pdf  leave the PDF writer out (a smaller package; render(…, {format:
#             'pdf'}) then throws).
#
# Exit codes: 0 built; 1 the build failed; 3 a tool could not be installed
# (the message says "could not be installed").
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"

features=()
for arg in "$@"; do
  case $arg in
    --no-pdf) features=(--no-default-features) ;;
    *) echo "web/build.sh: unknown argument $arg (only --no-pdf)" >&2; exit 1 ;;
  esac
done

target=wasm32-unknown-unknown
profile=wasm-release
out=web/dist/pkg

# 1. The Rust target.
if ! rustup target list --installed 2>/dev/null | grep -qx "$target"; then
  echo "== rustup target add $target"
  if ! rustup target add "$target"; then
    echo "web/build.sh: the Rust target $target could not be installed" >&2
    exit 3
  fi
fi

# 2. The wasm-bindgen CLI, the same version as the crate.
version=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$version" ]; then
  echo "web/build.sh: no wasm-bindgen in Cargo.lock" >&2
  exit 1
fi
root=${WASM_BINDGEN_ROOT:-$repo/target/tools}
has_version() { [ -x "$1" ] && [ "$("$1" --version 2>/dev/null)" = "wasm-bindgen $version" ]; }
bindgen=
if [ -z "${WASM_BINDGEN_ROOT:-}" ] && command -v wasm-bindgen >/dev/null && has_version "$(command -v wasm-bindgen)"; then
  bindgen=$(command -v wasm-bindgen)
elif has_version "$root/bin/wasm-bindgen"; then
  bindgen=$root/bin/wasm-bindgen
else
  echo "== cargo install wasm-bindgen-cli $version into $root"
  log=$(mktemp)
  # --locked first: the CLI's own lockfile. A registry mirror that lacks a
  # locked version makes that fail; the retry resolves afresh, within the
  # CLI's own version requirements.
  if cargo install --locked --quiet wasm-bindgen-cli --version "=$version" --root "$root" >"$log" 2>&1 ||
    { echo "   (--locked failed; retrying without it)"; tail -n 3 "$log" | sed 's/^/   | /';
      cargo install --quiet wasm-bindgen-cli --version "=$version" --root "$root" >>"$log" 2>&1; }; then
    bindgen=$root/bin/wasm-bindgen
  else
    tail -n 5 "$log" | sed 's/^/  | /' >&2
    rm -f "$log"
    echo "web/build.sh: wasm-bindgen-cli $version could not be installed" >&2
    exit 3
  fi
  rm -f "$log"
fi

# 3. The engine, as WebAssembly (the profile is in the root Cargo.toml).
echo "== cargo build -p dialogmote-wasm --target $target --profile $profile ${features[*]}"
cargo build --quiet -p dialogmote-wasm --lib --target "$target" --profile "$profile" "${features[@]}"
wasm=target/$target/$profile/dialogmote_wasm.wasm

# 4. The JavaScript package.
echo "== wasm-bindgen --target web --out-name dialogmote → $out"
rm -rf "$out"
"$bindgen" --target web --out-name dialogmote --out-dir "$out" "$wasm"
if command -v wasm-opt >/dev/null; then
  echo "== wasm-opt -Os"
  wasm-opt -Os --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$out/dialogmote_bg.wasm" -o "$out/dialogmote_bg.wasm.opt" &&
    mv "$out/dialogmote_bg.wasm.opt" "$out/dialogmote_bg.wasm" ||
    { echo "   wasm-opt failed; the package is left unoptimised"; rm -f "$out/dialogmote_bg.wasm.opt"; }
fi

# 5. The page's static files: web/src/* → web/dist/.
if [ -d web/src ]; then
  echo "== copy web/src → web/dist"
  (cd web/src && find . -type f ! -name '.*' -print0 | while IFS= read -r -d '' f; do
    mkdir -p "../dist/$(dirname "$f")"
    cp "$f" "../dist/$f"
  done)
fi

# 6. The size (budget: 3 MB, 1 MB gzipped).
bytes=$(wc -c <"$out/dialogmote_bg.wasm")
gz=$(gzip -9 -c "$out/dialogmote_bg.wasm" | wc -c)
echo "web/dist/pkg/dialogmote_bg.wasm: $bytes bytes, $gz bytes gzipped (budget 3000000 and 1000000)"
