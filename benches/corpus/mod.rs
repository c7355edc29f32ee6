//! A deterministic generator of realistic minutes in the `dialogmote1/v1`
//! format: the guide's sections, Norwegian free text, typical size 3–6 KB,
//! and about one document in five with a realistic defect. Used by
//! `examples/gen_corpus.rs` and the benchmarks.
#![allow(dead_code)]

use std::fmt::Write;

/// xorshift64*: small, fast, deterministic for a seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len() as u64) as usize]
    }
    pub fn chance(&mut self, one_in: u64) -> bool {
        self.below(one_in) == 0
    }
}

const FIRST: &[&str] = &[
    "Kari", "Ola", "Per", "Nina", "Ingrid", "Lars", "Silje", "Anders", "Marit", "Jonas", "Eva",
    "Håkon",
];
const LAST: &[&str] = &[
    "Nordmann", "Hansen", "Berg", "Lund", "Johansen", "Olsen", "Dahl", "Bakken", "Solberg",
    "Strand",
];
const SUBJECTS: &[&str] = &[
    "Arbeidstaker",
    "Nærmeste leder",
    "Legen",
    "Teamet",
    "Arbeidsgiver",
    "BHT",
    "Tillitsvalgt",
    "Vi",
];
const VERBS: &[&str] = &[
    "orker",
    "ønsker",
    "prøver",
    "har avtalt",
    "vurderer",
    "foreslår",
    "har gjennomført",
    "følger opp",
    "trenger",
];
const OBJECTS: &[&str] = &[
    "kortere arbeidsdager",
    "kontoroppgaver",
    "hjemmekontor én dag i uka",
    "fleksibel oppmøtetid",
    "fritak fra lagerarbeid",
    "gradvis opptrapping",
    "samtale hver fjortende dag",
    "hev-senk-pult og ny skjerm",
    "færre kundemøter",
    "redusert stilling",
    "tilpassede arbeidsoppgaver",
    "pauser i løpet av dagen",
    "oppfølging med bedriftshelsetjenesten",
];
const TAILS: &[&str] = &[
    "fra neste uke",
    "de neste fire ukene",
    "når utstyret er levert",
    "i samråd med teamet",
    "etter avtale med legen",
    "så langt det lar seg gjøre",
    "inntil videre",
    "fram til neste oppfølgingsmøte",
];
const MEASURES: &[&str] = &[
    "gradert_sykmelding",
    "tilretteleggingstilskudd",
    "avklaring_rehabilitering_oppfolging",
    "helsetjenester_lettere_psykiske_lidelser",
    "fritak_arbeidsgiverperiode",
    "kid_kurs",
    "arbeidsplassvurdering",
    "arbeidsplasshjelpemidler",
];

fn sentence(r: &mut Rng) -> String {
    format!(
        "{} {} {} {}.",
        r.pick(SUBJECTS),
        r.pick(VERBS),
        r.pick(OBJECTS),
        r.pick(TAILS)
    )
}

fn text(r: &mut Rng, sentences: u64) -> String {
    (0..sentences)
        .map(|_| sentence(r))
        .collect::<Vec<_>>()
        .join(" ")
}

fn name(r: &mut Rng) -> String {
    format!("{} {}", r.pick(FIRST), r.pick(LAST))
}

fn date(day: i64) -> String {
    // Day 0 is 2026-01-01.
    let d = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Duration::days(day);
    d.format("%Y-%m-%d").to_string()
}

/// The defects a generated document may have. Together they make every
/// rule that `benches/spectral/ruleset.yaml` shares with dialogmote fire
/// (DM101–DM104, DM301, DM303, DM501, DM503–DM505, DM701, DM704), so that
/// `benches/compare.py` compares counts that are not zero.
pub const DEFECTS: &[&str] = &[
    "employee-missing",
    "employer-absent",
    "doctor-missing",
    "bht-missing",
    "adjustments-missing",
    "agreed-missing",
    "actions-missing",
    "owner-missing",
    "due-missing",
    "referat-late",
    "doctor-50-minutes",
    "functional-ability-missing",
    "norwegian-date",
    "national-id",
    "attended-ja",
    "nav-not-recipient",
    "unknown-key",
];

/// One referat with `actions` actions; `defect` is one of [`DEFECTS`].
pub fn document(r: &mut Rng, actions: usize, defect: Option<&str>) -> String {
    let meeting = 30 + r.below(300) as i64;
    let sick = meeting - 20 - r.below(28) as i64;
    let plan = sick + 7 + r.below(14) as i64;
    let start = 8 * 60 + r.below(6 * 60);
    let duration = if defect == Some("doctor-50-minutes") {
        50
    } else {
        30 + r.below(15)
    };
    let end = start + duration;
    let employee = name(r);
    let employer = name(r);
    let doctor = name(r);
    let mut s = String::with_capacity(6 * 1024);
    let _ = writeln!(s, "# Referat fra dialogmøte 1\nformat: dialogmote1/v1\n");
    let date_text = if defect == Some("norwegian-date") {
        let d = chrono::NaiveDate::parse_from_str(&date(meeting), "%Y-%m-%d").unwrap();
        d.format("%d.%m.%Y").to_string()
    } else {
        date(meeting)
    };
    let _ = writeln!(
        s,
        "meeting:\n  date: {date_text}\n  start: \"{:02}:{:02}\"\n  end: \"{:02}:{:02}\"\n  mode: {}\n  location: Møterom {}, {}\n",
        start / 60,
        start % 60,
        end / 60,
        end % 60,
        r.pick(&["in_person", "video", "hybrid"]),
        r.pick(&["Fjord", "Fjell", "Nord", "Sør"]),
        r.pick(&[
            "Storgata 12, Tromsø",
            "Kongens gate 3, Trondheim",
            "Torget 1, Bergen"
        ])
    );
    let _ = writeln!(s, "sick_leave:\n  start: {}\n  grade: 100\n", date(sick));
    let _ = writeln!(
        s,
        "follow_up_plan:\n  date: {}\n  sent_to_doctor: {}\n",
        date(plan),
        date(plan + 1)
    );
    let attended = if defect == Some("attended-ja") {
        "ja"
    } else {
        "true"
    };
    let _ = writeln!(s, "participants:");
    if defect != Some("employee-missing") {
        let _ = writeln!(
            s,
            "  - role: arbeidstaker\n    name: {employee}\n    attended: {attended}"
        );
    }
    let _ = writeln!(
        s,
        "  - role: arbeidsgiver\n    name: {employer}\n    function: nærmeste leder"
    );
    if defect == Some("employer-absent") {
        let _ = writeln!(s, "    attended: false\n    absence_reason: {}", text(r, 1));
    } else {
        let _ = writeln!(s, "    attended: true");
    }
    if defect != Some("doctor-missing") {
        let _ = writeln!(
            s,
            "  - role: lege\n    name: {doctor}\n    function: fastlege\n    attended: true"
        );
    }
    let bht_reason = text(r, 1);
    if defect != Some("bht-missing") {
        let _ = writeln!(
            s,
            "  - role: bht\n    attended: false\n    absence_reason: {bht_reason}"
        );
    }
    s.push('\n');
    let extra = if defect == Some("unknown-key") {
        "  atended: true\n"
    } else {
        ""
    };
    let notes = if defect == Some("national-id") {
        format!("{} Fødselsnummer 150585 00027 ble nevnt.", text(r, 1))
    } else {
        text(r, 2)
    };
    let _ = writeln!(
        s,
        "introduction:\n  minutes: {}\n  covered:\n    purpose: true\n    introductions: true\n    goals: true\n    confidentiality: true\n    time_frame: true\n  notes: {notes}\n{extra}",
        3 + r.below(4)
    );
    let functional = if defect == Some("functional-ability-missing") {
        String::new()
    } else {
        text(r, 2)
    };
    let experience = text(r, 2);
    let made = if defect == Some("adjustments-missing") {
        let _ = text(r, 2);
        String::new()
    } else {
        text(r, 2)
    };
    let _ = writeln!(
        s,
        "status:\n  minutes: {}\n  arbeidstaker:\n    functional_ability: {functional}\n    adjustments_experience: {}\n  arbeidsgiver:\n    adjustments_made: {}\n    what_worked: {}\n    what_did_not_work: {}\n    not_implemented: {}\n  lege: {}\n  summary: {}\n",
        8 + r.below(5),
        experience,
        made,
        text(r, 1),
        text(r, 1),
        text(r, 1),
        text(r, 2),
        text(r, 2)
    );
    let _ = writeln!(
        s,
        "solutions:\n  minutes: {}\n  proposals:",
        12 + r.below(8)
    );
    for i in 0..(1 + r.below(3)) {
        let by = if i == 0 {
            "arbeidstaker"
        } else {
            r.pick(&["arbeidsgiver", "lege", "arbeidstaker"])
        };
        let _ = writeln!(
            s,
            "    - description: {}\n      proposed_by: {by}\n      employer_assessment: {}\n      employer_comment: {}\n      medical_assessment: sound\n      medical_assessor: lege",
            text(r, 1),
            r.pick(&["feasible", "partly_feasible"]),
            text(r, 1)
        );
    }
    let _ = writeln!(s, "  measures:");
    let mut applied = Vec::new();
    for m in MEASURES {
        let decision = r.pick(&[
            "not_relevant",
            "not_relevant",
            "not_relevant",
            "clarify",
            "in_use",
            "apply",
        ]);
        if decision == "apply" {
            applied.push(*m);
        }
        let _ = writeln!(s, "    {m}:\n      decision: {decision}");
    }
    let minutes = 8 + r.below(4);
    let assessed = text(r, 1);
    let agreed = if defect == Some("agreed-missing") {
        let _ = text(r, 2);
        String::new()
    } else {
        text(r, 2)
    };
    let _ = writeln!(
        s,
        "\nconclusion:\n  minutes: {minutes}\n  assessed: {assessed}\n  agreed: {agreed}\n  workplace_arena: true\n  workplace_arena_how: {}",
        text(r, 1)
    );
    let owners = ["arbeidsgiver", "arbeidstaker", "lege", "nav"];
    let mut total = actions.max(applied.len());
    if total == 0 {
        total = 1;
    }
    if defect == Some("actions-missing") {
        let _ = writeln!(s, "  actions: []");
        total = 0;
    } else {
        let _ = writeln!(s, "  actions:");
    }
    for i in 0..total {
        let owner = if i == 0 && defect == Some("owner-missing") {
            String::new()
        } else if r.chance(3) {
            employer.clone()
        } else {
            owners[r.below(4) as usize].to_string()
        };
        let due = if i == 0 && defect == Some("due-missing") {
            String::new()
        } else {
            date(meeting + 1 + r.below(40) as i64)
        };
        let measure = applied
            .get(i)
            .map(|m| format!("\n      measure: {m}"))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "    - what: {}\n      owner: {owner}\n      due: {due}{measure}",
            sentence(r)
        );
    }
    let sent = if defect == Some("referat-late") {
        meeting + 9
    } else {
        meeting + r.below(7) as i64
    };
    let recipients = if defect == Some("nav-not-recipient") {
        "[arbeidstaker, arbeidsgiver, lege]"
    } else {
        "[arbeidstaker, arbeidsgiver, lege, nav]"
    };
    let _ = writeln!(
        s,
        "  next_follow_up: {}\n\nreferat:\n  author: {employer}\n  sent: {}\n  recipients: {recipients}\n  revised_follow_up_plan: false",
        date(meeting + 30),
        date(sent)
    );
    s
}

/// `count` documents; about one in five has a defect.
pub fn corpus(seed: u64, count: usize) -> Vec<(String, String)> {
    let mut r = Rng::new(seed);
    (0..count)
        .map(|i| {
            let defect = if r.chance(5) {
                Some(DEFECTS[r.below(DEFECTS.len() as u64) as usize])
            } else {
                None
            };
            let actions = 2 + r.below(4) as usize;
            (
                format!("referat-{i:05}.yaml"),
                document(&mut r, actions, defect),
            )
        })
        .collect()
}
