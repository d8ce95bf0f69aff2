//! `gc`: the cycle collector's switches (see `vm::gc`).

use crate::objects::{Args, Value};
use crate::vm::{PyResult, Vm};

fn collect(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "collect", 0, 1)?;
    Ok(Value::Int(vm.collect() as i64))
}

fn enable(vm: &mut Vm, _a: Args) -> PyResult {
    vm.interp.gc.borrow_mut().enabled = true;
    Ok(Value::None)
}

fn disable(vm: &mut Vm, _a: Args) -> PyResult {
    vm.interp.gc.borrow_mut().enabled = false;
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, _a: Args) -> PyResult {
    Ok(Value::Bool(vm.interp.gc.borrow().enabled))
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::new_module("gc");
    super::add_fns(
        &d,
        &[
            ("collect", collect),
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
        ],
    );
    Ok(m)
}
