// The referat editor: the engine (WebAssembly, ./pkg) checks, fixes and
// renders; this file keeps the document, the form and the findings in step.
// Nothing is sent anywhere: the draft lives in this browser's localStorage.

import init, * as engine from './pkg/dialogmote.js';
import { t, LANGS } from './i18n.js';
import { toYaml, getAt, setAt, pointerTokens, pointerOf, unshown, charIndex, hasContent, ROLES, ORDER } from './doc.js';
import { buildForm, readControl, fits, idOf, updateOwners, showValue } from './form.js';

const STORE = 'dialogmote-web/draft';
const STORE_LANG = 'dialogmote-web/lang';
// Set for the one reload after "Slett kladden" (sessionStorage: this tab only).
const DELETED = 'dialogmote-web/deleted';
// The engine reads at most this many bytes (its `max_bytes`, 8 MiB unless
// the engine says otherwise after init); a larger file is refused before it
// is read, instead of freezing the page.
let maxBytes = 8 * 1024 * 1024;
const DEBOUNCE_MS = 150;
const $ = (sel) => document.querySelector(sel);

// Measurements, read by the end-to-end test (web/tests/e2e.mjs).
const metrics = { firstFindings: null, lints: [] };
window.__dialogmote = { metrics };

const params = new URLSearchParams(location.search);
const asOf = /^\d{4}-\d{2}-\d{2}$/.test(params.get('asOf') || '') ? params.get('asOf') : today();

const state = {
  lang: pickLang(),
  text: '', // the document as it will be saved and is linted
  // The bytes of a file as opened that are not UTF-8 (UTF-16, say): the
  // engine reads them, and says why, as the command line does, until the
  // document is changed. null otherwise.
  bytes: null,
  kind: 'yaml', // 'yaml' or 'json': how the engine reads `text`
  value: null, // the document read from `text`; null when it cannot be read
  recipientsAuto: true, // recipients follow attendance until the user sets them
  findings: [],
  // Values shown in the form as the engine's fix would write them (a date
  // written 16.11.2026 shown in its date field): pointer → value. The
  // document keeps what the file says until the fix is applied.
  mended: new Map(),
  notices: [],
  kinds: new Map(),
  anchors: new Map(),
  // The guide's "innen 1 uke": DM701's `deadline_days` as the engine has it
  // (read after init; the page has no configuration file, so the default).
  deadlineDays: null,
  announced: '',
};

function today() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function pickLang() {
  const stored = localStorage.getItem(STORE_LANG);
  if (LANGS.includes(stored)) return stored;
  const q = params.get('lang');
  return LANGS.includes(q) ? q : 'nb';
}

const L = (key, args) => t(key, state.lang, args);

// The page works on plain JSON values (the engine's answers are JSON.parse'd
// already; a Map, should one come, is made an object).
function plain(x) {
  if (x instanceof Map) return Object.fromEntries([...x].map(([k, v]) => [k, plain(v)]));
  if (Array.isArray(x)) return x.map(plain);
  if (x && typeof x === 'object' && !(x instanceof Uint8Array)) return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plain(v)]));
  return x;
}

const path = () => (state.kind === 'json' ? 'referat.json' : 'referat.yaml');

/** The document in `text` as a value, read by the engine's own parser; null when unreadable. */
function read(text, kind) {
  try {
    return plain(engine.parse(text, { path: kind === 'json' ? 'referat.json' : 'referat.yaml' })) ?? null;
  } catch {
    return null;
  }
}

// ---- Static texts ----

function translatePage() {
  document.documentElement.lang = state.lang;
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = L(el.dataset.t);
  document.title = L('title');
  $('#preview').title = L('preview');
  $('#lang').value = state.lang;
}

function say(msg) {
  $('#status').textContent = msg;
}

// ---- The document and the form ----

function setDocument(text, kind, { fromForm = false, rebuild = true, bytes = null } = {}) {
  state.text = text;
  state.kind = kind;
  state.bytes = bytes;
  if (!fromForm) {
    state.value = read(bytes ?? text, kind);
    if (rebuild) renderForm();
  }
  const yaml = $('#yaml');
  if (yaml && yaml.value !== text && document.activeElement !== yaml) yaml.value = text;
  save();
  scheduleLint();
}

/** The value has changed in the form: write the document anew from it. */
function fromForm() {
  setDocument(toYaml(state.value, L('fileHeader')), 'yaml', { fromForm: true });
}

function renderForm() {
  const main = $('#form');
  const keepScroll = window.scrollY;
  const notices = [];
  if (state.value === null || typeof state.value !== 'object' || Array.isArray(state.value)) {
    main.replaceChildren();
    notices.push(state.value === null ? L('unreadable') : L('notReferat'));
  } else {
    buildForm(main, state.value, {
      lang: state.lang,
      kinds: state.kinds,
      anchors: state.anchors,
      add: addItem,
      remove: removeItem,
      exportNav,
    });
  }
  main.append(yamlSection());
  state.notices = notices;
  state.mended.clear();
  showNotices();
  showFindings();
  window.scrollTo(0, keepScroll);
}

function yamlSection() {
  const details = document.createElement('details');
  details.className = 'yaml';
  details.id = 'yaml-section';
  const summary = document.createElement('summary');
  summary.textContent = L('secYaml');
  const label = Object.assign(document.createElement('label'), { htmlFor: 'yaml', textContent: L('yamlLabel') });
  const hint = Object.assign(document.createElement('p'), { className: 'hint', id: 'yaml-hint', textContent: L('yamlHint') });
  const area = Object.assign(document.createElement('textarea'), { id: 'yaml', rows: 20, spellcheck: false, value: state.text });
  area.setAttribute('aria-describedby', 'yaml-hint');
  area.setAttribute('autocomplete', 'off');
  area.addEventListener('input', () => {
    state.text = area.value;
    state.bytes = null;
    save();
    scheduleLint(true);
  });
  details.append(summary, label, hint, area);
  return details;
}

function addItem(listPtr, item) {
  const list = getAt(state.value, listPtr);
  if (Array.isArray(list)) list.push(item);
  else setAt(state.value, listPtr, [item]);
  const index = getAt(state.value, listPtr).length - 1;
  afterStructureChange();
  const first = document.querySelector(`[data-pointer^="${listPtr}/${index}/"]`);
  first?.focus();
}

function removeItem(listPtr, index) {
  const list = getAt(state.value, listPtr);
  if (!Array.isArray(list)) return;
  list.splice(index, 1);
  afterStructureChange();
  document.getElementById(idOf(listPtr, 's'))?.focus?.();
  const section = document.querySelector(`[data-for="${listPtr}"]`)?.closest('section');
  section?.querySelector('h2, h3')?.setAttribute('tabindex', '-1');
  section?.querySelector('h2, h3')?.focus();
}

function afterStructureChange() {
  autoRecipients();
  renderForm();
  fromForm();
}

/** The recipients follow the participants who attended, plus NAV, until set by hand. */
function autoRecipients() {
  if (!state.recipientsAuto || !state.value || typeof state.value !== 'object') return;
  const people = Array.isArray(state.value.participants) ? state.value.participants : [];
  const roles = new Set(people.filter((p) => p && p.attended === true && ROLES.includes(p.role)).map((p) => p.role));
  roles.add('nav');
  const ordered = [...ROLES.filter((r) => r !== 'nav' && roles.has(r)), 'nav'];
  if (!state.value.referat || typeof state.value.referat !== 'object') state.value.referat = {};
  state.value.referat.recipients = ordered;
  for (const box of document.querySelectorAll('[data-recipient]')) box.checked = roles.has(box.dataset.recipient);
}

function onFormInput(ev) {
  const el = ev.target;
  if (!(el instanceof HTMLElement) || !el.dataset.pointer || el.id === 'yaml') return;
  if (!state.value || typeof state.value !== 'object') return;
  // What the last request to NAV said is about a document that has now changed.
  $('#nav-result')?.replaceChildren();
  if (el.dataset.recipient) {
    state.recipientsAuto = false;
    const old = getAt(state.value, '/referat/recipients');
    const others = Array.isArray(old) ? old.filter((r) => !ROLES.includes(r)) : [];
    const chosen = [...document.querySelectorAll('[data-recipient]')].filter((b) => b.checked).map((b) => b.dataset.recipient);
    setAt(state.value, '/referat/recipients', [...chosen, ...others]);
  } else {
    setAt(state.value, el.dataset.pointer, readControl(el));
  }
  if (el.dataset.pointer === REVISED) return revisedChanged(el);
  // A plan emptied while the referat does not say it is one is no plan (DM709 would say it is).
  if (el.dataset.pointer.startsWith('/revised_plan/') && getAt(state.value, REVISED) !== true && !hasContent(state.value.revised_plan)) {
    delete state.value.revised_plan;
  }
  if (el.dataset.pointer.startsWith('/participants/')) {
    autoRecipients();
    updateOwners($('#form'), state.value, state.lang);
  }
  fromForm();
}

const REVISED = '/referat/revised_follow_up_plan';

/**
 * «Referatet er en revidert oppfølgingsplan» ticked: the section of the
 * revised plan opens, with an empty plan whose every field is written (as
 * null), so that each finding lands on its own field. Unticked: an empty
 * plan goes, and the section with it; a plan with something in it stays
 * (the engine says it is no longer flagged, DM709), so nothing typed is lost.
 */
function revisedChanged(el) {
  const plan = state.value.revised_plan;
  if (el.checked && (plan === undefined || plan === null)) state.value.revised_plan = {};
  if (!el.checked && !hasContent(plan)) delete state.value.revised_plan;
  renderForm();
  fromForm();
  document.getElementById(el.id)?.focus();
}

// ---- Findings ----

let timer = null;
function scheduleLint(reread = false) {
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (reread) {
      // The YAML text was edited: read the form anew from it.
      state.value = read(state.bytes ?? state.text, state.kind);
      renderForm();
    }
    lint();
  }, DEBOUNCE_MS);
}

function lint() {
  const t0 = performance.now();
  let file;
  try {
    file = plain(engine.lint(state.bytes ?? state.text, { asOf, lang: state.lang, path: path() }));
  } catch (e) {
    say(`${L('engineFailed')} ${e?.message ?? e}`);
    return;
  }
  metrics.lints.push(performance.now() - t0);
  state.findings = Array.isArray(file?.findings) ? file.findings : [];
  mend();
  showNotices();
  showFindings();
  if (metrics.firstFindings === null) metrics.firstFindings = performance.now();
  document.body.dataset.linted = String(metrics.lints.length);
}

/** The slot that shows findings at `ptr`: its own, or the nearest enclosing one. */
function anchorFor(ptr) {
  const toks = pointerTokens(ptr);
  for (let n = toks.length; n >= 0; n--) {
    const p = pointerOf(toks.slice(0, n));
    if (state.anchors.has(p)) return { ptr: p, el: state.anchors.get(p) };
  }
  return null;
}

/** The form's name of the control at `ptr`: «Deltok», as its label says. */
function labelOf(ptr) {
  const k = state.kinds.get(ptr);
  return k?.label ? `«${k.label}»` : null;
}

/**
 * The pointer of the form control a finding is about: its own pointer when
 * that is a control; else, when it points at an item or a group (a field
 * the file lacks), the one control in it that the finding's message names,
 * by its label («Deltok») or as written in the file. null when none.
 */
function controlFor(f) {
  const ptr = f.pointer ?? '';
  if (state.kinds.has(ptr)) return ptr;
  const msg = f.message ?? '';
  const inside = [...state.kinds.keys()].filter((p) => p.startsWith(ptr + '/') && !p.slice(ptr.length + 1).includes('/'));
  const named = inside.filter((p) => {
    const k = state.kinds.get(p);
    const key = pointerTokens(p).pop();
    return (k.label && msg.includes(`«${k.label}»`)) || msg.includes(`\`${key}\``);
  });
  return named.length === 1 ? named[0] : null;
}

// What to do in the form, by the kind of control (the catalogue's words).
const DO = { check: 'doCheck', bool3: 'doYesNo', radio: 'doYesNo', date: 'doDate', time: 'doTime', select: 'doSelect', int: 'doNumber', text: 'doFill', textarea: 'doFill', recipients: 'doRecipients' };

/** "velg en dato i «Frist»": what the form asks for at control `ptr`. */
function formWords(ptr) {
  const k = state.kinds.get(ptr);
  const label = labelOf(ptr);
  return k && label && DO[k.kind] ? L(DO[k.kind], { label }) : null;
}

// Help that speaks the file's language (a key, a pointer, YAML's true and
// false) is for those who edit the file, not for the form.
// The format's keys (a role is a value as well as a key of «Status», and not counted).
const KEYS = (() => {
  const keys = new Set();
  const walk = (spec) => {
    if (!spec || typeof spec !== 'object') return;
    for (const [k, v] of Object.entries(spec)) {
      if (k !== 'items' && !ROLES.includes(k)) keys.add(k);
      walk(v);
    }
  };
  walk(ORDER);
  return [...keys];
})();
const FILE_WORDS = new RegExp(
  [
    '`[^`]*\\b[a-z]+_[a-z_]+\\b[^`]*`', // a key or a code with an underscore: `in_person`, `absence_reason`
    '`[a-z_]+(\\.[a-z_]+)+', // a path: `referat.sent`
    '`[a-z_]+:', // a key and its value: `due: 2026-11-23`
    `\`(${KEYS.join('|')})\``, // a key: `attended`
    '\\/[a-z_]+\\/', // a pointer
    '\\b(true|false)\\b', // YAML's words for yes and no
    '\\bYAML\\b',
  ].join('|'),
);

/** `v` as the control at `ptr` shows it: Ja, «Fysisk møte», 16.11.2026, 09:00. */
function shownAs(ptr, v) {
  const k = state.kinds.get(ptr);
  if (typeof v === 'boolean') return L(v ? 'yes' : 'no');
  if (k?.kind === 'select') {
    const opt = [...(document.getElementById(idOf(ptr))?.options ?? [])].find((o) => o.value === String(v));
    if (opt) return `«${opt.textContent}»`;
  }
  if (k?.kind === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return norwegianDate(addDays(v, 0));
  return `«${v}»`;
}

/**
 * A finding's message as the form shows it. The engine's message names the
 * field by its label; a last clause that says how the value is written in
 * the file (", skrevet `true` eller `false` i filen") is for those who edit
 * the file, and is left out. A message that still speaks the file's words
 * (a key) is said in the form's words: the field, its item, what to do.
 */
function messageFor(f, control) {
  const msg = f.message ?? '';
  if (!FILE_WORDS.test(msg)) return msg;
  const cut = msg.replace(/,[^,]*`[^,]*$/, '');
  if (!FILE_WORDS.test(cut)) return cut;
  if (control) {
    const k = state.kinds.get(control);
    const words = formWords(control);
    if (words) return k.within ? `${k.within}: ${words}` : words;
  }
  return msg;
}

/** The value a fix would write at the control `ptr`, read by the engine from the fixed text; undefined when none. */
const fixedCache = { text: null, values: new Map() };
function fixedValue(fix, ptr) {
  if (state.bytes || !ptr) return undefined;
  if (fixedCache.text !== state.text) Object.assign(fixedCache, { text: state.text, values: new Map() });
  const key = `${ptr} ${JSON.stringify(fix.edits)}`;
  if (fixedCache.values.has(key)) return fixedCache.values.get(key);
  let v;
  try {
    const after = read(engine.applyFix(state.text, fix), state.kind);
    v = after ? getAt(after, ptr) : undefined;
  } catch {
    v = undefined;
  }
  fixedCache.values.set(key, v);
  return v;
}

/**
 * The values the engine's own fixes would write where the file holds one
 * the control cannot show: each such fix is applied to a copy of the text
 * and the value read at the same place. Shown, not written: the document
 * changes when a fix button is pressed.
 */
function mend() {
  state.mended.clear();
  if (state.bytes || !state.value || typeof state.value !== 'object') return;
  for (const f of state.findings) {
    const ptr = f.pointer ?? '';
    const k = state.kinds.get(ptr);
    if (!k || k.kind === 'recipients' || state.mended.has(ptr) || !Array.isArray(f.fixes)) continue;
    const v = getAt(state.value, ptr);
    if (fits(k.kind, v, k.options)) continue;
    // Only a safe fix: one that asks a person (a measure's plain «ja») is not a value to show.
    for (const fix of f.fixes.filter((x) => x.applicability === 'safe')) {
      const w = fixedValue(fix, ptr);
      if (w !== undefined && w !== null && fits(k.kind, w, k.options)) {
        state.mended.set(ptr, w);
        break;
      }
    }
  }
  for (const [ptr, v] of state.mended) {
    const el = document.getElementById(idOf(ptr));
    if (el && document.activeElement !== el) {
      showValue(el, v);
      el.dataset.mended = 'true';
    }
  }
}

function severityText(sev) {
  return L(sev === 'error' ? 'error' : sev === 'warning' ? 'warning' : 'info');
}

function showFindings() {
  for (const el of state.anchors.values()) el.replaceChildren();
  for (const el of document.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  const list = $('#findings');
  list.replaceChildren();
  const counts = { error: 0, warning: 0, info: 0 };
  state.findings.forEach((f, i) => {
    counts[f.severity] = (counts[f.severity] ?? 0) + 1;
    const li = document.createElement('li');
    li.className = `finding sev-${f.severity}`;
    li.dataset.code = f.code;
    li.dataset.pointer = f.pointer ?? '';
    const go = document.createElement('button');
    go.type = 'button';
    go.className = 'go';
    // Beside a control, the form's words ("velg en dato i «Frist»"); else
    // the engine's help, unless it speaks the file's language.
    const control = controlFor(f);
    const message = messageFor(f, control);
    go.append(badge(f), ` ${message}`);
    go.title = L('goToField');
    go.addEventListener('click', () => focusFinding(f));
    li.append(go);
    const words = control ? formWords(control) : null;
    const said = words ?? (f.help && !FILE_WORDS.test(f.help) ? f.help : null);
    // Not twice: a message already said in the form's words.
    const help = said && !message.endsWith(said) ? said : null;
    if (help) li.append(Object.assign(document.createElement('p'), { className: 'help', textContent: help }));
    for (const fix of f.fixes ?? []) li.append(fixButton(f, fix, control));
    list.append(li);

    const a = control && state.anchors.has(control) ? { ptr: control, el: state.anchors.get(control) } : anchorFor(f.pointer ?? '');
    if (a) {
      const box = document.createElement('div');
      box.className = `inline sev-${f.severity}`;
      box.id = `inline-${i}`;
      box.append(Object.assign(document.createElement('p'), {}));
      box.firstChild.append(badge(f), ` ${message}`);
      if (help) box.append(Object.assign(document.createElement('p'), { className: 'help', textContent: help }));
      for (const fix of f.fixes ?? []) box.append(fixButton(f, fix, control));
      a.el.append(box);
      if (f.severity === 'error') document.getElementById(idOf(a.ptr))?.setAttribute('aria-invalid', 'true');
    }
  });
  if (state.findings.length === 0) {
    const li = document.createElement('li');
    li.className = 'clean';
    li.textContent = L('clean');
    list.append(li);
  }
  $('#counts').textContent = `${counts.error} ${L('errors')} · ${counts.warning} ${L('warnings')} · ${counts.info} ${L('infos')}`;
  $('#counts').dataset.errors = counts.error;
  showDeadline();
  const msg = L('announce', { e: counts.error, w: counts.warning, i: counts.info });
  if (msg !== state.announced) {
    state.announced = msg;
    $('#announce').textContent = msg;
  }
}

function badge(f) {
  const b = document.createElement('span');
  b.className = `badge sev-${f.severity}`;
  b.textContent = `${severityText(f.severity)} ${f.code}`;
  return b;
}

/** What a fix does, in the form's words: "sett «Deltok» til Ja"; the engine's title when it speaks no file words. */
function fixTitle(fix, control) {
  const v = control ? fixedValue(fix, control) : undefined;
  const k = control ? state.kinds.get(control) : null;
  if (v !== undefined && v !== null && k && fits(k.kind, v, k.options)) return `${L('fixPrefix')}: ${L('fixTo', { label: labelOf(control), value: shownAs(control, v) })}`;
  return FILE_WORDS.test(fix.title) ? L('fixThis') : `${L('fixPrefix')}: ${fix.title}`;
}

function fixButton(finding, fix, control = null) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'fix';
  b.dataset.fixFor = finding.code;
  b.textContent = `${fixTitle(fix, control)}${fix.applicability === 'unsafe' ? ' ' + L('fixUnsafe') : ''}`;
  b.addEventListener('click', () => {
    let text;
    try {
      text = engine.applyFix(state.text, fix);
    } catch (e) {
      say(String(e?.message ?? e));
      return;
    }
    const done = b.textContent;
    setDocument(text, state.kind);
    say(done);
    $('#findings').focus?.();
  });
  return b;
}

function focusFinding(f) {
  const ptr = f.pointer ?? '';
  const own = controlFor(f);
  const a = own ? { ptr: own, el: state.anchors.get(own) } : anchorFor(ptr);
  const control = a && a.ptr !== '' ? document.getElementById(idOf(a.ptr)) : null;
  const hidden = state.value && unshownSet().has(own ?? ptr);
  if (control && !hidden) {
    control.focus();
    control.scrollIntoView({ block: 'center' });
    return;
  }
  if (a && a.ptr !== '' && !hidden) {
    const inside = a.el?.closest('fieldset, section, tr')?.querySelector('input, select, textarea, button');
    if (inside) {
      inside.focus();
      inside.scrollIntoView({ block: 'center' });
      return;
    }
  }
  // Not in the form: the place in the YAML text.
  const details = $('#yaml-section');
  const area = $('#yaml');
  if (details && area) {
    details.open = true;
    area.focus();
    const at = charIndex(state.text, f.offset ?? 0);
    area.setSelectionRange(at, at);
    area.scrollIntoView({ block: 'center' });
  }
}

function addDays(iso, days) {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  if (Number.isNaN(date.getTime())) return null;
  return date;
}

function norwegianDate(date) {
  const p = (n) => String(n).padStart(2, '0');
  return `${p(date.getUTCDate())}.${p(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
}

function showDeadline() {
  const el = $('#deadline');
  const v = state.value && typeof state.value === 'object' ? state.value : {};
  // A date the file writes 16.11.2026 counts as the date it means, as its field shows it.
  const meeting = state.mended.get('/meeting/date') ?? getAt(v, '/meeting/date');
  const sent = state.mended.get('/referat/sent') ?? getAt(v, '/referat/sent');
  const valid = (s) => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && addDays(s, 0);
  if (valid(sent)) {
    el.textContent = `${L('sentOn')} ${norwegianDate(addDays(sent, 0))}`;
  } else if (valid(meeting) && Number.isInteger(state.deadlineDays)) {
    el.textContent = `${L('sendBy')} ${norwegianDate(addDays(meeting, state.deadlineDays))} – ${L('deadlineNote')}`;
  } else {
    el.textContent = L('noDeadline');
  }
}

// ---- Open, save, the draft ----

function unshownSet() {
  return new Set(
    unshown(state.value, (ptr, v) => {
      const k = state.kinds.get(ptr);
      return k ? state.mended.has(ptr) || fits(k.kind, v, k.options) : false;
    }),
  );
}

/** What the notice calls the part at `ptr`: its field's label and item, or the name the file gives it. */
function partName(ptr) {
  const k = state.kinds.get(ptr);
  if (k?.label && k.label !== 'format') {
    const v = getAt(state.value, ptr);
    const shown = typeof v === 'string' || typeof v === 'number' ? `«${v}»` : null;
    const label = `«${k.label}»${k.within ? ` (${k.within})` : ''}`;
    return shown ? L('unfitValue', { label, value: shown }) : label;
  }
  return L('unknownField', { name: `«${pointerTokens(ptr).pop()}»` });
}

/** «Rett alt som kan rettes»: every safe fix, applied by the engine at once. */
function fixAll() {
  let out;
  try {
    out = plain(engine.fixes(state.text, { path: path(), asOf, lang: state.lang }));
  } catch (e) {
    say(String(e?.message ?? e));
    return;
  }
  const n = Array.isArray(out?.applied) ? out.applied.length : 0;
  if (n > 0 && typeof out.text === 'string') setDocument(out.text, state.kind);
  say(n > 0 ? L('fixAllDone', { n }) : L('fixAllNone'));
}

function showNotices() {
  const box = $('#notices');
  const focused = box.contains(document.activeElement) ? document.activeElement.id : null;
  box.replaceChildren();
  for (const msg of state.notices) box.append(Object.assign(document.createElement('p'), { className: 'notice', textContent: msg }));
  const safe = !state.bytes && state.findings.some((f) => (f.fixes ?? []).some((x) => x.applicability === 'safe'));
  const missing = state.value && typeof state.value === 'object' && !Array.isArray(state.value) ? [...unshownSet()] : [];
  if (safe || missing.length) {
    const p = Object.assign(document.createElement('div'), { className: 'notice', id: 'not-shown' });
    if (safe) {
      const b = Object.assign(document.createElement('button'), { type: 'button', id: 'fix-all', className: 'fix-all', textContent: L('fixAll') });
      b.addEventListener('click', fixAll);
      p.append(b);
    }
    if (missing.length) {
      p.append(Object.assign(document.createElement('p'), { textContent: L('notShown') }));
      const ul = document.createElement('ul');
      for (const ptr of missing) {
        const li = document.createElement('li');
        li.dataset.pointer = ptr;
        li.textContent = partName(ptr);
        ul.append(li);
      }
      p.append(ul);
    }
    box.append(p);
  }
  if (focused) document.getElementById(focused)?.focus();
  if (state.comments) box.append(Object.assign(document.createElement('p'), { className: 'notice', textContent: L('commentsLost') }));
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A size in words: "8 MiB". */
function sizeText(bytes) {
  const mib = bytes / (1024 * 1024);
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
}

async function openFile(file) {
  // Refused by its size before anything is read: the engine would read no
  // more than this (DM004), and reading it all would freeze the page.
  if (file.size > maxBytes) {
    say(L('tooLarge', { name: file.name, max: sizeText(maxBytes) }));
    return;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  // The bytes as the command line reads them: UTF-8 (a BOM kept, for the
  // engine to skip and count), else the engine gets the bytes themselves
  // and reports them as the command line does (UTF-16, bytes not UTF-8).
  let text = null;
  try {
    text = utf8.decode(bytes);
  } catch {
    // Not UTF-8.
  }
  const kind = /\.json$/i.test(file.name) ? 'json' : 'yaml';
  state.comments = text !== null && kind === 'yaml' && /(^|\s)#/m.test(text);
  const value = read(text ?? bytes, kind);
  const recipients = value && typeof value === 'object' ? value.referat?.recipients : undefined;
  state.recipientsAuto = !(Array.isArray(recipients) && recipients.length > 0);
  setDocument(text ?? '', kind, { bytes: text === null ? bytes : null });
  say(L('opened', { name: file.name }));
}

function newReferat() {
  say('');
  let text;
  try {
    text = engine.template({ date: asOf, lang: state.lang });
  } catch {
    text = `format: dialogmote1/v1\nmeeting:\n  date: ${asOf}\n`;
  }
  state.comments = false;
  state.recipientsAuto = true;
  state.value = read(text, 'yaml') ?? { format: 'dialogmote1/v1', meeting: { date: asOf } };
  autoRecipients();
  renderForm();
  fromForm();
}

/** Bytes as base64, for the draft in storage. */
function base64(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function save() {
  try {
    const bytes = state.bytes ? base64(state.bytes) : undefined;
    localStorage.setItem(STORE, JSON.stringify({ text: state.text, kind: state.kind, recipientsAuto: state.recipientsAuto, bytes }));
  } catch {
    // Storage full or off: the page still works, only the draft is not kept.
  }
}

function restore() {
  try {
    const d = JSON.parse(localStorage.getItem(STORE) || 'null');
    if (d && typeof d.text === 'string' && (d.kind === 'yaml' || d.kind === 'json')) {
      state.recipientsAuto = d.recipientsAuto !== false;
      const bytes = typeof d.bytes === 'string' ? Uint8Array.from(atob(d.bytes), (c) => c.charCodeAt(0)) : null;
      setDocument(d.text, d.kind, { bytes });
      return true;
    }
  } catch {
    // A broken draft is ignored.
  }
  return false;
}

// Object URLs of downloads, kept for 10 s (for the browser to fetch) and
// revoked at once when the draft is deleted.
const blobUrls = new Set();
function download(name, data, type) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  blobUrls.add(url);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
    blobUrls.delete(url);
  }, 10_000);
}

/**
 * "Slett kladden": every copy of the referat goes, not only the stored
 * draft: the preview frame and its HTML, the downloads' object URLs, the
 * YAML text, the form, the findings and the file chooser. The page is then
 * loaded anew, so that nothing is left in the engine's memory either
 * (WebAssembly keeps what it frees until the page goes).
 */
function deleteDraft() {
  clearTimeout(timer);
  localStorage.removeItem(STORE);
  for (const url of blobUrls) URL.revokeObjectURL(url);
  blobUrls.clear();
  const frame = $('#preview');
  frame.onload = null;
  frame.srcdoc = '';
  frame.removeAttribute('srcdoc');
  state.previewHtml = null;
  window.__dialogmote.previewHtml = null;
  $('#preview-note').replaceChildren();
  $('#preview-section').hidden = true;
  $('#show-preview').setAttribute('aria-expanded', 'false');
  delete document.body.dataset.preview;
  Object.assign(state, { text: '', bytes: null, value: null, findings: [], comments: false, announced: '' });
  state.anchors.clear();
  state.kinds.clear();
  $('#form').replaceChildren();
  $('#findings').replaceChildren();
  $('#notices').replaceChildren();
  $('#open-file').value = '';
  say(L('draftDeleted'));
  try {
    sessionStorage.setItem(DELETED, '1');
  } catch {
    // No session storage: the page is still loaded anew, without the notice.
  }
  location.reload();
}

function baseName() {
  const d = state.value && getAt(state.value, '/meeting/date');
  return typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? `referat-${d}` : 'referat';
}

function exportYaml() {
  // A file that is not UTF-8, unchanged: its bytes as they were.
  if (state.bytes) return download(`${baseName()}.${state.kind}`, state.bytes, 'application/octet-stream');
  // A JSON file that was opened and not edited is written as YAML from its value.
  const text = state.kind === 'yaml' ? state.text : state.value ? toYaml(state.value, L('fileHeader')) : state.text;
  download(`${baseName()}.${state.kind === 'yaml' || state.value ? 'yaml' : 'json'}`, text, 'application/yaml;charset=utf-8');
}

// ---- The request to NAV ----

/** `s` as a sentence: a capital first letter and a full stop (the engine's messages have neither). */
function sentence(s) {
  const t = String(s ?? '');
  return t.charAt(0).toUpperCase() + t.slice(1) + (/[.!?:]$/.test(t) ? '' : '.');
}

/**
 * «Lag forespørsel til NAV»: the engine's export of the revised plan as the
 * body of NAV's request, downloaded as nav-lps.json. The identity number
 * is read from its field, which is emptied at once: it goes to the engine
 * and into the downloaded file only (never the document, the draft in
 * storage, the URL or a request). A refusal lists what stops it, in the
 * form's words, and focuses the first such field.
 */
function exportNav(parts) {
  const id = parts.id.value;
  parts.id.value = '';
  const opts = { lang: state.lang, asOf, path: path() };
  if (parts.name.value.trim() !== '') opts.lpsName = parts.name.value;
  if (parts.email.value.trim() !== '') opts.lpsEmail = parts.email.value;
  if (parts.synthetic.checked) opts.allowSyntheticId = true;
  let body;
  try {
    body = engine.exportNavLps(state.bytes ?? state.text, id, opts);
  } catch (e) {
    navRefused(parts, e);
    return;
  }
  const name = 'nav-lps.json';
  download(name, body, 'application/json');
  parts.result.replaceChildren(Object.assign(document.createElement('p'), { textContent: L('exportNavDone', { name }) }));
}

function navRefused(parts, e) {
  const box = parts.result;
  box.replaceChildren();
  const findings = e?.code === 'refused' && Array.isArray(e.findings?.findings) ? e.findings.findings : [];
  if (findings.length === 0) {
    // Not the plan: the number, the sender, or NAV's contract, in the engine's words.
    box.append(Object.assign(document.createElement('p'), { className: 'notice', textContent: `${L('exportNavNot')} ${sentence(e?.message ?? e)}` }));
    const at = e?.code === 'id' ? parts.id : e?.code === 'options' ? (e.message === L('lpsEmailInvalid') ? parts.email : parts.name) : null;
    at?.focus();
    return;
  }
  // The catalogue's sentence, not the engine's message, which ends in the rules' codes.
  const n = findings.length;
  box.append(Object.assign(document.createElement('p'), { textContent: sentence(n === 1 ? L('navRefusedOne') : L('navRefusedMany', { n })) }));
  const ul = document.createElement('ul');
  for (const f of findings) {
    const control = controlFor(f);
    const li = document.createElement('li');
    li.className = `finding sev-${f.severity}`;
    const go = Object.assign(document.createElement('button'), { type: 'button', className: 'go', textContent: messageFor(f, control), title: L('goToField') });
    go.addEventListener('click', () => focusFinding(f));
    li.append(go);
    const words = control ? formWords(control) : null;
    if (words && !go.textContent.endsWith(words)) li.append(Object.assign(document.createElement('p'), { className: 'help', textContent: words }));
    ul.append(li);
  }
  box.append(ul);
  focusFinding(findings[0]);
}

// ---- The preview ----

function renderAs(format) {
  const draft = state.findings.some((f) => f.severity === 'error');
  return { draft, out: engine.render(state.bytes ?? state.text, { lang: state.lang, format, draft, asOf, path: path() }) };
}

function refusal(e) {
  const note = $('#preview-note');
  if (e?.code && e.code !== 'refused') {
    // Not the findings: the engine's own sentence (no PDF writer, bad options).
    note.textContent = String(e.message ?? e);
    return;
  }
  note.replaceChildren(Object.assign(document.createElement('p'), { textContent: L('previewRefused') }));
  const codes = [...new Set(state.findings.filter((f) => f.severity === 'error' || /^DM8/.test(f.code)).map((f) => f.code))];
  const ul = document.createElement('ul');
  for (const c of codes) ul.append(Object.assign(document.createElement('li'), { textContent: c }));
  if (!codes.length) ul.append(Object.assign(document.createElement('li'), { textContent: String(e?.message ?? e) }));
  note.append(ul);
}

function showPreview() {
  const section = $('#preview-section');
  const frame = $('#preview');
  section.hidden = false;
  $('#show-preview').setAttribute('aria-expanded', 'true');
  $('#preview-note').replaceChildren();
  let html;
  try {
    const r = renderAs('html');
    html = typeof r.out === 'string' ? r.out : new TextDecoder().decode(r.out);
    if (r.draft) $('#preview-note').textContent = L('previewDraft');
  } catch (e) {
    refusal(e);
    frame.srcdoc = '';
    section.querySelector('h2').focus();
    return;
  }
  // The referat's stylesheet is applied through the CSSOM, so the page's
  // policy (style-src 'self') needs no exception for inline styles. The
  // frame is sandboxed without scripts; it shows the renderer's HTML as is.
  let css = '';
  const body = html.replace(/<style[^>]*>([\s\S]*?)<\/style>/gi, (_, text) => {
    css += text + '\n';
    return '';
  });
  frame.onload = () => {
    const w = frame.contentWindow;
    if (!w || !frame.contentDocument) return;
    const sheet = new w.CSSStyleSheet();
    sheet.replaceSync(css);
    frame.contentDocument.adoptedStyleSheets = [sheet];
    document.body.dataset.preview = 'ready';
  };
  document.body.dataset.preview = 'loading';
  frame.srcdoc = body;
  state.previewHtml = html;
  window.__dialogmote.previewHtml = html;
  section.querySelector('h2').setAttribute('tabindex', '-1');
  section.querySelector('h2').focus();
  section.scrollIntoView({ block: 'start' });
}

function closePreview() {
  $('#preview-section').hidden = true;
  $('#show-preview').setAttribute('aria-expanded', 'false');
  $('#show-preview').focus();
}

// The PDF writer may be built into a package of its own (web/build.sh
// --pdf: web/dist/pkg-pdf/), loaded only when a PDF is asked for.
let pdfEngine = null;
async function downloadPdf() {
  const draft = state.findings.some((f) => f.severity === 'error');
  const opts = { lang: state.lang, format: 'pdf', draft, asOf, path: path() };
  try {
    let out;
    try {
      out = (pdfEngine ?? engine).render(state.text, opts);
    } catch (e) {
      if (e?.code !== 'pdf' || pdfEngine) throw e;
      try {
        const loaded = await import('./pkg-pdf/dialogmote.js');
        await loaded.default();
        pdfEngine = loaded;
      } catch {
        // Not the referat's findings: the PDF part did not load.
        const note = $('#preview-note');
        note.replaceChildren(Object.assign(document.createElement('p'), { className: 'notice', textContent: L('pdfLoadFailed') }));
        say(L('pdfLoadFailed'));
        return;
      }
      out = pdfEngine.render(state.text, opts);
    }
    download(`${baseName()}.pdf`, out, 'application/pdf');
  } catch (e) {
    refusal(e);
  }
}

// ---- Start ----

async function main() {
  translatePage();
  try {
    await init();
  } catch (e) {
    say(`${L('engineFailed')} ${e?.message ?? e}`);
    return;
  }
  $('#loading')?.remove();
  state.deadlineDays = engine.rules().find((r) => r.code === 'DM701')?.params?.deadline_days ?? null;
  maxBytes = engine.maxBytes?.() ?? maxBytes;
  let deleted = false;
  try {
    deleted = sessionStorage.getItem(DELETED) === '1';
    sessionStorage.removeItem(DELETED);
  } catch {
    // No session storage.
  }
  if (deleted || !restore()) newReferat();
  if (deleted) {
    // The new, empty referat is not kept until it is edited.
    localStorage.removeItem(STORE);
    say(L('draftDeleted'));
  }

  $('#form').addEventListener('input', onFormInput);
  $('#form').addEventListener('change', (ev) => {
    // Selects and checkboxes report through `input` too; dates typed by keyboard sometimes only through `change`.
    const el = ev.target;
    if (el instanceof HTMLInputElement && (el.type === 'date' || el.type === 'time') && el.dataset.pointer) {
      if (getAt(state.value, el.dataset.pointer) !== readControl(el)) onFormInput(ev);
    }
  });
  $('#lang').addEventListener('change', () => {
    state.lang = $('#lang').value;
    localStorage.setItem(STORE_LANG, state.lang);
    translatePage();
    renderForm();
    lint();
    if (!$('#preview-section').hidden) showPreview();
  });
  $('#open-file').addEventListener('change', (ev) => {
    const file = ev.target.files?.[0];
    if (file) openFile(file).finally(() => (ev.target.value = ''));
  });
  $('#new').addEventListener('click', () => {
    if (confirm(L('newConfirm'))) newReferat();
  });
  $('#export').addEventListener('click', exportYaml);
  $('#show-preview').addEventListener('click', showPreview);
  $('#close-preview').addEventListener('click', closePreview);
  $('#print').addEventListener('click', () => $('#preview').contentWindow?.print());
  $('#download-html').addEventListener('click', () => state.previewHtml && download(`${baseName()}.html`, state.previewHtml, 'text/html;charset=utf-8'));
  $('#download-pdf').hidden = false;
  $('#download-pdf').addEventListener('click', downloadPdf);
  $('#delete-draft').addEventListener('click', () => {
    if (confirm(L('deleteConfirm'))) deleteDraft();
  });
}

main();
