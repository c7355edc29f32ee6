//! `position`, `key` and `occurrence`: where a node stands among its
//! siblings, or among the nodes with the same key.

use std::collections::HashMap;

use serde_json::Value;

use super::{Compile, Expression, Field, Function, cond};
use crate::rules::ast::{Base, PathPat, Seg};
use crate::rules::compile::{BindKind, any_path, binding_name, child, err, single_path};
use crate::rules::eval::{Cond, Eval, Look, NodeId, Ranks, Step, Tri, Val};

/// `{position: P}`.
pub(super) const POSITION: Function = Function {
    name: "position",
    form: "{position: P}",
    fields: &[],
    doc: "the 1-based position of the node in its list",
    compile: Compile::Expression(|_, arg, scope, at| {
        Ok(Box::new(Position(single_path(arg, scope, at)?)))
    }),
};

/// `{key: P}`.
pub(super) const KEY: Function = Function {
    name: "key",
    form: "{key: P}",
    fields: &[],
    doc: "the member name of the node in its mapping",
    compile: Compile::Expression(|_, arg, scope, at| {
        Ok(Box::new(Key(single_path(arg, scope, at)?)))
    }),
};

/// `{occurrence: {of: P, each: P, key: [P, …], where: C}}`.
pub(super) const OCCURRENCE: Function = Function {
    name: "occurrence",
    form: "{occurrence: {of: P, each: P, key: [P, …], where: C}}",
    fields: &[
        Field::required("of"),
        Field::required("each"),
        Field::optional("as"),
        Field::required("key"),
        Field::optional("where"),
    ],
    doc: "the 1-based rank of the node `of` among the nodes of `each` (that satisfy `where`) whose `key` values are the same: 1 for the first, 2 for the second…; missing when `of` is not among them. `each` must be an absolute path; `key` and `where` see only the item being ranked (`@`). The ranks are computed once per rule and document, so \"only the first of each role\" or \"a duplicate of an earlier entry\" cost linear time",
    compile: Compile::Expression(|f, arg, scope, at| {
        let m = f.mapping(arg, at)?;
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
            Some(c) => Some(cond(c, &mut inner, &child(at, "where"))?),
            None => None,
        };
        Ok(Box::new(Occurrence {
            slot: scope.slot(),
            of,
            each,
            key,
            filter,
        }))
    }),
};

/// `position`.
#[derive(Debug)]
struct Position(PathPat);

impl Expression for Position {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Val<'a> {
        match ev.lookup(&self.0, false) {
            Look::Found(n) => match ev.tree().step(n) {
                Step::Index(i) => Val::Num(f64::from(i) + 1.0),
                _ => Val::Unknown,
            },
            _ => Val::Unknown,
        }
    }
}

/// `key`.
#[derive(Debug)]
struct Key(PathPat);

impl Expression for Key {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Val<'a> {
        match ev.lookup(&self.0, false) {
            Look::Found(n) => match ev.tree().step(n) {
                Step::Key(k) => Val::Doc(k),
                _ => Val::Unknown,
            },
            _ => Val::Unknown,
        }
    }
}

/// The 1-based rank of the node `of` among the nodes of the absolute
/// path `each` (that satisfy `filter`) with the same `key` values.
/// `each`, `key` and `filter` see only their own item, so the ranks are
/// computed once per rule and document.
#[derive(Debug)]
struct Occurrence {
    /// The cache slot of the ranks.
    slot: usize,
    of: PathPat,
    each: PathPat,
    key: Vec<PathPat>,
    filter: Option<Cond>,
}

impl Expression for Occurrence {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Val<'a> {
        let target = match ev.lookup(&self.of, false) {
            Look::Found(n) => n,
            _ => return Val::Unknown,
        };
        if ev.ranks(self.slot).is_none() {
            let table = self.ranks(ev);
            ev.set_ranks(self.slot, table);
        }
        let found = ev
            .ranks(self.slot)
            .and_then(|t| t.get(&target))
            .map(|(rank, first)| (rank.clone(), *first));
        match found {
            Some((rank, first)) => {
                if matches!(rank, Val::Num(n) if n > 1.0) {
                    ev.set_first(first);
                }
                rank
            }
            None => Val::Absent,
        }
    }
}

impl Occurrence {
    /// Ranks every item of `each` by its key, in one pass. The item is
    /// bound alone (slot 0), as `occurrence` was compiled in an isolated
    /// scope.
    fn ranks<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Ranks<'a> {
        // An absolute path: it reads no binding.
        let (items, _) = ev.select(&self.each);
        // Per key: how many items have it so far, and the first of them.
        let mut counts: HashMap<String, (usize, NodeId)> = HashMap::new();
        let mut table = HashMap::with_capacity(items.len());
        // One buffer for every item's key; a key is copied only when new.
        let mut buf = String::new();
        ev.isolated(|ev| {
            for item in items {
                ev.bind_node(0, item);
                let rank = match self.filter.as_ref().map_or(Tri::T, |f| ev.cond(f)) {
                    Tri::F => continue,
                    Tri::T if key_string(ev, &self.key, &mut buf) => {
                        let (n, first) = match counts.get_mut(&buf) {
                            Some(c) => c,
                            None => counts.entry(buf.clone()).or_insert((0, item)),
                        };
                        *n += 1;
                        (Val::Num(*n as f64), Some(*first))
                    }
                    Tri::T | Tri::U => (Val::Unknown, None),
                };
                table.insert(item, rank);
            }
        });
        table
    }
}

/// The key of the bound item as one string, into `out`; false when a
/// part is unknown.
fn key_string<'a>(ev: &mut Eval<'a, '_>, key: &'a [PathPat], out: &mut String) -> bool {
    use std::fmt::Write;
    out.clear();
    for k in key {
        match ev.lookup(k, true) {
            Look::Found(n) => match ev.value(n) {
                Value::String(s) => {
                    let s = s.trim();
                    if !ev.budget().read(s.len()) {
                        return false;
                    }
                    let _ = write!(out, "s{}:", s.len());
                    out.push_str(s);
                    out.push('\u{0}');
                }
                Value::Null => out.push_str("-\u{0}"),
                other => {
                    let _ = write!(out, "v{other}\u{0}");
                }
            },
            Look::Absent(_) => out.push_str("-\u{0}"),
            Look::Malformed(_) => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use crate::rules::functions::tests::value;

    #[test]
    fn where_a_node_stands() {
        let doc = "ps: [{role: nav}, {role: lege}, {role: nav}]\nm: {a: 1}\n";
        for (expr, want) in [
            ("{position: /ps/1}", "Num(2.0)"),
            ("{position: /m/a}", "Unknown"),
            ("{key: /m/a}", "Doc(\"a\")"),
            (
                "{occurrence: {of: /ps/2, each: /ps/*, key: ['@/role']}}",
                "Num(2.0)",
            ),
            (
                "{occurrence: {of: /ps/1, each: /ps/*, key: ['@/role']}}",
                "Num(1.0)",
            ),
            (
                "{occurrence: {of: /ps/0, each: /ps/*, key: ['@/role'], where: {equals: {path: '@/role', value: lege}}}}",
                "Absent",
            ),
            (
                "{occurrence: {of: /m, each: /ps/*, key: ['@/role']}}",
                "Absent",
            ),
        ] {
            assert_eq!(value(doc, expr, &[]), want, "{expr}");
        }
    }
}
