//! `dialogmote explain CODE`: a rule's documentation.

use std::path::PathBuf;
use std::process::ExitCode;

use dialogmote::UiText;

use super::{Fatal, build_linter, lang, print, say};

#[derive(clap::Args)]
pub(crate) struct Args {
    /// The rule code, e.g. DM507.
    code: String,
    /// Configuration file (for your own rules and parameters).
    #[arg(long)]
    config: Option<PathBuf>,
}

pub(crate) fn run(args: &Args) -> Result<ExitCode, Fatal> {
    let linter = build_linter(args.config.as_deref(), false, lang())?.linter;
    let code = args.code.to_uppercase();
    let Some(rule) = linter.rule(&code) else {
        return Err(Fatal::Message(
            match linter.catalogue().nearest_code(&code) {
                Some(near) => say(UiText::NoRuleNear, &[("code", &code), ("near", near)]),
                None => say(UiText::NoRule, &[("code", &code)]),
            },
        ));
    };
    print(&linter.explain(rule, lang()))?;
    Ok(ExitCode::SUCCESS)
}
