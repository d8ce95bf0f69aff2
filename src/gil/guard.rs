//! The GIL argument in code: the only `unsafe impl Send/Sync` in gilt.
//!
//! Interpreter objects use non-atomic reference counts (`Rc`) and interior
//! mutability (`RefCell`, `Cell`) without locks of their own. That is sound
//! only because every thread touches them while holding the global
//! interpreter lock, exactly as CPython's objects are sound under its GIL.
//! This module is where that argument is made, once.

use std::cell::Cell;

use crate::objects::Value;

// SAFETY: a `Value` (and everything reachable from it: `Rc`s, `RefCell`s) is
// only read, cloned, written or dropped by a thread that holds the GIL. The
// GIL is a mutex, so its acquire/release give the happens-before edges that
// make non-atomic reference counts and cell borrows consistent across the
// OS threads that take turns holding it. A thread that is blocked (waiting
// for a lock, sleeping, reading input) has released the GIL and touches no
// `Value` until it has taken it back; `gil::scheduler` enforces this, and
// debug builds check it with `assert_held`.
unsafe impl Send for Value {}
// SAFETY: as above: shared references to a `Value` are only used by the GIL
// holder, so no two threads ever use one at the same time.
unsafe impl Sync for Value {}

/// A value that may be moved to another OS thread because the move happens
/// under the GIL (e.g. the function and arguments given to a new thread).
pub struct GilBound<T>(pub T);

// SAFETY: a `GilBound` is created by the GIL holder and opened only by a
// thread holding the GIL (see `scheduler::spawn`), so its content is never
// used by two threads at once.
unsafe impl<T> Send for GilBound<T> {}

thread_local! {
    static HOLDS_GIL: Cell<bool> = const { Cell::new(false) };
}

/// Record that this OS thread now holds (or no longer holds) the GIL.
pub fn set_held(held: bool) {
    HOLDS_GIL.with(|h| h.set(held));
}

/// Debug builds check that the caller holds the GIL before touching objects.
#[inline]
pub fn assert_held() {
    #[cfg(debug_assertions)]
    HOLDS_GIL.with(|h| debug_assert!(h.get(), "object touched without the GIL"));
}
