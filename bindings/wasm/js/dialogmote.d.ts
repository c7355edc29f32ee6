// Types of the dialogmote package (dialogmote.js, the glue over the
// engine's WebAssembly, dialogmote_bg.wasm). docs/web.md describes it.
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

/** Options of `exportNavLps`. */
export interface ExportOptions {
  /** The language of messages (default "nb"). */
  lang?: Lang;
  /** As for `lint`. */
  path?: string;
  /** The evaluation date, YYYY-MM-DD (default today): the plan's evaluation date must be after it. */
  asOf?: string;
  /** `lpsName`, the system that sends the plan (default "dialogmote"). */
  lpsName?: string;
  /** `lpsEmail`, its e-mail address (default null). */
  lpsEmail?: string;
  /** Accept a synthetic test identity number, for NAV's test environment (default false). */
  allowSyntheticId?: boolean;
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
 * `draft`), "unfit" (render: the document cannot be read as a referat: it
 * does not load, or its top is not a mapping of keys; or, without `draft`,
 * it does not fit the format; a draft renders whatever of it fits),
 * "unknown-rule" (explain), "pdf" or "internal" (a bug in the engine: the
 * message is the panic's; the next call starts the engine afresh). For
 * "refused" and "unfit", `findings` holds the file entry of the findings
 * that stop the referat.
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
/**
 * The request body of NAV's `POST /api/v1/followupplan` for the plan in
 * `text` (JSON text, 22 members), as `dialogmote export --to nav-lps`
 * writes it; `id` is the employee's fødselsnummer or D-nummer.
 */
export function exportNavLps(text: DocumentInput, id: string, options?: ExportOptions): string;
/** The draft referat of `dialogmote new`. */
export function template(options?: TemplateOptions): string;
/** A rule's documentation (Markdown), as `dialogmote explain CODE` prints it. */
export function explain(code: string, lang?: Lang): string;
/** Every rule, as `dialogmote rules` lists them. */
export function rules(lang?: Lang): RuleInfo[];

export interface DialogmoteError extends Error {
  code: "options" | "too-large" | "refused" | "unfit" | "unknown-rule" | "pdf" | "id" | "incomplete" | "internal";
  findings?: LintFile;
}

/**
 * Applies one fix (an element of a finding's `fixes`) to the text the
 * finding came from. Edits count UTF-8 bytes; this does the counting.
 * `lang` is the language of a message when it cannot (default `nb`).
 */
export function applyFix(text: string, fix: Fix, lang?: Lang): string;

/**
 * Whether this package can write PDF (`render(…, {format: "pdf"})`):
 * true for the package built with the `pdf` feature (`web/dist/pkg-pdf/`).
 */
export function hasPdf(): boolean;

/**
 * Lints a referat: the file entry of the JSON output contract, with the
 * same findings as `dialogmote lint --format json --as-of DATE --lang LANG`
 * on the same text.
 */
export function lint(text: DocumentInput, options: LintOptions): LintFile;

/**
 * The most bytes the engine reads of a document (its `max_bytes`, 8 MiB):
 * a page refuses a larger file before reading it.
 */
export function maxBytes(): number;

/** The JSON Schema of the document format, as `dialogmote schema` prints it. */
export function schema(): Record<string, unknown>;

/** The version of this package (of the `dialogmote-wasm` crate). */
export function version(): string;

/** Where the engine's WebAssembly comes from. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/**
 * The engine's raw exports (bindings/wasm/src/abi.rs; docs/web.md, "The
 * ABI"): what the functions above call. Not needed to use the package.
 */
export interface InitOutput {
  readonly memory: WebAssembly.Memory;
  readonly alloc: (len: number) => number;
  readonly dealloc: (ptr: number, len: number) => void;
  readonly lint: (...args: number[]) => number;
  readonly parse: (...args: number[]) => number;
  readonly fix: (...args: number[]) => number;
  readonly fixes: (...args: number[]) => number;
  readonly render: (...args: number[]) => number;
  readonly template: (...args: number[]) => number;
  readonly apply_fix: (...args: number[]) => number;
  readonly explain: (...args: number[]) => number;
  readonly rules: (...args: number[]) => number;
  readonly schema: () => number;
  readonly version: () => number;
  readonly has_pdf: () => number;
  readonly max_bytes: () => number;
  readonly panic_ptr: () => number;
  readonly panic_len: () => number;
}

/**
 * Loads and starts the engine, once (later calls resolve to the same). With
 * no argument it reads `dialogmote_bg.wasm` beside the module: with `fetch`
 * in a browser, from the file system in Node. Else `{module_or_path}` or
 * the value itself: a URL or string (fetched; a `file:` URL is read from
 * the file system), a Request, a Response, the bytes, a
 * `WebAssembly.Module`, or a promise of one of these. Call it (and await
 * it) before any other function.
 *
 * (The name is the one the wasm-bindgen version of this package gave it;
 * import it under any name: `import init from "dialogmote"`.)
 */
export default function __wbg_init(module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
