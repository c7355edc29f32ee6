#!/usr/bin/env bash
# The browser engine: builds the WebAssembly package with web/build.sh
# (which installs the Rust target when missing, and Binaryen's wasm-opt
# from npm), checks its size against the budget of issue 14 (3 MB, 1 MB
# gzipped), and runs in Node: web/tests/package.test.mjs, which compares
# the package with the command line on the whole corpus and calls every
# function with wrong arguments; web/tests/internal.test.mjs (a panic is an
# Error with code "internal", and the engine starts afresh);
# web/tests/npm-package.test.mjs (`npm pack`, the tarball installed offline
# into a project of its own, `await init()` with no argument, and lint);
# and web/tests/writer.test.mjs (the page's YAML writer). The bindings'
# native tests (`cargo test --release`: the bindings are a default member)
# run in the main test step, not here. Exit 0 = passed (or
# skipped locally, with a message, when a tool cannot be installed);
# non-zero = failed, and under CI=true an install failure is a failure.
#
#   bash tests/integration/wasm.sh [path/to/dialogmote]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
. "$repo/tests/integration/common.sh"
begin "${1:-}"

command -v node >/dev/null || unavailable "Node.js could not be installed (it is not on the machine)"
command -v npm >/dev/null || unavailable "npm could not be installed (it is not on the machine)"
set +e
bash "$repo/web/build.sh" >"$work/build.log" 2>&1 </dev/null
code=$?
set -e
cat "$work/build.log"
# A tool that could not be installed first: it explains what failed after
# it (without the registries, the crates cannot be downloaded either).
! grep -q "binaryen .* could not be installed" "$work/build.log" ||
  unavailable "binaryen (wasm-opt) could not be installed from npm" "$work/build.log"
case $code in
  0) ;;
  3) unavailable "the wasm32 target could not be installed" "$work/build.log" ;;
  *) echo "FAIL: web/build.sh exited $code"; exit 1 ;;
esac

# The size budget, in decimal units: issue 14's 3 MB and 1 MB gzipped,
# raised by issue 25 to 3 100 000 and 1 050 000 bytes (the fields'
# vocabulary and the plain-word texts in three languages) and by issue 26
# to 3 300 000 and 1 100 000 (the second format, its rules and the export):
# docs/web.md has the figures, and that this is a debt to win back.
wasm=$repo/web/dist/pkg/dialogmote_bg.wasm
bytes=$(wc -c <"$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
[ "$bytes" -le 3300000 ] || { echo "FAIL: the .wasm is $bytes bytes, over the budget (3 300 000 bytes; docs/web.md)"; exit 1; }
[ "$gz" -le 1100000 ] || { echo "FAIL: the .wasm is $gz bytes gzipped, over the budget (1 100 000 bytes)"; exit 1; }
echo "size: $bytes bytes, $gz bytes gzipped (budget 3 300 000 and 1 100 000)"

# The package against the command line and every wrong argument
# (package.test.mjs), a panic (internal.test.mjs), the package as npm
# installs it (npm-package.test.mjs), and the page's YAML writer against
# the engine's own reader (writer.test.mjs).
DIALOGMOTE_BIN=$bin node --test "$repo/web/tests/package.test.mjs" "$repo/web/tests/internal.test.mjs" \
  "$repo/web/tests/npm-package.test.mjs" "$repo/web/tests/writer.test.mjs"
