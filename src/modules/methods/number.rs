//! Methods of `int` (which `bool` inherits) and `float`. The arithmetic
//! dunders accept the operand types CPython's slots accept and return
//! `NotImplemented` for the rest, so mixed operations take the VM's path.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

use super::{
    add, add_classmethod, bind_args, call_builtin, class_arg, count_args, inner, no_args,
    not_implemented, receiver, rest, wrapper,
};
use crate::modules::builtins::{float_to_int, int_from};
use crate::objects::{int, numfmt, Args, Object, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::{PyResult, Types, Vm};

pub(super) fn install(t: &Types) {
    add(
        &t.int,
        "int",
        &[
            ("bit_length", bit_length),
            ("bit_count", bit_count),
            ("to_bytes", to_bytes),
            ("conjugate", int_self),
            ("as_integer_ratio", int_ratio),
            ("__index__", int_self),
            ("__int__", int_self),
            ("__trunc__", int_self),
            ("__floor__", int_self),
            ("__ceil__", int_self),
            ("__float__", int_float),
            ("__abs__", int_abs),
            ("__neg__", int_neg),
            ("__pos__", int_pos),
            ("__invert__", int_invert),
            ("__bool__", int_bool),
            ("__round__", int_round),
            ("__hash__", int_hash),
            ("__repr__", int_repr),
            ("__format__", int_format),
            ("__add__", int_add),
            ("__radd__", int_radd),
            ("__sub__", int_sub),
            ("__rsub__", int_rsub),
            ("__mul__", int_mul),
            ("__rmul__", int_rmul),
            ("__truediv__", int_truediv),
            ("__rtruediv__", int_rtruediv),
            ("__floordiv__", int_floordiv),
            ("__rfloordiv__", int_rfloordiv),
            ("__mod__", int_mod),
            ("__rmod__", int_rmod),
            ("__lshift__", int_lshift),
            ("__rlshift__", int_rlshift),
            ("__rshift__", int_rshift),
            ("__rrshift__", int_rrshift),
            ("__and__", int_and),
            ("__rand__", int_rand),
            ("__or__", int_or),
            ("__ror__", int_ror),
            ("__xor__", int_xor),
            ("__rxor__", int_rxor),
            ("__divmod__", int_divmod),
            ("__rdivmod__", int_rdivmod),
            ("__pow__", int_pow),
            ("__rpow__", int_rpow),
            ("__eq__", int_eq),
            ("__ne__", int_ne),
            ("__lt__", int_lt),
            ("__le__", int_le),
            ("__gt__", int_gt),
            ("__ge__", int_ge),
        ],
    );
    add_classmethod(&t.int, "int", "from_bytes", from_bytes);
    add(
        &t.float,
        "float",
        &[
            ("is_integer", is_integer),
            ("as_integer_ratio", float_ratio),
            ("hex", hex),
            ("conjugate", float_self),
            ("__float__", float_self),
            ("__int__", float_int),
            ("__trunc__", float_int),
            ("__floor__", float_floor),
            ("__ceil__", float_ceil),
            ("__abs__", float_abs),
            ("__neg__", float_neg),
            ("__pos__", float_self),
            ("__bool__", float_bool),
            ("__round__", float_round),
            ("__hash__", float_hash),
            ("__repr__", float_repr),
            ("__format__", float_format),
            ("__add__", float_add),
            ("__radd__", float_radd),
            ("__sub__", float_sub),
            ("__rsub__", float_rsub),
            ("__mul__", float_mul),
            ("__rmul__", float_rmul),
            ("__truediv__", float_truediv),
            ("__rtruediv__", float_rtruediv),
            ("__floordiv__", float_floordiv),
            ("__rfloordiv__", float_rfloordiv),
            ("__mod__", float_mod),
            ("__rmod__", float_rmod),
            ("__divmod__", float_divmod),
            ("__rdivmod__", float_rdivmod),
            ("__pow__", float_pow),
            ("__rpow__", float_rpow),
            ("__eq__", float_eq),
            ("__ne__", float_ne),
            ("__lt__", float_lt),
            ("__le__", float_le),
            ("__gt__", float_gt),
            ("__ge__", float_ge),
        ],
    );
    add_classmethod(&t.float, "float", "fromhex", fromhex);
}

// ---- int ----

fn as_int(v: &Value) -> Option<Value> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Big(_) => Some(v.clone()),
        _ => None,
    }
}

fn this_int(vm: &Vm, a: &Args, name: &str) -> PyResult<Value> {
    receiver(vm, a, "int", name, as_int)
}

/// An int operand: an int, a bool, or an int subclass's value.
fn int_operand(v: &Value) -> Option<Value> {
    as_int(&inner(v))
}

/// The value as an exact int (`True` → `1`).
fn plain(v: Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(b as i64),
        other => other,
    }
}

fn big(v: &Value) -> BigInt {
    int::to_big(v).unwrap_or_default()
}

fn int_self(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_int(vm, &a, "__int__")?;
    wrapper(vm, &a, "__int__", 0)?;
    Ok(plain(x))
}

fn int_ratio(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_int(vm, &a, "as_integer_ratio")?;
    no_args(vm, &a, "int.as_integer_ratio")?;
    Ok(Value::tuple(vec![plain(x), Value::Int(1)]))
}

fn bit_length(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_int(vm, &a, "bit_length")?;
    no_args(vm, &a, "int.bit_length")?;
    Ok(Value::Int(int::bit_length(&x) as i64))
}

fn bit_count(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_int(vm, &a, "bit_count")?;
    no_args(vm, &a, "int.bit_count")?;
    let n: u64 = match &x {
        Value::Int(i) => i.unsigned_abs().count_ones() as u64,
        Value::Bool(b) => *b as u64,
        Value::Big(b) => b
            .magnitude()
            .iter_u64_digits()
            .map(|d| d.count_ones() as u64)
            .sum(),
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

fn int_float(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_int(vm, &a, "__float__")?;
    wrapper(vm, &a, "__float__", 0)?;
    numfmt::int_to_float(&big(&x))
        .map(Value::Float)
        .map_err(|m| vm.overflow_error(m))
}

fn int_abs(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_int(vm, &a, "__abs__")?;
    wrapper(vm, &a, "__abs__", 0)?;
    Ok(Value::from_bigint(big(&x).abs()))
}

fn int_neg(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_int(vm, &a, "__neg__")?;
    wrapper(vm, &a, "__neg__", 0)?;
    vm.unary_neg(&x)
}

fn int_pos(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_int(vm, &a, "__pos__")?;
    wrapper(vm, &a, "__pos__", 0)?;
    Ok(plain(x))
}

fn int_invert(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_int(vm, &a, "__invert__")?;
    wrapper(vm, &a, "__invert__", 0)?;
    vm.unary_invert(&x)
}

fn int_bool(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_int(vm, &a, "__bool__")?;
    wrapper(vm, &a, "__bool__", 0)?;
    Ok(Value::Bool(!big(&x).is_zero()))
}

fn int_round(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_int(vm, &a, "__round__")?;
    let args = count_args(vm, rest(&a), "__round__", 0, 1)?;
    let mut call = vec![plain(x)];
    call.extend(args.iter().cloned());
    call_builtin(vm, "round", call)
}

fn int_hash(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_int(vm, &a, "__hash__")?;
    wrapper(vm, &a, "__hash__", 0)?;
    Ok(Value::Int(vm.hash(&x)?))
}

fn int_repr(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_int(vm, &a, "__repr__")?;
    wrapper(vm, &a, "__repr__", 0)?;
    Ok(Value::string(vm.repr(&x)?))
}

/// The `format_spec` argument of a `__format__` method.
fn spec_arg(vm: &Vm, a: &Args) -> PyResult<String> {
    let args = count_args(vm, rest(a), "__format__", 1, 1)?;
    match inner(&args[0]) {
        Value::Str(s) => Ok(s.as_str().to_string()),
        _ => Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args[0])
        ))),
    }
}

fn int_format(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_int(vm, &a, "__format__")?;
    let spec = spec_arg(vm, &a)?;
    Ok(Value::string(vm.format(&x, &spec)?))
}

/// `self op other` (or `other op self`) when both are ints.
fn int_binary(vm: &mut Vm, a: &Args, name: &str, op: BinOp, reflected: bool) -> PyResult {
    let x = this_int(vm, a, name)?;
    let args = wrapper(vm, a, name, 1)?;
    let Some(y) = int_operand(&args[0]) else {
        return Ok(not_implemented(vm));
    };
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    vm.binary(op, &l, &r)
}

macro_rules! binops {
    ($impl:ident: $($f:ident = $name:literal, $op:ident, $reflected:literal;)*) => {
        $(fn $f(vm: &mut Vm, a: Args) -> PyResult {
            $impl(vm, &a, $name, BinOp::$op, $reflected)
        })*
    };
}

binops!(int_binary:
    int_add = "__add__", Add, false;
    int_radd = "__radd__", Add, true;
    int_sub = "__sub__", Sub, false;
    int_rsub = "__rsub__", Sub, true;
    int_mul = "__mul__", Mul, false;
    int_rmul = "__rmul__", Mul, true;
    int_truediv = "__truediv__", Div, false;
    int_rtruediv = "__rtruediv__", Div, true;
    int_floordiv = "__floordiv__", FloorDiv, false;
    int_rfloordiv = "__rfloordiv__", FloorDiv, true;
    int_mod = "__mod__", Mod, false;
    int_rmod = "__rmod__", Mod, true;
    int_lshift = "__lshift__", LShift, false;
    int_rlshift = "__rlshift__", LShift, true;
    int_rshift = "__rshift__", RShift, false;
    int_rrshift = "__rrshift__", RShift, true;
    int_and = "__and__", BitAnd, false;
    int_rand = "__rand__", BitAnd, true;
    int_or = "__or__", BitOr, false;
    int_ror = "__ror__", BitOr, true;
    int_xor = "__xor__", BitXor, false;
    int_rxor = "__rxor__", BitXor, true;
);

fn divmod_of(vm: &mut Vm, x: &Value, y: &Value) -> PyResult {
    let q = vm.binary(BinOp::FloorDiv, x, y)?;
    let r = vm.binary(BinOp::Mod, x, y)?;
    Ok(Value::tuple(vec![q, r]))
}

fn int_divmod_impl(vm: &mut Vm, a: &Args, name: &str, reflected: bool) -> PyResult {
    let x = this_int(vm, a, name)?;
    let args = wrapper(vm, a, name, 1)?;
    let Some(y) = int_operand(&args[0]) else {
        return Ok(not_implemented(vm));
    };
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    divmod_of(vm, &l, &r)
}

fn int_divmod(vm: &mut Vm, a: Args) -> PyResult {
    int_divmod_impl(vm, &a, "__divmod__", false)
}

fn int_rdivmod(vm: &mut Vm, a: Args) -> PyResult {
    int_divmod_impl(vm, &a, "__rdivmod__", true)
}

/// `pow(self, other[, mod])` (or with base and exponent swapped).
fn int_pow_impl(vm: &mut Vm, a: &Args, name: &str, reflected: bool) -> PyResult {
    let x = this_int(vm, a, name)?;
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("wrapper {}() takes no keyword arguments", name)));
    }
    let args = count_args(vm, rest(a), "", 1, 2)?;
    let Some(y) = int_operand(&args[0]) else {
        return Ok(not_implemented(vm));
    };
    let (base, exp) = if reflected { (y, x) } else { (x, y) };
    match args.get(1).map(inner) {
        None | Some(Value::None) => vm.binary(BinOp::Pow, &base, &exp),
        Some(m) => match as_int(&m) {
            Some(m) => call_builtin(vm, "pow", vec![base, exp, m]),
            None => Ok(not_implemented(vm)),
        },
    }
}

fn int_pow(vm: &mut Vm, a: Args) -> PyResult {
    int_pow_impl(vm, &a, "__pow__", false)
}

fn int_rpow(vm: &mut Vm, a: Args) -> PyResult {
    int_pow_impl(vm, &a, "__rpow__", true)
}

fn int_compare(vm: &mut Vm, a: &Args, name: &str, op: CmpOp) -> PyResult {
    let x = this_int(vm, a, name)?;
    let args = wrapper(vm, a, name, 1)?;
    match int_operand(&args[0]) {
        Some(y) => vm.compare(op, &x, &y),
        None => Ok(not_implemented(vm)),
    }
}

fn int_eq(vm: &mut Vm, a: Args) -> PyResult {
    int_compare(vm, &a, "__eq__", CmpOp::Eq)
}
fn int_ne(vm: &mut Vm, a: Args) -> PyResult {
    int_compare(vm, &a, "__ne__", CmpOp::NotEq)
}
fn int_lt(vm: &mut Vm, a: Args) -> PyResult {
    int_compare(vm, &a, "__lt__", CmpOp::Lt)
}
fn int_le(vm: &mut Vm, a: Args) -> PyResult {
    int_compare(vm, &a, "__le__", CmpOp::LtE)
}
fn int_gt(vm: &mut Vm, a: Args) -> PyResult {
    int_compare(vm, &a, "__gt__", CmpOp::Gt)
}
fn int_ge(vm: &mut Vm, a: Args) -> PyResult {
    int_compare(vm, &a, "__ge__", CmpOp::GtE)
}

/// The `byteorder` argument of `to_bytes`/`from_bytes`: true for little-endian.
fn little_endian(vm: &Vm, fname: &str, v: Option<&Value>) -> PyResult<bool> {
    match v.map(inner) {
        None => Ok(false),
        Some(Value::Str(s)) => match s.as_str() {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(other) => Err(vm.type_error(format!(
            "{}() argument 'byteorder' must be str, not {}",
            fname,
            vm.type_name(&other)
        ))),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_int(vm, &a, "to_bytes")?;
    let args = bind_args(vm, &a, "to_bytes", &["length", "byteorder", "signed"], 2)?;
    let length = match &args[0] {
        Some(v) => super::ssize(vm, v)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = little_endian(vm, "to_bytes", args[1].as_ref())?;
    let signed = match &args[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let n = big(&x);
    if !signed && n.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let digits = if n.is_zero() {
        Vec::new()
    } else if signed {
        n.to_signed_bytes_be()
    } else {
        n.to_bytes_be().1
    };
    let length = length as usize;
    if digits.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let mut out = Vec::new();
    if out.try_reserve_exact(length).is_err() {
        return Err(vm.new_exception_args(&vm.types().memory_error, vec![]));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    out.resize(length - digits.len(), fill);
    out.extend_from_slice(&digits);
    if little {
        out.reverse();
    }
    Ok(Value::obj(Object::Bytes(out.into_boxed_slice())))
}

/// The bytes of a bytes-like or an iterable of ints in `range(256)`.
fn bytes_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Value::Obj(o) = v {
        if let Object::Bytes(b) = &**o {
            return Ok(b.to_vec());
        }
    }
    let cannot = |vm: &Vm| {
        vm.type_error(format!(
            "cannot convert '{}' object to bytes",
            vm.type_name(v)
        ))
    };
    if matches!(v, Value::Str(_)) {
        return Err(cannot(vm));
    }
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(_) => return Err(cannot(vm)),
    };
    let mut out = Vec::new();
    while let Some(item) = vm.next(&it)? {
        let n = vm.index_of(&item)?;
        match u8::try_from(n) {
            Ok(b) => out.push(b),
            Err(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a classmethod).
fn from_bytes(vm: &mut Vm, a: Args) -> PyResult {
    let cls = class_arg(vm, &a, "int", "from_bytes")?;
    let args = bind_args(vm, &a, "from_bytes", &["bytes", "byteorder", "signed"], 2)?;
    let Some(src) = &args[0] else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let mut data = bytes_of(vm, src)?;
    let little = little_endian(vm, "from_bytes", args[1].as_ref())?;
    let signed = match &args[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if little {
        data.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_be(&data)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &data)
    };
    let v = Value::from_bigint(n);
    if std::rc::Rc::ptr_eq(&cls, &vm.types().int) {
        return Ok(v);
    }
    vm.call(&Value::Class(cls), vec![v], vec![])
}

// ---- float ----

fn as_float(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        _ => None,
    }
}

fn this_float(vm: &Vm, a: &Args, name: &str) -> PyResult<f64> {
    receiver(vm, a, "float", name, as_float)
}

/// A float operand: a float, an int or a bool (or a subclass's value).
fn float_operand(v: &Value) -> Option<Value> {
    match inner(v) {
        x @ (Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::Big(_)) => Some(x),
        _ => None,
    }
}

fn float_self(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_float(vm, &a, "__float__")?;
    wrapper(vm, &a, "__float__", 0)?;
    Ok(Value::Float(x))
}

fn is_integer(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_float(vm, &a, "is_integer")?;
    no_args(vm, &a, "float.is_integer")?;
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

/// `(mantissa, exponent)` with `x == mantissa * 2**exponent`, mantissa in [0.5, 1).
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn float_ratio(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_float(vm, &a, "as_integer_ratio")?;
    no_args(vm, &a, "float.as_integer_ratio")?;
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (mut m, mut e) = frexp(x);
    let mut i = 0;
    while i < 300 && m != m.floor() {
        m *= 2.0;
        e -= 1;
        i += 1;
    }
    let mut num: BigInt = num_traits::FromPrimitive::from_f64(m).unwrap_or_default();
    let mut den = BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= e.unsigned_abs() as usize;
    }
    Ok(Value::tuple(vec![
        Value::from_bigint(num),
        Value::from_bigint(den),
    ]))
}

/// `float.hex()`: `0x1.8000000000000p+0`.
fn hex(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_float(vm, &a, "hex")?;
    no_args(vm, &a, "float.hex")?;
    if !x.is_finite() {
        return Ok(Value::string(numfmt::float_repr(x)));
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return Ok(Value::string(format!("{}0x0.0p+0", sign)));
    }
    const MIN_EXP: i32 = -1021;
    let (m, e) = frexp(x.abs());
    let shift = 1 - (MIN_EXP - e).max(0);
    let mut m = m * 2f64.powi(shift);
    let e = e - shift;
    let digit = |d: f64| std::char::from_digit(d as u32, 16).unwrap_or('0');
    let mut s = format!("{}0x{}.", sign, digit(m.floor()));
    m -= m.floor();
    for _ in 0..13 {
        m *= 16.0;
        let d = m.floor();
        s.push(digit(d));
        m -= d;
    }
    s.push_str(&format!("p{}{}", if e < 0 { "-" } else { "+" }, e.abs()));
    Ok(Value::string(s))
}

/// Parses CPython's hexadecimal float syntax.
fn parse_hex_float(s: &str) -> Option<Result<f64, ()>> {
    let t = s.trim();
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let signed = |v: f64| if negative { -v } else { v };
    match lower.as_str() {
        "inf" | "infinity" => return Some(Ok(signed(f64::INFINITY))),
        "nan" => return Some(Ok(signed(f64::NAN))),
        _ => {}
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa, exponent) = match body.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (int_part, frac_part) = match mantissa.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mantissa, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let mut n = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16)?;
        n = n * 16 + d;
    }
    let mut exp: i64 = match exponent {
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            e.parse::<i64>().unwrap_or(if e.starts_with('-') {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            })
        }
        None => 0,
    };
    exp = exp.saturating_sub(4 * frac_part.len() as i64);
    if n.is_zero() {
        return Some(Ok(signed(0.0)));
    }
    let bits = n.bits() as i64;
    if exp.saturating_add(bits) > 1025 {
        return Some(Err(()));
    }
    if exp.saturating_add(bits) < -1100 {
        return Some(Ok(signed(0.0)));
    }
    let v = if exp >= 0 {
        numfmt::int_to_float(&(n << exp as usize)).map_err(|_| ())
    } else {
        numfmt::int_true_div(&n, &(BigInt::from(1) << exp.unsigned_abs() as usize)).map_err(|_| ())
    };
    Some(v.and_then(|f| {
        if f.is_infinite() {
            Err(())
        } else {
            Ok(signed(f))
        }
    }))
}

/// `float.fromhex(string)` (a classmethod).
fn fromhex(vm: &mut Vm, a: Args) -> PyResult {
    let cls = class_arg(vm, &a, "float", "fromhex")?;
    let s = super::one_arg(vm, &a, "float.fromhex")?;
    let Value::Str(text) = inner(&s) else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&s)
        )));
    };
    let f = match parse_hex_float(text.as_str()) {
        Some(Ok(f)) => f,
        Some(Err(())) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"))
        }
        None => return Err(vm.value_error("invalid hexadecimal floating-point string")),
    };
    if std::rc::Rc::ptr_eq(&cls, &vm.types().float) {
        return Ok(Value::Float(f));
    }
    vm.call(&Value::Class(cls), vec![Value::Float(f)], vec![])
}

fn float_int(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_float(vm, &a, "__int__")?;
    wrapper(vm, &a, "__int__", 0)?;
    int_from(vm, &Value::Float(x), None)
}

/// `math.floor`/`math.ceil` of a float as an int.
fn rounded_int(vm: &Vm, x: f64) -> PyResult {
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(float_to_int(x))
}

fn float_floor(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_float(vm, &a, "__floor__")?;
    no_args(vm, &a, "float.__floor__")?;
    rounded_int(vm, x.floor())
}

fn float_ceil(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_float(vm, &a, "__ceil__")?;
    no_args(vm, &a, "float.__ceil__")?;
    rounded_int(vm, x.ceil())
}

fn float_abs(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_float(vm, &a, "__abs__")?;
    wrapper(vm, &a, "__abs__", 0)?;
    Ok(Value::Float(x.abs()))
}

fn float_neg(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_float(vm, &a, "__neg__")?;
    wrapper(vm, &a, "__neg__", 0)?;
    Ok(Value::Float(-x))
}

fn float_bool(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_float(vm, &a, "__bool__")?;
    wrapper(vm, &a, "__bool__", 0)?;
    Ok(Value::Bool(x != 0.0))
}

fn float_round(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_float(vm, &a, "__round__")?;
    let args = count_args(vm, rest(&a), "__round__", 0, 1)?;
    let mut call = vec![Value::Float(x)];
    call.extend(args.iter().cloned());
    call_builtin(vm, "round", call)
}

fn float_hash(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_float(vm, &a, "__hash__")?;
    wrapper(vm, &a, "__hash__", 0)?;
    Ok(Value::Int(vm.hash(&Value::Float(x))?))
}

fn float_repr(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_float(vm, &a, "__repr__")?;
    wrapper(vm, &a, "__repr__", 0)?;
    Ok(Value::string(numfmt::float_repr(x)))
}

fn float_format(vm: &mut Vm, a: Args) -> PyResult {
    let x = this_float(vm, &a, "__format__")?;
    let spec = spec_arg(vm, &a)?;
    Ok(Value::string(vm.format(&Value::Float(x), &spec)?))
}

fn float_binary(vm: &mut Vm, a: &Args, name: &str, op: BinOp, reflected: bool) -> PyResult {
    let x = Value::Float(this_float(vm, a, name)?);
    let args = wrapper(vm, a, name, 1)?;
    let Some(y) = float_operand(&args[0]) else {
        return Ok(not_implemented(vm));
    };
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    vm.binary(op, &l, &r)
}

binops!(float_binary:
    float_add = "__add__", Add, false;
    float_radd = "__radd__", Add, true;
    float_sub = "__sub__", Sub, false;
    float_rsub = "__rsub__", Sub, true;
    float_mul = "__mul__", Mul, false;
    float_rmul = "__rmul__", Mul, true;
    float_truediv = "__truediv__", Div, false;
    float_rtruediv = "__rtruediv__", Div, true;
    float_floordiv = "__floordiv__", FloorDiv, false;
    float_rfloordiv = "__rfloordiv__", FloorDiv, true;
    float_mod = "__mod__", Mod, false;
    float_rmod = "__rmod__", Mod, true;
);

fn float_divmod_impl(vm: &mut Vm, a: &Args, name: &str, reflected: bool) -> PyResult {
    let x = Value::Float(this_float(vm, a, name)?);
    let args = wrapper(vm, a, name, 1)?;
    let Some(y) = float_operand(&args[0]) else {
        return Ok(not_implemented(vm));
    };
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    let divisor = crate::modules::builtins::float_from(vm, &r)?;
    if divisor == 0.0 {
        return Err(vm.zero_division("float divmod()"));
    }
    divmod_of(vm, &l, &r)
}

fn float_divmod(vm: &mut Vm, a: Args) -> PyResult {
    float_divmod_impl(vm, &a, "__divmod__", false)
}

fn float_rdivmod(vm: &mut Vm, a: Args) -> PyResult {
    float_divmod_impl(vm, &a, "__rdivmod__", true)
}

fn float_pow_impl(vm: &mut Vm, a: &Args, name: &str, reflected: bool) -> PyResult {
    let x = Value::Float(this_float(vm, a, name)?);
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("wrapper {}() takes no keyword arguments", name)));
    }
    let args = count_args(vm, rest(a), "", 1, 2)?;
    let Some(y) = float_operand(&args[0]) else {
        return Ok(not_implemented(vm));
    };
    if !matches!(args.get(1), None | Some(Value::None)) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let (base, exp) = if reflected { (y, x) } else { (x, y) };
    vm.binary(BinOp::Pow, &base, &exp)
}

fn float_pow(vm: &mut Vm, a: Args) -> PyResult {
    float_pow_impl(vm, &a, "__pow__", false)
}

fn float_rpow(vm: &mut Vm, a: Args) -> PyResult {
    float_pow_impl(vm, &a, "__rpow__", true)
}

fn float_compare(vm: &mut Vm, a: &Args, name: &str, op: CmpOp) -> PyResult {
    let x = Value::Float(this_float(vm, a, name)?);
    let args = wrapper(vm, a, name, 1)?;
    match float_operand(&args[0]) {
        Some(y) => vm.compare(op, &x, &y),
        None => Ok(not_implemented(vm)),
    }
}

fn float_eq(vm: &mut Vm, a: Args) -> PyResult {
    float_compare(vm, &a, "__eq__", CmpOp::Eq)
}
fn float_ne(vm: &mut Vm, a: Args) -> PyResult {
    float_compare(vm, &a, "__ne__", CmpOp::NotEq)
}
fn float_lt(vm: &mut Vm, a: Args) -> PyResult {
    float_compare(vm, &a, "__lt__", CmpOp::Lt)
}
fn float_le(vm: &mut Vm, a: Args) -> PyResult {
    float_compare(vm, &a, "__le__", CmpOp::LtE)
}
fn float_gt(vm: &mut Vm, a: Args) -> PyResult {
    float_compare(vm, &a, "__gt__", CmpOp::Gt)
}
fn float_ge(vm: &mut Vm, a: Args) -> PyResult {
    float_compare(vm, &a, "__ge__", CmpOp::GtE)
}
