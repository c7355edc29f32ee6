//! Detector for Norwegian national identity numbers (fødselsnummer and
//! D-nummer): 11 digits, a real birth date, and both mod-11 check digits.

use chrono::NaiveDate;

/// The digits of a number: a text with fewer has none.
pub(crate) const DIGITS: u32 = 11;

const W1: [u32; 9] = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/// Whether `text` contains an identity number (see [`find`]).
#[cfg(test)]
pub(crate) fn contains_national_id(text: &str) -> bool {
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 20).expect("a real date");
    find(text, as_of, &[]).is_some()
}

/// Words that, right before a number, are read as "number": after a word of
/// `not_after`, `kontonr. 1234…` and `account no. 1234…` are the same.
const NUMBER_WORDS: &[&str] = &["nr", "no", "nummer", "number", "num"];

/// The byte range of the first identity number in `text`: 11 digits not
/// touching other digits or a dot-separated group (`NNNN.NN.NNNNN` is a
/// bank account), optionally with one space or dot between the 6 and the
/// 5, with both check digits valid and a birth date from 1900 up to
/// `as_of`; and not right after a word that ends with one of `not_after`
/// (lowercase), such as `kontonr`.
pub(crate) fn find(text: &str, as_of: NaiveDate, not_after: &[String]) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // Straight to the next digit: most text has none.
        match b[i..].iter().position(u8::is_ascii_digit) {
            Some(k) => i += k,
            None => break,
        }
        let touches = i > 0
            && (b[i - 1].is_ascii_digit()
                || (b[i - 1] == b'.' && i > 1 && b[i - 2].is_ascii_digit()));
        if !b[i].is_ascii_digit() || touches {
            i += 1;
            continue;
        }
        if let Some((digits, len)) = candidate(&b[i..])
            && is_valid(&digits, as_of)
            && !after_word(&text[..i], not_after)
        {
            return Some((i, i + len));
        }
        i += 1;
    }
    None
}

/// Whether the text before a number ends with a word of `words` (by its
/// ending, without regard to case), possibly followed by `nr`, `no`… and
/// by spaces and `: . # -`.
fn after_word(before: &str, words: &[String]) -> bool {
    if words.is_empty() {
        return false;
    }
    let mut rest = before;
    for _ in 0..2 {
        let trimmed = rest.trim_end_matches(|c: char| c.is_whitespace() || ":.#-".contains(c));
        let start = trimmed
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(0, |(k, c)| k + c.len_utf8());
        let word = trimmed[start..].to_lowercase();
        if word.is_empty() {
            return false;
        }
        if words.iter().any(|w| word.ends_with(w.as_str())) {
            return true;
        }
        if !NUMBER_WORDS.contains(&word.as_str()) {
            return false;
        }
        rest = &trimmed[..start];
    }
    false
}

/// Reads 6 digits, an optional single space or dot, 5 digits, and requires
/// that no digit, nor a dot and a digit, follows; returns the digits and
/// the length read.
fn candidate(b: &[u8]) -> Option<([u32; 11], usize)> {
    let mut out = [0u32; 11];
    let mut j = 0;
    for (n, slot) in out.iter_mut().enumerate() {
        if n == 6
            && matches!(b.get(j), Some(b' ' | b'.'))
            && b.get(j + 1).is_some_and(u8::is_ascii_digit)
        {
            j += 1;
        }
        let c = *b.get(j)?;
        if !c.is_ascii_digit() {
            return None;
        }
        *slot = u32::from(c - b'0');
        j += 1;
    }
    let next_digit = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    if next_digit(j) || (b.get(j) == Some(&b'.') && next_digit(j + 1)) {
        return None;
    }
    Some((out, j))
}

fn check_digit(digits: &[u32], weights: &[u32]) -> Option<u32> {
    let sum: u32 = digits.iter().zip(weights).map(|(d, w)| d * w).sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        k => Some(k),
    }
}

/// Both check digits and a real birth date from 1900 up to `as_of`
/// (D-numbers add 40 to the day).
pub(crate) fn is_valid(d: &[u32; 11], as_of: NaiveDate) -> bool {
    let Some(k1) = check_digit(&d[..9], &W1) else {
        return false;
    };
    if k1 != d[9] {
        return false;
    }
    let Some(k2) = check_digit(&d[..10], &W2) else {
        return false;
    };
    if k2 != d[10] {
        return false;
    }
    let mut day = d[0] * 10 + d[1];
    if day > 40 {
        day -= 40;
    }
    let month = d[2] * 10 + d[3];
    let yy = d[4] * 10 + d[5];
    let individual = d[6] * 100 + d[7] * 10 + d[8];
    let century = match (individual, yy) {
        (0..=499, _) => 1900,
        (500..=749, 54..) => 1800,
        (500..=999, ..=39) => 2000,
        (900..=999, 40..) => 1900,
        _ => return false,
    };
    NaiveDate::from_ymd_opt((century + yy) as i32, month, day)
        .is_some_and(|born| century >= 1900 && born <= as_of)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Builds a valid number from a date part (DDMMYY) and an individual number.
    pub(crate) fn make(ddmmyy: &str, individual: u32) -> Option<String> {
        let mut d: Vec<u32> = format!("{ddmmyy}{individual:03}")
            .bytes()
            .map(|c| u32::from(c - b'0'))
            .collect();
        let k1 = check_digit(&d, &W1)?;
        d.push(k1);
        let k2 = check_digit(&d, &W2)?;
        d.push(k2);
        Some(d.iter().map(|x| char::from(b'0' + *x as u8)).collect())
    }

    fn first_valid(ddmmyy: &str) -> String {
        (0..500).find_map(|i| make(ddmmyy, i)).unwrap()
    }

    #[test]
    fn finds_valid_numbers_with_and_without_separator() {
        let n = first_valid("010190");
        assert!(contains_national_id(&format!("fnr {n} ble nevnt")));
        assert!(contains_national_id(&format!("{} {}", &n[..6], &n[6..])));
        assert!(contains_national_id(&format!("{}.{}", &n[..6], &n[6..])));
        let d = first_valid("410190");
        assert!(contains_national_id(&d), "D-number");
    }

    #[test]
    fn rejects_near_misses() {
        let n = first_valid("010190");
        let mut wrong = n.clone().into_bytes();
        wrong[10] = if wrong[10] == b'9' {
            b'0'
        } else {
            wrong[10] + 1
        };
        assert!(
            !contains_national_id(std::str::from_utf8(&wrong).unwrap()),
            "bad check digit"
        );
        assert!(
            !contains_national_id(&format!("9{n}")),
            "part of a longer number"
        );
        assert!(
            !contains_national_id(&format!("{n}7")),
            "part of a longer number"
        );
        assert!(!contains_national_id("tlf 98765432, org.nr 123456789"));
        assert!(
            !contains_national_id(&format!("{}  {}", &n[..6], &n[6..])),
            "two spaces"
        );
        // A date part that does not exist: 30 February.
        assert!(
            (0..500)
                .filter_map(|i| make("300290", i))
                .all(|x| !contains_national_id(&x))
        );
    }
}
