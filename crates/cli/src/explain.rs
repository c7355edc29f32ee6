//! `dialogmote explain CODE`: a rule's documentation.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{Fatal, LangArg, build_linter, print};

#[derive(clap::Args)]
pub(crate) struct Args {
    /// The rule code, e.g. DM507.
    code: String,
    /// Language.
    #[arg(long, value_enum, default_value = "nb")]
    lang: LangArg,
    /// Configuration file (for your own rules and parameters).
    #[arg(long)]
    config: Option<PathBuf>,
}

pub(crate) fn run(args: &Args) -> Result<ExitCode, Fatal> {
    let linter = build_linter(args.config.as_deref(), false, args.lang.into())?.linter;
    let code = args.code.to_uppercase();
    let Some(rule) = linter.rule(&code) else {
        let near = linter
            .catalogue()
            .nearest_code(&code)
            .map(|c| format!("; did you mean `{c}`?"))
            .unwrap_or_default();
        return Err(Fatal::Message(format!(
            "no rule `{code}`{near}; `dialogmote rules` lists them"
        )));
    };
    print(&dialogmote::explain(rule, args.lang.into()))?;
    Ok(ExitCode::SUCCESS)
}
