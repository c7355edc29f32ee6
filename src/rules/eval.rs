//! Evaluation of compiled rules over a value tree: the machinery every
//! function of the rule language shares. Conditions are three-valued: a
//! rule whose inputs are missing in a way another finding already reports,
//! or malformed (they failed the schema), evaluates to *unknown* and stays
//! silent.
//!
//! The document is flattened once into a [`Tree`]: every node gets a number
//! (in document order, so a node's descendants follow it), its parent and
//! the step that reached it. Evaluation passes those numbers around; a JSON
//! Pointer is written only when a finding is made.
//!
//! A compiled condition is a [`Condition`], a compiled expression an
//! [`Expression`]: each function of the rule language (see `functions`)
//! has its own type that implements one of them. [`Eval::cond`] and
//! [`Eval::expr`] charge the budget a step and call it; what a function
//! reads goes through [`Eval`]: paths ([`Eval::lookup`], [`Eval::select`]),
//! bindings, parameters, the budget and the per-rule caches. A text
//! condition is also a [`Detector`] and tells the text-skip analysis
//! ([`text_only`]) what it reads through [`Condition::text_skip`].

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::NaiveDate;
use serde_json::Value;

use super::ast::{Base, ForEach, PathPat, Piece, Seg, TextOf, Var};
use super::required::{Facts, Table};
use crate::base::dates::{for_people, parse_date, parse_time};
use crate::base::fields::field_name_in;
use crate::texts::Lang;

/// A compiled condition: the type of one function of the rule language
/// (see `functions`), behind its trait.
pub(crate) type Cond = Box<dyn Condition>;

/// A compiled expression, likewise.
pub(crate) type Expr = Box<dyn Expression>;

/// What a compiled condition does: evaluate to true, false or unknown, and
/// tell the text-skip analysis what it reads.
pub(crate) trait Condition: std::fmt::Debug + Send + Sync {
    /// Its value for the current bindings. [`Eval::cond`] has charged the
    /// step already; a nested condition or expression is evaluated with
    /// [`Eval::cond`] or [`Eval::expr`], which charge theirs.
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Tri;

    /// What it says to the text-skip analysis (see [`text_only`]): most
    /// conditions must be evaluated ([`TextSkip::Evaluate`], the default).
    fn text_skip(&self) -> TextSkip<'_> {
        TextSkip::Evaluate
    }
}

/// What a compiled expression does: evaluate to a value.
pub(crate) trait Expression: std::fmt::Debug + Send + Sync {
    /// Its value for the current bindings ([`Eval::expr`] has charged the
    /// step already).
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Val<'a>;
}

/// What a condition tells the text-skip analysis: whether a rule whose
/// `when` it is reads nothing but the text of each item, so that an item
/// its detectors find nothing in can be skipped.
#[derive(Clone, Copy)]
pub(crate) enum TextSkip<'c> {
    /// It reads more than a text: it must be evaluated.
    Evaluate,
    /// It is false only when each of these is (`any`), and costs a step
    /// more than they do.
    AnyOf(&'c [Cond]),
    /// It is true when the detector finds something in the text (a step).
    Detects(&'c TextOf, &'c dyn Detector),
}

/// What a text condition (`matches`, `national_id`) looks for in a text.
pub(crate) trait Detector: Send + Sync {
    /// Whether a text with these [`Facts`] leaves room to find something
    /// (an identity number needs 11 digits, a pattern the characters it
    /// requires); when false, [`Detector::find`] is not called.
    fn may_find(&self, facts: &Facts) -> bool;

    /// The byte range of the first thing found in `text`, evaluated on
    /// `as_of`.
    fn find(&self, text: &str, as_of: NaiveDate) -> Option<(usize, usize)>;
}

/// True, false or unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tri {
    T,
    F,
    U,
}

impl Tri {
    pub(crate) fn of(b: bool) -> Tri {
        if b { Tri::T } else { Tri::F }
    }
    pub(crate) fn not(self) -> Tri {
        match self {
            Tri::T => Tri::F,
            Tri::F => Tri::T,
            Tri::U => Tri::U,
        }
    }
}

/// A node of the document: its number in the [`Tree`].
pub(crate) type NodeId = u32;

/// The step from a node's parent to the node.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Step<'a> {
    /// The document's root.
    Root,
    /// The root of `$comments`, which are not part of the document's tree:
    /// the pointer of everything under it is the document's.
    Comments,
    Key(&'a str),
    Index(u32),
}

#[derive(Debug, Clone, Copy)]
struct Entry<'a> {
    value: &'a Value,
    parent: NodeId,
    step: Step<'a>,
    /// One past the last descendant: the subtree is `id..end`.
    end: NodeId,
    /// The children, in order: `kids[first..first + count]`.
    first: u32,
    count: u32,
    /// The children's keys are in ascending order (binary search);
    /// asked only of a mapping of more than [`SCAN_KEYS`] members.
    sorted: bool,
    /// The node or an ancestor failed the schema.
    malformed: bool,
}

/// The document (and its comments) flattened in document order, built once
/// per document: steps between nodes are index arithmetic, and no node
/// path is allocated while rules run.
#[derive(Debug)]
pub(crate) struct Tree<'a> {
    nodes: Vec<Entry<'a>>,
    kids: Vec<NodeId>,
    /// Beside each of `kids`, a hash of its key (0 for an element): a
    /// lookup by key scans these, side by side, rather than each child's
    /// entry and key.
    kid_hashes: Vec<u32>,
    comments: NodeId,
    /// Malformed pointers that go past the nodes that exist: the deepest
    /// node on the way, and the keys after it.
    missing: HashMap<NodeId, Vec<Vec<String>>>,
    any_malformed: bool,
    /// The [`Facts`] of each node's text (see [`Tree::text`]): its value
    /// and its name, `None` where there is no such text. Scanned while the
    /// tree is built, when the node is at hand: detectors then skip most
    /// texts without reading them again.
    facts: Vec<[Option<Facts>; 2]>,
    /// The union of all values' facts, and of all names' facts: a rule
    /// whose detectors can find nothing in it skips its items at once.
    all_facts: [Option<Facts>; 2],
}

impl<'a> Tree<'a> {
    /// Flattens `doc` and `comments`; `malformed` (pointers of nodes that
    /// failed the schema, or of required members that are missing) marks
    /// those nodes and everything under them.
    pub(crate) fn new(
        doc: &'a Value,
        comments: &'a Value,
        malformed: &[String],
        table: &Table,
    ) -> Tree<'a> {
        let mut t = Tree {
            nodes: Vec::new(),
            kids: Vec::new(),
            kid_hashes: Vec::new(),
            comments: 0,
            missing: HashMap::new(),
            any_malformed: !malformed.is_empty(),
            facts: Vec::new(),
            all_facts: [None; 2],
        };
        t.add(doc, Step::Root, table);
        t.comments = t.id(t.nodes.len());
        t.add(comments, Step::Comments, table);
        for p in malformed {
            t.mark(p);
        }
        if t.any_malformed {
            // The pointer of every comment is the document's.
            let root = t.nodes[0].malformed;
            t.nodes[t.comments as usize].malformed = root;
            for i in 0..t.nodes.len() {
                let parent = t.nodes[i].parent as usize;
                if parent != i && t.nodes[parent].malformed {
                    t.nodes[i].malformed = true;
                }
            }
        }
        t
    }

    fn id(&self, i: usize) -> NodeId {
        NodeId::try_from(i).unwrap_or(NodeId::MAX)
    }

    /// Adds a tree in document order, without recursion, with the
    /// [`Facts`] of each node's texts, taken while the node is at hand.
    fn add(&mut self, root: &'a Value, step: Step<'a>, table: &Table) {
        let base = self.nodes.len();
        let mut digits = String::new();
        // A node, its parent, its step, its slot among the parent's
        // children, and the facts of its member name.
        type Todo<'a> = (&'a Value, NodeId, Step<'a>, Option<usize>, Option<Facts>);
        let mut stack: Vec<Todo<'a>> = vec![(root, self.id(base), step, None, None)];
        while let Some((value, parent, step, slot, key_facts)) = stack.pop() {
            let id = self.id(self.nodes.len());
            if let Some(k) = slot {
                self.kids[k] = id;
            }
            let first = self.kids.len();
            let (count, sorted) = match value {
                Value::Object(m) => {
                    self.kids.resize(first + m.len(), 0);
                    self.kid_hashes.resize(first + m.len(), 0);
                    for (i, (k, v)) in m.iter().enumerate().rev() {
                        self.kid_hashes[first + i] = key_hash(k);
                        let facts = Some(table.scan(k));
                        stack.push((v, id, Step::Key(k), Some(first + i), facts));
                    }
                    // Only a large mapping is searched by bisection (see
                    // `child_by_key`), so only then is it asked whether its
                    // keys are in order.
                    (m.len(), m.len() > SCAN_KEYS && m.keys().is_sorted())
                }
                Value::Array(a) => {
                    self.kids.resize(first + a.len(), 0);
                    self.kid_hashes.resize(first + a.len(), 0);
                    for (i, v) in a.iter().enumerate().rev() {
                        let index = u32::try_from(i).unwrap_or(u32::MAX);
                        stack.push((v, id, Step::Index(index), Some(first + i), None));
                    }
                    (a.len(), true)
                }
                _ => (0, true),
            };
            self.nodes.push(Entry {
                value,
                parent,
                step,
                end: id.saturating_add(1),
                first: u32::try_from(first).unwrap_or(u32::MAX),
                count: u32::try_from(count).unwrap_or(u32::MAX),
                sorted,
                malformed: false,
            });
            let facts = [
                self.text(id, false, &mut digits).map(|s| table.scan(s)),
                key_facts,
            ];
            for (all, f) in self.all_facts.iter_mut().zip(facts) {
                if let Some(f) = f {
                    *all = Some(all.map_or(f, |a| a.union(f)));
                }
            }
            self.facts.push(facts);
        }
        // A node's subtree ends where its last child's does.
        for i in (base..self.nodes.len()).rev() {
            let e = self.nodes[i];
            if e.count > 0 {
                let last = self.kids[(e.first + e.count - 1) as usize];
                self.nodes[i].end = self.nodes[last as usize].end;
            }
        }
    }

    /// Marks the node at `pointer`, or records the keys past the deepest
    /// node that exists.
    fn mark(&mut self, pointer: &str) {
        let segs = crate::base::pointer::segments(pointer);
        let mut at: NodeId = 0;
        for (i, seg) in segs.iter().enumerate() {
            let next = match self.value(at) {
                Value::Object(_) => self.child_by_key(at, seg),
                // The pointer's own spelling of an index (`/01` is no index).
                Value::Array(_) => seg
                    .parse::<usize>()
                    .ok()
                    .filter(|n| n.to_string() == *seg)
                    .and_then(|n| self.child_at(at, n)),
                _ => None,
            };
            match next {
                Some(n) => at = n,
                None => {
                    self.missing.entry(at).or_default().push(segs[i..].to_vec());
                    return;
                }
            }
        }
        self.nodes[at as usize].malformed = true;
    }

    /// The number of nodes, comments included.
    pub(crate) fn len(&self) -> usize {
        self.nodes.len()
    }

    pub(crate) fn value(&self, n: NodeId) -> &'a Value {
        self.nodes[n as usize].value
    }

    /// The step from the node's parent to the node.
    pub(crate) fn step(&self, n: NodeId) -> Step<'a> {
        self.nodes[n as usize].step
    }

    fn children(&self, n: NodeId) -> &[NodeId] {
        let e = &self.nodes[n as usize];
        &self.kids[e.first as usize..(e.first + e.count) as usize]
    }

    fn child_at(&self, n: NodeId, i: usize) -> Option<NodeId> {
        self.children(n).get(i).copied()
    }

    fn child_by_key(&self, n: NodeId, key: &str) -> Option<NodeId> {
        let key_of = |c: &NodeId| match self.step(*c) {
            Step::Key(k) => k,
            _ => "",
        };
        let kids = self.children(n);
        // Most mappings are small: scan the keys' hashes, and compare a
        // whole key only where the hash is the same.
        if kids.len() <= SCAN_KEYS || !self.nodes[n as usize].sorted {
            let e = &self.nodes[n as usize];
            let hashes = &self.kid_hashes[e.first as usize..(e.first + e.count) as usize];
            let h = key_hash(key);
            hashes
                .iter()
                .zip(kids)
                .find(|&(&kh, c)| kh == h && key_of(c) == key)
                .map(|(_, &c)| c)
        } else {
            kids.binary_search_by(|c| key_of(c).cmp(key))
                .ok()
                .map(|i| kids[i])
        }
    }

    /// The text a detector reads at node `n`: its member name (`key`), or
    /// its string value, or an integer's digits (in `digits`: YAML drops a
    /// leading zero, so an identity number written as a number has ten
    /// digits where it had eleven).
    fn text<'s>(&'s self, n: NodeId, key: bool, digits: &'s mut String) -> Option<&'s str> {
        let e = &self.nodes[n as usize];
        match (key, e.value, e.step) {
            (true, _, Step::Key(k)) => Some(k),
            (true, _, _) => None,
            (false, Value::String(s), _) => Some(s),
            (false, Value::Number(x), _) if x.is_u64() => {
                *digits = format!("{x:0>11}");
                Some(digits)
            }
            _ => None,
        }
    }

    /// The [`Facts`] of the text of node `n` (its name when `key`); `None`
    /// when it has no such text.
    fn facts(&self, n: NodeId, key: bool) -> Option<Facts> {
        self.facts.get(n as usize).and_then(|f| f[usize::from(key)])
    }

    /// The node's JSON Pointer (the document's for a comment).
    pub(crate) fn pointer(&self, n: NodeId) -> String {
        let mut steps = Vec::new();
        let mut at = n;
        loop {
            match self.step(at) {
                Step::Root => break,
                Step::Comments => return String::new(),
                s => steps.push(s),
            }
            at = self.nodes[at as usize].parent;
        }
        let mut p = String::new();
        for s in steps.iter().rev() {
            match s {
                Step::Key(k) => crate::base::pointer::push(&mut p, k),
                Step::Index(i) => {
                    p.push('/');
                    p.push_str(&i.to_string());
                }
                Step::Root | Step::Comments => {}
            }
        }
        p
    }

    /// The unescaped segments of the node's path (none for a comment).
    fn path(&self, n: NodeId) -> Vec<String> {
        crate::base::pointer::segments(&self.pointer(n))
    }

    /// Whether the node, one of its ancestors, or the node reached from it
    /// by the keys `rest` (or one on the way) failed the schema.
    fn is_malformed(&self, n: NodeId, rest: &[&str]) -> bool {
        if !self.any_malformed {
            return false;
        }
        if self.nodes[n as usize].malformed {
            return true;
        }
        // Under `$comments` every pointer is the document's.
        let base = if n >= self.comments { 0 } else { n };
        self.missing.get(&base).is_some_and(|list| {
            list.iter()
                .any(|m| m.len() <= rest.len() && m.iter().zip(rest).all(|(a, b)| a.as_str() == *b))
        })
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
    fn new(tree: &Tree<'_>, node: NodeId, key: bool, haystack: &str, range: (usize, usize)) -> Hit {
        let text = haystack[range.0..range.1].to_owned();
        let mut nth = 0;
        let mut total = 0;
        for (i, _) in haystack.match_indices(text.as_str()) {
            if i < range.0 {
                nth += 1;
            }
            total += 1;
        }
        let e = &tree.nodes[node as usize];
        let comment = match e.step {
            Step::Index(i) if e.parent == tree.comments => Some(i as usize),
            _ => None,
        };
        Hit {
            path: tree.path(node),
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

pub(crate) fn val_of(v: &Value, from_doc: bool) -> Val<'_> {
    match v {
        Value::Null => Val::Null,
        Value::Bool(b) => Val::Bool(*b),
        Value::Number(n) => n.as_f64().map_or(Val::Unknown, Val::Num),
        Value::String(s) if from_doc => Val::Doc(s),
        Value::String(s) => Val::Lit(s),
        _ => Val::Coll,
    }
}

/// A value converted for a function: the value, missing, or unknown.
pub(crate) enum Conv<T> {
    Ok(T),
    Absent,
    Unknown,
}

pub(crate) fn to_date(v: &Val<'_>) -> Conv<NaiveDate> {
    match v {
        Val::Date(d) => Conv::Ok(*d),
        Val::Doc(s) | Val::Lit(s) => parse_date(s).map_or(Conv::Unknown, Conv::Ok),
        Val::Absent | Val::Null => Conv::Absent,
        _ => Conv::Unknown,
    }
}

pub(crate) fn to_time(v: &Val<'_>) -> Conv<i64> {
    match v {
        Val::Doc(s) | Val::Lit(s) => parse_time(s).map_or(Conv::Unknown, Conv::Ok),
        Val::Absent | Val::Null => Conv::Absent,
        _ => Conv::Unknown,
    }
}

pub(crate) fn to_num(v: &Val<'_>) -> Conv<f64> {
    match v {
        Val::Num(n) => Conv::Ok(*n),
        Val::Absent | Val::Null => Conv::Absent,
        _ => Conv::Unknown,
    }
}

/// The value of a function of two converted values: unknown when either
/// is, missing when either is, else `f` (unknown when it gives `None`).
pub(crate) fn combine<A, B>(
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
    Node(NodeId),
    Val(Val<'a>),
}

/// Where a single-node path leads.
pub(crate) enum Look {
    Found(NodeId),
    /// Missing; the deepest node that exists on the way.
    Absent(NodeId),
    Malformed(NodeId),
}

/// What rules read: the document as a [`Tree`], the date, the vocabulary.
pub(crate) struct Env<'a, 'm> {
    pub tree: Tree<'a>,
    pub as_of: NaiveDate,
    pub vocabulary: &'m BTreeSet<String>,
    /// The evaluation budget (see [`Budget`]).
    pub budget: Budget,
}

impl<'a, 'm> Env<'a, 'm> {
    /// The environment of one document: `comments` is the list of its YAML
    /// comments (`$comments`), `malformed` the pointers the schema found
    /// malformed.
    pub(crate) fn new(
        doc: &'a Value,
        comments: &'a Value,
        malformed: &[String],
        as_of: NaiveDate,
        vocabulary: &'m BTreeSet<String>,
        table: &'m Table,
    ) -> Self {
        Env {
            tree: Tree::new(doc, comments, malformed, table),
            as_of,
            vocabulary,
            budget: Budget::default(),
        }
    }
}

/// The bytes of text one step pays for. Whatever reads a text of the
/// document through (`matches` and `national_id` searching it, a
/// case-insensitive `in` folding it, `compare` of two texts, `occurrence`
/// copying its key) costs a step per this many bytes on top of its own
/// step, so that the time all rules take on a document is bounded by the
/// budget however long its texts are: without it, each of 500 `matches`
/// rules searched all of a 7.7 MB referat for one step.
pub(crate) const TEXT_BYTES_PER_STEP: u64 = 64;

/// What rule evaluation may spend on one document, so that a rule file
/// cannot hang a run or exhaust memory: steps (a condition, an expression
/// or a selected node each cost one, and reading a text one more per
/// [`TEXT_BYTES_PER_STEP`] bytes) for the current rule. When the steps
/// run out, evaluation of the rule stops: every condition is unknown and
/// selections are empty.
#[derive(Debug, Default)]
pub(crate) struct Budget {
    pub steps: std::cell::Cell<u64>,
    pub exhausted: std::cell::Cell<bool>,
}

impl Budget {
    /// Spends `n` steps; false (and exhausted from then on) when they run out.
    pub(crate) fn spend(&self, n: u64) -> bool {
        let left = self.steps.get();
        if self.exhausted.get() || left < n {
            self.exhausted.set(true);
            return false;
        }
        self.steps.set(left - n);
        true
    }

    /// Spends what reading a text of `len` bytes costs (see
    /// [`TEXT_BYTES_PER_STEP`]); false, and what is left used up, when the
    /// steps run out (the text is not read: what follows could not pay).
    pub(crate) fn read(&self, len: usize) -> bool {
        self.spend_all(len as u64 / TEXT_BYTES_PER_STEP)
    }

    /// Spends `n` steps one by one: what is left is used up when they run out.
    pub(crate) fn spend_all(&self, n: u64) -> bool {
        if self.spend(n) {
            return true;
        }
        self.steps.set(0);
        false
    }
}

pub(crate) struct Eval<'a, 'e> {
    env: &'e Env<'a, 'e>,
    tree: &'e Tree<'a>,
    params: &'a [(String, Value)],
    binds: Vec<Bound<'a>>,
    lets: Vec<Val<'a>>,
    /// Results that do not depend on the current item, computed once per
    /// rule and document, by cache slot (given out when the rule was
    /// compiled): `occurrence` ranks by item, and the strings of absolute
    /// `member` sources.
    ranks: Vec<Option<Ranks<'a>>>,
    strings: Vec<Option<Strings>>,
    /// Where the last true text condition matched.
    hit: Option<Hit>,
    /// The first of the items an `occurrence` above 1 counted with the
    /// current one (the first of the duplicates).
    first: Option<NodeId>,
}

/// A mapping with at most this many members is searched by scanning its
/// keys' hashes; a larger one with sorted keys, by bisection.
const SCAN_KEYS: usize = 16;

/// A rank by node, cached per rule and document (`occurrence`): the rank,
/// and the first node with the same key.
pub(crate) type Ranks<'a> = HashMap<NodeId, (Val<'a>, Option<NodeId>)>;

/// A set of strings, cached per rule and document (the strings of an
/// absolute `member` source), and whether a malformed node was met.
pub(crate) type Strings = (HashSet<String>, bool);

/// The cache slot `slot` of `table`, grown as needed.
fn slot_of<T>(table: &mut Vec<Option<T>>, slot: usize) -> &mut Option<T> {
    if table.len() <= slot {
        table.resize_with(slot + 1, || None);
    }
    &mut table[slot]
}
impl<'a, 'e> Eval<'a, 'e> {
    pub(crate) fn new(env: &'e Env<'a, 'e>, params: &'a [(String, Value)]) -> Self {
        Eval {
            env,
            tree: &env.tree,
            params,
            binds: Vec::new(),
            lets: Vec::new(),
            ranks: Vec::new(),
            strings: Vec::new(),
            hit: None,
            first: None,
        }
    }

    /// Ready for the next rule, whose parameters are `params`: nothing of
    /// the last rule's items, bindings or caches is kept.
    pub(crate) fn reset(&mut self, params: &'a [(String, Value)]) {
        self.params = params;
        self.binds.clear();
        self.lets.clear();
        self.ranks.clear();
        self.strings.clear();
        self.hit = None;
        self.first = None;
    }

    /// Where the text condition that made the rule fire matched, if any.
    pub(crate) fn take_hit(&mut self) -> Option<Hit> {
        self.hit.take()
    }

    /// The items a rule runs once for, added to `out`.
    pub(crate) fn items(&self, fe: &'a ForEach, out: &mut Vec<BoundItem<'a>>) {
        match fe {
            ForEach::Nodes(paths) => {
                for p in paths {
                    out.extend(self.select(p).0.into_iter().map(BoundItem::Node));
                }
            }
            ForEach::Values(vs) => {
                out.extend(vs.iter().filter_map(Value::as_str).map(BoundItem::Value));
            }
            // A parameter in force: the settings' value, checked against
            // the default's form when the linter was built.
            ForEach::Param(i) => match &self.params[*i].1 {
                Value::Object(o) => out.extend(o.keys().map(|k| BoundItem::Value(k.as_str()))),
                v => out.extend(
                    v.as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(Value::as_str)
                        .map(BoundItem::Value),
                ),
            },
        }
    }

    /// The pointer of the first of the duplicates, when an `occurrence`
    /// found the current item to be a later one.
    pub(crate) fn take_first(&mut self) -> Option<String> {
        self.first.take().map(|n| self.tree.pointer(n))
    }

    pub(crate) fn bind(&mut self, item: &BoundItem<'a>) {
        self.hit = None;
        self.first = None;
        self.binds.clear();
        self.binds.push(match item {
            BoundItem::Node(n) => Bound::Node(*n),
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

    /// The value of node `n`.
    pub(crate) fn value(&self, n: NodeId) -> &'a Value {
        self.tree.value(n)
    }

    fn base(&self, base: Base) -> Option<NodeId> {
        match base {
            Base::Root => Some(0),
            Base::Comments => Some(self.tree.comments),
            Base::Slot(i) => match self.binds.get(i)? {
                Bound::Node(n) => Some(*n),
                Bound::Val(_) => None,
            },
        }
    }

    /// The key a path segment stands for (a bound value's for `{var}`).
    pub(crate) fn seg_key<'s>(&'s self, seg: &'s Seg) -> Option<&'s str> {
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
    fn step(&self, node: NodeId, key: &str) -> Result<Option<NodeId>, ()> {
        match self.value(node) {
            Value::Object(_) => Ok(self.tree.child_by_key(node, key)),
            Value::Array(_) => match key.parse::<usize>() {
                Ok(i) => Ok(self.tree.child_at(node, i)),
                Err(_) => Err(()),
            },
            Value::Null => Ok(None),
            _ => Err(()),
        }
    }

    /// Resolves a single-node path. `typed` reads treat schema-malformed
    /// nodes (and missing keys the schema already reported) as malformed.
    pub(crate) fn lookup(&self, pat: &PathPat, typed: bool) -> Look {
        let Some(mut node) = self.base(pat.base) else {
            return Look::Malformed(0);
        };
        for (i, seg) in pat.segs.iter().enumerate() {
            let Some(key) = self.seg_key(seg) else {
                return Look::Malformed(node);
            };
            match self.step(node, key) {
                Ok(Some(next)) => node = next,
                Ok(None) => {
                    if typed && self.tree.any_malformed {
                        let rest: Vec<&str> = pat.segs[i..]
                            .iter()
                            .filter_map(|s| self.seg_key(s))
                            .collect();
                        if self.tree.is_malformed(node, &rest) {
                            return Look::Malformed(node);
                        }
                    }
                    return Look::Absent(node);
                }
                Err(()) => return Look::Malformed(node),
            }
        }
        if typed && self.tree.is_malformed(node, &[]) {
            return Look::Malformed(node);
        }
        Look::Found(node)
    }

    /// The nodes a path selects, and whether a malformed node was met.
    pub(crate) fn select(&self, pat: &PathPat) -> (Vec<NodeId>, bool) {
        let Some(base) = self.base(pat.base) else {
            return (Vec::new(), true);
        };
        let budget = &self.env.budget;
        let mut cur = vec![base];
        let mut next = Vec::new();
        let mut malformed = false;
        for seg in &pat.segs {
            if !budget.spend(cur.len() as u64) {
                return (Vec::new(), true);
            }
            next.clear();
            for &n in &cur {
                match seg {
                    Seg::Wild => match self.value(n) {
                        Value::Object(_) | Value::Array(_) => {
                            next.extend_from_slice(self.tree.children(n))
                        }
                        Value::Null => {}
                        _ => malformed = true,
                    },
                    Seg::Deep => {
                        // The node and all its descendants, in document order.
                        let end = self.tree.nodes[n as usize].end;
                        if !budget.spend_all(u64::from(end - n)) {
                            return (Vec::new(), true);
                        }
                        next.extend(n..end);
                    }
                    other => {
                        let key = self.seg_key(other);
                        match key.map(|k| (k, self.step(n, k))) {
                            Some((_, Ok(Some(c)))) => next.push(c),
                            Some((k, Ok(None))) => malformed |= self.tree.is_malformed(n, &[k]),
                            _ => malformed = true,
                        }
                    }
                }
            }
            std::mem::swap(&mut cur, &mut next);
        }
        if self.tree.any_malformed && !pat.segs.iter().any(|s| matches!(s, Seg::Deep)) {
            let before = cur.len();
            cur.retain(|&n| !self.tree.is_malformed(n, &[]));
            malformed |= cur.len() != before;
        }
        (cur, malformed)
    }

    /// The pointer of the most specific existing node on `pat`.
    pub(crate) fn locate(&self, pat: &PathPat) -> String {
        match self.lookup(pat, false) {
            Look::Found(n) | Look::Absent(n) | Look::Malformed(n) => self.tree.pointer(n),
        }
    }

    /// The pointer `pat` stands for with the current bindings, whether its
    /// node is there or not: what a message names as `{field}` (a missing
    /// «Frist» is named «Frist», not the task it is missing from). `None`
    /// for a path with `*` or `**`, or into the comments.
    pub(crate) fn intended(&self, pat: &PathPat) -> Option<String> {
        let mut out = match pat.base {
            Base::Root => String::new(),
            Base::Slot(i) => match self.binds.get(i)? {
                Bound::Node(n) => self.tree.pointer(*n),
                Bound::Val(_) => return None,
            },
            Base::Comments => return None,
        };
        for seg in &pat.segs {
            crate::base::pointer::push(&mut out, self.seg_key(seg)?);
        }
        Some(out)
    }

    pub(crate) fn current_pointer(&self) -> String {
        match self.binds.first() {
            Some(Bound::Node(n)) => self.tree.pointer(*n),
            _ => String::new(),
        }
    }

    /// The evaluation budget of the current rule.
    pub(crate) fn budget(&self) -> &'e Budget {
        &self.env.budget
    }

    /// The document's tree.
    pub(crate) fn tree(&self) -> &'e Tree<'a> {
        self.tree
    }

    /// The parameter `i` in force, by its index in the rule's `params`.
    pub(crate) fn param(&self, i: usize) -> &'a Value {
        &self.params[i].1
    }

    /// The value of the variable `var`.
    pub(crate) fn var(&self, var: Var) -> Val<'a> {
        match var {
            Var::Let(i) => self.lets.get(i).cloned().unwrap_or(Val::Unknown),
            Var::Bound(slot) => match self.binds.get(slot) {
                Some(Bound::Val(v)) => v.clone(),
                _ => Val::Unknown,
            },
            Var::AsOf => Val::Date(self.env.as_of),
        }
    }

    /// Binds `node` at `slot` (a quantifier's item, `@` and its `as:`
    /// name) until [`Eval::unbind`].
    pub(crate) fn bind_node(&mut self, slot: usize, node: NodeId) {
        self.push_at(slot, Bound::Node(node));
    }

    /// Drops the binding at `slot` and those after it.
    pub(crate) fn unbind(&mut self, slot: usize) {
        self.binds.truncate(slot);
    }

    /// Runs `f` with no binding, as for what was compiled in an isolated
    /// scope (`occurrence`: its item is bound at slot 0); the bindings are
    /// restored after.
    pub(crate) fn isolated<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = std::mem::take(&mut self.binds);
        let out = f(self);
        self.binds = saved;
        out
    }

    /// The ranks cached at `slot` (see [`Ranks`]), if computed.
    pub(crate) fn ranks(&self, slot: usize) -> Option<&Ranks<'a>> {
        self.ranks.get(slot).and_then(Option::as_ref)
    }

    /// Caches `ranks` at `slot` for the rest of the rule and document.
    pub(crate) fn set_ranks(&mut self, slot: usize, ranks: Ranks<'a>) {
        *slot_of(&mut self.ranks, slot) = Some(ranks);
    }

    /// The strings cached at `slot` (see [`Strings`]), if collected.
    pub(crate) fn strings(&self, slot: usize) -> Option<&Strings> {
        self.strings.get(slot).and_then(Option::as_ref)
    }

    /// Caches `strings` at `slot` for the rest of the rule and document.
    pub(crate) fn set_strings(&mut self, slot: usize, strings: Strings) {
        *slot_of(&mut self.strings, slot) = Some(strings);
    }

    /// Notes `node` as the first of the duplicates the current item is a
    /// later one of (see [`Eval::take_first`]).
    pub(crate) fn set_first(&mut self, node: Option<NodeId>) {
        self.first = node;
    }

    /// Evaluates the condition `c`, for a step of the budget (unknown
    /// when the steps have run out).
    pub(crate) fn cond(&mut self, c: &'a Cond) -> Tri {
        if !self.env.budget.spend(1) {
            return Tri::U;
        }
        c.eval(self)
    }

    /// Evaluates the expression `e`, for a step of the budget (unknown
    /// when the steps have run out).
    pub(crate) fn expr(&mut self, e: &'a Expr) -> Val<'a> {
        if !self.env.budget.spend(1) {
            return Val::Unknown;
        }
        e.eval(self)
    }

    /// A text condition: detector `d` gives the byte range of the first
    /// match in the node's text (its string value, an integer's digits, or
    /// its member name). True when it matches; the match is kept in `hit`.
    pub(crate) fn text_cond(&mut self, t: &TextOf, d: &dyn Detector) -> Tri {
        let (p, key) = match t {
            TextOf::Value(p) => (p, false),
            TextOf::Key(p) => (p, true),
        };
        let Look::Found(node) = self.lookup(p, false) else {
            return Tri::F;
        };
        let mut digits = String::new();
        let Some(text) = self.tree.text(node, key, &mut digits) else {
            return Tri::F;
        };
        match self.detect(d, node, key, text) {
            Some(range) => {
                self.hit = Some(Hit::new(self.tree, node, key, text, range));
                Tri::T
            }
            // Not searched to the end: the steps ran out.
            None if self.env.budget.exhausted.get() => Tri::U,
            None => Tri::F,
        }
    }

    /// The byte range of what detector `d` finds in `text`, the text of
    /// node `node` (its name when `key`). The text's [`Facts`] say first,
    /// for most texts, that there is nothing to find; a text searched costs
    /// its length (nothing when the steps for it run out).
    fn detect(
        &self,
        d: &dyn Detector,
        node: NodeId,
        key: bool,
        text: &str,
    ) -> Option<(usize, usize)> {
        if !self.may_detect(d, node, key) || !self.env.budget.read(text.len()) {
            return None;
        }
        d.find(text, self.env.as_of)
    }

    /// Whether the [`Facts`] of the node's text leave room for `d` to find
    /// something. False when the node has no such text.
    fn may_detect(&self, d: &dyn Detector, node: NodeId, key: bool) -> bool {
        may_find(d, self.tree.facts(node, key))
    }

    /// Whether `c`, a condition [`text_only`] accepted, may be true for
    /// any node at all: whether the union of the document's facts leaves
    /// room for one of its detectors. When not, no item needs a look.
    pub(crate) fn text_may_hold_anywhere(&self, c: &Cond) -> bool {
        match c.text_skip() {
            TextSkip::AnyOf(cs) => cs.iter().any(|c| self.text_may_hold_anywhere(c)),
            TextSkip::Detects(t, d) => {
                let key = matches!(t, TextOf::Key(_));
                may_find(d, self.tree.all_facts[usize::from(key)])
            }
            TextSkip::Evaluate => true,
        }
    }

    /// Whether `c`, a condition [`text_only`] accepted, may be true for the
    /// item `node`: whether a detector finds something in its texts.
    pub(crate) fn text_may_hold(&self, c: &Cond, node: NodeId) -> bool {
        let (t, d) = match c.text_skip() {
            TextSkip::AnyOf(cs) => return cs.iter().any(|c| self.text_may_hold(c, node)),
            TextSkip::Detects(t, d) => (t, d),
            // Not a text condition: it must be evaluated.
            TextSkip::Evaluate => return true,
        };
        let key = matches!(t, TextOf::Key(_));
        if !self.may_detect(d, node, key) {
            return false;
        }
        let mut digits = String::new();
        self.tree
            .text(node, key, &mut digits)
            .is_some_and(|text| self.detect(d, node, key, text).is_some())
    }
    fn push_at(&mut self, slot: usize, b: Bound<'a>) {
        self.binds.truncate(slot);
        while self.binds.len() < slot {
            self.binds.push(Bound::Val(Val::Unknown));
        }
        self.binds.push(b);
    }

    /// Renders a message template. Text from the document appears only when
    /// it is a word of the schema's vocabulary (a key, a role, a measure…),
    /// a date or a time; anything else is shown as `…`.
    /// A message template in `lang`, for a finding at `at`: dates as people
    /// write them in the language, numbers with its decimal sign, places by
    /// the field's name.
    pub(crate) fn render(&self, pieces: &[Piece], lang: Lang, at: &str) -> String {
        let mut out = String::new();
        let doc = self.tree.value(0);
        // Inside a `{?NAME}` whose value is missing: skip to its `{/}`.
        let mut skipping = false;
        for p in pieces {
            if skipping {
                skipping = !matches!(p, Piece::EndIf);
                continue;
            }
            let v = match p {
                Piece::Text(t) => {
                    out.push_str(t);
                    continue;
                }
                Piece::Field => {
                    out.push_str(&field_name_in(at, Some(doc), lang));
                    continue;
                }
                Piece::Item => {
                    out.push_str(&field_name_in(&self.current_pointer(), Some(doc), lang));
                    continue;
                }
                Piece::EndIf => continue,
                Piece::If(p, shown) => {
                    let empty = match self.value_of(p) {
                        Val::Absent | Val::Null | Val::Unknown | Val::Bool(false) | Val::Coll => {
                            true
                        }
                        Val::Num(n) => n == 0.0,
                        Val::Doc(s) | Val::Lit(s) => s.trim().is_empty(),
                        Val::Bool(true) | Val::Date(_) => false,
                    };
                    skipping = empty == *shown;
                    continue;
                }
                Piece::Weeks(p) => match self.value_of(p) {
                    Val::Num(n) if n.fract() == 0.0 && n >= 0.0 => {
                        out.push_str(&weeks_and_days(n as u64, lang));
                        continue;
                    }
                    v => v,
                },
                p => self.value_of(p),
            };
            match v {
                Val::Num(n) if n.fract() == 0.0 => out.push_str(&format!("{n:.0}")),
                Val::Num(n) => {
                    let s = format!("{n:.2}");
                    match lang {
                        Lang::En => out.push_str(&s),
                        _ => out.push_str(&s.replace('.', ",")),
                    }
                }
                Val::Date(d) => out.push_str(&for_people(d, lang)),
                Val::Lit(s) => out.push_str(s),
                Val::Doc(s) if parse_date(s).is_some() => {
                    out.push_str(&parse_date(s).map_or_else(String::new, |d| for_people(d, lang)))
                }
                Val::Doc(s) if self.env.vocabulary.contains(s) || parse_time(s).is_some() => {
                    out.push_str(s)
                }
                Val::Bool(b) => out.push_str(if b { "true" } else { "false" }),
                Val::Doc(_) | Val::Coll => out.push('…'),
                Val::Absent | Val::Null | Val::Unknown => out.push('–'),
            }
        }
        out
    }

    /// The value a placeholder holds (`Unknown` for one that names a place).
    fn value_of(&self, p: &Piece) -> Val<'_> {
        match p {
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
            _ => Val::Unknown,
        }
    }
}

/// A number of days as whole weeks and days, as `lang` says it: «8 uker og
/// 1 dag», «7 uker», «6 dager».
pub(crate) fn weeks_and_days(days: u64, lang: Lang) -> String {
    use crate::texts::FieldText;
    let (w, d) = (days / 7, days % 7);
    let weeks = (if w == 1 {
        FieldText::Week
    } else {
        FieldText::Weeks
    })
    .say(lang, &[("n", &w.to_string())]);
    let rest = (if d == 1 {
        FieldText::Day
    } else {
        FieldText::Days
    })
    .say(lang, &[("n", &d.to_string())]);
    match (w, d) {
        (0, _) => rest,
        (_, 0) => weeks,
        _ => FieldText::WeeksAndDays.say(lang, &[("weeks", &weeks), ("days", &rest)]),
    }
}

/// Whether text with these `facts` leaves room for `d` to find something.
/// False when there is no text (`None`).
fn may_find(d: &dyn Detector, facts: Option<Facts>) -> bool {
    facts.is_some_and(|f| d.may_find(&f))
}

/// The steps evaluating `when` costs for an item it is false for, when
/// the rule reads nothing but the text of each item it runs for: `when` is a
/// text condition (`matches`, `national_id`) on the item (`@`) or its name,
/// or `any` of such, and the rule has no `let`. Such a rule (DM801, DM802:
/// every string of the document) can skip an item its detectors find
/// nothing in, spending the same steps. `None` for any other rule. Each
/// condition says what it reads through [`Condition::text_skip`].
pub(crate) fn text_only(for_each: Option<&ForEach>, lets: &[Expr], when: &Cond) -> Option<u64> {
    fn steps(c: &Cond) -> Option<u64> {
        match c.text_skip() {
            // False only when every one is: each is evaluated.
            TextSkip::AnyOf(cs) => cs
                .iter()
                .try_fold(1u64, |n, c| steps(c).map(|k| n.saturating_add(k))),
            TextSkip::Detects(TextOf::Value(p) | TextOf::Key(p), _)
                if p.base == Base::Slot(0) && p.segs.is_empty() =>
            {
                Some(1)
            }
            _ => None,
        }
    }
    match for_each {
        Some(ForEach::Nodes(_)) if lets.is_empty() => steps(when),
        _ => None,
    }
}

/// A hash of a member name for [`Tree`]'s lookups: its length and at most
/// its first and last eight bytes, a few instructions however long it is
/// (a collision costs one more comparison).
fn key_hash(key: &str) -> u32 {
    let b = key.as_bytes();
    let n = b.len();
    let word = |at: usize, len: usize| {
        b.get(at..at + len).map_or(0, |w| {
            w.iter()
                .rev()
                .fold(0u64, |acc, &x| (acc << 8) | u64::from(x))
        })
    };
    let (x, y) = match n {
        8.. => (word(0, 8), word(n - 8, 8)),
        4..8 => (word(0, 4), word(n - 4, 4)),
        1..4 => (word(0, 1), word(n - 1, 1) << 8 | word(n / 2, 1) << 16),
        0 => (0, 0),
    };
    let h = (x ^ y.rotate_left(29) ^ n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 32) as u32
}

/// An item a rule runs for.
pub(crate) enum BoundItem<'a> {
    Node(NodeId),
    Value(&'a str),
}
