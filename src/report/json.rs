//! The stable JSON output (`schema/findings.schema.json`): the report with
//! every message, help, fix title and related note in the chosen language.

use std::io::Write;

use serde::Serialize;

use crate::findings::Suppression;
use crate::findings::{
    Applicability, Edit, FileReport, Finding, Location, Omitted, Report, Severity, Summary,
};
use crate::texts::Lang;

#[derive(Serialize)]
struct JsonReport<'a> {
    lang: Lang,
    files: Vec<JsonFile<'a>>,
    summary: &'a Summary,
    #[serde(skip_serializing_if = "Option::is_none")]
    config_path: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    findings: Vec<JsonFinding<'a>>,
    suppressed: Vec<JsonSuppressed<'a>>,
    #[serde(skip_serializing_if = "is_zero")]
    omitted: &'a Omitted,
}

fn is_zero(o: &&Omitted) -> bool {
    **o == Omitted::default()
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    code: &'a str,
    name: &'a str,
    severity: Severity,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<&'a str>,
    pointer: &'a str,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    location: Option<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<JsonFix<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related: Vec<JsonRelated<'a>>,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    title: &'a str,
    applicability: Applicability,
    edits: &'a [Edit],
}

#[derive(Serialize)]
struct JsonRelated<'a> {
    pointer: &'a str,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    location: Option<Location>,
    message: &'a str,
}

#[derive(Serialize)]
struct JsonSuppressed<'a> {
    #[serde(flatten)]
    finding: JsonFinding<'a>,
    suppression: &'a Suppression,
}

impl<'a> JsonFinding<'a> {
    fn new(f: &'a Finding, lang: Lang) -> Self {
        JsonFinding {
            code: &f.code,
            name: &f.name,
            severity: f.severity,
            message: f.message.get(lang),
            help: f.help.as_ref().map(|h| h.get(lang)),
            pointer: &f.pointer,
            location: f.location,
            fixes: f
                .fixes
                .iter()
                .map(|x| JsonFix {
                    title: x.title.get(lang),
                    applicability: x.applicability,
                    edits: &x.edits,
                })
                .collect(),
            related: f
                .related
                .iter()
                .map(|r| JsonRelated {
                    pointer: &r.pointer,
                    location: r.location,
                    message: r.message.get(lang),
                })
                .collect(),
        }
    }
}

impl<'a> JsonFile<'a> {
    fn new(file: &'a FileReport, lang: Lang) -> Self {
        JsonFile {
            path: &file.path,
            findings: file
                .findings
                .iter()
                .map(|f| JsonFinding::new(f, lang))
                .collect(),
            suppressed: file
                .suppressed
                .iter()
                .map(|s| JsonSuppressed {
                    finding: JsonFinding::new(&s.finding, lang),
                    suppression: &s.suppression,
                })
                .collect(),
            omitted: &file.omitted,
        }
    }
}

/// The report as pretty-printed JSON in `lang`, ending in a newline.
pub fn render_json(report: &Report, lang: Lang) -> String {
    let mut out = Vec::new();
    write_json(&mut out, report, lang).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// [`render_json`], written to `out`. The view borrows every text from the
/// report; nothing is copied.
pub fn write_json<W: Write>(mut out: W, report: &Report, lang: Lang) -> std::io::Result<()> {
    let view = JsonReport {
        lang,
        files: report
            .files
            .iter()
            .map(|f| JsonFile::new(f, lang))
            .collect(),
        summary: &report.summary,
        config_path: report.config_path.as_deref(),
    };
    let mut buffered = std::io::BufWriter::new(&mut out);
    serde_json::to_writer_pretty(&mut buffered, &view).map_err(std::io::Error::from)?;
    buffered.write_all(b"\n")?;
    buffered.flush()
}
