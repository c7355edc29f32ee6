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

/// A Norwegian way of writing a date (`8.9.2026`, `08.09.2026`,
/// `08/09/2026`) as `YYYY-MM-DD`, when the day exists.
/// `date` written `YYYY-MM-DD`, without chrono's `strftime` machinery (the
/// WebAssembly package is smaller without it). Years outside 0–9999 are not
/// dates a referat has; they are written with their sign and digits.
pub(crate) fn iso(date: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

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
