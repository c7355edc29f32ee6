//! `dialogmote rules`: the rule list, the rule reference as Markdown, and
//! `rules test`, which runs rule examples.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use dialogmote::{Lang, Severity, UiText};

use super::{Fatal, build_builder, build_linter, lang, print, say};
use dialogmote_host::files::{file_id, read_small};

#[derive(clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    action: Option<Action>,
    /// Configuration file (to show severities and rules in force).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Print the full rule reference as Markdown (docs/rules.md).
    #[arg(long)]
    markdown: bool,
}

#[derive(Subcommand)]
enum Action {
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

pub(crate) fn run(args: &Args) -> Result<ExitCode, Fatal> {
    if let Some(Action::Test { files, config }) = &args.action {
        return test(files, config.as_deref(), lang());
    }
    let linter = build_linter(args.config.as_deref(), false, lang())?.linter;
    if args.markdown {
        print(&dialogmote::rules_markdown(linter.rules()))?;
        return Ok(ExitCode::SUCCESS);
    }
    let lang: Lang = lang();
    let mut out = String::new();
    for r in linter.rules() {
        let sev = r.severity.map_or("off", Severity::as_str);
        let line = r.summary(lang);
        out.push_str(&format!(
            "{:<7} {:<8} {:<36} {}\n",
            r.code, sev, r.name, line
        ));
    }
    print(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// `dialogmote rules test`: runs rule examples, prints each failure (code,
/// file, the example's name, pointers expected and fired; never document
/// text) and a summary line.
fn test(files: &[PathBuf], config: Option<&Path>, lang: Lang) -> Result<ExitCode, Fatal> {
    // Examples are written for the rules' defaults: the configuration's rule
    // files are loaded, its severities and parameters are not applied.
    let (mut builder, _, mut parts) = build_builder(config, false, lang)?;
    for f in files {
        // A file the configuration already names, or named twice, is
        // loaded (and tested) once.
        let id = file_id(f);
        if parts.protected.iter().any(|(p, _)| *p == id) {
            continue;
        }
        parts.protected.push((id, String::new()));
        let text = read_small(f).map_err(|e| {
            Fatal::Message(say(
                UiText::CannotReadRuleFile,
                &[
                    ("path", &f.display().to_string()),
                    ("why", &e.message(lang)),
                ],
            ))
        })?;
        builder = builder.rule_file(f.display().to_string(), text);
    }
    let linter = parts.finish(builder.build())?;
    // With FILEs, the organisation's rules only: those files and the
    // configuration's `rule_files`.
    let chosen = |r: &dialogmote::Rule| files.is_empty() || !r.is_builtin();
    let mut out = String::new();
    let (mut rules, mut ran, mut failed) = (0, 0, 0);
    let list = |v: &[String]| {
        if v.is_empty() {
            UiText::ExampleNothing.text(lang).to_owned()
        } else {
            v.iter()
                .map(|p| {
                    if p.is_empty() {
                        UiText::ExampleDocument.text(lang).to_owned()
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
                None => say(
                    UiText::ExampleExpected,
                    &[("expected", &list(&o.expected)), ("fired", &list(&o.fired))],
                ),
            };
            out.push_str(&dialogmote::escape_controls(&say(
                UiText::ExampleFailed,
                &[
                    ("file", &o.file),
                    ("code", &o.code),
                    ("name", &o.name),
                    ("what", &what),
                ],
            )));
            out.push('\n');
        }
    }
    let plural = |n: usize, one: UiText, many: UiText| {
        (if n == 1 { one } else { many }).fill(lang, &[("n", &n.to_string())])
    };
    out.push_str(&say(
        UiText::ExamplesSummary,
        &[
            (
                "examples",
                &plural(ran, UiText::ExamplesOne, UiText::ExamplesMany),
            ),
            ("rules", &plural(rules, UiText::RulesOne, UiText::RulesMany)),
            ("passed", &(ran - failed).to_string()),
            ("failed", &failed.to_string()),
        ],
    ));
    out.push('\n');
    print(&out)?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
