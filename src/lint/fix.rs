//! Applying fixes: the one driver behind `lint --fix`, the language server's
//! "fix everything that is safe" action and the browser editor's `fix()`.

use std::collections::BTreeMap;

use crate::findings::{Applicability, Edit, Finding, Fix, apply_fixes};
use crate::input::source::Source;
use crate::lint::{LintOptions, Linter};
use crate::texts::Text;

/// Which fixes [`Linter::fix`] may apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum FixLevel {
    /// Only fixes with exactly one right answer ([`Applicability::Safe`]).
    #[default]
    Safe,
    /// Safe fixes and those a person should confirm ([`Applicability::Unsafe`]).
    Unsafe,
}

impl FixLevel {
    /// Whether a fix of `applicability` is applied at this level.
    pub fn allows(self, applicability: Applicability) -> bool {
        match applicability {
            Applicability::Safe => true,
            Applicability::Unsafe => self == FixLevel::Unsafe,
        }
    }
}

/// One fix that [`Linter::fix`] applied.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AppliedFix {
    /// The code of the finding it mended.
    pub code: String,
    /// The finding's pointer.
    pub pointer: String,
    /// The fix's title, in every language.
    pub title: Text,
    /// The finding's 1-based line in the input it was applied to.
    pub line: Option<usize>,
}

/// What [`Linter::fix`] made of a source.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Fixed {
    /// The text with the fixes applied (a BOM kept); equal to the input
    /// when nothing was fixed.
    pub text: String,
    /// The fixes applied, in the order they were applied.
    pub applied: Vec<AppliedFix>,
}

impl Fixed {
    /// Whether any fix was applied.
    pub fn changed(&self) -> bool {
        !self.applied.is_empty()
    }
}

/// At most this many rounds of lint-and-apply (a fix may reveal another).
const MAX_ROUNDS: usize = 8;

/// Findings that say the text is not a dialogmote document that could be
/// read (DM001: not YAML/JSON or not UTF-8; DM003: not `dialogmote1/v1`).
/// Such a file is never fixed: its "unknown keys" are not misspellings of
/// ours (a CI workflow in the same folder, say).
const UNREADABLE: [&str; 2] = ["DM001", "DM003"];

/// Whether `report` (suppressed findings included) says the text could not
/// be read as a dialogmote document.
fn unreadable(report: &crate::findings::FileReport) -> bool {
    let suppressed = report.suppressed.iter().map(|s| &s.finding);
    report
        .findings
        .iter()
        .chain(suppressed)
        .any(|f| UNREADABLE.contains(&f.code.as_str()))
}

impl Linter {
    /// Applies every fix allowed by `level` to `source`, linting again after
    /// each round until nothing is left to fix. Fixes whose edits overlap an
    /// earlier one wait for the next round. Only the findings [`lint`]
    /// reports are fixed, so a suppressed finding (a comment or the
    /// configuration's `ignore`) keeps its text.
    ///
    /// A source that cannot be decoded, that is not YAML/JSON (DM001) or not
    /// a `dialogmote1/v1` document (DM003) is returned unchanged, and a
    /// round whose result could no longer be read is undone. Applying the
    /// result again changes nothing.
    ///
    /// [`lint`]: Linter::lint
    pub fn fix(&self, source: &Source<'_>, opts: &LintOptions, level: FixLevel) -> Fixed {
        // Edits count the BOM's bytes; a source made from text holds none.
        let bytes = source.bytes();
        let decoded = std::str::from_utf8(bytes)
            .ok()
            .filter(|_| source.is_decoded());
        let Some(mut text) = decoded.map(str::to_owned) else {
            return Fixed {
                text: String::from_utf8_lossy(bytes).into_owned(),
                applied: Vec::new(),
            };
        };
        if source.bom_len() > 0 && !text.starts_with('\u{feff}') {
            text.insert(0, '\u{feff}');
        }
        let mut applied: Vec<AppliedFix> = Vec::new();
        let mut before: Option<(String, usize)> = None;
        // One more lint than rounds: the last round's result is checked too.
        for round in 0..=MAX_ROUNDS {
            let current = Source::from_str(source.path(), &text)
                .with_kind(source.declared_kind())
                .with_match_path(source.match_path());
            let report = self.lint(&current, opts);
            if unreadable(&report) {
                // The input itself (round 0), or a round that broke it.
                if let Some((previous, count)) = before.take() {
                    text = previous;
                    applied.truncate(count);
                }
                break;
            }
            if round == MAX_ROUNDS {
                break;
            }
            let (next, fixes) = apply_round(&text, &report.findings, level);
            if fixes.is_empty() {
                break;
            }
            before = Some((std::mem::replace(&mut text, next), applied.len()));
            applied.extend(fixes);
        }
        Fixed { text, applied }
    }
}

/// Applies the first allowed fix of each finding whose edits do not overlap
/// those already taken; returns the new text and what was applied.
///
/// One pass: each fix is checked on its own (every edit inside the text, on
/// character boundaries, its edits in order without overlap) and against
/// the ranges taken so far, kept ordered by start, in O(log n) an edit; the
/// taken edits are then applied in one sorted pass. A document with 9,000
/// misspelt keys is fixed in about the time of one lint (it was quadratic).
fn apply_round(text: &str, findings: &[Finding], level: FixLevel) -> (String, Vec<AppliedFix>) {
    // Taken ranges by start: the end of the widest range starting there.
    // An insertion (an empty range) counts as one byte wide, so that two
    // fixes never insert at the same place in one round.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut fixes: Vec<&Fix> = Vec::new();
    let mut applied = Vec::new();
    for f in findings {
        let Some(fix) = f.fixes.iter().find(|x| level.allows(x.applicability)) else {
            continue;
        };
        if !applies_alone(text, fix) || fix.edits.iter().any(|e| overlaps(&taken, e)) {
            continue;
        }
        for e in &fix.edits {
            let end = e.end.max(e.start + 1);
            let widest = taken.entry(e.start).or_insert(end);
            *widest = (*widest).max(end);
        }
        fixes.push(fix);
        applied.push(AppliedFix {
            code: f.code.clone(),
            pointer: f.pointer.clone(),
            title: fix.title.clone(),
            line: f.location.as_ref().map(|l| l.line),
        });
    }
    match apply_fixes(text, fixes) {
        Some(next) if next != text => (next, applied),
        _ => (text.to_owned(), Vec::new()),
    }
}

/// Whether `fix` alone can be applied to `text`: each edit a range of the
/// text on character boundaries, and, in order, none before the end of the
/// one before it (what [`apply_fixes`] demands).
fn applies_alone(text: &str, fix: &Fix) -> bool {
    let mut edits: Vec<&Edit> = fix.edits.iter().collect();
    edits.sort_by_key(|e| (e.start, e.end));
    let mut at = 0;
    edits.iter().all(|e| {
        let ok = e.start >= at && e.end >= e.start && text.get(e.start..e.end).is_some();
        at = e.end;
        ok
    })
}

/// Whether edit `e` (an insertion one byte wide) meets a range in `taken`.
/// Taken ranges with different starts never overlap (each fix's edits are
/// in order, and each fix was checked against the ones before), so only
/// the last range starting before `e` can reach into it.
fn overlaps(taken: &BTreeMap<usize, usize>, e: &Edit) -> bool {
    let end = e.end.max(e.start + 1);
    taken.range(e.start..end).next().is_some()
        || taken
            .range(..e.start)
            .next_back()
            .is_some_and(|(_, &reach)| reach > e.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_misspelt_key_is_fixed_once_and_fixing_again_changes_nothing() {
        let linter = Linter::new().unwrap();
        let opts = LintOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 9, 10).unwrap());
        let text = "\u{feff}format: dialogmote1/v1\r\nmeeting:\r\n  datee: 2026-09-08 # typo\r\n";
        let fixed = linter.fix(&Source::from_str("a.yaml", text), &opts, FixLevel::Safe);
        assert_eq!(
            fixed.text,
            "\u{feff}format: dialogmote1/v1\r\nmeeting:\r\n  date: 2026-09-08 # typo\r\n"
        );
        assert_eq!(fixed.applied.len(), 1);
        assert_eq!(fixed.applied[0].code, "DM002");
        let again = linter.fix(
            &Source::from_str("a.yaml", &fixed.text),
            &opts,
            FixLevel::Safe,
        );
        assert!(!again.changed());
        assert_eq!(again.text, fixed.text);
    }

    fn as_of() -> LintOptions {
        LintOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 9, 10).unwrap())
    }

    #[test]
    fn a_file_that_is_not_a_dialogmote_document_is_left_as_it_is() {
        let linter = Linter::new().unwrap();
        let unchanged = |text: &[u8]| {
            let fixed = linter.fix(
                &Source::from_bytes("a.yaml", text),
                &as_of(),
                FixLevel::Unsafe,
            );
            assert!(!fixed.changed(), "{text:?}");
            assert_eq!(fixed.text.as_bytes(), text);
        };
        // A CI workflow: every key is "unknown", and `datee` near `date`.
        unchanged(b"name: ci\non: push\nmeeting:\n  datee: 2026-09-08\n");
        // Not YAML (DM001), with a misspelt key before the error.
        unchanged(b"format: dialogmote1/v1\nmeeting:\n  datee: 2026-09-08\n  x: [\n");
        // A duplicate key is DM001 too.
        unchanged(b"format: dialogmote1/v1\nmeeting:\n  datee: 1\n  datee: 2\n");
        // UTF-16 without a BOM is valid UTF-8 byte by byte, but not decoded.
        let utf16: Vec<u8> = "format: dialogmote1/v1\nmeeting:\n  datee: 2026-09-08\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        unchanged(&utf16);
    }

    #[test]
    fn a_finding_the_configuration_ignores_keeps_its_text() {
        let config = crate::Config::from_yaml(
            "dialogmote.yaml",
            "ignore:\n  - files: \"kladd/*.yaml\"\n    codes: [DM002]\n    reason: kladd\n",
        )
        .unwrap();
        let linter = Linter::builder().config(config).build().unwrap();
        let text = "format: dialogmote1/v1\nmeeting:\n  datee: 2026-09-08\n";
        let ignored = Source::from_str("k.yaml", text).with_match_path("kladd/k.yaml");
        let fixed = linter.fix(&ignored, &as_of(), FixLevel::Unsafe);
        assert!(!fixed.changed());
        assert_eq!(fixed.text, text);
        // The same text elsewhere is fixed: the suppression made the difference.
        let other = Source::from_str("k.yaml", text).with_match_path("k.yaml");
        assert!(linter.fix(&other, &as_of(), FixLevel::Safe).changed());
    }

    #[test]
    fn a_suppression_comment_keeps_the_text_too() {
        let linter = Linter::new().unwrap();
        let text = "format: dialogmote1/v1\nmeeting:\n  # dialogmote: ignore DM002 -- our own key\n  datee: 2026-09-08\n";
        let fixed = linter.fix(
            &Source::from_str("a.yaml", text),
            &as_of(),
            FixLevel::Unsafe,
        );
        assert!(!fixed.changed());
    }

    /// A finding carrying one fix that replaces `start..end` by `with`.
    fn finding(start: usize, end: usize, with: &str, applicability: Applicability) -> Finding {
        let mut f = Finding::new(
            "DM002",
            "schema-violation",
            crate::findings::Severity::Error,
            Text::same("m"),
            "/x",
        );
        let edit = crate::findings::Edit {
            start,
            end,
            replacement: with.to_owned(),
        };
        f.fixes = vec![crate::findings::Fix::new(
            Text::same(with),
            applicability,
            vec![edit],
        )];
        f
    }

    #[test]
    fn a_round_applies_unsafe_fixes_only_when_asked_and_defers_overlaps() {
        let safe = finding(0, 1, "A", Applicability::Safe);
        let unsafe_ = finding(2, 3, "C", Applicability::Unsafe);
        let overlapping = finding(0, 2, "XY", Applicability::Safe);
        let all = [safe, unsafe_, overlapping];
        let (text, applied) = apply_round("abcd", &all, FixLevel::Safe);
        assert_eq!(text, "Abcd");
        assert_eq!(applied.len(), 1, "the overlapping fix waits");
        let (text, applied) = apply_round("abcd", &all, FixLevel::Unsafe);
        assert_eq!(text, "AbCd");
        assert_eq!(applied.len(), 2);
        // An edit outside the text is never applied, nor counted.
        let (text, applied) = apply_round(
            "ab",
            &[finding(1, 9, "z", Applicability::Safe)],
            FixLevel::Safe,
        );
        assert_eq!((text.as_str(), applied.len()), ("ab", 0));
    }

    /// The round as it was first written (each fix tried against all the
    /// fixes taken, then applied with them all): the oracle of the one-pass
    /// round.
    fn reference_round(text: &str, findings: &[Finding], level: FixLevel) -> (String, usize) {
        let mut taken: Vec<&Fix> = Vec::new();
        for f in findings {
            let Some(fix) = f.fixes.iter().find(|x| level.allows(x.applicability)) else {
                continue;
            };
            let overlaps = taken.iter().flat_map(|t| &t.edits).any(|a| {
                fix.edits
                    .iter()
                    .any(|b| a.start < b.end.max(b.start + 1) && b.start < a.end.max(a.start + 1))
            });
            let mut trial = taken.clone();
            trial.push(fix);
            if !overlaps && apply_fixes(text, trial.iter().copied()).is_some() {
                taken.push(fix);
            }
        }
        match apply_fixes(text, taken.iter().copied()) {
            Some(next) if next != text => (next, taken.len()),
            _ => (text.to_owned(), 0),
        }
    }

    proptest::proptest! {
        #[test]
        fn the_one_pass_round_takes_what_the_quadratic_one_took(
            fixes in proptest::collection::vec(
                (
                    proptest::collection::vec((0usize..14, 0usize..4, "[xé]{0,2}"), 1..3),
                    proptest::bool::ANY,
                ),
                0..12,
            ),
            unsafe_level in proptest::bool::ANY,
        ) {
            // "é" is two bytes: some edits end inside a character.
            let text = "ab\u{e9}cd ef\ngh";
            let findings: Vec<Finding> = fixes
                .iter()
                .map(|(edits, safe)| {
                    let mut f = finding(0, 0, "", Applicability::Safe);
                    let applicability = if *safe { Applicability::Safe } else { Applicability::Unsafe };
                    let edits = edits
                        .iter()
                        .map(|(start, len, with)| crate::findings::Edit {
                            start: *start,
                            end: start + len,
                            replacement: with.clone(),
                        })
                        .collect();
                    f.fixes = vec![Fix::new(Text::same("t"), applicability, edits)];
                    f
                })
                .collect();
            let level = if unsafe_level { FixLevel::Unsafe } else { FixLevel::Safe };
            let (text1, applied) = apply_round(text, &findings, level);
            let (text2, count) = reference_round(text, &findings, level);
            proptest::prop_assert_eq!(text1, text2);
            proptest::prop_assert_eq!(applied.len(), count);
        }
    }

    #[test]
    fn two_insertions_at_one_place_wait_for_the_next_round() {
        let first = finding(2, 2, "X", Applicability::Safe);
        let second = finding(2, 2, "Y", Applicability::Safe);
        let after = finding(2, 3, "Z", Applicability::Safe);
        let (text, applied) = apply_round("abcd", &[first, second, after], FixLevel::Safe);
        assert_eq!((text.as_str(), applied.len()), ("abXcd", 1));
    }
}
