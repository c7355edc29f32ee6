//! The referat as one self-contained HTML file: inline CSS, no script,
//! nothing loaded from the network, `lang` on `<html>`, semantic headings,
//! lists and tables, and a print stylesheet.

use std::fmt::Write;

use super::{Block, Doc, lang_tag};

const CSS: &str = include_str!("referat.css");

/// Escapes text for HTML content and attribute values, as for XML: the
/// controls that HTML also forbids become U+FFFD.
fn esc(out: &mut String, s: &str) {
    out.push_str(&crate::report::xml_escape(s));
}

/// Text with line breaks: blank lines part paragraphs, single ones are `<br>`.
fn paras(out: &mut String, s: &str) {
    for p in s.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        out.push_str("<p>");
        for (i, line) in p.lines().enumerate() {
            if i > 0 {
                out.push_str("<br>");
            }
            esc(out, line);
        }
        out.push_str("</p>\n");
    }
}

/// Inline text (a cell, a value): line breaks as `<br>`.
fn inline(out: &mut String, s: &str) {
    for (i, line) in s.lines().enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        esc(out, line);
    }
}

/// The HTML document.
pub(crate) fn render(doc: &Doc) -> String {
    let mut o = String::with_capacity(16 * 1024);
    o.push_str("<!DOCTYPE html>\n<html lang=\"");
    o.push_str(lang_tag(doc.lang));
    o.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    if doc.draft {
        esc(&mut o, doc.draft_word);
        o.push_str(": ");
    }
    esc(&mut o, &doc.title);
    o.push_str("</title>\n<style>\n");
    o.push_str(CSS);
    o.push_str("</style>\n</head>\n<body");
    if doc.draft {
        o.push_str(" class=\"draft\"");
    }
    o.push_str(">\n<main>\n<header>\n");
    if doc.draft {
        o.push_str("<p class=\"draft-mark\">");
        esc(&mut o, doc.draft_word);
        o.push_str("</p>\n");
    }
    o.push_str("<h1>");
    esc(&mut o, &doc.title);
    o.push_str("</h1>\n</header>\n");
    let mut in_section = false;
    for b in &doc.blocks {
        match b {
            Block::Heading(h) => {
                if in_section {
                    o.push_str("</section>\n");
                }
                in_section = true;
                o.push_str("<section>\n<h2>");
                esc(&mut o, h);
                o.push_str("</h2>\n");
            }
            Block::Subheading(h) => {
                o.push_str("<h3>");
                esc(&mut o, h);
                o.push_str("</h3>\n");
            }
            Block::Para(p) => paras(&mut o, p),
            Block::Fields(fields) => {
                o.push_str("<dl>\n");
                for (k, v) in fields {
                    o.push_str("<dt>");
                    esc(&mut o, k);
                    o.push_str("</dt><dd>");
                    inline(&mut o, v);
                    o.push_str("</dd>\n");
                }
                o.push_str("</dl>\n");
            }
            Block::List(items) => {
                o.push_str("<ul>\n");
                for i in items {
                    o.push_str("<li>");
                    inline(&mut o, i);
                    o.push_str("</li>\n");
                }
                o.push_str("</ul>\n");
            }
            Block::Table { head, rows, .. } => {
                o.push_str("<table>\n<thead><tr>");
                for h in head {
                    o.push_str("<th scope=\"col\">");
                    esc(&mut o, h);
                    o.push_str("</th>");
                }
                o.push_str("</tr></thead>\n<tbody>\n");
                for r in rows {
                    o.push_str("<tr>");
                    for c in r {
                        o.push_str("<td>");
                        inline(&mut o, c);
                        o.push_str("</td>");
                    }
                    o.push_str("</tr>\n");
                }
                o.push_str("</tbody>\n</table>\n");
            }
            Block::Missing(items) => {
                o.push_str("<ul class=\"missing\">\n");
                for (code, message) in items {
                    o.push_str("<li><strong>");
                    esc(&mut o, code);
                    o.push_str("</strong>: ");
                    for (i, part) in message.split('`').enumerate() {
                        if i % 2 == 1 {
                            o.push_str("<code>");
                            esc(&mut o, part);
                            o.push_str("</code>");
                        } else {
                            esc(&mut o, part);
                        }
                    }
                    o.push_str("</li>\n");
                }
                o.push_str("</ul>\n");
            }
            Block::Notice { heading, text } => {
                if in_section {
                    o.push_str("</section>\n");
                    in_section = false;
                }
                o.push_str("<section class=\"notice\">\n<h2>");
                esc(&mut o, heading);
                o.push_str("</h2>\n");
                paras(&mut o, text);
                o.push_str("</section>\n");
            }
        }
    }
    if in_section {
        o.push_str("</section>\n");
    }
    let _ = write!(o, "</main>\n</body>\n</html>\n");
    o
}
