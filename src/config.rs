//! The configuration file `dialogmote.yaml`: severities, rule parameters,
//! extra rule files and limits. Parsing only; the CLI finds and reads files.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

use crate::error::Error;
use crate::finding::Severity;
use crate::parse::Limits;
use crate::rules::{load_yaml, located};

/// The configuration file's usual name.
pub const CONFIG_FILE: &str = "dialogmote.yaml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigSpec {
    #[serde(default)]
    severity: BTreeMap<String, String>,
    #[serde(default)]
    params: BTreeMap<String, BTreeMap<String, Value>>,
    #[serde(default)]
    rule_files: Vec<String>,
    #[serde(default)]
    limits: LimitsSpec,
    #[serde(default)]
    ignore: Vec<IgnoreSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IgnoreSpec {
    files: String,
    codes: Vec<String>,
    #[serde(default)]
    pointer: Option<String>,
    #[serde(default)]
    reason: Option<String>,
}

/// An `ignore` entry: findings with one of `codes`, in files matching the
/// glob `files` (relative to the configuration file), optionally only at or
/// below `pointer`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Ignore {
    /// The glob, as written.
    pub files: String,
    /// Rule codes.
    pub codes: Vec<String>,
    /// Only findings at or below this JSON Pointer.
    pub pointer: Option<String>,
    /// The reason (an entry without one suppresses nothing and is DM005).
    pub reason: Option<String>,
    /// Where the entry is in the configuration (line, column).
    pub location: (usize, usize),
    matcher: globset::GlobMatcher,
}

impl Ignore {
    /// Whether the entry applies to `path` (relative to the configuration file).
    pub fn matches_path(&self, path: &str) -> bool {
        let path = path.strip_prefix("./").unwrap_or(path);
        self.matcher.is_match(path)
    }

    /// Whether the entry applies to a finding with `code` at `pointer`.
    pub fn matches_finding(&self, code: &str, pointer: &str) -> bool {
        self.codes.iter().any(|c| c == code)
            && self.pointer.as_deref().is_none_or(|p| {
                pointer == p
                    || (pointer.starts_with(p) && pointer.as_bytes().get(p.len()) == Some(&b'/'))
            })
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct LimitsSpec {
    max_bytes: Option<usize>,
    max_depth: Option<usize>,
    max_nodes: Option<usize>,
    max_alias_nodes: Option<usize>,
    max_findings: Option<usize>,
}

/// A parsed configuration.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Config {
    /// Severity per rule code; `None` turns the rule off.
    pub severity: BTreeMap<String, Option<Severity>>,
    /// Parameter overrides per rule code.
    pub params: BTreeMap<String, BTreeMap<String, Value>>,
    /// Extra rule files, as written (relative to the configuration file).
    pub rule_files: Vec<String>,
    /// Safety limits.
    pub limits: Limits,
    /// The file it was read from (for errors).
    pub file: String,
    /// Suppressions by file glob.
    pub ignore: Vec<Ignore>,
    /// Where each rule code is named (line, column), for errors.
    locations: BTreeMap<String, (usize, usize)>,
}

impl Config {
    /// Parses a configuration from YAML text. `file` names it in errors.
    pub fn from_yaml(file: &str, text: &str) -> Result<Config, Error> {
        let doc = load_yaml(file, text).map_err(|e| match e {
            Error::Rule {
                file,
                line,
                column,
                message,
            } => Error::Config {
                file,
                line,
                column,
                message,
            },
            other => other,
        })?;
        if doc.value().is_null() {
            return Ok(Config {
                file: file.to_owned(),
                ..Config::default()
            });
        }
        let fail = |ptr: &str, message: String, at_key: bool| {
            let (file, line, column, message) = located(file, text, &doc, ptr, message, at_key);
            Error::Config {
                file,
                line,
                column,
                message,
            }
        };
        let spec: ConfigSpec = serde_path_to_error::deserialize(doc.value()).map_err(|e| {
            let ptr = crate::pointer::from_segments(
                e.path()
                    .to_string()
                    .split('.')
                    .filter(|s| !s.is_empty() && *s != "?"),
            );
            fail(&ptr, e.inner().to_string(), false)
        })?;
        let mut severity = BTreeMap::new();
        for (code, s) in spec.severity {
            let v = match s.as_str() {
                "off" => None,
                other => Some(Severity::parse(other).ok_or_else(|| {
                    fail(
                        &format!("/severity/{code}"),
                        format!("severity of `{code}` is `error`, `warning`, `info` or `off`"),
                        false,
                    )
                })?),
            };
            severity.insert(code, v);
        }
        let d = Limits::default();
        let limits = Limits {
            max_bytes: spec.limits.max_bytes.unwrap_or(d.max_bytes),
            max_depth: spec.limits.max_depth.unwrap_or(d.max_depth),
            max_nodes: spec.limits.max_nodes.unwrap_or(d.max_nodes),
            max_alias_nodes: spec.limits.max_alias_nodes.unwrap_or(d.max_alias_nodes),
            max_findings: spec.limits.max_findings.unwrap_or(d.max_findings),
        };
        let index = crate::source::LineIndex::new(text);
        let mut ignore = Vec::new();
        for (i, e) in spec.ignore.into_iter().enumerate() {
            let at = format!("/ignore/{i}");
            let matcher = globset::GlobBuilder::new(&e.files)
                .literal_separator(true)
                .build()
                .map_err(|err| {
                    fail(
                        &format!("{at}/files"),
                        format!("bad glob `{}`: {}", e.files, err.kind()),
                        false,
                    )
                })?
                .compile_matcher();
            if let Some(bad) = e.codes.iter().find(|c| !crate::rules::valid_code(c)) {
                return Err(fail(
                    &format!("{at}/codes"),
                    format!("`{bad}` is not a rule code like `DM508`"),
                    false,
                ));
            }
            let span = doc.span_of(&at).map(|s| s.value.start).unwrap_or_default();
            let p = index.position(span);
            ignore.push(Ignore {
                files: e.files,
                codes: e.codes,
                pointer: e.pointer,
                reason: e.reason.filter(|r| !r.trim().is_empty()),
                location: (p.line, p.column),
                matcher,
            });
        }
        let mut locations = BTreeMap::new();
        for (section, codes) in [
            ("severity", severity.keys().collect::<Vec<_>>()),
            ("params", spec.params.keys().collect()),
        ] {
            for code in codes {
                let ptr = crate::pointer::from_segments([section, code.as_str()]);
                if let Some(span) = doc.span_of(&ptr) {
                    let p = index.position(span.key.unwrap_or(span.value).start);
                    locations.entry(code.clone()).or_insert((p.line, p.column));
                }
            }
        }
        Ok(Config {
            severity,
            params: spec.params,
            rule_files: spec.rule_files,
            limits,
            file: file.to_owned(),
            ignore,
            locations,
        })
    }

    /// Where `code` is named in the file (1-based line and column).
    pub(crate) fn location_of(&self, code: &str) -> (usize, usize) {
        self.locations.get(code).copied().unwrap_or((1, 1))
    }
}
