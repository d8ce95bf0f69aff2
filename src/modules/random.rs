//! The `random` module: `random.Random` (a native class over `mt`'s
//! Mersenne Twister) and the module-level functions, which are the bound
//! methods of one hidden instance, as in CPython. Every algorithm follows
//! CPython 3.11's `random.py`, so a seed gives CPython's sequence.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use super::mt::MersenneTwister;
use super::{native_class, new_native, with_native};
use crate::objects::{Args, Builtin, Class, NativeFn, Object, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::{PyResult, Vm};

/// The state of one `Random` instance. Owned by the GIL holder.
pub struct RandomState {
    mt: RefCell<MersenneTwister>,
    gauss_next: Cell<Option<f64>>,
}

impl RandomState {
    fn new(mt: MersenneTwister) -> RandomState {
        RandomState {
            mt: RefCell::new(mt),
            gauss_next: Cell::new(None),
        }
    }
}

const STATE_KEY: &str = "random._inst";
const CLASS_KEY: &str = "random.Random";

const METHODS: &[(&str, NativeFn)] = &[
    ("seed", seed),
    ("random", random),
    ("getrandbits", getrandbits),
    ("randbytes", randbytes),
    ("randrange", randrange),
    ("randint", randint),
    ("choice", choice),
    ("choices", choices),
    ("shuffle", shuffle),
    ("sample", sample),
    ("uniform", uniform),
    ("triangular", triangular),
    ("gauss", gauss),
    ("normalvariate", normalvariate),
    ("lognormvariate", lognormvariate),
    ("expovariate", expovariate),
    ("vonmisesvariate", vonmisesvariate),
    ("gammavariate", gammavariate),
    ("betavariate", betavariate),
    ("paretovariate", paretovariate),
    ("weibullvariate", weibullvariate),
    ("getstate", getstate),
    ("setstate", setstate),
];

fn random_class(vm: &mut Vm) -> Rc<Class> {
    super::cached_class(vm, CLASS_KEY, |vm| {
        let c = native_class(vm, "Random", "random", METHODS);
        c.dict
            .set_str("__new__", super::method("Random", "__new__", random_new));
        c.dict
            .set_str("__init__", super::method("Random", "__init__", random_init));
        c.dict.set_str("VERSION", Value::Int(3));
        c
    })
}

/// The seed the module-level generator starts from (`--seed S`), if any.
static INITIAL_SEED: std::sync::OnceLock<i64> = std::sync::OnceLock::new();

/// Makes the module-level generator start from `seed` instead of entropy
/// (before the program runs).
pub fn set_initial_seed(seed: i64) {
    let _ = INITIAL_SEED.set(seed);
}

/// The hidden instance behind the module-level functions.
fn global_instance(vm: &mut Vm) -> Value {
    if let Some(v) = vm.interp.module_state.borrow().get(STATE_KEY) {
        return v.clone();
    }
    let class = random_class(vm);
    let mt = match INITIAL_SEED.get() {
        Some(&seed) => {
            let mut mt = MersenneTwister::from_entropy();
            mt.seed_int(&BigInt::from(seed));
            mt
        }
        None => MersenneTwister::from_entropy(),
    };
    let inst = new_native(&class, RandomState::new(mt));
    vm.interp
        .module_state
        .borrow_mut()
        .insert(STATE_KEY, inst.clone());
    inst
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::new_module("random");
    let class = random_class(vm);
    d.set_str("Random", Value::Class(class));
    let inst = global_instance(vm);
    for (name, f) in METHODS {
        d.set_str(
            name,
            Value::Builtin(Rc::new(Builtin {
                name,
                func: *f,
                self_: inst.clone(),
                owner: "Random",
            })),
        );
    }
    d.set_str("_inst", inst);
    Ok(m)
}

fn this(a: &Args) -> Value {
    a.pos.first().cloned().unwrap_or_default()
}

/// Runs `f` on the generator of `this` (no Python code runs meanwhile).
fn with_mt<R>(vm: &Vm, this: &Value, f: impl FnOnce(&mut MersenneTwister) -> R) -> PyResult<R> {
    with_native(vm, this, "Random", |s: &RandomState| {
        f(&mut s.mt.borrow_mut())
    })
}

fn next_random(vm: &Vm, this: &Value) -> PyResult<f64> {
    with_mt(vm, this, |mt| mt.random())
}

/// The arguments after `self`, checked against `names` (positional or keyword).
fn params(
    vm: &Vm,
    a: &Args,
    func: &str,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    a.only_kw(vm, func, names)?;
    let given = a.len().saturating_sub(1);
    if given > names.len() {
        return Err(vm.type_error(format!(
            "Random.{}() takes from {} to {} positional arguments but {} were given",
            func,
            required + 1,
            names.len() + 1,
            given + 1
        )));
    }
    let mut out = Vec::with_capacity(names.len());
    let mut missing = Vec::new();
    for (i, n) in names.iter().enumerate() {
        let v = a.arg(i + 1, n);
        if v.is_some() && a.pos.get(i + 1).is_some() && a.kw(n).is_some() {
            return Err(vm.type_error(format!(
                "Random.{}() got multiple values for argument '{}'",
                func, n
            )));
        }
        if v.is_none() && i < required {
            missing.push(format!("'{}'", n));
        }
        out.push(v);
    }
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            _ => format!(
                "{}, and {}",
                missing[..missing.len() - 1].join(", "),
                missing[missing.len() - 1]
            ),
        };
        return Err(vm.type_error(format!(
            "Random.{}() missing {} required positional argument{}: {}",
            func,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            list
        )));
    }
    Ok(out)
}

/// A float parameter (ints and objects with `__float__` accepted).
fn real(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Str(_) | Value::None => {
            Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
        }
        _ => super::builtins::float_from(vm, v),
    }
}

fn real_or(vm: &mut Vm, v: &Option<Value>, default: f64) -> PyResult<f64> {
    match v {
        Some(v) => real(vm, v),
        None => Ok(default),
    }
}

fn big_value(n: BigInt) -> Value {
    Value::from_bigint(n)
}

fn random_new(vm: &mut Vm, a: Args) -> PyResult {
    let class = match a.pos.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => random_class(vm),
    };
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "Random() expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    let inst = new_native(&class, RandomState::new(MersenneTwister::from_entropy()));
    let x = a.get(1).cloned().unwrap_or(Value::None);
    seed_instance(vm, &inst, &x, 2)?;
    Ok(inst)
}

fn random_init(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(Value::None)
}

/// `seed(a, version)` on the instance `this`.
fn seed_instance(vm: &mut Vm, this: &Value, a: &Value, version: i64) -> PyResult<()> {
    let payload = crate::vm::ops::payload_of(a);
    let a = payload.as_ref().unwrap_or(a);
    enum Seed {
        Entropy,
        Int(BigInt),
        Bytes(Vec<u8>),
        Hash(i64),
    }
    let seed = match a {
        Value::None => Seed::Entropy,
        Value::Int(_) | Value::Bool(_) | Value::Big(_) => {
            Seed::Int(crate::objects::int::to_big(a).unwrap_or_default())
        }
        Value::Float(_) => Seed::Hash(vm.hash(a)?),
        Value::Str(s) if version == 1 => Seed::Int(BigInt::from(version1_seed(
            &s.as_str()
                .chars()
                .map(|c| c as u32 as u64)
                .collect::<Vec<_>>(),
        ))),
        Value::Str(s) => Seed::Bytes(s.as_str().as_bytes().to_vec()),
        Value::Obj(o) => match &**o {
            Object::Bytes(b) if version == 1 => Seed::Int(BigInt::from(version1_seed(
                &b.iter().map(|&c| c as u64).collect::<Vec<_>>(),
            ))),
            Object::Bytes(b) => Seed::Bytes(b.to_vec()),
            _ => return Err(bad_seed(vm)),
        },
        _ => return Err(bad_seed(vm)),
    };
    with_native(vm, this, "Random", |s: &RandomState| {
        let mut mt = s.mt.borrow_mut();
        match &seed {
            Seed::Entropy => mt.seed_entropy(),
            Seed::Int(n) => mt.seed_int(n),
            Seed::Bytes(b) => mt.seed_bytes(b),
            Seed::Hash(h) => mt.seed_hash(*h),
        }
        s.gauss_next.set(None);
    })
}

/// CPython's version-1 string hash for `seed(s, version=1)`.
fn version1_seed(chars: &[u64]) -> u64 {
    let mut x: u64 = match chars.first() {
        Some(&c) => c << 7,
        None => 0,
    };
    for &c in chars {
        x = 1_000_003u64.wrapping_mul(x) ^ c;
    }
    x ^ chars.len() as u64
}

fn bad_seed(vm: &Vm) -> Value {
    vm.type_error(
        "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
    )
}

fn seed(vm: &mut Vm, a: Args) -> PyResult {
    let p = params(vm, &a, "seed", &["a", "version"], 0)?;
    let version = match &p[1] {
        Some(v) => vm.index_of(v).unwrap_or(2),
        None => 2,
    };
    let x = p[0].clone().unwrap_or(Value::None);
    seed_instance(vm, &this(&a), &x, version)?;
    Ok(Value::None)
}

fn random(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "random")?;
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "Random.random() takes no arguments ({} given)",
            a.len() - 1
        )));
    }
    Ok(Value::Float(next_random(vm, &this(&a))?))
}

/// A bit count (C int): TypeError for non-ints, ValueError if negative.
fn bit_count(vm: &mut Vm, v: &Value) -> PyResult<u64> {
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let k = match v {
        Value::Big(b) if b.is_negative() => -1,
        Value::Big(_) => return Err(vm.overflow_error("Python int too large to convert to C int")),
        _ => vm.index_of(v)?,
    };
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    Ok(k as u64)
}

fn getrandbits(vm: &mut Vm, a: Args) -> PyResult {
    let p = params(vm, &a, "getrandbits", &["k"], 1)?;
    let k = bit_count(vm, p[0].as_ref().unwrap_or(&Value::Int(0)))?;
    let r = with_mt(vm, &this(&a), |mt| mt.try_getrandbits(k))?;
    match r {
        Ok(n) => Ok(big_value(BigInt::from_biguint(Sign::Plus, n))),
        Err(m) if m == "MemoryError" => Err(vm.new_exception(&vm.types().memory_error.clone(), "")),
        Err(m) => Err(vm.overflow_error(m)),
    }
}

fn randbytes(vm: &mut Vm, a: Args) -> PyResult {
    let p = params(vm, &a, "randbytes", &["n"], 1)?;
    let n = vm.index_of(p[0].as_ref().unwrap_or(&Value::Int(0)))?;
    if n < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let bits = (n as u64).checked_mul(8).filter(|b| *b <= i32::MAX as u64);
    let Some(bits) = bits else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    let r = with_mt(vm, &this(&a), |mt| mt.try_getrandbits(bits))?;
    let n = n as usize;
    match r {
        Ok(v) => {
            let mut bytes = v.to_bytes_le();
            bytes.resize(n, 0);
            if v.is_zero() {
                bytes = vec![0; n];
            }
            Ok(Value::obj(Object::Bytes(bytes.into_boxed_slice())))
        }
        Err(_) => Err(vm.new_exception(&vm.types().memory_error.clone(), "")),
    }
}

/// `_index(x)`, falling back to `int(x)` when that is equal to `x`.
fn int_arg(vm: &mut Vm, v: &Value, which: &str) -> PyResult<BigInt> {
    if let Some(n) = crate::objects::int::to_big(v) {
        return Ok(n);
    }
    if let Some(p) = crate::vm::ops::payload_of(v) {
        if let Some(n) = crate::objects::int::to_big(&p) {
            return Ok(n);
        }
    }
    if vm.class_of(v).lookup("__index__").is_some() {
        let i = vm.index_of(v)?;
        return Ok(BigInt::from(i));
    }
    let int_class = Value::Class(vm.types().int.clone());
    let i = vm.call(&int_class, vec![v.clone()], vec![])?;
    if !vm.eq(&i, v)? {
        return Err(vm.value_error(format!("non-integer {} for randrange()", which)));
    }
    Ok(crate::objects::int::to_big(&i).unwrap_or_default())
}

fn randrange_values(
    vm: &mut Vm,
    this: &Value,
    start: &Value,
    stop: Option<&Value>,
    step: Option<&Value>,
) -> PyResult {
    let istart = int_arg(vm, start, "arg 1")?;
    let stop = stop.filter(|s| !s.is_none());
    let Some(stop) = stop else {
        if step.is_some() {
            return Err(vm.type_error("Missing a non-None stop argument"));
        }
        let r = with_mt(vm, this, |mt| mt.randrange_stop(&istart))?;
        return r.map(big_value).map_err(|m| vm.value_error(m));
    };
    let istop = int_arg(vm, stop, "stop")?;
    let istep = match step {
        Some(s) => int_arg(vm, s, "step")?,
        None => BigInt::from(1),
    };
    let r = with_mt(vm, this, |mt| mt.randrange(&istart, &istop, &istep))?;
    r.map(big_value).map_err(|m| vm.value_error(m))
}

fn randrange(vm: &mut Vm, a: Args) -> PyResult {
    let p = params(vm, &a, "randrange", &["start", "stop", "step"], 1)?;
    let start = p[0].clone().unwrap_or_default();
    randrange_values(vm, &this(&a), &start, p[1].as_ref(), p[2].as_ref())
}

fn randint(vm: &mut Vm, a: Args) -> PyResult {
    let p = params(vm, &a, "randint", &["a", "b"], 2)?;
    let (lo, hi) = (
        p[0].clone().unwrap_or_default(),
        p[1].clone().unwrap_or_default(),
    );
    let stop = vm.binary(BinOp::Add, &hi, &Value::Int(1))?;
    randrange_values(vm, &this(&a), &lo, Some(&stop), None)
}

/// `len(seq)` and a way to read `seq[i]`.
fn seq_len(vm: &mut Vm, seq: &Value) -> PyResult<usize> {
    vm.len(seq)
}

fn seq_item(vm: &mut Vm, seq: &Value, i: usize) -> PyResult<Value> {
    match seq {
        Value::List(l) => {
            if let Some(v) = l.items.borrow().get(i) {
                return Ok(v.clone());
            }
        }
        Value::Tuple(t) => {
            if let Some(v) = t.items.get(i) {
                return Ok(v.clone());
            }
        }
        _ => {}
    }
    let key = Value::Int(i as i64);
    vm.get_item(seq, &key)
}

fn choice(vm: &mut Vm, a: Args) -> PyResult {
    let p = params(vm, &a, "choice", &["seq"], 1)?;
    let seq = p[0].clone().unwrap_or_default();
    let n = seq_len(vm, &seq)?;
    let r = with_mt(vm, &this(&a), |mt| mt.choice_index(n))?;
    match r {
        Ok(i) => seq_item(vm, &seq, i),
        Err(m) => Err(vm.index_error(m)),
    }
}

/// `list(itertools.accumulate(values))`.
fn accumulate(vm: &mut Vm, values: &Value) -> PyResult<Vec<Value>> {
    let it = vm.get_iter(values)?;
    let mut out: Vec<Value> = Vec::new();
    while let Some(v) = vm.next(&it)? {
        let next = match out.last() {
            Some(prev) => vm.binary(BinOp::Add, prev, &v)?,
            None => v,
        };
        out.push(next);
    }
    Ok(out)
}

/// `bisect.bisect_right(a, x, lo, hi)`.
fn bisect_right(
    vm: &mut Vm,
    a: &[Value],
    x: &Value,
    mut lo: usize,
    mut hi: usize,
) -> PyResult<usize> {
    while lo < hi {
        let mid = (lo + hi) / 2;
        let less = vm.compare(CmpOp::Lt, x, &a[mid])?;
        if vm.truthy(&less)? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn choices(vm: &mut Vm, a: Args) -> PyResult {
    let p = params(
        vm,
        &a,
        "choices",
        &["population", "weights", "cum_weights", "k"],
        1,
    )?;
    if a.len() > 3 {
        return Err(vm.type_error(format!(
            "Random.choices() takes from 2 to 3 positional arguments but {} were given",
            a.len()
        )));
    }
    let this = this(&a);
    let population = p[0].clone().unwrap_or_default();
    let k = match &p[3] {
        Some(k) => vm.index_of(k)?,
        None => 1,
    };
    let n = seq_len(vm, &population)?;
    let weights = p[1].clone().filter(|w| !w.is_none());
    let cum = p[2].clone().filter(|w| !w.is_none());
    let cum_weights = match (weights, cum) {
        (None, None) => {
            let nf = n as f64;
            let mut out = Vec::new();
            for _ in 0..k.max(0) {
                let r = next_random(vm, &this)?;
                let i = (r * nf).floor() as usize;
                out.push(seq_item(vm, &population, i)?);
            }
            return Ok(Value::list(out));
        }
        (Some(w), None) => {
            if matches!(w, Value::Int(_) | Value::Big(_) | Value::Bool(_)) {
                let k = vm.repr(&w)?;
                return Err(vm.type_error(format!(
                    "The number of choices must be a keyword argument: k={}",
                    k
                )));
            }
            accumulate(vm, &w)?
        }
        (None, Some(c)) => vm.iterate(&c)?,
        (Some(_), Some(_)) => {
            return Err(vm.type_error("Cannot specify both weights and cumulative weights"))
        }
    };
    if cum_weights.len() != n {
        return Err(vm.value_error("The number of weights does not match the population"));
    }
    let Some(last) = cum_weights.last() else {
        return Err(vm.index_error("list index out of range"));
    };
    let total = vm.binary(BinOp::Add, last, &Value::Float(0.0))?;
    let total = real(vm, &total)?;
    if total <= 0.0 {
        return Err(vm.value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(vm.value_error("Total of weights must be finite"));
    }
    let hi = n - 1;
    let mut out = Vec::new();
    for _ in 0..k.max(0) {
        let r = next_random(vm, &this)? * total;
        let i = bisect_right(vm, &cum_weights, &Value::Float(r), 0, hi)?;
        out.push(seq_item(vm, &population, i)?);
    }
    Ok(Value::list(out))
}

fn shuffle(vm: &mut Vm, a: Args) -> PyResult {
    let p = params(vm, &a, "shuffle", &["x"], 1)?;
    let x = p[0].clone().unwrap_or_default();
    let this = this(&a);
    if let Value::List(l) = &x {
        let items = &mut *l.items.borrow_mut();
        with_mt(vm, &this, |mt| mt.shuffle(items))?;
        return Ok(Value::None);
    }
    let n = seq_len(vm, &x)?;
    for i in (1..n).rev() {
        let j = with_mt(vm, &this, |mt| mt.randbelow_u64(i as u64 + 1))? as usize;
        let (vi, vj) = (seq_item(vm, &x, i)?, seq_item(vm, &x, j)?);
        vm.set_item(&x, &Value::Int(i as i64), vj)?;
        vm.set_item(&x, &Value::Int(j as i64), vi)?;
    }
    Ok(Value::None)
}

fn is_sequence(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) => true,
        Value::Dict(_) | Value::Set(_) => false,
        Value::Obj(o) => matches!(
            &**o,
            Object::Range(_) | Object::Bytes(_) | Object::Native(_)
        ),
        Value::Instance(i) => {
            let c = i.class();
            c.lookup("__getitem__").is_some() && c.lookup("__len__").is_some()
                || matches!(
                    &*i.payload.borrow(),
                    Value::List(_) | Value::Tuple(_) | Value::Str(_)
                )
        }
        _ => false,
    }
}

fn sample(vm: &mut Vm, a: Args) -> PyResult {
    let p = params(vm, &a, "sample", &["population", "k", "counts"], 2)?;
    if a.len() > 3 {
        return Err(vm.type_error(format!(
            "Random.sample() takes 3 positional arguments but {} were given",
            a.len()
        )));
    }
    let this = this(&a);
    let population = p[0].clone().unwrap_or_default();
    if !is_sequence(&population) {
        return Err(
            vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    let n = seq_len(vm, &population)?;
    let k_value = p[1].clone().unwrap_or_default();
    let k = match &k_value {
        Value::Big(b) if b.is_negative() => -1,
        Value::Big(_) => i64::MAX,
        v => vm.index_of(v)?,
    };
    if let Some(counts) = p[2].clone().filter(|c| !c.is_none()) {
        let mut cum = accumulate(vm, &counts)?;
        if cum.len() != n {
            return Err(vm.value_error("The number of counts does not match the population"));
        }
        let Some(total) = cum.pop() else {
            return Err(vm.index_error("pop from empty list"));
        };
        let Some(total) = crate::objects::int::to_big(&total) else {
            return Err(vm.type_error("Counts must be integers"));
        };
        if !total.is_positive() {
            return Err(vm.value_error("Total of counts must be greater than zero"));
        }
        let total = total
            .to_usize()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))?;
        let picks = sample_indices(vm, &this, total, k)?;
        let mut out = Vec::with_capacity(picks.len());
        for s in picks {
            let i = bisect_right(vm, &cum, &Value::Int(s as i64), 0, cum.len())?;
            out.push(seq_item(vm, &population, i)?);
        }
        return Ok(Value::list(out));
    }
    let picks = sample_indices(vm, &this, n, k)?;
    let mut out = Vec::with_capacity(picks.len());
    for i in picks {
        out.push(seq_item(vm, &population, i)?);
    }
    Ok(Value::list(out))
}

fn sample_indices(vm: &mut Vm, this: &Value, n: usize, k: i64) -> PyResult<Vec<usize>> {
    let Ok(k) = usize::try_from(k) else {
        return Err(vm.value_error("Sample larger than population or is negative"));
    };
    let r = with_mt(vm, this, |mt| mt.sample_indices(n, k))?;
    match r {
        Ok(v) => Ok(v),
        Err(m) if m == "MemoryError" => Err(vm.new_exception(&vm.types().memory_error.clone(), "")),
        Err(m) => Err(vm.value_error(m)),
    }
}

fn uniform(vm: &mut Vm, a: Args) -> PyResult {
    let p = params(vm, &a, "uniform", &["a", "b"], 2)?;
    let lo = real_or(vm, &p[0], 0.0)?;
    let hi = real_or(vm, &p[1], 0.0)?;
    let r = next_random(vm, &this(&a))?;
    Ok(Value::Float(lo + (hi - lo) * r))
}

fn triangular(vm: &mut Vm, a: Args) -> PyResult {
    let p = params(vm, &a, "triangular", &["low", "high", "mode"], 0)?;
    let mut low = real_or(vm, &p[0], 0.0)?;
    let mut high = real_or(vm, &p[1], 1.0)?;
    let mode = match &p[2] {
        Some(Value::None) | None => None,
        Some(v) => Some(real(vm, v)?),
    };
    let mut u = next_random(vm, &this(&a))?;
    let mut c = match mode {
        None => 0.5,
        Some(m) => {
            if high - low == 0.0 {
                return Ok(Value::Float(low));
            }
            (m - low) / (high - low)
        }
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    Ok(Value::Float(low + (high - low) * (u * c).sqrt()))
}

/// `math.log` for the variates: ValueError on a domain error.
fn log(vm: &Vm, x: f64) -> PyResult<f64> {
    if x <= 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(x.ln())
}

fn float_div(vm: &Vm, a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(a / b)
}

fn float_pow(vm: &Vm, a: f64, b: f64) -> PyResult<f64> {
    if a == 0.0 && b < 0.0 {
        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

fn normal(vm: &mut Vm, this: &Value, mu: f64, sigma: f64) -> PyResult<f64> {
    // NV_MAGICCONST = 4 * exp(-0.5) / sqrt(2.0)
    let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
    loop {
        let u1 = next_random(vm, this)?;
        let u2 = 1.0 - next_random(vm, this)?;
        let z = magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -log(vm, u2)? {
            return Ok(mu + z * sigma);
        }
    }
}

fn normalvariate(vm: &mut Vm, a: Args) -> PyResult {
    let p = params(vm, &a, "normalvariate", &["mu", "sigma"], 0)?;
    let mu = real_or(vm, &p[0], 0.0)?;
    let sigma = real_or(vm, &p[1], 1.0)?;
    Ok(Value::Float(normal(vm, &this(&a), mu, sigma)?))
}

fn lognormvariate(vm: &mut Vm, a: Args) -> PyResult {
    let p = params(vm, &a, "lognormvariate", &["mu", "sigma"], 2)?;
    let mu = real_or(vm, &p[0], 0.0)?;
    let sigma = real_or(vm, &p[1], 1.0)?;
    Ok(Value::Float(normal(vm, &this(&a), mu, sigma)?.exp()))
}

fn gauss(vm: &mut Vm, a: Args) -> PyResult {
    let p = params(vm, &a, "gauss", &["mu", "sigma"], 0)?;
    let mu = real_or(vm, &p[0], 0.0)?;
    let sigma = real_or(vm, &p[1], 1.0)?;
    let this = this(&a);
    let z = with_native(vm, &this, "Random", |s: &RandomState| s.gauss_next.take())?;
    let z = match z {
        Some(z) => z,
        None => {
            let x2pi = next_random(vm, &this)? * std::f64::consts::TAU;
            let g2rad = (-2.0 * log(vm, 1.0 - next_random(vm, &this)?)?).sqrt();
            let next = x2pi.sin() * g2rad;
            with_native(vm, &this, "Random", |s: &RandomState| {
                s.gauss_next.set(Some(next))
            })?;
            x2pi.cos() * g2rad
        }
    };
    Ok(Value::Float(mu + z * sigma))
}

fn expovariate(vm: &mut Vm, a: Args) -> PyResult {
    let p = params(vm, &a, "expovariate", &["lambd"], 1)?;
    let lambd = real_or(vm, &p[0], 1.0)?;
    let r = next_random(vm, &this(&a))?;
    let l = -log(vm, 1.0 - r)?;
    Ok(Value::Float(float_div(vm, l, lambd)?))
}

fn vonmisesvariate(vm: &mut Vm, a: Args) -> PyResult {
    use std::f64::consts::{PI, TAU};
    let p = params(vm, &a, "vonmisesvariate", &["mu", "kappa"], 2)?;
    let mu = real_or(vm, &p[0], 0.0)?;
    let kappa = real_or(vm, &p[1], 0.0)?;
    let this = this(&a);
    if kappa <= 1e-6 {
        return Ok(Value::Float(TAU * next_random(vm, &this)?));
    }
    let s = 0.5 / kappa;
    let r = s + (1.0 + s * s).sqrt();
    let z = loop {
        let u1 = next_random(vm, &this)?;
        let z = (PI * u1).cos();
        let d = z / (r + z);
        let u2 = next_random(vm, &this)?;
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
            break z;
        }
    };
    let q = 1.0 / r;
    let f = (q + z) / (1.0 + q * z);
    let u3 = next_random(vm, &this)?;
    let acos = f.acos();
    let theta = if u3 > 0.5 { mu + acos } else { mu - acos };
    Ok(Value::Float(crate::objects::numfmt::float_mod(theta, TAU)))
}

fn gamma_variate(vm: &mut Vm, this: &Value, alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(vm.value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    let log4 = 4.0f64.ln();
    let sg_magicconst = 1.0 + 4.5f64.ln();
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - log4;
        let ccc = alpha + ainv;
        loop {
            let u1 = next_random(vm, this)?;
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - next_random(vm, this)?;
            let v = log(vm, u1 / (1.0 - u1))? / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magicconst - 4.5 * z >= 0.0 || r >= log(vm, z)? {
                return Ok(x * beta);
            }
        }
    } else if alpha == 1.0 {
        Ok(-log(vm, 1.0 - next_random(vm, this)?)? * beta)
    } else {
        let e = std::f64::consts::E;
        let x = loop {
            let u = next_random(vm, this)?;
            let b = (e + alpha) / e;
            let p = b * u;
            let x = if p <= 1.0 {
                float_pow(vm, p, 1.0 / alpha)?
            } else {
                -log(vm, (b - p) / alpha)?
            };
            let u1 = next_random(vm, this)?;
            if p > 1.0 {
                if u1 <= float_pow(vm, x, alpha - 1.0)? {
                    break x;
                }
            } else if u1 <= (-x).exp() {
                break x;
            }
        };
        Ok(x * beta)
    }
}

fn gammavariate(vm: &mut Vm, a: Args) -> PyResult {
    let p = params(vm, &a, "gammavariate", &["alpha", "beta"], 2)?;
    let alpha = real_or(vm, &p[0], 0.0)?;
    let beta = real_or(vm, &p[1], 0.0)?;
    Ok(Value::Float(gamma_variate(vm, &this(&a), alpha, beta)?))
}

fn betavariate(vm: &mut Vm, a: Args) -> PyResult {
    let p = params(vm, &a, "betavariate", &["alpha", "beta"], 2)?;
    let alpha = real_or(vm, &p[0], 0.0)?;
    let beta = real_or(vm, &p[1], 0.0)?;
    let this = this(&a);
    let y = gamma_variate(vm, &this, alpha, 1.0)?;
    if y != 0.0 {
        let other = gamma_variate(vm, &this, beta, 1.0)?;
        return Ok(Value::Float(y / (y + other)));
    }
    Ok(Value::Float(0.0))
}

fn paretovariate(vm: &mut Vm, a: Args) -> PyResult {
    let p = params(vm, &a, "paretovariate", &["alpha"], 1)?;
    let alpha = real_or(vm, &p[0], 1.0)?;
    let u = 1.0 - next_random(vm, &this(&a))?;
    let e = float_div(vm, -1.0, alpha)?;
    Ok(Value::Float(float_pow(vm, u, e)?))
}

fn weibullvariate(vm: &mut Vm, a: Args) -> PyResult {
    let p = params(vm, &a, "weibullvariate", &["alpha", "beta"], 2)?;
    let alpha = real_or(vm, &p[0], 1.0)?;
    let beta = real_or(vm, &p[1], 1.0)?;
    let u = 1.0 - next_random(vm, &this(&a))?;
    let e = float_div(vm, 1.0, beta)?;
    let l = -log(vm, u)?;
    Ok(Value::Float(alpha * float_pow(vm, l, e)?))
}

fn getstate(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "getstate", 1, 1)?;
    let this = this(&a);
    let (words, gauss_next) = with_native(vm, &this, "Random", |s: &RandomState| {
        (s.mt.borrow().getstate(), s.gauss_next.get())
    })?;
    let inner = Value::tuple(words.into_iter().map(|w| Value::Int(w as i64)).collect());
    Ok(Value::tuple(vec![
        Value::Int(3),
        inner,
        gauss_next.map(Value::Float).unwrap_or(Value::None),
    ]))
}

fn setstate(vm: &mut Vm, a: Args) -> PyResult {
    let p = params(vm, &a, "setstate", &["state"], 1)?;
    let state = p[0].clone().unwrap_or_default();
    let version = seq_item(vm, &state, 0)?;
    let v = crate::objects::int::to_big(&version);
    let is = |n: i64| v.as_ref().is_some_and(|v| *v == BigInt::from(n));
    if !is(3) && !is(2) {
        let r = vm.repr(&version)?;
        return Err(vm.value_error(format!(
            "state with version {} passed to Random.setstate() of version 3",
            r
        )));
    }
    let parts = vm.iterate(&state)?;
    if parts.len() != 3 {
        return Err(vm.value_error(format!(
            "{} to unpack (expected 3{})",
            if parts.len() > 3 {
                "too many values"
            } else {
                "not enough values"
            },
            if parts.len() > 3 {
                String::new()
            } else {
                format!(", got {}", parts.len())
            }
        )));
    }
    let gauss_next = match &parts[2] {
        Value::None => None,
        v => Some(real(vm, v)?),
    };
    let Value::Tuple(inner) = &parts[1] else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if inner.items.len() != super::mt::STATE_WORDS + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(super::mt::STATE_WORDS);
    for w in &inner.items[..super::mt::STATE_WORDS] {
        let Some(n) = crate::objects::int::to_big(w) else {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(w)
            )));
        };
        let n = if is(2) {
            n.mod_floor_u32()
        } else {
            if n.is_negative() {
                return Err(vm.overflow_error("can't convert negative int to unsigned"));
            }
            match n.to_u64() {
                Some(x) => x as u32,
                None => {
                    return Err(
                        vm.overflow_error("Python int too large to convert to C unsigned long")
                    )
                }
            }
        };
        words.push(n);
    }
    let index = vm.index_of(&inner.items[super::mt::STATE_WORDS])?;
    let this = this(&a);
    let r = with_native(vm, &this, "Random", |s: &RandomState| {
        let r = s.mt.borrow_mut().setstate(&words, index);
        if r.is_ok() {
            s.gauss_next.set(gauss_next);
        }
        r
    })?;
    r.map_err(|m| vm.value_error(m))?;
    Ok(Value::None)
}

/// `x % 2**32` for the version-2 state conversion.
trait ModU32 {
    fn mod_floor_u32(&self) -> u32;
}

impl ModU32 for BigInt {
    fn mod_floor_u32(&self) -> u32 {
        use num_integer::Integer;
        let m = BigInt::from(1u64 << 32);
        self.mod_floor(&m).to_u32().unwrap_or(0)
    }
}
