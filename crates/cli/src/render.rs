//! `dialogmote render`: the referat, or the follow-up plan, as the document
//! that is sent (PDF/A, HTML or Markdown). Reads the file, lints it with
//! the same linter and configuration as `lint`, renders behind the
//! library's gate ([`dialogmote::render_referat_checked`], which reads the
//! document's `format` and computes the privacy findings itself), and
//! writes the output atomically.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use dialogmote::{
    FileReport, Format, HumanOptions, Lang, LintOptions, RenderError, RenderFormat, RenderOptions,
    Source, SourceKind, UiText,
};

use super::atomic::{AtomicFile, Existing};
use super::{Fatal, build_linter, lang, parse_date, say, today};
use dialogmote_host::files::file_id;
use dialogmote_host::match_path;

/// The exit codes of `render`.
pub(crate) const RENDER_HELP: &str = "Documents:
  A referat (format: dialogmote1/v1) is rendered as the minutes of the meeting,
  with its revised follow-up plan when it is one; a follow-up plan (format:
  oppfolgingsplan1/v1) as the plan, in the order of NAV's plan form.

Refusal:
  The document is not written when it has a privacy finding (DM8xx) that is not
  suppressed with a reason: no flag, severity in the configuration or limit on
  findings overrides that. Any other error-level finding
  refuses it too, unless --draft is given: a draft has UTKAST/DRAFT in its heading
  and on every page, and lists at its end what is missing. A draft renders
  whatever of it can be read: a part that does not fit the format is shown as
  not recorded and listed at the end by its name in the document.

Standard input:
  `render -` reads the document from standard input; then say where the output
  goes: `-o FILE`, or `-o -` for standard output.

Exit codes:
  0  the referat or the plan was written
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
    /// The referat or the follow-up plan (YAML or JSON); `-` reads standard input (then `-o` is needed).
    file: PathBuf,
    /// Output format.
    #[arg(long, short = 'f', value_enum)]
    format: FormatArg,
    /// Output file (default: FILE with the format's extension, beside it);
    /// `-` writes to standard output.
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
    /// Replace the output file when it exists.
    #[arg(long)]
    force: bool,
    /// Render even with errors (not privacy findings), marked UTKAST/DRAFT:
    /// what does not fit the format is shown as not recorded and listed at the end.
    #[arg(long)]
    draft: bool,
    /// Evaluation date YYYY-MM-DD or DD.MM.YYYY for deadline rules (default: today's local date).
    #[arg(long, value_parser = parse_date)]
    as_of: Option<NaiveDate>,
    /// Configuration file (default: dialogmote.yaml in this directory or a parent).
    #[arg(long)]
    config: Option<PathBuf>,
}

/// Where the rendered document goes.
enum Target {
    Stdout,
    File(AtomicFile),
}

/// Runs `render`; an `Err` is exit code 2.
pub(crate) fn run(args: &RenderArgs) -> Result<ExitCode, Fatal> {
    let format = match args.format {
        FormatArg::Pdf => RenderFormat::Pdf,
        FormatArg::Html => RenderFormat::Html,
        FormatArg::Md => RenderFormat::Markdown,
    };
    let lang: Lang = lang();
    let input = &args.file;
    let stdin = input.as_os_str() == "-";
    let shown = if stdin {
        "-".to_owned()
    } else {
        input.display().to_string()
    };
    let output = match (&args.output, stdin) {
        (Some(o), _) => o.clone(),
        (None, false) => input.with_extension(format.extension()),
        (None, true) => return Err(Fatal::Message(say(UiText::RenderStdinNeedsOutput, &[]))),
    };
    let to_stdout = output.as_os_str() == "-";
    let out_shown = if to_stdout {
        UiText::StandardOutput.text(lang).to_owned()
    } else {
        output.display().to_string()
    };
    let setup = build_linter(args.config.as_deref(), false, lang)?;
    let mut target = if to_stdout {
        Target::Stdout
    } else {
        if !stdin && file_id(&output) == file_id(input) {
            return Err(Fatal::Message(say(
                UiText::OutputIsInput,
                &[("output", &out_shown), ("input", &shown)],
            )));
        }
        if let Some((_, what)) = setup
            .protected
            .iter()
            .find(|(id, _)| *id == file_id(&output))
        {
            return Err(Fatal::Message(say(
                UiText::OutputIsProtected,
                &[("output", &out_shown), ("what", what)],
            )));
        }
        // Opened before any work, so that an output that cannot be written
        // (or exists, without --force) costs nothing.
        let existing = if args.force {
            Existing::Replace
        } else {
            Existing::Keep
        };
        Target::File(
            AtomicFile::create(&output, existing).map_err(|e| cannot_write(&out_shown, e))?,
        )
    };

    let bytes = super::inputs::read_document(input, stdin, setup.linter.limits(), &shown, lang)?;
    let opts = LintOptions::new(args.as_of.unwrap_or_else(today));
    let source = if stdin {
        Source::from_bytes(shown.clone(), &bytes).with_kind(SourceKind::Auto)
    } else {
        let kind = SourceKind::from_path(&input.to_string_lossy());
        let matched = match_path(input, setup.base.as_deref());
        Source::from_bytes(shown.clone(), &bytes)
            .with_kind(kind)
            .with_match_path(matched)
    };
    let render_opts = RenderOptions::new(format, lang).with_draft(args.draft);
    let out = match dialogmote::render_referat_checked(&setup.linter, &source, &opts, &render_opts)
    {
        Ok(out) => out,
        // Refused, or a document that cannot be read as a referat or a
        // plan: the library's words, then the findings that stop it.
        Err(e @ (RenderError::Refused(_) | RenderError::Unfit(_))) => {
            let listed =
                FileReport::new(shown.clone(), e.findings().into_iter().cloned().collect());
            let plan = e.format() == Some(Format::Plan);
            refuse(&listed, lang, &e.message(lang), &shown, plan);
            return Ok(ExitCode::from(1));
        }
        Err(e) => return Err(Fatal::Message(e.message(lang))),
    };
    match &mut target {
        Target::Stdout => print_bytes(&out)?,
        Target::File(file) => file
            .write_all(&out)
            .and_then(|()| file.flush())
            .map_err(|e| cannot_write(&out_shown, e))?,
    }
    if let Target::File(file) = target {
        file.commit().map_err(|e| cannot_write(&out_shown, e))?;
        let _ = writeln!(
            std::io::stderr(),
            "dialogmote: {}",
            say(UiText::Wrote, &[("output", &escape(&out_shown))])
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes the rendered bytes to standard output.
fn print_bytes(bytes: &[u8]) -> Result<(), Fatal> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(Fatal::write(UiText::StandardOutput.text(lang())))
}

/// An output that exists (without `--force`) or cannot be written.
fn cannot_write(out_shown: &str, e: std::io::Error) -> Fatal {
    if e.kind() == std::io::ErrorKind::AlreadyExists {
        Fatal::Message(say(UiText::OutputExists, &[("output", out_shown)]))
    } else {
        Fatal::write(out_shown.to_owned())(e)
    }
}

fn escape(s: &str) -> String {
    dialogmote::escape_controls(s)
}

/// Lists the findings that stop the referat or the plan (without source
/// lines) and why.
fn refuse(listed: &FileReport, lang: Lang, why: &str, shown: &str, plan: bool) {
    let text = dialogmote::render_human_file(listed, None, &HumanOptions::new(false, lang));
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = writeln!(
        err,
        "dialogmote: {}",
        say(
            if plan {
                UiText::RenderRefusedPlan
            } else {
                UiText::RenderRefused
            },
            &[("input", &escape(shown)), ("why", why)]
        )
    );
}
