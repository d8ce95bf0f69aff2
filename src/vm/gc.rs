//! The cycle collector: reference counting frees everything except cycles;
//! this finds unreachable cycles and breaks them.
//!
//! A cycle can only be closed by storing a reference into a container that
//! already exists (`a.append(b)`, `obj.attr = x`, `cell = f` …): the newest
//! object of a cycle cannot point at an older one that points back until
//! one of them is mutated. So the VM *tracks* a container when a container
//! value is stored into it (`note_store`), not when it is created, which
//! keeps allocation free of collector work.
//!
//! A collection (CPython's algorithm, without generations) starts from the
//! tracked containers, discovers everything reachable from them, and
//! subtracts from each object's strong count the references held inside
//! that set. Objects left with a positive count are referenced from
//! outside (stacks, Rust locals, untracked objects): they and everything
//! they reach are alive. The rest is garbage held only by itself; clearing
//! its containers breaks the cycles and reference counting frees it.
//!
//! Runs only at the eval loop's periodic check, with the GIL, when the
//! number of newly tracked containers passes a threshold proportional to
//! the live tracked set (amortised constant cost per tracked store).

use std::collections::{HashMap, HashSet};
use std::rc::{Rc, Weak};

use super::Vm;
use crate::objects::{
    BoundMethod, Class, DictObj, Function, Instance, IterState, ListObj, Object, SetObj, Value,
};

/// A weak handle on a tracked container.
enum Tracked {
    List(Weak<ListObj>),
    Dict(Weak<DictObj>),
    Set(Weak<SetObj>),
    Instance(Weak<Instance>),
    Function(Weak<Function>),
    Class(Weak<Class>),
    Obj(Weak<Object>),
}

/// A strong handle on any node of the object graph.
#[derive(Clone)]
enum Node {
    V(Value),
    Dict(Rc<DictObj>),
}

impl Node {
    fn addr(&self) -> usize {
        match self {
            Node::V(v) => v.ptr().unwrap_or(0),
            Node::Dict(d) => Rc::as_ptr(d) as usize,
        }
    }

    fn strong(&self) -> usize {
        match self {
            Node::V(v) => strong_count(v),
            Node::Dict(d) => Rc::strong_count(d),
        }
    }
}

fn strong_count(v: &Value) -> usize {
    match v {
        Value::List(r) => Rc::strong_count(r),
        Value::Tuple(r) => Rc::strong_count(r),
        Value::Dict(r) => Rc::strong_count(r),
        Value::Set(r) => Rc::strong_count(r),
        Value::Function(r) => Rc::strong_count(r),
        Value::Method(r) => Rc::strong_count(r),
        Value::Class(r) => Rc::strong_count(r),
        Value::Instance(r) => Rc::strong_count(r),
        Value::Obj(r) => Rc::strong_count(r),
        Value::Builtin(r) => Rc::strong_count(r),
        _ => usize::MAX,
    }
}

/// Whether a value can be part of a reference cycle.
#[inline]
pub fn is_container(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Function(_)
            | Value::Method(_)
            | Value::Class(_)
            | Value::Instance(_)
            | Value::Obj(_)
            | Value::Builtin(_)
    )
}

/// Hashes an object address: addresses are already well spread, so one
/// multiply is enough (SipHash would dominate `note_store`).
#[derive(Default)]
pub struct AddrHasher(u64);

impl std::hash::Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ *b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.0 = ((n as u64) >> 4).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

type AddrSet = HashSet<usize, std::hash::BuildHasherDefault<AddrHasher>>;

/// The collector's state, in `Interp`.
pub struct Gc {
    /// `gc.disable()` turns automatic collection off.
    pub enabled: bool,
    tracked: Vec<Tracked>,
    addrs: AddrSet,
    /// Containers tracked since the last collection.
    new_since: usize,
    /// Tracked containers that survived the last collection.
    survivors: usize,
    /// Set while collecting (stores made by clearing are not tracked).
    collecting: bool,
    pub collections: usize,
    pub collected: usize,
}

impl Default for Gc {
    fn default() -> Gc {
        Gc {
            enabled: true,
            tracked: Vec::new(),
            addrs: AddrSet::default(),
            new_since: 0,
            survivors: 0,
            collecting: false,
            collections: 0,
            collected: 0,
        }
    }
}

/// Minimum number of new tracked containers between collections.
const MIN_THRESHOLD: usize = 20_000;

impl Gc {
    /// Tracks `v` (idempotent).
    pub fn track(&mut self, v: &Value) {
        let Some(addr) = v.ptr() else { return };
        if self.addrs.contains(&addr) {
            return;
        }
        let t = match v {
            Value::List(r) => Tracked::List(Rc::downgrade(r)),
            Value::Dict(r) => Tracked::Dict(Rc::downgrade(r)),
            Value::Set(r) => Tracked::Set(Rc::downgrade(r)),
            Value::Instance(r) => Tracked::Instance(Rc::downgrade(r)),
            Value::Function(r) => Tracked::Function(Rc::downgrade(r)),
            Value::Class(r) => Tracked::Class(Rc::downgrade(r)),
            Value::Obj(r) => Tracked::Obj(Rc::downgrade(r)),
            _ => return,
        };
        self.addrs.insert(addr);
        self.tracked.push(t);
        self.new_since += 1;
    }

    /// Tracks a dict that is not a `Value` (module and instance dicts).
    pub fn track_dict(&mut self, d: &Rc<DictObj>) {
        let addr = Rc::as_ptr(d) as usize;
        if self.addrs.insert(addr) {
            self.tracked.push(Tracked::Dict(Rc::downgrade(d)));
            self.new_since += 1;
        }
    }

    /// True when enough has been tracked to make a collection worth it.
    #[inline]
    pub fn due(&self) -> bool {
        self.enabled && self.new_since > MIN_THRESHOLD.max(self.survivors)
    }
}

/// `Vm::note_store` given the interpreter (for the eval loop, which holds
/// the value stack and so cannot lend the whole `Vm`).
#[inline(always)]
pub fn note_store(interp: &crate::vm::Interp, container: &Value, stored: &Value) {
    if is_container(stored) {
        let mut gc = interp.gc.borrow_mut();
        if !gc.collecting {
            gc.track(container);
        }
    }
}

impl Vm {
    /// Tracks `container` if `stored` could close a cycle through it.
    #[inline(always)]
    pub fn note_store(&self, container: &Value, stored: &Value) {
        note_store(&self.interp, container, stored);
    }

    /// Collects if due (called at the periodic check).
    pub fn maybe_collect(&mut self) {
        let due = self.interp.gc.borrow().due();
        if due {
            self.collect();
        }
    }

    /// A full collection; returns the number of containers cleared.
    pub fn collect(&mut self) -> usize {
        let roots: Vec<Node> = {
            let mut gc = self.interp.gc.borrow_mut();
            let mut live = Vec::with_capacity(gc.tracked.len());
            let mut kept = Vec::with_capacity(gc.tracked.len());
            gc.addrs.clear();
            for t in gc.tracked.drain(..) {
                let node = match &t {
                    Tracked::List(w) => w.upgrade().map(|r| Node::V(Value::List(r))),
                    Tracked::Dict(w) => w.upgrade().map(Node::Dict),
                    Tracked::Set(w) => w.upgrade().map(|r| Node::V(Value::Set(r))),
                    Tracked::Instance(w) => w.upgrade().map(|r| Node::V(Value::Instance(r))),
                    Tracked::Function(w) => w.upgrade().map(|r| Node::V(Value::Function(r))),
                    Tracked::Class(w) => w.upgrade().map(|r| Node::V(Value::Class(r))),
                    Tracked::Obj(w) => w.upgrade().map(|r| Node::V(Value::Obj(r))),
                };
                if let Some(n) = node {
                    live.push(n);
                    kept.push(t);
                }
            }
            gc.tracked = kept;
            for n in &live {
                gc.addrs.insert(n.addr());
            }
            gc.collecting = true;
            live
        };
        // Discover the graph reachable from the tracked containers.
        let mut index: HashMap<usize, usize, std::hash::BuildHasherDefault<AddrHasher>> =
            HashMap::default();
        index.reserve(roots.len() * 2);
        let mut nodes: Vec<Node> = Vec::with_capacity(roots.len() * 2);
        // Edges in one flat array: node i's children are
        // `edges[starts[i]..starts[i + 1]]`.
        let mut edges: Vec<usize> = Vec::with_capacity(roots.len() * 4);
        let mut starts: Vec<usize> = Vec::with_capacity(roots.len() * 2 + 1);
        let mut kids: Vec<Node> = Vec::new();
        for r in roots {
            let a = r.addr();
            if let std::collections::hash_map::Entry::Vacant(e) = index.entry(a) {
                e.insert(nodes.len());
                nodes.push(r);
            }
        }
        let mut i = 0;
        while i < nodes.len() {
            kids.clear();
            children(&nodes[i], &mut kids);
            starts.push(edges.len());
            for k in kids.drain(..) {
                let a = k.addr();
                let j = match index.get(&a) {
                    Some(j) => *j,
                    None => {
                        let j = nodes.len();
                        index.insert(a, j);
                        nodes.push(k);
                        j
                    }
                };
                edges.push(j);
            }
            i += 1;
        }
        starts.push(edges.len());
        // Trial deletion: references from outside the set keep a node alive.
        // Each node's count includes the one `nodes` holds.
        let mut refs: Vec<isize> = nodes.iter().map(|n| n.strong() as isize - 1).collect();
        for &j in &edges {
            refs[j] -= 1;
        }
        let mut alive = vec![false; nodes.len()];
        let mut stack: Vec<usize> = (0..nodes.len()).filter(|&j| refs[j] > 0).collect();
        for &j in &stack {
            alive[j] = true;
        }
        while let Some(j) = stack.pop() {
            for &k in &edges[starts[j]..starts[j + 1]] {
                if !alive[k] {
                    alive[k] = true;
                    stack.push(k);
                }
            }
        }
        let garbage: Vec<Node> = nodes
            .into_iter()
            .zip(&alive)
            .filter(|(_, a)| !**a)
            .map(|(n, _)| n)
            .collect();
        drop(edges);
        let n = garbage.len();
        // Break the cycles: take the contents out first, drop them after,
        // so no destructor runs while a container is borrowed.
        let mut dropped: Vec<Value> = Vec::new();
        for g in &garbage {
            clear(g, &mut dropped);
        }
        drop(garbage);
        drop(dropped);
        let mut gc = self.interp.gc.borrow_mut();
        gc.collecting = false;
        gc.survivors = gc.tracked.len().saturating_sub(n);
        gc.new_since = 0;
        gc.collections += 1;
        gc.collected += n;
        n
    }
}

fn push_dict(d: &DictObj, out: &mut Vec<Node>) {
    for (k, v) in d.table.borrow().iter() {
        if is_container(k) {
            out.push(Node::V(k.clone()));
        }
        if is_container(v) {
            out.push(Node::V(v.clone()));
        }
    }
}

fn push(v: &Value, out: &mut Vec<Node>) {
    if is_container(v) {
        out.push(Node::V(v.clone()));
    }
}

/// The nodes `n` refers to directly.
fn children(n: &Node, out: &mut Vec<Node>) {
    let v = match n {
        Node::Dict(d) => return push_dict(d, out),
        Node::V(v) => v,
    };
    match v {
        Value::List(l) => l.items.borrow().iter().for_each(|x| push(x, out)),
        Value::Tuple(t) => t.items.iter().for_each(|x| push(x, out)),
        Value::Dict(d) => push_dict(d, out),
        Value::Set(s) => s.table.borrow().iter().for_each(|x| push(x, out)),
        Value::Instance(i) => {
            out.push(Node::Dict(i.dict.clone()));
            push(&i.payload.borrow(), out);
            out.push(Node::V(Value::Class(i.class())));
        }
        Value::Function(f) => {
            out.push(Node::Dict(f.globals.clone()));
            f.defaults.borrow().iter().for_each(|x| push(x, out));
            for (_, x) in f.kwdefaults.borrow().iter() {
                push(x, out);
            }
            f.closure.iter().for_each(|x| push(x, out));
            if let Some(d) = f.dict.borrow().as_ref() {
                out.push(Node::Dict(d.clone()));
            }
        }
        Value::Method(m) => method_children(m, out),
        Value::Builtin(b) => push(&b.self_, out),
        Value::Class(c) => {
            push_dict(&c.dict, out);
            c.bases
                .borrow()
                .iter()
                .for_each(|b| out.push(Node::V(Value::Class(b.clone()))));
            c.mro
                .borrow()
                .iter()
                .for_each(|b| out.push(Node::V(Value::Class(b.clone()))));
        }
        Value::Obj(o) => match &**o {
            Object::Module(m) => out.push(Node::Dict(m.dict.clone())),
            Object::Cell(c) => push(&c.borrow(), out),
            Object::Generator(g) => {
                if let crate::vm::generator::GenState::Ready { saved, .. } = &*g.state.borrow() {
                    saved.stack.iter().for_each(|x| push(x, out));
                    push(&saved.handled, out);
                    out.push(Node::Dict(saved.frame.globals.clone()));
                    if let Some(ns) = &saved.frame.namespace {
                        out.push(Node::Dict(ns.clone()));
                    }
                }
            }
            Object::Iter(st) => iter_children(&st.borrow(), out),
            Object::Property(p) => [&p.fget, &p.fset, &p.fdel, &p.doc]
                .iter()
                .for_each(|x| push(x, out)),
            Object::StaticMethod(f) | Object::ClassMethod(f) => push(f, out),
            Object::Super { class, obj } => {
                out.push(Node::V(Value::Class(class.clone())));
                push(obj, out);
            }
            Object::DictView(_, d) => out.push(Node::Dict(d.clone())),
            _ => {}
        },
        _ => {}
    }
}

fn method_children(m: &BoundMethod, out: &mut Vec<Node>) {
    push(&m.self_, out);
    push(&m.func, out);
}

fn iter_children(st: &IterState, out: &mut Vec<Node>) {
    match st {
        IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => push(seq, out),
        IterState::DictKeys { dict, .. }
        | IterState::DictValues { dict, .. }
        | IterState::DictItems { dict, .. } => out.push(Node::Dict(dict.clone())),
        IterState::Set { set, .. } => push(&Value::Set(set.clone()), out),
        IterState::GetItem { obj, .. } => push(obj, out),
        IterState::Enumerate { iter, count } => {
            push(iter, out);
            push(count, out);
        }
        IterState::Zip { iters } => iters.iter().for_each(|x| push(x, out)),
        IterState::Map { func, iters } => {
            push(func, out);
            iters.iter().for_each(|x| push(x, out));
        }
        IterState::Filter { func, iter } => {
            push(func, out);
            push(iter, out);
        }
        IterState::Callable { func, sentinel } => {
            push(func, out);
            push(sentinel, out);
        }
        _ => {}
    }
}

/// Empties a garbage container, moving what it held into `dropped`.
fn clear(n: &Node, dropped: &mut Vec<Value>) {
    let take_dict = |d: &DictObj, dropped: &mut Vec<Value>| {
        let items = d.table.borrow().items();
        d.table.borrow_mut().clear();
        for (k, v) in items {
            dropped.push(k);
            dropped.push(v);
        }
    };
    let v = match n {
        Node::Dict(d) => return take_dict(d, dropped),
        Node::V(v) => v,
    };
    match v {
        Value::List(l) => dropped.append(&mut l.items.borrow_mut()),
        Value::Dict(d) => take_dict(d, dropped),
        Value::Set(s) => {
            let keys = s.table.borrow().keys();
            s.table.borrow_mut().clear();
            dropped.extend(keys);
        }
        Value::Instance(i) => {
            take_dict(&i.dict, dropped);
            dropped.push(std::mem::take(&mut *i.payload.borrow_mut()));
        }
        Value::Function(f) => {
            dropped.append(&mut f.defaults.borrow_mut());
            for (k, x) in f.kwdefaults.borrow_mut().drain(..) {
                dropped.push(k);
                dropped.push(x);
            }
            if let Some(d) = f.dict.borrow_mut().take() {
                take_dict(&d, dropped);
            }
        }
        Value::Class(c) => take_dict(&c.dict, dropped),
        Value::Obj(o) => match &**o {
            Object::Cell(c) => dropped.push(std::mem::take(&mut *c.borrow_mut())),
            Object::Generator(g) => {
                let old = std::mem::replace(
                    &mut *g.state.borrow_mut(),
                    crate::vm::generator::GenState::Done,
                );
                if let crate::vm::generator::GenState::Ready { saved, .. } = old {
                    let saved = *saved;
                    dropped.extend(saved.stack);
                    dropped.push(saved.handled);
                }
            }
            Object::Iter(st) => {
                let old = std::mem::replace(&mut *st.borrow_mut(), IterState::Done);
                drop_iter(old, dropped);
            }
            _ => {}
        },
        _ => {}
    }
}

fn drop_iter(st: IterState, dropped: &mut Vec<Value>) {
    match st {
        IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => dropped.push(seq),
        IterState::GetItem { obj, .. } => dropped.push(obj),
        IterState::Enumerate { iter, count } => {
            dropped.push(iter);
            dropped.push(count);
        }
        IterState::Zip { iters } => dropped.extend(iters),
        IterState::Map { func, iters } => {
            dropped.push(func);
            dropped.extend(iters);
        }
        IterState::Filter { func, iter } => {
            dropped.push(func);
            dropped.push(iter);
        }
        IterState::Callable { func, sentinel } => {
            dropped.push(func);
            dropped.push(sentinel);
        }
        _ => {}
    }
}
