//! The `dis` module: `dis.dis(x)` prints the bytecode of a function, code
//! object, method, class (each method), module (each function and class) or
//! source string, in gilt's `dis`-like format (`bytecode::dis`).

use std::rc::Rc;

use super::add_fns;
use crate::bytecode::Code;
use crate::objects::{Args, Object, Value};
use crate::vm::{PyResult, Vm};

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::new_module("dis");
    add_fns(&d, &[("dis", dis), ("disassemble", disassemble)]);
    Ok(m)
}

/// The code object behind a function-like value.
fn code_of(v: &Value) -> Option<Rc<Code>> {
    match v {
        Value::Function(f) => Some(f.code.clone()),
        Value::Method(m) => code_of(&m.func),
        Value::Obj(o) => match &**o {
            Object::Code(c) => Some(c.clone()),
            Object::StaticMethod(f) | Object::ClassMethod(f) => code_of(f),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `dis` of a class or module shows `v` (CPython's `_have_code`).
fn has_code(v: &Value) -> bool {
    matches!(v, Value::Class(_)) || code_of(v).is_some()
}

/// The disassembly of `x`, or None if `x` has no bytecode.
fn render(vm: &mut Vm, x: &Value, depth: usize) -> PyResult<Option<String>> {
    if let Some(code) = code_of(x) {
        return Ok(Some(super::dis_all(vm, &code)));
    }
    let items = match x {
        Value::Class(c) => c.dict.table.borrow().items(),
        Value::Obj(o) => match &**o {
            Object::Module(m) => m.dict.table.borrow().items(),
            _ => return Ok(None),
        },
        Value::Str(s) => {
            let code = vm.compile_source(s.as_str(), "<dis>", false)?;
            return Ok(Some(super::dis_all(vm, &code)));
        }
        _ => return Ok(None),
    };
    if depth > 50 {
        return Ok(Some(String::new()));
    }
    let mut named: Vec<(String, Value)> = items
        .into_iter()
        .filter_map(|(k, v)| k.as_str().map(|k| (k.to_string(), v)))
        .filter(|(_, v)| has_code(v))
        .collect();
    named.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = String::new();
    for (name, v) in named {
        // A class that refers to itself (or a module to a class defined
        // elsewhere) is still shown once per reference, as in CPython.
        if let Some(text) = render(vm, &v, depth + 1)? {
            out.push_str(&format!("Disassembly of {}:\n", name));
            out.push_str(&text);
            out.push('\n');
        }
    }
    Ok(Some(out))
}

/// `dis.dis(x=None, *, file=None, depth=None)`.
fn dis(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(
        vm,
        "dis",
        &["x", "file", "depth", "show_caches", "adaptive"],
    )?;
    a.check(vm, "dis", 0, 1)?;
    let x = a.arg(0, "x").unwrap_or(Value::None);
    if x.is_none() {
        return Err(vm.runtime_error("no last traceback to disassemble"));
    }
    let Some(text) = render(vm, &x, 0)? else {
        return Err(vm.type_error(format!(
            "don't know how to disassemble {} objects",
            vm.type_name(&x)
        )));
    };
    emit(vm, a.kw("file"), text)
}

/// `dis.disassemble(co)`: one code object (and the code nested in it).
fn disassemble(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(vm, "disassemble", &["co", "lasti", "file"])?;
    let x = a.arg(0, "co").unwrap_or(Value::None);
    let Some(code) = code_of(&x) else {
        return Err(vm.type_error(format!(
            "don't know how to disassemble {} objects",
            vm.type_name(&x)
        )));
    };
    let text = super::dis_all(vm, &code);
    emit(vm, a.kw("file"), text)
}

fn emit(vm: &mut Vm, file: Option<Value>, text: String) -> PyResult {
    match file {
        None | Some(Value::None) => vm.interp.write_stdout(&text),
        Some(f) => {
            vm.call_method(&f, "write", vec![Value::string(text)])?;
        }
    }
    Ok(Value::None)
}
