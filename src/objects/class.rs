//! Classes and their instances: built-in types and user classes share one
//! `Class` struct; `BuiltinKind` says which built-in payload an instance of
//! a (possibly derived) class carries.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use super::{DictObj, Value};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BuiltinKind {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Generator,
    Cell,
    Code,
    Iterator,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    DictView,
    NotImplemented,
    Ellipsis,
    BaseException,
    /// Native objects (locks, deques …): instances are `Object::Native`.
    Native,
}

impl BuiltinKind {
    /// Kinds whose user subclasses keep a built-in value in `Instance::payload`.
    pub fn has_payload(self) -> bool {
        matches!(
            self,
            BuiltinKind::Int
                | BuiltinKind::Float
                | BuiltinKind::Str
                | BuiltinKind::Tuple
                | BuiltinKind::List
                | BuiltinKind::Dict
                | BuiltinKind::Set
                | BuiltinKind::FrozenSet
        )
    }
}

pub struct Class {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<Rc<Class>>>,
    /// The method resolution order after this class itself (C3).
    pub mro: RefCell<Vec<Rc<Class>>>,
    pub dict: DictObj,
    /// The built-in layout instances have (inherited from the nearest built-in base).
    pub kind: BuiltinKind,
    /// True for classes written in gilt (their attributes may be set).
    pub is_heap: bool,
    /// Recent `lookup_v` results (see `TYPE_VERSION`).
    cache: RefCell<Option<Box<[CacheEntry; CACHE_SIZE]>>>,
    /// The type version at which this class was last found to have plain
    /// attributes: no property along the MRO and object's `__setattr__`,
    /// so an instance attribute is exactly the entry in the instance dict.
    pub plain_attrs: std::cell::Cell<u64>,
}

/// Bumped whenever a class attribute is set or deleted after creation:
/// every cached lookup of an older version is stale. (Classes change
/// rarely once built, so one global version is enough.)
static TYPE_VERSION: AtomicU64 = AtomicU64::new(1);

/// Invalidates every class's lookup cache.
pub fn invalidate_type_cache() {
    TYPE_VERSION.fetch_add(1, Ordering::Relaxed);
}

/// The current type version (see `TYPE_VERSION`).
#[inline]
pub fn type_version() -> u64 {
    TYPE_VERSION.load(Ordering::Relaxed)
}

const CACHE_SIZE: usize = 32;

#[derive(Default, Clone)]
struct CacheEntry {
    version: u64,
    name: Option<Rc<super::StrObj>>,
    value: Option<Value>,
}

impl Class {
    pub fn new(name: &str, bases: Vec<Rc<Class>>, kind: BuiltinKind, is_heap: bool) -> Class {
        // A new class may sit where a freed one was: caches keyed on a
        // class's address must not carry over.
        invalidate_type_cache();
        Class {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(bases),
            mro: RefCell::new(Vec::new()),
            dict: DictObj::new(),
            kind,
            is_heap,
            cache: RefCell::new(None),
            plain_attrs: std::cell::Cell::new(0),
        }
    }

    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }

    /// Looks `name` up along the MRO.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        for c in self.mro.borrow().iter() {
            if let Some(v) = c.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// `lookup` by a str value whose hash is cached (attribute names are
    /// interned, so this is the fast path of attribute access).
    #[inline]
    pub fn lookup_v(&self, name: &Value) -> Option<Value> {
        let Value::Str(s) = name else { return None };
        let version = TYPE_VERSION.load(Ordering::Relaxed);
        let slot = (s.hash() as usize) % CACHE_SIZE;
        if let Some(t) = self.cache.borrow().as_ref() {
            let e = &t[slot];
            if e.version == version && e.name.as_ref().is_some_and(|n| Rc::ptr_eq(n, s)) {
                return e.value.clone();
            }
        }
        let found = self.lookup_uncached(name);
        let mut cache = self.cache.borrow_mut();
        let t =
            cache.get_or_insert_with(|| Box::new(std::array::from_fn(|_| CacheEntry::default())));
        t[slot] = CacheEntry {
            version,
            name: Some(s.clone()),
            value: found.clone(),
        };
        found
    }

    fn lookup_uncached(&self, name: &Value) -> Option<Value> {
        if let Some(v) = self.dict.get_v(name) {
            return Some(v);
        }
        for c in self.mro.borrow().iter() {
            if let Some(v) = c.dict.get_v(name) {
                return Some(v);
            }
        }
        None
    }

    /// Like `lookup`, also returning the class where it was found.
    pub fn lookup_with_owner(self: &Rc<Class>, name: &str) -> Option<(Value, Rc<Class>)> {
        if let Some(v) = self.dict.get_str(name) {
            return Some((v, self.clone()));
        }
        for c in self.mro.borrow().iter() {
            if let Some(v) = c.dict.get_str(name) {
                return Some((v, c.clone()));
            }
        }
        None
    }

    /// True if `self` is `other` or derives from it.
    pub fn is_subclass(&self, other: &Class) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        self.mro.borrow().iter().any(|c| std::ptr::eq(&**c, other))
    }

    /// The full MRO including this class.
    pub fn full_mro(self: &Rc<Class>) -> Vec<Rc<Class>> {
        let mut v = vec![self.clone()];
        v.extend(self.mro.borrow().iter().cloned());
        v
    }
}

/// C3 linearisation of `bases` (the MRO after the class itself), or `None`
/// if no consistent order exists.
pub fn c3_mro(bases: &[Rc<Class>]) -> Option<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.full_mro()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, cand)));
            if !in_tail {
                found = Some(cand.clone());
                break;
            }
        }
        let next = found?;
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

/// One line of a traceback: where a frame was when the exception passed.
#[derive(Clone)]
pub struct TracebackEntry {
    pub filename: Rc<str>,
    pub name: Rc<str>,
    pub line: u32,
}

pub struct Instance {
    pub class: RefCell<Rc<Class>>,
    /// The instance's attributes (shared with `__dict__` and `vars()`).
    pub dict: Rc<DictObj>,
    /// The built-in value of an instance of a subclass of int, str, list …
    pub payload: RefCell<Value>,
    /// For exceptions: the frames it has passed through, innermost last.
    pub traceback: RefCell<Vec<TracebackEntry>>,
}

impl Instance {
    pub fn new(class: Rc<Class>) -> Instance {
        Instance {
            class: RefCell::new(class),
            dict: Rc::new(DictObj::new()),
            payload: RefCell::new(Value::Null),
            traceback: RefCell::new(Vec::new()),
        }
    }
    pub fn class(&self) -> Rc<Class> {
        self.class.borrow().clone()
    }
}
