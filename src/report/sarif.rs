//! SARIF 2.1.0, as GitHub code scanning takes it in.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use serde::Serialize;
use serde::ser::{SerializeSeq, Serializer};
use serde_json::{Value, json};

use crate::findings::{Finding, Location, Report, Severity};
use crate::report::path::{ArtifactUri, artifact_uri, uri_of};
use crate::rules::Rule;
use crate::texts::{Lang, ReportText};

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// FNV-1a, 64 bits: a stable, dependency-free hash for fingerprints.
fn fnv1a(parts: &[&str]) -> String {
    format!("{:016x}", crate::base::fnv::hash_parts(parts))
}

fn rule_json(rule: &Rule, lang: Lang, docs_url: Option<&str>) -> Value {
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
            let (w, y, f, s) = (
                ReportText::WhatItChecks.get(lang),
                ReportText::WhyItMatters.get(lang),
                ReportText::HowToFix.get(lang),
                ReportText::Source.get(lang),
            );
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
    let mut rule_json = json!({
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary(lang)},
        "fullDescription": {"text": what},
        "help": {"text": text, "markdown": markdown},
        "defaultConfiguration": {"level": level(severity)},
        "properties": {"tags": ["dialogmote"]}
    });
    // Only where the configuration says the reference is published.
    if let Some(url) = crate::report::explain::rule_docs_url(docs_url, &rule.code) {
        rule_json["helpUri"] = Value::from(url);
    }
    rule_json
}

/// An `artifactLocation`: a URI relative to `%SRCROOT%` (the working
/// directory), an absolute `file:` URI, or `stdin` for standard input.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Message>,
}

impl ArtifactLocation {
    fn new(uri: ArtifactUri, lang: Lang) -> Self {
        let (uri, uri_base_id, description) = match uri {
            ArtifactUri::Relative(u) => (u, Some("%SRCROOT%"), None),
            ArtifactUri::Absolute(u) => (u, None, None),
            // GitHub rejects a result without a location, so standard input
            // is named by a relative URI that no repository file takes.
            ArtifactUri::Stdin => (
                "stdin".to_owned(),
                None,
                Some(Message {
                    text: ReportText::StandardInput.get(lang).to_owned(),
                }),
            ),
        };
        ArtifactLocation {
            uri,
            uri_base_id,
            description,
        }
    }
}

#[derive(Serialize)]
struct Message {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    byte_offset: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: &'a ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LogicalLocation<'a> {
    fully_qualified_name: &'a str,
    kind: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultLocation<'a> {
    physical_location: PhysicalLocation<'a>,
    logical_locations: [LogicalLocation<'a>; 1],
}

#[derive(Serialize)]
struct Fingerprints {
    #[serde(rename = "dialogmote/v1")]
    v1: String,
}

#[derive(Serialize)]
struct HelpProperty<'a> {
    help: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    rule_index: usize,
    level: &'static str,
    message: MessageRef<'a>,
    locations: [ResultLocation<'a>; 1],
    partial_fingerprints: Fingerprints,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<HelpProperty<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Value>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<Value>,
}

/// The SARIF region of a location; a zero-width region is widened to one
/// column, which viewers need to show it.
fn region(loc: Location) -> Region {
    let min_end = if loc.end_line == loc.line {
        loc.column
    } else {
        1
    };
    Region {
        start_line: loc.line,
        start_column: loc.column,
        end_line: loc.end_line,
        end_column: loc.end_column.max(min_end),
        byte_offset: loc.offset,
    }
}

/// A finding's fixes as SARIF `fix` objects: each edit is a replacement of
/// a byte range (`deletedRegion` by `byteOffset` and `byteLength`), which
/// keeps the original text out of the log.
fn fixes(f: &Finding, artifact: &ArtifactLocation, lang: Lang) -> Vec<Value> {
    f.fixes
        .iter()
        .map(|fix| {
            let replacements: Vec<Value> = fix
                .edits
                .iter()
                .map(|e| {
                    json!({
                        "deletedRegion": {
                            "byteOffset": e.start,
                            "byteLength": e.end.saturating_sub(e.start)
                        },
                        "insertedContent": {"text": e.replacement}
                    })
                })
                .collect();
            json!({
                "description": {"text": fix.title.get(lang)},
                "artifactChanges": [{
                    "artifactLocation": artifact,
                    "replacements": replacements
                }]
            })
        })
        .collect()
}

/// A finding's related places as SARIF `relatedLocations`.
fn related(f: &Finding, artifact: &ArtifactLocation, lang: Lang) -> Vec<Value> {
    f.related
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut v = json!({
                "id": i,
                "message": {"text": r.message.get(lang)},
                "logicalLocations": [{
                    "fullyQualifiedName": if r.pointer.is_empty() { "/" } else { &r.pointer },
                    "kind": "element"
                }]
            });
            if let Some(loc) = r.location {
                v["physicalLocation"] = json!({
                    "artifactLocation": artifact,
                    "region": region(loc)
                });
            }
            v
        })
        .collect()
}

#[derive(Serialize)]
struct MessageRef<'a> {
    text: &'a str,
}

/// The results, serialised one at a time as the report is walked: no tree
/// of all results is built. Per file, a map counts earlier results with the
/// same code and pointer (for fingerprints); rules are found by a map from
/// code to index built once.
struct Results<'a> {
    report: &'a Report,
    rule_index: &'a HashMap<&'a str, usize>,
    lang: Lang,
}

impl Serialize for Results<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(None)?;
        let working_dir = self.report.working_dir.as_deref();
        for file in &self.report.files {
            let lang = self.lang;
            let artifact = ArtifactLocation::new(artifact_uri(file, working_dir), lang);
            let mut seen: HashMap<(&str, &str), usize> = HashMap::new();
            for f in &file.findings {
                let Some(&index) = self.rule_index.get(f.code.as_str()) else {
                    continue;
                };
                let occurrence = seen.entry((&f.code, &f.pointer)).or_insert(0);
                let fingerprint =
                    fnv1a(&[&f.code, &artifact.uri, &f.pointer, &occurrence.to_string()]);
                *occurrence += 1;
                let loc = f.location.unwrap_or(Location {
                    line: 1,
                    column: 1,
                    end_line: 1,
                    end_column: 1,
                    offset: 0,
                });
                seq.serialize_element(&SarifResult {
                    rule_id: &f.code,
                    rule_index: index,
                    level: level(f.severity),
                    message: MessageRef {
                        text: f.message.get(lang),
                    },
                    locations: [ResultLocation {
                        physical_location: PhysicalLocation {
                            artifact_location: &artifact,
                            region: region(loc),
                        },
                        logical_locations: [LogicalLocation {
                            fully_qualified_name: if f.pointer.is_empty() {
                                "/"
                            } else {
                                &f.pointer
                            },
                            kind: "element",
                        }],
                    }],
                    partial_fingerprints: Fingerprints { v1: fingerprint },
                    properties: f.help.as_ref().map(|help| HelpProperty {
                        help: help.get(lang),
                    }),
                    related_locations: related(f, &artifact, lang),
                    fixes: fixes(f, &artifact, lang),
                })?;
            }
        }
        seq.end()
    }
}

/// The report as SARIF 2.1.0: one run, every enabled rule in
/// `tool.driver.rules`, suppressed findings left out. A file in the report's
/// working directory is named by a relative URI against `%SRCROOT%`, any
/// other by an absolute `file:` URI, standard input by `stdin`. The
/// configuration used, if any, is an artifact with the role
/// `userSpecifiedConfiguration` and is named in `invocations[0].properties`.
pub fn render_sarif<'a>(
    report: &Report,
    rules: impl Iterator<Item = &'a Rule>,
    lang: Lang,
) -> String {
    let mut out = Vec::with_capacity(4096 + 1024 * report.summary.files);
    write_sarif(&mut out, report, rules, lang).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// [`render_sarif`], written to `out` as it is produced: the output is never
/// held in memory whole, however many results there are.
pub fn write_sarif<'a, W: std::io::Write>(
    out: W,
    report: &Report,
    rules: impl Iterator<Item = &'a Rule>,
    lang: Lang,
) -> std::io::Result<()> {
    write_sarif_with_docs(out, report, rules, lang, None)
}

/// [`write_sarif`], each rule with a `helpUri` to its documentation at
/// `docs_url` (the configuration's `docs_url`, see
/// [`crate::Linter::docs_url`]): `{docs_url}#dm505`. Without one, no rule
/// has a `helpUri`.
pub fn write_sarif_with_docs<'a, W: std::io::Write>(
    mut out: W,
    report: &Report,
    rules: impl Iterator<Item = &'a Rule>,
    lang: Lang,
    docs_url: Option<&str>,
) -> std::io::Result<()> {
    let enabled: Vec<&Rule> = rules.filter(|r| r.severity.is_some()).collect();
    let rule_index: HashMap<&str, usize> = enabled
        .iter()
        .enumerate()
        .map(|(i, r)| (r.code.as_str(), i))
        .collect();
    let config = report.config_path.as_deref().map(|c| {
        let uri = uri_of(Path::new(c), report.working_dir.as_deref());
        (c, ArtifactLocation::new(uri, lang))
    });
    let mut invocation = json!({"executionSuccessful": true});
    let mut artifacts = Vec::new();
    if let Some((shown, location)) = &config {
        invocation["properties"] = json!({"configurationFile": shown});
        artifacts.push(json!({
            "location": location,
            "roles": ["userSpecifiedConfiguration"]
        }));
    }
    let log = Log {
        schema: "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
        version: "2.1.0",
        runs: [Run {
            tool: json!({"driver": {
                "name": "dialogmote",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "rules": enabled.iter().map(|r| rule_json(r, lang, docs_url)).collect::<Vec<_>>()
            }}),
            artifacts,
            column_kind: "unicodeCodePoints",
            results: Results {
                report,
                rule_index: &rule_index,
                lang,
            },
            language: lang.tag(),
            invocations: [invocation],
        }],
    };
    let mut buffered = std::io::BufWriter::new(&mut out);
    serde_json::to_writer_pretty(&mut buffered, &log).map_err(std::io::Error::from)?;
    buffered.write_all(b"\n")?;
    buffered.flush()
}

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    /// Rule metadata: one small tree, whatever the number of results.
    tool: Value,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    artifacts: Vec<Value>,
    column_kind: &'static str,
    results: Results<'a>,
    /// The language of the messages (BCP 47).
    language: &'static str,
    invocations: [Value; 1],
}

#[cfg(test)]
mod tests {
    use super::*;

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
