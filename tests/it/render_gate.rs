//! The privacy gate of `render` (issue 23, items 2 and 3): no
//! configuration, severity, findings cap or suppression without a reason
//! lets a referat holding a fødselsnummer or a diagnosis be rendered.
//!
//! - The two reproductions through the command line: a `dialogmote.yaml`
//!   in a parent folder that turns DM801 and DM802 off, and a DM801 that
//!   falls past `max_findings` (`max_findings: 1`, and 10,001 earlier
//!   findings by default) with `--draft`.
//! - A property test over generated configurations through the library's
//!   one render path.

use crate::common;

use std::path::Path;
use std::process::Output;

use dialogmote::{
    Config, Lang, LintOptions, Linter, RenderError, RenderFormat, RenderOptions, Source,
    render_referat_checked,
};
use proptest::prelude::*;

const BIN: &str = env!("CARGO_BIN_EXE_dialogmote");
const FNR: &str = "15058500027";

fn example() -> String {
    std::fs::read_to_string(common::root().join("examples/complete.yaml")).unwrap()
}

/// `doc` with the value on the first line starting with `at` replaced by
/// `value` (quoted) and `comment` after it.
fn set_value(doc: &str, at: &str, value: &str, comment: &str) -> String {
    let i = doc.find(at).expect("the example has the line") + at.len();
    let end = i + doc[i..].find('\n').unwrap();
    format!("{}\"{value}\"{comment}{}", &doc[..i], &doc[end..])
}

/// The complete example with "Fnr 15058500027, diagnose F32.1" as the
/// doctor's view (a text the referat shows).
fn sensitive() -> String {
    set_value(
        &example(),
        "  lege: ",
        &format!("Fnr {FNR}, diagnose F32.1"),
        "",
    )
}

fn render_in(dir: &Path, args: &[&str]) -> Output {
    std::process::Command::new(BIN)
        .current_dir(dir)
        .env_remove("CI")
        .arg("render")
        .args(args)
        .args(["--as-of", "2026-11-20"])
        .output()
        .unwrap()
}

/// Refused: exit code 1, nothing written, the privacy code named, and the
/// number nowhere in what was printed.
fn assert_refused(o: &Output, out: &Path, code: &str) {
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(!out.exists(), "the referat was written: {err}");
    assert!(err.contains(code), "`{code}` not named: {err}");
    assert!(!err.contains(FNR) && !String::from_utf8_lossy(&o.stdout).contains(FNR));
}

#[test]
fn a_configuration_in_a_parent_folder_cannot_turn_the_gate_off() {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir(d.path().join(".git")).unwrap();
    std::fs::write(
        d.path().join("dialogmote.yaml"),
        "severity: {DM801: off, DM802: off}\n",
    )
    .unwrap();
    let sub = d.path().join("møter");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(sub.join("referat.yaml"), sensitive()).unwrap();
    // `lint` obeys the configuration: the rules are off there.
    let lint = std::process::Command::new(BIN)
        .current_dir(&sub)
        .args(["lint", "referat.yaml", "--as-of", "2026-11-20"])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&lint.stdout);
    assert!(!said.contains("DM801") && !said.contains("DM802"), "{said}");
    for format in ["md", "html", "pdf"] {
        for draft in [false, true] {
            let out = sub.join(format!("out.{format}"));
            let mut args = vec!["referat.yaml", "--format", format, "-o", "out"];
            let name = format!("out.{format}");
            args[4] = &name;
            if draft {
                args.push("--draft");
            }
            let o = render_in(&sub, &args);
            assert_refused(&o, &out, "DM801");
            assert_refused(&o, &out, "DM802");
        }
    }
}

/// The complete example with `n` more actions that each give a finding
/// (no due date), and the number after them, in the author's name.
fn many_findings_then_a_number(n: usize) -> String {
    let extra: String = (0..n)
        .map(|_| "    - what: Oppgave\n      owner: arbeidsgiver\n")
        .collect();
    example()
        .replace(
            "  next_follow_up: 2026-12-14\n",
            &format!("{extra}  next_follow_up: 2026-12-14\n"),
        )
        .replace("  author: Ola Hansen", &format!("  author: \"Ola {FNR}\""))
}

#[test]
fn a_number_past_max_findings_one_is_refused_also_as_a_draft() {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir(d.path().join(".git")).unwrap();
    std::fs::write(
        d.path().join("dialogmote.yaml"),
        "limits: {max_findings: 1}\n",
    )
    .unwrap();
    std::fs::write(
        d.path().join("referat.yaml"),
        many_findings_then_a_number(2),
    )
    .unwrap();
    let out = d.path().join("out.md");
    let o = render_in(
        d.path(),
        &["referat.yaml", "--format", "md", "-o", "out.md", "--draft"],
    );
    assert_refused(&o, &out, "DM801");
}

#[test]
fn a_number_after_10_001_findings_is_refused_also_as_a_draft() {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir(d.path().join(".git")).unwrap();
    std::fs::write(
        d.path().join("referat.yaml"),
        many_findings_then_a_number(10_001),
    )
    .unwrap();
    let out = d.path().join("out.md");
    let o = render_in(
        d.path(),
        &["referat.yaml", "--format", "md", "-o", "out.md", "--draft"],
    );
    assert_refused(&o, &out, "DM801");
}

/// Renders `text` under `config` through the library's one checked path.
fn gate_render(
    config: &str,
    text: &str,
    format: RenderFormat,
    draft: bool,
) -> Result<Vec<u8>, RenderError> {
    let config = Config::from_yaml("dialogmote.yaml", config).expect("a valid configuration");
    let linter = Linter::builder().config(config).build().expect("builds");
    let source = Source::from_str("referat.yaml", text);
    let opts = RenderOptions::new(format, Lang::Nb).with_draft(draft);
    render_referat_checked(
        &linter,
        &source,
        &LintOptions::new(common::date("2026-11-20")),
        &opts,
    )
}

const SEVERITIES: [&str; 4] = ["off", "info", "warning", "error"];

/// Where the sensitive text goes: values the referat shows.
const PLACES: [&str; 3] = ["  lege: ", "  summary: ", "  agreed: "];

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// For any severity of DM801 and DM802 (including off), any
    /// `max_findings` from 1, suppressions without a reason (in comments
    /// and in `ignore`), and draft or not, a referat with a fødselsnummer
    /// or a diagnosis code is refused, and no output holds the number.
    #[test]
    fn no_configuration_lets_a_number_or_a_diagnosis_through(
        dm801 in 0..4usize,
        dm802 in 0..4usize,
        max_findings in prop_oneof![1..4usize, 4..20_000usize],
        ignore_without_reason in any::<bool>(),
        comment_without_reason in any::<bool>(),
        earlier in 0..6usize,
        place in 0..3usize,
        diagnosis in any::<bool>(),
        draft in any::<bool>(),
        html in any::<bool>(),
    ) {
        let mut config = format!(
            "severity: {{DM801: {}, DM802: {}}}\nlimits: {{max_findings: {max_findings}}}\n",
            SEVERITIES[dm801], SEVERITIES[dm802]
        );
        if ignore_without_reason {
            config.push_str(
                "ignore:\n  - files: \"**\"\n    codes: [DM801, DM802]\n  - files: \"**\"\n    codes: [DM801]\n    reason: \"  \"\n",
            );
        }
        let what = if diagnosis { "diagnose F32.1" } else { FNR };
        let mut doc = many_findings_then_a_number(earlier).replace(&format!("\"Ola {FNR}\""), "Ola Hansen");
        let comment = if comment_without_reason { "  # dialogmote: ignore DM801, DM802" } else { "" };
        doc = set_value(&doc, PLACES[place], &format!("Sak {what}"), comment);
        let format = if html { RenderFormat::Html } else { RenderFormat::Markdown };
        match gate_render(&config, &doc, format, draft) {
            Err(RenderError::Refused(r)) => {
                prop_assert!(!r.privacy.is_empty(), "refused for another reason: {:?}", r);
                let code = if diagnosis { "DM802" } else { "DM801" };
                prop_assert!(r.privacy.iter().any(|f| f.code == code), "{:?}", r);
            }
            Err(e) => prop_assert!(false, "not refused by the gate: {e}"),
            Ok(out) => prop_assert!(false, "rendered: holds the text: {}", String::from_utf8_lossy(&out).contains(what)),
        }
    }
}

#[test]
fn a_suppression_with_a_reason_still_lets_a_referat_through() {
    let doc = set_value(
        &example(),
        "  lege: ",
        &format!("Sak {FNR}"),
        "  # dialogmote: ignore DM801 -- et saksnummer, avklart med personvernombudet",
    );
    for config in [
        "",
        "severity: {DM801: off}\n",
        "limits: {max_findings: 1}\n",
    ] {
        let out = gate_render(config, &doc, RenderFormat::Markdown, true).expect("renders");
        assert!(String::from_utf8(out).unwrap().contains(FNR));
    }
}
