//! The compiled form of rules, as the evaluator sees it: paths, conditions,
//! expressions and message templates. `compile` builds these from the rule
//! files; `eval` runs them. Cacheable expressions carry a slot number,
//! assigned when the rule is compiled, that indexes the evaluator's
//! per-rule tables.

use regex::Regex;
use serde_json::Value;

/// Where a path starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Base {
    Root,
    Slot(usize),
    /// `$comments`: the document's YAML comments, a list of strings.
    Comments,
}

/// One segment of a path pattern.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Seg {
    Key(String),
    /// The value of a bound literal variable, used as a key.
    Var(usize),
    /// Every element or member.
    Wild,
    /// The node and all its descendants.
    Deep,
}

/// A compiled path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct PathPat {
    pub base: Base,
    pub segs: Vec<Seg>,
}

impl PathPat {
    pub(crate) fn is_multi(&self) -> bool {
        self.segs.iter().any(|s| matches!(s, Seg::Wild | Seg::Deep))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Quant {
    Some,
    Every,
    None,
}

#[derive(Debug)]
pub(crate) enum Source {
    /// A path, whether to compare without regard to case, and the cache
    /// slot of its strings (used when the path is absolute).
    Path(PathPat, bool, usize),
    Values(Vec<Value>, bool),
    /// `{values: {param: NAME}}`: the list parameter in force, by index.
    Param(usize, bool),
    Collect {
        each: PathPat,
        slot: usize,
        filter: Option<Box<Cond>>,
        select: PathPat,
    },
}

#[derive(Debug)]
pub(crate) enum Cond {
    All(Vec<Cond>),
    Any(Vec<Cond>),
    Not(Box<Cond>),
    Present(PathPat),
    Absent(PathPat),
    Empty(PathPat),
    Filled(PathPat),
    Equals(PathPat, Value),
    Compare(Expr, Op, Expr),
    Matches(TextOf, Matcher),
    Member(Expr, Vec<Source>),
    Quant {
        kind: Quant,
        each: PathPat,
        slot: usize,
        filter: Option<Box<Cond>>,
    },
    NationalId(TextOf, Vec<String>),
}

/// The text a detector reads: a node's value, or its member name.
#[derive(Debug)]
pub(crate) enum TextOf {
    Value(PathPat),
    Key(PathPat),
}

/// The patterns of `matches`: a set for the quick test, and each pattern
/// with its conditions for the position of the first real match.
#[derive(Debug)]
pub(crate) struct Matcher {
    /// All patterns at once: which of them match a text (boxed: its
    /// automata are large, and a condition is mostly something else).
    pub set: Box<super::set::Set>,
    /// What a text must contain for the set to match; `None` when that
    /// cannot be said (see `required`).
    pub required: Option<super::required::Required>,
    pub patterns: Vec<Pattern>,
}

/// One pattern of `matches` and the conditions a match must meet.
///
/// Its own expression (with the groups) is compiled the first time the set
/// says a text matches it: most texts match none, and compiling DM802's
/// expressions a second time was half of what building the linter took.
/// The set has already checked the syntax and the size.
#[derive(Debug)]
pub(crate) struct Pattern {
    pub source: String,
    pub regex: std::sync::OnceLock<Option<Regex>>,
    /// Named groups whose text, when they take part, must be in a list.
    pub groups: Vec<(String, &'static std::collections::HashSet<&'static str>)>,
    /// Words that, right before the match, make it no match.
    pub not_after: Vec<String>,
}

/// The most one compiled regular expression (or the set of one
/// `matches`) may take, in bytes.
pub(crate) const REGEX_SIZE_LIMIT: usize = 4 << 20;

impl Pattern {
    /// The pattern's own expression, compiled on first use; `None` in the
    /// unlikely case that it is larger than the set it is part of allowed
    /// (then the set's answer stands, see `eval::first_match`).
    pub fn regex(&self) -> Option<&Regex> {
        self.regex
            .get_or_init(|| {
                regex::RegexBuilder::new(&self.source)
                    .size_limit(REGEX_SIZE_LIMIT)
                    .build()
                    .ok()
            })
            .as_ref()
    }
}

#[derive(Debug)]
pub(crate) enum Expr {
    Lit(Value),
    Path(PathPat),
    /// A bound literal variable (from `for_each: {values: ...}`).
    Bound(usize),
    Let(usize),
    AsOf,
    Param(usize, Option<Seg>),
    Days(Box<Expr>, Box<Expr>),
    Minutes(Box<Expr>, Box<Expr>),
    AddDays(Box<Expr>, Box<Expr>),
    Sum(Vec<Expr>),
    Mul(Vec<Expr>),
    Div(Box<Expr>, Box<Expr>),
    First(Vec<Expr>),
    Count {
        each: PathPat,
        slot: usize,
        filter: Option<Box<Cond>>,
    },
    Position(PathPat),
    Key(PathPat),
    /// The 1-based rank of the node `of` among the nodes of the absolute
    /// path `each` (that satisfy `filter`) with the same `key` values.
    /// `each`, `key` and `filter` see only their own item, so the ranks are
    /// computed once per rule and document.
    Occurrence {
        /// The cache slot of the ranks.
        slot: usize,
        of: PathPat,
        each: PathPat,
        key: Vec<PathPat>,
        filter: Option<Box<Cond>>,
    },
}

#[derive(Debug)]
pub(crate) enum ForEach {
    /// The nodes of one or more paths, in order.
    Nodes(Vec<PathPat>),
    Values(Vec<Value>),
    /// `{values: {param: NAME}}`: the elements of a list parameter in
    /// force, or the keys of a mapping parameter, by index.
    Param(usize),
}

/// A message template: literal text and placeholders.
#[derive(Debug, Clone)]
pub(crate) enum Piece {
    Text(String),
    Let(usize),
    Bound(usize),
    AsOf,
    /// `{param.NAME}`: a parameter's value in force.
    Param(usize),
}
