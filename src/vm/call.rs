//! Calling: argument binding, frames for Python functions, native calls,
//! class instantiation and class creation (`__build_class__`).

use std::rc::Rc;

use super::{Frame, FrameKind, PyResult, Vm};
use crate::bytecode::code::{CO_VARARGS, CO_VARKEYWORDS};
use crate::objects::{
    class::c3_mro, Args, BuiltinKind, Class, DictObj, Function, Instance, Object, Value,
};

impl Vm {
    /// Calls any callable from Rust.
    pub fn call(
        &mut self,
        f: &Value,
        args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
    ) -> PyResult<Value> {
        match f {
            Value::Function(func) => {
                let func = func.clone();
                self.call_function(&func, args, &kwargs, None)
            }
            Value::NativeMethod(func) => func(
                self,
                Args {
                    pos: &args,
                    kw: &kwargs,
                },
            ),
            Value::Builtin(b) => {
                if b.self_.is_null() {
                    (b.func)(
                        self,
                        Args {
                            pos: &args,
                            kw: &kwargs,
                        },
                    )
                } else {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(b.self_.clone());
                    all.extend(args);
                    (b.func)(
                        self,
                        Args {
                            pos: &all,
                            kw: &kwargs,
                        },
                    )
                }
            }
            Value::Method(m) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(m.self_.clone());
                all.extend(args);
                let func = m.func.clone();
                self.call(&func, all, kwargs)
            }
            Value::Class(c) => {
                let c = c.clone();
                self.call_class(&c, args, kwargs)
            }
            _ => {
                let class = self.class_of(f);
                if let Some(call) = class.lookup("__call__") {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(f.clone());
                    all.extend(args);
                    return self.call(&call, all, kwargs);
                }
                Err(self.type_error(format!("'{}' object is not callable", class.name())))
            }
        }
    }

    /// Runs a Python function to completion (or makes its generator).
    /// `namespace` is set for class bodies.
    pub fn call_function(
        &mut self,
        func: &Rc<Function>,
        args: Vec<Value>,
        kwargs: &[(Value, Value)],
        namespace: Option<Rc<DictObj>>,
    ) -> PyResult<Value> {
        self.check_recursion()?;
        let locals = self.bind_args(func, args, kwargs)?;
        if func.code.is_generator() {
            return Ok(self.make_generator(func, locals));
        }
        let ret_base = self.stack.len();
        self.stack.push(Value::Null);
        let base = self.stack.len();
        self.stack.extend(locals);
        self.frames.push(Frame {
            code: func.code.clone(),
            pc: 0,
            base,
            ret_base,
            globals: func.globals.clone(),
            namespace,
            kind: FrameKind::Entry,
        });
        self.run_entry()
    }

    /// Builds the local slots of a call: parameters bound from the
    /// arguments, free-variable cells, the rest unbound.
    pub fn bind_args(
        &mut self,
        func: &Function,
        args: Vec<Value>,
        kwargs: &[(Value, Value)],
    ) -> PyResult<Vec<Value>> {
        let code = &func.code;
        let argcount = code.argcount as usize;
        let nlocals = code.nlocals as usize;
        let nargs = args.len();
        let simple = code.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0 && code.kwonlyargcount == 0;
        let mut locals = args;
        if simple && kwargs.is_empty() && nargs <= argcount {
            let defaults = func.defaults.borrow();
            if nargs + defaults.len() >= argcount {
                let skip = nargs + defaults.len() - argcount;
                locals.extend(defaults[skip..].iter().cloned());
                locals.resize(nlocals, Value::Null);
                drop(defaults);
                self.fill_free(func, &mut locals);
                return Ok(locals);
            }
        }
        let args = locals;
        let total = code.total_args();
        let mut slots = vec![Value::Null; nlocals];
        let mut extra = Vec::new();
        for (i, a) in args.into_iter().enumerate() {
            if i < argcount {
                slots[i] = a;
            } else {
                extra.push(a);
            }
        }
        let has_varargs = code.flags & CO_VARARGS != 0;
        let has_varkw = code.flags & CO_VARKEYWORDS != 0;
        let fname = self.str(&func.qualname.borrow().clone())?;
        if !extra.is_empty() && !has_varargs {
            let ndef = func.defaults.borrow().len();
            let kw_given = kwargs
                .iter()
                .filter(|(k, _)| {
                    code.varnames[argcount..total]
                        .iter()
                        .any(|n| Some(&**n) == k.as_str())
                })
                .count();
            let takes = if ndef > 0 {
                format!("from {} to {}", argcount - ndef, argcount)
            } else {
                argcount.to_string()
            };
            let plural = if argcount == 1 && ndef == 0 { "" } else { "s" };
            let given = nargs;
            let was = if given == 1 { "was" } else { "were" };
            let kwpart = if kw_given > 0 {
                format!(
                    " (and {} keyword-only argument{})",
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                String::new()
            };
            return Err(self.type_error(format!(
                "{}() takes {} positional argument{} but {} {}{} given",
                fname, takes, plural, given, kwpart, was
            )));
        }
        let mut varkw: Option<Rc<DictObj>> = if has_varkw {
            Some(Rc::new(DictObj::new()))
        } else {
            None
        };
        let posonly = code.posonlyargcount as usize;
        let mut posonly_as_kw = Vec::new();
        for (k, v) in kwargs {
            let name = k.as_str().unwrap_or("");
            let pos = code.varnames[..total].iter().position(|n| &**n == name);
            match pos {
                Some(i) if i >= posonly => {
                    if !slots[i].is_null() {
                        return Err(self.type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            fname, name
                        )));
                    }
                    slots[i] = v.clone();
                }
                Some(_) if varkw.is_none() => posonly_as_kw.push(name.to_string()),
                _ => match &varkw {
                    Some(d) => self.dict_set(d, k.clone(), v.clone())?,
                    None => {
                        return Err(self.type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            fname, name
                        )))
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                fname,
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for missing positionals.
        let defaults = func.defaults.borrow().clone();
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing = Vec::new();
        for i in 0..argcount {
            if slots[i].is_null() {
                if i >= first_default {
                    slots[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(&fname, &missing, "positional"));
        }
        let kwdefaults = func.kwdefaults.borrow().clone();
        for (slot, name) in slots[argcount..total]
            .iter_mut()
            .zip(&code.varnames[argcount..total])
        {
            if slot.is_null() {
                match kwdefaults.iter().find(|(k, _)| k.as_str() == Some(&**name)) {
                    Some((_, v)) => *slot = v.clone(),
                    None => missing.push(name.to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(&fname, &missing, "keyword-only"));
        }
        let mut next = total;
        if has_varargs {
            slots[next] = Value::tuple(extra);
            next += 1;
        }
        if let Some(d) = varkw.take() {
            slots[next] = Value::Dict(d);
        }
        self.fill_free(func, &mut slots);
        Ok(slots)
    }

    fn fill_free(&self, func: &Function, slots: &mut [Value]) {
        for (i, slot) in func.code.freevars.iter().enumerate() {
            if let Some(cell) = func.closure.get(i) {
                slots[*slot as usize] = cell.clone();
            }
        }
    }

    #[cold]
    fn missing_args(&self, fname: &str, missing: &[String], kind: &str) -> Value {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{}'", m)).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        self.type_error(format!(
            "{}() missing {} required {} argument{}: {}",
            fname,
            missing.len(),
            kind,
            if missing.len() == 1 { "" } else { "s" },
            list
        ))
    }

    /// `cls(*args, **kwargs)`.
    pub fn call_class(
        &mut self,
        cls: &Rc<Class>,
        args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
    ) -> PyResult<Value> {
        if !cls.is_heap {
            if Rc::ptr_eq(cls, &self.types().type_.clone()) && args.len() == 1 && kwargs.is_empty()
            {
                return Ok(Value::Class(self.class_of(&args[0])));
            }
            let new = cls.dict.get_str("__new__");
            return match new {
                Some(f @ Value::Builtin(_)) => {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(Value::Class(cls.clone()));
                    all.extend(args);
                    self.call(&f, all, kwargs)
                }
                _ => {
                    // Exceptions and other classes with the generic constructor.
                    self.construct(cls, args, kwargs)
                }
            };
        }
        self.construct(cls, args, kwargs)
    }

    fn construct(
        &mut self,
        cls: &Rc<Class>,
        args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
    ) -> PyResult<Value> {
        let object = self.types().object.clone();
        let new = cls.lookup_with_owner("__new__");
        let custom_new = match &new {
            Some((_, owner)) => owner.is_heap,
            None => false,
        };
        let obj = if custom_new {
            let f = match new.map(|(f, _)| f) {
                Some(Value::Obj(o)) => match &*o {
                    Object::StaticMethod(f) => f.clone(),
                    _ => Value::Obj(o.clone()),
                },
                Some(f) => f,
                None => Value::None,
            };
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(Value::Class(cls.clone()));
            all.extend(args.iter().cloned());
            self.call(&f, all, kwargs.clone())?
        } else {
            self.default_new(cls, &args, &kwargs)?
        };
        if !self.class_of(&obj).is_subclass(cls) {
            return Ok(obj);
        }
        match cls.lookup_with_owner("__init__") {
            Some((init, owner)) if !Rc::ptr_eq(&owner, &object) => {
                if let Value::Function(f) = &init {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(obj.clone());
                    all.extend(args);
                    let f = f.clone();
                    let r = self.call_function(&f, all, &kwargs, None)?;
                    if !r.is_none() {
                        return Err(self.type_error(format!(
                            "__init__() should return None, not '{}'",
                            self.type_name(&r)
                        )));
                    }
                } else {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(obj.clone());
                    all.extend(args);
                    self.call(&init, all, kwargs)?;
                }
            }
            _ => {
                if !custom_new
                    && (!args.is_empty() || !kwargs.is_empty())
                    && cls.kind == BuiltinKind::Object
                {
                    return Err(self.type_error(format!("{}() takes no arguments", cls.name())));
                }
            }
        }
        Ok(obj)
    }

    /// `object.__new__(cls)` with the built-in payload a subclass of a built-in type needs.
    pub fn default_new(
        &mut self,
        cls: &Rc<Class>,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Value> {
        let inst = Instance::new(cls.clone());
        match cls.kind {
            BuiltinKind::BaseException => {
                inst.dict.set_str("args", Value::tuple(args.to_vec()));
            }
            BuiltinKind::List => *inst.payload.borrow_mut() = Value::list(vec![]),
            BuiltinKind::Dict => *inst.payload.borrow_mut() = Value::Dict(Rc::new(DictObj::new())),
            BuiltinKind::Set => {
                *inst.payload.borrow_mut() = Value::Set(Rc::new(crate::objects::SetObj::new(
                    crate::objects::SetTable::new(),
                    false,
                )))
            }
            k if k.has_payload() => {
                // Immutable built-ins: the value comes from the constructor.
                let base = cls
                    .full_mro()
                    .into_iter()
                    .find(|c| !c.is_heap)
                    .unwrap_or_else(|| self.types().object.clone());
                let v = self.call_class(&base, args.to_vec(), kwargs.to_vec())?;
                *inst.payload.borrow_mut() = v;
            }
            BuiltinKind::Native => {
                let base = cls
                    .full_mro()
                    .into_iter()
                    .find(|c| !c.is_heap)
                    .unwrap_or_else(|| self.types().object.clone());
                let v = self.call_class(&base, args.to_vec(), kwargs.to_vec())?;
                *inst.payload.borrow_mut() = v;
            }
            _ => {}
        }
        Ok(Value::Instance(Rc::new(inst)))
    }

    /// `__build_class__(func, name, *bases, **kwds)`.
    pub fn build_class(&mut self, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
        let (Some(Value::Function(body)), Some(name)) = (args.first(), args.get(1)) else {
            return Err(self.type_error("__build_class__: not enough arguments"));
        };
        let name = self.str(name)?;
        let mut bases = Vec::new();
        for b in &args[2..] {
            match b {
                Value::Class(c) => bases.push(c.clone()),
                _ => {
                    return Err(
                        self.type_error(format!("bases must be types, not {}", self.type_name(b)))
                    )
                }
            }
        }
        let mut metaclass = None;
        for (k, v) in kwargs {
            if k.as_str() == Some("metaclass") {
                metaclass = Some(v.clone());
            }
        }
        let ns = Rc::new(DictObj::new());
        let body = body.clone();
        let cell = self.call_function(&body, vec![], &[], Some(ns.clone()))?;
        let cls = match metaclass {
            Some(Value::Class(m)) if m.is_heap => {
                let bases_v = Value::tuple(bases.iter().cloned().map(Value::Class).collect());
                self.call(
                    &Value::Class(m),
                    vec![Value::string(name), bases_v, Value::Dict(ns)],
                    vec![],
                )?
            }
            _ => Value::Class(self.make_class(&name, bases, &ns)?),
        };
        if let Value::Obj(o) = &cell {
            if let Object::Cell(c) = &**o {
                *c.borrow_mut() = cls.clone();
            }
        }
        if let Value::Class(c) = &cls {
            self.init_subclass(c, kwargs)?;
        }
        Ok(cls)
    }

    /// Runs the `__init_subclass__` of the nearest base of `cls` that has
    /// one (object's takes no keywords) with the class keywords.
    fn init_subclass(&mut self, cls: &Rc<Class>, kwargs: &[(Value, Value)]) -> PyResult<()> {
        let found = cls
            .mro
            .borrow()
            .iter()
            .find_map(|c| c.dict.get_str("__init_subclass__"));
        let f = match found {
            Some(Value::Obj(o)) => match &*o {
                Object::ClassMethod(f) => f.clone(),
                _ => return Ok(()),
            },
            Some(f) => f,
            None => return Ok(()),
        };
        let kw: Vec<(Value, Value)> = kwargs
            .iter()
            .filter(|(k, _)| k.as_str() != Some("metaclass"))
            .cloned()
            .collect();
        self.call(&f, vec![Value::Class(cls.clone())], kw)?;
        Ok(())
    }

    /// Creates a class from its name, bases and namespace.
    pub fn make_class(
        &mut self,
        name: &str,
        mut bases: Vec<Rc<Class>>,
        ns: &DictObj,
    ) -> PyResult<Rc<Class>> {
        if bases.is_empty() {
            bases.push(self.types().object.clone());
        }
        for b in &bases {
            if matches!(
                b.kind,
                BuiltinKind::Bool
                    | BuiltinKind::Range
                    | BuiltinKind::Slice
                    | BuiltinKind::Function
                    | BuiltinKind::Generator
                    | BuiltinKind::NoneType
            ) && !b.is_heap
            {
                return Err(self.type_error(format!(
                    "type '{}' is not an acceptable base type",
                    b.name()
                )));
            }
        }
        let mro = match c3_mro(&bases) {
            Some(m) => m,
            None => {
                let names: Vec<String> = bases.iter().map(|b| b.name()).collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution order (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        };
        let kind = mro
            .iter()
            .map(|c| c.kind)
            .find(|k| *k != BuiltinKind::Object)
            .unwrap_or(BuiltinKind::Object);
        let class = Class::new(name, bases, kind, true);
        *class.mro.borrow_mut() = mro;
        let items = ns.table.borrow().items();
        for (k, v) in items {
            let key = k.as_str().unwrap_or("").to_string();
            let v = match (key.as_str(), &v) {
                ("__new__", Value::Function(_)) => Value::obj(Object::StaticMethod(v.clone())),
                ("__init_subclass__" | "__class_getitem__", Value::Function(_)) => {
                    Value::obj(Object::ClassMethod(v.clone()))
                }
                _ => v.clone(),
            };
            if key == "__qualname__" {
                *class.qualname.borrow_mut() = self.str(&v)?;
                continue;
            }
            class.dict.set_simple(k.clone(), self.hash(&k)?, v);
        }
        crate::objects::class::invalidate_type_cache();
        if class.dict.get_str("__eq__").is_some() && class.dict.get_str("__hash__").is_none() {
            class.dict.set_str("__hash__", Value::None);
        }
        Ok(Rc::new(class))
    }
}
