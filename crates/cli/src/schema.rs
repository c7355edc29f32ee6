//! `dialogmote schema`: the JSON Schema of the document format.

use std::process::ExitCode;

use super::{Fatal, print};

pub(crate) fn run() -> Result<ExitCode, Fatal> {
    // The file as shipped, indented for people (the library keeps it
    // compact: `SCHEMA_JSON`).
    print(include_str!("../../../schema/dialogmote1.schema.json"))?;
    Ok(ExitCode::SUCCESS)
}
