//! Evaluation of compiled rules over a value tree. Conditions are
//! three-valued: a rule whose inputs are missing in a way another finding
//! already reports, or malformed (they failed the schema), evaluates to
//! *unknown* and stays silent.

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::{Days, NaiveDate};
use serde_json::Value;

use super::compile::{
    Base, Cond, Expr, ForEach, Matcher, Op, PathPat, Piece, Quant, Seg, Source, TextOf,
};
use super::national_id;

/// True, false or unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tri {
    T,
    F,
    U,
}

impl Tri {
    fn of(b: bool) -> Tri {
        if b { Tri::T } else { Tri::F }
    }
    fn not(self) -> Tri {
        match self {
            Tri::T => Tri::F,
            Tri::F => Tri::T,
            Tri::U => Tri::U,
        }
    }
}

/// A step from a node to a child.
#[derive(Debug, Clone, Copy)]
pub(crate) enum PSeg<'a> {
    Key(&'a str),
    Index(usize),
    /// The first step of a path into `$comments`, which are not part of the
    /// document's tree: their pointer is the document's.
    Comments,
}

/// A node of the document and the path that reached it.
#[derive(Debug, Clone)]
pub(crate) struct Node<'a> {
    value: &'a Value,
    path: Vec<PSeg<'a>>,
}

impl<'a> Node<'a> {
    fn child(&self, seg: PSeg<'a>, value: &'a Value) -> Node<'a> {
        let mut path = Vec::with_capacity(self.path.len() + 1);
        path.extend_from_slice(&self.path);
        path.push(seg);
        Node { value, path }
    }

    pub(crate) fn pointer(&self) -> String {
        let mut p = String::new();
        if matches!(self.path.first(), Some(PSeg::Comments)) {
            return p;
        }
        for s in &self.path {
            match s {
                PSeg::Comments => {}
                PSeg::Key(k) => crate::pointer::push(&mut p, k),
                PSeg::Index(i) => {
                    p.push('/');
                    p.push_str(&i.to_string());
                }
            }
        }
        p
    }
}

/// Where a text condition (`matches`, `national_id`) matched, so that a
/// finding can point at the match rather than at the whole node. The match
/// is the `nth` of `total` non-overlapping occurrences of `text` in the
/// node's text; the source is searched for the same occurrence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hit {
    /// The matched node's path.
    pub path: Vec<String>,
    /// The index of the comment, for a node of `$comments`.
    pub comment: Option<usize>,
    /// The match is in the member name, not the value.
    pub key: bool,
    pub text: String,
    pub nth: usize,
    pub total: usize,
}

impl Hit {
    fn new(node: &Node<'_>, key: bool, haystack: &str, range: (usize, usize)) -> Hit {
        let text = haystack[range.0..range.1].to_owned();
        let mut nth = 0;
        let mut total = 0;
        for (i, _) in haystack.match_indices(text.as_str()) {
            if i < range.0 {
                nth += 1;
            }
            total += 1;
        }
        let comment = match node.path.as_slice() {
            [PSeg::Comments, PSeg::Index(i)] => Some(*i),
            _ => None,
        };
        Hit {
            path: node
                .path
                .iter()
                .filter_map(|s| match s {
                    PSeg::Key(k) => Some((*k).to_owned()),
                    PSeg::Index(i) => Some(i.to_string()),
                    PSeg::Comments => None,
                })
                .collect(),
            comment,
            key,
            text,
            nth,
            total,
        }
    }
}

/// A value computed by an expression.
#[derive(Debug, Clone)]
pub(crate) enum Val<'a> {
    Absent,
    Unknown,
    Null,
    Bool(bool),
    Num(f64),
    /// Text from the document (rendered in messages only if it is in the
    /// schema's vocabulary, or a date or time).
    Doc(&'a str),
    /// Text from a rule or configuration.
    Lit(&'a str),
    Date(NaiveDate),
    Coll,
}

fn val_of(v: &Value, from_doc: bool) -> Val<'_> {
    match v {
        Value::Null => Val::Null,
        Value::Bool(b) => Val::Bool(*b),
        Value::Number(n) => n.as_f64().map_or(Val::Unknown, Val::Num),
        Value::String(s) if from_doc => Val::Doc(s),
        Value::String(s) => Val::Lit(s),
        _ => Val::Coll,
    }
}

/// `YYYY-MM-DD` exactly, and a real day.
pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    NaiveDate::from_ymd_opt(
        s[..4].parse().ok()?,
        s[5..7].parse().ok()?,
        s[8..].parse().ok()?,
    )
}

/// `HH:MM` (00:00–23:59) → minutes since midnight.
pub(crate) fn parse_time(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 5
        || b[2] != b':'
        || !b
            .iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
    {
        return None;
    }
    let h: i64 = s[..2].parse().ok()?;
    let m: i64 = s[3..].parse().ok()?;
    (h < 24 && m < 60).then_some(h * 60 + m)
}

enum Conv<T> {
    Ok(T),
    Absent,
    Unknown,
}

fn to_date(v: &Val<'_>) -> Conv<NaiveDate> {
    match v {
        Val::Date(d) => Conv::Ok(*d),
        Val::Doc(s) | Val::Lit(s) => parse_date(s).map_or(Conv::Unknown, Conv::Ok),
        Val::Absent | Val::Null => Conv::Absent,
        _ => Conv::Unknown,
    }
}

fn to_time(v: &Val<'_>) -> Conv<i64> {
    match v {
        Val::Doc(s) | Val::Lit(s) => parse_time(s).map_or(Conv::Unknown, Conv::Ok),
        Val::Absent | Val::Null => Conv::Absent,
        _ => Conv::Unknown,
    }
}

fn to_num(v: &Val<'_>) -> Conv<f64> {
    match v {
        Val::Num(n) => Conv::Ok(*n),
        Val::Absent | Val::Null => Conv::Absent,
        _ => Conv::Unknown,
    }
}

fn combine<A, B>(
    a: Conv<A>,
    b: Conv<B>,
    f: impl FnOnce(A, B) -> Option<Val<'static>>,
) -> Val<'static> {
    match (a, b) {
        (Conv::Unknown, _) | (_, Conv::Unknown) => Val::Unknown,
        (Conv::Absent, _) | (_, Conv::Absent) => Val::Absent,
        (Conv::Ok(a), Conv::Ok(b)) => f(a, b).unwrap_or(Val::Unknown),
    }
}

/// A binding in scope: a node (from `each`) or a value (from `values`).
#[derive(Debug, Clone)]
enum Bound<'a> {
    Node(Node<'a>),
    Val(Val<'a>),
}

enum Look<'a> {
    Found(Node<'a>),
    /// Missing; the deepest node that exists on the way.
    Absent(Node<'a>),
    Malformed(Node<'a>),
}

/// What rules read: the document, the malformed pointers, the date.
pub(crate) struct Env<'a, 'm> {
    pub doc: &'a Value,
    /// The document's YAML comments (`$comments`), a list of strings.
    pub comments: &'a Value,
    /// Sorted, so that a lookup is a binary search.
    pub malformed: &'m [String],
    pub as_of: NaiveDate,
    pub vocabulary: &'m BTreeSet<String>,
    /// `for_each` selections of absolute paths, shared by the rules of one
    /// document (DM801 and DM802 both walk `/**`; many rules walk
    /// `/participants/*`).
    pub selections: std::cell::RefCell<HashMap<PathPat, std::rc::Rc<Vec<Node<'a>>>>>,
    /// The evaluation budget (see [`Budget`]).
    pub budget: Budget,
}

/// What rule evaluation may spend on one document, so that a rule file
/// cannot hang a run or exhaust memory: steps (a condition, an expression
/// or a selected node each cost one) for the current rule, and nodes kept
/// in the shared selections. When the steps run out, evaluation of the
/// rule stops: every condition is unknown and selections are empty.
#[derive(Debug, Default)]
pub(crate) struct Budget {
    pub steps: std::cell::Cell<u64>,
    pub exhausted: std::cell::Cell<bool>,
    /// Nodes the shared selections may still hold.
    pub cache_nodes: std::cell::Cell<usize>,
}

impl Budget {
    /// Spends `n` steps; false (and exhausted from then on) when they run out.
    fn spend(&self, n: u64) -> bool {
        let left = self.steps.get();
        if self.exhausted.get() || left < n {
            self.exhausted.set(true);
            return false;
        }
        self.steps.set(left - n);
        true
    }
}

pub(crate) struct Eval<'a, 'e> {
    env: &'e Env<'a, 'e>,
    params: &'a [(String, Value)],
    binds: Vec<Bound<'a>>,
    lets: Vec<Val<'a>>,
    /// Results that do not depend on the current item, computed once per
    /// rule and document: `occurrence` ranks by item pointer, and the
    /// strings of absolute `member` sources.
    ranks: HashMap<*const Expr, HashMap<String, Val<'a>>>,
    sources: HashMap<*const Source, (HashSet<String>, bool)>,
    /// Where the last true text condition matched.
    hit: Option<Hit>,
}

impl<'a, 'e> Eval<'a, 'e> {
    pub(crate) fn new(env: &'e Env<'a, 'e>, params: &'a [(String, Value)]) -> Self {
        Eval {
            env,
            params,
            binds: Vec::new(),
            lets: Vec::new(),
            ranks: HashMap::new(),
            sources: HashMap::new(),
            hit: None,
        }
    }

    /// Where the text condition that made the rule fire matched, if any.
    pub(crate) fn take_hit(&mut self) -> Option<Hit> {
        self.hit.take()
    }

    /// The items a rule runs once for; `None` means once for the document.
    pub(crate) fn items(&self, fe: &'a ForEach) -> Vec<BoundItem<'a>> {
        match fe {
            ForEach::Nodes(paths) => {
                let mut out = Vec::new();
                for p in paths {
                    self.items_of(p, &mut out);
                }
                out
            }
            ForEach::Values(vs) => vs
                .iter()
                .filter_map(Value::as_str)
                .map(BoundItem::Value)
                .collect(),
            // A parameter in force: the settings' value, checked against
            // the default's form when the linter was built.
            ForEach::Param(i) => match &self.params[*i].1 {
                Value::Object(o) => o.keys().map(|k| BoundItem::Value(k.as_str())).collect(),
                v => v
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(BoundItem::Value)
                    .collect(),
            },
        }
    }

    fn items_of(&self, p: &PathPat, out: &mut Vec<BoundItem<'a>>) {
        let shared = matches!(p.base, Base::Root | Base::Comments)
            && !p.segs.iter().any(|s| matches!(s, Seg::Var(_)));
        if !shared {
            out.extend(self.select(p).0.into_iter().map(BoundItem::Node));
            return;
        }
        let cached = self.env.selections.borrow().get(p).cloned();
        let nodes = cached.unwrap_or_else(|| {
            let nodes = std::rc::Rc::new(self.select(p).0);
            let room = self.env.budget.cache_nodes.get();
            if nodes.len() <= room && !self.env.budget.exhausted.get() {
                self.env.budget.cache_nodes.set(room - nodes.len());
                self.env
                    .selections
                    .borrow_mut()
                    .insert(p.clone(), nodes.clone());
            }
            nodes
        });
        out.extend((0..nodes.len()).map(|i| BoundItem::Shared(nodes.clone(), i)));
    }

    pub(crate) fn bind(&mut self, item: &BoundItem<'a>) {
        self.hit = None;
        self.binds.clear();
        self.binds.push(match item {
            BoundItem::Node(n) => Bound::Node(n.clone()),
            BoundItem::Shared(nodes, i) => Bound::Node(nodes[*i].clone()),
            BoundItem::Value(s) => Bound::Val(Val::Lit(s)),
        });
    }

    pub(crate) fn set_lets(&mut self, lets: &'a [Expr]) {
        self.lets.clear();
        for e in lets {
            let v = self.expr(e);
            self.lets.push(v);
        }
    }

    fn is_malformed(&self, path: &[PSeg<'_>], rest: &[&str]) -> bool {
        if self.env.malformed.is_empty() {
            return false;
        }
        let mut p = Node {
            value: &Value::Null,
            path: path.to_vec(),
        }
        .pointer();
        for r in rest {
            crate::pointer::push(&mut p, r);
        }
        // The node or one of its ancestors: a lookup per level in the
        // sorted list, not a scan of it (a scan was quadratic when many
        // nodes are malformed, e.g. a million participants without `role`).
        let hit = |q: &str| {
            self.env
                .malformed
                .binary_search_by(|m| m.as_str().cmp(q))
                .is_ok()
        };
        hit(&p) || p.match_indices('/').any(|(i, _)| hit(&p[..i]))
    }

    fn base(&self, base: Base) -> Option<Node<'a>> {
        match base {
            Base::Root => Some(Node {
                value: self.env.doc,
                path: Vec::new(),
            }),
            Base::Comments => Some(Node {
                value: self.env.comments,
                path: vec![PSeg::Comments],
            }),
            Base::Slot(i) => match self.binds.get(i)? {
                Bound::Node(n) => Some(n.clone()),
                Bound::Val(_) => None,
            },
        }
    }

    fn seg_key<'s>(&'s self, seg: &'s Seg) -> Option<&'s str> {
        match seg {
            Seg::Key(k) => Some(k),
            Seg::Var(slot) => match self.binds.get(*slot)? {
                Bound::Val(Val::Lit(s)) => Some(s),
                _ => None,
            },
            Seg::Wild | Seg::Deep => None,
        }
    }

    /// One step from `node` by key (an index for arrays).
    fn step(node: &Node<'a>, key: &str) -> Result<Option<Node<'a>>, ()> {
        match node.value {
            Value::Object(m) => Ok(m
                .get_key_value(key)
                .map(|(k, v)| node.child(PSeg::Key(k), v))),
            Value::Array(a) => match key.parse::<usize>() {
                Ok(i) => Ok(a.get(i).map(|v| node.child(PSeg::Index(i), v))),
                Err(_) => Err(()),
            },
            Value::Null => Ok(None),
            _ => Err(()),
        }
    }

    /// Resolves a single-node path. `typed` reads treat schema-malformed
    /// nodes (and missing keys the schema already reported) as malformed.
    fn lookup(&self, pat: &PathPat, typed: bool) -> Look<'a> {
        let Some(mut node) = self.base(pat.base) else {
            return Look::Malformed(Node {
                value: self.env.doc,
                path: Vec::new(),
            });
        };
        for (i, seg) in pat.segs.iter().enumerate() {
            let Some(key) = self.seg_key(seg) else {
                return Look::Malformed(node);
            };
            match Self::step(&node, key) {
                Ok(Some(next)) => node = next,
                Ok(None) => {
                    if typed {
                        let rest: Vec<&str> = pat.segs[i..]
                            .iter()
                            .filter_map(|s| self.seg_key(s))
                            .collect();
                        if self.is_malformed(&node.path, &rest) {
                            return Look::Malformed(node);
                        }
                    }
                    return Look::Absent(node);
                }
                Err(()) => return Look::Malformed(node),
            }
        }
        if typed && self.is_malformed(&node.path, &[]) {
            return Look::Malformed(node);
        }
        Look::Found(node)
    }

    /// The nodes a path selects, and whether a malformed node was met.
    fn select(&self, pat: &PathPat) -> (Vec<Node<'a>>, bool) {
        let Some(base) = self.base(pat.base) else {
            return (Vec::new(), true);
        };
        let mut cur = vec![base];
        let mut malformed = false;
        for seg in &pat.segs {
            if !self.env.budget.spend(cur.len() as u64) {
                return (Vec::new(), true);
            }
            let mut next = Vec::new();
            for n in &cur {
                match seg {
                    Seg::Wild => match n.value {
                        Value::Object(m) => {
                            next.extend(m.iter().map(|(k, v)| n.child(PSeg::Key(k), v)))
                        }
                        Value::Array(a) => next.extend(
                            a.iter()
                                .enumerate()
                                .map(|(i, v)| n.child(PSeg::Index(i), v)),
                        ),
                        Value::Null => {}
                        _ => malformed = true,
                    },
                    Seg::Deep => {
                        if !descend(n.clone(), &mut next, &self.env.budget) {
                            return (Vec::new(), true);
                        }
                    }
                    other => {
                        let key = self.seg_key(other);
                        match key.map(|k| (k, Self::step(n, k))) {
                            Some((_, Ok(Some(c)))) => next.push(c),
                            Some((k, Ok(None))) => malformed |= self.is_malformed(&n.path, &[k]),
                            _ => malformed = true,
                        }
                    }
                }
            }
            cur = next;
        }
        if !self.env.malformed.is_empty() && !pat.segs.iter().any(|s| matches!(s, Seg::Deep)) {
            let before = cur.len();
            cur.retain(|n| !self.is_malformed(&n.path, &[]));
            malformed |= cur.len() != before;
        }
        (cur, malformed)
    }

    /// The pointer of the most specific existing node on `pat`.
    pub(crate) fn locate(&self, pat: &PathPat) -> String {
        match self.lookup(pat, false) {
            Look::Found(n) | Look::Absent(n) | Look::Malformed(n) => n.pointer(),
        }
    }

    pub(crate) fn current_pointer(&self) -> String {
        match self.binds.first() {
            Some(Bound::Node(n)) => n.pointer(),
            _ => String::new(),
        }
    }

    pub(crate) fn cond(&mut self, c: &'a Cond) -> Tri {
        if !self.env.budget.spend(1) {
            return Tri::U;
        }
        match c {
            Cond::All(cs) => {
                let mut out = Tri::T;
                for c in cs {
                    match self.cond(c) {
                        Tri::F => return Tri::F,
                        Tri::U => out = Tri::U,
                        Tri::T => {}
                    }
                }
                out
            }
            Cond::Any(cs) => {
                let mut out = Tri::F;
                for c in cs {
                    match self.cond(c) {
                        Tri::T => return Tri::T,
                        Tri::U => out = Tri::U,
                        Tri::F => {}
                    }
                }
                out
            }
            Cond::Not(c) => self.cond(c).not(),
            Cond::Present(p) => self.cond_present(p),
            Cond::Absent(p) => self.cond_present(p).not(),
            Cond::Empty(p) => self.empty(p),
            Cond::Filled(p) => self.empty(p).not(),
            Cond::Equals(p, lit) => match self.lookup(p, true) {
                Look::Found(n) => {
                    if n.value == lit {
                        Tri::T
                    } else if n.value.is_null() || same_kind(n.value, lit) {
                        Tri::F
                    } else {
                        Tri::U
                    }
                }
                Look::Absent(_) => Tri::F,
                Look::Malformed(_) => Tri::U,
            },
            Cond::Compare(a, op, b) => {
                let (a, b) = (self.expr(a), self.expr(b));
                compare(&a, *op, &b)
            }
            Cond::Matches(t, m) => self.text_cond(t, |s| first_match(m, s)),
            Cond::NationalId(t, not_after) => {
                let as_of = self.env.as_of;
                self.text_cond(t, |s| national_id::find(s, as_of, not_after))
            }
            Cond::Member(v, sources) => self.member(v, sources),
            Cond::Quant {
                kind,
                each,
                slot,
                filter,
            } => {
                let (items, malformed) = self.select(each);
                let (mut any_t, mut any_f, mut any_u) = (false, false, malformed);
                for item in items {
                    self.push_at(*slot, Bound::Node(item));
                    match filter.as_deref().map_or(Tri::T, |f| self.cond(f)) {
                        Tri::T => any_t = true,
                        Tri::F => any_f = true,
                        Tri::U => any_u = true,
                    }
                    self.binds.truncate(*slot);
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
    }

    /// A text condition: `find` gives the byte range of the first match in
    /// the node's text (its string value, an integer's digits, or its member
    /// name). True when it matches; the match is kept in `hit`.
    fn text_cond(&mut self, t: &TextOf, find: impl Fn(&str) -> Option<(usize, usize)>) -> Tri {
        let (p, key) = match t {
            TextOf::Value(p) => (p, false),
            TextOf::Key(p) => (p, true),
        };
        let Look::Found(node) = self.lookup(p, false) else {
            return Tri::F;
        };
        let digits;
        let text: &str = match (key, node.value, node.path.last()) {
            (true, _, Some(PSeg::Key(k))) => k,
            (true, _, _) => return Tri::F,
            (false, Value::String(s), _) => s,
            // An identity number written as a number: YAML drops a leading
            // zero, so ten digits are read as eleven.
            (false, Value::Number(n), _) if n.is_u64() => {
                digits = format!("{n:0>11}");
                &digits
            }
            _ => return Tri::F,
        };
        match find(text) {
            Some(range) => {
                self.hit = Some(Hit::new(&node, key, text, range));
                Tri::T
            }
            None => Tri::F,
        }
    }

    fn cond_present(&self, p: &PathPat) -> Tri {
        match self.lookup(p, true) {
            Look::Found(n) => Tri::of(!n.value.is_null()),
            Look::Absent(_) => Tri::F,
            Look::Malformed(_) => Tri::U,
        }
    }

    fn push_at(&mut self, slot: usize, b: Bound<'a>) {
        self.binds.truncate(slot);
        while self.binds.len() < slot {
            self.binds.push(Bound::Val(Val::Unknown));
        }
        self.binds.push(b);
    }

    fn empty(&self, p: &PathPat) -> Tri {
        match self.lookup(p, true) {
            Look::Found(n) => Tri::of(match n.value {
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

    fn member(&mut self, v: &'a Expr, sources: &'a [Source]) -> Tri {
        let needle = match self.expr(v) {
            Val::Doc(s) | Val::Lit(s) => s.trim(),
            Val::Absent | Val::Null => return Tri::F,
            _ => return Tri::U,
        };
        let mut unknown = false;
        let folded = needle.to_lowercase();
        let eq = |x: &Value| x.as_str().is_some_and(|s| s.trim() == needle);
        let eq_ci = |x: &Value| {
            x.as_str()
                .is_some_and(|s| s.trim().to_lowercase() == folded)
        };
        for s in sources {
            match s {
                Source::Values(..) | Source::Param(..) => {
                    let (vs, ci) = match s {
                        Source::Values(vs, ci) => (vs.as_slice(), ci),
                        Source::Param(i, ci) => (
                            self.params[*i].1.as_array().map_or(&[][..], Vec::as_slice),
                            ci,
                        ),
                        _ => continue,
                    };
                    if vs.iter().any(|v| if *ci { eq_ci(v) } else { eq(v) }) {
                        return Tri::T;
                    }
                }
                Source::Path(p, ci)
                    if p.base == Base::Root && !p.segs.iter().any(|s| matches!(s, Seg::Var(_))) =>
                {
                    let key: *const Source = s;
                    if !self.sources.contains_key(&key) {
                        let (nodes, malformed) = self.select(p);
                        let set = nodes
                            .iter()
                            .filter_map(|n| n.value.as_str())
                            .map(|s| {
                                if *ci {
                                    s.trim().to_lowercase()
                                } else {
                                    s.trim().to_owned()
                                }
                            })
                            .collect();
                        self.sources.insert(key, (set, malformed));
                    }
                    let (set, malformed) = &self.sources[&key];
                    if set.contains(if *ci { folded.as_str() } else { needle }) {
                        return Tri::T;
                    }
                    unknown |= *malformed;
                }
                Source::Path(p, ci) => {
                    let (nodes, malformed) = self.select(p);
                    if nodes
                        .iter()
                        .any(|n| if *ci { eq_ci(n.value) } else { eq(n.value) })
                    {
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
                    let (items, malformed) = self.select(each);
                    unknown |= malformed;
                    for item in items {
                        self.push_at(*slot, Bound::Node(item));
                        let t = filter.as_deref().map_or(Tri::T, |f| self.cond(f));
                        let hit = match (t, self.lookup(select, true)) {
                            (Tri::T, Look::Found(n)) => eq(n.value),
                            (Tri::U, _) | (_, Look::Malformed(_)) => {
                                unknown = true;
                                false
                            }
                            _ => false,
                        };
                        self.binds.truncate(*slot);
                        if hit {
                            return Tri::T;
                        }
                    }
                }
            }
        }
        if unknown { Tri::U } else { Tri::F }
    }

    pub(crate) fn expr(&mut self, e: &'a Expr) -> Val<'a> {
        if !self.env.budget.spend(1) {
            return Val::Unknown;
        }
        match e {
            Expr::Lit(v) => val_of(v, false),
            Expr::Path(p) => match self.lookup(p, true) {
                Look::Found(n) => val_of(n.value, true),
                Look::Absent(_) => Val::Absent,
                Look::Malformed(_) => Val::Unknown,
            },
            Expr::Bound(slot) => match self.binds.get(*slot) {
                Some(Bound::Val(v)) => v.clone(),
                _ => Val::Unknown,
            },
            Expr::Let(i) => self.lets.get(*i).cloned().unwrap_or(Val::Unknown),
            Expr::AsOf => Val::Date(self.env.as_of),
            Expr::Param(i, key) => {
                let v = &self.params[*i].1;
                match key {
                    None => val_of(v, false),
                    Some(seg) => match self.seg_key(seg).and_then(|k| v.get(k)) {
                        Some(x) => val_of(x, false),
                        None => Val::Unknown,
                    },
                }
            }
            Expr::Days(a, b) => {
                let (a, b) = (self.expr(a), self.expr(b));
                combine(to_date(&a), to_date(&b), |a, b| {
                    Some(Val::Num((b - a).num_days() as f64))
                })
            }
            Expr::Minutes(a, b) => {
                let (a, b) = (self.expr(a), self.expr(b));
                combine(to_time(&a), to_time(&b), |a, b| {
                    Some(Val::Num((b - a) as f64))
                })
            }
            Expr::AddDays(d, n) => {
                let (d, n) = (self.expr(d), self.expr(n));
                combine(to_date(&d), to_num(&n), |d, n| {
                    let n = n as i64;
                    let r = if n >= 0 {
                        d.checked_add_days(Days::new(n as u64))
                    } else {
                        d.checked_sub_days(Days::new(n.unsigned_abs()))
                    };
                    r.map(Val::Date)
                })
            }
            Expr::Sum(es) | Expr::Mul(es) => {
                let is_sum = matches!(e, Expr::Sum(_));
                let mut acc = if is_sum { 0.0 } else { 1.0 };
                let mut absent = false;
                for x in es {
                    match to_num(&self.expr(x)) {
                        Conv::Ok(n) => acc = if is_sum { acc + n } else { acc * n },
                        Conv::Absent => absent = true,
                        Conv::Unknown => return Val::Unknown,
                    }
                }
                if absent { Val::Absent } else { Val::Num(acc) }
            }
            Expr::Div(a, b) => {
                let (a, b) = (self.expr(a), self.expr(b));
                combine(to_num(&a), to_num(&b), |a, b| {
                    (b != 0.0).then(|| Val::Num(a / b))
                })
            }
            Expr::First(es) => {
                for x in es {
                    match self.expr(x) {
                        Val::Absent | Val::Null => continue,
                        v => return v,
                    }
                }
                Val::Absent
            }
            Expr::Count { each, slot, filter } => {
                let (items, malformed) = self.select(each);
                if malformed {
                    return Val::Unknown;
                }
                let mut n = 0.0;
                for item in items {
                    self.push_at(*slot, Bound::Node(item));
                    let t = filter.as_deref().map_or(Tri::T, |f| self.cond(f));
                    self.binds.truncate(*slot);
                    match t {
                        Tri::T => n += 1.0,
                        Tri::U => return Val::Unknown,
                        Tri::F => {}
                    }
                }
                Val::Num(n)
            }
            Expr::Position(p) => match self.lookup(p, false) {
                Look::Found(Node { path, .. }) => match path.last() {
                    Some(PSeg::Index(i)) => Val::Num((*i + 1) as f64),
                    _ => Val::Unknown,
                },
                _ => Val::Unknown,
            },
            Expr::Occurrence {
                of,
                each,
                key,
                filter,
            } => {
                let target = match self.lookup(of, false) {
                    Look::Found(n) => n.pointer(),
                    _ => return Val::Unknown,
                };
                let id: *const Expr = e;
                if !self.ranks.contains_key(&id) {
                    let table = self.occurrence_table(each, key, filter.as_deref());
                    self.ranks.insert(id, table);
                }
                self.ranks[&id].get(&target).cloned().unwrap_or(Val::Absent)
            }
            Expr::Key(p) => match self.lookup(p, false) {
                Look::Found(Node { path, .. }) => match path.last() {
                    Some(PSeg::Key(k)) => Val::Doc(k),
                    _ => Val::Unknown,
                },
                _ => Val::Unknown,
            },
        }
    }

    /// Ranks every item of `each` by its key, in one pass. The item is bound
    /// alone (slot 0), as `occurrence` was compiled in an isolated scope.
    fn occurrence_table(
        &mut self,
        each: &'a PathPat,
        key: &'a [PathPat],
        filter: Option<&'a Cond>,
    ) -> HashMap<String, Val<'a>> {
        let saved = std::mem::take(&mut self.binds);
        let (items, _) = self.select(each);
        let mut counts: HashMap<String, usize> = HashMap::new();
        let mut table = HashMap::with_capacity(items.len());
        for item in items {
            let pointer = item.pointer();
            self.binds = vec![Bound::Node(item)];
            let rank = match filter.map_or(Tri::T, |f| self.cond(f)) {
                Tri::F => continue,
                Tri::U => Val::Unknown,
                Tri::T => match self.key_string(key) {
                    Some(k) => {
                        let n = counts.entry(k).or_insert(0);
                        *n += 1;
                        Val::Num(*n as f64)
                    }
                    None => Val::Unknown,
                },
            };
            table.insert(pointer, rank);
        }
        self.binds = saved;
        table
    }

    /// The key of the bound item as one string, or `None` when a part is unknown.
    fn key_string(&mut self, key: &'a [PathPat]) -> Option<String> {
        let mut out = String::new();
        for k in key {
            match self.lookup(k, true) {
                Look::Found(n) => match n.value {
                    Value::String(s) => {
                        out.push_str(&format!("s{}:{}\u{0}", s.trim().len(), s.trim()))
                    }
                    Value::Null => out.push_str("-\u{0}"),
                    other => out.push_str(&format!("v{other}\u{0}")),
                },
                Look::Absent(_) => out.push_str("-\u{0}"),
                Look::Malformed(_) => return None,
            }
        }
        Some(out)
    }

    /// Renders a message template. Text from the document appears only when
    /// it is a word of the schema's vocabulary (a key, a role, a measure…),
    /// a date or a time; anything else is shown as `…`.
    pub(crate) fn render(&self, pieces: &[Piece]) -> String {
        let mut out = String::new();
        for p in pieces {
            let v = match p {
                Piece::Text(t) => {
                    out.push_str(t);
                    continue;
                }
                Piece::Let(i) => self.lets.get(*i).cloned().unwrap_or(Val::Unknown),
                Piece::Bound(slot) => match self.binds.get(*slot) {
                    Some(Bound::Val(v)) => v.clone(),
                    _ => Val::Unknown,
                },
                Piece::AsOf => Val::Date(self.env.as_of),
                Piece::Param(i) => self
                    .params
                    .get(*i)
                    .map_or(Val::Unknown, |(_, v)| val_of(v, false)),
            };
            match v {
                Val::Num(n) if n.fract() == 0.0 => out.push_str(&format!("{n:.0}")),
                Val::Num(n) => out.push_str(&format!("{n:.2}")),
                Val::Date(d) => out.push_str(&d.format("%Y-%m-%d").to_string()),
                Val::Lit(s) => out.push_str(s),
                Val::Doc(s)
                    if self.env.vocabulary.contains(s)
                        || parse_date(s).is_some()
                        || parse_time(s).is_some() =>
                {
                    out.push_str(s)
                }
                Val::Bool(b) => out.push_str(if b { "true" } else { "false" }),
                Val::Doc(_) | Val::Coll => out.push('…'),
                Val::Absent | Val::Null | Val::Unknown => out.push('–'),
            }
        }
        out
    }
}

/// The first match of any pattern that meets its conditions: the group
/// texts in their lists, and no `not_after` word right before it.
fn first_match(m: &Matcher, s: &str) -> Option<(usize, usize)> {
    if !m.set.is_match(s) {
        return None;
    }
    let mut best: Option<(usize, usize)> = None;
    for p in &m.patterns {
        let mut at = 0;
        while let Some(c) = p.regex.captures_at(s, at) {
            let whole = c.get(0).expect("group 0 always takes part");
            let in_lists = p
                .groups
                .iter()
                .all(|(name, list)| c.name(name).is_none_or(|g| list.contains(g.as_str())));
            if in_lists && !word_before(&s[..whole.start()], &p.not_after) {
                if best.is_none_or(|b| whole.start() < b.0) {
                    best = Some((whole.start(), whole.end()));
                }
                break;
            }
            // Try again from the next character: a later start may pass.
            let Some(next) = s[whole.start()..].chars().next() else {
                break;
            };
            at = whole.start() + next.len_utf8();
        }
    }
    best
}

/// Whether the word right before a match (letters, digits and dots, after
/// spaces and `:` or `#`) is one of `words`, or, for words of three letters
/// or more, ends with one (`møterom` ends with `rom`). Case is ignored.
fn word_before(before: &str, words: &[String]) -> bool {
    if words.is_empty() {
        return false;
    }
    let trimmed = before.trim_end_matches(|c: char| c.is_whitespace() || c == ':' || c == '#');
    let start = trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '.'))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let word = trimmed[start..].trim_matches('.').to_lowercase();
    !word.is_empty()
        && words
            .iter()
            .any(|w| word == *w || (w.chars().count() >= 3 && word.ends_with(w.as_str())))
}

/// An item a rule runs for.
pub(crate) enum BoundItem<'a> {
    Node(Node<'a>),
    /// An item of a selection shared by several rules.
    Shared(std::rc::Rc<Vec<Node<'a>>>, usize),
    Value(&'a str),
}

/// The node and all its descendants, in document order: one path
/// allocation per node, one step each. False when the budget ran out.
fn descend<'a>(n: Node<'a>, out: &mut Vec<Node<'a>>, budget: &Budget) -> bool {
    if !budget.spend(1) {
        return false;
    }
    let value = n.value;
    let at = out.len();
    out.push(n);
    match value {
        Value::Object(m) => {
            for (k, v) in m {
                let child = out[at].child(PSeg::Key(k), v);
                if !descend(child, out, budget) {
                    return false;
                }
            }
        }
        Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                let child = out[at].child(PSeg::Index(i), v);
                if !descend(child, out, budget) {
                    return false;
                }
            }
        }
        _ => {}
    }
    true
}

fn same_kind(a: &Value, b: &Value) -> bool {
    matches!(
        (a, b),
        (Value::String(_), Value::String(_))
            | (Value::Number(_), Value::Number(_))
            | (Value::Bool(_), Value::Bool(_))
    )
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_dates_and_times() {
        assert!(parse_date("2026-11-16").is_some());
        assert!(parse_date("2026-02-30").is_none());
        assert!(parse_date("2026-1-16").is_none());
        assert!(parse_date("+2026-11-1").is_none());
        assert_eq!(parse_time("09:05"), Some(545));
        assert_eq!(parse_time("24:00"), None);
        assert_eq!(parse_time("9:00"), None);
    }

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
}
