//! The compiled pieces every function of the rule language shares: paths,
//! variables, the text a detector reads, `for_each` and message templates.
//! `compile` builds these from the rule files and `eval` reads them; the
//! compiled conditions and expressions themselves are the functions' own
//! types (see `functions`), behind the traits of `eval`. Cacheable
//! selections carry a slot number, assigned when the rule is compiled,
//! that indexes the evaluator's per-rule tables.

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

/// A name that stands for a value: what `{var: NAME}` and `{NAME}` in a
/// message read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Var {
    /// A `let` value, by index.
    Let(usize),
    /// A `for_each` value, by binding slot.
    Bound(usize),
    /// The evaluation date.
    AsOf,
}

/// The text a detector reads: a node's value, or its member name.
#[derive(Debug)]
pub(crate) enum TextOf {
    Value(PathPat),
    Key(PathPat),
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
    /// `{field}`: the field the finding is about, by its name in the
    /// reader's language («Frist» for oppgave 2 under «Hvem gjør hva når»).
    Field,
    /// `{item}`: the item a `for_each` rule is at, by its name
    /// («oppgave 2 under «Hvem gjør hva når»», «deltaker 2 (Lege/behandler)»).
    Item,
    /// `{NAME:weeks}`: a number of days as whole weeks and days in the
    /// reader's language («8 uker og 1 dag», «7 uker»).
    Weeks(Box<Piece>),
    /// `{?NAME}` (`true`) or `{!NAME}` (`false`): the text up to the
    /// matching [`Piece::EndIf`] is shown only when the value is there and
    /// is not `0`, `false` or empty (`{?NAME}`), or only when it is not
    /// (`{!NAME}`).
    If(Box<Piece>, bool),
    /// `{/}`: the end of the text of an [`Piece::If`].
    EndIf,
}
