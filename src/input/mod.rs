//! The first stage: bytes to source text. Decoding (UTF-8, BOM, UTF-16
//! and Latin-1 told apart), YAML or JSON, the line index and positions
//! (byte offsets; 1-based lines and columns in characters).

pub(crate) mod decode;
pub(crate) mod position;
pub(crate) mod source;
