//! Objects: one handle type (`Value`) and the structs behind it.
//!
//! Owned by the GIL holder: every struct here is touched only by the thread
//! that holds the GIL (see `gil::guard`), so none carries a lock.

pub mod class;
pub mod dict;
pub mod hash;
pub mod int;
pub mod numfmt;
pub mod set;
pub mod str;
pub mod strlib;
pub mod value;

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub use class::{BuiltinKind, Class, Instance};
pub use dict::{Dict, DictObj};
pub use set::{SetObj, SetTable};
pub use str::StrObj;
pub use value::Value;

use crate::bytecode::Code;
use crate::vm::{PyResult, Vm};

pub struct TupleObj {
    pub items: Box<[Value]>,
    /// -1 until computed (only for tuples of simple keys).
    pub hash: Cell<i64>,
}

impl TupleObj {
    pub fn new(items: Vec<Value>) -> TupleObj {
        TupleObj {
            items: items.into_boxed_slice(),
            hash: Cell::new(-1),
        }
    }
}

pub struct ListObj {
    pub items: RefCell<Vec<Value>>,
}

impl ListObj {
    pub fn new(items: Vec<Value>) -> ListObj {
        ListObj {
            items: RefCell::new(items),
        }
    }
}

/// A user-defined function: code plus what was captured at `def` time.
pub struct Function {
    pub code: Rc<Code>,
    pub globals: Rc<DictObj>,
    pub defaults: RefCell<Vec<Value>>,
    /// Keyword-only defaults by name.
    pub kwdefaults: RefCell<Vec<(Value, Value)>>,
    /// One cell per free variable of `code`.
    pub closure: Vec<Value>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub doc: RefCell<Value>,
    pub module: Value,
    /// `f.__dict__`, created on first attribute store.
    pub dict: RefCell<Option<Rc<DictObj>>>,
}

/// Positional and keyword arguments handed to a native function.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kw: &'a [(Value, Value)],
}

pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

/// A function written in Rust. With `self_` set it is bound (a method of a
/// built-in object, e.g. `"a b".split`).
pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    pub self_: Value,
    /// The class that defines it, for reprs and `__qualname__` ("" for plain functions).
    pub owner: &'static str,
}

pub struct BoundMethod {
    pub self_: Value,
    pub func: Value,
}

pub struct Module {
    pub name: String,
    pub dict: Rc<DictObj>,
}

pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

/// A slice object; bounds are arbitrary values (`None`, ints, or anything with `__index__`).
pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// Set when a bound does not fit in an i64: (start, stop, step). Such a
    /// range supports `in`, `repr`, truth and its attributes; operations
    /// that need a machine-sized length raise OverflowError.
    pub big: Option<Box<[num_bigint::BigInt; 3]>>,
}

impl RangeObj {
    pub fn len(&self) -> i64 {
        range_len(self.start, self.stop, self.step)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    let (lo, hi, st) = if step > 0 {
        (start as i128, stop as i128, step as i128)
    } else {
        (stop as i128, start as i128, -(step as i128))
    };
    if lo >= hi {
        0
    } else {
        ((hi - lo - 1) / st + 1) as i64
    }
}

/// Iteration state of the built-in iterators.
pub enum IterState {
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    Str {
        s: Rc<StrObj>,
        byte_pos: usize,
    },
    DictKeys {
        dict: Rc<DictObj>,
        pos: usize,
        len: usize,
    },
    DictValues {
        dict: Rc<DictObj>,
        pos: usize,
        len: usize,
    },
    DictItems {
        dict: Rc<DictObj>,
        pos: usize,
        len: usize,
    },
    Set {
        set: Rc<SetObj>,
        pos: usize,
        len: usize,
    },
    /// `__getitem__`-based iteration (`seq[0]`, `seq[1]`, … until IndexError).
    GetItem {
        obj: Value,
        index: i64,
    },
    Reversed {
        seq: Value,
        index: i64,
    },
    Enumerate {
        iter: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    Done,
}

pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// A built-in object defined outside this module (locks, deques, files …):
/// its class carries its methods, `data` its state.
pub struct NativeObj {
    pub class: Rc<Class>,
    pub data: Box<dyn Any>,
}

/// Everything without a `Value` variant of its own.
pub enum Object {
    Module(Module),
    Range(RangeObj),
    Slice(SliceObj),
    /// A closure cell.
    Cell(RefCell<Value>),
    Code(Rc<Code>),
    Generator(crate::vm::generator::Generator),
    Iter(RefCell<IterState>),
    Property(Property),
    StaticMethod(Value),
    ClassMethod(Value),
    Super {
        class: Rc<Class>,
        obj: Value,
    },
    DictView(DictViewKind, Rc<DictObj>),
    Bytes(Box<[u8]>),
    NotImplemented,
    Ellipsis,
    Native(NativeObj),
}

impl Value {
    pub fn cell(v: Value) -> Value {
        Value::obj(Object::Cell(RefCell::new(v)))
    }
    pub fn iter_obj(state: IterState) -> Value {
        Value::obj(Object::Iter(RefCell::new(state)))
    }
    pub fn as_obj(&self) -> Option<&Object> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }
}
