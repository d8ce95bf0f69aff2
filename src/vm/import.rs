//! The import system: `sys.modules`, then `NAME.script` next to the
//! importing file, then the built-in modules (native ones written in Rust,
//! and embedded ones written in gilt and compiled on first import).

use std::path::{Path, PathBuf};
use std::rc::Rc;

use super::{PyResult, Vm};
use crate::bytecode::Code;
use crate::objects::{DictObj, Module, Object, Value};

impl Vm {
    /// `import a.b`: imports every prefix and returns the top module `a`.
    pub fn import_top(&mut self, name: &str) -> PyResult<Value> {
        let m = self.import_module(name)?;
        match name.split_once('.') {
            Some((top, _)) => self.import_module(top),
            None => Ok(m),
        }
    }

    /// The module `name` itself (`import a.b as c`, `from a.b import x`).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.interp.modules.get_str(name) {
            return Ok(m);
        }
        if let Some((parent, child)) = name.rsplit_once('.') {
            let p = self.import_module(parent)?;
            let attr = self.intern(child);
            if let Ok(m @ Value::Obj(_)) = self.get_attr(&p, &attr) {
                if matches!(&m, Value::Obj(o) if matches!(&**o, Object::Module(_))) {
                    return Ok(m);
                }
            }
            return Err(self.module_not_found(
                format!("No module named '{}'; '{}' is not a package", name, parent),
                name,
            ));
        }
        let dir = self.importer_dir();
        let path = dir.join(format!("{}.script", name));
        if path.is_file() {
            let shown = std::fs::canonicalize(&path).unwrap_or(path);
            return self.load_file_module(name, &shown);
        }
        if let Some(init) = crate::modules::native(name) {
            let m = init(self)?;
            // Keyed by the interned names code uses, so an attribute hint
            // (`Vm::get_attr_at`) is checked by identity.
            if let Value::Obj(o) = &m {
                if let Object::Module(md) = &**o {
                    md.dict.intern_keys(&|s| self.interp.intern(s));
                }
            }
            self.interp.modules.set_str(name, m.clone());
            return Ok(m);
        }
        if let Some(src) = crate::modules::embedded(name) {
            let filename = format!("<gilt:{}>", name);
            return self.load_source_module(name, &filename, src);
        }
        Err(self.module_not_found(format!("No module named '{}'", name), name))
    }

    fn module_not_found(&self, msg: String, name: &str) -> Value {
        let e = self.new_exception(&self.types().module_not_found_error, msg);
        if let Value::Instance(i) = &e {
            i.dict.set_str("name", Value::str(name));
        }
        e
    }

    /// The directory of the file whose code is running (the main script's
    /// directory for `-c`, stdin and the REPL).
    fn importer_dir(&self) -> PathBuf {
        for f in self.frames.iter().rev() {
            let file = &*f.code.filename;
            if file.starts_with('<') {
                continue;
            }
            if let Some(parent) = Path::new(file).parent() {
                if parent.as_os_str().is_empty() {
                    return PathBuf::from(".");
                }
                return parent.to_path_buf();
            }
        }
        self.interp.main_dir.borrow().clone()
    }

    fn load_file_module(&mut self, name: &str, path: &Path) -> PyResult<Value> {
        let filename = path.to_string_lossy().to_string();
        let src = match std::fs::read_to_string(path) {
            Ok(s) => s,
            Err(e) => {
                return Err(self.import_error(format!("cannot read {}: {}", filename, e)));
            }
        };
        self.load_source_module(name, &filename, &src)
    }

    fn import_error(&self, msg: String) -> Value {
        self.new_exception(&self.types().import_error, msg)
    }

    /// Compiles and runs `src` as module `name`, registered in
    /// `sys.modules` first so that circular imports see it.
    pub fn load_source_module(&mut self, name: &str, filename: &str, src: &str) -> PyResult<Value> {
        let code = self.compile_source(src, filename, false)?;
        let dict = Rc::new(DictObj::new());
        dict.set_str("__name__", Value::str(name));
        dict.set_str("__file__", Value::str(filename));
        self.interp.gc.borrow_mut().track_dict(&dict);
        dict.set_str("__doc__", code.docstring.clone());
        let m = Value::obj(Object::Module(Module {
            name: name.to_string(),
            dict: dict.clone(),
        }));
        self.interp.modules.set_str(name, m.clone());
        if let Err(e) = self.run_module_code(code, dict) {
            let key = Value::str(name);
            let _ = self.dict_remove(&self.interp.modules.clone(), &key);
            return Err(e);
        }
        Ok(self.interp.modules.get_str(name).unwrap_or(m))
    }

    /// Parses and compiles `src`; errors become SyntaxError instances.
    pub fn compile_source(
        &mut self,
        src: &str,
        filename: &str,
        interactive: bool,
    ) -> PyResult<Rc<Code>> {
        self.interp
            .sources
            .borrow_mut()
            .insert(filename.to_string(), Rc::from(src));
        let body = match crate::syntax::parse_module(src) {
            Ok(b) => b,
            Err(e) => {
                let class = match e.kind {
                    crate::syntax::SyntaxErrorKind::Syntax => self.types().syntax_error.clone(),
                    crate::syntax::SyntaxErrorKind::Indentation => {
                        self.types().indentation_error.clone()
                    }
                    crate::syntax::SyntaxErrorKind::Tab => self.types().tab_error.clone(),
                };
                let exc = self.syntax_error_at(&class, &e.msg, src, filename, e.offset, None);
                if e.incomplete {
                    if let Value::Instance(i) = &exc {
                        i.dict.set_str("_incomplete", Value::Bool(true));
                    }
                }
                return Err(exc);
            }
        };
        let interp = self.interp.clone();
        let mut intern = |s: &str| interp.intern(s);
        let result = crate::compile::compile_module(&body, src, filename, interactive, &mut intern);
        drop(body);
        match result {
            Ok(code) => Ok(Rc::new(code)),
            Err(e) => {
                let class = if e.recursion {
                    self.types().recursion_error.clone()
                } else {
                    self.types().syntax_error.clone()
                };
                Err(self.syntax_error_at(
                    &class,
                    &e.msg,
                    src,
                    filename,
                    e.span.start as usize,
                    Some(e.span.end as usize),
                ))
            }
        }
    }

    /// A SyntaxError for byte `offset` of `src`, with CPython's attributes.
    pub fn syntax_error_at(
        &self,
        class: &Rc<crate::objects::Class>,
        msg: &str,
        src: &str,
        filename: &str,
        offset: usize,
        end: Option<usize>,
    ) -> Value {
        let offset = offset.min(src.len());
        let offset = (0..=offset)
            .rev()
            .find(|i| src.is_char_boundary(*i))
            .unwrap_or(0);
        let line_start = src[..offset].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let line_end = src[offset..]
            .find('\n')
            .map(|i| i + offset)
            .unwrap_or(src.len());
        let lineno = src[..offset].matches('\n').count() + 1;
        let col = src[line_start..offset].chars().count() + 1;
        let text = &src[line_start..line_end];
        let exc = self.new_exception(class, msg);
        if let Value::Instance(i) = &exc {
            i.dict.set_str("msg", Value::str(msg));
            i.dict.set_str("filename", Value::str(filename));
            i.dict.set_str("lineno", Value::Int(lineno as i64));
            i.dict.set_str("offset", Value::Int(col as i64));
            i.dict.set_str("text", Value::string(format!("{}\n", text)));
            // The caret range, on the error's line only (CPython's end_offset).
            let end = end.unwrap_or(offset).clamp(offset, line_end);
            let end = (offset..=end)
                .rev()
                .find(|i| src.is_char_boundary(*i))
                .unwrap_or(offset);
            let end_col = col + src[offset..end].chars().count();
            i.dict.set_str("end_lineno", Value::Int(lineno as i64));
            i.dict
                .set_str("end_offset", Value::Int(end_col.max(col + 1) as i64));
        }
        exc
    }

    /// `from m import name`.
    pub fn import_from(&mut self, m: &Value, name: &Value) -> PyResult<Value> {
        match self.get_attr(m, name) {
            Ok(v) => Ok(v),
            Err(e) => {
                if !self.exc_matches(&e, &self.types().attribute_error.clone()) {
                    return Err(e);
                }
                let n = name.as_str().unwrap_or("");
                if let Value::Obj(o) = m {
                    if let Object::Module(md) = &**o {
                        let sub = format!("{}.{}", md.name, n);
                        if let Some(v) = self.interp.modules.get_str(&sub) {
                            return Ok(v);
                        }
                        let file = md.dict.get_str("__file__");
                        let loc = match file {
                            Some(Value::Str(f)) => format!(" ({})", f.as_str()),
                            _ => " (unknown location)".to_string(),
                        };
                        let err = self.import_error(format!(
                            "cannot import name '{}' from '{}'{}",
                            n, md.name, loc
                        ));
                        if let Value::Instance(i) = &err {
                            i.dict.set_str("name", Value::str(&md.name));
                        }
                        return Err(err);
                    }
                }
                Err(self.import_error(format!("cannot import name '{}'", n)))
            }
        }
    }

    /// `from m import *` into `ns`.
    pub fn import_star(&mut self, m: &Value, ns: &DictObj) -> PyResult<()> {
        let Value::Obj(o) = m else { return Ok(()) };
        let Object::Module(md) = &**o else {
            return Ok(());
        };
        if let Some(all) = md.dict.get_str("__all__") {
            for k in self.iterate(&all)? {
                let v = self.get_attr(m, &k)?;
                self.dict_set(ns, k, v)?;
            }
            return Ok(());
        }
        let items = md.dict.table.borrow().items();
        for (k, v) in items {
            if k.as_str().is_some_and(|s| !s.starts_with('_')) {
                self.dict_set(ns, k, v)?;
            }
        }
        Ok(())
    }
}
