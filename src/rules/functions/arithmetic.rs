//! `sum`, `mul`, `div` and `first`: numbers, and the first value that is
//! there.

use serde_json::Value;

use super::{Compile, Expr, Expression, Function, expr};
use crate::rules::compile::{CResult, Scope, child, err};
use crate::rules::eval::{Conv, Eval, Val, combine, to_num};

/// `{sum: [E, …]}`.
pub(super) const SUM: Function = Function {
    name: "sum",
    form: "{sum: [E, …]}",
    fields: &[],
    doc: "sum and product; missing when any part is missing",
    compile: Compile::Expression(|f, arg, scope, at| {
        Ok(Box::new(Fold {
            parts: many(f, arg, scope, at)?,
            product: false,
        }))
    }),
};

/// `{mul: [E, …]}`.
pub(super) const MUL: Function = Function {
    name: "mul",
    form: "{mul: [E, …]}",
    fields: &[],
    doc: "sum and product; missing when any part is missing",
    compile: Compile::Expression(|f, arg, scope, at| {
        Ok(Box::new(Fold {
            parts: many(f, arg, scope, at)?,
            product: true,
        }))
    }),
};

/// `{div: [E, E]}`.
pub(super) const DIV: Function = Function {
    name: "div",
    form: "{div: [E, E]}",
    fields: &[],
    doc: "the first divided by the second (`{div: [{param: max_days}, 7]}` gives weeks); unknown when dividing by zero. A whole number is shown without decimals, any other with two",
    compile: Compile::Expression(|f, arg, scope, at| {
        let mut es = many(f, arg, scope, at)?;
        if es.len() != 2 {
            return err(at, "`div` takes two expressions: `[dividend, divisor]`");
        }
        let b = es.pop().expect("two");
        let a = es.pop().expect("two");
        Ok(Box::new(Div(a, b)))
    }),
};

/// `{first: [E, …]}`.
pub(super) const FIRST: Function = Function {
    name: "first",
    form: "{first: [E, …]}",
    fields: &[],
    doc: "the first value that is not missing",
    compile: Compile::Expression(|f, arg, scope, at| Ok(Box::new(First(many(f, arg, scope, at)?)))),
};

/// The list of expressions the function takes (not empty).
fn many(f: &Function, arg: &Value, scope: &mut Scope<'_>, at: &str) -> CResult<Vec<Expr>> {
    let Some(items) = arg.as_array().filter(|a| !a.is_empty()) else {
        return err(at, format!("`{}` takes a list of expressions", f.name));
    };
    items
        .iter()
        .enumerate()
        .map(|(i, e)| expr(e, scope, &child(at, &i.to_string())))
        .collect()
}

/// `sum`, or `mul` when `product`.
#[derive(Debug)]
struct Fold {
    parts: Vec<Expr>,
    product: bool,
}

impl Expression for Fold {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Val<'a> {
        let mut acc = if self.product { 1.0 } else { 0.0 };
        let mut absent = false;
        for x in &self.parts {
            match to_num(&ev.expr(x)) {
                Conv::Ok(n) => acc = if self.product { acc * n } else { acc + n },
                Conv::Absent => absent = true,
                Conv::Unknown => return Val::Unknown,
            }
        }
        if absent { Val::Absent } else { Val::Num(acc) }
    }
}

/// `div`.
#[derive(Debug)]
struct Div(Expr, Expr);

impl Expression for Div {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Val<'a> {
        let (a, b) = (ev.expr(&self.0), ev.expr(&self.1));
        combine(to_num(&a), to_num(&b), |a, b| {
            (b != 0.0).then(|| Val::Num(a / b))
        })
    }
}

/// `first`.
#[derive(Debug)]
struct First(Vec<Expr>);

impl Expression for First {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Val<'a> {
        for x in &self.0 {
            match ev.expr(x) {
                Val::Absent | Val::Null => continue,
                v => return v,
            }
        }
        Val::Absent
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::functions::tests::value;

    #[test]
    fn numbers() {
        let doc = "a: 3\nb: 4\nz: 0\nn: null\ns: x\n";
        for (expr, want) in [
            ("{sum: [/a, /b, 1]}", "Num(8.0)"),
            ("{mul: [/a, /b]}", "Num(12.0)"),
            ("{sum: [/a, /missing]}", "Absent"),
            ("{sum: [/a, /s]}", "Unknown"),
            ("{div: [/b, 2]}", "Num(2.0)"),
            ("{div: [/b, /z]}", "Unknown"),
            ("{first: [/missing, /n, /b]}", "Num(4.0)"),
            ("{first: [/missing]}", "Absent"),
        ] {
            assert_eq!(value(doc, expr, &[]), want, "{expr}");
        }
    }
}
