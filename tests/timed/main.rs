//! Tests bounded by wall-clock time (hostile and worst-case inputs must be
//! answered within seconds), in a binary of their own so that no property
//! test shares their process, and one at a time (`serial`) so that they do
//! not share the machine's cores with each other either.

#[path = "../it/common/mod.rs"]
mod common;

mod hostile;
mod worst_case;

/// Held by each test for its whole run: the timed tests run one by one.
pub(crate) fn serial() -> std::sync::MutexGuard<'static, ()> {
    static ONE: std::sync::Mutex<()> = std::sync::Mutex::new(());
    // A test that failed holding the lock poisons it; the others still run.
    ONE.lock().unwrap_or_else(|e| e.into_inner())
}
