//! Issue 23, item 13 (the `to_yaml` part): `Minutes::to_yaml` added four
//! spaces per write–read round to text holding U+2028 or U+2029 (serde_yaml's
//! emitter follows YAML 1.1, where they are line breaks). Every string of
//! every text field, any Unicode at all, must come back exactly, and
//! write → read → write must be a fixed point.

use dialogmote::*;
use proptest::prelude::*;

const COMPLETE: &str = include_str!("../../examples/complete.yaml");

/// Every free-text field of the model, set from `t` (in turn, cycling).
fn fill(m: &mut Minutes, t: &[String]) {
    let mut it = t.iter().cycle().cloned();
    let mut next = || it.next();
    m.meeting.location = next();
    for p in m.participants.get_or_insert_with(Vec::new) {
        p.name = next();
        p.function = next();
        p.absence_reason = next();
    }
    let intro = m.introduction.get_or_insert_with(Default::default);
    intro.notes = next();
    let status = m.status.get_or_insert_with(Default::default);
    status.lege = next();
    status.bht = next();
    status.summary = next();
    let e = status.arbeidstaker.get_or_insert_with(Default::default);
    e.functional_ability = next();
    e.adjustments_experience = next();
    let g = status.arbeidsgiver.get_or_insert_with(Default::default);
    g.adjustments_made = next();
    g.what_worked = next();
    g.what_did_not_work = next();
    g.not_implemented = next();
    let solutions = m.solutions.get_or_insert_with(Default::default);
    for p in solutions.proposals.get_or_insert_with(Vec::new) {
        p.description = next();
        p.employer_comment = next();
    }
    if let Some(measures) = &mut solutions.measures {
        for measure in [
            &mut measures.gradert_sykmelding,
            &mut measures.tilretteleggingstilskudd,
            &mut measures.arbeidsplassvurdering,
        ]
        .into_iter()
        .flatten()
        {
            measure.note = next();
        }
    }
    let c = m.conclusion.get_or_insert_with(Default::default);
    c.assessed = next();
    c.agreed = next();
    c.workplace_arena_how = next();
    for a in c.actions.get_or_insert_with(Vec::new) {
        a.what = next();
        a.owner = next();
    }
    m.referat.get_or_insert_with(Default::default).author = next();
}

fn round_trip(texts: &[String]) -> Result<(), TestCaseError> {
    let mut m = Minutes::parse(COMPLETE).expect("the example loads");
    fill(&mut m, texts);
    let once = m.to_yaml();
    let read =
        Minutes::parse(&once).map_err(|e| TestCaseError::fail(format!("{}: {once}", e.message)))?;
    prop_assert_eq!(&read, &m, "{}", once);
    prop_assert_eq!(read.to_yaml(), once);
    Ok(())
}

/// Strings made mostly of what YAML treats specially.
fn awkward() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\u{2028}"),
        Just("\u{2029}"),
        Just("\u{85}"),
        Just("\u{feff}"),
        Just("\u{7f}"),
        Just("\t"),
        Just("\n"),
        Just("\r"),
        Just("\r\n"),
        Just(" "),
        Just("  "),
        Just(": "),
        Just(" #"),
        Just("- "),
        Just("\""),
        Just("'"),
        Just("\\"),
        Just("\\ud83d"),
        Just("|"),
        Just(">"),
        Just("&a"),
        Just("*a"),
        Just("!!str"),
        Just("%"),
        Just("@"),
        Just("`"),
        Just("null"),
        Just("true"),
        Just("09:00"),
        Just("1e3"),
        Just("0x1F"),
        Just("ø"),
        Just("😀"),
        Just("\u{202e}"),
        Just("\u{fffe}"),
        Just("Kari"),
        Just("a"),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

#[test]
fn the_characters_yaml_1_1_reads_as_line_breaks_come_back() {
    for s in ["a\u{2028}b", "a\u{2029}b", "a\u{85}b", "x\n\u{2028}  y"] {
        round_trip(&[s.to_owned()]).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_unicode_in_every_text_field_comes_back_exactly(
        texts in prop::collection::vec(any::<String>(), 1..40),
    ) {
        round_trip(&texts)?;
    }

    #[test]
    fn awkward_text_in_every_text_field_comes_back_exactly(
        texts in prop::collection::vec(awkward(), 1..40),
    ) {
        round_trip(&texts)?;
    }
}
