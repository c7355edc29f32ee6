#!/usr/bin/env bash
# Checks the PDFs of `dialogmote render` with real tools: poppler-utils
# (pdftotext, pdffonts, pdftoppm; installed with apt-get when missing) and
# pikepdf (PyPI, in a fresh virtual environment). Exit 0 = passed (or
# skipped locally, with a message, when a tool cannot be installed);
# non-zero = failed, and under CI=true an install failure is a failure.
#
#   bash tests/integration/render-check.sh [path/to/dialogmote]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
. "$repo/tests/integration/common.sh"
begin "${1:-}"

if ! command -v pdftotext >/dev/null || ! command -v pdffonts >/dev/null || ! command -v pdftoppm >/dev/null; then
  { apt-get update -qq && apt-get install -y -qq poppler-utils; } >"$work/apt.log" 2>&1 </dev/null ||
    unavailable "poppler-utils could not be installed with apt-get" "$work/apt.log"
fi
pip_install "$work/venv" "$work/install.log" pikepdf ||
  unavailable "pikepdf could not be installed from PyPI" "$work/install.log"

fail() { echo "FAIL: $*"; exit 1; }
flat() { tr -s ' \n\t' '   '; }

cp "$repo/examples/complete.yaml" "$repo/tests/cmd/render/sparse.yaml" "$repo/tests/cmd/render/privacy.yaml" \
  "$repo/tests/fixtures/oppfolgingsplan.yaml" "$repo/tests/fixtures/referat-revised-plan.yaml" "$work/"
cd "$work"

# pdfa FILE LANG TITLE: every font embedded, PDF/A-2b identification and
# title, the output intent with its ICC profile, /Lang, A4, tagged.
pdfa() {
  local fonts
  fonts=$(pdffonts "$1" 2>/dev/null | tail -n +3)
  [ -n "$fonts" ] || fail "$1: pdffonts lists no font"
  awk '{ if ($(NF-4) != "yes") { print "not embedded: " $0; bad=1 } } END { exit bad }' <<<"$fonts" ||
    fail "$1: a font is not embedded"
  "$work/venv/bin/python" - "$1" "$2" "$3" <<'PY' || fail "$1: PDF/A identification or output intent"
import sys, pikepdf
pdf = pikepdf.open(sys.argv[1])
meta = pdf.open_metadata()
assert meta.get("pdfaid:part") == "2", f"pdfaid:part is {meta.get('pdfaid:part')!r}"
assert meta.get("pdfaid:conformance") == "B", f"pdfaid:conformance is {meta.get('pdfaid:conformance')!r}"
assert meta.get("dc:title") == sys.argv[3], f"dc:title is {meta.get('dc:title')!r}"
intents = pdf.Root.get("/OutputIntents")
assert intents is not None and len(intents) >= 1, "no output intent"
oi = intents[0]
assert oi.get("/S") == "/GTS_PDFA1", f"output intent subtype {oi.get('/S')}"
assert oi.get("/DestOutputProfile") is not None, "the output intent has no ICC profile"
assert str(pdf.Root.get("/Lang")) == sys.argv[2], f"/Lang is {pdf.Root.get('/Lang')}"
assert pdf.Root.get("/StructTreeRoot") is not None, "not tagged"
w, h = [float(x) for x in pdf.pages[0].MediaBox[2:]]
assert abs(w - 595.28) < 1 and abs(h - 841.89) < 1, f"not A4: {w} x {h}"
print(f"pikepdf: {sys.argv[1]}: PDF/A-{meta['pdfaid:part']}{meta['pdfaid:conformance'].lower()}, output intent, /Lang {sys.argv[2]}, A4, tagged")
PY
}

for lang in nb nn en; do
  "$bin" render complete.yaml --format pdf --lang "$lang" --as-of 2026-11-20 -o "complete-$lang.pdf" 2>/dev/null ||
    fail "render --lang $lang exited $?"
  text=$(pdftotext "complete-$lang.pdf" - 2>/dev/null | flat)
  for want in "Kari Nordmann" "Ola Hansen" "Per Berg" "Nina Lund" \
    "Skrive gradert sykmelding 50 %." "Bestille hev-senk-pult" "Oppdatere oppfølgingsplanen"; do
    grep -qF -- "$want" <<<"$text" || fail "$lang: \`$want\` is not in the PDF's text"
  done
  case $lang in
    nb) heads=("Referat fra dialogmøte 1" "Møtedeltakere" "Oppfølgingsplan" "Fase 1: Innledning" "Fase 2: Status" "Fase 3: Løsninger" "Virkemidler fra NAV" "Fase 4: Avtale og konklusjon" "Hvem gjør hva når" "Taushetsplikt og personvern" "Om referatet" "Side 1 av") ;;
    nn) heads=("Referat frå dialogmøte 1" "Møtedeltakarar" "Oppfølgingsplan" "Fase 1: Innleiing" "Fase 2: Status" "Fase 3: Løysingar" "Verkemiddel frå NAV" "Fase 4: Avtale og konklusjon" "Kven gjer kva når" "Teieplikt og personvern" "Om referatet" "Side 1 av") ;;
    en) heads=("Minutes of dialogue meeting 1" "Participants" "Follow-up plan" "Phase 1: Introduction" "Phase 2: Status" "Phase 3: Solutions" "NAV's measures" "Phase 4: Agreement and conclusion" "Who does what, and when" "Confidentiality and privacy" "About these minutes" "Page 1 of") ;;
  esac
  for want in "${heads[@]}"; do
    grep -qF -- "$want" <<<"$text" || fail "$lang: heading \`$want\` is not in the PDF's text"
  done
  case $lang in
    nb) title="Referat fra dialogmøte 1" ;;
    nn) title="Referat frå dialogmøte 1" ;;
    en) title="Minutes of dialogue meeting 1" ;;
  esac
  pdfa "complete-$lang.pdf" "$lang" "$title"
done

# The follow-up plan (oppfolgingsplan1/v1), and the referat that is a revised
# plan: the plan's headings, words and values in the text, and PDF/A.
for lang in nb nn en; do
  "$bin" render oppfolgingsplan.yaml --format pdf --lang "$lang" --as-of 2026-10-30 -o "plan-$lang.pdf" 2>/dev/null ||
    fail "render the plan --lang $lang exited $?"
  "$bin" render referat-revised-plan.yaml --format pdf --lang "$lang" --as-of 2026-11-20 -o "revised-$lang.pdf" 2>/dev/null ||
    fail "render the revised plan --lang $lang exited $?"
  case $lang in
    nb) title="Oppfølgingsplan"
        plan=("Oppfølgingsplan" "Arbeidstaker" "Kari Nordmann" "Virksomhetens navn" "Fjordlager AS" "123 456 785" "987 654 325" "Arbeidsoppgaver" "Typisk arbeidshverdag" "Tilrettelegging" "Evalueringsdato" "16.11.2026" "Deling med NAV og legen" "Kontaktperson hos arbeidsgiveren" "Utsending" "30.10.2026" "Side 1 av")
        revised=("Revidert oppfølgingsplan" "Dato for planen" "19.11.2026" "Bistanden det bes om" "Taushetsplikt og personvern") ;;
    nn) title="Oppfølgingsplan"
        plan=("Oppfølgingsplan" "Arbeidstakar" "Kari Nordmann" "Namnet på verksemda" "Fjordlager AS" "123 456 785" "987 654 325" "Arbeidsoppgåver" "Typisk arbeidskvardag" "Tilrettelegging" "Evalueringsdato" "16.11.2026" "Deling med NAV og legen" "Kontaktperson hos arbeidsgivaren" "Utsending" "30.10.2026" "Side 1 av")
        revised=("Revidert oppfølgingsplan" "Dato for planen" "19.11.2026" "Bistanden det blir bede om" "Teieplikt og personvern") ;;
    en) title="Follow-up plan"
        plan=("Follow-up plan" "Employee" "Kari Nordmann" "Employer's name" "Fjordlager AS" "123 456 785" "987 654 325" "Work tasks" "A typical working day" "Adjustments at work" "Evaluation date" "16 November 2026" "Sharing with NAV and the doctor" "Employer's contact person" "Sending" "30 October 2026" "Page 1 of")
        revised=("Revised follow-up plan" "Date of the plan" "19 November 2026" "The help asked for" "Confidentiality and privacy") ;;
  esac
  text=$(pdftotext "plan-$lang.pdf" - 2>/dev/null | flat)
  for want in "${plan[@]}"; do
    grep -qF -- "$want" <<<"$text" || fail "plan $lang: \`$want\` is not in the PDF's text"
  done
  pdfa "plan-$lang.pdf" "$lang" "$title"
  text=$(pdftotext "revised-$lang.pdf" - 2>/dev/null | flat)
  for want in "${revised[@]}" "Fjordlager AS" "123 456 785"; do
    grep -qF -- "$want" <<<"$text" || fail "revised plan $lang: \`$want\` is not in the PDF's text"
  done
done

# Page 1 as an image: ink in the heading region and in the body, none in the margins.
pdftoppm -gray -r 60 -f 1 -l 1 complete-nb.pdf page >/dev/null 2>&1
python3 - page-1.pgm <<'PY' || fail "page 1 is blank where it should not be"
import sys
data = open(sys.argv[1], "rb").read()
parts = data.split(maxsplit=4)
assert parts[0] == b"P5", "not a binary PGM"
w, h = int(parts[1]), int(parts[2])
px = parts[4][: w * h]
def ink(x0, y0, x1, y1):
    return sum(1 for y in range(int(y0 * h), int(y1 * h)) for x in range(int(x0 * w), int(x1 * w)) if px[y * w + x] < 128)
heading = ink(0.09, 0.05, 0.6, 0.11)
body = ink(0.09, 0.2, 0.91, 0.8)
margin = ink(0.0, 0.0, 0.05, 1.0) + ink(0.95, 0.0, 1.0, 1.0)
print(f"page 1: {heading} dark pixels in the heading, {body} in the body, {margin} in the side margins")
assert heading > 150, "the heading region is blank"
assert body > 2000, "the body is blank"
assert margin == 0, "ink in the side margins"
PY

# A draft says UTKAST on every page.
"$bin" render sparse.yaml --format pdf --draft --as-of 2026-11-20 -o draft.pdf 2>/dev/null || fail "draft render exited $?"
pages=$(pdfinfo draft.pdf 2>/dev/null | awk '/^Pages:/ {print $2}')
for n in $(seq 1 "$pages"); do
  pdftotext -f "$n" -l "$n" draft.pdf - 2>/dev/null | grep -q UTKAST || fail "draft page $n has no UTKAST"
done

# A privacy finding refuses, even as a draft, and nothing is written.
set +e
"$bin" render privacy.yaml --format pdf --draft --as-of 2026-11-20 -o privacy.pdf 2>err.txt
code=$?
set -e
[ $code -eq 1 ] || fail "a privacy finding gave exit $code, not 1"
[ ! -e privacy.pdf ] || fail "a refused referat was written"
grep -q "DM802" err.txt || fail "the refusal does not name DM802"
! grep -q "F32" err.txt || fail "the refusal echoes the document's text"

size=$(wc -c <complete-nb.pdf)
plan_size=$(wc -c <plan-nb.pdf)
echo "render-check: 3 languages × (text, fonts embedded, PDF/A-2b + output intent) for the referat and the plan, the revised plan's text, page 1 image, draft on $pages page(s), privacy refusal; complete-nb.pdf is $size bytes, plan-nb.pdf $plan_size"
