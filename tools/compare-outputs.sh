#!/usr/bin/env bash
# Compares what two builds of dialogmote write, byte for byte, on every
# document the project holds: the fixtures, the hostile files, the fix
# cases, the examples and a generated corpus of 1000 minutes. For a change
# that must not change behaviour (a move, a refactor): run it with the
# binary from before and the one from after.
#
#   bash tools/compare-outputs.sh BEFORE_BINARY AFTER_BINARY [CORPUS_DIR]
#
# Compared, in bokmål, nynorsk and English: `lint` in every format (human,
# json, sarif, github, junit); `lint --diff` and `--fix-unsafe --diff`;
# `render` (md, html) of each example; `rules`, `explain` of every rule,
# `schema` and `new`. CORPUS_DIR defaults to a fresh
# `cargo run --release --example gen_corpus -- --count 1000` (seed 1).
# Exit 0 = identical; 1 = a difference (the first lines of each are shown).
set -uo pipefail
before=$(realpath "$1") after=$(realpath "$2")
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpus=${3:-}
if [ -z "$corpus" ]; then
  corpus=$work/corpus
  cargo run --release --quiet --example gen_corpus -- --count 1000 --out "$corpus" >/dev/null
fi
as_of=(--as-of 2026-11-20)
docs=(tests/fixtures tests/hostile tests/fixes examples "$corpus")
runs=0 differ=0
same() { # NAME ARGS...: runs both binaries with ARGS, compares stdout, stderr and exit code
  local name=$1; shift
  for side in before after; do
    local bin=${!side}
    rm -f "$work"/referat.*
    (cd "$work" && "$bin" "$@" >"$work/$side.out" 2>"$work/$side.err"; echo "exit $?" >>"$work/$side.err")
    # A rendered referat is compared as what was written.
    cat "$work"/referat.* >>"$work/$side.out" 2>/dev/null
    # The binary's own path may appear in messages: not a difference.
    sed -i "s#$bin#BIN#g" "$work/$side.out" "$work/$side.err"
  done
  runs=$((runs + 1))
  if ! cmp -s "$work/before.out" "$work/after.out" || ! cmp -s "$work/before.err" "$work/after.err"; then
    differ=$((differ + 1))
    echo "DIFFERENT: $name"
    diff <(cat "$work/before.out" "$work/before.err") <(cat "$work/after.out" "$work/after.err") | head -n 10
  fi
}
abs=()
for d in "${docs[@]}"; do abs+=("$(realpath "$d")"); done
for lang in nb nn en; do
  for format in human json sarif github junit; do
    same "lint -f $format --lang $lang" lint "${as_of[@]}" --lang "$lang" -f "$format" "${abs[@]}"
  done
  same "lint --diff --lang $lang" lint "${as_of[@]}" --lang "$lang" --diff "${abs[@]}"
  same "lint --fix-unsafe --diff --lang $lang" lint "${as_of[@]}" --lang "$lang" --fix-unsafe --diff "${abs[@]}"
  for ex in examples/*.yaml; do
    for f in md html; do
      same "render $ex $f $lang" render "${as_of[@]}" --lang "$lang" --format "$f" "$repo/$ex" --force -o "$work/referat.$f"
    done
  done
  same "rules --lang $lang" rules --lang "$lang"
  for code in $("$after" rules | awk '{print $1}'); do
    same "explain $code $lang" explain "$code" --lang "$lang"
  done
done
same "schema" schema
same "new" new --date 2026-11-16
echo "compared $runs runs: $differ different"
[ "$differ" -eq 0 ]
