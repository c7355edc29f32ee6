//! A rule's documentation as text (for `dialogmote explain` and `docs/rules.md`).

use std::fmt::Write;

use crate::rules::Rule;
use crate::texts::{EngineText, Entry, Lang, ReportText};

/// The documentation of `rule` as Markdown-flavoured text.
pub fn explain(rule: &Rule, lang: Lang) -> String {
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
            rule.message.get(lang)
        );
    } else {
        let _ = writeln!(out, "{}:", t(ReportText::Messages));
        for m in texts {
            // An entry with only a help is advice said with another message.
            let said = m.message.map_or("", |m| m.get(lang));
            if !said.is_empty() {
                let _ = writeln!(out, "- {}", unfilled(said));
            }
            if let Some(h) = m.help {
                let _ = writeln!(
                    out,
                    "{}{}: {}",
                    if said.is_empty() { "- " } else { "  " },
                    t(ReportText::Help),
                    unfilled(h.get(lang))
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

/// A catalogue text with each `{placeholder}` (a value the finding fills
/// in) shown as `…`.
fn unfilled(text: &str) -> String {
    crate::texts::fill_template(text, |_| Some("…"))
}

/// Where the documentation of the rule `code` is: `{docs_url}#dm505`, the
/// anchor of its heading in `docs/rules.md` published at `docs_url` (the
/// configuration's `docs_url`). `None` without a `docs_url`: nothing links
/// to a page that may not exist.
pub fn rule_docs_url(docs_url: Option<&str>, code: &str) -> Option<String> {
    docs_url.map(|base| format!("{base}#{}", code.to_lowercase()))
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
            "`{}` · default severity **{}** · defined in `{}`\n",
            r.name,
            r.default_severity.as_str(),
            r.file
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
