//! Precision and recall of the privacy rules, measured and printed
//! (`cargo test --test it privacy_precision -- --nocapture`), with thresholds
//! asserted. The figures are recorded in `docs/reliability.md`, section
//! "Privacy precision and recall".
//!
//! - DM801 on 10,000 generated valid bank account numbers, bare, dotted
//!   (`NNNN.NN.NNNNN`) and after a konto word: how many are flagged.
//! - DM801 on 10,000 generated valid fødselsnumre and D-numbers, in free
//!   text and in comments: how many are found, at the right line and column.
//! - DM802 on hand-made lists in `tests/data/`: strings that are not
//!   diagnoses (rooms, versions, articles, roads) and real diagnosis
//!   phrasings in bokmål, nynorsk and English.

use crate::common;

use chrono::{Datelike, NaiveDate};
use common::{FNR_W1 as W1, FNR_W2 as W2, check_digit, linter, opts};
use dialogmote::Finding;

/// A small deterministic generator (xorshift64*), so the figures are the
/// same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn digits(s: &str) -> Vec<u32> {
    s.bytes().map(|b| u32::from(b - b'0')).collect()
}

/// A valid Norwegian bank account number: 10 digits and a mod-11 check digit.
fn account(rng: &mut Rng) -> String {
    loop {
        let body = format!("{:010}", rng.below(10_000_000_000));
        if let Some(k) = check_digit(&digits(&body), &W2) {
            return format!("{body}{k}");
        }
    }
}

/// A valid fødselsnummer (or D-number, day + 40) born from 1900 up to
/// 2026-11-20, with the individual number of its century.
fn national_id(rng: &mut Rng) -> String {
    let first = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
    let span = (common::date("2026-11-20") - first).num_days() as u64;
    loop {
        let born = first + chrono::Days::new(rng.below(span + 1));
        let year = born.year();
        let individual = match year {
            1900..=1999 => rng.below(500),
            _ => 500 + rng.below(500),
        };
        let day = born.day() + if rng.below(4) == 0 { 40 } else { 0 };
        let body = format!(
            "{day:02}{:02}{:02}{individual:03}",
            born.month(),
            year % 100
        );
        let mut d = digits(&body);
        let Some(k1) = check_digit(&d, &W1) else {
            continue;
        };
        d.push(k1);
        let Some(k2) = check_digit(&d, &W2) else {
            continue;
        };
        return format!("{body}{k1}{k2}");
    }
}

/// A document holding each text as the `function` of a participant, and
/// each comment on its own line. Returns the text and the line of each.
fn document(texts: &[String], comments: &[String]) -> (String, Vec<usize>) {
    let mut doc =
        String::from("format: dialogmote1/v1\nmeeting: {date: 2026-11-16}\nparticipants:\n");
    let mut lines = Vec::new();
    let mut line = 4;
    for t in texts {
        doc.push_str(&format!("  - function: \"{t}\"\n"));
        lines.push(line);
        line += 1;
    }
    for c in comments {
        doc.push_str(&format!("# {c}\n"));
        lines.push(line);
        line += 1;
    }
    (doc, lines)
}

fn dm(findings: &[Finding], code: &str) -> Vec<Finding> {
    findings
        .iter()
        .filter(|f| f.code == code)
        .cloned()
        .collect()
}

/// Lints the texts in batches; returns how many gave a finding of `code`.
fn flagged(texts: &[String], code: &str) -> usize {
    texts
        .chunks(200)
        .map(|chunk| {
            let (doc, _) = document(chunk, &[]);
            dm(&linter().lint_str(&doc, &opts()), code).len()
        })
        .sum()
}

fn pct(n: usize, of: usize) -> f64 {
    100.0 * n as f64 / of as f64
}

#[test]
fn dm801_leaves_bank_account_numbers_alone() {
    let mut rng = Rng(0x5EED_0001);
    let accounts: Vec<String> = (0..10_000).map(|_| account(&mut rng)).collect();
    let dotted: Vec<String> = accounts
        .iter()
        .map(|a| format!("Lønn til {}.{}.{}", &a[..4], &a[4..6], &a[6..]))
        .collect();
    let words = [
        "konto",
        "kontonr.",
        "Kontonummer:",
        "account",
        "konto nr.",
        "bankkonto",
    ];
    let after_word: Vec<String> = accounts
        .iter()
        .enumerate()
        .map(|(i, a)| format!("Utbetales til {} {a}", words[i % words.len()]))
        .collect();
    let bare: Vec<String> = accounts.iter().map(|a| format!("Nummer {a}")).collect();
    let (d, w, b) = (
        flagged(&dotted, "DM801"),
        flagged(&after_word, "DM801"),
        flagged(&bare, "DM801"),
    );
    println!(
        "DM801 on 10000 valid bank account numbers: dotted {d} flagged ({:.2} %), after a konto word {w} ({:.2} %), bare {b} ({:.2} %)",
        pct(d, 10_000),
        pct(w, 10_000),
        pct(b, 10_000)
    );
    assert_eq!(d, 0, "a dotted account number is never an identity number");
    assert_eq!(w, 0, "a number after a konto word is an account number");
    // A bare account number passes the second check digit always; the first
    // check digit and a real birth date let a few percent through. The
    // catalogue accepts that: without a konto word or the dots, such a
    // number cannot be told from a fødselsnummer.
    assert!(pct(b, 10_000) < 5.0, "bare: {b} flagged");
}

#[test]
fn dm801_finds_every_identity_number_in_text_and_comments() {
    let mut rng = Rng(0x5EED_0002);
    let ids: Vec<String> = (0..10_000).map(|_| national_id(&mut rng)).collect();
    let forms = |i: usize, n: &str| match i % 3 {
        0 => format!("Kari (fnr {n}) deltok"),
        1 => format!("fødselsnummer {} {}", &n[..6], &n[6..]),
        _ => format!("gjelder {}.{}", &n[..6], &n[6..]),
    };
    let texts: Vec<String> = ids.iter().enumerate().map(|(i, n)| forms(i, n)).collect();
    let (mut in_text, mut in_comments, mut placed) = (0, 0, 0);
    for (k, chunk) in texts.chunks(200).enumerate() {
        let half = chunk.len() / 2;
        let (doc, lines) = document(&chunk[..half], &chunk[half..]);
        let found = dm(&linter().lint_str(&doc, &opts()), "DM801");
        for (j, line) in lines.iter().enumerate() {
            let hit = found
                .iter()
                .find(|f| f.location.is_some_and(|l| l.line == *line));
            let Some(f) = hit else {
                continue;
            };
            if j < half {
                in_text += 1;
            } else {
                in_comments += 1;
            }
            // The finding points at the number: the digits start there.
            let text = doc.lines().nth(line - 1).unwrap();
            let col = f.location.unwrap().column;
            let at: String = text.chars().skip(col - 1).take(6).collect();
            if at
                == chunk[j]
                    .chars()
                    .filter(char::is_ascii_digit)
                    .take(6)
                    .collect::<String>()
                || at.starts_with(&ids[k * 200 + j][..6])
            {
                placed += 1;
            }
        }
    }
    let total = in_text + in_comments;
    println!(
        "DM801 on 10000 valid fødselsnumre and D-numbers: found {in_text} of 5000 in text, {in_comments} of 5000 in comments (recall {:.2} %), {placed} at the number's own column",
        pct(total, 10_000)
    );
    assert_eq!(total, 10_000, "recall must be complete");
    assert_eq!(placed, 10_000, "every finding points at the number");
}

fn lines_of(file: &str) -> Vec<String> {
    std::fs::read_to_string(common::root().join("tests/data").join(file))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn dm802_precision_on_rooms_versions_articles_and_roads() {
    let texts = lines_of("dm802-not-diagnoses.txt");
    let mut wrong = Vec::new();
    for t in &texts {
        let (doc, _) = document(std::slice::from_ref(t), &[]);
        if !dm(&linter().lint_str(&doc, &opts()), "DM802").is_empty() {
            wrong.push(t.clone());
        }
    }
    println!(
        "DM802 on {} room, version, article and road strings: {} flagged ({:.1} %) {wrong:?}",
        texts.len(),
        wrong.len(),
        pct(wrong.len(), texts.len())
    );
    assert!(texts.len() >= 40);
    assert!(wrong.is_empty(), "false alarms: {wrong:?}");
}

#[test]
fn dm802_recall_on_real_diagnosis_phrasings() {
    let entries = lines_of("dm802-diagnoses.txt");
    let mut per_lang: Vec<(&str, usize, usize)> = vec![("nb", 0, 0), ("nn", 0, 0), ("en", 0, 0)];
    let mut missed = Vec::new();
    for e in &entries {
        let (lang, text) = e.split_once(": ").expect("`lang: text`");
        let (doc, _) = document(&[text.to_owned()], &[]);
        let hit = !dm(&linter().lint_str(&doc, &opts()), "DM802").is_empty();
        let slot = per_lang
            .iter_mut()
            .find(|(l, _, _)| *l == lang)
            .expect("nb, nn or en");
        slot.2 += 1;
        if hit {
            slot.1 += 1;
        } else {
            missed.push(e.clone());
        }
    }
    let found: usize = per_lang.iter().map(|p| p.1).sum();
    for (l, f, n) in &per_lang {
        println!("DM802 recall, {l}: {f} of {n} ({:.1} %)", pct(*f, *n));
    }
    println!(
        "DM802 recall on {} real diagnosis phrasings: {found} ({:.1} %); missed {missed:?}",
        entries.len(),
        pct(found, entries.len())
    );
    assert!(entries.len() >= 40);
    assert!(pct(found, entries.len()) >= 90.0, "missed: {missed:?}");
}
