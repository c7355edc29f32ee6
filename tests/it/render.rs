//! The referat renderer (issue 13): snapshots of HTML and Markdown for the
//! complete example in bokmål, nynorsk and English and for a sparse draft;
//! HTML parsed strictly; no bare keys or `null`; the gate; and the PDF's
//! PDF/A marks, with poppler's tools where they are installed (required
//! under `CI=true`).

use crate::common;

use std::process::Command;

use dialogmote::*;

const COMPLETE: &str = include_str!("../../examples/complete.yaml");
const SPARSE: &str = include_str!("../cmd/render/sparse.yaml");

fn minutes(text: &str) -> Minutes {
    Minutes::parse(text).expect("the document fits the model")
}

/// Renders `text` behind the gate, as every frontend does.
fn checked(text: &str, opts: &RenderOptions) -> Result<Vec<u8>, RenderError> {
    let source = Source::from_str("-", text);
    render_referat_checked(common::linter(), &source, &common::opts(), opts)
}

fn render(text: &str, format: RenderFormat, lang: Lang, draft: bool) -> Vec<u8> {
    let opts = RenderOptions::new(format, lang).with_draft(draft);
    checked(text, &opts).expect("renders")
}

fn text(text: &str, format: RenderFormat, lang: Lang, draft: bool) -> String {
    String::from_utf8(render(text, format, lang, draft)).expect("UTF-8")
}

const LANGS: [(Lang, &str); 3] = [(Lang::Nb, "nb"), (Lang::Nn, "nn"), (Lang::En, "en")];

#[test]
fn snapshots_of_the_complete_example_in_three_languages() {
    for (lang, tag) in LANGS {
        let html = text(COMPLETE, RenderFormat::Html, lang, false);
        insta::assert_snapshot!(format!("complete_{tag}_html"), html);
        let md = text(COMPLETE, RenderFormat::Markdown, lang, false);
        insta::assert_snapshot!(format!("complete_{tag}_md"), md);
    }
}

#[test]
fn snapshots_of_a_sparse_draft() {
    let html = text(SPARSE, RenderFormat::Html, Lang::Nb, true);
    insta::assert_snapshot!("sparse_draft_nb_html", html);
    let md = text(SPARSE, RenderFormat::Markdown, Lang::Nn, true);
    insta::assert_snapshot!("sparse_draft_nn_md", md);
}

/// Every participant, action and section heading of the complete example.
fn expected_content(lang: Lang) -> Vec<&'static str> {
    let mut v = vec![
        "Kari Nordmann",
        "Ola Hansen",
        "Per Berg",
        "Nina Lund",
        "Skrive gradert sykmelding 50 %.",
        "Bestille hev-senk-pult og skjerm til hjemmekontor.",
        "Oppdatere oppfølgingsplanen med det som er avtalt.",
        "Møterom Fjord, Storgata 12, Tromsø",
    ];
    v.extend(match lang {
        Lang::Nn => [
            "Referat frå dialogmøte 1",
            "Møtedeltakarar",
            "Fase 1: Innleiing",
            "Fase 2: Status",
            "Fase 3: Løysingar",
            "Fase 4: Avtale og konklusjon",
            "Kven gjer kva når",
            "Teieplikt og personvern",
        ],
        Lang::En => [
            "Minutes of dialogue meeting 1",
            "Participants",
            "Phase 1: Introduction",
            "Phase 2: Status",
            "Phase 3: Solutions",
            "Phase 4: Agreement and conclusion",
            "Who does what, and when",
            "Confidentiality and privacy",
        ],
        _ => [
            "Referat fra dialogmøte 1",
            "Møtedeltakere",
            "Fase 1: Innledning",
            "Fase 2: Status",
            "Fase 3: Løsninger",
            "Fase 4: Avtale og konklusjon",
            "Hvem gjør hva når",
            "Taushetsplikt og personvern",
        ],
    });
    v
}

#[test]
fn html_parses_strictly_and_is_self_contained() {
    for (lang, tag) in LANGS {
        for (doc, draft) in [(COMPLETE, false), (SPARSE, true)] {
            let html = text(doc, RenderFormat::Html, lang, draft);
            let parsed = scraper::Html::parse_document(&html);
            assert!(
                parsed.errors.is_empty(),
                "{tag}: HTML parse errors: {:?}",
                parsed.errors
            );
            let sel = |s: &str| scraper::Selector::parse(s).unwrap();
            let root = parsed.select(&sel("html")).next().unwrap();
            assert_eq!(root.value().attr("lang"), Some(tag));
            assert_eq!(parsed.select(&sel("h1")).count(), 1);
            assert!(parsed.select(&sel("h2")).count() >= 7, "{tag}");
            assert!(parsed.select(&sel("table thead th[scope=col]")).count() >= 4);
            assert_eq!(parsed.select(&sel("script, link, img, iframe")).count(), 0);
            assert!(parsed.select(&sel("head style")).next().is_some());
            assert!(html.contains("@media print"));
            assert!(!html.contains("http://") && !html.contains("https://"));
            if !draft {
                let body: String = parsed.root_element().text().collect();
                for want in expected_content(lang) {
                    assert!(body.contains(want), "{tag}: `{want}` missing from the HTML");
                }
            }
        }
    }
}

#[test]
fn markdown_holds_every_participant_action_and_heading() {
    for (lang, tag) in LANGS {
        let md = text(COMPLETE, RenderFormat::Markdown, lang, false);
        for want in expected_content(lang) {
            assert!(
                md.contains(want),
                "{tag}: `{want}` missing from the Markdown"
            );
        }
    }
}

#[test]
fn no_bare_keys_or_null_in_any_output() {
    let keys = regex::Regex::new(r"\b[a-z]+_[a-z_]+\b").unwrap();
    for (lang, tag) in LANGS {
        for format in [RenderFormat::Html, RenderFormat::Markdown] {
            for doc in [COMPLETE, SPARSE] {
                let out = text(doc, format, lang, false_for_complete(doc));
                // The draft's list of what is missing names keys on purpose.
                let body = out.split("DM1").next().unwrap();
                assert!(
                    keys.find(body).is_none(),
                    "{tag}: a bare key `{}`",
                    keys.find(body).unwrap().as_str()
                );
                for bad in ["null", "None", "Some(", "in_person", "not_relevant"] {
                    assert!(!body.contains(bad), "{tag}: `{bad}` in the output");
                }
            }
        }
    }
}

fn false_for_complete(doc: &str) -> bool {
    doc != COMPLETE
}

#[test]
fn the_actions_are_sorted_by_date_and_roles_are_in_words() {
    let md = text(COMPLETE, RenderFormat::Markdown, Lang::Nb, false);
    let a = md.find("Oppdatere oppfølgingsplanen").unwrap();
    let b = md.find("Skrive gradert sykmelding 50 %.").unwrap();
    let c = md.find("Bestille hev-senk-pult").unwrap();
    assert!(a < b && b < c, "actions not sorted by due date");
    assert!(md.contains("| Lege/behandler | 23.11.2026 |"));
    assert!(md.contains("Ola Hansen (Arbeidsgiver)"));
    assert!(md.contains("Aktiv sykmelding ble avviklet i 2011"));
}

#[test]
fn a_draft_says_so_and_lists_what_is_missing() {
    let md = text(SPARSE, RenderFormat::Markdown, Lang::Nb, true);
    assert!(md.starts_with("# UTKAST: Referat fra dialogmøte 1"));
    assert!(md.contains("## Dette mangler før referatet kan sendes"));
    assert!(md.contains("- **DM301**"));
    assert!(md.contains("ikke ført"));
    let en = text(SPARSE, RenderFormat::Markdown, Lang::En, true);
    assert!(en.starts_with("# DRAFT: Minutes of dialogue meeting 1"));
    assert!(en.contains("not recorded"));
}

#[test]
fn the_gate_refuses_errors_unless_draft_and_privacy_always() {
    let opts = RenderOptions::new(RenderFormat::Html, Lang::Nb);
    match checked(SPARSE, &opts) {
        Err(RenderError::Refused(r)) => {
            assert!(r.privacy.is_empty());
            assert!(r.errors.iter().any(|f| f.code == "DM301"));
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    let privacy = include_str!("../cmd/render/privacy.yaml");
    for draft in [false, true] {
        let opts = opts.clone().with_draft(draft);
        match checked(privacy, &opts) {
            Err(RenderError::Refused(r)) => {
                assert_eq!(r.privacy.len(), 1);
                assert_eq!(r.privacy[0].code, "DM802");
                // What is shown names the code, never the document's text.
                assert!(!r.to_string().contains("F32"));
            }
            other => panic!("expected a privacy refusal, got {other:?}"),
        }
    }
}

#[test]
fn free_text_is_escaped_in_html_and_markdown() {
    let doc = COMPLETE.replace(
        "  notes: Alle fikk presentere seg og sin rolle.",
        "  notes: '<script>alert(1)</script> *fet* | [lenke](x)'",
    );
    assert_ne!(doc, COMPLETE);
    let doc = doc.replace(" Vi gikk gjennom oppfølgingsplanen fra 29. oktober.", "");
    let m = minutes(&doc);
    let html = String::from_utf8(
        render_referat(&m, &RenderOptions::new(RenderFormat::Html, Lang::Nb)).unwrap(),
    )
    .unwrap();
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;"));
    let md = String::from_utf8(
        render_referat(&m, &RenderOptions::new(RenderFormat::Markdown, Lang::Nb)).unwrap(),
    )
    .unwrap();
    assert!(md.contains(r"\<script\>") && md.contains(r"\*fet\*") && md.contains(r"\[lenke\]"));
}

/// The complete example with `text` in the place, notes, summary, one
/// action and one participant's name.
fn with_text_everywhere(text: &str) -> Minutes {
    let q = serde_json::to_string(text).unwrap();
    let doc = COMPLETE
        .replace("  location: Møterom Fjord, Storgata 12, Tromsø", &format!("  location: {q}"))
        .replace(
            "  summary: Arbeidstaker kan starte med kontorarbeid i redusert stilling. Utstyr for hjemmekontor må bestilles.",
            &format!("  summary: {q}"),
        )
        .replace("    - what: Skrive gradert sykmelding 50 %.", &format!("    - what: {q}"))
        .replace("    name: Per Berg", &format!("    name: {q}"));
    assert_eq!(doc.matches(&q).count(), 4, "{q}");
    minutes(&doc)
}

fn markdown_of(m: &Minutes) -> String {
    let opts = RenderOptions::new(RenderFormat::Markdown, Lang::Nb);
    String::from_utf8(render_referat(m, &opts).unwrap()).unwrap()
}

/// GitHub-style Markdown (CommonMark with GFM: tables, literal links) as
/// HTML, by markdown-rs.
fn gfm(md: &str) -> String {
    markdown::to_html_with_options(md, &markdown::Options::gfm()).unwrap()
}

/// Issue 23: bare web addresses and e-mail addresses in the author's text
/// became links where GitHub-style linking is on.
#[test]
fn web_and_mail_addresses_do_not_become_links_in_markdown() {
    let text = "Se https://nav.no/sykmeldt og www.nav.no, skriv til kari@firma.no eller mailto:ola@nav.no (http://x.y)";
    let md = markdown_of(&with_text_everywhere(text));
    let html = gfm(&md);
    assert!(!html.contains("<a "), "{html}");
    // What the reader sees is the text as written (the `@` is followed by
    // an invisible WORD JOINER, which cmark-gfm needs to see no address).
    let shown = html.replace("&amp;", "&").replace('\u{2060}', "");
    // (Beside the addresses the example has of its own.)
    let own = markdown_of(&minutes(COMPLETE)).matches("@\u{2060}").count();
    assert_eq!(md.matches("@\u{2060}").count(), 4 * 2 + own, "{md}");
    assert!(shown.contains(text), "{shown}");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// No text in any field makes a link (or any other element the
    /// referat does not make itself) under GFM.
    #[test]
    fn no_generated_text_becomes_a_link_in_markdown(parts in proptest::collection::vec(
        proptest::sample::select(vec![
            "https://", "http://", "HTTP://", "ftp://", "www.", "WWW.", "wWw.", "mailto:", "xmpp:",
            "a@b.no", "kari.nordmann@nav.no", "@", ":", "/", ".", "nav", "no", "example.com",
            " ", "*", "_", "~", "(", ")", "<", ">", "[", "]", "!", "\\", "`", "|", "&", "#",
            "-", "+", "1.", "ø", "\n", "\n\n", "<https://a.no>", "[x](https://a.no)",
        ]),
        1..24,
    )) {
        let text: String = parts.concat();
        let text = text.trim();
        proptest::prop_assume!(!text.is_empty());
        let html = gfm(&markdown_of(&with_text_everywhere(text)));
        proptest::prop_assert!(!html.contains("<a "), "{}", html);
        proptest::prop_assert!(!html.contains("<img"), "{}", html);
    }
}

/// Issue 23: bidirectional formatting characters (U+202E RIGHT-TO-LEFT
/// OVERRIDE and the rest) in one field reached every format, where they
/// could reorder what followed them: labels, other fields, numbers. They
/// are dropped from the author's text; the letters stay.
#[test]
fn bidi_controls_in_the_text_reach_no_format() {
    const CONTROLS: [char; 12] = [
        '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}',
    ];
    let text: String = format!("Kari{}Nordmann 12 34", CONTROLS.iter().collect::<String>());
    let m = with_text_everywhere(&format!("\u{202E}{text}\u{2067}"));
    for format in [RenderFormat::Html, RenderFormat::Markdown] {
        let out =
            String::from_utf8(render_referat(&m, &RenderOptions::new(format, Lang::Nb)).unwrap())
                .unwrap();
        assert!(!out.contains(CONTROLS), "{format:?} holds a bidi control");
        assert!(out.contains("KariNordmann 12 34"), "{format:?}");
    }
    #[cfg(feature = "pdf")]
    {
        let pdf = render_referat(&m, &RenderOptions::new(RenderFormat::Pdf, Lang::Nb)).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bidi.pdf");
        std::fs::write(&path, pdf).unwrap();
        if let Some(t) = pdf::tool("pdftotext", &[path.to_str().unwrap(), "-"]) {
            assert!(!t.contains(CONTROLS), "the PDF holds a bidi control");
            assert!(t.contains("KariNordmann 12 34"), "{t}");
        }
    }
}

#[cfg(feature = "pdf")]
mod pdf {
    use super::*;

    /// Runs a tool; `None` when it is not installed (an error under CI).
    pub(super) fn tool(name: &str, args: &[&str]) -> Option<String> {
        match Command::new(name).args(args).output() {
            Ok(o) => {
                assert!(
                    o.status.success(),
                    "{name} failed: {}",
                    String::from_utf8_lossy(&o.stderr)
                );
                Some(String::from_utf8_lossy(&o.stdout).into_owned())
            }
            Err(_) if !crate::common::in_ci() => {
                eprintln!("note: {name} not installed; PDF check skipped (install poppler-utils)");
                None
            }
            Err(e) => panic!("{name} is required in CI (CI is set): {e}"),
        }
    }

    #[test]
    fn the_pdf_is_pdf_a_2b_with_an_output_intent_and_metadata() {
        let pdf = render(COMPLETE, RenderFormat::Pdf, Lang::Nb, false);
        assert!(pdf.starts_with(b"%PDF-"));
        let raw = String::from_utf8_lossy(&pdf);
        assert!(raw.contains("pdfaid:part>2<") || raw.contains("pdfaid:part=\"2\""));
        assert!(raw.contains("pdfaid:conformance>B<") || raw.contains("pdfaid:conformance=\"B\""));
        assert!(raw.contains("/OutputIntents"));
        assert!(raw.contains("/GTS_PDFA1"));
        assert!(raw.contains("dc:title"));
        assert!(raw.contains("<rdf:li xml:lang=\"x-default\">Referat fra dialogmøte 1</rdf:li>"));
        assert!(raw.contains("/Lang(nb)") || raw.contains("/Lang (nb)"));
    }

    #[test]
    fn the_pdf_holds_everything_with_every_font_embedded() {
        let dir = tempfile::tempdir().unwrap();
        for (lang, tag) in LANGS {
            let path = dir.path().join(format!("r-{tag}.pdf"));
            std::fs::write(&path, render(COMPLETE, RenderFormat::Pdf, lang, false)).unwrap();
            let p = path.to_str().unwrap();
            let Some(text) = tool("pdftotext", &["-layout", p, "-"]) else {
                return;
            };
            // Lines may wrap in table cells: compare with spaces collapsed.
            let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
            for want in expected_content(lang) {
                let want_flat = want.split_whitespace().collect::<Vec<_>>().join(" ");
                let found =
                    flat.contains(&want_flat) || want.split_whitespace().all(|w| flat.contains(w));
                assert!(found, "{tag}: `{want}` missing from the PDF text");
            }
            let page = match lang {
                Lang::En => "Page 1 of",
                _ => "Side 1 av",
            };
            assert!(flat.contains(page), "{tag}: no `{page}`");
            let fonts = tool("pdffonts", &[p]).unwrap();
            let rows: Vec<&str> = fonts.lines().skip(2).collect();
            assert!(!rows.is_empty());
            for row in rows {
                let cols: Vec<&str> = row.split_whitespace().collect();
                // name, type (1–2 words), encoding, emb, sub, uni, object, id
                let emb = cols[cols.len() - 5];
                assert_eq!(emb, "yes", "font not embedded: {row}");
            }
        }
    }

    /// The complete example with `run` as the summary of the status: one
    /// field holding a long text without a space.
    fn with_summary(run: &str) -> Minutes {
        let doc = COMPLETE.replace(
            "  summary: Arbeidstaker kan starte med kontorarbeid i redusert stilling. Utstyr for hjemmekontor må bestilles.",
            &format!("  summary: \"{run}\""),
        );
        assert_ne!(doc, COMPLETE);
        minutes(&doc)
    }

    /// Issue 23: 20,000 Chinese, Korean or Thai characters without a space
    /// in one field ended in `Validation([(TooLongString, …)])`: the
    /// characters the font lacks (drawn as `?`) were measured as taking no
    /// room, so the line never broke. Long runs of every script, and of
    /// characters that take no room, now break into lines, the file is
    /// PDF/A, and the text comes back out of it.
    #[test]
    fn twenty_thousand_characters_without_a_space_are_broken_into_lines() {
        let dir = tempfile::tempdir().unwrap();
        // (what is repeated, what the text of the PDF holds for it: the
        // font has no Chinese, Korean or Thai letters, which are drawn as
        // `?` with the letter itself as their text)
        let cases = [
            ("語", "語"),
            ("한", "한"),
            ("ก", "ก"),
            ("ж", "ж"),
            ("ø", "ø"),
            ("a\u{301}", "a\u{301}"),
            ("\u{200b}", ""),
        ];
        for (i, (unit, back)) in cases.into_iter().enumerate() {
            let m = with_summary(&unit.repeat(20_000));
            let opts = RenderOptions::new(RenderFormat::Pdf, Lang::Nb);
            let pdf = match render_referat(&m, &opts) {
                Ok(pdf) => pdf,
                Err(e) => panic!("{unit:?}: {e}"),
            };
            let raw = String::from_utf8_lossy(&pdf);
            assert!(raw.contains("pdfaid:part>2<") || raw.contains("pdfaid:part=\"2\""));
            let path = dir.path().join(format!("long-{i}.pdf"));
            std::fs::write(&path, &pdf).unwrap();
            let Some(text) = tool("pdftotext", &[path.to_str().unwrap(), "-"]) else {
                return;
            };
            if back.is_empty() {
                assert!(text.contains("Status"), "{unit:?}");
                continue;
            }
            let flat: String = text.split_whitespace().collect();
            let found = flat.matches(back).count();
            assert!(
                found >= 20_000,
                "{unit:?}: {found} of 20000 in the text of the PDF"
            );
            // Broken into lines of the page's width, over several pages.
            let lines = text.lines().filter(|l| l.contains(back)).count();
            assert!(lines > 100, "{unit:?}: {lines} lines");
        }
    }

    #[test]
    fn a_draft_pdf_says_utkast_on_every_page() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("draft.pdf");
        std::fs::write(&path, render(SPARSE, RenderFormat::Pdf, Lang::Nb, true)).unwrap();
        let p = path.to_str().unwrap();
        let Some(info) = tool("pdfinfo", &[p]) else {
            return;
        };
        let pages: usize = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        for n in 1..=pages {
            let n = n.to_string();
            let t = tool("pdftotext", &["-f", &n, "-l", &n, p, "-"]).unwrap();
            assert!(t.contains("UTKAST"), "page {n} has no UTKAST");
        }
    }
}

/// A hand-written draft with everyday mistakes: a Norwegian date, a role
/// in nynorsk, `fysisk` for the mode, a misspelt key, a participant that
/// is only a name, a wrong recipient and `ja` for a yes-or-no.
const UNFIT: &str = "\
format: dialogmote1/v1
meeting:
  date: 16.11.2026
  start: \"09:00\"
  mode: fysisk
participants:
  - role: arbeidstaker
    name: Kari Nordmann
    attended: true
  - role: arbeidsgjevar
    name: Ola Hansen
    atended: true
  - Per Berg
introduction:
  covered: {purpose: jaa}
referat:
  recipients: [arbeidstaker, navkontoret]
";

/// `render --draft` renders any draft that can be read (issue 25): what
/// does not fit the format is shown as not recorded and listed at the end
/// by the referat's names for it, in the reader's language, never with
/// the document's wrong text; the rest of the draft is there.
#[test]
fn a_draft_that_does_not_fit_the_format_renders_what_fits() {
    let md = text(UNFIT, RenderFormat::Markdown, Lang::Nb, true);
    assert!(md.starts_with("# UTKAST: Referat fra dialogmøte 1"), "{md}");
    // What fits is there.
    assert!(
        md.contains("Kari Nordmann") && md.contains("Ola Hansen"),
        "{md}"
    );
    assert!(md.contains("- **Tid:** 09.00–"), "{md}");
    // What does not is shown as not recorded.
    assert!(md.contains("- **Dato:** ikke ført"), "{md}");
    assert!(md.contains("- **Møteform:** ikke ført"), "{md}");
    assert!(md.contains("| ikke ført | Ola Hansen |"), "{md}");
    // Listed at the end by name, in the referat's words.
    for line in [
        "«Møtedato» mangler eller er ikke skrevet slik formatet krever",
        "«Møteform» mangler",
        "«Rolle» for deltaker 2 mangler",
        "deltaker 2 har noe som formatet ikke har plass til",
        "deltaker 3 mangler",
        "«Hva slags møte dette er, og hvorfor» mangler",
        "«Mottakere» mangler",
    ] {
        assert!(md.contains(line), "no `{line}` in {md}");
    }
    // Never the document's wrong text, a key or a pointer of the format.
    for wrong in [
        "16.11.2026",
        "arbeidsgjevar",
        "fysisk",
        "atended",
        "Per Berg",
        "jaa",
        "navkontoret",
        "participants",
        "/meeting",
    ] {
        assert!(!md.contains(wrong), "`{wrong}` in {md}");
    }
    // In the reader's language.
    let nn = text(UNFIT, RenderFormat::Markdown, Lang::Nn, true);
    assert!(
        nn.contains("«Møtedato» manglar eller er ikkje skriven slik formatet krev"),
        "{nn}"
    );
    let en = text(UNFIT, RenderFormat::Html, Lang::En, true);
    assert!(en.contains("“Role” of participant 2 is missing"), "{en}");
    // Every format renders it.
    for format in [RenderFormat::Html, RenderFormat::Markdown] {
        assert!(!render(UNFIT, format, Lang::En, true).is_empty());
    }
    // Not as a referat to be sent: its errors refuse it.
    let opts = RenderOptions::new(RenderFormat::Html, Lang::Nb);
    assert!(matches!(
        checked(UNFIT, &opts),
        Err(RenderError::Refused(_))
    ));
    // A privacy finding still refuses the draft.
    let private = UNFIT.replace("name: Kari Nordmann", "name: Kari 15058500027");
    let opts = opts.with_draft(true);
    assert!(matches!(
        checked(&private, &opts),
        Err(RenderError::Refused(r)) if !r.privacy.is_empty()
    ));
}

/// A draft whose required parts are missing altogether (no meeting, a
/// participant without a role, sections of the wrong kind) renders too.
#[test]
fn a_draft_without_its_required_parts_renders() {
    let doc = "format: dialogmote1/v1\nparticipants:\n  - name: Kari Nordmann\nstatus: avsluttet\nconclusion:\n  actions: ingen\n";
    let md = text(doc, RenderFormat::Markdown, Lang::Nb, true);
    assert!(md.contains("- **Dato:** ikke ført"), "{md}");
    assert!(md.contains("| ikke ført | Kari Nordmann |"), "{md}");
    assert!(md.contains("«Møtedato» mangler"), "{md}");
    assert!(md.contains("«Fase 2: Status» mangler"), "{md}");
    assert!(
        !md.contains("avsluttet") && !md.contains("\ningen\n"),
        "{md}"
    );
}
