//! The render gate under any configuration: the first four bytes choose a
//! configuration (the severity of DM801 and DM802, off included; an
//! `ignore` entry without a reason; `max_findings` from 1; draft or not;
//! the format), the rest is the document. Whatever renders (HTML,
//! Markdown) must hold no number DM801 recognises, unless the document
//! names DM801 (a suppression with a reason may let one through). PDF is
//! left out: its text is glyph ids in a compressed stream, not text a
//! detector can read without a PDF parser.
#![no_main]

mod common;

use std::sync::{Arc, OnceLock};

use dialogmote::{
    Catalogue, Config, Lang, LintOptions, Linter, RenderFormat, RenderOptions, Source,
    render_referat_checked,
};
use libfuzzer_sys::fuzz_target;

const SEVERITIES: [&str; 4] = ["off", "info", "warning", "error"];

fn catalogue() -> Arc<Catalogue> {
    static C: OnceLock<Arc<Catalogue>> = OnceLock::new();
    C.get_or_init(|| {
        Arc::new(
            Catalogue::builder()
                .build()
                .expect("built-in rules compile"),
        )
    })
    .clone()
}

/// The configuration the first bytes choose.
fn config(b: [u8; 4]) -> String {
    let mut yaml = format!(
        "severity: {{DM801: {}, DM802: {}}}\n",
        SEVERITIES[usize::from(b[0] & 3)],
        SEVERITIES[usize::from((b[0] >> 2) & 3)]
    );
    if b[1] != 0 {
        yaml.push_str(&format!("limits: {{max_findings: {}}}\n", b[1]));
    }
    if b[0] & 0x20 != 0 {
        yaml.push_str("ignore:\n  - files: \"**\"\n    codes: [DM801, DM802]\n");
    }
    yaml
}

/// The DM801 findings in `text`, read as one string value.
fn numbers_in(text: &str) -> usize {
    let json = serde_json::to_string(&serde_json::json!({ "rendered": text })).unwrap();
    let source = Source::from_str("rendered.json", &json);
    let opts = LintOptions::new(common::as_of());
    common::linter()
        .privacy_findings(&source, &opts)
        .expect("a JSON string loads")
        .iter()
        .filter(|f| f.code == "DM801")
        .count()
}

fuzz_target!(|data: &[u8]| {
    let Some((head, doc)) = data.split_first_chunk::<4>() else {
        return;
    };
    let Ok(config) = Config::from_yaml("dialogmote.yaml", &config(*head)) else {
        panic!("the generated configuration is valid");
    };
    let linter = Linter::builder()
        .catalogue(catalogue())
        .config(config)
        .build()
        .expect("the configuration fits the rules");
    let draft = head[0] & 0x10 != 0;
    let lang = Lang::ALL[usize::from(head[3]) % Lang::ALL.len()];
    let formats: &[RenderFormat] = match head[0] >> 6 {
        0 => &[RenderFormat::Html],
        1 => &[RenderFormat::Markdown],
        _ => &[RenderFormat::Html, RenderFormat::Markdown],
    };
    let source = Source::from_bytes("referat.yaml", doc);
    let suppressed_by_name = source.text().contains("DM801");
    for &format in formats {
        let opts = RenderOptions::new(format, lang).with_draft(draft);
        let Ok(out) =
            render_referat_checked(&linter, &source, &LintOptions::new(common::as_of()), &opts)
        else {
            continue;
        };
        let out = String::from_utf8(out).expect("HTML and Markdown are UTF-8");
        if !suppressed_by_name {
            assert_eq!(
                numbers_in(&out),
                0,
                "the rendered {format:?} holds a number DM801 recognises"
            );
        }
    }
});
