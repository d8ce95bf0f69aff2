//! Methods of `str`.

use std::rc::Rc;

use crate::vm::Interp;

pub fn install(_interp: &Rc<Interp>) {}
