//! The eval loop: one `match` over `Op`, frames on `Vm::frames`, values on
//! `Vm::stack`.
//!
//! A call from bytecode to bytecode pushes a `Frame` and keeps looping, so
//! Python recursion never recurses on the Rust stack; only calls that go
//! through Rust (a native function calling back, `__init__` of a class with
//! a native `__new__`, generator resumption) nest `run_frame`, and
//! `check_recursion` bounds those.
//!
//! Exceptions leave `execute` as `Err((exc, new))`; `unwind` walks the
//! frames' exception tables, adding a traceback entry per frame (for the
//! raising frame only when `new`: a re-raise keeps its traceback).

use std::rc::Rc;

use super::gc::note_store;
use super::{Frame, FrameKind, PyResult, Vm};
use crate::bytecode::code::{CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS};
use crate::bytecode::{Code, Op};
use crate::gil::guard::{push, push_clone, push_slot, ArgBuf, Cursor};
use crate::objects::dict::Lookup;
use crate::objects::{Args, Class, DictObj, Function, NativeFn, Object, SetObj, SetTable, Value};
use crate::syntax::ast::{BinOp, CmpOp};

/// An exception leaving `execute`, and whether it was raised just now
/// (so the current frame belongs in its traceback).
type Raised = (Value, bool);

/// How `slow_op` leaves the loop's state.
enum Flow {
    /// Go on at this pc in the same frame.
    Next(usize),
    /// A frame was pushed or popped: reload the top one.
    Frame,
    /// The loop is done: the entry frame returned, or a generator yielded.
    Exit(Value),
}

impl Vm {
    /// Runs the frame on top of `frames` (an `Entry` frame) to completion.
    pub fn run_entry(&mut self) -> PyResult<Value> {
        self.run_frame(None)
    }

    /// Runs the top frame; with `thrown`, first raises it at the frame's
    /// current instruction (generator `throw`).
    pub fn run_frame(&mut self, thrown: Option<Value>) -> PyResult<Value> {
        let depth = self.frames.len();
        let mut pending: Option<Raised> = None;
        if let Some(exc) = thrown {
            match self.throw_into_delegate(exc) {
                Ok(Some(v)) => return Ok(v),
                Ok(None) => {}
                Err(e) => pending = Some((e, true)),
            }
        }
        loop {
            if let Some((exc, new)) = pending.take() {
                self.unwind(exc, new, depth)?;
            }
            match self.execute() {
                Ok(v) => return Ok(v),
                Err(raised) => pending = Some(raised),
            }
        }
    }

    /// A generator suspended in `yield from` passes a thrown exception on
    /// to the iterator it delegates to. `Ok(Some(v))`: the delegate yielded
    /// `v` (the generator stays suspended); `Ok(None)`: the delegate
    /// finished and the frame can go on.
    fn throw_into_delegate(&mut self, exc: Value) -> PyResult<Option<Value>> {
        let (pc, delegating) = match self.frames.last() {
            Some(f) => (f.pc, f.code.ops().get(f.pc) == Some(&Op::YieldFrom)),
            None => return Err(exc),
        };
        if !delegating {
            if let Some(f) = self.frames.last_mut() {
                f.pc = pc + 1;
            }
            return Err(exc);
        }
        let inner = self.stack.last().cloned().unwrap_or_default();
        let is_exit = self.exc_matches(&exc, &self.types().generator_exit.clone());
        let inner_is_gen = matches!(&inner, Value::Obj(o) if matches!(&**o, Object::Generator(_)));
        if let Some(f) = self.frames.last_mut() {
            f.pc = pc + 1;
        }
        if is_exit {
            if inner_is_gen {
                self.generator_close(&inner)?;
            } else if let Ok(close) = self.get_attr(&inner, &self.intern("close")) {
                self.call(&close, vec![], vec![])?;
            }
            return Err(exc);
        }
        let result = if inner_is_gen {
            self.generator_throw(&inner, exc)
        } else {
            match self.get_attr(&inner, &self.intern("throw")) {
                Ok(t) => self.call(&t, vec![exc], vec![]),
                Err(_) => return Err(exc),
            }
        };
        match result {
            Ok(v) => {
                if let Some(f) = self.frames.last_mut() {
                    f.pc = pc;
                }
                self.suspend();
                Ok(Some(v))
            }
            Err(e) if self.exc_matches(&e, &self.types().stop_iteration.clone()) => {
                let v = stop_value(&e);
                self.stack.pop();
                push(&mut self.stack, v);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// Moves the top (generator) frame and its stack slice into
    /// `self.suspended`, for `resume_generator` to store.
    fn suspend(&mut self) {
        if let Some(frame) = self.frames.pop() {
            if self.stack[frame.base..].iter().any(super::gc::is_container) {
                // The caller's generator object is tracked by `resume_generator`.
                self.gen_needs_tracking = true;
            }
            let seg = self.stack.split_off(frame.base);
            self.stack.truncate(frame.ret_base);
            self.suspended = Some((frame, seg));
        }
    }

    /// Finds a handler for `exc`, popping frames down to `depth`; `Err`
    /// when the exception leaves the entry frame.
    fn unwind(&mut self, exc: Value, new: bool, depth: usize) -> PyResult<()> {
        if new {
            self.set_context(&exc);
        }
        let mut add = new;
        loop {
            let Some(f) = self.frames.last_mut() else {
                return Err(exc);
            };
            let at = f.pc.saturating_sub(1);
            if add {
                let line = f.line();
                let (file, name) = (f.code.filename.clone(), f.code.name.clone());
                self.add_traceback(&exc, &file, &name, line);
            }
            add = true;
            let f = self.frames.last_mut().expect("checked above");
            if let Some(h) = f.code.handler_for(at) {
                let sp = f.base + f.code.nlocals as usize + h.depth as usize;
                f.pc = h.handler as usize;
                self.stack.truncate(sp);
                push(&mut self.stack, exc);
                return Ok(());
            }
            let f = self.frames.pop().expect("checked above");
            self.stack.truncate(f.ret_base);
            if self.frames.len() < depth {
                return Err(exc);
            }
        }
    }

    /// `exc.__context__` = the exception being handled, when it has none.
    fn set_context(&self, exc: &Value) {
        if self.handled.is_null() || self.handled.is(exc) {
            return;
        }
        if let Value::Instance(i) = exc {
            if i.dict.get_str("__context__").is_none() {
                i.dict.set_str("__context__", self.handled.clone());
            }
        }
    }

    #[inline]
    fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or_default()
    }

    #[inline]
    fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::Null)
    }

    /// The loop proper: the common instructions, each with its fast path,
    /// inline; everything else in `slow_op`. Returns when the entry frame
    /// returns (or a generator frame yields).
    ///
    /// The loop's state lives in locals: the frame's code, pc and base, the
    /// GIL countdown (`self.ticks` is written back around every call that
    /// may read or reset it) and the value stack's `Cursor`, dropped before
    /// any call that needs the `Vm` and made anew after it.
    fn execute(&mut self) -> Result<Value, Raised> {
        let mut code: Rc<Code>;
        let mut pc: usize;
        let mut base: usize;
        let mut ticks: i32 = self.ticks;
        macro_rules! load_frame {
            () => {{
                let f = self.frames.last().expect("a running frame");
                code = f.code.clone();
                pc = f.pc;
                base = f.base;
            }};
        }
        macro_rules! save_pc {
            () => {
                if let Some(f) = self.frames.last_mut() {
                    f.pc = pc;
                }
            };
        }
        // Leaves with the exception `$e`, computed after the stack is
        // given back to the `Vm`.
        macro_rules! throw {
            ($st:ident, $e:expr) => {{
                drop($st);
                save_pc!();
                self.ticks = ticks;
                let e = $e;
                return Err((e, true));
            }};
        }
        // Calls `$e`, which needs the `Vm` (and may run other code, or
        // hand the GIL over), with the stack and countdown given back.
        macro_rules! call_out {
            ($st:ident, $e:expr) => {{
                drop($st);
                self.ticks = ticks;
                let r = $e;
                ticks = self.ticks;
                $st = Cursor::new(&mut self.stack);
                r
            }};
        }
        macro_rules! tri {
            ($st:ident, $e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => throw!($st, e),
                }
            };
        }
        macro_rules! load_fast {
            ($st:ident, $s:expr) => {{
                let i = base + $s as usize;
                if $st.get(i).is_null() {
                    throw!($st, self.unbound_local(&code, $s));
                }
                $st.push_slot(i);
            }};
        }
        // The rest of a fused group ran with its head: skip its `$n` other
        // members, counting them against the turn.
        macro_rules! group_done {
            ($n:expr) => {{
                ticks -= $n;
                pc += $n;
                continue;
            }};
        }
        // The value a member LoadConst/LoadFast of a fused group pushes.
        macro_rules! member_operand {
            ($st:ident, $w:ident, $i:expr) => {
                match $w.ops()[$i] {
                    Op::LoadFast(b) => $st.get(base + b as usize),
                    _ => $w.konst($i),
                }
            };
        }
        // The rest of the instruction, or all of it, out of line.
        macro_rules! slow {
            ($st:ident, $op:expr) => {{
                drop($st);
                self.ticks = ticks;
                let flow = self.slow_op($op, &code, pc, base);
                ticks = self.ticks;
                match flow {
                    Ok(Flow::Next(next)) => pc = next,
                    Ok(Flow::Frame) => load_frame!(),
                    Ok(Flow::Exit(v)) => return Ok(v),
                    Err(raised) => return Err(raised),
                }
                $st = Cursor::new(&mut self.stack);
            }};
        }
        load_frame!();
        let mut st = Cursor::new(&mut self.stack);
        loop {
            let w = match code.body.window(pc) {
                Some(w) => w,
                None => throw!(st, self.runtime_error("bytecode ran off the end")),
            };
            // Matched in place: each arm reads its own operand, rather than
            // all of them copied out before the jump.
            let op = &w.ops()[0];
            pc += 1;
            ticks -= 1;
            if ticks <= 0 {
                save_pc!();
                let r = call_out!(st, self.periodic());
                tri!(st, r);
            }
            match *op {
                Op::Nop => {}
                Op::Pop => discard(Some(st.pop())),
                Op::Dup => {
                    let n = st.len();
                    st.push_slot(n - 1);
                }
                Op::Dup2 => {
                    let n = st.len();
                    st.push_slot(n - 2);
                    st.push_slot(n - 1);
                }
                Op::Swap(n) => {
                    let top = st.top_mut(n as usize);
                    let last = top.len() - 1;
                    top.swap(0, last);
                }
                Op::Rot3 => {
                    let top = st.top_mut(3);
                    top.swap(2, 1);
                    top.swap(1, 0);
                }
                Op::LoadConst(_) => st.push_clone(w.konst(0)),
                Op::LoadFast(s) => load_fast!(st, s),
                Op::FastFast(a) => {
                    if ticks >= 2 {
                        if let Op::LoadFast(b) = w.ops()[1] {
                            let (i, j) = (base + a as usize, base + b as usize);
                            if !st.get(i).is_null() && !st.get(j).is_null() {
                                st.push_slot(i);
                                st.push_slot(j);
                                group_done!(1);
                            }
                        }
                    }
                    load_fast!(st, a);
                }
                Op::FastConstArith(a) | Op::FastFastArith(a) => {
                    if ticks >= 3 {
                        let r = match w.ops()[2] {
                            Op::Binary(bop) | Op::Inplace(bop) => fast_arith(
                                bop,
                                st.get(base + a as usize),
                                member_operand!(st, w, 1),
                            ),
                            _ => None,
                        };
                        if let Some(r) = r {
                            st.push(r);
                            group_done!(2);
                        }
                    }
                    load_fast!(st, a);
                }
                Op::FastConstArithStore(a) => {
                    if ticks >= 4 {
                        if let (
                            Op::LoadConst(_),
                            Op::Binary(bop) | Op::Inplace(bop),
                            Op::StoreFast(s),
                        ) = (w.ops()[1], w.ops()[2], w.ops()[3])
                        {
                            let r = fast_arith(bop, st.get(base + a as usize), w.konst(1));
                            if let Some(r) = r {
                                let old = std::mem::replace(st.get_mut(base + s as usize), r);
                                discard(Some(old));
                                group_done!(3);
                            }
                        }
                    }
                    load_fast!(st, a);
                }
                Op::FastConstCmpJump(a) | Op::FastFastCmpJump(a) => {
                    if ticks >= 4 {
                        if let (Op::Compare(cop), Op::PopJumpIfFalse(t)) = (w.ops()[2], w.ops()[3])
                        {
                            let right = member_operand!(st, w, 1);
                            let r = quick_cmp(cop, st.get(base + a as usize), right);
                            if let Some(r) = r {
                                ticks -= 3;
                                pc = if r { pc + 3 } else { t as usize };
                                continue;
                            }
                        }
                    }
                    load_fast!(st, a);
                }
                Op::FastFastSubscr(a) | Op::FastConstSubscr(a) => {
                    if ticks >= 3 {
                        let key = member_operand!(st, w, 1);
                        let item = match (st.get(base + a as usize), key) {
                            (Value::List(l), Value::Int(i)) => list_item(l, *i),
                            _ => None,
                        };
                        if let Some(v) = item {
                            st.push(v);
                            group_done!(2);
                        }
                    }
                    load_fast!(st, a);
                }
                Op::FastFastStoreSubscr(a) => {
                    if ticks >= 3 {
                        if let Op::LoadFast(b) = w.ops()[1] {
                            let (li, ki) = (base + a as usize, base + b as usize);
                            let at = match (st.get(li), st.get(ki)) {
                                (Value::List(l), Value::Int(i)) => {
                                    seq_index(l.items.borrow().len(), *i)
                                }
                                _ => None,
                            };
                            if let Some(i) = at {
                                let v = st.pop();
                                let list = st.get(li);
                                note_store(&self.interp, list, &v);
                                if let Value::List(l) = list {
                                    let old = std::mem::replace(&mut l.items.borrow_mut()[i], v);
                                    discard(Some(old));
                                }
                                group_done!(2);
                            }
                        }
                    }
                    load_fast!(st, a);
                }
                Op::FastConstDupSubscr(a) => {
                    if ticks >= 4 {
                        if let Op::LoadConst(_) = w.ops()[1] {
                            let item = match (st.get(base + a as usize), w.konst(1)) {
                                (Value::List(l), Value::Int(i)) => list_item(l, *i),
                                _ => None,
                            };
                            if let Some(item) = item {
                                st.push_slot(base + a as usize);
                                st.push_clone(w.konst(1));
                                st.push(item);
                                group_done!(3);
                            }
                        }
                    }
                    load_fast!(st, a);
                }
                Op::InplaceStoreSubscr(bop) => {
                    // (list key old rhs): old op= rhs, stored back at list[key].
                    if ticks >= 3 {
                        let four = st.top_mut(4);
                        let r = fast_arith(bop, &four[2], &four[3]);
                        // A number replaces a number: nothing to track or drop.
                        let stored = match (r, &four[0], &four[1]) {
                            (Some(r), Value::List(l), Value::Int(i)) => {
                                let mut items = l.items.borrow_mut();
                                match seq_index(items.len(), *i) {
                                    Some(i) => {
                                        items[i] = r;
                                        true
                                    }
                                    None => false,
                                }
                            }
                            // `counts[word] += 1`: the key was just found by
                            // the load, and its hash is cached.
                            (Some(r), Value::Dict(d), key @ Value::Str(k)) => {
                                let mut table = d.table.borrow_mut();
                                match table.lookup(k.hash(), key) {
                                    Lookup::Found(i) => {
                                        table.set_value_at(i, r);
                                        true
                                    }
                                    _ => false,
                                }
                            }
                            _ => false,
                        };
                        if stored {
                            let n = st.len();
                            st.truncate(n - 4);
                            group_done!(2);
                        }
                    }
                    if arith_in_place(bop, st.top_mut(2)) {
                        // The right operand is an unboxed number: nothing to drop.
                        std::mem::forget(st.pop());
                        continue;
                    }
                    slow!(st, Op::Inplace(bop));
                }
                Op::FastAttr(a) => {
                    if ticks >= 2 {
                        if let (Op::LoadAttr(n), Value::Instance(inst)) =
                            (w.ops()[1], st.get(base + a as usize))
                        {
                            if let Some(v) = super::attr::cached_attr(&code, n as usize, inst) {
                                st.push(v);
                                group_done!(1);
                            }
                        }
                    }
                    load_fast!(st, a);
                }
                Op::FastStoreAttr(a) => {
                    if ticks >= 2 {
                        if let (Op::StoreAttr(n), Value::Instance(_)) =
                            (w.ops()[1], st.get(base + a as usize))
                        {
                            let v = st.pop();
                            let obj = st.get(base + a as usize);
                            note_store(&self.interp, obj, &v);
                            let stored = match obj {
                                Value::Instance(inst) => {
                                    super::attr::cached_store(&code, n as usize, inst, v)
                                }
                                _ => Err(v),
                            };
                            match stored {
                                Ok(old) => {
                                    discard(Some(old));
                                    group_done!(1);
                                }
                                Err(back) => st.push(back),
                            }
                        }
                    }
                    load_fast!(st, a);
                }
                Op::CompareJump(cop) => {
                    if ticks >= 2 {
                        let two = st.top_mut(2);
                        let r = quick_cmp(cop, &two[0], &two[1]);
                        if let (Some(r), Op::PopJumpIfFalse(t)) = (r, w.ops()[1]) {
                            discard(Some(st.pop()));
                            discard(Some(st.pop()));
                            ticks -= 1;
                            pc = if r { pc + 1 } else { t as usize };
                            continue;
                        }
                    }
                    slow!(st, Op::Compare(cop));
                }
                Op::StoreFast(s) => {
                    let v = st.pop();
                    discard(Some(std::mem::replace(st.get_mut(base + s as usize), v)));
                }
                Op::StoreAttr(n) => {
                    if let Value::Instance(_) = st.top() {
                        let obj = st.pop();
                        let v = st.pop();
                        note_store(&self.interp, &obj, &v);
                        let stored = match &obj {
                            Value::Instance(inst) => {
                                super::attr::cached_store(&code, n as usize, inst, v)
                            }
                            _ => Err(v),
                        };
                        match stored {
                            Ok(old) => {
                                discard(Some(old));
                                discard(Some(obj));
                                continue;
                            }
                            Err(back) => {
                                st.push(back);
                                st.push(obj);
                            }
                        }
                    }
                    slow!(st, *op);
                }
                Op::LoadAttr(n) => {
                    if let Value::Instance(inst) = st.top() {
                        if let Some(v) = super::attr::cached_attr(&code, n as usize, inst) {
                            let top = st.len() - 1;
                            let obj = std::mem::replace(st.get_mut(top), v);
                            discard(Some(obj));
                            continue;
                        }
                    }
                    slow!(st, *op);
                }
                Op::LoadMethod(n) => {
                    // [obj] becomes [function, obj], or [obj.name, Null].
                    match Vm::cached_method_in(&self.interp, &code, n as usize, st.top()) {
                        Some(f) => {
                            let top = st.len() - 1;
                            let obj = std::mem::replace(st.get_mut(top), f);
                            st.push(obj);
                        }
                        None => slow!(st, *op),
                    }
                }
                Op::LoadGlobal(n) => {
                    let globals = &self.frames.last().expect("a running frame").globals;
                    if !push_cached_global(&mut st, &code, n, globals, &self.interp.builtins) {
                        slow!(st, *op);
                    }
                }
                Op::CallMethod(argc) => {
                    let argc = argc as usize;
                    let fpos = st.len() - argc - 2;
                    save_pc!();
                    if st.get(fpos + 1).is_null() {
                        if let Some(f) = unbound_native_fn(st.get(fpos)) {
                            let r = call_out!(st, self.call_native_method_top(fpos, f));
                            tri!(st, r);
                            continue;
                        }
                    } else if let Some(f) = unbound_native_fn(st.get(fpos)) {
                        let r = call_out!(st, self.call_native_top(fpos, f));
                        tri!(st, r);
                        continue;
                    } else if let Some(frame) = plain_frame(
                        &st,
                        self.frames.len(),
                        self.interp.recursion_limit.get(),
                        fpos,
                        argc + 1,
                    ) {
                        enter_frame(&mut st, &mut self.frames, frame, argc + 1);
                        load_frame!();
                        continue;
                    }
                    slow!(st, *op);
                }
                Op::Call(argc) => {
                    let fpos = st.len() - argc as usize - 1;
                    save_pc!();
                    if let Some(frame) = plain_frame(
                        &st,
                        self.frames.len(),
                        self.interp.recursion_limit.get(),
                        fpos,
                        argc as usize,
                    ) {
                        enter_frame(&mut st, &mut self.frames, frame, argc as usize);
                        load_frame!();
                        continue;
                    }
                    slow!(st, *op);
                }
                Op::Binary(bop) | Op::Inplace(bop) => {
                    // Small-int arithmetic in place, without popping.
                    if arith_in_place(bop, st.top_mut(2)) {
                        // The right operand is an unboxed number: nothing to drop.
                        std::mem::forget(st.pop());
                        continue;
                    }
                    slow!(st, *op);
                }
                Op::Compare(cop) => {
                    let two = st.top_mut(2);
                    if let Some(r) = quick_cmp(cop, &two[0], &two[1]) {
                        let b = st.pop();
                        let top = st.len() - 1;
                        let a = std::mem::replace(st.get_mut(top), Value::Bool(r));
                        discard(Some(b));
                        discard(Some(a));
                        continue;
                    }
                    slow!(st, *op);
                }
                Op::UnaryNeg => match st.top_mut(1) {
                    [Value::Int(i)] if *i != i64::MIN => *i = -*i,
                    [Value::Float(f)] => *f = -*f,
                    _ => slow!(st, *op),
                },
                Op::UnaryNot => match st.top_mut(1) {
                    [Value::Bool(b)] => *b = !*b,
                    _ => slow!(st, *op),
                },
                Op::Subscr => {
                    let two = st.top_mut(2);
                    let fast = match (&two[0], &two[1]) {
                        (Value::List(l), Value::Int(i)) => list_item(l, *i),
                        (Value::Dict(d), key @ Value::Str(k)) => dict_str_item(d, key, k),
                        _ => None,
                    };
                    if let Some(v) = fast {
                        let key = st.pop();
                        let top = st.len() - 1;
                        let obj = std::mem::replace(st.get_mut(top), v);
                        discard(Some(key));
                        discard(Some(obj));
                        continue;
                    }
                    slow!(st, *op);
                }
                Op::StoreSubscr => {
                    let two = st.top_mut(2);
                    let at = match (&two[0], &two[1]) {
                        (Value::List(l), Value::Int(i)) => seq_index(l.items.borrow().len(), *i),
                        _ => None,
                    };
                    if let Some(i) = at {
                        // The key is an int: nothing to drop.
                        std::mem::forget(st.pop());
                        let obj = st.pop();
                        let v = st.pop();
                        note_store(&self.interp, &obj, &v);
                        if let Value::List(l) = &obj {
                            let old = std::mem::replace(&mut l.items.borrow_mut()[i], v);
                            discard(Some(old));
                        }
                        discard(Some(obj));
                        continue;
                    }
                    slow!(st, *op);
                }
                Op::ForIter(target) => match fast_next(st.top()) {
                    Some(Some(v)) => st.push(v),
                    Some(None) => {
                        discard(Some(st.pop()));
                        pc = target as usize;
                    }
                    None => slow!(st, *op),
                },
                Op::ForIterStore(target) => match fast_next(st.top()) {
                    Some(Some(v)) => {
                        if ticks >= 2 {
                            if let Op::StoreFast(s) = w.ops()[1] {
                                let old = std::mem::replace(st.get_mut(base + s as usize), v);
                                discard(Some(old));
                                group_done!(1);
                            }
                        }
                        st.push(v);
                    }
                    Some(None) => {
                        discard(Some(st.pop()));
                        pc = target as usize;
                    }
                    None => slow!(st, Op::ForIter(target)),
                },
                Op::ConstArith(_) => {
                    if ticks >= 2 {
                        if let Op::Binary(bop) | Op::Inplace(bop) = w.ops()[1] {
                            let left = &mut st.top_mut(1)[0];
                            if let Some(r) = fast_arith(bop, left, w.konst(0)) {
                                // A number replaces a number: nothing to drop.
                                std::mem::forget(std::mem::replace(left, r));
                                group_done!(1);
                            }
                        }
                    }
                    st.push_clone(w.konst(0));
                }
                Op::ConstArithStore(_) => {
                    if ticks >= 3 {
                        if let (Op::Binary(bop) | Op::Inplace(bop), Op::StoreFast(s)) =
                            (w.ops()[1], w.ops()[2])
                        {
                            if let Some(r) = fast_arith(bop, st.top(), w.konst(0)) {
                                // The left operand was a number: nothing to drop.
                                std::mem::forget(st.pop());
                                let old = std::mem::replace(st.get_mut(base + s as usize), r);
                                discard(Some(old));
                                group_done!(2);
                            }
                        }
                    }
                    st.push_clone(w.konst(0));
                }
                Op::ConstCmpJump(_) => {
                    if ticks >= 3 {
                        if let (Op::Compare(cop), Op::PopJumpIfFalse(t)) = (w.ops()[1], w.ops()[2])
                        {
                            if let Some(r) = quick_cmp(cop, st.top(), w.konst(0)) {
                                discard(Some(st.pop()));
                                ticks -= 2;
                                pc = if r { pc + 2 } else { t as usize };
                                continue;
                            }
                        }
                    }
                    st.push_clone(w.konst(0));
                }
                Op::BinaryStore(bop) | Op::InplaceStore(bop) => {
                    if ticks >= 2 {
                        if let Op::StoreFast(s) = w.ops()[1] {
                            let two = st.top_mut(2);
                            if let Some(r) = fast_arith(bop, &two[0], &two[1]) {
                                // Two numbers: nothing to drop.
                                std::mem::forget(st.pop());
                                std::mem::forget(st.pop());
                                let old = std::mem::replace(st.get_mut(base + s as usize), r);
                                discard(Some(old));
                                group_done!(1);
                            }
                        }
                    }
                    if arith_in_place(bop, st.top_mut(2)) {
                        // The right operand is an unboxed number: nothing to drop.
                        std::mem::forget(st.pop());
                        continue;
                    }
                    slow!(st, op.unfused());
                }
                Op::Jump(t) => pc = t as usize,
                Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                    let b = match st.top() {
                        Value::Bool(b) => *b,
                        Value::Int(i) => *i != 0,
                        Value::None => false,
                        _ => {
                            slow!(st, *op);
                            continue;
                        }
                    };
                    // An unboxed value: nothing to drop.
                    std::mem::forget(st.pop());
                    if b == matches!(*op, Op::PopJumpIfTrue(_)) {
                        pc = t as usize;
                    }
                }
                Op::Return => {
                    let f = self.frames.last().expect("a running frame");
                    if f.kind != FrameKind::Normal || f.ret_base >= st.len() {
                        slow!(st, *op);
                        continue;
                    }
                    let v = st.pop();
                    let frame = self.frames.pop().expect("a running frame");
                    // The result takes the called function's slot.
                    st.truncate(frame.ret_base + 1);
                    discard(Some(std::mem::replace(st.get_mut(frame.ret_base), v)));
                    drop(frame);
                    load_frame!();
                }
                // Rare instructions, and those whose every case is slow (listed,
                // not `_`: a wildcard costs the jump table a range check).
                Op::DeleteFast(_)
                | Op::LoadDeref(_)
                | Op::StoreDeref(_)
                | Op::DeleteDeref(_)
                | Op::LoadCell(_)
                | Op::LoadClassDeref(_)
                | Op::MakeCell(_)
                | Op::StoreGlobal(_)
                | Op::DeleteGlobal(_)
                | Op::LoadName(_)
                | Op::StoreName(_)
                | Op::DeleteName(_)
                | Op::DeleteAttr(_)
                | Op::CallKw(_)
                | Op::CallEx(_)
                | Op::UnaryPos
                | Op::UnaryInvert
                | Op::DeleteSubscr
                | Op::BuildTuple(_)
                | Op::BuildList(_)
                | Op::BuildSet(_)
                | Op::BuildMap(_)
                | Op::BuildSlice(_)
                | Op::BuildString(_)
                | Op::FormatValue(_)
                | Op::ListAppend(_)
                | Op::SetAdd(_)
                | Op::MapAdd(_)
                | Op::ListExtend(_)
                | Op::SetUpdate(_)
                | Op::DictUpdate(_)
                | Op::DictMerge(_)
                | Op::ListToTuple
                | Op::UnpackSequence(_)
                | Op::UnpackEx(_)
                | Op::GetIter
                | Op::JumpIfFalseOrPop(_)
                | Op::JumpIfTrueOrPop(_)
                | Op::MakeFunction(_)
                | Op::LoadBuildClass
                | Op::Raise(_)
                | Op::Reraise
                | Op::PushExcInfo
                | Op::PopExcept
                | Op::PopExceptReraise
                | Op::CheckExcMatch
                | Op::LoadAssertionError
                | Op::BeforeWith
                | Op::WithExceptStart
                | Op::ImportName(_)
                | Op::ImportFrom(_)
                | Op::ImportStar
                | Op::ImportModule(_)
                | Op::YieldValue
                | Op::YieldFrom
                | Op::GetYieldFromIter
                | Op::PrintExpr => slow!(st, *op),
            }
        }
    }

    /// Every instruction the loop's fast paths leave: the rare ones, and
    /// the general case of the common ones (which the loop tried first and
    /// left untouched). Out of line, so that the loop stays small enough
    /// for its hot state to live in registers. `pc` is already past `op`;
    /// it is saved in the frame first, for calls and tracebacks.
    #[inline(never)]
    fn slow_op(
        &mut self,
        op: Op,
        code: &Rc<Code>,
        mut pc: usize,
        base: usize,
    ) -> Result<Flow, Raised> {
        macro_rules! save_pc {
            () => {
                if let Some(f) = self.frames.last_mut() {
                    f.pc = pc;
                }
            };
        }
        macro_rules! tri {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => {
                        save_pc!();
                        return Err((e, true));
                    }
                }
            };
        }
        macro_rules! throw {
            ($e:expr) => {{
                let e = $e;
                save_pc!();
                return Err((e, true));
            }};
        }
        macro_rules! load_fast {
            ($s:expr) => {{
                let i = base + $s as usize;
                if self.stack[i].is_null() {
                    throw!(self.unbound_local(code, $s));
                }
                push_slot(&mut self.stack, i);
            }};
        }
        save_pc!();
        match op.unfused() {
            Op::Nop => {}
            Op::Pop => discard(self.stack.pop()),
            Op::Dup => {
                let v = self.top().clone();
                push(&mut self.stack, v);
            }
            Op::Dup2 => {
                let n = self.stack.len();
                let a = self.stack[n - 2].clone();
                let b = self.stack[n - 1].clone();
                push(&mut self.stack, a);
                push(&mut self.stack, b);
            }
            Op::Swap(n) => {
                let len = self.stack.len();
                self.stack.swap(len - 1, len - n as usize);
            }
            Op::Rot3 => {
                let len = self.stack.len();
                self.stack.swap(len - 1, len - 2);
                self.stack.swap(len - 2, len - 3);
            }
            Op::LoadConst(k) => {
                let v = code.consts()[k as usize].clone();
                push(&mut self.stack, v);
            }
            Op::LoadFast(s) => load_fast!(s),
            Op::StoreFast(s) => {
                let v = self.pop();
                discard(Some(std::mem::replace(
                    &mut self.stack[base + s as usize],
                    v,
                )));
            }
            Op::Return => {
                let v = self.pop();
                let frame = self.frames.pop().expect("a running frame");
                match frame.kind {
                    FrameKind::Normal => {
                        // The result takes the called function's slot.
                        while self.stack.len() > frame.ret_base + 1 {
                            discard(self.stack.pop());
                        }
                        match self.stack.get_mut(frame.ret_base) {
                            Some(slot) => discard(Some(std::mem::replace(slot, v))),
                            None => push(&mut self.stack, v),
                        }
                    }
                    FrameKind::Init => {
                        let inst = std::mem::take(&mut self.stack[frame.ret_base]);
                        self.stack.truncate(frame.ret_base);
                        if !v.is_none() {
                            return Err((
                                self.type_error(format!(
                                    "__init__() should return None, not '{}'",
                                    self.type_name(&v)
                                )),
                                true,
                            ));
                        }
                        push(&mut self.stack, inst);
                    }
                    FrameKind::Entry => {
                        self.stack.truncate(frame.ret_base);
                        return Ok(Flow::Exit(v));
                    }
                }
                return Ok(Flow::Frame);
            }
            Op::DeleteFast(s) => {
                if self.stack[base + s as usize].is_null() {
                    throw!(self.unbound_local(code, s));
                }
                self.stack[base + s as usize] = Value::Null;
            }
            Op::LoadDeref(s) => {
                let v = cell_get(&self.stack[base + s as usize]);
                if v.is_null() {
                    throw!(self.unbound_deref(code, s));
                }
                push(&mut self.stack, v);
            }
            Op::StoreDeref(s) => {
                let v = self.pop();
                self.note_store(&self.stack[base + s as usize], &v);
                cell_set(&self.stack[base + s as usize], v);
            }
            Op::DeleteDeref(s) => {
                if cell_get(&self.stack[base + s as usize]).is_null() {
                    throw!(self.unbound_deref(code, s));
                }
                cell_set(&self.stack[base + s as usize], Value::Null);
            }
            Op::LoadCell(s) => {
                let v = self.stack[base + s as usize].clone();
                push(&mut self.stack, v);
            }
            Op::LoadClassDeref(s) => {
                let name = code.varnames[s as usize].clone();
                let ns = self.frames.last().and_then(|f| f.namespace.clone());
                let found = ns.and_then(|ns| ns.get_str(&name));
                let v = match found {
                    Some(v) => v,
                    None => {
                        let v = cell_get(&self.stack[base + s as usize]);
                        if v.is_null() {
                            throw!(self.unbound_deref(code, s));
                        }
                        v
                    }
                };
                push(&mut self.stack, v);
            }
            Op::MakeCell(s) => {
                let slot = &mut self.stack[base + s as usize];
                let v = std::mem::take(slot);
                *slot = Value::cell(v);
            }
            Op::LoadGlobal(n) => {
                let v = {
                    let globals = &self.frames.last().expect("a running frame").globals;
                    load_global(code, n as usize, globals, &self.interp.builtins)
                };
                match v {
                    Some(v) => push(&mut self.stack, v),
                    None => {
                        let name = &code.names[n as usize];
                        throw!(self.name_error(name.as_str().unwrap_or("")))
                    }
                }
            }
            Op::StoreGlobal(n) => {
                let v = self.pop();
                let name = code.names[n as usize].clone();
                let globals = self.frames.last().expect("a running frame").globals.clone();
                store_str(&globals, name, v);
            }
            Op::DeleteGlobal(n) => {
                let name = code.names[n as usize].clone();
                let globals = self.frames.last().expect("a running frame").globals.clone();
                if tri!(self.dict_remove(&globals, &name)).is_none() {
                    throw!(self.name_error(name.as_str().unwrap_or("")));
                }
            }
            Op::LoadName(n) => {
                let name = &code.names[n as usize];
                let f = self.frames.last().expect("a running frame");
                let mut found = None;
                if let Some(ns) = &f.namespace {
                    found = lookup_str(ns, name);
                }
                if found.is_none() {
                    found = lookup_str(&f.globals, name);
                }
                if found.is_none() {
                    found = lookup_str(&self.interp.builtins, name);
                }
                match found {
                    Some(v) => push(&mut self.stack, v),
                    None => throw!(self.name_error(name.as_str().unwrap_or(""))),
                }
            }
            Op::StoreName(n) => {
                let v = self.pop();
                let name = code.names[n as usize].clone();
                let f = self.frames.last().expect("a running frame");
                let ns = f.namespace.clone().unwrap_or_else(|| f.globals.clone());
                store_str(&ns, name, v);
            }
            Op::DeleteName(n) => {
                let name = code.names[n as usize].clone();
                let f = self.frames.last().expect("a running frame");
                let ns = f.namespace.clone().unwrap_or_else(|| f.globals.clone());
                if tri!(self.dict_remove(&ns, &name)).is_none() {
                    throw!(self.name_error(name.as_str().unwrap_or("")));
                }
            }
            Op::LoadAttr(n) => {
                let obj = self.pop();
                if let Value::Instance(inst) = &obj {
                    if let Some(v) = super::attr::cached_attr(code, n as usize, inst) {
                        push(&mut self.stack, v);
                        return Ok(Flow::Next(pc));
                    }
                }
                let v = tri!(self.get_attr(&obj, &code.names[n as usize]));
                if let Value::Instance(inst) = &obj {
                    self.fill_attr_cache(code, n as usize, inst);
                }
                push(&mut self.stack, v);
            }
            Op::StoreAttr(n) => {
                let obj = self.pop();
                let mut v = self.pop();
                if let Value::Instance(inst) = &obj {
                    self.note_store(&obj, &v);
                    match super::attr::cached_store(code, n as usize, inst, v) {
                        Ok(old) => {
                            discard(Some(old));
                            return Ok(Flow::Next(pc));
                        }
                        Err(back) => v = back,
                    }
                }
                tri!(self.set_attr(&obj, &code.names[n as usize], v));
                if let Value::Instance(inst) = &obj {
                    self.fill_attr_cache(code, n as usize, inst);
                }
            }
            Op::DeleteAttr(n) => {
                let obj = self.pop();
                tri!(self.del_attr(&obj, &code.names[n as usize]));
            }
            Op::LoadMethod(n) => {
                // [obj] becomes [function, obj], or [obj.name, Null].
                let top = self.stack.len() - 1;
                let obj = &self.stack[top];
                match Vm::cached_method_in(&self.interp, code, n as usize, obj) {
                    Some(f) => {
                        let obj = std::mem::replace(&mut self.stack[top], f);
                        push(&mut self.stack, obj);
                    }
                    None => {
                        let obj = std::mem::take(&mut self.stack[top]);
                        let attr = tri!(self.get_attr_at(code, n as usize, &obj));
                        self.stack[top] = attr;
                        push(&mut self.stack, Value::Null);
                    }
                }
            }
            Op::CallMethod(argc) => {
                let argc = argc as usize;
                let fpos = self.stack.len() - argc - 2;
                save_pc!();
                let pushed = if self.stack[fpos + 1].is_null() {
                    if let Some(f) = unbound_native_fn(&self.stack[fpos]) {
                        tri!(self.call_native_method_top(fpos, f));
                        return Ok(Flow::Next(pc));
                    }
                    self.stack.remove(fpos + 1);
                    tri!(self.call_at(fpos, argc))
                } else if let Some(f) = unbound_native_fn(&self.stack[fpos]) {
                    tri!(self.call_native_top(fpos, f));
                    return Ok(Flow::Next(pc));
                } else {
                    self.enter_plain(fpos, argc + 1) || tri!(self.call_at(fpos, argc + 1))
                };
                if pushed {
                    return Ok(Flow::Frame);
                }
            }
            Op::Call(argc) => {
                let fpos = self.stack.len() - argc as usize - 1;
                save_pc!();
                // A builtin (`len(x)`): straight to the native call, not
                // through `call_at`, whose prologue saves far more.
                if let Some(f) = unbound_native_fn(&self.stack[fpos]) {
                    tri!(self.call_native_top(fpos, f));
                    return Ok(Flow::Next(pc));
                }
                if self.enter_plain(fpos, argc as usize) || tri!(self.call_at(fpos, argc as usize))
                {
                    return Ok(Flow::Frame);
                }
            }
            Op::CallKw(argc) => {
                let names = self.pop();
                let argc = argc as usize;
                let fpos = self.stack.len() - argc - 1;
                let names: &[Value] = match &names {
                    Value::Tuple(t) => &t.items,
                    _ => &[],
                };
                let mut args: Vec<Value> = self.stack.drain(fpos + 1..).collect();
                let kw_vals = args.split_off(args.len() - names.len());
                let kwargs: Vec<(Value, Value)> = names.iter().cloned().zip(kw_vals).collect();
                save_pc!();
                if tri!(self.call_general(fpos, args, kwargs)) {
                    return Ok(Flow::Frame);
                }
            }
            Op::CallEx(has_kw) => {
                let kw = if has_kw != 0 { self.pop() } else { Value::Null };
                let args = self.pop();
                let fpos = self.stack.len() - 1;
                let args = match &args {
                    Value::Tuple(t) => t.items.to_vec(),
                    other => tri!(self.iterate(other)),
                };
                let kwargs = match &kw {
                    Value::Dict(d) => {
                        let items = d.table.borrow().items();
                        for (k, _) in &items {
                            if !matches!(k, Value::Str(_)) {
                                throw!(self.type_error("keywords must be strings"));
                            }
                        }
                        items
                    }
                    _ => Vec::new(),
                };
                save_pc!();
                if tri!(self.call_general(fpos, args, kwargs)) {
                    return Ok(Flow::Frame);
                }
            }
            Op::Binary(bop) | Op::Inplace(bop) => {
                // Everything the loop's in-place path declined (every
                // caller tried it first): big ints, division by zero,
                // strings, dunders …
                let b = self.pop();
                let a = self.pop();
                let r = if matches!(op.unfused(), Op::Inplace(_)) {
                    tri!(self.inplace(bop, &a, &b))
                } else {
                    tri!(self.binary(bop, &a, &b))
                };
                push(&mut self.stack, r);
            }
            Op::Compare(cop) => {
                let n = self.stack.len();
                let r = match cop {
                    CmpOp::In => fast_contains(&self.stack[n - 1], &self.stack[n - 2]),
                    CmpOp::NotIn => {
                        fast_contains(&self.stack[n - 1], &self.stack[n - 2]).map(|found| !found)
                    }
                    _ => quick_cmp(cop, &self.stack[n - 2], &self.stack[n - 1]),
                };
                if let Some(r) = r {
                    discard(self.stack.pop());
                    let a = std::mem::replace(&mut self.stack[n - 2], Value::Bool(r));
                    discard(Some(a));
                    return Ok(Flow::Next(pc));
                }
                let b = self.pop();
                let a = self.pop();
                let r = tri!(self.compare(cop, &a, &b));
                push(&mut self.stack, r);
            }
            Op::UnaryNeg => {
                let v = self.pop();
                let r = match v {
                    Value::Int(i) if i != i64::MIN => Value::Int(-i),
                    Value::Float(f) => Value::Float(-f),
                    _ => tri!(self.unary_neg(&v)),
                };
                push(&mut self.stack, r);
            }
            Op::UnaryPos => {
                let v = self.pop();
                let r = tri!(self.unary_pos(&v));
                push(&mut self.stack, r);
            }
            Op::UnaryInvert => {
                let v = self.pop();
                let r = tri!(self.unary_invert(&v));
                push(&mut self.stack, r);
            }
            Op::UnaryNot => {
                let v = self.pop();
                let t = match v {
                    Value::Bool(b) => b,
                    _ => tri!(self.truthy(&v)),
                };
                push(&mut self.stack, Value::Bool(!t));
            }
            Op::Subscr => {
                let n = self.stack.len();
                let fast = match (&self.stack[n - 2], &self.stack[n - 1]) {
                    (Value::List(l), Value::Int(i)) => list_item(l, *i),
                    (Value::Dict(d), key @ Value::Str(k)) => dict_str_item(d, key, k),
                    _ => None,
                };
                if let Some(v) = fast {
                    let key = self.stack.pop();
                    let obj = std::mem::replace(&mut self.stack[n - 2], v);
                    discard(key);
                    discard(Some(obj));
                    return Ok(Flow::Next(pc));
                }
                let key = self.pop();
                let obj = self.pop();
                let v = tri!(self.get_item(&obj, &key));
                push(&mut self.stack, v);
            }
            Op::StoreSubscr => {
                let key = self.pop();
                let obj = self.pop();
                let v = self.pop();
                if let (Value::List(l), Value::Int(i)) = (&obj, &key) {
                    self.note_store(&obj, &v);
                    let mut items = l.items.borrow_mut();
                    if let Some(i) = seq_index(items.len(), *i) {
                        let old = std::mem::replace(&mut items[i], v);
                        drop(items);
                        // The key is an int: nothing to drop.
                        discard(Some(old));
                        discard(Some(obj));
                        return Ok(Flow::Next(pc));
                    }
                }
                tri!(self.set_item(&obj, &key, v));
            }
            Op::DeleteSubscr => {
                let key = self.pop();
                let obj = self.pop();
                tri!(self.del_item(&obj, &key));
            }
            Op::BuildTuple(n) => {
                let at = self.stack.len() - n as usize;
                let items: Vec<Value> = self.stack.drain(at..).collect();
                push(&mut self.stack, Value::tuple(items));
            }
            Op::BuildList(n) => {
                let at = self.stack.len() - n as usize;
                let items: Vec<Value> = self.stack.drain(at..).collect();
                push(&mut self.stack, Value::list(items));
            }
            Op::BuildSet(n) => {
                let at = self.stack.len() - n as usize;
                let items: Vec<Value> = self.stack.drain(at..).collect();
                let set = Rc::new(SetObj::new(SetTable::new(), false));
                for v in items {
                    tri!(self.set_add(&set, v));
                }
                push(&mut self.stack, Value::Set(set));
            }
            Op::BuildMap(n) => {
                let at = self.stack.len() - 2 * n as usize;
                let items: Vec<Value> = self.stack.drain(at..).collect();
                let d = Rc::new(DictObj::new());
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    tri!(self.dict_set(&d, k, v));
                }
                push(&mut self.stack, Value::Dict(d));
            }
            Op::BuildSlice(n) => {
                let step = if n == 3 { self.pop() } else { Value::None };
                let stop = self.pop();
                let start = self.pop();
                push(&mut self.stack, super::subscr::new_slice(start, stop, step));
            }
            Op::BuildString(n) => {
                let at = self.stack.len() - n as usize;
                let mut s = String::new();
                for v in self.stack.drain(at..) {
                    if let Value::Str(p) = &v {
                        s.push_str(p.as_str());
                    }
                }
                push(&mut self.stack, Value::string(s));
            }
            Op::FormatValue(flags) => {
                let spec = if flags & 4 != 0 {
                    self.pop()
                } else {
                    Value::Null
                };
                let v = self.pop();
                let v = match flags & 3 {
                    1 => tri!(self.str_value(&v)),
                    2 => Value::string(tri!(self.repr(&v))),
                    3 => Value::string(crate::vm::format::ascii_of(&tri!(self.repr(&v)))),
                    _ => v,
                };
                let spec_s = spec.as_str().unwrap_or("");
                let r = match &v {
                    Value::Str(_) if spec_s.is_empty() => v,
                    _ => Value::string(tri!(self.format(&v, spec_s))),
                };
                push(&mut self.stack, r);
            }
            Op::ListAppend(d) => {
                let v = self.pop();
                let at = self.stack.len() - d as usize;
                if let Value::List(l) = &self.stack[at] {
                    l.items.borrow_mut().push(v);
                }
            }
            Op::SetAdd(d) => {
                let v = self.pop();
                let at = self.stack.len() - d as usize;
                if let Value::Set(s) = self.stack[at].clone() {
                    tri!(self.set_add(&s, v));
                }
            }
            Op::MapAdd(d) => {
                let v = self.pop();
                let k = self.pop();
                let at = self.stack.len() - d as usize;
                if let Value::Dict(m) = self.stack[at].clone() {
                    tri!(self.dict_set(&m, k, v));
                }
            }
            Op::ListExtend(d) => {
                let it = self.pop();
                let at = self.stack.len() - d as usize;
                let items = match &it {
                    Value::List(l) => l.items.borrow().clone(),
                    Value::Tuple(t) => t.items.to_vec(),
                    _ => match self.iterate(&it) {
                        Ok(v) => v,
                        Err(e) => {
                            let e = if self.exc_matches(&e, &self.types().type_error.clone())
                                && self.get_iter(&it).is_err()
                            {
                                self.type_error(format!(
                                    "Value after * must be an iterable, not {}",
                                    self.type_name(&it)
                                ))
                            } else {
                                e
                            };
                            throw!(e)
                        }
                    },
                };
                if let Value::List(l) = &self.stack[at] {
                    l.items.borrow_mut().extend(items);
                }
            }
            Op::SetUpdate(d) => {
                let it = self.pop();
                let at = self.stack.len() - d as usize;
                let items = tri!(self.iterate(&it));
                if let Value::Set(s) = self.stack[at].clone() {
                    for v in items {
                        tri!(self.set_add(&s, v));
                    }
                }
            }
            Op::DictUpdate(d) | Op::DictMerge(d) => {
                let m = self.pop();
                let at = self.stack.len() - d as usize;
                let Value::Dict(target) = self.stack[at].clone() else {
                    return Ok(Flow::Next(pc));
                };
                if matches!(op, Op::DictMerge(_)) {
                    tri!(self.dict_merge_kwargs(&target, &m, at));
                } else {
                    if !matches!(m, Value::Dict(_))
                        && self.get_attr(&m, &self.intern("keys")).is_err()
                    {
                        throw!(self.type_error(format!(
                            "'{}' object is not a mapping",
                            self.type_name(&m)
                        )));
                    }
                    tri!(self.dict_update(&target, &m));
                }
            }
            Op::ListToTuple => {
                let v = self.pop();
                let t = match &v {
                    Value::List(l) => Value::tuple(std::mem::take(&mut *l.items.borrow_mut())),
                    _ => v,
                };
                push(&mut self.stack, t);
            }
            Op::UnpackSequence(n) => {
                let seq = self.pop();
                tri!(self.unpack(seq, n as usize));
            }
            Op::UnpackEx(arg) => {
                let seq = self.pop();
                tri!(self.unpack_ex(seq, (arg & 0xffff) as usize, (arg >> 16) as usize));
            }
            Op::GetIter => {
                let v = self.pop();
                let it = tri!(self.get_iter(&v));
                push(&mut self.stack, it);
            }
            Op::ForIter(target) => {
                let next = {
                    let it = self.top();
                    match it {
                        Value::Obj(o) => match &**o {
                            Object::Iter(cell) => {
                                let mut st = cell.borrow_mut();
                                match &mut *st {
                                    crate::objects::IterState::Range { next, stop, step } => {
                                        let n = *next;
                                        if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                                            *next = n.wrapping_add(*step);
                                            Some(Some(Value::Int(n)))
                                        } else {
                                            Some(None)
                                        }
                                    }
                                    crate::objects::IterState::Seq {
                                        seq: Value::List(l),
                                        index,
                                    } => {
                                        let items = l.items.borrow();
                                        match items.get(*index) {
                                            Some(v) => {
                                                *index += 1;
                                                Some(Some(v.clone()))
                                            }
                                            None => None,
                                        }
                                    }
                                    _ => None,
                                }
                            }
                            _ => None,
                        },
                        _ => None,
                    }
                };
                let next = match next {
                    Some(n) => n,
                    None => {
                        let it = self.top().clone();
                        save_pc!();
                        tri!(self.next(&it))
                    }
                };
                match next {
                    Some(v) => push(&mut self.stack, v),
                    None => {
                        self.stack.pop();
                        pc = target as usize;
                    }
                }
            }
            Op::Jump(t) => pc = t as usize,
            Op::PopJumpIfFalse(t) => {
                let v = self.pop();
                let b = match &v {
                    Value::Bool(b) => *b,
                    Value::Int(i) => *i != 0,
                    _ => tri!(self.truthy(&v)),
                };
                discard(Some(v));
                if !b {
                    pc = t as usize;
                }
            }
            Op::PopJumpIfTrue(t) => {
                let v = self.pop();
                let b = match &v {
                    Value::Bool(b) => *b,
                    Value::Int(i) => *i != 0,
                    _ => tri!(self.truthy(&v)),
                };
                discard(Some(v));
                if b {
                    pc = t as usize;
                }
            }
            Op::JumpIfFalseOrPop(t) => {
                let v = self.top().clone();
                if !tri!(self.truthy(&v)) {
                    pc = t as usize;
                } else {
                    self.stack.pop();
                }
            }
            Op::JumpIfTrueOrPop(t) => {
                let v = self.top().clone();
                if tri!(self.truthy(&v)) {
                    pc = t as usize;
                } else {
                    self.stack.pop();
                }
            }
            Op::MakeFunction(flags) => {
                let code_v = self.pop();
                let closure = if flags & 4 != 0 {
                    match self.pop() {
                        Value::Tuple(t) => t.items.to_vec(),
                        _ => Vec::new(),
                    }
                } else {
                    Vec::new()
                };
                let kwdefaults = if flags & 2 != 0 {
                    match self.pop() {
                        Value::Dict(d) => d.table.borrow().items(),
                        _ => Vec::new(),
                    }
                } else {
                    Vec::new()
                };
                let defaults = if flags & 1 != 0 {
                    match self.pop() {
                        Value::Tuple(t) => t.items.to_vec(),
                        _ => Vec::new(),
                    }
                } else {
                    Vec::new()
                };
                let Some(fcode) = code_of(&code_v) else {
                    throw!(self.type_error("MakeFunction needs a code object"));
                };
                let globals = self.frames.last().expect("a running frame").globals.clone();
                let module = globals.get_str("__name__").unwrap_or(Value::None);
                let f = Function {
                    name: std::cell::RefCell::new(Value::str(&fcode.name)),
                    qualname: std::cell::RefCell::new(Value::str(&fcode.qualname)),
                    doc: std::cell::RefCell::new(fcode.docstring.clone()),
                    code: fcode,
                    globals,
                    defaults: std::cell::RefCell::new(defaults),
                    kwdefaults: std::cell::RefCell::new(kwdefaults),
                    closure,
                    module,
                    dict: std::cell::RefCell::new(None),
                };
                push(&mut self.stack, Value::Function(Rc::new(f)));
            }
            Op::LoadBuildClass => {
                let v = self
                    .interp
                    .builtins
                    .get_str("__build_class__")
                    .unwrap_or_default();
                push(&mut self.stack, v);
            }
            Op::Raise(n) => {
                let e = match n {
                    0 => {
                        if self.handled.is_null() {
                            throw!(self.runtime_error("No active exception to reraise"));
                        }
                        let e = self.handled.clone();
                        save_pc!();
                        return Err((e, false));
                    }
                    1 => {
                        let exc = self.pop();
                        tri!(self.make_raisable(exc))
                    }
                    _ => {
                        let cause = self.pop();
                        let exc = self.pop();
                        let exc = tri!(self.make_raisable(exc));
                        let cause = if cause.is_none() {
                            Value::None
                        } else {
                            match self.make_raisable(cause) {
                                Ok(c) => c,
                                Err(_) => throw!(self
                                    .type_error("exception causes must derive from BaseException")),
                            }
                        };
                        if let Value::Instance(i) = &exc {
                            i.dict.set_str("__cause__", cause);
                            i.dict.set_str("__suppress_context__", Value::Bool(true));
                        }
                        exc
                    }
                };
                throw!(e);
            }
            Op::Reraise => {
                let e = self.pop();
                save_pc!();
                return Err((e, false));
            }
            Op::PushExcInfo => {
                let exc = self.pop();
                let prev = std::mem::replace(&mut self.handled, exc.clone());
                push(&mut self.stack, prev);
                push(&mut self.stack, exc);
            }
            Op::PopExcept => {
                self.handled = self.pop();
            }
            Op::PopExceptReraise => {
                let exc = self.pop();
                self.handled = self.pop();
                save_pc!();
                return Err((exc, false));
            }
            Op::CheckExcMatch => {
                let typ = self.pop();
                let exc = self.top().clone();
                let m = tri!(self.exception_matches(&exc, &typ));
                push(&mut self.stack, Value::Bool(m));
            }
            Op::LoadAssertionError => {
                self.stack
                    .push(Value::Class(self.types().assertion_error.clone()));
            }
            Op::BeforeWith => {
                let mgr = self.pop();
                let class = self.class_of(&mgr);
                let (Some(enter), Some(exit)) =
                    (class.lookup("__enter__"), class.lookup("__exit__"))
                else {
                    let msg = if class.lookup("__enter__").is_some() {
                        format!("'{}' object does not support the context manager protocol (missed __exit__ method)", class.name())
                    } else {
                        format!(
                            "'{}' object does not support the context manager protocol",
                            class.name()
                        )
                    };
                    throw!(self.type_error(msg));
                };
                let exit = bind_to(exit, &mgr);
                push(&mut self.stack, exit);
                save_pc!();
                let r = tri!(self.call(&enter, vec![mgr], vec![]));
                push(&mut self.stack, r);
            }
            Op::WithExceptStart => {
                let n = self.stack.len();
                let exc = self.stack[n - 1].clone();
                let exit = self.stack[n - 3].clone();
                let typ = Value::Class(self.class_of(&exc));
                save_pc!();
                let r = tri!(self.call(&exit, vec![typ, exc, Value::None], vec![]));
                push(&mut self.stack, r);
            }
            Op::ImportName(n) => {
                let name = code.names[n as usize].clone();
                save_pc!();
                let m = tri!(self.import_top(name.as_str().unwrap_or("")));
                push(&mut self.stack, m);
            }
            Op::ImportModule(n) => {
                let name = code.names[n as usize].clone();
                save_pc!();
                let m = tri!(self.import_module(name.as_str().unwrap_or("")));
                push(&mut self.stack, m);
            }
            Op::ImportFrom(n) => {
                let m = self.top().clone();
                let name = code.names[n as usize].clone();
                let v = tri!(self.import_from(&m, &name));
                push(&mut self.stack, v);
            }
            Op::ImportStar => {
                let m = self.pop();
                let f = self.frames.last().expect("a running frame");
                let ns = f.namespace.clone().unwrap_or_else(|| f.globals.clone());
                tri!(self.import_star(&m, &ns));
            }
            Op::YieldValue => {
                let v = self.pop();
                save_pc!();
                self.suspend();
                return Ok(Flow::Exit(v));
            }
            Op::YieldFrom => {
                let sent = self.pop();
                let inner = self.top().clone();
                save_pc!();
                let r = match &inner {
                    Value::Obj(o) if matches!(&**o, Object::Generator(_)) => {
                        match tri!(self.resume_generator(&inner, sent, None)) {
                            super::generator::Resumed::Yielded(v) => Ok(v),
                            super::generator::Resumed::Returned(r) => Err(r),
                        }
                    }
                    _ => {
                        let step = if sent.is_none() {
                            self.next(&inner).map(|o| o.ok_or(Value::None))
                        } else {
                            let send = self.intern("send");
                            match self.call_method(&inner, "send", vec![sent]) {
                                Ok(v) => Ok(Ok(v)),
                                Err(e)
                                    if self
                                        .exc_matches(&e, &self.types().stop_iteration.clone()) =>
                                {
                                    let _ = send;
                                    Ok(Err(stop_value(&e)))
                                }
                                Err(e) => Err(e),
                            }
                        };
                        match step {
                            Ok(Ok(v)) => Ok(v),
                            Ok(Err(r)) => Err(r),
                            Err(e) => {
                                if self.exc_matches(&e, &self.types().stop_iteration.clone()) {
                                    Err(stop_value(&e))
                                } else {
                                    throw!(e)
                                }
                            }
                        }
                    }
                };
                match r {
                    Ok(v) => {
                        // Stay on this instruction: the sent value resumes it.
                        pc -= 1;
                        save_pc!();
                        self.suspend();
                        return Ok(Flow::Exit(v));
                    }
                    Err(result) => {
                        self.stack.pop();
                        push(&mut self.stack, result);
                    }
                }
            }
            Op::GetYieldFromIter => {
                let v = self.pop();
                let it = match &v {
                    Value::Obj(o) if matches!(&**o, Object::Generator(_)) => v.clone(),
                    _ => tri!(self.get_iter(&v)),
                };
                push(&mut self.stack, it);
            }
            Op::PrintExpr => {
                let v = self.pop();
                if !v.is_none() {
                    let s = tri!(self.repr(&v));
                    self.interp.write_stdout(&s);
                    self.interp.write_stdout("\n");
                    self.interp.builtins.set_str("_", v);
                }
            }
            Op::FastFast(_)
            | Op::FastConstArith(_)
            | Op::FastConstArithStore(_)
            | Op::FastFastArith(_)
            | Op::FastConstCmpJump(_)
            | Op::FastFastCmpJump(_)
            | Op::FastFastSubscr(_)
            | Op::FastConstSubscr(_)
            | Op::FastFastStoreSubscr(_)
            | Op::CompareJump(_)
            | Op::FastConstDupSubscr(_)
            | Op::InplaceStoreSubscr(_)
            | Op::FastAttr(_)
            | Op::FastStoreAttr(_)
            | Op::ConstArith(_)
            | Op::ConstArithStore(_)
            | Op::ConstCmpJump(_)
            | Op::BinaryStore(_)
            | Op::InplaceStore(_)
            | Op::ForIterStore(_) => unreachable!("unfused above"),
        }
        Ok(Flow::Next(pc))
    }

    /// The periodic check every `switch_interval` instructions: the GIL
    /// hand-off point.
    #[inline(never)]
    pub fn periodic(&mut self) -> PyResult<()> {
        self.account();
        self.ticks = self.interp.switch_interval.get().max(1);
        self.ticks_mark = self.ticks;
        self.maybe_collect();
        let r = crate::gil::periodic(self);
        // The countdown above is this turn's, whether or not it changed hands.
        self.turn = crate::gil::turns();
        r
    }

    #[cold]
    fn unbound_local(&self, code: &Code, s: u32) -> Value {
        let name = code
            .varnames
            .get(s as usize)
            .map(|n| n.to_string())
            .unwrap_or_default();
        self.new_exception(
            &self.types().unbound_local_error,
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                name
            ),
        )
    }

    #[cold]
    fn unbound_deref(&self, code: &Code, s: u32) -> Value {
        let name = code
            .varnames
            .get(s as usize)
            .map(|n| n.to_string())
            .unwrap_or_default();
        if code.freevars.contains(&s) {
            self.new_exception(
                &self.types().name_error,
                format!(
                    "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                    name
                ),
            )
        } else {
            self.unbound_local(code, s)
        }
    }

    /// The exception instance `raise v` raises.
    fn make_raisable(&mut self, v: Value) -> PyResult<Value> {
        let base = self.types().base_exception.clone();
        match &v {
            Value::Class(c) if c.is_subclass(&base) => {
                let c = c.clone();
                let e = self.call_class(&c, vec![], vec![])?;
                if !self.exc_matches(&e, &base) {
                    return Err(self.type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        c.name(),
                        self.type_name(&e)
                    )));
                }
                Ok(e)
            }
            Value::Instance(i) if i.class().is_subclass(&base) => Ok(v),
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// `except typ:` matching, `typ` a class or a tuple of classes.
    pub fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let base = self.types().base_exception.clone();
        match typ {
            Value::Class(c) if c.is_subclass(&base) => Ok(self.exc_matches(exc, c)),
            Value::Tuple(t) => {
                for item in t.items.iter() {
                    if self.exception_matches(exc, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// `f(**a, **b)`: merges into the call's kwargs dict, rejecting repeats.
    fn dict_merge_kwargs(&mut self, target: &DictObj, m: &Value, at: usize) -> PyResult<()> {
        let items = match m {
            Value::Dict(d) => d.table.borrow().items(),
            _ => {
                if self.get_attr(m, &self.intern("keys")).is_err() {
                    let fname = self.callable_name(&self.stack[at - 2].clone());
                    return Err(self.type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        fname,
                        self.type_name(m)
                    )));
                }
                let keys = self.call_method(m, "keys", vec![])?;
                let keys = self.iterate(&keys)?;
                let mut items = Vec::new();
                for k in keys {
                    let v = self.get_item(m, &k)?;
                    items.push((k, v));
                }
                items
            }
        };
        for (k, v) in items {
            if !matches!(k, Value::Str(_)) {
                return Err(self.type_error("keywords must be strings"));
            }
            if self.dict_get(target, &k)?.is_some() {
                let fname = self.callable_name(&self.stack[at - 2].clone());
                return Err(self.type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    fname,
                    k.as_str().unwrap_or("")
                )));
            }
            self.dict_set(target, k, v)?;
        }
        Ok(())
    }

    /// `f()` or `C.f()` as CPython names a callable in call errors.
    pub fn callable_name(&mut self, f: &Value) -> String {
        match f {
            Value::Function(func) => format!("{}()", func.qualname.borrow().as_str().unwrap_or("")),
            Value::Method(m) => {
                let inner = m.func.clone();
                self.callable_name(&inner)
            }
            Value::Builtin(b) => format!("{}()", b.name),
            Value::Class(c) => format!("{}()", c.name()),
            other => format!("{} object", self.type_name(other)),
        }
    }

    fn unpack(&mut self, seq: Value, n: usize) -> PyResult<()> {
        // A tuple or list of the right length: its items go straight onto
        // the stack, last first, with no vector between.
        match &seq {
            Value::Tuple(t) if t.items.len() == n => {
                for v in t.items.iter().rev() {
                    push_clone(&mut self.stack, v);
                }
                return Ok(());
            }
            Value::List(l) if l.items.borrow().len() == n => {
                for v in l.items.borrow().iter().rev() {
                    push_clone(&mut self.stack, v);
                }
                return Ok(());
            }
            _ => {}
        }
        let items: Vec<Value> = match &seq {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.items.borrow().clone(),
            _ => {
                let it = match self.get_iter(&seq) {
                    Ok(it) => it,
                    Err(e) => {
                        if self.exc_matches(&e, &self.types().type_error.clone()) {
                            return Err(self.type_error(format!(
                                "cannot unpack non-iterable {} object",
                                self.type_name(&seq)
                            )));
                        }
                        return Err(e);
                    }
                };
                let mut items = Vec::with_capacity(n);
                while let Some(v) = self.next(&it)? {
                    if items.len() == n {
                        return Err(
                            self.value_error(format!("too many values to unpack (expected {})", n))
                        );
                    }
                    items.push(v);
                }
                items
            }
        };
        if items.len() != n {
            return Err(if items.len() > n {
                self.value_error(format!("too many values to unpack (expected {})", n))
            } else {
                self.value_error(format!(
                    "not enough values to unpack (expected {}, got {})",
                    n,
                    items.len()
                ))
            });
        }
        self.stack.extend(items.into_iter().rev());
        Ok(())
    }

    fn unpack_ex(&mut self, seq: Value, before: usize, after: usize) -> PyResult<()> {
        let items = match self.iterate(&seq) {
            Ok(v) => v,
            Err(e) => {
                if self.exc_matches(&e, &self.types().type_error.clone())
                    && self.get_iter(&seq).is_err()
                {
                    return Err(self.type_error(format!(
                        "cannot unpack non-iterable {} object",
                        self.type_name(&seq)
                    )));
                }
                return Err(e);
            }
        };
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let n = items.len();
        for i in (n - after..n).rev() {
            push(&mut self.stack, items[i].clone());
        }
        self.stack
            .push(Value::list(items[before..n - after].to_vec()));
        for i in (0..before).rev() {
            push(&mut self.stack, items[i].clone());
        }
        Ok(())
    }

    /// The commonest call: a plain function (`Code::plain_argc`) given
    /// exactly its positional parameters, below the recursion limit. Pushes
    /// its frame and returns true; otherwise changes nothing. The frame
    /// takes its own references to the code and globals; the function
    /// value stays where it is. Inlined into `Op::Call`, so such a call
    /// costs no function call of its own.
    #[inline(always)]
    fn enter_plain(&mut self, fpos: usize, argc: usize) -> bool {
        let Some(Value::Function(func)) = self.stack.get(fpos) else {
            return false;
        };
        let code = &func.code;
        if argc != code.plain_argc as usize
            || self.frames.len() >= self.interp.recursion_limit.get()
        {
            return false;
        }
        let nlocals = code.nlocals as usize;
        let frame = Frame {
            code: code.clone(),
            pc: 0,
            base: fpos + 1,
            ret_base: fpos,
            globals: func.globals.clone(),
            namespace: None,
            kind: FrameKind::Normal,
        };
        for _ in argc..nlocals {
            push(&mut self.stack, Value::Null);
        }
        push(&mut self.frames, frame);
        true
    }

    /// Calls the callable at `stack[fpos]` with the `argc` values above it.
    /// `Ok(true)`: a frame was pushed (the loop must switch to it);
    /// `Ok(false)`: the result replaced callable and arguments.
    fn call_at(&mut self, fpos: usize, argc: usize) -> PyResult<bool> {
        if self.enter_plain(fpos, argc) {
            return Ok(true);
        }
        // A native function without a bound self (builtins, and methods of
        // built-in types called through LoadMethod): only its fn pointer is
        // needed, so the function value is not cloned.
        if let Some(func) = unbound_native_fn(&self.stack[fpos]) {
            debug_assert_eq!(self.stack.len(), fpos + 1 + argc);
            self.call_native_above(fpos, false, func)?;
            return Ok(false);
        }
        let f = self.stack[fpos].clone();
        match &f {
            Value::Function(func) => {
                let code = &func.code;
                let argcount = code.argcount as usize;
                if code.flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR) == 0
                    && code.kwonlyargcount == 0
                    && argc <= argcount
                {
                    let missing = argcount - argc;
                    if missing > 0 {
                        let d = func.defaults.borrow();
                        if d.len() < missing {
                            drop(d);
                            let args: Vec<Value> = self.stack.drain(fpos + 1..).collect();
                            return self.call_general(fpos, args, Vec::new());
                        }
                        self.stack.extend(d[d.len() - missing..].iter().cloned());
                    }
                    if self.frames.len() >= self.interp.recursion_limit.get() {
                        return Err(self.new_exception(
                            &self.types().recursion_error,
                            "maximum recursion depth exceeded",
                        ));
                    }
                    let base = fpos + 1;
                    self.stack.resize(base + code.nlocals as usize, Value::Null);
                    for (i, slot) in code.freevars.iter().enumerate() {
                        if let Some(c) = func.closure.get(i) {
                            self.stack[base + *slot as usize] = c.clone();
                        }
                    }
                    push(
                        &mut self.frames,
                        Frame {
                            code: code.clone(),
                            pc: 0,
                            base,
                            ret_base: fpos,
                            globals: func.globals.clone(),
                            namespace: None,
                            kind: FrameKind::Normal,
                        },
                    );
                    return Ok(true);
                }
                let args: Vec<Value> = self.stack.drain(fpos + 1..).collect();
                self.call_general(fpos, args, Vec::new())
            }
            Value::Method(m) if matches!(m.func, Value::Function(_)) => {
                self.stack.insert(fpos + 1, m.self_.clone());
                self.stack[fpos] = m.func.clone();
                self.call_at(fpos, argc + 1)
            }
            // A bound self, or more arguments than the inline buffer of
            // the path above holds.
            Value::Builtin(b) => self.call_native_at(fpos, b.func, &b.self_),
            Value::NativeMethod(func) => self.call_native_at(fpos, *func, &Value::Null),
            _ => {
                let args: Vec<Value> = self.stack.drain(fpos + 1..).collect();
                self.call_general(fpos, args, Vec::new())
            }
        }
    }

    /// Calls the native `func` at `stack[fpos]` with the values above it
    /// as its arguments, leaving its result in their place. Out of line
    /// and small: `call_at` saves and restores far more.
    #[inline(never)]
    fn call_native_top(&mut self, fpos: usize, func: NativeFn) -> PyResult<()> {
        self.call_native_above(fpos, false, func)
    }

    /// `call_native_top` from `CallMethod` with no self: the Null slot
    /// above the function (`LoadMethod`'s) goes with it.
    #[inline(never)]
    fn call_native_method_top(&mut self, fpos: usize, func: NativeFn) -> PyResult<()> {
        self.call_native_above(fpos, true, func)
    }

    /// The body of both, and of `call_at`'s native case: the arguments are
    /// the values above `stack[fpos]`, or above the Null at `stack[fpos + 1]`
    /// if `null_self`. Inlined into each, so `null_self` is a constant there.
    #[inline(always)]
    fn call_native_above(&mut self, fpos: usize, null_self: bool, func: NativeFn) -> PyResult<()> {
        let above = fpos + null_self as usize;
        let mut args = ArgBuf::new();
        if !args.take_above(&mut self.stack, above) {
            if null_self {
                self.stack.remove(fpos + 1);
            }
            self.call_native_at(fpos, func, &Value::Null)?;
            return Ok(());
        }
        let r = func(
            self,
            Args {
                pos: args.as_slice(),
                kw: &[],
            },
        );
        args.clear();
        let r = r?;
        if null_self {
            // LoadMethod's Null: nothing to drop.
            std::mem::forget(self.stack.pop());
        }
        let f = std::mem::replace(&mut self.stack[fpos], r);
        discard(Some(f));
        Ok(())
    }

    /// Calls native `func` on the arguments above `fpos`, after `bound`
    /// unless that is Null, and leaves the result at `fpos`.
    fn call_native_at(&mut self, fpos: usize, func: NativeFn, bound: &Value) -> PyResult<bool> {
        let mut args = Vec::with_capacity(self.stack.len() - fpos);
        if !bound.is_null() {
            args.push(bound.clone());
        }
        args.extend(self.stack.drain(fpos + 1..));
        let r = func(
            self,
            Args {
                pos: &args,
                kw: &[],
            },
        )?;
        while self.stack.len() > fpos {
            discard(self.stack.pop());
        }
        push(&mut self.stack, r);
        Ok(false)
    }

    /// Calls `stack[fpos]` (the only thing above `fpos`) with `args` and
    /// `kwargs`; frames as in `call_at`.
    fn call_general(
        &mut self,
        fpos: usize,
        mut args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
    ) -> PyResult<bool> {
        let f = self.stack[fpos].clone();
        match &f {
            Value::Function(func) => {
                let locals = self.bind_args(func, args, &kwargs)?;
                self.push_frame(func, locals, fpos, FrameKind::Normal, f.clone())
            }
            Value::Method(m) => {
                if let Value::Function(func) = &m.func {
                    args.insert(0, m.self_.clone());
                    let locals = self.bind_args(func, args, &kwargs)?;
                    return self.push_frame(func, locals, fpos, FrameKind::Normal, f.clone());
                }
                let r = self.call(&f, args, kwargs)?;
                self.stack.truncate(fpos);
                push(&mut self.stack, r);
                Ok(false)
            }
            Value::Class(cls) => {
                if let Some((init, inst)) = self.init_fast_path(cls, &args, &kwargs)? {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(inst.clone());
                    all.extend(args);
                    let locals = self.bind_args(&init, all, &kwargs)?;
                    return self.push_frame(&init, locals, fpos, FrameKind::Init, inst);
                }
                let cls = cls.clone();
                let r = self.call_class(&cls, args, kwargs)?;
                self.stack.truncate(fpos);
                push(&mut self.stack, r);
                Ok(false)
            }
            _ => {
                let r = self.call(&f, args, kwargs)?;
                self.stack.truncate(fpos);
                push(&mut self.stack, r);
                Ok(false)
            }
        }
    }

    /// For a user class whose `__new__` is `object`'s and whose `__init__`
    /// is a plain function: the new instance and the `__init__` to run in a
    /// frame of its own.
    fn init_fast_path(
        &mut self,
        cls: &Rc<Class>,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Option<(Rc<Function>, Value)>> {
        if !cls.is_heap || cls.kind != crate::objects::BuiltinKind::Object {
            return Ok(None);
        }
        if let Some((_, owner)) = cls.lookup_with_owner("__new__") {
            if owner.is_heap {
                return Ok(None);
            }
        }
        match cls.lookup("__init__") {
            Some(Value::Function(init)) if !init.code.is_generator() => {
                let inst = self.default_new(cls, args, kwargs)?;
                Ok(Some((init, inst)))
            }
            _ => Ok(None),
        }
    }

    /// Replaces `stack[fpos..]` with `slot` and the new frame's locals.
    fn push_frame(
        &mut self,
        func: &Rc<Function>,
        locals: Vec<Value>,
        fpos: usize,
        kind: FrameKind,
        slot: Value,
    ) -> PyResult<bool> {
        if func.code.is_generator() {
            let g = self.make_generator(func, locals);
            self.stack.truncate(fpos);
            push(&mut self.stack, g);
            return Ok(false);
        }
        if self.frames.len() >= self.interp.recursion_limit.get() {
            return Err(self.new_exception(
                &self.types().recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        self.stack.truncate(fpos);
        push(&mut self.stack, slot);
        let base = self.stack.len();
        self.stack.extend(locals);
        push(
            &mut self.frames,
            Frame {
                code: func.code.clone(),
                pc: 0,
                base,
                ret_base: fpos,
                globals: func.globals.clone(),
                namespace: None,
                kind,
            },
        );
        Ok(true)
    }

    /// Runs a module's code in `globals` (an entry frame).
    pub fn run_module_code(&mut self, code: Rc<Code>, globals: Rc<DictObj>) -> PyResult<Value> {
        self.check_recursion()?;
        let ret_base = self.stack.len();
        push(&mut self.stack, Value::Null);
        let base = self.stack.len();
        self.stack.resize(base + code.nlocals as usize, Value::Null);
        push(
            &mut self.frames,
            Frame {
                code,
                pc: 0,
                base,
                ret_base,
                globals,
                namespace: None,
                kind: FrameKind::Entry,
            },
        );
        self.run_entry()
    }
}

/// `item in container` for a str in a str, and for an int or str looked
/// up in a set or dict (exactly those types) when no stored key of an
/// equal hash needs `__eq__` to compare; `None` sends it down the general
/// path.
#[inline]
fn fast_contains(container: &Value, item: &Value) -> Option<bool> {
    if let (Value::Str(hay), Value::Str(needle)) = (container, item) {
        return Some(crate::objects::strlib::contains(
            hay.as_str(),
            needle.as_str(),
        ));
    }
    let hash = match item {
        Value::Int(i) => crate::objects::hash::hash_int(*i),
        Value::Str(s) => s.hash(),
        _ => return None,
    };
    match container {
        Value::Set(s) => match s.table.borrow().lookup(hash, item) {
            crate::objects::set::SetLookup::Found(_) => Some(true),
            crate::objects::set::SetLookup::Absent => Some(false),
            crate::objects::set::SetLookup::Slow => None,
        },
        Value::Dict(d) => match d.table.borrow().lookup(hash, item) {
            Lookup::Found(_) => Some(true),
            Lookup::Absent => Some(false),
            Lookup::Slow => None,
        },
        _ => None,
    }
}

/// The next item of a range or list iterator (`Some(None)`: a range is
/// exhausted); `None` for every other iterator, and an exhausted list's,
/// which `next` handles.
#[inline(always)]
fn fast_next(it: &Value) -> Option<Option<Value>> {
    let Value::Obj(o) = it else {
        return None;
    };
    let Object::Iter(cell) = &**o else {
        return None;
    };
    let mut state = cell.borrow_mut();
    match &mut *state {
        crate::objects::IterState::Range { next, stop, step } => {
            let n = *next;
            if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                *next = n.wrapping_add(*step);
                Some(Some(Value::Int(n)))
            } else {
                Some(None)
            }
        }
        crate::objects::IterState::Seq {
            seq: Value::List(l),
            index,
        } => {
            let items = l.items.borrow();
            let v = items.get(*index)?.clone();
            *index += 1;
            Some(Some(v))
        }
        _ => None,
    }
}

/// The frame of the commonest call: a plain function (`Code::plain_argc`)
/// at `stack[fpos]` given exactly its positional parameters, below the
/// recursion limit (`depth` frames running, `limit` allowed). The frame
/// takes its own references to the code and globals; the function value
/// stays where it is.
#[inline(always)]
fn plain_frame(st: &Cursor, depth: usize, limit: usize, fpos: usize, argc: usize) -> Option<Frame> {
    let Value::Function(func) = st.get(fpos) else {
        return None;
    };
    let code = &func.code;
    if argc != code.plain_argc as usize || depth >= limit {
        return None;
    }
    Some(Frame {
        code: code.clone(),
        pc: 0,
        base: fpos + 1,
        ret_base: fpos,
        globals: func.globals.clone(),
        namespace: None,
        kind: FrameKind::Normal,
    })
}

/// Pushes `frame` (from `plain_frame`, given `argc` arguments) with its
/// other locals unbound.
#[inline(always)]
fn enter_frame(st: &mut Cursor, frames: &mut Vec<Frame>, frame: Frame, argc: usize) {
    for _ in argc..frame.code.nlocals as usize {
        st.push(Value::Null);
    }
    push(frames, frame);
}

/// `pair[0] op= pair[1]` for two unboxed numbers, written into the left
/// operand's slot (the payload alone when the type stays the same, which
/// avoids rebuilding the enum). False sends the operation down the general
/// path.
#[inline(always)]
fn arith_in_place(op: BinOp, pair: &mut [Value]) -> bool {
    let (left, right) = pair.split_at_mut(1);
    match (&mut left[0], &right[0]) {
        (Value::Int(x), Value::Int(y)) => match small_int_op(op, *x, *y) {
            Some(r) => {
                *x = r;
                true
            }
            None => false,
        },
        (Value::Float(x), Value::Float(y)) => match float_op(op, *x, *y) {
            Some(Value::Float(r)) => {
                *x = r;
                true
            }
            _ => false,
        },
        (l, r) => match fast_arith(op, l, r) {
            Some(v) => {
                *l = v;
                true
            }
            None => false,
        },
    }
}

/// Arithmetic on two unboxed numbers that needs no allocation and cannot
/// raise; `None` sends the operation down the general path.
#[inline(always)]
fn fast_arith(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => small_int_op(op, *x, *y).map(Value::Int),
        (Value::Float(x), Value::Float(y)) => float_op(op, *x, *y),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => {
            float_op(op, *x, *y as f64)
        }
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < (1 << 53) => {
            float_op(op, *x as f64, *y)
        }
        _ => None,
    }
}

#[inline(always)]
fn float_op(op: BinOp, x: f64, y: f64) -> Option<Value> {
    Some(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div if y != 0.0 => x / y,
        _ => return None,
    }))
}

/// The position of index `i` in a sequence of `len` items (negative
/// counts from the end), if it is in range.
#[inline(always)]
fn seq_index(len: usize, i: i64) -> Option<usize> {
    let len = len as i64;
    let i = if i < 0 { i + len } else { i };
    (0..len).contains(&i).then_some(i as usize)
}

/// `d[k]` for a str key that is there (`None`: absent, or a key that
/// needs `__eq__`). Out of line, to keep the loop's `Subscr` small.
#[inline(never)]
fn dict_str_item(d: &DictObj, key: &Value, k: &Rc<crate::objects::StrObj>) -> Option<Value> {
    let table = d.table.borrow();
    match table.lookup_str(key, k) {
        Lookup::Found(i) => Some(table.value_at(i)),
        _ => None,
    }
}

/// The fn pointer of a native function with no bound self: a builtin, or
/// a built-in type's method pushed by `LoadMethod`.
#[inline(always)]
fn unbound_native_fn(f: &Value) -> Option<NativeFn> {
    match f {
        Value::NativeMethod(f) => Some(*f),
        Value::Builtin(b) if b.self_.is_null() => Some(b.func),
        _ => None,
    }
}

/// `l[i]` for an index in range.
#[inline(always)]
fn list_item(l: &crate::objects::ListObj, i: i64) -> Option<Value> {
    let items = l.items.borrow();
    seq_index(items.len(), i).map(|i| items[i].clone())
}

/// A comparison that needs no method call and cannot raise: numbers of
/// one kind, and identity (`is`, `is not`) of bound values.
#[inline(always)]
fn quick_cmp(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => fast_cmp(op, x, y),
        (Value::Float(x), Value::Float(y)) => fast_cmp(op, x, y),
        (Value::Null, _) | (_, Value::Null) => None,
        _ => match op {
            CmpOp::Is => Some(a.is(b)),
            CmpOp::IsNot => Some(!a.is(b)),
            _ => None,
        },
    }
}

#[inline(always)]
fn fast_cmp<T: PartialOrd>(op: CmpOp, x: &T, y: &T) -> Option<bool> {
    Some(match op {
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        CmpOp::Eq => x == y,
        CmpOp::NotEq => x != y,
        _ => return None,
    })
}

/// Int arithmetic that stays in i64, as Python defines it (floor division
/// and modulo round toward negative infinity); `None` when the result
/// needs a big int or an exception (division by zero, negative shift).
#[inline(always)]
fn small_int_op(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::FloorDiv if y != 0 && !(x == i64::MIN && y == -1) => {
            let q = x / y;
            Some(if (x % y != 0) && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            })
        }
        BinOp::Mod if y != 0 && y != -1 => {
            let r = x % y;
            Some(if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            })
        }
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        BinOp::LShift if (0..63).contains(&y) => {
            let r = x << y;
            if (r >> y) == x {
                Some(r)
            } else {
                None
            }
        }
        BinOp::RShift if y >= 0 => Some(if y >= 64 {
            if x < 0 {
                -1
            } else {
                0
            }
        } else {
            x >> y
        }),
        _ => None,
    }
}

/// Drops a value, skipping the out-of-line drop glue for unboxed values
/// (most of what the loop pops: ints, floats, bools, None).
#[inline(always)]
pub fn discard(v: Option<Value>) {
    // Each arm drops its `Rc` inline (a decrement and a test); only a
    // value whose last reference this is calls out of line to free it.
    match v {
        Some(
            Value::Null
            | Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::NativeMethod(_),
        )
        | None => {}
        Some(Value::Str(r)) => drop(r),
        Some(Value::Big(r)) => drop(r),
        Some(Value::Tuple(r)) => drop(r),
        Some(Value::List(r)) => drop(r),
        Some(Value::Dict(r)) => drop(r),
        Some(Value::Set(r)) => drop(r),
        Some(Value::Function(r)) => drop(r),
        Some(Value::Builtin(r)) => drop(r),
        Some(Value::Method(r)) => drop(r),
        Some(Value::Class(r)) => drop(r),
        Some(Value::Instance(r)) => drop(r),
        Some(Value::Obj(r)) => drop(r),
    }
}

/// `StopIteration.value` of a caught StopIteration.
pub fn stop_value(e: &Value) -> Value {
    if let Value::Instance(i) = e {
        if let Some(v) = i.dict.get_str("value") {
            return v;
        }
        if let Some(Value::Tuple(t)) = i.dict.get_str("args") {
            return t.items.first().cloned().unwrap_or(Value::None);
        }
    }
    Value::None
}

fn code_of(v: &Value) -> Option<Rc<Code>> {
    match v {
        Value::Obj(o) => match &**o {
            Object::Code(c) => Some(c.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn cell_get(cell: &Value) -> Value {
    match cell {
        Value::Obj(o) => match &**o {
            Object::Cell(c) => c.borrow().clone(),
            _ => Value::Null,
        },
        _ => Value::Null,
    }
}

fn cell_set(cell: &Value, v: Value) {
    if let Value::Obj(o) = cell {
        if let Object::Cell(c) = &**o {
            *c.borrow_mut() = v;
        }
    }
}

/// `LoadGlobal` where the code object's cache holds: pushes the value and
/// returns true; false (nothing pushed) sends it to `load_global`.
#[inline(always)]
fn push_cached_global(
    st: &mut Cursor,
    code: &Code,
    n: u32,
    globals: &DictObj,
    builtins: &DictObj,
) -> bool {
    let Some(slot) = code.global_cache.get(n as usize) else {
        return false;
    };
    let c = slot.get();
    let g = globals.table.borrow();
    if c.globals_version != g.version {
        return false;
    }
    let table = if c.builtin {
        let b = builtins.table.borrow();
        if c.builtins_version != b.version {
            return false;
        }
        match b.value_ref_checked(c.index as usize) {
            Some(v) => {
                st.push_clone(v);
                return true;
            }
            None => return false,
        }
    } else {
        g
    };
    match table.value_ref_checked(c.index as usize) {
        Some(v) => {
            st.push_clone(v);
            true
        }
        None => false,
    }
}

/// `LoadGlobal`: globals, then builtins, through the code object's cache
/// (valid while neither dict has gained, lost or moved an entry).
#[inline]
fn load_global(code: &Code, n: usize, globals: &DictObj, builtins: &DictObj) -> Option<Value> {
    let g = globals.table.borrow();
    if let Some(slot) = code.global_cache.get(n) {
        let c = slot.get();
        if c.globals_version == g.version {
            if !c.builtin {
                if let Some(v) = g.value_at_checked(c.index as usize) {
                    return Some(v);
                }
            } else {
                let b = builtins.table.borrow();
                if c.builtins_version == b.version {
                    if let Some(v) = b.value_at_checked(c.index as usize) {
                        return Some(v);
                    }
                }
            }
        }
    }
    let Some(Value::Str(name)) = code.names.get(n) else {
        return None;
    };
    if let Some(i) = g.index_of_strobj(name) {
        if let Some(slot) = code.global_cache.get(n) {
            slot.set(crate::bytecode::code::GlobalCache {
                globals_version: g.version,
                builtins_version: 0,
                index: i as u32,
                builtin: false,
            });
        }
        return g.value_at_checked(i);
    }
    let b = builtins.table.borrow();
    let i = b.index_of_strobj(name)?;
    if let Some(slot) = code.global_cache.get(n) {
        slot.set(crate::bytecode::code::GlobalCache {
            globals_version: g.version,
            builtins_version: b.version,
            index: i as u32,
            builtin: true,
        });
    }
    b.value_at_checked(i)
}

/// Looks an interned str key up (its hash is cached in the str).
#[inline]
fn lookup_str(d: &DictObj, key: &Value) -> Option<Value> {
    d.get_v(key)
}

fn store_str(d: &DictObj, key: Value, v: Value) {
    let h = match &key {
        Value::Str(s) => s.hash(),
        _ => return,
    };
    d.table.borrow_mut().set_simple(key, h, v);
}

/// A class attribute bound to `obj` the way `obj.attr` binds it (for
/// `__exit__`).
fn bind_to(attr: Value, obj: &Value) -> Value {
    match &attr {
        Value::Function(_) => Value::Method(Rc::new(crate::objects::BoundMethod {
            self_: obj.clone(),
            func: attr,
        })),
        Value::Builtin(b) if b.self_.is_null() => {
            Value::Builtin(Rc::new(crate::objects::Builtin {
                name: b.name,
                func: b.func,
                self_: obj.clone(),
                owner: b.owner,
            }))
        }
        _ => attr,
    }
}
