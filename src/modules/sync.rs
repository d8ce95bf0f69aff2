//! `_sync`: the native halves of `threading.Condition`, for speed.
//!
//! Condition stays a gilt class in `lib/threading.script` (subclassable,
//! its `_lock` and `_waiters` visible as in CPython); the methods every
//! Queue operation and every Event or Semaphore wait runs through are these
//! functions, stored in the class body so they bind like methods. Each
//! reads the instance's `_lock` and `_waiters` and does what CPython's
//! threading.py does, directly for gilt's own locks and through the lock's
//! methods (or the class's Python fallbacks) for any other lock.

use std::rc::Rc;
use std::time::Duration;

use super::thread;
use crate::objects::{Args, Class, ListObj, NativeFn, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::{PyResult, Vm};

/// The attribute names the native methods read, interned once.
pub struct State {
    lock: Value,
    waiters: Value,
    not_full: Value,
    not_empty: Value,
    maxsize: Value,
    queue: Value,
    unfinished_tasks: Value,
    /// What `queue_setup` recorded.
    queue_types: std::cell::OnceCell<QueueTypes>,
}

fn state(vm: &Vm) -> Rc<State> {
    vm.interp
        .native
        .sync
        .get_or_init(|| {
            let i = |s| vm.interp.intern(s);
            Rc::new(State {
                lock: i("_lock"),
                waiters: i("_waiters"),
                not_full: i("not_full"),
                not_empty: i("not_empty"),
                maxsize: i("maxsize"),
                queue: i("queue"),
                unfinished_tasks: i("unfinished_tasks"),
                queue_types: Default::default(),
            })
        })
        .clone()
}

/// `self.name` for one of `State`'s names, straight from the instance
/// dict when it is there.
fn field(vm: &mut Vm, this: &Value, name: fn(&State) -> &Value) -> PyResult {
    let st = state(vm);
    let name = name(&st);
    if let Value::Instance(i) = this {
        if let Some(v) = i.dict.get_v(name) {
            return Ok(v);
        }
    }
    vm.get_attr(this, name)
}

fn receiver<'a>(vm: &Vm, a: &'a Args, name: &str, min: usize, max: usize) -> PyResult<&'a Value> {
    a.check(vm, name, min, max)?;
    Ok(&a.pos[0])
}

/// `Condition.__enter__(self)`: `self._lock.__enter__()`.
fn cond_enter(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "__enter__")?;
    let this = receiver(vm, &a, "__enter__", 1, 1)?;
    let lock = field(vm, this, |s| &s.lock)?;
    thread::enter(vm, &lock)
}

/// `Condition.__exit__(self, *args)`: `self._lock.__exit__(*args)`.
fn cond_exit(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "__exit__")?;
    let this = receiver(vm, &a, "__exit__", 1, usize::MAX)?;
    let lock = field(vm, this, |s| &s.lock)?;
    thread::exit(vm, &lock, &a.pos[1..])
}

/// `self._is_owned()`: direct for gilt's locks, else the class's method.
fn is_owned(vm: &mut Vm, this: &Value, lock: &Value) -> PyResult<bool> {
    match thread::held_by_me(lock) {
        Some(owned) => Ok(owned),
        None => {
            let r = vm.call_method(this, "_is_owned", vec![])?;
            vm.truthy(&r)
        }
    }
}

fn waiters(vm: &mut Vm, this: &Value) -> PyResult<Rc<ListObj>> {
    match field(vm, this, |s| &s.waiters)? {
        Value::List(l) => Ok(l),
        other => Err(vm.type_error(format!(
            "Condition._waiters must be a list, not '{}'",
            vm.type_name(&other)
        ))),
    }
}

/// `Condition.wait(self, timeout=None)`, as threading.py: a new lock,
/// taken, joins `_waiters`; the Condition's lock is released; `notify`
/// releases the waiter, which wakes this thread; the lock is taken back.
fn cond_wait(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(vm, "wait", &["timeout"])?;
    let this = receiver(vm, &a, "wait", 1, 2)?.clone();
    let timeout = a.arg(1, "timeout").unwrap_or(Value::None);
    let what = |vm: &Vm| format!("{} to be notified", thread::called(vm, &this, "Condition"));
    condition_wait(vm, &this, &timeout, &what).map(Value::Bool)
}

/// `what` names the wait in a deadlock report.
fn condition_wait(
    vm: &mut Vm,
    this: &Value,
    timeout: &Value,
    what: &dyn Fn(&Vm) -> String,
) -> PyResult<bool> {
    let list = owned_waiters(vm, this, "wait")?;
    let lock = field(vm, this, |s| &s.lock)?;
    // How to wait, checked before anything changes.
    let (blocking, limit) = wait_limit(vm, timeout)?;
    let waiter = thread::new_taken_lock(vm);
    list.items.borrow_mut().push(waiter.clone());
    let saved = match thread::release_save(vm, &lock) {
        Some(r) => r?,
        None => vm.call_method(this, "_release_save", vec![])?,
    };
    let got = thread::wait_for_release(vm, &waiter, blocking, limit, what);
    let restored = match thread::acquire_restore(vm, &lock, &saved) {
        Some(r) => r,
        None => vm.call_method(this, "_acquire_restore", vec![saved]),
    };
    if !matches!(got, Ok(true)) {
        let mut items = list.items.borrow_mut();
        if let Some(at) = items.iter().position(|w| w.is(&waiter)) {
            items.remove(at);
        }
    }
    restored?;
    got
}

/// How `wait(timeout)` waits on its waiter: `None` forever; a positive
/// number up to that long; anything else not at all (as threading.py's
/// `timeout > 0` test).
fn wait_limit(vm: &mut Vm, timeout: &Value) -> PyResult<(bool, Option<Duration>)> {
    let secs = match timeout {
        Value::None => return Ok((true, None)),
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::Float(f) => *f,
        other => {
            // The comparison's own TypeError for anything else.
            let positive = vm.compare(CmpOp::Gt, other, &Value::Int(0))?;
            if vm.truthy(&positive)? {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer or float",
                    vm.type_name(other)
                )));
            }
            return Ok((false, None));
        }
    };
    if secs.is_nan() || secs <= 0.0 {
        return Ok((false, None));
    }
    Ok((true, Some(thread::timeout_duration(vm, secs)?)))
}

/// `Condition.notify(self, n=1)`: releases the first `n` waiters.
fn cond_notify(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(vm, "notify", &["n"])?;
    let this = receiver(vm, &a, "notify", 1, 2)?.clone();
    let list = owned_waiters(vm, &this, "notify")?;
    let n = match a.arg(1, "n") {
        None => 1,
        Some(Value::Int(i)) => i,
        Some(Value::Bool(b)) => b as i64,
        // `while waiters and n > 0: ... n -= 1` runs ceil(n) times.
        Some(Value::Float(f)) if f > 0.0 => f.ceil().min(i64::MAX as f64) as i64,
        Some(Value::Float(_)) => 0,
        // threading.py compares `n > 0` only when there are waiters.
        Some(_) if list.items.borrow().is_empty() => 0,
        Some(other) => {
            vm.compare(CmpOp::Gt, &other, &Value::Int(0))?;
            return Err(vm.type_error(format!(
                "unsupported operand type(s) for -=: '{}' and 'int'",
                vm.type_name(&other)
            )));
        }
    };
    notify(&list, n);
    Ok(Value::None)
}

/// `_waiters`, after checking the caller may notify (`what`) this Condition.
fn owned_waiters(vm: &mut Vm, this: &Value, what: &str) -> PyResult<Rc<ListObj>> {
    let lock = field(vm, this, |s| &s.lock)?;
    if !is_owned(vm, this, &lock)? {
        return Err(vm.runtime_error(format!("cannot {} on un-acquired lock", what)));
    }
    waiters(vm, this)
}

fn notify(list: &ListObj, mut n: i64) {
    while n > 0 {
        let Some(waiter) = list.items.borrow().first().cloned() else {
            break;
        };
        // A waiter already released (by a notify interrupted before it
        // removed it) is only removed.
        if thread::release_waiter(&waiter) {
            n -= 1;
        }
        let mut items = list.items.borrow_mut();
        if let Some(at) = items.iter().position(|w| w.is(&waiter)) {
            items.remove(at);
        }
    }
}

/// `Condition.notify_all(self)`: `self.notify(len(self._waiters))`.
fn cond_notify_all(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "notify_all")?;
    let this = receiver(vm, &a, "notify_all", 1, 1)?.clone();
    let list = owned_waiters(vm, &this, "notify")?;
    let n = list.items.borrow().len() as i64;
    notify(&list, n);
    Ok(Value::None)
}

/// What `queue_setup` recorded.
struct QueueTypes {
    /// `queue.Queue` itself: only its exact instances take the native path.
    queue: Rc<Class>,
    condition: Rc<Class>,
    full: Rc<Class>,
    empty: Rc<Class>,
    /// Queue's gilt `put` and `get`, for every other case.
    put: Value,
    get: Value,
}

/// `_sync.queue_setup(Queue, Condition, Full, Empty)`: makes Queue's `put`
/// and `get` native. They do what queue.py does, directly, for an exact
/// `Queue` whose conditions are threading.Conditions (the common case, and
/// queue_throughput's); any other receiver (a subclass, such as
/// PriorityQueue, which may override `_put` and friends) runs the gilt
/// versions they replace. (Methods assigned on one instance, e.g.
/// `q._put = f`, are not looked for.)
fn queue_setup(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "queue_setup", 4, 4)?;
    let Value::Class(queue) = &a.pos[0] else {
        return Err(vm.type_error("queue_setup: Queue must be a class"));
    };
    let (Some(put), Some(get)) = (queue.dict.get_str("put"), queue.dict.get_str("get")) else {
        return Err(vm.type_error("queue_setup: Queue needs put and get"));
    };
    let class = |v: &Value| match v {
        Value::Class(c) => Ok(c.clone()),
        _ => Err(vm.type_error("queue_setup: classes expected")),
    };
    let types = QueueTypes {
        queue: queue.clone(),
        condition: class(&a.pos[1])?,
        full: class(&a.pos[2])?,
        empty: class(&a.pos[3])?,
        put,
        get,
    };
    if state(vm).queue_types.set(types).is_err() {
        return Err(vm.runtime_error("queue_setup: called twice"));
    }
    queue
        .dict
        .set_str("put", super::method("Queue", "put", queue_put));
    queue
        .dict
        .set_str("get", super::method("Queue", "get", queue_get));
    Ok(Value::None)
}

/// Whether the receiver takes the native path.
fn native_queue(st: &State, this: &Value) -> bool {
    match (this, st.queue_types.get()) {
        (Value::Instance(i), Some(t)) => Rc::ptr_eq(&i.class(), &t.queue),
        _ => false,
    }
}

/// The Condition `self.name`, and whether it is a plain threading.Condition.
fn condition(vm: &mut Vm, this: &Value, name: fn(&State) -> &Value) -> PyResult<(Value, bool)> {
    let c = field(vm, this, name)?;
    let st = state(vm);
    let plain = match (&c, st.queue_types.get()) {
        (Value::Instance(i), Some(t)) => Rc::ptr_eq(&i.class(), &t.condition),
        _ => false,
    };
    Ok((c, plain))
}

/// `raise Full` or `raise Empty`.
fn raise(vm: &Vm, which: fn(&QueueTypes) -> &Rc<Class>) -> Value {
    let st = state(vm);
    let t = st.queue_types.get().expect("set before any Queue exists");
    vm.new_exception_args(which(t), vec![])
}

/// The gilt version of `put` or `get`, for receivers the native path does
/// not take.
fn fallback(vm: &mut Vm, a: &Args, which: fn(&QueueTypes) -> &Value) -> PyResult {
    let st = state(vm);
    let f = st.queue_types.get().map(which).cloned().unwrap_or_default();
    vm.call(&f, a.pos.to_vec(), a.kw.to_vec())
}

fn wait_on(
    vm: &mut Vm,
    cond: &(Value, bool),
    timeout: Value,
    what: &dyn Fn(&Vm) -> String,
) -> PyResult<()> {
    if cond.1 {
        condition_wait(vm, &cond.0, &timeout, what).map(|_| ())
    } else {
        let args = if timeout.is_none() {
            vec![]
        } else {
            vec![timeout]
        };
        vm.call_method(&cond.0, "wait", args).map(|_| ())
    }
}

fn notify_one(vm: &mut Vm, cond: &(Value, bool)) -> PyResult<()> {
    if cond.1 {
        let list = owned_waiters(vm, &cond.0, "notify")?;
        notify(&list, 1);
        Ok(())
    } else {
        vm.call_method(&cond.0, "notify", vec![]).map(|_| ())
    }
}

/// Runs `body` inside `with cond:` (the lock's `__exit__` always runs,
/// and its error, if any, wins as in a with statement).
fn with_condition<R>(
    vm: &mut Vm,
    cond: &(Value, bool),
    body: impl FnOnce(&mut Vm) -> PyResult<R>,
) -> PyResult<R> {
    if !cond.1 {
        vm.call_method(&cond.0, "__enter__", vec![])?;
        let r = body(vm);
        let none = || Value::None;
        vm.call_method(&cond.0, "__exit__", vec![none(), none(), none()])?;
        return r;
    }
    let lock = field(vm, &cond.0, |s| &s.lock)?;
    thread::enter(vm, &lock)?;
    let r = body(vm);
    thread::exit(vm, &lock, &[])?;
    r
}

fn compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(match op {
            CmpOp::Gt => x > y,
            CmpOp::GtE => x >= y,
            CmpOp::Lt => x < y,
            _ => unreachable!("queue comparisons are >, >= and <"),
        });
    }
    let r = vm.compare(op, a, b)?;
    vm.truthy(&r)
}

/// `self._qsize()` of a plain Queue: `len(self.queue)`.
fn qsize(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let q = field(vm, this, |s| &s.queue)?;
    let n = match super::collections::len_if_deque(&q) {
        Some(n) => n,
        None => vm.len(&q)?,
    };
    Ok(Value::Int(n as i64))
}

/// `time() + timeout` in queue.py, as seconds on the monotonic clock.
fn deadline(vm: &mut Vm, timeout: &Value) -> PyResult<f64> {
    let now = super::time::monotonic_duration().as_secs_f64();
    match vm.binary(BinOp::Add, &Value::Float(now), timeout)? {
        Value::Float(f) => Ok(f),
        Value::Int(i) => Ok(i as f64),
        other => Err(vm.type_error(format!(
            "queue timeout must be a number, not '{}'",
            vm.type_name(&other)
        ))),
    }
}

fn remaining(endtime: f64) -> f64 {
    endtime - super::time::monotonic_duration().as_secs_f64()
}

/// The arguments after `self`, by `names`, when they bind without error
/// (the first `required` must be given); None otherwise, and the gilt
/// version then reports the error as CPython words it.
fn bind(a: &Args, names: &[&str], required: usize) -> Option<Vec<Option<Value>>> {
    let given = a.pos.len().checked_sub(1)?;
    if given > names.len() {
        return None;
    }
    let mut out: Vec<Option<Value>> = a.pos[1..].iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in a.kw {
        let at = names.iter().position(|n| Some(*n) == k.as_str())?;
        if out[at].is_some() {
            return None;
        }
        out[at] = Some(v.clone());
    }
    out[..required].iter().all(Option::is_some).then_some(out)
}

/// queue.py's wait in put and get: while `blocked`, fail at once (not
/// `block`), wait on `cond` (no timeout), or wait until the timeout ends,
/// then raise `exc` (Full or Empty).
fn wait_while(
    vm: &mut Vm,
    cond: &(Value, bool),
    block: &Value,
    timeout: &Value,
    mut blocked: impl FnMut(&mut Vm) -> PyResult<bool>,
    exc: fn(&QueueTypes) -> &Rc<Class>,
    what: &dyn Fn(&Vm) -> String,
) -> PyResult<()> {
    if !vm.truthy(block)? {
        if blocked(vm)? {
            return Err(raise(vm, exc));
        }
    } else if timeout.is_none() {
        while blocked(vm)? {
            wait_on(vm, cond, Value::None, what)?;
        }
    } else if compare(vm, CmpOp::Lt, timeout, &Value::Int(0))? {
        return Err(vm.value_error("'timeout' must be a non-negative number"));
    } else {
        let endtime = deadline(vm, timeout)?;
        while blocked(vm)? {
            let left = remaining(endtime);
            if left <= 0.0 {
                return Err(raise(vm, exc));
            }
            wait_on(vm, cond, Value::Float(left), what)?;
        }
    }
    Ok(())
}

/// `Queue.put(self, item, block=True, timeout=None)`.
fn queue_put(vm: &mut Vm, a: Args) -> PyResult {
    let this = a.pos.first().cloned().unwrap_or_default();
    let args = bind(&a, &["item", "block", "timeout"], 1);
    let Some(mut args) = args.filter(|_| native_queue(&state(vm), &this)) else {
        return fallback(vm, &a, |t| &t.put);
    };
    let timeout = args[2].take().unwrap_or(Value::None);
    let block = args[1].take().unwrap_or(Value::Bool(true));
    let item = args[0].take().unwrap_or_default();
    let not_full = condition(vm, &this, |s| &s.not_full)?;
    with_condition(vm, &not_full, |vm| {
        let maxsize = field(vm, &this, |s| &s.maxsize)?;
        if compare(vm, CmpOp::Gt, &maxsize, &Value::Int(0))? {
            let full = |vm: &mut Vm| -> PyResult<bool> {
                let n = qsize(vm, &this)?;
                compare(vm, CmpOp::GtE, &n, &maxsize)
            };
            let what = |vm: &Vm| format!("room in {}", thread::called(vm, &this, "queue"));
            wait_while(vm, &not_full, &block, &timeout, full, |t| &t.full, &what)?;
        }
        let q = field(vm, &this, |s| &s.queue)?;
        if let Err(item) = super::collections::deque_append_to(&q, item) {
            vm.call_method(&q, "append", vec![item])?;
        }
        let n = field(vm, &this, |s| &s.unfinished_tasks)?;
        let n = vm.binary(BinOp::Add, &n, &Value::Int(1))?;
        let name = state(vm).unfinished_tasks.clone();
        vm.set_attr(&this, &name, n)?;
        let not_empty = condition(vm, &this, |s| &s.not_empty)?;
        notify_one(vm, &not_empty)
    })?;
    Ok(Value::None)
}

/// `Queue.get(self, block=True, timeout=None)`.
fn queue_get(vm: &mut Vm, a: Args) -> PyResult {
    let this = a.pos.first().cloned().unwrap_or_default();
    let args = bind(&a, &["block", "timeout"], 0);
    let Some(mut args) = args.filter(|_| native_queue(&state(vm), &this)) else {
        return fallback(vm, &a, |t| &t.get);
    };
    let timeout = args[1].take().unwrap_or(Value::None);
    let block = args[0].take().unwrap_or(Value::Bool(true));
    let not_empty = condition(vm, &this, |s| &s.not_empty)?;
    with_condition(vm, &not_empty, |vm| {
        let empty = |vm: &mut Vm| -> PyResult<bool> {
            let n = qsize(vm, &this)?;
            Ok(!vm.truthy(&n)?)
        };
        let what = |vm: &Vm| format!("an item from {}", thread::called(vm, &this, "queue"));
        wait_while(vm, &not_empty, &block, &timeout, empty, |t| &t.empty, &what)?;
        let q = field(vm, &this, |s| &s.queue)?;
        let item = match super::collections::deque_pop_first(&q) {
            Some(Some(item)) => item,
            Some(None) => return Err(vm.index_error("pop from an empty deque")),
            None => vm.call_method(&q, "popleft", vec![])?,
        };
        let not_full = condition(vm, &this, |s| &s.not_full)?;
        notify_one(vm, &not_full)?;
        Ok(item)
    })
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::new_module("_sync");
    for (key, name, f) in [
        ("condition_enter", "__enter__", cond_enter as NativeFn),
        ("condition_exit", "__exit__", cond_exit),
        ("condition_wait", "wait", cond_wait),
        ("condition_notify", "notify", cond_notify),
        ("condition_notify_all", "notify_all", cond_notify_all),
    ] {
        d.set_str(key, super::method("Condition", name, f));
    }
    d.set_str("queue_setup", super::func("queue_setup", queue_setup));
    Ok(m)
}
