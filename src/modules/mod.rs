//! Built-in modules. Each native module has an `init(&mut Vm) -> PyResult<Value>`
//! that builds its module object; `embedded` modules are gilt source
//! compiled on first import (`lib/*.script`, included in the binary).
//!
//! Helpers here are the whole API a module needs: `new_module`, `add_fn`,
//! `native_class`, `Args` accessors (in `objects`), and `native_data` to
//! reach the Rust state of a native object.

pub mod atexit;
pub mod builtins;
pub mod bytes_methods;
pub mod collections;
pub mod dis;
pub mod functools;
pub mod gc;
pub mod io;
pub mod math;
pub mod methods;
pub mod mt;
pub mod os;
pub mod random;
pub mod str_methods;
pub mod sync;
pub mod sys;
pub mod thread;
pub mod time;

use std::rc::Rc;

use crate::objects::{
    Args, Builtin, BuiltinKind, Class, DictObj, Module, NativeFn, NativeObj, Object, Value,
};
use crate::vm::{PyResult, Vm};

pub type ModuleInit = fn(&mut Vm) -> PyResult<Value>;

/// Per-interpreter state of native modules whose hot paths cannot afford
/// a `module_state` lookup (built on first use).
#[derive(Default)]
pub struct NativeCache {
    pub sync: std::cell::OnceCell<Rc<sync::State>>,
}

/// The native module called `name`.
pub fn native(name: &str) -> Option<ModuleInit> {
    Some(match name {
        "builtins" => builtins::module,
        "sys" => sys::init,
        "math" => math::init,
        "time" => time::init,
        "os" => os::init,
        "atexit" => atexit::init,
        "random" => random::init,
        "_collections" => collections::init,
        "_functools" => functools::init,
        "io" => io::init,
        "dis" => dis::init,
        "_thread" => thread::init,
        "_sync" => sync::init,
        "gc" => gc::init,
        _ => return None,
    })
}

/// The gilt source of an embedded module.
pub fn embedded(name: &str) -> Option<&'static str> {
    Some(match name {
        "collections" => include_str!("lib/collections.script"),
        "functools" => include_str!("lib/functools.script"),
        "threading" => include_str!("lib/threading.script"),
        "queue" => include_str!("lib/queue.script"),
        "heapq" => include_str!("lib/heapq.script"),
        _ => return None,
    })
}

/// A new module object and its namespace.
pub fn new_module(name: &str) -> (Value, Rc<DictObj>) {
    let dict = Rc::new(DictObj::new());
    dict.set_str("__name__", Value::str(name));
    dict.set_str("__doc__", Value::None);
    let m = Value::obj(Object::Module(Module {
        name: name.to_string(),
        dict: dict.clone(),
    }));
    (m, dict)
}

/// A native function value.
pub fn func(name: &'static str, f: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func: f,
        self_: Value::Null,
        owner: "",
    }))
}

/// A native method value (shown as `owner.name`).
pub fn method(owner: &'static str, name: &'static str, f: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func: f,
        self_: Value::Null,
        owner,
    }))
}

/// Adds native functions to a namespace.
pub fn add_fns(dict: &DictObj, fns: &[(&'static str, NativeFn)]) {
    for (name, f) in fns {
        dict.set_str(name, func(name, *f));
    }
}

/// A built-in class whose instances are `Object::Native` (locks, deques…):
/// `methods` go in its dict; `new` (if any) becomes `__new__`, called as
/// `new(cls, *args, **kwargs)`.
pub fn native_class(
    vm: &Vm,
    name: &'static str,
    module: &str,
    methods: &[(&'static str, NativeFn)],
) -> Rc<Class> {
    let object = vm.types().object.clone();
    let c = Class::new(name, vec![object.clone()], BuiltinKind::Native, false);
    *c.mro.borrow_mut() = vec![object];
    c.dict.set_str("__module__", Value::str(module));
    for (n, f) in methods {
        c.dict.set_str(n, method(name, n, *f));
    }
    Rc::new(c)
}

/// A class kept in `Interp::module_state` under `key`, built on first use.
pub fn cached_class(vm: &Vm, key: &'static str, build: impl FnOnce(&Vm) -> Rc<Class>) -> Rc<Class> {
    if let Some(Value::Class(c)) = vm.interp.module_state.borrow().get(key) {
        return c.clone();
    }
    let c = build(vm);
    vm.interp
        .module_state
        .borrow_mut()
        .insert(key, Value::Class(c.clone()));
    c
}

/// A new native object of `class` holding `data`.
pub fn new_native<T: 'static>(class: &Rc<Class>, data: T) -> Value {
    Value::obj(Object::Native(NativeObj {
        class: class.clone(),
        data: Box::new(data),
    }))
}

/// The Rust state of a native object (or of an instance of a user subclass
/// of a native class, through its payload).
pub fn native_data<T: 'static>(v: &Value) -> Option<(&T, Option<Value>)> {
    match v {
        Value::Obj(o) => match &**o {
            Object::Native(n) => n.data.downcast_ref::<T>().map(|d| (d, None)),
            _ => None,
        },
        _ => None,
    }
}

/// Runs `f` on the native state behind `v`, looking through the payload of
/// a subclass instance.
pub fn with_native<T: 'static, R>(
    vm: &Vm,
    v: &Value,
    what: &str,
    f: impl FnOnce(&T) -> R,
) -> PyResult<R> {
    if let Some((d, _)) = native_data::<T>(v) {
        return Ok(f(d));
    }
    if let Value::Instance(i) = v {
        let p = i.payload.borrow().clone();
        if let Some((d, _)) = native_data::<T>(&p) {
            return Ok(f(d));
        }
    }
    Err(vm.type_error(format!(
        "descriptor requires a '{}' object but received a '{}'",
        what,
        vm.type_name(v)
    )))
}

impl<'a> Args<'a> {
    /// Positional argument `i`.
    #[inline]
    pub fn get(&self, i: usize) -> Option<&Value> {
        self.pos.get(i)
    }

    /// Keyword argument `name`.
    pub fn kw(&self, name: &str) -> Option<Value> {
        self.kw
            .iter()
            .find(|(k, _)| k.as_str() == Some(name))
            .map(|(_, v)| v.clone())
    }

    /// Positional argument `i`, else keyword `name`; `None` counts as absent
    /// only if `none_is_absent`.
    pub fn arg(&self, i: usize, name: &str) -> Option<Value> {
        self.pos.get(i).cloned().or_else(|| self.kw(name))
    }

    pub fn len(&self) -> usize {
        self.pos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    /// Checks the positional count and that only `allowed` keywords were
    /// given, with CPython's messages.
    pub fn check(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos.len();
        if n < min || n > max {
            return Err(vm.type_error(arity_message(name, min, max, n)));
        }
        Ok(())
    }

    /// Rejects every keyword argument.
    pub fn no_kw(&self, vm: &Vm, name: &str) -> PyResult<()> {
        if !self.kw.is_empty() {
            return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
        }
        Ok(())
    }

    /// Rejects keywords outside `allowed`.
    pub fn only_kw(&self, vm: &Vm, name: &str, allowed: &[&str]) -> PyResult<()> {
        for (k, _) in self.kw {
            let k = k.as_str().unwrap_or("");
            if !allowed.contains(&k) {
                return Err(vm.type_error(format!(
                    "{}() got an unexpected keyword argument '{}'",
                    name, k
                )));
            }
        }
        Ok(())
    }
}

/// CPython's wording for a wrong number of arguments to a built-in.
pub fn arity_message(name: &str, min: usize, max: usize, n: usize) -> String {
    if min == max {
        match min {
            0 => format!("{}() takes no arguments ({} given)", name, n),
            1 => format!("{}() takes exactly one argument ({} given)", name, n),
            _ => format!("{}() takes exactly {} arguments ({} given)", name, min, n),
        }
    } else if n < min {
        format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            if min == 1 { "" } else { "s" },
            n
        )
    } else {
        format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            if max == 1 { "" } else { "s" },
            n
        )
    }
}

/// The disassembly of a code object and of every code object nested in it.
pub fn dis_all(vm: &mut Vm, code: &crate::bytecode::Code) -> String {
    let mut out = String::new();
    let render = |vm: &mut Vm, c: &crate::bytecode::Code, out: &mut String| {
        let interp = vm.interp.clone();
        let repr = move |v: &Value| -> String {
            match v {
                Value::Str(s) => crate::vm::ops::repr_str(s.as_str()),
                Value::Obj(o) => match &**o {
                    Object::Code(c) => format!("<code object {}>", c.name),
                    _ => "<object>".to_string(),
                },
                Value::Int(i) => i.to_string(),
                Value::Float(f) => crate::objects::numfmt::float_repr(*f),
                Value::None => "None".to_string(),
                Value::Bool(b) => {
                    if *b {
                        "True".into()
                    } else {
                        "False".into()
                    }
                }
                _ => {
                    let _ = &interp;
                    "<const>".to_string()
                }
            }
        };
        // (It disassembles the code nested in `c` after it, depth first,
        // as CPython's `dis` does.)
        out.push_str(&crate::bytecode::dis::disassemble(c, &repr));
    };
    render(vm, code, &mut out);
    out
}

/// A struct-sequence class (`time.struct_time`, `sys.version_info`): a
/// subclass of tuple whose instances also name their items. `fields` are
/// the tuple's items, `extra` attribute-only fields (`tm_zone`).
pub fn struct_seq_class(vm: &Vm, name: &'static str, module: &str, fields: &[&str]) -> Rc<Class> {
    struct_seq_class_extra(vm, name, module, fields, &[])
}

/// `struct_seq_class` with attribute-only fields (None unless given).
pub fn struct_seq_class_extra(
    vm: &Vm,
    name: &'static str,
    module: &str,
    fields: &[&str],
    extra: &[&str],
) -> Rc<Class> {
    let tuple = vm.types().tuple.clone();
    let c = Class::new(name, vec![tuple.clone()], BuiltinKind::Tuple, false);
    let mut mro = vec![tuple.clone()];
    mro.extend(tuple.mro.borrow().iter().cloned());
    *c.mro.borrow_mut() = mro;
    c.dict.set_str("__module__", Value::str(module));
    let names = |list: &[&str]| Value::tuple(list.iter().map(|f| Value::str(f)).collect());
    c.dict.set_str("__match_args__", names(fields));
    c.dict.set_str("__gilt_extra_fields__", names(extra));
    c.dict
        .set_str("n_sequence_fields", Value::Int(fields.len() as i64));
    c.dict
        .set_str("n_fields", Value::Int((fields.len() + extra.len()) as i64));
    c.dict.set_str("n_unnamed_fields", Value::Int(0));
    c.dict
        .set_str("__repr__", method(name, "__repr__", struct_seq_repr));
    c.dict
        .set_str("__new__", method(name, "__new__", struct_seq_new));
    Rc::new(c)
}

fn struct_seq_names(class: &Class, key: &str) -> Vec<String> {
    match class.dict.get_str(key) {
        Some(Value::Tuple(t)) => t
            .items
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

/// A new instance of a struct-sequence class: `values` are the items,
/// `extra` values for the attribute-only fields.
pub fn new_struct_seq(class: &Rc<Class>, values: Vec<Value>, extra: &[(&str, Value)]) -> Value {
    let inst = crate::objects::Instance::new(class.clone());
    for (name, v) in struct_seq_names(class, "__match_args__")
        .iter()
        .zip(values.iter())
    {
        inst.dict.set_str(name, v.clone());
    }
    for name in struct_seq_names(class, "__gilt_extra_fields__") {
        let v = extra
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or(Value::None);
        inst.dict.set_str(&name, v);
    }
    *inst.payload.borrow_mut() = Value::tuple(values);
    Value::Instance(Rc::new(inst))
}

fn struct_seq_qualified(class: &Class) -> String {
    match class.dict.get_str("__module__") {
        Some(Value::Str(m)) => format!("{}.{}", m.as_str(), class.name()),
        _ => class.name(),
    }
}

fn struct_seq_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = a.pos.first().cloned().unwrap_or_default();
    let class = vm.class_of(&this);
    let items = match crate::vm::ops::payload_of(&this) {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => return Err(vm.type_error("descriptor '__repr__' requires a struct sequence")),
    };
    let names = struct_seq_names(&class, "__match_args__");
    let mut out = format!("{}(", struct_seq_qualified(&class));
    for (i, (n, v)) in names.iter().zip(items.iter()).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(n);
        out.push('=');
        out.push_str(&vm.repr(v)?);
    }
    out.push(')');
    Ok(Value::string(out))
}

/// `struct_seq(sequence)`: the sequence gives the items, then the
/// attribute-only fields.
fn struct_seq_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let class = match a.pos.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => return Err(vm.type_error("struct sequence __new__(X): X is not a type object")),
    };
    let qualified = struct_seq_qualified(&class);
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "{}() takes at most 2 arguments ({} given)",
            qualified,
            a.len().saturating_sub(1)
        )));
    }
    let items = vm.iterate(&a.pos[1])?;
    let fields = struct_seq_names(&class, "__match_args__");
    let extra = struct_seq_names(&class, "__gilt_extra_fields__");
    let (min, max) = (fields.len(), fields.len() + extra.len());
    if items.len() < min || items.len() > max {
        let msg = if min == max {
            format!(
                "{}() takes a {}-sequence ({}-sequence given)",
                qualified,
                min,
                items.len()
            )
        } else if items.len() < min {
            format!(
                "{}() takes an at least {}-sequence ({}-sequence given)",
                qualified,
                min,
                items.len()
            )
        } else {
            format!(
                "{}() takes an at most {}-sequence ({}-sequence given)",
                qualified,
                max,
                items.len()
            )
        };
        return Err(vm.type_error(msg));
    }
    let extras: Vec<(&str, Value)> = extra
        .iter()
        .zip(items[min..].iter())
        .map(|(n, v)| (n.as_str(), v.clone()))
        .collect();
    Ok(new_struct_seq(&class, items[..min].to_vec(), &extras))
}
