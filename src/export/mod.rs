//! The export to NAV (`follow-up-plan.md` §5): a plan (`/plan` of an
//! `oppfolgingsplan1/v1` document, or `/revised_plan` of a referat that
//! is a revised plan) as the request body of NAV's LPS API,
//! `POST /api/v1/followupplan` (`FollowUpPlanDTO`).
//!
//! [`export_nav_lps`] is the one entry point every frontend calls (the
//! command line, the browser package): it lints the document, refuses it
//! while a finding the export needs remains ([`ExportError::Refused`]),
//! and writes the body byte for byte (§5.5). The body writer guards NAV's
//! contract on its own too ([`ExportError::Incomplete`]): no body that NAV
//! would reject is ever written. No I/O and no clock: the frontend reads
//! the files and the employee's identity number, and gives the date.

mod body;
mod id;

use std::fmt;

use chrono::NaiveDate;

use crate::base::{dates, fields};
use crate::findings::Finding;
use crate::input::source::Source;
use crate::lint::{LintOptions, Linter};
use crate::texts::{ExportText, Lang};

pub use id::{EmployeeId, IdProblem, MAX_ID_BYTES};

/// The name `lpsName` gets when none is given.
pub const DEFAULT_LPS_NAME: &str = "dialogmote";

/// The system that sends the plan to NAV: `lpsName` (not blank) and
/// `lpsEmail` (an e-mail address, or none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sender {
    name: String,
    email: Option<String>,
}

impl Default for Sender {
    /// `dialogmote`, without an e-mail address.
    fn default() -> Self {
        Sender {
            name: DEFAULT_LPS_NAME.to_owned(),
            email: None,
        }
    }
}

/// What is wrong with the sender's name or e-mail address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SenderProblem {
    /// The name is blank.
    NameBlank,
    /// The e-mail address is not one: it needs exactly one `@`, text on
    /// both sides and no white space.
    EmailInvalid,
}

impl SenderProblem {
    fn text(self) -> ExportText {
        match self {
            SenderProblem::NameBlank => ExportText::SenderNameBlank,
            SenderProblem::EmailInvalid => ExportText::SenderEmailInvalid,
        }
    }

    /// What is wrong, in `lang`.
    pub fn message(self, lang: Lang) -> &'static str {
        self.text().text(lang)
    }

    /// How to mend it, in `lang`, when there is advice.
    pub fn help(self, lang: Lang) -> Option<&'static str> {
        self.text().help(lang)
    }
}

impl fmt::Display for SenderProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message(Lang::En))
    }
}

impl std::error::Error for SenderProblem {}

impl Sender {
    /// The sender named `name` (white space at both ends removed; the
    /// default when `None`) with the e-mail address `email`.
    pub fn new(name: Option<&str>, email: Option<&str>) -> Result<Sender, SenderProblem> {
        let name = name.unwrap_or(DEFAULT_LPS_NAME).trim();
        if name.is_empty() {
            return Err(SenderProblem::NameBlank);
        }
        if let Some(e) = email
            && !body::is_email(e)
        {
            return Err(SenderProblem::EmailInvalid);
        }
        Ok(Sender {
            name: name.to_owned(),
            email: email.map(str::to_owned),
        })
    }

    /// `lpsName`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// `lpsEmail`, if any.
    pub fn email(&self) -> Option<&str> {
        self.email.as_deref()
    }
}

/// How to export: the evaluation date (DM801, DM910), the employee's
/// identity number and the sending system.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ExportOptions {
    /// The evaluation date: the plan's evaluation date must be after it.
    pub as_of: NaiveDate,
    /// The employee's identity number, the body's only copy of it.
    pub employee_id: EmployeeId,
    /// The system that sends the plan (`lpsName`, `lpsEmail`).
    pub sender: Sender,
}

impl ExportOptions {
    /// Options for a run as of `as_of`.
    pub fn new(as_of: NaiveDate, employee_id: EmployeeId, sender: Sender) -> Self {
        ExportOptions {
            as_of,
            employee_id,
            sender,
        }
    }
}

/// What keeps the body from meeting NAV's contract, found by the body
/// writer when the rules did not refuse first (see [`ExportError::Incomplete`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GapKind {
    /// A member NAV requires is empty.
    Missing,
    /// A value of the wrong kind (not text, not `true`/`false`, not a
    /// date written `YYYY-MM-DD`, not an e-mail address).
    Invalid,
    /// Help from NAV without sharing the plan with NAV (NAV's check 1).
    HelpWithoutSharing,
    /// Help from NAV without saying what help (NAV's check 2).
    HelpUndescribed,
    /// What help is described, but help is not asked for (the OpenAPI
    /// contract wants it `null`).
    HelpDescriptionUnused,
    /// The employee did not take part, without a reason (NAV's check 3).
    NotInvolvedUnexplained,
    /// The employee took part, with a reason why not (NAV's check 4).
    InvolvedWithReason,
    /// The evaluation date is not after the evaluation date of the run.
    EvaluationDue,
    /// The document is neither format that holds a plan.
    NotAPlan,
}

/// One thing that keeps the body from meeting NAV's contract: where in the
/// document, which member of the body, and what.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Gap {
    /// JSON Pointer to the value in the document.
    pub pointer: String,
    /// The member of NAV's body (`typicalWorkday`); empty for the document
    /// as a whole.
    pub member: &'static str,
    /// What is wrong.
    pub kind: GapKind,
}

impl Gap {
    /// A gap at `pointer`, for `member` of the body.
    pub fn new(pointer: impl Into<String>, member: &'static str, kind: GapKind) -> Self {
        Gap {
            pointer: pointer.into(),
            member,
            kind,
        }
    }

    /// What is wrong, in `lang`, naming the field by the guide's words;
    /// `as_of` is the run's evaluation date.
    pub fn message(&self, lang: Lang, as_of: NaiveDate) -> String {
        let field = fields::field_name_in(&self.pointer, None, lang);
        let date = dates::for_people(as_of, lang);
        let text = match self.kind {
            GapKind::Missing => ExportText::GapMissing,
            GapKind::Invalid => ExportText::GapInvalid,
            GapKind::HelpWithoutSharing => ExportText::GapHelpWithoutSharing,
            GapKind::HelpUndescribed => ExportText::GapHelpUndescribed,
            GapKind::HelpDescriptionUnused => ExportText::GapHelpDescriptionUnused,
            GapKind::NotInvolvedUnexplained => ExportText::GapNotInvolvedUnexplained,
            GapKind::InvolvedWithReason => ExportText::GapInvolvedWithReason,
            GapKind::EvaluationDue => ExportText::GapEvaluationDue,
            GapKind::NotAPlan => ExportText::GapNotAPlan,
        };
        text.fill(lang, &[("field", &field), ("date", &date)])
    }
}

/// Why no body was written.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ExportError {
    /// Findings the export needs remain (`rule-catalogue-plan.md`, "What
    /// the export needs"), in the document's order: the document could not
    /// be read reliably (DM001–DM004), a privacy finding not suppressed
    /// with a reason (DM801, DM802), NAV's contract (DM901–DM907), a plan
    /// already due for evaluation (DM910), a referat that does not say it
    /// is a revised plan (DM709). No configuration changes this list.
    Refused(Vec<Finding>),
    /// The document passed those rules, but the body would still break
    /// NAV's contract (a rule file that does not cover it): each gap.
    /// Nothing NAV would reject is written.
    Incomplete(Vec<Gap>),
}

impl ExportError {
    /// Why nothing was written, in `lang`: one line (the findings and gaps
    /// carry their own texts).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ExportError::Refused(f) if f.len() == 1 => ExportText::RefusedOne.text(lang).to_owned(),
            ExportError::Refused(f) => {
                ExportText::RefusedMany.fill(lang, &[("n", &f.len().to_string())])
            }
            ExportError::Incomplete(_) => ExportText::Incomplete.text(lang).to_owned(),
        }
    }

    /// The findings that refuse the document (none for a gap).
    pub fn findings(&self) -> &[Finding] {
        match self {
            ExportError::Refused(f) => f,
            ExportError::Incomplete(_) => &[],
        }
    }

    /// What keeps the body from NAV's contract (none for a refusal).
    pub fn gaps(&self) -> &[Gap] {
        match self {
            ExportError::Refused(_) => &[],
            ExportError::Incomplete(g) => g,
        }
    }
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ExportError {}

/// Exports the plan in `source` as the request body of NAV's
/// `POST /api/v1/followupplan`: what every frontend calls.
///
/// It lints `source` with `linter` as of `opts.as_of` and refuses while any
/// finding the export needs remains, whatever the linter's configuration
/// says of their severity ([`ExportError::Refused`]); then writes the 22
/// members of `FollowUpPlanDTO` in NAV's order, two-space indented, with a
/// final line break. The same document and options give the same bytes.
pub fn export_nav_lps(
    linter: &Linter,
    source: &Source<'_>,
    opts: &ExportOptions,
) -> Result<String, ExportError> {
    let lint = LintOptions::new(opts.as_of);
    let refusing = linter.export_findings(source, &lint);
    if !refusing.is_empty() {
        return Err(ExportError::Refused(refusing));
    }
    let Some(doc) = source.load(linter.limits()) else {
        // It loaded for the rules; a document that does not load is
        // refused by DM001 or DM004 above.
        return Err(ExportError::Incomplete(vec![Gap {
            pointer: String::new(),
            member: "",
            kind: GapKind::NotAPlan,
        }]));
    };
    body::write(doc.value(), opts).map_err(ExportError::Incomplete)
}
