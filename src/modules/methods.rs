//! Methods of the built-in types (`list`, `tuple`, `dict`, `set`, `int`,
//! `float`, `object`, `type`, `BaseException`, generators, ranges …),
//! installed into their classes' dicts so `LoadMethod` finds them without
//! allocating. `str`'s live in `str_methods`.
//!
//! The operators of the VM (`ops`, `subscr`, `iter`) look dunders up along
//! an instance's MRO, so every dunder here also serves instances of user
//! subclasses: it works on the built-in payload of `self`, and returns
//! `NotImplemented` where CPython's slot would, so the VM's fallbacks run.
//!
//! One file per family under `methods/`; this one holds what they share:
//! receiving `self`, CPython's three styles of arity errors, registration.

mod dict;
mod exception;
mod list;
mod misc;
mod number;
mod object;
mod set;

use std::rc::Rc;

use super::method;
use crate::objects::{Args, Class, NativeFn, Object, Value};
use crate::vm::ops::payload_of;
use crate::vm::{Interp, PyResult, Vm};

fn add(class: &Rc<Class>, owner: &'static str, fns: &[(&'static str, NativeFn)]) {
    for (name, f) in fns {
        class.dict.set_str(name, method(owner, name, *f));
    }
}

/// Registers `f` as a classmethod of `class` (`dict.fromkeys`, `int.from_bytes`).
fn add_classmethod(class: &Rc<Class>, owner: &'static str, name: &'static str, f: NativeFn) {
    class.dict.set_str(
        name,
        Value::obj(Object::ClassMethod(method(owner, name, f))),
    );
}

pub fn install(interp: &Rc<Interp>) {
    let t = &interp.types;
    object::install(t);
    list::install(t);
    dict::install(t);
    set::install(t);
    number::install(t);
    exception::install(t);
    misc::install(t);
    super::str_methods::install(interp);
}

/// `self` of a method call: the first positional argument.
pub fn this<'a>(vm: &Vm, a: &'a Args, owner: &str, name: &str) -> PyResult<&'a Value> {
    a.pos.first().ok_or_else(|| {
        vm.type_error(format!(
            "unbound method {}.{}() needs an argument",
            owner, name
        ))
    })
}

/// `self` as the built-in value `extract` accepts: the value itself, or
/// the payload of an instance of a user subclass.
fn receiver<T>(
    vm: &Vm,
    a: &Args,
    owner: &str,
    name: &str,
    extract: fn(&Value) -> Option<T>,
) -> PyResult<T> {
    let this = this(vm, a, owner, name)?;
    if let Some(t) = extract(this) {
        return Ok(t);
    }
    if let Some(p) = payload_of(this) {
        if let Some(t) = extract(&p) {
            return Ok(t);
        }
    }
    Err(wrong_self(vm, owner, name, this))
}

/// CPython's error for a method applied to an object of another type.
fn wrong_self(vm: &Vm, owner: &str, name: &str, v: &Value) -> Value {
    if name.starts_with("__") && name.ends_with("__") {
        vm.type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            name,
            owner,
            vm.type_name(v)
        ))
    } else {
        vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            owner,
            vm.type_name(v)
        ))
    }
}

/// The built-in value behind `v` (the payload of a subclass instance).
fn inner(v: &Value) -> Value {
    payload_of(v).unwrap_or_else(|| v.clone())
}

/// The arguments after `self`.
fn rest<'a>(a: &Args<'a>) -> &'a [Value] {
    a.pos.get(1..).unwrap_or(&[])
}

fn not_implemented(vm: &Vm) -> Value {
    vm.interp.not_implemented.clone()
}

/// A method without arguments (`list.clear()`).
fn no_args(vm: &Vm, a: &Args, qualname: &str) -> PyResult<()> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", qualname)));
    }
    let n = rest(a).len();
    if n != 0 {
        return Err(vm.type_error(format!("{}() takes no arguments ({} given)", qualname, n)));
    }
    Ok(())
}

/// A method of exactly one argument (`list.append(x)`).
fn one_arg(vm: &Vm, a: &Args, qualname: &str) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", qualname)));
    }
    match rest(a) {
        [x] => Ok(x.clone()),
        other => Err(vm.type_error(format!(
            "{}() takes exactly one argument ({} given)",
            qualname,
            other.len()
        ))),
    }
}

/// A method with positional-only arguments in Argument Clinic's wording
/// (`pop expected at most 1 argument, got 2`).
fn clinic<'a>(
    vm: &Vm,
    a: &Args<'a>,
    qualname: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", qualname)));
    }
    count_args(vm, rest(a), name, min, max)
}

/// Checks a positional count in Argument Clinic's wording.
fn count_args<'a>(
    vm: &Vm,
    args: &'a [Value],
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let n = args.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if min == max && n != min {
        return Err(vm.type_error(format!(
            "{} expected {} argument{}, got {}",
            name,
            min,
            plural(min),
            n
        )));
    }
    if n < min {
        return Err(vm.type_error(format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            plural(min),
            n
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            plural(max),
            n
        )));
    }
    Ok(args)
}

/// The arguments of a slot wrapper (`(1).__add__(x)`): exactly `n`.
fn wrapper<'a>(vm: &Vm, a: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("wrapper {}() takes no keyword arguments", name)));
    }
    let args = rest(a);
    if args.len() != n {
        return Err(vm.type_error(format!(
            "expected {} argument{}, got {}",
            n,
            if n == 1 { "" } else { "s" },
            args.len()
        )));
    }
    Ok(args)
}

/// An index argument as CPython's `Py_ssize_t` converter takes it.
fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Big(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        Value::Instance(_) => match payload_of(v) {
            Some(Value::Big(_)) => {
                Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
            }
            _ => vm.index_of(v),
        },
        _ => vm.index_of(v),
    }
}

/// A `start`/`stop` bound of `index()`: any `__index__`, big values clamped.
fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match inner(v) {
        Value::Big(b) => Ok(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        }),
        Value::Int(_) | Value::Bool(_) => vm.index_of(v),
        _ => {
            if vm.class_of(v).lookup("__index__").is_some() {
                return vm.index_of(v);
            }
            Err(vm.type_error("slice indices must be integers or have an __index__ method"))
        }
    }
}

/// The `[start, stop)` window of `seq.index(x, start, stop)` over `len` items.
fn index_window(vm: &mut Vm, args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let len = len as i64;
    let clamp = |i: i64| -> i64 {
        if i < 0 {
            (i.saturating_add(len)).max(0)
        } else {
            i
        }
    };
    let start = match args.get(1) {
        Some(v) => clamp(slice_bound(vm, v)?),
        None => 0,
    };
    let stop = match args.get(2) {
        Some(v) => clamp(slice_bound(vm, v)?),
        None => len,
    };
    Ok((start.min(len) as usize, stop.min(len).max(0) as usize))
}

/// The class a classmethod received (`cls`).
fn class_arg(vm: &Vm, a: &Args, owner: &str, name: &str) -> PyResult<Rc<Class>> {
    match this(vm, a, owner, name)? {
        Value::Class(c) => Ok(c.clone()),
        other => Err(vm.type_error(format!(
            "descriptor '{}' for type '{}' needs a type, not a '{}' as arg 2",
            name,
            owner,
            vm.type_name(other)
        ))),
    }
}

/// Tells the cycle collector that `container` now refers to `items`.
fn note_stores(vm: &Vm, container: &Value, items: &[Value]) {
    for item in items {
        vm.note_store(container, item);
    }
}

/// Binds the arguments after `self` to `names`: the first `max_pos` may be
/// positional, all may be keywords (CPython's messages for the errors).
fn bind_args(
    vm: &Vm,
    a: &Args,
    fname: &str,
    names: &[&str],
    max_pos: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = rest(a);
    if pos.len() > max_pos {
        return Err(vm.type_error(format!(
            "{}() takes at most {} positional argument{} ({} given)",
            fname,
            max_pos,
            if max_pos == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in a.kw {
        let k = k.as_str().unwrap_or("");
        match names.iter().position(|n| *n == k) {
            Some(i) => {
                if let Some(slot) = out.get_mut(i) {
                    if slot.is_some() {
                        return Err(vm.type_error(format!(
                            "argument for {}() given by name ('{}') and position ({})",
                            fname,
                            k,
                            i + 1
                        )));
                    }
                    *slot = Some(v.clone());
                }
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    k, fname
                )))
            }
        }
    }
    Ok(out)
}

/// Calls the built-in function `name` (`round`, `pow` …) with `args`.
fn call_builtin(vm: &mut Vm, name: &str, args: Vec<Value>) -> PyResult {
    let f = vm
        .interp
        .builtins
        .get_str(name)
        .ok_or_else(|| vm.runtime_error(format!("builtins.{} is missing", name)))?;
    vm.call(&f, args, vec![])
}
