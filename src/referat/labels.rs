//! The referat's words for the model's values (roles, modes, assessments,
//! decisions, measures, months): which text of the catalogue says each
//! (`src/texts/referat.rs` holds the words).

use crate::model::{
    Decision, EmployerAssessment, MeasureKey, MedicalAssessment, MedicalAssessor, Mode, Role,
};
use crate::texts::{Label, Lang};

/// The name of month `m` (1–12).
pub(crate) fn month(m: u32, lang: Lang) -> &'static str {
    crate::base::dates::MONTHS[(m.clamp(1, 12) - 1) as usize].get(lang)
}

/// A role in words.
pub(crate) fn role(r: Role) -> Label {
    match r {
        Role::Arbeidstaker => Label::RoleArbeidstaker,
        Role::Arbeidsgiver => Label::RoleArbeidsgiver,
        Role::Lege => Label::RoleLege,
        Role::Bht => Label::RoleBht,
        Role::Nav => Label::RoleNav,
        Role::Tillitsvalgt => Label::RoleTillitsvalgt,
        Role::Verneombud => Label::RoleVerneombud,
        Role::Annen => Label::RoleAnnen,
    }
}

/// How the meeting was held, in words.
pub(crate) fn mode(m: Mode) -> Label {
    match m {
        Mode::InPerson => Label::ModeInPerson,
        Mode::Video => Label::ModeVideo,
        Mode::Phone => Label::ModePhone,
        Mode::Hybrid => Label::ModeHybrid,
    }
}

/// The employer's assessment in words.
pub(crate) fn employer_assessment(a: EmployerAssessment) -> Label {
    match a {
        EmployerAssessment::Feasible => Label::Feasible,
        EmployerAssessment::PartlyFeasible => Label::PartlyFeasible,
        EmployerAssessment::NotFeasible => Label::NotFeasible,
    }
}

/// The medical assessment in words.
pub(crate) fn medical_assessment(a: MedicalAssessment) -> Label {
    match a {
        MedicalAssessment::Sound => Label::Sound,
        MedicalAssessment::NotSound => Label::NotSound,
        MedicalAssessment::NotAssessed => Label::NotAssessed,
    }
}

/// Who made the medical assessment, in words.
pub(crate) fn assessor(a: MedicalAssessor) -> Label {
    match a {
        MedicalAssessor::Lege => Label::RoleLege,
        MedicalAssessor::Bht => Label::RoleBht,
    }
}

/// A decision on a measure, in words.
pub(crate) fn decision(d: Decision) -> Label {
    match d {
        Decision::Apply => Label::Apply,
        Decision::InUse => Label::InUse,
        Decision::Clarify => Label::Clarify,
        Decision::NotRelevant => Label::NotRelevant,
    }
}

/// A measure in the guide's words, with its letter.
pub(crate) fn measure(m: MeasureKey) -> Label {
    match m {
        MeasureKey::GradertSykmelding => Label::MGradert,
        MeasureKey::Tilretteleggingstilskudd => Label::MTilskudd,
        MeasureKey::AvklaringRehabiliteringOppfolging => Label::MAvklaring,
        MeasureKey::HelsetjenesterLetterePsykiskeLidelser => Label::MHelse,
        MeasureKey::FritakArbeidsgiverperiode => Label::MFritak,
        MeasureKey::KidKurs => Label::MKid,
        MeasureKey::Arbeidsplassvurdering => Label::MVurdering,
        MeasureKey::Arbeidsplasshjelpemidler => Label::MHjelpemidler,
    }
}
