//! Methods of `set` and `frozenset`. The algorithms follow CPython's
//! `setobject.c` (which operand is iterated, what the result is built
//! from) so that results iterate in the same order.

use std::rc::Rc;

use super::{add, count_args, inner, not_implemented, receiver, rest, this, wrapper};
use crate::objects::{Args, SetObj, SetTable, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::{PyResult, Types, Vm};

pub(super) fn install(t: &Types) {
    let shared: &[(&'static str, crate::objects::NativeFn)] = &[
        ("copy", copy),
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
        ("__len__", len),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__repr__", repr),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__and__", and),
        ("__rand__", rand),
        ("__or__", or),
        ("__ror__", ror),
        ("__sub__", sub),
        ("__rsub__", rsub),
        ("__xor__", xor),
        ("__rxor__", rxor),
    ];
    add(&t.set, "set", shared);
    add(&t.frozenset, "frozenset", shared);
    add(
        &t.set,
        "set",
        &[
            ("add", add_),
            ("discard", discard),
            ("remove", remove),
            ("pop", pop),
            ("clear", clear),
            ("update", update),
            ("intersection_update", intersection_update),
            ("difference_update", difference_update),
            ("symmetric_difference_update", symmetric_difference_update),
            ("__init__", init),
            ("__iand__", iand),
            ("__ior__", ior),
            ("__isub__", isub),
            ("__ixor__", ixor),
        ],
    );
    t.set.dict.set_str("__hash__", Value::None);
    add(&t.frozenset, "frozenset", &[("__hash__", hash)]);
}

fn as_set(v: &Value) -> Option<Rc<SetObj>> {
    match v {
        Value::Set(s) => Some(s.clone()),
        _ => None,
    }
}

fn as_mutable_set(v: &Value) -> Option<Rc<SetObj>> {
    match v {
        Value::Set(s) if !s.frozen => Some(s.clone()),
        _ => None,
    }
}

/// `self` (a set or frozenset) and the name of its type for messages.
fn this_set(vm: &Vm, a: &Args, name: &str) -> PyResult<(Rc<SetObj>, &'static str)> {
    let s = receiver(vm, a, "set", name, as_set)?;
    let owner = if s.frozen { "frozenset" } else { "set" };
    Ok((s, owner))
}

fn this_mutable(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<SetObj>> {
    receiver(vm, a, "set", name, as_mutable_set)
}

fn no_kw(vm: &Vm, a: &Args, owner: &str, name: &str) -> PyResult<()> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{}.{}() takes no keyword arguments", owner, name)));
    }
    Ok(())
}

/// The one argument of `owner.name(x)`. (The qualified name is formatted
/// only for the error: `s.add(x)` in a loop pays no `format!`.)
fn one(vm: &Vm, a: &Args, owner: &str, name: &str) -> PyResult<Value> {
    if let ([_, x], []) = (a.pos, a.kw) {
        return Ok(x.clone());
    }
    super::one_arg(vm, a, &format!("{}.{}", owner, name))
}

fn none(vm: &Vm, a: &Args, owner: &str, name: &str) -> PyResult<()> {
    if let ([_], []) = (a.pos, a.kw) {
        return Ok(());
    }
    super::no_args(vm, a, &format!("{}.{}", owner, name))
}

fn new_set(frozen: bool) -> Rc<SetObj> {
    Rc::new(SetObj::new(SetTable::new(), frozen))
}

fn copy_of(s: &SetObj, frozen: bool) -> Rc<SetObj> {
    let r = new_set(frozen);
    r.table.borrow_mut().merge(&s.table.borrow());
    r
}

/// The set behind `v`, if it is a set or frozenset (or a subclass instance).
fn set_value(v: &Value) -> Option<Rc<SetObj>> {
    as_set(&inner(v))
}

/// `v` as a set: itself if it is one, else a new set of its items.
fn as_set_of(vm: &mut Vm, v: &Value) -> PyResult<Rc<SetObj>> {
    match set_value(v) {
        Some(s) => Ok(s),
        None => vm.set_from(v, false),
    }
}

/// The keys `v` contributes to an update: a set's or dict's keys, or its items.
fn keys_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match inner(v) {
        Value::Set(s) => Ok(s.table.borrow().keys()),
        Value::Dict(d) => Ok(d.table.borrow().keys()),
        _ => vm.iterate(v),
    }
}

fn add_all(vm: &mut Vm, target: &Rc<SetObj>, other: &Value) -> PyResult<()> {
    let container = Value::Set(target.clone());
    for k in keys_of(vm, other)? {
        vm.note_store(&container, &k);
        vm.set_add(target, k)?;
    }
    Ok(())
}

/// A set used as a key is looked up as the equal frozenset.
fn hashable_key(key: &Value) -> Value {
    match key {
        Value::Set(s) if !s.frozen => Value::Set(copy_of(s, true)),
        _ => key.clone(),
    }
}

fn discard_key(vm: &mut Vm, s: &SetObj, key: &Value) -> PyResult<bool> {
    vm.set_discard(s, &hashable_key(key))
}

fn add_(vm: &mut Vm, a: Args) -> PyResult {
    let s = this_mutable(vm, &a, "add")?;
    let x = one(vm, &a, "set", "add")?;
    vm.note_store(&Value::Set(s.clone()), &x);
    vm.set_add(&s, x)?;
    Ok(Value::None)
}

fn discard(vm: &mut Vm, a: Args) -> PyResult {
    let s = this_mutable(vm, &a, "discard")?;
    let x = one(vm, &a, "set", "discard")?;
    discard_key(vm, &s, &x)?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: Args) -> PyResult {
    let s = this_mutable(vm, &a, "remove")?;
    let x = one(vm, &a, "set", "remove")?;
    if !discard_key(vm, &s, &x)? {
        return Err(vm.key_error(x));
    }
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: Args) -> PyResult {
    let s = this_mutable(vm, &a, "pop")?;
    none(vm, &a, "set", "pop")?;
    let first = s.table.borrow_mut().pop_first();
    first.ok_or_else(|| vm.key_error(Value::str("pop from an empty set")))
}

fn clear(vm: &mut Vm, a: Args) -> PyResult {
    let s = this_mutable(vm, &a, "clear")?;
    none(vm, &a, "set", "clear")?;
    let old = std::mem::take(&mut *s.table.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: Args) -> PyResult {
    let (s, owner) = this_set(vm, &a, "copy")?;
    none(vm, &a, owner, "copy")?;
    if s.frozen && matches!(a.pos[0], Value::Set(_)) {
        return Ok(a.pos[0].clone());
    }
    Ok(Value::Set(copy_of(&s, s.frozen)))
}

fn update(vm: &mut Vm, a: Args) -> PyResult {
    let s = this_mutable(vm, &a, "update")?;
    no_kw(vm, &a, "set", "update")?;
    for other in rest(&a) {
        add_all(vm, &s, other)?;
    }
    Ok(Value::None)
}

fn union(vm: &mut Vm, a: Args) -> PyResult {
    let (s, owner) = this_set(vm, &a, "union")?;
    no_kw(vm, &a, owner, "union")?;
    let r = copy_of(&s, s.frozen);
    for other in rest(&a) {
        add_all(vm, &r, other)?;
    }
    Ok(Value::Set(r))
}

/// `so & other` as `set_intersection` computes it.
fn intersect(vm: &mut Vm, so: &Rc<SetObj>, other: &Value, frozen: bool) -> PyResult<Rc<SetObj>> {
    let r = new_set(frozen);
    match set_value(other) {
        Some(o) => {
            let (big, small) = if o.len() > so.len() {
                (o, so.clone())
            } else {
                (so.clone(), o)
            };
            let keys = small.table.borrow().keys();
            for k in keys {
                if vm.set_contains(&big, &k)? {
                    vm.set_add(&r, k)?;
                }
            }
        }
        None => {
            for k in vm.iterate(other)? {
                if vm.set_contains(so, &k)? {
                    vm.set_add(&r, k)?;
                }
            }
        }
    }
    Ok(r)
}

fn intersection_of(
    vm: &mut Vm,
    s: &Rc<SetObj>,
    others: &[Value],
    frozen: bool,
) -> PyResult<Rc<SetObj>> {
    let mut r = copy_of(s, frozen);
    for other in others {
        r = intersect(vm, &r, other, frozen)?;
    }
    Ok(r)
}

fn intersection(vm: &mut Vm, a: Args) -> PyResult {
    let (s, owner) = this_set(vm, &a, "intersection")?;
    no_kw(vm, &a, owner, "intersection")?;
    Ok(Value::Set(intersection_of(vm, &s, rest(&a), s.frozen)?))
}

fn intersection_update(vm: &mut Vm, a: Args) -> PyResult {
    let s = this_mutable(vm, &a, "intersection_update")?;
    no_kw(vm, &a, "set", "intersection_update")?;
    let r = intersection_of(vm, &s, rest(&a), false)?;
    let table = r.table.borrow().clone();
    *s.table.borrow_mut() = table;
    Ok(Value::None)
}

/// Removes from `s` every key of `other`.
fn remove_all(vm: &mut Vm, s: &Rc<SetObj>, other: &Value) -> PyResult<()> {
    if let Some(o) = set_value(other) {
        if Rc::ptr_eq(&o, s) {
            s.table.borrow_mut().clear();
            return Ok(());
        }
    }
    for k in keys_of(vm, other)? {
        discard_key(vm, s, &k)?;
    }
    Ok(())
}

fn difference(vm: &mut Vm, a: Args) -> PyResult {
    let (s, owner) = this_set(vm, &a, "difference")?;
    no_kw(vm, &a, owner, "difference")?;
    let others = rest(&a);
    let Some((first, more)) = others.split_first() else {
        return Ok(Value::Set(copy_of(&s, s.frozen)));
    };
    let r = match (set_value(first), inner(first)) {
        (Some(o), _) => {
            let r = new_set(s.frozen);
            let keys = s.table.borrow().keys();
            for k in keys {
                if !vm.set_contains(&o, &k)? {
                    vm.set_add(&r, k)?;
                }
            }
            r
        }
        (None, Value::Dict(d)) => {
            let r = new_set(s.frozen);
            let keys = s.table.borrow().keys();
            for k in keys {
                if vm.dict_get(&d, &k)?.is_none() {
                    vm.set_add(&r, k)?;
                }
            }
            r
        }
        _ => {
            let r = copy_of(&s, s.frozen);
            remove_all(vm, &r, first)?;
            r
        }
    };
    for other in more {
        remove_all(vm, &r, other)?;
    }
    Ok(Value::Set(r))
}

fn difference_update(vm: &mut Vm, a: Args) -> PyResult {
    let s = this_mutable(vm, &a, "difference_update")?;
    no_kw(vm, &a, "set", "difference_update")?;
    for other in rest(&a) {
        remove_all(vm, &s, other)?;
    }
    Ok(Value::None)
}

/// Toggles in `target` every key of `source`.
fn toggle_all(vm: &mut Vm, target: &Rc<SetObj>, source: &Rc<SetObj>) -> PyResult<()> {
    if Rc::ptr_eq(target, source) {
        target.table.borrow_mut().clear();
        return Ok(());
    }
    let keys = source.table.borrow().keys();
    for k in keys {
        if !vm.set_discard(target, &k)? {
            vm.set_add(target, k)?;
        }
    }
    Ok(())
}

fn symmetric_difference(vm: &mut Vm, a: Args) -> PyResult {
    let (s, owner) = this_set(vm, &a, "symmetric_difference")?;
    let other = one(vm, &a, owner, "symmetric_difference")?;
    let r = match set_value(&other) {
        Some(o) => copy_of(&o, s.frozen),
        None => vm.set_from(&other, s.frozen)?,
    };
    toggle_all(vm, &r, &s)?;
    Ok(Value::Set(r))
}

fn symmetric_difference_update(vm: &mut Vm, a: Args) -> PyResult {
    let s = this_mutable(vm, &a, "symmetric_difference_update")?;
    let other = one(vm, &a, "set", "symmetric_difference_update")?;
    let o = as_set_of(vm, &other)?;
    toggle_all(vm, &s, &o)?;
    Ok(Value::None)
}

fn issubset(vm: &mut Vm, a: Args) -> PyResult {
    let (s, owner) = this_set(vm, &a, "issubset")?;
    let other = one(vm, &a, owner, "issubset")?;
    let o = as_set_of(vm, &other)?;
    if s.len() > o.len() {
        return Ok(Value::Bool(false));
    }
    let keys = s.table.borrow().keys();
    for k in keys {
        if !vm.set_contains(&o, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn issuperset(vm: &mut Vm, a: Args) -> PyResult {
    let (s, owner) = this_set(vm, &a, "issuperset")?;
    let other = one(vm, &a, owner, "issuperset")?;
    for k in keys_of(vm, &other)? {
        if !vm.set_contains(&s, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn isdisjoint(vm: &mut Vm, a: Args) -> PyResult {
    let (s, owner) = this_set(vm, &a, "isdisjoint")?;
    let other = one(vm, &a, owner, "isdisjoint")?;
    let (probe, keys) = match set_value(&other) {
        Some(o) if o.len() > s.len() => (o, s.table.borrow().keys()),
        Some(o) => (s.clone(), o.table.borrow().keys()),
        None => (s.clone(), vm.iterate(&other)?),
    };
    for k in keys {
        if vm.set_contains(&probe, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `set.__init__(self, iterable=())`: what a subclass's constructor runs.
fn init(vm: &mut Vm, a: Args) -> PyResult {
    let s = this_mutable(vm, &a, "__init__")?;
    if !a.kw.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    let args = count_args(vm, rest(&a), "set", 0, 1)?;
    s.table.borrow_mut().clear();
    if let Some(src) = args.first() {
        add_all(vm, &s, src)?;
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, a: Args) -> PyResult {
    let (s, _) = this_set(vm, &a, "__len__")?;
    wrapper(vm, &a, "__len__", 0)?;
    Ok(Value::Int(s.len() as i64))
}

fn contains(vm: &mut Vm, a: Args) -> PyResult {
    let (s, owner) = this_set(vm, &a, "__contains__")?;
    let x = one(vm, &a, owner, "__contains__")?;
    Ok(Value::Bool(vm.set_contains(&s, &x)?))
}

fn iter(vm: &mut Vm, a: Args) -> PyResult {
    let (s, _) = this_set(vm, &a, "__iter__")?;
    wrapper(vm, &a, "__iter__", 0)?;
    vm.get_iter(&Value::Set(s))
}

fn repr(vm: &mut Vm, a: Args) -> PyResult {
    let (s, _) = this_set(vm, &a, "__repr__")?;
    wrapper(vm, &a, "__repr__", 0)?;
    let r = vm.repr(&Value::Set(s.clone()))?;
    // A subclass shows its own name around the items, as CPython does.
    if let Value::Instance(i) = this(vm, &a, "set", "__repr__")? {
        let name = i.class().name();
        if s.is_empty() {
            return Ok(Value::string(format!("{}()", name)));
        }
        let items = match r
            .strip_prefix("frozenset(")
            .and_then(|x| x.strip_suffix(')'))
        {
            Some(items) => items,
            None => &r,
        };
        return Ok(Value::string(format!("{}({})", name, items)));
    }
    Ok(Value::string(r))
}

fn hash(vm: &mut Vm, a: Args) -> PyResult {
    let (s, _) = this_set(vm, &a, "__hash__")?;
    wrapper(vm, &a, "__hash__", 0)?;
    Ok(Value::Int(vm.hash(&Value::Set(s))?))
}

fn compare(vm: &mut Vm, a: &Args, name: &str, op: CmpOp) -> PyResult {
    let (s, _) = this_set(vm, a, name)?;
    let args = wrapper(vm, a, name, 1)?;
    match set_value(&args[0]) {
        Some(o) => vm.compare(op, &Value::Set(s), &Value::Set(o)),
        None => Ok(not_implemented(vm)),
    }
}

fn eq(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, &a, "__eq__", CmpOp::Eq)
}
fn ne(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, &a, "__ne__", CmpOp::NotEq)
}
fn lt(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, &a, "__lt__", CmpOp::Lt)
}
fn le(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, &a, "__le__", CmpOp::LtE)
}
fn gt(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, &a, "__gt__", CmpOp::Gt)
}
fn ge(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, &a, "__ge__", CmpOp::GtE)
}

/// `self op other` (or `other op self` when `reflected`) for two sets.
fn binary(vm: &mut Vm, a: &Args, name: &str, op: BinOp, reflected: bool) -> PyResult {
    let (s, _) = this_set(vm, a, name)?;
    let args = wrapper(vm, a, name, 1)?;
    let Some(o) = set_value(&args[0]) else {
        return Ok(not_implemented(vm));
    };
    let (x, y) = if reflected { (o, s) } else { (s, o) };
    vm.binary(op, &Value::Set(x), &Value::Set(y))
}

fn and(vm: &mut Vm, a: Args) -> PyResult {
    binary(vm, &a, "__and__", BinOp::BitAnd, false)
}
fn rand(vm: &mut Vm, a: Args) -> PyResult {
    binary(vm, &a, "__rand__", BinOp::BitAnd, true)
}
fn or(vm: &mut Vm, a: Args) -> PyResult {
    binary(vm, &a, "__or__", BinOp::BitOr, false)
}
fn ror(vm: &mut Vm, a: Args) -> PyResult {
    binary(vm, &a, "__ror__", BinOp::BitOr, true)
}
fn sub(vm: &mut Vm, a: Args) -> PyResult {
    binary(vm, &a, "__sub__", BinOp::Sub, false)
}
fn rsub(vm: &mut Vm, a: Args) -> PyResult {
    binary(vm, &a, "__rsub__", BinOp::Sub, true)
}
fn xor(vm: &mut Vm, a: Args) -> PyResult {
    binary(vm, &a, "__xor__", BinOp::BitXor, false)
}
fn rxor(vm: &mut Vm, a: Args) -> PyResult {
    binary(vm, &a, "__rxor__", BinOp::BitXor, true)
}

/// `self op= other`: the set is updated in place and is the result.
fn inplace(vm: &mut Vm, a: &Args, name: &str, op: BinOp) -> PyResult {
    let s = this_mutable(vm, a, name)?;
    let args = wrapper(vm, a, name, 1)?;
    let Some(o) = set_value(&args[0]) else {
        return Ok(not_implemented(vm));
    };
    if op == BinOp::BitOr {
        add_all(vm, &s, &Value::Set(o))?;
    } else if let Value::Set(r) = vm.binary(op, &Value::Set(s.clone()), &Value::Set(o))? {
        let table = r.table.borrow().clone();
        *s.table.borrow_mut() = table;
    }
    Ok(a.pos[0].clone())
}

fn iand(vm: &mut Vm, a: Args) -> PyResult {
    inplace(vm, &a, "__iand__", BinOp::BitAnd)
}
fn ior(vm: &mut Vm, a: Args) -> PyResult {
    inplace(vm, &a, "__ior__", BinOp::BitOr)
}
fn isub(vm: &mut Vm, a: Args) -> PyResult {
    inplace(vm, &a, "__isub__", BinOp::Sub)
}
fn ixor(vm: &mut Vm, a: Args) -> PyResult {
    inplace(vm, &a, "__ixor__", BinOp::BitXor)
}
