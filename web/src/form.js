// The form, built from the document value in the guide's order. Each control
// carries the JSON Pointer of the value it edits (`data-pointer`), and each
// field and group has a slot where the findings at its pointer are shown.
// The form never decides what is missing or wrong: the engine does.

import { t } from './i18n.js';
import { MEASURES, ROLES, GUIDE_ROLES, PARTICIPANT, PROPOSAL, ACTION, getAt, pointerOf } from './doc.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** An id for the element of pointer `ptr`. */
export function idOf(ptr, prefix = 'f') {
  return prefix + (ptr === '' ? '-root' : ptr.replace(/[^A-Za-z0-9]/g, (c) => (c === '/' ? '-' : '_')));
}

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') el.textContent = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c) el.append(c);
  return el;
}

/** Whether the control of `kind` can show `v` (else the value is listed as not shown). */
export function fits(kind, v, options) {
  if (v === null || v === undefined) return true;
  switch (kind) {
    case 'date':
      return typeof v === 'string' && DATE.test(v);
    case 'time':
      return typeof v === 'string' && TIME.test(v);
    case 'int':
      return Number.isInteger(v);
    case 'bool3':
    case 'check':
    case 'radio':
      return typeof v === 'boolean';
    case 'select':
      return typeof v === 'string' && options.includes(v);
    default:
      return typeof v === 'string';
  }
}

/**
 * Shows `v` in the control `el` without changing the document: a value the
 * file holds in another spelling, as the engine's fix would write it
 * (16.11.2026 in a date field as 2026-11-16).
 */
export function showValue(el, v) {
  if (el.dataset.kind === 'radio') for (const r of radiosOf(el)) r.checked = r.value === String(v);
  else if (el.dataset.kind === 'check') el.checked = v === true;
  else el.value = v === null || v === undefined ? '' : String(v);
}

/** The radio buttons of the yes/no question `el` belongs to. */
function radiosOf(el) {
  return el.closest('fieldset')?.querySelectorAll(`input[type=radio][name="${el.name}"]`) ?? [el];
}

/** The value a control holds, as it goes into the document. */
export function readControl(el) {
  const kind = el.dataset.kind;
  if (kind === 'check') return el.checked;
  // The radio button just chosen: Ja or Nei.
  if (kind === 'radio') return el.checked ? el.value === 'true' : null;
  const raw = el.value;
  if (raw === '') return null;
  switch (kind) {
    case 'bool3':
      return raw === 'true';
    case 'int': {
      const n = Number(raw);
      return Number.isInteger(n) ? n : raw;
    }
    default:
      return raw;
  }
}

/**
 * Builds the form for `value` into `root`. `ctx`: {lang, kinds (Map pointer →
 * {kind, options}, filled here for the "not shown" check), anchors (Map
 * pointer → slot element), add(listPtr, item), remove(listPtr, index)}.
 */
export function buildForm(root, value, ctx) {
  const L = (k, a) => t(k, ctx.lang, a);
  const kinds = ctx.kinds;
  const anchors = ctx.anchors;
  kinds.clear();
  anchors.clear();

  const slot = (ptr) => {
    const el = h('div', { class: 'ff', id: idOf(ptr, 'ff'), dataset: { for: ptr } });
    anchors.set(ptr, el);
    return el;
  };

  // One labelled control. `opts`: {kind, label, hint, options: [[value, label]], list, wide, labelHidden, within}.
  // `name`: the label in the page's own sentences, when the visible one says more.
  // `within` names the item the field belongs to («Arbeidstaker (1)», «Forslag 2»), for the notice.
  const field = (ptr, opts) => {
    const id = idOf(ptr);
    const kind = opts.kind || 'text';
    const v = getAt(value, ptr);
    const values = opts.options ? opts.options.map((o) => o[0]) : [];
    kinds.set(ptr, { kind, options: values, label: opts.name ?? opts.label, within: opts.within ?? null });
    const show = fits(kind, v, values);
    const hintId = opts.hint ? idOf(ptr, 'h') : null;
    const described = [hintId, idOf(ptr, 'ff')].filter(Boolean).join(' ');
    const common = { id, dataset: { pointer: ptr, kind }, 'aria-describedby': described };
    let control;
    if (kind === 'textarea') {
      control = h('textarea', { ...common, rows: opts.rows || 3 });
      control.value = show && v != null ? v : '';
    } else if (kind === 'select' || kind === 'bool3') {
      const options =
        kind === 'bool3'
          ? [
              ['true', L('yes')],
              ['false', L('no')],
            ]
          : opts.options;
      control = h('select', common, h('option', { value: '', text: opts.none || L('choose') }));
      for (const [val, label] of options) control.append(h('option', { value: val, text: label }));
      control.value = show && v != null ? String(v) : '';
    } else if (kind === 'check') {
      control = h('input', { ...common, type: 'checkbox' });
      control.checked = v === true;
    } else if (kind === 'radio') {
      // A yes/no question as NAV's form asks it: Ja and Nei as radio
      // buttons in a fieldset whose legend is the field's label. The first
      // button carries the field's id, so a finding focuses it.
      const buttons = [
        ['true', L('yes')],
        ['false', L('no')],
      ].map(([val, text], i) => {
        const rid = i === 0 ? id : `${id}-no`;
        const input = h('input', { ...common, id: rid, type: 'radio', name: id, value: val });
        input.checked = show && v != null && String(v) === val;
        return h('span', { class: 'choice' }, input, h('label', { for: rid, text }));
      });
      const hint = opts.hint ? h('p', { class: 'hint', id: hintId, text: opts.hint }) : null;
      return h(
        'fieldset',
        { class: `field field-radio${opts.wide ? ' wide' : ''}`, id: idOf(ptr, 'g') },
        h('legend', { text: opts.label }),
        hint,
        h('div', { class: 'choices' }, ...buttons),
        slot(ptr),
      );
    } else {
      const type = { date: 'date', time: 'time', int: 'number' }[kind] || opts.type || 'text';
      control = h('input', {
        ...common,
        type,
        list: opts.list,
        inputmode: kind === 'int' ? 'numeric' : opts.inputmode,
        min: opts.min,
        max: opts.max,
        step: kind === 'int' ? 1 : undefined,
        autocomplete: 'off',
      });
      control.value = show && v != null ? String(v) : '';
    }
    const label = h('label', { for: id, class: opts.labelHidden ? 'visually-hidden' : null, text: opts.label });
    // What only a screen reader needs to hear ("(oppgave 1)" in a table whose row says so).
    if (opts.labelMore) label.append(h('span', { class: 'visually-hidden', text: ` ${opts.labelMore}` }));
    const hint = opts.hint ? h('p', { class: 'hint', id: hintId, text: opts.hint }) : null;
    const cls = `field field-${kind}${opts.wide ? ' wide' : ''}`;
    if (kind === 'check') return h('div', { class: cls }, control, label, hint, slot(ptr));
    return h('div', { class: cls }, label, hint, control, slot(ptr));
  };

  const section = (ptr, titleKey, hintKey, ...children) =>
    h(
      'section',
      { class: 'sec', id: idOf(ptr, 's'), 'aria-labelledby': idOf(ptr, 'sh') },
      h('h2', { id: idOf(ptr, 'sh'), text: L(titleKey) }),
      hintKey ? h('p', { class: 'guide', text: L(hintKey) }) : null,
      slot(ptr),
      ...children,
    );

  const group = (ptr, legend, ...children) =>
    h('fieldset', { class: 'group', id: idOf(ptr, 'g') }, h('legend', { text: legend }), slot(ptr), ...children);

  const roleOptions = (roles) => roles.map((r) => [r, L(`role_${r}`)]);
  const minutes = (ptr) => field(ptr, { kind: 'int', label: L('minutes'), min: 0 });

  root.replaceChildren();
  root.append(slot(''));
  // The format line is written by the page; another value is listed as not shown.
  kinds.set('/format', { kind: 'select', options: ['dialogmote1/v1'], label: 'format' });

  // The meeting.
  root.append(
    section(
      '/meeting',
      'secMeeting',
      'guideIntro',
      h(
        'div',
        { class: 'row' },
        field('/meeting/date', { kind: 'date', label: L('date') }),
        field('/meeting/start', { kind: 'time', label: L('start') }),
        field('/meeting/end', { kind: 'time', label: L('end') }),
      ),
      h(
        'div',
        { class: 'row' },
        field('/meeting/mode', {
          kind: 'select',
          label: L('mode'),
          options: ['in_person', 'video', 'phone', 'hybrid'].map((m) => [m, L(`mode_${m}`)]),
        }),
        field('/meeting/location', { label: L('location'), wide: true }),
      ),
    ),
  );

  // The employer (follow-up-plan.md §1): whom the referat is from, and the
  // nearest leader, who is the revised plan's contact person unless the
  // plan names another.
  const person = (base, within) => [
    field(`${base}/name`, { label: L('name'), within }),
    field(`${base}/phone`, { label: L('phone'), within, type: 'tel' }),
    field(`${base}/email`, { label: L('email'), within, type: 'email' }),
  ];
  root.append(
    section(
      '/employer',
      'secEmployer',
      'employerHint',
      h(
        'div',
        { class: 'row' },
        field('/employer/name', { label: L('employerName'), wide: true }),
        field('/employer/organisation_number', { label: L('organisationNumber'), hint: L('orgNumberHint'), inputmode: 'numeric' }),
        field('/employer/sub_unit_number', { label: L('subUnitNumber'), hint: L('subUnitHint'), inputmode: 'numeric' }),
      ),
      group('/employer/nearest_leader', L('nearestLeader'), h('div', { class: 'row' }, ...person('/employer/nearest_leader', L('nearestLeader')))),
    ),
  );

  // Sick leave and the follow-up plan.
  root.append(
    section(
      '/sick_leave',
      'secSickLeave',
      null,
      h(
        'div',
        { class: 'row' },
        field('/sick_leave/start', { kind: 'date', label: L('sickStart') }),
        field('/sick_leave/grade', { kind: 'int', label: L('grade'), hint: L('gradeHint'), min: 1, max: 100 }),
        field('/sick_leave/full_absence_start', { kind: 'date', label: L('fullAbsenceStart'), hint: L('fullAbsenceHint') }),
      ),
      h(
        'div',
        { class: 'row' },
        slot('/follow_up_plan'),
        field('/follow_up_plan/date', { kind: 'date', label: L('planDate') }),
        field('/follow_up_plan/sent_to_doctor', { kind: 'date', label: L('planSent') }),
      ),
    ),
  );

  // The participants.
  const people = Array.isArray(value.participants) ? value.participants : [];
  const cards = people.map((p, i) => {
    const base = `/participants/${i}`;
    const role = p && typeof p === 'object' ? p.role : undefined;
    const fixed = GUIDE_ROLES.includes(role);
    const legend = fixed ? L(`role_${role}`) : ROLES.includes(role) ? L(`role_${role}`) : L('role');
    const parts = [];
    const within = `${legend} (${i + 1})`;
    if (!fixed)
      parts.push(field(`${base}/role`, { kind: 'select', label: L('role'), within, options: roleOptions(ROLES.filter((r) => !GUIDE_ROLES.includes(r) || r === role)) }));
    else kinds.set(`${base}/role`, { kind: 'select', options: [role], label: L('role'), within });
    parts.push(
      field(`${base}/name`, { label: L('name'), within }),
      field(`${base}/function`, {
        label: role === 'annen' ? L('functionAnnen') : L('function'),
        hint: role === 'arbeidsgiver' ? L('functionHint') : null,
        within,
      }),
      field(`${base}/attended`, { kind: 'bool3', label: L('attended'), within }),
      field(`${base}/absence_reason`, { label: L('absenceReason'), hint: L('absenceHint'), wide: true, within }),
    );
    const card = group(base, legend, h('div', { class: 'row' }, ...parts));
    card.classList.add('card');
    if (!fixed) {
      const rm = h('button', { type: 'button', class: 'remove', text: `${L('remove')}: ${legend}` });
      rm.addEventListener('click', () => ctx.remove('/participants', i));
      card.append(rm);
    }
    return card;
  });
  const addBar = h('div', { class: 'add-bar', role: 'group', 'aria-label': L('add') });
  for (const r of ['tillitsvalgt', 'verneombud', 'nav', 'annen']) {
    const b = h('button', { type: 'button', text: `${L('add')}: ${L(`role_${r}`)}` });
    b.addEventListener('click', () =>
      ctx.add('/participants', { ...PARTICIPANT, role: r }),
    );
    addBar.append(b);
  }
  root.append(section('/participants', 'secParticipants', 'participantsHint', ...cards, addBar));

  // Fase 1.
  const covered = ['purpose', 'introductions', 'goals', 'confidentiality', 'time_frame'].map((k) =>
    field(`/introduction/covered/${k}`, { kind: 'check', label: L(`c_${k}`) }),
  );
  root.append(
    section(
      '/introduction',
      'secPhase1',
      null,
      minutes('/introduction/minutes'),
      group('/introduction/covered', L('coveredLegend'), ...covered),
      field('/introduction/notes', { kind: 'textarea', label: L('notes') }),
    ),
  );

  // Fase 2.
  const ta = (ptr, key, hintKey) => field(ptr, { kind: 'textarea', label: L(key), hint: hintKey ? L(hintKey) : null });
  root.append(
    section(
      '/status',
      'secPhase2',
      'noDiagnosis',
      minutes('/status/minutes'),
      group(
        '/status/arbeidstaker',
        L('statusEmployee'),
        ta('/status/arbeidstaker/functional_ability', 's_functional_ability', 'h_functional_ability'),
        ta('/status/arbeidstaker/adjustments_experience', 's_adjustments_experience', 'h_adjustments_experience'),
      ),
      group(
        '/status/arbeidsgiver',
        L('statusEmployer'),
        ta('/status/arbeidsgiver/adjustments_made', 's_adjustments_made', 'h_adjustments_made'),
        ta('/status/arbeidsgiver/what_worked', 's_what_worked'),
        ta('/status/arbeidsgiver/what_did_not_work', 's_what_did_not_work'),
        ta('/status/arbeidsgiver/not_implemented', 's_not_implemented', 'h_not_implemented'),
      ),
      ta('/status/lege', 's_lege', 'h_lege'),
      ta('/status/bht', 's_bht', 'h_bht'),
      ta('/status/summary', 's_summary', 'h_summary'),
    ),
  );

  // Fase 3.
  const proposals = Array.isArray(value.solutions?.proposals) ? value.solutions.proposals : [];
  const pcards = proposals.map((_, i) => {
    const base = `/solutions/proposals/${i}`;
    const legend = `${L('proposal')} ${i + 1}`;
    const within = legend;
    const card = group(
      base,
      legend,
      field(`${base}/description`, { within, kind: 'textarea', label: L('p_description'), hint: i === 0 ? L('h_description') : null }),
      h(
        'div',
        { class: 'row' },
        field(`${base}/proposed_by`, { within, kind: 'select', label: L('p_proposed_by'), options: roleOptions(ROLES) }),
        field(`${base}/employer_assessment`, { within,
          kind: 'select',
          label: L('p_employer_assessment'),
          hint: i === 0 ? L('h_employer_assessment') : null,
          options: ['feasible', 'partly_feasible', 'not_feasible'].map((k) => [k, L(`ea_${k}`)]),
        }),
      ),
      field(`${base}/employer_comment`, { within, label: L('p_employer_comment'), wide: true }),
      h(
        'div',
        { class: 'row' },
        field(`${base}/medical_assessment`, { within,
          kind: 'select',
          label: L('p_medical_assessment'),
          hint: i === 0 ? L('h_medical_assessment') : null,
          options: ['sound', 'not_sound', 'not_assessed'].map((k) => [k, L(`ma_${k}`)]),
        }),
        field(`${base}/medical_assessor`, { within, kind: 'select', label: L('p_medical_assessor'), options: roleOptions(['lege', 'bht']) }),
      ),
    );
    card.classList.add('card');
    const rm = h('button', { type: 'button', class: 'remove', text: `${L('remove')}: ${legend}` });
    rm.addEventListener('click', () => ctx.remove('/solutions/proposals', i));
    card.append(rm);
    return card;
  });
  const addProposal = h('button', { type: 'button', class: 'add', text: L('addProposal') });
  addProposal.addEventListener('click', () =>
    ctx.add('/solutions/proposals', { ...PROPOSAL }),
  );
  const decisions = ['apply', 'in_use', 'clarify', 'not_relevant'].map((d) => [d, L(`d_${d}`)]);
  const measures = MEASURES.map((m) => {
    const base = `/solutions/measures/${m}`;
    const g = group(
      base,
      L(`m_${m}`),
      h(
        'div',
        { class: 'row' },
        field(`${base}/decision`, { kind: 'select', label: L('decision'), options: decisions, within: L(`m_${m}`) }),
        field(`${base}/note`, { label: L('note'), wide: true, within: L(`m_${m}`) }),
      ),
    );
    g.classList.add('measure');
    return g;
  });
  root.append(
    section(
      '/solutions',
      'secPhase3',
      'phase3Hint',
      minutes('/solutions/minutes'),
      h('h3', { text: L('proposals') }),
      slot('/solutions/proposals'),
      ...pcards,
      addProposal,
      h('h3', { text: L('measures') }),
      h('p', { class: 'guide', text: L('measuresHint') }),
      slot('/solutions/measures'),
      ...measures,
    ),
  );

  // Fase 4.
  const actions = Array.isArray(value.conclusion?.actions) ? value.conclusion.actions : [];
  const measureOptions = MEASURES.map((m) => [m, L(`m_${m}`)]);
  const rows = actions.map((_, i) => {
    const base = `/conclusion/actions/${i}`;
    const n = i + 1;
    const item = `${L('action').toLowerCase()} ${n}`;
    const cell = (ptr, opts) => h('td', { class: `a-${ptr.split('/').pop()}` }, field(ptr, { ...opts, labelMore: `(${item})`, within: `${L('action')} ${n}` }));
    const rm = h('button', { type: 'button', class: 'remove' }, L('remove'), h('span', { class: 'visually-hidden', text: `: ${item}` }));
    rm.addEventListener('click', () => ctx.remove('/conclusion/actions', i));
    const tr = h(
      'tr',
      { id: idOf(base, 'g') },
      h('th', { scope: 'row', class: 'a-n' }, h('span', { class: 'a-title', text: `${L('action')} ${n}` }), rm, slot(base)),
      cell(`${base}/what`, { kind: 'textarea', rows: 3, label: L('a_what') }),
      cell(`${base}/owner`, { label: L('a_owner'), list: 'owners' }),
      cell(`${base}/due`, { kind: 'date', label: L('a_due') }),
      cell(`${base}/measure`, { kind: 'select', label: L('a_measure'), options: measureOptions, none: L('noMeasure') }),
    );
    return tr;
  });
  const table = h(
    'table',
    { class: 'actions' },
    h('caption', { text: L('actions') }),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', class: 'a-n', text: L('action') }),
        h('th', { scope: 'col', class: 'a-what', text: L('a_what') }),
        h('th', { scope: 'col', class: 'a-owner', text: L('a_owner') }),
        h('th', { scope: 'col', class: 'a-due', text: L('a_due') }),
        h('th', { scope: 'col', class: 'a-measure', text: L('a_measure') }),
      ),
    ),
    h('tbody', {}, ...rows),
  );
  const addAction = h('button', { type: 'button', class: 'add', text: L('addAction') });
  addAction.addEventListener('click', () => ctx.add('/conclusion/actions', { ...ACTION }));
  root.append(
    section(
      '/conclusion',
      'secPhase4',
      'phase4Hint',
      minutes('/conclusion/minutes'),
      field('/conclusion/assessed', { kind: 'textarea', label: L('assessed') }),
      field('/conclusion/agreed', { kind: 'textarea', label: L('agreed') }),
      field('/conclusion/workplace_arena', { kind: 'bool3', label: L('workplaceArena') }),
      field('/conclusion/workplace_arena_how', { kind: 'textarea', rows: 2, label: L('workplaceArenaHow') }),
      field('/conclusion/alternatives_informed', { kind: 'check', label: L('alternativesInformed') }),
      slot('/conclusion/actions'),
      h('p', { class: 'hint', id: 'owners-hint', text: L('a_ownerHint') }),
      h('div', { class: 'table-wrap' }, table),
      addAction,
      h('datalist', { id: 'owners' }),
      field('/conclusion/next_follow_up', { kind: 'date', label: L('nextFollowUp') }),
    ),
  );

  // The referat.
  const recipients = Array.isArray(value.referat?.recipients) ? value.referat.recipients : [];
  kinds.set('/referat/recipients', { kind: 'recipients', options: ROLES, label: L('recipients') });
  recipients.forEach((r, i) => kinds.set(`/referat/recipients/${i}`, { kind: 'select', options: ROLES, label: L('recipients') }));
  const boxes = [...ROLES.filter((r) => r !== 'nav'), 'nav'].map((r) => {
    const id = idOf(`/referat/recipients/${r}`, 'r');
    const box = h('input', {
      type: 'checkbox',
      id,
      dataset: { recipient: r, pointer: '/referat/recipients' },
      'aria-describedby': 'recipients-hint',
    });
    box.checked = recipients.includes(r);
    return h('div', { class: 'field field-check' }, box, h('label', { for: id, text: L(`role_${r}`) }));
  });
  const recip = group('/referat/recipients', L('recipients'), h('p', { class: 'hint', id: 'recipients-hint', text: L('recipientsHint') }), h('div', { class: 'checks' }, ...boxes));
  root.append(
    section(
      '/referat',
      'secReferat',
      'referatHint',
      field('/referat/author', { label: L('author'), hint: L('authorHint'), list: 'owners' }),
      recip,
      field('/referat/sent', { kind: 'date', label: L('sent'), hint: L('sentHint') }),
      field('/referat/revised_follow_up_plan', { kind: 'check', label: L('revisedPlan') }),
    ),
  );

  // The revised follow-up plan (follow-up-plan.md §2–§3): shown once the
  // referat says it is one, or when the document holds a plan as the
  // engine sees one (anything but null, blank text or an empty mapping:
  // the rules then check it). Its fields in NAV's form's order and words,
  // under NAV's headings for its parts (as the rendered plan has them);
  // then the request to NAV.
  const plan = value.revised_plan;
  const holdsPlan = plan !== null && plan !== undefined && (typeof plan === 'object' ? Object.keys(plan).length > 0 : String(plan).trim() !== '');
  // A file's `revises` (left out in a referat) is kept, and named in the notice by its label.
  kinds.set('/revised_plan/revises', { kind: 'none', options: [], label: L('revises'), within: null });
  if (getAt(value, '/referat/revised_follow_up_plan') === true || holdsPlan) {
    const P = '/revised_plan';
    const text = (key, label, more = {}) => field(`${P}/${key}`, { kind: 'textarea', label: L(label), ...more });
    const yesNo = (key, label) => field(`${P}/${key}`, { kind: 'radio', label: L(label) });
    const contact = group(
      `${P}/contact_person`,
      L('contactPerson'),
      h('p', { class: 'hint', text: L('contactHint') }),
      h('div', { class: 'row' }, ...person(`${P}/contact_person`, L('contactPerson'))),
    );
    root.append(
      section(
        P,
        'secRevisedPlan',
        'revisedPlanHint',
        h(
          'div',
          { class: 'row' },
          field(`${P}/date`, { kind: 'date', label: L('planVersionDate'), hint: L('planDateHint') }),
          field(`${P}/first_date`, { kind: 'date', label: L('firstDate') }),
          field(`${P}/version`, { kind: 'int', label: L('version'), min: 1 }),
        ),
        h('h3', { text: L('planWorkTasks') }),
        text('typical_workday', 'typicalWorkday'),
        text('tasks_possible', 'tasksPossible'),
        text('tasks_not_possible', 'tasksNotPossible'),
        h('h3', { text: L('planAdjustments') }),
        text('previous_adjustments', 'previousAdjustments'),
        text('planned_adjustments', 'plannedAdjustments'),
        text('other_adjustment_options', 'otherAdjustments'),
        text('follow_up', 'followUp'),
        field(`${P}/evaluation_date`, { kind: 'date', label: L('evaluationDate') }),
        yesNo('employee_involved', 'employeeInvolved'),
        text('employee_not_involved_reason', 'notInvolvedReason', { rows: 2 }),
        h('h3', { text: L('planSharing') }),
        yesNo('share_with_nav', 'shareWithNav'),
        yesNo('needs_help_from_nav', 'needsHelp'),
        text('needs_help_description', 'needsHelpDescription', { rows: 2 }),
        yesNo('share_with_doctor', 'shareWithDoctor'),
        text('message_to_doctor', 'messageToDoctor', { rows: 2 }),
        text('additional_information', 'additionalInformation', { rows: 2 }),
        contact,
        navRequest(L, ctx),
      ),
    );
  }
  updateOwners(root, value, ctx.lang);
}

/**
 * «Forespørsel til NAV»: the employee's identity number, which is never
 * part of the document (no `data-pointer`: the form does not read it into
 * the referat; not stored, not in the URL; emptied after each use), the
 * sender NAV sees, and the button. `ctx.exportNav(parts)` makes the request.
 */
function navRequest(L, ctx) {
  const input = (id, label, hint, attrs = {}) => {
    const hintId = hint ? `${id}-hint` : null;
    const el = h('input', { id, type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': hintId, ...attrs });
    return { el, box: h('div', { class: 'field' }, h('label', { for: id, text: label }), hint ? h('p', { class: 'hint', id: hintId, text: hint }) : null, el) };
  };
  const id = input('nav-employee-id', L('employeeId'), L('employeeIdHint'), { inputmode: 'numeric', maxlength: 64, 'data-testid': 'nav-employee-id' });
  const name = input('nav-lps-name', L('lpsName'), L('lpsNameHint'));
  const email = input('nav-lps-email', L('lpsEmail'), null, { type: 'email' });
  const synthetic = h('input', { id: 'nav-synthetic', type: 'checkbox' });
  const button = h('button', { type: 'button', id: 'nav-export', 'data-testid': 'export-nav', text: L('exportNav') });
  const result = h('div', { id: 'nav-result', class: 'nav-result', role: 'status' });
  const parts = { id: id.el, name: name.el, email: email.el, synthetic, result };
  button.addEventListener('click', () => ctx.exportNav(parts));
  return h(
    'fieldset',
    { class: 'group nav-request', id: 'g-nav-request' },
    h('legend', { text: L('navRequest') }),
    h('p', { class: 'guide', text: L('navRequestHint') }),
    id.box,
    h('div', { class: 'row' }, name.box, email.box),
    h('div', { class: 'field field-check' }, synthetic, h('label', { for: 'nav-synthetic', text: L('allowSynthetic') })),
    button,
    result,
  );
}

/** The choices for "who": the participants' roles and names, and NAV. */
export function updateOwners(root, value, lang) {
  const list = root.querySelector('#owners');
  if (!list) return;
  const seen = new Set();
  const opts = [];
  const add = (v, label) => {
    if (typeof v !== 'string' || v.trim() === '' || seen.has(v)) return;
    seen.add(v);
    opts.push(Object.assign(document.createElement('option'), { value: v, label }));
  };
  const people = Array.isArray(value.participants) ? value.participants : [];
  for (const p of people) if (p && ROLES.includes(p.role)) add(p.role, t(`role_${p.role}`, lang));
  add('nav', t('role_nav', lang));
  for (const p of people)
    if (p && typeof p.name === 'string') add(p.name, ROLES.includes(p.role) ? `${t(`role_${p.role}`, lang)}: ${p.name}` : p.name);
  list.replaceChildren(...opts);
}

export { pointerOf };
