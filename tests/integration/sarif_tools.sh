#!/usr/bin/env bash
# Reads our SARIF with a real consumer, sarif-tools (PyPI), and checks that
# its counts match ours. Exit 0 = passed or skipped (with a message).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
bin=$(realpath "${1:-$repo/target/release/dialogmote}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! python3 -m venv "$work/venv" >/dev/null 2>&1 || ! "$work/venv/bin/pip" install -q sarif-tools >/dev/null 2>&1; then
  echo "SKIP sarif-tools test: sarif-tools could not be installed from PyPI"
  exit 0
fi
cd "$repo/tests/cmd/multi"
set +e
"$bin" lint --as-of 2026-11-20 --lang en --format sarif="$work/out.sarif" --format json="$work/out.json" . >/dev/null
code=$?
set -e
[ $code -eq 1 ] || { echo "FAIL: dialogmote exited $code, expected 1"; exit 1; }
summary=$("$work/venv/bin/sarif" summary "$work/out.sarif")
echo "$summary" | grep -E '^(error|warning|note):'
want_errors=$(python3 -c "import json;print(json.load(open('$work/out.json'))['summary']['errors'])")
want_warnings=$(python3 -c "import json;print(json.load(open('$work/out.json'))['summary']['warnings'])")
want_notes=$(python3 -c "import json;print(json.load(open('$work/out.json'))['summary']['infos'])")
grep -qx "error: $want_errors" <<<"$summary" || { echo "FAIL: sarif-tools counts errors differently"; exit 1; }
grep -qx "warning: $want_warnings" <<<"$summary" || { echo "FAIL: sarif-tools counts warnings differently"; exit 1; }
grep -qx "note: $want_notes" <<<"$summary" || { echo "FAIL: sarif-tools counts notes differently"; exit 1; }
echo "sarif-tools: read the SARIF; counts agree with the JSON summary"
