//! Suppressions: `# dialogmote: ignore CODE[, CODE…] -- reason` comments in
//! YAML, and `ignore` entries in the configuration. Pure: the loader finds
//! the comments (with the parser's own view of what is a comment), this
//! module reads their text and says which are invalid.

use crate::texts::EngineText;

/// The directive of a suppression comment: its codes and its reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Directive {
    pub codes: Vec<String>,
    pub reason: Option<String>,
}

const DIRECTIVE: &str = "dialogmote:";

/// Rule codes that mean "this document was not checked" (a syntax error, a
/// missing format, a limit): hiding them would hide the whole document, so no
/// suppression may name them.
pub(crate) const UNSUPPRESSIBLE: [&str; 3] = ["DM001", "DM003", "DM004"];

/// Reads a comment's text (after its `#`): `dialogmote: ignore CODE[, CODE…]
/// -- reason`. `None` when the comment is no suppression. A missing or
/// empty reason is kept as `None` (the suppression is then invalid).
pub(crate) fn directive(comment: &str) -> Option<Directive> {
    let rest = comment.trim().strip_prefix(DIRECTIVE)?;
    let rest = rest.trim_start().strip_prefix("ignore")?;
    let (codes, reason) = match rest.split_once("--") {
        Some((c, r)) => (c, Some(r.trim().to_owned()).filter(|r| !r.is_empty())),
        None => (rest, None),
    };
    let codes = codes
        .split([',', ' '])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect();
    Some(Directive { codes, reason })
}

/// Why a suppression is invalid (DM005).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Invalid {
    /// No reason after `--`.
    MissingReason,
    /// No code, or a code that is no rule.
    BadCode,
    /// It names DM001, DM003 or DM004 (this one).
    NotSuppressible(&'static str),
}

impl Invalid {
    /// Checks a suppression's codes and reason; `known` says whether a code
    /// names a rule. The codes are checked first: a suppression of DM001
    /// is wrong whatever its reason.
    pub(crate) fn check(
        codes: &[String],
        reason: Option<&str>,
        known: impl Fn(&str) -> bool,
    ) -> Option<Invalid> {
        if let Some(code) = UNSUPPRESSIBLE
            .iter()
            .find(|u| codes.iter().any(|c| c == *u))
        {
            return Some(Invalid::NotSuppressible(code));
        }
        if codes.is_empty() || !codes.iter().all(|c| known(c)) {
            return Some(Invalid::BadCode);
        }
        reason.is_none().then_some(Invalid::MissingReason)
    }

    /// The DM005 text that says it, and its arguments.
    pub(crate) fn text_id(self) -> (EngineText, Vec<(&'static str, &'static str)>) {
        match self {
            Invalid::MissingReason => (EngineText::MissingReason, Vec::new()),
            Invalid::BadCode => (EngineText::BadCode, Vec::new()),
            Invalid::NotSuppressible(code) => (EngineText::NotSuppressible, vec![("code", code)]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes_and_reason() {
        let d = directive(" dialogmote: ignore DM504, DM505 -- ok  ").unwrap();
        assert_eq!(d.codes, ["DM504", "DM505"]);
        assert_eq!(d.reason.as_deref(), Some("ok"));
        let d = directive("dialogmote:ignore DM508").unwrap();
        assert_eq!((d.codes.len(), d.reason), (1, None));
        assert_eq!(
            directive("dialogmote: ignore DM508 --   ").unwrap().reason,
            None
        );
        assert_eq!(directive(" a comment"), None);
        assert_eq!(directive(" dialogmote: note"), None);
    }
}
