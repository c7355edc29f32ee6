//! Every text a user can see, in bokmål, nynorsk and English, by id: the
//! first stage of the pipeline, which every later stage may use and which
//! uses none of them. The loader, the schema check and the engine say a
//! text by its id and the values of its placeholders; the words are looked
//! up only where a finding or a page is made.
//!
//! Each area of the product has one enum of ids, declared with
//! [`catalogue!`]: the compiler rejects an id that does not exist, and the
//! enum's `ALL` lets one test prove that every text has three languages
//! with the same placeholders, and another that no text is unused. A rule's
//! own message stays in its entry in `rules/*.yaml` (a rule is written,
//! reviewed and tested as one unit, and a custom rule file brings its texts
//! the same way).
//!
//! A translator reads and corrects the texts of an area in one file:
//! `engine.rs` (what the loader, the schema check, the suppressions and the
//! limits say: DM001–DM006).

mod engine;
mod lang;

pub(crate) use lang::fill_template;
pub use lang::{Lang, Message, Text};

pub(crate) use engine::EngineText;

/// One text in the three languages, as written in the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tr {
    /// Norwegian bokmål.
    pub nb: &'static str,
    /// Norwegian nynorsk.
    pub nn: &'static str,
    /// English.
    pub en: &'static str,
}

impl Tr {
    /// The text in `lang`.
    pub(crate) fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nn => self.nn,
            Lang::En => self.en,
            _ => self.nb,
        }
    }

    /// The text with each `{name}` of `args` filled in, in every language.
    pub(crate) fn fill(self, args: &[(&str, &str)]) -> Text {
        Text::from_fn(|l| {
            fill_template(self.get(l), |name| {
                args.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
            })
        })
    }
}

/// One entry of a catalogue: what its text says, its advice, and the names
/// of its placeholders.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    /// The group it belongs to: a rule code (`DM001`) or an area.
    pub group: &'static str,
    /// Its id within the group, as translators and tests name it.
    pub id: &'static str,
    /// The names of its placeholders (`{name}` in the texts).
    pub args: &'static [&'static str],
    /// The text (`None` for an entry that is only advice).
    pub message: Option<Tr>,
    /// The advice, if any.
    pub help: Option<Tr>,
}

impl Entry {
    /// Message and advice with `args` filled in; an entry that is only
    /// advice says nothing.
    pub(crate) fn fill(&self, args: &[(&str, &str)]) -> Message {
        debug_assert!(
            args.iter().all(|(n, _)| self.args.contains(n)),
            "{}/{}: placeholders {:?}, given {:?}",
            self.group,
            self.id,
            self.args,
            args
        );
        Message::new(
            self.message.map(|m| m.fill(args)).unwrap_or_default(),
            self.help.map(|h| h.fill(args)),
        )
    }
}

/// Declares an enum of text ids and its table. Each entry:
///
/// ```text
/// /// What it says in English (for readers of the code).
/// Name = "GROUP" "id" [placeholder, …] {
///     message: "bokmål", "nynorsk", "English";
///     help: "bokmål", "nynorsk", "English";
/// }
/// ```
///
/// `message` and `help` are each optional (a label has only a message,
/// some entries only advice).
macro_rules! catalogue {
    (
        $(#[$meta:meta])*
        $vis:vis enum $Enum:ident {
            $(
                $(#[$vmeta:meta])*
                $Var:ident = $group:literal $id:literal [$($arg:ident),*] {
                    $(message: $mnb:literal, $mnn:literal, $men:literal;)?
                    $(help: $hnb:literal, $hnn:literal, $hen:literal;)?
                }
            )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $Enum {
            $($(#[$vmeta])* $Var,)+
        }

        impl $Enum {
            /// Every id, in the order of the catalogue.
            #[allow(dead_code)]
            pub(crate) const ALL: &'static [$Enum] = &[$($Enum::$Var),+];

            /// The entry of this id.
            pub(crate) fn entry(self) -> &'static $crate::texts::Entry {
                match self {
                    $($Enum::$Var => &$crate::texts::Entry {
                        group: $group,
                        id: $id,
                        args: &[$(stringify!($arg)),*],
                        message: $crate::texts::catalogue!(@tr $($mnb, $mnn, $men)?),
                        help: $crate::texts::catalogue!(@tr $($hnb, $hnn, $hen)?),
                    },)+
                }
            }
        }
    };
    (@tr) => { None };
    (@tr $nb:literal, $nn:literal, $en:literal) => {
        Some($crate::texts::Tr { nb: $nb, nn: $nn, en: $en })
    };
}
pub(crate) use catalogue;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Every entry of every catalogue.
    fn all() -> Vec<&'static Entry> {
        let mut out: Vec<&Entry> = Vec::new();
        out.extend(EngineText::ALL.iter().map(|t| t.entry()));
        out
    }

    fn placeholders(s: &str) -> BTreeSet<String> {
        let out = std::cell::RefCell::new(BTreeSet::new());
        fill_template(s, |name| {
            out.borrow_mut().insert(name.to_owned());
            None
        });
        out.into_inner()
    }

    /// The ids of every catalogue, as the code names them.
    fn named() -> Vec<(String, &'static Entry)> {
        let mut out = Vec::new();
        out.extend(
            EngineText::ALL
                .iter()
                .map(|t| (format!("EngineText::{t:?}"), t.entry())),
        );
        out
    }

    /// Every text is said somewhere: its id appears in the code outside
    /// the catalogue (a text nobody says is a text nobody keeps true).
    #[test]
    fn no_text_is_unused() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut code = String::new();
        let mut dirs = vec![root.join("src"), root.join("bindings/wasm/src")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    if !path.ends_with("src/texts") {
                        dirs.push(path);
                    }
                } else if path.extension().is_some_and(|e| e == "rs") {
                    code.push_str(&std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        let unused: Vec<String> = named()
            .into_iter()
            .filter(|(name, _)| {
                // `EngineText::Tab` must not count as `EngineText::TabIndent`.
                !code.match_indices(name.as_str()).any(|(i, m)| {
                    !code[i + m.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
                })
            })
            .map(|(name, e)| format!("{name} ({}/{})", e.group, e.id))
            .collect();
        assert!(unused.is_empty(), "never said: {unused:?}");
    }

    /// Every text has three non-empty languages; each language names only
    /// the entry's placeholders, and together they name all of them
    /// (`{detail}`, the parser's own English words, is in English only).
    #[test]
    fn every_text_has_three_languages_and_its_placeholders() {
        let mut ids = BTreeSet::new();
        for e in all() {
            assert!(ids.insert((e.group, e.id)), "{}/{} twice", e.group, e.id);
            assert!(
                e.message.is_some() || e.help.is_some(),
                "{}/{}",
                e.group,
                e.id
            );
            let declared: BTreeSet<String> = e.args.iter().map(|s| s.to_string()).collect();
            let mut named = BTreeSet::new();
            for tr in [e.message, e.help].into_iter().flatten() {
                for lang in Lang::ALL {
                    let t = tr.get(lang);
                    assert!(!t.trim().is_empty(), "{}/{} {lang:?} empty", e.group, e.id);
                    let p = placeholders(t);
                    assert!(
                        p.is_subset(&declared),
                        "{}/{} {lang:?} names {p:?}, declared {declared:?}",
                        e.group,
                        e.id
                    );
                    named.extend(p);
                }
                if !e.args.contains(&"detail") {
                    let per: Vec<_> = Lang::ALL.map(|l| placeholders(tr.get(l))).into();
                    assert!(
                        per.iter().all(|p| *p == per[0]),
                        "{}/{}: the languages name different placeholders: {per:?}",
                        e.group,
                        e.id
                    );
                }
            }
            assert_eq!(named, declared, "{}/{}", e.group, e.id);
        }
    }
}
