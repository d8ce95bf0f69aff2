//! The `sys` module: argv, exit, the interpreter's knobs (recursion limit,
//! check and switch intervals), the standard streams, and facts about gilt.

use std::io::{BufRead, Read};
use std::rc::Rc;

use super::{
    add_fns, func, native_class, new_native, new_struct_seq, struct_seq_class, with_native,
};
use crate::objects::{Args, Object, Property, Value};
use crate::vm::{PyResult, Vm};

/// `sys.version`.
pub const VERSION: &str = "3.11.0 (gilt 0.1.0) [rustc]";
/// `sys.hexversion`: 3.11.0 final.
const HEXVERSION: i64 = 0x030b_00f0;
/// Key of the switch interval (seconds) in `interp.module_state`.
const SWITCH_INTERVAL_KEY: &str = "sys.switchinterval";

/// A standard stream: 0 stdin, 1 stdout, 2 stderr.
pub struct Stream {
    fd: u8,
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::new_module("sys");
    add_fns(
        &d,
        &[
            ("exit", exit),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("getcheckinterval", getcheckinterval),
            ("setcheckinterval", setcheckinterval),
            ("getswitchinterval", getswitchinterval),
            ("setswitchinterval", setswitchinterval),
            ("exc_info", exc_info),
            ("exception", exception),
            ("intern", intern),
            ("getdefaultencoding", getdefaultencoding),
            ("getfilesystemencoding", getdefaultencoding),
            ("getrefcount", getrefcount),
        ],
    );
    let argv: Vec<Value> = vm
        .interp
        .argv
        .borrow()
        .iter()
        .map(|s| Value::str(s))
        .collect();
    d.set_str("argv", Value::list(argv.clone()));
    d.set_str("orig_argv", Value::list(argv));
    d.set_str("modules", Value::Dict(vm.interp.modules.clone()));
    let main_dir = vm.interp.main_dir.borrow().clone();
    let main_dir = std::fs::canonicalize(&main_dir).unwrap_or(main_dir);
    d.set_str(
        "path",
        Value::list(vec![Value::string(main_dir.to_string_lossy().into_owned())]),
    );
    d.set_str("version", Value::str(VERSION));
    d.set_str("hexversion", Value::Int(HEXVERSION));
    d.set_str("api_version", Value::Int(1013));
    d.set_str("platform", Value::str("linux"));
    d.set_str(
        "byteorder",
        Value::str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    d.set_str("maxsize", Value::Int(i64::MAX));
    d.set_str("maxunicode", Value::Int(0x10ffff));
    d.set_str("float_repr_style", Value::str("short"));
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    d.set_str("executable", Value::string(exe));
    d.set_str("prefix", Value::str("/usr/local"));
    d.set_str("copyright", Value::str("Copyright (c) gilt authors."));
    d.set_str("builtin_module_names", builtin_module_names());

    let version_info = struct_seq_class(
        vm,
        "version_info",
        "sys",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    let vi = new_struct_seq(
        &version_info,
        vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(0),
            Value::str("final"),
            Value::Int(0),
        ],
        &[],
    );
    d.set_str("version_info", vi);
    d.set_str("float_info", float_info(vm));
    d.set_str("implementation", implementation());

    let stream = native_class(
        vm,
        "TextIOWrapper",
        "_io",
        &[
            ("write", stream_write),
            ("writelines", stream_writelines),
            ("flush", stream_flush),
            ("isatty", stream_isatty),
            ("fileno", stream_fileno),
            ("readable", stream_readable),
            ("writable", stream_writable),
            ("readline", stream_readline),
            ("readlines", stream_readlines),
            ("read", stream_read),
            ("__iter__", stream_iter),
            ("__next__", stream_next),
            ("__repr__", stream_repr),
        ],
    );
    for (name, getter) in [
        ("name", stream_name as crate::objects::NativeFn),
        ("mode", stream_mode),
        ("encoding", stream_encoding),
        ("closed", stream_closed),
    ] {
        let prop = Value::obj(Object::Property(Property {
            fget: func(name, getter),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        }));
        stream.dict.set_str(name, prop);
    }
    for (fd, names) in [
        (0u8, ["stdin", "__stdin__"]),
        (1, ["stdout", "__stdout__"]),
        (2, ["stderr", "__stderr__"]),
    ] {
        let s = new_native(&stream, Stream { fd });
        for n in names {
            d.set_str(n, s.clone());
        }
    }
    Ok(m)
}

fn builtin_module_names() -> Value {
    let names = [
        "_collections",
        "_functools",
        "_thread",
        "atexit",
        "builtins",
        "dis",
        "io",
        "math",
        "os",
        "random",
        "sys",
        "time",
    ];
    Value::tuple(names.iter().map(|n| Value::str(n)).collect())
}

fn float_info(vm: &Vm) -> Value {
    let class = struct_seq_class(
        vm,
        "float_info",
        "sys",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
    );
    new_struct_seq(
        &class,
        vec![
            Value::Float(f64::MAX),
            Value::Int(f64::MAX_EXP as i64),
            Value::Int(f64::MAX_10_EXP as i64),
            Value::Float(f64::MIN_POSITIVE),
            Value::Int(f64::MIN_EXP as i64),
            Value::Int(f64::MIN_10_EXP as i64),
            Value::Int(f64::DIGITS as i64),
            Value::Int(f64::MANTISSA_DIGITS as i64),
            Value::Float(f64::EPSILON),
            Value::Int(f64::RADIX as i64),
            Value::Int(1),
        ],
        &[],
    )
}

/// `sys.implementation`: a namespace with `name`, `cache_tag`, `version`.
fn implementation() -> Value {
    let (m, d) = super::new_module("implementation");
    d.set_str("name", Value::str("gilt"));
    d.set_str("cache_tag", Value::None);
    d.set_str(
        "version",
        Value::tuple(vec![
            Value::Int(0),
            Value::Int(1),
            Value::Int(0),
            Value::str("alpha"),
            Value::Int(0),
        ]),
    );
    d.set_str("hexversion", Value::Int(0x0001_00a0));
    m
}

fn exit(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "exit")?;
    a.check(vm, "exit", 0, 1)?;
    let class = vm.types().system_exit.clone();
    let (args, code) = match a.get(0) {
        Some(c) => (vec![c.clone()], c.clone()),
        None => (vec![], Value::None),
    };
    let e = vm.new_exception_args(&class, args);
    if let Value::Instance(i) = &e {
        i.dict.set_str("code", code);
    }
    Err(e)
}

fn getrecursionlimit(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "getrecursionlimit", 0, 0)?;
    Ok(Value::Int(vm.interp.recursion_limit.get() as i64))
}

/// A C `int` argument: TypeError for non-ints, OverflowError past 32 bits.
pub fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = match v {
        Value::Big(_) => return Err(vm.overflow_error("Python int too large to convert to C int")),
        _ => vm.index_of(v)?,
    };
    if n > i32::MAX as i64 || n < i32::MIN as i64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    Ok(n)
}

fn setrecursionlimit(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "setrecursionlimit")?;
    a.check(vm, "setrecursionlimit", 1, 1)?;
    let n = c_int(vm, &a.pos[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = vm.frames.len() as i64;
    if depth >= n {
        return Err(vm.new_exception(
            &vm.types().recursion_error.clone(),
            format!(
                "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
                n, depth
            ),
        ));
    }
    vm.interp.recursion_limit.set(n as usize);
    Ok(Value::None)
}

fn getcheckinterval(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "getcheckinterval", 0, 0)?;
    Ok(Value::Int(vm.interp.switch_interval.get() as i64))
}

fn setcheckinterval(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "setcheckinterval")?;
    a.check(vm, "setcheckinterval", 1, 1)?;
    let n = c_int(vm, &a.pos[0])?;
    // Every turn runs at least one instruction.
    vm.interp.switch_interval.set(n.max(1) as i32);
    Ok(Value::None)
}

fn getswitchinterval(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "getswitchinterval", 0, 0)?;
    let v = vm
        .interp
        .module_state
        .borrow()
        .get(SWITCH_INTERVAL_KEY)
        .cloned();
    Ok(v.unwrap_or(Value::Float(0.005)))
}

fn setswitchinterval(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "setswitchinterval")?;
    a.check(vm, "setswitchinterval", 1, 1)?;
    let v = &a.pos[0];
    let secs = match v {
        Value::Float(f) => *f,
        Value::Int(_) | Value::Bool(_) | Value::Big(_) => {
            crate::modules::builtins::float_from(vm, v)?
        }
        _ => {
            let class = vm.class_of(v);
            if class.lookup("__float__").is_none() && class.lookup("__index__").is_none() {
                return Err(vm.type_error(format!("must be real number, not {}", class.name())));
            }
            crate::modules::builtins::float_from(vm, v)?
        }
    };
    if secs.is_nan() || secs <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    vm.interp
        .module_state
        .borrow_mut()
        .insert(SWITCH_INTERVAL_KEY, Value::Float(secs));
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "exc_info", 0, 0)?;
    let e = vm.handled.clone();
    if e.is_null() || e.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let class = vm.class_of(&e);
    Ok(Value::tuple(vec![Value::Class(class), e, Value::None]))
}

fn exception(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "exception", 0, 0)?;
    let e = vm.handled.clone();
    Ok(if e.is_null() { Value::None } else { e })
}

fn intern(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "intern")?;
    a.check(vm, "intern", 1, 1)?;
    match &a.pos[0] {
        Value::Str(s) => Ok(vm.intern(s.as_str())),
        other => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(other)
        ))),
    }
}

fn getdefaultencoding(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "getdefaultencoding", 0, 0)?;
    Ok(Value::str("utf-8"))
}

/// `sys.getrefcount(x)`: the `Rc` count of a boxed object (plus the
/// argument's own reference, as CPython counts it); unboxed values report a
/// large constant, like CPython's immortal small ints.
fn getrefcount(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "getrefcount", 1, 1)?;
    let v = &a.pos[0];
    let n = match v {
        Value::Str(r) => Rc::strong_count(r),
        Value::Big(r) => Rc::strong_count(r),
        Value::Tuple(r) => Rc::strong_count(r),
        Value::List(r) => Rc::strong_count(r),
        Value::Dict(r) => Rc::strong_count(r),
        Value::Set(r) => Rc::strong_count(r),
        Value::Function(r) => Rc::strong_count(r),
        Value::Builtin(r) => Rc::strong_count(r),
        Value::Method(r) => Rc::strong_count(r),
        Value::Class(r) => Rc::strong_count(r),
        Value::Instance(r) => Rc::strong_count(r),
        Value::Obj(r) => Rc::strong_count(r),
        _ => 1_000_000_000,
    };
    Ok(Value::Int(n as i64))
}

// ----- the standard streams -----

fn this(a: &Args) -> Value {
    a.pos.first().cloned().unwrap_or_default()
}

fn stream_fd(vm: &Vm, a: &Args) -> PyResult<u8> {
    with_native(vm, &this(a), "TextIOWrapper", |s: &Stream| s.fd)
}

/// `io.UnsupportedOperation(what)` (a plain OSError if `io` cannot load).
fn unsupported(vm: &mut Vm, what: &str) -> Value {
    let class = vm.import_module("io").ok().and_then(|io| {
        let name = vm.intern("UnsupportedOperation");
        match vm.get_attr(&io, &name) {
            Ok(Value::Class(c)) => Some(c),
            _ => None,
        }
    });
    let class = class.unwrap_or_else(|| vm.types().os_error.clone());
    vm.new_exception(&class, what)
}

/// Writes `s` to stream `fd`, keeping its order with `print`.
fn write_fd(vm: &Vm, fd: u8, s: &str) {
    if fd == 1 {
        vm.interp.write_stdout(s);
    } else {
        vm.interp.flush_stdout();
        vm.interp.write_stderr(s);
    }
}

fn stream_write(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "write")?;
    let fd = stream_fd(vm, &a)?;
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "TextIOWrapper.write() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    if fd == 0 {
        return Err(unsupported(vm, "not writable"));
    }
    match &a.pos[1] {
        Value::Str(s) => {
            write_fd(vm, fd, s.as_str());
            Ok(Value::Int(s.char_len() as i64))
        }
        other => Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(other)
        ))),
    }
}

fn stream_writelines(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "writelines")?;
    let fd = stream_fd(vm, &a)?;
    a.check(vm, "writelines", 2, 2)?;
    if fd == 0 {
        return Err(unsupported(vm, "not writable"));
    }
    let it = vm.get_iter(&a.pos[1])?;
    while let Some(line) = vm.next(&it)? {
        match &line {
            Value::Str(s) => write_fd(vm, fd, s.as_str()),
            other => {
                return Err(vm.type_error(format!(
                    "write() argument must be str, not {}",
                    vm.type_name(other)
                )))
            }
        }
    }
    Ok(Value::None)
}

fn stream_flush(vm: &mut Vm, a: Args) -> PyResult {
    let fd = stream_fd(vm, &a)?;
    if fd == 1 {
        vm.interp.flush_stdout();
    }
    Ok(Value::None)
}

fn stream_isatty(vm: &mut Vm, a: Args) -> PyResult {
    use std::io::IsTerminal;
    let fd = stream_fd(vm, &a)?;
    Ok(Value::Bool(match fd {
        0 => std::io::stdin().is_terminal(),
        1 => vm.interp.stdout_is_tty,
        _ => std::io::stderr().is_terminal(),
    }))
}

fn stream_fileno(vm: &mut Vm, a: Args) -> PyResult {
    Ok(Value::Int(stream_fd(vm, &a)? as i64))
}

fn stream_readable(vm: &mut Vm, a: Args) -> PyResult {
    Ok(Value::Bool(stream_fd(vm, &a)? == 0))
}

fn stream_writable(vm: &mut Vm, a: Args) -> PyResult {
    Ok(Value::Bool(stream_fd(vm, &a)? != 0))
}

fn stream_name(vm: &mut Vm, a: Args) -> PyResult {
    let fd = stream_fd(vm, &a)?;
    Ok(Value::str(["<stdin>", "<stdout>", "<stderr>"][fd as usize]))
}

fn stream_mode(vm: &mut Vm, a: Args) -> PyResult {
    let fd = stream_fd(vm, &a)?;
    Ok(Value::str(if fd == 0 { "r" } else { "w" }))
}

fn stream_encoding(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(Value::str("utf-8"))
}

fn stream_closed(_vm: &mut Vm, _a: Args) -> PyResult {
    Ok(Value::Bool(false))
}

fn stream_repr(vm: &mut Vm, a: Args) -> PyResult {
    let fd = stream_fd(vm, &a)?;
    let (name, mode) = [("<stdin>", "r"), ("<stdout>", "w"), ("<stderr>", "w")][fd as usize];
    Ok(Value::string(format!(
        "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
        name, mode
    )))
}

/// The size argument of `read`/`readline`: None or negative means all.
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = vm.index_of(v)?;
            Ok(usize::try_from(n).ok())
        }
    }
}

fn readable_stdin(vm: &mut Vm, a: &Args) -> PyResult<()> {
    if stream_fd(vm, a)? != 0 {
        return Err(unsupported(vm, "not readable"));
    }
    vm.interp.flush_stdout();
    Ok(())
}

/// One line from standard input (with its newline; "" at end of file),
/// read without the GIL.
fn read_line(vm: &mut Vm, limit: Option<usize>) -> PyResult<String> {
    let r = crate::gil::allow_threads(|| -> std::io::Result<Vec<u8>> {
        let stdin = std::io::stdin();
        let mut lock = stdin.lock();
        let mut buf = Vec::new();
        match limit {
            None => {
                lock.read_until(b'\n', &mut buf)?;
            }
            Some(n) => {
                // Byte-wise up to `n` characters (UTF-8 continuation bytes do not count).
                let mut chars = 0usize;
                while chars < n {
                    let avail = lock.fill_buf()?;
                    let Some(&b) = avail.first() else { break };
                    lock.consume(1);
                    buf.push(b);
                    if b & 0xc0 != 0x80 {
                        chars += 1;
                    }
                    if b == b'\n' {
                        break;
                    }
                }
                // Complete a partly read character.
                loop {
                    let avail = lock.fill_buf()?;
                    match avail.first() {
                        Some(&b) if b & 0xc0 == 0x80 => {
                            lock.consume(1);
                            buf.push(b);
                        }
                        _ => break,
                    }
                }
            }
        }
        Ok(buf)
    });
    vm.resync_turn();
    match r {
        Ok(bytes) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
        Err(e) => Err(vm.os_error(
            &vm.types().os_error.clone(),
            e.raw_os_error().unwrap_or(5),
            &e.to_string(),
            None,
        )),
    }
}

fn stream_readline(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "readline")?;
    readable_stdin(vm, &a)?;
    let limit = size_arg(vm, a.get(1))?;
    Ok(Value::string(read_line(vm, limit)?))
}

fn stream_readlines(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "readlines")?;
    readable_stdin(vm, &a)?;
    let mut lines = Vec::new();
    loop {
        let line = read_line(vm, None)?;
        if line.is_empty() {
            break;
        }
        lines.push(Value::string(line));
    }
    Ok(Value::list(lines))
}

fn stream_read(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "read")?;
    readable_stdin(vm, &a)?;
    let limit = size_arg(vm, a.get(1))?;
    if let Some(n) = limit {
        let mut out = String::new();
        let mut count = 0usize;
        while count < n {
            let line = read_line(vm, Some(n - count))?;
            if line.is_empty() {
                break;
            }
            count += line.chars().count();
            out.push_str(&line);
        }
        return Ok(Value::string(out));
    }
    let r = crate::gil::allow_threads(|| {
        let mut buf = Vec::new();
        std::io::stdin().lock().read_to_end(&mut buf).map(|_| buf)
    });
    vm.resync_turn();
    match r {
        Ok(bytes) => Ok(Value::string(String::from_utf8_lossy(&bytes).into_owned())),
        Err(e) => Err(vm.os_error(
            &vm.types().os_error.clone(),
            e.raw_os_error().unwrap_or(5),
            &e.to_string(),
            None,
        )),
    }
}

fn stream_iter(vm: &mut Vm, a: Args) -> PyResult {
    stream_fd(vm, &a)?;
    Ok(this(&a))
}

fn stream_next(vm: &mut Vm, a: Args) -> PyResult {
    readable_stdin(vm, &a)?;
    let line = read_line(vm, None)?;
    if line.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(Value::string(line))
}
