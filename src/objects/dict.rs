//! `dict`: an insertion-ordered hash table (entries in order, plus an
//! open-addressed index), the layout CPython has used since 3.6.
//!
//! The table itself never runs user code. Keys whose equality is decided
//! without user code (str, int, float, None, tuples of those …) are looked
//! up here directly; for other keys `vm::dict` asks for the candidates with
//! an equal hash and compares them itself, outside any borrow.

use std::cell::RefCell;

use super::Value;

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    /// `Value::Null` marks a deleted entry.
    pub key: Value,
    pub value: Value,
}

#[derive(Clone)]
pub struct Dict {
    entries: Vec<Entry>,
    indices: Vec<i32>,
    used: usize,
    /// Changes (to a number no other dict state has had) whenever an entry
    /// is added, removed or moved. Two dicts with the same version have
    /// their keys at the same entry indices (a copy shares its source's
    /// version until either changes), so `(version, index)` can be cached
    /// (the eval loop's global-name cache).
    pub version: u64,
    /// Bit `hash & 63` is set for the hash of every entry added since the
    /// dict was created or cleared (removals leave their bit): a clear bit
    /// proves no key with that hash is present (`may_hold_hash`) without
    /// probing. Calling a method on an instance asks whether the
    /// instance's dict shadows it; the answer is almost always no.
    hashes: u64,
}

impl Default for Dict {
    fn default() -> Dict {
        Dict {
            entries: Vec::new(),
            indices: Vec::new(),
            used: 0,
            version: fresh_version(),
            hashes: 0,
        }
    }
}

/// A hash's bit in `Dict::hashes`.
#[inline]
fn hash_bit(hash: i64) -> u64 {
    1 << (hash as u64 & 63)
}

/// A dict version no dict has had before.
fn fresh_version() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Result of a lookup that needs no user code.
pub enum Lookup {
    Found(usize),
    Absent,
    /// A candidate with an equal hash could not be compared without user code.
    Slow,
}

/// A dict object: the table behind a `RefCell`, borrowed only briefly.
#[derive(Default)]
pub struct DictObj {
    pub table: RefCell<Dict>,
}

impl DictObj {
    pub fn new() -> DictObj {
        DictObj::default()
    }
    pub fn from_dict(d: Dict) -> DictObj {
        DictObj {
            table: RefCell::new(d),
        }
    }
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Lookup by a str value with a cached hash (see `Dict::get_strobj`).
    #[inline]
    pub fn get_v(&self, key: &Value) -> Option<Value> {
        match key {
            Value::Str(s) => self.table.borrow().get_strobj(s),
            _ => None,
        }
    }
    /// Replaces each str key by the equal str `intern` gives (same hash,
    /// same place).
    pub fn intern_keys(&self, intern: &dyn Fn(&str) -> Value) {
        for e in self.table.borrow_mut().entries.iter_mut() {
            if let Value::Str(k) = &e.key {
                e.key = intern(k.as_str());
            }
        }
    }
    /// Lookup by a str key (globals, attributes, keyword arguments).
    pub fn get_str(&self, key: &str) -> Option<Value> {
        self.table.borrow().get_str(key)
    }
    pub fn set_str(&self, key: &str, value: Value) {
        self.table.borrow_mut().set_str(key, value)
    }
    /// Set with a key whose equality is decided without user code.
    pub fn set_simple(&self, key: Value, hash: i64, value: Value) {
        self.table.borrow_mut().set_simple(key, hash, value)
    }
}

/// Equality that needs no user code: `Some(answer)`, or `None` when a user
/// `__eq__` could be involved.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Str(x), Str(y)) => Some(x.as_str() == y.as_str()),
        (Int(x), Int(y)) => Some(x == y),
        (Float(x), Float(y)) => Some(x == y),
        (Int(x), Float(y)) | (Float(y), Int(x)) => Some(*x as f64 == *y && (*y as i64) == *x),
        (Bool(x), Int(y)) | (Int(y), Bool(x)) => Some(*x as i64 == *y),
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => Some(*x as i64 as f64 == *y),
        (Bool(x), Bool(y)) => Some(x == y),
        (Big(x), Big(y)) => Some(x == y),
        (Big(_), Int(_) | Bool(_)) | (Int(_) | Bool(_), Big(_)) => Some(false),
        (Tuple(x), Tuple(y)) => {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                match fast_eq(p, q) {
                    Some(true) => {}
                    other => return other,
                }
            }
            Some(true)
        }
        (Instance(_), _) | (_, Instance(_)) => Option::None,
        (Set(_), Set(_)) | (Obj(_), Obj(_)) => Option::None,
        (Big(_), Float(_)) | (Float(_), Big(_)) => Option::None,
        (None, _) | (_, None) => Some(false),
        (Null, _) | (_, Null) => Some(false),
        (Str(_), _) | (_, Str(_)) => Some(false),
        (Class(_), _) | (_, Class(_)) | (Function(_), _) | (_, Function(_)) => Some(false),
        (Builtin(_), _) | (_, Builtin(_)) => Some(false),
        (Tuple(_), _) | (_, Tuple(_)) => Some(false),
        _ => Option::None,
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn with_capacity(n: usize) -> Dict {
        let mut d = Dict::default();
        if n > 0 {
            d.entries.reserve(n);
            d.indices = vec![EMPTY; (n * 3 / 2 + 1).next_power_of_two().max(8)];
        }
        d
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Iterates over the live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (&e.key, &e.value))
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|(k, _)| k.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|(_, v)| v.clone()).collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }

    /// The number of entry positions (live or deleted), for position-based iteration.
    pub fn capacity_positions(&self) -> usize {
        self.entries.len()
    }

    /// The live entry at position `pos`, if any.
    pub fn entry_at(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).filter(|e| !e.key.is_null())
    }

    pub fn entry_mut(&mut self, idx: usize) -> &mut Entry {
        self.version = fresh_version();
        // The caller may change the entry's hash.
        self.hashes = u64::MAX;
        &mut self.entries[idx]
    }

    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    /// Probes for `hash`, calling `matches` on each live entry with that
    /// hash; returns the entry index found or the free slot to insert at.
    fn probe(&self, hash: i64, mut matches: impl FnMut(&Entry) -> Option<bool>) -> ProbeResult {
        if self.indices.is_empty() {
            return ProbeResult::Absent(usize::MAX);
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free: Option<usize> = None;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return ProbeResult::Absent(free.unwrap_or(i));
            }
            if ix == DUMMY {
                if free.is_none() {
                    free = Some(i);
                }
            } else {
                let e = &self.entries[ix as usize];
                if e.hash == hash {
                    match matches(e) {
                        Some(true) => return ProbeResult::Found(ix as usize),
                        Some(false) => {}
                        None => return ProbeResult::Slow,
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `lookup` of a str key (`key` is `Value::Str(k)`): an entry that is
    /// the same str, or a str of the same text, matches inline; any other
    /// entry with the hash goes through `fast_eq`.
    #[inline]
    pub fn lookup_str(&self, key: &Value, k: &std::rc::Rc<super::StrObj>) -> Lookup {
        match self.probe(k.hash(), |e| match &e.key {
            Value::Str(s) => Some(std::rc::Rc::ptr_eq(s, k) || s.as_str() == k.as_str()),
            other => fast_eq(other, key),
        }) {
            ProbeResult::Found(i) => Lookup::Found(i),
            ProbeResult::Absent(_) => Lookup::Absent,
            ProbeResult::Slow => Lookup::Slow,
        }
    }

    /// Lookup with `fast_eq`.
    pub fn lookup(&self, hash: i64, key: &Value) -> Lookup {
        match self.probe(hash, |e| fast_eq(&e.key, key)) {
            ProbeResult::Found(i) => Lookup::Found(i),
            ProbeResult::Absent(_) => Lookup::Absent,
            ProbeResult::Slow => Lookup::Slow,
        }
    }

    /// Entry indices whose hash equals `hash` (for the slow path).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        if self.indices.is_empty() {
            return out;
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return out;
            }
            if ix >= 0 && self.entries[ix as usize].hash == hash {
                out.push(ix as usize);
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Lookup by a str value (usually interned): its hash is cached and an
    /// identical object matches without comparing text.
    #[inline]
    pub fn get_strobj(&self, key: &std::rc::Rc<super::StrObj>) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let hash = key.hash();
        match self.probe(hash, |e| match &e.key {
            Value::Str(s) => Some(std::rc::Rc::ptr_eq(s, key) || s.as_str() == key.as_str()),
            _ => Some(false),
        }) {
            ProbeResult::Found(i) => Some(self.entries[i].value.clone()),
            _ => None,
        }
    }

    pub fn get_str(&self, key: &str) -> Option<Value> {
        let hash = super::str::hash_bytes(key.as_bytes());
        match self.probe(hash, |e| match &e.key {
            Value::Str(s) => Some(s.as_str() == key),
            _ => Some(false),
        }) {
            ProbeResult::Found(i) => Some(self.entries[i].value.clone()),
            _ => None,
        }
    }

    pub fn get_index_str(&self, key: &str) -> Option<usize> {
        let hash = super::str::hash_bytes(key.as_bytes());
        match self.probe(hash, |e| match &e.key {
            Value::Str(s) => Some(s.as_str() == key),
            _ => Some(false),
        }) {
            ProbeResult::Found(i) => Some(i),
            _ => None,
        }
    }

    pub fn set_str(&mut self, key: &str, value: Value) {
        let hash = super::str::hash_bytes(key.as_bytes());
        if let Some(i) = self.get_index_str(key) {
            self.entries[i].value = value;
        } else {
            self.insert_new(hash, Value::str(key), value);
        }
    }

    /// Sets a key known to compare without user code.
    pub fn set_simple(&mut self, key: Value, hash: i64, value: Value) {
        match self.lookup(hash, &key) {
            Lookup::Found(i) => self.entries[i].value = value,
            _ => self.insert_new(hash, key, value),
        }
    }

    pub fn get_simple(&self, key: &Value, hash: i64) -> Option<Value> {
        match self.lookup(hash, key) {
            Lookup::Found(i) => Some(self.entries[i].value.clone()),
            _ => None,
        }
    }

    /// The value of live entry `idx`, borrowed.
    #[inline(always)]
    pub fn value_ref_checked(&self, idx: usize) -> Option<&Value> {
        self.entries
            .get(idx)
            .filter(|e| !e.key.is_null())
            .map(|e| &e.value)
    }

    /// The value of live entry `idx`, if there is one.
    #[inline(always)]
    pub fn value_at_checked(&self, idx: usize) -> Option<Value> {
        self.entries
            .get(idx)
            .filter(|e| !e.key.is_null())
            .map(|e| e.value.clone())
    }

    /// The index of the live entry for `key`, a str with cached hash.
    pub fn index_of_strobj(&self, key: &std::rc::Rc<super::StrObj>) -> Option<usize> {
        if self.used == 0 {
            return None;
        }
        match self.probe(key.hash(), |e| match &e.key {
            Value::Str(s) => Some(std::rc::Rc::ptr_eq(s, key) || s.as_str() == key.as_str()),
            _ => Some(false),
        }) {
            ProbeResult::Found(i) => Some(i),
            _ => None,
        }
    }

    /// The value at entry `idx` if that entry's key is `key` itself (an
    /// attribute-cache hint).
    #[inline]
    pub fn hinted(&self, idx: usize, key: &std::rc::Rc<super::StrObj>) -> Option<&Value> {
        match self.entries.get(idx) {
            Some(Entry {
                key: Value::Str(k),
                value,
                ..
            }) if std::rc::Rc::ptr_eq(k, key) => Some(value),
            _ => None,
        }
    }

    /// Replaces the value at entry `idx` if that entry's key is `key`
    /// itself; gives `value` back otherwise.
    #[inline]
    pub fn set_hinted(
        &mut self,
        idx: usize,
        key: &std::rc::Rc<super::StrObj>,
        value: Value,
    ) -> Result<Value, Value> {
        match self.entries.get_mut(idx) {
            Some(Entry {
                key: Value::Str(k),
                value: slot,
                ..
            }) if std::rc::Rc::ptr_eq(k, key) => Ok(std::mem::replace(slot, value)),
            _ => Err(value),
        }
    }

    pub fn value_at(&self, idx: usize) -> Value {
        self.entries[idx].value.clone()
    }
    pub fn key_at(&self, idx: usize) -> Value {
        self.entries[idx].key.clone()
    }
    pub fn set_value_at(&mut self, idx: usize, value: Value) {
        self.entries[idx].value = value;
    }

    /// Appends a new entry; the caller knows the key is absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        self.version = fresh_version();
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.grow();
        }
        let slot = match self.probe(hash, |_| Some(false)) {
            ProbeResult::Absent(s) => s,
            _ => unreachable!("probe with a never-matching predicate finds a free slot"),
        };
        self.indices[slot] = self.entries.len() as i32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        self.hashes |= hash_bit(hash);
    }

    /// False only if no key with hash `hash` is present (see `hashes`).
    #[inline]
    pub fn may_hold_hash(&self, hash: i64) -> bool {
        self.hashes & hash_bit(hash) != 0
    }

    /// Deletes the entry at `idx`, returning its key and value.
    pub fn remove_at(&mut self, idx: usize) -> (Value, Value) {
        self.version = fresh_version();
        let hash = self.entries[idx].hash;
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.indices[i] == idx as i32 {
                self.indices[i] = DUMMY;
                break;
            }
            if self.indices[i] == EMPTY {
                break;
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        let e = &mut self.entries[idx];
        let key = std::mem::take(&mut e.key);
        let value = std::mem::take(&mut e.value);
        self.used -= 1;
        if self.used == 0 {
            self.entries.clear();
            for x in self.indices.iter_mut() {
                *x = EMPTY;
            }
        }
        (key, value)
    }

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let idx = self.entries.iter().rposition(|e| !e.key.is_null())?;
        let kv = self.remove_at(idx);
        self.entries.truncate(idx);
        Some(kv)
    }

    pub fn clear(&mut self) {
        *self = Dict::default();
    }

    fn grow(&mut self) {
        self.version = fresh_version();
        let want = ((self.used + 1) * 3).next_power_of_two().max(8);
        let live: Vec<Entry> = std::mem::take(&mut self.entries)
            .into_iter()
            .filter(|e| !e.key.is_null())
            .collect();
        self.indices = vec![EMPTY; want];
        self.entries = Vec::with_capacity(live.len() * 2);
        self.used = 0;
        for e in live {
            let slot = match self.probe(e.hash, |_| Some(false)) {
                ProbeResult::Absent(s) => s,
                _ => unreachable!("fresh table has free slots"),
            };
            self.indices[slot] = self.entries.len() as i32;
            self.entries.push(e);
            self.used += 1;
        }
    }
}

enum ProbeResult {
    Found(usize),
    Absent(usize),
    Slow,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_summary_never_denies_a_present_key() {
        let mut d = Dict::new();
        assert!(!d.may_hold_hash(5));
        for h in 0..200i64 {
            d.insert_new(h * 977, Value::Int(h), Value::None);
        }
        // Growing the table (several times above) keeps every bit.
        for h in 0..200i64 {
            assert!(d.may_hold_hash(h * 977));
        }
        let idx = d.entries.iter().position(|e| e.hash == 977).unwrap();
        d.remove_at(idx);
        assert!(d.may_hold_hash(977), "a removal may leave its bit");
        d.clear();
        assert!(!d.may_hold_hash(977));
        d.insert_new(-3, Value::Int(-3), Value::None);
        assert!(d.may_hold_hash(-3) && !d.may_hold_hash(-4));
    }
}
