//! `some`, `every`, `none` and `count`: a condition over each node a path
//! selects, with the node bound to `@` (and to `$NAME` with `as`).

use serde_json::Value;

use super::{Compile, Condition, Expression, Field, Function, cond};
use crate::rules::ast::PathPat;
use crate::rules::compile::{BindKind, CResult, Scope, any_path, binding_name, child};
use crate::rules::eval::{Cond, Eval, Tri, Val};

/// `some: {each: P, as: NAME, where: C}`.
pub(super) const SOME: Function = Function {
    name: "some",
    form: "some: {each: P, as: NAME, where: C}",
    fields: &[
        Field::required("each"),
        Field::optional("as"),
        Field::optional("where"),
    ],
    doc: "C is true for at least one selected node (`where` optional)",
    compile: Compile::Condition(|f, arg, scope, at| {
        Ok(Box::new(Quantifier(
            Quant::Some,
            Each::compile(f, arg, scope, at)?,
        )))
    }),
};

/// `every: {each: P, as: NAME, where: C}`.
pub(super) const EVERY: Function = Function {
    name: "every",
    form: "every: {each: P, as: NAME, where: C}",
    fields: &[
        Field::required("each"),
        Field::optional("as"),
        Field::required("where"),
    ],
    doc: "C is true for every selected node",
    compile: Compile::Condition(|f, arg, scope, at| {
        Ok(Box::new(Quantifier(
            Quant::Every,
            Each::compile(f, arg, scope, at)?,
        )))
    }),
};

/// `none: {each: P, as: NAME, where: C}`.
pub(super) const NONE: Function = Function {
    name: "none",
    form: "none: {each: P, as: NAME, where: C}",
    fields: &[
        Field::required("each"),
        Field::optional("as"),
        Field::optional("where"),
    ],
    doc: "C is true for no selected node (`where` optional: \"nothing is selected\")",
    compile: Compile::Condition(|f, arg, scope, at| {
        Ok(Box::new(Quantifier(
            Quant::None,
            Each::compile(f, arg, scope, at)?,
        )))
    }),
};

/// `{count: {each: P, where: C}}`.
pub(super) const COUNT: Function = Function {
    name: "count",
    form: "{count: {each: P, where: C}}",
    fields: &[
        Field::required("each"),
        Field::optional("as"),
        Field::optional("where"),
    ],
    doc: "how many selected nodes satisfy C",
    compile: Compile::Expression(|f, arg, scope, at| {
        Ok(Box::new(Count(Each::compile(f, arg, scope, at)?)))
    }),
};

/// `{each: PATH, as: NAME, where: COND}`: the nodes, the slot each is
/// bound at (NAME and `@`), and the condition.
#[derive(Debug)]
struct Each {
    each: PathPat,
    slot: usize,
    filter: Option<Cond>,
}

impl Each {
    fn compile(f: &Function, arg: &Value, scope: &mut Scope<'_>, at: &str) -> CResult<Each> {
        let m = f.mapping(arg, at)?;
        let each = any_path(&m["each"], scope, &child(at, "each"))?;
        let name = binding_name(m, at)?;
        let slot = scope.push(&name, BindKind::Node);
        let filter = match m.get("where") {
            Some(c) => Some(cond(c, scope, &child(at, "where")).inspect_err(|_| scope.pop())?),
            None => None,
        };
        scope.pop();
        Ok(Each { each, slot, filter })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quant {
    Some,
    Every,
    None,
}

/// `some`, `every` or `none`.
#[derive(Debug)]
struct Quantifier(Quant, Each);

impl Condition for Quantifier {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Tri {
        let Quantifier(kind, Each { each, slot, filter }) = self;
        let (items, malformed) = ev.select(each);
        let (mut any_t, mut any_f, mut any_u) = (false, false, malformed);
        for item in items {
            ev.bind_node(*slot, item);
            match filter.as_ref().map_or(Tri::T, |f| ev.cond(f)) {
                Tri::T => any_t = true,
                Tri::F => any_f = true,
                Tri::U => any_u = true,
            }
            ev.unbind(*slot);
        }
        match kind {
            Quant::Some | Quant::None => {
                let some = if any_t {
                    Tri::T
                } else if any_u {
                    Tri::U
                } else {
                    Tri::F
                };
                if *kind == Quant::None {
                    some.not()
                } else {
                    some
                }
            }
            Quant::Every => {
                if any_f {
                    Tri::F
                } else if any_u {
                    Tri::U
                } else {
                    Tri::T
                }
            }
        }
    }
}

/// `count`.
#[derive(Debug)]
struct Count(Each);

impl Expression for Count {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Val<'a> {
        let Each { each, slot, filter } = &self.0;
        let (items, malformed) = ev.select(each);
        if malformed {
            return Val::Unknown;
        }
        let mut n = 0.0;
        for item in items {
            ev.bind_node(*slot, item);
            let t = filter.as_ref().map_or(Tri::T, |f| ev.cond(f));
            ev.unbind(*slot);
            match t {
                Tri::T => n += 1.0,
                Tri::U => return Val::Unknown,
                Tri::F => {}
            }
        }
        Val::Num(n)
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::eval::Tri::{F, T, U};
    use crate::rules::functions::tests::{check, error, value};

    const DOC: &str = "ps: [{role: nav, ok: true}, {role: lege, ok: false}, {role: nav}]\nbad: 3\n";

    #[test]
    fn quantifiers() {
        for (cond, want) in [
            (
                "{some: {each: /ps/*, where: {equals: {path: '@/role', value: lege}}}}",
                T,
            ),
            (
                "{some: {each: /ps/*, as: p, where: {equals: {path: $p/role, value: x}}}}",
                F,
            ),
            ("{every: {each: /ps/*, where: {present: '@/role'}}}", T),
            (
                "{every: {each: /ps/*, where: {equals: {path: '@/ok', value: true}}}}",
                F,
            ),
            (
                "{none: {each: /ps/*, where: {equals: {path: '@/role', value: x}}}}",
                T,
            ),
            ("{none: {each: /missing/*}}", T),
            ("{some: {each: /bad/*}}", U),
        ] {
            assert_eq!(check(DOC, cond), want, "{cond}");
        }
        assert_eq!(
            error("{every: {each: /ps/*}}").as_deref(),
            Some("`every` needs `where`")
        );
    }

    #[test]
    fn count() {
        assert_eq!(value(DOC, "{count: {each: /ps/*}}", &[]), "Num(3.0)");
        assert_eq!(
            value(
                DOC,
                "{count: {each: /ps/*, where: {equals: {path: '@/role', value: nav}}}}",
                &[]
            ),
            "Num(2.0)"
        );
        assert_eq!(value(DOC, "{count: {each: /bad/*}}", &[]), "Unknown");
    }
}
