//! The compiler: AST → code objects. `scope` resolves names first; this
//! module walks statements (`stmt.rs`) and expressions (`expr.rs`) emitting
//! bytecode through `builder::CodeBuilder`.

mod builder;
mod expr;
pub mod scope;
mod stmt;

use std::rc::Rc;

use builder::{CodeBuilder, Label};
use scope::{Resolution, ScopeKind, SymbolTable};

use crate::bytecode::code::{CO_GENERATOR, CO_NAMESPACE, CO_VARARGS, CO_VARKEYWORDS};
use crate::bytecode::{Code, Op};
use crate::objects::Value;
use crate::syntax::ast::*;

/// A compile-time error: message and where (a SyntaxError to the user).
#[derive(Debug)]
pub struct CompileError {
    pub msg: String,
    pub span: Span,
    /// True for "maximum recursion depth exceeded during compilation".
    pub recursion: bool,
}

pub type CResult<T = ()> = Result<T, CompileError>;

/// Deepest expression/statement nesting compiled before giving up.
const MAX_NESTING: u32 = 2000;

/// Byte offset → line number.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }
    pub fn line(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&(offset as usize)) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }
}

/// Enclosing constructs that `break`, `continue` and `return` must unwind.
#[derive(Clone)]
enum FBlock {
    Loop {
        cont: Label,
        brk: Label,
        has_iter: bool,
    },
    /// The body of `try … finally`: unwinding runs the final body inline.
    TryFinally { finalbody: Rc<Vec<Stmt>> },
    /// The body of `try … except`: leaving it leaves its handler region.
    TryExcept,
    /// The body of `with`: the exit function is on the stack.
    With,
    /// An `except` body: the previous handled exception is on the stack.
    Handler { name: Option<String> },
    /// The exceptional copy of a final body: previous and current exception on the stack.
    FinallyEnd,
}

/// Per-code-object state.
struct Unit {
    b: CodeBuilder,
    scope: usize,
    /// Each construct with the handler-stack length to restore when leaving it.
    fblocks: Vec<(FBlock, usize)>,
    /// Values held on the stack by enclosing constructs at statement level.
    depth: u32,
    qualname: String,
}

pub struct Compiler<'a> {
    table: SymbolTable,
    filename: Rc<str>,
    lines: LineIndex,
    intern: &'a mut dyn FnMut(&str) -> Value,
    units: Vec<Unit>,
    nesting: u32,
    interactive: bool,
}

/// Compiles a parsed module. `interactive` echoes expression statements (REPL).
pub fn compile_module(
    body: &[Stmt],
    source: &str,
    filename: &str,
    interactive: bool,
    intern: &mut dyn FnMut(&str) -> Value,
) -> CResult<Code> {
    let lines = LineIndex::new(source);
    let table = scope::analyze_module(body).map_err(|(msg, span)| CompileError {
        msg,
        span,
        recursion: false,
    })?;
    let mut c = Compiler {
        table,
        filename: filename.into(),
        lines,
        intern,
        units: Vec::new(),
        nesting: 0,
        interactive,
    };
    c.push_unit(0, 1, String::new());
    c.body(body)?;
    c.load_const(Value::None);
    c.emit(Op::Return);
    let doc = docstring(body);
    Ok(c.pop_unit("<module>", 1, &Params::default(), doc))
}

fn docstring(body: &[Stmt]) -> Value {
    if let Some(Stmt {
        kind:
            StmtKind::Expr(Expr {
                kind: ExprKind::Constant(Constant::Str(s)),
                ..
            }),
        ..
    }) = body.first()
    {
        return Value::str(s);
    }
    Value::None
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit {
        self.units
            .last_mut()
            .expect("a unit is always being compiled")
    }

    fn scope(&self) -> &scope::Scope {
        &self.table.scopes[self.units.last().expect("unit").scope]
    }

    fn emit(&mut self, op: Op) {
        self.unit().b.emit(op);
    }

    fn new_label(&mut self) -> Label {
        self.unit().b.new_label()
    }

    fn place(&mut self, l: Label) {
        self.unit().b.place(l);
    }

    fn set_line(&mut self, span: Span) {
        let line = self.lines.line(span.start);
        self.unit().b.line = line;
    }

    fn load_const(&mut self, v: Value) {
        let k = self.unit().b.add_const(v);
        self.emit(Op::LoadConst(k));
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let unit = self.units.last_mut().expect("unit");
        unit.b.add_name(name, self.intern)
    }

    fn error<T>(&self, msg: impl Into<String>, span: Span) -> CResult<T> {
        Err(CompileError {
            msg: msg.into(),
            span,
            recursion: false,
        })
    }

    fn enter_nesting(&mut self, span: Span) -> CResult {
        self.nesting += 1;
        if self.nesting > MAX_NESTING {
            return Err(CompileError {
                msg: "maximum recursion depth exceeded during compilation".into(),
                span,
                recursion: true,
            });
        }
        Ok(())
    }

    fn push_unit(&mut self, scope: usize, line: u32, qualname: String) {
        self.units.push(Unit {
            b: CodeBuilder::new(line),
            scope,
            fblocks: Vec::new(),
            depth: 0,
            qualname,
        });
    }

    fn pop_unit(&mut self, name: &str, first_line: u32, params: &Params, doc: Value) -> Code {
        let unit = self.units.pop().expect("unit");
        let scope = &self.table.scopes[unit.scope];
        let mut flags = 0;
        if params.vararg.is_some() {
            flags |= CO_VARARGS;
        }
        if params.kwarg.is_some() {
            flags |= CO_VARKEYWORDS;
        }
        if scope.is_generator {
            flags |= CO_GENERATOR;
        }
        if matches!(scope.kind, ScopeKind::Module | ScopeKind::Class) {
            flags |= CO_NAMESPACE;
        }
        let varnames: Vec<Rc<str>> = scope
            .varnames
            .iter()
            .map(|s| Rc::from(s.as_str()))
            .collect();
        let mut argcount = (params.posonly.len() + params.args.len()) as u32;
        if scope.kind == ScopeKind::Comprehension {
            argcount = 1;
        }
        let qualname = if unit.qualname.is_empty() {
            name.to_string()
        } else {
            unit.qualname.clone()
        };
        unit.b.finish(
            name.into(),
            qualname.into(),
            self.filename.clone(),
            first_line,
            varnames,
            argcount,
            params.posonly.len() as u32,
            params.kwonly.len() as u32,
            flags,
            scope.cellvars.clone(),
            scope.freevars.iter().map(|(_, s)| *s).collect(),
            doc,
        )
    }

    /// The qualified name a def/class named `name` gets in the current unit.
    fn child_qualname(&self, name: &str) -> String {
        let unit = self.units.last().expect("unit");
        let scope = &self.table.scopes[unit.scope];
        match scope.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", unit.qualname, name),
            _ => format!("{}.<locals>.{}", unit.qualname, name),
        }
    }

    // ---- names ----

    fn load_name(&mut self, name: &str) {
        let op = match self.scope().resolve(name) {
            Resolution::Local(s) => Op::LoadFast(s),
            Resolution::Cell(s) | Resolution::Free(s) => Op::LoadDeref(s),
            Resolution::ClassFree(s) => Op::LoadClassDeref(s),
            Resolution::Global => {
                let n = self.name_index(name);
                Op::LoadGlobal(n)
            }
            Resolution::Name => {
                let n = self.name_index(name);
                if self.scope().kind == ScopeKind::Module {
                    Op::LoadGlobal(n)
                } else {
                    Op::LoadName(n)
                }
            }
        };
        self.emit(op);
    }

    fn store_name(&mut self, name: &str) {
        let op = match self.scope().resolve(name) {
            Resolution::Local(s) => Op::StoreFast(s),
            Resolution::Cell(s) | Resolution::Free(s) | Resolution::ClassFree(s) => {
                Op::StoreDeref(s)
            }
            Resolution::Global => Op::StoreGlobal(self.name_index(name)),
            Resolution::Name => {
                let n = self.name_index(name);
                if self.scope().kind == ScopeKind::Module {
                    Op::StoreGlobal(n)
                } else {
                    Op::StoreName(n)
                }
            }
        };
        self.emit(op);
    }

    fn delete_name(&mut self, name: &str) {
        let op = match self.scope().resolve(name) {
            Resolution::Local(s) => Op::DeleteFast(s),
            Resolution::Cell(s) | Resolution::Free(s) | Resolution::ClassFree(s) => {
                Op::DeleteDeref(s)
            }
            Resolution::Global => Op::DeleteGlobal(self.name_index(name)),
            Resolution::Name => Op::DeleteName(self.name_index(name)),
        };
        self.emit(op);
    }

    // ---- functions and classes ----

    /// Emits the closure tuple for scope `child` (if it has free variables);
    /// returns whether one was pushed.
    fn emit_closure(&mut self, child: usize) -> bool {
        let frees: Vec<String> = self.table.scopes[child]
            .freevars
            .iter()
            .map(|(n, _)| n.clone())
            .collect();
        if frees.is_empty() {
            return false;
        }
        for n in &frees {
            let slot = self.scope().varnames.iter().position(|v| v == n);
            let slot = match slot {
                Some(s) => s as u32,
                None => unreachable!("a free variable of a child is a slot of its parent"),
            };
            self.emit(Op::LoadCell(slot));
        }
        self.emit(Op::BuildTuple(frees.len() as u32));
        true
    }

    /// Pushes defaults and keyword defaults; returns MakeFunction flags.
    fn emit_defaults(&mut self, params: &Params) -> CResult<u32> {
        let mut flags = 0;
        let defaults: Vec<&Expr> = params
            .posonly
            .iter()
            .chain(&params.args)
            .filter_map(|p| p.default.as_ref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(defaults.len() as u32));
            flags |= 1;
        }
        let kwdefaults: Vec<&Param> = params
            .kwonly
            .iter()
            .filter(|p| p.default.is_some())
            .collect();
        if !kwdefaults.is_empty() {
            for p in &kwdefaults {
                self.load_const(Value::str(&p.name));
                if let Some(d) = &p.default {
                    self.expr(d)?;
                }
            }
            self.emit(Op::BuildMap(kwdefaults.len() as u32));
            flags |= 2;
        }
        Ok(flags)
    }

    /// Compiles a function body into a code object and emits MakeFunction.
    fn make_function<T>(
        &mut self,
        node: &T,
        name: &str,
        params: &Params,
        span: Span,
        body: FunctionBody,
    ) -> CResult {
        let flags = self.emit_defaults(params)?;
        let child = self.table.scope_of(node);
        let line = self.lines.line(span.start);
        let qualname = self.child_qualname(name);
        self.push_unit(child, line, qualname);
        let doc = match body {
            FunctionBody::Stmts(stmts) => {
                self.emit_cells();
                self.body(stmts)?;
                self.load_const(Value::None);
                self.emit(Op::Return);
                docstring(stmts)
            }
            FunctionBody::Expr(e) => {
                self.emit_cells();
                self.expr(e)?;
                self.emit(Op::Return);
                Value::None
            }
        };
        let code = self.pop_unit(name, line, params, doc);
        let closure = self.emit_closure(child);
        self.load_const(Value::obj(crate::objects::Object::Code(Rc::new(code))));
        self.emit(Op::MakeFunction(flags | if closure { 4 } else { 0 }));
        Ok(())
    }

    /// MakeCell for every cell slot of the current unit (function entry).
    fn emit_cells(&mut self) {
        let cells = self.scope().cellvars.clone();
        for s in cells {
            self.emit(Op::MakeCell(s));
        }
    }

    fn function_def(&mut self, f: &FunctionDef, span: Span) -> CResult {
        for d in &f.decorators {
            self.expr(d)?;
        }
        self.set_line(span);
        self.make_function(f, &f.name, &f.params, span, FunctionBody::Stmts(&f.body))?;
        for _ in &f.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&f.name);
        Ok(())
    }

    fn class_def(&mut self, c: &ClassDef, span: Span) -> CResult {
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.set_line(span);
        self.emit(Op::LoadBuildClass);
        let child = self.table.scope_of(c);
        let line = self.lines.line(span.start);
        let qualname = self.child_qualname(&c.name);
        self.push_unit(child, line, qualname.clone());
        self.emit_cells();
        let name_idx = self.name_index("__name__");
        self.emit(Op::LoadName(name_idx));
        let module_idx = self.name_index("__module__");
        self.emit(Op::StoreName(module_idx));
        self.load_const(Value::str(&qualname));
        let q = self.name_index("__qualname__");
        self.emit(Op::StoreName(q));
        let doc = docstring(&c.body);
        if !doc.is_none() {
            self.load_const(doc.clone());
            let d = self.name_index("__doc__");
            self.emit(Op::StoreName(d));
        }
        self.body(&c.body)?;
        match self.scope().class_cell {
            Some(s) => self.emit(Op::LoadCell(s)),
            None => self.load_const(Value::None),
        }
        self.emit(Op::Return);
        let code = self.pop_unit(&c.name, line, &Params::default(), doc);
        let closure = self.emit_closure(child);
        self.load_const(Value::obj(crate::objects::Object::Code(Rc::new(code))));
        self.emit(Op::MakeFunction(if closure { 4 } else { 0 }));
        self.load_const(Value::str(&c.name));
        for b in &c.bases {
            self.expr(b)?;
        }
        let nargs = 2 + c.bases.len() as u32;
        if c.keywords.is_empty() {
            self.emit(Op::Call(nargs));
        } else {
            let mut names = Vec::new();
            for k in &c.keywords {
                match &k.arg {
                    Some(n) => names.push(Value::str(n)),
                    None => {
                        return self.error("**kwargs in class definitions is not supported", k.span)
                    }
                }
                self.expr(&k.value)?;
            }
            let n = names.len() as u32;
            self.load_const(Value::tuple(names));
            self.emit(Op::CallKw(nargs + n));
        }
        for _ in &c.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&c.name);
        Ok(())
    }
}

enum FunctionBody<'b> {
    Stmts(&'b [Stmt]),
    Expr(&'b Expr),
}
