//! `open()` and file objects (`io.TextIOWrapper`, `io.BufferedReader`,
//! `io.BufferedWriter`, `io.BufferedRandom`), and the `io` module.
//!
//! A file object owns an OS file plus a read buffer (raw bytes, decoded on
//! demand so that `tell()` stays exact) and a write buffer (flushed when it
//! grows, on `flush`/`close`/`__exit__`, when the object dies, and at exit).
//! Blocking system calls run with the GIL released; the state stays
//! borrowed meanwhile, so a second thread using the same file waits for
//! it (as on CPython's buffer lock) instead of racing.

use std::cell::RefCell;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::{Rc, Weak};

use super::{method, native_class, new_native, with_native};
use crate::objects::{Args, Builtin, Class, DictObj, NativeFn, Object, Property, Value};
use crate::vm::{PyResult, Vm};

/// Bytes asked of the OS per read: binary files read big chunks; text files
/// read CPython's text chunk, because after a read a text file's write
/// position is the end of the last chunk read (as in CPython).
const READ_CHUNK: usize = 64 * 1024;
const TEXT_CHUNK: usize = 8192;
/// Written bytes kept before they go to the OS.
const WRITE_CHUNK: usize = 8192;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Latin1,
    Ascii,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Errors {
    Strict,
    Replace,
    Ignore,
}

/// Where a decoding step stopped.
#[derive(PartialEq, Eq)]
enum Stop {
    /// `max` characters were produced.
    Limit,
    /// A line ended (only when reading lines).
    Newline,
    /// The bytes ran out (or an incomplete character needs more).
    End,
}

/// The state of an open (or closed) file. Owned by the GIL holder.
struct FileState {
    /// `None` once closed.
    file: Option<File>,
    name: String,
    mode: String,
    encoding_name: String,
    errors_name: String,
    encoding: Encoding,
    errors: Errors,
    /// `None`: universal newlines, translated to `'\n'`.
    newline: Option<String>,
    binary: bool,
    readable: bool,
    writable: bool,
    rbuf: Vec<u8>,
    rpos: usize,
    eof: bool,
    wbuf: Vec<u8>,
}

/// The data of a file native object (`Rc` so the exit-time registry can
/// hold a weak reference).
pub struct FileInner {
    state: RefCell<FileState>,
}

type FileRef = Rc<FileInner>;

impl Drop for FileState {
    fn drop(&mut self) {
        // A file nobody closed: its data still reaches the disk.
        if let Some(f) = self.file.as_mut() {
            if !self.wbuf.is_empty() {
                let _ = f.write_all(&self.wbuf);
            }
        }
    }
}

/// What went wrong in a file operation, turned into an exception by `raise`.
enum IoError {
    Os(std::io::Error),
    Decode(String),
    Encode(String),
    Closed(&'static str),
    Unsupported(&'static str),
}

impl From<std::io::Error> for IoError {
    fn from(e: std::io::Error) -> IoError {
        IoError::Os(e)
    }
}

type IoResult<T> = Result<T, IoError>;

fn retry<T>(mut f: impl FnMut() -> std::io::Result<T>) -> std::io::Result<T> {
    loop {
        match f() {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            r => return r,
        }
    }
}

impl FileState {
    fn file(&mut self) -> IoResult<&mut File> {
        self.file
            .as_mut()
            .ok_or(IoError::Closed("I/O operation on closed file."))
    }

    /// Reads one chunk from the OS into the read buffer; false at EOF.
    fn fill(&mut self) -> IoResult<bool> {
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let old = self.rbuf.len();
        let chunk = if self.binary { READ_CHUNK } else { TEXT_CHUNK };
        self.rbuf.resize(old + chunk, 0);
        let file = match self.file.as_mut() {
            Some(f) => f,
            None => {
                self.rbuf.truncate(old);
                return Err(IoError::Closed("I/O operation on closed file."));
            }
        };
        let buf = &mut self.rbuf[old..];
        let r = crate::gil::allow_threads(|| retry(|| file.read(buf)));
        let n = match r {
            Ok(n) => n,
            Err(e) => {
                self.rbuf.truncate(old);
                return Err(e.into());
            }
        };
        self.rbuf.truncate(old + n);
        if n == 0 {
            self.eof = true;
        }
        Ok(n > 0)
    }

    fn flush_write(&mut self) -> IoResult<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.wbuf);
        let file = self.file()?;
        crate::gil::allow_threads(|| retry(|| file.write_all(&data)))?;
        Ok(())
    }

    /// Gives back read-ahead bytes to the OS position before a write (a
    /// text file keeps the whole chunk read, like CPython's TextIOWrapper).
    fn drop_read_ahead(&mut self) -> IoResult<()> {
        let unread = self.rbuf.len() - self.rpos;
        self.rbuf.clear();
        self.rpos = 0;
        self.eof = false;
        if unread > 0 && self.binary {
            let file = self.file()?;
            crate::gil::allow_threads(|| file.seek(SeekFrom::Current(-(unread as i64))))?;
        }
        Ok(())
    }

    fn check_readable(&mut self) -> IoResult<()> {
        self.file()?;
        if !self.readable {
            return Err(IoError::Unsupported(if self.binary {
                "read"
            } else {
                "not readable"
            }));
        }
        self.flush_write()?;
        self.eof = false;
        Ok(())
    }

    fn check_writable(&mut self) -> IoResult<()> {
        self.file()?;
        if !self.writable {
            return Err(IoError::Unsupported(if self.binary {
                "write"
            } else {
                "not writable"
            }));
        }
        if !self.rbuf.is_empty() {
            self.drop_read_ahead()?;
        }
        Ok(())
    }

    /// Decoded text: at most `max` characters, or through the end of a line.
    fn read_text(&mut self, max: Option<usize>, line: bool) -> IoResult<String> {
        self.check_readable()?;
        let mut out = String::new();
        let mut count = 0usize;
        // Bytes taken by this call so far: decode errors count from its start.
        let mut taken = 0usize;
        loop {
            let limit = match max {
                Some(m) => m.saturating_sub(count),
                None => usize::MAX,
            };
            if limit == 0 {
                break;
            }
            let (used, n, stop) = self.decode(&mut out, limit, line, taken)?;
            self.rpos += used;
            taken += used;
            count += n;
            match stop {
                Stop::Limit | Stop::Newline => break,
                Stop::End => {
                    if self.eof {
                        break;
                    }
                    self.fill()?;
                }
            }
        }
        Ok(out)
    }

    /// Decodes from the read buffer into `out`: (bytes used, chars made, why it stopped).
    fn decode(
        &self,
        out: &mut String,
        max: usize,
        line: bool,
        base: usize,
    ) -> IoResult<(usize, usize, Stop)> {
        let raw = &self.rbuf[self.rpos..];
        let eof = self.eof;
        let mut i = 0;
        let mut n = 0;
        let universal = matches!(self.newline.as_deref(), None | Some(""));
        let translate = self.newline.is_none();
        let terminator = self.newline.as_deref().unwrap_or("\n");
        while i < raw.len() {
            if n >= max {
                return Ok((i, n, Stop::Limit));
            }
            let b = raw[i];
            if b == b'\r' && universal {
                let crlf = match raw.get(i + 1) {
                    // Untranslated, a "\r\n" counts two characters: with room
                    // for one only, the '\r' goes alone.
                    Some(&next) => next == b'\n' && (translate || max - n >= 2),
                    None if !eof => return Ok((i, n, Stop::End)),
                    None => false,
                };
                if translate {
                    out.push('\n');
                    n += 1;
                } else if crlf {
                    out.push_str("\r\n");
                    n += 2;
                } else {
                    out.push('\r');
                    n += 1;
                }
                i += if crlf { 2 } else { 1 };
                if line {
                    return Ok((i, n, Stop::Newline));
                }
                continue;
            }
            let (c, width) = match self.decode_char(raw, i, eof, base)? {
                Some(x) => x,
                None => return Ok((i, n, Stop::End)),
            };
            i += width;
            let Some(c) = c else { continue };
            out.push(c);
            n += 1;
            if line {
                let ends = if universal {
                    c == '\n'
                } else {
                    terminator.ends_with(c) && out.ends_with(terminator)
                };
                if ends {
                    return Ok((i, n, Stop::Newline));
                }
            }
        }
        Ok((i, n, Stop::End))
    }

    /// One character at `raw[i]`: (char or nothing if ignored, bytes), or
    /// `None` if the character is cut off and more bytes may come.
    fn decode_char(
        &self,
        raw: &[u8],
        i: usize,
        eof: bool,
        base: usize,
    ) -> IoResult<Option<(Option<char>, usize)>> {
        let b = raw[i];
        if b < 0x80 {
            return Ok(Some((Some(b as char), 1)));
        }
        let bad = |reason: &str| -> IoResult<Option<(Option<char>, usize)>> {
            match self.errors {
                Errors::Replace => Ok(Some((Some('\u{FFFD}'), 1))),
                Errors::Ignore => Ok(Some((None, 1))),
                Errors::Strict => Err(IoError::Decode(format!(
                    "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                    match self.encoding {
                        Encoding::Ascii => "ascii",
                        _ => "utf-8",
                    },
                    b,
                    base + i,
                    reason
                ))),
            }
        };
        match self.encoding {
            Encoding::Latin1 => Ok(Some((Some(b as char), 1))),
            Encoding::Ascii => bad("ordinal not in range(128)"),
            Encoding::Utf8 => {
                let width = match b {
                    0xC2..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    0xF0..=0xF4 => 4,
                    _ => return bad("invalid start byte"),
                };
                let avail = raw.len() - i;
                let take = width.min(avail);
                // Check the continuation bytes that are here.
                match std::str::from_utf8(&raw[i..i + take]) {
                    Ok(s) => Ok(Some((s.chars().next(), take))),
                    Err(e) if e.error_len().is_none() => {
                        if eof {
                            bad("unexpected end of data")
                        } else {
                            Ok(None)
                        }
                    }
                    Err(_) => bad("invalid continuation byte"),
                }
            }
        }
    }

    /// Raw bytes: at most `max`, or through the next `\n`.
    fn read_bytes(&mut self, max: Option<usize>, line: bool) -> IoResult<Vec<u8>> {
        self.check_readable()?;
        loop {
            let avail = &self.rbuf[self.rpos..];
            let mut end = None;
            if line {
                if let Some(p) = avail.iter().position(|&b| b == b'\n') {
                    end = Some(p + 1);
                }
            }
            if let (Some(m), None) = (max, end) {
                if avail.len() >= m {
                    end = Some(m);
                }
            }
            if let Some(mut e) = end {
                if let Some(m) = max {
                    e = e.min(m);
                }
                let out = avail[..e].to_vec();
                self.rpos += e;
                return Ok(out);
            }
            if self.eof || !self.fill()? {
                let out = self.rbuf[self.rpos..].to_vec();
                self.rpos = self.rbuf.len();
                return Ok(out);
            }
        }
    }

    fn write_text(&mut self, s: &str) -> IoResult<()> {
        self.check_writable()?;
        let translated;
        let s = match self.newline.as_deref() {
            Some(nl @ ("\r" | "\r\n")) if s.contains('\n') => {
                translated = s.replace('\n', nl);
                translated.as_str()
            }
            _ => s,
        };
        match self.encoding {
            Encoding::Utf8 => self.wbuf.extend_from_slice(s.as_bytes()),
            Encoding::Latin1 | Encoding::Ascii => {
                let limit = if self.encoding == Encoding::Latin1 {
                    0x100
                } else {
                    0x80
                };
                for (pos, c) in s.chars().enumerate() {
                    if (c as u32) < limit {
                        self.wbuf.push(c as u32 as u8);
                        continue;
                    }
                    match self.errors {
                        Errors::Replace => self.wbuf.push(b'?'),
                        Errors::Ignore => {}
                        Errors::Strict => {
                            let name = if limit == 0x100 { "latin-1" } else { "ascii" };
                            return Err(IoError::Encode(format!(
                                "'{}' codec can't encode character {} in position {}: ordinal not in range({})",
                                name,
                                crate::vm::format::ascii_of(&crate::vm::ops::repr_str(&c.to_string())),
                                pos,
                                limit
                            )));
                        }
                    }
                }
            }
        }
        if self.wbuf.len() >= WRITE_CHUNK {
            self.flush_write()?;
        }
        Ok(())
    }

    fn write_bytes(&mut self, b: &[u8]) -> IoResult<()> {
        self.check_writable()?;
        self.wbuf.extend_from_slice(b);
        if self.wbuf.len() >= WRITE_CHUNK {
            self.flush_write()?;
        }
        Ok(())
    }

    fn tell(&mut self) -> IoResult<u64> {
        self.flush_write()?;
        let unread = (self.rbuf.len() - self.rpos) as u64;
        let file = self.file()?;
        let pos = file.stream_position()?;
        Ok(pos.saturating_sub(unread))
    }

    fn close(&mut self) -> IoResult<()> {
        if self.file.is_none() {
            return Ok(());
        }
        let r = self.flush_write();
        self.file = None;
        self.rbuf = Vec::new();
        self.rpos = 0;
        r
    }
}

// ---------------------------------------------------------------------------
// Classes, the registry, and errors.

/// Every writable file, so their buffers can be flushed at exit even when
/// they are still referenced (module globals are never freed).
struct Registry {
    files: RefCell<Vec<Weak<FileInner>>>,
}

const FILE_METHODS: &[(&str, NativeFn)] = &[
    ("read", file_read),
    ("readline", file_readline),
    ("readlines", file_readlines),
    ("write", file_write),
    ("writelines", file_writelines),
    ("close", file_close),
    ("flush", file_flush),
    ("seek", file_seek),
    ("tell", file_tell),
    ("truncate", file_truncate),
    ("readable", file_readable),
    ("writable", file_writable),
    ("seekable", file_seekable),
    ("fileno", file_fileno),
    ("isatty", file_isatty),
    ("__enter__", file_enter),
    ("__exit__", file_exit),
    ("__iter__", file_iter),
    ("__next__", file_next),
    ("__repr__", file_repr),
];

const FILE_PROPERTIES: &[(&str, NativeFn)] = &[
    ("closed", file_closed),
    ("name", file_name),
    ("mode", file_mode),
];

const TEXT_PROPERTIES: &[(&str, NativeFn)] =
    &[("encoding", file_encoding), ("errors", file_errors)];

fn property(owner: &'static str, name: &'static str, f: NativeFn) -> Value {
    Value::obj(Object::Property(Property {
        fget: method(owner, name, f),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    }))
}

fn file_class(vm: &Vm, name: &'static str, key: &'static str) -> Rc<Class> {
    super::cached_class(vm, key, |vm| {
        let c = native_class(vm, name, "_io", FILE_METHODS);
        for (n, f) in FILE_PROPERTIES {
            c.dict.set_str(n, property(name, n, *f));
        }
        if name == "TextIOWrapper" {
            for (n, f) in TEXT_PROPERTIES {
                c.dict.set_str(n, property(name, n, *f));
            }
        }
        c
    })
}

fn text_class(vm: &Vm) -> Rc<Class> {
    file_class(vm, "TextIOWrapper", "io.TextIOWrapper")
}
fn reader_class(vm: &Vm) -> Rc<Class> {
    file_class(vm, "BufferedReader", "io.BufferedReader")
}
fn writer_class(vm: &Vm) -> Rc<Class> {
    file_class(vm, "BufferedWriter", "io.BufferedWriter")
}
fn random_class(vm: &Vm) -> Rc<Class> {
    file_class(vm, "BufferedRandom", "io.BufferedRandom")
}

/// `io.UnsupportedOperation`: an OSError and a ValueError, as in CPython.
fn unsupported_class(vm: &mut Vm) -> PyResult<Rc<Class>> {
    if let Some(Value::Class(c)) = vm
        .interp
        .module_state
        .borrow()
        .get("io.UnsupportedOperation")
    {
        return Ok(c.clone());
    }
    let ns = DictObj::new();
    ns.set_str("__module__", Value::str("io"));
    let bases = vec![vm.types().os_error.clone(), vm.types().value_error.clone()];
    let c = vm.make_class("UnsupportedOperation", bases, &ns)?;
    vm.interp
        .module_state
        .borrow_mut()
        .insert("io.UnsupportedOperation", Value::Class(c.clone()));
    Ok(c)
}

fn registry(vm: &mut Vm) -> Value {
    if let Some(r) = vm.interp.module_state.borrow().get("io.registry") {
        return r.clone();
    }
    let class = native_class(vm, "_FileRegistry", "_io", &[]);
    let r = new_native(
        &class,
        Registry {
            files: RefCell::new(Vec::new()),
        },
    );
    vm.interp
        .module_state
        .borrow_mut()
        .insert("io.registry", r.clone());
    // Runs after every user atexit function (they run last-registered first).
    let hook = Value::Builtin(Rc::new(Builtin {
        name: "_flush_all",
        func: flush_all,
        self_: r.clone(),
        owner: "",
    }));
    vm.interp
        .atexit
        .borrow_mut()
        .insert(0, (hook, vec![], vec![]));
    r
}

fn register(vm: &mut Vm, f: &FileRef) {
    let r = registry(vm);
    if let Some((reg, _)) = super::native_data::<Registry>(&r) {
        let mut files = reg.files.borrow_mut();
        if files.len() >= 64 && files.len().is_power_of_two() {
            files.retain(|w| w.strong_count() > 0);
        }
        files.push(Rc::downgrade(f));
    }
}

/// The exit hook: flushes every file still open.
fn flush_all(_vm: &mut Vm, a: Args) -> PyResult {
    if let Some((reg, _)) = a.get(0).and_then(|r| super::native_data::<Registry>(r)) {
        let files: Vec<FileRef> = reg
            .files
            .borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .collect();
        for f in files {
            if let Ok(mut st) = f.state.try_borrow_mut() {
                let _ = st.flush_write();
            }
        }
    }
    Ok(Value::None)
}

/// The OSError subclass CPython raises for an errno.
fn os_error_class(vm: &Vm, errno: i32) -> Rc<Class> {
    let t = vm.types();
    match errno {
        2 => t.file_not_found_error.clone(),
        1 | 13 => t.permission_error.clone(),
        4 => t.interrupted_error.clone(),
        17 => t.file_exists_error.clone(),
        20 => t.not_a_directory_error.clone(),
        21 => t.is_a_directory_error.clone(),
        32 => t.broken_pipe_error.clone(),
        _ => t.os_error.clone(),
    }
}

/// `OSError` from a Rust I/O error, with CPython's `[Errno N] text: 'file'` form.
fn os_error(vm: &Vm, e: &std::io::Error, filename: Option<&str>) -> Value {
    let errno = e.raw_os_error().unwrap_or(5);
    let text = e.to_string();
    let text = match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    vm.os_error(&os_error_class(vm, errno), errno, &text, filename)
}

fn raise(vm: &mut Vm, e: IoError) -> Value {
    match e {
        IoError::Os(e) => os_error(vm, &e, None),
        IoError::Decode(m) => vm.new_exception(&vm.types().unicode_decode_error.clone(), m),
        IoError::Encode(m) => vm.new_exception(&vm.types().unicode_encode_error.clone(), m),
        IoError::Closed(m) => vm.value_error(m),
        IoError::Unsupported(m) => match unsupported_class(vm) {
            Ok(c) => vm.new_exception(&c, m),
            Err(e) => e,
        },
    }
}

fn file_of(vm: &Vm, v: Option<&Value>) -> PyResult<FileRef> {
    match v {
        Some(v) => with_native(vm, v, "_io._IOBase", |f: &FileRef| f.clone()),
        None => Err(vm.type_error("file method needs an argument")),
    }
}

/// The state of `f`, waiting (with the GIL released) while another thread
/// has it borrowed across a blocking system call; no user code ever runs
/// under a borrow, so only another thread can hold one.
fn borrow_state(f: &FileInner) -> std::cell::RefMut<'_, FileState> {
    loop {
        if let Ok(st) = f.state.try_borrow_mut() {
            return st;
        }
        crate::gil::allow_threads(|| std::thread::sleep(std::time::Duration::from_micros(50)));
    }
}

/// Runs `op` on the state of the file `a.pos[0]`.
fn with_state<T>(
    vm: &mut Vm,
    a: &Args,
    op: impl FnOnce(&mut FileState) -> IoResult<T>,
) -> PyResult<T> {
    let f = file_of(vm, a.get(0))?;
    let r = op(&mut borrow_state(&f));
    vm.resync_turn();
    r.map_err(|e| raise(vm, e))
}

/// CPython's wording for an operation on a closed file, which depends on
/// the layer that notices (text wrapper, buffered reader/writer).
fn closed_message(st: &FileState, op: &str) -> &'static str {
    let quiet = matches!(
        op,
        "readable" | "writable" | "seekable" | "fileno" | "isatty"
    );
    if !st.binary {
        return if quiet {
            "I/O operation on closed file"
        } else {
            "I/O operation on closed file."
        };
    }
    match op {
        "read" | "readlines" => "read of closed file",
        "readline" => "readline of closed file",
        "seek" => "seek of closed file",
        "truncate" => "truncate of closed file",
        "write" => "write to closed file",
        "flush" if st.writable => "flush of closed file",
        "tell" => "I/O operation on closed file",
        _ if quiet => "I/O operation on closed file",
        _ => "I/O operation on closed file.",
    }
}

/// Runs `op` on the state of an open file, else raises the closed-file error for `name`.
fn with_open<T>(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    op: impl FnOnce(&mut FileState) -> IoResult<T>,
) -> PyResult<T> {
    with_state(vm, a, |st| {
        if st.file.is_none() {
            return Err(IoError::Closed(closed_message(st, name)));
        }
        op(st)
    })
}

fn is_binary(vm: &mut Vm, a: &Args) -> PyResult<bool> {
    let f = file_of(vm, a.get(0))?;
    let b = borrow_state(&f).binary;
    Ok(b)
}

fn bytes_value(b: Vec<u8>) -> Value {
    Value::obj(Object::Bytes(b.into_boxed_slice()))
}

/// A size argument: `None` or negative means "all".
fn size_arg(vm: &mut Vm, v: Option<&Value>, allow_none: bool) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(Value::None) if allow_none => Ok(None),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::Instance(_) | Value::Big(_))) => {
            let n = vm.index_of(v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
        Some(v) => Err(vm.type_error(format!(
            "argument should be integer or None, not '{}'",
            vm.type_name(v)
        ))),
    }
}

// ---------------------------------------------------------------------------
// open()

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`.
pub fn open(vm: &mut Vm, a: Args) -> PyResult {
    a.only_kw(
        vm,
        "open",
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
    )?;
    if a.len() > 8 {
        return Err(vm.type_error(format!(
            "open() takes at most 8 arguments ({} given)",
            a.len() + a.kw.len()
        )));
    }
    let Some(file) = a.arg(0, "file") else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    let path = match &file {
        Value::Str(s) => s.as_str().to_string(),
        Value::Obj(o) if matches!(&**o, Object::Bytes(_)) => match &**o {
            Object::Bytes(b) => String::from_utf8_lossy(b).to_string(),
            _ => String::new(),
        },
        other => {
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(other)
            )))
        }
    };
    let mode = match a.arg(1, "mode") {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "open() argument 'mode' must be str, not {}",
                vm.type_name(&other)
            )))
        }
    };
    let str_or_none = |vm: &Vm, v: Option<Value>, what: &str| -> PyResult<Option<String>> {
        match v {
            None | Some(Value::None) => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
            Some(other) => Err(vm.type_error(format!(
                "open() argument '{}' must be str or None, not {}",
                what,
                vm.type_name(&other)
            ))),
        }
    };
    let encoding = str_or_none(vm, a.arg(3, "encoding"), "encoding")?;
    let errors = str_or_none(vm, a.arg(4, "errors"), "errors")?;
    let newline = str_or_none(vm, a.arg(5, "newline"), "newline")?;

    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return Err(
                vm.value_error(format!("invalid mode: {}", crate::vm::ops::repr_str(&mode)))
            );
        }
        seen.push(c);
    }
    let has = |c: char| mode.contains(c);
    let (creating, reading, writing, appending) = (has('x'), has('r'), has('w'), has('a'));
    let (updating, text, binary) = (has('+'), has('t'), has('b'));
    if text && binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let kinds = [creating, reading, writing, appending]
        .iter()
        .filter(|b| **b)
        .count();
    if kinds > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if kinds == 0 {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    if binary && encoding.is_some() {
        return Err(vm.value_error("binary mode doesn't take an encoding argument"));
    }
    if binary && errors.is_some() {
        return Err(vm.value_error("binary mode doesn't take an errors argument"));
    }
    if binary && newline.is_some() {
        return Err(vm.value_error("binary mode doesn't take a newline argument"));
    }
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(vm.value_error(format!("illegal newline value: {}", nl)));
        }
    }
    let enc = match encoding
        .as_deref()
        .map(|e| e.to_ascii_lowercase().replace('_', "-"))
    {
        None => Encoding::Utf8,
        Some(e) => match e.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Encoding::Utf8,
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819"
            | "latin" => Encoding::Latin1,
            "ascii" | "us-ascii" | "646" => Encoding::Ascii,
            _ => {
                let lookup = vm.types().lookup_error.clone();
                return Err(vm.new_exception(
                    &lookup,
                    format!("unknown encoding: {}", encoding.unwrap_or_default()),
                ));
            }
        },
    };
    let errs = match errors.as_deref() {
        Some("replace") => Errors::Replace,
        Some("ignore") => Errors::Ignore,
        _ => Errors::Strict,
    };

    let mut options = std::fs::OpenOptions::new();
    let readable = reading || updating;
    let writable = !reading || updating;
    options.read(readable);
    if writing {
        options.write(true).create(true).truncate(true);
    } else if appending {
        options.append(true).create(true);
    } else if creating {
        options.write(true).create_new(true);
    } else if updating {
        options.write(true);
    }
    let opened = crate::gil::allow_threads(|| {
        let mut f = options.open(&path)?;
        if f.metadata()?.is_dir() {
            return Err(std::io::Error::from_raw_os_error(21));
        }
        if appending {
            f.seek(SeekFrom::End(0))?;
        }
        Ok(f)
    });
    vm.resync_turn();
    let f = match opened {
        Ok(f) => f,
        Err(e) => return Err(os_error(vm, &e, Some(&path))),
    };

    let shown_mode = if binary {
        let plus = if updating { "+" } else { "" };
        if creating {
            format!("xb{}", plus)
        } else if appending {
            format!("ab{}", plus)
        } else if readable {
            format!("rb{}", plus)
        } else {
            "wb".to_string()
        }
    } else {
        mode.clone()
    };
    let state = FileState {
        file: Some(f),
        name: path,
        mode: shown_mode,
        encoding_name: encoding.unwrap_or_else(|| "utf-8".to_string()),
        errors_name: errors.unwrap_or_else(|| "strict".to_string()),
        encoding: enc,
        errors: errs,
        newline,
        binary,
        readable,
        writable,
        rbuf: Vec::new(),
        rpos: 0,
        eof: false,
        wbuf: Vec::new(),
    };
    let inner: FileRef = Rc::new(FileInner {
        state: RefCell::new(state),
    });
    if writable {
        register(vm, &inner);
    }
    let class = if !binary {
        text_class(vm)
    } else if updating {
        random_class(vm)
    } else if readable {
        reader_class(vm)
    } else {
        writer_class(vm)
    };
    let _ = &file;
    Ok(new_native(&class, inner))
}

// ---------------------------------------------------------------------------
// File methods.

fn file_read(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "read", 1, 2)?;
    let size = size_arg(vm, a.get(1), true)?;
    if is_binary(vm, &a)? {
        let b = with_open(vm, &a, "read", |st| st.read_bytes(size, false))?;
        return Ok(bytes_value(b));
    }
    let s = with_open(vm, &a, "read", |st| st.read_text(size, false))?;
    Ok(Value::string(s))
}

fn file_readline(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "readline", 1, 2)?;
    if is_binary(vm, &a)? {
        let size = size_arg(vm, a.get(1), true)?;
        let b = with_open(vm, &a, "readline", |st| st.read_bytes(size, true))?;
        return Ok(bytes_value(b));
    }
    let size = match a.get(1) {
        Some(Value::None) => {
            return Err(vm.type_error("'NoneType' object cannot be interpreted as an integer"))
        }
        other => size_arg(vm, other, false)?,
    };
    let s = with_open(vm, &a, "readline", |st| st.read_text(size, true))?;
    Ok(Value::string(s))
}

fn file_readlines(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "readlines", 1, 2)?;
    let hint = size_arg(vm, a.get(1), true)?.filter(|h| *h > 0);
    let binary = is_binary(vm, &a)?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let line = if binary {
            let b = with_open(vm, &a, "readlines", |st| st.read_bytes(None, true))?;
            if b.is_empty() {
                break;
            }
            total += b.len();
            bytes_value(b)
        } else {
            let s = with_open(vm, &a, "readlines", |st| st.read_text(None, true))?;
            if s.is_empty() {
                break;
            }
            total += s.chars().count();
            Value::string(s)
        };
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(lines))
}

fn file_write(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "write", 2, 2)?;
    let binary = is_binary(vm, &a)?;
    let data = a.pos[1].clone();
    if binary {
        let Value::Obj(o) = &data else {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(&data)
            )));
        };
        let Object::Bytes(b) = &**o else {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(&data)
            )));
        };
        with_open(vm, &a, "write", |st| st.write_bytes(b))?;
        return Ok(Value::Int(b.len() as i64));
    }
    let Value::Str(s) = &data else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(&data)
        )));
    };
    with_open(vm, &a, "write", |st| st.write_text(s.as_str()))?;
    Ok(Value::Int(s.char_len() as i64))
}

fn file_writelines(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "writelines", 2, 2)?;
    with_open(vm, &a, "writelines", |_| Ok(()))?;
    let it = vm.get_iter(&a.pos[1])?;
    while let Some(line) = vm.next(&it)? {
        file_write(
            vm,
            Args {
                pos: &[a.pos[0].clone(), line],
                kw: &[],
            },
        )?;
    }
    Ok(Value::None)
}

fn file_close(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "close", 1, 1)?;
    with_state(vm, &a, |st| st.close())?;
    Ok(Value::None)
}

fn file_flush(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "flush", 1, 1)?;
    with_open(vm, &a, "flush", |st| st.flush_write())?;
    Ok(Value::None)
}

fn file_seek(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "seek", 2, 3)?;
    let offset = vm.index_of(&a.pos[1])?;
    let whence = match a.get(2) {
        Some(w) => vm.index_of(w)?,
        None => 0,
    };
    let binary = is_binary(vm, &a)?;
    let target = match whence {
        0 => {
            if offset < 0 {
                return Err(vm.value_error(format!("negative seek position {}", offset)));
            }
            SeekFrom::Start(offset as u64)
        }
        1 => SeekFrom::Current(offset),
        2 => SeekFrom::End(offset),
        _ => {
            return Err(vm.value_error(format!("invalid whence ({}, should be 0, 1 or 2)", whence)))
        }
    };
    let pos = with_open(vm, &a, "seek", |st| {
        if !binary && offset != 0 {
            if whence == 1 {
                return Err(IoError::Unsupported("can't do nonzero cur-relative seeks"));
            }
            if whence == 2 {
                return Err(IoError::Unsupported("can't do nonzero end-relative seeks"));
            }
        }
        st.flush_write()?;
        let target = match target {
            // Relative to what the program has read, not to the read-ahead.
            SeekFrom::Current(off) => {
                SeekFrom::Start((st.tell()? as i64).saturating_add(off).max(0) as u64)
            }
            t => t,
        };
        st.rbuf.clear();
        st.rpos = 0;
        st.eof = false;
        let file = st.file()?;
        Ok(crate::gil::allow_threads(|| file.seek(target))?)
    })?;
    Ok(Value::Int(pos as i64))
}

fn file_tell(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "tell", 1, 1)?;
    let pos = with_open(vm, &a, "tell", |st| st.tell())?;
    Ok(Value::Int(pos as i64))
}

fn file_truncate(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "truncate", 1, 2)?;
    let size = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.index_of(v)?.max(0) as u64),
    };
    let n = with_open(vm, &a, "truncate", |st| {
        if !st.writable {
            return Err(IoError::Unsupported(if st.binary {
                "truncate"
            } else {
                "not writable"
            }));
        }
        let size = match size {
            Some(s) => s,
            None => st.tell()?,
        };
        st.flush_write()?;
        let file = st.file()?;
        crate::gil::allow_threads(|| file.set_len(size))?;
        Ok(size)
    })?;
    Ok(Value::Int(n as i64))
}

fn open_flag(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    get: impl FnOnce(&mut FileState) -> bool,
) -> PyResult {
    let b = with_open(vm, a, name, |st| Ok(get(st)))?;
    Ok(Value::Bool(b))
}

/// `readable()`/`writable()`: a closed file answers False without complaint
/// when the answer is False anyway (CPython asks the mode first).
fn mode_flag(vm: &mut Vm, a: &Args, name: &str, get: fn(&FileState) -> bool) -> PyResult {
    let b = with_state(vm, a, |st| {
        if !get(st) {
            return Ok(false);
        }
        if st.file.is_none() {
            return Err(IoError::Closed(closed_message(st, name)));
        }
        Ok(true)
    })?;
    Ok(Value::Bool(b))
}

fn file_readable(vm: &mut Vm, a: Args) -> PyResult {
    mode_flag(vm, &a, "readable", |st| st.readable)
}

fn file_writable(vm: &mut Vm, a: Args) -> PyResult {
    mode_flag(vm, &a, "writable", |st| st.writable)
}

fn file_seekable(vm: &mut Vm, a: Args) -> PyResult {
    open_flag(vm, &a, "seekable", |st| match st.file.as_mut() {
        Some(f) => f.stream_position().is_ok(),
        None => false,
    })
}

fn file_fileno(vm: &mut Vm, a: Args) -> PyResult {
    use std::os::fd::AsRawFd;
    let fd = with_open(vm, &a, "fileno", |st| {
        Ok(st.file.as_ref().map(|f| f.as_raw_fd()).unwrap_or(-1))
    })?;
    Ok(Value::Int(fd as i64))
}

fn file_isatty(vm: &mut Vm, a: Args) -> PyResult {
    use std::io::IsTerminal;
    open_flag(vm, &a, "isatty", |st| {
        st.file.as_ref().is_some_and(|f| f.is_terminal())
    })
}

fn file_enter(vm: &mut Vm, a: Args) -> PyResult {
    with_open(vm, &a, "__enter__", |_| Ok(()))?;
    Ok(a.pos[0].clone())
}

fn file_exit(vm: &mut Vm, a: Args) -> PyResult {
    with_state(vm, &a, |st| st.close())?;
    Ok(Value::None)
}

fn file_iter(vm: &mut Vm, a: Args) -> PyResult {
    with_open(vm, &a, "__iter__", |_| Ok(()))?;
    Ok(a.pos[0].clone())
}

fn file_next(vm: &mut Vm, a: Args) -> PyResult {
    let binary = is_binary(vm, &a)?;
    let line = if binary {
        let b = with_open(vm, &a, "__next__", |st| st.read_bytes(None, true))?;
        if b.is_empty() {
            return Err(vm.stop_iteration(Value::None));
        }
        bytes_value(b)
    } else {
        let s = with_open(vm, &a, "__next__", |st| st.read_text(None, true))?;
        if s.is_empty() {
            return Err(vm.stop_iteration(Value::None));
        }
        Value::string(s)
    };
    Ok(line)
}

fn state_str(vm: &mut Vm, a: &Args, get: impl FnOnce(&FileState) -> String) -> PyResult {
    let f = file_of(vm, a.get(0))?;
    let s = get(&borrow_state(&f));
    Ok(Value::string(s))
}

fn file_repr(vm: &mut Vm, a: Args) -> PyResult {
    let class = vm.class_of(&a.pos[0]).name();
    state_str(vm, &a, |st| {
        let name = crate::vm::ops::repr_str(&st.name);
        if st.binary {
            format!("<_io.{} name={}>", class, name)
        } else {
            format!(
                "<_io.{} name={} mode={} encoding={}>",
                class,
                name,
                crate::vm::ops::repr_str(&st.mode),
                crate::vm::ops::repr_str(&st.encoding_name)
            )
        }
    })
}

fn file_closed(vm: &mut Vm, a: Args) -> PyResult {
    let f = file_of(vm, a.get(0))?;
    let closed = borrow_state(&f).file.is_none();
    Ok(Value::Bool(closed))
}

fn file_name(vm: &mut Vm, a: Args) -> PyResult {
    state_str(vm, &a, |st| st.name.clone())
}

fn file_mode(vm: &mut Vm, a: Args) -> PyResult {
    state_str(vm, &a, |st| st.mode.clone())
}

fn file_encoding(vm: &mut Vm, a: Args) -> PyResult {
    state_str(vm, &a, |st| st.encoding_name.clone())
}

fn file_errors(vm: &mut Vm, a: Args) -> PyResult {
    state_str(vm, &a, |st| st.errors_name.clone())
}

// ---------------------------------------------------------------------------
// The `io` module.

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::new_module("io");
    d.set_str("open", super::func("open", open));
    d.set_str("TextIOWrapper", Value::Class(text_class(vm)));
    d.set_str("BufferedReader", Value::Class(reader_class(vm)));
    d.set_str("BufferedWriter", Value::Class(writer_class(vm)));
    d.set_str("BufferedRandom", Value::Class(random_class(vm)));
    d.set_str("UnsupportedOperation", Value::Class(unsupported_class(vm)?));
    d.set_str("DEFAULT_BUFFER_SIZE", Value::Int(WRITE_CHUNK as i64));
    d.set_str("SEEK_SET", Value::Int(0));
    d.set_str("SEEK_CUR", Value::Int(1));
    d.set_str("SEEK_END", Value::Int(2));
    Ok(m)
}
