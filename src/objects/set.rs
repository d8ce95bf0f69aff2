//! `set` and `frozenset`: CPython's open-addressing table, probe for probe,
//! so that sets of ints iterate in the order CPython prints them.

use std::cell::RefCell;

use super::dict::fast_eq;
use super::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
pub struct Slot {
    /// `DUMMY_HASH` in a slot whose key is `Null` marks a deleted key
    /// (no hash is -1: CPython's hashes turn -1 into -2), which keeps a
    /// slot at 24 bytes.
    pub hash: i64,
    /// `Null` = never used, or deleted (see `hash`).
    pub key: Value,
}

const DUMMY_HASH: i64 = -1;
const _: () = assert!(std::mem::size_of::<Slot>() == 24);

impl Slot {
    fn empty() -> Slot {
        Slot {
            hash: 0,
            key: Value::Null,
        }
    }
    fn is_dummy(&self) -> bool {
        self.key.is_null() && self.hash == DUMMY_HASH
    }
    fn is_unused(&self) -> bool {
        self.key.is_null() && self.hash != DUMMY_HASH
    }
    pub fn is_active(&self) -> bool {
        !self.key.is_null()
    }
}

#[derive(Clone)]
pub struct SetTable {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            table: vec![Slot::empty(); MIN_SIZE],
            fill: 0,
            used: 0,
        }
    }
}

pub enum SetLookup {
    Found(usize),
    Absent,
    Slow,
}

pub struct SetObj {
    pub table: RefCell<SetTable>,
    pub frozen: bool,
}

impl SetObj {
    pub fn new(table: SetTable, frozen: bool) -> SetObj {
        SetObj {
            table: RefCell::new(table),
            frozen,
        }
    }
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable::default()
    }

    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Active keys in table order (CPython's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.table.iter().filter(|s| s.is_active()).map(|s| &s.key)
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().cloned().collect()
    }

    pub fn slots(&self) -> &[Slot] {
        &self.table
    }

    /// Finds `key` with `fast_eq`, in the probe order of `set_add_entry`.
    pub fn lookup(&self, hash: i64, key: &Value) -> SetLookup {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                let slot = &self.table[i + j];
                if slot.is_unused() {
                    return SetLookup::Absent;
                }
                if slot.is_active() && slot.hash == hash {
                    match fast_eq(&slot.key, key) {
                        Some(true) => return SetLookup::Found(i + j),
                        Some(false) => {}
                        None => return SetLookup::Slow,
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    /// Slot indices of active keys with this hash (for the slow path).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                let slot = &self.table[i + j];
                if slot.is_unused() {
                    return out;
                }
                if slot.is_active() && slot.hash == hash {
                    out.push(i + j);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    pub fn key_at(&self, slot: usize) -> Value {
        self.table[slot].key.clone()
    }

    /// Inserts a key known to be absent (the caller looked it up). As in
    /// CPython's `set_add_entry`, the key takes the last deleted slot the
    /// probe passed before it reached an unused one, if any.
    pub fn insert_absent(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                let slot = &mut self.table[i + j];
                if slot.is_dummy() {
                    freeslot = Some(i + j);
                    continue;
                }
                if slot.is_unused() {
                    if let Some(free) = freeslot {
                        self.table[free] = Slot { hash, key };
                        self.used += 1;
                        return;
                    }
                    slot.key = key;
                    slot.hash = hash;
                    self.fill += 1;
                    self.used += 1;
                    if self.fill * 5 >= mask * 3 {
                        let minused = if self.used > 50000 {
                            self.used * 2
                        } else {
                            self.used * 4
                        };
                        self.resize(minused);
                    }
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    /// Adds a key whose equality needs no user code. Returns true if added.
    pub fn add_simple(&mut self, hash: i64, key: Value) -> bool {
        match self.lookup(hash, &key) {
            SetLookup::Found(_) => false,
            _ => {
                self.insert_absent(hash, key);
                true
            }
        }
    }

    pub fn remove_slot(&mut self, slot: usize) -> Value {
        let s = &mut self.table[slot];
        let key = std::mem::take(&mut s.key);
        s.hash = DUMMY_HASH;
        self.used -= 1;
        key
    }

    /// `set.pop()`: CPython scans from a finger; we take the first active slot.
    pub fn pop_first(&mut self) -> Option<Value> {
        let slot = self.table.iter().position(|s| s.is_active())?;
        Some(self.remove_slot(slot))
    }

    pub fn clear(&mut self) {
        *self = SetTable::default();
    }

    fn insert_clean(table: &mut [Slot], hash: i64, key: Value) {
        let mask = table.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            if table[i].key.is_null() {
                table[i] = Slot { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if table[i + j].key.is_null() {
                        table[i + j] = Slot { hash, key };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::empty(); newsize]);
        self.fill = self.used;
        for s in old {
            if s.is_active() {
                Self::insert_clean(&mut self.table, s.hash, s.key);
            }
        }
    }

    /// `set_merge`: add every key of `other` (a set's table), as CPython does.
    pub fn merge(&mut self, other: &SetTable) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.table.len() == other.table.len() && other.fill == other.used {
            for (dst, src) in self.table.iter_mut().zip(other.table.iter()) {
                if src.is_active() {
                    *dst = src.clone();
                }
            }
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for s in other.table.iter().filter(|s| s.is_active()) {
                Self::insert_clean(&mut self.table, s.hash, s.key.clone());
            }
            return;
        }
        for s in other.table.iter().filter(|s| s.is_active()) {
            self.add_simple_or_slow(s.hash, s.key.clone());
        }
    }

    /// Adds during a merge of keys that are already distinct in their source.
    fn add_simple_or_slow(&mut self, hash: i64, key: Value) {
        match self.lookup(hash, &key) {
            SetLookup::Found(_) => {}
            SetLookup::Absent => self.insert_absent(hash, key),
            SetLookup::Slow => {
                // Keys from another set with user-defined equality: fall
                // back to identity, which is what a set of distinct user
                // objects almost always means.
                let dup = self
                    .candidates(hash)
                    .into_iter()
                    .any(|i| self.table[i].key.is(&key));
                if !dup {
                    self.insert_absent(hash, key)
                }
            }
        }
    }

    /// Resize ahead of adding `n` keys from a dict (as `set_update_internal`).
    pub fn presize_for_dict(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }
}
