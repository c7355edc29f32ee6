//! What the server keeps for a session: the settings agreed at
//! `initialize` and the open documents. The server, its features and the
//! worker all read these; none of them is needed to define them.

use std::cell::OnceCell;
use std::path::PathBuf;
use std::time::Duration;

use chrono::NaiveDate;
use dialogmote::Lang;
use serde_json::Value;

use super::convert::Encoding;
use super::text::Text;

/// What stays the same for the whole session.
#[derive(Debug)]
pub(crate) struct Settings {
    pub lang: Lang,
    pub encoding: Encoding,
    /// The rule reference, when `initializationOptions.docsUrl` names it:
    /// it overrides the configuration's `docs_url`. A finding links to
    /// `{docs_url}#{code}`; with neither, to nothing.
    pub docs_url: Option<String>,
    pub as_of: Option<NaiveDate>,
    pub debounce: Duration,
    pub snippets: bool,
    /// Whether the client can be asked to show a document at a place
    /// (`window/showDocument`).
    pub show_document: bool,
}

impl Settings {
    /// From `initialize`'s parameters: `initializationOptions` (`lang`,
    /// `asOf`, `docsUrl`, `debounceMs`), the client's `locale` and
    /// capabilities.
    pub(crate) fn from_initialize(params: &Value) -> Settings {
        let opts = params.get("initializationOptions").unwrap_or(&Value::Null);
        let text = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
        let lang = text(opts, "lang")
            .and_then(|l| Lang::from_locale(&l))
            .or_else(|| text(params, "locale").and_then(|l| Lang::from_locale(&l)))
            .unwrap_or_default();
        let offered = params
            .pointer("/capabilities/general/positionEncodings")
            .and_then(Value::as_array);
        let encoding = if offered.is_some_and(|a| a.iter().any(|e| e == "utf-8")) {
            Encoding::Utf8
        } else {
            Encoding::Utf16
        };
        let as_of = text(opts, "asOf")
            .filter(|s| s.len() == 10)
            .and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok());
        let docs_url = text(opts, "docsUrl").filter(|u| !u.is_empty());
        let debounce = opts
            .get("debounceMs")
            .and_then(Value::as_u64)
            .map_or(Duration::from_millis(15), |ms| {
                Duration::from_millis(ms.min(2000))
            });
        let snippets = params
            .pointer("/capabilities/textDocument/completion/completionItem/snippetSupport")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let show_document = params
            .pointer("/capabilities/window/showDocument/support")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        Settings {
            lang,
            encoding,
            docs_url,
            as_of,
            debounce,
            snippets,
            show_document,
        }
    }
}

/// An open document.
pub(crate) struct Doc {
    /// The text as changes edit it (see [`Text`]).
    text: Text,
    /// The whole text of this version, put together when first read.
    whole: OnceCell<String>,
    pub version: i32,
    pub path: Option<PathBuf>,
    /// Its configuration file, once looked up (`Some(None)`: none).
    pub(crate) config: Option<Option<PathBuf>>,
}

impl Doc {
    pub(crate) fn new(text: &str, version: i32, path: Option<PathBuf>) -> Doc {
        Doc {
            text: Text::new(text),
            whole: OnceCell::new(),
            version,
            path,
            config: None,
        }
    }

    /// The text as it is now, as the worker takes it (the chunks are
    /// shared, not copied).
    pub(crate) fn snapshot(&self) -> Text {
        self.text.clone()
    }

    /// The document's text as it is now.
    pub(crate) fn text(&self) -> &str {
        self.whole.get_or_init(|| self.text.to_text())
    }

    /// Applies one `TextDocumentContentChangeEvent` (see [`Text::apply`]):
    /// in time that grows with the change, not with the document.
    pub(crate) fn change(&mut self, change: &Value, encoding: Encoding) {
        self.whole.take();
        self.text.apply(change, encoding);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn incremental_changes_count_utf16_units() {
        let mut doc = Doc::new("a: 😀b\r\nc: d\n", 1, None);
        let change = json!({
            "range": { "start": { "line": 0, "character": 5 }, "end": { "line": 1, "character": 1 } },
            "text": "X",
        });
        doc.change(&change, Encoding::Utf16);
        assert_eq!(doc.text(), "a: 😀X: d\n");
        doc.change(&json!({ "text": "new" }), Encoding::Utf16);
        assert_eq!(doc.text(), "new");
        // A range past the end is clamped, not a panic.
        let far = json!({
            "range": { "start": { "line": 9, "character": 0 }, "end": { "line": 1, "character": 0 } },
            "text": "!",
        });
        doc.change(&far, Encoding::Utf16);
        assert_eq!(doc.text(), "new!");
    }

    #[test]
    fn the_language_comes_from_the_options_then_the_locale_then_bokmal() {
        let lang = |p: Value| Settings::from_initialize(&p).lang;
        assert_eq!(lang(json!({})), Lang::Nb);
        assert_eq!(lang(json!({ "locale": "en-US" })), Lang::En);
        assert_eq!(lang(json!({ "locale": "no" })), Lang::Nb);
        assert_eq!(lang(json!({ "locale": "de" })), Lang::Nb);
        assert_eq!(
            lang(json!({ "locale": "en", "initializationOptions": { "lang": "nn" } })),
            Lang::Nn
        );
    }
}
