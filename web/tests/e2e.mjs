// End-to-end test of the referat editor (issue 14), as a person would use
// it: Playwright (playwright-core) drives Debian's Chromium headless against
// web/dist served on 127.0.0.1. Run by tests/integration/web.sh:
//
//   MODULES=DIR node web/tests/e2e.mjs DIST_DIR DIALOGMOTE_BIN SHOTS_DIR
//
// Exit 0 = passed. Prints the measured times.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

// playwright-core and axe-core come from MODULES (a folder holding
// node_modules/, as web.sh installs them), else from beside this file.
const require = createRequire(process.env.MODULES ? path.join(path.resolve(process.env.MODULES), 'x.js') : import.meta.url);
const { chromium } = require('playwright-core');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const [dist, bin, shots] = process.argv.slice(2).map((p) => path.resolve(p));
const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const AS_OF = '2026-11-20';
// NAV's synthetic test number (shared/spec/examples/plan/employee-id.txt):
// no person has it, and the export takes it only when told to.
const NAV_TEST_ID = '05908399546';
const CI = Boolean(process.env.CI) && !['false', '0'].includes(process.env.CI);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dialogmote-web-'));

let failures = 0;
function check(ok, what, detail) {
  if (ok) console.log(`ok: ${what}`);
  else {
    failures++;
    console.log(`FAIL: ${what}${detail === undefined ? '' : `\n  ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`}`);
  }
}

/** The CLI's findings on `file` (code, pointer, message), as the page must show them. */
function cli(file, lang = 'nb') {
  const r = spawnSync(bin, ['lint', '--format', 'json', '--as-of', AS_OF, '--lang', lang, file], { encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`dialogmote lint exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
const key = (f) => `${f.code} ${f.pointer}`;

/** The CLI's request to NAV for `file` and the test number (the README's command), as bytes. */
function cliExport(file, sender = ['--lps-name', 'Fjordlager HR', '--lps-email', 'hr@fjordlager.example']) {
  const idFile = path.join(work, 'employee-id.txt');
  fs.writeFileSync(idFile, `${NAV_TEST_ID}\n`);
  const out = path.join(work, `cli-${path.basename(file)}.nav-lps.json`);
  fs.rmSync(out, { force: true });
  const r = spawnSync(bin, ['export', file, '--to', 'nav-lps', '--employee-id-file', idFile, '--allow-synthetic-id', ...sender, '--as-of', AS_OF, '-o', out], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`dialogmote export exited ${r.status}: ${r.stderr}`);
  return fs.readFileSync(out);
}

// ---- The server ----
async function serve() {
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const proc = spawn('python3', ['-m', 'http.server', '--bind', '127.0.0.1', String(port), '-d', dist], { stdio: ['ignore', 'ignore', 'pipe'] });
    for (let i = 0; i < 50; i++) {
      await new Promise((r) => setTimeout(r, 100));
      try {
        const res = await fetch(`http://127.0.0.1:${port}/index.html`);
        if (res.ok) return { proc, origin: `http://127.0.0.1:${port}` };
      } catch {
        if (proc.exitCode !== null) break;
      }
    }
    proc.kill();
  }
  throw new Error('could not start python3 -m http.server');
}

const { proc: server, origin } = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const requests = [];
// What each request carried (its URL, headers and body), to prove that the identity number is in none.
const carried = [];
const problems = [];
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: 'nb-NO' });
  context.on('request', (req) => {
    requests.push(req.url());
    carried.push(`${req.url()} ${JSON.stringify(req.headers())} ${req.postData() ?? ''}`);
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('dialog', (d) => d.accept());

  const linted = () => page.evaluate(() => Number(document.body.dataset.linted || 0));
  // Waits until the page has linted after `action`.
  async function afterLint(action) {
    const before = await linted();
    await action();
    await page.waitForFunction((n) => Number(document.body.dataset.linted || 0) > n, before, { timeout: 15000 });
  }
  const listed = () =>
    page.$$eval('[data-testid="findings"] li[data-code]', (lis) =>
      lis.map((li) => ({ code: li.dataset.code, pointer: li.dataset.pointer, text: li.querySelector('button.go').textContent })),
    );
  async function axe(label, frame = page) {
    await frame.evaluate(axeSource);
    const result = await frame.evaluate(async () => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0]?.target }));
    });
    const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    check(bad.length === 0, `axe-core: no serious or critical violations on ${label} (${result.length} minor)`, bad);
  }
  const noOverflow = async (label) => {
    const [sw, cw] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    check(sw <= cw + 1, `${label}: no horizontal scrolling (${sw} ≤ ${cw} CSS px)`);
  };

  // The identity number, once given to the page, is in no storage, no URL,
  // no field, no part of the document and no copy the page keeps.
  const noTrace = async (when, on = page) => {
    const seen = await on.evaluate((id) => {
      const store = (s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`).join('\n');
      const places = {
        localStorage: store(localStorage),
        sessionStorage: store(sessionStorage),
        url: location.href,
        fields: [...document.querySelectorAll('input, textarea, select')].map((el) => el.value).join('\n'),
        html: document.documentElement.outerHTML,
        kept: JSON.stringify(window.__dialogmote),
        history: JSON.stringify(history.state),
      };
      return Object.entries(places).filter(([, v]) => String(v).includes(id)).map(([k]) => k);
    }, NAV_TEST_ID);
    check(seen.length === 0, `${when}: the identity number is not in localStorage, sessionStorage, the URL, the form, the document or the page`, seen);
  };

  // ---- 1. The empty form ----
  await page.goto(`${origin}/index.html?asOf=${AS_OF}`);
  await page.waitForFunction(() => Number(document.body.dataset.linted || 0) > 0, null, { timeout: 60000 });
  const firstMs = await page.evaluate(() => window.__dialogmote.metrics.firstFindings);
  console.log(`measured: page open to first findings ${firstMs.toFixed(0)} ms`);
  const empty = await listed();
  check(empty.some((f) => f.code === 'DM204') && empty.some((f) => f.code === 'DM301'), 'a new referat lists what is missing (DM204, DM301)', empty.map(key));
  const labelled = await page.evaluate(() =>
    [...document.querySelectorAll('main input, main select, main textarea')].filter((el) => !el.labels || el.labels.length === 0).map((el) => el.id),
  );
  check(labelled.length === 0, 'every field of the form has a label', labelled);
  await axe('the empty form');

  // Every text of the page exists in bokmål, nynorsk and English.
  const untranslated = await page.evaluate(async () => {
    const { TABLE } = await import('./i18n.js');
    return Object.entries(TABLE).filter(([, row]) => row.length !== 3 || row.some((s) => typeof s !== 'string' || s.trim() === '')).map(([k]) => k);
  });
  check(untranslated.length === 0, 'every text of the page is in nb, nn and en', untranslated);

  // The page's YAML writer keeps each document's meaning: every fixture the
  // engine reads, written anew by the form's writer, gets the same codes
  // (pointers may be more specific: the writer puts every field, as null).
  const corpus = [...fs.readdirSync(path.join(repo, 'tests/fixtures')).map((n) => path.join(repo, 'tests/fixtures', n)), path.join(repo, 'examples/complete.yaml')]
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .map((f) => ({ name: path.basename(f), text: fs.readFileSync(f, 'utf8') }));
  const roundTrip = await page.evaluate(
    async ({ corpus, asOf }) => {
      const engine = await import('./pkg/dialogmote.js');
      const doc = await import('./doc.js');
      const codes = (file) => file.findings.map((f) => f.code).sort().join(' ');
      const out = [];
      for (const { name, text } of corpus) {
        const path = name.endsWith('.json') ? 'x.json' : 'x.yaml';
        const value = engine.parse(text, { path });
        if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
        // The page always writes `format`, and writes each known section (as
        // null when empty) beside a misspelt one it keeps: documents without
        // `format` or with unknown top-level keys legitimately differ.
        if (value.format === undefined || Object.keys(value).some((k) => !(k in doc.ORDER))) continue;
        // Comments hold suppressions and may hold personal data: the writer drops them.
        if (/(^|\s)#/m.test(text) && /dialogmote:|\d{6}/.test(text.split('\n').filter((l) => /(^|\s)#/.test(l)).join('\n'))) continue;
        const before = codes(engine.lint(text, { asOf, path }));
        const after = codes(engine.lint(doc.toYaml(value, 'x'), { asOf, path: 'x.yaml' }));
        out.push({ name, before, after });
      }
      return out;
    },
    { corpus, asOf: AS_OF },
  );
  const differ = roundTrip.filter((r) => r.before !== r.after);
  check(roundTrip.length > 20 && differ.length === 0, `the page's YAML writer keeps the findings of ${roundTrip.length} fixtures`, differ);

  // Keyboard: Tab reaches the file input and the language switch.
  await page.keyboard.press('Tab');
  const reached = new Set();
  for (let i = 0; i < 12; i++) {
    reached.add(await page.evaluate(() => document.activeElement?.id || document.activeElement?.dataset?.testid || document.activeElement?.tagName));
    await page.keyboard.press('Tab');
  }
  check(reached.has('open-file') && reached.has('lang') && reached.has('export'), 'the toolbar is reached with Tab', [...reached]);

  // ---- 2. Open a referat with mistakes: the CLI's findings ----
  const mistakes = path.join(work, 'referat-med-feil.yaml');
  fs.copyFileSync(path.join(repo, 'web/tests/referat-med-feil.yaml'), mistakes);
  await afterLint(() => page.setInputFiles('[data-testid="open-file"]', mistakes));
  const notShown = await page.$eval('#not-shown', (el) => el.textContent).catch(() => '');
  check(notShown.includes('«x_internal_id»') && !/\/[a-z_]/.test(notShown), 'what the form has no field for is listed by name, not dropped, and no pointer is shown', notShown);
  check((await page.inputValue('#f-sick_leave-start')) === '2026-10-05', 'a date written 05.10.2026 shows in its date field, as the date it means');
  const expected = cli(mistakes).files[0].findings.map(key);
  const got = (await listed()).map(key);
  check(JSON.stringify(got) === JSON.stringify(expected), `opened file: the same codes and pointers as the CLI (${got.length} findings)`, { got, expected });

  // A finding focuses its field when clicked.
  const withField = (await listed()).find((f) => f.pointer.startsWith('/meeting') || f.pointer.startsWith('/participants/'));
  if (withField) {
    await page.click(`[data-testid="findings"] li[data-pointer="${withField.pointer}"][data-code="${withField.code}"] button.go`);
    const focused = await page.evaluate(() => document.activeElement?.dataset?.pointer || document.activeElement?.id);
    check(typeof focused === 'string' && (focused.startsWith(withField.pointer) || withField.pointer.startsWith(focused)), `clicking ${withField.code} focuses its field`, { focused, pointer: withField.pointer });
  }

  // ---- 3. Click a fix: its finding goes ----
  const fixable = await page.$('[data-testid="findings"] li[data-code] button.fix');
  check(Boolean(fixable), 'a finding with a fix shows it as a button');
  if (fixable) {
    const li = await fixable.evaluateHandle((b) => b.closest('li'));
    const target = await li.evaluate((el) => ({ code: el.dataset.code, pointer: el.dataset.pointer }));
    await afterLint(() => fixable.click());
    const after = (await listed()).map(key);
    check(!after.includes(key(target)), `after the fix, ${key(target)} is gone`, after);
    // The page's text is the CLI's fix: lint the text now shown and compare.
    const text = await page.$eval('#yaml', (el) => el.value);
    const fixedFile = path.join(work, 'fixed.yaml');
    fs.writeFileSync(fixedFile, text);
    check(JSON.stringify(after) === JSON.stringify(cli(fixedFile).files[0].findings.map(key)), 'after the fix, the page and the CLI agree on the text');
  }

  // ---- 3b. A referat written by hand, by someone who does not know YAML ----
  // Norwegian dates and times, ja and nei, «fysisk», «100 %», «NAV», a
  // participant without «Deltok»: every field it can is filled, the page
  // speaks the form's words, and its own buttons mend it to no errors.
  const hand = path.join(work, 'referat-skrevet-for-hand.yaml');
  fs.copyFileSync(path.join(repo, 'web/tests/referat-skrevet-for-hand.yaml'), hand);
  await afterLint(() => page.setInputFiles('[data-testid="open-file"]', hand));
  // The keys of the format, to find one shown in backticks.
  const formatKeys = await page.evaluate(async () => {
    const { ORDER, ROLES } = await import('./doc.js');
    const keys = new Set();
    const walk = (spec) => {
      if (!spec || typeof spec !== 'object') return;
      for (const [k, v] of Object.entries(spec)) {
        if (k !== 'items') keys.add(k);
        walk(v);
      }
    };
    walk(ORDER);
    // A role is a value as well as a key of «Status» (`lege`): a role word is not a key.
    return [...keys].filter((k) => !ROLES.includes(k));
  });
  // The page as a person sees it: no pointer, no key in backticks, no true or false.
  async function speaksPlainly(when) {
    const text = await page.evaluate(() => document.body.innerText);
    const pointers = text.match(/\/(format|employer|meeting|sick_leave|follow_up_plan|participants|introduction|status|solutions|conclusion|referat|revised_plan)\b\S*/g) ?? [];
    const keys = formatKeys.filter((k) => new RegExp('`' + k + '\\b').test(text));
    const bools = text.match(/\b(true|false)\b/g) ?? [];
    check(pointers.length === 0 && keys.length === 0 && bools.length === 0, `${when}: the page shows no pointer, no key in backticks and no true/false`, { pointers, keys, bools });
  }
  await speaksPlainly('a hand-written referat opened');
  const filled = await page.evaluate(() => ({
    date: document.querySelector('#f-meeting-date').value,
    due: document.querySelector('#f-conclusion-actions-0-due').value,
    start: document.querySelector('#f-meeting-start').value,
    mode: document.querySelector('#f-meeting-mode').selectedOptions[0]?.textContent,
    attended: document.querySelector('#f-participants-0-attended').selectedOptions[0]?.textContent,
    purpose: document.querySelector('#f-introduction-covered-purpose').checked,
    dateFinding: document.querySelector('#ff-meeting-date').textContent,
    dateFix: Boolean(document.querySelector('#ff-meeting-date button.fix')),
    dueWords: document.querySelector('#ff-conclusion-actions-0-due').textContent,
    purposeFinding: document.querySelector('#ff-introduction-covered-purpose').textContent,
  }));
  check(filled.date === '2026-11-16' && filled.due === '2026-11-23', 'dates written 16.11.2026 show in their date fields, as the dates they mean', filled);
  check(filled.dateFix && filled.dateFinding.length > 0, 'beside the date field: its finding and its fix', filled.dateFinding);
  check(/velg en dato i «Når \(frist\)»/.test(filled.dueWords), 'beside the due date of a task: the form\'s words, "velg en dato i «Når (frist)»"', filled.dueWords);
  check(filled.start === '09:00', 'a time written kl. 9 shows in its time field', filled.start);
  check(filled.mode === 'Fysisk møte', '«fysisk» shows as «Fysisk møte» in the mode field', filled.mode);
  check(filled.attended === 'Ja' && filled.purpose === true, '«ja» shows as Ja in «Deltok» and as a tick in a checkbox, each with its finding', filled);
  check(/kryss av for/.test(filled.purposeFinding), 'beside a checkbox: "kryss av for …"', filled.purposeFinding);
  const notice = await page.evaluate(() => {
    const box = document.querySelector('#not-shown');
    return box ? { first: box.firstElementChild?.id, text: box.innerText } : null;
  });
  console.log(`the notice after opening: ${notice?.text.replace(/\n+/g, ' | ')}`);
  check(notice && notice.first === 'fix-all', 'the notice starts with «Rett alt som kan rettes»', notice);
  check(notice && !/Deltok|Dato|Frist/.test(notice.text), 'the notice lists only what no field can show', notice?.text);

  // DM105, a participant without «Deltok»: its finding focuses «Deltok».
  const dm105 = (await listed()).find((f) => f.code === 'DM105');
  check(Boolean(dm105), 'a participant without «Deltok» is found (DM105)');
  if (dm105) {
    await page.click(`[data-testid="findings"] li[data-code="DM105"][data-pointer="${dm105.pointer}"] button.go`);
    const focused = await page.evaluate(() => document.activeElement?.id);
    check(focused === 'f-participants-2-attended', 'clicking DM105 focuses that participant\'s «Deltok», not «Navn»', focused);
  }

  // «Rett alt som kan rettes», then what no fix can, with the form's controls.
  await afterLint(() => page.click('#fix-all'));
  await speaksPlainly('after «Rett alt som kan rettes»');
  const afterAll = await listed();
  console.log(`after «Rett alt som kan rettes»: ${afterAll.map(key).join(', ')}`);
  await afterLint(() => page.selectOption('#f-participants-2-attended', 'true'));
  for (const f of await listed()) {
    // A measure's plain «ja» asks which: the person chooses.
    const m = /^\/solutions\/measures\/([a-z_]+)\/decision$/.exec(f.pointer);
    if (m) await afterLint(() => page.selectOption(`#f-solutions-measures-${m[1]}-decision`, 'apply'));
  }
  for (const f of await listed()) {
    if (f.pointer === '/sick_leave/grade') await afterLint(() => page.fill('#f-sick_leave-grade', '100'));
  }
  const handErrors = await page.$eval('#counts', (el) => Number(el.dataset.errors));
  check(handErrors === 0, 'the hand-written referat is mended to 0 errors with the page\'s own buttons and fields', (await listed()).map(key));
  await speaksPlainly('the mended referat');
  const mendedFile = path.join(work, 'mended.yaml');
  fs.writeFileSync(mendedFile, await page.$eval('#yaml', (el) => el.value));
  check(cli(mendedFile).summary.errors === 0, 'dialogmote lint agrees: the mended referat has no errors');

  // «Hvem gjør hva når» readable at 1280 px and, stacked, at 375 px.
  const table = page.locator('table.actions');
  await table.scrollIntoViewIfNeeded();
  const wide = await page.evaluate(() => {
    const th = (c) => document.querySelector(`table.actions thead th.${c}`).getBoundingClientRect().width;
    const owner = document.querySelector('#f-conclusion-actions-1-owner');
    return { what: th('a-what'), owner: th('a-owner'), ownerCut: owner.scrollWidth > owner.clientWidth };
  });
  check(wide.what >= 250 && wide.owner >= 140 && !wide.ownerCut, `at 1280 px: «Hva» ${wide.what.toFixed(0)} px wide, «Hvem» ${wide.owner.toFixed(0)} px and not cut`, wide);
  await table.screenshot({ path: path.join(shots, 'web-actions-1280.png') });
  await page.setViewportSize({ width: 375, height: 800 });
  await table.scrollIntoViewIfNeeded();
  const narrow = await page.evaluate(() => {
    const cap = document.querySelector('table.actions caption');
    const line = parseFloat(getComputedStyle(cap).lineHeight) || 24;
    const row = document.querySelector('table.actions tbody tr');
    const width = (id) => document.querySelector(id).getBoundingClientRect().width;
    const what = width('#f-conclusion-actions-0-what');
    const owner = width('#f-conclusion-actions-1-owner');
    const measure = width('#f-conclusion-actions-1-measure');
    return { captionLines: Math.round(cap.getBoundingClientRect().height / line), stacked: getComputedStyle(row).display === 'block', what, owner, measure };
  });
  check(narrow.stacked && narrow.captionLines <= 2 && Math.min(narrow.what, narrow.owner, narrow.measure) >= 250,
    `at 375 px: the tasks are stacked cards, the caption ${narrow.captionLines} line(s), «Hva», «Hvem» and the measure each the card's width (${narrow.what.toFixed(0)}, ${narrow.owner.toFixed(0)}, ${narrow.measure.toFixed(0)} px)`, narrow);
  await noOverflow('at 375 px, the hand-written referat');
  await table.screenshot({ path: path.join(shots, 'web-actions-375.png') });
  await page.setViewportSize({ width: 1280, height: 900 });

  // When the PDF part cannot be loaded, the page says so in words, not as
  // findings that stop the referat (a page of its own, the same draft).
  {
    const lost = await context.newPage();
    await lost.route('**/pkg-pdf/**', (route) => route.abort());
    await lost.goto(`${origin}/index.html?asOf=${AS_OF}`);
    await lost.waitForFunction(() => Number(document.body.dataset.linted || 0) > 0, null, { timeout: 60000 });
    await lost.click('#show-preview');
    await lost.waitForFunction(() => document.body.dataset.preview === 'ready', null, { timeout: 30000 });
    await lost.click('#download-pdf');
    await lost.waitForFunction(() => document.querySelector('#preview-note').textContent.length > 0, null, { timeout: 30000 });
    const said = await lost.textContent('#preview-note');
    check(/^PDF-en kunne ikke lages: nettleseren fikk ikke lastet inn/.test(said) && !/funnene|Failed to fetch/.test(said), 'a PDF part that cannot be loaded is said in words, not as findings', said);
    await lost.close();
  }

  // Its PDF, in the default build: the PDF part is loaded when asked for.
  await page.click('#show-preview');
  await page.waitForFunction(() => document.body.dataset.preview === 'ready', null, { timeout: 30000 });
  const [handPdf] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.click('#download-pdf')]);
  const handPdfFile = path.join(work, 'hand.pdf');
  await handPdf.saveAs(handPdfFile);
  check(fs.readFileSync(handPdfFile).subarray(0, 5).toString() === '%PDF-', 'the mended referat downloads as a PDF in the default build');
  await axe('the mended hand-written referat');
  await page.click('#close-preview');

  // ---- 4. A new referat through the form only, until no errors ----
  await page.click('#new');
  await page.waitForFunction(() => document.querySelector('#f-meeting-start') && document.querySelector('#f-meeting-start').value === '');
  const typed = [];
  async function fill(id, value) {
    const t0 = Date.now();
    await afterLint(() => page.fill(`#${id}`, value));
    typed.push(Date.now() - t0);
  }
  async function choose(id, value) {
    await afterLint(() => page.selectOption(`#${id}`, value));
  }
  async function tick(id) {
    await afterLint(() => page.check(`#${id}`));
  }
  await fill('f-meeting-start', '09:00');
  await fill('f-meeting-end', '09:40');
  await choose('f-meeting-mode', 'in_person');
  await fill('f-meeting-location', 'Møterom Fjord');
  // The employer, near the top (follow-up-plan.md §1).
  await fill('f-employer-name', 'Fjordlager AS');
  await fill('f-employer-organisation_number', '123456785');
  await fill('f-employer-sub_unit_number', '987654325');
  await fill('f-employer-nearest_leader-name', 'Ola Hansen');
  await fill('f-employer-nearest_leader-phone', '+47 99 99 99 99');
  await fill('f-employer-nearest_leader-email', 'ola.hansen@fjordlager.example');
  await fill('f-sick_leave-start', '2026-10-05');
  await fill('f-sick_leave-grade', '100');
  await fill('f-follow_up_plan-date', '2026-10-29');
  await fill('f-follow_up_plan-sent_to_doctor', '2026-10-30');
  await fill('f-participants-0-name', 'Kari Nordmann');
  await choose('f-participants-0-attended', 'true');
  await fill('f-participants-1-name', 'Ola Hansen');
  await fill('f-participants-1-function', 'nærmeste leder');
  await choose('f-participants-1-attended', 'true');
  await fill('f-participants-2-name', 'Per Berg');
  await choose('f-participants-2-attended', 'true');
  await choose('f-participants-3-attended', 'false');
  await fill('f-participants-3-absence_reason', 'Virksomheten har ingen avtale med bedriftshelsetjeneste.');
  // A tillitsvalgt, added with the button.
  await afterLint(() => page.getByRole('button', { name: /Tillitsvalgt/ }).click());
  await fill('f-participants-4-name', 'Nina Lund');
  await choose('f-participants-4-attended', 'true');
  await fill('f-introduction-minutes', '5');
  for (const k of ['purpose', 'introductions', 'goals', 'confidentiality', 'time_frame']) await tick(`f-introduction-covered-${k}`);
  await fill('f-introduction-notes', 'Alle presenterte seg og sin rolle.');
  await fill('f-status-minutes', '10');
  await fill('f-status-arbeidstaker-functional_ability', 'Orker kortere økter med kontorarbeid.');
  // Typed key by key, as a person does: the lint time per keystroke burst.
  await page.focus('#f-status-arbeidstaker-adjustments_experience');
  await afterLint(() => page.keyboard.type('Fleksibel oppmøtetid har fungert godt.', { delay: 20 }));
  await fill('f-status-arbeidsgiver-adjustments_made', 'Fleksibel oppmøtetid fra uke 43.');
  await fill('f-status-arbeidsgiver-what_worked', 'Fleksibel oppmøtetid.');
  await fill('f-status-lege', 'Gradvis opptrapping er forsvarlig.');
  await fill('f-status-summary', 'Arbeidstaker kan starte med kontorarbeid.');
  await fill('f-solutions-minutes', '15');
  await fill('f-solutions-proposals-0-description', 'Gradert sykmelding 50 % med kontoroppgaver.');
  await choose('f-solutions-proposals-0-proposed_by', 'arbeidstaker');
  await choose('f-solutions-proposals-0-employer_assessment', 'feasible');
  await fill('f-solutions-proposals-0-employer_comment', 'Oppgavene kan omfordeles.');
  await choose('f-solutions-proposals-0-medical_assessment', 'sound');
  await choose('f-solutions-proposals-0-medical_assessor', 'lege');
  for (const m of ['gradert_sykmelding', 'tilretteleggingstilskudd', 'avklaring_rehabilitering_oppfolging', 'helsetjenester_lettere_psykiske_lidelser', 'fritak_arbeidsgiverperiode', 'kid_kurs', 'arbeidsplassvurdering', 'arbeidsplasshjelpemidler'])
    await choose(`f-solutions-measures-${m}-decision`, m === 'gradert_sykmelding' ? 'apply' : 'not_relevant');
  await fill('f-conclusion-minutes', '10');
  await fill('f-conclusion-assessed', 'Gradert sykmelding og hjemmekontor.');
  await fill('f-conclusion-agreed', 'Arbeidstaker starter på 50 % fra 23. november.');
  await choose('f-conclusion-workplace_arena', 'true');
  await fill('f-conclusion-workplace_arena_how', 'Samtale med nærmeste leder hver fjortende dag.');
  await fill('f-conclusion-actions-0-what', 'Skrive gradert sykmelding 50 %.');
  await fill('f-conclusion-actions-0-owner', 'lege');
  await fill('f-conclusion-actions-0-due', '2026-11-23');
  await choose('f-conclusion-actions-0-measure', 'gradert_sykmelding');
  await fill('f-conclusion-next_follow_up', '2026-12-14');
  await fill('f-referat-author', 'Ola Hansen');

  // ---- 4b. The revised follow-up plan, and the request to NAV ----
  check(!(await page.$('#s-revised_plan')), 'the section «Revidert oppfølgingsplan» is closed until the referat says it is one');
  await tick('f-referat-revised_follow_up_plan');
  check(Boolean(await page.$('#s-revised_plan')), 'ticking «Referatet er en revidert oppfølgingsplan» opens the section');
  const planFound = (await listed()).filter((f) => f.pointer.startsWith('/revised_plan'));
  const dm901 = planFound.filter((f) => f.code === 'DM901').map((f) => f.pointer);
  check(dm901.length === 10 && dm901.every((p) => /^\/revised_plan\/[a-z_]+$/.test(p)), `an empty plan: each missing field found at its own place (${dm901.length} × DM901)`, planFound.map(key));
  const beside = await page.evaluate(() =>
    ['typical_workday', 'evaluation_date', 'employee_involved', 'share_with_doctor'].map((k) => [k, document.querySelector(`#ff-revised_plan-${k}`)?.textContent ?? '']),
  );
  check(beside.every(([, t]) => t.length > 0), 'each finding of the plan is shown beside its field (a text, a date, a yes/no question)', beside);
  const involvedWords = await page.textContent('#ff-revised_plan-employee_involved');
  check(/velg ja eller nei i «Arbeidstakeren har medvirket»/.test(involvedWords), 'beside a yes/no question: "velg ja eller nei i «…»"', involvedWords);
  await page.click('[data-testid="findings"] li[data-code="DM901"][data-pointer="/revised_plan/employee_involved"] button.go');
  check((await page.evaluate(() => document.activeElement?.id)) === 'f-revised_plan-employee_involved', 'clicking a finding of a yes/no question focuses its «Ja»');
  await page.click('[data-testid="findings"] li[data-code="DM901"][data-pointer="/revised_plan/typical_workday"] button.go');
  check((await page.evaluate(() => document.activeElement?.id)) === 'f-revised_plan-typical_workday', 'clicking a finding of a text focuses its text area');
  const labels = await page.evaluate(() => [...document.querySelectorAll('#s-revised_plan legend, #s-revised_plan label')].map((el) => el.textContent));
  check(['Typisk arbeidshverdag', 'Arbeidsoppgaver som kan utføres', 'Evalueringsdato', 'Arbeidstakeren har medvirket', 'Sendes til NAV', 'Kontaktperson hos arbeidsgiveren'].every((l) => labels.includes(l)),
    'the plan\'s fields have the catalogue\'s words', labels);
  await speaksPlainly('the revised plan, open and empty');
  await axe('the section «Revidert oppfølgingsplan», open and empty');

  const idField = await page.$eval('#nav-employee-id', (el) => ({ autocomplete: el.getAttribute('autocomplete'), name: el.name, pointer: el.dataset.pointer ?? null, label: el.labels?.[0]?.textContent }));
  check(idField.autocomplete === 'off' && idField.name === '' && idField.pointer === null && idField.label === 'Arbeidstakerens fødselsnummer eller D-nummer',
    'the identity number\'s field: labelled, autocomplete="off", no name, no place in the document', idField);
  // A request before the plan is complete is refused: what stops it, in
  // words, and the first such field focused; the number is gone.
  await page.fill('#nav-employee-id', NAV_TEST_ID);
  await page.check('#nav-synthetic');
  await page.click('#nav-export');
  await page.waitForFunction(() => document.querySelectorAll('#nav-result li').length > 0, null, { timeout: 15000 });
  const navRefusal = await page.evaluate(() => ({
    text: document.querySelector('#nav-result').innerText,
    items: document.querySelectorAll('#nav-result li').length,
    focused: document.activeElement?.dataset?.pointer ?? document.activeElement?.id,
    id: document.querySelector('#nav-employee-id').value,
  }));
  console.log(`the refused request: ${navRefusal.text.replace(/\n+/g, ' | ')}`);
  check(navRefusal.items >= 10 && /^Planen kan ikke sendes til NAV/.test(navRefusal.text) && /«Typisk arbeidshverdag»/.test(navRefusal.text),
    `a request for an empty plan is refused, its ${navRefusal.items} findings listed in words`, navRefusal.text);
  check(!/DM\d{3}/.test(navRefusal.text) && !navRefusal.text.includes(NAV_TEST_ID) && !/\/(revised_plan|employer|referat)\b/.test(navRefusal.text) && !/Fjordlager|Ola Hansen/.test(navRefusal.text),
    'the refusal shows no code, no pointer, no identity number and none of the document\'s text', navRefusal.text);
  check(typeof navRefusal.focused === 'string' && navRefusal.focused.startsWith('/revised_plan/'), 'the refusal focuses the first field it names', navRefusal.focused);
  check(navRefusal.id === '', 'the identity number field is emptied after use');
  await page.fill('#nav-employee-id', '0590839954');
  await page.click('#nav-export');
  const badId = await page.evaluate(() => ({ text: document.querySelector('#nav-result').innerText, focused: document.activeElement?.id }));
  check(/^Forespørselen ble ikke laget: Fødselsnummeret har ikke 11 siffer\.$/.test(badId.text.trim()) && badId.focused === 'nav-employee-id',
    'a number that is not one is said in words, without the number, and its field focused', badId);

  // The plan through the form, as NAV's form asks it.
  await fill('f-revised_plan-date', '2026-11-20');
  await fill('f-revised_plan-first_date', '2026-10-29');
  await fill('f-revised_plan-version', '2');
  await fill('f-revised_plan-typical_workday', 'Lagermedarbeider: varemottak, plukk og pakking, registrering på PC.');
  await fill('f-revised_plan-tasks_possible', 'Kontoroppgaver i kortere økter.');
  await fill('f-revised_plan-tasks_not_possible', 'Tunge løft, plukk og pakking.');
  await fill('f-revised_plan-previous_adjustments', 'Fleksibel oppmøtetid fra uke 43 har fungert godt.');
  await fill('f-revised_plan-planned_adjustments', 'Kontoroppgaver 50 % fra 23. november.');
  await fill('f-revised_plan-follow_up', 'Samtale med nærmeste leder hver fjortende dag.\nPlanen evalueres 14. desember.');
  await fill('f-revised_plan-evaluation_date', '2026-12-14');
  await tick('f-revised_plan-employee_involved');
  await tick('f-revised_plan-share_with_nav');
  await tick('f-revised_plan-needs_help_from_nav');
  await fill('f-revised_plan-needs_help_description', 'Hjelp til å søke om arbeidsplasshjelpemidler.');
  await tick('f-revised_plan-share_with_doctor');
  await fill('f-revised_plan-message_to_doctor', 'Planen ble revidert i dialogmøte 1.');
  const planLeft = (await listed()).filter((f) => f.pointer.startsWith('/revised_plan') || f.pointer.startsWith('/employer'));
  check(planLeft.length === 0, 'the employer and the plan, filled through the form, leave no finding', planLeft.map(key));
  const plan = page.locator('#s-revised_plan');
  await plan.scrollIntoViewIfNeeded();
  await plan.screenshot({ path: path.join(shots, 'web-revised-plan-1280.png') });
  await page.setViewportSize({ width: 375, height: 800 });
  await noOverflow('at 375 px, the revised plan');
  await plan.screenshot({ path: path.join(shots, 'web-revised-plan-375.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
  await axe('the section «Revidert oppfølgingsplan», filled');
  const recipients = await page.$$eval('[data-recipient]', (bs) => bs.filter((b) => b.checked).map((b) => b.dataset.recipient));
  check(JSON.stringify(recipients) === JSON.stringify(['arbeidstaker', 'arbeidsgiver', 'lege', 'tillitsvalgt', 'nav']), 'recipients are pre-filled from who attended, plus NAV', recipients);
  const counts = await page.$eval('#counts', (el) => ({ errors: Number(el.dataset.errors), text: el.textContent }));
  const left = await listed();
  check(counts.errors === 0, `the form alone gives a referat with no errors (${counts.text})`, left.map(key));
  const deadline = await page.$eval('#deadline', (el) => el.textContent);
  check(deadline.includes('27.11.2026'), `the summary shows the deadline (${deadline})`);
  // Sent the day it is written: nothing is left for the engine to say.
  await fill('f-referat-sent', AS_OF);
  const lints = await page.evaluate(() => window.__dialogmote.metrics.lints);
  const sorted = [...lints].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`measured: per lint while typing, median ${median.toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms over ${lints.length} lints`);

  // Export, and the CLI agrees it is clean.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-yaml"]')]);
  const exported = path.join(work, await download.suggestedFilename());
  await download.saveAs(exported);
  const report = cli(exported);
  check(report.summary.errors === 0, `dialogmote lint finds the exported ${path.basename(exported)} free of errors`, report.files[0].findings.map(key));
  const shownNow = await listed();
  check(JSON.stringify(report.files[0].findings.map(key)) === JSON.stringify(shownNow.map(key)), 'the exported file: the page and the CLI list the same findings');
  const draftOrder = fs.readFileSync(exported, 'utf8').split('\n').filter((l) => /^[a-z_]+:/.test(l)).map((l) => l.split(':')[0]);
  check(JSON.stringify(draftOrder) === JSON.stringify(['format', 'employer', 'meeting', 'sick_leave', 'follow_up_plan', 'participants', 'introduction', 'status', 'solutions', 'conclusion', 'referat', 'revised_plan']),
    'the export has the sections in the order of dialogmote new and the engine\'s model (the employer first, the plan last)', draftOrder);
  check(report.files[0].findings.length === 0 && shownNow.length === 0, 'dialogmote lint reads the saved referat, with its employer and revised plan, as clean (and so does the page)', report.files[0].findings.map(key));

  // The request to NAV from the page: exactly the bytes the CLI writes for
  // the saved file and the same number, and the number nowhere else.
  await page.fill('#nav-employee-id', NAV_TEST_ID);
  await page.fill('#nav-lps-name', 'Fjordlager HR');
  await page.fill('#nav-lps-email', 'hr@fjordlager.example');
  if (!(await page.isChecked('#nav-synthetic'))) await page.check('#nav-synthetic');
  // Offline, as the lint above: the request is made in the page and sent nowhere.
  const sentBefore = requests.filter((u) => !u.startsWith('blob:')).length;
  await context.setOffline(true);
  const [navDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-nav"]')]);
  await context.setOffline(false);
  check(requests.filter((u) => !u.startsWith('blob:')).length === sentBefore, 'making the request to NAV sends nothing (offline, no request but the download of its own Blob)');
  const navFile = path.join(work, 'page-nav-lps.json');
  await navDownload.saveAs(navFile);
  check(navDownload.suggestedFilename() === 'nav-lps.json', 'the request downloads as nav-lps.json', navDownload.suggestedFilename());
  const navBytes = fs.readFileSync(navFile);
  check(navBytes.equals(cliExport(exported)), `the request the page downloads is the CLI's, byte for byte (${navBytes.length} bytes)`, navBytes.toString().slice(0, 200));
  check(navBytes.includes(NAV_TEST_ID), 'the request holds the identity number (its only place)');
  await noTrace('after the request to NAV');
  // Not sent after all: the page and the CLI then have a finding to say in nynorsk (step 5).
  await fill('f-referat-sent', '');
  const [unsentDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-yaml"]')]);
  const unsent = path.join(work, 'unsent.yaml');
  await unsentDownload.saveAs(unsent);

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, 'web-form.png') });
  await axe('the filled form');

  // The draft is kept in the browser, and deleted by its button.
  await page.reload();
  await page.waitForFunction(() => Number(document.body.dataset.linted || 0) > 0);
  check((await page.inputValue('#f-meeting-location')) === 'Møterom Fjord', 'the draft is restored from the browser after a reload');

  // Offline once loaded: no request is needed to lint.
  const before = requests.length;
  await context.setOffline(true);
  await fill('f-meeting-location', 'Møterom Fjord, Tromsø');
  await context.setOffline(false);
  check(requests.length === before, 'typing and linting make no request');

  // ---- 5. Nynorsk ----
  await afterLint(() => page.selectOption('#lang', 'nn'));
  check((await page.textContent('h1')) === 'Referat frå dialogmøte 1', 'the page switches to nynorsk');
  const nnCli = cli(unsent, 'nn').files[0].findings;
  const nnPage = await listed();
  check(nnCli.length > 0 && nnCli.length === nnPage.length && nnCli.every((f, i) => nnPage[i].text.includes(f.message)), 'findings are shown in nynorsk, as the CLI writes them with --lang nn', { nnPage: nnPage.map((f) => f.text), nnCli: nnCli.map((f) => f.message) });
  check((await page.$eval('html', (el) => el.lang)) === 'nn', 'the page says it is in nynorsk (lang="nn")');

  // ---- 6. The preview ----
  await page.click('#show-preview');
  await page.waitForFunction(() => document.body.dataset.preview === 'ready', null, { timeout: 30000 });
  const frame = page.frames().find((f) => f !== page.mainFrame());
  const heading = await frame.textContent('h1');
  check(/Referat frå dialogmøte 1/.test(heading), `the preview shows the rendered referat in nynorsk ("${heading}")`);
  const styled = await frame.evaluate(() => getComputedStyle(document.querySelector('h1')).fontSize !== getComputedStyle(document.body).fontSize);
  check(styled, "the preview carries the referat's stylesheet");
  await page.$eval('[data-testid="preview"]', (el) => el.scrollIntoView());
  await page.screenshot({ path: path.join(shots, 'web-preview.png') });
  await axe('the page with the preview open');
  // The preview frame runs no scripts (sandbox), so axe checks the same HTML in a page of its own.
  const previewHtml = await page.evaluate(() => window.__dialogmote.previewHtml);
  const axePage = await context.newPage();
  await axePage.setContent(previewHtml);
  await axe('the preview', axePage);
  await axePage.close();
  const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 30000 }), page.click('#download-pdf')]);
  const pdfFile = path.join(work, 'referat.pdf');
  await pdf.saveAs(pdfFile);
  check(fs.readFileSync(pdfFile).subarray(0, 5).toString() === '%PDF-', 'the PDF download is a PDF');

  // ---- 7. Narrow screens: 320 px, and 200 % zoom of a 1280 px window ----
  await page.setViewportSize({ width: 320, height: 800 });
  await noOverflow('at 320 px');
  await page.setViewportSize({ width: 640, height: 450 });
  await noOverflow('at 200 % zoom (1280 × 900 at 200 %)');

  await page.setViewportSize({ width: 1280, height: 900 });

  // ---- 8. A file too large: refused by its size in words, at once ----
  const yamlBefore = await page.$eval('#yaml', (el) => el.value);
  const huge = path.join(work, 'stor.yaml');
  fs.writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 'a: b\n'));
  const t0 = Date.now();
  await page.setInputFiles('[data-testid="open-file"]', huge);
  await page.waitForFunction(() => /MiB/.test(document.querySelector('#status').textContent), null, { timeout: 15000 });
  const refusedMs = Date.now() - t0;
  const status = await page.textContent('#status');
  check(status === 'stor.yaml vart ikkje opna: fila er større enn 8 MiB, det meste kontrollen les. Del opp referatet, eller gjer det kortare.',
    `a 50 MB file is refused by its size, in words, in ${refusedMs} ms (the page was frozen ~18 s)`, status);
  check(refusedMs < 3000 && (await page.$eval('#yaml', (el) => el.value)) === yamlBefore, 'the refused file leaves the document as it was, and the page answers at once');

  // ---- 9. A UTF-16 file: the engine reads its bytes, with the CLI's finding and message ----
  const text16 = fs.readFileSync(mistakes, 'utf8');
  const be = (b) => Buffer.from(b).swap16();
  for (const [name, bytes] of [
    ['referat-utf16le-bom.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text16, 'utf16le')])],
    ['referat-utf16le.yaml', Buffer.from(text16, 'utf16le')],
    ['referat-utf16be-bom.yaml', Buffer.concat([Buffer.from([0xfe, 0xff]), be(Buffer.from(text16, 'utf16le'))])],
  ]) {
    const utf16 = path.join(work, name);
    fs.writeFileSync(utf16, bytes);
    await afterLint(() => page.setInputFiles('[data-testid="open-file"]', utf16));
    const utf16Cli = cli(utf16, 'nn').files[0].findings;
    const utf16Page = await listed();
    check(utf16Cli.length > 0 && JSON.stringify(utf16Page.map(key)) === JSON.stringify(utf16Cli.map(key)) && utf16Cli.every((f, i) => utf16Page[i].text.includes(f.message)),
      `${name}: the same findings and messages as the CLI (${utf16Cli.map((f) => f.code).join(', ')})`, { page: utf16Page.map((f) => f.text), cli: utf16Cli.map((f) => f.message) });
    check(!utf16Page.some((f) => /U\+0000/.test(f.text)), `${name} is not reported as control characters U+0000`);
  }

  // ---- 10. Delete the draft: every copy goes ----
  const secret = 'Møterom Fjord';
  check((await page.evaluate(() => window.__dialogmote.previewHtml ?? '')).includes(secret), 'before the delete, the preview holds the referat');
  await Promise.all([page.waitForEvent('load'), page.click('#delete-draft')]);
  await page.waitForFunction(() => Number(document.body.dataset.linted || 0) > 0, null, { timeout: 30000 });
  check((await page.evaluate(() => localStorage.getItem('dialogmote-web/draft'))) === null, 'the delete button removes the draft from the browser');
  const remains = await page.evaluate(() => ({
    previewHtml: window.__dialogmote.previewHtml ?? null,
    frame: document.querySelector('#preview').srcdoc + (document.querySelector('#preview').contentDocument?.documentElement?.outerHTML ?? ''),
    yaml: document.querySelector('#yaml')?.value ?? '',
    page: document.documentElement.outerHTML,
    status: document.querySelector('#status').textContent,
  }));
  check(remains.previewHtml === null && !remains.frame.includes(secret) && !remains.yaml.includes(secret) && !remains.page.includes(secret),
    'after the delete, no copy of the referat is left: not the preview, its HTML, the YAML text or the form', { ...remains, page: remains.page.length });
  check(remains.status === 'Kladden er sletta.', 'the page says the draft is deleted', remains.status);
  const htmlDownload = page.waitForEvent('download', { timeout: 2000 }).catch(() => null);
  await page.evaluate(() => document.querySelector('#download-html').click());
  const afterDelete = await htmlDownload;
  let downloaded = '';
  if (afterDelete) {
    const file = path.join(work, 'after-delete.html');
    await afterDelete.saveAs(file);
    downloaded = fs.readFileSync(file, 'utf8');
  }
  check(!downloaded.includes(secret), '"Last ned HTML" after the delete gives no deleted referat', downloaded.slice(0, 200));

  // ---- 11. The shared example of a revised plan: opened, clean, saved, and its request byte for byte ----
  // A browser context of its own (its own storage), watched as the first.
  const example = path.join(repo, '../shared/spec/examples/plan');
  if (!fs.existsSync(path.join(example, 'referat-revised-plan.yaml'))) {
    check(!CI, `../shared/spec/examples/plan is beside the repository (CI=${process.env.CI ?? ''})`);
    if (!CI) console.log('SKIP: the shared example of a revised plan (../shared/spec/examples/plan is not beside the repository)');
  } else {
    const planContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: 'nb-NO' });
    planContext.on('request', (req) => {
      requests.push(req.url());
      carried.push(`${req.url()} ${JSON.stringify(req.headers())} ${req.postData() ?? ''}`);
    });
    const p2 = await planContext.newPage();
    p2.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    p2.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    await p2.goto(`${origin}/index.html?asOf=${AS_OF}`);
    await p2.waitForFunction(() => Number(document.body.dataset.linted || 0) > 0, null, { timeout: 60000 });
    const revised = path.join(work, 'referat-revised-plan.yaml');
    fs.copyFileSync(path.join(example, 'referat-revised-plan.yaml'), revised);
    const before = await p2.evaluate(() => Number(document.body.dataset.linted || 0));
    await p2.setInputFiles('[data-testid="open-file"]', revised);
    await p2.waitForFunction((n) => Number(document.body.dataset.linted || 0) > n, before, { timeout: 15000 });
    const shown = await p2.evaluate(() => ({
      employer: document.querySelector('#f-employer-name')?.value,
      org: document.querySelector('#f-employer-organisation_number')?.value,
      leader: document.querySelector('#f-employer-nearest_leader-email')?.value,
      ticked: document.querySelector('#f-referat-revised_follow_up_plan')?.checked,
      version: document.querySelector('#f-revised_plan-version')?.value,
      evaluation: document.querySelector('#f-revised_plan-evaluation_date')?.value,
      followUp: document.querySelector('#f-revised_plan-follow_up')?.value,
      involved: document.querySelector('#f-revised_plan-employee_involved')?.checked,
      help: document.querySelector('#f-revised_plan-needs_help_from_nav')?.checked,
      notShown: document.querySelector('#not-shown')?.innerText ?? '',
      findings: [...document.querySelectorAll('[data-testid="findings"] li[data-code]')].map((li) => li.dataset.code),
    }));
    check(shown.employer === 'Fjordlager AS' && shown.org === '123456785' && shown.leader === 'ola.hansen@fjordlager.example' && shown.ticked && shown.version === '2' &&
      shown.evaluation === '2026-12-14' && shown.followUp.startsWith('Samtale med nærmeste leder') && shown.followUp.includes('\n') && shown.involved && shown.help && shown.notShown === '',
      'the shared example of a revised plan fills the employer and the plan, and nothing is left unshown', shown);
    const exampleCli = cli(revised).files[0].findings;
    check(exampleCli.length === 0 && shown.findings.length === 0, 'the shared example is clean, in the page as for the CLI', { page: shown.findings, cli: exampleCli.map(key) });
    await axe('the shared example of a revised plan', p2);

    await p2.fill('#nav-employee-id', NAV_TEST_ID);
    await p2.fill('#nav-lps-name', 'Fjordlager HR');
    await p2.fill('#nav-lps-email', 'hr@fjordlager.example');
    await p2.check('#nav-synthetic');
    const [dl] = await Promise.all([p2.waitForEvent('download'), p2.click('[data-testid="export-nav"]')]);
    const got = path.join(work, 'example-nav-lps.json');
    await dl.saveAs(got);
    const want = fs.readFileSync(path.join(example, 'referat-revised-plan.nav-lps.json'));
    check(fs.readFileSync(got).equals(want) && want.equals(cliExport(revised)), "the page's request for the shared example is its expected file and the CLI's, byte for byte");
    const said = await p2.textContent('#nav-result');
    check(said.includes('nav-lps.json') && !said.includes(NAV_TEST_ID), 'the page says the request is downloaded, without the number', said);
    await noTrace('the shared example, after its request', p2);

    // Saved by the page's writer: the same plan, still clean, the same request.
    await p2.fill('#f-revised_plan-additional_information', 'Ingen flere opplysninger.');
    await p2.waitForFunction(() => document.querySelector('#yaml').value.includes('Ingen flere opplysninger'));
    await p2.fill('#f-revised_plan-additional_information', '');
    await p2.waitForFunction(() => !document.querySelector('#yaml').value.includes('Ingen flere opplysninger'));
    const [saved] = await Promise.all([p2.waitForEvent('download'), p2.click('[data-testid="export-yaml"]')]);
    const savedFile = path.join(work, 'saved-revised-plan.yaml');
    await saved.saveAs(savedFile);
    check(cli(savedFile).files[0].findings.length === 0, 'the example saved by the page is clean for the CLI');
    check(cliExport(savedFile).equals(want), "the CLI's request for the example as the page saved it is the expected file, byte for byte");
    await planContext.close();
  }
} finally {
  await browser.close();
  server.kill();
  fs.rmSync(work, { recursive: true, force: true });
}

// ---- Nothing leaves the machine ----
const foreign = requests.filter((u) => !u.startsWith(origin + '/') && !/^(blob|data|about):/.test(u));
check(foreign.length === 0, `every request went to the local server (${requests.length} requests)`, foreign);
check(!carried.some((r) => r.includes(NAV_TEST_ID)), 'no request carried the identity number (URL, headers or body)');
check(problems.length === 0, 'no page errors, console errors or policy violations', problems);

console.log(failures === 0 ? 'PASS: web end-to-end' : `FAIL: ${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
