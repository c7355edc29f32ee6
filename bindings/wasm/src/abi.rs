//! The raw WebAssembly ABI that the hand-written glue
//! (`bindings/wasm/js/dialogmote.js`) calls: numbers in, a number out.
//!
//! Memory is lent, never shared by pointer arithmetic: `alloc(len)` lends a
//! zeroed buffer of `len` bytes and returns where it is; JavaScript writes
//! an argument there and passes `(kind, ptr, len)` to a function, which
//! takes the buffer back (looked up by its address and length in the list
//! of lent buffers; no raw pointer is ever read). A function's answer is
//! lent the same way: it returns the address of a block of 8 + n bytes,
//! the payload's length n and its kind (little-endian `u32`s), then the
//! payload; JavaScript copies it and gives it back with `dealloc(ptr, 8 +
//! n)`. So no address from JavaScript is ever dereferenced: the unsafe
//! code here is the `no_mangle` attribute that exports a function under
//! its own name, and, on WebAssembly, the import of random numbers and its
//! one `unsafe` block (the module `random`).
//!
//! The glue checks each argument's type and length (before anything is
//! copied) and passes what it found as the argument's kind ([`ABSENT`] …
//! [`TOO_LARGE`]); the messages for a wrong argument, in the language
//! asked for, are written here, in the order the checks were made by the
//! wasm-bindgen version of this crate, so that the engine writes every
//! message and JavaScript none.
//!
//! A panic (a bug) traps. Its message is kept first (a panic hook writes
//! it into a leaked buffer whose place [`panic_ptr`] and [`panic_len`]
//! give), so the glue can read it from the trapped instance, throw it as
//! an `Error` with `code` "internal", and start a fresh instance before
//! the next call (the memory of the old one may be inconsistent).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use chrono::NaiveDate;
use dialogmote::Lang;

use crate::core::{self, Failure, Input, Want};

/// Kind of an argument: `undefined` or `null`; no buffer.
pub const ABSENT: u32 = 0;
/// Kind of an argument: a string, as UTF-8 in the buffer.
pub const TEXT: u32 = 1;
/// Kind of an argument: a `Uint8Array`, its bytes in the buffer.
pub const BYTES: u32 = 2;
/// Kind of an argument: an options object, `JSON.stringify`'d (UTF-8).
pub const JSON: u32 = 3;
/// Kind of an argument: not of the type it should be; no buffer.
pub const WRONG_TYPE: u32 = 4;
/// Kind of an argument: an object `JSON.stringify` gave no text for
/// (`undefined`, from a `toJSON`); no buffer.
pub const NOT_JSON: u32 = 5;
/// Kind of an argument: longer than the engine's `max_bytes` (in UTF-16
/// units or bytes); refused before it was copied; no buffer.
pub const TOO_LARGE: u32 = 6;

/// Kind of an answer: a failure, as JSON `{"code", "message",
/// "findings"?}` (`findings`: the whole report, as `lint`'s answer).
pub const FAILED: u32 = 0;
/// Kind of an answer: a value, as JSON text.
pub const VALUE: u32 = 1;
/// Kind of an answer: a string, as UTF-8.
pub const STRING: u32 = 2;
/// Kind of an answer: bytes (a PDF).
pub const BINARY: u32 = 3;

/// The buffers lent to JavaScript: arguments being written and answers
/// being read. Rarely more than three at a time.
static LENT: Mutex<Vec<Box<[u8]>>> = Mutex::new(Vec::new());

fn lent() -> MutexGuard<'static, Vec<Box<[u8]>>> {
    LENT.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Lends `buffer` to JavaScript: its address.
fn lend(buffer: Box<[u8]>) -> usize {
    let ptr = buffer.as_ptr() as usize;
    lent().push(buffer);
    ptr
}

/// Takes back the buffer of `len` bytes lent at `ptr`. Anything else is a
/// bug of the glue, and panics.
fn take(ptr: usize, len: usize) -> Vec<u8> {
    let mut lent = lent();
    let Some(i) = lent
        .iter()
        .position(|b| b.as_ptr() as usize == ptr && b.len() == len)
    else {
        panic!("the glue gave back {len} bytes at {ptr}, which were not lent");
    };
    lent.swap_remove(i).into_vec()
}

/// An argument as the glue passed it.
#[derive(Debug, PartialEq, Eq)]
enum Arg {
    Absent,
    Text(String),
    Bytes(Vec<u8>),
    Json(String),
    WrongType,
    NotJson,
    TooLarge,
}

impl Arg {
    /// The argument of `kind`, its buffer (if it has one) taken back.
    fn take(kind: u32, ptr: usize, len: usize) -> Arg {
        let text = || {
            String::from_utf8(take(ptr, len))
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
        };
        match kind {
            ABSENT => Arg::Absent,
            TEXT => Arg::Text(text()),
            BYTES => Arg::Bytes(take(ptr, len)),
            JSON => Arg::Json(text()),
            WRONG_TYPE => Arg::WrongType,
            NOT_JSON => Arg::NotJson,
            TOO_LARGE => Arg::TooLarge,
            _ => panic!("the glue passed an argument of unknown kind {kind}"),
        }
    }
}

/// The language the options ask for (their `lang`, when it is a string of
/// at most two characters, passed as `hint`), for messages about the
/// other arguments; bokmål when they ask for none it can have.
fn asked_lang(hint: &Arg) -> Lang {
    match hint {
        Arg::Text(l) => Lang::parse(l).unwrap_or(Lang::Nb),
        _ => Lang::Nb,
    }
}

/// A string argument `what` of `of`.
fn text_arg(arg: Arg, of: &str, what: &str, lang: Lang) -> Result<String, Failure> {
    match arg {
        Arg::Text(s) => Ok(s),
        Arg::TooLarge => Err(Failure::too_large(of, core::max_bytes(), lang)),
        _ => Err(Failure::wrong_type(of, what, Want::Text, lang)),
    }
}

/// The document argument of `of`. (The glue cuts a document over the
/// engine's `max_bytes` to its first `max_bytes + 1` bytes or UTF-16 units
/// where the command line reports it as too large (DM004), and refuses it,
/// as [`TOO_LARGE`], where the result would be cut short.)
fn document_arg(arg: Arg, of: &str, lang: Lang) -> Result<Input, Failure> {
    match arg {
        Arg::Text(s) => Ok(Input::Text(s)),
        Arg::Bytes(b) => Ok(Input::Bytes(b)),
        Arg::TooLarge => Err(Failure::too_large(of, core::max_bytes(), lang)),
        _ => Err(Failure::wrong_type(of, "text", Want::Document, lang)),
    }
}

/// An object argument `what` of `of` as JSON text; `None` when absent.
fn object_arg(arg: Arg, of: &str, what: &str, lang: Lang) -> Result<Option<String>, Failure> {
    match arg {
        Arg::Absent => Ok(None),
        Arg::Json(json) => Ok(Some(json)),
        Arg::NotJson => Err(Failure::wrong_type(of, what, Want::Text, lang)),
        Arg::TooLarge => Err(Failure::too_large(of, core::max_bytes(), lang)),
        _ => Err(Failure::wrong_type(of, what, Want::Object, lang)),
    }
}

/// A language argument: absent for bokmål, or `nb`, `nn`, `en` (the glue
/// passes a string's first 41 UTF-16 units: enough to show it).
fn lang_arg(arg: Arg, of: &str) -> Result<Lang, Failure> {
    match arg {
        Arg::Absent => Ok(Lang::Nb),
        Arg::Text(s) => core::lang(Some(&s)),
        _ => Err(Failure::wrong_type(of, "lang", Want::Text, Lang::Nb)),
    }
}

/// The options of `of` (`opts`, with the language `hint` of their `lang`).
fn options<T: serde::de::DeserializeOwned + Default>(
    opts: Arg,
    hint: &Arg,
    of: &str,
) -> Result<T, Failure> {
    let lang = asked_lang(hint);
    let json = object_arg(opts, of, "options", lang)?;
    core::options(json.as_deref(), of, lang)
}

/// The document and the options of `of` (options first: the messages
/// about the document are in their `lang`).
fn args<T: serde::de::DeserializeOwned + Default>(
    text: Arg,
    opts: Arg,
    hint: &Arg,
    of: &str,
) -> Result<(Input, T), Failure> {
    let opts = options(opts, hint, of)?;
    Ok((document_arg(text, of, asked_lang(hint))?, opts))
}

/// Today's date as the glue read it from the JavaScript clock (the
/// library reads none), for an option that leaves its date out.
fn today([year, month, day]: [i32; 3]) -> Result<NaiveDate, Failure> {
    let (Ok(month), Ok(day)) = (u32::try_from(month), u32::try_from(day)) else {
        return Err(Failure::options("the computer's clock gives no valid date"));
    };
    NaiveDate::from_ymd_opt(year, month, day)
        .ok_or_else(|| Failure::options("the computer's clock gives no valid date"))
}

/// What a function gives: a value (JSON), a string, or bytes.
#[derive(Debug, PartialEq, Eq)]
enum Answer {
    Value(String),
    Text(String),
    Bytes(Vec<u8>),
}

/// `answer`, lent to JavaScript as a block: length, kind, payload.
fn give(answer: Result<Answer, Failure>) -> usize {
    let (kind, payload) = match answer {
        Ok(Answer::Value(json)) => (VALUE, json.into_bytes()),
        Ok(Answer::Text(text)) => (STRING, text.into_bytes()),
        Ok(Answer::Bytes(bytes)) => (BINARY, bytes),
        Err(f) => (FAILED, failure_json(&f).into_bytes()),
    };
    let len = u32::try_from(payload.len()).expect("an answer under 4 GiB");
    let mut block = Vec::with_capacity(8 + payload.len());
    block.extend_from_slice(&len.to_le_bytes());
    block.extend_from_slice(&kind.to_le_bytes());
    block.extend_from_slice(&payload);
    lend(block.into_boxed_slice())
}

/// A failure as the JSON the glue makes an `Error` of.
fn failure_json(f: &Failure) -> String {
    let text = |s: &str| serde_json::Value::from(s).to_string();
    let findings = match &f.findings {
        Some(report) => format!(",\"findings\":{report}"),
        None => String::new(),
    };
    format!(
        "{{\"code\":{},\"message\":{}{findings}}}",
        text(f.code),
        text(&f.message)
    )
}

// ---- The functions ----

fn lint_(text: Arg, opts: Arg, hint: Arg) -> Result<Answer, Failure> {
    let (input, opts) = args(text, opts, &hint, "lint")?;
    core::lint(&input, &opts).map(Answer::Value)
}

fn parse_(text: Arg, opts: Arg, hint: Arg) -> Result<Answer, Failure> {
    let (input, opts) = args(text, opts, &hint, "parse")?;
    Ok(Answer::Value(
        core::parse(&input, &opts)?.unwrap_or_else(|| "null".to_owned()),
    ))
}

fn fix_(text: Arg, opts: Arg, hint: Arg, today: [i32; 3], list: bool) -> Result<Answer, Failure> {
    let of = if list { "fixes" } else { "fix" };
    let (input, opts): (_, core::FixOpts) = args(text, opts, &hint, of)?;
    let fixed = core::fix(&input, &opts, self::today(today)?)?;
    Ok(if list {
        Answer::Value(core::fixed_json(&fixed, opts.lang))
    } else {
        Answer::Text(fixed.text)
    })
}

fn render_(text: Arg, opts: Arg, hint: Arg, today: [i32; 3]) -> Result<Answer, Failure> {
    let (input, opts): (_, core::RenderOpts) = args(text, opts, &hint, "render")?;
    let pdf = opts.format.as_deref() == Some("pdf");
    let bytes = core::render(&input, &opts, self::today(today)?)?;
    Ok(if pdf {
        Answer::Bytes(bytes)
    } else {
        // HTML and Markdown are written as UTF-8 by the library.
        Answer::Text(String::from_utf8_lossy(&bytes).into_owned())
    })
}

fn export_nav_lps_(
    text: Arg,
    id: Arg,
    opts: Arg,
    hint: Arg,
    today: [i32; 3],
) -> Result<Answer, Failure> {
    let of = "exportNavLps";
    let (input, opts): (_, core::ExportOpts) = args(text, opts, &hint, of)?;
    let id = text_arg(id, of, "id", asked_lang(&hint))?;
    core::export_nav_lps(&input, &id, &opts, self::today(today)?).map(Answer::Text)
}

fn template_(opts: Arg, hint: Arg, today: [i32; 3]) -> Result<Answer, Failure> {
    let opts: core::TemplateOpts = options(opts, &hint, "template")?;
    core::template(&opts, self::today(today)?).map(Answer::Text)
}

fn apply_fix_(text: Arg, fix: Arg, lang: Arg) -> Result<Answer, Failure> {
    let lang = lang_arg(lang, "applyFix")?;
    let text = text_arg(text, "applyFix", "text", lang)?;
    let json = object_arg(fix, "applyFix", "fix", lang)?
        .ok_or_else(|| Failure::wrong_type("applyFix", "fix", Want::Object, lang))?;
    core::apply_fix(&text, &json, lang).map(Answer::Text)
}

fn explain_(code: Arg, lang: Arg) -> Result<Answer, Failure> {
    let lang = lang_arg(lang, "explain")?;
    core::explain(&text_arg(code, "explain", "code", lang)?, lang).map(Answer::Text)
}

fn rules_(lang: Arg) -> Result<Answer, Failure> {
    core::rules(lang_arg(lang, "rules")?).map(Answer::Value)
}

// ---- The exports ----
//
// Each `no_mangle` exports a function of WebAssembly under its own name
// (on WebAssembly only: natively they are plain functions, which the tests
// call). SAFETY, for every one of them: no other item of this crate or of
// its dependencies has that name (`cargo build` would fail to link one
// that did), and each is a safe function of numbers.

/// Lends a zeroed buffer of `len` bytes for an argument: its address.
#[cfg_attr(target_arch = "wasm32", unsafe(no_mangle))]
pub extern "C" fn alloc(len: usize) -> usize {
    hook();
    lend(vec![0; len].into_boxed_slice())
}

/// Takes back a buffer lent by `alloc` or holding an answer.
#[cfg_attr(target_arch = "wasm32", unsafe(no_mangle))]
pub extern "C" fn dealloc(ptr: usize, len: usize) {
    drop(take(ptr, len));
}

/// `lint(text, options)`: the whole report (the glue keeps its file).
/// Every function of a document takes the document, the options and their
/// `lang` as a hint (a string of at most two UTF-16 units, else absent);
/// `fix`, `fixes` and `render` also today's date.
#[cfg_attr(target_arch = "wasm32", unsafe(no_mangle))]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn lint(
    text_kind: u32,
    text_ptr: usize,
    text_len: usize,
    opts_kind: u32,
    opts_ptr: usize,
    opts_len: usize,
    hint_kind: u32,
    hint_ptr: usize,
    hint_len: usize,
) -> usize {
    hook();
    let text = Arg::take(text_kind, text_ptr, text_len);
    let opts = Arg::take(opts_kind, opts_ptr, opts_len);
    let hint = Arg::take(hint_kind, hint_ptr, hint_len);
    give(lint_(text, opts, hint))
}

/// `parse(text, options)`: the value as JSON (`null`: unreadable).
#[cfg_attr(target_arch = "wasm32", unsafe(no_mangle))]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn parse(
    text_kind: u32,
    text_ptr: usize,
    text_len: usize,
    opts_kind: u32,
    opts_ptr: usize,
    opts_len: usize,
    hint_kind: u32,
    hint_ptr: usize,
    hint_len: usize,
) -> usize {
    hook();
    let text = Arg::take(text_kind, text_ptr, text_len);
    let opts = Arg::take(opts_kind, opts_ptr, opts_len);
    let hint = Arg::take(hint_kind, hint_ptr, hint_len);
    give(parse_(text, opts, hint))
}

/// `fix(text, options)`: the text with every safe fix applied.
#[cfg_attr(target_arch = "wasm32", unsafe(no_mangle))]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn fix(
    text_kind: u32,
    text_ptr: usize,
    text_len: usize,
    opts_kind: u32,
    opts_ptr: usize,
    opts_len: usize,
    hint_kind: u32,
    hint_ptr: usize,
    hint_len: usize,
    year: i32,
    month: i32,
    day: i32,
) -> usize {
    hook();
    let text = Arg::take(text_kind, text_ptr, text_len);
    let opts = Arg::take(opts_kind, opts_ptr, opts_len);
    let hint = Arg::take(hint_kind, hint_ptr, hint_len);
    give(fix_(text, opts, hint, [year, month, day], false))
}

/// `fixes(text, options)`: as `fix`, and what was applied, as JSON.
#[cfg_attr(target_arch = "wasm32", unsafe(no_mangle))]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn fixes(
    text_kind: u32,
    text_ptr: usize,
    text_len: usize,
    opts_kind: u32,
    opts_ptr: usize,
    opts_len: usize,
    hint_kind: u32,
    hint_ptr: usize,
    hint_len: usize,
    year: i32,
    month: i32,
    day: i32,
) -> usize {
    hook();
    let text = Arg::take(text_kind, text_ptr, text_len);
    let opts = Arg::take(opts_kind, opts_ptr, opts_len);
    let hint = Arg::take(hint_kind, hint_ptr, hint_len);
    give(fix_(text, opts, hint, [year, month, day], true))
}

/// `render(text, options)`: HTML or Markdown as a string, PDF as bytes.
#[cfg_attr(target_arch = "wasm32", unsafe(no_mangle))]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn render(
    text_kind: u32,
    text_ptr: usize,
    text_len: usize,
    opts_kind: u32,
    opts_ptr: usize,
    opts_len: usize,
    hint_kind: u32,
    hint_ptr: usize,
    hint_len: usize,
    year: i32,
    month: i32,
    day: i32,
) -> usize {
    hook();
    let text = Arg::take(text_kind, text_ptr, text_len);
    let opts = Arg::take(opts_kind, opts_ptr, opts_len);
    let hint = Arg::take(hint_kind, hint_ptr, hint_len);
    give(render_(text, opts, hint, [year, month, day]))
}

/// `exportNavLps(text, id, options)`: the request body of NAV's
/// `POST /api/v1/followupplan` for the plan in `text`, with the employee's
/// identity number `id` (a string), as `dialogmote export --to nav-lps`
/// writes it.
#[cfg_attr(target_arch = "wasm32", unsafe(no_mangle))]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn export_nav_lps(
    text_kind: u32,
    text_ptr: usize,
    text_len: usize,
    id_kind: u32,
    id_ptr: usize,
    id_len: usize,
    opts_kind: u32,
    opts_ptr: usize,
    opts_len: usize,
    hint_kind: u32,
    hint_ptr: usize,
    hint_len: usize,
    year: i32,
    month: i32,
    day: i32,
) -> usize {
    hook();
    let text = Arg::take(text_kind, text_ptr, text_len);
    let id = Arg::take(id_kind, id_ptr, id_len);
    let opts = Arg::take(opts_kind, opts_ptr, opts_len);
    let hint = Arg::take(hint_kind, hint_ptr, hint_len);
    give(export_nav_lps_(text, id, opts, hint, [year, month, day]))
}

/// `template(options)`: the draft of `dialogmote new`.
#[cfg_attr(target_arch = "wasm32", unsafe(no_mangle))]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn template(
    opts_kind: u32,
    opts_ptr: usize,
    opts_len: usize,
    hint_kind: u32,
    hint_ptr: usize,
    hint_len: usize,
    year: i32,
    month: i32,
    day: i32,
) -> usize {
    hook();
    let opts = Arg::take(opts_kind, opts_ptr, opts_len);
    let hint = Arg::take(hint_kind, hint_ptr, hint_len);
    give(template_(opts, hint, [year, month, day]))
}

/// `applyFix(text, fix, lang)`: the text with one fix applied.
#[cfg_attr(target_arch = "wasm32", unsafe(no_mangle))]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn apply_fix(
    text_kind: u32,
    text_ptr: usize,
    text_len: usize,
    fix_kind: u32,
    fix_ptr: usize,
    fix_len: usize,
    lang_kind: u32,
    lang_ptr: usize,
    lang_len: usize,
) -> usize {
    hook();
    let text = Arg::take(text_kind, text_ptr, text_len);
    let fix = Arg::take(fix_kind, fix_ptr, fix_len);
    let lang = Arg::take(lang_kind, lang_ptr, lang_len);
    give(apply_fix_(text, fix, lang))
}

/// `explain(code, lang)`: a rule's documentation.
#[cfg_attr(target_arch = "wasm32", unsafe(no_mangle))]
pub extern "C" fn explain(
    code_kind: u32,
    code_ptr: usize,
    code_len: usize,
    lang_kind: u32,
    lang_ptr: usize,
    lang_len: usize,
) -> usize {
    hook();
    let code = Arg::take(code_kind, code_ptr, code_len);
    let lang = Arg::take(lang_kind, lang_ptr, lang_len);
    give(explain_(code, lang))
}

/// `rules(lang)`: every rule, as JSON.
#[cfg_attr(target_arch = "wasm32", unsafe(no_mangle))]
pub extern "C" fn rules(lang_kind: u32, lang_ptr: usize, lang_len: usize) -> usize {
    hook();
    give(rules_(Arg::take(lang_kind, lang_ptr, lang_len)))
}

/// `schema()`: the JSON Schema of the document format.
#[cfg_attr(target_arch = "wasm32", unsafe(no_mangle))]
pub extern "C" fn schema() -> usize {
    hook();
    give(Ok(Answer::Value(dialogmote::SCHEMA_JSON.to_owned())))
}

/// `version()`: the version of this package (of the crate).
#[cfg_attr(target_arch = "wasm32", unsafe(no_mangle))]
pub extern "C" fn version() -> usize {
    hook();
    give(Ok(Answer::Text(env!("CARGO_PKG_VERSION").to_owned())))
}

/// `hasPdf()`: 1 when this package writes PDF (the `pdf` feature).
#[cfg_attr(target_arch = "wasm32", unsafe(no_mangle))]
pub extern "C" fn has_pdf() -> u32 {
    u32::from(cfg!(feature = "pdf"))
}

/// `maxBytes()`: the most bytes the engine reads of a document.
#[cfg_attr(target_arch = "wasm32", unsafe(no_mangle))]
pub extern "C" fn max_bytes() -> usize {
    hook();
    core::max_bytes()
}

/// Where the message of the panic that trapped this instance is (0: none).
#[cfg_attr(target_arch = "wasm32", unsafe(no_mangle))]
pub extern "C" fn panic_ptr() -> usize {
    PANIC_PTR.load(Ordering::Relaxed)
}

/// The length of that message in bytes (UTF-8; 0: no panic).
#[cfg_attr(target_arch = "wasm32", unsafe(no_mangle))]
pub extern "C" fn panic_len() -> usize {
    PANIC_LEN.load(Ordering::Relaxed)
}

static PANIC_PTR: AtomicUsize = AtomicUsize::new(0);
static PANIC_LEN: AtomicUsize = AtomicUsize::new(0);

/// Installs, once, the panic hook that keeps a panic's message where
/// [`panic_ptr`] finds it (read after the trap, with no allocation).
/// WebAssembly only: natively, the tests keep the standard hook.
fn hook() {
    #[cfg(target_arch = "wasm32")]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            std::panic::set_hook(Box::new(|info| {
                let message = format!("dialogmote: internal error (a bug): {info}");
                let message: &'static [u8] = Box::leak(message.into_bytes().into_boxed_slice());
                PANIC_PTR.store(message.as_ptr() as usize, Ordering::Relaxed);
                PANIC_LEN.store(message.len(), Ordering::Relaxed);
            }));
        });
    }
}

/// Random numbers for the hash maps of the schema validator (`ahash`,
/// through `getrandom`): from `crypto.getRandomValues`, which the glue
/// imports as `dialogmote.random`. `web/build.sh` builds with
/// `--cfg getrandom_backend="custom"`, which makes getrandom call this
/// instead of its `wasm_js` backend (which needs wasm-bindgen).
#[cfg(target_arch = "wasm32")]
mod random {
    #[link(wasm_import_module = "dialogmote")]
    // SAFETY: the glue provides `random(ptr, len)`, which writes `len`
    // random bytes at `ptr` in this instance's memory and nothing else.
    unsafe extern "C" {
        fn random(ptr: *mut u8, len: usize);
    }

    /// getrandom's hook for a custom source.
    ///
    /// # Safety
    /// `dest` is valid for writes of `len` bytes (getrandom's contract).
    // SAFETY (the attribute): getrandom declares this symbol and nothing
    // else defines it.
    #[unsafe(no_mangle)]
    unsafe extern "Rust" fn __getrandom_v03_custom(
        dest: *mut u8,
        len: usize,
    ) -> Result<(), getrandom::Error> {
        // SAFETY: `dest` is writable for `len` bytes (above), and `random`
        // writes exactly those.
        unsafe { random(dest, len) };
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lends `bytes` as the glue does: `alloc`, then a write.
    fn pass(kind: u32, bytes: &[u8]) -> (u32, usize, usize) {
        let ptr = alloc(bytes.len());
        let mut lent = lent();
        let buffer = lent
            .iter_mut()
            .find(|b| b.as_ptr() as usize == ptr)
            .unwrap();
        buffer.copy_from_slice(bytes);
        (kind, ptr, bytes.len())
    }

    /// Reads and gives back an answer, as the glue does.
    fn read(ptr: usize) -> (u32, String) {
        let (len, kind) = {
            let lent = lent();
            let block = lent.iter().find(|b| b.as_ptr() as usize == ptr).unwrap();
            let n = u32::from_le_bytes(block[0..4].try_into().unwrap()) as usize;
            assert_eq!(block.len(), 8 + n);
            (n, u32::from_le_bytes(block[4..8].try_into().unwrap()))
        };
        let block = take(ptr, 8 + len);
        (kind, String::from_utf8_lossy(&block[8..]).into_owned())
    }

    // The list of lent buffers is shared: the tests that look at it run
    // one at a time.
    static SERIAL: Mutex<()> = Mutex::new(());

    fn serial() -> MutexGuard<'static, ()> {
        SERIAL.lock().unwrap_or_else(PoisonError::into_inner)
    }

    #[test]
    fn lint_takes_its_arguments_back_and_lends_the_answer_once() {
        let _s = serial();
        let before = lent().len();
        let (tk, tp, tl) = pass(TEXT, "format: dialogmote1/v1\n".as_bytes());
        let (ok, op, ol) = pass(JSON, br#"{"asOf":"2026-11-20","lang":"en"}"#);
        let (hk, hp, hl) = pass(TEXT, b"en");
        let answer = lint(tk, tp, tl, ok, op, ol, hk, hp, hl);
        assert_eq!(lent().len(), before + 1, "only the answer is lent");
        let (kind, json) = read(answer);
        assert_eq!(kind, VALUE);
        assert!(
            json.starts_with('{') && json.contains("\"files\""),
            "{json}"
        );
        assert_eq!(lent().len(), before);
    }

    #[test]
    fn a_failure_is_json_with_its_code_message_and_findings() {
        let _s = serial();
        let (tk, tp, tl) = pass(TEXT, b"a: 1\n");
        let (kind, json) = read(lint(tk, tp, tl, ABSENT, 0, 0, ABSENT, 0, 0));
        assert_eq!(kind, FAILED);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["code"], "options");
        assert!(v["message"].as_str().unwrap().contains("trenger `asOf`"));
        assert!(v.get("findings").is_none());
        let text = "format: dialogmote1/v1\nmeeting:\n  date: 2026-11-16\n  location: \"fnr 15058500027\"\n";
        let (tk, tp, tl) = pass(TEXT, text.as_bytes());
        let (ok, op, ol) = pass(JSON, br#"{"draft":true,"lang":"en"}"#);
        let (kind, json) = read(render(tk, tp, tl, ok, op, ol, ABSENT, 0, 0, 2026, 11, 20));
        assert_eq!(kind, FAILED);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["code"], "refused");
        assert_eq!(v["findings"]["files"][0]["findings"][0]["code"], "DM801");
    }

    #[test]
    fn the_options_are_read_before_the_document_and_set_the_language_of_its_message() {
        let unknown = || Arg::Json(r#"{"asof":"x"}"#.into());
        let e = lint_(Arg::WrongType, unknown(), Arg::Text("en".into())).unwrap_err();
        assert!(e.message.contains("unknown field `asof`"), "{}", e.message);
        let e = lint_(Arg::WrongType, Arg::Absent, Arg::Text("nn".into())).unwrap_err();
        assert_eq!(
            e.message,
            "`lint` treng `text` som ein tekst (string) eller ein Uint8Array"
        );
        let e = fix_(
            Arg::TooLarge,
            Arg::Absent,
            Arg::Absent,
            [2026, 11, 20],
            true,
        )
        .unwrap_err();
        assert_eq!(e.code, "too-large");
        assert!(
            e.message.starts_with("`fixes` fikk mer enn 8 MiB"),
            "{}",
            e.message
        );
        let e = fix_(
            Arg::Text(String::new()),
            Arg::NotJson,
            Arg::Absent,
            [2026, 11, 20],
            false,
        )
        .unwrap_err();
        assert_eq!(e.message, "`fix` trenger `options` som en tekst (string)");
        let e = template_(Arg::WrongType, Arg::Text("en".into()), [2026, 11, 20]).unwrap_err();
        assert!(
            e.message
                .starts_with("`template` needs `options` as an object")
        );
        // A language of more than two characters is no hint.
        let e = parse_(Arg::WrongType, Arg::Absent, Arg::Text("english".into())).unwrap_err();
        assert!(e.message.starts_with("`parse` trenger"), "{}", e.message);
    }

    #[test]
    fn a_language_argument_is_checked_before_the_others() {
        let e = explain_(Arg::WrongType, Arg::Text("se".into())).unwrap_err();
        assert_eq!(
            e.message,
            "språket må være `nb`, `nn` eller `en`, ikke `se`"
        );
        let e = explain_(Arg::WrongType, Arg::Text("en".into())).unwrap_err();
        assert_eq!(e.message, "`explain` needs `code` as a string");
        let e = rules_(Arg::WrongType).unwrap_err();
        assert_eq!(e.message, "`rules` trenger `lang` som en tekst (string)");
        let e = apply_fix_(Arg::Text("a".into()), Arg::Absent, Arg::Text("en".into())).unwrap_err();
        assert!(e.message.starts_with("`applyFix` needs `fix` as an object"));
        let fix = Arg::Json(r#"{"edits":[{"start":0,"end":1,"replacement":"x"}]}"#.into());
        assert_eq!(
            apply_fix_(Arg::Text("ab".into()), fix, Arg::Absent),
            Ok(Answer::Text("xb".into()))
        );
    }

    #[test]
    fn the_export_takes_the_number_as_a_string_and_its_options() {
        let plan = || Arg::Text("format: oppfolgingsplan1/v1\nplan: {}\n".into());
        let en = || Arg::Text("en".into());
        let e =
            export_nav_lps_(plan(), Arg::WrongType, Arg::Absent, en(), [2026, 11, 20]).unwrap_err();
        assert_eq!(e.message, "`exportNavLps` needs `id` as a string");
        let opts = Arg::Json(r#"{"lang":"en","allowSyntheticID":true}"#.into());
        let e =
            export_nav_lps_(plan(), Arg::Text("x".into()), opts, en(), [2026, 11, 20]).unwrap_err();
        assert_eq!(e.code, "options");
        let opts = Arg::Json(r#"{"lang":"en","allowSyntheticId":true}"#.into());
        let e = export_nav_lps_(
            plan(),
            Arg::Text("05908399546".into()),
            opts,
            en(),
            [2026, 11, 20],
        )
        .unwrap_err();
        assert!(
            e.message.starts_with("the plan cannot be sent to NAV"),
            "{}",
            e.message
        );
        assert!(!failure_json(&e).contains("05908399546"));
    }

    #[test]
    fn a_date_left_out_is_the_clock_s() {
        let text = || Arg::Text("format: dialogmote1/v1\n".into());
        let Ok(Answer::Text(draft)) = template_(Arg::Absent, Arg::Absent, [2026, 2, 28]) else {
            panic!("no draft");
        };
        assert!(draft.contains("date: 2026-02-28"), "{draft}");
        let e = fix_(text(), Arg::Absent, Arg::Absent, [2026, 2, 30], false).unwrap_err();
        assert_eq!(e.message, "the computer's clock gives no valid date");
    }

    #[test]
    fn a_pdf_is_bytes_and_the_others_are_strings() {
        let doc = include_str!("../../../examples/complete.yaml");
        let opts = Arg::Json(r#"{"asOf":"2026-11-20","format":"md"}"#.into());
        let Ok(Answer::Text(md)) =
            render_(Arg::Text(doc.into()), opts, Arg::Absent, [2026, 11, 20])
        else {
            panic!("no Markdown");
        };
        assert!(md.starts_with("# "), "{md}");
        let opts = Arg::Json(r#"{"asOf":"2026-11-20","format":"pdf"}"#.into());
        let answer = render_(Arg::Text(doc.into()), opts, Arg::Absent, [2026, 11, 20]);
        if cfg!(feature = "pdf") {
            assert!(matches!(answer, Ok(Answer::Bytes(b)) if b.starts_with(b"%PDF-")));
        } else {
            assert_eq!(answer.unwrap_err().code, "pdf");
        }
        assert_eq!(
            parse_(Arg::Text("a: [1,\n".into()), Arg::Absent, Arg::Absent),
            Ok(Answer::Value("null".into()))
        );
    }

    #[test]
    #[should_panic(expected = "which were not lent")]
    fn a_buffer_that_was_not_lent_is_a_bug() {
        // (`take`, not the export `dealloc`: natively a panic cannot
        // unwind out of an `extern "C"` function, and aborts the tests.)
        let _s = serial();
        take(1234, 5);
    }
}
