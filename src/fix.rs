//! Applying fixes: the one driver behind `lint --fix`, the language server's
//! "fix everything that is safe" action and the browser editor's `fix()`.

use crate::finding::{Applicability, Finding, apply_fixes};
use crate::i18n::Text;
use crate::linter::{LintOptions, Linter};
use crate::source::Source;

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

impl Linter {
    /// Applies every fix allowed by `level` to `source`, linting again after
    /// each round until nothing is left to fix. Fixes whose edits overlap an
    /// earlier one wait for the next round. A source that cannot be decoded
    /// is returned unchanged. Applying the result again changes nothing.
    pub fn fix(&self, source: &Source<'_>, opts: &LintOptions, level: FixLevel) -> Fixed {
        // Edits count the BOM's bytes; a source made from text holds none.
        let bytes = source.bytes();
        let Ok(mut text) = std::str::from_utf8(bytes).map(str::to_owned) else {
            return Fixed {
                text: String::from_utf8_lossy(bytes).into_owned(),
                applied: Vec::new(),
            };
        };
        if source.bom_len() > 0 && !text.starts_with('\u{feff}') {
            text.insert(0, '\u{feff}');
        }
        let mut applied = Vec::new();
        for _ in 0..MAX_ROUNDS {
            let current = Source::from_str(source.path(), &text)
                .with_kind(source.declared_kind())
                .with_match_path(source.match_path());
            let report = self.lint(&current, opts);
            let (next, round) = apply_round(&text, &report.findings, level);
            if round.is_empty() {
                break;
            }
            applied.extend(round);
            text = next;
        }
        Fixed { text, applied }
    }
}

/// Applies the first allowed fix of each finding whose edits do not overlap
/// those already taken; returns the new text and what was applied.
fn apply_round(text: &str, findings: &[Finding], level: FixLevel) -> (String, Vec<AppliedFix>) {
    let mut taken: Vec<&crate::finding::Fix> = Vec::new();
    let mut applied = Vec::new();
    for f in findings {
        let Some(fix) = f.fixes.iter().find(|x| level.allows(x.applicability)) else {
            continue;
        };
        let overlaps = taken.iter().flat_map(|t| &t.edits).any(|a| {
            fix.edits
                .iter()
                .any(|b| a.start < b.end.max(b.start + 1) && b.start < a.end.max(a.start + 1))
        });
        if overlaps {
            continue;
        }
        let mut trial = taken.clone();
        trial.push(fix);
        if apply_fixes(text, trial.iter().copied()).is_none() {
            continue;
        }
        taken.push(fix);
        applied.push(AppliedFix {
            code: f.code.clone(),
            pointer: f.pointer.clone(),
            title: fix.title.clone(),
            line: f.location.as_ref().map(|l| l.line),
        });
    }
    match apply_fixes(text, taken.iter().copied()) {
        Some(next) if next != text => (next, applied),
        _ => (text.to_owned(), Vec::new()),
    }
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
}
