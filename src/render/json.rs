//! The stable JSON output (`schema/findings.schema.json`).

use std::io::Write;

use crate::finding::Report;

/// The report as pretty-printed JSON, ending in a newline.
pub fn render_json(report: &Report) -> String {
    let mut out = Vec::new();
    write_json(&mut out, report).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// [`render_json`], written to `out` as it is produced.
pub fn write_json<W: Write>(mut out: W, report: &Report) -> std::io::Result<()> {
    let mut buffered = std::io::BufWriter::new(&mut out);
    serde_json::to_writer_pretty(&mut buffered, report).map_err(std::io::Error::from)?;
    buffered.write_all(b"\n")?;
    buffered.flush()
}
