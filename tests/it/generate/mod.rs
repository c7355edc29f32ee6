//! The generator of complete minutes that respect every rule (arbitrary
//! participants, proposals, measures, actions and dates), shared by the
//! property tests (`tests/properties.rs`, `tests/fix_props.rs`).
#![allow(dead_code)]

use chrono::{Days, NaiveDate};
use dialogmote::*;
use proptest::prelude::*;

pub const WORDS: &[&str] = &[
    "arbeid",
    "kontor",
    "tilrettelegging",
    "oppfølging",
    "møte",
    "uke",
    "plan",
    "fleksibel",
    "hjemmekontor",
    "lager",
    "leder",
    "samtale",
    "trinn",
    "økt",
    "dag",
    "kortere",
    "dager",
    "opptrapping",
    "team",
    "oppgaver",
    "utstyr",
    "bestilt",
];

pub fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 1..8).prop_map(|w| {
        let mut s = w.join(" ");
        if let Some(first) = s.get(..1) {
            s = first.to_uppercase() + &s[1..];
        }
        s + "."
    })
}

pub fn add(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_add_days(Days::new(n)).unwrap()
}

pub fn sub(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_sub_days(Days::new(n)).unwrap()
}

pub fn date(d: NaiveDate) -> Date {
    Date(d)
}

pub const MEASURES: [MeasureKey; 8] = [
    MeasureKey::GradertSykmelding,
    MeasureKey::Tilretteleggingstilskudd,
    MeasureKey::AvklaringRehabiliteringOppfolging,
    MeasureKey::HelsetjenesterLetterePsykiskeLidelser,
    MeasureKey::FritakArbeidsgiverperiode,
    MeasureKey::KidKurs,
    MeasureKey::Arbeidsplassvurdering,
    MeasureKey::Arbeidsplasshjelpemidler,
];

pub fn measure_slot(m: &mut Measures, k: MeasureKey) -> &mut Option<Measure> {
    match k {
        MeasureKey::GradertSykmelding => &mut m.gradert_sykmelding,
        MeasureKey::Tilretteleggingstilskudd => &mut m.tilretteleggingstilskudd,
        MeasureKey::AvklaringRehabiliteringOppfolging => &mut m.avklaring_rehabilitering_oppfolging,
        MeasureKey::HelsetjenesterLetterePsykiskeLidelser => {
            &mut m.helsetjenester_lettere_psykiske_lidelser
        }
        MeasureKey::FritakArbeidsgiverperiode => &mut m.fritak_arbeidsgiverperiode,
        MeasureKey::KidKurs => &mut m.kid_kurs,
        MeasureKey::Arbeidsplassvurdering => &mut m.arbeidsplassvurdering,
        MeasureKey::Arbeidsplasshjelpemidler => &mut m.arbeidsplasshjelpemidler,
    }
}

/// Everything a generated meeting is built from.
#[derive(Debug, Clone)]
pub struct Seed {
    pub meeting_day: u64,
    pub weeks_sick: u64,
    pub graded: Option<u8>,
    pub plan_day: u64,
    pub lege_attends: bool,
    pub bht_attends: bool,
    pub extras: Vec<(Role, bool)>,
    pub start_minute: u32,
    pub duration: u32,
    pub phase_minutes: [u64; 4],
    pub proposals: Vec<(Role, EmployerAssessment, MedicalAssessment, bool)>,
    pub decisions: [Decision; 8],
    pub actions: Vec<(u8, u64)>,
    pub workplace_arena: bool,
    pub sent_after: u64,
    pub author_by_name: bool,
    pub texts: Vec<String>,
}

pub fn seed() -> impl Strategy<Value = Seed> {
    let extras = prop::collection::vec(
        (
            prop::sample::select(vec![
                Role::Tillitsvalgt,
                Role::Verneombud,
                Role::Nav,
                Role::Annen,
            ]),
            any::<bool>(),
        ),
        0..4,
    );
    let proposals = prop::collection::vec(
        (
            prop::sample::select(vec![
                Role::Arbeidstaker,
                Role::Arbeidsgiver,
                Role::Lege,
                Role::Bht,
            ]),
            prop::sample::select(EmployerAssessment::ALL.to_vec()),
            prop::sample::select(MedicalAssessment::ALL.to_vec()),
            any::<bool>(),
        ),
        1..5,
    );
    let decisions = prop::array::uniform8(prop::sample::select(Decision::ALL.to_vec()));
    (
        (
            0u64..300,
            1u64..=7,
            prop::option::of(20u8..100),
            0u64..=28,
            any::<bool>(),
            any::<bool>(),
            extras,
        ),
        (
            0u32..(15 * 60),
            1u32..=45,
            prop::array::uniform4(0u64..=10),
            proposals,
            decisions,
        ),
        (
            prop::collection::vec((0u8..3, 0u64..60), 1..6),
            any::<bool>(),
            0u64..=7,
            any::<bool>(),
            prop::collection::vec(text(), 40),
        ),
    )
        .prop_map(|(a, b, c)| Seed {
            meeting_day: a.0,
            weeks_sick: a.1,
            graded: a.2,
            plan_day: a.3,
            lege_attends: a.4,
            bht_attends: a.5,
            extras: a.6,
            start_minute: b.0,
            duration: b.1,
            phase_minutes: b.2,
            proposals: b.3,
            decisions: b.4,
            actions: c.0,
            workplace_arena: c.1,
            sent_after: c.2,
            author_by_name: c.3,
            texts: c.4,
        })
}

/// A complete referat that respects every rule.
pub fn build(s: &Seed) -> Minutes {
    let mut t = s.texts.iter().cycle().cloned();
    let meeting = add(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), s.meeting_day);
    let sick = sub(meeting, s.weeks_sick * 7);
    let plan = add(sick, s.plan_day).min(meeting);
    let start = Time::from_hm(8 + s.start_minute / 60, s.start_minute % 60).unwrap();
    let end_minute = 8 * 60 + s.start_minute + s.duration;
    let end = Time::from_hm(end_minute / 60, end_minute % 60).unwrap();
    let employer = "Ola Hansen".to_string();
    let person =
        |role: Role, name: &str, attended: bool, t: &mut dyn Iterator<Item = String>| Participant {
            role,
            name: Some(name.to_string()),
            function: (role == Role::Annen || role == Role::Arbeidsgiver)
                .then(|| "nærmeste leder".to_string()),
            attended: Some(attended),
            absence_reason: (!attended).then(|| t.next().unwrap()),
        };
    let mut participants = vec![
        person(Role::Arbeidstaker, "Kari Nordmann", true, &mut t),
        person(Role::Arbeidsgiver, &employer, true, &mut t),
        person(Role::Lege, "Per Berg", s.lege_attends, &mut t),
        person(Role::Bht, "Berit Dahl", s.bht_attends, &mut t),
    ];
    for (i, (role, attended)) in s.extras.iter().enumerate() {
        participants.push(person(
            *role,
            &format!("Deltaker {}", "ABCDEFG".chars().nth(i).unwrap()),
            *attended,
            &mut t,
        ));
    }
    let mut proposals: Vec<Proposal> = s
        .proposals
        .iter()
        .map(|(by, ea, ma, lege)| Proposal {
            description: t.next(),
            proposed_by: Some(*by),
            employer_assessment: Some(*ea),
            employer_comment: t.next(),
            medical_assessment: Some(*ma),
            medical_assessor: Some(if *lege {
                MedicalAssessor::Lege
            } else {
                MedicalAssessor::Bht
            }),
        })
        .collect();
    proposals[0].proposed_by = Some(Role::Arbeidstaker);
    let mut measures = Measures::default();
    let owners = ["arbeidsgiver", "nav", employer.as_str()];
    let mut actions: Vec<Action> = s
        .actions
        .iter()
        .map(|(o, due)| Action {
            what: t.next(),
            owner: Some(owners[*o as usize].to_string()),
            due: Some(date(add(meeting, *due))),
            measure: None,
        })
        .collect();
    for (k, d) in MEASURES.iter().zip(s.decisions) {
        *measure_slot(&mut measures, *k) = Some(Measure {
            decision: Some(d),
            note: t.next(),
        });
        if d == Decision::Apply {
            actions.push(Action {
                what: t.next(),
                owner: Some("arbeidsgiver".into()),
                due: Some(date(add(meeting, 14))),
                measure: Some(*k),
            });
        }
    }
    let mut recipients: Vec<Role> = participants
        .iter()
        .filter(|p| p.attended == Some(true))
        .map(|p| p.role)
        .collect();
    recipients.push(Role::Nav);
    recipients.sort();
    recipients.dedup();
    let [m1, m2, m3, m4] = s.phase_minutes;
    Minutes {
        format: FormatV1,
        // Sent to NAV: who it is from (DM109).
        employer: Some(dialogmote::Employer {
            name: Some("Fjordlager AS".into()),
            organisation_number: Some("974760673".into()),
            ..Default::default()
        }),
        revised_plan: None,
        meeting: Meeting {
            date: date(meeting),
            start: Some(start),
            end: Some(end),
            mode: Some(Mode::InPerson),
            location: t.next(),
        },
        sick_leave: Some(SickLeave {
            start: Some(date(sick)),
            grade: s.graded.or(Some(100)),
            // Graded at the meeting, fully absent for a while before: at
            // most six weeks before the meeting, within DM604's limit.
            full_absence_start: s.graded.map(|_| date(add(sick, 7).min(meeting))),
        }),
        follow_up_plan: Some(FollowUpPlan {
            date: Some(date(plan)),
            sent_to_doctor: Some(date(plan)),
        }),
        participants: Some(participants),
        introduction: Some(Introduction {
            minutes: Some(m1),
            covered: Some(Covered {
                purpose: Some(true),
                introductions: Some(true),
                goals: Some(true),
                confidentiality: Some(true),
                time_frame: Some(true),
            }),
            notes: t.next(),
        }),
        status: Some(Status {
            minutes: Some(m2),
            arbeidstaker: Some(EmployeeStatus {
                functional_ability: t.next(),
                adjustments_experience: t.next(),
            }),
            arbeidsgiver: Some(EmployerStatus {
                adjustments_made: t.next(),
                what_worked: t.next(),
                what_did_not_work: t.next(),
                not_implemented: t.next(),
            }),
            lege: t.next(),
            bht: t.next(),
            summary: t.next(),
        }),
        solutions: Some(Solutions {
            minutes: Some(m3 * 2),
            proposals: Some(proposals),
            measures: Some(measures),
        }),
        conclusion: Some(Conclusion {
            minutes: Some(m4),
            assessed: t.next(),
            agreed: t.next(),
            workplace_arena: Some(s.workplace_arena),
            workplace_arena_how: s.workplace_arena.then(|| t.next().unwrap()),
            alternatives_informed: (!s.workplace_arena).then_some(true),
            actions: Some(actions),
            next_follow_up: Some(date(add(meeting, 30))),
        }),
        referat: Some(Referat {
            author: Some(if s.author_by_name {
                employer
            } else {
                "arbeidsgiver".into()
            }),
            sent: Some(date(add(meeting, s.sent_after))),
            recipients: Some(recipients),
            revised_follow_up_plan: Some(false),
        }),
    }
}

pub fn as_of_for(m: &Minutes) -> NaiveDate {
    add(m.meeting.date.0, 10)
}
