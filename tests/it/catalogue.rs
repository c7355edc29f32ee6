//! One compiled catalogue serves several configurations: severities and
//! parameters are applied when the rules run, never compiled into them.

use crate::common;

use std::sync::Arc;

use dialogmote::{Catalogue, Config, Linter, Severity};

/// A meeting of 60 minutes with the doctor, where the doctor attended but is
/// not among the referat's recipients.
const DOC: &str = "\
format: dialogmote1/v1
meeting: {date: 2026-11-16, start: \"09:00\", end: \"10:00\"}
participants:
  - {role: arbeidstaker, attended: true}
  - {role: lege, attended: true}
referat: {recipients: [arbeidstaker]}
";

fn linter(catalogue: &Arc<Catalogue>, config: &str) -> Linter {
    let config = Config::from_yaml("dialogmote.yaml", config).unwrap();
    Linter::builder()
        .catalogue(Arc::clone(catalogue))
        .config(config)
        .build()
        .unwrap()
}

/// The (severity, message) of each finding of `code`.
fn found(linter: &Linter, code: &str) -> Vec<(Severity, String)> {
    linter
        .lint_str(DOC, &common::opts())
        .into_iter()
        .filter(|f| f.code == code)
        .map(|f| (f.severity, f.message.nb))
        .collect()
}

#[test]
fn two_configurations_share_one_compiled_catalogue() {
    let catalogue = Arc::new(Catalogue::builtin().unwrap());
    let strict = linter(
        &catalogue,
        "severity: {DM601: warning}\nparams: {DM601: {max_minutes: 30}}\n",
    );
    let lenient = linter(&catalogue, "params: {DM601: {max_minutes: 90}}\n");
    let default = linter(&catalogue, "");
    // Compiled once: the three linters hold the very same catalogue.
    assert!(Arc::ptr_eq(strict.catalogue(), &catalogue));
    assert!(Arc::ptr_eq(lenient.catalogue(), &catalogue));
    assert!(Arc::ptr_eq(default.catalogue(), &catalogue));

    let s = found(&strict, "DM601");
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].0, Severity::Warning);
    assert!(s[0].1.contains("30 minutter"), "{}", s[0].1);
    assert!(found(&lenient, "DM601").is_empty());
    let d = found(&default, "DM601");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].0, Severity::Error);
    assert!(d[0].1.contains("45 minutter"), "{}", d[0].1);

    // The catalogue keeps the defaults; each linter shows what is in force.
    let rule = |l: &Linter| l.rule("DM601").unwrap().clone();
    assert_eq!(rule(&strict).severity, Some(Severity::Warning));
    assert_eq!(rule(&strict).params[0].1, 30);
    assert_eq!(rule(&default).params[0].1, 45);
    let in_catalogue = catalogue.rules().find(|r| r.code == "DM601").unwrap();
    assert_eq!(in_catalogue.severity, Some(Severity::Error));
    assert_eq!(in_catalogue.params[0].1, 45);
}

#[test]
fn list_parameters_are_read_when_the_rules_run() {
    // DM705 reads its roles with `{values: {param: roles}}`: a list
    // parameter is not compiled into the rule either.
    let catalogue = Arc::new(Catalogue::builtin().unwrap());
    let all = linter(&catalogue, "");
    let fewer = linter(&catalogue, "params: {DM705: {roles: [arbeidstaker]}}\n");
    let off = linter(&catalogue, "severity: {DM705: off}\n");
    assert_eq!(found(&all, "DM705").len(), 1);
    assert!(found(&fewer, "DM705").is_empty());
    assert!(found(&off, "DM705").is_empty());
}

#[test]
fn a_parameter_of_the_wrong_form_is_refused_at_its_place() {
    let catalogue = Arc::new(Catalogue::builtin().unwrap());
    let config = Config::from_yaml(
        "dialogmote.yaml",
        "params:\n  DM705:\n    roles: [arbeidstaker, 7]\n",
    )
    .unwrap();
    let err = Linter::builder()
        .catalogue(catalogue)
        .config(config)
        .build()
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("dialogmote.yaml:3:12: "), "{err}");
    assert!(err.contains("item 2 is a number"), "{err}");
}

#[test]
fn rule_files_go_to_the_catalogue_not_to_a_shared_one() {
    let catalogue = Arc::new(Catalogue::builtin().unwrap());
    let err = Linter::builder()
        .catalogue(catalogue)
        .rule_file("org.yaml", "rules: []\n")
        .build()
        .unwrap_err();
    assert!(err.to_string().starts_with("org.yaml:1:1: "), "{err}");
}
