//! Compiling rule specs (raw YAML values) into the evaluator's form: paths
//! parsed, names bound to slots, regexes built, parameters resolved. Every
//! error carries the JSON Pointer of the offending node in the rule file.

use serde_json::Value;

use super::registry::{self, Kind};
use super::required::{Registry, Required};
use super::set::Set;
use crate::base::names::list;
use crate::base::pointer;

pub(crate) use super::ast::*;

/// An error at a pointer inside a rule file.
#[derive(Debug, Clone)]
pub(crate) struct CompileError {
    pub pointer: String,
    pub message: String,
    /// Locate the key at `pointer` rather than its value (unknown names).
    pub at_key: bool,
}

pub(crate) type CResult<T> = Result<T, CompileError>;

fn err<T>(at: &str, message: impl Into<String>) -> CResult<T> {
    Err(CompileError {
        pointer: at.to_owned(),
        message: message.into(),
        at_key: false,
    })
}

/// An error about the name of a key (an unknown function or option).
fn err_key<T>(at: &str, message: impl Into<String>) -> CResult<T> {
    Err(CompileError {
        pointer: at.to_owned(),
        message: message.into(),
        at_key: true,
    })
}

fn child(at: &str, seg: &str) -> String {
    let mut p = at.to_owned();
    pointer::push(&mut p, seg);
    p
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BindKind {
    Node,
    Value,
}

/// Names in scope while compiling one rule.
pub(crate) struct Scope<'p> {
    binds: Vec<(String, BindKind)>,
    lets: Vec<String>,
    params: &'p [(String, Value)],
    /// What the compiled regular expressions of all rule files may still
    /// take, in bytes (see [`compile_set`]).
    regex_budget: &'p std::cell::Cell<usize>,
    /// The rule's code, for errors about all rules together.
    code: &'p str,
    /// The character classes of every `matches` so far (see `required`).
    classes: &'p Registry,
    /// The cache slots given out so far (shared with isolated scopes).
    slots: std::rc::Rc<std::cell::Cell<usize>>,
}

impl<'p> Scope<'p> {
    pub(crate) fn new(
        params: &'p [(String, Value)],
        regex_budget: &'p std::cell::Cell<usize>,
        code: &'p str,
        classes: &'p Registry,
    ) -> Self {
        Scope {
            binds: Vec::new(),
            lets: Vec::new(),
            params,
            regex_budget,
            code,
            classes,
            slots: Default::default(),
        }
    }

    /// A scope that sees only the parameters (for `occurrence`).
    fn isolated(&self) -> Scope<'p> {
        let mut inner = Scope::new(self.params, self.regex_budget, self.code, self.classes);
        inner.slots = self.slots.clone();
        inner
    }

    /// A new cache slot: an index into the evaluator's per-rule tables.
    fn slot(&self) -> usize {
        let n = self.slots.get();
        self.slots.set(n + 1);
        n
    }

    pub(crate) fn set_lets(&mut self, names: Vec<String>) {
        self.lets = names;
    }

    fn push(&mut self, name: &str, kind: BindKind) -> usize {
        self.binds.push((name.to_owned(), kind));
        self.binds.len() - 1
    }

    fn pop(&mut self) {
        self.binds.pop();
    }

    fn innermost_node(&self) -> Option<usize> {
        self.binds.iter().rposition(|(_, k)| *k == BindKind::Node)
    }

    fn named(&self, name: &str) -> Option<(usize, BindKind)> {
        self.binds
            .iter()
            .rposition(|(n, _)| n == name)
            .map(|i| (i, self.binds[i].1))
    }

    fn var(&self, name: &str, at: &str) -> CResult<Expr> {
        if let Some(i) = self.lets.iter().position(|n| n == name) {
            return Ok(Expr::Let(i));
        }
        match self.named(name) {
            Some((i, BindKind::Value)) => return Ok(Expr::Bound(i)),
            Some((_, BindKind::Node)) => {
                return err(
                    at,
                    "this name is bound to a node; write it as a path that starts with `$`",
                );
            }
            None => {}
        }
        if name == "as_of" {
            return Ok(Expr::AsOf);
        }
        let mut known: Vec<&str> = self.lets.iter().map(String::as_str).collect();
        known.extend(
            self.binds
                .iter()
                .filter(|(n, k)| *k == BindKind::Value && !n.is_empty())
                .map(|(n, _)| n.as_str()),
        );
        known.push("as_of");
        err(
            at,
            format!(
                "unknown variable{}; a variable is a `let`, a `for_each` value, or `as_of`",
                crate::base::names::did_you_mean(name, &known)
            ),
        )
    }

    fn param(&self, name: &str, at: &str) -> CResult<usize> {
        self.params.iter().position(|(n, _)| n == name).map_or_else(
            || {
                let known: Vec<&str> = self.params.iter().map(|(n, _)| n.as_str()).collect();
                err(
                    at,
                    format!(
                        "unknown parameter{}; declare it under `params`",
                        crate::base::names::did_you_mean(name, &known)
                    ),
                )
            },
            Ok,
        )
    }
}

/// Parses `/a/*/b`, `@/x`, `$name/x`, with `*`, `**` and `{var}` segments.
pub(crate) fn path(s: &str, scope: &Scope<'_>, at: &str) -> CResult<PathPat> {
    let (base, rest) = if let Some(rest) = s.strip_prefix('@') {
        let Some(slot) = scope.innermost_node() else {
            return err(
                at,
                "`@` is only meaningful inside `for_each` or a quantifier",
            );
        };
        (Base::Slot(slot), rest)
    } else if let Some(rest) = s.strip_prefix('$') {
        let end = rest.find('/').unwrap_or(rest.len());
        let name = &rest[..end];
        match scope.named(name) {
            Some((slot, BindKind::Node)) => (Base::Slot(slot), &rest[end..]),
            Some((_, BindKind::Value)) => {
                return err(
                    at,
                    format!(
                        "`${name}` is a value, not a node; use `{{{name}}}` in a path or `var: {name}`"
                    ),
                );
            }
            None if name == "comments" => (Base::Comments, &rest[end..]),
            None => {
                return err(
                    at,
                    "unknown name after `$`; bind it with `as:` in `for_each` or a quantifier, or use `$comments`",
                );
            }
        }
    } else if s.is_empty() || s.starts_with('/') {
        (Base::Root, s)
    } else {
        return err(at, "a path starts with `/`, `@` or `$name`");
    };
    if !rest.is_empty() && !rest.starts_with('/') {
        return err(at, "a path's segments are separated by `/`");
    }
    let mut segs = Vec::new();
    for raw in pointer::segments(rest) {
        let seg = match raw.as_str() {
            "*" => Seg::Wild,
            "**" => Seg::Deep,
            t if t.starts_with('{') && t.ends_with('}') => {
                let name = &t[1..t.len() - 1];
                match scope.named(name) {
                    Some((slot, BindKind::Value)) => Seg::Var(slot),
                    _ => {
                        return err(
                            at,
                            "a `{NAME}` segment in a path is expected to name a `for_each` value (`as: NAME`)",
                        );
                    }
                }
            }
            t if t.contains(['{', '}', '*']) => {
                return err(
                    at,
                    "bad path segment: `*`, `**` and `{name}` stand alone between two `/`",
                );
            }
            _ => Seg::Key(raw),
        };
        segs.push(seg);
    }
    if segs.iter().filter(|s| matches!(s, Seg::Deep)).count() > 1 {
        // Each `**` multiplies the selection by the document's size.
        return err(
            at,
            "a path may hold `**` only once: `/**` already selects every node",
        );
    }
    Ok(PathPat { base, segs })
}

fn single_path(v: &Value, scope: &Scope<'_>, at: &str) -> CResult<PathPat> {
    let Some(s) = v.as_str() else {
        return err(
            at,
            "expected a path (a string starting with `/`, `@` or `$name`)",
        );
    };
    let p = path(s, scope, at)?;
    if p.is_multi() {
        return err(
            at,
            "this path must select one node; `*` and `**` belong in `each`",
        );
    }
    Ok(p)
}

fn any_path(v: &Value, scope: &Scope<'_>, at: &str) -> CResult<PathPat> {
    let Some(s) = v.as_str() else {
        return err(
            at,
            "expected a path (a string starting with `/`, `@` or `$name`)",
        );
    };
    path(s, scope, at)
}

/// The single `(key, value)` of a one-key mapping.
fn one_key<'v>(v: &'v Value, at: &str, what: &str) -> CResult<(&'v str, &'v Value)> {
    match v.as_object() {
        Some(m) if m.len() == 1 => {
            let (k, x) = m.iter().next().expect("one entry");
            Ok((k.as_str(), x))
        }
        _ => err(
            at,
            format!("{what} must be a mapping with exactly one key, the function's name"),
        ),
    }
}

fn fields<'v>(
    v: &'v Value,
    at: &str,
    func: &str,
    allowed: &[&str],
    required: &[&str],
) -> CResult<&'v serde_json::Map<String, Value>> {
    let Some(m) = v.as_object() else {
        return err(
            at,
            format!("`{func}` takes a mapping with {}", list(allowed)),
        );
    };
    for k in m.keys() {
        if !allowed.contains(&k.as_str()) {
            return err_key(
                &child(at, k),
                format!(
                    "`{func}` has no such option{}; it takes {}",
                    crate::base::names::did_you_mean(k, allowed),
                    list(allowed)
                ),
            );
        }
    }
    for r in required {
        if !m.contains_key(*r) {
            return err(at, format!("`{func}` needs `{r}`"));
        }
    }
    Ok(m)
}

/// "unknown condition; did you mean `y`?; conditions are …". The name as
/// typed is never shown: it is text from the file.
fn unknown_name(kind: &str, plural: &str, name: &str, known: &[&str]) -> String {
    format!(
        "unknown {kind}{}; {plural} are {}",
        crate::base::names::did_you_mean(name, known),
        list(known)
    )
}

/// The mapping of function `name` of `kind`, with the fields the registry
/// gives it (see [`fields`]).
fn func_fields<'v>(
    arg: &'v Value,
    at: &str,
    kind: Kind,
    name: &str,
) -> CResult<&'v serde_json::Map<String, Value>> {
    let f = registry::get(kind, name).ok_or_else(|| CompileError {
        pointer: at.to_owned(),
        message: format!("`{name}` is not in the rule language's registry (a bug)"),
        at_key: true,
    })?;
    fields(arg, at, name, &f.allowed(), &f.required())
}

/// The text operand of `matches` and `national_id`: a path (the node's
/// value), or a mapping with `path` or `key` (the node's member name) and
/// the function's own options.
fn text_of<'v>(
    arg: &'v Value,
    scope: &Scope<'_>,
    at: &str,
    func: &str,
) -> CResult<(TextOf, Option<&'v serde_json::Map<String, Value>>)> {
    if arg.is_string() {
        return Ok((TextOf::Value(single_path(arg, scope, at)?), None));
    }
    let m = func_fields(arg, at, Kind::Condition, func)?;
    let text = match (m.get("path"), m.get("key")) {
        (Some(p), None) => TextOf::Value(single_path(p, scope, &child(at, "path"))?),
        (None, Some(p)) => TextOf::Key(single_path(p, scope, &child(at, "key"))?),
        _ => {
            return err(
                at,
                format!("`{func}` reads either `path` (the value) or `key` (the member name)"),
            );
        }
    };
    Ok((text, Some(m)))
}

/// A list of words (compared without regard to case).
fn words(v: &Value, at: &str) -> CResult<Vec<String>> {
    match v.as_array() {
        Some(a) if a.iter().all(Value::is_string) => Ok(a
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_lowercase)
            .collect()),
        _ => err(at, "expected a list of words"),
    }
}

/// The most all compiled regular expressions of all rule files together may
/// take, in bytes (charged by [`compile_set`]).
pub(crate) const REGEX_TOTAL_LIMIT: usize = 64 << 20;

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
    let budget = (scope.regex_budget, scope.code, scope.classes);
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
                        let Some(set) = list.and_then(super::builtin_list) else {
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
    super::BUILTIN_LISTS
        .iter()
        .map(|(n, _)| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn cond(v: &Value, scope: &mut Scope<'_>, at: &str) -> CResult<Cond> {
    let (name, arg) = one_key(v, at, "a condition")?;
    let at_arg = child(at, name);
    let at = at_arg.as_str();
    Ok(match name {
        "all" | "any" => {
            let Some(items) = arg.as_array() else {
                return err(at, format!("`{name}` takes a list of conditions"));
            };
            let mut out = Vec::with_capacity(items.len());
            for (i, c) in items.iter().enumerate() {
                out.push(cond(c, scope, &child(at, &i.to_string()))?);
            }
            if name == "all" {
                Cond::All(out)
            } else {
                Cond::Any(out)
            }
        }
        "not" => Cond::Not(Box::new(cond(arg, scope, at)?)),
        "present" => Cond::Present(single_path(arg, scope, at)?),
        "absent" => Cond::Absent(single_path(arg, scope, at)?),
        "empty" => Cond::Empty(single_path(arg, scope, at)?),
        "filled" => Cond::Filled(single_path(arg, scope, at)?),
        "national_id" => {
            let (text, m) = text_of(arg, scope, at, name)?;
            let not_after = match m.and_then(|m| m.get("not_after")) {
                Some(v) => words(v, &child(at, "not_after"))?,
                None => Vec::new(),
            };
            Cond::NationalId(text, not_after)
        }
        "equals" => {
            let m = func_fields(arg, at, Kind::Condition, name)?;
            let value = m["value"].clone();
            if value.is_object() || value.is_array() {
                return err(
                    &child(at, "value"),
                    "`equals` compares with a single value; use `member` for a list",
                );
            }
            Cond::Equals(single_path(&m["path"], scope, &child(at, "path"))?, value)
        }
        "compare" => {
            let m = func_fields(arg, at, Kind::Condition, name)?;
            let op = match m["op"].as_str() {
                Some("<") => Op::Lt,
                Some("<=") => Op::Le,
                Some(">") => Op::Gt,
                Some(">=") => Op::Ge,
                Some("==") => Op::Eq,
                Some("!=") => Op::Ne,
                _ => {
                    return err(
                        &child(at, "op"),
                        "`op` is one of `<`, `<=`, `>`, `>=`, `==`, `!=`",
                    );
                }
            };
            Cond::Compare(
                expr(&m["left"], scope, &child(at, "left"))?,
                op,
                expr(&m["right"], scope, &child(at, "right"))?,
            )
        }
        "matches" => {
            let (text, m) = text_of(arg, scope, at, name)?;
            let Some(m) = m.filter(|m| m.contains_key("patterns")) else {
                return err(at, "`matches` needs `patterns`");
            };
            Cond::Matches(
                text,
                matcher(&m["patterns"], &child(at, "patterns"), scope)?,
            )
        }
        "member" => {
            let m = func_fields(arg, at, Kind::Condition, name)?;
            let value = expr(&m["value"], scope, &child(at, "value"))?;
            let Some(items) = m["of"].as_array() else {
                return err(
                    &child(at, "of"),
                    "`of` is a list of sources: paths, `{values: [...]}` or `{each, where, select}`",
                );
            };
            let mut sources = Vec::new();
            for (i, s) in items.iter().enumerate() {
                sources.push(source(s, scope, &child(&child(at, "of"), &i.to_string()))?);
            }
            Cond::Member(value, sources)
        }
        "some" | "every" | "none" => {
            let kind = match name {
                "some" => Quant::Some,
                "every" => Quant::Every,
                _ => Quant::None,
            };
            let (each, slot, filter) = quantified(arg, scope, at, Kind::Condition, name)?;
            Cond::Quant {
                kind,
                each,
                slot,
                filter,
            }
        }
        other => {
            return err_key(
                at,
                unknown_name(
                    "condition",
                    "conditions",
                    other,
                    &registry::names(Kind::Condition),
                ),
            );
        }
    })
}

/// `{each: PATH, as: NAME, where: COND}` — binds NAME (and `@`) to each node.
fn quantified(
    arg: &Value,
    scope: &mut Scope<'_>,
    at: &str,
    kind: Kind,
    func: &str,
) -> CResult<(PathPat, usize, Option<Box<Cond>>)> {
    let m = func_fields(arg, at, kind, func)?;
    let each = any_path(&m["each"], scope, &child(at, "each"))?;
    let name = binding_name(m, at)?;
    let slot = scope.push(&name, BindKind::Node);
    let filter = match m.get("where") {
        Some(c) => Some(Box::new(
            cond(c, scope, &child(at, "where")).inspect_err(|_| scope.pop())?,
        )),
        None => None,
    };
    scope.pop();
    Ok((each, slot, filter))
}

fn source(v: &Value, scope: &mut Scope<'_>, at: &str) -> CResult<Source> {
    match v {
        Value::String(_) => Ok(Source::Path(any_path(v, scope, at)?, false, scope.slot())),
        Value::Object(m) if m.contains_key("values") || m.contains_key("path") => {
            let first = if m.contains_key("values") {
                "values"
            } else {
                "path"
            };
            let m = fields(v, at, "a source", &[first, "ignore_case"], &[first])?;
            let ignore_case = match m.get("ignore_case") {
                None => false,
                Some(Value::Bool(b)) => *b,
                Some(_) => {
                    return err(
                        &child(at, "ignore_case"),
                        "`ignore_case` is `true` or `false`",
                    );
                }
            };
            if first == "path" {
                return Ok(Source::Path(
                    any_path(&m["path"], scope, &child(at, "path"))?,
                    ignore_case,
                    scope.slot(),
                ));
            }
            match &m["values"] {
                Value::Array(a) if a.iter().all(|x| !x.is_object() && !x.is_array()) => {
                    Ok(Source::Values(a.clone(), ignore_case))
                }
                Value::Object(o)
                    if o.len() == 1 && o.get("param").is_some_and(Value::is_string) =>
                {
                    let pname = o["param"].as_str().unwrap_or_default();
                    let idx = scope.param(pname, &child(at, "values"))?;
                    // The default is checked here, a configuration's value
                    // when the linter is built (it must be of the same form).
                    match &scope.params[idx].1 {
                        Value::Array(a) if a.iter().all(|x| !x.is_object() && !x.is_array()) => {
                            Ok(Source::Param(idx, ignore_case))
                        }
                        _ => err(
                            &child(at, "values"),
                            format!("parameter `{pname}` is not a list of plain values"),
                        ),
                    }
                }
                _ => err(
                    &child(at, "values"),
                    "`values` is a list of plain values or `{param: NAME}`",
                ),
            }
        }
        Value::Object(_) => {
            let m = fields(
                v,
                at,
                "a source",
                &["each", "as", "where", "select"],
                &["each", "select"],
            )?;
            let each = any_path(&m["each"], scope, &child(at, "each"))?;
            let name = binding_name(m, at)?;
            let slot = scope.push(&name, BindKind::Node);
            let result = (|| {
                let filter = match m.get("where") {
                    Some(c) => Some(Box::new(cond(c, scope, &child(at, "where"))?)),
                    None => None,
                };
                let select = single_path(&m["select"], scope, &child(at, "select"))?;
                Ok((filter, select))
            })();
            scope.pop();
            let (filter, select) = result?;
            Ok(Source::Collect {
                each,
                slot,
                filter,
                select,
            })
        }
        _ => err(
            at,
            "a source is a path, `{values: [...]}` or `{each, where, select}`",
        ),
    }
}

/// The optional `as: NAME` of `for_each`, quantifiers and sources.
fn binding_name(m: &serde_json::Map<String, Value>, at: &str) -> CResult<String> {
    match m.get("as") {
        Some(Value::String(s)) if is_ident(s) => Ok(s.clone()),
        Some(_) => err(
            &child(at, "as"),
            "`as` is a name: lowercase letters, digits and `_`",
        ),
        None => Ok(String::new()),
    }
}

pub(crate) fn is_ident(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

pub(crate) fn expr(v: &Value, scope: &mut Scope<'_>, at: &str) -> CResult<Expr> {
    match v {
        Value::String(s) if s.starts_with(['/', '@', '$']) => {
            return Ok(Expr::Path(single_path(v, scope, at)?));
        }
        Value::Object(_) => {}
        Value::Array(_) => {
            return err(
                at,
                "an expression is a value, a path, or a one-key mapping naming a function",
            );
        }
        other => return Ok(Expr::Lit(other.clone())),
    }
    let (name, arg) = one_key(v, at, "an expression")?;
    let at_arg = child(at, name);
    let at = at_arg.as_str();
    let pair = |scope: &mut Scope<'_>, a: &str, b: &str| -> CResult<(Box<Expr>, Box<Expr>)> {
        let m = func_fields(arg, at, Kind::Expression, name)?;
        Ok((
            Box::new(expr(&m[a], scope, &child(at, a))?),
            Box::new(expr(&m[b], scope, &child(at, b))?),
        ))
    };
    let many = |scope: &mut Scope<'_>| -> CResult<Vec<Expr>> {
        let Some(items) = arg.as_array().filter(|a| !a.is_empty()) else {
            return err(at, format!("`{name}` takes a list of expressions"));
        };
        items
            .iter()
            .enumerate()
            .map(|(i, e)| expr(e, scope, &child(at, &i.to_string())))
            .collect()
    };
    Ok(match name {
        "path" => Expr::Path(single_path(arg, scope, at)?),
        "value" => Expr::Lit(arg.clone()),
        "var" => match arg.as_str() {
            Some(n) => scope.var(n, at)?,
            None => return err(at, "`var` takes a name"),
        },
        "param" => {
            let Some(s) = arg.as_str() else {
                return err(
                    at,
                    "`param` takes a parameter name, optionally `name/{var}` or `name/key`",
                );
            };
            let (pname, key) = match s.split_once('/') {
                Some((p, k)) => (p, Some(k)),
                None => (s, None),
            };
            let idx = scope.param(pname, at)?;
            let key = match key {
                None => None,
                Some(k) if k.starts_with('{') && k.ends_with('}') => {
                    match scope.named(&k[1..k.len() - 1]) {
                        Some((slot, BindKind::Value)) => Some(Seg::Var(slot)),
                        _ => return err(at, "`{…}` needs a `for_each` value of that name"),
                    }
                }
                Some(k) => Some(Seg::Key(k.to_owned())),
            };
            Expr::Param(idx, key)
        }
        "days" => {
            let (a, b) = pair(scope, "from", "to")?;
            Expr::Days(a, b)
        }
        "minutes" => {
            let (a, b) = pair(scope, "from", "to")?;
            Expr::Minutes(a, b)
        }
        "add_days" => {
            let (a, b) = pair(scope, "date", "days")?;
            Expr::AddDays(a, b)
        }
        "sum" => Expr::Sum(many(scope)?),
        "mul" => Expr::Mul(many(scope)?),
        "div" => {
            let mut es = many(scope)?;
            if es.len() != 2 {
                return err(at, "`div` takes two expressions: `[dividend, divisor]`");
            }
            let b = es.pop().expect("two");
            let a = es.pop().expect("two");
            Expr::Div(Box::new(a), Box::new(b))
        }
        "first" => Expr::First(many(scope)?),
        "count" => {
            let (each, slot, filter) = quantified(arg, scope, at, Kind::Expression, name)?;
            Expr::Count { each, slot, filter }
        }
        "occurrence" => {
            let m = func_fields(arg, at, Kind::Expression, name)?;
            let of = single_path(&m["of"], scope, &child(at, "of"))?;
            let mut inner = scope.isolated();
            let each = any_path(&m["each"], &inner, &child(at, "each"))?;
            if each.base != Base::Root || each.segs.iter().any(|s| matches!(s, Seg::Var(_))) {
                return err(
                    &child(at, "each"),
                    "`occurrence` ranks the items of an absolute path, like `/participants/*`",
                );
            }
            let item = binding_name(m, at)?;
            inner.push(&item, BindKind::Node);
            let Some(keys) = m["key"].as_array().filter(|k| !k.is_empty()) else {
                return err(
                    &child(at, "key"),
                    "`key` is a list of paths relative to the item, like `[\"@/role\"]`",
                );
            };
            let mut key = Vec::new();
            for (i, k) in keys.iter().enumerate() {
                key.push(single_path(
                    k,
                    &inner,
                    &child(&child(at, "key"), &i.to_string()),
                )?);
            }
            let filter = match m.get("where") {
                Some(c) => Some(Box::new(cond(c, &mut inner, &child(at, "where"))?)),
                None => None,
            };
            Expr::Occurrence {
                slot: scope.slot(),
                of,
                each,
                key,
                filter,
            }
        }
        "position" => Expr::Position(single_path(arg, scope, at)?),
        "key" => Expr::Key(single_path(arg, scope, at)?),
        other => {
            return err_key(
                at,
                unknown_name(
                    "function",
                    "expressions",
                    other,
                    &registry::names(Kind::Expression),
                ),
            );
        }
    })
}

/// `for_each`: a path, `{each: PATH, as: NAME}`, or `{values: [...] | {param: NAME}, as: NAME}`.
pub(crate) fn for_each(v: &Value, scope: &mut Scope<'_>, at: &str) -> CResult<ForEach> {
    if v.is_string() {
        let p = any_path(v, scope, at)?;
        scope.push("", BindKind::Node);
        return Ok(ForEach::Nodes(vec![p]));
    }
    let m = fields(v, at, "for_each", &["each", "values", "as"], &[])?;
    let name = binding_name(m, at)?;
    match (m.get("each"), m.get("values")) {
        (Some(Value::Array(ps)), None) if !ps.is_empty() => {
            let at = child(at, "each");
            let mut paths = Vec::with_capacity(ps.len());
            for (i, p) in ps.iter().enumerate() {
                paths.push(any_path(p, scope, &child(&at, &i.to_string()))?);
            }
            scope.push(&name, BindKind::Node);
            Ok(ForEach::Nodes(paths))
        }
        (Some(p), None) => {
            let p = any_path(p, scope, &child(at, "each"))?;
            scope.push(&name, BindKind::Node);
            Ok(ForEach::Nodes(vec![p]))
        }
        (None, Some(values)) => {
            if name.is_empty() {
                return err(at, "`for_each` over values needs `as: NAME`");
            }
            let list = match values {
                Value::Array(a) => a.clone(),
                Value::Object(o) if o.len() == 1 && o.contains_key("param") => {
                    let pname = o["param"].as_str().unwrap_or_default();
                    let idx = scope.param(pname, &child(at, "values"))?;
                    match &scope.params[idx].1 {
                        Value::Array(a) if a.iter().all(Value::is_string) => {
                            scope.push(&name, BindKind::Value);
                            return Ok(ForEach::Param(idx));
                        }
                        Value::Object(_) => {
                            scope.push(&name, BindKind::Value);
                            return Ok(ForEach::Param(idx));
                        }
                        Value::Array(_) => {
                            return err(
                                &child(at, "values"),
                                "`for_each` values must be strings (they name keys)",
                            );
                        }
                        _ => {
                            return err(
                                &child(at, "values"),
                                format!("parameter `{pname}` is not a list or a mapping"),
                            );
                        }
                    }
                }
                _ => {
                    return err(
                        &child(at, "values"),
                        "`values` is a list or `{param: NAME}`",
                    );
                }
            };
            if list.iter().any(|x| !x.is_string()) {
                return err(
                    &child(at, "values"),
                    "`for_each` values must be strings (they name keys)",
                );
            }
            scope.push(&name, BindKind::Value);
            Ok(ForEach::Values(list))
        }
        _ => err(at, "`for_each` takes either `each` (a path) or `values`"),
    }
}

/// Parses a message template: `{name}` for a `let` or `for_each` value,
/// `{param.NAME}` for a parameter's value in force, `{{` and `}}` for braces.
pub(crate) fn template(s: &str, scope: &Scope<'_>, at: &str) -> CResult<Vec<Piece>> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                text.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                text.push('}');
            }
            '{' => {
                let name: String = chars.by_ref().take_while(|&c| c != '}').collect();
                if !text.is_empty() {
                    out.push(Piece::Text(std::mem::take(&mut text)));
                }
                if let Some(p) = name.strip_prefix("param.") {
                    out.push(Piece::Param(scope.param(p, at)?));
                    continue;
                }
                out.push(match scope.var(&name, at)? {
                    Expr::Let(i) => Piece::Let(i),
                    Expr::Bound(i) => Piece::Bound(i),
                    _ => Piece::AsOf,
                });
            }
            '}' => return err(at, "a lone `}` in a message; write `}}`"),
            c => text.push(c),
        }
    }
    if !text.is_empty() {
        out.push(Piece::Text(text));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The message of compiling `{name: null}` as a `kind`, or `None`.
    fn compile_error(kind: Kind, name: &str) -> Option<String> {
        let budget = std::cell::Cell::new(REGEX_TOTAL_LIMIT);
        let classes = Registry::default();
        let mut scope = Scope::new(&[], &budget, "T1", &classes);
        let v = serde_json::json!({ name: null });
        match kind {
            Kind::Condition => cond(&v, &mut scope, "").err(),
            Kind::Expression => expr(&v, &mut scope, "").err(),
        }
        .map(|e| e.message)
    }

    #[test]
    fn the_parser_knows_every_function_of_the_registry_and_no_other() {
        for f in registry::FUNCTIONS {
            if let Some(m) = compile_error(f.kind, f.name) {
                assert!(!m.starts_with("unknown "), "{}: {m}", f.name);
            }
        }
        for (kind, word) in [
            (Kind::Condition, "unknown condition"),
            (Kind::Expression, "unknown function"),
        ] {
            let m = compile_error(kind, "no_such_function").unwrap();
            assert!(m.starts_with(word), "{m}");
        }
        let m = compile_error(Kind::Expression, "ocurrence").unwrap();
        assert!(m.contains("did you mean `occurrence`?"), "{m}");
    }
}
