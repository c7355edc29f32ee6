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
    /// Where each entry of `rule_files` is (line, column), for errors.
    rule_file_locations: Vec<(usize, usize)>,
    /// Where each parameter override is: (code, name) to the (line,
    /// column) of its key and of its value.
    param_locations: BTreeMap<(String, String), [(usize, usize); 2]>,
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
        // The shape is checked first, with messages that name what was
        // expected and what kind of value was found, never the value: a
        // configuration given by mistake (`/etc/passwd`, a `.env` file, a
        // key) must not be printed. After that, serde cannot fail but for
        // a bug, and even then its message (which quotes values) is not shown.
        check_shape(doc.value(), &fail)?;
        let spec: ConfigSpec = serde_path_to_error::deserialize(doc.value()).map_err(|e| {
            let ptr = crate::pointer::from_serde_path(e.path());
            fail(
                &ptr,
                "this part of the configuration does not have the expected form".into(),
                false,
            )
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
                        format!("`files` is not a valid glob: {}", err.kind()),
                        false,
                    )
                })?
                .compile_matcher();
            if let Some(bad) = e.codes.iter().position(|c| !crate::rules::valid_code(c)) {
                return Err(fail(
                    &format!("{at}/codes/{bad}"),
                    "this entry of `codes` is not a rule code like `DM508`".into(),
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
        let mut param_locations = BTreeMap::new();
        for (code, names) in &spec.params {
            for name in names.keys() {
                let ptr = crate::pointer::from_segments(["params", code.as_str(), name.as_str()]);
                if let Some(span) = doc.span_of(&ptr) {
                    let k = index.position(span.key.unwrap_or(span.value).start);
                    let v = index.position(span.value.start);
                    param_locations.insert(
                        (code.clone(), name.clone()),
                        [(k.line, k.column), (v.line, v.column)],
                    );
                }
            }
        }
        let rule_file_locations = (0..spec.rule_files.len())
            .map(|i| {
                let span = doc
                    .span_of(&format!("/rule_files/{i}"))
                    .map(|s| s.value.start)
                    .unwrap_or_default();
                let p = index.position(span);
                (p.line, p.column)
            })
            .collect();
        Ok(Config {
            severity,
            params: spec.params,
            rule_files: spec.rule_files,
            limits,
            file: file.to_owned(),
            ignore,
            locations,
            rule_file_locations,
            param_locations,
        })
    }

    /// Where `code` is named in the file (1-based line and column).
    pub(crate) fn location_of(&self, code: &str) -> (usize, usize) {
        self.locations.get(code).copied().unwrap_or((1, 1))
    }

    /// Where the override of parameter `name` of rule `code` is (1-based
    /// line and column): its key when `at_key`, else its value.
    pub(crate) fn param_location(&self, code: &str, name: &str, at_key: bool) -> (usize, usize) {
        self.param_locations
            .get(&(code.to_owned(), name.to_owned()))
            .map(|l| l[usize::from(!at_key)])
            .unwrap_or_else(|| self.location_of(code))
    }

    /// Where entry `i` of `rule_files` is in the file (1-based line and
    /// column), for errors about that rule file.
    pub fn rule_file_location(&self, i: usize) -> (usize, usize) {
        self.rule_file_locations.get(i).copied().unwrap_or((1, 1))
    }
}

/// The keys of the configuration's top level.
const TOP_KEYS: &[&str] = &["severity", "params", "rule_files", "limits", "ignore"];

/// The keys of an `ignore` entry.
const IGNORE_KEYS: &[&str] = &["files", "codes", "pointer", "reason"];

/// What kind of value `v` is, in words (never the value itself).
fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "nothing",
        Value::Bool(_) => "`true` or `false`",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}

/// An error at a pointer: (pointer, message, at the key rather than the value).
type Fail<'a> = dyn Fn(&str, String, bool) -> Error + 'a;

fn expect_map<'v>(
    v: &'v Value,
    ptr: &str,
    what: &str,
    fail: &Fail<'_>,
) -> Result<&'v serde_json::Map<String, Value>, Error> {
    v.as_object().ok_or_else(|| {
        fail(
            ptr,
            format!("expected {what} to be a mapping; found {}", kind_of(v)),
            false,
        )
    })
}

fn expect_list<'v>(
    v: &'v Value,
    ptr: &str,
    what: &str,
    fail: &Fail<'_>,
) -> Result<&'v [Value], Error> {
    v.as_array().map(Vec::as_slice).ok_or_else(|| {
        fail(
            ptr,
            format!("expected {what} to be a list; found {}", kind_of(v)),
            false,
        )
    })
}

fn expect_text(v: &Value, ptr: &str, what: &str, fail: &Fail<'_>) -> Result<(), Error> {
    if v.is_string() {
        Ok(())
    } else {
        Err(fail(
            ptr,
            format!("expected {what} to be text; found {}", kind_of(v)),
            false,
        ))
    }
}

/// Refuses keys of `map` not in `known`, naming the known keys (and the
/// nearest one), never the key found.
fn known_keys(
    map: &serde_json::Map<String, Value>,
    ptr: &str,
    what: &str,
    known: &[&str],
    fail: &Fail<'_>,
) -> Result<(), Error> {
    let Some(key) = map.keys().find(|k| !known.contains(&k.as_str())) else {
        return Ok(());
    };
    let list = known
        .iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let nearest = known
        .iter()
        .map(|k| (strsim::levenshtein(k, key), *k))
        .filter(|&(d, _)| d <= 2)
        .min()
        .map(|(_, k)| format!("; did you mean `{k}`?"))
        .unwrap_or_default();
    Err(fail(
        &format!("{ptr}{}", crate::pointer::from_segments([key])),
        format!("unknown key in {what}{nearest}; the keys are {list}"),
        true,
    ))
}

/// Keys of `map` must be rule codes.
fn code_keys(
    map: &serde_json::Map<String, Value>,
    ptr: &str,
    what: &str,
    fail: &Fail<'_>,
) -> Result<(), Error> {
    match map.keys().find(|k| !crate::rules::valid_code(k)) {
        Some(key) => Err(fail(
            &format!("{ptr}{}", crate::pointer::from_segments([key])),
            format!("a key of {what} is not a rule code like `DM508`"),
            true,
        )),
        None => Ok(()),
    }
}

/// Checks the configuration's structure (keys, kinds of values, limits
/// within their ceilings), so that the errors name the file position and
/// what was expected, and never quote the file.
fn check_shape(root: &Value, fail: &Fail<'_>) -> Result<(), Error> {
    let top = expect_map(
        root,
        "",
        "the configuration (with the keys `severity`, `params`, `rule_files`, `limits`, `ignore`)",
        fail,
    )?;
    known_keys(top, "", "the configuration", TOP_KEYS, fail)?;
    if let Some(v) = top.get("severity") {
        let m = expect_map(v, "/severity", "`severity`", fail)?;
        code_keys(m, "/severity", "`severity`", fail)?;
        for (code, v) in m {
            let ptr = crate::pointer::from_segments(["severity", code.as_str()]);
            if !v.is_string() {
                return Err(fail(
                    &ptr,
                    format!(
                        "severity of `{code}` is `error`, `warning`, `info` or `off`; found {}",
                        kind_of(v)
                    ),
                    false,
                ));
            }
        }
    }
    if let Some(v) = top.get("params") {
        let m = expect_map(v, "/params", "`params`", fail)?;
        code_keys(m, "/params", "`params`", fail)?;
        for (code, v) in m {
            let ptr = crate::pointer::from_segments(["params", code.as_str()]);
            expect_map(v, &ptr, &format!("the parameters of `{code}`"), fail)?;
        }
    }
    if let Some(v) = top.get("rule_files") {
        for (i, f) in expect_list(v, "/rule_files", "`rule_files`", fail)?
            .iter()
            .enumerate()
        {
            expect_text(
                f,
                &format!("/rule_files/{i}"),
                "each entry of `rule_files` (a path)",
                fail,
            )?;
        }
    }
    if let Some(v) = top.get("limits") {
        let m = expect_map(v, "/limits", "`limits`", fail)?;
        let names: Vec<&str> = Limits::CEILINGS.iter().map(|&(k, _)| k).collect();
        known_keys(m, "/limits", "`limits`", &names, fail)?;
        for &(name, ceiling) in Limits::CEILINGS {
            let Some(v) = m.get(name) else { continue };
            let ok = v.as_u64().is_some_and(|n| n >= 1 && n <= ceiling as u64);
            if !ok {
                return Err(fail(
                    &format!("/limits/{name}"),
                    format!("`{name}` must be a whole number from 1 to {ceiling}"),
                    false,
                ));
            }
        }
    }
    if let Some(v) = top.get("ignore") {
        for (i, e) in expect_list(v, "/ignore", "`ignore`", fail)?
            .iter()
            .enumerate()
        {
            let at = format!("/ignore/{i}");
            let m = expect_map(e, &at, "each entry of `ignore`", fail)?;
            known_keys(m, &at, "an `ignore` entry", IGNORE_KEYS, fail)?;
            for required in ["files", "codes"] {
                if !m.contains_key(required) {
                    return Err(fail(
                        &at,
                        format!("this `ignore` entry has no `{required}`"),
                        false,
                    ));
                }
            }
            for key in ["files", "pointer", "reason"] {
                if let Some(v) = m.get(key) {
                    expect_text(v, &format!("{at}/{key}"), &format!("`{key}`"), fail)?;
                }
            }
            let codes = expect_list(&m["codes"], &format!("{at}/codes"), "`codes`", fail)?;
            for (j, c) in codes.iter().enumerate() {
                expect_text(
                    c,
                    &format!("{at}/codes/{j}"),
                    "each entry of `codes` (a rule code)",
                    fail,
                )?;
            }
        }
    }
    Ok(())
}
