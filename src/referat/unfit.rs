//! What a draft that does not fit the format lacks, named as every message
//! names a field (`base::fields`: «Rolle» for deltaker 2), never by a key,
//! a pointer or the document's text.

use crate::base::fields::field_name_in;
use crate::texts::{Text, UiText};

use super::Missing;

/// The lines a draft lists at its end for the parts of the document that
/// do not fit the format (`unfit`, in the document's order, each a pointer
/// and whether it is a mapping holding a key the format does not have):
/// one per part, by its name in every language, under DM002 (the code of a
/// document that does not fit the format). A part inside one already
/// listed as left out is not listed again; a part inside a mapping that
/// only lost a key it does not know is.
pub(crate) fn missing_lines(unfit: &[(String, bool)]) -> Vec<Missing> {
    let mut out: Vec<Missing> = Vec::new();
    let mut listed: Vec<(&str, bool)> = Vec::new();
    for (p, unknown) in unfit {
        let inside = |(l, unknown): &(&str, bool)| {
            !unknown && !l.is_empty() && p.starts_with(&format!("{l}/"))
        };
        if listed.iter().any(|(l, u)| *l == p.as_str() && u == unknown) || listed.iter().any(inside)
        {
            continue;
        }
        listed.push((p, *unknown));
        let id = if *unknown {
            UiText::DraftUnknown
        } else {
            UiText::DraftUnfit
        };
        out.push(Missing {
            code: "DM002".to_owned(),
            message: Text::from_fn(|lang| {
                id.fill(lang, &[("field", &field_name_in(p, None, lang))])
            }),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_does_not_fit_is_named_by_the_guide_and_items_from_one() {
        let lines = missing_lines(&[
            ("/meeting/date".to_owned(), false),
            ("/participants/1/role".to_owned(), false),
            ("/participants/1/role/x".to_owned(), false),
            ("/participants/0".to_owned(), true),
            ("/participants/0/role".to_owned(), false),
        ]);
        let nb: Vec<&str> = lines.iter().map(|m| m.message.nb.as_str()).collect();
        assert_eq!(
            nb,
            [
                "«Møtedato» mangler eller er ikke skrevet slik formatet krever, og er vist som ikke ført",
                "«Rolle» for deltaker 2 mangler eller er ikke skrevet slik formatet krever, og er vist som ikke ført",
                "deltaker 1 har noe som formatet ikke har plass til, og det er utelatt",
                "«Rolle» for deltaker 1 mangler eller er ikke skrevet slik formatet krever, og er vist som ikke ført",
            ]
        );
    }
}
