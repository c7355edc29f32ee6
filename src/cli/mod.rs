//! Pieces of the command line that are more than argument handling: atomic
//! writes and file identity.

pub(crate) mod atomic;
pub(crate) mod files;
pub(crate) mod render;
