//! Methods of `str`: argument handling and errors around the algorithms of
//! `objects::strlib`.

use std::rc::Rc;

use super::method;
use crate::objects::strlib::{self, FormatHost};
use crate::objects::{Args, NativeFn, Value};
use crate::vm::{Interp, PyResult, Vm};

pub fn install(interp: &Rc<Interp>) {
    let c = &interp.types.str_;
    let fns: &[(&'static str, NativeFn)] = &[
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("partition", partition),
        ("rpartition", rpartition),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("replace", replace),
        ("upper", upper),
        ("lower", lower),
        ("casefold", casefold),
        ("capitalize", capitalize),
        ("title", title),
        ("swapcase", swapcase),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("isalpha", isalpha),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isidentifier", isidentifier),
        ("isprintable", isprintable),
        ("isascii", isascii),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("format", format),
        ("format_map", format_map),
        ("encode", encode),
        ("translate", translate),
        ("__len__", dunder_len),
        ("__contains__", dunder_contains),
        ("__getitem__", dunder_getitem),
        ("__add__", dunder_add),
        ("__mul__", dunder_mul),
        ("__rmul__", dunder_mul),
        ("__mod__", dunder_mod),
        ("__eq__", dunder_eq),
        ("__ne__", dunder_ne),
        ("__lt__", dunder_lt),
        ("__le__", dunder_le),
        ("__gt__", dunder_gt),
        ("__ge__", dunder_ge),
        ("__hash__", dunder_hash),
        ("__str__", dunder_str),
        ("__repr__", dunder_repr),
        ("__iter__", dunder_iter),
        ("__format__", dunder_format),
    ];
    for (name, f) in fns {
        c.dict.set_str(name, method("str", name, *f));
    }
    c.dict
        .set_str("maketrans", method("str", "maketrans", maketrans));
}

/// The text of `self` (a str, or a str subclass instance's payload).
fn this(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<crate::objects::StrObj>> {
    match a.pos.first() {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(v) => match crate::vm::ops::payload_of(v) {
            Some(Value::Str(s)) => Ok(s),
            _ => Err(vm.type_error(format!(
                "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
                name,
                vm.type_name(v)
            ))),
        },
        None => Err(vm.type_error(format!("unbound method str.{}() needs an argument", name))),
    }
}

/// An argument that must be a str.
fn str_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<Rc<crate::objects::StrObj>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => match crate::vm::ops::payload_of(other) {
            Some(Value::Str(s)) => Ok(s),
            _ => Err(vm.type_error(format!("{}, not {}", what, vm.type_name(other)))),
        },
    }
}

fn err(vm: &Vm, msg: String) -> Value {
    let t = vm.types();
    let class = match strlib::error_type(&msg) {
        "MemoryError" => &t.memory_error,
        "IndexError" => &t.index_error,
        _ => &t.value_error,
    };
    vm.new_exception(class, msg)
}

/// An optional index argument (None allowed), clamped to i64.
fn opt_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Big(b)) => Ok(Some(if num_traits::Signed::is_negative(&**b) {
            i64::MIN
        } else {
            i64::MAX
        })),
        Some(v) => match vm.index_of(v) {
            Ok(i) => Ok(Some(i)),
            Err(_) => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Big(b) => Ok(if num_traits::Signed::is_negative(&**b) {
            i64::MIN
        } else {
            i64::MAX
        }),
        Value::Float(_) => Err(vm.type_error("'float' object cannot be interpreted as an integer")),
        _ => vm.index_of(v),
    }
}

/// A str made from `s` by an operation that keeps ASCII ASCII (a piece,
/// a case mapping): no scan to count its characters when `s` is ASCII.
fn derived(s: &crate::objects::StrObj, r: String) -> Value {
    if s.is_ascii() {
        Value::ascii_string(r)
    } else {
        Value::string(r)
    }
}

fn strs(items: Vec<&str>) -> Value {
    Value::list(items.into_iter().map(Value::str).collect())
}

fn join(vm: &mut Vm, a: Args) -> PyResult {
    let sep = this(vm, &a, "join")?;
    a.check(vm, "join", 2, 2)?;
    // No user code runs below, so a list can be read in place.
    let (owned, borrowed);
    let items: &[Value] = match &a.pos[1] {
        Value::Tuple(t) => &t.items,
        Value::List(l) => {
            borrowed = l.items.borrow();
            &borrowed
        }
        other => {
            owned = vm.iterate(other)?;
            &owned
        }
    };
    let size: usize = items
        .iter()
        .map(|v| match v {
            Value::Str(s) => s.as_str().len(),
            _ => 0,
        })
        .sum::<usize>()
        + sep.as_str().len() * items.len().saturating_sub(1);
    let mut out = String::with_capacity(size);
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        match v {
            Value::Str(s) => out.push_str(s.as_str()),
            other => match crate::vm::ops::payload_of(other) {
                Some(Value::Str(s)) => out.push_str(s.as_str()),
                _ => {
                    return Err(vm.type_error(format!(
                        "sequence item {}: expected str instance, {} found",
                        i,
                        vm.type_name(other)
                    )))
                }
            },
        }
    }
    Ok(Value::string(out))
}

fn split_args(
    vm: &mut Vm,
    a: &Args,
    name: &str,
) -> PyResult<(Option<Rc<crate::objects::StrObj>>, i64)> {
    a.only_kw(vm, name, &["sep", "maxsplit"])?;
    a.check(vm, name, 1, 3)?;
    let sep = match a.arg(1, "sep") {
        None | Some(Value::None) => None,
        Some(v) => Some(str_arg(vm, &v, "must be str or None")?),
    };
    let maxsplit = match a.arg(2, "maxsplit") {
        None => -1,
        Some(v) => int_arg(vm, &v)?,
    };
    Ok((sep, maxsplit))
}

fn split(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a, "split")?;
    let (sep, max) = split_args(vm, &a, "split")?;
    let parts =
        strlib::split(s.as_str(), sep.as_ref().map(|x| x.as_str()), max).map_err(|m| err(vm, m))?;
    if s.is_ascii() {
        // Pieces of an ASCII str are ASCII: made without a scan each.
        return Ok(Value::list(
            parts.into_iter().map(Value::ascii_str).collect(),
        ));
    }
    Ok(strs(parts))
}

fn rsplit(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a, "rsplit")?;
    let (sep, max) = split_args(vm, &a, "rsplit")?;
    let parts = strlib::rsplit(s.as_str(), sep.as_ref().map(|x| x.as_str()), max)
        .map_err(|m| err(vm, m))?;
    Ok(strs(parts))
}

fn splitlines(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a, "splitlines")?;
    a.only_kw(vm, "splitlines", &["keepends"])?;
    let keep = match a.arg(1, "keepends") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    Ok(strs(strlib::splitlines(s.as_str(), keep)))
}

fn strip_common(
    vm: &mut Vm,
    a: Args,
    name: &str,
    f: for<'x, 'y> fn(&'x str, Option<&'y str>) -> &'x str,
) -> PyResult {
    let s = this(vm, &a, name)?;
    a.check(vm, name, 1, 2)?;
    let chars = match a.get(1) {
        None | Some(Value::None) => None,
        Some(Value::Str(c)) => Some(c.clone()),
        Some(v) => match crate::vm::ops::payload_of(v) {
            Some(Value::Str(c)) => Some(c),
            _ => return Err(vm.type_error(format!("{} arg must be None or str", name))),
        },
    };
    let r = f(s.as_str(), chars.as_ref().map(|c| c.as_str()));
    if r.len() == s.as_str().len() {
        return Ok(Value::Str(s));
    }
    Ok(derived(&s, r.to_string()))
}

fn strip(vm: &mut Vm, a: Args) -> PyResult {
    strip_common(vm, a, "strip", strlib::strip)
}

fn lstrip(vm: &mut Vm, a: Args) -> PyResult {
    strip_common(vm, a, "lstrip", strlib::lstrip)
}

fn rstrip(vm: &mut Vm, a: Args) -> PyResult {
    strip_common(vm, a, "rstrip", strlib::rstrip)
}

fn partition(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a, "partition")?;
    a.check(vm, "partition", 2, 2)?;
    let sep = str_arg(vm, &a.pos[1], "must be str")?;
    let (x, y, z) = strlib::partition(s.as_str(), sep.as_str()).map_err(|m| err(vm, m))?;
    Ok(Value::tuple(vec![
        Value::str(x),
        Value::str(y),
        Value::str(z),
    ]))
}

fn rpartition(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a, "rpartition")?;
    a.check(vm, "rpartition", 2, 2)?;
    let sep = str_arg(vm, &a.pos[1], "must be str")?;
    let (x, y, z) = strlib::rpartition(s.as_str(), sep.as_str()).map_err(|m| err(vm, m))?;
    Ok(Value::tuple(vec![
        Value::str(x),
        Value::str(y),
        Value::str(z),
    ]))
}

type FindArgs = (
    Rc<crate::objects::StrObj>,
    Rc<crate::objects::StrObj>,
    Option<i64>,
    Option<i64>,
);

fn find_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<FindArgs> {
    let s = this(vm, a, name)?;
    a.no_kw(vm, name)?;
    a.check(vm, name, 2, 4)?;
    let sub = str_arg(vm, &a.pos[1], "must be str")?;
    let start = opt_index(vm, a.get(2))?;
    let end = opt_index(vm, a.get(3))?;
    Ok((s, sub, start, end))
}

fn find(vm: &mut Vm, a: Args) -> PyResult {
    let (s, sub, st, en) = find_args(vm, &a, "find")?;
    Ok(Value::Int(strlib::find(s.as_str(), sub.as_str(), st, en)))
}

fn rfind(vm: &mut Vm, a: Args) -> PyResult {
    let (s, sub, st, en) = find_args(vm, &a, "rfind")?;
    Ok(Value::Int(strlib::rfind(s.as_str(), sub.as_str(), st, en)))
}

fn index(vm: &mut Vm, a: Args) -> PyResult {
    let (s, sub, st, en) = find_args(vm, &a, "index")?;
    strlib::index(s.as_str(), sub.as_str(), st, en)
        .map(Value::Int)
        .map_err(|m| err(vm, m))
}

fn rindex(vm: &mut Vm, a: Args) -> PyResult {
    let (s, sub, st, en) = find_args(vm, &a, "rindex")?;
    strlib::rindex(s.as_str(), sub.as_str(), st, en)
        .map(Value::Int)
        .map_err(|m| err(vm, m))
}

fn count(vm: &mut Vm, a: Args) -> PyResult {
    let (s, sub, st, en) = find_args(vm, &a, "count")?;
    Ok(Value::Int(
        strlib::count(s.as_str(), sub.as_str(), st, en) as i64
    ))
}

fn starts_ends(
    vm: &mut Vm,
    a: Args,
    name: &str,
    f: fn(&str, &str, Option<i64>, Option<i64>) -> bool,
) -> PyResult {
    // The common call, one str prefix and no window: no argument checks
    // left to make and no reference to take.
    if let ([Value::Str(s), Value::Str(p)], []) = (a.pos, a.kw) {
        return Ok(Value::Bool(f(s.as_str(), p.as_str(), None, None)));
    }
    let s = this(vm, &a, name)?;
    a.no_kw(vm, name)?;
    a.check(vm, name, 2, 4)?;
    let start = opt_index(vm, a.get(2))?;
    let end = opt_index(vm, a.get(3))?;
    let prefixes: &[Value] = match &a.pos[1] {
        Value::Tuple(t) => &t.items,
        v => std::slice::from_ref(v),
    };
    let tuple = matches!(a.pos[1], Value::Tuple(_));
    for p in prefixes {
        let p = match p {
            Value::Str(x) => x,
            other => {
                return Err(vm.type_error(if tuple {
                    format!(
                        "tuple for {} must only contain str, not {}",
                        name,
                        vm.type_name(other)
                    )
                } else {
                    format!(
                        "{} first arg must be str or a tuple of str, not {}",
                        name,
                        vm.type_name(other)
                    )
                }))
            }
        };
        if f(s.as_str(), p.as_str(), start, end) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, a: Args) -> PyResult {
    starts_ends(vm, a, "startswith", strlib::startswith)
}

fn endswith(vm: &mut Vm, a: Args) -> PyResult {
    starts_ends(vm, a, "endswith", strlib::endswith)
}

fn replace(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a, "replace")?;
    a.no_kw(vm, "replace")?;
    a.check(vm, "replace", 3, 4)?;
    let old = str_arg(vm, &a.pos[1], "replace() argument 1 must be str")?;
    let new = str_arg(vm, &a.pos[2], "replace() argument 2 must be str")?;
    let n = match a.get(3) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let r = strlib::replace(s.as_str(), old.as_str(), new.as_str(), n).map_err(|m| err(vm, m))?;
    Ok(Value::string(r))
}

macro_rules! simple {
    ($($name:ident),*) => {$(
        fn $name(vm: &mut Vm, a: Args) -> PyResult {
            let s = this(vm, &a, stringify!($name))?;
            a.check(vm, stringify!($name), 1, 1)?;
            Ok(derived(&s, strlib::$name(s.as_str())))
        }
    )*};
}
simple!(upper, lower, casefold, capitalize, title, swapcase);

macro_rules! predicate {
    ($($name:ident),*) => {$(
        fn $name(vm: &mut Vm, a: Args) -> PyResult {
            let s = this(vm, &a, stringify!($name))?;
            a.check(vm, stringify!($name), 1, 1)?;
            Ok(Value::Bool(strlib::$name(s.as_str())))
        }
    )*};
}
predicate!(
    isalpha,
    isdigit,
    isdecimal,
    isnumeric,
    isalnum,
    isspace,
    isupper,
    islower,
    istitle,
    isidentifier,
    isprintable,
    isascii
);

fn pad(
    vm: &mut Vm,
    a: Args,
    name: &str,
    f: fn(&str, i64, char) -> Result<String, String>,
) -> PyResult {
    let s = this(vm, &a, name)?;
    a.check(vm, name, 2, 3)?;
    let width = int_arg(vm, &a.pos[1])?;
    let fill = match a.get(2) {
        None => ' ',
        Some(Value::Str(c)) if c.char_len() == 1 => c.as_str().chars().next().unwrap_or(' '),
        Some(Value::Str(_)) => {
            return Err(vm.type_error("The fill character must be exactly one character long"))
        }
        Some(v) => {
            return Err(vm.type_error(format!(
                "{}() argument 2 must be str, not {}",
                name,
                vm.type_name(v)
            )))
        }
    };
    let r = f(s.as_str(), width, fill).map_err(|m| err(vm, m))?;
    Ok(Value::string(r))
}

fn center(vm: &mut Vm, a: Args) -> PyResult {
    pad(vm, a, "center", strlib::center)
}

fn ljust(vm: &mut Vm, a: Args) -> PyResult {
    pad(vm, a, "ljust", strlib::ljust)
}

fn rjust(vm: &mut Vm, a: Args) -> PyResult {
    pad(vm, a, "rjust", strlib::rjust)
}

fn zfill(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a, "zfill")?;
    a.check(vm, "zfill", 2, 2)?;
    let width = int_arg(vm, &a.pos[1])?;
    Ok(Value::string(
        strlib::zfill(s.as_str(), width).map_err(|m| err(vm, m))?,
    ))
}

fn expandtabs(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a, "expandtabs")?;
    a.only_kw(vm, "expandtabs", &["tabsize"])?;
    let n = match a.arg(1, "tabsize") {
        Some(v) => int_arg(vm, &v)?,
        None => 8,
    };
    let Ok(n) = i32::try_from(n) else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    Ok(Value::string(
        strlib::expandtabs(s.as_str(), n).map_err(|m| err(vm, m))?,
    ))
}

fn removeprefix(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a, "removeprefix")?;
    a.check(vm, "removeprefix", 2, 2)?;
    let p = str_arg(vm, &a.pos[1], "removeprefix() argument must be str")?;
    Ok(Value::str(strlib::removeprefix(s.as_str(), p.as_str())))
}

fn removesuffix(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a, "removesuffix")?;
    a.check(vm, "removesuffix", 2, 2)?;
    let p = str_arg(vm, &a.pos[1], "removesuffix() argument must be str")?;
    Ok(Value::str(strlib::removesuffix(s.as_str(), p.as_str())))
}

/// `str.format` through the VM: positional and keyword arguments, attribute
/// and item accessors, conversions and `__format__`.
struct Host<'v, 'a> {
    vm: &'v mut Vm,
    pos: &'a [Value],
    kw: Option<Value>,
    kw_pairs: &'a [(Value, Value)],
}

impl FormatHost for Host<'_, '_> {
    type Value = Value;
    type Error = Value;

    fn positional(&mut self, index: usize) -> Result<Value, Value> {
        match self.pos.get(index) {
            Some(v) => Ok(v.clone()),
            None => Err(self.vm.index_error(strlib::replacement_index_error(index))),
        }
    }

    fn keyword(&mut self, name: &str) -> Result<Value, Value> {
        if let Some(m) = self.kw.clone() {
            return self.vm.get_item(&m, &Value::str(name));
        }
        match self.kw_pairs.iter().find(|(k, _)| k.as_str() == Some(name)) {
            Some((_, v)) => Ok(v.clone()),
            None => Err(self.vm.key_error(Value::str(name))),
        }
    }

    fn attribute(&mut self, value: Value, name: &str) -> Result<Value, Value> {
        let n = self.vm.intern(name);
        self.vm.get_attr(&value, &n)
    }

    fn item_index(&mut self, value: Value, index: usize) -> Result<Value, Value> {
        self.vm.get_item(&value, &Value::Int(index as i64))
    }

    fn item_key(&mut self, value: Value, key: &str) -> Result<Value, Value> {
        self.vm.get_item(&value, &Value::str(key))
    }

    fn convert(&mut self, value: Value, conversion: char) -> Result<Value, Value> {
        Ok(match conversion {
            'r' => Value::string(self.vm.repr(&value)?),
            'a' => Value::string(crate::vm::format::ascii_of(&self.vm.repr(&value)?)),
            _ => self.vm.str_value(&value)?,
        })
    }

    fn format(&mut self, value: Value, spec: &str) -> Result<String, Value> {
        self.vm.format(&value, spec)
    }

    fn value_error(&mut self, message: String) -> Value {
        self.vm.value_error(message)
    }
}

fn format(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a, "format")?;
    let mut host = Host {
        vm,
        pos: &a.pos[1..],
        kw: None,
        kw_pairs: a.kw,
    };
    Ok(Value::string(strlib::format_with(&mut host, s.as_str())?))
}

fn format_map(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a, "format_map")?;
    a.check(vm, "format_map", 2, 2)?;
    let mut host = Host {
        vm,
        pos: &[],
        kw: Some(a.pos[1].clone()),
        kw_pairs: &[],
    };
    match strlib::format_with(&mut host, s.as_str()) {
        Ok(r) => Ok(Value::string(r)),
        Err(e) => {
            if vm.exc_matches(&e, &vm.types().index_error.clone()) {
                return Err(vm.value_error("Format string contains positional fields"));
            }
            Err(e)
        }
    }
}

fn encode(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a, "encode")?;
    a.only_kw(vm, "encode", &["encoding", "errors"])?;
    let enc = match a.arg(1, "encoding") {
        Some(v) => str_arg(vm, &v, "encode() argument 'encoding' must be str")?
            .as_str()
            .to_string(),
        None => "utf-8".to_string(),
    };
    let errors = match a.arg(2, "errors") {
        Some(v) => str_arg(vm, &v, "encode() argument 'errors' must be str")?
            .as_str()
            .to_string(),
        None => "strict".to_string(),
    };
    super::bytes_methods::encode(vm, s.as_str(), &enc, &errors)
}

fn maketrans(vm: &mut Vm, a: Args) -> PyResult {
    let d = Rc::new(crate::objects::DictObj::new());
    match a.pos.len() {
        1 => vm.dict_update(&d, &a.pos[0])?,
        2 | 3 => {
            let (x, y) = (
                str_arg(vm, &a.pos[0], "maketrans() argument 1 must be str")?,
                str_arg(vm, &a.pos[1], "maketrans() argument 2 must be str")?,
            );
            if x.char_len() != y.char_len() {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (c, r) in x.as_str().chars().zip(y.as_str().chars()) {
                vm.dict_set(&d, Value::Int(c as i64), Value::Int(r as i64))?;
            }
            if let Some(z) = a.get(2) {
                let z = str_arg(vm, z, "maketrans() argument 3 must be str")?;
                for c in z.as_str().chars() {
                    vm.dict_set(&d, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        _ => return Err(vm.type_error("maketrans() takes at most 3 arguments")),
    }
    Ok(Value::Dict(d))
}

fn translate(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a, "translate")?;
    a.check(vm, "translate", 2, 2)?;
    let table = a.pos[1].clone();
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        match vm.get_item(&table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(n)) => match u32::try_from(n).ok().and_then(char::from_u32) {
                Some(r) => out.push(r),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            Ok(Value::Str(r)) => out.push_str(r.as_str()),
            Ok(_) => {
                return Err(vm.type_error("character mapping must return integer, None or str"))
            }
            Err(e) => {
                if vm.exc_matches(&e, &vm.types().lookup_error.clone()) {
                    out.push(c);
                } else {
                    return Err(e);
                }
            }
        }
    }
    Ok(Value::string(out))
}

fn dunder_len(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a, "__len__")?;
    Ok(Value::Int(s.char_len() as i64))
}

fn dunder_contains(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a, "__contains__")?;
    a.check(vm, "__contains__", 2, 2)?;
    Ok(Value::Bool(vm.contains(&Value::Str(s), &a.pos[1])?))
}

fn dunder_getitem(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a, "__getitem__")?;
    a.check(vm, "__getitem__", 2, 2)?;
    vm.get_item(&Value::Str(s), &a.pos[1])
}

fn binop(vm: &mut Vm, a: Args, name: &str, op: crate::syntax::ast::BinOp) -> PyResult {
    let s = this(vm, &a, name)?;
    a.check(vm, name, 2, 2)?;
    match vm.binary_builtin(op, &Value::Str(s), &a.pos[1])? {
        Some(v) => Ok(v),
        None => Ok(vm.interp.not_implemented.clone()),
    }
}

fn dunder_add(vm: &mut Vm, a: Args) -> PyResult {
    binop(vm, a, "__add__", crate::syntax::ast::BinOp::Add)
}

fn dunder_mul(vm: &mut Vm, a: Args) -> PyResult {
    binop(vm, a, "__mul__", crate::syntax::ast::BinOp::Mul)
}

fn dunder_mod(vm: &mut Vm, a: Args) -> PyResult {
    binop(vm, a, "__mod__", crate::syntax::ast::BinOp::Mod)
}

fn cmp(vm: &mut Vm, a: Args, name: &str, op: crate::syntax::ast::CmpOp) -> PyResult {
    let s = this(vm, &a, name)?;
    a.check(vm, name, 2, 2)?;
    let other = match &a.pos[1] {
        Value::Str(o) => o.clone(),
        other => match crate::vm::ops::payload_of(other) {
            Some(Value::Str(o)) => o,
            _ => return Ok(vm.interp.not_implemented.clone()),
        },
    };
    vm.compare(op, &Value::Str(s), &Value::Str(other))
}

fn dunder_eq(vm: &mut Vm, a: Args) -> PyResult {
    cmp(vm, a, "__eq__", crate::syntax::ast::CmpOp::Eq)
}

fn dunder_ne(vm: &mut Vm, a: Args) -> PyResult {
    cmp(vm, a, "__ne__", crate::syntax::ast::CmpOp::NotEq)
}

fn dunder_lt(vm: &mut Vm, a: Args) -> PyResult {
    cmp(vm, a, "__lt__", crate::syntax::ast::CmpOp::Lt)
}

fn dunder_le(vm: &mut Vm, a: Args) -> PyResult {
    cmp(vm, a, "__le__", crate::syntax::ast::CmpOp::LtE)
}

fn dunder_gt(vm: &mut Vm, a: Args) -> PyResult {
    cmp(vm, a, "__gt__", crate::syntax::ast::CmpOp::Gt)
}

fn dunder_ge(vm: &mut Vm, a: Args) -> PyResult {
    cmp(vm, a, "__ge__", crate::syntax::ast::CmpOp::GtE)
}

fn dunder_hash(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a, "__hash__")?;
    Ok(Value::Int(s.hash()))
}

fn dunder_str(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a, "__str__")?;
    Ok(Value::Str(s))
}

fn dunder_repr(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a, "__repr__")?;
    Ok(Value::string(strlib::str_repr(s.as_str())))
}

fn dunder_iter(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a, "__iter__")?;
    vm.get_iter(&Value::Str(s))
}

fn dunder_format(vm: &mut Vm, a: Args) -> PyResult {
    let s = this(vm, &a, "__format__")?;
    a.check(vm, "__format__", 2, 2)?;
    let spec = str_arg(vm, &a.pos[1], "format() argument 2 must be str")?;
    Ok(Value::string(vm.format(&Value::Str(s), spec.as_str())?))
}
