#!/usr/bin/env bash
# Runs the hook with the real pre-commit (from PyPI) against this
# repository's committed HEAD, in a scratch repository of minutes.
# Exit 0 = passed or skipped (with a message); non-zero = failed.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! python3 -m venv "$work/venv" >/dev/null 2>&1 || ! "$work/venv/bin/pip" install -q "pre-commit>=3" >/dev/null 2>&1; then
  echo "SKIP pre-commit test: pre-commit could not be installed from PyPI"
  exit 0
fi
export PATH="$work/venv/bin:$PATH"
export PRE_COMMIT_HOME="$work/cache"
# Reuse the release build's compiled dependencies.
export CARGO_TARGET_DIR="$repo/target"

rev=$(git -C "$repo" rev-parse HEAD)
mkdir -p "$work/minutes/referater"
cd "$work/minutes"
git init -q .
cp "$repo/examples/complete.yaml" referater/ok.yaml
cp "$repo/tests/fixtures/misspelt-key.yaml" referater/bad.yaml
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $repo
    rev: $rev
    hooks:
      - id: dialogmote
        args: [--as-of, "2026-11-20", --lang, en]
YAML
git add -A

set +e
out=$(pre-commit run --all-files 2>&1); code=$?
set -e
echo "$out" | tail -n 8
if [ $code -eq 0 ] || ! grep -q "referater/bad.yaml:22:5: error\[DM002\] unknown key \`atended\`" <<<"$out"; then
  echo "FAIL: the hook should fail on referater/bad.yaml with DM002 (exit $code)"
  exit 1
fi
if grep -q "ok.yaml:" <<<"$out"; then
  echo "FAIL: the clean file got findings"
  exit 1
fi
git rm -q --cached referater/bad.yaml && rm referater/bad.yaml
if ! pre-commit run --all-files >/dev/null 2>&1; then
  echo "FAIL: the hook should pass on clean minutes"
  exit 1
fi
echo "pre-commit: hook fails on bad minutes and passes on clean ones"
