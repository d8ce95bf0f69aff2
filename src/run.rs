//! Running a program as the command line does: set up the interpreter on a
//! thread with a large stack, run `__main__`, report an uncaught exception,
//! run `atexit` functions, and turn the outcome into an exit status.

use std::rc::Rc;

use crate::objects::{Module, Object, Value};
use crate::vm::{Interp, PyResult, Vm, THREAD_STACK_SIZE};

/// What to run and how.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `sys.argv` (argv[0] is the script name, `-c` or `-`).
    pub argv: Vec<String>,
    /// Instructions per GIL turn.
    pub switch_interval: Option<i32>,
    /// Print the bytecode instead of running.
    pub dis: bool,
    /// Virtual time (`--deterministic`).
    pub deterministic: bool,
    /// Per-thread GIL figures on stderr at exit (`--gil-stats`).
    pub gil_stats: bool,
    /// Write the GIL timeline here at exit (`--trace-gil FILE`).
    pub trace_gil: Option<String>,
    /// The seed of `random` (`--seed S`; fixed by `--deterministic`).
    pub seed: Option<i64>,
    /// Open the REPL in `__main__` after the program (`-i`).
    pub inspect: bool,
}

/// Where the program comes from.
#[derive(Clone, Debug)]
pub enum Source {
    File(String),
    Code(String),
    Stdin,
    /// Nothing to run first: the REPL alone (`gilt` on a terminal).
    Repl,
}

/// `random`'s seed under `--deterministic` without `--seed`.
pub const DETERMINISTIC_SEED: i64 = 0;

/// Runs a program to completion and returns the process exit status.
pub fn run(source: Source, opts: Options) -> i32 {
    let handle = std::thread::Builder::new()
        .name("MainThread".into())
        .stack_size(THREAD_STACK_SIZE)
        .spawn(move || run_on_this_thread(source, opts));
    match handle {
        Ok(h) => h.join().unwrap_or(1),
        Err(e) => {
            eprintln!("gilt: cannot start the main thread: {}", e);
            1
        }
    }
}

fn run_on_this_thread(source: Source, opts: Options) -> i32 {
    if opts.deterministic {
        crate::gil::clock::set_virtual();
    }
    if opts.gil_stats {
        crate::gil::stats::enable_stats();
    }
    if let Some(path) = &opts.trace_gil {
        crate::gil::stats::enable_trace(path);
    }
    match (opts.seed, opts.deterministic) {
        (Some(s), _) => crate::modules::random::set_initial_seed(s),
        (None, true) => crate::modules::random::set_initial_seed(DETERMINISTIC_SEED),
        (None, false) => {}
    }
    crate::gil::acquire();
    crate::gil::install_sigint_handler();
    let interp = Interp::new();
    if let Some(n) = opts.switch_interval {
        interp.switch_interval.set(n.max(1));
    }
    *interp.argv.borrow_mut() = opts.argv.clone();
    let mut vm = Vm::new(interp.clone());
    let (text, filename) = match &source {
        Source::File(path) => match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(s) => (s, path.clone()),
                Err(_) => {
                    eprintln!("gilt: {}: the file is not valid UTF-8", path);
                    return 1;
                }
            },
            Err(e) => {
                eprintln!(
                    "gilt: can't open file '{}': [Errno {}] {}",
                    path,
                    e.raw_os_error().unwrap_or(2),
                    strip_os_suffix(&e.to_string())
                );
                return 2;
            }
        },
        Source::Code(c) => (c.clone(), "<string>".to_string()),
        Source::Stdin => {
            let mut s = String::new();
            if let Err(e) = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s) {
                eprintln!("gilt: cannot read standard input: {}", e);
                return 2;
            }
            (s, "<stdin>".to_string())
        }
        Source::Repl => (String::new(), "<stdin>".to_string()),
    };
    if let Source::File(path) = &source {
        let dir = std::path::Path::new(path)
            .parent()
            .map(|p| p.to_path_buf())
            .unwrap_or_default();
        *interp.main_dir.borrow_mut() = if dir.as_os_str().is_empty() {
            ".".into()
        } else {
            dir
        };
    }
    let status = if let Source::Repl = source {
        let globals = main_module(&mut vm, &filename, Value::None);
        interp.write_stderr(&crate::repl::banner(&interp));
        repl_status(&mut vm, &globals)
    } else {
        match run_main(&mut vm, &text, &filename, opts.dis) {
            Ok(()) => 0,
            Err(e) => exit_status(&mut vm, &e),
        }
    };
    let status = match interp.modules.get_str("__main__") {
        Some(Value::Obj(m)) if opts.inspect && !opts.dis => match &*m {
            Object::Module(m) => {
                let globals = m.dict.clone();
                repl_status(&mut vm, &globals)
            }
            _ => status,
        },
        _ => status,
    };
    let status = match shutdown_threads(&mut vm) {
        Ok(()) => status,
        Err(e) => exit_status(&mut vm, &e),
    };
    let status = run_atexit(&mut vm).unwrap_or(status);
    interp.flush_stdout();
    vm.account();
    crate::gil::stats::main_exit();
    if let Some(table) = crate::gil::stats::report("MainThread") {
        interp.write_stderr(&table);
    }
    if let Err(e) = crate::gil::stats::write_trace() {
        interp.write_stderr(&format!("gilt: cannot write the GIL trace to {}\n", e));
        return status.max(1);
    }
    status
}

fn strip_os_suffix(s: &str) -> String {
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s.to_string(),
    }
}

/// Compiles and runs `text` as `__main__` (or prints its bytecode).
pub fn run_main(vm: &mut Vm, text: &str, filename: &str, dis: bool) -> PyResult<()> {
    let code = vm.compile_source(text, filename, false)?;
    if dis {
        let out = crate::modules::dis_all(vm, &code);
        vm.interp.write_stdout(&out);
        return Ok(());
    }
    let globals = main_module(vm, filename, code.docstring.clone());
    vm.run_module_code(code, globals)?;
    Ok(())
}

/// Makes and registers the `__main__` module; returns its globals.
fn main_module(vm: &mut Vm, filename: &str, doc: Value) -> Rc<crate::objects::DictObj> {
    let globals = Rc::new(crate::objects::DictObj::new());
    globals.set_str("__name__", Value::str("__main__"));
    if filename != "<stdin>" {
        globals.set_str("__file__", Value::str(filename));
    }
    globals.set_str("__doc__", doc);
    globals.set_str("__builtins__", Value::Dict(vm.interp.builtins.clone()));
    vm.interp.gc.borrow_mut().track_dict(&globals);
    let m = Value::obj(Object::Module(Module {
        name: "__main__".to_string(),
        dict: globals.clone(),
    }));
    vm.interp.modules.set_str("__main__", m);
    globals
}

/// Runs the REPL in `globals`: 0 at Ctrl-D, else `exit()`'s status.
fn repl_status(vm: &mut Vm, globals: &Rc<crate::objects::DictObj>) -> i32 {
    match crate::repl::run(vm, globals) {
        crate::repl::Ended::Eof => 0,
        crate::repl::Ended::Exit(e) => exit_status(vm, &e),
    }
}

/// The exit status for an uncaught exception, after reporting it.
pub fn exit_status(vm: &mut Vm, exc: &Value) -> i32 {
    let t = vm.types();
    let (system_exit, kbd) = (t.system_exit.clone(), t.keyboard_interrupt.clone());
    if vm.exc_matches(exc, &system_exit) {
        let code = match exc {
            Value::Instance(i) => i
                .dict
                .get_str("code")
                .unwrap_or_else(|| vm.exc_args(exc).first().cloned().unwrap_or(Value::None)),
            _ => Value::None,
        };
        return match code {
            Value::None => 0,
            Value::Int(n) => n as i32,
            Value::Bool(b) => b as i32,
            other => {
                vm.interp.flush_stdout();
                let s = vm.str(&other).unwrap_or_default();
                vm.interp.write_stderr(&format!("{}\n", s));
                1
            }
        };
    }
    vm.print_exception(exc);
    if vm.exc_matches(exc, &kbd) {
        130
    } else {
        1
    }
}

/// Waits for the non-daemon threads, as CPython's `threading._shutdown`
/// (only if the program imported `threading`). Daemon threads are left
/// running and die with the process.
fn shutdown_threads(vm: &mut Vm) -> PyResult<()> {
    let Some(m) = vm.interp.modules.get_str("threading") else {
        return Ok(());
    };
    let name = vm.intern("_shutdown");
    if let Ok(f) = vm.get_attr(&m, &name) {
        vm.call(&f, vec![], vec![])?;
    }
    Ok(())
}

/// Runs the `atexit` functions, last registered first. A `SystemExit`
/// raised by one of them changes the exit status.
fn run_atexit(vm: &mut Vm) -> Option<i32> {
    let mut status = None;
    loop {
        let next = vm.interp.atexit.borrow_mut().pop();
        let Some((f, args, kwargs)) = next else { break };
        if let Err(e) = vm.call(&f, args, kwargs) {
            if vm.exc_matches(&e, &vm.types().system_exit.clone()) {
                status = Some(exit_status(vm, &e));
            } else {
                vm.interp.flush_stdout();
                vm.interp
                    .write_stderr("Exception ignored in atexit callback: ");
                let r = vm.repr(&f).unwrap_or_default();
                vm.interp.write_stderr(&format!("{}\n", r));
                vm.print_exception(&e);
            }
        }
    }
    status
}
