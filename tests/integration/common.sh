# Sourced by the real-tool checks. When a tool cannot be installed, a local
# run skips with a message; under CI (the CI variable set and not "false"
# or "0") it is a failure, because the registries are reachable wherever
# CI runs.

in_ci() { [ -n "${CI:-}" ] && [ "${CI:-}" != false ] && [ "${CI:-}" != 0 ]; }

# unavailable WHAT LOG: WHAT could not be installed; LOG holds the installer's output.
unavailable() {
  if [ -n "${2:-}" ] && [ -s "$2" ]; then tail -n 5 "$2" | sed 's/^/  | /'; fi
  if in_ci; then
    echo "FAIL: $1 (CI=$CI: a real-tool check may not be skipped in CI)"
    exit 1
  fi
  echo "SKIP: $1 (a local run skips; under CI=true this fails)"
  exit 0
}

# pip_install VENV LOG PACKAGE...: a fresh virtual environment with PACKAGE.
pip_install() {
  local venv=$1 log=$2
  shift 2
  python3 -m venv "$venv" >"$log" 2>&1 &&
    "$venv/bin/pip" install --disable-pip-version-check -q "$@" >>"$log" 2>&1 </dev/null
}

# begin [BIN]: the dialogmote binary to check in $bin (BIN, or the release
# build), and a temporary folder in $work, removed on exit.
begin() {
  bin=$(realpath "${1:-$repo/target/release/dialogmote}")
  [ -x "$bin" ] || { echo "FAIL: no dialogmote binary at $bin"; exit 1; }
  work_dir
}

# work_dir: a temporary folder in $work, removed on exit.
work_dir() {
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
}

# npm_install DIR LOG PACKAGE...: PACKAGE installed into DIR/node_modules.
npm_install() {
  local dir=$1 log=$2
  shift 2
  (cd "$dir" && npm install --no-audit --no-fund --no-save "$@" >"$log" 2>&1 </dev/null)
}
