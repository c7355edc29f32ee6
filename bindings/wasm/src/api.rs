//! The JavaScript API: conversions at the boundary and nothing else.

use dialogmote::Lang;
use js_sys::{Array, JSON, JsString, Reflect, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::core::{self, Failure, Input, Want};

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
 * Every function throws an `Error` with a message for a person (in the
 * `lang` asked for, default "nb") and a `code`: "options" (bad arguments:
 * a wrong type, undefined or null where a value is needed), "too-large" (an
 * argument over the engine's `max_bytes`, 8 MiB, refused before it is
 * copied; `lint`, `parse` and `render` read the document's first
 * `max_bytes` + 1 bytes and report it as too large, DM004, as the command
 * line does), "refused" (render: a privacy finding, or errors without
 * `draft`), "unfit" (render: the document does not fit the format),
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
  code: "options" | "too-large" | "refused" | "unfit" | "unknown-rule" | "pdf" | "internal";
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

/// The language an options object asks for (its `lang`), for messages
/// about the other arguments; bokmål when it asks for none it can have.
fn asked_lang(opts: Option<&JsValue>) -> Lang {
    opts.filter(|o| o.is_object())
        .and_then(|o| Reflect::get(o, &"lang".into()).ok())
        .and_then(|l| short_string(&l, 2))
        .and_then(|l| Lang::parse(&l))
        .unwrap_or(Lang::Nb)
}

/// `v` as a Rust string when it is a JavaScript string of at most `max`
/// UTF-16 units (checked before it is copied).
fn short_string(v: &JsValue, max: u32) -> Option<String> {
    v.dyn_ref::<JsString>()
        .filter(|s| s.length() <= max)
        .map(String::from)
}

/// The length of a string (UTF-16 units) or a `Uint8Array` (bytes),
/// whatever its size (an array may be longer than a `u32` counts).
fn length_of(v: &JsValue) -> f64 {
    match v.dyn_ref::<JsString>() {
        Some(s) => s.length() as f64,
        None => Reflect::get(v, &"length".into())
            .ok()
            .and_then(|n| n.as_f64())
            .unwrap_or(f64::INFINITY),
    }
}

/// A string argument `what` of `of`: refused when it is not a string or
/// longer than the engine reads, before anything is copied.
fn text_arg(v: &JsValue, of: &str, what: &str, lang: Lang) -> Result<String, JsValue> {
    let Some(s) = v.dyn_ref::<JsString>() else {
        return Err(throw(Failure::wrong_type(of, what, Want::Text, lang)));
    };
    let max = core::max_bytes();
    if s.length() as f64 > max as f64 {
        return Err(throw(Failure::too_large(of, max, lang)));
    }
    Ok(String::from(s))
}

/// The document argument of `of`. Over the engine's `max_bytes`, only the
/// first `max_bytes + 1` bytes (or UTF-16 units) are copied when `cut`, as
/// the command line reads one byte past the limit to report it (DM004);
/// else (`fix`, whose result would be cut short) it is refused.
fn input(text: &JsValue, of: &str, lang: Lang, cut: bool) -> Result<Input, JsValue> {
    let max = core::max_bytes();
    let is_text = text.is_string();
    if !is_text && !text.is_instance_of::<Uint8Array>() {
        return Err(throw(Failure::wrong_type(of, "text", Want::Document, lang)));
    }
    let over = length_of(text) > max as f64;
    if over && !cut {
        return Err(throw(Failure::too_large(of, max, lang)));
    }
    let keep = if over { max as u32 + 1 } else { u32::MAX };
    Ok(if is_text {
        let s: &JsString = text.unchecked_ref();
        Input::Text(String::from(if over {
            s.slice(0, keep)
        } else {
            s.clone()
        }))
    } else {
        let bytes: &Uint8Array = text.unchecked_ref();
        Input::Bytes(if over {
            bytes.subarray(0, keep).to_vec()
        } else {
            bytes.to_vec()
        })
    })
}

/// The options object as JSON text; `None` when none was given.
fn options_json(opts: Option<&JsValue>, of: &str, lang: Lang) -> Result<Option<String>, JsValue> {
    let Some(opts) = opts.filter(|o| !o.is_undefined() && !o.is_null()) else {
        return Ok(None);
    };
    let what = if of == "applyFix" { "fix" } else { "options" };
    let bad = || throw(Failure::wrong_type(of, what, Want::Object, lang));
    if !opts.is_object() || Array::is_array(opts) {
        return Err(bad());
    }
    let json = JSON::stringify(opts).map_err(|_| bad())?;
    Ok(Some(text_arg(&json, of, what, lang)?))
}

fn options<T: serde::de::DeserializeOwned + Default>(
    opts: Option<&JsValue>,
    of: &str,
) -> Result<T, JsValue> {
    let lang = asked_lang(opts);
    core::options(options_json(opts, of, lang)?.as_deref(), of, lang).map_err(throw)
}

/// The document and the options of the function `of` (options first: the
/// messages about the document are in their `lang`).
fn args<T: serde::de::DeserializeOwned + Default>(
    text: &JsValue,
    options: Option<&JsValue>,
    of: &str,
    cut: bool,
) -> Result<(Input, T), JsValue> {
    let opts = self::options(options, of)?;
    Ok((input(text, of, asked_lang(options), cut)?, opts))
}

/// A language argument: `undefined` or `null` for bokmål, or `nb`, `nn`, `en`.
fn lang_arg(value: &JsValue, of: &str) -> Result<Lang, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(Lang::Nb);
    }
    let Some(s) = value.dyn_ref::<JsString>() else {
        return Err(throw(Failure::wrong_type(of, "lang", Want::Text, Lang::Nb)));
    };
    core::lang(Some(&String::from(s.slice(0, 41)))).map_err(throw)
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

/// Lints a referat: the file entry of the JSON output contract, with the
/// same findings as `dialogmote lint --format json --as-of DATE --lang LANG`
/// on the same text.
#[wasm_bindgen(unchecked_return_type = "LintFile")]
pub fn lint(
    #[wasm_bindgen(unchecked_param_type = "DocumentInput")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "LintOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let (input, opts): (_, core::LintOpts) = args(&text, Some(&options), "lint", true)?;
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
    let (input, opts): (_, core::ParseOpts) = args(&text, options.as_ref(), "parse", true)?;
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
    let (input, opts): (_, core::FixOpts) = args(&text, options.as_ref(), "fix", false)?;
    Ok(core::fix(&input, &opts, today()?).map_err(throw)?.text)
}

/// As `fix`, and what was applied (code, pointer, title in `lang`, line).
#[wasm_bindgen(skip_typescript)]
pub fn fixes(
    #[wasm_bindgen(unchecked_param_type = "DocumentInput")] text: JsValue,
    options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let (input, opts): (_, core::FixOpts) = args(&text, options.as_ref(), "fixes", false)?;
    let fixed = core::fix(&input, &opts, today()?).map_err(throw)?;
    JSON::parse(&core::fixed_json(&fixed, opts.lang))
}

/// Applies one fix (an element of a finding's `fixes`) to the text the
/// finding came from. Edits count UTF-8 bytes; this does the counting.
/// `lang` is the language of a message when it cannot (default `nb`).
#[wasm_bindgen(js_name = applyFix)]
pub fn apply_fix(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Fix")] fix: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Lang")] lang: Option<JsValue>,
) -> Result<String, JsValue> {
    let lang = lang_arg(&lang.unwrap_or(JsValue::UNDEFINED), "applyFix")?;
    let text = text_arg(&text, "applyFix", "text", lang)?;
    let json = options_json(Some(&fix), "applyFix", lang)?
        .ok_or_else(|| throw(Failure::wrong_type("applyFix", "fix", Want::Object, lang)))?;
    core::apply_fix(&text, &json, lang).map_err(throw)
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
    let (input, opts): (_, core::RenderOpts) = args(&text, options.as_ref(), "render", true)?;
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
pub fn explain(code: JsValue, lang: JsValue) -> Result<String, JsValue> {
    let lang = lang_arg(&lang, "explain")?;
    core::explain(&text_arg(&code, "explain", "code", lang)?, lang).map_err(throw)
}

/// Every rule, as `dialogmote rules` lists them.
#[wasm_bindgen(skip_typescript)]
pub fn rules(lang: JsValue) -> Result<JsValue, JsValue> {
    JSON::parse(&core::rules(lang_arg(&lang, "rules")?).map_err(throw)?)
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

/// The most bytes the engine reads of a document (its `max_bytes`, 8 MiB):
/// a page refuses a larger file before reading it.
#[wasm_bindgen(js_name = maxBytes)]
pub fn max_bytes() -> f64 {
    core::max_bytes() as f64
}

/// The version of this package (of the `dialogmote-wasm` crate).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
