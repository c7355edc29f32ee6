//! The referat as PDF/A-2b, written with `krilla`: A4, DejaVu Sans embedded
//! (subset), the sRGB output intent and XMP metadata that krilla adds for
//! PDF/A, headings and paragraphs tagged, "Side N av M" on every page, and
//! no heading left alone at the bottom of a page.
//!
//! Layout is done here, in two steps: the blocks are laid out into pages
//! of positioned text and lines (so the number of pages is known), then
//! the pages are drawn.

use std::num::NonZeroU16;
use std::sync::LazyLock;

use chrono::Datelike;
use krilla::color::rgb;
use krilla::configure::{Archival, ConfigurationBuilder};
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, Node, SpanTag, Tag, TagGroup, TagTree,
};
use krilla::text::{Font, GlyphId, KrillaGlyph, TextDirection};
use krilla::{Document, SerializeSettings};

use super::{Block, Doc, PdfError, lang_tag};

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// A4 in points.
const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN_X: f32 = 56.7;
const TOP: f32 = 62.0;
const BOTTOM: f32 = PAGE_H - 72.0;
const WIDTH: f32 = PAGE_W - 2.0 * MARGIN_X;

const BODY: f32 = 9.5;
const LEADING: f32 = 1.38;
const H1: f32 = 19.0;
const H2: f32 = 13.0;
const H3: f32 = 10.5;
const SMALL: f32 = 8.5;
const LABEL_W: f32 = 168.0;
const PAD: f32 = 3.5;

type Rgb = (u8, u8, u8);
const INK: Rgb = (26, 26, 26);
const ACCENT: Rgb = (31, 66, 107);
const GREY: Rgb = (90, 98, 108);
const RULE: Rgb = (170, 178, 188);
const SHADE: Rgb = (236, 240, 244);
const RED: Rgb = (179, 38, 30);

/// Advance widths of one font, in font units, and its units per em.
struct Metrics {
    face: ttf_parser::Face<'static>,
    upem: f32,
}

impl Metrics {
    fn new(data: &'static [u8]) -> Option<Metrics> {
        let face = ttf_parser::Face::parse(data, 0).ok()?;
        let upem = f32::from(face.units_per_em());
        Some(Metrics { face, upem })
    }

    fn has(&self, c: char) -> bool {
        self.face.glyph_index(c).is_some()
    }

    fn width(&self, s: &str, size: f32) -> f32 {
        let units: u32 = s.chars().map(|c| self.advance(c)).sum();
        units as f32 * size / self.upem
    }

    /// The advance of one character, in font units.
    fn advance(&self, c: char) -> u32 {
        self.face
            .glyph_index(c)
            .and_then(|g| self.face.glyph_hor_advance(g))
            .map_or(0, u32::from)
    }
}

static METRICS: LazyLock<Option<(Metrics, Metrics)>> =
    LazyLock::new(|| Some((Metrics::new(REGULAR)?, Metrics::new(BOLD)?)));

/// The most characters drawn in one line (one text operation): PDF/A
/// allows a string of at most 32,767 bytes, and a line of characters that
/// take no width (zero-width spaces, combining marks) would otherwise have
/// no end.
const MAX_RUN: usize = 1000;

/// Whether `c` belongs with the character before it (a combining mark, a
/// joiner, a variation selector, a Hangul vowel or final consonant, a Thai
/// vowel or tone mark, a skin tone): a line is not broken before it.
fn joins_previous(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05C7}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}'
        | '\u{0E31}'
        | '\u{0E33}'..='\u{0E3A}'
        | '\u{0E47}'..='\u{0E4E}'
        | '\u{1160}'..='\u{11FF}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{200C}'..='\u{200D}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{302A}'..='\u{302F}'
        | '\u{3099}'..='\u{309A}'
        | '\u{D7B0}'..='\u{D7FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{1F3FB}'..='\u{1F3FF}'
        | '\u{E0100}'..='\u{E01EF}')
}

/// What a drawn item belongs to in the tag tree.
#[derive(Clone, Copy, PartialEq)]
enum Role {
    /// Structure element `i` of [`Layout::elems`].
    Elem(usize),
    /// Page furniture: rules, shading, page numbers, the draft mark.
    Artifact(ArtifactType),
}

enum Op {
    Text {
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        color: Rgb,
        text: String,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        color: Rgb,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: Rgb,
    },
}

/// A structure element: a heading of some level, or a paragraph.
struct Elem {
    heading: Option<(u16, String)>,
    ids: Vec<Identifier>,
}

struct Layout<'m> {
    regular: &'m Metrics,
    bold: &'m Metrics,
    pages: Vec<Vec<(Role, Op)>>,
    y: f32,
    elems: Vec<Elem>,
    /// The table header to repeat after a page break inside a table.
    repeat: Option<(Vec<String>, Vec<f32>)>,
}

fn line_h(size: f32) -> f32 {
    size * LEADING
}

impl<'m> Layout<'m> {
    fn metrics(&self, bold: bool) -> &'m Metrics {
        if bold { self.bold } else { self.regular }
    }

    /// `c` as drawn: `?` for a character the fonts lack, so that no
    /// `.notdef` glyph is drawn (PDF/A forbids it). The text of the PDF
    /// keeps the character itself (see [`draw_line`]).
    fn shown(&self, c: char) -> char {
        if self.regular.has(c) && self.bold.has(c) {
            c
        } else {
            '?'
        }
    }

    /// Breaks text, as it will be drawn (see [`Layout::shown`]), into
    /// lines no wider than `width`: at spaces, and inside a word only when
    /// the word alone is too wide (text without spaces, as Chinese,
    /// Japanese, Korean or Thai is written, is broken between characters,
    /// never before a combining mark). No line holds more than
    /// [`MAX_RUN`] characters.
    fn wrap(&self, s: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        let m = self.metrics(bold);
        let advance = |c: char| m.advance(self.shown(c));
        // Widths in font units, scaled as `Metrics::width` scales them.
        let fits = |units: u32| units as f32 * size / m.upem <= width;
        let space = advance(' ');
        let mut lines = Vec::new();
        for para in s.split('\n') {
            let mut line = String::new();
            let (mut w, mut n) = (0u32, 0usize);
            for word in para.split(' ').filter(|w| !w.is_empty()) {
                let ww: u32 = word.chars().map(advance).sum();
                let wn = word.chars().count();
                let gap = if line.is_empty() { 0 } else { space };
                if fits(w + gap + ww) && n + 1 + wn <= MAX_RUN {
                    if !line.is_empty() {
                        line.push(' ');
                        n += 1;
                    }
                    line.push_str(word);
                    w += gap + ww;
                    n += wn;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    (w, n) = (0, 0);
                }
                // A word wider than the line is broken where it must be.
                for c in word.chars() {
                    let cw = advance(c);
                    if n > 0 && !joins_previous(c) && (!fits(w + cw) || n >= MAX_RUN) {
                        lines.push(std::mem::take(&mut line));
                        (w, n) = (0, 0);
                    }
                    line.push(c);
                    w += cw;
                    n += 1;
                }
            }
            lines.push(line);
        }
        lines
    }

    fn page(&mut self) -> &mut Vec<(Role, Op)> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
        if let Some((head, widths)) = self.repeat.clone() {
            self.table_head(&head, &widths);
        }
    }

    /// Starts a new page unless `h` more points fit on this one.
    fn ensure(&mut self, h: f32) {
        if self.y + h > BOTTOM && self.y > TOP {
            self.new_page();
        }
    }

    fn elem(&mut self, heading: Option<(u16, String)>) -> usize {
        self.elems.push(Elem {
            heading,
            ids: Vec::new(),
        });
        self.elems.len() - 1
    }

    #[allow(clippy::too_many_arguments)]
    fn text(&mut self, role: Role, x: f32, size: f32, bold: bool, color: Rgb, text: &str) {
        let y = self.y + size;
        let text = text.to_owned();
        if !text.is_empty() {
            self.page().push((
                role,
                Op::Text {
                    x,
                    y,
                    size,
                    bold,
                    color,
                    text,
                },
            ));
        }
    }

    fn rule(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, color: Rgb) {
        self.page().push((
            Role::Artifact(ArtifactType::Layout),
            Op::Line {
                x1,
                y1,
                x2,
                y2,
                color,
            },
        ));
    }

    /// Lines of text, each on a new page when it does not fit.
    fn lines(&mut self, role: Role, x: f32, size: f32, bold: bool, color: Rgb, lines: &[String]) {
        for l in lines {
            self.ensure(line_h(size));
            self.text(role, x, size, bold, color, l);
            self.y += line_h(size);
        }
    }

    fn heading(&mut self, level: u16, text: &str) {
        let (size, before, after) = match level {
            1 => (H1, 0.0, 8.0),
            2 => (H2, 14.0, 6.0),
            _ => (H3, 8.0, 2.0),
        };
        let lines = self.wrap(text, size, true, WIDTH);
        let own = lines.len() as f32 * line_h(size) + before + after;
        // A heading keeps at least three lines of what follows with it.
        self.ensure(own + 3.0 * line_h(BODY));
        if self.y > TOP {
            self.y += before;
        }
        let e = self.elem(Some((level, text.to_owned())));
        let color = if level == 1 { INK } else { ACCENT };
        self.lines(Role::Elem(e), MARGIN_X, size, true, color, &lines);
        if level == 2 {
            let y = self.y + 1.5;
            self.rule(MARGIN_X, y, MARGIN_X + WIDTH, y, RULE);
        }
        self.y += after;
    }

    fn para(&mut self, text: &str) {
        let e = self.elem(None);
        let lines = self.wrap(text, BODY, false, WIDTH);
        self.lines(Role::Elem(e), MARGIN_X, BODY, false, INK, &lines);
        self.y += 4.0;
    }

    fn fields(&mut self, fields: &[(String, String)]) {
        let lh = line_h(BODY);
        for (k, v) in fields {
            let e = self.elem(None);
            let label = self.wrap(&format!("{k}:"), BODY, true, LABEL_W - 8.0);
            let value = self.wrap(v, BODY, false, WIDTH - LABEL_W);
            let n = label.len().max(value.len());
            // The label stays with the start of its value.
            self.ensure(n.min(3) as f32 * lh);
            for i in 0..n {
                self.ensure(lh);
                if let Some(l) = label.get(i) {
                    self.text(Role::Elem(e), MARGIN_X, BODY, true, INK, l);
                }
                if let Some(v) = value.get(i) {
                    self.text(Role::Elem(e), MARGIN_X + LABEL_W, BODY, false, INK, v);
                }
                self.y += lh;
            }
            self.y += 1.5;
        }
        self.y += 3.0;
    }

    fn list(&mut self, items: &[String]) {
        for item in items {
            let e = self.elem(None);
            let lines = self.wrap(item, BODY, false, WIDTH - 14.0);
            self.ensure(line_h(BODY));
            self.text(Role::Elem(e), MARGIN_X + 3.0, BODY, false, ACCENT, "•");
            self.lines(Role::Elem(e), MARGIN_X + 14.0, BODY, false, INK, &lines);
        }
        self.y += 4.0;
    }

    fn columns(widths: &[f32]) -> Vec<f32> {
        let total: f32 = widths.iter().sum::<f32>().max(f32::EPSILON);
        widths.iter().map(|w| w / total * WIDTH).collect()
    }

    fn table_head(&mut self, head: &[String], widths: &[f32]) {
        let cols = Self::columns(widths);
        let size = BODY - 0.5;
        let cells: Vec<Vec<String>> = head
            .iter()
            .zip(&cols)
            .map(|(h, w)| self.wrap(h, size, true, w - 2.0 * PAD))
            .collect();
        let n = cells.iter().map(Vec::len).max().unwrap_or(1);
        let h = n as f32 * line_h(size) + 2.0 * PAD;
        let y0 = self.y;
        self.page().push((
            Role::Artifact(ArtifactType::Layout),
            Op::Rect {
                x: MARGIN_X,
                y: y0,
                w: WIDTH,
                h,
                color: SHADE,
            },
        ));
        let e = self.elem(None);
        let mut x = MARGIN_X;
        for (lines, w) in cells.iter().zip(&cols) {
            self.y = y0 + PAD;
            for l in lines {
                self.text(Role::Elem(e), x + PAD, size, true, INK, l);
                self.y += line_h(size);
            }
            x += w;
        }
        self.y = y0 + h;
        self.grid(y0, h, &cols);
    }

    /// The borders of one row (or one page's part of it).
    fn grid(&mut self, y0: f32, h: f32, cols: &[f32]) {
        let y1 = y0 + h;
        self.rule(MARGIN_X, y0, MARGIN_X + WIDTH, y0, RULE);
        self.rule(MARGIN_X, y1, MARGIN_X + WIDTH, y1, RULE);
        let mut x = MARGIN_X;
        self.rule(x, y0, x, y1, RULE);
        for w in cols {
            x += w;
            self.rule(x, y0, x, y1, RULE);
        }
    }

    fn table(&mut self, head: &[String], rows: &[Vec<String>], widths: &[f32]) {
        let cols = Self::columns(widths);
        let lh = line_h(BODY);
        // The header, with the first row, starts on a page with room for both.
        self.ensure(4.0 * lh + 4.0 * PAD);
        self.table_head(head, widths);
        self.repeat = Some((head.to_vec(), widths.to_vec()));
        for row in rows {
            let e = self.elem(None);
            let cells: Vec<Vec<String>> = row
                .iter()
                .zip(&cols)
                .map(|(c, w)| self.wrap(c, BODY, false, w - 2.0 * PAD))
                .collect();
            let n = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let mut k = 0;
            while k < n {
                let room = ((BOTTOM - self.y - 2.0 * PAD) / lh).floor().max(0.0) as usize;
                // A row is split over pages only when it is longer than a page.
                if room < (n - k).min(3) {
                    self.new_page();
                    continue;
                }
                let take = room.min(n - k);
                let y0 = self.y;
                let mut x = MARGIN_X;
                for (lines, w) in cells.iter().zip(&cols) {
                    self.y = y0 + PAD;
                    for l in lines.iter().skip(k).take(take) {
                        self.text(Role::Elem(e), x + PAD, BODY, false, INK, l);
                        self.y += lh;
                    }
                    x += w;
                }
                let h = take as f32 * lh + 2.0 * PAD;
                self.y = y0 + h;
                self.grid(y0, h, &cols);
                k += take;
            }
        }
        self.repeat = None;
        self.y += 8.0;
    }

    fn notice(&mut self, heading: &str, text: &str) {
        let lh = line_h(BODY);
        let lines = self.wrap(text, BODY, false, WIDTH - 16.0);
        let head = self.wrap(heading, H3, true, WIDTH - 16.0);
        self.y += 10.0;
        // The standard text is short: it is kept on one page.
        self.ensure(head.len() as f32 * line_h(H3) + lines.len() as f32 * lh + 2.0);
        let h = self.elem(Some((2, heading.to_owned())));
        let p = self.elem(None);
        let mut first = true;
        let parts: Vec<(Role, f32, bool, Rgb, &String)> = head
            .iter()
            .map(|l| (Role::Elem(h), H3, true, ACCENT, l))
            .chain(lines.iter().map(|l| (Role::Elem(p), BODY, false, INK, l)))
            .collect();
        for (role, size, bold, color, l) in parts {
            let step = line_h(size) + if first { 2.0 } else { 0.0 };
            first = false;
            self.ensure(step);
            let y0 = self.y;
            self.page().push((
                Role::Artifact(ArtifactType::Layout),
                Op::Rect {
                    x: MARGIN_X,
                    y: y0,
                    w: 3.0,
                    h: step,
                    color: ACCENT,
                },
            ));
            self.text(role, MARGIN_X + 12.0, size, bold, color, l);
            self.y += step;
        }
        self.y += 10.0;
    }
}

/// Lays the document out into pages.
fn layout<'m>(doc: &Doc, regular: &'m Metrics, bold: &'m Metrics) -> Layout<'m> {
    let mut l = Layout {
        regular,
        bold,
        pages: vec![Vec::new()],
        y: TOP,
        elems: Vec::new(),
        repeat: None,
    };
    l.heading(1, &doc.title);
    for b in &doc.blocks {
        match b {
            Block::Heading(h) => l.heading(2, h),
            Block::Subheading(h) => l.heading(3, h),
            Block::Para(p) => {
                for para in p.split("\n\n") {
                    l.para(para);
                }
            }
            Block::Fields(f) => l.fields(f),
            Block::List(items) => l.list(items),
            Block::Table { head, rows, widths } => l.table(head, rows, widths),
            Block::Notice { heading, text } => l.notice(heading, text),
            Block::Missing(items) => {
                let items: Vec<String> = items
                    .iter()
                    .map(|(code, message)| format!("{code}: {}", message.replace('`', "")))
                    .collect();
                l.list(&items);
            }
        }
    }
    l
}

fn fill(color: Rgb) -> Fill {
    Fill {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        ..Fill::default()
    }
}

fn draw_text(s: &mut Surface<'_>, font: &Font, x: f32, y: f32, size: f32, color: Rgb, t: &str) {
    s.set_fill(Some(fill(color)));
    s.draw_text(
        Point::from_xy(x, y),
        font.clone(),
        size,
        t,
        false,
        TextDirection::Auto,
    );
}

/// Draws one line of the layout. A line whose characters both fonts have
/// is shaped as usual. In a line with a character they lack, that
/// character is drawn as `?` with the character itself as its text (so
/// the text of the PDF, a copy of it and a screen reader keep it), and
/// each glyph is placed at its advance.
#[allow(clippy::too_many_arguments)]
fn draw_line(
    s: &mut Surface<'_>,
    font: &Font,
    m: &Metrics,
    fonts: (&Metrics, &Metrics),
    x: f32,
    y: f32,
    size: f32,
    color: Rgb,
    t: &str,
) {
    let missing = |c: char| !(fonts.0.has(c) && fonts.1.has(c));
    if !t.chars().any(missing) {
        draw_text(s, font, x, y, size, color, t);
        return;
    }
    let question = m.face.glyph_index('?').map_or(0, |g| g.0);
    let glyphs: Vec<KrillaGlyph> = t
        .char_indices()
        .map(|(i, c)| {
            let shown = if missing(c) { '?' } else { c };
            let id = m.face.glyph_index(shown).map_or(question, |g| g.0);
            KrillaGlyph::new(
                GlyphId::new(u32::from(id)),
                m.advance(shown) as f32 / m.upem,
                0.0,
                0.0,
                0.0,
                i..i + c.len_utf8(),
                None,
            )
        })
        .collect();
    s.set_fill(Some(fill(color)));
    s.draw_glyphs(Point::from_xy(x, y), &glyphs, font.clone(), t, size, false);
}

/// Page furniture: the running footer, the page number and the draft mark.
#[allow(clippy::too_many_arguments)]
fn furniture(
    s: &mut Surface<'_>,
    doc: &Doc,
    regular: &Font,
    bold: &Font,
    metrics: &Metrics,
    bold_metrics: &Metrics,
    n: usize,
    of: usize,
) {
    let y = PAGE_H - 40.0;
    s.start_tagged(ContentTag::Artifact(Artifact::new(
        ArtifactType::Footer,
        None,
    )));
    let footer = if doc.draft {
        format!("{} – {}", doc.title, doc.draft_word)
    } else {
        doc.title.clone()
    };
    draw_text(s, regular, MARGIN_X, y, SMALL, GREY, &footer);
    s.end_tagged();
    s.start_tagged(ContentTag::Artifact(Artifact::new(
        ArtifactType::PageNumber,
        None,
    )));
    let page = format!("{} {n} {} {of}", doc.page_words.0, doc.page_words.1);
    let w = metrics.width(&page, SMALL);
    draw_text(s, regular, MARGIN_X + WIDTH - w, y, SMALL, GREY, &page);
    s.end_tagged();
    if doc.draft {
        s.start_tagged(ContentTag::Artifact(Artifact::new(
            ArtifactType::Watermark,
            None,
        )));
        let size = 12.0;
        let w = bold_metrics.width(doc.draft_word, size);
        draw_text(
            s,
            bold,
            MARGIN_X + WIDTH - w,
            34.0,
            size,
            RED,
            doc.draft_word,
        );
        s.end_tagged();
    }
}

/// The PDF/A-2b file.
pub(crate) fn render(doc: &Doc) -> Result<Vec<u8>, PdfError> {
    let (rm, bm) = METRICS.as_ref().ok_or(PdfError::Font)?;
    let mut l = layout(doc, rm, bm);
    let regular = Font::new(REGULAR.into(), 0).ok_or(PdfError::Font)?;
    let bold = Font::new(BOLD.into(), 0).ok_or(PdfError::Font)?;
    let settings = SerializeSettings {
        configuration: ConfigurationBuilder::new()
            .with_archival_validator(Archival::A2_B)
            .finish()
            .map_err(|_| PdfError::Writer)?,
        ..SerializeSettings::default()
    };
    let mut document = Document::new_with(settings);
    let size = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or(PdfError::Writer)?;
    let count = l.pages.len();
    let pages = std::mem::take(&mut l.pages);
    for (i, ops) in pages.into_iter().enumerate() {
        let mut page = document.start_page_with(size.clone());
        let mut s = page.surface();
        for (role, op) in ops {
            let id = match role {
                Role::Elem(_) => Some(s.start_tagged(ContentTag::Span(SpanTag::empty()))),
                Role::Artifact(kind) => {
                    s.start_tagged(ContentTag::Artifact(Artifact::new(kind, None)));
                    None
                }
            };
            match op {
                Op::Text {
                    x,
                    y,
                    size,
                    bold: b,
                    color,
                    text,
                } => {
                    let (font, m) = if b { (&bold, bm) } else { (&regular, rm) };
                    draw_line(&mut s, font, m, (rm, bm), x, y, size, color, &text);
                }
                Op::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    color,
                } => {
                    let mut pb = PathBuilder::new();
                    pb.move_to(x1, y1);
                    pb.line_to(x2, y2);
                    if let Some(path) = pb.finish() {
                        s.set_fill(None);
                        s.set_stroke(Some(Stroke {
                            paint: rgb::Color::new(color.0, color.1, color.2).into(),
                            width: 0.6,
                            ..Stroke::default()
                        }));
                        s.draw_path(&path);
                        s.set_stroke(None);
                    }
                }
                Op::Rect { x, y, w, h, color } => {
                    let mut pb = PathBuilder::new();
                    if let Some(r) = Rect::from_xywh(x, y, w, h) {
                        pb.push_rect(r);
                    }
                    if let Some(path) = pb.finish() {
                        s.set_stroke(None);
                        s.set_fill(Some(fill(color)));
                        s.draw_path(&path);
                    }
                }
            }
            s.end_tagged();
            if let (Some(id), Role::Elem(e)) = (id, role) {
                l.elems[e].ids.push(id);
            }
        }
        furniture(&mut s, doc, &regular, &bold, rm, bm, i + 1, count);
        s.finish();
        page.finish();
    }
    let mut tree = TagTree::new().with_lang(Some(lang_tag(doc.lang).to_owned()));
    for e in l.elems.into_iter().filter(|e| !e.ids.is_empty()) {
        let children: Vec<Node> = e.ids.into_iter().map(Node::from).collect();
        let group = match e.heading {
            Some((level, title)) => TagGroup::with_children(
                Tag::Hn(
                    NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN),
                    Some(title),
                ),
                children,
            ),
            None => TagGroup::with_children(Tag::P, children),
        };
        tree.push(group);
    }
    document.set_tag_tree(tree);
    let title = if doc.draft {
        format!("{}: {}", doc.draft_word, doc.title)
    } else {
        doc.title.clone()
    };
    document.set_metadata(
        Metadata::new()
            .title(title)
            .language(lang_tag(doc.lang).to_owned())
            .creation_date(
                DateTime::new(u16::try_from(doc.date.0.year()).unwrap_or(2000))
                    .month(doc.date.0.month() as u8)
                    .day(doc.date.0.day() as u8),
            )
            .creator(format!("dialogmote {}", env!("CARGO_PKG_VERSION"))),
    );
    document.finish().map_err(|e| {
        use krilla::configure::ValidationError as V;
        match e {
            // A limit of PDF/A: what the referat holds is too large.
            krilla::error::KrillaError::Limit(_) => PdfError::TooLarge,
            krilla::error::KrillaError::Validation(v)
                if v.iter().any(|(e, _)| {
                    matches!(
                        e,
                        V::TooLongString
                            | V::TooLongName
                            | V::TooLongArray
                            | V::TooLongDictionary
                            | V::TooLargeFloat
                            | V::TooManyIndirectObjects
                            | V::TooHighQNestingLevel
                    )
                }) =>
            {
                PdfError::TooLarge
            }
            _ => PdfError::Writer,
        }
    })
}
