//! Criterion benchmark of `dialogmote lsp`: the time from a `didChange` to
//! the `publishDiagnostics` of that version, for a typical referat and one
//! with 1000 actions, with the server's default debounce (15 ms) and
//! without it. The server runs in process over
//! `lsp_server::Connection::memory()`: the same server as the program
//! (the `dialogmote-lsp` crate, embedded as any host would), without the
//! stdio transport.
//!
//! `cargo bench -p dialogmote-lsp --bench lsp`. Targets (issue 12): 50 ms for a typical
//! referat, 200 ms for 1000 actions.
//!
//! `lsp/incremental-7mb`: the main loop's time for 1,000 small incremental
//! changes (one `didChange` each, UTF-16 positions) to a 7 MB referat,
//! from the first change sent to the answer of a request queued after the
//! last (issue 23: each change used to rescan the whole text).

#![allow(dead_code, unused_imports)]

#[path = "corpus/mod.rs"]
mod corpus;

use std::path::Path;
use std::time::Duration;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use dialogmote::Linter;
use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{Value, json};

/// The built-in rules, a fixed date, no configuration files.
struct BenchHost;

impl dialogmote_lsp::Host for BenchHost {
    fn load(&self, _config: &Path) -> Result<dialogmote_lsp::Loaded, Vec<dialogmote_lsp::Problem>> {
        Ok(dialogmote_lsp::Loaded {
            linter: Linter::new().unwrap(),
            base: None,
            files: Vec::new(),
        })
    }

    fn today(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
    }

    fn match_path(&self, file: &Path, _base: Option<&Path>) -> String {
        file.display().to_string()
    }
}

const URI: &str = "untitled:referat.yaml";

/// A client connected to a server thread, with a document open.
struct Session {
    client: Connection,
    server: Option<std::thread::JoinHandle<bool>>,
    version: i32,
}

impl Session {
    fn start(text: &str, debounce_ms: u64) -> Session {
        let (server_side, client) = Connection::memory();
        let server = std::thread::spawn(move || dialogmote_lsp::serve(&server_side, BenchHost));
        let init = Request::new(
            RequestId::from(1),
            "initialize".into(),
            json!({ "capabilities": {}, "initializationOptions": { "debounceMs": debounce_ms } }),
        );
        client.sender.send(init.into()).unwrap();
        loop {
            if let Message::Response(_) = client.receiver.recv().unwrap() {
                break;
            }
        }
        let s = Session {
            client,
            server: Some(server),
            version: 1,
        };
        s.notify("initialized", json!({}));
        s.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": URI, "languageId": "yaml", "version": 1, "text": text } }),
        );
        s.wait_for(1);
        s
    }

    fn notify(&self, method: &str, params: Value) {
        let n = Notification::new(method.into(), params);
        self.client.sender.send(n.into()).unwrap();
    }

    /// Waits for the diagnostics of `version`; returns how many there were.
    fn wait_for(&self, version: i32) -> usize {
        loop {
            if let Message::Notification(n) = self.client.receiver.recv().unwrap()
                && n.method == "textDocument/publishDiagnostics"
                && n.params["version"] == version
            {
                return n.params["diagnostics"].as_array().map_or(0, Vec::len);
            }
        }
    }

    /// Sends `changes` (one `didChange` each), then a request the main
    /// loop answers at once, and waits for its answer: the time the main
    /// loop took to take the changes in. Diagnostics published meanwhile
    /// are read and dropped.
    fn incremental(&mut self, changes: &[Value]) {
        for change in changes {
            self.version += 1;
            self.notify(
                "textDocument/didChange",
                json!({
                    "textDocument": { "uri": URI, "version": self.version },
                    "contentChanges": [change],
                }),
            );
        }
        let ping = Request::new(RequestId::from(-1), "dialogmote/ping".into(), Value::Null);
        self.client.sender.send(ping.into()).unwrap();
        loop {
            if let Message::Response(r) = self.client.receiver.recv().unwrap()
                && r.id == RequestId::from(-1)
            {
                return;
            }
        }
    }

    /// One change (the whole text again) and its diagnostics.
    fn change(&mut self, text: &str) -> usize {
        self.version += 1;
        self.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": URI, "version": self.version },
                "contentChanges": [{ "text": text }],
            }),
        );
        self.wait_for(self.version)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let id = RequestId::from(2);
        let shutdown = Request::new(id, "shutdown".into(), Value::Null);
        let _ = self.client.sender.send(shutdown.into());
        self.notify("exit", Value::Null);
        if let Some(s) = self.server.take() {
            let _ = s.join();
        }
    }
}

fn bench(c: &mut Criterion) {
    let mut r = corpus::Rng::new(7);
    let documents = [
        ("typical", corpus::document(&mut r, 3, None)),
        ("actions-1000", corpus::document(&mut r, 1000, None)),
    ];
    let mut g = c.benchmark_group("lsp/change-to-diagnostics");
    g.measurement_time(Duration::from_secs(8));
    g.sample_size(20);
    for (name, text) in &documents {
        for debounce in [15, 0] {
            let mut session = Session::start(text, debounce);
            g.bench_function(format!("{name}/debounce-{debounce}ms"), |b| {
                b.iter(|| session.change(text))
            });
        }
    }
    g.finish();

    // About 7 MB, and 1,000 small edits in its middle: each inserts an
    // `ø` or an emoji at a line's third character, the next removes it.
    let mut big = corpus::document(&mut r, 1000, None);
    while big.len() < 7_000_000 {
        let more = corpus::document(&mut r, 1000, None);
        big.push_str("# ");
        big.push_str(&more.replace('\n', "\n# "));
        big.push('\n');
    }
    let lines: Vec<&str> = big.lines().collect();
    let mut changes = Vec::new();
    for k in 0..500 {
        let mut line = lines.len() / 4 + (r.below(lines.len() as u64 / 2) as usize);
        while lines[line].len() < 3 {
            line += 1;
        }
        let new = if k % 2 == 0 { "ø" } else { "😀" };
        let at = json!({ "line": line, "character": 2 });
        changes.push(json!({ "range": { "start": at, "end": at }, "text": new }));
        let end = json!({ "line": line, "character": 2 + new.encode_utf16().count() });
        changes.push(json!({ "range": { "start": at, "end": end }, "text": "" }));
    }
    let mut g = c.benchmark_group("lsp/incremental-7mb");
    g.sampling_mode(criterion::SamplingMode::Flat);
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(10));
    let mut session = Session::start(&big, 15);
    g.bench_function("1000-changes", |b| b.iter(|| session.incremental(&changes)));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
