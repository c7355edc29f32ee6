//! The referat's words for the model's values (roles, modes, assessments,
//! decisions, measures, months). A value's words are the format's one
//! vocabulary (`base::fields::value_label`), which the messages, the form
//! and the help share; `src/texts/referat.rs` holds the words.

use crate::base::fields::value_label;
use crate::model::{
    Decision, EmployerAssessment, MeasureKey, MedicalAssessment, MedicalAssessor, Mode, Role,
};
use crate::texts::{Label, Lang};

/// The name of month `m` (1–12).
pub(crate) fn month(m: u32, lang: Lang) -> &'static str {
    crate::base::dates::MONTHS[(m.clamp(1, 12) - 1) as usize].get(lang)
}

/// The words of a value of the format, as the model writes it. Every value
/// has words (`base::fields` tests it against the schema, and the model's
/// values are the schema's); "not recorded" stands in, never a code.
fn words(value: &str) -> Label {
    value_label(value).unwrap_or(Label::NotRecorded)
}

/// A role in words.
pub(crate) fn role(r: Role) -> Label {
    words(r.as_str())
}

/// How the meeting was held, in words.
pub(crate) fn mode(m: Mode) -> Label {
    words(m.as_str())
}

/// The employer's assessment in words.
pub(crate) fn employer_assessment(a: EmployerAssessment) -> Label {
    words(a.as_str())
}

/// The medical assessment in words.
pub(crate) fn medical_assessment(a: MedicalAssessment) -> Label {
    words(a.as_str())
}

/// Who made the medical assessment, in words.
pub(crate) fn assessor(a: MedicalAssessor) -> Label {
    words(a.as_str())
}

/// A decision on a measure, in words.
pub(crate) fn decision(d: Decision) -> Label {
    words(d.as_str())
}

/// A measure in the guide's words, with its letter.
pub(crate) fn measure(m: MeasureKey) -> Label {
    words(m.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every value of the model has words of its own.
    #[test]
    fn every_value_of_the_model_has_words() {
        let values = Role::ALL
            .iter()
            .map(|v| v.as_str())
            .chain(Mode::ALL.iter().map(|v| v.as_str()))
            .chain(EmployerAssessment::ALL.iter().map(|v| v.as_str()))
            .chain(MedicalAssessment::ALL.iter().map(|v| v.as_str()))
            .chain(MedicalAssessor::ALL.iter().map(|v| v.as_str()))
            .chain(Decision::ALL.iter().map(|v| v.as_str()))
            .chain(MeasureKey::ALL.iter().map(|v| v.as_str()));
        for v in values {
            assert_ne!(words(v), Label::NotRecorded, "{v}");
        }
    }
}
