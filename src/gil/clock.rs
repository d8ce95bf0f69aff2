//! Time as gilt threads see it: the real clocks, or with `--deterministic`
//! a virtual clock (SPEC §2.6).
//!
//! The virtual clock starts at zero and advances `STEP_NS` per executed
//! instruction: the eval loop counts instructions down for the GIL turn
//! anyway (`Vm::ticks`), and `Vm::account` adds what a thread ran to the
//! clock at each periodic check and before each wait or clock read. A
//! thread that waits with a deadline (sleep, a timeout) parks with a
//! virtual deadline; the scheduler wakes it when the clock reaches the
//! deadline (checked at every periodic check), or, when every thread waits
//! and one of them has a deadline, moves the clock straight to the earliest
//! deadline (`Sched::hand_off`). Nothing waits in real time, and the clock
//! is a function of the program alone.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Virtual nanoseconds per executed instruction (10 million instructions
/// per virtual second, about CPython's speed on simple code).
pub const STEP_NS: u64 = 100;

/// `time.time()` at virtual time zero: 2024-01-01 00:00:00 UTC.
pub const EPOCH_SECS: u64 = 1_704_067_200;

static VIRTUAL: AtomicBool = AtomicBool::new(false);

/// Virtual nanoseconds since the start. Changed only by the GIL holder
/// (and by the scheduler under its mutex when every thread waits).
static NOW: super::Line<AtomicU64> = super::Line(AtomicU64::new(0));

/// Makes time virtual (before any thread starts).
pub fn set_virtual() {
    VIRTUAL.store(true, Ordering::Release);
}

#[inline]
pub fn is_virtual() -> bool {
    VIRTUAL.load(Ordering::Relaxed)
}

/// Counts `n` executed instructions (by the GIL holder).
#[inline]
pub fn executed(n: u64) {
    if is_virtual() {
        // Only the holder changes the clock, and the hand-off orders one
        // holder's changes before the next one's: a plain load and store
        // do, without the locked add's cost on every count.
        let t = NOW.load(Ordering::Relaxed);
        NOW.store(t + n * STEP_NS, Ordering::Relaxed);
    }
}

/// The virtual clock, in nanoseconds.
pub fn virtual_now() -> u64 {
    NOW.load(Ordering::Acquire)
}

/// Moves the virtual clock forward to `t` (never back).
pub(super) fn jump_to(t: u64) {
    NOW.fetch_max(t, Ordering::AcqRel);
}

/// The end of a wait: a real instant, or a virtual time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Deadline {
    Real(Instant),
    Virtual(u64),
}

/// The deadline `d` from now, on the clock in use.
pub fn deadline_after(d: Duration) -> Deadline {
    if is_virtual() {
        let ns = u64::try_from(d.as_nanos()).unwrap_or(u64::MAX);
        Deadline::Virtual(virtual_now().saturating_add(ns))
    } else {
        Deadline::Real(Instant::now() + d)
    }
}

/// Time since an arbitrary fixed start, like CLOCK_MONOTONIC (`real` is
/// the real monotonic clock), or the virtual clock.
pub fn monotonic(real: impl FnOnce() -> Duration) -> Duration {
    if is_virtual() {
        Duration::from_nanos(virtual_now())
    } else {
        real()
    }
}

/// Time since the Unix epoch: the system clock, or `EPOCH_SECS` plus the
/// virtual clock.
pub fn since_epoch() -> Duration {
    if is_virtual() {
        Duration::from_secs(EPOCH_SECS) + Duration::from_nanos(virtual_now())
    } else {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
    }
}
