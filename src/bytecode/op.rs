//! The instruction set: one enum, one line per instruction with its stack
//! effect `(before -- after)`. Operands are slot, constant, name or jump
//! indices into the code object. The eval loop (`vm::eval`) is the only
//! interpreter of this table; `dis` prints it.

use crate::syntax::ast::{BinOp, CmpOp};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    /// Nop: ( -- )
    Nop,
    /// Pop: (a -- )
    Pop,
    /// Dup: (a -- a a)
    Dup,
    /// Dup2: (a b -- a b a b)
    Dup2,
    /// Swap(n): swap TOS with the item n-1 below it (Swap(2): a b -- b a)
    Swap(u32),
    /// Rot3: (a b c -- c a b)
    Rot3,

    /// LoadConst(k): ( -- consts[k])
    LoadConst(u32),
    /// LoadFast(s): ( -- locals[s]); UnboundLocalError if unset
    LoadFast(u32),
    /// StoreFast(s): (v -- ); locals[s] = v
    StoreFast(u32),
    /// DeleteFast(s): ( -- ); unbinds locals[s]
    DeleteFast(u32),
    /// LoadDeref(s): ( -- cell_in_slot_s.value)
    LoadDeref(u32),
    /// StoreDeref(s): (v -- ); cell_in_slot_s.value = v
    StoreDeref(u32),
    /// DeleteDeref(s): ( -- ); empties the cell in slot s
    DeleteDeref(u32),
    /// LoadCell(s): ( -- the cell object in slot s) (to build a closure)
    LoadCell(u32),
    /// LoadClassDeref(s): ( -- v); class body: class namespace by the slot's name, else the cell
    LoadClassDeref(u32),
    /// MakeCell(s): ( -- ); wraps locals[s] in a new cell (function entry)
    MakeCell(u32),
    /// LoadGlobal(n): ( -- globals[names[n]] or builtins[names[n]])
    LoadGlobal(u32),
    /// StoreGlobal(n): (v -- ); globals[names[n]] = v
    StoreGlobal(u32),
    /// DeleteGlobal(n): ( -- )
    DeleteGlobal(u32),
    /// LoadName(n): ( -- v); namespace, then globals, then builtins (class bodies)
    LoadName(u32),
    /// StoreName(n): (v -- ); namespace[names[n]] = v
    StoreName(u32),
    /// DeleteName(n): ( -- )
    DeleteName(u32),

    /// LoadAttr(n): (obj -- obj.names[n])
    LoadAttr(u32),
    /// StoreAttr(n): (v obj -- ); obj.names[n] = v
    StoreAttr(u32),
    /// DeleteAttr(n): (obj -- )
    DeleteAttr(u32),
    /// LoadMethod(n): (obj -- func self) for a plain method, else (obj -- bound Null)
    LoadMethod(u32),
    /// CallMethod(argc): (func self a1..an -- result); self may be Null
    CallMethod(u32),
    /// Call(argc): (f a1..an -- f(a1..an))
    Call(u32),
    /// CallKw(argc): (f a1..an names -- result); the last len(names) args are keywords
    CallKw(u32),
    /// CallEx(has_kw): (f args_tuple [kwargs_dict] -- result)
    CallEx(u32),

    /// Binary(op): (a b -- a op b)
    Binary(BinOp),
    /// Inplace(op): (a b -- a op= b), trying __iop__ first
    Inplace(BinOp),
    /// Compare(op): (a b -- a op b), including is / in
    Compare(CmpOp),
    /// UnaryNeg: (a -- -a)
    UnaryNeg,
    /// UnaryPos: (a -- +a)
    UnaryPos,
    /// UnaryInvert: (a -- ~a)
    UnaryInvert,
    /// UnaryNot: (a -- not a)
    UnaryNot,

    /// Subscr: (obj key -- obj[key])
    Subscr,
    /// StoreSubscr: (v obj key -- ); obj[key] = v
    StoreSubscr,
    /// DeleteSubscr: (obj key -- )
    DeleteSubscr,

    /// BuildTuple(n): (a1..an -- (a1..an))
    BuildTuple(u32),
    /// BuildList(n): (a1..an -- [a1..an])
    BuildList(u32),
    /// BuildSet(n): (a1..an -- {a1..an})
    BuildSet(u32),
    /// BuildMap(n): (k1 v1 .. kn vn -- {k1: v1 ..})
    BuildMap(u32),
    /// BuildSlice(n): (start stop [step] -- slice)
    BuildSlice(u32),
    /// BuildString(n): (s1..sn -- s1+..+sn) for f-strings
    BuildString(u32),
    /// FormatValue(flags): (v [spec] -- str); flags: 1=str 2=repr 3=ascii, 4=has spec
    FormatValue(u32),
    /// ListAppend(d): (.. list .. v -- .. list ..); list is d items below v
    ListAppend(u32),
    /// SetAdd(d): (.. set .. v -- .. set ..)
    SetAdd(u32),
    /// MapAdd(d): (.. dict .. k v -- .. dict ..)
    MapAdd(u32),
    /// ListExtend(d): (.. list .. iterable -- .. list ..)
    ListExtend(u32),
    /// SetUpdate(d): (.. set .. iterable -- .. set ..)
    SetUpdate(u32),
    /// DictUpdate(d): (.. dict .. mapping -- .. dict ..) for {**m}
    DictUpdate(u32),
    /// DictMerge(d): like DictUpdate but a repeated key is a TypeError (f(**a, **b))
    DictMerge(u32),
    /// ListToTuple: (list -- tuple)
    ListToTuple,
    /// UnpackSequence(n): (seq -- vn..v1), v1 on top
    UnpackSequence(u32),
    /// UnpackEx(before | after << 16): (seq -- after.. rest before..)
    UnpackEx(u32),

    /// GetIter: (obj -- iter(obj))
    GetIter,
    /// ForIter(target): (it -- it next) or pops it and jumps when exhausted
    ForIter(u32),
    /// Jump(target): ( -- )
    Jump(u32),
    /// PopJumpIfFalse(target): (v -- )
    PopJumpIfFalse(u32),
    /// PopJumpIfTrue(target): (v -- )
    PopJumpIfTrue(u32),
    /// JumpIfFalseOrPop(target): (v -- v) jumping if false, else (v -- )
    JumpIfFalseOrPop(u32),
    /// JumpIfTrueOrPop(target): (v -- v) jumping if true, else (v -- )
    JumpIfTrueOrPop(u32),

    /// Return: (v -- ) returns v from the frame
    Return,
    /// MakeFunction(flags): (code [defaults] [kwdefaults] [closure] -- func); 1=defaults 2=kwdefaults 4=closure
    MakeFunction(u32),
    /// LoadBuildClass: ( -- __build_class__)
    LoadBuildClass,

    /// Raise(n): n=0 re-raise the handled exception; (exc -- ) n=1; (exc cause -- ) n=2
    Raise(u32),
    /// Reraise: (exc -- ) raises exc again, keeping its traceback
    Reraise,
    /// PushExcInfo: (exc -- prev exc); exc becomes the handled exception
    PushExcInfo,
    /// PopExcept: (prev -- ); the handled exception becomes prev
    PopExcept,
    /// PopExceptReraise: (prev exc -- ); restores prev, re-raises exc
    PopExceptReraise,
    /// CheckExcMatch: (exc type -- exc bool)
    CheckExcMatch,
    /// LoadAssertionError: ( -- AssertionError)
    LoadAssertionError,
    /// BeforeWith: (mgr -- exit enter_result)
    BeforeWith,
    /// WithExceptStart: (exit prev exc -- exit prev exc result) calls exit(type, exc, tb)
    WithExceptStart,

    /// ImportName(n): ( -- module names[n]) (the top package for `import a.b`)
    ImportName(u32),
    /// ImportFrom(n): (module -- module module.names[n])
    ImportFrom(u32),
    /// ImportStar: (module -- ); copies public names into the namespace
    ImportStar,
    /// ImportModule(n): ( -- the module names[n] itself, for `import a.b as c`)
    ImportModule(u32),

    /// YieldValue: (v -- sent) suspends the generator, yielding v
    YieldValue,
    /// YieldFrom: (iter sent -- iter) re-executes until iter is exhausted, then (iter v -- result)
    YieldFrom,
    /// GetYieldFromIter: (obj -- iter)
    GetYieldFromIter,
    /// PrintExpr: (v -- ) the REPL's echo of an expression statement
    PrintExpr,

    // Fused groups (see `bytecode::fuse`). Each replaces the first
    // instruction of a common group and stands for that instruction; the
    // rest of the group stays in place after it. The eval loop runs the
    // whole group at once when it cannot raise (unboxed numbers, a list and
    // an in-range int index) and the turn has ticks left for every member,
    // and otherwise runs the first instruction alone, so a group behaves
    // exactly as its members do, to the GIL tick. `dis` shows the members.
    /// FastFast(a): LoadFast(a) LoadFast(b)
    FastFast(u32),
    /// FastConstArith(a): LoadFast(a) LoadConst(k) Binary|Inplace(op)
    FastConstArith(u32),
    /// FastConstArithStore(a): LoadFast(a) LoadConst(k) Binary|Inplace(op) StoreFast(s)
    FastConstArithStore(u32),
    /// FastFastArith(a): LoadFast(a) LoadFast(b) Binary|Inplace(op)
    FastFastArith(u32),
    /// FastConstCmpJump(a): LoadFast(a) LoadConst(k) Compare(op) PopJumpIfFalse(t)
    FastConstCmpJump(u32),
    /// FastFastCmpJump(a): LoadFast(a) LoadFast(b) Compare(op) PopJumpIfFalse(t)
    FastFastCmpJump(u32),
    /// FastFastSubscr(a): LoadFast(a) LoadFast(b) Subscr
    FastFastSubscr(u32),
    /// FastConstSubscr(a): LoadFast(a) LoadConst(k) Subscr
    FastConstSubscr(u32),
    /// FastFastStoreSubscr(a): LoadFast(a) LoadFast(b) StoreSubscr
    FastFastStoreSubscr(u32),
    /// CompareJump(op): Compare(op) PopJumpIfFalse(t)
    CompareJump(CmpOp),
    /// FastConstDupSubscr(a): LoadFast(a) LoadConst(k) Dup2 Subscr (a[k] op= ...)
    FastConstDupSubscr(u32),
    /// InplaceStoreSubscr(op): Inplace(op) Rot3 StoreSubscr (the end of a[k] op= ...)
    InplaceStoreSubscr(BinOp),
    /// FastAttr(a): LoadFast(a) LoadAttr(n)
    FastAttr(u32),
    /// FastStoreAttr(a): LoadFast(a) StoreAttr(n)
    FastStoreAttr(u32),
    /// ConstArith(k): LoadConst(k) Binary|Inplace(op) (`expr * 2`)
    ConstArith(u32),
    /// ConstArithStore(k): LoadConst(k) Binary|Inplace(op) StoreFast(s)
    ConstArithStore(u32),
    /// ConstCmpJump(k): LoadConst(k) Compare(op) PopJumpIfFalse(t)
    ConstCmpJump(u32),
    /// BinaryStore(op): Binary(op) StoreFast(s)
    BinaryStore(BinOp),
    /// InplaceStore(op): Inplace(op) StoreFast(s)
    InplaceStore(BinOp),
    /// ForIterStore(target): ForIter(target) StoreFast(s)
    ForIterStore(u32),
}

impl Op {
    /// The instruction a fused group's head stands for (itself otherwise).
    pub fn unfused(self) -> Op {
        match self {
            Op::FastFast(a)
            | Op::FastConstArith(a)
            | Op::FastConstArithStore(a)
            | Op::FastFastArith(a)
            | Op::FastConstCmpJump(a)
            | Op::FastFastCmpJump(a)
            | Op::FastFastSubscr(a)
            | Op::FastConstSubscr(a)
            | Op::FastFastStoreSubscr(a)
            | Op::FastConstDupSubscr(a)
            | Op::FastAttr(a)
            | Op::FastStoreAttr(a) => Op::LoadFast(a),
            Op::ConstArith(k) | Op::ConstArithStore(k) | Op::ConstCmpJump(k) => Op::LoadConst(k),
            Op::InplaceStoreSubscr(b) | Op::InplaceStore(b) => Op::Inplace(b),
            Op::BinaryStore(b) => Op::Binary(b),
            Op::CompareJump(c) => Op::Compare(c),
            Op::ForIterStore(t) => Op::ForIter(t),
            op => op,
        }
    }

    /// The constant this instruction pushes, if it is a `LoadConst` or a
    /// fused group headed by one.
    #[inline(always)]
    pub fn const_index(self) -> Option<u32> {
        match self {
            Op::LoadConst(k) | Op::ConstArith(k) | Op::ConstArithStore(k) | Op::ConstCmpJump(k) => {
                Some(k)
            }
            _ => None,
        }
    }
}

const _: () = assert!(std::mem::size_of::<Op>() <= 8);
