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
//! limits say: DM001–DM006), `export.rs` (the export to NAV: why an identity
//! number or a plan is refused), `fields.rs` (the fields' names where the
//! referat's labels do not say them alone, and how a list's item is named:
//! «oppgave 2 under «Hvem gjør hva når»»), `fixes.rs` (the fixes' titles),
//! `referat.rs` (the rendered referat's fixed
//! texts, and why a referat is not rendered), `report.rs` (the words of the
//! reports), `ui.rs` (the faces' own words, public: the program, the
//! language server, the JavaScript package), `web.rs` (the browser
//! editor's page).

mod engine;
mod export;
mod fields;
mod fixes;
mod lang;
mod referat;
mod report;
mod ui;
mod web;

pub(crate) use lang::Message;
pub(crate) use lang::fill_template;
pub use lang::{Lang, Text};

pub(crate) use engine::EngineText;
pub use export::ExportText;
pub(crate) use fields::FieldText;
pub(crate) use fixes::FixText;
pub(crate) use referat::{Label, RenderText};
pub(crate) use report::ReportText;
pub use ui::UiText;
pub(crate) use web::WebText;

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

/// One text of the catalogue, as [`text_catalogue`] lists it: for translators,
/// for tests of the words, and for frontends that build pages of their own
/// (the browser editor's strings are generated from it).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CatalogueText {
    /// The area or rule code it belongs to (`DM001`, `referat`, `web`).
    pub area: &'static str,
    /// Its id within the area.
    pub id: &'static str,
    /// What it says (`None` for an entry that is only advice), with
    /// `{placeholders}` unfilled.
    pub message: Option<Text>,
    /// Its advice, if any.
    pub help: Option<Text>,
}

/// Every text of the catalogue, area by area, in the catalogue's order.
/// The page's words include the texts it shares with the referat and the
/// reports, under the page's ids (`web::shared`).
pub fn text_catalogue() -> Vec<CatalogueText> {
    let listed = |area: &'static str, id: &'static str, e: &Entry| CatalogueText {
        area,
        id,
        message: e.message.map(|t| Text::new(t.nb, t.nn, t.en)),
        help: e.help.map(|t| Text::new(t.nb, t.nn, t.en)),
    };
    entries()
        .map(|e| listed(e.group, e.id, e))
        .chain(
            web::shared()
                .into_iter()
                .map(|(id, e)| listed("web", id, e)),
        )
        .collect()
}

/// Every entry of every catalogue.
fn entries() -> impl Iterator<Item = &'static Entry> {
    (EngineText::ALL.iter().map(|t| t.entry()))
        .chain(ExportText::ALL.iter().map(|t| t.entry()))
        .chain(FieldText::ALL.iter().map(|t| t.entry()))
        .chain(FixText::ALL.iter().map(|t| t.entry()))
        .chain(Label::ALL.iter().map(|t| t.entry()))
        .chain(RenderText::ALL.iter().map(|t| t.entry()))
        .chain(ReportText::ALL.iter().map(|t| t.entry()))
        .chain(UiText::ALL.iter().map(|t| t.entry()))
        .chain(WebText::ALL.iter().map(|t| t.entry()))
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
        self.check_args(args.iter().map(|(n, _)| *n));
        Message::new(
            self.message.map(|m| m.fill(args)).unwrap_or_default(),
            self.help.map(|h| h.fill(args)),
        )
    }
}

impl Entry {
    /// In debug builds: every name given is a placeholder of the entry.
    fn check_args<'n>(&self, given: impl Iterator<Item = &'n str>) {
        if !cfg!(debug_assertions) {
            return;
        }
        let given: Vec<&str> = given.collect();
        debug_assert!(
            given.iter().all(|n| self.args.contains(n)),
            "{}/{}: placeholders {:?}, given {:?}",
            self.group,
            self.id,
            self.args,
            given
        );
    }

    /// Message and advice with `args` filled in, each in its own language
    /// (a field's name, a date as people write it).
    pub(crate) fn fill_each(&self, args: &[(&str, &Text)]) -> Message {
        self.check_args(args.iter().map(|(n, _)| *n));
        let fill = |tr: Tr| {
            Text::from_fn(|l| {
                fill_template(tr.get(l), |name| {
                    args.iter().find(|(n, _)| *n == name).map(|(_, v)| v.get(l))
                })
            })
        };
        Message::new(
            self.message.map(fill).unwrap_or_default(),
            self.help.map(fill),
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

            /// What it says in `lang` (its advice, for an entry that is only
            /// advice), placeholders unfilled.
            #[allow(dead_code)]
            pub(crate) fn get(self, lang: $crate::texts::Lang) -> &'static str {
                let e = self.entry();
                e.message.or(e.help).map_or("", |t| t.get(lang))
            }

            /// What it says in `lang` with `args` filled in.
            #[allow(dead_code)]
            pub(crate) fn say(self, lang: $crate::texts::Lang, args: &[(&str, &str)]) -> String {
                $crate::texts::fill_template(self.get(lang), |name| {
                    args.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
                })
            }

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

    fn all() -> Vec<&'static Entry> {
        entries().collect()
    }

    /// The check of unused texts can fail: a made-up id is not said.
    #[test]
    fn an_unsaid_text_is_seen() {
        let rust = read_tree(&["src"], &["rs"]);
        assert!(names(&rust, "EngineText::TabIndent"));
        assert!(!names(&rust, "EngineText::TabIndentation"));
        assert!(!names("EngineText::TabIndent", "EngineText::Tab"));
    }

    fn placeholders(s: &str) -> BTreeSet<String> {
        let out = std::cell::RefCell::new(BTreeSet::new());
        fill_template(s, |name| {
            out.borrow_mut().insert(name.to_owned());
            None
        });
        out.into_inner()
    }

    /// The text of every file under `dirs` whose extension is in `exts`,
    /// except the catalogue itself.
    fn read_tree(dirs: &[&str], exts: &[&str]) -> String {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut out = String::new();
        let mut todo: Vec<_> = dirs.iter().map(|d| root.join(d)).collect();
        while let Some(dir) = todo.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    if !path.ends_with("src/texts") {
                        todo.push(path);
                    }
                } else if path
                    .extension()
                    .is_some_and(|e| exts.iter().any(|x| e == *x))
                {
                    out.push_str(&std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        out
    }

    /// Whether `code` names `word` as a whole word.
    fn names(code: &str, word: &str) -> bool {
        code.match_indices(word).any(|(i, m)| {
            !code[i + m.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
        })
    }

    /// Every text is said somewhere (a text nobody says is a text nobody
    /// keeps true): the Rust code outside the catalogue names its id
    /// (`EngineText::TabIndent`), and the page names each of its texts by
    /// its string id (`'title'`), or by a prefix and a key it lists
    /// (`` `m_${m}` `` with `'arbeidsplassvurdering'`).
    #[test]
    fn no_text_is_unused() {
        let rust = read_tree(&["src", "crates", "bindings/wasm/src"], &["rs"]);
        let page = read_tree(&["web/src"], &["js", "html"]);
        let mut unused = Vec::new();
        for t in EngineText::ALL {
            if !names(&rust, &format!("EngineText::{t:?}")) {
                unused.push(format!("EngineText::{t:?}"));
            }
        }
        let quoted =
            |w: &str| page.contains(&format!("'{w}'")) || page.contains(&format!("\"{w}\""));
        for t in ExportText::ALL {
            if !names(&rust, &format!("ExportText::{t:?}")) {
                unused.push(format!("ExportText::{t:?}"));
            }
        }
        for t in FieldText::ALL {
            if !names(&rust, &format!("FieldText::{t:?}")) {
                unused.push(format!("FieldText::{t:?}"));
            }
        }
        for t in FixText::ALL {
            if !names(&rust, &format!("FixText::{t:?}")) {
                unused.push(format!("FixText::{t:?}"));
            }
        }
        for t in Label::ALL {
            if !names(&rust, &format!("Label::{t:?}")) {
                unused.push(format!("Label::{t:?}"));
            }
        }
        for t in RenderText::ALL {
            if !names(&rust, &format!("RenderText::{t:?}")) {
                unused.push(format!("RenderText::{t:?}"));
            }
        }
        for t in ReportText::ALL {
            if !names(&rust, &format!("ReportText::{t:?}")) {
                unused.push(format!("ReportText::{t:?}"));
            }
        }
        for t in UiText::ALL {
            if !names(&rust, &format!("UiText::{t:?}")) {
                unused.push(format!("UiText::{t:?}"));
            }
        }
        for t in WebText::ALL {
            let id = t.entry().id;
            let dynamic = id.split_once('_').is_some_and(|(prefix, key)| {
                page.contains(&format!("`{prefix}_${{")) && quoted(key)
            });
            if !quoted(id) && !dynamic {
                unused.push(format!("WebText::{t:?} ('{id}')"));
            }
        }
        for (id, _) in web::shared() {
            let dynamic = id.split_once('_').is_some_and(|(prefix, key)| {
                page.contains(&format!("`{prefix}_${{")) && quoted(key)
            });
            if !quoted(id) && !dynamic {
                unused.push(format!("web::shared ('{id}')"));
            }
        }
        assert!(unused.is_empty(), "never said: {unused:?}");
    }

    /// No text is written twice: two entries that say the same thing in all
    /// three languages are one text said in two places (the page shares the
    /// referat's words through `web::shared`), else a translator mends one
    /// copy and the other drifts. Advice may repeat (the same help for
    /// several mistakes).
    #[test]
    fn no_text_is_a_copy_of_another() {
        let mut seen = std::collections::BTreeMap::new();
        let mut copies = Vec::new();
        for e in all() {
            let Some(m) = e.message else { continue };
            if let Some((group, id)) = seen.insert((m.nb, m.nn, m.en), (e.group, e.id)) {
                copies.push(format!("{group}/{id} = {}/{}", e.group, e.id));
            }
        }
        assert!(copies.is_empty(), "copies: {copies:?}");
        // The shared ids are the page's, and none is also an entry of its own.
        for (id, _) in web::shared() {
            assert!(
                !WebText::ALL.iter().any(|t| t.entry().id == id),
                "{id} twice"
            );
        }
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
