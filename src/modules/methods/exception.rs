//! Methods of `BaseException` and the attributes its subclasses set up in
//! `__init__` (`StopIteration.value`, `SystemExit.code`, `OSError.errno` …).
//!
//! `args` is kept in the instance dict (the VM's `new_exception` writes it
//! there); the `args` property only converts what is assigned to a tuple.

use std::rc::Rc;

use super::{add, inner, one_arg, rest, this, wrapper, wrong_self};
use crate::modules::method;
use crate::objects::{Args, Class, Instance, NativeFn, Object, Property, Value};
use crate::vm::{PyResult, Types, Vm};

pub(super) fn install(t: &Types) {
    add(
        &t.base_exception,
        "BaseException",
        &[
            ("__init__", init),
            ("__str__", str),
            ("__repr__", repr),
            ("with_traceback", with_traceback),
            ("add_note", add_note),
        ],
    );
    t.base_exception.dict.set_str(
        "args",
        Value::obj(Object::Property(Property {
            fget: method("BaseException", "args", args_get),
            fset: method("BaseException", "args", args_set),
            fdel: Value::None,
            doc: Value::None,
        })),
    );
    let inits: [(&Rc<Class>, &'static str, NativeFn); 6] = [
        (&t.stop_iteration, "StopIteration", stop_iteration_init),
        (&t.system_exit, "SystemExit", system_exit_init),
        (&t.os_error, "OSError", os_error_init),
        (&t.import_error, "ImportError", import_error_init),
        (&t.attribute_error, "AttributeError", attribute_error_init),
        (&t.name_error, "NameError", name_error_init),
    ];
    for (class, owner, f) in inits {
        add(class, owner, &[("__init__", f)]);
    }
    add(&t.key_error, "KeyError", &[("__str__", special_str)]);
    add(&t.os_error, "OSError", &[("__str__", special_str)]);
}

fn this_exc(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<Instance>> {
    let v = this(vm, a, "BaseException", name)?;
    if let Value::Instance(i) = v {
        if i.class().is_subclass(&vm.types().base_exception) {
            return Ok(i.clone());
        }
    }
    Err(wrong_self(vm, "BaseException", name, v))
}

fn set_args(inst: &Instance, args: Vec<Value>) {
    inst.dict.set_str("args", Value::tuple(args));
}

/// `BaseException.__init__(self, *args)`.
fn init(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this_exc(vm, &a, "__init__")?;
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            inst.class().name()
        )));
    }
    set_args(&inst, rest(&a).to_vec());
    Ok(Value::None)
}

/// `BaseException.__str__`: the one argument, or the args tuple.
fn str(vm: &mut Vm, a: Args) -> PyResult {
    this_exc(vm, &a, "__str__")?;
    wrapper(vm, &a, "__str__", 0)?;
    let args = vm.exc_args(&a.pos[0]);
    Ok(Value::string(match args.as_slice() {
        [] => String::new(),
        [one] => vm.str(one)?,
        _ => vm.repr(&Value::tuple(args))?,
    }))
}

/// `KeyError.__str__` and `OSError.__str__`, which the VM words itself.
fn special_str(vm: &mut Vm, a: Args) -> PyResult {
    this_exc(vm, &a, "__str__")?;
    wrapper(vm, &a, "__str__", 0)?;
    let this = a.pos[0].clone();
    Ok(Value::string(vm.exception_str(&this)?))
}

/// `ValueError('x')`, `KeyError()`, `OSError(2, 'text')`.
fn repr(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this_exc(vm, &a, "__repr__")?;
    wrapper(vm, &a, "__repr__", 0)?;
    let args = vm.exc_args(&a.pos[0]);
    let name = inst.class().name();
    let inner = match args.as_slice() {
        [one] => format!("({})", vm.repr(one)?),
        _ => vm.repr(&Value::tuple(args))?,
    };
    Ok(Value::string(format!("{}{}", name, inner)))
}

fn with_traceback(vm: &mut Vm, a: Args) -> PyResult {
    this_exc(vm, &a, "with_traceback")?;
    let tb = one_arg(vm, &a, "BaseException.with_traceback")?;
    if !tb.is_none() {
        return Err(vm.type_error("__traceback__ must be a traceback or None"));
    }
    Ok(a.pos[0].clone())
}

fn add_note(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this_exc(vm, &a, "add_note")?;
    let note = one_arg(vm, &a, "BaseException.add_note")?;
    if !matches!(inner(&note), Value::Str(_)) {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&note))));
    }
    match inst.dict.get_str("__notes__") {
        None => inst.dict.set_str("__notes__", Value::list(vec![note])),
        Some(Value::List(l)) => l.items.borrow_mut().push(note),
        Some(_) => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

fn args_get(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this_exc(vm, &a, "args")?;
    Ok(inst
        .dict
        .get_str("args")
        .unwrap_or_else(|| vm.interp.empty_tuple.clone()))
}

fn args_set(vm: &mut Vm, a: Args) -> PyResult {
    let inst = this_exc(vm, &a, "args")?;
    let value = a.pos.get(1).cloned().unwrap_or(Value::None);
    let items = vm.iterate(&value)?;
    set_args(&inst, items);
    Ok(Value::None)
}

/// The `*args` of an exception `__init__` that also takes keywords `allowed`
/// (which are stored as attributes, `None` when not given).
fn init_with_keywords(
    vm: &mut Vm,
    a: &Args,
    owner: &str,
    allowed: &[&str],
) -> PyResult<Rc<Instance>> {
    let inst = this_exc(vm, a, "__init__")?;
    for (k, _) in a.kw {
        let k = k.as_str().unwrap_or("");
        if !allowed.contains(&k) {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for {}()",
                k, owner
            )));
        }
    }
    for name in allowed {
        let v = a.kw(name).unwrap_or(Value::None);
        inst.dict.set_str(name, v);
    }
    set_args(&inst, rest(a).to_vec());
    Ok(inst)
}

fn stop_iteration_init(vm: &mut Vm, a: Args) -> PyResult {
    init(vm, a)?;
    let inst = this_exc(vm, &a, "__init__")?;
    let value = rest(&a).first().cloned().unwrap_or(Value::None);
    inst.dict.set_str("value", value);
    Ok(Value::None)
}

fn system_exit_init(vm: &mut Vm, a: Args) -> PyResult {
    init(vm, a)?;
    let inst = this_exc(vm, &a, "__init__")?;
    let code = match rest(&a) {
        [] => Value::None,
        [one] => one.clone(),
        many => Value::tuple(many.to_vec()),
    };
    inst.dict.set_str("code", code);
    Ok(Value::None)
}

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`.
fn os_error_init(vm: &mut Vm, a: Args) -> PyResult {
    init(vm, a)?;
    let inst = this_exc(vm, &a, "__init__")?;
    let args = rest(&a);
    let (errno, strerror, filename) = match args {
        [e, s] => (e.clone(), s.clone(), Value::None),
        [e, s, f, ..] if args.len() <= 5 => (e.clone(), s.clone(), f.clone()),
        _ => (Value::None, Value::None, Value::None),
    };
    if (3..=5).contains(&args.len()) {
        set_args(&inst, args[..2].to_vec());
    }
    inst.dict.set_str("errno", errno);
    inst.dict.set_str("strerror", strerror);
    inst.dict.set_str("filename", filename);
    Ok(Value::None)
}

fn import_error_init(vm: &mut Vm, a: Args) -> PyResult {
    let inst = init_with_keywords(vm, &a, "ImportError", &["name", "path"])?;
    let msg = match rest(&a) {
        [one] => one.clone(),
        _ => Value::None,
    };
    inst.dict.set_str("msg", msg);
    Ok(Value::None)
}

fn attribute_error_init(vm: &mut Vm, a: Args) -> PyResult {
    init_with_keywords(vm, &a, "AttributeError", &["name", "obj"])?;
    Ok(Value::None)
}

fn name_error_init(vm: &mut Vm, a: Args) -> PyResult {
    init_with_keywords(vm, &a, "NameError", &["name"])?;
    Ok(Value::None)
}
