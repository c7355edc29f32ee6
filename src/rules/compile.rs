//! The machinery every function's compile step shares: errors at a
//! pointer in the rule file, the names in scope ([`Scope`]), paths, the
//! fields of a mapping, `for_each` and message templates. The functions
//! themselves (and the dispatch by name, `functions::cond` and
//! `functions::expr`) are in `functions`; every error carries the JSON
//! Pointer of the offending node in the rule file.

use serde_json::Value;

use super::ast::{Base, ForEach, PathPat, Piece, Seg, Var};
use super::required::Registry;
use crate::base::names::list;
use crate::base::pointer;

/// An error at a pointer inside a rule file.
#[derive(Debug, Clone)]
pub(crate) struct CompileError {
    pub pointer: String,
    pub message: String,
    /// Locate the key at `pointer` rather than its value (unknown names).
    pub at_key: bool,
}

pub(crate) type CResult<T> = Result<T, CompileError>;

/// An error at the value at `at`.
pub(crate) fn err<T>(at: &str, message: impl Into<String>) -> CResult<T> {
    Err(CompileError {
        pointer: at.to_owned(),
        message: message.into(),
        at_key: false,
    })
}

/// An error about the name of a key (an unknown function or option).
pub(crate) fn err_key<T>(at: &str, message: impl Into<String>) -> CResult<T> {
    Err(CompileError {
        pointer: at.to_owned(),
        message: message.into(),
        at_key: true,
    })
}

/// The pointer `at` with one more segment.
pub(crate) fn child(at: &str, seg: &str) -> String {
    let mut p = at.to_owned();
    pointer::push(&mut p, seg);
    p
}

/// What a name in scope stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BindKind {
    /// A node (`each`, a quantifier's item): read with `$NAME` or `@`.
    Node,
    /// A value (`for_each: {values: ...}`): read with `{var: NAME}`.
    Value,
}

/// Names in scope while compiling one rule.
pub(crate) struct Scope<'p> {
    binds: Vec<(String, BindKind)>,
    lets: Vec<String>,
    params: &'p [(String, Value)],
    /// What the compiled regular expressions of all rule files may still
    /// take, in bytes (see `functions::text`).
    regex_budget: &'p std::cell::Cell<usize>,
    /// The rule's code, for errors about all rules together.
    code: &'p str,
    /// The character classes of every `matches` so far (see `required`).
    classes: &'p Registry,
    /// The cache slots given out so far (shared with isolated scopes).
    slots: std::rc::Rc<std::cell::Cell<usize>>,
    /// The named paths of the format the rule is compiled for (`$plan` is
    /// `/revised_plan` in a referat, `/plan` in a plan document).
    paths: Vec<(String, String)>,
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
            paths: Vec::new(),
        }
    }

    /// Sets the format's named paths (see the rule's `formats:`).
    pub(crate) fn set_paths(&mut self, paths: Vec<(String, String)>) {
        self.paths = paths;
    }

    /// A scope that sees only the parameters (for `occurrence`).
    pub(crate) fn isolated(&self) -> Scope<'p> {
        let mut inner = Scope::new(self.params, self.regex_budget, self.code, self.classes);
        inner.slots = self.slots.clone();
        inner.paths = self.paths.clone();
        inner
    }

    /// A new cache slot: an index into the evaluator's per-rule tables.
    pub(crate) fn slot(&self) -> usize {
        let n = self.slots.get();
        self.slots.set(n + 1);
        n
    }

    pub(crate) fn set_lets(&mut self, names: Vec<String>) {
        self.lets = names;
    }

    pub(crate) fn push(&mut self, name: &str, kind: BindKind) -> usize {
        self.binds.push((name.to_owned(), kind));
        self.binds.len() - 1
    }

    pub(crate) fn pop(&mut self) {
        self.binds.pop();
    }

    fn innermost_node(&self) -> Option<usize> {
        self.binds.iter().rposition(|(_, k)| *k == BindKind::Node)
    }

    pub(crate) fn named(&self, name: &str) -> Option<(usize, BindKind)> {
        self.binds
            .iter()
            .rposition(|(n, _)| n == name)
            .map(|i| (i, self.binds[i].1))
    }

    pub(crate) fn var(&self, name: &str, at: &str) -> CResult<Var> {
        if let Some(i) = self.lets.iter().position(|n| n == name) {
            return Ok(Var::Let(i));
        }
        match self.named(name) {
            Some((i, BindKind::Value)) => return Ok(Var::Bound(i)),
            Some((_, BindKind::Node)) => {
                return err(
                    at,
                    "this name is bound to a node; write it as a path that starts with `$`",
                );
            }
            None => {}
        }
        if name == "as_of" {
            return Ok(Var::AsOf);
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

    /// The parameters declared, with their defaults.
    pub(crate) fn params(&self) -> &'p [(String, Value)] {
        self.params
    }

    /// What compiling a regular expression charges: the budget of all
    /// rule files, the rule's code (for the error when it is spent) and
    /// the character classes of the catalogue (see `required`).
    pub(crate) fn regex_budget(&self) -> (&'p std::cell::Cell<usize>, &'p str, &'p Registry) {
        (self.regex_budget, self.code, self.classes)
    }

    pub(crate) fn param(&self, name: &str, at: &str) -> CResult<usize> {
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
        if scope.named(name).is_none()
            && let Some((_, root)) = scope.paths.iter().find(|(n, _)| n == name)
        {
            // A named path of the format: the same as writing it out.
            return path(&format!("{root}{}", &rest[end..]), scope, at);
        }
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
                    "unknown name after `$`; bind it with `as:` in `for_each` or a quantifier, name it under `paths` in `formats`, or use `$comments`",
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

/// A path (see [`path`]) that selects one node: no `*` or `**`.
pub(crate) fn single_path(v: &Value, scope: &Scope<'_>, at: &str) -> CResult<PathPat> {
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

/// A path (see [`path`]), which may select many nodes.
pub(crate) fn any_path(v: &Value, scope: &Scope<'_>, at: &str) -> CResult<PathPat> {
    let Some(s) = v.as_str() else {
        return err(
            at,
            "expected a path (a string starting with `/`, `@` or `$name`)",
        );
    };
    path(s, scope, at)
}

/// The single `(key, value)` of a one-key mapping.
pub(crate) fn one_key<'v>(v: &'v Value, at: &str, what: &str) -> CResult<(&'v str, &'v Value)> {
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

/// `v` as a mapping of the options `allowed` of `func` (a function, or
/// "a source", "a pattern"), of which `required` must be there: an error
/// at an unknown key (with "did you mean"), or for a missing one.
pub(crate) fn fields<'v>(
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

/// A list of words (compared without regard to case).
pub(crate) fn words(v: &Value, at: &str) -> CResult<Vec<String>> {
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
/// take, in bytes (charged by `matches`, see `functions::text`).
pub(crate) const REGEX_TOTAL_LIMIT: usize = 64 << 20;

/// The optional `as: NAME` of `for_each`, quantifiers and sources.
pub(crate) fn binding_name(m: &serde_json::Map<String, Value>, at: &str) -> CResult<String> {
    match m.get("as") {
        Some(Value::String(s)) if is_ident(s) => Ok(s.clone()),
        Some(_) => err(
            &child(at, "as"),
            "`as` is a name: lowercase letters, digits and `_`",
        ),
        None => Ok(String::new()),
    }
}

/// Whether `s` is a name: lowercase letters, digits and `_`.
pub(crate) fn is_ident(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
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
/// `{param.NAME}` for a parameter's value in force, `{field}` for the
/// field the finding is about and `{item}` for the item a `for_each` rule
/// is at (each by its name in the reader's language), `{NAME:weeks}` for a
/// number of days as weeks and days, `{?NAME}…{/}` for text shown only when
/// `NAME` has a value (not `0`, `false` or empty) and `{!NAME}…{/}` for text
/// shown only when it has none, `{{` and `}}` for braces.
pub(crate) fn template(s: &str, scope: &Scope<'_>, at: &str) -> CResult<Vec<Piece>> {
    let mut out = Vec::new();
    // How many `{?NAME}` are open (at most one).
    let mut open = 0;
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
                if name == "/" {
                    if open == 0 {
                        return err(at, "`{/}` ends no `{?NAME}` or `{!NAME}` in this message");
                    }
                    open -= 1;
                    out.push(Piece::EndIf);
                    continue;
                }
                if let Some((shown, name)) = name
                    .strip_prefix('?')
                    .map(|n| (true, n))
                    .or_else(|| name.strip_prefix('!').map(|n| (false, n)))
                {
                    if open > 0 {
                        return err(
                            at,
                            "a `{?NAME}` or `{!NAME}` cannot be inside another; end it with `{/}` first",
                        );
                    }
                    open += 1;
                    out.push(Piece::If(Box::new(placeholder(name, scope, at)?), shown));
                    continue;
                }
                let piece = match name.split_once(':') {
                    Some((name, "weeks")) => Piece::Weeks(Box::new(placeholder(name, scope, at)?)),
                    Some((_, format)) => {
                        return err(
                            at,
                            format!(
                                "`{format}` is not a way to show a value; write `{{NAME:weeks}}` or `{{NAME}}`"
                            ),
                        );
                    }
                    None => placeholder(&name, scope, at)?,
                };
                out.push(piece);
            }
            '}' => return err(at, "a lone `}` in a message; write `}}`"),
            c => text.push(c),
        }
    }
    if open > 0 {
        return err(
            at,
            "a `{?NAME}` or `{!NAME}` in this message has no `{/}` to end it",
        );
    }
    if !text.is_empty() {
        out.push(Piece::Text(text));
    }
    Ok(out)
}

/// The value a placeholder names: `param.NAME`, a `let` or `for_each`
/// value, `as_of`, or `field` and `item`, which name places unless the rule
/// has a value of that name.
fn placeholder(name: &str, scope: &Scope<'_>, at: &str) -> CResult<Piece> {
    if let Some(p) = name.strip_prefix("param.") {
        return Ok(Piece::Param(scope.param(p, at)?));
    }
    Ok(match (name, scope.var(name, at)) {
        (_, Ok(Var::Let(i))) => Piece::Let(i),
        (_, Ok(Var::Bound(i))) => Piece::Bound(i),
        (_, Ok(Var::AsOf)) => Piece::AsOf,
        ("field", Err(_)) => Piece::Field,
        ("item", Err(_)) => Piece::Item,
        (_, Err(e)) => return Err(e),
    })
}
