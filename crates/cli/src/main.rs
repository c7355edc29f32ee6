//! The `dialogmote` command line: parses the arguments and hands each
//! subcommand to its module (`lint`, `rules`, `explain`, `schema`,
//! `render`, `new`, `export`, `lsp`). The library does the linting; the language
//! server is `dialogmote-lsp`; finding and reading the configuration is
//! `dialogmote-host`, shared with the language server. This crate reads
//! the inputs, prints, writes atomically and picks the exit code.

mod args;
mod atomic;
mod emit;
mod explain;
mod export;
mod fixing;
mod inputs;
mod lint;
mod lsp;
mod new;
mod render;
mod rules;
mod schema;
mod texts;

use std::io::Write;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use dialogmote::{Lang, UiText};
pub(crate) use dialogmote_host::{Fatal, Setup, build_builder, build_linter, today};

/// The exit codes, for every `--help`.
macro_rules! exit_help {
    () => {
        "Exit codes:
  0  no finding at or above --fail-on
  1  at least one finding at or above --fail-on
  2  could not run: bad arguments, an unreadable path, a bad configuration or rule file,
     an output that is an input, the configuration, a rule file or another output,
     or --timeout ran out"
    };
}
pub(crate) use exit_help;

const EXIT_HELP: &str = exit_help!();

#[derive(Parser)]
#[command(name = "dialogmote", version, about = "Checks the minutes (referat) of Dialogmøte 1 and the follow-up plan (oppfølgingsplan)", after_help = EXIT_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Language of messages and of the rendered referat or plan: nb (bokmål), nn
    /// (nynorsk) or en. Before or after the command.
    #[arg(long, global = true, value_enum, default_value = "nb")]
    lang: LangArg,
}

#[derive(Subcommand)]
enum Command {
    /// Lint minutes: files, directories (*.yaml, *.yml, *.json, recursively) or `-` for stdin.
    #[command(after_help = lint::HELP)]
    Lint(lint::Args),
    /// List every rule: code, severity, name, one line; `rules test` runs rule examples.
    #[command(args_conflicts_with_subcommands = true)]
    Rules(rules::Args),
    /// Print a rule's documentation.
    Explain(explain::Args),
    /// Print the JSON Schema of a document format (the referat's by default).
    Schema(schema::Args),
    /// Render the referat or the follow-up plan as the document that is sent: PDF/A, HTML or Markdown.
    #[command(after_help = render::RENDER_HELP)]
    Render(render::RenderArgs),
    /// Write a draft referat that follows the guide, or a draft follow-up plan (never overwrites a file).
    New(new::Args),
    /// Export a follow-up plan as the request body of NAV's LPS API (never to a terminal).
    #[command(after_help = export::HELP)]
    Export(export::Args),
    /// Print every text of the catalogue (for translators), as JSON or as a page's module.
    Texts(texts::Args),
    /// Run the language server (LSP over stdio) for editors: live findings, fixes, hover, completion.
    #[command(after_help = lsp::HELP)]
    Lsp(lsp::Args),
}

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let _ = LANG.set(lang_in(&args));
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => return args::report(&e, &args, lang()),
    };
    let result = match cli.command {
        Command::Lint(args) => lint::run(&args),
        Command::Rules(args) => rules::run(&args),
        Command::Explain(args) => explain::run(&args),
        Command::Schema(args) => schema::run(&args),
        Command::Render(args) => render::run(&args),
        Command::New(args) => new::run(&args),
        Command::Export(args) => export::run(&args),
        Command::Lsp(args) => lsp::run(&args),
        Command::Texts(args) => texts::run(&args),
    };
    result.unwrap_or_else(|e| report(&e))
}

/// Prints the error (control characters escaped: a path may hold a newline
/// that would forge a line in a CI log) and gives its exit code.
/// Several problems of a configuration or rule file (an
/// [`dialogmote::Error::Several`]) come one a line, each with the prefix.
pub(crate) fn report(e: &Fatal) -> ExitCode {
    let mut err = std::io::stderr().lock();
    for line in e.lines(lang()) {
        let _ = writeln!(err, "{}", error_line(&line));
    }
    e.exit_code()
}

/// `dialogmote: error: {message}` in the user's language, control
/// characters escaped.
pub(crate) fn error_line(message: &str) -> String {
    let message = dialogmote::escape_controls(message);
    format!(
        "dialogmote: {}",
        UiText::ErrorLine.fill(lang(), &[("message", &message)])
    )
}

/// The language of every message: `--lang`, read before the arguments are
/// parsed (so that a mistake in them is told in it too).
static LANG: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

/// The language of the messages (`--lang`; bokmål by default).
pub(crate) fn lang() -> Lang {
    LANG.get().copied().unwrap_or(Lang::Nb)
}

/// The text `id` in the user's language with `args` filled in.
pub(crate) fn say(id: UiText, args: &[(&str, &str)]) -> String {
    id.fill(lang(), args)
}

/// The language `--lang` names among `args` (the last one given, as the
/// parser takes it), else bokmål. Before `--`, only.
fn lang_in(args: &[std::ffi::OsString]) -> Lang {
    let mut lang = Lang::Nb;
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let value = match a.strip_prefix("--lang") {
            Some("") => it.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        };
        lang = match value.as_deref() {
            Some("nb") => Lang::Nb,
            Some("nn") => Lang::Nn,
            Some("en") => Lang::En,
            _ => lang,
        };
    }
    lang
}

/// Writes `text` to standard output.
pub(crate) fn print(text: &str) -> Result<(), Fatal> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(Fatal::write(UiText::StandardOutput.text(lang())))
}

/// `--lang`: the language of messages and labels. The one place where the
/// command line's languages meet the library's.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum LangArg {
    /// Norwegian bokmål.
    Nb,
    /// Norwegian nynorsk.
    Nn,
    /// English.
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Nb => Lang::Nb,
            LangArg::Nn => Lang::Nn,
            LangArg::En => Lang::En,
        }
    }
}

/// A date written `YYYY-MM-DD`, or as people write it, `DD.MM.YYYY`
/// (`16.11.2026`; the day and month may have one digit, the year has
/// four, so it means one day only).
pub(crate) fn parse_date(s: &str) -> Result<NaiveDate, String> {
    let iso = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .filter(|_| s.len() == 10);
    let norwegian = || {
        let mut parts = s.split('.');
        let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |p: &str, n: std::ops::RangeInclusive<usize>| {
            n.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
        };
        if parts.next().is_some() || !digits(d, 1..=2) || !digits(m, 1..=2) || !digits(y, 4..=4) {
            return None;
        }
        NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    };
    iso.or_else(norwegian)
        .ok_or_else(|| say(UiText::BadDateArg, &[("value", s)]))
}
