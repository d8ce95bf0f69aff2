//! The virtual machine: per-thread state (`Vm`), the interpreter shared by
//! all threads (`Interp`), and the object protocol used by the eval loop
//! and the built-in modules.
//!
//! `eval.rs` holds the loop and nothing else; `call.rs` binds arguments and
//! pushes frames; `ops.rs` the operators; `attr.rs` attribute access;
//! `exception.rs` exception objects and tracebacks; `generator.rs`
//! generators; `import.rs` the import system.

pub mod attr;
pub mod call;
pub mod containers;
pub mod eval;
pub mod exception;
pub mod format;
pub mod gc;
pub mod generator;
pub mod import;
pub mod interp;
pub mod iter;
pub mod ops;
pub mod subscr;

use std::rc::Rc;

pub use interp::{Interp, Types};

use crate::bytecode::Code;
use crate::objects::{Class, DictObj, Value};

/// The result of anything that can raise: `Err` holds the exception instance.
pub type PyResult<T = Value> = Result<T, Value>;

/// How a frame returns control.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FrameKind {
    /// Called from bytecode: its result is pushed on the caller's stack.
    Normal,
    /// `__init__` called by a class call: the instance (local 0) is the result.
    Init,
    /// Called from Rust: `eval::run` returns when it finishes.
    Entry,
}

/// One activation record. Its locals and operand stack live in `Vm::stack`
/// from `base` on, so calls allocate nothing on the heap.
/// Owned by the thread running it.
pub struct Frame {
    pub code: Rc<Code>,
    pub pc: usize,
    /// Index of local slot 0 in `Vm::stack`.
    pub base: usize,
    /// Stack length to restore when the frame returns (drops the callee too).
    pub ret_base: usize,
    pub globals: Rc<DictObj>,
    /// Namespace of a module or class body (LoadName/StoreName).
    pub namespace: Option<Rc<DictObj>>,
    pub kind: FrameKind,
}

impl Frame {
    /// The source line of the instruction the frame is at (the last one
    /// started: `pc` has already moved past it).
    pub fn line(&self) -> u32 {
        self.code
            .lines
            .get(self.pc.saturating_sub(1))
            .copied()
            .unwrap_or(self.code.first_line)
    }
}

/// Per-thread interpreter state. Owned by its thread; used only while that
/// thread holds the GIL.
pub struct Vm {
    pub interp: Rc<Interp>,
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    /// The exception being handled (`sys.exc_info()`), or `Null`.
    pub handled: Value,
    /// Address near the base of this thread's Rust stack.
    pub stack_base: usize,
    /// Instructions left before the next periodic check (the GIL countdown).
    pub ticks: i32,
    /// `ticks` when this thread's instructions were last counted into the
    /// clock (`account`).
    pub ticks_mark: i32,
    /// `gil::turns()` when this thread's countdown was last started.
    pub turn: u32,
    /// A generator frame that just yielded, with its stack slice, for
    /// `resume_generator` to take.
    pub suspended: Option<(Frame, Vec<Value>)>,
    /// Containers whose repr is being computed (recursion shows `[...]`).
    pub repr_guard: Vec<usize>,
    /// Nesting of recursive native operations (repr, comparison of
    /// containers), counted against the recursion limit as CPython does.
    pub native_depth: usize,
    /// Set when a suspending generator holds containers (see `gc`).
    pub gen_needs_tracking: bool,
}

/// Rust stack kept free below the deepest allowed nested call.
const STACK_RESERVE: usize = 256 * 1024;
/// Rust stack size of every interpreter thread (virtual; touched pages only).
pub const THREAD_STACK_SIZE: usize = 256 * 1024 * 1024;

impl Vm {
    /// Counts the instructions run since the last count into the clock
    /// (`gil::clock`: the virtual clock advances by them). Called at every
    /// periodic check and before a wait or a clock read.
    #[inline]
    pub fn account(&mut self) {
        let n = self.ticks_mark - self.ticks;
        if n > 0 {
            crate::gil::clock::executed(n as u64);
            crate::gil::stats::executed(n as u64);
        }
        self.ticks_mark = self.ticks;
    }

    /// Starts a full countdown if this thread gave the GIL up since its
    /// countdown last started (a wait, `sleep(0)`, I/O): a turn is N
    /// instructions from when the thread takes the GIL. Called after every
    /// operation that may give the GIL up.
    #[inline]
    pub fn resync_turn(&mut self) {
        let n = crate::gil::turns();
        if n != self.turn {
            self.account();
            self.turn = n;
            self.ticks = self.interp.switch_interval.get().max(1);
            self.ticks_mark = self.ticks;
        }
    }

    pub fn new(interp: Rc<Interp>) -> Vm {
        let marker = 0u8;
        // A new thread's first turn is a full interval like every other.
        let ticks = interp.switch_interval.get().max(1);
        Vm {
            interp,
            stack: Vec::with_capacity(1024),
            frames: Vec::with_capacity(64),
            handled: Value::Null,
            stack_base: &marker as *const u8 as usize,
            ticks,
            ticks_mark: ticks,
            turn: crate::gil::turns(),
            suspended: None,
            repr_guard: Vec::new(),
            gen_needs_tracking: false,
            native_depth: 0,
        }
    }

    pub fn types(&self) -> &Types {
        &self.interp.types
    }

    /// Raises RecursionError when the Python call depth passes the limit or
    /// the Rust stack runs low (deep recursion through native code).
    #[inline]
    pub fn check_recursion(&self) -> PyResult<()> {
        if self.frames.len() >= self.interp.recursion_limit.get() {
            return Err(self.recursion_error());
        }
        let marker = 0u8;
        let here = &marker as *const u8 as usize;
        let used = self.stack_base.saturating_sub(here);
        if used + STACK_RESERVE > THREAD_STACK_SIZE {
            return Err(self.recursion_error());
        }
        Ok(())
    }

    /// Enters a recursive native operation (`repr` of a container, container
    /// comparison …); `what` completes the RecursionError message.
    #[inline]
    pub fn enter_native(&mut self, what: &str) -> PyResult<()> {
        self.native_depth += 1;
        if self.frames.len() + self.native_depth > self.interp.recursion_limit.get()
            || self.check_recursion().is_err()
        {
            self.native_depth -= 1;
            return Err(self.new_exception(
                &self.types().recursion_error,
                format!("maximum recursion depth exceeded{}", what),
            ));
        }
        Ok(())
    }

    #[inline]
    pub fn leave_native(&mut self) {
        self.native_depth = self.native_depth.saturating_sub(1);
    }

    #[cold]
    pub(crate) fn recursion_error(&self) -> Value {
        self.new_exception(
            &self.types().recursion_error,
            "maximum recursion depth exceeded",
        )
    }

    pub fn intern(&self, s: &str) -> Value {
        self.interp.intern(s)
    }

    pub fn class_of(&self, v: &Value) -> Rc<Class> {
        self.interp.types.class_of(v)
    }

    pub fn type_name(&self, v: &Value) -> String {
        self.class_of(v).name()
    }
}
