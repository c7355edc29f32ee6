//! The rule language's registry: every condition and expression, with the
//! fields it takes and one line of documentation. The compiler takes the
//! known names and the fields of each function from here, "did you mean"
//! suggests from here, and the tables of `docs/rule-language.md` are
//! generated from here (a test fails when they are stale; `UPDATE_DOCS=1
//! cargo test --lib registry` rewrites them).

/// Whether a function is a condition (true, false or unknown) or an
/// expression (a value).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A condition, under `when`, `where`, `all`, `any`, `not`.
    Condition,
    /// An expression, under `let` or as an operand.
    Expression,
}

/// A field of a function that takes a mapping.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Field {
    pub name: &'static str,
    pub required: bool,
}

/// One function of the rule language.
#[derive(Debug, Clone, Copy)]
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) struct Function {
    /// The key that names it: `some`, `occurrence`.
    pub name: &'static str,
    pub kind: Kind,
    /// How it is written, with placeholders: P a path, E an expression, C a
    /// condition, V a plain value.
    pub form: &'static str,
    /// The fields of its mapping form (empty: it takes a path, a list or a
    /// condition instead). A function with a short form (`matches`,
    /// `national_id`) takes either a path or the mapping.
    pub fields: &'static [Field],
    /// What it is, or when it is true.
    pub doc: &'static str,
}

impl Function {
    /// The names of all its fields.
    pub(crate) fn allowed(&self) -> Vec<&'static str> {
        self.fields.iter().map(|f| f.name).collect()
    }

    /// The names of its required fields.
    pub(crate) fn required(&self) -> Vec<&'static str> {
        self.fields
            .iter()
            .filter(|f| f.required)
            .map(|f| f.name)
            .collect()
    }
}

/// Every function of the rule language, conditions first, in the order of
/// the documentation.
pub(crate) const FUNCTIONS: &[Function] = &[
    Function {
        name: "all",
        kind: Kind::Condition,
        form: "all: [C, …]",
        fields: &[],
        doc: "every condition is true",
    },
    Function {
        name: "any",
        kind: Kind::Condition,
        form: "any: [C, …]",
        fields: &[],
        doc: "some condition is true",
    },
    Function {
        name: "not",
        kind: Kind::Condition,
        form: "not: C",
        fields: &[],
        doc: "C is false",
    },
    Function {
        name: "present",
        kind: Kind::Condition,
        form: "present: P",
        fields: &[],
        doc: "the node exists and is not `null`",
    },
    Function {
        name: "absent",
        kind: Kind::Condition,
        form: "absent: P",
        fields: &[],
        doc: "the node is missing or `null`",
    },
    Function {
        name: "empty",
        kind: Kind::Condition,
        form: "empty: P",
        fields: &[],
        doc: "the node is empty (see above)",
    },
    Function {
        name: "filled",
        kind: Kind::Condition,
        form: "filled: P",
        fields: &[],
        doc: "the node is not empty",
    },
    Function {
        name: "equals",
        kind: Kind::Condition,
        form: "equals: {path: P, value: V}",
        fields: &[
            Field {
                name: "path",
                required: true,
            },
            Field {
                name: "value",
                required: true,
            },
        ],
        doc: "the node equals the plain value V (false when missing; unknown when of another type)",
    },
    Function {
        name: "compare",
        kind: Kind::Condition,
        form: "compare: {left: E, op: O, right: E}",
        fields: &[
            Field {
                name: "left",
                required: true,
            },
            Field {
                name: "op",
                required: true,
            },
            Field {
                name: "right",
                required: true,
            },
        ],
        doc: "numbers, dates (as calendar days) or strings compare; `op` is `<`, `<=`, `>`, `>=`, `==`, `!=`; unknown when either side is missing or malformed",
    },
    Function {
        name: "matches",
        kind: Kind::Condition,
        form: "matches: {path: P, patterns: R | [R, …]}",
        fields: &[
            Field {
                name: "path",
                required: false,
            },
            Field {
                name: "key",
                required: false,
            },
            Field {
                name: "patterns",
                required: true,
            },
        ],
        doc: "the node is a string and one of the regular expressions matches (Rust `regex` syntax, linear time; reads the text even when the schema rejected the node). Write `key: P` instead of `path: P` to read the node's member name. A pattern is a string, or `{regex: R, groups: {NAME: {list: LIST}}, not_after: [WORD, …]}`: a match counts only when each named group that takes part is an entry of the built-in list LIST, and when the word right before it (after spaces, `:` or `#`; letters, digits and dots) is none of the words, or, for words of three letters or more, does not end with one (`møterom` ends with `rom`); case is ignored. Built-in lists: `icd10-categories` (the ICD-10 three-character categories, `rules/data/icd10-categories.txt`)",
    },
    Function {
        name: "member",
        kind: Kind::Condition,
        form: "member: {value: E, of: [S, …]}",
        fields: &[
            Field {
                name: "value",
                required: true,
            },
            Field {
                name: "of",
                required: true,
            },
        ],
        doc: "the value (a string, trimmed) is one of the strings selected by the sources (false when the value is missing)",
    },
    Function {
        name: "some",
        kind: Kind::Condition,
        form: "some: {each: P, as: NAME, where: C}",
        fields: &[
            Field {
                name: "each",
                required: true,
            },
            Field {
                name: "as",
                required: false,
            },
            Field {
                name: "where",
                required: false,
            },
        ],
        doc: "C is true for at least one selected node (`where` optional)",
    },
    Function {
        name: "every",
        kind: Kind::Condition,
        form: "every: {each: P, as: NAME, where: C}",
        fields: &[
            Field {
                name: "each",
                required: true,
            },
            Field {
                name: "as",
                required: false,
            },
            Field {
                name: "where",
                required: true,
            },
        ],
        doc: "C is true for every selected node",
    },
    Function {
        name: "none",
        kind: Kind::Condition,
        form: "none: {each: P, as: NAME, where: C}",
        fields: &[
            Field {
                name: "each",
                required: true,
            },
            Field {
                name: "as",
                required: false,
            },
            Field {
                name: "where",
                required: false,
            },
        ],
        doc: "C is true for no selected node (`where` optional: \"nothing is selected\")",
    },
    Function {
        name: "national_id",
        kind: Kind::Condition,
        form: "national_id: P",
        fields: &[
            Field {
                name: "path",
                required: false,
            },
            Field {
                name: "key",
                required: false,
            },
            Field {
                name: "not_after",
                required: false,
            },
        ],
        doc: "the node is a string containing a Norwegian fødselsnummer or D-nummer: 11 decimal digits of any script (optionally up to three spaces of any kind, one dot or one hyphen between the 6 and the 5; invisible format characters such as U+200B and the soft hyphen skipped) with both mod-11 check digits valid and a real birth date from 1900 up to `as_of`, not part of a number written `NNNN.NN.NNNNN` (a bank account); or an integer of 11 digits (10 when YAML dropped a leading zero). `national_id: {path: P, not_after: [WORD, …]}` skips a number right after a word that ends with one of the words (case ignored), also with `nr`, `no`, `nummer` or `number` between (`kontonr. …`, `konto nr. …`); `national_id: {key: P}` reads the node's member name",
    },
    Function {
        name: "path",
        kind: Kind::Expression,
        form: "{path: P}",
        fields: &[],
        doc: "the node's value (same as writing the path)",
    },
    Function {
        name: "value",
        kind: Kind::Expression,
        form: "{value: V}",
        fields: &[],
        doc: "V, also a string that starts with `/`",
    },
    Function {
        name: "var",
        kind: Kind::Expression,
        form: "{var: NAME}",
        fields: &[],
        doc: "a `let` value, a `for_each` value, or `as_of` (the evaluation date)",
    },
    Function {
        name: "param",
        kind: Kind::Expression,
        form: "{param: NAME}",
        fields: &[],
        doc: "a parameter; `NAME/key` or `NAME/{var}` reads one key of a mapping parameter",
    },
    Function {
        name: "days",
        kind: Kind::Expression,
        form: "{days: {from: E, to: E}}",
        fields: &[
            Field {
                name: "from",
                required: true,
            },
            Field {
                name: "to",
                required: true,
            },
        ],
        doc: "whole days from one date to the other (`to − from`)",
    },
    Function {
        name: "minutes",
        kind: Kind::Expression,
        form: "{minutes: {from: E, to: E}}",
        fields: &[
            Field {
                name: "from",
                required: true,
            },
            Field {
                name: "to",
                required: true,
            },
        ],
        doc: "minutes from one `HH:MM` time to the other",
    },
    Function {
        name: "add_days",
        kind: Kind::Expression,
        form: "{add_days: {date: E, days: E}}",
        fields: &[
            Field {
                name: "date",
                required: true,
            },
            Field {
                name: "days",
                required: true,
            },
        ],
        doc: "a date plus (or minus) a number of days",
    },
    Function {
        name: "sum",
        kind: Kind::Expression,
        form: "{sum: [E, …]}",
        fields: &[],
        doc: "sum and product; missing when any part is missing",
    },
    Function {
        name: "mul",
        kind: Kind::Expression,
        form: "{mul: [E, …]}",
        fields: &[],
        doc: "sum and product; missing when any part is missing",
    },
    Function {
        name: "div",
        kind: Kind::Expression,
        form: "{div: [E, E]}",
        fields: &[],
        doc: "the first divided by the second (`{div: [{param: max_days}, 7]}` gives weeks); unknown when dividing by zero. A whole number is shown without decimals, any other with two",
    },
    Function {
        name: "first",
        kind: Kind::Expression,
        form: "{first: [E, …]}",
        fields: &[],
        doc: "the first value that is not missing",
    },
    Function {
        name: "count",
        kind: Kind::Expression,
        form: "{count: {each: P, where: C}}",
        fields: &[
            Field {
                name: "each",
                required: true,
            },
            Field {
                name: "as",
                required: false,
            },
            Field {
                name: "where",
                required: false,
            },
        ],
        doc: "how many selected nodes satisfy C",
    },
    Function {
        name: "position",
        kind: Kind::Expression,
        form: "{position: P}",
        fields: &[],
        doc: "the 1-based position of the node in its list",
    },
    Function {
        name: "key",
        kind: Kind::Expression,
        form: "{key: P}",
        fields: &[],
        doc: "the member name of the node in its mapping",
    },
    Function {
        name: "occurrence",
        kind: Kind::Expression,
        form: "{occurrence: {of: P, each: P, key: [P, …], where: C}}",
        fields: &[
            Field {
                name: "of",
                required: true,
            },
            Field {
                name: "each",
                required: true,
            },
            Field {
                name: "as",
                required: false,
            },
            Field {
                name: "key",
                required: true,
            },
            Field {
                name: "where",
                required: false,
            },
        ],
        doc: "the 1-based rank of the node `of` among the nodes of `each` (that satisfy `where`) whose `key` values are the same: 1 for the first, 2 for the second…; missing when `of` is not among them. `each` must be an absolute path; `key` and `where` see only the item being ranked (`@`). The ranks are computed once per rule and document, so \"only the first of each role\" or \"a duplicate of an earlier entry\" cost linear time",
    },
];

/// The function `name` of `kind`.
pub(crate) fn get(kind: Kind, name: &str) -> Option<&'static Function> {
    FUNCTIONS.iter().find(|f| f.kind == kind && f.name == name)
}

/// The names of the functions of `kind`.
pub(crate) fn names(kind: Kind) -> Vec<&'static str> {
    FUNCTIONS
        .iter()
        .filter(|f| f.kind == kind)
        .map(|f| f.name)
        .collect()
}

/// The Markdown table of the functions of `kind`, as in
/// `docs/rule-language.md`.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn markdown_table(kind: Kind) -> String {
    let head = match kind {
        Kind::Condition => "| condition | fields | true when |\n|---|---|---|\n",
        Kind::Expression => "| expression | fields | value |\n|---|---|---|\n",
    };
    let mut out = head.to_owned();
    for f in FUNCTIONS.iter().filter(|f| f.kind == kind) {
        let fields = if f.fields.is_empty() {
            "—".to_owned()
        } else {
            f.fields
                .iter()
                .map(|x| {
                    if x.required {
                        format!("`{}`", x.name)
                    } else {
                        format!("`{}` (optional)", x.name)
                    }
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        out.push_str(&format!(
            "| `{}` | {fields} | {} |\n",
            f.form.replace('|', "\\|"),
            f.doc.replace('|', "\\|")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The generated block of `kind` in the documentation.
    fn markers(kind: Kind) -> (String, String) {
        let name = match kind {
            Kind::Condition => "conditions",
            Kind::Expression => "expressions",
        };
        (
            format!(
                "<!-- generated from src/rules/registry.rs: {name}; UPDATE_DOCS=1 cargo test --lib registry -->\n"
            ),
            format!("<!-- end of generated {name} -->"),
        )
    }

    /// `text` with each generated block replaced by the registry's table.
    fn regenerate(text: &str) -> Result<String, String> {
        let mut out = text.to_owned();
        for kind in [Kind::Condition, Kind::Expression] {
            let (begin, end) = markers(kind);
            let start = out
                .find(&begin)
                .ok_or_else(|| format!("no marker `{}`", begin.trim()))?
                + begin.len();
            let stop = start
                + out[start..]
                    .find(&end)
                    .ok_or_else(|| format!("no marker `{end}`"))?;
            out.replace_range(start..stop, &markdown_table(kind));
        }
        Ok(out)
    }

    #[test]
    fn docs_tables_are_generated_from_the_registry() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rule-language.md");
        let text = std::fs::read_to_string(path).expect("docs/rule-language.md");
        let fresh = regenerate(&text).expect("the generated blocks");
        if std::env::var_os("UPDATE_DOCS").is_some() {
            std::fs::write(path, &fresh).expect("write docs/rule-language.md");
            return;
        }
        assert!(
            fresh == text,
            "docs/rule-language.md is stale: run `UPDATE_DOCS=1 cargo test --lib registry`"
        );
    }

    #[test]
    fn a_changed_registry_makes_the_docs_stale() {
        // The check can fail: a table that differs is replaced.
        let (begin, end) = markers(Kind::Condition);
        let (b2, e2) = markers(Kind::Expression);
        let stale = format!("x\n{begin}| old |\n{end}\ny\n{b2}{e2}\n");
        let fresh = regenerate(&stale).unwrap();
        assert_ne!(fresh, stale);
        assert!(fresh.contains("| `occurrence: ") || fresh.contains("`{occurrence: "));
        assert_eq!(regenerate(&fresh).unwrap(), fresh);
    }

    #[test]
    fn names_are_unique_and_fields_known() {
        for kind in [Kind::Condition, Kind::Expression] {
            let mut n = names(kind);
            let len = n.len();
            n.sort_unstable();
            n.dedup();
            assert_eq!(n.len(), len, "{kind:?}");
        }
        assert!(names(Kind::Expression).contains(&"occurrence"));
        assert_eq!(
            get(Kind::Condition, "every").unwrap().required(),
            ["each", "where"]
        );
    }
}
