//! The `math` module, with CPython 3.11's results and errors: the C
//! library's functions behind CPython's `math_1` error rules (a NaN from a
//! non-NaN is "math domain error", an infinity from a finite argument is
//! "math range error" or a domain error), CPython's own `gamma`/`lgamma`
//! (Lanczos), `fsum` (Shewchuk's exact partials) and `hypot` (compensated
//! vector norm), and exact integer functions on big ints.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::add_fns;
use crate::objects::{int, numfmt, Args, Value};
use crate::syntax::ast::BinOp;
use crate::vm::{PyResult, Vm};

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::new_module("math");
    d.set_str("pi", Value::Float(std::f64::consts::PI));
    d.set_str("e", Value::Float(std::f64::consts::E));
    d.set_str("tau", Value::Float(std::f64::consts::TAU));
    d.set_str("inf", Value::Float(f64::INFINITY));
    d.set_str("nan", Value::Float(f64::NAN));
    add_fns(
        &d,
        &[
            ("sqrt", sqrt),
            ("cbrt", cbrt),
            ("exp", exp),
            ("exp2", exp2),
            ("expm1", expm1),
            ("log", log),
            ("log2", log2),
            ("log10", log10),
            ("log1p", log1p),
            ("pow", pow),
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("asin", asin),
            ("acos", acos),
            ("atan", atan),
            ("atan2", atan2),
            ("sinh", sinh),
            ("cosh", cosh),
            ("tanh", tanh),
            ("asinh", asinh),
            ("acosh", acosh),
            ("atanh", atanh),
            ("erf", erf),
            ("erfc", erfc),
            ("gamma", gamma),
            ("lgamma", lgamma),
            ("hypot", hypot),
            ("dist", dist),
            ("degrees", degrees),
            ("radians", radians),
            ("floor", floor),
            ("ceil", ceil),
            ("trunc", trunc),
            ("fabs", fabs),
            ("fmod", fmod),
            ("remainder", remainder),
            ("modf", modf),
            ("frexp", frexp),
            ("ldexp", ldexp),
            ("copysign", copysign),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("isclose", isclose),
            ("nextafter", nextafter),
            ("ulp", ulp),
            ("fsum", fsum),
            ("prod", prod),
            ("factorial", factorial),
            ("gcd", gcd),
            ("lcm", lcm),
            ("comb", comb),
            ("perm", perm),
            ("isqrt", isqrt),
        ],
    );
    Ok(m)
}

// ----- conversions -----

/// `PyFloat_AsDouble`: floats, ints, `__float__`, `__index__`.
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Big(b) => numfmt::int_to_float(b).map_err(|m| vm.overflow_error(m)),
        Value::Instance(_) => {
            let class = vm.class_of(v);
            if class.lookup("__float__").is_some() || class.lookup("__index__").is_some() {
                return super::builtins::float_from(vm, v);
            }
            if let Some(p) = crate::vm::ops::payload_of(v) {
                if matches!(
                    p,
                    Value::Float(_) | Value::Int(_) | Value::Big(_) | Value::Bool(_)
                ) {
                    return to_f64(vm, &p);
                }
            }
            Err(vm.type_error(format!("must be real number, not {}", class.name())))
        }
        _ => {
            let class = vm.class_of(v);
            if class.lookup("__float__").is_some() || class.lookup("__index__").is_some() {
                return super::builtins::float_from(vm, v);
            }
            Err(vm.type_error(format!("must be real number, not {}", class.name())))
        }
    }
}

/// An int argument (`__index__`): TypeError "'float' object cannot be
/// interpreted as an integer" for anything else.
pub fn to_int(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(n) = int::to_big(v) {
        return Ok(n);
    }
    if let Value::Instance(_) = v {
        let class = vm.class_of(v);
        if let Some(f) = class.lookup("__index__") {
            let r = vm.call(&f, vec![v.clone()], vec![])?;
            return match int::to_big(&r) {
                Some(n) => Ok(n),
                None => Err(vm.type_error(format!(
                    "__index__ returned non-int (type {})",
                    vm.type_name(&r)
                ))),
            };
        }
        if let Some(p) = crate::vm::ops::payload_of(v) {
            if let Some(n) = int::to_big(&p) {
                return Ok(n);
            }
        }
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}

/// The exact integer value of a finite float.
pub fn float_to_bigint(vm: &Vm, x: f64) -> PyResult<BigInt> {
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let x = x.trunc();
    if x.abs() < 9.0e18 {
        return Ok(BigInt::from(x as i64));
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mantissa = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    // |x| >= 9e18 means exp > 0.
    let mag = BigInt::from(mantissa) << (exp.max(0) as usize);
    Ok(if x < 0.0 { -mag } else { mag })
}

fn float(x: f64) -> PyResult {
    Ok(Value::Float(x))
}

fn domain(vm: &Vm) -> Value {
    vm.value_error("math domain error")
}

fn range(vm: &Vm) -> Value {
    vm.overflow_error("math range error")
}

fn one_arg(vm: &mut Vm, a: &Args, name: &str) -> PyResult<f64> {
    a.no_kw(vm, name)?;
    a.check(vm, name, 1, 1)?;
    to_f64(vm, &a.pos[0])
}

fn two_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(f64, f64)> {
    a.no_kw(vm, name)?;
    a.check(vm, name, 2, 2)?;
    Ok((to_f64(vm, &a.pos[0])?, to_f64(vm, &a.pos[1])?))
}

/// CPython's `math_1`: `f(x)` with its domain and range errors.
fn math_1(vm: &mut Vm, a: &Args, name: &str, f: fn(f64) -> f64, can_overflow: bool) -> PyResult {
    let x = one_arg(vm, a, name)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(vm) } else { domain(vm) });
    }
    float(r)
}

macro_rules! unary {
    ($($name:ident = $f:expr, $overflow:expr;)*) => {
        $(fn $name(vm: &mut Vm, a: Args) -> PyResult {
            math_1(vm, &a, stringify!($name), $f, $overflow)
        })*
    };
}

unary! {
    sqrt = f64::sqrt, false;
    cbrt = f64::cbrt, false;
    exp = f64::exp, true;
    exp2 = f64::exp2, true;
    expm1 = f64::exp_m1, true;
    log1p = f64::ln_1p, false;
    sin = f64::sin, false;
    cos = f64::cos, false;
    tan = f64::tan, false;
    asin = f64::asin, false;
    acos = f64::acos, false;
    atan = f64::atan, false;
    sinh = f64::sinh, true;
    cosh = f64::cosh, true;
    tanh = f64::tanh, false;
    asinh = f64::asinh, false;
    acosh = f64::acosh, false;
    atanh = f64::atanh, false;
    erf = m_erf, false;
    erfc = m_erfc, false;
    fabs = f64::abs, false;
}

fn degrees(vm: &mut Vm, a: Args) -> PyResult {
    let x = one_arg(vm, &a, "degrees")?;
    float(x * (180.0 / std::f64::consts::PI))
}

fn radians(vm: &mut Vm, a: Args) -> PyResult {
    let x = one_arg(vm, &a, "radians")?;
    float(x * (std::f64::consts::PI / 180.0))
}

// ----- logarithms -----

/// CPython's `loghelper`: ints of any size (through frexp), else floats.
fn loghelper(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    let n = match v {
        Value::Int(_) | Value::Bool(_) | Value::Big(_) => int::to_big(v),
        Value::Instance(_) => crate::vm::ops::payload_of(v).and_then(|p| int::to_big(&p)),
        _ => None,
    };
    if let Some(n) = n {
        if !n.is_positive() {
            return Err(domain(vm));
        }
        return Ok(match numfmt::int_to_float(&n) {
            Ok(x) => f(x),
            Err(_) => {
                // x = m * 2**e with 0.5 <= m < 1: log(x) = log(m) + e * log(2).
                let (m, e) = big_frexp(&n);
                f(m) + f(2.0) * e as f64
            }
        });
    }
    let x = to_f64(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(f(x))
}

/// `n = m * 2**e` with `0.5 <= m < 1`, `m` correctly rounded, for `n > 0`.
fn big_frexp(n: &BigInt) -> (f64, u64) {
    let bits = n.bits();
    let shift = bits.saturating_sub(64);
    let top = (n.magnitude() >> shift).to_u64().unwrap_or(u64::MAX);
    let sticky = shift > 0 && n.magnitude().trailing_zeros().unwrap_or(0) < shift;
    let top = top | sticky as u64;
    let m = top as f64 / 18_446_744_073_709_551_616.0 * 2f64.powi(64 - (bits - shift) as i32);
    // When rounding carried up to 1.0, renormalise.
    if m >= 1.0 {
        (m / 2.0, bits + 1)
    } else {
        (m, bits)
    }
}

fn log(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "log")?;
    a.check(vm, "log", 1, 2)?;
    let num = loghelper(vm, &a.pos[0], f64::ln)?;
    match a.get(1) {
        None => float(num),
        Some(base) => {
            let den = loghelper(vm, base, f64::ln)?;
            if den == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            float(num / den)
        }
    }
}

fn log2(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "log2")?;
    a.check(vm, "log2", 1, 1)?;
    float(loghelper(vm, &a.pos[0], f64::log2)?)
}

fn log10(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "log10")?;
    a.check(vm, "log10", 1, 1)?;
    float(loghelper(vm, &a.pos[0], f64::log10)?)
}

// ----- two-argument functions -----

fn pow(vm: &mut Vm, a: Args) -> PyResult {
    let (x, y) = two_args(vm, &a, "pow")?;
    let r;
    if !x.is_finite() || !y.is_finite() {
        r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
        return float(r);
    }
    r = x.powf(y);
    if r.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() {
        return Err(if x == 0.0 { domain(vm) } else { range(vm) });
    }
    float(r)
}

fn atan2(vm: &mut Vm, a: Args) -> PyResult {
    let (y, x) = two_args(vm, &a, "atan2")?;
    float(y.atan2(x))
}

fn fmod(vm: &mut Vm, a: Args) -> PyResult {
    let (x, y) = two_args(vm, &a, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return float(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    float(r)
}

fn remainder(vm: &mut Vm, a: Args) -> PyResult {
    let (x, y) = two_args(vm, &a, "remainder")?;
    let r = m_remainder(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    float(r)
}

/// IEEE 754 remainder: `x - n*y` for the nearest multiple, ties to even.
fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn copysign(vm: &mut Vm, a: Args) -> PyResult {
    let (x, y) = two_args(vm, &a, "copysign")?;
    float(x.copysign(y))
}

fn nextafter(vm: &mut Vm, a: Args) -> PyResult {
    let (x, y) = two_args(vm, &a, "nextafter")?;
    float(next_after(x, y))
}

fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn ulp(vm: &mut Vm, a: Args) -> PyResult {
    let x = one_arg(vm, &a, "ulp")?;
    if x.is_nan() {
        return float(x);
    }
    let x = x.abs();
    if x.is_infinite() {
        return float(x);
    }
    let x2 = next_after(x, f64::INFINITY);
    if x2.is_infinite() {
        return float(x - next_after(x, f64::NEG_INFINITY));
    }
    float(x2 - x)
}

// ----- rounding and float decomposition -----

/// `floor`/`ceil`: the dunder if the class defines one, else on the float value.
fn round_with(vm: &mut Vm, a: &Args, name: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult {
    a.no_kw(vm, name)?;
    a.check(vm, name, 1, 1)?;
    let v = &a.pos[0];
    match v {
        Value::Int(_) | Value::Big(_) => return Ok(v.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(x) => return Ok(Value::from_bigint(float_to_bigint(vm, f(*x))?)),
        _ => {}
    }
    let class = vm.class_of(v);
    if let Some(m) = class.lookup(dunder) {
        return vm.call(&m, vec![v.clone()], vec![]);
    }
    if let Some(p) = crate::vm::ops::payload_of(v) {
        if let Some(n) = int::to_big(&p) {
            return Ok(Value::from_bigint(n));
        }
    }
    let x = to_f64(vm, v)?;
    Ok(Value::from_bigint(float_to_bigint(vm, f(x))?))
}

fn floor(vm: &mut Vm, a: Args) -> PyResult {
    round_with(vm, &a, "floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, a: Args) -> PyResult {
    round_with(vm, &a, "ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "trunc")?;
    a.check(vm, "trunc", 1, 1)?;
    let v = &a.pos[0];
    match v {
        Value::Int(_) | Value::Big(_) => return Ok(v.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(x) => return Ok(Value::from_bigint(float_to_bigint(vm, *x)?)),
        _ => {}
    }
    let class = vm.class_of(v);
    if let Some(m) = class.lookup("__trunc__") {
        return vm.call(&m, vec![v.clone()], vec![]);
    }
    if let Some(p) = crate::vm::ops::payload_of(v) {
        match p {
            Value::Float(x) => return Ok(Value::from_bigint(float_to_bigint(vm, x)?)),
            other => {
                if let Some(n) = int::to_big(&other) {
                    return Ok(Value::from_bigint(n));
                }
            }
        }
    }
    Err(vm.type_error(format!(
        "type {} doesn't define __trunc__ method",
        class.name()
    )))
}

fn modf(vm: &mut Vm, a: Args) -> PyResult {
    let x = one_arg(vm, &a, "modf")?;
    let (frac, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let whole = x.trunc();
        ((x - whole).copysign(x), whole)
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(whole)]))
}

fn frexp(vm: &mut Vm, a: Args) -> PyResult {
    let x = one_arg(vm, &a, "frexp")?;
    let (m, e) = crate::objects::hash::frexp(x);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "ldexp")?;
    a.check(vm, "ldexp", 2, 2)?;
    let x = to_f64(vm, &a.pos[0])?;
    if let Value::Float(_) = &a.pos[1] {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    }
    let e = to_int(vm, &a.pos[1])?;
    if x == 0.0 || !x.is_finite() {
        return float(x);
    }
    // Far outside the exponent range the result is 0 or an overflow either way.
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let e = e.clamp(-2200, 2200) as i32;
    let r = scale_by_power_of_two(x, e);
    if r.is_infinite() {
        return Err(range(vm));
    }
    float(r)
}

/// `x * 2**e` with a single rounding (subnormal results included).
fn scale_by_power_of_two(mut x: f64, mut e: i32) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    if e >= -1000 {
        return x * 2f64.powi(e);
    }
    // Scale most of the way exactly, then round once at the end.
    let (m, me) = crate::objects::hash::frexp(x);
    let total = me as i64 + e as i64;
    if total < -1100 {
        return 0.0f64.copysign(x);
    }
    // m in [0.5, 1): result = m * 2**total, total in [-1100, ...].
    let first = (total + 1000).max(-1000) as i32;
    m * 2f64.powi(first) * 2f64.powi((total - first as i64) as i32)
}

fn isfinite(vm: &mut Vm, a: Args) -> PyResult {
    Ok(Value::Bool(one_arg(vm, &a, "isfinite")?.is_finite()))
}

fn isinf(vm: &mut Vm, a: Args) -> PyResult {
    Ok(Value::Bool(one_arg(vm, &a, "isinf")?.is_infinite()))
}

fn isnan(vm: &mut Vm, a: Args) -> PyResult {
    Ok(Value::Bool(one_arg(vm, &a, "isnan")?.is_nan()))
}

fn isclose(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(vm, "isclose", &["a", "b", "rel_tol", "abs_tol"])?;
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            a.len()
        )));
    }
    let (Some(x), Some(y)) = (a.arg(0, "a"), a.arg(1, "b")) else {
        let missing = if a.arg(0, "a").is_none() { "a" } else { "b" };
        let pos = if missing == "a" { 1 } else { 2 };
        return Err(vm.type_error(format!(
            "isclose() missing required argument '{}' (pos {})",
            missing, pos
        )));
    };
    let x = to_f64(vm, &x)?;
    let y = to_f64(vm, &y)?;
    let rel_tol = match a.kw("rel_tol") {
        Some(v) => to_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs_tol = match a.kw("abs_tol") {
        Some(v) => to_f64(vm, &v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs() || diff <= abs_tol,
    ))
}

// ----- gamma, lgamma, erf -----

const LANCZOS_N: usize = 13;
#[allow(clippy::excessive_precision)] // CPython's digits, kept verbatim.
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)] // CPython's digits, kept verbatim.
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)] // CPython's digits, kept verbatim.
const LANCZOS_NUM: [f64; LANCZOS_N] = [
    23_531_376_880.410_759_688_572_007_674_451_636_754_734_846_804_940,
    42_919_803_642.649_098_768_957_899_047_001_988_850_926_355_848_959,
    35_711_959_237.355_668_049_440_185_451_547_166_705_960_488_635_843,
    17_921_034_426.037_209_699_919_755_754_458_931_112_671_403_265_390,
    6_039_542_586.352_028_005_064_291_644_307_297_921_069_938_842_070_8,
    1_439_720_407.311_721_673_663_223_072_794_912_393_971_548_578_677_2,
    248_874_557.862_054_156_511_460_386_413_229_423_216_321_251_278_01,
    31_426_415.585_400_194_380_614_231_628_318_205_362_874_684_987_640,
    2_876_370.628_935_372_441_225_409_051_620_849_613_599_114_537_876_8,
    186_056.265_395_223_495_040_294_989_716_045_699_282_207_842_363_28,
    8_071.672_002_365_816_210_638_002_902_272_250_613_821_851_632_502_4,
    210.824_277_751_579_345_872_509_733_920_713_362_711_669_695_802_91,
    2.506_628_274_631_000_270_164_908_177_133_837_338_626_431_079_340_8,
];
const LANCZOS_DEN: [f64; LANCZOS_N] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];
#[allow(clippy::excessive_precision)] // CPython's digits, kept verbatim.
const LOG_PI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    // Evaluated as a rational function of x for small x, of 1/x for large
    // x, to avoid overflow.
    if x < 5.0 {
        for i in (0..LANCZOS_N).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..LANCZOS_N {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)`, accurate near the integers.
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// Why a gamma computation failed (`errno` in CPython).
enum MathErr {
    Domain,
    Range,
}

fn m_tgamma(x: f64) -> Result<f64, MathErr> {
    use std::f64::consts::PI;
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(MathErr::Domain);
    }
    if x == 0.0 {
        return Err(MathErr::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathErr::Domain);
        }
        if x <= 23.0 {
            // (x-1)! exactly, then rounded once, like CPython's table.
            let mut r: u128 = 1;
            for i in 2..(x as u128) {
                r *= i;
            }
            return Ok(r as f64);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(MathErr::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(0.0 / sinpi(x));
        }
        return Err(MathErr::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(MathErr::Range);
    }
    Ok(r)
}

fn m_lgamma(x: f64) -> Result<f64, MathErr> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(MathErr::Domain);
        }
        return Ok(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(MathErr::Range);
    }
    Ok(r)
}

fn gamma_result(vm: &Vm, r: Result<f64, MathErr>) -> PyResult {
    match r {
        Ok(x) => float(x),
        Err(MathErr::Domain) => Err(domain(vm)),
        Err(MathErr::Range) => Err(range(vm)),
    }
}

fn gamma(vm: &mut Vm, a: Args) -> PyResult {
    let x = one_arg(vm, &a, "gamma")?;
    gamma_result(vm, m_tgamma(x))
}

fn lgamma(vm: &mut Vm, a: Args) -> PyResult {
    let x = one_arg(vm, &a, "lgamma")?;
    gamma_result(vm, m_lgamma(x))
}

#[allow(clippy::excessive_precision)] // CPython's digits, kept verbatim.
const SQRT_PI: f64 = 1.772_453_850_905_516_027_298_167_483_341_145_182_798;
const ERF_SERIES_CUTOFF: f64 = 1.5;
const ERF_SERIES_TERMS: i32 = 25;
const ERFC_CONTFRAC_CUTOFF: f64 = 30.0;
const ERFC_CONTFRAC_TERMS: i32 = 50;

/// erf by its power series (for |x| < 1.5).
fn erf_series(x: f64) -> f64 {
    let x2 = x * x;
    let mut acc = 0.0;
    let mut fk = ERF_SERIES_TERMS as f64 + 0.5;
    for _ in 0..ERF_SERIES_TERMS {
        acc = 2.0 + x2 * acc / fk;
        fk -= 1.0;
    }
    acc * x * (-x2).exp() / SQRT_PI
}

/// erfc by its continued fraction (for x >= 1.5).
fn erfc_contfrac(x: f64) -> f64 {
    if x >= ERFC_CONTFRAC_CUTOFF {
        return 0.0;
    }
    let x2 = x * x;
    let mut a = 0.0;
    let mut da = 0.5;
    let mut p = 1.0;
    let mut p_last = 0.0;
    let mut q = da + x2;
    let mut q_last = 1.0;
    for _ in 0..ERFC_CONTFRAC_TERMS {
        a += da;
        da += 2.0;
        let b = da + x2;
        let t = p;
        p = b * p - a * p_last;
        p_last = t;
        let t = q;
        q = b * q - a * q_last;
        q_last = t;
    }
    p / q * x * (-x2).exp() / SQRT_PI
}

fn m_erf(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.abs() < ERF_SERIES_CUTOFF {
        return erf_series(x);
    }
    let cf = erfc_contfrac(x.abs());
    if x > 0.0 {
        1.0 - cf
    } else {
        cf - 1.0
    }
}

fn m_erfc(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.abs() < ERF_SERIES_CUTOFF {
        return 1.0 - erf_series(x);
    }
    let cf = erfc_contfrac(x.abs());
    if x > 0.0 {
        cf
    } else {
        2.0 - cf
    }
}

// ----- norms and sums -----

/// CPython 3.11's `vector_norm`: sqrt of the sum of squares, with lossless
/// scaling, Dekker splitting, compensated sums and a correction step.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134_217_729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = crate::objects::hash::frexp(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = scale_by_power_of_two(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    for &v in vec.iter() {
        let x = v * scale;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        let sq = hi * hi;
        let old = csum;
        csum += sq;
        frac1 += (old - csum) + sq;
        let cross = 2.0 * hi * lo;
        let old = csum;
        csum += cross;
        frac2 += (old - csum) + cross;
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    let t = h * T27;
    let hi = t - (t - h);
    let lo = h - hi;
    let x = -hi * hi;
    let old = csum;
    csum += x;
    frac1 += (old - csum) + x;
    let x = -2.0 * hi * lo;
    let old = csum;
    csum += x;
    frac2 += (old - csum) + x;
    let x = -lo * lo;
    let old = csum;
    csum += x;
    frac3 += (old - csum) + x;
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

fn hypot(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "hypot")?;
    let mut coords = Vec::with_capacity(a.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for v in a.pos {
        let x = to_f64(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    float(vector_norm(&mut coords, max, found_nan))
}

fn dist(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "dist")?;
    a.check(vm, "dist", 2, 2)?;
    let p = vm.iterate(&a.pos[0])?;
    let q = vm.iterate(&a.pos[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (pv, qv) in p.iter().zip(q.iter()) {
        let x = (to_f64(vm, pv)? - to_f64(vm, qv)?).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    float(vector_norm(&mut diffs, max, found_nan))
}

/// `fsum`: Shewchuk's algorithm, exactly as CPython's `math_fsum`.
fn fsum(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "fsum")?;
    a.check(vm, "fsum", 1, 1)?;
    let it = vm.get_iter(&a.pos[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = vm.next(&it)? {
        let mut x = to_f64(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // A non-finite result from finite partials is an overflow.
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return float(special_sum);
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even correctly when the rest of the partials say which way.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    float(hi)
}

fn prod(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(vm, "prod", &["start"])?;
    a.check(vm, "prod", 1, 1)?;
    let mut acc = a.kw("start").unwrap_or(Value::Int(1));
    let it = vm.get_iter(&a.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        acc = vm.binary(BinOp::Mul, &acc, &v)?;
    }
    Ok(acc)
}

// ----- integer functions -----

/// The product `lo * (lo+1) * ... * hi` by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut r = BigInt::one();
        let mut small: u64 = 1;
        for i in lo..=hi {
            match small.checked_mul(i) {
                Some(s) => small = s,
                None => {
                    r *= small;
                    small = i;
                }
            }
        }
        return r * small;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

fn factorial(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "factorial")?;
    a.check(vm, "factorial", 1, 1)?;
    if let Value::Float(_) = &a.pos[0] {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = to_int(vm, &a.pos[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|n| *n <= i64::MAX as u64) else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    Ok(Value::from_bigint(range_product(2, n)))
}

fn gcd(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "gcd")?;
    let mut g = BigInt::zero();
    for v in a.pos {
        let n = to_int(vm, v)?;
        g = g.gcd(&n);
    }
    Ok(Value::from_bigint(g))
}

fn lcm(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "lcm")?;
    let mut l = BigInt::one();
    for v in a.pos {
        let n = to_int(vm, v)?;
        if l.is_zero() || n.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&n);
    }
    Ok(Value::from_bigint(l.abs()))
}

fn isqrt(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "isqrt")?;
    a.check(vm, "isqrt", 1, 1)?;
    let n = to_int(vm, &a.pos[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

/// The `n` and `k` of `comb`/`perm`, checked as CPython does.
fn n_k(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = to_int(vm, n)?;
    let k = to_int(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// `k` as a machine count, OverflowError past a C long long.
fn small_k(vm: &Vm, k: &BigInt) -> PyResult<u64> {
    match k.to_u64().filter(|k| *k <= i64::MAX as u64) {
        Some(k) => Ok(k),
        None => Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX))),
    }
}

/// `n * (n-1) * ... * (n-k+1)` for big `n`.
fn falling_product(n: &BigInt, k: u64) -> BigInt {
    fn go(n: &BigInt, lo: u64, hi: u64) -> BigInt {
        // Product of (n - i) for i in lo..hi.
        if hi - lo <= 8 {
            let mut r = BigInt::one();
            for i in lo..hi {
                r *= n - BigInt::from(i);
            }
            return r;
        }
        let mid = lo + (hi - lo) / 2;
        go(n, lo, mid) * go(n, mid, hi)
    }
    if k == 0 {
        return BigInt::one();
    }
    go(n, 0, k)
}

fn comb(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "comb")?;
    a.check(vm, "comb", 2, 2)?;
    let (n, k) = n_k(vm, &a.pos[0], &a.pos[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let k = small_k(vm, &k)?;
    let num = falling_product(&n, k);
    let den = range_product(2, k);
    Ok(Value::from_bigint(num / den))
}

fn perm(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "perm")?;
    a.check(vm, "perm", 1, 2)?;
    let k = match a.get(1) {
        None | Some(Value::None) => None,
        Some(k) => Some(k.clone()),
    };
    let Some(k) = k else {
        let n = to_int(vm, &a.pos[0])?;
        if n.is_negative() {
            return Err(vm.value_error("factorial() not defined for negative values"));
        }
        let Some(n) = n.to_u64().filter(|n| *n <= i64::MAX as u64) else {
            return Err(
                vm.overflow_error("factorial() argument should not exceed 9223372036854775807")
            );
        };
        return Ok(Value::from_bigint(range_product(2, n)));
    };
    let (n, k) = n_k(vm, &a.pos[0], &k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = match k.to_u64().filter(|k| *k <= i64::MAX as u64) {
        Some(k) => k,
        None => return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX))),
    };
    Ok(Value::from_bigint(falling_product(&n, k)))
}
