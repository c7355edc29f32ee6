//! Rules as data: the spec read from YAML, its compiled form, and the
//! built-in catalogue embedded from `rules/`.

pub(crate) mod ast;
pub(crate) mod compile;
pub(crate) mod eval;
pub(crate) mod functions;
pub(crate) mod national_id;
pub(crate) mod required;
pub(crate) mod set;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::Value;

use crate::base::error::Error;
use crate::base::format::Format;
use crate::findings::{Finding, Related, Severity};
use crate::input::position::Span;
use crate::load::Document;
use crate::load::yaml_file::{FileKind, YamlFile};
use crate::texts::{EngineText, Lang, ReportText, Text};
use ast::{ForEach, PathPat, Piece};
use compile::{CompileError, Scope};
use eval::{BoundItem, Cond, Env, Eval, Expr, Hit, Tri};

/// The built-in rule files, embedded at build time: `(file name, text)`.
pub(crate) const BUILTIN_RULE_FILES: &[(&str, &str)] = &[
    ("rules/input.yaml", include_str!("../../rules/input.yaml")),
    (
        "rules/employer.yaml",
        include_str!("../../rules/employer.yaml"),
    ),
    ("rules/plan.yaml", include_str!("../../rules/plan.yaml")),
    (
        "rules/participants.yaml",
        include_str!("../../rules/participants.yaml"),
    ),
    (
        "rules/introduction.yaml",
        include_str!("../../rules/introduction.yaml"),
    ),
    ("rules/status.yaml", include_str!("../../rules/status.yaml")),
    (
        "rules/solutions.yaml",
        include_str!("../../rules/solutions.yaml"),
    ),
    (
        "rules/conclusion.yaml",
        include_str!("../../rules/conclusion.yaml"),
    ),
    ("rules/time.yaml", include_str!("../../rules/time.yaml")),
    (
        "rules/referat.yaml",
        include_str!("../../rules/referat.yaml"),
    ),
    (
        "rules/privacy.yaml",
        include_str!("../../rules/privacy.yaml"),
    ),
];

/// Word lists that rules name in `matches` (`groups: {NAME: {list: LIST}}`),
/// embedded at build time: `(name, text)`, one entry a line, `#` comments.
pub(crate) const BUILTIN_LISTS: &[(&str, &str)] = &[(
    "icd10-categories",
    include_str!("../../rules/data/icd10-categories.txt"),
)];

/// The entries of the built-in list `name`, parsed once.
pub(crate) fn builtin_list(name: &str) -> Option<&'static HashSet<&'static str>> {
    static LISTS: OnceLock<Vec<HashSet<&'static str>>> = OnceLock::new();
    let lists = LISTS.get_or_init(|| {
        BUILTIN_LISTS
            .iter()
            .map(|(_, text)| {
                text.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .collect()
            })
            .collect()
    });
    let i = BUILTIN_LISTS.iter().position(|(n, _)| *n == name)?;
    lists.get(i)
}

#[derive(Deserialize)]
#[serde(untagged)]
enum TextSpec {
    One(String),
    Both {
        nb: String,
        // Optional for an organisation's own rules, which then show the
        // bokmål text to nynorsk readers; every built-in text has one
        // (tests/nynorsk.rs).
        #[serde(default)]
        nn: Option<String>,
        en: String,
    },
}

impl TextSpec {
    fn text(&self) -> Text {
        match self {
            TextSpec::One(s) => Text::same(s.clone()),
            TextSpec::Both { nb, nn, en } => Text::new(
                nb.clone(),
                nn.clone().unwrap_or_else(|| nb.clone()),
                en.clone(),
            ),
        }
    }
}

/// The `{placeholder}` names of a message template (`{{` and `}}` are
/// literal braces).
fn placeholders(template: &str) -> BTreeSet<&str> {
    let mut out = BTreeSet::new();
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        let after = &rest[i + 1..];
        if after.starts_with(&rest[i..=i]) {
            rest = &after[1..];
        } else if rest[i..].starts_with('{') {
            let end = after.find('}').unwrap_or(after.len());
            out.insert(&after[..end]);
            rest = after.get(end + 1..).unwrap_or_default();
        } else {
            rest = after;
        }
    }
    out
}

/// Checks that the translations of `text` use the same placeholders (a
/// value missing from one language would silently say less in it).
fn same_placeholders(text: &Text, at: &str) -> Result<(), CompileError> {
    let nb = placeholders(&text.nb);
    for (lang, t) in [("nn", &text.nn), ("en", &text.en)] {
        if placeholders(t) != nb {
            let names: Vec<String> = nb.iter().map(|p| format!("`{{{p}}}`")).collect();
            return Err(cerr(
                at,
                format!(
                    "the `{lang}` text must use the same placeholders as `nb` ({})",
                    if names.is_empty() {
                        "none".to_owned()
                    } else {
                        names.join(", ")
                    }
                ),
            ));
        }
    }
    Ok(())
}

/// Compiles a template in every language, then checks that the
/// translations use the same placeholders (an unknown name is reported as
/// such first).
fn templates(text: &Text, scope: &Scope<'_>, at: &str) -> Result<[Vec<Piece>; 3], CompileError> {
    let compiled = [
        compile::template(&text.nb, scope, at)?,
        compile::template(&text.nn, scope, at)?,
        compile::template(&text.en, scope, at)?,
    ];
    same_placeholders(text, at)?;
    Ok(compiled)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocsSpec {
    what: TextSpec,
    why: TextSpec,
    fix: TextSpec,
    source: TextSpec,
    #[serde(default)]
    notes: Option<TextSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExampleSpec {
    name: String,
    document: String,
    fires: Vec<String>,
    #[serde(default)]
    as_of: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSpec {
    code: String,
    name: String,
    severity: String,
    #[serde(default)]
    engine: bool,
    #[serde(default)]
    formats: Option<Value>,
    #[serde(default)]
    params: BTreeMap<String, Value>,
    #[serde(default)]
    for_each: Option<Value>,
    #[serde(default, rename = "let")]
    lets: BTreeMap<String, Value>,
    #[serde(default)]
    when: Option<Value>,
    #[serde(default)]
    at: Option<Value>,
    #[serde(default)]
    fix: Option<FixSpec>,
    message: TextSpec,
    #[serde(default)]
    help: Option<TextSpec>,
    #[serde(default)]
    docs: Option<DocsSpec>,
    #[serde(default)]
    examples: Vec<ExampleSpec>,
}

/// A rule's fix, as written: `{set: {path: P, value: V}, title: TEXT}`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FixSpec {
    set: SetSpec,
    title: TextSpec,
}

/// What a rule's fix writes: a plain value at a path.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SetSpec {
    path: String,
    value: Value,
}

/// A rule's fix, compiled: write `value` at `path` (see `findings::fixes::set_value`).
#[derive(Debug)]
pub(crate) struct RuleFix {
    pub path: PathPat,
    pub value: Value,
    pub title: Text,
}

/// A rule's documentation, in fixed sections.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RuleDocs {
    /// What it checks.
    pub what: Text,
    /// Why it matters.
    pub why: Text,
    /// How to fix it.
    pub fix: Text,
    /// The guide item or law behind it.
    pub source: Text,
    /// Anything else (how the catalogue was read, what is current).
    pub notes: Option<Text>,
}

/// An example document of a rule, run as a test: the pointers it must fire at.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RuleExample {
    /// What the example shows.
    pub name: String,
    /// A YAML document; `format` and `meeting.date` (2026-11-16) are added when missing.
    pub document: String,
    /// JSON Pointers of the findings it must give (empty: must not fire).
    pub fires: Vec<String>,
    /// The evaluation date (default 2026-11-20).
    pub as_of: NaiveDate,
}

/// A rule's public description.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Rule {
    /// Stable code, e.g. `DM504`.
    pub code: String,
    /// Stable kebab-case name.
    pub name: String,
    /// The catalogue's severity.
    pub default_severity: Severity,
    /// The severity in force (`None`: turned off): the configuration's in a
    /// [`crate::Linter`]'s rules, the default in a [`crate::Catalogue`]'s.
    pub severity: Option<Severity>,
    /// The message template.
    pub message: Text,
    /// The help template.
    pub help: Option<Text>,
    /// Documentation (required for built-in rules).
    pub docs: Option<RuleDocs>,
    /// Parameters with their values in force, in the order declared (the
    /// configuration's in a [`crate::Linter`]'s rules, the defaults in a
    /// [`crate::Catalogue`]'s).
    pub params: Vec<(String, Value)>,
    /// Examples.
    pub examples: Vec<RuleExample>,
    /// The file the rule came from.
    pub file: String,
    /// The document formats it applies to (`formats:`; without it, the
    /// referat's `dialogmote1/v1` only).
    pub formats: Vec<Format>,
    /// Reported by the loader or schema stage, not by an expression.
    pub(crate) engine: bool,
    /// Shipped in the library (`rules/*.yaml`), not a configuration's rule
    /// file (whatever the file is called).
    pub(crate) builtin: bool,
}

impl Rule {
    /// Whether the engine itself reports it (the loader, the schema check,
    /// the suppressions, the limits: DM001–DM006), rather than a condition
    /// of a rule file; such a rule has no examples to run.
    pub fn is_engine(&self) -> bool {
        self.engine
    }

    /// Whether it is one of the built-in rules (`rules/*.yaml`, shipped in
    /// the library), not one of a configuration's rule files.
    pub fn is_builtin(&self) -> bool {
        self.builtin
    }

    /// One line about the rule: the first sentence of what it checks, or
    /// its message when it has no documentation.
    pub fn summary(&self, lang: Lang) -> &str {
        match &self.docs {
            Some(d) => first_sentence(d.what.get(lang)),
            None => self.message.get(lang),
        }
    }
}

/// The first sentence of `text`, whole: it ends at a `.`, `!` or `?`
/// followed by a space and a capital letter, outside a quotation («…»,
/// “…”, "…") and outside `code`; a text with no such end is its own first
/// sentence. (`«1. Hva slags møte»` and `f.eks. dette` do not end one.)
pub(crate) fn first_sentence(text: &str) -> &str {
    let mut guillemets = 0usize;
    let (mut curly, mut straight, mut code) = (false, false, false);
    for (i, c) in text.char_indices() {
        match c {
            '«' => guillemets += 1,
            '»' => guillemets = guillemets.saturating_sub(1),
            '“' => curly = true,
            '”' => curly = false,
            '"' => straight = !straight,
            '`' => code = !code,
            '.' | '!' | '?' if guillemets == 0 && !curly && !straight && !code => {
                let rest = &text[i + c.len_utf8()..];
                let mut after = rest.chars();
                if after.next() == Some(' ')
                    && after
                        .next()
                        .is_some_and(|n| n.is_uppercase() || n == '«' || n == '`')
                {
                    return &text[..i + c.len_utf8()];
                }
            }
            _ => {}
        }
    }
    text
}

/// A compiled rule: what the evaluator sees. A rule has one body per
/// format it applies to: the same rule, compiled with that format's
/// `paths` (`$plan` is `/revised_plan` in a referat, `/plan` in a plan).
#[derive(Debug)]
pub(crate) struct CompiledRule {
    pub rule: Rule,
    /// One per format of `rule.formats`, in that order (none for an engine
    /// rule, which the loader and the schema stage report).
    pub bodies: Vec<Body>,
}

impl CompiledRule {
    /// The body that runs on a document of `format`, if the rule applies.
    pub(crate) fn body(&self, format: Format) -> Option<&Body> {
        self.bodies.iter().find(|b| b.format == format)
    }
}

/// A rule's conditions and texts, compiled for one format.
#[derive(Debug)]
pub(crate) struct Body {
    pub format: Format,
    /// The format's `applies` condition: the rule runs on a document of
    /// this format only where it holds (unless the caller asks for the
    /// rule regardless, as the export does).
    pub applies: Option<Cond>,
    pub for_each: Option<ForEach>,
    pub lets: Vec<Expr>,
    pub when: Cond,
    pub at: Option<At>,
    /// The fix a finding carries, when the rule has one.
    pub fix: Option<RuleFix>,
    /// The message template in bokmål, nynorsk and English.
    pub message: [Vec<Piece>; 3],
    /// The help template, likewise.
    pub help: Option<[Vec<Piece>; 3]>,
    /// For a rule that reads only the text of each item it runs for (see
    /// [`eval::text_only`]): the steps an item it does not fire for costs.
    pub text_only: Option<u64>,
}

/// What compiling all rule files of a catalogue shares: the codes already
/// defined and the regular-expression budget.
#[derive(Debug)]
pub(crate) struct Compiler {
    /// The codes defined so far.
    taken: BTreeSet<String>,
    /// What the regular expressions of all rule files may still take (see
    /// `compile::REGEX_TOTAL_LIMIT`).
    regex_budget: std::cell::Cell<usize>,
    /// The character classes of every `matches` so far: the catalogue's
    /// [`required::Table`].
    pub classes: required::Registry,
    /// The errors so far, in the order of files and rules.
    pub errors: Vec<Error>,
    /// The regular-expression budget ran out: nothing more is compiled.
    spent: bool,
}

impl Default for Compiler {
    fn default() -> Self {
        Compiler {
            taken: BTreeSet::new(),
            regex_budget: std::cell::Cell::new(compile::REGEX_TOTAL_LIMIT),
            classes: required::Registry::default(),
            errors: Vec::new(),
            spent: false,
        }
    }
}

/// A rule code: 1 to 8 capital letters, then 1 to 5 digits (`DM508`, `ORG1`).
pub(crate) fn valid_code(code: &str) -> bool {
    let letters = code.bytes().take_while(u8::is_ascii_uppercase).count();
    let digits = code.len() - letters;
    (1..=8).contains(&letters)
        && (1..=5).contains(&digits)
        && code[letters..].bytes().all(|b| b.is_ascii_digit())
}

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.split('-').all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The top level of a rule file, checked; each rule is then read on its
/// own from the file's tree, so that an error in one does not hide those
/// of the next.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFileSpec {
    #[allow(dead_code)] // read from the tree, not from here
    rules: AnyList,
}

/// A list, of anything: its items are not copied (a `Vec<Value>` here was
/// a second copy of every rule's tree, made and dropped at every start).
struct AnyList;

impl<'de> Deserialize<'de> for AnyList {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = AnyList;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a sequence")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut items: A,
            ) -> Result<AnyList, A::Error> {
                while items.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(AnyList)
            }
        }
        d.deserialize_seq(Visit)
    }
}

impl Compiler {
    /// Parses and compiles one rule file, with the default severities and
    /// parameters of its rules. Every rule is compiled even after an error
    /// in an earlier one; the errors (the first of each rule, each at its
    /// `file:line:col`) are added to `self.errors`. `user` files may not use
    /// the `DM` prefix, reserved for built-in rules (present and future).
    pub(crate) fn file(&mut self, file: &str, text: &str, user: bool) -> Vec<CompiledRule> {
        if self.spent {
            return Vec::new();
        }
        let yaml = match YamlFile::load(file, text, FileKind::Rules) {
            Ok(y) => y,
            Err(e) => {
                self.errors.push(e);
                return Vec::new();
            }
        };
        let rules = match serde_path_to_error::deserialize::<_, RuleFileSpec>(yaml.value()) {
            // Checked: a mapping whose `rules` is a list.
            Ok(_) => yaml.value()["rules"]
                .as_array()
                .map_or(&[][..], Vec::as_slice),
            Err(e) => {
                let ptr = crate::base::pointer::from_serde_path(e.path());
                self.errors
                    .push(serde_error(&yaml, &ptr, &e.inner().to_string()));
                return Vec::new();
            }
        };
        let mut out = Vec::with_capacity(rules.len());
        for (i, value) in rules.iter().enumerate() {
            let base = format!("/rules/{i}");
            let r: RuleSpec = match serde_path_to_error::deserialize(value) {
                Ok(r) => r,
                Err(e) => {
                    let ptr = format!(
                        "/rules/{i}{}",
                        crate::base::pointer::from_serde_path(e.path())
                    );
                    self.errors
                        .push(serde_error(&yaml, &ptr, &e.inner().to_string()));
                    continue;
                }
            };
            let clash = if user && r.code.starts_with("DM") {
                Some(
                    "this rule code is reserved: built-in rules use the `DM` prefix; give your rules a prefix of your own, like `ORG001`",
                )
            } else if self.taken.contains(&r.code) {
                Some("this rule code is defined twice; give each rule a code of its own")
            } else {
                None
            };
            if let Some(message) = clash {
                self.errors
                    .push(yaml.error(&format!("{base}/code"), message, false));
                continue;
            }
            self.taken.insert(r.code.clone());
            match compile_rule(file, !user, r, &self.regex_budget, &self.classes) {
                Ok(c) => out.push(c),
                Err(e) => self.errors.push(yaml.error(
                    &format!("{base}{}", e.pointer),
                    e.message,
                    e.at_key,
                )),
            }
            if self.regex_budget.get() == 0 {
                // The regular expressions of all rules together ran out of
                // their budget: the error names the rule where it happened,
                // and compiling more (each try costs time) would only repeat it.
                self.spent = true;
                break;
            }
        }
        out
    }
}

/// A deserialisation error at `ptr` in `yaml`, said without the value it
/// found; an unknown key is located at the key, with the nearest known key.
fn serde_error(yaml: &YamlFile<'_>, ptr: &str, raw: &str) -> Error {
    if let Some(rest) = raw.strip_prefix("unknown field `")
        && let Some((key, expected)) = rest.split_once("`, expected ")
    {
        let known: Vec<&str> = expected
            .trim_start_matches("one of ")
            .split(", ")
            .map(|k| k.trim_matches('`'))
            .collect();
        let at = {
            let mut p = ptr.to_owned();
            crate::base::pointer::push(&mut p, key);
            p
        };
        return yaml.error(
            &at,
            format!(
                "unknown key{}; the keys are {}",
                crate::base::names::did_you_mean(key, &known),
                crate::base::names::list(&known)
            ),
            true,
        );
    }
    yaml.error(ptr, serde_message(raw), false)
}

/// A deserialisation error said without the value it found (which may be
/// anything: a password file given as a rule file) and without Rust type
/// names: only what was expected.
pub(crate) fn serde_message(raw: &str) -> String {
    if raw.starts_with("missing field") || raw.starts_with("duplicate field") {
        return raw.to_owned();
    }
    if raw.contains("untagged enum TextSpec") {
        return "expected a text: one string, or `{nb: …, nn: …, en: …}`".to_owned();
    }
    let Some((head, expected)) = raw.rsplit_once(", expected ") else {
        return "unexpected value here".to_owned();
    };
    let expected = match expected {
        "struct RuleFileSpec" => "a mapping with `rules`, a list of rules".to_owned(),
        e if e.starts_with("struct ") => "a mapping".to_owned(),
        "a sequence" => "a list".to_owned(),
        "a map" => "a mapping".to_owned(),
        e => e.to_owned(),
    };
    let what = if head.starts_with("unknown field") {
        "unknown key"
    } else if head.starts_with("unknown variant") {
        "unknown value"
    } else if head.starts_with("invalid type") {
        "wrong type"
    } else {
        "invalid value"
    };
    format!("{what}; expected {expected}")
}

fn cerr(pointer: &str, message: impl Into<String>) -> CompileError {
    CompileError {
        pointer: pointer.to_owned(),
        message: message.into(),
        at_key: false,
    }
}

fn compile_rule(
    file: &str,
    builtin: bool,
    r: RuleSpec,
    regex_budget: &std::cell::Cell<usize>,
    classes: &required::Registry,
) -> Result<CompiledRule, CompileError> {
    if !valid_code(&r.code) {
        return Err(cerr(
            "/code",
            "a rule code is capital letters then digits, like `ORG001`",
        ));
    }
    if !valid_name(&r.name) {
        return Err(cerr(
            "/name",
            "a rule name is kebab-case, like `action-due-soon`",
        ));
    }
    const SEVERITIES: &[&str] = &["error", "warning", "info"];
    let default_severity = Severity::parse(&r.severity).ok_or_else(|| {
        cerr(
            "/severity",
            format!(
                "a rule's severity is {}{}",
                crate::base::names::one_of(SEVERITIES),
                crate::base::names::did_you_mean(&r.severity, SEVERITIES)
            ),
        )
    })?;
    // The catalogue keeps the defaults; a configuration's severities and
    // parameters are applied when the linter is built (see `catalogue.rs`).
    let severity = Some(default_severity);
    let params: Vec<(String, Value)> = r.params.into_iter().collect();
    let message = r.message.text();
    let help = r.help.as_ref().map(TextSpec::text);
    let docs = r.docs.map(|d| RuleDocs {
        what: d.what.text(),
        why: d.why.text(),
        fix: d.fix.text(),
        source: d.source.text(),
        notes: d.notes.map(|n| n.text()),
    });
    let mut examples = Vec::new();
    for (i, e) in r.examples.into_iter().enumerate() {
        let as_of = match &e.as_of {
            Some(s) => crate::base::dates::parse_date(s).ok_or_else(|| {
                cerr(
                    &format!("/examples/{i}/as_of"),
                    "`as_of` is a date YYYY-MM-DD",
                )
            })?,
            None => NaiveDate::from_ymd_opt(2026, 11, 20).expect("a real date"),
        };
        examples.push(RuleExample {
            name: e.name,
            document: e.document,
            fires: e.fires,
            as_of,
        });
    }
    let formats = format_specs(r.formats.as_ref())?;
    let mut rule = Rule {
        code: r.code,
        name: r.name,
        default_severity,
        severity,
        message: message.clone(),
        help: help.clone(),
        docs,
        params,
        examples,
        file: file.to_owned(),
        formats: formats.iter().map(|f| f.format).collect(),
        engine: r.engine,
        builtin,
    };
    if r.engine {
        if r.when.is_some() || r.for_each.is_some() {
            return Err(cerr(
                "/engine",
                "an `engine` rule is reported by the loader or schema stage and has no `when` or `for_each`",
            ));
        }
        return Ok(CompiledRule {
            rule,
            bodies: Vec::new(),
        });
    }
    let Some(when) = &r.when else {
        return Err(cerr(
            "",
            "a rule needs `when`: the condition under which it fires",
        ));
    };
    // Parameters are borrowed by the scope while compiling; keep them in the rule.
    let params = std::mem::take(&mut rule.params);
    let code = rule.code.clone();
    let mut bodies = Vec::with_capacity(formats.len());
    for spec in &formats {
        let mut scope = Scope::new(&params, regex_budget, &code, classes);
        scope.set_paths(spec.paths.clone());
        let applies = match &spec.applies {
            Some(v) => Some(functions::cond(
                v,
                &mut scope,
                &format!("{}/applies", spec.at),
            )?),
            None => None,
        };
        let for_each = match &r.for_each {
            Some(v) => Some(compile::for_each(v, &mut scope, "/for_each")?),
            None => None,
        };
        let mut lets = Vec::new();
        let mut names = Vec::new();
        for (name, e) in &r.lets {
            if !compile::is_ident(name) {
                return Err(cerr(
                    &format!("/let/{name}"),
                    "a `let` name is lowercase letters, digits and `_`",
                ));
            }
            lets.push(functions::expr(e, &mut scope, &format!("/let/{name}"))?);
            names.push(name.clone());
        }
        scope.set_lets(names);
        let when = functions::cond(when, &mut scope, "/when")?;
        let at = match &r.at {
            Some(v) => Some(compile_at(v, &mut scope)?),
            None => None,
        };
        let fix = match &r.fix {
            Some(f) => {
                let path = compile::path(&f.set.path, &scope, "/fix/set/path")?;
                if path.is_multi() || path.base != ast::Base::Root {
                    return Err(cerr(
                        "/fix/set/path",
                        "a fix writes at one path from the document's root (`*`, `**`, `@` and bound names are not allowed)",
                    ));
                }
                if f.set.value.is_array() || f.set.value.is_object() || f.set.value.is_null() {
                    return Err(cerr(
                        "/fix/set/value",
                        "a fix writes a plain value: text, a number, `true` or `false`",
                    ));
                }
                Some(RuleFix {
                    path,
                    value: f.set.value.clone(),
                    title: f.title.text(),
                })
            }
            None => None,
        };
        let message_t = templates(&message, &scope, "/message")?;
        let help_t = match &help {
            Some(h) => Some(templates(h, &scope, "/help")?),
            None => None,
        };
        drop(scope);
        let text_only = eval::text_only(for_each.as_ref(), &lets, &when);
        bodies.push(Body {
            format: spec.format,
            applies,
            for_each,
            lets,
            when,
            at,
            fix,
            message: message_t,
            help: help_t,
            text_only,
        });
    }
    rule.params = params;
    Ok(CompiledRule { rule, bodies })
}

/// A rule's `at`: a path that names one node, or `{if: C, then: P, else:
/// P}`, the first path where C holds for the item, the second elsewhere.
fn compile_at(v: &Value, scope: &mut Scope<'_>) -> Result<At, CompileError> {
    let one = |v: &Value, at: &str, scope: &Scope<'_>| -> Result<PathPat, CompileError> {
        let Some(s) = v.as_str() else {
            return Err(cerr(at, "expected a path, or `{if: C, then: P, else: P}`"));
        };
        let p = compile::path(s, scope, at)?;
        if p.is_multi() {
            return Err(cerr(
                at,
                "`at` must name one node; `*` and `**` are not allowed",
            ));
        }
        Ok(p)
    };
    match v {
        Value::Object(m) => {
            for key in m.keys() {
                if !["if", "then", "else"].contains(&key.as_str()) {
                    return Err(CompileError {
                        pointer: format!("/at/{key}"),
                        message: format!(
                            "unknown field{}; `at` is a path, or `{{if: C, then: P, else: P}}`",
                            crate::base::names::did_you_mean(key, &["if", "then", "else"])
                        ),
                        at_key: true,
                    });
                }
            }
            let (Some(c), Some(then), Some(otherwise)) =
                (m.get("if"), m.get("then"), m.get("else"))
            else {
                return Err(cerr(
                    "/at",
                    "`at: {if: C, then: P, else: P}` needs all three",
                ));
            };
            let c = functions::cond(c, scope, "/at/if")?;
            Ok(At::If(
                c,
                one(then, "/at/then", scope)?,
                one(otherwise, "/at/else", scope)?,
            ))
        }
        _ => Ok(At::Path(one(v, "/at", scope)?)),
    }
}

/// Where a rule reports (see [`compile_at`]).
#[derive(Debug)]
pub(crate) enum At {
    Path(PathPat),
    If(Cond, PathPat, PathPat),
}

/// One format a rule applies to, as its `formats:` says.
struct FormatSpec {
    format: Format,
    /// Names for paths (`plan: /revised_plan`): `$plan/…` in the rule.
    paths: Vec<(String, String)>,
    /// Where the rule applies in a document of this format.
    applies: Option<Value>,
    /// The pointer of this entry in the rule, for errors.
    at: String,
}

/// Reads a rule's `formats:`: absent (the referat's format only), a list of
/// format identifiers, or a mapping from identifier to `{paths, applies}`.
fn format_specs(v: Option<&Value>) -> Result<Vec<FormatSpec>, CompileError> {
    let ids: Vec<&str> = Format::ALL.iter().map(|f| f.id()).collect();
    let format_of = |id: &str, at: &str| {
        Format::from_id(id).ok_or_else(|| {
            cerr(
                at,
                format!(
                    "unknown format{}; the formats are {}",
                    crate::base::names::did_you_mean(id, &ids),
                    crate::base::names::one_of(&ids)
                ),
            )
        })
    };
    let plain = |format| FormatSpec {
        format,
        paths: Vec::new(),
        applies: None,
        at: "/formats".into(),
    };
    let mut out: Vec<FormatSpec> = Vec::new();
    match v {
        None => out.push(plain(Format::Referat)),
        Some(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                let at = format!("/formats/{i}");
                let Some(id) = item.as_str() else {
                    return Err(cerr(&at, "expected a format, like `dialogmote1/v1`"));
                };
                out.push(plain(format_of(id, &at)?));
            }
        }
        Some(Value::Object(m)) => {
            for (id, spec) in m {
                let mut at = "/formats".to_owned();
                crate::base::pointer::push(&mut at, id);
                let format = format_of(id, &at)?;
                let mut entry = FormatSpec {
                    at: at.clone(),
                    ..plain(format)
                };
                match spec {
                    Value::Null => {}
                    Value::Object(fields) => {
                        for (key, value) in fields {
                            match key.as_str() {
                                "applies" => entry.applies = Some(value.clone()),
                                "paths" => {
                                    let Some(paths) = value.as_object() else {
                                        return Err(cerr(
                                            &format!("{at}/paths"),
                                            "`paths` names paths: `plan: /revised_plan`",
                                        ));
                                    };
                                    for (name, path) in paths {
                                        let here = format!("{at}/paths/{name}");
                                        let path = path.as_str().unwrap_or_default();
                                        if !compile::is_ident(name) || name == "comments" {
                                            return Err(cerr(
                                                &here,
                                                "a path's name is lowercase letters, digits and `_`",
                                            ));
                                        }
                                        if !path.starts_with('/')
                                            || path.contains(['*', '{', '@', '$'])
                                        {
                                            return Err(cerr(
                                                &here,
                                                "a named path starts at the document's root (`/revised_plan`) and selects one node",
                                            ));
                                        }
                                        entry.paths.push((name.clone(), path.to_owned()));
                                    }
                                }
                                _ => {
                                    return Err(CompileError {
                                        pointer: format!("{at}/{key}"),
                                        message: format!(
                                            "unknown field{}; a format's entry has `paths` and `applies`",
                                            crate::base::names::did_you_mean(
                                                key,
                                                &["paths", "applies"]
                                            )
                                        ),
                                        at_key: true,
                                    });
                                }
                            }
                        }
                    }
                    _ => {
                        return Err(cerr(&at, "expected `{paths: …, applies: …}` or nothing"));
                    }
                }
                out.push(entry);
            }
            // Every format names the same paths, so that the rule compiles
            // for each.
            if let Some(first) = out.first() {
                fn names(f: &FormatSpec) -> Vec<&str> {
                    let mut n: Vec<&str> = f.paths.iter().map(|(n, _)| n.as_str()).collect();
                    n.sort_unstable();
                    n
                }
                if let Some(other) = out.iter().find(|f| names(f) != names(first)) {
                    return Err(cerr(
                        &format!("{}/paths", other.at),
                        "every format of a rule names the same paths",
                    ));
                }
            }
        }
        Some(_) => {
            return Err(cerr(
                "/formats",
                "expected a list of formats, or a mapping from each format to its `paths` and `applies`",
            ));
        }
    }
    if out.is_empty() {
        return Err(cerr("/formats", "a rule applies to at least one format"));
    }
    let mut seen = BTreeSet::new();
    if let Some(dup) = out.iter().find(|f| !seen.insert(f.format)) {
        return Err(cerr(&dup.at, "this format is listed twice"));
    }
    Ok(out)
}

/// Where a rule's finding points: a node, and within it the match of a
/// text condition when there was one.
#[derive(Debug)]
pub(crate) struct Place {
    /// The node's full pointer (the finding's own pointer may be shorter).
    pub pointer: String,
    hit: Option<Hit>,
    /// The full pointers of the finding's `related` places, in order.
    pub related: Vec<String>,
    /// The rule's fix: the pointer to write at, the value, the fix's title.
    pub set: Option<Box<(String, Value, Text)>>,
}

impl Place {
    /// The span to report in `text`, from which `doc` was loaded. A match
    /// is located exactly when its text occurs in the node's source as often
    /// as in its value (always so for plain and literal block scalars, and
    /// for comments); otherwise, as when an escape or a folded line break
    /// changed the text, the finding points at the whole node.
    pub(crate) fn span(&self, doc: &Document, text: &str) -> Option<Span> {
        let Some(hit) = &self.hit else {
            return doc.span_of(&self.pointer).map(|s| s.value);
        };
        let node = match hit.comment {
            Some(i) => {
                let c = *doc.comments().get(i)?;
                // The comment's text starts after its `#`.
                Span::new((c.start + 1).min(c.end), c.end)
            }
            None => {
                let s = doc.span_of(&self.pointer)?;
                if !doc.has_span(&self.pointer) {
                    return Some(s.value);
                }
                if hit.key {
                    s.key.unwrap_or(s.value)
                } else {
                    s.value
                }
            }
        };
        Some(locate_match(text, node, hit).unwrap_or(node))
    }
}

/// The `nth` occurrence of the hit's text inside `node`'s source, when the
/// source holds exactly as many occurrences as the value.
fn locate_match(text: &str, node: Span, hit: &Hit) -> Option<Span> {
    let source = text.get(node.start..node.end)?;
    let found: Vec<usize> = source
        .match_indices(hit.text.as_str())
        .map(|(i, _)| i)
        .collect();
    if found.len() != hit.total {
        return None;
    }
    let at = node.start + found.get(hit.nth)?;
    Some(Span::new(at, at + hit.text.len()))
}

/// A finding of a rule, and where it points.
#[derive(Debug)]
pub(crate) struct Fired {
    pub finding: Finding,
    pub place: Place,
}

/// The evaluation budget of one document: each rule may spend
/// `RULE_STEPS + RULE_STEPS_PER_NODE × nodes` steps, all rules together
/// `DOCUMENT_STEPS + DOCUMENT_STEPS_PER_NODE × nodes`, where `nodes` counts
/// the document's values. A step is a condition, an expression or a
/// selected node; reading a text costs a step more per
/// [`eval::TEXT_BYTES_PER_STEP`] bytes of it. The built-in rules use well under a tenth of it (see the
/// test `builtin_rules_stay_far_within_the_budget`).
pub(crate) const RULE_STEPS: u64 = 1_000_000;
/// See [`RULE_STEPS`].
pub(crate) const RULE_STEPS_PER_NODE: u64 = 20;
/// See [`RULE_STEPS`].
pub(crate) const DOCUMENT_STEPS: u64 = 10_000_000;
/// See [`RULE_STEPS`].
pub(crate) const DOCUMENT_STEPS_PER_NODE: u64 = 100;
/// The most findings all rules together may give on one document.
pub(crate) const MAX_RULE_FINDINGS: usize = 100_000;

/// The DM004 finding for the rule `code` that exceeded the budget: the
/// text `id` with the number `n` as `steps` or `max`.
fn budget_finding(in_force: &[Rule], code: &str, (id, n): (EngineText, u64)) -> Option<Fired> {
    let dm004 = in_force.iter().find(|r| r.code == "DM004")?;
    let severity = dm004.severity?;
    let n = n.to_string();
    let key = if id == EngineText::BudgetFindings {
        "max"
    } else {
        "steps"
    };
    let said = id.fill(&[("code", code), (key, &n)]);
    let mut finding = Finding::new(
        "DM004",
        dm004.name.clone(),
        severity,
        said.message,
        String::new(),
    );
    finding.help = said.help;
    Some(Fired {
        finding,
        place: Place {
            pointer: String::new(),
            hit: None,
            related: Vec::new(),
            set: None,
        },
    })
}

/// Runs every rule that is on over the document in `env`, within the
/// evaluation budget. `in_force` holds each rule's severity and parameters
/// from the configuration, index by index with `rules` (see
/// `catalogue::Settings`). `public` turns a node's pointer into the pointer
/// shown in the finding.
/// Which of a rule's bodies run on a document: its format's, and where
/// that body's `applies` holds, unless `regardless` (the export evaluates
/// the plan's rules also on an empty or absent plan).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Target {
    pub format: Format,
    pub regardless: bool,
}

pub(crate) fn run<'a>(
    rules: &'a [CompiledRule],
    in_force: &'a [Rule],
    env: &Env<'a, '_>,
    target: Target,
    public: impl Fn(&str) -> String,
) -> Vec<Fired> {
    let mut out = Vec::new();
    let nodes = env.tree.len() as u64;
    let per_rule = RULE_STEPS.saturating_add(RULE_STEPS_PER_NODE.saturating_mul(nodes));
    let mut document = DOCUMENT_STEPS.saturating_add(DOCUMENT_STEPS_PER_NODE.saturating_mul(nodes));
    let mut over: Option<(&str, (EngineText, u64))> = None;
    // One evaluator and one list of items for all rules, emptied between
    // them rather than made anew.
    let mut ev = Eval::new(env, &[]);
    let mut spare = Vec::new();
    for (compiled, set) in rules.iter().zip(in_force) {
        let (Some(rule), Some(severity)) = (compiled.body(target.format), set.severity) else {
            continue;
        };
        let when = &rule.when;
        let allowed = per_rule.min(document);
        env.budget.steps.set(allowed);
        env.budget.exhausted.set(false);
        let before = out.len();
        ev.reset(&set.params);
        if let Some(applies) = rule.applies.as_ref().filter(|_| !target.regardless) {
            ev.set_lets(&[]);
            if ev.cond(applies) != Tri::T {
                let used = allowed - env.budget.steps.get();
                document -= used;
                continue;
            }
        }
        let items = rule.for_each.as_ref().map(|fe| {
            let mut items = std::mem::take(&mut spare);
            ev.items(fe, &mut items);
            items
        });
        // Whether the rule fires for the current item; most items do not, so
        // the finding (a large value) is built apart, only when it does.
        let holds = |ev: &mut Eval<'a, '_>| -> bool {
            ev.set_lets(&rule.lets);
            ev.cond(when) == Tri::T
        };
        let fire = |ev: &mut Eval<'a, '_>| -> Fired {
            let at = match &rule.at {
                Some(At::Path(p)) => Some(p),
                Some(At::If(c, then, otherwise)) => Some(if ev.cond(c) == Tri::T {
                    then
                } else {
                    otherwise
                }),
                None => None,
            };
            let (pointer, hit) = match at {
                Some(p) => (ev.locate(p), None),
                None => (ev.current_pointer(), ev.take_hit()),
            };
            // `{field}` names the field the rule is about, also when it is
            // missing and the finding points at the nearest node there is.
            let named = at
                .and_then(|p| ev.intended(p))
                .unwrap_or_else(|| pointer.clone());
            let mut finding = Finding::new(
                compiled.rule.code.clone(),
                compiled.rule.name.clone(),
                severity,
                render(ev, &rule.message, &named),
                public(&pointer),
            );
            finding.help = rule.help.as_ref().map(|h| render(ev, h, &named));
            // A later one of duplicates points also at the first.
            let related: Vec<String> = ev.take_first().into_iter().collect();
            finding.related = related
                .iter()
                .map(|p| Related {
                    pointer: public(p),
                    location: None,
                    message: Text::from_fn(|l| ReportText::FirstEntry.get(l).to_owned()),
                })
                .collect();
            let set = rule.fix.as_ref().and_then(|fx| {
                let at = ev.intended(&fx.path)?;
                Some(Box::new((at, fx.value.clone(), fx.title.clone())))
            });
            Fired {
                finding,
                place: Place {
                    pointer,
                    hit,
                    related,
                    set,
                },
            }
        };
        match items {
            None => {
                if holds(&mut ev) {
                    out.push(fire(&mut ev));
                }
            }
            Some(items) => {
                // No node of the document has text the rule's detectors
                // could find anything in: every item costs what it would
                // have, and none needs a look (when the budget holds them all).
                let all_skipped = rule.text_only.is_some_and(|steps| {
                    let total = steps.saturating_mul(items.len() as u64);
                    let nodes_only = items.iter().all(|i| matches!(i, BoundItem::Node(_)));
                    let skip = nodes_only
                        && env.budget.steps.get() >= total
                        && !ev.text_may_hold_anywhere(when);
                    if skip {
                        env.budget.steps.set(env.budget.steps.get() - total);
                        #[cfg(test)]
                        tests::ALL_SKIPPED.with(|n| n.set(n.get() + 1));
                    }
                    skip
                });
                for item in items.iter().filter(|_| !all_skipped) {
                    if env.budget.exhausted.get() || out.len() > MAX_RULE_FINDINGS {
                        break;
                    }
                    // An item whose text cannot make the rule fire costs the
                    // steps evaluating it would, without evaluating it.
                    if let (Some(steps), BoundItem::Node(n)) = (rule.text_only, item)
                        && env.budget.steps.get() >= steps
                        && !ev.text_may_hold(when, *n)
                    {
                        env.budget.steps.set(env.budget.steps.get() - steps);
                        continue;
                    }
                    ev.bind(item);
                    if holds(&mut ev) {
                        out.push(fire(&mut ev));
                    }
                }
                spare = items;
                spare.clear();
            }
        }
        let used = allowed - env.budget.steps.get();
        document -= used;
        #[cfg(test)]
        tests::record_usage(&compiled.rule.code, used, per_rule);
        if env.budget.exhausted.get() {
            // What the rule found before it ran out is kept.
            let what = if allowed < per_rule {
                (
                    EngineText::BudgetAllRules,
                    DOCUMENT_STEPS + DOCUMENT_STEPS_PER_NODE * nodes,
                )
            } else {
                (EngineText::BudgetRule, per_rule)
            };
            over = Some((&compiled.rule.code, what));
        } else if out.len() > MAX_RULE_FINDINGS {
            out.truncate(before.max(MAX_RULE_FINDINGS));
            over = Some((
                &compiled.rule.code,
                (EngineText::BudgetFindings, MAX_RULE_FINDINGS as u64),
            ));
        }
        if let Some((code, what)) = over.take() {
            out.extend(budget_finding(in_force, code, what));
            if document == 0 || out.len() > MAX_RULE_FINDINGS {
                break;
            }
        }
    }
    out
}

/// A template rendered once per language: `{var}` interpolation happens
/// here, so that a finding carries its message in every language.
fn render(ev: &Eval<'_, '_>, pieces: &[Vec<Piece>; 3], at: &str) -> Text {
    Text::new(
        ev.render(&pieces[0], Lang::Nb, at),
        ev.render(&pieces[1], Lang::Nn, at),
        ev.render(&pieces[2], Lang::En, at),
    )
}

/// The benchmarks' generator of realistic minutes, for the budget test.
#[cfg(test)]
#[path = "../../benches/corpus/mod.rs"]
mod bench_corpus;

#[cfg(test)]
mod summary_tests {
    use super::first_sentence;

    #[test]
    fn the_first_sentence_is_whole_and_quotations_do_not_end_it() {
        assert_eq!(
            first_sentence(
                "At `introduction.covered.purpose` er `true`: «1. Hva slags møte og hvorfor». Mer her."
            ),
            "At `introduction.covered.purpose` er `true`: «1. Hva slags møte og hvorfor»."
        );
        assert_eq!(
            first_sentence("At hvert tiltak har `due`. Fristen."),
            "At hvert tiltak har `due`."
        );
        assert_eq!(
            first_sentence("Se f.eks. dette. Og mer."),
            "Se f.eks. dette."
        );
        assert_eq!(
            first_sentence("Én setning uten punktum"),
            "Én setning uten punktum"
        );
        assert_eq!(
            first_sentence("Stopp «her. Ikke» der. Slutt."),
            "Stopp «her. Ikke» der."
        );
    }
}

#[cfg(test)]
mod tests {
    use super::{placeholders, valid_code};
    use std::cell::Cell;

    thread_local! {
        /// The largest share of a rule's budget used, in per mille.
        static MOST_USED: Cell<u64> = const { Cell::new(0) };
    }

    thread_local! {
        /// The steps each rule used, in the order they ran.
        static USED: std::cell::RefCell<Vec<(String, u64)>> = const { std::cell::RefCell::new(Vec::new()) };
    }

    thread_local! {
        /// How often a rule skipped all its items at once.
        pub(super) static ALL_SKIPPED: Cell<u64> = const { Cell::new(0) };
    }

    pub(super) fn record_usage(code: &str, used: u64, allowed: u64) {
        USED.with(|u| u.borrow_mut().push((code.to_owned(), used)));
        let share = used * 1000 / allowed.max(1);
        MOST_USED.with(|m| m.set(m.get().max(share)));
    }

    use super::bench_corpus as corpus;

    #[test]
    fn builtin_rules_stay_far_within_the_budget() {
        let linter = crate::Linter::new().unwrap();
        let opts = crate::LintOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
        for actions in [0, 10, 1000] {
            MOST_USED.with(|m| m.set(0));
            let text = corpus::document(&mut corpus::Rng::new(1), actions, None);
            let findings = linter.lint_str(&text, &opts);
            assert!(findings.iter().all(|f| f.code != "DM004"), "{findings:?}");
            let most = MOST_USED.with(Cell::get);
            // Printed for docs/reliability.md; a tenth at most.
            println!("{actions} actions: the busiest built-in rule used {most} ‰ of its budget");
            assert!(most < 100, "{most} ‰");
        }
    }

    /// The steps the rule ORG1 of `rule` (its `when` and what goes with
    /// it, YAML lines of a rule) used on `text`.
    fn used_by_org1(rule: &str, text: &str) -> u64 {
        let file = format!(
            "rules:\n  - code: ORG1\n    name: x\n    severity: warning\n{rule}    message: m\n"
        );
        let linter = crate::Linter::builder()
            .rule_file("org.yaml", file)
            .build()
            .unwrap();
        let opts = crate::LintOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
        USED.with(|u| u.borrow_mut().clear());
        let findings = linter.lint_str(text, &opts);
        assert!(findings.iter().all(|f| f.code != "DM004"), "{findings:?}");
        USED.with(|u| {
            u.borrow()
                .iter()
                .filter(|(c, _)| c == "ORG1")
                .map(|(_, n)| *n)
                .sum()
        })
    }

    /// Issue 23, item 5: reading a text costs steps by its length, so the
    /// budget bounds the time of many rules on long texts (500 `matches`
    /// rules on a 7.7 MB referat took 6.3 s, each one step).
    #[test]
    fn reading_a_text_costs_steps_by_its_length() {
        use super::eval::TEXT_BYTES_PER_STEP;
        let doc = |notes: &str, other: &str| {
            format!(
                "format: dialogmote1/v1\nintroduction:\n  notes: \"{notes}\"\n  other: \"{other}\"\n"
            )
        };
        let long = 640_000;
        // Letters and one `!` after a space: searched through, never found.
        let words = format!("{} !", "ab ".repeat(long / 3));
        let digits = format!("{} !", "1234 ".repeat(long / 5));
        let least = long as u64 / TEXT_BYTES_PER_STEP - 10;
        for (rule, notes, other) in [
            (
                "    when: {matches: {path: /introduction/notes, patterns: \"\\\\w+!\"}}\n",
                &words,
                "",
            ),
            (
                "    when: {national_id: /introduction/notes}\n",
                &digits,
                "",
            ),
            (
                "    when: {compare: {left: /introduction/notes, op: \"==\", right: /introduction/other}}\n",
                &words,
                &words,
            ),
        ] {
            let short = used_by_org1(rule, &doc("ab !", "ab !"));
            let read = used_by_org1(rule, &doc(notes, other));
            assert!(short < 10, "{rule}: {short} steps on a short text");
            assert!(
                read >= least,
                "{rule}: {read} steps for {long} bytes read, at least {least} expected"
            );
        }
    }

    /// Many rules each reading long texts stop at the document's budget
    /// (before, each read cost one step, and 200 rules comparing two 3.5 MB
    /// texts ran to the end), with one DM004 naming the rule that ran out.
    #[test]
    fn many_rules_reading_long_texts_stop_at_the_document_budget() {
        let long = "ab ".repeat(3_500_000 / 3);
        let text = format!(
            "format: dialogmote1/v1\nintroduction:\n  notes: \"{long}\"\n  other: \"{long}\"\n"
        );
        let mut file = String::from("rules:\n");
        for i in 0..200 {
            file.push_str(&format!(
                "  - code: ORG{i}\n    name: x\n    severity: warning\n    when: {{compare: {{left: /introduction/notes, op: \"!=\", right: /introduction/other}}}}\n    message: m\n"
            ));
        }
        let linter = crate::Linter::builder()
            .rule_file("org.yaml", file)
            .build()
            .unwrap();
        let opts = crate::LintOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
        let findings = linter.lint_str(&text, &opts);
        let over: Vec<_> = findings.iter().filter(|f| f.code == "DM004").collect();
        assert_eq!(over.len(), 1, "{over:?}");
        assert!(
            over[0].message.en.contains("budget"),
            "{:?}",
            over[0].message
        );
    }

    /// Reading texts costs steps (issue 23, item 5), and the built-in
    /// rules stay far within the budget on the longest texts the default
    /// size limit lets through: 8 MiB of prose with digits, dates and
    /// numbers in every sentence, in values, a list and comments.
    #[test]
    fn builtin_rules_stay_within_the_budget_on_the_longest_texts() {
        let linter = crate::Linter::new().unwrap();
        let opts = crate::LintOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
        let plain = corpus::document(&mut corpus::Rng::new(1), 10, None);
        let sentence = "Møtet 12.03.2026 kl 09:00 om tilrettelegging på rom 4, tlf 22 33 44 55, sak 2026/1234 og diagnose ukjent. ";
        let limit = crate::Limits::default().max_bytes;
        let mut text = format!("{plain}\nx_notes:\n");
        let mut i = 0;
        while text.len() + 2 * 1024 * 1024 < limit {
            let long = sentence.repeat(1024 * 1024 / sentence.len());
            match i % 3 {
                0 => text.push_str(&format!("  - \"{long}\"\n")),
                1 => text.push_str(&format!("  - {{note: \"{long}\"}}\n")),
                _ => text.push_str(&format!("  # {long}\n  - x\n")),
            }
            i += 1;
        }
        assert!(text.len() <= limit);
        MOST_USED.with(|m| m.set(0));
        let findings = linter.lint_str(&text, &opts);
        assert!(findings.iter().all(|f| f.code != "DM004"), "{findings:?}");
        let most = MOST_USED.with(Cell::get);
        println!(
            "{} bytes of long texts: the busiest built-in rule used {most} ‰ of its budget",
            text.len()
        );
        assert!(most < 500, "{most} ‰");
    }

    /// A rule that reads only the text of each item (DM801, DM802) skips
    /// the items its detectors find nothing in, or all of them at once
    /// when nothing in the document could be found: the findings and the
    /// steps each rule spends are the same as when every item is evaluated.
    #[test]
    fn skipping_items_without_text_to_find_changes_nothing() {
        let plain = corpus::document(&mut corpus::Rng::new(3), 5, None);
        let hostile = format!(
            "# Kari, 15058500027\n{plain}\nx_extra:\n  - {{notes: \"Hoveddiagnose F32.1, fnr 010190 00083\"}}\n  - 15058500027\n  - {{\"Kari 15058500027\": Z99.9 på rom 4, ICD-10 F32}}\n",
        );
        // Digits only in a name, or only in a comment: the names' and the
        // values' facts are apart.
        let in_key = format!("{plain}\nx_extra: {{\"15058500027\": ja}}\n");
        let in_comment = format!("{plain}\n# 15058500027\n");
        let opts = crate::LintOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
        let run = |text: &str, skip: bool| {
            let mut catalogue = crate::Catalogue::builtin().unwrap();
            assert!(
                catalogue
                    .rules
                    .iter()
                    .flat_map(|r| &r.bodies)
                    .any(|b| b.text_only.is_some())
            );
            if !skip {
                catalogue
                    .rules
                    .iter_mut()
                    .flat_map(|r| &mut r.bodies)
                    .for_each(|b| b.text_only = None);
            }
            let linter = crate::Linter::builder()
                .catalogue(std::sync::Arc::new(catalogue))
                .build()
                .unwrap();
            USED.with(|u| u.borrow_mut().clear());
            ALL_SKIPPED.with(|n| n.set(0));
            let findings = linter.lint_str(text, &opts);
            (
                findings,
                USED.with(|u| u.take()),
                ALL_SKIPPED.with(Cell::get),
            )
        };
        // Each document, the findings it must have at least, and whether
        // DM801 skips all its items at once.
        for (text, found, all_skipped) in [
            (&hostile, &[("DM801", 2), ("DM802", 2)][..], false),
            (&in_key, &[("DM801", 1)][..], false),
            (&in_comment, &[("DM801", 1)][..], false),
            (&plain, &[][..], true),
        ] {
            let (skipped, skipped_used, n) = run(text, true);
            let (all, all_used, _) = run(text, false);
            for (code, least) in found {
                let count = all.iter().filter(|f| f.code == *code).count();
                assert!(count >= *least, "{code}: {all:?}");
            }
            assert_eq!(skipped, all);
            assert_eq!(skipped_used, all_used);
            // DM801 skips all its items in a document with no long number.
            assert_eq!(n > 0, all_skipped, "{text}");
        }
    }

    /// A translation that drops or renames a `{placeholder}` is an error
    /// in the rule file, naming the language; `{{` is a brace, not one.
    #[test]
    fn translations_must_use_the_same_placeholders() {
        let rule = |nn: &str| {
            format!(
                "rules:\n  - code: ORG001\n    name: org-rule\n    severity: info\n    let: {{n: 1, m: 2}}\n    when: {{present: /meeting}}\n    message:\n      nb: \"{{{{n}}}} {{n}} punkt\"\n      nn: \"{nn}\"\n      en: \"{{{{n}}}} {{n}} items\"\n"
            )
        };
        let build = |nn: &str| {
            crate::Linter::builder()
                .rule_file("org.yaml", rule(nn))
                .build()
        };
        assert!(build("{{n}} {n} punkt").is_ok());
        for bad in ["{m} punkt", "punkt", "{n} {m} punkt"] {
            let err = build(bad).unwrap_err().to_string();
            assert!(
                err.contains("`nn` text must use the same placeholders"),
                "{bad}: {err}"
            );
        }
    }

    /// `{NAME:weeks}` says a number of days as whole weeks and days in each
    /// language; `{?NAME}…{/}` shows its text only when the value is there
    /// and not 0, `{!NAME}…{/}` only when it is not; `{field}` names the
    /// field of `at` also when it is missing.
    #[test]
    fn messages_say_weeks_and_days_and_text_when_a_value_is_there() {
        use crate::texts::Lang;
        let file = "rules:\n  - code: ORG003\n    name: org-rule\n    severity: info\n    let:\n      d: {days: {from: /sick_leave/start, to: /meeting/date}}\n      n: {count: {each: /participants/*}}\n    when: {present: /meeting}\n    at: /conclusion/actions/0/due\n    message:\n      nb: \"{d:weeks}{?n}, {n} x{/}{!n}, ingen{/}; {field}\"\n      nn: \"{d:weeks}{?n}, {n} x{/}{!n}, ingen{/}; {field}\"\n      en: \"{d:weeks}{?n}, {n} x{/}{!n}, none{/}; {field}\"\n";
        let linter = crate::Linter::builder()
            .rule_file("org.yaml", file)
            .build()
            .unwrap();
        let opts = crate::LintOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
        let said = |doc: &str| -> Vec<String> {
            let f = linter.lint_str(doc, &opts);
            let f = f.iter().find(|f| f.code == "ORG003").expect("ORG003");
            [Lang::Nb, Lang::Nn, Lang::En]
                .iter()
                .map(|l| f.message.get(*l).to_owned())
                .collect()
        };
        let task = "format: dialogmote1/v1\nconclusion: {actions: [{what: x}]}\n";
        assert_eq!(
            said(&format!(
                "sick_leave: {{start: 2026-01-01}}\nmeeting: {{date: 2026-02-27}}\nparticipants: [{{role: lege}}, {{role: bht}}]\n{task}"
            )),
            [
                "8 uker og 1 dag, 2 x; «Frist» for oppgave 1 under «Hvem gjør hva når»",
                "8 veker og 1 dag, 2 x; «Frist» for oppgåve 1 under «Kven gjer kva når»",
                "8 weeks and 1 day, 2 x; “Due date” of task 1 under “Who does what, and when”",
            ]
        );
        assert_eq!(
            said(&format!(
                "sick_leave: {{start: 2026-01-01}}\nmeeting: {{date: 2026-02-19}}\nparticipants: []\n{task}"
            ))[0],
            "7 uker, ingen; «Frist» for oppgave 1 under «Hvem gjør hva når»"
        );
        assert_eq!(
            said(&format!(
                "sick_leave: {{start: 2026-01-01}}\nmeeting: {{date: 2026-01-10}}\n{task}"
            ))[1],
            "1 veke og 2 dagar, ingen; «Frist» for oppgåve 1 under «Kven gjer kva når»"
        );
        for (bad, says) in [
            ("{?n} x", "has no `{/}`"),
            ("x{/}", "ends no"),
            ("{?n}{?n}x{/}{/}", "cannot be inside another"),
            ("{n:days}", "not a way to show a value"),
        ] {
            let file = format!(
                "rules:\n  - code: ORG004\n    name: org-rule\n    severity: info\n    let: {{n: 1}}\n    when: {{present: /a}}\n    message: \"{bad}\"\n"
            );
            let err = crate::Linter::builder()
                .rule_file("org.yaml", file)
                .build()
                .unwrap_err()
                .to_string();
            assert!(err.contains(says), "{bad}: {err}");
        }
    }

    /// A configuration's rule file is not built in, whatever it is called
    /// (the name of a built-in file included); every built-in rule is.
    #[test]
    fn built_in_is_where_a_rule_came_from_not_its_file_name() {
        let org = "rules:\n  - code: ORG002\n    name: org-rule\n    severity: info\n    when: {present: /meeting}\n    message: m\n";
        let linter = crate::Linter::builder()
            .rule_file("rules/input.yaml", org)
            .build()
            .unwrap();
        let org = linter.rule("ORG002").unwrap();
        assert_eq!(org.file, "rules/input.yaml");
        assert!(!org.is_builtin());
        assert!(
            linter
                .rules()
                .filter(|r| r.code.starts_with("DM"))
                .all(super::Rule::is_builtin)
        );
    }

    #[test]
    fn placeholders_skip_doubled_braces() {
        assert_eq!(
            placeholders("{{a}} {b} }} {c}")
                .into_iter()
                .collect::<Vec<_>>(),
            ["b", "c"]
        );
    }

    #[test]
    fn rule_codes_are_letters_then_digits() {
        assert!(valid_code("DM508") && valid_code("ORG1"));
        assert!(
            !valid_code("dm508")
                && !valid_code("DM")
                && !valid_code("508")
                && !valid_code("ABCDEFGHI1")
        );
    }
}
