//! The logical token stream: a layer over the logos lexer that synthesizes
//! NEWLINE, INDENT and DEDENT (all zero-width), ignores newlines inside
//! brackets, handles line continuations, blank and comment lines, and end of
//! input. Every token carries byte offsets into the whole source.
//!
//! One more rewrite happens here, for the grammar's sake: a `(` right after
//! `with` whose matching `)` is followed by `:` becomes `WithLParen`, the
//! parenthesized form of the with-statement (`with (a as x, b as y):`),
//! which an LR(1) grammar cannot tell apart from a parenthesized expression.

use std::collections::VecDeque;

use logos::Logos;

use crate::syntax::parser::{SyntaxError, SyntaxErrorKind};
use crate::syntax::token::{last_line, line_of, LexErr, Tok};

/// CPython's limit on bracket nesting.
pub const MAX_PAREN_DEPTH: usize = 200;
/// CPython's limit on indentation levels.
pub const MAX_INDENT: usize = 100;

/// The error type the grammar sees (lexer errors and action errors).
#[derive(Debug, Clone)]
pub struct LexError {
    pub err: SyntaxError,
    /// Raised by the tokenizer itself: CPython reports it even when the
    /// parser already failed earlier in the file.
    pub overrides: bool,
}

impl LexError {
    pub fn new(kind: SyntaxErrorKind, msg: impl Into<String>, offset: usize) -> LexError {
        LexError {
            err: SyntaxError {
                kind,
                msg: msg.into(),
                offset,
                incomplete: false,
            },
            overrides: false,
        }
    }

    pub fn syntax(msg: impl Into<String>, offset: usize) -> LexError {
        LexError::new(SyntaxErrorKind::Syntax, msg, offset)
    }

    fn incomplete(mut self) -> LexError {
        self.err.incomplete = true;
        self
    }

    fn overriding(mut self) -> LexError {
        self.overrides = true;
        self
    }
}

pub type Spanned = (usize, Tok, usize);
pub type Item = Result<Spanned, LexError>;

pub struct Lexer<'s> {
    /// The whole source (offsets and line numbers refer to it).
    src: &'s str,
    raw: logos::Lexer<'s, Tok>,
    /// Lexing an f-string replacement field: no layout tokens at all.
    expr_mode: bool,
    pending: VecDeque<Item>,
    lookahead: VecDeque<Item>,
    /// Indentation stack: (column with tab size 8, column with tab size 1).
    indents: Vec<(usize, usize)>,
    /// Open brackets: (the bracket, its offset).
    brackets: Vec<(u8, usize)>,
    at_line_start: bool,
    line_start: usize,
    last_end: usize,
    /// Offset of a line continuation with no token after it yet.
    continuation: Option<usize>,
    done: bool,
}

impl<'s> Lexer<'s> {
    /// Lexes a whole module.
    pub fn module(src: &'s str) -> Lexer<'s> {
        let mut raw = Tok::lexer(src);
        let mut start = 0;
        if src.starts_with('\u{feff}') {
            raw.bump(3);
            start = 3;
        }
        let mut pending = VecDeque::new();
        pending.push_back(Ok((start, Tok::StartModule, start)));
        Lexer {
            src,
            raw,
            expr_mode: false,
            pending,
            lookahead: VecDeque::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            at_line_start: true,
            line_start: start,
            last_end: start,
            continuation: None,
            done: false,
        }
    }

    /// Lexes `src[start..end]` as an f-string replacement field (as if it
    /// were parenthesized: newlines are insignificant).
    pub fn expr(src: &'s str, start: usize, end: usize) -> Lexer<'s> {
        let mut raw = Tok::lexer(&src[..end]);
        raw.bump(start);
        let mut pending = VecDeque::new();
        pending.push_back(Ok((start, Tok::StartExpr, start)));
        Lexer {
            src,
            raw,
            expr_mode: true,
            pending,
            lookahead: VecDeque::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            at_line_start: false,
            line_start: start,
            last_end: start,
            continuation: None,
            done: false,
        }
    }

    /// Brackets open at the current point: (bracket, offset).
    pub fn open_brackets(&self) -> &[(u8, usize)] {
        &self.brackets
    }

    fn end_of_line(&self, from: usize) -> usize {
        let b = self.src.as_bytes();
        let mut i = from;
        while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        i
    }

    fn convert(&self, e: LexErr, tok_start: usize) -> LexError {
        let mut err = LexError::syntax(e.msg, e.offset.unwrap_or(tok_start));
        err.err.incomplete = e.incomplete;
        err.overrides = !e.soft;
        err
    }

    /// Handles the indentation of a new logical line whose first token
    /// starts at `tok_start`; queues INDENT / DEDENT tokens.
    fn indentation(&mut self, tok_start: usize) -> Result<(), LexError> {
        let b = self.src.as_bytes();
        let (mut col, mut alt) = (0usize, 0usize);
        let mut i = self.line_start;
        while i < tok_start {
            match b[i] {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                0x0c => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            i += 1;
        }
        let tab_error = || {
            LexError::new(
                SyntaxErrorKind::Tab,
                "inconsistent use of tabs and spaces in indentation",
                self.line_start,
            )
        };
        let (cur, cur_alt) = *self.indents.last().unwrap_or(&(0, 0));
        if col == cur {
            if alt != cur_alt {
                return Err(tab_error());
            }
        } else if col > cur {
            if self.indents.len() >= MAX_INDENT {
                return Err(LexError::new(
                    SyntaxErrorKind::Indentation,
                    "too many levels of indentation",
                    self.end_of_line(tok_start),
                ));
            }
            if alt <= cur_alt {
                return Err(tab_error());
            }
            self.indents.push((col, alt));
            self.pending
                .push_back(Ok((tok_start, Tok::Indent, tok_start)));
        } else {
            while self.indents.len() > 1 && col < self.indents[self.indents.len() - 1].0 {
                self.indents.pop();
                self.pending
                    .push_back(Ok((self.last_end, Tok::Dedent, self.last_end)));
            }
            let (top, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                return Err(LexError::new(
                    SyntaxErrorKind::Indentation,
                    "unindent does not match any outer indentation level",
                    self.end_of_line(tok_start),
                ));
            }
            if alt != top_alt {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    fn at_eof(&mut self) {
        self.done = true;
        if let Some(&(c, off)) = self.brackets.last() {
            let c = if c == b'w' { '(' } else { c as char };
            self.pending.push_back(Err(LexError::syntax(
                format!("'{c}' was never closed"),
                off,
            )
            .incomplete()));
            return;
        }
        if let Some(off) = self.continuation {
            self.pending.push_back(Err(LexError::syntax(
                "unexpected EOF while parsing",
                off + 1,
            )
            .incomplete()));
            return;
        }
        if self.expr_mode {
            return;
        }
        if !self.at_line_start {
            self.pending
                .push_back(Ok((self.last_end, Tok::Newline, self.last_end)));
        }
        for _ in 1..self.indents.len() {
            self.pending
                .push_back(Ok((self.last_end, Tok::Dedent, self.last_end)));
        }
        self.indents.truncate(1);
    }

    fn bracket(&mut self, tok: &Tok, start: usize) -> Result<(), LexError> {
        let c = match tok {
            Tok::LPar | Tok::WithLParen => b'(',
            Tok::LSqb => b'[',
            Tok::LBrace => b'{',
            Tok::RPar => b')',
            Tok::RSqb => b']',
            Tok::RBrace => b'}',
            _ => return Ok(()),
        };
        if tok.is_open() {
            if self.brackets.len() >= MAX_PAREN_DEPTH {
                return Err(LexError::syntax("too many nested parentheses", start).overriding());
            }
            self.brackets.push((c, start));
            return Ok(());
        }
        let Some((open, open_at)) = self.brackets.pop() else {
            return Err(LexError::syntax(format!("unmatched '{}'", c as char), start).overriding());
        };
        let expected = match open {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if c != expected {
            let open_line = line_of(self.src, open_at);
            let msg = if open_line != line_of(self.src, start) {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                    c as char, open as char, open_line
                )
            } else {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                    c as char, open as char
                )
            };
            return Err(LexError::syntax(msg, start).overriding());
        }
        Ok(())
    }

    /// The next logical token, before the `with (` rewrite.
    fn fill(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                return Some(item);
            }
            if self.done {
                return None;
            }
            let Some(res) = self.raw.next() else {
                self.at_eof();
                continue;
            };
            let span = self.raw.span();
            let tok = match res {
                Ok(tok) => tok,
                Err(e) => {
                    self.done = true;
                    return Some(Err(self.convert(e, span.start)));
                }
            };
            match tok {
                Tok::PhysNewline => {
                    self.continuation = None;
                    if self.expr_mode || !self.brackets.is_empty() {
                        continue;
                    }
                    let was_blank = self.at_line_start;
                    self.at_line_start = true;
                    self.line_start = span.end;
                    if !was_blank {
                        return Some(Ok((self.last_end, Tok::Newline, self.last_end)));
                    }
                    continue;
                }
                Tok::Continuation => {
                    self.continuation = Some(span.start);
                    continue;
                }
                Tok::Backslash => {
                    self.done = true;
                    let end = self.raw.source().len();
                    let err = if span.end >= end {
                        LexError::syntax("unexpected EOF while parsing", span.end).incomplete()
                    } else {
                        LexError::syntax(
                            "unexpected character after line continuation character",
                            span.start + 1,
                        )
                    };
                    return Some(Err(err));
                }
                _ => {}
            }
            self.continuation = None;
            if self.at_line_start {
                self.at_line_start = false;
                if let Err(e) = self.indentation(span.start) {
                    self.done = true;
                    self.pending.clear();
                    return Some(Err(e));
                }
            }
            if let Err(e) = self.bracket(&tok, span.start) {
                self.done = true;
                self.pending.clear();
                return Some(Err(e));
            }
            self.last_end = span.end;
            if self.pending.is_empty() {
                return Some(Ok((span.start, tok, span.end)));
            }
            self.pending.push_back(Ok((span.start, tok, span.end)));
        }
    }

    fn peek_at(&mut self, idx: usize) -> Option<&Item> {
        while self.lookahead.len() <= idx {
            let item = self.fill()?;
            self.lookahead.push_back(item);
        }
        self.lookahead.get(idx)
    }

    /// After `with`: turns the next `(` into `WithLParen` when its matching
    /// `)` is followed by `:`.
    fn mark_with_paren(&mut self) {
        if !matches!(self.peek_at(0), Some(Ok((_, Tok::LPar, _)))) {
            return;
        }
        let mut depth = 0usize;
        let mut idx = 0;
        loop {
            match self.peek_at(idx) {
                Some(Ok((_, t, _))) => {
                    if t.is_open() {
                        depth += 1;
                    } else if t.is_close() {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    } else if *t == Tok::Newline {
                        return;
                    }
                }
                _ => return,
            }
            idx += 1;
        }
        if matches!(self.peek_at(idx + 1), Some(Ok((_, Tok::Colon, _)))) {
            if let Some(Ok((_, t, _))) = self.lookahead.front_mut() {
                *t = Tok::WithLParen;
            }
        }
    }
}

impl Iterator for Lexer<'_> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        let item = match self.lookahead.pop_front() {
            Some(item) => item,
            None => self.fill()?,
        };
        if matches!(item, Ok((_, Tok::With, _))) {
            self.mark_with_paren();
        }
        Some(item)
    }
}

/// The line CPython reports for an error detected at the end of `src`.
pub fn eof_line(src: &str) -> usize {
    last_line(src)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<String> {
        Lexer::module(src)
            .map(|r| match r {
                Ok((_, t, _)) => format!("{t:?}"),
                Err(e) => format!("ERR({})", e.err.msg),
            })
            .collect()
    }

    #[test]
    fn layout_tokens() {
        let k = kinds("if x:\n    y\n\n  # c\nz\n");
        assert_eq!(
            k,
            [
                "StartModule",
                "If",
                "Name(\"x\")",
                "Colon",
                "Newline",
                "Indent",
                "Name(\"y\")",
                "Newline",
                "Dedent",
                "Name(\"z\")",
                "Newline"
            ]
        );
        let k = kinds("f(1,\n 2) \\\n + 3");
        assert!(!k[1..k.len() - 1].iter().any(|t| t == "Newline"));
        assert_eq!(k.last().unwrap(), "Newline");
        let k = kinds("def f():\n\tif x:\n\t\treturn");
        assert_eq!(k.iter().filter(|t| *t == "Dedent").count(), 2);
    }

    #[test]
    fn newline_is_placed_after_last_token() {
        let toks: Vec<_> = Lexer::module("x = 1   # hi\n")
            .map(|r| r.unwrap())
            .collect();
        let nl = toks.iter().find(|t| t.1 == Tok::Newline).unwrap();
        assert_eq!((nl.0, nl.2), (5, 5));
    }

    #[test]
    fn with_paren_rewrite() {
        let k = kinds("with (a as b, c): pass");
        assert_eq!(k[2], "WithLParen");
        let k = kinds("with (a, b) as c: pass");
        assert_eq!(k[2], "LPar");
    }
}
