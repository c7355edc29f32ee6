//! What the server says about a document, each a projection of the one
//! engine's results: diagnostics from [`Linter::lint`], code actions from
//! the findings' fixes, [`Linter::fix`] and [`dialogmote::suppression_fix`],
//! hover from [`dialogmote::explain`] and [`dialogmote::describe`], and
//! completion from [`dialogmote::complete`]. Nothing here decides what is
//! wrong or how to mend it; it converts positions and picks the language.

use std::sync::Arc;

use chrono::NaiveDate;
use dialogmote::{
    Applicability, CompletionKind, FileReport, Finding, Fix, FixLevel, LintOptions, Linter,
    Location, Severity, Source, SourceKind, UiText,
};
use serde_json::{Value, json};

use super::convert::{Encoding, Lines, minimal_edit};
use super::session::{Doc, Settings};

/// The code action kind of "fix everything that is safe".
pub(crate) const FIX_ALL: &str = "source.fixAll.dialogmote";

/// What lints one document: its configuration's linter, the name findings
/// carry (the URI), the path `ignore` globs see, and its declared kind.
#[derive(Clone)]
pub(crate) struct Lint {
    pub linter: Arc<Linter>,
    pub name: String,
    pub match_path: String,
    pub kind: SourceKind,
}

impl Lint {
    /// The document's text as a [`Source`].
    pub(crate) fn source<'t>(&self, text: &'t str) -> Source<'t> {
        Source::from_str(self.name.clone(), text)
            .with_kind(self.kind)
            .with_match_path(self.match_path.clone())
    }

    /// The report on `text`.
    pub(crate) fn report(&self, source: &Source<'_>, as_of: NaiveDate) -> FileReport {
        self.linter.lint(source, &LintOptions::new(as_of))
    }

    /// Where the rule reference is: the client's `docsUrl`, else the
    /// configuration's `docs_url`, else nowhere.
    pub(crate) fn docs_url<'a>(&'a self, settings: &'a Settings) -> Option<&'a str> {
        settings.docs_url.as_deref().or(self.linter.docs_url())
    }
}

/// The byte range of a finding's location in the whole text (a BOM
/// counted). A location over several lines (a whole mapping, or the whole
/// document for a missing part) is shown on its first line, so that the
/// editor marks where the problem starts instead of underlining a page. A
/// finding without a place is at the start.
pub(crate) fn finding_bytes(source: &Source<'_>, f: &Finding) -> (usize, usize) {
    f.location.map_or((0, 0), |loc| location_bytes(source, loc))
}

fn location_bytes(source: &Source<'_>, loc: Location) -> (usize, usize) {
    let index = source.line_index();
    let end = if loc.end_line > loc.line {
        index.line_end(loc.line)
    } else {
        index.offset_of(loc.end_line, loc.end_column)
    };
    let end = end + source.bom_len();
    (loc.offset, end.max(loc.offset))
}

/// A finding as an LSP diagnostic.
pub(crate) fn diagnostic(
    f: &Finding,
    source: &Source<'_>,
    lines: &Lines<'_>,
    settings: &Settings,
    uri: &str,
    docs_url: Option<&str>,
) -> Value {
    let lang = settings.lang;
    let (start, end) = finding_bytes(source, f);
    let mut message = f.message.get(lang).to_owned();
    if let Some(help) = &f.help {
        message.push('\n');
        message.push_str(help.get(lang));
    }
    let severity = match f.severity {
        Severity::Error => 1,
        Severity::Warning => 2,
        _ => 3,
    };
    let mut d = json!({
        "range": lines.json_range(start, end),
        "severity": severity,
        "code": f.code,
        "source": "dialogmote",
        "message": message,
    });
    // A link only to where the user said the reference is published.
    if let Some(href) = dialogmote::rule_docs_url(docs_url, &f.code) {
        d["codeDescription"] = json!({ "href": href });
    }
    // An unused suppression is a comment that can go: editors grey it out.
    if f.code == "DM006" {
        d["tags"] = json!([1]);
    }
    let related: Vec<Value> = f
        .related
        .iter()
        .filter_map(|r| {
            let (start, end) = location_bytes(source, r.location?);
            Some(json!({
                "location": { "uri": uri, "range": lines.json_range(start, end) },
                "message": r.message.get(lang),
            }))
        })
        .collect();
    if !related.is_empty() {
        d["relatedInformation"] = Value::Array(related);
    }
    d
}

/// Every finding of `report` as a diagnostic.
pub(crate) fn diagnostics(
    report: &FileReport,
    source: &Source<'_>,
    text: &str,
    settings: &Settings,
    uri: &str,
    docs_url: Option<&str>,
) -> Vec<Value> {
    let lines = Lines::new(text, settings.encoding);
    report
        .findings
        .iter()
        .map(|f| diagnostic(f, source, &lines, settings, uri, docs_url))
        .collect()
}

/// Whether the client asked for actions of `kind` (`only` absent: all).
fn wanted(params: &Value, kind: &str) -> bool {
    let Some(only) = params.pointer("/context/only").and_then(Value::as_array) else {
        return true;
    };
    only.iter().filter_map(Value::as_str).any(|k| {
        k == kind
            || kind
                .strip_prefix(k)
                .is_some_and(|rest| rest.starts_with('.'))
    })
}

/// A fix's edits as LSP `TextEdit`s.
fn text_edits(fix: &Fix, lines: &Lines<'_>) -> Vec<Value> {
    fix.edits
        .iter()
        .map(|e| json!({ "range": lines.json_range(e.start, e.end), "newText": e.replacement }))
        .collect()
}

/// The command that puts the cursor after a suppression's `-- `.
pub(crate) const SHOW_REASON: &str = "dialogmote.writeReason";

/// Where the reason goes once `fix` (a suppression) is applied to `text`:
/// the LSP position just after its `-- `, in the text after the edit.
fn after_reason_mark(text: &str, fix: &Fix, encoding: Encoding) -> Option<Value> {
    let edit = fix.edits.iter().find(|e| e.replacement.contains("-- "))?;
    let fixed = dialogmote::apply_fixes(text, [fix])?;
    // Edits before this one shift it by their change in length.
    let shift: isize = fix
        .edits
        .iter()
        .filter(|e| e.start < edit.start)
        .map(|e| e.replacement.len() as isize - (e.end - e.start) as isize)
        .sum();
    let at = edit.start.checked_add_signed(shift)? + edit.replacement.find("-- ")? + 3;
    Some(Lines::new(&fixed, encoding).json_position(at))
}

/// A `WorkspaceEdit` of `edits` to the document `uri`.
fn workspace_edit(uri: &str, edits: Vec<Value>) -> Value {
    let mut changes = serde_json::Map::new();
    changes.insert(uri.to_owned(), Value::Array(edits));
    json!({ "changes": changes })
}

/// `textDocument/codeAction`: the fixes of the findings in the range (each
/// a `quickfix`, preferred when safe), the suppression of each, and "fix
/// everything that is safe" for the whole document.
pub(crate) fn code_actions(
    doc: &Doc,
    lint: &Lint,
    report: &FileReport,
    settings: &Settings,
    as_of: NaiveDate,
    params: &Value,
) -> Value {
    let uri = params
        .pointer("/textDocument/uri")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let lang = settings.lang;
    let text = doc.text();
    let source = lint.source(text);
    let lines = Lines::new(text, settings.encoding);
    let range = params.get("range").unwrap_or(&Value::Null);
    let from = lines.offset_of_json(range.get("start").unwrap_or(&Value::Null));
    let to = lines.offset_of_json(range.get("end").unwrap_or(&Value::Null));
    let mut actions = Vec::new();
    // Two findings of one rule on one line have one suppression.
    let mut suppressions: Vec<Fix> = Vec::new();
    if wanted(params, "quickfix") {
        for f in &report.findings {
            let (start, end) = finding_bytes(&source, f);
            if start > to || end < from {
                continue;
            }
            let diag = diagnostic(f, &source, &lines, settings, uri, lint.docs_url(settings));
            let suppression = dialogmote::suppression_fix(&source, f)
                .filter(|s| !suppressions.iter().any(|t| t.edits == s.edits));
            suppressions.extend(suppression.clone());
            for (fix, preferred) in f
                .fixes
                .iter()
                .map(|x| (x, x.applicability == Applicability::Safe))
                .chain(suppression.iter().map(|x| (x, false)))
            {
                actions.push(json!({
                    "title": fix.title.get(lang),
                    "kind": "quickfix",
                    "diagnostics": [diag],
                    "isPreferred": preferred,
                    "edit": workspace_edit(uri, text_edits(fix, &lines)),
                }));
            }
            // After the suppression's edit, the cursor goes where the
            // reason is to be written, when the editor can be asked to.
            if let Some(fix) = &suppression
                && settings.show_document
                && let Some(at) = after_reason_mark(text, fix, settings.encoding)
                && let Some(last) = actions.last_mut()
            {
                last["command"] = json!({
                    "title": UiText::WriteTheReason.text(lang),
                    "command": SHOW_REASON,
                    "arguments": [uri, at],
                });
            }
        }
    }
    // Fixing the whole document lints it again, perhaps several times: done
    // when asked for by kind or by the user, not for every cursor move
    // (an automatic request without `only`).
    let asked = params.pointer("/context/only").is_some()
        || params.pointer("/context/triggerKind") != Some(&json!(2));
    if asked && wanted(params, FIX_ALL) && report.findings.iter().any(|f| !f.fixes.is_empty()) {
        let fixed = lint
            .linter
            .fix(&source, &LintOptions::new(as_of), FixLevel::Safe);
        if fixed.changed() && fixed.text != text {
            let (start, end, new) = minimal_edit(text, &fixed.text);
            actions.push(json!({
                "title": UiText::FixAllSafe.text(lang),
                "kind": FIX_ALL,
                "edit": workspace_edit(
                    uri,
                    vec![json!({ "range": lines.json_range(start, end), "newText": new })],
                ),
            }));
        }
    }
    Value::Array(actions)
}

/// `textDocument/hover`: on a finding, its rule's documentation; elsewhere,
/// the schema's documentation of the key under the cursor.
pub(crate) fn hover(
    doc: &Doc,
    lint: &Lint,
    report: &FileReport,
    settings: &Settings,
    params: &Value,
) -> Value {
    let lang = settings.lang;
    let text = doc.text();
    let lines = Lines::new(text, settings.encoding);
    let at = lines.offset_of_json(params.get("position").unwrap_or(&Value::Null));
    let source = lint.source(text);
    let mut codes: Vec<&str> = Vec::new();
    let mut range: Option<(usize, usize)> = None;
    for f in &report.findings {
        let (start, end) = finding_bytes(&source, f);
        if start <= at && (at < end || at == start) {
            if !codes.contains(&f.code.as_str()) {
                codes.push(&f.code);
            }
            range.get_or_insert((start, end));
        }
    }
    let mut parts: Vec<String> = codes
        .iter()
        .filter_map(|code| lint.linter.rule(code))
        .map(|rule| {
            let doc = lint.linter.explain(rule, lang);
            // The first line names the rule: a heading.
            format!("### {}", doc.trim_end())
        })
        .collect();
    if parts.is_empty() {
        let Some(described) = dialogmote::describe(text, at) else {
            return Value::Null;
        };
        parts.push(described.get(lang).to_owned());
        range = None;
    }
    let mut h = json!({ "contents": { "kind": "markdown", "value": parts.join("\n\n---\n\n") } });
    if let Some((start, end)) = range {
        h["range"] = lines.json_range(start, end);
    }
    h
}

/// `textDocument/completion`: what the schema allows at the cursor.
pub(crate) fn completion(doc: &Doc, settings: &Settings, params: &Value) -> Value {
    let lang = settings.lang;
    let text = doc.text();
    let lines = Lines::new(text, settings.encoding);
    let at = lines.offset_of_json(params.get("position").unwrap_or(&Value::Null));
    let items: Vec<Value> = dialogmote::complete(text, at)
        .into_iter()
        .filter(|c| settings.snippets || !c.is_snippet)
        .map(|c| {
            let kind = match c.kind {
                CompletionKind::Key => 10,   // Property
                CompletionKind::Value => 20, // EnumMember
                _ => 15,                     // Snippet
            };
            let mut item = json!({
                "label": c.label,
                "kind": kind,
                "insertText": c.insert_text,
                "insertTextFormat": if c.is_snippet { 2 } else { 1 },
            });
            if let Some(d) = &c.detail {
                item["detail"] = json!(d.get(lang));
            }
            if let Some(d) = &c.documentation {
                item["documentation"] = json!({ "kind": "markdown", "value": d.get(lang) });
            }
            item
        })
        .collect();
    json!({ "isIncomplete": false, "items": items })
}

#[cfg(test)]
mod tests {
    use dialogmote::{Edit, Text};

    use super::*;

    #[test]
    fn the_cursor_goes_after_the_suppression_s_mark_in_the_text_after_the_edit() {
        let text = "a: 😀\r\nb: 1\r\n";
        let comment = "# dialogmote: ignore DM002 -- \r\n";
        let at_b = text.find('b').unwrap();
        let fix = Fix::new(
            Text::same("ignore"),
            Applicability::Unsafe,
            vec![
                // An earlier edit that changes the length of line 0.
                Edit {
                    start: 0,
                    end: 1,
                    replacement: "aaa".into(),
                },
                Edit {
                    start: at_b,
                    end: at_b,
                    replacement: comment.into(),
                },
            ],
        );
        let at = after_reason_mark(text, &fix, Encoding::Utf16).unwrap();
        assert_eq!(at, json!({ "line": 1, "character": comment.len() - 2 }));
    }
}
