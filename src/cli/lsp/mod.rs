//! `dialogmote lsp`: a language server over standard input and output.
//! Diagnostics, code actions, hover and completion all come from the
//! library; this module is protocol glue. The server itself
//! ([`server`], [`features`], [`worker`]) knows the command line only
//! through [`server::Host`], so that the benchmark can run it in memory.

pub(crate) mod convert;
pub(crate) mod features;
pub(crate) mod server;
pub(crate) mod session;
pub(crate) mod text;
pub(crate) mod transport;
pub(crate) mod worker;

use std::path::Path;
use std::process::ExitCode;

use super::{Fatal, build_linter, inputs, today};
use chrono::NaiveDate;
use server::{Host, Loaded, Problem};

#[derive(clap::Args)]
pub(crate) struct Args {
    /// Talk LSP over standard input and output (the only transport; editors
    /// that pass `--stdio` may).
    #[arg(long)]
    stdio: bool,
}

pub(crate) const HELP: &str = "Start it from an editor, not by hand: see docs/editors.md.
initializationOptions: lang (nb, nn, en; default: the editor's locale, else nb),
asOf (YYYY-MM-DD; default: today), docsUrl (the rule reference, default
https://dialogmote.example/docs/rules.md), debounceMs (default 15).

Exit codes:
  0  the client sent shutdown, then exit
  1  exit without shutdown, or the client went away";

/// Serves one client on standard input and output.
pub(crate) fn run(args: &Args) -> Result<ExitCode, Fatal> {
    let _ = args.stdio;
    let (conn, writer) = transport::stdio();
    let clean = server::serve(&conn, CliHost);
    drop(conn);
    writer.join();
    Ok(if clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The command line's configuration loader and clock.
struct CliHost;

impl Host for CliHost {
    fn load(&self, config: &Path) -> Result<Loaded, Vec<Problem>> {
        // Its problems are in English, as the configuration's other problems.
        match build_linter(Some(config), false, dialogmote::Lang::En) {
            Ok(setup) => Ok(Loaded {
                linter: setup.linter,
                files: setup.files,
                base: setup.base,
            }),
            Err(e) => Err(problems(config, &e)),
        }
    }

    fn today(&self) -> NaiveDate {
        today()
    }

    fn match_path(&self, file: &Path, base: Option<&Path>) -> String {
        inputs::match_path(file, base)
    }
}

/// Why the configuration `config` could not be used, each problem at its
/// place: in the configuration, or in a rule file it names.
fn problems(config: &Path, e: &Fatal) -> Vec<Problem> {
    let at_config = |line, column, message: String| Problem {
        file: config.to_path_buf(),
        line,
        column,
        range: None,
        message,
    };
    match e {
        Fatal::Setup(e) => e
            .problems()
            .iter()
            .map(|p| match p {
                dialogmote::Error::Config {
                    line,
                    column,
                    range,
                    message,
                    ..
                } => Problem {
                    range: Some(range.clone()),
                    ..at_config(*line, *column, message.clone())
                },
                dialogmote::Error::Rule {
                    file,
                    line,
                    column,
                    range,
                    message,
                } => Problem {
                    file: config
                        .parent()
                        .map_or_else(|| file.into(), |dir| dir.join(file)),
                    line: *line,
                    column: *column,
                    range: Some(range.clone()),
                    message: message.clone(),
                },
                other => at_config(1, 1, other.to_string()),
            })
            .collect(),
        // `FILE:LINE:COL: why` (a rule file that cannot be read or lies
        // outside the configuration's folder), located in the configuration.
        Fatal::Message(m) => vec![located(m).map_or_else(
            || at_config(1, 1, m.clone()),
            |(line, column, why)| at_config(line, column, why.to_owned()),
        )],
        other => vec![at_config(1, 1, other.to_string())],
    }
}

/// Splits `FILE:LINE:COL: why` into its line, column and reason.
fn located(m: &str) -> Option<(usize, usize, &str)> {
    let (head, why) = m.split_once(": ")?;
    let mut parts = head.rsplitn(3, ':');
    let column = parts.next()?.parse().ok()?;
    let line = parts.next()?.parse().ok()?;
    parts.next()?;
    Some((line, column, why))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_located_message_gives_its_line_and_column() {
        assert_eq!(
            located("dialogmote.yaml:3:5: cannot read this rule file: gone"),
            Some((3, 5, "cannot read this rule file: gone"))
        );
        assert_eq!(located("cannot read the configuration x"), None);
    }
}
