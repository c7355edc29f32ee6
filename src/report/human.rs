//! The human format: `path:line:col: severity[CODE] message`, the help, and
//! with a source text also the line with the span underlined; then a summary.
//! Labels and the summary speak the chosen language.

use std::fmt::Write;

use crate::findings::{Applicability, FileReport, Report, Severity, Summary};
use crate::input::position::LineIndex;
use crate::input::source::Source;
use crate::report::path::{display_path, push_escaped};
use crate::texts::{Lang, ReportText, UiText};

/// Options of the human format.
#[derive(Debug, Clone, Copy, Default)]
#[non_exhaustive]
pub struct HumanOptions {
    /// Colour the severity (ANSI).
    pub color: bool,
    /// The language of labels and the summary.
    pub lang: Lang,
}

impl HumanOptions {
    /// Options with colour as given.
    pub fn new(color: bool, lang: Lang) -> Self {
        HumanOptions { color, lang }
    }
}

/// The severity's label in `lang`: `feil`, `advarsel`, `info` in bokmål,
/// `feil`, `åtvaring`, `info` in nynorsk.
pub(crate) fn label(s: Severity, lang: Lang) -> &'static str {
    match s {
        Severity::Error => ReportText::SeverityError.get(lang),
        Severity::Warning => ReportText::SeverityWarning.get(lang),
        Severity::Info => ReportText::SeverityInfo.get(lang),
    }
}

fn paint(s: Severity, opts: &HumanOptions) -> String {
    let text = label(s, opts.lang);
    if !opts.color {
        return text.to_owned();
    }
    let code = match s {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
        Severity::Info => "1;36",
    };
    format!("\x1b[{code}m{text}\x1b[0m")
}

/// Characters of the source line shown before and after a finding's start:
/// a minified file is one long line, and each finding shows a window of it.
const BEFORE: usize = 40;
const AFTER: usize = 80;

/// The part of the line around `column` that is shown, and the column of
/// the finding within it. Costs the window, not the line.
fn excerpt(index: &LineIndex<'_>, line: usize, column: usize) -> (String, usize) {
    let text = index.line_text(line);
    let base = index.line_start(line);
    let at = index.offset_of(line, column) - base;
    let mut from = at;
    let mut before = 0;
    for c in text[..at].chars().rev().take(BEFORE) {
        from -= c.len_utf8();
        before += 1;
    }
    let mut to = at;
    for c in text[at..].chars().take(AFTER) {
        to += c.len_utf8();
    }
    let mut shown = String::new();
    if from > 0 {
        shown.push('…');
        before += 1;
    }
    shown.push_str(&text[from..to].replace('\t', " "));
    if to < text.len() {
        shown.push('…');
    }
    (shown, before + 1)
}

/// `text` with the characters of columns `from..to` (1-based, of `text`)
/// masked, blanks kept: `fnr •••••• •••••`.
fn mask(text: &str, from: usize, to: usize) -> String {
    text.chars()
        .enumerate()
        .map(|(i, c)| {
            if (from..to).contains(&(i + 1)) && !c.is_whitespace() && c != '…' {
                '•'
            } else {
                c
            }
        })
        .collect()
}

/// One file's findings, each with its help. With `source` (the document
/// the findings are of), each finding also shows its source line,
/// underlined, from the source's line index: this prints document text, so
/// callers pass it only on a person's terminal or when asked
/// (`--show-source`). Help is rule text and is always shown.
pub fn render_human_file(
    file: &FileReport,
    source: Option<&Source<'_>>,
    opts: &HumanOptions,
) -> String {
    let mut out = String::new();
    let index = source.map(Source::line_index);
    let (path, invalid) = display_path(file);
    if invalid && !file.findings.is_empty() {
        let note = ReportText::NameNotUtf8.get(opts.lang);
        let _ = writeln!(out, "{path}: {note}");
    }
    let lang = opts.lang;
    let help_label = ReportText::Help.get(lang);
    // What the privacy rules found, by line and columns (an end past the
    // line for a finding over several lines): masked in every source line
    // shown, under any finding.
    let found: Vec<(usize, usize, usize)> = file
        .findings
        .iter()
        .filter(|f| crate::findings::is_privacy_code(&f.code))
        .filter_map(|f| f.location)
        .flat_map(|l| {
            (l.line..=l.end_line.max(l.line)).map(move |line| {
                let from = if line == l.line { l.column } else { 1 };
                let to = if line == l.end_line {
                    l.end_column.max(from + 1)
                } else {
                    usize::MAX
                };
                (line, from, to)
            })
        })
        .collect();
    for f in &file.findings {
        let (line, col) = f.location.map_or((1, 1), |l| (l.line, l.column));
        let _ = write!(
            out,
            "{path}:{line}:{col}: {}[{}] ",
            paint(f.severity, opts),
            f.code
        );
        push_escaped(&mut out, f.message.get(lang));
        out.push('\n');
        if let (Some(index), Some(l)) = (&index, f.location) {
            let (mut text, column) = excerpt(index, l.line, l.column);
            let width = l.line.to_string().len();
            let end = if l.end_line == l.line {
                (l.end_column.max(l.column + 1) - l.column + column).min(text.chars().count() + 1)
            } else {
                text.chars().count() + 1
            };
            // What a privacy rule found (an identity number, a diagnosis) is
            // not printed again, not even with `--show-source`: a screenshot
            // or a support ticket of this output would carry it.
            for &(_, from, to) in found.iter().filter(|(line, _, _)| *line == l.line) {
                // Columns of the line, as columns of the excerpt.
                let shown = |c: usize| (c + column).saturating_sub(l.column);
                text = mask(
                    &text,
                    shown(from).max(1),
                    shown(to.min(usize::MAX - column)),
                );
            }
            let marks = "^".repeat(end.saturating_sub(column).max(1));
            let _ = writeln!(out, "{:width$} |", "");
            let _ = writeln!(out, "{} | {text}", l.line);
            let _ = writeln!(out, "{:width$} | {}{marks}", "", " ".repeat(column - 1));
        }
        if let Some(h) = &f.help {
            let _ = write!(out, "  = {help_label}: ");
            push_escaped(&mut out, h.get(lang));
            out.push('\n');
        }
        for fix in &f.fixes {
            let label = match fix.applicability {
                Applicability::Safe => ReportText::Fix.get(lang),
                _ => ReportText::PossibleFix.get(lang),
            };
            let _ = write!(out, "  = {label}: ");
            // The title says what is written; the edits' byte offsets are
            // data for programs (JSON, SARIF, the language server).
            push_escaped(&mut out, fix.title.get(lang));
            out.push('\n');
        }
        for r in &f.related {
            let _ = write!(out, "  = {}: ", ReportText::SeeAlso.get(lang));
            if let Some(l) = r.location {
                let _ = write!(out, "{path}:{}:{}: ", l.line, l.column);
            }
            push_escaped(&mut out, r.message.get(lang));
            out.push('\n');
        }
    }
    out
}

/// The summary: the configuration used, if any, and the counts.
pub fn render_human_summary(report: &Report, opts: &HumanOptions) -> String {
    let s: &Summary = &report.summary;
    let mut out = String::new();
    if let Some(config) = &report.config_path {
        out.push_str(ReportText::Configuration.get(opts.lang));
        out.push_str(": ");
        push_escaped(&mut out, config);
        out.push('\n');
    }
    // Each count in the singular or the plural, as the language says it.
    let count = |n: usize, one: ReportText, many: ReportText| {
        let text = if n == 1 { one } else { many };
        text.say(opts.lang, &[("n", &n.to_string())])
    };
    // The files counted as the program counts them in its `--fix` lines.
    let files = |n: usize| {
        let text = if n == 1 {
            UiText::FilesOne
        } else {
            UiText::FilesMany
        };
        text.fill(opts.lang, &[("n", &n.to_string())])
    };
    let checked = if s.files == 1 {
        ReportText::CheckedOne
    } else {
        ReportText::CheckedMany
    };
    out.push_str(&checked.say(
        opts.lang,
        &[
            ("files", &files(s.files)),
            (
                "errors",
                &count(s.errors, ReportText::ErrorsOne, ReportText::ErrorsMany),
            ),
            (
                "warnings",
                &count(
                    s.warnings,
                    ReportText::WarningsOne,
                    ReportText::WarningsMany,
                ),
            ),
            ("infos", &s.infos.to_string()),
        ],
    ));
    if s.suppressed > 0 {
        let suppressed = count(
            s.suppressed,
            ReportText::SuppressedOne,
            ReportText::SuppressedMany,
        );
        let _ = write!(out, " ({suppressed})");
    }
    out.push('\n');
    out
}

/// The whole report without source lines.
pub fn render_human(report: &Report, opts: &HumanOptions) -> String {
    let mut out = String::new();
    for f in &report.files {
        out.push_str(&render_human_file(f, None, opts));
    }
    out.push_str(&render_human_summary(report, opts));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::{Finding, Location};
    use crate::texts::Text;

    fn finding(severity: Severity, line: usize, column: usize) -> Finding {
        let message = Text::new("melding", "melding", "message");
        let mut f = Finding::new("DM002", "schema-violation", severity, message, "/a")
            .with_help(Text::new("skriv `x`", "skriv `x`", "write `x`"));
        f.location = Some(Location {
            line,
            column,
            end_line: line,
            end_column: column + 3,
            offset: 0,
        });
        f
    }

    fn report(files: Vec<FileReport>) -> Report {
        let mut r = Report::default();
        for f in files {
            r.push(f);
        }
        r
    }

    #[test]
    fn bokmal_labels_and_counts() {
        let nb = HumanOptions::new(false, Lang::Nb);
        let one = report(vec![FileReport::new(
            "a.yaml",
            vec![
                finding(Severity::Error, 1, 1),
                finding(Severity::Warning, 2, 1),
                finding(Severity::Info, 3, 1),
            ],
        )]);
        let text = render_human(&one, &nb);
        assert!(text.contains("a.yaml:1:1: feil[DM002] melding\n  = hjelp: skriv `x`\n"));
        assert!(text.contains("a.yaml:2:1: advarsel[DM002]"));
        assert!(text.contains("a.yaml:3:1: info[DM002]"));
        assert!(
            text.ends_with("1 fil kontrollert: 1 feil, 1 advarsel, 1 info\n"),
            "{text}"
        );
        let two = report(vec![
            FileReport::new(
                "a.yaml",
                vec![
                    finding(Severity::Warning, 1, 1),
                    finding(Severity::Warning, 2, 1),
                ],
            ),
            FileReport::new("b.yaml", vec![]),
        ]);
        assert!(
            render_human(&two, &nb).ends_with("2 filer kontrollert: 0 feil, 2 advarsler, 0 info\n")
        );
        let en = render_human(&two, &HumanOptions::new(false, Lang::En));
        assert!(en.contains("a.yaml:1:1: warning[DM002] message\n  = help: write `x`\n"));
        assert!(en.ends_with("2 files checked: 0 errors, 2 warnings, 0 info\n"));
        let nn = HumanOptions::new(false, Lang::Nn);
        assert!(
            render_human(&one, &nn).ends_with("1 fil kontrollert: 1 feil, 1 åtvaring, 1 info\n")
        );
        let nn = render_human(&two, &nn);
        assert!(nn.contains("a.yaml:1:1: åtvaring[DM002] melding\n  = hjelp: skriv `x`\n"));
        assert!(
            nn.ends_with("2 filer kontrollerte: 0 feil, 2 åtvaringar, 0 info\n"),
            "{nn}"
        );
    }

    #[test]
    fn fixes_and_related_places_are_shown_in_the_language() {
        use crate::findings::{Edit, Fix, Related};
        let mut f = finding(Severity::Error, 4, 3);
        f.fixes = vec![Fix::new(
            Text::new("endre", "endre", "rename"),
            Applicability::Safe,
            vec![Edit {
                start: 40,
                end: 47,
                replacement: "date".into(),
            }],
        )];
        let mut at = f.location.unwrap();
        at.line = 2;
        f.related = vec![Related::new(
            "/a",
            Some(at),
            Text::new("her", "her", "here"),
        )];
        let r = report(vec![FileReport::new("a.yaml", vec![f])]);
        let nn = render_human(&r, &HumanOptions::new(false, Lang::Nn));
        assert!(
            nn.contains("  = retting: endre\n  = sjå òg: a.yaml:2:3: her\n"),
            "{nn}"
        );
        let en = render_human(&r, &HumanOptions::new(false, Lang::En));
        assert!(en.contains("  = fix: rename\n  = see also: a.yaml:2:3: here\n"));
        assert!(!en.contains("40"), "{en}");
    }

    #[test]
    fn the_configuration_used_is_named() {
        let mut r = report(vec![]);
        r.config_path = Some("dialogmote.yaml".into());
        let text = render_human_summary(&r, &HumanOptions::default());
        assert_eq!(
            text,
            "konfigurasjon: dialogmote.yaml\n0 filer kontrollert: 0 feil, 0 advarsler, 0 info\n"
        );
    }

    /// Issue 9, item 17: a file name forging a workflow command or an ANSI
    /// escape is printed escaped, on one line.
    #[test]
    fn file_names_cannot_forge_lines_or_escapes() {
        let name = "evil\n::error file=evil.yaml,line=1::PWNED\u{1b}[2J.yaml";
        let r = report(vec![FileReport::new(
            name,
            vec![finding(Severity::Error, 1, 1)],
        )]);
        let text = render_human(&r, &HumanOptions::default());
        assert!(!text.contains('\u{1b}'));
        assert!(text.lines().all(|l| !l.starts_with("::")), "{text}");
        assert!(
            text.starts_with("evil\\n::error file=evil.yaml,line=1::PWNED\\u{1b}[2J.yaml:1:1: ")
        );
    }

    #[test]
    fn long_lines_show_a_window_around_the_finding() {
        let line = format!("{}ØØØ{}", "x".repeat(5000), "y".repeat(5000));
        let source = format!("a: 1\n{line}\n");
        let col = 5001;
        let file = FileReport::new("a.json", vec![finding(Severity::Error, 2, col)]);
        let source = Source::from_str("a.json", &source);
        let text = render_human_file(&file, Some(&source), &HumanOptions::default());
        let lines: Vec<&str> = text.lines().collect();
        let shown = lines[2].strip_prefix("2 | ").unwrap();
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert!(shown.chars().count() <= BEFORE + AFTER + 2);
        let caret = lines[3].find('^').unwrap() - "  | ".len();
        assert_eq!(shown.chars().nth(caret), Some('Ø'), "{shown}");
        assert!(lines[3].ends_with("^^^"));
    }

    #[test]
    fn short_lines_are_shown_whole() {
        let source = "meeting:\n  start: 9.00\n";
        let file = FileReport::new("a.yaml", vec![finding(Severity::Error, 2, 10)]);
        let source = Source::from_str("a.yaml", source);
        let text = render_human_file(&file, Some(&source), &HumanOptions::default());
        assert!(
            text.contains("2 |   start: 9.00\n  |          ^^^\n"),
            "{text}"
        );
    }
}
