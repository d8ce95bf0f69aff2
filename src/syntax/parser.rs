//! Source text to AST: runs the generated LR parser over the logical token
//! stream and turns its failures into CPython-worded `SyntaxError`s.
//!
//! The grammar (`grammar/gilt.lalrpop`) builds nodes through `actions`; the
//! checks CPython makes in its grammar's error pass (assignment targets,
//! parameter and argument order, f-string fields) are done there too.
//!
//! Nothing here recurses once per nesting level of the input except target
//! validation (bounded by the 200-bracket limit) and f-strings (bounded by
//! the four quote kinds and two levels of format spec).

use std::fmt;

use lalrpop_util::{lalrpop_mod, ParseError};

use crate::syntax::ast::{Expr, Stmt};
use crate::syntax::lexer::{LexError, Lexer, Spanned};
use crate::syntax::token::{line_of, Tok};

lalrpop_mod!(
    #[allow(
        clippy::all,
        clippy::pedantic,
        unused_parens,
        unused_imports,
        dead_code
    )]
    grammar,
    "/gilt.rs"
);

/// Which Python exception a syntax error becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    Syntax,
    Indentation,
    Tab,
}

impl SyntaxErrorKind {
    /// The Python exception class name.
    pub fn class_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::Syntax => "SyntaxError",
            SyntaxErrorKind::Indentation => "IndentationError",
            SyntaxErrorKind::Tab => "TabError",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    /// Byte offset into the source where CPython's caret would point.
    pub offset: usize,
    /// More input could complete the program (an unclosed bracket, an
    /// unterminated triple-quoted string, a block header at end of input):
    /// the REPL asks for another line instead of reporting.
    pub incomplete: bool,
}

impl SyntaxError {
    fn new(kind: SyntaxErrorKind, msg: impl Into<String>, offset: usize) -> SyntaxError {
        SyntaxError {
            kind,
            msg: msg.into(),
            offset,
            incomplete: false,
        }
    }

    /// 1-based line and column (in characters) of the error in `source`.
    pub fn line_col(&self, source: &str) -> (usize, usize) {
        let offset = floor_char_boundary(source, self.offset);
        let line = line_of(source, offset);
        let line_start = source[..offset]
            .rfind(['\n', '\r'])
            .map(|i| i + 1)
            .unwrap_or(0);
        (line, source[line_start..offset].chars().count() + 1)
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.class_name(), self.msg)
    }
}

impl std::error::Error for SyntaxError {}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Parses a whole module.
pub fn parse_module(source: &str) -> Result<Vec<Stmt>, SyntaxError> {
    match run(source, Lexer::module(source), false)? {
        actions::Top::Module(body) => Ok(body),
        actions::Top::Expr(_) => unreachable!("a module parse yields a module"),
    }
}

/// Parses a single expression (the input of `eval`). Newlines are
/// insignificant, as inside brackets.
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    match run(source, Lexer::expr(source, 0, source.len()), false)? {
        actions::Top::Expr(e) => Ok(e),
        actions::Top::Module(_) => unreachable!("an expression parse yields an expression"),
    }
}

/// Parses an f-string replacement field, `src[start..end]`.
fn parse_field(src: &str, start: usize, end: usize) -> Result<Expr, SyntaxError> {
    match run(src, Lexer::expr(src, start, end), true)? {
        actions::Top::Expr(e) => Ok(e),
        actions::Top::Module(_) => unreachable!("an expression parse yields an expression"),
    }
}

/// The token stream as the parser sees it, remembered so that an error can
/// look back at the statement it is in.
struct Recorder<'s> {
    lexer: Lexer<'s>,
    tokens: Vec<Spanned>,
    /// The lexer itself failed (its error is final, nothing to improve).
    lexer_failed: bool,
}

impl Iterator for Recorder<'_> {
    type Item = Result<Spanned, LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        let item = self.lexer.next()?;
        match &item {
            Ok(tok) => self.tokens.push(tok.clone()),
            Err(_) => self.lexer_failed = true,
        }
        Some(item)
    }
}

fn run(src: &str, lexer: Lexer<'_>, fstring: bool) -> Result<actions::Top, SyntaxError> {
    let mut rec = Recorder {
        lexer,
        tokens: Vec::new(),
        lexer_failed: false,
    };
    let result = grammar::TopParser::new().parse(src, &mut rec);
    result.map_err(|e| {
        let mut err = report(src, &mut rec, e);
        if fstring && !err.msg.starts_with("f-string") {
            err.msg = format!("f-string: {}", err.msg);
        }
        err
    })
}

type PError = ParseError<usize, Tok, LexError>;

/// Turns a parser failure into the error CPython would report.
fn report(src: &str, rec: &mut Recorder<'_>, e: PError) -> SyntaxError {
    let (token, expected) = match e {
        ParseError::User { error } => {
            if rec.lexer_failed {
                return error.err;
            }
            let err = error.err;
            return tokenizer_error(src, rec, err.offset).unwrap_or(err);
        }
        ParseError::UnrecognizedToken { token, expected } => (Some(token), expected),
        ParseError::UnrecognizedEof { location, expected } => {
            let _ = location;
            (None, expected)
        }
        ParseError::InvalidToken { location } => (None, vec![format!("@{location}")]),
        ParseError::ExtraToken { token } => (Some(token), vec![]),
    };
    let err = classify(src, rec, token.as_ref(), &expected);
    if err.kind == SyntaxErrorKind::Indentation && err.msg == "unexpected indent" {
        return err;
    }
    tokenizer_error(src, rec, err.offset).unwrap_or(err)
}

/// CPython keeps tokenizing after a parser error: a tokenizer error later in
/// the file wins, and so does a bracket left open on an earlier line.
fn tokenizer_error(src: &str, rec: &mut Recorder<'_>, err_offset: usize) -> Option<SyntaxError> {
    if rec.lexer_failed {
        return None;
    }
    for item in rec.lexer.by_ref() {
        let Err(e) = item else { continue };
        if e.overrides {
            return Some(e.err);
        }
        let unclosed = e.err.msg.ends_with("was never closed");
        if unclosed && line_of(src, err_offset) > line_of(src, e.err.offset) {
            return Some(e.err);
        }
        return None;
    }
    None
}

/// Where CPython puts a NEWLINE token that follows `last_end`: at a comment
/// or the line break itself, after any blanks.
fn newline_offset(src: &str, last_end: usize) -> usize {
    let b = src.as_bytes();
    let mut i = last_end.min(b.len());
    while i < b.len() && matches!(b[i], b' ' | b'\t' | 0x0c) {
        i += 1;
    }
    i
}

fn is_layout(tok: &Tok) -> bool {
    matches!(tok, Tok::Newline | Tok::Indent | Tok::Dedent)
}

fn classify(
    src: &str,
    rec: &mut Recorder<'_>,
    token: Option<&Spanned>,
    expected: &[String],
) -> SyntaxError {
    use SyntaxErrorKind::*;
    // Index of the failing token in `rec.tokens` (one past the end at EOF).
    let at = match token {
        Some(_) => rec.tokens.len().saturating_sub(1),
        None => rec.tokens.len(),
    };
    let eof_offset = rec.tokens.last().map(|t| t.2).unwrap_or(0);
    let mut incomplete = token.is_none();

    // The offset of the failing token; for layout tokens, where CPython's
    // caret goes (the next real token, or the line break at end of input).
    let mut offset = match token {
        None => newline_offset(src, eof_offset),
        Some((s, Tok::Newline, _)) => newline_offset(src, *s),
        Some((_, Tok::Dedent, _)) => {
            let next = rec.lexer.by_ref().find_map(|item| match item {
                Ok((s, tok, _)) if !is_layout(&tok) => Some(s),
                _ => None,
            });
            match next {
                Some(s) => s,
                None => {
                    incomplete = true;
                    let newline = rec.tokens[..at]
                        .iter()
                        .rev()
                        .find(|t| t.1 == Tok::Newline)
                        .map(|t| t.0)
                        .unwrap_or(eof_offset);
                    newline_offset(src, newline)
                }
            }
        }
        Some((s, _, _)) => *s,
    };

    if let Some((s, Tok::Indent, _)) = token {
        return SyntaxError::new(Indentation, "unexpected indent", s.saturating_sub(1));
    }

    // The statement the failing token is in: its first token.
    let line_start = rec.tokens[..at]
        .iter()
        .rposition(|t| {
            matches!(
                t.1,
                Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule
            )
        })
        .map(|i| i + 1);

    if expected.iter().any(|e| e == "Indent") {
        // `header:` NEWLINE, then no INDENT. The header is the logical line
        // before the NEWLINE.
        let header = rec.tokens[..at.saturating_sub(1)]
            .iter()
            .rposition(|t| {
                matches!(
                    t.1,
                    Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule
                )
            })
            .map(|i| &rec.tokens[i + 1]);
        if let Some((hs, htok, _)) = header {
            if let Some(what) = block_name(htok) {
                if token.is_none() {
                    offset = rec
                        .tokens
                        .iter()
                        .rev()
                        .find(|t| t.1 == Tok::Newline)
                        .map(|t| newline_offset(src, t.0))
                        .unwrap_or(offset);
                }
                let mut err = SyntaxError::new(
                    Indentation,
                    format!(
                        "expected an indented block after {what} on line {}",
                        line_of(src, *hs)
                    ),
                    offset,
                );
                err.incomplete = incomplete;
                return err;
            }
        }
    }

    if let (Some((_, Tok::Newline, _)), Some(ls)) = (token, line_start) {
        if expected.iter().any(|e| e == "\":\"")
            && rec
                .tokens
                .get(ls)
                .is_some_and(|t| block_name(&t.1).is_some())
        {
            return SyntaxError::new(Syntax, "expected ':'", offset);
        }
    }

    if let Some((_, tok, _)) = token {
        if tok.starts_expr() && at >= 1 {
            if let Some((ps, Tok::Name(name), _)) = rec.tokens.get(at - 1) {
                if name == "print" || name == "exec" {
                    return SyntaxError::new(
                        Syntax,
                        format!(
                            "Missing parentheses in call to '{name}'. Did you mean {name}(...)?"
                        ),
                        *ps,
                    );
                }
            }
        }
    }

    let mut err = SyntaxError::new(Syntax, "invalid syntax", offset);
    err.incomplete = incomplete;
    err
}

/// How CPython names the block a header opens ("'if' statement").
fn block_name(tok: &Tok) -> Option<&'static str> {
    Some(match tok {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::While => "'while' statement",
        Tok::For => "'for' statement",
        Tok::With => "'with' statement",
        Tok::Try => "'try' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        _ => return None,
    })
}

/// Node builders and checks called from the grammar's actions.
pub(crate) mod actions {
    use std::collections::HashSet;

    use lalrpop_util::ParseError;

    use crate::syntax::ast::*;
    use crate::syntax::lexer::LexError;
    use crate::syntax::token::{decode_str, IntLit, StrLit, Tok};

    pub type PError = ParseError<usize, Tok, LexError>;
    pub type PResult<T> = Result<T, PError>;

    /// What the one grammar produces for each start token.
    pub enum Top {
        Module(Vec<Stmt>),
        Expr(Expr),
    }

    /// One call argument, before order checks split them.
    pub enum Arg {
        Pos(Expr),
        /// An unparenthesized generator expression.
        Generator(Expr),
        Keyword(Keyword),
    }

    /// One entry of a parameter list, before order checks.
    pub enum ParamItem {
        Plain(Param),
        Slash(usize),
        Star(usize, Option<Param>),
        DoubleStar(usize, Param),
    }

    #[derive(Clone, Copy, PartialEq, Eq)]
    pub enum Ctx {
        Store,
        Del,
    }

    pub fn error_at(offset: usize, msg: impl Into<String>) -> PError {
        ParseError::User {
            error: LexError::syntax(msg, offset),
        }
    }

    pub fn unsupported<T>(offset: usize, msg: &str) -> PResult<T> {
        Err(error_at(offset, msg))
    }

    pub fn stmt(l: usize, r: usize, kind: StmtKind) -> Stmt {
        Stmt {
            span: Span::new(l, r),
            kind,
        }
    }

    pub fn expr(l: usize, r: usize, kind: ExprKind) -> Expr {
        Expr {
            span: Span::new(l, r),
            kind,
        }
    }

    pub fn bin(l: usize, r: usize, left: Expr, op: BinOp, right: Expr) -> Expr {
        expr(
            l,
            r,
            ExprKind::BinOp {
                left: Box::new(left),
                op,
                right: Box::new(right),
            },
        )
    }

    pub fn unary(l: usize, r: usize, op: UnaryOp, operand: Expr) -> Expr {
        expr(
            l,
            r,
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand),
            },
        )
    }

    pub fn bool_op(l: usize, r: usize, op: BoolOp, first: Expr, rest: Vec<Expr>) -> Expr {
        let mut values = Vec::with_capacity(rest.len() + 1);
        values.push(first);
        values.extend(rest);
        expr(l, r, ExprKind::BoolOp { op, values })
    }

    pub fn int(l: usize, r: usize, value: IntLit) -> Expr {
        let c = match value {
            IntLit::Small(v) => Constant::Int(v),
            IntLit::Big(s) => Constant::BigInt(s),
        };
        expr(l, r, ExprKind::Constant(c))
    }

    pub fn tuple_or_single(l: usize, r: usize, (mut items, is_tuple): (Vec<Expr>, bool)) -> Expr {
        if is_tuple || items.len() != 1 {
            return expr(l, r, ExprKind::Tuple(items));
        }
        items.pop().expect("one item")
    }

    /// `( ... )`: a tuple, or just the parenthesized expression (keeping its
    /// own span, as CPython does).
    pub fn parenthesized(
        l: usize,
        r: usize,
        (mut items, is_tuple): (Vec<Expr>, bool),
    ) -> PResult<Expr> {
        if is_tuple || items.len() != 1 {
            return Ok(expr(l, r, ExprKind::Tuple(items)));
        }
        let e = items.pop().expect("one item");
        if matches!(e.kind, ExprKind::Starred(_)) {
            return Err(error_at(
                e.span.start as usize,
                "cannot use starred expression here",
            ));
        }
        Ok(e)
    }

    pub fn decorate(decorators: Vec<Expr>, mut s: Stmt) -> Stmt {
        match &mut s.kind {
            StmtKind::FunctionDef(f) => f.decorators = decorators,
            StmtKind::ClassDef(c) => c.decorators = decorators,
            _ => {}
        }
        s
    }

    pub fn if_chain(
        l: usize,
        r: usize,
        test: Expr,
        body: Body,
        elifs: Vec<(usize, Expr, Body)>,
        orelse: Option<Body>,
    ) -> Stmt {
        let mut orelse = orelse.unwrap_or_default();
        for (el, t, b) in elifs.into_iter().rev() {
            orelse = vec![stmt(
                el,
                r,
                StmtKind::If {
                    test: t,
                    body: b,
                    orelse,
                },
            )];
        }
        stmt(l, r, StmtKind::If { test, body, orelse })
    }

    /// CPython's name for an expression in "cannot assign to ..." messages.
    pub fn expr_name(e: &Expr) -> &'static str {
        match &e.kind {
            ExprKind::Attribute { .. } => "attribute",
            ExprKind::Subscript { .. } => "subscript",
            ExprKind::Starred(_) => "starred",
            ExprKind::Name(_) => "name",
            ExprKind::List(_) => "list",
            ExprKind::Tuple(_) => "tuple",
            ExprKind::Lambda { .. } => "lambda",
            ExprKind::Call { .. } => "function call",
            ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => {
                "expression"
            }
            ExprKind::GeneratorExp { .. } => "generator expression",
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
            ExprKind::ListComp { .. } => "list comprehension",
            ExprKind::SetComp { .. } => "set comprehension",
            ExprKind::DictComp { .. } => "dict comprehension",
            ExprKind::Dict { .. } => "dict literal",
            ExprKind::Set(_) => "set display",
            ExprKind::JoinedStr(_) => "f-string expression",
            ExprKind::Constant(Constant::None) => "None",
            ExprKind::Constant(Constant::True) => "True",
            ExprKind::Constant(Constant::False) => "False",
            ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
            ExprKind::Constant(_) => "literal",
            ExprKind::Compare { .. } => "comparison",
            ExprKind::IfExp { .. } => "conditional expression",
            ExprKind::NamedExpr { .. } => "named expression",
            ExprKind::Slice { .. } => "slice",
        }
    }

    /// The first sub-expression that cannot be a target, if any.
    fn invalid_target(e: &Expr, ctx: Ctx) -> Option<&Expr> {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().find_map(|item| invalid_target(item, ctx))
            }
            ExprKind::Starred(inner) => match ctx {
                Ctx::Del => Some(e),
                Ctx::Store => invalid_target(inner, ctx),
            },
            _ => Some(e),
        }
    }

    pub fn check_target(e: &Expr, ctx: Ctx) -> PResult<()> {
        match invalid_target(e, ctx) {
            None => Ok(()),
            Some(bad) => {
                let verb = match ctx {
                    Ctx::Store => "assign to",
                    Ctx::Del => "delete",
                };
                Err(error_at(
                    bad.span.start as usize,
                    format!("cannot {verb} {}", expr_name(bad)),
                ))
            }
        }
    }

    /// True for what CPython's `bitwise_or` rule can produce (the operand
    /// level of `a = b` misread as a comparison).
    fn is_operand_level(e: &Expr) -> bool {
        match &e.kind {
            ExprKind::UnaryOp { op, .. } => *op != UnaryOp::Not,
            ExprKind::Constant(c) => {
                !matches!(c, Constant::True | Constant::False | Constant::None)
            }
            ExprKind::BinOp { .. }
            | ExprKind::Call { .. }
            | ExprKind::JoinedStr(_)
            | ExprKind::Dict { .. }
            | ExprKind::Set(_)
            | ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::NamedExpr { .. } => true,
            _ => false,
        }
    }

    pub fn assign(l: usize, r: usize, first: Expr, chain: Vec<Expr>) -> PResult<Stmt> {
        let mut targets = Vec::with_capacity(chain.len());
        targets.push(first);
        targets.extend(chain);
        let value = targets.pop().expect("at least one '=' was parsed");
        let single = targets.len() == 1;
        for t in &targets {
            if matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
                return Err(error_at(
                    t.span.start as usize,
                    "assignment to yield expression not possible",
                ));
            }
            if let Some(bad) = invalid_target(t, Ctx::Store) {
                let msg = if single && std::ptr::eq(bad, t) && is_operand_level(t) {
                    format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        expr_name(bad)
                    )
                } else {
                    format!("cannot assign to {}", expr_name(bad))
                };
                return Err(error_at(bad.span.start as usize, msg));
            }
        }
        Ok(stmt(l, r, StmtKind::Assign { targets, value }))
    }

    pub fn aug_assign(l: usize, r: usize, target: Expr, op: BinOp, value: Expr) -> PResult<Stmt> {
        match target.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                Ok(stmt(l, r, StmtKind::AugAssign { target, op, value }))
            }
            _ => Err(error_at(
                target.span.start as usize,
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(&target)
                ),
            )),
        }
    }

    pub fn ann_assign(
        l: usize,
        r: usize,
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
    ) -> PResult<Stmt> {
        let at = target.span.start as usize;
        let simple = match target.kind {
            // A parenthesized name starts after the statement does.
            ExprKind::Name(_) => at == l,
            ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => false,
            ExprKind::Tuple(_) => {
                return Err(error_at(
                    at,
                    "only single target (not tuple) can be annotated",
                ))
            }
            ExprKind::List(_) => {
                return Err(error_at(
                    at,
                    "only single target (not list) can be annotated",
                ))
            }
            _ => return Err(error_at(at, "illegal target for annotation")),
        };
        Ok(stmt(
            l,
            r,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            },
        ))
    }

    pub fn del(l: usize, r: usize, targets: Vec<Expr>) -> PResult<Stmt> {
        for t in &targets {
            check_target(t, Ctx::Del)?;
        }
        Ok(stmt(l, r, StmtKind::Del(targets)))
    }

    pub fn keyword(l: usize, r: usize, name: Expr, value: Expr) -> PResult<Arg> {
        match name.kind {
            // `f((a)=1)` is an error: the name must not be parenthesized.
            ExprKind::Name(n) if name.span.start as usize == l => Ok(Arg::Keyword(Keyword {
                arg: Some(n),
                value,
                span: Span::new(l, r),
            })),
            ExprKind::Constant(Constant::True | Constant::False | Constant::None) => Err(error_at(
                l,
                format!("cannot assign to {}", expr_name(&name)),
            )),
            _ => Err(error_at(
                l,
                "expression cannot contain assignment, perhaps you meant \"==\"?",
            )),
        }
    }

    /// Splits call arguments, checking CPython's ordering rules.
    pub fn arguments(args: Vec<Arg>) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let count = args.len();
        let mut positional = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_keyword = false;
        let mut seen_double_star = false;
        for arg in args {
            match arg {
                Arg::Generator(e) if count > 1 => {
                    return Err(error_at(
                        e.span.start as usize,
                        "Generator expression must be parenthesized",
                    ))
                }
                Arg::Pos(e) | Arg::Generator(e) => {
                    let at = e.span.start as usize;
                    if matches!(e.kind, ExprKind::Starred(_)) {
                        if seen_double_star {
                            return Err(error_at(
                                at,
                                "iterable argument unpacking follows keyword argument unpacking",
                            ));
                        }
                    } else if seen_double_star {
                        return Err(error_at(
                            at,
                            "positional argument follows keyword argument unpacking",
                        ));
                    } else if seen_keyword {
                        return Err(error_at(at, "positional argument follows keyword argument"));
                    }
                    positional.push(e);
                }
                Arg::Keyword(k) => {
                    match &k.arg {
                        None => seen_double_star = true,
                        Some(name) => {
                            seen_keyword = true;
                            if keywords.iter().any(|o| o.arg.as_ref() == Some(name)) {
                                return Err(error_at(
                                    k.span.start as usize,
                                    format!("keyword argument repeated: {name}"),
                                ));
                            }
                        }
                    }
                    keywords.push(k);
                }
            }
        }
        Ok((positional, keywords))
    }

    /// Sorts a flat parameter list into `Params`, checking CPython's rules.
    pub fn params(items: Vec<ParamItem>) -> PResult<Params> {
        let mut p = Params::default();
        let mut seen_slash = false;
        let mut star: Option<usize> = None;
        let mut seen_kwarg = false;
        let mut seen_default = false;
        let mut names: HashSet<String> = HashSet::new();
        let mut check_name = |param: &Param| -> PResult<()> {
            if !names.insert(param.name.clone()) {
                return Err(error_at(
                    param.span.start as usize,
                    format!("duplicate argument '{}' in function definition", param.name),
                ));
            }
            Ok(())
        };
        for item in items {
            let at = match &item {
                ParamItem::Plain(param) => param.span.start as usize,
                ParamItem::Slash(at) | ParamItem::Star(at, _) | ParamItem::DoubleStar(at, _) => *at,
            };
            if seen_kwarg {
                return Err(error_at(at, "arguments cannot follow var-keyword argument"));
            }
            match item {
                ParamItem::Plain(param) => {
                    check_name(&param)?;
                    if star.is_some() {
                        p.kwonly.push(param);
                    } else {
                        if param.default.is_some() {
                            seen_default = true;
                        } else if seen_default {
                            return Err(error_at(
                                at,
                                "non-default argument follows default argument",
                            ));
                        }
                        p.args.push(param);
                    }
                }
                ParamItem::Slash(_) => {
                    if seen_slash {
                        return Err(error_at(at, "/ may appear only once"));
                    }
                    if star.is_some() {
                        return Err(error_at(at, "/ must be ahead of *"));
                    }
                    if p.args.is_empty() {
                        return Err(error_at(at, "invalid syntax"));
                    }
                    seen_slash = true;
                    p.posonly = std::mem::take(&mut p.args);
                }
                ParamItem::Star(_, vararg) => {
                    if star.is_some() {
                        return Err(error_at(at, "* argument may appear only once"));
                    }
                    star = Some(at);
                    if let Some(v) = &vararg {
                        check_name(v)?;
                    }
                    p.vararg = vararg;
                }
                ParamItem::DoubleStar(_, kwarg) => {
                    check_name(&kwarg)?;
                    seen_kwarg = true;
                    p.kwarg = Some(kwarg);
                }
            }
        }
        if let Some(at) = star {
            if p.vararg.is_none() && p.kwonly.is_empty() {
                return Err(error_at(at, "named arguments must follow bare *"));
            }
        }
        Ok(p)
    }

    // -----------------------------------------------------------------------
    // String literals

    /// Adjacent string literals, concatenated; f-strings are parsed here.
    pub fn strings(src: &str, pieces: Vec<(usize, StrLit, usize)>) -> PResult<Expr> {
        let l = pieces.first().map(|p| p.0).unwrap_or(0);
        let r = pieces.last().map(|p| p.2).unwrap_or(0);
        let bytes = pieces
            .iter()
            .filter(|p| matches!(p.1, StrLit::Bytes(_)))
            .count();
        if bytes != 0 && bytes != pieces.len() {
            return Err(error_at(l, "cannot mix bytes and nonbytes literals"));
        }
        if bytes != 0 {
            let mut out = Vec::new();
            for (_, piece, _) in pieces {
                if let StrLit::Bytes(b) = piece {
                    out.extend(b);
                }
            }
            return Ok(expr(l, r, ExprKind::Constant(Constant::Bytes(out))));
        }
        if !pieces.iter().any(|p| matches!(p.1, StrLit::FStr { .. })) {
            let mut out = String::new();
            for (_, piece, _) in pieces {
                if let StrLit::Str(s) = piece {
                    out.push_str(&s);
                }
            }
            return Ok(expr(l, r, ExprKind::Constant(Constant::Str(out))));
        }
        let mut parts = Vec::new();
        for (_, piece, _) in pieces {
            match piece {
                StrLit::Str(s) => push_literal(&mut parts, s),
                StrLit::FStr { raw, start, end } => {
                    let mut pos = start;
                    let inner = fstring_parts(src, &mut pos, end, raw, 0)
                        .map_err(|error| ParseError::User { error })?;
                    if pos < end {
                        // Only a nested spec stops at '}'; at the top level
                        // a lone '}' is an error raised inside.
                        return Err(error_at(pos, "f-string: single '}' is not allowed"));
                    }
                    for part in inner {
                        match part {
                            FStringPart::Literal(s) => push_literal(&mut parts, s),
                            other => parts.push(other),
                        }
                    }
                }
                StrLit::Bytes(_) => {}
            }
        }
        Ok(expr(l, r, ExprKind::JoinedStr(parts)))
    }

    fn push_literal(parts: &mut Vec<FStringPart>, s: String) {
        if s.is_empty() {
            return;
        }
        if let Some(FStringPart::Literal(prev)) = parts.last_mut() {
            prev.push_str(&s);
        } else {
            parts.push(FStringPart::Literal(s));
        }
    }

    fn fstring_error(msg: impl Into<String>, offset: usize) -> LexError {
        LexError::syntax(msg, offset)
    }

    /// Parses f-string text from `*pos` up to `end` (or, in a format spec,
    /// up to the `}` closing the field). `level` is 0 for the string itself
    /// and 1 inside a format spec. Mirrors CPython 3.11's `fstring_find_*`.
    fn fstring_parts(
        src: &str,
        pos: &mut usize,
        end: usize,
        raw: bool,
        level: u32,
    ) -> Result<Vec<FStringPart>, LexError> {
        let b = src.as_bytes();
        let mut parts = Vec::new();
        loop {
            // Literal text up to a field.
            let mut text = String::new();
            let mut chunk = *pos;
            while *pos < end {
                let c = b[*pos];
                if c == b'\\' && !raw {
                    if b.get(*pos + 1) == Some(&b'N') && b.get(*pos + 2) == Some(&b'{') {
                        while *pos < end && b[*pos] != b'}' {
                            *pos += 1;
                        }
                        *pos = (*pos + 1).min(end);
                    } else if *pos + 1 < end && !matches!(b[*pos + 1], b'{' | b'}') {
                        *pos += 2;
                    } else {
                        *pos += 1;
                    }
                    continue;
                }
                if c == b'{' || c == b'}' {
                    if level == 0 {
                        if *pos + 1 < end && b[*pos + 1] == c {
                            text.push_str(&src[chunk..*pos + 1]);
                            *pos += 2;
                            chunk = *pos;
                            continue;
                        }
                        if c == b'}' {
                            return Err(fstring_error("f-string: single '}' is not allowed", *pos));
                        }
                    }
                    break;
                }
                *pos += 1;
            }
            // A `\N{` skip can stop past a multi-byte char boundary only at
            // `end`, which is a boundary.
            text.push_str(&src[chunk..*pos]);
            let literal = decode_str(&text, raw).map_err(|m| fstring_error(m, chunk))?;
            if !literal.is_empty() {
                parts.push(FStringPart::Literal(literal));
            }
            if *pos >= end || b[*pos] == b'}' {
                return Ok(parts);
            }
            // b[*pos] == '{'
            if level >= 2 {
                return Err(fstring_error(
                    "f-string: expressions nested too deeply",
                    *pos,
                ));
            }
            *pos += 1;
            parts.push(fstring_field(src, pos, end, raw, level)?);
        }
    }

    /// Parses one replacement field; `*pos` is just after its `{`.
    fn fstring_field(
        src: &str,
        pos: &mut usize,
        end: usize,
        raw: bool,
        level: u32,
    ) -> Result<FStringPart, LexError> {
        let b = src.as_bytes();
        let expr_start = *pos;
        let mut quote: Option<(u8, usize)> = None;
        let mut brackets: Vec<(u8, usize)> = Vec::new();
        while *pos < end {
            let c = b[*pos];
            if c == b'\\' {
                return Err(fstring_error(
                    "f-string expression part cannot include a backslash",
                    *pos,
                ));
            }
            if let Some((q, n)) = quote {
                if c == q
                    && (n == 1 || (b.get(*pos + 1) == Some(&q) && b.get(*pos + 2) == Some(&q)))
                {
                    *pos += n;
                    quote = None;
                } else {
                    *pos += 1;
                }
                continue;
            }
            match c {
                b'{' | b'[' | b'(' => {
                    if brackets.len() >= 200 {
                        return Err(fstring_error("f-string: too many nested parenthesis", *pos));
                    }
                    brackets.push((c, *pos));
                    *pos += 1;
                    continue;
                }
                b'#' => {
                    return Err(fstring_error(
                        "f-string expression part cannot include '#'",
                        *pos,
                    ))
                }
                b'!' | b':' | b'}' | b'=' | b'<' | b'>' if brackets.is_empty() => {
                    let next = b.get(*pos + 1).copied().filter(|_| *pos + 1 < end);
                    if next == Some(b'=') && matches!(c, b'!' | b'=' | b'<' | b'>') {
                        *pos += 2;
                        continue;
                    }
                    if c == b'<' || c == b'>' {
                        *pos += 1;
                        continue;
                    }
                    break;
                }
                b']' | b'}' | b')' => {
                    let Some((open, _)) = brackets.pop() else {
                        return Err(fstring_error(
                            format!("f-string: unmatched '{}'", c as char),
                            *pos,
                        ));
                    };
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        return Err(fstring_error(
                            format!(
                                "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, open as char
                            ),
                            *pos,
                        ));
                    }
                }
                b'\'' | b'"' => {
                    let n = if b.get(*pos + 1) == Some(&c)
                        && b.get(*pos + 2) == Some(&c)
                        && *pos + 2 < end
                    {
                        3
                    } else {
                        1
                    };
                    quote = Some((c, n));
                    *pos += n;
                    continue;
                }
                _ => {}
            }
            *pos += 1;
        }
        let expr_end = *pos;
        if quote.is_some() {
            return Err(fstring_error("f-string: unterminated string", expr_end));
        }
        if let Some(&(open, at)) = brackets.last() {
            return Err(fstring_error(
                format!("f-string: unmatched '{}'", open as char),
                at,
            ));
        }
        if *pos >= end {
            return Err(fstring_error("f-string: expecting '}'", *pos));
        }
        if src[expr_start..expr_end]
            .trim_matches([' ', '\t', '\n', '\r', '\x0c'])
            .is_empty()
        {
            return Err(fstring_error(
                "f-string: empty expression not allowed",
                expr_end,
            ));
        }
        let value = super::parse_field(src, expr_start, expr_end).map_err(|err| LexError {
            err,
            overrides: false,
        })?;
        let mut debug_text = None;
        if b[*pos] == b'=' {
            *pos += 1;
            while *pos < end && b[*pos].is_ascii_whitespace() {
                *pos += 1;
            }
            if *pos >= end {
                return Err(fstring_error("f-string: expecting '}'", *pos));
            }
            debug_text = Some(src[expr_start..*pos].to_string());
        }
        let mut conversion = None;
        if b[*pos] == b'!' {
            *pos += 1;
            if *pos >= end {
                return Err(fstring_error("f-string: expecting '}'", *pos));
            }
            let c = src[*pos..]
                .chars()
                .next()
                .expect("pos < end is in the string");
            *pos += c.len_utf8();
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(fstring_error(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    *pos,
                ));
            }
            conversion = Some(c);
        }
        let mut spec = None;
        if *pos < end && b[*pos] == b':' {
            *pos += 1;
            if *pos >= end {
                return Err(fstring_error("f-string: expecting '}'", *pos));
            }
            spec = Some(fstring_parts(src, pos, end, raw, level + 1)?);
        }
        if *pos >= end || b[*pos] != b'}' {
            return Err(fstring_error("f-string: expecting '}'", *pos));
        }
        *pos += 1;
        Ok(FStringPart::Formatted {
            value: Box::new(value),
            conversion,
            spec,
            debug_text,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::ast::*;

    fn parse(src: &str) -> Vec<Stmt> {
        match parse_module(src) {
            Ok(body) => body,
            Err(e) => panic!("{src:?}: {e} at {:?}", e.line_col(src)),
        }
    }

    fn one_expr(src: &str) -> Expr {
        let mut body = parse(src);
        match body.pop().map(|s| s.kind) {
            Some(StmtKind::Expr(e)) => e,
            other => panic!("{src:?}: not an expression statement: {other:?}"),
        }
    }

    /// A compact rendering of an expression, for shape checks.
    fn show(e: &Expr) -> String {
        let list = |items: &[Expr]| items.iter().map(show).collect::<Vec<_>>().join(", ");
        match &e.kind {
            ExprKind::Name(n) => n.clone(),
            ExprKind::Constant(c) => match c {
                Constant::Int(v) => v.to_string(),
                Constant::BigInt(s) => format!("big:{s}"),
                Constant::Float(f) => format!("{f:?}"),
                Constant::Str(s) => format!("{s:?}"),
                Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
                other => format!("{other:?}"),
            },
            ExprKind::BinOp { left, op, right } => {
                format!("({} {op:?} {})", show(left), show(right))
            }
            ExprKind::UnaryOp { op, operand } => format!("{op:?}({})", show(operand)),
            ExprKind::BoolOp { op, values } => format!("{op:?}[{}]", list(values)),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                format!("Cmp({} {ops:?} [{}])", show(left), list(comparators))
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                let kws: Vec<String> = keywords
                    .iter()
                    .map(|k| format!("{}={}", k.arg.as_deref().unwrap_or("**"), show(&k.value)))
                    .collect();
                format!("{}({}; {})", show(func), list(args), kws.join(", "))
            }
            ExprKind::Attribute { value, attr } => format!("{}.{attr}", show(value)),
            ExprKind::Subscript { value, index } => format!("{}[{}]", show(value), show(index)),
            ExprKind::Slice { lower, upper, step } => {
                let part = |p: &Option<Box<Expr>>| p.as_ref().map(|e| show(e)).unwrap_or_default();
                format!("{}:{}:{}", part(lower), part(upper), part(step))
            }
            ExprKind::Starred(inner) => format!("*{}", show(inner)),
            ExprKind::List(items) => format!("[{}]", list(items)),
            ExprKind::Tuple(items) => format!("({},)", list(items)),
            ExprKind::Set(items) => format!("{{{}}}", list(items)),
            ExprKind::Dict { keys, values } => {
                let entries: Vec<String> = keys
                    .iter()
                    .zip(values)
                    .map(|(k, v)| match k {
                        Some(k) => format!("{}: {}", show(k), show(v)),
                        None => format!("**{}", show(v)),
                    })
                    .collect();
                format!("{{{}}}", entries.join(", "))
            }
            ExprKind::ListComp { elt, generators } => {
                format!("[{} {}]", show(elt), comps(generators))
            }
            ExprKind::SetComp { elt, generators } => {
                format!("{{{} {}}}", show(elt), comps(generators))
            }
            ExprKind::GeneratorExp { elt, generators } => {
                format!("({} {})", show(elt), comps(generators))
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                format!("{{{}: {} {}}}", show(key), show(value), comps(generators))
            }
            ExprKind::Lambda { params, body } => {
                format!("lambda {}: {}", show_params(params), show(body))
            }
            ExprKind::IfExp { test, body, orelse } => {
                format!("({} if {} else {})", show(body), show(test), show(orelse))
            }
            ExprKind::Yield(v) => {
                format!("yield {}", v.as_ref().map(|e| show(e)).unwrap_or_default())
            }
            ExprKind::YieldFrom(v) => format!("yield from {}", show(v)),
            ExprKind::NamedExpr { target, value } => format!("({target} := {})", show(value)),
            ExprKind::JoinedStr(parts) => {
                format!("f{:?}", parts.iter().map(show_part).collect::<Vec<_>>())
            }
        }
    }

    fn show_part(p: &FStringPart) -> String {
        match p {
            FStringPart::Literal(s) => s.clone(),
            FStringPart::Formatted {
                value,
                conversion,
                spec,
                debug_text,
            } => format!(
                "{{{}{}{}{}}}",
                debug_text.as_deref().unwrap_or(""),
                show(value),
                conversion.map(|c| format!("!{c}")).unwrap_or_default(),
                spec.as_ref()
                    .map(|s| format!(":{}", s.iter().map(show_part).collect::<String>()))
                    .unwrap_or_default()
            ),
        }
    }

    fn comps(generators: &[Comprehension]) -> String {
        generators
            .iter()
            .map(|c| {
                let ifs: String = c.ifs.iter().map(|e| format!(" if {}", show(e))).collect();
                format!("for {} in {}{ifs}", show(&c.target), show(&c.iter))
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn show_params(p: &Params) -> String {
        let one = |p: &Param| {
            let mut s = p.name.clone();
            if let Some(a) = &p.annotation {
                s += &format!(":{}", show(a));
            }
            if let Some(d) = &p.default {
                s += &format!("={}", show(d));
            }
            s
        };
        let names = |ps: &[Param]| ps.iter().map(one).collect::<Vec<_>>().join(",");
        format!(
            "[{}/{}*{}|{}**{}]",
            names(&p.posonly),
            names(&p.args),
            p.vararg.as_ref().map(one).unwrap_or_default(),
            names(&p.kwonly),
            p.kwarg.as_ref().map(one).unwrap_or_default()
        )
    }

    fn check(src: &str, expected: &str) {
        assert_eq!(show(&one_expr(src)), expected, "source: {src:?}");
    }

    #[test]
    fn operators_and_precedence() {
        check("-2**2", "Neg((2 Pow 2))");
        check("2**-1", "(2 Pow Neg(1))");
        check("2**3**4", "(2 Pow (3 Pow 4))");
        check("a + b * c - d", "((a Add (b Mul c)) Sub d)");
        check(
            "a | b ^ c & d << 1 >> 2",
            "(a BitOr (b BitXor (c BitAnd ((d LShift 1) RShift 2))))",
        );
        check(
            "a // b % c @ d / e",
            "((((a FloorDiv b) Mod c) MatMul d) Div e)",
        );
        check("~+-x", "Invert(Pos(Neg(x)))");
        check(
            "not a and b or c and not d",
            "Or[And[Not(a), b], And[c, Not(d)]]",
        );
        check("a or b or c", "Or[a, b, c]");
        check(
            "a < b <= c == d != e > f >= g in h not in i is j is not k",
            "Cmp(a [Lt, LtE, Eq, NotEq, Gt, GtE, In, NotIn, Is, IsNot] [b, c, d, e, f, g, h, i, j, k])",
        );
        check("a if b else c if d else e", "(a if b else (c if d else e))");
        check("(x := 5)", "(x := 5)");
        check("lambda: 0", "lambda [/*|**]: 0");
        check(
            "lambda a, b=1, /, c=2, *args, d, e=3, **kw: a",
            "lambda [a,b=1/c=2*args|d,e=3**kw]: a",
        );
        check("lambda *, k: k", "lambda [/*|k**]: k");
    }

    #[test]
    fn atoms_and_trailers() {
        check("f(a, *b, c=1, *d, **e)", "f(a, *b, *d; c=1, **=e)");
        check("f(x for x in y)", "f((x for x in y); )");
        check("f(a,)", "f(a; )");
        check("a.b.c[1](2)", "a.b.c[1](2; )");
        check("a[1:2, ::3, 4]", "a[(1:2:, ::3, 4,)]");
        check("a[:]", "a[::]");
        check("a[*b]", "a[*b]");
        check("a[i:=1]", "a[(i := 1)]");
        check("(1, *a, 2)", "(1, *a, 2,)");
        check("()", "(,)");
        check("(1,)", "(1,)");
        check("[1, *a]", "[1, *a]");
        check("{1, *a}", "{1, *a}");
        check("{}", "{}");
        check("{1: 2, **d, 3: 4,}", "{1: 2, **d, 3: 4}");
        check(
            "[x for x in y if x if z for w in x]",
            "[x for x in y if x if z for w in x]",
        );
        check("{k: v for k, v in d}", "{k: v for (k, v,) in d}");
        check("{x for x in y}", "{x for x in y}");
        check("(x for *a, b in c)", "(x for (*a, b,) in c)");
        check("...", "Ellipsis");
        check("None, True, False", "(None, True, False,)");
        check("(yield)", "yield ");
        check(
            "0x_ff + 0o17 + 0b1_0 + 1_000",
            "(((255 Add 15) Add 2) Add 1000)",
        );
        check("99999999999999999999", "big:99999999999999999999");
        check("1.5e3 + .5 + 1.", "((1500.0 Add 0.5) Add 1.0)");
        check("1if x else 2", "(1 if x else 2)");
    }

    #[test]
    fn strings() {
        check(r#"'a' "b" '''c''' """d""""#, r#""abcd""#);
        check(r"r'\n' '\n'", r#""\\n\n""#);
        check(r"b'a\x41' rb'\n'", r#"b"aA\\n""#);
        check(r#"'a' f'{x!r:>{w}}' 'b'"#, r#"f["a", "{x!r:>{w}}", "b"]"#);
        check(r#"f'{x=}' f'{y = !s}'"#, r#"f["{x=x}", "{y = y!s}"]"#);
        // In a format spec `{{` is not an escape: this is a nested `{}` dict.
        check(r#"f'{{}}{x:{{}}}'"#, r#"f["{}", "{x:{{}}}"]"#);
        check(
            r#"f"{d['k']}" rf'\n{x}'"#,
            r#"f["{d[\"k\"]}", "\\n", "{x}"]"#,
        );
        check(r#"f'{f"{x}"}'"#, r#"f["{f[\"{x}\"]}"]"#);
        check(
            r#"f'{a, b}' f'{x!=y}' f'{x<y}'"#,
            r#"f["{(a, b,)}", "{Cmp(x [NotEq] [y])}", "{Cmp(x [Lt] [y])}"]"#,
        );
        check("f'''{\nx\n}'''", r#"f["{x}"]"#);
        // Spans of nested expressions point into the whole source.
        let e = one_expr("x = 1\nf'ab{name}'");
        let ExprKind::JoinedStr(parts) = &e.kind else {
            panic!()
        };
        let FStringPart::Formatted { value, .. } = &parts[1] else {
            panic!()
        };
        assert_eq!((value.span.start, value.span.end), (11, 15));
    }

    fn stmt(src: &str) -> StmtKind {
        let mut body = parse(src);
        assert_eq!(body.len(), 1, "{src:?}");
        body.pop().unwrap().kind
    }

    #[test]
    fn assignments() {
        let StmtKind::Assign { targets, value } = stmt("a = b, c = *d, e = 1") else {
            panic!()
        };
        assert_eq!(
            targets.iter().map(show).collect::<Vec<_>>(),
            ["a", "(b, c,)", "(*d, e,)"]
        );
        assert_eq!(show(&value), "1");
        let StmtKind::Assign { targets, .. } = stmt("[a, (b.c, d[1:2])], *e = x") else {
            panic!()
        };
        assert_eq!(show(&targets[0]), "([a, (b.c, d[1:2:],)], *e,)");
        let StmtKind::Assign { value, .. } = stmt("x = yield y") else {
            panic!()
        };
        assert_eq!(show(&value), "yield y");
        let StmtKind::AugAssign { op, .. } = stmt("a.b **= 2") else {
            panic!()
        };
        assert_eq!(op, BinOp::Pow);
        let StmtKind::AnnAssign { simple, value, .. } = stmt("x: int = 1, 2") else {
            panic!()
        };
        assert!(simple);
        assert_eq!(show(&value.unwrap()), "(1, 2,)");
        let StmtKind::AnnAssign { simple, value, .. } = stmt("(x): int") else {
            panic!()
        };
        assert!(!simple && value.is_none());
        let StmtKind::Del(targets) = stmt("del a, b[0], (c.d, e),") else {
            panic!()
        };
        assert_eq!(targets.len(), 3);
    }

    #[test]
    fn compound_statements() {
        let StmtKind::If { orelse, .. } =
            stmt("if a: pass\nelif b: pass\nelif c:\n  pass\nelse:\n  x\n")
        else {
            panic!()
        };
        let StmtKind::If { orelse, .. } = &orelse[0].kind else {
            panic!()
        };
        let StmtKind::If { orelse, .. } = &orelse[0].kind else {
            panic!()
        };
        assert!(matches!(orelse[0].kind, StmtKind::Expr(_)));
        assert!(
            matches!(stmt("while x:\n  break\nelse:\n  continue\n"), StmtKind::While { orelse, .. } if orelse.len() == 1)
        );
        let StmtKind::For { target, iter, .. } = stmt("for a, *b in c, d: pass") else {
            panic!()
        };
        assert_eq!(
            (show(&target), show(&iter)),
            ("(a, *b,)".into(), "(c, d,)".into())
        );
        let StmtKind::FunctionDef(f) =
            stmt("@d1\n@d2.x(1)\ndef f(a: int, b=1, /, c: str = 'x', *args: int, d, e=2, **kw) -> int:\n  return a, *b\n")
        else {
            panic!()
        };
        assert_eq!(f.decorators.len(), 2);
        assert_eq!(
            show_params(&f.params),
            "[a:int,b=1/c:str=\"x\"*args:int|d,e=2**kw]"
        );
        assert!(f.returns.is_some());
        let StmtKind::ClassDef(c) =
            stmt("class A(B, *bs, metaclass=M, **kw):\n  x = 1\n  def g(self): pass\n")
        else {
            panic!()
        };
        assert_eq!((c.bases.len(), c.keywords.len(), c.body.len()), (2, 2, 2));
        let StmtKind::Try { handlers, orelse, finalbody, .. } =
            stmt("try:\n  x\nexcept (A, B) as e:\n  y\nexcept C:\n  pass\nexcept:\n  raise\nelse:\n  z\nfinally:\n  w\n")
        else {
            panic!()
        };
        assert_eq!(handlers.len(), 3);
        assert_eq!(handlers[0].name.as_deref(), Some("e"));
        assert!(handlers[2].typ.is_none());
        assert_eq!((orelse.len(), finalbody.len()), (1, 1));
        assert!(
            matches!(stmt("try:\n  x\nfinally:\n  y\n"), StmtKind::Try { handlers, .. } if handlers.is_empty())
        );
        let StmtKind::With { items, .. } = stmt("with a as x, b as (y, z), c: pass") else {
            panic!()
        };
        assert_eq!(items.len(), 3);
        let StmtKind::With { items, .. } = stmt("with (a as x,\n      b as y,\n):\n  pass\n")
        else {
            panic!()
        };
        assert_eq!(items.len(), 2);
        let StmtKind::With { items, .. } = stmt("with (a, b) as c: pass") else {
            panic!()
        };
        assert_eq!(show(&items[0].context), "(a, b,)");
        let StmtKind::Raise { exc, cause } = stmt("raise X from Y") else {
            panic!()
        };
        assert!(exc.is_some() && cause.is_some());
        assert!(matches!(
            stmt("assert x, 'msg'"),
            StmtKind::Assert { msg: Some(_), .. }
        ));
        assert!(matches!(
            stmt("def g():\n  global a, b\n  nonlocal c\n  yield from x\n  return\n"),
            StmtKind::FunctionDef(_)
        ));
        assert_eq!(parse("a = 1; b = 2;\nif x: c; d\n").len(), 3);
        assert_eq!(parse("\n\n# comment\n   \nx\n\n").len(), 1);
        assert!(parse("").is_empty());
    }

    #[test]
    fn imports() {
        let StmtKind::Import(names) = stmt("import a.b.c as d, e") else {
            panic!()
        };
        assert_eq!(
            (names[0].name.as_str(), names[0].asname.as_deref()),
            ("a.b.c", Some("d"))
        );
        let StmtKind::ImportFrom {
            module,
            level,
            names,
        } = stmt("from ...a.b import (x as y, z,)")
        else {
            panic!()
        };
        assert_eq!(
            (module.as_deref(), level, names.unwrap().len()),
            (Some("a.b"), 3, 2)
        );
        let StmtKind::ImportFrom {
            module,
            level,
            names,
        } = stmt("from .. import *")
        else {
            panic!()
        };
        assert_eq!((module, level, names.is_none()), (None, 2, true));
    }

    fn error(src: &str) -> SyntaxError {
        match parse_module(src) {
            Ok(body) => panic!("{src:?} parsed: {body:?}"),
            Err(e) => e,
        }
    }

    /// Each case was checked against CPython 3.11: message, 1-based line
    /// and column (CPython's `lineno` and `offset`).
    #[test]
    fn error_messages_match_cpython() {
        use SyntaxErrorKind::*;
        let cases: &[(&str, SyntaxErrorKind, &str, usize, usize)] = &[
            ("f() = 1", Syntax, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
            ("1 = x", Syntax, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1),
            ("f() = x = 1", Syntax, "cannot assign to function call", 1, 1),
            ("(a, f()) = 1", Syntax, "cannot assign to function call", 1, 5),
            ("[a, 1] = x", Syntax, "cannot assign to literal", 1, 5),
            ("True = 1", Syntax, "cannot assign to True", 1, 1),
            ("for 1 in x: pass", Syntax, "cannot assign to literal", 1, 5),
            ("with a as f(): pass", Syntax, "cannot assign to function call", 1, 11),
            ("del (a, *b)", Syntax, "cannot delete starred", 1, 9),
            ("f() += 1", Syntax, "'function call' is an illegal expression for augmented assignment", 1, 1),
            ("(a, b): int", Syntax, "only single target (not tuple) can be annotated", 1, 1),
            ("f(): int", Syntax, "illegal target for annotation", 1, 1),
            ("yield x = 1", Syntax, "assignment to yield expression not possible", 1, 1),
            ("[x for f() in y]", Syntax, "cannot assign to function call", 1, 8),
            ("x = (*a)", Syntax, "cannot use starred expression here", 1, 6),
            ("print 'hello'", Syntax, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
            ("if x\n  pass", Syntax, "expected ':'", 1, 5),
            ("def f()\n  pass", Syntax, "expected ':'", 1, 8),
            ("if x y:\n  pass", Syntax, "invalid syntax", 1, 6),
            ("if x:\npass", Indentation, "expected an indented block after 'if' statement on line 1", 2, 1),
            ("if x:\n", Indentation, "expected an indented block after 'if' statement on line 1", 1, 6),
            ("def f():\n", Indentation, "expected an indented block after function definition on line 1", 1, 9),
            ("class A:\n", Indentation, "expected an indented block after class definition on line 1", 1, 9),
            ("try:\n  pass\nexcept:\n", Indentation, "expected an indented block after 'except' statement on line 3", 3, 8),
            ("if x:\n  pass\nelif y:\nz", Indentation, "expected an indented block after 'elif' statement on line 3", 4, 1),
            ("  x = 1", Indentation, "unexpected indent", 1, 2),
            ("if x:\n    a\n  b", Indentation, "unindent does not match any outer indentation level", 3, 4),
            ("if x:\n\ta\n        b", Tab, "inconsistent use of tabs and spaces in indentation", 3, 1),
            ("x = (1,\ny = 2\n", Syntax, "'(' was never closed", 1, 5),
            ("x = )", Syntax, "unmatched ')'", 1, 5),
            ("x = (]", Syntax, "closing parenthesis ']' does not match opening parenthesis '('", 1, 6),
            ("x = (\n]", Syntax, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1),
            ("x = 1 +   \n", Syntax, "invalid syntax", 1, 11),
            ("x = 1 + # c\n", Syntax, "invalid syntax", 1, 9),
            ("x = $", Syntax, "invalid syntax", 1, 5),
            ("x = = 1\ny = 'abc", Syntax, "unterminated string literal (detected at line 2)", 2, 5),
            ("x = '''abc", Syntax, "unterminated triple-quoted string literal (detected at line 1)", 1, 5),
            ("x = 1€", Syntax, "invalid character '€' (U+20AC)", 1, 6),
            ("x = 0777", Syntax, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5),
            ("x = 12abc", Syntax, "invalid decimal literal", 1, 6),
            ("x = 1_", Syntax, "invalid decimal literal", 1, 6),
            ("x = 0o9", Syntax, "invalid digit '9' in octal literal", 1, 7),
            ("f'{}'", Syntax, "f-string: empty expression not allowed", 1, 4),
            ("f'{x'", Syntax, "f-string: expecting '}'", 1, 5),
            ("f'{x!z}'", Syntax, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 7),
            ("f'}'", Syntax, "f-string: single '}' is not allowed", 1, 3),
            ("f'{x +}'", Syntax, "f-string: invalid syntax", 1, 7),
            ("f'{x:{y:{z}}}'", Syntax, "f-string: expressions nested too deeply", 1, 9),
            ("def f(a=1, b): pass", Syntax, "non-default argument follows default argument", 1, 12),
            ("def f(*): pass", Syntax, "named arguments must follow bare *", 1, 7),
            ("def f(a, a): pass", Syntax, "duplicate argument 'a' in function definition", 1, 10),
            ("def f(a, /, b, /): pass", Syntax, "/ may appear only once", 1, 16),
            ("f(**a, *b)", Syntax, "iterable argument unpacking follows keyword argument unpacking", 1, 8),
            ("f(a=1, b)", Syntax, "positional argument follows keyword argument", 1, 8),
            ("f(a for a in b, c)", Syntax, "Generator expression must be parenthesized", 1, 3),
            ("f(a.b=1)", Syntax, "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3),
            ("try:\n  pass\nexcept A, B:\n  pass", Syntax, "multiple exception types must be parenthesized", 3, 8),
            ("from x import a,", Syntax, "trailing comma not allowed without surrounding parentheses", 1, 17),
            ("x = 1\n  y = 2", Indentation, "unexpected indent", 2, 2),
            ("x := 1", Syntax, "invalid syntax", 1, 3),
            ("x = \\", Syntax, "unexpected EOF while parsing", 1, 6),
            ("x = b'é'", Syntax, "bytes can only contain ASCII literal characters", 1, 5),
        ];
        let mut failures = Vec::new();
        for &(src, kind, msg, line, col) in cases {
            let e = error(src);
            let got = (e.kind, e.msg.as_str(), e.line_col(src));
            if got != (kind, msg, (line, col)) {
                failures.push(format!(
                    "{src:?}: got {got:?}, want {:?}",
                    (kind, msg, (line, col))
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn nesting_limits() {
        let e = error(&"(".repeat(10_000));
        assert_eq!(
            (e.msg.as_str(), e.offset),
            ("too many nested parentheses", 200)
        );
        let e = error(&format!("x = {}1{}", "[".repeat(250), "]".repeat(250)));
        assert_eq!(e.msg, "too many nested parentheses");
        let deep: String = (0..101)
            .map(|i| format!("{}if x:\n", " ".repeat(i)))
            .collect();
        assert_eq!(error(&deep).msg, "too many levels of indentation");
        assert!(parse_module(&format!("x = {}1{}", "(".repeat(199), ")".repeat(199))).is_ok());
    }

    #[test]
    fn incomplete_input() {
        for src in [
            "if x:\n",
            "x = (1,\n",
            "x = '''abc\n",
            "x = 1 + \\\n",
            "@dec\n",
            "for x in y:\n  if z:\n",
        ] {
            assert!(error(src).incomplete, "{src:?} should be incomplete");
        }
        for src in ["x = 1 +\n", "x = )\n", "x = 'abc\n", "if x:\npass\n"] {
            assert!(!error(src).incomplete, "{src:?} should be complete");
        }
    }

    /// Deep trees are dropped recursively; give that a large stack, as the
    /// interpreter does.
    fn on_big_stack(f: impl FnOnce() + Send + 'static) {
        std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(f)
            .expect("spawn")
            .join()
            .expect("no panic");
    }

    #[test]
    fn deep_expressions_do_not_overflow() {
        on_big_stack(|| {
            let src = format!("x = {}1\n", "- ".repeat(10_000));
            assert!(parse_module(&src).is_ok());
            let src = format!("x = {}1\n", "not ".repeat(10_000));
            assert!(parse_module(&src).is_ok());
            let src = format!("x = 1{}\n", " + 1".repeat(100_000));
            assert!(parse_module(&src).is_ok());
            let src = format!("x = a{}\n", ".b".repeat(50_000));
            assert!(parse_module(&src).is_ok());
            let src = format!("x = {}1\n", "lambda: ".repeat(10_000));
            assert!(parse_module(&src).is_ok());
            let src = format!("x = '{}'\n", "a".repeat(1_000_000));
            assert!(parse_module(&src).is_ok());
        });
    }

    /// A small deterministic generator, so failures reproduce.
    struct XorShift(u64);

    impl XorShift {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
    }

    const SAMPLE: &str = r#"
import os.path as p, sys
from .mod import (a as b, c,)
@decorator(1)
class C(Base, metaclass=Meta):
    """Doc."""
    x: int = 0
    def method(self, a, /, b=2, *args, c, d=4, **kw) -> None:
        global g
        try:
            with open(a) as f, (yield b) as y:
                return [i ** 2 for i in range(10) if i % 2], {k: v for k, v in kw.items()}
        except (ValueError, TypeError) as e:
            raise RuntimeError(f"bad {e!r:>{width}} {a=}") from e
        finally:
            del self.x[1:2, ::3]
        while not a and b or c:
            a, *rest = b; b += 1
            if a is not None: break
            elif a not in b: continue
            else: pass
        for i, (j, k) in enumerate(zip(x, y)): print(i, *j, sep='', **k)
        else: lambda q=1, *r, **s: (q := 2) if r else -s ** 2
        assert a < b <= c, ("msg" 'x', b'\x00' rb'\d')
"#;

    #[test]
    fn fuzz_no_panics() {
        let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
        assert!(
            parse_module(SAMPLE).is_ok(),
            "{:?}",
            parse_module(SAMPLE).err()
        );
        // Every prefix of a valid program.
        for (i, _) in SAMPLE.char_indices() {
            let _ = parse_module(&SAMPLE[..i]);
        }
        // Random edits of a valid program.
        let pieces = [
            "(", ")", "[", "]", "{", "}", ":", "\n", "    ", "\t", "'", "\"", "\"\"\"", "f'{", "}",
            "\\", "\0", "€", "lambda", "yield", "=", ":=", "*", "**", ",", ";", "if", "else",
            "def", "#", "1_", "0x", "!r", "@",
        ];
        for _ in 0..3_000 {
            let mut s = SAMPLE.to_string();
            for _ in 0..(rng.next() % 4 + 1) {
                let mut at = (rng.next() as usize) % (s.len() + 1);
                while !s.is_char_boundary(at) {
                    at -= 1;
                }
                let piece = pieces[(rng.next() as usize) % pieces.len()];
                s.insert_str(at, piece);
            }
            let _ = parse_module(&s);
        }
        // Byte soup (kept valid UTF-8) and token soup.
        for _ in 0..3_000 {
            let len = (rng.next() % 60) as usize;
            let soup: String = (0..len)
                .map(|_| {
                    let r = rng.next();
                    if r.is_multiple_of(5) {
                        pieces[(r as usize / 5) % pieces.len()].to_string()
                    } else {
                        char::from_u32((r % 128) as u32).unwrap_or(' ').to_string()
                    }
                })
                .collect();
            let _ = parse_module(&soup);
            let _ = parse_expression(&soup);
        }
        // Deeply nested f-strings and format specs.
        let _ = parse_module(r#"f'{f"{f'''{f"""{x}"""}'''}"}'"#);
        let _ = parse_module(&format!("f'{}x{}'", "{".repeat(5_000), "}".repeat(5_000)));
        let _ = parse_module(&format!("f'{{x:{}}}'", "{y:".repeat(5_000)));
    }
}
