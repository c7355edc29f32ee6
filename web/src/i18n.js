// Every fixed text of the page, in bokmål, nynorsk and English. The words of
// the form follow the guide (Dialogmøte 1 – gjennomføringsguide) and the
// labels the renderer uses (src/referat/labels.rs), so the form and the
// printed referat say the same thing. Findings come from the engine, in the
// language asked for; none is written here.

export const LANGS = ['nb', 'nn', 'en'];

/** key → [nb, nn, en] */
const T = {
  title: ['Referat fra dialogmøte 1', 'Referat frå dialogmøte 1', 'Minutes of dialogue meeting 1'],
  subtitle: [
    'Fyll ut skjemaet i veilederens rekkefølge. Kontrollen går mens du skriver.',
    'Fyll ut skjemaet i rettleiaren si rekkjefølgje. Kontrollen går medan du skriv.',
    "Fill in the form in the guide's order. It is checked as you type.",
  ],
  skip: ['Gå til skjemaet', 'Gå til skjemaet', 'Skip to the form'],
  language: ['Språk', 'Språk', 'Language'],
  loading: ['Laster kontrollen …', 'Lastar kontrollen …', 'Loading the checker …'],
  engineFailed: [
    'Kontrollen kunne ikke startes i denne nettleseren.',
    'Kontrollen kunne ikkje startast i denne nettlesaren.',
    'The checker could not start in this browser.',
  ],
  // Toolbar.
  newReferat: ['Nytt referat', 'Nytt referat', 'New minutes'],
  newConfirm: [
    'Begynne på et nytt, tomt referat? Det du har skrevet, blir borte.',
    'Byrje på eit nytt, tomt referat? Det du har skrive, blir borte.',
    'Start new, empty minutes? What you have written will be lost.',
  ],
  open: ['Åpne fil (YAML eller JSON)', 'Opne fil (YAML eller JSON)', 'Open a file (YAML or JSON)'],
  exportYaml: ['Lagre som YAML', 'Lagre som YAML', 'Save as YAML'],
  showPreview: ['Forhåndsvis referatet', 'Førehandsvis referatet', 'Preview the minutes'],
  print: ['Skriv ut', 'Skriv ut', 'Print'],
  downloadPdf: ['Last ned PDF', 'Last ned PDF', 'Download PDF'],
  downloadHtml: ['Last ned HTML', 'Last ned HTML', 'Download HTML'],
  closePreview: ['Lukk forhåndsvisningen', 'Lukk førehandsvisinga', 'Close the preview'],
  preview: ['Forhåndsvisning', 'Førehandsvising', 'Preview'],
  previewDraft: [
    'Referatet har feil og vises som utkast.',
    'Referatet har feil og blir vist som utkast.',
    'The minutes have errors and are shown as a draft.',
  ],
  previewRefused: [
    'Referatet kan ikke vises før disse funnene er rettet:',
    'Referatet kan ikkje visast før desse funna er retta:',
    'The minutes cannot be shown until these findings are mended:',
  ],
  // The draft in the browser.
  draftNote: [
    'Kladden lagres bare i denne nettleseren, på denne maskinen. Ingenting sendes noe sted: kontrollen går i nettleseren.',
    'Kladden blir berre lagra i denne nettlesaren, på denne maskina. Ingenting blir sendt nokon stad: kontrollen går i nettlesaren.',
    'The draft is kept only in this browser, on this machine. Nothing is sent anywhere: the checking runs in the browser.',
  ],
  deleteDraft: ['Slett kladden fra nettleseren', 'Slett kladden frå nettlesaren', 'Delete the draft from the browser'],
  deleteConfirm: [
    'Slette kladden fra denne nettleseren? Dette kan ikke angres.',
    'Slette kladden frå denne nettlesaren? Dette kan ikkje angrast.',
    'Delete the draft from this browser? This cannot be undone.',
  ],
  draftDeleted: ['Kladden er slettet.', 'Kladden er sletta.', 'The draft is deleted.'],
  // Summary and findings.
  summary: ['Kontroll', 'Kontroll', 'Check'],
  sendBy: ['Send referatet innen', 'Send referatet innan', 'Send the minutes by'],
  sentOn: ['Referatet ble sendt', 'Referatet vart sendt', 'The minutes were sent on'],
  noDeadline: [
    'Fristen vises når møtedatoen er fylt inn.',
    'Fristen blir vist når møtedatoen er fylt inn.',
    'The deadline shows once the meeting date is filled in.',
  ],
  deadlineNote: [
    'til deltakerne og NAV lokalt, innen 1 uke etter møtet',
    'til deltakarane og NAV lokalt, innan 1 veke etter møtet',
    'to the participants and the local NAV office, within 1 week of the meeting',
  ],
  errors: ['feil', 'feil', 'errors'],
  warnings: ['advarsler', 'åtvaringar', 'warnings'],
  infos: ['info', 'info', 'infos'],
  error: ['feil', 'feil', 'error'],
  warning: ['advarsel', 'åtvaring', 'warning'],
  info: ['info', 'info', 'info'],
  clean: ['Ingen funn: referatet er klart.', 'Ingen funn: referatet er klart.', 'No findings: the minutes are ready.'],
  findings: ['Funn', 'Funn', 'Findings'],
  goToField: ['Gå til feltet', 'Gå til feltet', 'Go to the field'],
  fixPrefix: ['Rett', 'Rett', 'Fix'],
  fixUnsafe: ['(sjekk etterpå)', '(sjekk etterpå)', '(check afterwards)'],
  announce: ['{e} feil, {w} advarsler, {i} info', '{e} feil, {w} åtvaringar, {i} info', '{e} errors, {w} warnings, {i} infos'],
  // Open.
  opened: ['Åpnet {name}.', 'Opna {name}.', 'Opened {name}.'],
  tooLarge: [
    '{name} ble ikke åpnet: filen er større enn {max}, det meste kontrollen leser. Del opp referatet, eller gjør det kortere.',
    '{name} vart ikkje opna: fila er større enn {max}, det meste kontrollen les. Del opp referatet, eller gjer det kortare.',
    '{name} was not opened: the file is larger than {max}, the most the checker reads. Split the referat, or make it shorter.',
  ],
  notShown: [
    'Skjemaet kan ikke vise alt i fila. Dette beholdes uendret og skrives tilbake når du lagrer, og kan endres i YAML-teksten nederst:',
    'Skjemaet kan ikkje vise alt i fila. Dette blir halde uendra og skrive tilbake når du lagrar, og kan endrast i YAML-teksten nedst:',
    'The form cannot show everything in the file. These parts are kept unchanged, written back when you save, and can be edited in the YAML text at the bottom:',
  ],
  commentsLost: [
    'Fila har kommentarer (linjer med #). De beholdes til du endrer noe i skjemaet; da skrives referatet på nytt uten dem.',
    'Fila har kommentarar (linjer med #). Dei blir haldne til du endrar noko i skjemaet; då blir referatet skrive på nytt utan dei.',
    'The file has comments (lines with #). They are kept until you change something in the form; then the minutes are written anew without them.',
  ],
  unreadable: [
    'Fila kan ikke leses inn i skjemaet før syntaksfeilen er rettet. Rett den i YAML-teksten nederst.',
    'Fila kan ikkje lesast inn i skjemaet før syntaksfeilen er retta. Rett han i YAML-teksten nedst.',
    'The file cannot be read into the form until the syntax error is mended. Mend it in the YAML text at the bottom.',
  ],
  notReferat: [
    'Dokumentet er ikke et referat (øverste nivå er ikke et objekt); bare YAML-teksten kan vise det.',
    'Dokumentet er ikkje eit referat (det øvste nivået er ikkje eit objekt); berre YAML-teksten kan vise det.',
    'The document is not a minutes document (its top level is not an object); only the YAML text can show it.',
  ],
  // Common.
  yes: ['Ja', 'Ja', 'Yes'],
  no: ['Nei', 'Nei', 'No'],
  choose: ['– velg –', '– vel –', '– choose –'],
  remove: ['Fjern', 'Fjern', 'Remove'],
  minutes: ['Tid brukt (minutter)', 'Tid brukt (minutt)', 'Time used (minutes)'],
  notes: ['Notater', 'Notat', 'Notes'],
  note: ['Merknad', 'Merknad', 'Note'],
  noDiagnosis: [
    'Skriv om arbeid, funksjon og tilrettelegging – ikke diagnose eller fødselsnummer.',
    'Skriv om arbeid, funksjon og tilrettelegging – ikkje diagnose eller fødselsnummer.',
    'Write about work, functional ability and adjustments – not the diagnosis or a national ID number.',
  ],
  // The meeting.
  secMeeting: ['Møtet', 'Møtet', 'The meeting'],
  guideIntro: [
    'Bruk oppfølgingsplanen som utgangspunkt for dette møtet. Tidsaspektet er spesielt viktig hvis lege skal delta (maksimalt 45 minutter).',
    'Bruk oppfølgingsplanen som utgangspunkt for dette møtet. Tidsaspektet er særleg viktig viss lege skal delta (maksimalt 45 minutt).',
    'Use the follow-up plan as the basis for this meeting. Time matters especially if the doctor takes part (at most 45 minutes).',
  ],
  date: ['Dato', 'Dato', 'Date'],
  start: ['Starttid', 'Starttid', 'Start time'],
  end: ['Sluttid', 'Sluttid', 'End time'],
  mode: ['Møteform', 'Møteform', 'Held as'],
  location: ['Sted', 'Stad', 'Place'],
  mode_in_person: ['Fysisk møte', 'Fysisk møte', 'In person'],
  mode_video: ['Videomøte', 'Videomøte', 'Video'],
  mode_phone: ['Telefonmøte', 'Telefonmøte', 'Phone'],
  mode_hybrid: ['Noen møtte fysisk, andre digitalt', 'Nokre møtte fysisk, andre digitalt', 'Some in person, some remotely'],
  // Sick leave and the plan.
  secSickLeave: ['Sykmelding og oppfølgingsplan', 'Sjukmelding og oppfølgingsplan', 'Sick leave and follow-up plan'],
  sickStart: ['Første fraværsdag', 'Første fråværsdag', 'First day of absence'],
  grade: ['Sykmeldingsgrad ved møtet (prosent)', 'Sjukmeldingsgrad ved møtet (prosent)', 'Sick-leave grade at the meeting (per cent)'],
  gradeHint: ['100 = helt sykmeldt', '100 = heilt sjukmeld', '100 = fully absent'],
  fullAbsenceStart: ['Første dag med 100 % fravær', 'Første dag med 100 % fråvær', 'First day of 100 % absence'],
  fullAbsenceHint: [
    'Bare hvis det begynte senere enn første fraværsdag',
    'Berre viss det byrja seinare enn første fråværsdag',
    'Only if it began later than the first day of absence',
  ],
  planDate: ['Oppfølgingsplanen som ble brukt, er datert', 'Oppfølgingsplanen som vart brukt, er datert', 'Date of the follow-up plan used'],
  planSent: ['Planen ble sendt til lege/behandler', 'Planen vart sendt til lege/behandlar', 'The plan was sent to the doctor on'],
  // Participants.
  secParticipants: ['Møtedeltakere', 'Møtedeltakarar', 'Participants'],
  participantsHint: [
    'Alle fire roller skal være vurdert: deltok de ikke, skriv hvorfor.',
    'Alle fire rollene skal vere vurderte: deltok dei ikkje, skriv kvifor.',
    'All four roles must be considered: if someone did not take part, say why.',
  ],
  role: ['Rolle', 'Rolle', 'Role'],
  name: ['Navn', 'Namn', 'Name'],
  function: ['Funksjon', 'Funksjon', 'Function'],
  functionHint: ['For eksempel nærmeste leder', 'Til dømes nærmaste leiar', 'For example the line manager'],
  functionAnnen: ['Hvem er dette? (påkrevd for «annen»)', 'Kven er dette? (påkravd for «annan»)', 'Who is this? (required for "other")'],
  attended: ['Deltok', 'Deltok', 'Attended'],
  absenceReason: ['Hvorfor deltok ikke', 'Kvifor deltok ikkje', 'Why not'],
  absenceHint: [
    'For eksempel ikke innkalt, takket nei, ingen BHT-avtale',
    'Til dømes ikkje kalla inn, takka nei, ingen BHT-avtale',
    'For example not invited, declined, no BHT agreement',
  ],
  add: ['Legg til', 'Legg til', 'Add'],
  role_arbeidstaker: ['Arbeidstaker', 'Arbeidstakar', 'Employee'],
  role_arbeidsgiver: ['Arbeidsgiver', 'Arbeidsgivar', 'Employer'],
  role_lege: ['Lege/behandler', 'Lege/behandlar', 'Doctor/therapist'],
  role_bht: ['Bedriftshelsetjeneste (BHT)', 'Bedriftshelseteneste (BHT)', 'Occupational health service (BHT)'],
  role_nav: ['NAV', 'NAV', 'NAV'],
  role_tillitsvalgt: ['Tillitsvalgt', 'Tillitsvald', 'Union representative'],
  role_verneombud: ['Verneombud', 'Verneombod', 'Safety representative'],
  role_annen: ['Annen', 'Annan', 'Other'],
  // Fase 1.
  secPhase1: ['Fase 1 Innledning/klimasetting (ca. 5 min.)', 'Fase 1 Innleiing/klimasetting (ca. 5 min.)', 'Phase 1 Introduction (about 5 min.)'],
  coveredLegend: ['Dette ble gått gjennom', 'Dette vart gått gjennom', 'Covered'],
  c_purpose: ['1. Hva slags møte og hvorfor', '1. Kva slags møte og kvifor', '1. What kind of meeting, and why'],
  c_introductions: ['2. Presentasjonsrunde med rolleavklaring', '2. Presentasjonsrunde med rolleavklaring', "2. Round of introductions, with each person's role"],
  c_goals: [
    '3. Intensjon og mål med møtet: oppsummere erfaringer med oppfølgingen som har skjedd til nå, og finne frem til de gode løsningene for tilbakeføring til arbeid eller videre avklaring',
    '3. Intensjon og mål med møtet: oppsummere erfaringar med oppfølginga som har skjedd til no, og finne fram til dei gode løysingane for tilbakeføring til arbeid eller vidare avklaring',
    '3. The intention and goals of the meeting: sum up the follow-up so far, and find good solutions for a return to work or further clarification',
  ],
  c_confidentiality: ['4. Taushetsplikt', '4. Teieplikt', '4. Confidentiality'],
  c_time_frame: ['5. Stram tidsramme, respekt for agendaen', '5. Stram tidsramme, respekt for agendaen', '5. A tight time frame, respect for the agenda'],
  // Fase 2.
  secPhase2: ['Fase 2 Status (ca. 10 min.)', 'Fase 2 Status (ca. 10 min.)', 'Phase 2 Status (about 10 min.)'],
  s_functional_ability: ['Utviklingen av egen funksjonsevne', 'Utviklinga av eigen funksjonsevne', 'How their functional ability has developed'],
  h_functional_ability: [
    '1. Arbeidstaker redegjør for utviklingen av egen funksjonsevne …',
    '1. Arbeidstakaren gjer greie for utviklinga av eigen funksjonsevne …',
    '1. The employee describes how their own functional ability has developed …',
  ],
  s_adjustments_experience: ['Hvordan tilretteleggingen har fungert', 'Korleis tilrettelegginga har fungert', 'How the adjustments have worked'],
  h_adjustments_experience: [
    '1. … og hvorledes eventuelle tilrettelagte tiltak oppleves å ha fungert',
    '1. … og korleis eventuelle tilrettelagde tiltak blir opplevde å ha fungert',
    '1. … and how any adjustments are felt to have worked',
  ],
  s_adjustments_made: ['Tilrettelegging som er satt i verk', 'Tilrettelegging som er sett i verk', 'Adjustments put in place'],
  h_adjustments_made: [
    '2. Arbeidsgiver redegjør for tilrettelegginger som er iverksatt …',
    '2. Arbeidsgivaren gjer greie for tilretteleggingar som er sette i verk …',
    '2. The employer describes the adjustments put in place …',
  ],
  s_what_worked: ['Hva har fungert, og hvorfor', 'Kva har fungert, og kvifor', 'What worked, and why'],
  s_what_did_not_work: ['Hva har ikke fungert, og hvorfor', 'Kva har ikkje fungert, og kvifor', 'What did not work, and why'],
  s_not_implemented: ['Tiltak som ikke er gjennomført, og hvorfor', 'Tiltak som ikkje er gjennomførte, og kvifor', 'Measures not carried out, and why'],
  h_not_implemented: [
    '2. … samt tiltak som evt. ikke er gjennomført, og i så fall hvorfor',
    '2. … og tiltak som eventuelt ikkje er gjennomførte, og i så fall kvifor',
    '2. … and any measures not carried out, and if so why',
  ],
  s_lege: ['Lege/behandlers synspunkter', 'Synspunkta til lege/behandlar', "The doctor's views"],
  h_lege: ['3. Lege/behandlers eventuelle synspunkter', '3. Eventuelle synspunkt frå lege/behandlar', "3. The doctor's views, if any"],
  s_bht: ['Bedriftshelsetjenestens synspunkter', 'Synspunkta til bedriftshelsetenesta', "The occupational health service's views"],
  h_bht: ['4. BHTs eventuelle synspunkter', '4. Eventuelle synspunkt frå BHT', "4. The occupational health service's views, if any"],
  s_summary: ['Arbeidsgivers oppsummering av status', 'Arbeidsgivaren si oppsummering av status', "The employer's summary of the status"],
  h_summary: [
    '5. Arbeidsgiver stiller eventuelle oppklarende spørsmål og oppsummerer status',
    '5. Arbeidsgivaren stiller eventuelle oppklarande spørsmål og oppsummerer status',
    '5. The employer asks any clarifying questions and sums up the status',
  ],
  statusEmployee: ['Arbeidstakers redegjørelse', 'Arbeidstakaren si utgreiing', "The employee's account"],
  statusEmployer: ['Arbeidsgivers redegjørelse', 'Arbeidsgivaren si utgreiing', "The employer's account"],
  // Fase 3.
  secPhase3: ['Fase 3 Løsningsfasen (ca. 20 min.)', 'Fase 3 Løysingsfasen (ca. 20 min.)', 'Phase 3 Solutions (about 20 min.)'],
  phase3Hint: [
    'Her er det viktig å ha fokus på å få til aktivitet på arbeidsplassen.',
    'Her er det viktig å ha merksemda på å få til aktivitet på arbeidsplassen.',
    'The focus here is on activity at the workplace.',
  ],
  proposals: ['Forslag til løsninger', 'Forslag til løysingar', 'Proposed solutions'],
  proposal: ['Forslag', 'Forslag', 'Proposal'],
  addProposal: ['Legg til forslag', 'Legg til forslag', 'Add a proposal'],
  p_description: ['Løsningen', 'Løysinga', 'The solution'],
  h_description: [
    'Arbeidstaker reflekterer rundt hvilke konkrete løsninger som er mulig å få til, evt. med tilrettelegging',
    'Arbeidstakaren reflekterer rundt kva for konkrete løysingar som er moglege å få til, eventuelt med tilrettelegging',
    'The employee reflects on which concrete solutions are possible, with adjustments if needed',
  ],
  p_proposed_by: ['Foreslått av', 'Foreslått av', 'Proposed by'],
  p_employer_assessment: ['Arbeidsgivers vurdering', 'Arbeidsgivaren si vurdering', "The employer's assessment"],
  h_employer_assessment: [
    'Arbeidsgiver vurderer om disse er realiserbare, og kommer evt. med egne forslag til løsninger',
    'Arbeidsgivaren vurderer om desse er realiserbare, og kjem eventuelt med eigne forslag til løysingar',
    'The employer assesses whether they can be realised, and may propose solutions of their own',
  ],
  p_employer_comment: ['Hvorfor', 'Kvifor', 'Why'],
  p_medical_assessment: ['Medisinsk vurdering', 'Medisinsk vurdering', 'Medical assessment'],
  h_medical_assessment: [
    'Legen/BHT uttaler seg om eventuelle løsningsforslag er medisinsk forsvarlig',
    'Legen/BHT uttalar seg om eventuelle løysingsforslag er medisinsk forsvarlege',
    'The doctor or BHT says whether the proposals are medically sound',
  ],
  p_medical_assessor: ['Vurdert av', 'Vurdert av', 'Assessed by'],
  ea_feasible: ['Kan gjennomføres', 'Kan gjennomførast', 'Can be carried out'],
  ea_partly_feasible: ['Kan delvis gjennomføres', 'Kan delvis gjennomførast', 'Can partly be carried out'],
  ea_not_feasible: ['Kan ikke gjennomføres', 'Kan ikkje gjennomførast', 'Cannot be carried out'],
  ma_sound: ['Medisinsk forsvarlig', 'Medisinsk forsvarleg', 'Medically sound'],
  ma_not_sound: ['Ikke medisinsk forsvarlig', 'Ikkje medisinsk forsvarleg', 'Not medically sound'],
  ma_not_assessed: ['Ikke vurdert', 'Ikkje vurdert', 'Not assessed'],
  measures: ['Virkemidler fra NAV', 'Verkemiddel frå NAV', "NAV's measures"],
  measuresHint: [
    'Her er det viktig å vurdere eventuell bruk av økonomiske virkemidler fra NAV. Velg en beslutning for hvert.',
    'Her er det viktig å vurdere eventuell bruk av økonomiske verkemiddel frå NAV. Vel ei avgjerd for kvart.',
    "Consider NAV's economic measures here. Choose a decision for each.",
  ],
  decision: ['Beslutning', 'Avgjerd', 'Decision'],
  d_apply: ['Søkes om eller settes i gang', 'Det blir søkt om eller sett i gang', 'To be applied for or started'],
  d_in_use: ['Er allerede i bruk', 'Er alt i bruk', 'Already in place'],
  d_clarify: ['Avklares senere', 'Blir avklart seinare', 'To be clarified later'],
  d_not_relevant: ['Ikke aktuelt', 'Ikkje aktuelt', 'Not relevant'],
  m_gradert_sykmelding: ['a. Aktiv/gradert sykmelding', 'a. Aktiv/gradert sjukmelding', 'a. Active/graded sick leave'],
  m_tilretteleggingstilskudd: ['b. Tilretteleggingstilskudd', 'b. Tilretteleggingstilskot', 'b. Adjustment grant (tilretteleggingstilskudd)'],
  m_avklaring_rehabilitering_oppfolging: ['c. Avklaring/rehabilitering/oppfølging', 'c. Avklaring/rehabilitering/oppfølging', 'c. Assessment/rehabilitation/follow-up'],
  m_helsetjenester_lettere_psykiske_lidelser: [
    'd. Kjøp av helsetjenester v/lettere psykiske lidelser',
    'd. Kjøp av helsetenester ved lettare psykiske lidingar',
    'd. Purchase of health services for mild mental disorders',
  ],
  m_fritak_arbeidsgiverperiode: [
    'e. Fritak for arbeidsgiverperiode for kroniske lidelser/svangerskapsrelatert fravær',
    'e. Fritak for arbeidsgivarperiode for kroniske lidingar/svangerskapsrelatert fråvær',
    'e. Exemption from the employer period for chronic illness or pregnancy-related absence',
  ],
  m_kid_kurs: ['f. KID (kurs i depresjonsmestring)', 'f. KID (kurs i depresjonsmeistring)', 'f. KID (a course in coping with depression)'],
  m_arbeidsplassvurdering: [
    'g. Arbeidsplassvurdering ved fysio-/ergoterapeut',
    'g. Arbeidsplassvurdering ved fysio-/ergoterapeut',
    'g. Workplace assessment by a physiotherapist or occupational therapist',
  ],
  m_arbeidsplasshjelpemidler: ['h. Arbeidsplasshjelpemidler', 'h. Arbeidsplasshjelpemiddel', 'h. Workplace aids'],
  // Fase 4.
  secPhase4: ['Fase 4 Avtale/konklusjon (ca. 10 min.)', 'Fase 4 Avtale/konklusjon (ca. 10 min.)', 'Phase 4 Agreement/conclusion (about 10 min.)'],
  phase4Hint: ['Arbeidsgiver oppsummerer og konkluderer.', 'Arbeidsgivaren oppsummerer og konkluderer.', 'The employer sums up and concludes.'],
  assessed: ['Hva er vurdert?', 'Kva er vurdert?', 'What was assessed?'],
  agreed: ['Hva er vi enige om?', 'Kva er vi samde om?', 'What did we agree?'],
  workplaceArena: [
    'Skal virksomheten være arena for videre oppfølging?',
    'Skal verksemda vere arena for vidare oppfølging?',
    'Is the workplace the arena for further follow-up?',
  ],
  workplaceArenaHow: ['I så fall hvorledes', 'I så fall korleis', 'If so, how'],
  alternativesInformed: [
    'Hvis ikke: arbeidstaker er informert om alternativene og prosessen videre',
    'Viss ikkje: arbeidstakaren er informert om alternativa og prosessen vidare',
    'If not: the employee was told about the alternatives and the process ahead',
  ],
  actions: ['Hvem gjør hva når?', 'Kven gjer kva når?', 'Who does what, and when?'],
  a_what: ['Hva', 'Kva', 'What'],
  a_owner: ['Hvem', 'Kven', 'Who'],
  a_ownerHint: [
    'Velg en deltaker eller NAV, eller skriv et navn',
    'Vel ein deltakar eller NAV, eller skriv eit namn',
    'Choose a participant or NAV, or type a name',
  ],
  a_due: ['Når (frist)', 'Når (frist)', 'When (by)'],
  a_measure: ['Gjelder virkemiddel', 'Gjeld verkemiddel', 'Carries out measure'],
  noMeasure: ['– ingen –', '– ingen –', '– none –'],
  action: ['Tiltak', 'Tiltak', 'Action'],
  addAction: ['Legg til tiltak', 'Legg til tiltak', 'Add an action'],
  nextFollowUp: ['Neste oppfølging eller evaluering', 'Neste oppfølging eller evaluering', 'Next follow-up or evaluation'],
  // The referat.
  secReferat: ['Referatet', 'Referatet', 'The minutes'],
  referatHint: [
    'Arbeidsgiver utarbeider referat som sendes deltakerne og NAV lokalt innen 1 uke.',
    'Arbeidsgivaren utarbeider referat som blir sendt til deltakarane og NAV lokalt innan 1 veke.',
    'The employer writes the minutes and sends them to the participants and the local NAV office within 1 week.',
  ],
  author: ['Skrevet av', 'Skrive av', 'Written by'],
  authorHint: [
    'Arbeidsgiver, eller navnet til arbeidsgiverens representant',
    'Arbeidsgivar, eller namnet til representanten for arbeidsgivaren',
    "The employer, or the name of the employer's representative",
  ],
  recipients: ['Mottakere', 'Mottakarar', 'Recipients'],
  recipientsHint: [
    'Fylt ut etter hvem som deltok, og NAV. Du kan endre det.',
    'Fylt ut etter kven som deltok, og NAV. Du kan endre det.',
    'Filled in from who attended, and NAV. You may change it.',
  ],
  sent: ['Dato referatet ble sendt', 'Dato referatet vart sendt', 'Date the minutes were sent'],
  sentHint: ['Tomt til referatet er sendt', 'Tomt til referatet er sendt', 'Empty until the minutes are sent'],
  revisedPlan: ['Referatet er en revidert oppfølgingsplan', 'Referatet er ein revidert oppfølgingsplan', 'These minutes are a revised follow-up plan'],
  // The YAML text.
  secYaml: ['YAML-teksten (for den som vil se filen)', 'YAML-teksten (for den som vil sjå fila)', 'The YAML text (for those who want to see the file)'],
  yamlLabel: ['Referatet som YAML', 'Referatet som YAML', 'The minutes as YAML'],
  yamlHint: [
    'Skjemaet og teksten er det samme referatet. Endrer du teksten, leses skjemaet inn på nytt.',
    'Skjemaet og teksten er det same referatet. Endrar du teksten, blir skjemaet lese inn på nytt.',
    'The form and the text are the same minutes. When you change the text, the form is read again.',
  ],
  fileHeader: [
    'Referat fra dialogmøte 1 (format dialogmote1/v1), skrevet i nettleseren',
    'Referat frå dialogmøte 1 (format dialogmote1/v1), skrive i nettlesaren',
    'Minutes of dialogue meeting 1 (format dialogmote1/v1), written in the browser',
  ],
};

const INDEX = { nb: 0, nn: 1, en: 2 };

/** The text for `key` in `lang`, with `{name}` placeholders filled from `args`. */
export function t(key, lang, args) {
  const row = T[key];
  if (!row) throw new Error(`no text ${key}`);
  let s = row[INDEX[lang] ?? 0];
  if (args) for (const [k, v] of Object.entries(args)) s = s.split(`{${k}}`).join(String(v));
  return s;
}

/** Every key, for the test that each has three non-empty texts. */
export const KEYS = Object.keys(T);
export const TABLE = T;
