//! `format(v, spec)` / `__format__` and printf-style `str % args`, on top of
//! the pure conversions in `objects::numfmt`.

use super::{PyResult, Vm};
use crate::objects::numfmt::{self, PercentValue};
use crate::objects::Value;
use std::fmt::Write;

impl Vm {
    /// The exception for an error message from `numfmt`.
    pub fn numfmt_error(&self, msg: String) -> Value {
        let t = self.types();
        let class = match numfmt::error_type(&msg) {
            "OverflowError" => &t.overflow_error,
            "TypeError" => &t.type_error,
            "ZeroDivisionError" => &t.zero_division_error,
            "MemoryError" => &t.memory_error,
            _ => &t.value_error,
        };
        self.new_exception(class, msg)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        match v {
            Value::Str(s) => {
                if spec.is_empty() {
                    return Ok(s.as_str().to_string());
                }
                let fs =
                    numfmt::parse_format_spec_for(spec, "str").map_err(|m| self.numfmt_error(m))?;
                numfmt::format_str(s.as_str(), &fs).map_err(|m| self.numfmt_error(m))
            }
            Value::Bool(_) | Value::Int(_) | Value::Big(_) => {
                if spec.is_empty() {
                    return self.str(v);
                }
                let n = crate::objects::int::to_big(v).unwrap_or_default();
                let fs =
                    numfmt::parse_format_spec_for(spec, "int").map_err(|m| self.numfmt_error(m))?;
                if matches!(fs.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
                    let x = numfmt::int_to_float(&n).map_err(|m| self.numfmt_error(m))?;
                    return numfmt::format_float(x, &fs).map_err(|m| self.numfmt_error(m));
                }
                numfmt::format_int(&n, &fs).map_err(|m| self.numfmt_error(m))
            }
            Value::Float(x) => {
                if spec.is_empty() {
                    return Ok(numfmt::float_repr(*x));
                }
                let fs = numfmt::parse_format_spec_for(spec, "float")
                    .map_err(|m| self.numfmt_error(m))?;
                numfmt::format_float(*x, &fs).map_err(|m| self.numfmt_error(m))
            }
            _ => {
                let class = self.class_of(v);
                if let Some((f, owner)) = class.lookup_with_owner("__format__") {
                    if owner.is_heap {
                        let r = self.call(&f, vec![v.clone(), Value::str(spec)], vec![])?;
                        return match r {
                            Value::Str(s) => Ok(s.as_str().to_string()),
                            other => Err(self.type_error(format!(
                                "__format__ must return a str, not {}",
                                self.type_name(&other)
                            ))),
                        };
                    }
                }
                if let Some(p) = super::ops::payload_of(v) {
                    return self.format(&p, spec);
                }
                if !spec.is_empty() {
                    return Err(self.type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        class.name()
                    )));
                }
                self.str(v)
            }
        }
    }

    /// `fmt % args`.
    pub fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<String> {
        let single;
        let (items, mapping): (&[Value], Option<Value>) = match args {
            Value::Tuple(t) => (&t.items, None),
            Value::Dict(_) => {
                single = [args.clone()];
                (&single, Some(args.clone()))
            }
            Value::Instance(_) if self.class_of(args).lookup("__getitem__").is_some() => {
                single = [args.clone()];
                (&single, Some(args.clone()))
            }
            _ => {
                single = [args.clone()];
                (&single, None)
            }
        };
        let is_tuple = matches!(args, Value::Tuple(_));
        let mut next = 0usize;
        let mut out = String::with_capacity(fmt.len() + 16);
        let mut rest = fmt;
        let mut char_pos = 0usize;
        let mut used_mapping = false;
        while let Some(i) = rest.find('%') {
            out.push_str(&rest[..i]);
            char_pos += rest[..i].chars().count() + 1;
            let after = &rest[i + 1..];
            let (mut spec, key, wstar, pstar, consumed) =
                numfmt::parse_percent_spec(after, char_pos).map_err(|m| self.numfmt_error(m))?;
            char_pos += after[..consumed].chars().count();
            rest = &after[consumed..];
            if spec.conv == '%' {
                out.push('%');
                continue;
            }
            let mut take = |vm: &mut Vm| -> PyResult<Value> {
                if next < items.len() {
                    next += 1;
                    Ok(items[next - 1].clone())
                } else {
                    Err(vm.type_error("not enough arguments for format string"))
                }
            };
            if wstar {
                let w = take(self)?;
                let Value::Int(w) = w else {
                    return Err(self.type_error("* wants int"));
                };
                if w < 0 {
                    spec.left = true;
                }
                spec.width = Some(w.unsigned_abs() as usize);
            }
            if pstar {
                let p = take(self)?;
                let Value::Int(p) = p else {
                    return Err(self.type_error("* wants int"));
                };
                spec.precision = Some(p.max(0) as usize);
            }
            let value = match &key {
                Some(k) => {
                    let Some(m) = &mapping else {
                        return Err(self.type_error("format requires a mapping"));
                    };
                    used_mapping = true;
                    self.get_item(m, &Value::str(k))?
                }
                None => take(self)?,
            };
            if plain_spec(&spec) {
                // The common `%d` of an int and `%s` of a str, written directly.
                match (spec.conv, &value) {
                    ('d' | 'i' | 'u', Value::Int(i)) => {
                        let _ = write!(out, "{}", i);
                        continue;
                    }
                    ('s', Value::Str(s)) => {
                        out.push_str(s.as_str());
                        continue;
                    }
                    _ => {}
                }
            }
            let piece = self.percent_one(&spec, &value)?;
            out.push_str(&piece);
        }
        out.push_str(rest);
        if next < items.len() && is_tuple || (!is_tuple && mapping.is_none() && next == 0) {
            return Err(self.type_error("not all arguments converted during string formatting"));
        }
        let _ = used_mapping;
        Ok(out)
    }

    fn percent_one(&mut self, spec: &numfmt::PercentSpec, v: &Value) -> PyResult<String> {
        // `%s`/`%r` use the object's own `__str__`/`__repr__`; the numeric
        // conversions the value of an int/float/str subclass.
        let v = if matches!(spec.conv, 's' | 'r' | 'a') {
            v.clone()
        } else {
            super::ops::payload_of(v).unwrap_or_else(|| v.clone())
        };
        let conv = spec.conv;
        let text;
        let big;
        let pv = match conv {
            's' => {
                text = self.str(&v)?;
                PercentValue::Str(&text)
            }
            'r' => {
                text = self.repr(&v)?;
                PercentValue::Str(&text)
            }
            'a' => {
                text = ascii_of(&self.repr(&v)?);
                PercentValue::Str(&text)
            }
            _ => match &v {
                Value::Bool(_) | Value::Int(_) | Value::Big(_) => {
                    big = crate::objects::int::to_big(&v).unwrap_or_default();
                    PercentValue::Int(&big)
                }
                Value::Float(x) => PercentValue::Float(*x),
                Value::Str(s) => {
                    text = s.as_str().to_string();
                    PercentValue::Str(&text)
                }
                other => {
                    let tn = self.type_name(other);
                    return Err(self.type_error(match conv {
                        'd' | 'i' | 'u' => {
                            format!("%{} format: a real number is required, not {}", conv, tn)
                        }
                        'o' | 'x' | 'X' => {
                            format!("%{} format: an integer is required, not {}", conv, tn)
                        }
                        'c' => "%c requires int or char".to_string(),
                        _ => format!("must be real number, not {}", tn),
                    }));
                }
            },
        };
        numfmt::percent_format_one(spec, pv).map_err(|m| self.numfmt_error(m))
    }
}

/// A conversion with no flags, width or precision.
fn plain_spec(spec: &numfmt::PercentSpec) -> bool {
    !(spec.left || spec.plus || spec.space || spec.alternate || spec.zero)
        && spec.width.is_none()
        && spec.precision.is_none()
}

/// `ascii()` of a repr: non-ASCII characters become escapes.
pub fn ascii_of(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    out
}
