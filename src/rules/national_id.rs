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

/// The byte range of the first identity number in `text`, read as a reader
/// sees it: 11 decimal digits of any script (`１`, `١`, `𝟏` count as `1`),
/// with what a reader cannot see left out (zero-width and format
/// characters such as U+200B, U+2060 and the soft hyphen); not touching
/// other digits or a dot-separated group (`NNNN.NN.NNNNN` is a bank
/// account); optionally with, between the 6 and the 5, up to
/// [`MAX_SPACES`] spaces of any kind (no-break, narrow, thin), one dot or
/// one hyphen; with both check digits valid and a birth date from 1900 up
/// to `as_of`; and not right after a word that ends with one of
/// `not_after` (lowercase), such as `kontonr`.
pub(crate) fn find(text: &str, as_of: NaiveDate, not_after: &[String]) -> Option<(usize, usize)> {
    // The two visible characters before the current one.
    let (mut prev, mut before_prev) = (Kind::Other, Kind::Other);
    for (i, c) in text.char_indices() {
        let kind = kind(c);
        if kind == Kind::Invisible {
            continue;
        }
        if let Kind::Digit(_) = kind {
            let touches = matches!(prev, Kind::Digit(_))
                || (prev == Kind::Dot && matches!(before_prev, Kind::Digit(_)));
            if !touches
                && let Some((digits, len)) = candidate(&text[i..])
                && is_valid(&digits, as_of)
                && !after_word(&text[..i], not_after)
            {
                return Some((i, i + len));
            }
        }
        (before_prev, prev) = (prev, kind);
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

/// The most spaces read between the 6 and the 5 digits.
pub(crate) const MAX_SPACES: usize = 3;

/// What a character is to someone reading a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A decimal digit of any script, with its value.
    Digit(u32),
    /// A space of any width (Unicode Zs).
    Space,
    /// `.`
    Dot,
    /// `-`, or the hyphens U+2010 and U+2011.
    Hyphen,
    /// Nothing a reader sees: a format character (Unicode Cf: zero-width
    /// space and joiners, word joiner, soft hyphen, direction marks, BOM).
    Invisible,
    /// Anything else.
    Other,
}

fn kind(c: char) -> Kind {
    match c {
        '0'..='9' => Kind::Digit(c as u32 - '0' as u32),
        ' ' => Kind::Space,
        '.' => Kind::Dot,
        '-' | '\u{2010}' | '\u{2011}' => Kind::Hyphen,
        _ if c.is_ascii() => Kind::Other,
        _ => {
            if let Some(d) = digit_value(c) {
                Kind::Digit(d)
            } else if in_table(ZS, c) {
                Kind::Space
            } else if in_table(CF, c) {
                Kind::Invisible
            } else {
                Kind::Other
            }
        }
    }
}

/// The value of a decimal digit (Unicode Nd) of any script. The digits of
/// each script are ten code points in a row, `0` to `9` (a Unicode
/// stability guarantee), so a range of the table starts at a `0` and its
/// length is a multiple of ten.
pub(crate) fn digit_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let i = ND.partition_point(|&(_, end)| end < c);
    let &(start, end) = ND.get(i)?;
    (start <= c && c <= end).then(|| (c as u32 - start as u32) % 10)
}

fn in_table(table: &[(char, char)], c: char) -> bool {
    let i = table.partition_point(|&(_, end)| end < c);
    table.get(i).is_some_and(|&(start, _)| start <= c)
}

// The Unicode tables, checked against `regex-syntax`'s by the test
// `the_tables_are_unicode_s`.
#[rustfmt::skip]
const ND: &[(char, char)] = &[
    ('\u{30}', '\u{39}'), ('\u{660}', '\u{669}'), ('\u{6F0}', '\u{6F9}'), ('\u{7C0}', '\u{7C9}'), ('\u{966}', '\u{96F}'), ('\u{9E6}', '\u{9EF}'), ('\u{A66}', '\u{A6F}'), ('\u{AE6}', '\u{AEF}'), ('\u{B66}', '\u{B6F}'), ('\u{BE6}', '\u{BEF}'), ('\u{C66}', '\u{C6F}'), ('\u{CE6}', '\u{CEF}'), ('\u{D66}', '\u{D6F}'), ('\u{DE6}', '\u{DEF}'), ('\u{E50}', '\u{E59}'), ('\u{ED0}', '\u{ED9}'), ('\u{F20}', '\u{F29}'), ('\u{1040}', '\u{1049}'), ('\u{1090}', '\u{1099}'), ('\u{17E0}', '\u{17E9}'), ('\u{1810}', '\u{1819}'), ('\u{1946}', '\u{194F}'), ('\u{19D0}', '\u{19D9}'), ('\u{1A80}', '\u{1A89}'), ('\u{1A90}', '\u{1A99}'), ('\u{1B50}', '\u{1B59}'), ('\u{1BB0}', '\u{1BB9}'), ('\u{1C40}', '\u{1C49}'), ('\u{1C50}', '\u{1C59}'), ('\u{A620}', '\u{A629}'), ('\u{A8D0}', '\u{A8D9}'), ('\u{A900}', '\u{A909}'), ('\u{A9D0}', '\u{A9D9}'), ('\u{A9F0}', '\u{A9F9}'), ('\u{AA50}', '\u{AA59}'), ('\u{ABF0}', '\u{ABF9}'), ('\u{FF10}', '\u{FF19}'), ('\u{104A0}', '\u{104A9}'), ('\u{10D30}', '\u{10D39}'), ('\u{10D40}', '\u{10D49}'), ('\u{11066}', '\u{1106F}'), ('\u{110F0}', '\u{110F9}'), ('\u{11136}', '\u{1113F}'), ('\u{111D0}', '\u{111D9}'), ('\u{112F0}', '\u{112F9}'), ('\u{11450}', '\u{11459}'), ('\u{114D0}', '\u{114D9}'), ('\u{11650}', '\u{11659}'), ('\u{116C0}', '\u{116C9}'), ('\u{116D0}', '\u{116E3}'), ('\u{11730}', '\u{11739}'), ('\u{118E0}', '\u{118E9}'), ('\u{11950}', '\u{11959}'), ('\u{11BF0}', '\u{11BF9}'), ('\u{11C50}', '\u{11C59}'), ('\u{11D50}', '\u{11D59}'), ('\u{11DA0}', '\u{11DA9}'), ('\u{11F50}', '\u{11F59}'), ('\u{16130}', '\u{16139}'), ('\u{16A60}', '\u{16A69}'), ('\u{16AC0}', '\u{16AC9}'), ('\u{16B50}', '\u{16B59}'), ('\u{16D70}', '\u{16D79}'), ('\u{1CCF0}', '\u{1CCF9}'), ('\u{1D7CE}', '\u{1D7FF}'), ('\u{1E140}', '\u{1E149}'), ('\u{1E2F0}', '\u{1E2F9}'), ('\u{1E4F0}', '\u{1E4F9}'), ('\u{1E5F1}', '\u{1E5FA}'), ('\u{1E950}', '\u{1E959}'), ('\u{1FBF0}', '\u{1FBF9}'),
];
const CF: &[(char, char)] = &[
    ('\u{AD}', '\u{AD}'),
    ('\u{600}', '\u{605}'),
    ('\u{61C}', '\u{61C}'),
    ('\u{6DD}', '\u{6DD}'),
    ('\u{70F}', '\u{70F}'),
    ('\u{890}', '\u{891}'),
    ('\u{8E2}', '\u{8E2}'),
    ('\u{180E}', '\u{180E}'),
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{2064}'),
    ('\u{2066}', '\u{206F}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFF9}', '\u{FFFB}'),
    ('\u{110BD}', '\u{110BD}'),
    ('\u{110CD}', '\u{110CD}'),
    ('\u{13430}', '\u{1343F}'),
    ('\u{1BCA0}', '\u{1BCA3}'),
    ('\u{1D173}', '\u{1D17A}'),
    ('\u{E0001}', '\u{E0001}'),
    ('\u{E0020}', '\u{E007F}'),
];
const ZS: &[(char, char)] = &[
    ('\u{20}', '\u{20}'),
    ('\u{A0}', '\u{A0}'),
    ('\u{1680}', '\u{1680}'),
    ('\u{2000}', '\u{200A}'),
    ('\u{202F}', '\u{202F}'),
    ('\u{205F}', '\u{205F}'),
    ('\u{3000}', '\u{3000}'),
];

/// Reads, skipping what is invisible: 6 digits, an optional separator (up
/// to [`MAX_SPACES`] spaces, one dot or one hyphen), 5 digits; and requires
/// that no digit, nor a dot and a digit (after a hyphen: nor a hyphen and a
/// digit), follows. Returns the digits and
/// the length read in bytes, to the end of the last digit.
fn candidate(s: &str) -> Option<([u32; 11], usize)> {
    let mut it = s
        .char_indices()
        .map(|(j, c)| (j, c, kind(c)))
        .filter(|&(_, _, k)| k != Kind::Invisible)
        .peekable();
    let mut out = [0u32; 11];
    let mut len = 0;
    let mut hyphenated = false;
    for (n, slot) in out.iter_mut().enumerate() {
        if n == 6 {
            match it.peek().map(|&(_, _, k)| k) {
                Some(k @ (Kind::Dot | Kind::Hyphen)) => {
                    hyphenated = k == Kind::Hyphen;
                    it.next();
                }
                Some(Kind::Space) => {
                    for _ in 0..MAX_SPACES {
                        if it.next_if(|&(_, _, k)| k == Kind::Space).is_none() {
                            break;
                        }
                    }
                }
                _ => {}
            }
        }
        let (j, c, Kind::Digit(d)) = it.next()? else {
            return None;
        };
        *slot = d;
        len = j + c.len_utf8();
    }
    // A hyphenated number goes on after another hyphen too (`NNNNNN-NNNNN-N`).
    match it.next().map(|(_, _, k)| k) {
        Some(Kind::Digit(_)) => None,
        Some(Kind::Dot) if matches!(it.next(), Some((_, _, Kind::Digit(_)))) => None,
        Some(Kind::Hyphen) if hyphenated && matches!(it.next(), Some((_, _, Kind::Digit(_)))) => {
            None
        }
        _ => Some((out, len)),
    }
}

/// Whether both mod-11 check digits of `d` match (d10 and d11).
pub(crate) fn check_digits_match(d: &[u32; 11]) -> bool {
    check_digit(&d[..9], &W1) == Some(d[9]) && check_digit(&d[..10], &W2) == Some(d[10])
}

/// The year of birth from the two-digit year `yy` and the individual
/// number `individual` (d7d8d9): 000–499 the 1900s, 500–999 with a year
/// 00–39 the 2000s, 900–999 with a year 40–99 the 1900s; `None` for
/// anything else (the 1800s, and numbers never given).
pub(crate) fn birth_year(individual: u32, yy: u32) -> Option<i32> {
    let century = match (individual, yy) {
        (0..=499, _) => 1900,
        (500..=999, ..=39) => 2000,
        (900..=999, 40..) => 1900,
        _ => return None,
    };
    i32::try_from(century + yy).ok()
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
    if !check_digits_match(d) {
        return false;
    }
    let mut day = d[0] * 10 + d[1];
    if day > 40 {
        day -= 40;
    }
    let month = d[2] * 10 + d[3];
    let yy = d[4] * 10 + d[5];
    let individual = d[6] * 100 + d[7] * 10 + d[8];
    let Some(year) = birth_year(individual, yy) else {
        return false;
    };
    NaiveDate::from_ymd_opt(year, month, day).is_some_and(|born| born <= as_of)
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
            !contains_national_id(&format!("{}    {}", &n[..6], &n[6..])),
            "four spaces"
        );
        assert!(
            !contains_national_id(&format!("{}--{}", &n[..6], &n[6..])),
            "two hyphens"
        );
        assert!(
            !contains_national_id(&format!("{}-{}-1", &n[..6], &n[6..])),
            "a longer hyphenated number"
        );
        assert!(
            !contains_national_id(&format!("{}\u{200B}7", n)),
            "a digit after a zero-width space"
        );
        // A date part that does not exist: 30 February.
        assert!(
            (0..500)
                .filter_map(|i| make("300290", i))
                .all(|x| !contains_national_id(&x))
        );
    }

    /// The 18 spellings of issue 23, item 4: what a reader sees as the
    /// number `n`.
    pub(crate) fn spellings(n: &str) -> Vec<(&'static str, String)> {
        let (a, b) = n.split_at(6);
        let map = |zero: u32| -> String {
            n.chars()
                .map(|c| char::from_u32(zero + c.to_digit(10).unwrap()).unwrap())
                .collect()
        };
        let inside = |sep: char| -> String {
            let mut s: String = n[..3].to_owned();
            s.push(sep);
            s.push_str(&n[3..8]);
            s.push(sep);
            s.push_str(&n[8..]);
            s
        };
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
            ("full-width digits", map(0xFF10)),
            ("Arabic-Indic digits", map(0x660)),
            ("extended Arabic-Indic digits", map(0x6F0)),
            ("mathematical bold digits", map(0x1D7CE)),
            (
                "full-width digits, a no-break space and a soft hyphen",
                format!(
                    "{}\u{A0}{}",
                    map(0xFF10)[..18].to_owned(),
                    map(0xFF10)[18..].replacen('\u{FF10}', "\u{AD}\u{FF10}", 1)
                ),
            ),
        ]
    }

    #[test]
    fn finds_every_spelling_a_reader_sees_as_the_number() {
        for n in [
            first_valid("150585"),
            first_valid("010190"),
            first_valid("410190"),
        ] {
            let spellings = spellings(&n);
            assert_eq!(spellings.len(), 18);
            for (name, s) in spellings {
                let text = format!("Arbeidstaker ({s}) var til stede");
                let as_of = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
                let found = find(&text, as_of, &[]);
                assert_eq!(
                    found,
                    Some((text.find(&s).unwrap(), text.find(&s).unwrap() + s.len())),
                    "{name}: {s:?}"
                );
            }
        }
    }

    #[test]
    fn no_spelling_of_a_wrong_number_is_found() {
        let n = first_valid("150585");
        let mut wrong = n.clone().into_bytes();
        wrong[10] = if wrong[10] == b'9' {
            b'0'
        } else {
            wrong[10] + 1
        };
        let wrong = String::from_utf8(wrong).unwrap();
        for (name, s) in spellings(&wrong) {
            assert!(!contains_national_id(&s), "{name}: {s:?}");
        }
        for (name, s) in spellings(&n) {
            // Part of a longer number, in the same script.
            let more = format!("{s}{}", s.chars().last().unwrap());
            assert!(!contains_national_id(&more), "{name}: {more:?}");
        }
    }

    #[test]
    fn the_tables_are_unicode_s() {
        use regex_syntax::hir::{Class, HirKind};
        for (name, table) in [("Nd", ND), ("Zs", ZS), ("Cf", CF)] {
            let hir = regex_syntax::parse(&format!("\\p{{{name}}}")).unwrap();
            let HirKind::Class(Class::Unicode(class)) = hir.kind() else {
                panic!("{name}");
            };
            let want: Vec<(char, char)> = class
                .ranges()
                .iter()
                .map(|r| (r.start(), r.end()))
                .collect();
            let shown: Vec<String> = want
                .iter()
                .map(|(a, b)| format!("('\\u{{{:X}}}', '\\u{{{:X}}}'),", *a as u32, *b as u32))
                .collect();
            assert_eq!(table, want.as_slice(), "{name}: {}", shown.join(" "));
        }
        // Each script's digits start at a zero and come in tens.
        for &(a, b) in ND {
            assert_eq!((b as u32 - a as u32 + 1) % 10, 0);
            assert_eq!(digit_value(a), Some(0));
            assert_eq!(digit_value(b), Some(9));
        }
    }
}
