//! The linter: schema and rules compiled once, then any number of documents
//! checked. Pure: no I/O, no clock.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde_json::Value;

use crate::config::{Config, Ignore};
use crate::error::Error;
use crate::finding::{FileReport, Finding, Lang, Location, Text};
use crate::parse::{self, Limits, LoadProblem, ProblemKind, SourceKind};
use crate::rules::eval::{Env, Eval, Tri};
use crate::rules::{self, BUILTIN_RULE_FILES, CompiledRule, Rule, RuleSettings};
use crate::schema::{FORMAT, Schema};
use crate::source::LineIndex;
use crate::suppress::{self, SuppressedFinding, Suppression, SuppressionSource};

/// How to lint one document.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct LintOptions {
    /// The evaluation date (drives the referat deadline rules).
    pub as_of: NaiveDate,
    /// The language of messages.
    pub lang: Lang,
    /// YAML, JSON, or decide from the text.
    pub kind: SourceKind,
}

impl LintOptions {
    /// Options for evaluation date `as_of`, Norwegian messages, kind detected.
    pub fn new(as_of: NaiveDate) -> Self {
        LintOptions {
            as_of,
            lang: Lang::Nb,
            kind: SourceKind::Auto,
        }
    }

    /// Sets the language.
    pub fn with_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
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
        let mut vocabulary = schema.vocabulary().clone();
        vocabulary.insert(FORMAT.to_owned());
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
    Key(String),
}

/// The pointer as reported: cut before the first segment that is neither an
/// array index nor a word of the schema's vocabulary, so that an unknown key
/// (which may be a name) never appears in output. The location still points
/// at the node itself.
fn public_pointer(pointer: &str, vocabulary: &BTreeSet<String>) -> String {
    let mut out = String::new();
    for seg in crate::pointer::segments(pointer) {
        let index = !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit());
        if !index && !vocabulary.contains(&seg) {
            break;
        }
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

    /// The rule with `code`.
    pub fn rule(&self, code: &str) -> Option<&Rule> {
        self.rules().find(|r| r.code == code)
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
        lang: Lang,
    ) -> Option<Finding> {
        let rule = self.rule(code)?;
        let severity = rule.severity?;
        let mut f = Finding::new(
            code,
            rule.name.clone(),
            severity,
            message.get(lang),
            pointer,
        );
        f.help = help.map(|h| h.get(lang).to_owned());
        Some(f)
    }

    /// Lints raw bytes (UTF-8 expected; a BOM is accepted).
    pub fn lint_bytes(&self, bytes: &[u8], opts: &LintOptions) -> Vec<Finding> {
        match parse::decode(bytes) {
            Ok((text, bom)) => self.lint_text(text, bom, opts),
            Err(problem) => {
                let prefix = parse::valid_prefix(bytes);
                let bom = usize::from(bytes.starts_with(b"\xEF\xBB\xBF")) * 3;
                self.problems(&[problem], prefix, bom, opts.lang)
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
            findings = self.apply_comments(text, bom, findings, &mut suppressed, opts.lang);
        }
        for (i, ig) in self.ignore.iter().enumerate() {
            let Some(reason) = &ig.reason else { continue };
            if !ig.matches_path(match_path) {
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
            let (message, help) = crate::finding::cap_message(more, max);
            self.engine_finding("DM004", &message, Some(&help), String::new(), opts.lang)
        });
        report
    }

    fn apply_comments(
        &self,
        text: &str,
        bom: usize,
        findings: Vec<Finding>,
        suppressed: &mut Vec<SuppressedFinding>,
        lang: Lang,
    ) -> Vec<Finding> {
        let comments = suppress::comments(text);
        if comments.is_empty() {
            return findings;
        }
        let index = LineIndex::new(text);
        let mut extra = Vec::new();
        let mut valid = vec![false; comments.len()];
        for (i, c) in comments.iter().enumerate() {
            let bad_codes = c.codes.is_empty() || !c.codes.iter().all(|x| self.rule(x).is_some());
            if bad_codes || c.reason.is_none() {
                let m = suppress::invalid_message(!bad_codes);
                extra.extend(
                    self.engine_finding("DM005", &m.0, Some(&m.1), String::new(), lang)
                        .map(|mut f| {
                            f.location = Some(Location::from_span(&index, c.span, bom));
                            f
                        }),
                );
            } else {
                valid[i] = true;
            }
        }
        let mut used = vec![false; comments.len()];
        let mut kept = Vec::with_capacity(findings.len());
        for f in findings {
            let line = f.location.map_or(0, |l| l.line);
            let hit = comments
                .iter()
                .enumerate()
                .find(|(i, c)| valid[*i] && c.target == line && c.codes.contains(&f.code));
            match hit {
                Some((i, c)) => {
                    used[i] = true;
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
        for (i, c) in comments.iter().enumerate() {
            if valid[i] && !used[i] {
                let m = suppress::unused_message();
                extra.extend(
                    self.engine_finding("DM006", &m.0, Some(&m.1), String::new(), lang)
                        .map(|mut f| {
                            f.location = Some(Location::from_span(&index, c.span, bom));
                            f
                        }),
                );
            }
        }
        kept.extend(extra);
        sorted(kept)
    }

    /// Findings about the configuration's `ignore` entries after a run over
    /// `reports`: DM005 for an entry without a reason, DM006 for one that
    /// suppressed nothing. `None` when there is nothing to say.
    pub fn ignore_report(&self, reports: &[FileReport], lang: Lang) -> Option<FileReport> {
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
            let (code, m) = if ig.reason.is_none() {
                ("DM005", suppress::invalid_message(true))
            } else if !used.contains(&i) {
                ("DM006", suppress::unused_message())
            } else {
                continue;
            };
            let Some(rule) = self.rule(code) else {
                continue;
            };
            let Some(severity) = rule.severity else {
                continue;
            };
            let mut f = Finding::new(
                code,
                rule.name.clone(),
                severity,
                m.0.get(lang),
                format!("/ignore/{i}"),
            );
            f.help = Some(m.1.get(lang).to_owned());
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

    fn problems(
        &self,
        problems: &[LoadProblem],
        text: &str,
        bom: usize,
        lang: Lang,
    ) -> Vec<Finding> {
        let index = LineIndex::new(text);
        let found = problems
            .iter()
            .filter_map(|p| {
                let code = match p.kind {
                    ProblemKind::Syntax => "DM001",
                    ProblemKind::Limit => "DM004",
                };
                let mut f =
                    self.engine_finding(code, &p.message, p.help.as_ref(), String::new(), lang)?;
                f.location = Some(Location::from_span(&index, p.span, bom));
                Some(f)
            })
            .collect();
        sorted(found)
    }

    fn lint_text(&self, text: &str, bom: usize, opts: &LintOptions) -> Vec<Finding> {
        let doc = match parse::load(text, opts.kind, &self.limits) {
            Ok(doc) => doc,
            Err(problems) => return self.problems(&problems, text, bom, opts.lang),
        };
        let found = self.check(doc.value(), opts);
        if found.is_empty() {
            return Vec::new();
        }
        let index = LineIndex::new(text);
        let located = found
            .into_iter()
            .map(|(mut f, target)| {
                let span = match &target {
                    Target::Key(p) => doc.span_of(p).map(|s| {
                        if doc.has_span(p) {
                            s.key.unwrap_or(s.value)
                        } else {
                            s.value
                        }
                    }),
                    Target::Value(p) => doc.span_of(p).map(|s| s.value),
                };
                f.location = Some(Location::from_span(&index, span.unwrap_or_default(), bom));
                f
            })
            .collect();
        sorted(located)
    }

    /// Lints a value tree built in code (findings have no line and column).
    pub fn lint_value(&self, value: &Value, opts: &LintOptions) -> Vec<Finding> {
        let mut out: Vec<Finding> = self
            .check(value, opts)
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        out.sort_by(|a, b| (&a.pointer, &a.code).cmp(&(&b.pointer, &b.code)));
        out
    }

    fn check<'a>(&'a self, value: &'a Value, opts: &LintOptions) -> Vec<(Finding, Target)> {
        let lang = opts.lang;
        let mut out = Vec::new();
        let format = value.get("format");
        if format.and_then(Value::as_str) != Some(FORMAT) {
            let (pointer, message) = match format {
                None => (
                    String::new(),
                    Text::new(
                        format!("`format` mangler; dokumentet må starte med `format: {FORMAT}`"),
                        format!(
                            "`format` is missing; the document must start with `format: {FORMAT}`"
                        ),
                    ),
                ),
                Some(_) => (
                    "/format".to_owned(),
                    Text::new(
                        format!("formatet støttes ikke; dette verktøyet leser `{FORMAT}`"),
                        format!("unsupported format; this tool reads `{FORMAT}`"),
                    ),
                ),
            };
            let help = Text::new(
                format!(
                    "skriv `format: {FORMAT}` øverst i dokumentet; ingen andre kontroller er gjort"
                ),
                format!(
                    "write `format: {FORMAT}` at the top of the document; nothing else was checked"
                ),
            );
            out.extend(
                self.engine_finding("DM003", &message, Some(&help), pointer.clone(), lang)
                    .map(|f| (f, Target::Value(pointer))),
            );
            return out;
        }
        let (violations, mut malformed) = self.schema.check(value);
        malformed.sort_unstable();
        for v in violations {
            let target = if v.at_key {
                Target::Key(v.locate)
            } else {
                Target::Value(v.locate)
            };
            out.extend(
                self.engine_finding("DM002", &v.message, v.help.as_ref(), v.pointer, lang)
                    .map(|f| (f, target)),
            );
        }
        if self.no_rules {
            return out;
        }
        let env = Env {
            doc: value,
            malformed: &malformed,
            as_of: opts.as_of,
            vocabulary: &self.vocabulary,
            selections: Default::default(),
        };
        for rule in &self.rules {
            let (Some(when), Some(severity)) = (&rule.when, rule.rule.severity) else {
                continue;
            };
            let mut ev = Eval::new(&env, &rule.rule.params);
            let items = rule.for_each.as_ref().map(|fe| ev.items(fe));
            let mut run = |ev: &mut Eval<'a, '_>| {
                ev.set_lets(&rule.lets);
                if ev.cond(when) != Tri::T {
                    return;
                }
                let pointer = match &rule.at {
                    Some(p) => ev.locate(p),
                    None => ev.current_pointer(),
                };
                let l = usize::from(lang == Lang::En);
                let mut f = Finding::new(
                    rule.rule.code.clone(),
                    rule.rule.name.clone(),
                    severity,
                    ev.render(&rule.message[l]),
                    public_pointer(&pointer, &self.vocabulary),
                );
                f.help = rule.help.as_ref().map(|h| ev.render(&h[l]));
                out.push((f, Target::Value(pointer)));
            };
            match items {
                None => run(&mut ev),
                Some(items) => {
                    for item in &items {
                        ev.bind(item);
                        run(&mut ev);
                    }
                }
            }
        }
        out
    }
}

#[allow(dead_code)]
fn _assert_send_sync() {
    fn is<T: Send + Sync>() {}
    is::<Linter>();
}
