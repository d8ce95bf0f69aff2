//! Statements: control flow, exception handling, `with`, imports.

use super::builder::Label;
use super::scope::ScopeKind;
use super::{CResult, Compiler, FBlock};
use crate::bytecode::Op;
use crate::objects::Value;
use crate::syntax::ast::*;

impl<'a> Compiler<'a> {
    pub(super) fn body(&mut self, body: &[Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> CResult {
        self.enter_nesting(s.span)?;
        self.set_line(s.span);
        let r = self.stmt_inner(s);
        self.nesting -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> CResult {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                if self.interactive && self.units.len() == 1 {
                    self.emit(Op::PrintExpr);
                } else {
                    self.emit(Op::Pop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                }
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Pass => self.emit(Op::Nop),
            StmtKind::Break => self.break_continue(true, s.span)?,
            StmtKind::Continue => self.break_continue(false, s.span)?,
            StmtKind::Return(v) => {
                if !matches!(self.scope().kind, ScopeKind::Function) {
                    return self.error("'return' outside function", s.span);
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.unwind_all(true)?;
                self.set_line(s.span);
                self.emit(Op::Return);
            }
            StmtKind::If { test, body, orelse } => {
                let else_label = self.new_label();
                self.jump_if(test, false, else_label)?;
                self.body(body)?;
                if orelse.is_empty() {
                    self.place(else_label);
                } else {
                    let end = self.new_label();
                    self.emit(Op::Jump(end.0));
                    self.place(else_label);
                    self.body(orelse)?;
                    self.place(end);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let head = self.new_label();
                let else_label = self.new_label();
                let end = self.new_label();
                self.place(head);
                self.jump_if(test, false, else_label)?;
                self.push_fblock(FBlock::Loop {
                    cont: head,
                    brk: end,
                    has_iter: false,
                });
                self.body(body)?;
                self.unit().fblocks.pop();
                self.set_line(s.span);
                self.emit(Op::Jump(head.0));
                self.place(else_label);
                self.body(orelse)?;
                self.place(end);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                self.set_line(s.span);
                self.emit(Op::GetIter);
                let head = self.new_label();
                let else_label = self.new_label();
                let end = self.new_label();
                self.place(head);
                self.emit(Op::ForIter(else_label.0));
                self.unit().depth += 1;
                self.store_target(target)?;
                self.push_fblock(FBlock::Loop {
                    cont: head,
                    brk: end,
                    has_iter: true,
                });
                self.body(body)?;
                self.unit().fblocks.pop();
                self.unit().depth -= 1;
                self.set_line(s.span);
                self.emit(Op::Jump(head.0));
                self.place(else_label);
                self.body(orelse)?;
                self.place(end);
            }
            StmtKind::FunctionDef(f) => self.function_def(f, s.span)?,
            StmtKind::ClassDef(c) => self.class_def(c, s.span)?,
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let n = self.name_index(&a.name);
                    match &a.asname {
                        Some(asname) => {
                            self.emit(Op::ImportModule(n));
                            self.store_name(asname);
                        }
                        None => {
                            self.emit(Op::ImportName(n));
                            let top = a.name.split('.').next().unwrap_or("").to_string();
                            self.store_name(&top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom { module, names, .. } => {
                let m = module.clone().unwrap_or_default();
                let n = self.name_index(&m);
                self.emit(Op::ImportModule(n));
                match names {
                    None => self.emit(Op::ImportStar),
                    Some(names) => {
                        for a in names {
                            let k = self.name_index(&a.name);
                            self.emit(Op::ImportFrom(k));
                            self.store_name(a.asname.as_ref().unwrap_or(&a.name));
                        }
                        self.emit(Op::Pop);
                    }
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_line(s.span);
                self.emit(Op::Raise(n));
            }
            StmtKind::With { items, body } => self.with(items, body, s.span)?,
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                self.set_line(s.span);
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.place(end);
            }
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &Expr, op: BinOp, value: &Expr) -> CResult {
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n);
                self.expr(value)?;
                self.set_line(target.span);
                self.emit(Op::Inplace(op));
                self.store_name(n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Op::Dup);
                let k = self.name_index(attr);
                self.emit(Op::LoadAttr(k));
                self.expr(value)?;
                self.set_line(target.span);
                self.emit(Op::Inplace(op));
                self.emit(Op::Swap(2));
                self.emit(Op::StoreAttr(k));
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.expr(index)?;
                self.emit(Op::Dup2);
                self.emit(Op::Subscr);
                self.expr(value)?;
                self.set_line(target.span);
                self.emit(Op::Inplace(op));
                self.emit(Op::Rot3);
                self.emit(Op::StoreSubscr);
            }
            _ => {
                return self.error(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_kind_name(target)
                    ),
                    target.span,
                )
            }
        }
        Ok(())
    }

    /// Stores TOS into an assignment target.
    pub(super) fn store_target(&mut self, t: &Expr) -> CResult {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let k = self.name_index(attr);
                self.emit(Op::StoreAttr(k));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred(_)));
                match star {
                    None => self.emit(Op::UnpackSequence(items.len() as u32)),
                    Some(i) => {
                        if items
                            .iter()
                            .filter(|e| matches!(e.kind, ExprKind::Starred(_)))
                            .count()
                            > 1
                        {
                            return self
                                .error("multiple starred expressions in assignment", t.span);
                        }
                        let after = items.len() - i - 1;
                        self.emit(Op::UnpackEx(i as u32 | (after as u32) << 16));
                    }
                }
                for item in items {
                    match &item.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(item)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return self.error(
                    "starred assignment target must be in a list or tuple",
                    t.span,
                )
            }
            _ => return self.error(format!("cannot assign to {}", expr_kind_name(t)), t.span),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &Expr) -> CResult {
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let k = self.name_index(attr);
                self.emit(Op::DeleteAttr(k));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete_target(i)?;
                }
            }
            _ => return self.error(format!("cannot delete {}", expr_kind_name(t)), t.span),
        }
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, span: Span) -> CResult {
        let saved_fblocks = self.unit().fblocks.clone();
        let saved_handlers = self.unit().b.handler_stack.clone();
        let saved_depth = self.unit().depth;
        loop {
            let Some(fb) = self.unit().fblocks.pop() else {
                self.unit().fblocks = saved_fblocks;
                let msg = if is_break {
                    "'break' outside loop"
                } else {
                    "'continue' not properly in loop"
                };
                return self.error(msg, span);
            };
            if let (
                FBlock::Loop {
                    cont,
                    brk,
                    has_iter,
                },
                _,
            ) = fb
            {
                if is_break {
                    if has_iter {
                        self.emit(Op::Pop);
                    }
                    self.emit(Op::Jump(brk.0));
                } else {
                    self.emit(Op::Jump(cont.0));
                }
                break;
            }
            self.unwind(&fb, false)?;
        }
        self.unit().fblocks = saved_fblocks;
        self.unit().b.handler_stack = saved_handlers;
        self.unit().depth = saved_depth;
        Ok(())
    }

    /// Unwinds every enclosing construct before a `return` (value on TOS).
    fn unwind_all(&mut self, preserve_tos: bool) -> CResult {
        let saved_fblocks = self.unit().fblocks.clone();
        let saved_handlers = self.unit().b.handler_stack.clone();
        let saved_depth = self.unit().depth;
        while let Some(fb) = self.unit().fblocks.pop() {
            if let (FBlock::Loop { has_iter, .. }, _) = fb {
                if has_iter {
                    if preserve_tos {
                        self.emit(Op::Swap(2));
                    }
                    self.emit(Op::Pop);
                }
                self.unit().depth -= has_iter as u32;
                continue;
            }
            self.unwind(&fb, preserve_tos)?;
        }
        self.unit().fblocks = saved_fblocks;
        self.unit().b.handler_stack = saved_handlers;
        self.unit().depth = saved_depth;
        Ok(())
    }

    /// Emits the exit actions of one construct (not a loop); the caller
    /// has already popped it from the fblock stack.
    fn unwind(&mut self, fb: &(FBlock, usize), preserve_tos: bool) -> CResult {
        let (fb, handlers_len) = fb;
        self.unit().b.handler_stack.truncate(*handlers_len);
        match fb {
            FBlock::Loop { .. } => {}
            FBlock::TryExcept => {}
            FBlock::TryFinally { finalbody } => {
                let finalbody = finalbody.clone();
                let finalbody: &[Stmt] = &finalbody;
                if preserve_tos {
                    // The final body is statement-level code: keep TOS below it.
                    self.unit().depth += 1;
                    self.body(finalbody)?;
                    self.unit().depth -= 1;
                } else {
                    self.body(finalbody)?;
                }
            }
            FBlock::With => {
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.load_const(Value::None);
                self.load_const(Value::None);
                self.load_const(Value::None);
                self.emit(Op::Call(3));
                self.emit(Op::Pop);
                self.unit().depth -= 1;
            }
            FBlock::Handler { name } => {
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::PopExcept);
                self.unit().depth -= 1;
                if let Some(n) = name {
                    let n = n.clone();
                    self.load_const(Value::None);
                    self.store_name(&n);
                    self.delete_name(&n);
                }
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::Swap(2));
                    self.emit(Op::Pop);
                    self.emit(Op::Swap(2));
                } else {
                    self.emit(Op::Pop);
                }
                self.emit(Op::PopExcept);
                self.unit().depth -= 2;
            }
        }
        Ok(())
    }

    fn push_fblock(&mut self, fb: FBlock) {
        let len = self.unit().b.handler_stack.len();
        self.unit().fblocks.push((fb, len));
    }

    fn push_handler(&mut self, label: Label, depth: u32) {
        self.unit().b.handler_stack.push((label, depth));
    }

    fn pop_handler(&mut self) {
        self.unit().b.handler_stack.pop();
    }

    fn try_except(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
    ) -> CResult {
        let handler = self.new_label();
        let end = self.new_label();
        let depth = self.unit().depth;
        self.push_fblock(FBlock::TryExcept);
        self.push_handler(handler, depth);
        self.body(body)?;
        self.pop_handler();
        self.unit().fblocks.pop();
        self.body(orelse)?;
        self.emit(Op::Jump(end.0));
        self.place(handler);
        self.except_handlers(handlers, end, depth)?;
        self.place(end);
        Ok(())
    }

    /// The handler chain. On entry the stack holds `depth` items plus the exception.
    fn except_handlers(&mut self, handlers: &[ExceptHandler], end: Label, depth: u32) -> CResult {
        let cleanup = self.new_label();
        self.emit(Op::PushExcInfo);
        self.push_handler(cleanup, depth + 1);
        for (i, h) in handlers.iter().enumerate() {
            self.set_line(h.span);
            let next = self.new_label();
            match &h.typ {
                Some(t) => {
                    self.expr(t)?;
                    self.emit(Op::CheckExcMatch);
                    self.emit(Op::PopJumpIfFalse(next.0));
                }
                None => {
                    if i + 1 != handlers.len() {
                        return self.error("default 'except:' must be last", h.span);
                    }
                }
            }
            match &h.name {
                Some(n) => self.store_name(n),
                None => self.emit(Op::Pop),
            }
            self.unit().depth = depth + 1;
            let handlers_len = self.unit().b.handler_stack.len() - 1;
            self.unit().fblocks.push((
                FBlock::Handler {
                    name: h.name.clone(),
                },
                handlers_len,
            ));
            if h.name.is_some() {
                // `except E as e:` deletes e when the body ends, however it ends.
                let inner_cleanup = self.new_label();
                let body_end = self.new_label();
                self.push_handler(inner_cleanup, depth + 1);
                self.body(&h.body)?;
                self.pop_handler();
                self.unit().fblocks.pop();
                self.emit(Op::PopExcept);
                self.clear_name(h.name.as_deref().unwrap_or(""));
                self.emit(Op::Jump(end.0));
                self.place(inner_cleanup);
                self.clear_name(h.name.as_deref().unwrap_or(""));
                self.emit(Op::Reraise);
                self.place(body_end);
            } else {
                self.body(&h.body)?;
                self.unit().fblocks.pop();
                self.emit(Op::PopExcept);
                self.emit(Op::Jump(end.0));
            }
            self.unit().depth = depth;
            self.place(next);
        }
        // No handler matched: re-raise (the cleanup restores the previous exception).
        self.emit(Op::Reraise);
        self.pop_handler();
        self.place(cleanup);
        self.emit(Op::PopExceptReraise);
        Ok(())
    }

    /// `name = None; del name` after an except body.
    fn clear_name(&mut self, name: &str) {
        self.load_const(Value::None);
        self.store_name(name);
        self.delete_name(name);
    }

    fn try_finally(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> CResult {
        let final_handler = self.new_label();
        let end = self.new_label();
        let depth = self.unit().depth;
        self.push_fblock(FBlock::TryFinally {
            finalbody: std::rc::Rc::new(finalbody.to_vec()),
        });
        self.push_handler(final_handler, depth);
        if handlers.is_empty() {
            self.body(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().fblocks.pop();
        self.pop_handler();
        if handlers.is_empty() {
            self.body(orelse)?;
        }
        // Normal exit: the final body inline.
        self.body(finalbody)?;
        self.emit(Op::Jump(end.0));
        // Exceptional exit: run the final body, then re-raise.
        self.place(final_handler);
        let cleanup = self.new_label();
        self.emit(Op::PushExcInfo);
        self.push_fblock(FBlock::FinallyEnd);
        self.push_handler(cleanup, depth + 1);
        self.unit().depth = depth + 2;
        self.body(finalbody)?;
        self.unit().fblocks.pop();
        self.unit().depth = depth;
        self.emit(Op::Reraise);
        self.pop_handler();
        self.place(cleanup);
        self.emit(Op::PopExceptReraise);
        self.place(end);
        Ok(())
    }

    fn with(&mut self, items: &[WithItem], body: &[Stmt], span: Span) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        self.expr(&item.context)?;
        self.set_line(span);
        self.emit(Op::BeforeWith);
        let depth = self.unit().depth;
        let handler = self.new_label();
        let end = self.new_label();
        self.unit().depth = depth + 1;
        self.push_fblock(FBlock::With);
        self.push_handler(handler, depth + 1);
        match &item.target {
            Some(t) => self.store_target(t)?,
            None => self.emit(Op::Pop),
        }
        self.with(rest, body, span)?;
        self.unit().fblocks.pop();
        self.pop_handler();
        self.set_line(span);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.emit(Op::Call(3));
        self.emit(Op::Pop);
        self.emit(Op::Jump(end.0));
        // Exception: (exit exc) → call exit(type, exc, tb); suppress if true.
        self.place(handler);
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.emit(Op::PushExcInfo);
        self.push_handler(cleanup, depth + 2);
        self.emit(Op::WithExceptStart);
        self.emit(Op::PopJumpIfTrue(suppress.0));
        self.emit(Op::Reraise);
        self.pop_handler();
        self.place(cleanup);
        self.emit(Op::PopExceptReraise);
        self.place(suppress);
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        self.unit().depth = depth;
        self.place(end);
        Ok(())
    }
}

/// CPython's name for an expression kind in "cannot assign to …" messages.
pub(super) fn expr_kind_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Constant(_) | ExprKind::JoinedStr(_) => "literal",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        _ => "expression",
    }
}
