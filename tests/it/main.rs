//! The integration tests, in one binary (one link, one process): the
//! library through its public API, and the `dialogmote` program as a user
//! runs it. Tests bounded by wall-clock time live apart, in `tests/timed`,
//! so that property tests never share their process.

mod common;
mod generate;

mod api;
mod catalogue;
mod cli;
mod cli_fix;
mod cli_safety;
mod complete;
mod determinism;
mod draft;
mod export;
mod fix_props;
mod fixes;
mod fixtures;
mod json_output;
mod json_surrogates;
mod layers;
mod lsp;
mod national_id_spellings;
mod nynorsk;
mod plain_words;
mod privacy;
mod privacy_precision;
mod properties;
mod related;
mod render;
mod render_gate;
mod render_plan;
mod render_props;
mod rule_errors;
mod rule_examples;
mod sarif;
mod to_yaml;
mod vocabulary;
