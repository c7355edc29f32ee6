//! `all`, `any` and `not`: conditions of conditions, in Kleene's
//! three-valued logic.

use serde_json::Value;

use super::{Compile, Cond, Condition, Function, cond};
use crate::rules::compile::{CResult, Scope, child, err};
use crate::rules::eval::{Eval, TextSkip, Tri};

/// `all: [C, …]`.
pub(super) const ALL: Function = Function {
    name: "all",
    form: "all: [C, …]",
    fields: &[],
    doc: "every condition is true",
    compile: Compile::Condition(|f, arg, scope, at| Ok(Box::new(All(list(f, arg, scope, at)?)))),
};

/// `any: [C, …]`.
pub(super) const ANY: Function = Function {
    name: "any",
    form: "any: [C, …]",
    fields: &[],
    doc: "some condition is true",
    compile: Compile::Condition(|f, arg, scope, at| Ok(Box::new(Any(list(f, arg, scope, at)?)))),
};

/// `not: C`.
pub(super) const NOT: Function = Function {
    name: "not",
    form: "not: C",
    fields: &[],
    doc: "C is false",
    compile: Compile::Condition(|_, arg, scope, at| Ok(Box::new(Not(cond(arg, scope, at)?)))),
};

/// The list of conditions of `all` or `any`.
fn list(f: &Function, arg: &Value, scope: &mut Scope<'_>, at: &str) -> CResult<Vec<Cond>> {
    let Some(items) = arg.as_array() else {
        return err(at, format!("`{}` takes a list of conditions", f.name));
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, c) in items.iter().enumerate() {
        out.push(cond(c, scope, &child(at, &i.to_string()))?);
    }
    Ok(out)
}

/// `all`: false when a part is, else unknown when a part is.
#[derive(Debug)]
struct All(Vec<Cond>);

impl Condition for All {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Tri {
        let mut out = Tri::T;
        for c in &self.0 {
            match ev.cond(c) {
                Tri::F => return Tri::F,
                Tri::U => out = Tri::U,
                Tri::T => {}
            }
        }
        out
    }
}

/// `any`: true when a part is, else unknown when a part is.
#[derive(Debug)]
struct Any(Vec<Cond>);

impl Condition for Any {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Tri {
        let mut out = Tri::F;
        for c in &self.0 {
            match ev.cond(c) {
                Tri::T => return Tri::T,
                Tri::U => out = Tri::U,
                Tri::F => {}
            }
        }
        out
    }

    /// False only when every part is: a rule of text conditions under
    /// `any` still reads only texts.
    fn text_skip(&self) -> TextSkip<'_> {
        TextSkip::AnyOf(&self.0)
    }
}

/// `not`.
#[derive(Debug)]
struct Not(Cond);

impl Condition for Not {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Tri {
        ev.cond(&self.0).not()
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::eval::Tri;
    use crate::rules::functions::tests::{check, error};

    #[test]
    fn kleene_logic() {
        // `/a` is true, `/b` false, `/c` unknown (a list has no key).
        let doc = "a: 1\nc: [x]\n";
        let t = "{present: /a}";
        let f = "{present: /b}";
        let u = "{present: /c/x}";
        for (cond, want) in [
            (format!("{{all: [{t}, {t}]}}"), Tri::T),
            (format!("{{all: [{t}, {u}]}}"), Tri::U),
            (format!("{{all: [{u}, {f}]}}"), Tri::F),
            ("{all: []}".to_owned(), Tri::T),
            (format!("{{any: [{f}, {t}]}}"), Tri::T),
            (format!("{{any: [{f}, {u}]}}"), Tri::U),
            (format!("{{any: [{f}, {f}]}}"), Tri::F),
            ("{any: []}".to_owned(), Tri::F),
            (format!("{{not: {t}}}"), Tri::F),
            (format!("{{not: {u}}}"), Tri::U),
        ] {
            assert_eq!(check(doc, &cond), want, "{cond}");
        }
    }

    #[test]
    fn all_and_any_take_a_list() {
        assert_eq!(
            error("{any: {present: /a}}").as_deref(),
            Some("`any` takes a list of conditions")
        );
    }
}
