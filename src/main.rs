//! The `dialogmote` command line: parses the arguments and hands each
//! subcommand to its module in `cli/`. The library does the linting; the
//! command line reads files, the clock and the environment, prints, and
//! picks the exit code.

mod cli;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
    #[command(after_help = cli::lint::HELP)]
    Lint(cli::lint::Args),
    /// List every rule: code, severity, name, one line; `rules test` runs rule examples.
    #[command(args_conflicts_with_subcommands = true)]
    Rules(cli::rules::Args),
    /// Print a rule's documentation.
    Explain(cli::explain::Args),
    /// Print the JSON Schema of the document format.
    Schema,
    /// Render the referat as the document that is sent: PDF/A, HTML or Markdown.
    #[command(after_help = cli::render::RENDER_HELP)]
    Render(cli::render::RenderArgs),
    /// Write a draft referat that follows the guide (never overwrites a file).
    New(cli::new::Args),
    /// Run the language server (LSP over stdio) for editors: live findings, fixes, hover, completion.
    #[command(after_help = cli::lsp::HELP)]
    Lsp(cli::lsp::Args),
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Lint(args) => cli::lint::run(&args),
        Command::Rules(args) => cli::rules::run(&args),
        Command::Explain(args) => cli::explain::run(&args),
        Command::Schema => cli::schema::run(),
        Command::Render(args) => cli::render::run(&args),
        Command::New(args) => cli::new::run(&args),
        Command::Lsp(args) => cli::lsp::run(&args),
    };
    result.unwrap_or_else(|e| cli::report(&e))
}
