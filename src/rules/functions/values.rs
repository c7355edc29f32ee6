//! `equals`, `compare` and `member`: a value against a plain value,
//! another value, or the strings of some sources; `everyday_value`: the
//! value of a closed list that a word people write means.

use serde_json::Value;

use super::{Compile, Condition, Expr, Expression, Field, Function, cond, expr};
use crate::base::dates::parse_date;
use crate::rules::ast::{Base, PathPat, Seg};
use crate::rules::compile::{
    BindKind, CResult, Scope, any_path, binding_name, child, err, fields, single_path,
};
use crate::rules::eval::{Cond, Eval, Look, Tri, Val};

/// `{everyday_value: {of: E, among: [V, …]}}`.
pub(super) const EVERYDAY_VALUE: Function = Function {
    name: "everyday_value",
    form: "{everyday_value: {of: E, among: [V, …]}}",
    fields: &[Field::required("of"), Field::required("among")],
    doc: "the one value of `among` that a word people write means (`arbeidsgjevar`, `lege/behandler` → `arbeidsgiver`, `lege`; case, `-`, `_` and a final `.` ignored); missing when the word means none of them or could mean more than one",
    compile: Compile::Expression(|f, arg, scope, at| {
        let m = f.mapping(arg, at)?;
        let Some(among) = m["among"]
            .as_array()
            .filter(|a| !a.is_empty())
            .and_then(|a| {
                a.iter()
                    .map(|v| v.as_str().map(str::to_owned))
                    .collect::<Option<Vec<_>>>()
            })
        else {
            return err(
                &child(at, "among"),
                "`among` is a list of the values a word may mean",
            );
        };
        Ok(Box::new(Everyday {
            of: expr(&m["of"], scope, &child(at, "of"))?,
            among,
        }))
    }),
};

/// `everyday_value`.
#[derive(Debug)]
struct Everyday {
    of: Expr,
    among: Vec<String>,
}

impl Expression for Everyday {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Val<'a> {
        let word = match ev.expr(&self.of) {
            Val::Doc(s) | Val::Lit(s) => s,
            Val::Unknown => return Val::Unknown,
            _ => return Val::Absent,
        };
        let among: Vec<&str> = self.among.iter().map(String::as_str).collect();
        match crate::base::fields::everyday_value(word, &among) {
            Some((v, true)) => Val::Lit(v),
            _ => Val::Absent,
        }
    }
}

/// `equals: {path: P, value: V}`.
pub(super) const EQUALS: Function = Function {
    name: "equals",
    form: "equals: {path: P, value: V}",
    fields: &[Field::required("path"), Field::required("value")],
    doc: "the node equals the plain value V (false when missing; unknown when of another type)",
    compile: Compile::Condition(|f, arg, scope, at| {
        let m = f.mapping(arg, at)?;
        let value = m["value"].clone();
        if value.is_object() || value.is_array() {
            return err(
                &child(at, "value"),
                "`equals` compares with a single value; use `member` for a list",
            );
        }
        let path = single_path(&m["path"], scope, &child(at, "path"))?;
        Ok(Box::new(Equals(path, value)))
    }),
};

/// `compare: {left: E, op: O, right: E}`.
pub(super) const COMPARE: Function = Function {
    name: "compare",
    form: "compare: {left: E, op: O, right: E}",
    fields: &[
        Field::required("left"),
        Field::required("op"),
        Field::required("right"),
    ],
    doc: "numbers, dates (as calendar days) or strings compare; `op` is `<`, `<=`, `>`, `>=`, `==`, `!=`; unknown when either side is missing or malformed",
    compile: Compile::Condition(|f, arg, scope, at| {
        let m = f.mapping(arg, at)?;
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
        Ok(Box::new(Compare(
            expr(&m["left"], scope, &child(at, "left"))?,
            op,
            expr(&m["right"], scope, &child(at, "right"))?,
        )))
    }),
};

/// `member: {value: E, of: [S, …]}`.
pub(super) const MEMBER: Function = Function {
    name: "member",
    form: "member: {value: E, of: [S, …]}",
    fields: &[Field::required("value"), Field::required("of")],
    doc: "the value (a string, trimmed) is one of the strings selected by the sources (false when the value is missing)",
    compile: Compile::Condition(|f, arg, scope, at| {
        let m = f.mapping(arg, at)?;
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
        Ok(Box::new(Member(value, sources)))
    }),
};

/// `equals`: the node at the path and the plain value.
#[derive(Debug)]
struct Equals(PathPat, Value);

impl Condition for Equals {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Tri {
        let Equals(p, lit) = self;
        match ev.lookup(p, true) {
            Look::Found(n) => {
                let v = ev.value(n);
                if v == lit {
                    Tri::T
                } else if v.is_null() || same_kind(v, lit) {
                    Tri::F
                } else {
                    Tri::U
                }
            }
            Look::Absent(_) => Tri::F,
            Look::Malformed(_) => Tri::U,
        }
    }
}

fn same_kind(a: &Value, b: &Value) -> bool {
    matches!(
        (a, b),
        (Value::String(_), Value::String(_))
            | (Value::Number(_), Value::Number(_))
            | (Value::Bool(_), Value::Bool(_))
    )
}

/// The operator of `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

/// `compare`: two expressions and the operator between them.
#[derive(Debug)]
struct Compare(Expr, Op, Expr);

impl Condition for Compare {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Tri {
        let Compare(a, op, b) = self;
        let (a, b) = (ev.expr(a), ev.expr(b));
        if let (Val::Doc(x) | Val::Lit(x), Val::Doc(y) | Val::Lit(y)) = (&a, &b)
            && !ev.budget().read(x.len().min(y.len()))
        {
            return Tri::U;
        }
        compare(&a, *op, &b)
    }
}

fn compare(a: &Val<'_>, op: Op, b: &Val<'_>) -> Tri {
    use std::cmp::Ordering;
    let ord: Option<Ordering> = match (a, b) {
        (Val::Num(x), Val::Num(y)) => x.partial_cmp(y),
        (Val::Date(x), Val::Date(y)) => Some(x.cmp(y)),
        (Val::Date(x), Val::Doc(s) | Val::Lit(s)) => parse_date(s).map(|y| x.cmp(&y)),
        (Val::Doc(s) | Val::Lit(s), Val::Date(y)) => parse_date(s).map(|x| x.cmp(y)),
        (Val::Doc(x) | Val::Lit(x), Val::Doc(y) | Val::Lit(y)) => Some(x.trim().cmp(y.trim())),
        (Val::Bool(x), Val::Bool(y)) if matches!(op, Op::Eq | Op::Ne) => Some(x.cmp(y)),
        _ => None,
    };
    let Some(o) = ord else { return Tri::U };
    Tri::of(match op {
        Op::Lt => o == Ordering::Less,
        Op::Le => o != Ordering::Greater,
        Op::Gt => o == Ordering::Greater,
        Op::Ge => o != Ordering::Less,
        Op::Eq => o == Ordering::Equal,
        Op::Ne => o != Ordering::Equal,
    })
}

/// A source of `member`: where the strings a value is looked for in come
/// from.
#[derive(Debug)]
enum Source {
    /// A path, whether to compare without regard to case, and the cache
    /// slot of its strings (used when the path is absolute).
    Path(PathPat, bool, usize),
    Values(Vec<Value>, bool),
    /// `{values: {param: NAME}}`: the list parameter in force, by index.
    Param(usize, bool),
    Collect {
        each: PathPat,
        slot: usize,
        filter: Option<Cond>,
        select: PathPat,
    },
}

/// A source: a path, `{values: [...] | {param: NAME}}` or `{path: P}`
/// (each with `ignore_case`), or `{each, as, where, select}`.
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
                    match &scope.params()[idx].1 {
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
                    Some(c) => Some(cond(c, scope, &child(at, "where"))?),
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

/// `member`: the value and its sources.
#[derive(Debug)]
struct Member(Expr, Vec<Source>);

impl Condition for Member {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Tri {
        let Member(v, sources) = self;
        let needle = match ev.expr(v) {
            Val::Doc(s) | Val::Lit(s) => s.trim(),
            Val::Absent | Val::Null => return Tri::F,
            _ => return Tri::U,
        };
        let mut unknown = false;
        // Folded only when a source ignores case: no allocation otherwise.
        let any_ci = sources.iter().any(|s| match s {
            Source::Values(_, ci) | Source::Path(_, ci, _) | Source::Param(_, ci) => *ci,
            Source::Collect { .. } => false,
        });
        let budget = ev.budget();
        if any_ci && !budget.read(needle.len()) {
            return Tri::U;
        }
        let folded = if any_ci {
            needle.to_lowercase()
        } else {
            String::new()
        };
        let eq = |x: &Value| x.as_str().is_some_and(|s| s.trim() == needle);
        // Folding a text reads it all: it costs its length.
        let eq_ci = |x: &Value| {
            x.as_str()
                .is_some_and(|s| budget.read(s.len()) && s.trim().to_lowercase() == folded)
        };
        for s in sources {
            match s {
                Source::Values(..) | Source::Param(..) => {
                    let (vs, ci) = match s {
                        Source::Values(vs, ci) => (vs.as_slice(), ci),
                        Source::Param(i, ci) => {
                            (ev.param(*i).as_array().map_or(&[][..], Vec::as_slice), ci)
                        }
                        _ => continue,
                    };
                    if vs.iter().any(|v| if *ci { eq_ci(v) } else { eq(v) }) {
                        return Tri::T;
                    }
                }
                Source::Path(p, ci, slot)
                    if p.base == Base::Root && !p.segs.iter().any(|s| matches!(s, Seg::Var(_))) =>
                {
                    if ev.strings(*slot).is_none() {
                        let (nodes, malformed) = ev.select(p);
                        let set = nodes
                            .iter()
                            .filter_map(|&n| ev.value(n).as_str())
                            .filter(|s| !*ci || budget.read(s.len()))
                            .map(|s| {
                                if *ci {
                                    s.trim().to_lowercase()
                                } else {
                                    s.trim().to_owned()
                                }
                            })
                            .collect();
                        ev.set_strings(*slot, (set, malformed));
                    }
                    let Some((set, malformed)) = ev.strings(*slot) else {
                        continue;
                    };
                    if set.contains(if *ci { folded.as_str() } else { needle }) {
                        return Tri::T;
                    }
                    unknown |= *malformed;
                }
                Source::Path(p, ci, _) => {
                    let (nodes, malformed) = ev.select(p);
                    if nodes.iter().any(|&n| {
                        if *ci {
                            eq_ci(ev.value(n))
                        } else {
                            eq(ev.value(n))
                        }
                    }) {
                        return Tri::T;
                    }
                    unknown |= malformed;
                }
                Source::Collect {
                    each,
                    slot,
                    filter,
                    select,
                } => {
                    let (items, malformed) = ev.select(each);
                    unknown |= malformed;
                    for item in items {
                        ev.bind_node(*slot, item);
                        let t = filter.as_ref().map_or(Tri::T, |f| ev.cond(f));
                        let hit = match (t, ev.lookup(select, true)) {
                            (Tri::T, Look::Found(n)) => eq(ev.value(n)),
                            (Tri::U, _) | (_, Look::Malformed(_)) => {
                                unknown = true;
                                false
                            }
                            _ => false,
                        };
                        ev.unbind(*slot);
                        if hit {
                            return Tri::T;
                        }
                    }
                }
            }
        }
        if unknown || budget.exhausted.get() {
            Tri::U
        } else {
            Tri::F
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Op, compare};
    use crate::rules::eval::Tri::{self, F, T, U};
    use crate::rules::eval::Val;
    use crate::rules::functions::tests::{check, error};
    use chrono::NaiveDate;

    #[test]
    fn three_valued_compare() {
        assert_eq!(compare(&Val::Num(50.0), Op::Gt, &Val::Num(45.0)), Tri::T);
        assert_eq!(compare(&Val::Absent, Op::Gt, &Val::Num(45.0)), Tri::U);
        assert_eq!(compare(&Val::Doc("x"), Op::Lt, &Val::Num(1.0)), Tri::U);
        let d = NaiveDate::from_ymd_opt(2026, 11, 16).unwrap();
        assert_eq!(
            compare(&Val::Doc("2026-11-15"), Op::Lt, &Val::Date(d)),
            Tri::T
        );
    }

    #[test]
    fn everyday_words_mean_one_value() {
        use crate::rules::functions::tests::value;
        let doc = "a: arbeidsgjevar\nb: Lege/behandler\nc: leder\nd: Kari\nn: 3\n";
        let among = "[arbeidstaker, arbeidsgiver, lege, bht, nav]";
        for (of, want) in [
            ("/a", "Lit(\"arbeidsgiver\")"),
            ("/b", "Lit(\"lege\")"),
            // `leder` may be the employer, or not: no one value.
            ("/c", "Absent"),
            ("/d", "Absent"),
            ("/n", "Absent"),
            ("/missing", "Absent"),
        ] {
            let expr = format!("{{everyday_value: {{of: {of}, among: {among}}}}}");
            assert_eq!(value(doc, &expr, &[]), want, "{of}");
        }
        // A word for a value not among them means none of them.
        assert_eq!(
            value(doc, "{everyday_value: {of: /a, among: [lege]}}", &[]),
            "Absent"
        );
    }

    #[test]
    fn equals_compare_and_member() {
        let doc = "role: nav\nn: 3\nd: 2026-11-16\nnames: [Kari, Ola]\nc: [x]\nps: [{name: Kari, role: nav}, {name: Per, role: lege}]\n";
        for (cond, want) in [
            ("{equals: {path: /role, value: nav}}", T),
            ("{equals: {path: /role, value: lege}}", F),
            ("{equals: {path: /role, value: 3}}", U),
            ("{equals: {path: /missing, value: nav}}", F),
            ("{compare: {left: /n, op: '>', right: 2}}", T),
            ("{compare: {left: /d, op: '<', right: {var: as_of}}}", T),
            ("{compare: {left: /missing, op: '==', right: 2}}", U),
            ("{member: {value: Ola, of: [/names/*]}}", T),
            (
                "{member: {value: ola, of: [{path: /names/*, ignore_case: true}]}}",
                T,
            ),
            ("{member: {value: ola, of: [/names/*]}}", F),
            (
                "{member: {value: NAV, of: [{values: [nav], ignore_case: true}]}}",
                T,
            ),
            ("{member: {value: /missing, of: [/names/*]}}", F),
            (
                "{member: {value: Kari, of: [{each: /ps/*, where: {equals: {path: '@/role', value: nav}}, select: '@/name'}]}}",
                T,
            ),
            (
                "{member: {value: Per, of: [{each: /ps/*, where: {equals: {path: '@/role', value: nav}}, select: '@/name'}]}}",
                F,
            ),
        ] {
            assert_eq!(check(doc, cond), want, "{cond}");
        }
    }

    #[test]
    fn errors_point_at_the_field() {
        assert_eq!(
            error("{compare: {left: 1, op: '=', right: 2}}").as_deref(),
            Some("`op` is one of `<`, `<=`, `>`, `>=`, `==`, `!=`")
        );
        assert_eq!(
            error("{equals: {path: /a, value: [1]}}").as_deref(),
            Some("`equals` compares with a single value; use `member` for a list")
        );
    }
}
