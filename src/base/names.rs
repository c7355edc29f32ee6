//! Names and suggestions: the one "did you mean" of the crate, used for
//! misspelt document keys and values, configuration keys, rule codes,
//! parameter names and the rule language's functions.

/// The closest of `known` to `name`, if it is close enough to be a typo:
/// Damerau–Levenshtein distance (a swap of two letters counts once) of at
/// most 2, or a quarter of the known name's length for long names, and less
/// than the known name's length. Case is ignored: `Role` suggests `role`.
pub(crate) fn suggest<'k>(name: &str, known: &[&'k str]) -> Option<&'k str> {
    let lower = name.to_lowercase();
    known
        .iter()
        .filter_map(|k| close(&lower, k).map(|d| (d, *k)))
        .min()
        .map(|(_, k)| k)
}

/// How many of `known` are close enough to `name` (as [`suggest`] judges)
/// to be what was meant: a fix may rename only when exactly one is.
pub(crate) fn close_count(name: &str, known: &[&str]) -> usize {
    let lower = name.to_lowercase();
    known.iter().filter(|k| close(&lower, k).is_some()).count()
}

/// The distance from `lower` to `known`, when it is close enough.
fn close(lower: &str, known: &str) -> Option<usize> {
    let d = strsim::damerau_levenshtein(lower, &known.to_lowercase());
    (d <= 2.max(known.len() / 4) && d < known.len()).then_some(d)
}

/// The rule code of `known` one edit (or a difference of case) from
/// `code`: `DM61` and `dm601` suggest `DM601`. Codes are short and dense,
/// so a second edit would suggest a code for any code (`DM999`: `DM509`).
pub(crate) fn suggest_code<'k>(code: &str, known: &[&'k str]) -> Option<&'k str> {
    let upper = code.to_uppercase();
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&upper, k), *k))
        .filter(|&(d, _)| d <= 1)
        .min()
        .map(|(_, k)| k)
}

/// `"; did you mean `X`?"` when [`suggest_code`] finds a near code, else `""`.
pub(crate) fn did_you_mean_code(code: &str, known: &[&str]) -> String {
    suggest_code(code, known)
        .map(|s| format!("; did you mean `{s}`?"))
        .unwrap_or_default()
}

/// `"; did you mean `x`?"` when [`suggest`] finds a near name, else `""`.
pub(crate) fn did_you_mean(name: &str, known: &[&str]) -> String {
    suggest(name, known)
        .map(|s| format!("; did you mean `{s}`?"))
        .unwrap_or_default()
}

/// The names in backticks, separated by commas: "`a`, `b`, `c`".
pub(crate) fn list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The names in backticks as alternatives: "`a`, `b` or `c`".
pub(crate) fn one_of(names: &[&str]) -> String {
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or `{last}`", list(rest)),
        _ => list(names),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_catch_typos_only() {
        let known = ["attended", "role", "occurrence", "max_minutes", "DM601"];
        assert_eq!(suggest("atended", &known), Some("attended"));
        assert_eq!(suggest("Role", &known), Some("role"));
        assert_eq!(suggest("ocurrence", &known), Some("occurrence"));
        assert_eq!(suggest("occurence", &known), Some("occurrence"));
        assert_eq!(suggest("max_minuteZ", &known), Some("max_minutes"));
        assert_eq!(suggest("dm601", &known), Some("DM601"));
        assert_eq!(suggest("xyz", &known), None);
        // A one-letter name is not "near" everything of two letters.
        assert_eq!(suggest("q", &["ab"]), None);
    }

    #[test]
    fn codes_are_suggested_at_one_edit() {
        let codes = ["DM509", "DM601", "DM604"];
        assert_eq!(suggest_code("DM61", &codes), Some("DM601"));
        assert_eq!(suggest_code("dm601", &codes), Some("DM601"));
        assert_eq!(suggest_code("DM6O1", &codes), Some("DM601"));
        assert_eq!(suggest_code("DM999", &codes), None);
    }

    #[test]
    fn hints_and_lists() {
        assert_eq!(
            did_you_mean("severty", &["severity", "params"]),
            "; did you mean `severity`?"
        );
        assert_eq!(did_you_mean("zzzzzz", &["severity"]), "");
        assert_eq!(list(&["a", "b"]), "`a`, `b`");
        assert_eq!(one_of(&["a", "b", "c"]), "`a`, `b` or `c`");
        assert_eq!(one_of(&["a"]), "`a`");
    }
}
