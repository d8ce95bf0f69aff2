//! Code objects: the compiler's output for one function, class body,
//! comprehension or module.

use std::rc::Rc;

use super::Op;
use crate::gil::guard::Instrs;
use crate::objects::Value;

pub const CO_VARARGS: u32 = 1;
pub const CO_VARKEYWORDS: u32 = 2;
pub const CO_GENERATOR: u32 = 4;
/// Names are resolved in a namespace dict (module or class body), not slots.
pub const CO_NAMESPACE: u32 = 8;

/// One entry of the exception table: an exception raised at a pc in
/// `[start, end)` truncates the frame's value stack to `depth` items,
/// pushes the exception and jumps to `handler`. Inner regions come first.
#[derive(Clone, Copy, Debug)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub depth: u32,
}

pub struct Code {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    /// The instructions and constants (`ops()`, `consts()`).
    pub body: Instrs,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    /// Interned str values for attribute, global and import names.
    pub names: Vec<Value>,
    /// Names of all local slots: parameters first, then locals, cells, frees.
    pub varnames: Vec<Rc<str>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub nlocals: u32,
    /// Slots holding cells created at entry (MakeCell is emitted for these).
    pub cellvars: Vec<u32>,
    /// Slots filled from the function's closure at entry, in closure order.
    pub freevars: Vec<u32>,
    pub exception_table: Vec<ExceptionEntry>,
    /// `argcount` if a call given exactly that many positional arguments
    /// needs nothing but a new frame (no `*args`/`**kwargs`, no
    /// keyword-only parameters, no closure, not a generator); otherwise
    /// `u32::MAX`. The eval loop's call fast path compares only this.
    pub plain_argc: u32,
    pub docstring: Value,
    /// Per name index: where `LoadGlobal` last found it (see `GlobalCache`).
    pub global_cache: Vec<std::cell::Cell<GlobalCache>>,
    /// Per name index: where `LoadAttr`/`StoreAttr` last found it in an
    /// instance's dict (see `AttrCache`).
    pub attr_cache: Vec<std::cell::Cell<AttrCache>>,
    /// Per name index: where `LoadMethod` last found it along an
    /// instance's class and MRO, or a native class's method (see
    /// `MethodCache`).
    pub method_cache: Vec<std::cell::Cell<MethodCache>>,
}

/// A method found at entry `index` of the dict of `class`'s MRO member
/// `depth` (0 is `class` itself), valid while the type version is
/// `version`: no class attribute has been set or deleted and no class made
/// since (a new class may reuse a freed one's address), so `class` has the
/// same MRO and the name resolves to the same entry. The entry's key is
/// checked as well.
#[derive(Clone, Copy, Default, Debug)]
pub struct MethodCache {
    pub version: u64,
    pub class: usize,
    pub depth: u32,
    pub index: u32,
    /// For a native class (`depth` and `index` unused): its method.
    pub native: Option<crate::objects::NativeFn>,
}

/// An instance attribute last found at entry `index` of an instance's
/// dict. A hint: the entry's key is checked on every use, and it is used
/// only for classes with plain attributes (`Class::plain_attrs`). It holds
/// across instances whose attributes were set in the same order.
#[derive(Clone, Copy, Default, Debug)]
pub struct AttrCache {
    pub index: u32,
}

/// A `LoadGlobal` result that stays valid while the dicts keep their
/// versions: the name is entry `index` of the globals (`builtin` false), or
/// absent from the globals and entry `index` of the builtins.
#[derive(Clone, Copy, Default, Debug)]
pub struct GlobalCache {
    pub globals_version: u64,
    pub builtins_version: u64,
    pub index: u32,
    pub builtin: bool,
}

impl Code {
    pub fn ops(&self) -> &[Op] {
        self.body.ops()
    }

    pub fn consts(&self) -> &[Value] {
        self.body.consts()
    }

    pub fn is_generator(&self) -> bool {
        self.flags & CO_GENERATOR != 0
    }

    /// The handler for an exception raised at `pc`, if any.
    pub fn handler_for(&self, pc: usize) -> Option<ExceptionEntry> {
        let pc = pc as u32;
        self.exception_table
            .iter()
            .find(|e| e.start <= pc && pc < e.end)
            .copied()
    }

    /// Total positional parameters (posonly included) plus keyword-only ones.
    pub fn total_args(&self) -> usize {
        (self.argcount + self.kwonlyargcount) as usize
    }
}
