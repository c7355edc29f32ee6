//! The `dialogmote` command line: reads files, the clock and the
//! environment, prints, and picks the exit code. Everything else is the
//! library.

use std::fs::File;
use std::io::{BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use dialogmote::{
    CONFIG_FILE, Config, FileReport, HumanOptions, Lang, LintOptions, Linter, Report, Severity,
    SourceKind,
};

const EXIT_HELP: &str = "Exit codes:
  0  no finding at or above --fail-on
  1  at least one finding at or above --fail-on
  2  could not run: bad arguments, an unreadable path, a bad configuration or rule file";

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
enum Command {
    /// Lint minutes: files, directories (*.yaml, *.yml, *.json, recursively) or `-` for stdin.
    #[command(after_help = EXIT_HELP)]
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
        /// Configuration file (default: dialogmote.yaml in this directory or a parent).
        #[arg(long)]
        config: Option<PathBuf>,
        /// Lowest severity that makes the exit code 1.
        #[arg(long, value_enum, default_value = "error")]
        fail_on: FailOn,
        /// Show each finding's source line in human output, also when not on a terminal.
        /// The source holds personal data: do not use it in shared CI logs.
        #[arg(long)]
        show_source: bool,
        /// Files linted in parallel (default: the number of CPUs). Output is the
        /// same for any number.
        #[arg(long, short = 'j')]
        jobs: Option<usize>,
        /// Check only the input and the schema (DM001–DM006), not the rules.
        #[arg(long)]
        schema_only: bool,
    },
    /// List every rule: code, severity, name, one line.
    Rules {
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
        if !dir.pop() {
            return Ok(None);
        }
    }
}

/// The linter, and the configuration used: the directory that its globs are
/// relative to, and its display path.
fn build_linter(
    config: Option<&Path>,
    schema_only: bool,
) -> Result<(Linter, Option<(PathBuf, String)>), Fatal> {
    let Some(path) = find_config(config)? else {
        let builder = if schema_only {
            Linter::builder().schema_only()
        } else {
            Linter::builder()
        };
        return Ok((builder.build()?, None));
    };
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Fatal(format!("cannot read {}: {e}", path.display())))?;
    let shown = std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.clone());
    let shown = shown.display().to_string();
    let cfg = Config::from_yaml(&shown, &text)?;
    let base = path.parent().unwrap_or(Path::new(".")).to_path_buf();
    let mut builder = Linter::builder();
    for f in &cfg.rule_files {
        let p = base.join(f);
        let text = std::fs::read_to_string(&p)
            .map_err(|e| Fatal(format!("cannot read rule file {}: {e}", p.display())))?;
        builder = builder.rule_file(p.display().to_string(), text);
    }
    if schema_only {
        builder = builder.schema_only();
    }
    Ok((builder.config(cfg).build()?, Some((base, shown))))
}

/// Where one format goes.
struct Sink {
    format: Format,
    name: String,
    out: Box<dyn Write>,
    terminal: bool,
}

fn open_sinks(formats: &[FormatArg], output: Option<&Path>) -> Result<Vec<Sink>, Fatal> {
    let mut sinks: Vec<Sink> = Vec::new();
    for f in formats {
        let target = f.file.as_deref().or(output);
        let name = target.map_or_else(|| "standard output".to_owned(), |p| p.display().to_string());
        if sinks.iter().any(|s| s.name == name) {
            return Err(Fatal(format!(
                "two formats would be written to {name}; give each its own file with `--format FORMAT=FILE`"
            )));
        }
        let (out, terminal): (Box<dyn Write>, bool) = match target {
            Some(p) => {
                let file = File::create(p)
                    .map_err(|e| Fatal(format!("cannot write {}: {e}", p.display())))?;
                (Box::new(BufWriter::new(file)), false)
            }
            None => (
                Box::new(BufWriter::new(std::io::stdout())),
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
    let (linter, config) = build_linter(args.config.as_deref(), args.schema_only)?;
    let (base, config_path) = config.unzip();
    let as_of = args
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let opts = LintOptions::new(as_of).with_lang(lang);
    let files = collect(paths)?;
    let mut sinks = open_sinks(formats, output)?;
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
        .num_threads(args.jobs.unwrap_or(0))
        .build()
        .map_err(|e| Fatal(format!("cannot start worker threads: {e}")))?;
    // One byte past the size limit is enough to know a file is too large (DM004).
    let read_limit = linter.limits().max_bytes as u64 + 1;
    let mut report = Report::default();
    report.config_path = config_path;
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
                sinks[i].out.write_all(text.as_bytes())?;
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
            sinks[i].out.write_all(text.as_bytes())?;
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
                dialogmote::write_json(&mut sink.out, &report)?;
                String::new()
            }
            Format::Sarif => {
                dialogmote::write_sarif(&mut sink.out, &report, linter.rules(), lang)?;
                String::new()
            }
            Format::Github => dialogmote::render_github(&report),
            Format::Junit => dialogmote::render_junit(&report),
        };
        sink.out.write_all(text.as_bytes())?;
        sink.out
            .flush()
            .map_err(|e| Fatal(format!("cannot write {}: {e}", sink.name)))?;
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
            },
        ),
        Command::Rules {
            lang,
            config,
            markdown,
        } => {
            let (linter, _) = build_linter(config.as_deref(), false)?;
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
            let (linter, _) = build_linter(config.as_deref(), false)?;
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
                    let mut f = File::options()
                        .write(true)
                        .create_new(true)
                        .open(&p)
                        .map_err(|e| {
                            if e.kind() == std::io::ErrorKind::AlreadyExists {
                                Fatal(format!(
                                    "{} exists; `new` never overwrites a file: choose another name",
                                    p.display()
                                ))
                            } else {
                                Fatal(format!("cannot write {}: {e}", p.display()))
                            }
                        })?;
                    f.write_all(text.as_bytes())?;
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

/// Expands paths into files, sorted and without duplicates, so the output
/// does not depend on argument or directory-listing order.
fn collect(paths: &[String]) -> Result<Vec<Input>, Fatal> {
    let mut files = Vec::new();
    let mut stdin = false;
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
            walk(&root, &mut files)
                .map_err(|e| Fatal(format!("cannot read directory {p}: {e}")))?;
        } else {
            files.push(path);
        }
    }
    files.sort();
    files.dedup();
    let mut out: Vec<Input> = files.into_iter().map(Input::File).collect();
    if stdin {
        out.insert(0, Input::Stdin);
    }
    Ok(out)
}

/// Collects minutes below `dir` (an empty path is the current directory,
/// so that its files are named `a.yaml`, not `./a.yaml`).
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
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
        if ty.is_dir() {
            walk(&path, out)?;
        } else if ty.is_file()
            && name != CONFIG_FILE
            && matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("yaml" | "yml" | "json")
            )
        {
            out.push(path);
        }
    }
    Ok(())
}
