//! CLI tests as data: `tests/cmd/*.toml` (args, stdin, expected stdout,
//! stderr and exit code), run by trycmd against the real binary.

#[test]
fn cli() {
    trycmd::TestCases::new().case(crate::common::root().join("tests/cmd/*.toml"));
}

/// `dialogmote texts`: the whole catalogue as JSON (every text in three
/// languages, the areas of every face), the page's module for one area,
/// and an unknown area refused with the areas named (exit 2).
#[test]
fn texts_prints_the_catalogue() {
    let out = crate::common::run_with_stdin(&["texts"], "");
    assert_eq!(out.status.code(), Some(0));
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), dialogmote::text_catalogue().len());
    for area in [
        "DM001", "referat", "render", "report", "cli", "editor", "package", "web",
    ] {
        assert!(list.iter().any(|t| t["area"] == area), "no text of {area}");
    }
    for t in list {
        let said = t.get("message").or(t.get("help")).unwrap();
        for lang in ["nb", "nn", "en"] {
            assert!(!said[lang].as_str().unwrap().is_empty(), "{t}");
        }
    }

    let out = crate::common::run_with_stdin(&["texts", "--area", "web", "--format", "js"], "");
    assert_eq!(out.status.code(), Some(0));
    let js = String::from_utf8(out.stdout).unwrap();
    assert!(js.contains("export const TABLE = {"), "{js}");
    assert!(js.contains("\"title\": [\"Referat fra dialogmøte 1\", \"Referat frå dialogmøte 1\", \"Minutes of dialogue meeting 1\"],"));
    assert!(!js.contains("refused-errors"), "only the web area");

    let out = crate::common::run_with_stdin(&["texts", "--area", "nope", "--lang", "en"], "");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("no text is in the area") && err.contains("web"),
        "{err}"
    );
    let out = crate::common::run_with_stdin(&["texts", "--area", "nope"], "");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("ingen tekst hører til området nope") && err.contains("web"),
        "{err}"
    );
}

/// Issue 25: `dialogmote rules` prints each rule's line whole (never cut
/// inside a quotation such as «1. Hva slags møte og hvorfor»), and
/// `explain` shows a message's placeholders as an example value, never
/// raw (`{n}`) or as `…`.
#[test]
fn rules_lines_are_whole_and_explain_shows_example_values() {
    let placeholder = regex::Regex::new(r"\{[a-z_.]+\}").unwrap();
    for lang in ["nb", "nn", "en"] {
        let out = crate::common::run_with_stdin(&["rules", "--lang", lang], "");
        assert_eq!(out.status.code(), Some(0));
        let list = String::from_utf8(out.stdout).unwrap();
        for line in list.lines() {
            assert_eq!(
                line.matches('«').count(),
                line.matches('»').count(),
                "cut inside a quotation: {line}"
            );
            assert_eq!(line.matches('`').count() % 2, 0, "cut inside code: {line}");
        }
        if lang == "nb" {
            assert!(
                list.contains("«Fase 1: Innledning», «Hva slags møte og hvorfor», er krysset av"),
                "{list}"
            );
        }
        for rule in crate::common::linter().rules() {
            let out = crate::common::run_with_stdin(&["explain", &rule.code, "--lang", lang], "");
            assert_eq!(out.status.code(), Some(0));
            let text = String::from_utf8(out.stdout).unwrap();
            let message = text
                .lines()
                .take_while(|l| !l.starts_with("## "))
                .collect::<Vec<_>>()
                .join("\n");
            // (The input rules' texts have `"…"` of their own, as text.)
            let engine = rule.code.starts_with("DM00");
            assert!(
                !placeholder.is_match(&message) && (engine || !message.contains('…')),
                "{} ({lang}): {message}",
                rule.code
            );
        }
    }
    // From the rule's own examples where it fires there.
    let out = crate::common::run_with_stdin(&["explain", "DM505"], "");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("«Frist» for oppgave 1 under «Hvem gjør hva når» er ikke fylt ut"),
        "{text}"
    );
}
