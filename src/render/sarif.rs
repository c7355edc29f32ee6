//! SARIF 2.1.0, as GitHub code scanning takes it in.

use serde_json::{Value, json};

use crate::finding::{Lang, Report, Severity};
use crate::rules::Rule;

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// FNV-1a, 64 bits: a stable, dependency-free hash for fingerprints.
fn fnv1a(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// A repository-relative URI for a path as given on the command line:
/// forward slashes, no leading `./`, and percent-encoding where needed.
pub(crate) fn relative_uri(path: &str) -> String {
    let p = path.replace('\\', "/");
    let p = p.trim_start_matches("./");
    let mut out = String::with_capacity(p.len());
    for b in p.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn rule_json(rule: &Rule, lang: Lang) -> Value {
    let severity = rule.severity.unwrap_or(rule.default_severity);
    let (what, text, markdown) = match &rule.docs {
        Some(d) => {
            let what = d.what.get(lang).to_owned();
            let text = format!(
                "{}\n\n{}\n\n{}\n\n{}",
                d.what.get(lang),
                d.why.get(lang),
                d.fix.get(lang),
                d.source.get(lang)
            );
            let (w, y, f, s) = match lang {
                Lang::En => (
                    "What it checks",
                    "Why it matters",
                    "How to fix it",
                    "Source",
                ),
                _ => (
                    "Hva den sjekker",
                    "Hvorfor det er viktig",
                    "Slik retter du det",
                    "Kilde",
                ),
            };
            let markdown = format!(
                "**{w}.** {}\n\n**{y}.** {}\n\n**{f}.** {}\n\n**{s}.** {}",
                d.what.get(lang),
                d.why.get(lang),
                d.fix.get(lang),
                d.source.get(lang)
            );
            (what, text, markdown)
        }
        None => {
            let m = rule.message.get(lang).to_owned();
            (m.clone(), m.clone(), m)
        }
    };
    json!({
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary(lang)},
        "fullDescription": {"text": what},
        "help": {"text": text, "markdown": markdown},
        "defaultConfiguration": {"level": level(severity)},
        "properties": {"tags": ["dialogmote"]}
    })
}

/// The report as SARIF 2.1.0: one run, every enabled rule in
/// `tool.driver.rules`, suppressed findings left out.
pub fn render_sarif<'a>(
    report: &Report,
    rules: impl Iterator<Item = &'a Rule>,
    lang: Lang,
) -> String {
    let enabled: Vec<&Rule> = rules.filter(|r| r.severity.is_some()).collect();
    let mut results = Vec::new();
    for file in &report.files {
        let uri = relative_uri(&file.path);
        let mut seen: Vec<(String, String, String)> = Vec::new();
        for f in &file.findings {
            let Some(index) = enabled.iter().position(|r| r.code == f.code) else {
                continue;
            };
            let key = (f.code.clone(), uri.clone(), f.pointer.clone());
            let occurrence = seen.iter().filter(|k| **k == key).count();
            seen.push(key);
            let loc = f.location.unwrap_or(crate::finding::Location {
                line: 1,
                column: 1,
                end_line: 1,
                end_column: 1,
                offset: 0,
            });
            let mut result = json!({
                "ruleId": f.code,
                "ruleIndex": index,
                "level": level(f.severity),
                "message": {"text": f.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
                        "region": {
                            "startLine": loc.line,
                            "startColumn": loc.column,
                            "endLine": loc.end_line,
                            "endColumn": loc.end_column.max(if loc.end_line == loc.line { loc.column } else { 1 }),
                            "byteOffset": loc.offset
                        }
                    },
                    "logicalLocations": [{"fullyQualifiedName": if f.pointer.is_empty() { "/" } else { &f.pointer }, "kind": "element"}]
                }],
                "partialFingerprints": {
                    "dialogmote/v1": fnv1a(&[&f.code, &uri, &f.pointer, &occurrence.to_string()])
                }
            });
            if let Some(h) = &f.help {
                result["properties"] = json!({"help": h});
            }
            results.push(result);
        }
    }
    let sarif = json!({
        "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "dialogmote",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "rules": enabled.iter().map(|r| rule_json(r, lang)).collect::<Vec<_>>()
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
            "invocations": [{"executionSuccessful": true}]
        }]
    });
    let mut s = serde_json::to_string_pretty(&sarif).expect("SARIF serialises");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_and_encoded() {
        assert_eq!(
            relative_uri("./referater/møte 1.yaml"),
            "referater/m%C3%B8te%201.yaml"
        );
        assert_eq!(relative_uri("a\\b.yaml"), "a/b.yaml");
    }

    #[test]
    fn fingerprints_are_stable_and_distinct() {
        assert_eq!(
            fnv1a(&["DM504", "a.yaml", "/x", "0"]),
            fnv1a(&["DM504", "a.yaml", "/x", "0"])
        );
        assert_ne!(
            fnv1a(&["DM504", "a.yaml", "/x", "0"]),
            fnv1a(&["DM504", "a.yaml", "/x", "1"])
        );
        assert_ne!(fnv1a(&["ab", "c"]), fnv1a(&["a", "bc"]));
    }
}
