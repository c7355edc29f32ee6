//! The `dialogmote` command line: reads files, the clock and the
//! environment, prints, and picks the exit code. Everything else is the
//! library.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use dialogmote::{
    CONFIG_FILE, Config, FileReport, HumanOptions, Lang, LintOptions, Linter, Report, Severity,
    SourceKind, render_human, render_json,
};

const EXIT_HELP: &str = "Exit codes: 0 = no finding at or above --fail-on; 1 = findings at or above --fail-on; \
2 = could not run (bad arguments, unreadable path, bad configuration or rule file).";

#[derive(Parser)]
#[command(name = "dialogmote", version, about = "Checks the minutes (referat) of Dialogmøte 1", after_help = EXIT_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
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

#[derive(Subcommand)]
enum Command {
    /// Lint minutes: files, directories (*.yaml, *.yml, *.json, recursively) or `-` for stdin.
    #[command(after_help = EXIT_HELP)]
    Lint {
        /// Files or directories; `-` reads standard input.
        #[arg(required = true)]
        paths: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
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
    },
    /// List every rule: code, name, severity, one line.
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
        /// Configuration file (for user rules and parameters).
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Print the JSON Schema of the document format.
    Schema,
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

fn build_linter(config: Option<&Path>) -> Result<Linter, Fatal> {
    let Some(path) = find_config(config)? else {
        return Ok(Linter::new()?);
    };
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Fatal(format!("cannot read {}: {e}", path.display())))?;
    let cfg = Config::from_yaml(&path.display().to_string(), &text)?;
    let base = path.parent().unwrap_or(Path::new("."));
    let mut builder = Linter::builder();
    for f in &cfg.rule_files {
        let p = base.join(f);
        let text = std::fs::read_to_string(&p)
            .map_err(|e| Fatal(format!("cannot read rule file {}: {e}", p.display())))?;
        builder = builder.rule_file(p.display().to_string(), text);
    }
    Ok(builder.config(cfg).build()?)
}

fn run(cli: Cli) -> Result<ExitCode, Fatal> {
    match cli.command {
        Command::Lint {
            paths,
            format,
            as_of,
            lang,
            config,
            fail_on,
        } => {
            let linter = build_linter(config.as_deref())?;
            let as_of = as_of.unwrap_or_else(|| chrono::Local::now().date_naive());
            let opts = LintOptions::new(as_of).with_lang(lang.into());
            let files = collect(&paths)?;
            let mut report = Report::default();
            for file in files {
                let (bytes, kind) = match &file {
                    Input::Stdin => {
                        let mut buf = Vec::new();
                        std::io::stdin().read_to_end(&mut buf)?;
                        (buf, SourceKind::Auto)
                    }
                    Input::File(p) => {
                        let bytes = std::fs::read(p)
                            .map_err(|e| Fatal(format!("cannot read {}: {e}", p.display())))?;
                        let kind = match p.extension().and_then(|e| e.to_str()) {
                            Some("json") => SourceKind::Json,
                            Some("yaml" | "yml") => SourceKind::Yaml,
                            _ => SourceKind::Auto,
                        };
                        (bytes, kind)
                    }
                };
                let findings = linter.lint_bytes(&bytes, &opts.with_kind(kind));
                report.push(FileReport::new(file.name(), findings));
            }
            let out = match format {
                Format::Json => render_json(&report),
                Format::Human => {
                    let tty = std::io::stdout().is_terminal();
                    let color = tty && std::env::var_os("NO_COLOR").is_none();
                    render_human(&report, &HumanOptions::new(color, true, lang.into()))
                }
            };
            std::io::stdout().write_all(out.as_bytes())?;
            let threshold = match fail_on {
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
        Command::Rules {
            lang,
            config,
            markdown,
        } => {
            let linter = build_linter(config.as_deref())?;
            if markdown {
                std::io::stdout()
                    .write_all(dialogmote::rules_markdown(linter.rules()).as_bytes())?;
                return Ok(ExitCode::SUCCESS);
            }
            let lang: Lang = lang.into();
            let mut out = String::new();
            for r in linter.rules() {
                let sev = r.severity.map_or("off", Severity::as_str);
                let line = r.docs.as_ref().map_or_else(
                    || r.message.get(lang).to_owned(),
                    |d| first_sentence(d.what.get(lang)),
                );
                out.push_str(&format!(
                    "{:<7} {:<8} {:<36} {}\n",
                    r.code, sev, r.name, line
                ));
            }
            std::io::stdout().write_all(out.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Explain { code, lang, config } => {
            let linter = build_linter(config.as_deref())?;
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
    }
}

fn first_sentence(s: &str) -> String {
    let end = s.find(". ").map_or(s.len(), |i| i + 1);
    s[..end].to_owned()
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
            walk(&path, &mut files)
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

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
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
