//! Every field of `dialogmote1/v1` by the guide's name, and every value of
//! a closed list (a role, a mode, a decision, a measure) in the guide's
//! words: how a message names what it is about. A pointer stays the data
//! of a finding (JSON, SARIF, the language server keep it); a person reads
//! «Frist» for oppgave 2 under «Hvem gjør hva når».
//!
//! List items are numbered from 1, as people count. A participant is
//! named with their role in words, when the document gives a role the
//! format knows (a closed value, never the document's free text).

use serde_json::Value;

use crate::base::pointer;
use crate::texts::{FieldText, Label, Lang, Text};

/// A field's name: one of the referat's labels, or a name of its own.
#[derive(Debug, Clone, Copy)]
enum Name {
    L(Label),
    F(FieldText),
}

impl Name {
    fn get(self, lang: Lang) -> &'static str {
        match self {
            Name::L(l) => l.get(lang),
            Name::F(f) => f.get(lang),
        }
    }
}

/// How a field is named in a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    /// By its name alone: it says which field it is.
    Alone,
    /// With the part it is in («Tid brukt» i «Fase 1: Innledning»).
    InParent,
}

use Name::{F, L};
use Shown::{Alone, InParent};

/// The fields, by their path in the format; `*` is any item of a list or
/// any of NAV's measures.
const FIELDS: &[(&str, Name, Shown)] = &[
    ("/format", F(FieldText::Format), Alone),
    ("/meeting", F(FieldText::Meeting), Alone),
    ("/meeting/date", F(FieldText::MeetingDate), Alone),
    ("/meeting/start", F(FieldText::Start), Alone),
    ("/meeting/end", F(FieldText::End), Alone),
    ("/meeting/mode", L(Label::Mode), Alone),
    ("/meeting/location", L(Label::Place), Alone),
    ("/sick_leave", L(Label::SickLeave), Alone),
    ("/sick_leave/start", F(FieldText::SickLeaveStart), Alone),
    ("/sick_leave/grade", F(FieldText::SickLeaveGrade), Alone),
    (
        "/sick_leave/full_absence_start",
        F(FieldText::FullAbsenceStart),
        Alone,
    ),
    ("/follow_up_plan", L(Label::Plan), Alone),
    ("/follow_up_plan/date", F(FieldText::PlanDate), Alone),
    (
        "/follow_up_plan/sent_to_doctor",
        F(FieldText::PlanSent),
        Alone,
    ),
    ("/participants", L(Label::Participants), Alone),
    ("/participants/*/role", L(Label::Role), Alone),
    ("/participants/*/name", L(Label::Name), Alone),
    ("/participants/*/function", L(Label::Function), Alone),
    ("/participants/*/attended", L(Label::Attended), Alone),
    (
        "/participants/*/absence_reason",
        F(FieldText::AbsenceReason),
        Alone,
    ),
    ("/introduction", L(Label::Phase1), Alone),
    ("/introduction/minutes", L(Label::MinutesUsed), InParent),
    ("/introduction/covered", L(Label::Covered), InParent),
    (
        "/introduction/covered/purpose",
        L(Label::CoveredPurpose),
        Alone,
    ),
    (
        "/introduction/covered/introductions",
        L(Label::CoveredIntroductions),
        Alone,
    ),
    ("/introduction/covered/goals", L(Label::CoveredGoals), Alone),
    (
        "/introduction/covered/confidentiality",
        L(Label::CoveredConfidentiality),
        Alone,
    ),
    (
        "/introduction/covered/time_frame",
        L(Label::CoveredTimeFrame),
        Alone,
    ),
    ("/introduction/notes", L(Label::Notes), InParent),
    ("/status", L(Label::Phase2), Alone),
    ("/status/minutes", L(Label::MinutesUsed), InParent),
    ("/status/arbeidstaker", L(Label::StatusEmployee), Alone),
    (
        "/status/arbeidstaker/functional_ability",
        L(Label::FunctionalAbility),
        Alone,
    ),
    (
        "/status/arbeidstaker/adjustments_experience",
        L(Label::AdjustmentsExperience),
        Alone,
    ),
    ("/status/arbeidsgiver", L(Label::StatusEmployer), Alone),
    (
        "/status/arbeidsgiver/adjustments_made",
        L(Label::AdjustmentsMade),
        Alone,
    ),
    (
        "/status/arbeidsgiver/what_worked",
        L(Label::WhatWorked),
        Alone,
    ),
    (
        "/status/arbeidsgiver/what_did_not_work",
        L(Label::WhatDidNotWork),
        Alone,
    ),
    (
        "/status/arbeidsgiver/not_implemented",
        L(Label::NotImplemented),
        Alone,
    ),
    ("/status/lege", L(Label::StatusDoctor), Alone),
    ("/status/bht", L(Label::StatusBht), Alone),
    ("/status/summary", L(Label::StatusSummary), Alone),
    ("/solutions", L(Label::Phase3), Alone),
    ("/solutions/minutes", L(Label::MinutesUsed), InParent),
    ("/solutions/proposals", L(Label::Proposals), Alone),
    (
        "/solutions/proposals/*/description",
        F(FieldText::Description),
        Alone,
    ),
    (
        "/solutions/proposals/*/proposed_by",
        L(Label::ProposedBy),
        Alone,
    ),
    (
        "/solutions/proposals/*/employer_assessment",
        L(Label::EmployerAssessment),
        Alone,
    ),
    (
        "/solutions/proposals/*/employer_comment",
        F(FieldText::EmployerComment),
        Alone,
    ),
    (
        "/solutions/proposals/*/medical_assessment",
        L(Label::MedicalAssessment),
        Alone,
    ),
    (
        "/solutions/proposals/*/medical_assessor",
        F(FieldText::MedicalAssessor),
        Alone,
    ),
    ("/solutions/measures", L(Label::Measures), Alone),
    ("/solutions/measures/*/decision", L(Label::Decision), Alone),
    ("/solutions/measures/*/note", L(Label::Note), Alone),
    ("/conclusion", L(Label::Phase4), Alone),
    ("/conclusion/minutes", L(Label::MinutesUsed), InParent),
    ("/conclusion/assessed", L(Label::Assessed), Alone),
    ("/conclusion/agreed", L(Label::Agreed), Alone),
    (
        "/conclusion/workplace_arena",
        L(Label::WorkplaceArena),
        Alone,
    ),
    (
        "/conclusion/workplace_arena_how",
        L(Label::WorkplaceArenaHow),
        Alone,
    ),
    (
        "/conclusion/alternatives_informed",
        L(Label::AlternativesInformed),
        Alone,
    ),
    ("/conclusion/actions", L(Label::Actions), Alone),
    ("/conclusion/actions/*/what", L(Label::What), Alone),
    ("/conclusion/actions/*/owner", L(Label::Who), Alone),
    ("/conclusion/actions/*/due", F(FieldText::Due), Alone),
    ("/conclusion/actions/*/measure", L(Label::Measure), Alone),
    ("/conclusion/next_follow_up", L(Label::NextFollowUp), Alone),
    ("/referat", F(FieldText::Minutes), Alone),
    ("/referat/author", L(Label::Author), Alone),
    ("/referat/sent", F(FieldText::Sent), Alone),
    ("/referat/recipients", L(Label::Recipients), Alone),
    (
        "/referat/revised_follow_up_plan",
        F(FieldText::RevisedPlan),
        Alone,
    ),
];

/// The employer, in both formats, and the fields only a plan document has.
const EMPLOYER_FIELDS: &[(&str, Name, Shown)] = &[
    ("/employer", L(Label::Employer), Alone),
    ("/employer/name", L(Label::EmployerName), Alone),
    (
        "/employer/organisation_number",
        L(Label::OrganisationNumber),
        Alone,
    ),
    ("/employer/sub_unit_number", L(Label::SubUnitNumber), Alone),
    ("/employer/nearest_leader", L(Label::NearestLeader), Alone),
    ("/employer/nearest_leader/name", L(Label::Name), InParent),
    ("/employer/nearest_leader/phone", L(Label::Phone), InParent),
    ("/employer/nearest_leader/email", L(Label::Email), InParent),
    ("/employee", L(Label::Employee), Alone),
    ("/employee/name", L(Label::Name), InParent),
    ("/plan", L(Label::Plan), Alone),
    ("/revised_plan", L(Label::RevisedPlanSection), Alone),
    ("/exception", L(Label::Exception), Alone),
    ("/exception/reason", L(Label::ExceptionReason), InParent),
    (
        "/exception/explanation",
        L(Label::ExceptionExplanation),
        InParent,
    ),
    ("/exception/date", L(Label::ExceptionDate), InParent),
    ("/sharing", L(Label::Sharing), Alone),
    ("/sharing/sent_to_doctor", L(Label::SentToDoctor), Alone),
    ("/sharing/sent_to_nav", L(Label::SentToNav), Alone),
];

/// The plan object's fields, below its place: `/revised_plan` in a
/// referat, `/plan` in a plan document (one object, two places).
const PLAN_FIELDS: &[(&str, Name, Shown)] = &[
    ("/date", L(Label::PlanVersionDate), InParent),
    ("/first_date", L(Label::FirstDate), InParent),
    ("/version", L(Label::Version), InParent),
    ("/revises", L(Label::Revises), InParent),
    ("/revises/date", L(Label::RevisesDate), InParent),
    ("/revises/referat", L(Label::RevisesReferat), InParent),
    ("/typical_workday", L(Label::TypicalWorkday), InParent),
    ("/tasks_possible", L(Label::TasksPossible), InParent),
    ("/tasks_not_possible", L(Label::TasksNotPossible), InParent),
    (
        "/previous_adjustments",
        L(Label::PreviousAdjustments),
        InParent,
    ),
    (
        "/planned_adjustments",
        L(Label::PlannedAdjustments),
        InParent,
    ),
    (
        "/other_adjustment_options",
        L(Label::OtherAdjustments),
        InParent,
    ),
    ("/follow_up", L(Label::FollowUp), InParent),
    ("/evaluation_date", L(Label::EvaluationDate), InParent),
    ("/employee_involved", L(Label::EmployeeInvolved), InParent),
    (
        "/employee_not_involved_reason",
        L(Label::NotInvolvedReason),
        InParent,
    ),
    ("/share_with_nav", L(Label::ShareWithNav), InParent),
    ("/needs_help_from_nav", L(Label::NeedsHelp), InParent),
    (
        "/needs_help_description",
        L(Label::NeedsHelpDescription),
        InParent,
    ),
    ("/share_with_doctor", L(Label::ShareWithDoctor), InParent),
    ("/message_to_doctor", L(Label::MessageToDoctor), InParent),
    (
        "/additional_information",
        L(Label::AdditionalInformation),
        InParent,
    ),
    ("/contact_person", L(Label::ContactPerson), InParent),
    ("/contact_person/name", L(Label::Name), InParent),
    ("/contact_person/phone", L(Label::Phone), InParent),
    ("/contact_person/email", L(Label::Email), InParent),
];

/// The places of the plan object ([`PLAN_FIELDS`]).
const PLAN_ROOTS: [&str; 2] = ["/revised_plan", "/plan"];

/// Every field's pattern with its name: [`FIELDS`], [`EMPLOYER_FIELDS`],
/// and [`PLAN_FIELDS`] at each of [`PLAN_ROOTS`].
fn all_fields() -> impl Iterator<Item = (String, Name, Shown)> {
    let plain = FIELDS
        .iter()
        .chain(EMPLOYER_FIELDS)
        .map(|(p, n, s)| ((*p).to_owned(), *n, *s));
    let plan = PLAN_ROOTS.into_iter().flat_map(|root| {
        PLAN_FIELDS
            .iter()
            .map(move |(p, n, s)| (format!("{root}{p}"), *n, *s))
    });
    plain.chain(plan)
}

/// The name of the field at a pattern, found in a table made once (a
/// document may name a quarter of a million fields in its findings).
fn field(pattern: &str) -> Option<(Name, Shown)> {
    type Table = std::collections::HashMap<String, (Name, Shown)>;
    static TABLE: std::sync::OnceLock<Table> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| all_fields().map(|(p, n, s)| (p, (n, s))).collect());
    table.get(pattern).copied()
}

/// The lists whose items are named by number, and NAV's measures (named by
/// the measure): the paths where a pointer's segment is an item.
const LISTS: &[&str] = &[
    "/participants",
    "/solutions/proposals",
    "/conclusion/actions",
    "/referat/recipients",
];
const MEASURES: &str = "/solutions/measures";

/// The roles a participant may have, as the format writes them (in bokmål
/// in every document).
pub(crate) const ROLES: [&str; 8] = [
    "arbeidstaker",
    "arbeidsgiver",
    "lege",
    "bht",
    "nav",
    "tillitsvalgt",
    "verneombud",
    "annen",
];

/// Every value of a closed list in the format, in the guide's words: roles,
/// modes, assessments, decisions, NAV's measures a–h.
const VALUES: &[(&str, Label)] = &[
    ("arbeidstaker", Label::RoleArbeidstaker),
    ("arbeidsgiver", Label::RoleArbeidsgiver),
    ("lege", Label::RoleLege),
    ("bht", Label::RoleBht),
    ("nav", Label::RoleNav),
    ("tillitsvalgt", Label::RoleTillitsvalgt),
    ("verneombud", Label::RoleVerneombud),
    ("annen", Label::RoleAnnen),
    ("in_person", Label::ModeInPerson),
    ("video", Label::ModeVideo),
    ("phone", Label::ModePhone),
    ("hybrid", Label::ModeHybrid),
    ("feasible", Label::Feasible),
    ("partly_feasible", Label::PartlyFeasible),
    ("not_feasible", Label::NotFeasible),
    ("sound", Label::Sound),
    ("not_sound", Label::NotSound),
    ("not_assessed", Label::NotAssessed),
    ("apply", Label::Apply),
    ("in_use", Label::InUse),
    ("clarify", Label::Clarify),
    ("not_relevant", Label::NotRelevant),
    ("gradert_sykmelding", Label::MGradert),
    ("tilretteleggingstilskudd", Label::MTilskudd),
    ("avklaring_rehabilitering_oppfolging", Label::MAvklaring),
    ("helsetjenester_lettere_psykiske_lidelser", Label::MHelse),
    ("fritak_arbeidsgiverperiode", Label::MFritak),
    ("kid_kurs", Label::MKid),
    ("arbeidsplassvurdering", Label::MVurdering),
    ("arbeidsplasshjelpemidler", Label::MHjelpemidler),
    ("too_ill", Label::ExTooIll),
    ("returning_soon", Label::ExReturningSoon),
    ("employment_ending", Label::ExEmploymentEnding),
    ("no_contact", Label::ExNoContact),
    ("other", Label::ExOther),
];

/// A value of a closed list in the guide's words («Fysisk møte» for
/// `in_person`); `None` for a value the format does not know.
pub(crate) fn value_label(value: &str) -> Option<Label> {
    VALUES.iter().find(|(v, _)| *v == value).map(|(_, l)| *l)
}

/// `value` and its meaning, as help lists the values a field takes:
/// `in_person` (Fysisk møte).
pub(crate) fn value_with_meaning(value: &str, lang: Lang) -> String {
    match value_label(value) {
        Some(l) => format!("`{value}` ({})", l.get(lang)),
        None => format!("`{value}`"),
    }
}

/// Words people write for a value of a closed list, as they say it in
/// bokmål, nynorsk or English, and the value each means; `false` where the
/// word could mean another value too (a plain `ja` for a decision on a
/// measure: applied for, or already in use?), so that a fix asks.
const EVERYDAY: &[(&str, &str, bool)] = &[
    // Roles: nynorsk, and the guide's longer names.
    ("arbeidstakar", "arbeidstaker", true),
    ("arbeidsgjevar", "arbeidsgiver", true),
    ("arbeidsgivar", "arbeidsgiver", true),
    ("employee", "arbeidstaker", true),
    ("employer", "arbeidsgiver", true),
    ("naermeste leder", "arbeidsgiver", false),
    ("nærmeste leder", "arbeidsgiver", false),
    ("næraste leiar", "arbeidsgiver", false),
    ("leder", "arbeidsgiver", false),
    ("leiar", "arbeidsgiver", false),
    ("lege/behandler", "lege", true),
    ("lege/behandlar", "lege", true),
    ("behandler", "lege", true),
    ("behandlar", "lege", true),
    ("fastlege", "lege", true),
    ("sykmelder", "lege", true),
    ("sjukmeldar", "lege", true),
    ("doctor", "lege", true),
    ("bedriftshelsetjeneste", "bht", true),
    ("bedriftshelsetjenesten", "bht", true),
    ("bedriftshelseteneste", "bht", true),
    ("bedriftshelsetenesta", "bht", true),
    ("nav veileder", "nav", true),
    ("nav rettleiar", "nav", true),
    ("tillitsvald", "tillitsvalgt", true),
    ("verneombod", "verneombud", true),
    ("annan", "annen", true),
    ("other", "annen", true),
    // How the meeting was held.
    ("fysisk", "in_person", true),
    ("fysisk møte", "in_person", true),
    ("fysisk oppmøte", "in_person", true),
    ("oppmøte", "in_person", true),
    ("in person", "in_person", true),
    ("videomøte", "video", true),
    ("teams", "video", false),
    ("digitalt", "video", false),
    ("telefon", "phone", true),
    ("telefonmøte", "phone", true),
    ("hybrid møte", "hybrid", true),
    // A decision on one of NAV's measures.
    ("søke", "apply", true),
    ("søkes", "apply", true),
    ("søke om", "apply", true),
    ("søkes om", "apply", true),
    ("søkjast", "apply", true),
    ("søkje", "apply", true),
    ("settes i gang", "apply", true),
    ("sette i gang", "apply", true),
    ("iverksettes", "apply", true),
    ("i bruk", "in_use", true),
    ("allerede i bruk", "in_use", true),
    ("alt i bruk", "in_use", true),
    ("brukes", "in_use", true),
    ("avklares", "clarify", true),
    ("avklare", "clarify", true),
    ("avklares senere", "clarify", true),
    ("avklarast", "clarify", true),
    ("vurderes", "clarify", true),
    ("ikke aktuelt", "not_relevant", true),
    ("ikkje aktuelt", "not_relevant", true),
    ("ikke relevant", "not_relevant", true),
    ("ikkje relevant", "not_relevant", true),
    ("ja", "apply", false),
    ("nei", "not_relevant", false),
    // The employer's assessment of a proposal.
    ("kan gjennomføres", "feasible", true),
    ("gjennomførbart", "feasible", true),
    ("delvis", "partly_feasible", true),
    ("delvis gjennomførbart", "partly_feasible", true),
    ("kan delvis gjennomføres", "partly_feasible", true),
    ("kan ikke gjennomføres", "not_feasible", true),
    ("ikke gjennomførbart", "not_feasible", true),
    ("ja", "feasible", false),
    ("nei", "not_feasible", false),
    // The medical assessment.
    ("forsvarlig", "sound", true),
    ("forsvarleg", "sound", true),
    ("medisinsk forsvarlig", "sound", true),
    ("ikke forsvarlig", "not_sound", true),
    ("ikkje forsvarleg", "not_sound", true),
    ("ikke vurdert", "not_assessed", true),
    ("ikkje vurdert", "not_assessed", true),
    ("ja", "sound", false),
    ("nei", "not_sound", false),
];

/// The value of `allowed` that a word people write means (`fysisk` for
/// `in_person`, `søkes` for `apply`, `arbeidsgjevar` for `arbeidsgiver`),
/// and whether it can mean only that one. Case, `-`, `_` and a final `.`
/// do not matter.
pub(crate) fn everyday_value<'v>(word: &str, allowed: &[&'v str]) -> Option<(&'v str, bool)> {
    let normal = word
        .trim()
        .trim_end_matches('.')
        .to_lowercase()
        .replace(['-', '_'], " ");
    let normal = normal.split_whitespace().collect::<Vec<_>>().join(" ");
    EVERYDAY
        .iter()
        .filter(|(w, _, _)| *w == normal)
        .find_map(|(_, v, certain)| allowed.iter().find(|a| **a == *v).map(|a| (*a, *certain)))
}

/// A field's own name, quoted, without the part or item it is in
/// («Rolle» for `/participants/1/role`); `None` for a pointer the format
/// does not name.
pub(crate) fn own_name_in(ptr: &str, lang: Lang) -> Option<String> {
    let segments = pointer::segments(ptr);
    let pattern = generic(&segments.iter().map(String::as_str).collect::<Vec<_>>());
    field(&pattern).map(|(name, _)| FieldText::Quoted.say(lang, &[("label", name.get(lang))]))
}

/// The name of the field at `ptr` in every language: «Frist» for oppgave
/// 2 under «Hvem gjør hva når». `doc` gives a participant's role, when it
/// is one the format knows. A pointer below what the format names (a key
/// it does not know) is named by the nearest field it does.
pub(crate) fn field_name(ptr: &str, doc: Option<&Value>) -> Text {
    Text::from_fn(|lang| field_name_in(ptr, doc, lang))
}

/// [`field_name`] in one language.
pub(crate) fn field_name_in(ptr: &str, doc: Option<&Value>, lang: Lang) -> String {
    let segments = pointer::segments(ptr);
    // The longest known prefix, as a pattern and as concrete segments.
    let mut best: Option<(usize, Option<Name>)> = Some((0, None));
    let mut pattern = String::new();
    for (i, seg) in segments.iter().enumerate() {
        let item = LISTS.contains(&pattern.as_str()) && seg.parse::<usize>().is_ok()
            || pattern == MEASURES && value_label(seg).is_some();
        if item {
            pattern.push_str("/*");
            best = Some((i + 1, None));
            continue;
        }
        pattern.push('/');
        pattern.push_str(seg);
        match field(&pattern) {
            Some((name, _)) => best = Some((i + 1, Some(name))),
            None => break,
        }
    }
    let (len, name) = best.unwrap_or((0, None));
    name_of(&segments[..len], name, doc, lang)
}

/// The name of the known field at `segments`, whose own name is `name`
/// (`None` for the document or a list's item).
fn name_of(segments: &[String], name: Option<Name>, doc: Option<&Value>, lang: Lang) -> String {
    if segments.is_empty() {
        return FieldText::Document.get(lang).to_owned();
    }
    let Some(name) = name else {
        return item_name(segments, doc, lang);
    };
    let quoted = FieldText::Quoted.say(lang, &[("label", name.get(lang))]);
    let parent = &segments[..segments.len() - 1];
    let parent_ptr = pointer::from_segments(parent);
    let parent_is_item = parent.last().is_some_and(|last| {
        let above = pointer::from_segments(&parent[..parent.len() - 1]);
        LISTS.contains(&above.as_str()) && last.parse::<usize>().is_ok()
            || above == MEASURES && value_label(last).is_some()
    });
    if parent_is_item {
        let item = item_name(parent, doc, lang);
        return FieldText::FieldOf.say(lang, &[("field", &quoted), ("item", &item)]);
    }
    let pattern = generic(&segments.iter().map(String::as_str).collect::<Vec<_>>());
    let shown = field(&pattern).map_or(Alone, |(_, s)| s);
    if shown == InParent {
        let parent_name = field_name_in(&parent_ptr, doc, lang);
        return FieldText::FieldIn.say(lang, &[("field", &quoted), ("parent", &parent_name)]);
    }
    quoted
}

/// A list's item or a measure at `segments`: «oppgave 2 under «Hvem gjør
/// hva når»», «deltaker 2 (Lege/behandler)», «virkemiddelet «g. …»».
fn item_name(segments: &[String], doc: Option<&Value>, lang: Lang) -> String {
    let last = segments.last().map(String::as_str).unwrap_or_default();
    let list = pointer::from_segments(&segments[..segments.len() - 1]);
    if list == MEASURES {
        let measure = value_label(last).map_or("", |l| l.get(lang));
        let quoted = FieldText::Quoted.say(lang, &[("label", measure)]);
        return FieldText::MeasureItem.say(lang, &[("measure", &quoted)]);
    }
    let n = last
        .parse::<usize>()
        .map_or_else(|_| "?".to_owned(), |i| (i + 1).to_string());
    let list_name = field_name_in(&list, doc, lang);
    match list.as_str() {
        "/participants" => {
            let role = doc
                .and_then(|d| d.pointer(&pointer::from_segments(segments)))
                .and_then(|p| p.get("role"))
                .and_then(Value::as_str)
                .filter(|r| ROLES.contains(r))
                .and_then(value_label);
            match role {
                Some(r) => FieldText::Participant.say(lang, &[("n", &n), ("role", r.get(lang))]),
                None => FieldText::ParticipantNoRole.say(lang, &[("n", &n)]),
            }
        }
        "/solutions/proposals" => {
            FieldText::ProposalItem.say(lang, &[("n", &n), ("list", &list_name)])
        }
        "/conclusion/actions" => FieldText::Task.say(lang, &[("n", &n), ("list", &list_name)]),
        "/referat/recipients" => FieldText::Recipient.say(lang, &[("n", &n), ("list", &list_name)]),
        _ => FieldText::Item.say(lang, &[("n", &n), ("list", &list_name)]),
    }
}

/// The pattern of a concrete path: list items and measures as `*`.
fn generic(segments: &[&str]) -> String {
    let mut pattern = String::new();
    for seg in segments {
        let item = LISTS.contains(&pattern.as_str()) && seg.parse::<usize>().is_ok()
            || pattern == MEASURES && value_label(seg).is_some();
        pattern.push('/');
        pattern.push_str(if item { "*" } else { seg });
    }
    pattern
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nb(ptr: &str, doc: Option<&Value>) -> String {
        field_name_in(ptr, doc, Lang::Nb)
    }

    #[test]
    fn fields_are_named_by_the_guide_and_items_from_one() {
        let doc = serde_json::json!({
            "participants": [{"role": "arbeidstaker"}, {"role": "lege"}, {"role": "Kari"}],
        });
        assert_eq!(nb("", None), "dokumentet");
        assert_eq!(nb("/meeting/date", None), "«Møtedato»");
        assert_eq!(
            nb("/conclusion/actions/1/due", None),
            "«Frist» for oppgave 2 under «Hvem gjør hva når»"
        );
        assert_eq!(
            field_name_in("/conclusion/actions/1/due", None, Lang::Nn),
            "«Frist» for oppgåve 2 under «Kven gjer kva når»"
        );
        assert_eq!(
            field_name_in("/conclusion/actions/1/due", None, Lang::En),
            "“Due date” of task 2 under “Who does what, and when”"
        );
        assert_eq!(
            nb("/participants/1/attended", Some(&doc)),
            "«Deltok» for deltaker 2 (Lege/behandler)"
        );
        // A role the format does not know is free text: not echoed.
        assert_eq!(nb("/participants/2", Some(&doc)), "deltaker 3");
        assert_eq!(
            nb("/introduction/minutes", None),
            "«Tid brukt» i «Fase 1: Innledning»"
        );
        assert_eq!(
            nb("/solutions/measures/kid_kurs/decision", None),
            "«Beslutning» for virkemiddelet «f. KID (kurs i depresjonsmestring)»"
        );
        // A key the format does not know: the nearest field it does.
        assert_eq!(nb("/meeting/Kari Nordmann", None), "«Møtet»");
        assert_eq!(nb("/participants/0/atended", None), "deltaker 1");
        assert_eq!(nb("/ukjent", None), "dokumentet");
    }

    #[test]
    fn everyday_words_mean_one_value_of_the_list_they_are_written_in() {
        let modes = ["in_person", "video", "phone", "hybrid"];
        let decisions = ["apply", "in_use", "clarify", "not_relevant"];
        let assessments = ["feasible", "partly_feasible", "not_feasible"];
        assert_eq!(everyday_value("Fysisk", &modes), Some(("in_person", true)));
        assert_eq!(everyday_value("telefon", &modes), Some(("phone", true)));
        assert_eq!(
            everyday_value("søkes om", &decisions),
            Some(("apply", true))
        );
        assert_eq!(everyday_value("ja", &decisions), Some(("apply", false)));
        assert_eq!(
            everyday_value("ja", &assessments),
            Some(("feasible", false))
        );
        assert_eq!(everyday_value("ja", &modes), None);
        assert_eq!(everyday_value("Kari", &modes), None);
        // Every word means a value of the format.
        for (w, v, _) in EVERYDAY {
            assert!(value_label(v).is_some(), "{w} → {v}");
        }
    }

    /// Every field of the schema has a name here, and every name here is a
    /// field of the schema.
    #[test]
    fn every_field_of_the_schema_is_named() {
        let mut paths = Vec::new();
        fn walk(node: &Value, at: &str, defs: &Value, out: &mut Vec<String>) {
            let node = match node.get("$ref").and_then(Value::as_str) {
                Some(r) => defs.get(r.trim_start_matches("#/$defs/")).unwrap_or(node),
                None => node,
            };
            if let Some(props) = node.get("properties").and_then(Value::as_object) {
                for (k, v) in props {
                    let p = format!("{at}/{k}");
                    out.push(p.clone());
                    walk(v, &p, defs, out);
                }
            }
            if let Some(items) = node.get("items") {
                walk(items, &format!("{at}/*"), defs, out);
            }
            if let Some(extra) = node.get("additionalProperties").filter(|v| v.is_object()) {
                walk(extra, &format!("{at}/*"), defs, out);
            }
        }
        for format in crate::base::format::Format::ALL {
            let schema: Value = serde_json::from_str(format.schema_json()).unwrap();
            walk(&schema, "", &schema["$defs"], &mut paths);
        }
        let known: Vec<String> = all_fields().map(|(p, _, _)| p).collect();
        // The measures are properties of their own in the schema: any measure's
        // fields are named by the pattern.
        let generalised: Vec<String> = paths
            .iter()
            .map(|p| {
                let segs: Vec<&str> = p.split('/').skip(1).collect();
                generic(&segs)
            })
            .filter(|p| !(p.starts_with("/solutions/measures/") && p.matches('/').count() == 3))
            .filter(|p| !p.ends_with("/*"))
            .collect();
        let missing: Vec<&String> = generalised.iter().filter(|p| !known.contains(p)).collect();
        assert!(missing.is_empty(), "no name for {missing:?}");
        for k in &known {
            assert!(
                generalised.iter().any(|p| p == k),
                "{k} is not in the schema"
            );
        }
    }

    /// Every value a closed list of the schema allows has the guide's words,
    /// and every value here is one the schema allows.
    #[test]
    fn every_value_of_the_schema_has_words() {
        let mut values = Vec::new();
        fn walk(node: &Value, out: &mut Vec<String>) {
            match node {
                Value::Object(m) => {
                    if let Some(Value::Array(e)) = m.get("enum") {
                        out.extend(e.iter().filter_map(Value::as_str).map(str::to_owned));
                    }
                    m.values().for_each(|v| walk(v, out));
                }
                Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
                _ => {}
            }
        }
        for format in crate::base::format::Format::ALL {
            let schema: Value = serde_json::from_str(format.schema_json()).unwrap();
            walk(&schema, &mut values);
        }
        assert!(values.len() > 20, "{values:?}");
        for v in &values {
            if crate::base::format::Format::from_id(v).is_none() {
                assert!(value_label(v).is_some(), "no words for `{v}`");
            }
        }
        for (v, _) in VALUES {
            assert!(
                values.iter().any(|x| x == v),
                "{v} is not a value of the format"
            );
        }
    }
}
