//! `open()` and text file objects.

use crate::objects::Args;
use crate::vm::{PyResult, Vm};

pub fn open(vm: &mut Vm, _a: Args) -> PyResult {
    Err(vm.runtime_error("open() is not available yet"))
}
