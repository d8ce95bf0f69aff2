//! Expressions: operators, calls, displays, comprehensions, f-strings.

use std::rc::Rc;

use super::builder::Label;
use super::{CResult, Compiler, FunctionBody};
use crate::bytecode::Op;
use crate::objects::{Object, Value};
use crate::syntax::ast::*;

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &Expr) -> CResult {
        self.enter_nesting(e.span)?;
        let r = self.expr_inner(e);
        self.nesting -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> CResult {
        match &e.kind {
            ExprKind::Name(n) => {
                self.set_line(e.span);
                self.load_name(n);
            }
            ExprKind::Constant(c) => {
                let v = self.constant(c);
                self.load_const(v);
            }
            ExprKind::JoinedStr(parts) => self.fstring(parts)?,
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        match op {
                            BoolOp::And => self.emit(Op::JumpIfFalseOrPop(end.0)),
                            BoolOp::Or => self.emit(Op::JumpIfTrueOrPop(end.0)),
                        }
                    }
                }
                self.place(end);
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.set_line(e.span);
                self.emit(Op::Binary(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                // Fold negative numeric literals.
                if let (UnaryOp::Neg, ExprKind::Constant(Constant::Int(i))) = (op, &operand.kind) {
                    if let Some(n) = i.checked_neg() {
                        self.load_const(Value::Int(n));
                        return Ok(());
                    }
                }
                if let (UnaryOp::Neg, ExprKind::Constant(Constant::Float(f))) = (op, &operand.kind)
                {
                    self.load_const(Value::Float(-f));
                    return Ok(());
                }
                self.expr(operand)?;
                self.set_line(e.span);
                self.emit(match op {
                    UnaryOp::Not => Op::UnaryNot,
                    UnaryOp::Neg => Op::UnaryNeg,
                    UnaryOp::Pos => Op::UnaryPos,
                    UnaryOp::Invert => Op::UnaryInvert,
                });
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.expr(left)?;
                if ops.len() == 1 {
                    self.expr(&comparators[0])?;
                    self.set_line(e.span);
                    self.emit(Op::Compare(ops[0]));
                } else {
                    let cleanup = self.new_label();
                    let end = self.new_label();
                    for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
                        self.expr(c)?;
                        self.set_line(e.span);
                        if i + 1 < ops.len() {
                            self.emit(Op::Dup);
                            self.emit(Op::Rot3);
                            self.emit(Op::Compare(*op));
                            self.emit(Op::JumpIfFalseOrPop(cleanup.0));
                        } else {
                            self.emit(Op::Compare(*op));
                        }
                    }
                    self.emit(Op::Jump(end.0));
                    self.place(cleanup);
                    self.emit(Op::Swap(2));
                    self.emit(Op::Pop);
                    self.place(end);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.set_line(e.span);
                let k = self.name_index(attr);
                self.emit(Op::LoadAttr(k));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.set_line(e.span);
                self.emit(Op::Subscr);
            }
            ExprKind::Slice { lower, upper, step } => {
                let mut n = 2;
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Value::None),
                    }
                }
                if let Some(s) = step {
                    self.expr(s)?;
                    n = 3;
                }
                self.emit(Op::BuildSlice(n));
            }
            ExprKind::Starred(_) => {
                return self.error("can't use starred expression here", e.span);
            }
            ExprKind::Tuple(items) => {
                if let Some(v) = self.constant_tuple(items) {
                    self.load_const(v);
                } else if has_star(items) {
                    self.starred_list(items)?;
                    self.emit(Op::ListToTuple);
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.emit(Op::BuildTuple(items.len() as u32));
                }
            }
            ExprKind::List(items) => {
                if has_star(items) {
                    self.starred_list(items)?;
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.emit(Op::BuildList(items.len() as u32));
                }
            }
            ExprKind::Set(items) => {
                if has_star(items) {
                    self.emit(Op::BuildSet(0));
                    for i in items {
                        match &i.kind {
                            ExprKind::Starred(inner) => {
                                self.expr(inner)?;
                                self.emit(Op::SetUpdate(1));
                            }
                            _ => {
                                self.expr(i)?;
                                self.emit(Op::SetAdd(1));
                            }
                        }
                    }
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.emit(Op::BuildSet(items.len() as u32));
                }
            }
            ExprKind::Dict { keys, values } => {
                let mut pending = 0;
                let mut built = false;
                for (k, v) in keys.iter().zip(values) {
                    match k {
                        Some(k) => {
                            self.expr(k)?;
                            self.expr(v)?;
                            pending += 1;
                        }
                        None => {
                            if !built || pending > 0 {
                                self.emit(Op::BuildMap(pending));
                                if built {
                                    self.emit(Op::DictUpdate(1));
                                }
                                built = true;
                                pending = 0;
                            }
                            self.expr(v)?;
                            self.emit(Op::DictUpdate(1));
                        }
                    }
                }
                if !built || pending > 0 {
                    self.emit(Op::BuildMap(pending));
                    if built {
                        self.emit(Op::DictUpdate(1));
                    }
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, generators, Compr::List(elt))?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, Compr::Set(elt))?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, Compr::Dict(key, value))?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, Compr::Gen(elt))?
            }
            ExprKind::Lambda { params, body } => {
                self.make_function(e, "<lambda>", params, e.span, FunctionBody::Expr(body))?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                let else_label = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_label)?;
                self.expr(body)?;
                self.emit(Op::Jump(end.0));
                self.place(else_label);
                self.expr(orelse)?;
                self.place(end);
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.set_line(e.span);
                self.emit(Op::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.set_line(e.span);
                self.emit(Op::GetYieldFromIter);
                self.load_const(Value::None);
                self.emit(Op::YieldFrom);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Dup);
                self.store_name(target);
            }
        }
        Ok(())
    }

    pub(super) fn constant(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::True => Value::Bool(true),
            Constant::False => Value::Bool(false),
            Constant::Ellipsis => Value::obj(Object::Ellipsis),
            Constant::Int(i) => Value::Int(*i),
            Constant::BigInt(s) => match s.parse::<num_bigint::BigInt>() {
                Ok(n) => Value::from_bigint(n),
                Err(_) => Value::Int(0),
            },
            Constant::Float(f) => Value::Float(*f),
            Constant::Str(s) => (self.intern)(s),
            Constant::Bytes(b) => Value::obj(Object::Bytes(b.clone().into_boxed_slice())),
        }
    }

    fn constant_tuple(&mut self, items: &[Expr]) -> Option<Value> {
        if items.is_empty() {
            return Some(Value::tuple(vec![]));
        }
        let mut out = Vec::new();
        for i in items {
            match &i.kind {
                ExprKind::Constant(c) => out.push(self.constant(c)),
                _ => return None,
            }
        }
        Some(Value::tuple(out))
    }

    /// Builds a list from items some of which are `*starred`.
    fn starred_list(&mut self, items: &[Expr]) -> CResult {
        let mut pending = 0;
        let mut built = false;
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    if !built {
                        self.emit(Op::BuildList(pending));
                        built = true;
                    }
                    pending = 0;
                    self.expr(inner)?;
                    self.emit(Op::ListExtend(1));
                }
                _ => {
                    self.expr(i)?;
                    if built {
                        self.emit(Op::ListAppend(1));
                    } else {
                        pending += 1;
                    }
                }
            }
        }
        if !built {
            self.emit(Op::BuildList(pending));
        }
        Ok(())
    }

    /// Jumps to `target` if `test` is `when` (with `and`/`or`/`not` short-circuits).
    pub(super) fn jump_if(&mut self, test: &Expr, when: bool, target: Label) -> CResult {
        match &test.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, !when, target),
            ExprKind::BoolOp { op, values } => {
                let is_and = *op == BoolOp::And;
                if is_and != when {
                    // and/jump-if-false or or/jump-if-true: any operand decides.
                    for v in values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let (last, rest) = values.split_last().expect("BoolOp has operands");
                    for v in rest {
                        self.jump_if(v, !when, skip)?;
                    }
                    self.jump_if(last, when, target)?;
                    self.place(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(test)?;
        self.emit(if when {
            Op::PopJumpIfTrue(target.0)
        } else {
            Op::PopJumpIfFalse(target.0)
        });
        Ok(())
    }

    fn call(&mut self, e: &Expr, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> CResult {
        let star = has_star(args) || keywords.iter().any(|k| k.arg.is_none());
        if !star && keywords.is_empty() {
            if let ExprKind::Attribute { value, attr } = &func.kind {
                self.expr(value)?;
                self.set_line(func.span);
                let k = self.name_index(attr);
                self.emit(Op::LoadMethod(k));
                for a in args {
                    self.expr(a)?;
                }
                self.set_line(e.span);
                self.emit(Op::CallMethod(args.len() as u32));
                return Ok(());
            }
        }
        self.expr(func)?;
        if !star {
            for a in args {
                self.expr(a)?;
            }
            if keywords.is_empty() {
                self.set_line(e.span);
                self.emit(Op::Call(args.len() as u32));
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.expr(&k.value)?;
                    names.push(Value::str(k.arg.as_deref().unwrap_or("")));
                }
                self.load_const(Value::tuple(names));
                self.set_line(e.span);
                self.emit(Op::CallKw((args.len() + keywords.len()) as u32));
            }
            return Ok(());
        }
        // General form: an args tuple and a kwargs dict.
        self.starred_list(args)?;
        self.emit(Op::ListToTuple);
        if keywords.is_empty() {
            self.set_line(e.span);
            self.emit(Op::CallEx(0));
            return Ok(());
        }
        self.emit(Op::BuildMap(0));
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_const(Value::str(name));
                    self.expr(&k.value)?;
                    self.emit(Op::BuildMap(1));
                    self.emit(Op::DictMerge(1));
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge(1));
                }
            }
        }
        self.set_line(e.span);
        self.emit(Op::CallEx(1));
        Ok(())
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> CResult {
        let mut n = 0;
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    if s.is_empty() {
                        continue;
                    }
                    self.load_const(Value::str(s));
                }
                FStringPart::Formatted {
                    value,
                    conversion,
                    spec,
                    debug_text,
                } => {
                    if let Some(t) = debug_text {
                        self.load_const(Value::str(t));
                        n += 1;
                    }
                    self.expr(value)?;
                    let mut flags = match conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        _ => 0,
                    };
                    if debug_text.is_some() && conversion.is_none() && spec.is_none() {
                        flags = 2;
                    }
                    if let Some(spec) = spec {
                        self.fstring(spec)?;
                        flags |= 4;
                    }
                    self.set_line(value.span);
                    self.emit(Op::FormatValue(flags));
                }
            }
            n += 1;
        }
        if n != 1 {
            self.emit(Op::BuildString(n));
        }
        Ok(())
    }

    fn comprehension(&mut self, node: &Expr, generators: &[Comprehension], kind: Compr) -> CResult {
        let child = self.table.scope_of(node);
        let line = self.lines.line(node.span.start);
        let name = match kind {
            Compr::List(_) => "<listcomp>",
            Compr::Set(_) => "<setcomp>",
            Compr::Dict(..) => "<dictcomp>",
            Compr::Gen(_) => "<genexpr>",
        };
        let qualname = self.child_qualname(name);
        self.push_unit(child, line, qualname);
        self.set_line(node.span);
        self.emit_cells();
        match kind {
            Compr::List(_) => self.emit(Op::BuildList(0)),
            Compr::Set(_) => self.emit(Op::BuildSet(0)),
            Compr::Dict(..) => self.emit(Op::BuildMap(0)),
            Compr::Gen(_) => {}
        }
        let mut ends = Vec::new();
        for (i, g) in generators.iter().enumerate() {
            if i == 0 {
                self.emit(Op::LoadFast(0));
            } else {
                self.expr(&g.iter)?;
                self.emit(Op::GetIter);
            }
            let head = self.new_label();
            let end = self.new_label();
            self.place(head);
            self.set_line(node.span);
            self.emit(Op::ForIter(end.0));
            self.store_target(&g.target)?;
            for cond in &g.ifs {
                self.jump_if(cond, false, head)?;
            }
            ends.push((head, end));
        }
        let depth = generators.len() as u32 + 1;
        match kind {
            Compr::List(elt) => {
                self.expr(elt)?;
                self.emit(Op::ListAppend(depth));
            }
            Compr::Set(elt) => {
                self.expr(elt)?;
                self.emit(Op::SetAdd(depth));
            }
            Compr::Dict(k, v) => {
                self.expr(k)?;
                self.expr(v)?;
                self.emit(Op::MapAdd(depth));
            }
            Compr::Gen(elt) => {
                self.expr(elt)?;
                self.emit(Op::YieldValue);
                self.emit(Op::Pop);
            }
        }
        for (head, end) in ends.into_iter().rev() {
            self.emit(Op::Jump(head.0));
            self.place(end);
        }
        if matches!(kind, Compr::Gen(_)) {
            self.load_const(Value::None);
        }
        self.emit(Op::Return);
        let params = Params::default();
        let code = self.pop_unit(name, line, &params, Value::None);
        let closure = self.emit_closure(child);
        self.load_const(Value::obj(Object::Code(Rc::new(code))));
        self.emit(Op::MakeFunction(if closure { 4 } else { 0 }));
        self.expr(&generators[0].iter)?;
        self.set_line(node.span);
        self.emit(Op::GetIter);
        self.emit(Op::Call(1));
        Ok(())
    }
}

enum Compr<'e> {
    List(&'e Expr),
    Set(&'e Expr),
    Dict(&'e Expr, &'e Expr),
    Gen(&'e Expr),
}

fn has_star(items: &[Expr]) -> bool {
    items.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)))
}
