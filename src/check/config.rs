//! The configuration file `dialogmote.yaml`: severities, rule parameters,
//! extra rule files, limits and `ignore` entries. Parsing and validation
//! only; the CLI finds and reads files.
//!
//! Validation has two steps, and each reports every problem it finds, each
//! at its line and column and with the byte range of what is wrong:
//! [`Config::from_yaml`] checks the file's own shape (keys, kinds of
//! values, severities, limits, globs), and building a [`crate::Linter`]
//! checks what only the rule catalogue knows (rule codes, parameter names
//! and types). [`Config::from_yaml_lenient`] keeps what is valid, so that
//! a program (the command line, the language server) builds the linter
//! with it too and reports the problems of both steps at once. Messages name keys, rule
//! codes and kinds of values, never a value: a reason in `ignore` is free
//! text, and a file given by mistake as configuration must not be printed.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::base::error::{Error, Sorted};
use crate::base::names::{did_you_mean, list, one_of};
use crate::findings::Severity;
use crate::load::Limits;
use crate::load::yaml_file::{FileKind, Place, YamlFile};

/// The configuration file's usual name.
pub const CONFIG_FILE: &str = "dialogmote.yaml";

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
    /// Where the entry is, with its byte range, for errors.
    place: Place,
    /// Where each of `codes` is, for errors.
    code_locations: Vec<Place>,
    matcher: globset::GlobMatcher,
}

impl Ignore {
    /// Where entry `i` of `codes` is in the configuration.
    pub(crate) fn code_location(&self, i: usize) -> Place {
        self.code_locations
            .get(i)
            .cloned()
            .unwrap_or_else(|| self.place.clone())
    }

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
    /// Where the organisation publishes the rule reference (`docs/rules.md`
    /// as a page): a rule code links to `{docs_url}#dm505`. `None` (the
    /// default): no finding links anywhere.
    pub docs_url: Option<String>,
    /// Where each rule code is named under `severity` and `params`
    /// ((section, code) to line and column), for errors.
    locations: BTreeMap<(&'static str, String), Place>,
    /// Where each entry of `rule_files` is, for errors.
    rule_file_locations: Vec<Place>,
    /// Where each parameter override is: (code, name) to the place of its
    /// key and of its value.
    param_locations: BTreeMap<(String, String), [Place; 2]>,
}

impl Config {
    /// Parses and checks a configuration from YAML text. `file` names it in
    /// errors. Every problem of the file's own shape is reported (an
    /// [`Error::Several`] when there is more than one), each at its line and
    /// column; rule codes and parameters are checked when the linter is
    /// built, against the rules it has.
    pub fn from_yaml(file: &str, text: &str) -> Result<Config, Error> {
        let (config, errors) = Config::from_yaml_lenient(file, text);
        Error::check(errors)?;
        Ok(config)
    }

    /// As [`Config::from_yaml`], but what is valid is kept: the
    /// configuration without its mistakes, and every problem of the file's
    /// own shape (in the order of their places; a file that is not YAML
    /// gives its syntax errors and an empty configuration). So a program
    /// can also check the rest (rule codes, parameters, rule files) and
    /// report every problem at once.
    pub fn from_yaml_lenient(file: &str, text: &str) -> (Config, Vec<Error>) {
        let mut config = Config {
            file: file.to_owned(),
            ..Config::default()
        };
        let yaml = match YamlFile::load(file, text, FileKind::Config) {
            Ok(yaml) => yaml,
            Err(e) => return (config, e.into_problems()),
        };
        if yaml.value().is_null() {
            return (config, Vec::new());
        }
        let mut check = Check {
            yaml: &yaml,
            errors: Vec::new(),
        };
        check.top(&mut config);
        (config, check.errors.sorted())
    }

    /// Where `code` is named under `section` (`severity` or `params`), as
    /// a 1-based line and column.
    pub(crate) fn location_of(&self, section: &'static str, code: &str) -> Place {
        self.locations
            .get(&(section, code.to_owned()))
            .cloned()
            .unwrap_or_else(Place::start)
    }

    /// Where the override of parameter `name` of rule `code` is (1-based
    /// line and column): its key when `at_key`, else its value.
    pub(crate) fn param_location(&self, code: &str, name: &str, at_key: bool) -> Place {
        self.param_locations
            .get(&(code.to_owned(), name.to_owned()))
            .map(|l| l[usize::from(!at_key)].clone())
            .unwrap_or_else(|| self.location_of("params", code))
    }

    /// Where entry `i` of `rule_files` is in the file (1-based line and
    /// column), for errors about that rule file.
    pub fn rule_file_location(&self, i: usize) -> (usize, usize) {
        let p = self.rule_file_place(i);
        (p.line, p.column)
    }

    /// An error about entry `i` of `rule_files` (a file that cannot be
    /// read, lies outside the configuration's folder, or goes over a
    /// limit), at that entry: `message` says why.
    pub fn rule_file_error(&self, i: usize, message: impl Into<String>) -> Error {
        crate::load::yaml_file::error(
            FileKind::Config,
            &self.file,
            self.rule_file_place(i),
            message.into(),
        )
    }

    /// Where entry `i` of `rule_files` is, with its byte range.
    pub(crate) fn rule_file_place(&self, i: usize) -> Place {
        self.rule_file_locations
            .get(i)
            .cloned()
            .unwrap_or_else(Place::start)
    }
}

/// The keys of the configuration's top level.
const TOP_KEYS: &[&str] = &[
    "severity",
    "params",
    "rule_files",
    "limits",
    "ignore",
    "docs_url",
];

/// The keys of an `ignore` entry.
const IGNORE_KEYS: &[&str] = &["files", "codes", "pointer", "reason"];

/// The values of a rule's severity in the configuration.
const SEVERITIES: &[&str] = &["error", "warning", "info", "off"];

/// What kind of value `v` is, in words (never the value itself).
pub(crate) fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "nothing",
        Value::Bool(_) => "`true` or `false`",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}

/// A rule code as it may be shown: the code when it has a code's form
/// (capital letters, then digits), else words that do not quote the key.
pub(crate) fn shown_code(code: &str) -> String {
    if crate::rules::valid_code(code) {
        format!("`{code}`")
    } else {
        "this rule".to_owned()
    }
}

/// One pass over the configuration's value tree that fills a [`Config`] with
/// what is valid and collects an error for each thing that is not.
struct Check<'y, 't> {
    yaml: &'y YamlFile<'t>,
    errors: Vec<Error>,
}

impl Check<'_, '_> {
    fn fail(&mut self, ptr: &str, message: String, at_key: bool) {
        self.errors.push(self.yaml.error(ptr, message, at_key));
    }

    /// `get(v)`, or an error "expected WHAT to be SHAPE; found KIND".
    fn expect<'v, T>(
        &mut self,
        v: &'v Value,
        (ptr, what, shape): (&str, &str, &str),
        get: impl FnOnce(&'v Value) -> Option<T>,
    ) -> Option<T> {
        let got = get(v);
        if got.is_none() {
            self.fail(
                ptr,
                format!("expected {what} to be {shape}; found {}", kind_of(v)),
                false,
            );
        }
        got
    }

    fn map<'v>(&mut self, v: &'v Value, ptr: &str, what: &str) -> Option<&'v Map<String, Value>> {
        self.expect(v, (ptr, what, "a mapping"), Value::as_object)
    }

    fn list<'v>(&mut self, v: &'v Value, ptr: &str, what: &str) -> Option<&'v [Value]> {
        self.expect(v, (ptr, what, "a list"), |v| {
            v.as_array().map(Vec::as_slice)
        })
    }

    fn text<'v>(&mut self, v: &'v Value, ptr: &str, what: &str) -> Option<&'v str> {
        self.expect(v, (ptr, what, "text"), Value::as_str)
    }

    /// An error for each key of `map` not in `known`, naming the known keys
    /// (and the nearest one), never the key found.
    fn known_keys(&mut self, map: &Map<String, Value>, ptr: &str, what: &str, known: &[&str]) {
        for key in map.keys().filter(|k| !known.contains(&k.as_str())) {
            self.fail(
                &child(ptr, key),
                format!(
                    "unknown key in {what}{}; the keys are {}",
                    did_you_mean(key, known),
                    list(known)
                ),
                true,
            );
        }
    }

    fn place(&self, ptr: &str, at_key: bool) -> Place {
        self.yaml.place(ptr, at_key)
    }

    fn top(&mut self, config: &mut Config) {
        let Some(top) = self.map(
            self.yaml.value(),
            "",
            &format!("the configuration (with the keys {})", list(TOP_KEYS)),
        ) else {
            return;
        };
        self.known_keys(top, "", "the configuration", TOP_KEYS);
        if let Some(v) = top.get("severity") {
            self.severity(v, config);
        }
        if let Some(v) = top.get("params") {
            self.params(v, config);
        }
        if let Some(v) = top.get("rule_files") {
            for (i, f) in self
                .list(v, "/rule_files", "`rule_files`")
                .unwrap_or_default()
                .iter()
                .enumerate()
            {
                let ptr = format!("/rule_files/{i}");
                if let Some(f) = self.text(f, &ptr, "each entry of `rule_files` (a path)") {
                    config.rule_files.push(f.to_owned());
                    config.rule_file_locations.push(self.place(&ptr, false));
                }
            }
        }
        if let Some(v) = top.get("limits") {
            self.limits(v, &mut config.limits);
        }
        if let Some(v) = top.get("docs_url") {
            config.docs_url = self.docs_url(v);
        }
        if let Some(v) = top.get("ignore") {
            for (i, e) in self
                .list(v, "/ignore", "`ignore`")
                .unwrap_or_default()
                .iter()
                .enumerate()
            {
                if let Some(entry) = self.ignore(e, &format!("/ignore/{i}")) {
                    config.ignore.push(entry);
                }
            }
        }
    }

    /// `docs_url`: a web address (`https://` or `http://`, no spaces),
    /// where a rule's anchor (`#dm505`) can follow.
    fn docs_url(&mut self, v: &Value) -> Option<String> {
        let url = self.text(v, "/docs_url", "`docs_url` (a web address)")?;
        let web = ["https://", "http://"]
            .iter()
            .any(|s| url.len() > s.len() && url.starts_with(s));
        if !web || url.contains(|c: char| c.is_whitespace() || c == '#') {
            self.fail(
                "/docs_url",
                "`docs_url` must be a web address that starts with `https://` (or `http://`), without spaces or `#`, like `https://intranett.example.no/dialogmote/rules.html`; a rule links to it with its code as the anchor (`#dm505`)".into(),
                false,
            );
            return None;
        }
        Some(url.to_owned())
    }

    fn severity(&mut self, v: &Value, config: &mut Config) {
        let Some(m) = self.map(v, "/severity", "`severity`") else {
            return;
        };
        for (code, v) in m {
            let ptr = child("/severity", code);
            let expected = format!(
                "the severity of {} is {}",
                shown_code(code),
                one_of(SEVERITIES)
            );
            let severity = match v.as_str() {
                Some("off") => Some(None),
                Some(s) => Severity::parse(s).map(Some),
                None => None,
            };
            match severity {
                Some(s) => {
                    config.severity.insert(code.clone(), s);
                    config
                        .locations
                        .insert(("severity", code.clone()), self.place(&ptr, true));
                }
                None => {
                    let hint = match v.as_str() {
                        Some(s) => did_you_mean(s, SEVERITIES),
                        None => format!("; found {}", kind_of(v)),
                    };
                    self.fail(&ptr, format!("{expected}{hint}"), false);
                }
            }
        }
    }

    fn params(&mut self, v: &Value, config: &mut Config) {
        let Some(m) = self.map(v, "/params", "`params`") else {
            return;
        };
        for (code, v) in m {
            let ptr = child("/params", code);
            let what = format!("the parameters of {}", shown_code(code));
            let Some(names) = self.map(v, &ptr, &what) else {
                continue;
            };
            config
                .locations
                .insert(("params", code.clone()), self.place(&ptr, true));
            for name in names.keys() {
                let at = child(&ptr, name);
                config.param_locations.insert(
                    (code.clone(), name.clone()),
                    [self.place(&at, true), self.place(&at, false)],
                );
            }
            config.params.insert(
                code.clone(),
                names.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            );
        }
    }

    fn limits(&mut self, v: &Value, limits: &mut Limits) {
        let Some(m) = self.map(v, "/limits", "`limits`") else {
            return;
        };
        let names: Vec<&str> = Limits::CEILINGS.iter().map(|&(k, _)| k).collect();
        self.known_keys(m, "/limits", "`limits`", &names);
        for &(name, ceiling) in Limits::CEILINGS {
            let Some(v) = m.get(name) else { continue };
            match v.as_u64().and_then(|n| usize::try_from(n).ok()) {
                Some(n) if (1..=ceiling).contains(&n) => {
                    *match name {
                        "max_bytes" => &mut limits.max_bytes,
                        "max_depth" => &mut limits.max_depth,
                        "max_nodes" => &mut limits.max_nodes,
                        "max_alias_nodes" => &mut limits.max_alias_nodes,
                        _ => &mut limits.max_findings,
                    } = n;
                }
                _ => self.fail(
                    &child("/limits", name),
                    format!("`{name}` must be a whole number from 1 to {ceiling}"),
                    false,
                ),
            }
        }
    }

    fn ignore(&mut self, e: &Value, at: &str) -> Option<Ignore> {
        let m = self.map(e, at, "each entry of `ignore`")?;
        self.known_keys(m, at, "an `ignore` entry", IGNORE_KEYS);
        for required in ["files", "codes"] {
            if !m.contains_key(required) {
                self.fail(
                    at,
                    format!("this `ignore` entry has no `{required}`; an entry needs `files` (a glob) and `codes` (a list of rule codes)"),
                    false,
                );
            }
        }
        let mut ok = true;
        let mut text = |this: &mut Self, key: &str| match m.get(key) {
            Some(v) => {
                let t = this.text(v, &child(at, key), &format!("`{key}`"));
                ok &= t.is_some();
                t.map(str::to_owned)
            }
            None => None,
        };
        let files = text(self, "files");
        let pointer = text(self, "pointer");
        let reason = text(self, "reason");
        if let Some(p) = &pointer
            && !(p.is_empty() || p.starts_with('/'))
        {
            self.fail(
                &child(at, "pointer"),
                "`pointer` is a JSON Pointer: empty for the whole document, or starting with `/`, like `/participants/0`".into(),
                false,
            );
            ok = false;
        }
        let matcher = files.as_deref().and_then(|f| {
            match globset::GlobBuilder::new(f).literal_separator(true).build() {
                Ok(g) => Some(g.compile_matcher()),
                Err(err) => {
                    self.fail(
                        &child(at, "files"),
                        format!(
                            "`files` is not a valid glob: {}; write a path relative to the configuration's folder, with `*`, `**` or `?`, like `referater/**/*.yaml`",
                            err.kind()
                        ),
                        false,
                    );
                    None
                }
            }
        });
        let mut codes = Vec::new();
        let mut code_locations = Vec::new();
        if let Some(v) = m.get("codes") {
            let ptr = child(at, "codes");
            for (j, c) in self
                .list(v, &ptr, "`codes`")
                .unwrap_or_default()
                .iter()
                .enumerate()
            {
                let cp = format!("{ptr}/{j}");
                match self.text(c, &cp, "each entry of `codes` (a rule code like `DM508`)") {
                    Some(c) => {
                        codes.push(c.to_owned());
                        code_locations.push(self.place(&cp, false));
                    }
                    None => ok = false,
                }
            }
        }
        Some(Ignore {
            files: files?,
            codes,
            pointer,
            reason: reason.filter(|r| !r.trim().is_empty()),
            location: self.yaml.position(at, false),
            place: self.place(at, false),
            code_locations,
            matcher: matcher.filter(|_| ok)?,
        })
    }
}

/// `ptr` with the key `seg` added.
fn child(ptr: &str, seg: &str) -> String {
    let mut p = ptr.to_owned();
    crate::base::pointer::push(&mut p, seg);
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each problem carries the byte range of what is wrong: the key of an
    /// unknown entry, the value that is not a severity, the limit's value.
    #[test]
    fn problems_carry_the_byte_range_of_what_is_wrong() {
        let text = "severity:\n  DM102: loud\nlimits: {max_bytes: 0}\nextra: 1\n";
        let (config, errors) = Config::from_yaml_lenient("c.yaml", text);
        let ranges: Vec<&str> = errors
            .iter()
            .map(|e| match e {
                Error::Config { range, .. } => &text[range.clone()],
                other => panic!("{other}"),
            })
            .collect();
        assert_eq!(ranges, ["loud", "0", "extra"]);
        // What is valid is kept.
        assert_eq!(config.file, "c.yaml");
        assert!(Config::from_yaml("c.yaml", text).is_err());
        // A rule file's entry, for errors found while reading it.
        let (config, errors) =
            Config::from_yaml_lenient("c.yaml", "rule_files: [a.yaml, b.yaml]\n");
        assert!(errors.is_empty());
        match config.rule_file_error(1, "gone") {
            Error::Config {
                line,
                column,
                range,
                ..
            } => {
                assert_eq!((line, column), (1, 22));
                assert_eq!(range, 21..27);
            }
            other => panic!("{other}"),
        }
    }

    /// Not YAML at all: its syntax errors, and nothing configured.
    #[test]
    fn a_file_that_is_not_yaml_gives_its_syntax_errors() {
        let (config, errors) = Config::from_yaml_lenient("c.yaml", "severity: [\n");
        assert!(!errors.is_empty());
        assert!(config.severity.is_empty());
    }
}
