//! Mistakes in the arguments, said in the user's language: clap finds
//! them (an unknown option, a missing or wrong value, options that cannot
//! go together), and this module says them with the catalogue's words,
//! with the usage line and where to read more. The exit code stays clap's
//! (2); `--help` and `--version` are printed by clap as they are.

use std::error::Error as _;
use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use dialogmote::{Lang, UiText};

/// Prints the mistake `e` in the arguments `args` in `lang`, and gives
/// clap's exit code.
pub(crate) fn report(e: &clap::Error, args: &[OsString], lang: Lang) -> ExitCode {
    let code = ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = e.print();
        return code;
    }
    let mut out = format!("{}\n", crate::error_line(&message(e, lang)));
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.trim().trim_start_matches("Usage:").trim();
        out.push('\n');
        out.push_str(&UiText::UsageLine.fill(lang, &[("usage", usage)]));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&UiText::MoreHelp.fill(lang, &[("command", &command_of(args))]));
    out.push('\n');
    let _ = std::io::stderr().lock().write_all(out.as_bytes());
    code
}

/// `dialogmote` and the subcommand named in `args`, if any.
fn command_of(args: &[OsString]) -> String {
    use clap::CommandFactory;
    let cmd = crate::Cli::command();
    let sub = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy())
        .find(|a| cmd.find_subcommand(a.as_ref()).is_some());
    match sub {
        Some(s) => format!("dialogmote {s}"),
        None => "dialogmote".to_owned(),
    }
}

/// The text of a context value.
fn text(v: Option<&ContextValue>) -> Option<String> {
    match v? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A list of values, each in backticks.
fn values(v: Option<&ContextValue>) -> Option<String> {
    match v? {
        ContextValue::Strings(v) => Some(
            v.iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        other => text(Some(other)).map(|s| format!("`{s}`")),
    }
}

/// An option as written: `--lang`, not clap's `--lang <LANG>`.
fn option(s: &str) -> String {
    s.split([' ', '=']).next().unwrap_or(s).to_owned()
}

/// What is wrong with the arguments, in `lang`.
fn message(e: &clap::Error, lang: Lang) -> String {
    let get = |k| text(e.get(k));
    let arg = get(ContextKind::InvalidArg)
        .map(|a| option(&a))
        .unwrap_or_default();
    let fill = |id: UiText, args: &[(&str, &str)]| id.fill(lang, args);
    match e.kind() {
        ErrorKind::UnknownArgument => match get(ContextKind::SuggestedArg) {
            Some(near) => fill(
                UiText::ArgUnknownNear,
                &[("arg", &arg), ("near", &option(&near))],
            ),
            None => fill(UiText::ArgUnknown, &[("arg", &arg)]),
        },
        ErrorKind::InvalidSubcommand => {
            let command = get(ContextKind::InvalidSubcommand).unwrap_or_default();
            match get(ContextKind::SuggestedSubcommand) {
                Some(near) => fill(
                    UiText::CommandUnknownNear,
                    &[("command", &command), ("near", &near)],
                ),
                None => fill(
                    UiText::CommandUnknown,
                    &[("command", &command), ("commands", &subcommands())],
                ),
            }
        }
        ErrorKind::InvalidValue => {
            let value = get(ContextKind::InvalidValue).unwrap_or_default();
            if value.is_empty() {
                fill(UiText::ArgNeedsValue, &[("arg", &arg)])
            } else {
                let valid = values(e.get(ContextKind::ValidValue)).unwrap_or_default();
                fill(
                    UiText::ArgBadValue,
                    &[("arg", &arg), ("value", &value), ("values", &valid)],
                )
            }
        }
        ErrorKind::ValueValidation => {
            // The reason is this program's own, already in `lang`; clap's
            // own reasons (a number out of range) are said in English.
            let why = e.source().map(ToString::to_string).unwrap_or_default();
            fill(UiText::ArgBadValueWhy, &[("arg", &arg), ("why", &why)])
        }
        ErrorKind::NoEquals | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            fill(UiText::ArgNeedsValue, &[("arg", &arg)])
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = values(e.get(ContextKind::InvalidArg)).unwrap_or_default();
            fill(UiText::ArgMissing, &[("args", &missing)])
        }
        ErrorKind::MissingSubcommand => fill(UiText::ArgMissing, &[("args", "COMMAND")]),
        ErrorKind::ArgumentConflict => {
            let other = get(ContextKind::PriorArg)
                .map(|a| option(&a))
                .unwrap_or_default();
            if other.is_empty() || other == arg {
                fill(UiText::ArgTwice, &[("arg", &arg)])
            } else {
                fill(UiText::ArgConflict, &[("arg", &arg), ("other", &other)])
            }
        }
        ErrorKind::TooManyValues => {
            let value = get(ContextKind::InvalidValue).unwrap_or_default();
            fill(UiText::ArgTooMany, &[("value", &value)])
        }
        _ => UiText::ArgOther.text(lang).to_owned(),
    }
}

/// The program's commands, each in backticks.
fn subcommands() -> String {
    use clap::CommandFactory;
    crate::Cli::command()
        .get_subcommands()
        .map(|c| format!("`{}`", c.get_name()))
        .collect::<Vec<_>>()
        .join(", ")
}
