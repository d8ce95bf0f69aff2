//! Subscripting: `obj[key]`, `obj[key] = v`, `del obj[key]`, and slices.

use std::rc::Rc;

use super::{PyResult, Vm};
use crate::objects::{Object, RangeObj, SliceObj, Value};

/// Resolved slice bounds for a sequence of a given length.
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIndices {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

impl Vm {
    fn slice_bound(&mut self, v: &Value) -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            Value::Big(b) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            })),
            _ => match self.index_of(v) {
                Ok(i) => Ok(Some(i)),
                Err(_) => Err(self.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        }
    }

    /// `slice.indices(len)` with CPython's clamping rules.
    pub fn slice_indices(&mut self, s: &SliceObj, len: usize) -> PyResult<SliceIndices> {
        let len = len as i64;
        let step = self.slice_bound(&s.step)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(mut x) => {
                    if x < 0 {
                        x += len;
                        if x < lower {
                            x = lower;
                        }
                    } else if x > upper {
                        x = upper;
                    }
                    x
                }
            }
        };
        let start = clamp(
            self.slice_bound(&s.start)?,
            if step < 0 { upper } else { lower },
        );
        let stop = clamp(
            self.slice_bound(&s.stop)?,
            if step < 0 { lower } else { upper },
        );
        let n = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok(SliceIndices {
            start,
            stop,
            step,
            len: n as usize,
        })
    }

    /// Normalises a sequence index (negative from the end); None if out of range.
    fn seq_index(&mut self, key: &Value, len: usize) -> PyResult<Option<usize>> {
        let i = self.index_of(key)?;
        let i = if i < 0 { i + len as i64 } else { i };
        if i < 0 || i >= len as i64 {
            Ok(None)
        } else {
            Ok(Some(i as usize))
        }
    }

    fn check_index_type(&self, container: &str, key: &Value) -> PyResult<()> {
        match key {
            Value::Int(_) | Value::Bool(_) | Value::Big(_) | Value::Instance(_) => Ok(()),
            _ => Err(self.type_error(format!(
                "{} indices must be integers or slices, not {}",
                container,
                self.type_name(key)
            ))),
        }
    }

    /// `obj[key]`.
    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match obj {
            Value::List(l) => {
                if let Value::Int(i) = key {
                    let items = l.items.borrow();
                    let n = items.len() as i64;
                    let j = if *i < 0 { i + n } else { *i };
                    return if j >= 0 && j < n {
                        Ok(items[j as usize].clone())
                    } else {
                        Err(self.index_error("list index out of range"))
                    };
                }
                if let Some(s) = as_slice(key) {
                    // The bounds may run user code (`__index__`): compute them
                    // before borrowing, then clamp to the length now.
                    let len = l.items.borrow().len();
                    let idx = self.slice_indices(s, len)?;
                    let items = l.items.borrow();
                    let out: Vec<Value> = if idx.step == 1 {
                        let start = (idx.start.max(0) as usize).min(items.len());
                        let end = (start + idx.len).min(items.len());
                        items[start..end].to_vec()
                    } else {
                        idx.indices()
                            .filter_map(|i| items.get(i).cloned())
                            .collect()
                    };
                    return Ok(Value::list(out));
                }
                self.check_index_type("list", key)?;
                let len = l.items.borrow().len();
                match self.seq_index(key, len)? {
                    Some(i) => match l.items.borrow().get(i) {
                        Some(v) => Ok(v.clone()),
                        None => Err(self.index_error("list index out of range")),
                    },
                    None => Err(self.index_error("list index out of range")),
                }
            }
            Value::Tuple(t) => {
                if let Some(s) = as_slice(key) {
                    let idx = self.slice_indices(s, t.items.len())?;
                    if idx.step == 1 && idx.len == t.items.len() {
                        return Ok(obj.clone());
                    }
                    return Ok(Value::tuple(
                        idx.indices()
                            .filter_map(|i| t.items.get(i).cloned())
                            .collect(),
                    ));
                }
                self.check_index_type("tuple", key)?;
                match self.seq_index(key, t.items.len())? {
                    Some(i) => Ok(t.items[i].clone()),
                    None => Err(self.index_error("tuple index out of range")),
                }
            }
            Value::Str(s) => {
                if let Some(sl) = as_slice(key) {
                    let idx = self.slice_indices(sl, s.char_len())?;
                    if idx.step == 1 {
                        let end = (idx.start as usize + idx.len).min(s.char_len());
                        return Ok(Value::str(s.substring(idx.start as usize, end)));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    return Ok(Value::string(idx.indices().map(|i| chars[i]).collect()));
                }
                if !matches!(
                    key,
                    Value::Int(_) | Value::Bool(_) | Value::Big(_) | Value::Instance(_)
                ) {
                    return Err(self.type_error(format!(
                        "string indices must be integers, not '{}'",
                        self.type_name(key)
                    )));
                }
                match self.seq_index(key, s.char_len())? {
                    Some(i) => {
                        let c = s.char_at(i);
                        let mut buf = [0u8; 4];
                        Ok(self.interp.intern(c.encode_utf8(&mut buf)))
                    }
                    None => Err(self.index_error("string index out of range")),
                }
            }
            Value::Dict(d) => match self.dict_get(d, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key.clone())),
            },
            Value::Obj(o) => match &**o {
                Object::Range(r) if r.big.is_some() => Err(self.big_range()),
                Object::Range(r) => {
                    if let Some(s) = as_slice(key) {
                        let idx = self.slice_indices(s, r.len() as usize)?;
                        let start = r.start + idx.start * r.step;
                        let step = r.step * idx.step;
                        // CPython's stop: the element at the adjusted stop index.
                        let stop = r.start + idx.stop * r.step;
                        return Ok(Value::obj(Object::Range(RangeObj {
                            start,
                            stop,
                            step,
                            big: None,
                        })));
                    }
                    self.check_index_type("range", key)?;
                    match self.seq_index(key, r.len() as usize)? {
                        Some(i) => Ok(Value::Int(r.get(i as i64))),
                        None => Err(self.index_error("range object index out of range")),
                    }
                }
                Object::Bytes(b) => {
                    if let Some(s) = as_slice(key) {
                        let idx = self.slice_indices(s, b.len())?;
                        let out: Vec<u8> = idx.indices().map(|i| b[i]).collect();
                        return Ok(Value::obj(Object::Bytes(out.into_boxed_slice())));
                    }
                    match self.seq_index(key, b.len())? {
                        Some(i) => Ok(Value::Int(b[i] as i64)),
                        None => Err(self.index_error("index out of range")),
                    }
                }
                _ => self.get_item_dunder(obj, key),
            },
            _ => self.get_item_dunder(obj, key),
        }
    }

    fn get_item_dunder(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        let class = self.class_of(obj);
        if let Some(f) = class.lookup("__getitem__") {
            return self.call(&f, vec![obj.clone(), key.clone()], vec![]);
        }
        if let Value::Class(c) = obj {
            if let Some(f) = c.lookup("__class_getitem__") {
                return self.call(&f, vec![obj.clone(), key.clone()], vec![]);
            }
            // `list[int]` and friends: generic aliases are the class itself here.
            if !c.is_heap {
                return Ok(obj.clone());
            }
        }
        if let Some(p) = super::ops::payload_of(obj) {
            let r = self.get_item(&p, key);
            if let (Err(e), Value::Dict(_)) = (&r, &p) {
                if self.exc_matches(e, &self.types().key_error.clone()) {
                    if let Some(m) = class.lookup("__missing__") {
                        return self.call(&m, vec![obj.clone(), key.clone()], vec![]);
                    }
                }
            }
            return r;
        }
        Err(self.type_error(format!("'{}' object is not subscriptable", class.name())))
    }

    /// `obj[key] = value`.
    pub fn set_item(&mut self, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
        self.note_store(obj, &value);
        self.note_store(obj, key);
        match obj {
            Value::List(l) => {
                if let Value::Int(i) = key {
                    let mut items = l.items.borrow_mut();
                    let n = items.len() as i64;
                    let j = if *i < 0 { i + n } else { *i };
                    if j >= 0 && j < n {
                        items[j as usize] = value;
                        return Ok(());
                    }
                    drop(items);
                    return Err(self.index_error("list assignment index out of range"));
                }
                if let Some(s) = as_slice(key) {
                    let new_items = self.iterate(&value)?;
                    let len = l.items.borrow().len();
                    let idx = self.slice_indices(s, len)?;
                    let mut items = l.items.borrow_mut();
                    if idx.step == 1 {
                        let start = idx.start as usize;
                        let end = (start + idx.len).max(start);
                        items.splice(start..end, new_items);
                        return Ok(());
                    }
                    if new_items.len() != idx.len {
                        drop(items);
                        return Err(self.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new_items.len(),
                            idx.len
                        )));
                    }
                    let positions: Vec<usize> = idx.indices().collect();
                    for (p, v) in positions.into_iter().zip(new_items) {
                        items[p] = v;
                    }
                    return Ok(());
                }
                self.check_index_type("list", key)?;
                let len = l.items.borrow().len();
                match self.seq_index(key, len)? {
                    Some(i) => {
                        l.items.borrow_mut()[i] = value;
                        Ok(())
                    }
                    None => Err(self.index_error("list assignment index out of range")),
                }
            }
            Value::Dict(d) => self.dict_set(d, key.clone(), value),
            _ => {
                let class = self.class_of(obj);
                if let Some(f) = class.lookup("__setitem__") {
                    self.call(&f, vec![obj.clone(), key.clone(), value], vec![])?;
                    return Ok(());
                }
                if let Some(p) = super::ops::payload_of(obj) {
                    return self.set_item(&p, key, value);
                }
                Err(self.type_error(format!(
                    "'{}' object does not support item assignment",
                    class.name()
                )))
            }
        }
    }

    /// `del obj[key]`.
    pub fn del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                let len = l.items.borrow().len();
                if let Some(s) = as_slice(key) {
                    let idx = self.slice_indices(s, len)?;
                    let mut positions: Vec<usize> = idx.indices().collect();
                    positions.sort_unstable();
                    let mut items = l.items.borrow_mut();
                    for p in positions.into_iter().rev() {
                        items.remove(p);
                    }
                    return Ok(());
                }
                self.check_index_type("list", key)?;
                match self.seq_index(key, len)? {
                    Some(i) => {
                        l.items.borrow_mut().remove(i);
                        Ok(())
                    }
                    None => Err(self.index_error("list assignment index out of range")),
                }
            }
            Value::Dict(d) => match self.dict_remove(d, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key.clone())),
            },
            _ => {
                let class = self.class_of(obj);
                if let Some(f) = class.lookup("__delitem__") {
                    self.call(&f, vec![obj.clone(), key.clone()], vec![])?;
                    return Ok(());
                }
                if let Some(p) = super::ops::payload_of(obj) {
                    return self.del_item(&p, key);
                }
                Err(self.type_error(format!(
                    "'{}' object doesn't support item deletion",
                    class.name()
                )))
            }
        }
    }
}

fn as_slice(v: &Value) -> Option<&SliceObj> {
    match v {
        Value::Obj(o) => match &**o {
            Object::Slice(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    Value::Obj(Rc::new(Object::Slice(SliceObj { start, stop, step })))
}
