//! `_thread`: OS threads under the GIL, and the lock every other
//! synchronisation primitive is built from (`threading` and `queue` are gilt
//! code on top of this module, as in CPython).
//!
//! A lock's state is an ordinary object guarded by the GIL. A thread that
//! finds it held queues itself on the lock and blocks in the scheduler;
//! `release` by the GIL holder frees the lock and moves the first waiter to
//! the ready queue at that instruction. As in CPython, the lock is not
//! handed over: whoever runs first takes it, so a thread that releases and
//! re-takes a lock in a loop keeps its turn (handing over would cost two
//! thread switches per iteration). A woken waiter that has not run yet when
//! the lock is taken again goes back to blocked (`gil::unwake`): it would
//! only find the lock held. Every step is taken by the GIL holder, so the
//! schedule stays a function of the program.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use std::time::Duration;

use super::{add_fns, native_class, new_native, with_native};
use crate::gil::{self, guard::GilBound, Tid};
use crate::objects::{Args, Class, Value};
use crate::vm::{PyResult, Vm, THREAD_STACK_SIZE};

/// Longest timeout accepted (seconds), as CPython's `TIMEOUT_MAX`.
pub const TIMEOUT_MAX: f64 = 9223372036.0;

pub struct Lock {
    locked: Cell<bool>,
    /// The thread that took it last (for the deadlock report).
    owner: Cell<Option<Tid>>,
    /// Threads waiting for it, in arrival order.
    waiters: RefCell<VecDeque<Tid>>,
    /// The waiter the last release woke, until it runs.
    woken: Cell<Option<Tid>>,
    /// A thread's end (`_set_sentinel`): waiting for it is a join.
    sentinel: Cell<bool>,
}

/// Why an acquire failed without returning False.
enum AcquireError {
    /// Ctrl-C reached the waiting main thread.
    Interrupted,
    /// Waiting would leave no thread able to run.
    Deadlock(gil::WaitInfo),
}

/// A reentrant lock: owner thread and depth, on top of a plain `Lock`.
pub struct RLock {
    lock: Lock,
    owner: Cell<Option<Tid>>,
    count: Cell<usize>,
}

impl Lock {
    fn new() -> Lock {
        Lock {
            locked: Cell::new(false),
            owner: Cell::new(None),
            waiters: RefCell::new(VecDeque::new()),
            woken: Cell::new(None),
            sentinel: Cell::new(false),
        }
    }

    /// Takes the free lock; a waiter woken for it that has not run yet
    /// goes back to waiting.
    fn take(&self) {
        self.locked.set(true);
        self.owner.set(Some(gil::me()));
        if let Some(w) = self.woken.take() {
            gil::unwake(w);
        }
    }

    /// Takes the lock, waiting up to `timeout` (None: forever). `describe`
    /// gives what the caller waits for and where (`what`, "file:line"),
    /// asked only for a deadlock report.
    fn acquire(
        &self,
        blocking: bool,
        timeout: Option<Duration>,
        describe: &dyn Fn() -> (String, String),
    ) -> Result<bool, AcquireError> {
        if !self.locked.get() {
            self.take();
            return Ok(true);
        }
        if !blocking {
            return Ok(false);
        }
        let info = || {
            let (what, location) = describe();
            gil::WaitInfo {
                // A join: the report names the thread instead.
                what: if self.sentinel.get() {
                    String::new()
                } else {
                    what
                },
                holder: self.owner.get(),
                location,
            }
        };
        let me = gil::me();
        let deadline = timeout.map(gil::clock::deadline_after);
        self.waiters.borrow_mut().push_back(me);
        let outcome = loop {
            if timeout.is_none() && gil::would_deadlock() {
                break Err(AcquireError::Deadlock(info()));
            }
            let wake = gil::block(deadline, &mut || info());
            if self.woken.get() == Some(me) {
                self.woken.set(None);
            }
            if !self.locked.get() {
                break Ok(true);
            }
            // Taken again before this thread ran (by a thread that did not
            // know of the wake-up), timed out, or interrupted.
            if gil::take_interrupt() {
                break Err(AcquireError::Interrupted);
            }
            if wake == gil::Wake::TimedOut {
                break Ok(false);
            }
        };
        self.waiters.borrow_mut().retain(|t| *t != me);
        if let Ok(true) = outcome {
            self.take();
        }
        outcome
    }

    /// Frees the lock and wakes the first waiter (unless a woken one has
    /// not run yet: it will find the lock free).
    fn release(&self) {
        self.locked.set(false);
        self.owner.set(None);
        if self.woken.get().is_some() {
            return;
        }
        let first = self.waiters.borrow().front().copied();
        if let Some(t) = first {
            // False if it timed out or was interrupted meanwhile: it is
            // ready already and takes the lock when it runs.
            if gil::wake(t) {
                self.woken.set(Some(t));
            }
        }
    }
}

/// The timeout of `acquire(blocking=True, timeout=-1)`, checked as CPython does.
fn acquire_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(bool, Option<Duration>)> {
    a.only_kw(vm, name, &["blocking", "timeout"])?;
    let blocking = match a.arg(1, "blocking") {
        Some(b) => vm.truthy(&b)?,
        None => true,
    };
    let timeout = match a.arg(2, "timeout") {
        Some(Value::Int(i)) => i as f64,
        Some(Value::Float(f)) => f,
        Some(Value::Bool(b)) => b as i64 as f64,
        None | Some(Value::None) => -1.0,
        Some(other) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer or float",
                vm.type_name(&other)
            )))
        }
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    Ok((
        blocking,
        if timeout < 0.0 {
            None
        } else {
            Some(timeout_duration(vm, timeout)?)
        },
    ))
}

/// A wait of `secs` (>= 0) seconds; CPython's OverflowError beyond what
/// its nanosecond clock holds (just above `TIMEOUT_MAX`).
pub(crate) fn timeout_duration(vm: &Vm, secs: f64) -> PyResult<Duration> {
    if secs * 1e9 >= i64::MAX as f64 {
        return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    Ok(Duration::from_secs_f64(secs))
}

fn lock_acquire(vm: &mut Vm, a: Args) -> PyResult {
    let (blocking, timeout) = acquire_args(vm, &a, "acquire")?;
    vm.account();
    // `this` keeps the lock alive while this thread waits without the GIL.
    let this = a.pos.first().cloned().unwrap_or_default();
    let got = with_native(vm, &this, "lock", |l: &Lock| {
        l.acquire(blocking, timeout, &|| {
            (called(vm, &this, "lock"), location(vm))
        })
    })?;
    acquired(vm, got)
}

fn lock_release(vm: &mut Vm, a: Args) -> PyResult {
    let this = a.pos.first().cloned().unwrap_or_default();
    let ok = with_native(vm, &this, "lock", |l: &Lock| {
        if !l.locked.get() {
            return false;
        }
        l.release();
        true
    })?;
    if !ok {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    Ok(Value::None)
}

fn lock_locked(vm: &mut Vm, a: Args) -> PyResult {
    let this = a.pos.first().cloned().unwrap_or_default();
    Ok(Value::Bool(with_native(vm, &this, "lock", |l: &Lock| {
        l.locked.get()
    })?))
}

/// `__exit__` releases the lock and returns None (never swallows).
fn lock_exit(vm: &mut Vm, a: Args) -> PyResult {
    lock_release(
        vm,
        Args {
            pos: &a.pos[..1.min(a.pos.len())],
            kw: &[],
        },
    )
}

fn lock_repr(vm: &mut Vm, a: Args) -> PyResult {
    let this = a.pos.first().cloned().unwrap_or_default();
    let locked = with_native(vm, &this, "lock", |l: &Lock| l.locked.get())?;
    Ok(Value::string(format!(
        "<{} _thread.lock object at {:#x}>",
        if locked { "locked" } else { "unlocked" },
        this.ptr().unwrap_or(0)
    )))
}

fn rlock_acquire(vm: &mut Vm, a: Args) -> PyResult {
    let (blocking, timeout) = acquire_args(vm, &a, "acquire")?;
    vm.account();
    let this = a.pos.first().cloned().unwrap_or_default();
    let me = gil::me();
    let got = with_native(vm, &this, "RLock", |r: &RLock| {
        if r.owner.get() == Some(me) {
            r.count.set(r.count.get() + 1);
            return Ok(true);
        }
        let got = r.lock.acquire(blocking, timeout, &|| {
            (called(vm, &this, "RLock"), location(vm))
        })?;
        if got {
            r.owner.set(Some(me));
            r.count.set(1);
        }
        Ok(got)
    })?;
    acquired(vm, got)
}

fn rlock_release(vm: &mut Vm, a: Args) -> PyResult {
    let this = a.pos.first().cloned().unwrap_or_default();
    let me = gil::me();
    let ok = with_native(vm, &this, "RLock", |r: &RLock| {
        if r.owner.get() != Some(me) || r.count.get() == 0 {
            return false;
        }
        r.count.set(r.count.get() - 1);
        if r.count.get() == 0 {
            r.owner.set(None);
            r.lock.release();
        }
        true
    })?;
    if !ok {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    Ok(Value::None)
}

/// `__exit__` releases one level and returns None (never swallows).
fn rlock_exit(vm: &mut Vm, a: Args) -> PyResult {
    rlock_release(
        vm,
        Args {
            pos: &a.pos[..1.min(a.pos.len())],
            kw: &[],
        },
    )
}

fn rlock_is_owned(vm: &mut Vm, a: Args) -> PyResult {
    let this = a.pos.first().cloned().unwrap_or_default();
    let me = gil::me();
    Ok(Value::Bool(with_native(
        vm,
        &this,
        "RLock",
        |r: &RLock| r.owner.get() == Some(me),
    )?))
}

/// `Condition.wait` on an RLock: release it completely, remembering depth.
fn rlock_release_save(vm: &mut Vm, a: Args) -> PyResult {
    let this = a.pos.first().cloned().unwrap_or_default();
    let me = gil::me();
    let saved = with_native(vm, &this, "RLock", |r: &RLock| {
        if r.owner.get() != Some(me) || r.count.get() == 0 {
            return None;
        }
        let count = r.count.get();
        r.count.set(0);
        r.owner.set(None);
        r.lock.release();
        Some(count)
    })?;
    match saved {
        Some(c) => Ok(Value::tuple(vec![
            Value::Int(c as i64),
            Value::Int(thread_ident(me)),
        ])),
        None => Err(vm.runtime_error("cannot release un-acquired lock")),
    }
}

/// Re-acquires an RLock to the depth `_release_save` recorded.
fn rlock_acquire_restore(vm: &mut Vm, a: Args) -> PyResult {
    let this = a.pos.first().cloned().unwrap_or_default();
    let count = match a.get(1) {
        Some(Value::Tuple(t)) => match t.items.first() {
            Some(Value::Int(c)) => (*c).max(1) as usize,
            _ => 1,
        },
        _ => 1,
    };
    let me = gil::me();
    let got = with_native(vm, &this, "RLock", |r: &RLock| {
        let got = r
            .lock
            .acquire(true, None, &|| (called(vm, &this, "RLock"), location(vm)));
        r.owner.set(Some(me));
        r.count.set(count);
        got
    })?;
    acquired(vm, got).map(|_| Value::None)
}

fn rlock_repr(vm: &mut Vm, a: Args) -> PyResult {
    let this = a.pos.first().cloned().unwrap_or_default();
    let (owner, count) = with_native(vm, &this, "RLock", |r: &RLock| {
        (r.owner.get(), r.count.get())
    })?;
    let ident = owner.map(thread_ident).unwrap_or(0);
    Ok(Value::string(format!(
        "<{} _thread.RLock object owner={} count={} at {:#x}>",
        if owner.is_some() {
            "locked"
        } else {
            "unlocked"
        },
        ident,
        count,
        this.ptr().unwrap_or(0)
    )))
}

fn keyboard_interrupt(vm: &Vm) -> Value {
    vm.new_exception_args(&vm.types().keyboard_interrupt.clone(), vec![])
}

/// The innermost frame of the program's own code (not a library module's).
fn user_frame(vm: &Vm) -> Option<&crate::vm::Frame> {
    vm.frames
        .iter()
        .rev()
        .find(|f| !f.code.filename.starts_with("<gilt:"))
}

/// "file:line" of the running program code, or "the end of the program"
/// (only library code runs, e.g. waiting for threads at exit).
fn location(vm: &Vm) -> String {
    match user_frame(vm) {
        Some(f) => format!("{}:{}", f.code.filename, f.line()),
        None => "the end of the program".to_string(),
    }
}

/// `kind "name"` where `name` is what the running program code calls
/// `obj`, else `a kind` (for the deadlock report).
pub(crate) fn called(vm: &Vm, obj: &Value, kind: &str) -> String {
    match name_of(vm, obj) {
        Some(n) => format!("{} \"{}\"", kind, n),
        None => format!("a {}", kind),
    }
}

/// The name `obj` has in the innermost program frame: one of its locals,
/// its globals, or an attribute of one of those (`self.lock`, `q.mutex`).
fn name_of(vm: &Vm, obj: &Value) -> Option<String> {
    let f = user_frame(vm)?;
    let mut named: Vec<(String, Value)> = Vec::new();
    for (i, n) in f.code.varnames.iter().enumerate() {
        if let Some(v) = vm.stack.get(f.base + i) {
            named.push((n.to_string(), v.clone()));
        }
    }
    let dicts = f.namespace.iter().chain(std::iter::once(&f.globals));
    for d in dicts {
        for (k, v) in d.table.borrow().items() {
            if let Some(k) = k.as_str() {
                named.push((k.to_string(), v));
            }
        }
    }
    // The names themselves, then attributes, then attributes of those
    // (`evt._cond`, the Condition an Event waits on, seen from `self.evt`).
    for _ in 0..3 {
        if let Some((n, _)) = named.iter().find(|(_, v)| v.is(obj)) {
            return Some(n.clone());
        }
        named = named
            .iter()
            .flat_map(|(n, v)| match v {
                Value::Instance(i) => i
                    .dict
                    .table
                    .borrow()
                    .items()
                    .into_iter()
                    .map(|(k, a)| (format!("{}.{}", n, k.as_str().unwrap_or("?")), a))
                    .collect(),
                _ => Vec::new(),
            })
            .collect();
    }
    None
}

/// The outcome of an acquire: a deadlock ends the program with the report
/// and status 3 (SPEC §2.7), instead of hanging.
fn acquired(vm: &mut Vm, got: Result<bool, AcquireError>) -> PyResult {
    vm.resync_turn();
    match got {
        Ok(got) => Ok(Value::Bool(got)),
        Err(AcquireError::Interrupted) => Err(keyboard_interrupt(vm)),
        Err(AcquireError::Deadlock(info)) => {
            let report = gil::deadlock_report(info);
            vm.interp.flush_stdout();
            vm.interp.write_stderr(&report);
            if let Err(e) = gil::stats::write_trace() {
                vm.interp
                    .write_stderr(&format!("gilt: cannot write the GIL trace to {}\n", e));
            }
            std::process::exit(3);
        }
    }
}

/// The locks `_sync` (threading.Condition's native half) handles
/// directly; it uses any other lock through its methods.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum LockKind {
    Plain,
    Reentrant,
    Other,
}

pub(crate) fn lock_kind(v: &Value) -> LockKind {
    if super::native_data::<Lock>(v).is_some() {
        return LockKind::Plain;
    }
    let rlock = match v {
        Value::Instance(i) => super::native_data::<RLock>(&i.payload.borrow()).is_some(),
        _ => super::native_data::<RLock>(v).is_some(),
    };
    if rlock {
        LockKind::Reentrant
    } else {
        LockKind::Other
    }
}

/// `lock.__enter__()`.
pub(crate) fn enter(vm: &mut Vm, lock: &Value) -> PyResult {
    let pos = [lock.clone()];
    let a = Args { pos: &pos, kw: &[] };
    match lock_kind(lock) {
        LockKind::Plain => lock_acquire(vm, a),
        LockKind::Reentrant => rlock_acquire(vm, a),
        LockKind::Other => vm.call_method(lock, "__enter__", vec![]),
    }
}

/// `lock.__exit__(*rest)`.
pub(crate) fn exit(vm: &mut Vm, lock: &Value, rest: &[Value]) -> PyResult {
    let pos = [lock.clone()];
    let a = Args { pos: &pos, kw: &[] };
    match lock_kind(lock) {
        LockKind::Plain => lock_release(vm, a),
        LockKind::Reentrant => rlock_release(vm, a),
        LockKind::Other => vm.call_method(lock, "__exit__", rest.to_vec()),
    }
}

/// Whether the calling thread may wait on or notify a Condition over
/// `lock`, as CPython decides it: an RLock must be held by this thread; a
/// plain lock only held (by anyone). None for other locks.
pub(crate) fn held_by_me(lock: &Value) -> Option<bool> {
    let me = gil::me();
    match lock_kind(lock) {
        LockKind::Plain => super::native_data::<Lock>(lock).map(|(l, _)| l.locked.get()),
        LockKind::Reentrant => Some(rlock_state(lock, |r| r.owner.get() == Some(me))),
        LockKind::Other => None,
    }
}

fn rlock_state<R>(v: &Value, f: impl FnOnce(&RLock) -> R) -> R {
    let payload;
    let v = match v {
        Value::Instance(i) => {
            payload = i.payload.borrow().clone();
            &payload
        }
        _ => v,
    };
    let (r, _) = super::native_data::<RLock>(v).expect("checked by lock_kind");
    f(r)
}

/// Condition.wait's `_release_save()` for gilt's own locks (None for
/// others): frees the lock completely, returning what `acquire_restore`
/// needs.
pub(crate) fn release_save(vm: &mut Vm, lock: &Value) -> Option<PyResult> {
    let pos = [lock.clone()];
    let a = Args { pos: &pos, kw: &[] };
    match lock_kind(lock) {
        LockKind::Plain => Some(lock_release(vm, a)),
        LockKind::Reentrant => Some(rlock_release_save(vm, a)),
        LockKind::Other => None,
    }
}

/// Condition.wait's `_acquire_restore(state)` for gilt's own locks.
pub(crate) fn acquire_restore(vm: &mut Vm, lock: &Value, state: &Value) -> Option<PyResult> {
    match lock_kind(lock) {
        LockKind::Plain => Some(lock_acquire(
            vm,
            Args {
                pos: std::slice::from_ref(lock),
                kw: &[],
            },
        )),
        LockKind::Reentrant => Some(rlock_acquire_restore(
            vm,
            Args {
                pos: &[lock.clone(), state.clone()],
                kw: &[],
            },
        )),
        LockKind::Other => None,
    }
}

/// A new lock, already taken by the calling thread (a Condition waiter).
pub(crate) fn new_taken_lock(vm: &mut Vm) -> Value {
    let l = Lock::new();
    l.take();
    let c = lock_class(vm);
    new_native(&c, l)
}

/// Waits for a Condition waiter (a lock from `new_taken_lock`) to be
/// released by `notify`: forever, up to `timeout`, or (not `blocking`)
/// only if it is free now. `what` names the wait in a deadlock report.
pub(crate) fn wait_for_release(
    vm: &mut Vm,
    waiter: &Value,
    blocking: bool,
    timeout: Option<Duration>,
    what: &dyn Fn(&Vm) -> String,
) -> PyResult<bool> {
    vm.account();
    let got = with_native(vm, waiter, "lock", |l: &Lock| {
        // The waiter itself is no one's: the report names what it stands for.
        l.owner.set(None);
        l.acquire(blocking, timeout, &|| (what(vm), location(vm)))
    })?;
    acquired(vm, got).map(|v| matches!(v, Value::Bool(true)))
}

/// Condition.notify's `waiter.release()`: false if it was not held (a
/// notify interrupted before it removed the waiter already released it).
pub(crate) fn release_waiter(waiter: &Value) -> bool {
    match super::native_data::<Lock>(waiter) {
        Some((l, _)) if l.locked.get() => {
            l.release();
            true
        }
        _ => false,
    }
}

/// `threading.get_ident()` of a gilt thread: stable, distinct, nonzero.
pub fn thread_ident(t: Tid) -> i64 {
    140_000_000_000_000 + (t as i64) * 4096
}

fn lock_class(vm: &mut Vm) -> Rc<Class> {
    super::cached_class(vm, "_thread.lock", |vm| {
        native_class(
            vm,
            "lock",
            "_thread",
            &[
                ("acquire", lock_acquire),
                ("acquire_lock", lock_acquire),
                ("release", lock_release),
                ("release_lock", lock_release),
                ("locked", lock_locked),
                ("locked_lock", lock_locked),
                ("__enter__", lock_acquire),
                ("__exit__", lock_exit),
                ("__repr__", lock_repr),
            ],
        )
    })
}

fn rlock_class(vm: &mut Vm) -> Rc<Class> {
    super::cached_class(vm, "_thread.RLock", |vm| {
        let c = native_class(
            vm,
            "RLock",
            "_thread",
            &[
                ("acquire", rlock_acquire),
                ("release", rlock_release),
                ("__enter__", rlock_acquire),
                ("__exit__", rlock_exit),
                ("_is_owned", rlock_is_owned),
                ("_release_save", rlock_release_save),
                ("_acquire_restore", rlock_acquire_restore),
                ("__repr__", rlock_repr),
            ],
        );
        c.dict
            .set_str("__new__", super::method("RLock", "__new__", rlock_new));
        c
    })
}

/// A new `_thread.lock`.
pub fn new_lock(vm: &mut Vm) -> Value {
    let c = lock_class(vm);
    new_native(&c, Lock::new())
}

/// `_set_sentinel()`: a new lock that stands for the calling thread's end
/// (threading takes it in the new thread and frees it when the thread
/// ends); a deadlock report calls waiting for it a join.
fn set_sentinel(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_set_sentinel", 0, 0)?;
    let l = Lock::new();
    l.sentinel.set(true);
    let c = lock_class(vm);
    Ok(new_native(&c, l))
}

fn allocate_lock(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "allocate_lock", 0, 0)?;
    Ok(new_lock(vm))
}

fn rlock_new(vm: &mut Vm, _a: Args) -> PyResult {
    let c = rlock_class(vm);
    Ok(new_native(
        &c,
        RLock {
            lock: Lock::new(),
            owner: Cell::new(None),
            count: Cell::new(0),
        },
    ))
}

fn get_ident(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "get_ident", 0, 0)?;
    Ok(Value::Int(thread_ident(gil::me())))
}

fn get_native_id(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "get_native_id", 0, 0)?;
    Ok(Value::Int(std::process::id() as i64 + gil::me() as i64))
}

fn thread_exit(vm: &mut Vm, _a: Args) -> PyResult {
    Err(vm.new_exception_args(&vm.types().system_exit.clone(), vec![]))
}

fn start_new_thread(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "start_new_thread")?;
    a.check(vm, "start_new_thread", 2, 3)?;
    let func = a.pos[0].clone();
    if !super::builtins::is_callable(vm, &func) {
        return Err(vm.type_error("first arg must be callable"));
    }
    let args = match &a.pos[1] {
        Value::Tuple(t) => t.items.to_vec(),
        _ => return Err(vm.type_error("2nd arg must be a tuple")),
    };
    let kwargs = match a.get(2) {
        None => Vec::new(),
        Some(Value::Dict(d)) => d.table.borrow().items(),
        Some(_) => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
    };
    let t = spawn(vm, func, args, kwargs)?;
    Ok(Value::Int(thread_ident(t)))
}

/// Starts an OS thread that runs `func(*args, **kwargs)` in gilt thread
/// `t`; it is in the ready queue before this returns.
pub fn spawn(
    vm: &mut Vm,
    func: Value,
    args: Vec<Value>,
    kwargs: Vec<(Value, Value)>,
) -> PyResult<Tid> {
    let t = gil::register_thread();
    let payload = GilBound((vm.interp.clone(), func, args, kwargs));
    let builder = std::thread::Builder::new()
        .name(format!("gilt-{}", t))
        .stack_size(THREAD_STACK_SIZE);
    let spawned = builder.spawn(move || {
        // Move the whole bundle in (not its fields: they are not `Send`).
        let payload = payload;
        gil::start_thread(t);
        let GilBound((interp, func, args, kwargs)) = payload;
        {
            let mut vm = Vm::new(interp.clone());
            let result = vm.call(&func, args, kwargs);
            vm.account();
            if let Err(e) = result {
                if !vm.exc_matches(&e, &vm.types().system_exit.clone()) {
                    vm.interp.flush_stdout();
                    let r = vm.repr(&func).unwrap_or_default();
                    // CPython 3.11's unraisable-exception report.
                    vm.interp
                        .write_stderr(&format!("Exception ignored in thread started by: {}\n", r));
                    vm.print_exception(&e);
                }
            }
            drop(func);
        }
        drop(interp);
        gil::finish_thread();
    });
    if let Err(e) = spawned {
        return Err(vm.runtime_error(format!("can't start new thread: {}", e)));
    }
    Ok(t)
}

fn interrupt_main(vm: &mut Vm, _a: Args) -> PyResult {
    crate::gil::interrupt_main();
    let _ = vm;
    Ok(Value::None)
}

/// `_thread._set_name(name)`: the calling thread's name in reports.
fn set_name(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_set_name", 1, 1)?;
    let name = vm.str(&a.pos[0])?;
    gil::set_name(&name);
    Ok(Value::None)
}

fn main_ident(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_main_ident", 0, 0)?;
    Ok(Value::Int(thread_ident(0)))
}

/// `_report_exception(header, exc)`: the report of an exception that ended
/// a thread (threading.excepthook's default).
fn report_exception(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_report_exception", 2, 2)?;
    let header = vm.str(&a.pos[0])?;
    vm.interp.flush_stdout();
    vm.interp.write_stderr(&format!("{}\n", header));
    vm.print_exception(&a.pos[1]);
    Ok(Value::None)
}

/// The size last given to `stack_size` (0: the default). Recorded only:
/// every thread gets `THREAD_STACK_SIZE`, which deep gilt recursion needs.
static STACK_SIZE: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);

/// `stack_size([size])`: the old value; sets it to `size` (0 when not
/// given), checked as CPython checks it.
fn stack_size(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "stack_size", 0, 1)?;
    let size = match a.get(0) {
        Some(v) => vm.index_of(v)?,
        None => 0,
    };
    if size < 0 {
        return Err(vm.value_error("size must be 0 or a positive value"));
    }
    if size != 0 && size < 32768 {
        return Err(vm.value_error(format!("size not valid: {} bytes", size)));
    }
    let old = STACK_SIZE.swap(size, std::sync::atomic::Ordering::Relaxed);
    Ok(Value::Int(old))
}

fn count(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_count", 0, 0)?;
    Ok(Value::Int(crate::gil::live_threads() as i64 - 1))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::new_module("_thread");
    add_fns(
        &d,
        &[
            ("start_new_thread", start_new_thread),
            ("start_new", start_new_thread),
            ("allocate_lock", allocate_lock),
            ("allocate", allocate_lock),
            ("get_ident", get_ident),
            ("get_native_id", get_native_id),
            ("exit", thread_exit),
            ("exit_thread", thread_exit),
            ("interrupt_main", interrupt_main),
            ("stack_size", stack_size),
            ("_count", count),
            ("_set_sentinel", set_sentinel),
            ("_main_ident", main_ident),
            ("_set_name", set_name),
            ("_report_exception", report_exception),
        ],
    );
    let lock = lock_class(vm);
    d.set_str("LockType", Value::Class(lock));
    d.set_str("RLock", Value::Class(rlock_class(vm)));
    d.set_str("error", Value::Class(vm.types().runtime_error.clone()));
    d.set_str("TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    Ok(m)
}
