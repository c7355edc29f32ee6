// The WebAssembly package (web/dist/pkg, built by web/build.sh) loaded in
// Node, checked against the command line built from the same sources:
// `lint` gives the file entries of `dialogmote lint --format json` on every
// fixture, hostile input and example, and fix, render, template, explain,
// rules and schema work as the CLI's commands do.
//
//   DIALOGMOTE_BIN=target/release/dialogmote node --test web/tests/package.test.mjs
//
// (tests/integration/wasm.sh builds the package and runs this.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = join(repo, 'web/dist/pkg');
const bin = resolve(repo, process.env.DIALOGMOTE_BIN ?? 'target/release/dialogmote');
const AS_OF = '2026-11-20';

assert.ok(existsSync(join(pkg, 'dialogmote.js')), `no package in ${pkg}: run bash web/build.sh`);
assert.ok(existsSync(bin), `no command line at ${bin}: set DIALOGMOTE_BIN`);

const dm = await import(join(pkg, 'dialogmote.js'));
await dm.default({ module_or_path: readFileSync(join(pkg, 'dialogmote_bg.wasm')) });

/** Runs the command line in the repository (no configuration file there). */
function cli(...args) {
  const r = spawnSync(bin, args, { cwd: repo, encoding: 'utf8', maxBuffer: 256 << 20 });
  assert.ok(r.status === 0 || r.status === 1, `dialogmote ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** Every document of a folder (not the expected outputs beside them), relative to the repository. */
function documents(folder) {
  return readdirSync(join(repo, folder))
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .map((f) => `${folder}/${f}`)
    .sort();
}

const corpus = [...documents('tests/fixtures'), ...documents('tests/hostile'), ...documents('examples')];

test('the corpus is there (fixtures with YAML and JSON, hostile input, examples)', () => {
  assert.ok(corpus.length >= 90, `only ${corpus.length} documents`);
  assert.ok(corpus.some((p) => p.endsWith('.json')));
  assert.ok(corpus.includes('examples/complete.yaml'));
});

for (const lang of ['nb', 'nn', 'en']) {
  test(`lint agrees with \`dialogmote lint --format json --lang ${lang}\` on every document, file entry for file entry`, () => {
    const report = JSON.parse(cli('lint', '--format', 'json', '--as-of', AS_OF, '--lang', lang, ...corpus));
    const byPath = new Map(report.files.map((f) => [f.path, f]));
    assert.equal(byPath.size, corpus.length);
    let findings = 0;
    for (const path of corpus) {
      const bytes = readFileSync(join(repo, path));
      const got = dm.lint(bytes, { asOf: AS_OF, lang, path });
      // The whole entry: path, codes, names, severities, messages, help,
      // pointers, lines, columns, offsets, fixes, related, suppressed.
      assert.deepStrictEqual(got, byPath.get(path), path);
      findings += got.findings.length;
    }
    assert.ok(findings > 200, `only ${findings} findings in the corpus`);
  });
}

test('a document given as text is linted as its bytes are (a BOM counted in offsets)', () => {
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let compared = 0;
  for (const path of corpus) {
    const bytes = readFileSync(join(repo, path));
    if (bytes.includes(0)) continue; // UTF-16: only bytes say so
    let text;
    try {
      text = utf8.decode(bytes);
    } catch {
      continue; // not UTF-8: DM001, which a string cannot carry
    }
    assert.deepStrictEqual(dm.lint(text, { asOf: AS_OF, path }), dm.lint(bytes, { asOf: AS_OF, path }), path);
    compared++;
  }
  assert.ok(compared >= 80, `only ${compared} compared`);
});

test('the path extension declares strict JSON or YAML; without a path the text decides', () => {
  const text = '{"format": "dialogmote1/v1", "meeting": {"date": "2026-11-16"},}\n';
  const codes = (path) => dm.lint(text, { asOf: AS_OF, path }).findings.map((f) => f.code);
  assert.ok(codes('r.json').includes('DM001'), 'a trailing comma is not JSON');
  assert.ok(!codes('r.yaml').includes('DM001'), 'a trailing comma is fine in YAML flow style');
  assert.equal(dm.lint(text, { asOf: AS_OF }).path, '-');
  assert.ok(!codes(undefined).includes('DM001'), 'undeclared, the text is read leniently');
});

const misspelt =
  'format: dialogmote1/v1\nmeeting:\n  location: Sjøgata 1, Tromsø # æøå before the mistake\n  datee: 2026-11-16\n';

test('fix mends a misspelt key, counting bytes past non-ASCII text, and fixing again changes nothing', () => {
  const fixed = dm.fix(misspelt, { path: 'r.yaml' });
  assert.equal(fixed, misspelt.replace('datee:', 'date:'));
  assert.equal(dm.fix(fixed, { path: 'r.yaml' }), fixed);
  const f = dm.lint(misspelt, { asOf: AS_OF, path: 'r.yaml', lang: 'en' }).findings.find((x) => x.code === 'DM002' && x.fixes);
  assert.ok(f?.fixes?.length, 'DM002 carries a fix');
  assert.equal(f.fixes[0].applicability, 'safe');
  assert.equal(dm.applyFix(misspelt, f.fixes[0]), fixed, 'one fix applied by the engine, byte offsets and all');
  const more = dm.fixes(misspelt, { path: 'r.yaml', lang: 'en' });
  assert.equal(more.text, fixed);
  assert.deepStrictEqual(more.applied.map((a) => [a.code, a.pointer, a.line]), [['DM002', '/meeting', 4]]);
  assert.match(more.applied[0].title, /correct the field name to `date`/);
  // A BOM stays, and is counted in the fix's offsets.
  assert.equal(dm.fix('\ufeff' + misspelt), '\ufeff' + fixed);
  assert.throws(() => dm.applyFix('short', f.fixes[0], 'en'), (e) => e.code === 'options' && /lint the text again/.test(e.message));
  assert.throws(() => dm.applyFix('short', f.fixes[0]), (e) => e.code === 'options' && /sjekk teksten på nytt/.test(e.message));
});

const complete = readFileSync(join(repo, 'examples/complete.yaml'), 'utf8');
const fnr = '15058500027';
const withFnr = complete.replace(/^( {2}location: ).*$/m, `$1"Møterom for ${fnr}"`);

test('render writes HTML and Markdown of a clean referat', () => {
  assert.notEqual(withFnr, complete);
  const html = dm.render(complete, { lang: 'nn', format: 'html', asOf: AS_OF });
  assert.equal(typeof html, 'string');
  assert.match(html, /^<!DOCTYPE html>/i);
  assert.match(html, /<html lang="nn">/);
  assert.doesNotMatch(html, /UTKAST/);
  assert.equal(dm.render(complete, { asOf: AS_OF }), dm.render(complete, { format: 'html', lang: 'nb', asOf: AS_OF }), 'HTML in bokmål by default');
  const md = dm.render(complete, { format: 'md', asOf: AS_OF });
  assert.match(md, /^# /m);
});

/** Renders with the CLI and with `engine` and compares the bytes. */
function sameRender(engine, cases) {
  const dir = mkdtempSync(join(tmpdir(), 'dialogmote-render-'));
  try {
    for (const [format, lang, draft] of cases) {
      const out = join(dir, `out-${format}-${lang}.${format}`);
      const args = ['render', 'examples/complete.yaml', '--format', format, '--lang', lang, '--as-of', AS_OF, '-o', out];
      const r = spawnSync(bin, draft ? [...args, '--draft'] : args, { cwd: repo, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const got = engine.render(complete, { format, lang, draft, asOf: AS_OF, path: 'examples/complete.yaml' });
      assert.equal(typeof got, format === 'pdf' ? 'object' : 'string');
      const bytes = typeof got === 'string' ? Buffer.from(got, 'utf8') : Buffer.from(got);
      assert.ok(bytes.equals(readFileSync(out)), `${format} ${lang}${draft ? ' draft' : ''}: not the CLI's bytes`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('render gives the bytes of `dialogmote render` in HTML and Markdown, in every language', () => {
  sameRender(dm, [['html', 'nb', false], ['md', 'en', false], ['html', 'nn', false], ['html', 'en', true]]);
});

test('the main package has no PDF writer and says where to get one; the PDF package (web/build.sh --pdf) writes the CLI\'s PDF', async (t) => {
  assert.equal(dm.hasPdf(), false);
  assert.throws(() => dm.render(complete, { format: 'pdf', lang: 'en', asOf: AS_OF }), (e) => e.code === 'pdf' && /pkg-pdf/.test(e.message));
  const pdfPkg = join(repo, 'web/dist/pkg-pdf');
  if (!existsSync(join(pdfPkg, 'dialogmote.js'))) {
    t.diagnostic('web/dist/pkg-pdf was not built (web/build.sh --pdf): its PDF is not compared');
    return;
  }
  const pdf = await import(join(pdfPkg, 'dialogmote.js'));
  await pdf.default({ module_or_path: readFileSync(join(pdfPkg, 'dialogmote_bg.wasm')) });
  assert.equal(pdf.hasPdf(), true);
  sameRender(pdf, [['pdf', 'nb', false], ['pdf', 'nn', true]]);
});

test('render refuses a referat with a national identity number, even as a draft, in the chosen language', () => {
  for (const [lang, words] of [['nb', /personvernfunn/], ['en', /privacy finding/]]) {
    for (const draft of [false, true]) {
      assert.throws(
        () => dm.render(withFnr, { lang, format: 'html', draft, asOf: AS_OF }),
        (e) => {
          assert.ok(e instanceof Error);
          assert.equal(e.code, 'refused');
          assert.match(e.message, words);
          assert.match(e.message, /DM801/);
          assert.ok(!e.message.includes(fnr), 'the number is never repeated');
          assert.ok(!JSON.stringify(e.findings).includes(fnr));
          assert.deepStrictEqual(e.findings.findings.map((f) => f.code), ['DM801']);
          return true;
        },
      );
    }
  }
});

test('render refuses errors unless a draft, which says UTKAST and what is missing', () => {
  const long = readFileSync(join(repo, 'tests/fixtures/doctor-50-minutes.yaml'));
  const errors = dm.lint(long, { asOf: AS_OF }).findings.filter((f) => f.severity === 'error');
  assert.deepStrictEqual(errors.map((f) => f.code), ['DM601']);
  assert.throws(
    () => dm.render(long, { format: 'html', asOf: AS_OF }),
    (e) => e.code === 'refused' && e.message === 'referatet har 1 feil; rett dem, eller lag det som utkast: DM601' && e.findings.findings.length === 1,
  );
  const draft = dm.render(long, { format: 'html', draft: true, asOf: AS_OF });
  assert.match(draft, /UTKAST/);
  assert.ok(draft.includes('DM601'), 'the draft lists what is missing');
  // A draft that does not fit the format renders what fits and lists the rest
  // at the end (issue 25), as the CLI does; as a referat to send it is refused.
  const unfit = readFileSync(join(repo, 'tests/fixtures/cat-roles-and-deadlines.yaml'));
  const unfitDraft = dm.render(unfit, { format: 'html', draft: true, asOf: AS_OF, lang: 'en' });
  assert.match(unfitDraft, /DRAFT/);
  assert.ok(unfitDraft.includes('DM002'), 'the draft lists what does not fit');
  assert.throws(
    () => dm.render(unfit, { format: 'html', asOf: AS_OF, lang: 'en' }),
    (e) => e.code === 'refused' || e.code === 'unfit',
  );
});

test('template is the draft of `dialogmote new`, which lints free of input and schema errors', () => {
  const draft = dm.template({ date: '2026-11-16', lang: 'nn' });
  const r = spawnSync(bin, ['new', '--date', '2026-11-16'], { cwd: repo, encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.equal(draft, r.stdout);
  const codes = dm.lint(draft, { asOf: AS_OF, path: 'utkast.yaml' }).findings.map((f) => f.code);
  assert.ok(!codes.includes('DM001') && !codes.includes('DM002'), codes.join(' '));
  assert.match(dm.template(), /^ {2}date: \d{4}-\d\d-\d\d/m, 'today by default');
  assert.throws(() => dm.template({ date: '16.11.2026' }), (e) => e.code === 'options' && /YYYY-MM-DD/.test(e.message));
});

test('explain, rules and schema give what the command line prints', () => {
  const doc = dm.explain('dm801', 'en');
  assert.equal(doc, cli('explain', 'DM801', '--lang', 'en'));
  assert.throws(() => dm.explain('DM61', 'en'), (e) => e.code === 'unknown-rule' && e.message === 'no rule `DM61`; did you mean `DM601`?');
  const rules = dm.rules('nn');
  const listed = cli('rules', '--lang', 'nn').trim().split('\n').map((l) => l.split(/\s+/));
  assert.deepStrictEqual(rules.map((r) => [r.code, r.severity ?? 'off', r.name]), listed.map((l) => l.slice(0, 3)));
  assert.ok(rules.every((r) => r.summary.length > 0 && ['error', 'warning', 'info'].includes(r.defaultSeverity)));
  // The page reads the referat deadline from here rather than copying it.
  assert.equal(rules.find((r) => r.code === 'DM701').params.deadline_days, 7);
  assert.deepStrictEqual(dm.schema(), JSON.parse(cli('schema')));
  assert.equal(typeof dm.version(), 'string');
});

test('parse reads the document with the linter\'s own loader (YAML 1.2), null when unreadable', () => {
  const value = dm.parse('format: dialogmote1/v1\nmeeting:\n  date: 2026-11-16\n  start: "09:00"\nx: yes\n', { path: 'r.yaml' });
  assert.deepStrictEqual(value, { format: 'dialogmote1/v1', meeting: { date: '2026-11-16', start: '09:00' }, x: 'yes' });
  assert.equal(dm.parse('a: [1,\n'), null);
  assert.deepStrictEqual(dm.parse(readFileSync(join(repo, 'tests/fixtures/complete.json')), { path: 'complete.json' }),
    dm.parse(readFileSync(join(repo, 'tests/fixtures/complete.yaml'), 'utf8')));
});

test('bad arguments throw an Error that says what to do', () => {
  const fails = (f, re) => assert.throws(f, (e) => e instanceof Error && e.code === 'options' && re.test(e.message));
  // In the language asked for (`lang`), else bokmål, the API's default.
  fails(() => dm.lint('a: 1'), /trenger `asOf`/);
  fails(() => dm.lint('a: 1', { lang: 'en' }), /needs `asOf`/);
  fails(() => dm.lint('a: 1', { asOf: AS_OF, lang: 'de' }), /unknown variant `de`/);
  fails(() => dm.lint('a: 1', { asof: AS_OF, lang: 'en' }), /^the options of `lint`: unknown field `asof`, expected one of `asOf`/);
  fails(() => dm.lint('a: 1', 'nb'), /^`lint` trenger `options` som et objekt/);
  fails(() => dm.lint(42, { asOf: AS_OF, lang: 'en' }), /^`lint` needs `text` as a string or a Uint8Array$/);
  fails(() => dm.lint(42, { asOf: AS_OF, lang: 'nn' }), /^`lint` treng `text` som ein tekst \(string\) eller ein Uint8Array$/);
  fails(() => dm.render(complete, { format: 'docx', lang: 'en' }), /`html`, `md` or `pdf`/);
  fails(() => dm.render(complete, { format: 'docx' }), /`html`, `md` eller `pdf`/);
  fails(() => dm.explain('DM801', 'se'), /`nb`, `nn` eller `en`/);
  // After an error the module still works.
  assert.equal(dm.lint('format: dialogmote1/v1\n', { asOf: AS_OF }).path, '-');
});

// Every exported function, called with every kind of wrong argument: a
// JavaScript Error with a known `code` and a message, never a bare
// `RuntimeError: memory access out of bounds` (which is what a number
// passed where a string was expected gave) and never a panic.
const CODES = ['options', 'too-large', 'refused', 'unfit', 'unknown-rule', 'pdf', 'internal'];
const MiB = 1024 * 1024;
const cyclic = {};
cyclic.self = cyclic;
const WRONG = [undefined, null, 0, 5, -1, NaN, Infinity, true, false, 10n, Symbol('s'), () => 1, {}, [], [1, 2],
  new Date(0), new ArrayBuffer(4), new Uint16Array(2), new String('DM801'), cyclic, { toJSON() { throw new Error('no'); } }];
const NOT_TEXT = WRONG.filter((v) => typeof v !== 'string');
const NOT_OPTIONS = [0, 5, true, 'nb', 10n, Symbol('s'), () => 1, [], [1], cyclic, { toJSON() { throw new Error('no'); } },
  { lang: 5 }, { lang: 'de' }, { lang: {} }, { asOf: 5 }, { asOf: '20.11.2026' }, { asOf: null }, { path: {} }, { path: 5 },
  { draft: 'yes' }, { format: 5 }, { format: 'docx' }, { unsafe: 1 }, { bogus: 1 }, { date: 5 }, { date: '16.11.2026' },
  { schema: 5 }, { schema: 'a\nb' }, { asOf: AS_OF, nested: { big: 10n } }];
const typed = (what) => (e) => {
  assert.ok(e instanceof Error, `${what}: ${e} is not an Error`);
  assert.ok(!(e instanceof WebAssembly.RuntimeError), `${what}: a bare RuntimeError: ${e.message}`);
  assert.ok(CODES.includes(e.code), `${what}: code ${e.code} (${e.message})`);
  assert.ok(typeof e.message === 'string' && e.message.length > 0, `${what}: no message`);
  return true;
};
const show = (v) => { try { return typeof v === 'bigint' ? `${v}n` : typeof v === 'symbol' ? v.toString() : JSON.stringify(v) ?? String(v); } catch { return String(v); } };

test('every exported function gives an Error with a `code` for every wrong argument, never a RuntimeError', () => {
  let calls = 0;
  const bad = (what, f) => {
    calls++;
    assert.throws(f, typed(what));
  };
  const doc = 'format: dialogmote1/v1\n';
  for (const v of NOT_TEXT) {
    for (const name of ['lint', 'parse', 'fix', 'fixes', 'render']) bad(`${name}(${show(v)})`, () => dm[name](v, name === 'lint' ? { asOf: AS_OF } : undefined));
    bad(`applyFix(${show(v)}, fix)`, () => dm.applyFix(v, { edits: [] }));
    if (v !== undefined && v !== null) {
      bad(`explain(${show(v)})`, () => dm.explain(v));
      bad(`explain('DM801', ${show(v)})`, () => dm.explain('DM801', v));
      bad(`rules(${show(v)})`, () => dm.rules(v));
      bad(`applyFix(doc, {edits: []}, ${show(v)})`, () => dm.applyFix(doc, { edits: [] }, v));
    }
  }
  for (const o of NOT_OPTIONS) {
    for (const name of ['lint', 'parse', 'fix', 'fixes', 'render']) {
      // Options a function does not know are refused too (a misspelt name).
      let ok = true;
      try {
        dm[name](doc, o);
      } catch (e) {
        ok = false;
        typed(`${name}(doc, ${show(o)})`)(e);
      }
      calls++;
      assert.ok(!ok || (name !== 'lint' && typeof o === 'object' && o !== null && !Array.isArray(o) && Object.keys(o).every((k) => k === 'asOf' || k === 'lang' || k === 'path')),
        `${name}(doc, ${show(o)}) was accepted`);
    }
    bad(`template(${show(o)})`, () => dm.template(o));
    bad(`applyFix(doc, ${show(o)})`, () => dm.applyFix(doc, o));
  }
  for (const f of [undefined, null, 'x', {}, { edits: 5 }, { edits: [{}] }, { edits: [{ start: -1, end: 2, replacement: 'x' }] },
    { edits: [{ start: 1e300, end: 1e300, replacement: 'x' }] }, { edits: [{ start: 0, end: 1, replacement: 5 }] },
    { edits: [{ start: 5, end: 1, replacement: '' }] }, { edits: [{ start: 0, end: 99, replacement: '' }] },
    { edits: [{ start: 1.5, end: 2, replacement: '' }] }]) {
    bad(`applyFix(doc, ${show(f)})`, () => dm.applyFix(doc, f));
  }
  bad('explain(5)', () => dm.explain(5));
  bad('explain()', () => dm.explain());
  bad('explain("DM801", "x".repeat(1e6))', () => dm.explain('DM801', 'x'.repeat(1e6)));
  bad('rules(true)', () => dm.rules(true));
  bad('applyFix({}, fix)', () => dm.applyFix({}, { edits: [] }));
  // The functions without arguments ignore any.
  assert.equal(typeof dm.schema(5, {}), 'object');
  assert.equal(dm.hasPdf(Symbol('x')), false);
  assert.equal(typeof dm.version(null), 'string');
  console.log(`# ${calls} calls with wrong arguments, each an Error with a code`);
  // The module still works.
  assert.equal(dm.lint(doc, { asOf: AS_OF }).path, '-');
  assert.equal(dm.applyFix('ab', { edits: [{ start: 0, end: 1, replacement: 'x' }] }), 'xb');
});

test('wrong arguments are told in the language asked for', () => {
  const message = (f) => { try { f(); } catch (e) { return e.message; } return null; };
  assert.equal(message(() => dm.fix(5, { lang: 'en' })), '`fix` needs `text` as a string or a Uint8Array');
  assert.equal(message(() => dm.fix(5, { lang: 'nn' })), '`fix` treng `text` som ein tekst (string) eller ein Uint8Array');
  assert.equal(message(() => dm.fix(5)), '`fix` trenger `text` som en tekst (string) eller en Uint8Array');
  assert.equal(message(() => dm.explain(5, 'en')), '`explain` needs `code` as a string');
  assert.equal(message(() => dm.rules(true)), '`rules` trenger `lang` som en tekst (string)');
  assert.match(message(() => dm.render(complete, { asOf: '1.1.2026', lang: 'nn' })), /^`asOf` må vere ein dato/);
  assert.match(message(() => dm.template({ date: 'x'.repeat(500), lang: 'en' })), /not `x{40}…`$/, 'a long value is cut in the message');
});

test('huge inputs are refused or read as the command line reads them, by their size, before they are copied', (t) => {
  // The page asks the engine for the limit (maxBytes); the default is 8 MiB.
  const max = typeof dm.maxBytes === 'function' ? dm.maxBytes() : 8 * MiB;
  assert.equal(max, 8 * MiB);
  // Over the limit by one byte: lint reports it as the command line does
  // (DM004, with the CLI's very message), parse gives null, render refuses.
  const dir = mkdtempSync(join(tmpdir(), 'dialogmote-huge-'));
  try {
    const big = new Uint8Array(max + 1).fill(0x61);
    const file = join(dir, 'stor.yaml');
    writeFileSync(file, big);
    const expected = JSON.parse(cli('lint', '--format', 'json', '--as-of', AS_OF, '--lang', 'en', file)).files[0];
    const got = dm.lint(big, { asOf: AS_OF, lang: 'en', path: file });
    assert.deepStrictEqual(got, expected);
    assert.deepStrictEqual(got.findings.map((f) => f.code), ['DM004']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const longText = 'a'.repeat(max + 10);
  assert.deepStrictEqual(dm.lint(longText, { asOf: AS_OF }).findings.map((f) => f.code), ['DM004']);
  assert.equal(dm.parse(longText), null);
  assert.throws(() => dm.render(longText, { asOf: AS_OF }), (e) => typed('render')(e) && e.code === 'refused');
  // fix would give the text cut short: refused, in words, with the limit.
  for (const f of [() => dm.fix(longText), () => dm.fixes(longText, { lang: 'en' }), () => dm.applyFix(longText, { edits: [] }, 'en')]) {
    assert.throws(f, (e) => typed('fix')(e) && e.code === 'too-large' && /8 MiB/.test(e.message));
  }
  assert.throws(() => dm.fix(longText, { lang: 'en' }), (e) => e.message === '`fix` was given more than 8 MiB (8388608 bytes), the most it reads: make the document shorter, or split it');
  assert.throws(() => dm.lint('a: 1', { asOf: AS_OF, path: 'x'.repeat(max) }), (e) => typed('options')(e) && e.code === 'too-large');
  // 3 GB (over what WebAssembly's memory can hold): a file entry with
  // DM004 in milliseconds, no "capacity overflow" panic.
  let huge;
  try {
    huge = new Uint8Array(3 * 1024 * MiB);
  } catch {
    t.diagnostic('no 3 GB Uint8Array on this machine: that part is skipped');
    return;
  }
  const t0 = performance.now();
  assert.deepStrictEqual(dm.lint(huge, { asOf: AS_OF }).findings.map((f) => f.code), ['DM004']);
  assert.throws(() => dm.fix(huge), (e) => typed('fix')(e) && e.code === 'too-large');
  assert.equal(dm.parse(huge), null);
  console.log(`# a 3 GB Uint8Array: DM004 in ${(performance.now() - t0).toFixed(0)} ms`);
  assert.equal(typeof dm.maxBytes, 'function', 'the page can ask the engine for its limit');
  // After all this the module still works.
  assert.equal(dm.lint('format: dialogmote1/v1\n', { asOf: AS_OF }).path, '-');
});

test('the package carries TypeScript types for options and results', () => {
  const dts = readFileSync(join(pkg, 'dialogmote.d.ts'), 'utf8');
  for (const decl of [
    'export function lint(text: DocumentInput, options: LintOptions): LintFile;',
    'export function fix(text: DocumentInput, options?: FixOptions): string;',
    'export function render(text: DocumentInput, options: RenderOptions & { format: "pdf" }): Uint8Array;',
    'export function applyFix(text: string, fix: Fix, lang?: Lang): string;',
    'export function hasPdf(): boolean;',
    'export interface Finding {',
    'export interface DialogmoteError extends Error {',
    'export default function __wbg_init',
  ]) {
    assert.ok(dts.includes(decl), `dialogmote.d.ts lacks ${decl}`);
  }
});

test('speed: a lint of the complete example while typing', () => {
  const n = 50;
  dm.lint(complete, { asOf: AS_OF });
  const t0 = performance.now();
  for (let i = 0; i < n; i++) dm.lint(complete + `# ${i}\n`, { asOf: AS_OF, path: 'r.yaml' });
  const ms = (performance.now() - t0) / n;
  console.log(`# lint of examples/complete.yaml in WebAssembly (Node ${process.version}): ${ms.toFixed(2)} ms`);
  assert.ok(ms < 200, `${ms} ms per lint`);
});
