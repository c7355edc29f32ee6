//! The employee's identity number (fødselsnummer or D-nummer), given to
//! the export and never stored in a document (`follow-up-plan.md` §5.6).
//!
//! [`EmployeeId`] holds a number that passed every check, and cannot be
//! printed by accident: its `Debug` is redacted, it has no `Display`, and
//! its digits leave it only through the body writer (`as_str`, private to
//! the crate). [`IdProblem`] says what is wrong in words that never hold
//! the number.

use std::fmt;

use chrono::NaiveDate;

use crate::base::dates;
use crate::rules::national_id::{birth_year, check_digits_match};
use crate::texts::{ExportText, Lang};

/// The most bytes an identity number's input may have (white space
/// around it included).
pub const MAX_ID_BYTES: usize = 64;

/// A Norwegian identity number (fødselsnummer or D-nummer) that passed
/// every check of `follow-up-plan.md` §5.6: 11 ASCII digits, both mod-11
/// check digits, a real date of birth not after the evaluation date, and
/// not a synthetic test number unless those were allowed.
///
/// It cannot be printed by accident: `Debug` shows `EmployeeId(<redacted>)`,
/// there is no `Display`, and the digits are written only into the request
/// body. [`EmployeeId::redact`] removes it from a text that may hold it (a
/// path the user typed).
#[derive(Clone, PartialEq, Eq)]
pub struct EmployeeId {
    digits: String,
    synthetic: bool,
}

impl fmt::Debug for EmployeeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EmployeeId(<redacted>)")
    }
}

/// What is wrong with an identity number. The words never hold the number
/// ([`IdProblem::message`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IdProblem {
    /// Nothing but white space.
    Empty,
    /// More than [`MAX_ID_BYTES`] bytes.
    TooLong,
    /// Not exactly 11 ASCII digits once the white space at both ends is
    /// removed (also: not UTF-8, or something between the digits).
    NotElevenDigits,
    /// A mod-11 check digit does not match: a typing mistake.
    CheckDigit,
    /// The date of birth it holds does not exist, or its individual number
    /// gives no century.
    NotARealDate,
    /// The date of birth it holds is later than the evaluation date.
    Future,
    /// A synthetic test number (the month plus 40 or 80), which no person
    /// has, and synthetic numbers were not allowed.
    Synthetic,
}

impl IdProblem {
    /// The catalogue's text for this problem.
    fn text(self) -> ExportText {
        match self {
            IdProblem::Empty => ExportText::IdEmpty,
            IdProblem::TooLong => ExportText::IdTooLong,
            IdProblem::NotElevenDigits => ExportText::IdNotElevenDigits,
            IdProblem::CheckDigit => ExportText::IdCheckDigit,
            IdProblem::NotARealDate => ExportText::IdNotADate,
            IdProblem::Future => ExportText::IdFuture,
            IdProblem::Synthetic => ExportText::IdSynthetic,
        }
    }

    /// What is wrong, in `lang` (`as_of` is the evaluation date the number
    /// was checked against, named when the date of birth is after it).
    pub fn message(self, lang: Lang, as_of: NaiveDate) -> String {
        let date = dates::for_people(as_of, lang);
        self.text().fill(lang, &[("date", &date)])
    }

    /// How to mend it, in `lang`, when there is advice.
    pub fn help(self, lang: Lang) -> Option<&'static str> {
        self.text().help(lang)
    }
}

impl fmt::Display for IdProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.text().text(Lang::En);
        f.write_str(&text.replace("{date}", "the evaluation date"))
    }
}

impl std::error::Error for IdProblem {}

impl EmployeeId {
    /// Reads an identity number from `input` (the bytes of a file, or what
    /// was typed): at most [`MAX_ID_BYTES`] bytes of UTF-8, white space at
    /// both ends ignored (a final line break too), then exactly 11 ASCII
    /// digits d1…d11 with both mod-11 check digits, and a real date of
    /// birth not after `as_of`: the day d1d2 (less 40 for a D-nummer, d1
    /// from 4 to 7), the month d3d4, the year d5d6 with the century from
    /// the individual number d7d8d9 as DM801 reads it. A synthetic test
    /// number (the month plus 40, NAV's test data, or plus 80,
    /// Skatteetaten's) is refused unless `allow_synthetic`; then the month
    /// is read less 40 or 80.
    pub fn parse(
        input: &[u8],
        as_of: NaiveDate,
        allow_synthetic: bool,
    ) -> Result<EmployeeId, IdProblem> {
        if input.len() > MAX_ID_BYTES {
            return Err(IdProblem::TooLong);
        }
        let text = std::str::from_utf8(input).map_err(|_| IdProblem::NotElevenDigits)?;
        let text = text.trim();
        if text.is_empty() {
            return Err(IdProblem::Empty);
        }
        if text.len() != 11 || !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(IdProblem::NotElevenDigits);
        }
        let mut d = [0u32; 11];
        for (slot, b) in d.iter_mut().zip(text.bytes()) {
            *slot = u32::from(b - b'0');
        }
        if !check_digits_match(&d) {
            return Err(IdProblem::CheckDigit);
        }
        let mut day = d[0] * 10 + d[1];
        if (4..=7).contains(&d[0]) {
            // A D-nummer.
            day -= 40;
        }
        let mut month = d[2] * 10 + d[3];
        let synthetic = matches!(month, 41..=52 | 81..=92);
        if synthetic {
            if !allow_synthetic {
                return Err(IdProblem::Synthetic);
            }
            month -= if month > 80 { 80 } else { 40 };
        }
        let yy = d[4] * 10 + d[5];
        let individual = d[6] * 100 + d[7] * 10 + d[8];
        let born = birth_year(individual, yy)
            .and_then(|year| NaiveDate::from_ymd_opt(year, month, day))
            .ok_or(IdProblem::NotARealDate)?;
        if born > as_of {
            return Err(IdProblem::Future);
        }
        Ok(EmployeeId {
            digits: text.to_owned(),
            synthetic,
        })
    }

    /// Whether it is a synthetic test number (accepted only when asked).
    pub fn is_synthetic(&self) -> bool {
        self.synthetic
    }

    /// `text` with every occurrence of the number replaced by eleven `•`:
    /// for a path or a message a person typed, which may hold it.
    pub fn redact(&self, text: &str) -> String {
        text.replace(&self.digits, "•••••••••••")
    }

    /// The 11 digits, for the request body only.
    pub(crate) fn as_str(&self) -> &str {
        &self.digits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn as_of() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
    }

    /// The check digits computed here, apart from the engine's: the tests'
    /// own oracle.
    fn with_check_digits(first9: &str) -> Option<String> {
        let mut d: Vec<u32> = first9.bytes().map(|b| u32::from(b - b'0')).collect();
        for weights in [
            &[3, 7, 6, 1, 8, 9, 4, 5, 2][..],
            &[5, 4, 3, 2, 7, 6, 5, 4, 3, 2][..],
        ] {
            let sum: u32 = d.iter().zip(weights).map(|(a, w)| a * w).sum();
            let k = match 11 - sum % 11 {
                11 => 0,
                10 => return None,
                k => k,
            };
            d.push(k);
        }
        Some(d.iter().map(|x| char::from(b'0' + *x as u8)).collect())
    }

    /// The first valid number for a date part DDMMYY and individual numbers
    /// from `from`.
    fn number(ddmmyy: &str, from: u32) -> String {
        (from..from + 100)
            .find_map(|i| with_check_digits(&format!("{ddmmyy}{i:03}")))
            .unwrap()
    }

    fn parse(s: &str) -> Result<EmployeeId, IdProblem> {
        EmployeeId::parse(s.as_bytes(), as_of(), false)
    }

    #[test]
    fn a_fodselsnummer_and_a_d_nummer_are_read() {
        let n = number("150585", 100);
        let id = parse(&n).unwrap();
        assert_eq!(id.as_str(), n);
        assert!(!id.is_synthetic());
        // White space at both ends, a final line break and CRLF too.
        assert_eq!(parse(&format!("  {n}\r\n")).unwrap().as_str(), n);
        assert_eq!(parse(&format!("\t{n}\n")).unwrap(), id);
        // A D-nummer: the day plus 40.
        let d = number("550585", 100);
        assert_eq!(parse(&d).unwrap().as_str(), d);
        // Born in the 2000s (individual number 500–999, year 00–39).
        assert!(parse(&number("010120", 500)).is_ok());
        // Born in the 1900s with an individual number 900–999, year 40–99.
        assert!(parse(&number("010160", 900)).is_ok());
    }

    #[test]
    fn synthetic_numbers_are_refused_unless_allowed() {
        // NAV's test number of the shared example: month 90 = October + 80.
        let nav = "05908399546";
        assert_eq!(parse(nav), Err(IdProblem::Synthetic));
        let id = EmployeeId::parse(nav.as_bytes(), as_of(), true).unwrap();
        assert!(id.is_synthetic());
        // Month plus 40 (NAV's test data).
        let plus40 = number("055083", 100);
        assert_eq!(parse(&plus40), Err(IdProblem::Synthetic));
        assert!(EmployeeId::parse(plus40.as_bytes(), as_of(), true).is_ok());
        // A month that is neither real nor synthetic: 13–40, 53–80, 93–99.
        for mm in ["13", "40", "53", "80", "93"] {
            let n = number(&format!("05{mm}83"), 100);
            assert_eq!(
                EmployeeId::parse(n.as_bytes(), as_of(), true),
                Err(IdProblem::NotARealDate),
                "{mm}"
            );
        }
    }

    #[test]
    fn wrong_check_digits_are_refused() {
        let n = number("150585", 100);
        for at in [9, 10] {
            let mut wrong = n.clone().into_bytes();
            wrong[at] = if wrong[at] == b'9' {
                b'0'
            } else {
                wrong[at] + 1
            };
            let wrong = String::from_utf8(wrong).unwrap();
            assert_eq!(parse(&wrong), Err(IdProblem::CheckDigit), "digit {at}");
        }
    }

    #[test]
    fn dates_that_do_not_exist_or_are_to_come_are_refused() {
        // 30 February, and the 32nd.
        assert_eq!(parse(&number("300290", 100)), Err(IdProblem::NotARealDate));
        assert_eq!(parse(&number("320190", 100)), Err(IdProblem::NotARealDate));
        // 29 February only in a leap year.
        assert!(parse(&number("290288", 100)).is_ok());
        assert_eq!(parse(&number("290289", 100)), Err(IdProblem::NotARealDate));
        // A bad century: individual number 500–749 with a year 54–99 (the
        // 1800s), and 750–899 with a year 40–99 (never given).
        assert_eq!(parse(&number("010160", 500)), Err(IdProblem::NotARealDate));
        assert_eq!(parse(&number("010160", 800)), Err(IdProblem::NotARealDate));
        // A date after the evaluation date (2026-11-20), in the 2000s.
        assert_eq!(parse(&number("211126", 500)), Err(IdProblem::Future));
        assert!(parse(&number("201126", 500)).is_ok());
    }

    #[test]
    fn not_eleven_digits() {
        let n = number("150585", 100);
        for bad in [
            &n[..10],
            &format!("{n}0"),
            &format!("{} {}", &n[..6], &n[6..]),
            &format!("{}-{}", &n[..6], &n[6..]),
            &n.replace('5', "５"),
            "abcdefghijk",
            "-1234567890",
        ] {
            assert_eq!(parse(bad), Err(IdProblem::NotElevenDigits), "{bad:?}");
        }
        assert_eq!(
            EmployeeId::parse(&[0xff; 11], as_of(), false),
            Err(IdProblem::NotElevenDigits)
        );
        assert_eq!(parse(""), Err(IdProblem::Empty));
        assert_eq!(parse(" \n"), Err(IdProblem::Empty));
        let long = format!("{n}{}", " ".repeat(MAX_ID_BYTES - 10));
        assert_eq!(parse(&long), Err(IdProblem::TooLong));
        let just = format!("{n}{}", " ".repeat(MAX_ID_BYTES - 11));
        assert!(parse(&just).is_ok());
    }

    #[test]
    fn the_number_is_never_in_debug_or_in_a_message() {
        let n = number("150585", 100);
        let id = parse(&n).unwrap();
        assert!(!format!("{id:?}").contains(&n));
        assert!(!format!("{:?}", Ok::<_, IdProblem>(id.clone())).contains(&n));
        assert_eq!(id.redact(&format!("ut/{n}.json")), "ut/•••••••••••.json");
        for problem in [
            IdProblem::Empty,
            IdProblem::TooLong,
            IdProblem::NotElevenDigits,
            IdProblem::CheckDigit,
            IdProblem::NotARealDate,
            IdProblem::Future,
            IdProblem::Synthetic,
        ] {
            for lang in Lang::ALL {
                let m = problem.message(lang, as_of());
                assert!(!m.contains(&n) && !m.is_empty() && !m.contains('{'), "{m}");
            }
            assert!(!problem.to_string().contains('{'));
        }
    }
}
