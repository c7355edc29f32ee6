//! The JavaScript API: conversions at the boundary and nothing else.

use js_sys::{Array, JSON, Reflect, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::core::{self, Failure, Input};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A language of messages and of the referat: bokmål, nynorsk or English. */
export type Lang = "nb" | "nn" | "en";

/** The document: an editor's text, or a file's bytes as read. */
export type DocumentInput = string | Uint8Array;

/** Options of `lint`. */
export interface LintOptions {
  /** The evaluation date, YYYY-MM-DD (required: the deadline rules count from it; pass today's date). */
  asOf: string;
  /** The language of messages, help and fix titles (default "nb"). */
  lang?: Lang;
  /** The file's name (default "-"): ".json" is strict JSON, ".yaml"/".yml" YAML, else decided from the text. */
  path?: string;
}

/** One replacement of a byte range of the text (UTF-8 bytes, a BOM counted): apply it with `applyFix`. */
export interface Edit { start: number; end: number; replacement: string; }

/** A mechanical repair of a finding. */
export interface Fix {
  title: string;
  /** "safe": exactly one right answer; "unsafe": a person should confirm it. */
  applicability: "safe" | "unsafe";
  edits: Edit[];
}

/** Another place that explains a finding. */
export interface Related {
  pointer: string;
  line?: number; column?: number; end_line?: number; end_column?: number; offset?: number;
  message: string;
}

/** One finding, as `dialogmote lint --format json` writes it (schema/findings.schema.json). */
export interface Finding {
  code: string;
  name: string;
  severity: "error" | "warning" | "info";
  message: string;
  help?: string;
  /** JSON Pointer (RFC 6901) to the most specific node that exists; "" for the document. */
  pointer: string;
  /** 1-based; columns count characters; end_column is exclusive; offset is a 0-based UTF-8 byte offset. */
  line: number; column: number; end_line: number; end_column: number; offset: number;
  fixes?: Fix[];
  related?: Related[];
}

/** A finding hidden by a `# dialogmote: ignore CODE -- reason` comment. */
export interface SuppressedFinding extends Finding {
  suppression: { reason: string; source: { kind: "comment"; line: number } | { kind: "config"; entry: number } };
}

/** The file entry of the JSON output contract. */
export interface LintFile {
  path: string;
  findings: Finding[];
  suppressed: SuppressedFinding[];
  omitted?: { errors: number; warnings: number; infos: number; suppressed: number };
}

/** Options of `parse`. */
export interface ParseOptions {
  /** As for `lint`. */
  path?: string;
}

/** Options of `fix` and `fixes`. */
export interface FixOptions {
  /** As for `lint`. */
  path?: string;
  /** The evaluation date, YYYY-MM-DD (default today). */
  asOf?: string;
  /** The language of the titles `fixes` returns (default "nb"). */
  lang?: Lang;
  /** Also apply the fixes a person should confirm (default false). */
  unsafe?: boolean;
}

/** What `fixes` returns. */
export interface Fixed {
  text: string;
  applied: { code: string; pointer: string; title: string; line: number | null }[];
}

/** Options of `render`. */
export interface RenderOptions {
  /** The referat's language (default "nb"). */
  lang?: Lang;
  /** "html" (default) and "md" give a string, "pdf" (PDF/A-2b) a Uint8Array. */
  format?: "html" | "md" | "pdf";
  /** Render in spite of errors (never privacy findings), marked UTKAST/DRAFT, with what is missing listed. */
  draft?: boolean;
  /** As for `lint`. */
  path?: string;
  /** The evaluation date, YYYY-MM-DD (default today). */
  asOf?: string;
}

/** Options of `template`. */
export interface TemplateOptions {
  /** The meeting date, YYYY-MM-DD (default today). */
  date?: string;
  /** Accepted; the draft's guidance is in bokmål, as `dialogmote new` writes it. */
  lang?: Lang;
  /** The schema reference on the draft's first line (default "dialogmote1.schema.json"). */
  schema?: string;
}

/** A rule, as `dialogmote rules` lists it. */
export interface RuleInfo {
  code: string;
  name: string;
  /** The severity in force; null when the rule is off. */
  severity: "error" | "warning" | "info" | null;
  defaultSeverity: "error" | "warning" | "info";
  /** The first sentence of what it checks. */
  summary: string;
  /** Its parameters with the values in force (e.g. DM701 `deadline_days`). */
  params: Record<string, unknown>;
}

/**
 * Every function throws an `Error` with a message for a person and a `code`:
 * "options" (bad arguments), "refused" (render: a privacy finding, or errors
 * without `draft`), "unfit" (render: the document does not fit the format),
 * "unknown-rule" (explain), "pdf" or "internal". For "refused" and "unfit",
 * `findings` holds the file entry of the findings that stop the referat.
 */
/** The document as a value, read by the linter's own loader (YAML 1.2); null when it cannot be read (`lint` says why). */
export function parse(text: DocumentInput, options?: ParseOptions): unknown;
/** The text with every safe fix applied (`dialogmote lint --fix`); applying it again changes nothing. */
export function fix(text: DocumentInput, options?: FixOptions): string;
/** As `fix`, and what was applied. */
export function fixes(text: DocumentInput, options?: FixOptions): Fixed;
/** The referat as `dialogmote render` makes it: HTML or Markdown as a string, PDF/A as bytes. Throws a `DialogmoteError` ("refused") for a privacy finding, and for any other error unless `draft`. */
export function render(text: DocumentInput, options?: RenderOptions & { format?: "html" | "md" }): string;
export function render(text: DocumentInput, options: RenderOptions & { format: "pdf" }): Uint8Array;
/** The draft referat of `dialogmote new`. */
export function template(options?: TemplateOptions): string;
/** A rule's documentation (Markdown), as `dialogmote explain CODE` prints it. */
export function explain(code: string, lang?: Lang): string;
/** Every rule, as `dialogmote rules` lists them. */
export function rules(lang?: Lang): RuleInfo[];

export interface DialogmoteError extends Error {
  code: "options" | "refused" | "unfit" | "unknown-rule" | "pdf" | "internal";
  findings?: LintFile;
}
"#;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// Runs once when the module is initialised: a panic (a bug) is written
/// to the console with its message, instead of a bare "unreachable".
#[wasm_bindgen(start, skip_typescript)]
fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error(&format!("dialogmote: internal error (a bug): {info}"));
    }));
}

/// A failure as a thrown JavaScript `Error` with `code` (and `findings`).
fn throw(f: Failure) -> JsValue {
    let error = js_sys::Error::new(&f.message);
    let _ = Reflect::set(&error, &"code".into(), &f.code.into());
    if let Some(findings) = f.findings.as_deref().and_then(|j| first_file(j).ok()) {
        let _ = Reflect::set(&error, &"findings".into(), &findings);
    }
    error.into()
}

/// The only file entry of a report written by the library's JSON renderer.
fn first_file(report_json: &str) -> Result<JsValue, JsValue> {
    let report = JSON::parse(report_json)?;
    let files: Array = Reflect::get(&report, &"files".into())?.dyn_into()?;
    Ok(files.get(0))
}

fn input(text: &JsValue, of: &str) -> Result<Input, JsValue> {
    if let Some(s) = text.as_string() {
        Ok(Input::Text(s))
    } else if let Some(bytes) = text.dyn_ref::<Uint8Array>() {
        Ok(Input::Bytes(bytes.to_vec()))
    } else {
        Err(throw(Failure::options(format!(
            "`{of}` needs the document as a string or a Uint8Array"
        ))))
    }
}

/// The options object as JSON text; `None` when none was given.
fn options_json(opts: Option<&JsValue>, of: &str) -> Result<Option<String>, JsValue> {
    let Some(opts) = opts.filter(|o| !o.is_undefined() && !o.is_null()) else {
        return Ok(None);
    };
    let bad = || {
        throw(Failure::options(format!(
            "the options of `{of}` must be an object, such as {{asOf: \"2026-11-20\", lang: \"nb\"}}"
        )))
    };
    if !opts.is_object() || Array::is_array(opts) {
        return Err(bad());
    }
    let json = JSON::stringify(opts).map_err(|_| bad())?;
    Ok(json.as_string())
}

fn options<T: serde::de::DeserializeOwned + Default>(
    opts: Option<&JsValue>,
    of: &str,
) -> Result<T, JsValue> {
    core::options(options_json(opts, of)?.as_deref(), of).map_err(throw)
}

/// The document and the options of the function `of`.
fn args<T: serde::de::DeserializeOwned + Default>(
    text: &JsValue,
    options: Option<&JsValue>,
    of: &str,
) -> Result<(Input, T), JsValue> {
    Ok((input(text, of)?, self::options(options, of)?))
}

/// Today's local date, where an option leaves it out (as the command line
/// defaults to it).
fn today() -> Result<chrono::NaiveDate, JsValue> {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .ok_or_else(|| throw(Failure::options("the computer's clock gives no valid date")))
}

fn lang(value: Option<String>) -> Result<dialogmote::Lang, JsValue> {
    core::lang(value.as_deref()).map_err(throw)
}

/// Lints a referat: the file entry of the JSON output contract, with the
/// same findings as `dialogmote lint --format json --as-of DATE --lang LANG`
/// on the same text.
#[wasm_bindgen(unchecked_return_type = "LintFile")]
pub fn lint(
    #[wasm_bindgen(unchecked_param_type = "DocumentInput")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "LintOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let (input, opts): (_, core::LintOpts) = args(&text, Some(&options), "lint")?;
    let report = core::lint(&input, &opts).map_err(throw)?;
    first_file(&report)
}

/// The document as a value (what YAML or JSON it holds), read by the
/// linter's own loader; `null` when it cannot be read (`lint` says why).
#[wasm_bindgen(skip_typescript)]
pub fn parse(
    #[wasm_bindgen(unchecked_param_type = "DocumentInput")] text: JsValue,
    options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let (input, opts): (_, core::ParseOpts) = args(&text, options.as_ref(), "parse")?;
    match core::parse(&input, &opts).map_err(throw)? {
        Some(json) => JSON::parse(&json),
        None => Ok(JsValue::NULL),
    }
}

/// The text with every safe fix applied (`dialogmote lint --fix`);
/// applying it again changes nothing.
#[wasm_bindgen(skip_typescript)]
pub fn fix(
    #[wasm_bindgen(unchecked_param_type = "DocumentInput")] text: JsValue,
    options: Option<JsValue>,
) -> Result<String, JsValue> {
    let (input, opts): (_, core::FixOpts) = args(&text, options.as_ref(), "fix")?;
    Ok(core::fix(&input, &opts, today()?).map_err(throw)?.text)
}

/// As `fix`, and what was applied (code, pointer, title in `lang`, line).
#[wasm_bindgen(skip_typescript)]
pub fn fixes(
    #[wasm_bindgen(unchecked_param_type = "DocumentInput")] text: JsValue,
    options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let (input, opts): (_, core::FixOpts) = args(&text, options.as_ref(), "fixes")?;
    let fixed = core::fix(&input, &opts, today()?).map_err(throw)?;
    JSON::parse(&core::fixed_json(&fixed, opts.lang))
}

/// Applies one fix (an element of a finding's `fixes`) to the text the
/// finding came from. Edits count UTF-8 bytes; this does the counting.
#[wasm_bindgen(js_name = applyFix)]
pub fn apply_fix(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "Fix")] fix: JsValue,
) -> Result<String, JsValue> {
    let json = options_json(Some(&fix), "applyFix")?.ok_or_else(|| {
        throw(Failure::options(
            "`applyFix` needs a fix from a finding's `fixes`",
        ))
    })?;
    core::apply_fix(text, &json).map_err(throw)
}

/// The referat as the document that is sent, as `dialogmote render` makes
/// it: HTML or Markdown as a string, PDF/A as a Uint8Array. Throws
/// (`code` "refused") for a privacy finding, and for any other error unless
/// `draft`.
#[wasm_bindgen(skip_typescript)]
pub fn render(
    #[wasm_bindgen(unchecked_param_type = "DocumentInput")] text: JsValue,
    options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let (input, opts): (_, core::RenderOpts) = args(&text, options.as_ref(), "render")?;
    let pdf = opts.format.as_deref() == Some("pdf");
    let bytes = core::render(&input, &opts, today()?).map_err(throw)?;
    if pdf {
        return Ok(Uint8Array::from(bytes.as_slice()).into());
    }
    // HTML and Markdown are written as UTF-8 by the library.
    Ok(JsValue::from_str(&String::from_utf8_lossy(&bytes)))
}

/// The draft referat of `dialogmote new`.
#[wasm_bindgen(skip_typescript)]
pub fn template(options: Option<JsValue>) -> Result<String, JsValue> {
    let opts: core::TemplateOpts = self::options(options.as_ref(), "template")?;
    core::template(&opts, today()?).map_err(throw)
}

/// A rule's documentation (Markdown), as `dialogmote explain CODE` prints it.
#[wasm_bindgen(skip_typescript)]
pub fn explain(code: &str, lang: Option<String>) -> Result<String, JsValue> {
    core::explain(code, self::lang(lang)?).map_err(throw)
}

/// Every rule, as `dialogmote rules` lists them.
#[wasm_bindgen(skip_typescript)]
pub fn rules(lang: Option<String>) -> Result<JsValue, JsValue> {
    JSON::parse(&core::rules(self::lang(lang)?).map_err(throw)?)
}

/// The JSON Schema of the document format, as `dialogmote schema` prints it.
#[wasm_bindgen(unchecked_return_type = "Record<string, unknown>")]
pub fn schema() -> Result<JsValue, JsValue> {
    JSON::parse(dialogmote::SCHEMA_JSON)
}

/// Whether this package can write PDF (`render(…, {format: "pdf"})`):
/// true for the package built with the `pdf` feature (`web/dist/pkg-pdf/`).
#[wasm_bindgen(js_name = hasPdf)]
pub fn has_pdf() -> bool {
    cfg!(feature = "pdf")
}

/// The version of this package (of the `dialogmote-wasm` crate).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
