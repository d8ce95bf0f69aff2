//! The GIL argument in code: the only `unsafe impl Send/Sync` in gilt.
//!
//! Interpreter objects use non-atomic reference counts (`Rc`) and interior
//! mutability (`RefCell`, `Cell`) without locks of their own. That is sound
//! only because every thread touches them while holding the global
//! interpreter lock, exactly as CPython's objects are sound under its GIL.
//! This module is where that argument is made, once.
//!
//! It also holds the eval loop's two hot-path primitives that safe Rust
//! compiles badly (`clone_value`, `push`): the only other `unsafe` in gilt.

use std::cell::Cell;
use std::rc::Rc;

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

/// `Value::clone` with unboxed values first: the derived form is a jump
/// table over all seventeen variants, an indirect jump per clone.
#[inline(always)]
pub fn clone_value(v: &Value) -> Value {
    if tag(v) <= UNBOXED_MAX {
        // SAFETY: the variants with tags up to `UNBOXED_MAX` (Null, None,
        // Bool, Int, Float) own nothing: a bitwise copy is a clone.
        return unsafe { std::ptr::read(v) };
    }
    match v {
        Value::Str(r) => Value::Str(Rc::clone(r)),
        Value::Big(r) => Value::Big(Rc::clone(r)),
        Value::Tuple(r) => Value::Tuple(Rc::clone(r)),
        Value::List(r) => Value::List(Rc::clone(r)),
        Value::Dict(r) => Value::Dict(Rc::clone(r)),
        Value::Set(r) => Value::Set(Rc::clone(r)),
        Value::Function(r) => Value::Function(Rc::clone(r)),
        Value::Builtin(r) => Value::Builtin(Rc::clone(r)),
        Value::Method(r) => Value::Method(Rc::clone(r)),
        Value::Class(r) => Value::Class(Rc::clone(r)),
        Value::Instance(r) => Value::Instance(Rc::clone(r)),
        Value::Obj(r) => Value::Obj(Rc::clone(r)),
        Value::Null => Value::Null,
        Value::None => Value::None,
        Value::Bool(b) => Value::Bool(*b),
        Value::Int(i) => Value::Int(*i),
        Value::Float(f) => Value::Float(*f),
    }
}

/// The greatest discriminant of an unboxed `Value` variant.
const UNBOXED_MAX: u64 = 4;

/// The discriminant of `v`.
#[inline(always)]
fn tag(v: &Value) -> u64 {
    // SAFETY: `Value` is `repr(u64)`, so (RFC 2195) it starts with its
    // discriminant as a `u64`.
    unsafe { *(v as *const Value as *const u64) }
}

/// `stack.push(v)`, inlined: `Vec::push` is not inlined into the large
/// eval loop, which then pays a call per push (values and frames).
#[inline(always)]
pub fn push<T>(stack: &mut Vec<T>, v: T) {
    if stack.len() == stack.capacity() {
        grow(stack);
    }
    let len = stack.len();
    // SAFETY: after the check `len < capacity`, so slot `len` is allocated
    // and holds no value; it is written once and then counted by `set_len`.
    unsafe {
        std::ptr::write(stack.as_mut_ptr().add(len), v);
        stack.set_len(len + 1);
    }
}

#[cold]
#[inline(never)]
fn grow<T>(stack: &mut Vec<T>) {
    stack.reserve(stack.len().max(16));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unboxed_variants_are_the_first_five() {
        for v in [
            Value::Null,
            Value::None,
            Value::Bool(true),
            Value::Int(-1),
            Value::Float(0.5),
        ] {
            assert!(tag(&v) <= UNBOXED_MAX);
        }
        assert_eq!(tag(&Value::Float(1.0)), UNBOXED_MAX);
        for v in [
            Value::str("s"),
            Value::list(vec![]),
            Value::tuple(vec![Value::Int(1)]),
        ] {
            assert!(tag(&v) > UNBOXED_MAX);
            let c = clone_value(&v);
            assert!(c.is(&v));
        }
        let s = Value::str("counted");
        let c = clone_value(&s);
        if let (Value::Str(a), Value::Str(_)) = (&s, &c) {
            assert_eq!(Rc::strong_count(a), 2);
        }
    }
}
