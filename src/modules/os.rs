//! The `os` module (process facts, the environment, files and directories)
//! and `os.path` (CPython's `posixpath`, string rules and file tests).

use std::io::Read;

use super::{add_fns, new_struct_seq, struct_seq_class};
use crate::objects::{Args, Object, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::new_module("os");
    add_fns(
        &d,
        &[
            ("getpid", getpid),
            ("getppid", getppid),
            ("cpu_count", cpu_count),
            ("getenv", getenv),
            ("putenv", putenv),
            ("unsetenv", unsetenv),
            ("getcwd", getcwd),
            ("chdir", chdir),
            ("listdir", listdir),
            ("mkdir", mkdir),
            ("makedirs", makedirs),
            ("remove", remove),
            ("unlink", unlink),
            ("rmdir", rmdir),
            ("rename", rename),
            ("replace", replace),
            ("stat", stat),
            ("urandom", urandom),
            ("strerror", strerror),
            ("fspath", fspath),
            ("_exit", underscore_exit),
        ],
    );
    d.set_str("name", Value::str("posix"));
    d.set_str("sep", Value::str("/"));
    d.set_str("altsep", Value::None);
    d.set_str("extsep", Value::str("."));
    d.set_str("pathsep", Value::str(":"));
    d.set_str("linesep", Value::str("\n"));
    d.set_str("curdir", Value::str("."));
    d.set_str("pardir", Value::str(".."));
    d.set_str("devnull", Value::str("/dev/null"));
    d.set_str("error", Value::Class(vm.types().os_error.clone()));
    let environ = std::rc::Rc::new(crate::objects::DictObj::new());
    for (k, v) in std::env::vars_os() {
        let (k, v) = (
            k.to_string_lossy().into_owned(),
            v.to_string_lossy().into_owned(),
        );
        vm.dict_set(&environ, Value::string(k), Value::string(v))?;
    }
    d.set_str("environ", Value::Dict(environ));
    let stat_result = struct_seq_class(
        vm,
        "stat_result",
        "os",
        &[
            "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
            "st_mtime", "st_ctime",
        ],
    );
    vm.interp
        .module_state
        .borrow_mut()
        .insert("os.stat_result", Value::Class(stat_result));

    let path = path_module();
    vm.interp.modules.set_str("os.path", path.clone());
    d.set_str("path", path);
    Ok(m)
}

fn path_module() -> Value {
    let (m, d) = super::new_module("posixpath");
    add_fns(
        &d,
        &[
            ("join", path_join),
            ("split", path_split),
            ("splitext", path_splitext),
            ("basename", path_basename),
            ("dirname", path_dirname),
            ("normpath", path_normpath),
            ("abspath", path_abspath),
            ("realpath", path_realpath),
            ("isabs", path_isabs),
            ("expanduser", path_expanduser),
            ("exists", path_exists),
            ("lexists", path_lexists),
            ("isfile", path_isfile),
            ("isdir", path_isdir),
            ("islink", path_islink),
            ("getsize", path_getsize),
            ("getmtime", path_getmtime),
            ("commonprefix", path_commonprefix),
        ],
    );
    d.set_str("sep", Value::str("/"));
    d.set_str("curdir", Value::str("."));
    d.set_str("pardir", Value::str(".."));
    d.set_str("extsep", Value::str("."));
    d.set_str("pathsep", Value::str(":"));
    d.set_str("devnull", Value::str("/dev/null"));
    m
}

/// The OSError subclass CPython raises for `errno`.
fn error_class(vm: &Vm, errno: i32) -> std::rc::Rc<crate::objects::Class> {
    let t = vm.types();
    match errno {
        1 | 13 => t.permission_error.clone(),
        2 => t.file_not_found_error.clone(),
        3 => t.process_lookup_error.clone(),
        4 => t.interrupted_error.clone(),
        10 => t.child_process_error.clone(),
        17 => t.file_exists_error.clone(),
        20 => t.not_a_directory_error.clone(),
        21 => t.is_a_directory_error.clone(),
        32 => t.broken_pipe_error.clone(),
        110 => t.timeout_error.clone(),
        _ => t.os_error.clone(),
    }
}

/// The C library's text for `errno` (std's text without its " (os error N)").
fn strerror_text(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// The OSError for a failed system call on `filename` (and `filename2`).
pub fn io_error(
    vm: &Vm,
    e: &std::io::Error,
    filename: Option<&str>,
    filename2: Option<&str>,
) -> Value {
    let errno = e.raw_os_error().unwrap_or(5);
    let class = error_class(vm, errno);
    let exc = vm.os_error(&class, errno, &strerror_text(errno), filename);
    if let (Some(f2), Value::Instance(i)) = (filename2, &exc) {
        i.dict.set_str("filename2", Value::str(f2));
    }
    exc
}

/// A path argument: a str (bytes are decoded as UTF-8).
fn path_arg(vm: &Vm, v: Option<&Value>, func: &str, allow_none: bool) -> PyResult<String> {
    match v {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(Value::Obj(o)) if matches!(&**o, Object::Bytes(_)) => match &**o {
            Object::Bytes(b) => Ok(String::from_utf8_lossy(b).into_owned()),
            _ => Ok(String::new()),
        },
        None if allow_none => Ok(".".to_string()),
        Some(Value::None) if allow_none => Ok(".".to_string()),
        None => Err(vm.type_error(format!(
            "{}() missing required argument 'path' (pos 1)",
            func
        ))),
        Some(other) => Err(vm.type_error(format!(
            "{}: path should be string, bytes, os.PathLike{}, not {}",
            func,
            if allow_none {
                " or None"
            } else {
                " or integer"
            },
            vm.type_name(other)
        ))),
    }
}

fn getpid(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "getpid", 0, 0)?;
    Ok(Value::Int(std::process::id() as i64))
}

fn getppid(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "getppid", 0, 0)?;
    Ok(Value::Int(std::os::unix::process::parent_id() as i64))
}

fn cpu_count(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "cpu_count", 0, 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

fn getenv(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(vm, "getenv", &["key", "default"])?;
    let key = match a.arg(0, "key") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!("str expected, not {}", vm.type_name(&other))))
        }
        None => return Err(vm.type_error("getenv() missing 1 required positional argument: 'key'")),
    };
    let default = a.arg(1, "default").unwrap_or(Value::None);
    // `os.environ` is the source of truth once imported, as in CPython.
    if let Some(Value::Obj(o)) = vm.interp.modules.get_str("os") {
        if let Object::Module(m) = &*o {
            if let Some(Value::Dict(env)) = m.dict.get_str("environ") {
                return Ok(vm.dict_get(&env, &Value::string(key))?.unwrap_or(default));
            }
        }
    }
    Ok(std::env::var(&key).map(Value::string).unwrap_or(default))
}

fn env_key(vm: &Vm, v: &Value, func: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => {
            let s = s.as_str();
            if s.is_empty() || s.contains('=') {
                return Err(vm.value_error("illegal environment variable name"));
            }
            if s.contains('\0') {
                return Err(vm.value_error("embedded null byte"));
            }
            Ok(s.to_string())
        }
        other => Err(vm.type_error(format!(
            "{}: expected str, bytes or os.PathLike object, not {}",
            func,
            vm.type_name(other)
        ))),
    }
}

fn putenv(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "putenv")?;
    a.check(vm, "putenv", 2, 2)?;
    let key = env_key(vm, &a.pos[0], "putenv")?;
    let value = match &a.pos[1] {
        Value::Str(s) if !s.as_str().contains('\0') => s.as_str().to_string(),
        Value::Str(_) => return Err(vm.value_error("embedded null byte")),
        other => {
            return Err(vm.type_error(format!(
                "putenv: expected str, bytes or os.PathLike object, not {}",
                vm.type_name(other)
            )))
        }
    };
    std::env::set_var(key, value);
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "unsetenv")?;
    a.check(vm, "unsetenv", 1, 1)?;
    let key = env_key(vm, &a.pos[0], "unsetenv")?;
    std::env::remove_var(key);
    Ok(Value::None)
}

fn getcwd(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "getcwd", 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(Value::string(p.to_string_lossy().into_owned())),
        Err(e) => Err(io_error(vm, &e, None, None)),
    }
}

fn chdir(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "chdir", 1, 1)?;
    let p = path_arg(vm, a.get(0), "chdir", false)?;
    std::env::set_current_dir(&p).map_err(|e| io_error(vm, &e, Some(&p), None))?;
    Ok(Value::None)
}

fn listdir(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(vm, "listdir", &["path"])?;
    a.check(vm, "listdir", 0, 1)?;
    let p = path_arg(vm, a.arg(0, "path").as_ref(), "listdir", true)?;
    let entries = std::fs::read_dir(&p).map_err(|e| io_error(vm, &e, Some(&p), None))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| io_error(vm, &e, Some(&p), None))?;
        names.push(Value::string(
            entry.file_name().to_string_lossy().into_owned(),
        ));
    }
    Ok(Value::list(names))
}

fn mode_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<u32> {
    match v {
        None => Ok(0o777),
        Some(v) => {
            let n = super::sys::c_int(vm, &v)?;
            Ok((n as u32) & 0o7777)
        }
    }
}

fn mkdir(vm: &mut Vm, a: Args) -> PyResult {
    use std::os::unix::fs::DirBuilderExt;
    a.only_kw(vm, "mkdir", &["path", "mode", "dir_fd"])?;
    let p = path_arg(vm, a.arg(0, "path").as_ref(), "mkdir", false)?;
    let mode = mode_arg(vm, a.arg(1, "mode"))?;
    std::fs::DirBuilder::new()
        .mode(mode)
        .create(&p)
        .map_err(|e| io_error(vm, &e, Some(&p), None))?;
    Ok(Value::None)
}

fn makedirs(vm: &mut Vm, a: Args) -> PyResult {
    use std::os::unix::fs::DirBuilderExt;
    a.only_kw(vm, "makedirs", &["name", "mode", "exist_ok"])?;
    let p = path_arg(vm, a.arg(0, "name").as_ref(), "makedirs", false)?;
    let mode = mode_arg(vm, a.arg(1, "mode"))?;
    let exist_ok = match a.arg(2, "exist_ok") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if std::path::Path::new(&p).is_dir() {
        if exist_ok {
            return Ok(Value::None);
        }
        let e = std::io::Error::from_raw_os_error(17);
        return Err(io_error(vm, &e, Some(&p), None));
    }
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(mode)
        .create(&p)
        .map_err(|e| io_error(vm, &e, Some(&p), None))?;
    Ok(Value::None)
}

fn remove_file(vm: &mut Vm, a: Args, name: &str) -> PyResult {
    a.only_kw(vm, name, &["path", "dir_fd"])?;
    let p = path_arg(vm, a.arg(0, "path").as_ref(), name, false)?;
    std::fs::remove_file(&p).map_err(|e| io_error(vm, &e, Some(&p), None))?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: Args) -> PyResult {
    remove_file(vm, a, "remove")
}

fn unlink(vm: &mut Vm, a: Args) -> PyResult {
    remove_file(vm, a, "unlink")
}

fn rmdir(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(vm, "rmdir", &["path", "dir_fd"])?;
    let p = path_arg(vm, a.arg(0, "path").as_ref(), "rmdir", false)?;
    std::fs::remove_dir(&p).map_err(|e| io_error(vm, &e, Some(&p), None))?;
    Ok(Value::None)
}

fn rename_impl(vm: &mut Vm, a: Args, name: &str) -> PyResult {
    a.only_kw(vm, name, &["src", "dst", "src_dir_fd", "dst_dir_fd"])?;
    let src = path_arg(vm, a.arg(0, "src").as_ref(), name, false)?;
    let dst = path_arg(vm, a.arg(1, "dst").as_ref(), name, false)?;
    std::fs::rename(&src, &dst).map_err(|e| io_error(vm, &e, Some(&src), Some(&dst)))?;
    Ok(Value::None)
}

fn rename(vm: &mut Vm, a: Args) -> PyResult {
    rename_impl(vm, a, "rename")
}

fn replace(vm: &mut Vm, a: Args) -> PyResult {
    rename_impl(vm, a, "replace")
}

fn stat(vm: &mut Vm, a: Args) -> PyResult {
    use std::os::unix::fs::MetadataExt;
    a.only_kw(vm, "stat", &["path", "dir_fd", "follow_symlinks"])?;
    let p = path_arg(vm, a.arg(0, "path").as_ref(), "stat", false)?;
    let follow = match a.kw("follow_symlinks") {
        Some(v) => vm.truthy(&v)?,
        None => true,
    };
    let md = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    };
    let md = md.map_err(|e| io_error(vm, &e, Some(&p), None))?;
    let class = match vm.interp.module_state.borrow().get("os.stat_result") {
        Some(Value::Class(c)) => c.clone(),
        _ => return Err(vm.runtime_error("os.stat_result is missing")),
    };
    let int = |n: u64| Value::from_bigint(n.into());
    let values = vec![
        Value::Int(md.mode() as i64),
        int(md.ino()),
        int(md.dev()),
        int(md.nlink()),
        Value::Int(md.uid() as i64),
        Value::Int(md.gid() as i64),
        int(md.size()),
        Value::Int(md.atime()),
        Value::Int(md.mtime()),
        Value::Int(md.ctime()),
    ];
    let r = new_struct_seq(&class, values, &[]);
    if let Value::Instance(i) = &r {
        let secs = |s: i64, ns: i64| Value::Float(s as f64 + ns as f64 * 1e-9);
        i.dict
            .set_str("st_atime", secs(md.atime(), md.atime_nsec()));
        i.dict
            .set_str("st_mtime", secs(md.mtime(), md.mtime_nsec()));
        i.dict
            .set_str("st_ctime", secs(md.ctime(), md.ctime_nsec()));
        let ns =
            |s: i64, n: i64| Value::from_bigint(num_bigint::BigInt::from(s) * 1_000_000_000 + n);
        i.dict
            .set_str("st_atime_ns", ns(md.atime(), md.atime_nsec()));
        i.dict
            .set_str("st_mtime_ns", ns(md.mtime(), md.mtime_nsec()));
        i.dict
            .set_str("st_ctime_ns", ns(md.ctime(), md.ctime_nsec()));
    }
    Ok(r)
}

fn urandom(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "urandom")?;
    a.check(vm, "urandom", 1, 1)?;
    let n = match &a.pos[0] {
        Value::Big(b) if num_traits::Signed::is_negative(&**b) => -1,
        Value::Big(_) => {
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        v => vm.index_of(v)?,
    };
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let n = usize::try_from(n)
        .map_err(|_| vm.overflow_error("Python int too large to convert to C ssize_t"))?;
    let mut buf: Vec<u8> = Vec::new();
    if buf.try_reserve_exact(n).is_err() {
        return Err(vm.new_exception(&vm.types().memory_error.clone(), ""));
    }
    buf.resize(n, 0);
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    r.map_err(|e| io_error(vm, &e, None, None))?;
    Ok(Value::obj(Object::Bytes(buf.into_boxed_slice())))
}

fn strerror(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "strerror", 1, 1)?;
    let n = super::sys::c_int(vm, &a.pos[0])?;
    let n = n as i32;
    if !(0..4096).contains(&n) {
        return Ok(Value::string(format!("Unknown error {}", n)));
    }
    Ok(Value::string(strerror_text(n)))
}

fn fspath(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "fspath", 1, 1)?;
    match &a.pos[0] {
        v @ Value::Str(_) => Ok(v.clone()),
        v @ Value::Obj(o) if matches!(&**o, Object::Bytes(_)) => Ok(v.clone()),
        other => Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(other)
        ))),
    }
}

/// `os._exit(n)`: ends the process at once (buffered output is lost, as in CPython).
fn underscore_exit(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "_exit", 1, 1)?;
    let n = super::sys::c_int(vm, &a.pos[0])?;
    std::process::exit(n as i32)
}

// ----- os.path -----

fn str_arg(vm: &Vm, v: Option<&Value>, func: &str) -> PyResult<String> {
    match v {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!("{}() missing 1 required positional argument", func))),
    }
}

fn one_path(vm: &mut Vm, a: &Args, func: &str) -> PyResult<String> {
    a.no_kw(vm, func)?;
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "{}() takes 1 positional argument but {} were given",
            func,
            a.len()
        )));
    }
    str_arg(vm, a.get(0), func)
}

fn path_join(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "join")?;
    let Some(first) = a.get(0) else {
        return Err(vm.type_error("join() missing 1 required positional argument: 'a'"));
    };
    let mut parts = Vec::with_capacity(a.len());
    for v in std::iter::once(first).chain(a.pos[1..].iter()) {
        match v {
            Value::Str(s) => parts.push(s.as_str()),
            other => {
                return Err(vm.type_error(format!(
                    "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                    vm.type_name(other)
                )))
            }
        }
    }
    let mut path = parts[0].to_string();
    for b in &parts[1..] {
        if b.starts_with('/') {
            path = b.to_string();
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(b);
        } else {
            path.push('/');
            path.push_str(b);
        }
    }
    Ok(Value::string(path))
}

/// `posixpath.split`: (head, tail), trailing slashes stripped from head
/// unless it is all slashes.
fn split(p: &str) -> (String, String) {
    let i = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    let (head, tail) = (&p[..i], &p[i..]);
    let head = if !head.is_empty() && head.chars().any(|c| c != '/') {
        head.trim_end_matches('/')
    } else {
        head
    };
    (head.to_string(), tail.to_string())
}

fn path_split(vm: &mut Vm, a: Args) -> PyResult {
    let p = one_path(vm, &a, "split")?;
    let (h, t) = split(&p);
    Ok(Value::tuple(vec![Value::string(h), Value::string(t)]))
}

fn path_basename(vm: &mut Vm, a: Args) -> PyResult {
    let p = one_path(vm, &a, "basename")?;
    Ok(Value::string(split(&p).1))
}

fn path_dirname(vm: &mut Vm, a: Args) -> PyResult {
    let p = one_path(vm, &a, "dirname")?;
    Ok(Value::string(split(&p).0))
}

fn path_splitext(vm: &mut Vm, a: Args) -> PyResult {
    let p = one_path(vm, &a, "splitext")?;
    let sep = p.rfind('/').map(|i| i as i64).unwrap_or(-1);
    if let Some(dot) = p.rfind('.') {
        if dot as i64 > sep {
            let start = (sep + 1) as usize;
            // A leading run of dots is part of the name, not an extension.
            if p[start..dot].bytes().any(|b| b != b'.') {
                return Ok(Value::tuple(vec![
                    Value::str(&p[..dot]),
                    Value::str(&p[dot..]),
                ]));
            }
        }
    }
    Ok(Value::tuple(vec![Value::string(p), Value::str("")]))
}

fn normpath(path: &str) -> String {
    if path.is_empty() {
        return ".".to_string();
    }
    let mut initial = if path.starts_with('/') { 1 } else { 0 };
    if path.starts_with("//") && !path.starts_with("///") {
        initial = 2;
    }
    let mut comps: Vec<&str> = Vec::new();
    for comp in path.split('/') {
        if comp.is_empty() || comp == "." {
            continue;
        }
        if comp != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let mut out = "/".repeat(initial);
    out.push_str(&comps.join("/"));
    if out.is_empty() {
        ".".to_string()
    } else {
        out
    }
}

fn path_normpath(vm: &mut Vm, a: Args) -> PyResult {
    let p = one_path(vm, &a, "normpath")?;
    Ok(Value::string(normpath(&p)))
}

fn abspath(vm: &Vm, p: &str) -> PyResult<String> {
    if p.starts_with('/') {
        return Ok(normpath(p));
    }
    let cwd = std::env::current_dir().map_err(|e| io_error(vm, &e, None, None))?;
    let cwd = cwd.to_string_lossy();
    let joined = if cwd.ends_with('/') {
        format!("{}{}", cwd, p)
    } else {
        format!("{}/{}", cwd, p)
    };
    Ok(normpath(&joined))
}

fn path_abspath(vm: &mut Vm, a: Args) -> PyResult {
    let p = one_path(vm, &a, "abspath")?;
    Ok(Value::string(abspath(vm, &p)?))
}

fn path_realpath(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(vm, "realpath", &["strict"])?;
    let p = str_arg(vm, a.get(0), "realpath")?;
    match std::fs::canonicalize(&p) {
        Ok(r) => Ok(Value::string(r.to_string_lossy().into_owned())),
        Err(_) => Ok(Value::string(abspath(vm, &p)?)),
    }
}

fn path_isabs(vm: &mut Vm, a: Args) -> PyResult {
    let p = one_path(vm, &a, "isabs")?;
    Ok(Value::Bool(p.starts_with('/')))
}

/// The home directory of `user` from /etc/passwd.
fn home_of(user: &str) -> Option<String> {
    let text = std::fs::read_to_string("/etc/passwd").ok()?;
    text.lines().find_map(|line| {
        let fields: Vec<&str> = line.split(':').collect();
        (fields.len() >= 6 && fields[0] == user).then(|| fields[5].to_string())
    })
}

fn path_expanduser(vm: &mut Vm, a: Args) -> PyResult {
    let p = one_path(vm, &a, "expanduser")?;
    if !p.starts_with('~') {
        return Ok(Value::string(p));
    }
    let i = p[1..].find('/').map(|i| i + 1).unwrap_or(p.len());
    let home = if i == 1 {
        match std::env::var("HOME") {
            Ok(h) => Some(h),
            Err(_) => std::env::var("USER").ok().and_then(|u| home_of(&u)),
        }
    } else {
        home_of(&p[1..i])
    };
    let Some(home) = home else {
        return Ok(Value::string(p));
    };
    let home = home.trim_end_matches('/');
    let out = format!("{}{}", home, &p[i..]);
    Ok(Value::string(if out.is_empty() {
        "/".to_string()
    } else {
        out
    }))
}

fn metadata(p: &str, follow: bool) -> Option<std::fs::Metadata> {
    if p.contains('\0') {
        return None;
    }
    if follow {
        std::fs::metadata(p).ok()
    } else {
        std::fs::symlink_metadata(p).ok()
    }
}

/// The path of a file test; anything but a str or bytes is simply "no such file".
fn test_path(vm: &mut Vm, a: &Args, func: &str) -> PyResult<Option<String>> {
    a.no_kw(vm, func)?;
    a.check(vm, func, 1, 1)?;
    Ok(match &a.pos[0] {
        Value::Str(s) => Some(s.as_str().to_string()),
        Value::Obj(o) => match &**o {
            Object::Bytes(b) => Some(String::from_utf8_lossy(b).into_owned()),
            _ => None,
        },
        Value::Int(_) | Value::Bool(_) => None,
        other => {
            return Err(vm.type_error(format!(
                "stat: path should be string, bytes, os.PathLike or integer, not {}",
                vm.type_name(other)
            )))
        }
    })
}

fn path_exists(vm: &mut Vm, a: Args) -> PyResult {
    let p = test_path(vm, &a, "exists")?;
    Ok(Value::Bool(p.and_then(|p| metadata(&p, true)).is_some()))
}

fn path_lexists(vm: &mut Vm, a: Args) -> PyResult {
    let p = test_path(vm, &a, "lexists")?;
    Ok(Value::Bool(p.and_then(|p| metadata(&p, false)).is_some()))
}

fn path_isfile(vm: &mut Vm, a: Args) -> PyResult {
    let p = test_path(vm, &a, "isfile")?;
    Ok(Value::Bool(
        p.and_then(|p| metadata(&p, true))
            .is_some_and(|m| m.is_file()),
    ))
}

fn path_isdir(vm: &mut Vm, a: Args) -> PyResult {
    let p = test_path(vm, &a, "isdir")?;
    Ok(Value::Bool(
        p.and_then(|p| metadata(&p, true))
            .is_some_and(|m| m.is_dir()),
    ))
}

fn path_islink(vm: &mut Vm, a: Args) -> PyResult {
    let p = test_path(vm, &a, "islink")?;
    Ok(Value::Bool(
        p.and_then(|p| metadata(&p, false))
            .is_some_and(|m| m.file_type().is_symlink()),
    ))
}

fn path_getsize(vm: &mut Vm, a: Args) -> PyResult {
    let p = one_path(vm, &a, "getsize")?;
    let md = std::fs::metadata(&p).map_err(|e| io_error(vm, &e, Some(&p), None))?;
    Ok(Value::from_bigint(md.len().into()))
}

fn path_getmtime(vm: &mut Vm, a: Args) -> PyResult {
    use std::os::unix::fs::MetadataExt;
    let p = one_path(vm, &a, "getmtime")?;
    let md = std::fs::metadata(&p).map_err(|e| io_error(vm, &e, Some(&p), None))?;
    Ok(Value::Float(
        md.mtime() as f64 + md.mtime_nsec() as f64 * 1e-9,
    ))
}

fn path_commonprefix(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "commonprefix", 1, 1)?;
    let items = vm.iterate(&a.pos[0])?;
    let mut strs = Vec::with_capacity(items.len());
    for v in &items {
        strs.push(str_arg(vm, Some(v), "commonprefix")?);
    }
    let Some(first) = strs.first() else {
        return Ok(Value::str(""));
    };
    let mut n = first.chars().count();
    for s in &strs[1..] {
        n = n.min(
            first
                .chars()
                .zip(s.chars())
                .take_while(|(x, y)| x == y)
                .count(),
        );
    }
    Ok(Value::string(first.chars().take(n).collect()))
}
