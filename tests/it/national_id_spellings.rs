//! DM801 reads a fødselsnummer as a reader sees it (issue 23, item 4):
//! each of 18 spellings (Unicode spaces, one hyphen, two spaces,
//! zero-width and format characters inside, digits of other scripts) is
//! found in a value, in a key and in a comment, and refused by `render`;
//! the same spellings of a number with a wrong check digit, and dates,
//! phone and organisation numbers, are not.

use crate::common;

use common::{FNR_W1 as W1, FNR_W2 as W2, check_digit, linter, opts};
use dialogmote::{Lang, RenderError, RenderFormat, RenderOptions, Source, render_referat_checked};

/// The first valid number for a date part (DDMMYY), with both check digits.
fn valid(ddmmyy: &str) -> String {
    (0..500)
        .find_map(|individual: u32| {
            let mut d: Vec<u32> = format!("{ddmmyy}{individual:03}")
                .bytes()
                .map(|c| u32::from(c - b'0'))
                .collect();
            d.push(check_digit(&d, &W1)?);
            d.push(check_digit(&d, &W2)?);
            Some(d.iter().map(|x| char::from(b'0' + *x as u8)).collect())
        })
        .unwrap()
}

/// `n` with its last check digit wrong.
fn wrong(n: &str) -> String {
    let last = n.as_bytes()[10] - b'0';
    format!("{}{}", &n[..10], (last + 1) % 10)
}

/// Eighteen ways to write `n` that a reader reads as `n`.
fn spellings(n: &str) -> Vec<(&'static str, String)> {
    let (a, b) = n.split_at(6);
    let script = |zero: u32| -> String {
        n.chars()
            .map(|c| char::from_u32(zero + c.to_digit(10).unwrap()).unwrap())
            .collect()
    };
    let inside = |sep: char| format!("{}{sep}{}{sep}{}", &n[..3], &n[3..8], &n[8..]);
    let wide = script(0xFF10);
    let (wa, wb) = wide.split_at(wide.char_indices().nth(6).unwrap().0);
    vec![
        ("plain", n.to_owned()),
        ("a space", format!("{a} {b}")),
        ("a dot", format!("{a}.{b}")),
        ("a no-break space", format!("{a}\u{A0}{b}")),
        ("a narrow no-break space", format!("{a}\u{202F}{b}")),
        ("a thin space", format!("{a}\u{2009}{b}")),
        ("a figure space", format!("{a}\u{2007}{b}")),
        ("a hyphen", format!("{a}-{b}")),
        ("a non-breaking hyphen", format!("{a}\u{2011}{b}")),
        ("two spaces", format!("{a}  {b}")),
        ("a zero-width space inside", inside('\u{200B}')),
        ("a soft hyphen inside", inside('\u{AD}')),
        ("a word joiner inside", inside('\u{2060}')),
        ("full-width digits", wide.clone()),
        ("Arabic-Indic digits", script(0x660)),
        ("extended Arabic-Indic digits", script(0x6F0)),
        ("mathematical bold digits", script(0x1D7CE)),
        (
            "full-width, a no-break space and a soft hyphen",
            format!("{wa}\u{A0}\u{AD}{wb}"),
        ),
    ]
}

fn numbers() -> Vec<String> {
    vec![valid("150585"), valid("010190"), valid("410190")]
}

fn base() -> String {
    std::fs::read_to_string(common::root().join("examples/complete.yaml")).unwrap()
}

/// The DM801 findings of `text` (pointer, line, column).
fn dm801(text: &str) -> Vec<(String, usize, usize)> {
    linter()
        .lint_str(text, &opts())
        .into_iter()
        .filter(|f| f.code == "DM801")
        .map(|f| {
            let l = f.location.unwrap();
            (f.pointer, l.line, l.column)
        })
        .collect()
}

/// `text` with the value of the first line starting with `at` replaced.
fn with_value(text: &str, at: &str, value: &str) -> String {
    let i = text.find(at).unwrap() + at.len();
    let end = i + text[i..].find('\n').unwrap();
    format!("{}\"{value}\"{}", &text[..i], &text[end..])
}

#[test]
fn every_spelling_is_found_in_a_value_a_key_and_a_comment() {
    let base = base();
    assert!(dm801(&base).is_empty());
    // The line of the doctor's status, 1-based.
    let lege = base[..base.find("\n  lege: ").unwrap()]
        .matches('\n')
        .count()
        + 2;
    for n in numbers() {
        for (name, s) in spellings(&n) {
            let value = with_value(&base, "  lege: ", &format!("Arbeidstaker ({s}) var med"));
            assert_eq!(
                dm801(&value),
                vec![("/status/lege".to_owned(), lege, 24)],
                "{name}: {s:?} in a value"
            );
            let key = base.replacen(
                "  lege: ",
                &format!("  lege: {{Kari {s}: ja}}\n  x_lege: "),
                1,
            );
            let found = dm801(&key);
            assert_eq!(found.len(), 1, "{name}: {s:?} in a key");
            assert_eq!(
                (found[0].1, found[0].2),
                (lege, 15),
                "{name}: {s:?} in a key"
            );
            let comment = base.replacen("format:", &format!("# Kari, {s}\nformat:"), 1);
            let found = dm801(&comment);
            let line = 1 + base[..base.find("format:").unwrap()].matches('\n').count();
            assert_eq!(
                found,
                vec![(String::new(), line, 9)],
                "{name}: {s:?} in a comment"
            );
        }
    }
}

#[test]
fn every_spelling_is_refused_by_render_also_as_a_draft() {
    let base = base();
    for n in numbers() {
        for (name, s) in spellings(&n) {
            let text = with_value(&base, "  lege: ", &format!("Fnr {s}"));
            let source = Source::from_str("referat.yaml", &text);
            for draft in [false, true] {
                let o = RenderOptions::new(RenderFormat::Html, Lang::Nb).with_draft(draft);
                match render_referat_checked(linter(), &source, &opts(), &o) {
                    Err(RenderError::Refused(r)) => {
                        assert!(r.privacy.iter().any(|f| f.code == "DM801"), "{name}")
                    }
                    other => panic!("{name}: {s:?} not refused: {:?}", other.map(|_| ())),
                }
            }
        }
    }
}

#[test]
fn near_misses_are_not_found() {
    let base = base();
    let mut texts: Vec<String> = Vec::new();
    for n in numbers() {
        // The same spellings with a wrong check digit.
        texts.extend(spellings(&wrong(&n)).into_iter().map(|(_, s)| s));
        // Longer numbers that hold the number.
        texts.push(format!("{}-{}-1", &n[..6], &n[6..]));
        texts.push(format!("{n}\u{200B}7"));
        texts.push(format!("\u{FF11}\u{200B}{}", n));
        texts.push(format!("{}    {}", &n[..6], &n[6..]));
    }
    texts.extend(
        [
            "Møtet 16.11.2026 kl. 09.00–09.40, oppfølging 2026-12-14",
            "Født 15.05.1985, ansatt siden 01.01.2010",
            "Ring +47 987 65 432 eller 98765432",
            "Org.nr. 987 654 321, org.nr 987654321",
            "Tlf. \u{FF19}\u{FF18}\u{FF17}\u{FF16}\u{FF15}\u{FF14}\u{FF13}\u{FF12}",
            "Kontonr. 1505.85.00027",
            "Saksnr 2026-001234-5",
        ]
        .map(str::to_owned),
    );
    for t in texts {
        let text = with_value(&base, "  lege: ", &t);
        assert!(dm801(&text).is_empty(), "{t:?}");
    }
}
