//! What is compiled once, and what a configuration sets.
//!
//! A [`Catalogue`] is the schema and the compiled rules with their *default*
//! severities and parameters. It does not depend on any configuration, so
//! one catalogue, shared through an [`std::sync::Arc`], can serve several linters: an
//! editor with several folders open, each with its own `dialogmote.yaml`.
//! A configuration is checked against the catalogue into [`Settings`]: the
//! severity and the parameter values in force for each rule, by the rule's
//! index, which the evaluator reads when it runs.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::base::error::{Error, Sorted};
use crate::base::format::Format;
use crate::base::names::{did_you_mean, did_you_mean_code, list};
use crate::check::config::{Config, Ignore, kind_of, shown_code};
use crate::check::schema::Schema;
use crate::load::Limits;
use crate::load::yaml_file::{FileKind, Place, error};
use crate::rules::{BUILTIN_RULE_FILES, CompiledRule, Compiler, Rule};

/// The schema and the compiled rules (built-in, and any extra rule files),
/// with their default severities and parameters. Build it once; share it
/// with [`std::sync::Arc`] between linters of different configurations
/// ([`crate::LinterBuilder::catalogue`]).
#[derive(Debug)]
pub struct Catalogue {
    /// One per format, in the order of [`Format::ALL`].
    pub(crate) schemas: Vec<Schema>,
    /// Sorted by code.
    pub(crate) rules: Vec<CompiledRule>,
    pub(crate) vocabulary: BTreeSet<String>,
    /// The character classes the rules' `matches` need, by which each text
    /// of a document is scanned once for all of them.
    pub(crate) text_table: crate::rules::required::Table,
}

impl Catalogue {
    /// The built-in rules only.
    pub fn builtin() -> Result<Catalogue, Error> {
        Catalogue::builder().build()
    }

    /// A builder, to add rule files of one's own.
    pub fn builder() -> CatalogueBuilder {
        CatalogueBuilder::default()
    }

    /// The compiled schema of `format`.
    pub(crate) fn schema(&self, format: Format) -> &Schema {
        let i = Format::ALL.iter().position(|f| *f == format).unwrap_or(0);
        &self.schemas[i]
    }

    /// Every rule, sorted by code, with its default severity and parameters.
    pub fn rules(&self) -> impl Iterator<Item = &Rule> {
        self.rules.iter().map(|r| &r.rule)
    }

    /// The code of a rule one edit (or a difference of case) from `code`,
    /// for "did you mean": `DM61` gives `DM601`.
    pub fn nearest_code(&self, code: &str) -> Option<&str> {
        let codes: Vec<&str> = self.rules().map(|r| r.code.as_str()).collect();
        crate::base::names::suggest_code(code, &codes)
    }
}

/// Builds a [`Catalogue`]: the built-in rule files and any added ones.
#[derive(Debug, Default)]
pub struct CatalogueBuilder {
    extra: Vec<(String, String)>,
}

impl CatalogueBuilder {
    /// Adds a rule file: its name (for errors) and its YAML text. Its codes
    /// may not start with `DM`, which the built-in rules use.
    pub fn rule_file(mut self, name: impl Into<String>, text: impl Into<String>) -> Self {
        self.extra.push((name.into(), text.into()));
        self
    }

    /// Compiles the schema and every rule file. Every error of every rule
    /// file is reported (an [`Error::Several`] when there is more than one).
    pub fn build(self) -> Result<Catalogue, Error> {
        let schemas = Format::ALL
            .into_iter()
            .map(Schema::new)
            .collect::<Result<Vec<_>, _>>()?;
        let mut compiler = Compiler::default();
        let mut rules = Vec::new();
        for (file, text) in BUILTIN_RULE_FILES {
            rules.extend(compiler.file(file, text, false));
        }
        for (file, text) in &self.extra {
            rules.extend(compiler.file(file, text, true));
        }
        Error::check(compiler.errors)?;
        rules.sort_by(|a, b| a.rule.code.cmp(&b.rule.code));
        let vocabulary = crate::base::format::vocabulary().clone();
        let text_table = crate::rules::required::Table::new(&compiler.classes.borrow());
        Ok(Catalogue {
            schemas,
            rules,
            vocabulary,
            text_table,
        })
    }
}

/// What a configuration sets, checked against a catalogue.
#[derive(Debug)]
pub(crate) struct Settings {
    /// Each rule of the catalogue, index by index, with its severity and
    /// parameter values in force.
    pub rules: Vec<Rule>,
    pub limits: Limits,
    pub ignore: Vec<Ignore>,
    pub config_file: String,
    pub docs_url: Option<String>,
}

impl Settings {
    /// Checks `config` against the rules of `catalogue`: every rule code it
    /// names must exist, every parameter must be one the rule declares, of
    /// the type of its default. Every problem is reported, each at its line
    /// and column in the configuration.
    pub(crate) fn new(catalogue: &Catalogue, config: Config) -> Result<Settings, Error> {
        let mut rules: Vec<Rule> = catalogue.rules().cloned().collect();
        let codes: Vec<&str> = catalogue.rules().map(|r| r.code.as_str()).collect();
        let mut errors = Vec::new();
        let fail = |errors: &mut Vec<Error>, at: Place, message: String| {
            errors.push(error(FileKind::Config, &config.file, at, message));
        };
        let index = |code: &str| codes.binary_search(&code).ok();
        let unknown = |code: &str| {
            format!(
                "the configuration names rule {}, which does not exist{}; `dialogmote rules` lists them",
                shown_code(code),
                did_you_mean_code(code, &codes)
            )
        };
        for (code, severity) in &config.severity {
            match index(code) {
                Some(i) => rules[i].severity = *severity,
                None => fail(
                    &mut errors,
                    config.location_of("severity", code),
                    unknown(code),
                ),
            }
        }
        for (code, values) in &config.params {
            let Some(i) = index(code) else {
                fail(
                    &mut errors,
                    config.location_of("params", code),
                    unknown(code),
                );
                continue;
            };
            let rule = &mut rules[i];
            for (name, value) in values {
                let Some(slot) = rule.params.iter().position(|(n, _)| n == name) else {
                    let names: Vec<&str> = rule.params.iter().map(|(n, _)| n.as_str()).collect();
                    let has = if names.is_empty() {
                        "it has none".to_owned()
                    } else {
                        format!("it has: {}", list(&names))
                    };
                    fail(
                        &mut errors,
                        config.param_location(code, name, true),
                        format!(
                            "in the `params` of `{code}`: the rule has no such parameter{} ({has})",
                            did_you_mean(name, &names)
                        ),
                    );
                    continue;
                };
                match merged(&rule.params[slot].1, value) {
                    Ok(v) => rule.params[slot].1 = v,
                    Err(why) => fail(
                        &mut errors,
                        config.param_location(code, name, false),
                        format!("in the `params` of `{code}`: parameter `{name}` {why}"),
                    ),
                }
            }
        }
        for entry in &config.ignore {
            for (j, code) in entry.codes.iter().enumerate() {
                if index(code).is_none() {
                    fail(
                        &mut errors,
                        entry.code_location(j),
                        format!(
                            "this `ignore` entry names rule {}, which does not exist{}; `dialogmote rules` lists them",
                            shown_code(code),
                            did_you_mean_code(code, &codes)
                        ),
                    );
                }
            }
        }
        Error::check(errors.sorted())?;
        Ok(Settings {
            rules,
            limits: config.limits,
            ignore: config.ignore,
            config_file: config.file,
            docs_url: config.docs_url,
        })
    }
}

/// The kind of a parameter's default, in words.
fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "`true` or `false`",
        Value::Number(_) => "a number",
        Value::String(_) => "a text",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}

fn same_kind(a: &Value, b: &Value) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

/// The value in force of a parameter with default `default` given `value`
/// in the configuration: `value` itself, or for a mapping the default with
/// the keys given replaced. An error (said without the value) when it is
/// not of the default's form: the same type, a list's items of the type of
/// the default's items, a mapping's keys among the default's.
fn merged(default: &Value, value: &Value) -> Result<Value, String> {
    if !same_kind(default, value) {
        return Err(format!(
            "must be of the same type as its default: {}; found {}",
            kind(default),
            kind_of(value)
        ));
    }
    match (default, value) {
        (Value::Array(d), Value::Array(v)) => {
            if let Some(first) = d.first()
                && let Some(j) = v.iter().position(|x| !same_kind(first, x))
            {
                return Err(format!(
                    "is a list of items of the same type as its default's: {}; item {} is {}",
                    kind(first),
                    j + 1,
                    kind_of(&v[j])
                ));
            }
            Ok(value.clone())
        }
        (Value::Object(d), Value::Object(v)) => {
            let keys: Vec<&str> = d.keys().map(String::as_str).collect();
            let mut out = d.clone();
            for (k, x) in v {
                let Some(old) = d.get(k) else {
                    return Err(format!(
                        "has no such key{} (it has: {})",
                        did_you_mean(k, &keys),
                        list(&keys)
                    ));
                };
                if !same_kind(old, x) {
                    return Err(format!(
                        "has the key `{k}` of type {}; found {}",
                        kind(old),
                        kind_of(x)
                    ));
                }
                out.insert(k.clone(), x.clone());
            }
            Ok(Value::Object(out))
        }
        _ => Ok(value.clone()),
    }
}
