//! Languages, and a text in every language: the words are picked in one
//! language only at the end.

use serde::{Deserialize, Serialize};

/// The language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Lang {
    /// Norwegian bokmål (the default).
    #[default]
    #[serde(rename = "nb")]
    Nb,
    /// Norwegian nynorsk.
    #[serde(rename = "nn")]
    Nn,
    /// English.
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// Every language, in the order texts list them.
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];

    /// Parses `nb`, `nn` or `en`.
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "nb" => Some(Lang::Nb),
            "nn" => Some(Lang::Nn),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language for a locale such as `nb-NO`, `nn`, `no`, `en-US` or
    /// `nb_NO.UTF-8` (as an editor or the environment gives it): `no` is
    /// bokmål, any English locale is English; `None` for other languages.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let primary = locale
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "nb" | "no" | "nob" => Some(Lang::Nb),
            "nn" | "nno" => Some(Lang::Nn),
            "en" | "eng" => Some(Lang::En),
            _ => None,
        }
    }

    /// `nb`, `nn` or `en`.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
        }
    }

    /// The BCP 47 tag of the language as SARIF and HTML want it: `nb-NO`,
    /// `nn-NO` or `en`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nb => "nb-NO",
            Lang::Nn => "nn-NO",
            Lang::En => "en",
        }
    }
}

/// A text in every language.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Text {
    /// Norwegian bokmål.
    pub nb: String,
    /// Norwegian nynorsk.
    pub nn: String,
    /// English.
    pub en: String,
}

impl Text {
    /// A text from its three translations.
    pub fn new(nb: impl Into<String>, nn: impl Into<String>, en: impl Into<String>) -> Self {
        Text {
            nb: nb.into(),
            nn: nn.into(),
            en: en.into(),
        }
    }

    /// The same text in every language (a code, a number).
    pub fn same(s: impl Into<String>) -> Self {
        let s = s.into();
        Text::new(s.clone(), s.clone(), s)
    }

    /// The translation for `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nb => &self.nb,
            Lang::Nn => &self.nn,
            Lang::En => &self.en,
        }
    }

    /// Builds a text by running `f` once per language.
    pub fn from_fn(mut f: impl FnMut(Lang) -> String) -> Self {
        Text::new(f(Lang::Nb), f(Lang::Nn), f(Lang::En))
    }

    /// The text with `f` applied to each translation.
    pub fn map(&self, mut f: impl FnMut(Lang, &str) -> String) -> Self {
        Text::from_fn(|l| f(l, self.get(l)))
    }
}

impl Text {
    /// The text with each `{name}` of `args` replaced by its value, in every
    /// language (a catalogue text and the values of one finding). Values
    /// are never document text: counts, limits, rule codes.
    pub fn fill(&self, args: &[(&str, &str)]) -> Text {
        self.map(|_, t| {
            fill_template(t, |name| {
                args.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
            })
        })
    }
}

/// Fills one template: each `{name}` by `value(name)` (kept as it is when
/// `None`); `{{` and `}}` are braces.
pub(crate) fn fill_template<'v>(template: &str, value: impl Fn(&str) -> Option<&'v str>) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        let brace = &rest[i..=i];
        let after = &rest[i + 1..];
        if after.starts_with(brace) {
            out.push_str(brace);
            rest = &after[1..];
        } else if let (Some(end), "{") = (after.find('}'), brace) {
            let name = &after[..end];
            match value(name) {
                Some(v) => out.push_str(v),
                None => out.push_str(&rest[i..i + end + 2]),
            }
            rest = &after[end + 1..];
        } else {
            out.push_str(brace);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// What a finding says: a message and its advice, in every language.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Message {
    /// One sentence.
    pub message: Text,
    /// How to fix it, if there is advice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Text>,
}

impl Message {
    /// A message and its help.
    pub fn new(message: Text, help: Option<Text>) -> Self {
        Message { message, help }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_reads_doubled_braces_as_braces() {
        let t = Text::same("`{{` on line {line}, {other} and `}}`");
        assert_eq!(
            t.fill(&[("line", "3")]).en,
            "`{` on line 3, {other} and `}`"
        );
    }

    #[test]
    fn locales_map_to_languages() {
        for (locale, want) in [
            ("nb-NO", Some(Lang::Nb)),
            ("no", Some(Lang::Nb)),
            ("NO", Some(Lang::Nb)),
            ("nb_NO.UTF-8", Some(Lang::Nb)),
            ("nn", Some(Lang::Nn)),
            ("nn-NO", Some(Lang::Nn)),
            ("en-US", Some(Lang::En)),
            ("en", Some(Lang::En)),
            ("sv-SE", None),
            ("", None),
        ] {
            assert_eq!(Lang::from_locale(locale), want, "{locale}");
        }
    }

    #[test]
    fn a_text_gives_each_language() {
        let t = Text::new("ikke", "ikkje", "not");
        assert_eq!(
            Lang::ALL.map(|l| t.get(l)),
            ["ikke", "ikkje", "not"],
            "in the order nb, nn, en"
        );
        assert_eq!(Lang::parse("nn"), Some(Lang::Nn));
        assert_eq!(Lang::parse("no"), None, "the flag takes exact codes");
    }

    #[test]
    fn filling_replaces_named_placeholders_in_every_language() {
        let t = Text::new(
            "{n} funn, grense {max}",
            "{n} funn, grensa {max}",
            "{n} findings, limit {max}",
        );
        assert_eq!(
            t.fill(&[("n", "3"), ("max", "10")]),
            Text::new(
                "3 funn, grense 10",
                "3 funn, grensa 10",
                "3 findings, limit 10"
            )
        );
    }
}
