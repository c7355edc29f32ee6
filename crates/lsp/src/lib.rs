//! The language server of `dialogmote` (LSP over standard input and
//! output): live findings, fixes as code actions, hover and completion, all
//! from the library; this crate is protocol glue. The server
//! ([`serve`]) knows its host only through [`Host`] (where a
//! configuration comes from, the clock), so that any program can embed it
//! and the benchmark can run it in memory; [`FsHost`] is the host of the
//! `dialogmote lsp` command, which [`serve_stdio`] serves.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod convert;
mod features;
mod server;
mod session;
mod text;
mod transport;
mod worker;

use std::path::Path;

use chrono::NaiveDate;
use dialogmote_host::{Fatal, build_linter, match_path, today};

pub use server::{Host, Loaded, Problem, serve};
pub use transport::{Writer, stdio};

/// Serves one client on standard input and output until it exits; `true`
/// when it sent `shutdown` before `exit`.
pub fn serve_stdio() -> bool {
    let (conn, writer) = transport::stdio();
    let clean = server::serve(&conn, FsHost);
    drop(conn);
    writer.join();
    clean
}

/// The host of `dialogmote lsp`: the configuration and rule files from the
/// file system (found and read as the command line does), the local clock.
pub struct FsHost;

impl Host for FsHost {
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
        match_path(file, base)
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
