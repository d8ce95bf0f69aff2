//! The raw token enum, generated with `logos`.
//!
//! Logos produces the physical tokens (names, numbers, strings, operators,
//! physical newlines and line continuations); `lexer.rs` turns them into the
//! logical token stream the grammar reads (NEWLINE / INDENT / DEDENT, bracket
//! tracking). Literal values are decoded here, in the token callbacks, except
//! f-strings, whose contents are parsed by the grammar action that builds
//! the string atom (it needs the parser for the embedded expressions).

use logos::{Lexer, Logos};

/// An integer literal's value.
#[derive(Debug, Clone, PartialEq)]
pub enum IntLit {
    Small(i64),
    /// Too large for i64: decimal digits, no sign.
    Big(String),
}

/// A string literal (one piece of a possibly concatenated literal).
#[derive(Debug, Clone, PartialEq)]
pub enum StrLit {
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string; its contents (between the quotes) are `start..end` of
    /// the source, left raw for the grammar action to parse.
    FStr {
        raw: bool,
        start: usize,
        end: usize,
    },
}

/// A lexical error produced by a token callback.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LexErr {
    pub msg: String,
    /// Absolute byte offset of the caret; `None` means "the token's start".
    pub offset: Option<usize>,
    pub incomplete: bool,
    /// An error CPython raises while building the AST rather than in its
    /// tokenizer (bad escapes, non-ASCII bytes), so it does not override
    /// an earlier parse error.
    pub soft: bool,
}

impl LexErr {
    fn at(msg: impl Into<String>, offset: usize) -> LexErr {
        LexErr {
            msg: msg.into(),
            offset: Some(offset),
            incomplete: false,
            soft: false,
        }
    }

    fn soft(msg: impl Into<String>, offset: usize) -> LexErr {
        LexErr {
            soft: true,
            ..LexErr::at(msg, offset)
        }
    }

    fn from_lexer(lex: &mut Lexer<'_, Tok>) -> LexErr {
        let start = lex.span().start;
        match lex.slice().chars().next() {
            Some('\0') => LexErr::at("source code cannot contain null bytes", start),
            Some(c) => LexErr::at(invalid_char_msg(c), start),
            None => LexErr::at("invalid syntax", start),
        }
    }
}

/// The message CPython gives for a character that cannot start a token.
pub fn invalid_char_msg(c: char) -> String {
    if is_printable(c) {
        format!("invalid character '{}' (U+{:04X})", c, c as u32)
    } else {
        format!("invalid non-printable character U+{:04X}", c as u32)
    }
}

fn is_printable(c: char) -> bool {
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(c as u32, 0xAD | 0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x2064 | 0xFEFF)
        || (0xE000..=0xF8FF).contains(&(c as u32)))
}

/// Approximates XID_Start for non-ASCII characters.
fn is_id_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

/// Approximates XID_Continue for non-ASCII characters.
fn is_id_continue(c: char) -> bool {
    c == '_'
        || c.is_alphanumeric()
        || matches!(c as u32,
            0xB7 | 0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(error(LexErr, LexErr::from_lexer))]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
pub enum Tok {
    // ---- synthesized by lexer.rs (never produced by logos) ----
    /// First token when parsing a module.
    StartModule,
    /// First token when parsing an f-string replacement field.
    StartExpr,
    Newline,
    Indent,
    Dedent,
    /// A `(` right after `with` whose matching `)` is followed by `:`.
    WithLParen,

    // ---- physical layout (consumed by lexer.rs) ----
    #[regex(r"\r\n|\r|\n")]
    PhysNewline,
    #[regex(r"\\(\r\n|\r|\n)")]
    Continuation,
    #[token("\\")]
    Backslash,

    // ---- keywords ----
    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    // ---- literals and names ----
    #[regex(r"([A-Za-z_]|[^\x00-\x7F])([A-Za-z0-9_]|[^\x00-\x7F])*", lex_name)]
    Name(String),
    #[regex(r"[0-9](_?[0-9])*", lex_dec_int)]
    #[regex(r"0[xX](_?[0-9a-fA-F])*", |lex| lex_radix_int(lex, 16))]
    #[regex(r"0[oO](_?[0-7])*", |lex| lex_radix_int(lex, 8))]
    #[regex(r"0[bB](_?[01])*", |lex| lex_radix_int(lex, 2))]
    Int(IntLit),
    #[regex(
        r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?",
        lex_float
    )]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?", lex_float)]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*", lex_float)]
    Float(f64),
    #[regex(r#"[rRuUbBfF]?["']"#, lex_string)]
    #[regex(r#"([bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])["']"#, lex_string)]
    Str(StrLit),
    /// An ASCII character that cannot start a token (`$`, `?`, `` ` ``, `!`).
    #[regex(r"[$?`!]")]
    Invalid,

    // ---- operators and delimiters ----
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("&")]
    Amper,
    #[token("|")]
    VBar,
    #[token("^")]
    Caret,
    #[token("~")]
    Tilde,
    #[token(":=")]
    ColonEqual,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(".")]
    Dot,
    #[token(";")]
    Semi,
    #[token("=")]
    Equal,
    #[token("->")]
    Arrow,
    #[token("...")]
    Ellipsis,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CaretEqual,
    #[token(">>=")]
    RShiftEqual,
    #[token("<<=")]
    LShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
}

impl Tok {
    /// True for `(`, `[`, `{` (and the synthesized `with (`).
    pub fn is_open(&self) -> bool {
        matches!(self, Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLParen)
    }

    pub fn is_close(&self) -> bool {
        matches!(self, Tok::RPar | Tok::RSqb | Tok::RBrace)
    }

    /// True if this token can begin an expression.
    pub fn starts_expr(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Str(_)
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis
                | Tok::LPar
                | Tok::LSqb
                | Tok::LBrace
                | Tok::Minus
                | Tok::Plus
                | Tok::Tilde
                | Tok::Not
                | Tok::Lambda
                | Tok::Await
        )
    }

    /// True if an expression can end with this token.
    pub fn ends_expr(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Str(_)
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis
                | Tok::RPar
                | Tok::RSqb
                | Tok::RBrace
        )
    }
}

// ---------------------------------------------------------------------------
// Names

fn lex_name(lex: &mut Lexer<'_, Tok>) -> Result<String, LexErr> {
    let s = lex.slice();
    if !s.is_ascii() {
        let start = lex.span().start;
        for (i, c) in s.char_indices() {
            let ok = if c.is_ascii() {
                true
            } else if i == 0 {
                is_id_start(c)
            } else {
                is_id_continue(c)
            };
            if !ok {
                return Err(LexErr::at(invalid_char_msg(c), start + i));
            }
        }
    }
    Ok(s.to_string())
}

// ---------------------------------------------------------------------------
// Numbers

/// CPython's `verify_end_of_number`: a number may be directly followed by
/// some keywords (`1if x else y`), but not by other identifier characters.
fn check_number_end(lex: &Lexer<'_, Tok>, kind: &str) -> Result<(), LexErr> {
    let rest = lex.remainder().as_bytes();
    let end = lex.span().end;
    let Some(&c) = rest.first() else {
        return Ok(());
    };
    if c == b'j' || c == b'J' {
        return Err(LexErr::at(
            "imaginary literals are not supported",
            lex.span().start,
        ));
    }
    let tail = &rest[1..];
    let keyword_follows = match c {
        b'a' => tail.starts_with(b"nd"),
        b'e' => tail.starts_with(b"lse"),
        b'f' => tail.starts_with(b"or"),
        b'i' => matches!(tail.first(), Some(b'f' | b'n' | b's')),
        b'o' => tail.starts_with(b"r"),
        b'n' => tail.starts_with(b"ot"),
        _ => false,
    };
    if !keyword_follows && (c.is_ascii_alphanumeric() || c == b'_') {
        // CPython's caret: on a dangling `_` inside an integer's digits,
        // else on the literal's last character.
        let is_float = lex.slice().contains(['.', 'e', 'E']) && kind == "decimal";
        let at = if c == b'_' && !is_float { end } else { end - 1 };
        return Err(LexErr::at(format!("invalid {kind} literal"), at));
    }
    Ok(())
}

fn lex_dec_int(lex: &mut Lexer<'_, Tok>) -> Result<IntLit, LexErr> {
    check_number_end(lex, "decimal")?;
    let s = lex.slice();
    let digits: String = s.chars().filter(|&c| c != '_').collect();
    if digits.len() > 1 && digits.starts_with('0') && digits.bytes().any(|b| b != b'0') {
        return Err(LexErr::at(
            "leading zeros in decimal integer literals are not permitted; \
             use an 0o prefix for octal integers",
            lex.span().start,
        ));
    }
    Ok(match digits.parse::<i64>() {
        Ok(v) => IntLit::Small(v),
        Err(_) => IntLit::Big(digits.trim_start_matches('0').to_string()),
    })
}

fn lex_radix_int(lex: &mut Lexer<'_, Tok>, radix: u32) -> Result<IntLit, LexErr> {
    let (kind, name) = match radix {
        16 => ("hexadecimal", "hexadecimal"),
        8 => ("octal", "octal"),
        _ => ("binary", "binary"),
    };
    let s = lex.slice();
    let end = lex.span().end;
    let digits: Vec<u32> = s[2..]
        .chars()
        .filter(|&c| c != '_')
        .map(|c| c.to_digit(16).unwrap_or(0))
        .collect();
    // An invalid digit right after the literal ("0b12", "0o8").
    if let Some(&c) = lex.remainder().as_bytes().first() {
        if radix != 16 && c.is_ascii_digit() {
            return Err(LexErr::at(
                format!("invalid digit '{}' in {} literal", c as char, name),
                end,
            ));
        }
    }
    if digits.is_empty() {
        return Err(LexErr::at(format!("invalid {kind} literal"), end - 1));
    }
    check_number_end(lex, kind)?;
    Ok(digits_to_int(&digits, radix))
}

/// Converts digits in `radix` to an int, as a decimal string when large.
pub fn digits_to_int(digits: &[u32], radix: u32) -> IntLit {
    let mut small: u64 = 0;
    let mut fits = true;
    for &d in digits {
        match small
            .checked_mul(radix as u64)
            .and_then(|v| v.checked_add(d as u64))
        {
            Some(v) => small = v,
            None => {
                fits = false;
                break;
            }
        }
    }
    if fits && small <= i64::MAX as u64 {
        return IntLit::Small(small as i64);
    }
    // Little-endian limbs in base 1e9.
    const BASE: u64 = 1_000_000_000;
    let mut limbs: Vec<u64> = vec![0];
    for &d in digits {
        let mut carry = d as u64;
        for limb in limbs.iter_mut() {
            let v = *limb * radix as u64 + carry;
            *limb = v % BASE;
            carry = v / BASE;
        }
        while carry > 0 {
            limbs.push(carry % BASE);
            carry /= BASE;
        }
    }
    let mut out = String::new();
    let mut iter = limbs.iter().rev();
    if let Some(first) = iter.next() {
        out.push_str(&first.to_string());
    }
    for limb in iter {
        out.push_str(&format!("{limb:09}"));
    }
    IntLit::Big(out)
}

fn lex_float(lex: &mut Lexer<'_, Tok>) -> Result<f64, LexErr> {
    check_number_end(lex, "decimal")?;
    let s: String = lex.slice().chars().filter(|&c| c != '_').collect();
    s.parse::<f64>()
        .map_err(|_| LexErr::at("invalid decimal literal", lex.span().start))
}

// ---------------------------------------------------------------------------
// Strings

/// 1-based line number of `offset` (counting `\n`, `\r\n` and lone `\r`).
pub fn line_of(src: &str, offset: usize) -> usize {
    let b = src.as_bytes();
    let end = offset.min(b.len());
    let mut line = 1;
    let mut i = 0;
    while i < end {
        match b[i] {
            b'\n' => line += 1,
            b'\r' if b.get(i + 1) != Some(&b'\n') => line += 1,
            _ => {}
        }
        i += 1;
    }
    line
}

/// The line CPython reports for an error detected at end of input.
pub fn last_line(src: &str) -> usize {
    let b = src.as_bytes();
    if b.is_empty() {
        return 1;
    }
    let mut n = b.len();
    if b[n - 1] == b'\n' {
        n -= 1;
        if n > 0 && b[n - 1] == b'\r' {
            n -= 1;
        }
    } else if b[n - 1] == b'\r' {
        n -= 1;
    }
    line_of(src, n)
}

fn lex_string(lex: &mut Lexer<'_, Tok>) -> Result<StrLit, LexErr> {
    let head = lex.slice();
    let quote = head.as_bytes()[head.len() - 1];
    let prefix = &head[..head.len() - 1];
    let mut raw = false;
    let mut bytes = false;
    let mut fstr = false;
    for c in prefix.chars() {
        match c {
            'r' | 'R' => raw = true,
            'b' | 'B' => bytes = true,
            'f' | 'F' => fstr = true,
            _ => {}
        }
    }
    let tok_start = lex.span().start;
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let mut i = if triple { 2 } else { 0 };
    let body_start_rel = i;
    let close_at;
    loop {
        if i >= rest.len() {
            // Unterminated at end of input.
            let src = lex.source();
            let err = if triple {
                LexErr {
                    msg: format!(
                        "unterminated triple-quoted string literal (detected at line {})",
                        last_line(src)
                    ),
                    offset: Some(tok_start),
                    incomplete: true,
                    soft: false,
                }
            } else {
                LexErr::at(
                    format!(
                        "unterminated string literal (detected at line {})",
                        line_of(src, src.len())
                    ),
                    tok_start,
                )
            };
            lex.bump(rest.len());
            return Err(err);
        }
        let c = rest[i];
        if c == b'\\' {
            i += 1;
            if i < rest.len() {
                if rest[i] == b'\r' && rest.get(i + 1) == Some(&b'\n') {
                    i += 2;
                } else {
                    i += 1;
                }
            }
            continue;
        }
        if c == quote {
            if !triple {
                close_at = i;
                i += 1;
                break;
            }
            if rest.get(i + 1) == Some(&quote) && rest.get(i + 2) == Some(&quote) {
                close_at = i;
                i += 3;
                break;
            }
        }
        if !triple && (c == b'\n' || c == b'\r') {
            let src = lex.source();
            let at = lex.span().end + i;
            lex.bump(i);
            return Err(LexErr::at(
                format!(
                    "unterminated string literal (detected at line {})",
                    line_of(src, at)
                ),
                tok_start,
            ));
        }
        i += 1;
    }
    let body_start = lex.span().end + body_start_rel;
    let body_end = lex.span().end + close_at;
    let src = lex.source();
    let body = &src[body_start..body_end];
    lex.bump(i);
    let tok_end = lex.span().end;
    if fstr {
        return Ok(StrLit::FStr {
            raw,
            start: body_start,
            end: body_end,
        });
    }
    if bytes {
        if !body.is_ascii() {
            return Err(LexErr::soft(
                "bytes can only contain ASCII literal characters",
                tok_start,
            ));
        }
        return decode_bytes(body, raw)
            .map(StrLit::Bytes)
            .map_err(|m| LexErr::soft(m, tok_end));
    }
    decode_str(body, raw)
        .map(StrLit::Str)
        .map_err(|m| LexErr::soft(m, tok_end))
}

fn hex_val(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// Decodes the body of a (non-bytes) string literal. The error is CPython's
/// message for a bad escape.
pub fn decode_str(body: &str, raw: bool) -> Result<String, String> {
    let b = body.as_bytes();
    if !body.contains(['\\', '\r']) {
        return Ok(body.to_string());
    }
    if raw {
        return Ok(body.replace("\r\n", "\n").replace('\r', "\n"));
    }
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    let mut lit_start = 0;
    let unicode_err = |start: usize, end: usize, what: &str| {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}"
        )
    };
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push_str(&body[lit_start..i]);
            out.push('\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            lit_start = i;
            continue;
        }
        if c != b'\\' {
            i += 1;
            continue;
        }
        out.push_str(&body[lit_start..i]);
        let esc_start = i;
        i += 1;
        let Some(&e) = b.get(i) else {
            // Cannot happen for a terminated literal; keep the backslash.
            out.push('\\');
            lit_start = i;
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            b'x' | b'u' | b'U' => {
                let (n, what) = match e {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                for k in 0..n {
                    match b.get(i + k).and_then(|&d| hex_val(d)) {
                        Some(d) => v = v * 16 + d,
                        None => {
                            return Err(unicode_err(esc_start, i + k - 1, what));
                        }
                    }
                }
                i += n;
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None if v < 0x110000 => out.push('\u{FFFD}'),
                    None => {
                        return Err(unicode_err(esc_start, i - 1, "illegal Unicode character"));
                    }
                }
            }
            b'N' => {
                let mut end = i;
                if b.get(i) == Some(&b'{') {
                    while end < b.len() && b[end] != b'}' {
                        end += 1;
                    }
                    end = end.min(b.len() - 1);
                }
                return Err(unicode_err(
                    esc_start,
                    end.max(esc_start + 1),
                    if b.get(i) == Some(&b'{') {
                        "unknown Unicode character name"
                    } else {
                        "malformed \\N character escape"
                    },
                ));
            }
            _ => {
                // Unknown escape: kept literally (the backslash and the char).
                out.push('\\');
                i -= 1;
            }
        }
        lit_start = i;
    }
    if lit_start < b.len() {
        out.push_str(&body[lit_start..]);
    }
    Ok(out)
}

/// Decodes the body of a bytes literal (already checked to be ASCII).
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, String> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push(b'\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        if raw {
            out.push(b'\\');
            i += 1;
            if let Some(&n) = b.get(i) {
                if n != b'\r' {
                    out.push(n);
                    i += 1;
                }
            }
            continue;
        }
        let esc_start = i;
        i += 1;
        let Some(&e) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push((v & 0xFF) as u8);
            }
            b'x' => {
                match (
                    b.get(i).and_then(|&d| hex_val(d)),
                    b.get(i + 1).and_then(|&d| hex_val(d)),
                ) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {esc_start}"
                        ))
                    }
                }
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_radix_conversion() {
        let digits: Vec<u32> = "ffffffffffffffffffff"
            .chars()
            .map(|c| c.to_digit(16).unwrap())
            .collect();
        assert_eq!(
            digits_to_int(&digits, 16),
            IntLit::Big("1208925819614629174706175".into())
        );
        assert_eq!(digits_to_int(&[1, 0], 16), IntLit::Small(16));
        let digits: Vec<u32> = "8000000000000000"
            .chars()
            .map(|c| c.to_digit(16).unwrap())
            .collect();
        assert_eq!(
            digits_to_int(&digits, 16),
            IntLit::Big("9223372036854775808".into())
        );
    }

    #[test]
    fn decode_escapes() {
        assert_eq!(decode_str(r"a\nb\tc\\", false).unwrap(), "a\nb\tc\\");
        assert_eq!(
            decode_str(r"\x41\101\u00e9\U0001F600", false).unwrap(),
            "AAé😀"
        );
        assert_eq!(decode_str(r"\d\8", false).unwrap(), "\\d\\8");
        assert_eq!(decode_str("a\\\nb", false).unwrap(), "ab");
        assert_eq!(decode_str("a\r\nb", false).unwrap(), "a\nb");
        assert_eq!(decode_str(r"\n", true).unwrap(), "\\n");
        assert_eq!(decode_str("\\777", false).unwrap(), "\u{1ff}");
        assert_eq!(
            decode_str(r"\x4", false).unwrap_err(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
        );
        assert_eq!(decode_bytes(r"\x41\n\u", false).unwrap(), b"A\n\\u");
        assert_eq!(
            decode_bytes(r"\x4", false).unwrap_err(),
            "(value error) invalid \\x escape at position 0"
        );
    }
}
