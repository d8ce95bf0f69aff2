//! `Value`: the 16-byte handle every part of gilt passes around.
//!
//! Small ints, floats, bools and None are unboxed; everything else is a
//! non-atomic `Rc` to its object, one variant per common kind so that the
//! eval loop matches on the kind directly. `Null` never reaches user code:
//! it marks an unbound local slot and the "no self" half of a method call.

use std::rc::Rc;

use num_bigint::BigInt;

use super::{
    BoundMethod, Builtin, Class, DictObj, Function, Instance, ListObj, Object, SetObj, StrObj,
    TupleObj,
};

/// `repr(u64)`: every payload sits at offset 8 behind an 8-byte tag. With
/// the default layout `Bool`'s byte would sit at offset 1, and every copy of
/// a `Value` would shuffle the padding bytes through the stack (a store
/// forwarding stall on each clone in the eval loop).
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    /// An unbound local, or the empty half of a method-call pair.
    #[default]
    Null,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// A method of a native class found by `LoadMethod`, waiting on the
    /// operand stack for its `CallMethod` (never anywhere else): the fn
    /// pointer alone, so that calling `lock.acquire()` writes no reference
    /// count of the shared method object, whose cache line would otherwise
    /// move between cores at each GIL hand-off.
    NativeMethod(super::NativeFn),
    Str(Rc<StrObj>),
    /// An int outside the i64 range (never one that fits: see `int::normalize`).
    Big(Rc<BigInt>),
    Tuple(Rc<TupleObj>),
    List(Rc<ListObj>),
    Dict(Rc<DictObj>),
    Set(Rc<SetObj>),
    Function(Rc<Function>),
    Builtin(Rc<Builtin>),
    Method(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    /// Every other kind: modules, ranges, generators, cells, iterators …
    Obj(Rc<Object>),
}

const _: () = assert!(std::mem::size_of::<Value>() <= 16);

impl Clone for Value {
    /// Inlined everywhere: cloning is a tag test plus, for boxed values, a
    /// non-atomic increment, and the eval loop does it on every load.
    #[inline(always)]
    fn clone(&self) -> Value {
        crate::gil::guard::clone_value(self)
    }
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(StrObj::new(s.to_string())))
    }
    /// A str value for a piece of an ASCII str.
    pub fn ascii_str(s: &str) -> Value {
        Value::ascii_string(s.to_string())
    }
    /// A str value made from an ASCII str (its case changed, say).
    pub fn ascii_string(s: String) -> Value {
        Value::Str(Rc::new(StrObj::new_ascii(s)))
    }
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(StrObj::new(s)))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(TupleObj::new(items)))
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(ListObj::new(items)))
    }
    pub fn obj(o: Object) -> Value {
        Value::Obj(Rc::new(o))
    }
    pub fn from_bigint(n: BigInt) -> Value {
        super::int::normalize(n)
    }

    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity (`is`): same unboxed value, or same object.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of the boxed object, if any (used for `id` and `is`).
    pub fn ptr(&self) -> Option<usize> {
        Some(match self {
            Value::Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Big(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Set(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Method(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Obj(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return None,
        })
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}
