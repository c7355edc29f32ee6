//! What a person reads in bokmål and nynorsk is plain words (issue 25):
//! over the fixtures, the hostile inputs, the examples and referats written
//! the way people write them, the human report's findings, help and fix
//! lines name fields by the guide's labels and items from 1. No byte
//! offset, no `[0]` index, no JSON pointer, no dotted path of keys, and no
//! English word in a Norwegian line. The JSON, SARIF and language-server
//! outputs keep pointers as data; they are not read here.

use dialogmote::{HumanOptions, Lang, Source, SourceKind};

use crate::common;

/// Referats as people write them, with everyday mistakes: Norwegian dates
/// and times, `ja`, `fysisk`, `100 %`, `NAV`, nynorsk role words, a key
/// misspelt, an action without its due date, a participant without
/// `attended`.
const EVERYDAY: &[&str] = &[
    "format: dialogmote1/v1
meeting:
  date: 16.11.2026
  start: 9.00
  end: kl. 10
  mode: fysisk
  location: Møterom Fjord
sick_leave:
  start: 05.10.2026
  grade: 100 %
follow_up_plan:
  date: 29.10.2026
participants:
  - role: arbeidstaker
    name: Kari Nordmann
    attended: ja
  - role: Arbeidsgiver
    name: Ola Hansen
    atended: true
  - role: lege/behandler
    name: Per Berg
  - role: annen
    name: Hanne HR
    attended: true
introduction:
  covered: {purpose: ja, introductions: true}
solutions:
  measures:
    gradert_sykmelding: {decision: søke}
    arbeidsplassvurdering: {decision: ja}
  proposals:
    - description: Kontorarbeid
      proposed_by: NAV
      employer_assessment: ja
conclusion:
  actions:
    - what: Skrive sykmelding
      owner: arbeidsgjevar
      due: 23.11.2026
    - what: Bestille pult
      owner: NAV
  next_follow_up: 14.12.2026
referat:
  author: Hanne HR
  sent: 19.11.2026
  recipients: [arbeidstaker, NAV]
",
    "format: dialogmote1/v1
meeting: {date: 2026-11-16, start: '0900', end: '13:00:00', mode: telefon}
sick_leave: {start: 2026-09-01, full_absence_start: 2026-09-01, grade: 50}
participants:
  - {role: arbeidstakar, attended: true}
  - {role: arbeidsgjevar, attended: true}
  - {role: bht, attended: nei}
conclusion:
  workplace_arena: ja
  actions:
    - {what: Følgje opp, owner: bedriftshelsetenesta, due: 2026-11-01}
referat: {author: annen, recipients: [nav]}
",
];

/// English words that must not reach a bokmål or nynorsk reader.
const ENGLISH: &[&str] = &[
    "the", "must", "missing", "should", "write", "wrote", "error", "errors", "key", "value", "is",
    "not", "and", "or", "of", "no", "rule", "action", "field", "date", "written", "here",
    "allowed",
];

fn corpus() -> Vec<(String, Vec<u8>, SourceKind)> {
    let mut out = Vec::new();
    for dir in ["tests/fixtures", "tests/hostile", "examples"] {
        let mut paths: Vec<_> = std::fs::read_dir(common::root().join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
        for p in paths {
            let kind = match p.extension().and_then(|e| e.to_str()) {
                Some("yaml" | "yml") => SourceKind::Yaml,
                Some("json") => SourceKind::Json,
                _ => continue,
            };
            out.push((p.display().to_string(), std::fs::read(&p).unwrap(), kind));
        }
    }
    for (i, doc) in EVERYDAY.iter().enumerate() {
        out.push((
            format!("everyday-{i}.yaml"),
            doc.as_bytes().to_vec(),
            SourceKind::Yaml,
        ));
    }
    out
}

/// `text` without its backticked code: what a person reads as prose.
fn prose(text: &str) -> String {
    text.split('`').step_by(2).collect::<Vec<_>>().join(" ")
}

/// What is wrong with one line of the human report for a Norwegian reader.
fn problems(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    // A byte range of an edit: `[693–703 → …]`.
    if line.contains('→') || line.contains(" [") && line.contains('–') && line.contains(']') {
        out.push("byte offsets".to_owned());
    }
    let bytes = line.as_bytes();
    for (i, w) in bytes.windows(2).enumerate() {
        // `participants[0]`: a 0-based index.
        if w[0] == b'[' && w[1].is_ascii_digit() && i > 0 && bytes[i - 1].is_ascii_alphabetic() {
            out.push("an [n] index".to_owned());
        }
        // `/meeting/date`: a pointer (a slash that starts a word, then a key).
        if w[0] == b'/'
            && w[1].is_ascii_lowercase()
            && (i == 0 || matches!(bytes[i - 1], b' ' | b'`' | b'(' | b'"'))
        {
            out.push("a pointer".to_owned());
        }
    }
    // `conclusion.agreed`: a dotted path of keys, in code or prose.
    for word in line.split(|c: char| c.is_whitespace() || c == '`' || c == '(' || c == ')') {
        let parts: Vec<&str> = word.trim_end_matches([',', ';', ':']).split('.').collect();
        if parts.len() >= 2
            && parts
                .iter()
                .all(|p| p.len() > 2 && p.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
            && parts.iter().any(|p| p.contains('_') || p.len() > 5)
        {
            out.push(format!("a dotted path ({word})"));
        }
    }
    for w in prose(line).split(|c: char| !c.is_alphanumeric() && c != '(' && c != ')') {
        if ENGLISH.contains(&w) {
            out.push(format!("the English word {w:?}"));
        }
    }
    out
}

#[test]
fn norwegian_human_output_names_fields_by_label_and_has_no_code_or_english() {
    let linter = common::linter();
    let mut failures = Vec::new();
    let mut lines = 0;
    for (name, bytes, kind) in corpus() {
        let source = Source::from_bytes(name.clone(), &bytes).with_kind(kind);
        let mut run = linter.run(common::opts());
        run.add(&source);
        let report = run.finish();
        for lang in [Lang::Nb, Lang::Nn] {
            let text = dialogmote::render_human(&report, &HumanOptions::new(false, lang));
            for line in text.lines() {
                // `path:L:C: feil[DM002] message`: the path is the user's.
                let line = match line.strip_prefix(name.as_str()) {
                    Some(rest) => match rest.split_once("] ") {
                        Some((_, message)) => message,
                        None => continue,
                    },
                    None => line,
                };
                lines += 1;
                for p in problems(line) {
                    failures.push(format!("{name} {lang:?}: {p}: {line}"));
                }
            }
        }
    }
    assert!(lines > 500, "only {lines} lines read");
    assert!(
        failures.is_empty(),
        "{} lines a person should not read:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The checks above can fail: each kind of problem is seen.
#[test]
fn the_plain_words_check_sees_each_problem() {
    for (line, problem) in [
        ("= retting: skriv `x` [40–47 → `x`]", "byte offsets"),
        ("`participants[0].attended` må være", "an [n] index"),
        ("skriv datoen i `/meeting/date`", "a pointer"),
        ("det er ikke ført (`conclusion.agreed`)", "a dotted path"),
        ("the referat has 5 errors", "the English word"),
    ] {
        assert!(
            problems(line).iter().any(|p| p.starts_with(problem)),
            "{line}: {:?}",
            problems(line)
        );
    }
    assert!(
        problems("«Frist» for oppgave 2 under «Hvem gjør hva når» mangler; skriv 23.11.2026 som `2026-11-23`")
            .is_empty()
    );
    assert!(problems("mente du `lege` (Lege/behandler)?").is_empty());
}

/// A rule that names a field in words («Frist») uses the field's name as
/// the referat, the form and every other message say it: a quoted name in
/// a built-in rule's message or help is a label of the catalogue (the
/// referat's, the fields' or the page's), so a label changed in one place
/// cannot leave an old name in a rule. Quotations of the guide's own items
/// (the agenda of Fase 1, a question of Fase 4) are the guide's words.
#[test]
fn names_quoted_in_rule_texts_are_the_catalogues_labels() {
    let catalogue = dialogmote::text_catalogue();
    let labels = |lang: Lang| -> Vec<String> {
        catalogue
            .iter()
            .filter(|t| matches!(t.area, "referat" | "field" | "web"))
            .filter_map(|t| t.message.as_ref().map(|m| m.get(lang).to_owned()))
            .collect()
    };
    let mut unknown = Vec::new();
    for lang in [Lang::Nb, Lang::Nn, Lang::En] {
        let known = labels(lang);
        let (o, c) = if lang == Lang::En {
            ('“', '”')
        } else {
            ('«', '»')
        };
        for rule in common::linter().rules().filter(|r| r.is_builtin()) {
            let texts = std::iter::once(&rule.message).chain(rule.help.as_ref());
            for text in texts {
                let t = text.get(lang);
                let mut rest = t;
                while let Some(i) = rest.find(o) {
                    let after = &rest[i + o.len_utf8()..];
                    // The outermost quotation: a name may hold a quoted name.
                    let mut depth = 1;
                    let mut end = None;
                    for (j, ch) in after.char_indices() {
                        if ch == o {
                            depth += 1;
                        } else if ch == c {
                            depth -= 1;
                            if depth == 0 {
                                end = Some(j);
                                break;
                            }
                        }
                    }
                    let Some(j) = end else { break };
                    let name = &after[..j];
                    let guide = GUIDE_WORDS.contains(&name);
                    if !guide && !known.iter().any(|k| k == name) {
                        unknown.push(format!("{} {lang:?}: «{name}» in {t}", rule.code));
                    }
                    rest = &after[j + c.len_utf8()..];
                }
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "not a label of the catalogue:\n{}",
        unknown.join("\n")
    );
}

/// The guide's own words that rules quote (its agenda items and
/// questions), which are not field names.
const GUIDE_WORDS: &[&str] = &[];
