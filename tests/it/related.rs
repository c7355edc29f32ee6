//! `related` places: a later one of duplicate participants (DM108) points
//! also at the first, located in the source like the finding itself.

use chrono::NaiveDate;
use dialogmote::{LintOptions, Linter};

const DOC: &str = "format: dialogmote1/v1
meeting: {date: 2026-11-16}
participants:
  - {role: arbeidstaker, name: Kari Nordmann, attended: true}
  - {role: arbeidsgiver, name: Ola Hansen, attended: true}
  - {role: arbeidsgiver, name: Ola Hansen, attended: true}
  - {role: arbeidsgiver, name: Ola Hansen, attended: true}
";

fn dm108(text: &str) -> Vec<dialogmote::Finding> {
    let linter = Linter::new().unwrap();
    let opts = LintOptions::new(NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
    linter
        .lint_str(text, &opts)
        .into_iter()
        .filter(|f| f.code == "DM108")
        .collect()
}

#[test]
fn a_duplicate_participant_points_at_the_first_entry() {
    let found = dm108(DOC);
    let at: Vec<&str> = found.iter().map(|f| f.pointer.as_str()).collect();
    assert_eq!(at, ["/participants/2", "/participants/3"]);
    for f in &found {
        assert_eq!(f.related.len(), 1, "{f:?}");
        let r = &f.related[0];
        assert_eq!(r.pointer, "/participants/1");
        let loc = r.location.expect("located in the source");
        assert_eq!((loc.line, loc.column), (5, 5));
        assert_eq!(r.message.nb, "den første oppføringen");
        assert_eq!(r.message.en, "the first entry");
        // The finding itself is at its own entry.
        let own = f.location.unwrap();
        assert!(own.line > loc.line);
    }
}

#[test]
fn other_findings_have_no_related_places() {
    let distinct = DOC
        .replacen("name: Ola Hansen", "name: Per Berg", 1)
        .replacen("name: Ola Hansen", "name: Siri Dahl", 1);
    assert!(dm108(&distinct).is_empty());
    let linter = Linter::new().unwrap();
    let opts = LintOptions::new(NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
    let all = linter.lint_str(DOC, &opts);
    assert!(all.iter().any(|f| f.code != "DM108"), "{all:?}");
    assert!(
        all.iter()
            .filter(|f| f.code != "DM108")
            .all(|f| f.related.is_empty())
    );
}
