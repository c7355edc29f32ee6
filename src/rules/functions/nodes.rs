//! `present`, `absent`, `empty` and `filled`: whether a node is there, and
//! whether it holds anything.

use serde_json::Value;

use super::{Compile, Condition, Function};
use crate::rules::ast::PathPat;
use crate::rules::compile::single_path;
use crate::rules::eval::{Eval, Look, Tri};

/// `present: P`.
pub(super) const PRESENT: Function = Function {
    name: "present",
    form: "present: P",
    fields: &[],
    doc: "the node exists and is not `null`",
    compile: Compile::Condition(|_, arg, scope, at| {
        Ok(Box::new(Present(single_path(arg, scope, at)?)))
    }),
};

/// `absent: P`.
pub(super) const ABSENT: Function = Function {
    name: "absent",
    form: "absent: P",
    fields: &[],
    doc: "the node is missing or `null`",
    compile: Compile::Condition(|_, arg, scope, at| {
        Ok(Box::new(Absent(single_path(arg, scope, at)?)))
    }),
};

/// `empty: P`.
pub(super) const EMPTY: Function = Function {
    name: "empty",
    form: "empty: P",
    fields: &[],
    doc: "the node is empty (see above)",
    compile: Compile::Condition(|_, arg, scope, at| {
        Ok(Box::new(Empty(single_path(arg, scope, at)?)))
    }),
};

/// `filled: P`.
pub(super) const FILLED: Function = Function {
    name: "filled",
    form: "filled: P",
    fields: &[],
    doc: "the node is not empty",
    compile: Compile::Condition(|_, arg, scope, at| {
        Ok(Box::new(Filled(single_path(arg, scope, at)?)))
    }),
};

/// `present`.
#[derive(Debug)]
struct Present(PathPat);

impl Condition for Present {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Tri {
        present(ev, &self.0)
    }
}

/// `absent`.
#[derive(Debug)]
struct Absent(PathPat);

impl Condition for Absent {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Tri {
        present(ev, &self.0).not()
    }
}

/// `empty`.
#[derive(Debug)]
struct Empty(PathPat);

impl Condition for Empty {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Tri {
        empty(ev, &self.0)
    }
}

/// `filled`.
#[derive(Debug)]
struct Filled(PathPat);

impl Condition for Filled {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Tri {
        empty(ev, &self.0).not()
    }
}

/// Whether the node at `p` exists and is not `null`.
fn present(ev: &Eval<'_, '_>, p: &PathPat) -> Tri {
    match ev.lookup(p, true) {
        Look::Found(n) => Tri::of(!ev.value(n).is_null()),
        Look::Absent(_) => Tri::F,
        Look::Malformed(_) => Tri::U,
    }
}

/// Whether the node at `p` is missing, `null`, blank, or an empty list or
/// mapping.
fn empty(ev: &Eval<'_, '_>, p: &PathPat) -> Tri {
    match ev.lookup(p, true) {
        Look::Found(n) => Tri::of(match ev.value(n) {
            Value::Null => true,
            Value::String(s) => s.trim().is_empty(),
            Value::Array(a) => a.is_empty(),
            Value::Object(o) => o.is_empty(),
            _ => false,
        }),
        Look::Absent(_) => Tri::T,
        Look::Malformed(_) => Tri::U,
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::eval::Tri::{F, T, U};
    use crate::rules::functions::tests::check;

    #[test]
    fn presence_and_emptiness() {
        let doc = "a: 1\nn: null\ns: \"  \"\nl: []\nm: {}\nc: [x]\n";
        for (path, present, empty) in [
            ("/a", T, F),
            ("/n", F, T),
            ("/s", T, T),
            ("/l", T, T),
            ("/m", T, T),
            ("/missing", F, T),
            ("/c/x", U, U),
        ] {
            assert_eq!(
                check(doc, &format!("{{present: {path}}}")),
                present,
                "{path}"
            );
            assert_eq!(
                check(doc, &format!("{{absent: {path}}}")),
                present.not(),
                "{path}"
            );
            assert_eq!(check(doc, &format!("{{empty: {path}}}")), empty, "{path}");
            assert_eq!(
                check(doc, &format!("{{filled: {path}}}")),
                empty.not(),
                "{path}"
            );
        }
    }
}
