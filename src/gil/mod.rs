//! The global interpreter lock, which is also the thread scheduler.
//!
//! One structure decides which thread runs (DESIGN.md, "The scheduler is the
//! GIL"): the holder, the FIFO of threads ready to run, and for every thread
//! what it is doing. A `parking_lot` mutex guards that structure and each
//! thread parks on a condition variable of its own, so a hand-off wakes
//! exactly the thread that gets the GIL.
//!
//! The rules (SPEC §2):
//! - A thread runs only while it is the holder; only the holder touches
//!   interpreter objects (see `guard`).
//! - Every `switch_interval` instructions the eval loop calls `periodic`:
//!   if another thread is ready, the holder hands the GIL to the one that
//!   has waited longest and queues at the back (`yield_turn`). It cannot
//!   retake the GIL before that thread has run: only a hand-off makes a
//!   thread the holder.
//! - A thread that blocks (lock, join, sleep, I/O) gives the GIL to the next
//!   ready thread (or leaves it free) and parks. A gilt primitive released
//!   by the holder moves its waiter to the ready queue at that instruction
//!   (`wake`), which is what makes CPU-only programs interleave the same way
//!   on every run.

pub mod clock;
pub mod guard;
pub mod stats;

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

use parking_lot::{Condvar, Mutex};

use clock::Deadline;

use crate::vm::{PyResult, Vm};

/// A gilt thread's number (0 is the main thread). Not the OS thread id.
pub type Tid = usize;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    /// Holds the GIL or waits in the ready queue (`Sched::holder` and
    /// `Sched::ready` tell which). One state for both, so that a hand-off
    /// writes nothing to the two threads' slots: each write would be a
    /// cache miss, as the slot was last written by the other thread.
    Runnable,
    /// Parked until `wake` (or its deadline).
    Blocked,
    /// Outside the interpreter (blocking I/O, real sleep) without the GIL.
    Away,
    Finished,
}

struct Slot {
    state: State,
    cv: Arc<Condvar>,
    /// The thread's name for reports (`threading` sets it).
    name: String,
    /// What it waits on, and where: filled in only when a deadlock report
    /// asks (see `deadlock_report`).
    wait: Option<WaitInfo>,
    /// Asked to describe its wait for a deadlock report.
    report: bool,
    /// Blocked with a deadline (a timer can wake it).
    timed: bool,
    /// With `--deterministic`: the virtual deadline it is blocked until,
    /// and when it blocked (earlier first among equal deadlines).
    vdeadline: Option<(u64, u64)>,
    /// The virtual clock reached its deadline (the wait timed out).
    timed_out: bool,
    /// Asleep on `cv` in `wait_turn` (not spinning).
    parked: bool,
    /// Blocked and spinning on `go` (see `block_once`): the hand-off that
    /// makes it the holder sets `go`.
    spins_on_go: bool,
    go: Arc<Line<AtomicBool>>,
    /// Away waiting for the user to type (the REPL's prompt): the virtual
    /// clock need not wait for it.
    at_prompt: bool,
}

/// What a blocked thread waits on, for the deadlock report. Built only
/// when a report is made, by the waiting thread itself (it may name
/// variables of its own frames).
#[derive(Clone, Debug)]
pub struct WaitInfo {
    /// e.g. `lock "lock_1"`, `an item in queue "q"`; empty for a join.
    pub what: String,
    /// The thread holding it (for a join: the thread joined), if known.
    pub holder: Option<Tid>,
    /// "file:line" of the waiting code.
    pub location: String,
}

/// The FIFO of threads ready for the GIL. The first `INLINE` entries live
/// in the scheduler structure itself, on the cache line its mutex is on:
/// a `VecDeque`'s buffer was one more line that every hand-off missed
/// (the other thread had pushed to it last). More threads overflow into
/// `more`; while `more` has any, the ring is full.
#[repr(C)]
struct ReadyQueue {
    head: u8,
    len: u8,
    ring: [u32; ReadyQueue::INLINE],
    more: VecDeque<Tid>,
}

impl ReadyQueue {
    const INLINE: usize = 7;

    const fn new() -> Self {
        ReadyQueue {
            head: 0,
            len: 0,
            ring: [0; Self::INLINE],
            more: VecDeque::new(),
        }
    }

    fn len(&self) -> usize {
        self.len as usize + self.more.len()
    }

    fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn front(&self) -> Option<Tid> {
        (self.len > 0).then(|| self.ring[self.head as usize] as Tid)
    }

    fn push_back(&mut self, t: Tid) {
        let len = self.len as usize;
        match u32::try_from(t) {
            Ok(t) if len < Self::INLINE => {
                self.ring[(self.head as usize + len) % Self::INLINE] = t;
                self.len += 1;
            }
            // (A Tid past u32 is beyond any real thread count; it would
            // only make the ring's one-entry-per-thread bound wrong.)
            _ => self.more.push_back(t),
        }
    }

    fn pop_front(&mut self) -> Option<Tid> {
        let t = self.front()?;
        self.head = ((self.head as usize + 1) % Self::INLINE) as u8;
        self.len -= 1;
        if let Some(m) = self.more.pop_front() {
            self.push_back(m);
        }
        Some(t)
    }

    /// Takes `t` out of the queue; false if it was not in it.
    fn remove(&mut self, t: Tid) -> bool {
        let mut all: Vec<Tid> = std::iter::from_fn(|| self.pop_front()).collect();
        let found = all.iter().position(|&x| x == t).map(|at| all.remove(at));
        for x in all {
            self.push_back(x);
        }
        found.is_some()
    }
}

#[repr(C)] // what a hand-off touches first, on the mutex's line (see `Hot`)
struct Sched {
    holder: Option<Tid>,
    ready: ReadyQueue,
    slots: Vec<Slot>,
    /// Threads registered and not finished.
    live: usize,
}

/// What every hand-off reads and writes, on one cache line: the count
/// of ready threads (read without the mutex at every periodic check), the
/// mutex, and the start of `Sched` (the holder and the inline ready
/// queue). The line moves to the releasing thread's core once per
/// hand-off; spread over lines, each was a miss of its own
/// (`hot_state_fits_one_cache_line` checks the layout).
#[repr(C)]
struct Hot {
    /// Threads in the ready queue: the eval loop's periodic check costs
    /// one load when nobody else wants the GIL.
    ready: AtomicU32,
    /// `Sched::holder` readable without the mutex (`u32::MAX`: nobody),
    /// for the thread next in line, which spins on it instead of sleeping.
    holder: AtomicU32,
    sched: Mutex<Sched>,
}

static GIL: Line<Hot> = Line(Hot {
    ready: AtomicU32::new(0),
    holder: AtomicU32::new(u32::MAX),
    sched: Mutex::new(Sched {
        holder: None,
        ready: ReadyQueue::new(),
        slots: Vec::new(),
        live: 0,
    }),
});

/// Locks the scheduler.
#[inline]
fn sched() -> parking_lot::MutexGuard<'static, Sched> {
    GIL.sched.lock()
}

/// A value alone on its cache lines (128 bytes: CPUs fetch lines in
/// pairs). What the hand-off writes sits on lines of its own, so that a
/// write does not take away the line of a flag the other threads read at
/// every turn (false sharing: it once made each hand-off several cache
/// misses slower).
#[repr(align(128))]
pub(crate) struct Line<T>(pub(crate) T);

impl<T> std::ops::Deref for Line<T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        &self.0
    }
}

/// The earliest virtual deadline of a blocked thread (`u64::MAX`: none),
/// for the periodic check to compare with the clock without the mutex.
static NEXT_DEADLINE: AtomicU64 = AtomicU64::new(u64::MAX);

/// Orders blocked threads with equal virtual deadlines.
static BLOCK_SEQ: AtomicU64 = AtomicU64::new(0);

/// How long a thread spins for its turn before it parks (`spin_for_turn`).
/// A turn of the default 100 instructions takes a microsecond or two,
/// while parking and being woken by the kernel costs several; the spin
/// covers a few turns.
const SPIN: std::time::Duration = std::time::Duration::from_micros(50);

/// The shortest spin: when spins keep running out (more threads want a
/// core than there are cores, often because of other processes, so the
/// holder may be off its core for a whole time slice), each thread's spin
/// shrinks to this, and grows back to `SPIN` as turns arrive while it
/// spins.
const SPIN_MIN: std::time::Duration = std::time::Duration::from_micros(10);

thread_local! {
    static ME: std::cell::Cell<Tid> = const { std::cell::Cell::new(usize::MAX) };
    /// How long this thread spins for its turn now (see `SPIN_MIN`).
    static SPIN_BUDGET: std::cell::Cell<std::time::Duration> = const { std::cell::Cell::new(SPIN) };
    /// When this thread's last spin ran out (it then parked).
    static SPUN_OUT: std::cell::Cell<Option<Instant>> = const { std::cell::Cell::new(None) };
    /// How many times this thread has taken the GIL back after giving it up.
    static TURNS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// How many times the calling thread has taken the GIL back after a wait,
/// a `sleep(0)` or I/O: a VM that sees it change starts a full countdown
/// (`Vm::resync_turn`), so every turn is N instructions.
pub fn turns() -> u32 {
    TURNS.with(|t| t.get())
}

/// The calling thread holds the GIL again after giving it up.
fn took_gil_back() {
    TURNS.with(|t| t.set(t.get().wrapping_add(1)));
    // A spin that ran out, for a wait that turned out shorter than a full
    // spin: the full spin would have caught the turn without the kernel,
    // so spin in full again. Without this the budget, once shrunk, stayed
    // shrunk: at the shortest spin few waits end in time, and only a spin
    // that ends in time grew it (two threads handing a queue back and
    // forth every few microseconds settled in the slow state on some runs
    // and not others).
    if let Some(since) = SPUN_OUT.with(|s| s.take()) {
        if since.elapsed() < SPIN {
            SPIN_BUDGET.with(|b| b.set(SPIN));
        }
    }
    stats::acquired();
}

/// This OS thread's gilt thread number.
pub fn me() -> Tid {
    ME.with(|m| m.get())
}

impl Sched {
    fn set_ready_count(&self) {
        GIL.ready.store(self.ready.len() as u32, Ordering::Release);
    }

    /// Publishes the new holder. Always the last change of a hand-off: a
    /// spinning thread that sees itself in `Hot::holder` starts running without
    /// taking the mutex, so every other change it may read without the
    /// mutex (`Hot::ready`, for its next periodic check) must come first.
    fn set_holder(&mut self, h: Option<Tid>) {
        self.holder = h;
        GIL.holder
            .store(h.map_or(u32::MAX, |h| h as u32), Ordering::Release);
        if let Some(slot) = h.and_then(|h| self.slots.get_mut(h)) {
            if std::mem::take(&mut slot.spins_on_go) {
                slot.go.store(true, Ordering::Release);
            }
        }
    }

    /// Gives the GIL to the first ready thread, or leaves it free. The
    /// caller has already put itself where it goes (the ready queue, or
    /// blocked). (The thread that becomes next in line is not woken early
    /// to spin: with more threads than cores the extra wake-ups and
    /// spinners cost more than they save.)
    fn hand_off(&mut self) {
        let mut next = self.ready.pop_front();
        if next.is_none() && clock::is_virtual() {
            next = self.jump_to_deadline();
        }
        self.set_ready_count();
        self.set_holder(next);
        // A thread that is not parked is spinning (on `Hot::holder`, or on
        // its `go` flag, which `set_holder` set), or will look at `holder`
        // under the mutex before it parks.
        if let Some(next) = next.filter(|&n| self.slots[n].parked) {
            self.slots[next].cv.notify_one();
        }
    }

    /// With virtual time, when no thread can run: moves the clock to the
    /// earliest virtual deadline and times that thread's wait out, unless
    /// a thread is outside the interpreter (its return may come first).
    fn jump_to_deadline(&mut self) -> Option<Tid> {
        if self
            .slots
            .iter()
            .any(|x| x.state == State::Away && !x.at_prompt)
        {
            return None;
        }
        let (t, (d, _)) = self
            .slots
            .iter()
            .enumerate()
            .filter(|(_, x)| x.state == State::Blocked)
            .filter_map(|(i, x)| x.vdeadline.map(|d| (i, d)))
            .min_by_key(|&(_, d)| d)?;
        clock::jump_to(d);
        self.slots[t].state = State::Runnable;
        self.slots[t].timed_out = true;
        self.slots[t].vdeadline = None;
        self.refresh_next_deadline();
        Some(t)
    }

    /// Makes ready, in deadline order, every thread whose virtual deadline
    /// the clock has reached (called at periodic checks).
    fn expire_deadlines(&mut self) {
        let now = clock::virtual_now();
        let mut due: Vec<(u64, u64, Tid)> = self
            .slots
            .iter()
            .enumerate()
            .filter(|(_, x)| x.state == State::Blocked)
            .filter_map(|(i, x)| x.vdeadline.filter(|d| d.0 <= now).map(|(d, q)| (d, q, i)))
            .collect();
        due.sort_unstable();
        for (_, _, t) in due {
            self.slots[t].timed_out = true;
            self.make_ready(t);
        }
        self.refresh_next_deadline();
    }

    fn refresh_next_deadline(&self) {
        let next = self
            .slots
            .iter()
            .filter(|x| x.state == State::Blocked)
            .filter_map(|x| x.vdeadline.map(|d| d.0))
            .min()
            .unwrap_or(u64::MAX);
        NEXT_DEADLINE.store(next, Ordering::Release);
    }

    /// Queues `t` for the GIL, or gives it at once if the GIL is free.
    fn make_ready(&mut self, t: Tid) {
        self.slots[t].vdeadline = None;
        // (A woken thread's wait record and timer flag stay: they are read
        // only while it is blocked, and `block` and `set_wait` renew them.)
        if self.holder.is_none() && self.ready.is_empty() {
            self.slots[t].state = State::Runnable;
            self.set_holder(Some(t));
            self.slots[t].cv.notify_one();
        } else {
            self.slots[t].state = State::Runnable;
            self.ready.push_back(t);
            self.set_ready_count();
        }
    }
}

fn new_slot(s: &mut Sched, state: State) -> Tid {
    let t = s.slots.len();
    s.live += 1;
    s.slots.push(Slot {
        state,
        cv: Arc::new(Condvar::new()),
        name: if t == 0 {
            "MainThread".to_string()
        } else {
            format!("Thread-{}", t)
        },
        wait: None,
        report: false,
        timed: false,
        vdeadline: None,
        timed_out: false,
        parked: false,
        spins_on_go: false,
        go: Arc::new(Line(AtomicBool::new(false))),
        at_prompt: false,
    });
    t
}

/// Names the calling thread in reports.
pub fn set_name(name: &str) {
    let t = me();
    let mut s = sched();
    if let Some(slot) = s.slots.get_mut(t) {
        slot.name = name.to_string();
    }
}

/// True if the calling thread blocking now, with no deadline, would leave
/// no thread able to run: nothing ready, every other live thread blocked
/// without a timer, none outside the interpreter (I/O, real sleeps).
pub fn would_deadlock() -> bool {
    let t = me();
    let s = sched();
    if !s.ready.is_empty() {
        return false;
    }
    s.slots.iter().enumerate().all(|(i, slot)| {
        i == t || slot.state == State::Finished || (slot.state == State::Blocked && !slot.timed)
    })
}

/// The deadlock report: one line per live thread with what it waits on,
/// where, and who holds it. `mine` describes the calling thread's wait.
/// Called with the GIL by the thread whose wait completed the deadlock:
/// first every other blocked thread is given one turn to describe its own
/// wait (see `block`), then the report is written from what they said.
pub fn deadlock_report(mine: WaitInfo) -> String {
    let t = me();
    REPORTING.store(true, Ordering::Release);
    let mut s = sched();
    let mut asked = false;
    for i in 0..s.slots.len() {
        if i != t && s.slots[i].state == State::Blocked {
            s.slots[i].report = true;
            s.make_ready(i);
            asked = true;
        }
    }
    s.slots[t].wait = Some(mine);
    if asked {
        // Behind them: each describes itself and blocks again.
        guard::set_held(false);
        s.ready.push_back(t);
        s.hand_off();
        wait_turn(s, t);
        guard::set_held(true);
        s = sched();
    }
    let name = |i: Tid| {
        s.slots
            .get(i)
            .map(|x| x.name.clone())
            .unwrap_or_else(|| format!("Thread-{}", i))
    };
    let mut out = String::from("Deadlock: every thread is blocked and none can wake the others.\n");
    for (i, slot) in s.slots.iter().enumerate() {
        if slot.state == State::Finished {
            continue;
        }
        match &slot.wait {
            Some(w) if w.what.is_empty() => {
                let joined = w.holder.map(&name).unwrap_or_default();
                out.push_str(&format!(
                    "  Thread \"{}\" waits for thread \"{}\" to end (join) at {}\n",
                    slot.name, joined, w.location
                ));
            }
            Some(w) => {
                let holder = match w.holder {
                    Some(h) if h == i => " held by itself".to_string(),
                    Some(h) => format!(" held by \"{}\"", name(h)),
                    None => String::new(),
                };
                out.push_str(&format!(
                    "  Thread \"{}\" waits for {}{} at {}\n",
                    slot.name, w.what, holder, w.location
                ));
            }
            None => out.push_str(&format!("  Thread \"{}\" is blocked\n", slot.name)),
        }
    }
    out
}

/// Waits until the calling thread is the holder. The thread next in line
/// first spins (see `spin_for_turn`); the others, and a spinner whose wait
/// runs long, park on their condition variable. Who gets the GIL is
/// decided by the holder alone, so spinning changes how fast a hand-off
/// lands, never the schedule.
fn wait_turn(mut s: parking_lot::MutexGuard<'static, Sched>, me: Tid) {
    while s.holder != Some(me) {
        // Next in line, and no more threads want a core than there are
        // cores (the holder and the ready queue): otherwise the spinner
        // takes the core a woken thread needs.
        if s.ready.front() == Some(me) && s.ready.len() < cores() {
            match spin_for_turn(s, me, false) {
                Ok(()) => return,
                Err(again) => s = again,
            }
            if s.holder == Some(me) {
                break;
            }
        }
        // (Cloned only to park: the count of an Arc shares a cache line
        // with other threads' counts, so each clone can be a miss.)
        let cv = s.slots[me].cv.clone();
        s.slots[me].parked = true;
        cv.wait(&mut s);
        s.slots[me].parked = false;
    }
}

/// Spins with the mutex released until the calling thread is the holder
/// or `SPIN` has passed. A hand-off through the
/// kernel (futex wake, then the woken thread scheduled) costs several
/// microseconds; one seen by a spinning thread costs a cache-line
/// transfer. Spinning only pays while every thread that wants to run has
/// a core of its own: callers spin only when they are next in line and
/// the ready queue is short, or when nothing else is ready, and nobody
/// spins on one core.
///
/// The mutex is given up for the spin. On success (`Ok`) it is not taken
/// again: the holder wrote `Hot::holder` under the mutex after every change it
/// made, so the Acquire load that sees it orders those changes (and the
/// objects the old holder touched) before everything this thread does
/// next. Otherwise the mutex comes back (`Err`), for the caller to park.
///
/// A thread that yielded spins on `Hot::holder`: its reads keep the hot
/// line shared, so the holder's next periodic check finds it in cache. A
/// blocked thread spins on a flag of its own instead (`go`): the holder
/// takes the scheduler's mutex on the hot line at every wake-up it makes
/// (a lock release with a waiter, say), and a spinner reading that line
/// would make each of those a miss.
fn spin_for_turn(
    mut s: parking_lot::MutexGuard<'static, Sched>,
    me: Tid,
    blocked: bool,
) -> Result<(), parking_lot::MutexGuard<'static, Sched>> {
    if cores() < 2 {
        return Err(s);
    }
    let go = blocked.then(|| {
        s.slots[me].spins_on_go = true;
        s.slots[me].go.clone()
    });
    drop(s);
    let mine = || match &go {
        Some(go) => go.load(Ordering::Acquire),
        None => GIL.holder.load(Ordering::Acquire) as Tid == me,
    };
    let budget = SPIN_BUDGET.with(|b| b.get());
    let start = Instant::now();
    let mut i = 0u32;
    while !mine() {
        std::hint::spin_loop();
        i = i.wrapping_add(1);
        if i.is_multiple_of(64) && start.elapsed() > budget {
            SPIN_BUDGET.with(|b| b.set((budget / 4).max(SPIN_MIN)));
            SPUN_OUT.with(|s| s.set(Some(start)));
            let mut s = sched();
            s.slots[me].spins_on_go = false;
            if let Some(go) = &go {
                go.store(false, Ordering::Relaxed);
            }
            return Err(s);
        }
    }
    if let Some(go) = &go {
        // Set only by the hand-off to this thread, which also cleared
        // `spins_on_go`: nothing writes it until this thread spins again.
        go.store(false, Ordering::Relaxed);
    }
    SPIN_BUDGET.with(|b| b.set((budget * 2).min(SPIN)));
    Ok(())
}

fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// Makes Ctrl-C raise KeyboardInterrupt in the main thread (at its next
/// periodic check, or at once if it waits in a gilt primitive).
pub fn install_sigint_handler() {
    // An error means a handler is already installed (a second interpreter
    // in the same process): keep the first.
    let _ = ctrlc::set_handler(interrupt_main);
}

/// Makes the calling OS thread the main gilt thread and gives it the GIL.
pub fn init_main_thread() {
    let mut s = sched();
    let t = new_slot(&mut s, State::Away);
    ME.with(|m| m.set(t));
    s.make_ready(t);
    wait_turn(s, t);
    guard::set_held(true);
    stats::acquired();
    stats::mark("thread start");
}

/// Registers a new thread (called by its creator, with the GIL): it enters
/// the ready queue now, so its place in the schedule does not depend on
/// when the OS starts it.
pub fn register_thread() -> Tid {
    let mut s = sched();
    let t = new_slot(&mut s, State::Runnable);
    s.ready.push_back(t);
    s.set_ready_count();
    t
}

/// The first thing a new OS thread does: wait for its first turn.
pub fn start_thread(t: Tid) {
    ME.with(|m| m.set(t));
    stats::ready();
    let s = sched();
    wait_turn(s, t);
    guard::set_held(true);
    stats::acquired();
    stats::mark("thread start");
}

/// The last thing a thread does: give the GIL away for good.
pub fn finish_thread() {
    stats::released(stats::Why::Exit);
    stats::mark("thread end");
    guard::set_held(false);
    let t = me();
    let mut s = sched();
    if stats::on() {
        stats::finish(
            t,
            s.slots.get(t).map(|x| x.name.clone()).unwrap_or_default(),
        );
    }
    if t < s.slots.len() && s.slots[t].state != State::Finished {
        s.slots[t].state = State::Finished;
        s.live = s.live.saturating_sub(1);
    }
    if s.holder == Some(t) {
        s.hand_off();
    }
}

/// True when another thread waits for the GIL.
#[inline]
pub fn others_ready() -> bool {
    GIL.ready.load(Ordering::Acquire) > 0
}

/// Hands the GIL to the next ready thread and waits for it to come back
/// (the periodic switch, and `time.sleep(0)`: `why`). No-op when nobody
/// waits.
pub fn yield_turn(why: stats::Why) {
    if !others_ready() {
        return;
    }
    let t = me();
    guard::set_held(false);
    let mut s = sched();
    if s.ready.is_empty() {
        drop(s);
        guard::set_held(true);
        return;
    }
    stats::released(why);
    // Behind the others, then the first of them gets the GIL.
    s.ready.push_back(t);
    s.hand_off();
    wait_turn(s, t);
    guard::set_held(true);
    took_gil_back();
}

/// Runs `f` (which must not touch interpreter objects) without the GIL:
/// blocking I/O and real sleeps.
pub fn allow_threads<T>(f: impl FnOnce() -> T) -> T {
    let t = me();
    if t == usize::MAX {
        return f();
    }
    go_away(t);
    let r = f();
    come_back(t);
    r
}

/// `allow_threads` for reading the REPL's input: the other threads run
/// while the prompt waits, and with virtual time their timers fire (a
/// person typing takes no virtual time).
pub fn allow_threads_at_prompt<T>(f: impl FnOnce() -> T) -> T {
    let t = me();
    sched().slots[t].at_prompt = true;
    let r = allow_threads(f);
    sched().slots[t].at_prompt = false;
    r
}

/// Runs `f` with the GIL from inside `allow_threads` (the REPL's tab
/// completion looks at objects while the prompt waits), then gives the
/// GIL up again.
pub fn with_gil<T>(f: impl FnOnce() -> T) -> T {
    let t = me();
    come_back(t);
    let r = f();
    go_away(t);
    r
}

/// The GIL holder `t` leaves the interpreter (`State::Away`).
fn go_away(t: Tid) {
    stats::released(stats::Why::Io);
    guard::set_held(false);
    let mut s = sched();
    s.slots[t].state = State::Away;
    s.hand_off();
}

/// Thread `t`, away, takes its turn with the GIL again.
fn come_back(t: Tid) {
    stats::ready();
    let mut s = sched();
    s.make_ready(t);
    wait_turn(s, t);
    guard::set_held(true);
    took_gil_back();
}

/// Why `block` returned.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Wake {
    /// Another thread called `wake`.
    Woken,
    TimedOut,
}

/// Gives up the GIL and parks until `wake(me())` or the deadline, then
/// takes the GIL back. The caller must have recorded itself as a waiter
/// (under the GIL) before calling, so the waker can find it. `describe`
/// says what it waits on, if a deadlock report asks (it runs with the GIL;
/// the thread then blocks again, its wait unchanged).
pub fn block(deadline: Option<Deadline>, describe: &mut dyn FnMut() -> WaitInfo) -> Wake {
    let t = me();
    if stats::tracing() {
        let what = describe().what;
        stats::blocking_on(if what.is_empty() {
            "join".to_string()
        } else {
            what
        });
    }
    loop {
        let wake = block_once(t, deadline);
        if !REPORTING.load(Ordering::Acquire) || !std::mem::take(&mut sched().slots[t].report) {
            return wake;
        }
        let info = describe();
        sched().slots[t].wait = Some(info);
    }
}

fn block_once(t: Tid, deadline: Option<Deadline>) -> Wake {
    stats::released(stats::Why::Blocked);
    guard::set_held(false);
    let mut s = sched();
    s.slots[t].state = State::Blocked;
    s.slots[t].timed = deadline.is_some();
    if let Some(Deadline::Virtual(d)) = deadline {
        s.slots[t].vdeadline = Some((d, BLOCK_SEQ.fetch_add(1, Ordering::Relaxed)));
        s.refresh_next_deadline();
    }
    s.hand_off();
    // A short wait (the other thread of a ping-pong releasing a lock or
    // notifying a condition) ends here, without a trip through the kernel.
    // Only with few threads alive (say a main thread waiting in join and
    // two workers): with many, several blocked threads would spin at once
    // and take the cores the running and woken threads need.
    if s.ready.is_empty() && s.live <= cores() + 1 {
        match spin_for_turn(s, t, true) {
            Ok(()) => {
                guard::set_held(true);
                stats::ready();
                took_gil_back();
                if clock::is_virtual() && std::mem::take(&mut sched().slots[t].timed_out) {
                    return Wake::TimedOut;
                }
                return Wake::Woken;
            }
            Err(again) => s = again,
        }
    }
    let cv = s.slots[t].cv.clone();
    let mut result = Wake::Woken;
    s.slots[t].parked = true;
    while s.slots[t].state == State::Blocked {
        match deadline {
            Some(Deadline::Real(d)) => {
                if cv.wait_until(&mut s, d).timed_out() && s.slots[t].state == State::Blocked {
                    result = Wake::TimedOut;
                    s.make_ready(t);
                }
            }
            // The scheduler times a virtual wait out (`timed_out`).
            Some(Deadline::Virtual(_)) | None => cv.wait(&mut s),
        }
    }
    s.slots[t].parked = false;
    if std::mem::take(&mut s.slots[t].timed_out) {
        result = Wake::TimedOut;
    }
    stats::ready();
    wait_turn(s, t);
    guard::set_held(true);
    took_gil_back();
    result
}

/// Moves a blocked thread to the ready queue (called with the GIL). Returns
/// false if it was no longer blocked (it timed out meanwhile).
pub fn wake(t: Tid) -> bool {
    let mut s = sched();
    if t < s.slots.len() && s.slots[t].state == State::Blocked {
        s.make_ready(t);
        return true;
    }
    false
}

/// Undoes `wake(t)` while `t` has not run since: takes it out of the
/// ready queue and makes it blocked again, its wait unchanged. For a lock
/// taken again by the thread that released it before the woken waiter ran:
/// the waiter could only find it held and block again, at the cost of two
/// hand-offs. Not done to a main thread with a Ctrl-C pending. Returns
/// false if `t` was not waiting in the ready queue.
pub fn unwake(t: Tid) -> bool {
    let mut s = sched();
    if t == 0 && INTERRUPT.load(Ordering::Acquire) {
        return false;
    }
    if s.slots.get(t).map(|x| x.state) != Some(State::Runnable) {
        return false;
    }
    if !s.ready.remove(t) {
        return false;
    }
    s.slots[t].state = State::Blocked;
    s.set_ready_count();
    true
}

/// Set while a deadlock report is gathered: blocked threads woken then
/// look at their `report` flag.
static REPORTING: AtomicBool = AtomicBool::new(false);

/// Set by `_thread.interrupt_main` (and Ctrl-C): the main thread raises
/// KeyboardInterrupt at its next periodic check.
static INTERRUPT: AtomicBool = AtomicBool::new(false);

/// Asks the main thread to raise KeyboardInterrupt (Ctrl-C, or
/// `_thread.interrupt_main`). May be called from any OS thread, with or
/// without the GIL: a main thread parked in a gilt wait is made ready, and
/// the wait raises when it gets the GIL back.
pub fn interrupt_main() {
    INTERRUPT.store(true, Ordering::Release);
    let mut s = sched();
    if s.slots.first().is_some_and(|m| m.state == State::Blocked) {
        s.make_ready(0);
    }
}

/// Takes a pending interrupt if the caller is the main thread.
pub fn take_interrupt() -> bool {
    me() == 0 && INTERRUPT.load(Ordering::Relaxed) && INTERRUPT.swap(false, Ordering::AcqRel)
}

/// Sleeps without the GIL until `deadline`; returns early (false) when the
/// main thread is interrupted.
pub fn sleep_until(deadline: Deadline) -> bool {
    // A timed wait is never part of a deadlock: nothing to describe.
    let mut nothing = || WaitInfo {
        what: "sleep".to_string(),
        holder: None,
        location: String::new(),
    };
    block(Some(deadline), &mut nothing) == Wake::TimedOut
}

/// The periodic check: a pending interrupt for the main thread, then the
/// hand-off if another thread is ready.
#[inline]
pub fn periodic(vm: &mut Vm) -> PyResult<()> {
    if take_interrupt() {
        return Err(vm.new_exception_args(&vm.types().keyboard_interrupt.clone(), vec![]));
    }
    if clock::is_virtual() && NEXT_DEADLINE.load(Ordering::Acquire) <= clock::virtual_now() {
        sched().expire_deadlines();
    }
    if others_ready() {
        yield_turn(stats::Why::Interval);
    }
    Ok(())
}

/// Every thread's number and name (for the GIL trace).
pub fn thread_names() -> Vec<(Tid, String)> {
    sched()
        .slots
        .iter()
        .enumerate()
        .map(|(i, s)| (i, s.name.clone()))
        .collect()
}

/// Threads started and not finished (the main thread included).
pub fn live_threads() -> usize {
    sched()
        .slots
        .iter()
        .filter(|s| s.state != State::Finished)
        .count()
}

/// Kept for callers of the old single-thread API: the main thread.
pub fn acquire() {
    if me() == usize::MAX {
        init_main_thread();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ready count, the mutex, the holder and the inline ready queue
    /// share the first 64 bytes of `GIL` (see `Hot`). The mutex's own
    /// layout is `lock_api`'s: if its lock word moved after the data, the
    /// data would not start right after `ready`.
    #[test]
    fn hot_state_fits_one_cache_line() {
        let base = &GIL.0 as *const Hot as usize;
        assert_eq!(base % 128, 0);
        let data = GIL.sched.data_ptr() as usize - base;
        let lock = std::mem::offset_of!(Hot, sched);
        assert_eq!(
            data,
            lock + 8,
            "the mutex's lock word is not before its data"
        );
        let end_of_ring = data
            + std::mem::offset_of!(Sched, ready)
            + std::mem::offset_of!(ReadyQueue, ring)
            + std::mem::size_of::<[u32; ReadyQueue::INLINE]>();
        assert!(end_of_ring <= 64, "hot state ends at byte {end_of_ring}");
    }

    #[test]
    fn ready_queue_is_fifo_past_its_inline_ring() {
        let mut q = ReadyQueue::new();
        for t in 0..20 {
            q.push_back(t);
        }
        assert_eq!(q.len(), 20);
        assert!(q.remove(3));
        assert!(!q.remove(3));
        let mut out = vec![];
        for t in 20..25 {
            out.push(q.pop_front().unwrap());
            q.push_back(t);
        }
        out.extend(std::iter::from_fn(|| q.pop_front()));
        let want: Vec<Tid> = (0..25).filter(|&t| t != 3).collect();
        assert_eq!(out, want);
        assert!(q.is_empty() && q.front().is_none());
    }
}
