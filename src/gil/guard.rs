//! The GIL argument in code: the only `unsafe impl Send/Sync` in gilt.
//!
//! Interpreter objects use non-atomic reference counts (`Rc`) and interior
//! mutability (`RefCell`, `Cell`) without locks of their own. That is sound
//! only because every thread touches them while holding the global
//! interpreter lock, exactly as CPython's objects are sound under its GIL.
//! This module is where that argument is made, once.
//!
//! It also holds the eval loop's hot-path primitives that safe Rust
//! compiles badly (`clone_value`, `push`, `push_slot`, `push_clone`,
//! `Cursor`, the value stack in the loop's registers, and
//! `Instrs`, a code object's instructions padded so that a fused group is
//! read with one bounds check, and `ArgBuf`, a native call's arguments
//! moved off the stack in one copy): the only other `unsafe` in gilt, and
//! the global allocator (`Allocator`).

use std::cell::Cell;
use std::rc::Rc;

use crate::bytecode::Op;
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
    retain(v);
    // SAFETY: `retain` has just added the reference the copy owns (for a
    // boxed value, one `Rc` strong count; an unboxed value owns nothing),
    // so the bitwise copy is a clone and dropping it balances the count.
    unsafe { std::ptr::read(v) }
}

/// Adds the reference a bitwise copy of `v` will own: one strong count of
/// a boxed value, nothing for an unboxed one.
#[inline(always)]
fn retain(v: &Value) {
    if tag(v) <= UNBOXED_MAX {
        return;
    }
    match v {
        Value::Str(r) => std::mem::forget(Rc::clone(r)),
        Value::Big(r) => std::mem::forget(Rc::clone(r)),
        Value::Tuple(r) => std::mem::forget(Rc::clone(r)),
        Value::List(r) => std::mem::forget(Rc::clone(r)),
        Value::Dict(r) => std::mem::forget(Rc::clone(r)),
        Value::Set(r) => std::mem::forget(Rc::clone(r)),
        Value::Function(r) => std::mem::forget(Rc::clone(r)),
        Value::Builtin(r) => std::mem::forget(Rc::clone(r)),
        Value::Method(r) => std::mem::forget(Rc::clone(r)),
        Value::Class(r) => std::mem::forget(Rc::clone(r)),
        Value::Instance(r) => std::mem::forget(Rc::clone(r)),
        Value::Obj(r) => std::mem::forget(Rc::clone(r)),
        Value::Null
        | Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::NativeMethod(_) => {}
    }
}

/// Pushes a clone of `stack[i]` (a local slot) onto `stack`, copying the
/// 16 bytes slot to slot: a clone that returns a `Value` makes the
/// compiler spill it through a temporary in the large eval loop.
#[inline(always)]
pub fn push_slot(stack: &mut Vec<Value>, i: usize) {
    if stack.len() == stack.capacity() {
        grow(stack);
    }
    let len = stack.len();
    retain(&stack[i]);
    // SAFETY: `i < len` (the index above is checked) and `len < capacity`
    // after the check, so both slots are in the allocation and distinct;
    // the copy owns the reference `retain` added, and `set_len` counts the
    // written slot.
    unsafe {
        let p = stack.as_mut_ptr();
        std::ptr::copy_nonoverlapping(p.add(i), p.add(len), 1);
        stack.set_len(len + 1);
    }
}

/// Pushes a clone of `v` (which the borrow rules keep outside `stack`).
#[inline(always)]
pub fn push_clone(stack: &mut Vec<Value>, v: &Value) {
    if stack.len() == stack.capacity() {
        grow(stack);
    }
    let len = stack.len();
    retain(v);
    // SAFETY: `len < capacity` after the check, so slot `len` is allocated
    // and unused; `v` is a live value outside `stack`; the copy owns the
    // reference `retain` added, and `set_len` counts the written slot.
    unsafe {
        std::ptr::copy_nonoverlapping(v, stack.as_mut_ptr().add(len), 1);
        stack.set_len(len + 1);
    }
}

/// The greatest discriminant of an unboxed `Value` variant.
const UNBOXED_MAX: u64 = 5;

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

/// The value stack while the eval loop runs on it: the stack's buffer,
/// length and capacity in locals of the loop (registers, not the `Vec`'s
/// fields in memory), with the `Vec` borrowed for as long as it lives, so
/// nothing else can touch the stack meanwhile. Dropping it writes the
/// length back; the loop drops it before every call that needs the `Vm`
/// and makes a new one after.
pub struct Cursor<'a> {
    vec: &'a mut Vec<Value>,
    /// `vec`'s buffer; slots `0..len` hold values.
    ptr: *mut Value,
    /// The stack's length (the `Vec`'s own is stale until the drop).
    len: usize,
    /// `vec`'s capacity: slots `len..cap` are allocated and hold nothing.
    cap: usize,
}

impl<'a> Cursor<'a> {
    #[inline(always)]
    pub fn new(vec: &'a mut Vec<Value>) -> Cursor<'a> {
        Cursor {
            ptr: vec.as_mut_ptr(),
            len: vec.len(),
            cap: vec.capacity(),
            vec,
        }
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The value in slot `i`; panics (a compiler bug) past the top.
    #[inline(always)]
    pub fn get(&self, i: usize) -> &Value {
        if i >= self.len {
            past_the_top(i, self.len);
        }
        // SAFETY: `i < len`, and slots below `len` hold values.
        unsafe { &*self.ptr.add(i) }
    }

    #[inline(always)]
    pub fn get_mut(&mut self, i: usize) -> &mut Value {
        if i >= self.len {
            past_the_top(i, self.len);
        }
        // SAFETY: as in `get`; `self` is borrowed mutably.
        unsafe { &mut *self.ptr.add(i) }
    }

    /// The top `n` values, lowest first.
    #[inline(always)]
    pub fn top_mut(&mut self, n: usize) -> &mut [Value] {
        if n > self.len {
            past_the_top(n, self.len);
        }
        // SAFETY: slots `len - n .. len` hold values; `self` is borrowed
        // mutably for the slice's lifetime.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.add(self.len - n), n) }
    }

    #[inline(always)]
    pub fn top(&self) -> &Value {
        self.get(self.len.wrapping_sub(1))
    }

    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        if self.len == self.cap {
            self.grow();
        }
        // SAFETY: `len < cap` after the check: slot `len` is allocated and
        // holds nothing; it is written once and counted.
        unsafe { std::ptr::write(self.ptr.add(self.len), v) };
        self.len += 1;
    }

    /// Pushes a clone of slot `i`, copied slot to slot (see `push_slot`).
    #[inline(always)]
    pub fn push_slot(&mut self, i: usize) {
        if i >= self.len {
            past_the_top(i, self.len);
        }
        if self.len == self.cap {
            self.grow();
        }
        retain(self.get(i));
        // SAFETY: `i < len < cap`: slot `i` holds a value and slot `len`
        // is free; the copy owns the reference `retain` added.
        unsafe { std::ptr::copy_nonoverlapping(self.ptr.add(i), self.ptr.add(self.len), 1) };
        self.len += 1;
    }

    /// Pushes a clone of `v`, a value outside the stack.
    #[inline(always)]
    pub fn push_clone(&mut self, v: &Value) {
        if self.len == self.cap {
            self.grow();
        }
        retain(v);
        // SAFETY: slot `len` is free after the check and `v` is a live
        // value the stack's `&mut` borrow keeps apart from it; the copy
        // owns the reference `retain` added.
        unsafe { std::ptr::copy_nonoverlapping(v, self.ptr.add(self.len), 1) };
        self.len += 1;
    }

    /// Pops the top value (Null if the stack is empty, which a correct
    /// compiler never lets happen).
    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        if self.len == 0 {
            return Value::Null;
        }
        self.len -= 1;
        // SAFETY: slot `len` held a value and is no longer counted, so the
        // value read out has one owner.
        unsafe { std::ptr::read(self.ptr.add(self.len)) }
    }

    /// Drops every value above the first `n`.
    #[inline(always)]
    pub fn truncate(&mut self, n: usize) {
        while self.len > n {
            crate::vm::eval::discard(Some(self.pop()));
        }
    }

    /// Makes room for one more value. (The work is out of line in
    /// `grow_vec`, which takes the fields rather than the cursor: a cursor
    /// whose address escaped could not live in registers.)
    #[inline(always)]
    fn grow(&mut self) {
        (self.ptr, self.cap) = grow_vec(self.vec, self.len);
    }
}

/// A compiler bug: an instruction reached past the top of the stack. (Out
/// of line, and given copies: formatting `self.len` in place would take
/// the cursor's address, and keep it out of registers.)
#[cold]
#[inline(never)]
fn past_the_top(i: usize, len: usize) -> ! {
    panic!("stack slot {i} past the top {len}")
}

/// Counts `len` values in `vec`, makes room for more, and returns the
/// buffer and capacity.
#[cold]
#[inline(never)]
fn grow_vec(vec: &mut Vec<Value>, len: usize) -> (*mut Value, usize) {
    // SAFETY: the cursor's slots `0..len` hold values: the `Vec` counts
    // them before it moves its buffer.
    unsafe { vec.set_len(len) };
    vec.reserve(len.max(16));
    (vec.as_mut_ptr(), vec.capacity())
}

impl Drop for Cursor<'_> {
    #[inline(always)]
    fn drop(&mut self) {
        // SAFETY: slots `0..len` hold values and `len <= cap`.
        unsafe { self.vec.set_len(self.len) };
    }
}

/// The most arguments `ArgBuf` holds.
pub const ARGBUF: usize = 8;

/// A native call's arguments, moved off the top of the value stack into
/// a buffer of the caller's frame (the callee gets `&mut Vm`, so they
/// cannot stay on the stack it may push to), and dropped after the call.
/// The move is one copy: no slot is written back with Null, and no Null
/// is dropped. The owner calls `clear` to drop them: `ArgBuf` has no
/// `Drop`, whose glue the compiler calls out of line even for an empty
/// buffer (a buffer dropped unclear leaks its values, which is safe).
pub struct ArgBuf {
    vals: [std::mem::MaybeUninit<Value>; ARGBUF],
    /// How many of `vals` hold a value (the first `n`).
    n: usize,
}

impl Default for ArgBuf {
    #[inline(always)]
    fn default() -> ArgBuf {
        ArgBuf::new()
    }
}

impl ArgBuf {
    #[inline(always)]
    pub fn new() -> ArgBuf {
        ArgBuf {
            vals: [const { std::mem::MaybeUninit::uninit() }; ARGBUF],
            n: 0,
        }
    }

    /// Moves the values above index `at` of `stack` into the (empty)
    /// buffer; false (and `stack` untouched) if there are more than
    /// `ARGBUF`, `at` is not an index of `stack`, or the buffer is in use.
    /// (Filled in place: returning the buffer by value copies it through
    /// `memcpy`.)
    #[inline(always)]
    pub fn take_above(&mut self, stack: &mut Vec<Value>, at: usize) -> bool {
        let len = stack.len();
        if self.n != 0 || at >= len || len - at - 1 > ARGBUF {
            return false;
        }
        let n = len - at - 1;
        // SAFETY: slots `at + 1 .. len` hold values (`len` is the stack's
        // length) and `n <= ARGBUF` of them are copied into the buffer's
        // first `n` slots, which hold nothing (`self.n` was 0);
        // `set_len(at + 1)` then makes the stack forget them, so each
        // value has one owner, the buffer.
        unsafe {
            let src = stack.as_ptr().add(at + 1);
            let dst = self.vals.as_mut_ptr().cast::<Value>();
            // The common counts as plain moves: `copy_nonoverlapping` of a
            // variable count is a call to `memcpy`.
            match n {
                0 => {}
                1 => dst.write(src.read()),
                2 => {
                    dst.write(src.read());
                    dst.add(1).write(src.add(1).read());
                }
                _ => std::ptr::copy_nonoverlapping(src, dst, n),
            }
            stack.set_len(at + 1);
        }
        self.n = n;
        true
    }

    /// Drops the values, leaving the buffer empty. (Called in place:
    /// `drop(buf)` would first copy the buffer through `memcpy`.)
    #[inline(always)]
    pub fn clear(&mut self) {
        let n = std::mem::take(&mut self.n);
        for slot in &self.vals[..n] {
            // SAFETY: the first `n` slots held values the buffer owned;
            // `self.n` is already 0, so each is read out once, here, to be
            // dropped.
            crate::vm::eval::discard(Some(unsafe { slot.assume_init_read() }));
        }
    }

    #[inline(always)]
    pub fn as_slice(&self) -> &[Value] {
        // SAFETY: the first `n` slots hold values (`take_above`).
        unsafe { std::slice::from_raw_parts(self.vals.as_ptr().cast::<Value>(), self.n) }
    }
}

/// The instructions a fused group can span: its head and up to three
/// members.
pub const WINDOW: usize = 4;

/// A code object's instructions and constants, checked once when built so
/// that the eval loop reads them with one bounds check per instruction:
/// the instructions are followed by `WINDOW - 1` `Nop`s, so the `WINDOW`
/// instructions from any real one are all in the allocation, and every
/// `LoadConst` names one of the constants.
pub struct Instrs {
    /// The instructions, then the padding.
    ops: Box<[Op]>,
    /// How many of `ops` are real.
    len: usize,
    consts: Box<[Value]>,
}

impl Instrs {
    /// Panics if a `LoadConst` names a constant that is not there: a
    /// compiler bug, never a program's.
    pub fn new(mut ops: Vec<Op>, consts: Vec<Value>) -> Instrs {
        for op in &ops {
            if let Some(k) = op.const_index() {
                assert!((k as usize) < consts.len(), "LoadConst({k}) out of range");
            }
        }
        let len = ops.len();
        ops.resize(len + WINDOW - 1, Op::Nop);
        Instrs {
            ops: ops.into_boxed_slice(),
            len,
            consts: consts.into_boxed_slice(),
        }
    }

    pub fn ops(&self) -> &[Op] {
        &self.ops[..self.len]
    }

    pub fn consts(&self) -> &[Value] {
        &self.consts
    }

    /// The instruction at `pc` and the `WINDOW - 1` after it (padding past
    /// the end), if `pc` is a real instruction.
    #[inline(always)]
    pub fn window(&self, pc: usize) -> Option<Window<'_>> {
        if pc >= self.len {
            return None;
        }
        // SAFETY: `pc < len` and `ops.len() == len + WINDOW - 1`, so
        // `pc + WINDOW <= ops.len()`: the array is inside the slice, which
        // `self` keeps borrowed for the window's lifetime.
        let ops = unsafe { &*(self.ops.as_ptr().add(pc) as *const [Op; WINDOW]) };
        Some(Window { ops, instrs: self })
    }
}

/// `WINDOW` consecutive instructions of one `Instrs`, and that `Instrs`
/// (for its constants, read only by the instructions that use one: the
/// eval loop does not load the constants' address on every instruction).
/// Both fields are private: `konst` is sound only while they come from
/// the same `Instrs`.
#[derive(Clone, Copy)]
pub struct Window<'a> {
    ops: &'a [Op; WINDOW],
    instrs: &'a Instrs,
}

static NULL: Value = Value::Null;

impl<'a> Window<'a> {
    /// The instructions: `ops()[0]` is the one fetched, the rest follow it.
    #[inline(always)]
    pub fn ops(self) -> &'a [Op; WINDOW] {
        self.ops
    }

    /// The constant a `LoadConst` at `ops[i]` pushes, or the group it
    /// heads (Null for any other instruction).
    #[inline(always)]
    pub fn konst(&self, i: usize) -> &'a Value {
        match self.ops[i].const_index() {
            // SAFETY: `ops` and `consts` come from one `Instrs`, whose
            // constructor checked that every constant index in it (a
            // `LoadConst`'s, or a fused group's headed by one) is in range.
            Some(k) => unsafe { self.instrs.consts.get_unchecked(k as usize) },
            None => &NULL,
        }
    }
}

#[cold]
#[inline(never)]
fn grow<T>(stack: &mut Vec<T>) {
    stack.reserve(stack.len().max(16));
}

/// mimalloc as the global allocator, called through its plain entry points.
///
/// The interpreter allocates and frees many small objects, and glibc's
/// allocator spends much of that time consolidating free chunks. The
/// `mimalloc` crate's allocator sends every request, whatever its alignment,
/// to `mi_malloc_aligned`, whose fast path only serves a size class whose
/// free list is non-empty. Once a list drains, every later request of a
/// size that is not a power of two over-allocates from a larger class, and
/// the drained class is never refilled: a Rust object allocated and freed
/// in a loop paid ~130 extra instructions per allocation. Requests whose
/// alignment `mi_malloc` already guarantees (a word, and no more than the
/// size, as `std`'s own `System` allocator decides for malloc) go to
/// `mi_malloc` instead.
pub struct Allocator;

/// The alignment of every `mi_malloc` block at least this large: its size
/// classes are whole words (a 24-byte block may be only 8-aligned).
const MALLOC_ALIGN: usize = std::mem::size_of::<usize>();

/// True if a block of `size` bytes from the plain entry points is aligned
/// enough for `align`.
fn plain(align: usize, size: usize) -> bool {
    align <= MALLOC_ALIGN && align <= size
}

// SAFETY: every block comes from mimalloc and goes back to it (`mi_free`
// accepts blocks from all its allocation functions). Blocks from `mi_malloc`,
// `mi_zalloc` and `mi_realloc` of at least a word are word-aligned, and a
// smaller block is aligned to its power-of-two size class, which is at
// least the size; `plain` sends only layouts within both bounds there, and
// every other layout to the aligned entry points.
unsafe impl std::alloc::GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys as mi;
        if plain(layout.align(), layout.size()) {
            mi::mi_malloc(layout.size()).cast()
        } else {
            mi::mi_malloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys as mi;
        if plain(layout.align(), layout.size()) {
            mi::mi_zalloc(layout.size()).cast()
        } else {
            mi::mi_zalloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        libmimalloc_sys::mi_free(ptr.cast());
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        use libmimalloc_sys as mi;
        if plain(layout.align(), new_size) {
            mi::mi_realloc(ptr.cast(), new_size).cast()
        } else {
            mi::mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unboxed_variants_are_the_first_six() {
        fn noop(_: &mut crate::vm::Vm, _: crate::objects::Args) -> crate::vm::PyResult {
            Ok(Value::None)
        }
        for v in [
            Value::Null,
            Value::None,
            Value::Bool(true),
            Value::Int(-1),
            Value::Float(0.5),
        ] {
            assert!(tag(&v) < UNBOXED_MAX);
        }
        assert_eq!(tag(&Value::NativeMethod(noop)), UNBOXED_MAX);
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

    #[test]
    fn allocator_honours_every_alignment() {
        use std::alloc::{GlobalAlloc, Layout};
        for (size, align) in [
            (1, 1),
            (4, 4),
            (8, 8),
            (24, 8),
            (24, 16),
            (40, 32),
            (3, 64),
            (100, 4096),
        ] {
            let layout = Layout::from_size_align(size, align).unwrap();
            // Several blocks of each layout, so a later block from a size
            // class whose first block happened to be aligned is checked too.
            let blocks: Vec<*mut u8> = (0..64)
                .map(|_| {
                    // SAFETY: the layout has a non-zero size.
                    let p = unsafe { Allocator.alloc(layout) };
                    assert!(!p.is_null());
                    assert_eq!(p as usize % align, 0, "size {size} align {align}");
                    p
                })
                .collect();
            for p in blocks {
                // SAFETY: `p` came from `alloc` with this layout.
                let q = unsafe { Allocator.realloc(p, layout, size * 3) };
                assert_eq!(q as usize % align, 0, "realloc size {size} align {align}");
                // SAFETY: `q` came from `realloc` with this alignment.
                unsafe { Allocator.dealloc(q, Layout::from_size_align(size * 3, align).unwrap()) };
            }
        }
    }

    #[test]
    fn a_cursor_grows_the_stack_and_gives_its_length_back() {
        let mut stack: Vec<Value> = Vec::with_capacity(2);
        stack.push(Value::Int(1));
        {
            let mut st = Cursor::new(&mut stack);
            // Past the capacity: the buffer moves, the values go with it.
            for i in 2..40 {
                st.push(Value::Int(i));
            }
            st.push_slot(0);
            st.push_clone(&Value::str("s"));
            assert_eq!(st.len(), 41);
            assert!(matches!(st.get(39), Value::Int(1)));
            assert!(matches!(st.pop(), Value::Str(_)));
            st.top_mut(2).swap(0, 1);
            assert!(matches!(st.top(), Value::Int(39)));
            st.truncate(10);
        }
        assert_eq!(stack.len(), 10);
        assert!(matches!(stack[9], Value::Int(10)));
        let mut empty: Vec<Value> = Vec::new();
        assert!(Cursor::new(&mut empty).pop().is_null());
    }

    #[test]
    fn a_window_reads_padding_past_the_last_instruction() {
        let ops = vec![Op::LoadConst(1), Op::Pop, Op::LoadConst(0)];
        let code = Instrs::new(ops, vec![Value::Int(7), Value::Int(8)]);
        assert_eq!(code.ops().len(), 3);
        let w = code.window(0).expect("a real instruction");
        assert!(matches!(w.konst(0), Value::Int(8)));
        assert!(w.konst(1).is_null());
        assert!(matches!(w.konst(2), Value::Int(7)));
        let last = code.window(2).expect("a real instruction");
        assert!(matches!(last.ops()[1..], [Op::Nop, Op::Nop, Op::Nop]));
        assert!(code.window(3).is_none());
    }

    #[test]
    #[should_panic(expected = "out of range")]
    fn a_constant_index_out_of_range_is_refused() {
        Instrs::new(vec![Op::LoadConst(1)], vec![Value::None]);
    }
}
