#!/usr/bin/env bash
# Builds the browser editor into web/dist/, a folder of static files that any
# web server can serve (docs/web.md):
#
#   web/dist/pkg/   the engine: dialogmote.js (default export: init),
#                   dialogmote_bg.wasm and the TypeScript types (.d.ts),
#                   made from bindings/wasm by wasm-bindgen --target web;
#   web/dist/pkg-pdf/  with --pdf: the same API with the PDF writer too
#                   (over twice the size), for a page to load only when a
#                   PDF is asked for;
#   web/dist/       everything under web/src/ (the page: HTML, JS, CSS,
#                   assets), copied as it is. The page's files live in
#                   web/src/ and nowhere else; web/dist/ is generated.
#
# Installs what it needs, so that it works from a clean clone: the Rust
# target wasm32-unknown-unknown, and the wasm-bindgen CLI at exactly the
# version of the wasm-bindgen crate in Cargo.lock (into target/tools, or
# $WASM_BINDGEN_ROOT, never over a wasm-bindgen of your own; with
# WASM_BINDGEN_ROOT set, only the one in it is used), and Binaryen's
# wasm-opt at a pinned version from npm (not required: without it the
# package works but is over the 3 MB budget).
#
# Usage: bash web/build.sh [--pdf]
#   --pdf  also build web/dist/pkg-pdf/ (render(…, {format: 'pdf'}) works
#          there; in web/dist/pkg/ it throws).
#
# Exit codes: 0 built; 1 the build failed; 3 a tool could not be installed
# (the message says "could not be installed").
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"

pdf=
for arg in "$@"; do
  case $arg in
    --pdf) pdf=1 ;;
    *) echo "web/build.sh: unknown argument $arg (only --pdf)" >&2; exit 1 ;;
  esac
done

target=wasm32-unknown-unknown
profile=wasm-release

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
  # A tool run for a second per build: compiled quickly (opt-level 1, no
  # link-time optimisation, parallel codegen) rather than for speed.
  export CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_LTO=false \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_DEBUG=false
  # --locked first: the CLI's own lockfile. A registry mirror that lacks a
  # locked version makes that fail; the retry resolves afresh, within the
  # CLI's own version requirements.
  if cargo install --locked --quiet wasm-bindgen-cli --version "=$version" --root "$root" >"$log" 2>&1 ||
    { echo "   (--locked failed; retrying without it)"; tail -n 3 "$log" | sed 's/^/   | /';
      cargo install --quiet wasm-bindgen-cli --version "=$version" --root "$root" >>"$log" 2>&1; }; then
    bindgen=$root/bin/wasm-bindgen
    unset CARGO_PROFILE_RELEASE_OPT_LEVEL CARGO_PROFILE_RELEASE_LTO \
      CARGO_PROFILE_RELEASE_CODEGEN_UNITS CARGO_PROFILE_RELEASE_DEBUG
  else
    tail -n 5 "$log" | sed 's/^/  | /' >&2
    rm -f "$log"
    echo "web/build.sh: wasm-bindgen-cli $version could not be installed" >&2
    exit 3
  fi
  rm -f "$log"
fi

# 3. Binaryen's wasm-opt, from npm into target/tools/binaryen. Not
# required: without it the package works, and is 7 % over the 3 MB budget.
binaryen_version=132.0.0
binaryen=$repo/target/tools/binaryen
wasm_opt=$binaryen/node_modules/.bin/wasm-opt
if ! [ -x "$wasm_opt" ] || [ "$("$wasm_opt" --version 2>/dev/null)" != "wasm-opt version ${binaryen_version%%.*} (version_${binaryen_version%%.*})" ]; then
  echo "== npm install binaryen@$binaryen_version into $binaryen"
  mkdir -p "$binaryen"
  if ! npm install --prefix "$binaryen" --no-audit --no-fund --no-save --loglevel=error \
    "binaryen@$binaryen_version" >"$binaryen/install.log" 2>&1 </dev/null; then
    tail -n 3 "$binaryen/install.log" | sed 's/^/   | /'
    echo "web/build.sh: binaryen $binaryen_version could not be installed from npm; the package is not optimised"
    wasm_opt=
  fi
fi

# 4–5. The engine, as WebAssembly (the profile is in the root Cargo.toml),
# and its JavaScript package. package OUT [CARGO FEATURE ARGS...]
package() {
  local out=$1 wasm=target/$target/$profile/dialogmote_wasm.wasm
  shift
  echo "== cargo build -p dialogmote-wasm --target $target --profile $profile $*"
  cargo build --quiet -p dialogmote-wasm --lib --target "$target" --profile "$profile" "$@"
  # The same engine, tools and flags as the package already in $out (and
  # that package as they made it): it is kept (wasm-opt takes over a minute
  # on the PDF package).
  local stamp_dir=target/tools/stamps stamp
  stamp="$(sha256sum <"$wasm" | cut -d' ' -f1) $("$bindgen" --version) binaryen=${wasm_opt:+$binaryen_version} $(sha256sum <"$repo/web/build.sh" | cut -d' ' -f1)"
  if [ -f "$out/dialogmote_bg.wasm" ] && [ -f "$out/dialogmote.js" ] &&
    [ "$(cat "$stamp_dir/$(basename "$out")" 2>/dev/null)" = "$stamp $(sha256sum <"$out/dialogmote_bg.wasm" | cut -d' ' -f1)" ]; then
    echo "== $out is up to date (same engine, wasm-bindgen and wasm-opt)"
    report "$out"
    return
  fi
  rm -f "$stamp_dir/$(basename "$out")"
  echo "== wasm-bindgen --target web --out-name dialogmote → $out"
  rm -rf "$out"
  "$bindgen" --target web --out-name dialogmote --remove-name-section --out-dir "$out" "$wasm"
  # wasm-opt (Binaryen, pinned, from npm: Debian's 108 mangles the
  # externref table that wasm-bindgen sets up). -Oz without inlining, with
  # similar functions merged, keeps the .wasm under both budgets (plain -Oz
  # makes it smaller but less compressible: 1.04 MB gzipped; docs/web.md).
  if [ -n "$wasm_opt" ]; then
    echo "== wasm-opt -Oz (binaryen $binaryen_version; no inlining, similar functions merged)"
    if "$wasm_opt" -Oz -aimfs 0 -fimfs 0 -ocimfs 0 --merge-similar-functions --enable-bulk-memory \
      --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
      --enable-reference-types --enable-multivalue \
      "$out/dialogmote_bg.wasm" -o "$out/dialogmote_bg.wasm.opt"; then
      mv "$out/dialogmote_bg.wasm.opt" "$out/dialogmote_bg.wasm"
    else
      echo "   wasm-opt failed; the package is left as wasm-bindgen wrote it"
      rm -f "$out/dialogmote_bg.wasm.opt"
      stamp=
    fi
  fi
  if [ -n "$stamp" ]; then
    mkdir -p "$stamp_dir"
    echo "$stamp $(sha256sum <"$out/dialogmote_bg.wasm" | cut -d' ' -f1)" >"$stamp_dir/$(basename "$out")"
  fi
  report "$out"
}
# The size of the package in OUT, plain and gzipped.
report() {
  local bytes gz
  bytes=$(wc -c <"$1/dialogmote_bg.wasm")
  gz=$(gzip -9 -c "$1/dialogmote_bg.wasm" | wc -c)
  echo "$1/dialogmote_bg.wasm: $bytes bytes, $gz bytes gzipped"
}
package web/dist/pkg
[ -z "$pdf" ] || package web/dist/pkg-pdf --features pdf

# 6. The page's static files: web/src/* → web/dist/.
if [ -d web/src ]; then
  echo "== copy web/src → web/dist"
  (cd web/src && find . -type f ! -name '.*' -print0 | while IFS= read -r -d '' f; do
    mkdir -p "../dist/$(dirname "$f")"
    cp "$f" "../dist/$f"
  done)
fi
