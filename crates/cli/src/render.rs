//! `dialogmote render`: the referat as the document that is sent (PDF/A,
//! HTML or Markdown). Reads the file, lints it with the same linter and
//! configuration as `lint`, renders behind the library's gate
//! ([`dialogmote::render_referat_checked`], which computes the privacy
//! findings itself), and writes the output atomically.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use dialogmote::{
    FileReport, HumanOptions, Lang, LintOptions, RenderError, RenderFormat, RenderOptions, Source,
    SourceKind,
};

use super::atomic::{AtomicFile, Existing};
use super::{Fatal, LangArg, build_linter, parse_date, today};
use dialogmote_host::files::file_id;
use dialogmote_host::match_path;

/// The exit codes of `render`.
pub(crate) const RENDER_HELP: &str = "Refusal:
  The referat is not written when it has a privacy finding (DM8xx) that is not
  suppressed with a reason: no flag, severity in the configuration or limit on
  findings overrides that. Any other error-level finding
  refuses it too, unless --draft is given: a draft has UTKAST/DRAFT in its heading
  and on every page, and lists at its end what is missing.

Exit codes:
  0  the referat was written
  1  refused: the findings that stop it are listed on standard error (codes,
     places and messages, never the document's text)
  2  could not run: bad arguments, an unreadable file, a bad configuration, an
     output that exists (without --force) or that is the input";

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    /// PDF/A-2b, A4, fonts embedded.
    Pdf,
    /// One self-contained HTML file.
    Html,
    /// Markdown.
    Md,
}

/// The arguments of `render`.
#[derive(Args)]
pub(crate) struct RenderArgs {
    /// The referat (YAML or JSON).
    file: PathBuf,
    /// Output format.
    #[arg(long, short = 'f', value_enum)]
    format: FormatArg,
    /// Language of the referat's headings, roles and measures.
    #[arg(long, value_enum, default_value = "nb")]
    lang: LangArg,
    /// Output file (default: FILE with the format's extension, beside it).
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
    /// Replace the output file when it exists.
    #[arg(long)]
    force: bool,
    /// Render even with errors (not privacy findings), marked UTKAST/DRAFT.
    #[arg(long)]
    draft: bool,
    /// Evaluation date YYYY-MM-DD for deadline rules (default: today's local date).
    #[arg(long, value_parser = parse_date)]
    as_of: Option<NaiveDate>,
    /// Configuration file (default: dialogmote.yaml in this directory or a parent).
    #[arg(long)]
    config: Option<PathBuf>,
}

/// Runs `render`; an `Err` is exit code 2.
pub(crate) fn run(args: &RenderArgs) -> Result<ExitCode, Fatal> {
    let format = match args.format {
        FormatArg::Pdf => RenderFormat::Pdf,
        FormatArg::Html => RenderFormat::Html,
        FormatArg::Md => RenderFormat::Markdown,
    };
    let lang: Lang = args.lang.into();
    let input = &args.file;
    let shown = input.display().to_string();
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| input.with_extension(format.extension()));
    let out_shown = output.display().to_string();
    let setup = build_linter(args.config.as_deref(), false, args.lang.into())?;
    if file_id(&output) == file_id(input) {
        return Err(Fatal::Message(format!(
            "the output {out_shown} is the input {shown}; write the output to another file"
        )));
    }
    if let Some((_, what)) = setup
        .protected
        .iter()
        .find(|(id, _)| *id == file_id(&output))
    {
        return Err(Fatal::Message(format!(
            "the output {out_shown} is {what}; write the output to another file"
        )));
    }
    // Opened before any work, so that an output that cannot be written
    // (or exists, without --force) costs nothing.
    let existing = if args.force {
        Existing::Replace
    } else {
        Existing::Keep
    };
    let mut file =
        AtomicFile::create(&output, existing).map_err(|e| cannot_write(&out_shown, e))?;

    let limit = (setup.linter.limits().max_bytes as u64).saturating_add(1);
    let mut bytes = Vec::new();
    std::fs::File::open(input)
        .and_then(|f| f.take(limit).read_to_end(&mut bytes))
        .map_err(Fatal::read(shown.clone()))?;
    let kind = SourceKind::from_path(&input.to_string_lossy());
    let opts = LintOptions::new(args.as_of.unwrap_or_else(today));
    let matched = match_path(input, setup.base.as_deref());
    let source = Source::from_bytes(shown.clone(), &bytes)
        .with_kind(kind)
        .with_match_path(matched);
    let render_opts = RenderOptions::new(format, lang).with_draft(args.draft);
    let out = match dialogmote::render_referat_checked(&setup.linter, &source, &opts, &render_opts)
    {
        Ok(out) => out,
        // Refused, or (a draft) a document that does not fit the format:
        // the library's words, then the findings that stop it.
        Err(e @ (RenderError::Refused(_) | RenderError::Unfit(_))) => {
            let listed =
                FileReport::new(shown.clone(), e.findings().into_iter().cloned().collect());
            refuse(&listed, lang, &e.message(lang), &shown);
            return Ok(ExitCode::from(1));
        }
        Err(e) => return Err(Fatal::Message(e.message(lang))),
    };
    file.write_all(&out)
        .and_then(|()| file.flush())
        .and_then(|()| file.commit())
        .map_err(|e| cannot_write(&out_shown, e))?;
    let _ = writeln!(
        std::io::stderr(),
        "dialogmote: wrote {}",
        escape(&out_shown)
    );
    Ok(ExitCode::SUCCESS)
}

/// An output that exists (without `--force`) or cannot be written.
fn cannot_write(out_shown: &str, e: std::io::Error) -> Fatal {
    if e.kind() == std::io::ErrorKind::AlreadyExists {
        Fatal::Message(format!("{out_shown} exists; add --force to replace it"))
    } else {
        Fatal::write(out_shown.to_owned())(e)
    }
}

fn escape(s: &str) -> String {
    dialogmote::escape_controls(s)
}

/// Lists the findings that stop the referat (without source lines) and why.
fn refuse(listed: &FileReport, lang: Lang, why: &str, shown: &str) {
    let text = dialogmote::render_human_file(listed, None, &HumanOptions::new(false, lang));
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = writeln!(
        err,
        "dialogmote: render refused: {}: {why}; nothing written",
        escape(shown)
    );
}
