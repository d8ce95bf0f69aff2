//! Operators: truth, repr/str, hashing, comparison, arithmetic, containment
//! and subscripting, with fast paths for built-in types and dunder dispatch
//! for user classes.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{PyResult, Vm};
use crate::objects::numfmt;
use crate::objects::{hash, int, Object, SetObj, SetTable, Value};
use crate::syntax::ast::{BinOp, CmpOp};

pub fn binop_symbol(op: BinOp, inplace: bool) -> String {
    let s = match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    };
    if inplace {
        format!("{}=", s)
    } else {
        s.to_string()
    }
}

pub fn cmpop_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

/// (`__op__`, `__rop__`, `__iop__`) of a binary operator.
pub fn binop_dunders(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
    }
}

fn cmp_dunders(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::NotEq => ("__ne__", "__ne__"),
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::GtE => ("__ge__", "__le__"),
        _ => ("", ""),
    }
}

fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Big(b) => numfmt::int_to_float(b).ok(),
        _ => None,
    }
}

fn is_intlike(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::Big(_))
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::Big(_) | Value::Float(_)
    )
}

/// Compares two f64 the Python way for an ordering operator.
fn cmp_f64(op: CmpOp, a: f64, b: f64) -> bool {
    match op {
        CmpOp::Eq => a == b,
        CmpOp::NotEq => a != b,
        CmpOp::Lt => a < b,
        CmpOp::LtE => a <= b,
        CmpOp::Gt => a > b,
        CmpOp::GtE => a >= b,
        _ => false,
    }
}

fn cmp_ord<T: PartialOrd>(op: CmpOp, a: &T, b: &T) -> bool {
    match op {
        CmpOp::Eq => a == b,
        CmpOp::NotEq => a != b,
        CmpOp::Lt => a < b,
        CmpOp::LtE => a <= b,
        CmpOp::Gt => a > b,
        CmpOp::GtE => a >= b,
        _ => false,
    }
}

/// Exact comparison of an int with a float (no rounding surprises).
fn cmp_int_float(op: CmpOp, a: &BigInt, b: f64) -> bool {
    if b.is_nan() {
        return op == CmpOp::NotEq;
    }
    if b.is_infinite() {
        return cmp_f64(op, 0.0, b);
    }
    let fl = b.floor();
    let bi = BigInt::from_f64_exact(fl);
    let frac = b - fl;
    // a vs b: compare a with floor(b); if equal, b's fraction decides.
    let ord = a.cmp(&bi);
    let ord = if ord == std::cmp::Ordering::Equal && frac > 0.0 {
        std::cmp::Ordering::Less
    } else {
        ord
    };
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Eq => ord == Equal,
        CmpOp::NotEq => ord != Equal,
        CmpOp::Lt => ord == Less,
        CmpOp::LtE => ord != Greater,
        CmpOp::Gt => ord == Greater,
        CmpOp::GtE => ord != Less,
        _ => false,
    }
}

trait FromF64Exact {
    fn from_f64_exact(f: f64) -> BigInt;
}

impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> BigInt {
        num_traits::FromPrimitive::from_f64(f).unwrap_or_default()
    }
}

impl Vm {
    // ---- truth, str, repr, hash ----

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Null | Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Big(_) => true,
            Value::Tuple(t) => !t.items.is_empty(),
            Value::List(l) => !l.items.borrow().is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.is_empty(),
            Value::Instance(i) => {
                let class = i.class();
                if let Some(f) = class.lookup("__bool__") {
                    let r = self.call(&f, vec![v.clone()], vec![])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&other)
                        ))),
                    };
                }
                if let Some(f) = class.lookup("__len__") {
                    let r = self.call(&f, vec![v.clone()], vec![])?;
                    let n = self.index_of(&r)?;
                    if n < 0 {
                        return Err(self.value_error("__len__() should return >= 0"));
                    }
                    return Ok(n != 0);
                }
                let p = i.payload.borrow().clone();
                if !p.is_null() {
                    return self.truthy(&p);
                }
                true
            }
            Value::Obj(o) => match &**o {
                Object::Range(r) => match &r.big {
                    Some(b) => {
                        let [start, stop, step] = &**b;
                        if step.is_positive() {
                            start < stop
                        } else {
                            start > stop
                        }
                    }
                    None => !r.is_empty(),
                },
                Object::Bytes(b) => !b.is_empty(),
                Object::DictView(_, d) => !d.is_empty(),
                Object::Native(_) => {
                    if let Some(f) = self.class_of(v).lookup("__len__") {
                        let r = self.call(&f, vec![v.clone()], vec![])?;
                        return Ok(self.index_of(&r)? != 0);
                    }
                    true
                }
                _ => true,
            },
            _ => true,
        })
    }

    /// `str(v)`.
    pub fn str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(i) => {
                let class = i.class();
                if let Some(f) = class.lookup("__str__") {
                    let r = self.call(&f, vec![v.clone()], vec![])?;
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(self.type_error(format!(
                            "__str__ returned non-string (type {})",
                            self.type_name(&other)
                        ))),
                    };
                }
                if class.is_subclass(&self.types().base_exception.clone()) {
                    return self.exception_str(v);
                }
                let p = i.payload.borrow().clone();
                if !p.is_null() && class.lookup("__repr__").is_none() {
                    return self.str(&p);
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `str(v)` as a Value (no copy for str).
    pub fn str_value(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Str(_) => Ok(v.clone()),
            _ => Ok(Value::string(self.str(v)?)),
        }
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Null => "<NULL>".to_string(),
            Value::NativeMethod(_) => "<native method>".to_string(),
            Value::None => "None".to_string(),
            Value::Bool(true) => "True".to_string(),
            Value::Bool(false) => "False".to_string(),
            Value::Int(i) => i.to_string(),
            Value::Big(b) => b.to_string(),
            Value::Float(f) => numfmt::float_repr(*f),
            Value::Str(s) => repr_str(s.as_str()),
            Value::Tuple(t) => {
                if t.items.len() == 1 {
                    format!("({},)", self.repr(&t.items[0])?)
                } else {
                    let items = t.items.to_vec();
                    self.repr_seq(v, &items, "(", ")")?
                }
            }
            Value::List(l) => {
                let items = l.items.borrow().clone();
                self.repr_seq(v, &items, "[", "]")?
            }
            Value::Dict(d) => {
                let items = d.table.borrow().items();
                self.repr_dict(v, &items)?
            }
            Value::Set(s) => {
                let items = s.table.borrow().keys();
                let name = if s.frozen { "frozenset" } else { "set" };
                if items.is_empty() {
                    format!("{}()", name)
                } else if s.frozen {
                    format!("frozenset({})", self.repr_seq(v, &items, "{", "}")?)
                } else {
                    self.repr_seq(v, &items, "{", "}")?
                }
            }
            Value::Function(f) => format!(
                "<function {} at {:#x}>",
                self.str(&f.qualname.borrow().clone())?,
                v.ptr().unwrap_or(0)
            ),
            Value::Builtin(b) => {
                if b.self_.is_null() {
                    format!("<built-in function {}>", b.name)
                } else {
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.name,
                        self.type_name(&b.self_),
                        b.self_.ptr().unwrap_or(0)
                    )
                }
            }
            Value::Method(m) => {
                let fname = match &m.func {
                    Value::Function(f) => self.str(&f.qualname.borrow().clone())?,
                    other => self.type_name(other),
                };
                format!("<bound method {} of {}>", fname, self.repr(&m.self_)?)
            }
            Value::Class(c) => {
                let module = match c.dict.get_str("__module__") {
                    Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
                    _ => String::new(),
                };
                format!("<class '{}{}'>", module, c.qualname.borrow())
            }
            Value::Instance(i) => {
                let class = i.class();
                if let Some(f) = class.lookup("__repr__") {
                    let r = self.call(&f, vec![v.clone()], vec![])?;
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(self.type_error(format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(&other)
                        ))),
                    };
                }
                if class.is_subclass(&self.types().base_exception.clone()) {
                    let args = self.exc_args(v);
                    let inner = if args.len() == 1 {
                        self.repr(&args[0])?
                    } else {
                        let s = self.repr(&Value::tuple(args.clone()))?;
                        if args.is_empty() {
                            String::new()
                        } else {
                            s[1..s.len() - 1].trim_end_matches(',').to_string()
                        }
                    };
                    return Ok(format!("{}({})", class.name(), inner));
                }
                let p = i.payload.borrow().clone();
                if !p.is_null() {
                    return self.repr(&p);
                }
                let module = match class.dict.get_str("__module__") {
                    Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
                    _ => String::new(),
                };
                format!(
                    "<{}{} object at {:#x}>",
                    module,
                    class.qualname.borrow(),
                    v.ptr().unwrap_or(0)
                )
            }
            Value::Obj(o) => match &**o {
                Object::Module(m) => match m.dict.get_str("__file__") {
                    Some(Value::Str(f)) if !f.as_str().starts_with('<') => {
                        format!("<module '{}' from '{}'>", m.name, f.as_str())
                    }
                    _ => format!("<module '{}' (built-in)>", m.name),
                },
                Object::Range(crate::objects::RangeObj { big: Some(b), .. }) => {
                    let [start, stop, step] = &**b;
                    if *step == BigInt::from(1) {
                        format!("range({}, {})", start, stop)
                    } else {
                        format!("range({}, {}, {})", start, stop, step)
                    }
                }
                Object::Range(r) => {
                    if r.step == 1 {
                        format!("range({}, {})", r.start, r.stop)
                    } else {
                        format!("range({}, {}, {})", r.start, r.stop, r.step)
                    }
                }
                Object::Slice(s) => format!(
                    "slice({}, {}, {})",
                    self.repr(&s.start)?,
                    self.repr(&s.stop)?,
                    self.repr(&s.step)?
                ),
                Object::Cell(_) => format!("<cell at {:#x}>", v.ptr().unwrap_or(0)),
                Object::Code(c) => {
                    format!("<code object {} at {:#x}>", c.name, v.ptr().unwrap_or(0))
                }
                Object::Generator(g) => format!(
                    "<generator object {} at {:#x}>",
                    g.qualname(),
                    v.ptr().unwrap_or(0)
                ),
                Object::Iter(_) => format!("<iterator object at {:#x}>", v.ptr().unwrap_or(0)),
                Object::Property(_) => format!("<property object at {:#x}>", v.ptr().unwrap_or(0)),
                Object::StaticMethod(_) => {
                    format!("<staticmethod object at {:#x}>", v.ptr().unwrap_or(0))
                }
                Object::ClassMethod(_) => {
                    format!("<classmethod object at {:#x}>", v.ptr().unwrap_or(0))
                }
                Object::Super { class, .. } => {
                    format!("<super: <class '{}'>, <object>>", class.name())
                }
                Object::DictView(kind, d) => {
                    let (name, items) = match kind {
                        crate::objects::DictViewKind::Keys => {
                            ("dict_keys", d.table.borrow().keys())
                        }
                        crate::objects::DictViewKind::Values => {
                            ("dict_values", d.table.borrow().values())
                        }
                        crate::objects::DictViewKind::Items => (
                            "dict_items",
                            d.table
                                .borrow()
                                .items()
                                .into_iter()
                                .map(|(k, v)| Value::tuple(vec![k, v]))
                                .collect(),
                        ),
                    };
                    format!("{}({})", name, self.repr_seq(v, &items, "[", "]")?)
                }
                Object::Bytes(b) => repr_bytes(b),
                Object::NotImplemented => "NotImplemented".to_string(),
                Object::Ellipsis => "Ellipsis".to_string(),
                Object::Native(n) => {
                    if let Some(f) = n.class.lookup("__repr__") {
                        let r = self.call(&f, vec![v.clone()], vec![])?;
                        return self.str(&r);
                    }
                    format!("<{} object at {:#x}>", n.class.name(), v.ptr().unwrap_or(0))
                }
            },
        })
    }

    fn repr_seq(
        &mut self,
        container: &Value,
        items: &[Value],
        open: &str,
        close: &str,
    ) -> PyResult<String> {
        let id = container.ptr().unwrap_or(0);
        if self.repr_guard.contains(&id) {
            return Ok(format!("{}...{}", open, close));
        }
        self.enter_native(" while getting the repr of an object")?;
        self.repr_guard.push(id);
        let mut out = String::from(open);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            match self.repr(item) {
                Ok(s) => out.push_str(&s),
                Err(e) => {
                    self.repr_guard.pop();
                    self.leave_native();
                    return Err(e);
                }
            }
        }
        self.repr_guard.pop();
        self.leave_native();
        out.push_str(close);
        Ok(out)
    }

    fn repr_dict(&mut self, container: &Value, items: &[(Value, Value)]) -> PyResult<String> {
        let id = container.ptr().unwrap_or(0);
        if self.repr_guard.contains(&id) {
            return Ok("{...}".to_string());
        }
        self.enter_native(" while getting the repr of an object")?;
        self.repr_guard.push(id);
        let mut out = String::from("{");
        let r: PyResult<()> = (|| {
            for (i, (k, v)) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&self.repr(k)?);
                out.push_str(": ");
                out.push_str(&self.repr(v)?);
            }
            Ok(())
        })();
        self.repr_guard.pop();
        self.leave_native();
        r?;
        out.push('}');
        Ok(out)
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::Str(s) => s.hash(),
            Value::Int(i) => hash::hash_int(*i),
            Value::Bool(b) => *b as i64,
            Value::Float(f) => hash::hash_float(*f),
            Value::Big(b) => hash::hash_bigint(b),
            Value::None => 0x5f3a_1b2c,
            Value::Tuple(t) => {
                let cached = t.hash.get();
                if cached != -1 {
                    return Ok(cached);
                }
                let mut hs = Vec::with_capacity(t.items.len());
                for item in t.items.iter() {
                    hs.push(self.hash(item)?);
                }
                let h = hash::hash_tuple(&hs);
                t.hash.set(h);
                h
            }
            Value::Set(s) if s.frozen => {
                let keys = s.table.borrow().keys();
                let mut acc: u64 = 0;
                for k in keys {
                    let h = self.hash(&k)? as u64;
                    acc ^= (h ^ (h << 16) ^ 89_869_747).wrapping_mul(3_644_798_167);
                }
                acc as i64
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) => {
                return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Value::Instance(i) => {
                let class = i.class();
                match class.lookup("__hash__") {
                    Some(Value::None) => {
                        return Err(self.type_error(format!("unhashable type: '{}'", class.name())))
                    }
                    Some(f) => {
                        let r = self.call(&f, vec![v.clone()], vec![])?;
                        match r {
                            // As CPython: an int that fits is the hash itself
                            // (-1 is reserved), so `hash(str(self))` in a str
                            // subclass matches the str; a big one is hashed.
                            Value::Int(-1) => -2,
                            Value::Int(i) => i,
                            Value::Bool(b) => b as i64,
                            Value::Big(b) => hash::hash_bigint(&b),
                            _ => {
                                return Err(
                                    self.type_error("__hash__ method should return an integer")
                                )
                            }
                        }
                    }
                    None => {
                        let p = i.payload.borrow().clone();
                        if !p.is_null() {
                            return self.hash(&p);
                        }
                        (v.ptr().unwrap_or(0) >> 4) as i64
                    }
                }
            }
            Value::Obj(o) if matches!(&**o, Object::Bytes(_)) => {
                if let Object::Bytes(b) = &**o {
                    crate::objects::str::hash_bytes(b)
                } else {
                    0
                }
            }
            Value::Obj(o) if matches!(&**o, Object::Slice(_)) => {
                return Err(self.type_error("unhashable type: 'slice'"))
            }
            _ => (v.ptr().unwrap_or(0) >> 4) as i64,
        })
    }

    // ---- comparison ----

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::objects::dict::fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(CmpOp::Eq, a, b)?;
        self.truthy(&r)
    }

    /// A comparison operator (including `is` and `in`).
    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        match op {
            CmpOp::Is => return Ok(Value::Bool(a.is(b))),
            CmpOp::IsNot => return Ok(Value::Bool(!a.is(b))),
            CmpOp::In => return Ok(Value::Bool(self.contains(b, a)?)),
            CmpOp::NotIn => return Ok(Value::Bool(!self.contains(b, a)?)),
            _ => {}
        }
        // Fast paths.
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(Value::Bool(cmp_ord(op, x, y))),
            (Value::Float(x), Value::Float(y)) => return Ok(Value::Bool(cmp_f64(op, *x, *y))),
            (Value::Str(x), Value::Str(y)) => {
                return Ok(Value::Bool(cmp_ord(op, &x.as_str(), &y.as_str())))
            }
            (Value::Obj(x), Value::Obj(y)) => {
                if let (Object::Bytes(p), Object::Bytes(q)) = (&**x, &**y) {
                    return Ok(Value::Bool(cmp_ord(op, p, q)));
                }
            }
            _ => {}
        }
        if is_number(a) && is_number(b) {
            return Ok(Value::Bool(self.compare_numbers(op, a, b)));
        }
        match (a, b) {
            (Value::Tuple(x), Value::Tuple(y)) => {
                // Tuples are immutable: compare in place (the Rc clones keep
                // them alive whatever the element comparisons do).
                let (x, y) = (x.clone(), y.clone());
                return self.compare_seq(op, &x.items, &y.items);
            }
            (Value::List(x), Value::List(y)) => {
                let (x, y) = (x.clone(), y.clone());
                return self.compare_lists(op, &x, &y);
            }
            _ => {}
        }
        self.compare_slow(op, a, b)
    }

    fn compare_numbers(&self, op: CmpOp, a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Float(x), y) | (y, Value::Float(x)) if !matches!(y, Value::Float(_)) => {
                let big = int::to_big(y).unwrap_or_default();
                let swapped = matches!(a, Value::Float(_));
                if swapped {
                    // a is float, b int: flip the operator.
                    let flipped = match op {
                        CmpOp::Lt => CmpOp::Gt,
                        CmpOp::LtE => CmpOp::GtE,
                        CmpOp::Gt => CmpOp::Lt,
                        CmpOp::GtE => CmpOp::LtE,
                        o => o,
                    };
                    cmp_int_float(flipped, &big, *x)
                } else {
                    cmp_int_float(op, &big, *x)
                }
            }
            _ => {
                let x = int::to_big(a).unwrap_or_default();
                let y = int::to_big(b).unwrap_or_default();
                cmp_ord(op, &x, &y)
            }
        }
    }

    /// Lists may change while their elements are compared (user `__eq__`):
    /// like CPython, re-read each pair and the lengths at every step
    /// instead of copying both lists.
    fn compare_lists(
        &mut self,
        op: CmpOp,
        x: &crate::objects::ListObj,
        y: &crate::objects::ListObj,
    ) -> PyResult<Value> {
        if matches!(op, CmpOp::Eq | CmpOp::NotEq)
            && x.items.borrow().len() != y.items.borrow().len()
        {
            return Ok(Value::Bool(op == CmpOp::NotEq));
        }
        self.enter_native(" in comparison")?;
        let mut i = 0;
        let r = loop {
            let pair = {
                let (xs, ys) = (x.items.borrow(), y.items.borrow());
                match (xs.get(i), ys.get(i)) {
                    (Some(p), Some(q)) => Some((p.clone(), q.clone())),
                    _ => None,
                }
            };
            let Some((p, q)) = pair else {
                let (nx, ny) = (x.items.borrow().len(), y.items.borrow().len());
                break Ok(Value::Bool(cmp_ord(op, &nx, &ny)));
            };
            match self.eq(&p, &q) {
                Ok(true) => i += 1,
                Ok(false) => {
                    break match op {
                        CmpOp::Eq => Ok(Value::Bool(false)),
                        CmpOp::NotEq => Ok(Value::Bool(true)),
                        _ => self.compare(op, &p, &q),
                    }
                }
                Err(e) => break Err(e),
            }
        };
        self.leave_native();
        r
    }

    fn compare_seq(&mut self, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<Value> {
        self.enter_native(" in comparison")?;
        let r = self.compare_seq_inner(op, x, y);
        self.leave_native();
        r
    }

    fn compare_seq_inner(&mut self, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<Value> {
        for (p, q) in x.iter().zip(y.iter()) {
            if !self.eq(p, q)? {
                if op == CmpOp::Eq {
                    return Ok(Value::Bool(false));
                }
                if op == CmpOp::NotEq {
                    return Ok(Value::Bool(true));
                }
                return self.compare(op, p, q);
            }
        }
        Ok(Value::Bool(cmp_ord(op, &x.len(), &y.len())))
    }

    fn compare_slow(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (name, reflected) = cmp_dunders(op);
        let ca = self.class_of(a);
        let cb = self.class_of(b);
        let b_first =
            !Rc::ptr_eq(&ca, &cb) && cb.is_subclass(&ca) && cb.lookup(reflected).is_some();
        let ni = self.interp.not_implemented.clone();
        if b_first {
            if let Some(f) = cb.lookup(reflected) {
                let r = self.call(&f, vec![b.clone(), a.clone()], vec![])?;
                if !r.is(&ni) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = self.user_method(a, &ca, name) {
            let r = self.call(&f, vec![a.clone(), b.clone()], vec![])?;
            if !r.is(&ni) {
                return Ok(r);
            }
        }
        if !b_first {
            if let Some(f) = self.user_method(b, &cb, reflected) {
                let r = self.call(&f, vec![b.clone(), a.clone()], vec![])?;
                if !r.is(&ni) {
                    return Ok(r);
                }
            }
        }
        // Built-in payloads of subclasses of builtins.
        let pa = payload_of(a);
        let pb = payload_of(b);
        if pa.is_some() || pb.is_some() {
            let a2 = pa.unwrap_or_else(|| a.clone());
            let b2 = pb.unwrap_or_else(|| b.clone());
            return self.compare(op, &a2, &b2);
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(self.builtin_eq(a, b)?)),
            CmpOp::NotEq => {
                // Default __ne__ inverts __eq__.
                if let Some(f) = self.user_method(a, &ca, "__eq__") {
                    let r = self.call(&f, vec![a.clone(), b.clone()], vec![])?;
                    if !r.is(&ni) {
                        return Ok(Value::Bool(!self.truthy(&r)?));
                    }
                }
                Ok(Value::Bool(!self.builtin_eq(a, b)?))
            }
            _ => {
                if let (Value::Set(x), Value::Set(y)) = (a, b) {
                    return self.compare_sets(op, x, y);
                }
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    cmpop_symbol(op),
                    ca.name(),
                    cb.name()
                )))
            }
        }
    }

    /// A dunder defined by a user class (not the built-in defaults).
    fn user_method(
        &self,
        _v: &Value,
        class: &Rc<crate::objects::Class>,
        name: &str,
    ) -> Option<Value> {
        if !class.is_heap {
            // Native objects and dict views define their operators as methods.
            if matches!(
                class.kind,
                crate::objects::BuiltinKind::Native | crate::objects::BuiltinKind::DictView
            ) {
                return class.lookup(name);
            }
            return None;
        }
        class.lookup(name)
    }

    /// Equality of built-in containers and everything else by identity.
    fn builtin_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Dict(x), Value::Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                let items = x.table.borrow().items();
                for (k, v) in items {
                    match self.dict_get(y, &k)? {
                        Some(w) => {
                            if !self.eq(&v, &w)? {
                                return Ok(false);
                            }
                        }
                        None => return Ok(false),
                    }
                }
                Ok(true)
            }
            (Value::Set(x), Value::Set(y)) => {
                let r = self.compare_sets(CmpOp::Eq, x, y)?;
                Ok(matches!(r, Value::Bool(true)))
            }
            (Value::Obj(x), Value::Obj(y)) => match (&**x, &**y) {
                (Object::Range(p), Object::Range(q)) => {
                    let (lp, lq) = (p.len(), q.len());
                    Ok(lp == lq
                        && (lp == 0 || (p.start == q.start && (lp == 1 || p.step == q.step))))
                }
                (Object::Bytes(p), Object::Bytes(q)) => Ok(p == q),
                (Object::Slice(p), Object::Slice(q)) => Ok(self.eq(&p.start, &q.start)?
                    && self.eq(&p.stop, &q.stop)?
                    && self.eq(&p.step, &q.step)?),
                _ => Ok(a.is(b)),
            },
            (Value::Method(x), Value::Method(y)) => Ok(x.self_.is(&y.self_) && x.func.is(&y.func)),
            _ => Ok(a.is(b)),
        }
    }

    fn compare_sets(&mut self, op: CmpOp, x: &Rc<SetObj>, y: &Rc<SetObj>) -> PyResult<Value> {
        let xs = x.table.borrow().keys();
        let ys = y.table.borrow().keys();
        let x_in_y = |vm: &mut Vm| -> PyResult<bool> {
            for k in &xs {
                if !vm.set_contains(y, k)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        let (lx, ly) = (xs.len(), ys.len());
        let r = match op {
            CmpOp::Eq => lx == ly && x_in_y(self)?,
            CmpOp::NotEq => !(lx == ly && x_in_y(self)?),
            CmpOp::LtE => lx <= ly && x_in_y(self)?,
            CmpOp::Lt => lx < ly && x_in_y(self)?,
            CmpOp::GtE | CmpOp::Gt => {
                let flipped = if op == CmpOp::GtE {
                    CmpOp::LtE
                } else {
                    CmpOp::Lt
                };
                return self.compare_sets(flipped, y, x);
            }
            _ => false,
        };
        Ok(Value::Bool(r))
    }

    // ---- arithmetic ----

    pub fn binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = self.binary_builtin(op, a, b)? {
            return Ok(r);
        }
        self.binary_slow(op, a, b, false)
    }

    /// `a op= b`: `__iop__` first, then the binary operator.
    pub fn inplace(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        match (op, a) {
            (BinOp::Add, Value::List(l)) => {
                let items = self.iterate(b)?;
                l.items.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            (BinOp::Mul, Value::List(l)) => {
                let n = match b {
                    Value::Int(n) => *n,
                    Value::Bool(x) => *x as i64,
                    _ => return self.binary(op, a, b),
                };
                let items = l.items.borrow().clone();
                let mut out = Vec::new();
                for _ in 0..n.max(0) {
                    out.extend(items.iter().cloned());
                }
                *l.items.borrow_mut() = out;
                return Ok(a.clone());
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(s))
                if !s.frozen =>
            {
                if let Value::Set(_) = b {
                    let r = self.binary(op, a, b)?;
                    if let Value::Set(rs) = &r {
                        let t = rs.table.borrow().clone();
                        *s.table.borrow_mut() = t;
                    }
                    return Ok(a.clone());
                }
            }
            (BinOp::BitOr, Value::Dict(d)) => {
                if let Value::Dict(_) = b {
                    self.dict_update(d, b)?;
                    return Ok(a.clone());
                }
            }
            _ if may_define_inplace(a) => {
                let class = self.class_of(a);
                let (_, _, iname) = binop_dunders(op);
                if let Some(f) = class.lookup(iname) {
                    let r = self.call(&f, vec![a.clone(), b.clone()], vec![])?;
                    if !r.is(&self.interp.not_implemented) {
                        return Ok(r);
                    }
                }
            }
            _ => {}
        }
        if let Some(r) = self.binary_builtin(op, a, b)? {
            return Ok(r);
        }
        self.binary_slow(op, a, b, true)
    }

    fn binary_slow(&mut self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
        let (name, rname, _) = binop_dunders(op);
        let ca = self.class_of(a);
        let cb = self.class_of(b);
        let ni = self.interp.not_implemented.clone();
        let same = Rc::ptr_eq(&ca, &cb);
        let b_first = !same && cb.is_subclass(&ca) && self.user_method(b, &cb, rname).is_some();
        if b_first {
            if let Some(f) = self.user_method(b, &cb, rname) {
                let r = self.call(&f, vec![b.clone(), a.clone()], vec![])?;
                if !r.is(&ni) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = self.user_method(a, &ca, name) {
            let r = self.call(&f, vec![a.clone(), b.clone()], vec![])?;
            if !r.is(&ni) {
                return Ok(r);
            }
        }
        if !same && !b_first {
            if let Some(f) = self.user_method(b, &cb, rname) {
                let r = self.call(&f, vec![b.clone(), a.clone()], vec![])?;
                if !r.is(&ni) {
                    return Ok(r);
                }
            }
        }
        let pa = payload_of(a);
        let pb = payload_of(b);
        if pa.is_some() || pb.is_some() {
            let a2 = pa.unwrap_or_else(|| a.clone());
            let b2 = pb.unwrap_or_else(|| b.clone());
            if let Some(r) = self.binary_builtin(op, &a2, &b2)? {
                return Ok(r);
            }
        }
        Err(self.binop_type_error(op, a, b, inplace))
    }

    #[cold]
    fn binop_type_error(&self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> Value {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if op == BinOp::Add && !inplace {
            if let Value::Str(_) = a {
                return self
                    .type_error(format!("can only concatenate str (not \"{}\") to str", tb));
            }
            if let Value::List(_) = a {
                return self.type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    tb
                ));
            }
            if let Value::Tuple(_) = a {
                return self.type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    tb
                ));
            }
        }
        if op == BinOp::Add && inplace {
            if let Value::Str(_) = a {
                return self
                    .type_error(format!("can only concatenate str (not \"{}\") to str", tb));
            }
            if let Value::Tuple(_) = a {
                return self.type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    tb
                ));
            }
        }
        if op == BinOp::Mul
            && (matches!(a, Value::Str(_) | Value::List(_) | Value::Tuple(_))
                || matches!(b, Value::Str(_) | Value::List(_) | Value::Tuple(_)))
        {
            let other = if matches!(a, Value::Str(_) | Value::List(_) | Value::Tuple(_)) {
                &tb
            } else {
                &ta
            };
            if !matches!(other.as_str(), "str" | "list" | "tuple")
                || (matches!(a, Value::Str(_) | Value::List(_) | Value::Tuple(_))
                    && matches!(b, Value::Str(_) | Value::List(_) | Value::Tuple(_)))
            {
                return self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    other
                ));
            }
        }
        let sym = if op == BinOp::Pow && !inplace {
            "** or pow()".to_string()
        } else {
            binop_symbol(op, inplace)
        };
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym, ta, tb
        ))
    }

    /// Arithmetic on built-in values; `None` if the types don't apply.
    pub fn binary_builtin(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        use Value::*;
        // Small ints first: the hot path.
        if let (Int(x), Int(y)) = (a, b) {
            return self.int_op(op, *x, *y).map(Some);
        }
        if let (Float(x), Float(y)) = (a, b) {
            return self.float_op(op, *x, *y);
        }
        if let Some(x) = crate::modules::bytes_methods::bytes_of(a) {
            if op == BinOp::Add {
                if let Some(y) = crate::modules::bytes_methods::bytes_of(b) {
                    let mut v = x.to_vec();
                    v.extend_from_slice(y);
                    return Ok(Some(crate::modules::bytes_methods::bytes_value(v)));
                }
            }
            if op == BinOp::Mul && is_intlike(b) {
                let n = self.repeat_count(b)?;
                return Ok(Some(crate::modules::bytes_methods::bytes_value(
                    x.repeat(n),
                )));
            }
        }
        if is_number(a) && is_number(b) {
            if matches!(a, Float(_)) || matches!(b, Float(_)) {
                let x = match float_of(a) {
                    Some(x) => x,
                    Option::None => {
                        return Err(self.overflow_error("int too large to convert to float"))
                    }
                };
                let y = match float_of(b) {
                    Some(y) => y,
                    Option::None => {
                        return Err(self.overflow_error("int too large to convert to float"))
                    }
                };
                return self.float_op(op, x, y);
            }
            let x = int::to_big(a).unwrap_or_default();
            let y = int::to_big(b).unwrap_or_default();
            if let (Bool(p), Bool(q)) = (a, b) {
                match op {
                    BinOp::BitAnd => return Ok(Some(Bool(*p & *q))),
                    BinOp::BitOr => return Ok(Some(Bool(*p | *q))),
                    BinOp::BitXor => return Ok(Some(Bool(*p ^ *q))),
                    _ => {}
                }
            }
            if let (Some(p), Some(q)) = (x.to_i64(), y.to_i64()) {
                return self.int_op(op, p, q).map(Some);
            }
            return self.big_op(op, &x, &y).map(Some);
        }
        match (op, a, b) {
            (BinOp::Add, Str(x), Str(y)) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Ok(Some(Value::string(s)))
            }
            (BinOp::Mod, Str(x), _) => {
                let s = self.percent_format(x.as_str(), b)?;
                Ok(Some(Value::string(s)))
            }
            (BinOp::Mul, Str(x), n) | (BinOp::Mul, n, Str(x)) if is_intlike(n) => {
                let n = self.repeat_count(n)?;
                Ok(Some(Value::string(x.as_str().repeat(n))))
            }
            (BinOp::Add, List(x), List(y)) => {
                let mut v = x.items.borrow().clone();
                v.extend(y.items.borrow().iter().cloned());
                Ok(Some(Value::list(v)))
            }
            (BinOp::Mul, List(x), n) | (BinOp::Mul, n, List(x)) if is_intlike(n) => {
                let n = self.repeat_count(n)?;
                let items = x.items.borrow();
                let mut v = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                Ok(Some(Value::list(v)))
            }
            (BinOp::Add, Tuple(x), Tuple(y)) => {
                let mut v = x.items.to_vec();
                v.extend(y.items.iter().cloned());
                Ok(Some(Value::tuple(v)))
            }
            (BinOp::Mul, Tuple(x), n) | (BinOp::Mul, n, Tuple(x)) if is_intlike(n) => {
                let n = self.repeat_count(n)?;
                let mut v = Vec::with_capacity(x.items.len() * n);
                for _ in 0..n {
                    v.extend(x.items.iter().cloned());
                }
                Ok(Some(Value::tuple(v)))
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Set(x), Set(y)) => {
                self.set_op(op, x, y).map(Some)
            }
            (BinOp::BitOr, Dict(x), Dict(_)) => {
                let d = Rc::new(crate::objects::DictObj::from_dict(x.table.borrow().clone()));
                self.dict_update(&d, b)?;
                Ok(Some(Value::Dict(d)))
            }
            _ => Ok(Option::None),
        }
    }

    fn repeat_count(&self, n: &Value) -> PyResult<usize> {
        match n {
            Value::Int(i) => Ok((*i).max(0) as usize),
            Value::Bool(b) => Ok(*b as usize),
            _ => Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
        }
    }

    #[inline]
    pub fn int_op(&mut self, op: BinOp, x: i64, y: i64) -> PyResult<Value> {
        Ok(match op {
            BinOp::Add => int::add(x, y),
            BinOp::Sub => int::sub(x, y),
            BinOp::Mul => int::mul(x, y),
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                int::floordiv(x, y)
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                int::modulo(x, y)
            }
            BinOp::Div => {
                if y == 0 {
                    return Err(self.zero_division("division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    Value::Float(x as f64 / y as f64)
                } else {
                    match numfmt::int_true_div(&BigInt::from(x), &BigInt::from(y)) {
                        Ok(f) => Value::Float(f),
                        Err(m) => return Err(self.overflow_error(m)),
                    }
                }
            }
            BinOp::Pow => {
                if y < 0 {
                    if x == 0 {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    Value::Float((x as f64).powf(y as f64))
                } else {
                    int::pow(&BigInt::from(x), y as u64)
                }
            }
            BinOp::LShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if x == 0 {
                    Value::Int(0)
                } else {
                    int::lshift(&BigInt::from(x), y as u64)
                }
            }
            BinOp::RShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Value::Int(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                })
            }
            BinOp::BitAnd => Value::Int(x & y),
            BinOp::BitOr => Value::Int(x | y),
            BinOp::BitXor => Value::Int(x ^ y),
            BinOp::MatMul => {
                return Err(self.binop_type_error(op, &Value::Int(x), &Value::Int(y), false))
            }
        })
    }

    fn big_op(&mut self, op: BinOp, x: &BigInt, y: &BigInt) -> PyResult<Value> {
        Ok(match op {
            BinOp::Add => int::normalize(x + y),
            BinOp::Sub => int::normalize(x - y),
            BinOp::Mul => int::normalize(x * y),
            BinOp::FloorDiv | BinOp::Mod => {
                if y.is_zero() {
                    return Err(self.zero_division(if op == BinOp::Mod {
                        "integer modulo by zero"
                    } else {
                        "integer division or modulo by zero"
                    }));
                }
                if op == BinOp::FloorDiv {
                    int::big_floordiv(x, y)
                } else {
                    int::big_mod(x, y)
                }
            }
            BinOp::Div => {
                if y.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                match numfmt::int_true_div(x, y) {
                    Ok(f) => Value::Float(f),
                    Err(m) => return Err(self.overflow_error(m)),
                }
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let (fx, fy) = (numfmt::int_to_float(x), numfmt::int_to_float(y));
                    match (fx, fy) {
                        (Ok(a), Ok(b)) => Value::Float(a.powf(b)),
                        _ => return Err(self.overflow_error("int too large to convert to float")),
                    }
                } else {
                    match y.to_u64() {
                        Some(e) if e < 10_000_000 || x.abs() <= BigInt::from(1) => int::pow(x, e),
                        _ => return Err(self.new_exception(&self.types().memory_error, "")),
                    }
                }
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                match y.to_u64() {
                    Some(n) if n < (1 << 32) => int::lshift(x, n),
                    _ => return Err(self.overflow_error("too many digits in integer")),
                }
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                int::rshift(x, y.to_u64().unwrap_or(u64::MAX))
            }
            BinOp::BitAnd => int::normalize(x & y),
            BinOp::BitOr => int::normalize(x | y),
            BinOp::BitXor => int::normalize(x ^ y),
            BinOp::MatMul => {
                return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'"))
            }
        })
    }

    fn float_op(&mut self, op: BinOp, x: f64, y: f64) -> PyResult<Option<Value>> {
        Ok(Some(Value::Float(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::Div => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                numfmt::float_floordiv(x, y)
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                numfmt::float_mod(x, y)
            }
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                }
                if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                    return Err(self.value_error("math domain error"));
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(self.overflow_error("(34, 'Numerical result out of range')"));
                }
                r
            }
            _ => return Ok(None),
        })))
    }

    fn set_op(&mut self, op: BinOp, x: &Rc<SetObj>, y: &Rc<SetObj>) -> PyResult<Value> {
        let frozen = x.frozen;
        let result = match op {
            BinOp::BitOr => {
                let mut t = SetTable::new();
                t.merge(&x.table.borrow());
                let other = y.table.borrow().clone();
                let r = Rc::new(SetObj::new(t, frozen));
                for k in other.keys() {
                    self.set_add(&r, k)?;
                }
                return Ok(Value::Set(r));
            }
            BinOp::BitAnd => {
                let (small, big) = if x.len() <= y.len() { (x, y) } else { (y, x) };
                let r = Rc::new(SetObj::new(SetTable::new(), frozen));
                let keys = small.table.borrow().keys();
                for k in keys {
                    if self.set_contains(big, &k)? {
                        self.set_add(&r, k)?;
                    }
                }
                r
            }
            BinOp::Sub => {
                let r = Rc::new(SetObj::new(SetTable::new(), frozen));
                let keys = x.table.borrow().keys();
                for k in keys {
                    if !self.set_contains(y, &k)? {
                        self.set_add(&r, k)?;
                    }
                }
                r
            }
            _ => {
                let r = Rc::new(SetObj::new(SetTable::new(), frozen));
                let keys = x.table.borrow().keys();
                for k in keys {
                    if !self.set_contains(y, &k)? {
                        self.set_add(&r, k)?;
                    }
                }
                let keys = y.table.borrow().keys();
                for k in keys {
                    if !self.set_contains(x, &k)? {
                        self.set_add(&r, k)?;
                    }
                }
                r
            }
        };
        Ok(Value::Set(result))
    }

    pub fn unary_neg(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::Int(i) => match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => int::normalize(-BigInt::from(*i)),
            },
            Value::Bool(b) => Value::Int(-(*b as i64)),
            Value::Float(f) => Value::Float(-f),
            Value::Big(b) => int::normalize(-(**b).clone()),
            _ => return self.unary_dunder(v, "__neg__", "-"),
        })
    }

    pub fn unary_pos(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::Int(_) | Value::Float(_) | Value::Big(_) => v.clone(),
            Value::Bool(b) => Value::Int(*b as i64),
            _ => return self.unary_dunder(v, "__pos__", "+"),
        })
    }

    pub fn unary_invert(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::Int(i) => Value::Int(!i),
            Value::Bool(b) => Value::Int(!(*b as i64)),
            Value::Big(b) => int::normalize(-(**b).clone() - 1),
            _ => return self.unary_dunder(v, "__invert__", "~"),
        })
    }

    fn unary_dunder(&mut self, v: &Value, name: &str, sym: &str) -> PyResult<Value> {
        let class = self.class_of(v);
        if let Some(f) = self.user_method(v, &class, name) {
            return self.call(&f, vec![v.clone()], vec![]);
        }
        if let Some(p) = payload_of(v) {
            return match name {
                "__neg__" => self.unary_neg(&p),
                "__pos__" => self.unary_pos(&p),
                _ => self.unary_invert(&p),
            };
        }
        Err(self.type_error(format!(
            "bad operand type for unary {}: '{}'",
            sym,
            class.name()
        )))
    }

    // ---- containers ----

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => {
                // An instance of a str subclass is looked for as its text.
                let sub = match item {
                    Value::Str(sub) => sub.clone(),
                    _ => match payload_of(item) {
                        Some(Value::Str(sub)) => sub,
                        _ => {
                            return Err(self.type_error(format!(
                                "'in <string>' requires string as left operand, not {}",
                                self.type_name(item)
                            )))
                        }
                    },
                };
                Ok(crate::objects::strlib::contains(s.as_str(), sub.as_str()))
            }
            Value::List(l) => {
                let mut i = 0;
                loop {
                    let x = match l.items.borrow().get(i) {
                        Some(x) => x.clone(),
                        None => return Ok(false),
                    };
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Value::Tuple(t) => {
                for x in t.items.iter() {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => Ok(self.dict_get(d, item)?.is_some()),
            Value::Set(s) => self.set_contains(s, item),
            Value::Obj(o) => match &**o {
                Object::Range(crate::objects::RangeObj { big: Some(b), .. }) => {
                    let Some(n) = crate::objects::int::to_big(item) else {
                        return Ok(false);
                    };
                    let [start, stop, step] = &**b;
                    let inside = if step.is_positive() {
                        &n >= start && &n < stop
                    } else {
                        &n <= start && &n > stop
                    };
                    Ok(inside && num_integer::Integer::mod_floor(&(n - start), step).is_zero())
                }
                Object::Range(r) => {
                    let n = match item {
                        Value::Int(n) => *n,
                        Value::Bool(b) => *b as i64,
                        Value::Float(f) if f.fract() == 0.0 => *f as i64,
                        _ => return Ok(false),
                    };
                    let ok = if r.step > 0 {
                        n >= r.start && n < r.stop
                    } else {
                        n <= r.start && n > r.stop
                    };
                    Ok(ok && (n - r.start) % r.step == 0)
                }
                Object::DictView(kind, d) => match kind {
                    crate::objects::DictViewKind::Keys => Ok(self.dict_get(d, item)?.is_some()),
                    _ => {
                        let items = self.iterate(container)?;
                        for x in items {
                            if self.eq(&x, item)? {
                                return Ok(true);
                            }
                        }
                        Ok(false)
                    }
                },
                _ => self.contains_generic(container, item),
            },
            _ => self.contains_generic(container, item),
        }
    }

    fn contains_generic(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let class = self.class_of(container);
        if let Some(f) = class.lookup("__contains__") {
            let r = self.call(&f, vec![container.clone(), item.clone()], vec![])?;
            return self.truthy(&r);
        }
        if let Some(p) = payload_of(container) {
            return self.contains(&p, item);
        }
        if class.lookup("__iter__").is_none() && class.lookup("__getitem__").is_none() {
            return Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                class.name()
            )));
        }
        let it = self.get_iter(container)?;
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::List(l) => l.items.borrow().len(),
            Value::Tuple(t) => t.items.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) => s.len(),
            Value::Obj(o)
                if matches!(
                    &**o,
                    Object::Range(_) | Object::Bytes(_) | Object::DictView(..)
                ) =>
            {
                match &**o {
                    Object::Range(r) if r.big.is_some() => return Err(self.big_range()),
                    Object::Range(r) => r.len() as usize,
                    Object::Bytes(b) => b.len(),
                    Object::DictView(_, d) => d.len(),
                    _ => 0,
                }
            }
            _ => {
                let class = self.class_of(v);
                if let Some(f) = class.lookup("__len__") {
                    let r = self.call(&f, vec![v.clone()], vec![])?;
                    let n = match r {
                        Value::Int(n) => n,
                        Value::Bool(b) => b as i64,
                        _ => {
                            return Err(self.type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                self.type_name(&r)
                            )))
                        }
                    };
                    if n < 0 {
                        return Err(self.value_error("__len__() should return >= 0"));
                    }
                    return Ok(n as usize);
                }
                if let Some(p) = payload_of(v) {
                    return self.len(&p);
                }
                return Err(
                    self.type_error(format!("object of type '{}' has no len()", class.name()))
                );
            }
        })
    }

    /// An int index from a value (`__index__`).
    pub fn index_of(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::Big(_) => Err(self.new_exception(
                &self.types().index_error,
                "cannot fit 'int' into an index-sized integer",
            )),
            Value::Instance(i) => {
                let class = i.class();
                if let Some(f) = class.lookup("__index__") {
                    let r = self.call(&f, vec![v.clone()], vec![])?;
                    return self.index_of(&r);
                }
                let p = i.payload.borrow().clone();
                if matches!(p, Value::Int(_) | Value::Bool(_)) {
                    return self.index_of(&p);
                }
                Err(self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    class.name()
                )))
            }
            _ => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }
}

/// Values whose class may define `__iop__`: instances of user classes, and
/// native objects (a deque's `+=`).
fn may_define_inplace(v: &Value) -> bool {
    match v {
        Value::Instance(_) => true,
        Value::Obj(o) => matches!(&**o, Object::Native(_)),
        _ => false,
    }
}

impl Vm {
    /// The error of an operation that needs the length of a range whose
    /// bounds do not fit in an i64.
    #[cold]
    pub fn big_range(&self) -> Value {
        self.overflow_error("Python int too large to convert to C ssize_t")
    }
}

/// The built-in value inside an instance of a subclass of a built-in type.
pub fn payload_of(v: &Value) -> Option<Value> {
    if let Value::Instance(i) = v {
        let p = i.payload.borrow();
        if !p.is_null() {
            return Some(p.clone());
        }
    }
    None
}

/// `repr(str)`: Python's quoting and escapes (CPython's printable table).
pub fn repr_str(s: &str) -> String {
    crate::objects::strlib::str_repr(s)
}

/// `repr(bytes)`.
pub fn repr_bytes(b: &[u8]) -> String {
    crate::objects::strlib::bytes_repr(b)
}
