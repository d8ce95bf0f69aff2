//! Exception objects and CPython-format tracebacks.

use std::rc::Rc;

use super::{PyResult, Vm};
use crate::objects::class::TracebackEntry;
use crate::objects::{Class, Instance, Value};

impl Vm {
    /// An exception instance of `class` with `args`.
    pub fn new_exception_args(&self, class: &Rc<Class>, args: Vec<Value>) -> Value {
        let inst = Instance::new(class.clone());
        inst.dict.set_str("args", Value::tuple(args));
        Value::Instance(Rc::new(inst))
    }

    /// An exception instance of `class` with one message argument.
    pub fn new_exception(&self, class: &Rc<Class>, msg: impl Into<String>) -> Value {
        self.new_exception_args(class, vec![Value::string(msg.into())])
    }

    pub fn type_error(&self, msg: impl Into<String>) -> Value {
        self.new_exception(&self.types().type_error, msg)
    }
    pub fn value_error(&self, msg: impl Into<String>) -> Value {
        self.new_exception(&self.types().value_error, msg)
    }
    pub fn index_error(&self, msg: impl Into<String>) -> Value {
        self.new_exception(&self.types().index_error, msg)
    }
    pub fn key_error(&self, key: Value) -> Value {
        self.new_exception_args(&self.types().key_error, vec![key])
    }
    pub fn attribute_error(&self, msg: impl Into<String>) -> Value {
        self.new_exception(&self.types().attribute_error, msg)
    }
    pub fn name_error(&self, name: &str) -> Value {
        let e = self.new_exception(
            &self.types().name_error,
            format!("name '{}' is not defined", name),
        );
        if let Value::Instance(i) = &e {
            i.dict.set_str("name", Value::str(name));
        }
        e
    }
    pub fn zero_division(&self, msg: &str) -> Value {
        self.new_exception(&self.types().zero_division_error, msg)
    }
    pub fn overflow_error(&self, msg: impl Into<String>) -> Value {
        self.new_exception(&self.types().overflow_error, msg)
    }
    pub fn runtime_error(&self, msg: impl Into<String>) -> Value {
        self.new_exception(&self.types().runtime_error, msg)
    }
    pub fn os_error(
        &self,
        class: &Rc<Class>,
        errno: i32,
        msg: &str,
        filename: Option<&str>,
    ) -> Value {
        let mut args = vec![Value::Int(errno as i64), Value::str(msg)];
        if let Some(f) = filename {
            args.push(Value::str(f));
        }
        let e = self.new_exception_args(class, args[..2].to_vec());
        if let Value::Instance(i) = &e {
            i.dict.set_str("errno", Value::Int(errno as i64));
            i.dict.set_str("strerror", Value::str(msg));
            i.dict
                .set_str("filename", filename.map(Value::str).unwrap_or(Value::None));
        }
        e
    }

    /// `StopIteration(value)`.
    pub fn stop_iteration(&self, value: Value) -> Value {
        let e = if value.is_none() {
            self.new_exception_args(&self.types().stop_iteration, vec![])
        } else {
            self.new_exception_args(&self.types().stop_iteration, vec![value.clone()])
        };
        if let Value::Instance(i) = &e {
            i.dict.set_str("value", value);
        }
        e
    }

    /// True if `exc` is an instance of `class` (or a subclass).
    pub fn exc_matches(&self, exc: &Value, class: &Rc<Class>) -> bool {
        match exc {
            Value::Instance(i) => i.class().is_subclass(class),
            _ => false,
        }
    }

    /// Records that `exc` passed through a frame at this line.
    pub fn add_traceback(&self, exc: &Value, filename: &Rc<str>, name: &Rc<str>, line: u32) {
        if let Value::Instance(i) = exc {
            i.traceback.borrow_mut().push(TracebackEntry {
                filename: filename.clone(),
                name: name.clone(),
                line,
            });
        }
    }

    pub fn exc_args(&self, exc: &Value) -> Vec<Value> {
        if let Value::Instance(i) = exc {
            if let Some(Value::Tuple(t)) = i.dict.get_str("args") {
                return t.items.to_vec();
            }
        }
        Vec::new()
    }

    /// `str(exc)` as BaseException defines it.
    pub fn exception_str(&mut self, exc: &Value) -> PyResult<String> {
        let class = self.class_of(exc);
        let args = self.exc_args(exc);
        if class.is_subclass(&self.types().key_error.clone()) && args.len() == 1 {
            return self.repr(&args[0]);
        }
        if (2..=5).contains(&args.len()) && class.is_subclass(&self.types().os_error.clone()) {
            return self.os_error_str(exc, &args);
        }
        match args.len() {
            0 => Ok(String::new()),
            1 => self.str(&args[0]),
            _ => self.repr(&Value::tuple(args)),
        }
    }

    /// `str(OSError(errno, strerror[, filename]))`: `[Errno 2] text: 'file'`.
    #[cold]
    fn os_error_str(&mut self, exc: &Value, args: &[Value]) -> PyResult<String> {
        let filename = match exc {
            Value::Instance(i) => i.dict.get_str("filename"),
            _ => None,
        };
        let filename = filename
            .or_else(|| args.get(2).cloned())
            .unwrap_or(Value::None);
        let (errno, text) = (self.str(&args[0])?, self.str(&args[1])?);
        let filename2 = match exc {
            Value::Instance(i) => i.dict.get_str("filename2"),
            _ => None,
        };
        if let (false, Some(f2)) = (filename.is_none(), filename2.filter(|f| !f.is_none())) {
            return Ok(format!(
                "[Errno {}] {}: {} -> {}",
                errno,
                text,
                self.repr(&filename)?,
                self.repr(&f2)?
            ));
        }
        if filename.is_none() {
            Ok(format!("[Errno {}] {}", errno, text))
        } else {
            Ok(format!(
                "[Errno {}] {}: {}",
                errno,
                text,
                self.repr(&filename)?
            ))
        }
    }

    /// The last line of a traceback: `Type: message`.
    pub fn format_exception_only(&mut self, exc: &Value) -> String {
        let class = self.class_of(exc);
        let mut name = class.qualname.borrow().clone();
        if let Some(Value::Str(m)) = class.dict.get_str("__module__") {
            let m = m.as_str();
            if m != "builtins" && m != "__main__" {
                name = format!("{}.{}", m, name);
            }
        }
        let msg = match self.str(exc) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if msg.is_empty() {
            name
        } else {
            format!("{}: {}", name, msg)
        }
    }

    /// The full report for an uncaught exception, chained exceptions first.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        let mut seen: Vec<usize> = Vec::new();
        self.format_chain(exc, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, exc: &Value, out: &mut String, seen: &mut Vec<usize>) {
        let id = exc.ptr().unwrap_or(0);
        if seen.contains(&id) {
            return;
        }
        seen.push(id);
        if let Value::Instance(i) = exc {
            let cause = i.dict.get_str("__cause__").unwrap_or(Value::None);
            let context = i.dict.get_str("__context__").unwrap_or(Value::None);
            let suppress = matches!(
                i.dict.get_str("__suppress_context__"),
                Some(Value::Bool(true))
            );
            if !cause.is_none() {
                self.format_chain(&cause, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if !context.is_none() && !suppress {
                self.format_chain(&context, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
            let tb = i.traceback.borrow().clone();
            if !tb.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                for entry in tb.iter().rev() {
                    out.push_str(&format!(
                        "  File \"{}\", line {}, in {}\n",
                        entry.filename, entry.line, entry.name
                    ));
                    if let Some(line) = self.source_line(&entry.filename, entry.line) {
                        out.push_str(&format!("    {}\n", line.trim()));
                    }
                }
            }
            if i.class().is_subclass(&self.types().syntax_error.clone()) {
                out.push_str(&self.format_syntax_error_location(i));
            }
        }
        out.push_str(&self.format_exception_only(exc));
        out.push('\n');
    }

    fn format_syntax_error_location(&mut self, i: &Instance) -> String {
        let filename = i.dict.get_str("filename").unwrap_or(Value::None);
        let lineno = i.dict.get_str("lineno").unwrap_or(Value::None);
        let text = i.dict.get_str("text").unwrap_or(Value::None);
        let offset = i.dict.get_str("offset").unwrap_or(Value::None);
        let mut out = String::new();
        if let (Value::Str(f), Value::Int(n)) = (&filename, &lineno) {
            out.push_str(&format!("  File \"{}\", line {}\n", f.as_str(), n));
        }
        if let Value::Str(t) = &text {
            let line = t.as_str().trim_end_matches(['\n', '\r']);
            let stripped = line.trim_start();
            let removed = line.chars().count() - stripped.chars().count();
            out.push_str(&format!("    {}\n", stripped));
            if let Value::Int(off) = offset {
                let col = (off as usize).saturating_sub(1).saturating_sub(removed);
                let col = col.min(stripped.chars().count());
                let width = match i.dict.get_str("end_offset") {
                    Some(Value::Int(end)) if end > off => (end - off) as usize,
                    _ => 1,
                };
                let width = width
                    .min(stripped.chars().count().saturating_sub(col))
                    .max(1);
                out.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width)));
            }
        }
        out
    }

    /// Line `n` of a file gilt has loaded.
    pub fn source_line(&self, filename: &str, n: u32) -> Option<String> {
        let sources = self.interp.sources.borrow();
        let src = sources.get(filename)?;
        src.lines()
            .nth((n as usize).checked_sub(1)?)
            .map(|s| s.to_string())
    }

    /// Prints an uncaught exception's traceback to stderr.
    pub fn print_exception(&mut self, exc: &Value) {
        let text = self.format_exception(exc);
        self.interp.flush_stdout();
        self.interp.write_stderr(&text);
    }
}
