//! The `atexit` module: functions run when the program ends, last
//! registered first (`run::run_atexit` runs `interp.atexit`).

use super::add_fns;
use crate::objects::Args;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::new_module("atexit");
    add_fns(
        &d,
        &[
            ("register", register),
            ("unregister", unregister),
            ("_run_exitfuncs", run_exitfuncs),
            ("_clear", clear),
            ("_ncallbacks", ncallbacks),
        ],
    );
    Ok(m)
}

/// `register(func, *args, **kwargs)`: returns `func`, so it decorates.
fn register(vm: &mut Vm, a: Args) -> PyResult {
    let Some(f) = a.get(0).cloned() else {
        return Err(vm.type_error("register() takes at least 1 argument (0 given)"));
    };
    if !super::builtins::is_callable(vm, &f) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    vm.interp
        .atexit
        .borrow_mut()
        .push((f.clone(), a.pos[1..].to_vec(), a.kw.to_vec()));
    Ok(f)
}

/// `unregister(func)`: drops every registration of `func` (compared with `==`).
fn unregister(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "unregister")?;
    a.check(vm, "unregister", 1, 1)?;
    let f = &a.pos[0];
    let entries = vm.interp.atexit.borrow().clone();
    let mut keep = Vec::with_capacity(entries.len());
    for entry in entries {
        if !(entry.0.is(f) || vm.eq(&entry.0, f)?) {
            keep.push(entry);
        }
    }
    *vm.interp.atexit.borrow_mut() = keep;
    Ok(Value::None)
}

/// `_run_exitfuncs()`: runs and clears the registered functions now.
fn run_exitfuncs(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_run_exitfuncs", 0, 0)?;
    loop {
        let next = vm.interp.atexit.borrow_mut().pop();
        let Some((f, args, kwargs)) = next else { break };
        if let Err(e) = vm.call(&f, args, kwargs) {
            vm.interp.flush_stdout();
            let r = vm.repr(&f).unwrap_or_default();
            vm.interp
                .write_stderr(&format!("Exception ignored in atexit callback: {}\n", r));
            vm.print_exception(&e);
        }
    }
    Ok(Value::None)
}

fn clear(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_clear", 0, 0)?;
    vm.interp.atexit.borrow_mut().clear();
    Ok(Value::None)
}

fn ncallbacks(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_ncallbacks", 0, 0)?;
    Ok(Value::Int(vm.interp.atexit.borrow().len() as i64))
}
