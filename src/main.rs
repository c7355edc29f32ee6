//! The `dialogmote` command line: reads files, the clock and the
//! environment, prints, and picks the exit code. Everything else is the
//! library.

mod cli;

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cli::atomic::{AtomicFile, Existing};
use cli::files::{FileId, file_id, read_small};

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use dialogmote::{
    CONFIG_FILE, Config, FileReport, HumanOptions, Lang, LintOptions, Linter, LinterBuilder,
    Report, Severity, SourceKind,
};

/// The exit codes, for every `--help`.
macro_rules! exit_help {
    () => {
        "Exit codes:
  0  no finding at or above --fail-on
  1  at least one finding at or above --fail-on
  2  could not run: bad arguments, an unreadable path, a bad configuration or rule file,
     an output that is an input, the configuration, a rule file or another output,
     or --timeout ran out"
    };
}

const EXIT_HELP: &str = exit_help!();

const LINT_HELP: &str = concat!(
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
    exit_help!()
);

#[derive(Parser)]
#[command(name = "dialogmote", version, about = "Checks the minutes (referat) of Dialogmøte 1", after_help = EXIT_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LangArg {
    Nb,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Nb => Lang::Nb,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Format {
    Human,
    Json,
    Sarif,
    Github,
    Junit,
}

/// `FORMAT` or `FORMAT=FILE`.
#[derive(Clone, Debug)]
struct FormatArg {
    format: Format,
    file: Option<PathBuf>,
}

fn parse_format(s: &str) -> Result<FormatArg, String> {
    let (name, file) = match s.split_once('=') {
        Some((n, f)) if !f.is_empty() => (n, Some(PathBuf::from(f))),
        Some(_) => return Err("write `FORMAT=FILE`, with a file name".into()),
        None => (s, None),
    };
    let format = match name {
        "human" => Format::Human,
        "json" => Format::Json,
        "sarif" => Format::Sarif,
        "github" => Format::Github,
        "junit" => Format::Junit,
        _ => {
            return Err(format!(
                "unknown format `{name}`; use human, json, sarif, github or junit"
            ));
        }
    };
    Ok(FormatArg { format, file })
}

#[derive(Subcommand)]
enum RulesAction {
    /// Run the `examples` of rules: those of each FILE and of the configuration's
    /// `rule_files`, and with no FILE also those of the built-in rules.
    /// Exit code 1 when an example fails, 2 when a rule file is broken.
    Test {
        /// Rule files (YAML) whose examples to run.
        files: Vec<PathBuf>,
        /// Configuration file (default: dialogmote.yaml in this directory or a
        /// parent); its `rule_files` are tested too.
        /// Its severities and parameters are not applied: examples are written
        /// for the rules' defaults.
        #[arg(long)]
        config: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum Command {
    /// Lint minutes: files, directories (*.yaml, *.yml, *.json, recursively) or `-` for stdin.
    #[command(after_help = LINT_HELP)]
    Lint {
        /// Files or directories; `-` reads standard input.
        #[arg(required = true)]
        paths: Vec<String>,
        /// Output format: human, json, sarif, github or junit; `FORMAT=FILE` writes it to
        /// FILE. Repeat for several, e.g. `--format sarif=results.sarif --format human`.
        #[arg(long, short = 'f', value_parser = parse_format, default_value = "human")]
        format: Vec<FormatArg>,
        /// Write the format(s) given without `=FILE` to FILE instead of standard output.
        #[arg(long, short = 'o')]
        output: Option<PathBuf>,
        /// Evaluation date YYYY-MM-DD for deadline rules (default: today's local date).
        #[arg(long, value_parser = parse_date)]
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
    },
    /// List every rule: code, severity, name, one line; `rules test` runs rule examples.
    #[command(args_conflicts_with_subcommands = true)]
    Rules {
        #[command(subcommand)]
        action: Option<RulesAction>,
        /// Language.
        #[arg(long, value_enum, default_value = "nb")]
        lang: LangArg,
        /// Configuration file (to show severities and rules in force).
        #[arg(long)]
        config: Option<PathBuf>,
        /// Print the full rule reference as Markdown (docs/rules.md).
        #[arg(long)]
        markdown: bool,
    },
    /// Print a rule's documentation.
    Explain {
        /// The rule code, e.g. DM507.
        code: String,
        /// Language.
        #[arg(long, value_enum, default_value = "nb")]
        lang: LangArg,
        /// Configuration file (for your own rules and parameters).
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Print the JSON Schema of the document format.
    Schema,
    /// Render the referat as the document that is sent: PDF/A, HTML or Markdown.
    #[command(after_help = cli::render::RENDER_HELP)]
    Render(cli::render::RenderArgs),
    /// Write a draft referat that follows the guide (never overwrites a file).
    New {
        /// Meeting date YYYY-MM-DD (default: today's local date).
        #[arg(long, value_parser = parse_date)]
        date: Option<NaiveDate>,
        /// Write the draft to FILE (default: standard output). An existing file is an error.
        #[arg(long, short = 'o')]
        output: Option<PathBuf>,
        /// Schema path or URL for the `yaml-language-server` line.
        #[arg(long, default_value = dialogmote::DEFAULT_SCHEMA_REF)]
        schema: String,
    },
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .filter(|_| s.len() == 10)
        .ok_or_else(|| format!("`{s}` is not a date written YYYY-MM-DD"))
}

/// A reason to exit with code 2.
struct Fatal(String);

impl<E: std::fmt::Display> From<E> for Fatal {
    fn from(e: E) -> Self {
        Fatal(e.to_string())
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(Fatal(msg)) => {
            // Paths in the message may hold control characters (a file named with
            // a newline would otherwise forge a line in a CI log).
            let msg = dialogmote::escape_controls(&msg);
            let _ = writeln!(std::io::stderr(), "dialogmote: error: {msg}");
            ExitCode::from(2)
        }
    }
}

fn find_config(explicit: Option<&Path>) -> Result<Option<PathBuf>, Fatal> {
    if let Some(p) = explicit {
        return Ok(Some(p.to_path_buf()));
    }
    let mut dir = std::env::current_dir()?;
    loop {
        let candidate = dir.join(CONFIG_FILE);
        if candidate.is_file() {
            return Ok(Some(candidate));
        }
        // A configuration above the repository is not this project's.
        if dir.join(".git").exists() || !dir.pop() {
            return Ok(None);
        }
    }
}

/// The linter and what the configuration brought with it.
struct Setup {
    linter: Linter,
    /// The folder that configuration globs are relative to.
    base: Option<PathBuf>,
    /// The configuration file as shown to the user.
    config_shown: Option<String>,
    /// The configuration and rule files, which no output may replace.
    protected: Vec<(FileId, String)>,
}

/// What the configuration brought besides the linter.
struct SetupParts {
    base: Option<PathBuf>,
    config_shown: Option<String>,
    protected: Vec<(FileId, String)>,
}

/// `dialogmote rules test`: runs rule examples, prints each failure (code,
/// file, the example's name, pointers expected and fired; never document
/// text) and a summary line.
fn rules_test(files: &[PathBuf], config: Option<&Path>) -> Result<ExitCode, Fatal> {
    // Examples are written for the rules' defaults: the configuration's rule
    // files are loaded, its severities and parameters are not applied.
    let (mut builder, _, parts) = build_builder(config, false)?;
    for f in files {
        // A file the configuration already names is loaded (and tested) once.
        let id = file_id(f);
        if parts.protected.iter().any(|(p, _)| *p == id) {
            continue;
        }
        let text = read_small(f)
            .map_err(|e| Fatal(format!("cannot read the rule file {}: {e}", f.display())))?;
        builder = builder.rule_file(f.display().to_string(), text);
    }
    let linter = builder.build()?;
    // With FILEs, the organisation's rules only: those files and the
    // configuration's `rule_files`.
    let chosen = |r: &dialogmote::Rule| {
        files.is_empty()
            || !dialogmote::BUILTIN_RULE_FILES
                .iter()
                .any(|(name, _)| *name == r.file)
    };
    let mut out = String::new();
    let (mut rules, mut ran, mut failed) = (0, 0, 0);
    let list = |v: &[String]| {
        if v.is_empty() {
            "nothing".to_owned()
        } else {
            v.iter()
                .map(|p| {
                    if p.is_empty() {
                        "the document".to_owned()
                    } else {
                        format!("`{p}`")
                    }
                })
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    for rule in linter.rules().filter(|r| chosen(r)) {
        rules += 1;
        for o in linter.run_examples(rule) {
            ran += 1;
            if o.passed() {
                continue;
            }
            failed += 1;
            let what = match &o.problem {
                Some(p) => p.clone(),
                None => format!(
                    "expected {}, fired at {}",
                    list(&o.expected),
                    list(&o.fired)
                ),
            };
            out.push_str(&dialogmote::escape_controls(&format!(
                "{}: {} example `{}`: {what}",
                o.file, o.code, o.name
            )));
            out.push('\n');
        }
    }
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    out.push_str(&format!(
        "{} of {}: {} passed, {failed} failed\n",
        plural(ran, "example", "examples"),
        plural(rules, "rule", "rules"),
        ran - failed
    ));
    std::io::stdout().write_all(out.as_bytes())?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn build_linter(config: Option<&Path>, schema_only: bool) -> Result<Setup, Fatal> {
    let (builder, cfg, setup) = build_builder(config, schema_only)?;
    let builder = match cfg {
        Some(cfg) => builder.config(cfg),
        None => builder,
    };
    Ok(Setup {
        linter: builder.build()?,
        base: setup.base,
        config_shown: setup.config_shown,
        protected: setup.protected,
    })
}

/// The builder with the configuration's rule files, the configuration
/// (not yet given to the builder) and the rest of the setup.
fn build_builder(
    config: Option<&Path>,
    schema_only: bool,
) -> Result<(LinterBuilder, Option<Config>, SetupParts), Fatal> {
    let Some(path) = find_config(config)? else {
        let builder = if schema_only {
            Linter::builder().schema_only()
        } else {
            Linter::builder()
        };
        return Ok((
            builder,
            None,
            SetupParts {
                base: None,
                config_shown: None,
                protected: Vec::new(),
            },
        ));
    };
    let text = read_small(&path).map_err(|e| {
        Fatal(format!(
            "cannot read the configuration {}: {e}",
            path.display()
        ))
    })?;
    let shown = std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.clone())
        .display()
        .to_string();
    let cfg = Config::from_yaml(&shown, &text)?;
    let base = path.parent().unwrap_or(Path::new(".")).to_path_buf();
    // `--config dialogmote.yaml` has the empty parent: the current folder.
    let folder = if base.as_os_str().is_empty() {
        Path::new(".")
    } else {
        &base
    };
    let mut protected = vec![(file_id(&path), format!("the configuration {shown}"))];
    let mut builder = Linter::builder();
    for (i, f) in cfg.rule_files.iter().enumerate() {
        let p = base.join(f);
        let (line, column) = cfg.rule_file_location(i);
        let at = |why: String| Fatal(format!("{shown}:{line}:{column}: {why}"));
        // Rule files come from the configuration, which may come from a
        // repository: they may not reach outside its folder.
        let inside = folder
            .canonicalize()
            .and_then(|b| Ok((b, p.canonicalize()?)))
            .map_err(|e| at(format!("cannot read this rule file: {e}")))?;
        if !inside.1.starts_with(&inside.0) {
            return Err(at(
                "this rule file lies outside the configuration's folder; move it into that folder"
                    .into(),
            ));
        }
        let text = read_small(&p).map_err(|e| at(format!("cannot read this rule file: {e}")))?;
        protected.push((file_id(&p), format!("the rule file {}", p.display())));
        builder = builder.rule_file(p.display().to_string(), text);
    }
    if schema_only {
        builder = builder.schema_only();
    }
    Ok((
        builder,
        Some(cfg),
        SetupParts {
            base: Some(base),
            config_shown: Some(shown),
            protected,
        },
    ))
}

/// Where one format goes.
struct Sink {
    format: Format,
    name: String,
    out: SinkOut,
    terminal: bool,
}

enum SinkOut {
    Stdout(BufWriter<std::io::Stdout>),
    /// Renamed into place only when the run completes.
    File(AtomicFile),
}

impl SinkOut {
    fn writer(&mut self) -> &mut dyn Write {
        match self {
            SinkOut::Stdout(w) => w,
            SinkOut::File(f) => f,
        }
    }
}

/// Opens every output, after checking that none is an input, the
/// configuration, a rule file or another output, however spelled.
fn open_sinks(
    formats: &[FormatArg],
    output: Option<&Path>,
    protected: &HashMap<FileId, String>,
) -> Result<Vec<Sink>, Fatal> {
    let mut sinks: Vec<Sink> = Vec::new();
    let mut targets: HashMap<FileId, String> = HashMap::new();
    for f in formats {
        let target = f.file.as_deref().or(output);
        let name = target.map_or_else(|| "standard output".to_owned(), |p| p.display().to_string());
        if target.is_none() && sinks.iter().any(|s| matches!(s.out, SinkOut::Stdout(_))) {
            return Err(Fatal(format!(
                "two formats would be written to {name}; give each its own file with `--format FORMAT=FILE`"
            )));
        }
        let (out, terminal) = match target {
            Some(p) => {
                let id = file_id(p);
                if let Some(what) = protected.get(&id) {
                    return Err(Fatal(format!(
                        "the output {name} is {what}; write the output to another file"
                    )));
                }
                if let Some(other) = targets.insert(id, name.clone()) {
                    return Err(Fatal(format!(
                        "two formats would be written to one file ({other} and {name}); give each its own file with `--format FORMAT=FILE`"
                    )));
                }
                let file = AtomicFile::create(p, Existing::Replace)
                    .map_err(|e| Fatal(format!("cannot write {name}: {e}")))?;
                (SinkOut::File(file), false)
            }
            None => (
                SinkOut::Stdout(BufWriter::new(std::io::stdout())),
                std::io::stdout().is_terminal(),
            ),
        };
        sinks.push(Sink {
            format: f.format,
            name,
            out,
            terminal,
        });
    }
    Ok(sinks)
}

/// The path a configuration glob is matched against: relative to the
/// configuration's directory when the file is below it.
fn match_path(file: &Path, base: Option<&Path>) -> String {
    let rel = base
        .and_then(|b| {
            let b = b.canonicalize().ok()?;
            let f = file.canonicalize().ok()?;
            f.strip_prefix(&b).ok().map(Path::to_path_buf)
        })
        .unwrap_or_else(|| file.to_path_buf());
    rel.to_string_lossy().replace('\\', "/")
}

/// The options of `lint` beyond paths and outputs.
struct LintArgs {
    as_of: Option<NaiveDate>,
    lang: Lang,
    config: Option<PathBuf>,
    fail_on: FailOn,
    show_source: bool,
    jobs: Option<usize>,
    schema_only: bool,
    timeout: Option<u64>,
}

/// Files linted in parallel per batch: bounds memory (the documents of one
/// batch at most) whatever the number of files.
const BATCH: usize = 256;

/// How each human sink renders one file: (show source, colour).
type HumanStyle = (bool, bool);

/// Reads and lints one input, and renders it for every human sink.
fn lint_one(
    linter: &Linter,
    file: &Input,
    base: Option<&Path>,
    opts: &LintOptions,
    read_limit: u64,
    styles: &[HumanStyle],
) -> Result<(FileReport, Vec<String>), Fatal> {
    let (bytes, kind, matched) = match file {
        Input::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin().take(read_limit).read_to_end(&mut buf)?;
            (buf, SourceKind::Auto, "-".to_owned())
        }
        Input::File(p) => {
            let mut bytes = Vec::new();
            File::open(p)
                .and_then(|f| f.take(read_limit).read_to_end(&mut bytes))
                .map_err(|e| Fatal(format!("cannot read {}: {e}", p.display())))?;
            let kind = match p.extension().and_then(|e| e.to_str()) {
                Some("json") => SourceKind::Json,
                Some("yaml" | "yml") => SourceKind::Yaml,
                _ => SourceKind::Auto,
            };
            (bytes, kind, match_path(p, base))
        }
    };
    let mut report = linter.lint_file(&file.name(), &matched, &bytes, &opts.with_kind(kind));
    if let Input::File(p) = file {
        report = report.with_source_path(p);
    }
    // Human output is rendered here, while the source is at hand for snippets.
    let texts = styles
        .iter()
        .map(|&(snippets, color)| {
            let source = snippets
                .then(|| dialogmote::decode(&bytes).ok().map(|(t, _)| t))
                .flatten();
            dialogmote::render_human_file(&report, source, &HumanOptions::new(color, opts.lang))
        })
        .collect();
    Ok((report, texts))
}

fn lint(
    paths: &[String],
    formats: &[FormatArg],
    output: Option<&Path>,
    args: &LintArgs,
) -> Result<ExitCode, Fatal> {
    use rayon::prelude::*;
    let lang = args.lang;
    if let Some(seconds) = args.timeout {
        watchdog(seconds);
    }
    let Setup {
        linter,
        base,
        config_shown,
        protected,
    } = build_linter(args.config.as_deref(), args.schema_only)?;
    let as_of = args
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let opts = LintOptions::new(as_of).with_lang(lang);
    let Collected {
        inputs: files,
        ids,
        skipped_links,
    } = collect(paths)?;
    let mut protected: HashMap<FileId, String> = protected.into_iter().collect();
    for (id, file) in ids.into_iter().zip(&files) {
        protected
            .entry(id)
            .or_insert_with(|| format!("the input {}", file.name()));
    }
    let mut sinks = open_sinks(formats, output, &protected)?;
    if skipped_links > 0 {
        let _ = writeln!(
            std::io::stderr(),
            "dialogmote: note: {skipped_links} symbolic link(s) inside the linted folders skipped; links are not followed"
        );
    }
    let ci = std::env::var_os("CI").is_some();
    let no_color = std::env::var_os("NO_COLOR").is_some();
    let humans: Vec<usize> = (0..sinks.len())
        .filter(|&i| sinks[i].format == Format::Human)
        .collect();
    let styles: Vec<HumanStyle> = humans
        .iter()
        .map(|&i| {
            let t = sinks[i].terminal;
            (args.show_source || (t && !ci), t && !no_color)
        })
        .collect();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.map_or(0, jobs))
        .build()
        .map_err(|e| Fatal(format!("cannot start worker threads: {e}")))?;
    // One byte past the size limit is enough to know a file is too large (DM004).
    let read_limit = (linter.limits().max_bytes as u64).saturating_add(1);
    let mut report = Report::default();
    report.config_path = config_shown;
    report.working_dir = std::env::current_dir().ok();
    for batch in files.chunks(BATCH) {
        let results: Vec<Result<(FileReport, Vec<String>), Fatal>> = pool.install(|| {
            batch
                .par_iter()
                .map(|f| lint_one(&linter, f, base.as_deref(), &opts, read_limit, &styles))
                .collect()
        });
        // Written in path order, whatever order the workers finished in.
        for r in results {
            let (file_report, texts) = r?;
            for (&i, text) in humans.iter().zip(texts) {
                sinks[i].out.writer().write_all(text.as_bytes())?;
            }
            report.push(file_report);
        }
    }
    if let Some(config_report) = linter.ignore_report(&report.files, lang) {
        for (&i, &(_, color)) in humans.iter().zip(&styles) {
            let text = dialogmote::render_human_file(
                &config_report,
                None,
                &HumanOptions::new(color, lang),
            );
            sinks[i].out.writer().write_all(text.as_bytes())?;
        }
        report.push(config_report);
    }
    for sink in &mut sinks {
        let text = match sink.format {
            Format::Human => dialogmote::render_human_summary(
                &report,
                &HumanOptions::new(sink.terminal && !no_color, lang),
            ),
            // The large formats are written as they are produced.
            Format::Json => {
                dialogmote::write_json(sink.out.writer(), &report)
                    .map_err(|e| Fatal(format!("cannot write {}: {e}", sink.name)))?;
                String::new()
            }
            Format::Sarif => {
                dialogmote::write_sarif(sink.out.writer(), &report, linter.rules(), lang)
                    .map_err(|e| Fatal(format!("cannot write {}: {e}", sink.name)))?;
                String::new()
            }
            Format::Github => dialogmote::render_github(&report),
            Format::Junit => dialogmote::render_junit(&report),
        };
        let out = sink.out.writer();
        out.write_all(text.as_bytes())
            .and_then(|()| out.flush())
            .map_err(|e| Fatal(format!("cannot write {}: {e}", sink.name)))?;
    }
    // Only now, with every output complete, are files replaced.
    for sink in sinks {
        if let SinkOut::File(f) = sink.out {
            f.commit()
                .map_err(|e| Fatal(format!("cannot write {}: {e}", sink.name)))?;
        }
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

fn run(cli: Cli) -> Result<ExitCode, Fatal> {
    match cli.command {
        Command::Lint {
            paths,
            format,
            output,
            as_of,
            lang,
            config,
            fail_on,
            show_source,
            jobs,
            schema_only,
            timeout,
        } => lint(
            &paths,
            &format,
            output.as_deref(),
            &LintArgs {
                as_of,
                lang: lang.into(),
                config,
                fail_on,
                show_source,
                jobs,
                schema_only,
                timeout,
            },
        ),
        Command::Rules {
            action: Some(RulesAction::Test { files, config }),
            ..
        } => rules_test(&files, config.as_deref()),
        Command::Rules {
            action: None,
            lang,
            config,
            markdown,
        } => {
            let linter = build_linter(config.as_deref(), false)?.linter;
            if markdown {
                std::io::stdout()
                    .write_all(dialogmote::rules_markdown(linter.rules()).as_bytes())?;
                return Ok(ExitCode::SUCCESS);
            }
            let lang: Lang = lang.into();
            let mut out = String::new();
            for r in linter.rules() {
                let sev = r.severity.map_or("off", Severity::as_str);
                let line = r.summary(lang);
                out.push_str(&format!(
                    "{:<7} {:<8} {:<36} {}\n",
                    r.code, sev, r.name, line
                ));
            }
            std::io::stdout().write_all(out.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Explain { code, lang, config } => {
            let linter = build_linter(config.as_deref(), false)?.linter;
            let code = code.to_uppercase();
            let Some(rule) = linter.rule(&code) else {
                return Err(Fatal(format!(
                    "no rule `{code}`; `dialogmote rules` lists them"
                )));
            };
            let text = dialogmote::explain(rule, lang.into());
            std::io::stdout().write_all(text.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Render(args) => cli::render::run(&args).map_err(Fatal),
        Command::Schema => {
            std::io::stdout().write_all(dialogmote::SCHEMA_JSON.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::New {
            date,
            output,
            schema,
        } => {
            let date = date.unwrap_or_else(|| chrono::Local::now().date_naive());
            let text = dialogmote::draft(date, &schema);
            match output {
                None => std::io::stdout().write_all(text.as_bytes())?,
                Some(p) => {
                    let exists = || {
                        Fatal(format!(
                            "{} exists; `new` never overwrites a file: choose another name",
                            p.display()
                        ))
                    };
                    let cannot = |e: std::io::Error| {
                        if e.kind() == std::io::ErrorKind::AlreadyExists {
                            exists()
                        } else {
                            Fatal(format!("cannot write {}: {e}", p.display()))
                        }
                    };
                    // Written beside the target, then linked into place
                    // only if the name is still free (no check-then-write race).
                    let mut f = AtomicFile::create(&p, Existing::Keep).map_err(cannot)?;
                    f.write_all(text.as_bytes()).map_err(cannot)?;
                    f.commit().map_err(cannot)?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_owned(),
            Input::File(p) => p.display().to_string(),
        }
    }
}

/// Ends the process with exit code 2 after `seconds`, removing the
/// temporary files of outputs not yet renamed into place.
fn watchdog(seconds: u64) {
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(seconds));
        cli::atomic::abandon_all();
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

/// The inputs of a run.
struct Collected {
    /// Sorted, each file once.
    inputs: Vec<Input>,
    /// The identity of each input (standard input: none).
    ids: Vec<FileId>,
    /// Symbolic links found inside folders and not followed.
    skipped_links: usize,
}

/// Expands paths into files, sorted and each file once however it is
/// named (by device and inode), so the output does not depend on argument
/// or directory-listing order.
fn collect(paths: &[String]) -> Result<Collected, Fatal> {
    let mut files = Vec::new();
    let mut stdin = false;
    let mut skipped_links = 0;
    for p in paths {
        if p == "-" {
            stdin = true;
            continue;
        }
        let path = PathBuf::from(p);
        let meta = std::fs::metadata(&path).map_err(|e| Fatal(format!("cannot read {p}: {e}")))?;
        if meta.is_dir() {
            let root = if path == Path::new(".") {
                PathBuf::new()
            } else {
                path.clone()
            };
            walk(&root, &mut files, &mut skipped_links)
                .map_err(|e| Fatal(format!("cannot read directory {p}: {e}")))?;
        } else {
            files.push(path);
        }
    }
    files.sort();
    files.dedup();
    let mut seen: HashSet<FileId> = HashSet::new();
    if stdin {
        // `-` and `/dev/stdin` (or the file standard input comes from) are
        // one input, read once.
        if let Some(id) = stdin_id() {
            seen.insert(id);
        }
    }
    // Of the names of one file, the shortest is kept (`a.yaml`, not `./a.yaml`).
    let mut named: Vec<(FileId, PathBuf)> = files.into_iter().map(|f| (file_id(&f), f)).collect();
    named.sort_by(|a, b| {
        (&a.0, a.1.as_os_str().len(), &a.1).cmp(&(&b.0, b.1.as_os_str().len(), &b.1))
    });
    named.retain(|(id, _)| seen.insert(id.clone()));
    named.sort_by(|a, b| a.1.cmp(&b.1));
    let (ids, inputs): (Vec<FileId>, Vec<Input>) = named
        .into_iter()
        .map(|(id, f)| (id, Input::File(f)))
        .unzip();
    let mut inputs = inputs;
    if stdin {
        inputs.insert(0, Input::Stdin);
    }
    Ok(Collected {
        inputs,
        ids,
        skipped_links,
    })
}

/// The identity of the file or pipe standard input reads from.
#[cfg(unix)]
fn stdin_id() -> Option<FileId> {
    use std::os::fd::AsFd;
    let fd = std::io::stdin().as_fd().try_clone_to_owned().ok()?;
    cli::files::meta_id(&File::from(fd).metadata().ok()?)
}

/// Elsewhere standard input is known only by its name `-`.
#[cfg(not(unix))]
fn stdin_id() -> Option<FileId> {
    None
}

/// Collects minutes below `dir` (an empty path is the current directory,
/// so that its files are named `a.yaml`, not `./a.yaml`). Symbolic links
/// are not followed (they could lead out of the folder, or in a circle);
/// they are counted in `links`.
fn walk(dir: &Path, out: &mut Vec<PathBuf>, links: &mut usize) -> std::io::Result<()> {
    let listing = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    for entry in std::fs::read_dir(listing)? {
        let entry = entry?;
        let path = dir.join(entry.file_name());
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let ty = entry.file_type()?;
        let minutes = name != CONFIG_FILE
            && matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("yaml" | "yml" | "json")
            );
        if ty.is_symlink() {
            // Counted when it would have been linted: a link to a folder,
            // or to a file with a minutes extension.
            if minutes || path.is_dir() {
                *links += 1;
            }
        } else if ty.is_dir() {
            walk(&path, out, links)?;
        } else if ty.is_file() && minutes {
            out.push(path);
        }
    }
    Ok(())
}
