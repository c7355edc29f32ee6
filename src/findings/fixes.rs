//! The mechanical fixes of DM002 findings (keys, dates, times, booleans,
//! enum values, numbers written as text, text written as numbers) and the
//! suppression action for editors.
//!
//! Every fix is decided from the value's text *as written*, not from the
//! value the parser made of it: YAML reads `9.00` as the number 9 and `0900`
//! as 900, so only the written text tells that `9.00` meant 09:00. A fix
//! edits that value's bytes and nothing else, so comments, quoting style,
//! indentation, line ends and a BOM stay. Titles name only schema words and
//! what is derived mechanically (a date, a time); edits that would carry
//! document text (a number put in quotes) are written as insertions and
//! deletions, so that no output ever quotes it.

use chrono::NaiveDate;
use serde_json::Value;

use crate::findings::suppress;
use crate::findings::{Applicability, Edit, Finding, Fix};
use crate::input::decode::SourceKind;
use crate::input::position::Span;
use crate::input::source::Source;
use crate::load::{self, Limits};
use crate::texts::{FixText, Text};

/// What the schema wants where a value is wrong: which value fix may mend
/// it. Set by the schema stage on each DM002 violation of a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Expected {
    /// A date, `YYYY-MM-DD`.
    Date,
    /// A time of day, `HH:MM`.
    Time,
    /// `true` or `false`.
    Boolean,
    /// A whole number; `percent` when a `%` may follow it as written (the
    /// sick-leave grade).
    Integer { percent: bool },
    /// Text, where a number or a boolean was written.
    Text,
    /// One of these words.
    Enum(Vec<String>),
    /// This many digits, written as text (an organisation number): spaces,
    /// dots and hyphens between them are left out, and quotes added.
    Digits(usize),
}

/// A safe fix that renames the mapping key `from`, found at `span` of `text`
/// (the text after a BOM of `bom` bytes; with whether an anchor or a tag is
/// written before it), to `to`: only the key's
/// characters are replaced, inside its quotes when it is quoted, so that
/// every other byte (comments, line ends, indentation) stays. `None` when
/// the span does not hold the key as written plainly or in quotes (an
/// escaped key is left to a person). `to` must be a schema word, never
/// document text.
pub(crate) fn rename_key(
    text: &str,
    span: (Span, bool),
    bom: usize,
    from: &str,
    to: &str,
) -> Option<Fix> {
    let written = Written::at(text, span)?;
    if written.content != from || from == to {
        return None;
    }
    let title = FixText::Rename.fill(&[("to", to)]);
    let edit = edit(written.inner, to);
    Some(shifted(title, Applicability::Safe, vec![edit], bom))
}

/// The fix of a value that the schema rejects, when what was written has
/// exactly one reading of the kind `expected` (or, for an `Unsafe` fix, one
/// likely reading): `span` is the value's span in `text` (after a BOM of
/// `bom` bytes) and whether an anchor or a tag is written before it, `kind` whether the text is JSON (whose edits must keep it
/// JSON).
pub(crate) fn value_fix(
    text: &str,
    span: (Span, bool),
    bom: usize,
    kind: SourceKind,
    expected: &Expected,
) -> Option<Fix> {
    let w = Written::at(text, span)?;
    // A tag stays where it is: only a fix that keeps the value text may
    // be made under `!!str`, and none under another tag.
    if let Some(tag) = w.tag {
        let str_tag = matches!(tag, "!!str" | "!<tag:yaml.org,2002:str>");
        let keeps_text = matches!(
            expected,
            Expected::Date | Expected::Time | Expected::Enum(_)
        );
        if !(str_tag && keeps_text) {
            return None;
        }
    }
    let json = kind == SourceKind::Json;
    let (title, applicability, edits) = match expected {
        Expected::Date => {
            let (date, guess) = read_date(w.content)?;
            let iso = crate::base::dates::iso(date);
            let edits = vec![w.replace_text(&iso, json)];
            (date_title(&iso, guess), guess.applicability(), edits)
        }
        Expected::Time => {
            let time = crate::base::dates::read_clock(w.content)?.hhmm;
            let title = FixText::Time.fill(&[("time", &time)]);
            (
                title,
                Applicability::Safe,
                vec![w.replace_text(&time, true)],
            )
        }
        Expected::Boolean => {
            let word = if read_bool(w.content)? {
                "true"
            } else {
                "false"
            };
            let title = FixText::Boolean.fill(&[("word", word)]);
            // Quotes and all: a boolean is written bare in YAML and JSON.
            (title, Applicability::Safe, vec![edit(w.span, word)])
        }
        Expected::Digits(n) => {
            let digits: String = w
                .content
                .chars()
                .filter(|c| !matches!(c, ' ' | '\u{a0}' | '.' | '-'))
                .collect();
            if digits.len() != *n || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let quoted = format!("\"{digits}\"");
            let title = FixText::Digits.fill(&[("digits", &quoted)]);
            // Quotes and all: the digits are text in YAML and JSON.
            (title, Applicability::Safe, vec![edit(w.span, &quoted)])
        }
        Expected::Enum(values) => {
            let edits = |v: &str| vec![w.replace_text(v, json)];
            let allowed: Vec<&str> = values.iter().map(String::as_str).collect();
            let everyday = crate::base::fields::everyday_value(w.content, &allowed)
                .filter(|(v, _)| *v != w.content);
            // The value and what it means, and whether a person should check it.
            let title = |id: FixText, value: &str| {
                let meaning = Text::from_fn(|l| {
                    crate::base::fields::value_label(value)
                        .map_or("", |x| x.get(l))
                        .to_owned()
                });
                id.fill_each(&[("value", &Text::same(value)), ("meaning", &meaning)])
            };
            if let Some(value) = read_enum(w.content, values)
                .or(everyday.filter(|(_, certain)| *certain).map(|(v, _)| v))
            {
                (
                    title(FixText::Value, value),
                    Applicability::Safe,
                    edits(value),
                )
            } else if let Some((value, _)) = everyday {
                // A word that could mean another value too (`ja` for a
                // decision): the likely one, for a person to confirm.
                (
                    title(FixText::ValueMeant, value),
                    Applicability::Unsafe,
                    edits(value),
                )
            } else {
                // A typo: one close value is likely, not certain, and a
                // wrong role or decision changes what the minutes say.
                let value = close_enum(w.content, values)?;
                (
                    title(FixText::ValueClosest, value),
                    Applicability::Unsafe,
                    edits(value),
                )
            }
        }
        Expected::Integer { percent } => {
            let (edits, had_percent) = w.unquote_number(*percent)?;
            let title = match (w.quote.is_some(), had_percent) {
                (true, true) => FixText::NumberPercentQuotes,
                (false, _) => FixText::NumberPercent,
                (true, false) => FixText::NumberQuotes,
            }
            .fill(&[]);
            (title, Applicability::Safe, edits)
        }
        Expected::Text => {
            let edits = w.quote_plain()?;
            let title = FixText::Quote.fill(&[]);
            (title, Applicability::Safe, edits)
        }
    };
    Some(shifted(title, applicability, edits, bom))
}

/// A value as written in the source: a plain scalar on one line, or a
/// quoted one without escapes (whose content is then exactly its value).
struct Written<'t> {
    /// The whole value, quotes included, blanks after it excluded.
    span: Span,
    /// The content, inside the quotes.
    inner: Span,
    /// The content's text.
    content: &'t str,
    /// The quote character, when quoted.
    quote: Option<u8>,
    /// The tag written before the value, if any (`!!str`).
    tag: Option<&'t str>,
}

impl<'t> Written<'t> {
    /// The value at `span`, with whether an anchor or a tag is written
    /// before it (without, the span starts at the content, which in a block
    /// scalar may itself begin with `&` or `!`).
    fn at(text: &'t str, (span, properties): (Span, bool)) -> Option<Written<'t>> {
        let all = text.get(span.start..span.end)?;
        let all = all.trim_end_matches([' ', '\t']);
        // An anchor (`&start 9.00`) and a tag (`!!str "9.00"`) stay, also
        // on the line above; the value after them is mended (and with it
        // every alias of it).
        let end = span.start + all.len();
        let start = if properties {
            load::after_properties(text, Span::new(span.start, end))
        } else {
            span.start
        };
        let tag = text[span.start..start]
            .split(crate::input::position::BREAK_CHARS)
            .flat_map(|line| line.split_whitespace().take_while(|w| !w.starts_with('#')))
            .find(|p| p.starts_with('!'));
        let (span, all) = (Span::new(start, end), &text[start..end]);
        if all.is_empty() || all.contains(crate::input::position::BREAK_CHARS) {
            return None;
        }
        let (quote, inner) = match all.as_bytes() {
            [q @ (b'"' | b'\''), middle @ .., last] if last == q => {
                // An escape (or a doubled quote) would make the content
                // differ from the value: left to a person.
                if middle.contains(q) || (*q == b'"' && middle.contains(&b'\\')) {
                    return None;
                }
                (Some(*q), Span::new(span.start + 1, span.end - 1))
            }
            // A lone quote, or a tag, anchor, alias, block scalar or flow
            // collection: not a plain value.
            [
                b'"' | b'\'' | b'!' | b'&' | b'*' | b'|' | b'>' | b'[' | b'{',
                ..,
            ] => return None,
            _ => (None, span),
        };
        Some(Written {
            span,
            inner,
            content: &text[inner.start..inner.end],
            quote,
            tag,
        })
    }

    /// Replaces the content with `new` (a schema word, a date, a time):
    /// inside the quotes when it is quoted; in double quotes when `quoted`
    /// or in JSON; else bare.
    fn replace_text(&self, new: &str, quoted: bool) -> Edit {
        if self.quote.is_some() {
            edit(self.inner, new)
        } else if quoted {
            edit(self.span, &format!("\"{new}\""))
        } else {
            edit(self.span, new)
        }
    }

    /// A whole number written in quotes, or followed by `%` (when `percent`
    /// allows it): the deletions that leave the bare number, and whether a
    /// `%` was there. No digit is rewritten, so the edits carry no document
    /// text.
    fn unquote_number(&self, percent: bool) -> Option<(Vec<Edit>, bool)> {
        let c = self.content;
        let digits = c.bytes().take_while(u8::is_ascii_digit).count();
        // A leading zero is no JSON number (and an octal guess in YAML 1.1).
        if digits == 0 || (digits > 1 && c.starts_with('0')) {
            return None;
        }
        let had_percent = match c[digits..].trim_start_matches(' ') {
            "" => false,
            "%" if percent => true,
            _ => return None,
        };
        let mut edits = Vec::new();
        if self.quote.is_some() {
            edits.push(edit(Span::new(self.span.start, self.inner.start), ""));
        } else if !had_percent {
            return None;
        }
        let end = self.inner.start + digits;
        if end < self.span.end {
            edits.push(edit(Span::new(end, self.span.end), ""));
        }
        Some((edits, had_percent))
    }

    /// Quotes around a plain value (a number or a boolean where text is
    /// wanted), as two insertions that keep its characters.
    fn quote_plain(&self) -> Option<Vec<Edit>> {
        if self.quote.is_some() || self.content.contains(['"', '\\']) {
            return None;
        }
        Some(vec![
            edit(Span::new(self.span.start, self.span.start), "\""),
            edit(Span::new(self.span.end, self.span.end), "\""),
        ])
    }
}

/// A rule's fix (`fix: {set: …}`): writes the plain `value` at `at`, a
/// pointer into `doc`, loaded from `text` (after a BOM of `bom` bytes).
/// Where the node is written, its value is replaced; where it is missing
/// from a mapping that is written, a member is added (at the end of a
/// block mapping, with its members' indentation; inside a flow mapping or
/// a JSON object before its `}`); where the mapping itself is missing from
/// the document's top level, it is added at the end. `None` anywhere else
/// (a node written with an anchor or a tag, in an alias's expansion, an
/// empty or scalar parent): a person writes it.
pub(crate) fn set_value(
    text: &str,
    doc: &load::Document,
    bom: usize,
    kind: SourceKind,
    at: &str,
    value: &Value,
    title: &Text,
) -> Option<Fix> {
    let json = kind == SourceKind::Json
        || (kind != SourceKind::Yaml && text.trim_start().starts_with('{'));
    let written = match value {
        Value::String(_) | Value::Bool(_) | Value::Number(_) => {
            serde_json::to_string(value).ok()?
        }
        _ => return None,
    };
    let segments = crate::base::pointer::segments(at);
    let (key, parents) = segments.split_last()?;
    if key.contains(['\n', '"', ':', '#', '{', '}', '[', ']', ',']) {
        return None;
    }
    let member = |key: &str| {
        if json {
            format!("\"{key}\": {written}")
        } else {
            format!("{key}: {written}")
        }
    };
    let fix = |edits| Some(shifted(title.clone(), Applicability::Safe, edits, bom));
    if doc.has_span(at) {
        let s = doc.span_of(at)?;
        if s.value_properties || doc.value().pointer(at).is_some_and(|v| v == value) {
            return None;
        }
        return fix(vec![edit(s.value, &written)]);
    }
    let parent = crate::base::pointer::from_segments(parents);
    if parent.is_empty() || doc.has_span(&parent) {
        let node = doc.value().pointer(&parent)?.as_object()?;
        let span = if parent.is_empty() {
            Span::new(0, text.len())
        } else {
            let s = doc.span_of(&parent)?;
            if s.value_properties {
                return None;
            }
            s.value
        };
        let written_text = text.get(span.start..span.end)?;
        let trimmed = written_text.trim_end();
        if trimmed.starts_with('{') || trimmed.trim_start().starts_with('{') {
            // A flow mapping or a JSON object: before its closing brace.
            let close = span.start + trimmed.rfind('}')?;
            let separator = if node.is_empty() { "" } else { ", " };
            return fix(vec![edit(
                Span::new(close, close),
                &format!("{separator}{}", member(key)),
            )]);
        }
        if json || node.is_empty() {
            return None;
        }
        // A block mapping: a line after its last member, indented as its
        // first member is.
        let first = node.keys().next()?;
        let mut first_at = parent.clone();
        crate::base::pointer::push(&mut first_at, first);
        let first_key = doc.span_of(&first_at)?.key?;
        let line_start = text[..first_key.start].rfind('\n').map_or(0, |i| i + 1);
        let indent = &text[line_start..first_key.start];
        if !indent.chars().all(|c| c == ' ') {
            return None;
        }
        let end = span.end.max(first_key.end);
        let (insert_at, prefix) = match text[end..].find('\n') {
            Some(i) => (end + i + 1, ""),
            None => (text.len(), "\n"),
        };
        return fix(vec![edit(
            Span::new(insert_at, insert_at),
            &format!("{prefix}{indent}{}\n", member(key)),
        )]);
    }
    // The mapping is missing too: at the top level only, added at the end.
    let [top] = parents else {
        return None;
    };
    if !doc.value().is_object() || doc.value().get(top).is_some_and(|v| !v.is_null()) {
        return None;
    }
    if doc.value().get(top).is_some() {
        // `referat: null` or `referat:` written empty: a person decides.
        return None;
    }
    if json {
        let close = text.trim_end().rfind('}')?;
        let separator = if doc.value().as_object().is_some_and(|m| m.is_empty()) {
            ""
        } else {
            ", "
        };
        return fix(vec![edit(
            Span::new(close, close),
            &format!("{separator}\"{top}\": {{{}}}", member(key)),
        )]);
    }
    let prefix = if text.is_empty() || text.ends_with('\n') {
        ""
    } else {
        "\n"
    };
    fix(vec![edit(
        Span::new(text.len(), text.len()),
        &format!("{prefix}{top}:\n  {}\n", member(key)),
    )])
}

fn edit(span: Span, replacement: &str) -> Edit {
    Edit {
        start: span.start,
        end: span.end,
        replacement: replacement.to_owned(),
    }
}

/// A fix whose edits, made on the text after a BOM of `bom` bytes, are
/// moved to count the BOM, as [`Edit`] offsets do.
fn shifted(title: Text, applicability: Applicability, mut edits: Vec<Edit>, bom: usize) -> Fix {
    for e in &mut edits {
        e.start += bom;
        e.end += bom;
    }
    Fix::new(title, applicability, edits)
}

/// What a date fix had to guess.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Guess {
    /// Nothing: exactly one reading.
    None,
    /// The century of a two-digit year (`08.09.26`): 20xx.
    Century,
    /// Day before month (`08/09/2026`), where month before day would also
    /// be a date.
    DayFirst,
}

impl Guess {
    fn applicability(self) -> Applicability {
        match self {
            Guess::None => Applicability::Safe,
            Guess::Century | Guess::DayFirst => Applicability::Unsafe,
        }
    }
}

fn date_title(iso: &str, guess: Guess) -> Text {
    let id = match guess {
        Guess::None => FixText::Date,
        Guess::Century => FixText::DateCentury,
        Guess::DayFirst => FixText::DateDayFirst,
    };
    id.fill(&[("date", iso)])
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// The date a person meant, and what had to be guessed:
///
/// - `8.9.2026`, `08.09.2026` (the Norwegian way): exactly one reading;
/// - `08.09.26`: the century is guessed (20xx);
/// - `2026.09.08`, `2026/9/8`, `2026-9-8` (year first): one reading;
/// - `08/09/2026`, `08-09-2026`: day first as in Norwegian, a guess when
///   month first would also be a date (`13/09/2026` is not: one reading);
/// - `8. september 2026`, `8. sep. 2026` (Norwegian month names).
///
/// `None` when it is no real day (`31.02.2026`) or not written so.
fn read_date(s: &str) -> Option<(NaiveDate, Guess)> {
    let s = s.trim();
    if let Some(date) = read_named_month(s) {
        return Some((date, Guess::None));
    }
    let sep = s.bytes().find(|b| matches!(b, b'.' | b'/' | b'-'))?;
    let parts: Vec<&str> = s.split(char::from(sep)).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if !parts.iter().all(|p| all_digits(p)) {
        return None;
    }
    let ymd = |y: &str, m: &str, d: &str| {
        NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    };
    let short = |p: &str| (1..=2).contains(&p.len());
    if a.len() == 4 && short(b) && short(c) {
        return Some((ymd(a, b, c)?, Guess::None));
    }
    if !short(a) || !short(b) {
        return None;
    }
    match (sep, c.len()) {
        (b'.', 4) => Some((ymd(c, b, a)?, Guess::None)),
        (b'.', 2) => Some((ymd(&format!("20{c}"), b, a)?, Guess::Century)),
        (b'/' | b'-', 4) => {
            let day_first = ymd(c, b, a)?;
            match ymd(c, a, b) {
                Some(month_first) if month_first != day_first => Some((day_first, Guess::DayFirst)),
                _ => Some((day_first, Guess::None)),
            }
        }
        _ => None,
    }
}

/// `8. september 2026`, `8 sept. 2026`: a day, a Norwegian month name (or
/// its usual abbreviation) and a four-digit year.
fn read_named_month(s: &str) -> Option<NaiveDate> {
    const MONTHS: [&[&str]; 12] = [
        &["januar", "jan"],
        &["februar", "feb"],
        &["mars", "mar"],
        &["april", "apr"],
        &["mai"],
        &["juni", "jun"],
        &["juli", "jul"],
        &["august", "aug"],
        &["september", "sep", "sept"],
        &["oktober", "okt"],
        &["november", "nov"],
        &["desember", "des"],
    ];
    let words: Vec<&str> = s.split_whitespace().collect();
    let [day, month, year] = words.as_slice() else {
        return None;
    };
    let day = day.strip_suffix('.').unwrap_or(day);
    let month = month.strip_suffix('.').unwrap_or(month).to_lowercase();
    if !all_digits(day) || day.len() > 2 || !all_digits(year) || year.len() != 4 {
        return None;
    }
    let m = MONTHS
        .iter()
        .position(|names| names.contains(&month.as_str()))?;
    NaiveDate::from_ymd_opt(
        year.parse().ok()?,
        u32::try_from(m).ok()? + 1,
        day.parse().ok()?,
    )
}

/// `ja`, `yes`, `on` (any case) are `true`; `nei`, `no`, `off` are `false`;
/// so are `"true"` and `"false"` written as text.
fn read_bool(s: &str) -> Option<bool> {
    match s.to_ascii_lowercase().as_str() {
        "ja" | "yes" | "on" | "true" => Some(true),
        "nei" | "no" | "off" | "false" => Some(false),
        _ => None,
    }
}

/// The one value of `values` that `s` is, but for case and for `-` or a
/// blank written for `_` (`NAV`, `Arbeidsgiver`, `in-person`).
fn read_enum<'v>(s: &str, values: &'v [String]) -> Option<&'v str> {
    let wanted: String = s
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect::<String>()
        .to_lowercase();
    let mut matches = values.iter().filter(|v| **v == wanted);
    let one = matches.next()?;
    (matches.next().is_none() && one != s).then_some(one.as_str())
}

/// The one value of `values` close to `s` (a typo, as the "did you mean"
/// judges it), when exactly one is.
fn close_enum<'v>(s: &str, values: &'v [String]) -> Option<&'v str> {
    let known: Vec<&str> = values.iter().map(String::as_str).collect();
    let normal: String = s.replace(['-', ' '], "_");
    if crate::base::names::close_count(&normal, &known) != 1 {
        return None;
    }
    crate::base::names::suggest(&normal, &known).filter(|v| *v != s)
}

/// Rule codes that no comment can suppress: DM001, DM003 and DM004 (which
/// mean the document was not checked), DM005 and DM006 (findings about the
/// suppression comments themselves).
const NOT_BY_COMMENT: [&str; 2] = ["DM005", "DM006"];

/// A fix that inserts a `# dialogmote: ignore CODE -- ` comment for
/// `finding` in `source`, leaving the reason to be written after `-- `. It is
/// an editor action: [`Linter::fix`](crate::Linter::fix) never applies it.
/// `None` when the finding has no place in the source, when the source is
/// JSON (which has no comments), when no comment may suppress its code
/// (DM001, DM003–DM006), or when no comment can reach its line (a line
/// inside a block scalar or a quoted text over several lines).
///
/// The comment goes on a line of its own above the finding's line, indented
/// like it, with that line's line break. When the line above is already a
/// suppression comment, which the new line would take from its line, it
/// goes at the end of the finding's line instead. Either way the reason is
/// to be written at the end of the inserted text (before its line break),
/// and the document's content is unchanged: the result is loaded again to
/// make sure the comment is a comment.
pub fn suppression_fix(source: &Source<'_>, finding: &Finding) -> Option<Fix> {
    let code = finding.code.as_str();
    let plain_code = !code.is_empty()
        && code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !plain_code
        || suppress::UNSUPPRESSIBLE.contains(&code)
        || NOT_BY_COMMENT.contains(&code)
        || source.kind() != SourceKind::Yaml
        || !source.is_decoded()
    {
        return None;
    }
    let line = finding.location?.line;
    let text = source.text();
    let index = source.line_index();
    if line == 0 || line > index.line_count() {
        return None;
    }
    let start = index.line_start(line);
    let content = index.line_text(line);
    let comment = format!("# dialogmote: ignore {code} -- ");
    let above_is_suppression = line > 1 && {
        let above = index.line_text(line - 1).trim_start();
        above
            .strip_prefix('#')
            .is_some_and(|c| suppress::directive(c).is_some())
    };
    let (at, inserted) = if above_is_suppression {
        (start + content.len(), format!("  {comment}"))
    } else {
        let indent = &content[..content.len() - content.trim_start_matches([' ', '\t']).len()];
        let end = index.line_start(line + 1);
        let own_break = &text[start + content.len()..end];
        let newline = match own_break {
            "" if line > 1 => {
                &text[start - crate::input::position::break_len_before(text.as_bytes(), start)
                    ..start]
            }
            "" => "\n",
            nl => nl,
        };
        (start, format!("{indent}{comment}{newline}"))
    };
    let edit = Edit {
        start: at,
        end: at,
        replacement: inserted,
    };
    // The comment must be a comment, and the content the same.
    let mut after = String::with_capacity(text.len() + edit.replacement.len());
    after.push_str(&text[..at]);
    after.push_str(&edit.replacement);
    after.push_str(&text[at..]);
    let limits = widest_limits();
    let before = load::load(text, SourceKind::Yaml, &limits).ok()?;
    let loaded = load::load(&after, SourceKind::Yaml, &limits).ok()?;
    let hash = at + edit.replacement.find('#')?;
    if loaded.value() != before.value() || !loaded.comments().iter().any(|c| c.start == hash) {
        return None;
    }
    Some(shifted(
        FixText::Suppress.fill(&[("code", code)]),
        Applicability::Unsafe,
        vec![edit],
        source.bom_len(),
    ))
}

/// Limits at their ceilings: the document was loaded within the linter's
/// own limits already, and one more line must not push it over them.
fn widest_limits() -> Limits {
    Limits::default()
        .with_max_bytes(usize::MAX)
        .with_max_depth(usize::MAX)
        .with_max_nodes(usize::MAX)
        .with_max_alias_nodes(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::apply_fixes;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn dates_in_norwegian_order_have_one_reading() {
        for s in ["08.09.2026", "8.9.2026", "8.09.2026", " 08.09.2026 "] {
            assert_eq!(read_date(s), Some((date(2026, 9, 8), Guess::None)), "{s}");
        }
        for s in ["2026.09.08", "2026/9/8", "2026-9-8"] {
            assert_eq!(read_date(s), Some((date(2026, 9, 8), Guess::None)), "{s}");
        }
        // Only day first is a date: 13 is no month.
        assert_eq!(
            read_date("13/09/2026"),
            Some((date(2026, 9, 13), Guess::None))
        );
        assert_eq!(
            read_date("08/08/2026"),
            Some((date(2026, 8, 8), Guess::None))
        );
        for s in [
            "8. september 2026",
            "8. sep. 2026",
            "08 September 2026",
            "8. sept 2026",
        ] {
            assert_eq!(read_date(s), Some((date(2026, 9, 8), Guess::None)), "{s}");
        }
        assert_eq!(
            read_date("29. februar 2028"),
            Some((date(2028, 2, 29), Guess::None))
        );
    }

    #[test]
    fn dates_that_need_a_guess_say_so() {
        assert_eq!(
            read_date("08.09.26"),
            Some((date(2026, 9, 8), Guess::Century))
        );
        assert_eq!(
            read_date("08/09/2026"),
            Some((date(2026, 9, 8), Guess::DayFirst))
        );
        assert_eq!(
            read_date("8-9-2026"),
            Some((date(2026, 9, 8), Guess::DayFirst))
        );
        assert_eq!(Guess::Century.applicability(), Applicability::Unsafe);
        assert_eq!(Guess::DayFirst.applicability(), Applicability::Unsafe);
        let title = date_title("2026-09-08", Guess::Century);
        assert!(title.en.contains("century"), "{title:?}");
        assert!(title.nn.contains("hundreåret"), "{title:?}");
    }

    #[test]
    fn dates_that_are_no_day_or_not_dates_get_none() {
        for s in [
            "31.02.2026",
            "29.02.2026",
            "32.1.2026",
            "8.13.2026",
            "8.9",
            "8.9.2026.1",
            "8..2026",
            "8.9.026",
            "08/09/26",
            "8. smarch 2026",
            "8. september 26",
            "2026-13-01",
            "neste uke",
            "",
            "٣.٣.٢٠٢٦",
            "8.9.2026 kl 9",
        ] {
            assert_eq!(read_date(s), None, "{s}");
        }
    }

    #[test]
    fn times_are_read_from_the_written_text() {
        for (s, want) in [
            ("9.00", "09:00"),
            ("09.00", "09:00"),
            ("9:00", "09:00"),
            ("0900", "09:00"),
            ("9.30", "09:30"),
            ("23.59", "23:59"),
            ("0.05", "00:05"),
            ("kl. 9.00", "09:00"),
            ("Kl 14:15", "14:15"),
        ] {
            let read = crate::base::dates::read_clock(s).map(|c| c.hhmm);
            assert_eq!(read.as_deref(), Some(want), "{s}");
        }
        for s in [
            "25:00", "24:00", "9.60", "9.5", "09:00:30", "ni", "9.0o", "", "kl.", "١٢٣٤",
        ] {
            assert_eq!(crate::base::dates::read_clock(s), None, "{s}");
        }
    }

    #[test]
    fn boolean_words() {
        for s in ["ja", "Ja", "JA", "yes", "Yes", "on", "ON", "true"] {
            assert_eq!(read_bool(s), Some(true), "{s}");
        }
        for s in ["nei", "Nei", "no", "NO", "off", "false"] {
            assert_eq!(read_bool(s), Some(false), "{s}");
        }
        for s in ["jo", "kanskje", "1", "", "y"] {
            assert_eq!(read_bool(s), None, "{s}");
        }
    }

    #[test]
    fn enum_values_in_the_wrong_case_or_with_dashes() {
        let roles: Vec<String> = ["arbeidstaker", "arbeidsgiver", "nav"]
            .map(String::from)
            .to_vec();
        assert_eq!(read_enum("NAV", &roles), Some("nav"));
        assert_eq!(read_enum("Arbeidsgiver", &roles), Some("arbeidsgiver"));
        assert_eq!(read_enum("nav", &roles), None, "already right");
        assert_eq!(read_enum("navv", &roles), None, "a typo is no case");
        let modes: Vec<String> = ["in_person", "video"].map(String::from).to_vec();
        assert_eq!(read_enum("In person", &modes), Some("in_person"));
        assert_eq!(read_enum("in-person", &modes), Some("in_person"));
        assert_eq!(read_enum("teams", &modes), None);
        // Two values that differ only by case: no one answer.
        let twins: Vec<String> = ["a_b", "a_b"].map(String::from).to_vec();
        assert_eq!(read_enum("A-B", &twins), None);
        // A typo: one close value is a likely fix, never a sure one.
        assert_eq!(
            close_enum("tilitsvalgt", &roles_all()),
            Some("tillitsvalgt")
        );
        assert_eq!(close_enum("nab", &roles_all()), Some("nav"));
        assert_eq!(close_enum("teams", &modes), None);
        assert_eq!(close_enum("lge", &roles_all()), Some("lege"));
        assert_eq!(
            close_enum("bav", &roles_all()),
            None,
            "nav or bht: no one answer"
        );
        let e = Expected::Enum(roles_all());
        let fix = value_fix(
            "role: tilitsvalgt\n",
            (Span::new(6, 17), false),
            0,
            SourceKind::Yaml,
            &e,
        )
        .unwrap();
        assert_eq!(fix.applicability, Applicability::Unsafe);
        assert!(fix.title.en.contains("check it"), "{:?}", fix.title);
    }

    /// Words people write for a value mean it: a safe fix for a word with
    /// one meaning, a fix to check for a plain `ja`; the title says what the
    /// value means.
    #[test]
    fn everyday_words_are_mended_to_the_value_they_mean() {
        let modes = Expected::Enum(
            ["in_person", "video", "phone", "hybrid"]
                .map(String::from)
                .to_vec(),
        );
        let decisions = Expected::Enum(
            ["apply", "in_use", "clarify", "not_relevant"]
                .map(String::from)
                .to_vec(),
        );
        let fix_of = |prefix: &str, value: &str, e: &Expected| {
            let text = format!("{prefix}{value}\n");
            value_fix(
                &text,
                (Span::new(prefix.len(), prefix.len() + value.len()), false),
                0,
                SourceKind::Yaml,
                e,
            )
        };
        let fysisk = fix_of("mode: ", "fysisk", &modes).unwrap();
        assert_eq!(fysisk.applicability, Applicability::Safe);
        assert_eq!(fysisk.edits[0].replacement, "in_person");
        assert_eq!(fysisk.title.nb, "skriv `in_person` (Fysisk møte)");
        let telefon = fix_of("mode: ", "Telefon", &modes).unwrap();
        assert_eq!(telefon.edits[0].replacement, "phone");
        let soke = fix_of("decision: ", "søkes om", &decisions).unwrap();
        assert_eq!(soke.applicability, Applicability::Safe);
        assert_eq!(soke.edits[0].replacement, "apply");
        let ja = fix_of("decision: ", "ja", &decisions).unwrap();
        assert_eq!(ja.applicability, Applicability::Unsafe);
        assert!(ja.title.nb.contains("sjekk det"), "{:?}", ja.title);
        let role = fix_of("role: ", "arbeidsgjevar", &Expected::Enum(roles_all())).unwrap();
        assert_eq!(role.applicability, Applicability::Safe);
        assert_eq!(role.edits[0].replacement, "arbeidsgiver");
        assert!(fix_of("mode: ", "Kari", &modes).is_none());
    }

    fn roles_all() -> Vec<String> {
        crate::base::fields::ROLES.map(String::from).to_vec()
    }

    /// The text after `value_fix` on the one value `value` in `key: value`.
    fn fixed(line_prefix: &str, value: &str, json: bool, want: &Expected) -> Option<String> {
        let text = format!("{line_prefix}{value}  # note\n");
        let span = Span::new(line_prefix.len(), line_prefix.len() + value.len());
        let kind = if json {
            SourceKind::Json
        } else {
            SourceKind::Yaml
        };
        // As the loader tells: whether an anchor or a tag comes first.
        let properties = value.starts_with(['&', '!']);
        let fix = value_fix(&text, (span, properties), 0, kind, want)?;
        Some(apply_fixes(&text, [&fix]).unwrap())
    }

    #[test]
    fn value_fixes_keep_every_other_byte() {
        let y = |v: &str, w: &Expected| fixed("  start: ", v, false, w);
        let j = |v: &str, w: &Expected| fixed("  \"start\": ", v, true, w);
        let t = Expected::Time;
        assert_eq!(y("9.00", &t).unwrap(), "  start: \"09:00\"  # note\n");
        assert_eq!(y("'9.00'", &t).unwrap(), "  start: '09:00'  # note\n");
        assert_eq!(y("\"9:00\"", &t).unwrap(), "  start: \"09:00\"  # note\n");
        assert_eq!(j("9.00", &t).unwrap(), "  \"start\": \"09:00\"  # note\n");
        assert_eq!(
            j("\"0900\"", &t).unwrap(),
            "  \"start\": \"09:00\"  # note\n"
        );
        assert_eq!(y("25.00", &t), None);
        let d = Expected::Date;
        assert_eq!(y("8.9.2026", &d).unwrap(), "  start: 2026-09-08  # note\n");
        assert_eq!(
            y("'8.9.2026'", &d).unwrap(),
            "  start: '2026-09-08'  # note\n"
        );
        assert_eq!(
            j("\"8.9.2026\"", &d).unwrap(),
            "  \"start\": \"2026-09-08\"  # note\n"
        );
        let b = Expected::Boolean;
        assert_eq!(y("Ja", &b).unwrap(), "  start: true  # note\n");
        assert_eq!(y("\"nei\"", &b).unwrap(), "  start: false  # note\n");
        assert_eq!(j("\"yes\"", &b).unwrap(), "  \"start\": true  # note\n");
        let e = Expected::Enum(vec!["nav".into(), "lege".into()]);
        assert_eq!(y("NAV", &e).unwrap(), "  start: nav  # note\n");
        assert_eq!(y("'Lege'", &e).unwrap(), "  start: 'lege'  # note\n");
        assert_eq!(j("\"NAV\"", &e).unwrap(), "  \"start\": \"nav\"  # note\n");
        let g = Expected::Integer { percent: true };
        assert_eq!(y("50 %", &g).unwrap(), "  start: 50  # note\n");
        assert_eq!(y("50%", &g).unwrap(), "  start: 50  # note\n");
        assert_eq!(y("\"50%\"", &g).unwrap(), "  start: 50  # note\n");
        assert_eq!(y("'100'", &g).unwrap(), "  start: 100  # note\n");
        assert_eq!(j("\"50 %\"", &g).unwrap(), "  \"start\": 50  # note\n");
        assert_eq!(y("050%", &g), None, "a leading zero is no JSON number");
        assert_eq!(y("50 prosent", &g), None);
        assert_eq!(y("-50%", &g), None);
        let n = Expected::Integer { percent: false };
        assert_eq!(y("\"10\"", &n).unwrap(), "  start: 10  # note\n");
        assert_eq!(y("10%", &n), None, "only the grade is a percentage");
        let s = Expected::Text;
        assert_eq!(y("12345", &s).unwrap(), "  start: \"12345\"  # note\n");
        assert_eq!(j("12345", &s).unwrap(), "  \"start\": \"12345\"  # note\n");
        assert_eq!(y("'x'", &s), None);
        // After an anchor, the value is mended and the anchor kept.
        assert_eq!(y("&t 9.00", &t).unwrap(), "  start: &t \"09:00\"  # note\n");
        assert_eq!(
            y("&t\t'9:00'", &t).unwrap(),
            "  start: &t\t'09:00'  # note\n"
        );
        // After `!!str` too, when the value stays text (issue 23, item 7).
        assert_eq!(
            y("!!str 9.00", &t).unwrap(),
            "  start: !!str \"09:00\"  # note\n"
        );
        assert_eq!(
            y("&a !!str '9.00'", &t).unwrap(),
            "  start: &a !!str '09:00'  # note\n"
        );
        assert_eq!(y("!!str 'ja'", &Expected::Boolean), None);
    }

    #[test]
    fn values_not_written_plainly_get_no_fix() {
        let t = Expected::Time;
        for v in [
            "\"9\\u002e00\"",
            "'9''00'",
            "!!int 9",
            "&a !!float 9.00",
            "&a",
            "*a",
            "|",
            "[9.00]",
            "\"9.00",
        ] {
            assert_eq!(fixed("start: ", v, false, &t), None, "{v}");
        }
        // Over two lines.
        let text = "start: 9.\n  00\n";
        assert_eq!(
            value_fix(text, (Span::new(7, 15), false), 0, SourceKind::Yaml, &t),
            None
        );
        // A span outside the text or inside a character.
        assert_eq!(
            value_fix("a: ø", (Span::new(4, 9), false), 0, SourceKind::Yaml, &t),
            None
        );
        assert_eq!(
            value_fix("a: ø", (Span::new(4, 5), false), 0, SourceKind::Yaml, &t),
            None
        );
    }

    #[test]
    fn titles_name_no_document_text() {
        let text = "grade: \"15058500027 %\"\nname: 15058500027\n";
        let g = value_fix(
            text,
            (Span::new(7, 22), false),
            0,
            SourceKind::Yaml,
            &Expected::Integer { percent: true },
        )
        .unwrap();
        let s = value_fix(
            text,
            (Span::new(29, 40), false),
            0,
            SourceKind::Yaml,
            &Expected::Text,
        )
        .unwrap();
        for fix in [g, s] {
            let shown = format!("{:?}{:?}", fix.title, fix.edits);
            assert!(!shown.contains("1505"), "{shown}");
        }
    }

    #[test]
    fn edits_count_the_bom() {
        let text = "a: 9.00\n";
        let fix = value_fix(
            text,
            (Span::new(3, 7), false),
            3,
            SourceKind::Yaml,
            &Expected::Time,
        )
        .unwrap();
        assert_eq!((fix.edits[0].start, fix.edits[0].end), (6, 10));
        let with_bom = format!("\u{feff}{text}");
        assert_eq!(
            apply_fixes(&with_bom, [&fix]).unwrap(),
            "\u{feff}a: \"09:00\"\n"
        );
    }

    /// The DM002 fix of a misspelt key, applied to the input, gives the
    /// input with only the key's characters changed.
    fn lint_and_fix(input: &str) -> Option<String> {
        let linter = crate::Linter::new().unwrap();
        let opts = crate::LintOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
        let findings = linter.lint_bytes(input.as_bytes(), &opts);
        let fixes: Vec<&Fix> = findings.iter().flat_map(|f| &f.fixes).collect();
        if fixes.is_empty() {
            return None;
        }
        assert!(fixes.iter().all(|f| f.applicability == Applicability::Safe));
        apply_fixes(input, fixes)
    }

    #[test]
    fn a_misspelt_key_is_renamed_byte_for_byte() {
        let doc = |key: &str, nl: &str| {
            [
                "format: dialogmote1/v1 # the format",
                "meeting:",
                "  date: 2026-11-16",
                "participants:",
                "  - role: arbeidstaker",
                &format!("    {key}: true   # was there"),
                "",
            ]
            .join(nl)
        };
        for (typo, right) in [
            ("atended", "attended"),
            ("\"atended\"", "\"attended\""),
            ("'atended'", "'attended'"),
        ] {
            for nl in ["\n", "\r\n"] {
                for bom in ["", "\u{feff}"] {
                    let input = format!("{bom}{}", doc(typo, nl));
                    let want = format!("{bom}{}", doc(right, nl));
                    assert_eq!(
                        lint_and_fix(&input).as_deref(),
                        Some(want.as_str()),
                        "{input:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn no_fix_without_exactly_one_candidate_or_when_the_key_exists() {
        let base = "format: dialogmote1/v1\nmeeting:\n  date: 2026-11-16\nparticipants:\n  - role: arbeidstaker\n";
        // Far from every key: no suggestion, no fix.
        assert_eq!(lint_and_fix(&format!("{base}    xyzzy: true\n")), None);
        // The right key is there already: renaming would duplicate it.
        assert_eq!(
            lint_and_fix(&format!("{base}    attended: true\n    atended: true\n")),
            None
        );
        // Escaped in quotes: left to a person.
        assert_eq!(
            lint_and_fix(&format!("{base}    \"at\\u0074ended\": true\n")),
            None
        );
    }
}
