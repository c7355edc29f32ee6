#!/usr/bin/env bash
# Runs one fuzz target for a number of seconds from a fresh seed corpus and
# prints a one-line record: target, commit, seconds, executions, result.
#
#   fuzz/run.sh TARGET SECONDS        # e.g. fuzz/run.sh privacy 300
#   fuzz/run.sh list                  # the targets
#
# The seeds are built from the committed fixtures, hostile cases, examples
# and command tests into fuzz/corpus/TARGET (ignored by git; emptied first,
# so a run starts from the repository alone). Needs the nightly toolchain;
# installs cargo-fuzz if it is missing. Inputs up to MAX_LEN bytes (default
# 65536), TIMEOUT seconds each (default 10). Exit 0 = no crash, 1 = a crash,
# a timeout or an out-of-memory (the input is saved under
# fuzz/artifacts/TARGET/COMMIT-TIME/). KEEP_GOING=1 does not stop at the
# first crash (libFuzzer's fork mode) and lists every crash with its message.
set -euo pipefail
fuzz=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$fuzz")
targets=$(sed -n 's/^name = "\(.*\)"$/\1/p' "$fuzz/Cargo.toml" | grep -v '^dialogmote-fuzz$')
if [ "${1:-}" = list ]; then echo "$targets"; exit 0; fi
if [ $# -ne 2 ] || ! grep -qx "$1" <<<"$targets" || ! [[ $2 =~ ^[0-9]+$ ]]; then
  echo "usage: fuzz/run.sh TARGET SECONDS   (targets: $(echo $targets))" >&2
  exit 2
fi
target=$1 seconds=$2
max_len=${MAX_LEN:-65536}
timeout=${TIMEOUT:-10}

if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "fuzz/run.sh: the nightly toolchain is missing; install it with 'rustup toolchain install nightly'" >&2
  exit 2
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz/run.sh: installing cargo-fuzz" >&2
  cargo install cargo-fuzz --locked
fi

# The seed corpus: every committed referat-like file, by content hash (so
# the same file twice is one seed).
corpus=$fuzz/corpus/$target
rm -rf "$corpus"
mkdir -p "$corpus"
seed() { cp "$1" "$corpus/$(sha1sum "$1" | cut -c1-16)"; }
cd "$repo"
docs=$(git ls-files -- 'tests/fixtures/*' 'tests/hostile/*' 'examples/*.yaml' 'tests/cmd/multi/*' | grep -E '\.(ya?ml|json)$')
configs=$(git ls-files -- '*dialogmote.yaml' 'docs/examples/*' 'tests/cmd/*' | grep -E 'dialogmote\.yaml$')
rules=$(git ls-files -- 'rules/*.yaml' 'docs/examples/*' 'tests/cmd/*' | grep -E '\.yaml$' | grep -v 'dialogmote\.yaml$' | grep -Ev '^tests/cmd/multi/')
case $target in
  config_rules)
    # A configuration, a NUL, a rule file.
    for c in $configs; do
      for r in $rules; do
        f="$corpus/$(printf '%s\0%s' "$c" "$r" | sha1sum | cut -c1-16)"
        { cat "$c"; printf '\0'; cat "$r"; } >"$f"
      done
      seed "$c"
    done
    ;;
  gate)
    # Four bytes of configuration, then the document: the defaults, and
    # DM801/DM802 off with max_findings 1, draft, both formats. Also the
    # complete example with a fødselsnummer planted in three spellings.
    plant() { sed "s/^  lege: .*/  lege: \"Fnr $1\"/" examples/complete.yaml; }
    for d in $docs; do
      { printf '\000\000\000\000'; cat "$d"; } >"$corpus/a-$(sha1sum "$d" | cut -c1-16)"
      { printf '\320\001\000\000'; cat "$d"; } >"$corpus/b-$(sha1sum "$d" | cut -c1-16)"
    done
    for n in '15058500027' "150585$(printf '\302\240')00027" '150585-00027'; do
      f="$corpus/p-$(printf '%s' "$n" | sha1sum | cut -c1-16)"
      { printf '\320\001\000\000'; plant "$n"; } >"$f"
    done
    ;;
  *)
    for d in $docs; do seed "$d"; done
    if [ "$target" = lint_value ]; then
      # Also as bytes for the arbitrary-value path (first byte 0xFF).
      for d in $docs; do { printf '\377'; cat "$d"; } >"$corpus/ff-$(sha1sum "$d" | cut -c1-16)"; done
    fi
    ;;
esac
seeds=$(ls "$corpus" | wc -l)

commit=$(git rev-parse --short=10 HEAD)
git diff --quiet HEAD -- src fuzz Cargo.toml Cargo.lock rules schema || commit="$commit+uncommitted"
artifacts=$fuzz/artifacts/$target/$commit-$(date -u +%Y%m%dT%H%M%S)
mkdir -p "$artifacts"
log=$artifacts/fuzz.log
keep_going=()
[ -z "${KEEP_GOING:-}" ] || keep_going=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
echo "fuzz/run.sh: $target for ${seconds}s at $commit from $seeds seeds (max_len $max_len, timeout ${timeout}s per input); log in ${log#$repo/}" >&2
start=$(date +%s)
set +e
cargo +nightly fuzz run -s none "$target" "$corpus" -- \
  -max_total_time="$seconds" -max_len="$max_len" -timeout="$timeout" -rss_limit_mb=2048 \
  -artifact_prefix="$artifacts/" -print_final_stats=1 "${keep_going[@]}" >"$log" 2>&1
code=$?
set -e
end=$(date +%s)
runs=$(grep -Eo '^Done [0-9]+ runs' "$log" | grep -Eo '[0-9]+' | tail -1 || true)
[ -n "$runs" ] || runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1 || true)
[ -n "$runs" ] || runs=$(grep -Eo '^#[0-9]+' "$log" | tail -1 | tr -d '#' || true)
cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 | grep -Eo '[0-9]+' || true)
crashes=$(find "$artifacts" -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' | sort)
if [ -n "${KEEP_GOING:-}" ]; then
  # Each saved input, run once more to show what it broke.
  bin=$fuzz/target/$(rustc +nightly -vV | sed -n 's/^host: //p')/release/$target
  declare -A seen=()
  for c in $crashes; do
    what=$(timeout 60 "$bin" "$c" 2>&1 | grep -A1 -E 'panicked at|ERROR: libFuzzer' | grep -v -E 'panicked at|^--$' | head -1 || true)
    # One line per kind of failure: the message without the language.
    kind=$(sed -E 's/ \((Nb|En)\)//' <<<"$what")
    if [ -z "${seen[$kind]:-}" ]; then
      seen[$kind]=1
      echo "crash: $what (e.g. ${c#$repo/})"
    fi
  done
  n=$(echo -n "$crashes" | grep -c . || true)
  [ "$n" -eq 0 ] || code=1
  [ "$n" -gt 0 ] || code=0
fi
if [ $code -eq 0 ]; then
  result="no crash"
elif [ -n "${KEEP_GOING:-}" ]; then
  result="FAILED ($n crashing inputs under ${artifacts#$repo/})"
else
  artifact=$(grep -Eo "Test unit written to [^ ]+" "$log" | tail -1 | sed 's/Test unit written to //' || true)
  kind=$(grep -Eo 'ERROR: libFuzzer: [a-z-]+|deadly signal|panicked at [^ ]+' "$log" | head -1 || true)
  result="FAILED (exit $code${kind:+, $kind}${artifact:+, input ${artifact#$repo/}})"
fi
echo "fuzz: target=$target commit=$commit seconds=$((end - start)) executions=${runs:-?} coverage=${cov:-?} seeds=$seeds result=$result"
[ $code -eq 0 ]
