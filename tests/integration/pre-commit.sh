#!/usr/bin/env bash
# Runs the hook with the real pre-commit (from PyPI) against this
# repository's working tree (copied, with uncommitted changes, into a
# scratch repository and committed there), in a scratch repository of
# minutes. Exit 0 = passed (or skipped locally, with a message, when
# pre-commit cannot be installed); non-zero = failed, and under CI=true an
# install failure is a failure.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
. "$repo/tests/integration/common.sh"
work_dir

pip_install "$work/venv" "$work/install.log" "pre-commit>=3" ||
  unavailable "pre-commit could not be installed from PyPI" "$work/install.log"
export PATH="$work/venv/bin:$PATH"
export PRE_COMMIT_HOME="$work/cache"
# Reuse the release build's compiled dependencies: the hook
# (tools/pre-commit-hook) builds the program with `cargo run --locked` in
# pre-commit's copy of the hook repository, into this target folder, so
# only the workspace's own crates are compiled again (their path differs).
# Offline, nothing can be downloaded by mistake.
export CARGO_TARGET_DIR="$repo/target"
export CARGO_NET_OFFLINE=true
git() { command git -c user.name=ci -c user.email=ci@dialogmote.invalid -c init.defaultBranch=main -c commit.gpgsign=false "$@"; }

# The hook's repository: the working tree as it is (tracked files with their
# changes, and new files that are not ignored), committed in a scratch repo.
hook=$work/hook
mkdir -p "$hook"
# The screenshots in docs/ are left out: the hook does not need them, and
# CI's browser check may be writing them while this copies.
(cd "$repo" && command git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' f; do
    case $f in docs/*.png) continue ;; esac
    [ -e "$f" ] && printf '%s\0' "$f"
  done |
  tar --null -T - -cf -) | tar -xf - -C "$hook"
git -C "$hook" init -q .
git -C "$hook" add -A
git -C "$hook" commit -q -m "working tree of $repo"
rev=$(git -C "$hook" rev-parse HEAD)

mkdir -p "$work/minutes/referater"
cd "$work/minutes"
git init -q .
cp "$repo/examples/complete.yaml" referater/ok.yaml
cp "$repo/tests/fixtures/misspelt-key.yaml" referater/bad.yaml
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $hook
    rev: $rev
    hooks:
      - id: dialogmote
        args: [--as-of, "2026-11-20", --lang, en]
YAML
git add -A

set +e
out=$(pre-commit run --all-files 2>&1 </dev/null); code=$?
set -e
echo "$out" | tail -n 8
if [ $code -eq 0 ] || ! grep -qF "referater/bad.yaml:22:5: error[DM002] participant 1 (Employee) has a field name the format does not know" <<<"$out"; then
  echo "FAIL: the hook should fail on referater/bad.yaml with DM002 (exit $code)"
  exit 1
fi
if grep -q "ok.yaml:" <<<"$out"; then
  echo "FAIL: the clean file got findings"
  exit 1
fi
git rm -q --cached referater/bad.yaml && rm referater/bad.yaml
if ! out=$(pre-commit run --all-files 2>&1 </dev/null); then
  echo "$out" | tail -n 8
  echo "FAIL: the hook should pass on clean minutes"
  exit 1
fi
echo "pre-commit: the working tree's hook fails on bad minutes and passes on clean ones"
