//! `bytes`: the constructor and the common methods (bytes are optional in
//! the spec; this covers what text-processing scripts use).

use std::rc::Rc;

use super::method;
use crate::objects::{Args, NativeFn, Object, Value};
use crate::vm::{Interp, PyResult, Vm};

pub fn install(interp: &Rc<Interp>) {
    let c = &interp.types.bytes;
    let fns: &[(&'static str, NativeFn)] = &[
        ("__new__", bytes_new),
        ("decode", decode),
        ("join", join),
        ("hex", hex),
        ("count", count),
        ("find", find),
        ("startswith", startswith),
        ("endswith", endswith),
        ("split", split),
        ("strip", strip),
        ("upper", upper),
        ("lower", lower),
        ("replace", replace),
    ];
    for (name, f) in fns {
        c.dict.set_str(name, method("bytes", name, *f));
    }
}

/// A new bytes value.
pub fn bytes_value(b: Vec<u8>) -> Value {
    Value::obj(Object::Bytes(b.into_boxed_slice()))
}

/// The content of a bytes value.
pub fn bytes_of(v: &Value) -> Option<&[u8]> {
    match v {
        Value::Obj(o) => match &**o {
            Object::Bytes(b) => Some(b),
            _ => None,
        },
        _ => None,
    }
}

fn this<'a>(vm: &Vm, a: &'a Args, name: &str) -> PyResult<&'a [u8]> {
    a.pos.first().and_then(bytes_of).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{}' for 'bytes' objects doesn't apply",
            name
        ))
    })
}

fn arg_bytes<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a [u8]> {
    bytes_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// `str.encode` / `bytes(s, encoding)`.
pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult {
    let enc = encoding.to_ascii_lowercase().replace('_', "-");
    let limit = match enc.as_str() {
        "utf-8" | "utf8" => return Ok(bytes_value(s.as_bytes().to_vec())),
        "ascii" | "us-ascii" => 0x80u32,
        "latin-1" | "latin1" | "iso-8859-1" => 0x100,
        _ => {
            return Err(vm.new_exception(
                &vm.types().lookup_error.clone(),
                format!("unknown encoding: {}", encoding),
            ))
        }
    };
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if (c as u32) < limit {
            out.push(c as u32 as u8);
        } else if errors == "ignore" {
        } else if errors == "replace" {
            out.push(b'?');
        } else {
            let codec = if limit == 0x80 { "ascii" } else { "latin-1" };
            return Err(vm.new_exception(
                &vm.types().unicode_encode_error.clone(),
                format!(
                    "'{}' codec can't encode character '\\u{:04x}' in position {}: ordinal not in range({})",
                    codec, c as u32, i, limit
                ),
            ));
        }
    }
    Ok(bytes_value(out))
}

fn decode_bytes(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult {
    let enc = encoding.to_ascii_lowercase().replace('_', "-");
    match enc.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(b) {
            Ok(s) => Ok(Value::str(s)),
            Err(e) => {
                if errors == "replace" {
                    return Ok(Value::string(String::from_utf8_lossy(b).into_owned()));
                }
                if errors == "ignore" {
                    let s: String = String::from_utf8_lossy(b)
                        .chars()
                        .filter(|c| *c != '\u{FFFD}')
                        .collect();
                    return Ok(Value::string(s));
                }
                let pos = e.valid_up_to();
                Err(vm.new_exception(
                    &vm.types().unicode_decode_error.clone(),
                    format!(
                        "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                        b.get(pos).copied().unwrap_or(0),
                        pos
                    ),
                ))
            }
        },
        "ascii" | "us-ascii" => {
            let mut s = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    s.push(x as char);
                } else if errors == "replace" {
                    s.push('\u{FFFD}');
                } else if errors != "ignore" {
                    return Err(vm.new_exception(
                        &vm.types().unicode_decode_error.clone(),
                        format!(
                            "'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)",
                            x, i
                        ),
                    ));
                }
            }
            Ok(Value::string(s))
        }
        "latin-1" | "latin1" | "iso-8859-1" => {
            Ok(Value::string(b.iter().map(|&x| x as char).collect()))
        }
        _ => Err(vm.new_exception(
            &vm.types().lookup_error.clone(),
            format!("unknown encoding: {}", encoding),
        )),
    }
}

fn str_kw(vm: &mut Vm, a: &Args, i: usize, name: &str, default: &str) -> PyResult<String> {
    match a.arg(i, name) {
        None => Ok(default.to_string()),
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(v) => Err(vm.type_error(format!(
            "{}() argument '{}' must be str, not {}",
            "decode",
            name,
            vm.type_name(&v)
        ))),
    }
}

fn bytes_new(vm: &mut Vm, a: Args) -> PyResult {
    let src = a.arg(1, "source");
    let Some(src) = src else {
        return Ok(bytes_value(Vec::new()));
    };
    match &src {
        Value::Str(s) => {
            let Some(enc) = a.arg(2, "encoding") else {
                return Err(vm.type_error("string argument without an encoding"));
            };
            let enc = vm.str(&enc)?;
            let errors = str_kw(vm, &a, 3, "errors", "strict")?;
            encode(vm, s.as_str(), &enc, &errors)
        }
        Value::Int(n) => {
            if *n < 0 {
                return Err(vm.value_error("negative count"));
            }
            if *n > 1 << 31 {
                return Err(vm.new_exception(&vm.types().memory_error.clone(), ""));
            }
            Ok(bytes_value(vec![0; *n as usize]))
        }
        _ => {
            if let Some(b) = bytes_of(&src) {
                return Ok(bytes_value(b.to_vec()));
            }
            let items = vm.iterate(&src)?;
            let mut out = Vec::with_capacity(items.len());
            for v in items {
                let n = vm.index_of(&v)?;
                if !(0..256).contains(&n) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                out.push(n as u8);
            }
            Ok(bytes_value(out))
        }
    }
}

fn decode(vm: &mut Vm, a: Args) -> PyResult {
    let b = this(vm, &a, "decode")?.to_vec();
    let enc = str_kw(vm, &a, 1, "encoding", "utf-8")?;
    let errors = str_kw(vm, &a, 2, "errors", "strict")?;
    decode_bytes(vm, &b, &enc, &errors)
}

fn join(vm: &mut Vm, a: Args) -> PyResult {
    let sep = this(vm, &a, "join")?.to_vec();
    a.check(vm, "join", 2, 2)?;
    let items = vm.iterate(&a.pos[1])?;
    let mut out = Vec::new();
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_of(v) {
            Some(b) => out.extend_from_slice(b),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    vm.type_name(v)
                )))
            }
        }
    }
    Ok(bytes_value(out))
}

fn hex(vm: &mut Vm, a: Args) -> PyResult {
    let b = this(vm, &a, "hex")?;
    Ok(Value::string(
        b.iter().map(|x| format!("{:02x}", x)).collect(),
    ))
}

fn find_in(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    h.windows(n.len()).position(|w| w == n)
}

fn count(vm: &mut Vm, a: Args) -> PyResult {
    let b = this(vm, &a, "count")?;
    a.check(vm, "count", 2, 2)?;
    let n = arg_bytes(vm, &a.pos[1])?;
    if n.is_empty() {
        return Ok(Value::Int(b.len() as i64 + 1));
    }
    let (mut i, mut c) = (0, 0);
    while let Some(p) = find_in(&b[i..], n) {
        c += 1;
        i += p + n.len();
    }
    Ok(Value::Int(c))
}

fn find(vm: &mut Vm, a: Args) -> PyResult {
    let b = this(vm, &a, "find")?;
    a.check(vm, "find", 2, 2)?;
    let n = arg_bytes(vm, &a.pos[1])?;
    Ok(Value::Int(find_in(b, n).map(|p| p as i64).unwrap_or(-1)))
}

fn startswith(vm: &mut Vm, a: Args) -> PyResult {
    let b = this(vm, &a, "startswith")?;
    a.check(vm, "startswith", 2, 2)?;
    Ok(Value::Bool(b.starts_with(arg_bytes(vm, &a.pos[1])?)))
}

fn endswith(vm: &mut Vm, a: Args) -> PyResult {
    let b = this(vm, &a, "endswith")?;
    a.check(vm, "endswith", 2, 2)?;
    Ok(Value::Bool(b.ends_with(arg_bytes(vm, &a.pos[1])?)))
}

fn split(vm: &mut Vm, a: Args) -> PyResult {
    let b = this(vm, &a, "split")?;
    let parts: Vec<Value> = match a.get(1) {
        None | Some(Value::None) => b
            .split(|c| c.is_ascii_whitespace())
            .filter(|p| !p.is_empty())
            .map(|p| bytes_value(p.to_vec()))
            .collect(),
        Some(sep) => {
            let sep = arg_bytes(vm, sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut out = Vec::new();
            let mut rest = b;
            while let Some(p) = find_in(rest, sep) {
                out.push(bytes_value(rest[..p].to_vec()));
                rest = &rest[p + sep.len()..];
            }
            out.push(bytes_value(rest.to_vec()));
            out
        }
    };
    Ok(Value::list(parts))
}

fn strip(vm: &mut Vm, a: Args) -> PyResult {
    let b = this(vm, &a, "strip")?;
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map(|p| p + 1)
        .unwrap_or(start);
    Ok(bytes_value(b[start..end.max(start)].to_vec()))
}

fn upper(vm: &mut Vm, a: Args) -> PyResult {
    Ok(bytes_value(this(vm, &a, "upper")?.to_ascii_uppercase()))
}

fn lower(vm: &mut Vm, a: Args) -> PyResult {
    Ok(bytes_value(this(vm, &a, "lower")?.to_ascii_lowercase()))
}

fn replace(vm: &mut Vm, a: Args) -> PyResult {
    let b = this(vm, &a, "replace")?;
    a.check(vm, "replace", 3, 3)?;
    let old = arg_bytes(vm, &a.pos[1])?;
    let new = arg_bytes(vm, &a.pos[2])?;
    if old.is_empty() {
        return Ok(bytes_value(b.to_vec()));
    }
    let mut out = Vec::with_capacity(b.len());
    let mut rest = b;
    while let Some(p) = find_in(rest, old) {
        out.extend_from_slice(&rest[..p]);
        out.extend_from_slice(new);
        rest = &rest[p + old.len()..];
    }
    out.extend_from_slice(rest);
    Ok(bytes_value(out))
}
