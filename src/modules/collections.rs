//! `_collections`: the native half of `collections` (see `lib/collections.script`):
//! `deque` and its iterators, `namedtuple`, and small helpers the gilt half
//! uses to reach the dict inside a dict subclass.

use std::cell::Cell;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::{add_fns, func, method, native_class, new_native, with_native};
use crate::objects::{Args, Builtin, Class, DictObj, Instance, NativeFn, Object, Property, Value};
use crate::syntax::ast::CmpOp;
use crate::vm::{PyResult, Vm};

/// The state of a deque. Owned by the GIL holder; no borrow of `items` is
/// held across a call into the VM (user `__eq__` may mutate the deque).
pub struct DequeInner {
    items: RefCell<VecDeque<Value>>,
    maxlen: Cell<Option<usize>>,
    /// Bumped by every change of length or order; iterators compare it.
    state: Cell<u64>,
}

/// The data of a `deque` native object.
pub type Deque = Rc<DequeInner>;

impl DequeInner {
    fn new(maxlen: Option<usize>) -> DequeInner {
        DequeInner {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(maxlen),
            state: Cell::new(0),
        }
    }

    fn touch(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    fn len(&self) -> usize {
        self.items.borrow().len()
    }

    fn push_back(&self, v: Value) {
        let dropped = {
            let mut items = self.items.borrow_mut();
            items.push_back(v);
            match self.maxlen.get() {
                Some(m) if items.len() > m => items.pop_front(),
                _ => None,
            }
        };
        self.touch();
        drop(dropped);
    }

    fn push_front(&self, v: Value) {
        let dropped = {
            let mut items = self.items.borrow_mut();
            items.push_front(v);
            match self.maxlen.get() {
                Some(m) if items.len() > m => items.pop_back(),
                _ => None,
            }
        };
        self.touch();
        drop(dropped);
    }

    fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }
}

/// Iteration state of a deque iterator.
struct DequeIter {
    deque: Deque,
    index: Cell<usize>,
    /// Items left to yield.
    counter: Cell<usize>,
    state: u64,
    reverse: bool,
}

/// The module `_collections`.
pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::new_module("_collections");
    d.set_str("deque", Value::Class(deque_class(vm)));
    add_fns(
        &d,
        &[
            ("namedtuple", namedtuple),
            ("_payload", payload),
            ("_dict_fill", dict_fill),
            ("_count_elements", count_elements),
        ],
    );
    Ok(m)
}

fn deque_class(vm: &Vm) -> Rc<Class> {
    super::cached_class(vm, "collections.deque", |vm| {
        let methods: &[(&'static str, NativeFn)] = &[
            ("__new__", deque_new),
            ("__init__", deque_init),
            ("append", deque_append),
            ("appendleft", deque_appendleft),
            ("pop", deque_pop),
            ("popleft", deque_popleft),
            ("extend", deque_extend),
            ("extendleft", deque_extendleft),
            ("rotate", deque_rotate),
            ("clear", deque_clear),
            ("copy", deque_copy),
            ("__copy__", deque_copy),
            ("count", deque_count),
            ("index", deque_index),
            ("insert", deque_insert),
            ("remove", deque_remove),
            ("reverse", deque_reverse),
            ("__len__", deque_len),
            ("__iter__", deque_iter),
            ("__reversed__", deque_reversed),
            ("__getitem__", deque_getitem),
            ("__setitem__", deque_setitem),
            ("__delitem__", deque_delitem),
            ("__contains__", deque_contains),
            ("__repr__", deque_repr),
            ("__eq__", deque_eq),
            ("__ne__", deque_ne),
            ("__lt__", deque_lt),
            ("__le__", deque_le),
            ("__gt__", deque_gt),
            ("__ge__", deque_ge),
            ("__add__", deque_add),
            ("__iadd__", deque_iadd),
            ("__mul__", deque_mul),
            ("__rmul__", deque_mul),
            ("__imul__", deque_imul),
        ];
        let c = native_class(vm, "deque", "collections", methods);
        c.dict.set_str("__hash__", Value::None);
        c.dict.set_str(
            "maxlen",
            Value::obj(Object::Property(Property {
                fget: method("deque", "maxlen", deque_maxlen),
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
            })),
        );
        c
    })
}

fn deque_iter_class(vm: &Vm, reverse: bool) -> Rc<Class> {
    if reverse {
        super::cached_class(vm, "collections.deque_reverse_iterator", |vm| {
            native_class(
                vm,
                "_deque_reverse_iterator",
                "_collections",
                &[("__iter__", iter_self), ("__next__", deque_iter_next)],
            )
        })
    } else {
        super::cached_class(vm, "collections.deque_iterator", |vm| {
            native_class(
                vm,
                "_deque_iterator",
                "_collections",
                &[("__iter__", iter_self), ("__next__", deque_iter_next)],
            )
        })
    }
}

/// The deque behind `v` (a deque or an instance of a subclass).
/// `d.append(v)` when `d` is a deque (queue.Queue's native path); gives
/// `v` back otherwise.
pub(crate) fn deque_append_to(d: &Value, v: Value) -> Result<(), Value> {
    match super::native_data::<Deque>(d) {
        Some((d, _)) => {
            d.push_back(v);
            Ok(())
        }
        None => Err(v),
    }
}

/// `len(d)` when `d` is a deque.
pub(crate) fn len_if_deque(d: &Value) -> Option<usize> {
    super::native_data::<Deque>(d).map(|(d, _)| d.len())
}

/// `d.popleft()` when `d` is a deque: None if it is not one, `Some(None)`
/// if it is empty.
pub(crate) fn deque_pop_first(d: &Value) -> Option<Option<Value>> {
    let (d, _) = super::native_data::<Deque>(d)?;
    let v = d.items.borrow_mut().pop_front();
    d.touch();
    Some(v)
}

fn deque_of(vm: &Vm, v: Option<&Value>) -> PyResult<Deque> {
    match v {
        Some(v) => with_native(vm, v, "collections.deque", |d: &Deque| d.clone()),
        None => Err(vm.type_error("descriptor of 'collections.deque' object needs an argument")),
    }
}

fn is_deque(v: &Value) -> Option<Deque> {
    if let Some((d, _)) = super::native_data::<Deque>(v) {
        return Some(d.clone());
    }
    let p = crate::vm::ops::payload_of(v)?;
    super::native_data::<Deque>(&p).map(|(d, _)| d.clone())
}

fn parse_maxlen(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::Big(_) | Value::Instance(_))) => {
            let n = match vm.index_of(&v) {
                Ok(n) => n,
                Err(_) => return Err(vm.type_error("an integer is required")),
            };
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Ok(Some(n as usize))
        }
        Some(_) => Err(vm.type_error("an integer is required")),
    }
}

/// `deque(iterable=(), maxlen=None)`.
fn deque_new(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(vm, "deque", &["iterable", "maxlen"])?;
    if a.len() > 3 {
        return Err(vm.type_error(format!(
            "deque expected at most 2 arguments, got {}",
            a.len() - 1
        )));
    }
    let maxlen = parse_maxlen(vm, a.arg(2, "maxlen"))?;
    let d: Deque = Rc::new(DequeInner::new(maxlen));
    if let Some(it) = a.arg(1, "iterable") {
        extend_from(vm, &d, &it, false)?;
    }
    let class = deque_class(vm);
    Ok(new_native(&class, d))
}

/// `deque.__init__`: re-initialises (called again for subclasses).
fn deque_init(vm: &mut Vm, a: Args) -> PyResult {
    let d = deque_of(vm, a.get(0))?;
    a.only_kw(vm, "deque", &["iterable", "maxlen"])?;
    if a.len() > 3 {
        return Err(vm.type_error(format!(
            "deque expected at most 2 arguments, got {}",
            a.len() - 1
        )));
    }
    let maxlen = parse_maxlen(vm, a.arg(2, "maxlen"))?;
    let source = a.arg(1, "iterable");
    // `d.__init__(d)` must read the old items before they are cleared.
    let source = match source {
        Some(s) if is_deque(&s).is_some_and(|o| Rc::ptr_eq(&o, &d)) => {
            Some(Value::list(d.snapshot()))
        }
        other => other,
    };
    let old = std::mem::take(&mut *d.items.borrow_mut());
    drop(old);
    d.maxlen.set(maxlen);
    d.touch();
    if let Some(it) = source {
        extend_from(vm, &d, &it, false)?;
    }
    Ok(Value::None)
}

fn extend_from(vm: &mut Vm, d: &Deque, iterable: &Value, left: bool) -> PyResult<()> {
    if let Some(other) = is_deque(iterable) {
        if Rc::ptr_eq(&other, d) {
            let items = d.snapshot();
            for v in items {
                if left {
                    d.push_front(v)
                } else {
                    d.push_back(v)
                }
            }
            return Ok(());
        }
    }
    match iterable {
        Value::List(l) => {
            let items = l.items.borrow().clone();
            for v in items {
                if left {
                    d.push_front(v)
                } else {
                    d.push_back(v)
                }
            }
        }
        Value::Tuple(t) => {
            for v in t.items.iter() {
                if left {
                    d.push_front(v.clone())
                } else {
                    d.push_back(v.clone())
                }
            }
        }
        _ => {
            let it = vm.get_iter(iterable)?;
            while let Some(v) = vm.next(&it)? {
                if left {
                    d.push_front(v)
                } else {
                    d.push_back(v)
                }
            }
        }
    }
    Ok(())
}

fn deque_maxlen(vm: &mut Vm, a: Args) -> PyResult {
    let d = deque_of(vm, a.get(0))?;
    Ok(match d.maxlen.get() {
        Some(n) => Value::Int(n as i64),
        None => Value::None,
    })
}

fn deque_append(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "append", 2, 2)?;
    deque_of(vm, a.get(0))?.push_back(a.pos[1].clone());
    Ok(Value::None)
}

fn deque_appendleft(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "appendleft", 2, 2)?;
    deque_of(vm, a.get(0))?.push_front(a.pos[1].clone());
    Ok(Value::None)
}

fn deque_pop(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "pop", 1, 1)?;
    let d = deque_of(vm, a.get(0))?;
    let v = d.items.borrow_mut().pop_back();
    d.touch();
    v.ok_or_else(|| vm.index_error("pop from an empty deque"))
}

fn deque_popleft(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "popleft", 1, 1)?;
    let d = deque_of(vm, a.get(0))?;
    let v = d.items.borrow_mut().pop_front();
    d.touch();
    v.ok_or_else(|| vm.index_error("pop from an empty deque"))
}

fn deque_extend(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "extend", 2, 2)?;
    let d = deque_of(vm, a.get(0))?;
    extend_from(vm, &d, &a.pos[1], false)?;
    Ok(Value::None)
}

fn deque_extendleft(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "extendleft", 2, 2)?;
    let d = deque_of(vm, a.get(0))?;
    extend_from(vm, &d, &a.pos[1], true)?;
    Ok(Value::None)
}

fn deque_rotate(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "rotate", 1, 2)?;
    let d = deque_of(vm, a.get(0))?;
    let n = match a.get(1) {
        None => 1,
        Some(v) => vm.index_of(v)?,
    };
    let len = d.len();
    if len > 1 {
        let k = n.rem_euclid(len as i64) as usize;
        d.items.borrow_mut().rotate_right(k);
    }
    d.touch();
    Ok(Value::None)
}

fn deque_clear(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "clear", 1, 1)?;
    let d = deque_of(vm, a.get(0))?;
    let old = std::mem::take(&mut *d.items.borrow_mut());
    d.touch();
    drop(old);
    Ok(Value::None)
}

/// A new deque like `this` (same class and maxlen) holding `items`.
fn deque_like(vm: &mut Vm, this: &Value, d: &Deque, items: Vec<Value>) -> PyResult {
    if let Value::Instance(i) = this {
        let cls = Value::Class(i.class());
        let mut args = vec![Value::list(items)];
        if let Some(m) = d.maxlen.get() {
            args.push(Value::Int(m as i64));
        }
        return vm.call(&cls, args, vec![]);
    }
    let new: Deque = Rc::new(DequeInner::new(d.maxlen.get()));
    for v in items {
        new.push_back(v);
    }
    Ok(new_native(&deque_class(vm), new))
}

fn deque_copy(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "copy", 1, 1)?;
    let d = deque_of(vm, a.get(0))?;
    let items = d.snapshot();
    deque_like(vm, &a.pos[0], &d, items)
}

#[cold]
fn mutated(vm: &Vm) -> Value {
    vm.runtime_error("deque mutated during iteration")
}

/// Position of the first item equal to `x` in `start..stop`, checking
/// that the comparisons leave the deque alone.
fn find(vm: &mut Vm, d: &Deque, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let state = d.state.get();
    let mut i = start;
    while i < stop {
        let Some(item) = d.get(i) else { break };
        let equal = item.is(x) || vm.eq(&item, x)?;
        if d.state.get() != state {
            return Err(mutated(vm));
        }
        if equal {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn deque_count(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "count", 2, 2)?;
    let d = deque_of(vm, a.get(0))?;
    let state = d.state.get();
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = d.get(i) {
        let equal = item.is(&a.pos[1]) || vm.eq(&item, &a.pos[1])?;
        if d.state.get() != state {
            return Err(mutated(vm));
        }
        if equal {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn clamp_index(i: i64, len: usize) -> usize {
    if i < 0 {
        (i + len as i64).max(0) as usize
    } else {
        (i as usize).min(len)
    }
}

fn deque_index(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "index", 2, 4)?;
    let d = deque_of(vm, a.get(0))?;
    let len = d.len();
    let start = match a.get(2) {
        Some(v) => clamp_index(vm.index_of(v)?, len),
        None => 0,
    };
    let stop = match a.get(3) {
        Some(v) => clamp_index(vm.index_of(v)?, len),
        None => len,
    };
    match find(vm, &d, &a.pos[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(&a.pos[1])?;
            Err(vm.value_error(format!("{} is not in deque", r)))
        }
    }
}

fn deque_insert(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "insert", 3, 3)?;
    let d = deque_of(vm, a.get(0))?;
    let i = vm.index_of(&a.pos[1])?;
    let len = d.len();
    if d.maxlen.get().is_some_and(|m| len >= m) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let at = clamp_index(i, len);
    d.items.borrow_mut().insert(at, a.pos[2].clone());
    d.touch();
    Ok(Value::None)
}

fn deque_remove(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "remove", 2, 2)?;
    let d = deque_of(vm, a.get(0))?;
    let len = d.len();
    match find(vm, &d, &a.pos[1], 0, len)? {
        Some(i) => {
            let old = d.items.borrow_mut().remove(i);
            d.touch();
            drop(old);
            Ok(Value::None)
        }
        None => {
            let r = vm.repr(&a.pos[1])?;
            Err(vm.value_error(format!("{} is not in deque", r)))
        }
    }
}

fn deque_reverse(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "reverse", 1, 1)?;
    let d = deque_of(vm, a.get(0))?;
    d.items.borrow_mut().make_contiguous().reverse();
    d.touch();
    Ok(Value::None)
}

fn deque_len(vm: &mut Vm, a: Args) -> PyResult {
    let d = deque_of(vm, a.get(0))?;
    Ok(Value::Int(d.len() as i64))
}

fn make_iter(vm: &mut Vm, a: &Args, reverse: bool) -> PyResult {
    let d = deque_of(vm, a.get(0))?;
    let len = d.len();
    let it = DequeIter {
        state: d.state.get(),
        deque: d,
        index: Cell::new(if reverse { len.wrapping_sub(1) } else { 0 }),
        counter: Cell::new(len),
        reverse,
    };
    let class = deque_iter_class(vm, reverse);
    Ok(new_native(&class, it))
}

fn deque_iter(vm: &mut Vm, a: Args) -> PyResult {
    make_iter(vm, &a, false)
}

fn deque_reversed(vm: &mut Vm, a: Args) -> PyResult {
    make_iter(vm, &a, true)
}

fn iter_self(vm: &mut Vm, a: Args) -> PyResult {
    a.get(0)
        .cloned()
        .ok_or_else(|| vm.type_error("__iter__ needs an argument"))
}

fn deque_iter_next(vm: &mut Vm, a: Args) -> PyResult {
    let Some(this) = a.get(0) else {
        return Err(vm.type_error("__next__ needs an argument"));
    };
    let step = with_native(vm, this, "_deque_iterator", |it: &DequeIter| {
        if it.deque.state.get() != it.state {
            it.counter.set(0);
            return Err(true);
        }
        if it.counter.get() == 0 {
            return Err(false);
        }
        let i = it.index.get();
        let v = it.deque.get(i);
        it.counter.set(it.counter.get() - 1);
        it.index
            .set(if it.reverse { i.wrapping_sub(1) } else { i + 1 });
        v.ok_or(false)
    })?;
    match step {
        Ok(v) => Ok(v),
        Err(true) => Err(mutated(vm)),
        Err(false) => Err(vm.stop_iteration(Value::None)),
    }
}

/// The position `key` names in a deque of `len` items.
fn deque_position(vm: &mut Vm, key: &Value, len: usize) -> PyResult<usize> {
    if !matches!(
        key,
        Value::Int(_) | Value::Bool(_) | Value::Big(_) | Value::Instance(_)
    ) {
        return Err(vm.type_error(format!(
            "sequence index must be integer, not '{}'",
            vm.type_name(key)
        )));
    }
    let i = match vm.index_of(key) {
        Ok(i) => i,
        Err(_) => {
            return Err(vm.type_error(format!(
                "sequence index must be integer, not '{}'",
                vm.type_name(key)
            )))
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn deque_getitem(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__getitem__", 2, 2)?;
    let d = deque_of(vm, a.get(0))?;
    let i = deque_position(vm, &a.pos[1], d.len())?;
    d.get(i)
        .ok_or_else(|| vm.index_error("deque index out of range"))
}

fn deque_setitem(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__setitem__", 3, 3)?;
    let d = deque_of(vm, a.get(0))?;
    let i = deque_position(vm, &a.pos[1], d.len())?;
    let old = {
        let mut items = d.items.borrow_mut();
        items
            .get_mut(i)
            .map(|slot| std::mem::replace(slot, a.pos[2].clone()))
    };
    drop(old);
    Ok(Value::None)
}

fn deque_delitem(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__delitem__", 2, 2)?;
    let d = deque_of(vm, a.get(0))?;
    let i = deque_position(vm, &a.pos[1], d.len())?;
    let old = d.items.borrow_mut().remove(i);
    d.touch();
    drop(old);
    Ok(Value::None)
}

fn deque_contains(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__contains__", 2, 2)?;
    let d = deque_of(vm, a.get(0))?;
    let len = d.len();
    Ok(Value::Bool(find(vm, &d, &a.pos[1], 0, len)?.is_some()))
}

fn deque_repr(vm: &mut Vm, a: Args) -> PyResult {
    let d = deque_of(vm, a.get(0))?;
    let this = &a.pos[0];
    let name = vm.type_name(this);
    let id = Rc::as_ptr(&d) as usize;
    if vm.repr_guard.contains(&id) {
        return Ok(Value::str("[...]"));
    }
    vm.repr_guard.push(id);
    let r = vm.repr(&Value::list(d.snapshot()));
    vm.repr_guard.retain(|x| *x != id);
    let inner = r?;
    Ok(Value::string(match d.maxlen.get() {
        Some(m) => format!("{}({}, maxlen={})", name, inner, m),
        None => format!("{}({})", name, inner),
    }))
}

fn deque_compare(vm: &mut Vm, a: &Args, op: CmpOp) -> PyResult {
    a.check(vm, "comparison", 2, 2)?;
    let d = deque_of(vm, a.get(0))?;
    let Some(other) = is_deque(&a.pos[1]) else {
        return Ok(vm.interp.not_implemented.clone());
    };
    let x = Value::list(d.snapshot());
    let y = Value::list(other.snapshot());
    vm.compare(op, &x, &y)
}

fn deque_eq(vm: &mut Vm, a: Args) -> PyResult {
    deque_compare(vm, &a, CmpOp::Eq)
}
fn deque_ne(vm: &mut Vm, a: Args) -> PyResult {
    deque_compare(vm, &a, CmpOp::NotEq)
}
fn deque_lt(vm: &mut Vm, a: Args) -> PyResult {
    deque_compare(vm, &a, CmpOp::Lt)
}
fn deque_le(vm: &mut Vm, a: Args) -> PyResult {
    deque_compare(vm, &a, CmpOp::LtE)
}
fn deque_gt(vm: &mut Vm, a: Args) -> PyResult {
    deque_compare(vm, &a, CmpOp::Gt)
}
fn deque_ge(vm: &mut Vm, a: Args) -> PyResult {
    deque_compare(vm, &a, CmpOp::GtE)
}

fn deque_add(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__add__", 2, 2)?;
    let d = deque_of(vm, a.get(0))?;
    let Some(other) = is_deque(&a.pos[1]) else {
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            vm.type_name(&a.pos[1])
        )));
    };
    let mut items = d.snapshot();
    items.extend(other.snapshot());
    let new = deque_like(vm, &a.pos[0], &d, vec![])?;
    let nd = deque_of(vm, Some(&new))?;
    for v in items {
        nd.push_back(v);
    }
    Ok(new)
}

fn deque_iadd(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__iadd__", 2, 2)?;
    let d = deque_of(vm, a.get(0))?;
    extend_from(vm, &d, &a.pos[1], false)?;
    Ok(a.pos[0].clone())
}

fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    match v {
        Value::Int(_) | Value::Bool(_) => Ok(Some(vm.index_of(v)?.max(0) as usize)),
        _ => Ok(None),
    }
}

fn deque_mul(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__mul__", 2, 2)?;
    let d = deque_of(vm, a.get(0))?;
    let Some(n) = repeat_count(vm, &a.pos[1])? else {
        return Ok(vm.interp.not_implemented.clone());
    };
    let items = d.snapshot();
    check_repeat(vm, &d, items.len(), n)?;
    let new = deque_like(vm, &a.pos[0], &d, vec![])?;
    let nd = deque_of(vm, Some(&new))?;
    fill_repeated(&nd, &items, n);
    Ok(new)
}

fn deque_imul(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__imul__", 2, 2)?;
    let d = deque_of(vm, a.get(0))?;
    let Some(n) = repeat_count(vm, &a.pos[1])? else {
        return Ok(vm.interp.not_implemented.clone());
    };
    let items = d.snapshot();
    check_repeat(vm, &d, items.len(), n)?;
    let old = std::mem::take(&mut *d.items.borrow_mut());
    drop(old);
    fill_repeated(&d, &items, n);
    d.touch();
    Ok(a.pos[0].clone())
}

/// MemoryError instead of an allocation that cannot succeed.
fn check_repeat(vm: &Vm, d: &Deque, len: usize, n: usize) -> PyResult<()> {
    if d.maxlen.get().is_none() && len.saturating_mul(n) > (1 << 32) {
        return Err(vm.new_exception(&vm.types().memory_error, ""));
    }
    Ok(())
}

fn fill_repeated(d: &Deque, items: &[Value], n: usize) {
    // With a maxlen only the last `maxlen` items survive; don't loop for nothing.
    let limit = d.maxlen.get().unwrap_or(usize::MAX);
    let total = items.len().saturating_mul(n);
    let skip = total.saturating_sub(limit);
    if items.is_empty() {
        return;
    }
    let mut k = skip;
    while k < total {
        d.push_back(items[k % items.len()].clone());
        k += 1;
    }
}

// ---------------------------------------------------------------------------
// Helpers for the gilt half.

/// `_payload(obj)`: the built-in value inside an instance of a subclass of
/// a built-in type (the dict of a Counter), or `obj` itself.
fn payload(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_payload", 1, 1)?;
    Ok(crate::vm::ops::payload_of(&a.pos[0]).unwrap_or_else(|| a.pos[0].clone()))
}

fn dict_payload(vm: &Vm, v: &Value) -> PyResult<Rc<DictObj>> {
    match v {
        Value::Dict(d) => Ok(d.clone()),
        _ => match crate::vm::ops::payload_of(v) {
            Some(Value::Dict(d)) => Ok(d),
            _ => Err(vm.type_error(format!(
                "descriptor requires a 'dict' object but received a '{}'",
                vm.type_name(v)
            ))),
        },
    }
}

/// `_dict_fill(self, *args, **kwargs)`: `dict.update` on the dict inside `self`.
fn dict_fill(vm: &mut Vm, a: Args) -> PyResult {
    let Some(this) = a.get(0) else {
        return Err(vm.type_error("_dict_fill needs an argument"));
    };
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    let d = dict_payload(vm, this)?;
    let source = a.get(1).map(plain_mapping);
    super::builtins::dict_fill(vm, &d, source.as_ref(), a.kw)?;
    Ok(Value::None)
}

/// The dict inside an instance of a dict subclass that reads like a dict
/// (no `keys` or `__getitem__` of its own), else the value itself.
fn plain_mapping(v: &Value) -> Value {
    if let Value::Instance(i) = v {
        let class = i.class();
        let own = |name: &str| {
            class
                .lookup_with_owner(name)
                .is_some_and(|(_, owner)| owner.is_heap)
        };
        if !own("keys") && !own("__getitem__") {
            if let Some(p @ Value::Dict(_)) = crate::vm::ops::payload_of(v) {
                return p;
            }
        }
    }
    v.clone()
}

/// `_count_elements(mapping, iterable)`: counts each element into the dict.
fn count_elements(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_count_elements", 2, 2)?;
    let d = dict_payload(vm, &a.pos[0])?;
    let it = vm.get_iter(&a.pos[1])?;
    while let Some(x) = vm.next(&it)? {
        let n = vm.dict_get(&d, &x)?.unwrap_or(Value::Int(0));
        let n = vm.binary(crate::syntax::ast::BinOp::Add, &n, &Value::Int(1))?;
        vm.dict_set(&d, x, n)?;
    }
    Ok(Value::None)
}

// ---------------------------------------------------------------------------
// namedtuple

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`.
fn namedtuple(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(
        vm,
        "namedtuple",
        &["typename", "field_names", "rename", "defaults", "module"],
    )?;
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "namedtuple() takes 2 positional arguments but {} were given",
            a.len()
        )));
    }
    let (Some(typename), Some(field_names)) = (a.arg(0, "typename"), a.arg(1, "field_names"))
    else {
        let missing = if a.arg(0, "typename").is_none() {
            "'typename' and 'field_names'"
        } else {
            "'field_names'"
        };
        let n = if a.arg(0, "typename").is_none() {
            "2 required positional arguments"
        } else {
            "1 required positional argument"
        };
        return Err(vm.type_error(format!("namedtuple() missing {}: {}", n, missing)));
    };
    let typename = vm.str(&typename)?;
    let mut names: Vec<String> = match &field_names {
        Value::Str(s) => s
            .as_str()
            .replace(',', " ")
            .split_whitespace()
            .map(|s| s.to_string())
            .collect(),
        other => {
            let mut v = Vec::new();
            for x in vm.iterate(other)? {
                v.push(vm.str(&x)?);
            }
            v
        }
    };
    let rename = match a.kw("rename") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    if rename {
        let mut seen: Vec<String> = Vec::new();
        for (i, name) in names.iter_mut().enumerate() {
            if !is_identifier(name)
                || KEYWORDS.contains(&name.as_str())
                || name.starts_with('_')
                || seen.contains(name)
            {
                *name = format!("_{}", i);
            }
            seen.push(name.clone());
        }
    }
    for name in std::iter::once(&typename).chain(names.iter()) {
        if !is_identifier(name) {
            return Err(vm.value_error(format!(
                "Type names and field names must be valid identifiers: {}",
                crate::vm::ops::repr_str(name)
            )));
        }
        if KEYWORDS.contains(&name.as_str()) {
            return Err(vm.value_error(format!(
                "Type names and field names cannot be a keyword: {}",
                crate::vm::ops::repr_str(name)
            )));
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    for name in &names {
        if name.starts_with('_') && !rename {
            return Err(vm.value_error(format!(
                "Field names cannot start with an underscore: {}",
                crate::vm::ops::repr_str(name)
            )));
        }
        if seen.contains(&name.as_str()) {
            return Err(vm.value_error(format!(
                "Encountered duplicate field name: {}",
                crate::vm::ops::repr_str(name)
            )));
        }
        seen.push(name);
    }
    let defaults = match a.kw("defaults") {
        None | Some(Value::None) => Vec::new(),
        Some(d) => vm.iterate(&d)?,
    };
    if defaults.len() > names.len() {
        return Err(vm.type_error("Got more default values than field names"));
    }
    let field_defaults = Rc::new(DictObj::new());
    let first_default = names.len() - defaults.len();
    for (name, v) in names[first_default..].iter().zip(defaults) {
        field_defaults.set_str(name, v);
    }
    let module = match a.kw("module") {
        Some(m) if !m.is_none() => m,
        _ => vm
            .frames
            .last()
            .and_then(|f| f.globals.get_str("__name__"))
            .unwrap_or_else(|| Value::str("__main__")),
    };

    let ns = DictObj::new();
    let fields = Value::tuple(names.iter().map(|n| vm.intern(n)).collect());
    ns.set_str("__module__", module);
    ns.set_str(
        "__doc__",
        Value::string(format!("{}({})", typename, names.join(", "))),
    );
    ns.set_str("__slots__", vm.interp.empty_tuple.clone());
    ns.set_str("_fields", fields.clone());
    ns.set_str("__match_args__", fields);
    ns.set_str("_field_defaults", Value::Dict(field_defaults));
    let own: &[(&'static str, NativeFn)] = &[
        ("__new__", nt_new),
        ("__repr__", nt_repr),
        ("_asdict", nt_asdict),
        ("_replace", nt_replace),
        ("__getnewargs__", nt_getnewargs),
        ("__setattr__", nt_setattr),
    ];
    for (n, f) in own {
        ns.set_str(n, func(n, *f));
    }
    ns.set_str(
        "_make",
        Value::obj(Object::ClassMethod(func("_make", nt_make))),
    );
    for (i, name) in names.iter().enumerate() {
        let getter = Value::Builtin(Rc::new(Builtin {
            name: "_tuplegetter",
            func: tuple_getter,
            self_: Value::Int(i as i64),
            owner: "",
        }));
        ns.set_str(
            name,
            Value::obj(Object::Property(Property {
                fget: getter,
                fset: func("__set__", field_set),
                fdel: func("__delete__", field_delete),
                doc: Value::string(format!("Alias for field number {}", i)),
            })),
        );
    }
    let tuple = vm.types().tuple.clone();
    let class = vm.make_class(&typename, vec![tuple], &ns)?;
    Ok(Value::Class(class))
}

/// The fields of a namedtuple class, its defaults, and the name it was made with.
fn nt_spec(vm: &Vm, cls: &Rc<Class>) -> PyResult<(Vec<Value>, Option<Rc<DictObj>>, String)> {
    match cls.lookup_with_owner("_fields") {
        Some((Value::Tuple(t), owner)) => {
            let defaults = match owner.dict.get_str("_field_defaults") {
                Some(Value::Dict(d)) => Some(d),
                _ => None,
            };
            Ok((t.items.to_vec(), defaults, owner.name()))
        }
        _ => Err(vm.type_error(format!("{} is not a namedtuple class", cls.name()))),
    }
}

fn nt_instance(cls: &Rc<Class>, items: Vec<Value>) -> Value {
    let inst = Instance::new(cls.clone());
    *inst.payload.borrow_mut() = Value::tuple(items);
    Value::Instance(Rc::new(inst))
}

fn class_arg(vm: &Vm, v: Option<&Value>, what: &str) -> PyResult<Rc<Class>> {
    match v {
        Some(Value::Class(c)) => Ok(c.clone()),
        _ => Err(vm.type_error(format!("{}(X): X is not a type object", what))),
    }
}

fn quoted_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|m| format!("'{}'", m)).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// `Point.__new__(cls, x, y)`, binding like a Python function would.
fn nt_new(vm: &mut Vm, a: Args) -> PyResult {
    let cls = class_arg(vm, a.get(0), "__new__")?;
    let (fields, defaults, name) = nt_spec(vm, &cls)?;
    let n = fields.len();
    let args = &a.pos[1..];
    if args.len() > n {
        let ndef = defaults.as_ref().map(|d| d.len()).unwrap_or(0);
        let takes = if ndef > 0 {
            format!("from {} to {}", n + 1 - ndef, n + 1)
        } else {
            (n + 1).to_string()
        };
        return Err(vm.type_error(format!(
            "{}.__new__() takes {} positional argument{} but {} were given",
            name,
            takes,
            if n + 1 == 1 && ndef == 0 { "" } else { "s" },
            args.len() + 1
        )));
    }
    let mut slots: Vec<Value> = args.to_vec();
    slots.resize(n, Value::Null);
    for (k, v) in a.kw {
        let key = k.as_str().unwrap_or("");
        match fields.iter().position(|f| f.as_str() == Some(key)) {
            Some(i) if slots[i].is_null() => slots[i] = v.clone(),
            Some(_) => {
                return Err(vm.type_error(format!(
                    "{}.__new__() got multiple values for argument '{}'",
                    name, key
                )))
            }
            None => {
                return Err(vm.type_error(format!(
                    "{}.__new__() got an unexpected keyword argument '{}'",
                    name, key
                )))
            }
        }
    }
    let mut missing = Vec::new();
    for (i, slot) in slots.iter_mut().enumerate() {
        if slot.is_null() {
            let fname = fields[i].as_str().unwrap_or("");
            match defaults.as_ref().and_then(|d| d.get_str(fname)) {
                Some(v) => *slot = v,
                None => missing.push(fname.to_string()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(format!(
            "{}.__new__() missing {} required positional argument{}: {}",
            name,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            quoted_list(&missing)
        )));
    }
    Ok(nt_instance(&cls, slots))
}

/// `Point._make(iterable)`.
fn nt_make(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_make", 2, 2)?;
    let cls = class_arg(vm, a.get(0), "_make")?;
    let (fields, _, _) = nt_spec(vm, &cls)?;
    let items = vm.iterate(&a.pos[1])?;
    if items.len() != fields.len() {
        return Err(vm.type_error(format!(
            "Expected {} arguments, got {}",
            fields.len(),
            items.len()
        )));
    }
    Ok(nt_instance(&cls, items))
}

fn nt_items(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    match crate::vm::ops::payload_of(v) {
        Some(Value::Tuple(t)) => Ok(t.items.to_vec()),
        _ => match v {
            Value::Tuple(t) => Ok(t.items.to_vec()),
            _ => Err(vm.type_error(format!(
                "descriptor requires a 'tuple' object but received a '{}'",
                vm.type_name(v)
            ))),
        },
    }
}

fn nt_repr(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__repr__", 1, 1)?;
    let this = &a.pos[0];
    let cls = vm.class_of(this);
    let (fields, _, _) = nt_spec(vm, &cls)?;
    let items = nt_items(vm, this)?;
    let mut out = format!("{}(", cls.name());
    for (i, (f, v)) in fields.iter().zip(items.iter()).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(f.as_str().unwrap_or(""));
        out.push('=');
        out.push_str(&vm.repr(v)?);
    }
    out.push(')');
    Ok(Value::string(out))
}

fn nt_asdict(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_asdict", 1, 1)?;
    let cls = vm.class_of(&a.pos[0]);
    let (fields, _, _) = nt_spec(vm, &cls)?;
    let items = nt_items(vm, &a.pos[0])?;
    let d = Rc::new(DictObj::new());
    for (f, v) in fields.into_iter().zip(items) {
        vm.dict_set(&d, f, v)?;
    }
    Ok(Value::Dict(d))
}

fn nt_replace(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_replace", 1, 1)?;
    let cls = vm.class_of(&a.pos[0]);
    let (fields, _, _) = nt_spec(vm, &cls)?;
    let mut items = nt_items(vm, &a.pos[0])?;
    let mut unknown = Vec::new();
    for (k, v) in a.kw {
        match fields.iter().position(|f| f.as_str() == k.as_str()) {
            Some(i) if i < items.len() => items[i] = v.clone(),
            _ => unknown.push(k.clone()),
        }
    }
    if !unknown.is_empty() {
        let r = vm.repr(&Value::list(unknown))?;
        return Err(vm.value_error(format!("Got unexpected field names: {}", r)));
    }
    Ok(nt_instance(&cls, items))
}

fn nt_getnewargs(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__getnewargs__", 1, 1)?;
    Ok(Value::tuple(nt_items(vm, &a.pos[0])?))
}

/// Namedtuple instances have no attribute dict; subclasses do.
fn nt_setattr(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "__setattr__", 3, 3)?;
    let Value::Instance(inst) = &a.pos[0] else {
        return Err(vm.type_error("__setattr__ needs an instance"));
    };
    let name = match &a.pos[1] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(vm.type_error(format!(
                "attribute name must be string, not '{}'",
                vm.type_name(other)
            )))
        }
    };
    if inst.class().dict.get_str("_fields").is_some() {
        return Err(vm.no_attribute(&a.pos[0], &name));
    }
    let h = vm.hash(&a.pos[1])?;
    inst.dict.set_simple(a.pos[1].clone(), h, a.pos[2].clone());
    Ok(Value::None)
}

/// The getter of field `index` (bound as `self_`).
fn tuple_getter(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_tuplegetter", 2, 2)?;
    let i = vm.index_of(&a.pos[0])?;
    let items = nt_items(vm, &a.pos[1])?;
    items
        .get(i as usize)
        .cloned()
        .ok_or_else(|| vm.index_error("tuple index out of range"))
}

fn field_set(vm: &mut Vm, _a: Args) -> PyResult {
    Err(vm.attribute_error("can't set attribute"))
}

fn field_delete(vm: &mut Vm, _a: Args) -> PyResult {
    Err(vm.attribute_error("can't delete attribute"))
}
