//! `dialogmote schema`: the JSON Schema of the document format.

use std::process::ExitCode;

use super::{Fatal, print};

pub(crate) fn run() -> Result<ExitCode, Fatal> {
    print(dialogmote::SCHEMA_JSON)?;
    Ok(ExitCode::SUCCESS)
}
