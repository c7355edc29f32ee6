//! The lint thread: lints the latest text of each document and publishes
//! its diagnostics. Changes that arrive within the debounce, or while a
//! lint is running, are coalesced (the latest version wins), and a result
//! for a text that has changed since is dropped, not published.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::Instant;

use chrono::NaiveDate;
use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};
use lsp_server::{Message, Notification};
use serde_json::{Value, json};

use super::features::{self, Lint};
use super::session::Settings;
use super::text::Text;

/// A document to lint.
pub(crate) struct Job {
    pub uri: String,
    pub version: i32,
    /// A snapshot of the text (it shares the server's chunks): put
    /// together here, once the debounce is over, not for every change.
    pub text: Text,
    pub lint: Lint,
    pub as_of: NaiveDate,
}

/// What the lint thread is asked to do.
pub(crate) enum Work {
    Lint(Job),
    /// The document was closed: clear its diagnostics.
    Clear(String),
}

impl Work {
    fn uri(&self) -> &str {
        match self {
            Work::Lint(j) => &j.uri,
            Work::Clear(u) => u,
        }
    }
}

/// Keeps only the latest work for each document, in arrival order.
fn push(pending: &mut Vec<Work>, w: Work) {
    pending.retain(|p| p.uri() != w.uri());
    pending.push(w);
}

/// Runs until the server drops its end of `work`.
pub(crate) fn run(work: &Receiver<Work>, out: &Sender<Message>, settings: &Settings) {
    let mut pending: Vec<Work> = Vec::new();
    loop {
        if pending.is_empty() {
            let Ok(w) = work.recv() else { return };
            push(&mut pending, w);
            // Wait a moment for the next keystroke.
            let deadline = Instant::now() + settings.debounce;
            loop {
                match work.recv_deadline(deadline) {
                    Ok(w) => push(&mut pending, w),
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => return,
                }
            }
        }
        let w = pending.remove(0);
        let (uri, version, diagnostics) = match w {
            Work::Clear(uri) => (uri, None, Vec::new()),
            Work::Lint(job) => {
                let outcome = catch_unwind(AssertUnwindSafe(|| lint(&job, settings)));
                for w in work.try_iter() {
                    push(&mut pending, w);
                }
                if pending.iter().any(|p| p.uri() == job.uri) {
                    // A newer text (or a close) is waiting: this is stale.
                    continue;
                }
                match outcome {
                    Ok(d) => (job.uri, Some(job.version), d),
                    Err(_) => {
                        eprintln!("dialogmote lsp: internal error while linting a document");
                        continue;
                    }
                }
            }
        };
        let mut params = json!({ "uri": uri, "diagnostics": diagnostics });
        if let Some(v) = version {
            params["version"] = json!(v);
        }
        let note = Notification::new("textDocument/publishDiagnostics".to_owned(), params);
        if out.send(note.into()).is_err() {
            return;
        }
    }
}

/// The diagnostics of one job.
pub(crate) fn lint(job: &Job, settings: &Settings) -> Vec<Value> {
    let text = job.text.to_text();
    let source = job.lint.source(&text);
    let report = job.lint.report(&source, job.as_of);
    features::diagnostics(
        &report,
        &source,
        &text,
        settings,
        &job.uri,
        job.lint.docs_url(settings),
    )
}
