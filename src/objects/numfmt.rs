//! Numeric text conversions for gilt, matching CPython 3.11: float repr, the format-spec mini-language for float/int/str, printf-style `%` conversions, float()/int() string parsing, float rounding/floor-division/modulo, and correctly rounded int-to-float conversions.
//!
//! Every function is pure. Errors are returned as the exact CPython exception
//! message; [`error_type`] tells which Python exception class a message belongs to.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};

/// Upper bound on the length of one formatted result (characters).  CPython
/// would try to allocate and raise `MemoryError`; we refuse up front.
const MAX_OUTPUT: usize = 1 << 28;

/// Message returned when a width/precision would produce an absurdly large
/// result (CPython raises `MemoryError` there).
pub const MEMORY_ERROR: &str = "formatted result is too large";

const INT_MAX: usize = i32::MAX as usize;
const SSIZE_MAX: usize = isize::MAX as usize;

/// The Python exception class for an `Err` message produced by this module:
/// "OverflowError", "TypeError", "ZeroDivisionError", "MemoryError" or "ValueError".
pub fn error_type(msg: &str) -> &'static str {
    match msg {
        "%c arg not in range(0x110000)"
        | "int too large to convert to float"
        | "integer division result too large for a float"
        | "cannot convert float infinity to integer"
        | "Python int too large to convert to C long"
        | "precision too large" => "OverflowError",
        "%c requires int or char" | "must be real number, not str" => "TypeError",
        "division by zero" => "ZeroDivisionError",
        MEMORY_ERROR => "MemoryError",
        m if m.starts_with('%')
            && (m.contains(" format: an integer is required, not ")
                || m.contains(" format: a real number is required, not ")) =>
        {
            "TypeError"
        }
        _ => "ValueError",
    }
}

// ---------------------------------------------------------------------------
// Unicode helpers (Unicode 14.0, as in CPython 3.11)
// ---------------------------------------------------------------------------

/// Code points of the digit zero of every non-ASCII block of decimal digits
/// (each block holds ten consecutive digits 0..=9).
const DECIMAL_ZEROS: [u32; 65] = [
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// `Py_UNICODE_TODECIMAL`: the decimal value of a Unicode decimal digit.
fn unicode_decimal(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - '0' as u32);
    }
    if cp < 0x80 {
        return None;
    }
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = *DECIMAL_ZEROS.get(idx.checked_sub(1)?)?;
    (cp - zero < 10).then_some(cp - zero)
}

/// `Py_UNICODE_ISSPACE` for code points >= 0x80.
fn is_unicode_space_nonascii(c: char) -> bool {
    matches!(
        c as u32,
        0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000
    )
}

/// `Py_ISSPACE`: the C-locale ASCII whitespace used by the number parsers.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode digits become ASCII
/// digits, Unicode spaces become ' ', anything else non-ASCII ends the buffer
/// with a '?'.
fn to_ascii_numeric(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 127 {
            out.push(cp as u8);
        } else if is_unicode_space_nonascii(c) {
            out.push(b' ');
        } else if let Some(d) = unicode_decimal(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

// ---------------------------------------------------------------------------
// float -> digits (the PyOS_double_to_string / format_float_short port)
// ---------------------------------------------------------------------------

#[derive(Clone, Copy)]
enum DigitMode {
    /// Shortest round-trip digits (dtoa mode 0).
    Shortest,
    /// At most n significant digits (dtoa mode 2).
    Significant(usize),
    /// n digits after the decimal point (dtoa mode 3).
    Fixed(usize),
}

/// Splits Rust's `{:e}` output "d.ddde-x" into its digits and the decimal
/// point position (value = 0.DIGITS * 10**decpt).
fn split_exp_digits(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    let exp: i64 = exp.parse().unwrap_or(0);
    (digits, exp + 1)
}

fn strip_trailing_zeros(d: &mut Vec<u8>) {
    while d.last() == Some(&b'0') {
        d.pop();
    }
}

/// Gay's `_Py_dg_dtoa` for a finite, non-negative `ax`: the digit string
/// (trailing zeros removed) and the decimal point position.
fn dtoa_digits(ax: f64, mode: DigitMode) -> (Vec<u8>, i64) {
    if ax == 0.0 {
        return (vec![b'0'], 1);
    }
    match mode {
        DigitMode::Shortest => split_exp_digits(&format!("{:e}", ax)),
        DigitMode::Significant(n) => {
            // A double has at most 767 significant decimal digits.
            let n = n.clamp(1, 800);
            let (mut d, decpt) = split_exp_digits(&format!("{:.*e}", n - 1, ax));
            strip_trailing_zeros(&mut d);
            if d.is_empty() {
                d.push(b'0');
            }
            (d, decpt)
        }
        DigitMode::Fixed(n) => {
            // No double has non-zero digits beyond 1074 places.
            let s = format!("{:.*}", n.min(1100), ax);
            let (ip, fp) = s.split_once('.').unwrap_or((&s, ""));
            let mut all: Vec<u8> = ip.bytes().chain(fp.bytes()).collect();
            let lead = all.iter().take_while(|&&b| b == b'0').count();
            all.drain(..lead);
            strip_trailing_zeros(&mut all);
            if all.is_empty() {
                (all, -(n as i64))
            } else {
                (all, ip.len() as i64 - lead as i64)
            }
        }
    }
}

fn push_n(out: &mut String, c: char, n: i64) {
    for _ in 0..n.max(0) {
        out.push(c);
    }
}

/// Port of CPython's `PyOS_double_to_string` (with `format_float_short`).
/// `code` is one of e E f F g G r.
fn double_to_string(
    x: f64,
    code: char,
    precision: usize,
    alt: bool,
    add_dot_0: bool,
    no_neg_0: bool,
) -> String {
    let upper = matches!(code, 'E' | 'F' | 'G');
    let lc = code.to_ascii_lowercase();
    let (mode, precision) = match lc {
        'e' => (
            DigitMode::Significant(precision.saturating_add(1)),
            precision.saturating_add(1),
        ),
        'f' => (DigitMode::Fixed(precision), precision),
        'g' => {
            let p = precision.max(1);
            (DigitMode::Significant(p), p)
        }
        _ => (DigitMode::Shortest, 0),
    };
    let precision = precision.min(i64::MAX as usize / 4) as i64;
    if x.is_nan() {
        return if upper { "NAN" } else { "nan" }.to_string();
    }
    if x.is_infinite() {
        let s = if upper { "INF" } else { "inf" };
        return if x < 0.0 {
            format!("-{}", s)
        } else {
            s.to_string()
        };
    }
    let (digits, mut decpt) = dtoa_digits(x.abs(), mode);
    let mut negative = x.is_sign_negative();
    if no_neg_0 && negative && (digits.is_empty() || digits == [b'0']) {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match lc {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if decpt <= 0 {
        push_n(&mut out, '0', decpt - vdigits_start);
        out.push('.');
        push_n(&mut out, '0', -decpt);
    } else {
        push_n(&mut out, '0', -vdigits_start);
    }
    let ascii = |d: &[u8]| d.iter().map(|&b| b as char).collect::<String>();
    if 0 < decpt && decpt <= digits_len {
        let (a, b) = digits.split_at(decpt as usize);
        out.push_str(&ascii(a));
        out.push('.');
        out.push_str(&ascii(b));
    } else {
        out.push_str(&ascii(&digits));
    }
    if digits_len < decpt {
        push_n(&mut out, '0', decpt - digits_len);
        out.push('.');
        push_n(&mut out, '0', vdigits_end - decpt);
    } else {
        push_n(&mut out, '0', vdigits_end - digits_len);
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push_str(&format!("{:+03}", exp));
    }
    out
}

/// repr(float) / str(float): shortest round-trip digits, Python's layout:
/// '1.0', '0.1', '1e+16', '1e-05', '123456789012345.0', 'inf', '-inf', 'nan', '-0.0'.
pub fn float_repr(x: f64) -> String {
    double_to_string(x, 'r', 0, false, true, false)
}

// ---------------------------------------------------------------------------
// Format specification mini-language
// ---------------------------------------------------------------------------

/// A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
///
/// `zero` is the '0' flag; when set, `fill` is '0' (the flag is only recognised
/// when no explicit fill was given).  `z` is the negative-zero-coercion flag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
    pub z: bool,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            alternate: false,
            zero: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
            z: false,
        }
    }
}

/// `get_integer` of formatter_unicode.c: Unicode decimal digits, overflow is
/// "Too many decimal digits in format string".  Returns (value, digits read).
fn spec_integer(c: &[char], pos: &mut usize) -> Result<(usize, usize), String> {
    let mut acc: usize = 0;
    let mut n = 0;
    while let Some(d) = c.get(*pos).and_then(|&ch| unicode_decimal(ch)) {
        let d = d as usize;
        if acc > (SSIZE_MAX - d) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok((acc, n))
}

/// Parses a format spec.  Identical to [`parse_format_spec_for`] except that
/// the "Invalid format specifier" message cannot name the spec and type.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_format_spec_impl(spec, None)
}

/// Parses a format spec for an object of Python type `type_name`
/// (needed for CPython's "Invalid format specifier '…' for object of type '…'").
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    parse_format_spec_impl(spec, Some(type_name))
}

fn parse_format_spec_impl(spec: &str, type_name: Option<&str>) -> Result<FormatSpec, String> {
    let c: Vec<char> = spec.chars().collect();
    let n = c.len();
    let mut pos = 0;
    let mut fs = FormatSpec::default();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    let mut fill_specified = false;
    if n >= 2 && is_align(c[1]) {
        fs.align = Some(c[1]);
        fs.fill = c[0];
        fill_specified = true;
        pos = 2;
    } else if n >= 1 && is_align(c[0]) {
        fs.align = Some(c[0]);
        pos = 1;
    }
    if let Some(&s @ ('+' | '-' | ' ')) = c.get(pos) {
        fs.sign = Some(s);
        pos += 1;
    }
    if c.get(pos) == Some(&'z') {
        fs.z = true;
        pos += 1;
    }
    if c.get(pos) == Some(&'#') {
        fs.alternate = true;
        pos += 1;
    }
    if !fill_specified && c.get(pos) == Some(&'0') {
        fs.zero = true;
        fs.fill = '0';
        pos += 1;
    }
    let (w, consumed) = spec_integer(&c, &mut pos)?;
    if consumed > 0 {
        fs.width = Some(w);
    }
    let both = || "Cannot specify both ',' and '_'.".to_string();
    if c.get(pos) == Some(&',') {
        fs.grouping = Some(',');
        pos += 1;
    }
    if c.get(pos) == Some(&'_') {
        if fs.grouping.is_some() {
            return Err(both());
        }
        fs.grouping = Some('_');
        pos += 1;
    }
    if c.get(pos) == Some(&',') && fs.grouping == Some('_') {
        return Err(both());
    }
    if c.get(pos) == Some(&'.') {
        pos += 1;
        let (p, consumed) = spec_integer(&c, &mut pos)?;
        if consumed == 0 {
            return Err("Format specifier missing precision".to_string());
        }
        fs.precision = Some(p);
    }
    if n - pos > 1 {
        return Err(match type_name {
            Some(t) => format!(
                "Invalid format specifier '{}' for object of type '{}'",
                spec, t
            ),
            None => "Invalid format specifier".to_string(),
        });
    }
    if n - pos == 1 {
        fs.ty = Some(c[pos]);
    }
    Ok(fs)
}

/// `'x'` for printable ASCII, `'\x..'` otherwise (CPython's `%c` / `\\x%x`).
fn quote_code(t: char) -> String {
    let cp = t as u32;
    if cp > 32 && cp < 128 {
        format!("'{}'", t)
    } else {
        format!("'\\x{:x}'", cp)
    }
}

fn unknown_code(t: char, type_name: &str) -> String {
    format!(
        "Unknown format code {} for object of type '{}'",
        quote_code(t),
        type_name
    )
}

/// The thousands-separator/type check done at the end of CPython's spec
/// parsing; returns the digit group size.
fn check_grouping(grouping: Option<char>, ty: Option<char>) -> Result<usize, String> {
    let Some(g) = grouping else {
        return Ok(3);
    };
    match ty {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(3),
        Some('b' | 'o' | 'x' | 'X') if g == '_' => Ok(4),
        Some(t) => Err(format!("Cannot specify '{}' with {}.", g, quote_code(t))),
    }
}

/// Resolved layout parameters for a number.
struct NumLayout {
    fill: char,
    align: char,
    sign: Option<char>,
    width: i64,
    sep: Option<char>,
    group: i64,
}

impl NumLayout {
    fn new(spec: &FormatSpec, sep: Option<char>, group: usize) -> NumLayout {
        NumLayout {
            fill: if spec.zero { '0' } else { spec.fill },
            align: spec.align.unwrap_or(if spec.zero { '=' } else { '>' }),
            sign: spec.sign,
            width: spec.width.map_or(-1, |w| w as i64),
            sep,
            group: group as i64,
        }
    }
}

/// `_PyUnicode_InsertThousandsGrouping`: groups `digits` (ASCII) from the
/// right, left-padding with '0' digits (and separators) up to `min_width`.
fn group_digits(digits: &[u8], min_width: i64, sep: Option<char>, group: i64) -> String {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut end = digits.len();
    // Built right-to-left, reversed at the end.
    let mut rev: Vec<char> = Vec::with_capacity(digits.len() + min_width as usize / 2);
    let mut emit = |n_zeros: i64, n_chars: i64, sep: Option<char>, end: &mut usize| {
        if let Some(s) = sep {
            rev.push(s);
        }
        let start = end.saturating_sub(n_chars.max(0) as usize);
        for &b in digits[start..*end].iter().rev() {
            rev.push(b as char);
        }
        *end = start;
        rev.extend(std::iter::repeat_n('0', n_zeros.max(0) as usize));
    };
    let mut use_sep = false;
    let mut broken = false;
    if let Some(sc) = sep {
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(n_zeros, n_chars, use_sep.then_some(sc), &mut end);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        emit(n_zeros, n_chars, if use_sep { sep } else { None }, &mut end);
    }
    rev.iter().rev().collect()
}

/// `calc_number_widths` + `fill_number`: lays out
/// <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>.
fn fill_number(
    negative: bool,
    prefix: &str,
    digits: &str,
    has_decimal: bool,
    remainder: &str,
    lay: &NumLayout,
) -> String {
    let sign = match lay.sign {
        Some('+') => Some(if negative { '-' } else { '+' }),
        Some(' ') => Some(if negative { '-' } else { ' ' }),
        _ => negative.then_some('-'),
    };
    let n_non_digit = sign.is_some() as i64
        + prefix.chars().count() as i64
        + has_decimal as i64
        + remainder.chars().count() as i64;
    let min_width = if lay.fill == '0' && lay.align == '=' {
        lay.width - n_non_digit
    } else {
        0
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits.as_bytes(), min_width, lay.sep, lay.group)
    };
    let padding = lay.width - (n_non_digit + grouped.chars().count() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        match lay.align {
            '<' => rpad = padding,
            '^' => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            '=' => spad = padding,
            _ => lpad = padding,
        }
    }
    let mut out = String::new();
    push_n(&mut out, lay.fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(prefix);
    push_n(&mut out, lay.fill, spad);
    out.push_str(&grouped);
    if has_decimal {
        out.push('.');
    }
    out.push_str(remainder);
    push_n(&mut out, lay.fill, rpad);
    out
}

fn check_width(spec: &FormatSpec) -> Result<(), String> {
    match spec.width {
        Some(w) if w > MAX_OUTPUT => Err(MEMORY_ERROR.to_string()),
        _ => Ok(()),
    }
}

/// `format_float_internal`; `ty` is the (possibly absent) presentation type.
fn format_float_internal(
    x: f64,
    spec: &FormatSpec,
    ty: Option<char>,
    group: usize,
) -> Result<String, String> {
    if spec.precision.is_some_and(|p| p > INT_MAX) {
        return Err("precision too big".to_string());
    }
    check_width(spec)?;
    let mut code = ty.unwrap_or('r');
    let add_dot_0 = ty.is_none();
    let default_precision = if ty.is_none() { 0 } else { 6 };
    if code == 'n' {
        code = 'g';
    }
    let mut x = x;
    let mut add_pct = false;
    if code == '%' {
        code = 'f';
        x *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let pads = matches!(code, 'e' | 'E' | 'f' | 'F') || spec.alternate;
    if pads && precision > MAX_OUTPUT {
        return Err(MEMORY_ERROR.to_string());
    }
    if code == 'f' || code == 'F' {
        // 'f' writes every integer digit: up to 309 for a finite double.
        if precision + 400 > MAX_OUTPUT {
            return Err(MEMORY_ERROR.to_string());
        }
    }
    let mut s = double_to_string(x, code, precision, spec.alternate, add_dot_0, spec.z);
    if add_pct {
        s.push('%');
    }
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.as_str()),
    };
    let dig_end = body
        .bytes()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, rest) = body.split_at(dig_end);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let sep = if ty == Some('n') { None } else { spec.grouping };
    let lay = NumLayout::new(spec, sep, group);
    Ok(fill_number(
        negative,
        "",
        digits,
        has_decimal,
        remainder,
        &lay,
    ))
}

/// format(x, spec) for float; Err is the ValueError message, e.g. "Unknown format code 'd' for object of type 'float'"
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, String> {
    let group = check_grouping(spec.grouping, spec.ty)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(x, spec, spec.ty, group)
        }
        Some(t) => Err(unknown_code(t, "float")),
    }
}

/// format(n, spec) for int (types b c d o x X n e E f F g G % and none; float types convert to float)
pub fn format_int(n: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    let group = check_grouping(spec.grouping, Some(ty))?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long(n, spec, ty, group),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = int_to_float(n)?;
            format_float_internal(x, spec, Some(ty), group)
        }
        t => Err(unknown_code(t, "int")),
    }
}

fn format_long(n: &BigInt, spec: &FormatSpec, ty: char, group: usize) -> Result<String, String> {
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.z {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if spec.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        let v = n
            .to_i64()
            .ok_or_else(|| "Python int too large to convert to C long".to_string())?;
        check_width(spec)?;
        let ch = code_point_char(v)?;
        let lay = NumLayout::new(spec, None, group);
        return Ok(fill_number(false, "", "", false, &ch.to_string(), &lay));
    }
    check_width(spec)?;
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let prefix = if spec.alternate { prefix } else { "" };
    let mut digits = n.magnitude().to_str_radix(base);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let sep = if ty == 'n' { None } else { spec.grouping };
    let lay = NumLayout::new(spec, sep, group);
    Ok(fill_number(
        n.sign() == Sign::Minus,
        prefix,
        &digits,
        false,
        "",
        &lay,
    ))
}

/// chr() for %c / format 'c'.
fn code_point_char(v: i64) -> Result<char, String> {
    if !(0..=0x10FFFF).contains(&v) {
        return Err("%c arg not in range(0x110000)".to_string());
    }
    char::from_u32(v as u32)
        .ok_or_else(|| format!("%c arg {:#x} is a surrogate (not supported)", v))
}

/// format(s, spec) for str (type s or none; '=' alignment and sign are errors with CPython's messages)
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('s');
    check_grouping(spec.grouping, Some(ty))?;
    if ty != 's' {
        return Err(unknown_code(ty, "str"));
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".to_string()),
        Some(_) => return Err("Sign not allowed in string format specifier".to_string()),
        None => {}
    }
    if spec.z {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    let align = spec.align.unwrap_or('<');
    if align == '=' {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    check_width(spec)?;
    let fill = if spec.zero { '0' } else { spec.fill };
    let body = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((idx, _)) => &s[..idx],
            None => s,
        },
        None => s,
    };
    let len = body.chars().count() as i64;
    let total = spec.width.map_or(len, |w| (w as i64).max(len));
    let lpad = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::new();
    push_n(&mut out, fill, lpad);
    out.push_str(body);
    push_n(&mut out, fill, rpad);
    Ok(out)
}

// ---------------------------------------------------------------------------
// float() and int() string parsing
// ---------------------------------------------------------------------------

/// float(s): Python's float() string parsing (whitespace strip, sign, 'inf', 'infinity', 'nan' any case, underscores per PEP 515 rules, exponents). None if invalid.
pub fn parse_float(s: &str) -> Option<f64> {
    let buf = to_ascii_numeric(s);
    if buf.contains(&0) {
        return None;
    }
    let cleaned: Vec<u8> = if buf.contains(&b'_') {
        let mut out = Vec::with_capacity(buf.len());
        let mut prev = 0u8;
        for &b in &buf {
            if b == b'_' {
                if !prev.is_ascii_digit() {
                    return None;
                }
            } else {
                if prev == b'_' && !b.is_ascii_digit() {
                    return None;
                }
                out.push(b);
            }
            prev = b;
        }
        if prev == b'_' {
            return None;
        }
        out
    } else {
        buf
    };
    let start = cleaned.iter().position(|&b| !is_c_space(b))?;
    let end = cleaned.iter().rposition(|&b| !is_c_space(b))? + 1;
    parse_float_ascii(cleaned.get(start..end)?)
}

fn parse_float_ascii(t: &[u8]) -> Option<f64> {
    let (negative, rest) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = rest.to_ascii_lowercase();
    if lower == b"inf" || lower == b"infinity" {
        return Some(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == b"nan" {
        return Some(if negative { -f64::NAN } else { f64::NAN });
    }
    let mut i = 0;
    let count_digits = |i: &mut usize| {
        let s = *i;
        while rest.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - s
    };
    let mut nd = count_digits(&mut i);
    if rest.get(i) == Some(&b'.') {
        i += 1;
        nd += count_digits(&mut i);
    }
    if nd == 0 {
        return None;
    }
    if matches!(rest.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(rest.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if count_digits(&mut i) == 0 {
            return None;
        }
    }
    if i != rest.len() {
        return None;
    }
    std::str::from_utf8(t).ok()?.parse::<f64>().ok()
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 37,
    }
}

/// int(s, base): base 0 or 2..=36; Python's rules (whitespace, sign, 0x/0o/0b prefixes allowed when they match the base or base is 0, underscores, base 0 rejects leading zeros like '010'). None if invalid.
///
/// CPython 3.11's limit of 4300 digits for non-power-of-two bases is not
/// applied here (callers that want it can count digits).
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let buf = to_ascii_numeric(s);
    if buf.contains(&0) {
        return None;
    }
    let at = |k: usize| buf.get(k).copied().unwrap_or(0);
    let mut i = 0;
    while is_c_space(at(i)) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        negative = true;
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0' {
        let p = at(i + 1).to_ascii_lowercase();
        if (base == 16 && p == b'x') || (base == 8 && p == b'o') || (base == 2 && p == b'b') {
            i += 2;
            if at(i) == b'_' {
                i += 1;
            }
        }
    }
    if at(i) == b'_' {
        return None;
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    loop {
        let c = at(i);
        let v = digit_value(c);
        if v < base {
            digits.push(v as u8);
        } else if c == b'_' {
            if prev == b'_' {
                return None;
            }
        } else {
            break;
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' || digits.is_empty() {
        return None;
    }
    let value = BigUint::from_radix_be(&digits, base)?;
    if error_if_nonzero && !value.is_zero() {
        return None;
    }
    while is_c_space(at(i)) {
        i += 1;
    }
    if i != buf.len() {
        return None;
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Some(BigInt::from_biguint(sign, value))
}

// ---------------------------------------------------------------------------
// printf-style formatting
// ---------------------------------------------------------------------------

/// One %-conversion of printf-style formatting ('%-5.2f' etc.), applied to an already-classified value.
#[derive(Debug, Clone, Copy)]
pub enum PercentValue<'a> {
    Int(&'a BigInt),
    Float(f64),
    Str(&'a str),
}

/// Flags, width, precision and conversion character of one `%` conversion.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PercentSpec {
    pub left: bool,
    pub plus: bool,
    pub space: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    pub conv: char,
}

/// Parses one conversion spec starting just after a '%'.
///
/// `fmt` is the rest of the format string after the '%', and `start` is the
/// index (in characters, i.e. Python string index) of `fmt`'s first character
/// within the whole format string; it is used for the "at index N" message.
/// Returns (spec, mapping key, width was '*', precision was '*', bytes of
/// `fmt` consumed up to and including the conversion character).  With a
/// '*' the corresponding field of the spec is `None`; the caller fills it in
/// (a negative '*' width means left-justify, a negative '*' precision means 0).
/// A bare "%%" parses as conversion '%'; a '%' after flags/width/precision is
/// CPython's "unsupported format character '%'" error.
pub fn parse_percent_spec(
    fmt: &str,
    start: usize,
) -> Result<(PercentSpec, Option<String>, bool, bool, usize), String> {
    let chars: Vec<(usize, char)> = fmt.char_indices().collect();
    let incomplete = || "incomplete format".to_string();
    let mut spec = PercentSpec::default();
    let mut key = None;
    let mut i = 0;
    if let Some((_, '(')) = chars.first() {
        let mut depth = 1;
        i = 1;
        loop {
            match chars.get(i) {
                None => return Err("incomplete format key".to_string()),
                Some((_, '(')) => depth += 1,
                Some((_, ')')) => depth -= 1,
                Some(_) => {}
            }
            i += 1;
            if depth == 0 {
                break;
            }
        }
        let key_start = chars.get(1).map_or(fmt.len(), |c| c.0);
        let key_end = chars.get(i - 1).map_or(fmt.len(), |c| c.0);
        key = Some(fmt.get(key_start..key_end).unwrap_or("").to_string());
    }
    let cur = |i: usize| chars.get(i).map(|c| c.1);
    loop {
        match cur(i) {
            None => return Err(incomplete()),
            Some('-') => spec.left = true,
            Some('+') => spec.plus = true,
            Some(' ') => spec.space = true,
            Some('#') => spec.alternate = true,
            Some('0') => spec.zero = true,
            Some(_) => break,
        }
        i += 1;
    }
    let mut width_star = false;
    let mut precision_star = false;
    let read_number = |i: &mut usize, limit: usize, msg: &str| -> Result<usize, String> {
        let mut acc: usize = 0;
        while let Some(d) = cur(*i).and_then(|c| c.to_digit(10)) {
            let d = d as usize;
            if acc > (limit - d) / 10 {
                return Err(msg.to_string());
            }
            acc = acc * 10 + d;
            *i += 1;
        }
        Ok(acc)
    };
    if cur(i) == Some('*') {
        width_star = true;
        i += 1;
    } else if cur(i).is_some_and(|c| c.is_ascii_digit()) {
        spec.width = Some(read_number(&mut i, SSIZE_MAX, "width too big")?);
    }
    if cur(i) == Some('.') {
        i += 1;
        if cur(i) == Some('*') {
            precision_star = true;
            i += 1;
        } else {
            spec.precision = Some(read_number(&mut i, INT_MAX, "precision too big")?);
        }
    }
    if matches!(cur(i), Some('h' | 'l' | 'L')) {
        i += 1;
    }
    let Some(conv) = cur(i) else {
        return Err(incomplete());
    };
    let bare = i == 0;
    let ok = matches!(
        conv,
        'd' | 'i'
            | 'u'
            | 'o'
            | 'x'
            | 'X'
            | 'e'
            | 'E'
            | 'f'
            | 'F'
            | 'g'
            | 'G'
            | 'c'
            | 'r'
            | 's'
            | 'a'
    ) || (conv == '%' && bare);
    if !ok {
        let cp = conv as u32;
        let shown = if (31..=126).contains(&cp) { conv } else { '?' };
        return Err(format!(
            "unsupported format character '{}' ({:#x}) at index {}",
            shown,
            cp,
            start + i
        ));
    }
    spec.conv = conv;
    let consumed = chars.get(i + 1).map_or(fmt.len(), |c| c.0);
    Ok((spec, key, width_star, precision_star, consumed))
}

fn value_type_name(v: &PercentValue) -> &'static str {
    match v {
        PercentValue::Int(_) => "int",
        PercentValue::Float(_) => "float",
        PercentValue::Str(_) => "str",
    }
}

/// conv in d i u o x X e E f F g G c r s a %. For 's'/'r'/'a' the caller passes Str(already converted text); for 'c' the caller passes Int (code point) or Str (one char). For d/i/u with a Float the value is truncated toward zero (as CPython); for e/f/g with Int it converts to float.
///
/// For 's'/'r'/'a' an `Int` or `Float` is converted with str()/repr() here.
pub fn percent_format_one(spec: &PercentSpec, value: PercentValue) -> Result<String, String> {
    if spec.width.is_some_and(|w| w > MAX_OUTPUT) {
        return Err(MEMORY_ERROR.to_string());
    }
    let conv = spec.conv;
    let (body, numeric) = match conv {
        '%' => return Ok("%".to_string()),
        's' | 'r' | 'a' => {
            let s = match value {
                PercentValue::Str(s) => s.to_string(),
                PercentValue::Int(n) => n.to_string(),
                PercentValue::Float(x) => float_repr(x),
            };
            (s, false)
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => (percent_int(spec, value)?, true),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match value {
                PercentValue::Float(x) => x,
                PercentValue::Int(n) => int_to_float(n)?,
                PercentValue::Str(_) => return Err("must be real number, not str".to_string()),
            };
            let precision = spec.precision.unwrap_or(6);
            if precision > INT_MAX {
                return Err("precision too big".to_string());
            }
            if precision > MAX_OUTPUT || (matches!(conv, 'f' | 'F') && precision + 400 > MAX_OUTPUT)
            {
                return Err(MEMORY_ERROR.to_string());
            }
            (
                double_to_string(x, conv, precision, spec.alternate, false, false),
                true,
            )
        }
        'c' => {
            let ch = match value {
                PercentValue::Int(n) => code_point_char(n.to_i64().unwrap_or(-1))?,
                PercentValue::Str(s) => {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => c,
                        _ => return Err("%c requires int or char".to_string()),
                    }
                }
                PercentValue::Float(_) => return Err("%c requires int or char".to_string()),
            };
            (ch.to_string(), false)
        }
        other => {
            let cp = other as u32;
            let shown = if (31..=126).contains(&cp) { other } else { '?' };
            return Err(format!(
                "unsupported format character '{}' ({:#x})",
                shown, cp
            ));
        }
    };
    Ok(percent_output(spec, &body, numeric))
}

/// `_PyUnicode_FormatLong`: sign, optional 0o/0x/0X prefix and digits
/// zero-padded to the precision.
fn percent_int(spec: &PercentSpec, value: PercentValue) -> Result<String, String> {
    let conv = spec.conv;
    let hexoct = matches!(conv, 'o' | 'x' | 'X');
    let owned;
    let n: &BigInt = match value {
        PercentValue::Int(n) => n,
        PercentValue::Float(x) if !hexoct => {
            if x.is_nan() {
                return Err("cannot convert float NaN to integer".to_string());
            }
            if x.is_infinite() {
                return Err("cannot convert float infinity to integer".to_string());
            }
            owned = BigInt::from_f64(x.trunc()).unwrap_or_default();
            &owned
        }
        other => {
            let what = if hexoct {
                "an integer"
            } else {
                "a real number"
            };
            return Err(format!(
                "%{} format: {} is required, not {}",
                conv,
                what,
                value_type_name(&other)
            ));
        }
    };
    let prec = spec.precision.unwrap_or(0);
    if prec > INT_MAX - 3 {
        return Err("precision too large".to_string());
    }
    if prec > MAX_OUTPUT {
        return Err(MEMORY_ERROR.to_string());
    }
    let (base, prefix) = match conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = n.magnitude().to_str_radix(base);
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut out = String::new();
    if n.sign() == Sign::Minus {
        out.push('-');
    }
    if spec.alternate {
        out.push_str(prefix);
    }
    push_n(&mut out, '0', prec as i64 - digits.len() as i64);
    out.push_str(&digits);
    Ok(out)
}

/// `unicode_format_arg_output`: width/sign/zero-fill handling of one
/// converted value.
fn percent_output(spec: &PercentSpec, s: &str, numeric: bool) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len() as i64;
    let mut width = spec.width.map_or(-1, |w| w as i64);
    let mut sign = numeric;
    let fill = if sign && spec.zero { '0' } else { ' ' };
    if matches!(spec.conv, 's' | 'r' | 'a') {
        if let Some(p) = spec.precision {
            len = len.min(p.min(i64::MAX as usize) as i64);
        }
    }
    let mut pindex = 0usize;
    let mut signchar = ' ';
    if sign {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                signchar = c;
                len -= 1;
                pindex = 1;
            }
            _ if spec.plus => signchar = '+',
            _ if spec.space => signchar = ' ',
            _ => sign = false,
        }
    }
    if width < len {
        width = len;
    }
    let mut out = String::with_capacity(width.max(0) as usize + 4);
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = numeric && spec.alternate && matches!(spec.conv, 'x' | 'X' | 'o');
    let prefix: String = if alt_prefix {
        chars.iter().skip(pindex).take(2).collect()
    } else {
        String::new()
    };
    if alt_prefix {
        if fill != ' ' {
            out.push_str(&prefix);
        }
        pindex += 2;
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !spec.left {
        push_n(&mut out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.push_str(&prefix);
        }
    }
    out.extend(chars.iter().skip(pindex).take(len.max(0) as usize));
    if width > len {
        push_n(&mut out, ' ', width - len);
    }
    out
}

// ---------------------------------------------------------------------------
// Float arithmetic helpers
// ---------------------------------------------------------------------------

/// (mantissa, exponent) with |x| == mantissa * 2**exponent, for finite x.
fn decode_f64(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    }
}

/// round(x, ndigits) for floats, correctly rounded like CPython (uses the exact decimal value, round-half-even): round(2.675, 2) == 2.67, round(0.5) == 0.0, round(1.5) == 2.0, round(1234.5, -1) == 1230.0, large ndigits return x unchanged.
///
/// When CPython raises OverflowError ("rounded value too large to
/// represent") this returns an infinity: callers should raise when the
/// result is infinite but `x` was finite.
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    if !x.is_finite() || ndigits > 323 || x == 0.0 {
        return x;
    }
    if ndigits < -308 {
        return 0.0 * x;
    }
    let text = if ndigits >= 0 {
        format!("{:.*}", ndigits as usize, x)
    } else {
        let k = ndigits.unsigned_abs() as u32;
        let (m, e) = decode_f64(x);
        let pow10 = BigUint::from(10u32).pow(k);
        let (num, den) = if e >= 0 {
            (BigUint::from(m) << (e as usize), pow10)
        } else {
            (BigUint::from(m), pow10 << (e.unsigned_abs() as usize))
        };
        let (mut q, r) = num.div_rem(&den);
        let twice: BigUint = r << 1usize;
        if twice > den || (twice == den && q.is_odd()) {
            q += 1u32;
        }
        format!("{}{}e{}", if x < 0.0 { "-" } else { "" }, q, k)
    };
    text.parse::<f64>().unwrap_or(x)
}

/// CPython's `_float_div_mod`.
fn float_div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// Python's float floor division (a // b); the caller handles b == 0.
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    float_div_mod(a, b).0
}

/// Python's float modulo (a % b): result has the sign of b; the caller handles b == 0.
pub fn float_mod(a: f64, b: f64) -> f64 {
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    m
}

/// Python's divmod(a, b) for floats: (a // b, a % b); the caller handles b == 0.
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    float_div_mod(a, b)
}

// ---------------------------------------------------------------------------
// Integers
// ---------------------------------------------------------------------------

/// bin()/oct()/hex() text: base 2, 8 or 16 with its prefix ('-0x1f').  Other
/// bases in 2..=36 give bare digits; anything else gives decimal.
pub fn int_to_base(n: &BigInt, base: u32) -> String {
    let prefix = match base {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let radix = if (2..=36).contains(&base) { base } else { 10 };
    let sign = if n.sign() == Sign::Minus { "-" } else { "" };
    format!("{}{}{}", sign, prefix, n.magnitude().to_str_radix(radix))
}

fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// The double nearest (ties to even) to (m + tiny) * 2**e, where `sticky`
/// says whether a non-zero tail below m's last bit was discarded.  None on
/// overflow.
fn round_to_f64(m: &BigUint, e: i64, sticky: bool) -> Option<f64> {
    let bl = m.bits() as i64;
    if bl == 0 {
        return Some(0.0);
    }
    let msb = bl - 1 + e;
    if msb > 1023 {
        return None;
    }
    let lsb = (msb - 52).max(-1074);
    let drop = lsb - e;
    let kept: u64 = if drop <= 0 {
        (m << drop.unsigned_abs() as usize).to_u64()?
    } else {
        let d = drop as u64;
        let mut k = if d >= bl as u64 {
            0
        } else {
            (m >> d as usize).to_u64()?
        };
        let half_bit = d - 1;
        let half = half_bit < bl as u64 && m.bit(half_bit);
        let below = sticky || m.trailing_zeros().is_some_and(|tz| tz < half_bit);
        if half && (below || k & 1 == 1) {
            k += 1;
        }
        k
    };
    if kept == 0 {
        return Some(0.0);
    }
    let kbits = 64 - kept.leading_zeros() as i64;
    if kbits - 1 + lsb > 1023 {
        return None;
    }
    Some(kept as f64 * pow2(lsb))
}

/// Integer true division a / b as CPython does it (correctly rounded even for huge ints; OverflowError "integer division result too large for a float" as Err). b != 0.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, String> {
    if b.is_zero() {
        return Err("division by zero".to_string());
    }
    const EXACT: i64 = 1 << 53;
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.abs() <= EXACT && y.abs() <= EXACT {
            return Ok(x as f64 / y as f64);
        }
    }
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let signed = |v: f64| if negative { -v } else { v };
    let overflow = || "integer division result too large for a float".to_string();
    let n = a.magnitude();
    let d = b.magnitude();
    if n.is_zero() {
        return Ok(signed(0.0));
    }
    let e = n.bits() as i64 - d.bits() as i64;
    if e > 1025 {
        return Err(overflow());
    }
    if e < -1080 {
        return Ok(signed(0.0));
    }
    let s = 56 - e;
    let (q, r) = if s >= 0 {
        (n << s as usize).div_rem(d)
    } else {
        n.div_rem(&(d << s.unsigned_abs() as usize))
    };
    round_to_f64(&q, -s, !r.is_zero())
        .map(signed)
        .ok_or_else(overflow)
}

/// Conversion of a big int to float, correctly rounded (half-even), Err("int too large to convert to float") on overflow.
pub fn int_to_float(n: &BigInt) -> Result<f64, String> {
    if let Some(v) = n.to_i64() {
        return Ok(v as f64);
    }
    let v = round_to_f64(n.magnitude(), 0, false)
        .ok_or_else(|| "int too large to convert to float".to_string())?;
    Ok(if n.is_negative() { -v } else { v })
}
