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
