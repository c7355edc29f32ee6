//! Every text in the built-in rule catalogue (`rules/*.yaml`) and in the
//! library's text catalogue (`src/texts/`) has a nynorsk
//! version (`nn`) next to bokmål (`nb`) and English (`en`), and the nynorsk
//! keeps what the bokmål promises: the same placeholders and backticked
//! names, the same sentence shape, and no bokmål-only words in its prose.
//!
//! The checks read the YAML files themselves, not the compiled rules, so
//! they hold whether or not the compiler uses `nn` yet.

use std::collections::BTreeSet;
use std::path::Path;

use serde_yaml::Value;

/// Rule files that may still lack `nn` texts: none. The mechanism stays
/// for a new rule file added before its translation; a file on the list
/// that is fully translated fails the test, so the list cannot go stale.
/// The `nn` texts such a file does have are checked like all others.
const NOT_YET: &[&str] = &[];

/// Bokmål texts of more than three words whose nynorsk is rightly the same
/// sentence.
const SAME_IN_BOTH: &[&str] = &[
    // DM602, DM703: the field names are the same in nynorsk.
    "«Sluttid» ({end}) er før eller lik «Starttid» ({start})",
    "Fjern koden og eventuell diagnosetekst.",
    // DM001 (src/texts/engine.rs): nynorsk says these the same way.
    "tabulator brukt til innrykk",
    "YAML-syntaksen er ugyldig her",
    "komma etter siste element",
    "skriv `\\n` for linjeskift og `\\t` for tabulator",
    "ugyldig UTF-8 (byte 0x{byte})",
    // DM002 (src/texts/engine.rs): nynorsk says these the same way.
    "skriv `true` for ja og `false` for nei",
    "fyll inn møtet (`meeting:`) med møtedatoen (`date: ÅÅÅÅ-MM-DD`)",
];

/// Backticked examples that are words, translated: (bokmål, nynorsk).
const TRANSLATED_CODE: &[(&str, &str)] = &[("*navn", "*namn"), ("&navn", "&namn")];

/// Words that are bokmål only: their nynorsk forms differ (`ikkje`, `kva`,
/// `kven`, `korleis`, `kvifor`, `vere`, `nokon`, `berre`, `frå`, `vart`,
/// `utan`, `òg`, `sjølv`, `manglar`, …). Checked in nynorsk prose, outside
/// backticks and «quotations».
const BOKMAL_WORDS: &[&str] = &[
    "ikke",
    "hva",
    "hvem",
    "hvordan",
    "hvorfor",
    "hvis",
    "hvilke",
    "hvilken",
    "hvilket",
    "hvor",
    "være",
    "noen",
    "noe",
    "bare",
    "dere",
    "deres",
    "fra",
    "ble",
    "mye",
    "uten",
    "også",
    "selv",
    "egen",
    "eget",
    "egne",
    "hennes",
    "gjøre",
    "gjør",
    "gjøres",
    "mangler",
    "enige",
    "beskrivelse",
    "behandler",
    "innkalt",
    "videre",
    "senere",
    "særlig",
    "ansvarlig",
    "hjemme",
];

/// Parts of words that mark a bokmål form (`sjuk-`, `fråvær`, `verksemd`,
/// `-teneste`, `løysing`, `rettleiar`, `arbeidsgivar`, `arbeidstakar`,
/// `deltakar`).
const BOKMAL_STEMS: &[&str] = &[
    "sykm",
    "sykef",
    "sykdom",
    "fravær",
    "virksomhet",
    "tjenest",
    "løsning",
    "veileder",
    "arbeidsgiver",
    "arbeidstaker",
    "deltaker",
];

/// Bokmål words allowed in nynorsk prose as names: the guide's name of
/// phase 3 (`Fase 3 Løsningsfasen`), which the rules and their messages use
/// as the phase's name.
const GUIDE_NAMES: &[&str] = &["løsningsfasen"];

/// Schema values that a text lists without backticks, as its bokmål does:
/// (the text's place, ending `CODE/docs/FIELD`, and the value).
const BARE_VALUES: &[(&str, &str)] = &[("DM705/docs/what", "arbeidstaker")];

/// One text of the catalogue: where it is and its three languages.
struct Entry<'a> {
    at: String,
    nb: &'a str,
    nn: Option<&'a Value>,
    en: &'a str,
}

/// What checking one file found.
#[derive(Default)]
struct Outcome {
    problems: Vec<String>,
    texts: usize,
    missing_nn: usize,
    /// Each text's place and bokmål, to keep the exception lists honest.
    seen: Vec<(String, String)>,
}

fn rules_dir() -> &'static Path {
    Box::leak(crate::common::root().join("rules").into_boxed_path())
}

/// Every mapping with string `nb` and `en` keys, with a path like
/// `DM104/docs/why`.
fn entries<'a>(value: &'a Value, at: &str, out: &mut Vec<Entry<'a>>) {
    match value {
        Value::Mapping(map) => {
            if let (Some(Value::String(nb)), Some(Value::String(en))) =
                (map.get("nb"), map.get("en"))
            {
                out.push(Entry {
                    at: at.to_owned(),
                    nb,
                    nn: map.get("nn"),
                    en,
                });
                return;
            }
            for (key, child) in map {
                let key = key.as_str().unwrap_or("?");
                entries(child, &format!("{at}/{key}"), out);
            }
        }
        Value::Sequence(items) => {
            for (i, child) in items.iter().enumerate() {
                let step = match child.get("code").and_then(Value::as_str) {
                    Some(code) => code.to_owned(),
                    None => i.to_string(),
                };
                entries(child, &format!("{at}/{step}"), out);
            }
        }
        _ => {}
    }
}

/// The rule fields that hold user-facing text; each must be a
/// `{nb, nn, en}` mapping, not a single string.
fn single_string_texts(doc: &Value, problems: &mut Vec<String>) {
    let Some(rules) = doc.get("rules").and_then(Value::as_sequence) else {
        return;
    };
    for rule in rules {
        let code = rule.get("code").and_then(Value::as_str).unwrap_or("?");
        let docs = rule.get("docs").and_then(Value::as_mapping);
        let fields = ["message", "help"]
            .iter()
            .map(|k| (k.to_string(), rule.get(*k)))
            .chain(
                ["what", "why", "fix", "source", "notes"]
                    .iter()
                    .map(|k| (format!("docs/{k}"), docs.and_then(|d| d.get(*k)))),
            );
        for (field, value) in fields {
            if let Some(Value::String(_)) = value {
                problems.push(format!(
                    "{code}/{field}: a single string; write it as `nb:`, `nn:` and `en:`"
                ));
            }
        }
    }
}

/// `text` without backticked spans, «quotations» and `{placeholders}`: the
/// prose that must be written in the language itself.
fn prose(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut close = None;
    for c in text.chars() {
        match close {
            Some(end) if c == end => close = None,
            Some(_) => {}
            None => match c {
                '`' => close = Some('`'),
                '«' => close = Some('»'),
                '{' => close = Some('}'),
                _ => out.push(c),
            },
        }
    }
    out
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The spans between `open` and `close` (backticks: both the same).
fn spans(text: &str, open: char, close: char) -> BTreeSet<&str> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find(open) {
        let after = &rest[start + open.len_utf8()..];
        let Some(len) = after.find(close) else { break };
        found.insert(&after[..len]);
        rest = &after[len + close.len_utf8()..];
    }
    found
}

/// The `{name}` placeholders (also inside backticks, like `` `{role}` ``),
/// and the backticked spans, which hold keys, values and placeholders.
fn fixed_parts(text: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let placeholders = spans(text, '{', '}')
        .into_iter()
        .filter(|p| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
        })
        .map(str::to_owned)
        .collect();
    // An example suppression comment keeps its directive, but its reason is
    // prose, written in each language: only the part up to `--` must agree.
    let code = spans(text, '`', '`')
        .into_iter()
        .map(|c| match c.split_once(" -- ") {
            Some((directive, _)) if c.starts_with("# dialogmote: ignore") => {
                format!("{directive} -- …")
            }
            _ => c.to_owned(),
        })
        .collect();
    (placeholders, code)
}

fn starts_upper(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase)
}

/// Every problem with one text's `nn`.
fn check_entry(entry: &Entry<'_>, file: &str, tolerate_missing: bool, out: &mut Outcome) {
    out.texts += 1;
    let at = format!("{file}: {}", entry.at);
    let nn = match entry.nn {
        Some(Value::String(nn)) if !nn.trim().is_empty() => nn.as_str(),
        Some(Value::String(_)) => {
            out.problems.push(format!("{at}: `nn` is empty"));
            return;
        }
        Some(_) => {
            out.problems.push(format!("{at}: `nn` is not a string"));
            return;
        }
        None => {
            out.missing_nn += 1;
            if !tolerate_missing {
                out.problems
                    .push(format!("{at}: no `nn` next to `nb` and `en`"));
            }
            return;
        }
    };
    let nb = entry.nb;
    if nn == nb && words(&prose(nb)).len() > 3 && !SAME_IN_BOTH.contains(&nb) {
        out.problems.push(format!(
            "{at}: `nn` is the bokmål text unchanged; translate it, or add it to SAME_IN_BOTH if nynorsk says it the same way"
        ));
    }
    let (nb_vars, nb_code) = fixed_parts(nb);
    let (nn_vars, mut nn_code) = fixed_parts(nn);
    for (b, n) in TRANSLATED_CODE {
        if nn_code.remove(*n) {
            nn_code.insert((*b).to_owned());
        }
    }
    if nb_vars != nn_vars {
        out.problems.push(format!(
            "{at}: placeholders differ: nb has {nb_vars:?}, nn has {nn_vars:?}"
        ));
    }
    if nb_code != nn_code {
        let only_nb: Vec<_> = nb_code.difference(&nn_code).collect();
        let only_nn: Vec<_> = nn_code.difference(&nb_code).collect();
        out.problems.push(format!(
            "{at}: backticked spans differ: only in nb {only_nb:?}, only in nn {only_nn:?}"
        ));
    }
    // The English text names the same placeholders; a slip in nb or en
    // shows up here too.
    // `{detail}`, a parser's own English words, is said in English only.
    let (mut en_vars, _) = fixed_parts(entry.en);
    en_vars.remove("detail");
    if en_vars != nn_vars {
        out.problems.push(format!(
            "{at}: placeholders differ: en has {en_vars:?}, nn has {nn_vars:?}"
        ));
    }
    let lint_level = entry.at.ends_with("/message") || entry.at.ends_with("/help");
    if nn.contains('\n') {
        out.problems.push(format!("{at}: `nn` spans several lines"));
    }
    if lint_level {
        if starts_upper(nn) && !starts_upper(nb) {
            out.problems.push(format!(
                "{at}: a message or help must start in lowercase, as in nb"
            ));
        }
        if nn.ends_with('.') && !nn.ends_with("..") {
            out.problems
                .push(format!("{at}: a message or help must end without a period"));
        }
    } else {
        if starts_upper(nn) != starts_upper(nb) {
            out.problems.push(format!(
                "{at}: `nn` and `nb` differ in starting with a capital letter"
            ));
        }
        if nn.ends_with('.') != nb.ends_with('.') {
            out.problems.push(format!(
                "{at}: `nn` and `nb` differ in ending with a period"
            ));
        }
    }
    let mut bokmal: Vec<String> = words(&prose(nn))
        .into_iter()
        .filter(|w| {
            BOKMAL_WORDS.contains(&w.as_str()) || BOKMAL_STEMS.iter().any(|s| w.contains(s))
        })
        .filter(|w| !GUIDE_NAMES.contains(&w.as_str()))
        .filter(|w| {
            !BARE_VALUES
                .iter()
                .any(|(place, value)| entry.at.ends_with(place) && w == value)
        })
        .collect();
    bokmal.dedup();
    if !bokmal.is_empty() {
        out.problems.push(format!(
            "{at}: bokmål words in the nynorsk prose: {bokmal:?} (a citation from the guide goes in «…», a key or value in backticks)"
        ));
    }
}

/// Checks one rule file's text; `tolerate_missing` is set for the files in
/// [`NOT_YET`].
fn check_file(name: &str, yaml: &str, tolerate_missing: bool) -> Outcome {
    let mut out = Outcome::default();
    let doc: Value = match serde_yaml::from_str(yaml) {
        Ok(doc) => doc,
        Err(e) => {
            out.problems.push(format!("{name}: not YAML: {e}"));
            return out;
        }
    };
    single_string_texts(&doc, &mut out.problems);
    let mut found = Vec::new();
    entries(&doc, "", &mut found);
    for entry in &found {
        check_entry(entry, name, tolerate_missing, &mut out);
        out.seen.push((entry.at.clone(), entry.nb.to_owned()));
    }
    out
}

fn rule_files() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(rules_dir())
        .expect("rules/ is readable")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).expect("a rule file is readable");
            (name, text)
        })
        .collect();
    files.sort();
    files
}

#[test]
fn every_catalogue_text_has_a_matching_nynorsk_version() {
    let files = rule_files();
    assert!(files.len() >= 9, "only {} rule files found", files.len());
    let mut problems = Vec::new();
    let mut texts = 0;
    let mut translated = 0;
    let mut seen = Vec::new();
    for (name, yaml) in &files {
        let pending = NOT_YET.contains(&name.as_str());
        let out = check_file(name, yaml, pending);
        if pending && out.texts > 0 && out.missing_nn == 0 {
            problems.push(format!(
                "{name}: every text has `nn` now; remove it from NOT_YET in tests/nynorsk.rs"
            ));
        }
        texts += out.texts;
        translated += out.texts - out.missing_nn;
        problems.extend(out.problems);
        seen.extend(out.seen);
    }
    // The findings' texts of the library's own catalogue (`src/texts/`,
    // DM001–DM006), the same way. (Its referat labels and the page's words
    // are sentences of another kind, checked where they are said.)
    let library = dialogmote::text_catalogue();
    let values: Vec<(String, &str, Value, &str)> = library
        .iter()
        .filter(|t| t.area.starts_with("DM"))
        .flat_map(|t| {
            let at = format!("{}/{}", t.area, t.id);
            [("message", &t.message), ("help", &t.help)]
                .into_iter()
                .filter_map(move |(part, text)| {
                    let text = text.as_ref()?;
                    Some((
                        format!("{at}/{part}"),
                        text.nb.as_str(),
                        Value::String(text.nn.clone()),
                        text.en.as_str(),
                    ))
                })
        })
        .collect();
    let mut out = Outcome::default();
    for (at, nb, nn, en) in &values {
        let entry = Entry {
            at: at.clone(),
            nb,
            nn: Some(nn),
            en,
        };
        check_entry(&entry, "src/texts", false, &mut out);
        out.seen.push((at.clone(), (*nb).to_owned()));
    }
    texts += out.texts;
    translated += out.texts;
    problems.extend(out.problems);
    seen.extend(out.seen);
    assert!(
        values.len() > 100,
        "only {} library texts found",
        values.len()
    );
    for same in SAME_IN_BOTH {
        if !seen.iter().any(|(_, nb)| nb == same) {
            problems.push(format!("SAME_IN_BOTH names a text no rule has: {same:?}"));
        }
    }
    for (place, _) in BARE_VALUES {
        if !seen.iter().any(|(at, _)| at.ends_with(place)) {
            problems.push(format!("BARE_VALUES names a place no rule has: {place}"));
        }
    }
    for name in NOT_YET {
        if !files.iter().any(|(f, _)| f == name) {
            problems.push(format!("NOT_YET names {name}, which is not in rules/"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(texts > 300, "only {texts} texts found");
    assert!(translated > 150, "only {translated} texts have `nn`");
}

/// The checks can fail: each broken copy of a real rule file is caught.
#[test]
fn a_broken_translation_is_caught() {
    let name = "participants.yaml";
    let yaml = std::fs::read_to_string(rules_dir().join(name)).expect("readable");
    assert!(check_file(name, &yaml, false).problems.is_empty());

    // (what, the text replaced, its replacement, the problem reported)
    let breakages = [
        (
            "a missing nn line",
            "      nn: ingen deltakar er ført opp med rolla «Arbeidstakar»\n",
            "",
            "no `nn`",
        ),
        (
            "the bokmål copied",
            "nn: Referatet skal vise kven som faktisk var i møtet",
            "nn: Referatet skal vise hvem som faktisk var i møtet",
            "bokmål words",
        ),
        (
            "a lost placeholder",
            "nn: \"det står ikkje om {item} deltok:",
            "nn: \"det står ikkje om deltakaren deltok:",
            "placeholders differ",
        ),
        (
            "a renamed key",
            "nn: \"kryss av for «Deltok» om personen var med; skriv `attended: true`",
            "nn: \"kryss av for «Deltok» om personen var med; skriv `deltok: true`",
            "backticked spans differ",
        ),
        (
            "a capital letter in a message",
            "nn: ingen deltakar",
            "nn: Ingen deltakar",
            "start in lowercase",
        ),
        (
            "a period after a message",
            "nn: slå saman dei to oppføringane",
            "nn: slå saman dei to oppføringane.",
            "end without a period",
        ),
        (
            "a period missing after a docs sentence",
            "nn: Skriv kort kvifor personen ikkje deltok.",
            "nn: Skriv kort kvifor personen ikkje deltok",
            "ending with a period",
        ),
        (
            "a bokmål word",
            "nn: Skriv kort kvifor",
            "nn: Skriv kort hvorfor",
            "bokmål words",
        ),
        (
            "a bokmål stem",
            "nn: Fråvær frå møtet",
            "nn: Fravær frå møtet",
            "bokmål words",
        ),
        (
            "an empty nn",
            "nn: slå saman dei to oppføringane",
            "nn: \"\"",
            "is empty",
        ),
    ];
    for (what, from, to, reported) in breakages {
        let broken = yaml.replacen(from, to, 1);
        assert_ne!(broken, yaml, "{what}: the breakage changed nothing");
        let out = check_file(name, &broken, false);
        assert!(
            out.problems.iter().any(|p| p.contains(reported)),
            "{what} was not caught as {reported:?}: {:?}",
            out.problems
        );
    }
    // A file still on NOT_YET may lack nn, but not have a bad one.
    let untranslated: String = yaml
        .lines()
        .filter(|l| !l.trim_start().starts_with("nn:"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(check_file(name, &untranslated, true).problems.is_empty());
    assert!(!check_file(name, &untranslated, false).problems.is_empty());
    let bad = yaml.replacen("nn: ingen deltakar", "nn: Ingen deltakar", 1);
    assert!(!check_file(name, &bad, true).problems.is_empty());
}

/// A guide citation in «…» and a schema value in backticks may be bokmål.
#[test]
fn citations_and_keys_may_be_bokmal() {
    let yaml = "rules:\n  - code: X1\n    message:\n      nb: punktet «Hva er vi enige om?» mangler for `arbeidstaker`\n      nn: punktet «Hva er vi enige om?» manglar for `arbeidstaker`\n      en: the item is missing for `arbeidstaker`\n";
    let out = check_file("x.yaml", yaml, false);
    assert!(out.problems.is_empty(), "{:?}", out.problems);
    assert_eq!(out.texts, 1);
}
