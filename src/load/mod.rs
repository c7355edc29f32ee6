//! Loading: YAML or JSON text → a value tree plus an index from JSON Pointer
//! to source span. One pass over the parser's events; no second parse.
//!
//! YAML is read as YAML 1.2 (core schema) with `saphyr-parser`, the event
//! parser of the maintained saphyr project, which reports a span for every
//! event. JSON is read by the same parser (JSON is YAML 1.2 flow syntax), after
//! tabs outside strings are turned into spaces (JSON allows them, YAML flow
//! context does not always).

// A problem carries its message and help in three languages (144 bytes);
// it is the cold path, taken once per document at most, so it is returned
// by value rather than boxed.
#![allow(clippy::result_large_err)]

pub(crate) mod syntax;
pub(crate) mod yaml_file;

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

use saphyr_parser::{Event, Parser, ScalarStyle, Tag};
use serde_json::{Map, Number, Value};

use crate::base::pointer;
use crate::input::decode::{LoadProblem, SourceKind, detect_kind};
use crate::input::position::{CharCursor, Span};
use crate::input::source::Source;
use crate::texts::EngineText;

/// Safety limits for one document. Exceeding one is finding DM004.
///
/// Each limit has a ceiling ([`Limits::CEILINGS`]): the setters clamp to it
/// and the configuration file rejects a value above it, so that no setting
/// can take the loader into stack or memory trouble (memory grows with
/// nodes times depth, as each node's JSON Pointer is kept).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Largest input, in bytes. Default 8 MiB (minutes are a few KB);
    /// ceiling 64 MiB.
    pub max_bytes: usize,
    /// Deepest nesting of mappings and sequences. Default 64 (the format
    /// needs 5); ceiling 128.
    pub max_depth: usize,
    /// Most nodes in the value tree, aliases expanded. Default 250 000 (a
    /// referat has a few hundred; one with 1 000 actions about 6 000), which
    /// keeps the worst document within 10 s and 1 GB; ceiling 2 000 000.
    pub max_nodes: usize,
    /// Most nodes that aliases may add by expansion. Default 10 000;
    /// ceiling 1 000 000.
    pub max_alias_nodes: usize,
    /// Most findings kept per file. Default 10 000; ceiling 1 000 000. Past
    /// it, one DM004 finding says how many more there were; the summary
    /// still counts them.
    pub max_findings: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 8 * 1024 * 1024,
            max_depth: 64,
            max_nodes: 250_000,
            max_alias_nodes: 10_000,
            max_findings: 10_000,
        }
    }
}

impl Limits {
    /// Each limit's name (its key under `limits:` in the configuration)
    /// and its ceiling, the largest value it may be given.
    pub const CEILINGS: &'static [(&'static str, usize)] = &[
        ("max_bytes", 64 * 1024 * 1024),
        ("max_depth", 128),
        ("max_nodes", 2_000_000),
        ("max_alias_nodes", 1_000_000),
        ("max_findings", 1_000_000),
    ];

    /// The ceiling of the limit `name`.
    fn ceiling(name: &str) -> usize {
        Self::CEILINGS
            .iter()
            .find(|&&(k, _)| k == name)
            .map_or(usize::MAX, |&(_, c)| c)
    }

    /// Sets the largest input in bytes (at most the ceiling).
    pub fn with_max_bytes(mut self, n: usize) -> Self {
        self.max_bytes = n.min(Self::ceiling("max_bytes"));
        self
    }
    /// Sets the deepest nesting (at most the ceiling).
    pub fn with_max_depth(mut self, n: usize) -> Self {
        self.max_depth = n.min(Self::ceiling("max_depth"));
        self
    }
    /// Sets the most nodes in the tree (at most the ceiling).
    pub fn with_max_nodes(mut self, n: usize) -> Self {
        self.max_nodes = n.min(Self::ceiling("max_nodes"));
        self
    }
    /// Sets the most nodes aliases may add (at most the ceiling).
    pub fn with_max_alias_nodes(mut self, n: usize) -> Self {
        self.max_alias_nodes = n.min(Self::ceiling("max_alias_nodes"));
        self
    }
    /// Sets the most findings reported per file (at most the ceiling).
    pub fn with_max_findings(mut self, n: usize) -> Self {
        self.max_findings = n.min(Self::ceiling("max_findings"));
        self
    }
}

/// Where each node is, by its JSON Pointer, with no allocation per node:
/// the pointers of all nodes written one after another into one string, in
/// document order, and the node's spans beside the end of its pointer. The
/// lookup order (by pointer) is sorted only once findings are many.
#[derive(Debug, Default)]
struct SpanIndex {
    /// Every node's pointer, concatenated.
    pointers: String,
    /// Per node: where its pointer ends in `pointers` (it starts where the
    /// previous one ends), and its spans.
    nodes: Vec<(usize, NodeSpan)>,
    /// The node numbers ordered by pointer (stable: of equal pointers, the
    /// last recorded is the last), built once lookups are many.
    by_pointer: OnceLock<Vec<u32>>,
    /// The lookups so far: the first few scan the nodes instead (most
    /// documents have no finding or a few, and sorting costs more). Atomic
    /// so that a [`Document`] can still be shared between threads.
    lookups: AtomicU32,
}

impl Clone for SpanIndex {
    fn clone(&self) -> Self {
        SpanIndex {
            pointers: self.pointers.clone(),
            nodes: self.nodes.clone(),
            by_pointer: self.by_pointer.clone(),
            lookups: AtomicU32::new(self.lookups.load(Ordering::Relaxed)),
        }
    }
}

impl SpanIndex {
    fn with_capacity(nodes: usize, pointer_bytes: usize) -> Self {
        SpanIndex {
            pointers: String::with_capacity(pointer_bytes),
            nodes: Vec::with_capacity(nodes),
            by_pointer: OnceLock::new(),
            lookups: AtomicU32::new(0),
        }
    }

    fn insert(&mut self, pointer: &str, span: NodeSpan) {
        self.pointers.push_str(pointer);
        self.nodes.push((self.pointers.len(), span));
    }

    /// The pointer of node `i`.
    fn pointer(&self, i: usize) -> &str {
        let start = i.checked_sub(1).map_or(0, |p| self.nodes[p].0);
        &self.pointers[start..self.nodes[i].0]
    }

    fn get(&self, pointer: &str) -> Option<&NodeSpan> {
        /// Lookups by scanning, before the sorted order is built.
        const SCANS: u32 = 8;
        if self.by_pointer.get().is_none() && self.lookups.fetch_add(1, Ordering::Relaxed) < SCANS {
            // Of equal pointers (a duplicate key), the last recorded wins.
            return (0..self.nodes.len())
                .rev()
                .find(|&i| self.pointer(i) == pointer)
                .map(|i| &self.nodes[i].1);
        }
        let order = self.by_pointer.get_or_init(|| {
            // At most `max_nodes` (ceiling 2 000 000) nodes: they fit.
            let mut order: Vec<u32> = (0..self.nodes.len())
                .map(|i| u32::try_from(i).unwrap_or(u32::MAX))
                .collect();
            order.sort_by(|&a, &b| self.pointer(a as usize).cmp(self.pointer(b as usize)));
            order
        });
        // Of equal pointers (a duplicate key), the last recorded wins.
        let after = order.partition_point(|&i| self.pointer(i as usize) <= pointer);
        let i = *order.get(after.checked_sub(1)?)? as usize;
        (self.pointer(i) == pointer).then(|| &self.nodes[i].1)
    }

    fn contains_key(&self, pointer: &str) -> bool {
        self.get(pointer).is_some()
    }
}

/// Spans of one node: the value, and the key when the node is a mapping value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NodeSpan {
    /// The value's span.
    pub value: Span,
    /// The key's span, for mapping members.
    pub key: Option<Span>,
    /// Whether the value, and the key, are written with an anchor or a tag
    /// before them (then their content starts at [`after_properties`]).
    /// Without, a span starts at the content, which in a block scalar may
    /// itself begin with `&` or `!`.
    pub value_properties: bool,
    pub key_properties: bool,
}

/// A loaded document: the value tree (and, inside the crate, where each
/// node is). See [`Source::load`].
#[derive(Debug, Clone)]
pub struct Document {
    value: Value,
    spans: SpanIndex,
    comments: Vec<Span>,
}

impl Document {
    /// The value tree.
    pub fn value(&self) -> &Value {
        &self.value
    }

    /// Takes the value tree.
    pub fn into_value(self) -> Value {
        self.value
    }

    /// Takes the comments' spans (see [`comments`](Self::comments)).
    pub(crate) fn into_comments(self) -> Vec<Span> {
        self.comments
    }

    /// The spans of the YAML comments, in source order: each starts at its
    /// `#` and ends before the line break.
    pub(crate) fn comments(&self) -> &[Span] {
        &self.comments
    }

    /// The span of the node at `pointer` or, when that node has no entry (it
    /// is missing, or inside an alias expansion), of its nearest ancestor
    /// that has one.
    pub(crate) fn span_of(&self, pointer: &str) -> Option<NodeSpan> {
        let mut p = pointer;
        loop {
            if let Some(s) = self.spans.get(p) {
                return Some(*s);
            }
            p = pointer::parent(p)?;
        }
    }

    /// Whether the document has a span entry for exactly `pointer`.
    pub(crate) fn has_span(&self, pointer: &str) -> bool {
        self.spans.contains_key(pointer)
    }
}

/// Loads one YAML or JSON document. `text` must not start with a BOM
/// (see [`crate::input::decode::decode`]). On failure, returns every problem found (duplicate keys
/// are all reported; a syntax error or limit stops at the first).
pub(crate) fn load(
    text: &str,
    kind: SourceKind,
    limits: &Limits,
) -> Result<Document, Vec<LoadProblem>> {
    load_as(text, kind, detect_kind(text, kind), limits).map_err(|f| f.problems)
}

impl Source<'_> {
    /// Loads the document's value tree (YAML 1.2 core schema, or JSON),
    /// within `limits`; `None` when it cannot be loaded (lint the source to
    /// learn why and where).
    pub fn load(&self, limits: &Limits) -> Option<Document> {
        load_source(self, limits).ok()
    }
}

/// Why a document could not be loaded, and the comments seen before the
/// problem (so that a suppression above a syntax error can still be
/// reported as invalid or unused).
#[derive(Debug)]
pub(crate) struct Failed {
    pub problems: Vec<LoadProblem>,
    pub comments: Vec<Span>,
}

/// Loads a [`Source`]'s text, with the kind it decided.
pub(crate) fn load_source(source: &Source<'_>, limits: &Limits) -> Result<Document, Failed> {
    if let Some(p) = source.decode_problem() {
        return Err(Failed {
            problems: vec![p.clone()],
            comments: Vec::new(),
        });
    }
    load_as(source.text(), source.declared_kind(), source.kind(), limits)
}

/// Loads `text` of kind `kind` (`Json` or `Yaml`), strict JSON when `declared` so.
fn load_as(
    text: &str,
    declared: SourceKind,
    kind: SourceKind,
    limits: &Limits,
) -> Result<Document, Failed> {
    let fail = |problems| Failed {
        problems,
        comments: Vec::new(),
    };
    if text.len() > limits.max_bytes {
        return Err(fail(vec![too_large(text.len(), limits.max_bytes)]));
    }
    let json = kind == SourceKind::Json;
    let normalised;
    let input = if json && text.contains('\t') {
        normalised = tabs_to_spaces_outside_strings(text);
        normalised.as_str()
    } else {
        text
    };
    if let Some(problem) = control_character(input) {
        return Err(fail(vec![problem]));
    }
    if declared == SourceKind::Json {
        strict_json(text).map_err(fail)?;
    }
    // saphyr-parser refuses `\u` escapes of UTF-16 surrogates, which JSON
    // writers use for every character outside the BMP (an emoji): they are
    // masked for it, and the scalars made of them mended (`Surrogates`).
    match Surrogates::find(input) {
        None => Loader::new(input, limits).run(),
        Some((masked, surrogates)) => {
            let mut loader = Loader::new(&masked, limits);
            loader.surrogates = Some(surrogates);
            loader.run()
        }
    }
}

/// The `\u` escapes of UTF-16 surrogates in a text (`\ud83d\ude00`, which
/// JSON, and YAML 1.2 as its superset, read as the one character U+1F600).
/// saphyr-parser refuses them, so the loader gives it a copy of the text in
/// which each is masked as `\uMMMM`, a private-use character `M` that the
/// text neither holds nor names (same length: every position stays). In a
/// double-quoted scalar each mask has become the character `M`, which is
/// put back as the character the pair names, or a lone surrogate is
/// DM001; in any other scalar (plain, single-quoted, block) the text is
/// literal, and the written hex digits are put back.
struct Surrogates {
    /// Byte offset of each escape's `\`, the surrogate it names and its four
    /// hex digits as written; in order.
    sites: Vec<(usize, u16, [u8; 4])>,
    marker: char,
}

impl Surrogates {
    /// The masked text and the escapes, or `None` when the text has no
    /// surrogate escape (one byte scan for `\`), or (a hostile text that
    /// holds or names all 6,400 private-use characters) no mask is free:
    /// then saphyr refuses the escapes as before (DM001).
    fn find(text: &str) -> Option<(String, Surrogates)> {
        let b = text.as_bytes();
        let mut sites = Vec::new();
        let mut used = vec![false; 0x1900];
        let mut mark = |v: u32| {
            if let Some(u) = v.checked_sub(0xE000).and_then(|i| used.get_mut(i as usize)) {
                *u = true;
            }
        };
        let mut i = 0;
        while let Some(k) = b[i..].iter().position(|&c| c == b'\\') {
            let at = i + k;
            let digits = match b.get(at + 1) {
                Some(b'u') => 4,
                Some(b'U') => 8,
                _ => 0,
            };
            let value = b
                .get(at + 2..at + 2 + digits)
                .filter(|_| digits > 0)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u32::from_str_radix(h, 16).ok());
            match value {
                Some(v) if digits == 4 && (0xD800..=0xDFFF).contains(&v) => {
                    let hex = [b[at + 2], b[at + 3], b[at + 4], b[at + 5]];
                    sites.push((at, v as u16, hex));
                }
                Some(v) => mark(v),
                None => {}
            }
            // An escape's `\` and the character after it go together
            // (`\\` is one backslash, never the start of an escape).
            i = (at + 2).min(b.len());
        }
        if sites.is_empty() {
            return None;
        }
        for c in text.chars() {
            mark(c as u32);
        }
        let free = used.iter().position(|u| !u)?;
        let marker = char::from_u32(0xE000 + free as u32)?;
        let mut masked = b.to_vec();
        let hex = format!("{:04X}", marker as u32);
        for &(at, _, _) in &sites {
            masked[at + 2..at + 6].copy_from_slice(hex.as_bytes());
        }
        let masked = String::from_utf8(masked).ok()?;
        Some((masked, Surrogates { sites, marker }))
    }

    /// The value of the scalar whose content (after any anchor or tag) is
    /// `content` of the text, read by saphyr from the masked text as
    /// `value`, with the escapes put back.
    fn restore<'v>(
        &self,
        value: Cow<'v, str>,
        content: Span,
        style: ScalarStyle,
    ) -> Result<Cow<'v, str>, LoadProblem> {
        let lo = self.sites.partition_point(|s| s.0 < content.start);
        let hi = self.sites.partition_point(|s| s.0 < content.end);
        let here = &self.sites[lo..hi];
        if here.is_empty() {
            return Ok(value);
        }
        // Should the masks not be where they were put, the escapes are
        // refused as saphyr refuses them: never a wrong value.
        let mismatch = || LoadProblem::syntax(content, EngineText::Escape, Vec::new());
        let mut out = String::with_capacity(value.len());
        let mut next = here.iter().peekable();
        if style == ScalarStyle::DoubleQuoted {
            let mut chars = value.chars().peekable();
            while let Some(c) = chars.next() {
                if c != self.marker {
                    out.push(c);
                    continue;
                }
                let &(at, v, _) = next.next().ok_or_else(mismatch)?;
                let lone = || {
                    LoadProblem::syntax(
                        Span::new(at, at + 6),
                        EngineText::LoneSurrogate,
                        Vec::new(),
                    )
                };
                if !(0xD800..0xDC00).contains(&v) {
                    return Err(lone());
                }
                match next.peek() {
                    Some(&&(at2, low, _))
                        if at2 == at + 6
                            && (0xDC00..=0xDFFF).contains(&low)
                            && chars.peek() == Some(&self.marker) =>
                    {
                        chars.next();
                        next.next();
                        let c =
                            0x10000 + ((u32::from(v) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                        out.push(char::from_u32(c).ok_or_else(lone)?);
                    }
                    _ => return Err(lone()),
                }
            }
        } else {
            let mask = format!("\\u{:04X}", self.marker as u32);
            let mut rest = &*value;
            while let Some(p) = rest.find(&mask) {
                let (_, _, hex) = next.next().ok_or_else(mismatch)?;
                out.push_str(&rest[..p]);
                out.push('\\');
                out.push('u');
                out.extend(hex.iter().map(|&h| char::from(h)));
                rest = &rest[p + mask.len()..];
            }
            out.push_str(rest);
        }
        if next.next().is_some() {
            return Err(mismatch());
        }
        Ok(Cow::Owned(out))
    }
}

/// DM004 for a document larger than `max` bytes.
fn too_large(len: usize, max: usize) -> LoadProblem {
    LoadProblem::limit(
        Span::new(0, 0),
        EngineText::TooLarge,
        &[("size", len), ("max", max)],
    )
}

/// A file declared JSON must be JSON, not merely YAML flow syntax (which
/// allows trailing commas, comments and unquoted text). serde_json checks the
/// syntax without building anything; the tree still comes from the loader.
fn strict_json(text: &str) -> Result<(), Vec<LoadProblem>> {
    let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(text) else {
        return Ok(());
    };
    // serde_json counts lines by `\n` and columns in bytes, ending just after
    // the offending byte.
    let line_start = if e.line() <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(e.line() - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    let mut at = (line_start + e.column().saturating_sub(1)).min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let what = e.to_string();
    let what = what.split(" at line ").next().unwrap_or_default();
    let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
    let (id, args) = syntax::json_text(what, text, at);
    Err(vec![LoadProblem::syntax(Span::new(at, end), id, args)])
}

/// YAML forbids most C0 control characters; saphyr accepts some. Report them
/// here with a position, rather than keep them silently.
fn control_character(text: &str) -> Option<LoadProblem> {
    // Every such character is one ASCII byte, and in UTF-8 no byte of a
    // longer character is below 0x80: a byte scan finds exactly them.
    let bad = |b: u8| (b < b' ' && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7f;
    // A block at a time without stopping (a loop the compiler vectorises);
    // the block that has one is searched for where.
    const BLOCK: usize = 64;
    let bytes = text.as_bytes();
    let block = bytes
        .chunks(BLOCK)
        .position(|c| c.iter().fold(false, |any, &b| any | bad(b)))?;
    let at = block * BLOCK + bytes[block * BLOCK..].iter().position(|&b| bad(b))?;
    Some(LoadProblem::syntax(
        Span::new(at, at + 1),
        EngineText::ControlCharacter,
        vec![("codepoint", format!("{:04X}", text.as_bytes()[at]))],
    ))
}

/// Replaces tabs outside double-quoted strings with spaces, byte for byte, so
/// positions do not move.
fn tabs_to_spaces_outside_strings(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in text.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            out.push(c);
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if c == '\t' {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

enum Frame {
    Map {
        map: Map<String, Value>,
        /// The key, its span and whether it has properties.
        key: Option<(String, Span, bool)>,
        start: usize,
        end: usize,
        anchor: usize,
        nodes: usize,
        ptr_len: usize,
    },
    Seq {
        items: Vec<Value>,
        start: usize,
        end: usize,
        anchor: usize,
        nodes: usize,
        ptr_len: usize,
    },
}

struct Loader<'a> {
    text: &'a str,
    limits: &'a Limits,
    cursor: CharCursor<'a>,
    stack: Vec<Frame>,
    pointer: String,
    spans: SpanIndex,
    anchors: HashMap<usize, (Value, usize)>,
    root: Option<Value>,
    nodes: usize,
    alias_nodes: usize,
    problems: Vec<LoadProblem>,
    documents: usize,
    /// Spans of every scalar (keys and values), for [`collect_comments`].
    scalars: Vec<Span>,
    /// The surrogate escapes masked in `text`, if any.
    surrogates: Option<Surrogates>,
}

type Step = Result<(), LoadProblem>;

impl<'a> Loader<'a> {
    fn new(text: &'a str, limits: &'a Limits) -> Self {
        Loader {
            text,
            limits,
            cursor: CharCursor::new(text),
            stack: Vec::new(),
            pointer: String::new(),
            spans: SpanIndex::with_capacity(text.len() / 24, text.len()),
            anchors: HashMap::new(),
            root: None,
            nodes: 0,
            alias_nodes: 0,
            problems: Vec::new(),
            documents: 0,
            scalars: Vec::new(),
            surrogates: None,
        }
    }

    fn span(&mut self, s: saphyr_parser::Span) -> Span {
        let a = self.cursor.byte_of(s.start.index());
        let b = self.cursor.byte_of(s.end.index());
        Span::new(a, b)
    }

    fn run(mut self) -> Result<Document, Failed> {
        let mut parser = Parser::new_from_str(self.text);
        // Where the events taken so far end: comments before it are known
        // to lie outside every scalar, also when a problem follows.
        let mut seen = 0;
        loop {
            let (event, raw_span) = match parser.next_event() {
                None => break,
                Some(Ok(ev)) => ev,
                Some(Err(e)) => {
                    let at = self.cursor.byte_of(e.marker().index());
                    // The scanner caps flow nesting itself, looking ahead of
                    // the events: that is the nesting limit, not a syntax error.
                    let problem = if e.info().contains("recursion limit") {
                        self.too_deep(Span::new(at, at + 1))
                    } else {
                        syntax_error(at, e.info(), self.text)
                    };
                    self.problems.push(problem);
                    return Err(self.failed(seen));
                }
            };
            let span = self.span(raw_span);
            if let Err(p) = self.event(event, span) {
                self.problems.push(p);
                return Err(self.failed(seen));
            }
            seen = seen.max(span.end);
            if self.documents > 1 {
                return Err(self.failed(seen));
            }
        }
        if !self.problems.is_empty() {
            // Read to the end (duplicate keys): every comment is known.
            let end = self.text.len();
            return Err(self.failed_before(end));
        }
        let comments = collect_comments(self.text, &mut self.scalars);
        Ok(Document {
            value: self.root.unwrap_or(Value::Null),
            spans: self.spans,
            comments,
        })
    }

    /// The problems, with the comments that lie before the end of the line
    /// where the last event taken (ending at `seen`) ends, and before the
    /// first problem.
    fn failed(self, seen: usize) -> Failed {
        let first = self.problems.iter().map(|p| p.span.start).min();
        let line_end = crate::input::position::content_end(self.text, seen);
        let limit = first.map_or(line_end, |f| f.min(line_end));
        self.failed_before(limit)
    }

    /// The problems, with the comments that end before byte `limit`.
    fn failed_before(mut self, limit: usize) -> Failed {
        let mut comments = collect_comments(self.text, &mut self.scalars);
        comments.retain(|c| c.end <= limit);
        Failed {
            problems: self.problems,
            comments,
        }
    }

    fn event(&mut self, event: Event<'a>, span: Span) -> Step {
        match event {
            Event::DocumentStart(_) => {
                self.documents += 1;
                if self.documents > 1 {
                    self.problems.push(LoadProblem::syntax(
                        span,
                        EngineText::MoreDocuments,
                        Vec::new(),
                    ));
                }
                Ok(())
            }
            Event::Scalar(text, style, anchor, tag) => {
                let span = quoted_span(self.text, span, style);
                // The node keeps its anchor and tag; a comment between
                // them and the content is no part of the scalar.
                let properties = anchor != 0 || tag.is_some();
                let content = if properties {
                    Span::new(after_properties(self.text, span), span.end)
                } else {
                    span
                };
                self.scalars.push(content);
                let text = match &self.surrogates {
                    Some(s) => s.restore(text, content, style)?,
                    None => text,
                };
                if self.expecting_key() {
                    return self.key(text.into_owned(), span, properties);
                }
                self.enter_child(span)?;
                let value = resolve_scalar(text, style, tag.as_deref(), span)?;
                self.complete(value, span, 1, anchor, properties);
                Ok(())
            }
            Event::SequenceStart(anchor, tag) => {
                self.start_collection(false, anchor, tag.as_deref(), span)
            }
            Event::MappingStart(anchor, tag) => {
                self.start_collection(true, anchor, tag.as_deref(), span)
            }
            Event::SequenceEnd | Event::MappingEnd => self.end_collection(span),
            Event::Alias(id) => {
                if self.expecting_key() {
                    return Err(LoadProblem::syntax(
                        span,
                        EngineText::AliasAsKey,
                        Vec::new(),
                    ));
                }
                let Some((value, count)) = self.anchors.get(&id).cloned() else {
                    return Err(LoadProblem::syntax(
                        span,
                        EngineText::AliasUndefined,
                        Vec::new(),
                    ));
                };
                self.alias_nodes += count;
                if self.alias_nodes > self.limits.max_alias_nodes {
                    return Err(LoadProblem::limit(
                        span,
                        EngineText::TooManyAliasNodes,
                        &[("max", self.limits.max_alias_nodes)],
                    ));
                }
                self.enter_child(span)?;
                self.complete(value, span, count, 0, false);
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn too_deep(&self, span: Span) -> LoadProblem {
        LoadProblem::limit(span, EngineText::TooDeep, &[("max", self.limits.max_depth)])
    }

    fn expecting_key(&self) -> bool {
        matches!(self.stack.last(), Some(Frame::Map { key: None, .. }))
    }

    fn key(&mut self, text: String, span: Span, properties: bool) -> Step {
        let Some(Frame::Map { map, key, .. }) = self.stack.last_mut() else {
            unreachable!("expecting_key checked the frame");
        };
        if map.contains_key(&text) {
            // The key is named only when it is safe to show (see `shown_key`).
            let (id, args) = match crate::base::format::shown_key(&text) {
                Some(k) => (EngineText::DuplicateKeyNamed, vec![("key", k.to_owned())]),
                None => (EngineText::DuplicateKey, Vec::new()),
            };
            self.problems.push(LoadProblem::syntax(span, id, args));
        }
        *key = Some((text, span, properties));
        Ok(())
    }

    /// Pushes the pointer segment for a new child of the current collection
    /// and checks the node limit.
    fn enter_child(&mut self, span: Span) -> Step {
        self.nodes += 1;
        if self.nodes > self.limits.max_nodes {
            return Err(LoadProblem::limit(
                span,
                EngineText::TooManyNodes,
                &[("max", self.limits.max_nodes)],
            ));
        }
        match self.stack.last() {
            Some(Frame::Map {
                key: Some((k, _, _)),
                ..
            }) => pointer::push(&mut self.pointer, k),
            Some(Frame::Seq { items, .. }) => push_index(&mut self.pointer, items.len()),
            Some(Frame::Map { key: None, .. }) => {
                return Err(LoadProblem::syntax(
                    span,
                    EngineText::ComplexKey,
                    Vec::new(),
                ));
            }
            None => {}
        }
        Ok(())
    }

    fn start_collection(
        &mut self,
        is_map: bool,
        anchor: usize,
        tag: Option<&Tag>,
        span: Span,
    ) -> Step {
        if let Some(tag) = tag {
            let ok = tag.is_yaml_core_schema() && tag.suffix == if is_map { "map" } else { "seq" };
            if !ok {
                return Err(unsupported_tag(span));
            }
        }
        self.enter_child(span)?;
        if self.stack.len() >= self.limits.max_depth {
            return Err(self.too_deep(span));
        }
        let ptr_len = self.pointer.len();
        self.stack.push(if is_map {
            Frame::Map {
                map: Map::new(),
                key: None,
                start: span.start,
                end: span.end,
                anchor,
                nodes: 1,
                ptr_len,
            }
        } else {
            Frame::Seq {
                items: Vec::new(),
                start: span.start,
                end: span.end,
                anchor,
                nodes: 1,
                ptr_len,
            }
        });
        Ok(())
    }

    fn end_collection(&mut self, span: Span) -> Step {
        let Some(frame) = self.stack.pop() else {
            return Ok(());
        };
        let (value, start, end, anchor, nodes, ptr_len) = match frame {
            Frame::Map {
                map,
                start,
                end,
                anchor,
                nodes,
                ptr_len,
                ..
            } => (Value::Object(map), start, end, anchor, nodes, ptr_len),
            Frame::Seq {
                items,
                start,
                end,
                anchor,
                nodes,
                ptr_len,
            } => (Value::Array(items), start, end, anchor, nodes, ptr_len),
        };
        // Flow collections end at `]`/`}`; block ones at their last child.
        let end = if span.end > span.start { span.end } else { end };
        let node_span = Span::new(start, end.max(start));
        self.pointer.truncate(ptr_len);
        self.complete(value, node_span, nodes, anchor, anchor != 0);
        Ok(())
    }

    /// Records a finished node: span index, anchor, and attach to the parent.
    fn complete(
        &mut self,
        value: Value,
        span: Span,
        nodes: usize,
        anchor: usize,
        properties: bool,
    ) {
        let (key_span, key_properties) = match self.stack.last() {
            Some(Frame::Map {
                key: Some((_, ks, kp)),
                ..
            }) => (Some(*ks), *kp),
            _ => (None, false),
        };
        self.spans.insert(
            &self.pointer,
            NodeSpan {
                value: span,
                key: key_span,
                value_properties: properties,
                key_properties,
            },
        );
        if anchor != 0 {
            self.anchors.insert(anchor, (value.clone(), nodes));
        }
        match self.stack.last_mut() {
            Some(Frame::Map {
                map,
                key,
                end,
                nodes: n,
                ptr_len,
                ..
            }) => {
                let (k, _, _) = key.take().expect("a value follows its key");
                map.entry(k).or_insert(value);
                *end = span.end;
                *n += nodes;
                self.pointer.truncate(*ptr_len);
            }
            Some(Frame::Seq {
                items,
                end,
                nodes: n,
                ptr_len,
                ..
            }) => {
                items.push(value);
                *end = span.end;
                *n += nodes;
                self.pointer.truncate(*ptr_len);
            }
            None => {
                self.root = Some(value);
                self.pointer.clear();
            }
        }
    }
}

/// Appends `/N` to a pointer, without the formatting machinery (once per
/// list item).
fn push_index(pointer: &mut String, n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    pointer.push('/');
    pointer.extend(digits[at..].iter().map(|&d| char::from(d)));
}

/// Applies the depth and node limits to a value tree built in code, as the
/// loader applies them to text: a collection may have at most
/// `max_depth` collections around it, and the tree at most `max_nodes`
/// nodes. Iterative, so any depth is safe to check.
pub(crate) fn check_value_limits(value: &Value, limits: &Limits) -> Result<(), LoadProblem> {
    let mut nodes = 1usize;
    let mut stack = vec![(value, 0usize)];
    while let Some((v, depth)) = stack.pop() {
        let count = match v {
            Value::Array(items) => items.len(),
            Value::Object(map) => map.len(),
            _ => continue,
        };
        if depth >= limits.max_depth {
            return Err(LoadProblem::limit(
                Span::default(),
                EngineText::TooDeep,
                &[("max", limits.max_depth)],
            ));
        }
        nodes = nodes.saturating_add(count);
        if nodes > limits.max_nodes {
            return Err(LoadProblem::limit(
                Span::default(),
                EngineText::TooManyNodes,
                &[("max", limits.max_nodes)],
            ));
        }
        match v {
            Value::Array(items) => stack.extend(items.iter().map(|c| (c, depth + 1))),
            Value::Object(map) => stack.extend(map.values().map(|c| (c, depth + 1))),
            _ => {}
        }
    }
    Ok(())
}

/// A tag outside the core schema. The tag itself is never shown: it is
/// document text (`!depresjon`), and so is a `%TAG` prefix or a verbatim tag.
fn unsupported_tag(span: Span) -> LoadProblem {
    let (id, args) = syntax::Mistake::Tag.text("");
    LoadProblem::syntax(span, id, args)
}

/// A YAML syntax error, explained (see [`crate::load::syntax`]).
fn syntax_error(at: usize, info: &str, text: &str) -> LoadProblem {
    let (mistake, span) = syntax::classify(info, text, at);
    let (id, args) = mistake.text(info);
    LoadProblem::syntax(span, id, args)
}

/// Resolves a scalar by the YAML 1.2 core schema. Non-finite floats
/// (`.inf`, `.nan`) have no JSON form and stay text.
fn resolve_scalar(
    text: std::borrow::Cow<'_, str>,
    style: ScalarStyle,
    tag: Option<&Tag>,
    span: Span,
) -> Result<Value, LoadProblem> {
    if let Some(tag) = tag {
        if !tag.is_yaml_core_schema() {
            return Err(unsupported_tag(span));
        }
        if tag.suffix == "str" {
            return Ok(Value::String(text.into_owned()));
        }
        let resolved = plain_scalar(text);
        let ok = match tag.suffix.as_str() {
            "null" => resolved.is_null(),
            "bool" => resolved.is_boolean(),
            "int" => resolved.is_i64() || resolved.is_u64(),
            "float" => resolved.is_number(),
            _ => return Err(unsupported_tag(span)),
        };
        if !ok {
            return Err(LoadProblem::syntax(
                span,
                EngineText::TagMismatch,
                vec![("tag", tag.suffix.clone())],
            ));
        }
        return Ok(resolved);
    }
    if style != ScalarStyle::Plain {
        return Ok(Value::String(text.into_owned()));
    }
    Ok(plain_scalar(text))
}

fn plain_scalar(owned: std::borrow::Cow<'_, str>) -> Value {
    let text: &str = &owned;
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    let b = text.as_bytes();
    let digits = |s: &[u8]| !s.is_empty() && s.iter().all(u8::is_ascii_digit);
    let unsigned = b
        .strip_prefix(b"-")
        .or_else(|| b.strip_prefix(b"+"))
        .unwrap_or(b);
    if digits(unsigned) {
        if let Ok(i) = text.parse::<i64>() {
            return Value::Number(i.into());
        }
        if let Ok(u) = text.trim_start_matches('+').parse::<u64>() {
            return Value::Number(u.into());
        }
        if let Some(n) = text.parse::<f64>().ok().and_then(Number::from_f64) {
            return Value::Number(n);
        }
    }
    if let Some(oct) = text.strip_prefix("0o")
        && let Ok(i) = i64::from_str_radix(oct, 8)
    {
        return Value::Number(i.into());
    }
    if let Some(hex) = text.strip_prefix("0x")
        && let Ok(i) = i64::from_str_radix(hex, 16)
    {
        return Value::Number(i.into());
    }
    if is_core_float(unsigned)
        && let Some(n) = text.parse::<f64>().ok().and_then(Number::from_f64)
    {
        return Value::Number(n);
    }
    Value::String(owned.into_owned())
}

/// `(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?` without the sign.
fn is_core_float(b: &[u8]) -> bool {
    let mut i = 0;
    let int_digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        i += frac_digits;
    }
    if int_digits == 0 && frac_digits == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp == 0 {
            return false;
        }
        i += exp;
    }
    i == b.len()
}

/// saphyr-parser 0.3 ends the span of a quoted scalar where its scanner
/// stopped, which takes in the blanks and a comment after the closing
/// quote. This ends it at the closing quote: `''` is an escaped quote in a
/// single-quoted scalar, `\` escapes the next character in a double-quoted
/// one.
///
/// The span of a node with properties (an anchor `&a`, a tag `!!str`)
/// starts at the first of them; the quote is looked for after them.
fn quoted_span(text: &str, span: Span, style: ScalarStyle) -> Span {
    let b = text.as_bytes();
    let quote = match style {
        ScalarStyle::SingleQuoted => b'\'',
        ScalarStyle::DoubleQuoted => b'"',
        _ => return span,
    };
    let open = after_properties(text, span);
    if b.get(open) != Some(&quote) {
        return span;
    }
    let mut i = open + 1;
    while i < span.end.min(b.len()) {
        match b[i] {
            b'\\' if quote == b'"' => i += 2,
            c if c == quote => {
                if quote == b'\'' && b.get(i + 1) == Some(&b'\'') {
                    i += 2;
                } else {
                    return Span::new(span.start, i + 1);
                }
            }
            _ => i += 1,
        }
    }
    span
}

/// Where the content of the node at `span` starts: after its properties (an
/// anchor `&a` and a tag `!t`, `!!str` or `!<…>`, in either order) and the
/// blanks, line breaks and comments between them and the content. The
/// start of `span` when the node has none. Never past `span`'s end.
pub(crate) fn after_properties(text: &str, span: Span) -> usize {
    let b = text.as_bytes();
    let end = span.end.min(b.len());
    let mut i = span.start.min(end);
    while i < end && matches!(b[i], b'&' | b'!') {
        // An anchor's or tag's characters run to a blank, a line break or
        // a flow indicator.
        while i < end
            && !matches!(
                b[i],
                b' ' | b'\t' | b'\n' | b'\r' | b',' | b'[' | b']' | b'{' | b'}'
            )
        {
            i += 1;
        }
        loop {
            while i < end && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
                i += 1;
            }
            if i < end && b[i] == b'#' {
                i = crate::input::position::content_end(text, i).min(end);
            } else {
                break;
            }
        }
    }
    i
}

/// The comments of a YAML text. saphyr-parser emits no comment events, but
/// it gives every scalar a span that covers its content (quoted and block
/// scalars included), so a `#` that lies outside every scalar and follows
/// whitespace or starts a line begins a comment, which runs to the end of
/// the line. A `#` inside a plain scalar (`a#b`) follows no whitespace; one
/// inside a quoted or block scalar lies within the scalar's span.
fn collect_comments(text: &str, scalars: &mut [Span]) -> Vec<Span> {
    scalars.sort_unstable_by_key(|s| s.start);
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut next = 0; // the first scalar that may still lie ahead
    let mut i = 0;
    while i < b.len() {
        // Skip scalars that end before `i`; jump over one that covers it.
        while next < scalars.len() && scalars[next].end <= i {
            next += 1;
        }
        if let Some(s) = scalars.get(next)
            && s.start <= i
        {
            i = s.end.max(i + 1);
            continue;
        }
        let stop = scalars.get(next).map_or(b.len(), |s| s.start);
        let rest = &b[i..stop];
        let Some(k) = rest.iter().position(|&c| c == b'#') else {
            i = stop.max(i + 1);
            continue;
        };
        let at = i + k;
        if at == 0 || matches!(b[at - 1], b' ' | b'\t' | b'\n' | b'\r') {
            let end = crate::input::position::content_end(text, at);
            out.push(Span::new(at, end));
            i = end;
        } else {
            i = at + 1;
        }
    }
    out
}

#[cfg(test)]
mod comment_tests {
    use super::*;

    fn comments(text: &str) -> Vec<&str> {
        let d = load(text, SourceKind::Yaml, &Limits::default()).unwrap();
        d.comments().iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn comments_are_found_outside_scalars_only() {
        let text = "# top\nformat: x # after\na: \"q # not\" # yes\nb: 'it''s # not' #c\n\
                    c: a#b\nd: |\n  # inside block\n  text\n# after block\n\
                    e: [1, 2] # flow\nf: {g: \"#\"} #h\ni: don't # j\n\
                    k: \"multi\n  # line\" # l\nm: >\n  folded # no\n\n  more\n#\n";
        assert_eq!(
            comments(text),
            vec![
                "# top",
                "# after",
                "# yes",
                "#c",
                "# after block",
                "# flow",
                "#h",
                "# j",
                "# l",
                "#"
            ]
        );
    }

    /// Issue 23, item 7: the span of a quoted scalar with an anchor or a
    /// tag took in the comment after it.
    #[test]
    fn comments_after_anchors_and_tags_are_found() {
        let text = "a: &n \"K # no\"  # one\nb: !!str 'x # no' # two\nc: &p !!str plain # three\n\
                    d: &m [a, &q \"b\" # four\n  ]\ne: !!map {k: &w 'v'} # five\n\
                    f: &k # six\n  \"x\" # seven\ng: !!str &t\r\n  'y' #eight\r\n";
        assert_eq!(
            comments(text),
            vec![
                "# one", "# two", "# three", "# four", "# five", "# six", "# seven", "#eight"
            ]
        );
    }

    #[test]
    fn comments_in_flow_collections_and_crlf() {
        let text = "a: [1, # one\r\n  2]\r\nb: x\t# tab\r\n";
        assert_eq!(comments(text), vec!["# one", "# tab"]);
        let text = "a:\n  - x # one\n  - 'y#' #two\n  -   # empty\n";
        assert_eq!(comments(text), vec!["# one", "#two", "# empty"]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::decode::{ProblemKind, decode};

    #[test]
    fn a_name_declares_its_kind() {
        for (path, kind) in [
            ("referat.json", SourceKind::Json),
            ("a/b.yaml", SourceKind::Yaml),
            ("C:\\minutes\\r.yml", SourceKind::Yaml),
            ("dir.json/referat", SourceKind::Auto),
            (".json", SourceKind::Auto),
            ("-", SourceKind::Auto),
            ("referat.JSON", SourceKind::Auto),
            ("", SourceKind::Auto),
        ] {
            assert_eq!(SourceKind::from_path(path), kind, "{path}");
        }
    }
    use crate::input::position::LineIndex;
    use serde_json::json;

    fn doc(text: &str) -> Document {
        load(text, SourceKind::Auto, &Limits::default()).unwrap()
    }

    #[test]
    fn a_document_can_be_shared_between_threads() {
        fn shared<T: Send + Sync>() {}
        shared::<Document>();
    }

    #[test]
    fn a_control_character_is_found_where_it_is() {
        for at in [0, 1, 63, 64, 65, 127, 128, 200] {
            let mut text = "a: ø\t\r\n".repeat(40);
            while !(text.is_char_boundary(at) && text.is_char_boundary(at + 1)) {
                text.insert(0, 'x');
            }
            text.replace_range(at..at + 1, "\u{7}");
            let p = control_character(&text).unwrap();
            assert_eq!(p.span, Span::new(at, at + 1), "{at}");
        }
        assert!(control_character(&"a: ø\t\r\n".repeat(40)).is_none());
    }

    fn at(text: &str, d: &Document, ptr: &str) -> (usize, usize) {
        let p = LineIndex::new(text).position(d.span_of(ptr).unwrap().value.start);
        (p.line, p.column)
    }

    #[test]
    fn core_schema_scalars() {
        let d = doc(
            "a: yes\nb: 2026-01-05\nc: 0o17\nd: 9.00\ne: 08.09.2026\nf: ~\ng: '1'\nh: .inf\ni: 1e3\nj: 09:00\n",
        );
        assert_eq!(
            d.value(),
            &json!({"a": "yes", "b": "2026-01-05", "c": 15, "d": 9.0, "e": "08.09.2026", "f": null, "g": "1", "h": ".inf", "i": 1000.0, "j": "09:00"})
        );
    }

    #[test]
    fn positions_of_nested_keys_sequences_and_flow() {
        let text = "meeting:\n  date: 2026-11-16\nparticipants:\n  - role: lege\n    name: Å B\n  - {role: bht, attended: false}\n";
        let d = doc(text);
        assert_eq!(at(text, &d, "/meeting/date"), (2, 9));
        assert_eq!(at(text, &d, "/participants/0/role"), (4, 11));
        assert_eq!(at(text, &d, "/participants/1"), (6, 5));
        assert_eq!(at(text, &d, "/participants/1/attended"), (6, 27));
        let key = d.span_of("/participants/0/name").unwrap().key.unwrap();
        assert_eq!(LineIndex::new(text).position(key.start).column, 5);
    }

    #[test]
    fn list_indices_are_written_in_decimal() {
        for n in [0, 7, 10, 99, 100, 12_345, usize::MAX] {
            let mut p = "/a".to_owned();
            push_index(&mut p, n);
            assert_eq!(p, format!("/a/{n}"));
        }
    }

    #[test]
    fn every_node_is_found_by_its_pointer_and_no_other() {
        let text = "z: 1\na/b: {c~d: [x, {e: 2}]}\na: [[], {}]\n\"\": q\nb: &x {k: v}\nc: *x\n";
        let d = doc(text);
        let expected = [
            ("", "z"),
            ("/z", "1"),
            ("/a~1b", "{"),
            ("/a~1b/c~0d", "["),
            ("/a~1b/c~0d/0", "x"),
            ("/a~1b/c~0d/1", "{"),
            ("/a~1b/c~0d/1/e", "2"),
            ("/a", "["),
            ("/a/0", "[]"),
            ("/a/1", "{}"),
            ("/", "q"),
            ("/b", "&x {"),
            ("/b/k", "v"),
            ("/c", "*x"),
        ];
        for (ptr, starts) in expected {
            assert!(d.has_span(ptr), "{ptr:?}");
            let s = d.span_of(ptr).unwrap().value;
            assert!(text[s.start..].starts_with(starts), "{ptr:?} at {s:?}");
        }
        // Inside an alias, or missing: the nearest ancestor that has a span.
        for (ptr, ancestor) in [
            ("/c/k", "/c"),
            ("/a/2", "/a"),
            ("/zz/y", ""),
            ("/a~1b/c~0d/9", "/a~1b/c~0d"),
        ] {
            assert!(!d.has_span(ptr), "{ptr:?}");
            assert_eq!(d.span_of(ptr), d.span_of(ancestor), "{ptr:?}");
        }
    }

    #[test]
    fn positions_in_multiline_strings_and_after_them() {
        let text = "a: |\n  one\n  two\nb: >-\n  x\n  y\nc: \"multi\n  line\"\nd: 1\n";
        let d = doc(text);
        assert_eq!(d.value()["a"], json!("one\ntwo\n"));
        assert_eq!(at(text, &d, "/b"), (5, 3));
        assert_eq!(at(text, &d, "/d"), (9, 4));
    }

    #[test]
    fn positions_in_json_with_tabs_and_crlf() {
        let text = "{\r\n\t\"meeting\":\t{\"date\": \"2026-11-16\"},\r\n\t\"x\": [1, \"æ\\tø\", true]\r\n}";
        let d = load(text, SourceKind::Json, &Limits::default()).unwrap();
        assert_eq!(d.value()["x"][1], json!("æ\tø"));
        assert_eq!(at(text, &d, "/meeting/date"), (2, 22));
        assert_eq!(at(text, &d, "/x/2"), (3, 19));
    }

    #[test]
    fn positions_with_crlf_in_yaml() {
        let text = "a: 1\r\nb:\r\n  c: ø\r\n  d: x\r\n";
        let d = doc(text);
        assert_eq!(at(text, &d, "/b/d"), (4, 6));
    }

    #[test]
    fn keys_with_slash_and_tilde_are_escaped() {
        let text = "a/b: 1\n\"~c\": 2\n";
        let d = doc(text);
        assert_eq!(at(text, &d, "/a~1b"), (1, 6));
        assert_eq!(at(text, &d, "/~0c"), (2, 7));
    }

    #[test]
    fn duplicate_keys_are_each_reported() {
        let errs = load(
            "date: 1\nb: 2\ndate: 3\nb: 4\n",
            SourceKind::Yaml,
            &Limits::default(),
        )
        .unwrap_err();
        assert_eq!(errs.len(), 2);
        assert_eq!(errs[0].span.start, 13);
        assert_eq!(errs[0].message().message.en, "duplicate key `date`");
        // A key that is no word of the format may be free text: not shown.
        assert_eq!(errs[1].message().message.en, "duplicate key");
        for key in ["depresjon", "ola", "kate", "15058500027"] {
            let errs = load(
                &format!("{key}: 1\n{key}: 2\n"),
                SourceKind::Yaml,
                &Limits::default(),
            )
            .unwrap_err();
            assert_eq!(errs.len(), 1);
            assert!(!format!("{:?}", errs[0]).contains(key), "{key}");
        }
    }

    #[test]
    fn tags_are_never_shown() {
        for text in [
            "name: !depresjon-og-angst Kari\n",
            "%TAG ! tag:depresjon.example,2000:\n---\nname: !angst Kari\n",
            "%TAG !d! tag:depresjon.example,2000:\n---\nname: !d!angst Kari\n",
            "name: !<tag:depresjon.example,2000:angst> Kari\n",
            "name: !!depresjon Kari\n",
            "name: !depresjon [Kari]\n",
            "name: !depresjon {a: Kari}\n",
            "name: !d!angst Kari\n",
        ] {
            let errs = load(text, SourceKind::Yaml, &Limits::default()).unwrap_err();
            let all = format!("{errs:?}");
            assert!(
                !all.contains("depresjon") && !all.contains("angst") && !all.contains("Kari"),
                "{text}: {all}"
            );
            assert_eq!(errs[0].kind, ProblemKind::Syntax);
            assert_eq!(
                errs[0].message().message.en,
                "a YAML tag (`!…`) is not supported",
                "{text}"
            );
        }
    }

    #[test]
    fn second_document_is_an_error() {
        let errs = load("a: 1\n---\nb: 2\n", SourceKind::Yaml, &Limits::default()).unwrap_err();
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].kind, ProblemKind::Syntax);
    }

    #[test]
    fn alias_bomb_hits_the_limit() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let prev = i - 1;
            text.push_str(&format!("a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"));
        }
        let errs = load(&text, SourceKind::Yaml, &Limits::default()).unwrap_err();
        assert_eq!(errs[0].kind, ProblemKind::Limit);
    }

    #[test]
    fn deep_nesting_hits_the_limit() {
        let text = "[".repeat(200) + &"]".repeat(200);
        let errs = load(
            &text,
            SourceKind::Yaml,
            &Limits::default().with_max_depth(64),
        )
        .unwrap_err();
        assert_eq!(errs[0].kind, ProblemKind::Limit);
        let mut block = String::new();
        for i in 0..100 {
            block.push_str(&" ".repeat(i));
            block.push_str("a:\n");
        }
        let errs = load(&block, SourceKind::Yaml, &Limits::default()).unwrap_err();
        assert_eq!(errs[0].kind, ProblemKind::Limit);
    }

    #[test]
    fn tags_other_than_core_are_rejected() {
        assert!(load("a: !!binary aGk=\n", SourceKind::Yaml, &Limits::default()).is_err());
        assert!(load("a: !foo x\n", SourceKind::Yaml, &Limits::default()).is_err());
        assert_eq!(doc("a: !!str 12\n").value(), &json!({"a": "12"}));
    }

    #[test]
    fn decode_names_the_encoding() {
        let e = decode(b"a: \xe6\n").unwrap_err();
        assert!(e.message().message.en.contains("Latin-1"));
        assert!(
            decode(b"\xff\xfea\x00:\x00")
                .unwrap_err()
                .message()
                .message
                .en
                .contains("UTF-16")
        );
        assert_eq!(decode(b"\xef\xbb\xbfa: 1").unwrap(), ("a: 1", 3));
    }

    #[test]
    fn syntax_errors_do_not_quote_the_input() {
        let errs = load("a: 1\n@x: 2\n", SourceKind::Yaml, &Limits::default()).unwrap_err();
        assert_eq!(
            errs[0].message().message.en,
            "a value cannot start with `@`"
        );
        assert_eq!(errs[0].span.start, 5);
    }

    #[test]
    fn json_files_must_be_strict_json() {
        let text = "{\"a\": 1,\n \"b\": [1, 2,]}";
        let errs = load(text, SourceKind::Json, &Limits::default()).unwrap_err();
        assert_eq!(errs[0].message().message.en, "a comma after the last item");
        assert_eq!(&text[errs[0].span.start..errs[0].span.end], "]");
        // The same text is valid YAML flow syntax.
        assert!(load(text, SourceKind::Yaml, &Limits::default()).is_ok());
        let errs = load("{\"a\": 1 // x\n}", SourceKind::Json, &Limits::default()).unwrap_err();
        assert_eq!(errs[0].span.start, 8, "the first `/`");
    }

    #[test]
    fn empty_and_comment_only_are_null() {
        assert_eq!(doc("").value(), &Value::Null);
        assert_eq!(doc("# x\n").value(), &Value::Null);
    }
}
