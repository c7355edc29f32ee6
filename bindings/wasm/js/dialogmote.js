/* @ts-self-types="./dialogmote.d.ts" */
// The dialogmote engine: the linter and referat renderer of the command
// line, compiled to WebAssembly (dialogmote_bg.wasm, beside this file), for
// browsers and Node. This ES module is its glue, written by hand over the
// small raw ABI of bindings/wasm/src/abi.rs (docs/web.md, "The ABI"):
//
//   import init, { lint } from 'dialogmote';
//   await init();
//   const file = lint(text, { asOf: '2026-11-20', lang: 'nb' });
//
// The glue checks each argument's type and length before anything is
// copied into the engine, and tells the engine what it found; every
// message (a finding's, or why an argument is wrong, in the language
// asked for) is the engine's. It also reads the clock, where an option
// leaves a date out: the library reads none.

// How an argument is passed (abi.rs: ABSENT … TOO_LARGE).
const ABSENT = 0;
const TEXT = 1;
const BYTES = 2;
const JSON_TEXT = 3;
const WRONG_TYPE = 4;
const NOT_JSON = 5;
const TOO_LARGE = 6;
// What an answer is (abi.rs: FAILED … BINARY).
const FAILED = 0;
const VALUE = 1;
const STRING = 2;
const BINARY = 3;

const encoder = new TextEncoder();
// ignoreBOM: a byte order mark the engine writes (a fixed text that had
// one) is kept.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** The compiled module, kept to start a fresh instance after a trap. */
let compiled;
/** The exports of the live instance; undefined before init and after a trap. */
let wasm;
/** The engine's max_bytes, asked once per instance. */
let maxLen;
/** The promise of an init under way. */
let loading;

const imports = {
  dialogmote: {
    // Random numbers for the hash maps of the engine's schema validator.
    random(ptr, len) {
      const bytes = new Uint8Array(wasm.memory.buffer, ptr >>> 0, len >>> 0);
      for (let i = 0; i < bytes.length; i += 65536) globalThis.crypto.getRandomValues(bytes.subarray(i, i + 65536));
    },
  },
};

/** The live instance's exports: a fresh instance after a trap. */
function engine() {
  if (wasm) return wasm;
  if (!compiled) throw new Error('dialogmote: the engine is not loaded; call `await init()` first');
  try {
    wasm = new WebAssembly.Instance(compiled, imports).exports;
  } catch (e) {
    throw internal(String(e?.message ?? e), e);
  }
  return wasm;
}

function internal(message, cause) {
  const error = new Error(message, { cause });
  error.code = 'internal';
  return error;
}

/**
 * Runs `f` on the live instance. Whatever escapes it is a trap (a panic, a
 * bug) or the engine running out of memory or stack: the instance is
 * dropped, since its memory may be inconsistent, and the next call starts
 * a fresh one. The error is an `Error` with code "internal" and the
 * panic's message, which the engine kept where `panic_ptr` says.
 */
function run(f) {
  const w = engine();
  try {
    return f(w);
  } catch (e) {
    let message;
    try {
      const len = w.panic_len() >>> 0;
      if (len) message = decoder.decode(new Uint8Array(w.memory.buffer, w.panic_ptr() >>> 0, len));
    } catch {
      // No message kept.
    }
    if (wasm === w) {
      wasm = undefined;
      maxLen = undefined;
    }
    throw internal(message ?? String(e?.message ?? e), e);
  }
}

/** The most bytes (or UTF-16 units) the engine reads of an argument. */
function limit() {
  return (maxLen ??= run((w) => w.max_bytes() >>> 0));
}

/**
 * Calls the export `name` with `args`: each a number, or an argument as
 * `[kind]` or `[kind, bytes]`, whose bytes are copied into a buffer the
 * engine lends. Returns the answer: a value, a string or a Uint8Array; a
 * failure is thrown as an `Error` with `code` (and `findings`).
 */
function call(name, args) {
  const [kind, payload] = run((w) => {
    const flat = [];
    for (const a of args) {
      if (typeof a === 'number') {
        flat.push(a);
      } else if (a.length === 1) {
        flat.push(a[0], 0, 0);
      } else {
        const bytes = a[1];
        const ptr = w.alloc(bytes.length) >>> 0;
        new Uint8Array(w.memory.buffer, ptr, bytes.length).set(bytes);
        flat.push(a[0], ptr, bytes.length);
      }
    }
    const ptr = w[name](...flat) >>> 0;
    const view = new DataView(w.memory.buffer);
    const len = view.getUint32(ptr, true);
    const kind = view.getUint32(ptr + 4, true);
    const bytes = new Uint8Array(w.memory.buffer, ptr + 8, len);
    const payload = kind === BINARY ? bytes.slice() : decoder.decode(bytes);
    w.dealloc(ptr, len + 8);
    return [kind, payload];
  });
  switch (kind) {
    case VALUE:
      return JSON.parse(payload);
    case STRING:
    case BINARY:
      return payload;
    default: {
      const f = JSON.parse(payload);
      const error = new Error(f.message);
      error.code = f.code;
      if (f.findings) error.findings = f.findings.files[0];
      throw error;
    }
  }
}

// ---- The arguments, as the engine is told of them ----

/**
 * The document: a string or a Uint8Array. Over the engine's limit, its
 * first limit + 1 UTF-16 units or bytes when `cut` (the engine reports it
 * as too large, DM004, as the command line does), else refused unread.
 */
function documentArg(text, cut) {
  const max = limit();
  const isText = typeof text === 'string';
  if (!isText && !(text instanceof Uint8Array)) return [WRONG_TYPE];
  const length = typeof text.length === 'number' ? text.length : Infinity;
  const over = length > max;
  if (over && !cut) return [TOO_LARGE];
  if (isText) return [TEXT, encoder.encode(over ? text.slice(0, max + 1) : text)];
  return [BYTES, over ? text.subarray(0, max + 1) : text];
}

/** A string argument. */
function textArg(value) {
  if (typeof value !== 'string') return [WRONG_TYPE];
  if (value.length > limit()) return [TOO_LARGE];
  return [TEXT, encoder.encode(value)];
}

/** An object argument (options, a fix), as JSON; `undefined` and `null` are absent. */
function objectArg(value) {
  if (value === undefined || value === null) return [ABSENT];
  if (typeof value !== 'object' || Array.isArray(value)) return [WRONG_TYPE];
  let json;
  try {
    json = JSON.stringify(value);
  } catch {
    return [WRONG_TYPE];
  }
  if (typeof json !== 'string') return [NOT_JSON];
  if (json.length > limit()) return [TOO_LARGE];
  return [JSON_TEXT, encoder.encode(json)];
}

/** A language argument (enough of it to show in a message). */
function langArg(value) {
  if (value === undefined || value === null) return [ABSENT];
  if (typeof value !== 'string') return [WRONG_TYPE];
  return [TEXT, encoder.encode(value.slice(0, 41))];
}

/** The `lang` the options ask for, for the messages about the other arguments. */
function hint(options) {
  if (typeof options === 'object' && options !== null) {
    let lang;
    try {
      lang = Reflect.get(options, 'lang');
    } catch {
      // A getter that throws asks for nothing.
    }
    if (typeof lang === 'string' && lang.length <= 2) return [TEXT, encoder.encode(lang)];
  }
  return [ABSENT];
}

/** Today's local date, for an option that leaves its date out. */
function today() {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()];
}

// ---- The API ----

/** The file entry of `dialogmote lint --format json --as-of DATE --lang LANG` on the same text. */
export function lint(text, options) {
  return call('lint', [documentArg(text, true), objectArg(options), hint(options)]).files[0];
}

/** The document as a value, read by the linter's own loader; null when it cannot be read. */
export function parse(text, options) {
  return call('parse', [documentArg(text, true), objectArg(options), hint(options)]);
}

/** The text with every safe fix applied (`dialogmote lint --fix`). */
export function fix(text, options) {
  return call('fix', [documentArg(text, false), objectArg(options), hint(options), ...today()]);
}

/** As `fix`, and what was applied. */
export function fixes(text, options) {
  return call('fixes', [documentArg(text, false), objectArg(options), hint(options), ...today()]);
}

/** One fix of a finding applied to the text it was found in (edits count UTF-8 bytes). */
export function applyFix(text, fix, lang) {
  return call('apply_fix', [textArg(text), objectArg(fix), langArg(lang)]);
}

/** The referat as `dialogmote render` makes it: HTML or Markdown as a string, PDF as a Uint8Array. */
export function render(text, options) {
  return call('render', [documentArg(text, true), objectArg(options), hint(options), ...today()]);
}

/**
 * The request body of NAV's `POST /api/v1/followupplan` for the plan in
 * `text`, as `dialogmote export --to nav-lps` writes it; `id` is the
 * employee's fødselsnummer or D-nummer (never in a message).
 */
export function exportNavLps(text, id, options) {
  return call('export_nav_lps', [documentArg(text, true), textArg(id), objectArg(options), hint(options), ...today()]);
}

/** The draft referat of `dialogmote new`. */
export function template(options) {
  return call('template', [objectArg(options), hint(options), ...today()]);
}

/** A rule's documentation (Markdown), as `dialogmote explain CODE` prints it. */
export function explain(code, lang) {
  return call('explain', [textArg(code), langArg(lang)]);
}

/** Every rule, as `dialogmote rules` lists them. */
export function rules(lang) {
  return call('rules', [langArg(lang)]);
}

/** The JSON Schema of the document format, as `dialogmote schema` prints it. */
export function schema() {
  return call('schema', []);
}

/** Whether this package writes PDF (the package built with `web/build.sh --pdf`). */
export function hasPdf() {
  return run((w) => w.has_pdf() !== 0);
}

/** The most bytes the engine reads of a document (8 MiB). */
export function maxBytes() {
  return limit();
}

/** The version of this package. */
export function version() {
  return call('version', []);
}

// ---- Loading ----

/**
 * Loads and starts the engine, once (later calls return the same). With
 * no argument it reads dialogmote_bg.wasm beside this module: with `fetch`
 * in a browser, from the file system in Node. Else `{module_or_path}`, or
 * the value itself: a URL or string (fetched; a `file:` URL is read from
 * the file system), a Request, a Response, the bytes (a BufferSource), a
 * WebAssembly.Module, or a promise of one of these.
 */
async function __wbg_init(module_or_path) {
  if (compiled) return engine();
  if (loading === undefined) {
    loading = load(module_or_path);
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

async function load(input) {
  if (input !== undefined && input !== null && Object.getPrototypeOf(input) === Object.prototype) {
    ({ module_or_path: input } = input);
  }
  input = await (input ?? new URL('dialogmote_bg.wasm', import.meta.url));
  const url = input instanceof URL ? input : typeof input === 'string' && input.startsWith('file:') ? new URL(input) : null;
  if (url?.protocol === 'file:') {
    // Node (and Deno, Bun) cannot fetch a file: read it. The name is a
    // variable, so that a bundler for the browser does not look for it.
    const fs = 'node:fs/promises';
    const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ fs);
    input = await readFile(url);
  } else if (typeof input === 'string' || input instanceof URL || (typeof Request === 'function' && input instanceof Request)) {
    input = await fetch(input);
  }
  let module;
  let instance;
  if (typeof Response === 'function' && input instanceof Response) {
    if (!input.ok) throw new Error(`failed to fetch Wasm: ${input.status} ${input.statusText} fetching '${input.url}'`);
    if (typeof WebAssembly.instantiateStreaming === 'function') {
      try {
        ({ module, instance } = await WebAssembly.instantiateStreaming(input, imports));
      } catch (e) {
        // Compiling while it downloads needs the type application/wasm
        // (docs/web.md, "Hosting"); without it, the bytes are compiled.
        if (!['basic', 'cors', 'default'].includes(input.type) || input.headers.get('Content-Type') === 'application/wasm') throw e;
        console.warn('`WebAssembly.instantiateStreaming` failed because your server does not serve Wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\n', e);
      }
    }
    if (!instance) ({ module, instance } = await WebAssembly.instantiate(await input.arrayBuffer(), imports));
  } else if (input instanceof WebAssembly.Module) {
    module = input;
    instance = await WebAssembly.instantiate(module, imports);
  } else {
    ({ module, instance } = await WebAssembly.instantiate(input, imports));
  }
  compiled = module;
  wasm = instance.exports;
  maxLen = undefined;
  return wasm;
}

export default __wbg_init;
