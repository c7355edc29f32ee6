#!/usr/bin/env bash
# Installs yaml-language-server 1.25.0 (npm; 2.x needs a newer Node) and
# runs yaml_language_server.py. Exit 0 = passed (or skipped locally, with a
# message, when it cannot be installed); non-zero = failed, and under
# CI=true an install failure is a failure.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
. "$repo/tests/integration/common.sh"
begin "${1:-}"
command -v npm >/dev/null || unavailable "npm is not installed, so yaml-language-server cannot be"
npm_install "$work" "$work/install.log" yaml-language-server@1.25.0 ||
  unavailable "yaml-language-server could not be installed from npm" "$work/install.log"
[ -x "$work/node_modules/.bin/yaml-language-server" ] ||
  unavailable "npm reported success but installed no yaml-language-server" "$work/install.log"
python3 "$repo/tests/integration/yaml_language_server.py" "$work/node_modules/.bin/yaml-language-server" "$bin"
