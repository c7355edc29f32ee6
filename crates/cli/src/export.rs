//! `dialogmote export --to nav-lps`: the plan of a document as the request
//! body of NAV's LPS API (`follow-up-plan.md` §5.7). Reads the identity
//! number (from a file, a pipe, or typed without echo), the document and
//! the configuration; the library checks and writes the body
//! ([`dialogmote::export_nav_lps`]); this writes it to a file readable by
//! its owner only, or to a pipe, never to a terminal. Nothing is written
//! unless every check has passed, and no message holds the identity number
//! or the document's text.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::ValueEnum;
use dialogmote::{
    EmployeeId, ExportError, ExportOptions, ExportText, FileReport, HumanOptions, IdProblem, Lang,
    MAX_ID_BYTES, Sender, Source, SourceKind, UiText,
};
use dialogmote_host::files::{FileId, file_id};
use dialogmote_host::match_path;

use super::atomic::{AtomicFile, Existing};
use super::{Fatal, build_linter, error_line, lang, parse_date, say, today};

/// What `export --help` says after the options.
pub(crate) const HELP: &str = "What is refused:
  The plan is not written while the document has a finding the export needs:
  DM001-DM004 (it could not be read reliably), DM801/DM802 unless suppressed
  with a reason, DM901-DM907 (NAV's contract) and DM910 (a plan already due
  for evaluation), evaluated at the plan even when it is empty, and in a
  referat DM709. The configuration's severities and `off` do not change this.

The identity number:
  --employee-id-file names a file that holds only the employee's fødselsnummer
  or D-nummer; `-` reads it from standard input (typed without echo on a
  terminal). It is written only into the output, which is why the output goes
  to a file (mode 0600) or a pipe, never to a terminal. No message shows it.

Exit codes:
  0  the request body was written
  1  refused: the findings the export needs are listed on standard error (file,
     line, column, code, message; never the document's text or the number)
  2  could not run: bad arguments, an unreadable FILE, configuration or identity
     file, an identity number that is not valid, an OUT that exists (without
     --force) or is an input, standard output that is a terminal";

/// Where the request body goes to.
#[derive(Clone, Copy, ValueEnum)]
enum To {
    /// NAV's API for HR and payroll systems (LPS): `POST /api/v1/followupplan`.
    NavLps,
}

/// The arguments of `export`.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// A referat (dialogmote1/v1) with a revised_plan, or a plan
    /// (oppfolgingsplan1/v1); YAML or JSON; `-` reads standard input.
    file: PathBuf,
    /// The target: nav-lps, the request body of NAV's LPS API.
    #[arg(long, value_enum)]
    to: To,
    /// The file that holds the employee's fødselsnummer or D-nummer; `-`
    /// reads standard input.
    #[arg(long, value_name = "PATH")]
    employee_id_file: PathBuf,
    /// lpsName: the system that sends the plan (default: dialogmote).
    #[arg(long, value_name = "NAME")]
    lps_name: Option<String>,
    /// lpsEmail: its e-mail address (default: null).
    #[arg(long, value_name = "EMAIL")]
    lps_email: Option<String>,
    /// The output file (mode 0600); absent or `-`: standard output, which
    /// must not be a terminal.
    #[arg(long, short = 'o', value_name = "OUT")]
    output: Option<PathBuf>,
    /// Replace OUT when it exists.
    #[arg(long)]
    force: bool,
    /// Evaluation date YYYY-MM-DD or DD.MM.YYYY, for DM801, DM910 and the
    /// identity number's date (default: today's local date).
    #[arg(long, value_parser = parse_date)]
    as_of: Option<NaiveDate>,
    /// Configuration file, as for `lint` (default: dialogmote.yaml in this
    /// directory or a parent); it cannot change what the export needs.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Accept a synthetic test identity number (the month plus 40 or 80),
    /// for NAV's test environment.
    #[arg(long)]
    allow_synthetic_id: bool,
}

fn is_dash(p: &Path) -> bool {
    p.as_os_str() == "-"
}

/// Runs `export`; an `Err` is exit code 2.
pub(crate) fn run(args: &Args) -> Result<ExitCode, Fatal> {
    let To::NavLps = args.to;
    let lang = lang();
    // Both from standard input: `-` twice, or `-` and a name of it.
    let stdin_id = || file_id(Path::new("/dev/stdin"));
    let named_stdin = |dash: &Path, other: &Path| {
        is_dash(dash) && !is_dash(other) && other.exists() && file_id(other) == stdin_id()
    };
    if is_dash(&args.file) && is_dash(&args.employee_id_file)
        || named_stdin(&args.file, &args.employee_id_file)
        || named_stdin(&args.employee_id_file, &args.file)
    {
        return Err(Fatal::Message(
            ExportText::CliBothStdin.text(lang).to_owned(),
        ));
    }
    let sender = Sender::new(args.lps_name.as_deref(), args.lps_email.as_deref()).map_err(|p| {
        let arg = match p {
            dialogmote::SenderProblem::NameBlank => "--lps-name",
            _ => "--lps-email",
        };
        let why = match p.help(lang) {
            Some(help) => format!("{}; {help}", p.message(lang)),
            None => p.message(lang).to_owned(),
        };
        Fatal::Message(say(UiText::ArgBadValueWhy, &[("arg", arg), ("why", &why)]))
    })?;
    let output = args.output.as_deref().filter(|o| !is_dash(o));
    if output.is_none() && std::io::stdout().is_terminal() {
        return Err(Fatal::Message(
            ExportText::CliStdoutTerminal.text(lang).to_owned(),
        ));
    }
    let as_of = args.as_of.unwrap_or_else(today);
    let id = read_id(args, as_of, lang)?;
    // From here on every message is cleared of the number, should a path
    // the user typed hold it.
    match export(args, output, &id, sender, as_of, lang) {
        Ok(code) => Ok(code),
        Err(e) => {
            let mut err = std::io::stderr().lock();
            for line in e.lines(lang) {
                let _ = writeln!(err, "{}", error_line(&id.redact(&line)));
            }
            Ok(e.exit_code())
        }
    }
}

/// Reads and checks the identity number: from its file, from standard
/// input, or typed on the terminal without echo. Its file is never named
/// in a message (its name may be the number).
fn read_id(args: &Args, as_of: NaiveDate, lang: Lang) -> Result<EmployeeId, Fatal> {
    let limit = (MAX_ID_BYTES + 1) as u64;
    let mut bytes = Vec::new();
    if is_dash(&args.employee_id_file) {
        let stdin = std::io::stdin();
        let read = if stdin.is_terminal() {
            prompt(stdin, lang, limit).map(|line| bytes = line)
        } else {
            stdin.lock().take(limit).read_to_end(&mut bytes).map(|_| ())
        };
        read.map_err(Fatal::read(UiText::StandardInput.text(lang)))?;
    } else {
        // A terminal named as the file (`/dev/tty`) is asked as standard
        // input is: without echo.
        std::fs::File::open(&args.employee_id_file)
            .and_then(|f| {
                if f.is_terminal() {
                    prompt(f, lang, limit).map(|line| bytes = line)
                } else {
                    f.take(limit).read_to_end(&mut bytes).map(|_| ())
                }
            })
            .map_err(Fatal::read(ExportText::CliIdFile.text(lang)))?;
    }
    EmployeeId::parse(&bytes, as_of, args.allow_synthetic_id).map_err(|p| {
        let mut why = p.message(lang, as_of);
        if let Some(help) = p.help(lang) {
            why = format!("{why}; {help}");
        }
        if p == IdProblem::Synthetic {
            why = format!("{why}; {}", ExportText::CliSyntheticHelp.text(lang));
        }
        Fatal::Message(why)
    })
}

/// Asks for the number on standard error and reads one line from the
/// terminal `tty` without echo (the line break is still shown); the
/// terminal is restored however the read ends, and what was typed past
/// the limit is discarded.
#[cfg(unix)]
fn prompt<T: std::os::fd::AsFd + Read>(
    mut tty: T,
    lang: Lang,
    limit: u64,
) -> std::io::Result<Vec<u8>> {
    use rustix::termios::{LocalModes, OptionalActions, tcgetattr, tcsetattr};
    use std::io::BufRead;
    let mut err = std::io::stderr();
    err.write_all(ExportText::CliPrompt.text(lang).as_bytes())?;
    err.flush()?;
    let before = tcgetattr(tty.as_fd())?;
    let mut quiet = before.clone();
    quiet.local_modes.remove(LocalModes::ECHO);
    quiet.local_modes.insert(LocalModes::ECHONL);
    tcsetattr(tty.as_fd(), OptionalActions::Flush, &quiet)?;
    let mut line = Vec::new();
    let read = std::io::BufReader::new((&mut tty).take(limit)).read_until(b'\n', &mut line);
    // Flush: what was typed and not read goes nowhere (not to the shell).
    let restored = tcsetattr(tty.as_fd(), OptionalActions::Flush, &before);
    read?;
    restored?;
    Ok(line)
}

/// Where there is no termios: the line is read as typed.
#[cfg(not(unix))]
fn prompt<T: Read>(mut tty: T, lang: Lang, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::BufRead;
    let mut err = std::io::stderr();
    err.write_all(ExportText::CliPrompt.text(lang).as_bytes())?;
    err.flush()?;
    let mut line = Vec::new();
    std::io::BufReader::new((&mut tty).take(limit)).read_until(b'\n', &mut line)?;
    Ok(line)
}

/// Everything after the identity number: the configuration, the output's
/// checks, the document, the export and the write.
fn export(
    args: &Args,
    output: Option<&Path>,
    id: &EmployeeId,
    sender: Sender,
    as_of: NaiveDate,
    lang: Lang,
) -> Result<ExitCode, Fatal> {
    let input = &args.file;
    let stdin = is_dash(input);
    let shown = if stdin {
        "-".to_owned()
    } else {
        escape(&id.redact(&input.display().to_string()))
    };
    let setup = build_linter(args.config.as_deref(), false, lang)?;
    let mut target = match output {
        None => None,
        Some(out) => Some(open_output(args, out, id, &setup.protected, &shown, lang)?),
    };

    let bytes = super::inputs::read_document(input, stdin, setup.linter.limits(), &shown, lang)?;
    let source = if stdin {
        Source::from_bytes(shown.clone(), &bytes).with_kind(SourceKind::Auto)
    } else {
        let kind = SourceKind::from_path(&input.to_string_lossy());
        let matched = match_path(input, setup.base.as_deref());
        Source::from_bytes(shown.clone(), &bytes)
            .with_kind(kind)
            .with_match_path(matched)
    };
    let opts = ExportOptions::new(as_of, id.clone(), sender);
    let body = match dialogmote::export_nav_lps(&setup.linter, &source, &opts) {
        Ok(body) => body,
        Err(e) => {
            refuse(&e, &shown, as_of, lang);
            return Ok(ExitCode::from(1));
        }
    };
    match target.take() {
        None => super::print(&body)?,
        Some((mut file, out_shown)) => {
            file.write_all(body.as_bytes())
                .and_then(|()| file.flush())
                .map_err(|e| cannot_write(&out_shown, e))?;
            file.commit().map_err(|e| cannot_write(&out_shown, e))?;
            let _ = writeln!(
                std::io::stderr(),
                "dialogmote: {}",
                say(UiText::Wrote, &[("output", &out_shown)])
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Opens OUT, before any work: refused when it is FILE, the identity file,
/// standard input (when an input is read from it), the configuration or a
/// rule file (the same file, through a link or another path too), a
/// terminal, or when it exists without `--force`. Written readable by its
/// owner only.
fn open_output(
    args: &Args,
    out: &Path,
    id: &EmployeeId,
    protected: &[(FileId, String)],
    shown: &str,
    lang: Lang,
) -> Result<(AtomicFile, String), Fatal> {
    let out_shown = escape(&id.redact(&out.display().to_string()));
    let out_id = file_id(out);
    let mut inputs: Vec<(FileId, String)> = Vec::new();
    if !is_dash(&args.file) {
        inputs.push((file_id(&args.file), shown.to_owned()));
    }
    let id_file = ExportText::CliIdFile.text(lang).to_owned();
    if !is_dash(&args.employee_id_file) {
        inputs.push((file_id(&args.employee_id_file), id_file.clone()));
    }
    let stdin_path = Path::new("/dev/stdin");
    if (is_dash(&args.file) || is_dash(&args.employee_id_file)) && stdin_path.exists() {
        inputs.push((
            file_id(stdin_path),
            UiText::StandardInput.text(lang).to_owned(),
        ));
    }
    if let Some((_, what)) = inputs.iter().find(|(i, _)| *i == out_id) {
        let message = if *what == shown && !is_dash(&args.file) {
            say(
                UiText::OutputIsInput,
                &[("output", &out_shown), ("input", shown)],
            )
        } else {
            say(
                UiText::OutputIsProtected,
                &[("output", &out_shown), ("what", what)],
            )
        };
        return Err(Fatal::Message(message));
    }
    if let Some((_, what)) = protected.iter().find(|(i, _)| *i == out_id) {
        return Err(Fatal::Message(say(
            UiText::OutputIsProtected,
            &[("output", &out_shown), ("what", what)],
        )));
    }
    if is_a_terminal(out) {
        return Err(Fatal::Message(
            ExportText::CliOutputTerminal.fill(lang, &[("output", &out_shown)]),
        ));
    }
    let existing = if args.force {
        Existing::Replace
    } else {
        Existing::Keep
    };
    let file =
        AtomicFile::create_private(out, existing).map_err(|e| cannot_write(&out_shown, e))?;
    Ok((file, out_shown))
}

/// Whether `path` names a terminal (`/dev/tty`, `/dev/stdout` on one). A
/// FIFO is not opened to find out: that would wait for a reader.
fn is_a_terminal(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let Ok(meta) = std::fs::metadata(path) else {
            return false;
        };
        meta.file_type().is_char_device()
            && std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .is_ok_and(|f| f.is_terminal())
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
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

/// Lists why nothing was written on standard error: the findings the
/// export needs (as `lint` shows them, without source lines), or what would
/// break NAV's contract; then one line that says so.
fn refuse(e: &ExportError, shown: &str, as_of: NaiveDate, lang: Lang) {
    let mut text = String::new();
    if !e.findings().is_empty() {
        let listed = FileReport::new(shown.to_owned(), e.findings().to_vec());
        text = dialogmote::render_human_file(&listed, None, &HumanOptions::new(false, lang));
    }
    for gap in e.gaps() {
        text.push_str(&format!("{shown}: {}\n", gap.message(lang, as_of)));
    }
    text.push_str(&format!(
        "dialogmote: {}\n",
        ExportText::CliRefused.fill(lang, &[("input", shown), ("why", &e.message(lang))])
    ));
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}
