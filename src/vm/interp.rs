//! The interpreter shared by all threads: built-in types, interned names,
//! loaded modules, sources for tracebacks. Owned by the GIL holder.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::path::PathBuf;
use std::rc::Rc;

use crate::objects::{BuiltinKind, Class, DictObj, Object, Value};

macro_rules! types_struct {
    ($($field:ident : $name:literal = $kind:ident),* $(,)?) => {
        /// The built-in classes.
        pub struct Types {
            $(pub $field: Rc<Class>,)*
            /// Every exception class by name.
            pub exceptions: HashMap<&'static str, Rc<Class>>,
            /// The classes of the built-in iterators by name (`list_iterator` …),
            /// subclasses of `iterator`, which holds their methods.
            pub iterators: HashMap<&'static str, Rc<Class>>,
        }

        impl Types {
            fn new_core(object: &Rc<Class>) -> Vec<(&'static str, Rc<Class>)> {
                vec![$(($name, builtin_class($name, BuiltinKind::$kind, object)),)*]
            }

            /// Every built-in class.
            fn each(&self) -> impl Iterator<Item = &Rc<Class>> {
                [$(&self.$field,)*]
                    .into_iter()
                    .chain(self.exceptions.values())
                    .chain(self.iterators.values())
            }
        }
    };
}

types_struct! {
    object: "object" = Object,
    type_: "type" = Type,
    none_type: "NoneType" = NoneType,
    bool_: "bool" = Bool,
    int: "int" = Int,
    float: "float" = Float,
    str_: "str" = Str,
    bytes: "bytes" = Bytes,
    tuple: "tuple" = Tuple,
    list: "list" = List,
    dict: "dict" = Dict,
    set: "set" = Set,
    frozenset: "frozenset" = FrozenSet,
    range: "range" = Range,
    slice: "slice" = Slice,
    function: "function" = Function,
    builtin_function: "builtin_function_or_method" = BuiltinFunction,
    method: "method" = Method,
    module: "module" = Module,
    generator: "generator" = Generator,
    cell: "cell" = Cell,
    code: "code" = Code,
    iterator: "iterator" = Iterator,
    property: "property" = Property,
    staticmethod: "staticmethod" = StaticMethod,
    classmethod: "classmethod" = ClassMethod,
    super_: "super" = Super,
    dict_view: "dict_keys" = DictView,
    not_implemented_type: "NotImplementedType" = NotImplemented,
    ellipsis_type: "ellipsis" = Ellipsis,
    base_exception: "BaseException" = BaseException,
    exception: "Exception" = BaseException,
    type_error: "TypeError" = BaseException,
    value_error: "ValueError" = BaseException,
    name_error: "NameError" = BaseException,
    unbound_local_error: "UnboundLocalError" = BaseException,
    attribute_error: "AttributeError" = BaseException,
    index_error: "IndexError" = BaseException,
    key_error: "KeyError" = BaseException,
    zero_division_error: "ZeroDivisionError" = BaseException,
    overflow_error: "OverflowError" = BaseException,
    stop_iteration: "StopIteration" = BaseException,
    runtime_error: "RuntimeError" = BaseException,
    recursion_error: "RecursionError" = BaseException,
    not_implemented_error: "NotImplementedError" = BaseException,
    assertion_error: "AssertionError" = BaseException,
    import_error: "ImportError" = BaseException,
    module_not_found_error: "ModuleNotFoundError" = BaseException,
    os_error: "OSError" = BaseException,
    file_not_found_error: "FileNotFoundError" = BaseException,
    timeout_error: "TimeoutError" = BaseException,
    memory_error: "MemoryError" = BaseException,
    syntax_error: "SyntaxError" = BaseException,
    indentation_error: "IndentationError" = BaseException,
    tab_error: "TabError" = BaseException,
    system_exit: "SystemExit" = BaseException,
    keyboard_interrupt: "KeyboardInterrupt" = BaseException,
    generator_exit: "GeneratorExit" = BaseException,
    arithmetic_error: "ArithmeticError" = BaseException,
    lookup_error: "LookupError" = BaseException,
    stop_async_iteration: "StopAsyncIteration" = BaseException,
    eof_error: "EOFError" = BaseException,
    unicode_error: "UnicodeError" = BaseException,
    unicode_decode_error: "UnicodeDecodeError" = BaseException,
    unicode_encode_error: "UnicodeEncodeError" = BaseException,
    permission_error: "PermissionError" = BaseException,
    file_exists_error: "FileExistsError" = BaseException,
    is_a_directory_error: "IsADirectoryError" = BaseException,
    not_a_directory_error: "NotADirectoryError" = BaseException,
    interrupted_error: "InterruptedError" = BaseException,
    broken_pipe_error: "BrokenPipeError" = BaseException,
    connection_error: "ConnectionError" = BaseException,
    child_process_error: "ChildProcessError" = BaseException,
    process_lookup_error: "ProcessLookupError" = BaseException,
    buffer_error: "BufferError" = BaseException,
    reference_error: "ReferenceError" = BaseException,
    floating_point_error: "FloatingPointError" = BaseException,
    warning: "Warning" = BaseException,
    deprecation_warning: "DeprecationWarning" = BaseException,
    runtime_warning: "RuntimeWarning" = BaseException,
    user_warning: "UserWarning" = BaseException,
}

const ITERATOR_NAMES: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "bytes_iterator",
    "range_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "list_reverseiterator",
    "reversed",
    "enumerate",
    "zip",
    "map",
    "filter",
    "callable_iterator",
];

/// The exception hierarchy: (class, base).
const EXCEPTION_BASES: &[(&str, &str)] = &[
    ("Exception", "BaseException"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("FloatingPointError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("InterruptedError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ChildProcessError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

fn builtin_class(name: &str, kind: BuiltinKind, object: &Rc<Class>) -> Rc<Class> {
    if name == "object" {
        return object.clone();
    }
    let c = Class::new(name, vec![object.clone()], kind, false);
    *c.mro.borrow_mut() = vec![object.clone()];
    c.dict.set_str("__module__", Value::str("builtins"));
    Rc::new(c)
}

impl Types {
    fn new() -> Types {
        let object = Rc::new(Class::new("object", vec![], BuiltinKind::Object, false));
        let all = Types::new_core(&object);
        let by_name: HashMap<&'static str, Rc<Class>> = all.iter().cloned().collect();
        // Re-parent: bool derives from int; exceptions per the hierarchy.
        let set_base = |name: &str, base: &str| {
            let c = &by_name[name];
            let b = by_name[base].clone();
            let mut mro = vec![b.clone()];
            mro.extend(b.mro.borrow().iter().cloned());
            *c.bases.borrow_mut() = vec![b];
            *c.mro.borrow_mut() = mro;
        };
        set_base("bool", "int");
        for (name, base) in EXCEPTION_BASES {
            set_base(name, base);
        }
        let mut exceptions = HashMap::new();
        exceptions.insert("BaseException", by_name["BaseException"].clone());
        for (name, _) in EXCEPTION_BASES {
            exceptions.insert(*name, by_name[name].clone());
        }
        let mut iterators = HashMap::new();
        for name in ITERATOR_NAMES {
            let base = by_name["iterator"].clone();
            let c = Class::new(name, vec![base.clone()], BuiltinKind::Iterator, false);
            *c.mro.borrow_mut() = vec![base, object.clone()];
            iterators.insert(*name, Rc::new(c));
        }
        let get = |n: &str| by_name[n].clone();
        macro_rules! build {
            ($($field:ident : $name:literal),* $(,)?) => {
                Types { $($field: get($name),)* exceptions, iterators }
            };
        }
        build! {
            object: "object", type_: "type", none_type: "NoneType", bool_: "bool", int: "int",
            float: "float", str_: "str", bytes: "bytes", tuple: "tuple", list: "list", dict: "dict",
            set: "set", frozenset: "frozenset", range: "range", slice: "slice", function: "function",
            builtin_function: "builtin_function_or_method", method: "method", module: "module",
            generator: "generator", cell: "cell", code: "code", iterator: "iterator",
            property: "property", staticmethod: "staticmethod", classmethod: "classmethod",
            super_: "super", dict_view: "dict_keys", not_implemented_type: "NotImplementedType",
            ellipsis_type: "ellipsis", base_exception: "BaseException", exception: "Exception",
            type_error: "TypeError", value_error: "ValueError", name_error: "NameError",
            unbound_local_error: "UnboundLocalError", attribute_error: "AttributeError",
            index_error: "IndexError", key_error: "KeyError", zero_division_error: "ZeroDivisionError",
            overflow_error: "OverflowError", stop_iteration: "StopIteration", runtime_error: "RuntimeError",
            recursion_error: "RecursionError", not_implemented_error: "NotImplementedError",
            assertion_error: "AssertionError", import_error: "ImportError",
            module_not_found_error: "ModuleNotFoundError", os_error: "OSError",
            file_not_found_error: "FileNotFoundError", timeout_error: "TimeoutError",
            memory_error: "MemoryError", syntax_error: "SyntaxError",
            indentation_error: "IndentationError", tab_error: "TabError", system_exit: "SystemExit",
            keyboard_interrupt: "KeyboardInterrupt", generator_exit: "GeneratorExit",
            arithmetic_error: "ArithmeticError", lookup_error: "LookupError",
            stop_async_iteration: "StopAsyncIteration", eof_error: "EOFError",
            unicode_error: "UnicodeError", unicode_decode_error: "UnicodeDecodeError",
            unicode_encode_error: "UnicodeEncodeError", permission_error: "PermissionError",
            file_exists_error: "FileExistsError", is_a_directory_error: "IsADirectoryError",
            not_a_directory_error: "NotADirectoryError", interrupted_error: "InterruptedError",
            broken_pipe_error: "BrokenPipeError", connection_error: "ConnectionError",
            child_process_error: "ChildProcessError", process_lookup_error: "ProcessLookupError",
            buffer_error: "BufferError", reference_error: "ReferenceError",
            floating_point_error: "FloatingPointError", warning: "Warning",
            deprecation_warning: "DeprecationWarning", runtime_warning: "RuntimeWarning",
            user_warning: "UserWarning",
        }
    }

    /// The class of a built-in iterator, named as CPython names it.
    fn iterator_class(&self, st: &crate::objects::IterState) -> Rc<Class> {
        use crate::objects::IterState as S;
        let name = match st {
            S::Seq {
                seq: Value::List(_),
                ..
            } => "list_iterator",
            S::Seq {
                seq: Value::Tuple(_),
                ..
            } => "tuple_iterator",
            S::Seq { .. } => "bytes_iterator",
            S::Range { .. } => "range_iterator",
            S::Str { s, .. } => {
                if s.is_ascii() {
                    "str_ascii_iterator"
                } else {
                    "str_iterator"
                }
            }
            S::DictKeys { .. } => "dict_keyiterator",
            S::DictValues { .. } => "dict_valueiterator",
            S::DictItems { .. } => "dict_itemiterator",
            S::Set { .. } => "set_iterator",
            S::Reversed {
                seq: Value::List(_),
                ..
            } => "list_reverseiterator",
            S::Reversed { .. } => "reversed",
            S::Enumerate { .. } => "enumerate",
            S::Zip { .. } => "zip",
            S::Map { .. } => "map",
            S::Filter { .. } => "filter",
            S::Callable { .. } => "callable_iterator",
            S::GetItem { .. } | S::Done => return self.iterator.clone(),
        };
        self.iterators
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.iterator.clone())
    }

    /// `type(v)`.
    pub fn class_of(&self, v: &Value) -> Rc<Class> {
        match v {
            Value::Null | Value::None => self.none_type.clone(),
            Value::Bool(_) => self.bool_.clone(),
            Value::Int(_) | Value::Big(_) => self.int.clone(),
            Value::Float(_) => self.float.clone(),
            Value::Str(_) => self.str_.clone(),
            Value::Tuple(_) => self.tuple.clone(),
            Value::List(_) => self.list.clone(),
            Value::Dict(_) => self.dict.clone(),
            Value::Set(s) => {
                if s.frozen {
                    self.frozenset.clone()
                } else {
                    self.set.clone()
                }
            }
            Value::Function(_) => self.function.clone(),
            Value::Builtin(_) | Value::NativeMethod(_) => self.builtin_function.clone(),
            Value::Method(_) => self.method.clone(),
            Value::Class(_) => self.type_.clone(),
            Value::Instance(i) => i.class(),
            Value::Obj(o) => match &**o {
                Object::Module(_) => self.module.clone(),
                Object::Range(_) => self.range.clone(),
                Object::Slice(_) => self.slice.clone(),
                Object::Cell(_) => self.cell.clone(),
                Object::Code(_) => self.code.clone(),
                Object::Generator(_) => self.generator.clone(),
                Object::Iter(st) => self.iterator_class(&st.borrow()),
                Object::Property(_) => self.property.clone(),
                Object::StaticMethod(_) => self.staticmethod.clone(),
                Object::ClassMethod(_) => self.classmethod.clone(),
                Object::Super { .. } => self.super_.clone(),
                Object::DictView(..) => self.dict_view.clone(),
                Object::Bytes(_) => self.bytes.clone(),
                Object::NotImplemented => self.not_implemented_type.clone(),
                Object::Ellipsis => self.ellipsis_type.clone(),
                Object::Native(n) => n.class.clone(),
            },
        }
    }
}

/// An `atexit` registration: function, positional and keyword arguments.
pub type AtExit = (Value, Vec<Value>, Vec<(Value, Value)>);

/// Shared interpreter state.
pub struct Interp {
    pub types: Types,
    pub builtins: Rc<DictObj>,
    /// `sys.modules`.
    pub modules: Rc<DictObj>,
    interned: RefCell<HashMap<Box<str>, Value>>,
    /// Source text by file name, for tracebacks.
    pub sources: RefCell<HashMap<String, Rc<str>>>,
    /// Directory searched first by `import` (the main script's).
    pub main_dir: RefCell<PathBuf>,
    pub recursion_limit: Cell<usize>,
    pub argv: RefCell<Vec<String>>,
    /// Buffered standard output (flushed at exit, on flush, before input).
    pub stdout: RefCell<Vec<u8>>,
    pub stdout_is_tty: bool,
    /// Functions registered with `atexit`: (func, args, kwargs).
    pub atexit: RefCell<Vec<AtExit>>,
    /// The instructions each thread runs per turn (`--switch-interval`).
    pub switch_interval: Cell<i32>,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    /// Per-module state of native modules (random's generator …).
    pub module_state: RefCell<HashMap<&'static str, Value>>,
    /// The cycle collector.
    pub gc: RefCell<crate::vm::gc::Gc>,
    /// Interned `"__setattr__"`, looked up on every attribute store.
    pub setattr_name: Value,
    /// Native modules' state that hot paths reach without a lookup.
    pub native: crate::modules::NativeCache,
}

impl Interp {
    pub fn new() -> Rc<Interp> {
        let setattr_name = Value::str("__setattr__");
        let types = Types::new();
        let interp = Rc::new(Interp {
            types,
            builtins: Rc::new(DictObj::new()),
            modules: Rc::new(DictObj::new()),
            interned: RefCell::new(HashMap::new()),
            sources: RefCell::new(HashMap::new()),
            main_dir: RefCell::new(PathBuf::from(".")),
            recursion_limit: Cell::new(1000),
            argv: RefCell::new(Vec::new()),
            stdout: RefCell::new(Vec::with_capacity(8192)),
            stdout_is_tty: is_tty(1),
            atexit: RefCell::new(Vec::new()),
            switch_interval: Cell::new(100),
            not_implemented: Value::obj(Object::NotImplemented),
            ellipsis: Value::obj(Object::Ellipsis),
            empty_tuple: Value::tuple(vec![]),
            module_state: RefCell::new(HashMap::new()),
            gc: RefCell::new(crate::vm::gc::Gc::default()),
            setattr_name: setattr_name.clone(),
            native: Default::default(),
        });
        interp
            .interned
            .borrow_mut()
            .insert("__setattr__".into(), setattr_name);
        crate::modules::builtins::install(&interp);
        // Method names keyed by the interned strs code uses, so a method
        // cache hint (`Vm::cached_method`) is checked by identity.
        for class in interp.types.each() {
            class.dict.intern_keys(&|s| interp.intern(s));
        }
        interp
    }

    /// The one shared str object for an identifier.
    pub fn intern(&self, s: &str) -> Value {
        if let Some(v) = self.interned.borrow().get(s) {
            return v.clone();
        }
        let v = Value::str(s);
        self.interned.borrow_mut().insert(s.into(), v.clone());
        v
    }

    /// Writes to standard output through the buffer.
    pub fn write_stdout(&self, s: &str) {
        let mut out = self.stdout.borrow_mut();
        out.extend_from_slice(s.as_bytes());
        if out.len() > 8192 || (self.stdout_is_tty && s.contains('\n')) {
            drop(out);
            self.flush_stdout();
        }
    }

    pub fn flush_stdout(&self) {
        use std::io::Write;
        let mut out = self.stdout.borrow_mut();
        if out.is_empty() {
            return;
        }
        let mut lock = std::io::stdout().lock();
        let _ = lock.write_all(&out);
        let _ = lock.flush();
        out.clear();
    }

    pub fn write_stderr(&self, s: &str) {
        use std::io::Write;
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(s.as_bytes());
        let _ = err.flush();
    }
}

fn is_tty(fd: i32) -> bool {
    use std::io::IsTerminal;
    match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }
}
