//! Generators: a suspended frame with its own slice of the value stack.
//!
//! Resuming copies the saved slots back onto the thread's stack and runs
//! the frame as an entry frame; `YieldValue` moves them out again (see
//! `eval::Suspended`). A generator therefore costs one nested Rust call per
//! resumption, bounded by `check_recursion` like every native re-entry.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Frame, FrameKind, PyResult, Vm};
use crate::objects::{Function, Object, Value};

pub struct SavedFrame {
    pub frame: Frame,
    /// Local slots and operand stack, from `frame.base` on.
    pub stack: Vec<Value>,
    /// The exception the generator was handling when it yielded.
    pub handled: Value,
}

pub enum GenState {
    /// Not started yet, or suspended at a yield.
    Ready {
        saved: Box<SavedFrame>,
        started: bool,
    },
    Running,
    Done,
}

pub struct Generator {
    pub state: RefCell<GenState>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
}

impl Generator {
    pub fn name(&self) -> String {
        self.name.borrow().as_str().unwrap_or("").to_string()
    }
    pub fn qualname(&self) -> String {
        self.qualname.borrow().as_str().unwrap_or("").to_string()
    }
}

/// How a resumption ended.
pub enum Resumed {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    /// Creates the generator object for a call of a generator function.
    pub fn make_generator(&mut self, func: &Rc<Function>, locals: Vec<Value>) -> Value {
        let frame = Frame {
            code: func.code.clone(),
            pc: 0,
            base: 0,
            ret_base: 0,
            globals: func.globals.clone(),
            namespace: None,
            kind: FrameKind::Entry,
        };
        Value::obj(Object::Generator(Generator {
            state: RefCell::new(GenState::Ready {
                saved: Box::new(SavedFrame {
                    frame,
                    stack: locals,
                    handled: Value::Null,
                }),
                started: false,
            }),
            name: RefCell::new(func.name.borrow().clone()),
            qualname: RefCell::new(func.qualname.borrow().clone()),
        }))
    }

    fn gen_of(v: &Value) -> Option<&Generator> {
        match v {
            Value::Obj(o) => match &**o {
                Object::Generator(g) => Some(g),
                _ => None,
            },
            _ => None,
        }
    }

    /// Runs the generator until it yields or finishes. `exc` is thrown in at
    /// the suspension point instead of sending `value`.
    pub fn resume_generator(
        &mut self,
        gen: &Value,
        value: Value,
        exc: Option<Value>,
    ) -> PyResult<Resumed> {
        let Some(g) = Self::gen_of(gen) else {
            return Err(self.type_error("not a generator"));
        };
        let state = std::mem::replace(&mut *g.state.borrow_mut(), GenState::Running);
        let (saved, started) = match state {
            GenState::Ready { saved, started } => (saved, started),
            GenState::Running => {
                *g.state.borrow_mut() = GenState::Running;
                return Err(
                    self.new_exception(&self.types().value_error, "generator already executing")
                );
            }
            GenState::Done => {
                *g.state.borrow_mut() = GenState::Done;
                if let Some(e) = exc {
                    return Err(e);
                }
                // An exhausted generator returns None again (`next(g, d)` gives `d`).
                return Ok(Resumed::Returned(Value::None));
            }
        };
        if !started && exc.is_none() && !value.is_none() {
            *g.state.borrow_mut() = GenState::Ready { saved, started };
            return Err(self.type_error("can't send non-None value to a just-started generator"));
        }
        if !started {
            if let Some(e) = exc {
                *g.state.borrow_mut() = GenState::Done;
                return Err(e);
            }
        }
        if let Err(e) = self.check_recursion() {
            *g.state.borrow_mut() = GenState::Ready { saved, started };
            return Err(e);
        }
        let SavedFrame {
            mut frame,
            stack,
            handled,
        } = *saved;
        let ret_base = self.stack.len();
        self.stack.push(Value::Null);
        frame.base = self.stack.len();
        frame.ret_base = ret_base;
        frame.kind = FrameKind::Entry;
        self.stack.extend(stack);
        if started && exc.is_none() {
            self.stack.push(value);
        }
        let outer_handled = std::mem::replace(&mut self.handled, handled);
        self.frames.push(frame);
        let result = self.run_frame(exc);
        let gen_handled = std::mem::replace(&mut self.handled, outer_handled);
        match result {
            Ok(v) => match self.suspended.take() {
                Some((frame, stack)) => {
                    if std::mem::take(&mut self.gen_needs_tracking) {
                        self.interp.gc.borrow_mut().track(gen);
                    }
                    *g.state.borrow_mut() = GenState::Ready {
                        saved: Box::new(SavedFrame {
                            frame,
                            stack,
                            handled: gen_handled,
                        }),
                        started: true,
                    };
                    Ok(Resumed::Yielded(v))
                }
                None => {
                    *g.state.borrow_mut() = GenState::Done;
                    Ok(Resumed::Returned(v))
                }
            },
            Err(e) => {
                *g.state.borrow_mut() = GenState::Done;
                if self.exc_matches(&e, &self.types().stop_iteration.clone()) {
                    let r = self.new_exception(
                        &self.types().runtime_error,
                        "generator raised StopIteration",
                    );
                    if let Value::Instance(i) = &r {
                        i.dict.set_str("__cause__", e.clone());
                        i.dict.set_str("__context__", e);
                        i.dict.set_str("__suppress_context__", Value::Bool(true));
                    }
                    return Err(r);
                }
                Err(e)
            }
        }
    }

    /// `next(gen)`: `Ok(None)` when it returns.
    pub fn generator_next(&mut self, gen: &Value) -> PyResult<Option<Value>> {
        match self.resume_generator(gen, Value::None, None)? {
            Resumed::Yielded(v) => Ok(Some(v)),
            Resumed::Returned(_) => Ok(None),
        }
    }

    /// `gen.send(v)`.
    pub fn generator_send(&mut self, gen: &Value, v: Value) -> PyResult<Value> {
        match self.resume_generator(gen, v, None)? {
            Resumed::Yielded(v) => Ok(v),
            Resumed::Returned(r) => Err(self.stop_iteration(r)),
        }
    }

    /// `gen.throw(exc)`.
    pub fn generator_throw(&mut self, gen: &Value, exc: Value) -> PyResult<Value> {
        match self.resume_generator(gen, Value::None, Some(exc))? {
            Resumed::Yielded(v) => Ok(v),
            Resumed::Returned(r) => Err(self.stop_iteration(r)),
        }
    }

    /// `gen.close()`.
    pub fn generator_close(&mut self, gen: &Value) -> PyResult<Value> {
        let Some(g) = Self::gen_of(gen) else {
            return Ok(Value::None);
        };
        let started = matches!(&*g.state.borrow(), GenState::Ready { started: true, .. });
        if !started {
            *g.state.borrow_mut() = GenState::Done;
            return Ok(Value::None);
        }
        let exit = self.new_exception_args(&self.types().generator_exit.clone(), vec![]);
        match self.resume_generator(gen, Value::None, Some(exit)) {
            Ok(Resumed::Yielded(_)) => Err(self.runtime_error("generator ignored GeneratorExit")),
            Ok(Resumed::Returned(_)) => Ok(Value::None),
            Err(e) => {
                if self.exc_matches(&e, &self.types().generator_exit.clone())
                    || self.exc_matches(&e, &self.types().stop_iteration.clone())
                {
                    Ok(Value::None)
                } else {
                    Err(e)
                }
            }
        }
    }
}
