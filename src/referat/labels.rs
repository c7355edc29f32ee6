//! Every fixed text of the referat, in bokmål, nynorsk and English: one
//! table, so a translator reads and corrects them in one place.

use crate::model::{
    Decision, EmployerAssessment, MeasureKey, MedicalAssessment, MedicalAssessor, Mode, Role,
};
use crate::texts::Lang;

/// One text in the three languages.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tr {
    pub nb: &'static str,
    pub nn: &'static str,
    pub en: &'static str,
}

impl Tr {
    /// The text in `lang`.
    pub(crate) fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nn => self.nn,
            Lang::En => self.en,
            _ => self.nb,
        }
    }
}

macro_rules! labels {
    ($($(#[$m:meta])* $name:ident = $nb:literal, $nn:literal, $en:literal;)+) => {
        $($(#[$m])* pub(crate) const $name: Tr = Tr { nb: $nb, nn: $nn, en: $en };)+
        /// Every label, for the test that none is empty or untranslated.
        #[cfg(test)]
        pub(crate) const ALL: &[(&str, Tr)] = &[$((stringify!($name), $name)),+];
    };
}

labels! {
    TITLE = "Referat fra dialogmøte 1", "Referat frå dialogmøte 1", "Minutes of dialogue meeting 1";
    DRAFT = "UTKAST", "UTKAST", "DRAFT";
    DRAFT_NOTE = "Utkast: referatet er ikke ferdig og skal ikke sendes ennå.",
        "Utkast: referatet er ikkje ferdig og skal ikkje sendast enno.",
        "Draft: the minutes are not finished and are not to be sent yet.";
    NOT_RECORDED = "ikke ført", "ikkje ført", "not recorded";
    YES = "Ja", "Ja", "Yes";
    NO = "Nei", "Nei", "No";
    PAGE = "Side", "Side", "Page";
    OF = "av", "av", "of";

    // The heading.
    DATE = "Dato", "Dato", "Date";
    TIME = "Tid", "Tid", "Time";
    PLACE = "Sted", "Stad", "Place";
    MODE = "Møteform", "Møteform", "Held as";
    SICK_LEAVE = "Sykmelding", "Sjukmelding", "Sick leave";
    SICK_LEAVE_FROM = "sykmeldt fra", "sjukmeld frå", "on sick leave from";
    SICK_LEAVE_GRADE = "sykmeldingsgrad", "sjukmeldingsgrad", "sick-leave grade";
    FULL_ABSENCE_FROM = "helt sykmeldt fra", "heilt sjukmeld frå", "fully absent from";

    // Participants.
    PARTICIPANTS = "Møtedeltakere", "Møtedeltakarar", "Participants";
    ROLE = "Rolle", "Rolle", "Role";
    NAME = "Navn", "Namn", "Name";
    FUNCTION = "Funksjon", "Funksjon", "Function";
    ATTENDED = "Deltok", "Deltok", "Attended";
    NO_PARTICIPANTS = "Ingen deltakere er ført.", "Ingen deltakarar er førte.", "No participants are recorded.";

    // The follow-up plan.
    PLAN = "Oppfølgingsplan", "Oppfølgingsplan", "Follow-up plan";
    PLAN_INTRO = "Oppfølgingsplanen var utgangspunktet for møtet.",
        "Oppfølgingsplanen var utgangspunktet for møtet.",
        "The follow-up plan was the basis for the meeting.";
    PLAN_DATE = "Planen som ble brukt, er datert", "Planen som vart brukt, er datert", "Version of the plan used";
    PLAN_SENT = "Sendt til lege/behandler", "Sendt til lege/behandlar", "Sent to the doctor";

    // Fase 1.
    PHASE1 = "Fase 1: Innledning", "Fase 1: Innleiing", "Phase 1: Introduction";
    MINUTES_USED = "Tid brukt", "Tid brukt", "Time used";
    MIN = "min", "min", "min";
    COVERED = "Dette ble gått gjennom", "Dette vart gått gjennom", "Covered";
    NOT_COVERED = "Dette ble ikke gått gjennom", "Dette vart ikkje gått gjennom", "Not covered";
    COVERED_PURPOSE = "Hva slags møte dette er, og hvorfor", "Kva slags møte dette er, og kvifor", "What kind of meeting this is, and why";
    COVERED_INTRODUCTIONS = "Presentasjonsrunde med rolleavklaring", "Presentasjonsrunde med rolleavklaring", "Round of introductions, with each person's role";
    COVERED_GOALS = "Intensjon og mål med møtet", "Intensjon og mål med møtet", "The intention and goals of the meeting";
    COVERED_CONFIDENTIALITY = "Taushetsplikt", "Teieplikt", "Confidentiality";
    COVERED_TIME_FRAME = "Stram tidsramme og respekt for agendaen", "Stram tidsramme og respekt for agendaen", "A tight time frame and respect for the agenda";
    NOTES = "Notater", "Notat", "Notes";

    // Fase 2.
    PHASE2 = "Fase 2: Status", "Fase 2: Status", "Phase 2: Status";
    STATUS_EMPLOYEE = "Arbeidstakers redegjørelse", "Arbeidstakaren si utgreiing", "The employee's account";
    FUNCTIONAL_ABILITY = "Utviklingen av egen funksjonsevne", "Utviklinga av eigen funksjonsevne", "How their functional ability has developed";
    ADJUSTMENTS_EXPERIENCE = "Hvordan tilretteleggingen har fungert", "Korleis tilrettelegginga har fungert", "How the adjustments have worked";
    STATUS_EMPLOYER = "Arbeidsgivers redegjørelse", "Arbeidsgivaren si utgreiing", "The employer's account";
    ADJUSTMENTS_MADE = "Tilrettelegging som er satt i verk", "Tilrettelegging som er sett i verk", "Adjustments put in place";
    WHAT_WORKED = "Hva har fungert, og hvorfor", "Kva har fungert, og kvifor", "What worked, and why";
    WHAT_DID_NOT_WORK = "Hva har ikke fungert, og hvorfor", "Kva har ikkje fungert, og kvifor", "What did not work, and why";
    NOT_IMPLEMENTED = "Tiltak som ikke er gjennomført, og hvorfor", "Tiltak som ikkje er gjennomførte, og kvifor", "Measures not carried out, and why";
    STATUS_DOCTOR = "Lege/behandlers synspunkter", "Synspunkta til lege/behandlar", "The doctor's views";
    STATUS_BHT = "Bedriftshelsetjenestens synspunkter", "Synspunkta til bedriftshelsetenesta", "The occupational health service's views";
    STATUS_SUMMARY = "Arbeidsgivers oppsummering av status", "Arbeidsgivaren si oppsummering av status", "The employer's summary of the status";

    // Fase 3.
    PHASE3 = "Fase 3: Løsninger", "Fase 3: Løysingar", "Phase 3: Solutions";
    PROPOSALS = "Forslag til løsninger", "Forslag til løysingar", "Proposed solutions";
    NO_PROPOSALS = "Ingen forslag er ført.", "Ingen forslag er førte.", "No proposals are recorded.";
    PROPOSAL = "Forslag", "Forslag", "Proposal";
    PROPOSED_BY = "Foreslått av", "Foreslått av", "Proposed by";
    EMPLOYER_ASSESSMENT = "Arbeidsgivers vurdering", "Arbeidsgivaren si vurdering", "The employer's assessment";
    MEDICAL_ASSESSMENT = "Medisinsk vurdering", "Medisinsk vurdering", "Medical assessment";
    ASSESSED_BY = "vurdert av", "vurdert av", "assessed by";
    MEASURES = "Virkemidler fra NAV", "Verkemiddel frå NAV", "NAV's measures";
    MEASURE = "Virkemiddel", "Verkemiddel", "Measure";
    DECISION = "Beslutning", "Avgjerd", "Decision";
    NOTE = "Merknad", "Merknad", "Note";
    MEASURES_NOT_RECORDED = "Virkemidlene fra NAV er ikke ført.", "Verkemidla frå NAV er ikkje førte.", "NAV's measures are not recorded.";
    AKTIV_SYKMELDING_NOTE = "Aktiv sykmelding ble avviklet i 2011. Gradert sykmelding gjelder fortsatt.",
        "Aktiv sjukmelding vart avvikla i 2011. Gradert sjukmelding gjeld framleis.",
        "Active sick leave (aktiv sykmelding) was abolished in 2011. Graded sick leave remains.";

    // Fase 4.
    PHASE4 = "Fase 4: Avtale og konklusjon", "Fase 4: Avtale og konklusjon", "Phase 4: Agreement and conclusion";
    ASSESSED = "Hva er vurdert", "Kva er vurdert", "What was assessed";
    AGREED = "Hva er vi enige om", "Kva er vi samde om", "What we agreed";
    WORKPLACE_ARENA = "Arbeidsplassen er arena for videre oppfølging", "Arbeidsplassen er arena for vidare oppfølging", "The workplace is the arena for further follow-up";
    WORKPLACE_ARENA_HOW = "Slik skjer oppfølgingen", "Slik går oppfølginga føre seg", "How the follow-up takes place";
    ALTERNATIVES_INFORMED = "Arbeidstaker er informert om alternativene og prosessen videre", "Arbeidstakaren er informert om alternativa og prosessen vidare", "The employee was told about the alternatives and the process ahead";
    ACTIONS = "Hvem gjør hva når", "Kven gjer kva når", "Who does what, and when";
    WHAT = "Hva", "Kva", "What";
    WHO = "Hvem", "Kven", "Who";
    DUE = "Frist", "Frist", "By";
    NO_ACTIONS = "Ingen oppgaver er ført.", "Ingen oppgåver er førte.", "No actions are recorded.";
    NEXT_FOLLOW_UP = "Neste oppfølging", "Neste oppfølging", "Next follow-up";

    // Confidentiality.
    CONFIDENTIALITY = "Taushetsplikt og personvern", "Teieplikt og personvern", "Confidentiality and privacy";
    CONFIDENTIALITY_TEXT = "Referatet handler om arbeid, funksjon og tilrettelegging. Diagnose og andre medisinske opplysninger er ikke en del av referatet, og arbeidsgiver har ikke krav på dem. Alle som deltok i møtet, har taushetsplikt om det de fikk vite om arbeidstakers helse og personlige forhold. Referatet sendes bare til møtedeltakerne og NAV, og skal oppbevares slik at uvedkommende ikke får tilgang til det.",
        "Referatet handlar om arbeid, funksjon og tilrettelegging. Diagnose og andre medisinske opplysningar er ikkje ein del av referatet, og arbeidsgivaren har ikkje krav på dei. Alle som deltok i møtet, har teieplikt om det dei fekk vite om helsa og dei personlege forholda til arbeidstakaren. Referatet vert berre sendt til møtedeltakarane og NAV, og skal oppbevarast slik at uvedkomande ikkje får tilgang til det.",
        "These minutes deal with work, functional ability and adjustments. The diagnosis and other medical details are not part of the minutes, and the employer has no right to them. Everyone who took part in the meeting is bound by confidentiality about what they learnt of the employee's health and personal circumstances. The minutes are sent only to the participants and NAV, and are to be kept where no unauthorised person can read them.";

    // The end.
    REFERAT = "Om referatet", "Om referatet", "About these minutes";
    AUTHOR = "Skrevet av", "Skrive av", "Written by";
    SENT = "Sendt", "Sendt", "Sent";
    NOT_SENT = "ikke sendt ennå", "ikkje sendt enno", "not sent yet";
    RECIPIENTS = "Mottakere", "Mottakarar", "Recipients";
    REVISED_PLAN = "Referatet er en revidert oppfølgingsplan.", "Referatet er ein revidert oppfølgingsplan.", "These minutes are a revised follow-up plan.";
    MISSING = "Dette mangler før referatet kan sendes", "Dette manglar før referatet kan sendast", "Missing before the minutes can be sent";

    // Roles.
    ROLE_ARBEIDSTAKER = "Arbeidstaker", "Arbeidstakar", "Employee";
    ROLE_ARBEIDSGIVER = "Arbeidsgiver", "Arbeidsgivar", "Employer";
    ROLE_LEGE = "Lege/behandler", "Lege/behandlar", "Doctor/therapist";
    ROLE_BHT = "Bedriftshelsetjeneste (BHT)", "Bedriftshelseteneste (BHT)", "Occupational health service (BHT)";
    ROLE_NAV = "NAV", "NAV", "NAV";
    ROLE_TILLITSVALGT = "Tillitsvalgt", "Tillitsvald", "Union representative";
    ROLE_VERNEOMBUD = "Verneombud", "Verneombod", "Safety representative";
    ROLE_ANNEN = "Annen", "Annan", "Other";

    // Modes.
    MODE_IN_PERSON = "Fysisk møte", "Fysisk møte", "In person";
    MODE_VIDEO = "Videomøte", "Videomøte", "Video";
    MODE_PHONE = "Telefonmøte", "Telefonmøte", "Phone";
    MODE_HYBRID = "Noen møtte fysisk, andre digitalt", "Nokre møtte fysisk, andre digitalt", "Some in person, some remotely";

    // The employer's assessment.
    FEASIBLE = "Kan gjennomføres", "Kan gjennomførast", "Can be carried out";
    PARTLY_FEASIBLE = "Kan delvis gjennomføres", "Kan delvis gjennomførast", "Can partly be carried out";
    NOT_FEASIBLE = "Kan ikke gjennomføres", "Kan ikkje gjennomførast", "Cannot be carried out";

    // The medical assessment.
    SOUND = "Medisinsk forsvarlig", "Medisinsk forsvarleg", "Medically sound";
    NOT_SOUND = "Ikke medisinsk forsvarlig", "Ikkje medisinsk forsvarleg", "Not medically sound";
    NOT_ASSESSED = "Ikke vurdert", "Ikkje vurdert", "Not assessed";

    // Decisions on measures.
    APPLY = "Søkes om eller settes i gang", "Det vert søkt om eller sett i gang", "To be applied for or started";
    IN_USE = "Er allerede i bruk", "Er alt i bruk", "Already in place";
    CLARIFY = "Avklares senere", "Blir avklart seinare", "To be clarified later";
    NOT_RELEVANT = "Ikke aktuelt", "Ikkje aktuelt", "Not relevant";

    // NAV's measures a–h, in the guide's words.
    M_GRADERT = "a. Aktiv/gradert sykmelding", "a. Aktiv/gradert sjukmelding", "a. Active/graded sick leave";
    M_TILSKUDD = "b. Tilretteleggingstilskudd", "b. Tilretteleggingstilskot", "b. Adjustment grant (tilretteleggingstilskudd)";
    M_AVKLARING = "c. Avklaring/rehabilitering/oppfølging", "c. Avklaring/rehabilitering/oppfølging", "c. Assessment/rehabilitation/follow-up";
    M_HELSE = "d. Kjøp av helsetjenester ved lettere psykiske lidelser", "d. Kjøp av helsetenester ved lettare psykiske lidingar", "d. Purchase of health services for mild mental disorders";
    M_FRITAK = "e. Fritak for arbeidsgiverperiode ved kroniske lidelser eller svangerskapsrelatert fravær", "e. Fritak for arbeidsgivarperiode ved kroniske lidingar eller svangerskapsrelatert fråvær", "e. Exemption from the employer period for chronic illness or pregnancy-related absence";
    M_KID = "f. KID (kurs i depresjonsmestring)", "f. KID (kurs i depresjonsmeistring)", "f. KID (a course in coping with depression)";
    M_VURDERING = "g. Arbeidsplassvurdering ved fysio- eller ergoterapeut", "g. Arbeidsplassvurdering ved fysio- eller ergoterapeut", "g. Workplace assessment by a physiotherapist or occupational therapist";
    M_HJELPEMIDLER = "h. Arbeidsplasshjelpemidler", "h. Arbeidsplasshjelpemiddel", "h. Workplace aids";
}

/// Month names, January first.
const MONTHS: [Tr; 12] = [
    Tr {
        nb: "januar",
        nn: "januar",
        en: "January",
    },
    Tr {
        nb: "februar",
        nn: "februar",
        en: "February",
    },
    Tr {
        nb: "mars",
        nn: "mars",
        en: "March",
    },
    Tr {
        nb: "april",
        nn: "april",
        en: "April",
    },
    Tr {
        nb: "mai",
        nn: "mai",
        en: "May",
    },
    Tr {
        nb: "juni",
        nn: "juni",
        en: "June",
    },
    Tr {
        nb: "juli",
        nn: "juli",
        en: "July",
    },
    Tr {
        nb: "august",
        nn: "august",
        en: "August",
    },
    Tr {
        nb: "september",
        nn: "september",
        en: "September",
    },
    Tr {
        nb: "oktober",
        nn: "oktober",
        en: "October",
    },
    Tr {
        nb: "november",
        nn: "november",
        en: "November",
    },
    Tr {
        nb: "desember",
        nn: "desember",
        en: "December",
    },
];

/// The name of month `m` (1–12).
pub(crate) fn month(m: u32, lang: Lang) -> &'static str {
    MONTHS[(m.clamp(1, 12) - 1) as usize].get(lang)
}

/// A role in words.
pub(crate) fn role(r: Role) -> Tr {
    match r {
        Role::Arbeidstaker => ROLE_ARBEIDSTAKER,
        Role::Arbeidsgiver => ROLE_ARBEIDSGIVER,
        Role::Lege => ROLE_LEGE,
        Role::Bht => ROLE_BHT,
        Role::Nav => ROLE_NAV,
        Role::Tillitsvalgt => ROLE_TILLITSVALGT,
        Role::Verneombud => ROLE_VERNEOMBUD,
        Role::Annen => ROLE_ANNEN,
    }
}

/// How the meeting was held, in words.
pub(crate) fn mode(m: Mode) -> Tr {
    match m {
        Mode::InPerson => MODE_IN_PERSON,
        Mode::Video => MODE_VIDEO,
        Mode::Phone => MODE_PHONE,
        Mode::Hybrid => MODE_HYBRID,
    }
}

/// The employer's assessment in words.
pub(crate) fn employer_assessment(a: EmployerAssessment) -> Tr {
    match a {
        EmployerAssessment::Feasible => FEASIBLE,
        EmployerAssessment::PartlyFeasible => PARTLY_FEASIBLE,
        EmployerAssessment::NotFeasible => NOT_FEASIBLE,
    }
}

/// The medical assessment in words.
pub(crate) fn medical_assessment(a: MedicalAssessment) -> Tr {
    match a {
        MedicalAssessment::Sound => SOUND,
        MedicalAssessment::NotSound => NOT_SOUND,
        MedicalAssessment::NotAssessed => NOT_ASSESSED,
    }
}

/// Who made the medical assessment, in words.
pub(crate) fn assessor(a: MedicalAssessor) -> Tr {
    match a {
        MedicalAssessor::Lege => ROLE_LEGE,
        MedicalAssessor::Bht => ROLE_BHT,
    }
}

/// A decision on a measure, in words.
pub(crate) fn decision(d: Decision) -> Tr {
    match d {
        Decision::Apply => APPLY,
        Decision::InUse => IN_USE,
        Decision::Clarify => CLARIFY,
        Decision::NotRelevant => NOT_RELEVANT,
    }
}

/// A measure in the guide's words, with its letter.
pub(crate) fn measure(m: MeasureKey) -> Tr {
    match m {
        MeasureKey::GradertSykmelding => M_GRADERT,
        MeasureKey::Tilretteleggingstilskudd => M_TILSKUDD,
        MeasureKey::AvklaringRehabiliteringOppfolging => M_AVKLARING,
        MeasureKey::HelsetjenesterLetterePsykiskeLidelser => M_HELSE,
        MeasureKey::FritakArbeidsgiverperiode => M_FRITAK,
        MeasureKey::KidKurs => M_KID,
        MeasureKey::Arbeidsplassvurdering => M_VURDERING,
        MeasureKey::Arbeidsplasshjelpemidler => M_HJELPEMIDLER,
    }
}
