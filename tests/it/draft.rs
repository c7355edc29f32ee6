//! `dialogmote new`: the draft follows the guide and gives only
//! missing-content findings.

use crate::common;

use dialogmote::{Minutes, draft};

fn text() -> String {
    draft(common::date("2026-11-16"), dialogmote::DEFAULT_SCHEMA_REF)
}

#[test]
fn the_draft_has_no_input_or_schema_findings() {
    let findings = common::linter().lint_str(&text(), &common::opts());
    assert!(!findings.is_empty(), "an empty draft is incomplete");
    let input: Vec<_> = findings
        .iter()
        .filter(|f| f.code.starts_with("DM00"))
        .collect();
    assert!(input.is_empty(), "{input:#?}");
    assert!(
        Minutes::parse(&text()).is_ok(),
        "the typed model reads the draft"
    );
}

#[test]
fn the_draft_follows_the_guide() {
    let t = text();
    assert!(t.starts_with("# yaml-language-server: $schema=dialogmote1.schema.json\n"));
    assert!(t.contains("  date: 2026-11-16"));
    let order = [
        "meeting:",
        "follow_up_plan:",
        "introduction:",
        "participants:",
        "status:",
        "solutions:",
        "conclusion:",
        "referat:",
    ];
    let positions: Vec<usize> = order
        .iter()
        .map(|k| {
            t.find(&format!("\n{k}"))
                .unwrap_or_else(|| panic!("{k} missing"))
        })
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "sections in the guide's order"
    );
    for role in ["arbeidstaker", "arbeidsgiver", "lege", "bht"] {
        assert!(t.contains(&format!("  - role: {role}")), "{role}");
    }
    let m = Minutes::parse(&t).unwrap();
    let measures = m.solutions.unwrap().measures.unwrap();
    assert!(
        measures.gradert_sykmelding.is_some()
            && measures.arbeidsplasshjelpemidler.is_some()
            && measures.kid_kurs.is_some()
    );
    for prompt in [
        "1. Hva slags møte og hvorfor",
        "4. Taushetsplikt",
        "Arbeidstaker redegjør for utviklingen av egen funksjonsevne",
        "Legen/BHT uttaler seg om løsningen er medisinsk forsvarlig",
        "h. Arbeidsplasshjelpemidler",
        "Hvem gjør hva når?",
        "sendes deltakerne og NAV lokalt innen 1 uke",
    ] {
        assert!(t.contains(prompt), "the guide's prompt `{prompt}`");
    }
    // Every key line carries a comment or is a section of its own.
    let uncommented: Vec<&str> = t
        .lines()
        .filter(|l| l.trim_end().ends_with(':') && !l.contains('#') && l.starts_with("    "))
        .filter(|l| {
            !["    covered:", "    arbeidstaker:", "    arbeidsgiver:"].contains(&l.trim_end())
        })
        .filter(|l| !["name:", "attended:", "decision:", "note:"].contains(&l.trim()))
        .collect();
    assert!(uncommented.is_empty(), "{uncommented:?}");
}

/// `new --format oppfolgingsplan1/v1`: a plan's draft reads without input
/// or schema findings, the model reads it, every field of the plan object
/// is in it in the order of NAV's own form, and the rules say what a
/// complete plan lacks (never an identity number's place).
#[test]
fn the_plans_draft_has_every_field_and_no_input_findings() {
    let t = dialogmote::draft_plan(
        common::date("2026-10-29"),
        dialogmote::DEFAULT_PLAN_SCHEMA_REF,
    );
    assert!(t.starts_with("# yaml-language-server: $schema=oppfolgingsplan1.schema.json\n"));
    let opts = dialogmote::LintOptions::new(common::date("2026-10-30"));
    let findings = common::linter().lint_str(&t, &opts);
    let codes: std::collections::BTreeSet<&str> =
        findings.iter().map(|f| f.code.as_str()).collect();
    assert!(
        codes.iter().all(|c| !c.starts_with("DM00")),
        "{findings:#?}"
    );
    assert!(codes.contains("DM901") && codes.contains("DM902") && codes.contains("DM950"));
    let doc = dialogmote::Source::from_str("plan.yaml", &t)
        .load(&Default::default())
        .unwrap()
        .into_value();
    let plan = dialogmote::PlanDocument::from_value(&doc).expect("the model reads the draft");
    assert_eq!(
        plan.plan.unwrap().date,
        dialogmote::Date::from_ymd(2026, 10, 29)
    );
    // Every field of the plan object (but `revises`: a first version
    // replaces none), in the order of follow-up-plan.md §3 and NAV's form.
    let schema: serde_json::Value = serde_json::from_str(dialogmote::PLAN_SCHEMA_JSON).unwrap();
    let order = [
        "date",
        "first_date",
        "version",
        "typical_workday",
        "tasks_possible",
        "tasks_not_possible",
        "previous_adjustments",
        "planned_adjustments",
        "other_adjustment_options",
        "follow_up",
        "evaluation_date",
        "employee_involved",
        "employee_not_involved_reason",
        "share_with_nav",
        "needs_help_from_nav",
        "needs_help_description",
        "share_with_doctor",
        "message_to_doctor",
        "additional_information",
        "contact_person",
    ];
    let properties = schema["$defs"]["plan"]["properties"].as_object().unwrap();
    assert_eq!(
        properties.len(),
        order.len() + 1,
        "the plan's fields and this list"
    );
    let mut at = 0;
    for key in order {
        assert!(properties.contains_key(key), "{key}");
        let found = t[at..]
            .find(&format!("\n  {key}:"))
            .unwrap_or_else(|| panic!("{key}"));
        at += found + 1;
    }
    // The CLI writes the same, and never over a file.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.yaml");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_dialogmote"))
        .args([
            "new",
            "--format",
            "oppfolgingsplan1/v1",
            "--date",
            "29.10.2026",
            "-o",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert!(run.status.success());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), t);
}
