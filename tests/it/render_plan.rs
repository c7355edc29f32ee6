//! The follow-up plan rendered (issue 26): the employer in the referat's
//! heading and the referat's «Revidert oppfølgingsplan»
//! (`tests/fixtures/referat-revised-plan.yaml`), and the plan document
//! `oppfolgingsplan1/v1` (`tests/fixtures/oppfolgingsplan.yaml`, and one
//! with only an exception) as HTML and Markdown snapshots in three
//! languages, exact words, strict HTML, no keys; the PDF read back with
//! poppler; the gate for a plan (privacy always refuses); and no key of
//! either format carries an identity number past the gate.

use crate::common;

use chrono::NaiveDate;
use dialogmote::*;
use serde_json::Value;

const REVISED: &str = include_str!("../fixtures/referat-revised-plan.yaml");
const PLAN: &str = include_str!("../fixtures/oppfolgingsplan.yaml");
const EXCEPTION: &str = include_str!("../fixtures/oppfolgingsplan-exception.yaml");

const LANGS: [(Lang, &str); 3] = [(Lang::Nb, "nb"), (Lang::Nn, "nn"), (Lang::En, "en")];

/// The day each example is clean on: the referat's, and the day after the
/// plan was sent (its evaluation date is 16 November).
fn as_of(doc: &str) -> LintOptions {
    if doc.contains("format: oppfolgingsplan1/v1") {
        LintOptions::new(NaiveDate::from_ymd_opt(2026, 10, 30).unwrap())
    } else {
        common::opts()
    }
}

/// Renders `doc` behind the gate, as every frontend does.
fn checked(doc: &str, opts: &RenderOptions) -> Result<Vec<u8>, RenderError> {
    let source = Source::from_str("-", doc);
    render_referat_checked(common::linter(), &source, &as_of(doc), opts)
}

fn text(doc: &str, format: RenderFormat, lang: Lang) -> String {
    let opts = RenderOptions::new(format, lang);
    String::from_utf8(checked(doc, &opts).expect("renders")).unwrap()
}

#[test]
fn snapshots_of_the_referat_that_is_a_revised_plan() {
    for (lang, tag) in LANGS {
        let html = text(REVISED, RenderFormat::Html, lang);
        insta::assert_snapshot!(format!("revised_plan_{tag}_html"), html);
        let md = text(REVISED, RenderFormat::Markdown, lang);
        insta::assert_snapshot!(format!("revised_plan_{tag}_md"), md);
    }
}

#[test]
fn snapshots_of_the_plan_document() {
    for (lang, tag) in LANGS {
        let html = text(PLAN, RenderFormat::Html, lang);
        insta::assert_snapshot!(format!("plan_{tag}_html"), html);
        let md = text(PLAN, RenderFormat::Markdown, lang);
        insta::assert_snapshot!(format!("plan_{tag}_md"), md);
    }
    let md = text(EXCEPTION, RenderFormat::Markdown, Lang::Nb);
    insta::assert_snapshot!("plan_exception_nb_md", md);
    let html = text(EXCEPTION, RenderFormat::Html, Lang::En);
    insta::assert_snapshot!("plan_exception_en_html", html);
}

/// The employer in the referat's heading: only what is recorded, the
/// organisation numbers grouped as people read them, the nearest leader
/// with phone and e-mail.
#[test]
fn the_employer_is_in_the_referats_heading() {
    let md = text(REVISED, RenderFormat::Markdown, Lang::Nb);
    let heading = &md[..md.find("## ").unwrap()];
    for want in [
        "- **Virksomhetens navn:** Fjordlager AS\n",
        "- **Organisasjonsnummer:** 123 456 785\n",
        "- **Virksomhetsnummer (underenhet):** 987 654 325\n",
        "- **Nærmeste leder:** Ola Hansen\\\nTelefon: +47 99 99 99 99\\\nE-post: ola.hansen\\@\u{2060}fjordlager.example\n",
    ] {
        assert!(heading.contains(want), "no `{want}` in {heading}");
    }
    // Only what is recorded: no sub-unit, no e-mail, nothing said of them.
    let sparse = REVISED
        .replace("  sub_unit_number: \"987654325\"\n", "")
        .replace("    email: ola.hansen@fjordlager.example\n", "");
    // (Not a referat to send: the plan's contact person lacks an e-mail.)
    let opts = RenderOptions::new(RenderFormat::Markdown, Lang::En);
    let md = render_referat(&Minutes::parse(&sparse).unwrap(), &opts).unwrap();
    let md = String::from_utf8(md).unwrap();
    let heading = &md[..md.find("## ").unwrap()];
    assert!(heading.contains("- **Organisation number:** 123 456 785\n"));
    assert!(heading.contains("- **Nearest leader:** Ola Hansen\\\nPhone: +47 99 99 99 99\n"));
    assert!(
        !heading.contains("Sub-unit") && !heading.contains("E-mail"),
        "{heading}"
    );
    // A referat without an employer has none of it.
    let start = REVISED.find("employer:\n").unwrap();
    let end = start + REVISED[start..].find("\n\n").unwrap();
    let none = Minutes::parse(&format!("{}{}", &REVISED[..start], &REVISED[end..])).unwrap();
    let opts = RenderOptions::new(RenderFormat::Markdown, Lang::Nb);
    let none = String::from_utf8(render_referat(&none, &opts).unwrap()).unwrap();
    // The plan has no contact person then.
    assert!(
        none.contains("- **Kontaktperson hos arbeidsgiveren:** ikke ført"),
        "{none}"
    );
    assert!(!none.contains("Virksomhetens navn"), "{none}");
}

/// «Revidert oppfølgingsplan»: after Fase 4 and before the standard text,
/// NAV's form's fields in its order, dates as people write them, paragraphs
/// kept, and the contact person the nearest leader as a whole.
#[test]
fn the_revised_plan_is_its_own_section_in_navs_order() {
    let md = text(REVISED, RenderFormat::Markdown, Lang::Nb);
    let at = |s: &str| md.find(s).unwrap_or_else(|| panic!("no `{s}` in {md}"));
    let order = [
        "## Fase 4: Avtale og konklusjon",
        "## Revidert oppfølgingsplan",
        "- **Dato for planen:** 19.11.2026",
        "- **Versjon:** 2",
        "- **Første versjon laget:** 29.10.2026",
        "### Typisk arbeidshverdag",
        "### Arbeidsoppgaver som kan utføres",
        "### Arbeidsoppgaver som ikke kan utføres",
        "### Tidligere tilrettelegging",
        "### Tilrettelegging framover",
        "### Andre muligheter for tilrettelegging",
        "### Oppfølging",
        "- **Evalueringsdato:** 14.12.2026",
        "- **Arbeidstakeren har medvirket:** Ja",
        "- **Sendes til NAV:** Ja",
        "- **Ber om bistand fra NAV:** Ja",
        "### Bistanden det bes om",
        "- **Sendes til fastlegen/sykmelder:** Ja",
        "### Melding til legen",
        "- **Kontaktperson hos arbeidsgiveren:** Ola Hansen\\\nTelefon: +47 99 99 99 99\\\nE-post: ola.hansen",
        "## Taushetsplikt og personvern",
        "## Om referatet",
    ];
    for pair in order.windows(2) {
        assert!(
            at(pair[0]) < at(pair[1]),
            "`{}` is not before `{}`",
            pair[0],
            pair[1]
        );
    }
    // Two lines of one text stay two lines.
    assert!(md.contains(
        "Samtale med nærmeste leder på arbeidsplassen hver fjortende dag.\\\nPlanen evalueres 14. desember."
    ));
    let html = text(REVISED, RenderFormat::Html, Lang::Nb);
    assert!(html.contains(
        "<p>Samtale med nærmeste leder på arbeidsplassen hver fjortende dag.<br>Planen evalueres 14. desember.</p>"
    ));
    // Dates as people write them, in each language.
    let nn = text(REVISED, RenderFormat::Markdown, Lang::Nn);
    assert!(
        nn.contains("## Revidert oppfølgingsplan")
            && nn.contains("- **Evalueringsdato:** 14.12.2026")
    );
    let en = text(REVISED, RenderFormat::Markdown, Lang::En);
    assert!(en.contains("## Revised follow-up plan"));
    assert!(en.contains("- **Date of the plan:** 19 November 2026"));
    assert!(en.contains("- **Evaluation date:** 14 December 2026"));
    // Not a revised plan: no section.
    let plain = include_str!("../../examples/complete.yaml");
    assert!(!text(plain, RenderFormat::Markdown, Lang::Nb).contains("Revidert oppfølgingsplan"));
}

/// A plan's paragraphs (blank lines) stay paragraphs in every format.
#[test]
fn a_plans_paragraphs_are_kept() {
    let doc = PLAN.replace(
        "  tasks_not_possible: Tunge løft, plukk og pakking, og hele arbeidsdager.",
        "  tasks_not_possible: \"Tunge løft.\\n\\nHele arbeidsdager.\"",
    );
    assert_ne!(doc, PLAN);
    let html = text(&doc, RenderFormat::Html, Lang::Nb);
    assert!(
        html.contains("<p>Tunge løft.</p>\n<p>Hele arbeidsdager.</p>"),
        "{html}"
    );
    let md = text(&doc, RenderFormat::Markdown, Lang::Nb);
    assert!(md.contains("Tunge løft.\n\nHele arbeidsdager.\n"), "{md}");
}

/// The plan document in NAV's form's order, and the parts a plan needs
/// and lacks read "not recorded".
#[test]
fn the_plan_document_follows_navs_form() {
    let md = text(PLAN, RenderFormat::Markdown, Lang::Nb);
    let at = |s: &str| md.find(s).unwrap_or_else(|| panic!("no `{s}` in {md}"));
    let order = [
        "# Oppfølgingsplan\n",
        "- **Arbeidstaker:** Kari Nordmann",
        "- **Sykmelding:** Sykmeldt fra 05.10.2026, sykmeldingsgrad 100 %",
        "- **Dato for planen:** 29.10.2026",
        "- **Versjon:** 1",
        "- **Virksomhetens navn:** Fjordlager AS",
        "- **Organisasjonsnummer:** 123 456 785",
        "- **Virksomhetsnummer (underenhet):** 987 654 325",
        "- **Nærmeste leder:** Ola Hansen",
        "## Arbeidsoppgaver",
        "### Typisk arbeidshverdag",
        "## Tilrettelegging",
        "### Oppfølging",
        "- **Evalueringsdato:** 16.11.2026",
        "## Deling med NAV og legen",
        "- **Ber om bistand fra NAV:** Nei",
        "### Utfyllende opplysninger",
        "- **Kontaktperson hos arbeidsgiveren:** Ola Hansen",
        "## Utsending",
        "- **Sendt til sykmelder:** 30.10.2026",
        "- **Sendt til NAV:** 30.10.2026",
    ];
    for pair in order.windows(2) {
        assert!(
            at(pair[0]) < at(pair[1]),
            "`{}` is not before `{}`",
            pair[0],
            pair[1]
        );
    }
    // The plan's own contact person, whole: its e-mail, not the leader's
    // missing one.
    assert!(md.contains("E-post: ola.hansen\\@\u{2060}fjordlager.example"));
    // No help asked for: no description asked for either.
    assert!(!md.contains("Bistanden det bes om"));
    assert!(!md.contains("ikke ført"), "{md}");
    // A plan without its content says what it lacks, part by part.
    let empty = serde_json::json!({
        "format": PLAN_FORMAT,
        "employee": {"name": "Kari Nordmann"},
        "plan": {},
    });
    let empty = PlanDocument::from_value(&empty).unwrap();
    let opts = RenderOptions::new(RenderFormat::Markdown, Lang::En);
    let md = String::from_utf8(render_plan(&empty, &opts).unwrap()).unwrap();
    for want in [
        "- **Date of the plan:** not recorded",
        "### A typical working day\n\nnot recorded",
        "- **Evaluation date:** not recorded",
        "- **The employee took part:** not recorded",
        "- **To be sent to NAV:** not recorded",
        "- **Employer's contact person:** not recorded",
    ] {
        assert!(md.contains(want), "no `{want}` in {md}");
    }
    assert!(
        !md.contains("Sending"),
        "nothing to send, nothing sent: {md}"
    );
}

/// A plan that is obviously unnecessary: the reason in words, the date,
/// the explanation with its paragraphs; no plan sections.
#[test]
fn an_exception_has_its_reason_in_words() {
    for (lang, reason, heading) in [
        (
            Lang::Nb,
            "- **Grunn:** For syk til å medvirke",
            "## Unntak: plan er åpenbart unødvendig",
        ),
        (
            Lang::Nn,
            "- **Grunn:** For sjuk til å medverke",
            "## Unntak: plan er openbert unødvendig",
        ),
        (
            Lang::En,
            "- **Reason:** Too ill to take part",
            "## Exception: a plan is obviously unnecessary",
        ),
    ] {
        let md = text(EXCEPTION, RenderFormat::Markdown, lang);
        assert!(md.contains(heading) && md.contains(reason), "{md}");
        assert!(
            md.contains("plan de nærmeste ukene.\n\nVi vurderer"),
            "{md}"
        );
        assert!(
            !md.contains("too_ill") && !md.contains("## Arbeidsoppgaver"),
            "{md}"
        );
    }
    let md = text(EXCEPTION, RenderFormat::Markdown, Lang::Nb);
    assert!(
        md.contains("- **Dato for vurderingen:** 28.10.2026"),
        "{md}"
    );
    // Every reason has words of its own.
    for r in ExceptionReason::ALL {
        let doc = EXCEPTION.replace("reason: too_ill", &format!("reason: {}", r.as_str()));
        let md = text(&doc, RenderFormat::Markdown, Lang::En);
        let line = md.lines().find(|l| l.starts_with("- **Reason:**")).unwrap();
        assert!(
            !line.contains('_') && !line.contains("not recorded"),
            "{line}"
        );
    }
}

#[test]
fn the_html_parses_strictly_and_holds_no_keys() {
    let keys = regex::Regex::new(r"\b[a-z]+_[a-z_]+\b").unwrap();
    for (lang, tag) in LANGS {
        for doc in [REVISED, PLAN, EXCEPTION] {
            let html = text(doc, RenderFormat::Html, lang);
            let parsed = scraper::Html::parse_document(&html);
            assert!(parsed.errors.is_empty(), "{tag}: {:?}", parsed.errors);
            let sel = |s: &str| scraper::Selector::parse(s).unwrap();
            let root = parsed.select(&sel("html")).next().unwrap();
            assert_eq!(root.value().attr("lang"), Some(tag));
            assert_eq!(parsed.select(&sel("h1")).count(), 1);
            assert_eq!(parsed.select(&sel("script, link, img, iframe")).count(), 0);
            for format in [RenderFormat::Html, RenderFormat::Markdown] {
                let out = text(doc, format, lang);
                let body = out.split("<style>").next().unwrap().to_owned()
                    + out.split("</style>").nth(1).unwrap_or(&out);
                assert!(
                    keys.find(&body).is_none(),
                    "{tag}: a key `{:?}`",
                    keys.find(&body)
                );
                for bad in ["null", "true", "false", "too_ill", "oppfolgingsplan1"] {
                    assert!(!body.contains(bad), "{tag}: `{bad}` in the output");
                }
            }
        }
    }
    let title = |doc| {
        let html = text(doc, RenderFormat::Html, Lang::Nb);
        html[html.find("<title>").unwrap() + 7..html.find("</title>").unwrap()].to_owned()
    };
    assert_eq!(title(PLAN), "Oppfølgingsplan");
    assert_eq!(title(REVISED), "Referat fra dialogmøte 1");
}

/// A draft plan renders what fits the format, says it is a draft, and
/// lists what does not fit by the plan's own names for it.
#[test]
fn a_draft_plan_renders_what_fits() {
    let doc = "format: oppfolgingsplan1/v1\nemployee: {name: Kari Nordmann}\nplan:\n  evaluation_date: 14.12.2026\n  follow_up: Hver fredag.\n  employee_involved: ja\n";
    let opts = RenderOptions::new(RenderFormat::Markdown, Lang::Nb);
    assert!(
        matches!(checked(doc, &opts), Err(RenderError::Refused(r)) if r.format == Format::Plan)
    );
    let md = String::from_utf8(checked(doc, &opts.with_draft(true)).unwrap()).unwrap();
    assert!(
        md.starts_with("# UTKAST: Oppfølgingsplan\n\nUtkast: planen er ikke ferdig"),
        "{md}"
    );
    assert!(md.contains("### Oppfølging\n\nHver fredag."), "{md}");
    assert!(md.contains("- **Evalueringsdato:** ikke ført"), "{md}");
    assert!(
        md.contains("## Dette mangler før planen kan sendes"),
        "{md}"
    );
    assert!(
        md.contains("«Evalueringsdato» i «Oppfølgingsplan» mangler eller er ikke skrevet slik formatet krever"),
        "{md}"
    );
    assert!(
        !md.contains("14.12.2026") && !md.contains("evaluation_date"),
        "{md}"
    );
}

/// `render --draft` of a referat with the new keys: a wrong value of the
/// employer or the plan is shown as not recorded where it belongs and
/// listed by its name, also beside a key the format does not have.
#[test]
fn a_draft_referat_with_an_unfit_employer_and_plan_renders_what_fits() {
    let doc = REVISED
        .replace(
            "  sub_unit_number: \"987654325\"",
            "  sub_unit_number: 987 654 325",
        )
        .replace(
            "  evaluation_date: 2026-12-14",
            "  evaluation_date: 14.12.26\n  colour: blue",
        );
    let opts = RenderOptions::new(RenderFormat::Markdown, Lang::Nb).with_draft(true);
    let md = String::from_utf8(checked(&doc, &opts).unwrap()).unwrap();
    for want in [
        "- **Organisasjonsnummer:** 123 456 785\n- **Virksomhetsnummer (underenhet):** ikke ført\n",
        "- **Evalueringsdato:** ikke ført",
        "«Virksomhetsnummer (underenhet)» mangler eller er ikke skrevet slik formatet krever",
        "«Revidert oppfølgingsplan» har noe som formatet ikke har plass til",
        "«Evalueringsdato» i «Revidert oppfølgingsplan» mangler eller er ikke skrevet slik formatet krever",
        "### Typisk arbeidshverdag\n\nKari er lagermedarbeider.",
    ] {
        assert!(md.contains(want), "no `{want}` in {md}");
    }
    for wrong in ["987 654 325", "14.12.26", "colour", "blue"] {
        assert!(!md.contains(wrong), "`{wrong}` in {md}");
    }
}

/// The gate reads the format: a plan's refusal says "planen", and a plan
/// with an identity number or a health detail in a text is refused, also
/// as a draft, as a referat is.
#[test]
fn a_plan_with_an_identity_number_is_refused_as_a_plan() {
    let doc = PLAN.replace(
        "  follow_up: Ola Hansen ringer Kari hver fredag.",
        "  follow_up: Ola Hansen ringer Kari (15058500027) hver fredag.",
    );
    assert_ne!(doc, PLAN);
    for draft in [false, true] {
        let opts = RenderOptions::new(RenderFormat::Html, Lang::Nb).with_draft(draft);
        match checked(&doc, &opts) {
            Err(e @ RenderError::Refused(_)) => {
                let RenderError::Refused(r) = &e else {
                    unreachable!()
                };
                assert_eq!(r.format, Format::Plan);
                assert!(r.privacy.iter().any(|f| f.code == "DM801"), "{r:?}");
                assert_eq!(e.format(), Some(Format::Plan));
                assert!(
                    e.message(Lang::Nb)
                        .starts_with("planen har 1 personvernfunn")
                );
                assert!(
                    e.message(Lang::En)
                        .starts_with("the plan has 1 privacy finding")
                );
                assert!(!e.to_string().contains("15058500027"));
            }
            other => panic!("not refused: {:?}", other.map(|_| ())),
        }
    }
    // In the referat's revised plan too.
    let doc = REVISED.replace(
        "  message_to_doctor: Planen ble revidert",
        "  message_to_doctor: Gjelder 15058500027. Planen ble revidert",
    );
    assert_ne!(doc, REVISED);
    let opts = RenderOptions::new(RenderFormat::Html, Lang::Nb).with_draft(true);
    assert!(matches!(
        checked(&doc, &opts),
        Err(RenderError::Refused(r)) if r.format == Format::Referat && r.privacy[0].code == "DM801"
    ));
}

/// Every place of either format, filled with a fødselsnummer (as text, or
/// as a number where the format takes one), is refused by the gate: no key
/// of the plan, the employer or the referat carries one into a rendered
/// document. The places are read from the schemas, so a key added later is
/// covered too.
#[test]
fn no_key_of_either_format_carries_an_identity_number() {
    const FNR: &str = "15058500027";
    for (format, schema) in [
        (Format::Plan, PLAN_SCHEMA_JSON),
        (Format::Referat, SCHEMA_JSON),
    ] {
        let schema: Value = serde_json::from_str(schema).unwrap();
        let mut places = Vec::new();
        leaves(&schema, &schema, &mut Vec::new(), &mut places);
        assert!(
            places.len() > 30,
            "{format:?}: only {} places",
            places.len()
        );
        if format == Format::Plan {
            assert!(
                places
                    .iter()
                    .any(|(p, _)| p == &["plan", "contact_person", "email"])
            );
        } else {
            assert!(
                places
                    .iter()
                    .any(|(p, _)| p == &["revised_plan", "needs_help_description"])
            );
            assert!(
                places
                    .iter()
                    .any(|(p, _)| p == &["employer", "nearest_leader", "phone"])
            );
        }
        // No key is named for an identity number.
        for (path, _) in &places {
            for key in path {
                let k = key.to_lowercase();
                for bad in [
                    "fnr",
                    "fodsel",
                    "fødsel",
                    "personnummer",
                    "d_nummer",
                    "identification",
                    "employee_id",
                ] {
                    assert!(!k.contains(bad), "{format:?}: the key `{key}`");
                }
            }
        }
        let base = match format {
            Format::Plan => serde_json::json!({"format": PLAN_FORMAT}),
            _ => serde_json::json!({"format": FORMAT, "meeting": {"date": "2026-11-16"}}),
        };
        for (path, number) in &places {
            if path == &["format"] {
                continue;
            }
            let value = if *number {
                Value::from(FNR.parse::<u64>().unwrap())
            } else {
                Value::from(FNR)
            };
            let mut doc = base.clone();
            set(&mut doc, path, value);
            let text = serde_json::to_string(&doc).unwrap();
            let source = Source::from_str("doc.json", &text).with_kind(SourceKind::Json);
            let opts = RenderOptions::new(RenderFormat::Markdown, Lang::Nb).with_draft(true);
            match render_referat_checked(common::linter(), &source, &common::opts(), &opts) {
                Err(RenderError::Refused(r)) if r.privacy.iter().any(|f| f.code == "DM801") => {}
                other => panic!(
                    "{format:?}: a number at /{} was not refused: {:?}",
                    path.join("/"),
                    other.map(|b| String::from_utf8_lossy(&b).into_owned())
                ),
            }
        }
    }
}

/// The leaves of a schema: every property path (lists as their first item,
/// `$ref` followed), and whether the place takes a number.
fn leaves(root: &Value, node: &Value, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, bool)>) {
    if let Some(r) = node.get("$ref").and_then(Value::as_str) {
        let target = root.pointer(r.trim_start_matches('#')).unwrap();
        return leaves(root, target, path, out);
    }
    let types: Vec<&str> = match node.get("type") {
        Some(Value::String(t)) => vec![t],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if let Some(props) = node.get("properties").and_then(Value::as_object) {
        for (k, v) in props {
            path.push(k.clone());
            leaves(root, v, path, out);
            path.pop();
        }
    } else if let Some(items) = node.get("items") {
        path.push("0".to_owned());
        leaves(root, items, path, out);
        path.pop();
    } else if let Some(Value::Object(pp)) = node.get("patternProperties") {
        for v in pp.values() {
            path.push("x".to_owned());
            leaves(root, v, path, out);
            path.pop();
        }
    } else if !path.is_empty() {
        out.push((
            path.clone(),
            types.iter().any(|t| matches!(*t, "integer" | "number")),
        ));
    }
}

/// Sets `value` at `path` in `doc`, making the mappings and lists on the way.
fn set(doc: &mut Value, path: &[String], value: Value) {
    let mut at = doc;
    for (i, seg) in path.iter().enumerate() {
        let last = i + 1 == path.len();
        let next = || {
            if last {
                Value::Null
            } else if path[i + 1] == "0" {
                Value::Array(vec![Value::Null])
            } else {
                Value::Object(Default::default())
            }
        };
        at = if seg == "0" && at.is_array() {
            let items = at.as_array_mut().unwrap();
            if items[0].is_null() {
                items[0] = next();
            }
            &mut items[0]
        } else {
            at.as_object_mut()
                .unwrap()
                .entry(seg.clone())
                .or_insert_with(next)
        };
    }
    *at = value;
}

#[cfg(feature = "pdf")]
mod pdf {
    use super::*;
    use std::process::Command;

    fn pdftotext(path: &std::path::Path) -> Option<String> {
        match Command::new("pdftotext")
            .args([path.to_str().unwrap(), "-"])
            .output()
        {
            Ok(o) => {
                assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
                Some(String::from_utf8_lossy(&o.stdout).into_owned())
            }
            Err(_) if !crate::common::in_ci() => {
                eprintln!(
                    "note: pdftotext not installed; PDF check skipped (install poppler-utils)"
                );
                None
            }
            Err(e) => panic!("pdftotext is required in CI (CI is set): {e}"),
        }
    }

    /// The plan and the revised plan as PDF/A, read back: headings, words
    /// and values in each language, the PDF/A marks, the title.
    #[test]
    fn the_plan_and_the_revised_plan_read_back_from_the_pdf() {
        let dir = tempfile::tempdir().unwrap();
        for (lang, tag) in LANGS {
            for (name, doc, wants) in [
                (
                    "plan",
                    PLAN,
                    match lang {
                        Lang::Nn => &[
                            "Oppfølgingsplan",
                            "Arbeidsoppgåver",
                            "Tilrettelegging",
                            "Deling med NAV og legen",
                            "Utsending",
                            "123 456 785",
                            "29.10.2026",
                            "Side 1 av",
                        ][..],
                        Lang::En => &[
                            "Follow-up plan",
                            "Work tasks",
                            "Adjustments at work",
                            "Sharing with NAV and the doctor",
                            "Sending",
                            "123 456 785",
                            "29 October 2026",
                            "Page 1 of",
                        ],
                        _ => &[
                            "Oppfølgingsplan",
                            "Arbeidsoppgaver",
                            "Tilrettelegging",
                            "Deling med NAV og legen",
                            "Utsending",
                            "123 456 785",
                            "29.10.2026",
                            "Side 1 av",
                        ],
                    },
                ),
                (
                    "revised",
                    REVISED,
                    match lang {
                        Lang::Nn => &[
                            "Revidert oppfølgingsplan",
                            "Typisk arbeidskvardag",
                            "Namnet på verksemda",
                            "987 654 325",
                            "14.12.2026",
                        ][..],
                        Lang::En => &[
                            "Revised follow-up plan",
                            "A typical working day",
                            "Employer's name",
                            "987 654 325",
                            "14 December 2026",
                        ],
                        _ => &[
                            "Revidert oppfølgingsplan",
                            "Typisk arbeidshverdag",
                            "Virksomhetens navn",
                            "987 654 325",
                            "14.12.2026",
                        ],
                    },
                ),
            ] {
                let pdf = checked(doc, &RenderOptions::new(RenderFormat::Pdf, lang)).unwrap();
                let raw = String::from_utf8_lossy(&pdf);
                assert!(raw.contains("pdfaid:part>2<") || raw.contains("pdfaid:part=\"2\""));
                assert!(raw.contains("/OutputIntents"));
                let path = dir.path().join(format!("{name}-{tag}.pdf"));
                std::fs::write(&path, &pdf).unwrap();
                let Some(t) = pdftotext(&path) else { return };
                let flat = t.split_whitespace().collect::<Vec<_>>().join(" ");
                for want in wants
                    .iter()
                    .chain(&["Kari Nordmann", "Fjordlager AS", "Ola Hansen"])
                {
                    assert!(
                        flat.contains(want),
                        "{name} {tag}: no `{want}` in the PDF's text"
                    );
                }
            }
        }
        let pdf = checked(PLAN, &RenderOptions::new(RenderFormat::Pdf, Lang::Nb)).unwrap();
        let raw = String::from_utf8_lossy(&pdf);
        assert!(raw.contains("<rdf:li xml:lang=\"x-default\">Oppfølgingsplan</rdf:li>"));
    }
}
