//! `days`, `minutes`, `add_days` and `add_years`: dates and times of day.

use chrono::Days;
use serde_json::Value;

use super::{Compile, Expr, Expression, Field, Function, expr};
use crate::rules::compile::{CResult, Scope, child};
use crate::rules::eval::{Eval, Val, combine, to_date, to_num, to_time};

/// `{days: {from: E, to: E}}`.
pub(super) const DAYS: Function = Function {
    name: "days",
    form: "{days: {from: E, to: E}}",
    fields: &[Field::required("from"), Field::required("to")],
    doc: "whole days from one date to the other (`to − from`)",
    compile: Compile::Expression(|f, arg, scope, at| {
        let (a, b) = pair(f, arg, scope, at, "from", "to")?;
        Ok(Box::new(DaysBetween(a, b)))
    }),
};

/// `{minutes: {from: E, to: E}}`.
pub(super) const MINUTES: Function = Function {
    name: "minutes",
    form: "{minutes: {from: E, to: E}}",
    fields: &[Field::required("from"), Field::required("to")],
    doc: "minutes from one `HH:MM` time to the other",
    compile: Compile::Expression(|f, arg, scope, at| {
        let (a, b) = pair(f, arg, scope, at, "from", "to")?;
        Ok(Box::new(MinutesBetween(a, b)))
    }),
};

/// `{add_days: {date: E, days: E}}`.
pub(super) const ADD_DAYS: Function = Function {
    name: "add_days",
    form: "{add_days: {date: E, days: E}}",
    fields: &[Field::required("date"), Field::required("days")],
    doc: "a date plus (or minus) a number of days",
    compile: Compile::Expression(|f, arg, scope, at| {
        let (a, b) = pair(f, arg, scope, at, "date", "days")?;
        Ok(Box::new(AddDays(a, b)))
    }),
};

/// `{add_years: {date: E, years: E}}`.
pub(super) const ADD_YEARS: Function = Function {
    name: "add_years",
    form: "{add_years: {date: E, years: E}}",
    fields: &[Field::required("date"), Field::required("years")],
    doc: "a date plus (or minus) a whole number of years; 29 February plus a year is 28 February",
    compile: Compile::Expression(|f, arg, scope, at| {
        let (a, b) = pair(f, arg, scope, at, "date", "years")?;
        Ok(Box::new(AddYears(a, b)))
    }),
};

/// The two expressions under the fields `a` and `b` of the mapping.
fn pair(
    f: &Function,
    arg: &Value,
    scope: &mut Scope<'_>,
    at: &str,
    a: &str,
    b: &str,
) -> CResult<(Expr, Expr)> {
    let m = f.mapping(arg, at)?;
    Ok((
        expr(&m[a], scope, &child(at, a))?,
        expr(&m[b], scope, &child(at, b))?,
    ))
}

/// `days`.
#[derive(Debug)]
struct DaysBetween(Expr, Expr);

impl Expression for DaysBetween {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Val<'a> {
        let (a, b) = (ev.expr(&self.0), ev.expr(&self.1));
        combine(to_date(&a), to_date(&b), |a, b| {
            Some(Val::Num((b - a).num_days() as f64))
        })
    }
}

/// `minutes`.
#[derive(Debug)]
struct MinutesBetween(Expr, Expr);

impl Expression for MinutesBetween {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Val<'a> {
        let (a, b) = (ev.expr(&self.0), ev.expr(&self.1));
        combine(to_time(&a), to_time(&b), |a, b| {
            Some(Val::Num((b - a) as f64))
        })
    }
}

/// `add_days`.
#[derive(Debug)]
struct AddDays(Expr, Expr);

impl Expression for AddDays {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Val<'a> {
        let (d, n) = (ev.expr(&self.0), ev.expr(&self.1));
        combine(to_date(&d), to_num(&n), |d, n| {
            let n = n as i64;
            let r = if n >= 0 {
                d.checked_add_days(Days::new(n as u64))
            } else {
                d.checked_sub_days(Days::new(n.unsigned_abs()))
            };
            r.map(Val::Date)
        })
    }
}

/// `add_years`.
#[derive(Debug)]
struct AddYears(Expr, Expr);

impl Expression for AddYears {
    fn eval<'a>(&'a self, ev: &mut Eval<'a, '_>) -> Val<'a> {
        let (d, n) = (ev.expr(&self.0), ev.expr(&self.1));
        combine(to_date(&d), to_num(&n), |d, n| {
            if n.fract() != 0.0 || n.abs() > 10_000.0 {
                return None;
            }
            let months = (n as i32).checked_mul(12)?;
            // chrono's month arithmetic keeps the day, or takes the last
            // day of a shorter month: 29 February + 1 year is 28 February.
            let r = if months >= 0 {
                d.checked_add_months(chrono::Months::new(months as u32))
            } else {
                d.checked_sub_months(chrono::Months::new(months.unsigned_abs()))
            };
            r.map(Val::Date)
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::functions::tests::value;

    #[test]
    fn dates_and_times() {
        let doc = "d: 2026-11-16\nstart: \"09:00\"\nend: \"10:30\"\nbad: 16.11.2026\n";
        for (expr, want) in [
            ("{days: {from: /d, to: {var: as_of}}}", "Num(4.0)"),
            ("{days: {from: /d, to: /missing}}", "Absent"),
            ("{days: {from: /bad, to: /d}}", "Unknown"),
            ("{minutes: {from: /start, to: /end}}", "Num(90.0)"),
            ("{add_days: {date: /d, days: -16}}", "Date(2026-10-31)"),
            ("{add_years: {date: /d, years: 1}}", "Date(2027-11-16)"),
            (
                "{add_years: {date: 2028-02-29, years: 1}}",
                "Date(2029-02-28)",
            ),
            (
                "{add_years: {date: 2028-02-29, years: 4}}",
                "Date(2032-02-29)",
            ),
            ("{add_years: {date: /d, years: -1}}", "Date(2025-11-16)"),
            ("{add_years: {date: /d, years: 0.5}}", "Unknown"),
            ("{add_years: {date: /missing, years: 1}}", "Absent"),
        ] {
            assert_eq!(value(doc, expr, &[]), want, "{expr}");
        }
    }
}
