#!/usr/bin/env bash
# Builds the browser editor into web/dist/, a folder of static files that any
# web server can serve (docs/web.md):
#
#   web/dist/pkg/   the engine, the npm package `dialogmote`: the WebAssembly
#                   (dialogmote_bg.wasm, built from bindings/wasm), and beside
#                   it the hand-written glue of bindings/wasm/js/, copied as it
#                   is: dialogmote.js (an ES module; default export: init),
#                   dialogmote.d.ts and package.json (its version set to the
#                   crate's). `npm pack` there makes the package's tarball;
#   web/dist/pkg-pdf/  the same API with the PDF writer too (over twice
#                   the size), which the page loads only when a PDF is
#                   asked for. Always built: a page without it would show
#                   a «Last ned PDF» button that fails;
#   web/dist/       everything under web/src/ (the page: HTML, JS, CSS,
#                   assets), copied as it is, and texts.js, the page's words,
#                   generated from the library's text catalogue. The page's
#                   files live in web/src/ and nowhere else; web/dist/ is
#                   generated.
#
# Installs what it needs, so that it works from a clean clone: the Rust
# target wasm32-unknown-unknown, and Binaryen's wasm-opt at a pinned version
# from npm (into $BINARYEN_ROOT, by default binaryen/ in the tools folder of
# the cargo target directory; not required: without it the package works
# but is over the 3 MB budget). No other tool: the glue is not generated.
#
# Usage: bash web/build.sh   (env: CARGO_TARGET_DIR, DIALOGMOTE_BIN)
#   --pdf  accepted and ignored, for older scripts: web/dist/pkg-pdf/ is
#          always built (render(…, {format: 'pdf'}) works there; in
#          web/dist/pkg/ it throws).
#
# Exit codes: 0 built; 1 the build failed; 3 a tool could not be installed
# (the message says "could not be installed"). A wasm-opt that could not be
# installed is not a failure: the message says so, and the package is built.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"

for arg in "$@"; do
  case $arg in
    --pdf) ;; # the PDF package is always built; kept for older scripts
    *) echo "web/build.sh: unknown argument $arg (none is needed)" >&2; exit 1 ;;
  esac
done

target=wasm32-unknown-unknown
profile=wasm-release
target_dir=${CARGO_TARGET_DIR:-$repo/target}
tools=$target_dir/tools

# 1. The Rust target.
if ! rustup target list --installed 2>/dev/null | grep -qx "$target"; then
  echo "== rustup target add $target"
  if ! rustup target add "$target"; then
    echo "web/build.sh: the Rust target $target could not be installed" >&2
    exit 3
  fi
fi

# 2. Binaryen's wasm-opt, from npm. Not required: without it the package
# works, and is over the 3 MB budget (4.6 MB, the names section included).
binaryen_version=132.0.0
binaryen=${BINARYEN_ROOT:-$tools/binaryen}
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

# 3–4. The engine, as WebAssembly (the profile is in the root Cargo.toml),
# and its package. package OUT [CARGO FEATURE ARGS...]
#
# getrandom (which the schema validator's hash maps use for their seeds)
# would reach for JavaScript's crypto through wasm-bindgen; with this cfg
# it calls the crate's own source instead (bindings/wasm/src/abi.rs,
# `random`), which the glue provides. RUSTFLAGS, not
# CARGO_TARGET_…_RUSTFLAGS, so that flags of your own are kept, not
# overridden (with --target, RUSTFLAGS does not reach build scripts).
native_rustflags=${RUSTFLAGS-}
export RUSTFLAGS="${RUSTFLAGS:+$RUSTFLAGS }--cfg getrandom_backend=\"custom\""
version=$(awk -F'"' '/^version = / { print $2; exit }' bindings/wasm/Cargo.toml)
package() {
  local out=$1 wasm=$target_dir/$target/$profile/dialogmote_wasm.wasm
  shift
  echo "== cargo build -p dialogmote-wasm --target $target --profile $profile $*"
  cargo build --quiet -p dialogmote-wasm --lib --target "$target" --profile "$profile" "$@" || {
    echo "web/build.sh: the package $out could not be built (cargo build ${*:-without features} failed)" >&2
    exit 1
  }
  # Nothing but the glue's own imports: a dependency that brought
  # wasm-bindgen back would make a module no glue of ours can start.
  if command -v node >/dev/null; then
    node -e '
      const imports = WebAssembly.Module.imports(new WebAssembly.Module(require("fs").readFileSync(process.argv[1])));
      const other = imports.filter((i) => i.module !== "dialogmote" || i.name !== "random");
      if (other.length) { console.error("web/build.sh: the engine imports " + other.map((i) => i.module + "." + i.name).join(", ") + ", which the glue does not provide"); process.exit(1); }
    ' "$wasm"
  fi
  # The same engine, tools and flags as the .wasm already in $out (and
  # that .wasm as they made it): it is kept (wasm-opt takes over a minute
  # on the PDF package). Else $out is made afresh.
  local stamp_dir=$tools/stamps stamp
  stamp="$(sha256sum <"$wasm" | cut -d' ' -f1) binaryen=${wasm_opt:+$binaryen_version} $(sha256sum <"$repo/web/build.sh" | cut -d' ' -f1)"
  if [ -f "$out/dialogmote_bg.wasm" ] &&
    [ "$(cat "$stamp_dir/$(basename "$out")" 2>/dev/null)" = "$stamp $(sha256sum <"$out/dialogmote_bg.wasm" | cut -d' ' -f1)" ]; then
    echo "== $out/dialogmote_bg.wasm is up to date (same engine and wasm-opt)"
  else
    rm -f "$stamp_dir/$(basename "$out")"
    rm -rf "$out"
    mkdir -p "$out"
    optimise "$wasm" "$out/dialogmote_bg.wasm" || stamp=
    if [ -n "$stamp" ]; then
      mkdir -p "$stamp_dir"
      echo "$stamp $(sha256sum <"$out/dialogmote_bg.wasm" | cut -d' ' -f1)" >"$stamp_dir/$(basename "$out")"
    fi
  fi
  # The glue, as it is, and package.json with the crate's version.
  cp bindings/wasm/js/dialogmote.js bindings/wasm/js/dialogmote.d.ts "$out/"
  sed "s/^  \"version\": \".*\",\$/  \"version\": \"$version\",/" bindings/wasm/js/package.json >"$out/package.json"
  grep -q "^  \"version\": \"$version\",\$" "$out/package.json" || {
    echo "web/build.sh: no \"version\" line in bindings/wasm/js/package.json" >&2
    exit 1
  }
  report "$out"
}
# optimise IN OUT: IN through wasm-opt into OUT, or copied when there is no
# wasm-opt (status 0) or it fails (status 1).
optimise() {
  # wasm-opt (Binaryen, pinned, from npm). -Oz without inlining, with
  # similar functions merged, keeps the .wasm under both budgets (plain -Oz
  # makes it smaller but less compressible; docs/web.md). It also drops the
  # names and the other custom sections.
  if [ -n "$wasm_opt" ]; then
    echo "== wasm-opt -Oz (binaryen $binaryen_version; no inlining, similar functions merged) → $2"
    if "$wasm_opt" -Oz -aimfs 0 -fimfs 0 -ocimfs 0 --merge-similar-functions --enable-bulk-memory \
      --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
      --enable-reference-types --enable-multivalue "$1" -o "$2"; then
      return 0
    fi
    echo "   wasm-opt failed; the package has the .wasm as cargo built it"
    cp "$1" "$2"
    return 1
  fi
  cp "$1" "$2"
}
# The size of the package in OUT, plain and gzipped.
report() {
  local bytes gz
  bytes=$(wc -c <"$1/dialogmote_bg.wasm")
  gz=$(gzip -9 -c "$1/dialogmote_bg.wasm" | wc -c)
  echo "$1/dialogmote_bg.wasm: $bytes bytes, $gz bytes gzipped"
}
package web/dist/pkg
package web/dist/pkg-pdf --features pdf
# Both packages, whole, or the build failed: a page whose PDF package is
# missing would fail only when a person asks for a PDF.
for out in web/dist/pkg web/dist/pkg-pdf; do
  for f in dialogmote.js dialogmote_bg.wasm package.json; do
    [ -s "$out/$f" ] || { echo "web/build.sh: $out/$f was not built" >&2; exit 1; }
  done
done

# 4b. The page's words, from the library's text catalogue (src/texts/)
# through the program, built natively with the caller's own flags (not the
# WebAssembly ones above, which would make cargo build the program's
# dependencies again). DIALOGMOTE_BIN names a program already built, or
# being built: CI builds the packages in a target folder of their own,
# beside the tests, whose build makes the program; with
# DIALOGMOTE_BIN_WAIT=SECONDS this step waits that long for it to appear.
echo "== dialogmote texts --area web --format js → web/dist/texts.js"
mkdir -p web/dist
if [ -n "${DIALOGMOTE_BIN:-}" ]; then
  waited=0
  abandoned=$target_dir/abandoned
  while ! [ -x "$DIALOGMOTE_BIN" ] && [ "$waited" -lt "${DIALOGMOTE_BIN_WAIT:-0}" ] && ! [ -e "$abandoned" ]; do
    sleep 5
    waited=$((waited + 5))
  done
  [ "$waited" -eq 0 ] || echo "   (waited $waited s for $DIALOGMOTE_BIN)"
  "$DIALOGMOTE_BIN" texts --area web --format js >web/dist/texts.js.tmp
else
  RUSTFLAGS="$native_rustflags" cargo run --quiet --release -p dialogmote-cli --bin dialogmote -- texts --area web --format js >web/dist/texts.js.tmp
fi
mv web/dist/texts.js.tmp web/dist/texts.js

# 5. The page's static files: web/src/* → web/dist/.
if [ -d web/src ]; then
  echo "== copy web/src → web/dist"
  (cd web/src && find . -type f ! -name '.*' -print0 | while IFS= read -r -d '' f; do
    mkdir -p "../dist/$(dirname "$f")"
    cp "$f" "../dist/$f"
  done)
fi
