//! `dialogmote lsp`: runs the language server ([`dialogmote_lsp`]) over
//! standard input and output.

use std::process::ExitCode;

use crate::Fatal;

#[derive(clap::Args)]
pub(crate) struct Args {
    /// Talk LSP over standard input and output (the only transport; editors
    /// that pass `--stdio` may).
    #[arg(long)]
    stdio: bool,
}

pub(crate) const HELP: &str = "Start it from an editor, not by hand: see docs/editors.md.
initializationOptions: lang (nb, nn, en; default: the editor's locale, else nb),
asOf (YYYY-MM-DD; default: today), docsUrl (where the rule reference is
published; default: `docs_url` in dialogmote.yaml, else no link), debounceMs
(default 15).

Exit codes:
  0  the client sent shutdown, then exit
  1  exit without shutdown, or the client went away";

/// Serves one client on standard input and output.
pub(crate) fn run(args: &Args) -> Result<ExitCode, Fatal> {
    let _ = args.stdio;
    Ok(if dialogmote_lsp::serve_stdio() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
