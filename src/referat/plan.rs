//! The follow-up plan as it is read (`follow-up-plan.md`): the employer in
//! a document's heading, the plan object as the referat's section
//! «Revidert oppfølgingsplan», and the plan document (`oppfolgingsplan1/v1`)
//! as a document of its own.
//!
//! NAV's own plan form is the model for the order and the words: «Arbeids-
//! oppgaver» (a typical working day, the tasks that can and cannot be
//! done), «Tilrettelegging» (tried so far, from now on, other options, how
//! it is followed up, the evaluation date, whether the employee took part),
//! then what goes to NAV and the doctor, and who to contact. Long texts keep
//! their paragraphs; a value the plan needs and lacks reads "ikke ført", a
//! value it may leave out is left out.

use std::sync::OnceLock;

use serde::Deserialize;
use serde_json::Value;

use super::{Block, Doc, Missing, RenderOptions, clean, date, labels, text, yes_no};
use crate::base::fields::value_label;
use crate::base::format::Format;
use crate::check::schema::Schema;
use crate::model::{Date, Employer, Person, Plan, PlanDocument, Role, SickLeave};
use crate::texts::{Label, Lang};

/// An organisation number as people read it, in groups of three
/// (`974 760 673`); anything that is not nine digits, as written.
pub(crate) fn organisation_number(s: &str) -> String {
    let s = clean(s);
    if s.len() == 9 && s.bytes().all(|b| b.is_ascii_digit()) {
        format!("{} {} {}", &s[..3], &s[3..6], &s[6..])
    } else {
        s
    }
}

/// A person to contact on lines of its own: the name, then «Telefon: …»
/// and «E-post: …», each only when recorded; `None` when nothing is.
fn person(p: &Person, lang: Lang) -> Option<String> {
    let mut lines: Vec<String> = Vec::new();
    if let Some(name) = text(&p.name) {
        lines.push(name);
    }
    for (label, v) in [(Label::Phone, &p.phone), (Label::Email, &p.email)] {
        if let Some(v) = text(v) {
            lines.push(format!("{}: {v}", label.get(lang)));
        }
    }
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// The employer as label–value pairs: its name, organisation number, sub-
/// unit and nearest leader (with phone and e-mail), only what is recorded.
pub(crate) fn employer_fields(e: &Employer, lang: Lang) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    if let Some(name) = text(&e.name) {
        fields.push((Label::EmployerName.get(lang).to_owned(), name));
    }
    for (label, number) in [
        (Label::OrganisationNumber, &e.organisation_number),
        (Label::SubUnitNumber, &e.sub_unit_number),
    ] {
        if let Some(n) = text(number) {
            fields.push((label.get(lang).to_owned(), organisation_number(&n)));
        }
    }
    if let Some(leader) = e.nearest_leader.as_ref().and_then(|p| person(p, lang)) {
        fields.push((Label::NearestLeader.get(lang).to_owned(), leader));
    }
    fields
}

/// The sick leave in words: «Sykmeldt fra 05.10.2026, sykmeldingsgrad
/// 100 %»; `None` when nothing of it is recorded.
pub(crate) fn sick_leave(sl: &SickLeave, lang: Lang) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(s) = sl.start {
        parts.push(format!(
            "{} {}",
            Label::SickLeaveFrom.get(lang),
            date(s, lang)
        ));
    }
    if let Some(s) = sl.full_absence_start {
        parts.push(format!(
            "{} {}",
            Label::FullAbsenceFrom.get(lang),
            date(s, lang)
        ));
    }
    if let Some(g) = sl.grade {
        parts.push(format!("{} {g} %", Label::SickLeaveGrade.get(lang)));
    }
    let v = parts.join(", ");
    let mut chars = v.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// Where the plan's blocks go, in the plan's language.
pub(crate) struct PlanWriter<'b> {
    pub blocks: &'b mut Vec<Block>,
    pub lang: Lang,
}

impl PlanWriter<'_> {
    fn t(&self, l: Label) -> String {
        l.get(self.lang).to_owned()
    }

    fn not_recorded(&self) -> String {
        self.t(Label::NotRecorded)
    }

    /// A label–value pair, added to the fields just before it when there
    /// are some, so that short values read as one list.
    fn field(&mut self, label: Label, value: String) {
        let label = self.t(label);
        match self.blocks.last_mut() {
            Some(Block::Fields(fields)) => fields.push((label, value)),
            _ => self.blocks.push(Block::Fields(vec![(label, value)])),
        }
    }

    /// A yes/no, or "not recorded" when `needed` and it is not.
    fn yes_no(&mut self, label: Label, v: Option<bool>, needed: bool) {
        match v {
            Some(b) => self.field(label, yes_no(b, self.lang).to_owned()),
            None if needed => self.field(label, self.not_recorded()),
            None => {}
        }
    }

    /// A date, or "not recorded" when `needed` and it is not.
    fn date(&mut self, label: Label, v: Option<Date>, needed: bool) {
        match v {
            Some(d) => self.field(label, date(d, self.lang)),
            None if needed => self.field(label, self.not_recorded()),
            None => {}
        }
    }

    /// A text of its own under its label, its paragraphs kept; "not
    /// recorded" when `needed` and it is empty, nothing when not.
    fn text(&mut self, label: Label, v: &Option<String>, needed: bool) {
        let v = match text(v) {
            Some(v) => v,
            None if needed => self.not_recorded(),
            None => return,
        };
        self.blocks.push(Block::Subheading(self.t(label)));
        self.blocks.push(Block::Para(v));
    }

    /// The plan's date, version, first version and the version it
    /// replaces, as fields. `fallback` is the date a plan without its own
    /// has (a referat's meeting date).
    pub fn version(&mut self, plan: &Plan, fallback: Option<Date>) {
        self.date(Label::PlanVersionDate, plan.date.or(fallback), true);
        if let Some(v) = plan.version {
            self.field(Label::Version, v.to_string());
        }
        self.date(Label::FirstDate, plan.first_date, false);
        if let Some(r) = &plan.revises {
            self.date(Label::RevisesDate, r.date, false);
            self.yes_no(Label::RevisesReferat, r.referat, false);
        }
    }

    /// The plan's content in NAV's form's order. With `groups`, NAV's
    /// headings for its parts («Arbeidsoppgaver», «Tilrettelegging»,
    /// sharing) come first, as sections; without (the referat's one
    /// section), the fields follow each other.
    pub fn content(&mut self, plan: &Plan, employer: Option<&Employer>, groups: bool) {
        if groups {
            self.blocks.push(Block::Heading(self.t(Label::WorkTasks)));
        }
        self.text(Label::TypicalWorkday, &plan.typical_workday, true);
        self.text(Label::TasksPossible, &plan.tasks_possible, true);
        self.text(Label::TasksNotPossible, &plan.tasks_not_possible, true);
        if groups {
            self.blocks.push(Block::Heading(self.t(Label::Adjustments)));
        }
        self.text(Label::PreviousAdjustments, &plan.previous_adjustments, true);
        self.text(Label::PlannedAdjustments, &plan.planned_adjustments, true);
        self.text(
            Label::OtherAdjustments,
            &plan.other_adjustment_options,
            false,
        );
        self.text(Label::FollowUp, &plan.follow_up, true);
        self.date(Label::EvaluationDate, plan.evaluation_date, true);
        self.yes_no(Label::EmployeeInvolved, plan.employee_involved, true);
        self.text(
            Label::NotInvolvedReason,
            &plan.employee_not_involved_reason,
            plan.employee_involved == Some(false),
        );
        if groups {
            self.blocks.push(Block::Heading(self.t(Label::PlanSharing)));
        }
        self.yes_no(Label::ShareWithNav, plan.share_with_nav, true);
        self.yes_no(Label::NeedsHelp, plan.needs_help_from_nav, false);
        self.text(
            Label::NeedsHelpDescription,
            &plan.needs_help_description,
            plan.needs_help_from_nav == Some(true),
        );
        self.yes_no(Label::ShareWithDoctor, plan.share_with_doctor, true);
        self.text(Label::MessageToDoctor, &plan.message_to_doctor, false);
        self.text(
            Label::AdditionalInformation,
            &plan.additional_information,
            false,
        );
        let contact = plan
            .contact(employer)
            .and_then(|p| person(p, self.lang))
            .unwrap_or_else(|| self.not_recorded());
        self.field(Label::ContactPerson, contact);
    }
}

/// The plan document as blocks: its heading (the employee, the sick leave,
/// the plan's date and version, the employer), the plan's parts as NAV's
/// form has them, the exception that a plan is obviously unnecessary, and
/// what was sent when.
pub(crate) fn build(d: &PlanDocument, opts: &RenderOptions) -> Doc {
    let lang = opts.lang;
    let mut blocks = Vec::new();
    let mut w = PlanWriter {
        blocks: &mut blocks,
        lang,
    };
    if opts.draft {
        w.blocks.push(Block::Para(w.t(Label::PlanDraftNote)));
    }
    let employee = d
        .employee
        .as_ref()
        .and_then(|e| text(&e.name))
        .unwrap_or_else(|| w.not_recorded());
    w.blocks.push(Block::Fields(vec![(
        labels::role(Role::Arbeidstaker).get(lang).to_owned(),
        employee,
    )]));
    if let Some(sl) = d.sick_leave.as_ref().and_then(|sl| sick_leave(sl, lang)) {
        w.field(Label::SickLeave, sl);
    }
    // A document with only an exception has no plan to date.
    let plan = match (&d.plan, &d.exception) {
        (Some(p), _) => Some(p.clone()),
        (None, Some(_)) => None,
        (None, None) => Some(Plan::default()),
    };
    if let Some(p) = &plan {
        w.version(p, None);
    }
    let employer = employer_fields(&d.employer.clone().unwrap_or_default(), lang);
    w.blocks.push(Block::Fields(if employer.is_empty() {
        vec![(w.t(Label::EmployerName), w.not_recorded())]
    } else {
        employer
    }));
    if let Some(p) = &plan {
        w.content(p, d.employer.as_ref(), true);
    }
    if let Some(ex) = &d.exception {
        w.blocks.push(Block::Heading(w.t(Label::Exception)));
        let reason = ex
            .reason
            .and_then(|r| value_label(r.as_str()))
            .map_or_else(|| w.not_recorded(), |l| w.t(l));
        w.field(Label::ExceptionReason, reason);
        w.date(Label::ExceptionDate, ex.date, true);
        w.text(Label::ExceptionExplanation, &ex.explanation, true);
    }
    let sharing = d.sharing.clone().unwrap_or_default();
    // What the plan says is to be sent, and is not recorded as sent.
    let to = |share: fn(&Plan) -> Option<bool>| plan.as_ref().and_then(share) == Some(true);
    let (to_doctor, to_nav) = (to(|p| p.share_with_doctor), to(|p| p.share_with_nav));
    let rows = [
        (Label::SentToDoctor, sharing.sent_to_doctor, to_doctor),
        (Label::SentToNav, sharing.sent_to_nav, to_nav),
    ];
    if rows.iter().any(|(_, sent, to)| sent.is_some() || *to) {
        w.blocks.push(Block::Heading(w.t(Label::Sharing)));
        for (label, sent, to) in rows {
            match sent {
                Some(s) => w.field(label, date(s, lang)),
                None if to => w.field(label, w.t(Label::NotSent)),
                None => {}
            }
        }
    }
    if opts.draft && !opts.missing.is_empty() {
        w.blocks.push(Block::Heading(w.t(Label::PlanMissing)));
        w.blocks
            .push(Block::Missing(missing_items(&opts.missing, lang)));
    }
    // The document's date, for the PDF's metadata: when it was last sent,
    // else the plan's or the exception's date (the renderer reads no clock).
    let day = [sharing.sent_to_doctor, sharing.sent_to_nav]
        .into_iter()
        .flatten()
        .max()
        .or(plan.as_ref().and_then(|p| p.date))
        .or(d.exception.as_ref().and_then(|e| e.date))
        .or(d.sick_leave.as_ref().and_then(|s| s.start))
        .unwrap_or(Date(chrono::NaiveDate::default()));
    Doc {
        lang,
        title: Label::Plan.get(lang).to_owned(),
        draft: opts.draft,
        draft_word: Label::Draft.get(lang),
        page_words: (Label::Page.get(lang), Label::Of.get(lang)),
        date: day,
        blocks,
    }
}

/// What a draft lacks, as its list at the end shows it.
pub(crate) fn missing_items(missing: &[Missing], lang: Lang) -> Vec<(String, String)> {
    missing
        .iter()
        .map(|x| (clean(&x.code), clean(x.message.get(lang))))
        .collect()
}

/// The plan format's schema, compiled once for the draft reader.
fn schema() -> Option<&'static Schema> {
    static SCHEMA: OnceLock<Option<Schema>> = OnceLock::new();
    SCHEMA
        .get_or_init(|| Schema::new(Format::Plan).ok())
        .as_ref()
}

/// Reads what fits the plan format from a value that may not fit it (a
/// draft): every part the schema does not accept is left out, and its
/// pointer given, with whether it is a mapping that held a key the format
/// does not have (`true`) or a value that did not fit (`false`). The plan
/// format requires nothing but `format`, so nothing is stood in for.
/// `None` when the top is not a mapping. What is left out is never read.
pub(crate) fn read_lenient(value: &Value) -> Option<(PlanDocument, Vec<(String, bool)>)> {
    use crate::base::pointer;
    let schema = schema()?;
    let mut v = value.clone();
    v.as_object_mut()?
        .insert("format".into(), Value::from(Format::Plan.id()));
    let mut unfit: Vec<(String, bool)> = Vec::new();
    // Each round leaves out at least one node: the rounds end.
    for _ in 0..4096 {
        let (violations, _) = schema.check(&v);
        if violations.is_empty() {
            break;
        }
        let mut changed = false;
        for x in &violations {
            let Some(parent_at) = pointer::parent(&x.locate) else {
                continue;
            };
            let key = pointer::segments(&x.locate).last().cloned();
            let Some(key) = key else { continue };
            let removed = match v.pointer_mut(parent_at) {
                Some(Value::Object(obj)) => obj.remove(&key).is_some(),
                Some(Value::Array(items)) => match key.parse::<usize>() {
                    Ok(i) if i < items.len() => {
                        items.remove(i);
                        true
                    }
                    _ => false,
                },
                _ => false,
            };
            if removed {
                changed = true;
                let p = if x.at_key {
                    (parent_at.to_owned(), true)
                } else {
                    (x.locate.clone(), false)
                };
                if !unfit.contains(&p) {
                    unfit.push(p);
                }
                // The other violations' places may have moved.
                break;
            }
        }
        if !changed {
            return None;
        }
    }
    let doc = PlanDocument::deserialize(&v).ok()?;
    Some((doc, unfit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_organisation_number_is_grouped_in_threes_only_when_it_is_one() {
        assert_eq!(organisation_number("974760673"), "974 760 673");
        assert_eq!(organisation_number(" 974760673\n"), "974 760 673");
        assert_eq!(organisation_number("97476067"), "97476067");
        assert_eq!(organisation_number("974 760 673"), "974 760 673");
        assert_eq!(
            organisation_number("９７４７６０６７３"),
            "９７４７６０６７３"
        );
    }

    #[test]
    fn a_person_is_its_name_then_phone_and_email_each_only_when_recorded() {
        let p = Person {
            name: Some("Ola Hansen".into()),
            phone: None,
            email: Some(" ola@firma.example ".into()),
        };
        assert_eq!(
            person(&p, Lang::Nb).as_deref(),
            Some("Ola Hansen\nE-post: ola@firma.example")
        );
        assert_eq!(person(&Person::default(), Lang::En), None);
    }

    #[test]
    fn a_draft_plan_keeps_what_fits_and_names_what_does_not() {
        let v = serde_json::json!({
            "format": "oppfolgingsplan1/v1",
            "employee": {"name": "Kari", "fnr": "x"},
            "plan": {"evaluation_date": "14.12.2026", "follow_up": "Hver fredag", "version": 0},
            "exception": {"reason": "syk"},
        });
        let (doc, unfit) = read_lenient(&v).unwrap();
        let plan = doc.plan.unwrap();
        assert_eq!(plan.follow_up.as_deref(), Some("Hver fredag"));
        assert_eq!((plan.evaluation_date, plan.version), (None, None));
        assert_eq!(doc.employee.unwrap().name.as_deref(), Some("Kari"));
        assert_eq!(doc.exception.unwrap().reason, None);
        let mut unfit = unfit;
        unfit.sort();
        assert_eq!(
            unfit,
            [
                ("/employee".to_owned(), true),
                ("/exception/reason".to_owned(), false),
                ("/plan/evaluation_date".to_owned(), false),
                ("/plan/version".to_owned(), false),
            ]
        );
        assert!(read_lenient(&serde_json::json!([1])).is_none());
    }
}
