//! `dialogmote lint`: lints inputs in parallel with one [`Run`] and writes
//! the report in every requested format.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::ValueEnum;
use dialogmote::{FileReport, LintOptions, Run, Severity, Source};

use super::emit::{self, Emitter, FormatArg, Style};
use super::files::FileId;
use super::inputs::{self, Collected, Input};
use super::{Fatal, LangArg, Setup, build_linter, today};

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
    /// Evaluation date YYYY-MM-DD for deadline rules (default: today's local date).
    #[arg(long, value_parser = super::parse_date)]
    as_of: Option<NaiveDate>,
    /// Language of messages.
    #[arg(long, value_enum, default_value = "nb")]
    lang: LangArg,
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
}

/// Files linted in parallel per batch: bounds memory (the documents of one
/// batch at most) whatever the number of files.
const BATCH: usize = 256;

/// Reads and lints one input, and gives each emitter's text for it, while
/// its [`Source`] is at hand.
fn lint_one(
    run: &Run<'_>,
    input: &Input,
    base: Option<&Path>,
    read_limit: u64,
    emitters: &[&dyn Emitter],
) -> Result<(FileReport, Vec<String>), Fatal> {
    let bytes = input.read(read_limit)?;
    let mut source = Source::from_bytes(input.name(), &bytes).with_kind(input.kind());
    if let Input::File(p) = input {
        source = source.with_match_path(inputs::match_path(p, base));
    }
    let mut report = run.lint(&source);
    if let Input::File(p) = input {
        report = report.with_source_path(p);
    }
    let texts = emitters
        .iter()
        .map(|e| e.file(&report, Some(&source)))
        .collect();
    Ok((report, texts))
}

pub(crate) fn run(args: &Args) -> Result<ExitCode, Fatal> {
    use rayon::prelude::*;
    if let Some(seconds) = args.timeout {
        watchdog(seconds);
    }
    let Setup {
        linter,
        base,
        config_shown,
        protected,
    } = build_linter(args.config.as_deref(), args.schema_only)?;
    let style = Style {
        lang: args.lang.into(),
        show_source: args.show_source,
    };
    let opts = LintOptions::new(args.as_of.unwrap_or_else(today));
    let Collected {
        inputs,
        ids,
        skipped_links,
    } = inputs::collect(&args.paths)?;
    let mut protected: HashMap<FileId, String> = protected.into_iter().collect();
    for (id, input) in ids.into_iter().zip(&inputs) {
        protected
            .entry(id)
            .or_insert_with(|| format!("the input {}", input.name()));
    }
    let mut outputs = emit::open(
        &args.format,
        args.output.as_deref(),
        &protected,
        &linter,
        style,
    )?;
    if skipped_links > 0 {
        let _ = writeln!(
            std::io::stderr(),
            "dialogmote: note: {skipped_links} symbolic link(s) inside the linted folders skipped; links are not followed"
        );
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.map_or(0, jobs))
        .build()
        .map_err(|e| Fatal::Message(format!("cannot start worker threads: {e}")))?;
    // One byte past the size limit is enough to know a file is too large (DM004).
    let read_limit = (linter.limits().max_bytes as u64).saturating_add(1);
    let mut run = linter.run(opts);
    let mut written = 0;
    for batch in inputs.chunks(BATCH) {
        let emitters: Vec<&dyn Emitter> = outputs.iter().map(|o| o.emitter()).collect();
        let results: Vec<Result<(FileReport, Vec<String>), Fatal>> = pool.install(|| {
            batch
                .par_iter()
                .map(|f| lint_one(&run, f, base.as_deref(), read_limit, &emitters))
                .collect()
        });
        // Written in path order, whatever order the workers finished in.
        for r in results {
            let (file, texts) = r?;
            for (output, text) in outputs.iter_mut().zip(texts) {
                output.write(&text)?;
            }
            run.push(file);
            written += 1;
        }
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

/// Ends the process with exit code 2 after `seconds`, removing the
/// temporary files of outputs not yet renamed into place.
fn watchdog(seconds: u64) {
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(seconds));
        super::atomic::abandon_all();
        let _ = writeln!(
            std::io::stderr(),
            "dialogmote: error: the run took longer than {seconds} s (`--timeout`); output files not yet written are left as they were"
        );
        std::process::exit(2);
    });
}

/// The number of worker threads for `--jobs N`: at least 1, at most four
/// per CPU (more only adds threads that wait).
fn jobs(n: usize) -> usize {
    let cpus = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    n.clamp(1, cpus.saturating_mul(4))
}
