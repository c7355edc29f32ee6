#!/usr/bin/env bash
# Installs pytest-lsp 1.0.1 (PyPI; with pygls and lsprotocol) in a fresh
# virtual environment and runs lsp_editor.py: `dialogmote lsp` driven by a
# real LSP client with VS Code's capabilities. Exit 0 = passed (or skipped
# locally, with a message, when it cannot be installed); non-zero = failed,
# and under CI=true an install failure is a failure.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
. "$repo/tests/integration/common.sh"
begin "${1:-}"
pip_install "$work/venv" "$work/install.log" "pytest-lsp==1.0.1" ||
  unavailable "pytest-lsp could not be installed from PyPI" "$work/install.log"
[ -x "$work/venv/bin/pytest" ] ||
  unavailable "pip reported success but installed no pytest" "$work/install.log"
cd "$repo/tests/integration"
DIALOGMOTE_BIN="$bin" \
  "$work/venv/bin/pytest" -q -p no:cacheprovider -o asyncio_mode=auto \
  -o asyncio_default_fixture_loop_scope=function lsp_editor.py
