//! A rule's documentation as text (for `dialogmote explain` and `docs/rules.md`).

use std::fmt::Write;

use crate::rules::Rule;
use crate::texts::{EngineText, Entry, Lang, ReportText, Text};

/// The documentation of `rule` as Markdown-flavoured text. Its message
/// reads as a finding does: each placeholder shown as a typical value
/// ("oppgave 2 mangler frist"); [`crate::Linter::explain`] shows the
/// message as it reads in one of the rule's own examples.
pub fn explain(rule: &Rule, lang: Lang) -> String {
    explain_with(rule, lang, None)
}

/// [`explain`], with `example` (the rule's message as it fired in one of
/// its examples) as the message shown.
pub(crate) fn explain_with(rule: &Rule, lang: Lang, example: Option<&Text>) -> String {
    let t = |text: ReportText| text.get(lang);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {} ({})",
        rule.code,
        rule.name,
        rule.default_severity.as_str()
    );
    if rule.severity != Some(rule.default_severity) {
        let now = rule.severity.map_or("off", |s| s.as_str());
        let _ = writeln!(out, "{}: {now}", t(ReportText::SeverityHere));
    }
    let _ = writeln!(
        out,
        "{}: {}",
        t(ReportText::AppliesTo),
        formats_in(rule, lang)
    );
    let _ = writeln!(out);
    // An input rule's findings say the catalogue's texts (one per kind of
    // problem), not the rule's one-line message: show those.
    let mut texts: Vec<&Entry> = EngineText::ALL
        .iter()
        .map(|t| t.entry())
        .filter(|e| e.group == rule.code)
        .collect();
    texts.sort_by_key(|e| e.id);
    if texts.is_empty() {
        let _ = writeln!(
            out,
            "{}: {}",
            t(ReportText::Message),
            example.map_or_else(
                || example_of(rule.message.get(lang), rule, lang),
                |e| e.get(lang).to_owned()
            )
        );
    } else {
        let _ = writeln!(out, "{}:", t(ReportText::Messages));
        for m in texts {
            // An entry with only a help is advice said with another message.
            let said = m.message.map_or("", |m| m.get(lang));
            if !said.is_empty() {
                let _ = writeln!(out, "- {}", example_of(said, rule, lang));
            }
            if let Some(h) = m.help {
                let _ = writeln!(
                    out,
                    "{}{}: {}",
                    if said.is_empty() { "- " } else { "  " },
                    t(ReportText::Help),
                    example_of(h.get(lang), rule, lang)
                );
            }
        }
    }
    if let Some(d) = &rule.docs {
        let sections = [
            (t(ReportText::WhatItChecks), &d.what),
            (t(ReportText::WhyItMatters), &d.why),
            (t(ReportText::HowToFix), &d.fix),
            (t(ReportText::Source), &d.source),
        ];
        for (title, text) in sections {
            let _ = writeln!(out, "\n## {title}\n\n{}", text.get(lang));
        }
        if let Some(n) = &d.notes {
            let _ = writeln!(out, "\n## {}\n\n{}", t(ReportText::Notes), n.get(lang));
        }
    }
    if !rule.params.is_empty() {
        let _ = writeln!(out, "\n## {}\n", t(ReportText::Parameters));
        for (k, v) in &rule.params {
            let _ = writeln!(out, "- `{k}`: `{v}`");
        }
    }
    out
}

/// A text with each `{placeholder}` (a value the finding fills in) shown
/// as a typical value: a parameter of the rule as it is set, else the
/// value a referat typically has there ([`typical`]).
fn example_of(text: &str, rule: &Rule, lang: Lang) -> String {
    let params: Vec<(String, String)> = rule
        .params
        .iter()
        .map(|(k, v)| {
            let v = v.as_str().map_or_else(|| v.to_string(), str::to_owned);
            (format!("param.{k}"), v)
        })
        .collect();
    // The placeholders' typical values, in the reader's language.
    let names = std::cell::RefCell::new(Vec::new());
    crate::texts::fill_template(text, |name| {
        names.borrow_mut().push(name.to_owned());
        None
    });
    let values: Vec<(String, String)> = names
        .into_inner()
        .into_iter()
        .map(|name| {
            let v = typical(&name, lang);
            (name, v)
        })
        .collect();
    crate::texts::fill_template(text, |name| {
        params
            .iter()
            .chain(&values)
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    })
}

/// A typical value of the placeholder `name`, as a finding would fill it
/// in, in `lang`: dates as people write them, a role and a measure of the
/// format, a field by its name.
fn typical(name: &str, lang: Lang) -> String {
    use crate::base::fields::{field_name_in, own_name_in, value_with_meaning};
    let listed = |values: &[&str]| {
        values
            .iter()
            .map(|v| value_with_meaning(v, lang))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let plain = match name {
        "n" | "phase" => "2",
        "due" => "23.11.2026",
        "date" => "2026-11-23",
        "meeting" => "16.11.2026",
        "days" => "14",
        "limit_weeks" | "weeks" => "7",
        "used" => "25",
        "guide" => "15",
        "duration" => "75",
        "start" | "time" => "09:00",
        "end" => "10:15",
        "name" => "Fase 2 Status",
        "role" => "arbeidsgiver",
        "measure" => "tilretteleggingstilskudd",
        "field" => return field_name_in("/meeting", None, lang),
        "item" => return field_name_in("/conclusion/actions/1", None, lang),
        "missing" => return own_name_in("/meeting/date", lang).unwrap_or_default(),
        "written" => {
            let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
            return crate::base::dates::for_people(d, lang);
        }
        "meaning" => {
            return crate::base::fields::value_label("in_person")
                .map_or(String::new(), |l| l.get(lang).to_owned());
        }
        "keys" => {
            return ["date", "start", "end"]
                .iter()
                .map(|k| {
                    let name = own_name_in(&format!("/meeting/{k}"), lang).unwrap_or_default();
                    format!("`{k}` ({name})")
                })
                .collect::<Vec<_>>()
                .join(", ");
        }
        "values" => return listed(&["in_person", "video", "phone", "hybrid"]),
        "roles" => return listed(&crate::base::fields::ROLES),
        "key" => "date",
        "value" => "in_person",
        "suggestion" => "date",
        "code" => "DM601",
        "format" => crate::base::format::FORMAT,
        "max" | "limit" => "100",
        "more" => "12",
        "size" => "2000000",
        "steps" => "1000000",
        "line" => "12",
        "byte" => "E6",
        "codepoint" => "0007",
        "char" => "@",
        "tag" => "str",
        "kind" => "text",
        "detail" => "did not find expected key",
        _ => "2",
    };
    plain.to_owned()
}

/// Where the documentation of the rule `code` is: `{docs_url}#dm505`, the
/// anchor of its heading in `docs/rules.md` published at `docs_url` (the
/// configuration's `docs_url`). `None` without a `docs_url`: nothing links
/// to a page that may not exist.
pub fn rule_docs_url(docs_url: Option<&str>, code: &str) -> Option<String> {
    docs_url.map(|base| format!("{base}#{}", code.to_lowercase()))
}

/// The formats a rule reads, in words: «referat (dialogmote1/v1),
/// oppfølgingsplaner (oppfolgingsplan1/v1)».
fn formats_in(rule: &Rule, lang: Lang) -> String {
    rule.formats
        .iter()
        .map(|f| match f {
            crate::base::format::Format::Referat => ReportText::FormatReferat.get(lang),
            crate::base::format::Format::Plan => ReportText::FormatPlan.get(lang),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The rule reference (`docs/rules.md`), generated from the rules in `linter`.
/// Regenerate with `cargo run -- rules --markdown > docs/rules.md`.
pub fn rules_markdown<'a>(rules: impl Iterator<Item = &'a Rule>) -> String {
    let rules: Vec<&Rule> = rules.collect();
    let mut out = String::from(
        "# Rule reference\n\n<!-- Generated from rules/ by `cargo run -- rules --markdown > docs/rules.md`; a test fails when this file is stale. -->\n\n",
    );
    out.push_str("| code | name | severity | checks |\n|---|---|---|---|\n");
    for r in &rules {
        let what = r
            .docs
            .as_ref()
            .map_or(String::new(), |d| d.what.en.replace('|', "\\|"));
        let _ = writeln!(
            out,
            "| [{}](#{}) | `{}` | {} | {} |",
            r.code,
            r.code.to_lowercase(),
            r.name,
            r.default_severity.as_str(),
            what
        );
    }
    for r in &rules {
        let _ = writeln!(out, "\n## {}\n", r.code);
        let _ = writeln!(
            out,
            "`{}` · default severity **{}** · defined in `{}` · applies to {}\n",
            r.name,
            r.default_severity.as_str(),
            r.file,
            formats_in(r, Lang::En)
        );
        let _ = writeln!(out, "Message: {} / {}\n", r.message.en, r.message.nb);
        if let Some(d) = &r.docs {
            for (title, t) in [
                ("What it checks", &d.what),
                ("Why it matters", &d.why),
                ("How to fix it", &d.fix),
                ("Source", &d.source),
            ] {
                let _ = writeln!(out, "**{title}.** {}\n\n> {}\n", t.en, t.nb);
            }
            if let Some(n) = &d.notes {
                let _ = writeln!(out, "**Notes.** {}\n\n> {}\n", n.en, n.nb);
            }
        }
        if !r.params.is_empty() {
            let _ = writeln!(out, "Parameters:\n");
            for (k, v) in &r.params {
                let _ = writeln!(out, "- `{k}`: `{v}`");
            }
            out.push('\n');
        }
        if !r.examples.is_empty() {
            let _ = writeln!(out, "Examples (run as tests):\n");
            for e in &r.examples {
                let verdict = if e.fires.is_empty() {
                    "no finding".to_owned()
                } else {
                    format!("fires at `{}`", e.fires.join("`, `"))
                };
                let _ = writeln!(out, "- {}: {verdict}", e.name);
            }
            out.push('\n');
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}
