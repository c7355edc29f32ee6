//! Property test of the renderer: any referat or plan document the schema
//! accepts renders without panic in every format and language, as a draft
//! or not, and the HTML always parses without error. The generator fills
//! every field of the model, each one present or absent, with hostile text
//! (markup, control characters, long words, line breaks, any Unicode).

use dialogmote::*;
use proptest::prelude::*;

fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zæøåA-ZÆØÅ .,:;«»–-]{0,60}",
        "\\PC{0,80}",
        Just("<script>alert(1)</script> *x* _y_ | `z` [a](b) # h".to_owned()),
        Just("linje 1\nlinje 2\n\nny avsnitt\r\n\t- punkt\n1. nummer".to_owned()),
        Just("Ordsomerlengreennenlinjeogsomikkekandelesvedmellomrom".repeat(6)),
        Just("\u{0}\u{1b}[31m\u{7f}\u{202e}emoji 🙂 \u{fffd}".to_owned()),
        Just(String::new()),
    ]
}

fn opt<T: std::fmt::Debug + Clone>(
    s: impl Strategy<Value = T>,
) -> impl Strategy<Value = Option<T>> {
    prop::option::of(s)
}

fn date() -> impl Strategy<Value = Date> {
    (1900i32..2200, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| Date::from_ymd(y, m, d).unwrap())
}

fn time() -> impl Strategy<Value = Time> {
    (0u32..24, 0u32..60).prop_map(|(h, m)| Time::from_hm(h, m).unwrap())
}

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    prop::sample::select(all)
}

fn measure() -> impl Strategy<Value = Measure> {
    (opt(pick(Decision::ALL)), opt(hostile()))
        .prop_map(|(decision, note)| Measure { decision, note })
}

/// An e-mail address as the schema takes it (one `@`, no white space:
/// markup and any other character may be in it), or hostile text.
fn email() -> impl Strategy<Value = String> {
    prop_oneof![3 => "[^@\\s]{1,20}@[^@\\s]{1,20}", 1 => hostile()]
}

fn person() -> impl Strategy<Value = Person> {
    (opt(hostile()), opt(hostile()), opt(email())).prop_map(|(name, phone, email)| Person {
        name,
        phone,
        email,
    })
}

/// An organisation number as the schema takes it, or hostile text.
fn number() -> impl Strategy<Value = String> {
    prop_oneof![3 => "[0-9]{9}", 1 => hostile()]
}

fn employer() -> impl Strategy<Value = Employer> {
    (opt(hostile()), opt(number()), opt(number()), opt(person())).prop_map(
        |(name, organisation_number, sub_unit_number, nearest_leader)| Employer {
            name,
            organisation_number,
            sub_unit_number,
            nearest_leader,
        },
    )
}

fn plan() -> BoxedStrategy<Plan> {
    let version = (
        opt(date()),
        opt(date()),
        opt(1u64..1000),
        opt((opt(date()), opt(any::<bool>()))),
    );
    let content = (
        opt(hostile()),
        opt(hostile()),
        opt(hostile()),
        opt(hostile()),
        opt(hostile()),
        opt(hostile()),
        opt(hostile()),
        opt(date()),
        opt(any::<bool>()),
        opt(hostile()),
    );
    let sharing = (
        opt(any::<bool>()),
        opt(any::<bool>()),
        opt(hostile()),
        opt(any::<bool>()),
        opt(hostile()),
        opt(hostile()),
        opt(person()),
    );
    (version, content, sharing)
        .prop_map(|(v, c, s)| Plan {
            date: v.0,
            first_date: v.1,
            version: v.2,
            revises: v.3.map(|(date, referat)| Revises { date, referat }),
            typical_workday: c.0,
            tasks_possible: c.1,
            tasks_not_possible: c.2,
            previous_adjustments: c.3,
            planned_adjustments: c.4,
            other_adjustment_options: c.5,
            follow_up: c.6,
            evaluation_date: c.7,
            employee_involved: c.8,
            employee_not_involved_reason: c.9,
            share_with_nav: s.0,
            needs_help_from_nav: s.1,
            needs_help_description: s.2,
            share_with_doctor: s.3,
            message_to_doctor: s.4,
            additional_information: s.5,
            contact_person: s.6,
        })
        .boxed()
}

fn plan_document() -> BoxedStrategy<PlanDocument> {
    (
        opt(employer()),
        opt(opt(hostile())),
        opt((opt(date()), opt(1u8..=100), opt(date()))),
        opt(plan()),
        opt((opt(pick(ExceptionReason::ALL)), opt(hostile()), opt(date()))),
        opt((opt(date()), opt(date()))),
    )
        .prop_map(
            |(employer, employee, sick, plan, exception, sharing)| PlanDocument {
                format: FormatPlanV1,
                employer,
                employee: employee.map(|name| Employee { name }),
                sick_leave: sick.map(|(start, grade, full)| SickLeave {
                    start,
                    grade,
                    full_absence_start: full,
                }),
                plan,
                exception: exception.map(|(reason, explanation, date)| Exception {
                    reason,
                    explanation,
                    date,
                }),
                sharing: sharing.map(|(sent_to_doctor, sent_to_nav)| Sharing {
                    sent_to_doctor,
                    sent_to_nav,
                }),
            },
        )
        .boxed()
}

fn minutes() -> BoxedStrategy<Minutes> {
    let meeting = (
        date(),
        opt(time()),
        opt(time()),
        opt(pick(Mode::ALL)),
        opt(hostile()),
    )
        .prop_map(|(date, start, end, mode, location)| Meeting {
            date,
            start,
            end,
            mode,
            location,
        })
        .boxed();
    let participant = (
        pick(Role::ALL),
        opt(hostile()),
        opt(hostile()),
        opt(any::<bool>()),
        opt(hostile()),
    )
        .prop_map(
            |(role, name, function, attended, absence_reason)| Participant {
                role,
                name,
                function,
                attended,
                absence_reason,
            },
        )
        .boxed();
    let covered = (
        opt(any::<bool>()),
        opt(any::<bool>()),
        opt(any::<bool>()),
        opt(any::<bool>()),
        opt(any::<bool>()),
    )
        .prop_map(|(a, b, c, d, e)| Covered {
            purpose: a,
            introductions: b,
            goals: c,
            confidentiality: d,
            time_frame: e,
        })
        .boxed();
    let intro = (opt(any::<u64>()), opt(covered), opt(hostile()))
        .prop_map(|(minutes, covered, notes)| Introduction {
            minutes,
            covered,
            notes,
        })
        .boxed();
    let status = (
        opt(0u64..1000),
        opt((opt(hostile()), opt(hostile()))),
        opt((
            opt(hostile()),
            opt(hostile()),
            opt(hostile()),
            opt(hostile()),
        )),
        opt(hostile()),
        opt(hostile()),
        opt(hostile()),
    )
        .prop_map(|(minutes, e, g, lege, bht, summary)| Status {
            minutes,
            arbeidstaker: e.map(|(a, b)| EmployeeStatus {
                functional_ability: a,
                adjustments_experience: b,
            }),
            arbeidsgiver: g.map(|(a, b, c, d)| EmployerStatus {
                adjustments_made: a,
                what_worked: b,
                what_did_not_work: c,
                not_implemented: d,
            }),
            lege,
            bht,
            summary,
        })
        .boxed();
    let proposal = (
        opt(hostile()),
        opt(pick(Role::ALL)),
        opt(pick(EmployerAssessment::ALL)),
        opt(hostile()),
        opt(pick(MedicalAssessment::ALL)),
        opt(pick(MedicalAssessor::ALL)),
    )
        .prop_map(|(description, proposed_by, ea, ec, ma, by)| Proposal {
            description,
            proposed_by,
            employer_assessment: ea,
            employer_comment: ec,
            medical_assessment: ma,
            medical_assessor: by,
        })
        .boxed();
    let measures = prop::collection::vec(opt(measure()), 8)
        .prop_map(|v| Measures {
            gradert_sykmelding: v[0].clone(),
            tilretteleggingstilskudd: v[1].clone(),
            avklaring_rehabilitering_oppfolging: v[2].clone(),
            helsetjenester_lettere_psykiske_lidelser: v[3].clone(),
            fritak_arbeidsgiverperiode: v[4].clone(),
            kid_kurs: v[5].clone(),
            arbeidsplassvurdering: v[6].clone(),
            arbeidsplasshjelpemidler: v[7].clone(),
        })
        .boxed();
    let solutions = (
        opt(any::<u64>()),
        opt(prop::collection::vec(proposal, 0..6)),
        opt(measures),
    )
        .prop_map(|(minutes, proposals, measures)| Solutions {
            minutes,
            proposals,
            measures,
        })
        .boxed();
    let owner = prop_oneof![
        pick(Role::ALL).prop_map(|r| r.as_str().to_owned()),
        hostile()
    ]
    .boxed();
    let action = (
        opt(hostile()),
        opt(owner.clone()),
        opt(date()),
        opt(pick(MeasureKey::ALL)),
    )
        .prop_map(|(what, owner, due, measure)| Action {
            what,
            owner,
            due,
            measure,
        })
        .boxed();
    let conclusion = (
        (opt(any::<u64>()), opt(hostile()), opt(hostile())),
        (opt(any::<bool>()), opt(hostile()), opt(any::<bool>())),
        opt(prop::collection::vec(action, 0..40)),
        opt(date()),
    )
        .prop_map(
            |((minutes, assessed, agreed), (arena, how, informed), actions, next)| Conclusion {
                minutes,
                assessed,
                agreed,
                workplace_arena: arena,
                workplace_arena_how: how,
                alternatives_informed: informed,
                actions,
                next_follow_up: next,
            },
        )
        .boxed();
    let referat = (
        opt(owner),
        opt(date()),
        opt(prop::collection::vec(pick(Role::ALL), 0..9)),
        opt(any::<bool>()),
    )
        .prop_map(|(author, sent, recipients, revised)| Referat {
            author,
            sent,
            recipients,
            revised_follow_up_plan: revised,
        })
        .boxed();
    (
        meeting,
        opt((opt(date()), opt(1u8..=100), opt(date()))),
        opt((opt(date()), opt(date()))),
        opt(prop::collection::vec(participant, 0..12)),
        opt(intro),
        opt(status),
        opt(solutions),
        opt(conclusion),
        opt(referat),
        opt(employer()),
        opt(plan()),
    )
        .prop_map(
            |(
                meeting,
                sick,
                plan,
                participants,
                intro,
                status,
                solutions,
                conclusion,
                referat,
                employer,
                revised_plan,
            )| {
                Minutes {
                    format: FormatV1,
                    employer,
                    revised_plan,
                    meeting,
                    sick_leave: sick.map(|(start, grade, full)| SickLeave {
                        start,
                        grade,
                        full_absence_start: full,
                    }),
                    follow_up_plan: plan.map(|(date, sent_to_doctor)| FollowUpPlan {
                        date,
                        sent_to_doctor,
                    }),
                    participants,
                    introduction: intro,
                    status,
                    solutions,
                    conclusion,
                    referat,
                }
            },
        )
        .boxed()
}

fn missing() -> impl Strategy<Value = Vec<Missing>> {
    prop::collection::vec(
        ("DM[0-9]{3}", hostile()).prop_map(|(code, message)| Missing {
            code,
            message: dialogmote::Text::same(message),
        }),
        0..5,
    )
}

const LANGS: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];

fn options(format: RenderFormat, lang: Lang, draft: bool, missing: &[Missing]) -> RenderOptions {
    RenderOptions {
        missing: missing.to_vec(),
        ..RenderOptions::new(format, lang).with_draft(draft)
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn html_and_markdown_render_any_schema_valid_document(
        m in minutes(), draft in any::<bool>(), missing in missing()
    ) {
        // Only documents the format accepts: the schema is the judge.
        prop_assume!(Minutes::from_value(&m.to_value()).is_ok());
        for lang in LANGS {
            let html = render_referat(&m, &options(RenderFormat::Html, lang, draft, &missing)).unwrap();
            let html = String::from_utf8(html).unwrap();
            let parsed = scraper::Html::parse_document(&html);
            prop_assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
            let md = render_referat(&m, &options(RenderFormat::Markdown, lang, draft, &missing)).unwrap();
            let md = String::from_utf8(md).unwrap();
            prop_assert!(!md.contains("null"));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn html_and_markdown_render_any_schema_valid_plan(
        p in plan_document(), draft in any::<bool>(), missing in missing()
    ) {
        prop_assume!(PlanDocument::from_value(&p.to_value()).is_ok());
        for lang in LANGS {
            let html = render_plan(&p, &options(RenderFormat::Html, lang, draft, &missing)).unwrap();
            let html = String::from_utf8(html).unwrap();
            let parsed = scraper::Html::parse_document(&html);
            prop_assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
            let md = render_plan(&p, &options(RenderFormat::Markdown, lang, draft, &missing)).unwrap();
            let md = String::from_utf8(md).unwrap();
            prop_assert!(!md.contains("null"));
        }
    }
}

#[cfg(feature = "pdf")]
proptest! {
    // A PDF takes longer to write: fewer cases, each in every language.
    #![proptest_config(ProptestConfig::with_cases(6))]

    #[test]
    fn pdf_renders_any_schema_valid_document(
        m in minutes(), draft in any::<bool>(), missing in missing()
    ) {
        prop_assume!(Minutes::from_value(&m.to_value()).is_ok());
        for lang in LANGS {
            let pdf = render_referat(&m, &options(RenderFormat::Pdf, lang, draft, &missing));
            prop_assert!(pdf.is_ok(), "{:?}", pdf.err());
            prop_assert!(pdf.unwrap().starts_with(b"%PDF-"));
        }
    }

    #[test]
    fn pdf_renders_any_schema_valid_plan(
        p in plan_document(), draft in any::<bool>(), missing in missing()
    ) {
        prop_assume!(PlanDocument::from_value(&p.to_value()).is_ok());
        for lang in LANGS {
            let pdf = render_plan(&p, &options(RenderFormat::Pdf, lang, draft, &missing));
            prop_assert!(pdf.is_ok(), "{:?}", pdf.err());
            prop_assert!(pdf.unwrap().starts_with(b"%PDF-"));
        }
    }
}
