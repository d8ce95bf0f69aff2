//! The `math` module.

use crate::objects::Value;
use crate::vm::{PyResult, Vm};

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, _d) = super::new_module("math");
    Ok(m)
}
