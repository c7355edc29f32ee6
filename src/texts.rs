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

/// The text `id` of the built-in engine rule `code`, with `args` filled in;
/// `None` if there is no such text (a test proves every id the code names
/// exists).
pub(crate) fn builtin(code: &str, id: &str, args: &[(&str, &str)]) -> Option<Message> {
    static TABLE: OnceLock<BTreeMap<(String, String), Message>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let text = crate::rules::BUILTIN_RULE_FILES[0].1;
        let Ok(doc) = parse::load(text, SourceKind::Yaml, &Limits::default()) else {
            return BTreeMap::new();
        };
        let Ok(file) = serde_json::from_value::<File>(doc.into_value()) else {
            return BTreeMap::new();
        };
        let mut out = BTreeMap::new();
        for r in file.rules {
            for (id, e) in r.texts {
                out.insert((r.code.clone(), id), Message::new(e.message, e.help));
            }
        }
        out
    });
    table
        .get(&(code.to_owned(), id.to_owned()))
        .map(|m| m.fill(args))
}
