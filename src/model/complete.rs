//! Completion and key documentation from the schema, for editors (the
//! language server) and forms: what may be written at a place in a document.
//!
//! The document is YAML being typed, so often broken: the place of the
//! cursor is found by a tolerant scan of the lines above it (indentation,
//! `- ` items, `key:`), not by the loader. Block style only; in a JSON or
//! flow-style document there is nothing to offer but values in `[…]`.
//! Every word and text offered comes from the schema
//! (`schema/dialogmote1.schema.json`: `properties`, `enum`, the `x-doc` of
//! each key and the `x-values` texts of the enum values), never from the
//! document.

use std::ops::Range;
use std::sync::OnceLock;

use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde_json::Value;

use crate::base::format::{Format, PLAN_FORMAT};
use crate::texts::Text;

/// What a completion inserts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CompletionKind {
    /// A mapping key valid at the place.
    Key,
    /// A value of an enum (a role, a measure, a decision, a mode).
    Value,
    /// A block to fill in (a new participant or action).
    Snippet,
}

/// One thing that may be written at a place.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Completion {
    /// What the list shows (a schema word, never document text).
    pub label: String,
    /// Key, value or snippet.
    pub kind: CompletionKind,
    /// The text to insert; for a snippet, in LSP snippet syntax (`$1`,
    /// `${2:placeholder}`, `$0`). Line breaks are the document's own (`\r\n`
    /// in a CRLF document); later lines carry their indentation.
    pub insert_text: String,
    /// Whether `insert_text` is snippet syntax.
    pub is_snippet: bool,
    /// A short line shown beside the label, in every language.
    pub detail: Option<Text>,
    /// The guide's wording for the key or value, in every language.
    pub documentation: Option<Text>,
    /// The bytes of the text that `insert_text` replaces: the word partly
    /// typed around the cursor (empty, at the cursor, when there is none).
    pub replace: Range<usize>,
}

/// What may be written at byte `offset` of `text` (a YAML document, possibly
/// broken while being typed): the keys the schema allows in the mapping
/// around the cursor that are not there yet, the enum values of the key
/// whose value is being written, and snippets for new list items.
///
/// An offset past the end, or inside a character, is moved back to a
/// character boundary. Inside a comment or a block of text (`|`), nothing
/// is offered.
///
/// ```
/// let text = "format: dialogmote1/v1\nmeeting:\n  mode: \n";
/// let offered = dialogmote::complete(text, text.find("mode: ").unwrap() + 6);
/// let labels: Vec<_> = offered.iter().map(|c| c.label.as_str()).collect();
/// assert_eq!(labels, ["in_person", "video", "phone", "hybrid"]);
/// ```
pub fn complete(text: &str, offset: usize) -> Vec<Completion> {
    let Some(schema) = schema(format_of_text(text)) else {
        return Vec::new();
    };
    let Some(cursor) = Cursor::new(text, offset) else {
        return Vec::new();
    };
    cursor.complete(schema)
}

/// The documentation of the key (or enum value) at byte `offset` of `text`,
/// from the schema, in every language: for hover.
///
/// ```
/// let text = "format: dialogmote1/v1\nmeeting:\n  mode: video\n";
/// let doc = dialogmote::describe(text, text.find("video").unwrap()).unwrap();
/// assert_eq!(doc.nb, "Videomøte");
/// ```
pub fn describe(text: &str, offset: usize) -> Option<Text> {
    let schema = schema(format_of_text(text))?;
    Cursor::new(text, offset)?.describe(schema)
}

// ---------------------------------------------------------------------------
// The schema, as completion reads it: properties in the schema's order.

/// One schema node: only what completion needs.
#[derive(Debug, Default, Deserialize)]
struct Node {
    #[serde(rename = "$ref")]
    reference: Option<String>,
    #[serde(default, deserialize_with = "ordered")]
    properties: Vec<(String, Node)>,
    items: Option<Box<Node>>,
    #[serde(rename = "enum", default)]
    values: Vec<Value>,
    #[serde(rename = "const")]
    constant: Option<Value>,
    #[serde(rename = "type")]
    ty: Option<Value>,
    #[serde(rename = "x-doc")]
    doc: Option<Text>,
    #[serde(rename = "$defs", default, deserialize_with = "ordered")]
    defs: Vec<(String, Node)>,
    /// The texts of the enum values (and measure keys), at the root.
    #[serde(rename = "x-values", default, deserialize_with = "ordered")]
    value_docs: Vec<(String, Text)>,
}

/// A JSON object as its entries in the order written.
fn ordered<'de, D, T>(d: D) -> Result<Vec<(String, T)>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Entries<T>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for Entries<T> {
        type Value = Vec<(String, T)>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = Vec::new();
            while let Some(entry) = map.next_entry::<String, T>()? {
                out.push(entry);
            }
            Ok(out)
        }
    }
    d.deserialize_map(Entries(std::marker::PhantomData))
}

/// The shipped schema of `format`, read once; `None` only if it does not
/// parse (a test proves it does).
fn schema(format: Format) -> Option<&'static Node> {
    static SCHEMAS: [OnceLock<Option<Node>>; 2] = [OnceLock::new(), OnceLock::new()];
    SCHEMAS[format as usize]
        .get_or_init(|| serde_json::from_str(format.schema_json()).ok())
        .as_ref()
}

/// The format a document being edited says it is: a plan when its
/// top-level `format` (YAML, or a JSON member) is `oppfolgingsplan1/v1`,
/// else a referat (also while `format` is not written yet).
fn format_of_text(text: &str) -> Format {
    let plan = text.lines().any(|line| {
        let yaml = line
            .strip_prefix("format:")
            .is_some_and(|v| v.trim().trim_matches(['"', '\'']).starts_with(PLAN_FORMAT));
        let json = line.trim_start().starts_with("\"format\"") && line.contains(PLAN_FORMAT);
        yaml || json
    }) || (text.trim_start().starts_with('{')
        && text.contains(&format!("\"format\":\"{PLAN_FORMAT}\"")));
    if plan { Format::Plan } else { Format::Referat }
}

impl Node {
    /// `self`, with `$ref`s (`#/$defs/NAME`) followed.
    fn resolve<'a>(&'a self, root: &'a Node) -> &'a Node {
        let mut node = self;
        for _ in 0..8 {
            let Some(name) = node
                .reference
                .as_deref()
                .and_then(|r| r.strip_prefix("#/$defs/"))
            else {
                break;
            };
            match root.defs.iter().find(|(n, _)| n == name) {
                Some((_, def)) => node = def,
                None => break,
            }
        }
        node
    }

    fn property<'a>(&'a self, root: &'a Node, key: &str) -> Option<&'a Node> {
        let node = self.resolve(root);
        node.properties
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, n)| n)
    }

    /// The node at `path` below `self`.
    fn at<'a>(&'a self, root: &'a Node, path: &[Seg]) -> Option<&'a Node> {
        let mut node = self;
        for seg in path {
            node = match seg {
                Seg::Key(k) => node.property(root, k)?,
                Seg::Item => node.resolve(root).items.as_deref()?,
            };
        }
        Some(node.resolve(root))
    }

    fn value_doc(&self, word: &str) -> Option<Text> {
        self.value_docs
            .iter()
            .find(|(w, _)| w == word)
            .map(|(_, t)| t.clone())
    }

    /// The documentation of the property `key` (node `prop`): its own
    /// `x-doc`, that of the definition it refers to, or the text of the
    /// word (a measure).
    fn key_doc(&self, key: &str, prop: &Node) -> Option<Text> {
        prop.doc
            .clone()
            .or_else(|| prop.resolve(self).doc.clone())
            .or_else(|| self.value_doc(key))
    }

    fn allows(&self, ty: &str) -> bool {
        match &self.ty {
            Some(Value::String(s)) => s == ty,
            Some(Value::Array(a)) => a.iter().any(|t| t.as_str() == Some(ty)),
            _ => false,
        }
    }

    /// The words a value may be: the enum's strings, the constant, or
    /// `true` and `false`.
    fn words(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self.values.iter().filter_map(Value::as_str).collect();
        out.extend(self.constant.as_ref().and_then(Value::as_str));
        if out.is_empty() && self.allows("boolean") {
            out.extend(["true", "false"]);
        }
        out
    }
}

// ---------------------------------------------------------------------------
// The scan: where in the document's mappings and lists each line stands.

/// One step of a path: a key, or an item of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Seg {
    Key(String),
    Item,
}

/// An open mapping entry or list item above the line being read.
#[derive(Debug, Clone)]
struct Frame {
    col: usize,
    seg: Seg,
    id: usize,
    /// A key with its value on its own line, or an item with a scalar: it
    /// holds nothing below it.
    leaf: bool,
}

/// The open frames, innermost last, and what has been seen.
#[derive(Debug, Clone, Default)]
struct Scan {
    stack: Vec<Frame>,
    next_id: usize,
    /// The column of a key whose value is a block of text (`|`, `>`): more
    /// indented lines below it are text.
    block: Option<usize>,
    /// Every key seen: (the frame it belongs to, its name, its line).
    keys: Vec<(usize, String, usize)>,
    /// Every list item that is a plain value (`- nav`): (the frame of its
    /// list, the value, its line).
    scalars: Vec<(usize, String, usize)>,
}

/// A line's structure: its `- ` markers and its key, if any.
#[derive(Debug, Default)]
struct Shape<'a> {
    /// The column of each `- `.
    items: Vec<usize>,
    /// Where the content after the indentation and markers starts.
    col: usize,
    /// The key: its name, its span in the line (the name, quotes included),
    /// and the line's text after the `:`.
    key: Option<(String, Range<usize>, usize)>,
    /// The content after the markers (and after `key:`), comment removed.
    rest: &'a str,
    /// Where `rest` starts in the line.
    rest_at: usize,
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// Reads the structure of `line` (without its line break).
fn shape(line: &str) -> Shape<'_> {
    let mut s = Shape::default();
    let mut at = indent(line);
    loop {
        let rest = &line[at..];
        if rest == "-" || rest.starts_with("- ") {
            s.items.push(at);
            at += 1;
            at += indent(&line[at..]);
        } else {
            break;
        }
    }
    s.col = at;
    let content = &line[at..];
    if let Some((name, len, after)) = split_key(content) {
        s.key = Some((name, at..at + len, at + after));
        at += after;
    }
    let rest = &line[at..];
    let lead = rest.len() - rest.trim_start().len();
    s.rest_at = at + lead;
    s.rest = strip_comment(&rest[lead..]).trim_end();
    s
}

/// `content` as `key: …`: the key's name, its length in bytes, and where the
/// text after the `:` starts. `None` when the content is not a key (a
/// scalar, a comment, flow style).
fn split_key(content: &str) -> Option<(String, usize, usize)> {
    let first = content.chars().next()?;
    if let Some(quote @ ('"' | '\'')) = Some(first) {
        let close = content[1..].find(quote)? + 1;
        let after = &content[close + 1..];
        let colon = close + 1 + (after.len() - after.trim_start_matches(' ').len());
        let rest = &content[colon..];
        if rest.starts_with(':')
            && rest[1..]
                .chars()
                .next()
                .is_none_or(|c| c == ' ' || c == '\t')
        {
            return Some((content[1..close].to_owned(), close + 1, colon + 1));
        }
        return None;
    }
    if matches!(
        first,
        '#' | '[' | '{' | '?' | '|' | '>' | '&' | '*' | '!' | '%' | '@' | '`'
    ) {
        return None;
    }
    let bytes = content.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' if i > 0 && matches!(bytes[i - 1], b' ' | b'\t') => return None,
            b':' if bytes.get(i + 1).is_none_or(|b| matches!(b, b' ' | b'\t')) => {
                let name = content[..i].trim_end();
                if name.is_empty() {
                    return None;
                }
                return Some((name.to_owned(), name.len(), i + 1));
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// `s` without a trailing `# comment` (a `#` at the start or after a space,
/// outside quotes).
fn strip_comment(s: &str) -> &str {
    let bytes = s.as_bytes();
    let mut quote = None;
    for (i, &b) in bytes.iter().enumerate() {
        match (quote, b) {
            (None, b'"' | b'\'') if i == 0 || bytes[i - 1] == b' ' => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'#') if i == 0 || matches!(bytes[i - 1], b' ' | b'\t') => return &s[..i],
            _ => {}
        }
    }
    s
}

impl Scan {
    /// Opens a node at `col`: closes the frames it ends, and returns the id
    /// of the frame it belongs to (0 for the document) and its own.
    fn open(&mut self, col: usize, seg: Seg) -> (usize, usize) {
        self.close_for(col, &seg);
        let parent = self.stack.last().map_or(0, |f| f.id);
        self.next_id += 1;
        let id = self.next_id;
        self.stack.push(Frame {
            col,
            seg,
            id,
            leaf: false,
        });
        (parent, id)
    }

    /// Closes the frames a node of kind `seg` at `col` ends.
    fn close_for(&mut self, col: usize, seg: &Seg) {
        while let Some(top) = self.stack.last() {
            let ends = top.col > col
                || (top.col == col
                    && match (&top.seg, seg) {
                        // A list directly under its key (`key:\n- item`).
                        (Seg::Key(_), Seg::Item) => top.leaf,
                        _ => true,
                    });
            if !ends {
                break;
            }
            self.stack.pop();
        }
    }

    fn path(&self) -> Vec<Seg> {
        self.stack.iter().map(|f| f.seg.clone()).collect()
    }

    fn parent_id(&self) -> usize {
        self.stack.last().map_or(0, |f| f.id)
    }

    /// Whether a line indented `col` is inside a block of text.
    fn in_block(&self, col: usize) -> bool {
        self.block.is_some_and(|b| col > b)
    }

    /// Reads one line (line number `n`).
    fn line(&mut self, n: usize, line: &str) {
        let trimmed = line.trim();
        if self.in_block(indent(line)) || (self.block.is_some() && trimmed.is_empty()) {
            return;
        }
        self.block = None;
        if trimmed.is_empty() || trimmed.starts_with('#') {
            return;
        }
        if line.starts_with("---") || line.starts_with("...") || line.starts_with('%') {
            self.stack.clear();
            return;
        }
        let s = shape(line);
        for &col in &s.items {
            self.open(col, Seg::Item);
        }
        match &s.key {
            Some((name, _, _)) => {
                let (parent, _) = self.open(s.col, Seg::Key(name.clone()));
                self.keys.push((parent, name.clone(), n));
                let value = s.rest;
                if value.starts_with('|') || value.starts_with('>') {
                    self.block = Some(s.col);
                } else if !value.is_empty() {
                    self.mark_leaf();
                }
            }
            None if !s.items.is_empty() && !s.rest.is_empty() => {
                let list = self.stack.iter().rev().nth(1).map_or(0, |f| f.id);
                let word = s.rest.trim_matches(['"', '\'']).to_owned();
                self.scalars.push((list, word, n));
                self.mark_leaf();
            }
            None => {}
        }
    }

    fn mark_leaf(&mut self) {
        if let Some(top) = self.stack.last_mut() {
            top.leaf = true;
        }
    }
}

/// The lines of `text`, split at the line breaks the loader and the line
/// index count (`\n`, `\r\n`, a lone `\r`): (start offset, text without the
/// line break, length with the `\r` of a `\r\n` but without its `\n`).
fn lines(text: &str) -> impl Iterator<Item = (usize, &str, usize)> {
    let mut start = Some(0);
    std::iter::from_fn(move || {
        let at = start?;
        let end = crate::input::position::content_end(text, at);
        let brk = crate::input::position::break_len(text.as_bytes(), end);
        start = (brk > 0).then_some(end + brk);
        Some((at, &text[at..end], end - at + brk.saturating_sub(1)))
    })
}

// ---------------------------------------------------------------------------
// The cursor.

/// A cursor in a document: the scan of the lines above it and its line.
struct Cursor<'a> {
    text: &'a str,
    offset: usize,
    /// The cursor's line, its number and where it starts.
    line: &'a str,
    line_no: usize,
    line_start: usize,
    /// The scan of the lines above the cursor's line.
    above: Scan,
    /// The scan of the whole document.
    all: Scan,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str, offset: usize) -> Option<Cursor<'a>> {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let mut all = Scan::default();
        let mut found = None;
        for (n, (start, line, len)) in lines(text).enumerate() {
            if found.is_none() && offset <= start + len {
                found = Some((n, start, line, all.clone()));
            }
            all.line(n, line);
        }
        let (line_no, line_start, line, above) = found?;
        Some(Cursor {
            text,
            offset,
            line,
            line_no,
            line_start,
            above,
            all,
        })
    }

    /// The cursor's column in its line, in bytes (within the line's text,
    /// so never inside the `\r` of a CRLF).
    fn col(&self) -> usize {
        (self.offset - self.line_start).min(self.line.len())
    }

    fn newline(&self) -> &'static str {
        if self.text.contains("\r\n") {
            "\r\n"
        } else if self.text.contains('\r') && !self.text.contains('\n') {
            "\r"
        } else {
            "\n"
        }
    }

    /// The keys already in the mapping of frame `parent`, but for the
    /// cursor's line.
    fn present(&self, parent: usize) -> Vec<&str> {
        self.seen(&self.all.keys, parent)
    }

    /// The values already in the list of frame `list` (`- nav`), but for
    /// the cursor's line.
    fn listed(&self, list: usize) -> Vec<&str> {
        self.seen(&self.all.scalars, list)
    }

    /// The words of `seen` (keys or list values) in `frame`, but for the
    /// cursor's line.
    fn seen<'s>(&self, seen: &'s [(usize, String, usize)], frame: usize) -> Vec<&'s str> {
        seen.iter()
            .filter(|(f, _, n)| *f == frame && *n != self.line_no)
            .map(|(_, w, _)| w.as_str())
            .collect()
    }

    /// The word around the cursor that a completion replaces: from `from`
    /// (in the line) to the cursor, and on through word characters after it.
    fn replace(&self, from: usize) -> Range<usize> {
        let col = self.col();
        let from = from.min(col);
        let after = self.line[col..]
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-' || c == '/'))
            .unwrap_or(self.line.len() - col);
        self.line_start + from..self.line_start + col + after
    }

    fn complete(&self, root: &Node) -> Vec<Completion> {
        let col = self.col();
        let pre = &self.line[..col];
        let blank = pre.trim().is_empty() && self.line.trim().is_empty();
        if self
            .above
            .in_block(if blank { col } else { indent(self.line) })
        {
            return Vec::new();
        }
        if strip_comment(pre).len() < pre.len() {
            return Vec::new();
        }
        let mut scan = self.above.clone();
        scan.block = None;
        let s = shape(pre);
        for &item in &s.items {
            scan.open(item, Seg::Item);
        }
        match &s.key {
            Some((name, _, _)) => {
                scan.close_for(s.col, &Seg::Key(name.clone()));
                let mut path = scan.path();
                path.push(Seg::Key(name.clone()));
                let Some(node) = root.at(root, &path) else {
                    return Vec::new();
                };
                self.values(root, node, &self.line[s.rest_at.min(col)..col], s.rest_at)
            }
            None => {
                let word = &pre[s.col..];
                if word.contains([' ', '\t', ':', '"', '\'', '[', '{', '#']) {
                    return Vec::new();
                }
                self.keys(root, scan, &s, word)
            }
        }
    }

    /// The values of `node` for a value being written at `value_at` (in the
    /// line): its words, or in `[…]` its items' words not listed yet.
    fn values(&self, root: &Node, node: &Node, typed: &str, value_at: usize) -> Vec<Completion> {
        let mut close = String::new();
        let (words, from): (Vec<&str>, usize) = if let Some(inside) = typed.strip_prefix('[') {
            let Some(items) = node.items.as_deref() else {
                return Vec::new();
            };
            if inside.contains(']') {
                return Vec::new();
            }
            // The words listed before the one being typed are not offered.
            let mut listed: Vec<&str> = inside.split(',').map(str::trim).collect();
            listed.pop();
            let sep = typed.rfind(['[', ',']).map_or(0, |i| i + 1);
            let from = sep + indent(&typed[sep..]);
            let words = items
                .resolve(root)
                .words()
                .into_iter()
                .filter(|w| !listed.contains(w))
                .collect();
            (words, value_at + from)
        } else {
            let quoted = typed.starts_with(['"', '\'']);
            if typed.contains(' ') && !quoted {
                return Vec::new();
            }
            // An opened quote is closed, unless the line closes it already.
            if let Some(q) = typed.chars().next().filter(|_| quoted)
                && !self.line[self.col()..].contains(q)
            {
                close = q.to_string();
            }
            (node.words(), value_at + usize::from(quoted))
        };
        let replace = self.replace(from);
        // Right after `key:`, a space first, or YAML reads one word `key:value`.
        let pad = if self.line[..replace.start - self.line_start].ends_with(':') {
            " "
        } else {
            ""
        };
        words
            .into_iter()
            .map(|w| value(root, w, format!("{pad}{w}{close}"), &replace))
            .collect()
    }

    /// The keys (and snippets, and list values) for a key being written at
    /// the content column of `s`.
    fn keys(&self, root: &Node, mut scan: Scan, s: &Shape<'_>, word: &str) -> Vec<Completion> {
        let key_col = s.col;
        let replace = self.replace(key_col);
        let nl = self.newline();
        let at_new_item = !s.items.is_empty();
        scan.close_for(key_col, &Seg::Key(String::new()));
        let parent = scan.parent_id();
        let path = scan.path();
        let Some(node) = root.at(root, &path) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        // Directly below a list's key, not on a `- ` line: a new item.
        if node.allows("array") || node.items.is_some() {
            if let Some(items) = node.items.as_deref() {
                let items = items.resolve(root);
                if let Some(snippet) = snippet(root, &path, key_col, nl, true, &replace) {
                    out.push(snippet);
                }
                let listed = self.listed(parent);
                for w in items.words().into_iter().filter(|w| !listed.contains(w)) {
                    out.push(value(root, w, format!("- {w}"), &replace));
                }
            }
            return out;
        }
        // Right after a new `- `: a new item's snippet, or a list's value.
        if at_new_item && matches!(path.last(), Some(Seg::Item)) {
            let mut list = path.clone();
            list.pop();
            if self.present(parent).is_empty()
                && let Some(snippet) = snippet(root, &list, key_col, nl, false, &replace)
            {
                out.push(snippet);
            }
            let list_id = scan.stack.iter().rev().nth(1).map_or(0, |f| f.id);
            let listed = self.listed(list_id);
            for w in node.words().into_iter().filter(|w| !listed.contains(w)) {
                out.push(value(root, w, w.to_owned(), &replace));
            }
        }
        let present = self.present(parent);
        // Typing in the middle of an existing key: keep its `:`.
        let has_colon = self.line[replace.end - self.line_start..]
            .trim_start()
            .starts_with(':');
        for (key, prop) in &node.properties {
            if present.contains(&key.as_str()) && key != word {
                continue;
            }
            let target = prop.resolve(root);
            let insert_text = if has_colon {
                key.clone()
            } else if target.allows("object") || target.allows("array") {
                format!("{key}:{nl}{}", " ".repeat(key_col + 2))
            } else {
                format!("{key}: ")
            };
            out.push(Completion {
                label: key.clone(),
                kind: CompletionKind::Key,
                insert_text,
                is_snippet: false,
                detail: None,
                documentation: root.key_doc(key, prop),
                replace: replace.clone(),
            });
        }
        out
    }

    fn describe(&self, root: &Node) -> Option<Text> {
        let col = self.col();
        if self.above.in_block(indent(self.line)) {
            return None;
        }
        let s = shape(self.line);
        let mut scan = self.above.clone();
        for &item in &s.items {
            scan.open(item, Seg::Item);
        }
        let mut path;
        match &s.key {
            Some((name, span, _)) => {
                scan.close_for(s.col, &Seg::Key(name.clone()));
                path = scan.path();
                let parent = root.at(root, &path)?;
                let prop = parent.properties.iter().find(|(k, _)| k == name)?;
                if col >= span.start && col <= span.end {
                    return root.key_doc(name, &prop.1);
                }
                path.push(Seg::Key(name.clone()));
            }
            None if !s.items.is_empty() => {
                scan.close_for(s.col, &Seg::Key(String::new()));
                path = scan.path();
            }
            None => return None,
        }
        // A value: the word under the cursor, if the node allows it.
        let rest = s.rest;
        let (from, to) = (s.rest_at, s.rest_at + rest.len());
        if col < from || col > to {
            return None;
        }
        let node = root.at(root, &path)?;
        let at = col - from;
        let is_word = |c: char| c.is_alphanumeric() || c == '_' || c == '/';
        let start = rest[..at]
            .char_indices()
            .rfind(|&(_, c)| !is_word(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let end = rest[at..]
            .find(|c: char| !is_word(c))
            .map_or(rest.len(), |i| at + i);
        let word = &rest[start..end];
        let allowed = if rest.starts_with('[') {
            node.items
                .as_deref()
                .is_some_and(|i| i.resolve(root).words().contains(&word))
        } else {
            node.words().contains(&word)
        };
        if allowed { root.value_doc(word) } else { None }
    }
}

/// The completion of the enum value `word`, inserting `insert_text`.
fn value(root: &Node, word: &str, insert_text: String, replace: &Range<usize>) -> Completion {
    let doc = root.value_doc(word);
    Completion {
        label: word.to_owned(),
        kind: CompletionKind::Value,
        insert_text,
        is_snippet: false,
        detail: doc.clone(),
        documentation: doc,
        replace: replace.clone(),
    }
}

/// The snippet of a new item of the list at `list` (participants, actions),
/// its keys at column `key_col`; with `- ` when `dash`.
fn snippet(
    root: &Node,
    list: &[Seg],
    key_col: usize,
    nl: &str,
    dash: bool,
    replace: &Range<usize>,
) -> Option<Completion> {
    let (label, body): (&str, Vec<String>) = match list {
        [Seg::Key(k)] if k == "participants" => {
            let roles = root
                .at(
                    root,
                    &[Seg::Key(k.clone()), Seg::Item, Seg::Key("role".into())],
                )?
                .words()
                .join(",");
            (
                "participant",
                vec![
                    format!("role: ${{1|{roles}|}}"),
                    "name: $2".to_owned(),
                    "attended: ${3|true,false|}$0".to_owned(),
                ],
            )
        }
        [Seg::Key(c), Seg::Key(a)] if c == "conclusion" && a == "actions" => (
            "action",
            vec![
                "what: $1".to_owned(),
                "owner: $2".to_owned(),
                "due: ${3:ÅÅÅÅ-MM-DD}$0".to_owned(),
            ],
        ),
        _ => return None,
    };
    let items = root.at(root, list)?.items.as_deref()?;
    let doc = items.resolve(root).doc.clone().or_else(|| {
        let mut parent = list.to_vec();
        let Seg::Key(last) = parent.pop()? else {
            return None;
        };
        let prop = root.at(root, &parent)?.property(root, &last)?;
        root.key_doc(&last, prop)
    });
    let (first, indent) = if dash {
        ("- ", " ".repeat(key_col + 2))
    } else {
        ("", " ".repeat(key_col))
    };
    let insert_text = format!("{first}{}", body.join(&format!("{nl}{indent}")));
    Some(Completion {
        label: label.to_owned(),
        kind: CompletionKind::Snippet,
        insert_text,
        is_snippet: true,
        detail: None,
        documentation: doc,
        replace: replace.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_reads_with_its_order() {
        let root = schema(Format::Referat).expect("the schema parses");
        assert!(schema(Format::Plan).is_some(), "the plan's schema parses");
        let keys: Vec<_> = root.properties.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(&keys[..3], ["format", "employer", "meeting"]);
    }

    #[test]
    fn every_key_and_word_of_the_schema_has_a_text_in_every_language() {
        let root = schema(Format::Referat).unwrap();
        fn walk(root: &Node, node: &Node, at: &str, out: &mut Vec<String>) {
            let node = node.resolve(root);
            for (k, prop) in &node.properties {
                match root.key_doc(k, prop) {
                    Some(t) if !t.nb.is_empty() && !t.nn.is_empty() && !t.en.is_empty() => {}
                    _ => out.push(format!("{at}/{k}")),
                }
                walk(root, prop, &format!("{at}/{k}"), out);
            }
            if let Some(items) = &node.items {
                walk(root, items, &format!("{at}/-"), out);
            }
            for w in node.values.iter().filter_map(Value::as_str) {
                if root.value_doc(w).is_none() {
                    out.push(format!("{at}={w}"));
                }
            }
        }
        let mut missing = Vec::new();
        walk(root, root, "", &mut missing);
        assert!(missing.is_empty(), "no text for {missing:?}");
    }

    #[test]
    fn keys_split_from_their_values() {
        assert_eq!(split_key("date: x"), Some(("date".into(), 4, 5)));
        assert_eq!(split_key("date:"), Some(("date".into(), 4, 5)));
        assert_eq!(split_key("\"date\" : x"), Some(("date".into(), 6, 8)));
        assert_eq!(split_key("http://x"), None);
        assert_eq!(split_key("a # b: c"), None);
        assert_eq!(split_key("[a, b]"), None);
    }
}
