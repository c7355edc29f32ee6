//! `matches`, `national_id` and `organisation_number`: the text conditions (and `length`, a text's length). Each reads a text (a
//! node's value, or its member name with `key`) with a detector, which the
//! text-skip analysis may ask first whether the text's facts leave room
//! for a match (see `eval::text_only`); a finding points at the match.

use regex::Regex;
use serde_json::Value;

use super::{Compile, Condition, Field, Function};
use crate::rules::ast::TextOf;
use crate::rules::compile::{
    CResult, CompileError, REGEX_TOTAL_LIMIT, Scope, child, err, fields, single_path, words,
};
use crate::rules::eval::{Detector, Eval, TextSkip, Tri};
use crate::rules::national_id;
use crate::rules::required::{Facts, Registry, Required};
use crate::rules::set::Set;

/// `matches: {path: P, patterns: R | [R, …]}`.
pub(super) const MATCHES: Function = Function {
    name: "matches",
    form: "matches: {path: P, patterns: R | [R, …]}",
    fields: &[
        Field::optional("path"),
        Field::optional("key"),
        Field::required("patterns"),
    ],
    doc: "the node is a string and one of the regular expressions matches (Rust `regex` syntax, linear time; reads the text even when the schema rejected the node). Write `key: P` instead of `path: P` to read the node's member name. A pattern is a string, or `{regex: R, groups: {NAME: {list: LIST}}, not_after: [WORD, …]}`: a match counts only when each named group that takes part is an entry of the built-in list LIST, and when the word right before it (after spaces, `:` or `#`; letters, digits and dots) is none of the words, or, for words of three letters or more, does not end with one (`møterom` ends with `rom`); case is ignored. Built-in lists: `icd10-categories` (the ICD-10 three-character categories, `rules/data/icd10-categories.txt`)",
    compile: Compile::Condition(|f, arg, scope, at| {
        let (text, m) = text_of(f, arg, scope, at)?;
        let Some(m) = m.filter(|m| m.contains_key("patterns")) else {
            return err(at, "`matches` needs `patterns`");
        };
        let matcher = matcher(&m["patterns"], &child(at, "patterns"), scope)?;
        Ok(Box::new(Matches(text, matcher)))
    }),
};

/// `national_id: P`.
pub(super) const NATIONAL_ID: Function = Function {
    name: "national_id",
    form: "national_id: P",
    fields: &[
        Field::optional("path"),
        Field::optional("key"),
        Field::optional("not_after"),
    ],
    doc: "the node is a string containing a Norwegian fødselsnummer or D-nummer: 11 decimal digits of any script (optionally up to three spaces of any kind, one dot or one hyphen between the 6 and the 5; invisible format characters such as U+200B and the soft hyphen skipped) with both mod-11 check digits valid and a real birth date from 1900 up to `as_of`, not part of a number written `NNNN.NN.NNNNN` (a bank account); or an integer of 11 digits (10 when YAML dropped a leading zero). `national_id: {path: P, not_after: [WORD, …]}` skips a number right after a word that ends with one of the words (case ignored), also with `nr`, `no`, `nummer` or `number` between (`kontonr. …`, `konto nr. …`); `national_id: {key: P}` reads the node's member name",
    compile: Compile::Condition(|f, arg, scope, at| {
        let (text, m) = text_of(f, arg, scope, at)?;
        let not_after = match m.and_then(|m| m.get("not_after")) {
            Some(v) => words(v, &child(at, "not_after"))?,
            None => Vec::new(),
        };
        Ok(Box::new(NationalId(text, NotAfter(not_after))))
    }),
};

/// The text operand of `matches` and `national_id`: a path (the node's
/// value), or a mapping with `path` or `key` (the node's member name) and
/// the function's own options.
fn text_of<'v>(
    f: &Function,
    arg: &'v Value,
    scope: &Scope<'_>,
    at: &str,
) -> CResult<(TextOf, Option<&'v serde_json::Map<String, Value>>)> {
    if arg.is_string() {
        return Ok((TextOf::Value(single_path(arg, scope, at)?), None));
    }
    let m = f.mapping(arg, at)?;
    let text = match (m.get("path"), m.get("key")) {
        (Some(p), None) => TextOf::Value(single_path(p, scope, &child(at, "path"))?),
        (None, Some(p)) => TextOf::Key(single_path(p, scope, &child(at, "key"))?),
        _ => {
            return err(
                at,
                format!(
                    "`{}` reads either `path` (the value) or `key` (the member name)",
                    f.name
                ),
            );
        }
    };
    Ok((text, Some(m)))
}

/// `matches`: the text and the patterns.
#[derive(Debug)]
struct Matches(TextOf, Matcher);

impl Condition for Matches {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Tri {
        ev.text_cond(&self.0, &self.1)
    }

    fn text_skip(&self) -> TextSkip<'_> {
        TextSkip::Detects(&self.0, &self.1)
    }
}

impl Detector for Matcher {
    /// A text must hold the characters the patterns require.
    fn may_find(&self, facts: &Facts) -> bool {
        self.required.as_ref().is_none_or(|r| r.may_match(facts))
    }

    fn find(&self, text: &str, _as_of: chrono::NaiveDate) -> Option<(usize, usize)> {
        first_match(self, text)
    }
}

/// `national_id`: the text and the words a number may not follow.
#[derive(Debug)]
struct NationalId(TextOf, NotAfter);

/// The detector of `national_id`: the words a number may not follow.
#[derive(Debug)]
struct NotAfter(Vec<String>);

impl Condition for NationalId {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Tri {
        ev.text_cond(&self.0, &self.1)
    }

    fn text_skip(&self) -> TextSkip<'_> {
        TextSkip::Detects(&self.0, &self.1)
    }
}

impl Detector for NotAfter {
    /// An identity number needs 11 digits.
    fn may_find(&self, facts: &Facts) -> bool {
        facts.digits >= national_id::DIGITS
    }

    fn find(&self, text: &str, as_of: chrono::NaiveDate) -> Option<(usize, usize)> {
        national_id::find(text, as_of, &self.0)
    }
}

/// The patterns of `matches`: a set for the quick test, and each pattern
/// with its conditions for the position of the first real match.
#[derive(Debug)]
struct Matcher {
    /// All patterns at once: which of them match a text (boxed: its
    /// automata are large, and a condition is mostly something else).
    set: Box<Set>,
    /// What a text must contain for the set to match; `None` when that
    /// cannot be said (see `required`).
    required: Option<Required>,
    patterns: Vec<Pattern>,
}

/// One pattern of `matches` and the conditions a match must meet.
///
/// Its own expression (with the groups) is compiled the first time the set
/// says a text matches it: most texts match none, and compiling DM802's
/// expressions a second time was half of what building the linter took.
/// The set has already checked the syntax and the size.
#[derive(Debug)]
struct Pattern {
    source: String,
    regex: std::sync::OnceLock<Option<Regex>>,
    /// Named groups whose text, when they take part, must be in a list.
    groups: Vec<(String, &'static std::collections::HashSet<&'static str>)>,
    /// Words that, right before the match, make it no match.
    not_after: Vec<String>,
}

/// The most one compiled regular expression (or the set of one
/// `matches`) may take, in bytes.
const REGEX_SIZE_LIMIT: usize = 4 << 20;

impl Pattern {
    /// The pattern's own expression, compiled on first use; `None` in the
    /// unlikely case that it is larger than the set it is part of allowed
    /// (then the set's answer stands, see [`first_match`]).
    fn regex(&self) -> Option<&Regex> {
        self.regex
            .get_or_init(|| {
                regex::RegexBuilder::new(&self.source)
                    .size_limit(REGEX_SIZE_LIMIT)
                    .build()
                    .ok()
            })
            .as_ref()
    }
}

/// Compiles the patterns of one `matches` into a set (see [`Set`]),
/// compiled once, and charges what it takes to `budget`: six times the
/// set's automaton, which is about what the set and the patterns' own
/// expressions (compiled when a text first matches, each with a reverse
/// automaton too) take together. An error when it is larger than
/// [`REGEX_SIZE_LIMIT`], when the total is spent, or at the pattern with
/// a syntax error.
fn compile_set(
    (budget, code, classes): (&std::cell::Cell<usize>, &str, &Registry),
    at: &str,
    sources: &[&str],
    ats: &[String],
) -> CResult<(Set, Option<Required>)> {
    use regex_automata::util::syntax;
    let spent = |budget: &std::cell::Cell<usize>| {
        // Spent: no rule after this one may compile an expression.
        budget.set(0);
        err(
            at,
            format!(
                "the regular expressions of the rule files together are too large at rule `{code}` (more than {REGEX_TOTAL_LIMIT} bytes once compiled); make them simpler or fewer"
            ),
        )
    };
    if budget.get() == 0 {
        return spent(budget);
    }
    // Parsed once: the syntax trees give both the set and what a text
    // must contain to match (see `required`).
    let syntax = syntax::Config::new().utf8(true);
    let mut hirs = Vec::with_capacity(sources.len());
    for (i, src) in sources.iter().enumerate() {
        match syntax::parse_with(src, &syntax) {
            Ok(h) => hirs.push(h),
            Err(e) => {
                let at = ats.get(i).map_or(at, String::as_str);
                return Err(bad_regex(at, &regex::Error::Syntax(e.to_string())));
            }
        }
    }
    match Set::new(&hirs, REGEX_SIZE_LIMIT) {
        Ok(set) => {
            let cost = 6 * set.memory_usage();
            if cost > budget.get() {
                return spent(budget);
            }
            budget.set(budget.get() - cost);
            Ok((set, Required::of(&hirs, classes)))
        }
        Err(_) => Err(bad_regex(
            at,
            &regex::Error::CompiledTooBig(REGEX_SIZE_LIMIT),
        )),
    }
}

fn bad_regex(at: &str, e: &regex::Error) -> CompileError {
    let message = match e {
        regex::Error::CompiledTooBig(_) => format!(
            "the regular expression is too large: once compiled it would take more than {REGEX_SIZE_LIMIT} bytes; make it simpler"
        ),
        // The syntax error's last line names the problem without quoting the pattern.
        e => format!(
            "bad regular expression: {}",
            e.to_string().lines().last().unwrap_or_default().trim()
        ),
    };
    CompileError {
        at_key: false,
        pointer: at.to_owned(),
        message,
    }
}

/// `patterns`: a regular expression, or a list of them, each a string or
/// `{regex, groups: {NAME: {list: LIST}}, not_after: [WORD, …]}`.
fn matcher(v: &Value, at: &str, scope: &Scope<'_>) -> CResult<Matcher> {
    let budget = scope.regex_budget();
    let items: Vec<(String, &Value)> = match v {
        Value::String(_) => vec![(at.to_owned(), v)],
        Value::Array(a) if !a.is_empty() => a
            .iter()
            .enumerate()
            .map(|(i, x)| (child(at, &i.to_string()), x))
            .collect(),
        _ => {
            return err(at, "`patterns` is a regular expression or a list of them");
        }
    };
    let mut ats = Vec::new();
    let mut patterns = Vec::new();
    for (at, item) in items {
        let (src, groups, not_after) = match item {
            Value::String(s) => (s.as_str(), Vec::new(), Vec::new()),
            Value::Object(_) => {
                let m = fields(
                    item,
                    &at,
                    "a pattern",
                    &["regex", "groups", "not_after"],
                    &["regex"],
                )?;
                let Some(src) = m["regex"].as_str() else {
                    return err(&child(&at, "regex"), "`regex` is a regular expression");
                };
                let mut groups = Vec::new();
                if let Some(g) = m.get("groups") {
                    let Some(g) = g.as_object() else {
                        return err(
                            &child(&at, "groups"),
                            "`groups` maps a group name to `{list: NAME}`",
                        );
                    };
                    for (name, spec) in g {
                        let gat = child(&child(&at, "groups"), name);
                        let list = spec.get("list").and_then(Value::as_str);
                        let Some(set) = list.and_then(crate::rules::builtin_list) else {
                            return err(
                                &gat,
                                format!(
                                    "a group takes `{{list: NAME}}`, where NAME is one of {}",
                                    list_names()
                                ),
                            );
                        };
                        groups.push((name.clone(), set));
                    }
                }
                let not_after = match m.get("not_after") {
                    Some(w) => words(w, &child(&at, "not_after"))?,
                    None => Vec::new(),
                };
                (src, groups, not_after)
            }
            _ => {
                return err(
                    &at,
                    "a pattern is a regular expression or `{regex, groups, not_after}`",
                );
            }
        };
        // The syntax and the group names, without compiling: the pattern's
        // own expression is compiled when a text first matches the set.
        let names = match capture_names(src) {
            Ok(n) => n,
            Err(e) => return Err(bad_regex(&at, &regex::Error::Syntax(e))),
        };
        for (name, _) in &groups {
            if !names.iter().any(|n| n == name) {
                return err(
                    &at,
                    "the regular expression has no group of a name in `groups`",
                );
            }
        }
        ats.push(at);
        patterns.push(Pattern {
            source: src.to_owned(),
            regex: std::sync::OnceLock::new(),
            groups,
            not_after,
        });
    }
    let sources: Vec<&str> = patterns.iter().map(|p| p.source.as_str()).collect();
    let (set, required) = compile_set(budget, at, &sources, &ats)?;
    Ok(Matcher {
        set: Box::new(set),
        required,
        patterns,
    })
}

/// The names of the capture groups of `src`, from its syntax tree (an
/// error when the syntax is wrong).
fn capture_names(src: &str) -> Result<Vec<String>, String> {
    use regex_syntax::ast::{Ast, GroupKind};
    fn walk(ast: &Ast, out: &mut Vec<String>) {
        match ast {
            Ast::Group(g) => {
                if let GroupKind::CaptureName { name, .. } = &g.kind {
                    out.push(name.name.clone());
                }
                walk(&g.ast, out);
            }
            Ast::Repetition(r) => walk(&r.ast, out),
            Ast::Alternation(a) => a.asts.iter().for_each(|x| walk(x, out)),
            Ast::Concat(c) => c.asts.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let ast = regex_syntax::ast::parse::Parser::new()
        .parse(src)
        .map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    walk(&ast, &mut out);
    Ok(out)
}

fn list_names() -> String {
    crate::rules::BUILTIN_LISTS
        .iter()
        .map(|(n, _)| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The first match of any pattern that meets its conditions: the group
/// texts in their lists, and no `not_after` word right before it.
fn first_match(m: &Matcher, s: &str) -> Option<(usize, usize)> {
    if !m.set.is_match(s) {
        return None;
    }
    // Only the patterns that match at all: their own expressions are
    // compiled on first use, so one that never matches is never compiled.
    let mut hits = regex_automata::PatternSet::new(m.set.pattern_len());
    m.set.which(s, &mut hits);
    let mut best: Option<(usize, usize)> = None;
    for pid in hits.iter() {
        let p = &m.patterns[pid.as_usize()];
        let Some(regex) = p.regex() else {
            // Its own expression could not be compiled on its own (larger
            // than the set allowed): the set's answer stands, at the start.
            best = Some((0, s.len()));
            continue;
        };
        let mut at = 0;
        while let Some(c) = regex.captures_at(s, at) {
            let whole = c.get(0).expect("group 0 always takes part");
            let in_lists = p
                .groups
                .iter()
                .all(|(name, list)| c.name(name).is_none_or(|g| list.contains(g.as_str())));
            if in_lists && !word_before(&s[..whole.start()], &p.not_after) {
                if best.is_none_or(|b| whole.start() < b.0) {
                    best = Some((whole.start(), whole.end()));
                }
                break;
            }
            // Try again from the next character: a later start may pass.
            let Some(next) = s[whole.start()..].chars().next() else {
                break;
            };
            at = whole.start() + next.len_utf8();
        }
    }
    best
}

/// Whether the word right before a match (letters, digits and dots, after
/// spaces and `:` or `#`) is one of `words`, or, for words of three letters
/// or more, ends with one (`møterom` ends with `rom`). Case is ignored.
fn word_before(before: &str, words: &[String]) -> bool {
    if words.is_empty() {
        return false;
    }
    let trimmed = before.trim_end_matches(|c: char| c.is_whitespace() || c == ':' || c == '#');
    let start = trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '.'))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let word = trimmed[start..].trim_matches('.').to_lowercase();
    !word.is_empty()
        && words
            .iter()
            .any(|w| word == *w || (w.chars().count() >= 3 && word.ends_with(w.as_str())))
}

#[cfg(test)]
mod tests {
    use crate::rules::eval::Tri::{F, T};
    use crate::rules::functions::tests::{check, error};

    #[test]
    fn text_conditions_read_values_and_names() {
        let doc = "note: \"diagnose F32.1 på rom F12\"\nid: 15058500027\n\"Kari 15058500027\": ja\nacct: \"konto 15058500027\"\n";
        for (cond, want) in [
            ("{matches: {path: /note, patterns: 'F\\d\\d'}}", T),
            ("{matches: {path: /note, patterns: 'Z\\d\\d'}}", F),
            (
                "{matches: {path: /note, patterns: [{regex: 'F(?<c>\\d\\d)', not_after: [rom, diagnose]}]}}",
                F,
            ),
            ("{matches: {path: /missing, patterns: x}}", F),
            ("{national_id: /id}", T),
            ("{national_id: /note}", F),
            ("{national_id: {key: '/Kari 15058500027'}}", T),
            ("{national_id: {path: /acct, not_after: [konto]}}", F),
            ("{national_id: /acct}", T),
        ] {
            assert_eq!(check(doc, cond), want, "{cond}");
        }
    }

    #[test]
    fn bad_uses_are_errors() {
        assert_eq!(
            error("{matches: /a}").as_deref(),
            Some("`matches` needs `patterns`")
        );
        assert_eq!(
            error("{national_id: {path: /a, key: /b}}").as_deref(),
            Some("`national_id` reads either `path` (the value) or `key` (the member name)")
        );
        assert!(
            error("{matches: {path: /a, patterns: '('}}")
                .is_some_and(|m| m.starts_with("bad regular expression"))
        );
    }
}

/// `organisation_number: P`.
pub(super) const ORGANISATION_NUMBER: Function = Function {
    name: "organisation_number",
    form: "organisation_number: P",
    fields: &[],
    doc: "the node is a Norwegian organisation number: a string of exactly 9 ASCII digits whose ninth is the mod-11 check digit of the first eight (weights 3 2 7 6 5 4 3 2, as Brønnøysundregistrene defines it); false for any other string, a number or a missing node. Whether the number exists is not checked",
    compile: Compile::Condition(|_, arg, scope, at| {
        Ok(Box::new(OrganisationNumber(single_path(arg, scope, at)?)))
    }),
};

/// `{length: E}`.
pub(super) const LENGTH: Function = Function {
    name: "length",
    form: "{length: E}",
    fields: &[],
    doc: "the length of a text after removing white space at both ends, in UTF-16 code units, as a browser's form counts (for Norwegian text, its characters); missing when the text is, unknown when the value is not a text",
    compile: Compile::Expression(|_, arg, scope, at| {
        Ok(Box::new(Length(super::expr(arg, scope, at)?)))
    }),
};

/// `organisation_number`.
#[derive(Debug)]
struct OrganisationNumber(crate::rules::ast::PathPat);

impl Condition for OrganisationNumber {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Tri {
        match ev.lookup(&self.0, false) {
            crate::rules::eval::Look::Found(n) => match ev.value(n) {
                Value::String(s) => Tri::of(organisation_number_valid(s)),
                _ => Tri::F,
            },
            crate::rules::eval::Look::Absent(_) => Tri::F,
            crate::rules::eval::Look::Malformed(_) => Tri::U,
        }
    }
}

/// Whether `s` is 9 ASCII digits with a valid mod-11 check digit
/// (`follow-up-plan.md` §1): the first eight digits times 3 2 7 6 5 4 3 2,
/// summed; the check digit is 0 when the sum is divisible by 11, else 11
/// less the remainder; a remainder of 1 gives no valid number.
pub(crate) fn organisation_number_valid(s: &str) -> bool {
    const WEIGHTS: [u32; 8] = [3, 2, 7, 6, 5, 4, 3, 2];
    let b = s.as_bytes();
    if b.len() != 9 || !b.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let sum: u32 = b[..8]
        .iter()
        .zip(WEIGHTS)
        .map(|(d, w)| u32::from(d - b'0') * w)
        .sum();
    let check = match sum % 11 {
        0 => 0,
        1 => return false,
        r => 11 - r,
    };
    u32::from(b[8] - b'0') == check
}

/// `length`.
#[derive(Debug)]
struct Length(crate::rules::eval::Expr);

impl crate::rules::eval::Expression for Length {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> crate::rules::eval::Val<'a> {
        use crate::rules::eval::Val;
        match ev.expr(&self.0) {
            Val::Doc(s) | Val::Lit(s) => Val::Num(s.trim().encode_utf16().count() as f64),
            Val::Absent | Val::Null => Val::Absent,
            _ => Val::Unknown,
        }
    }
}

#[cfg(test)]
mod number_tests {
    use super::organisation_number_valid;
    use crate::rules::eval::Tri::{F, T, U};
    use crate::rules::functions::tests::{check, value};

    #[test]
    fn organisation_numbers_by_their_check_digit() {
        // The spec's worked example, and Brønnøysundregistrene's own number.
        assert!(organisation_number_valid("123456785"));
        assert!(organisation_number_valid("974760673"));
        assert!(organisation_number_valid("987654325"));
        assert!(!organisation_number_valid("123456789"));
        assert!(!organisation_number_valid("12345678"));
        assert!(!organisation_number_valid("974 760 673"));
        assert!(!organisation_number_valid("１23456785"));
        // Remainder 1: no check digit makes it valid.
        let with_remainder_1 = (0..100_000_000u32)
            .step_by(7919)
            .map(|n| format!("{n:08}"))
            .find(|n| {
                let w = [3, 2, 7, 6, 5, 4, 3, 2];
                n.bytes()
                    .zip(w)
                    .map(|(d, w)| u32::from(d - b'0') * w)
                    .sum::<u32>()
                    % 11
                    == 1
            })
            .unwrap();
        for d in 0..10 {
            assert!(!organisation_number_valid(&format!(
                "{with_remainder_1}{d}"
            )));
        }
        let doc = "a: \"123456785\"\nb: \"123456789\"\nc: 123456785\n";
        for (path, want) in [
            ("/a", T),
            ("/b", F),
            ("/c", F),
            ("/missing", F),
            ("/a/x", U),
        ] {
            assert_eq!(
                check(doc, &format!("{{organisation_number: {path}}}")),
                want,
                "{path}"
            );
        }
    }

    #[test]
    fn length_counts_utf16_units_of_the_trimmed_text() {
        let doc = "a: \"  æøå  \"\nb: \"😀\"\nc: 3\nn: null\n";
        for (expr, want) in [
            ("{length: /a}", "Num(3.0)"),
            ("{length: /b}", "Num(2.0)"),
            ("{length: /c}", "Unknown"),
            ("{length: /n}", "Absent"),
            ("{length: /missing}", "Absent"),
        ] {
            assert_eq!(value(doc, expr, &[]), want, "{expr}");
        }
    }
}
