//! The `builtins` namespace: built-in functions, the constructors
//! (`__new__`) of the built-in types, and `__build_class__`.
//! The methods of the built-in types live in `methods.rs`.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use super::{add_fns, method};
use crate::objects::numfmt;
use crate::objects::{
    Args, Class, DictObj, IterState, Object, Property, RangeObj, SetObj, SetTable, Value,
};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::{Interp, PyResult, Vm};

/// Fills `interp.builtins` and the built-in classes' dicts.
pub fn install(interp: &Rc<Interp>) {
    let b = &interp.builtins;
    let t = &interp.types;
    for c in [
        &t.object,
        &t.type_,
        &t.int,
        &t.float,
        &t.str_,
        &t.bool_,
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
        &t.slice,
        &t.property,
        &t.staticmethod,
        &t.classmethod,
        &t.super_,
        &t.bytes,
    ] {
        b.set_str(&c.name(), Value::Class(c.clone()));
    }
    for (name, c) in &t.exceptions {
        b.set_str(name, Value::Class(c.clone()));
        c.dict.set_str("__module__", Value::str("builtins"));
    }
    b.set_str("EnvironmentError", Value::Class(t.os_error.clone()));
    b.set_str("IOError", Value::Class(t.os_error.clone()));
    b.set_str("NotImplemented", interp.not_implemented.clone());
    b.set_str("Ellipsis", interp.ellipsis.clone());
    b.set_str("__debug__", Value::Bool(true));
    add_fns(
        b,
        &[
            ("print", print),
            ("input", input),
            ("len", len),
            ("repr", repr),
            ("ascii", ascii),
            ("abs", abs),
            ("min", min),
            ("max", max),
            ("sum", sum),
            ("sorted", sorted),
            ("reversed", reversed),
            ("enumerate", enumerate),
            ("zip", zip),
            ("map", map),
            ("filter", filter),
            ("any", any),
            ("all", all),
            ("isinstance", isinstance),
            ("issubclass", issubclass),
            ("hasattr", hasattr),
            ("getattr", getattr),
            ("setattr", setattr),
            ("delattr", delattr),
            ("id", id),
            ("hash", hash),
            ("iter", iter),
            ("next", next),
            ("round", round),
            ("divmod", divmod),
            ("pow", pow),
            ("chr", chr),
            ("ord", ord),
            ("hex", hex),
            ("oct", oct),
            ("bin", bin),
            ("format", format),
            ("callable", callable),
            ("vars", vars),
            ("dir", dir),
            ("globals", globals),
            ("locals", locals),
            ("open", super::io::open),
            ("__build_class__", build_class),
            ("__import__", import),
            ("exit", exit),
            ("quit", exit),
        ],
    );
    let news: [(&Rc<Class>, crate::objects::NativeFn); 17] = [
        (&t.object, object_new),
        (&t.type_, type_new),
        (&t.int, int_new),
        (&t.float, float_new),
        (&t.str_, str_new),
        (&t.bool_, bool_new),
        (&t.list, list_new),
        (&t.tuple, tuple_new),
        (&t.dict, dict_new),
        (&t.set, set_new),
        (&t.frozenset, frozenset_new),
        (&t.range, range_new),
        (&t.slice, slice_new),
        (&t.property, property_new),
        (&t.staticmethod, staticmethod_new),
        (&t.classmethod, classmethod_new),
        (&t.super_, super_new),
    ];
    for (c, f) in news {
        let owner: &'static str = Box::leak(c.name().into_boxed_str());
        c.dict.set_str("__new__", method(owner, "__new__", f));
    }
    super::methods::install(interp);
    super::bytes_methods::install(interp);
}

/// `import builtins`.
pub fn module(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::new_module("builtins");
    let items = vm.interp.builtins.table.borrow().items();
    for (k, v) in items {
        d.table.borrow_mut().set_simple(k.clone(), vm.hash(&k)?, v);
    }
    Ok(m)
}

// ---------------------------------------------------------------------------
// I/O

fn print(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(vm, "print", &["sep", "end", "file", "flush"])?;
    let sep = match a.kw("sep") {
        None | Some(Value::None) => " ".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "sep must be None or a string, not {}",
                vm.type_name(&v)
            )))
        }
    };
    let end = match a.kw("end") {
        None | Some(Value::None) => "\n".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "end must be None or a string, not {}",
                vm.type_name(&v)
            )))
        }
    };
    let mut out = String::new();
    for (i, v) in a.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match v {
            Value::Str(s) => out.push_str(s.as_str()),
            _ => out.push_str(&vm.str(v)?),
        }
    }
    out.push_str(&end);
    let flush = match a.kw("flush") {
        Some(f) => vm.truthy(&f)?,
        None => false,
    };
    match a.kw("file") {
        None | Some(Value::None) => {
            vm.interp.write_stdout(&out);
            if flush {
                vm.interp.flush_stdout();
            }
        }
        Some(f) => {
            vm.call_method(&f, "write", vec![Value::string(out)])?;
            if flush {
                vm.call_method(&f, "flush", vec![])?;
            }
        }
    }
    Ok(Value::None)
}

fn input(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "input", 0, 1)?;
    if let Some(p) = a.get(0) {
        let s = vm.str(p)?;
        vm.interp.write_stdout(&s);
    }
    vm.interp.flush_stdout();
    let mut line = String::new();
    let n = crate::gil::allow_threads(|| std::io::stdin().read_line(&mut line));
    vm.resync_turn();
    match n {
        Ok(0) => Err(vm.new_exception(&vm.types().eof_error.clone(), "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
        Err(e) => Err(vm.os_error(
            &vm.types().os_error.clone(),
            e.raw_os_error().unwrap_or(5),
            &e.to_string(),
            None,
        )),
    }
}

// ---------------------------------------------------------------------------
// Simple functions

fn len(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "len", 1, 1)?;
    Ok(Value::Int(vm.len(&a.pos[0])? as i64))
}

fn repr(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "repr", 1, 1)?;
    Ok(Value::string(vm.repr(&a.pos[0])?))
}

fn ascii(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "ascii", 1, 1)?;
    let r = vm.repr(&a.pos[0])?;
    Ok(Value::string(crate::vm::format::ascii_of(&r)))
}

fn abs(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "abs", 1, 1)?;
    let v = &a.pos[0];
    Ok(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(x) => Value::Int(x),
            None => Value::from_bigint(-BigInt::from(*i)),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::Big(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        _ => {
            let class = vm.class_of(v);
            match class.lookup("__abs__") {
                Some(f) => vm.call(&f, vec![v.clone()], vec![])?,
                None => {
                    if let Some(p) = crate::vm::ops::payload_of(v) {
                        return abs(vm, Args { pos: &[p], kw: &[] });
                    }
                    return Err(
                        vm.type_error(format!("bad operand type for abs(): '{}'", class.name()))
                    );
                }
            }
        }
    })
}

fn min(vm: &mut Vm, a: Args) -> PyResult {
    min_max(vm, a, "min", CmpOp::Lt)
}

fn max(vm: &mut Vm, a: Args) -> PyResult {
    min_max(vm, a, "max", CmpOp::Gt)
}

fn min_max(vm: &mut Vm, a: Args, name: &str, op: CmpOp) -> PyResult {
    a.only_kw(vm, name, &["key", "default"])?;
    let key = a.kw("key").filter(|k| !k.is_none());
    let default = a.kw("default");
    let items = match a.pos.len() {
        0 => return Err(vm.type_error(format!("{} expected at least 1 argument, got 0", name))),
        1 => vm.iterate(&a.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                )));
            }
            a.pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for v in items {
        let k = match &key {
            Some(f) => vm.call(f, vec![v.clone()], vec![])?,
            None => v.clone(),
        };
        best = match best {
            None => Some((k, v)),
            Some((bk, bv)) => {
                let better = vm.compare(op, &k, &bk)?;
                if vm.truthy(&better)? {
                    Some((k, v))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{}() arg is an empty sequence", name))),
        },
    }
}

fn sum(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(vm, "sum", &["start"])?;
    a.check(vm, "sum", 1, 2)?;
    let mut acc = a.arg(1, "start").unwrap_or(Value::Int(0));
    if matches!(acc, Value::Str(_)) {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = vm.get_iter(&a.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        acc = match (&acc, &v) {
            (Value::Int(x), Value::Int(y)) => match x.checked_add(*y) {
                Some(r) => Value::Int(r),
                None => vm.binary(BinOp::Add, &acc, &v)?,
            },
            (Value::Float(x), Value::Float(y)) => Value::Float(x + y),
            _ => vm.binary(BinOp::Add, &acc, &v)?,
        };
    }
    Ok(acc)
}

fn sorted(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(vm, "sorted", &["key", "reverse"])?;
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", a.pos.len())));
    }
    let mut items = vm.iterate(&a.pos[0])?;
    let key = a.kw("key").filter(|k| !k.is_none());
    let reverse = match a.kw("reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

/// A stable sort with `<` (or the key's `<`), CPython's way: `reverse`
/// reverses, sorts ascending and reverses back, so equal items keep their
/// order. An exception from a comparison stops it.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    if reverse {
        items.reverse();
    }
    let keys: Option<Vec<Value>> = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for v in items.iter() {
                ks.push(vm.call(f, vec![v.clone()], vec![])?);
            }
            Some(ks)
        }
        None => None,
    };
    let sort_keys: &[Value] = match &keys {
        Some(k) => k,
        None => items,
    };
    let mut order: Vec<usize> = (0..sort_keys.len()).collect();
    if sort_keys.iter().all(|k| matches!(k, Value::Int(_))) {
        let ks: Vec<i64> = sort_keys
            .iter()
            .map(|k| if let Value::Int(i) = k { *i } else { 0 })
            .collect();
        order.sort_by_key(|&x| ks[x]);
    } else if sort_keys.iter().all(|k| matches!(k, Value::Str(_))) {
        let ks: Vec<&str> = sort_keys.iter().map(|k| k.as_str().unwrap_or("")).collect();
        order.sort_by(|&x, &y| ks[x].cmp(ks[y]));
    } else if sort_keys
        .iter()
        .all(|k| matches!(k, Value::Float(f) if !f.is_nan()))
    {
        let ks: Vec<f64> = sort_keys
            .iter()
            .map(|k| if let Value::Float(f) = k { *f } else { 0.0 })
            .collect();
        order.sort_by(|&x, &y| ks[x].total_cmp(&ks[y]));
    } else if let Some(shape) = Shape::of_all(sort_keys) {
        // Tuples (of ints, floats, strs, tuples …) laid out alike: their
        // order needs no method call and cannot raise, so Rust's stable
        // sort gives what CPython's does.
        order.sort_by(|&x, &y| shape.order(&sort_keys[x], &sort_keys[y]));
    } else {
        let ks = sort_keys.to_vec();
        merge_sort(vm, &mut order, &ks)?;
    }
    let old = std::mem::take(items);
    let mut slots: Vec<Option<Value>> = old.into_iter().map(Some).collect();
    *items = order
        .iter()
        .map(|&i| slots[i].take().unwrap_or_default())
        .collect();
    if reverse {
        items.reverse();
    }
    Ok(())
}

/// What every sort key is, when all of them compare natively: `Int`
/// (ints and bools), `Float` (no NaN), `Str`, or tuples whose items at
/// each position are all of one such kind. Two keys of one shape always
/// compare, in a total order that is Python's.
#[derive(Debug, PartialEq)]
enum Shape {
    Int,
    Float,
    Str,
    Tuple(Vec<Shape>),
}

impl Shape {
    /// The shape of `v` alone, if it has one.
    fn of(v: &Value) -> Option<Shape> {
        Some(match v {
            Value::Int(_) | Value::Bool(_) => Shape::Int,
            Value::Float(f) if !f.is_nan() => Shape::Float,
            Value::Str(_) => Shape::Str,
            Value::Tuple(t) => {
                Shape::Tuple(t.items.iter().map(Shape::of).collect::<Option<Vec<_>>>()?)
            }
            _ => return None,
        })
    }

    /// Widens `self` to take `v` in (a longer tuple adds positions);
    /// false if `v` does not fit.
    fn admit(&mut self, v: &Value) -> bool {
        match (self, v) {
            (Shape::Int, Value::Int(_) | Value::Bool(_)) | (Shape::Str, Value::Str(_)) => true,
            (Shape::Float, Value::Float(f)) => !f.is_nan(),
            (Shape::Tuple(items), Value::Tuple(t)) => {
                for (i, item) in t.items.iter().enumerate() {
                    match items.get_mut(i) {
                        Some(shape) => {
                            if !shape.admit(item) {
                                return false;
                            }
                        }
                        None => match Shape::of(item) {
                            Some(shape) => items.push(shape),
                            None => return false,
                        },
                    }
                }
                true
            }
            _ => false,
        }
    }

    /// The shape every one of `keys` has, if there is one (and the keys are
    /// not all ints, floats or strs, which have faster paths of their own).
    fn of_all(keys: &[Value]) -> Option<Shape> {
        let (first, rest) = keys.split_first()?;
        let mut shape = Shape::of(first)?;
        for k in rest {
            if !shape.admit(k) {
                return None;
            }
        }
        Some(shape)
    }

    /// The order of two keys of this shape.
    fn order(&self, a: &Value, b: &Value) -> std::cmp::Ordering {
        use std::cmp::Ordering;
        let int = |v: &Value| match v {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ => 0,
        };
        match (self, a, b) {
            (Shape::Int, _, _) => int(a).cmp(&int(b)),
            (Shape::Float, Value::Float(x), Value::Float(y)) => {
                x.partial_cmp(y).unwrap_or(Ordering::Equal)
            }
            (Shape::Str, Value::Str(x), Value::Str(y)) => x.as_str().cmp(y.as_str()),
            (Shape::Tuple(items), Value::Tuple(x), Value::Tuple(y)) => {
                for ((shape, p), q) in items.iter().zip(x.items.iter()).zip(y.items.iter()) {
                    match shape.order(p, q) {
                        Ordering::Equal => {}
                        other => return other,
                    }
                }
                x.items.len().cmp(&y.items.len())
            }
            _ => Ordering::Equal,
        }
    }
}

/// Stable bottom-up merge sort of `order` by `keys[i] < keys[j]` through
/// the VM (user `__lt__` may raise or be inconsistent: no panic either way).
fn merge_sort(vm: &mut Vm, order: &mut Vec<usize>, keys: &[Value]) -> PyResult<()> {
    let n = order.len();
    let mut buf = order.clone();
    let mut width = 1;
    while width < n {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let hi = (i + 2 * width).min(n);
            let (mut l, mut r, mut k) = (i, mid, i);
            while l < mid && r < hi {
                // Take from the right run only when strictly smaller (stability).
                let lt = vm.compare(CmpOp::Lt, &keys[order[r]], &keys[order[l]])?;
                if vm.truthy(&lt)? {
                    buf[k] = order[r];
                    r += 1;
                } else {
                    buf[k] = order[l];
                    l += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - l)].copy_from_slice(&order[l..mid]);
            k += mid - l;
            buf[k..k + (hi - r)].copy_from_slice(&order[r..hi]);
            i += 2 * width;
        }
        std::mem::swap(order, &mut buf);
        width *= 2;
    }
    Ok(())
}

fn reversed(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "reversed", 1, 1)?;
    let v = a.pos[0].clone();
    match &v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) => {
            let n = vm.len(&v)? as i64;
            Ok(Value::iter_obj(IterState::Reversed {
                seq: v,
                index: n - 1,
            }))
        }
        Value::Obj(o) if matches!(&**o, Object::Range(_)) => {
            if let Object::Range(r) = &**o {
                if r.big.is_some() {
                    return Err(vm.big_range());
                }
                let n = r.len();
                let last = r.start + (n - 1) * r.step;
                return Ok(Value::iter_obj(IterState::Range {
                    next: if n > 0 { last } else { r.start },
                    stop: if n > 0 { r.start - r.step } else { r.start },
                    step: -r.step,
                }));
            }
            unreachable!("matched a range above")
        }
        Value::Dict(d) => {
            let keys = d.table.borrow().keys();
            let n = keys.len() as i64;
            Ok(Value::iter_obj(IterState::Reversed {
                seq: Value::list(keys),
                index: n - 1,
            }))
        }
        _ => {
            let class = vm.class_of(&v);
            if let Some(f) = class.lookup("__reversed__") {
                return vm.call(&f, vec![v.clone()], vec![]);
            }
            if class.lookup("__getitem__").is_some() && class.lookup("__len__").is_some() {
                let n = vm.len(&v)? as i64;
                return Ok(Value::iter_obj(IterState::Reversed {
                    seq: v,
                    index: n - 1,
                }));
            }
            Err(vm.type_error(format!("'{}' object is not reversible", class.name())))
        }
    }
}

fn enumerate(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(vm, "enumerate", &["start", "iterable"])?;
    let Some(it) = a.arg(0, "iterable") else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let start = a.arg(1, "start").unwrap_or(Value::Int(0));
    if !matches!(start, Value::Int(_) | Value::Big(_) | Value::Bool(_)) {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&start)
        )));
    }
    let iter = vm.get_iter(&it)?;
    Ok(Value::iter_obj(IterState::Enumerate { iter, count: start }))
}

fn zip(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(vm, "zip", &["strict"])?;
    let mut iters = Vec::with_capacity(a.pos.len());
    for (i, v) in a.pos.iter().enumerate() {
        match vm.get_iter(v) {
            Ok(it) => iters.push(it),
            Err(_) => {
                return Err(vm.type_error(format!("zip argument #{} must support iteration", i + 1)))
            }
        }
    }
    Ok(Value::iter_obj(IterState::Zip { iters }))
}

fn map(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "map")?;
    if a.pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for v in &a.pos[1..] {
        iters.push(vm.get_iter(v)?);
    }
    Ok(Value::iter_obj(IterState::Map {
        func: a.pos[0].clone(),
        iters,
    }))
}

fn filter(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "filter")?;
    a.check(vm, "filter", 2, 2)?;
    let iter = vm.get_iter(&a.pos[1])?;
    Ok(Value::iter_obj(IterState::Filter {
        func: a.pos[0].clone(),
        iter,
    }))
}

fn any(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "any", 1, 1)?;
    let it = vm.get_iter(&a.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "all", 1, 1)?;
    let it = vm.get_iter(&a.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `isinstance(v, cls)` for a class or a tuple of classes.
pub fn is_instance(vm: &mut Vm, v: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Class(c) => {
            let vc = vm.class_of(v);
            if vc.is_subclass(c) {
                return Ok(true);
            }
            if let Some(f) = c.lookup("__instancecheck__") {
                if c.is_heap {
                    let r = vm.call(&f, vec![cls.clone(), v.clone()], vec![])?;
                    return vm.truthy(&r);
                }
            }
            Ok(false)
        }
        Value::Tuple(t) => {
            for c in t.items.iter() {
                if is_instance(vm, v, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
    }
}

fn isinstance(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "isinstance", 2, 2)?;
    Ok(Value::Bool(is_instance(vm, &a.pos[0], &a.pos[1])?))
}

fn issubclass(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "issubclass", 2, 2)?;
    let Value::Class(c) = &a.pos[0] else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    fn check(vm: &mut Vm, c: &Rc<Class>, cls: &Value) -> PyResult<bool> {
        match cls {
            Value::Class(k) => Ok(c.is_subclass(k)),
            Value::Tuple(t) => {
                for k in t.items.iter() {
                    if check(vm, c, k)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(
                vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
            ),
        }
    }
    Ok(Value::Bool(check(vm, c, &a.pos[1])?))
}

fn attr_name(vm: &Vm, v: &Value, fname: &str) -> PyResult<Value> {
    match v {
        Value::Str(s) => Ok(vm.intern(s.as_str())),
        _ => Err(vm.type_error(format!(
            "{}(): attribute name must be string, not '{}'",
            fname,
            vm.type_name(v)
        ))),
    }
}

fn hasattr(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "hasattr", 2, 2)?;
    let name = attr_name(vm, &a.pos[1], "hasattr")?;
    match vm.get_attr(&a.pos[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) => {
            if vm.exc_matches(&e, &vm.types().attribute_error.clone()) {
                Ok(Value::Bool(false))
            } else {
                Err(e)
            }
        }
    }
}

fn getattr(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "getattr", 2, 3)?;
    let name = attr_name(vm, &a.pos[1], "getattr")?;
    match vm.get_attr(&a.pos[0], &name) {
        Ok(v) => Ok(v),
        Err(e) => match a.get(2) {
            Some(d) if vm.exc_matches(&e, &vm.types().attribute_error.clone()) => Ok(d.clone()),
            _ => Err(e),
        },
    }
}

fn setattr(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "setattr", 3, 3)?;
    let name = attr_name(vm, &a.pos[1], "setattr")?;
    vm.set_attr(&a.pos[0], &name, a.pos[2].clone())?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "delattr", 2, 2)?;
    let name = attr_name(vm, &a.pos[1], "delattr")?;
    vm.del_attr(&a.pos[0], &name)?;
    Ok(Value::None)
}

/// `id(v)`: the object's address; unboxed values get a stable fake one.
pub fn id_of(v: &Value) -> i64 {
    match v.ptr() {
        Some(p) => p as i64,
        None => match v {
            Value::None => 0x1000,
            Value::Bool(b) => 0x2000 + *b as i64,
            Value::Int(i) => 0x7f00_0000_0000_i64.wrapping_add(i.wrapping_mul(32)),
            Value::Float(f) => (f.to_bits() >> 4) as i64,
            _ => 0,
        },
    }
}

fn id(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "id", 1, 1)?;
    Ok(Value::Int(id_of(&a.pos[0])))
}

fn hash(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "hash", 1, 1)?;
    Ok(Value::Int(vm.hash(&a.pos[0])?))
}

fn iter(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "iter", 1, 2)?;
    if let Some(sentinel) = a.get(1) {
        let f = a.pos[0].clone();
        if !is_callable(vm, &f) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(Value::iter_obj(IterState::Callable {
            func: f,
            sentinel: sentinel.clone(),
        }));
    }
    vm.get_iter(&a.pos[0])
}

fn next(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "next", 1, 2)?;
    let it = &a.pos[0];
    let is_iter = match it {
        Value::Obj(o) => {
            matches!(&**o, Object::Iter(_) | Object::Generator(_))
                || vm.class_of(it).lookup("__next__").is_some()
        }
        _ => vm.class_of(it).lookup("__next__").is_some(),
    };
    if !is_iter {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    // A generator's StopIteration carries its return value.
    if let Value::Obj(o) = it {
        if let Object::Generator(_) = &**o {
            return match vm.resume_generator(it, Value::None, None)? {
                crate::vm::generator::Resumed::Yielded(v) => Ok(v),
                crate::vm::generator::Resumed::Returned(r) => match a.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(vm.stop_iteration(r)),
                },
            };
        }
    }
    if let Value::Instance(_) = it {
        let f = vm.class_of(it).lookup("__next__").unwrap_or_default();
        return match vm.call(&f, vec![it.clone()], vec![]) {
            Ok(v) => Ok(v),
            Err(e) => match a.get(1) {
                Some(d) if vm.exc_matches(&e, &vm.types().stop_iteration.clone()) => Ok(d.clone()),
                _ => Err(e),
            },
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(Value::None)),
        },
    }
}

fn round(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(vm, "round", &["number", "ndigits"])?;
    let Some(x) = a.arg(0, "number") else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let nd = a.arg(1, "ndigits").filter(|v| !v.is_none());
    match (&x, nd) {
        (Value::Float(f), None) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            let r = f.round();
            let r = if (f - f.trunc()).abs() == 0.5 {
                2.0 * (f / 2.0).round()
            } else {
                r
            };
            Ok(float_to_int(r))
        }
        (Value::Float(f), Some(n)) => {
            let n = vm.index_of(&n)?;
            Ok(Value::Float(numfmt::round_float(*f, n)))
        }
        (Value::Int(_) | Value::Big(_) | Value::Bool(_), None) => Ok(match x {
            Value::Bool(b) => Value::Int(b as i64),
            _ => x.clone(),
        }),
        (Value::Int(_) | Value::Big(_) | Value::Bool(_), Some(n)) => {
            let n = vm.index_of(&n)?;
            if n >= 0 {
                return Ok(match x {
                    Value::Bool(b) => Value::Int(b as i64),
                    _ => x.clone(),
                });
            }
            let v = crate::objects::int::to_big(&x).unwrap_or_default();
            let p = num_traits::pow(BigInt::from(10), (-n).min(4000) as usize);
            let q = num_integer::Integer::div_floor(&v, &p);
            let r = &v - &q * &p;
            let twice = &r * 2;
            let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * p))
        }
        _ => {
            let class = vm.class_of(&x);
            match class.lookup("__round__") {
                Some(f) => {
                    let mut args = vec![x.clone()];
                    if let Some(n) = a.arg(1, "ndigits") {
                        args.push(n);
                    }
                    vm.call(&f, args, vec![])
                }
                None => Err(vm.type_error(format!(
                    "type {} doesn't define __round__ method",
                    class.name()
                ))),
            }
        }
    }
}

/// The inverse of `a` modulo `m` (m > 0), if gcd(a, m) == 1.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    let a = a.mod_floor(m);
    let g = a.extended_gcd(m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(g.x.mod_floor(m))
}

/// A finite float with an integral value as an int.
pub fn float_to_int(f: f64) -> Value {
    if f.abs() < 9.0e18 {
        Value::Int(f as i64)
    } else {
        Value::from_bigint(num_traits::FromPrimitive::from_f64(f).unwrap_or_default())
    }
}

fn divmod(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "divmod", 2, 2)?;
    let (x, y) = (&a.pos[0], &a.pos[1]);
    if let (
        Value::Float(_) | Value::Int(_) | Value::Big(_) | Value::Bool(_),
        Value::Float(_) | Value::Int(_) | Value::Big(_) | Value::Bool(_),
    ) = (x, y)
    {
        let q = vm.binary(BinOp::FloorDiv, x, y)?;
        let r = vm.binary(BinOp::Mod, x, y)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    let cx = vm.class_of(x);
    if let Some(f) = cx.lookup("__divmod__") {
        let r = vm.call(&f, vec![x.clone(), y.clone()], vec![])?;
        if !r.is(&vm.interp.not_implemented) {
            return Ok(r);
        }
    }
    let cy = vm.class_of(y);
    if let Some(f) = cy.lookup("__rdivmod__") {
        let r = vm.call(&f, vec![y.clone(), x.clone()], vec![])?;
        if !r.is(&vm.interp.not_implemented) {
            return Ok(r);
        }
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        cx.name(),
        cy.name()
    )))
}

fn pow(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(vm, "pow", &["base", "exp", "mod"])?;
    let (Some(x), Some(y)) = (a.arg(0, "base"), a.arg(1, "exp")) else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    match a.arg(2, "mod").filter(|m| !m.is_none()) {
        None => vm.binary(BinOp::Pow, &x, &y),
        Some(m) => {
            let (Some(bx), Some(by), Some(bm)) = (
                crate::objects::int::to_big(&x),
                crate::objects::int::to_big(&y),
                crate::objects::int::to_big(&m),
            ) else {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            if bm.is_zero() {
                return Err(vm.value_error("pow() 3rd argument cannot be 0"));
            }
            if by.is_negative() {
                // A negative exponent means the modular inverse (Python 3.8+).
                let m = bm.abs();
                let Some(inv) = mod_inverse(&bx, &m) else {
                    return Err(vm.value_error("base is not invertible for the given modulus"));
                };
                let r = crate::objects::int::pow_mod(&inv, &(-by), &m);
                // The result takes the sign of the modulus, as `%` does.
                if bm.is_negative() {
                    if let Some(rb) = crate::objects::int::to_big(&r) {
                        if !rb.is_zero() {
                            return Ok(Value::from_bigint(rb + &bm));
                        }
                    }
                }
                return Ok(r);
            }
            Ok(crate::objects::int::pow_mod(&bx, &by, &bm))
        }
    }
}

fn chr(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "chr", 1, 1)?;
    let n = match &a.pos[0] {
        Value::Float(_) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
        }
        v => vm.index_of(v)?,
    };
    if !(0..=0x10FFFF).contains(&n) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(n as u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        // Lone surrogates cannot live in a Rust string.
        None => Ok(Value::string('\u{FFFD}'.to_string())),
    }
}

fn ord(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "ord", 1, 1)?;
    match &a.pos[0] {
        Value::Str(s) => {
            let n = s.char_len();
            if n != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    n
                )));
            }
            Ok(Value::Int(
                s.as_str().chars().next().map(|c| c as i64).unwrap_or(0),
            ))
        }
        Value::Obj(o) if matches!(&**o, Object::Bytes(_)) => {
            if let Object::Bytes(b) = &**o {
                if b.len() == 1 {
                    return Ok(Value::Int(b[0] as i64));
                }
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                )));
            }
            Ok(Value::None)
        }
        v => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(v)
        ))),
    }
}

fn int_base(vm: &mut Vm, a: Args, name: &str, base: u32) -> PyResult {
    a.check(vm, name, 1, 1)?;
    let v = &a.pos[0];
    let n = match crate::objects::int::to_big(v) {
        Some(n) => n,
        None => {
            let i = vm.index_of(v)?;
            BigInt::from(i)
        }
    };
    Ok(Value::string(numfmt::int_to_base(&n, base)))
}

fn hex(vm: &mut Vm, a: Args) -> PyResult {
    int_base(vm, a, "hex", 16)
}

fn oct(vm: &mut Vm, a: Args) -> PyResult {
    int_base(vm, a, "oct", 8)
}

fn bin(vm: &mut Vm, a: Args) -> PyResult {
    int_base(vm, a, "bin", 2)
}

fn format(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "format", 1, 2)?;
    let spec = match a.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                vm.type_name(v)
            )))
        }
        None => String::new(),
    };
    Ok(Value::string(vm.format(&a.pos[0], &spec)?))
}

/// `callable(v)`.
pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Class(_) => true,
        _ => vm.class_of(v).lookup("__call__").is_some(),
    }
}

fn callable(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "callable", 1, 1)?;
    Ok(Value::Bool(is_callable(vm, &a.pos[0])))
}

fn vars(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "vars", 0, 1)?;
    match a.get(0) {
        None => locals(vm, a),
        Some(v) => match vm.get_attr(v, &vm.intern("__dict__")) {
            Ok(d) => Ok(d),
            Err(_) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn dir(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "dir", 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    match a.get(0) {
        None => {
            let d = current_namespace(vm);
            for k in d.table.borrow().keys() {
                names.push(k.as_str().unwrap_or("").to_string());
            }
        }
        Some(v) => {
            let class = vm.class_of(v);
            if let Some(f) = class.lookup("__dir__") {
                if class.is_heap {
                    let r = vm.call(&f, vec![v.clone()], vec![])?;
                    let mut items = vm.iterate(&r)?;
                    sort_values(vm, &mut items, None, false)?;
                    return Ok(Value::list(items));
                }
            }
            let add_dict = |d: &DictObj, names: &mut Vec<String>| {
                for k in d.table.borrow().keys() {
                    if let Some(s) = k.as_str() {
                        names.push(s.to_string());
                    }
                }
            };
            match v {
                Value::Instance(i) => {
                    add_dict(&i.dict, &mut names);
                    for c in class.full_mro() {
                        add_dict(&c.dict, &mut names);
                    }
                }
                Value::Class(c) => {
                    for k in c.full_mro() {
                        add_dict(&k.dict, &mut names);
                    }
                }
                Value::Obj(o) if matches!(&**o, Object::Module(_)) => {
                    if let Object::Module(m) = &**o {
                        add_dict(&m.dict, &mut names);
                    }
                }
                _ => {
                    for c in class.full_mro() {
                        add_dict(&c.dict, &mut names);
                    }
                }
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

/// The namespace of the running code: a class body's or module's dict.
fn current_namespace(vm: &Vm) -> Rc<DictObj> {
    match vm.frames.last() {
        Some(f) => f.namespace.clone().unwrap_or_else(|| f.globals.clone()),
        None => Rc::new(DictObj::new()),
    }
}

fn globals(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "globals", 0, 0)?;
    Ok(match vm.frames.last() {
        Some(f) => Value::Dict(f.globals.clone()),
        None => Value::Dict(Rc::new(DictObj::new())),
    })
}

fn locals(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "locals", 0, 0)?;
    let Some(f) = vm.frames.last() else {
        return Ok(Value::Dict(Rc::new(DictObj::new())));
    };
    if let Some(ns) = &f.namespace {
        return Ok(Value::Dict(ns.clone()));
    }
    if f.code.flags & crate::bytecode::code::CO_NAMESPACE != 0 || f.code.name.as_ref() == "<module>"
    {
        return Ok(Value::Dict(f.globals.clone()));
    }
    let d = Rc::new(DictObj::new());
    let code = f.code.clone();
    let base = f.base;
    for (i, name) in code.varnames.iter().enumerate() {
        let v = deref_cell(vm.stack.get(base + i).cloned().unwrap_or_default());
        if !v.is_null() {
            d.set_str(name, v);
        }
    }
    Ok(Value::Dict(d))
}

fn build_class(vm: &mut Vm, a: Args) -> PyResult {
    vm.build_class(a.pos, a.kw)
}

fn import(vm: &mut Vm, a: Args) -> PyResult {
    let Some(Value::Str(name)) = a.arg(0, "name") else {
        return Err(vm.type_error("__import__() argument 1 must be str"));
    };
    vm.import_top(name.as_str())
}

fn exit(vm: &mut Vm, a: Args) -> PyResult {
    let code = a.get(0).cloned().unwrap_or(Value::None);
    let e = vm.new_exception_args(
        &vm.types().system_exit.clone(),
        if code.is_none() {
            vec![]
        } else {
            vec![code.clone()]
        },
    );
    if let Value::Instance(i) = &e {
        i.dict.set_str("code", code);
    }
    Err(e)
}

// ---------------------------------------------------------------------------
// Constructors of the built-in types: `__new__(cls, *args)`.

/// Wraps a built-in value for a subclass: `MyInt(5)` is an instance whose
/// payload is `5`.
fn for_class(vm: &mut Vm, cls: &Value, builtin: &Rc<Class>, v: Value) -> PyResult {
    match cls {
        Value::Class(c) if !Rc::ptr_eq(c, builtin) && c.is_heap => {
            let inst = crate::objects::Instance::new(c.clone());
            *inst.payload.borrow_mut() = v;
            let _ = vm;
            Ok(Value::Instance(Rc::new(inst)))
        }
        _ => Ok(v),
    }
}

fn object_new(vm: &mut Vm, a: Args) -> PyResult {
    match a.get(0) {
        Some(Value::Class(c)) => {
            let c = c.clone();
            if !c.is_heap && !Rc::ptr_eq(&c, &vm.types().object) {
                return Err(vm.type_error(format!(
                    "object.__new__({}) is not safe, use {}.__new__()",
                    c.name(),
                    c.name()
                )));
            }
            if Rc::ptr_eq(&c, &vm.types().object) && (a.len() > 1 || !a.kw.is_empty()) {
                return Err(vm.type_error("object() takes no arguments"));
            }
            vm.default_new(&c, &[], &[])
        }
        _ => Err(vm.type_error("object.__new__(X): X is not a type object")),
    }
}

fn type_new(vm: &mut Vm, a: Args) -> PyResult {
    match a.pos.len() {
        2 => Ok(Value::Class(vm.class_of(&a.pos[1]))),
        4 => {
            let name = vm.str(&a.pos[1])?;
            let mut bases = Vec::new();
            for b in vm.iterate(&a.pos[2])? {
                match b {
                    Value::Class(c) => bases.push(c),
                    other => {
                        return Err(vm.type_error(format!(
                            "bases must be types, not {}",
                            vm.type_name(&other)
                        )))
                    }
                }
            }
            let Value::Dict(ns) = &a.pos[3] else {
                return Err(vm.type_error("type.__new__() argument 3 must be dict"));
            };
            let ns = ns.clone();
            if ns.get_str("__module__").is_none() {
                let m = vm
                    .frames
                    .last()
                    .and_then(|f| f.globals.get_str("__name__"))
                    .unwrap_or(Value::None);
                ns.set_str("__module__", m);
            }
            let c = vm.make_class(&name, bases, &ns)?;
            Ok(Value::Class(c))
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

/// `int(x)` / `int(s, base)`.
pub fn int_from(vm: &mut Vm, x: &Value, base: Option<&Value>) -> PyResult {
    if let Some(b) = base {
        let base = vm.index_of(b)?;
        if base != 0 && !(2..=36).contains(&base) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let s = match x {
            Value::Str(s) => s.as_str().to_string(),
            Value::Obj(o) if matches!(&**o, Object::Bytes(_)) => match &**o {
                Object::Bytes(b) => String::from_utf8_lossy(b).to_string(),
                _ => String::new(),
            },
            _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
        return match numfmt::parse_int(&s, base as u32) {
            Some(n) => Ok(Value::from_bigint(n)),
            None => Err(vm.value_error(format!(
                "invalid literal for int() with base {}: {}",
                base,
                crate::vm::ops::repr_str(&s)
            ))),
        };
    }
    match x {
        Value::Int(_) | Value::Big(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            Ok(float_to_int(f.trunc()))
        }
        Value::Str(s) => match numfmt::parse_int(s.as_str(), 10) {
            Some(n) => Ok(Value::from_bigint(n)),
            None => Err(vm.value_error(format!(
                "invalid literal for int() with base 10: {}",
                crate::vm::ops::repr_str(s.as_str())
            ))),
        },
        _ => {
            let class = vm.class_of(x);
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(f) = class.lookup(name) {
                    let r = vm.call(&f, vec![x.clone()], vec![])?;
                    if !matches!(r, Value::Int(_) | Value::Big(_) | Value::Bool(_)) {
                        return Err(vm.type_error(format!(
                            "{} returned non-int (type {})",
                            name,
                            vm.type_name(&r)
                        )));
                    }
                    return int_from(vm, &r, None);
                }
            }
            if let Some(p) = crate::vm::ops::payload_of(x) {
                return int_from(vm, &p, None);
            }
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                class.name()
            )))
        }
    }
}

fn int_new(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(vm, "int", &["base"])?;
    if a.len() > 3 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            a.len() - 1
        )));
    }
    let base = a.arg(2, "base");
    let v = match a.get(1) {
        None => {
            if base.is_some() {
                return Err(vm.type_error("int() missing string argument"));
            }
            Value::Int(0)
        }
        Some(x) => int_from(vm, x, base.as_ref())?,
    };
    let int = vm.types().int.clone();
    for_class(vm, &a.pos[0], &int, v)
}

/// `float(x)`.
pub fn float_from(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Big(b) => numfmt::int_to_float(b).map_err(|m| vm.numfmt_error(m)),
        Value::Str(s) => match numfmt::parse_float(s.as_str()) {
            Some(f) => Ok(f),
            None => Err(vm.value_error(format!(
                "could not convert string to float: {}",
                crate::vm::ops::repr_str(s.as_str())
            ))),
        },
        _ => {
            let class = vm.class_of(x);
            if let Some(f) = class.lookup("__float__") {
                let r = vm.call(&f, vec![x.clone()], vec![])?;
                return match r {
                    Value::Float(f) => Ok(f),
                    other => Err(vm.type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        class.name(),
                        vm.type_name(&other)
                    ))),
                };
            }
            if let Some(f) = class.lookup("__index__") {
                let r = vm.call(&f, vec![x.clone()], vec![])?;
                return float_from(vm, &r);
            }
            if let Some(p) = crate::vm::ops::payload_of(x) {
                return float_from(vm, &p);
            }
            Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                class.name()
            )))
        }
    }
}

fn float_new(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "float")?;
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "float expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    let v = match a.get(1) {
        None => 0.0,
        Some(x) => float_from(vm, x)?,
    };
    let float = vm.types().float.clone();
    for_class(vm, &a.pos[0], &float, Value::Float(v))
}

fn str_new(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(vm, "str", &["object", "encoding", "errors"])?;
    let v = match a.arg(1, "object") {
        None => Value::str(""),
        Some(x) => {
            if let (Value::Obj(o), Some(_)) = (&x, a.arg(2, "encoding")) {
                if let Object::Bytes(b) = &**o {
                    return Ok(Value::string(String::from_utf8_lossy(b).to_string()));
                }
            }
            vm.str_value(&x)?
        }
    };
    let s = vm.types().str_.clone();
    for_class(vm, &a.pos[0], &s, v)
}

fn bool_new(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "bool")?;
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "bool expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    Ok(Value::Bool(match a.get(1) {
        None => false,
        Some(x) => vm.truthy(x)?,
    }))
}

fn list_new(vm: &mut Vm, a: Args) -> PyResult {
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    let items = match a.get(1) {
        None => Vec::new(),
        Some(x) => vm.iterate(x)?,
    };
    let l = vm.types().list.clone();
    for_class(vm, &a.pos[0], &l, Value::list(items))
}

fn tuple_new(vm: &mut Vm, a: Args) -> PyResult {
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    let v = match a.get(1) {
        None => vm.interp.empty_tuple.clone(),
        Some(x) => vm.to_tuple(x)?,
    };
    let t = vm.types().tuple.clone();
    for_class(vm, &a.pos[0], &t, v)
}

/// Fills `d` from `dict(x, **kw)` arguments.
pub fn dict_fill(
    vm: &mut Vm,
    d: &DictObj,
    src: Option<&Value>,
    kw: &[(Value, Value)],
) -> PyResult<()> {
    if let Some(x) = src {
        match x {
            Value::Dict(_) => vm.dict_update(d, x)?,
            _ if vm.class_of(x).lookup("keys").is_some() => vm.dict_update(d, x)?,
            _ => {
                let it = vm.get_iter(x)?;
                let mut i = 0;
                while let Some(item) = vm.next(&it)? {
                    let pair = match vm.iterate(&item) {
                        Ok(p) => p,
                        Err(_) => {
                            return Err(vm.type_error(format!(
                            "cannot convert dictionary update sequence element #{} to a sequence",
                            i
                        )))
                        }
                    };
                    if pair.len() != 2 {
                        return Err(vm.value_error(format!(
                            "dictionary update sequence element #{} has length {}; 2 is required",
                            i,
                            pair.len()
                        )));
                    }
                    let mut p = pair.into_iter();
                    let (k, v) = (p.next().unwrap_or_default(), p.next().unwrap_or_default());
                    vm.dict_set(d, k, v)?;
                    i += 1;
                }
            }
        }
    }
    for (k, v) in kw {
        vm.dict_set(d, k.clone(), v.clone())?;
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, a: Args) -> PyResult {
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    let d = Rc::new(DictObj::new());
    dict_fill(vm, &d, a.get(1), a.kw)?;
    let dc = vm.types().dict.clone();
    for_class(vm, &a.pos[0], &dc, Value::Dict(d))
}

fn set_new(vm: &mut Vm, a: Args) -> PyResult {
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "set expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    let s = match a.get(1) {
        None => Rc::new(SetObj::new(SetTable::new(), false)),
        Some(x) => vm.set_from(x, false)?,
    };
    let sc = vm.types().set.clone();
    for_class(vm, &a.pos[0], &sc, Value::Set(s))
}

fn frozenset_new(vm: &mut Vm, a: Args) -> PyResult {
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "frozenset expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    let s = match a.get(1) {
        None => Rc::new(SetObj::new(SetTable::new(), true)),
        Some(Value::Set(s)) if s.frozen => s.clone(),
        Some(x) => vm.set_from(x, true)?,
    };
    let fc = vm.types().frozenset.clone();
    for_class(vm, &a.pos[0], &fc, Value::Set(s))
}

fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Float(_) => Err(vm.type_error("'float' object cannot be interpreted as an integer")),
        Value::Big(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ => vm.index_of(v),
    }
}

fn range_new(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "range")?;
    let args = &a.pos[1..];
    if args.iter().any(|v| matches!(v, Value::Big(_))) && args.len() <= 3 {
        let mut b: Vec<BigInt> = Vec::new();
        for v in args {
            match crate::objects::int::to_big(v) {
                Some(n) => b.push(n),
                None => {
                    return Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(v)
                    )))
                }
            }
        }
        let (start, stop, step) = match b.len() {
            1 => (BigInt::zero(), b[0].clone(), BigInt::from(1)),
            2 => (b[0].clone(), b[1].clone(), BigInt::from(1)),
            _ => (b[0].clone(), b[1].clone(), b[2].clone()),
        };
        if step.is_zero() {
            return Err(vm.value_error("range() arg 3 must not be zero"));
        }
        return Ok(Value::obj(Object::Range(RangeObj {
            start: 0,
            stop: 0,
            step: 1,
            big: Some(Box::new([start, stop, step])),
        })));
    }
    let (start, stop, step) = match args.len() {
        1 => (0, range_arg(vm, &args[0])?, 1),
        2 => (range_arg(vm, &args[0])?, range_arg(vm, &args[1])?, 1),
        3 => (
            range_arg(vm, &args[0])?,
            range_arg(vm, &args[1])?,
            range_arg(vm, &args[2])?,
        ),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {}", n))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::obj(Object::Range(RangeObj {
        start,
        stop,
        step,
        big: None,
    })))
}

fn slice_new(vm: &mut Vm, a: Args) -> PyResult {
    let args = &a.pos[1..];
    let (start, stop, step) = match args.len() {
        1 => (Value::None, args[0].clone(), Value::None),
        2 => (args[0].clone(), args[1].clone(), Value::None),
        3 => (args[0].clone(), args[1].clone(), args[2].clone()),
        n => return Err(vm.type_error(format!("slice expected at least 1 argument, got {}", n))),
    };
    Ok(crate::vm::subscr::new_slice(start, stop, step))
}

fn property_new(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(vm, "property", &["fget", "fset", "fdel", "doc"])?;
    let get = |i: usize, n: &str| a.arg(i, n).unwrap_or(Value::None);
    let fget = get(1, "fget");
    let doc = match a.arg(4, "doc") {
        Some(d) => d,
        None => match &fget {
            Value::Function(f) => f.doc.borrow().clone(),
            _ => Value::None,
        },
    };
    Ok(Value::obj(Object::Property(Property {
        fget,
        fset: get(2, "fset"),
        fdel: get(3, "fdel"),
        doc,
    })))
}

fn staticmethod_new(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "staticmethod", 2, 2)?;
    Ok(Value::obj(Object::StaticMethod(a.pos[1].clone())))
}

fn classmethod_new(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "classmethod", 2, 2)?;
    Ok(Value::obj(Object::ClassMethod(a.pos[1].clone())))
}

fn super_new(vm: &mut Vm, a: Args) -> PyResult {
    let args = &a.pos[1..];
    let (class, obj) = match args.len() {
        0 => {
            let Some(f) = vm.frames.last() else {
                return Err(vm.runtime_error("super(): no current frame"));
            };
            let code = f.code.clone();
            let base = f.base;
            if code.argcount == 0 {
                return Err(vm.runtime_error("super(): no arguments"));
            }
            let first = deref_cell(vm.stack.get(base).cloned().unwrap_or_default());
            let Some(slot) = code.varnames.iter().position(|n| &**n == "__class__") else {
                return Err(vm.runtime_error("super(): __class__ cell not found"));
            };
            let cell = vm.stack.get(base + slot).cloned().unwrap_or_default();
            let class = match &cell {
                Value::Obj(o) => match &**o {
                    Object::Cell(c) => c.borrow().clone(),
                    _ => Value::Null,
                },
                _ => Value::Null,
            };
            let Value::Class(c) = class else {
                return Err(vm.runtime_error("super(): empty __class__ cell"));
            };
            (c, first)
        }
        1 | 2 => {
            let Value::Class(c) = &args[0] else {
                return Err(vm.type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    vm.type_name(&args[0])
                )));
            };
            (c.clone(), args.get(1).cloned().unwrap_or(Value::None))
        }
        _ => return Err(vm.type_error("super() takes at most 2 arguments")),
    };
    let ok = match &obj {
        Value::Class(k) => k.is_subclass(&class),
        v => vm.class_of(v).is_subclass(&class),
    };
    if !ok && !obj.is_none() {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(Value::obj(Object::Super { class, obj }))
}

/// The content of a closure cell, or the value itself.
fn deref_cell(v: Value) -> Value {
    if let Value::Obj(o) = &v {
        if let Object::Cell(c) = &**o {
            return c.borrow().clone();
        }
    }
    v
}
