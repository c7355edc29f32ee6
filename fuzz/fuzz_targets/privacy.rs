//! The privacy oracle. Plants a marker word, a valid fødselsnummer and an
//! ICD-10 code at places the input chooses in a valid referat (as values,
//! appended to values, as keys, in comments), lints it in both languages and
//! renders every format without source lines; fails if any output carries a
//! planted string.
#![no_main]

mod common;

use std::sync::OnceLock;

use dialogmote::{HumanOptions, Lang, LintOptions, Report};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

const REFERAT: &str = include_str!("../../examples/complete.yaml");
/// Not words of any message, rule text or example: if one shows, it came
/// from the document.
const MARKER: &str = "zqxmarker";
const FNR: &str = "01019000083";
const ICD: &str = "F33.1";

fn payload(u: &mut Unstructured) -> Result<String> {
    let needle = *u.choose(&[MARKER, FNR, ICD])?;
    Ok(match u.int_in_range(0..=5)? {
        0 => needle.to_owned(),
        1 => format!("{needle} {MARKER}"),
        2 => format!("Kari {needle}"),
        3 => format!("diagnose {needle}"),
        4 => format!("{needle}-{needle}"),
        _ => {
            let mut s: String = u.arbitrary()?;
            s.truncate(s.floor_char_boundary(16));
            s.push_str(needle);
            s
        }
    })
}

/// With `FUZZ_PRIVACY_UNIQUE_KEYS` set, planted keys never repeat, so that a
/// run can look past the known leak of duplicate keys in DM001 (saved in
/// `fuzz/regressions/`) for others. Unset, the oracle plants duplicates too.
fn unique_keys() -> bool {
    static U: OnceLock<bool> = OnceLock::new();
    *U.get_or_init(|| std::env::var_os("FUZZ_PRIVACY_UNIQUE_KEYS").is_some())
}

/// The referat with 1–8 plantings.
fn planted(u: &mut Unstructured) -> Result<String> {
    let mut lines: Vec<String> = REFERAT.lines().map(str::to_owned).collect();
    for n in 0..u.int_in_range(1..=8)? {
        let key = |p: &str| {
            if unique_keys() {
                format!("{p}-k{n}")
            } else {
                p.to_owned()
            }
        };
        let i = u.choose_index(lines.len())?;
        let line = lines[i].clone();
        let indent = &line[..line.len() - line.trim_start().len()];
        let p = payload(u)?;
        match u.int_in_range(0..=6)? {
            // Replace a scalar value.
            0 => {
                if let Some(colon) = line.find(": ") {
                    lines[i] = format!("{}: {p}", &line[..colon]);
                }
            }
            // Quote it.
            1 => {
                if let Some(colon) = line.find(": ") {
                    lines[i] = format!("{}: \"{p}\"", &line[..colon]);
                }
            }
            // Append to a value.
            2 => lines[i] = format!("{line} {p}"),
            // A key beside this line's key, with a scalar or a mapping.
            3 => lines.insert(i + 1, format!("{indent}{}: x", key(&p))),
            4 => lines.insert(
                i + 1,
                format!("{indent}\"{}\":\n{indent}  role: lege", key(&p)),
            ),
            // A comment line, or a comment after the value.
            5 => lines.insert(i, format!("{indent}# {p}")),
            _ => lines[i] = format!("{line}  # {p}"),
        }
    }
    let mut s = lines.join("\n");
    s.push('\n');
    Ok(s)
}

fn check(format: &str, lang: Lang, out: &str, doc: &str) {
    for needle in [MARKER, FNR, ICD] {
        assert!(
            !out.contains(needle),
            "{format} ({lang:?}) prints `{needle}` from the document\n--- document\n{doc}\n--- output\n{out}"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = planted(&mut Unstructured::new(data)) else {
        return;
    };
    let as_of = common::as_of();
    let opts = LintOptions::new(as_of);
    let file = common::linter().lint_file("referat.yaml", "referat.yaml", doc.as_bytes(), &opts);
    for lang in Lang::ALL {
        let file = file.clone();
        for color in [false, true] {
            // Without `--show-source`: no source text.
            let human = dialogmote::render_human_file(&file, None, &HumanOptions::new(color, lang));
            check("human", lang, &human, &doc);
        }
        let mut report = Report::default();
        report.push(file);
        check("json", lang, &dialogmote::render_json(&report, lang), &doc);
        check(
            "github",
            lang,
            &dialogmote::render_github(&report, lang),
            &doc,
        );
        check(
            "junit",
            lang,
            &dialogmote::render_junit(&report, lang),
            &doc,
        );
        // SARIF without `tool` (rule metadata is fixed text, with examples).
        let mut sarif: serde_json::Value = serde_json::from_str(&dialogmote::render_sarif(
            &report,
            common::linter().rules(),
            lang,
        ))
        .expect("SARIF output is JSON");
        for run in sarif["runs"].as_array_mut().into_iter().flatten() {
            run.as_object_mut().map(|r| r.remove("tool"));
        }
        check("sarif", lang, &sarif.to_string(), &doc);
    }
});
