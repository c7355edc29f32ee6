// The document side of the page: the field order of `dialogmote new`, a
// YAML writer for this known shape, JSON Pointers, and applying a fix's
// byte-offset edits. No rule, message or fix is made here: those come from
// the engine.

/** The measures a–h, in the guide's order. */
export const MEASURES = [
  'gradert_sykmelding',
  'tilretteleggingstilskudd',
  'avklaring_rehabilitering_oppfolging',
  'helsetjenester_lettere_psykiske_lidelser',
  'fritak_arbeidsgiverperiode',
  'kid_kurs',
  'arbeidsplassvurdering',
  'arbeidsplasshjelpemidler',
];

export const ROLES = ['arbeidstaker', 'arbeidsgiver', 'lege', 'bht', 'nav', 'tillitsvalgt', 'verneombud', 'annen'];
export const GUIDE_ROLES = ['arbeidstaker', 'arbeidsgiver', 'lege', 'bht'];

// The field order of `dialogmote new` (src/model/draft.yaml). An object spec maps
// each key to the spec of its value (null = a scalar); `{items: spec}` is a
// list. Every key of an object spec is written, as null when empty, so each
// finding's pointer lands on its own field, as in the draft. The item specs
// (all scalars) are also the empty items the form adds.
export const PARTICIPANT = { role: null, name: null, function: null, attended: null, absence_reason: null };
export const PROPOSAL = {
  description: null,
  proposed_by: null,
  employer_assessment: null,
  employer_comment: null,
  medical_assessment: null,
  medical_assessor: null,
};
export const ACTION = { what: null, owner: null, due: null, measure: null };
// A person to reach: the employer's nearest leader, the plan's contact person.
const PERSON = { name: null, phone: null, email: null };
// The plan object (follow-up-plan.md §3), `revised_plan` in a referat: its
// version, then NAV's form's questions in NAV's order, then what goes to NAV
// and the doctor (the order of the schema and of NAV's request). `revises`
// is left out: in a referat the version replaced is `follow_up_plan` (§2);
// a file's own `revises` is kept as it is.
export const PLAN = {
  date: null,
  first_date: null,
  version: null,
  typical_workday: null,
  tasks_possible: null,
  tasks_not_possible: null,
  previous_adjustments: null,
  planned_adjustments: null,
  other_adjustment_options: null,
  follow_up: null,
  evaluation_date: null,
  employee_involved: null,
  employee_not_involved_reason: null,
  share_with_nav: null,
  needs_help_from_nav: null,
  needs_help_description: null,
  share_with_doctor: null,
  message_to_doctor: null,
  additional_information: null,
  contact_person: PERSON,
};
// Written only when the document has it (see toYaml): an empty plan is a
// plan to the rules (DM709, DM901), so a referat that is no revised plan
// has none.
export const OPTIONAL = new Set(['revised_plan']);
// Written only when it holds something: a plan's own contact person
// replaces the nearest leader as a whole once it is there at all (DM902),
// so an empty one is left out, not written as nulls.
const SPARSE = new Set(['contact_person']);
// The order of the engine's model (`Minutes`, `dialogmote new`): the
// employer after the format line, the revised plan last.
export const ORDER = {
  format: null,
  employer: { name: null, organisation_number: null, sub_unit_number: null, nearest_leader: PERSON },
  meeting: { date: null, start: null, end: null, mode: null, location: null },
  sick_leave: { start: null, grade: null, full_absence_start: null },
  follow_up_plan: { date: null, sent_to_doctor: null },
  participants: { items: PARTICIPANT },
  introduction: {
    minutes: null,
    covered: { purpose: null, introductions: null, goals: null, confidentiality: null, time_frame: null },
    notes: null,
  },
  status: {
    minutes: null,
    arbeidstaker: { functional_ability: null, adjustments_experience: null },
    arbeidsgiver: { adjustments_made: null, what_worked: null, what_did_not_work: null, not_implemented: null },
    lege: null,
    bht: null,
    summary: null,
  },
  solutions: {
    minutes: null,
    proposals: { items: PROPOSAL },
    measures: Object.fromEntries(MEASURES.map((m) => [m, { decision: null, note: null }])),
  },
  conclusion: {
    minutes: null,
    assessed: null,
    agreed: null,
    workplace_arena: null,
    workplace_arena_how: null,
    alternatives_informed: null,
    actions: { items: ACTION },
    next_follow_up: null,
  },
  referat: { author: null, sent: null, recipients: 'scalars', revised_follow_up_plan: null },
  revised_plan: PLAN,
};

const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isList = (spec) => isObj(spec) && 'items' in spec && Object.keys(spec).length === 1;

// ---- JSON Pointer (RFC 6901) ----

export function pointerTokens(ptr) {
  if (ptr === '' || ptr === undefined) return [];
  return ptr
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function pointerOf(tokens) {
  return tokens.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function getAt(root, ptr) {
  let v = root;
  for (const tok of pointerTokens(ptr)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Array.isArray(v) ? v[Number(tok)] : Object.prototype.hasOwnProperty.call(v, tok) ? v[tok] : undefined;
  }
  return v;
}

/** Sets the value at `ptr`, making the objects on the way. */
export function setAt(root, ptr, value) {
  const toks = pointerTokens(ptr);
  let v = root;
  for (let i = 0; i < toks.length - 1; i++) {
    const tok = toks[i];
    if (!isObj(v[tok]) && !Array.isArray(v[tok])) v[tok] = {};
    v = v[tok];
  }
  v[toks[toks.length - 1]] = value;
}

// ---- The parts of a document the form does not show ----

/**
 * Pointers in `value` that the form has no field for (unknown keys, and
 * values of a shape the field cannot hold), for the notice after opening.
 * `fits(ptr, v)` says whether the form's field at `ptr` can show `v`.
 */
export function unshown(value, fits) {
  const out = [];
  const walk = (v, spec, ptr) => {
    if (v === null || v === undefined) return;
    if (spec === 'scalars') {
      if (!Array.isArray(v)) out.push(ptr);
      else v.forEach((x, i) => fits(`${ptr}/${i}`, x) || out.push(`${ptr}/${i}`));
      return;
    }
    if (spec === null) {
      if (!fits(ptr, v)) out.push(ptr);
      return;
    }
    if (isList(spec)) {
      if (!Array.isArray(v)) return out.push(ptr);
      v.forEach((x, i) => walk(x, spec.items, `${ptr}/${i}`));
      return;
    }
    if (!isObj(v)) return out.push(ptr);
    for (const [k, x] of Object.entries(v)) {
      const p = `${ptr}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (Object.prototype.hasOwnProperty.call(spec, k)) walk(x, spec[k], p);
      else out.push(p);
    }
  };
  walk(value, ORDER, '');
  return out;
}

// ---- The YAML writer ----

const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;
// A plain scalar only for ordinary text: starts with a letter, no character
// YAML gives a meaning to inside a value (`: `, ` #`, quotes, brackets, …).
const PLAIN = /^[\p{L}][\p{L}\p{M}\p{N}_ .,;()%/+'’–—-]*$/u;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

// What YAML cannot carry raw in a double-quoted scalar, after JSON's own
// escapes (which cover C0 controls, `"` and `\`): DEL, the C1 controls
// (U+0085 is a line break to YAML), U+2028 and U+2029 (line breaks too),
// the byte order mark U+FEFF and the non-characters U+FFFE and U+FFFF.
// Each is written as YAML's `\uXXXX` escape, which reads back as the same
// character.
const UNPRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;
// A half of a surrogate pair without its other half ("lone surrogate"): no
// text a file can hold (not UTF-8, not YAML), so it becomes U+FFFD, the
// replacement character, as a browser's own encoder makes it.
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `s` with every lone surrogate replaced by U+FFFD. */
export function wellFormed(s) {
  return s.replace(LONE, '\ufffd');
}

/** JSON text (of a string or any value) made safe for YAML: see UNPRINTABLE. */
function yamlSafe(json) {
  return json.replace(UNPRINTABLE, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** Strings anywhere in `v` made well-formed (for JSON.stringify). */
function wellFormedDeep(v) {
  if (typeof v === 'string') return wellFormed(v);
  if (Array.isArray(v)) return v.map(wellFormedDeep);
  if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [wellFormed(k), wellFormedDeep(x)]));
  return v;
}

/**
 * A string as a YAML scalar: plain when unambiguous, else double-quoted,
 * with every character YAML cannot carry raw escaped, so that any text
 * typed into the form reads back the same (lone surrogates as U+FFFD).
 */
export function scalar(s) {
  if (DATE.test(s)) return s;
  if (PLAIN.test(s) && !RESERVED.test(s) && !/\s$/.test(s) && !s.includes(' -')) return s;
  return yamlSafe(JSON.stringify(wellFormed(s)));
}

function atom(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : scalar(String(v));
  return scalar(String(v));
}

/** A scalar inside a flow sequence (`[a, b]`), where a comma ends a plain scalar. */
function flowAtom(v) {
  const a = atom(v);
  return typeof v === 'string' && a === v && a.includes(',') ? yamlSafe(JSON.stringify(v)) : a;
}

/** Any value in YAML's flow style (JSON, which YAML reads the same). */
function flow(v) {
  return yamlSafe(JSON.stringify(wellFormedDeep(v)));
}

function keyText(k) {
  return /^[a-z_][a-z0-9_]*$/.test(k) ? k : scalar(k);
}

// Keys of `v` in the spec's order, then any others in their own order.
function orderedKeys(v, spec) {
  const known = isObj(spec) ? Object.keys(spec) : [];
  const extra = isObj(v) ? Object.keys(v).filter((k) => !known.includes(k)) : [];
  return [...known, ...extra];
}

function emit(lines, key, v, spec, indent, dash) {
  const pad = ' '.repeat(indent);
  const head = dash ? `${pad}- ` : pad;
  const label = key === null ? '' : `${keyText(key)}:`;
  if (Array.isArray(v)) {
    if (v.length === 0 || (spec === 'scalars' && v.every((x) => !isObj(x) && !Array.isArray(x)))) {
      lines.push(`${head}${label} [${v.map(flowAtom).join(', ')}]`);
      return;
    }
    lines.push(`${head}${label}`);
    const itemSpec = isList(spec) ? spec.items : undefined;
    for (const x of v) emitItem(lines, x, itemSpec, indent + 2);
    return;
  }
  if (isObj(v) || (isObj(spec) && !isList(spec) && (v === null || v === undefined))) {
    const obj = isObj(v) ? v : {};
    const keys = orderedKeys(obj, spec);
    if (keys.length === 0) {
      lines.push(`${head}${label} {}`);
      return;
    }
    lines.push(`${head}${label}`);
    for (const k of keys) {
      if (SPARSE.has(k) && isObj(spec) && k in spec && !hasContent(obj[k])) continue;
      emit(lines, k, obj[k], isObj(spec) ? spec[k] : undefined, indent + 2, false);
    }
    return;
  }
  const a = atom(v);
  lines.push(`${head}${label}${a === '' ? '' : ' ' + a}`.replace(/\s+$/, ''));
}

function emitItem(lines, x, spec, indent) {
  const pad = ' '.repeat(indent);
  if (isObj(x)) {
    const keys = orderedKeys(x, spec);
    if (keys.length === 0) return lines.push(`${pad}- {}`);
    keys.forEach((k, i) => {
      const sub = [];
      emit(sub, k, x[k], isObj(spec) ? spec[k] : undefined, indent + 2, false);
      // The first key goes on the dash's line.
      if (i === 0) sub[0] = `${pad}- ${sub[0].slice(indent + 2)}`;
      lines.push(...sub);
    });
    return;
  }
  if (Array.isArray(x)) return lines.push(`${pad}- ${flow(x)}`);
  lines.push(`${pad}- ${atom(x)}`.replace(/\s+$/, ''));
}

/**
 * The document as YAML, in the field order of `dialogmote new`: every key of
 * the known shape (null when empty), then any keys the form does not know,
 * kept as they were; an OPTIONAL section only when the document has it.
 * `header` is a comment line for the top.
 */
export function toYaml(value, header) {
  const lines = header ? [`# ${header.replace(/[\r\n]+/g, ' ')}`] : [];
  const keys = orderedKeys(value, ORDER);
  for (const k of keys) {
    const spec = ORDER[k];
    if (OPTIONAL.has(k) && (value[k] === undefined || value[k] === null)) continue;
    if (isObj(spec) && lines.length > 0 && k !== 'format') lines.push('');
    emit(lines, k, k === 'format' ? (value.format ?? 'dialogmote1/v1') : value[k], spec, 0, false);
  }
  return lines.join('\n') + '\n';
}

// ---- Positions ----

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** The character index in `text` of byte offset `offset` (for the caret). */
export function charIndex(text, offset) {
  const bytes = enc.encode(text);
  return dec.decode(bytes.subarray(0, Math.min(offset, bytes.length))).length;
}

/** Whether `v` holds anything: a value other than null, blank text, or an object or list of such. */
export function hasContent(v) {
  if (v === null || v === undefined) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.some(hasContent);
  if (isObj(v)) return Object.values(v).some(hasContent);
  return true;
}
