//! `_functools`: the native half of `functools` (see `lib/functools.script`).

use crate::objects::{Args, Value};
use crate::vm::{PyResult, Vm};

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::new_module("_functools");
    super::add_fns(&d, &[("reduce", reduce)]);
    Ok(m)
}

/// `reduce(function, iterable[, initial])`.
fn reduce(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "reduce")?;
    a.check(vm, "reduce", 2, 3)?;
    let f = a.pos[0].clone();
    let it = match vm.get_iter(&a.pos[1]) {
        Ok(it) => it,
        Err(e) => {
            if vm.exc_matches(&e, &vm.types().type_error.clone()) {
                return Err(vm.type_error("reduce() arg 2 must support iteration"));
            }
            return Err(e);
        }
    };
    let mut acc = match a.get(2) {
        Some(v) => v.clone(),
        None => match vm.next(&it)? {
            Some(v) => v,
            None => return Err(vm.type_error("reduce() of empty iterable with no initial value")),
        },
    };
    while let Some(x) = vm.next(&it)? {
        acc = vm.call(&f, vec![acc, x], vec![])?;
    }
    Ok(acc)
}
