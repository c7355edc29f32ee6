//! Property tests of the fixes. The generator of `tests/properties.rs` makes
//! complete minutes that give no findings; mechanical mistakes are planted in
//! their YAML or JSON text (Norwegian dates, `9.00` times, `ja` for `true`,
//! `NAV` for `nav`, `50 %` for a grade, numbers in quotes), with CRLF line
//! ends and a BOM or not. Applying every safe fix then gives a document that
//! is parseable, has no findings (those fixed are gone, and no other came),
//! holds the same values as before the mistakes were planted, keeps its line
//! ends and BOM, and fixing it again changes nothing.

use crate::common;
use crate::generate;

use dialogmote::*;
use proptest::prelude::*;

use generate::*;

/// Keys whose values are words of the schema (enums).
const ENUM_KEYS: &[&str] = &[
    "mode",
    "role",
    "proposed_by",
    "employer_assessment",
    "medical_assessment",
    "medical_assessor",
    "decision",
    "measure",
];

const BOOL_KEYS: &[&str] = &[
    "attended",
    "purpose",
    "introductions",
    "goals",
    "confidentiality",
    "time_frame",
    "workplace_arena",
    "alternatives_informed",
    "revised_follow_up_plan",
];

const MONTHS: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];

/// A value's text without its quotes.
fn unquote(v: &str) -> &str {
    for q in ['\'', '"'] {
        if let Some(inner) = v.strip_prefix(q).and_then(|r| r.strip_suffix(q)) {
            return inner;
        }
    }
    v
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.bytes()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn is_time(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 5 && b[2] == b':' && s.bytes().filter(u8::is_ascii_digit).count() == 4
}

/// A mechanical mistake for `value` (as written) of `key`, by `choice`; in
/// JSON syntax when `json`. `None` when the value gets no mistake.
fn mistake(key: &str, value: &str, choice: u8, json: bool) -> Option<String> {
    let raw = unquote(value);
    let pick = |options: &[String]| options[usize::from(choice) % options.len()].clone();
    let text = |s: String| {
        if json { format!("\"{s}\"") } else { s }
    };
    if is_date(raw) {
        let (y, m, d) = (&raw[..4], &raw[5..7], &raw[8..]);
        let (mn, dn): (usize, u32) = (m.parse().unwrap(), d.parse().unwrap());
        return Some(pick(&[
            text(format!("{d}.{m}.{y}")),
            text(format!("{dn}.{}.{y}", mn)),
            format!("\"{dn}. {} {y}\"", MONTHS[mn - 1]),
            text(format!("{y}/{mn}/{dn}")),
        ]));
    }
    if is_time(raw) {
        let (h, m) = (&raw[..2], &raw[3..]);
        let hn: u32 = h.parse().unwrap();
        return Some(pick(&[
            format!("{hn}.{m}"),
            text(format!("{hn}:{m}")),
            text(format!("{h}{m}")),
            format!("\"kl. {h}.{m}\""),
        ]));
    }
    if BOOL_KEYS.contains(&key) && (raw == "true" || raw == "false") {
        let words: &[&str] = if raw == "true" {
            &["ja", "Ja", "JA", "yes", "on", "ON"]
        } else {
            &["nei", "Nei", "no", "off", "NO"]
        };
        let word = words[usize::from(choice) % words.len()];
        return Some(if json || choice.is_multiple_of(2) {
            format!("\"{word}\"")
        } else {
            word.to_owned()
        });
    }
    if ENUM_KEYS.contains(&key) && raw.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
        let mut cap = raw.to_owned();
        cap[..1].make_ascii_uppercase();
        return Some(pick(&[
            text(raw.to_uppercase()),
            text(cap),
            text(raw.replace('_', "-")),
        ]));
    }
    if key == "grade" && raw.bytes().all(|b| b.is_ascii_digit()) {
        return Some(pick(&[
            format!("\"{raw}%\""),
            format!("\"{raw} %\""),
            if json {
                format!("\"{raw}\"")
            } else {
                format!("{raw} %")
            },
        ]));
    }
    if key == "minutes" && raw.bytes().all(|b| b.is_ascii_digit()) {
        return Some(format!("\"{raw}\""));
    }
    None
}

/// Plants a mistake in each `key: value` line (YAML) or `"key": value`
/// line (JSON) whose choice says so; returns the text and how many.
fn plant(text: &str, choices: &[u8], json: bool) -> (String, usize) {
    let mut out = String::with_capacity(text.len() + 100);
    let mut planted = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let body = line.trim_end_matches('\n');
        let choice = choices[i % choices.len()];
        let parsed = if json {
            let (pre, rest) = body.split_at(body.len() - body.trim_start().len());
            rest.strip_prefix('"')
                .and_then(|r| r.split_once("\": "))
                .map(|(k, v)| {
                    let (v, comma) = match v.strip_suffix(',') {
                        Some(v) => (v, ","),
                        None => (v, ""),
                    };
                    (format!("{pre}\"{k}\": "), k.to_owned(), v.to_owned(), comma)
                })
        } else {
            body.split_once(": ").map(|(pre, v)| {
                let key = pre.trim_start().trim_start_matches("- ").to_owned();
                (format!("{pre}: "), key, v.to_owned(), "")
            })
        };
        let planted_line = match parsed {
            Some((pre, key, value, comma)) if !choice.is_multiple_of(3) => {
                mistake(&key, &value, choice / 3, json).map(|v| format!("{pre}{v}{comma}\n"))
            }
            _ => None,
        };
        match planted_line {
            Some(l) => {
                planted += 1;
                out.push_str(&l);
            }
            None => out.push_str(line),
        }
    }
    (out, planted)
}

fn value_of(text: &str, kind: SourceKind) -> serde_json::Value {
    Source::from_str("r", text)
        .with_kind(kind)
        .load(&Limits::default())
        .expect("parseable")
        .into_value()
}

fn check(
    clean: &str,
    choices: &[u8],
    json: bool,
    crlf: bool,
    bom: bool,
    opts: &LintOptions,
) -> Result<(), TestCaseError> {
    let kind = if json {
        SourceKind::Json
    } else {
        SourceKind::Yaml
    };
    let linter = common::linter();
    let (mut text, planted) = plant(clean, choices, json);
    if crlf {
        text = text.replace('\n', "\r\n");
    }
    if bom {
        text.insert(0, '\u{feff}');
    }
    let source = Source::from_str("r.yaml", &text).with_kind(kind);
    let before = linter.lint(&source, opts).findings;
    prop_assert!(planted == 0 || !before.is_empty(), "{}", text);
    prop_assert!(before.iter().all(|f| f.code == "DM002"), "{:?}", before);

    let fixed = linter.fix(&source, opts, FixLevel::Safe);
    let after = linter.lint(
        &Source::from_str("r.yaml", &fixed.text).with_kind(kind),
        opts,
    );
    prop_assert_eq!(&after.findings, &vec![], "{}", fixed.text);
    prop_assert_eq!(fixed.applied.len(), before.len());
    // The same values as before the mistakes.
    prop_assert_eq!(value_of(&fixed.text, kind), value_of(clean, kind));
    // Line ends and BOM kept; nothing but the mistakes touched.
    prop_assert_eq!(fixed.text.starts_with('\u{feff}'), bom);
    prop_assert_eq!(fixed.text.lines().count(), text.lines().count());
    if crlf {
        prop_assert!(!fixed.text.replace("\r\n", "").contains('\n'));
    }
    for (a, b) in text.lines().zip(fixed.text.lines()) {
        let key = |l: &str| l.split(':').next().unwrap_or_default().to_owned();
        prop_assert_eq!(key(a), key(b));
    }
    // Once and for all.
    let again = linter.fix(
        &Source::from_str("r.yaml", &fixed.text).with_kind(kind),
        opts,
        FixLevel::Safe,
    );
    prop_assert!(!again.changed(), "{:?}", again.applied);
    prop_assert_eq!(again.text, fixed.text);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// YAML from the generator, with mistakes planted.
    #[test]
    fn safe_fixes_mend_planted_mistakes_in_yaml(
        s in seed(),
        choices in prop::collection::vec(any::<u8>(), 1..64),
        crlf in any::<bool>(),
        bom in any::<bool>(),
    ) {
        let m = build(&s);
        let opts = LintOptions::new(as_of_for(&m));
        let clean = m.to_yaml();
        prop_assert_eq!(common::linter().lint_str(&clean, &opts), vec![]);
        check(&clean, &choices, false, crlf, bom, &opts)?;
    }

    /// JSON from the generator, with mistakes planted: it stays JSON.
    #[test]
    fn safe_fixes_mend_planted_mistakes_in_json(
        s in seed(),
        choices in prop::collection::vec(any::<u8>(), 1..64),
        crlf in any::<bool>(),
    ) {
        let m = build(&s);
        let opts = LintOptions::new(as_of_for(&m));
        let clean = m.to_json();
        check(&clean, &choices, true, crlf, false, &opts)?;
        let (text, _) = plant(&clean, &choices, true);
        let fixed = common::linter().fix(
            &Source::from_str("r.json", &text).with_kind(SourceKind::Json),
            &opts,
            FixLevel::Safe,
        );
        prop_assert!(serde_json::from_str::<serde_json::Value>(&fixed.text).is_ok(), "{}", fixed.text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Any YAML-shaped text: fixing never panics, never breaks a document
    /// that could be read, and a second round changes nothing.
    #[test]
    fn fixing_any_text_is_safe_and_idempotent(lines in prop::collection::vec(
        (0usize..3, prop::sample::select(vec![
            "format", "meeting", "date", "start", "end", "mode", "grade", "attended",
            "role", "participants", "atended", "minutes", "sick_leave", "-",
        ]), prop::sample::select(vec![
            "", "dialogmote1/v1", "9.00", "0900", "'9:00'", "16.11.2026", "08.09.26",
            "ja", "\"nei\"", "NAV", "Video", "50 %", "\"50%\"", "12345", "[NAV, lege]",
            "{date: 8.9.2026}", "&a 9.00", "*a", "# c", "\"x", "2026-02-30",
        ])),
        0..14,
    )) {
        let mut text = String::new();
        for (indent, key, value) in lines {
            text.push_str(&"  ".repeat(indent));
            if key == "-" {
                text.push_str(&format!("- {value}\n"));
            } else {
                text.push_str(&format!("{key}: {value}\n"));
            }
        }
        let opts = common::opts();
        let linter = common::linter();
        let source = Source::from_str("x.yaml", &text);
        let readable = source.load(&Limits::default()).is_some();
        for level in [FixLevel::Safe, FixLevel::Unsafe] {
            let fixed = linter.fix(&source, &opts, level);
            if readable {
                prop_assert!(
                    Source::from_str("x.yaml", &fixed.text).load(&Limits::default()).is_some(),
                    "{}\n=>\n{}", text, fixed.text
                );
            }
            let again = linter.fix(&Source::from_str("x.yaml", &fixed.text), &opts, level);
            prop_assert!(!again.changed(), "{}\n=>\n{}\n{:?}", text, fixed.text, again.applied);
        }
    }
}

/// The planting does plant: over a few generated meetings, every kind of
/// mistake appears and gives a DM002 finding, so the properties above are
/// about documents with something to fix.
#[test]
fn mistakes_are_planted_of_every_kind() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let mut titles = std::collections::BTreeSet::new();
    let mut findings = 0;
    for i in 0..6u8 {
        let m = build(&seed().new_tree(&mut runner).unwrap().current());
        let opts = LintOptions::new(as_of_for(&m));
        for json in [false, true] {
            let clean = if json { m.to_json() } else { m.to_yaml() };
            let choices: Vec<u8> = (0..61u8)
                .map(|c| c.wrapping_mul(7).wrapping_add(i))
                .collect();
            let (text, planted) = plant(&clean, &choices, json);
            assert!(planted > 5, "{text}");
            let kind = if json {
                SourceKind::Json
            } else {
                SourceKind::Yaml
            };
            let source = Source::from_str("r", &text).with_kind(kind);
            findings += common::linter().lint(&source, &opts).findings.len();
            for a in common::linter().fix(&source, &opts, FixLevel::Safe).applied {
                titles.insert(a.title.en.split('`').next().unwrap().trim().to_owned());
            }
        }
    }
    assert!(findings > 60, "{findings}");
    for kind in [
        "write",
        "write the date as",
        "write the time as",
        "write the number without",
        "write the number without quotes",
        "write the number without `%` and without quotes",
    ] {
        let kind = kind.split('`').next().unwrap().trim();
        assert!(titles.contains(kind), "{kind}: {titles:?}");
    }
}
