#!/usr/bin/env bash
# Installs yaml-language-server 1.25.0 (npm; 2.x needs a newer Node) and
# runs yaml_language_server.py. Exit 0 = passed or skipped (with a message).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
bin=$(realpath "${1:-$repo/target/release/dialogmote}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! command -v npm >/dev/null || ! (cd "$work" && npm install --silent --no-audit --no-fund yaml-language-server@1.25.0 >/dev/null 2>&1); then
  echo "SKIP yaml-language-server test: it could not be installed from npm"
  exit 0
fi
python3 "$repo/tests/integration/yaml_language_server.py" "$work/node_modules/.bin/yaml-language-server" "$bin"
