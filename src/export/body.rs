//! The request body of NAV's `POST /api/v1/followupplan` (`FollowUpPlanDTO`),
//! byte for byte as `follow-up-plan.md` §5.5 says: the 22 members of §5.2
//! in that order, two-space indentation, `": "` after each name, LF line
//! ends and a final LF, strings escaped only where JSON must.
//!
//! The writer is also the last guard of NAV's contract: it writes no body
//! that NAV would reject (a required member empty, one of the validator's
//! four checks, a member the OpenAPI contract wants `null`). The rules the
//! export needs refuse such a document first; a [`Gap`] here means they did
//! not, and the body is not written.

use std::fmt::Write as _;

use chrono::NaiveDate;
use serde_json::{Map, Value};

use super::{ExportOptions, Gap, GapKind};
use crate::base::dates;
use crate::base::format::Format;

/// The plan root P of a document: `/revised_plan` in a referat, `/plan` in
/// a plan document; `None` for any other format.
pub(crate) fn plan_root(doc: &Value) -> Option<&'static str> {
    Format::of(doc).map(Format::plan_root)
}

/// Whether a value is filled as the rules say it (`filled`): not missing,
/// not `null`, not blank, not an empty list or mapping.
fn filled(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::String(s)) => !s.trim().is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
        Some(_) => true,
    }
}

/// An e-mail address as `follow-up-plan.md` §1 defines it: exactly one
/// `@`, text on both sides, no white space.
pub(crate) fn is_email(s: &str) -> bool {
    let mut parts = s.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    !local.is_empty() && !domain.is_empty() && !s.chars().any(char::is_whitespace)
}

/// One member's value as written.
enum Member {
    Null,
    Text(String),
    Bool(bool),
}

/// Reads the members of the document's objects and notes every gap.
struct Reader {
    gaps: Vec<Gap>,
}

/// An object of the document at `pointer` (none when it is missing or
/// `null`).
struct Object<'d> {
    pointer: String,
    map: Option<&'d Map<String, Value>>,
}

impl<'d> Object<'d> {
    fn get(&self, key: &str) -> Option<&'d Value> {
        self.map.and_then(|m| m.get(key))
    }
}

impl Reader {
    fn gap(&mut self, pointer: String, member: &'static str, kind: GapKind) {
        self.gaps.push(Gap {
            pointer,
            member,
            kind,
        });
    }

    /// The object at `pointer` in `doc`: a gap when it is neither an
    /// object, `null` nor missing.
    fn object<'d>(&mut self, doc: &'d Value, pointer: &str, member: &'static str) -> Object<'d> {
        let map = match doc.pointer(pointer) {
            None | Some(Value::Null) => None,
            Some(Value::Object(m)) => Some(m),
            Some(_) => {
                self.gap(pointer.to_owned(), member, GapKind::Invalid);
                None
            }
        };
        Object {
            pointer: pointer.to_owned(),
            map,
        }
    }

    /// A text: trimmed, and `None` when blank, missing or `null`; a gap when
    /// it is not a string, or when it is required and empty.
    fn text(
        &mut self,
        obj: &Object<'_>,
        key: &str,
        member: &'static str,
        required: bool,
    ) -> Option<String> {
        let read = match obj.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => {
                Ok(Some(s.trim()).filter(|s| !s.is_empty()).map(str::to_owned))
            }
            Some(_) => Err(()),
        };
        self.judge(obj, key, member, required, read)
    }

    /// A boolean; a gap when it is something else, or required and empty.
    fn boolean(
        &mut self,
        obj: &Object<'_>,
        key: &str,
        member: &'static str,
        required: bool,
    ) -> Option<bool> {
        let read = match obj.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(()),
        };
        self.judge(obj, key, member, required, read)
    }

    /// A date written `YYYY-MM-DD`; a gap when it is something else, or
    /// required and empty.
    fn date(
        &mut self,
        obj: &Object<'_>,
        key: &str,
        member: &'static str,
        required: bool,
    ) -> Option<NaiveDate> {
        let read = match obj.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => dates::parse_date(s).map(Some).ok_or(()),
            Some(_) => Err(()),
        };
        self.judge(obj, key, member, required, read)
    }

    fn judge<T>(
        &mut self,
        obj: &Object<'_>,
        key: &str,
        member: &'static str,
        required: bool,
        read: Result<Option<T>, ()>,
    ) -> Option<T> {
        let at = format!("{}/{key}", obj.pointer);
        match read {
            Ok(Some(v)) => Some(v),
            Ok(None) => {
                if required {
                    self.gap(at, member, GapKind::Missing);
                }
                None
            }
            Err(()) => {
                self.gap(at, member, GapKind::Invalid);
                None
            }
        }
    }
}

/// The request body for `doc` (the document's value tree) with `opts`, or
/// every gap that keeps NAV's contract from being met.
pub(crate) fn write(doc: &Value, opts: &ExportOptions) -> Result<String, Vec<Gap>> {
    let mut r = Reader { gaps: Vec::new() };
    let Some(root) = plan_root(doc) else {
        r.gap("/format".to_owned(), "", GapKind::NotAPlan);
        return Err(r.gaps);
    };
    let p = r.object(doc, root, "");
    // The contact person: P/contact_person when filled, otherwise the
    // employer's nearest leader, as a whole (keys never taken from both).
    let own = format!("{root}/contact_person");
    let c = if filled(doc.pointer(&own)) {
        r.object(doc, &own, "contactPersonFullName")
    } else {
        r.object(doc, "/employer/nearest_leader", "contactPersonFullName")
    };

    let typical = r.text(&p, "typical_workday", "typicalWorkday", true);
    let possible = r.text(&p, "tasks_possible", "tasksThatCanStillBeDone", true);
    let not_possible = r.text(&p, "tasks_not_possible", "tasksThatCanNotBeDone", true);
    let previous = r.text(&p, "previous_adjustments", "previousFacilitation", true);
    let planned = r.text(&p, "planned_adjustments", "plannedFacilitation", true);
    let other = r.text(
        &p,
        "other_adjustment_options",
        "otherFacilitationOptions",
        false,
    );
    let follow_up = r.text(&p, "follow_up", "followUp", true);
    let evaluation = r.date(&p, "evaluation_date", "evaluationDate", true);
    let to_nav = r.boolean(&p, "share_with_nav", "sendPlanToNav", true);
    let help = r.boolean(&p, "needs_help_from_nav", "needsHelpFromNav", false);
    let help_what = r.text(
        &p,
        "needs_help_description",
        "needsHelpFromNavDescription",
        false,
    );
    let to_doctor = r.boolean(
        &p,
        "share_with_doctor",
        "sendPlanToGeneralPractitioner",
        true,
    );
    let message = r.text(
        &p,
        "message_to_doctor",
        "messageToGeneralPractitioner",
        false,
    );
    let additional = r.text(&p, "additional_information", "additionalInformation", false);
    let name = r.text(&c, "name", "contactPersonFullName", true);
    let phone = r.text(&c, "phone", "contactPersonPhoneNumber", true);
    let email = r.text(&c, "email", "contactPersonEmail", true);
    let involved = r.boolean(
        &p,
        "employee_involved",
        "employeeHasContributedToPlan",
        true,
    );
    let why_not = r.text(
        &p,
        "employee_not_involved_reason",
        "employeeHasNotContributedToPlanDescription",
        false,
    );

    // NAV's validator (§5.3) and the OpenAPI contract, on the values as
    // they would be written.
    let at = |key: &str| format!("{root}/{key}");
    if help == Some(true) && to_nav == Some(false) {
        r.gap(
            at("needs_help_from_nav"),
            "needsHelpFromNav",
            GapKind::HelpWithoutSharing,
        );
    }
    if help == Some(true) && help_what.is_none() {
        r.gap(
            at("needs_help_description"),
            "needsHelpFromNavDescription",
            GapKind::HelpUndescribed,
        );
    }
    if help != Some(true) && help_what.is_some() {
        r.gap(
            at("needs_help_description"),
            "needsHelpFromNavDescription",
            GapKind::HelpDescriptionUnused,
        );
    }
    if involved == Some(false) && why_not.is_none() {
        r.gap(
            at("employee_not_involved_reason"),
            "employeeHasNotContributedToPlanDescription",
            GapKind::NotInvolvedUnexplained,
        );
    }
    if involved == Some(true) && why_not.is_some() {
        r.gap(
            at("employee_not_involved_reason"),
            "employeeHasNotContributedToPlanDescription",
            GapKind::InvolvedWithReason,
        );
    }
    if let Some(e) = &email
        && !is_email(e)
    {
        r.gap(
            format!("{}/email", c.pointer),
            "contactPersonEmail",
            GapKind::Invalid,
        );
    }
    // A plan already due for evaluation (DM910).
    if evaluation.is_some_and(|d| d <= opts.as_of) {
        r.gap(
            at("evaluation_date"),
            "evaluationDate",
            GapKind::EvaluationDue,
        );
    }
    if !r.gaps.is_empty() {
        return Err(r.gaps);
    }

    let text = |t: Option<String>| t.map_or(Member::Null, Member::Text);
    let boolean = |b: Option<bool>| b.map_or(Member::Null, Member::Bool);
    let members: [(&str, Member); 22] = [
        (
            "employeeIdentificationNumber",
            Member::Text(opts.employee_id.as_str().to_owned()),
        ),
        ("typicalWorkday", text(typical)),
        ("tasksThatCanStillBeDone", text(possible)),
        ("tasksThatCanNotBeDone", text(not_possible)),
        ("previousFacilitation", text(previous)),
        ("plannedFacilitation", text(planned)),
        ("otherFacilitationOptions", text(other)),
        ("followUp", text(follow_up)),
        ("evaluationDate", text(evaluation.map(dates::iso))),
        ("sendPlanToNav", boolean(to_nav)),
        ("needsHelpFromNav", boolean(help)),
        ("needsHelpFromNavDescription", text(help_what)),
        ("sendPlanToGeneralPractitioner", boolean(to_doctor)),
        ("messageToGeneralPractitioner", text(message)),
        ("additionalInformation", text(additional)),
        ("contactPersonFullName", text(name)),
        ("contactPersonPhoneNumber", text(phone)),
        ("contactPersonEmail", text(email)),
        ("employeeHasContributedToPlan", boolean(involved)),
        ("employeeHasNotContributedToPlanDescription", text(why_not)),
        ("lpsName", Member::Text(opts.sender.name().to_owned())),
        ("lpsEmail", text(opts.sender.email().map(str::to_owned))),
    ];
    Ok(render(&members))
}

/// The members as one JSON object (§5.5).
fn render(members: &[(&str, Member)]) -> String {
    let mut out = String::from("{\n");
    for (i, (name, value)) in members.iter().enumerate() {
        out.push_str("  ");
        string(&mut out, name);
        out.push_str(": ");
        match value {
            Member::Null => out.push_str("null"),
            Member::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Member::Text(t) => string(&mut out, t),
        }
        if i + 1 < members.len() {
            out.push(',');
        }
        out.push('\n');
    }
    out.push_str("}\n");
    out
}

/// `s` as a JSON string: only `"`, `\` and U+0000–U+001F escaped (`\b`,
/// `\f`, `\n`, `\r`, `\t`, else `\u00xx` in lower-case hex); every other
/// character, `/` and non-ASCII included, as itself.
pub(crate) fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{EmployeeId, Sender};
    use serde_json::json;

    fn as_of() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
    }

    fn opts() -> ExportOptions {
        let id = EmployeeId::parse(b"05908399546", as_of(), true).unwrap();
        ExportOptions::new(as_of(), id, Sender::default())
    }

    fn plan() -> Value {
        json!({
            "format": "oppfolgingsplan1/v1",
            "employer": {"nearest_leader": {"name": "Ola", "phone": "1", "email": "o@x.example"}},
            "plan": {
                "typical_workday": "  Lager.\n",
                "tasks_possible": "Kontor",
                "tasks_not_possible": "Løft",
                "previous_adjustments": "Fleksitid",
                "planned_adjustments": "50 %",
                "follow_up": "Samtale",
                "evaluation_date": "2026-12-14",
                "employee_involved": true,
                "share_with_nav": true,
                "share_with_doctor": false,
                "other_adjustment_options": " \n ",
            }
        })
    }

    fn kinds(r: Result<String, Vec<Gap>>) -> Vec<(String, GapKind)> {
        r.unwrap_err()
            .into_iter()
            .map(|g| (g.pointer, g.kind))
            .collect()
    }

    #[test]
    fn writes_the_22_members_in_order_with_trimmed_texts_and_nulls() {
        let body = write(&plan(), &opts()).unwrap();
        let v: Value = serde_json::from_str(&body).unwrap();
        let names: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(names.len(), 22);
        assert!(body.starts_with("{\n  \"employeeIdentificationNumber\": \"05908399546\",\n"));
        assert!(body.contains("\n  \"typicalWorkday\": \"Lager.\",\n"));
        assert!(body.contains("\n  \"otherFacilitationOptions\": null,\n"));
        assert!(body.contains("\n  \"needsHelpFromNav\": null,\n"));
        assert!(body.contains("\n  \"contactPersonFullName\": \"Ola\",\n"));
        assert!(body.ends_with("  \"lpsEmail\": null\n}\n"));
        assert!(body.contains("\n  \"lpsName\": \"dialogmote\",\n"));
    }

    #[test]
    fn strings_escape_only_what_json_must() {
        let mut out = String::new();
        string(
            &mut out,
            "a\"b\\c/d\u{0}\u{1f}\u{8}\u{c}\n\r\tø€😀\u{7f}\u{2028}",
        );
        assert_eq!(
            out,
            "\"a\\\"b\\\\c/d\\u0000\\u001f\\b\\f\\n\\r\\tø€😀\u{7f}\u{2028}\""
        );
        let back: String = serde_json::from_str(&out).unwrap();
        assert_eq!(
            back,
            "a\"b\\c/d\u{0}\u{1f}\u{8}\u{c}\n\r\tø€😀\u{7f}\u{2028}"
        );
    }

    #[test]
    fn the_contact_person_is_taken_whole() {
        let mut doc = plan();
        // A contact person with only a name: its phone and e-mail are
        // missing, and the nearest leader's are not borrowed.
        doc["plan"]["contact_person"] = json!({"name": "Kari"});
        assert_eq!(
            kinds(write(&doc, &opts())),
            [
                ("/plan/contact_person/phone".to_owned(), GapKind::Missing),
                ("/plan/contact_person/email".to_owned(), GapKind::Missing),
            ]
        );
        // An empty contact person is not filled: the nearest leader is used.
        doc["plan"]["contact_person"] = json!({});
        assert!(write(&doc, &opts()).unwrap().contains("\"Ola\""));
    }

    #[test]
    fn an_empty_or_absent_plan_has_every_required_member_missing() {
        for plan in [json!(null), json!({})] {
            let doc = json!({"format": "oppfolgingsplan1/v1", "plan": plan});
            let gaps = write(&doc, &opts()).unwrap_err();
            assert_eq!(gaps.len(), 13, "{gaps:?}");
            assert!(gaps.iter().all(|g| g.kind == GapKind::Missing));
        }
        let referat = json!({"format": "dialogmote1/v1", "meeting": {"date": "2026-11-16"}});
        let gaps = write(&referat, &opts()).unwrap_err();
        assert_eq!(gaps[0].pointer, "/revised_plan/typical_workday");
        let other = json!({"format": "x"});
        assert_eq!(
            kinds(write(&other, &opts())),
            [("/format".to_owned(), GapKind::NotAPlan)]
        );
    }

    #[test]
    fn navs_four_checks_and_the_contract_are_guarded() {
        let mut doc = plan();
        doc["plan"]["needs_help_from_nav"] = json!(true);
        doc["plan"]["share_with_nav"] = json!(false);
        assert_eq!(
            kinds(write(&doc, &opts())),
            [
                (
                    "/plan/needs_help_from_nav".to_owned(),
                    GapKind::HelpWithoutSharing
                ),
                (
                    "/plan/needs_help_description".to_owned(),
                    GapKind::HelpUndescribed
                ),
            ]
        );
        let mut doc = plan();
        doc["plan"]["needs_help_description"] = json!("Hjelp");
        assert_eq!(
            kinds(write(&doc, &opts())),
            [(
                "/plan/needs_help_description".to_owned(),
                GapKind::HelpDescriptionUnused
            )]
        );
        let mut doc = plan();
        doc["plan"]["employee_involved"] = json!(false);
        doc["plan"]["employee_not_involved_reason"] = json!("   ");
        assert_eq!(
            kinds(write(&doc, &opts())),
            [(
                "/plan/employee_not_involved_reason".to_owned(),
                GapKind::NotInvolvedUnexplained
            )]
        );
        let mut doc = plan();
        doc["plan"]["employee_not_involved_reason"] = json!("Syk");
        assert_eq!(
            kinds(write(&doc, &opts())),
            [(
                "/plan/employee_not_involved_reason".to_owned(),
                GapKind::InvolvedWithReason
            )]
        );
        // A blank reason is written as null, so check 4 cannot fire on it.
        let mut doc = plan();
        doc["plan"]["employee_not_involved_reason"] = json!(" \t");
        assert!(write(&doc, &opts()).is_ok());
    }

    #[test]
    fn values_of_the_wrong_kind_and_a_due_plan_are_gaps() {
        let mut doc = plan();
        doc["plan"]["typical_workday"] = json!(42);
        doc["plan"]["share_with_nav"] = json!("ja");
        doc["plan"]["evaluation_date"] = json!("14.12.2026");
        doc["employer"]["nearest_leader"]["email"] = json!("ola at x");
        assert_eq!(
            kinds(write(&doc, &opts())),
            [
                ("/plan/typical_workday".to_owned(), GapKind::Invalid),
                ("/plan/evaluation_date".to_owned(), GapKind::Invalid),
                ("/plan/share_with_nav".to_owned(), GapKind::Invalid),
                (
                    "/employer/nearest_leader/email".to_owned(),
                    GapKind::Invalid
                ),
            ]
        );
        let mut doc = plan();
        doc["plan"]["evaluation_date"] = json!("2026-11-20");
        assert_eq!(
            kinds(write(&doc, &opts())),
            [("/plan/evaluation_date".to_owned(), GapKind::EvaluationDue)]
        );
        let mut doc = plan();
        doc["plan"] = json!("a plan");
        assert_eq!(
            kinds(write(&doc, &opts()))[0],
            ("/plan".to_owned(), GapKind::Invalid)
        );
    }

    /// The shared example (`../shared/spec/examples/plan/`, beside the
    /// repository): its referat gives exactly the expected bytes, whatever
    /// the rules say (the command line's test checks the whole run).
    #[test]
    fn the_shared_example_gives_its_exact_bytes() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/spec/examples/plan");
        if !dir.is_dir() {
            let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
            assert!(!ci, "{} is missing under CI", dir.display());
            eprintln!("SKIP: {} is not here", dir.display());
            return;
        }
        let read = |name: &str| std::fs::read(dir.join(name)).unwrap();
        let yaml = read("referat-revised-plan.yaml");
        let doc = crate::input::source::Source::from_bytes("r.yaml", &yaml)
            .load(&crate::load::Limits::default())
            .unwrap();
        let as_of = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let id = EmployeeId::parse(&read("employee-id.txt"), as_of, true).unwrap();
        let sender = Sender::new(Some("Fjordlager HR"), Some("hr@fjordlager.example")).unwrap();
        let body = write(doc.value(), &ExportOptions::new(as_of, id, sender)).unwrap();
        let want = String::from_utf8(read("referat-revised-plan.nav-lps.json")).unwrap();
        assert_eq!(body, want);
    }

    #[test]
    fn e_mail_addresses() {
        for ok in ["a@b", "ola.hansen@fjordlager.example", "æ@ø.no"] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in ["", "@", "a@", "@b", "a@b@c", "a b@c", "a@b\n", "ab"] {
            assert!(!is_email(bad), "{bad:?}");
        }
    }
}
