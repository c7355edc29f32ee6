//! The server: the initialize handshake, the main loop over a
//! [`Connection`] (stdio in the program, in memory in the benchmark), the
//! open documents and the configurations. Linting runs on the worker
//! thread ([`super::worker`]); requests (code actions, hover, completion)
//! are answered here from the document's current text.

use std::collections::{HashMap, HashSet, VecDeque};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread;

use chrono::NaiveDate;
use crossbeam_channel::Sender;
use dialogmote::{CONFIG_FILE, FileReport, Linter, SourceKind, UiText};
use lsp_server::{Connection, Message, Notification, Request, RequestId, Response};
use serde_json::{Value, json};

use super::convert::{Lines, path_to_uri, uri_to_path};
use super::features;
use super::session::{Doc, Settings};
use super::worker::{self, Job, Work};

/// What the server needs from the program around it: loading a
/// configuration (the command line's own loader, so that the editor and
/// `dialogmote lint` agree), the clock, and the path `ignore` globs match.
pub trait Host {
    /// The linter of the configuration file `config`, or its problems.
    fn load(&self, config: &Path) -> Result<Loaded, Vec<Problem>>;
    /// Today's date, for documents linted without `asOf`.
    fn today(&self) -> NaiveDate;
    /// The path of `file` that the configuration's `ignore` globs see.
    fn match_path(&self, file: &Path, base: Option<&Path>) -> String;
}

/// A configuration loaded.
pub struct Loaded {
    /// The linter it builds.
    pub linter: Linter,
    /// The folder its globs and rule files are relative to.
    pub base: Option<PathBuf>,
    /// The files it was read from (the configuration and its rule files):
    /// saving one reloads it.
    pub files: Vec<PathBuf>,
}

/// A problem of a configuration or rule file, at its place.
#[derive(Debug, Clone)]
pub struct Problem {
    /// The file it is in: the configuration or a rule file.
    pub file: PathBuf,
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    /// The byte range of what is wrong, when the library knows it (else
    /// the rest of the line from the column is underlined).
    pub range: Option<std::ops::Range<usize>>,
    /// What is wrong and how to mend it.
    pub message: String,
}

/// A configuration as the server holds it: the linter to use (the built-in
/// rules when the file is broken) and what it was read from.
struct Config {
    linter: Arc<Linter>,
    base: Option<PathBuf>,
    files: Vec<PathBuf>,
}

pub(crate) struct Server<H: Host> {
    sender: Sender<Message>,
    host: H,
    pub(crate) settings: Arc<Settings>,
    docs: HashMap<String, Doc>,
    configs: HashMap<PathBuf, Config>,
    /// The last report on each open document: its version and date.
    reports: HashMap<String, (i32, NaiveDate, Arc<FileReport>)>,
    builtin: Option<Arc<Linter>>,
    roots: Vec<PathBuf>,
    work: Sender<Work>,
    /// URIs of configuration and rule files that have diagnostics now.
    config_diagnostics: HashSet<String>,
    shutdown: bool,
    watch_dynamic: bool,
    next_id: i32,
}

/// A request's failure: JSON-RPC code and message.
pub(crate) type Failure = (i32, String);

const INVALID_PARAMS: i32 = -32602;
const INTERNAL_ERROR: i32 = -32603;
const METHOD_NOT_FOUND: i32 = -32601;
const INVALID_REQUEST: i32 = -32600;
const SERVER_NOT_INITIALIZED: i32 = -32002;
const REQUEST_CANCELLED: i32 = -32800;

/// Runs a server on `conn` until `exit`: `true` when a `shutdown` came
/// before it (the exit code is then 0), `false` when it did not or the
/// client went away.
pub fn serve<H: Host>(conn: &Connection, host: H) -> bool {
    let Some((id, params)) = wait_for_initialize(conn) else {
        return false;
    };
    let settings = Arc::new(Settings::from_initialize(&params));
    let (work_tx, work_rx) = crossbeam_channel::unbounded();
    let sender = conn.sender.clone();
    let worker_settings = Arc::clone(&settings);
    let worker = thread::Builder::new()
        .name("lsp-lint".into())
        .spawn(move || worker::run(&work_rx, &sender, &worker_settings))
        .expect("the lint thread starts");
    let mut server = Server {
        sender: conn.sender.clone(),
        host,
        settings,
        docs: HashMap::new(),
        configs: HashMap::new(),
        reports: HashMap::new(),
        builtin: None,
        roots: roots(&params),
        work: work_tx,
        config_diagnostics: HashSet::new(),
        shutdown: false,
        watch_dynamic: params
            .pointer("/capabilities/workspace/didChangeWatchedFiles/dynamicRegistration")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        next_id: 0,
    };
    server.respond(Response::new_ok(id, server.capabilities()));
    let clean = server.main_loop(conn);
    drop(server);
    let _ = worker.join();
    clean
}

/// Waits for `initialize`, answering requests before it with
/// `ServerNotInitialized` and dropping notifications; `None` at `exit` or
/// the end of input.
fn wait_for_initialize(conn: &Connection) -> Option<(RequestId, Value)> {
    loop {
        match conn.receiver.recv().ok()? {
            Message::Request(req) if req.method == "initialize" => {
                return Some((req.id, req.params));
            }
            Message::Request(req) => {
                let _ = conn.sender.send(
                    Response::new_err(
                        req.id,
                        SERVER_NOT_INITIALIZED,
                        "the server is not initialized yet".into(),
                    )
                    .into(),
                );
            }
            Message::Notification(n) if n.method == "exit" => return None,
            _ => {}
        }
    }
}

/// The workspace folders (or the deprecated root) as paths.
fn roots(params: &Value) -> Vec<PathBuf> {
    let mut roots: Vec<PathBuf> = params
        .get("workspaceFolders")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|f| f.get("uri")?.as_str().and_then(uri_to_path))
        .collect();
    if roots.is_empty() {
        roots.extend(
            params
                .get("rootUri")
                .and_then(Value::as_str)
                .and_then(uri_to_path),
        );
    }
    roots
}

impl<H: Host> Server<H> {
    fn capabilities(&self) -> Value {
        json!({
            "capabilities": {
                "positionEncoding": self.settings.encoding.name(),
                "textDocumentSync": {
                    "openClose": true,
                    "change": 2,
                    "save": { "includeText": false },
                },
                "codeActionProvider": {
                    "codeActionKinds": ["quickfix", features::FIX_ALL],
                },
                "hoverProvider": true,
                "completionProvider": { "resolveProvider": false },
                "executeCommandProvider": { "commands": [features::SHOW_REASON] },
            },
            "serverInfo": { "name": "dialogmote", "version": env!("CARGO_PKG_VERSION") },
        })
    }

    fn respond(&self, response: Response) {
        let _ = self.sender.send(response.into());
    }

    fn notify(&self, method: &str, params: Value) {
        let _ = self
            .sender
            .send(Notification::new(method.to_owned(), params).into());
    }

    fn main_loop(&mut self, conn: &Connection) -> bool {
        let mut queue: VecDeque<Message> = VecDeque::new();
        loop {
            if queue.is_empty() {
                match conn.receiver.recv() {
                    Ok(m) => queue.push_back(m),
                    Err(_) => return false,
                }
            }
            queue.extend(conn.receiver.try_iter());
            // A request cancelled before it is reached is answered so.
            let cancelled: HashSet<RequestId> = queue.iter().filter_map(cancel_id).collect();
            let Some(msg) = queue.pop_front() else {
                continue;
            };
            match msg {
                Message::Request(req) if cancelled.contains(&req.id) => {
                    self.respond(Response::new_err(
                        req.id,
                        REQUEST_CANCELLED,
                        "cancelled".into(),
                    ));
                }
                Message::Request(req) => self.request(req),
                Message::Notification(n) if n.method == "exit" => return self.shutdown,
                Message::Notification(n) => {
                    let method = n.method.clone();
                    let outcome = catch_unwind(AssertUnwindSafe(|| self.notification(n)));
                    if outcome.is_err() {
                        eprintln!("dialogmote lsp: internal error while handling {method}");
                    }
                }
                // Answers to our requests (the watcher's registration).
                Message::Response(_) => {}
            }
        }
    }

    fn request(&mut self, req: Request) {
        let Request { id, method, params } = req;
        if self.shutdown {
            self.respond(Response::new_err(
                id,
                INVALID_REQUEST,
                "the server is shutting down".into(),
            ));
            return;
        }
        let outcome = catch_unwind(AssertUnwindSafe(|| self.answer(&method, &params)));
        let response = match outcome {
            Ok(Ok(result)) => Response::new_ok(id, result),
            Ok(Err((code, message))) => Response::new_err(id, code, message),
            Err(_) => Response::new_err(
                id,
                INTERNAL_ERROR,
                format!("internal error while answering {method}"),
            ),
        };
        self.respond(response);
    }

    fn answer(&mut self, method: &str, params: &Value) -> Result<Value, Failure> {
        match method {
            "shutdown" => {
                self.shutdown = true;
                Ok(Value::Null)
            }
            "textDocument/codeAction" | "textDocument/hover" | "textDocument/completion" => {
                let (uri, lint) = self.doc_for(params)?;
                let as_of = self.as_of();
                let report = if method == "textDocument/completion" {
                    None
                } else {
                    Some(self.report(&uri, &lint, as_of))
                };
                let (doc, settings) = (&self.docs[&uri], &*self.settings);
                Ok(match (method, report) {
                    ("textDocument/codeAction", Some(r)) => {
                        features::code_actions(doc, &lint, &r, settings, as_of, params)
                    }
                    ("textDocument/hover", Some(r)) => {
                        features::hover(doc, &lint, &r, settings, params)
                    }
                    _ => features::completion(doc, settings, params),
                })
            }
            "workspace/executeCommand" => {
                if params.get("command").and_then(Value::as_str) != Some(features::SHOW_REASON) {
                    return Err((INVALID_PARAMS, "unknown command".to_owned()));
                }
                let args = params.get("arguments").and_then(Value::as_array);
                let (Some(uri), Some(at)) = (
                    args.and_then(|a| a.first()).and_then(Value::as_str),
                    args.and_then(|a| a.get(1)),
                ) else {
                    return Err((INVALID_PARAMS, "expected a URI and a position".to_owned()));
                };
                self.next_id += 1;
                let show = Request::new(
                    RequestId::from(format!("dialogmote-{}", self.next_id)),
                    "window/showDocument".into(),
                    json!({ "uri": uri, "takeFocus": true, "selection": { "start": at, "end": at } }),
                );
                let _ = self.sender.send(show.into());
                Ok(Value::Null)
            }
            _ => Err((METHOD_NOT_FOUND, format!("unknown request {method}"))),
        }
    }

    /// The open document a request is about, and what lints it.
    fn doc_for(&mut self, params: &Value) -> Result<(String, features::Lint), Failure> {
        let uri = uri_of(params).ok_or((INVALID_PARAMS, "no textDocument.uri".to_owned()))?;
        let lint = self
            .lint_setup(&uri)
            .ok_or((INVALID_PARAMS, "the document is not open".to_owned()))?;
        Ok((uri, lint))
    }

    /// The report on the open document `uri` as it is now: kept per
    /// version, so that code actions and hover on an unchanged text (every
    /// cursor move) do not lint it again.
    fn report(&mut self, uri: &str, lint: &features::Lint, as_of: NaiveDate) -> Arc<FileReport> {
        let version = self.docs[uri].version;
        if let Some((v, d, r)) = self.reports.get(uri)
            && *v == version
            && *d == as_of
        {
            return Arc::clone(r);
        }
        let doc = &self.docs[uri];
        let report = Arc::new(lint.report(&lint.source(doc.text()), as_of));
        self.reports
            .insert(uri.to_owned(), (version, as_of, Arc::clone(&report)));
        report
    }

    fn as_of(&self) -> NaiveDate {
        self.settings.as_of.unwrap_or_else(|| self.host.today())
    }

    fn notification(&mut self, n: Notification) {
        let p = &n.params;
        match n.method.as_str() {
            "initialized" => self.register_watcher(),
            "textDocument/didOpen" => {
                let Some(td) = p.get("textDocument") else {
                    return;
                };
                let Some(uri) = td.get("uri").and_then(Value::as_str) else {
                    return;
                };
                let text = td.get("text").and_then(Value::as_str).unwrap_or_default();
                let version = version_of(td);
                let path = uri_to_path(uri);
                self.reports.remove(uri);
                self.docs
                    .insert(uri.to_owned(), Doc::new(text, version, path));
                self.lint(uri);
            }
            "textDocument/didChange" => {
                let Some(uri) = uri_of(p) else { return };
                self.reports.remove(&uri);
                let encoding = self.settings.encoding;
                let Some(doc) = self.docs.get_mut(&uri) else {
                    return;
                };
                if let Some(td) = p.get("textDocument") {
                    doc.version = version_of(td);
                }
                for change in p
                    .get("contentChanges")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    doc.change(change, encoding);
                }
                self.lint(&uri);
            }
            "textDocument/didClose" => {
                let Some(uri) = uri_of(p) else { return };
                self.reports.remove(&uri);
                if let Some(doc) = self.docs.remove(&uri)
                    && !is_config(doc.path.as_deref())
                {
                    let _ = self.work.send(Work::Clear(uri));
                }
            }
            "textDocument/didSave" => {
                let Some(uri) = uri_of(p) else { return };
                if let Some(path) = uri_to_path(&uri)
                    && self.reloads(&path)
                {
                    self.reload();
                }
            }
            "workspace/didChangeWatchedFiles" => {
                let changed = p
                    .get("changes")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|c| c.get("uri")?.as_str().and_then(uri_to_path))
                    .any(|path| self.reloads(&path));
                if changed {
                    self.reload();
                }
            }
            _ => {}
        }
    }

    /// Whether a change of `path` changes a configuration: it is a
    /// `dialogmote.yaml`, or a file a loaded configuration was read from.
    fn reloads(&self, path: &Path) -> bool {
        is_config(Some(path))
            || self
                .configs
                .values()
                .any(|c| c.files.iter().any(|f| f == path))
    }

    /// Asks the client to tell us when a `dialogmote.yaml` changes (clients
    /// that cannot are covered by `didSave`).
    fn register_watcher(&mut self) {
        if !self.watch_dynamic {
            return;
        }
        self.next_id += 1;
        let req = Request::new(
            RequestId::from(format!("dialogmote-{}", self.next_id)),
            "client/registerCapability".into(),
            json!({ "registrations": [{
                "id": "dialogmote-config",
                "method": "workspace/didChangeWatchedFiles",
                "registerOptions": { "watchers": [{ "globPattern": format!("**/{CONFIG_FILE}") }] },
            }]}),
        );
        let _ = self.sender.send(req.into());
    }

    /// Forgets every configuration, loads them again (publishing or
    /// clearing their problems) and lints every open document again.
    fn reload(&mut self) {
        self.configs.clear();
        self.reports.clear();
        for doc in self.docs.values_mut() {
            doc.config = None;
        }
        let before = std::mem::take(&mut self.config_diagnostics);
        let uris: Vec<String> = self.docs.keys().cloned().collect();
        for uri in &uris {
            self.lint(uri);
        }
        for uri in before.difference(&self.config_diagnostics) {
            self.notify(
                "textDocument/publishDiagnostics",
                json!({ "uri": uri, "diagnostics": [] }),
            );
        }
    }

    /// Queues `uri` for linting (a configuration file is not a referat: its
    /// problems come from loading it).
    fn lint(&mut self, uri: &str) {
        let Some(lint) = self.lint_setup(uri) else {
            return;
        };
        let doc = &self.docs[uri];
        if is_config(doc.path.as_deref()) {
            return;
        }
        let _ = self.work.send(Work::Lint(Job {
            uri: uri.to_owned(),
            version: doc.version,
            text: doc.snapshot(),
            lint,
            as_of: self.as_of(),
        }));
    }

    /// The linter, match path and kind for the open document `uri`.
    fn lint_setup(&mut self, uri: &str) -> Option<features::Lint> {
        let doc = self.docs.get(uri)?;
        let path = doc.path.clone();
        let config_path = match &doc.config {
            Some(c) => c.clone(),
            None => {
                let found = self.find_config(path.as_deref());
                self.docs.get_mut(uri)?.config = Some(found.clone());
                found
            }
        };
        let (linter, base) = match config_path {
            Some(c) => {
                let config = self.config(&c);
                (Arc::clone(&config.linter), config.base.clone())
            }
            None => (self.builtin(), None),
        };
        let match_path = match &path {
            Some(p) => self.host.match_path(p, base.as_deref()),
            None => uri.to_owned(),
        };
        let kind = path.as_ref().map_or(SourceKind::Auto, |p| {
            SourceKind::from_path(&p.to_string_lossy())
        });
        Some(features::Lint {
            linter,
            name: uri.to_owned(),
            match_path,
            kind,
        })
    }

    fn builtin(&mut self) -> Arc<Linter> {
        Arc::clone(self.builtin.get_or_insert_with(|| {
            Arc::new(Linter::new().expect("the built-in rules compile (a test checks)"))
        }))
    }

    /// The configuration file for a document at `path`: the first
    /// `dialogmote.yaml` in its folder or a parent, up to a workspace
    /// folder or the repository root (as `dialogmote lint` looks). A
    /// document without a path uses its workspace folder's.
    fn find_config(&self, path: Option<&Path>) -> Option<PathBuf> {
        let Some(mut dir) = path.and_then(Path::parent).map(Path::to_path_buf) else {
            return self
                .roots
                .iter()
                .map(|r| r.join(CONFIG_FILE))
                .find(|c| c.is_file());
        };
        loop {
            let candidate = dir.join(CONFIG_FILE);
            if candidate.is_file() {
                return Some(candidate);
            }
            if self.roots.contains(&dir) || dir.join(".git").exists() || !dir.pop() {
                return None;
            }
        }
    }

    /// The configuration at `path`, loaded on first use; a broken one is
    /// shown as diagnostics on its files and replaced by the built-in rules.
    fn config(&mut self, path: &Path) -> &Config {
        if !self.configs.contains_key(path) {
            let config = match self.host.load(path) {
                Ok(loaded) => {
                    self.publish_problems(path, &[]);
                    Config {
                        linter: Arc::new(loaded.linter),
                        base: loaded.base,
                        files: loaded.files,
                    }
                }
                Err(problems) => {
                    self.publish_problems(path, &problems);
                    let mut files: Vec<PathBuf> = vec![path.to_path_buf()];
                    files.extend(problems.iter().map(|p| p.file.clone()));
                    Config {
                        linter: self.builtin(),
                        base: path.parent().map(Path::to_path_buf),
                        files,
                    }
                }
            };
            self.configs.insert(path.to_path_buf(), config);
        }
        &self.configs[path]
    }

    /// Publishes `problems` on their files (the configuration `config`
    /// always, empty when it has none).
    fn publish_problems(&mut self, config: &Path, problems: &[Problem]) {
        let mut by_file: Vec<(PathBuf, Vec<Value>)> = vec![(config.to_path_buf(), Vec::new())];
        for p in problems {
            let diagnostic = self.problem_diagnostic(p);
            match by_file.iter_mut().find(|(f, _)| *f == p.file) {
                Some((_, list)) => list.push(diagnostic),
                None => by_file.push((p.file.clone(), vec![diagnostic])),
            }
        }
        for (file, diagnostics) in by_file {
            let uri = self
                .docs
                .iter()
                .find(|(_, d)| d.path.as_deref() == Some(file.as_path()))
                .map_or_else(|| path_to_uri(&file), |(u, _)| u.clone());
            if diagnostics.is_empty() {
                self.config_diagnostics.remove(&uri);
            } else {
                self.config_diagnostics.insert(uri.clone());
            }
            self.notify(
                "textDocument/publishDiagnostics",
                json!({ "uri": uri, "diagnostics": diagnostics }),
            );
        }
    }

    /// A configuration problem as a diagnostic; its line and column are
    /// converted with the file's text (the open buffer's, else the file's,
    /// read as a configuration is: a regular file of at most 1 MiB; one
    /// larger, or a device, gets its diagnostic at the start).
    fn problem_diagnostic(&self, p: &Problem) -> Value {
        let open = self
            .docs
            .values()
            .find(|d| d.path.as_deref() == Some(p.file.as_path()))
            .map(|d| d.text().to_owned());
        let text = open.or_else(|| small_text(&p.file)).unwrap_or_default();
        let lines = Lines::new(&text, self.settings.encoding);
        let index = dialogmote::LineIndex::new(&text);
        // The library's range, when it fits the text as it is now (the
        // buffer may have changed since the file was read).
        let (start, end) = match &p.range {
            Some(r)
                if r.end <= text.len()
                    && text.is_char_boundary(r.start)
                    && text.is_char_boundary(r.end)
                    && r.end > r.start =>
            {
                (r.start, r.end)
            }
            _ => (
                index.offset_of(p.line, p.column),
                index.line_start(p.line) + index.line_text(p.line).len(),
            ),
        };
        json!({
            "range": lines.json_range(start, end.max(start)),
            "severity": 1,
            "source": "dialogmote",
            "message": format!(
                "{}: {}",
                UiText::ConfigUnusable.text(self.settings.lang),
                p.message
            ),
        })
    }
}

/// The text of a configuration or rule file, read as the command line
/// reads them: a regular file of at most 1 MiB, opened without blocking, and
/// never more than 1 MiB and a byte read (a larger file, a device or a FIFO
/// gives `None`, and the problem is placed at its start).
fn small_text(path: &Path) -> Option<String> {
    use std::io::Read;
    const LIMIT: u64 = 1024 * 1024;
    let small = |m: &std::fs::Metadata| m.is_file() && m.len() <= LIMIT;
    if !small(&std::fs::metadata(path).ok()?) {
        return None;
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).ok()?;
    if !small(&file.metadata().ok()?) {
        return None;
    }
    let mut bytes = Vec::new();
    file.take(LIMIT + 1).read_to_end(&mut bytes).ok()?;
    if bytes.len() as u64 > LIMIT {
        return None;
    }
    String::from_utf8(bytes).ok()
}

/// Whether `path` is a configuration file (by its name).
fn is_config(path: Option<&Path>) -> bool {
    path.and_then(Path::file_name)
        .is_some_and(|n| n == CONFIG_FILE)
}

fn uri_of(params: &Value) -> Option<String> {
    params
        .pointer("/textDocument/uri")
        .and_then(Value::as_str)
        .map(str::to_owned)
}

fn version_of(text_document: &Value) -> i32 {
    text_document
        .get("version")
        .and_then(Value::as_i64)
        .and_then(|v| i32::try_from(v).ok())
        .unwrap_or(0)
}

/// The request a `$/cancelRequest` in the queue cancels.
fn cancel_id(m: &Message) -> Option<RequestId> {
    let Message::Notification(n) = m else {
        return None;
    };
    if n.method != "$/cancelRequest" {
        return None;
    }
    match n.params.get("id")? {
        Value::Number(x) => x
            .as_i64()
            .and_then(|i| i32::try_from(i).ok())
            .map(RequestId::from),
        Value::String(s) => Some(RequestId::from(s.clone())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct TestHost;

    impl Host for TestHost {
        fn load(&self, _: &Path) -> Result<Loaded, Vec<Problem>> {
            Err(Vec::new())
        }
        fn today(&self) -> NaiveDate {
            NaiveDate::from_ymd_opt(2026, 9, 10).unwrap()
        }
        fn match_path(&self, file: &Path, _: Option<&Path>) -> String {
            file.display().to_string()
        }
    }

    #[test]
    fn a_request_cancelled_before_it_is_reached_is_answered_cancelled() {
        let (server, client) = Connection::memory();
        let send = |m: Message| client.sender.send(m).unwrap();
        let request = |id: i32, method: &str, params: Value| {
            Message::from(Request::new(RequestId::from(id), method.into(), params))
        };
        let note =
            |method: &str, params: Value| Message::from(Notification::new(method.into(), params));
        send(request(1, "initialize", json!({ "capabilities": {} })));
        send(note(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": "untitled:a", "version": 1, "text": "a: 1\n" } }),
        ));
        let position = json!({ "textDocument": { "uri": "untitled:a" }, "position": { "line": 0, "character": 0 } });
        send(request(2, "textDocument/hover", position.clone()));
        send(note("$/cancelRequest", json!({ "id": 2 })));
        send(request(3, "textDocument/hover", position));
        send(request(4, "shutdown", Value::Null));
        send(request(5, "textDocument/hover", json!({})));
        send(note("exit", Value::Null));
        // Every message is queued before the server reads the first.
        assert!(serve(&server, TestHost));
        let answers: HashMap<RequestId, Response> = client
            .receiver
            .try_iter()
            .filter_map(|m| match m {
                Message::Response(r) => Some((r.id.clone(), r)),
                _ => None,
            })
            .collect();
        let code = |id: i32| {
            answers[&RequestId::from(id)]
                .response_result
                .as_ref()
                .err()
                .map(|e| e.code)
        };
        assert_eq!(code(2), Some(REQUEST_CANCELLED));
        assert_eq!(code(3), None);
        assert_eq!(code(4), None);
        assert_eq!(code(5), Some(INVALID_REQUEST));
    }
}
