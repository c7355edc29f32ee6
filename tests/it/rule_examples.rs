//! Every rule's examples (in rules/*.yaml) run as tests: a document must give
//! exactly the listed findings of that rule.

use crate::common;

use common::linter;
use dialogmote::Severity;

#[test]
fn every_rule_example_gives_exactly_its_findings() {
    let mut failures = Vec::new();
    let mut ran = 0;
    for rule in linter().rules() {
        for outcome in linter().run_examples(rule) {
            if !outcome.passed() {
                failures.push(format!("{outcome:?}"));
            }
            ran += 1;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(ran > 100, "only {ran} examples ran");
}

/// The example runner can fail: an organisation's example that expects the
/// wrong pointer, one that expects nothing, and one that is not a mapping.
#[test]
fn a_wrong_example_fails() {
    let file = "rules:\n  - code: ORG1\n    name: no-actions\n    severity: warning\n    when: {empty: /conclusion/actions}\n    at: /conclusion\n    message: no actions\n    examples:\n      - {name: right, document: \"conclusion: {}\", fires: [/conclusion]}\n      - {name: wrong place, document: \"conclusion: {}\", fires: [/meeting]}\n      - {name: silent, document: \"conclusion: {}\", fires: []}\n      - {name: not a mapping, document: \"- a\", fires: []}\n";
    let linter = org_linter(file);
    let outcomes = linter.run_examples(linter.rule("ORG1").unwrap());
    let passed: Vec<bool> = outcomes.iter().map(|o| o.passed()).collect();
    assert_eq!(passed, [true, false, false, false], "{outcomes:#?}");
    assert_eq!(outcomes[1].expected, ["/meeting"]);
    assert_eq!(outcomes[1].fired, ["/conclusion"]);
    assert_eq!(outcomes[1].file, "org.yaml");
    assert!(outcomes[3].problem.is_some());
}

#[test]
fn every_catalogue_rule_has_a_firing_and_a_silent_example_and_docs() {
    for rule in linter().rules().filter(|r| !r.is_engine()) {
        assert!(
            rule.examples.iter().any(|e| !e.fires.is_empty()),
            "{} has no firing example",
            rule.code
        );
        assert!(
            rule.examples.iter().any(|e| e.fires.is_empty()),
            "{} has no silent example",
            rule.code
        );
    }
    for rule in linter().rules() {
        let docs = rule
            .docs
            .as_ref()
            .unwrap_or_else(|| panic!("{} has no docs", rule.code));
        for t in [
            &docs.what,
            &docs.why,
            &docs.fix,
            &docs.source,
            &rule.message,
        ] {
            assert!(
                !t.nb.trim().is_empty() && !t.en.trim().is_empty(),
                "{} lacks a translation",
                rule.code
            );
        }
        for t in [&docs.what, &docs.why, &docs.fix, &rule.message] {
            assert_ne!(t.nb, t.en, "{}: nb and en are the same text", rule.code);
        }
    }
}

/// The catalogue, transcribed from shared/spec/rule-catalogue.md: every code
/// with its name and severity, and nothing else.
#[test]
fn the_catalogue_is_implemented_exactly() {
    let catalogue = [
        ("DM001", "parse-error", "error"),
        ("DM002", "schema-violation", "error"),
        ("DM003", "unsupported-format", "error"),
        ("DM004", "input-limit", "error"),
        ("DM005", "suppression-invalid", "error"),
        ("DM006", "suppression-unused", "warning"),
        ("DM101", "arbeidstaker-missing", "error"),
        ("DM102", "arbeidsgiver-missing", "error"),
        ("DM103", "lege-not-considered", "error"),
        ("DM104", "bht-not-considered", "error"),
        ("DM105", "attendance-unknown", "error"),
        ("DM106", "absence-reason-missing", "warning"),
        ("DM107", "other-role-undescribed", "warning"),
        ("DM108", "duplicate-participant", "warning"),
        ("DM109", "employer-unidentified", "warning"),
        ("DM110", "organisation-number-invalid", "error"),
        ("DM201", "purpose-not-covered", "warning"),
        ("DM202", "introductions-not-covered", "warning"),
        ("DM203", "goals-not-covered", "warning"),
        ("DM204", "confidentiality-not-covered", "error"),
        ("DM205", "time-frame-not-covered", "warning"),
        ("DM301", "functional-ability-missing", "error"),
        ("DM302", "adjustments-experience-missing", "warning"),
        ("DM303", "adjustments-made-missing", "error"),
        ("DM304", "adjustments-evaluation-missing", "warning"),
        ("DM305", "lege-views-missing", "warning"),
        ("DM306", "bht-views-missing", "warning"),
        ("DM307", "status-summary-missing", "warning"),
        ("DM401", "no-proposals", "error"),
        ("DM402", "proposal-not-assessed", "warning"),
        ("DM403", "medical-assessment-missing", "warning"),
        ("DM404", "measure-not-considered", "warning"),
        ("DM405", "measure-without-action", "warning"),
        ("DM406", "no-proposal-from-arbeidstaker", "warning"),
        ("DM501", "agreement-missing", "error"),
        ("DM502", "assessment-missing", "warning"),
        ("DM503", "no-actions", "error"),
        ("DM504", "action-without-owner", "error"),
        ("DM505", "action-without-due-date", "error"),
        ("DM506", "action-without-description", "error"),
        ("DM507", "action-due-before-meeting", "error"),
        ("DM508", "action-owner-unknown", "warning"),
        ("DM509", "workplace-arena-undecided", "warning"),
        ("DM510", "workplace-arena-how-missing", "warning"),
        ("DM511", "alternatives-not-informed", "warning"),
        ("DM601", "meeting-too-long-with-doctor", "error"),
        ("DM602", "end-before-start", "error"),
        ("DM603", "phase-overrun", "info"),
        ("DM604", "meeting-later-than-seven-weeks", "warning"),
        ("DM605", "meeting-before-sick-leave", "error"),
        ("DM606", "follow-up-plan-missing", "warning"),
        ("DM607", "follow-up-plan-after-meeting", "error"),
        ("DM608", "follow-up-plan-late", "warning"),
        ("DM609", "follow-up-plan-not-sent-to-doctor", "info"),
        ("DM610", "revised-plan-before-meeting", "error"),
        ("DM701", "referat-sent-late", "error"),
        ("DM702", "referat-overdue", "error"),
        ("DM703", "referat-due", "info"),
        ("DM704", "nav-not-recipient", "error"),
        ("DM705", "participant-not-recipient", "warning"),
        ("DM706", "author-not-employer", "warning"),
        ("DM707", "referat-sent-before-meeting", "error"),
        ("DM708", "revised-plan-missing", "error"),
        ("DM709", "revised-plan-unflagged", "warning"),
        ("DM801", "national-id-number", "error"),
        ("DM802", "diagnosis-code", "warning"),
        ("DM901", "plan-field-missing", "error"),
        ("DM902", "contact-person-incomplete", "error"),
        ("DM903", "nav-help-without-sharing", "error"),
        ("DM904", "nav-help-undescribed", "error"),
        ("DM905", "nav-help-description-unused", "warning"),
        ("DM906", "employee-not-involved-unexplained", "error"),
        ("DM907", "employee-involved-with-reason", "warning"),
        ("DM908", "evaluation-not-after-plan", "error"),
        ("DM909", "evaluation-too-far", "warning"),
        ("DM910", "evaluation-due", "info"),
        ("DM911", "plan-not-for-doctor", "warning"),
        ("DM912", "plan-text-too-long", "warning"),
        ("DM950", "plan-parties-unidentified", "warning"),
        ("DM951", "plan-overdue", "error"),
        ("DM952", "plan-late", "warning"),
        ("DM953", "plan-not-sent-to-doctor", "info"),
        ("DM954", "plan-sent-before-made", "error"),
        ("DM955", "exception-incomplete", "warning"),
    ];
    let got: Vec<(String, String, Severity)> = linter()
        .rules()
        .map(|r| (r.code.clone(), r.name.clone(), r.default_severity))
        .collect();
    let want: Vec<(String, String, Severity)> = catalogue
        .iter()
        .map(|(c, n, s)| (c.to_string(), n.to_string(), Severity::parse(s).unwrap()))
        .collect();
    assert_eq!(got, want);
    // The transcription against the spec's own table, where the spec is
    // beside the project (always in CI).
    let Some(shared) = shared_or_fail_in_ci() else {
        return;
    };
    // The catalogue, and its additions for the employer and the plan
    // (whose DM003 amends the first's: the same code, name and severity).
    let spec = ["spec/rule-catalogue.md", "spec/rule-catalogue-plan.md"]
        .map(|f| std::fs::read_to_string(shared.join(f)).unwrap())
        .join("\n");
    let mut in_spec: Vec<(String, String, Severity)> = spec
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let code = cells.get(1)?;
            let is_code = code.len() == 5
                && code.starts_with("DM")
                && code[2..].bytes().all(|b| b.is_ascii_digit());
            // A rule's row has a severity; the table of which rules apply
            // where names codes too, without one.
            let severity = Severity::parse(cells.get(3)?)?;
            is_code.then(|| (code.to_string(), cells[2].to_string(), severity))
        })
        .collect();
    in_spec.sort();
    in_spec.dedup();
    // DM005 and DM006 (suppression comments) are this project's own, not the
    // spec's.
    let ours = ["DM005", "DM006"];
    let from_spec: Vec<_> = want
        .into_iter()
        .filter(|(code, _, _)| !ours.contains(&code.as_str()))
        .collect();
    assert_eq!(
        in_spec, from_spec,
        "the transcription differs from shared/spec/rule-catalogue.md"
    );
}

/// Each rule applies to the formats `rule-catalogue-plan.md`'s table says:
/// the input and privacy rules, DM110 and the plan's DM901–DM912 to both;
/// the referat's rules to the referat; DM950–DM955 to the plan document.
#[test]
fn each_rule_applies_to_the_formats_the_catalogue_says() {
    use dialogmote::Format::{Plan, Referat};
    for rule in linter().rules() {
        let n: u32 = rule.code[2..].parse().unwrap();
        let want = match n {
            1..=6 | 110 | 801 | 802 | 901..=912 => vec![Referat, Plan],
            950..=955 => vec![Plan],
            _ => vec![Referat],
        };
        assert_eq!(rule.formats, want, "{}", rule.code);
    }
}

/// `../shared`, or `None` on a machine without it; in CI (where it is
/// always beside the project) its absence is a failure, not a skip.
fn shared_or_fail_in_ci() -> Option<std::path::PathBuf> {
    let shared = common::shared();
    assert!(
        shared.is_some() || !common::in_ci(),
        "../shared (the spec) must be beside the project in CI"
    );
    shared
}

#[test]
fn the_complete_example_gives_no_findings_at_all() {
    let text = std::fs::read_to_string(common::root().join("examples/complete.yaml")).unwrap();
    let findings = linter().lint_str(&text, &common::opts());
    assert!(findings.is_empty(), "{findings:#?}");
    if let Some(shared) = shared_or_fail_in_ci() {
        // With the employer and DM109, the complete referat is the one with
        // its employer (follow-up-plan.md §2).
        let text =
            std::fs::read_to_string(shared.join("spec/examples/plan/complete.yaml")).unwrap();
        assert_eq!(
            text,
            std::fs::read_to_string(common::root().join("examples/complete.yaml")).unwrap(),
            "examples/complete.yaml is a copy of the spec's example"
        );
        assert!(linter().lint_str(&text, &common::opts()).is_empty());
        // The spec's other clean examples, each as of the date it names.
        for (file, as_of) in [
            ("spec/examples/plan/referat-revised-plan.yaml", "2026-11-20"),
            ("spec/examples/plan/oppfolgingsplan.yaml", "2026-10-30"),
        ] {
            let text = std::fs::read_to_string(shared.join(file)).unwrap();
            let opts = dialogmote::LintOptions::new(common::date(as_of));
            let findings = linter().lint_str(&text, &opts);
            assert!(findings.is_empty(), "{file}: {findings:#?}");
        }
        // The referat without an employer, sent to NAV, gets DM109 once per
        // missing field, and nothing else.
        let text = std::fs::read_to_string(shared.join("spec/examples/complete.yaml")).unwrap();
        let codes: Vec<String> = linter()
            .lint_str(&text, &common::opts())
            .into_iter()
            .map(|f| f.code)
            .collect();
        assert_eq!(codes, ["DM109", "DM109"]);
    }
}

#[test]
fn the_rule_reference_is_up_to_date() {
    let generated = dialogmote::rules_markdown(linter().rules());
    let on_disk = std::fs::read_to_string(common::root().join("docs/rules.md")).unwrap_or_default();
    assert!(
        generated == on_disk,
        "docs/rules.md is stale; regenerate it with `cargo run -- rules --markdown > docs/rules.md`"
    );
}

/// Issue 9, item 6: an error in a rule file names the file, line, column and
/// what was expected, and never prints a value taken from the file.
#[test]
fn rule_file_errors_never_print_the_files_content() {
    let cases = [
        // A password file given as a rule file: one plain string.
        "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n",
        // A token.
        "ghp_SECRETTOKENabcdef0123456789\n",
        // Secrets in places of the rule language.
        "rules:\n  - code: SECRETTOKEN\n    name: x\n    severity: warning\n    when: {empty: /a}\n    message: m\n",
        "rules:\n  - code: ORG1\n    name: x\n    severity: warning\n    when: {SECRETTOKEN: /a}\n    message: m\n",
        "rules:\n  - code: ORG1\n    name: x\n    severity: warning\n    when: {empty: SECRETTOKEN}\n    message: m\n",
        "rules:\n  - code: ORG1\n    name: x\n    severity: warning\n    when: {empty: /a}\n    message: m {SECRETTOKEN}\n",
        "rules:\n  - code: ORG1\n    name: x\n    severity: SECRETTOKEN\n    when: {empty: /a}\n    message: m\n",
        "rules:\n  - code: ORG1\n    name: x\n    severity: warning\n    when: {empty: /a}\n    message: m\n    SECRETTOKEN: 1\n",
        "rules:\n  - code: ORG1\n    name: x\n    severity: warning\n    when: {empty: /a}\n    message: [SECRETTOKEN]\n",
        "rules:\n  - code: ORG1\n    name: x\n    severity: warning\n    when: {empty: \"$SECRETTOKEN/a\"}\n    message: m\n",
        "rules:\n  - code: ORG1\n    name: x\n    severity: warning\n    when: {empty: \"/a/{SECRETTOKEN}\"}\n    message: m\n",
        "rules:\n  - code: ORG1\n    name: x\n    severity: warning\n    when: {matches: {path: /a, pattern: {regex: \"(?P<SECRETTOKEN>x)\", groups: {SECRETTOKEN: {list: nope}}}}}\n    message: m\n",
    ];
    for text in cases {
        let err = dialogmote::Linter::builder()
            .rule_file("org.yaml", text)
            .build()
            .expect_err("a broken rule file");
        let shown = err.to_string();
        assert!(shown.starts_with("org.yaml:"), "{shown}");
        for secret in ["root:x", "ghp_", "SECRETTOKEN", "daemon"] {
            assert!(!shown.contains(secret), "{shown}");
        }
        assert!(
            [
                "expected",
                " is ",
                " are ",
                "unknown",
                "starts with",
                "takes"
            ]
            .iter()
            .any(|w| shown.contains(w)),
            "says what is expected: {shown}"
        );
    }
    let err = dialogmote::Linter::builder()
        .rule_file("org.yaml", "root:x:0:0:root:/root:/bin/bash\n")
        .build()
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "org.yaml:1:1: wrong type; expected a mapping with `rules`, a list of rules"
    );
}

/// A linter with the rule file `org.yaml`, which must build.
fn org_linter(rule_file: impl Into<String>) -> dialogmote::Linter {
    dialogmote::Linter::builder()
        .rule_file("org.yaml", rule_file)
        .build()
        .unwrap()
}

/// The error of building a linter with the rule file `org.yaml`.
fn build_error(rule_file: String) -> String {
    dialogmote::Linter::builder()
        .rule_file("org.yaml", rule_file)
        .build()
        .unwrap_err()
        .to_string()
}

fn org_rule(extra: &str) -> String {
    format!(
        "rules:\n  - code: ORG001\n    name: heavy\n    severity: warning\n{extra}    message: heavy\n"
    )
}

/// Issue 9, item 15: two nested `some` over `/**` were cubic (83 s for 200
/// actions). The rule now stops at its budget with an error-level DM004
/// that names it, and the run goes on.
#[test]
fn a_cubic_user_rule_stops_at_the_budget() {
    let rule = org_rule(
        "    for_each: /**\n    when:\n      some:\n        each: /**\n        where:\n          some: {each: /**, where: {equals: {path: \"@\", value: never}}}\n",
    );
    let linter = org_linter(rule);
    let mut text = String::from(
        "format: dialogmote1/v1\nmeeting: {date: 2026-11-16}\nconclusion:\n  actions:\n",
    );
    for i in 0..200 {
        text.push_str(&format!(
            "    - {{what: Tiltak {i}, owner: arbeidsgiver, due: 2026-11-27}}\n"
        ));
    }
    let started = std::time::Instant::now();
    let findings = linter.lint_str(&text, &common::opts());
    let took = started.elapsed();
    let over: Vec<_> = findings.iter().filter(|f| f.code == "DM004").collect();
    assert_eq!(over.len(), 1, "{findings:#?}");
    assert_eq!(over[0].severity, Severity::Error);
    let message = &over[0].message.en;
    assert!(message.contains("`ORG001`"), "{message}");
    assert!(message.contains("budget"), "{message}");
    // The built-in rules still ran.
    assert!(findings.iter().any(|f| f.code == "DM101"));
    assert!(took.as_secs() < 20, "took {took:?}");
}

/// `for_each: /**/**/**/**/**` needed more than 5.8 GB; a path may now hold
/// `**` only once.
#[test]
fn more_than_one_double_star_is_refused_when_compiling() {
    for path in ["/**/**/**/**/**", "/**/a/**", "@/**/**"] {
        let rule = org_rule(&format!(
            "    for_each: /participants/*\n    when: {{some: {{each: \"{path}\"}}}}\n"
        ));
        let err = build_error(rule);
        assert!(err.starts_with("org.yaml:6:"), "{err}");
        assert!(err.contains("`**` only once"), "{err}");
    }
    let rule = org_rule("    for_each: /**/**/**/**/**\n    when: {empty: \"@\"}\n");
    let err = build_error(rule);
    assert!(err.starts_with("org.yaml:5:"), "{err}");
}

/// 400 rules with large regular expressions used 4 GB. The expressions of
/// all rule files share a size budget; the error names the rule where it ran
/// out.
#[test]
fn large_regexes_share_a_size_budget() {
    let mut text = String::from("rules:\n");
    for i in 0..400 {
        text.push_str(&format!(
            "  - code: ORG{i}\n    name: big\n    severity: info\n    for_each: /**\n    when: {{matches: {{path: \"@\", patterns: '\\w{{40}}x{i}'}}}}\n    message: big\n"
        ));
    }
    let started = std::time::Instant::now();
    let err = build_error(text);
    assert!(err.contains("together are too large at rule `ORG"), "{err}");
    assert!(started.elapsed().as_secs() < 60);
    // One such expression alone is fine.
    let one =
        org_rule("    for_each: /**\n    when: {matches: {path: \"@\", patterns: '\\w{40}x'}}\n");
    assert!(
        dialogmote::Linter::builder()
            .rule_file("org.yaml", one)
            .build()
            .is_ok()
    );
    // One too large for any tier is refused on its own.
    let huge =
        org_rule("    for_each: /**\n    when: {matches: {path: \"@\", patterns: '\\w{5000}'}}\n");
    let err = build_error(huge);
    assert!(err.contains("too large"), "{err}");
}

/// The whole numbers in `text`, as written (`DM601` gives `601`).
fn numbers(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Issue 11: a message or help names a numeric parameter with
/// `{param.NAME}`, never by its default value, so that a configured value
/// cannot be contradicted by the text.
#[test]
fn no_message_hard_codes_a_parameter_default() {
    let mut failures = Vec::new();
    for rule in linter().rules() {
        for (name, value) in &rule.params {
            let Some(n) = value.as_f64().filter(|n| n.fract() == 0.0) else {
                continue;
            };
            let n = format!("{n:.0}");
            let mut texts = vec![("message", &rule.message)];
            if let Some(h) = &rule.help {
                texts.push(("help", h));
            }
            for (what, t) in texts {
                for s in [&t.nb, &t.nn, &t.en] {
                    if numbers(s).contains(&n.as_str()) {
                        failures.push(format!(
                            "{} {what} writes {n}, the default of `{name}`; use `{{param.{name}}}`",
                            rule.code
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The check above can fail: a template that writes the default is caught.
#[test]
fn the_hard_coded_default_check_can_fail() {
    assert!(numbers("the guide's limit is 45 minutes").contains(&"45"));
    assert!(!numbers("the limit is {param.max_minutes} minutes (DM601)").contains(&"45"));
}

/// A configured parameter shows in the message: `max_minutes: 60` gives a
/// message about 60 minutes, not the guide's 45.
#[test]
fn a_configured_parameter_changes_the_message() {
    let doc = "format: dialogmote1/v1\nmeeting: {date: 2026-11-16, start: \"09:00\", end: \"10:10\"}\nparticipants:\n  - {role: lege, attended: true}\nsick_leave: {start: 2026-09-01}\nfollow_up_plan: {date: 2026-10-20}\n";
    let message = |config: &str, code: &str| {
        let config = dialogmote::Config::from_yaml("dialogmote.yaml", config).unwrap();
        let linter = dialogmote::Linter::builder()
            .config(config)
            .build()
            .unwrap();
        let findings = linter.lint_str(doc, &common::opts());
        findings
            .iter()
            .find(|f| f.code == code)
            .map(|f| f.message.en.clone())
            .unwrap_or_else(|| panic!("no {code}: {findings:#?}"))
    };
    let default = message("", "DM601");
    assert!(default.contains("limit is 45 minutes"), "{default}");
    let set = message("params: {DM601: {max_minutes: 60}}", "DM601");
    assert!(set.contains("limit is 60 minutes"), "{set}");
    assert!(!set.contains("45"), "{set}");
    // Days are said as whole weeks and days.
    let default = message("", "DM608");
    assert!(default.contains("limit is 4 weeks"), "{default}");
    let set = message("params: {DM608: {max_days: 30}}", "DM608");
    assert!(set.contains("limit is 4 weeks and 2 days"), "{set}");
    let set = message("params: {DM604: {max_days: 50}}", "DM604");
    assert!(
        set.contains("held 10 weeks and 6 days after")
            && set.contains("limit is 7 weeks and 1 day"),
        "{set}"
    );
}

/// The messages people stumbled over say what is wrong in their words:
/// DM508 asks "mente du `arbeidsgiver`?" for a word that means exactly one
/// role (and nothing for one that may mean several), DM706 says who is
/// recorded as author when that is a participant with another role, and
/// DM604 says how late in weeks and days. No message echoes the document's
/// own words.
#[test]
fn messages_say_what_is_wrong_in_the_readers_words() {
    let doc = "format: dialogmote1/v1\nmeeting: {date: 2026-11-16}\nsick_leave: {start: 2026-09-20}\nparticipants:\n  - {role: arbeidsgiver, name: Ola Hansen, attended: true}\n  - {role: annen, function: HR-rådgiver, name: Siri Lund, attended: true}\nconclusion:\n  actions:\n    - {what: A, owner: arbeidsgjevar, due: 2026-11-27}\n    - {what: B, owner: leder, due: 2026-11-27}\nreferat: {author: Siri Lund}\n";
    let linter = dialogmote::Linter::builder().build().unwrap();
    let findings = linter.lint_str(doc, &common::opts());
    let said = |code: &str, lang: dialogmote::Lang| -> Vec<String> {
        findings
            .iter()
            .filter(|f| f.code == code)
            .map(|f| f.message.get(lang).to_owned())
            .collect()
    };
    use dialogmote::Lang::{En, Nb, Nn};
    assert_eq!(
        said("DM508", Nb),
        [
            "«Hvem» for oppgave 1 under «Hvem gjør hva når» er verken NAV, en rolle eller et navn i «Møtedeltakere»; mente du `arbeidsgiver`?",
            "«Hvem» for oppgave 2 under «Hvem gjør hva når» er verken NAV, en rolle eller et navn i «Møtedeltakere»",
        ]
    );
    assert!(said("DM508", Nn)[0].ends_with("meinte du `arbeidsgiver`?"));
    assert_eq!(
        said("DM706", Nb),
        ["«Skrevet av» er ikke arbeidsgiveren, men en deltaker med rollen «Annen»"]
    );
    assert_eq!(
        said("DM706", Nn),
        ["«Skriven av» er ikkje arbeidsgivaren, men ein deltakar med rolla «Annan»"]
    );
    let help: Vec<String> = findings
        .iter()
        .filter(|f| ["DM706", "DM508"].contains(&f.code.as_str()))
        .filter_map(|f| f.help.as_ref().map(|h| h.get(Nb).to_owned()))
        .collect();
    assert!(
        help.iter()
            .any(|h| h.contains("HR-rådgiver") && h.contains("`role: arbeidsgiver`")),
        "{help:?}"
    );
    assert!(help.iter().any(|h| h.contains("på bokmål")), "{help:?}");
    assert_eq!(
        said("DM604", Nb),
        [
            "møtet ble holdt 8 uker og 1 dag etter at arbeidstakeren ble helt sykmeldt; fristen er 7 uker"
        ]
    );
    assert_eq!(
        said("DM604", En),
        [
            "the meeting was held 8 weeks and 1 day after the employee became fully absent; the limit is 7 weeks"
        ]
    );
    for f in &findings {
        for lang in [Nb, Nn, En] {
            let m = f.message.get(lang);
            assert!(
                !m.contains("Siri") && !m.contains("Ola") && !m.contains("leder"),
                "{m}"
            );
        }
    }
}

/// The patterns of one `matches` are compiled as one set; a pattern that is
/// wrong is still blamed at its own line, whether its syntax is wrong or a
/// class it names does not exist. A group named in `groups` must exist.
#[test]
fn a_bad_pattern_among_several_is_blamed_at_its_line() {
    let rule = |third: &str| {
        org_rule(&format!(
            "    for_each: /**\n    when:\n      matches:\n        path: \"@\"\n        patterns:\n          - 'a+'\n          - {{regex: '(?P<code>[A-Z]\\d{{2}})', groups: {{code: {{list: icd10-categories}}}}}}\n          - '{third}'\n"
        ))
    };
    for third in ["(unclosed", r"\p{NoSuchClass}", "x{2,1}"] {
        let err = build_error(rule(third));
        assert!(err.starts_with("org.yaml:12:13:"), "{third}: {err}");
        assert!(err.contains("bad regular expression"), "{third}: {err}");
        assert!(
            !err.contains("NoSuchClass"),
            "never echoes the pattern: {err}"
        );
    }
    assert!(
        dialogmote::Linter::builder()
            .rule_file("org.yaml", rule("b+"))
            .build()
            .is_ok()
    );
    let missing = org_rule(
        "    for_each: /**\n    when: {matches: {path: \"@\", patterns: [{regex: '(?P<kode>x)', groups: {code: {list: icd10-categories}}}]}}\n",
    );
    assert!(
        build_error(missing).contains("no group of a name in `groups`"),
        "a group named in `groups` must exist"
    );
}

/// `occurrence` ranks the items of one key in their order (1, 2, 3…),
/// skips the items its `where` is false for, and a later duplicate points
/// also at the first.
#[test]
fn occurrence_ranks_duplicates_in_order_and_points_at_the_first() {
    let rule = "rules:\n  - code: ORG001\n    name: repeated-role\n    severity: warning\n    for_each: {each: /participants/*, as: p}\n    let:\n      n: {occurrence: {of: $p, each: /participants/*, key: ['@/role'], where: {filled: '@/name'}}}\n    when: {compare: {left: {var: n}, op: '>', right: 1}}\n    message: the same role for the {n}. time\n";
    let linter = org_linter(rule);
    let text = "format: dialogmote1/v1\nmeeting: {date: 2026-11-16}\nparticipants:\n  - {role: arbeidsgiver, name: A, attended: true}\n  - {role: bht, attended: true}\n  - {role: arbeidsgiver, name: B, attended: true}\n  - {role: arbeidsgiver, name: C, attended: true}\n  - {role: bht, name: D, attended: true}\n";
    let opts = dialogmote::LintOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
    let found: Vec<_> = linter
        .lint_str(text, &opts)
        .into_iter()
        .filter(|f| f.code == "ORG001")
        .collect();
    let at: Vec<&str> = found.iter().map(|f| f.pointer.as_str()).collect();
    assert_eq!(at, ["/participants/2", "/participants/3"], "{found:#?}");
    for (f, n) in found.iter().zip(["2", "3"]) {
        assert!(f.message.en.contains(&format!("the {n}. time")), "{f:#?}");
        let related: Vec<&str> = f.related.iter().map(|r| r.pointer.as_str()).collect();
        assert_eq!(related, ["/participants/0"], "{f:#?}");
    }
}
