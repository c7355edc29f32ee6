#!/usr/bin/env bash
# NAV's real contract: validates what `dialogmote export --to nav-lps`
# writes as the request body of `POST /api/v1/followupplan` against NAV's
# OpenAPI file (../shared/data/nav-lps/openapi.yaml, from
# navikt/lps-oppfolgingsplan-mottak) with openapi-core (PyPI): the shared
# example's expected bytes, what this program writes for that example, and
# a corpus of generated plans (tests/it/export.rs writes it). Also checks
# that a body the contract must reject is rejected, so that the check can
# fail. Exit 0 = passed (or skipped locally, with a message, when
# openapi-core cannot be installed); non-zero = failed, and under CI=true an
# install failure is a failure.
#
# The contract is read twice. NAV's OpenAPI file lists no member as
# `nullable`, though its Kotlin DTO takes `null` for every member that is
# not required (`String?`, `Boolean?`), and the export writes `null` there
# (follow-up-plan.md §5.2). So each body is checked (1) against the contract
# as NAV's server reads it: the file with `nullable: true` on the members it
# does not require, and `lpsName` required, as the server requires it
# (../shared/data/nav-lps/README.md); and (2) against the file as it is,
# with the body's `null` members left out (for the DTO, a member left out
# is `null`). How many bodies the file, read literally, rejects for a
# `null` alone is printed.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
. "$repo/tests/integration/common.sh"
begin "${1:-}"
pip_install "$work/venv" "$work/install.log" openapi-core ||
  unavailable "openapi-core could not be installed from PyPI" "$work/install.log"
shared="$repo/../shared"
contract="$shared/data/nav-lps/openapi.yaml"
example="$shared/spec/examples/plan"
if [ ! -f "$contract" ] || [ ! -d "$example" ]; then
  if in_ci; then
    echo "FAIL: ../shared (NAV's contract and the example) is not beside the repository (CI=$CI)"
    exit 1
  fi
  echo "SKIP: ../shared (NAV's contract and the example) is not beside the repository"
  exit 0
fi
mkdir -p "$work/bodies"
cp "$example/referat-revised-plan.nav-lps.json" "$work/bodies/example-expected.json"

# What this program writes for the example (the README's command there).
plans_are_read() {
  printf 'format: oppfolgingsplan1/v1\nplan: {}\n' >"$work/empty-plan.yaml"
  local out
  out=$("$bin" lint --format json --as-of 2026-11-20 "$work/empty-plan.yaml" || true)
  ! grep -q '"DM003"' <<<"$out"
}
if plans_are_read; then
  (cd "$example" && "$bin" export referat-revised-plan.yaml --to nav-lps \
    --employee-id-file employee-id.txt --allow-synthetic-id \
    --lps-name "Fjordlager HR" --lps-email hr@fjordlager.example \
    --as-of 2026-11-20 -o "$work/bodies/example-written.json")
  cmp "$work/bodies/example-written.json" "$work/bodies/example-expected.json" ||
    { echo "FAIL: the export of the example differs from its expected bytes"; exit 1; }
  # The generated corpus (50 bodies), by the test binary the README's test
  # command built (run as cargo runs it, from the program's package);
  # `cargo test` again would compile it once more under another selection
  # of features (measured: 247 s of CI).
  profile=debug
  case "$bin" in */release/*) profile=release ;; esac
  it_bin=$(ls -t "${CARGO_TARGET_DIR:-$repo/target}/$profile/deps"/it-* 2>/dev/null | grep -v '\.d$' | head -n 1 || true)
  [ -x "$it_bin" ] || { echo "FAIL: no test binary of tests/it under $profile: run the README's test command first"; exit 1; }
  (cd "$repo/crates/cli" && DIALOGMOTE_NAV_LPS_CORPUS="$work/bodies/corpus" \
    "$it_bin" export::a_corpus_of_generated_bodies --exact >"$work/corpus.log" 2>&1) ||
    { tail -n 20 "$work/corpus.log"; echo "FAIL: the corpus of generated bodies was not written"; exit 1; }
  n=$(find "$work/bodies/corpus" -name '*.json' | wc -l)
  [ "$n" -eq 50 ] || { echo "FAIL: the corpus has $n bodies, not 50"; exit 1; }
else
  echo "FAIL: the engine does not read plans (oppfolgingsplan1/v1)"
  exit 1
fi

cat >"$work/validate.py" <<'EOF'
"""Validates request bodies of POST /api/v1/followupplan against NAV's OpenAPI file."""
import copy
import json
import pathlib
import sys

import yaml
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest

contract_path, bodies_dir = sys.argv[1], pathlib.Path(sys.argv[2])
literal_spec = yaml.safe_load(open(contract_path, encoding="utf-8"))

# As NAV's server reads it: members it does not require take null (the
# Kotlin DTO's `String?`/`Boolean?`), and lpsName is required.
server_spec = copy.deepcopy(literal_spec)
dto = server_spec["components"]["schemas"]["FollowUpPlanDTO"]
for name, prop in dto["properties"].items():
    if name not in dto["required"]:
        prop["nullable"] = True
dto["required"].append("lpsName")
dto["properties"]["lpsName"].pop("nullable", None)

literal = OpenAPI.from_dict(literal_spec)
server = OpenAPI.from_dict(server_spec)


def errors(api, body: bytes):
    request = MockRequest(
        "https://lps-oppfolgingsplan-mottak.nav.no", "post", "/api/v1/followupplan",
        data=body, content_type="application/json", headers={"Authorization": "Bearer token"},
    )
    try:
        api.validate_request(request)
        return None
    except Exception as e:  # openapi-core's validation errors
        return f"{type(e).__name__}: {getattr(e, '__cause__', None) or e}"


def without_nulls(body: bytes) -> bytes:
    return json.dumps({k: v for k, v in json.loads(body).items() if v is not None}).encode()


failed, checked, literal_rejects = 0, 0, 0
for path in sorted(bodies_dir.rglob("*.json")):
    body = path.read_bytes()
    checked += 1
    for name, api, text in (("server", server, body), ("literal", literal, without_nulls(body))):
        e = errors(api, text)
        if e:
            failed += 1
            print(f"FAIL: {path.name} against the contract ({name}): {e[:300]}")
    if errors(literal, body):
        literal_rejects += 1

# The check can fail: bodies the contract must reject are rejected.
example = json.loads((bodies_dir / "example-expected.json").read_bytes())
controls = {
    "typicalWorkday left out": {k: v for k, v in example.items() if k != "typicalWorkday"},
    "contactPersonEmail null": {**example, "contactPersonEmail": None},
    "sendPlanToNav as text": {**example, "sendPlanToNav": "true"},
    "evaluationDate not a date": {**example, "evaluationDate": "14.12.2026"},
    "lpsName left out": {k: v for k, v in example.items() if k != "lpsName"},
}
for what, body in controls.items():
    text = json.dumps(body).encode()
    if not errors(server, text):
        failed += 1
        print(f"FAIL: the contract (server) accepts a body with {what}")
    if what != "lpsName left out" and not errors(literal, without_nulls(text)):
        failed += 1
        print(f"FAIL: the contract (literal) accepts a body with {what}")

print(f"openapi-core: {checked} bodies checked against NAV's contract, {len(controls)} bodies it must reject rejected")
print(f"note: read literally (no member nullable), the file rejects {literal_rejects} of {checked} bodies for a null member alone")
sys.exit(1 if failed else 0)
EOF
"$work/venv/bin/python" "$work/validate.py" "$contract" "$work/bodies"
