//! What the frontends that do I/O share (the `dialogmote` program and the
//! language server): finding the configuration (`dialogmote.yaml` in the
//! current folder or a parent, up to the repository's root), reading it and
//! the rule files it names within limits, into one linter; the path a
//! configuration glob is matched against; which file a path names; and
//! the clock. The library itself reads no file and no clock; the browser
//! package has no files.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod files;

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use dialogmote::{CONFIG_FILE, Config, Error, Lang, Linter, LinterBuilder, UiText};

use files::{FileId, MAX_RULE_BYTES, MAX_RULE_FILES, file_id, read_small};

/// Why a run could not complete: exit code 2, one line on standard error.
/// Each variant carries its context: which file could not be read, which
/// output could not be written.
#[derive(Debug)]
pub enum Fatal {
    /// An input, a folder or another file could not be read.
    Read {
        /// What was read, as the user knows it (`a.yaml`, `directory docs`).
        what: String,
        /// Why.
        error: std::io::Error,
    },
    /// An output could not be written.
    Write {
        /// The output (`standard output`, `results.sarif`).
        what: String,
        /// Why.
        error: std::io::Error,
    },
    /// The configuration or a rule file is invalid (located in that file).
    Setup(dialogmote::Error),
    /// Anything else, said in full with what to do.
    Message(String),
}

impl Fatal {
    /// A [`Fatal::Read`] of `what`, for `map_err`.
    pub fn read(what: impl Into<String>) -> impl FnOnce(std::io::Error) -> Fatal {
        let what = what.into();
        move |error| Fatal::Read { what, error }
    }

    /// A [`Fatal::Write`] of `what`, for `map_err`.
    pub fn write(what: impl Into<String>) -> impl FnOnce(std::io::Error) -> Fatal {
        let what = what.into();
        move |error| Fatal::Write { what, error }
    }

    /// The exit code: 2, whatever went wrong (the program lists its exit
    /// codes in its `--help`).
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(2)
    }
}

impl Fatal {
    /// What went wrong, in `lang` (each problem of a configuration or rule
    /// file on a line of its own: [`Fatal::lines`]).
    pub fn message(&self, lang: Lang) -> String {
        self.lines(lang).join("\n")
    }

    /// What went wrong, in `lang`: one line, or one per problem of a
    /// configuration or rule file.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        match self {
            Fatal::Read { what, error } => vec![
                UiText::CannotRead.fill(lang, &[("what", what), ("why", &io_reason(error, lang))]),
            ],
            Fatal::Write { what, error } => vec![
                UiText::CannotWrite.fill(lang, &[("what", what), ("why", &io_reason(error, lang))]),
            ],
            Fatal::Setup(e) => e.problems().iter().map(ToString::to_string).collect(),
            Fatal::Message(m) => vec![m.clone()],
        }
    }
}

/// Why a file could not be read or written, in plain words in `lang`; the
/// system's own words only for a rare error that has none here.
pub fn io_reason(e: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind as K;
    // An error this program made says its own words, in `lang` already.
    if let Some(own) = e.get_ref() {
        return own.to_string();
    }
    let id = match e.kind() {
        K::NotFound => UiText::NotFound,
        K::PermissionDenied => UiText::NoAccess,
        K::IsADirectory => UiText::IsAFolder,
        K::NotADirectory => UiText::NotAFolder,
        K::StorageFull => UiText::DiskFull,
        K::ReadOnlyFilesystem => UiText::ReadOnlyDisk,
        K::InvalidData => UiText::NotText,
        _ => {
            return UiText::SystemError.fill(lang, &[("detail", &e.to_string())]);
        }
    };
    id.text(lang).to_owned()
}

impl fmt::Display for Fatal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fatal::Setup(e) => write!(f, "{e}"),
            other => f.write_str(&other.message(Lang::En)),
        }
    }
}

impl From<dialogmote::Error> for Fatal {
    fn from(e: dialogmote::Error) -> Self {
        Fatal::Setup(e)
    }
}

/// Today's local date: the only place the command line reads the clock.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// The configuration to use: `explicit`, else `dialogmote.yaml` in the
/// current folder or the nearest parent up to the repository's root.
/// `lang` is the language of the error.
pub fn find_config(explicit: Option<&Path>, lang: Lang) -> Result<Option<PathBuf>, Fatal> {
    if let Some(p) = explicit {
        return Ok(Some(p.to_path_buf()));
    }
    let mut dir = std::env::current_dir().map_err(Fatal::read(UiText::CurrentFolder.text(lang)))?;
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
pub struct Setup {
    /// The linter, built once.
    pub linter: Linter,
    /// The folder that configuration globs are relative to.
    pub base: Option<PathBuf>,
    /// The configuration file as shown to the user.
    pub config_shown: Option<String>,
    /// The configuration and rule files, which no output may replace.
    pub protected: Vec<(FileId, String)>,
    /// The configuration and the rule files read, each once (a save of
    /// one reloads the language server's configuration).
    pub files: Vec<PathBuf>,
}

/// What the configuration brought besides the linter.
pub struct SetupParts {
    /// The folder that configuration globs are relative to.
    pub base: Option<PathBuf>,
    /// The configuration file as shown to the user.
    pub config_shown: Option<String>,
    /// The configuration and rule files, which no output may replace.
    pub protected: Vec<(FileId, String)>,
    /// The configuration and the rule files read.
    pub files: Vec<PathBuf>,
    /// Problems of the configuration's own shape, reported with those the
    /// build finds (rule codes, parameters, the rule files' contents).
    pub pending: Vec<Error>,
}

impl SetupParts {
    /// The built linter, or every problem: `pending` and the build's.
    pub fn finish(&mut self, built: Result<Linter, Error>) -> Result<Linter, Fatal> {
        let pending = std::mem::take(&mut self.pending);
        match (built, Error::combined(pending)) {
            (Ok(linter), None) => Ok(linter),
            (Ok(_), Some(e)) => Err(Fatal::Setup(e)),
            (Err(e), None) => Err(Fatal::Setup(e)),
            (Err(e), Some(p)) => Err(Fatal::Setup(Error::combined(vec![p, e]).expect("problems"))),
        }
    }
}

/// The linter of the configuration `config` (else the one found in this
/// folder or a parent). `lang` is the language of the messages about the
/// limits on rule files.
pub fn build_linter(config: Option<&Path>, schema_only: bool, lang: Lang) -> Result<Setup, Fatal> {
    let (builder, cfg, mut setup) = build_builder(config, schema_only, lang)?;
    let builder = match cfg {
        Some(cfg) => builder.config(cfg),
        None => builder,
    };
    Ok(Setup {
        linter: setup.finish(builder.build())?,
        base: setup.base,
        config_shown: setup.config_shown,
        protected: setup.protected,
        files: setup.files,
    })
}

/// The builder with the configuration's rule files, the configuration
/// (not yet given to the builder) and the rest of the setup.
///
/// The configuration may come from a repository nobody checked, so what it
/// makes the tool read is bounded: each file once however often or however
/// it is named (by device and inode), at most [`MAX_RULE_FILES`] entries in
/// `rule_files`, each file at most 1 MiB and all of them at most
/// [`MAX_RULE_BYTES`]. Past a limit the configuration is refused, at the
/// entry that goes over, in `lang`.
pub fn build_builder(
    config: Option<&Path>,
    schema_only: bool,
    lang: Lang,
) -> Result<(LinterBuilder, Option<Config>, SetupParts), Fatal> {
    let Some(path) = find_config(config, lang)? else {
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
                files: Vec::new(),
                pending: Vec::new(),
            },
        ));
    };
    let text = read_small(&path).map_err(|e| {
        Fatal::Message(UiText::CannotReadConfig.fill(
            lang,
            &[
                ("path", &path.display().to_string()),
                ("why", &e.message(lang)),
            ],
        ))
    })?;
    let shown = std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.clone())
        .display()
        .to_string();
    // Every problem at once: the configuration's own shape, then its rule
    // files; rule codes and parameters when the linter is built.
    let (cfg, mut pending) = Config::from_yaml_lenient(&shown, &text);
    let base = path.parent().unwrap_or(Path::new(".")).to_path_buf();
    // `--config dialogmote.yaml` has the empty parent: the current folder.
    let folder = if base.as_os_str().is_empty() {
        Path::new(".")
    } else {
        &base
    };
    let mut protected = vec![(
        file_id(&path),
        UiText::ConfigNamed.fill(lang, &[("path", &shown)]),
    )];
    let mut files = vec![path.clone()];
    let mut builder = Linter::builder();
    let mut rule_file_problems = Vec::new();
    // Past the number of entries allowed, none is read.
    let allowed = if cfg.rule_files.len() > MAX_RULE_FILES {
        rule_file_problems.push(cfg.rule_file_error(MAX_RULE_FILES, too_many_rule_files(lang)));
        0
    } else {
        cfg.rule_files.len()
    };
    let mut total: u64 = 0;
    for (i, f) in cfg.rule_files.iter().enumerate().take(allowed) {
        let p = base.join(f);
        let at = |why: String| cfg.rule_file_error(i, why);
        // Rule files come from the configuration, which may come from a
        // repository: they may not reach outside its folder.
        let inside = match folder
            .canonicalize()
            .and_then(|b| Ok((b, p.canonicalize()?)))
        {
            Ok(inside) => inside,
            Err(e) => {
                rule_file_problems.push(at(
                    UiText::RuleFileUnreadable.fill(lang, &[("why", &io_reason(&e, lang))])
                ));
                continue;
            }
        };
        if !inside.1.starts_with(&inside.0) {
            rule_file_problems.push(at(UiText::RuleFileOutside.text(lang).to_owned()));
            continue;
        }
        // One file named twice (or by two names) is read and compiled once.
        let id = file_id(&p);
        if protected.iter().any(|(seen, _)| *seen == id) {
            continue;
        }
        let text = match read_small(&p) {
            Ok(text) => text,
            Err(e) => {
                rule_file_problems.push(at(
                    UiText::RuleFileUnreadable.fill(lang, &[("why", &e.message(lang))])
                ));
                continue;
            }
        };
        total = total.saturating_add(text.len() as u64);
        if total > MAX_RULE_BYTES {
            // No more is read.
            rule_file_problems.push(at(rule_files_too_large(lang).to_owned()));
            break;
        }
        protected.push((
            id,
            UiText::RuleFileNamed.fill(lang, &[("path", &p.display().to_string())]),
        ));
        builder = builder.rule_file(p.display().to_string(), text);
        files.push(p);
    }
    if !rule_file_problems.is_empty() {
        // Without all its rules, the configuration's codes cannot be
        // checked: what is known so far is the answer.
        pending.extend(rule_file_problems);
        return Err(Fatal::Setup(
            Error::combined(pending).expect("at least one problem"),
        ));
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
            files,
            pending,
        },
    ))
}

/// Why a configuration naming more than [`MAX_RULE_FILES`] rule files is
/// refused, in `lang`.
fn too_many_rule_files(lang: Lang) -> &'static str {
    UiText::TooManyRuleFiles.text(lang)
}

/// Why a rule file that takes the rule files past [`MAX_RULE_BYTES`] in
/// all is refused, in `lang`.
fn rule_files_too_large(lang: Lang) -> &'static str {
    UiText::RuleFilesTooLarge.text(lang)
}

/// The path a configuration glob is matched against: relative to the
/// configuration's directory when the file is below it.
pub fn match_path(file: &Path, base: Option<&Path>) -> String {
    let rel = base
        .and_then(|b| {
            let b = b.canonicalize().ok()?;
            let f = file.canonicalize().ok()?;
            f.strip_prefix(&b).ok().map(Path::to_path_buf)
        })
        .unwrap_or_else(|| file.to_path_buf());
    rel.to_string_lossy().replace('\\', "/")
}
