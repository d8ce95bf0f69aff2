//! Methods of `object` (the defaults every class inherits, reachable
//! through `super()` and explicit `object.__x__(self, …)` calls) and of
//! `type`.

use std::collections::HashSet;
use std::rc::Rc;

use super::{
    add, count_args, inner, no_args, not_implemented, one_arg, receiver, rest, this, wrapper,
};
use crate::modules::builtins::id_of;
use crate::modules::method;
use crate::objects::{Args, Class, Object, Value};
use crate::vm::{PyResult, Types, Vm};

pub(super) fn install(t: &Types) {
    add(
        &t.object,
        "object",
        &[
            ("__init__", init),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", unordered),
            ("__le__", unordered),
            ("__gt__", unordered),
            ("__ge__", unordered),
            ("__hash__", hash),
            ("__repr__", repr),
            ("__str__", str),
            ("__format__", format),
            ("__getattribute__", getattribute),
            ("__setattr__", setattr),
            ("__delattr__", delattr),
            ("__dir__", dir),
        ],
    );
    for (name, f) in [
        (
            "__init_subclass__",
            init_subclass as crate::objects::NativeFn,
        ),
        ("__subclasshook__", subclasshook),
    ] {
        t.object.dict.set_str(
            name,
            Value::obj(Object::ClassMethod(method("object", name, f))),
        );
    }
    add(
        &t.type_,
        "type",
        &[
            ("mro", mro),
            ("__instancecheck__", instancecheck),
            ("__subclasscheck__", subclasscheck),
        ],
    );
}

fn self_of<'a>(vm: &Vm, a: &'a Args, name: &str) -> PyResult<&'a Value> {
    this(vm, a, "object", name)
}

/// The attribute name argument of `__getattribute__` and friends.
fn attr_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    match inner(v) {
        s @ Value::Str(_) => Ok(s),
        _ => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// `object.__init__`: extra arguments are an error unless the class
/// overrides `__new__` and not `__init__` (CPython's `object_init`).
fn init(vm: &mut Vm, a: Args) -> PyResult {
    let this = self_of(vm, &a, "__init__")?;
    if rest(&a).is_empty() && a.kw.is_empty() {
        return Ok(Value::None);
    }
    let class = vm.class_of(this);
    let object = vm.types().object.clone();
    let owned_by_object = |name: &str| match class.lookup_with_owner(name) {
        Some((_, owner)) => Rc::ptr_eq(&owner, &object),
        None => true,
    };
    if !owned_by_object("__init__") {
        return Err(vm.type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    if owned_by_object("__new__") {
        return Err(vm.type_error(format!(
            "{}.__init__() takes exactly one argument (the instance to initialize)",
            class.name()
        )));
    }
    Ok(Value::None)
}

fn eq(vm: &mut Vm, a: Args) -> PyResult {
    let this = self_of(vm, &a, "__eq__")?;
    let args = wrapper(vm, &a, "__eq__", 1)?;
    if this.is(&args[0]) {
        return Ok(Value::Bool(true));
    }
    Ok(not_implemented(vm))
}

/// `object.__ne__`: the inverse of the type's `__eq__`, unless that is
/// `NotImplemented`.
fn ne(vm: &mut Vm, a: Args) -> PyResult {
    let this = self_of(vm, &a, "__ne__")?.clone();
    let args = wrapper(vm, &a, "__ne__", 1)?;
    let r = match vm.class_of(&this).lookup("__eq__") {
        Some(f) => vm.call(&f, vec![this.clone(), args[0].clone()], vec![])?,
        None => Value::Bool(this.is(&args[0])),
    };
    if r.is(&vm.interp.not_implemented) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

fn unordered(vm: &mut Vm, a: Args) -> PyResult {
    self_of(vm, &a, "__lt__")?;
    wrapper(vm, &a, "__lt__", 1)?;
    Ok(not_implemented(vm))
}

/// Identity hash, the same value `hash()` gives an object without `__hash__`.
fn hash(vm: &mut Vm, a: Args) -> PyResult {
    let this = self_of(vm, &a, "__hash__")?;
    wrapper(vm, &a, "__hash__", 0)?;
    let h = match this.ptr() {
        Some(p) => (p >> 4) as i64,
        None => id_of(this) >> 4,
    };
    Ok(Value::Int(h))
}

/// `<module.Qualname object at 0x…>`, the module left out for built-ins.
pub(super) fn default_repr(vm: &Vm, v: &Value) -> String {
    let class = vm.class_of(v);
    let module = match class.dict.get_str("__module__") {
        Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
        _ => String::new(),
    };
    format!(
        "<{}{} object at {:#x}>",
        module,
        class.qualname.borrow(),
        id_of(v)
    )
}

fn repr(vm: &mut Vm, a: Args) -> PyResult {
    let this = self_of(vm, &a, "__repr__")?;
    wrapper(vm, &a, "__repr__", 0)?;
    Ok(Value::string(default_repr(vm, this)))
}

fn str(vm: &mut Vm, a: Args) -> PyResult {
    let this = self_of(vm, &a, "__str__")?.clone();
    wrapper(vm, &a, "__str__", 0)?;
    Ok(Value::string(vm.repr(&this)?))
}

fn format(vm: &mut Vm, a: Args) -> PyResult {
    let this = self_of(vm, &a, "__format__")?.clone();
    let spec = one_arg(vm, &a, "object.__format__")?;
    let Value::Str(spec) = inner(&spec) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&spec)
        )));
    };
    if !spec.as_str().is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&this)
        )));
    }
    Ok(Value::string(vm.str(&this)?))
}

/// Generic attribute lookup: data descriptors, the instance dict, the
/// class — but never the class's `__getattr__`.
fn getattribute(vm: &mut Vm, a: Args) -> PyResult {
    let this = self_of(vm, &a, "__getattribute__")?.clone();
    let args = wrapper(vm, &a, "__getattribute__", 1)?;
    let name = attr_name(vm, &args[0])?;
    let Value::Instance(inst) = &this else {
        return vm.get_attr(&this, &name);
    };
    let n = name.as_str().unwrap_or("");
    let class = inst.class();
    let found = class.lookup(n);
    if let Some(p @ Value::Obj(o)) = &found {
        if let Object::Property(_) = &**o {
            return vm.bind(p.clone(), &this, &class);
        }
    }
    if let Some(v) = inst.dict.get_str(n) {
        return Ok(v);
    }
    if let Some(attr) = found {
        return vm.bind(attr, &this, &class);
    }
    match n {
        "__class__" => return Ok(Value::Class(class)),
        "__dict__" => return Ok(Value::Dict(inst.dict.clone())),
        _ => {}
    }
    if class.lookup("__getattr__").is_none() {
        // The VM's lookup finds the rest (exception and payload attributes)
        // and has no `__getattr__` to fall back to.
        return vm.get_attr(&this, &name);
    }
    if class.is_subclass(&vm.types().base_exception) {
        match n {
            "__traceback__" | "__cause__" | "__context__" => return Ok(Value::None),
            "__suppress_context__" => return Ok(Value::Bool(false)),
            _ => {}
        }
    }
    if let Some(p) = crate::vm::ops::payload_of(&this) {
        if let Ok(v) = vm.get_attr(&p, &name) {
            return Ok(v);
        }
    }
    Err(vm.no_attribute(&this, n))
}

/// The setter (or deleter) of a property `name` on `class`, if there is one.
fn property_of(class: &Rc<Class>, name: &str) -> Option<(Value, Value)> {
    match class.lookup(name) {
        Some(Value::Obj(o)) => match &*o {
            Object::Property(p) => Some((p.fset.clone(), p.fdel.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// `object.__setattr__(self, name, value)`: stores into the instance dict
/// (or runs a property's setter), bypassing the class's `__setattr__`.
fn setattr(vm: &mut Vm, a: Args) -> PyResult {
    let this = self_of(vm, &a, "__setattr__")?.clone();
    let args = wrapper(vm, &a, "__setattr__", 2)?;
    let name = attr_name(vm, &args[0])?;
    let n = name.as_str().unwrap_or("");
    let value = args[1].clone();
    match &this {
        Value::Instance(inst) => {
            let class = inst.class();
            if let Some((fset, _)) = property_of(&class, n) {
                if fset.is_none() {
                    return Err(vm.attribute_error(format!(
                        "property '{}' of '{}' object has no setter",
                        n,
                        class.name()
                    )));
                }
                vm.call(&fset, vec![this.clone(), value], vec![])?;
                return Ok(Value::None);
            }
            if !class.is_heap && class.kind == crate::objects::BuiltinKind::Object {
                return Err(vm.no_attribute(&this, n));
            }
            vm.note_store(&this, &value);
            let h = vm.hash(&name)?;
            inst.dict.table.borrow_mut().set_simple(name, h, value);
            Ok(Value::None)
        }
        Value::Class(_) => Err(vm.type_error("can't apply this __setattr__ to type object")),
        _ => Err(vm.no_attribute(&this, n)),
    }
}

/// `object.__delattr__(self, name)`, bypassing the class's `__delattr__`.
fn delattr(vm: &mut Vm, a: Args) -> PyResult {
    let this = self_of(vm, &a, "__delattr__")?.clone();
    let args = wrapper(vm, &a, "__delattr__", 1)?;
    let name = attr_name(vm, &args[0])?;
    let n = name.as_str().unwrap_or("");
    match &this {
        Value::Instance(inst) => {
            let class = inst.class();
            if let Some((_, fdel)) = property_of(&class, n) {
                if fdel.is_none() {
                    return Err(vm.attribute_error(format!(
                        "property '{}' of '{}' object has no deleter",
                        n,
                        class.name()
                    )));
                }
                vm.call(&fdel, vec![this.clone()], vec![])?;
                return Ok(Value::None);
            }
            let idx = inst.dict.table.borrow().get_index_str(n);
            match idx {
                Some(i) => {
                    let old = inst.dict.table.borrow_mut().remove_at(i);
                    drop(old);
                    Ok(Value::None)
                }
                None => Err(vm.no_attribute(&this, n)),
            }
        }
        Value::Class(_) => Err(vm.type_error("can't apply this __delattr__ to type object")),
        _ => Err(vm.no_attribute(&this, n)),
    }
}

/// `object.__dir__`: the instance's attributes and its class's, unsorted.
fn dir(vm: &mut Vm, a: Args) -> PyResult {
    let this = self_of(vm, &a, "__dir__")?.clone();
    no_args(vm, &a, "object.__dir__")?;
    let mut seen = HashSet::new();
    let mut names = Vec::new();
    let mut add_keys = |keys: Vec<Value>| {
        for k in keys {
            if let Some(s) = k.as_str() {
                if seen.insert(s.to_string()) {
                    names.push(k.clone());
                }
            }
        }
    };
    if let Value::Instance(inst) = &this {
        add_keys(inst.dict.table.borrow().keys());
    }
    if let Value::Obj(o) = &this {
        if let Object::Module(m) = &**o {
            add_keys(m.dict.table.borrow().keys());
        }
    }
    for c in vm.class_of(&this).full_mro() {
        add_keys(c.dict.table.borrow().keys());
    }
    Ok(Value::list(names))
}

/// `object.__init_subclass__`: accepts no class keywords.
fn init_subclass(vm: &mut Vm, a: Args) -> PyResult {
    if !a.kw.is_empty() {
        let name = match a.pos.first() {
            Some(Value::Class(c)) => c.name(),
            _ => "object".to_string(),
        };
        return Err(vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            name
        )));
    }
    count_args(vm, rest(&a), "__init_subclass__", 0, 0)?;
    Ok(Value::None)
}

fn subclasshook(vm: &mut Vm, _a: Args) -> PyResult {
    Ok(not_implemented(vm))
}

// ---- type ----

fn as_class(v: &Value) -> Option<Rc<Class>> {
    match v {
        Value::Class(c) => Some(c.clone()),
        _ => None,
    }
}

fn this_class(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<Class>> {
    receiver(vm, a, "type", name, as_class)
}

fn mro(vm: &mut Vm, a: Args) -> PyResult {
    let c = this_class(vm, &a, "mro")?;
    no_args(vm, &a, "type.mro")?;
    Ok(Value::list(
        c.full_mro().into_iter().map(Value::Class).collect(),
    ))
}

fn instancecheck(vm: &mut Vm, a: Args) -> PyResult {
    let c = this_class(vm, &a, "__instancecheck__")?;
    let x = one_arg(vm, &a, "type.__instancecheck__")?;
    Ok(Value::Bool(vm.class_of(&x).is_subclass(&c)))
}

fn subclasscheck(vm: &mut Vm, a: Args) -> PyResult {
    let c = this_class(vm, &a, "__subclasscheck__")?;
    let x = one_arg(vm, &a, "type.__subclasscheck__")?;
    match &x {
        Value::Class(sub) => Ok(Value::Bool(sub.is_subclass(&c))),
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}
