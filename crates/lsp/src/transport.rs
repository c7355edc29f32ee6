//! The stdio transport of `dialogmote lsp`: LSP's `Content-Length` framing
//! on standard input and output, with two threads and channels of
//! [`lsp_server::Message`]s, like `lsp_server::Connection::stdio` but hardened
//! against what a client may send. Where lsp-server's own reader ends the
//! connection (a body that is not UTF-8, a string holding a lone UTF-16
//! surrogate, a message that is not JSON-RPC), this one answers with a
//! JSON-RPC parse error, or repairs what it can, and goes on reading.

use std::borrow::Cow;
use std::io::{self, BufRead, Read, Write};
use std::thread;

use crossbeam_channel::{Receiver, Sender, select, unbounded};
use lsp_server::{Connection, Message};

/// The largest message read (a document of the library's own ceiling,
/// 64 MiB, in JSON with escapes fits). A larger body is read and dropped.
const MAX_BODY: usize = 256 * 1024 * 1024;

/// The longest header line kept; a longer one is skipped.
const MAX_HEADER_LINE: usize = 8 * 1024;

/// The writer thread: join it after the connection is dropped, so that the
/// last messages (the answer to `shutdown`) reach the client.
pub struct Writer(thread::JoinHandle<()>);

impl Writer {
    /// Waits until every message sent has been written.
    pub fn join(self) {
        let _ = self.0.join();
    }
}

/// A connection over standard input and output. The reader thread ends at
/// the end of input; the writer thread when every sender is dropped.
pub fn stdio() -> (Connection, Writer) {
    let (to_server, from_client) = unbounded::<Message>();
    let (to_client, outgoing) = unbounded::<Message>();
    let (raw_tx, raw_rx) = unbounded::<String>();
    let _reader = thread::Builder::new()
        .name("lsp-reader".into())
        .spawn(move || {
            let stdin = io::stdin();
            read_loop(&mut stdin.lock(), &to_server, &raw_tx);
        })
        .expect("the reader thread starts");
    let writer = thread::Builder::new()
        .name("lsp-writer".into())
        .spawn(move || write_loop(&outgoing, &raw_rx))
        .expect("the writer thread starts");
    (
        Connection {
            sender: to_client,
            receiver: from_client,
        },
        Writer(writer),
    )
}

fn write_loop(messages: &Receiver<Message>, raw: &Receiver<String>) {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut raw_open = true;
    loop {
        let result = if raw_open {
            select! {
                recv(messages) -> m => match m {
                    Ok(m) => m.write(&mut out),
                    Err(_) => return,
                },
                recv(raw) -> r => match r {
                    Ok(text) => write_frame(&mut out, &text),
                    Err(_) => { raw_open = false; Ok(()) }
                },
            }
        } else {
            match messages.recv() {
                Ok(m) => m.write(&mut out),
                Err(_) => return,
            }
        };
        if result.is_err() {
            // The client is gone; nothing more can be said to it.
            return;
        }
    }
}

fn write_frame(out: &mut impl Write, body: &str) -> io::Result<()> {
    write!(out, "Content-Length: {}\r\n\r\n{body}", body.len())?;
    out.flush()
}

/// Reads messages until the end of input. A message that cannot be read
/// is answered with a parse error (`id: null`) on `raw` and skipped.
pub(crate) fn read_loop(
    input: &mut impl BufRead,
    to_server: &Sender<Message>,
    raw: &Sender<String>,
) {
    loop {
        let body = match read_frame(input) {
            Frame::Body(b) => b,
            Frame::Skipped(why) => {
                let _ = raw.send(parse_error(&why));
                continue;
            }
            Frame::End => return,
        };
        match decode(&body) {
            Ok(msg) => {
                if to_server.send(msg).is_err() {
                    return;
                }
            }
            Err(why) => {
                let _ = raw.send(parse_error(&why));
            }
        }
    }
}

/// A JSON-RPC parse error with `id: null`, as the specification wants for
/// a message whose id could not be read.
fn parse_error(why: &str) -> String {
    serde_json::json!({
        "jsonrpc": "2.0",
        "id": null,
        "error": { "code": -32700, "message": why },
    })
    .to_string()
}

enum Frame {
    Body(Vec<u8>),
    /// A frame was read but could not be used; why, for the client.
    Skipped(String),
    End,
}

fn read_frame(input: &mut impl BufRead) -> Frame {
    let mut length: Option<usize> = None;
    let mut too_long_header = false;
    let mut any_header = false;
    loop {
        let mut line = Vec::new();
        match read_line_limited(input, &mut line) {
            Ok(0) => return Frame::End,
            Ok(_) => {}
            Err(_) => return Frame::End,
        }
        if line.len() > MAX_HEADER_LINE {
            too_long_header = true;
            continue;
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            if any_header {
                break;
            }
            // Blank lines between messages are tolerated.
            continue;
        }
        any_header = true;
        if let Some((name, value)) = text.split_once(':')
            && name.trim().eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().ok();
        }
    }
    let Some(length) = length else {
        return Frame::Skipped("a message without a valid Content-Length header".into());
    };
    if length > MAX_BODY || too_long_header {
        // Read and drop it, so that the next message is framed right.
        let dropped = io::copy(&mut input.take(length as u64), &mut io::sink());
        if dropped.map_or(true, |n| n < length as u64) {
            return Frame::End;
        }
        return Frame::Skipped(format!(
            "a message of {length} bytes, over the limit of {MAX_BODY}"
        ));
    }
    let mut body = vec![0; length];
    if input.read_exact(&mut body).is_err() {
        return Frame::End;
    }
    Frame::Body(body)
}

/// Reads one line (up to and including `\n`), keeping at most
/// `MAX_HEADER_LINE + 1` bytes of it; the rest of a longer line is read
/// and dropped.
fn read_line_limited(input: &mut impl BufRead, line: &mut Vec<u8>) -> io::Result<usize> {
    let mut total = 0;
    loop {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            return Ok(total);
        }
        let (take, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (buf.len(), false),
        };
        let room = (MAX_HEADER_LINE + 1).saturating_sub(line.len());
        line.extend_from_slice(&buf[..take.min(room)]);
        input.consume(take);
        total += take;
        if done {
            return Ok(total);
        }
    }
}

/// A message from a body: bytes that are not UTF-8 become U+FFFD, lone
/// surrogate escapes (`"\ud800"`, which JSON allows and Rust strings
/// cannot hold) become `\ufffd`, one UTF-16 unit for one, so that the
/// positions of later edits still agree with the client's text.
pub(crate) fn decode(body: &[u8]) -> Result<Message, String> {
    let text = String::from_utf8_lossy(body);
    let text = repair_surrogates(&text);
    serde_json::from_str::<Message>(&text)
        .map_err(|e| format!("not a JSON-RPC message: {}", e.classify_name()))
}

/// Why serde_json refused a message, without quoting it (it may hold a
/// document's text).
trait Classify {
    fn classify_name(&self) -> &'static str;
}

impl Classify for serde_json::Error {
    fn classify_name(&self) -> &'static str {
        match self.classify() {
            serde_json::error::Category::Io => "input error",
            serde_json::error::Category::Syntax => "invalid JSON",
            serde_json::error::Category::Data => "not a request, response or notification",
            serde_json::error::Category::Eof => "incomplete JSON",
        }
    }
}

/// Replaces each `\uXXXX` escape of a lone surrogate with `\ufffd`.
pub(crate) fn repair_surrogates(json: &str) -> Cow<'_, str> {
    if !json.contains("\\u") && !json.contains("\\U") {
        return Cow::Borrowed(json);
    }
    let bytes = json.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        if bytes.get(i + 1) != Some(&b'u') {
            i += 2;
            continue;
        }
        let Some(unit) = hex4(bytes, i + 2) else {
            i += 2;
            continue;
        };
        let lone = match unit {
            0xD800..=0xDBFF => {
                let next = (bytes.get(i + 6) == Some(&b'\\') && bytes.get(i + 7) == Some(&b'u'))
                    .then(|| hex4(bytes, i + 8))
                    .flatten();
                match next {
                    Some(0xDC00..=0xDFFF) => {
                        i += 12;
                        continue;
                    }
                    _ => true,
                }
            }
            0xDC00..=0xDFFF => true,
            _ => false,
        };
        if lone {
            let o = out.get_or_insert_with(|| String::with_capacity(json.len()));
            o.push_str(&json[copied..i]);
            o.push_str("\\ufffd");
            copied = i + 6;
        }
        i += 6;
    }
    match out {
        Some(mut o) => {
            o.push_str(&json[copied..]);
            Cow::Owned(o)
        }
        None => Cow::Borrowed(json),
    }
}

fn hex4(bytes: &[u8], at: usize) -> Option<u32> {
    let digits = bytes.get(at..at + 4)?;
    let s = std::str::from_utf8(digits).ok()?;
    u32::from_str_radix(s, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogates_become_replacement_characters_and_pairs_stay() {
        assert_eq!(repair_surrogates(r#""a\ud800b""#), r#""a\ufffdb""#);
        assert_eq!(repair_surrogates(r#""\udc00""#), r#""\ufffd""#);
        assert_eq!(repair_surrogates(r#""\ud83d\ude00""#), r#""\ud83d\ude00""#);
        assert_eq!(repair_surrogates(r#""\\ud800""#), r#""\\ud800""#);
        assert_eq!(repair_surrogates(r#""\ud800\u0041""#), r#""\ufffd\u0041""#);
        let repaired = repair_surrogates(r#"{"s":"x\ud800"}"#);
        let v: serde_json::Value = serde_json::from_str(&repaired).unwrap();
        assert_eq!(v["s"], "x\u{fffd}");
    }

    #[test]
    fn bad_frames_are_answered_and_reading_goes_on() {
        let good = r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
        let mut input = Vec::new();
        for body in [&b"{not json"[..], b"\xff\xfe", good.as_bytes()] {
            input.extend_from_slice(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes());
            input.extend_from_slice(body);
        }
        input.extend_from_slice(b"X-No-Length: 1\r\n\r\n");
        input.extend_from_slice(format!("Content-Length: {}\r\n\r\n{good}", good.len()).as_bytes());
        let (tx, rx) = unbounded();
        let (raw_tx, raw_rx) = unbounded();
        read_loop(&mut &input[..], &tx, &raw_tx);
        assert_eq!(rx.try_iter().count(), 2);
        let errors: Vec<String> = raw_rx.try_iter().collect();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors.iter().all(|e| e.contains("-32700")));
    }
}
