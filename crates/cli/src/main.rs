//! The `dialogmote` command line: parses the arguments and hands each
//! subcommand to its module (`lint`, `rules`, `explain`, `schema`,
//! `render`, `new`, `lsp`). The library does the linting; the language
//! server is `dialogmote-lsp`; finding and reading the configuration is
//! `dialogmote-host`, shared with the language server. This crate reads
//! the inputs, prints, writes atomically and picks the exit code.

mod atomic;
mod emit;
mod explain;
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
use dialogmote::Lang;
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
#[command(name = "dialogmote", version, about = "Checks the minutes (referat) of Dialogmøte 1", after_help = EXIT_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
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
    /// Print the JSON Schema of the document format.
    Schema,
    /// Render the referat as the document that is sent: PDF/A, HTML or Markdown.
    #[command(after_help = render::RENDER_HELP)]
    Render(render::RenderArgs),
    /// Write a draft referat that follows the guide (never overwrites a file).
    New(new::Args),
    /// Print every text of the catalogue (for translators), as JSON or as a page's module.
    Texts(texts::Args),
    /// Run the language server (LSP over stdio) for editors: live findings, fixes, hover, completion.
    #[command(after_help = lsp::HELP)]
    Lsp(lsp::Args),
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Lint(args) => lint::run(&args),
        Command::Rules(args) => rules::run(&args),
        Command::Explain(args) => explain::run(&args),
        Command::Schema => schema::run(),
        Command::Render(args) => render::run(&args),
        Command::New(args) => new::run(&args),
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
    let lines: Vec<String> = match e {
        Fatal::Setup(e) => e.problems().iter().map(ToString::to_string).collect(),
        other => vec![other.to_string()],
    };
    let mut err = std::io::stderr().lock();
    for line in lines {
        let line = dialogmote::escape_controls(&line);
        let _ = writeln!(err, "dialogmote: error: {line}");
    }
    e.exit_code()
}

/// Writes `text` to standard output.
pub(crate) fn print(text: &str) -> Result<(), Fatal> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(Fatal::write("standard output"))
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

/// `YYYY-MM-DD`, exactly.
pub(crate) fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .filter(|_| s.len() == 10)
        .ok_or_else(|| format!("`{s}` is not a date written YYYY-MM-DD"))
}
