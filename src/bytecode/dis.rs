//! The disassembler behind `--dis` and `dis.dis`, in CPython's layout:
//! line number, offset, OPNAME, argument and its meaning.

use std::fmt::Write;

use super::{Code, Op};
use crate::objects::{Object, Value};

/// `LoadFast` → `LOAD_FAST`.
fn op_name(op: &Op) -> String {
    let debug = format!("{:?}", op);
    let base = debug.split('(').next().unwrap_or("");
    let mut out = String::new();
    for (i, ch) in base.chars().enumerate() {
        if ch.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(ch.to_ascii_uppercase());
    }
    out
}

/// CPython's `BINARY_OP` argument for `b` (`NB_ADD` ...; the in-place
/// forms are 13 more).
fn binop_number(b: crate::syntax::ast::BinOp) -> u32 {
    use crate::syntax::ast::BinOp::*;
    match b {
        Add => 0,
        BitAnd => 1,
        FloorDiv => 2,
        LShift => 3,
        MatMul => 4,
        Mul => 5,
        Mod => 6,
        BitOr => 7,
        Pow => 8,
        RShift => 9,
        Sub => 10,
        Div => 11,
        BitXor => 12,
    }
}

/// CPython's `COMPARE_OP` argument (`<` 0 ... `>=` 5); `is` and `in`,
/// which CPython compiles to `IS_OP`/`CONTAINS_OP`, follow.
fn cmpop_number(c: crate::syntax::ast::CmpOp) -> u32 {
    use crate::syntax::ast::CmpOp::*;
    match c {
        Lt => 0,
        LtE => 1,
        Eq => 2,
        NotEq => 3,
        Gt => 4,
        GtE => 5,
        Is => 6,
        IsNot => 7,
        In => 8,
        NotIn => 9,
    }
}

fn describe(code: &Code, op: &Op, repr: &dyn Fn(&Value) -> String) -> (String, String) {
    let var = |s: &u32| {
        code.varnames
            .get(*s as usize)
            .map(|n| n.to_string())
            .unwrap_or_default()
    };
    let name = |n: &u32| {
        code.names
            .get(*n as usize)
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    };
    match op {
        Op::LoadConst(k) => (
            k.to_string(),
            code.consts().get(*k as usize).map(repr).unwrap_or_default(),
        ),
        Op::LoadFast(s)
        | Op::StoreFast(s)
        | Op::DeleteFast(s)
        | Op::LoadDeref(s)
        | Op::StoreDeref(s)
        | Op::DeleteDeref(s)
        | Op::LoadCell(s)
        | Op::LoadClassDeref(s)
        | Op::MakeCell(s) => (s.to_string(), var(s)),
        Op::LoadGlobal(n)
        | Op::StoreGlobal(n)
        | Op::DeleteGlobal(n)
        | Op::LoadName(n)
        | Op::StoreName(n)
        | Op::DeleteName(n)
        | Op::LoadAttr(n)
        | Op::StoreAttr(n)
        | Op::DeleteAttr(n)
        | Op::LoadMethod(n)
        | Op::ImportName(n)
        | Op::ImportFrom(n)
        | Op::ImportModule(n) => (n.to_string(), name(n)),
        Op::Binary(b) | Op::Inplace(b) => {
            let inplace = matches!(op, Op::Inplace(_));
            (
                (binop_number(*b) + if inplace { 13 } else { 0 }).to_string(),
                crate::vm::ops::binop_symbol(*b, inplace),
            )
        }
        Op::Compare(c) => (
            cmpop_number(*c).to_string(),
            crate::vm::ops::cmpop_symbol(*c).to_string(),
        ),
        Op::ForIter(t)
        | Op::Jump(t)
        | Op::PopJumpIfFalse(t)
        | Op::PopJumpIfTrue(t)
        | Op::JumpIfFalseOrPop(t)
        | Op::JumpIfTrueOrPop(t) => (t.to_string(), format!("to {}", t * 2)),
        Op::Swap(n)
        | Op::CallMethod(n)
        | Op::Call(n)
        | Op::CallKw(n)
        | Op::CallEx(n)
        | Op::BuildTuple(n)
        | Op::BuildList(n)
        | Op::BuildSet(n)
        | Op::BuildMap(n)
        | Op::BuildSlice(n)
        | Op::BuildString(n)
        | Op::FormatValue(n)
        | Op::ListAppend(n)
        | Op::SetAdd(n)
        | Op::MapAdd(n)
        | Op::ListExtend(n)
        | Op::SetUpdate(n)
        | Op::DictUpdate(n)
        | Op::DictMerge(n)
        | Op::UnpackSequence(n)
        | Op::UnpackEx(n)
        | Op::MakeFunction(n)
        | Op::Raise(n) => (n.to_string(), String::new()),
        _ => (String::new(), String::new()),
    }
}

/// Disassembles `code` and, after it, every code object among its constants.
pub fn disassemble(code: &Code, repr: &dyn Fn(&Value) -> String) -> String {
    let mut out = String::new();
    disassemble_into(code, repr, &mut out);
    out
}

fn disassemble_into(code: &Code, repr: &dyn Fn(&Value) -> String, out: &mut String) {
    let mut last_line = 0;
    let targets: Vec<u32> = code
        .ops()
        .iter()
        .filter_map(|op| match op.unfused() {
            Op::ForIter(t)
            | Op::Jump(t)
            | Op::PopJumpIfFalse(t)
            | Op::PopJumpIfTrue(t)
            | Op::JumpIfFalseOrPop(t)
            | Op::JumpIfTrueOrPop(t) => Some(t),
            _ => None,
        })
        .chain(code.exception_table.iter().map(|e| e.handler))
        .collect();
    // The columns of CPython 3.11's `dis` (`Instruction._disassemble`):
    // line number (3 wide), current-instruction mark, jump-target mark,
    // offset (4 wide), name (20), argument (5), then its meaning.
    let max_line = code.lines.iter().copied().max().unwrap_or(0);
    let line_width = if max_line >= 1000 {
        max_line.to_string().len()
    } else {
        3
    };
    let max_offset = code.ops().len().saturating_sub(1) * 2;
    let offset_width = if max_offset >= 10000 {
        max_offset.to_string().len()
    } else {
        4
    };
    for (pc, op) in code.ops().iter().enumerate() {
        let op = &op.unfused();
        let line = code.lines.get(pc).copied().unwrap_or(0);
        let mut row = String::new();
        if line != last_line {
            if pc > 0 {
                out.push('\n');
            }
            let _ = write!(row, "{:>w$}", line, w = line_width);
            last_line = line;
        } else {
            row.push_str(&" ".repeat(line_width));
        }
        let mark = if targets.contains(&(pc as u32)) {
            ">>"
        } else {
            "  "
        };
        let (arg, meaning) = describe(code, op, repr);
        let _ = write!(
            row,
            "     {} {:>ow$} {:<20}",
            mark,
            pc * 2,
            op_name(op),
            ow = offset_width
        );
        if !arg.is_empty() {
            let _ = write!(row, " {:>5}", arg);
            if !meaning.is_empty() {
                let _ = write!(row, " ({})", meaning);
            }
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                e.start * 2,
                e.end * 2,
                e.handler * 2,
                e.depth
            );
        }
    }
    for c in code.consts() {
        if let Value::Obj(o) = c {
            if let Object::Code(inner) = &**o {
                let _ = write!(
                    out,
                    "\nDisassembly of <code object {} at {:#x}, file \"{}\", line {}>:\n",
                    inner.name,
                    std::rc::Rc::as_ptr(inner) as usize,
                    inner.filename,
                    inner.first_line
                );
                disassemble_into(inner, repr, out);
            }
        }
    }
}
