//! `dialogmote lint`: lints inputs in parallel with one [`Run`] and writes
//! the report in every requested format.

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::ValueEnum;
use dialogmote::{AppliedFix, FileReport, LintOptions, Linter, Run, Severity, Source};

use super::emit::{self, Emitter, FormatArg, Style};
use super::fixing::{self, Mode, Original};
use super::inputs::{self, Collected, Input};
use super::{Fatal, Setup, build_linter, lang, say, today};
use dialogmote::UiText;
use dialogmote_host::files::FileId;

pub(crate) const HELP: &str = concat!(
    "Files:
  Every output file is written to a temporary file beside it and renamed into place
  only when the run completes: a failed run leaves existing files as they were.
  An output may not be an input, the configuration, a rule file or another output.
  One file named twice (`a.yaml`, `./a.yaml`, a link) is linted once; `-` and a
  path naming standard input (`/dev/stdin`) are one input, read once, named `-`.
  Symbolic links inside a folder are not followed; a note on standard error counts
  them. A FIFO or a standard input that never ends makes the run wait for it
  (see --timeout).

Fixing:
  --fix applies the fixes that have exactly one right answer (a misspelt key, a
  Norwegian date, `ja` for `true`, ...) to the files in place, each written to a
  temporary file beside it and put in its place, keeping its permissions and
  extended attributes. A file with nothing to fix is not touched; a file that is
  not a dialogmote1/v1 document that could be read (DM001, DM003, over the size
  limit) is never changed, and suppressed findings are not fixed. A symbolic link
  named on the command line is followed (the file it points to is fixed); a
  read-only file, a file with other hard links, a file that changed while it was
  being fixed (an editor's save is kept), a fix that would take a file past the
  size limit and standard input (`-`, /dev/stdin) are refused. What was fixed
  goes to standard error, one line per fix, and the report on standard output
  (any --format) describes the fixed files, with the exit code from what is
  left. --fix-unsafe
  also applies the fixes a person should check. --diff prints a unified diff of
  what --fix would change and writes nothing; it reads standard input too, and its
  exit code is 1 when there is something to fix, 0 when not. The diff shows lines
  of the document.

",
    crate::exit_help!()
);

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
}

#[derive(clap::Args)]
pub(crate) struct Args {
    /// Files or directories; `-` reads standard input.
    #[arg(required = true)]
    paths: Vec<String>,
    /// Output format: human, json, sarif, github or junit; `FORMAT=FILE` writes it to
    /// FILE. Repeat for several, e.g. `--format sarif=results.sarif --format human`.
    #[arg(long, short = 'f', value_parser = emit::parse_format, default_value = "human")]
    format: Vec<FormatArg>,
    /// Write the format(s) given without `=FILE` to FILE instead of standard output.
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
    /// Evaluation date YYYY-MM-DD or DD.MM.YYYY for deadline rules (default: today's local date).
    #[arg(long, value_parser = super::parse_date)]
    as_of: Option<NaiveDate>,
    /// Configuration file (default: dialogmote.yaml in this directory or a parent,
    /// up to the repository root, the first folder holding `.git`).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Lowest severity that makes the exit code 1.
    #[arg(long, value_enum, default_value = "error")]
    fail_on: FailOn,
    /// Show each finding's source line in human output, also when not on a terminal.
    /// The source holds personal data: do not use it in shared CI logs.
    #[arg(long)]
    show_source: bool,
    /// Files linted in parallel (default: the number of CPUs; at least 1, and
    /// larger values are lowered to 4 × the CPUs). Output is the same for any number.
    #[arg(long, short = 'j')]
    jobs: Option<usize>,
    /// Check only the input and the schema (DM001–DM006), not the rules.
    #[arg(long)]
    schema_only: bool,
    /// Stop with exit code 2 when the run takes longer than SECONDS (an input
    /// that never ends: a FIFO, a standard input left open). Output files not
    /// yet written are left as they were.
    #[arg(long, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..))]
    timeout: Option<u64>,
    /// Apply the safe fixes to the files in place, list them on standard error,
    /// then report what is left (standard input is refused).
    #[arg(long)]
    fix: bool,
    /// Apply also the fixes a person should check (an ambiguous date like
    /// `08.09.26`); implies --fix.
    #[arg(long)]
    fix_unsafe: bool,
    /// Print a unified diff of what --fix (or --fix-unsafe) would change and write
    /// nothing; no report. Exit code 1 when there is something to fix. The diff
    /// shows lines of the document.
    #[arg(long, conflicts_with_all = ["format", "output", "show_source", "fail_on"])]
    diff: bool,
}

/// Files linted in parallel per batch: bounds memory (the documents of one
/// batch at most) whatever the number of files.
const BATCH: usize = 256;

/// What became of one input.
struct Linted {
    /// Its report (none with `--diff`, which reports nothing).
    report: Option<FileReport>,
    /// Each emitter's text for it.
    texts: Vec<String>,
    /// The fixes applied (`--fix`) or available (`--diff`).
    applied: Vec<AppliedFix>,
    /// With `--diff`, the diff of what `--fix` would change.
    diff: String,
    /// Findings left whose only fixes need `--fix-unsafe`.
    unsafe_left: usize,
}

/// What [`lint_one`] needs besides the input.
struct Job<'a> {
    linter: &'a Linter,
    run: &'a Run<'a>,
    mode: Mode,
    base: Option<&'a Path>,
    read_limit: u64,
    emitters: &'a [&'a dyn Emitter],
    /// The configuration and rule files.
    never_fix: &'a HashSet<FileId>,
    /// The language of what is said on standard error.
    lang: dialogmote::Lang,
}

/// The source of `bytes` read from `input`, as the linter must see it.
fn source_of<'b>(input: &Input, bytes: &'b [u8], base: Option<&Path>) -> Source<'b> {
    let source = Source::from_bytes(input.name(), bytes).with_kind(input.kind());
    match input {
        Input::File(p) => source.with_match_path(dialogmote_host::match_path(p, base)),
        Input::Stdin => source,
    }
}

/// Reads one input, fixes it when asked (writing the file, or making its
/// diff), lints what there is then, and gives each emitter's text for it
/// while its [`Source`] is at hand.
fn lint_one(job: &Job<'_>, input: &Input) -> Result<Linted, Fatal> {
    // Asked only when fixing: the identity of a file costs a `stat`.
    let fixable = job.mode.level().is_some()
        && match input {
            Input::File(p) => !job.never_fix.contains(&dialogmote_host::files::file_id(p)),
            Input::Stdin => matches!(job.mode, Mode::Diff(_)),
        };
    // A file to fix is read through the handle that holds it until it is
    // replaced (see `fixing::Original`).
    let original = match (job.mode, input) {
        (Mode::Fix(_), Input::File(p)) if fixable => {
            Some(Original::open(p).map_err(Fatal::read(p.display().to_string()))?)
        }
        _ => None,
    };
    let read = match (&original, input) {
        (Some(o), Input::File(p)) => o
            .read(job.read_limit)
            .map_err(Fatal::read(p.display().to_string()))?,
        _ => input.read(job.read_limit)?,
    };
    // A file read only up to the limit is not whole: it is never fixed.
    let whole = (read.len() as u64) < job.read_limit;
    let source = source_of(input, &read, job.base);
    let fixed = job
        .mode
        .level()
        .filter(|_| whole && fixable)
        .map(|level| job.linter.fix(&source, job.run.options(), level))
        .filter(|f| f.changed());
    let mut linted = Linted {
        report: None,
        texts: Vec::new(),
        applied: Vec::new(),
        diff: String::new(),
        unsafe_left: 0,
    };
    let Some(fixed) = fixed else {
        report_of(job, input, &source, &mut linted);
        return Ok(linted);
    };
    linted.applied = fixed.applied;
    if let Mode::Diff(_) = job.mode {
        let old = String::from_utf8_lossy(&read);
        linted.diff = fixing::unified_diff(&input.name(), &old, &fixed.text);
    } else if let (Input::File(p), Some(original)) = (input, &original) {
        // A fixed text the next run would not read is not written.
        let max = job.linter.limits().max_bytes;
        if fixed.text.len() > max {
            return Err(fixing::too_large(&input.name(), max, job.lang));
        }
        fixing::write_fixed(p, &fixed.text, original, &read)?;
    }
    // The report describes the fixed text: its positions are after fixing.
    let source = source_of(input, fixed.text.as_bytes(), job.base);
    report_of(job, input, &source, &mut linted);
    Ok(linted)
}

/// Lints `source`, the text of `input` (after fixing, when it was fixed),
/// counts the fixes left that only `--fix-unsafe` applies, and renders the
/// report for each emitter (`--diff` keeps no report).
fn report_of(job: &Job<'_>, input: &Input, source: &Source<'_>, linted: &mut Linted) {
    let mut report = job.run.lint(source);
    if job.mode.level() == Some(dialogmote::FixLevel::Safe) {
        linted.unsafe_left = report
            .findings
            .iter()
            .filter(|f| fixing::needs_unsafe(f))
            .count();
    }
    if let Mode::Diff(_) = job.mode {
        return;
    }
    if let Input::File(p) = input {
        report = report.with_source_path(p);
    }
    linted.texts = job
        .emitters
        .iter()
        .map(|e| e.file(&report, Some(source)))
        .collect();
    linted.report = Some(report);
}

pub(crate) fn run(args: &Args) -> Result<ExitCode, Fatal> {
    use rayon::prelude::*;
    let mode = Mode::new(args.fix, args.fix_unsafe, args.diff);
    mode.check_paths(&args.paths)?;
    if let Some(seconds) = args.timeout {
        watchdog(seconds);
    }
    let Setup {
        linter,
        base,
        config_shown,
        protected,
        ..
    } = build_linter(args.config.as_deref(), args.schema_only, lang())?;
    // Kept to the end of the process, which gives its memory back at once:
    // dropping the compiled catalogue piece by piece took longer than
    // linting a file (this runs once per process, from `main`).
    let linter: &'static Linter = Box::leak(Box::new(linter));
    let style = Style {
        lang: lang(),
        show_source: args.show_source,
    };
    let opts = LintOptions::new(args.as_of.unwrap_or_else(today));
    let Collected {
        inputs,
        ids,
        skipped_links,
    } = inputs::collect(&args.paths)?;
    let names: Vec<String> = inputs.iter().map(Input::name).collect();
    let mut protected: HashMap<FileId, String> = protected.into_iter().collect();
    // The configuration and rule files are never fixed, even when named as inputs.
    let never_fix: HashSet<FileId> = protected.keys().cloned().collect();
    for (id, input) in ids.into_iter().zip(&inputs) {
        protected
            .entry(id)
            .or_insert_with(|| say(UiText::InputNamed, &[("path", &input.name())]));
    }
    // `--diff` prints the diff only.
    let formats: &[FormatArg] = if let Mode::Diff(_) = mode {
        &[]
    } else {
        &args.format
    };
    let mut outputs = emit::open(formats, args.output.as_deref(), &protected, linter, style)?;
    if skipped_links > 0 {
        let note = say(UiText::LinksSkipped, &[("n", &skipped_links.to_string())]);
        let _ = writeln!(
            std::io::stderr(),
            "dialogmote: {}",
            say(UiText::NoteLine, &[("message", &note)])
        );
    }
    // One job runs here, on this thread: no worker to start, and no
    // second allocator arena to grow and give back.
    let pool = match args.jobs.map(jobs) {
        Some(1) => None,
        n => Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(n.unwrap_or(0))
                .build()
                .map_err(|e| {
                    Fatal::Message(say(UiText::NoThreads, &[("detail", &e.to_string())]))
                })?,
        ),
    };
    // One byte past the size limit is enough to know a file is too large (DM004).
    let read_limit = (linter.limits().max_bytes as u64).saturating_add(1);
    let mut run = linter.run(opts);
    let mut written = 0;
    let (mut fixes, mut fixed_files, mut unsafe_left) = (0, 0, 0);
    for (batch, names) in inputs.chunks(BATCH).zip(names.chunks(BATCH)) {
        let emitters: Vec<&dyn Emitter> = outputs.iter().map(|o| o.emitter()).collect();
        let job = Job {
            linter,
            run: &run,
            mode,
            base: base.as_deref(),
            read_limit,
            emitters: &emitters,
            never_fix: &never_fix,
            lang: style.lang,
        };
        let results: Vec<Result<Linted, Fatal>> = match &pool {
            Some(pool) => pool.install(|| batch.par_iter().map(|f| lint_one(&job, f)).collect()),
            None => batch.iter().map(|f| lint_one(&job, f)).collect(),
        };
        // Written in path order, whatever order the workers finished in.
        // After an error, the files the batch fixed are still listed.
        let mut failed = None;
        for (r, name) in results.into_iter().zip(names) {
            let linted = match r {
                Ok(linted) => linted,
                Err(e) => {
                    failed.get_or_insert(e);
                    continue;
                }
            };
            unsafe_left += linted.unsafe_left;
            if !linted.applied.is_empty() {
                fixes += linted.applied.len();
                fixed_files += 1;
                eprint(&fixing::applied_lines(
                    name,
                    &linted.applied,
                    mode,
                    style.lang,
                ));
            }
            if failed.is_some() {
                continue;
            }
            if !linted.diff.is_empty() {
                super::print(&linted.diff)?;
            }
            for (output, text) in outputs.iter_mut().zip(linted.texts) {
                output.write(&text)?;
            }
            if let Some(file) = linted.report {
                run.push(file);
                written += 1;
            }
        }
        if let Some(e) = failed {
            return Err(e);
        }
    }
    if mode != Mode::Lint {
        eprint(&fixing::summary(fixes, fixed_files, mode, style.lang));
        eprint(&fixing::unsafe_hint(unsafe_left, style.lang));
    }
    if let Mode::Diff(_) = mode {
        return Ok(ExitCode::from(u8::from(fixes > 0)));
    }
    let mut report = run.finish();
    report.config_path = config_shown;
    report.working_dir = std::env::current_dir().ok();
    // What the run added at its end (the configuration's report).
    for file in &report.files[written..] {
        for output in &mut outputs {
            let text = output.emitter().file(file, None);
            output.write(&text)?;
        }
    }
    for output in &mut outputs {
        output.finish(&report)?;
    }
    // Only now, with every output complete, are files replaced.
    for output in outputs {
        output.commit()?;
    }
    let threshold = match args.fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Info => Severity::Info,
    };
    let failed = report.summary.worst().is_some_and(|w| w >= threshold);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Writes to standard error; a closed standard error loses only these lines.
fn eprint(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// Ends the process with exit code 2 after `seconds`, removing the
/// temporary files of outputs not yet renamed into place.
fn watchdog(seconds: u64) {
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(seconds));
        super::atomic::abandon_all();
        let message = say(UiText::TimedOut, &[("seconds", &seconds.to_string())]);
        let _ = writeln!(std::io::stderr(), "{}", super::error_line(&message));
        std::process::exit(2);
    });
}

/// The number of worker threads for `--jobs N`: at least 1, at most four
/// per CPU (more only adds threads that wait).
fn jobs(n: usize) -> usize {
    let cpus = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    n.clamp(1, cpus.saturating_mul(4))
}
