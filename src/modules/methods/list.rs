//! Methods of `list` and `tuple`.

use std::rc::Rc;

use super::{
    add, clinic, index_window, inner, no_args, not_implemented, note_stores, one_arg, receiver,
    rest, ssize, this, wrapper,
};
use crate::modules::builtins::sort_values;
use crate::objects::{Args, IterState, ListObj, TupleObj, Value};
use crate::syntax::ast::CmpOp;
use crate::vm::{PyResult, Types, Vm};

pub(super) fn install(t: &Types) {
    add(
        &t.list,
        "list",
        &[
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("remove", remove),
            ("pop", pop),
            ("clear", clear),
            ("index", index),
            ("count", count),
            ("sort", sort),
            ("reverse", reverse),
            ("copy", copy),
            ("__init__", init),
            ("__len__", len),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__reversed__", reversed),
            ("__add__", concat),
            ("__iadd__", iadd),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__imul__", imul),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__repr__", repr),
        ],
    );
    t.list.dict.set_str("__hash__", Value::None);
    add(
        &t.tuple,
        "tuple",
        &[
            ("index", tuple_index),
            ("count", tuple_count),
            ("__len__", tuple_len),
            ("__getitem__", tuple_getitem),
            ("__contains__", tuple_contains),
            ("__iter__", tuple_iter),
            ("__add__", tuple_concat),
            ("__mul__", tuple_mul),
            ("__rmul__", tuple_mul),
            ("__eq__", tuple_eq),
            ("__ne__", tuple_ne),
            ("__lt__", tuple_lt),
            ("__le__", tuple_le),
            ("__gt__", tuple_gt),
            ("__ge__", tuple_ge),
            ("__hash__", tuple_hash),
            ("__repr__", tuple_repr),
        ],
    );
}

fn as_list(v: &Value) -> Option<Rc<ListObj>> {
    match v {
        Value::List(l) => Some(l.clone()),
        _ => None,
    }
}

fn this_list(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<ListObj>> {
    receiver(vm, a, "list", name, as_list)
}

fn append(vm: &mut Vm, a: Args) -> PyResult {
    // The common call, on a list itself with one argument: no checks
    // left to make and no reference to the list to take.
    if let ([list @ Value::List(l), x], []) = (a.pos, a.kw) {
        vm.note_store(list, x);
        l.items.borrow_mut().push(x.clone());
        return Ok(Value::None);
    }
    let l = this_list(vm, &a, "append")?;
    let x = one_arg(vm, &a, "list.append")?;
    vm.note_store(&Value::List(l.clone()), &x);
    l.items.borrow_mut().push(x);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "extend")?;
    let x = one_arg(vm, &a, "list.extend")?;
    let items = vm.iterate(&x)?;
    note_stores(vm, &Value::List(l.clone()), &items);
    l.items.borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "insert")?;
    let args = clinic(vm, &a, "list.insert", "insert", 2, 2)?;
    let i = ssize(vm, &args[0])?;
    let x = args[1].clone();
    vm.note_store(&Value::List(l.clone()), &x);
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(at as usize, x);
    Ok(Value::None)
}

/// The position of the first item equal to `x` in `l[start..stop]`,
/// re-reading the list after every comparison (which may mutate it).
fn find(vm: &mut Vm, l: &ListObj, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let item = match l.items.borrow().get(i) {
            Some(v) => v.clone(),
            None => return Ok(None),
        };
        if item.is(x) || vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "remove")?;
    let x = one_arg(vm, &a, "list.remove")?;
    match find(vm, &l, &x, 0, usize::MAX)? {
        Some(i) => {
            let mut items = l.items.borrow_mut();
            if i < items.len() {
                items.remove(i);
            }
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn pop(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "pop")?;
    let args = clinic(vm, &a, "list.pop", "pop", 0, 1)?;
    let i = match args.first() {
        Some(v) => ssize(vm, v)?,
        None => -1,
    };
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    if n == 0 {
        drop(items);
        return Err(vm.index_error("pop from empty list"));
    }
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        drop(items);
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(items.remove(at as usize))
}

fn clear(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "clear")?;
    no_args(vm, &a, "list.clear")?;
    // Dropping the items may run no user code, but keep the borrow short anyway.
    let old = std::mem::take(&mut *l.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn index(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "index")?;
    let args = clinic(vm, &a, "list.index", "index", 1, 3)?;
    let n = l.items.borrow().len();
    let (start, stop) = index_window(vm, args, n)?;
    match find(vm, &l, &args[0], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(&args[0])?;
            Err(vm.value_error(format!("{} is not in list", r)))
        }
    }
}

fn count(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "count")?;
    let x = one_arg(vm, &a, "list.count")?;
    let mut n = 0;
    let mut i = 0;
    loop {
        let item = match l.items.borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if item.is(&x) || vm.eq(&item, &x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn sort(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "sort")?;
    if !rest(&a).is_empty() {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in a.kw {
        match k.as_str() {
            Some("key") => key = if v.is_none() { None } else { Some(v.clone()) },
            Some("reverse") => reverse = vm.index_of(v)? != 0,
            other => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for sort()",
                    other.unwrap_or("")
                )))
            }
        }
    }
    // Like CPython, the list looks empty while it is being sorted.
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let original = items.clone();
    let result = sort_values(vm, &mut items, key.as_ref(), reverse);
    let modified = !l.items.borrow().is_empty();
    *l.items.borrow_mut() = if result.is_ok() { items } else { original };
    result?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "reverse")?;
    no_args(vm, &a, "list.reverse")?;
    l.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "copy")?;
    no_args(vm, &a, "list.copy")?;
    let items = l.items.borrow().clone();
    Ok(Value::list(items))
}

/// `list.__init__(self, iterable=())`: what a subclass's constructor runs.
fn init(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "__init__")?;
    if !a.kw.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    let args = super::count_args(vm, rest(&a), "list", 0, 1)?;
    let old = std::mem::take(&mut *l.items.borrow_mut());
    drop(old);
    if let Some(src) = args.first() {
        let items = vm.iterate(src)?;
        note_stores(vm, &Value::List(l.clone()), &items);
        l.items.borrow_mut().extend(items);
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "__len__")?;
    wrapper(vm, &a, "__len__", 0)?;
    let n = l.items.borrow().len();
    Ok(Value::Int(n as i64))
}

fn getitem(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "__getitem__")?;
    let key = one_arg(vm, &a, "list.__getitem__")?;
    vm.get_item(&Value::List(l), &key)
}

fn setitem(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "__setitem__")?;
    let args = wrapper(vm, &a, "__setitem__", 2)?;
    vm.set_item(&Value::List(l), &args[0], args[1].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "__delitem__")?;
    let args = wrapper(vm, &a, "__delitem__", 1)?;
    vm.del_item(&Value::List(l), &args[0])?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "__contains__")?;
    let args = wrapper(vm, &a, "__contains__", 1)?;
    Ok(Value::Bool(vm.contains(&Value::List(l), &args[0])?))
}

fn iter(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "__iter__")?;
    wrapper(vm, &a, "__iter__", 0)?;
    vm.get_iter(&Value::List(l))
}

fn reversed(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "__reversed__")?;
    no_args(vm, &a, "list.__reversed__")?;
    let n = l.items.borrow().len() as i64;
    Ok(Value::iter_obj(IterState::Reversed {
        seq: Value::List(l),
        index: n - 1,
    }))
}

fn concat(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "__add__")?;
    let args = wrapper(vm, &a, "__add__", 1)?;
    match inner(&args[0]) {
        Value::List(other) => {
            let mut items = l.items.borrow().clone();
            items.extend(other.items.borrow().iter().cloned());
            Ok(Value::list(items))
        }
        _ => Err(vm.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            vm.type_name(&args[0])
        ))),
    }
}

fn iadd(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "__iadd__")?;
    let args = wrapper(vm, &a, "__iadd__", 1)?;
    let items = vm.iterate(&args[0])?;
    note_stores(vm, &Value::List(l.clone()), &items);
    l.items.borrow_mut().extend(items);
    Ok(a.pos[0].clone())
}

/// The repeat count of `seq * n` (negative counts as zero).
fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<usize> {
    if let Value::Big(b) = inner(n) {
        if b.sign() == num_bigint::Sign::Minus {
            return Ok(0);
        }
        return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
    }
    Ok(vm.index_of(n)?.max(0) as usize)
}

/// `items * n`, or MemoryError when the result could not be allocated.
fn repeat(vm: &Vm, items: &[Value], n: usize) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    let reserved = match items.len().checked_mul(n) {
        Some(total) => out.try_reserve_exact(total).is_ok(),
        None => false,
    };
    if !reserved {
        return Err(vm.new_exception_args(&vm.types().memory_error, vec![]));
    }
    for _ in 0..n {
        out.extend(items.iter().cloned());
    }
    Ok(out)
}

fn mul(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "__mul__")?;
    let args = wrapper(vm, &a, "__mul__", 1)?;
    let n = repeat_count(vm, &args[0])?;
    let items = l.items.borrow().clone();
    Ok(Value::list(repeat(vm, &items, n)?))
}

fn imul(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "__imul__")?;
    let args = wrapper(vm, &a, "__imul__", 1)?;
    let n = repeat_count(vm, &args[0])?;
    let items = l.items.borrow().clone();
    let out = repeat(vm, &items, n)?;
    *l.items.borrow_mut() = out;
    Ok(a.pos[0].clone())
}

fn compare(vm: &mut Vm, a: &Args, name: &str, op: CmpOp) -> PyResult {
    let l = this_list(vm, a, name)?;
    let args = wrapper(vm, a, name, 1)?;
    match inner(&args[0]) {
        other @ Value::List(_) => vm.compare(op, &Value::List(l), &other),
        _ => Ok(not_implemented(vm)),
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

fn repr(vm: &mut Vm, a: Args) -> PyResult {
    let l = this_list(vm, &a, "__repr__")?;
    wrapper(vm, &a, "__repr__", 0)?;
    Ok(Value::string(vm.repr(&Value::List(l))?))
}

// ---- tuple ----

fn as_tuple(v: &Value) -> Option<Rc<TupleObj>> {
    match v {
        Value::Tuple(t) => Some(t.clone()),
        _ => None,
    }
}

fn this_tuple(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<TupleObj>> {
    receiver(vm, a, "tuple", name, as_tuple)
}

fn tuple_index(vm: &mut Vm, a: Args) -> PyResult {
    let t = this_tuple(vm, &a, "index")?;
    let args = clinic(vm, &a, "tuple.index", "index", 1, 3)?;
    let (start, stop) = index_window(vm, args, t.items.len())?;
    for i in start..stop {
        let item = &t.items[i];
        if item.is(&args[0]) || vm.eq(item, &args[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, a: Args) -> PyResult {
    let t = this_tuple(vm, &a, "count")?;
    let x = one_arg(vm, &a, "tuple.count")?;
    let mut n = 0;
    for item in t.items.iter() {
        if item.is(&x) || vm.eq(item, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_len(vm: &mut Vm, a: Args) -> PyResult {
    let t = this_tuple(vm, &a, "__len__")?;
    wrapper(vm, &a, "__len__", 0)?;
    Ok(Value::Int(t.items.len() as i64))
}

fn tuple_getitem(vm: &mut Vm, a: Args) -> PyResult {
    let t = this_tuple(vm, &a, "__getitem__")?;
    let args = wrapper(vm, &a, "__getitem__", 1)?;
    vm.get_item(&Value::Tuple(t), &args[0])
}

fn tuple_contains(vm: &mut Vm, a: Args) -> PyResult {
    let t = this_tuple(vm, &a, "__contains__")?;
    let args = wrapper(vm, &a, "__contains__", 1)?;
    Ok(Value::Bool(vm.contains(&Value::Tuple(t), &args[0])?))
}

fn tuple_iter(vm: &mut Vm, a: Args) -> PyResult {
    let t = this_tuple(vm, &a, "__iter__")?;
    wrapper(vm, &a, "__iter__", 0)?;
    vm.get_iter(&Value::Tuple(t))
}

fn tuple_concat(vm: &mut Vm, a: Args) -> PyResult {
    let t = this_tuple(vm, &a, "__add__")?;
    let args = wrapper(vm, &a, "__add__", 1)?;
    match inner(&args[0]) {
        Value::Tuple(other) => {
            let mut items = t.items.to_vec();
            items.extend(other.items.iter().cloned());
            Ok(Value::tuple(items))
        }
        _ => Err(vm.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            vm.type_name(&args[0])
        ))),
    }
}

fn tuple_mul(vm: &mut Vm, a: Args) -> PyResult {
    let t = this_tuple(vm, &a, "__mul__")?;
    let args = wrapper(vm, &a, "__mul__", 1)?;
    let n = repeat_count(vm, &args[0])?;
    if n == 1 && matches!(this(vm, &a, "tuple", "__mul__")?, Value::Tuple(_)) {
        return Ok(Value::Tuple(t));
    }
    Ok(Value::tuple(repeat(vm, &t.items, n)?))
}

fn tuple_compare(vm: &mut Vm, a: &Args, name: &str, op: CmpOp) -> PyResult {
    let t = this_tuple(vm, a, name)?;
    let args = wrapper(vm, a, name, 1)?;
    match inner(&args[0]) {
        other @ Value::Tuple(_) => vm.compare(op, &Value::Tuple(t), &other),
        _ => Ok(not_implemented(vm)),
    }
}

fn tuple_eq(vm: &mut Vm, a: Args) -> PyResult {
    tuple_compare(vm, &a, "__eq__", CmpOp::Eq)
}
fn tuple_ne(vm: &mut Vm, a: Args) -> PyResult {
    tuple_compare(vm, &a, "__ne__", CmpOp::NotEq)
}
fn tuple_lt(vm: &mut Vm, a: Args) -> PyResult {
    tuple_compare(vm, &a, "__lt__", CmpOp::Lt)
}
fn tuple_le(vm: &mut Vm, a: Args) -> PyResult {
    tuple_compare(vm, &a, "__le__", CmpOp::LtE)
}
fn tuple_gt(vm: &mut Vm, a: Args) -> PyResult {
    tuple_compare(vm, &a, "__gt__", CmpOp::Gt)
}
fn tuple_ge(vm: &mut Vm, a: Args) -> PyResult {
    tuple_compare(vm, &a, "__ge__", CmpOp::GtE)
}

fn tuple_hash(vm: &mut Vm, a: Args) -> PyResult {
    let t = this_tuple(vm, &a, "__hash__")?;
    wrapper(vm, &a, "__hash__", 0)?;
    Ok(Value::Int(vm.hash(&Value::Tuple(t))?))
}

fn tuple_repr(vm: &mut Vm, a: Args) -> PyResult {
    let t = this_tuple(vm, &a, "__repr__")?;
    wrapper(vm, &a, "__repr__", 0)?;
    Ok(Value::string(vm.repr(&Value::Tuple(t))?))
}
