//! Methods of the smaller built-in types: generators, iterators, `range`,
//! `slice`, `property`, `staticmethod`/`classmethod` and functions.

use std::rc::Rc;

use super::{
    add, clinic, inner, no_args, not_implemented, one_arg, receiver, rest, ssize, this, wrapper,
};
use crate::objects::{Args, BoundMethod, IterState, Object, Property, Value};
use crate::syntax::ast::CmpOp;
use crate::vm::{PyResult, Types, Vm};

pub(super) fn install(t: &Types) {
    add(
        &t.generator,
        "generator",
        &[
            ("send", send),
            ("throw", throw),
            ("close", close),
            ("__next__", gen_next),
            ("__iter__", gen_iter),
        ],
    );
    add(
        &t.iterator,
        "iterator",
        &[("__next__", iter_next), ("__iter__", iter_iter)],
    );
    add(
        &t.range,
        "range",
        &[
            ("index", range_index),
            ("count", range_count),
            ("__len__", range_len),
            ("__bool__", range_bool),
            ("__contains__", range_contains),
            ("__getitem__", range_getitem),
            ("__iter__", range_iter),
            ("__reversed__", range_reversed),
            ("__eq__", range_eq),
            ("__ne__", range_ne),
            ("__repr__", range_repr),
        ],
    );
    add(&t.slice, "slice", &[("indices", slice_indices)]);
    t.slice.dict.set_str("__hash__", Value::None);
    add(
        &t.property,
        "property",
        &[
            ("getter", getter),
            ("setter", setter),
            ("deleter", deleter),
            ("__get__", property_get),
            ("__set__", property_set),
            ("__delete__", property_delete),
        ],
    );
    add(
        &t.staticmethod,
        "staticmethod",
        &[("__get__", staticmethod_get)],
    );
    add(
        &t.classmethod,
        "classmethod",
        &[("__get__", classmethod_get)],
    );
    add(
        &t.function,
        "function",
        &[("__get__", function_get), ("__call__", call)],
    );
    add(&t.method, "method", &[("__call__", call)]);
    add(
        &t.builtin_function,
        "builtin_function_or_method",
        &[("__call__", call)],
    );
}

// ---- generators and iterators ----

fn as_generator(v: &Value) -> Option<Value> {
    match v {
        Value::Obj(o) if matches!(&**o, Object::Generator(_)) => Some(v.clone()),
        _ => None,
    }
}

fn this_gen(vm: &Vm, a: &Args, name: &str) -> PyResult<Value> {
    receiver(vm, a, "generator", name, as_generator)
}

fn send(vm: &mut Vm, a: Args) -> PyResult {
    let g = this_gen(vm, &a, "send")?;
    let v = one_arg(vm, &a, "generator.send")?;
    vm.generator_send(&g, v)
}

/// The exception `gen.throw(typ[, val[, tb]])` raises inside the generator.
fn thrown_exception(vm: &mut Vm, typ: &Value, val: Option<&Value>) -> PyResult {
    let base = vm.types().base_exception.clone();
    let val = val.filter(|v| !v.is_none());
    match typ {
        Value::Class(c) if c.is_subclass(&base) => match val {
            None => vm.call_class(c, vec![], vec![]),
            Some(v) if vm.class_of(v).is_subclass(c) => Ok(v.clone()),
            Some(Value::Tuple(t)) => vm.call_class(c, t.items.to_vec(), vec![]),
            Some(v) => vm.call_class(c, vec![v.clone()], vec![]),
        },
        Value::Instance(i) if i.class().is_subclass(&base) => {
            if val.is_some() {
                return Err(vm.type_error("instance exception may not have a separate value"));
            }
            Ok(typ.clone())
        }
        _ => Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name(typ)
        ))),
    }
}

fn throw(vm: &mut Vm, a: Args) -> PyResult {
    let g = this_gen(vm, &a, "throw")?;
    let args = clinic(vm, &a, "generator.throw", "throw", 1, 3)?;
    if let Some(tb) = args.get(2) {
        if !tb.is_none() {
            return Err(vm.type_error("throw() third argument must be a traceback object"));
        }
    }
    let exc = thrown_exception(vm, &args[0], args.get(1))?;
    vm.generator_throw(&g, exc)
}

fn close(vm: &mut Vm, a: Args) -> PyResult {
    let g = this_gen(vm, &a, "close")?;
    no_args(vm, &a, "generator.close")?;
    vm.generator_close(&g)
}

fn gen_next(vm: &mut Vm, a: Args) -> PyResult {
    let g = this_gen(vm, &a, "__next__")?;
    wrapper(vm, &a, "__next__", 0)?;
    vm.generator_send(&g, Value::None)
}

fn gen_iter(vm: &mut Vm, a: Args) -> PyResult {
    let g = this_gen(vm, &a, "__iter__")?;
    wrapper(vm, &a, "__iter__", 0)?;
    Ok(g)
}

fn as_iterator(v: &Value) -> Option<Value> {
    match v {
        Value::Obj(o) if matches!(&**o, Object::Iter(_)) => Some(v.clone()),
        _ => None,
    }
}

fn iter_next(vm: &mut Vm, a: Args) -> PyResult {
    let it = receiver(vm, &a, "iterator", "__next__", as_iterator)?;
    wrapper(vm, &a, "__next__", 0)?;
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn iter_iter(vm: &mut Vm, a: Args) -> PyResult {
    let it = receiver(vm, &a, "iterator", "__iter__", as_iterator)?;
    wrapper(vm, &a, "__iter__", 0)?;
    Ok(it)
}

// ---- range ----

fn as_range(v: &Value) -> Option<Value> {
    match v {
        Value::Obj(o) if matches!(&**o, Object::Range(_)) => Some(v.clone()),
        _ => None,
    }
}

/// `self` as a range value and a copy of its bounds.
fn this_range(vm: &Vm, a: &Args, name: &str) -> PyResult<(Value, i64, i64, i64)> {
    let v = receiver(vm, a, "range", name, as_range)?;
    match &v {
        Value::Obj(o) => match &**o {
            Object::Range(r) if r.big.is_some() => Err(vm.big_range()),
            Object::Range(r) => {
                let (start, stop, step) = (r.start, r.stop, r.step);
                Ok((v.clone(), start, stop, step))
            }
            _ => Err(vm.type_error("expected a range")),
        },
        _ => Err(vm.type_error("expected a range")),
    }
}

/// The position of `n` in the range, if it is one of its values.
fn range_position(start: i64, stop: i64, step: i64, n: i64) -> Option<i64> {
    let inside = if step > 0 {
        n >= start && n < stop
    } else {
        n <= start && n > stop
    };
    let offset = (n as i128) - (start as i128);
    if inside && offset % (step as i128) == 0 {
        Some((offset / step as i128) as i64)
    } else {
        None
    }
}

/// An exact int (or bool) as i64; `None` for other values, `Some(None)` for big ints.
fn exact_int(v: &Value) -> Option<Option<i64>> {
    match v {
        Value::Int(i) => Some(Some(*i)),
        Value::Bool(b) => Some(Some(*b as i64)),
        Value::Big(_) => Some(None),
        _ => None,
    }
}

fn range_index(vm: &mut Vm, a: Args) -> PyResult {
    let (r, start, stop, step) = this_range(vm, &a, "index")?;
    let x = one_arg(vm, &a, "range.index")?;
    match exact_int(&inner(&x)) {
        Some(n) => match n.and_then(|n| range_position(start, stop, step, n)) {
            Some(i) => Ok(Value::Int(i)),
            None => {
                let shown = vm.repr(&x)?;
                Err(vm.value_error(format!("{} is not in range", shown)))
            }
        },
        None => {
            let items = vm.iterate(&r)?;
            for (i, item) in items.iter().enumerate() {
                if vm.eq(item, &x)? {
                    return Ok(Value::Int(i as i64));
                }
            }
            Err(vm.value_error("sequence.index(x): x not in sequence"))
        }
    }
}

fn range_count(vm: &mut Vm, a: Args) -> PyResult {
    let (r, start, stop, step) = this_range(vm, &a, "count")?;
    let x = one_arg(vm, &a, "range.count")?;
    match exact_int(&inner(&x)) {
        Some(n) => Ok(Value::Int(
            n.and_then(|n| range_position(start, stop, step, n))
                .is_some() as i64,
        )),
        None => {
            let mut count = 0;
            for item in vm.iterate(&r)? {
                if vm.eq(&item, &x)? {
                    count += 1;
                }
            }
            Ok(Value::Int(count))
        }
    }
}

fn range_len(vm: &mut Vm, a: Args) -> PyResult {
    let (_, start, stop, step) = this_range(vm, &a, "__len__")?;
    wrapper(vm, &a, "__len__", 0)?;
    Ok(Value::Int(crate::objects::range_len(start, stop, step)))
}

fn range_bool(vm: &mut Vm, a: Args) -> PyResult {
    let (_, start, stop, step) = this_range(vm, &a, "__bool__")?;
    wrapper(vm, &a, "__bool__", 0)?;
    Ok(Value::Bool(
        crate::objects::range_len(start, stop, step) != 0,
    ))
}

fn range_contains(vm: &mut Vm, a: Args) -> PyResult {
    let (r, _, _, _) = this_range(vm, &a, "__contains__")?;
    let args = wrapper(vm, &a, "__contains__", 1)?;
    Ok(Value::Bool(vm.contains(&r, &args[0])?))
}

fn range_getitem(vm: &mut Vm, a: Args) -> PyResult {
    let (r, _, _, _) = this_range(vm, &a, "__getitem__")?;
    let args = wrapper(vm, &a, "__getitem__", 1)?;
    vm.get_item(&r, &args[0])
}

fn range_iter(vm: &mut Vm, a: Args) -> PyResult {
    let (r, _, _, _) = this_range(vm, &a, "__iter__")?;
    wrapper(vm, &a, "__iter__", 0)?;
    vm.get_iter(&r)
}

fn range_reversed(vm: &mut Vm, a: Args) -> PyResult {
    let (_, start, stop, step) = this_range(vm, &a, "__reversed__")?;
    no_args(vm, &a, "range.__reversed__")?;
    let n = crate::objects::range_len(start, stop, step);
    if n == 0 {
        return Ok(Value::iter_obj(IterState::Range {
            next: start,
            stop: start,
            step: 1,
        }));
    }
    // The last value, then down to just past the first; both fit in i64
    // because they lie within (or one step outside) the range.
    let last = start.wrapping_add((n - 1).wrapping_mul(step));
    Ok(Value::iter_obj(IterState::Range {
        next: last,
        stop: start.wrapping_sub(step),
        step: step.wrapping_neg(),
    }))
}

fn range_compare(vm: &mut Vm, a: &Args, name: &str, op: CmpOp) -> PyResult {
    let (r, _, _, _) = this_range(vm, a, name)?;
    let args = wrapper(vm, a, name, 1)?;
    if as_range(&args[0]).is_none() {
        return Ok(not_implemented(vm));
    }
    vm.compare(op, &r, &args[0])
}

fn range_eq(vm: &mut Vm, a: Args) -> PyResult {
    range_compare(vm, &a, "__eq__", CmpOp::Eq)
}

fn range_ne(vm: &mut Vm, a: Args) -> PyResult {
    range_compare(vm, &a, "__ne__", CmpOp::NotEq)
}

fn range_repr(vm: &mut Vm, a: Args) -> PyResult {
    let (r, _, _, _) = this_range(vm, &a, "__repr__")?;
    wrapper(vm, &a, "__repr__", 0)?;
    Ok(Value::string(vm.repr(&r)?))
}

// ---- slice ----

fn as_slice(v: &Value) -> Option<Value> {
    match v {
        Value::Obj(o) if matches!(&**o, Object::Slice(_)) => Some(v.clone()),
        _ => None,
    }
}

/// `slice.indices(length)`: `(start, stop, step)` clamped to the length.
fn slice_indices(vm: &mut Vm, a: Args) -> PyResult {
    let s = receiver(vm, &a, "slice", "indices", as_slice)?;
    let length = one_arg(vm, &a, "slice.indices")?;
    let n = ssize(vm, &length)?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let Value::Obj(o) = &s else {
        return Err(vm.type_error("expected a slice"));
    };
    let Object::Slice(sl) = &**o else {
        return Err(vm.type_error("expected a slice"));
    };
    let idx = vm.slice_indices(sl, n as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(idx.start),
        Value::Int(idx.stop),
        Value::Int(idx.step),
    ]))
}

// ---- property, staticmethod, classmethod, functions ----

/// `self`'s getter, setter, deleter and doc.
fn this_property(vm: &Vm, a: &Args, name: &str) -> PyResult<(Value, Value, Value, Value)> {
    let v = this(vm, a, "property", name)?;
    if let Value::Obj(o) = v {
        if let Object::Property(p) = &**o {
            return Ok((
                p.fget.clone(),
                p.fset.clone(),
                p.fdel.clone(),
                p.doc.clone(),
            ));
        }
    }
    Err(super::wrong_self(vm, "property", name, v))
}

fn new_property(fget: Value, fset: Value, fdel: Value, doc: Value) -> Value {
    Value::obj(Object::Property(Property {
        fget,
        fset,
        fdel,
        doc,
    }))
}

fn doc_of(f: &Value) -> Value {
    match f {
        Value::Function(func) => func.doc.borrow().clone(),
        _ => Value::None,
    }
}

fn getter(vm: &mut Vm, a: Args) -> PyResult {
    let (fget, fset, fdel, doc) = this_property(vm, &a, "getter")?;
    let f = one_arg(vm, &a, "property.getter")?;
    if f.is_none() {
        return Ok(new_property(fget, fset, fdel, doc));
    }
    // A doc that came from the old getter follows the new one.
    let doc = if doc.is_none() || doc.is(&doc_of(&fget)) {
        doc_of(&f)
    } else {
        doc
    };
    Ok(new_property(f, fset, fdel, doc))
}

fn setter(vm: &mut Vm, a: Args) -> PyResult {
    let (fget, fset, fdel, doc) = this_property(vm, &a, "setter")?;
    let f = one_arg(vm, &a, "property.setter")?;
    let f = if f.is_none() { fset } else { f };
    Ok(new_property(fget, f, fdel, doc))
}

fn deleter(vm: &mut Vm, a: Args) -> PyResult {
    let (fget, fset, fdel, doc) = this_property(vm, &a, "deleter")?;
    let f = one_arg(vm, &a, "property.deleter")?;
    let f = if f.is_none() { fdel } else { f };
    Ok(new_property(fget, fset, f, doc))
}

/// The wording of a missing accessor: `property 'x' of 'C' object has no setter`.
fn no_accessor(vm: &Vm, fget: &Value, obj: &Value, what: &str) -> Value {
    let name = match fget {
        Value::Function(f) => f
            .name
            .borrow()
            .as_str()
            .filter(|n| *n != "<lambda>")
            .map(str::to_string),
        _ => None,
    };
    let prop = match name {
        Some(n) => format!("property '{}'", n),
        None => "property".to_string(),
    };
    vm.attribute_error(format!(
        "{} of '{}' object has no {}",
        prop,
        vm.type_name(obj),
        what
    ))
}

fn property_get(vm: &mut Vm, a: Args) -> PyResult {
    let (fget, _, _, _) = this_property(vm, &a, "__get__")?;
    let args = clinic(vm, &a, "property.__get__", "__get__", 1, 2)?;
    let obj = &args[0];
    if obj.is_none() {
        return Ok(a.pos[0].clone());
    }
    if fget.is_none() {
        return Err(no_accessor(vm, &fget, obj, "getter"));
    }
    vm.call(&fget, vec![obj.clone()], vec![])
}

fn property_set(vm: &mut Vm, a: Args) -> PyResult {
    let (fget, fset, _, _) = this_property(vm, &a, "__set__")?;
    let args = wrapper(vm, &a, "__set__", 2)?;
    if fset.is_none() {
        return Err(no_accessor(vm, &fget, &args[0], "setter"));
    }
    vm.call(&fset, args.to_vec(), vec![])?;
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, a: Args) -> PyResult {
    let (fget, _, fdel, _) = this_property(vm, &a, "__delete__")?;
    let args = wrapper(vm, &a, "__delete__", 1)?;
    if fdel.is_none() {
        return Err(no_accessor(vm, &fget, &args[0], "deleter"));
    }
    vm.call(&fdel, args.to_vec(), vec![])?;
    Ok(Value::None)
}

/// The `(obj, type=None)` arguments of a `__get__`.
fn get_args<'a>(vm: &Vm, a: &Args<'a>) -> PyResult<&'a [Value]> {
    let args = rest(a);
    if args.is_empty() || args.len() > 2 || !a.kw.is_empty() {
        return Err(vm.type_error(format!("expected 1 or 2 arguments, got {}", args.len())));
    }
    if args[0].is_none() && args.get(1).is_none_or(|t| t.is_none()) {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    Ok(args)
}

fn wrapped(vm: &Vm, a: &Args, owner: &str) -> PyResult<Value> {
    let v = this(vm, a, owner, "__get__")?;
    if let Value::Obj(o) = v {
        if let Object::StaticMethod(f) | Object::ClassMethod(f) = &**o {
            return Ok(f.clone());
        }
    }
    Err(super::wrong_self(vm, owner, "__get__", v))
}

fn staticmethod_get(vm: &mut Vm, a: Args) -> PyResult {
    let f = wrapped(vm, &a, "staticmethod")?;
    get_args(vm, &a)?;
    Ok(f)
}

fn classmethod_get(vm: &mut Vm, a: Args) -> PyResult {
    let f = wrapped(vm, &a, "classmethod")?;
    let args = get_args(vm, &a)?;
    let class = match args.get(1) {
        Some(t) if !t.is_none() => t.clone(),
        _ => Value::Class(vm.class_of(&args[0])),
    };
    Ok(Value::Method(Rc::new(BoundMethod {
        self_: class,
        func: f,
    })))
}

fn function_get(vm: &mut Vm, a: Args) -> PyResult {
    let f = this(vm, &a, "function", "__get__")?.clone();
    if !matches!(f, Value::Function(_)) {
        return Err(super::wrong_self(vm, "function", "__get__", &f));
    }
    let args = get_args(vm, &a)?;
    if args[0].is_none() {
        return Ok(f);
    }
    Ok(Value::Method(Rc::new(BoundMethod {
        self_: args[0].clone(),
        func: f,
    })))
}

/// `f.__call__(*args, **kwargs)` for functions, methods and built-ins.
fn call(vm: &mut Vm, a: Args) -> PyResult {
    let f = this(vm, &a, "function", "__call__")?.clone();
    vm.call(&f, rest(&a).to_vec(), a.kw.to_vec())
}
