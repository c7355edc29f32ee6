//! Syntax errors (DM001) explained in the user's language. The YAML parser
//! (saphyr-parser) and serde_json report in English and in their own terms;
//! here each error is mapped to the mistake people make (a colon inside
//! free text, a tab, an unclosed quote…), with what to do about it. The
//! position stays the parser's, except for a tab, which is pointed at. No
//! message quotes document text: a character is named only when it is one of
//! YAML's reserved indicators.

use crate::i18n::Text;
use crate::source::Span;

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
    /// The message and the help, in both languages.
    pub(crate) fn text(self, info: &str) -> (Text, Text) {
        let quote_it = || {
            Text::new(
                "sett hele teksten i anførselstegn (`\"…\"`)",
                "set heile teksten i hermeteikn (`\"…\"`)",
                "put the whole text in quotes (`\"…\"`)",
            )
        };
        let t = Text::new;
        match self {
            Mistake::Tab { indent: true } => (
                t(
                    "tabulator brukt til innrykk",
                    "tabulator brukt til innrykk",
                    "a tab is used for indentation",
                ),
                t(
                    "rykk inn med mellomrom, ikke tabulator",
                    "rykk inn med mellomrom, ikkje tabulator",
                    "indent with spaces, not tabs",
                ),
            ),
            Mistake::Tab { indent: false } => (
                t(
                    "tabulator der YAML krever mellomrom",
                    "tabulator der YAML krev mellomrom",
                    "a tab where YAML needs a space",
                ),
                t(
                    "bytt tabulatoren med et mellomrom",
                    "byt ut tabulatoren med eit mellomrom",
                    "replace the tab with a space",
                ),
            ),
            Mistake::ColonInText => (
                t(
                    "kolon fulgt av mellomrom eller linjeskift inne i fri tekst",
                    "kolon følgt av mellomrom eller linjeskift inne i fri tekst",
                    "a colon followed by a space or a line break inside free text",
                ),
                t(
                    "sett hele teksten i anførselstegn (`\"…\"`), eller skriv `|` etter nøkkelen og teksten rykket inn på linjene under",
                    "set heile teksten i hermeteikn (`\"…\"`), eller skriv `|` etter nøkkelen og teksten rykt inn på linjene under",
                    "put the whole text in quotes (`\"…\"`), or write `|` after the key and the text indented on the lines below",
                ),
            ),
            Mistake::IndentedMore => (
                t(
                    "linjen er rykket lenger inn enn linjen over",
                    "linja er rykt lenger inn enn linja over",
                    "the line is indented further than the line above",
                ),
                t(
                    "nøkler i samme tabell skal ha likt innrykk; rykk inn under en nøkkel bare når den slutter med `:`",
                    "nøklar i same tabell skal ha likt innrykk; rykk inn under ein nøkkel berre når han sluttar med `:`",
                    "keys of one mapping need the same indentation; indent below a key only when it ends with `:`",
                ),
            ),
            Mistake::NoColonAbove => (
                t(
                    "en ny nøkkel der teksten på linjen over fortsetter",
                    "ein ny nøkkel der teksten på linja over held fram",
                    "a new key where the text of the line above continues",
                ),
                t(
                    "sjekk at linjen over har `:` etter nøkkelen, og at teksten der er lukket",
                    "sjekk at linja over har `:` etter nøkkelen, og at teksten der er lukka",
                    "check that the line above has `:` after its key and that its text is closed",
                ),
            ),
            Mistake::Indentation => (
                t(
                    "innrykket passer ikke med linjene over",
                    "innrykket passar ikkje med linjene over",
                    "the indentation does not match the lines above",
                ),
                t(
                    "nøkler i samme tabell må ha nøyaktig samme innrykk, med mellomrom; tekst over flere linjer rykkes inn under nøkkelen sin",
                    "nøklar i same tabell må ha nøyaktig same innrykk, med mellomrom; tekst over fleire linjer skal rykkjast inn under nøkkelen sin",
                    "keys of one mapping need exactly the same indentation, in spaces; text over several lines is indented below its key",
                ),
            ),
            Mistake::ListItemDepth => (
                t(
                    "listeelementet (`-`) står på feil sted eller med feil innrykk",
                    "listeelementet (`-`) står på feil stad eller med feil innrykk",
                    "the list item (`-`) is in the wrong place or at the wrong indentation",
                ),
                t(
                    "start hvert element på en egen linje, med alle `-` i listen rykket likt inn under nøkkelen listen hører til; er det tekst som starter med `-`, sett den i anførselstegn",
                    "start kvart element på ei eiga linje, med alle `-` i lista rykte likt inn under nøkkelen lista høyrer til; er det tekst som byrjar med `-`, set teksten i hermeteikn",
                    "start each item on a line of its own, with every `-` of the list indented alike below the list's key; if it is text starting with `-`, put it in quotes",
                ),
            ),
            Mistake::KeyAmongItems => (
                t(
                    "en nøkkel står mellom elementene i en liste",
                    "ein nøkkel står mellom elementa i ei liste",
                    "a key stands among the items of a list",
                ),
                t(
                    "rykk nøkkelen inn likt med de andre nøklene i elementet den hører til, eller start et nytt element med `-`",
                    "rykk nøkkelen inn likt med dei andre nøklane i elementet han høyrer til, eller start eit nytt element med `-`",
                    "indent the key like the other keys of its item, or start a new item with `-`",
                ),
            ),
            Mistake::AfterValue => (
                t(
                    "uventet innhold etter verdien",
                    "uventa innhald etter verdien",
                    "unexpected content after the value",
                ),
                quote_it(),
            ),
            Mistake::UnclosedQuote => (
                t(
                    "anførselstegnet som åpner teksten her, blir ikke lukket, eller neste linje i teksten er ikke rykket inn",
                    "hermeteiknet som opnar teksten her, blir ikkje lukka, eller neste linje i teksten er ikkje rykt inn",
                    "the quote that opens this text is not closed, or the text's next line is not indented",
                ),
                t(
                    "avslutt teksten med samme anførselstegn; fortsetter den over flere linjer, rykk dem inn under nøkkelen",
                    "avslutt teksten med same hermeteikn; held han fram over fleire linjer, rykk dei inn under nøkkelen",
                    "end the text with the same quote; if it goes on over several lines, indent them below the key",
                ),
            ),
            Mistake::AfterQuote => (
                t(
                    "tekst etter det avsluttende anførselstegnet",
                    "tekst etter det avsluttande hermeteiknet",
                    "text after the closing quote",
                ),
                t(
                    "sett hele teksten mellom anførselstegnene; skriv `''` for en apostrof i enkle anførselstegn og `\\\"` for et anførselstegn i doble",
                    "set heile teksten mellom hermeteikna; skriv `''` for ein apostrof i enkle hermeteikn og `\\\"` for eit hermeteikn i doble",
                    "put the whole text between the quotes; write `''` for an apostrophe in single quotes and `\\\"` for a quote in double quotes",
                ),
            ),
            Mistake::UnclosedBracket { opened } => (
                match opened {
                    Some(line) => Text::new(
                        format!(
                            "en liste (`[`) eller tabell (`{{`) som åpnes på linje {line}, er ikke lukket"
                        ),
                        format!(
                            "ei liste (`[`) eller ein tabell (`{{`) som blir opna på linje {line}, er ikkje lukka"
                        ),
                        format!(
                            "a list (`[`) or mapping (`{{`) opened on line {line} is not closed"
                        ),
                    ),
                    None => t(
                        "en liste (`[`) eller tabell (`{`) er ikke lukket",
                        "ei liste (`[`) eller ein tabell (`{`) er ikkje lukka",
                        "a list (`[`) or mapping (`{`) is not closed",
                    ),
                },
                t(
                    "lukk med `]` eller `}`, med komma mellom elementene; er det tekst som starter med `[` eller `{`, sett den i anførselstegn",
                    "lukk med `]` eller `}`, med komma mellom elementa; er det tekst som byrjar med `[` eller `{`, set teksten i hermeteikn",
                    "close it with `]` or `}`, with commas between the items; if it is text starting with `[` or `{`, put it in quotes",
                ),
            ),
            Mistake::StrayBracket => (
                t(
                    "`]` eller `}` uten tilhørende `[` eller `{`",
                    "`]` eller `}` utan tilhøyrande `[` eller `{`",
                    "a `]` or `}` without its `[` or `{`",
                ),
                quote_it(),
            ),
            Mistake::AliasLike => (
                t(
                    "en verdi som starter med `*` eller `&`, leses som et YAML-alias eller -anker",
                    "ein verdi som byrjar med `*` eller `&`, blir lesen som eit YAML-alias eller -anker",
                    "a value starting with `*` or `&` is read as a YAML alias or anchor",
                ),
                t(
                    "sett hele teksten i anførselstegn (`\"…\"`), for eksempel en punktliste med `*`",
                    "set heile teksten i hermeteikn (`\"…\"`), til dømes ei punktliste med `*`",
                    "put the whole text in quotes (`\"…\"`), a bullet list with `*` for example",
                ),
            ),
            Mistake::Reserved(c) => (
                Text::new(
                    format!("en verdi kan ikke starte med `{c}`"),
                    format!("ein verdi kan ikkje byrje med `{c}`"),
                    format!("a value cannot start with `{c}`"),
                ),
                quote_it(),
            ),
            Mistake::BlockHeader => (
                t(
                    "tekst etter `|` eller `>` på samme linje",
                    "tekst etter `|` eller `>` på same linje",
                    "text after `|` or `>` on the same line",
                ),
                t(
                    "skriv teksten på linjene under `|`, rykket inn, eller sett hele verdien i anførselstegn",
                    "skriv teksten på linjene under `|`, rykt inn, eller set heile verdien i hermeteikn",
                    "write the text on the lines below `|`, indented, or put the whole value in quotes",
                ),
            ),
            Mistake::Escape => (
                t(
                    "ukjent escape-sekvens (`\\`) i tekst med doble anførselstegn",
                    "ukjend escape-sekvens (`\\`) i tekst med doble hermeteikn",
                    "an unknown escape sequence (`\\`) in double-quoted text",
                ),
                t(
                    "skriv `\\\\` for en omvendt skråstrek, eller bruk enkle anførselstegn",
                    "skriv `\\\\` for ein omvend skråstrek, eller bruk enkle hermeteikn",
                    "write `\\\\` for a backslash, or use single quotes",
                ),
            ),
            Mistake::Directive => (
                t(
                    "en linje som starter med `%`, leses som et YAML-direktiv",
                    "ei linje som byrjar med `%`, blir lesen som eit YAML-direktiv",
                    "a line starting with `%` is read as a YAML directive",
                ),
                t(
                    "rykk teksten inn under nøkkelen sin, eller sett den i anførselstegn",
                    "rykk teksten inn under nøkkelen sin, eller set han i hermeteikn",
                    "indent the text below its key, or put it in quotes",
                ),
            ),
            Mistake::Tag => (
                t(
                    "en YAML-tagg (`!…`) støttes ikke",
                    "ein YAML-tagg (`!…`) er ikkje støtta",
                    "a YAML tag (`!…`) is not supported",
                ),
                t(
                    "fjern taggen; er det tekst som starter med `!`, sett hele verdien i anførselstegn",
                    "fjern taggen; er det tekst som byrjar med `!`, set heile verdien i hermeteikn",
                    "remove the tag; if it is text starting with `!`, put the whole value in quotes",
                ),
            ),
            Mistake::LongKey => (
                t(
                    "nøkkelen er lengre enn 1024 tegn",
                    "nøkkelen er lengre enn 1024 teikn",
                    "the key is longer than 1024 characters",
                ),
                t(
                    "en nøkkel står på én linje, har høyst 1024 tegn og følges av `:`; lang tekst hører hjemme i verdien",
                    "ein nøkkel står på éi linje, har høgst 1024 teikn og blir følgd av `:`; lang tekst høyrer heime i verdien",
                    "a key stands on one line, has at most 1024 characters and is followed by `:`; long text belongs in the value",
                ),
            ),
            Mistake::Bom => (
                t(
                    "et byte order mark (U+FEFF) inne i dokumentet",
                    "eit byte order mark (U+FEFF) inne i dokumentet",
                    "a byte order mark (U+FEFF) inside the document",
                ),
                t(
                    "fjern tegnet; det kommer ofte med tekst limt inn fra et annet program",
                    "fjern teiknet; det kjem ofte med tekst som er limt inn frå eit anna program",
                    "remove the character; it often comes with text pasted from another program",
                ),
            ),
            Mistake::Other => (
                Text::new(
                    "YAML-syntaksen er ugyldig her",
                    "YAML-syntaksen er ugyldig her",
                    format!("invalid YAML syntax here ({info})"),
                ),
                t(
                    "sjekk innrykk, kolon etter nøkler og at anførselstegn og klammer er lukket",
                    "sjekk innrykk, kolon etter nøklar og at hermeteikn og klammer er lukka",
                    "check indentation, the colon after keys, and that quotes and brackets are closed",
                ),
            ),
        }
    }
}

/// The text of the line holding byte `at`, split at `at`.
fn line_around(text: &str, at: usize) -> (&str, &str) {
    let start = text[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let end = text[at..].find(['\n', '\r']).map_or(text.len(), |i| at + i);
    (&text[start..at], &text[at..end])
}

fn indentation(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// The line before the one holding `at` that is neither blank nor a comment.
fn line_above(text: &str, at: usize) -> Option<&str> {
    let start = text[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    text[..start]
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

/// How far back to look for the `[` or `{` left open: flow collections in
/// a referat are short.
const BRACKET_LOOKBACK_LINES: usize = 20;

/// The unclosed-bracket mistake, with the line of the last `[` or `{`
/// before `at` (within a few lines) that starts a collection and is not
/// closed. Brackets inside quoted strings or plain text do not count.
fn unclosed_bracket(text: &str, at: usize) -> Mistake {
    let start = text[..at]
        .match_indices('\n')
        .rev()
        .nth(BRACKET_LOOKBACK_LINES)
        .map_or(0, |(i, _)| i + 1);
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
    let opened = open
        .last()
        .map(|&i| crate::source::LineIndex::new(text).position(i).line);
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
                .filter(|&d| text[at..at + d].matches('\n').count() <= 2)
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

/// The message and help for a serde_json syntax error (`what`, its message
/// without the position) at byte `at` of `text`.
pub(crate) fn json_text(what: &str, text: &str, at: usize) -> (Text, Text) {
    let t = Text::new;
    let previous = text[..at].trim_end().chars().next_back();
    let here = text[at..].chars().next();
    if matches!(here, Some('/' | '#')) {
        return (
            t(
                "kommentarer er ikke tillatt i JSON",
                "kommentarar er ikkje tillatne i JSON",
                "comments are not allowed in JSON",
            ),
            t(
                "fjern kommentaren, eller skriv filen som YAML (`.yaml`)",
                "fjern kommentaren, eller skriv fila som YAML (`.yaml`)",
                "remove the comment, or write the file as YAML (`.yaml`)",
            ),
        );
    }
    if what.starts_with("trailing comma")
        || (previous == Some(',') && matches!(here, Some('}' | ']')))
    {
        return (
            t(
                "komma etter siste element",
                "komma etter siste element",
                "a comma after the last item",
            ),
            t("fjern kommaet", "fjern kommaet", "remove the comma"),
        );
    }
    if what.starts_with("EOF while parsing") {
        return (
            t(
                "JSON-filen slutter før alle `{`, `[` og `\"` er lukket",
                "JSON-fila sluttar før alle `{`, `[` og `\"` er lukka",
                "the JSON file ends before every `{`, `[` and `\"` is closed",
            ),
            t(
                "lukk det som er åpnet, med `}`, `]` eller `\"`",
                "lukk det som er opna, med `}`, `]` eller `\"`",
                "close what is open with `}`, `]` or `\"`",
            ),
        );
    }
    if what.starts_with("expected `,` or") {
        return (
            t(
                "komma mangler mellom to elementer, eller `}` eller `]` mangler",
                "komma manglar mellom to element, eller `}` eller `]` manglar",
                "a comma between two items, or a `}` or `]`, is missing",
            ),
            t(
                "skill elementene med komma, og lukk med `}` eller `]`",
                "skil elementa med komma, og lukk med `}` eller `]`",
                "separate the items with commas and close with `}` or `]`",
            ),
        );
    }
    if what.starts_with("expected `:`") {
        return (
            t(
                "`:` mangler etter nøkkelen",
                "`:` manglar etter nøkkelen",
                "the `:` after the key is missing",
            ),
            t(
                "skriv `\"nøkkel\": verdi`",
                "skriv `\"nøkkel\": verdi`",
                "write `\"key\": value`",
            ),
        );
    }
    if what.starts_with("key must be a string") {
        return (
            t(
                "nøkler i JSON må stå i doble anførselstegn",
                "nøklar i JSON må stå i doble hermeteikn",
                "JSON keys must be in double quotes",
            ),
            t(
                "skriv `\"nøkkel\": verdi`",
                "skriv `\"nøkkel\": verdi`",
                "write `\"key\": value`",
            ),
        );
    }
    if what.contains("escape") || what.contains("code point") || what.contains("surrogate") {
        return Mistake::Escape.text(what);
    }
    if what.starts_with("control character") {
        return (
            t(
                "kontrolltegn (linjeskift, tabulator) inne i en streng",
                "kontrollteikn (linjeskift, tabulator) inne i ein streng",
                "a control character (a line break, a tab) inside a string",
            ),
            t(
                "skriv `\\n` for linjeskift og `\\t` for tabulator",
                "skriv `\\n` for linjeskift og `\\t` for tabulator",
                "write `\\n` for a line break and `\\t` for a tab",
            ),
        );
    }
    if what.starts_with("trailing characters") {
        return (
            t(
                "mer innhold etter slutten av JSON-dokumentet",
                "meir innhald etter slutten av JSON-dokumentet",
                "more content after the end of the JSON document",
            ),
            t(
                "en fil holder ett JSON-dokument; fjern resten eller legg det i en egen fil",
                "ei fil held eitt JSON-dokument; fjern resten eller legg det i ei eiga fil",
                "a file holds one JSON document; remove the rest or put it in a file of its own",
            ),
        );
    }
    (
        Text::new(
            "ugyldig JSON-verdi",
            "ugyldig JSON-verdi",
            format!("invalid JSON: {what}"),
        ),
        t(
            "tekst står i doble anførselstegn; tall, `true`, `false` og `null` uten",
            "tekst står i doble hermeteikn; tal, `true`, `false` og `null` utan",
            "text goes in double quotes; numbers, `true`, `false` and `null` without",
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{Limits, SourceKind, load};
    use crate::source::LineIndex;

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
            let want = mistake.text("").0.en;
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
