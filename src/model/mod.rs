//! The typed meeting: `dialogmote1/v1` as Rust types, for programs that
//! build or read minutes. The linter itself works on the value tree, so that
//! drafts that do not fit these types still get findings.
//!
//! Optional fields are `Option`; a `null` in a document reads as `None`, and
//! `None` is left out when writing.

pub(crate) mod complete;
pub(crate) mod draft;
pub(crate) mod plan;
pub(crate) mod yaml_write;

pub use plan::{
    Employee, Employer, Exception, ExceptionReason, FormatPlanV1, Person, Plan, PlanDocument,
    Revises, Sharing,
};

use std::fmt;

use chrono::{NaiveDate, NaiveTime, Timelike};
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;

use crate::base::format::FORMAT;
use crate::input::decode::SourceKind;
use crate::load::{self, Limits};

/// A calendar date written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

impl Date {
    /// The date, if it exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        NaiveDate::from_ymd_opt(year, month, day).map(Date)
    }

    /// A date written exactly `YYYY-MM-DD` that exists (`2026-02-30` does
    /// not), as the format reads it.
    pub fn parse(s: &str) -> Option<Date> {
        crate::base::dates::parse_date(s).map(Date)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::base::dates::iso(self.0))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        crate::base::dates::parse_date(&s)
            .map(Date)
            .ok_or_else(|| de::Error::custom("a date must be a real day written YYYY-MM-DD"))
    }
}

/// A time of day written `HH:MM` (24 h).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time(pub NaiveTime);

impl Time {
    /// The time, if valid.
    pub fn from_hm(hour: u32, minute: u32) -> Option<Time> {
        NaiveTime::from_hms_opt(hour, minute, 0).map(Time)
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0.hour(), self.0.minute())
    }
}

impl Serialize for Time {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Time {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        crate::base::dates::parse_time(&s)
            .and_then(|m| Time::from_hm((m / 60) as u32, (m % 60) as u32))
            .ok_or_else(|| de::Error::custom("a time must be written HH:MM, 00:00 to 23:59"))
    }
}

/// The format marker: always `dialogmote1/v1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct FormatV1;

impl Serialize for FormatV1 {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(FORMAT)
    }
}

impl<'de> Deserialize<'de> for FormatV1 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if s == FORMAT {
            Ok(FormatV1)
        } else {
            Err(de::Error::custom(format!("`format` must be `{FORMAT}`")))
        }
    }
}

/// Whole numbers, also when written `5.0` (JSON Schema counts those as integers).
fn whole<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    match Option::<serde_json::Number>::deserialize(d)? {
        None => Ok(None),
        Some(n) => match (n.as_u64(), n.as_f64()) {
            (Some(u), _) => Ok(Some(u)),
            (None, Some(f)) if f >= 0.0 && f.fract() == 0.0 && f <= u64::MAX as f64 => {
                Ok(Some(f as u64))
            }
            _ => Err(de::Error::custom("expected a whole number ≥ 0")),
        },
    }
}

fn grade<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u8>, D::Error> {
    match whole(d)? {
        None => Ok(None),
        Some(g @ 1..=100) => Ok(Some(g as u8)),
        Some(_) => Err(de::Error::custom("`grade` is a percentage from 1 to 100")),
    }
}

macro_rules! vocabulary {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vm])* #[serde(rename = $text)] $variant),+
        }
        impl $name {
            /// Every value, in the format's order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The value as written in documents.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }
    };
}
pub(crate) use vocabulary;

vocabulary!(
    /// How the meeting was held.
    Mode {
        /// In person.
        InPerson = "in_person",
        /// Video.
        Video = "video",
        /// Phone.
        Phone = "phone",
        /// Some in person, some remote.
        Hybrid = "hybrid",
    }
);

vocabulary!(
    /// A participant's role.
    Role {
        /// The sick-listed employee.
        Arbeidstaker = "arbeidstaker",
        /// The employer (e.g. the line manager).
        Arbeidsgiver = "arbeidsgiver",
        /// The doctor or therapist who wrote the sick note (sykmelder).
        Lege = "lege",
        /// The occupational health service (bedriftshelsetjeneste).
        Bht = "bht",
        /// NAV.
        Nav = "nav",
        /// Union representative.
        Tillitsvalgt = "tillitsvalgt",
        /// Safety representative.
        Verneombud = "verneombud",
        /// Someone else; described in `function`.
        Annen = "annen",
    }
);

vocabulary!(
    /// The employer's view of whether a proposal can be realised.
    EmployerAssessment {
        /// Can be realised.
        Feasible = "feasible",
        /// Can partly be realised.
        PartlyFeasible = "partly_feasible",
        /// Cannot be realised.
        NotFeasible = "not_feasible",
    }
);

vocabulary!(
    /// Lege/BHT: is the proposal medically sound?
    MedicalAssessment {
        /// Medically sound (medisinsk forsvarlig).
        Sound = "sound",
        /// Not medically sound.
        NotSound = "not_sound",
        /// Not assessed.
        NotAssessed = "not_assessed",
    }
);

vocabulary!(
    /// Who made the medical assessment.
    MedicalAssessor {
        /// The doctor.
        Lege = "lege",
        /// The occupational health service.
        Bht = "bht",
    }
);

vocabulary!(
    /// The decision on one of NAV's measures.
    Decision {
        /// Will be applied for or started.
        Apply = "apply",
        /// Already in place.
        InUse = "in_use",
        /// To be clarified later.
        Clarify = "clarify",
        /// Not relevant.
        NotRelevant = "not_relevant",
    }
);

vocabulary!(
    /// NAV's measures a–h from the guide.
    MeasureKey {
        /// a. Aktiv/gradert sykmelding.
        GradertSykmelding = "gradert_sykmelding",
        /// b. Tilretteleggingstilskudd.
        Tilretteleggingstilskudd = "tilretteleggingstilskudd",
        /// c. Avklaring/rehabilitering/oppfølging.
        AvklaringRehabiliteringOppfolging = "avklaring_rehabilitering_oppfolging",
        /// d. Kjøp av helsetjenester v/lettere psykiske lidelser.
        HelsetjenesterLetterePsykiskeLidelser = "helsetjenester_lettere_psykiske_lidelser",
        /// e. Fritak for arbeidsgiverperiode.
        FritakArbeidsgiverperiode = "fritak_arbeidsgiverperiode",
        /// f. KID (kurs i depresjonsmestring).
        KidKurs = "kid_kurs",
        /// g. Arbeidsplassvurdering ved fysio-/ergoterapeut.
        Arbeidsplassvurdering = "arbeidsplassvurdering",
        /// h. Arbeidsplasshjelpemidler.
        Arbeidsplasshjelpemidler = "arbeidsplasshjelpemidler",
    }
);

/// The minutes of one Dialogmøte 1 (`dialogmote1/v1`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Minutes {
    /// Always `dialogmote1/v1`.
    pub format: FormatV1,
    /// The employer the referat is from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer: Option<Employer>,
    /// The meeting itself.
    pub meeting: Meeting,
    /// The absence the meeting is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sick_leave: Option<SickLeave>,
    /// The oppfølgingsplan used as the basis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up_plan: Option<FollowUpPlan>,
    /// Møtedeltakere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<Vec<Participant>>,
    /// Fase 1 Innledning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<Introduction>,
    /// Fase 2 Status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Fase 3 Løsningsfasen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub solutions: Option<Solutions>,
    /// Fase 4 Avtale/konklusjon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conclusion: Option<Conclusion>,
    /// The referat as a document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referat: Option<Referat>,
    /// The revised oppfølgingsplan this referat is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revised_plan: Option<Plan>,
}

/// The meeting itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// Dato (required).
    pub date: Date,
    /// Start time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Time>,
    /// End time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Time>,
    /// How it was held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<Mode>,
    /// Where.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
}

impl Default for Meeting {
    fn default() -> Self {
        Meeting {
            date: Date(NaiveDate::default()),
            start: None,
            end: None,
            mode: None,
            location: None,
        }
    }
}

/// The absence.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SickLeave {
    /// First day of the absence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    /// Sick-leave percentage (1–100; 100 = fully absent).
    #[serde(
        default,
        deserialize_with = "grade",
        skip_serializing_if = "Option::is_none"
    )]
    pub grade: Option<u8>,
    /// First day of full (100 %) absence, when it began later than `start`
    /// or before a later grading; the seven weeks before Dialogmøte 1 count
    /// from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_absence_start: Option<Date>,
}

/// The follow-up plan.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUpPlan {
    /// Date of the plan version used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// When it was sent to the sykmelder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_to_doctor: Option<Date>,
}

/// One participant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// The role (required).
    pub role: Role,
    /// The person's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Title or function; the description for role `annen`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub function: Option<String>,
    /// Took part in the meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attended: Option<bool>,
    /// Why not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub absence_reason: Option<String>,
}

/// Fase 1.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Introduction {
    /// Minutes used.
    #[serde(
        default,
        deserialize_with = "whole",
        skip_serializing_if = "Option::is_none"
    )]
    pub minutes: Option<u64>,
    /// Agenda items covered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub covered: Option<Covered>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// Fase 1 items 1–5.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Covered {
    /// 1. Hva slags møte og hvorfor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<bool>,
    /// 2. Presentasjonsrunde med rolleavklaring.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub introductions: Option<bool>,
    /// 3. Intensjon og mål med møtet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goals: Option<bool>,
    /// 4. Taushetsplikt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidentiality: Option<bool>,
    /// 5. Stram tidsramme, respekt for agendaen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_frame: Option<bool>,
}

/// Fase 2.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Status {
    /// Minutes used.
    #[serde(
        default,
        deserialize_with = "whole",
        skip_serializing_if = "Option::is_none"
    )]
    pub minutes: Option<u64>,
    /// Item 1: the employee's account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arbeidstaker: Option<EmployeeStatus>,
    /// Item 2: the employer's account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arbeidsgiver: Option<EmployerStatus>,
    /// Item 3: the doctor's views.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lege: Option<String>,
    /// Item 4: BHT's views.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bht: Option<String>,
    /// Item 5: the employer's summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

/// Fase 2 item 1.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmployeeStatus {
    /// Development of own functional ability.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub functional_ability: Option<String>,
    /// How adjustments have worked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjustments_experience: Option<String>,
}

/// Fase 2 item 2.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmployerStatus {
    /// Adjustments put in place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjustments_made: Option<String>,
    /// What worked, and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub what_worked: Option<String>,
    /// What did not work, and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub what_did_not_work: Option<String>,
    /// Measures not carried out, and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_implemented: Option<String>,
}

/// Fase 3.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Solutions {
    /// Minutes used.
    #[serde(
        default,
        deserialize_with = "whole",
        skip_serializing_if = "Option::is_none"
    )]
    pub minutes: Option<u64>,
    /// Concrete solutions discussed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposals: Option<Vec<Proposal>>,
    /// NAV's measures a–h.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measures: Option<Measures>,
}

/// A proposed solution.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Proposal {
    /// The solution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Who proposed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposed_by: Option<Role>,
    /// The employer's view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer_assessment: Option<EmployerAssessment>,
    /// Why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer_comment: Option<String>,
    /// Medically sound?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medical_assessment: Option<MedicalAssessment>,
    /// Who assessed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medical_assessor: Option<MedicalAssessor>,
}

/// NAV's measures a–h.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Measures {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gradert_sykmelding: Option<Measure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tilretteleggingstilskudd: Option<Measure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avklaring_rehabilitering_oppfolging: Option<Measure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub helsetjenester_lettere_psykiske_lidelser: Option<Measure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fritak_arbeidsgiverperiode: Option<Measure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kid_kurs: Option<Measure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arbeidsplassvurdering: Option<Measure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arbeidsplasshjelpemidler: Option<Measure>,
}

/// One measure's decision.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// The decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
    /// A note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Fase 4.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conclusion {
    /// Minutes used.
    #[serde(
        default,
        deserialize_with = "whole",
        skip_serializing_if = "Option::is_none"
    )]
    pub minutes: Option<u64>,
    /// Hva er vurdert.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessed: Option<String>,
    /// Hva er vi enige om.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed: Option<String>,
    /// Item 3a: is the workplace the arena for further follow-up?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workplace_arena: Option<bool>,
    /// If so, how.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workplace_arena_how: Option<String>,
    /// Item 3b: were the alternatives explained?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternatives_informed: Option<bool>,
    /// Hvem gjør hva når.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<Vec<Action>>,
    /// Next follow-up or evaluation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_follow_up: Option<Date>,
}

/// An agreed action.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// The task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub what: Option<String>,
    /// Who: a role or a participant's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// The measure it carries out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<MeasureKey>,
}

/// The referat as a document.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Referat {
    /// Who wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// When it was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent: Option<Date>,
    /// Who it was (or will be) sent to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipients: Option<Vec<Role>>,
    /// The referat is a revised oppfølgingsplan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revised_follow_up_plan: Option<bool>,
}

/// Why a document could not be read into [`Minutes`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{pointer}: {message}")]
pub struct ModelError {
    /// JSON Pointer of the offending node (empty for the document).
    pub pointer: String,
    /// What is wrong.
    pub message: String,
}

impl Minutes {
    /// Reads minutes from a value tree. The value is first checked against
    /// the JSON Schema (compiled once): serde's derived readers would accept
    /// an empty list where an object with only optional fields is expected,
    /// and the model must accept exactly what the format does. The schema
    /// also says where a document is wrong: its first violation is the
    /// error's pointer. (`tests/schema_model.rs` shows that what the schema
    /// accepts, serde reads; so serde needs no path tracking of its own,
    /// which would cost the WebAssembly package 42 KB.)
    pub fn from_value(value: &Value) -> Result<Minutes, ModelError> {
        if !value.is_object() {
            return Err(ModelError {
                pointer: String::new(),
                message: "minutes are a mapping of keys (`format`, `meeting`, …) at the top level"
                    .to_string(),
            });
        }
        // The schema describes this format only.
        if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
            return Err(ModelError {
                pointer: "/format".to_string(),
                message: format!("`format` must be `{FORMAT}`"),
            });
        }
        if let Some(schema) = compiled_schema()
            && let Some(v) = schema.check(value).0.into_iter().next()
        {
            return Err(ModelError {
                pointer: v.pointer,
                message: v.message.en,
            });
        }
        Minutes::from_value_unchecked(value)
    }

    /// Reads minutes with serde alone, without the schema check. Its errors
    /// point at the document as a whole (the pointer is empty).
    pub(crate) fn from_value_unchecked(value: &Value) -> Result<Minutes, ModelError> {
        Minutes::deserialize(value).map_err(|e| ModelError {
            pointer: String::new(),
            message: e.to_string(),
        })
    }

    /// Reads what fits the format from a value tree that may not fit it
    /// (a draft): every part the schema does not accept is left out, a
    /// required value that is missing or wrong (`meeting.date`, a
    /// participant's `role`) is stood in for, and the pointers of both are
    /// given, in the document's order, each with whether it is a mapping
    /// that held a key the format does not have (`true`) or a value that
    /// did not fit (`false`). `None` when the top is not a mapping. What is
    /// left out is never read, so no wrong text of the document reaches
    /// what is made of the result.
    pub(crate) fn from_value_lenient(value: &Value) -> Option<(Minutes, Vec<(String, bool)>)> {
        use crate::base::pointer;
        /// The lists whose items are mappings: a wrong item becomes an
        /// empty one, so that the items after it keep their numbers.
        const ITEM_LISTS: [&str; 3] = ["participants", "proposals", "actions"];
        let schema = compiled_schema()?;
        let mut v = value.clone();
        let top = v.as_object_mut()?;
        top.insert("format".into(), Value::from(FORMAT));
        let mut unfit: Vec<(String, bool)> = Vec::new();
        fn note(p: (String, bool), unfit: &mut Vec<(String, bool)>) {
            if !unfit.contains(&p) {
                unfit.push(p);
            }
        }
        // Each round leaves out or stands in for at least one node, and
        // nothing it adds is wrong: the rounds end.
        for _ in 0..4096 {
            let (violations, malformed) = schema.check(&v);
            if violations.is_empty() {
                break;
            }
            let mut changed = false;
            for m in malformed.iter().filter(|m| !m.is_empty()) {
                // A required value: stood in for.
                let segs = pointer::segments(m);
                let stand_in = match segs.iter().map(String::as_str).collect::<Vec<_>>()[..] {
                    ["meeting"] => Some(serde_json::json!({})),
                    ["meeting", "date"] => Some(Value::from("1970-01-01")),
                    ["participants", _, "role"] => Some(Value::from("annen")),
                    _ => None,
                };
                let missing = v.pointer(m).is_none()
                    || violations.iter().any(|x| &x.pointer == m && !x.at_key);
                if let Some(s) = stand_in
                    && missing
                    && let Some(parent) = pointer::parent(m).and_then(|p| v.pointer_mut(p))
                    && let Some(obj) = parent.as_object_mut()
                {
                    let key = segs.last().cloned().unwrap_or_default();
                    if obj.get(&key) != Some(&s) {
                        obj.insert(key, s);
                        changed = true;
                    }
                    if m != "/meeting" {
                        note((m.clone(), false), &mut unfit);
                    }
                }
            }
            // What was stood in for is checked again before anything is
            // left out: a mapping that lacked it is not wrong any more.
            if changed {
                continue;
            }
            // Wrong words of a list of words: (the list, the place).
            let mut words: Vec<(String, usize)> = Vec::new();
            for x in &violations {
                let at = &x.locate;
                if at.is_empty() {
                    continue;
                }
                let Some(parent_at) = pointer::parent(at) else {
                    continue;
                };
                let segs = pointer::segments(at);
                let key = segs.last().cloned().unwrap_or_default();
                let stood_in = matches!(
                    segs.iter().map(String::as_str).collect::<Vec<_>>()[..],
                    ["meeting"] | ["meeting", "date"] | ["participants", _, "role"]
                );
                if stood_in && !x.at_key {
                    continue;
                }
                let parent_key = pointer::segments(parent_at).last().cloned();
                let Some(parent) = v.pointer_mut(parent_at) else {
                    continue;
                };
                match parent {
                    Value::Object(obj) => {
                        let removed = obj.remove(&key).is_some();
                        if removed {
                            changed = true;
                            // An unknown key is named by the mapping it is in.
                            note(
                                if x.at_key {
                                    (parent_at.to_owned(), true)
                                } else {
                                    (at.clone(), false)
                                },
                                &mut unfit,
                            );
                        }
                    }
                    Value::Array(items) => {
                        let Ok(i) = key.parse::<usize>() else {
                            continue;
                        };
                        if i >= items.len() {
                            continue;
                        }
                        if parent_key
                            .as_deref()
                            .is_some_and(|k| ITEM_LISTS.contains(&k))
                        {
                            if !items[i].is_object()
                                || items[i].as_object().is_some_and(|o| !o.is_empty())
                            {
                                items[i] = Value::Object(Default::default());
                                changed = true;
                            }
                            note((at.clone(), false), &mut unfit);
                        } else {
                            // A list of words: the wrong ones are left out
                            // (below, last first, so that the places of the
                            // others hold), and the list is named.
                            words.push((parent_at.to_owned(), i));
                            note((parent_at.to_owned(), false), &mut unfit);
                        }
                    }
                    _ => {}
                }
            }
            words.sort_unstable();
            words.dedup();
            for (list, i) in words.into_iter().rev() {
                if let Some(items) = v.pointer_mut(&list).and_then(Value::as_array_mut)
                    && i < items.len()
                {
                    items.remove(i);
                    changed = true;
                }
            }
            if !changed {
                return None;
            }
        }
        let minutes = Minutes::from_value_unchecked(&v).ok()?;
        Some((minutes, unfit))
    }

    /// Reads minutes from YAML or JSON text (with this crate's loader).
    pub fn parse(text: &str) -> Result<Minutes, ModelError> {
        let doc = load::load(
            text.trim_start_matches('\u{feff}'),
            SourceKind::Auto,
            &Limits::default(),
        )
        .map_err(|p| ModelError {
            pointer: String::new(),
            message: p[0].message().message.en,
        })?;
        Minutes::from_value(doc.value())
    }

    /// The value tree (what the linter checks).
    pub fn to_value(&self) -> Value {
        serde_json::to_value(self).expect("the model always serialises")
    }

    /// As JSON text.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("the model always serialises")
    }

    /// As YAML text, which this crate reads back as exactly these minutes:
    /// every string comes back as it was, whatever its characters (one
    /// YAML 1.1 folds, such as U+2028, or one YAML cannot carry raw is
    /// written as an escape in double quotes).
    pub fn to_yaml(&self) -> String {
        let value = serde_yaml::to_value(self).expect("the model always serialises");
        crate::model::yaml_write::to_yaml(&value)
    }
}

/// The format's schema, compiled once for the model's readers.
fn compiled_schema() -> Option<&'static crate::check::schema::Schema> {
    static SCHEMA: std::sync::OnceLock<Option<crate::check::schema::Schema>> =
        std::sync::OnceLock::new();
    SCHEMA
        .get_or_init(|| {
            crate::check::schema::Schema::new(crate::base::format::Format::Referat).ok()
        })
        .as_ref()
}

#[cfg(test)]
mod schema_model_tests;
