//! Watching the GIL (SPEC §2.8): `--gil-stats`, per-thread figures printed
//! to stderr at exit, and `--trace-gil FILE`, the timeline as Chrome Trace
//! Event Format JSON (one complete event per GIL hold). Off unless asked
//! for: every hook is one relaxed load then.
//!
//! Each thread keeps its own figures (thread-local, touched only by that
//! thread) and hands them in when it ends (`finish`); the main thread's are
//! folded in by `report`. Trace events go to one list as holds end. With
//! `--deterministic` trace times are the virtual clock's, so the file is
//! the same on every run.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use parking_lot::Mutex;

/// Either flag: the hooks run.
static ON: AtomicBool = AtomicBool::new(false);
static STATS: AtomicBool = AtomicBool::new(false);
static TRACE: AtomicBool = AtomicBool::new(false);

/// One GIL hold, or (`dur` None) a thread's start or end.
struct Event {
    tid: usize,
    ts_ns: u64,
    dur_ns: Option<u64>,
    instructions: u64,
    why: String,
}

static EVENTS: Mutex<Vec<Event>> = Mutex::new(Vec::new());

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
    /// The trace clock and instruction count when it got the GIL.
    static HOLD_START: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
    /// What the next `blocked` release waits on (traced holds only).
    static BLOCKED_ON: RefCell<String> = const { RefCell::new(String::new()) };
    static READY_SINCE: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// Figures of threads that have ended, with their names.
static ENDED: Mutex<Vec<(usize, String, Figures)>> = Mutex::new(Vec::new());

pub fn enable_stats() {
    STATS.store(true, Ordering::Release);
    ON.store(true, Ordering::Release);
}

/// Where `--trace-gil` writes the timeline.
static TRACE_PATH: Mutex<Option<String>> = Mutex::new(None);

pub fn enable_trace(path: &str) {
    *TRACE_PATH.lock() = Some(path.to_string());
    TRACE.store(true, Ordering::Release);
    ON.store(true, Ordering::Release);
}

/// Writes the timeline to the `--trace-gil` file, if one was asked for
/// (at exit, also the exit of a deadlock).
pub fn write_trace() -> std::io::Result<()> {
    let Some(path) = TRACE_PATH.lock().clone() else {
        return Ok(());
    };
    std::fs::write(&path, trace_json(&super::thread_names()))
        .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {}", path, e)))
}

/// True when holds are traced (a blocking thread then says what on).
pub fn tracing() -> bool {
    TRACE.load(Ordering::Relaxed)
}

/// What the calling thread is about to block on, for the trace.
pub fn blocking_on(what: String) {
    BLOCKED_ON.with(|b| *b.borrow_mut() = what);
}

/// The trace's clock: real time since the first event, or the virtual
/// clock.
fn trace_now() -> u64 {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    if super::clock::is_virtual() {
        super::clock::virtual_now()
    } else {
        START.get_or_init(Instant::now).elapsed().as_nanos() as u64
    }
}

fn instructions() -> u64 {
    MINE.with(|m| m.borrow().instructions)
}

/// A thread's start or end on the timeline.
pub fn mark(what: &str) {
    if TRACE.load(Ordering::Relaxed) {
        EVENTS.lock().push(Event {
            tid: super::me(),
            ts_ns: trace_now(),
            dur_ns: None,
            instructions: 0,
            why: what.to_string(),
        });
    }
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
    if tracing() {
        HOLD_START.with(|h| h.set((trace_now(), instructions())));
    }
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
    if tracing() {
        let (start, count) = HOLD_START.with(|h| h.get());
        let why = match why {
            Why::Blocked => {
                let on = BLOCKED_ON.with(|b| std::mem::take(&mut *b.borrow_mut()));
                if on.is_empty() {
                    "blocked".to_string()
                } else {
                    format!("blocked on {}", on)
                }
            }
            other => WHYS[other as usize].to_string(),
        };
        EVENTS.lock().push(Event {
            tid: super::me(),
            ts_ns: start,
            dur_ns: Some(trace_now().saturating_sub(start)),
            instructions: instructions() - count,
            why,
        });
    }
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
    if !STATS.load(Ordering::Relaxed) {
        return None;
    }
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

/// The main thread's last hold ends (at exit).
pub fn main_exit() {
    if on() {
        released(Why::Exit);
        mark("thread end");
    }
}

/// The trace as Chrome Trace Event Format JSON; `names` are the threads'
/// names by number.
pub fn trace_json(names: &[(usize, String)]) -> String {
    let mut out = String::from("{\"displayTimeUnit\":\"ns\",\"traceEvents\":[\n");
    let name = |t: usize| {
        names
            .iter()
            .find(|(i, _)| *i == t)
            .map(|(_, n)| n.as_str())
            .unwrap_or("?")
    };
    let us = |ns: u64| format!("{}.{:03}", ns / 1000, ns % 1000);
    let mut lines: Vec<String> = names
        .iter()
        .map(|(t, n)| {
            format!(
                "{{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":1,\"tid\":{},\"args\":{{\"name\":{}}}}}",
                t,
                json_str(n)
            )
        })
        .collect();
    for e in EVENTS.lock().iter() {
        lines.push(match e.dur_ns {
            Some(d) => format!(
                "{{\"ph\":\"X\",\"name\":{},\"pid\":1,\"tid\":{},\"ts\":{},\"dur\":{},\"args\":{{\"instructions\":{},\"ended\":{}}}}}",
                json_str(name(e.tid)),
                e.tid,
                us(e.ts_ns),
                us(d),
                e.instructions,
                json_str(&e.why)
            ),
            None => format!(
                "{{\"ph\":\"i\",\"s\":\"t\",\"name\":{},\"pid\":1,\"tid\":{},\"ts\":{}}}",
                json_str(&e.why),
                e.tid,
                us(e.ts_ns)
            ),
        });
    }
    out.push_str(&lines.join(",\n"));
    out.push_str("\n]}\n");
    out
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
