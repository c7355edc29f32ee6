//! `dialogmote new`: a draft referat or follow-up plan, to standard output
//! or to a new file (never over an existing one).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;

use super::atomic::{AtomicFile, Existing};
use dialogmote::UiText;

use super::{Fatal, parse_date, print, say, today};

#[derive(clap::Args)]
pub(crate) struct Args {
    /// The meeting's date (a plan: the date it is made), YYYY-MM-DD or DD.MM.YYYY (default: today's local date).
    #[arg(long, value_parser = parse_date)]
    date: Option<NaiveDate>,
    /// Write the draft to FILE (default: standard output). An existing file is an error.
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
    /// Schema path or URL for the `yaml-language-server` line (default: the format's schema file
    /// beside the draft, which `dialogmote schema --format FORMAT` writes).
    #[arg(long)]
    schema: Option<String>,
    /// The document: dialogmote1/v1 (a referat, with the meeting date) or oppfolgingsplan1/v1
    /// (a follow-up plan, made on the date).
    #[arg(long, default_value = dialogmote::FORMAT, value_parser = super::schema::format_arg)]
    format: dialogmote::Format,
}

pub(crate) fn run(args: &Args) -> Result<ExitCode, Fatal> {
    let date = args.date.unwrap_or_else(today);
    let text = match args.format {
        dialogmote::Format::Referat => dialogmote::draft(
            date,
            args.schema
                .as_deref()
                .unwrap_or(dialogmote::DEFAULT_SCHEMA_REF),
        ),
        dialogmote::Format::Plan => dialogmote::draft_plan(
            date,
            args.schema
                .as_deref()
                .unwrap_or(dialogmote::DEFAULT_PLAN_SCHEMA_REF),
        ),
    };
    let Some(p) = &args.output else {
        print(&text)?;
        return Ok(ExitCode::SUCCESS);
    };
    let cannot = |e: std::io::Error| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            Fatal::Message(say(
                UiText::NewExists,
                &[("path", &p.display().to_string())],
            ))
        } else {
            Fatal::write(p.display().to_string())(e)
        }
    };
    // Written beside the target, then linked into place only if the name
    // is still free (no check-then-write race).
    let mut f = AtomicFile::create(p, Existing::Keep).map_err(cannot)?;
    f.write_all(text.as_bytes()).map_err(cannot)?;
    f.commit().map_err(cannot)?;
    Ok(ExitCode::SUCCESS)
}
