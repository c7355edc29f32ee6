//! Syntax errors (DM001) explained in the user's language. The YAML parser
//! (saphyr-parser) and serde_json report in English and in their own terms;
//! here each error is mapped to the mistake people make (a colon inside
//! free text, a tab, an unclosed quote…), with what to do about it. The
//! position stays the parser's, except for a tab, which is pointed at. No
//! message quotes document text: a character is named only when it is one of
//! YAML's reserved indicators.

use crate::input::decode::TextRef;
use crate::input::position::Span;
use crate::texts::EngineText;

/// The mistakes a YAML or JSON syntax error is mapped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mistake {
    /// A tab in the indentation (`indent`) or where a space is needed.
    Tab { indent: bool },
    /// `key: text: more` or `key: Punkter:`.
    ColonInText,
    /// A `key:` on a line indented further than the `key: value` above it.
    IndentedMore,
    /// A `key:` where the text of the line above runs on (no `:` there).
    NoColonAbove,
    /// Keys of one mapping at different indentations.
    Indentation,
    /// A `-` list item at the wrong depth, or on a key's line.
    ListItemDepth,
    /// A key after the `-` items of a list, at their indentation.
    KeyAmongItems,
    /// Something after a value that is complete (a closed bracket).
    AfterValue,
    /// A quoted string not closed (or its next line not indented).
    UnclosedQuote,
    /// Text after the closing quote of a quoted string.
    AfterQuote,
    /// A `[` or `{` not closed, opened on this 1-based line when it was found.
    UnclosedBracket { opened: Option<usize> },
    /// A `]` or `}` without its opening bracket.
    StrayBracket,
    /// A value starting with `*` or `&` (markdown bullets, emphasis).
    AliasLike,
    /// A value starting with a reserved indicator.
    Reserved(char),
    /// Text after `|` or `>` on the same line.
    BlockHeader,
    /// An unknown `\` escape in a double-quoted string.
    Escape,
    /// A line starting with `%`.
    Directive,
    /// A tag, which the format does not support.
    Tag,
    /// A key longer than 1024 characters.
    LongKey,

    /// A U+FEFF inside the document.
    Bom,
    /// Anything else; the parser's (English) words go in the English text.
    Other,
}

impl Mistake {
    /// The catalogue text (DM001, `rules/input.yaml`) that explains the
    /// mistake, and its arguments; `info` is the parser's own (English)
    /// words, which never quote the document.
    pub(crate) fn text(self, info: &str) -> TextRef {
        match self {
            Mistake::Tab { indent: true } => (EngineText::TabIndent, Vec::new()),
            Mistake::Tab { indent: false } => (EngineText::Tab, Vec::new()),
            Mistake::ColonInText => (EngineText::ColonInText, Vec::new()),
            Mistake::IndentedMore => (EngineText::IndentedMore, Vec::new()),
            Mistake::NoColonAbove => (EngineText::NoColonAbove, Vec::new()),
            Mistake::Indentation => (EngineText::Indentation, Vec::new()),
            Mistake::ListItemDepth => (EngineText::ListItemDepth, Vec::new()),
            Mistake::KeyAmongItems => (EngineText::KeyAmongItems, Vec::new()),
            Mistake::AfterValue => (EngineText::AfterValue, Vec::new()),
            Mistake::UnclosedQuote => (EngineText::UnclosedQuote, Vec::new()),
            Mistake::AfterQuote => (EngineText::AfterQuote, Vec::new()),
            Mistake::UnclosedBracket { opened } => match opened {
                Some(line) => (
                    EngineText::UnclosedBracketAt,
                    vec![("line", line.to_string())],
                ),
                None => (EngineText::UnclosedBracket, Vec::new()),
            },
            Mistake::StrayBracket => (EngineText::StrayBracket, Vec::new()),
            Mistake::AliasLike => (EngineText::AliasLike, Vec::new()),
            Mistake::Reserved(c) => (EngineText::Reserved, vec![("char", c.to_string())]),
            Mistake::BlockHeader => (EngineText::BlockHeader, Vec::new()),
            Mistake::Escape => (EngineText::Escape, Vec::new()),
            Mistake::Directive => (EngineText::Directive, Vec::new()),
            Mistake::Tag => (EngineText::Tag, Vec::new()),
            Mistake::LongKey => (EngineText::LongKey, Vec::new()),
            Mistake::Bom => (EngineText::Bom, Vec::new()),
            Mistake::Other => (EngineText::YamlOther, vec![("detail", info.to_owned())]),
        }
    }
}

/// The text of the line holding byte `at`, split at `at`.
fn line_around(text: &str, at: usize) -> (&str, &str) {
    let start = crate::input::position::content_start(text, at);
    let end = crate::input::position::content_end(text, at);
    (&text[start..at], &text[at..end])
}

fn indentation(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// The line before the one holding `at` that is neither blank nor a comment.
fn line_above(text: &str, at: usize) -> Option<&str> {
    let mut start = crate::input::position::content_start(text, at);
    while start > 0 {
        // Back over the line break (one `\r\n` counts once) to the line above.
        let end = start - crate::input::position::break_len_before(text.as_bytes(), start);
        start = crate::input::position::content_start(text, end);
        let line = &text[start..end];
        if !line.trim().is_empty() && !line.trim_start().starts_with('#') {
            return Some(line);
        }
    }
    None
}

/// How far back to look for the `[` or `{` left open: flow collections in
/// a referat are short.
const BRACKET_LOOKBACK_LINES: usize = 20;

/// The unclosed-bracket mistake, with the line of the last `[` or `{`
/// before `at` (within a few lines) that starts a collection and is not
/// closed. Brackets inside quoted strings or plain text do not count.
fn unclosed_bracket(text: &str, at: usize) -> Mistake {
    let mut start = crate::input::position::content_start(text, at);
    for _ in 0..BRACKET_LOOKBACK_LINES {
        if start == 0 {
            break;
        }
        let end = start - crate::input::position::break_len_before(text.as_bytes(), start);
        start = crate::input::position::content_start(text, end);
    }
    let mut open = Vec::new();
    let mut quote = None;
    let mut escaped = false;
    let mut prev = '\n';
    for (i, c) in text[start..at].char_indices() {
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if q == '"' && c == '\\' {
                escaped = true;
            } else if c == q {
                quote = None;
                prev = c;
            }
            continue;
        }
        // Where a node may start: a line start, after `[`, `{`, `,`, a
        // value indicator `:` or a list item `-` (spaces between).
        let node_start = matches!(prev, '\n' | '[' | '{' | ',' | ':' | '-');
        match c {
            ' ' | '\t' => continue,
            '"' | '\'' if node_start => quote = Some(c),
            '[' | '{' if node_start => open.push(start + i),
            ']' | '}' => {
                open.pop();
            }
            _ => {}
        }
        prev = c;
    }
    let opened = open.last().map(|&i| {
        crate::input::position::LineIndex::new(text)
            .position(i)
            .line
    });
    Mistake::UnclosedBracket { opened }
}

/// `before` without its indentation and list markers (`- - `).
fn after_markers(before: &str) -> &str {
    let mut rest = before.trim_start_matches(' ');
    while let Some(r) = rest.strip_prefix("- ").or_else(|| rest.strip_prefix("-\t")) {
        rest = r.trim_start_matches(' ');
    }
    rest
}

/// Maps a saphyr-parser error at byte `at` of `text` to a mistake and the
/// span to report: the parser's position, or the tab itself, which the
/// scanner may report at the start of the token around it.
pub(crate) fn classify(info: &str, text: &str, at: usize) -> (Mistake, Span) {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let (before, here) = line_around(text, at);
    let tab = info.contains("tab")
        || (info.contains("must be followed by a valid YAML whitespace")
            && (before.ends_with('\t') || here.starts_with('\t')));
    if tab {
        let at = if before.ends_with('\t') {
            at - 1
        } else {
            text[at..]
                .find('\t')
                .filter(|&d| {
                    text[at..at + d]
                        .matches(crate::input::position::BREAK_CHARS)
                        .count()
                        <= 2
                })
                .map_or(at, |d| at + d)
        };
        let (before, _) = line_around(text, at);
        let indent = before.chars().all(|c| c == ' ' || c == '\t');
        return (Mistake::Tab { indent }, char_span(text, at));
    }
    (mistake(info, before, here, text, at), char_span(text, at))
}

/// The character at `at` (empty at the end).
fn char_span(text: &str, at: usize) -> Span {
    let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
    Span::new(at, end)
}

fn mistake(info: &str, before: &str, here: &str, text: &str, at: usize) -> Mistake {
    let line_is_item = {
        let rest = before.trim_start_matches(' ');
        rest.starts_with("- ")
            || rest.starts_with("-\t")
            || (rest.is_empty() && here.starts_with('-'))
    };
    let has = |s: &str| info.contains(s);
    if has("mapping values are not allowed") {
        let head = after_markers(before);
        if head.contains(": ") || head.contains(":\t") {
            return Mistake::ColonInText;
        }
        let above = line_above(text, at);
        return match above {
            Some(l) if indentation(before) > indentation(l) => Mistake::IndentedMore,
            _ => Mistake::NoColonAbove,
        };
    }
    if has("did not find expected key") || has("did not find expected '-' indicator") {
        if line_is_item {
            return Mistake::ListItemDepth;
        }
        if !after_markers(before).is_empty() {
            return Mistake::AfterValue;
        }
        if has("'-' indicator") {
            return Mistake::KeyAmongItems;
        }
        return Mistake::Indentation;
    }
    if has("block sequence entries are not allowed") {
        return Mistake::ListItemDepth;
    }
    if has("wrongly indented line in block scalar") || has("invalid indentation") && !has("quoted")
    {
        return if has("flow") {
            unclosed_bracket(text, at)
        } else {
            Mistake::Indentation
        };
    }
    if has("quoted scalar, found unexpected")
        || has("invalid indentation in quoted scalar")
        || has("comment intercepting")
    {
        return if has("comment") {
            Mistake::Indentation
        } else {
            Mistake::UnclosedQuote
        };
    }
    if has("trailing content after double-quoted scalar") {
        return Mistake::AfterQuote;
    }
    if has("flow sequence") || has("flow mapping") || has("illegal placement of ':'") {
        return unclosed_bracket(text, at);
    }
    if has("misplaced bracket") {
        return Mistake::StrayBracket;
    }
    if has("unknown anchor") || has("anchor or alias") {
        return Mistake::AliasLike;
    }
    if has("mapping keys are not allowed") {
        return Mistake::Reserved('?');
    }
    if has("unexpected character") {
        return match here.chars().next() {
            Some(c @ ('@' | '`' | '%')) => Mistake::Reserved(c),
            _ => Mistake::Other,
        };
    }
    if has("block scalar") {
        return Mistake::BlockHeader;
    }
    if has("escape") || has("hexadecimal") {
        return Mistake::Escape;
    }
    if has("directive") {
        return Mistake::Directive;
    }
    if has("tag") || has("handle") {
        return Mistake::Tag;
    }
    if has("simple key") {
        // The scanner gives up on a key after 1024 characters; a shorter
        // line is read as a key because the line above lacks its `:`.
        return if before.chars().count() + here.chars().count() > 1024 {
            Mistake::LongKey
        } else {
            Mistake::NoColonAbove
        };
    }
    if has("byte order mark") {
        return Mistake::Bom;
    }
    Mistake::Other
}

/// The catalogue text (DM001) for a serde_json syntax error (`what`, its message
/// without the position) at byte `at` of `text`.
pub(crate) fn json_text(what: &str, text: &str, at: usize) -> TextRef {
    let previous = text[..at].trim_end().chars().next_back();
    let here = text[at..].chars().next();
    if matches!(here, Some('/' | '#')) {
        return (EngineText::JsonComment, Vec::new());
    }
    if what.starts_with("trailing comma")
        || (previous == Some(',') && matches!(here, Some('}' | ']')))
    {
        return (EngineText::JsonTrailingComma, Vec::new());
    }
    if what.starts_with("EOF while parsing") {
        return (EngineText::JsonEof, Vec::new());
    }
    if what.starts_with("expected `,` or") {
        return (EngineText::JsonExpectedComma, Vec::new());
    }
    if what.starts_with("expected `:`") {
        return (EngineText::JsonExpectedColon, Vec::new());
    }
    if what.starts_with("key must be a string") {
        return (EngineText::JsonKeyNotString, Vec::new());
    }
    if what.contains("surrogate") {
        return (EngineText::LoneSurrogate, Vec::new());
    }
    if what.contains("escape") || what.contains("code point") {
        return Mistake::Escape.text(what);
    }
    if what.starts_with("control character") {
        return (EngineText::JsonControlCharacter, Vec::new());
    }
    if what.starts_with("trailing characters") {
        return (EngineText::JsonTrailingCharacters, Vec::new());
    }
    (EngineText::JsonOther, vec![("detail", what.to_owned())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::decode::SourceKind;
    use crate::input::position::LineIndex;
    use crate::load::{Limits, load};

    /// The mistake (by its English message) and 1-based line:column of the
    /// only problem in `text`.
    fn problem(text: &str, kind: SourceKind) -> (String, String, (usize, usize)) {
        let errs = load(text, kind, &Limits::default()).unwrap_err();
        assert_eq!(errs.len(), 1, "{text:?}: {errs:?}");
        let p = LineIndex::new(text).position(errs[0].span.start);
        let m = errs[0].message();
        let help = m.help.clone().unwrap_or_default();
        assert!(!m.message.nb.is_empty() && !help.nb.is_empty());
        (
            m.message.en.clone(),
            m.message.nb.clone(),
            (p.line, p.column),
        )
    }

    #[test]
    fn yaml_mistakes_are_explained() {
        use Mistake::*;
        let cases: &[(&str, Mistake, (usize, usize))] = &[
            (
                "summary: Møtet gikk bra: alle var enige\nb: 1\n",
                ColonInText,
                (1, 24),
            ),
            ("summary: Punkter:\n  - en\n", ColonInText, (1, 17)),
            (
                "actions:\n  - what: Ring lege: i morgen\n",
                ColonInText,
                (2, 20),
            ),
            (
                "meeting:\n\tdate: 2026-11-16\n",
                Tab { indent: true },
                (2, 1),
            ),
            (
                "meeting:\n  date: 1\n\tmode: x\n",
                Tab { indent: true },
                (3, 1),
            ),
            ("meeting:\n  date:\t1\n", Tab { indent: false }, (2, 8)),
            ("a: \"abc\nb: 1\n", UnclosedQuote, (1, 4)),
            ("a: 'abc\nb: 1\n", UnclosedQuote, (1, 4)),
            ("a: \"abc\n  def\n", UnclosedQuote, (1, 4)),
            (
                "a: [x, y\nb: 1\n",
                UnclosedBracket { opened: Some(1) },
                (2, 2),
            ),
            (
                "a: {x: 1\nb: 1\n",
                UnclosedBracket { opened: Some(1) },
                (2, 2),
            ),
            ("a: [x, y\n", UnclosedBracket { opened: Some(1) }, (2, 1)),
            (
                "a: 1\nb: [x, [y], {z: 1}, \"]\"\nc: 1\n",
                UnclosedBracket { opened: Some(2) },
                (3, 1),
            ),
            (
                "a: se [vedlegg\nb: [x, 'y]'\nc: 1\n",
                UnclosedBracket { opened: Some(2) },
                (3, 1),
            ),
            ("meeting:\n  date: x\n   mode: y\n", IndentedMore, (3, 8)),
            ("meeting:\n  date 2026\n  mode: x\n", NoColonAbove, (3, 7)),
            ("meeting:\n    date: x\n  mode: y\n", Indentation, (3, 3)),
            ("meeting:\n  date: x\n mode: y\n", Indentation, (3, 2)),
            (
                "participants:\n  - role: lege\n    - role: bht\n",
                ListItemDepth,
                (3, 7),
            ),
            (
                "participants:\n  - role: lege\n - role: bht\n",
                ListItemDepth,
                (3, 2),
            ),
            (
                "participants:\n  role: lege\n  - role: bht\n",
                ListItemDepth,
                (3, 5),
            ),
            ("a: - b\n", ListItemDepth, (1, 4)),
            ("a:\n  - x\n  b: 1\n", KeyAmongItems, (3, 3)),
            ("a: [x] b\n", AfterValue, (1, 8)),
            ("a: \"x\" y\n", AfterQuote, (1, 8)),
            ("a: 'x' y\n", AfterQuote, (1, 8)),
            ("a: x\nb: }\n", StrayBracket, (2, 4)),
            ("summary: * punkt\n", AliasLike, (1, 10)),
            ("summary: *viktig* sak\n", AliasLike, (1, 10)),
            ("summary: & co\n", AliasLike, (1, 10)),
            ("a: @x\n", Reserved('@'), (1, 4)),
            ("a: `x`\n", Reserved('`'), (1, 4)),
            ("summary: %50\n", Reserved('%'), (1, 10)),
            ("summary: ? hva\n", Reserved('?'), (1, 10)),
            ("summary: > 5 dager\n", BlockHeader, (1, 10)),
            ("a: \"C:\\q\"\n", Escape, (1, 4)),
            ("a: 1\n%YAML 1.2\n", Directive, (2, 1)),
            ("a: !x!y z\n", Tag, (1, 4)),
            ("a: 1\n\u{feff}b: 2\n", Bom, (2, 1)),
            (
                "meeting:\n  mode in_person\n  location: Møterom Fjord, Storgata 12\n",
                NoColonAbove,
                (3, 11),
            ),
            ("a: |\n    x\n  y\nb: 1\n", Indentation, (3, 3)),
        ];
        let mut failures = Vec::new();
        for (text, mistake, at) in cases {
            let (id, args) = mistake.text("");
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let want = id.fill(&args).message.en;
            let (en, nb, got_at) = problem(text, SourceKind::Yaml);
            if en != want || got_at != *at {
                failures.push(format!(
                    "{text:?}: want {want} at {at:?}, got {en} at {got_at:?}"
                ));
            }
            // No parser English in a Norwegian message.
            assert!(!nb.contains("while") && !nb.contains("expected"), "{nb}");
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn json_mistakes_are_explained() {
        let cases = [
            (
                "{\"a\": 1 // x\n}",
                "comments are not allowed in JSON",
                (1, 9),
            ),
            ("{\"a\": [1, 2,]}", "a comma after the last item", (1, 13)),
            ("{\"a\": 1,}", "a comma after the last item", (1, 9)),
            (
                "{\"a\": [1, 2",
                "the JSON file ends before every `{`, `[` and `\"` is closed",
                (1, 11),
            ),
            (
                "{\"a\": 1 \"b\": 2}",
                "a comma between two items, or a `}` or `]`, is missing",
                (1, 9),
            ),
            ("{\"a\" 1}", "the `:` after the key is missing", (1, 6)),
            ("{a: 1}", "JSON keys must be in double quotes", (1, 2)),
            (
                "{\"a\": \"C:\\q\"}",
                "an unknown escape sequence (`\\`) in double-quoted text",
                (1, 11),
            ),
            (
                "{\"a\": 1} x",
                "more content after the end of the JSON document",
                (1, 10),
            ),
        ];
        let mut failures = Vec::new();
        for (text, want, at) in cases {
            let (en, nb, got_at) = problem(text, SourceKind::Json);
            if en != want || got_at != at {
                failures.push(format!(
                    "{text:?}: want {want} at {at:?}, got {en} at {got_at:?}"
                ));
            }
            assert!(!nb.contains("expected") && !nb.contains("EOF"), "{nb}");
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn messages_never_quote_the_document() {
        for text in [
            "navn: Kari Nordmann: depresjon\n",
            "navn: \"Kari Nordmann\" depresjon\n",
            "navn: depresjon\n\tKari: 1\n",
            "navn: @depresjon\n",
            "navn: *depresjon\n",
            "navn: !depresjon Kari\n",
        ] {
            let errs = load(text, SourceKind::Yaml, &Limits::default()).unwrap_err();
            let all = format!("{errs:?}");
            assert!(!all.contains("depresjon") && !all.contains("Kari"), "{all}");
        }
    }
}
