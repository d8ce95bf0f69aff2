//! The interactive prompt (SPEC §4): `gilt` with no file on a terminal,
//! and `gilt -i FILE` after the file has run.
//!
//! Each input is compiled in interactive mode (an expression statement's
//! value is echoed and kept in `_`) and run in `__main__`. Lines are read
//! with rustyline (editing, history in `~/.gilt_history`, tab completion)
//! while the GIL is released, so threads started at the prompt go on
//! running while it waits.

use std::rc::Rc;

use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};

use crate::objects::{DictObj, Value};
use crate::vm::{Interp, Vm};

const PS1: &str = ">>> ";
const PS2: &str = "... ";

/// Why the REPL ended.
pub enum Ended {
    /// Ctrl-D.
    Eof,
    /// `exit()` or another uncaught SystemExit (the exception).
    Exit(Value),
}

/// The history file: `$GILT_HISTORY`, else `~/.gilt_history`.
pub fn history_path() -> Option<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("GILT_HISTORY") {
        return Some(p.into());
    }
    std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".gilt_history"))
}

/// The first lines the REPL prints (on stderr, as CPython does).
pub fn banner(interp: &Interp) -> String {
    let time = if crate::gil::clock::is_virtual() {
        ", virtual time"
    } else {
        ""
    };
    format!(
        "gilt {} (Python 3 syntax; GIL switch interval {} instructions{})\n\
         Type exit() or Ctrl-D to leave; Tab completes names and attributes.\n",
        env!("CARGO_PKG_VERSION"),
        interp.switch_interval.get(),
        time
    )
}

/// Reads, runs and echoes inputs in `globals` until Ctrl-D or `exit()`.
pub fn run(vm: &mut Vm, globals: &Rc<DictObj>) -> Ended {
    let helper = GiltHelper {
        interp: vm.interp.clone(),
        globals: globals.clone(),
    };
    let mut ed = match Editor::<GiltHelper, DefaultHistory>::new() {
        Ok(ed) => ed,
        Err(e) => {
            vm.interp
                .write_stderr(&format!("gilt: cannot start line editing: {}\n", e));
            return Ended::Eof;
        }
    };
    ed.set_helper(Some(helper));
    let history = history_path();
    if let Some(p) = &history {
        let _ = ed.load_history(p);
    }
    let mut buffer = String::new();
    loop {
        vm.interp.flush_stdout();
        let prompt = if buffer.is_empty() { PS1 } else { PS2 };
        let line = crate::gil::allow_threads_at_prompt(|| ed.readline(prompt));
        vm.resync_turn();
        let line = match line {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => {
                // Ctrl-C at the prompt drops what was typed, as CPython.
                vm.interp.write_stderr("\nKeyboardInterrupt\n");
                buffer.clear();
                continue;
            }
            // (rustyline has ended the line.)
            Err(ReadlineError::Eof) => return Ended::Eof,
            Err(e) => {
                vm.interp
                    .write_stderr(&format!("gilt: cannot read input: {}\n", e));
                return Ended::Eof;
            }
        };
        if !line.trim().is_empty() {
            let _ = ed.add_history_entry(line.as_str());
            if let Some(p) = &history {
                if ed.append_history(p).is_err() {
                    let _ = ed.save_history(p);
                }
            }
        }
        let blank = line.trim().is_empty();
        if buffer.is_empty() && blank {
            continue;
        }
        buffer.push_str(&line);
        buffer.push('\n');
        match input_state(vm, &buffer, blank) {
            Input::More => continue,
            Input::Run(code) => {
                buffer.clear();
                if let Err(e) = vm.run_module_code(code, globals.clone()) {
                    if let Some(exit) = system_exit(vm, &e) {
                        return Ended::Exit(exit);
                    }
                    vm.interp.flush_stdout();
                    vm.print_exception(&e);
                }
            }
            Input::Error(e) => {
                buffer.clear();
                vm.interp.flush_stdout();
                vm.print_exception(&e);
            }
        }
    }
}

fn system_exit(vm: &mut Vm, e: &Value) -> Option<Value> {
    let t = vm.types().system_exit.clone();
    vm.exc_matches(e, &t).then(|| e.clone())
}

enum Input {
    /// Needs more lines (a `... ` prompt).
    More,
    Run(Rc<crate::bytecode::Code>),
    Error(Value),
}

/// Whether `src` is a whole input, as CPython's prompt decides: it runs
/// once it compiles, except that a compound statement (`def`, `if`, …)
/// waits for an empty line; an error at the end of the text asks for more.
fn input_state(vm: &mut Vm, src: &str, blank_line: bool) -> Input {
    match vm.compile_source(src, "<stdin>", true) {
        Ok(code) => {
            if !blank_line && starts_compound(src) {
                Input::More
            } else {
                Input::Run(code)
            }
        }
        Err(e) => {
            let incomplete = matches!(&e, Value::Instance(i)
                if i.dict.get_str("_incomplete").is_some_and(|v| matches!(v, Value::Bool(true))));
            if incomplete && !blank_line {
                Input::More
            } else {
                Input::Error(e)
            }
        }
    }
}

/// Whether the first line of `src` opens a block.
fn starts_compound(src: &str) -> bool {
    let first = src.lines().next().unwrap_or("").trim_start();
    if first.starts_with('@') {
        return true;
    }
    let word: String = first
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    matches!(
        word.as_str(),
        "def" | "class" | "if" | "for" | "while" | "with" | "try" | "async"
    ) || ((word == "match" || word == "case") && code_part(first).trim_end().ends_with(':'))
}

/// A line without its comment (a `#` outside quotes).
fn code_part(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '#' => return &line[..i],
            None if c == '"' || c == '\'' => quote = Some(c),
            None => {}
        }
    }
    line
}

/// Tab completion: names of `__main__` and the builtins, keywords, and
/// the attributes of `name.name…` (found with `dir`, with the GIL).
struct GiltHelper {
    interp: Rc<Interp>,
    globals: Rc<DictObj>,
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

impl GiltHelper {
    fn candidates(&self, word: &str) -> Vec<String> {
        crate::gil::with_gil(|| {
            let mut vm = Vm::new(self.interp.clone());
            let mut out = Vec::new();
            match word.rfind('.') {
                None => {
                    out.extend(KEYWORDS.iter().map(|k| k.to_string()));
                    for d in [&self.globals, &self.interp.builtins] {
                        for k in d.table.borrow().keys() {
                            if let Value::Str(s) = k {
                                out.push(s.as_str().to_string());
                            }
                        }
                    }
                    out.retain(|n| n.starts_with(word));
                }
                Some(dot) => {
                    let (base, prefix) = (&word[..dot], &word[dot + 1..]);
                    if let Some(names) = attr_names(&mut vm, &self.globals, base) {
                        out.extend(
                            names
                                .into_iter()
                                .filter(|n| n.starts_with(prefix))
                                .filter(|n| !n.starts_with('_') || prefix.starts_with('_'))
                                .map(|n| format!("{}.{}", base, n)),
                        );
                    }
                }
            }
            out.sort();
            out.dedup();
            out
        })
    }
}

/// `dir(base)` for a dotted name `base`, looked up without running code
/// other than attribute access.
fn attr_names(vm: &mut Vm, globals: &Rc<DictObj>, base: &str) -> Option<Vec<String>> {
    let mut parts = base.split('.');
    let first = parts.next()?;
    let mut obj = globals
        .get_str(first)
        .or_else(|| vm.interp.builtins.get_str(first))?;
    for p in parts {
        let name = vm.intern(p);
        obj = vm.get_attr(&obj, &name).ok()?;
    }
    let dir = vm.interp.builtins.get_str("dir")?;
    let names = vm.call(&dir, vec![obj], vec![]).ok()?;
    let Value::List(l) = names else { return None };
    let items = l.items.borrow();
    Some(
        items
            .iter()
            .filter_map(|v| match v {
                Value::Str(s) => Some(s.as_str().to_string()),
                _ => None,
            })
            .collect(),
    )
}

impl Completer for GiltHelper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let before = &line[..pos];
        let start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
            .last()
            .map_or(pos, |(i, _)| i);
        let word = &before[start..];
        if word.is_empty() {
            // Tab on an empty line (or after a space) indents, as CPython's.
            return Ok((pos, vec!["    ".to_string()]));
        }
        Ok((start, self.candidates(word)))
    }
}

impl Hinter for GiltHelper {
    type Hint = String;
}

impl Highlighter for GiltHelper {}

impl Validator for GiltHelper {}

impl Helper for GiltHelper {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compound_statements_wait_for_an_empty_line() {
        assert!(starts_compound("def f():\n"));
        assert!(starts_compound("  for i in x: print(i)\n"));
        assert!(starts_compound("@decorator\n"));
        assert!(starts_compound("match x:  # a comment\n"));
        assert!(!starts_compound("match = 3\n"));
        assert!(!starts_compound("definitely = 1\n"));
        assert!(!starts_compound("print('if')\n"));
    }

    #[test]
    fn comments_end_at_a_hash_outside_quotes() {
        assert_eq!(code_part("x = '#' # c"), "x = '#' ");
        assert_eq!(code_part(r##"s = "a\"#" # c"##), r##"s = "a\"#" "##);
    }
}
