//! The built-in catalogue's engine texts (`rules/input.yaml`, `texts`), for
//! the places that say a loader problem without a [`crate::Linter`]: rule
//! and configuration files, [`crate::Minutes::parse`]. Read once, lazily.
//! A linter says the same texts through its own catalogue.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::i18n::{Message, Text};
use crate::parse::{self, Limits, SourceKind};

#[derive(Deserialize)]
struct File {
    rules: Vec<RuleTexts>,
}

#[derive(Deserialize)]
struct RuleTexts {
    code: String,
    #[serde(default)]
    texts: BTreeMap<String, Entry>,
}

#[derive(Deserialize)]
struct Entry {
    /// None for an entry that is only a help.
    #[serde(default)]
    message: Text,
    #[serde(default)]
    help: Option<Text>,
}

type Table = BTreeMap<(String, String), Message>;

static TABLE: OnceLock<Table> = OnceLock::new();

/// The text `id` of the built-in engine rule `code`, with `args` filled in;
/// `None` if there is no such text (a test proves every id the code names
/// exists).
pub(crate) fn builtin(code: &str, id: &str, args: &[(&str, &str)]) -> Option<Message> {
    TABLE
        .get_or_init(read)
        .get(&(code.to_owned(), id.to_owned()))
        .map(|m| m.fill(args))
}

/// Fills the table from the built-in rules a catalogue has just compiled
/// out of the same file, so that the first DM002 of a run does not read
/// `rules/input.yaml` a second time (a tenth of building a linter).
pub(crate) fn seed<'a>(rules: impl IntoIterator<Item = &'a crate::rules::Rule>) {
    if TABLE.get().is_some() {
        return;
    }
    let mut out = Table::new();
    for r in rules {
        for (id, m) in &r.texts {
            out.insert((r.code.clone(), id.clone()), m.clone());
        }
    }
    let _ = TABLE.set(out);
}

/// The table read from `rules/input.yaml`.
pub(crate) fn read() -> Table {
    let text = crate::rules::BUILTIN_RULE_FILES[0].1;
    let Ok(doc) = parse::load(text, SourceKind::Yaml, &Limits::default()) else {
        return Table::new();
    };
    let Ok(file) = serde_json::from_value::<File>(doc.into_value()) else {
        return Table::new();
    };
    let mut out = Table::new();
    for r in file.rules {
        for (id, e) in r.texts {
            out.insert((r.code.clone(), id), Message::new(e.message, e.help));
        }
    }
    out
}
