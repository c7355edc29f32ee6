//! What the exported functions do, in plain Rust (no JavaScript types), so
//! that native tests can run it: options read from JSON, the one linter,
//! and results as JSON text or bytes.

use std::sync::OnceLock;

use chrono::NaiveDate;
use dialogmote::{
    Edit, EmployeeId, ExportError, ExportOptions, FileReport, FixLevel, Fixed, Lang, LintOptions,
    Linter, RenderError, RenderFormat, RenderOptions, Report, Sender, Severity, Source, SourceKind,
    UiText,
};
use serde::Deserialize;
use serde::de::DeserializeOwned;

/// Why a call failed: a message for a person, a stable `code` for the
/// program, and for a refused render the findings that stop it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// One sentence: what is wrong and what to do.
    pub message: String,
    /// `options`, `refused`, `unfit`, `unknown-rule`, `pdf`, `id`,
    /// `incomplete` or `internal`.
    pub code: &'static str,
    /// For `refused` and `unfit`: the JSON file entry (as `lint` returns
    /// it) of the findings that stop the referat.
    pub findings: Option<String>,
}

impl Failure {
    fn new(code: &'static str, message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            code,
            findings: None,
        }
    }

    /// A problem with the arguments a program passed.
    pub fn options(message: impl Into<String>) -> Self {
        Failure::new("options", message)
    }

    /// An argument `what` of the function `of` that is not of its type
    /// (`want`: what it should be, in words of `lang`).
    pub fn wrong_type(of: &str, what: &str, want: Want, lang: Lang) -> Self {
        let kind = match want {
            Want::Document => UiText::WantDocument,
            Want::Text => UiText::WantText,
            Want::Object => UiText::WantObject,
        };
        Failure::options(UiText::NeedsAs.fill(
            lang,
            &[("of", of), ("what", what), ("kind", kind.text(lang))],
        ))
    }

    /// An argument of `of` over `max` bytes, refused before it is copied.
    pub fn too_large(of: &str, max: usize, lang: Lang) -> Self {
        // Whole numbers only: formatting a float would link the float
        // printer into the package (docs/web.md, "Size").
        let bytes = UiText::Bytes.fill(lang, &[("n", &max.to_string())]);
        let size = match max % (1024 * 1024) {
            0 => format!("{} MiB ({bytes})", max >> 20),
            _ => bytes,
        };
        Failure::new(
            "too-large",
            UiText::TooLarge.fill(lang, &[("of", of), ("size", &size)]),
        )
    }
}

/// What an argument should have been, for [`Failure::wrong_type`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Want {
    /// The document: a string or a `Uint8Array`.
    Document,
    /// A string.
    Text,
    /// An options object.
    Object,
}

/// The most an argument may hold, in bytes (UTF-8, or UTF-16 units of a
/// JavaScript string, each at least one byte): the engine's `max_bytes`.
/// Checked before anything is copied into WebAssembly memory, so a huge
/// argument is refused, not a crash ("capacity overflow").
pub fn max_bytes() -> usize {
    linter().map_or(dialogmote::Limits::default().max_bytes, |l| {
        l.limits().max_bytes
    })
}

/// The document to work on: text (an editor's buffer) or the bytes of a
/// file as read (a BOM, or bytes that are not UTF-8, are then reported
/// exactly as the command line reports them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A JavaScript string.
    Text(String),
    /// A `Uint8Array`.
    Bytes(Vec<u8>),
}

impl Input {
    /// The source the linter reads, shown as `path`, whose extension
    /// declares its kind as the command line's does: `.json` is strict
    /// JSON, `.yaml`/`.yml` YAML, anything else is decided from the text.
    fn source(&self, path: &str) -> Source<'_> {
        let source = match self {
            Input::Text(t) => Source::from_str(path, t),
            Input::Bytes(b) => Source::from_bytes(path, b),
        };
        source.with_kind(SourceKind::from_path(path))
    }
}

/// The path a document is shown under when the caller names none: the
/// command line's name for standard input.
const NO_PATH: &str = "-";

/// The linter with the built-in rules and the default configuration,
/// built on first use and kept.
pub fn linter() -> Result<&'static Linter, Failure> {
    static LINTER: OnceLock<Result<Linter, String>> = OnceLock::new();
    LINTER
        .get_or_init(|| Linter::new().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| Failure::new("internal", format!("the rules could not be loaded: {e}")))
}

/// Reads options from their JSON text (`None`: none were given) into `T`,
/// which names every option it accepts.
/// The message, for a program's author, is in `lang` around serde's own
/// English words naming the field or value.
pub fn options<T: DeserializeOwned + Default>(
    json: Option<&str>,
    of: &str,
    lang: Lang,
) -> Result<T, Failure> {
    match json {
        None => Ok(T::default()),
        Some(json) => serde_json::from_str(json).map_err(|e| {
            let e = strip_position(&e);
            Failure::options(UiText::BadOptions.fill(lang, &[("of", of), ("detail", &e)]))
        }),
    }
}

/// serde_json's message without " at line 1 column 37", which means
/// nothing to someone who wrote an object literal.
fn strip_position(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

/// A date option written `YYYY-MM-DD`.
pub fn date(value: &str, name: &str, lang: Lang) -> Result<NaiveDate, Failure> {
    dialogmote::Date::parse(value).map(|d| d.0).ok_or_else(|| {
        let value = shown(value);
        Failure::options(UiText::BadDate.fill(lang, &[("name", name), ("value", &value)]))
    })
}

/// The options of `lint`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct LintOpts {
    /// The evaluation date, `YYYY-MM-DD` (required).
    pub as_of: Option<String>,
    /// The language of messages (default `nb`).
    #[serde(default)]
    pub lang: Lang,
    /// The file's name (default `-`); its extension declares the kind.
    pub path: Option<String>,
}

/// Lints `input`: the whole report as `dialogmote lint --format json`
/// writes it, with one file.
pub fn lint(input: &Input, opts: &LintOpts) -> Result<String, Failure> {
    let as_of = opts
        .as_of
        .as_deref()
        .ok_or_else(|| Failure::options(UiText::LintNeedsAsOf.text(opts.lang)))?;
    let as_of = date(as_of, "asOf", opts.lang)?;
    let linter = linter()?;
    let path = opts.path.as_deref().unwrap_or(NO_PATH);
    let file = linter.lint(&input.source(path), &LintOptions::new(as_of));
    Ok(report_json(file, opts.lang))
}

fn report_json(file: FileReport, lang: Lang) -> String {
    let mut report = Report::default();
    report.push(file);
    dialogmote::render_json(&report, lang)
}

/// The options of `parse`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ParseOpts {
    /// The file's name (default `-`); its extension declares the kind.
    pub path: Option<String>,
}

/// The document's value tree as JSON, read by the linter's own loader
/// (YAML 1.2, within the same limits); `None` when it cannot be read, for
/// which `lint` gives the reasons (DM001).
pub fn parse(input: &Input, opts: &ParseOpts) -> Result<Option<String>, Failure> {
    let linter = linter()?;
    let path = opts.path.as_deref().unwrap_or(NO_PATH);
    Ok(input
        .source(path)
        .load(linter.limits())
        .map(|doc| doc.value().to_string()))
}

/// The options of `fix` and `fixes`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct FixOpts {
    /// The file's name (default `-`); its extension declares the kind.
    pub path: Option<String>,
    /// The evaluation date, `YYYY-MM-DD` (default today).
    pub as_of: Option<String>,
    /// The language of the titles `fixes` returns (default `nb`).
    #[serde(default)]
    pub lang: Lang,
    /// Also apply the fixes a person should confirm (default false).
    #[serde(default, rename = "unsafe")]
    pub unsafe_fixes: bool,
}

/// Applies every safe fix (and the unsafe ones when asked), through the
/// library's one fix driver.
pub fn fix(input: &Input, opts: &FixOpts, today: NaiveDate) -> Result<Fixed, Failure> {
    let as_of = match &opts.as_of {
        Some(d) => date(d, "asOf", opts.lang)?,
        None => today,
    };
    let level = if opts.unsafe_fixes {
        FixLevel::Unsafe
    } else {
        FixLevel::Safe
    };
    let path = opts.path.as_deref().unwrap_or(NO_PATH);
    Ok(linter()?.fix(&input.source(path), &LintOptions::new(as_of), level))
}

/// What `fixes` returns: the text and what was applied, titles in `lang`.
pub fn fixed_json(fixed: &Fixed, lang: Lang) -> String {
    let applied: Vec<serde_json::Value> = fixed
        .applied
        .iter()
        .map(|a| {
            serde_json::json!({
                "code": a.code,
                "pointer": a.pointer,
                "title": a.title.get(lang),
                "line": a.line,
            })
        })
        .collect();
    serde_json::json!({ "text": fixed.text, "applied": applied }).to_string()
}

/// A fix as `lint` returns it; only its edits are needed to apply it.
#[derive(Deserialize)]
struct FixEdits {
    edits: Vec<Edit>,
}

/// Applies one fix of a finding (the object from `lint`'s `fixes`) to the
/// text it was found in, with the library's `apply_fixes`: edits count
/// UTF-8 bytes, which JavaScript strings do not.
pub fn apply_fix(text: &str, fix_json: &str, lang: Lang) -> Result<String, Failure> {
    let fix: FixEdits = serde_json::from_str(fix_json).map_err(|e| {
        let e = strip_position(&e);
        Failure::options(UiText::ApplyFixNeedsFix.fill(lang, &[("detail", &e)]))
    })?;
    let fix = dialogmote::Fix::new(
        dialogmote::Text::same(""),
        dialogmote::Applicability::Unsafe,
        fix.edits,
    );
    dialogmote::apply_fixes(text, [&fix])
        .ok_or_else(|| Failure::options(UiText::FixDoesNotFit.text(lang)))
}

/// The options of `render`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RenderOpts {
    /// The referat's language (default `nb`).
    #[serde(default)]
    pub lang: Lang,
    /// `html` (default), `md` or `pdf`.
    pub format: Option<String>,
    /// Render in spite of errors (not privacy findings), marked as a draft.
    #[serde(default)]
    pub draft: bool,
    /// The file's name (default `-`); its extension declares the kind.
    pub path: Option<String>,
    /// The evaluation date, `YYYY-MM-DD` (default today).
    pub as_of: Option<String>,
}

/// Renders the referat as `dialogmote render` does: linted first, refused
/// for a privacy finding, or for another error unless a draft.
pub fn render(input: &Input, opts: &RenderOpts, today: NaiveDate) -> Result<Vec<u8>, Failure> {
    let format = match opts.format.as_deref() {
        None => RenderFormat::Html,
        Some(f) => RenderFormat::parse(f).ok_or_else(|| {
            let f = shown(f);
            Failure::options(UiText::FormatChoice.fill(opts.lang, &[("format", &f)]))
        })?,
    };
    let lang = opts.lang;
    if format == RenderFormat::Pdf && !cfg!(feature = "pdf") {
        return Err(Failure::new("pdf", UiText::NoPdfInPackage.text(lang)));
    }
    let as_of = match &opts.as_of {
        Some(d) => date(d, "asOf", opts.lang)?,
        None => today,
    };
    let linter = linter()?;
    let path = opts.path.as_deref().unwrap_or(NO_PATH);
    let source = input.source(path);
    // The library's one checked path: it computes the privacy findings
    // itself, so neither the findings cap nor `draft` lets one through.
    let render_opts = RenderOptions::new(format, lang).with_draft(opts.draft);
    match dialogmote::render_referat_checked(
        linter,
        &source,
        &LintOptions::new(as_of),
        &render_opts,
    ) {
        Ok(out) => Ok(out),
        // The library's words, then the findings that stop the referat.
        Err(e @ (RenderError::Refused(_) | RenderError::Unfit(_))) => {
            let code = if matches!(e, RenderError::Refused(_)) {
                "refused"
            } else {
                "unfit"
            };
            let stopping = e.findings().into_iter().cloned().collect();
            Err(refused(code, e.message(lang), path, stopping, lang))
        }
        Err(e) => Err(Failure::new("pdf", e.message(lang))),
    }
}

/// A refusal: `why`, followed by the codes that stop the referat, and the
/// findings themselves (codes, places and messages, never document text).
fn refused(
    code: &'static str,
    why: String,
    path: &str,
    findings: Vec<dialogmote::Finding>,
    lang: Lang,
) -> Failure {
    let mut codes: Vec<&str> = findings.iter().map(|f| f.code.as_str()).collect();
    codes.dedup();
    let message = if codes.is_empty() {
        why
    } else {
        format!("{why}: {}", codes.join(", "))
    };
    Failure {
        message,
        code,
        findings: Some(report_json(FileReport::new(path, findings), lang)),
    }
}

/// The options of `exportNavLps`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ExportOpts {
    /// The language of messages (default `nb`).
    #[serde(default)]
    pub lang: Lang,
    /// The file's name (default `-`); its extension declares the kind.
    pub path: Option<String>,
    /// The evaluation date, `YYYY-MM-DD` (default today).
    pub as_of: Option<String>,
    /// `lpsName`, the system that sends the plan (default `dialogmote`).
    pub lps_name: Option<String>,
    /// `lpsEmail`, its e-mail address (default `null`).
    pub lps_email: Option<String>,
    /// Accept a synthetic test identity number (default false).
    #[serde(default)]
    pub allow_synthetic_id: bool,
}

/// The plan of `input` as the request body of NAV's `POST
/// /api/v1/followupplan`, as `dialogmote export --to nav-lps` writes it,
/// for the employee whose identity number is `id`. Failures: `id` (the
/// number is not valid; the message never holds it), `options`,
/// `refused` (with the findings that stop it) and `incomplete` (what would
/// break NAV's contract, in the message).
pub fn export_nav_lps(
    input: &Input,
    id: &str,
    opts: &ExportOpts,
    today: NaiveDate,
) -> Result<String, Failure> {
    let lang = opts.lang;
    let as_of = match &opts.as_of {
        Some(d) => date(d, "asOf", lang)?,
        None => today,
    };
    let sender = Sender::new(opts.lps_name.as_deref(), opts.lps_email.as_deref())
        .map_err(|p| Failure::options(p.message(lang)))?;
    let id = EmployeeId::parse(id.as_bytes(), as_of, opts.allow_synthetic_id)
        .map_err(|p| Failure::new("id", p.message(lang, as_of)))?;
    let linter = linter()?;
    let path = opts.path.as_deref().unwrap_or(NO_PATH);
    let source = input.source(path);
    let options = ExportOptions::new(as_of, id, sender);
    dialogmote::export_nav_lps(linter, &source, &options).map_err(|e| match &e {
        ExportError::Incomplete(gaps) => {
            let said: Vec<String> = gaps.iter().map(|g| g.message(lang, as_of)).collect();
            Failure::new(
                "incomplete",
                format!("{}: {}", e.message(lang), said.join("; ")),
            )
        }
        _ => refused(
            "refused",
            e.message(lang),
            path,
            e.findings().to_vec(),
            lang,
        ),
    })
}

/// The options of `template`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TemplateOpts {
    /// The meeting date, `YYYY-MM-DD` (default today).
    pub date: Option<String>,
    /// Accepted for the page's sake; the draft's guidance is in bokmål in
    /// every language, as `dialogmote new` writes it.
    #[serde(default)]
    pub lang: Lang,
    /// The schema reference of the first line (default
    /// `dialogmote1.schema.json`).
    pub schema: Option<String>,
}

/// The draft of `dialogmote new`.
pub fn template(opts: &TemplateOpts, today: NaiveDate) -> Result<String, Failure> {
    let date = match &opts.date {
        Some(d) => self::date(d, "date", opts.lang)?,
        None => today,
    };
    let schema = opts
        .schema
        .as_deref()
        .unwrap_or(dialogmote::DEFAULT_SCHEMA_REF);
    if schema.contains(['\n', '\r']) {
        return Err(Failure::options(UiText::SchemaOneLine.text(opts.lang)));
    }
    Ok(dialogmote::draft(date, schema))
}

/// A rule's documentation as `dialogmote explain CODE` prints it.
pub fn explain(code: &str, lang: Lang) -> Result<String, Failure> {
    let linter = linter()?;
    let code = code.trim().to_uppercase();
    if let Some(rule) = linter.rule(&code) {
        return Ok(linter.explain(rule, lang));
    }
    let message = match linter.catalogue().nearest_code(&code) {
        Some(near) => UiText::UnknownRuleNear.fill(lang, &[("code", &code), ("near", near)]),
        None => UiText::UnknownRule.fill(lang, &[("code", &code)]),
    };
    Err(Failure::new("unknown-rule", message))
}

/// The rules in force as JSON: code, name, severity (`null`: off), the
/// catalogue's severity and a one-line summary in `lang`, as `dialogmote
/// rules` lists them.
pub fn rules(lang: Lang) -> Result<String, Failure> {
    let list: Vec<serde_json::Value> = linter()?
        .rules()
        .map(|r| {
            serde_json::json!({
                "code": r.code,
                "name": r.name,
                "severity": r.severity.map(Severity::as_str),
                "defaultSeverity": r.default_severity.as_str(),
                "summary": r.summary(lang),
                "params": r.params.iter().cloned().collect::<serde_json::Map<_, _>>(),
            })
        })
        .collect();
    Ok(serde_json::Value::Array(list).to_string())
}

/// A value a program passed, to be shown in a message: as it is when
/// short, else its first 40 characters and an ellipsis.
fn shown(value: &str) -> String {
    match value.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &value[..i]),
        None => value.to_owned(),
    }
}

/// A language given by a program: `nb`, `nn` or `en` (`None`: `nb`).
pub fn lang(value: Option<&str>) -> Result<Lang, Failure> {
    match value {
        None => Ok(Lang::Nb),
        Some(s) => Lang::parse(s).ok_or_else(|| {
            let s = shown(s);
            Failure::options(format!("språket må være `nb`, `nn` eller `en`, ikke `{s}`"))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        date(s, "d", Lang::En).unwrap()
    }

    #[test]
    fn the_extension_declares_the_kind_and_the_folder_does_not() {
        assert_eq!(SourceKind::from_path("a/referat.json"), SourceKind::Json);
        assert_eq!(SourceKind::from_path("referat.yml"), SourceKind::Yaml);
        assert_eq!(
            SourceKind::from_path("mappe.json/referat"),
            SourceKind::Auto
        );
        assert_eq!(SourceKind::from_path("-"), SourceKind::Auto);
    }

    #[test]
    fn options_reject_a_misspelt_name_and_a_bad_date() {
        let e =
            options::<LintOpts>(Some(r#"{"asof":"2026-11-20"}"#), "lint", Lang::En).unwrap_err();
        assert_eq!(e.code, "options");
        assert!(e.message.contains("unknown field `asof`"), "{}", e.message);
        assert!(!e.message.contains("at line"), "{}", e.message);
        let opts = options::<LintOpts>(Some(r#"{"asOf":"20.11.2026"}"#), "lint", Lang::En).unwrap();
        let e = lint(&Input::Text(String::new()), &opts).unwrap_err();
        assert!(e.message.contains("YYYY-MM-DD"), "{}", e.message);
        let e = lint(&Input::Text(String::new()), &LintOpts::default()).unwrap_err();
        assert!(e.message.contains("asOf"), "{}", e.message);
    }

    #[test]
    fn a_misspelt_key_is_fixed_and_apply_fix_uses_byte_offsets() {
        let text = "format: dialogmote1/v1\nmeeting:\n  location: Sjøgata\n  datee: 2026-11-16\n";
        let opts = FixOpts::default();
        let fixed = fix(&Input::Text(text.into()), &opts, day("2026-11-20")).unwrap();
        assert!(fixed.text.contains("  date: 2026-11-16"), "{}", fixed.text);
        assert_eq!(fixed.applied[0].code, "DM002");
        let start = text.find("datee").unwrap();
        let edit = format!(
            r#"{{"title":"x","applicability":"safe","edits":[{{"start":{start},"end":{},"replacement":"date"}}]}}"#,
            start + 5
        );
        assert_eq!(apply_fix(text, &edit, Lang::Nb).unwrap(), fixed.text);
        let stale = r#"{"edits":[{"start":1000,"end":1001,"replacement":"x"}]}"#;
        assert_eq!(
            apply_fix(text, stale, Lang::Nb).unwrap_err().code,
            "options"
        );
    }

    #[test]
    fn a_referat_with_a_national_identity_number_is_refused_in_the_chosen_language() {
        let text = "format: dialogmote1/v1\nmeeting:\n  date: 2026-11-16\n  location: \"fnr 15058500027\"\n";
        let opts = RenderOpts {
            lang: Lang::Nn,
            draft: true,
            ..RenderOpts::default()
        };
        let e = render(&Input::Text(text.into()), &opts, day("2026-11-20")).unwrap_err();
        assert_eq!(e.code, "refused");
        assert!(
            e.message.starts_with("referatet har 1 personvernfunn"),
            "{}",
            e.message
        );
        assert!(!e.message.contains("15058500027"));
        assert!(!e.findings.unwrap().contains("15058500027"));
    }

    /// Issue 26: a follow-up plan (`oppfolgingsplan1/v1`) renders through
    /// the same entry point, and its refusal says "planen".
    #[test]
    fn a_plan_renders_and_is_refused_as_a_plan() {
        let text = "format: oppfolgingsplan1/v1\nemployee: {name: Kari Nordmann}\nplan: {typical_workday: Lager}\n";
        let opts = RenderOpts {
            format: Some("md".into()),
            draft: true,
            ..RenderOpts::default()
        };
        let out = render(&Input::Text(text.into()), &opts, day("2026-11-20")).unwrap();
        let md = String::from_utf8(out).unwrap();
        assert!(md.starts_with("# UTKAST: Oppfølgingsplan"), "{md}");
        assert!(md.contains("Kari Nordmann") && md.contains("Lager"), "{md}");
        let wrong = "format: oppfolgingsplan1/v1\nplan: {version: en}\n";
        let opts = RenderOpts::default();
        let e = render(&Input::Text(wrong.into()), &opts, day("2026-11-20")).unwrap_err();
        assert_eq!(e.code, "refused");
        assert!(e.message.starts_with("planen har"), "{}", e.message);
    }

    /// Issue 25, item 6: the browser renders a draft that does not fit the
    /// format as the command line does (one library entry point): what
    /// does not fit is shown as not recorded and listed by its name.
    #[test]
    fn a_draft_that_does_not_fit_the_format_renders() {
        let text = "format: dialogmote1/v1\nmeeting:\n  date: 16.11.2026\n  mode: fysisk\n";
        let opts = RenderOpts {
            format: Some("md".into()),
            draft: true,
            ..RenderOpts::default()
        };
        let out = render(&Input::Text(text.into()), &opts, day("2026-11-20")).unwrap();
        let md = String::from_utf8(out).unwrap();
        assert!(md.contains("«Møtedato»"), "{md}");
        assert!(!md.contains("16.11.2026") && !md.contains("fysisk"), "{md}");
    }

    /// Issue 23, item 3: a number past the findings cap (10,001 earlier
    /// findings, the default `max_findings` being 10,000) in a draft.
    #[test]
    fn a_draft_with_a_number_past_the_findings_cap_is_refused() {
        let actions: String = (0..10_001)
            .map(|_| "    - what: Oppgave\n      owner: arbeidsgiver\n")
            .collect();
        let text = format!(
            "format: dialogmote1/v1\nmeeting: {{date: 2026-11-16}}\nconclusion:\n  actions:\n{actions}referat: {{author: \"Ola 15058500027\"}}\n"
        );
        let opts = RenderOpts {
            draft: true,
            ..RenderOpts::default()
        };
        let e = render(&Input::Text(text), &opts, day("2026-11-20")).unwrap_err();
        assert_eq!(e.code, "refused", "{}", e.message);
        assert!(e.message.contains("DM801"), "{}", e.message);
        assert!(!e.findings.unwrap().contains("15058500027"));
    }

    /// The export to NAV through the package: the shared example's exact
    /// bytes, and the number in no failure's words.
    #[test]
    fn the_export_to_nav_writes_the_body_and_never_says_the_number() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/spec/examples/plan");
        let plan = "format: oppfolgingsplan1/v1\nplan: {}\n";
        let opts = ExportOpts {
            lang: Lang::En,
            allow_synthetic_id: true,
            ..ExportOpts::default()
        };
        let nav = "05908399546";
        let e =
            export_nav_lps(&Input::Text(plan.into()), nav, &opts, day("2026-11-20")).unwrap_err();
        assert!(matches!(e.code, "refused" | "incomplete"), "{e:?}");
        assert!(
            e.message.starts_with("the plan cannot be sent to NAV"),
            "{}",
            e.message
        );
        let strict = ExportOpts {
            lang: Lang::En,
            ..ExportOpts::default()
        };
        let e =
            export_nav_lps(&Input::Text(plan.into()), nav, &strict, day("2026-11-20")).unwrap_err();
        assert_eq!(e.code, "id");
        assert!(e.message.contains("synthetic"), "{}", e.message);
        let e = export_nav_lps(
            &Input::Text(plan.into()),
            "0590839954",
            &strict,
            day("2026-11-20"),
        )
        .unwrap_err();
        assert_eq!(
            (e.code, e.message.as_str()),
            ("id", "the identity number does not have 11 digits")
        );
        let bad = ExportOpts {
            lps_email: Some("hr at x".into()),
            ..ExportOpts::default()
        };
        assert_eq!(
            export_nav_lps(&Input::Text(plan.into()), nav, &bad, day("2026-11-20"))
                .unwrap_err()
                .code,
            "options"
        );
        assert!(!format!("{e:?}").contains("0590839954"));
        if !dir.is_dir() {
            return;
        }
        let yaml = std::fs::read(dir.join("referat-revised-plan.yaml")).unwrap();
        let opts = ExportOpts {
            path: Some("referat-revised-plan.yaml".into()),
            as_of: Some("2026-11-20".into()),
            lps_name: Some("Fjordlager HR".into()),
            lps_email: Some("hr@fjordlager.example".into()),
            allow_synthetic_id: true,
            ..ExportOpts::default()
        };
        let body = export_nav_lps(
            &Input::Bytes(yaml),
            "05908399546\n",
            &opts,
            day("2030-01-01"),
        )
        .unwrap();
        let want = std::fs::read_to_string(dir.join("referat-revised-plan.nav-lps.json")).unwrap();
        assert_eq!(body, want);
    }

    #[test]
    fn a_wrong_or_huge_argument_is_told_in_the_language_asked_for() {
        let e = Failure::wrong_type("explain", "code", Want::Text, Lang::En);
        assert_eq!(
            (e.code, e.message.as_str()),
            ("options", "`explain` needs `code` as a string")
        );
        let e = Failure::wrong_type("lint", "text", Want::Document, Lang::Nn);
        assert_eq!(
            e.message,
            "`lint` treng `text` som ein tekst (string) eller ein Uint8Array"
        );
        let e = Failure::wrong_type("fix", "options", Want::Object, Lang::Nb);
        assert!(
            e.message
                .starts_with("`fix` trenger `options` som et objekt"),
            "{}",
            e.message
        );
        assert_eq!(max_bytes(), 8 * 1024 * 1024);
        let e = Failure::too_large("fix", max_bytes(), Lang::En);
        assert_eq!(e.code, "too-large");
        assert_eq!(
            e.message,
            "`fix` was given more than 8 MiB (8388608 bytes), the most it reads: make the document shorter, or split it"
        );
        assert!(
            Failure::too_large("fix", 1536 * 1024, Lang::Nb)
                .message
                .contains("mer enn 1572864 byte,")
        );
        let e = date(&"9".repeat(1000), "asOf", Lang::Nn).unwrap_err();
        assert!(
            e.message.starts_with("`asOf` må vere ein dato"),
            "{}",
            e.message
        );
        assert!(
            e.message.ends_with(&format!("ikkje `{}…`", "9".repeat(40))),
            "{}",
            e.message
        );
        assert_eq!(
            lang(Some("de")).unwrap_err().message,
            "språket må være `nb`, `nn` eller `en`, ikke `de`"
        );
    }

    #[test]
    fn apply_fix_refuses_edits_that_do_not_fit_in_words() {
        for bad in [
            "{}",
            r#"{"edits":5}"#,
            r#"{"edits":[{"start":-1,"end":2,"replacement":"x"}]}"#,
            r#"{"edits":[{"start":1e300,"end":1e300,"replacement":"x"}]}"#,
            r#"{"edits":[{"start":5,"end":1,"replacement":""}]}"#,
            r#"{"edits":[{"start":0,"end":99,"replacement":""}]}"#,
            r#"{"edits":[{"start":1,"end":2,"replacement":""}]}"#,
        ] {
            let e = apply_fix("øx", bad, Lang::En).unwrap_err();
            assert_eq!(e.code, "options", "{bad}");
        }
        let e = apply_fix("a", "{}", Lang::Nn).unwrap_err();
        assert!(e.message.starts_with("`applyFix` treng"), "{}", e.message);
    }

    #[test]
    fn an_unknown_rule_code_suggests_the_nearest() {
        let e = explain("dm61", Lang::En).unwrap_err();
        assert_eq!(e.message, "no rule `DM61`; did you mean `DM601`?");
        assert!(explain("DM601", Lang::Nb).unwrap().contains("DM601"));
    }
}
