//! Dates and times as the format writes them: one parser for the model,
//! the rule evaluator and the schema's help texts.

use chrono::NaiveDate;

/// `YYYY-MM-DD` exactly, and a real day (`2026-02-30` is none).
pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    NaiveDate::from_ymd_opt(
        s[..4].parse().ok()?,
        s[5..7].parse().ok()?,
        s[8..].parse().ok()?,
    )
}

/// `HH:MM` (00:00–23:59) → minutes since midnight.
pub(crate) fn parse_time(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 5
        || b[2] != b':'
        || !b
            .iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
    {
        return None;
    }
    let h: i64 = s[..2].parse().ok()?;
    let m: i64 = s[3..].parse().ok()?;
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// `date` written `YYYY-MM-DD`, without chrono's `strftime` machinery (the
/// WebAssembly package is smaller without it). Years outside 0–9999 are not
/// dates a referat has; they are written with their sign and digits.
pub(crate) fn iso(date: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Month names, January first.
pub(crate) const MONTHS: [crate::texts::Label; 12] = {
    use crate::texts::Label;
    [
        Label::Month1,
        Label::Month2,
        Label::Month3,
        Label::Month4,
        Label::Month5,
        Label::Month6,
        Label::Month7,
        Label::Month8,
        Label::Month9,
        Label::Month10,
        Label::Month11,
        Label::Month12,
    ]
};

/// `date` as people write it: `17.02.2026` in bokmål and nynorsk,
/// `17 February 2026` in English.
pub(crate) fn for_people(date: NaiveDate, lang: crate::texts::Lang) -> String {
    use chrono::Datelike;
    match lang {
        crate::texts::Lang::En => {
            let month = MONTHS[date.month0() as usize].get(lang);
            format!("{} {month} {}", date.day(), date.year())
        }
        _ => format!("{:02}.{:02}.{:04}", date.day(), date.month(), date.year()),
    }
}

/// A Norwegian way of writing a date (`8.9.2026`, `08.09.2026`,
/// `08/09/2026`) as `YYYY-MM-DD`, when the day exists.
pub(crate) fn norwegian_to_iso(s: &str) -> Option<String> {
    let parts: Vec<&str> = s.trim().split(['.', '/']).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    let (d, m, y): (u32, u32, i32) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
    if !(1000..=9999).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d).map(iso)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_must_be_real_days() {
        assert_eq!(
            parse_date("2026-11-16"),
            NaiveDate::from_ymd_opt(2026, 11, 16)
        );
        assert!(parse_date("2028-02-29").is_some());
        assert!(parse_date("2026-02-29").is_none());
        assert!(parse_date("2026-02-30").is_none());
        assert!(parse_date("2026-13-01").is_none());
        assert!(parse_date("2026-1-16").is_none());
        assert!(parse_date("+2026-11-1").is_none());
        assert!(parse_date("2026-11-16T10:00").is_none());
        assert!(parse_date("16.11.2026").is_none());
        assert!(parse_date("").is_none());
    }

    #[test]
    fn times_are_hh_mm() {
        assert_eq!(parse_time("00:00"), Some(0));
        assert_eq!(parse_time("09:05"), Some(545));
        assert_eq!(parse_time("23:59"), Some(23 * 60 + 59));
        assert_eq!(parse_time("24:00"), None);
        assert_eq!(parse_time("12:60"), None);
        assert_eq!(parse_time("9:00"), None);
        assert_eq!(parse_time("09.00"), None);
        assert_eq!(parse_time("09:00:00"), None);
        assert_eq!(parse_time("ab:cd"), None);
    }

    #[test]
    fn norwegian_dates_convert_only_when_real() {
        assert_eq!(norwegian_to_iso("8.9.2026").as_deref(), Some("2026-09-08"));
        assert_eq!(
            norwegian_to_iso("08/09/2026").as_deref(),
            Some("2026-09-08")
        );
        assert_eq!(norwegian_to_iso("30.02.2026"), None);
        assert_eq!(norwegian_to_iso("8.9.26"), None);
        assert_eq!(norwegian_to_iso("2026-09-08"), None);
    }
}

/// A time of day as people write it, read as `HH:MM`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Clock {
    /// `09:00`.
    pub hhmm: String,
    /// Whether seconds were written (`13:00:00`), which the format leaves out.
    pub seconds: bool,
}

/// The time meant by `9`, `09`, `9.00`, `09.00`, `9:00`, `900`, `0900`,
/// `kl. 9`, `kl 09.30` or `13:00:00` (zero seconds), as `HH:MM`; `None`
/// when it is no time of day (`25:00`), its minutes are not two digits
/// (`9.5` has no one reading), or its seconds are not zero (dropping them
/// would change the time).
pub(crate) fn read_clock(s: &str) -> Option<Clock> {
    let mut s = s.trim();
    if let Some(rest) = s
        .get(..2)
        .filter(|p| p.eq_ignore_ascii_case("kl"))
        .map(|_| &s[2..])
    {
        s = rest.strip_prefix('.').unwrap_or(rest).trim_start();
    }
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = s.split(['.', ':']).collect();
    let (h, m, seconds) = match parts.as_slice() {
        [h] if digits(h) && h.len() <= 2 => (*h, "00", false),
        [hm] if digits(hm) && (3..=4).contains(&hm.len()) => {
            let (h, m) = hm.split_at(hm.len() - 2);
            (h, m, false)
        }
        [h, m] => (*h, *m, false),
        [h, m, "00"] if s.contains(':') => (*h, *m, true),
        _ => return None,
    };
    if !(1..=2).contains(&h.len()) || m.len() != 2 || !digits(h) || !digits(m) {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then(|| Clock {
        hhmm: format!("{h:02}:{m:02}"),
        seconds,
    })
}

#[cfg(test)]
mod clock_tests {
    use super::*;

    #[test]
    fn times_as_people_write_them() {
        let hhmm = |s: &str| read_clock(s).map(|c| c.hhmm);
        for (written, meant) in [
            ("9", "09:00"),
            ("09", "09:00"),
            ("9.00", "09:00"),
            ("09.00", "09:00"),
            ("9:00", "09:00"),
            ("900", "09:00"),
            ("0900", "09:00"),
            ("1330", "13:30"),
            ("kl. 9", "09:00"),
            ("Kl 09.30", "09:30"),
            ("kl.10", "10:00"),
            ("13:00:00", "13:00"),
        ] {
            assert_eq!(hhmm(written).as_deref(), Some(meant), "{written}");
        }
        for no in [
            "25:00", "9.5", "13:00:30", "99", "2400", "kl.", "ni", "9.00.00",
        ] {
            assert_eq!(hhmm(no), None, "{no}");
        }
        assert!(read_clock("13:00:00").unwrap().seconds);
        assert!(!read_clock("13:00").unwrap().seconds);
    }

    #[test]
    fn dates_as_people_write_them() {
        let d = NaiveDate::from_ymd_opt(2026, 2, 17).unwrap();
        assert_eq!(for_people(d, crate::texts::Lang::Nb), "17.02.2026");
        assert_eq!(for_people(d, crate::texts::Lang::Nn), "17.02.2026");
        assert_eq!(for_people(d, crate::texts::Lang::En), "17 February 2026");
    }
}
