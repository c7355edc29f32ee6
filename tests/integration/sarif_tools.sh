#!/usr/bin/env bash
# Reads our SARIF with a real consumer, sarif-tools (PyPI), and checks that
# its counts match ours. Exit 0 = passed (or skipped locally, with a
# message, when sarif-tools cannot be installed); non-zero = failed, and
# under CI=true an install failure is a failure.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
. "$repo/tests/integration/common.sh"
begin "${1:-}"
pip_install "$work/venv" "$work/install.log" sarif-tools ||
  unavailable "sarif-tools could not be installed from PyPI" "$work/install.log"
cd "$repo/tests/cmd/multi"
set +e
"$bin" lint --as-of 2026-11-20 --lang en --format sarif="$work/out.sarif" --format json="$work/out.json" . >/dev/null
code=$?
set -e
[ $code -eq 1 ] || { echo "FAIL: dialogmote exited $code, expected 1"; exit 1; }
summary=$("$work/venv/bin/sarif" summary "$work/out.sarif")
echo "$summary" | grep -E '^(error|warning|note):'
want() { python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['summary'][sys.argv[2]])" "$work/out.json" "$1"; }
[ "$(want errors)" -gt 0 ] || { echo "FAIL: the test folder should give errors"; exit 1; }
grep -qx "error: $(want errors)" <<<"$summary" || { echo "FAIL: sarif-tools counts errors differently"; exit 1; }
grep -qx "warning: $(want warnings)" <<<"$summary" || { echo "FAIL: sarif-tools counts warnings differently"; exit 1; }
grep -qx "note: $(want infos)" <<<"$summary" || { echo "FAIL: sarif-tools counts notes differently"; exit 1; }
echo "sarif-tools: read the SARIF; counts agree with the JSON summary"
