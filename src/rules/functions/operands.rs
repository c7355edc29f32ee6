//! `path`, `value`, `var` and `param`: the expressions that read a value
//! as it is. A path and a plain value are also written without the
//! function's name (see `functions::expr`).

use serde_json::Value;

use super::{Compile, Expr, Expression, Function};
use crate::rules::ast::{PathPat, Seg, Var};
use crate::rules::compile::{BindKind, CResult, Scope, err, single_path};
use crate::rules::eval::{Eval, Look, Val, val_of};

/// `{path: P}`.
pub(super) const PATH: Function = Function {
    name: "path",
    form: "{path: P}",
    fields: &[],
    doc: "the node's value (same as writing the path)",
    compile: Compile::Expression(|_, arg, scope, at| path(arg, scope, at)),
};

/// `{value: V}`.
pub(super) const VALUE: Function = Function {
    name: "value",
    form: "{value: V}",
    fields: &[],
    doc: "V, also a string that starts with `/`",
    compile: Compile::Expression(|_, arg, _, _| Ok(literal(arg))),
};

/// `{var: NAME}`.
pub(super) const VAR: Function = Function {
    name: "var",
    form: "{var: NAME}",
    fields: &[],
    doc: "a `let` value, a `for_each` value, or `as_of` (the evaluation date)",
    compile: Compile::Expression(|_, arg, scope, at| match arg.as_str() {
        Some(n) => Ok(Box::new(Variable(scope.var(n, at)?))),
        None => err(at, "`var` takes a name"),
    }),
};

/// `{param: NAME}`.
pub(super) const PARAM: Function = Function {
    name: "param",
    form: "{param: NAME}",
    fields: &[],
    doc: "a parameter; `NAME/key` or `NAME/{var}` reads one key of a mapping parameter",
    compile: Compile::Expression(|_, arg, scope, at| {
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
        Ok(Box::new(Param(idx, key)))
    }),
};

/// The value of the node at a path: `{path: P}`, or the path alone.
pub(super) fn path(arg: &Value, scope: &mut Scope<'_>, at: &str) -> CResult<Expr> {
    Ok(Box::new(PathValue(single_path(arg, scope, at)?)))
}

/// A plain value: `{value: V}`, or the value alone.
pub(super) fn literal(v: &Value) -> Expr {
    Box::new(Literal(v.clone()))
}

/// `path`.
#[derive(Debug)]
struct PathValue(PathPat);

impl Expression for PathValue {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Val<'a> {
        match ev.lookup(&self.0, true) {
            Look::Found(n) => val_of(ev.value(n), true),
            Look::Absent(_) => Val::Absent,
            Look::Malformed(_) => Val::Unknown,
        }
    }
}

/// `value`.
#[derive(Debug)]
struct Literal(Value);

impl Expression for Literal {
    fn eval<'a>(&'a self, _: &mut Eval<'a, '_>) -> Val<'a> {
        val_of(&self.0, false)
    }
}

/// `var`.
#[derive(Debug)]
struct Variable(Var);

impl Expression for Variable {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Val<'a> {
        ev.var(self.0)
    }
}

/// `param`: the parameter's index, and the key read from a mapping.
#[derive(Debug)]
struct Param(usize, Option<Seg>);

impl Expression for Param {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Val<'a> {
        let v = ev.param(self.0);
        match &self.1 {
            None => val_of(v, false),
            Some(seg) => match ev.seg_key(seg).and_then(|k| v.get(k)) {
                Some(x) => val_of(x, false),
                None => Val::Unknown,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::functions::tests::value;
    use serde_json::json;

    #[test]
    fn operands() {
        let doc = "a: 3\nd: 2026-11-16\nc: [x]\n";
        let limits = [("max", json!(5)), ("by_role", json!({"nav": 2}))];
        for (expr, want) in [
            ("/a", "Num(3.0)"),
            ("{path: /a}", "Num(3.0)"),
            ("/missing", "Absent"),
            ("/c/x", "Unknown"),
            ("7", "Num(7.0)"),
            ("{value: /a}", "Lit(\"/a\")"),
            ("{var: as_of}", "Date(2026-11-20)"),
            ("{param: max}", "Num(5.0)"),
            ("{param: by_role/nav}", "Num(2.0)"),
            ("{param: by_role/lege}", "Unknown"),
        ] {
            assert_eq!(value(doc, expr, &limits), want, "{expr}");
        }
    }
}
