//! `dialogmote schema`: the JSON Schema of a document format.

use std::process::ExitCode;

use dialogmote::Format;

use super::{Fatal, print};

#[derive(clap::Args)]
pub(crate) struct Args {
    /// The document format: dialogmote1/v1 (a referat) or oppfolgingsplan1/v1 (a follow-up plan).
    #[arg(long, default_value = dialogmote::FORMAT, value_parser = format_arg)]
    format: Format,
}

/// A `--format` of a document: one of the formats the tool reads.
pub(crate) fn format_arg(s: &str) -> Result<Format, String> {
    Format::from_id(s).ok_or_else(|| {
        super::say(
            dialogmote::UiText::DocumentFormatChoice,
            &[
                ("referat", dialogmote::FORMAT),
                ("plan", dialogmote::PLAN_FORMAT),
            ],
        )
    })
}

pub(crate) fn run(args: &Args) -> Result<ExitCode, Fatal> {
    // The files as shipped, indented for people (the library keeps them
    // compact: `Format::schema_json`).
    print(match args.format {
        Format::Referat => include_str!("../../../schema/dialogmote1.schema.json"),
        Format::Plan => include_str!("../../../schema/oppfolgingsplan1.schema.json"),
    })?;
    Ok(ExitCode::SUCCESS)
}
