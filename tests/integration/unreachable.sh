#!/usr/bin/env bash
# Proves that the real-tool checks cannot pass silently in CI: runs each
# with the package registries unreachable (PyPI, npm and crates.io pointed
# at a closed port, fresh empty caches, Binaryen's wasm-opt to be
# installed afresh) and CI=true, and expects a non-zero exit from each.
# Exit 0 = every check failed as it should.
set -uo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
bin=$(realpath "${1:-$repo/target/release/dialogmote}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Cargo with an empty home whose crates.io is a closed port.
mkdir -p "$work/cargo-home"
printf '[source.crates-io]\nreplace-with = "closed"\n[source.closed]\nregistry = "sparse+http://127.0.0.1:9/index/"\n[net]\nretry = 0\n' \
  >"$work/cargo-home/config.toml"
bad=0
for check in sarif_tools.sh nav-lps.sh yaml_language_server.sh pre-commit.sh render-check.sh lsp.sh wasm.sh web.sh; do
  out=$(env CI=true \
    PIP_INDEX_URL=http://127.0.0.1:9/simple PIP_EXTRA_INDEX_URL= PIP_FIND_LINKS= PIP_NO_CACHE_DIR=1 PIP_RETRIES=0 PIP_TIMEOUT=5 \
    npm_config_registry=http://127.0.0.1:9/ npm_config_cache="$work/npm-cache" npm_config_offline=false \
    npm_config_prefer_offline=false npm_config_fetch_retries=0 npm_config_fetch_timeout=5000 \
    CARGO_HOME="$work/cargo-home" BINARYEN_ROOT="$work/binaryen" \
    TMPDIR="$work" timeout 300 bash "$repo/tests/integration/$check" "$bin" 2>&1 </dev/null)
  code=$?
  if [ $code -ne 0 ] && grep -q "FAIL: .*could not be installed" <<<"$out"; then
    echo "ok: $check exits $code with the registries unreachable under CI=true"
  else
    echo "$out" | tail -n 5 | sed 's/^/  | /'
    echo "FAIL: $check exited $code with the registries unreachable under CI=true (want non-zero, for the install)"
    bad=1
  fi
done
exit $bad
