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
            code.consts.get(*k as usize).map(repr).unwrap_or_default(),
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
        Op::Binary(b) | Op::Inplace(b) => (
            String::new(),
            crate::vm::ops::binop_symbol(*b, matches!(op, Op::Inplace(_))),
        ),
        Op::Compare(c) => (String::new(), crate::vm::ops::cmpop_symbol(*c).to_string()),
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
        .ops
        .iter()
        .filter_map(|op| match op {
            Op::ForIter(t)
            | Op::Jump(t)
            | Op::PopJumpIfFalse(t)
            | Op::PopJumpIfTrue(t)
            | Op::JumpIfFalseOrPop(t)
            | Op::JumpIfTrueOrPop(t) => Some(*t),
            _ => None,
        })
        .chain(code.exception_table.iter().map(|e| e.handler))
        .collect();
    for (pc, op) in code.ops.iter().enumerate() {
        let op = &op.unfused();
        let line = code.lines.get(pc).copied().unwrap_or(0);
        if line != last_line {
            if pc > 0 {
                out.push('\n');
            }
            let _ = write!(out, "{:>4}", line);
            last_line = line;
        } else {
            out.push_str("    ");
        }
        let mark = if targets.contains(&(pc as u32)) {
            ">>"
        } else {
            "  "
        };
        let (arg, meaning) = describe(code, op, repr);
        let mut row = format!("{:>8} {:>4} {:<24}", mark, pc * 2, op_name(op));
        if !arg.is_empty() {
            let _ = write!(row, " {:>3}", arg);
        }
        if !meaning.is_empty() {
            if arg.is_empty() {
                row.push_str("    ");
            }
            let _ = write!(row, " ({})", meaning);
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
    for c in &code.consts {
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
