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
/// unit and nearest leader (with phone and e-mail), only what is recorded,
/// and "not recorded" where a draft's value did not fit the format
/// (`unfit`, the pointers left out).
pub(crate) fn employer_fields(e: &Employer, lang: Lang, unfit: &[String]) -> Vec<(String, String)> {
    let lacks = |key: &str| unfit.iter().any(|p| p == &format!("/employer/{key}"));
    let not_recorded = || Label::NotRecorded.get(lang).to_owned();
    let mut fields = Vec::new();
    match text(&e.name) {
        Some(name) => fields.push((Label::EmployerName.get(lang).to_owned(), name)),
        None if lacks("name") => {
            fields.push((Label::EmployerName.get(lang).to_owned(), not_recorded()))
        }
        None => {}
    }
    for (label, key, number) in [
        (
            Label::OrganisationNumber,
            "organisation_number",
            &e.organisation_number,
        ),
        (Label::SubUnitNumber, "sub_unit_number", &e.sub_unit_number),
    ] {
        match text(number) {
            Some(n) => fields.push((label.get(lang).to_owned(), organisation_number(&n))),
            None if lacks(key) => fields.push((label.get(lang).to_owned(), not_recorded())),
            None => {}
        }
    }
    match e.nearest_leader.as_ref().and_then(|p| person(p, lang)) {
        Some(leader) => fields.push((Label::NearestLeader.get(lang).to_owned(), leader)),
        None if lacks("nearest_leader") => {
            fields.push((Label::NearestLeader.get(lang).to_owned(), not_recorded()));
        }
        None => {}
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
    /// The pointers of the values a draft left out because they did not
    /// fit the format: shown as not recorded, also where an empty value
    /// would be left out.
    pub unfit: &'b [String],
    /// Where the object written is: `/revised_plan`, `/plan`, `/exception`.
    pub at: &'static str,
}

impl PlanWriter<'_> {
    /// Whether the value at `key` (of the object at `self.at`) is needed
    /// (`needed`, or a draft's value that did not fit).
    fn needs(&self, key: &str, needed: bool) -> bool {
        needed
            || self
                .unfit
                .iter()
                .any(|p| p == &format!("{}/{key}", self.at))
    }

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

    /// A yes/no, or "not recorded" when it is needed and is not.
    fn yes_no(&mut self, label: Label, key: &str, v: Option<bool>, needed: bool) {
        match v {
            Some(b) => self.field(label, yes_no(b, self.lang).to_owned()),
            None if self.needs(key, needed) => self.field(label, self.not_recorded()),
            None => {}
        }
    }

    /// A date, or "not recorded" when it is needed and is not.
    fn date(&mut self, label: Label, key: &str, v: Option<Date>, needed: bool) {
        match v {
            Some(d) => self.field(label, date(d, self.lang)),
            None if self.needs(key, needed) => self.field(label, self.not_recorded()),
            None => {}
        }
    }

    /// A text of its own under its label, its paragraphs kept; "not
    /// recorded" when it is needed and empty, nothing when not.
    fn text(&mut self, label: Label, key: &str, v: &Option<String>, needed: bool) {
        let v = match text(v) {
            Some(v) => v,
            None if self.needs(key, needed) => self.not_recorded(),
            None => return,
        };
        self.blocks.push(Block::Subheading(self.t(label)));
        self.blocks.push(Block::Para(v));
    }

    /// The plan's date, version, first version and the version it
    /// replaces, as fields. `fallback` is the date a plan without its own
    /// has (a referat's meeting date).
    pub fn version(&mut self, plan: &Plan, fallback: Option<Date>) {
        self.date(Label::PlanVersionDate, "date", plan.date.or(fallback), true);
        match plan.version {
            Some(v) => self.field(Label::Version, v.to_string()),
            None if self.needs("version", false) => self.field(Label::Version, self.not_recorded()),
            None => {}
        }
        self.date(Label::FirstDate, "first_date", plan.first_date, false);
        if let Some(r) = &plan.revises {
            self.date(Label::RevisesDate, "revises/date", r.date, false);
            self.yes_no(Label::RevisesReferat, "revises/referat", r.referat, false);
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
        let p = plan;
        self.text(
            Label::TypicalWorkday,
            "typical_workday",
            &p.typical_workday,
            true,
        );
        self.text(
            Label::TasksPossible,
            "tasks_possible",
            &p.tasks_possible,
            true,
        );
        let not_possible = &p.tasks_not_possible;
        self.text(
            Label::TasksNotPossible,
            "tasks_not_possible",
            not_possible,
            true,
        );
        if groups {
            self.blocks.push(Block::Heading(self.t(Label::Adjustments)));
        }
        let (previous, planned) = (&p.previous_adjustments, &p.planned_adjustments);
        self.text(
            Label::PreviousAdjustments,
            "previous_adjustments",
            previous,
            true,
        );
        self.text(
            Label::PlannedAdjustments,
            "planned_adjustments",
            planned,
            true,
        );
        let other = &p.other_adjustment_options;
        self.text(
            Label::OtherAdjustments,
            "other_adjustment_options",
            other,
            false,
        );
        self.text(Label::FollowUp, "follow_up", &p.follow_up, true);
        self.date(
            Label::EvaluationDate,
            "evaluation_date",
            p.evaluation_date,
            true,
        );
        let involved = p.employee_involved;
        self.yes_no(Label::EmployeeInvolved, "employee_involved", involved, true);
        let (why, needed) = (&p.employee_not_involved_reason, involved == Some(false));
        self.text(
            Label::NotInvolvedReason,
            "employee_not_involved_reason",
            why,
            needed,
        );
        if groups {
            self.blocks.push(Block::Heading(self.t(Label::PlanSharing)));
        }
        self.yes_no(
            Label::ShareWithNav,
            "share_with_nav",
            p.share_with_nav,
            true,
        );
        let help = p.needs_help_from_nav;
        self.yes_no(Label::NeedsHelp, "needs_help_from_nav", help, false);
        let (what, needed) = (&p.needs_help_description, help == Some(true));
        self.text(
            Label::NeedsHelpDescription,
            "needs_help_description",
            what,
            needed,
        );
        self.yes_no(
            Label::ShareWithDoctor,
            "share_with_doctor",
            p.share_with_doctor,
            true,
        );
        self.text(
            Label::MessageToDoctor,
            "message_to_doctor",
            &p.message_to_doctor,
            false,
        );
        let more = &p.additional_information;
        self.text(
            Label::AdditionalInformation,
            "additional_information",
            more,
            false,
        );
        // The plan's own contact person, else the nearest leader, as a whole.
        let contact = p
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
pub(crate) fn build(d: &PlanDocument, opts: &RenderOptions, unfit: &[String]) -> Doc {
    let lang = opts.lang;
    let mut blocks = Vec::new();
    let mut w = PlanWriter {
        blocks: &mut blocks,
        lang,
        unfit,
        at: "/plan",
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
    let employer = employer_fields(&d.employer.clone().unwrap_or_default(), lang, unfit);
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
        w.at = "/exception";
        w.date(Label::ExceptionDate, "date", ex.date, true);
        w.text(
            Label::ExceptionExplanation,
            "explanation",
            &ex.explanation,
            true,
        );
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
        w.at = "/sharing";
        for ((label, sent, to), key) in rows.into_iter().zip(["sent_to_doctor", "sent_to_nav"]) {
            match sent {
                Some(s) => w.field(label, date(s, lang)),
                None if w.needs(key, false) => w.field(label, w.not_recorded()),
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
