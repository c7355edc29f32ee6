//! The referat as the document that is sent (issue 13): the typed meeting
//! rendered in the guide's order as HTML, Markdown or PDF/A, in bokmål,
//! nynorsk or English.
//!
//! The renderer does no I/O and reads no clock: the same bytes come out of
//! the same document and options, in the command line and in the browser.
//! [`render_checked`] is the one way every frontend renders: it lints the
//! source itself and refuses a referat with a privacy finding (DM8xx),
//! whatever the configuration, the findings cap or `draft` say, and one
//! with any other error unless it is rendered as a draft ([`check_render`]).
//!
//! Each format is drawn from one list of blocks ([`Block`]), built once
//! from [`Minutes`]: what a reader sees is the same in every format.

mod html;
mod labels;
mod markdown;
#[cfg(feature = "pdf")]
mod pdf;
mod plan;
mod unfit;

use std::fmt;

use chrono::Datelike;

use crate::base::format::Format;
use crate::findings::{Finding, Severity};
use crate::input::source::Source;
use crate::lint::{LintOptions, Linter};
use crate::load::Document;
use crate::model::{Date, MeasureKey, Minutes, PlanDocument, Role, Time};
use crate::texts::Label;
use crate::texts::{Lang, RenderText, Text};

/// The format of the rendered referat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RenderFormat {
    /// PDF/A-2b, A4, fonts embedded (needs the `pdf` feature).
    Pdf,
    /// One self-contained HTML file with inline CSS.
    Html,
    /// Markdown, for a mail or an HR system.
    Markdown,
}

impl RenderFormat {
    /// Parses `pdf`, `html` or `md`.
    pub fn parse(s: &str) -> Option<RenderFormat> {
        match s {
            "pdf" => Some(RenderFormat::Pdf),
            "html" => Some(RenderFormat::Html),
            "md" | "markdown" => Some(RenderFormat::Markdown),
            _ => None,
        }
    }

    /// The file extension: `pdf`, `html` or `md`.
    pub fn extension(self) -> &'static str {
        match self {
            RenderFormat::Pdf => "pdf",
            RenderFormat::Html => "html",
            RenderFormat::Markdown => "md",
        }
    }
}

/// Something a draft still lacks, listed at its end: a finding's code and
/// message (messages never hold document text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    /// The rule code, e.g. `DM301`.
    pub code: String,
    /// The finding's message, in every language; the referat's language
    /// is picked when it is rendered.
    pub message: Text,
}

/// How to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderOptions {
    /// The language of the referat's own texts (headings, roles, measures).
    pub lang: Lang,
    /// The output format.
    pub format: RenderFormat,
    /// A draft: "UTKAST"/"DRAFT" in the heading and on every page.
    pub draft: bool,
    /// What a draft still lacks, listed at its end.
    pub missing: Vec<Missing>,
}

impl RenderOptions {
    /// A final referat in `format` and `lang`.
    pub fn new(format: RenderFormat, lang: Lang) -> Self {
        RenderOptions {
            lang,
            format,
            draft: false,
            missing: Vec::new(),
        }
    }

    /// Marks the referat as a draft.
    pub fn with_draft(mut self, draft: bool) -> Self {
        self.draft = draft;
        self
    }
}

/// Why a referat or a plan was not rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RenderError {
    /// The findings forbid it: see [`Refusal`].
    Refused(Refusal),
    /// The document cannot be read as a referat or a plan: it does not
    /// load, or its top is not a mapping of keys; or, to be sent (not a
    /// draft), it does not fit its format's model. Its error-level findings
    /// are the refusal's `errors` (and it has no `privacy` ones). (A draft
    /// that loads renders what fits the format and lists the rest.)
    Unfit(Refusal),
    /// PDF was asked for, but this build has no `pdf` feature.
    PdfUnavailable,
    /// The PDF writer failed: see [`PdfError`].
    Pdf(PdfError),
}

impl RenderError {
    /// What went wrong, in plain words in `lang`: what the program and the
    /// browser package say when they refuse (the findings that stop a
    /// referat carry their own texts: [`RenderError::findings`]).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            RenderError::Refused(r) => r.message(lang),
            RenderError::Unfit(r) => match r.format {
                Format::Plan => RenderText::UnfitPlan,
                _ => RenderText::Unfit,
            }
            .get(lang)
            .to_owned(),
            RenderError::PdfUnavailable => RenderText::PdfUnavailable.get(lang).to_owned(),
            RenderError::Pdf(e) => e.message(lang).to_owned(),
        }
    }

    /// The findings that stop the document: a refusal's (privacy first), or
    /// the errors of a document that does not fit; none for a PDF error.
    pub fn findings(&self) -> Vec<&Finding> {
        match self {
            RenderError::Refused(r) | RenderError::Unfit(r) => r.findings().collect(),
            _ => Vec::new(),
        }
    }

    /// The format of the document that was refused or does not fit (the
    /// referat's when it names none), so that a frontend says "the plan"
    /// or "the referat"; `None` for a PDF error, which is the writer's.
    pub fn format(&self) -> Option<Format> {
        match self {
            RenderError::Refused(r) | RenderError::Unfit(r) => Some(r.format),
            _ => None,
        }
    }
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// Why the PDF could not be written. The PDF writer's own report (a
/// programmer's dump) is never shown; each kind has a sentence in bokmål,
/// nynorsk and English ([`PdfError::message`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PdfError {
    /// The embedded font could not be read (a broken build).
    Font,
    /// The referat holds more than a PDF/A file can (a limit of the
    /// format, such as the number of objects in the file).
    TooLarge,
    /// The PDF writer failed otherwise (a bug, not the document's fault).
    Writer,
}

impl PdfError {
    /// The sentence for a person, in `lang`.
    pub fn message(self, lang: Lang) -> &'static str {
        match self {
            PdfError::Font => RenderText::PdfFont,
            PdfError::TooLarge => RenderText::PdfTooLarge,
            PdfError::Writer => RenderText::PdfWriter,
        }
        .get(lang)
    }
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message(Lang::En))
    }
}

impl std::error::Error for PdfError {}

impl std::error::Error for RenderError {}

/// The findings that stop a referat or a plan from being rendered. Only
/// codes and pointers are shown by `Display`, never document text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// Privacy findings (DM8xx) not suppressed: no flag overrides these.
    pub privacy: Vec<Finding>,
    /// Other error-level findings (empty for a draft).
    pub errors: Vec<Finding>,
    /// The document's format ([`Format::Referat`] when it names none or
    /// cannot be read): whether the messages say "the referat" or "the plan".
    pub format: Format,
}

impl Refusal {
    /// Every finding that stops the referat, privacy first.
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.privacy.iter().chain(&self.errors)
    }
}

impl Refusal {
    /// Why the referat or the plan is refused, in `lang`: its privacy
    /// findings when it has any, else its errors, with their number.
    pub fn message(&self, lang: Lang) -> String {
        let plan = self.format == Format::Plan;
        let (text, n) = match (self.privacy.is_empty(), plan) {
            (true, false) => (RenderText::RefusedErrors, self.errors.len()),
            (true, true) => (RenderText::RefusedErrorsPlan, self.errors.len()),
            (false, false) => (RenderText::RefusedPrivacy, self.privacy.len()),
            (false, true) => (RenderText::RefusedPrivacyPlan, self.privacy.len()),
        };
        text.entry()
            .fill(&[("n", &n.to_string())])
            .message
            .get(lang)
            .to_owned()
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// Is this a privacy finding (DM800–DM899)?
pub fn is_privacy_finding(f: &Finding) -> bool {
    crate::findings::is_privacy_code(&f.code)
}

/// What the gate let through: what a draft lacks, and the error-level
/// findings (for [`RenderError::Unfit`]).
struct Passed {
    missing: Vec<Missing>,
    errors: Vec<Finding>,
}

/// The gate: lints `source` with `linter` and decides whether it may be
/// rendered. The privacy findings come from
/// [`Linter::privacy_findings`], not from the lint report, so that no
/// configured severity, no `max_findings` and no suppression without a
/// reason hides one; any of them refuses, draft or not. Any other
/// error-level finding refuses unless `draft`.
///
/// `format` is the document's format when the caller has loaded it; else
/// it is read only for a refusal's words.
fn gate(
    linter: &Linter,
    source: &Source<'_>,
    opts: &LintOptions,
    draft: bool,
    format: Option<Format>,
) -> Result<Passed, RenderError> {
    let report = linter.lint(source, opts);
    let errors: Vec<Finding> = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .cloned()
        .collect();
    let Some(mut privacy) = linter.privacy_findings(source, opts) else {
        // Nothing loads: a referat with errors is refused as before (its
        // errors say why); a draft has nothing to render.
        let refusal = Refusal {
            privacy: Vec::new(),
            errors,
            format: Format::Referat,
        };
        return Err(if draft {
            RenderError::Unfit(refusal)
        } else {
            RenderError::Refused(refusal)
        });
    };
    // Should the report hold one the gate's own pass did not (it cannot
    // today: the same rules, only forced on), it refuses too.
    for f in report.findings.iter().filter(|f| is_privacy_finding(f)) {
        if !privacy.contains(f) {
            privacy.push(f.clone());
        }
    }
    let refused_errors: Vec<Finding> = if draft {
        Vec::new()
    } else {
        errors
            .iter()
            .filter(|f| !is_privacy_finding(f))
            .cloned()
            .collect()
    };
    if !privacy.is_empty() || !refused_errors.is_empty() {
        let format = format.unwrap_or_else(|| {
            source
                .load(linter.limits())
                .and_then(|doc| Format::of(doc.value()))
                .unwrap_or(Format::Referat)
        });
        return Err(RenderError::Refused(Refusal {
            privacy,
            errors: refused_errors,
            format,
        }));
    }
    let missing = if draft {
        let mut missing: Vec<Missing> = report
            .findings
            .iter()
            .filter(|f| f.severity >= Severity::Warning)
            .map(|f| Missing {
                code: f.code.clone(),
                message: f.message.clone(),
            })
            .collect();
        // By code, as the guide's order runs; stable for one code.
        missing.sort_by(|a, b| a.code.cmp(&b.code));
        missing
    } else {
        Vec::new()
    };
    Ok(Passed { missing, errors })
}

/// The gate alone: lints `source` with `linter` (as of `opts`) and says
/// whether it may be rendered, and for a draft what it still lacks.
///
/// Any privacy finding (DM8xx) refuses, at any severity, also one the
/// configuration turned off or one past `max_findings`: the library
/// computes them itself ([`Linter::privacy_findings`]). Only a suppression
/// with a reason lets one through. Any other error-level finding refuses
/// unless `draft`. A document that does not load is refused for its
/// errors, or for a draft [`RenderError::Unfit`].
pub fn check_render(
    linter: &Linter,
    source: &Source<'_>,
    opts: &LintOptions,
    draft: bool,
) -> Result<Vec<Missing>, RenderError> {
    gate(linter, source, opts, draft, None).map(|p| p.missing)
}

/// Renders the referat or the plan in `source` behind the gate
/// ([`check_render`]): what every frontend calls (the command line, the
/// browser editor). The document is linted with `linter` as of `lint`,
/// read by its `format` into [`Minutes`] (`dialogmote1/v1`, and a document
/// that names no format) or a [`PlanDocument`] (`oppfolgingsplan1/v1`),
/// and rendered with `opts` (`opts.missing` is filled in for a draft).
///
/// A draft renders whatever of it can be read: a part that does not fit
/// the format (a wrong type, a value the format does not have, a key it
/// does not know, a required value missing) is left out and shown as not
/// recorded, and listed at the end by the document's own names for it
/// («Møtedeltakere, nr. 2 › Rolle»), in the document's language, never
/// with its text. Only a privacy finding, or a document that cannot be
/// read at all, stops a draft.
pub fn render_checked(
    linter: &Linter,
    source: &Source<'_>,
    lint: &LintOptions,
    opts: &RenderOptions,
) -> Result<Vec<u8>, RenderError> {
    let doc = source.load(linter.limits());
    let format = doc
        .as_ref()
        .and_then(|d| Format::of(d.value()))
        .unwrap_or(Format::Referat);
    let passed = gate(linter, source, lint, opts.draft, Some(format))?;
    let unfit_error = |errors| {
        RenderError::Unfit(Refusal {
            privacy: Vec::new(),
            errors,
            format,
        })
    };
    match format {
        Format::Plan => {
            // As for a referat: a draft renders what fits the format.
            let read = doc.as_ref().and_then(|doc| {
                if opts.draft {
                    plan::read_lenient(doc.value())
                } else {
                    PlanDocument::from_value(doc.value())
                        .ok()
                        .map(|p| (p, Vec::new()))
                }
            });
            let Some((plan, unfit)) = read else {
                return Err(unfit_error(passed.errors));
            };
            let (opts, unfit) = with_unfit(opts, passed.missing, unfit, doc.as_ref());
            encode(&plan::build(&plan, &opts, &unfit), opts.format)
        }
        Format::Referat => {
            // A draft renders what fits the format, and shows the rest as
            // not recorded; a referat to be sent renders only a document
            // that fits.
            let read = doc.as_ref().and_then(|doc| {
                if opts.draft {
                    Minutes::from_value_lenient(doc.value())
                } else {
                    Minutes::from_value(doc.value())
                        .ok()
                        .map(|m| (m, Vec::new()))
                }
            });
            let Some((minutes, unfit)) = read else {
                return Err(unfit_error(passed.errors));
            };
            let (opts, stood_in) = with_unfit(opts, passed.missing, unfit, doc.as_ref());
            render_with(&minutes, &opts, &stood_in)
        }
    }
}

/// `opts` with what a draft lacks: the parts of the document that do not
/// fit the format (`unfit`, listed first, in the document's order, by the
/// document's names for them, instead of the schema's findings), then
/// `missing`. Also the pointers of the values that stand in for what it
/// lacks (shown as not recorded).
fn with_unfit(
    opts: &RenderOptions,
    mut missing: Vec<Missing>,
    mut unfit: Vec<(String, bool)>,
    doc: Option<&Document>,
) -> (RenderOptions, Vec<String>) {
    // In the document's order (a missing part where its mapping is).
    if let Some(doc) = doc {
        unfit.sort_by_key(|(p, _)| {
            doc.span_of(p)
                .map_or(0, |s| s.key.map_or(s.value.start, |k| k.start))
        });
    }
    if !unfit.is_empty() {
        // The schema's findings are the parts that do not fit: listed by
        // the document's names for them instead.
        missing.retain(|m| m.code != "DM002");
        missing.splice(0..0, unfit::missing_lines(&unfit));
    }
    let opts = RenderOptions {
        missing,
        ..opts.clone()
    };
    let stood_in = unfit
        .into_iter()
        .filter(|(_, unknown)| !unknown)
        .map(|(p, _)| p)
        .collect();
    (opts, stood_in)
}

/// Renders a referat without looking at findings: no gate. Frontends that
/// send or show the result use [`render_checked`].
pub fn render(minutes: &Minutes, opts: &RenderOptions) -> Result<Vec<u8>, RenderError> {
    render_with(minutes, opts, &[])
}

/// Renders a plan document (`oppfolgingsplan1/v1`) without looking at
/// findings: no gate. Frontends that send or show the result use
/// [`render_checked`], which renders a plan document by its `format`.
pub fn render_plan(plan: &PlanDocument, opts: &RenderOptions) -> Result<Vec<u8>, RenderError> {
    encode(&plan::build(plan, opts, &[]), opts.format)
}

/// [`render`], with the values of `minutes` at the pointers in `stood_in`
/// (stand-ins for what a draft lacks) shown as not recorded.
fn render_with(
    minutes: &Minutes,
    opts: &RenderOptions,
    stood_in: &[String],
) -> Result<Vec<u8>, RenderError> {
    encode(&build(minutes, opts, stood_in), opts.format)
}

/// The blocks in `format`.
fn encode(doc: &Doc, format: RenderFormat) -> Result<Vec<u8>, RenderError> {
    match format {
        RenderFormat::Html => Ok(html::render(doc).into_bytes()),
        RenderFormat::Markdown => Ok(markdown::render(doc).into_bytes()),
        #[cfg(feature = "pdf")]
        RenderFormat::Pdf => pdf::render(doc).map_err(RenderError::Pdf),
        #[cfg(not(feature = "pdf"))]
        RenderFormat::Pdf => Err(RenderError::PdfUnavailable),
    }
}

/// One block of the rendered referat.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Block {
    /// A section heading (level 2).
    Heading(String),
    /// A sub-heading (level 3).
    Subheading(String),
    /// A paragraph of the author's text or a fixed sentence.
    Para(String),
    /// Label–value pairs.
    Fields(Vec<(String, String)>),
    /// A bulleted list.
    List(Vec<String>),
    /// A table with a header row.
    Table {
        head: Vec<String>,
        rows: Vec<Vec<String>>,
        /// Relative column widths (for PDF).
        widths: Vec<f32>,
    },
    /// A boxed text (the standard text on confidentiality).
    Notice { heading: String, text: String },
    /// What a draft lacks: rule codes and the linter's messages, in which
    /// `` `…` `` marks a key or value of the format (never document text).
    Missing(Vec<(String, String)>),
}

/// The referat as blocks, ready for any format.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Doc {
    pub lang: Lang,
    pub title: String,
    pub draft: bool,
    /// "UTKAST" / "DRAFT".
    pub draft_word: &'static str,
    /// "Side" / "Page" and "av" / "of", for page numbers.
    pub page_words: (&'static str, &'static str),
    /// The document's date (sent, else the meeting's), for PDF metadata:
    /// the renderer reads no clock.
    pub date: Date,
    /// The blocks, in the guide's order.
    pub blocks: Vec<Block>,
}

/// The BCP 47 tag of a language.
pub(crate) fn lang_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Nn => "nn",
        Lang::En => "en",
        _ => "nb",
    }
}

/// Whether `c` is a bidirectional formatting character: an embedding,
/// override or isolate (U+202A–U+202E, U+2066–U+2069) or a direction mark
/// (U+200E, U+200F, U+061C). They are invisible, and in the author's text
/// they could reorder what follows them: labels, other fields, numbers.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Free text as shown: control characters (other than line breaks and
/// tabs) and bidirectional formatting characters dropped, lines trimmed at
/// the end, the whole trimmed.
fn clean(s: &str) -> String {
    let s: String = s
        .chars()
        .filter(|c| (!c.is_control() || *c == '\n' || *c == '\t') && !is_bidi_control(*c))
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    s.lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_owned()
}

/// Some non-blank free text, cleaned.
fn text(s: &Option<String>) -> Option<String> {
    s.as_deref().map(clean).filter(|t| !t.is_empty())
}

/// A date as people write it: `17.02.2026` in bokmål and nynorsk (as
/// NAV's forms and letters write a date in a field), `17 February 2026` in
/// English (where `02/17` and `17/02` would both be read).
fn date(d: Date, lang: Lang) -> String {
    let d = d.0;
    match lang {
        Lang::En => format!(
            "{} {} {}",
            d.day(),
            labels::month(d.month(), lang),
            d.year()
        ),
        _ => format!("{:02}.{:02}.{}", d.day(), d.month(), d.year()),
    }
}

fn time(t: Time, lang: Lang) -> String {
    match lang {
        Lang::En => t.to_string(),
        _ => t.to_string().replace(':', "."),
    }
}

fn yes_no(b: bool, lang: Lang) -> &'static str {
    if b {
        Label::Yes.get(lang)
    } else {
        Label::No.get(lang)
    }
}

/// The measures a–h with the model's field for each.
fn measures_of(m: &crate::model::Measures) -> [(MeasureKey, Option<&crate::model::Measure>); 8] {
    [
        (MeasureKey::GradertSykmelding, m.gradert_sykmelding.as_ref()),
        (
            MeasureKey::Tilretteleggingstilskudd,
            m.tilretteleggingstilskudd.as_ref(),
        ),
        (
            MeasureKey::AvklaringRehabiliteringOppfolging,
            m.avklaring_rehabilitering_oppfolging.as_ref(),
        ),
        (
            MeasureKey::HelsetjenesterLetterePsykiskeLidelser,
            m.helsetjenester_lettere_psykiske_lidelser.as_ref(),
        ),
        (
            MeasureKey::FritakArbeidsgiverperiode,
            m.fritak_arbeidsgiverperiode.as_ref(),
        ),
        (MeasureKey::KidKurs, m.kid_kurs.as_ref()),
        (
            MeasureKey::Arbeidsplassvurdering,
            m.arbeidsplassvurdering.as_ref(),
        ),
        (
            MeasureKey::Arbeidsplasshjelpemidler,
            m.arbeidsplasshjelpemidler.as_ref(),
        ),
    ]
}

/// Builds the blocks in the guide's order.
struct Builder<'a> {
    m: &'a Minutes,
    /// Pointers of values that stand in for what a draft lacks: shown as
    /// not recorded.
    stood_in: &'a [String],
    lang: Lang,
    blocks: Vec<Block>,
}

impl Builder<'_> {
    fn t(&self, tr: Label) -> String {
        tr.get(self.lang).to_owned()
    }

    fn push(&mut self, b: Block) {
        self.blocks.push(b);
    }

    /// Whether the value at `ptr` stands in for one the draft lacks.
    fn stood_in(&self, ptr: &str) -> bool {
        self.stood_in.iter().any(|p| p == ptr)
    }

    /// The role of participant `i` in words, unless it stands in for one
    /// the draft lacks.
    fn role_of(&self, i: usize, r: Role) -> Option<String> {
        (!self.stood_in(&format!("/participants/{i}/role"))).then(|| self.t(labels::role(r)))
    }

    /// A role key or a name, in words: a role's name, or the name as
    /// written with the person's role when a participant has that name.
    fn who(&self, s: &str) -> String {
        let s = clean(s);
        if let Some(r) = Role::ALL.iter().find(|r| r.as_str() == s) {
            return labels::role(*r).get(self.lang).to_owned();
        }
        let role = self
            .m
            .participants
            .iter()
            .flatten()
            .enumerate()
            .find(|(_, p)| p.name.as_deref().map(clean).as_deref() == Some(s.as_str()))
            .and_then(|(i, p)| self.role_of(i, p.role));
        match role {
            Some(r) => format!("{s} ({r})"),
            None => s,
        }
    }

    fn heading(&mut self) {
        let lang = self.lang;
        let meeting = &self.m.meeting;
        let day = if self.stood_in("/meeting/date") {
            self.t(Label::NotRecorded)
        } else {
            date(meeting.date, lang)
        };
        let mut fields = vec![(self.t(Label::Date), day)];
        let span = match (meeting.start, meeting.end) {
            (Some(s), Some(e)) => Some(format!("{}–{}", time(s, lang), time(e, lang))),
            (Some(s), None) => Some(format!("{}–", time(s, lang))),
            (None, Some(e)) => Some(format!("–{}", time(e, lang))),
            (None, None) => None,
        };
        fields.push((
            self.t(Label::Time),
            span.unwrap_or_else(|| self.t(Label::NotRecorded)),
        ));
        fields.push((
            self.t(Label::Place),
            text(&meeting.location).unwrap_or_else(|| self.t(Label::NotRecorded)),
        ));
        fields.push((
            self.t(Label::Mode),
            meeting
                .mode
                .map_or_else(|| self.t(Label::NotRecorded), |m| self.t(labels::mode(m))),
        ));
        if let Some(sl) = self
            .m
            .sick_leave
            .as_ref()
            .and_then(|sl| plan::sick_leave(sl, lang))
        {
            fields.push((self.t(Label::SickLeave), sl));
        }
        self.push(Block::Fields(fields));
        // Who the referat is from, as far as it says.
        if let Some(e) = &self.m.employer {
            let employer = plan::employer_fields(e, lang, self.stood_in);
            if !employer.is_empty() {
                self.push(Block::Fields(employer));
            }
        }
    }

    fn participants(&mut self) {
        self.push(Block::Heading(self.t(Label::Participants)));
        let Some(ps) = self.m.participants.as_ref().filter(|p| !p.is_empty()) else {
            self.push(Block::Para(self.t(Label::NoParticipants)));
            return;
        };
        let rows = ps
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let attended = match (p.attended, text(&p.absence_reason)) {
                    (Some(true), _) => self.t(Label::Yes),
                    (Some(false), Some(why)) => format!("{}: {why}", self.t(Label::No)),
                    (Some(false), None) => self.t(Label::No),
                    (None, Some(why)) => why,
                    (None, None) => self.t(Label::NotRecorded),
                };
                vec![
                    self.role_of(i, p.role)
                        .unwrap_or_else(|| self.t(Label::NotRecorded)),
                    text(&p.name).unwrap_or_default(),
                    text(&p.function).unwrap_or_default(),
                    attended,
                ]
            })
            .collect();
        self.push(Block::Table {
            head: vec![
                self.t(Label::Role),
                self.t(Label::Name),
                self.t(Label::Function),
                self.t(Label::Attended),
            ],
            rows,
            widths: vec![2.8, 2.1, 1.8, 3.3],
        });
    }

    fn plan(&mut self) {
        let Some(plan) = &self.m.follow_up_plan else {
            return;
        };
        if plan.date.is_none() && plan.sent_to_doctor.is_none() {
            return;
        }
        self.push(Block::Heading(self.t(Label::Plan)));
        self.push(Block::Para(self.t(Label::PlanIntro)));
        let lang = self.lang;
        let mut fields = Vec::new();
        if let Some(d) = plan.date {
            fields.push((self.t(Label::PlanDate), date(d, lang)));
        }
        fields.push((
            self.t(Label::PlanSent),
            plan.sent_to_doctor
                .map_or_else(|| self.t(Label::NotRecorded), |d| date(d, lang)),
        ));
        self.push(Block::Fields(fields));
    }

    fn minutes_used(&self, minutes: Option<u64>) -> Option<(String, String)> {
        minutes.map(|m| {
            (
                self.t(Label::MinutesUsed),
                format!("{m} {}", self.t(Label::Min)),
            )
        })
    }

    fn phase1(&mut self) {
        self.push(Block::Heading(self.t(Label::Phase1)));
        let Some(intro) = &self.m.introduction else {
            self.push(Block::Para(self.t(Label::NotRecorded)));
            return;
        };
        if let Some(f) = self.minutes_used(intro.minutes) {
            self.push(Block::Fields(vec![f]));
        }
        let c = intro.covered.clone().unwrap_or_default();
        let items = [
            (c.purpose, Label::CoveredPurpose),
            (c.introductions, Label::CoveredIntroductions),
            (c.goals, Label::CoveredGoals),
            (c.confidentiality, Label::CoveredConfidentiality),
            (c.time_frame, Label::CoveredTimeFrame),
        ];
        let done: Vec<String> = items
            .iter()
            .filter(|(b, _)| *b == Some(true))
            .map(|(_, l)| self.t(*l))
            .collect();
        let not_done: Vec<String> = items
            .iter()
            .filter(|(b, _)| *b == Some(false))
            .map(|(_, l)| self.t(*l))
            .collect();
        let unknown: Vec<String> = items
            .iter()
            .filter(|(b, _)| b.is_none())
            .map(|(_, l)| self.t(*l))
            .collect();
        if !done.is_empty() {
            self.push(Block::Subheading(self.t(Label::Covered)));
            self.push(Block::List(done));
        }
        if !not_done.is_empty() {
            self.push(Block::Subheading(self.t(Label::NotCovered)));
            self.push(Block::List(not_done));
        }
        if !unknown.is_empty() && unknown.len() < items.len() {
            self.push(Block::Subheading(self.t(Label::NotRecorded)));
            self.push(Block::List(unknown));
        }
        if let Some(n) = text(&intro.notes) {
            self.push(Block::Subheading(self.t(Label::Notes)));
            self.push(Block::Para(n));
        }
    }

    /// A sub-heading with label–text fields, left out when all are empty.
    fn group(&mut self, heading: Label, fields: &[(Label, &Option<String>)]) {
        let fields: Vec<(String, String)> = fields
            .iter()
            .filter_map(|(l, v)| text(v).map(|v| (self.t(*l), v)))
            .collect();
        if !fields.is_empty() {
            self.push(Block::Subheading(self.t(heading)));
            self.push(Block::Fields(fields));
        }
    }

    fn phase2(&mut self) {
        self.push(Block::Heading(self.t(Label::Phase2)));
        let Some(st) = &self.m.status else {
            self.push(Block::Para(self.t(Label::NotRecorded)));
            return;
        };
        let start = self.blocks.len();
        if let Some(f) = self.minutes_used(st.minutes) {
            self.push(Block::Fields(vec![f]));
        }
        let e = st.arbeidstaker.clone().unwrap_or_default();
        self.group(
            Label::StatusEmployee,
            &[
                (Label::FunctionalAbility, &e.functional_ability),
                (Label::AdjustmentsExperience, &e.adjustments_experience),
            ],
        );
        let g = st.arbeidsgiver.clone().unwrap_or_default();
        self.group(
            Label::StatusEmployer,
            &[
                (Label::AdjustmentsMade, &g.adjustments_made),
                (Label::WhatWorked, &g.what_worked),
                (Label::WhatDidNotWork, &g.what_did_not_work),
                (Label::NotImplemented, &g.not_implemented),
            ],
        );
        for (heading, v) in [
            (Label::StatusDoctor, &st.lege),
            (Label::StatusBht, &st.bht),
            (Label::StatusSummary, &st.summary),
        ] {
            if let Some(v) = text(v) {
                self.push(Block::Subheading(self.t(heading)));
                self.push(Block::Para(v));
            }
        }
        if self.blocks.len() == start {
            self.push(Block::Para(self.t(Label::NotRecorded)));
        }
    }

    fn phase3(&mut self) {
        self.push(Block::Heading(self.t(Label::Phase3)));
        let Some(sol) = &self.m.solutions else {
            self.push(Block::Para(self.t(Label::NotRecorded)));
            return;
        };
        if let Some(f) = self.minutes_used(sol.minutes) {
            self.push(Block::Fields(vec![f]));
        }
        self.push(Block::Subheading(self.t(Label::Proposals)));
        let proposals = sol.proposals.as_deref().unwrap_or_default();
        if proposals.is_empty() {
            self.push(Block::Para(self.t(Label::NoProposals)));
        }
        for (i, p) in proposals.iter().enumerate() {
            let description = text(&p.description).unwrap_or_else(|| self.t(Label::NotRecorded));
            let mut fields = vec![(
                format!("{} {}", self.t(Label::Proposal), i + 1),
                description,
            )];
            fields.push((
                self.t(Label::ProposedBy),
                p.proposed_by
                    .map_or_else(|| self.t(Label::NotRecorded), |r| self.t(labels::role(r))),
            ));
            let assessment = match (p.employer_assessment, text(&p.employer_comment)) {
                (Some(a), Some(c)) => format!("{}. {c}", self.t(labels::employer_assessment(a))),
                (Some(a), None) => self.t(labels::employer_assessment(a)),
                (None, Some(c)) => c,
                (None, None) => self.t(Label::NotRecorded),
            };
            fields.push((self.t(Label::EmployerAssessment), assessment));
            let medical = match (p.medical_assessment, p.medical_assessor) {
                (Some(a), Some(by)) => format!(
                    "{} ({} {})",
                    self.t(labels::medical_assessment(a)),
                    self.t(Label::AssessedBy),
                    lower_first(labels::assessor(by).get(self.lang))
                ),
                (Some(a), None) => self.t(labels::medical_assessment(a)),
                (None, Some(by)) => format!(
                    "{} ({} {})",
                    self.t(Label::NotRecorded),
                    self.t(Label::AssessedBy),
                    lower_first(labels::assessor(by).get(self.lang))
                ),
                (None, None) => self.t(Label::NotRecorded),
            };
            fields.push((self.t(Label::MedicalAssessment), medical));
            self.push(Block::Fields(fields));
        }
        self.push(Block::Subheading(self.t(Label::Measures)));
        let Some(measures) = &sol.measures else {
            self.push(Block::Para(self.t(Label::MeasuresNotRecorded)));
            return;
        };
        let rows = measures_of(measures)
            .iter()
            .map(|(key, m)| {
                let decision = m.and_then(|m| m.decision).map_or_else(
                    || self.t(Label::NotRecorded),
                    |d| self.t(labels::decision(d)),
                );
                vec![
                    self.t(labels::measure(*key)),
                    decision,
                    m.and_then(|m| text(&m.note)).unwrap_or_default(),
                ]
            })
            .collect();
        self.push(Block::Table {
            head: vec![
                self.t(Label::Measure),
                self.t(Label::Decision),
                self.t(Label::Note),
            ],
            rows,
            widths: vec![4.0, 2.4, 3.6],
        });
        self.push(Block::Para(self.t(Label::AktivSykmeldingNote)));
    }

    fn phase4(&mut self) {
        self.push(Block::Heading(self.t(Label::Phase4)));
        let Some(c) = &self.m.conclusion else {
            self.push(Block::Para(self.t(Label::NotRecorded)));
            return;
        };
        if let Some(f) = self.minutes_used(c.minutes) {
            self.push(Block::Fields(vec![f]));
        }
        for (heading, v) in [(Label::Assessed, &c.assessed), (Label::Agreed, &c.agreed)] {
            self.push(Block::Subheading(self.t(heading)));
            self.push(Block::Para(
                text(v).unwrap_or_else(|| self.t(Label::NotRecorded)),
            ));
        }
        let mut fields = Vec::new();
        match c.workplace_arena {
            Some(b) => fields.push((
                self.t(Label::WorkplaceArena),
                yes_no(b, self.lang).to_owned(),
            )),
            None => fields.push((self.t(Label::WorkplaceArena), self.t(Label::NotRecorded))),
        }
        if let Some(how) = text(&c.workplace_arena_how) {
            fields.push((self.t(Label::WorkplaceArenaHow), how));
        }
        if let Some(b) = c.alternatives_informed {
            fields.push((
                self.t(Label::AlternativesInformed),
                yes_no(b, self.lang).to_owned(),
            ));
        }
        self.push(Block::Fields(fields));
        self.push(Block::Subheading(self.t(Label::Actions)));
        let mut actions: Vec<&crate::model::Action> = c.actions.iter().flatten().collect();
        // By date; undated last; equal dates in the document's order.
        actions.sort_by_key(|a| (a.due.is_none(), a.due));
        if actions.is_empty() {
            self.push(Block::Para(self.t(Label::NoActions)));
        } else {
            let rows = actions
                .iter()
                .map(|a| {
                    let mut what = text(&a.what).unwrap_or_else(|| self.t(Label::NotRecorded));
                    if let Some(m) = a.measure {
                        what = format!(
                            "{what} ({}: {})",
                            self.t(Label::Measure),
                            self.t(labels::measure(m))
                        );
                    }
                    vec![
                        what,
                        a.owner
                            .as_deref()
                            .map(|o| self.who(o))
                            .filter(|o| !o.is_empty())
                            .unwrap_or_else(|| self.t(Label::NotRecorded)),
                        a.due
                            .map_or_else(|| self.t(Label::NotRecorded), |d| date(d, self.lang)),
                    ]
                })
                .collect();
            self.push(Block::Table {
                head: vec![self.t(Label::What), self.t(Label::Who), self.t(Label::Due)],
                rows,
                widths: vec![5.4, 2.6, 2.0],
            });
        }
        self.push(Block::Fields(vec![(
            self.t(Label::NextFollowUp),
            c.next_follow_up
                .map_or_else(|| self.t(Label::NotRecorded), |d| date(d, self.lang)),
        )]));
    }

    /// The revised oppfølgingsplan this referat is: after Fase 4, whose
    /// agreement it writes down as a plan ("Referatet kan være en revidert
    /// oppfølgingsplan"), and before the standard text, which covers it too.
    /// Its date is the meeting's when it has none of its own.
    fn revised_plan(&mut self) {
        let Some(p) = &self.m.revised_plan else {
            return;
        };
        self.push(Block::Heading(self.t(Label::RevisedPlanSection)));
        let fallback = (!self.stood_in("/meeting/date")).then_some(self.m.meeting.date);
        let mut w = plan::PlanWriter {
            blocks: &mut self.blocks,
            lang: self.lang,
            unfit: self.stood_in,
            at: "/revised_plan",
        };
        w.version(p, fallback);
        w.content(p, self.m.employer.as_ref(), false);
    }

    fn confidentiality(&mut self) {
        self.push(Block::Notice {
            heading: self.t(Label::Confidentiality),
            text: self.t(Label::ConfidentialityText),
        });
    }

    fn end(&mut self, draft: bool) {
        self.push(Block::Heading(self.t(Label::Referat)));
        let r = self.m.referat.clone().unwrap_or_default();
        let mut fields = vec![(
            self.t(Label::Author),
            r.author
                .as_deref()
                .map(|a| self.who(a))
                .filter(|a| !a.is_empty())
                .unwrap_or_else(|| self.t(Label::NotRecorded)),
        )];
        fields.push((
            self.t(Label::Sent),
            r.sent.map_or_else(
                || {
                    if draft {
                        self.t(Label::NotSent)
                    } else {
                        self.t(Label::NotRecorded)
                    }
                },
                |d| date(d, self.lang),
            ),
        ));
        let recipients: Vec<String> = r
            .recipients
            .iter()
            .flatten()
            .map(|role| self.t(labels::role(*role)))
            .collect();
        fields.push((
            self.t(Label::Recipients),
            if recipients.is_empty() {
                self.t(Label::NotRecorded)
            } else {
                recipients.join(", ")
            },
        ));
        self.push(Block::Fields(fields));
        if r.revised_follow_up_plan == Some(true) {
            self.push(Block::Para(self.t(Label::RevisedPlan)));
        }
    }
}

/// Lower-cases the first letter of a role's name used inside a sentence
/// ("vurdert av lege/behandler"), but not of an abbreviation ("NAV").
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) if c.clone().next().is_some_and(char::is_lowercase) => {
            f.to_lowercase().chain(c).collect()
        }
        _ => s.to_owned(),
    }
}

/// The referat as blocks, in the guide's order.
pub(crate) fn build(m: &Minutes, opts: &RenderOptions, stood_in: &[String]) -> Doc {
    let lang = opts.lang;
    let mut b = Builder {
        m,
        stood_in,
        lang,
        blocks: Vec::new(),
    };
    if opts.draft {
        b.push(Block::Para(b.t(Label::DraftNote)));
    }
    b.heading();
    b.participants();
    b.plan();
    b.phase1();
    b.phase2();
    b.phase3();
    b.phase4();
    b.revised_plan();
    b.confidentiality();
    b.end(opts.draft);
    if opts.draft && !opts.missing.is_empty() {
        b.push(Block::Heading(b.t(Label::Missing)));
        b.push(Block::Missing(plan::missing_items(&opts.missing, lang)));
    }
    let title = Label::Title.get(lang).to_owned();
    Doc {
        lang,
        title,
        draft: opts.draft,
        draft_word: Label::Draft.get(lang),
        page_words: (Label::Page.get(lang), Label::Of.get(lang)),
        date: m
            .referat
            .as_ref()
            .and_then(|r| r.sent)
            .unwrap_or(m.meeting.date),
        blocks: b.blocks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_has_three_texts_and_nynorsk_is_not_bokmal_by_accident() {
        // (That every label has three texts is the catalogue's own test.)
        // Words that are bokmål only must not appear in the nynorsk texts.
        let bokmal = [
            "ikke ",
            "hva ",
            "hvordan",
            "arbeidsgiver",
            "arbeidstaker",
            "sykmeld",
            "veilederen",
            "virksomheten",
            "deltakere",
            " fra ",
        ];
        for label in Label::ALL {
            let (name, tr) = (label.entry().id, label.entry().message.unwrap());
            let nn = format!(" {} ", tr.nn.to_lowercase());
            for w in bokmal {
                assert!(
                    !nn.contains(w),
                    "{name}: nynorsk `{}` holds bokmål `{w}`",
                    tr.nn
                );
            }
        }
    }

    #[test]
    fn the_gate_refuses_privacy_always_and_errors_unless_draft() {
        let linter = Linter::new().unwrap();
        let opts = LintOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
        let base = "format: dialogmote1/v1\nmeeting: {date: 2026-11-16}\n";
        // Errors (missing parts), no privacy finding.
        let sparse = Source::from_str("-", base);
        match check_render(&linter, &sparse, &opts, false) {
            Err(RenderError::Refused(r)) => assert!(r.privacy.is_empty() && !r.errors.is_empty()),
            other => panic!("{other:?}"),
        }
        assert!(
            !check_render(&linter, &sparse, &opts, true)
                .unwrap()
                .is_empty()
        );
        // A number: refused, draft or not.
        let text = format!("{base}introduction: {{notes: \"15058500027\"}}\n");
        let privacy = Source::from_str("-", &text);
        for draft in [false, true] {
            match check_render(&linter, &privacy, &opts, draft) {
                Err(RenderError::Refused(r)) => assert_eq!(r.privacy[0].code, "DM801"),
                other => panic!("{other:?}"),
            }
        }
        // Even without `format`: the privacy rules read whatever loads.
        let unformatted = Source::from_str("-", "notes: \"15058500027\"\n");
        assert!(matches!(
            check_render(&linter, &unformatted, &opts, true),
            Err(RenderError::Refused(r)) if r.privacy.len() == 1
        ));
        // Nothing loads: nothing to check, nothing to render.
        let broken = Source::from_str("-", "a: [\n");
        assert!(matches!(
            check_render(&linter, &broken, &opts, true),
            Err(RenderError::Unfit(e)) if e.errors[0].code == "DM001"
        ));
        assert!(matches!(
            check_render(&linter, &broken, &opts, false),
            Err(RenderError::Refused(r)) if r.privacy.is_empty() && r.errors[0].code == "DM001"
        ));
    }

    #[test]
    fn a_pdf_error_is_a_sentence_in_each_language_not_a_dump() {
        for e in [PdfError::Font, PdfError::TooLarge, PdfError::Writer] {
            let texts = [Lang::Nb, Lang::Nn, Lang::En].map(|l| RenderError::Pdf(e).message(l));
            assert!(texts[0] != texts[1] && texts[1] != texts[2], "{texts:?}");
            for t in &texts {
                assert!(t.starts_with("PDF-en") || t.starts_with("the PDF"), "{t}");
                assert!(
                    !t.contains('(') && !t.contains('_') && !t.contains('`'),
                    "{t}"
                );
            }
            assert_eq!(RenderError::Pdf(e).to_string(), texts[2]);
        }
    }

    #[test]
    fn clean_drops_control_characters_and_blank_ends() {
        assert_eq!(clean("  a\u{1b}[31m\tb  \n c \n"), "a[31m b\n c");
        assert_eq!(
            clean("\u{202E}Kari\u{2066} 12 34\u{200F}\u{061C}\u{202C}\u{2069}"),
            "Kari 12 34"
        );
    }
}
