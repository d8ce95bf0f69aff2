//! `int`: i64 while it fits, `BigInt` beyond, with Python's floor division
//! and modulo. Invariant: a `Value::Big` never holds a value that fits i64.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::Value;

/// The canonical value of `n`: `Int` when it fits.
pub fn normalize(n: BigInt) -> Value {
    match n.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::Big(Rc::new(n)),
    }
}

/// `n` as a BigInt, for an int-like value (bool, int, big int).
pub fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Big(b) => Some((**b).clone()),
        _ => None,
    }
}

pub fn add(a: i64, b: i64) -> Value {
    match a.checked_add(b) {
        Some(r) => Value::Int(r),
        None => normalize(BigInt::from(a) + b),
    }
}

pub fn sub(a: i64, b: i64) -> Value {
    match a.checked_sub(b) {
        Some(r) => Value::Int(r),
        None => normalize(BigInt::from(a) - b),
    }
}

pub fn mul(a: i64, b: i64) -> Value {
    match a.checked_mul(b) {
        Some(r) => Value::Int(r),
        None => normalize(BigInt::from(a) * b),
    }
}

/// Floor division; `b != 0`.
pub fn floordiv(a: i64, b: i64) -> Value {
    if a == i64::MIN && b == -1 {
        return normalize(-BigInt::from(a));
    }
    Value::Int(Integer::div_floor(&a, &b))
}

/// Python modulo (sign of the divisor); `b != 0`.
pub fn modulo(a: i64, b: i64) -> Value {
    if b == -1 {
        return Value::Int(0);
    }
    Value::Int(a.mod_floor(&b))
}

pub fn big_floordiv(a: &BigInt, b: &BigInt) -> Value {
    normalize(a.div_floor(b))
}

pub fn big_mod(a: &BigInt, b: &BigInt) -> Value {
    normalize(a.mod_floor(b))
}

/// `a ** b` for `b >= 0`.
pub fn pow(a: &BigInt, b: u64) -> Value {
    if let (Some(x), Ok(e)) = (a.to_i64(), u32::try_from(b)) {
        if let Some(r) = x.checked_pow(e) {
            return Value::Int(r);
        }
    }
    let mut result = BigInt::one();
    let mut base = a.clone();
    let mut e = b;
    while e > 0 {
        if e & 1 == 1 {
            result *= &base;
        }
        e >>= 1;
        if e > 0 {
            base = &base * &base;
        }
    }
    normalize(result)
}

/// `pow(a, b, m)` for `b >= 0`, `m != 0`.
pub fn pow_mod(a: &BigInt, b: &BigInt, m: &BigInt) -> Value {
    let r = a.modpow(b, &m.abs());
    let r = if m.is_negative() && !r.is_zero() {
        r + m
    } else {
        r
    };
    normalize(r)
}

pub fn lshift(a: &BigInt, n: u64) -> Value {
    if let (Some(x), true) = (a.to_i64(), n < 63) {
        if let Some(r) = x.checked_mul(1i64 << n) {
            return Value::Int(r);
        }
    }
    normalize(a << n as usize)
}

pub fn rshift(a: &BigInt, n: u64) -> Value {
    if n > u32::MAX as u64 {
        return Value::Int(if a.is_negative() { -1 } else { 0 });
    }
    // BigInt's >> rounds toward negative infinity for negatives, as Python.
    normalize(a >> n as usize)
}

/// Number of bits needed for |n|, as `int.bit_length()`.
pub fn bit_length(v: &Value) -> u64 {
    match v {
        Value::Int(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
        Value::Big(b) => b.bits(),
        Value::Bool(b) => *b as u64,
        _ => 0,
    }
}
