//! The JSON Schema of `dialogmote1/v1`, compiled once, and its violations as
//! findings (DM002) with messages written for people.

use jsonschema::JsonType;
use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde_json::Value;

use crate::base::error::Error;
use crate::base::fields::{
    everyday_value, field_name, own_name_in, value_label, value_with_meaning,
};
use crate::base::format::{Format, shown_key};
use crate::base::pointer;
use crate::findings::fixes::Expected;
use crate::texts::{EngineText, Lang, Message, Text};

const TIME_PATTERN: &str = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
const ORGANISATION_NUMBER_PATTERN: &str = "^[0-9]{9}$";
const EMAIL_PATTERN: &str = "^[^@\\s]+@[^@\\s]+$";

/// Keys named like the employee's identity number: never stored in a
/// document (`follow-up-plan.md` §6); compared without regard to case.
const IDENTITY_KEYS: &[&str] = &[
    "fnr",
    "fodselsnummer",
    "fødselsnummer",
    "personnummer",
    "d_nummer",
    "employee_id",
    "employeeidentificationnumber",
];

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
    /// value fix that may mend it (`crate::findings::fixes`).
    pub expects: Option<Expected>,
}

/// The compiled schema.
pub(crate) struct Schema {
    validator: jsonschema::Validator,
    doc: Value,
}

impl std::fmt::Debug for Schema {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Schema").finish_non_exhaustive()
    }
}

impl Schema {
    pub(crate) fn new(format: Format) -> Result<Schema, Error> {
        let doc: Value =
            serde_json::from_str(format.schema_json()).map_err(|e| Error::Schema(e.to_string()))?;
        let validator = jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&doc)
            .map_err(|e| Error::Schema(e.to_string()))?;
        Ok(Schema { validator, doc })
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
            let field = field_name(&at, Some(value));
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
                                crate::base::names::close_count(key, &known) == 1
                                    && instance.get(*s).is_none()
                            })
                            .map(str::to_owned);
                        // A key is shown only when it is a word of the format (a
                        // known key in the wrong place); any other key, a typo
                        // included, may be free text (a name).
                        let shown = shown_key(key).or((key == "<<").then_some("<<"));
                        let (message, help) = unknown_key(shown, key, &known, &at, &field);
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
                    malformed.push(p.clone());
                    let missing = Text::from_fn(|l| {
                        own_name_in(&p, l).unwrap_or_else(|| format!("`{name}`"))
                    });
                    let key = Text::same(name);
                    let said = if at.is_empty() {
                        EngineText::RequiredTop.fill_each(&[("missing", &missing), ("key", &key)])
                    } else {
                        EngineText::Required.fill_each(&[
                            ("field", &field),
                            ("missing", &missing),
                            ("key", &key),
                        ])
                    };
                    let message = said.message;
                    out.push(Violation {
                        pointer: at.clone(),
                        locate: at,
                        at_key: false,
                        message,
                        help: required_help(name).or(said.help),
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

pub(crate) use crate::base::names::suggest;

/// The DM002 text `id` with `args` filled in.
fn said(id: EngineText, args: &[(&str, &str)]) -> Message {
    id.fill(args)
}

/// The advice of the DM002 text `id` (every entry it is asked of has one).
fn advice(id: EngineText, args: &[(&str, &str)]) -> Text {
    id.fill(args).help.unwrap_or_default()
}

/// `in_person` (Fysisk møte), `video` (Videomøte), …: the values of a
/// closed list with what each means, in every language.
fn values_listed(values: &[&str]) -> Text {
    Text::from_fn(|l| {
        values
            .iter()
            .map(|v| value_with_meaning(v, l))
            .collect::<Vec<_>>()
            .join(", ")
    })
}

/// `role` («Rolle»), `name` («Navn»), …: the field names of the part at
/// `at`, with their names in every language.
fn keys_listed(keys: &[&str], at: &str) -> Text {
    Text::from_fn(|l| {
        keys.iter()
            .map(|k| {
                let mut p = at.to_owned();
                pointer::push(&mut p, k);
                match own_name_in(&p, l) {
                    Some(name) => format!("`{k}` ({name})"),
                    None => format!("`{k}`"),
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    })
}

/// The message and help for the unknown `key` in the mapping at `at`;
/// `shown` is the key when it may be named.
fn unknown_key(
    shown: Option<&str>,
    key: &str,
    known: &[&str],
    at: &str,
    field: &Text,
) -> (Text, Text) {
    let message = match (at.is_empty(), shown) {
        (true, None) => said(EngineText::UnknownKeyTop, &[]),
        (true, Some(k)) => said(EngineText::UnknownKeyTopNamed, &[("key", k)]),
        (false, None) => EngineText::UnknownKey.fill_each(&[("field", field)]),
        (false, Some(k)) => {
            EngineText::UnknownKeyNamed.fill_each(&[("key", &Text::same(k)), ("field", field)])
        }
    }
    .message;
    let help = if key == "<<" {
        advice(EngineText::MergeKey, &[])
    } else if IDENTITY_KEYS.contains(&key.to_lowercase().as_str()) {
        advice(EngineText::IdentityKey, &[])
    } else if let Some(s) = suggest(key, known) {
        let mut p = at.to_owned();
        pointer::push(&mut p, s);
        let meaning = Text::from_fn(|l| own_name_in(&p, l).unwrap_or_default());
        if meaning.nb.is_empty() {
            advice(EngineText::DidYouMean, &[("suggestion", s)])
        } else {
            EngineText::DidYouMeanValue
                .fill_each(&[("suggestion", &Text::same(s)), ("meaning", &meaning)])
                .help
                .unwrap_or_default()
        }
    } else {
        EngineText::AllowedKeys
            .fill_each(&[("keys", &keys_listed(known, at))])
            .help
            .unwrap_or_default()
    };
    (message, help)
}

/// The advice for a missing key, when the catalogue has some
/// (`required-NAME`).
fn required_help(name: &str) -> Option<Text> {
    let id = match name {
        "date" => EngineText::RequiredDate,
        "role" => {
            // The same for every participant: made once (a document may
            // have a quarter of a million participants without a role).
            static HELP: std::sync::OnceLock<Option<Text>> = std::sync::OnceLock::new();
            return HELP
                .get_or_init(|| {
                    let roles = values_listed(&crate::base::fields::ROLES);
                    EngineText::RequiredRole
                        .fill_each(&[("roles", &roles)])
                        .help
                })
                .clone();
        }
        "meeting" => EngineText::RequiredMeeting,
        _ => return None,
    };
    Some(advice(id, &[]))
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
    if node.get("pattern").and_then(Value::as_str) == Some(ORGANISATION_NUMBER_PATTERN) {
        return Some(Expected::Digits(9));
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

/// Better advice than the general one for a malformed date, if any: the
/// date to write, or that the day does not exist.
fn date_help(instance: &Value) -> Option<Text> {
    if let Some(date) = instance
        .as_str()
        .and_then(crate::base::dates::norwegian_to_iso)
        .and_then(|iso| crate::base::dates::parse_date(&iso))
    {
        let iso = Text::same(crate::base::dates::iso(date));
        let written = Text::from_fn(|l| crate::base::dates::for_people(date, l));
        return EngineText::DateAs
            .fill_each(&[("date", &iso), ("written", &written)])
            .help;
    }
    let s = instance.as_str()?;
    (s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-')
        .then(|| advice(EngineText::DateNotInCalendar, &[]))
}

/// The time meant by a malformed time (`9.00`, `9:00`, `kl. 9`, `0900`,
/// `13:00:00`), if it is clear: the same reading as the fix's.
fn time_guess(instance: &Value) -> Option<crate::base::dates::Clock> {
    match instance {
        // YAML reads `9.30` as a number, `0900` as 900: read it as written.
        Value::Number(n) if n.is_f64() => n.as_f64().and_then(|f| {
            let h = f.trunc();
            let m = ((f - h) * 100.0).round();
            (f >= 0.0 && h < 24.0 && m < 60.0).then(|| crate::base::dates::Clock {
                hhmm: format!("{:02}:{:02}", h as u32, m as u32),
                seconds: false,
            })
        }),
        Value::Number(n) => crate::base::dates::read_clock(&n.to_string()),
        Value::String(s) => crate::base::dates::read_clock(s).or_else(|| {
            // `13:00:30`: the format has no seconds; say so, with the hour
            // and minute written (no fix: dropping them changes the time).
            let (hm, sec) = s.trim().rsplit_once(':')?;
            let hm = crate::base::dates::read_clock(hm)?;
            (sec.len() == 2 && sec.bytes().all(|b| b.is_ascii_digit()) && hm.hhmm.len() == 5)
                .then_some(crate::base::dates::Clock {
                    seconds: true,
                    ..hm
                })
        }),
        _ => None,
    }
}

/// The text id of "must be of type …" for `kind`: one id per type; a list
/// of several types (which the shipped schema never has, `null` aside)
/// says its first.
fn type_id(kind: &TypeKind) -> EngineText {
    let first = match kind {
        TypeKind::Single(t) => Some(*t),
        TypeKind::Multiple(set) => set.iter().find(|t| *t != JsonType::Null),
    };
    match first {
        Some(JsonType::String) => EngineText::TypeString,
        Some(JsonType::Integer) => EngineText::TypeInteger,
        Some(JsonType::Number) => EngineText::TypeNumber,
        Some(JsonType::Object) => EngineText::TypeObject,
        Some(JsonType::Array) => EngineText::TypeArray,
        Some(JsonType::Boolean) => EngineText::Boolean,
        Some(JsonType::Null) | None => EngineText::TypeNull,
    }
}

fn value_message(
    kind: &ValidationErrorKind,
    node: &Value,
    instance: &Value,
    field: &Text,
) -> (Text, Option<Text>) {
    let field_arg = [("field", field)];
    let said_field = |id: EngineText| id.fill_each(&field_arg);
    if is_date_node(node) {
        let m = said_field(EngineText::Date);
        return (m.message, date_help(instance).or(m.help));
    }
    if is_time_node(node) {
        let m = said_field(EngineText::Time);
        let help = time_guess(instance).map(|t| {
            let id = if t.seconds {
                EngineText::TimeSeconds
            } else {
                EngineText::TimeAs
            };
            advice(id, &[("time", &t.hhmm)])
        });
        return (m.message, help.or(m.help));
    }
    let pattern = node.get("pattern").and_then(Value::as_str);
    if matches!(kind, ValidationErrorKind::Pattern { .. }) {
        let id = match pattern {
            Some(ORGANISATION_NUMBER_PATTERN) => Some(EngineText::OrganisationNumber),
            Some(EMAIL_PATTERN) => Some(EngineText::Email),
            _ => None,
        };
        if let Some(id) = id {
            let m = said_field(id);
            return (m.message, m.help);
        }
    }
    if pattern == Some(ORGANISATION_NUMBER_PATTERN) && instance.is_number() {
        let m = said_field(EngineText::OrganisationNumber);
        return (m.message, m.help);
    }
    match kind {
        ValidationErrorKind::Type { kind } => {
            if allows(node, "boolean") {
                let m = said_field(EngineText::Boolean);
                let help = instance
                    .is_string()
                    .then(|| advice(EngineText::BooleanText, &[]));
                return (m.message, help.or(m.help));
            }
            let help = (allows(node, "string") && (instance.is_number() || instance.is_boolean()))
                .then(|| advice(EngineText::QuoteText, &[]));
            (said_field(type_id(kind)).message, help)
        }
        ValidationErrorKind::Enum { options } => {
            let values: Vec<&str> = options
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            (
                said_field(EngineText::Enum).message,
                Some(enum_help(instance, &values)),
            )
        }
        ValidationErrorKind::Minimum { limit } => {
            let limit = Text::same(limit.to_string());
            let args = [("field", field), ("limit", &limit)];
            (EngineText::Minimum.fill_each(&args).message, None)
        }
        ValidationErrorKind::Maximum { limit } => {
            let limit = Text::same(limit.to_string());
            let args = [("field", field), ("limit", &limit)];
            (EngineText::Maximum.fill_each(&args).message, None)
        }
        ValidationErrorKind::Constant { expected_value } => {
            let value = Text::same(expected_value.as_str().unwrap_or_default());
            let args = [("field", field), ("value", &value)];
            (EngineText::Const.fill_each(&args).message, None)
        }
        // A rule of the schema a shipped document cannot break another way
        // (the schema's own word for it is not a word for people).
        _ => (EngineText::Other.fill_each(&field_arg).message, None),
    }
}

/// The advice for a value not in the closed list `values`: the value
/// meant, when the written word is one in the wrong case (`NAV`), one
/// people write for it (`fysisk`, `søkes`, `arbeidsgjevar`) or a typo of
/// one; else the values with what each means. A role list says that roles
/// are written in bokmål.
fn enum_help(instance: &Value, values: &[&str]) -> Text {
    let typed = instance.as_str();
    let meaning =
        |v: &str| Text::from_fn(|l: Lang| value_label(v).map_or("", |x| x.get(l)).to_owned());
    let roles = values.contains(&"arbeidstaker");
    let meant = typed.and_then(|s| {
        if let Some(v) = values.iter().find(|v| v.eq_ignore_ascii_case(s)) {
            return Some((*v, true));
        }
        // A word that could mean more than one value (`ja` for a decision)
        // gets the list, with what each value means.
        match everyday_value(s, values) {
            Some((v, true)) => Some((v, false)),
            Some((_, false)) => None,
            None => suggest(s, values).map(|v| (v, false)),
        }
    });
    match meant {
        Some((v, true)) => EngineText::Lowercase
            .fill_each(&[("value", &Text::same(v)), ("meaning", &meaning(v))])
            .help
            .unwrap_or_default(),
        Some((v, false)) => {
            let id = if roles {
                EngineText::DidYouMeanRole
            } else {
                EngineText::DidYouMeanValue
            };
            id.fill_each(&[("suggestion", &Text::same(v)), ("meaning", &meaning(v))])
                .help
                .unwrap_or_default()
        }
        None => EngineText::EnumValues
            .fill_each(&[("values", &values_listed(values))])
            .help
            .unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::format::FORMAT;
    use serde_json::json;

    #[test]
    fn suggestions_catch_typos_only() {
        let known = ["attended", "absence_reason", "role", "name", "function"];
        assert_eq!(suggest("atended", &known), Some("attended"));
        assert_eq!(suggest("Role", &known), Some("role"));
        assert_eq!(suggest("xyz", &known), None);
    }

    /// The findings say the catalogue's texts, in every language.
    #[test]
    fn findings_say_the_catalogue_texts() {
        let s = Schema::new(Format::Referat).unwrap();
        let doc = json!({"format": FORMAT, "meeting": {"date": "16.11.2026", "start": 9.3, "mode": "Video"},
            "participants": [{"role": "lege", "attended": "ja"}, {"name": "x"}], "sick_leave": {"grade": "50"}});
        let (v, _) = s.check(&doc);
        let said: Vec<(String, Option<String>)> = v
            .iter()
            .map(|v| (v.message.nn.clone(), v.help.as_ref().map(|h| h.nn.clone())))
            .collect();
        let want = [
            (
                "«Møtedato» må vere ein dato",
                Some("skriv 16.11.2026 som `2026-11-16`"),
            ),
            (
                "«Starttid» må vere eit klokkeslett",
                Some("skriv klokkeslettet som `\"09:30\"` (timar og minutt, 24 timar)"),
            ),
            (
                "«Møteform» må vere ein av dei faste verdiane",
                Some("skriv `video` (Videomøte) med små bokstavar"),
            ),
            (
                "«Deltok» for deltakar 1 (Lege/behandlar) må vere ja eller nei",
                Some(
                    "skriv `true` for ja og `false` for nei; fila les ikkje `ja` og `nei` som ja og nei",
                ),
            ),
            (
                "«Rolle» manglar i deltakar 2",
                Some(
                    "gi deltakaren ei rolle (`role:`): `arbeidstaker` (Arbeidstakar), `arbeidsgiver` (Arbeidsgivar), `lege` (Lege/behandlar), `bht` (Bedriftshelseteneste (BHT)), `nav` (NAV), `tillitsvalgt` (Tillitsvald), `verneombud` (Verneombod), `annen` (Annan); rollene blir skrivne på bokmål i alle dokument",
                ),
            ),
            (
                "«Sjukmeldingsgrad ved møtet (prosent)» må vere eit heiltal",
                None,
            ),
        ];
        for (m, h) in want {
            assert!(
                said.contains(&(m.to_owned(), h.map(str::to_owned))),
                "{m} / {h:?} not in {said:#?}"
            );
        }
    }

    /// Times as people write them get the time meant; seconds are named.
    #[test]
    fn times_as_people_write_them_get_help() {
        let s = Schema::new(Format::Referat).unwrap();
        for (written, help) in [
            (
                json!(9),
                "skriv klokkeslettet som `\"09:00\"` (timer og minutter, 24 timer)",
            ),
            (
                json!(900),
                "skriv klokkeslettet som `\"09:00\"` (timer og minutter, 24 timer)",
            ),
            (
                json!("kl. 9"),
                "skriv klokkeslettet som `\"09:00\"` (timer og minutter, 24 timer)",
            ),
            (
                json!("9:00"),
                "skriv klokkeslettet som `\"09:00\"` (timer og minutter, 24 timer)",
            ),
            (
                json!("13:00:00"),
                "skriv klokkeslettet uten sekunder: `\"13:00\"`",
            ),
            (
                json!("13:00:30"),
                "skriv klokkeslettet uten sekunder: `\"13:00\"`",
            ),
        ] {
            let doc =
                json!({"format": FORMAT, "meeting": {"date": "2026-11-16", "start": written}});
            let (v, _) = s.check(&doc);
            assert_eq!(v.len(), 1, "{written}");
            assert_eq!(
                v[0].help.as_ref().map(|h| h.nb.as_str()),
                Some(help),
                "{written}"
            );
        }
    }

    #[test]
    fn one_violation_per_mistake() {
        let s = Schema::new(Format::Referat).unwrap();
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
        let s = Schema::new(Format::Referat).unwrap();
        let doc = json!({"format": FORMAT, "meeting": {"date": "Kari Nordmann", "mode": "Kari Nordmann"},
            "participants": [{"role": "lege", "Kari Nordmann": 1, "attended": "Kari Nordmann",
                "kate": 1, "ola": 2, "depresjon": 3, "Name": 4}]});
        let (v, _) = s.check(&doc);
        assert_eq!(v.len(), 8);
        for x in v {
            let all = format!("{:?}{:?}{}", x.message, x.help, x.pointer);
            for word in ["Kari", "kate", "ola", "depresjon", "`Name`"] {
                assert!(!all.contains(word), "{all}");
            }
        }
        // A "did you mean" names the known key.
        let doc = json!({"format": FORMAT, "meeting": {"date": "2026-11-16", "kate": 1}});
        let (v, _) = s.check(&doc);
        assert_eq!(
            v[0].message.en,
            "“The meeting” has a field name the format does not know"
        );
        assert_eq!(
            v[0].help,
            Some(Text::new(
                "mente du `date` («Møtedato»)?",
                "meinte du `date` («Møtedato»)?",
                "did you mean `date` (“Meeting date”)?"
            ))
        );
    }
}
