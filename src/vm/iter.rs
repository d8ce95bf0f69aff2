//! The iteration protocol: `iter()`, `next()`, and collecting an iterable.

use std::rc::Rc;

use super::{PyResult, Vm};
use crate::objects::{DictViewKind, IterState, Object, Value};

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        let state = match v {
            Value::List(_) | Value::Tuple(_) => IterState::Seq {
                seq: v.clone(),
                index: 0,
            },
            Value::Str(s) => IterState::Str {
                s: s.clone(),
                byte_pos: 0,
            },
            Value::Dict(d) => IterState::DictKeys {
                dict: d.clone(),
                pos: 0,
                len: d.len(),
            },
            Value::Set(s) => IterState::Set {
                set: s.clone(),
                pos: 0,
                len: s.len(),
            },
            Value::Obj(o) => match &**o {
                Object::Range(r) if r.big.is_some() => return Err(self.big_range()),
                Object::Range(r) => IterState::Range {
                    next: r.start,
                    stop: r.stop,
                    step: r.step,
                },
                Object::Iter(_) | Object::Generator(_) => return Ok(v.clone()),
                Object::DictView(kind, d) => {
                    let (dict, pos, len) = (d.clone(), 0, d.len());
                    match kind {
                        DictViewKind::Keys => IterState::DictKeys { dict, pos, len },
                        DictViewKind::Values => IterState::DictValues { dict, pos, len },
                        DictViewKind::Items => IterState::DictItems { dict, pos, len },
                    }
                }
                Object::Bytes(_) => IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                },
                _ => return self.get_iter_dunder(v),
            },
            _ => return self.get_iter_dunder(v),
        };
        Ok(Value::iter_obj(state))
    }

    fn get_iter_dunder(&mut self, v: &Value) -> PyResult<Value> {
        let class = self.class_of(v);
        if let Some(f) = class.lookup("__iter__") {
            if f.is_none() {
                return Err(self.not_iterable(v));
            }
            let it = self.call(&f, vec![v.clone()], vec![])?;
            let ic = self.class_of(&it);
            let is_iter = matches!(&it, Value::Obj(o) if matches!(&**o, Object::Iter(_) | Object::Generator(_)))
                || ic.lookup("__next__").is_some();
            if !is_iter {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    ic.name()
                )));
            }
            return Ok(it);
        }
        if class.lookup("__getitem__").is_some() {
            return Ok(Value::iter_obj(IterState::GetItem {
                obj: v.clone(),
                index: 0,
            }));
        }
        if let Some(p) = super::ops::payload_of(v) {
            return self.get_iter(&p);
        }
        Err(self.not_iterable(v))
    }

    #[cold]
    fn not_iterable(&self, v: &Value) -> Value {
        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = it {
            match &**o {
                Object::Iter(cell) => return self.next_builtin(cell),
                Object::Generator(_) => return self.generator_next(it),
                _ => {}
            }
        }
        let class = self.class_of(it);
        match class.lookup("__next__") {
            Some(f) => match self.call(&f, vec![it.clone()], vec![]) {
                Ok(v) => Ok(Some(v)),
                Err(e) => {
                    if self.exc_matches(&e, &self.types().stop_iteration.clone()) {
                        Ok(None)
                    } else {
                        Err(e)
                    }
                }
            },
            None => Err(self.type_error(format!("'{}' object is not an iterator", class.name()))),
        }
    }

    fn next_builtin(&mut self, cell: &std::cell::RefCell<IterState>) -> PyResult<Option<Value>> {
        let mut st = cell.borrow_mut();
        let r = match &mut *st {
            IterState::Seq { seq, index } => {
                let v = match seq {
                    Value::List(l) => l.items.borrow().get(*index).cloned(),
                    Value::Tuple(t) => t.items.get(*index).cloned(),
                    Value::Obj(o) => match &**o {
                        Object::Bytes(b) => b.get(*index).map(|x| Value::Int(*x as i64)),
                        _ => None,
                    },
                    _ => None,
                };
                if v.is_some() {
                    *index += 1;
                }
                v
            }
            IterState::Range { next, stop, step } => {
                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                    let v = *next;
                    *next = next.saturating_add(*step);
                    Some(Value::Int(v))
                } else {
                    None
                }
            }
            IterState::Str { s, byte_pos } => {
                let rest = &s.as_str()[*byte_pos..];
                match rest.chars().next() {
                    Some(c) => {
                        *byte_pos += c.len_utf8();
                        let mut buf = [0u8; 4];
                        Some(self.interp.intern(c.encode_utf8(&mut buf)))
                    }
                    None => None,
                }
            }
            IterState::DictKeys { dict, pos, len }
            | IterState::DictValues { dict, pos, len }
            | IterState::DictItems { dict, pos, len } => {
                let t = dict.table.borrow();
                if t.len() != *len {
                    *len = usize::MAX;
                    drop(t);
                    drop(st);
                    *cell.borrow_mut() = IterState::Done;
                    return Err(self.runtime_error("dictionary changed size during iteration"));
                }
                let mut found = None;
                while *pos < t.capacity_positions() {
                    let p = *pos;
                    *pos += 1;
                    if let Some(e) = t.entry_at(p) {
                        found = Some((e.key.clone(), e.value.clone()));
                        break;
                    }
                }
                drop(t);
                found.map(|(k, v)| match &*st {
                    IterState::DictKeys { .. } => k,
                    IterState::DictValues { .. } => v,
                    _ => Value::tuple(vec![k, v]),
                })
            }
            IterState::Set { set, pos, len } => {
                let t = set.table.borrow();
                if t.len() != *len {
                    drop(t);
                    drop(st);
                    *cell.borrow_mut() = IterState::Done;
                    return Err(self.runtime_error("Set changed size during iteration"));
                }
                let slots = t.slots();
                let mut found = None;
                while *pos < slots.len() {
                    let p = *pos;
                    *pos += 1;
                    if slots[p].is_active() {
                        found = Some(slots[p].key.clone());
                        break;
                    }
                }
                found
            }
            IterState::Done => None,
            _ => {
                drop(st);
                return self.next_complex(cell);
            }
        };
        Ok(r)
    }

    /// Iterators whose step runs user code: the state is taken out of the
    /// cell while that code runs.
    fn next_complex(&mut self, cell: &std::cell::RefCell<IterState>) -> PyResult<Option<Value>> {
        let mut st = std::mem::replace(&mut *cell.borrow_mut(), IterState::Done);
        let r = self.step_complex(&mut st);
        let finished = matches!(r, Ok(None));
        if !finished {
            *cell.borrow_mut() = st;
        }
        r
    }

    fn step_complex(&mut self, st: &mut IterState) -> PyResult<Option<Value>> {
        match st {
            IterState::GetItem { obj, index } => {
                let i = Value::Int(*index);
                match self.get_item(obj, &i) {
                    Ok(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    Err(e) => {
                        let t = self.types();
                        if self.exc_matches(&e, &t.index_error.clone())
                            || self.exc_matches(&e, &t.stop_iteration.clone())
                        {
                            Ok(None)
                        } else {
                            Err(e)
                        }
                    }
                }
            }
            IterState::Reversed { seq, index } => {
                if *index < 0 {
                    return Ok(None);
                }
                let i = Value::Int(*index);
                *index -= 1;
                match self.get_item(seq, &i) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.exc_matches(&e, &self.types().index_error.clone()) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            IterState::Enumerate { iter, count } => match self.next(iter)? {
                Some(v) => {
                    let c = count.clone();
                    *count = self.binary(crate::syntax::ast::BinOp::Add, &c, &Value::Int(1))?;
                    Ok(Some(Value::tuple(vec![c, v])))
                }
                None => Ok(None),
            },
            IterState::Zip { iters } => {
                if iters.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(iters.len());
                for it in iters.iter() {
                    match self.next(it)? {
                        Some(v) => out.push(v),
                        None => return Ok(None),
                    }
                }
                Ok(Some(Value::tuple(out)))
            }
            IterState::Map { func, iters } => {
                let mut args = Vec::with_capacity(iters.len());
                for it in iters.iter() {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                let f = func.clone();
                self.call(&f, args, vec![]).map(Some)
            }
            IterState::Filter { func, iter } => loop {
                let Some(v) = self.next(iter)? else {
                    return Ok(None);
                };
                let keep = if func.is_none() {
                    self.truthy(&v)?
                } else {
                    let f = func.clone();
                    let r = self.call(&f, vec![v.clone()], vec![])?;
                    self.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            IterState::Callable { func, sentinel } => {
                let f = func.clone();
                let v = self.call(&f, vec![], vec![])?;
                if self.eq(&v, sentinel)? {
                    Ok(None)
                } else {
                    Ok(Some(v))
                }
            }
            _ => Ok(None),
        }
    }

    /// Collects an iterable into a Vec (with fast paths for built-ins).
    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.items.borrow().clone()),
            Value::Tuple(t) => return Ok(t.items.to_vec()),
            Value::Dict(d) => return Ok(d.table.borrow().keys()),
            Value::Set(s) => return Ok(s.table.borrow().keys()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// A new reference-sharing tuple of an iterable (no copy for tuples).
    pub fn to_tuple(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Tuple(_) = v {
            return Ok(v.clone());
        }
        Ok(Value::Tuple(Rc::new(crate::objects::TupleObj::new(
            self.iterate(v)?,
        ))))
    }
}
