//! A rule's documentation as text (for `dialogmote explain` and `docs/rules.md`).

use std::fmt::Write;

use crate::finding::Lang;
use crate::rules::Rule;

/// The documentation of `rule` as Markdown-flavoured text.
pub fn explain(rule: &Rule, lang: Lang) -> String {
    let nb = lang == Lang::Nb;
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
        let _ = writeln!(
            out,
            "{}: {now}",
            if nb {
                "Alvorlighet i denne konfigurasjonen"
            } else {
                "Severity in this configuration"
            }
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}: {}",
        if nb { "Melding" } else { "Message" },
        rule.message.get(lang)
    );
    if let Some(d) = &rule.docs {
        let sections = [
            (
                if nb {
                    "Hva den sjekker"
                } else {
                    "What it checks"
                },
                &d.what,
            ),
            (
                if nb {
                    "Hvorfor det er viktig"
                } else {
                    "Why it matters"
                },
                &d.why,
            ),
            (
                if nb {
                    "Slik retter du det"
                } else {
                    "How to fix it"
                },
                &d.fix,
            ),
            (if nb { "Kilde" } else { "Source" }, &d.source),
        ];
        for (title, text) in sections {
            let _ = writeln!(out, "\n## {title}\n\n{}", text.get(lang));
        }
        if let Some(n) = &d.notes {
            let _ = writeln!(
                out,
                "\n## {}\n\n{}",
                if nb { "Merknader" } else { "Notes" },
                n.get(lang)
            );
        }
    }
    if !rule.params.is_empty() {
        let _ = writeln!(
            out,
            "\n## {}\n",
            if nb { "Parametere" } else { "Parameters" }
        );
        for (k, v) in &rule.params {
            let _ = writeln!(out, "- `{k}`: `{v}`");
        }
    }
    out
}
