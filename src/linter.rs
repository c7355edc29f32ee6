//! The linter: schema and rules compiled once, then any number of documents
//! checked. Pure: no I/O, no clock.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use serde_json::Value;

use crate::config::{Config, Ignore};
use crate::error::Error;
use crate::finding::{FileReport, Finding, Fix, Location};
use crate::i18n::{Message, Text};
use crate::parse::{self, Limits, LoadProblem, ProblemKind, SourceKind};
use crate::rules::eval::Env;
use crate::rules::{self, BUILTIN_RULE_FILES, CompiledRule, Rule, RuleSettings};
use crate::schema::{FORMAT, Schema};
use crate::source::LineIndex;
use crate::suppress::{self, Invalid, SuppressedFinding, Suppression, SuppressionSource};

/// How to lint one document.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct LintOptions {
    /// The evaluation date (drives the referat deadline rules).
    pub as_of: NaiveDate,
    /// YAML, JSON, or decide from the text.
    pub kind: SourceKind,
}

impl LintOptions {
    /// Options for evaluation date `as_of`, kind detected. Findings carry
    /// their messages in every language; a renderer picks one.
    pub fn new(as_of: NaiveDate) -> Self {
        LintOptions {
            as_of,
            kind: SourceKind::Auto,
        }
    }

    /// Sets the source kind.
    pub fn with_kind(mut self, kind: SourceKind) -> Self {
        self.kind = kind;
        self
    }
}

/// Builds a [`Linter`] from configuration and extra rule files.
#[derive(Debug, Default)]
pub struct LinterBuilder {
    config: Config,
    extra: Vec<(String, String)>,
    no_rules: bool,
}

impl LinterBuilder {
    /// Uses `config` (severities, parameters, limits).
    pub fn config(mut self, config: Config) -> Self {
        self.config = config;
        self
    }

    /// Adds a rule file: its name (for errors) and its YAML text.
    pub fn rule_file(mut self, name: impl Into<String>, text: impl Into<String>) -> Self {
        self.extra.push((name.into(), text.into()));
        self
    }

    /// Checks only input and schema (DM001–DM004), no completeness rules.
    pub fn schema_only(mut self) -> Self {
        self.no_rules = true;
        self
    }

    /// Compiles the schema and every rule.
    pub fn build(self) -> Result<Linter, Error> {
        let schema = Schema::new()?;
        let settings = RuleSettings {
            severity: Some(&self.config.severity),
            params: Some(&self.config.params),
            config: Some(&self.config),
            ..Default::default()
        };
        let mut compiled: Vec<CompiledRule> = Vec::new();
        let mut taken = BTreeSet::new();
        for (file, text) in BUILTIN_RULE_FILES {
            compiled.extend(rules::compile_file(
                file, text, &settings, &mut taken, false,
            )?);
        }
        for (file, text) in &self.extra {
            compiled.extend(rules::compile_file(
                file, text, &settings, &mut taken, true,
            )?);
        }
        for code in self.config.severity.keys().chain(self.config.params.keys()) {
            if !taken.contains(code) {
                let (line, column) = self.config.location_of(code);
                return Err(Error::Config {
                    file: self.config.file.clone(),
                    line,
                    column,
                    message: format!(
                        "the configuration names rule `{code}`, which does not exist; `dialogmote rules` lists them"
                    ),
                });
            }
        }
        compiled.sort_by(|a, b| a.rule.code.cmp(&b.rule.code));
        let vocabulary = schema.vocabulary().clone();
        Ok(Linter {
            schema,
            rules: compiled,
            limits: self.config.limits,
            no_rules: self.no_rules,
            vocabulary,
            ignore: self.config.ignore,
            config_file: self.config.file,
        })
    }
}

/// The linter: build once, lint many documents (it is `Send + Sync`).
#[derive(Debug)]
pub struct Linter {
    schema: Schema,
    rules: Vec<CompiledRule>,
    limits: Limits,
    no_rules: bool,
    vocabulary: BTreeSet<String>,
    ignore: Vec<Ignore>,
    config_file: String,
}

/// Where a finding is located: the value or the key of the node at a
/// pointer. The finding's own pointer may be shorter (see [`public_pointer`]).
enum Target {
    Value(String),
    /// A key; with the known key to rename it to, when that is a safe fix.
    Key(String, Option<String>),
    /// A rule's finding: a node, or a match inside a node or a comment.
    Rule(rules::Place),
}

/// The pointer as reported: cut before the first segment that is neither an
/// index into an array of `doc` nor a word of the schema's vocabulary, so
/// that an unknown key (which may be a name, or a fødselsnummer written as a
/// key) never appears in output. The location still points at the node
/// itself.
fn public_pointer(pointer: &str, doc: &Value, vocabulary: &BTreeSet<String>) -> String {
    let mut out = String::new();
    let mut node = Some(doc);
    for seg in crate::pointer::segments(pointer) {
        let index = match node {
            // An RFC 6901 index: digits, no leading zero.
            Some(Value::Array(items)) => seg
                .parse::<usize>()
                .ok()
                .filter(|i| i.to_string() == seg)
                .map(|i| items.get(i)),
            _ => None,
        };
        node = match index {
            Some(item) => item,
            None if vocabulary.contains(&seg) => node.and_then(|n| n.get(&seg)),
            None => break,
        };
        crate::pointer::push(&mut out, &seg);
    }
    out
}

fn sorted(mut findings: Vec<Finding>) -> Vec<Finding> {
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    findings
}

impl Linter {
    /// The built-in rules with default settings.
    pub fn new() -> Result<Linter, Error> {
        Linter::builder().build()
    }

    /// A builder for configuration and extra rules.
    pub fn builder() -> LinterBuilder {
        LinterBuilder::default()
    }

    /// Every rule, sorted by code, including those turned off.
    pub fn rules(&self) -> impl Iterator<Item = &Rule> {
        self.rules.iter().map(|r| &r.rule)
    }

    /// Runs the `examples` of `rule`: each example document, completed with
    /// `format` and `meeting.date` (2026-11-16) when it leaves them out, is
    /// linted on its `as_of` date, and the pointers at which `rule` fired
    /// are compared with those the example expects. Used by `dialogmote
    /// rules test` and by the project's own tests.
    pub fn run_examples(&self, rule: &Rule) -> Vec<ExampleOutcome> {
        rule.examples
            .iter()
            .map(|ex| {
                let mut expected = ex.fires.clone();
                expected.sort_unstable();
                let Some(text) = complete_example(&ex.document) else {
                    return ExampleOutcome {
                        code: rule.code.clone(),
                        file: rule.file.clone(),
                        name: ex.name.clone(),
                        expected,
                        fired: Vec::new(),
                        problem: Some(
                            "the example's document is not a YAML mapping that can be read".into(),
                        ),
                    };
                };
                let findings = self.lint_str(&text, &LintOptions::new(ex.as_of));
                let mut fired: Vec<String> = findings
                    .iter()
                    .filter(|f| f.code == rule.code)
                    .map(|f| f.pointer.clone())
                    .collect();
                fired.sort_unstable();
                ExampleOutcome {
                    code: rule.code.clone(),
                    file: rule.file.clone(),
                    name: ex.name.clone(),
                    expected,
                    fired,
                    problem: None,
                }
            })
            .collect()
    }

    /// The rule with `code`.
    pub fn rule(&self, code: &str) -> Option<&Rule> {
        // `rules` is sorted by code.
        self.rules
            .binary_search_by(|r| r.rule.code.as_str().cmp(code))
            .ok()
            .map(|i| &self.rules[i].rule)
    }

    /// The limits in force.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    fn engine_finding(
        &self,
        code: &str,
        message: &Text,
        help: Option<&Text>,
        pointer: String,
    ) -> Option<Finding> {
        let rule = self.rule(code)?;
        let severity = rule.severity?;
        let mut f = Finding::new(code, rule.name.clone(), severity, message.clone(), pointer);
        f.help = help.cloned();
        Some(f)
    }

    /// A finding of the engine rule `code` that says the catalogue's text
    /// `id` (`rules/input.yaml`, `texts`) with `args` filled in.
    fn catalogue_finding(
        &self,
        code: &str,
        id: &str,
        args: &[(&str, &str)],
        pointer: String,
    ) -> Option<Finding> {
        let rule = self.rule(code)?;
        // Every id is in the built-in catalogue (a test checks); the code
        // and id stand in should a text ever be missing.
        let m = rule
            .text(id, args)
            .unwrap_or_else(|| Message::new(Text::same(format!("{code} {id}")), None));
        self.engine_finding(code, &m.message, m.help.as_ref(), pointer)
    }

    /// Lints raw bytes (UTF-8 expected; a BOM is accepted).
    pub fn lint_bytes(&self, bytes: &[u8], opts: &LintOptions) -> Vec<Finding> {
        match parse::decode(bytes) {
            Ok((text, bom)) => self.lint_text(text, bom, opts),
            Err(problem) => {
                let prefix = parse::valid_prefix(bytes);
                let bom = usize::from(bytes.starts_with(b"\xEF\xBB\xBF")) * 3;
                self.problems(&[problem], prefix, bom)
            }
        }
    }

    /// Lints one file and applies suppressions: `# dialogmote: ignore …`
    /// comments in YAML, and the configuration's `ignore` entries whose glob
    /// matches `match_path` (the path relative to the configuration file).
    /// `display_path` is the path shown in reports.
    pub fn lint_file(
        &self,
        display_path: &str,
        match_path: &str,
        bytes: &[u8],
        opts: &LintOptions,
    ) -> FileReport {
        let mut findings = self.lint_bytes(bytes, opts);
        let mut suppressed = Vec::new();
        if opts.kind != SourceKind::Json
            && let Ok((text, bom)) = parse::decode(bytes)
        {
            findings = self.apply_comments(text, bom, findings, &mut suppressed);
        }
        for (i, ig) in self.ignore.iter().enumerate() {
            let Some(reason) = &ig.reason else { continue };
            // An entry naming DM001, DM003 or DM004 is invalid (DM005) and
            // hides nothing, like one without a reason.
            if Invalid::check(&ig.codes, Some(reason), |_| true).is_some()
                || !ig.matches_path(match_path)
            {
                continue;
            }
            findings.retain(|f| {
                if !ig.matches_finding(&f.code, &f.pointer) {
                    return true;
                }
                suppressed.push(SuppressedFinding {
                    finding: f.clone(),
                    suppression: Suppression {
                        reason: reason.clone(),
                        source: SuppressionSource::Config { entry: i },
                    },
                });
                false
            });
        }
        let mut report = FileReport::new(display_path, findings);
        suppressed.sort_by(|a, b| a.finding.sort_key().cmp(&b.finding.sort_key()));
        report.suppressed = suppressed;
        let max = self.limits.max_findings;
        report.cap(max, |more| {
            let (more, max) = (more.to_string(), max.to_string());
            let args = [("more", more.as_str()), ("max", max.as_str())];
            self.catalogue_finding("DM004", "cap", &args, String::new())
        });
        report
    }

    /// A DM005 or DM006 finding at `span` of `text`.
    fn suppression_finding(
        &self,
        (code, id, args): (&str, &str, &[(&str, &str)]),
        index: &LineIndex<'_>,
        span: crate::source::Span,
        bom: usize,
    ) -> Option<Finding> {
        let mut f = self.catalogue_finding(code, id, args, String::new())?;
        f.location = Some(Location::from_span(index, span, bom));
        Some(f)
    }

    /// Applies the suppression comments of `text`. Linear: the valid
    /// comments are indexed by the line they apply to.
    fn apply_comments(
        &self,
        text: &str,
        bom: usize,
        findings: Vec<Finding>,
        suppressed: &mut Vec<SuppressedFinding>,
    ) -> Vec<Finding> {
        let comments = suppress::comments(text);
        if comments.is_empty() {
            return findings;
        }
        let index = LineIndex::new(text);
        let mut extra = Vec::new();
        let mut by_line: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, c) in comments.iter().enumerate() {
            let known = |code: &str| self.rule(code).is_some();
            match Invalid::check(&c.codes, c.reason.as_deref(), known) {
                Some(invalid) => {
                    let (id, args) = invalid.text_id();
                    extra.extend(self.suppression_finding(
                        ("DM005", id, &args),
                        &index,
                        c.span,
                        bom,
                    ));
                }
                None => by_line.entry(c.target).or_default().push(i),
            }
        }
        let mut used = vec![false; comments.len()];
        let mut kept = Vec::with_capacity(findings.len());
        for f in findings {
            let line = f.location.map_or(0, |l| l.line);
            let hit = by_line.get(&line).and_then(|on_line| {
                on_line
                    .iter()
                    .find(|&&i| comments[i].codes.contains(&f.code))
            });
            match hit {
                Some(&i) => {
                    used[i] = true;
                    let c = &comments[i];
                    suppressed.push(SuppressedFinding {
                        finding: f,
                        suppression: Suppression {
                            reason: c.reason.clone().unwrap_or_default(),
                            source: SuppressionSource::Comment { line: c.line },
                        },
                    });
                }
                None => kept.push(f),
            }
        }
        for i in by_line.into_values().flatten() {
            if !used[i] {
                extra.extend(self.suppression_finding(
                    ("DM006", suppress::UNUSED, &[]),
                    &index,
                    comments[i].span,
                    bom,
                ));
            }
        }
        kept.extend(extra);
        sorted(kept)
    }

    /// Findings about the configuration's `ignore` entries after a run over
    /// `reports`: DM005 for an entry without a reason, DM006 for one that
    /// suppressed nothing. `None` when there is nothing to say.
    pub fn ignore_report(&self, reports: &[FileReport]) -> Option<FileReport> {
        let used: BTreeSet<usize> = reports
            .iter()
            .flat_map(|r| &r.suppressed)
            .filter_map(|s| match s.suppression.source {
                SuppressionSource::Config { entry } => Some(entry),
                _ => None,
            })
            .collect();
        let mut out = Vec::new();
        for (i, ig) in self.ignore.iter().enumerate() {
            let invalid = Invalid::check(&ig.codes, ig.reason.as_deref(), |_| true);
            let (code, (id, args)) = if let Some(invalid) = invalid {
                ("DM005", invalid.text_id())
            } else if !used.contains(&i) {
                ("DM006", (suppress::UNUSED, Vec::new()))
            } else {
                continue;
            };
            let Some(mut f) = self.catalogue_finding(code, id, &args, format!("/ignore/{i}"))
            else {
                continue;
            };
            let (line, column) = ig.location;
            f.location = Some(Location {
                line,
                column,
                end_line: line,
                end_column: column,
                offset: 0,
            });
            out.push(f);
        }
        (!out.is_empty()).then(|| FileReport::new(self.config_file.clone(), out))
    }

    /// Lints a document held as text.
    pub fn lint_str(&self, text: &str, opts: &LintOptions) -> Vec<Finding> {
        let (text, bom) = match text.strip_prefix('\u{feff}') {
            Some(t) => (t, 3),
            None => (text, 0),
        };
        self.lint_text(text, bom, opts)
    }

    fn problems(&self, problems: &[LoadProblem], text: &str, bom: usize) -> Vec<Finding> {
        let index = LineIndex::new(text);
        let found = problems
            .iter()
            .filter_map(|p| {
                let code = match p.kind {
                    ProblemKind::Syntax => "DM001",
                    ProblemKind::Limit => "DM004",
                };
                let mut f =
                    self.engine_finding(code, &p.message, p.help.as_ref(), String::new())?;
                f.location = Some(Location::from_span(&index, p.span, bom));
                Some(f)
            })
            .collect();
        sorted(found)
    }

    fn lint_text(&self, text: &str, bom: usize, opts: &LintOptions) -> Vec<Finding> {
        let doc = match parse::load(text, opts.kind, &self.limits) {
            Ok(doc) => doc,
            Err(problems) => return self.problems(&problems, text, bom),
        };
        // The comments' text, after the `#`, for rules that read `$comments`.
        let comments = Value::Array(
            doc.comments()
                .iter()
                .map(|c| Value::String(text[(c.start + 1).min(c.end)..c.end].to_owned()))
                .collect(),
        );
        let found = self.check(doc.value(), &comments, opts);
        if found.is_empty() {
            return Vec::new();
        }
        let index = LineIndex::new(text);
        let located = found
            .into_iter()
            .map(|(mut f, target)| {
                let span = match &target {
                    Target::Key(p, _) => doc.span_of(p).map(|s| {
                        if doc.has_span(p) {
                            s.key.unwrap_or(s.value)
                        } else {
                            s.value
                        }
                    }),
                    Target::Value(p) => doc.span_of(p).map(|s| s.value),
                    Target::Rule(place) => place.span(&doc, text),
                };
                if let (Target::Key(p, Some(to)), Some(key)) = (&target, span)
                    && doc.has_span(p)
                {
                    let from = crate::pointer::segments(p).pop().unwrap_or_default();
                    f.fixes.extend(Fix::rename_key(text, key, bom, &from, to));
                }
                f.location = Some(Location::from_span(&index, span.unwrap_or_default(), bom));
                f
            })
            .collect();
        sorted(located)
    }

    /// Lints a value tree built in code (findings have no line and column).
    /// The limits apply as to text: a value nested deeper than `max_depth`,
    /// or with more than `max_nodes` nodes, gives DM004 and nothing else.
    pub fn lint_value(&self, value: &Value, opts: &LintOptions) -> Vec<Finding> {
        if let Err(p) = parse::check_value_limits(value, &self.limits) {
            return self
                .engine_finding("DM004", &p.message, p.help.as_ref(), String::new())
                .into_iter()
                .collect();
        }
        let mut out: Vec<Finding> = self
            .check(value, &Value::Null, opts)
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        out.sort_by(|a, b| (&a.pointer, &a.code).cmp(&(&b.pointer, &b.code)));
        out
    }

    fn check<'a>(
        &'a self,
        value: &'a Value,
        comments: &'a Value,
        opts: &LintOptions,
    ) -> Vec<(Finding, Target)> {
        let mut out = Vec::new();
        let format = value.get("format");
        if format.and_then(Value::as_str) != Some(FORMAT) {
            let (pointer, id) = match format {
                None => (String::new(), "missing"),
                Some(_) => ("/format".to_owned(), "unsupported"),
            };
            out.extend(
                self.catalogue_finding("DM003", id, &[("format", FORMAT)], pointer.clone())
                    .map(|f| (f, Target::Value(pointer))),
            );
            return out;
        }
        let (violations, mut malformed) = self.schema.check(value);
        malformed.sort_unstable();
        for v in violations {
            let target = if v.at_key {
                Target::Key(v.locate, v.rename_to)
            } else {
                Target::Value(v.locate)
            };
            let pointer = public_pointer(&v.pointer, value, &self.vocabulary);
            out.extend(
                self.engine_finding("DM002", &v.message, v.help.as_ref(), pointer)
                    .map(|f| (f, target)),
            );
        }
        if self.no_rules {
            return out;
        }
        let env = Env {
            doc: value,
            comments,
            malformed: &malformed,
            as_of: opts.as_of,
            vocabulary: &self.vocabulary,
            selections: Default::default(),
            budget: Default::default(),
        };
        let fired = rules::run(&self.rules, &env, |p| {
            public_pointer(p, value, &self.vocabulary)
        });
        out.extend(
            fired
                .into_iter()
                .map(|f| (f.finding, Target::Rule(f.place))),
        );
        out
    }
}

#[allow(dead_code)]
fn _assert_send_sync() {
    fn is<T: Send + Sync>() {}
    is::<Linter>();
}

/// The outcome of one rule example (see [`Linter::run_examples`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ExampleOutcome {
    /// The rule's code.
    pub code: String,
    /// The file the rule came from.
    pub file: String,
    /// The example's name, as its author wrote it.
    pub name: String,
    /// The pointers the example expects the rule to fire at, sorted.
    pub expected: Vec<String>,
    /// The pointers the rule fired at, sorted.
    pub fired: Vec<String>,
    /// Why the example could not run at all, if so.
    pub problem: Option<String>,
}

impl ExampleOutcome {
    /// Whether the rule fired exactly where the example expects.
    pub fn passed(&self) -> bool {
        self.problem.is_none() && self.expected == self.fired
    }
}

/// Adds `format` and `meeting.date` to an example document when it leaves
/// them out, as lines of YAML, so that comments and positions stay as
/// written. `None` when the document is not a mapping.
fn complete_example(example: &str) -> Option<String> {
    let doc = parse::load(example, SourceKind::Yaml, &Limits::default()).ok()?;
    let m = doc.value().as_object()?;
    // A flow mapping (`{}`) cannot take more lines; only `{}` is used so.
    let mut text = if m.is_empty() {
        String::new()
    } else {
        example.to_owned()
    };
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    if !m.contains_key("format") {
        text.push_str("format: dialogmote1/v1\n");
    }
    if !m.contains_key("meeting") {
        text.push_str("meeting: {date: 2026-11-16}\n");
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMPLETE: &str = include_str!("../tests/fixtures/complete.yaml");

    fn date() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
    }

    fn lint(linter: &Linter, text: &str) -> FileReport {
        linter.lint_file(
            "r.yaml",
            "r.yaml",
            text.as_bytes(),
            &LintOptions::new(date()),
        )
    }

    fn codes(report: &FileReport) -> Vec<(usize, &str)> {
        report
            .findings
            .iter()
            .map(|f| (f.location.map_or(0, |l| l.line), f.code.as_str()))
            .collect()
    }

    /// A referat that holds a fødselsnummer and a diagnosis code.
    fn sensitive() -> String {
        let text = COMPLETE
            .replace("notes: Alle fikk", "notes: Kari (15058500027) og alle fikk")
            .replace("lege: Legen mener", "lege: Diagnose F32.1. Legen mener");
        let found = lint(&Linter::new().unwrap(), &text);
        let codes: Vec<_> = found.findings.iter().map(|f| f.code.as_str()).collect();
        assert!(
            codes.contains(&"DM801") && codes.contains(&"DM802"),
            "{codes:?}"
        );
        text
    }

    /// Every text the code names by (code, id) is in the catalogue, in
    /// every language, with every placeholder filled.
    #[test]
    fn every_catalogue_text_the_code_names_exists() {
        let linter = Linter::new().unwrap();
        type Named<'a> = (&'a str, &'a str, Vec<(&'a str, &'a str)>);
        let mut ids: Vec<Named<'_>> = vec![
            ("DM003", "missing", vec![("format", FORMAT)]),
            ("DM003", "unsupported", vec![("format", FORMAT)]),
            ("DM004", "cap", vec![("more", "2"), ("max", "10")]),
            ("DM006", suppress::UNUSED, vec![]),
        ];
        for invalid in [
            Invalid::MissingReason,
            Invalid::BadCode,
            Invalid::NotSuppressible("DM001"),
        ] {
            let (id, args) = invalid.text_id();
            ids.push(("DM005", id, args));
        }
        for (code, id, args) in ids {
            let m = linter.rule(code).unwrap().text(id, &args);
            let m = m.unwrap_or_else(|| panic!("{code} has no text `{id}`"));
            for lang in crate::Lang::ALL {
                for t in [Some(&m.message), m.help.as_ref()].into_iter().flatten() {
                    let t = t.get(lang);
                    assert!(
                        !t.is_empty() && !t.contains('{'),
                        "{code} {id} {lang:?}: {t}"
                    );
                }
            }
        }
    }

    #[test]
    fn dm001_cannot_be_suppressed_by_a_comment() {
        let mut text = sensitive();
        text.push_str("# dialogmote: ignore DM001 -- signert av leder\nsignatur: !signed ok\n");
        let lines = text.lines().count();
        let report = lint(&Linter::new().unwrap(), &text);
        assert!(report.suppressed.is_empty(), "{:?}", report.suppressed);
        assert_eq!(codes(&report), vec![(lines - 1, "DM005"), (lines, "DM001")]);
        let dm005 = &report.findings[0];
        assert!(
            dm005.message.nb.contains("`DM001` kan ikke undertrykkes"),
            "{dm005:?}"
        );
        assert!(dm005.message.en.contains("`DM001` cannot be suppressed"));
        assert!(
            dm005
                .message
                .nn
                .contains("`DM001` kan ikkje undertrykkjast")
        );
        // Named with another code, it is still invalid and hides nothing.
        let text = text.replace("ignore DM001 --", "ignore DM508, DM001 --");
        let report = lint(&Linter::new().unwrap(), &text);
        assert_eq!(codes(&report), vec![(lines - 1, "DM005"), (lines, "DM001")]);
    }

    #[test]
    fn dm003_and_dm004_cannot_be_suppressed_by_a_comment() {
        let report = lint(
            &Linter::new().unwrap(),
            "navn: Kari  # dialogmote: ignore DM003 -- ikke et referat\n",
        );
        assert!(report.suppressed.is_empty());
        assert_eq!(codes(&report), vec![(1, "DM003"), (1, "DM005")]);
        let config = Config::from_yaml("dialogmote.yaml", "limits: {max_bytes: 200}\n").unwrap();
        let linter = Linter::builder().config(config).build().unwrap();
        let big = format!(
            "format: dialogmote1/v1  # dialogmote: ignore DM004 -- stor fil\n{}",
            "# fyll\n".repeat(40)
        );
        let report = lint(&linter, &big);
        assert!(report.suppressed.is_empty());
        assert_eq!(codes(&report), vec![(1, "DM004"), (1, "DM005")]);
    }

    #[test]
    fn dm001_dm003_dm004_cannot_be_suppressed_by_the_configuration() {
        let config = Config::from_yaml(
            "dialogmote.yaml",
            "limits: {max_bytes: 200}\nignore:\n  - files: '*.yaml'\n    codes: [DM001]\n    reason: x\n  - files: '*.yaml'\n    codes: [DM003]\n    reason: x\n  - files: '*.yaml'\n    codes: [DM004, DM508]\n    reason: x\n",
        )
        .unwrap();
        let linter = Linter::builder().config(config).build().unwrap();
        let reports = [
            lint(&linter, "a: !signed ok\n"),
            lint(&linter, "navn: Kari\n"),
            lint(&linter, &"# fyll\n".repeat(40)),
        ];
        let found: Vec<_> = reports.iter().map(|r| codes(r)[0].1).collect();
        assert_eq!(found, ["DM001", "DM003", "DM004"]);
        assert!(reports.iter().all(|r| r.suppressed.is_empty()));
        let config_report = linter.ignore_report(&reports).unwrap();
        let got: Vec<_> = config_report
            .findings
            .iter()
            .map(|f| (f.code.as_str(), f.pointer.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("DM005", "/ignore/0"),
                ("DM005", "/ignore/1"),
                ("DM005", "/ignore/2")
            ]
        );
        assert!(config_report.findings[2].message.nb.contains("`DM004`"));
    }

    #[test]
    fn a_suppression_inside_a_block_scalar_is_text() {
        let text = sensitive().replace(
            "  summary: Arbeidstaker kan",
            "  summary: |\n    Kari 15058500027 sa  # dialogmote: ignore DM801 -- x\n    # dialogmote: ignore DM801 -- x\n    Kari 15058500027 sa\n    Arbeidstaker kan",
        );
        let report = lint(&Linter::new().unwrap(), &text);
        assert!(report.suppressed.is_empty(), "{:?}", report.suppressed);
        let dm801 = report.findings.iter().filter(|f| f.code == "DM801").count();
        assert_eq!(dm801, 2, "{:?}", codes(&report));
        assert!(!report.findings.iter().any(|f| f.code == "DM006"));
    }

    #[test]
    fn a_trailing_suppression_after_an_apostrophe_applies() {
        let text = COMPLETE.replace(
            "      owner: Ola Hansen\n",
            "      owner: Kari O'Neil  # dialogmote: ignore DM508 -- ekstern konsulent\n",
        );
        let report = lint(&Linter::new().unwrap(), &text);
        assert_eq!(report.suppressed.len(), 1, "{:?}", codes(&report));
        assert_eq!(report.suppressed[0].finding.code, "DM508");
        assert!(report.findings.is_empty(), "{:?}", codes(&report));
    }

    /// A referat with `n` actions, each owned by an unknown person (DM508)
    /// under a comment that suppresses it, and `n` unused comments (DM006).
    fn many_suppressions(n: usize) -> String {
        let mut actions = String::new();
        for i in 0..n {
            actions.push_str(&format!(
                "    - what: Oppgave {i}.\n      # dialogmote: ignore DM508 -- ekstern\n      owner: Ekstern {i}\n      due: 2026-11-23\n    # dialogmote: ignore DM101 -- ubrukt\n"
            ));
        }
        COMPLETE.replace("  actions:\n", &format!("  actions:\n{actions}"))
    }

    #[test]
    fn many_suppressions_each_apply() {
        let linter = Linter::new().unwrap();
        let report = lint(&linter, &many_suppressions(50));
        assert_eq!(report.suppressed.len(), 50);
        let unused = report.findings.iter().filter(|f| f.code == "DM006");
        assert_eq!(unused.count(), 50, "{:?}", codes(&report));
        assert_eq!(report.findings.len(), 50, "{:?}", codes(&report));
    }

    #[test]
    fn the_suppression_pass_is_linear() {
        let linter = Linter::new().unwrap();
        // `n` findings on their own lines, each under a comment that
        // suppresses it, and `n` comments that suppress nothing.
        let input = |n: usize| {
            let mut text = String::new();
            let mut findings = Vec::new();
            for i in 0..n {
                text.push_str(
                    "# dialogmote: ignore DM508 -- r\nowner: x\n# dialogmote: ignore DM101 -- r\n",
                );
                let mut f =
                    Finding::new("DM508", "x", crate::Severity::Warning, Text::same("m"), "");
                let line = 3 * i + 2;
                f.location = Some(Location {
                    line,
                    column: 1,
                    end_line: line,
                    end_column: 2,
                    offset: 0,
                });
                findings.push(f);
            }
            (text, findings)
        };
        let time = |n: usize| {
            let (text, findings) = input(n);
            (0..3)
                .map(|_| {
                    let findings = findings.clone();
                    let mut suppressed = Vec::new();
                    let t = std::time::Instant::now();
                    let kept = linter.apply_comments(&text, 0, findings, &mut suppressed);
                    let elapsed = t.elapsed();
                    assert_eq!((suppressed.len(), kept.len()), (n, n));
                    elapsed
                })
                .min()
                .unwrap()
        };
        let n = 10_000;
        let (small, large) = (time(n), time(4 * n));
        let ratio = large.as_secs_f64() / small.as_secs_f64();
        // Linear gives about 4, quadratic 16.
        assert!(ratio < 8.0, "{n}: {small:?}, {}: {large:?}", 4 * n);
    }

    /// `{"x": {"x": … {} … }}`, `depth` mappings deep, built without recursion.
    fn nested(depth: usize) -> Value {
        let mut v = Value::Object(serde_json::Map::new());
        for _ in 1..depth {
            let mut m = serde_json::Map::new();
            m.insert("x".to_owned(), v);
            v = Value::Object(m);
        }
        v
    }

    /// Drops a value without recursion (serde_json's drop recurses).
    fn dismantle(v: Value) {
        let mut stack = vec![v];
        while let Some(v) = stack.pop() {
            match v {
                Value::Object(m) => stack.extend(m.into_iter().map(|(_, x)| x)),
                Value::Array(a) => stack.extend(a),
                _ => {}
            }
        }
    }

    #[test]
    fn lint_value_applies_the_limits_without_recursion() {
        let linter = Linter::new().unwrap();
        std::thread::scope(|s| {
            std::thread::Builder::new()
                .stack_size(2 << 20)
                .spawn_scoped(s, || {
                    for depth in [10_000, 30_000] {
                        let mut doc = serde_json::Map::new();
                        doc.insert("format".into(), FORMAT.into());
                        doc.insert("ukjent".into(), nested(depth));
                        let doc = Value::Object(doc);
                        let found = linter.lint_value(&doc, &LintOptions::new(date()));
                        let got: Vec<_> = found.iter().map(|f| f.code.as_str()).collect();
                        assert_eq!(got, ["DM004"], "{depth}");
                        assert!(found[0].message.en.contains("64"), "{:?}", found[0].message);
                        dismantle(doc);
                    }
                })
                .unwrap()
                .join()
                .unwrap();
        });
        // The limits are those in force: `max_depth` nested collections and
        // `max_nodes` nodes pass, one more does not, as for text.
        let config = Config::from_yaml("c", "limits: {max_depth: 5, max_nodes: 50}").unwrap();
        let linter = Linter::builder().config(config).build().unwrap();
        let opts = LintOptions::new(date());
        let at = |v: Value| {
            let found = linter.lint_value(&v, &opts);
            found.iter().any(|f| f.code == "DM004")
        };
        let mut doc = serde_json::Map::new();
        doc.insert("format".into(), FORMAT.into());
        doc.insert("ukjent".into(), nested(4));
        assert!(!at(Value::Object(doc.clone())));
        doc.insert("ukjent".into(), nested(5));
        assert!(at(Value::Object(doc.clone())));
        doc.insert("ukjent".into(), Value::Array(vec![Value::Null; 47]));
        assert!(!at(Value::Object(doc.clone())));
        doc.insert("ukjent".into(), Value::Array(vec![Value::Null; 48]));
        assert!(at(Value::Object(doc)));
    }

    #[test]
    fn digit_segments_are_shown_only_below_arrays() {
        let vocabulary = crate::schema::vocabulary();
        let doc = serde_json::json!({
            "participants": {"15058500027": {"role": "lege"}},
            "conclusion": {"actions": [{"owner": "x"}, {"owner": "y"}]},
            "solutions": {"measures": {"15058500027": {"decision": "apply"}}}
        });
        let cases = [
            ("/participants/15058500027/role", "/participants"),
            (
                "/solutions/measures/15058500027/decision",
                "/solutions/measures",
            ),
            ("/conclusion/actions/1/owner", "/conclusion/actions/1/owner"),
            // A missing node: its parent is not known to be an array.
            ("/conclusion/missing/0", "/conclusion"),
            ("/conclusion/actions/01", "/conclusion/actions"),
            ("/conclusion/actions/+1", "/conclusion/actions"),
            ("/Kari Nordmann/0", ""),
        ];
        for (pointer, shown) in cases {
            assert_eq!(
                public_pointer(pointer, &doc, vocabulary),
                shown,
                "{pointer}"
            );
        }
    }
}
