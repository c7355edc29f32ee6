//! Completion and hover documentation from the schema (`complete`,
//! `describe`): at realistic places in a `dialogmote new` draft, in broken
//! documents being typed, with CRLF and multi-byte text, and never a panic.

use dialogmote::{Completion, CompletionKind, complete, describe};
use proptest::prelude::*;

/// The draft `dialogmote new` writes (its placeholders filled).
fn draft() -> String {
    include_str!("../../src/model/draft.yaml")
        .replace("{{SCHEMA}}", "schema.json")
        .replace("{{DATE}}", "2026-11-16")
}

/// `text` with the cursor at the last `|` (removed).
fn at(marked: &str) -> (String, usize) {
    let i = marked.rfind('|').expect("a cursor");
    (format!("{}{}", &marked[..i], &marked[i + 1..]), i)
}

fn labels(c: &[Completion]) -> Vec<&str> {
    c.iter().map(|c| c.label.as_str()).collect()
}

fn offered(marked: &str) -> Vec<Completion> {
    let (text, i) = at(marked);
    complete(&text, i)
}

/// A plan document (`oppfolgingsplan1/v1`) completes from the plan's
/// schema: its own top-level keys, the plan's fields with NAV's words, and
/// the exception's reasons; a referat offers its revised plan the same way.
#[test]
fn a_plan_document_completes_from_its_own_schema() {
    let c = offered("format: oppfolgingsplan1/v1\n|\n");
    assert_eq!(
        labels(&c),
        [
            "employer",
            "employee",
            "sick_leave",
            "plan",
            "exception",
            "sharing"
        ]
    );
    let c = offered("format: oppfolgingsplan1/v1\nplan:\n  |\n");
    let l = labels(&c);
    assert!(
        l.contains(&"typical_workday") && l.contains(&"evaluation_date"),
        "{l:?}"
    );
    let t = c.iter().find(|c| c.label == "typical_workday").unwrap();
    assert!(
        t.documentation
            .as_ref()
            .unwrap()
            .nb
            .contains("Typisk arbeidshverdag")
    );
    let c = offered("format: oppfolgingsplan1/v1\nexception:\n  reason: |\n");
    assert_eq!(
        labels(&c),
        [
            "too_ill",
            "returning_soon",
            "employment_ending",
            "no_contact",
            "other"
        ]
    );
    // The same object in a referat.
    let c = offered("format: dialogmote1/v1\nrevised_plan:\n  |\n");
    assert!(labels(&c).contains(&"share_with_doctor"));
    let doc = describe(
        "format: oppfolgingsplan1/v1\nsharing:\n  sent_to_nav: 2026-10-30\n",
        40,
    );
    assert!(doc.is_some_and(|d| d.en.contains("NAV")));
}

#[test]
fn top_level_keys_not_yet_written_with_the_guides_words() {
    let c = offered("format: dialogmote1/v1\nmeeting:\n  date: 2026-11-16\n|\n");
    let l = labels(&c);
    assert!(!l.contains(&"format") && !l.contains(&"meeting"), "{l:?}");
    assert_eq!(
        &l[..3],
        ["employer", "sick_leave", "follow_up_plan"],
        "in the schema's order"
    );
    let p = c.iter().find(|c| c.label == "participants").unwrap();
    assert_eq!(p.kind, CompletionKind::Key);
    assert!(
        p.documentation
            .as_ref()
            .unwrap()
            .nb
            .starts_with("Møtedeltakere")
    );
    assert!(
        p.documentation
            .as_ref()
            .unwrap()
            .nn
            .starts_with("Møtedeltakarar")
    );
    // A mapping's key opens a line for its keys; a scalar's key waits for
    // the value.
    assert_eq!(p.insert_text, "participants:\n  ");
}

#[test]
fn keys_of_the_mapping_at_the_cursor_by_indentation() {
    let c = offered("format: dialogmote1/v1\nmeeting:\n  date: 2026-11-16\n  |\nsick_leave:\n");
    assert_eq!(labels(&c), ["start", "end", "mode", "location"]);
    assert_eq!(c[0].insert_text, "start: ");
    assert_eq!(
        c[0].documentation.as_ref().unwrap().en,
        "When the meeting started, a time `\"HH:MM\"`."
    );
    // Keys after the cursor are there too.
    let c = offered("meeting:\n  st|\n  date: 2026-11-16\n  mode: video\n");
    assert_eq!(labels(&c), ["start", "end", "location"]);
    let (text, i) = at("meeting:\n  st|\n");
    assert_eq!(c[0].replace, 11..13, "the typed word is replaced");
    assert_eq!(&text[c[0].replace.clone()], "st");
    assert_eq!(complete(&text, i)[0].replace, 11..13);
}

#[test]
fn enum_values_after_a_key() {
    let c = offered("meeting:\n  mode: |\n");
    assert_eq!(labels(&c), ["in_person", "video", "phone", "hybrid"]);
    assert_eq!(c[0].kind, CompletionKind::Value);
    assert_eq!(c[0].documentation.as_ref().unwrap().nb, "Fysisk møte");
    let c = offered("participants:\n  - role: a|\n");
    assert_eq!(labels(&c)[..3], ["arbeidstaker", "arbeidsgiver", "lege"]);
    assert_eq!(c[0].replace, 24..25);
    let c = offered("solutions:\n  measures:\n    kid_kurs:\n      decision: |\n");
    assert_eq!(labels(&c), ["apply", "in_use", "clarify", "not_relevant"]);
    let c = offered("participants:\n  - role: lege\n    attended: |\n");
    assert_eq!(labels(&c), ["true", "false"]);
    let c = offered("|");
    assert!(labels(&c).contains(&"format"));
    let c = offered("format: |");
    assert_eq!(labels(&c), ["dialogmote1/v1"]);
    let c = offered("conclusion:\n  actions:\n    - what: x\n      measure: |\n");
    assert_eq!(labels(&c).len(), 8);
    assert!(
        c[1].documentation
            .as_ref()
            .unwrap()
            .nb
            .starts_with("b. Tilrettelegg")
    );
    // An opened quote is closed.
    let c = offered("participants:\n  - role: \"le|\n");
    assert_eq!(
        (c[0].label.as_str(), c[0].insert_text.as_str()),
        ("arbeidstaker", "arbeidstaker\"")
    );
    let c = offered("participants:\n  - role: 'le|'\n");
    assert_eq!(c[0].insert_text, "arbeidstaker");
    // Free text gets nothing.
    assert!(offered("participants:\n  - name: |\n").is_empty());
    assert!(offered("meeting:\n  location: Møterom |\n").is_empty());
}

#[test]
fn list_values_in_block_and_flow_lists() {
    let c = offered("referat:\n  recipients:\n    - arbeidstaker\n    - |\n    - nav\n");
    assert_eq!(
        labels(&c)[..2],
        ["arbeidsgiver", "lege"],
        "listed values are not offered again"
    );
    assert!(!labels(&c).contains(&"nav"));
    assert_eq!(c[0].insert_text, "arbeidsgiver");
    let c = offered("referat:\n  recipients:\n    - arbeidstaker\n    |\n");
    assert_eq!(labels(&c)[0], "arbeidsgiver");
    assert_eq!(c[0].insert_text, "- arbeidsgiver");
    let c = offered("referat:\n  recipients: [arbeidstaker, n|\n");
    assert!(!labels(&c).contains(&"arbeidstaker"), "already listed");
    assert!(labels(&c).contains(&"nav"));
    let (text, _) = at("referat:\n  recipients: [arbeidstaker, n|\n");
    assert_eq!(&text[c[0].replace.clone()], "n");
}

#[test]
fn a_new_participant_or_action_as_a_snippet() {
    let c = offered("participants:\n  - role: lege\n    attended: true\n  |\n");
    let s = c
        .iter()
        .find(|c| c.kind == CompletionKind::Snippet)
        .unwrap();
    assert_eq!(s.label, "participant");
    assert!(s.is_snippet);
    assert_eq!(
        s.insert_text,
        "- role: ${1|arbeidstaker,arbeidsgiver,lege,bht,nav,tillitsvalgt,verneombud,annen|}\n    name: $2\n    attended: ${3|true,false|}$0"
    );
    // After a `- ` already typed: the same, without the dash, and the keys.
    let c = offered("participants:\n  - |\n");
    assert_eq!(c[0].kind, CompletionKind::Snippet);
    assert!(c[0].insert_text.starts_with("role: ${1|"));
    assert!(c[0].insert_text.contains("\n    name: $2"));
    assert!(labels(&c).contains(&"absence_reason"));
    let c = offered("conclusion:\n  actions:\n    |\n");
    assert_eq!(labels(&c), ["action"]);
    assert_eq!(
        c[0].insert_text,
        "- what: $1\n      owner: $2\n      due: ${3:ÅÅÅÅ-MM-DD}$0"
    );
    // An item with keys already gets no snippet.
    let c = offered("participants:\n  - |\n    role: lege\n");
    assert!(
        c.iter().all(|c| c.kind != CompletionKind::Snippet),
        "{:?}",
        labels(&c)
    );
}

#[test]
fn the_draft_at_realistic_places() {
    let text = draft();
    let after = |needle: &str| text.find(needle).unwrap() + needle.len();
    // The mode, whose value the draft leaves empty (a comment follows).
    let c = complete(&text, after("  mode: "));
    assert_eq!(labels(&c), ["in_person", "video", "phone", "hybrid"]);
    // The first participant's role.
    let c = complete(&text, after("  - role: arbeidstaker"));
    assert!(labels(&c).contains(&"arbeidstaker"), "{:?}", labels(&c));
    // A key in the first participant that it lacks.
    let i = after("  - role: arbeidstaker  # Arbeidstaker\n    name:\n    attended:\n");
    let mut edited = text.clone();
    edited.insert_str(i, "    \n");
    let c = complete(&edited, i + 4);
    assert_eq!(labels(&c), ["function", "absence_reason"]);
    // The draft's decisions.
    let c = complete(
        &text,
        after(
            "    kid_kurs:                                  # f. KID (kurs i depresjonsmestring)\n      decision:",
        ),
    );
    assert_eq!(labels(&c), ["apply", "in_use", "clarify", "not_relevant"]);
    assert_eq!(
        c[0].insert_text, " apply",
        "after a bare `:`, a space first"
    );
    // Every key of the draft is documented.
    for (n, line) in text.lines().enumerate() {
        let t = line.trim_start().trim_start_matches("- ");
        if t.starts_with('#') || !t.contains(':') {
            continue;
        }
        let at = text.lines().take(n).map(|l| l.len() + 1).sum::<usize>() + line.len()
            - line.trim_start().len()
            + if line.trim_start().starts_with("- ") {
                2
            } else {
                0
            };
        assert!(
            describe(&text, at).is_some(),
            "no text for line {}: {line}",
            n + 1
        );
    }
}

#[test]
fn describe_keys_and_values() {
    let (text, i) = at("meeting:\n  da|te: 2026-11-16\n  mode: video\n");
    let d = describe(&text, i).unwrap();
    assert_eq!(d.nb, "Dato for møtet (ÅÅÅÅ-MM-DD). Påkrevd.");
    assert_eq!(d.nn, "Dato for møtet (ÅÅÅÅ-MM-DD). Påkravd.");
    let d = describe(&text, text.find("video").unwrap() + 2).unwrap();
    assert_eq!(d.en, "Video");
    let (text, i) = at("participants:\n  - role: le|ge\n");
    assert_eq!(describe(&text, i).unwrap().nb, "Lege/behandler (sykmelder)");
    let (text, i) = at("referat:\n  recipients: [arbeidstaker, na|v]\n");
    assert_eq!(describe(&text, i).unwrap().en, "NAV");
    let (text, i) = at("solutions:\n  measures:\n    kid_k|urs:\n");
    assert!(describe(&text, i).unwrap().nb.starts_with("f. KID"));
    // Document text is never described: names, free text, unknown keys.
    let (text, i) = at("participants:\n  - name: Ka|ri\n");
    assert_eq!(describe(&text, i), None);
    let (text, i) = at("meeting:\n  locatoin|: x\n");
    assert_eq!(describe(&text, i), None);
    let (text, i) = at("# meeting: |x\n");
    assert_eq!(describe(&text, i), None);
}

#[test]
fn crlf_documents_get_crlf_and_right_offsets() {
    let text = "format: dialogmote1/v1\r\nmeeting:\r\n  date: 2026-11-16\r\n  mo\r\n";
    let i = text.find("mo\r").unwrap() + 2;
    let c = complete(text, i);
    assert_eq!(labels(&c), ["start", "end", "mode", "location"]);
    assert_eq!(&text[c[0].replace.clone()], "mo");
    let text = "meeting:\r\n  date: 2026-11-16\r\n\r\n";
    let c = complete(text, text.len() - 2);
    assert_eq!(
        c.iter()
            .find(|c| c.label == "participants")
            .unwrap()
            .insert_text,
        "participants:\r\n  "
    );
    let text = "participants:\r\n  - \r\n";
    let c = complete(text, text.find("- ").unwrap() + 2);
    assert!(c[0].insert_text.contains("\r\n    name"));
    // The cursor on the `\r` itself.
    let text = "meeting:\r\n  mode: \r\n";
    assert_eq!(complete(text, text.len() - 1).len(), 4);
}

#[test]
fn multi_byte_text_and_odd_offsets() {
    let text = "meeting:\n  location: Møterom på Ås 🙂\n  mode: \n";
    for i in 0..=text.len() + 3 {
        let _ = complete(text, i);
        let _ = describe(text, i);
    }
    let i = text.find('🙂').unwrap() + 1;
    assert!(complete(text, i).is_empty(), "inside free text");
    assert_eq!(complete(text, text.len() - 1).len(), 4);
}

#[test]
fn broken_documents_still_complete() {
    // An unclosed quote above, a tab, a key without a colon yet.
    let c = offered("format: dialogmote1/v1\nmeeting:\n  location: \"Møterom\n  date 2026\n  |\n");
    assert!(labels(&c).contains(&"mode"), "{:?}", labels(&c));
    // A block of text is text.
    assert!(offered("introduction:\n  notes: |\n    Vi snakket om |\n").is_empty());
    let c = offered("introduction:\n  notes: |\n    tekst\n  |\n");
    assert_eq!(labels(&c), ["minutes", "covered"]);
    // In a comment, nothing.
    assert!(offered("meeting:\n  # mo|\n").is_empty());
    // Under an unknown key, nothing.
    assert!(offered("meting:\n  |\n").is_empty());
    // An empty document: the top-level keys.
    assert_eq!(labels(&offered("|"))[0], "format");
    // Mid-word in an existing key: the key only, its `:` kept.
    let (text, i) = at("meeting:\n  mo|de: video\n");
    let c = complete(&text, i);
    let m = c.iter().find(|c| c.label == "mode").unwrap();
    assert_eq!(m.insert_text, "mode");
    assert_eq!(&text[m.replace.clone()], "mode");
}

#[test]
fn nothing_offered_echoes_the_document() {
    let text = "meeting:\n  Kari_Nordmann: x\n  kate: 1\n  |\n";
    let (text, i) = at(text);
    for c in complete(&text, i) {
        assert!(
            !c.label.contains("Kari") && !c.insert_text.contains("kate"),
            "{c:?}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics_on_any_text_or_offset(
        text in "(meeting:|participants:|  - |role: |\\[|\"|'|#|\\|| |\n|\r\n|æ|🙂|:|-|mode|x|\t){0,40}",
        offset in 0usize..400,
    ) {
        let offered = complete(&text, offset);
        let _ = describe(&text, offset);
        for c in offered {
            prop_assert!(c.replace.start <= c.replace.end && c.replace.end <= text.len());
            prop_assert!(text.is_char_boundary(c.replace.start) && text.is_char_boundary(c.replace.end));
        }
    }

    #[test]
    fn never_panics_on_the_draft_at_any_offset(offset in 0usize..8000) {
        let text = draft();
        let _ = complete(&text, offset);
        let _ = describe(&text, offset);
    }
}

/// Every file of the hostile and fixture corpora, at every character (at
/// 200 characters spread over a longer file, since each call reads the
/// whole text): no panic, and every range offered is inside the text.
#[test]
fn the_corpora_at_every_offset() {
    let mut files = 0;
    for dir in ["tests/hostile", "tests/fixtures"] {
        let dir = crate::common::root().join(dir);
        for entry in std::fs::read_dir(dir).expect("the corpus is readable") {
            let path = entry.unwrap().path();
            if !path.extension().is_some_and(|e| e == "yaml" || e == "json") {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            if text.len() > 64 * 1024 {
                continue;
            }
            files += 1;
            let step = (text.chars().count() / 200).max(1);
            for (i, _) in text.char_indices().step_by(step).chain([(text.len(), ' ')]) {
                for c in complete(&text, i) {
                    assert!(c.replace.end <= text.len(), "{}: {i}", path.display());
                }
                let _ = describe(&text, i);
            }
        }
    }
    assert!(files > 50, "only {files} files");
}

/// A 1000-action document: one completion reads it once (linear).
#[test]
fn a_long_document_completes_at_the_end() {
    let mut long = String::from(
        "format: dialogmote1/v1\nmeeting:\n  date: 2026-11-16\nconclusion:\n  actions:\n",
    );
    for i in 0..1000 {
        long.push_str(&format!(
            "    - what: oppgave {i}\n      owner: arbeidsgiver\n      due: 2026-12-01\n"
        ));
    }
    long.push_str("    - what: siste\n      ");
    let _ = complete("", 0); // the schema is read once, before timing
    let started = std::time::Instant::now();
    let c = complete(&long, long.len());
    let took = started.elapsed();
    assert_eq!(labels(&c), ["owner", "due", "measure"]);
    eprintln!("completion at the end of a 1000-action document: {took:?}");
}
