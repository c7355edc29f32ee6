//! The employer and the follow-up plan (`follow-up-plan.md`): the plan
//! object that is `revised_plan` in a referat and `plan` in a plan
//! document, and the plan document itself (`oppfolgingsplan1/v1`).
//!
//! No type here has a place for the employee's identity number: it is
//! never stored in a document (the export to NAV is given it apart).

use serde::{Deserialize, Deserializer, Serialize, Serializer, de};
use serde_json::Value;

use super::{Date, ModelError, SickLeave, whole};
use crate::base::format::{Format, PLAN_FORMAT};

/// The employer a document is from.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Employer {
    /// The employer's name (virksomhetens navn).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Organisasjonsnummer of the legal entity: 9 digits, as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation_number: Option<String>,
    /// Organisasjonsnummer of the sub-unit where the employee works.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_unit_number: Option<String>,
    /// Nærmeste leder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nearest_leader: Option<Person>,
}

/// A person to contact: the nearest leader, or the plan's contact person.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Phone number, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

impl Person {
    /// Whether any of its fields holds something (a blank text does not).
    pub fn is_filled(&self) -> bool {
        [&self.name, &self.phone, &self.email]
            .into_iter()
            .any(|f| f.as_deref().is_some_and(|s| !s.trim().is_empty()))
    }
}

/// The version a plan replaces.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Revises {
    /// Its date; for a referat, its meeting date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The version replaced is a referat that is a revised plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referat: Option<bool>,
}

/// The oppfølgingsplan: its version, its content, and what goes to NAV
/// and the doctor. Every field may be absent: an empty plan is a draft.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The date this version was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The date the first version was made, when this is a revision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_date: Option<Date>,
    /// Version number, 1 for the first.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "whole"
    )]
    pub version: Option<u64>,
    /// The version this one replaces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revises: Option<Revises>,
    /// A typical working day (typisk arbeidshverdag).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typical_workday: Option<String>,
    /// Tasks that can still be done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks_possible: Option<String>,
    /// Tasks that cannot be done now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks_not_possible: Option<String>,
    /// Adjustments tried so far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_adjustments: Option<String>,
    /// Adjustments from now on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_adjustments: Option<String>,
    /// Other adjustments possible but not tried now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_adjustment_options: Option<String>,
    /// How the agreed adjustments are followed up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<String>,
    /// When employer and employee evaluate the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation_date: Option<Date>,
    /// The employee took part in making the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee_involved: Option<bool>,
    /// If not, why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee_not_involved_reason: Option<String>,
    /// The plan is to be sent to NAV.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_with_nav: Option<bool>,
    /// The employer asks NAV for help.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needs_help_from_nav: Option<bool>,
    /// What help.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needs_help_description: Option<String>,
    /// The plan is to be sent to the doctor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_with_doctor: Option<bool>,
    /// A message to the doctor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_to_doctor: Option<String>,
    /// Anything else NAV or the doctor should know.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_information: Option<String>,
    /// The employer's contact person, when not the nearest leader.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_person: Option<Person>,
}

impl Plan {
    /// The contact person: the plan's own when it is filled, otherwise the
    /// employer's nearest leader, as a whole (never keys from both).
    pub fn contact<'a>(&'a self, employer: Option<&'a Employer>) -> Option<&'a Person> {
        match &self.contact_person {
            Some(p) if p.is_filled() => Some(p),
            _ => employer.and_then(|e| e.nearest_leader.as_ref()),
        }
    }
}

/// `oppfolgingsplan1/v1`, the only value of a plan document's `format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct FormatPlanV1;

impl Serialize for FormatPlanV1 {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(PLAN_FORMAT)
    }
}

impl<'de> Deserialize<'de> for FormatPlanV1 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if s == PLAN_FORMAT {
            Ok(FormatPlanV1)
        } else {
            Err(de::Error::custom(format!(
                "`format` must be `{PLAN_FORMAT}`"
            )))
        }
    }
}

/// The employee, by name only.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Employee {
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

super::vocabulary!(
    /// Why a plan is obviously unnecessary (NAV's form's examples, and `other`).
    ExceptionReason {
        /// Too ill to take part in making a plan.
        TooIll = "too_ill",
        /// Will soon be back in full work.
        ReturningSoon = "returning_soon",
        /// The employment ends soon.
        EmploymentEnding = "employment_ending",
        /// Cannot be reached.
        NoContact = "no_contact",
        /// Another reason.
        Other = "other",
    }
);

/// The employer's assessment that a plan is obviously unnecessary.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exception {
    /// Why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<ExceptionReason>,
    /// Why a plan is obviously unnecessary now, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
    /// When the employer assessed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

/// What was sent, and when.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sharing {
    /// When this version was sent to the sykmelder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_to_doctor: Option<Date>,
    /// When this version was sent to NAV.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_to_nav: Option<Date>,
}

/// One version of one employee's oppfølgingsplan for one absence
/// (`oppfolgingsplan1/v1`), or the record that no plan is made because one
/// is obviously unnecessary.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanDocument {
    /// Always `oppfolgingsplan1/v1`.
    pub format: FormatPlanV1,
    /// Whose plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer: Option<Employer>,
    /// The employee, by name only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee: Option<Employee>,
    /// The absence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sick_leave: Option<SickLeave>,
    /// The plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<Plan>,
    /// Instead of a plan: why one is obviously unnecessary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exception: Option<Exception>,
    /// What was sent, and when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sharing: Option<Sharing>,
}

impl PlanDocument {
    /// Reads a plan document that fits its schema: the first violation
    /// otherwise (English words, for a program; the linter says it for
    /// people).
    pub fn from_value(value: &Value) -> Result<PlanDocument, ModelError> {
        if Format::of(value) != Some(Format::Plan) {
            return Err(ModelError {
                pointer: "/format".to_string(),
                message: format!("`format` must be `{PLAN_FORMAT}`"),
            });
        }
        if let Some(schema) = plan_schema()
            && let Some(v) = schema.check(value).0.into_iter().next()
        {
            return Err(ModelError {
                pointer: v.pointer,
                message: v.message.en,
            });
        }
        PlanDocument::deserialize(value).map_err(|e| ModelError {
            pointer: String::new(),
            message: e.to_string(),
        })
    }

    /// The document as a JSON value.
    pub fn to_value(&self) -> Value {
        serde_json::to_value(self).expect("the model always serialises")
    }
}

/// The plan format's schema, compiled once for the model's reader.
fn plan_schema() -> Option<&'static crate::check::schema::Schema> {
    static SCHEMA: std::sync::OnceLock<Option<crate::check::schema::Schema>> =
        std::sync::OnceLock::new();
    SCHEMA
        .get_or_init(|| crate::check::schema::Schema::new(Format::Plan).ok())
        .as_ref()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(name: &str) -> Value {
        let path = format!(
            "{}/../shared/spec/examples/plan/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(path).unwrap();
        crate::Source::from_str(name, &text)
            .load(&Default::default())
            .unwrap()
            .into_value()
    }

    #[test]
    fn the_plan_example_reads_and_writes_back_the_same() {
        let v = example("oppfolgingsplan.yaml");
        let doc = PlanDocument::from_value(&v).unwrap();
        assert_eq!(doc.to_value(), v);
        let plan = doc.plan.as_ref().unwrap();
        // The plan's own contact person, not the nearest leader.
        let contact = plan.contact(doc.employer.as_ref()).unwrap();
        assert_eq!(
            contact.email.as_deref(),
            Some("ola.hansen@fjordlager.example")
        );
    }

    #[test]
    fn the_revised_plan_reads_in_a_referat() {
        let v = example("referat-revised-plan.yaml");
        let m = crate::Minutes::from_value(&v).unwrap();
        assert_eq!(m.to_value(), v);
        let plan = m.revised_plan.as_ref().unwrap();
        // No contact person of its own: the nearest leader, whole.
        let contact = plan.contact(m.employer.as_ref()).unwrap();
        assert_eq!(contact.name.as_deref(), Some("Ola Hansen"));
        assert!(PlanDocument::from_value(&v).is_err());
    }
}
