//! The functions of the rule language, one table entry each. An entry
//! ([`Function`]) holds everything about its function: the name, how it is
//! written, the fields it takes, one line of documentation, and its
//! compile step, which builds the function's own compiled type. That type
//! implements [`Condition`] or [`Expression`] (its evaluation) and, for a
//! condition, says what it reads to the text-skip analysis
//! ([`Condition::text_skip`], see `eval::text_only`).
//!
//! The table ([`FUNCTIONS`]) drives the rest: [`cond`] and [`expr`] look a
//! name up in it and call the entry's compile step; an unknown name gets
//! "did you mean" from its names; the tables of `docs/rule-language.md` are
//! generated from it (a test fails when they are stale; `UPDATE_DOCS=1
//! cargo test --lib functions` rewrites them). The machinery the functions
//! share stays outside: paths, scopes and templates in `compile`, the
//! document's tree, three-valued logic, values, bindings and the budget in
//! `eval`. (jsonschema-rs registers its keywords the same way, each a
//! compile function in one table.)
//!
//! The entries are grouped by family, one file each: `logic` (`all`, `any`,
//! `not`), `nodes` (`present`, `absent`, `empty`, `filled`), `values`
//! (`equals`, `compare`, `member`), `quantifiers` (`some`, `every`,
//! `none`, `count`), `text` (`matches`, `national_id`, `organisation_number`, `length`), `operands`
//! (`path`, `value`, `var`, `param`), `calendar` (`days`, `minutes`,
//! `add_days`, `add_years`), `arithmetic` (`sum`, `mul`, `div`, `first`) and `position`
//! (`position`, `key`, `occurrence`).
//!
//! # Adding a function
//!
//! 1. In the file of its family (or a new file, declared below), write the
//!    entry: a `const` [`Function`] with its name, form, fields, doc and
//!    compile step, and the compiled type with its `impl Condition` or
//!    `impl Expression`. The compile step gets the entry itself
//!    ([`Function::mapping`] checks the fields the entry declares) and
//!    compiles what it nests with [`cond`] and [`expr`]; its errors point
//!    into the rule file (`compile::err`, `compile::child`). Evaluation
//!    reads the document, bindings and parameters through `eval::Eval`,
//!    and nested conditions and expressions with `Eval::cond` and
//!    `Eval::expr` (which charge the budget). A text condition implements
//!    `eval::Detector` and answers `TextSkip::Detects` in `text_skip`;
//!    any other leaves the default (it must be evaluated).
//! 2. Add one line for it to [`FUNCTIONS`], where it belongs in the
//!    documentation's order (conditions first).
//! 3. Test it beside the entry: `tests::check` and `tests::value`
//!    evaluate a condition or an expression on a YAML document; a rule
//!    file that uses it belongs in `tests/` or a rule's `examples`; a bad
//!    use with its message in `tests/rule_errors/`.
//! 4. Run `UPDATE_DOCS=1 cargo test --lib functions` to regenerate the
//!    tables of `docs/rule-language.md`, and say more there if the one line
//!    does not do.

use serde_json::Value;

use super::compile::{CResult, Scope, child, err, err_key, fields, one_key};
pub(crate) use super::eval::{Cond, Condition, Expr, Expression};
use crate::base::names::list;

mod arithmetic;
mod calendar;
mod logic;
mod nodes;
mod operands;
mod position;
mod quantifiers;
mod text;
mod values;

/// Every function of the rule language, conditions first, in the order of
/// the documentation: one line per function.
pub(crate) static FUNCTIONS: &[Function] = &[
    logic::ALL,
    logic::ANY,
    logic::NOT,
    nodes::PRESENT,
    nodes::ABSENT,
    nodes::EMPTY,
    nodes::FILLED,
    values::EQUALS,
    values::COMPARE,
    text::MATCHES,
    values::MEMBER,
    quantifiers::SOME,
    quantifiers::EVERY,
    quantifiers::NONE,
    text::NATIONAL_ID,
    text::ORGANISATION_NUMBER,
    operands::PATH,
    operands::VALUE,
    operands::VAR,
    operands::PARAM,
    calendar::DAYS,
    calendar::MINUTES,
    calendar::ADD_DAYS,
    calendar::ADD_YEARS,
    text::LENGTH,
    arithmetic::SUM,
    arithmetic::MUL,
    arithmetic::DIV,
    arithmetic::FIRST,
    values::EVERYDAY_VALUE,
    quantifiers::COUNT,
    position::POSITION,
    position::KEY,
    position::OCCURRENCE,
];

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

impl Field {
    /// A field the mapping must have.
    pub(crate) const fn required(name: &'static str) -> Field {
        Field {
            name,
            required: true,
        }
    }

    /// A field the mapping may have.
    pub(crate) const fn optional(name: &'static str) -> Field {
        Field {
            name,
            required: false,
        }
    }
}

/// The compile step of a function: its entry, the value under its name in
/// the rule file, the names in scope, and the pointer of that value.
pub(crate) type CompileFn<T> = fn(&Function, &Value, &mut Scope<'_>, &str) -> CResult<T>;

/// What a function compiles to, and so its kind.
#[derive(Clone, Copy)]
pub(crate) enum Compile {
    /// A condition.
    Condition(CompileFn<Cond>),
    /// An expression.
    Expression(CompileFn<Expr>),
}

/// One function of the rule language: its table entry.
#[derive(Clone, Copy)]
pub(crate) struct Function {
    /// The key that names it: `some`, `occurrence`.
    pub name: &'static str,
    /// How it is written, with placeholders: P a path, E an expression, C a
    /// condition, V a plain value.
    pub form: &'static str,
    /// The fields of its mapping form (empty: it takes a path, a list or a
    /// condition instead). A function with a short form (`matches`,
    /// `national_id`) takes either a path or the mapping.
    pub fields: &'static [Field],
    /// What it is, or when it is true.
    pub doc: &'static str,
    /// Its compile step.
    pub compile: Compile,
}

impl Function {
    /// Whether it is a condition or an expression.
    pub(crate) fn kind(&self) -> Kind {
        match self.compile {
            Compile::Condition(_) => Kind::Condition,
            Compile::Expression(_) => Kind::Expression,
        }
    }

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

    /// `arg`, its argument at `at`, as the mapping of its fields: an error
    /// at an unknown field (with "did you mean") or for a missing one.
    pub(crate) fn mapping<'v>(
        &self,
        arg: &'v Value,
        at: &str,
    ) -> CResult<&'v serde_json::Map<String, Value>> {
        fields(arg, at, self.name, &self.allowed(), &self.required())
    }
}

/// The function `name` of `kind`.
#[cfg(test)]
pub(crate) fn get(kind: Kind, name: &str) -> Option<&'static Function> {
    FUNCTIONS
        .iter()
        .find(|f| f.kind() == kind && f.name == name)
}

/// The names of the functions of `kind`.
pub(crate) fn names(kind: Kind) -> Vec<&'static str> {
    FUNCTIONS
        .iter()
        .filter(|f| f.kind() == kind)
        .map(|f| f.name)
        .collect()
}

/// "unknown condition; did you mean `y`?; conditions are …". The name as
/// typed is never shown: it is text from the file.
fn unknown_name(kind: &str, plural: &str, name: &str, known: &[&str]) -> String {
    format!(
        "unknown {kind}{}; {plural} are {}",
        crate::base::names::did_you_mean(name, known),
        list(known)
    )
}

/// Compiles the condition `v` at `at`: a one-key mapping whose key names
/// a condition of [`FUNCTIONS`].
pub(crate) fn cond(v: &Value, scope: &mut Scope<'_>, at: &str) -> CResult<Cond> {
    let (name, arg) = one_key(v, at, "a condition")?;
    let at = child(at, name);
    let found = FUNCTIONS.iter().find_map(|f| match f.compile {
        Compile::Condition(compile) if f.name == name => Some((f, compile)),
        _ => None,
    });
    match found {
        Some((f, compile)) => compile(f, arg, scope, &at),
        None => err_key(
            &at,
            unknown_name("condition", "conditions", name, &names(Kind::Condition)),
        ),
    }
}

/// Compiles the expression `v` at `at`: a plain value (the short form of
/// `value`), a path (of `path`), or a one-key mapping whose key names an
/// expression of [`FUNCTIONS`].
pub(crate) fn expr(v: &Value, scope: &mut Scope<'_>, at: &str) -> CResult<Expr> {
    match v {
        Value::String(s) if s.starts_with(['/', '@', '$']) => {
            return operands::path(v, scope, at);
        }
        Value::Object(_) => {}
        Value::Array(_) => {
            return err(
                at,
                "an expression is a value, a path, or a one-key mapping naming a function",
            );
        }
        other => return Ok(operands::literal(other)),
    }
    let (name, arg) = one_key(v, at, "an expression")?;
    let at = child(at, name);
    let found = FUNCTIONS.iter().find_map(|f| match f.compile {
        Compile::Expression(compile) if f.name == name => Some((f, compile)),
        _ => None,
    });
    match found {
        Some((f, compile)) => compile(f, arg, scope, &at),
        None => err_key(
            &at,
            unknown_name("function", "expressions", name, &names(Kind::Expression)),
        ),
    }
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
    for f in FUNCTIONS.iter().filter(|f| f.kind() == kind) {
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
pub(crate) mod tests {
    use super::*;
    use crate::rules::compile::{BindKind, REGEX_TOTAL_LIMIT};
    use crate::rules::eval::{BoundItem, Env, Eval, Tri, Val};
    use crate::rules::required::{Registry, Table};

    /// The evaluation date of the tests: 2026-11-20.
    fn as_of() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 20).expect("a date")
    }

    /// The value of the condition `cond` (YAML) on the YAML document
    /// `doc`, evaluated as of 2026-11-20 with `@` and `$item` the
    /// document's root; an error in the condition is a failure.
    pub(crate) fn check(doc: &str, cond: &str) -> Tri {
        let doc: Value = serde_yaml::from_str(doc).expect("a YAML document");
        let spec: Value = serde_yaml::from_str(cond).expect("YAML");
        let budget = std::cell::Cell::new(REGEX_TOTAL_LIMIT);
        let classes = Registry::default();
        let c = {
            let mut scope = Scope::new(&[], &budget, "T1", &classes);
            scope.push("item", BindKind::Node);
            super::cond(&spec, &mut scope, "").unwrap_or_else(|e| panic!("{cond}: {e:?}"))
        };
        let (table, vocabulary, comments) = (
            Table::new(&classes.borrow()),
            Default::default(),
            Value::Array(Vec::new()),
        );
        let env = Env::new(&doc, &comments, &[], as_of(), &vocabulary, &table);
        env.budget.steps.set(1_000_000);
        let mut ev = Eval::new(&env, &[]);
        ev.bind(&BoundItem::Node(0));
        ev.cond(&c)
    }

    /// The value of the expression `expr` (YAML) on the YAML document
    /// `doc`, with the parameters `params`, as `Debug` shows it
    /// (`Num(3.0)`, `Absent`); likewise.
    pub(crate) fn value(doc: &str, expr: &str, params: &[(&str, Value)]) -> String {
        let doc: Value = serde_yaml::from_str(doc).expect("a YAML document");
        let spec: Value = serde_yaml::from_str(expr).expect("YAML");
        let params: Vec<(String, Value)> = params
            .iter()
            .map(|(n, v)| ((*n).to_owned(), v.clone()))
            .collect();
        let budget = std::cell::Cell::new(REGEX_TOTAL_LIMIT);
        let classes = Registry::default();
        let e = {
            let mut scope = Scope::new(&params, &budget, "T1", &classes);
            scope.push("item", BindKind::Node);
            super::expr(&spec, &mut scope, "").unwrap_or_else(|e| panic!("{expr}: {e:?}"))
        };
        let (table, vocabulary, comments) = (
            Table::new(&classes.borrow()),
            Default::default(),
            Value::Array(Vec::new()),
        );
        let env = Env::new(&doc, &comments, &[], as_of(), &vocabulary, &table);
        env.budget.steps.set(1_000_000);
        let mut ev = Eval::new(&env, &params);
        ev.bind(&BoundItem::Node(0));
        let v: Val<'_> = ev.expr(&e);
        format!("{v:?}")
    }

    /// The message of compiling `yaml`, a condition, or `None`.
    pub(crate) fn error(yaml: &str) -> Option<String> {
        let spec: Value = serde_yaml::from_str(yaml).expect("YAML");
        let budget = std::cell::Cell::new(REGEX_TOTAL_LIMIT);
        let classes = Registry::default();
        let mut scope = Scope::new(&[], &budget, "T1", &classes);
        scope.push("item", BindKind::Node);
        super::cond(&spec, &mut scope, "").err().map(|e| e.message)
    }

    /// The message of compiling `{name: null}` as a `kind`, or `None`.
    fn compile_error(kind: Kind, name: &str) -> Option<String> {
        let budget = std::cell::Cell::new(REGEX_TOTAL_LIMIT);
        let classes = Registry::default();
        let mut scope = Scope::new(&[], &budget, "T1", &classes);
        let v = serde_json::json!({ name: null });
        match kind {
            Kind::Condition => cond(&v, &mut scope, "").err(),
            Kind::Expression => expr(&v, &mut scope, "").err(),
        }
        .map(|e| e.message)
    }

    #[test]
    fn the_parser_knows_every_function_of_the_table_and_no_other() {
        for f in FUNCTIONS {
            if let Some(m) = compile_error(f.kind(), f.name) {
                assert!(!m.starts_with("unknown "), "{}: {m}", f.name);
            }
        }
        for (kind, word) in [
            (Kind::Condition, "unknown condition"),
            (Kind::Expression, "unknown function"),
        ] {
            let m = compile_error(kind, "no_such_function").unwrap();
            assert!(m.starts_with(word), "{m}");
        }
        let m = compile_error(Kind::Expression, "ocurrence").unwrap();
        assert!(m.contains("did you mean `occurrence`?"), "{m}");
    }

    /// The generated block of `kind` in the documentation.
    fn markers(kind: Kind) -> (String, String) {
        let name = match kind {
            Kind::Condition => "conditions",
            Kind::Expression => "expressions",
        };
        (
            format!(
                "<!-- generated from src/rules/functions/: {name}; UPDATE_DOCS=1 cargo test --lib functions -->\n"
            ),
            format!("<!-- end of generated {name} -->"),
        )
    }

    /// `text` with each generated block replaced by the table's.
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
    fn docs_tables_are_generated_from_the_functions() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rule-language.md");
        let text = std::fs::read_to_string(path).expect("docs/rule-language.md");
        let fresh = regenerate(&text).expect("the generated blocks");
        if std::env::var_os("UPDATE_DOCS").is_some() {
            std::fs::write(path, &fresh).expect("write docs/rule-language.md");
            return;
        }
        assert!(
            fresh == text,
            "docs/rule-language.md is stale: run `UPDATE_DOCS=1 cargo test --lib functions`"
        );
    }

    #[test]
    fn a_changed_table_makes_the_docs_stale() {
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
        // Conditions come first, as in the documentation.
        let first_expression = FUNCTIONS
            .iter()
            .position(|f| f.kind() == Kind::Expression)
            .unwrap();
        assert!(
            FUNCTIONS[first_expression..]
                .iter()
                .all(|f| f.kind() == Kind::Expression)
        );
    }
}
