//! Methods of `dict` and of its views (`keys()`, `values()`, `items()`).

use std::rc::Rc;

use super::{
    add, add_classmethod, class_arg, clinic, count_args, inner, no_args, not_implemented, one_arg,
    receiver, rest, wrapper,
};
use crate::modules::builtins::dict_fill;
use crate::objects::{Args, DictObj, DictViewKind, IterState, Object, SetObj, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::ops::payload_of;
use crate::vm::{PyResult, Types, Vm};

pub(super) fn install(t: &Types) {
    add(
        &t.dict,
        "dict",
        &[
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("get", get),
            ("setdefault", setdefault),
            ("pop", pop),
            ("popitem", popitem),
            ("update", update),
            ("clear", clear),
            ("copy", copy),
            ("__init__", init),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__contains__", contains),
            ("__len__", len),
            ("__iter__", iter),
            ("__reversed__", reversed),
            ("__or__", or),
            ("__ror__", ror),
            ("__ior__", ior),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__repr__", repr),
        ],
    );
    add_classmethod(&t.dict, "dict", "fromkeys", fromkeys);
    t.dict.dict.set_str("__hash__", Value::None);
    add(
        &t.dict_view,
        "dict_keys",
        &[
            ("isdisjoint", view_isdisjoint),
            ("__len__", view_len),
            ("__iter__", view_iter),
            ("__reversed__", view_reversed),
            ("__contains__", view_contains),
            ("__and__", view_and),
            ("__rand__", view_rand),
            ("__or__", view_or),
            ("__ror__", view_ror),
            ("__sub__", view_sub),
            ("__rsub__", view_rsub),
            ("__xor__", view_xor),
            ("__rxor__", view_rxor),
            ("__eq__", view_eq),
            ("__ne__", view_ne),
            ("__lt__", view_lt),
            ("__le__", view_le),
            ("__gt__", view_gt),
            ("__ge__", view_ge),
            ("__repr__", view_repr),
        ],
    );
    t.dict_view.dict.set_str("__hash__", Value::None);
}

fn as_dict(v: &Value) -> Option<Rc<DictObj>> {
    match v {
        Value::Dict(d) => Some(d.clone()),
        _ => None,
    }
}

fn this_dict(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<DictObj>> {
    receiver(vm, a, "dict", name, as_dict)
}

fn view(d: Rc<DictObj>, kind: DictViewKind) -> Value {
    Value::obj(Object::DictView(kind, d))
}

fn keys(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_dict(vm, &a, "keys")?;
    no_args(vm, &a, "dict.keys")?;
    Ok(view(d, DictViewKind::Keys))
}

fn values(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_dict(vm, &a, "values")?;
    no_args(vm, &a, "dict.values")?;
    Ok(view(d, DictViewKind::Values))
}

fn items(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_dict(vm, &a, "items")?;
    no_args(vm, &a, "dict.items")?;
    Ok(view(d, DictViewKind::Items))
}

fn get(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_dict(vm, &a, "get")?;
    let args = clinic(vm, &a, "dict.get", "get", 1, 2)?;
    Ok(vm
        .dict_get(&d, &args[0])?
        .unwrap_or_else(|| args.get(1).cloned().unwrap_or(Value::None)))
}

fn setdefault(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_dict(vm, &a, "setdefault")?;
    let args = clinic(vm, &a, "dict.setdefault", "setdefault", 1, 2)?;
    if let Some(v) = vm.dict_get(&d, &args[0])? {
        return Ok(v);
    }
    let default = args.get(1).cloned().unwrap_or(Value::None);
    let container = Value::Dict(d.clone());
    vm.note_store(&container, &args[0]);
    vm.note_store(&container, &default);
    vm.dict_set(&d, args[0].clone(), default.clone())?;
    Ok(default)
}

fn pop(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_dict(vm, &a, "pop")?;
    let args = clinic(vm, &a, "dict.pop", "pop", 1, 2)?;
    match vm.dict_remove(&d, &args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.key_error(args[0].clone())),
        },
    }
}

fn popitem(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_dict(vm, &a, "popitem")?;
    no_args(vm, &a, "dict.popitem")?;
    let last = d.table.borrow_mut().pop_last();
    match last {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(vm.key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn update(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_dict(vm, &a, "update")?;
    let args = count_args(vm, rest(&a), "update", 0, 1)?;
    note_all(vm, &d, args.first(), a.kw);
    dict_fill(vm, &d, args.first(), a.kw)?;
    Ok(Value::None)
}

/// Tells the collector that `d` may now hold what `src` and `kw` hold.
fn note_all(vm: &Vm, d: &Rc<DictObj>, src: Option<&Value>, kw: &[(Value, Value)]) {
    let container = Value::Dict(d.clone());
    if let Some(s) = src {
        vm.note_store(&container, s);
    }
    for (_, v) in kw {
        vm.note_store(&container, v);
    }
}

fn clear(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_dict(vm, &a, "clear")?;
    no_args(vm, &a, "dict.clear")?;
    let old = std::mem::take(&mut *d.table.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_dict(vm, &a, "copy")?;
    no_args(vm, &a, "dict.copy")?;
    let table = d.table.borrow().clone();
    Ok(Value::Dict(Rc::new(DictObj::from_dict(table))))
}

/// `dict.fromkeys(iterable, value=None)`, on `dict` or any subclass.
fn fromkeys(vm: &mut Vm, a: Args) -> PyResult {
    let cls = class_arg(vm, &a, "dict", "fromkeys")?;
    let args = clinic(vm, &a, "dict.fromkeys", "fromkeys", 1, 2)?;
    let value = args.get(1).cloned().unwrap_or(Value::None);
    let keys = vm.iterate(&args[0])?;
    if std::rc::Rc::ptr_eq(&cls, &vm.types().dict) {
        let d = Rc::new(DictObj::new());
        for k in keys {
            vm.dict_set(&d, k, value.clone())?;
        }
        return Ok(Value::Dict(d));
    }
    let obj = vm.call(&Value::Class(cls), vec![], vec![])?;
    for k in keys {
        vm.set_item(&obj, &k, value.clone())?;
    }
    Ok(obj)
}

/// `dict.__init__(self, *args, **kwargs)`: what a subclass's constructor runs.
fn init(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_dict(vm, &a, "__init__")?;
    let args = count_args(vm, rest(&a), "dict", 0, 1)?;
    note_all(vm, &d, args.first(), a.kw);
    dict_fill(vm, &d, args.first(), a.kw)?;
    Ok(Value::None)
}

/// `d[key]`, calling a subclass's `__missing__` for an absent key.
fn getitem(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_dict(vm, &a, "__getitem__")?;
    let key = one_arg(vm, &a, "dict.__getitem__")?;
    if let Some(v) = vm.dict_get(&d, &key)? {
        return Ok(v);
    }
    let this = &a.pos[0];
    if let Value::Instance(_) = this {
        if let Some(missing) = vm.class_of(this).lookup("__missing__") {
            return vm.call(&missing, vec![this.clone(), key], vec![]);
        }
    }
    Err(vm.key_error(key))
}

fn setitem(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_dict(vm, &a, "__setitem__")?;
    let args = wrapper(vm, &a, "__setitem__", 2)?;
    vm.set_item(&Value::Dict(d), &args[0], args[1].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_dict(vm, &a, "__delitem__")?;
    let args = wrapper(vm, &a, "__delitem__", 1)?;
    vm.del_item(&Value::Dict(d), &args[0])?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_dict(vm, &a, "__contains__")?;
    let key = one_arg(vm, &a, "dict.__contains__")?;
    Ok(Value::Bool(vm.dict_get(&d, &key)?.is_some()))
}

fn len(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_dict(vm, &a, "__len__")?;
    wrapper(vm, &a, "__len__", 0)?;
    Ok(Value::Int(d.len() as i64))
}

fn iter(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_dict(vm, &a, "__iter__")?;
    wrapper(vm, &a, "__iter__", 0)?;
    vm.get_iter(&Value::Dict(d))
}

/// An iterator over `items` from the last to the first.
fn reversed_list(items: Vec<Value>) -> Value {
    let n = items.len() as i64;
    Value::iter_obj(IterState::Reversed {
        seq: Value::list(items),
        index: n - 1,
    })
}

fn reversed(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_dict(vm, &a, "__reversed__")?;
    no_args(vm, &a, "dict.__reversed__")?;
    let keys = d.table.borrow().keys();
    Ok(reversed_list(keys))
}

fn merged(vm: &mut Vm, first: &DictObj, second: &Value) -> PyResult {
    let d = Rc::new(DictObj::from_dict(first.table.borrow().clone()));
    vm.dict_update(&d, second)?;
    Ok(Value::Dict(d))
}

fn or(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_dict(vm, &a, "__or__")?;
    let args = wrapper(vm, &a, "__or__", 1)?;
    match inner(&args[0]) {
        other @ Value::Dict(_) => merged(vm, &d, &other),
        _ => Ok(not_implemented(vm)),
    }
}

fn ror(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_dict(vm, &a, "__ror__")?;
    let args = wrapper(vm, &a, "__ror__", 1)?;
    match inner(&args[0]) {
        Value::Dict(other) => merged(vm, &other, &Value::Dict(d)),
        _ => Ok(not_implemented(vm)),
    }
}

fn ior(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_dict(vm, &a, "__ior__")?;
    let args = wrapper(vm, &a, "__ior__", 1)?;
    note_all(vm, &d, args.first(), &[]);
    dict_fill(vm, &d, args.first(), &[])?;
    Ok(a.pos[0].clone())
}

fn compare(vm: &mut Vm, a: &Args, name: &str, op: CmpOp) -> PyResult {
    let d = this_dict(vm, a, name)?;
    let args = wrapper(vm, a, name, 1)?;
    match inner(&args[0]) {
        other @ Value::Dict(_) => vm.compare(op, &Value::Dict(d), &other),
        _ => Ok(not_implemented(vm)),
    }
}

fn eq(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, &a, "__eq__", CmpOp::Eq)
}

fn ne(vm: &mut Vm, a: Args) -> PyResult {
    compare(vm, &a, "__ne__", CmpOp::NotEq)
}

fn repr(vm: &mut Vm, a: Args) -> PyResult {
    let d = this_dict(vm, &a, "__repr__")?;
    wrapper(vm, &a, "__repr__", 0)?;
    Ok(Value::string(vm.repr(&Value::Dict(d))?))
}

// ---- views ----

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Keys,
    Values,
    Items,
}

fn as_view(v: &Value) -> Option<(Kind, Value)> {
    match v {
        Value::Obj(o) => match &**o {
            Object::DictView(kind, _) => Some((
                match kind {
                    DictViewKind::Keys => Kind::Keys,
                    DictViewKind::Values => Kind::Values,
                    DictViewKind::Items => Kind::Items,
                },
                v.clone(),
            )),
            _ => None,
        },
        _ => None,
    }
}

fn this_view(vm: &Vm, a: &Args, name: &str) -> PyResult<(Kind, Value)> {
    receiver(vm, a, "dict_keys", name, as_view)
}

fn view_len(vm: &mut Vm, a: Args) -> PyResult {
    let (_, v) = this_view(vm, &a, "__len__")?;
    wrapper(vm, &a, "__len__", 0)?;
    Ok(Value::Int(vm.len(&v)? as i64))
}

fn view_iter(vm: &mut Vm, a: Args) -> PyResult {
    let (_, v) = this_view(vm, &a, "__iter__")?;
    wrapper(vm, &a, "__iter__", 0)?;
    vm.get_iter(&v)
}

fn view_reversed(vm: &mut Vm, a: Args) -> PyResult {
    let (_, v) = this_view(vm, &a, "__reversed__")?;
    no_args(vm, &a, "dict_keys.__reversed__")?;
    let items = vm.iterate(&v)?;
    Ok(reversed_list(items))
}

fn view_contains(vm: &mut Vm, a: Args) -> PyResult {
    let (_, v) = this_view(vm, &a, "__contains__")?;
    let args = wrapper(vm, &a, "__contains__", 1)?;
    Ok(Value::Bool(vm.contains(&v, &args[0])?))
}

fn view_repr(vm: &mut Vm, a: Args) -> PyResult {
    let (_, v) = this_view(vm, &a, "__repr__")?;
    wrapper(vm, &a, "__repr__", 0)?;
    Ok(Value::string(vm.repr(&v)?))
}

/// A new set of everything `v` iterates over.
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Rc<SetObj>> {
    vm.set_from(v, false)
}

/// `left op right` for a set-like view on either side; the result is a set.
fn set_op(vm: &mut Vm, a: &Args, name: &str, op: BinOp, reflected: bool) -> PyResult {
    let (kind, v) = this_view(vm, a, name)?;
    let args = wrapper(vm, a, name, 1)?;
    if kind == Kind::Values {
        return Ok(not_implemented(vm));
    }
    let other = &args[0];
    let (left, right) = if reflected {
        (Value::Set(to_set(vm, other)?), Value::Set(to_set(vm, &v)?))
    } else {
        (Value::Set(to_set(vm, &v)?), Value::Set(to_set(vm, other)?))
    };
    vm.binary(op, &left, &right)
}

fn view_and(vm: &mut Vm, a: Args) -> PyResult {
    set_op(vm, &a, "__and__", BinOp::BitAnd, false)
}
fn view_rand(vm: &mut Vm, a: Args) -> PyResult {
    set_op(vm, &a, "__rand__", BinOp::BitAnd, true)
}
fn view_or(vm: &mut Vm, a: Args) -> PyResult {
    set_op(vm, &a, "__or__", BinOp::BitOr, false)
}
fn view_ror(vm: &mut Vm, a: Args) -> PyResult {
    set_op(vm, &a, "__ror__", BinOp::BitOr, true)
}
fn view_sub(vm: &mut Vm, a: Args) -> PyResult {
    set_op(vm, &a, "__sub__", BinOp::Sub, false)
}
fn view_rsub(vm: &mut Vm, a: Args) -> PyResult {
    set_op(vm, &a, "__rsub__", BinOp::Sub, true)
}
fn view_xor(vm: &mut Vm, a: Args) -> PyResult {
    set_op(vm, &a, "__xor__", BinOp::BitXor, false)
}
fn view_rxor(vm: &mut Vm, a: Args) -> PyResult {
    set_op(vm, &a, "__rxor__", BinOp::BitXor, true)
}

fn view_isdisjoint(vm: &mut Vm, a: Args) -> PyResult {
    let (_, v) = this_view(vm, &a, "isdisjoint")?;
    let other = one_arg(vm, &a, "dict_keys.isdisjoint")?;
    for x in vm.iterate(&other)? {
        if vm.contains(&v, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Whether `v` takes part in set comparisons with a keys or items view.
fn is_set_like(v: &Value) -> bool {
    match inner(v) {
        Value::Set(_) => true,
        other => matches!(as_view(&other), Some((Kind::Keys | Kind::Items, _))),
    }
}

fn view_compare(vm: &mut Vm, a: &Args, name: &str, op: CmpOp) -> PyResult {
    let (kind, v) = this_view(vm, a, name)?;
    let args = wrapper(vm, a, name, 1)?;
    if kind == Kind::Values || !is_set_like(&args[0]) {
        return Ok(not_implemented(vm));
    }
    let left = Value::Set(to_set(vm, &v)?);
    let right = match payload_of(&args[0]) {
        Some(p @ Value::Set(_)) => p,
        _ => match &args[0] {
            s @ Value::Set(_) => s.clone(),
            other => Value::Set(to_set(vm, other)?),
        },
    };
    vm.compare(op, &left, &right)
}

fn view_eq(vm: &mut Vm, a: Args) -> PyResult {
    view_compare(vm, &a, "__eq__", CmpOp::Eq)
}
fn view_ne(vm: &mut Vm, a: Args) -> PyResult {
    view_compare(vm, &a, "__ne__", CmpOp::NotEq)
}
fn view_lt(vm: &mut Vm, a: Args) -> PyResult {
    view_compare(vm, &a, "__lt__", CmpOp::Lt)
}
fn view_le(vm: &mut Vm, a: Args) -> PyResult {
    view_compare(vm, &a, "__le__", CmpOp::LtE)
}
fn view_gt(vm: &mut Vm, a: Args) -> PyResult {
    view_compare(vm, &a, "__gt__", CmpOp::Gt)
}
fn view_ge(vm: &mut Vm, a: Args) -> PyResult {
    view_compare(vm, &a, "__ge__", CmpOp::GtE)
}
