//! Property tests. A generator makes complete minutes that respect every
//! rule (arbitrary participants, proposals, measures, actions and dates);
//! they give no findings, in YAML and in JSON. Breaking one item gives
//! exactly the matching finding. Arbitrary value trees, text and bytes never
//! panic, and findings are the same on every run.

use crate::common;
use crate::generate;

use chrono::NaiveDate;
use dialogmote::*;
use proptest::prelude::*;
use serde_json::Value;

use generate::*;

/// Findings as (code, pointer), sorted: comparable across YAML and JSON.
fn findings(text: &str, as_of: NaiveDate) -> Vec<(String, String)> {
    let mut v: Vec<_> = common::linter()
        .lint_str(text, &LintOptions::new(as_of))
        .into_iter()
        .map(|f| (f.code, f.pointer))
        .collect();
    v.sort();
    v
}

fn codes(text: &str, as_of: NaiveDate) -> Vec<String> {
    findings(text, as_of).into_iter().map(|(c, _)| c).collect()
}

type Mutation = fn(&mut Minutes, &mut NaiveDate) -> Option<&'static str>;

fn participant(m: &mut Minutes, role: Role) -> Option<&mut Participant> {
    m.participants.as_mut()?.iter_mut().find(|p| p.role == role)
}

fn meeting(m: &Minutes) -> NaiveDate {
    m.meeting.date.0
}

/// A complete revised plan for the generated meeting, flagged as such: it
/// gives no finding of its own (dated on the meeting, evaluated 60 days
/// later, with a contact person of its own).
fn with_plan(m: &mut Minutes) -> Option<&mut Plan> {
    let day = meeting(m);
    m.referat.as_mut()?.revised_follow_up_plan = Some(true);
    m.revised_plan = Some(Plan {
        date: Some(Date(day)),
        typical_workday: Some("Lagerarbeid, plukk og pakking.".into()),
        tasks_possible: Some("Kontoroppgaver i korte økter.".into()),
        tasks_not_possible: Some("Tunge løft.".into()),
        previous_adjustments: Some("Fleksibel oppmøtetid.".into()),
        planned_adjustments: Some("Kontoroppgaver to timer om dagen.".into()),
        follow_up: Some("Samtale hver fredag.".into()),
        evaluation_date: Some(Date(add(day, 60))),
        employee_involved: Some(true),
        share_with_nav: Some(true),
        needs_help_from_nav: Some(false),
        share_with_doctor: Some(true),
        contact_person: Some(Person {
            name: Some("Ola Hansen".into()),
            phone: Some("+47 99 99 99 99".into()),
            email: Some("ola.hansen@example.no".into()),
        }),
        ..Plan::default()
    });
    m.revised_plan.as_mut()
}

/// One broken item each, and the one finding it must give (or `None` when
/// the generated meeting does not allow this mutation).
const MUTATIONS: &[Mutation] = &[
    |m, _| {
        m.participants
            .as_mut()?
            .retain(|p| p.role != Role::Arbeidstaker);
        Some("DM101")
    },
    |m, t| {
        let p = participant(m, Role::Arbeidsgiver)?;
        p.attended = Some(false);
        p.absence_reason = Some("Syk".into());
        let _ = t;
        Some("DM102")
    },
    |m, _| {
        m.participants.as_mut()?.retain(|p| p.role != Role::Lege);
        Some("DM103")
    },
    |m, _| {
        m.participants.as_mut()?.retain(|p| p.role != Role::Bht);
        Some("DM104")
    },
    |m, _| {
        participant(m, Role::Arbeidstaker)?.attended = None;
        Some("DM105")
    },
    |m, _| {
        let p = participant(m, Role::Bht)?;
        p.attended = Some(false);
        p.absence_reason = None;
        Some("DM106")
    },
    |m, _| {
        m.participants.as_mut()?.push(Participant {
            role: Role::Annen,
            name: None,
            function: None,
            attended: Some(false),
            absence_reason: Some("Forhindret".into()),
        });
        Some("DM107")
    },
    |m, _| {
        let dup = participant(m, Role::Arbeidsgiver)?.clone();
        m.participants.as_mut()?.push(dup);
        Some("DM108")
    },
    |m, _| {
        m.introduction.as_mut()?.covered.as_mut()?.purpose = Some(false);
        Some("DM201")
    },
    |m, _| {
        m.introduction.as_mut()?.covered.as_mut()?.introductions = None;
        Some("DM202")
    },
    |m, _| {
        m.introduction.as_mut()?.covered.as_mut()?.goals = Some(false);
        Some("DM203")
    },
    |m, _| {
        m.introduction.as_mut()?.covered.as_mut()?.confidentiality = None;
        Some("DM204")
    },
    |m, _| {
        m.introduction.as_mut()?.covered.as_mut()?.time_frame = Some(false);
        Some("DM205")
    },
    |m, _| {
        m.status.as_mut()?.arbeidstaker.as_mut()?.functional_ability = Some("   ".into());
        Some("DM301")
    },
    |m, _| {
        m.status
            .as_mut()?
            .arbeidstaker
            .as_mut()?
            .adjustments_experience = None;
        Some("DM302")
    },
    |m, _| {
        m.status.as_mut()?.arbeidsgiver.as_mut()?.adjustments_made = None;
        Some("DM303")
    },
    |m, _| {
        let a = m.status.as_mut()?.arbeidsgiver.as_mut()?;
        a.what_worked = None;
        a.what_did_not_work = Some(String::new());
        Some("DM304")
    },
    |m, _| {
        if participant(m, Role::Lege)?.attended != Some(true) {
            return None;
        }
        m.status.as_mut()?.lege = None;
        Some("DM305")
    },
    |m, _| {
        if participant(m, Role::Bht)?.attended != Some(true) {
            return None;
        }
        m.status.as_mut()?.bht = None;
        Some("DM306")
    },
    |m, _| {
        m.status.as_mut()?.summary = None;
        Some("DM307")
    },
    |m, _| {
        m.solutions.as_mut()?.proposals = Some(Vec::new());
        Some("DM401")
    },
    |m, _| {
        m.solutions
            .as_mut()?
            .proposals
            .as_mut()?
            .last_mut()?
            .employer_assessment = None;
        Some("DM402")
    },
    |m, _| {
        let medical = m
            .participants
            .as_ref()?
            .iter()
            .any(|p| matches!(p.role, Role::Lege | Role::Bht) && p.attended == Some(true));
        if !medical {
            return None;
        }
        m.solutions
            .as_mut()?
            .proposals
            .as_mut()?
            .last_mut()?
            .medical_assessment = None;
        Some("DM403")
    },
    |m, _| {
        let measures = m.solutions.as_mut()?.measures.as_mut()?;
        let k = *MEASURES.iter().find(|k| {
            measure_slot(measures, **k)
                .as_ref()
                .and_then(|x| x.decision)
                != Some(Decision::Apply)
        })?;
        *measure_slot(measures, k) = None;
        Some("DM404")
    },
    |m, _| {
        let measures = m.solutions.as_mut()?.measures.as_mut()?;
        let k = *MEASURES.iter().find(|k| {
            measure_slot(measures, **k)
                .as_ref()
                .and_then(|x| x.decision)
                != Some(Decision::Apply)
        })?;
        measure_slot(measures, k).as_mut()?.decision = Some(Decision::Apply);
        Some("DM405")
    },
    |m, _| {
        for p in m.solutions.as_mut()?.proposals.as_mut()? {
            if p.proposed_by == Some(Role::Arbeidstaker) {
                p.proposed_by = Some(Role::Arbeidsgiver);
            }
        }
        Some("DM406")
    },
    |m, _| {
        m.conclusion.as_mut()?.agreed = None;
        Some("DM501")
    },
    |m, _| {
        m.conclusion.as_mut()?.assessed = None;
        Some("DM502")
    },
    |m, _| {
        let applied = m
            .conclusion
            .as_ref()?
            .actions
            .as_ref()?
            .iter()
            .any(|a| a.measure.is_some());
        if applied {
            return None;
        }
        m.conclusion.as_mut()?.actions = None;
        Some("DM503")
    },
    |m, _| {
        m.conclusion.as_mut()?.actions.as_mut()?.first_mut()?.owner = Some(String::new());
        Some("DM504")
    },
    |m, _| {
        m.conclusion.as_mut()?.actions.as_mut()?.first_mut()?.due = None;
        Some("DM505")
    },
    |m, _| {
        m.conclusion.as_mut()?.actions.as_mut()?.first_mut()?.what = None;
        Some("DM506")
    },
    |m, _| {
        let d = sub(meeting(m), 1);
        m.conclusion.as_mut()?.actions.as_mut()?.first_mut()?.due = Some(date(d));
        Some("DM507")
    },
    |m, _| {
        m.conclusion.as_mut()?.actions.as_mut()?.first_mut()?.owner = Some("Ukjent Person".into());
        Some("DM508")
    },
    |m, _| {
        let c = m.conclusion.as_mut()?;
        c.workplace_arena = None;
        Some("DM509")
    },
    |m, _| {
        let c = m.conclusion.as_mut()?;
        c.workplace_arena = Some(true);
        c.workplace_arena_how = None;
        Some("DM510")
    },
    |m, _| {
        let c = m.conclusion.as_mut()?;
        c.workplace_arena = Some(false);
        c.workplace_arena_how = None;
        c.alternatives_informed = Some(false);
        Some("DM511")
    },
    |m, _| {
        if participant(m, Role::Lege)?.attended != Some(true) {
            return None;
        }
        let start = m.meeting.start?;
        let end = start.0 + chrono::Duration::minutes(50);
        if end < start.0 {
            return None;
        }
        m.meeting.end = Some(Time(end));
        Some("DM601")
    },
    |m, _| {
        m.meeting.end = m.meeting.start;
        Some("DM602")
    },
    |m, _| {
        m.introduction.as_mut()?.minutes = Some(11);
        Some("DM603")
    },
    |m, _| {
        let sick = sub(meeting(m), 50);
        m.sick_leave = Some(SickLeave {
            start: Some(date(sick)),
            grade: Some(100),
            full_absence_start: None,
        });
        let plan = add(sick, 10);
        m.follow_up_plan = Some(FollowUpPlan {
            date: Some(date(plan)),
            sent_to_doctor: Some(date(plan)),
        });
        Some("DM604")
    },
    |m, _| {
        m.sick_leave.as_mut()?.start = Some(date(add(meeting(m), 1)));
        Some("DM605")
    },
    |m, _| {
        m.follow_up_plan.as_mut()?.date = None;
        Some("DM606")
    },
    |m, _| {
        let sick = m.sick_leave.as_ref()?.start?.0;
        let plan = add(meeting(m), 1);
        if (plan - sick).num_days() > 28 {
            return None;
        }
        m.follow_up_plan.as_mut()?.date = Some(date(plan));
        Some("DM607")
    },
    |m, _| {
        let sick = m.sick_leave.as_ref()?.start?.0;
        let plan = add(sick, 29);
        if plan > meeting(m) {
            return None;
        }
        m.follow_up_plan.as_mut()?.date = Some(date(plan));
        Some("DM608")
    },
    |m, _| {
        m.follow_up_plan.as_mut()?.sent_to_doctor = None;
        Some("DM609")
    },
    |m, _| {
        m.referat.as_mut()?.sent = Some(date(add(meeting(m), 8)));
        Some("DM701")
    },
    |m, t| {
        m.referat.as_mut()?.sent = None;
        *t = add(meeting(m), 8);
        Some("DM702")
    },
    |m, t| {
        m.referat.as_mut()?.sent = None;
        *t = add(meeting(m), 3);
        Some("DM703")
    },
    |m, _| {
        // An attending `nav` participant would rightly add DM705.
        if m.participants
            .as_ref()?
            .iter()
            .any(|p| p.role == Role::Nav && p.attended == Some(true))
        {
            return None;
        }
        m.referat
            .as_mut()?
            .recipients
            .as_mut()?
            .retain(|r| *r != Role::Nav);
        Some("DM704")
    },
    |m, _| {
        m.referat
            .as_mut()?
            .recipients
            .as_mut()?
            .retain(|r| *r != Role::Arbeidstaker);
        Some("DM705")
    },
    |m, _| {
        m.referat.as_mut()?.author = Some("Berit Dahl".into());
        Some("DM706")
    },
    |m, _| {
        m.referat.as_mut()?.sent = Some(date(sub(meeting(m), 1)));
        Some("DM707")
    },
    |m, _| {
        m.introduction.as_mut()?.notes = Some("Kari (15058500027) var til stede.".into());
        Some("DM801")
    },
    |m, _| {
        m.employer.as_mut()?.name = None;
        Some("DM109")
    },
    |m, _| {
        m.employer.as_mut()?.organisation_number = Some("974760674".into());
        Some("DM110")
    },
    |m, _| {
        let day = meeting(m);
        with_plan(m)?.date = Some(Date(day.pred_opt()?));
        Some("DM610")
    },
    |m, _| {
        m.referat.as_mut()?.revised_follow_up_plan = Some(true);
        Some("DM708")
    },
    |m, _| {
        with_plan(m)?;
        m.referat.as_mut()?.revised_follow_up_plan = Some(false);
        Some("DM709")
    },
    |m, _| {
        with_plan(m)?.follow_up = None;
        Some("DM901")
    },
    |m, _| {
        with_plan(m)?.contact_person.as_mut()?.email = None;
        Some("DM902")
    },
    |m, _| {
        let p = with_plan(m)?;
        p.needs_help_from_nav = Some(true);
        p.needs_help_description = Some("Hjelpemidler.".into());
        p.share_with_nav = Some(false);
        Some("DM903")
    },
    |m, _| {
        with_plan(m)?.needs_help_from_nav = Some(true);
        Some("DM904")
    },
    |m, _| {
        with_plan(m)?.needs_help_description = Some("Hjelpemidler.".into());
        Some("DM905")
    },
    |m, _| {
        with_plan(m)?.employee_involved = Some(false);
        Some("DM906")
    },
    |m, _| {
        with_plan(m)?.employee_not_involved_reason = Some("Syk.".into());
        Some("DM907")
    },
    |m, t| {
        // Dated after the day it is judged, so that it is not also due.
        let day = add(*t, 1);
        let p = with_plan(m)?;
        p.date = Some(Date(day));
        p.evaluation_date = Some(Date(day));
        Some("DM908")
    },
    |m, _| {
        let day = meeting(m);
        with_plan(m)?.evaluation_date = Some(Date(add(day, 400)));
        Some("DM909")
    },
    |m, t| {
        let evaluated = *t;
        if evaluated <= meeting(m) {
            return None;
        }
        with_plan(m)?.evaluation_date = Some(Date(evaluated));
        Some("DM910")
    },
    |m, _| {
        if m.referat
            .as_ref()?
            .recipients
            .as_ref()?
            .contains(&Role::Lege)
        {
            return None;
        }
        with_plan(m)?.share_with_doctor = Some(false);
        Some("DM911")
    },
    |m, _| {
        with_plan(m)?.tasks_possible = Some("Kontor. ".repeat(300));
        Some("DM912")
    },
    |m, _| {
        m.status.as_mut()?.summary = Some("Sykmeldt med diagnose F32.1, men kan jobbe.".into());
        Some("DM802")
    },
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn generated_complete_minutes_give_no_findings(s in seed()) {
        let m = build(&s);
        let as_of = as_of_for(&m);
        prop_assert_eq!(findings(&m.to_yaml(), as_of), vec![]);
        prop_assert_eq!(findings(&m.to_json(), as_of), vec![]);
        prop_assert!(common::linter().lint_value(&m.to_value(), &LintOptions::new(as_of)).is_empty());
    }

    #[test]
    fn each_broken_item_gives_exactly_its_finding(s in seed()) {
        for mutate in MUTATIONS {
            let mut m = build(&s);
            let mut as_of = as_of_for(&m);
            let Some(code) = mutate(&mut m, &mut as_of) else {
                continue;
            };
            let yaml = m.to_yaml();
            prop_assert_eq!(codes(&yaml, as_of), vec![code.to_string()], "{}", yaml);
            // YAML and JSON renderings of the same document give the same findings.
            prop_assert_eq!(findings(&yaml, as_of), findings(&m.to_json(), as_of));
        }
    }

}

/// Two separate processes (so nothing cached in one process, no hash seed,
/// no thread timing carries over) give byte-identical JSON and the same exit.
fn lint_in_a_process(text: &str, as_of: NaiveDate) -> (Option<i32>, Vec<u8>) {
    let as_of = as_of.to_string();
    let out = common::run_with_stdin(
        &[
            "lint", "--format", "json", "--jobs", "2", "--as-of", &as_of, "-",
        ],
        text,
    );
    (out.status.code(), out.stdout)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn findings_are_the_same_on_every_run(s in seed(), which in 0..MUTATIONS.len()) {
        let mut m = build(&s);
        let mut as_of = as_of_for(&m);
        let code = MUTATIONS[which](&mut m, &mut as_of);
        let text = m.to_yaml();
        let a = lint_in_a_process(&text, as_of);
        let b = lint_in_a_process(&text, as_of);
        prop_assert!(matches!(a.0, Some(0 | 1)), "exit {:?}", a.0);
        if let Some(code) = code {
            prop_assert!(String::from_utf8_lossy(&a.1).contains(code), "{} is reported", code);
        }
        prop_assert_eq!(a, b);
    }
}

/// Every mutation applies to some generated meetings, and together they
/// cover every rule of the catalogue that applies to a referat.
#[test]
fn the_mutations_cover_the_catalogue() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let mut applied = vec![false; MUTATIONS.len()];
    let mut covered = std::collections::BTreeSet::new();
    for _ in 0..300 {
        let s = seed().new_tree(&mut runner).unwrap().current();
        for (i, mutate) in MUTATIONS.iter().enumerate() {
            let mut m = build(&s);
            let mut as_of = as_of_for(&m);
            if let Some(code) = mutate(&mut m, &mut as_of) {
                applied[i] = true;
                covered.insert(code);
            }
        }
    }
    let never: Vec<usize> = applied
        .iter()
        .enumerate()
        .filter(|(_, a)| !**a)
        .map(|(i, _)| i)
        .collect();
    assert!(never.is_empty(), "mutations never applicable: {never:?}");
    // The plan document's own rules (DM950–DM955) have no referat to
    // mutate: their examples and tests/it/plan.rs cover them.
    let rules: Vec<String> = common::linter()
        .rules()
        .filter(|r| !r.is_engine() && r.formats.contains(&Format::Referat))
        .map(|r| r.code.clone())
        .collect();
    let missing: Vec<&String> = rules
        .iter()
        .filter(|c| !covered.contains(c.as_str()))
        .collect();
    assert!(missing.is_empty(), "rules without a mutation: {missing:?}");
}

fn arbitrary_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        ".{0,20}".prop_map(Value::from),
        prop::sample::select(vec![
            "lege",
            "arbeidsgiver",
            "2026-11-16",
            "09:00",
            "apply",
            "dialogmote1/v1",
            "true"
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(6, 96, 8, |inner| {
        let keys = prop::sample::select(vec![
            "format",
            "meeting",
            "date",
            "participants",
            "role",
            "attended",
            "conclusion",
            "actions",
            "owner",
            "due",
            "referat",
            "sent",
            "recipients",
            "solutions",
            "measures",
            "kid_kurs",
            "decision",
            "status",
            "x",
            "~",
            "a/b",
        ]);
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::btree_map(keys, inner, 0..6).prop_map(|m| Value::Object(
                m.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
            )),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_value_trees_never_panic(v in arbitrary_value(), fmt in any::<bool>()) {
        let mut v = v;
        if fmt
            && let Value::Object(m) = &mut v {
                m.insert("format".into(), Value::from("dialogmote1/v1"));
            }
        let _ = common::linter().lint_value(&v, &common::opts());
        // The same tree as JSON text, through the loader.
        let _ = common::linter().lint_str(&serde_json::to_string(&v).unwrap(), &common::opts());
    }

    #[test]
    fn arbitrary_text_never_panics(s in "(?s).{0,400}") {
        for f in common::linter().lint_str(&s, &common::opts()) {
            prop_assert!(f.location.is_some());
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(b in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = common::linter().lint_file("x.yaml", "x.yaml", &b, &common::opts());
        let json = Source::from_bytes("x.json", &b).with_kind(SourceKind::Json);
        let _ = common::linter().lint(&json, &common::opts());
    }

    #[test]
    fn yaml_shaped_text_never_panics(lines in prop::collection::vec(
        prop::sample::select(vec![
            "format: dialogmote1/v1", "meeting:", "  date: 2026-11-16", "  date: 16.11.2026", "participants:", "  - role: lege",
            "    attended: ja", "    attended: true", "  - &a {role: bht}", "  - *a", "  - <<: *a", "conclusion:", "  actions:",
            "    - {what: x, owner: nav, due: 2026-11-01}", "# dialogmote: ignore DM508 -- grunn", "x: !!binary aGk=", "\tx: 1",
            "---", "[[[", "]]]", "key: \"unterminated", "'a': |", "  tekst", "? [a]", ": b",
        ]),
        0..25,
    )) {
        let text = lines.join("\n");
        let a = common::linter().lint_file("x.yaml", "x.yaml", text.as_bytes(), &common::opts());
        let b = common::linter().lint_file("x.yaml", "x.yaml", text.as_bytes(), &common::opts());
        prop_assert_eq!(a, b);
    }
}
