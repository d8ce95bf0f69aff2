//! Attribute access: instances (descriptors, instance dict, `__getattr__`),
//! classes, modules and the built-in types' methods.

use std::rc::Rc;

use super::{PyResult, Vm};
use crate::bytecode::code::{AttrCache, MethodCache};
use crate::bytecode::Code;
use crate::objects::{
    BoundMethod, Builtin, Class, DictObj, Instance, Object, Property, StrObj, Value,
};

impl Vm {
    /// Binds a class attribute found by lookup to `obj` (methods become bound).
    pub(crate) fn bind(&mut self, attr: Value, obj: &Value, class: &Rc<Class>) -> PyResult<Value> {
        Ok(match &attr {
            Value::Function(_) => Value::Method(Rc::new(BoundMethod {
                self_: obj.clone(),
                func: attr,
            })),
            Value::Builtin(b) if b.self_.is_null() => Value::Builtin(Rc::new(Builtin {
                name: b.name,
                func: b.func,
                self_: obj.clone(),
                owner: b.owner,
            })),
            Value::Obj(o) => match &**o {
                Object::StaticMethod(f) => f.clone(),
                Object::ClassMethod(f) => Value::Method(Rc::new(BoundMethod {
                    self_: Value::Class(class.clone()),
                    func: f.clone(),
                })),
                Object::Property(p) => {
                    if p.fget.is_none() {
                        return Err(self.attribute_error("unreadable attribute"));
                    }
                    let f = p.fget.clone();
                    return self.call(&f, vec![obj.clone()], vec![]);
                }
                _ => attr,
            },
            _ => attr,
        })
    }

    /// `get_attr(obj, code.names[n])` for `LoadMethod`: a module's
    /// attribute (`math.sqrt` in `math.sqrt(x)`) is read at the entry
    /// the per-name hint of `code` names (`attr_cache`), checked by the
    /// key's identity: module keys are interned names (globals are stored
    /// under the code's names; a native module's keys are interned when
    /// it is imported).
    #[inline(never)]
    pub fn get_attr_at(&mut self, code: &Code, n: usize, obj: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            if let Object::Module(m) = &**o {
                if let Some(v) = module_attr(code, n, m) {
                    return Ok(v);
                }
            }
        }
        self.get_attr(obj, &code.names[n])
    }

    /// `getattr(obj, name)`.
    pub fn get_attr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        let n = name.as_str().unwrap_or("");
        match obj {
            Value::Instance(inst) => {
                let class = inst.class();
                let found = class.lookup_v(name);
                if let Some(Value::Obj(o)) = &found {
                    if let Object::Property(_) = &**o {
                        return self.bind(found.clone().unwrap_or_default(), obj, &class);
                    }
                }
                if let Some(v) = inst.dict.get_v(name) {
                    return Ok(v);
                }
                if let Some(attr) = found {
                    return self.bind(attr, obj, &class);
                }
                match n {
                    "__class__" => return Ok(Value::Class(class)),
                    "__dict__" => return Ok(Value::Dict(self.instance_dict(inst))),
                    _ => {}
                }
                if class.is_subclass(&self.types().base_exception.clone()) {
                    match n {
                        "__traceback__" | "__cause__" | "__context__" => return Ok(Value::None),
                        "__suppress_context__" => return Ok(Value::Bool(false)),
                        _ => {}
                    }
                }
                if let Some(p) = super::ops::payload_of(obj) {
                    if let Ok(v) = self.get_attr(&p, name) {
                        return Ok(v);
                    }
                }
                if let Some(ga) = class.lookup("__getattr__") {
                    return self.call(&ga, vec![obj.clone(), name.clone()], vec![]);
                }
                Err(self.no_attribute(obj, n))
            }
            Value::Class(c) => self.class_attr(c, n),
            Value::Obj(o) => match &**o {
                Object::Module(m) => match m.dict.get_v(name) {
                    Some(v) => Ok(v),
                    None => {
                        if n == "__dict__" {
                            return Ok(Value::Dict(m.dict.clone()));
                        }
                        Err(self.attribute_error(format!(
                            "module '{}' has no attribute '{}'",
                            m.name, n
                        )))
                    }
                },
                Object::Super { class, obj: this } => self.super_attr(class, this, n),
                _ => self.builtin_attr(obj, n),
            },
            _ => self.builtin_attr(obj, n),
        }
    }

    /// The attribute dict of an instance, shared (mutations are visible).
    fn instance_dict(&mut self, inst: &crate::objects::Instance) -> Rc<DictObj> {
        inst.dict.clone()
    }

    fn class_attr(&mut self, c: &Rc<Class>, n: &str) -> PyResult<Value> {
        if let Some(v) = c.lookup(n) {
            return Ok(match &v {
                Value::Obj(o) => match &**o {
                    Object::StaticMethod(f) => f.clone(),
                    Object::ClassMethod(f) => Value::Method(Rc::new(BoundMethod {
                        self_: Value::Class(c.clone()),
                        func: f.clone(),
                    })),
                    _ => v,
                },
                _ => v,
            });
        }
        Ok(match n {
            "__name__" => Value::string(c.name()),
            "__qualname__" => Value::string(c.qualname.borrow().clone()),
            "__mro__" => Value::tuple(c.full_mro().into_iter().map(Value::Class).collect()),
            "__bases__" => {
                Value::tuple(c.bases.borrow().iter().cloned().map(Value::Class).collect())
            }
            "__base__" => c
                .bases
                .borrow()
                .first()
                .cloned()
                .map(Value::Class)
                .unwrap_or(Value::None),
            "__dict__" => Value::Dict(Rc::new(DictObj::from_dict(c.dict.table.borrow().clone()))),
            "__doc__" => Value::None,
            "__class__" => Value::Class(self.types().type_.clone()),
            _ => {
                // Methods of `type` itself (e.g. `C.mro()`).
                if let Some(Value::Builtin(b)) = self.types().type_.dict.get_str(n) {
                    return Ok(Value::Builtin(Rc::new(Builtin {
                        name: b.name,
                        func: b.func,
                        self_: Value::Class(c.clone()),
                        owner: b.owner,
                    })));
                }
                return Err(self.attribute_error(format!(
                    "type object '{}' has no attribute '{}'",
                    c.name(),
                    n
                )));
            }
        })
    }

    fn super_attr(&mut self, class: &Rc<Class>, this: &Value, n: &str) -> PyResult<Value> {
        let start = match this {
            Value::Class(c) => c.clone(),
            _ => self.class_of(this),
        };
        let mro = start.full_mro();
        let pos = mro
            .iter()
            .position(|c| Rc::ptr_eq(c, class))
            .unwrap_or(mro.len());
        for c in mro.iter().skip(pos + 1) {
            if let Some(v) = c.dict.get_str(n) {
                if let Value::Class(_) = this {
                    return Ok(match &v {
                        Value::Obj(o) => match &**o {
                            Object::ClassMethod(f) => Value::Method(Rc::new(BoundMethod {
                                self_: this.clone(),
                                func: f.clone(),
                            })),
                            Object::StaticMethod(f) => f.clone(),
                            _ => v,
                        },
                        _ => v,
                    });
                }
                return self.bind(v, this, &start);
            }
        }
        Err(self.attribute_error(format!("'super' object has no attribute '{}'", n)))
    }

    /// Attributes of built-in objects: special data attributes, then methods.
    fn builtin_attr(&mut self, obj: &Value, n: &str) -> PyResult<Value> {
        if let Some(v) = self.special_attr(obj, n)? {
            return Ok(v);
        }
        let class = self.class_of(obj);
        if let Some(attr) = class.lookup(n) {
            return self.bind(attr, obj, &class);
        }
        if n == "__class__" {
            return Ok(Value::Class(class));
        }
        Err(self.no_attribute(obj, n))
    }

    #[cold]
    pub fn no_attribute(&self, obj: &Value, n: &str) -> Value {
        let e = self.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            self.type_name(obj),
            n
        ));
        if let Value::Instance(i) = &e {
            i.dict.set_str("name", Value::str(n));
            i.dict.set_str("obj", obj.clone());
        }
        e
    }

    fn special_attr(&mut self, obj: &Value, n: &str) -> PyResult<Option<Value>> {
        Ok(match obj {
            Value::Function(f) => match n {
                "__name__" => Some(f.name.borrow().clone()),
                "__qualname__" => Some(f.qualname.borrow().clone()),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__module__" => Some(f.module.clone()),
                "__defaults__" => {
                    let d = f.defaults.borrow();
                    Some(if d.is_empty() {
                        Value::None
                    } else {
                        Value::tuple(d.clone())
                    })
                }
                "__code__" => Some(Value::obj(Object::Code(f.code.clone()))),
                "__globals__" => Some(Value::Dict(f.globals.clone())),
                "__dict__" => {
                    let mut d = f.dict.borrow_mut();
                    Some(Value::Dict(
                        d.get_or_insert_with(|| Rc::new(DictObj::new())).clone(),
                    ))
                }
                _ => f.dict.borrow().as_ref().and_then(|d| d.get_str(n)),
            },
            Value::Method(m) => match n {
                "__self__" => Some(m.self_.clone()),
                "__func__" => Some(m.func.clone()),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    let f = m.func.clone();
                    Some(self.get_attr(&f, &Value::str(n))?)
                }
                _ => None,
            },
            Value::Builtin(b) => match n {
                "__name__" => Some(Value::str(b.name)),
                "__qualname__" => Some(Value::string(if b.owner.is_empty() {
                    b.name.to_string()
                } else {
                    format!("{}.{}", b.owner, b.name)
                })),
                "__self__" => Some(if b.self_.is_null() {
                    Value::None
                } else {
                    b.self_.clone()
                }),
                "__doc__" => Some(Value::None),
                "__module__" => Some(Value::str("builtins")),
                _ => None,
            },
            Value::Int(_) | Value::Bool(_) | Value::Big(_) => match n {
                "real" | "numerator" => Some(match obj {
                    Value::Bool(b) => Value::Int(*b as i64),
                    _ => obj.clone(),
                }),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            },
            Value::Float(f) => match n {
                "real" => Some(Value::Float(*f)),
                "imag" => Some(Value::Float(0.0)),
                _ => None,
            },
            Value::Obj(o) => match &**o {
                Object::Range(r) if r.big.is_some() => {
                    let b = r.big.as_deref().map(|b| b.to_vec()).unwrap_or_default();
                    match n {
                        "start" => b.first().cloned().map(Value::from_bigint),
                        "stop" => b.get(1).cloned().map(Value::from_bigint),
                        "step" => b.get(2).cloned().map(Value::from_bigint),
                        _ => None,
                    }
                }
                Object::Range(r) => match n {
                    "start" => Some(Value::Int(r.start)),
                    "stop" => Some(Value::Int(r.stop)),
                    "step" => Some(Value::Int(r.step)),
                    _ => None,
                },
                Object::Slice(s) => match n {
                    "start" => Some(s.start.clone()),
                    "stop" => Some(s.stop.clone()),
                    "step" => Some(s.step.clone()),
                    _ => None,
                },
                Object::Property(p) => match n {
                    "fget" => Some(p.fget.clone()),
                    "fset" => Some(p.fset.clone()),
                    "fdel" => Some(p.fdel.clone()),
                    "__doc__" => Some(p.doc.clone()),
                    _ => None,
                },
                Object::StaticMethod(f) | Object::ClassMethod(f) => match n {
                    "__func__" => Some(f.clone()),
                    _ => None,
                },
                Object::Generator(g) => match n {
                    "__name__" => Some(Value::string(g.name())),
                    "__qualname__" => Some(Value::string(g.qualname())),
                    _ => None,
                },
                Object::Code(c) => match n {
                    "co_name" => Some(Value::str(&c.name)),
                    "co_filename" => Some(Value::str(&c.filename)),
                    "co_firstlineno" => Some(Value::Int(c.first_line as i64)),
                    "co_argcount" => Some(Value::Int(c.argcount as i64)),
                    "co_varnames" => Some(Value::tuple(
                        c.varnames.iter().map(|s| Value::str(s)).collect(),
                    )),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        })
    }

    /// `setattr(obj, name, value)`.
    pub fn set_attr(&mut self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let n = name.as_str().unwrap_or("");
        match obj {
            Value::Instance(inst) => {
                let class = inst.class();
                if n == "__class__" {
                    return self.set_class(inst, &class, value);
                }
                if let Some(Value::Obj(o)) = class.lookup_v(name) {
                    if let Object::Property(p) = &*o {
                        return self.property_set(p, obj, n, &class, Some(value));
                    }
                }
                // A `__setattr__` other than object's (which is the path below).
                let setattr = self.interp.setattr_name.clone();
                if let Some(f) = class.lookup_v(&setattr) {
                    let generic = self.types().object.dict.get_v(&setattr);
                    if !generic.is_some_and(|g| g.is(&f)) {
                        self.call(&f, vec![obj.clone(), name.clone(), value], vec![])?;
                        return Ok(());
                    }
                }
                if !class.is_heap && class.kind == crate::objects::BuiltinKind::Object {
                    // A bare `object()` has no `__dict__`.
                    return Err(self.no_attribute(obj, n));
                }
                self.note_store(obj, &value);
                match name {
                    Value::Str(_) => inst.dict.table.borrow_mut().set_simple(
                        name.clone(),
                        self.hash(name)?,
                        value,
                    ),
                    _ => return Err(self.type_error("attribute name must be string")),
                }
                Ok(())
            }
            Value::Class(c) => {
                if !c.is_heap {
                    return Err(self.type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        n,
                        c.name()
                    )));
                }
                match n {
                    "__name__" => *c.name.borrow_mut() = self.str(&value)?,
                    "__qualname__" => *c.qualname.borrow_mut() = self.str(&value)?,
                    _ => {
                        self.note_store(obj, &value);
                        c.dict.set_str(n, value);
                        crate::objects::class::invalidate_type_cache();
                    }
                }
                Ok(())
            }
            Value::Function(f) => {
                match n {
                    "__name__" => *f.name.borrow_mut() = value,
                    "__qualname__" => *f.qualname.borrow_mut() = value,
                    "__doc__" => *f.doc.borrow_mut() = value,
                    "__defaults__" => {
                        *f.defaults.borrow_mut() = if value.is_none() {
                            vec![]
                        } else {
                            self.iterate(&value)?
                        }
                    }
                    _ => {
                        let mut d = f.dict.borrow_mut();
                        d.get_or_insert_with(|| Rc::new(DictObj::new()))
                            .set_str(n, value);
                    }
                }
                Ok(())
            }
            Value::Obj(o) => match &**o {
                Object::Module(m) => {
                    m.dict.set_str(n, value);
                    Ok(())
                }
                Object::Native(nat) => {
                    if let Some(f) = nat.class.lookup("__setattr__") {
                        self.call(&f, vec![obj.clone(), name.clone(), value], vec![])?;
                        return Ok(());
                    }
                    Err(self.no_attribute(obj, n))
                }
                _ => Err(self.no_attribute(obj, n)),
            },
            _ => Err(self.no_attribute(obj, n)),
        }
    }

    fn property_set(
        &mut self,
        p: &Property,
        obj: &Value,
        n: &str,
        class: &Rc<Class>,
        value: Option<Value>,
    ) -> PyResult<()> {
        match value {
            Some(v) => {
                if p.fset.is_none() {
                    return Err(self.attribute_error(format!(
                        "property '{}' of '{}' object has no setter",
                        n,
                        class.name()
                    )));
                }
                let f = p.fset.clone();
                self.call(&f, vec![obj.clone(), v], vec![])?;
            }
            None => {
                if p.fdel.is_none() {
                    return Err(self.attribute_error(format!(
                        "property '{}' of '{}' object has no deleter",
                        n,
                        class.name()
                    )));
                }
                let f = p.fdel.clone();
                self.call(&f, vec![obj.clone()], vec![])?;
            }
        }
        Ok(())
    }

    /// `delattr(obj, name)`.
    pub fn del_attr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let n = name.as_str().unwrap_or("");
        match obj {
            Value::Instance(inst) => {
                let class = inst.class();
                if let Some((f, owner)) = class.lookup_with_owner("__delattr__") {
                    if owner.is_heap {
                        self.call(&f, vec![obj.clone(), name.clone()], vec![])?;
                        return Ok(());
                    }
                }
                if let Some(Value::Obj(o)) = class.lookup(n) {
                    if let Object::Property(p) = &*o {
                        return self.property_set(p, obj, n, &class, None);
                    }
                }
                let idx = inst.dict.table.borrow().get_index_str(n);
                match idx {
                    Some(i) => {
                        inst.dict.table.borrow_mut().remove_at(i);
                        Ok(())
                    }
                    None => Err(self.no_attribute(obj, n)),
                }
            }
            Value::Class(c) if c.is_heap => {
                let idx = c.dict.table.borrow().get_index_str(n);
                match idx {
                    Some(i) => {
                        let old = c.dict.table.borrow_mut().remove_at(i);
                        crate::objects::class::invalidate_type_cache();
                        drop(old);
                        Ok(())
                    }
                    None => Err(self.attribute_error(format!(
                        "type object '{}' has no attribute '{}'",
                        c.name(),
                        n
                    ))),
                }
            }
            Value::Obj(o) => match &**o {
                Object::Module(m) => {
                    let idx = m.dict.table.borrow().get_index_str(n);
                    match idx {
                        Some(i) => {
                            m.dict.table.borrow_mut().remove_at(i);
                            Ok(())
                        }
                        None => Err(self.attribute_error(format!(
                            "module '{}' has no attribute '{}'",
                            m.name, n
                        ))),
                    }
                }
                _ => Err(self.no_attribute(obj, n)),
            },
            _ => Err(self.no_attribute(obj, n)),
        }
    }

    /// For `LoadMethod`: (function, self) when the attribute is a plain
    /// method found on the class, so no bound method is allocated.
    pub fn load_method(&mut self, obj: &Value, name: &Value) -> PyResult<(Value, Value)> {
        match self.method_of(obj, name) {
            Some(f) => Ok((f, obj.clone())),
            None => Ok((self.get_attr(obj, name)?, Value::Null)),
        }
    }

    /// The function `obj.name(...)` calls with `obj` as its first argument,
    /// when that is how the call resolves (no bound method is made); `None`
    /// when `obj.name` must be looked up as an attribute.
    pub fn method_of(&self, obj: &Value, name: &Value) -> Option<Value> {
        method_in(&self.interp, obj, name)
    }

    /// `cached_method` for the eval loop, which holds the value stack and
    /// so cannot lend the whole `Vm`: only the interpreter is needed.
    #[inline(always)]
    pub fn cached_method_in(
        interp: &crate::vm::Interp,
        code: &Code,
        n: usize,
        obj: &Value,
    ) -> Option<Value> {
        cached_method(interp, code, n, obj)
    }
}

/// `Vm::method_of`, given the interpreter.
fn method_in(interp: &crate::vm::Interp, obj: &Value, name: &Value) -> Option<Value> {
    match obj {
        Value::Instance(inst) => {
            let f = inst.class().lookup_v(name)?;
            return unshadowed_method(inst, name, f);
        }
        Value::Str(_) | Value::List(_) | Value::Dict(_) | Value::Tuple(_) | Value::Set(_) => {
            if let Some(f @ Value::Builtin(_)) = builtin_class_of(interp, obj)?.dict.get_v(name) {
                return Some(f);
            }
        }
        Value::Obj(o) => {
            if let Object::Native(nat) = &**o {
                if let Some(f @ Value::Builtin(_)) = nat.class.lookup_v(name) {
                    return Some(f);
                }
            }
        }
        _ => {}
    }
    None
}

/// The class of a str, list, dict, tuple or set: built-in classes whose
/// dicts never change once the interpreter is built.
#[inline]
fn builtin_class_of<'a>(interp: &'a crate::vm::Interp, obj: &Value) -> Option<&'a Rc<Class>> {
    let t = &interp.types;
    Some(match obj {
        Value::Str(_) => &t.str_,
        Value::List(_) => &t.list,
        Value::Dict(_) => &t.dict,
        Value::Tuple(_) => &t.tuple,
        Value::Set(s) if s.frozen => &t.frozenset,
        Value::Set(_) => &t.set,
        _ => return None,
    })
}

/// `method_of(obj, code.names[n])` through the per-name hints of
/// `code`: for an instance, where the method sits along its class's MRO
/// (`code.method_cache`); for a str, list, dict, tuple or set, where it
/// sits in the type's dict (`code.attr_cache`), whose keys are the
/// interned names (`Interp::new`), so a hint is checked by identity.
#[inline]
fn cached_method(interp: &crate::vm::Interp, code: &Code, n: usize, obj: &Value) -> Option<Value> {
    let Some(Value::Str(name)) = code.names.get(n) else {
        return None;
    };
    match obj {
        Value::Instance(inst) => return instance_method(code, n, name, inst),
        Value::Obj(o) => {
            if let Object::Native(nat) = &**o {
                return native_method(code, n, &nat.class);
            }
        }
        _ => {}
    }
    let Some(class) = builtin_class_of(interp, obj) else {
        return method_in(interp, obj, &code.names[n]);
    };
    let slot = code.attr_cache.get(n)?;
    let table = class.dict.table.borrow();
    if let Some(f @ Value::Builtin(_)) = table.hinted(slot.get().index as usize, name) {
        return Some(unbound_native(f));
    }
    let index = table.index_of_strobj(name)?;
    slot.set(AttrCache {
        index: index as u32,
    });
    match table.value_at(index) {
        f @ Value::Builtin(_) => Some(unbound_native(&f)),
        _ => None,
    }
}

/// `method_of` for an instance, with the class lookup hinted by
/// `code.method_cache[n]`.
fn instance_method(code: &Code, n: usize, name: &Rc<StrObj>, inst: &Instance) -> Option<Value> {
    let slot = code.method_cache.get(n)?;
    let class = inst.class.borrow();
    let version = crate::objects::class::type_version();
    let this_class = Rc::as_ptr(&class) as usize;
    let mut hint = slot.get();
    if hint.version != version {
        // Stale or empty: remember this class's owner of the name (an
        // index that never matches if there is none, or if its key is
        // not the interned name). A name later called on instances of
        // other classes keeps this hint and goes through the class's
        // own lookup cache for them.
        let (depth, index) = find_in_mro(&class, name).unwrap_or((0, usize::MAX));
        hint = MethodCache {
            version,
            class: this_class,
            depth: depth as u32,
            index: index as u32,
            native: None,
        };
        slot.set(hint);
    }
    let hit = if hint.class == this_class {
        mro_member(&class, hint.depth as usize, |owner| {
            owner
                .dict
                .table
                .borrow()
                .hinted(hint.index as usize, name)
                .cloned()
        })
    } else {
        None
    };
    let f = match hit {
        Some(f) => f,
        None => class.lookup_v(&code.names[n])?,
    };
    unshadowed_method(inst, &code.names[n], f)
}

impl Vm {
    /// `obj.__class__ = value`: between classes written in gilt with the
    /// same built-in layout, as CPython allows.
    fn set_class(&mut self, inst: &Instance, class: &Rc<Class>, value: Value) -> PyResult<()> {
        let Value::Class(new) = value else {
            return Err(self.type_error(format!(
                "__class__ must be set to a class, not '{}' object",
                self.type_name(&value)
            )));
        };
        if !class.is_heap || !new.is_heap {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        if new.kind != class.kind {
            return Err(self.type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                new.name(),
                class.name()
            )));
        }
        *inst.class.borrow_mut() = new;
        Ok(())
    }

    /// Records where `inst.names[n]` sits in the instance's dict, when the
    /// class has plain attributes (checked here, once per type version).
    pub fn fill_attr_cache(&self, code: &Code, n: usize, inst: &Instance) {
        let (Some(Value::Str(name)), Some(slot)) = (code.names.get(n), code.attr_cache.get(n))
        else {
            return;
        };
        let class = inst.class.borrow();
        let version = crate::objects::class::type_version();
        if class.plain_attrs.get() != version {
            if !self.has_plain_attrs(&class) {
                return;
            }
            class.plain_attrs.set(version);
        }
        if let Some(index) = inst.dict.table.borrow().index_of_strobj(name) {
            slot.set(AttrCache {
                index: index as u32,
            });
        }
    }

    /// No property along the MRO and object's `__setattr__`.
    fn has_plain_attrs(&self, class: &Rc<Class>) -> bool {
        let is_property =
            |v: &Value| matches!(v, Value::Obj(o) if matches!(&**o, Object::Property(_)));
        let mro = class.mro.borrow();
        for c in std::iter::once(class).chain(mro.iter()) {
            if c.dict.table.borrow().values().iter().any(is_property) {
                return false;
            }
        }
        let setattr = &self.interp.setattr_name;
        match class.lookup_v(setattr) {
            Some(f) => self
                .types()
                .object
                .dict
                .get_v(setattr)
                .is_some_and(|g| g.is(&f)),
            None => true,
        }
    }

    /// Calls `obj.name(*args)`.
    pub fn call_method(
        &mut self,
        obj: &Value,
        name: &str,
        mut args: Vec<Value>,
    ) -> PyResult<Value> {
        let n = self.intern(name);
        let (f, this) = self.load_method(obj, &n)?;
        if !this.is_null() {
            args.insert(0, this);
        }
        self.call(&f, args, vec![])
    }
}

/// Calls `f` with member `depth` of `class`'s MRO (0 is `class` itself).
fn mro_member<R>(class: &Class, depth: usize, f: impl FnOnce(&Class) -> Option<R>) -> Option<R> {
    if depth == 0 {
        return f(class);
    }
    let mro = class.mro.borrow();
    f(mro.get(depth - 1)?)
}

/// Where `name` is first defined along `class`'s MRO: the member's depth
/// and the entry index in its dict.
fn find_in_mro(class: &Class, name: &Rc<StrObj>) -> Option<(usize, usize)> {
    (0..=class.mro.borrow().len()).find_map(|depth| {
        mro_member(class, depth, |c| {
            c.dict.table.borrow().index_of_strobj(name)
        })
        .map(|index| (depth, index))
    })
}

/// `f`, found for `name` on `inst`'s class, when the call `inst.name(...)`
/// passes `inst` to it: a plain function not shadowed by an instance
/// attribute.
#[inline(always)]
fn unshadowed_method(inst: &Instance, name: &Value, f: Value) -> Option<Value> {
    if !matches!(f, Value::Function(_)) {
        return None;
    }
    // (Only a str key of the instance dict can match an attribute name.)
    let shadowed = match name {
        Value::Str(s) => {
            let d = inst.dict.table.borrow();
            d.may_hold_hash(s.hash()) && d.get_strobj(s).is_some()
        }
        _ => false,
    };
    if !shadowed {
        Some(f)
    } else {
        None
    }
}

/// `m`'s attribute `code.names[n]` through the per-name hint of `code`;
/// `None` if it has none (the caller's full lookup raises).
fn module_attr(code: &Code, n: usize, m: &crate::objects::Module) -> Option<Value> {
    let (Some(Value::Str(name)), Some(slot)) = (code.names.get(n), code.attr_cache.get(n)) else {
        return None;
    };
    let table = m.dict.table.borrow();
    if let Some(v) = table.hinted(slot.get().index as usize, name) {
        return Some(v.clone());
    }
    let index = table.index_of_strobj(name)?;
    slot.set(AttrCache {
        index: index as u32,
    });
    Some(table.value_at(index))
}

/// The attribute cache entry for `code.names[n]` when it applies to `inst`.
#[inline(always)]
fn attr_hint<'c>(code: &'c Code, n: usize, inst: &Instance) -> Option<(usize, &'c Rc<StrObj>)> {
    let c = code.attr_cache.get(n)?.get();
    let Some(Value::Str(name)) = code.names.get(n) else {
        return None;
    };
    if inst.class.borrow().plain_attrs.get() == crate::objects::class::type_version() {
        Some((c.index as usize, name))
    } else {
        None
    }
}

/// `inst.names[n]` through the attribute cache; `None` on a miss.
#[inline(always)]
pub fn cached_attr(code: &Code, n: usize, inst: &Instance) -> Option<Value> {
    let (index, name) = attr_hint(code, n, inst)?;
    inst.dict.table.borrow().hinted(index, name).cloned()
}

/// `inst.names[n] = value` through the attribute cache: the old value on a
/// hit, `value` back on a miss. The caller notes the store for the collector.
#[inline(always)]
pub fn cached_store(code: &Code, n: usize, inst: &Instance, value: Value) -> Result<Value, Value> {
    match attr_hint(code, n, inst) {
        Some((index, name)) => inst.dict.table.borrow_mut().set_hinted(index, name, value),
        None => Err(value),
    }
}

/// What `LoadMethod` pushes for a built-in type's method `f`: its fn
/// pointer, which owns no reference (nothing to count up and down around
/// the call), unless it has a bound self.
fn unbound_native(f: &Value) -> Value {
    match f {
        Value::Builtin(b) if b.self_.is_null() => Value::NativeMethod(b.func),
        f => f.clone(),
    }
}

/// `LoadMethod` on an object of a native class (a lock, a deque …): the
/// method's fn pointer, through the per-name hint of `code` (the class and
/// the type version it was found under). A hit reads the hint and nothing
/// else, and the value it pushes owns no reference: no write to an object
/// other threads use, whose cache line would move to this core on the
/// first call of each GIL turn (two threads taking turns on one lock spent
/// a third of their time on those misses).
fn native_method(code: &Code, n: usize, class: &Rc<Class>) -> Option<Value> {
    let slot = code.method_cache.get(n)?;
    let version = crate::objects::class::type_version();
    let this = Rc::as_ptr(class) as usize;
    let hint = slot.get();
    if hint.version == version && hint.class == this {
        if let Some(f) = hint.native {
            return Some(Value::NativeMethod(f));
        }
    }
    match class.lookup_v(&code.names[n])? {
        Value::Builtin(b) if b.self_.is_null() => {
            slot.set(MethodCache {
                version,
                class: this,
                depth: 0,
                index: u32::MAX,
                native: Some(b.func),
            });
            Some(Value::NativeMethod(b.func))
        }
        f @ Value::Builtin(_) => Some(f),
        _ => None,
    }
}
