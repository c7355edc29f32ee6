//! What a draft that does not fit the format lacks, named as the reader of
//! the referat knows it: by the referat's own headings and field names
//! («Møtedeltakere, nr. 2 › Rolle»), never by a key, a pointer or the
//! document's text.

use crate::base::pointer;
use crate::model::MeasureKey;
use crate::texts::{Label, Lang, Text, UiText, WebText};

use super::{Missing, labels};

/// The label of a field of a mapping, by its key in the format.
fn field(key: &str) -> Option<Label> {
    Some(match key {
        // The meeting.
        "date" => Label::Date,
        "start" | "end" => Label::Time,
        "location" => Label::Place,
        "mode" => Label::Mode,
        // The absence.
        "sick_leave" => Label::SickLeave,
        "grade" => Label::SickLeaveGrade,
        "full_absence_start" => Label::FullAbsenceFrom,
        // The plan.
        "follow_up_plan" => Label::Plan,
        "sent_to_doctor" => Label::PlanSent,
        // Participants.
        "participants" => Label::Participants,
        "role" => Label::Role,
        "name" => Label::Name,
        "function" => Label::Function,
        "attended" | "absence_reason" => Label::Attended,
        // The phases.
        "introduction" => Label::Phase1,
        "status" => Label::Phase2,
        "solutions" => Label::Phase3,
        "conclusion" => Label::Phase4,
        "minutes" => Label::MinutesUsed,
        "covered" => Label::Covered,
        "purpose" => Label::CoveredPurpose,
        "introductions" => Label::CoveredIntroductions,
        "goals" => Label::CoveredGoals,
        "confidentiality" => Label::CoveredConfidentiality,
        "time_frame" => Label::CoveredTimeFrame,
        "notes" => Label::Notes,
        "functional_ability" => Label::FunctionalAbility,
        "adjustments_experience" => Label::AdjustmentsExperience,
        "adjustments_made" => Label::AdjustmentsMade,
        "what_worked" => Label::WhatWorked,
        "what_did_not_work" => Label::WhatDidNotWork,
        "not_implemented" => Label::NotImplemented,
        "lege" => Label::StatusDoctor,
        "bht" => Label::StatusBht,
        "summary" => Label::StatusSummary,
        "proposals" => Label::Proposals,
        "description" => Label::Proposal,
        "proposed_by" => Label::ProposedBy,
        "employer_assessment" | "employer_comment" => Label::EmployerAssessment,
        "medical_assessment" | "medical_assessor" => Label::MedicalAssessment,
        "measures" => Label::Measures,
        "decision" => Label::Decision,
        "note" => Label::Note,
        "assessed" => Label::Assessed,
        "agreed" => Label::Agreed,
        "workplace_arena" => Label::WorkplaceArena,
        "workplace_arena_how" => Label::WorkplaceArenaHow,
        "alternatives_informed" => Label::AlternativesInformed,
        "actions" => Label::Actions,
        "what" => Label::What,
        "owner" => Label::Who,
        "due" => Label::Due,
        "measure" => Label::Measure,
        "next_follow_up" => Label::NextFollowUp,
        // The referat as a document.
        "referat" => Label::Referat,
        "author" => Label::Author,
        "sent" => Label::Sent,
        "recipients" => Label::Recipients,
        "revised_follow_up_plan" => Label::RevisedPlan,
        _ => return None,
    })
}

/// The name of the node at `ptr` in `lang`: its headings and field names
/// from the top, joined by ` › `; a list item by its list and its number
/// from 1. A key the format does not have ends the name (it may be text
/// the author wrote).
pub(crate) fn field_name(ptr: &str, lang: Lang) -> String {
    let segs = pointer::segments(ptr);
    let mut parts: Vec<String> = Vec::new();
    let mut parent: Option<&str> = None;
    for seg in &segs {
        let seg = seg.as_str();
        let part = match (parent, seg) {
            (None, "meeting") => WebText::SecMeeting.get(lang).to_owned(),
            // The date of the absence and of the plan read with their heading.
            (Some("sick_leave"), "start") => Label::SickLeaveFrom.get(lang).to_owned(),
            (Some("follow_up_plan"), "date") => Label::PlanDate.get(lang).to_owned(),
            // The status of the employee and of the employer.
            (Some("status"), "arbeidstaker") => Label::StatusEmployee.get(lang).to_owned(),
            (Some("status"), "arbeidsgiver") => Label::StatusEmployer.get(lang).to_owned(),
            (Some("measures"), key) => match MeasureKey::ALL.iter().find(|m| m.as_str() == key) {
                Some(m) => labels::measure(*m).get(lang).to_owned(),
                None => break,
            },
            // An item is named by its list (which it replaces) and its
            // number from 1.
            (Some(list), n) if n.parse::<usize>().is_ok() => {
                let n = n.parse::<usize>().unwrap_or(0) + 1;
                let list = parts.pop().unwrap_or_else(|| {
                    field(list).map_or_else(String::new, |l| l.get(lang).to_owned())
                });
                UiText::DraftItem.fill(lang, &[("list", &list), ("n", &n.to_string())])
            }
            (_, key) => match field(key) {
                Some(l) => l.get(lang).to_owned(),
                None => break,
            },
        };
        parts.push(part);
        parent = Some(seg);
    }
    if parts.is_empty() {
        UiText::DraftDocument.text(lang).to_owned()
    } else {
        parts.join(" › ")
    }
}

/// The lines a draft lists at its end for the parts of the document that
/// do not fit the format (`unfit`, in the document's order, each a pointer
/// and whether it is a mapping holding a key the format does not have):
/// one per part, by its name in every language, under DM002 (the code of a
/// document that does not fit the format). A part inside one already
/// listed is not listed again.
pub(crate) fn missing_lines(unfit: &[(String, bool)]) -> Vec<Missing> {
    let mut out: Vec<Missing> = Vec::new();
    let mut listed: Vec<&str> = Vec::new();
    for (p, unknown) in unfit {
        let inside = |l: &&str| !l.is_empty() && p.starts_with(&format!("{l}/"));
        if listed.contains(&p.as_str()) || listed.iter().any(inside) {
            continue;
        }
        listed.push(p);
        let id = if *unknown {
            UiText::DraftUnknown
        } else {
            UiText::DraftUnfit
        };
        out.push(Missing {
            code: "DM002".to_owned(),
            message: Text::from_fn(|lang| id.fill(lang, &[("field", &field_name(p, lang))])),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_named_by_the_referats_words_and_items_from_one() {
        assert_eq!(field_name("/meeting/date", Lang::Nb), "Møtet › Dato");
        assert_eq!(
            field_name("/participants/1/role", Lang::Nb),
            "Møtedeltakere, nr. 2 › Rolle"
        );
        assert_eq!(
            field_name("/conclusion/actions/0/due", Lang::Nn),
            "Fase 4: Avtale og konklusjon › Kven gjer kva når, nr. 1 › Frist"
        );
        assert_eq!(
            field_name("/solutions/measures/kid_kurs/decision", Lang::En),
            format!(
                "Phase 3: Solutions › NAV's measures › {} › Decision",
                labels::measure(MeasureKey::KidKurs).get(Lang::En)
            )
        );
        // A key the format does not have is never shown.
        assert_eq!(
            field_name("/participants/0/Kari Nordmann", Lang::Nb),
            "Møtedeltakere, nr. 1"
        );
        assert_eq!(field_name("", Lang::En), "The document");
        assert_eq!(field_name("/Kari", Lang::En), "The document");
    }
}
