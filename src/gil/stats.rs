//! `--gil-stats`: per-thread figures of how the GIL was shared, printed to
//! stderr at exit (SPEC §2.8). Off unless asked for: every hook is one
//! relaxed load then.
//!
//! Each thread keeps its own figures (thread-local, touched only by that
//! thread) and hands them in when it ends (`finish`); the main thread's are
//! folded in by `report`.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use parking_lot::Mutex;

static ON: AtomicBool = AtomicBool::new(false);

/// Why a thread gave the GIL up.
#[derive(Clone, Copy, Debug)]
pub enum Why {
    /// Its `switch_interval` instructions ran out.
    Interval = 0,
    /// `time.sleep(0)`.
    Sleep0 = 1,
    /// It blocked (a lock, join, a queue, a condition, a sleep).
    Blocked = 2,
    /// Blocking I/O outside the interpreter.
    Io = 3,
    /// The thread ended.
    Exit = 4,
}

const WHYS: [&str; 5] = ["interval", "sleep(0)", "blocked", "io", "exit"];

#[derive(Clone, Default)]
struct Figures {
    instructions: u64,
    holds: u64,
    held: Duration,
    waited: Duration,
    longest_wait: Duration,
    switches: [u64; 5],
}

thread_local! {
    static MINE: RefCell<Figures> = RefCell::new(Figures::default());
    /// When this thread last got the GIL, and when it became ready for it.
    static HELD_SINCE: Cell<Option<Instant>> = const { Cell::new(None) };
    static READY_SINCE: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// Figures of threads that have ended, with their names.
static ENDED: Mutex<Vec<(usize, String, Figures)>> = Mutex::new(Vec::new());

pub fn enable() {
    ON.store(true, Ordering::Release);
}

#[inline]
pub fn on() -> bool {
    ON.load(Ordering::Relaxed)
}

/// The calling thread ran `n` more instructions.
#[inline]
pub fn executed(n: u64) {
    if on() {
        MINE.with(|m| m.borrow_mut().instructions += n);
    }
}

/// The calling thread is ready for the GIL from now (it yielded, or a
/// wait of its own ended).
pub fn ready() {
    if on() {
        READY_SINCE.with(|r| r.set(Some(Instant::now())));
    }
}

/// The calling thread has the GIL.
pub fn acquired() {
    if !on() {
        return;
    }
    let now = Instant::now();
    HELD_SINCE.with(|h| h.set(Some(now)));
    if let Some(since) = READY_SINCE.with(|r| r.take()) {
        let w = now - since;
        MINE.with(|m| {
            let mut m = m.borrow_mut();
            m.waited += w;
            m.longest_wait = m.longest_wait.max(w);
        });
    }
}

/// The calling thread gives the GIL up, for `why`.
pub fn released(why: Why) {
    if !on() {
        return;
    }
    let now = Instant::now();
    let held = HELD_SINCE.with(|h| h.take()).map(|t| now - t);
    MINE.with(|m| {
        let mut m = m.borrow_mut();
        m.holds += 1;
        m.held += held.unwrap_or_default();
        m.switches[why as usize] += 1;
    });
    if matches!(why, Why::Interval | Why::Sleep0) {
        READY_SINCE.with(|r| r.set(Some(now)));
    }
}

/// Hands in the figures of an ending thread.
pub fn finish(t: usize, name: String) {
    if on() {
        let mine = MINE.with(|m| m.take());
        ENDED.lock().push((t, name, mine));
    }
}

/// The table printed at exit: the calling (main) thread's figures and
/// those handed in, by thread number.
pub fn report(main_name: &str) -> Option<String> {
    if !on() {
        return None;
    }
    released(Why::Exit);
    let mut rows = ENDED.lock().clone();
    rows.push((0, main_name.to_string(), MINE.with(|m| m.take())));
    rows.sort_by_key(|r| r.0);
    let ms = |d: Duration| format!("{:.3}", d.as_secs_f64() * 1e3);
    let mut out = format!(
        "GIL statistics (times in ms)\n{:<24} {:>12} {:>8} {:>10} {:>10} {:>10}  switches by reason\n",
        "thread", "instructions", "holds", "holding", "waiting", "longest"
    );
    for (_, name, f) in rows {
        let why = WHYS
            .iter()
            .zip(f.switches)
            .filter(|(_, n)| *n > 0)
            .map(|(w, n)| format!("{} {}", w, n))
            .collect::<Vec<_>>()
            .join(", ");
        out.push_str(&format!(
            "{:<24} {:>12} {:>8} {:>10} {:>10} {:>10}  {}\n",
            name,
            f.instructions,
            f.holds,
            ms(f.held),
            ms(f.waited),
            ms(f.longest_wait),
            why
        ));
    }
    Some(out)
}
