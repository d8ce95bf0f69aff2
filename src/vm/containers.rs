//! Dict and set operations that may run user code (`__hash__`, `__eq__`):
//! the table is borrowed only between calls, never across one.

use std::rc::Rc;

use super::{PyResult, Vm};
use crate::objects::dict::Lookup;
use crate::objects::set::SetLookup;
use crate::objects::{DictObj, SetObj, Value};

impl Vm {
    /// Finds the entry index of `key` in `d`.
    fn dict_find(&mut self, d: &DictObj, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        match d.table.borrow().lookup(hash, key) {
            Lookup::Found(i) => return Ok(Some(i)),
            Lookup::Absent => return Ok(None),
            Lookup::Slow => {}
        }
        let candidates = d.table.borrow().candidates(hash);
        for idx in candidates {
            let cand = d.table.borrow().key_at(idx);
            if cand.is_null() {
                continue;
            }
            if cand.is(key) || self.eq(&cand, key)? {
                // Still the same entry after running user code?
                let t = d.table.borrow();
                if t.entry_at(idx).map(|e| e.key.is(&cand)).unwrap_or(false) {
                    return Ok(Some(idx));
                }
            }
        }
        Ok(None)
    }

    pub fn dict_get(&mut self, d: &DictObj, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(s) = key {
            // A `Slow` candidate (an instance key with an equal hash) needs
            // its `__eq__`: the general path below.
            let table = d.table.borrow();
            match table.lookup_str(key, s) {
                Lookup::Found(i) => return Ok(Some(table.value_at(i))),
                Lookup::Absent => return Ok(None),
                Lookup::Slow => {}
            }
        }
        let h = self.hash(key)?;
        Ok(self
            .dict_find(d, key, h)?
            .map(|i| d.table.borrow().value_at(i)))
    }

    pub fn dict_set(&mut self, d: &DictObj, key: Value, value: Value) -> PyResult<()> {
        if let Value::Str(s) = &key {
            let mut table = d.table.borrow_mut();
            match table.lookup_str(&key, s) {
                Lookup::Found(i) => {
                    table.set_value_at(i, value);
                    return Ok(());
                }
                Lookup::Absent => {
                    let h = s.hash();
                    table.insert_new(h, key, value);
                    return Ok(());
                }
                Lookup::Slow => {}
            }
        }
        let h = self.hash(&key)?;
        match self.dict_find(d, &key, h)? {
            Some(i) => d.table.borrow_mut().set_value_at(i, value),
            None => d.table.borrow_mut().insert_new(h, key, value),
        }
        Ok(())
    }

    /// Removes `key`, returning its value (None if absent).
    pub fn dict_remove(&mut self, d: &DictObj, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        match self.dict_find(d, key, h)? {
            Some(i) => Ok(Some(d.table.borrow_mut().remove_at(i).1)),
            None => Ok(None),
        }
    }

    /// `d.update(other)` for a mapping or an iterable of pairs.
    pub fn dict_update(&mut self, d: &DictObj, other: &Value) -> PyResult<()> {
        match other {
            Value::Dict(o) => {
                let items = o.table.borrow().items();
                for (k, v) in items {
                    self.dict_set(d, k, v)?;
                }
            }
            _ => {
                let class = self.class_of(other);
                if let Some(keys) = class.lookup("keys") {
                    let ks = self.call(&keys, vec![other.clone()], vec![])?;
                    for k in self.iterate(&ks)? {
                        let v = self.get_item(other, &k)?;
                        self.dict_set(d, k, v)?;
                    }
                    return Ok(());
                }
                let items = self.iterate(other)?;
                for (n, item) in items.into_iter().enumerate() {
                    let pair = self.iterate(&item).map_err(|_| {
                        self.type_error(format!(
                            "cannot convert dictionary update sequence element #{} to a sequence",
                            n
                        ))
                    })?;
                    if pair.len() != 2 {
                        return Err(self.value_error(format!(
                            "dictionary update sequence element #{} has length {}; 2 is required",
                            n,
                            pair.len()
                        )));
                    }
                    let mut it = pair.into_iter();
                    let (k, v) = (it.next().unwrap_or_default(), it.next().unwrap_or_default());
                    self.dict_set(d, k, v)?;
                }
            }
        }
        Ok(())
    }

    fn set_find(&mut self, s: &SetObj, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        match s.table.borrow().lookup(hash, key) {
            SetLookup::Found(i) => return Ok(Some(i)),
            SetLookup::Absent => return Ok(None),
            SetLookup::Slow => {}
        }
        let candidates = s.table.borrow().candidates(hash);
        for idx in candidates {
            let cand = s.table.borrow().key_at(idx);
            if cand.is(key) || self.eq(&cand, key)? {
                return Ok(Some(idx));
            }
        }
        Ok(None)
    }

    pub fn set_contains(&mut self, s: &SetObj, key: &Value) -> PyResult<bool> {
        let h = match self.hash(key) {
            Ok(h) => h,
            Err(e) => {
                // `{1} in some_set` looks the set up as a frozenset.
                if let Value::Set(inner) = key {
                    let f = Value::Set(Rc::new(SetObj::new(inner.table.borrow().clone(), true)));
                    return self.set_contains(s, &f);
                }
                return Err(e);
            }
        };
        Ok(self.set_find(s, key, h)?.is_some())
    }

    /// Adds `key`; returns true if it was not there.
    pub fn set_add(&mut self, s: &SetObj, key: Value) -> PyResult<bool> {
        let h = self.hash(&key)?;
        if self.set_find(s, &key, h)?.is_some() {
            return Ok(false);
        }
        s.table.borrow_mut().insert_absent(h, key);
        Ok(true)
    }

    pub fn set_discard(&mut self, s: &SetObj, key: &Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        match self.set_find(s, key, h)? {
            Some(slot) => {
                s.table.borrow_mut().remove_slot(slot);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// A new set (or frozenset) from any iterable, as `set(iterable)`.
    pub fn set_from(&mut self, iterable: &Value, frozen: bool) -> PyResult<Rc<SetObj>> {
        let s = Rc::new(SetObj::new(crate::objects::SetTable::new(), frozen));
        match iterable {
            Value::Set(other) => {
                s.table.borrow_mut().merge(&other.table.borrow());
            }
            Value::Dict(d) => {
                let keys = d.table.borrow().keys();
                s.table.borrow_mut().presize_for_dict(keys.len());
                for k in keys {
                    self.set_add(&s, k)?;
                }
            }
            _ => {
                let it = self.get_iter(iterable)?;
                while let Some(x) = self.next(&it)? {
                    self.set_add(&s, x)?;
                }
            }
        }
        Ok(s)
    }
}
