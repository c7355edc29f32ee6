//! The JSON Schema of `dialogmote1/v1`, compiled once, and its violations as
//! findings (DM002) with messages written for people.

use std::collections::BTreeSet;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde_json::Value;

use crate::error::Error;
use crate::fixes::Expected;
use crate::i18n::Text;
use crate::pointer;

/// The schema text, as shipped in `schema/dialogmote1.schema.json`.
pub const SCHEMA_JSON: &str = include_str!("../schema/dialogmote1.schema.json");

/// The format identifier this crate reads.
pub const FORMAT: &str = "dialogmote1/v1";

const TIME_PATTERN: &str = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

/// One schema violation, ready to become a DM002 finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Violation {
    /// The pointer reported.
    pub pointer: String,
    /// The pointer of the node to locate (may be longer: an unknown key that
    /// is not shown is located, but not reported).
    pub locate: String,
    /// Point at the key rather than the value (unknown keys).
    pub at_key: bool,
    pub message: Text,
    pub help: Option<Text>,
    /// For an unknown key: the one known key it is a typo of, when exactly
    /// one is close and the mapping does not have it yet (a safe fix).
    pub rename_to: Option<String>,
    /// For a wrong value: what the schema wants there, which tells the
    /// value fix that may mend it (`crate::fixes`).
    pub expects: Option<Expected>,
}

/// The compiled schema.
pub(crate) struct Schema {
    validator: jsonschema::Validator,
    doc: Value,
    vocabulary: BTreeSet<String>,
}

impl std::fmt::Debug for Schema {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Schema").finish_non_exhaustive()
    }
}

impl Schema {
    pub(crate) fn new() -> Result<Schema, Error> {
        let doc: Value =
            serde_json::from_str(SCHEMA_JSON).map_err(|e| Error::Schema(e.to_string()))?;
        let validator = jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&doc)
            .map_err(|e| Error::Schema(e.to_string()))?;
        Ok(Schema {
            validator,
            vocabulary: vocabulary().clone(),
            doc,
        })
    }

    /// Enum values and property names of the schema: the closed vocabulary
    /// that messages may echo from a document.
    pub(crate) fn vocabulary(&self) -> &BTreeSet<String> {
        &self.vocabulary
    }

    /// Validates `value`; returns the violations and the pointers whose
    /// values are malformed (rules treat those as unknown).
    pub(crate) fn check(&self, value: &Value) -> (Vec<Violation>, Vec<String>) {
        let mut out = Vec::new();
        let mut malformed = Vec::new();
        if self.validator.is_valid(value) {
            return (out, malformed);
        }
        for e in self.validator.iter_errors(value) {
            let at = e.instance_path().as_str().to_owned();
            let keyword_at = e.schema_path().as_str();
            let node_at = pointer::parent(keyword_at).unwrap_or("");
            let node = self.doc.pointer(node_at).unwrap_or(&Value::Null);
            let instance = value.pointer(&at).unwrap_or(&Value::Null);
            let field = display_path(&at);
            match e.kind() {
                ValidationErrorKind::AdditionalProperties { unexpected } => {
                    let known: Vec<&str> = node
                        .get("properties")
                        .and_then(Value::as_object)
                        .map(|m| m.keys().map(String::as_str).collect())
                        .unwrap_or_default();
                    for key in unexpected {
                        let mut full = at.clone();
                        pointer::push(&mut full, key);
                        let suggestion = suggest(key, &known);
                        let rename_to = suggestion
                            .filter(|s| {
                                crate::names::close_count(key, &known) == 1
                                    && instance.get(*s).is_none()
                            })
                            .map(str::to_owned);
                        // A key is shown only when it is a word of the format (a
                        // known key in the wrong place); any other key, a typo
                        // included, may be free text (a name).
                        let shown = shown_key(key).or((key == "<<").then_some("<<"));
                        let label = shown.map(|k| format!(" `{k}`")).unwrap_or_default();
                        let (message, help) = unknown_key(&label, key, &known, &field);
                        if let Some(s) = suggestion {
                            let mut meant = at.clone();
                            pointer::push(&mut meant, s);
                            malformed.push(meant);
                        }
                        out.push(Violation {
                            pointer: if shown.is_some() {
                                full.clone()
                            } else {
                                at.clone()
                            },
                            locate: full,
                            at_key: true,
                            message,
                            help: Some(help),
                            rename_to,
                            expects: None,
                        });
                    }
                }
                ValidationErrorKind::Required { property } => {
                    let name = property.as_str().unwrap_or_default();
                    let mut p = at.clone();
                    pointer::push(&mut p, name);
                    malformed.push(p);
                    let message = if at.is_empty() {
                        Text::new(
                            format!("dokumentet mangler den påkrevde nøkkelen `{name}`"),
                            format!("dokumentet manglar den påkravde nøkkelen `{name}`"),
                            format!("the document is missing the required key `{name}`"),
                        )
                    } else {
                        Text::new(
                            format!("`{field}` mangler den påkrevde nøkkelen `{name}`"),
                            format!("`{field}` manglar den påkravde nøkkelen `{name}`"),
                            format!("`{field}` is missing the required key `{name}`"),
                        )
                    };
                    out.push(Violation {
                        pointer: at.clone(),
                        locate: at,
                        at_key: false,
                        message,
                        help: required_help(name),
                        rename_to: None,
                        expects: None,
                    });
                }
                kind => {
                    malformed.push(at.clone());
                    let (message, help) = value_message(kind, node, instance, &field);
                    let expects = expects(kind, node, instance, &at);
                    out.push(Violation {
                        pointer: at.clone(),
                        locate: at,
                        at_key: false,
                        message,
                        help,
                        rename_to: None,
                        expects,
                    });
                }
            }
        }
        (out, malformed)
    }
}

/// Enum values and property names of the shipped schema, plus the format
/// identifier: the only document words that messages and pointers may show.
pub(crate) fn vocabulary() -> &'static BTreeSet<String> {
    static WORDS: std::sync::OnceLock<BTreeSet<String>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = BTreeSet::from([FORMAT.to_owned()]);
        if let Ok(doc) = serde_json::from_str::<Value>(SCHEMA_JSON) {
            collect_vocabulary(&doc, &mut words);
        }
        words
    })
}

/// `key`, when it may be shown in a message: a word of the vocabulary.
pub(crate) fn shown_key(key: &str) -> Option<&str> {
    vocabulary().contains(key).then_some(key)
}

fn collect_vocabulary(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            if let Some(Value::Array(items)) = m.get("enum") {
                out.extend(items.iter().filter_map(Value::as_str).map(str::to_owned));
            }
            if let Some(Value::Object(props)) = m.get("properties") {
                out.extend(props.keys().cloned());
            }
            m.values().for_each(|x| collect_vocabulary(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| collect_vocabulary(x, out)),
        _ => {}
    }
}

/// `participants[1].attended` for `/participants/1/attended`.
pub(crate) fn display_path(ptr: &str) -> String {
    let mut out = String::new();
    for seg in pointer::segments(ptr) {
        if seg.bytes().all(|b| b.is_ascii_digit()) && !seg.is_empty() {
            out.push('[');
            out.push_str(&seg);
            out.push(']');
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&seg);
        }
    }
    if out.is_empty() {
        "(dokumentet)".to_owned()
    } else {
        out
    }
}

pub(crate) use crate::names::suggest;

fn unknown_key(shown: &str, key: &str, known: &[&str], field: &str) -> (Text, Text) {
    let place_nb = if field == "(dokumentet)" {
        "på toppnivå".to_owned()
    } else {
        format!("i `{field}`")
    };
    let place_nn = if field == "(dokumentet)" {
        "på toppnivået".to_owned()
    } else {
        format!("i `{field}`")
    };
    let place_en = if field == "(dokumentet)" {
        "at the top level".to_owned()
    } else {
        format!("in `{field}`")
    };
    let message = Text::new(
        format!("ukjent nøkkel{shown} {place_nb}"),
        format!("ukjend nøkkel{shown} {place_nn}"),
        format!("unknown key{shown} {place_en}"),
    );
    let help = if key == "<<" {
        Text::new(
            "flettenøkler (`<<`) finnes ikke i YAML 1.2; skriv nøklene ut",
            "flettenøklar (`<<`) finst ikkje i YAML 1.2; skriv nøklane ut",
            "merge keys (`<<`) do not exist in YAML 1.2; write the keys out",
        )
    } else if let Some(s) = suggest(key, known) {
        Text::new(
            format!("mente du `{s}`?"),
            format!("meinte du `{s}`?"),
            format!("did you mean `{s}`?"),
        )
    } else {
        let list = known
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", ");
        Text::new(
            format!("tillatte nøkler: {list}"),
            format!("tillatne nøklar: {list}"),
            format!("allowed keys: {list}"),
        )
    };
    (message, help)
}

fn required_help(name: &str) -> Option<Text> {
    match name {
        "date" => Some(Text::new(
            "skriv møtedatoen som `date: ÅÅÅÅ-MM-DD`",
            "skriv møtedatoen som `date: ÅÅÅÅ-MM-DD`",
            "write the meeting date as `date: YYYY-MM-DD`",
        )),
        "role" => Some(Text::new(
            "gi deltakeren en rolle: arbeidstaker, arbeidsgiver, lege, bht, nav, tillitsvalgt, verneombud eller annen",
            "gi deltakaren ei rolle: arbeidstaker, arbeidsgiver, lege, bht, nav, tillitsvalgt, verneombud eller annen",
            "give the participant a role: arbeidstaker, arbeidsgiver, lege, bht, nav, tillitsvalgt, verneombud or annen",
        )),
        "meeting" => Some(Text::new(
            "legg til `meeting:` med `date: ÅÅÅÅ-MM-DD`",
            "legg til `meeting:` med `date: ÅÅÅÅ-MM-DD`",
            "add `meeting:` with `date: YYYY-MM-DD`",
        )),
        _ => None,
    }
}

fn is_date_node(node: &Value) -> bool {
    node.get("format").and_then(Value::as_str) == Some("date")
}

fn is_time_node(node: &Value) -> bool {
    node.get("pattern").and_then(Value::as_str) == Some(TIME_PATTERN)
}

fn allows(node: &Value, ty: &str) -> bool {
    match node.get("type") {
        Some(Value::String(s)) => s == ty,
        Some(Value::Array(a)) => a.iter().any(|t| t.as_str() == Some(ty)),
        _ => false,
    }
}

/// What the schema node `node` wants of the value at `at` that broke it
/// (`kind`), when a fix may know it: a date, a time, a boolean, a whole
/// number (the grade as a percentage), text where a number or boolean was
/// written, or one of the node's enum values.
fn expects(
    kind: &ValidationErrorKind,
    node: &Value,
    instance: &Value,
    at: &str,
) -> Option<Expected> {
    if is_date_node(node) {
        return Some(Expected::Date);
    }
    if is_time_node(node) {
        return Some(Expected::Time);
    }
    match kind {
        ValidationErrorKind::Enum { options } => Some(Expected::Enum(
            options
                .as_array()?
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect(),
        )),
        ValidationErrorKind::Type { .. } if allows(node, "boolean") => Some(Expected::Boolean),
        ValidationErrorKind::Type { .. } if allows(node, "integer") => Some(Expected::Integer {
            percent: pointer::segments(at).last().is_some_and(|k| k == "grade"),
        }),
        ValidationErrorKind::Type { .. }
            if allows(node, "string")
                && node.get("enum").is_none()
                && (instance.is_number() || instance.is_boolean()) =>
        {
            Some(Expected::Text)
        }
        _ => None,
    }
}

fn date_help(instance: &Value) -> Text {
    if let Some(iso) = instance.as_str().and_then(crate::dates::norwegian_to_iso) {
        return Text::new(
            format!("skriv datoen som `{iso}` (ÅÅÅÅ-MM-DD)"),
            format!("skriv datoen som `{iso}` (ÅÅÅÅ-MM-DD)"),
            format!("write the date as `{iso}` (YYYY-MM-DD)"),
        );
    }
    if let Some(s) = instance.as_str()
        && s.len() == 10
        && s.as_bytes()[4] == b'-'
        && s.as_bytes()[7] == b'-'
    {
        return Text::new(
            "datoen finnes ikke i kalenderen; sjekk dag og måned",
            "datoen finst ikkje i kalenderen; sjekk dag og månad",
            "that day does not exist in the calendar; check the day and month",
        );
    }
    Text::new(
        "skriv datoer som ÅÅÅÅ-MM-DD, for eksempel `2026-09-08`",
        "skriv datoar som ÅÅÅÅ-MM-DD, til dømes `2026-09-08`",
        "write dates as YYYY-MM-DD, for example `2026-09-08`",
    )
}

fn time_help(instance: &Value) -> Text {
    let guess = match instance {
        Value::Number(n) => n.as_f64().and_then(|f| {
            let h = f.trunc();
            let m = ((f - h) * 100.0).round();
            (f >= 0.0 && h < 24.0 && m < 60.0).then(|| format!("{:02}:{:02}", h as u32, m as u32))
        }),
        Value::String(s) => {
            let parts: Vec<&str> = s.trim().split(['.', ':']).collect();
            match parts.as_slice() {
                [h, m] if h.len() <= 2 && m.len() == 2 => {
                    match (h.parse::<u32>(), m.parse::<u32>()) {
                        (Ok(h), Ok(m)) if h < 24 && m < 60 => Some(format!("{h:02}:{m:02}")),
                        _ => None,
                    }
                }
                _ => None,
            }
        }
        _ => None,
    };
    match guess {
        Some(g) => Text::new(
            format!("skriv klokkeslettet som `\"{g}\"` (TT:MM, 24 timer)"),
            format!("skriv klokkeslettet som `\"{g}\"` (TT:MM, 24 timar)"),
            format!("write the time as `\"{g}\"` (HH:MM, 24 h)"),
        ),
        None => Text::new(
            "skriv klokkeslett som TT:MM (00:00–23:59), for eksempel `\"09:00\"`",
            "skriv klokkeslett som TT:MM (00:00–23:59), til dømes `\"09:00\"`",
            "write times as HH:MM (00:00–23:59), for example `\"09:00\"`",
        ),
    }
}

fn type_name(kind: &TypeKind) -> Text {
    let name = |t: &str| -> [&'static str; 3] {
        match t {
            "string" => ["tekst", "tekst", "text"],
            "integer" => ["et heltall", "eit heiltal", "a whole number"],
            "number" => ["et tall", "eit tal", "a number"],
            "boolean" => [
                "`true` eller `false`",
                "`true` eller `false`",
                "`true` or `false`",
            ],
            "object" => [
                "en tabell (nøkler og verdier)",
                "ein tabell (nøklar og verdiar)",
                "a mapping (keys and values)",
            ],
            "array" => ["en liste", "ei liste", "a list"],
            _ => ["tom", "tom", "empty"],
        }
    };
    let types: Vec<String> = match kind {
        TypeKind::Single(t) => vec![t.to_string()],
        TypeKind::Multiple(set) => set
            .iter()
            .map(|t| t.to_string())
            .filter(|t| t != "null")
            .collect(),
    };
    let join = |i: usize, or: &str| {
        types
            .iter()
            .map(|t| name(t)[i])
            .collect::<Vec<_>>()
            .join(or)
    };
    Text::new(join(0, " eller "), join(1, " eller "), join(2, " or "))
}

fn value_message(
    kind: &ValidationErrorKind,
    node: &Value,
    instance: &Value,
    field: &str,
) -> (Text, Option<Text>) {
    if is_date_node(node) {
        return (
            Text::new(
                format!("`{field}` må være en dato på formen ÅÅÅÅ-MM-DD"),
                format!("`{field}` må vere ein dato på forma ÅÅÅÅ-MM-DD"),
                format!("`{field}` must be a date written YYYY-MM-DD"),
            ),
            Some(date_help(instance)),
        );
    }
    if is_time_node(node) {
        return (
            Text::new(
                format!("`{field}` må være et klokkeslett på formen TT:MM"),
                format!("`{field}` må vere eit klokkeslett på forma TT:MM"),
                format!("`{field}` must be a time written HH:MM"),
            ),
            Some(time_help(instance)),
        );
    }
    match kind {
        ValidationErrorKind::Type { kind } => {
            if allows(node, "boolean") {
                let help = if instance.is_string() {
                    Text::new(
                        "skriv `true` eller `false`; `ja`/`nei` og `yes`/`no` er tekst i YAML 1.2",
                        "skriv `true` eller `false`; `ja`/`nei` og `yes`/`no` er tekst i YAML 1.2",
                        "write `true` or `false`; `ja`/`nei` and `yes`/`no` are text in YAML 1.2",
                    )
                } else {
                    Text::new(
                        "skriv `true` eller `false`",
                        "skriv `true` eller `false`",
                        "write `true` or `false`",
                    )
                };
                return (
                    Text::new(
                        format!("`{field}` må være `true` eller `false`"),
                        format!("`{field}` må vere `true` eller `false`"),
                        format!("`{field}` must be `true` or `false`"),
                    ),
                    Some(help),
                );
            }
            let Text { nb, nn, en } = type_name(kind);
            let help = if allows(node, "string") && (instance.is_number() || instance.is_boolean())
            {
                Some(Text::new(
                    "sett verdien i anførselstegn for å gjøre den til tekst",
                    "set verdien i hermeteikn for å gjere han til tekst",
                    "put the value in quotes to make it text",
                ))
            } else {
                None
            };
            (
                Text::new(
                    format!("`{field}` må være {nb}"),
                    format!("`{field}` må vere {nn}"),
                    format!("`{field}` must be {en}"),
                ),
                help,
            )
        }
        ValidationErrorKind::Enum { options } => {
            let values: Vec<&str> = options
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let list = values
                .iter()
                .map(|v| format!("`{v}`"))
                .collect::<Vec<_>>()
                .join(", ");
            let typed = instance.as_str();
            // A right value in the wrong case (`NAV`): name the value to write.
            let case = typed.and_then(|s| values.iter().find(|v| v.eq_ignore_ascii_case(s)));
            let help = match case {
                Some(v) => Some(Text::new(
                    format!("skriv `{v}` med små bokstaver"),
                    format!("skriv `{v}` med små bokstavar"),
                    format!("write `{v}` in lowercase"),
                )),
                None => typed.and_then(|s| suggest(s, &values)).map(|s| {
                    Text::new(
                        format!("mente du `{s}`?"),
                        format!("meinte du `{s}`?"),
                        format!("did you mean `{s}`?"),
                    )
                }),
            };
            (
                Text::new(
                    format!("`{field}` må være en av {list}"),
                    format!("`{field}` må vere ein av {list}"),
                    format!("`{field}` must be one of {list}"),
                ),
                help,
            )
        }
        ValidationErrorKind::Minimum { limit } => (
            Text::new(
                format!("`{field}` må være minst {limit}"),
                format!("`{field}` må vere minst {limit}"),
                format!("`{field}` must be at least {limit}"),
            ),
            None,
        ),
        ValidationErrorKind::Maximum { limit } => (
            Text::new(
                format!("`{field}` kan være høyst {limit}"),
                format!("`{field}` kan vere høgst {limit}"),
                format!("`{field}` must be at most {limit}"),
            ),
            None,
        ),
        ValidationErrorKind::Constant { expected_value } => (
            Text::new(
                format!(
                    "`{field}` må være `{}`",
                    expected_value.as_str().unwrap_or_default()
                ),
                format!(
                    "`{field}` må vere `{}`",
                    expected_value.as_str().unwrap_or_default()
                ),
                format!(
                    "`{field}` must be `{}`",
                    expected_value.as_str().unwrap_or_default()
                ),
            ),
            None,
        ),
        other => (
            Text::new(
                format!("`{field}` følger ikke skjemaet (`{}`)", other.keyword()),
                format!("`{field}` følgjer ikkje skjemaet (`{}`)", other.keyword()),
                format!(
                    "`{field}` does not follow the schema (`{}`)",
                    other.keyword()
                ),
            ),
            None,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn suggestions_catch_typos_only() {
        let known = ["attended", "absence_reason", "role", "name", "function"];
        assert_eq!(suggest("atended", &known), Some("attended"));
        assert_eq!(suggest("Role", &known), Some("role"));
        assert_eq!(suggest("xyz", &known), None);
    }

    #[test]
    fn display_paths() {
        assert_eq!(
            display_path("/participants/1/attended"),
            "participants[1].attended"
        );
        assert_eq!(display_path(""), "(dokumentet)");
    }

    #[test]
    fn one_violation_per_mistake() {
        let s = Schema::new().unwrap();
        let cases = [
            (
                json!({"format": FORMAT, "meeting": {"date": "16.11.2026"}}),
                "/meeting/date",
            ),
            (
                json!({"format": FORMAT, "meeting": {"date": "2026-02-30"}}),
                "/meeting/date",
            ),
            (
                json!({"format": FORMAT, "meeting": {"date": "2026-11-16", "start": 9.0}}),
                "/meeting/start",
            ),
            (
                json!({"format": FORMAT, "meeting": {"date": "2026-11-16", "end": "24:00"}}),
                "/meeting/end",
            ),
            (
                json!({"format": FORMAT, "meeting": {"date": "2026-11-16", "mode": "teams"}}),
                "/meeting/mode",
            ),
            (
                json!({"format": FORMAT, "meeting": {"date": "2026-11-16"}, "participants": [{"role": "lege", "attended": "ja"}]}),
                "/participants/0/attended",
            ),
            (
                json!({"format": FORMAT, "meeting": {"date": "2026-11-16"}, "participants": [{"role": "lege", "atended": true}]}),
                "/participants/0",
            ),
            (
                json!({"format": FORMAT, "meeting": {"date": "2026-11-16"}, "participants": [{"role": "lege", "date": true}]}),
                "/participants/0/date",
            ),
            (json!({"format": FORMAT, "meeting": {}}), "/meeting"),
            (
                json!({"format": FORMAT, "meeting": {"date": "2026-11-16"}, "sick_leave": {"grade": 0}}),
                "/sick_leave/grade",
            ),
        ];
        for (doc, ptr) in cases {
            let (v, _) = s.check(&doc);
            assert_eq!(v.len(), 1, "{doc}: {v:?}");
            assert_eq!(v[0].pointer, ptr);
        }
    }

    #[test]
    fn messages_do_not_echo_values() {
        let s = Schema::new().unwrap();
        let doc = json!({"format": FORMAT, "meeting": {"date": "Kari Nordmann", "mode": "Kari Nordmann"},
            "participants": [{"role": "lege", "Kari Nordmann": 1, "attended": "Kari Nordmann",
                "kate": 1, "ola": 2, "depresjon": 3, "Name": 4}]});
        let (v, _) = s.check(&doc);
        assert_eq!(v.len(), 8);
        for x in v {
            let all = format!("{:?}{:?}{}", x.message, x.help, x.pointer);
            for word in ["Kari", "kate", "ola", "depresjon", "Name"] {
                assert!(!all.contains(word), "{all}");
            }
        }
        // A "did you mean" names the known key.
        let doc = json!({"format": FORMAT, "meeting": {"date": "2026-11-16", "kate": 1}});
        let (v, _) = s.check(&doc);
        assert_eq!(v[0].message.en, "unknown key in `meeting`");
        assert_eq!(
            v[0].help,
            Some(Text::new(
                "mente du `date`?",
                "meinte du `date`?",
                "did you mean `date`?"
            ))
        );
    }
}
