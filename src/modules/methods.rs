//! Methods of the built-in types (`str`, `list`, `dict`, `set`, `tuple`,
//! `int`, `float`, `object`, `type`, `BaseException`, generators), installed
//! into their classes' dicts so `LoadMethod` finds them without allocating.

use std::rc::Rc;

use super::method;
use crate::objects::{Args, Class, NativeFn, Value};
use crate::vm::{Interp, PyResult, Vm};

fn add(class: &Rc<Class>, owner: &'static str, fns: &[(&'static str, NativeFn)]) {
    for (name, f) in fns {
        class.dict.set_str(name, method(owner, name, *f));
    }
}

pub fn install(interp: &Rc<Interp>) {
    let t = &interp.types;
    add(&t.list, "list", &[("append", list_append)]);
    add(&t.base_exception, "BaseException", &[("__init__", exc_init)]);
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

fn list_append(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "append", 2, 2)?;
    match &a.pos[0] {
        Value::List(l) => l.items.borrow_mut().push(a.pos[1].clone()),
        other => match crate::vm::ops::payload_of(other) {
            Some(Value::List(l)) => l.items.borrow_mut().push(a.pos[1].clone()),
            _ => return Err(vm.type_error("descriptor 'append' for 'list' objects doesn't apply")),
        },
    }
    Ok(Value::None)
}

fn exc_init(vm: &mut Vm, a: Args) -> PyResult {
    let this = this(vm, &a, "BaseException", "__init__")?;
    if let Value::Instance(i) = this {
        i.dict.set_str("args", Value::tuple(a.pos[1..].to_vec()));
    }
    Ok(Value::None)
}
