//! Output formats: each is an [`Emitter`] that writes a [`Report`] to a
//! writer, and each `--format` has a destination (standard output, or a
//! file written atomically). The language and the human style are decided
//! in [`Style`], the one place where the command line's options reach the
//! renderers.

use std::collections::HashMap;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

use dialogmote::{FileReport, HumanOptions, Lang, Linter, Report, Source};

use super::atomic::{AtomicFile, Existing};
use super::{Fatal, say};
use dialogmote::UiText;
use dialogmote_host::files::{FileId, file_id};

/// An output format.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Format {
    Human,
    Json,
    Sarif,
    Github,
    Junit,
}

/// `FORMAT` or `FORMAT=FILE`.
#[derive(Clone, Debug)]
pub(crate) struct FormatArg {
    pub format: Format,
    pub file: Option<PathBuf>,
}

pub(crate) fn parse_format(s: &str) -> Result<FormatArg, String> {
    let (name, file) = match s.split_once('=') {
        Some((n, f)) if !f.is_empty() => (n, Some(PathBuf::from(f))),
        Some(_) => return Err(say(UiText::FormatNeedsFile, &[])),
        None => (s, None),
    };
    let format = match name {
        "human" => Format::Human,
        "json" => Format::Json,
        "sarif" => Format::Sarif,
        "github" => Format::Github,
        "junit" => Format::Junit,
        _ => {
            return Err(say(UiText::UnknownFormat, &[("name", name)]));
        }
    };
    Ok(FormatArg { format, file })
}

/// Writes a report in one format. A run lints files in parallel: each
/// file's own part ([`file`](Emitter::file)) is produced by the worker that
/// linted it, while its source is at hand, and written in path order; the
/// rest ([`finish`](Emitter::finish)) once the run is complete.
pub(crate) trait Emitter: Sync {
    /// The text for one file, written as soon as the files before it are.
    /// `source` is the file's source (`None` for the configuration's own
    /// report). Most formats write everything at the end.
    fn file(&self, _file: &FileReport, _source: Option<&Source<'_>>) -> String {
        String::new()
    }

    /// Writes the end of the output: the whole report, or a summary.
    fn finish(&self, report: &Report, out: &mut dyn Write) -> io::Result<()>;
}

/// What the renderers are told: the language, and for human output whether
/// to show source lines and colour.
#[derive(Clone, Copy)]
pub(crate) struct Style {
    pub lang: Lang,
    /// `--show-source`: source lines also off a terminal.
    pub show_source: bool,
}

/// `path:line:col: severity[CODE] message` per finding, then a summary.
struct Human {
    /// Show each finding's source line (prints document text).
    snippets: bool,
    opts: HumanOptions,
}

impl Emitter for Human {
    fn file(&self, file: &FileReport, source: Option<&Source<'_>>) -> String {
        let source = source.filter(|_| self.snippets);
        dialogmote::render_human_file(file, source, &self.opts)
    }

    fn finish(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(dialogmote::render_human_summary(report, &self.opts).as_bytes())
    }
}

struct Json {
    lang: Lang,
}

impl Emitter for Json {
    fn finish(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        dialogmote::write_json(out, report, self.lang)
    }
}

struct Sarif<'l> {
    linter: &'l Linter,
    lang: Lang,
}

impl Emitter for Sarif<'_> {
    fn finish(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        dialogmote::write_sarif_with_docs(
            out,
            report,
            self.linter.rules(),
            self.lang,
            self.linter.docs_url(),
        )
    }
}

struct Github {
    lang: Lang,
}

impl Emitter for Github {
    fn finish(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(dialogmote::render_github(report, self.lang).as_bytes())
    }
}

struct Junit {
    lang: Lang,
}

impl Emitter for Junit {
    fn finish(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(dialogmote::render_junit(report, self.lang).as_bytes())
    }
}

/// Where one format goes: standard output, or a file renamed into place
/// only when the run completes.
enum Destination {
    Stdout(BufWriter<io::Stdout>),
    File(AtomicFile),
}

impl Destination {
    fn writer(&mut self) -> &mut dyn Write {
        match self {
            Destination::Stdout(w) => w,
            Destination::File(f) => f,
        }
    }
}

/// One `--format`: its emitter and its destination.
pub(crate) struct Output<'l> {
    emitter: Box<dyn Emitter + 'l>,
    /// The destination as named in errors.
    name: String,
    dest: Destination,
}

impl<'l> Output<'l> {
    pub(crate) fn emitter(&self) -> &(dyn Emitter + 'l) {
        &*self.emitter
    }

    /// Writes a file's text (from [`Emitter::file`]).
    pub(crate) fn write(&mut self, text: &str) -> Result<(), Fatal> {
        let Output { name, dest, .. } = self;
        dest.writer()
            .write_all(text.as_bytes())
            .map_err(Fatal::write(name.as_str()))
    }

    /// Writes the end of the report and flushes.
    pub(crate) fn finish(&mut self, report: &Report) -> Result<(), Fatal> {
        let Output {
            emitter,
            name,
            dest,
        } = self;
        let out = dest.writer();
        emitter
            .finish(report, out)
            .and_then(|()| out.flush())
            .map_err(Fatal::write(name.as_str()))
    }

    /// Renames a file into place (after every output is complete).
    pub(crate) fn commit(self) -> Result<(), Fatal> {
        match self.dest {
            Destination::File(f) => f.commit().map_err(Fatal::write(self.name)),
            Destination::Stdout(_) => Ok(()),
        }
    }
}

/// Opens every output, after checking that none is an input, the
/// configuration, a rule file or another output, however spelled.
pub(crate) fn open<'l>(
    formats: &[FormatArg],
    output: Option<&Path>,
    protected: &HashMap<FileId, String>,
    linter: &'l Linter,
    style: Style,
) -> Result<Vec<Output<'l>>, Fatal> {
    let ci = std::env::var_os("CI").is_some();
    let no_color = std::env::var_os("NO_COLOR").is_some();
    let mut outputs: Vec<Output<'l>> = Vec::new();
    let mut targets: HashMap<FileId, String> = HashMap::new();
    for f in formats {
        let target = f.file.as_deref().or(output);
        let name = target.map_or_else(
            || UiText::StandardOutput.text(style.lang).to_owned(),
            |p| p.display().to_string(),
        );
        if target.is_none()
            && outputs
                .iter()
                .any(|o| matches!(o.dest, Destination::Stdout(_)))
        {
            return Err(Fatal::Message(say(
                UiText::TwoFormatsStdout,
                &[("name", &name)],
            )));
        }
        let (dest, terminal) = match target {
            Some(p) => {
                let id = file_id(p);
                if let Some(what) = protected.get(&id) {
                    return Err(Fatal::Message(say(
                        UiText::OutputIsProtected,
                        &[("output", &name), ("what", what)],
                    )));
                }
                if let Some(other) = targets.insert(id, name.clone()) {
                    return Err(Fatal::Message(say(
                        UiText::TwoFormatsFile,
                        &[("first", &other), ("second", &name)],
                    )));
                }
                let file =
                    AtomicFile::create(p, Existing::Replace).map_err(Fatal::write(name.clone()))?;
                (Destination::File(file), false)
            }
            None => (
                Destination::Stdout(BufWriter::new(io::stdout())),
                io::stdout().is_terminal(),
            ),
        };
        let emitter: Box<dyn Emitter + 'l> = match f.format {
            Format::Human => Box::new(Human {
                // Source lines are personal data: on a person's terminal,
                // or when asked.
                snippets: style.show_source || (terminal && !ci),
                opts: HumanOptions::new(terminal && !no_color, style.lang),
            }),
            Format::Json => Box::new(Json { lang: style.lang }),
            Format::Sarif => Box::new(Sarif {
                linter,
                lang: style.lang,
            }),
            Format::Github => Box::new(Github { lang: style.lang }),
            Format::Junit => Box::new(Junit { lang: style.lang }),
        };
        outputs.push(Output {
            emitter,
            name,
            dest,
        });
    }
    Ok(outputs)
}
