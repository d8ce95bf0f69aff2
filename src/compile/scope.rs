//! The symbol table: decides once, before code generation, where every name
//! lives (local slot, cell, free variable, global, or namespace lookup), so
//! the VM never looks a local up by name.

use std::collections::{HashMap, HashSet};

use crate::syntax::ast::*;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

/// Where a name is found in one scope.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Resolution {
    /// A plain local slot.
    Local(u32),
    /// A slot holding a cell shared with inner functions.
    Cell(u32),
    /// A slot holding a cell captured from an enclosing function.
    Free(u32),
    /// Module globals, then builtins.
    Global,
    /// Namespace dict, then globals, then builtins (module and class bodies).
    Name,
    /// Class body reading a free variable: namespace first, then the cell.
    ClassFree(u32),
}

#[derive(Default, Clone, Copy)]
struct Flags {
    assigned: bool,
    param: bool,
    used: bool,
    global: bool,
    nonlocal: bool,
}

pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    symbols: HashMap<String, Flags>,
    /// Order of first appearance, for deterministic slot numbering.
    order: Vec<String>,
    params: Vec<String>,
    children: Vec<usize>,
    pub is_generator: bool,
    /// Set when a method body uses `super` or `__class__`.
    uses_class_cell: bool,
    // Filled by `analyze`:
    pub resolved: HashMap<String, Resolution>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<u32>,
    /// Free variable slots, in the order their cells appear in the closure.
    pub freevars: Vec<(String, u32)>,
    /// For class scopes: the slot of the implicit `__class__` cell.
    pub class_cell: Option<u32>,
    pub errors: Vec<(String, Span)>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            symbols: HashMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            uses_class_cell: false,
            resolved: HashMap::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            class_cell: None,
            errors: Vec::new(),
        }
    }

    fn flags(&mut self, name: &str) -> &mut Flags {
        if !self.symbols.contains_key(name) {
            self.order.push(name.to_string());
        }
        self.symbols.entry(name.to_string()).or_default()
    }

    pub fn resolve(&self, name: &str) -> Resolution {
        if let Some(r) = self.resolved.get(name) {
            return *r;
        }
        match self.kind {
            ScopeKind::Module | ScopeKind::Class => Resolution::Name,
            _ => Resolution::Global,
        }
    }

    pub fn nlocals(&self) -> u32 {
        self.varnames.len() as u32
    }
}

/// All scopes of a module, found by the address of their AST node.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    pub fn scope_of<T>(&self, node: &T) -> usize {
        self.by_node[&(node as *const T as usize)]
    }
}

pub type ScopeError = (String, Span);

/// Builds and resolves the symbol table of a module.
pub fn analyze_module(body: &[Stmt]) -> Result<SymbolTable, ScopeError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>")],
        by_node: HashMap::new(),
        current: 0,
    };
    b.body(body);
    let mut table = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    for s in &table.scopes {
        if let Some(e) = s.errors.first() {
            return Err(e.clone());
        }
    }
    resolve(&mut table, 0, &HashSet::new())?;
    Ok(table)
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    current: usize,
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        &mut self.scopes[self.current]
    }

    fn bind(&mut self, name: &str) {
        self.cur().flags(name).assigned = true;
    }

    fn use_name(&mut self, name: &str) {
        self.cur().flags(name).used = true;
        if name == "super" || name == "__class__" {
            self.cur().uses_class_cell = true;
        }
    }

    fn push_scope<T>(&mut self, node: &T, kind: ScopeKind, name: &str) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, name));
        self.scopes[self.current].children.push(id);
        self.by_node.insert(node as *const T as usize, id);
        let saved = self.current;
        self.current = id;
        saved
    }

    fn body(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn params(&mut self, p: &Params) {
        // Defaults and annotations are evaluated in the enclosing scope.
        for param in p.posonly.iter().chain(&p.args).chain(&p.kwonly) {
            if let Some(d) = &param.default {
                self.expr(d);
            }
        }
    }

    fn declare_params(&mut self, p: &Params) {
        let mut all: Vec<&Param> = p.posonly.iter().chain(&p.args).collect();
        all.extend(p.kwonly.iter());
        all.extend(p.vararg.iter());
        all.extend(p.kwarg.iter());
        // Slot order: positional, keyword-only, *args, **kwargs.
        let mut ordered: Vec<&Param> = p.posonly.iter().chain(&p.args).collect();
        ordered.extend(p.kwonly.iter());
        ordered.extend(p.vararg.iter());
        ordered.extend(p.kwarg.iter());
        let mut seen = HashSet::new();
        for param in ordered {
            if !seen.insert(param.name.clone()) {
                let msg = format!("duplicate argument '{}' in function definition", param.name);
                self.cur().errors.push((msg, param.span));
            }
            let f = self.cur().flags(&param.name);
            f.param = true;
            f.assigned = true;
            self.cur().params.push(param.name.clone());
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target);
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(v);
                    self.target(target);
                } else if let ExprKind::Name(n) = &target.kind {
                    // `x: int` alone makes x local in a function.
                    if self.cur().kind == ScopeKind::Function {
                        self.bind(n);
                    }
                } else {
                    self.target(target);
                }
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter);
                self.target(target);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d);
                }
                self.params(&f.params);
                self.bind(&f.name);
                let saved = self.push_scope(&**f, ScopeKind::Function, &f.name);
                self.declare_params(&f.params);
                self.body(&f.body);
                self.current = saved;
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d);
                }
                for b in &c.bases {
                    self.expr(b);
                }
                for k in &c.keywords {
                    self.expr(&k.value);
                }
                self.bind(&c.name);
                let saved = self.push_scope(&**c, ScopeKind::Class, &c.name);
                self.body(&c.body);
                self.current = saved;
            }
            StmtKind::Global(names) => {
                for n in names {
                    let kind = self.cur().kind;
                    let f = self.cur().flags(n);
                    if (f.assigned || f.used) && kind != ScopeKind::Module {
                        let msg = if f.param {
                            format!("name '{}' is parameter and global", n)
                        } else if f.assigned {
                            format!("name '{}' is assigned to before global declaration", n)
                        } else {
                            format!("name '{}' is used prior to global declaration", n)
                        };
                        self.cur().errors.push((msg, s.span));
                    }
                    self.cur().flags(n).global = true;
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    if self.cur().kind == ScopeKind::Module {
                        self.cur().errors.push((
                            "nonlocal declaration not allowed at module level".into(),
                            s.span,
                        ));
                        continue;
                    }
                    let f = self.cur().flags(n);
                    if f.param {
                        let msg = format!("name '{}' is parameter and nonlocal", n);
                        self.cur().errors.push((msg, s.span));
                    } else if f.assigned || f.used {
                        let msg = if f.assigned {
                            format!("name '{}' is assigned to before nonlocal declaration", n)
                        } else {
                            format!("name '{}' is used prior to nonlocal declaration", n)
                        };
                        self.cur().errors.push((msg, s.span));
                    }
                    self.cur().flags(n).nonlocal = true;
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.bind(&bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                if let Some(names) = names {
                    for a in names {
                        self.bind(a.asname.as_ref().unwrap_or(&a.name));
                    }
                } else if self.cur().kind != ScopeKind::Module {
                    self.cur()
                        .errors
                        .push(("import * only allowed at module level".into(), s.span));
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.body(body);
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t);
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.body(&h.body);
                }
                self.body(orelse);
                self.body(finalbody);
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.expr(&item.context);
                    if let Some(t) = &item.target {
                        self.target(t);
                    }
                }
                self.body(body);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
        }
    }

    /// An assignment target: binds names, evaluates the rest.
    fn target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.bind(n),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i);
                }
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn comprehension<T>(
        &mut self,
        node: &T,
        generators: &[Comprehension],
        elts: &[&Expr],
        is_gen: bool,
    ) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(&first.iter);
        }
        let saved = self.push_scope(node, ScopeKind::Comprehension, "<comprehension>");
        self.cur().is_generator = is_gen;
        let f = self.cur().flags(".0");
        f.param = true;
        f.assigned = true;
        self.cur().params.push(".0".into());
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            for cond in &g.ifs {
                self.expr(cond);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.current = saved;
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.use_name(n),
            ExprKind::Constant(_) => {}
            ExprKind::JoinedStr(parts) => self.fstring(parts),
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v);
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                for c in comparators {
                    self.expr(c);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                for a in args {
                    self.expr(a);
                }
                for k in keywords {
                    self.expr(&k.value);
                }
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x);
                }
            }
            ExprKind::Starred(inner) => self.expr(inner),
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                for i in items {
                    self.expr(i);
                }
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k);
                }
                for v in values {
                    self.expr(v);
                }
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, &[elt], false)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, &[elt], true)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, &[key, value], false),
            ExprKind::Lambda { params, body } => {
                self.params(params);
                let saved = self.push_scope(e, ScopeKind::Function, "<lambda>");
                self.declare_params(params);
                self.expr(body);
                self.current = saved;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Yield(v) => {
                self.mark_yield(e.span);
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            ExprKind::YieldFrom(v) => {
                self.mark_yield(e.span);
                self.expr(v);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                // Inside a comprehension the name binds in the enclosing function.
                if self.cur().kind == ScopeKind::Comprehension {
                    let mut id = self.current;
                    let mut chain = vec![];
                    while self.scopes[id].kind == ScopeKind::Comprehension {
                        chain.push(id);
                        id = self.parent_of(id);
                    }
                    let outer_kind = self.scopes[id].kind;
                    self.scopes[id].flags(target).assigned = true;
                    for c in chain {
                        let f = self.scopes[c].flags(target);
                        if outer_kind == ScopeKind::Function {
                            f.nonlocal = true;
                        } else {
                            f.global = true;
                        }
                    }
                } else {
                    self.bind(target);
                }
            }
        }
    }

    fn parent_of(&self, id: usize) -> usize {
        self.scopes
            .iter()
            .position(|s| s.children.contains(&id))
            .unwrap_or(0)
    }

    fn mark_yield(&mut self, span: Span) {
        match self.cur().kind {
            ScopeKind::Function | ScopeKind::Comprehension => self.cur().is_generator = true,
            ScopeKind::Module | ScopeKind::Class => {
                self.cur()
                    .errors
                    .push(("'yield' outside function".into(), span));
            }
        }
    }

    fn fstring(&mut self, parts: &[FStringPart]) {
        for p in parts {
            if let FStringPart::Formatted { value, spec, .. } = p {
                self.expr(value);
                if let Some(spec) = spec {
                    self.fstring(spec);
                }
            }
        }
    }
}

/// Resolves scope `id` given the names bound in enclosing function scopes;
/// returns the free names it needs from its parents.
fn resolve(
    table: &mut SymbolTable,
    id: usize,
    enclosing: &HashSet<String>,
) -> Result<HashSet<String>, ScopeError> {
    let kind = table.scopes[id].kind;
    let symbols: Vec<(String, Flags)> = {
        let s = &table.scopes[id];
        s.order.iter().map(|n| (n.clone(), s.symbols[n])).collect()
    };
    let mut locals: Vec<String> = Vec::new();
    let mut frees: HashSet<String> = HashSet::new();
    let mut globals: HashSet<String> = HashSet::new();
    for (name, f) in &symbols {
        if f.global {
            globals.insert(name.clone());
        } else if f.nonlocal {
            if !enclosing.contains(name) {
                return Err((
                    format!("no binding for nonlocal '{}' found", name),
                    Span::default(),
                ));
            }
            frees.insert(name.clone());
        } else if f.assigned || f.param {
            locals.push(name.clone());
        } else if f.used && enclosing.contains(name) {
            frees.insert(name.clone());
        }
    }
    // What children may see.
    let mut child_env = enclosing.clone();
    if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) {
        for l in &locals {
            child_env.insert(l.clone());
        }
        for g in &globals {
            child_env.remove(g);
        }
    }
    let class_cell = kind == ScopeKind::Class;
    if class_cell {
        child_env.insert("__class__".to_string());
    }
    let children = table.scopes[id].children.clone();
    let mut child_frees: HashSet<String> = HashSet::new();
    for c in children {
        // A method that uses super() needs the class cell.
        if class_cell
            && table.scopes[c].uses_class_cell
            && table.scopes[c].kind == ScopeKind::Function
        {
            let f = table.scopes[c].flags("__class__");
            f.used = true;
        }
        for n in resolve(table, c, &child_env)? {
            child_frees.insert(n);
        }
    }
    let scope = &mut table.scopes[id];
    let slot = |scope: &mut Scope, name: &str| -> u32 {
        if let Some(i) = scope.varnames.iter().position(|v| v == name) {
            return i as u32;
        }
        scope.varnames.push(name.to_string());
        (scope.varnames.len() - 1) as u32
    };
    let namespace = matches!(kind, ScopeKind::Module | ScopeKind::Class);
    // Parameters first, in declaration order.
    for p in scope.params.clone() {
        slot(scope, &p);
    }
    for name in &locals {
        if namespace {
            scope.resolved.insert(name.clone(), Resolution::Name);
            continue;
        }
        let s = slot(scope, name);
        if child_frees.contains(name) {
            scope.resolved.insert(name.clone(), Resolution::Cell(s));
            scope.cellvars.push(s);
        } else {
            scope.resolved.insert(name.clone(), Resolution::Local(s));
        }
    }
    for g in &globals {
        scope.resolved.insert(g.clone(), Resolution::Global);
    }
    if class_cell && child_frees.contains("__class__") {
        let s = slot(scope, "__class__");
        scope.cellvars.push(s);
        scope.class_cell = Some(s);
    }
    // Free names: our own, plus those our children need that we don't bind.
    let mut needed: Vec<String> = frees.iter().cloned().collect();
    for n in &child_frees {
        let bound_here = !namespace && locals.contains(n);
        let is_class_cell = class_cell && n == "__class__";
        if !bound_here && !is_class_cell && !globals.contains(n) && !needed.contains(n) {
            if kind == ScopeKind::Module {
                continue;
            }
            needed.push(n.clone());
        }
    }
    needed.sort();
    let mut out = HashSet::new();
    for n in needed {
        if kind == ScopeKind::Module {
            continue;
        }
        let s = slot(scope, &n);
        scope.freevars.push((n.clone(), s));
        let r = if kind == ScopeKind::Class && !locals.contains(&n) {
            Resolution::ClassFree(s)
        } else {
            Resolution::Free(s)
        };
        if !(kind == ScopeKind::Class && locals.contains(&n)) {
            scope.resolved.insert(n.clone(), r);
        }
        out.insert(n);
    }
    Ok(out)
}
