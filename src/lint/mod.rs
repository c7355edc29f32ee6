//! The linter: schema and rules compiled once, then any number of documents
//! checked. Pure: no I/O, no clock.

pub(crate) mod fix;

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::NaiveDate;
use serde_json::Value;

use crate::base::error::Error;
use crate::base::format::{FORMAT, Format, PLAN_FORMAT};
use crate::check::catalogue::{Catalogue, Settings};
use crate::check::config::{Config, Ignore};
use crate::findings::fixes::{self, Expected};
use crate::findings::suppress::{self, Invalid};
use crate::findings::{
    FileReport, Finding, Location, Report, SuppressedFinding, Suppression, SuppressionSource,
};
use crate::input::decode::{LoadProblem, SourceKind};
use crate::input::position::Span;
use crate::input::source::Source;
use crate::load::{self, Limits};
use crate::rules::eval::Env;
use crate::rules::{self, Rule};
use crate::texts::{EngineText, Text};

/// How to lint documents: what does not depend on the document. (Whether
/// a document is YAML or JSON is a property of its [`Source`].)
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct LintOptions {
    /// The evaluation date (drives the referat deadline rules).
    pub as_of: NaiveDate,
}

impl LintOptions {
    /// Options for evaluation date `as_of`. Findings carry their messages in
    /// every language; a renderer picks one.
    pub fn new(as_of: NaiveDate) -> Self {
        LintOptions { as_of }
    }
}

/// Builds a [`Linter`] from a rule catalogue (or extra rule files) and a
/// configuration.
#[derive(Debug, Default)]
pub struct LinterBuilder {
    config: Config,
    catalogue: Option<Arc<Catalogue>>,
    extra: Vec<(String, String)>,
    no_rules: bool,
}

impl LinterBuilder {
    /// Uses `config` (severities, parameters, limits, `ignore` entries).
    pub fn config(mut self, config: Config) -> Self {
        self.config = config;
        self
    }

    /// Uses a catalogue compiled before, shared with other linters, instead
    /// of compiling the rules again. Rule files are then added to the
    /// catalogue ([`crate::CatalogueBuilder::rule_file`]), not here.
    pub fn catalogue(mut self, catalogue: Arc<Catalogue>) -> Self {
        self.catalogue = Some(catalogue);
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

    /// Compiles the schema and every rule (unless a catalogue was given),
    /// then checks the configuration against the rules. Every error is
    /// reported, each at its `file:line:col` (an [`Error::Several`] when
    /// there is more than one).
    pub fn build(self) -> Result<Linter, Error> {
        let catalogue = match self.catalogue {
            Some(c) => {
                if let Some((file, _)) = self.extra.first() {
                    return Err(Error::Rule {
                        file: file.clone(),
                        line: 1,
                        column: 1,
                        range: 0..0,
                        message: "a rule file cannot be added to a catalogue that is already compiled; add it with `Catalogue::builder().rule_file(…)`".into(),
                    });
                }
                c
            }
            None => {
                let mut b = Catalogue::builder();
                for (file, text) in self.extra {
                    b = b.rule_file(file, text);
                }
                Arc::new(b.build()?)
            }
        };
        let settings = Settings::new(&catalogue, self.config)?;
        let gate_rules = gate_rules(&settings.rules);
        let export_rules = export_rules(catalogue.rules());
        Ok(Linter {
            catalogue,
            gate_rules,
            export_rules,
            rules: settings.rules,
            limits: settings.limits,
            no_rules: self.no_rules,
            ignore: settings.ignore,
            config_file: settings.config_file,
            docs_url: settings.docs_url,
        })
    }
}

/// The linter: build once, lint many documents (it is `Send + Sync`).
#[derive(Debug)]
pub struct Linter {
    /// The schema and compiled rules, shareable between configurations.
    catalogue: Arc<Catalogue>,
    /// Each rule of the catalogue, index by index, with the severity and
    /// parameters in force.
    rules: Vec<Rule>,
    /// The rules the render gate runs ([`Linter::privacy_findings`]),
    /// index by index with `rules`: the privacy rules (DM8xx) on, at the
    /// configuration's severity or, where it turned them off, their
    /// catalogue's; DM004 on, to say a rule ran out of budget; every other
    /// rule off.
    gate_rules: Vec<Rule>,
    /// The rules the export needs ([`EXPORT_CODES`]), at the catalogue's
    /// severity and parameters whatever the configuration says; DM004 on;
    /// every other rule off.
    export_rules: Vec<Rule>,
    limits: Limits,
    no_rules: bool,
    ignore: Vec<Ignore>,
    config_file: String,
    docs_url: Option<String>,
}

/// The rules in force for the render gate (see `Linter::gate_rules`),
/// without their documentation and examples, which the gate never reads.
fn gate_rules(rules: &[Rule]) -> Vec<Rule> {
    rules
        .iter()
        .map(|r| {
            let on = crate::findings::is_privacy_code(&r.code) || r.code == "DM004";
            Rule {
                severity: on.then(|| r.severity.unwrap_or(r.default_severity)),
                docs: None,
                examples: Vec::new(),
                ..r.clone()
            }
        })
        .collect()
}

/// The rules whose findings stop an export to NAV
/// (`rule-catalogue-plan.md`, "What the export needs"), besides the
/// privacy rules (through [`Linter::privacy_findings`]) and what stops
/// reading a document (DM001–DM004).
pub const EXPORT_CODES: &[&str] = &[
    "DM709", "DM901", "DM902", "DM903", "DM904", "DM905", "DM906", "DM907", "DM910",
];

/// The rules in force for the export gate (see `Linter::export_rules`).
fn export_rules<'r>(rules: impl Iterator<Item = &'r Rule>) -> Vec<Rule> {
    rules
        .map(|r| {
            let on = EXPORT_CODES.contains(&r.code.as_str()) || r.code == "DM004";
            Rule {
                severity: on.then_some(r.default_severity),
                docs: None,
                examples: Vec::new(),
                ..r.clone()
            }
        })
        .collect()
}

/// Which rules [`Linter::check`] runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pass {
    /// The schema and the rules in force: what `lint` reports.
    Lint,
    /// Only the privacy rules, always on, on any document that loads
    /// (also one without `format` or with schema errors): the render gate.
    Privacy,
    /// The schema and the rules the export needs, at the catalogue's
    /// severities, the plan's rules also where the plan is empty: the
    /// export gate.
    Export,
}

/// Where a finding is located: the value or the key of the node at a
/// pointer. The finding's own pointer may be shorter (see [`public_pointer`]).
enum Target {
    /// A value; with what the schema wants there, when a fix may know it.
    Value(String, Option<Expected>),
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
    for seg in crate::base::pointer::segments(pointer) {
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
        crate::base::pointer::push(&mut out, &seg);
    }
    out
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

    /// Every rule, sorted by code, including those turned off, with the
    /// severity and parameters in force.
    pub fn rules(&self) -> impl Iterator<Item = &Rule> {
        self.rules.iter()
    }

    /// The compiled catalogue this linter runs, to share with other linters
    /// ([`LinterBuilder::catalogue`]).
    pub fn catalogue(&self) -> &Arc<Catalogue> {
        &self.catalogue
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

    /// The documentation of `rule` (see [`crate::explain`]), its message
    /// shown as it reads where the rule fires in one of its own examples
    /// ("oppgave 2 mangler frist"), else with typical values.
    pub fn explain(&self, rule: &Rule, lang: crate::texts::Lang) -> String {
        let example = rule.examples.iter().find_map(|ex| {
            let text = complete_example(&ex.document)?;
            self.lint_str(&text, &LintOptions::new(ex.as_of))
                .into_iter()
                .find(|f| f.code == rule.code)
                .map(|f| f.message)
        });
        crate::report::explain::explain_with(rule, lang, example.as_ref())
    }

    /// The rule with `code`.
    pub fn rule(&self, code: &str) -> Option<&Rule> {
        // `rules` is sorted by code.
        self.rules
            .binary_search_by(|r| r.code.as_str().cmp(code))
            .ok()
            .map(|i| &self.rules[i])
    }

    /// The limits in force.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Where the configuration says the rule reference is published
    /// (`docs_url`), if it says so: a rule's documentation is at
    /// [`Linter::rule_docs_url`].
    pub fn docs_url(&self) -> Option<&str> {
        self.docs_url.as_deref()
    }

    /// The address of the documentation of the rule `code`,
    /// `{docs_url}#dm505`, when the configuration has a `docs_url`; `None`
    /// otherwise (then nothing links to a rule's documentation).
    pub fn rule_docs_url(&self, code: &str) -> Option<String> {
        crate::report::explain::rule_docs_url(self.docs_url.as_deref(), code)
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

    /// A finding of the engine rule whose text `id` it says, with `args`
    /// filled in.
    fn catalogue_finding(
        &self,
        id: EngineText,
        args: &[(&str, &str)],
        pointer: String,
    ) -> Option<Finding> {
        let m = id.fill(args);
        self.engine_finding(id.code(), &m.message, m.help.as_ref(), pointer)
    }

    /// Lints one [`Source`]: loads it, checks it against the schema and the
    /// rules, applies the suppressions (the source's `# dialogmote: ignore …`
    /// comments, and the configuration's `ignore` entries whose glob matches
    /// [`Source::match_path`]), caps the findings at `max_findings` and
    /// sorts them by line, column and code. Every other entry point
    /// (`lint_str`, `lint_bytes`, `lint_value`, `lint_file`, a [`Run`]) goes
    /// through here, so they agree on findings and order.
    pub fn lint(&self, source: &Source<'_>, opts: &LintOptions) -> FileReport {
        self.lint_with(source, opts, &self.limits, None)
    }

    /// The privacy findings (DM8xx) of `source` as the render gate sees
    /// them, whatever the configuration says: every privacy rule runs, at
    /// its configured severity or, where the configuration turned it off,
    /// at its catalogue's; on any document that loads, also one without
    /// `format` or with schema errors; with an evaluation budget of its own;
    /// and before any cap (`max_findings` does not apply). Suppressions
    /// apply only with a reason (`# dialogmote: ignore DM801 -- reason`, or
    /// an `ignore` entry with a `reason`). A privacy rule that ran out of
    /// its budget is reported as its DM004, which refuses the same way.
    ///
    /// `None` when the document does not load (DM001, DM004): there is then
    /// nothing to check, and nothing to render either.
    pub fn privacy_findings(
        &self,
        source: &Source<'_>,
        opts: &LintOptions,
    ) -> Option<Vec<Finding>> {
        let (findings, comments) = self
            .check_source(source, opts, &self.limits, Pass::Privacy)
            .ok()?;
        let mut suppressed = Vec::new();
        let mut findings = self.apply_comments(source, &comments, findings, &mut suppressed);
        self.apply_config(source.match_path(), &mut findings, &mut suppressed, None);
        // The suppressions' own findings (DM005, DM006) are `lint`'s to say.
        findings.retain(|f| crate::findings::is_privacy_code(&f.code) || f.code == "DM004");
        Some(FileReport::new(source.path(), findings).findings)
    }

    /// What stops an export of `source` to NAV ([`crate::export_nav_lps`]), whatever
    /// the configuration says: DM001–DM004 (the document cannot be read
    /// reliably: it does not load, has no known format, or does not fit its
    /// schema); the privacy findings as the render gate sees them
    /// ([`privacy_findings`](Self::privacy_findings): only a suppression
    /// with a reason lets one through); and the rules of [`EXPORT_CODES`] at
    /// the catalogue's severity, with the plan's rules (DM901–DM907, DM910)
    /// evaluated at the plan's place also when the plan is empty or absent.
    /// No other suppression applies, and no cap. Sorted by line, column and
    /// code; empty when the document may be exported.
    pub fn export_findings(&self, source: &Source<'_>, opts: &LintOptions) -> Vec<Finding> {
        let (mut findings, _) = self
            .check_source(source, opts, &self.limits, Pass::Export)
            .unwrap_or_else(|failed| failed);
        findings.retain(|f| {
            matches!(f.code.as_str(), "DM001" | "DM002" | "DM003" | "DM004")
                || EXPORT_CODES.contains(&f.code.as_str())
        });
        if let Some(privacy) = self.privacy_findings(source, opts) {
            findings.extend(privacy.into_iter().filter(|f| f.code != "DM004"));
        }
        findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        findings.dedup_by(|a, b| a.sort_key() == b.sort_key());
        findings
    }

    /// [`lint`](Self::lint) under `limits`, marking in `used` the
    /// configuration's `ignore` entries that suppressed something.
    fn lint_with(
        &self,
        source: &Source<'_>,
        opts: &LintOptions,
        limits: &Limits,
        used: Option<&[AtomicBool]>,
    ) -> FileReport {
        let (findings, comments) = self
            .check_source(source, opts, limits, Pass::Lint)
            .unwrap_or_else(|failed| failed);
        let mut suppressed = Vec::new();
        let mut findings = self.apply_comments(source, &comments, findings, &mut suppressed);
        self.apply_config(source.match_path(), &mut findings, &mut suppressed, used);
        let mut report = FileReport::new(source.path(), findings);
        suppressed.sort_by(|a, b| a.finding.sort_key().cmp(&b.finding.sort_key()));
        report.suppressed = suppressed;
        let max = self.limits.max_findings;
        report.cap(max, |more| {
            let (more, max) = (more.to_string(), max.to_string());
            let args = [("more", more.as_str()), ("max", max.as_str())];
            self.catalogue_finding(EngineText::Cap, &args, String::new())
        });
        report
    }

    /// Lints a document held as text (a leading BOM is skipped): the
    /// findings of [`lint`](Self::lint) on it, suppressions applied. The
    /// configuration's `ignore` globs see the path `-`.
    pub fn lint_str(&self, text: &str, opts: &LintOptions) -> Vec<Finding> {
        self.lint(&Source::from_str("-", text), opts).findings
    }

    /// Lints raw bytes (UTF-8 expected; a BOM is accepted; anything else is
    /// DM001): the findings of [`lint`](Self::lint), suppressions applied.
    pub fn lint_bytes(&self, bytes: &[u8], opts: &LintOptions) -> Vec<Finding> {
        self.lint(&Source::from_bytes("-", bytes), opts).findings
    }

    /// Lints one file's bytes: [`lint`](Self::lint) on a source shown as
    /// `display_path`, whose `ignore` globs see `match_path` (the path
    /// relative to the configuration file). The kind is decided from the text.
    pub fn lint_file(
        &self,
        display_path: &str,
        match_path: &str,
        bytes: &[u8],
        opts: &LintOptions,
    ) -> FileReport {
        let source = Source::from_bytes(display_path, bytes).with_match_path(match_path);
        self.lint(&source, opts)
    }

    /// Lints a value tree built in code. It is linted as its JSON text (the
    /// value's own member order), through the same pipeline as text, so the
    /// findings come in the same order as for that text; they carry no line
    /// and column, and no fixes (whose edits would be in a text the caller
    /// never saw). The limits apply as to text, except `max_bytes`: a value
    /// nested deeper than `max_depth`, or with more than `max_nodes` nodes,
    /// gives DM004 and nothing else.
    pub fn lint_value(&self, value: &Value, opts: &LintOptions) -> Vec<Finding> {
        if let Err(p) = load::check_value_limits(value, &self.limits) {
            return self.problem_finding(&p).into_iter().collect();
        }
        // Within the limits just checked, the value serialises without
        // error and without deep recursion.
        let text = serde_json::to_string(value).unwrap_or_default();
        let source = Source::from_str("-", &text).with_kind(SourceKind::Json);
        let limits = Limits {
            max_bytes: usize::MAX,
            ..self.limits
        };
        let mut findings = self.lint_with(&source, opts, &limits, None).findings;
        for f in &mut findings {
            f.location = None;
            f.fixes.clear();
            for r in &mut f.related {
                r.location = None;
            }
        }
        findings
    }

    /// Starts a run over several sources: it lints each and, when finished,
    /// reports what spans them (see [`Run`]).
    pub fn run(&self, opts: LintOptions) -> Run<'_> {
        Run {
            linter: self,
            opts,
            used: self.ignore.iter().map(|_| AtomicBool::new(false)).collect(),
            report: Report::default(),
        }
    }

    /// The located findings of `source` by the rules of `pass`, and the
    /// spans of its comments; `Err` with the loader's findings (DM001,
    /// DM004) and the comments before a syntax error when it did not load.
    #[allow(clippy::type_complexity)]
    fn check_source(
        &self,
        source: &Source<'_>,
        opts: &LintOptions,
        limits: &Limits,
        pass: Pass,
    ) -> Result<(Vec<Finding>, Vec<Span>), (Vec<Finding>, Vec<Span>)> {
        let doc = match load::load_source(source, limits) {
            Ok(doc) => doc,
            Err(failed) => {
                return Err((self.problems(&failed.problems, source), failed.comments));
            }
        };
        let text = source.text();
        // The comments' text, after the `#`, for rules that read `$comments`.
        let comments = Value::Array(
            doc.comments()
                .iter()
                .map(|c| Value::String(text[(c.start + 1).min(c.end)..c.end].to_owned()))
                .collect(),
        );
        let found = self.check(doc.value(), &comments, opts, pass);
        let index = if found.is_empty() {
            None
        } else {
            Some(source.line_index())
        };
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
                    Target::Value(p, _) => doc.span_of(p).map(|s| s.value),
                    Target::Rule(place) => place.span(&doc, text),
                };
                let bom = source.bom_len();
                let fix = match (&target, span) {
                    // Only a node written in the text (not one inside an
                    // alias's expansion) is mended where it is.
                    (Target::Key(p, Some(to)), Some(key)) if doc.has_span(p) => {
                        let from = crate::base::pointer::segments(p).pop().unwrap_or_default();
                        let props = doc.span_of(p).is_some_and(|s| s.key_properties);
                        fixes::rename_key(text, (key, props), bom, &from, to)
                    }
                    (Target::Value(p, Some(want)), Some(value)) if doc.has_span(p) => {
                        let props = doc.span_of(p).is_some_and(|s| s.value_properties);
                        fixes::value_fix(text, (value, props), bom, source.kind(), want)
                    }
                    (Target::Rule(place), _) => {
                        place.set.as_deref().and_then(|(at, value, title)| {
                            fixes::set_value(text, &doc, bom, source.kind(), at, value, title)
                        })
                    }
                    _ => None,
                };
                f.fixes.extend(fix);
                if let Some(index) = index {
                    f.location = Some(Location::from_span(
                        index,
                        span.unwrap_or_default(),
                        source.bom_len(),
                    ));
                    if let Target::Rule(place) = &target {
                        for (r, full) in f.related.iter_mut().zip(&place.related) {
                            r.location = doc
                                .span_of(full)
                                .map(|s| Location::from_span(index, s.value, source.bom_len()));
                        }
                    }
                }
                f
            })
            .collect();
        Ok((located, doc.into_comments()))
    }

    /// DM001 and DM004 findings for the problems that stopped loading.
    fn problems(&self, problems: &[LoadProblem], source: &Source<'_>) -> Vec<Finding> {
        problems
            .iter()
            .filter_map(|p| {
                let mut f = self.problem_finding(p)?;
                f.location = Some(Location::from_span(
                    source.line_index(),
                    p.span,
                    source.bom_len(),
                ));
                Some(f)
            })
            .collect()
    }

    /// The DM001 or DM004 finding for a loader problem, without a place:
    /// its text from the catalogue, or its own.
    fn problem_finding(&self, p: &LoadProblem) -> Option<Finding> {
        self.catalogue_finding(p.id, &p.arg_refs(), String::new())
    }

    /// A DM005 or DM006 finding at `span` of the source.
    fn suppression_finding(
        &self,
        (id, args): (EngineText, &[(&str, &str)]),
        source: &Source<'_>,
        span: Span,
    ) -> Option<Finding> {
        let mut f = self.catalogue_finding(id, args, String::new())?;
        f.location = Some(Location::from_span(
            source.line_index(),
            span,
            source.bom_len(),
        ));
        Some(f)
    }

    /// Applies the suppression comments among `comments` (spans from the
    /// loader, each from its `#` to the end of its line). A comment after
    /// content applies to its own line; a comment alone on its line, to the
    /// next line. Linear: the valid comments are indexed by the line they
    /// apply to.
    fn apply_comments(
        &self,
        source: &Source<'_>,
        comments: &[Span],
        findings: Vec<Finding>,
        suppressed: &mut Vec<SuppressedFinding>,
    ) -> Vec<Finding> {
        let text = source.text();
        let found: Vec<(Span, suppress::Directive)> = comments
            .iter()
            .filter_map(|&c| {
                let body = text.get((c.start + 1).min(c.end)..c.end)?;
                Some((c, suppress::directive(body)?))
            })
            .collect();
        if found.is_empty() {
            return findings;
        }
        let index = source.line_index();
        let mut extra = Vec::new();
        // For each valid comment: its line, and the line it applies to.
        let mut lines = vec![(0, 0); found.len()];
        let mut by_line: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, (span, d)) in found.iter().enumerate() {
            let known = |code: &str| self.rule(code).is_some();
            match Invalid::check(&d.codes, d.reason.as_deref(), known) {
                Some(invalid) => {
                    let (id, args) = invalid.text_id();
                    extra.extend(self.suppression_finding((id, &args), source, *span));
                }
                None => {
                    let line = index.position(span.start).line;
                    let before = &text[index.line_start(line)..span.start];
                    let own_line = before.trim().is_empty();
                    let target = if own_line { line + 1 } else { line };
                    lines[i] = (line, target);
                    by_line.entry(target).or_default().push(i);
                }
            }
        }
        let mut used = vec![false; found.len()];
        let mut kept = Vec::with_capacity(findings.len());
        for f in findings {
            let line = f.location.map_or(0, |l| l.line);
            let hit = by_line.get(&line).and_then(|on_line| {
                on_line
                    .iter()
                    .find(|&&i| found[i].1.codes.contains(&f.code))
            });
            match hit {
                Some(&i) => {
                    used[i] = true;
                    suppressed.push(SuppressedFinding {
                        finding: f,
                        suppression: Suppression {
                            reason: found[i].1.reason.clone().unwrap_or_default(),
                            source: SuppressionSource::Comment { line: lines[i].0 },
                        },
                    });
                }
                None => kept.push(f),
            }
        }
        for i in by_line.into_values().flatten() {
            if !used[i] {
                extra.extend(self.suppression_finding(
                    (EngineText::Unused, &[]),
                    source,
                    found[i].0,
                ));
            }
        }
        kept.extend(extra);
        kept
    }

    /// Applies the configuration's `ignore` entries that match `path`,
    /// marking in `used` those that hid a finding.
    fn apply_config(
        &self,
        path: &str,
        findings: &mut Vec<Finding>,
        suppressed: &mut Vec<SuppressedFinding>,
        used: Option<&[AtomicBool]>,
    ) {
        for (i, ig) in self.ignore.iter().enumerate() {
            let Some(reason) = &ig.reason else { continue };
            // An entry naming DM001, DM003 or DM004 is invalid (DM005) and
            // hides nothing, like one without a reason.
            if Invalid::check(&ig.codes, Some(reason), |_| true).is_some() || !ig.matches_path(path)
            {
                continue;
            }
            let before = suppressed.len();
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
            if suppressed.len() > before
                && let Some(flag) = used.and_then(|u| u.get(i))
            {
                flag.store(true, Ordering::Relaxed);
            }
        }
    }

    /// Findings about the configuration's `ignore` entries after a run:
    /// DM005 for an entry that is invalid (no reason, or naming DM001, DM003
    /// or DM004), DM006 for one that suppressed nothing (`used[i]` false).
    /// `None` when there is nothing to say.
    fn ignore_report(&self, used: &[AtomicBool]) -> Option<FileReport> {
        let mut out = Vec::new();
        for (i, ig) in self.ignore.iter().enumerate() {
            let invalid = Invalid::check(&ig.codes, ig.reason.as_deref(), |_| true);
            let (id, args) = if let Some(invalid) = invalid {
                invalid.text_id()
            } else if !used.get(i).is_some_and(|u| u.load(Ordering::Relaxed)) {
                (EngineText::Unused, Vec::new())
            } else {
                continue;
            };
            let Some(mut f) = self.catalogue_finding(id, &args, format!("/ignore/{i}")) else {
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

    fn check<'a>(
        &'a self,
        value: &'a Value,
        comments: &'a Value,
        opts: &LintOptions,
        pass: Pass,
    ) -> Vec<(Finding, Target)> {
        let mut out = Vec::new();
        if pass == Pass::Privacy {
            // No schema: the privacy rules read every text of whatever
            // loaded, and a fresh budget of their own.
            let env = Env::new(
                value,
                comments,
                &[],
                opts.as_of,
                &self.catalogue.vocabulary,
                &self.catalogue.text_table,
            );
            // A document without a known format is read as a referat: the
            // privacy rules apply to both formats alike.
            let target = rules::Target {
                format: Format::of(value).unwrap_or(Format::Referat),
                regardless: false,
            };
            let fired = rules::run(&self.catalogue.rules, &self.gate_rules, &env, target, |p| {
                public_pointer(p, value, &self.catalogue.vocabulary)
            });
            out.extend(
                fired
                    .into_iter()
                    .map(|f| (f.finding, Target::Rule(f.place))),
            );
            return out;
        }
        let Some(format) = Format::of(value) else {
            let (pointer, id) = match value.get("format") {
                None => (String::new(), EngineText::Missing),
                Some(_) => ("/format".to_owned(), EngineText::Unsupported),
            };
            let args = [("format", FORMAT), ("plan_format", PLAN_FORMAT)];
            out.extend(
                self.catalogue_finding(id, &args, pointer.clone())
                    .map(|f| (f, Target::Value(pointer, None))),
            );
            return out;
        };
        let (violations, mut malformed) = self.catalogue.schema(format).check(value);
        malformed.sort_unstable();
        for v in violations {
            let target = if v.at_key {
                Target::Key(v.locate, v.rename_to)
            } else {
                Target::Value(v.locate, v.expects)
            };
            let pointer = public_pointer(&v.pointer, value, &self.catalogue.vocabulary);
            out.extend(
                self.engine_finding("DM002", &v.message, v.help.as_ref(), pointer)
                    .map(|f| (f, target)),
            );
        }
        if self.no_rules && pass != Pass::Export {
            return out;
        }
        let env = Env::new(
            value,
            comments,
            &malformed,
            opts.as_of,
            &self.catalogue.vocabulary,
            &self.catalogue.text_table,
        );
        let target = rules::Target {
            format,
            regardless: pass == Pass::Export,
        };
        let in_force = if pass == Pass::Export {
            &self.export_rules
        } else {
            &self.rules
        };
        let fired = rules::run(&self.catalogue.rules, in_force, &env, target, |p| {
            public_pointer(p, value, &self.catalogue.vocabulary)
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
    is::<Run<'_>>();
}

/// A run over several sources with one linter and one set of options (see
/// [`Linter::run`]). It lints each source as [`Linter::lint`] does, and
/// [`finish`](Run::finish) adds what only the whole run can tell: the
/// configuration's `ignore` entries that are invalid (DM005) or suppressed
/// nothing in any file (DM006), as a report of the configuration file.
///
/// Sequentially, [`add`](Run::add) each source. In parallel, call
/// [`lint`](Run::lint) from any thread (a `Run` is `Sync`) and
/// [`push`](Run::push) the reports in the order they should appear.
///
/// ```
/// use dialogmote::{LintOptions, Linter, Source};
///
/// let linter = Linter::new().unwrap();
/// let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
/// let mut run = linter.run(LintOptions::new(as_of));
/// run.add(&Source::from_str("a.yaml", "format: dialogmote1/v1\n"));
/// let report = run.finish();
/// assert_eq!(report.files.len(), 1);
/// ```
#[derive(Debug)]
pub struct Run<'l> {
    linter: &'l Linter,
    opts: LintOptions,
    /// Per `ignore` entry: whether it suppressed a finding in any file.
    used: Vec<AtomicBool>,
    report: Report,
}

impl Run<'_> {
    /// Lints one source (as [`Linter::lint`]), noting which `ignore` entries
    /// it used. The report is not kept: [`push`](Run::push) it.
    pub fn lint(&self, source: &Source<'_>) -> FileReport {
        let linter = self.linter;
        linter.lint_with(source, &self.opts, &linter.limits, Some(&self.used))
    }

    /// Adds a report made by this run's [`lint`](Run::lint).
    pub fn push(&mut self, file: FileReport) {
        self.report.push(file);
    }

    /// Lints one source and adds its report; returns it.
    pub fn add(&mut self, source: &Source<'_>) -> &FileReport {
        let file = self.lint(source);
        self.push(file);
        &self.report.files[self.report.files.len() - 1]
    }

    /// The options of the run.
    pub fn options(&self) -> &LintOptions {
        &self.opts
    }

    /// Ends the run: the report of every source added, then, when there is
    /// something to say about the configuration's `ignore` entries, a report
    /// of the configuration file.
    pub fn finish(mut self) -> Report {
        if let Some(config) = self.linter.ignore_report(&self.used) {
            self.report.push(config);
        }
        self.report
    }
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

/// Adds `format` (the referat's) and, to a referat, `meeting.date` to an example document when it leaves
/// them out, as lines of YAML, so that comments and positions stay as
/// written. `None` when the document is not a mapping.
fn complete_example(example: &str) -> Option<String> {
    let doc = load::load(example, SourceKind::Yaml, &Limits::default()).ok()?;
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
    let referat = match m.get("format") {
        None => {
            text.push_str("format: dialogmote1/v1\n");
            true
        }
        Some(f) => f.as_str() == Some(FORMAT),
    };
    // A plan document (`format: oppfolgingsplan1/v1`) has no meeting.
    if referat && !m.contains_key("meeting") {
        text.push_str("meeting: {date: 2026-11-16}\n");
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMPLETE: &str = include_str!("../../tests/fixtures/complete.yaml");

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

    /// Issue 23, item 7: the span saphyr gives an anchored or tagged
    /// quoted scalar runs over the comment after it, so the comment was
    /// taken for part of the value: no DM801/DM802 in it, its suppression
    /// ignored, and the value's fix not offered.
    const PROPERTIES: [&str; 6] = [
        "&n ",
        "!!str ",
        "&n !!str ",
        "!!str &n ",
        "&n\n      ",
        "&n # a note\n      ",
    ];

    #[test]
    fn a_comment_after_an_anchored_or_tagged_value_is_checked() {
        let linter = Linter::new().unwrap();
        for props in PROPERTIES {
            for value in ["\"Kari Nordmann\"", "'Kari Nordmann'", "Kari Nordmann"] {
                let text = COMPLETE.replace(
                    "    name: Kari Nordmann\n",
                    &format!("    name: {props}{value}  # fnr 15058500027, diagnose F32.1\n"),
                );
                let report = lint(&linter, &text);
                let line = text[..text.find("# fnr").unwrap()].lines().count();
                let got = codes(&report);
                for code in ["DM801", "DM802"] {
                    assert!(got.contains(&(line, code)), "{props:?} {value}: {got:?}");
                }
                // A suppression in such a comment is honoured (where the
                // finding is: on the line of the anchor or tag).
                if props.contains('\n') {
                    continue;
                }
                let value = value.replace("Kari Nordmann", "9.00");
                let text = COMPLETE.replace(
                    "  start: \"09:00\"\n",
                    &format!(
                        "  start: {props}{value}  # dialogmote: ignore DM002 -- avtalt slik\n"
                    ),
                );
                let report = lint(&linter, &text);
                assert!(
                    report.suppressed.iter().any(|s| s.finding.code == "DM002"),
                    "{props:?} {value}: {:?}",
                    codes(&report)
                );
            }
        }
        // In a flow collection too.
        let text = COMPLETE.replace(
            "    name: Kari Nordmann\n",
            "    name: &n \"Kari\"\n    function: [&f 'a', !!str \"b\" # fnr 15058500027\n      ]\n",
        );
        let report = lint(&linter, &text);
        let line = text[..text.find("# fnr").unwrap()].lines().count();
        assert!(
            codes(&report).contains(&(line, "DM801")),
            "{:?}",
            codes(&report)
        );
    }

    #[test]
    fn an_anchored_or_tagged_value_with_a_comment_gets_its_fix() {
        let linter = Linter::new().unwrap();
        for props in PROPERTIES {
            for (value, fixed) in [
                ("\"9.00\"", "\"09:00\""),
                ("'9.00'", "'09:00'"),
                ("9.00", "\"09:00\""),
            ] {
                let line = format!("  start: {props}{value}  # avtalt på telefon\n");
                let text = COMPLETE.replace("  start: \"09:00\"\n", &line);
                let report = lint(&linter, &text);
                let fixes: Vec<_> = report.findings.iter().flat_map(|f| &f.fixes).collect();
                assert_eq!(fixes.len(), 1, "{props:?} {value}: {:?}", codes(&report));
                let after = crate::apply_fixes(&text, fixes).unwrap();
                let want = COMPLETE.replace(
                    "  start: \"09:00\"\n",
                    &format!("  start: {props}{fixed}  # avtalt på telefon\n"),
                );
                assert_eq!(after, want, "{props:?} {value}");
            }
        }
        // A tag that makes the value something else than text is kept, and
        // a fix that would need it gone is not offered.
        let text = COMPLETE.replace("  grade: 100\n", "  grade: !!str \"100\"  # c\n");
        let report = lint(&linter, &text);
        assert!(
            report.findings.iter().all(|f| f.fixes.is_empty()),
            "{:?}",
            codes(&report)
        );
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
        // A file over `max_bytes` is not parsed at all, so its comments are
        // not seen; one nested too deep is read up to the problem.
        assert_eq!(codes(&report), vec![(1, "DM004")]);
        let linter = configured("limits: {max_depth: 2}\n");
        let deep =
            "format: dialogmote1/v1  # dialogmote: ignore DM004 -- dyp\na:\n  b:\n    c: 1\n";
        let report = lint(&linter, deep);
        assert!(report.suppressed.is_empty());
        assert_eq!(codes(&report), vec![(1, "DM005"), (4, "DM004")]);
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
        let mut run = linter.run(LintOptions::new(date()));
        for r in reports {
            run.push(r);
        }
        let (files, got, config_report) = finished(run);
        assert_eq!(files, 4);
        assert_eq!(
            got,
            ["DM005 /ignore/0", "DM005 /ignore/1", "DM005 /ignore/2"]
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
            let source = Source::from_str("r.yaml", &text);
            let limits = Limits::default();
            // Duplicate keys: the loader fails, having read every comment.
            let comments = match load::load_source(&source, &limits) {
                Ok(doc) => doc.comments().to_vec(),
                Err(failed) => failed.comments,
            };
            assert_eq!(comments.len(), 2 * n);
            (0..3)
                .map(|_| {
                    let findings = findings.clone();
                    let mut suppressed = Vec::new();
                    let t = std::time::Instant::now();
                    let kept = linter.apply_comments(&source, &comments, findings, &mut suppressed);
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
        // Linear gives about 4, quadratic 16; the larger input leaves the
        // caches and was measured up to 8.4 on a quiet machine, so the
        // bound is 10, still well below quadratic.
        assert!(ratio < 10.0, "{n}: {small:?}, {}: {large:?}", 4 * n);
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

    /// An organisation number written with spaces or as a number is told
    /// as 9 digits and mended to quoted digits; an e-mail address without
    /// its @ is told as such; a key named like an identity number says that
    /// the number is never stored.
    #[test]
    fn the_employer_numbers_and_addresses_are_told_in_words() {
        let linter = Linter::new().unwrap();
        let opts = LintOptions::new(date());
        let text = "format: oppfolgingsplan1/v1\nemployer:\n  name: X\n  organisation_number: 974 760 673\n  sub_unit_number: 987654325\n  nearest_leader: {name: A, phone: \"1\", email: ola at x}\nemployee: {name: K, FNR: x}\nexception: {reason: too_ill, explanation: e, date: 2026-10-01}\n";
        let findings = linter.lint_str(text, &opts);
        let codes: Vec<&str> = findings.iter().map(|f| f.code.as_str()).collect();
        assert_eq!(codes, ["DM002"; 4], "{findings:#?}");
        assert!(
            findings[0]
                .message
                .en
                .ends_with("must be an organisation number: 9 digits")
        );
        assert!(
            findings[2]
                .message
                .en
                .ends_with("must be an e-mail address")
        );
        assert!(
            findings[3]
                .help
                .as_ref()
                .unwrap()
                .en
                .contains("never stored")
        );
        let fixes: Vec<&crate::Fix> = findings.iter().flat_map(|f| &f.fixes).collect();
        assert_eq!(fixes.len(), 2);
        let fixed = crate::findings::apply_fixes(text, fixes).unwrap();
        assert!(
            fixed
                .contains("organisation_number: \"974760673\"\n  sub_unit_number: \"987654325\"\n")
        );
        // Nine digits after the spaces are left out, or no fix.
        let text = text.replace("974 760 673", "974 760 67");
        let f = &linter.lint_str(&text, &opts)[0];
        assert!(f.fixes.is_empty());
    }

    /// DM709's fix (a rule's `fix: {set: …}`) writes `true` where the flag
    /// is, or adds it where it belongs, in YAML and JSON; the result is
    /// clean of DM709 and of any finding the text did not have.
    #[test]
    fn a_rules_fix_writes_its_value_where_it_belongs() {
        let linter = Linter::new().unwrap();
        let opts = LintOptions::new(date());
        let head = "format: dialogmote1/v1\nmeeting: {date: 2026-11-16}\nrevised_plan:\n  typical_workday: Lager\n";
        let cases = [
            (
                format!("{head}referat:\n  sent: 2026-11-18\n  revised_follow_up_plan: false\n"),
                format!("{head}referat:\n  sent: 2026-11-18\n  revised_follow_up_plan: true\n"),
            ),
            (
                format!("{head}referat:\n  sent: 2026-11-18  # sendt\nx: 1\n"),
                format!("{head}referat:\n  sent: 2026-11-18  # sendt\n  revised_follow_up_plan: true\nx: 1\n"),
            ),
            (
                format!("{head}referat: {{sent: 2026-11-18}}\n"),
                format!("{head}referat: {{sent: 2026-11-18, revised_follow_up_plan: true}}\n"),
            ),
            (
                head.to_owned(),
                format!("{head}referat:\n  revised_follow_up_plan: true\n"),
            ),
            (
                r#"{"format": "dialogmote1/v1", "meeting": {"date": "2026-11-16"}, "revised_plan": {"follow_up": "x"}, "referat": {}}"#.to_owned(),
                r#"{"format": "dialogmote1/v1", "meeting": {"date": "2026-11-16"}, "revised_plan": {"follow_up": "x"}, "referat": {"revised_follow_up_plan": true}}"#.to_owned(),
            ),
            (
                r#"{"format": "dialogmote1/v1", "meeting": {"date": "2026-11-16"}, "revised_plan": {"follow_up": "x"}}"#.to_owned(),
                r#"{"format": "dialogmote1/v1", "meeting": {"date": "2026-11-16"}, "revised_plan": {"follow_up": "x"}, "referat": {"revised_follow_up_plan": true}}"#.to_owned(),
            ),
        ];
        for (text, want) in cases {
            let findings = linter.lint_str(&text, &opts);
            let f = findings.iter().find(|f| f.code == "DM709").expect(&text);
            assert_eq!(f.fixes.len(), 1, "{text}");
            assert_eq!(f.fixes[0].applicability, crate::Applicability::Safe);
            let fixed = crate::findings::apply_fixes(&text, &f.fixes).unwrap();
            assert_eq!(fixed, want);
            let after: Vec<String> = linter
                .lint_str(&fixed, &opts)
                .into_iter()
                .map(|f| f.code)
                .collect();
            let before: Vec<String> = findings
                .into_iter()
                .map(|f| f.code)
                .filter(|c| c != "DM709")
                .collect();
            assert!(
                after.iter().all(|c| before.contains(c)),
                "{after:?} after, {before:?} before"
            );
        }
        // `referat: null`: a person decides; no fix.
        let text = format!("{head}referat: null\n");
        let f = linter
            .lint_str(&text, &opts)
            .into_iter()
            .find(|f| f.code == "DM709")
            .unwrap();
        assert!(f.fixes.is_empty());
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
        let vocabulary = crate::base::format::vocabulary();
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

    /// Finishes `run`, whose last report must be the configuration's: the
    /// number of reports, the configuration's findings as `CODE pointer`, and its report.
    fn finished(run: Run<'_>) -> (usize, Vec<String>, FileReport) {
        let mut report = run.finish();
        let config = report.files.pop().unwrap();
        assert_eq!(config.path, "dialogmote.yaml");
        let got = config
            .findings
            .iter()
            .map(|f| format!("{} {}", f.code, f.pointer))
            .collect();
        (report.files.len() + 1, got, config)
    }

    /// A linter with the configuration `yaml` (`dialogmote.yaml`).
    fn configured(yaml: &str) -> Linter {
        let config = Config::from_yaml("dialogmote.yaml", yaml).unwrap();
        Linter::builder().config(config).build().unwrap()
    }

    /// The complete referat with its third action replaced by `action`
    /// (lines indented as list items of `actions`).
    fn with_action(action: &str) -> String {
        let old = "    - what: Oppdatere oppfølgingsplanen med det som er avtalt.\n      owner: Ola Hansen\n      due: 2026-11-20\n";
        assert!(COMPLETE.contains(old));
        COMPLETE.replace(old, action)
    }

    /// `(suppressed codes, reported codes)` of `text`.
    fn outcome(text: &str) -> (Vec<String>, Vec<String>) {
        let report = lint(&Linter::new().unwrap(), text);
        (
            report
                .suppressed
                .iter()
                .map(|s| s.finding.code.clone())
                .collect(),
            report.findings.iter().map(|f| f.code.clone()).collect(),
        )
    }

    #[test]
    fn trailing_suppressions_after_quotes_in_plain_scalars_apply() {
        for owner in [
            "Kari O'Neil",
            "Kari 5\" Berg",
            "Kari \"Kaka\" O'Neil",
            "It's",
        ] {
            let text = with_action(&format!(
                "    - what: Oppdatere planen.\n      owner: {owner}  # dialogmote: ignore DM508 -- ekstern konsulent\n      due: 2026-11-20\n"
            ));
            assert_eq!(outcome(&text), (vec!["DM508".into()], vec![]), "{owner}");
        }
        // A quote in the action's text, on the line above the comment.
        let text = with_action(
            "    - what: Sjekke 5\" skjerm for Kari O'Neil.\n      # dialogmote: ignore DM508 -- ekstern\n      owner: Ekstern\n      due: 2026-11-20\n",
        );
        assert_eq!(outcome(&text), (vec!["DM508".into()], vec![]));
    }

    #[test]
    fn suppressions_after_flow_collections_apply() {
        let text = with_action(
            "    - {what: Oppdatere planen., owner: Ekstern, due: 2026-11-20}  # dialogmote: ignore DM508 -- ekstern\n",
        );
        assert_eq!(outcome(&text), (vec!["DM508".into()], vec![]));
        let text = with_action(
            "    # dialogmote: ignore DM508 -- ekstern\n    - {what: \"a # b\", owner: 'O''Neil', due: 2026-11-20}\n",
        );
        assert_eq!(outcome(&text), (vec!["DM508".into()], vec![]));
    }

    #[test]
    fn a_hash_inside_a_block_scalar_is_text_and_a_comment_after_it_counts() {
        for header in ["|", ">", "|-", "|2"] {
            let text = with_action(&format!(
                "    - what: {header}\n        Oppdatere planen.\n        # dialogmote: ignore DM508 -- ekstern\n      owner: Ekstern\n      due: 2026-11-20\n"
            ));
            assert_eq!(outcome(&text), (vec![], vec!["DM508".into()]), "{header}");
            let text = with_action(&format!(
                "    - what: {header}\n        Oppdatere # planen.\n      # dialogmote: ignore DM508 -- ekstern\n      owner: Ekstern\n      due: 2026-11-20\n"
            ));
            assert_eq!(outcome(&text), (vec!["DM508".into()], vec![]), "{header}");
        }
    }

    #[test]
    fn a_hash_inside_a_multi_line_quoted_string_is_text() {
        for (open, close) in [("\"", "\""), ("'", "'")] {
            let text = with_action(&format!(
                "    - what: {open}Oppdatere planen\n        # dialogmote: ignore DM508 -- ekstern{close}\n      owner: Ekstern\n      due: 2026-11-20\n"
            ));
            assert_eq!(outcome(&text), (vec![], vec!["DM508".into()]), "{open}");
        }
    }

    #[test]
    fn json_has_no_comments() {
        let linter = Linter::new().unwrap();
        let json = r##"{"format": "dialogmote1/v1", "x": "# dialogmote: ignore DM002 -- r"}"##;
        let source = Source::from_str("a.json", json).with_kind(SourceKind::Json);
        let report = linter.lint(&source, &LintOptions::new(date()));
        assert!(report.suppressed.is_empty());
        assert!(
            !report
                .findings
                .iter()
                .any(|f| f.code == "DM005" || f.code == "DM006")
        );
    }

    /// Issue 11, item 1: one lint of a file with comments and findings,
    /// rendered with its source lines, decodes it once and indexes it once.
    #[test]
    fn a_file_is_decoded_once_and_indexed_once() {
        use crate::input::decode::DECODES;
        use crate::input::position::INDEX_BUILDS;
        let linter = Linter::new().unwrap();
        let text = sensitive().replace(
            "      owner: Ola Hansen\n",
            "      owner: Ekstern  # dialogmote: ignore DM508 -- ekstern\n      # dialogmote: ignore DM101 -- ubrukt\n",
        );
        let bytes = format!("\u{feff}{text}").into_bytes();
        let (decodes, builds) = (DECODES.with(|n| n.get()), INDEX_BUILDS.with(|n| n.get()));
        let source = Source::from_bytes("r.yaml", &bytes).with_kind(SourceKind::Yaml);
        let report = linter.lint(&source, &LintOptions::new(date()));
        let human = crate::report::render_human_file(
            &report,
            Some(&source),
            &crate::report::HumanOptions::default(),
        );
        assert_eq!(DECODES.with(|n| n.get()) - decodes, 1);
        assert_eq!(INDEX_BUILDS.with(|n| n.get()) - builds, 1);
        // It did have comments, findings and suppressions to locate.
        assert_eq!(report.suppressed.len(), 1);
        let found: Vec<_> = report.findings.iter().map(|f| f.code.as_str()).collect();
        assert!(
            found.contains(&"DM006") && found.contains(&"DM801"),
            "{found:?}"
        );
        assert!(human.contains(" | "), "{human}");
        // Without findings, no index is built at all.
        let clean = Source::from_str("c.yaml", COMPLETE);
        let builds = INDEX_BUILDS.with(|n| n.get());
        assert!(
            linter
                .lint(&clean, &LintOptions::new(date()))
                .findings
                .is_empty()
        );
        assert_eq!(INDEX_BUILDS.with(|n| n.get()), builds);
    }

    /// Issue 11, item 2: every entry point gives the same findings in the
    /// same order, suppressions applied.
    #[test]
    fn every_entry_point_agrees() {
        let linter = Linter::new().unwrap();
        let opts = LintOptions::new(date());
        // Eleven actions with unknown owners: in place order action 2 comes
        // before action 10, in pointer order after it.
        let mut actions = String::new();
        for i in 0..11 {
            actions.push_str(&format!(
                "    - what: Oppgave {i}.\n      owner: Ekstern {i}\n      due: 2026-11-23\n"
            ));
        }
        let text = sensitive()
            .replace("  actions:\n", &format!("  actions:\n{actions}"))
            .replace(
                "      owner: Ola Hansen\n",
                "      owner: Ekstern  # dialogmote: ignore DM508 -- ekstern\n      # dialogmote: ignore DM101 -- ubrukt\n",
            );
        let by_str = linter.lint_str(&text, &opts);
        let by_bytes = linter.lint_bytes(text.as_bytes(), &opts);
        let by_file = linter.lint_file("r.yaml", "r.yaml", text.as_bytes(), &opts);
        let by_source = linter.lint(&Source::from_str("r.yaml", &text), &opts);
        let mut run = linter.run(opts);
        let by_run = run.add(&Source::from_str("r.yaml", &text)).clone();
        assert!(run.finish().files.len() == 1);
        assert!(!by_str.is_empty());
        assert_eq!(by_str.iter().filter(|f| f.code == "DM508").count(), 11);
        assert!(by_str.iter().any(|f| f.code == "DM006"));
        assert_eq!(by_str, by_bytes);
        assert_eq!(by_str, by_file.findings);
        assert_eq!(by_file, by_source);
        assert_eq!(by_file, by_run);
        assert_eq!(by_file.suppressed.len(), 1);

        // A value: the same document as its JSON text.
        let value = load::load(&text, SourceKind::Yaml, &Limits::default())
            .unwrap()
            .into_value();
        let json = serde_json::to_string_pretty(&value).unwrap();
        let by_json = linter.lint_str(&json, &opts);
        let by_value = linter.lint_value(&value, &opts);
        let key = |f: &Finding| (f.code.clone(), f.pointer.clone());
        let json_keys: Vec<_> = by_json.iter().map(key).collect();
        let value_keys: Vec<_> = by_value.iter().map(key).collect();
        assert!(json_keys.len() > 2, "{json_keys:?}");
        assert_eq!(json_keys, value_keys);
        assert!(by_value.iter().all(|f| f.location.is_none()));
        // Not sorted by pointer (the old order for values): by place.
        let mut by_pointer = value_keys.clone();
        by_pointer.sort_by(|a, b| (&a.1, &a.0).cmp(&(&b.1, &b.0)));
        assert_ne!(value_keys, by_pointer);
    }

    #[test]
    fn configuration_ignores_apply_through_every_entry_point() {
        let linter = configured(
            "ignore:\n  - files: '*'\n    codes: [DM508]\n    reason: ekstern\n  - files: 'annet/*'\n    codes: [DM101]\n    reason: ubrukt\n",
        );
        let opts = LintOptions::new(date());
        let text = with_action(
            "    - what: Oppdatere planen.\n      owner: Ekstern\n      due: 2026-11-20\n",
        );
        assert!(linter.lint_str(&text, &opts).is_empty());
        assert!(linter.lint_bytes(text.as_bytes(), &opts).is_empty());
        let value = load::load(&text, SourceKind::Yaml, &Limits::default())
            .unwrap()
            .into_value();
        assert!(linter.lint_value(&value, &opts).is_empty());
        let mut run = linter.run(opts);
        let file = run.add(&Source::from_str("r.yaml", &text));
        assert_eq!(file.suppressed.len(), 1);
        // The second entry matched no file: DM006 on the configuration.
        let (files, got, _) = finished(run);
        assert_eq!(files, 2);
        assert_eq!(got, ["DM006 /ignore/1"]);
    }
}
