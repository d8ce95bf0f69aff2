//! The algorithms behind Python's `str` methods, matching CPython 3.11, with no
//! dependency on the interpreter.
//!
//! A Python `str` is a sequence of code points, so every index taken or
//! returned here counts `char`s, never bytes. Optional `start`/`end` arguments
//! are Python ints (`i64`, `None` meaning "whole string") and are clamped the
//! way CPython's `ADJUST_INDICES` does, so no input can slice off a char
//! boundary or overflow.
//!
//! Errors are returned as the exact CPython message; each function's doc says
//! which exception class to raise, and [`error_type`] maps a message back to
//! its class. Results that would be absurdly large (for example
//! `"x".center(2**62)`) are refused with [`MEMORY_ERROR`] rather than
//! attempting the allocation, where CPython would raise `MemoryError`.
//!
//! Character classes (`isalpha`, `isprintable`, `isidentifier`, ...) use
//! tables generated from CPython 3.11's own `unicodedata` (Unicode 14.0), so
//! they are exact. Case mappings use Rust's `char::to_uppercase` /
//! `to_lowercase`, ignoring mappings that involve code points Unicode 14 does
//! not assign, plus generated tables where Python's titlecase and case folding
//! differ from those. That reproduced CPython 3.11 for every code point when
//! checked exhaustively against it (Rust 1.95); a later Rust Unicode update
//! that changes an existing mapping would need the check rerun.
//!
//! `str.format` lives at the end: [`parse_format`] splits a template into
//! literal text and replacement fields, and [`format_with`]
//! renders one through a [`FormatHost`] in exactly CPython's order of
//! evaluation (so the first error raised is the one CPython would raise).
//! `str % args` is not here (see `numfmt`).

use std::borrow::Cow;

/// Longest result (in code points) any function here will build. CPython
/// would try to allocate and raise `MemoryError`; we refuse up front.
pub const MAX_RESULT_LEN: usize = 1 << 28;

/// Message returned when a result would exceed [`MAX_RESULT_LEN`]; the
/// interpreter should raise `MemoryError` for it.
pub const MEMORY_ERROR: &str = "string result is too large";

/// The Python exception class for an `Err` message produced by this module:
/// "MemoryError", "IndexError" or "ValueError". (This module raises no
/// TypeError or KeyError itself: argument types, and lookups in `str.format`,
/// are the caller's.)
pub fn error_type(msg: &str) -> &'static str {
    match msg {
        MEMORY_ERROR => "MemoryError",
        "string index out of range" => "IndexError",
        _ => "ValueError",
    }
}

// ---------------------------------------------------------------------------
// Indices
// ---------------------------------------------------------------------------

/// Number of code points in `s` (Python's `len`).
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Byte offset of code point `index` in `s`, or `s.len()` past the end.
fn byte_offset(s: &str, index: usize) -> usize {
    if s.is_ascii() {
        return index.min(s.len());
    }
    s.char_indices().nth(index).map_or(s.len(), |(at, _)| at)
}

/// CPython's `ADJUST_INDICES`: negative indices count from the end, then both
/// are clamped at 0 and `end` at `len`. `start` may still exceed `len` (which
/// makes `"abc".find("", 5)` fail as in CPython).
fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = end.saturating_add(len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = start.saturating_add(len).max(0);
    }
    (start, end)
}

/// Converts an index known to be in `0..=len` to usize.
fn to_index(i: i64) -> usize {
    usize::try_from(i).unwrap_or(0)
}

/// `s[index]`. Err → IndexError.
pub fn char_at(s: &str, index: i64) -> Result<char, String> {
    let len = char_len(s) as i64;
    let i = if index < 0 {
        index.saturating_add(len)
    } else {
        index
    };
    if i < 0 || i >= len {
        return Err("string index out of range".to_string());
    }
    s.chars()
        .nth(to_index(i))
        .ok_or_else(|| "string index out of range".to_string())
}

/// `s[start:stop:step]` with `None` for omitted bounds. Err → ValueError
/// ("slice step cannot be zero").
pub fn slice(s: &str, start: Option<i64>, stop: Option<i64>, step: i64) -> Result<String, String> {
    if step == 0 {
        return Err("slice step cannot be zero".to_string());
    }
    let len = char_len(s) as i64;
    // PySlice_AdjustIndices: the clamping bounds differ by step direction.
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(v) if v < 0 => v.saturating_add(len).max(lower),
        Some(v) => v.min(upper),
    };
    let start = clamp(start, if step < 0 { upper } else { lower });
    let stop = clamp(stop, if step < 0 { lower } else { upper });
    if step == 1 {
        if start >= stop {
            return Ok(String::new());
        }
        let from = byte_offset(s, to_index(start));
        let to = byte_offset(s, to_index(stop));
        return Ok(s[from..to].to_string());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        if let Some(&c) = usize::try_from(i).ok().and_then(|i| chars.get(i)) {
            out.push(c);
        }
        i = match i.checked_add(step) {
            Some(next) => next,
            None => break,
        };
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Splitting
// ---------------------------------------------------------------------------

/// Python's `maxsplit`: negative means unlimited.
fn split_limit(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// `s.split(sep, maxsplit)`. `sep == None` splits on runs of whitespace and
/// drops empty strings. Err → ValueError ("empty separator").
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, String> {
    let limit = split_limit(maxsplit);
    let sep = match sep {
        None => return Ok(split_whitespace(s, limit)),
        Some("") => return Err("empty separator".to_string()),
        Some(sep) => sep,
    };
    let mut parts = Vec::new();
    let mut rest = s;
    while parts.len() < limit {
        match find_sub(rest, sep) {
            Some(at) => {
                parts.push(&rest[..at]);
                rest = &rest[at + sep.len()..];
            }
            None => break,
        }
    }
    parts.push(rest);
    Ok(parts)
}

/// `s.rsplit(sep, maxsplit)`: like [`split`] but the splits are made from the
/// right. Err → ValueError ("empty separator").
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, String> {
    let limit = split_limit(maxsplit);
    let sep = match sep {
        None => return Ok(rsplit_whitespace(s, limit)),
        Some("") => return Err("empty separator".to_string()),
        Some(sep) => sep,
    };
    let mut parts = Vec::new();
    let mut rest = s;
    while parts.len() < limit {
        match rest.rfind(sep) {
            Some(at) => {
                parts.push(&rest[at + sep.len()..]);
                rest = &rest[..at];
            }
            None => break,
        }
    }
    parts.push(rest);
    parts.reverse();
    Ok(parts)
}

/// CPython's `split_whitespace`: once `limit` splits are made, leading
/// whitespace of the remainder is skipped but trailing whitespace is kept.
fn split_whitespace(s: &str, limit: usize) -> Vec<&str> {
    if s.is_ascii() {
        return split_ascii_whitespace(s.as_bytes(), limit)
            .map(|(from, to)| &s[from..to])
            .collect();
    }
    let mut parts = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if parts.len() == limit {
            parts.push(rest);
            break;
        }
        let word_end = rest.find(is_space).unwrap_or(rest.len());
        parts.push(&rest[..word_end]);
        rest = rest[word_end..].trim_start_matches(is_space);
    }
    parts
}

/// The byte ranges of the words of an ASCII str (`split()` with no
/// separator): at most `limit` splits, the last word taking the rest.
fn split_ascii_whitespace(s: &[u8], limit: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let space = |b: u8| matches!(b, b'\t'..=b'\r' | 0x1c..=0x1f | b' ');
    let mut at = 0;
    let mut splits = 0;
    std::iter::from_fn(move || {
        while at < s.len() && space(s[at]) {
            at += 1;
        }
        if at == s.len() {
            return None;
        }
        let from = at;
        if splits == limit {
            // The rest, trailing whitespace included (as CPython does).
            at = s.len();
            return Some((from, at));
        }
        while at < s.len() && !space(s[at]) {
            at += 1;
        }
        splits += 1;
        Some((from, at))
    })
}

/// Mirror image of [`split_whitespace`].
fn rsplit_whitespace(s: &str, limit: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    while !rest.is_empty() {
        if parts.len() == limit {
            parts.push(rest);
            break;
        }
        let word_start = rest
            .char_indices()
            .rev()
            .find(|&(_, c)| is_space(c))
            .map_or(0, |(at, c)| at + c.len_utf8());
        parts.push(&rest[word_start..]);
        rest = rest[..word_start].trim_end_matches(is_space);
    }
    parts.reverse();
    parts
}

/// Line boundaries recognised by `str.splitlines` (`\r\n` counts as one).
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `s.splitlines(keepends)`.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut line_start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut next = at + c.len_utf8();
        if c == '\r' && matches!(chars.peek(), Some(&(_, '\n'))) {
            chars.next();
            next += 1;
        }
        lines.push(&s[line_start..if keepends { next } else { at }]);
        line_start = next;
    }
    if line_start < s.len() {
        lines.push(&s[line_start..]);
    }
    lines
}

/// `s.partition(sep)`: `(before, sep, after)`, or `(s, "", "")` when `sep` is
/// absent. Err → ValueError ("empty separator").
pub fn partition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), String> {
    if sep.is_empty() {
        return Err("empty separator".to_string());
    }
    Ok(match s.find(sep) {
        Some(at) => (&s[..at], &s[at..at + sep.len()], &s[at + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`: split at the last `sep`, or `("", "", s)` when absent.
/// Err → ValueError ("empty separator").
pub fn rpartition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), String> {
    if sep.is_empty() {
        return Err("empty separator".to_string());
    }
    Ok(match s.rfind(sep) {
        Some(at) => (&s[..at], &s[at..at + sep.len()], &s[at + sep.len()..]),
        None => ("", "", s),
    })
}

// ---------------------------------------------------------------------------
// Stripping and affixes
// ---------------------------------------------------------------------------

/// `s.strip(chars)`; `None` strips whitespace as `str.isspace` defines it.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    rstrip(lstrip(s, chars), chars)
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(is_space),
        Some(set) => s.trim_start_matches(|c| set.contains(c)),
    }
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(is_space),
        Some(set) => s.trim_end_matches(|c| set.contains(c)),
    }
}

/// `s.removeprefix(prefix)`.
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `s.removesuffix(suffix)`.
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}

// ---------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------

/// The byte range of `s[start:end]` after `ADJUST_INDICES`, with the
/// adjusted code-point bounds; `None` when fewer than `need` code points fit,
/// which is CPython's early "not found" for every search function.
fn search_window(
    s: &str,
    start: Option<i64>,
    end: Option<i64>,
    need: usize,
) -> Option<(usize, usize, i64)> {
    if start.is_none() && end.is_none() {
        // The whole string, without counting its characters: a needle
        // longer than `s` is simply not found by the caller's search.
        return Some((0, s.len(), 0));
    }
    let (start, end) = adjust_indices(start, end, char_len(s));
    if end - start < need as i64 {
        return None;
    }
    let (start_char, end_char) = (to_index(start), to_index(end));
    if s.is_ascii() {
        return Some((start_char, end_char, start));
    }
    let from = byte_offset(s, start_char);
    let to = from + byte_offset(&s[from..], end_char - start_char);
    Some((from, to, start))
}

/// The byte offset of the first `sub` in `hay`. A one-byte `sub` (ASCII,
/// the common case: `":" in s`, `s.find("_")`) is a byte scan; the general
/// substring searcher costs more to set up than such a scan takes.
#[inline]
pub fn find_sub(hay: &str, sub: &str) -> Option<usize> {
    match sub.as_bytes() {
        [b] => hay.as_bytes().iter().position(|c| c == b),
        _ => hay.find(sub),
    }
}

/// `sub in hay`.
#[inline]
pub fn contains(hay: &str, sub: &str) -> bool {
    find_sub(hay, sub).is_some()
}

/// `s.find(sub, start, end)`: lowest code-point index of `sub`, or -1.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((from, to, first)) = search_window(s, start, end, char_len(sub)) else {
        return -1;
    };
    let window = &s[from..to];
    match find_sub(window, sub) {
        Some(at) => first + char_len(&window[..at]) as i64,
        None => -1,
    }
}

/// `s.rfind(sub, start, end)`: highest code-point index of `sub`, or -1.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((from, to, first)) = search_window(s, start, end, char_len(sub)) else {
        return -1;
    };
    let window = &s[from..to];
    match window.rfind(sub) {
        Some(at) => first + char_len(&window[..at]) as i64,
        None => -1,
    }
}

/// `s.index(sub, start, end)`. Err → ValueError ("substring not found").
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<i64, String> {
    match find(s, sub, start, end) {
        -1 => Err("substring not found".to_string()),
        at => Ok(at),
    }
}

/// `s.rindex(sub, start, end)`. Err → ValueError ("substring not found").
pub fn rindex(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<i64, String> {
    match rfind(s, sub, start, end) {
        -1 => Err("substring not found".to_string()),
        at => Ok(at),
    }
}

/// `s.count(sub, start, end)`: non-overlapping occurrences; the empty string
/// occurs `len + 1` times in a window of `len` code points.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    let Some((from, to, _)) = search_window(s, start, end, char_len(sub)) else {
        return 0;
    };
    let window = &s[from..to];
    if sub.is_empty() {
        return char_len(window) + 1;
    }
    window.matches(sub).count()
}

/// `s.startswith(prefix, start, end)` for one prefix (a tuple is the caller's
/// loop).
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    if start.is_none() && end.is_none() {
        // Whole string: a byte comparison, with no character counting.
        return s.as_bytes().starts_with(prefix.as_bytes());
    }
    match search_window(s, start, end, char_len(prefix)) {
        Some((from, _, _)) => s[from..].starts_with(prefix),
        None => false,
    }
}

/// `s.endswith(suffix, start, end)` for one suffix.
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    if start.is_none() && end.is_none() {
        return s.as_bytes().ends_with(suffix.as_bytes());
    }
    match search_window(s, start, end, char_len(suffix)) {
        Some((_, to, _)) => s[..to].ends_with(suffix),
        None => false,
    }
}

// ---------------------------------------------------------------------------
// Replacing
// ---------------------------------------------------------------------------

/// `s.replace(old, new, count)`; a negative `count` replaces all. An empty
/// `old` matches before every character and at the end, as in CPython
/// (`"ab".replace("", "-") == "-a-b-"`). Err → MemoryError ([`MEMORY_ERROR`]).
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> Result<String, String> {
    let limit = split_limit(count);
    if limit == 0 || old == new {
        return Ok(s.to_string());
    }
    let s_len = char_len(s);
    let matches = if old.is_empty() {
        limit.min(s_len.saturating_add(1))
    } else if let [b] = old.as_bytes() {
        s.bytes().filter(|c| c == b).take(limit).count()
    } else {
        s.matches(old).take(limit).count()
    };
    if matches == 0 {
        return Ok(s.to_string());
    }
    let result_len = (s_len as u128 + matches as u128 * char_len(new) as u128)
        .saturating_sub(matches as u128 * char_len(old) as u128);
    if result_len > MAX_RESULT_LEN as u128 {
        return Err(MEMORY_ERROR.to_string());
    }
    if let [b] = old.as_bytes() {
        // One ASCII byte: the char pattern searches with memchr.
        return Ok(s.replacen(*b as char, new, matches));
    }
    if !old.is_empty() {
        return Ok(s.replacen(old, new, matches));
    }
    let mut out = String::with_capacity(s.len() + matches * new.len());
    let mut chars = s.chars();
    for _ in 0..matches {
        out.push_str(new);
        match chars.next() {
            Some(c) => out.push(c),
            None => break,
        }
    }
    out.push_str(chars.as_str());
    Ok(out)
}

// ---------------------------------------------------------------------------
// Case mapping
// ---------------------------------------------------------------------------

/// Pushes `mapped` (Rust's full case mapping of `c`) unless `c` or the
/// mapping uses a code point that Unicode 14 lacks: such mappings are newer
/// than Python 3.11's tables (for example U+019B gained an uppercase partner
/// in Unicode 16), so Python leaves `c` unchanged.
fn push_mapped(out: &mut String, c: char, mapped: impl Iterator<Item = char> + Clone) {
    if in_table(ASSIGNED, c) && mapped.clone().all(|m| in_table(ASSIGNED, m)) {
        out.extend(mapped);
    } else {
        out.push(c);
    }
}

/// Pushes the full uppercase mapping of `c`.
fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(out, c, c.to_uppercase());
    }
}

/// Pushes the full lowercase mapping of `c`, ignoring the final-sigma rule.
fn push_lower_plain(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(out, c, c.to_lowercase());
    }
}

/// Pushes the full titlecase mapping of `c` (`_PyUnicode_ToTitleFull`).
fn push_title(out: &mut String, c: char) {
    match lookup_map(TITLE_MAP, c) {
        Some(mapped) => out.push_str(mapped),
        None => push_upper(out, c),
    }
}

/// CPython's `lower_ucs4`: the lowercase mapping of `chars[i]`, where a
/// capital sigma becomes final sigma when it ends a cased word
/// (`\p{cased}\p{case-ignorable}* Σ !(\p{case-ignorable}* \p{cased})`).
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != '\u{3a3}' {
        return push_lower_plain(out, c);
    }
    let cased_before = chars[..i]
        .iter()
        .rev()
        .find(|&&b| !in_table(CASE_IGNORABLE, b))
        .is_some_and(|&b| in_table(CASED, b));
    let cased_after = chars[i + 1..]
        .iter()
        .find(|&&a| !in_table(CASE_IGNORABLE, a))
        .is_some_and(|&a| in_table(CASED, a));
    out.push(if cased_before && !cased_after {
        '\u{3c2}'
    } else {
        '\u{3c3}'
    });
}

/// `s.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

/// `s.lower()`, including the final-sigma rule.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&mut out, &chars, i);
    }
    out
}

/// `s.casefold()`: full case folding (`"ß"` → `"ss"`), no final-sigma rule.
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup_map(FOLD_MAP, c) {
            Some(folded) => out.push_str(folded),
            None => push_lower_plain(&mut out, c),
        }
    }
    out
}

/// `s.capitalize()`: since 3.8 the first character is *titlecased*
/// (`"ǆa"` → `"ǅa"`), the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(&mut out, chars[0]);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

/// `s.title()`: a character is titlecased if the previous one is not cased,
/// otherwise lowercased (so `"they're"` → `"They'Re"`, as in CPython).
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_is_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        previous_is_cased = in_table(CASED, c);
    }
    out
}

/// `s.swapcase()`: uppercase ↔ lowercase; titlecase letters are unchanged.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper_char(c) {
            push_lower_at(&mut out, &chars, i);
        } else if is_lower_char(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Padding and tabs
// ---------------------------------------------------------------------------

/// Builds `left` fill chars, `s`, `right` fill chars, refusing oversized
/// results. `width` is the total length in code points.
fn pad(s: &str, width: usize, left: usize, right: usize, fill: char) -> Result<String, String> {
    if width > MAX_RESULT_LEN {
        return Err(MEMORY_ERROR.to_string());
    }
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// The padding needed to reach `width`, or `None` when `s` is already as long.
fn margin(s: &str, width: i64) -> Option<(usize, usize)> {
    let len = char_len(s);
    let width = usize::try_from(width).ok()?;
    (width > len).then(|| (width, width - len))
}

/// `s.center(width, fillchar)`. Odd padding goes on the left only when
/// `width` is odd too (CPython's `marg / 2 + (marg & width & 1)`).
/// Err → MemoryError ([`MEMORY_ERROR`]).
pub fn center(s: &str, width: i64, fillchar: char) -> Result<String, String> {
    let Some((width, margin)) = margin(s, width) else {
        return Ok(s.to_string());
    };
    let left = margin / 2 + (margin & width & 1);
    pad(s, width, left, margin - left, fillchar)
}

/// `s.ljust(width, fillchar)`. Err → MemoryError ([`MEMORY_ERROR`]).
pub fn ljust(s: &str, width: i64, fillchar: char) -> Result<String, String> {
    match margin(s, width) {
        Some((width, margin)) => pad(s, width, 0, margin, fillchar),
        None => Ok(s.to_string()),
    }
}

/// `s.rjust(width, fillchar)`. Err → MemoryError ([`MEMORY_ERROR`]).
pub fn rjust(s: &str, width: i64, fillchar: char) -> Result<String, String> {
    match margin(s, width) {
        Some((width, margin)) => pad(s, width, margin, 0, fillchar),
        None => Ok(s.to_string()),
    }
}

/// `s.zfill(width)`: pads with zeros on the left, after a leading sign.
/// Err → MemoryError ([`MEMORY_ERROR`]).
pub fn zfill(s: &str, width: i64) -> Result<String, String> {
    let Some((width, margin)) = margin(s, width) else {
        return Ok(s.to_string());
    };
    let (sign, digits) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &s[1..]),
        _ => (None, s),
    };
    let padded = pad(digits, width, margin, 0, '0')?;
    Ok(match sign {
        Some(sign) => format!("{sign}{padded}"),
        None => padded,
    })
}

/// `s.expandtabs(tabsize)`. The column restarts after `\n` and `\r` only; a
/// tabsize <= 0 deletes tabs. The caller converts the Python int like a C
/// `int` first (OverflowError "Python int too large to convert to C int").
/// Err → MemoryError ([`MEMORY_ERROR`]).
pub fn expandtabs(s: &str, tabsize: i32) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let mut column: usize = 0;
    let mut total: usize = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let tab = tabsize as usize;
                let spaces = tab - column % tab;
                total += spaces;
                if total > MAX_RESULT_LEN {
                    return Err(MEMORY_ERROR.to_string());
                }
                column += spaces;
                out.extend(std::iter::repeat_n(' ', spaces));
            }
        } else {
            out.push(c);
            total += 1;
            column = if c == '\n' || c == '\r' {
                0
            } else {
                column + 1
            };
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------

/// Whether `c` is in a sorted table of inclusive code-point ranges.
fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    let after = table.partition_point(|&(first, _)| first <= cp);
    after > 0 && cp <= table[after - 1].1
}

/// The replacement text for `c` in a sorted mapping table.
fn lookup_map(table: &'static [(char, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&c, |&(key, _)| key)
        .ok()
        .map(|at| table[at].1)
}

/// `Py_UNICODE_ISSPACE`: what `str.split()` and `str.strip()` treat as
/// whitespace (includes `\x1c`..`\x1f`, unlike Rust's `char::is_whitespace`).
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ')
    } else {
        in_table(SPACE, c)
    }
}

/// `Py_UNICODE_TODECIMAL`: the value of a Unicode decimal digit (category Nd).
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let cp = c as u32;
    let after = DECIMAL.partition_point(|&(first, _)| first <= cp);
    let &(first, last) = DECIMAL.get(after.checked_sub(1)?)?;
    // Every range is whole runs of 0..=9 (checked by the table generator).
    (cp <= last).then_some((cp - first) % 10)
}

/// `Py_UNICODE_ISUPPER` (derived property Uppercase).
fn is_upper_char(c: char) -> bool {
    in_table(UPPER, c)
}

/// `Py_UNICODE_ISLOWER` (derived property Lowercase).
fn is_lower_char(c: char) -> bool {
    in_table(LOWER, c)
}

/// `Py_UNICODE_ISTITLE` (category Lt).
fn is_title_char(c: char) -> bool {
    in_table(TITLE, c)
}

/// `Py_UNICODE_ISPRINTABLE`: space, or any category outside C* and Z*. This
/// decides what `repr` escapes.
pub fn is_printable_char(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        in_table(PRINTABLE, c)
    }
}

/// True when `s` is non-empty and every character satisfies `test`.
fn all_nonempty(s: &str, test: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(test)
}

/// `s.isalpha()`: letters (categories L*), non-empty.
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, |c| in_table(ALPHA, c))
}

/// `s.isdecimal()`: category Nd, non-empty.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, |c| decimal_value(c).is_some())
}

/// `s.isdigit()`: decimal digits plus other digits such as `"²"`.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, |c| in_table(DIGIT, c))
}

/// `s.isnumeric()`: any numeric character, such as `"½"` or `"Ⅻ"`.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, |c| in_table(NUMERIC, c))
}

/// `s.isalnum()`: each character is alphabetic or numeric (numeric includes
/// digit and decimal).
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, |c| in_table(ALPHA, c) || in_table(NUMERIC, c))
}

/// `s.isspace()`, non-empty.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}

/// `s.isupper()`: at least one cased character and no lowercase or
/// titlecase one.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower_char(c) || is_title_char(c) {
            return false;
        }
        cased |= is_upper_char(c);
    }
    cased
}

/// `s.islower()`: at least one cased character and no uppercase or
/// titlecase one.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper_char(c) || is_title_char(c) {
            return false;
        }
        cased |= is_lower_char(c);
    }
    cased
}

/// `s.istitle()`: uppercase/titlecase only after uncased characters,
/// lowercase only after cased ones, and at least one cased character.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if is_upper_char(c) || is_title_char(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if is_lower_char(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// `s.isidentifier()`: XID_Start or `_`, then XID_Continue (no NFKC
/// normalisation, as in CPython).
pub fn isidentifier(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let start_ok = if first.is_ascii() {
        first == '_' || first.is_ascii_alphabetic()
    } else {
        in_table(XID_START, first)
    };
    start_ok
        && chars.all(|c| {
            if c.is_ascii() {
                c == '_' || c.is_ascii_alphanumeric()
            } else {
                in_table(XID_CONTINUE, c)
            }
        })
}

/// `s.isprintable()`; true for the empty string.
pub fn isprintable(s: &str) -> bool {
    s.chars().all(is_printable_char)
}

/// `s.isascii()`; true for the empty string.
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

// ---------------------------------------------------------------------------
// repr and ascii
// ---------------------------------------------------------------------------

/// The quote `repr` uses: `"` only if the text has `'` and no `"`.
fn pick_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

/// Appends `\xNN`, `\uNNNN` or `\UNNNNNNNN` (lowercase hex) for `c`.
fn push_hex_escape(out: &mut String, c: char) {
    let cp = c as u32;
    let escape = if cp <= 0xff {
        format!("\\x{cp:02x}")
    } else if cp <= 0xffff {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    };
    out.push_str(&escape);
}

/// `repr(s)` exactly as CPython prints it.
pub fn str_repr(s: &str) -> String {
    let quote = pick_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable_char(c) => out.push(c),
            c => push_hex_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// `ascii(s)`: `repr(s)` with every remaining non-ASCII character escaped.
pub fn ascii_repr(s: &str) -> String {
    let repr = str_repr(s);
    if repr.is_ascii() {
        return repr;
    }
    let mut out = String::with_capacity(repr.len() + 8);
    for c in repr.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_hex_escape(&mut out, c);
        }
    }
    out
}

/// `repr(b)` for a bytes object: `b'...'` with `\xNN` for bytes outside
/// printable ASCII.
pub fn bytes_repr(bytes: &[u8]) -> String {
    let quote = pick_quote(bytes.contains(&b'\''), bytes.contains(&b'"'));
    let mut out = String::with_capacity(bytes.len() + 3);
    out.push('b');
    out.push(quote);
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b if b as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            b' '..=b'~' => out.push(b as char),
            b => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

// ---------------------------------------------------------------------------
// str.format
// ---------------------------------------------------------------------------
//
// A port of CPython's Objects/stringlib/unicode_format.h. The template is
// scanned by bytes: every syntax character is ASCII, and UTF-8 continuation
// bytes never look like ASCII, so every offset we slice at is a char boundary.

/// How deep `build_string` may recurse: the template, plus one level of
/// fields nested in a format spec.
const FORMAT_RECURSION_DEPTH: u32 = 2;

/// One piece of a parsed format template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FmtPiece {
    /// Text copied to the output, with `{{`/`}}` already collapsed.
    Literal(String),
    /// A replacement field `{name!conversion:spec}`.
    Field {
        name: FieldName,
        /// `r`, `s`, `a`, or any other char (rejected at render time with
        /// [`check_conversion`]'s message, as CPython does).
        conversion: Option<char>,
        /// The raw spec text; it may contain nested fields
        /// ([`spec_needs_expanding`]).
        spec: String,
        /// The spec parsed with the same numbering, when it has nested fields.
        spec_pieces: Option<Vec<FmtPiece>>,
    },
}

/// What a field refers to before any `.attr` / `[key]` accessors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldFirst {
    /// `{}`: the next positional argument, already numbered.
    Auto(usize),
    /// `{3}`: an explicit positional argument.
    Index(usize),
    /// `{name}`: a keyword argument.
    Keyword(String),
}

/// One `.attr` or `[key]` after the first part of a field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accessor {
    /// `.name`: `getattr(value, "name")`.
    Attr(String),
    /// `[3]`: `value[3]` with an int index.
    Index(usize),
    /// `[key]`: `value["key"]` (anything that is not all decimal digits).
    Key(String),
}

/// A parsed field name such as `0.real` or `name[1][key]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldName {
    pub first: FieldFirst,
    /// Accessors parsed before any syntax error.
    pub accessors: Vec<Accessor>,
    /// A syntax error later in the field name (ValueError). CPython parses
    /// accessors lazily, so it raises this only after looking up `first` and
    /// applying `accessors` succeeded; callers should do the same.
    pub accessor_error: Option<String>,
}

/// Automatic-vs-manual field numbering state shared by a template and the
/// fields nested in its specs (CPython's `AutoNumber`).
#[derive(Debug, Clone, Default)]
pub struct FieldNumbering {
    /// `None` until the first numeric field; then whether it was automatic.
    automatic: Option<bool>,
    next: usize,
}

/// A replacement field as scanned, before its name is interpreted.
#[derive(Debug, Clone, Copy)]
struct RawField<'a> {
    name: &'a str,
    conversion: Option<char>,
    spec: &'a str,
    spec_needs_expanding: bool,
}

/// Splits a format template into literal text and replacement fields
/// (CPython's `MarkupIterator`). Field names are interpreted separately by
/// [`parse_field_name`] so numbering can be shared with nested specs.
struct FormatParser<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> FormatParser<'a> {
    fn new(text: &'a str) -> Self {
        FormatParser { text, pos: 0 }
    }

    /// The next piece: literal text (possibly empty) and the field after it,
    /// if any. Err → ValueError.
    fn next_markup(&mut self) -> Option<Result<(&'a str, Option<RawField<'a>>), String>> {
        let bytes = self.text.as_bytes();
        if self.pos >= bytes.len() {
            return None;
        }
        let start = self.pos;
        let mut brace = None;
        while let Some(&b) = bytes.get(self.pos) {
            self.pos += 1;
            if b == b'{' || b == b'}' {
                brace = Some(b);
                break;
            }
        }
        let Some(brace) = brace else {
            return Some(Ok((&self.text[start..], None)));
        };
        let next = bytes.get(self.pos).copied();
        if next == Some(brace) {
            // `{{` or `}}`: the literal keeps one brace and no field follows.
            self.pos += 1;
            return Some(Ok((&self.text[start..self.pos - 1], None)));
        }
        if brace == b'}' {
            return Some(Err("Single '}' encountered in format string".to_string()));
        }
        if next.is_none() {
            return Some(Err("Single '{' encountered in format string".to_string()));
        }
        let literal = &self.text[start..self.pos - 1];
        Some(self.parse_field().map(|field| (literal, Some(field))))
    }

    /// CPython's `parse_field`, entered just after a `{`.
    fn parse_field(&mut self) -> Result<RawField<'a>, String> {
        let bytes = self.text.as_bytes();
        let name_start = self.pos;
        let mut last = 0u8;
        while let Some(&b) = bytes.get(self.pos) {
            self.pos += 1;
            last = b;
            match b {
                b'{' => return Err("unexpected '{' in field name".to_string()),
                b'[' => {
                    // Anything goes inside brackets, even `:` `!` `}`.
                    while bytes.get(self.pos).is_some_and(|&b| b != b']') {
                        self.pos += 1;
                    }
                }
                b'}' | b':' | b'!' => break,
                _ => {}
            }
        }
        let mut field = RawField {
            name: "",
            conversion: None,
            spec: "",
            spec_needs_expanding: false,
        };
        match last {
            b'}' | b':' | b'!' if self.pos > name_start => {
                field.name = &self.text[name_start..self.pos - 1];
            }
            _ => return Err("expected '}' before end of string".to_string()),
        }
        if last == b'}' {
            return Ok(field);
        }
        if last == b'!' {
            let Some(conversion) = self.text[self.pos..].chars().next() else {
                return Err("end of string while looking for conversion specifier".to_string());
            };
            self.pos += conversion.len_utf8();
            // A NUL conversion is CPython's "no conversion" sentinel.
            field.conversion = (conversion != '\0').then_some(conversion);
            if let Some(&b) = bytes.get(self.pos) {
                self.pos += 1;
                match b {
                    b'}' => return Ok(field),
                    b':' => {}
                    _ => return Err("expected ':' after conversion specifier".to_string()),
                }
            }
        }
        let spec_start = self.pos;
        let mut depth = 1;
        while let Some(&b) = bytes.get(self.pos) {
            self.pos += 1;
            match b {
                b'{' => {
                    field.spec_needs_expanding = true;
                    depth += 1;
                }
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        field.spec = &self.text[spec_start..self.pos - 1];
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        Err("unmatched '{' in format spec".to_string())
    }
}

/// Whether a format spec contains nested replacement fields that must be
/// expanded before use (CPython's `format_spec_needs_expanding`).
pub fn spec_needs_expanding(spec: &str) -> bool {
    spec.contains('{')
}

/// The ValueError message for a conversion other than `r`, `s`, `a`.
pub fn check_conversion(conversion: char) -> Result<(), String> {
    match conversion {
        'r' | 's' | 'a' => Ok(()),
        c if ('!'..='~').contains(&c) => Err(format!("Unknown conversion specifier {c}")),
        c => Err(format!("Unknown conversion specifier \\x{:x}", c as u32)),
    }
}

/// The IndexError message for a positional field past the end of `args`.
pub fn replacement_index_error(index: usize) -> String {
    format!("Replacement index {index} out of range for positional args tuple")
}

/// CPython's `get_integer`: `Some(n)` when the text is all Unicode decimal
/// digits (the empty string gives 0), `None` otherwise. Err → ValueError.
fn parse_field_integer(text: &str) -> Result<Option<usize>, String> {
    let mut value: usize = 0;
    for c in text.chars() {
        let Some(digit) = decimal_value(c) else {
            return Ok(None);
        };
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| "Too many decimal digits in format string".to_string())?;
    }
    Ok(Some(value))
}

/// Interprets a field name (`field_name_split` plus the accessor iterator),
/// numbering automatic fields. Err → ValueError (numbering-mode switch, too
/// many digits); later accessor errors go in [`FieldName::accessor_error`].
pub fn parse_field_name(name: &str, numbering: &mut FieldNumbering) -> Result<FieldName, String> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first_text = &name[..first_end];
    let index = parse_field_integer(first_text)?;
    let is_empty = first_text.is_empty();
    let first = match index {
        Some(_) if is_empty => {
            if numbering.automatic == Some(false) {
                return Err(
                    "cannot switch from manual field specification to automatic field numbering"
                        .to_string(),
                );
            }
            numbering.automatic = Some(true);
            numbering.next += 1;
            FieldFirst::Auto(numbering.next - 1)
        }
        Some(index) => {
            if numbering.automatic == Some(true) {
                return Err(
                    "cannot switch from automatic field numbering to manual field specification"
                        .to_string(),
                );
            }
            numbering.automatic = Some(false);
            FieldFirst::Index(index)
        }
        None => FieldFirst::Keyword(first_text.to_string()),
    };
    let mut field = FieldName {
        first,
        accessors: Vec::new(),
        accessor_error: None,
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        match parse_accessor(&mut rest) {
            Ok(accessor) => field.accessors.push(accessor),
            Err(message) => {
                field.accessor_error = Some(message);
                break;
            }
        }
    }
    Ok(field)
}

/// CPython's `FieldNameIterator_next` on a non-empty remainder.
fn parse_accessor(rest: &mut &str) -> Result<Accessor, String> {
    let text = *rest;
    let (accessor, consumed) = if let Some(after) = text.strip_prefix('.') {
        let end = after.find(['.', '[']).unwrap_or(after.len());
        (Accessor::Attr(after[..end].to_string()), 1 + end)
    } else if let Some(after) = text.strip_prefix('[') {
        let Some(close) = after.find(']') else {
            return Err("Missing ']' in format string".to_string());
        };
        let key = &after[..close];
        let accessor = match parse_field_integer(key)? {
            Some(index) if !key.is_empty() => Accessor::Index(index),
            _ => Accessor::Key(key.to_string()),
        };
        (accessor, close + 2)
    } else {
        return Err("Only '.' or '[' may follow ']' in format field specifier".to_string());
    };
    *rest = &text[consumed..];
    match &accessor {
        Accessor::Attr(name) | Accessor::Key(name) if name.is_empty() => {
            Err("Empty attribute in format string".to_string())
        }
        _ => Ok(accessor),
    }
}

/// Parses a whole template, nested specs included, into pieces. Errors are
/// reported eagerly (ValueError); [`format_with`] instead raises them in
/// CPython's order, interleaved with argument lookups, and should be used for
/// rendering. Unknown conversions and [`FieldName::accessor_error`] are left
/// for the caller to raise at render time.
pub fn parse_format(template: &str) -> Result<Vec<FmtPiece>, String> {
    parse_pieces(
        template,
        FORMAT_RECURSION_DEPTH,
        &mut FieldNumbering::default(),
    )
}

fn parse_pieces(
    template: &str,
    depth: u32,
    numbering: &mut FieldNumbering,
) -> Result<Vec<FmtPiece>, String> {
    if depth == 0 {
        return Err("Max string recursion exceeded".to_string());
    }
    let mut pieces = Vec::new();
    let mut parser = FormatParser::new(template);
    while let Some(step) = parser.next_markup() {
        let (literal, field) = step?;
        if !literal.is_empty() {
            // Merge runs split by `{{`/`}}` escapes into one literal.
            if let Some(FmtPiece::Literal(text)) = pieces.last_mut() {
                text.push_str(literal);
            } else {
                pieces.push(FmtPiece::Literal(literal.to_string()));
            }
        }
        let Some(field) = field else { continue };
        let name = parse_field_name(field.name, numbering)?;
        let spec_pieces = if field.spec_needs_expanding {
            Some(parse_pieces(field.spec, depth - 1, numbering)?)
        } else {
            None
        };
        pieces.push(FmtPiece::Field {
            name,
            conversion: field.conversion,
            spec: field.spec.to_string(),
            spec_pieces,
        });
    }
    Ok(pieces)
}

/// What [`format_with`] needs from the interpreter: argument lookup, the
/// accessors, conversions and `format()`. `Error` is the interpreter's
/// exception type.
pub trait FormatHost {
    type Value;
    type Error;
    /// `args[index]`; raise IndexError with [`replacement_index_error`] when
    /// out of range (or, for `format_map`, ValueError "Format string contains
    /// positional fields").
    fn positional(&mut self, index: usize) -> Result<Self::Value, Self::Error>;
    /// `kwargs[name]`; raise KeyError(name) when missing.
    fn keyword(&mut self, name: &str) -> Result<Self::Value, Self::Error>;
    /// `getattr(value, name)`.
    fn attribute(&mut self, value: Self::Value, name: &str) -> Result<Self::Value, Self::Error>;
    /// `value[index]` for a numeric accessor (int key for non-sequences).
    fn item_index(&mut self, value: Self::Value, index: usize) -> Result<Self::Value, Self::Error>;
    /// `value[key]` with a str key.
    fn item_key(&mut self, value: Self::Value, key: &str) -> Result<Self::Value, Self::Error>;
    /// `repr` / `str` / `ascii` for conversion `r` / `s` / `a` (only these
    /// three are passed).
    fn convert(&mut self, value: Self::Value, conversion: char)
        -> Result<Self::Value, Self::Error>;
    /// `format(value, spec)` with the spec already expanded.
    fn format(&mut self, value: Self::Value, spec: &str) -> Result<String, Self::Error>;
    /// Wraps a message from this module as a ValueError.
    fn value_error(&mut self, message: String) -> Self::Error;
}

/// `template.format(...)`: renders through `host` in CPython's order (scan a
/// field, look up its value, apply accessors, convert, expand the spec,
/// format), so the first error raised matches CPython's.
pub fn format_with<H: FormatHost>(host: &mut H, template: &str) -> Result<String, H::Error> {
    build_string(
        host,
        template,
        FORMAT_RECURSION_DEPTH,
        &mut FieldNumbering::default(),
    )
}

fn build_string<H: FormatHost>(
    host: &mut H,
    template: &str,
    depth: u32,
    numbering: &mut FieldNumbering,
) -> Result<String, H::Error> {
    if depth == 0 {
        return Err(host.value_error("Max string recursion exceeded".to_string()));
    }
    let mut out = String::with_capacity(template.len());
    let mut parser = FormatParser::new(template);
    while let Some(step) = parser.next_markup() {
        let (literal, field) = step.map_err(|message| host.value_error(message))?;
        out.push_str(literal);
        let Some(field) = field else { continue };
        let name =
            parse_field_name(field.name, numbering).map_err(|message| host.value_error(message))?;
        let mut value = match &name.first {
            FieldFirst::Auto(index) | FieldFirst::Index(index) => host.positional(*index)?,
            FieldFirst::Keyword(key) => host.keyword(key)?,
        };
        for accessor in &name.accessors {
            value = match accessor {
                Accessor::Attr(attr) => host.attribute(value, attr)?,
                Accessor::Index(index) => host.item_index(value, *index)?,
                Accessor::Key(key) => host.item_key(value, key)?,
            };
        }
        if let Some(message) = name.accessor_error {
            return Err(host.value_error(message));
        }
        if let Some(conversion) = field.conversion {
            check_conversion(conversion).map_err(|message| host.value_error(message))?;
            value = host.convert(value, conversion)?;
        }
        let spec = if field.spec_needs_expanding {
            Cow::Owned(build_string(host, field.spec, depth - 1, numbering)?)
        } else {
            Cow::Borrowed(field.spec)
        };
        out.push_str(&host.format(value, &spec)?);
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Unicode tables: generated by gen/tables.py (kept with the scratch crate this
// module was written in), which runs CPython 3.11's str predicates and
// `unicodedata` (Unicode 14.0) over every code point; inclusive ranges,
// sorted, for `in_table`'s binary search. Regenerate rather than edit.
// ---------------------------------------------------------------------------

/// `str.isspace`: bidi WS/B/S or category Zs.
#[rustfmt::skip]
const SPACE: &[(u32, u32)] = &[
    (0x9, 0xD), (0x1C, 0x20), (0x85, 0x85), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A),
    (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000),
];

/// `str.isalpha`: categories Lu Ll Lt Lm Lo.
#[rustfmt::skip]
const ALPHA: &[(u32, u32)] = &[
    (0x41, 0x5A), (0x61, 0x7A), (0xAA, 0xAA), (0xB5, 0xB5), (0xBA, 0xBA), (0xC0, 0xD6),
    (0xD8, 0xF6), (0xF8, 0x2C1), (0x2C6, 0x2D1), (0x2E0, 0x2E4), (0x2EC, 0x2EC), (0x2EE, 0x2EE),
    (0x370, 0x374), (0x376, 0x377), (0x37A, 0x37D), (0x37F, 0x37F), (0x386, 0x386),
    (0x388, 0x38A), (0x38C, 0x38C), (0x38E, 0x3A1), (0x3A3, 0x3F5), (0x3F7, 0x481),
    (0x48A, 0x52F), (0x531, 0x556), (0x559, 0x559), (0x560, 0x588), (0x5D0, 0x5EA),
    (0x5EF, 0x5F2), (0x620, 0x64A), (0x66E, 0x66F), (0x671, 0x6D3), (0x6D5, 0x6D5),
    (0x6E5, 0x6E6), (0x6EE, 0x6EF), (0x6FA, 0x6FC), (0x6FF, 0x6FF), (0x710, 0x710),
    (0x712, 0x72F), (0x74D, 0x7A5), (0x7B1, 0x7B1), (0x7CA, 0x7EA), (0x7F4, 0x7F5),
    (0x7FA, 0x7FA), (0x800, 0x815), (0x81A, 0x81A), (0x824, 0x824), (0x828, 0x828),
    (0x840, 0x858), (0x860, 0x86A), (0x870, 0x887), (0x889, 0x88E), (0x8A0, 0x8C9),
    (0x904, 0x939), (0x93D, 0x93D), (0x950, 0x950), (0x958, 0x961), (0x971, 0x980),
    (0x985, 0x98C), (0x98F, 0x990), (0x993, 0x9A8), (0x9AA, 0x9B0), (0x9B2, 0x9B2),
    (0x9B6, 0x9B9), (0x9BD, 0x9BD), (0x9CE, 0x9CE), (0x9DC, 0x9DD), (0x9DF, 0x9E1),
    (0x9F0, 0x9F1), (0x9FC, 0x9FC), (0xA05, 0xA0A), (0xA0F, 0xA10), (0xA13, 0xA28),
    (0xA2A, 0xA30), (0xA32, 0xA33), (0xA35, 0xA36), (0xA38, 0xA39), (0xA59, 0xA5C),
    (0xA5E, 0xA5E), (0xA72, 0xA74), (0xA85, 0xA8D), (0xA8F, 0xA91), (0xA93, 0xAA8),
    (0xAAA, 0xAB0), (0xAB2, 0xAB3), (0xAB5, 0xAB9), (0xABD, 0xABD), (0xAD0, 0xAD0),
    (0xAE0, 0xAE1), (0xAF9, 0xAF9), (0xB05, 0xB0C), (0xB0F, 0xB10), (0xB13, 0xB28),
    (0xB2A, 0xB30), (0xB32, 0xB33), (0xB35, 0xB39), (0xB3D, 0xB3D), (0xB5C, 0xB5D),
    (0xB5F, 0xB61), (0xB71, 0xB71), (0xB83, 0xB83), (0xB85, 0xB8A), (0xB8E, 0xB90),
    (0xB92, 0xB95), (0xB99, 0xB9A), (0xB9C, 0xB9C), (0xB9E, 0xB9F), (0xBA3, 0xBA4),
    (0xBA8, 0xBAA), (0xBAE, 0xBB9), (0xBD0, 0xBD0), (0xC05, 0xC0C), (0xC0E, 0xC10),
    (0xC12, 0xC28), (0xC2A, 0xC39), (0xC3D, 0xC3D), (0xC58, 0xC5A), (0xC5D, 0xC5D),
    (0xC60, 0xC61), (0xC80, 0xC80), (0xC85, 0xC8C), (0xC8E, 0xC90), (0xC92, 0xCA8),
    (0xCAA, 0xCB3), (0xCB5, 0xCB9), (0xCBD, 0xCBD), (0xCDD, 0xCDE), (0xCE0, 0xCE1),
    (0xCF1, 0xCF2), (0xD04, 0xD0C), (0xD0E, 0xD10), (0xD12, 0xD3A), (0xD3D, 0xD3D),
    (0xD4E, 0xD4E), (0xD54, 0xD56), (0xD5F, 0xD61), (0xD7A, 0xD7F), (0xD85, 0xD96),
    (0xD9A, 0xDB1), (0xDB3, 0xDBB), (0xDBD, 0xDBD), (0xDC0, 0xDC6), (0xE01, 0xE30),
    (0xE32, 0xE33), (0xE40, 0xE46), (0xE81, 0xE82), (0xE84, 0xE84), (0xE86, 0xE8A),
    (0xE8C, 0xEA3), (0xEA5, 0xEA5), (0xEA7, 0xEB0), (0xEB2, 0xEB3), (0xEBD, 0xEBD),
    (0xEC0, 0xEC4), (0xEC6, 0xEC6), (0xEDC, 0xEDF), (0xF00, 0xF00), (0xF40, 0xF47),
    (0xF49, 0xF6C), (0xF88, 0xF8C), (0x1000, 0x102A), (0x103F, 0x103F), (0x1050, 0x1055),
    (0x105A, 0x105D), (0x1061, 0x1061), (0x1065, 0x1066), (0x106E, 0x1070), (0x1075, 0x1081),
    (0x108E, 0x108E), (0x10A0, 0x10C5), (0x10C7, 0x10C7), (0x10CD, 0x10CD), (0x10D0, 0x10FA),
    (0x10FC, 0x1248), (0x124A, 0x124D), (0x1250, 0x1256), (0x1258, 0x1258), (0x125A, 0x125D),
    (0x1260, 0x1288), (0x128A, 0x128D), (0x1290, 0x12B0), (0x12B2, 0x12B5), (0x12B8, 0x12BE),
    (0x12C0, 0x12C0), (0x12C2, 0x12C5), (0x12C8, 0x12D6), (0x12D8, 0x1310), (0x1312, 0x1315),
    (0x1318, 0x135A), (0x1380, 0x138F), (0x13A0, 0x13F5), (0x13F8, 0x13FD), (0x1401, 0x166C),
    (0x166F, 0x167F), (0x1681, 0x169A), (0x16A0, 0x16EA), (0x16F1, 0x16F8), (0x1700, 0x1711),
    (0x171F, 0x1731), (0x1740, 0x1751), (0x1760, 0x176C), (0x176E, 0x1770), (0x1780, 0x17B3),
    (0x17D7, 0x17D7), (0x17DC, 0x17DC), (0x1820, 0x1878), (0x1880, 0x1884), (0x1887, 0x18A8),
    (0x18AA, 0x18AA), (0x18B0, 0x18F5), (0x1900, 0x191E), (0x1950, 0x196D), (0x1970, 0x1974),
    (0x1980, 0x19AB), (0x19B0, 0x19C9), (0x1A00, 0x1A16), (0x1A20, 0x1A54), (0x1AA7, 0x1AA7),
    (0x1B05, 0x1B33), (0x1B45, 0x1B4C), (0x1B83, 0x1BA0), (0x1BAE, 0x1BAF), (0x1BBA, 0x1BE5),
    (0x1C00, 0x1C23), (0x1C4D, 0x1C4F), (0x1C5A, 0x1C7D), (0x1C80, 0x1C88), (0x1C90, 0x1CBA),
    (0x1CBD, 0x1CBF), (0x1CE9, 0x1CEC), (0x1CEE, 0x1CF3), (0x1CF5, 0x1CF6), (0x1CFA, 0x1CFA),
    (0x1D00, 0x1DBF), (0x1E00, 0x1F15), (0x1F18, 0x1F1D), (0x1F20, 0x1F45), (0x1F48, 0x1F4D),
    (0x1F50, 0x1F57), (0x1F59, 0x1F59), (0x1F5B, 0x1F5B), (0x1F5D, 0x1F5D), (0x1F5F, 0x1F7D),
    (0x1F80, 0x1FB4), (0x1FB6, 0x1FBC), (0x1FBE, 0x1FBE), (0x1FC2, 0x1FC4), (0x1FC6, 0x1FCC),
    (0x1FD0, 0x1FD3), (0x1FD6, 0x1FDB), (0x1FE0, 0x1FEC), (0x1FF2, 0x1FF4), (0x1FF6, 0x1FFC),
    (0x2071, 0x2071), (0x207F, 0x207F), (0x2090, 0x209C), (0x2102, 0x2102), (0x2107, 0x2107),
    (0x210A, 0x2113), (0x2115, 0x2115), (0x2119, 0x211D), (0x2124, 0x2124), (0x2126, 0x2126),
    (0x2128, 0x2128), (0x212A, 0x212D), (0x212F, 0x2139), (0x213C, 0x213F), (0x2145, 0x2149),
    (0x214E, 0x214E), (0x2183, 0x2184), (0x2C00, 0x2CE4), (0x2CEB, 0x2CEE), (0x2CF2, 0x2CF3),
    (0x2D00, 0x2D25), (0x2D27, 0x2D27), (0x2D2D, 0x2D2D), (0x2D30, 0x2D67), (0x2D6F, 0x2D6F),
    (0x2D80, 0x2D96), (0x2DA0, 0x2DA6), (0x2DA8, 0x2DAE), (0x2DB0, 0x2DB6), (0x2DB8, 0x2DBE),
    (0x2DC0, 0x2DC6), (0x2DC8, 0x2DCE), (0x2DD0, 0x2DD6), (0x2DD8, 0x2DDE), (0x2E2F, 0x2E2F),
    (0x3005, 0x3006), (0x3031, 0x3035), (0x303B, 0x303C), (0x3041, 0x3096), (0x309D, 0x309F),
    (0x30A1, 0x30FA), (0x30FC, 0x30FF), (0x3105, 0x312F), (0x3131, 0x318E), (0x31A0, 0x31BF),
    (0x31F0, 0x31FF), (0x3400, 0x4DBF), (0x4E00, 0xA48C), (0xA4D0, 0xA4FD), (0xA500, 0xA60C),
    (0xA610, 0xA61F), (0xA62A, 0xA62B), (0xA640, 0xA66E), (0xA67F, 0xA69D), (0xA6A0, 0xA6E5),
    (0xA717, 0xA71F), (0xA722, 0xA788), (0xA78B, 0xA7CA), (0xA7D0, 0xA7D1), (0xA7D3, 0xA7D3),
    (0xA7D5, 0xA7D9), (0xA7F2, 0xA801), (0xA803, 0xA805), (0xA807, 0xA80A), (0xA80C, 0xA822),
    (0xA840, 0xA873), (0xA882, 0xA8B3), (0xA8F2, 0xA8F7), (0xA8FB, 0xA8FB), (0xA8FD, 0xA8FE),
    (0xA90A, 0xA925), (0xA930, 0xA946), (0xA960, 0xA97C), (0xA984, 0xA9B2), (0xA9CF, 0xA9CF),
    (0xA9E0, 0xA9E4), (0xA9E6, 0xA9EF), (0xA9FA, 0xA9FE), (0xAA00, 0xAA28), (0xAA40, 0xAA42),
    (0xAA44, 0xAA4B), (0xAA60, 0xAA76), (0xAA7A, 0xAA7A), (0xAA7E, 0xAAAF), (0xAAB1, 0xAAB1),
    (0xAAB5, 0xAAB6), (0xAAB9, 0xAABD), (0xAAC0, 0xAAC0), (0xAAC2, 0xAAC2), (0xAADB, 0xAADD),
    (0xAAE0, 0xAAEA), (0xAAF2, 0xAAF4), (0xAB01, 0xAB06), (0xAB09, 0xAB0E), (0xAB11, 0xAB16),
    (0xAB20, 0xAB26), (0xAB28, 0xAB2E), (0xAB30, 0xAB5A), (0xAB5C, 0xAB69), (0xAB70, 0xABE2),
    (0xAC00, 0xD7A3), (0xD7B0, 0xD7C6), (0xD7CB, 0xD7FB), (0xF900, 0xFA6D), (0xFA70, 0xFAD9),
    (0xFB00, 0xFB06), (0xFB13, 0xFB17), (0xFB1D, 0xFB1D), (0xFB1F, 0xFB28), (0xFB2A, 0xFB36),
    (0xFB38, 0xFB3C), (0xFB3E, 0xFB3E), (0xFB40, 0xFB41), (0xFB43, 0xFB44), (0xFB46, 0xFBB1),
    (0xFBD3, 0xFD3D), (0xFD50, 0xFD8F), (0xFD92, 0xFDC7), (0xFDF0, 0xFDFB), (0xFE70, 0xFE74),
    (0xFE76, 0xFEFC), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A), (0xFF66, 0xFFBE), (0xFFC2, 0xFFC7),
    (0xFFCA, 0xFFCF), (0xFFD2, 0xFFD7), (0xFFDA, 0xFFDC), (0x10000, 0x1000B),
    (0x1000D, 0x10026), (0x10028, 0x1003A), (0x1003C, 0x1003D), (0x1003F, 0x1004D),
    (0x10050, 0x1005D), (0x10080, 0x100FA), (0x10280, 0x1029C), (0x102A0, 0x102D0),
    (0x10300, 0x1031F), (0x1032D, 0x10340), (0x10342, 0x10349), (0x10350, 0x10375),
    (0x10380, 0x1039D), (0x103A0, 0x103C3), (0x103C8, 0x103CF), (0x10400, 0x1049D),
    (0x104B0, 0x104D3), (0x104D8, 0x104FB), (0x10500, 0x10527), (0x10530, 0x10563),
    (0x10570, 0x1057A), (0x1057C, 0x1058A), (0x1058C, 0x10592), (0x10594, 0x10595),
    (0x10597, 0x105A1), (0x105A3, 0x105B1), (0x105B3, 0x105B9), (0x105BB, 0x105BC),
    (0x10600, 0x10736), (0x10740, 0x10755), (0x10760, 0x10767), (0x10780, 0x10785),
    (0x10787, 0x107B0), (0x107B2, 0x107BA), (0x10800, 0x10805), (0x10808, 0x10808),
    (0x1080A, 0x10835), (0x10837, 0x10838), (0x1083C, 0x1083C), (0x1083F, 0x10855),
    (0x10860, 0x10876), (0x10880, 0x1089E), (0x108E0, 0x108F2), (0x108F4, 0x108F5),
    (0x10900, 0x10915), (0x10920, 0x10939), (0x10980, 0x109B7), (0x109BE, 0x109BF),
    (0x10A00, 0x10A00), (0x10A10, 0x10A13), (0x10A15, 0x10A17), (0x10A19, 0x10A35),
    (0x10A60, 0x10A7C), (0x10A80, 0x10A9C), (0x10AC0, 0x10AC7), (0x10AC9, 0x10AE4),
    (0x10B00, 0x10B35), (0x10B40, 0x10B55), (0x10B60, 0x10B72), (0x10B80, 0x10B91),
    (0x10C00, 0x10C48), (0x10C80, 0x10CB2), (0x10CC0, 0x10CF2), (0x10D00, 0x10D23),
    (0x10E80, 0x10EA9), (0x10EB0, 0x10EB1), (0x10F00, 0x10F1C), (0x10F27, 0x10F27),
    (0x10F30, 0x10F45), (0x10F70, 0x10F81), (0x10FB0, 0x10FC4), (0x10FE0, 0x10FF6),
    (0x11003, 0x11037), (0x11071, 0x11072), (0x11075, 0x11075), (0x11083, 0x110AF),
    (0x110D0, 0x110E8), (0x11103, 0x11126), (0x11144, 0x11144), (0x11147, 0x11147),
    (0x11150, 0x11172), (0x11176, 0x11176), (0x11183, 0x111B2), (0x111C1, 0x111C4),
    (0x111DA, 0x111DA), (0x111DC, 0x111DC), (0x11200, 0x11211), (0x11213, 0x1122B),
    (0x11280, 0x11286), (0x11288, 0x11288), (0x1128A, 0x1128D), (0x1128F, 0x1129D),
    (0x1129F, 0x112A8), (0x112B0, 0x112DE), (0x11305, 0x1130C), (0x1130F, 0x11310),
    (0x11313, 0x11328), (0x1132A, 0x11330), (0x11332, 0x11333), (0x11335, 0x11339),
    (0x1133D, 0x1133D), (0x11350, 0x11350), (0x1135D, 0x11361), (0x11400, 0x11434),
    (0x11447, 0x1144A), (0x1145F, 0x11461), (0x11480, 0x114AF), (0x114C4, 0x114C5),
    (0x114C7, 0x114C7), (0x11580, 0x115AE), (0x115D8, 0x115DB), (0x11600, 0x1162F),
    (0x11644, 0x11644), (0x11680, 0x116AA), (0x116B8, 0x116B8), (0x11700, 0x1171A),
    (0x11740, 0x11746), (0x11800, 0x1182B), (0x118A0, 0x118DF), (0x118FF, 0x11906),
    (0x11909, 0x11909), (0x1190C, 0x11913), (0x11915, 0x11916), (0x11918, 0x1192F),
    (0x1193F, 0x1193F), (0x11941, 0x11941), (0x119A0, 0x119A7), (0x119AA, 0x119D0),
    (0x119E1, 0x119E1), (0x119E3, 0x119E3), (0x11A00, 0x11A00), (0x11A0B, 0x11A32),
    (0x11A3A, 0x11A3A), (0x11A50, 0x11A50), (0x11A5C, 0x11A89), (0x11A9D, 0x11A9D),
    (0x11AB0, 0x11AF8), (0x11C00, 0x11C08), (0x11C0A, 0x11C2E), (0x11C40, 0x11C40),
    (0x11C72, 0x11C8F), (0x11D00, 0x11D06), (0x11D08, 0x11D09), (0x11D0B, 0x11D30),
    (0x11D46, 0x11D46), (0x11D60, 0x11D65), (0x11D67, 0x11D68), (0x11D6A, 0x11D89),
    (0x11D98, 0x11D98), (0x11EE0, 0x11EF2), (0x11FB0, 0x11FB0), (0x12000, 0x12399),
    (0x12480, 0x12543), (0x12F90, 0x12FF0), (0x13000, 0x1342E), (0x14400, 0x14646),
    (0x16800, 0x16A38), (0x16A40, 0x16A5E), (0x16A70, 0x16ABE), (0x16AD0, 0x16AED),
    (0x16B00, 0x16B2F), (0x16B40, 0x16B43), (0x16B63, 0x16B77), (0x16B7D, 0x16B8F),
    (0x16E40, 0x16E7F), (0x16F00, 0x16F4A), (0x16F50, 0x16F50), (0x16F93, 0x16F9F),
    (0x16FE0, 0x16FE1), (0x16FE3, 0x16FE3), (0x17000, 0x187F7), (0x18800, 0x18CD5),
    (0x18D00, 0x18D08), (0x1AFF0, 0x1AFF3), (0x1AFF5, 0x1AFFB), (0x1AFFD, 0x1AFFE),
    (0x1B000, 0x1B122), (0x1B150, 0x1B152), (0x1B164, 0x1B167), (0x1B170, 0x1B2FB),
    (0x1BC00, 0x1BC6A), (0x1BC70, 0x1BC7C), (0x1BC80, 0x1BC88), (0x1BC90, 0x1BC99),
    (0x1D400, 0x1D454), (0x1D456, 0x1D49C), (0x1D49E, 0x1D49F), (0x1D4A2, 0x1D4A2),
    (0x1D4A5, 0x1D4A6), (0x1D4A9, 0x1D4AC), (0x1D4AE, 0x1D4B9), (0x1D4BB, 0x1D4BB),
    (0x1D4BD, 0x1D4C3), (0x1D4C5, 0x1D505), (0x1D507, 0x1D50A), (0x1D50D, 0x1D514),
    (0x1D516, 0x1D51C), (0x1D51E, 0x1D539), (0x1D53B, 0x1D53E), (0x1D540, 0x1D544),
    (0x1D546, 0x1D546), (0x1D54A, 0x1D550), (0x1D552, 0x1D6A5), (0x1D6A8, 0x1D6C0),
    (0x1D6C2, 0x1D6DA), (0x1D6DC, 0x1D6FA), (0x1D6FC, 0x1D714), (0x1D716, 0x1D734),
    (0x1D736, 0x1D74E), (0x1D750, 0x1D76E), (0x1D770, 0x1D788), (0x1D78A, 0x1D7A8),
    (0x1D7AA, 0x1D7C2), (0x1D7C4, 0x1D7CB), (0x1DF00, 0x1DF1E), (0x1E100, 0x1E12C),
    (0x1E137, 0x1E13D), (0x1E14E, 0x1E14E), (0x1E290, 0x1E2AD), (0x1E2C0, 0x1E2EB),
    (0x1E7E0, 0x1E7E6), (0x1E7E8, 0x1E7EB), (0x1E7ED, 0x1E7EE), (0x1E7F0, 0x1E7FE),
    (0x1E800, 0x1E8C4), (0x1E900, 0x1E943), (0x1E94B, 0x1E94B), (0x1EE00, 0x1EE03),
    (0x1EE05, 0x1EE1F), (0x1EE21, 0x1EE22), (0x1EE24, 0x1EE24), (0x1EE27, 0x1EE27),
    (0x1EE29, 0x1EE32), (0x1EE34, 0x1EE37), (0x1EE39, 0x1EE39), (0x1EE3B, 0x1EE3B),
    (0x1EE42, 0x1EE42), (0x1EE47, 0x1EE47), (0x1EE49, 0x1EE49), (0x1EE4B, 0x1EE4B),
    (0x1EE4D, 0x1EE4F), (0x1EE51, 0x1EE52), (0x1EE54, 0x1EE54), (0x1EE57, 0x1EE57),
    (0x1EE59, 0x1EE59), (0x1EE5B, 0x1EE5B), (0x1EE5D, 0x1EE5D), (0x1EE5F, 0x1EE5F),
    (0x1EE61, 0x1EE62), (0x1EE64, 0x1EE64), (0x1EE67, 0x1EE6A), (0x1EE6C, 0x1EE72),
    (0x1EE74, 0x1EE77), (0x1EE79, 0x1EE7C), (0x1EE7E, 0x1EE7E), (0x1EE80, 0x1EE89),
    (0x1EE8B, 0x1EE9B), (0x1EEA1, 0x1EEA3), (0x1EEA5, 0x1EEA9), (0x1EEAB, 0x1EEBB),
    (0x20000, 0x2A6DF), (0x2A700, 0x2B738), (0x2B740, 0x2B81D), (0x2B820, 0x2CEA1),
    (0x2CEB0, 0x2EBE0), (0x2F800, 0x2FA1D), (0x30000, 0x3134A),
];

/// `str.isdecimal` (category Nd); every range is whole runs of 0..9.
#[rustfmt::skip]
const DECIMAL: &[(u32, u32)] = &[
    (0x30, 0x39), (0x660, 0x669), (0x6F0, 0x6F9), (0x7C0, 0x7C9), (0x966, 0x96F),
    (0x9E6, 0x9EF), (0xA66, 0xA6F), (0xAE6, 0xAEF), (0xB66, 0xB6F), (0xBE6, 0xBEF),
    (0xC66, 0xC6F), (0xCE6, 0xCEF), (0xD66, 0xD6F), (0xDE6, 0xDEF), (0xE50, 0xE59),
    (0xED0, 0xED9), (0xF20, 0xF29), (0x1040, 0x1049), (0x1090, 0x1099), (0x17E0, 0x17E9),
    (0x1810, 0x1819), (0x1946, 0x194F), (0x19D0, 0x19D9), (0x1A80, 0x1A89), (0x1A90, 0x1A99),
    (0x1B50, 0x1B59), (0x1BB0, 0x1BB9), (0x1C40, 0x1C49), (0x1C50, 0x1C59), (0xA620, 0xA629),
    (0xA8D0, 0xA8D9), (0xA900, 0xA909), (0xA9D0, 0xA9D9), (0xA9F0, 0xA9F9), (0xAA50, 0xAA59),
    (0xABF0, 0xABF9), (0xFF10, 0xFF19), (0x104A0, 0x104A9), (0x10D30, 0x10D39),
    (0x11066, 0x1106F), (0x110F0, 0x110F9), (0x11136, 0x1113F), (0x111D0, 0x111D9),
    (0x112F0, 0x112F9), (0x11450, 0x11459), (0x114D0, 0x114D9), (0x11650, 0x11659),
    (0x116C0, 0x116C9), (0x11730, 0x11739), (0x118E0, 0x118E9), (0x11950, 0x11959),
    (0x11C50, 0x11C59), (0x11D50, 0x11D59), (0x11DA0, 0x11DA9), (0x16A60, 0x16A69),
    (0x16AC0, 0x16AC9), (0x16B50, 0x16B59), (0x1D7CE, 0x1D7FF), (0x1E140, 0x1E149),
    (0x1E2F0, 0x1E2F9), (0x1E950, 0x1E959), (0x1FBF0, 0x1FBF9),
];

/// `str.isdigit`: Numeric_Type Digit or Decimal.
#[rustfmt::skip]
const DIGIT: &[(u32, u32)] = &[
    (0x30, 0x39), (0xB2, 0xB3), (0xB9, 0xB9), (0x660, 0x669), (0x6F0, 0x6F9), (0x7C0, 0x7C9),
    (0x966, 0x96F), (0x9E6, 0x9EF), (0xA66, 0xA6F), (0xAE6, 0xAEF), (0xB66, 0xB6F),
    (0xBE6, 0xBEF), (0xC66, 0xC6F), (0xCE6, 0xCEF), (0xD66, 0xD6F), (0xDE6, 0xDEF),
    (0xE50, 0xE59), (0xED0, 0xED9), (0xF20, 0xF29), (0x1040, 0x1049), (0x1090, 0x1099),
    (0x1369, 0x1371), (0x17E0, 0x17E9), (0x1810, 0x1819), (0x1946, 0x194F), (0x19D0, 0x19DA),
    (0x1A80, 0x1A89), (0x1A90, 0x1A99), (0x1B50, 0x1B59), (0x1BB0, 0x1BB9), (0x1C40, 0x1C49),
    (0x1C50, 0x1C59), (0x2070, 0x2070), (0x2074, 0x2079), (0x2080, 0x2089), (0x2460, 0x2468),
    (0x2474, 0x247C), (0x2488, 0x2490), (0x24EA, 0x24EA), (0x24F5, 0x24FD), (0x24FF, 0x24FF),
    (0x2776, 0x277E), (0x2780, 0x2788), (0x278A, 0x2792), (0xA620, 0xA629), (0xA8D0, 0xA8D9),
    (0xA900, 0xA909), (0xA9D0, 0xA9D9), (0xA9F0, 0xA9F9), (0xAA50, 0xAA59), (0xABF0, 0xABF9),
    (0xFF10, 0xFF19), (0x104A0, 0x104A9), (0x10A40, 0x10A43), (0x10D30, 0x10D39),
    (0x10E60, 0x10E68), (0x11052, 0x1105A), (0x11066, 0x1106F), (0x110F0, 0x110F9),
    (0x11136, 0x1113F), (0x111D0, 0x111D9), (0x112F0, 0x112F9), (0x11450, 0x11459),
    (0x114D0, 0x114D9), (0x11650, 0x11659), (0x116C0, 0x116C9), (0x11730, 0x11739),
    (0x118E0, 0x118E9), (0x11950, 0x11959), (0x11C50, 0x11C59), (0x11D50, 0x11D59),
    (0x11DA0, 0x11DA9), (0x16A60, 0x16A69), (0x16AC0, 0x16AC9), (0x16B50, 0x16B59),
    (0x1D7CE, 0x1D7FF), (0x1E140, 0x1E149), (0x1E2F0, 0x1E2F9), (0x1E950, 0x1E959),
    (0x1F100, 0x1F10A), (0x1FBF0, 0x1FBF9),
];

/// `str.isnumeric`: any Numeric_Type.
#[rustfmt::skip]
const NUMERIC: &[(u32, u32)] = &[
    (0x30, 0x39), (0xB2, 0xB3), (0xB9, 0xB9), (0xBC, 0xBE), (0x660, 0x669), (0x6F0, 0x6F9),
    (0x7C0, 0x7C9), (0x966, 0x96F), (0x9E6, 0x9EF), (0x9F4, 0x9F9), (0xA66, 0xA6F),
    (0xAE6, 0xAEF), (0xB66, 0xB6F), (0xB72, 0xB77), (0xBE6, 0xBF2), (0xC66, 0xC6F),
    (0xC78, 0xC7E), (0xCE6, 0xCEF), (0xD58, 0xD5E), (0xD66, 0xD78), (0xDE6, 0xDEF),
    (0xE50, 0xE59), (0xED0, 0xED9), (0xF20, 0xF33), (0x1040, 0x1049), (0x1090, 0x1099),
    (0x1369, 0x137C), (0x16EE, 0x16F0), (0x17E0, 0x17E9), (0x17F0, 0x17F9), (0x1810, 0x1819),
    (0x1946, 0x194F), (0x19D0, 0x19DA), (0x1A80, 0x1A89), (0x1A90, 0x1A99), (0x1B50, 0x1B59),
    (0x1BB0, 0x1BB9), (0x1C40, 0x1C49), (0x1C50, 0x1C59), (0x2070, 0x2070), (0x2074, 0x2079),
    (0x2080, 0x2089), (0x2150, 0x2182), (0x2185, 0x2189), (0x2460, 0x249B), (0x24EA, 0x24FF),
    (0x2776, 0x2793), (0x2CFD, 0x2CFD), (0x3007, 0x3007), (0x3021, 0x3029), (0x3038, 0x303A),
    (0x3192, 0x3195), (0x3220, 0x3229), (0x3248, 0x324F), (0x3251, 0x325F), (0x3280, 0x3289),
    (0x32B1, 0x32BF), (0x3405, 0x3405), (0x3483, 0x3483), (0x382A, 0x382A), (0x3B4D, 0x3B4D),
    (0x4E00, 0x4E00), (0x4E03, 0x4E03), (0x4E07, 0x4E07), (0x4E09, 0x4E09), (0x4E5D, 0x4E5D),
    (0x4E8C, 0x4E8C), (0x4E94, 0x4E94), (0x4E96, 0x4E96), (0x4EBF, 0x4EC0), (0x4EDF, 0x4EDF),
    (0x4EE8, 0x4EE8), (0x4F0D, 0x4F0D), (0x4F70, 0x4F70), (0x5104, 0x5104), (0x5146, 0x5146),
    (0x5169, 0x5169), (0x516B, 0x516B), (0x516D, 0x516D), (0x5341, 0x5341), (0x5343, 0x5345),
    (0x534C, 0x534C), (0x53C1, 0x53C4), (0x56DB, 0x56DB), (0x58F1, 0x58F1), (0x58F9, 0x58F9),
    (0x5E7A, 0x5E7A), (0x5EFE, 0x5EFF), (0x5F0C, 0x5F0E), (0x5F10, 0x5F10), (0x62FE, 0x62FE),
    (0x634C, 0x634C), (0x67D2, 0x67D2), (0x6F06, 0x6F06), (0x7396, 0x7396), (0x767E, 0x767E),
    (0x8086, 0x8086), (0x842C, 0x842C), (0x8CAE, 0x8CAE), (0x8CB3, 0x8CB3), (0x8D30, 0x8D30),
    (0x9621, 0x9621), (0x9646, 0x9646), (0x964C, 0x964C), (0x9678, 0x9678), (0x96F6, 0x96F6),
    (0xA620, 0xA629), (0xA6E6, 0xA6EF), (0xA830, 0xA835), (0xA8D0, 0xA8D9), (0xA900, 0xA909),
    (0xA9D0, 0xA9D9), (0xA9F0, 0xA9F9), (0xAA50, 0xAA59), (0xABF0, 0xABF9), (0xF96B, 0xF96B),
    (0xF973, 0xF973), (0xF978, 0xF978), (0xF9B2, 0xF9B2), (0xF9D1, 0xF9D1), (0xF9D3, 0xF9D3),
    (0xF9FD, 0xF9FD), (0xFF10, 0xFF19), (0x10107, 0x10133), (0x10140, 0x10178),
    (0x1018A, 0x1018B), (0x102E1, 0x102FB), (0x10320, 0x10323), (0x10341, 0x10341),
    (0x1034A, 0x1034A), (0x103D1, 0x103D5), (0x104A0, 0x104A9), (0x10858, 0x1085F),
    (0x10879, 0x1087F), (0x108A7, 0x108AF), (0x108FB, 0x108FF), (0x10916, 0x1091B),
    (0x109BC, 0x109BD), (0x109C0, 0x109CF), (0x109D2, 0x109FF), (0x10A40, 0x10A48),
    (0x10A7D, 0x10A7E), (0x10A9D, 0x10A9F), (0x10AEB, 0x10AEF), (0x10B58, 0x10B5F),
    (0x10B78, 0x10B7F), (0x10BA9, 0x10BAF), (0x10CFA, 0x10CFF), (0x10D30, 0x10D39),
    (0x10E60, 0x10E7E), (0x10F1D, 0x10F26), (0x10F51, 0x10F54), (0x10FC5, 0x10FCB),
    (0x11052, 0x1106F), (0x110F0, 0x110F9), (0x11136, 0x1113F), (0x111D0, 0x111D9),
    (0x111E1, 0x111F4), (0x112F0, 0x112F9), (0x11450, 0x11459), (0x114D0, 0x114D9),
    (0x11650, 0x11659), (0x116C0, 0x116C9), (0x11730, 0x1173B), (0x118E0, 0x118F2),
    (0x11950, 0x11959), (0x11C50, 0x11C6C), (0x11D50, 0x11D59), (0x11DA0, 0x11DA9),
    (0x11FC0, 0x11FD4), (0x12400, 0x1246E), (0x16A60, 0x16A69), (0x16AC0, 0x16AC9),
    (0x16B50, 0x16B59), (0x16B5B, 0x16B61), (0x16E80, 0x16E96), (0x1D2E0, 0x1D2F3),
    (0x1D360, 0x1D378), (0x1D7CE, 0x1D7FF), (0x1E140, 0x1E149), (0x1E2F0, 0x1E2F9),
    (0x1E8C7, 0x1E8CF), (0x1E950, 0x1E959), (0x1EC71, 0x1ECAB), (0x1ECAD, 0x1ECAF),
    (0x1ECB1, 0x1ECB4), (0x1ED01, 0x1ED2D), (0x1ED2F, 0x1ED3D), (0x1F100, 0x1F10C),
    (0x1FBF0, 0x1FBF9), (0x20001, 0x20001), (0x20064, 0x20064), (0x200E2, 0x200E2),
    (0x20121, 0x20121), (0x2092A, 0x2092A), (0x20983, 0x20983), (0x2098C, 0x2098C),
    (0x2099C, 0x2099C), (0x20AEA, 0x20AEA), (0x20AFD, 0x20AFD), (0x20B19, 0x20B19),
    (0x22390, 0x22390), (0x22998, 0x22998), (0x23B1B, 0x23B1B), (0x2626D, 0x2626D),
    (0x2F890, 0x2F890),
];

/// `str.isprintable`: space, or any category outside C* and Z*.
#[rustfmt::skip]
const PRINTABLE: &[(u32, u32)] = &[
    (0x20, 0x7E), (0xA1, 0xAC), (0xAE, 0x377), (0x37A, 0x37F), (0x384, 0x38A), (0x38C, 0x38C),
    (0x38E, 0x3A1), (0x3A3, 0x52F), (0x531, 0x556), (0x559, 0x58A), (0x58D, 0x58F),
    (0x591, 0x5C7), (0x5D0, 0x5EA), (0x5EF, 0x5F4), (0x606, 0x61B), (0x61D, 0x6DC),
    (0x6DE, 0x70D), (0x710, 0x74A), (0x74D, 0x7B1), (0x7C0, 0x7FA), (0x7FD, 0x82D),
    (0x830, 0x83E), (0x840, 0x85B), (0x85E, 0x85E), (0x860, 0x86A), (0x870, 0x88E),
    (0x898, 0x8E1), (0x8E3, 0x983), (0x985, 0x98C), (0x98F, 0x990), (0x993, 0x9A8),
    (0x9AA, 0x9B0), (0x9B2, 0x9B2), (0x9B6, 0x9B9), (0x9BC, 0x9C4), (0x9C7, 0x9C8),
    (0x9CB, 0x9CE), (0x9D7, 0x9D7), (0x9DC, 0x9DD), (0x9DF, 0x9E3), (0x9E6, 0x9FE),
    (0xA01, 0xA03), (0xA05, 0xA0A), (0xA0F, 0xA10), (0xA13, 0xA28), (0xA2A, 0xA30),
    (0xA32, 0xA33), (0xA35, 0xA36), (0xA38, 0xA39), (0xA3C, 0xA3C), (0xA3E, 0xA42),
    (0xA47, 0xA48), (0xA4B, 0xA4D), (0xA51, 0xA51), (0xA59, 0xA5C), (0xA5E, 0xA5E),
    (0xA66, 0xA76), (0xA81, 0xA83), (0xA85, 0xA8D), (0xA8F, 0xA91), (0xA93, 0xAA8),
    (0xAAA, 0xAB0), (0xAB2, 0xAB3), (0xAB5, 0xAB9), (0xABC, 0xAC5), (0xAC7, 0xAC9),
    (0xACB, 0xACD), (0xAD0, 0xAD0), (0xAE0, 0xAE3), (0xAE6, 0xAF1), (0xAF9, 0xAFF),
    (0xB01, 0xB03), (0xB05, 0xB0C), (0xB0F, 0xB10), (0xB13, 0xB28), (0xB2A, 0xB30),
    (0xB32, 0xB33), (0xB35, 0xB39), (0xB3C, 0xB44), (0xB47, 0xB48), (0xB4B, 0xB4D),
    (0xB55, 0xB57), (0xB5C, 0xB5D), (0xB5F, 0xB63), (0xB66, 0xB77), (0xB82, 0xB83),
    (0xB85, 0xB8A), (0xB8E, 0xB90), (0xB92, 0xB95), (0xB99, 0xB9A), (0xB9C, 0xB9C),
    (0xB9E, 0xB9F), (0xBA3, 0xBA4), (0xBA8, 0xBAA), (0xBAE, 0xBB9), (0xBBE, 0xBC2),
    (0xBC6, 0xBC8), (0xBCA, 0xBCD), (0xBD0, 0xBD0), (0xBD7, 0xBD7), (0xBE6, 0xBFA),
    (0xC00, 0xC0C), (0xC0E, 0xC10), (0xC12, 0xC28), (0xC2A, 0xC39), (0xC3C, 0xC44),
    (0xC46, 0xC48), (0xC4A, 0xC4D), (0xC55, 0xC56), (0xC58, 0xC5A), (0xC5D, 0xC5D),
    (0xC60, 0xC63), (0xC66, 0xC6F), (0xC77, 0xC8C), (0xC8E, 0xC90), (0xC92, 0xCA8),
    (0xCAA, 0xCB3), (0xCB5, 0xCB9), (0xCBC, 0xCC4), (0xCC6, 0xCC8), (0xCCA, 0xCCD),
    (0xCD5, 0xCD6), (0xCDD, 0xCDE), (0xCE0, 0xCE3), (0xCE6, 0xCEF), (0xCF1, 0xCF2),
    (0xD00, 0xD0C), (0xD0E, 0xD10), (0xD12, 0xD44), (0xD46, 0xD48), (0xD4A, 0xD4F),
    (0xD54, 0xD63), (0xD66, 0xD7F), (0xD81, 0xD83), (0xD85, 0xD96), (0xD9A, 0xDB1),
    (0xDB3, 0xDBB), (0xDBD, 0xDBD), (0xDC0, 0xDC6), (0xDCA, 0xDCA), (0xDCF, 0xDD4),
    (0xDD6, 0xDD6), (0xDD8, 0xDDF), (0xDE6, 0xDEF), (0xDF2, 0xDF4), (0xE01, 0xE3A),
    (0xE3F, 0xE5B), (0xE81, 0xE82), (0xE84, 0xE84), (0xE86, 0xE8A), (0xE8C, 0xEA3),
    (0xEA5, 0xEA5), (0xEA7, 0xEBD), (0xEC0, 0xEC4), (0xEC6, 0xEC6), (0xEC8, 0xECD),
    (0xED0, 0xED9), (0xEDC, 0xEDF), (0xF00, 0xF47), (0xF49, 0xF6C), (0xF71, 0xF97),
    (0xF99, 0xFBC), (0xFBE, 0xFCC), (0xFCE, 0xFDA), (0x1000, 0x10C5), (0x10C7, 0x10C7),
    (0x10CD, 0x10CD), (0x10D0, 0x1248), (0x124A, 0x124D), (0x1250, 0x1256), (0x1258, 0x1258),
    (0x125A, 0x125D), (0x1260, 0x1288), (0x128A, 0x128D), (0x1290, 0x12B0), (0x12B2, 0x12B5),
    (0x12B8, 0x12BE), (0x12C0, 0x12C0), (0x12C2, 0x12C5), (0x12C8, 0x12D6), (0x12D8, 0x1310),
    (0x1312, 0x1315), (0x1318, 0x135A), (0x135D, 0x137C), (0x1380, 0x1399), (0x13A0, 0x13F5),
    (0x13F8, 0x13FD), (0x1400, 0x167F), (0x1681, 0x169C), (0x16A0, 0x16F8), (0x1700, 0x1715),
    (0x171F, 0x1736), (0x1740, 0x1753), (0x1760, 0x176C), (0x176E, 0x1770), (0x1772, 0x1773),
    (0x1780, 0x17DD), (0x17E0, 0x17E9), (0x17F0, 0x17F9), (0x1800, 0x180D), (0x180F, 0x1819),
    (0x1820, 0x1878), (0x1880, 0x18AA), (0x18B0, 0x18F5), (0x1900, 0x191E), (0x1920, 0x192B),
    (0x1930, 0x193B), (0x1940, 0x1940), (0x1944, 0x196D), (0x1970, 0x1974), (0x1980, 0x19AB),
    (0x19B0, 0x19C9), (0x19D0, 0x19DA), (0x19DE, 0x1A1B), (0x1A1E, 0x1A5E), (0x1A60, 0x1A7C),
    (0x1A7F, 0x1A89), (0x1A90, 0x1A99), (0x1AA0, 0x1AAD), (0x1AB0, 0x1ACE), (0x1B00, 0x1B4C),
    (0x1B50, 0x1B7E), (0x1B80, 0x1BF3), (0x1BFC, 0x1C37), (0x1C3B, 0x1C49), (0x1C4D, 0x1C88),
    (0x1C90, 0x1CBA), (0x1CBD, 0x1CC7), (0x1CD0, 0x1CFA), (0x1D00, 0x1F15), (0x1F18, 0x1F1D),
    (0x1F20, 0x1F45), (0x1F48, 0x1F4D), (0x1F50, 0x1F57), (0x1F59, 0x1F59), (0x1F5B, 0x1F5B),
    (0x1F5D, 0x1F5D), (0x1F5F, 0x1F7D), (0x1F80, 0x1FB4), (0x1FB6, 0x1FC4), (0x1FC6, 0x1FD3),
    (0x1FD6, 0x1FDB), (0x1FDD, 0x1FEF), (0x1FF2, 0x1FF4), (0x1FF6, 0x1FFE), (0x2010, 0x2027),
    (0x2030, 0x205E), (0x2070, 0x2071), (0x2074, 0x208E), (0x2090, 0x209C), (0x20A0, 0x20C0),
    (0x20D0, 0x20F0), (0x2100, 0x218B), (0x2190, 0x2426), (0x2440, 0x244A), (0x2460, 0x2B73),
    (0x2B76, 0x2B95), (0x2B97, 0x2CF3), (0x2CF9, 0x2D25), (0x2D27, 0x2D27), (0x2D2D, 0x2D2D),
    (0x2D30, 0x2D67), (0x2D6F, 0x2D70), (0x2D7F, 0x2D96), (0x2DA0, 0x2DA6), (0x2DA8, 0x2DAE),
    (0x2DB0, 0x2DB6), (0x2DB8, 0x2DBE), (0x2DC0, 0x2DC6), (0x2DC8, 0x2DCE), (0x2DD0, 0x2DD6),
    (0x2DD8, 0x2DDE), (0x2DE0, 0x2E5D), (0x2E80, 0x2E99), (0x2E9B, 0x2EF3), (0x2F00, 0x2FD5),
    (0x2FF0, 0x2FFB), (0x3001, 0x303F), (0x3041, 0x3096), (0x3099, 0x30FF), (0x3105, 0x312F),
    (0x3131, 0x318E), (0x3190, 0x31E3), (0x31F0, 0x321E), (0x3220, 0xA48C), (0xA490, 0xA4C6),
    (0xA4D0, 0xA62B), (0xA640, 0xA6F7), (0xA700, 0xA7CA), (0xA7D0, 0xA7D1), (0xA7D3, 0xA7D3),
    (0xA7D5, 0xA7D9), (0xA7F2, 0xA82C), (0xA830, 0xA839), (0xA840, 0xA877), (0xA880, 0xA8C5),
    (0xA8CE, 0xA8D9), (0xA8E0, 0xA953), (0xA95F, 0xA97C), (0xA980, 0xA9CD), (0xA9CF, 0xA9D9),
    (0xA9DE, 0xA9FE), (0xAA00, 0xAA36), (0xAA40, 0xAA4D), (0xAA50, 0xAA59), (0xAA5C, 0xAAC2),
    (0xAADB, 0xAAF6), (0xAB01, 0xAB06), (0xAB09, 0xAB0E), (0xAB11, 0xAB16), (0xAB20, 0xAB26),
    (0xAB28, 0xAB2E), (0xAB30, 0xAB6B), (0xAB70, 0xABED), (0xABF0, 0xABF9), (0xAC00, 0xD7A3),
    (0xD7B0, 0xD7C6), (0xD7CB, 0xD7FB), (0xF900, 0xFA6D), (0xFA70, 0xFAD9), (0xFB00, 0xFB06),
    (0xFB13, 0xFB17), (0xFB1D, 0xFB36), (0xFB38, 0xFB3C), (0xFB3E, 0xFB3E), (0xFB40, 0xFB41),
    (0xFB43, 0xFB44), (0xFB46, 0xFBC2), (0xFBD3, 0xFD8F), (0xFD92, 0xFDC7), (0xFDCF, 0xFDCF),
    (0xFDF0, 0xFE19), (0xFE20, 0xFE52), (0xFE54, 0xFE66), (0xFE68, 0xFE6B), (0xFE70, 0xFE74),
    (0xFE76, 0xFEFC), (0xFF01, 0xFFBE), (0xFFC2, 0xFFC7), (0xFFCA, 0xFFCF), (0xFFD2, 0xFFD7),
    (0xFFDA, 0xFFDC), (0xFFE0, 0xFFE6), (0xFFE8, 0xFFEE), (0xFFFC, 0xFFFD), (0x10000, 0x1000B),
    (0x1000D, 0x10026), (0x10028, 0x1003A), (0x1003C, 0x1003D), (0x1003F, 0x1004D),
    (0x10050, 0x1005D), (0x10080, 0x100FA), (0x10100, 0x10102), (0x10107, 0x10133),
    (0x10137, 0x1018E), (0x10190, 0x1019C), (0x101A0, 0x101A0), (0x101D0, 0x101FD),
    (0x10280, 0x1029C), (0x102A0, 0x102D0), (0x102E0, 0x102FB), (0x10300, 0x10323),
    (0x1032D, 0x1034A), (0x10350, 0x1037A), (0x10380, 0x1039D), (0x1039F, 0x103C3),
    (0x103C8, 0x103D5), (0x10400, 0x1049D), (0x104A0, 0x104A9), (0x104B0, 0x104D3),
    (0x104D8, 0x104FB), (0x10500, 0x10527), (0x10530, 0x10563), (0x1056F, 0x1057A),
    (0x1057C, 0x1058A), (0x1058C, 0x10592), (0x10594, 0x10595), (0x10597, 0x105A1),
    (0x105A3, 0x105B1), (0x105B3, 0x105B9), (0x105BB, 0x105BC), (0x10600, 0x10736),
    (0x10740, 0x10755), (0x10760, 0x10767), (0x10780, 0x10785), (0x10787, 0x107B0),
    (0x107B2, 0x107BA), (0x10800, 0x10805), (0x10808, 0x10808), (0x1080A, 0x10835),
    (0x10837, 0x10838), (0x1083C, 0x1083C), (0x1083F, 0x10855), (0x10857, 0x1089E),
    (0x108A7, 0x108AF), (0x108E0, 0x108F2), (0x108F4, 0x108F5), (0x108FB, 0x1091B),
    (0x1091F, 0x10939), (0x1093F, 0x1093F), (0x10980, 0x109B7), (0x109BC, 0x109CF),
    (0x109D2, 0x10A03), (0x10A05, 0x10A06), (0x10A0C, 0x10A13), (0x10A15, 0x10A17),
    (0x10A19, 0x10A35), (0x10A38, 0x10A3A), (0x10A3F, 0x10A48), (0x10A50, 0x10A58),
    (0x10A60, 0x10A9F), (0x10AC0, 0x10AE6), (0x10AEB, 0x10AF6), (0x10B00, 0x10B35),
    (0x10B39, 0x10B55), (0x10B58, 0x10B72), (0x10B78, 0x10B91), (0x10B99, 0x10B9C),
    (0x10BA9, 0x10BAF), (0x10C00, 0x10C48), (0x10C80, 0x10CB2), (0x10CC0, 0x10CF2),
    (0x10CFA, 0x10D27), (0x10D30, 0x10D39), (0x10E60, 0x10E7E), (0x10E80, 0x10EA9),
    (0x10EAB, 0x10EAD), (0x10EB0, 0x10EB1), (0x10F00, 0x10F27), (0x10F30, 0x10F59),
    (0x10F70, 0x10F89), (0x10FB0, 0x10FCB), (0x10FE0, 0x10FF6), (0x11000, 0x1104D),
    (0x11052, 0x11075), (0x1107F, 0x110BC), (0x110BE, 0x110C2), (0x110D0, 0x110E8),
    (0x110F0, 0x110F9), (0x11100, 0x11134), (0x11136, 0x11147), (0x11150, 0x11176),
    (0x11180, 0x111DF), (0x111E1, 0x111F4), (0x11200, 0x11211), (0x11213, 0x1123E),
    (0x11280, 0x11286), (0x11288, 0x11288), (0x1128A, 0x1128D), (0x1128F, 0x1129D),
    (0x1129F, 0x112A9), (0x112B0, 0x112EA), (0x112F0, 0x112F9), (0x11300, 0x11303),
    (0x11305, 0x1130C), (0x1130F, 0x11310), (0x11313, 0x11328), (0x1132A, 0x11330),
    (0x11332, 0x11333), (0x11335, 0x11339), (0x1133B, 0x11344), (0x11347, 0x11348),
    (0x1134B, 0x1134D), (0x11350, 0x11350), (0x11357, 0x11357), (0x1135D, 0x11363),
    (0x11366, 0x1136C), (0x11370, 0x11374), (0x11400, 0x1145B), (0x1145D, 0x11461),
    (0x11480, 0x114C7), (0x114D0, 0x114D9), (0x11580, 0x115B5), (0x115B8, 0x115DD),
    (0x11600, 0x11644), (0x11650, 0x11659), (0x11660, 0x1166C), (0x11680, 0x116B9),
    (0x116C0, 0x116C9), (0x11700, 0x1171A), (0x1171D, 0x1172B), (0x11730, 0x11746),
    (0x11800, 0x1183B), (0x118A0, 0x118F2), (0x118FF, 0x11906), (0x11909, 0x11909),
    (0x1190C, 0x11913), (0x11915, 0x11916), (0x11918, 0x11935), (0x11937, 0x11938),
    (0x1193B, 0x11946), (0x11950, 0x11959), (0x119A0, 0x119A7), (0x119AA, 0x119D7),
    (0x119DA, 0x119E4), (0x11A00, 0x11A47), (0x11A50, 0x11AA2), (0x11AB0, 0x11AF8),
    (0x11C00, 0x11C08), (0x11C0A, 0x11C36), (0x11C38, 0x11C45), (0x11C50, 0x11C6C),
    (0x11C70, 0x11C8F), (0x11C92, 0x11CA7), (0x11CA9, 0x11CB6), (0x11D00, 0x11D06),
    (0x11D08, 0x11D09), (0x11D0B, 0x11D36), (0x11D3A, 0x11D3A), (0x11D3C, 0x11D3D),
    (0x11D3F, 0x11D47), (0x11D50, 0x11D59), (0x11D60, 0x11D65), (0x11D67, 0x11D68),
    (0x11D6A, 0x11D8E), (0x11D90, 0x11D91), (0x11D93, 0x11D98), (0x11DA0, 0x11DA9),
    (0x11EE0, 0x11EF8), (0x11FB0, 0x11FB0), (0x11FC0, 0x11FF1), (0x11FFF, 0x12399),
    (0x12400, 0x1246E), (0x12470, 0x12474), (0x12480, 0x12543), (0x12F90, 0x12FF2),
    (0x13000, 0x1342E), (0x14400, 0x14646), (0x16800, 0x16A38), (0x16A40, 0x16A5E),
    (0x16A60, 0x16A69), (0x16A6E, 0x16ABE), (0x16AC0, 0x16AC9), (0x16AD0, 0x16AED),
    (0x16AF0, 0x16AF5), (0x16B00, 0x16B45), (0x16B50, 0x16B59), (0x16B5B, 0x16B61),
    (0x16B63, 0x16B77), (0x16B7D, 0x16B8F), (0x16E40, 0x16E9A), (0x16F00, 0x16F4A),
    (0x16F4F, 0x16F87), (0x16F8F, 0x16F9F), (0x16FE0, 0x16FE4), (0x16FF0, 0x16FF1),
    (0x17000, 0x187F7), (0x18800, 0x18CD5), (0x18D00, 0x18D08), (0x1AFF0, 0x1AFF3),
    (0x1AFF5, 0x1AFFB), (0x1AFFD, 0x1AFFE), (0x1B000, 0x1B122), (0x1B150, 0x1B152),
    (0x1B164, 0x1B167), (0x1B170, 0x1B2FB), (0x1BC00, 0x1BC6A), (0x1BC70, 0x1BC7C),
    (0x1BC80, 0x1BC88), (0x1BC90, 0x1BC99), (0x1BC9C, 0x1BC9F), (0x1CF00, 0x1CF2D),
    (0x1CF30, 0x1CF46), (0x1CF50, 0x1CFC3), (0x1D000, 0x1D0F5), (0x1D100, 0x1D126),
    (0x1D129, 0x1D172), (0x1D17B, 0x1D1EA), (0x1D200, 0x1D245), (0x1D2E0, 0x1D2F3),
    (0x1D300, 0x1D356), (0x1D360, 0x1D378), (0x1D400, 0x1D454), (0x1D456, 0x1D49C),
    (0x1D49E, 0x1D49F), (0x1D4A2, 0x1D4A2), (0x1D4A5, 0x1D4A6), (0x1D4A9, 0x1D4AC),
    (0x1D4AE, 0x1D4B9), (0x1D4BB, 0x1D4BB), (0x1D4BD, 0x1D4C3), (0x1D4C5, 0x1D505),
    (0x1D507, 0x1D50A), (0x1D50D, 0x1D514), (0x1D516, 0x1D51C), (0x1D51E, 0x1D539),
    (0x1D53B, 0x1D53E), (0x1D540, 0x1D544), (0x1D546, 0x1D546), (0x1D54A, 0x1D550),
    (0x1D552, 0x1D6A5), (0x1D6A8, 0x1D7CB), (0x1D7CE, 0x1DA8B), (0x1DA9B, 0x1DA9F),
    (0x1DAA1, 0x1DAAF), (0x1DF00, 0x1DF1E), (0x1E000, 0x1E006), (0x1E008, 0x1E018),
    (0x1E01B, 0x1E021), (0x1E023, 0x1E024), (0x1E026, 0x1E02A), (0x1E100, 0x1E12C),
    (0x1E130, 0x1E13D), (0x1E140, 0x1E149), (0x1E14E, 0x1E14F), (0x1E290, 0x1E2AE),
    (0x1E2C0, 0x1E2F9), (0x1E2FF, 0x1E2FF), (0x1E7E0, 0x1E7E6), (0x1E7E8, 0x1E7EB),
    (0x1E7ED, 0x1E7EE), (0x1E7F0, 0x1E7FE), (0x1E800, 0x1E8C4), (0x1E8C7, 0x1E8D6),
    (0x1E900, 0x1E94B), (0x1E950, 0x1E959), (0x1E95E, 0x1E95F), (0x1EC71, 0x1ECB4),
    (0x1ED01, 0x1ED3D), (0x1EE00, 0x1EE03), (0x1EE05, 0x1EE1F), (0x1EE21, 0x1EE22),
    (0x1EE24, 0x1EE24), (0x1EE27, 0x1EE27), (0x1EE29, 0x1EE32), (0x1EE34, 0x1EE37),
    (0x1EE39, 0x1EE39), (0x1EE3B, 0x1EE3B), (0x1EE42, 0x1EE42), (0x1EE47, 0x1EE47),
    (0x1EE49, 0x1EE49), (0x1EE4B, 0x1EE4B), (0x1EE4D, 0x1EE4F), (0x1EE51, 0x1EE52),
    (0x1EE54, 0x1EE54), (0x1EE57, 0x1EE57), (0x1EE59, 0x1EE59), (0x1EE5B, 0x1EE5B),
    (0x1EE5D, 0x1EE5D), (0x1EE5F, 0x1EE5F), (0x1EE61, 0x1EE62), (0x1EE64, 0x1EE64),
    (0x1EE67, 0x1EE6A), (0x1EE6C, 0x1EE72), (0x1EE74, 0x1EE77), (0x1EE79, 0x1EE7C),
    (0x1EE7E, 0x1EE7E), (0x1EE80, 0x1EE89), (0x1EE8B, 0x1EE9B), (0x1EEA1, 0x1EEA3),
    (0x1EEA5, 0x1EEA9), (0x1EEAB, 0x1EEBB), (0x1EEF0, 0x1EEF1), (0x1F000, 0x1F02B),
    (0x1F030, 0x1F093), (0x1F0A0, 0x1F0AE), (0x1F0B1, 0x1F0BF), (0x1F0C1, 0x1F0CF),
    (0x1F0D1, 0x1F0F5), (0x1F100, 0x1F1AD), (0x1F1E6, 0x1F202), (0x1F210, 0x1F23B),
    (0x1F240, 0x1F248), (0x1F250, 0x1F251), (0x1F260, 0x1F265), (0x1F300, 0x1F6D7),
    (0x1F6DD, 0x1F6EC), (0x1F6F0, 0x1F6FC), (0x1F700, 0x1F773), (0x1F780, 0x1F7D8),
    (0x1F7E0, 0x1F7EB), (0x1F7F0, 0x1F7F0), (0x1F800, 0x1F80B), (0x1F810, 0x1F847),
    (0x1F850, 0x1F859), (0x1F860, 0x1F887), (0x1F890, 0x1F8AD), (0x1F8B0, 0x1F8B1),
    (0x1F900, 0x1FA53), (0x1FA60, 0x1FA6D), (0x1FA70, 0x1FA74), (0x1FA78, 0x1FA7C),
    (0x1FA80, 0x1FA86), (0x1FA90, 0x1FAAC), (0x1FAB0, 0x1FABA), (0x1FAC0, 0x1FAC5),
    (0x1FAD0, 0x1FAD9), (0x1FAE0, 0x1FAE7), (0x1FAF0, 0x1FAF6), (0x1FB00, 0x1FB92),
    (0x1FB94, 0x1FBCA), (0x1FBF0, 0x1FBF9), (0x20000, 0x2A6DF), (0x2A700, 0x2B738),
    (0x2B740, 0x2B81D), (0x2B820, 0x2CEA1), (0x2CEB0, 0x2EBE0), (0x2F800, 0x2FA1D),
    (0x30000, 0x3134A), (0xE0100, 0xE01EF),
];

/// Derived property Uppercase (CPython's `Py_UNICODE_ISUPPER`).
#[rustfmt::skip]
const UPPER: &[(u32, u32)] = &[
    (0x41, 0x5A), (0xC0, 0xD6), (0xD8, 0xDE), (0x100, 0x100), (0x102, 0x102), (0x104, 0x104),
    (0x106, 0x106), (0x108, 0x108), (0x10A, 0x10A), (0x10C, 0x10C), (0x10E, 0x10E),
    (0x110, 0x110), (0x112, 0x112), (0x114, 0x114), (0x116, 0x116), (0x118, 0x118),
    (0x11A, 0x11A), (0x11C, 0x11C), (0x11E, 0x11E), (0x120, 0x120), (0x122, 0x122),
    (0x124, 0x124), (0x126, 0x126), (0x128, 0x128), (0x12A, 0x12A), (0x12C, 0x12C),
    (0x12E, 0x12E), (0x130, 0x130), (0x132, 0x132), (0x134, 0x134), (0x136, 0x136),
    (0x139, 0x139), (0x13B, 0x13B), (0x13D, 0x13D), (0x13F, 0x13F), (0x141, 0x141),
    (0x143, 0x143), (0x145, 0x145), (0x147, 0x147), (0x14A, 0x14A), (0x14C, 0x14C),
    (0x14E, 0x14E), (0x150, 0x150), (0x152, 0x152), (0x154, 0x154), (0x156, 0x156),
    (0x158, 0x158), (0x15A, 0x15A), (0x15C, 0x15C), (0x15E, 0x15E), (0x160, 0x160),
    (0x162, 0x162), (0x164, 0x164), (0x166, 0x166), (0x168, 0x168), (0x16A, 0x16A),
    (0x16C, 0x16C), (0x16E, 0x16E), (0x170, 0x170), (0x172, 0x172), (0x174, 0x174),
    (0x176, 0x176), (0x178, 0x179), (0x17B, 0x17B), (0x17D, 0x17D), (0x181, 0x182),
    (0x184, 0x184), (0x186, 0x187), (0x189, 0x18B), (0x18E, 0x191), (0x193, 0x194),
    (0x196, 0x198), (0x19C, 0x19D), (0x19F, 0x1A0), (0x1A2, 0x1A2), (0x1A4, 0x1A4),
    (0x1A6, 0x1A7), (0x1A9, 0x1A9), (0x1AC, 0x1AC), (0x1AE, 0x1AF), (0x1B1, 0x1B3),
    (0x1B5, 0x1B5), (0x1B7, 0x1B8), (0x1BC, 0x1BC), (0x1C4, 0x1C4), (0x1C7, 0x1C7),
    (0x1CA, 0x1CA), (0x1CD, 0x1CD), (0x1CF, 0x1CF), (0x1D1, 0x1D1), (0x1D3, 0x1D3),
    (0x1D5, 0x1D5), (0x1D7, 0x1D7), (0x1D9, 0x1D9), (0x1DB, 0x1DB), (0x1DE, 0x1DE),
    (0x1E0, 0x1E0), (0x1E2, 0x1E2), (0x1E4, 0x1E4), (0x1E6, 0x1E6), (0x1E8, 0x1E8),
    (0x1EA, 0x1EA), (0x1EC, 0x1EC), (0x1EE, 0x1EE), (0x1F1, 0x1F1), (0x1F4, 0x1F4),
    (0x1F6, 0x1F8), (0x1FA, 0x1FA), (0x1FC, 0x1FC), (0x1FE, 0x1FE), (0x200, 0x200),
    (0x202, 0x202), (0x204, 0x204), (0x206, 0x206), (0x208, 0x208), (0x20A, 0x20A),
    (0x20C, 0x20C), (0x20E, 0x20E), (0x210, 0x210), (0x212, 0x212), (0x214, 0x214),
    (0x216, 0x216), (0x218, 0x218), (0x21A, 0x21A), (0x21C, 0x21C), (0x21E, 0x21E),
    (0x220, 0x220), (0x222, 0x222), (0x224, 0x224), (0x226, 0x226), (0x228, 0x228),
    (0x22A, 0x22A), (0x22C, 0x22C), (0x22E, 0x22E), (0x230, 0x230), (0x232, 0x232),
    (0x23A, 0x23B), (0x23D, 0x23E), (0x241, 0x241), (0x243, 0x246), (0x248, 0x248),
    (0x24A, 0x24A), (0x24C, 0x24C), (0x24E, 0x24E), (0x370, 0x370), (0x372, 0x372),
    (0x376, 0x376), (0x37F, 0x37F), (0x386, 0x386), (0x388, 0x38A), (0x38C, 0x38C),
    (0x38E, 0x38F), (0x391, 0x3A1), (0x3A3, 0x3AB), (0x3CF, 0x3CF), (0x3D2, 0x3D4),
    (0x3D8, 0x3D8), (0x3DA, 0x3DA), (0x3DC, 0x3DC), (0x3DE, 0x3DE), (0x3E0, 0x3E0),
    (0x3E2, 0x3E2), (0x3E4, 0x3E4), (0x3E6, 0x3E6), (0x3E8, 0x3E8), (0x3EA, 0x3EA),
    (0x3EC, 0x3EC), (0x3EE, 0x3EE), (0x3F4, 0x3F4), (0x3F7, 0x3F7), (0x3F9, 0x3FA),
    (0x3FD, 0x42F), (0x460, 0x460), (0x462, 0x462), (0x464, 0x464), (0x466, 0x466),
    (0x468, 0x468), (0x46A, 0x46A), (0x46C, 0x46C), (0x46E, 0x46E), (0x470, 0x470),
    (0x472, 0x472), (0x474, 0x474), (0x476, 0x476), (0x478, 0x478), (0x47A, 0x47A),
    (0x47C, 0x47C), (0x47E, 0x47E), (0x480, 0x480), (0x48A, 0x48A), (0x48C, 0x48C),
    (0x48E, 0x48E), (0x490, 0x490), (0x492, 0x492), (0x494, 0x494), (0x496, 0x496),
    (0x498, 0x498), (0x49A, 0x49A), (0x49C, 0x49C), (0x49E, 0x49E), (0x4A0, 0x4A0),
    (0x4A2, 0x4A2), (0x4A4, 0x4A4), (0x4A6, 0x4A6), (0x4A8, 0x4A8), (0x4AA, 0x4AA),
    (0x4AC, 0x4AC), (0x4AE, 0x4AE), (0x4B0, 0x4B0), (0x4B2, 0x4B2), (0x4B4, 0x4B4),
    (0x4B6, 0x4B6), (0x4B8, 0x4B8), (0x4BA, 0x4BA), (0x4BC, 0x4BC), (0x4BE, 0x4BE),
    (0x4C0, 0x4C1), (0x4C3, 0x4C3), (0x4C5, 0x4C5), (0x4C7, 0x4C7), (0x4C9, 0x4C9),
    (0x4CB, 0x4CB), (0x4CD, 0x4CD), (0x4D0, 0x4D0), (0x4D2, 0x4D2), (0x4D4, 0x4D4),
    (0x4D6, 0x4D6), (0x4D8, 0x4D8), (0x4DA, 0x4DA), (0x4DC, 0x4DC), (0x4DE, 0x4DE),
    (0x4E0, 0x4E0), (0x4E2, 0x4E2), (0x4E4, 0x4E4), (0x4E6, 0x4E6), (0x4E8, 0x4E8),
    (0x4EA, 0x4EA), (0x4EC, 0x4EC), (0x4EE, 0x4EE), (0x4F0, 0x4F0), (0x4F2, 0x4F2),
    (0x4F4, 0x4F4), (0x4F6, 0x4F6), (0x4F8, 0x4F8), (0x4FA, 0x4FA), (0x4FC, 0x4FC),
    (0x4FE, 0x4FE), (0x500, 0x500), (0x502, 0x502), (0x504, 0x504), (0x506, 0x506),
    (0x508, 0x508), (0x50A, 0x50A), (0x50C, 0x50C), (0x50E, 0x50E), (0x510, 0x510),
    (0x512, 0x512), (0x514, 0x514), (0x516, 0x516), (0x518, 0x518), (0x51A, 0x51A),
    (0x51C, 0x51C), (0x51E, 0x51E), (0x520, 0x520), (0x522, 0x522), (0x524, 0x524),
    (0x526, 0x526), (0x528, 0x528), (0x52A, 0x52A), (0x52C, 0x52C), (0x52E, 0x52E),
    (0x531, 0x556), (0x10A0, 0x10C5), (0x10C7, 0x10C7), (0x10CD, 0x10CD), (0x13A0, 0x13F5),
    (0x1C90, 0x1CBA), (0x1CBD, 0x1CBF), (0x1E00, 0x1E00), (0x1E02, 0x1E02), (0x1E04, 0x1E04),
    (0x1E06, 0x1E06), (0x1E08, 0x1E08), (0x1E0A, 0x1E0A), (0x1E0C, 0x1E0C), (0x1E0E, 0x1E0E),
    (0x1E10, 0x1E10), (0x1E12, 0x1E12), (0x1E14, 0x1E14), (0x1E16, 0x1E16), (0x1E18, 0x1E18),
    (0x1E1A, 0x1E1A), (0x1E1C, 0x1E1C), (0x1E1E, 0x1E1E), (0x1E20, 0x1E20), (0x1E22, 0x1E22),
    (0x1E24, 0x1E24), (0x1E26, 0x1E26), (0x1E28, 0x1E28), (0x1E2A, 0x1E2A), (0x1E2C, 0x1E2C),
    (0x1E2E, 0x1E2E), (0x1E30, 0x1E30), (0x1E32, 0x1E32), (0x1E34, 0x1E34), (0x1E36, 0x1E36),
    (0x1E38, 0x1E38), (0x1E3A, 0x1E3A), (0x1E3C, 0x1E3C), (0x1E3E, 0x1E3E), (0x1E40, 0x1E40),
    (0x1E42, 0x1E42), (0x1E44, 0x1E44), (0x1E46, 0x1E46), (0x1E48, 0x1E48), (0x1E4A, 0x1E4A),
    (0x1E4C, 0x1E4C), (0x1E4E, 0x1E4E), (0x1E50, 0x1E50), (0x1E52, 0x1E52), (0x1E54, 0x1E54),
    (0x1E56, 0x1E56), (0x1E58, 0x1E58), (0x1E5A, 0x1E5A), (0x1E5C, 0x1E5C), (0x1E5E, 0x1E5E),
    (0x1E60, 0x1E60), (0x1E62, 0x1E62), (0x1E64, 0x1E64), (0x1E66, 0x1E66), (0x1E68, 0x1E68),
    (0x1E6A, 0x1E6A), (0x1E6C, 0x1E6C), (0x1E6E, 0x1E6E), (0x1E70, 0x1E70), (0x1E72, 0x1E72),
    (0x1E74, 0x1E74), (0x1E76, 0x1E76), (0x1E78, 0x1E78), (0x1E7A, 0x1E7A), (0x1E7C, 0x1E7C),
    (0x1E7E, 0x1E7E), (0x1E80, 0x1E80), (0x1E82, 0x1E82), (0x1E84, 0x1E84), (0x1E86, 0x1E86),
    (0x1E88, 0x1E88), (0x1E8A, 0x1E8A), (0x1E8C, 0x1E8C), (0x1E8E, 0x1E8E), (0x1E90, 0x1E90),
    (0x1E92, 0x1E92), (0x1E94, 0x1E94), (0x1E9E, 0x1E9E), (0x1EA0, 0x1EA0), (0x1EA2, 0x1EA2),
    (0x1EA4, 0x1EA4), (0x1EA6, 0x1EA6), (0x1EA8, 0x1EA8), (0x1EAA, 0x1EAA), (0x1EAC, 0x1EAC),
    (0x1EAE, 0x1EAE), (0x1EB0, 0x1EB0), (0x1EB2, 0x1EB2), (0x1EB4, 0x1EB4), (0x1EB6, 0x1EB6),
    (0x1EB8, 0x1EB8), (0x1EBA, 0x1EBA), (0x1EBC, 0x1EBC), (0x1EBE, 0x1EBE), (0x1EC0, 0x1EC0),
    (0x1EC2, 0x1EC2), (0x1EC4, 0x1EC4), (0x1EC6, 0x1EC6), (0x1EC8, 0x1EC8), (0x1ECA, 0x1ECA),
    (0x1ECC, 0x1ECC), (0x1ECE, 0x1ECE), (0x1ED0, 0x1ED0), (0x1ED2, 0x1ED2), (0x1ED4, 0x1ED4),
    (0x1ED6, 0x1ED6), (0x1ED8, 0x1ED8), (0x1EDA, 0x1EDA), (0x1EDC, 0x1EDC), (0x1EDE, 0x1EDE),
    (0x1EE0, 0x1EE0), (0x1EE2, 0x1EE2), (0x1EE4, 0x1EE4), (0x1EE6, 0x1EE6), (0x1EE8, 0x1EE8),
    (0x1EEA, 0x1EEA), (0x1EEC, 0x1EEC), (0x1EEE, 0x1EEE), (0x1EF0, 0x1EF0), (0x1EF2, 0x1EF2),
    (0x1EF4, 0x1EF4), (0x1EF6, 0x1EF6), (0x1EF8, 0x1EF8), (0x1EFA, 0x1EFA), (0x1EFC, 0x1EFC),
    (0x1EFE, 0x1EFE), (0x1F08, 0x1F0F), (0x1F18, 0x1F1D), (0x1F28, 0x1F2F), (0x1F38, 0x1F3F),
    (0x1F48, 0x1F4D), (0x1F59, 0x1F59), (0x1F5B, 0x1F5B), (0x1F5D, 0x1F5D), (0x1F5F, 0x1F5F),
    (0x1F68, 0x1F6F), (0x1FB8, 0x1FBB), (0x1FC8, 0x1FCB), (0x1FD8, 0x1FDB), (0x1FE8, 0x1FEC),
    (0x1FF8, 0x1FFB), (0x2102, 0x2102), (0x2107, 0x2107), (0x210B, 0x210D), (0x2110, 0x2112),
    (0x2115, 0x2115), (0x2119, 0x211D), (0x2124, 0x2124), (0x2126, 0x2126), (0x2128, 0x2128),
    (0x212A, 0x212D), (0x2130, 0x2133), (0x213E, 0x213F), (0x2145, 0x2145), (0x2160, 0x216F),
    (0x2183, 0x2183), (0x24B6, 0x24CF), (0x2C00, 0x2C2F), (0x2C60, 0x2C60), (0x2C62, 0x2C64),
    (0x2C67, 0x2C67), (0x2C69, 0x2C69), (0x2C6B, 0x2C6B), (0x2C6D, 0x2C70), (0x2C72, 0x2C72),
    (0x2C75, 0x2C75), (0x2C7E, 0x2C80), (0x2C82, 0x2C82), (0x2C84, 0x2C84), (0x2C86, 0x2C86),
    (0x2C88, 0x2C88), (0x2C8A, 0x2C8A), (0x2C8C, 0x2C8C), (0x2C8E, 0x2C8E), (0x2C90, 0x2C90),
    (0x2C92, 0x2C92), (0x2C94, 0x2C94), (0x2C96, 0x2C96), (0x2C98, 0x2C98), (0x2C9A, 0x2C9A),
    (0x2C9C, 0x2C9C), (0x2C9E, 0x2C9E), (0x2CA0, 0x2CA0), (0x2CA2, 0x2CA2), (0x2CA4, 0x2CA4),
    (0x2CA6, 0x2CA6), (0x2CA8, 0x2CA8), (0x2CAA, 0x2CAA), (0x2CAC, 0x2CAC), (0x2CAE, 0x2CAE),
    (0x2CB0, 0x2CB0), (0x2CB2, 0x2CB2), (0x2CB4, 0x2CB4), (0x2CB6, 0x2CB6), (0x2CB8, 0x2CB8),
    (0x2CBA, 0x2CBA), (0x2CBC, 0x2CBC), (0x2CBE, 0x2CBE), (0x2CC0, 0x2CC0), (0x2CC2, 0x2CC2),
    (0x2CC4, 0x2CC4), (0x2CC6, 0x2CC6), (0x2CC8, 0x2CC8), (0x2CCA, 0x2CCA), (0x2CCC, 0x2CCC),
    (0x2CCE, 0x2CCE), (0x2CD0, 0x2CD0), (0x2CD2, 0x2CD2), (0x2CD4, 0x2CD4), (0x2CD6, 0x2CD6),
    (0x2CD8, 0x2CD8), (0x2CDA, 0x2CDA), (0x2CDC, 0x2CDC), (0x2CDE, 0x2CDE), (0x2CE0, 0x2CE0),
    (0x2CE2, 0x2CE2), (0x2CEB, 0x2CEB), (0x2CED, 0x2CED), (0x2CF2, 0x2CF2), (0xA640, 0xA640),
    (0xA642, 0xA642), (0xA644, 0xA644), (0xA646, 0xA646), (0xA648, 0xA648), (0xA64A, 0xA64A),
    (0xA64C, 0xA64C), (0xA64E, 0xA64E), (0xA650, 0xA650), (0xA652, 0xA652), (0xA654, 0xA654),
    (0xA656, 0xA656), (0xA658, 0xA658), (0xA65A, 0xA65A), (0xA65C, 0xA65C), (0xA65E, 0xA65E),
    (0xA660, 0xA660), (0xA662, 0xA662), (0xA664, 0xA664), (0xA666, 0xA666), (0xA668, 0xA668),
    (0xA66A, 0xA66A), (0xA66C, 0xA66C), (0xA680, 0xA680), (0xA682, 0xA682), (0xA684, 0xA684),
    (0xA686, 0xA686), (0xA688, 0xA688), (0xA68A, 0xA68A), (0xA68C, 0xA68C), (0xA68E, 0xA68E),
    (0xA690, 0xA690), (0xA692, 0xA692), (0xA694, 0xA694), (0xA696, 0xA696), (0xA698, 0xA698),
    (0xA69A, 0xA69A), (0xA722, 0xA722), (0xA724, 0xA724), (0xA726, 0xA726), (0xA728, 0xA728),
    (0xA72A, 0xA72A), (0xA72C, 0xA72C), (0xA72E, 0xA72E), (0xA732, 0xA732), (0xA734, 0xA734),
    (0xA736, 0xA736), (0xA738, 0xA738), (0xA73A, 0xA73A), (0xA73C, 0xA73C), (0xA73E, 0xA73E),
    (0xA740, 0xA740), (0xA742, 0xA742), (0xA744, 0xA744), (0xA746, 0xA746), (0xA748, 0xA748),
    (0xA74A, 0xA74A), (0xA74C, 0xA74C), (0xA74E, 0xA74E), (0xA750, 0xA750), (0xA752, 0xA752),
    (0xA754, 0xA754), (0xA756, 0xA756), (0xA758, 0xA758), (0xA75A, 0xA75A), (0xA75C, 0xA75C),
    (0xA75E, 0xA75E), (0xA760, 0xA760), (0xA762, 0xA762), (0xA764, 0xA764), (0xA766, 0xA766),
    (0xA768, 0xA768), (0xA76A, 0xA76A), (0xA76C, 0xA76C), (0xA76E, 0xA76E), (0xA779, 0xA779),
    (0xA77B, 0xA77B), (0xA77D, 0xA77E), (0xA780, 0xA780), (0xA782, 0xA782), (0xA784, 0xA784),
    (0xA786, 0xA786), (0xA78B, 0xA78B), (0xA78D, 0xA78D), (0xA790, 0xA790), (0xA792, 0xA792),
    (0xA796, 0xA796), (0xA798, 0xA798), (0xA79A, 0xA79A), (0xA79C, 0xA79C), (0xA79E, 0xA79E),
    (0xA7A0, 0xA7A0), (0xA7A2, 0xA7A2), (0xA7A4, 0xA7A4), (0xA7A6, 0xA7A6), (0xA7A8, 0xA7A8),
    (0xA7AA, 0xA7AE), (0xA7B0, 0xA7B4), (0xA7B6, 0xA7B6), (0xA7B8, 0xA7B8), (0xA7BA, 0xA7BA),
    (0xA7BC, 0xA7BC), (0xA7BE, 0xA7BE), (0xA7C0, 0xA7C0), (0xA7C2, 0xA7C2), (0xA7C4, 0xA7C7),
    (0xA7C9, 0xA7C9), (0xA7D0, 0xA7D0), (0xA7D6, 0xA7D6), (0xA7D8, 0xA7D8), (0xA7F5, 0xA7F5),
    (0xFF21, 0xFF3A), (0x10400, 0x10427), (0x104B0, 0x104D3), (0x10570, 0x1057A),
    (0x1057C, 0x1058A), (0x1058C, 0x10592), (0x10594, 0x10595), (0x10C80, 0x10CB2),
    (0x118A0, 0x118BF), (0x16E40, 0x16E5F), (0x1D400, 0x1D419), (0x1D434, 0x1D44D),
    (0x1D468, 0x1D481), (0x1D49C, 0x1D49C), (0x1D49E, 0x1D49F), (0x1D4A2, 0x1D4A2),
    (0x1D4A5, 0x1D4A6), (0x1D4A9, 0x1D4AC), (0x1D4AE, 0x1D4B5), (0x1D4D0, 0x1D4E9),
    (0x1D504, 0x1D505), (0x1D507, 0x1D50A), (0x1D50D, 0x1D514), (0x1D516, 0x1D51C),
    (0x1D538, 0x1D539), (0x1D53B, 0x1D53E), (0x1D540, 0x1D544), (0x1D546, 0x1D546),
    (0x1D54A, 0x1D550), (0x1D56C, 0x1D585), (0x1D5A0, 0x1D5B9), (0x1D5D4, 0x1D5ED),
    (0x1D608, 0x1D621), (0x1D63C, 0x1D655), (0x1D670, 0x1D689), (0x1D6A8, 0x1D6C0),
    (0x1D6E2, 0x1D6FA), (0x1D71C, 0x1D734), (0x1D756, 0x1D76E), (0x1D790, 0x1D7A8),
    (0x1D7CA, 0x1D7CA), (0x1E900, 0x1E921), (0x1F130, 0x1F149), (0x1F150, 0x1F169),
    (0x1F170, 0x1F189),
];

/// Derived property Lowercase (CPython's `Py_UNICODE_ISLOWER`).
#[rustfmt::skip]
const LOWER: &[(u32, u32)] = &[
    (0x61, 0x7A), (0xAA, 0xAA), (0xB5, 0xB5), (0xBA, 0xBA), (0xDF, 0xF6), (0xF8, 0xFF),
    (0x101, 0x101), (0x103, 0x103), (0x105, 0x105), (0x107, 0x107), (0x109, 0x109),
    (0x10B, 0x10B), (0x10D, 0x10D), (0x10F, 0x10F), (0x111, 0x111), (0x113, 0x113),
    (0x115, 0x115), (0x117, 0x117), (0x119, 0x119), (0x11B, 0x11B), (0x11D, 0x11D),
    (0x11F, 0x11F), (0x121, 0x121), (0x123, 0x123), (0x125, 0x125), (0x127, 0x127),
    (0x129, 0x129), (0x12B, 0x12B), (0x12D, 0x12D), (0x12F, 0x12F), (0x131, 0x131),
    (0x133, 0x133), (0x135, 0x135), (0x137, 0x138), (0x13A, 0x13A), (0x13C, 0x13C),
    (0x13E, 0x13E), (0x140, 0x140), (0x142, 0x142), (0x144, 0x144), (0x146, 0x146),
    (0x148, 0x149), (0x14B, 0x14B), (0x14D, 0x14D), (0x14F, 0x14F), (0x151, 0x151),
    (0x153, 0x153), (0x155, 0x155), (0x157, 0x157), (0x159, 0x159), (0x15B, 0x15B),
    (0x15D, 0x15D), (0x15F, 0x15F), (0x161, 0x161), (0x163, 0x163), (0x165, 0x165),
    (0x167, 0x167), (0x169, 0x169), (0x16B, 0x16B), (0x16D, 0x16D), (0x16F, 0x16F),
    (0x171, 0x171), (0x173, 0x173), (0x175, 0x175), (0x177, 0x177), (0x17A, 0x17A),
    (0x17C, 0x17C), (0x17E, 0x180), (0x183, 0x183), (0x185, 0x185), (0x188, 0x188),
    (0x18C, 0x18D), (0x192, 0x192), (0x195, 0x195), (0x199, 0x19B), (0x19E, 0x19E),
    (0x1A1, 0x1A1), (0x1A3, 0x1A3), (0x1A5, 0x1A5), (0x1A8, 0x1A8), (0x1AA, 0x1AB),
    (0x1AD, 0x1AD), (0x1B0, 0x1B0), (0x1B4, 0x1B4), (0x1B6, 0x1B6), (0x1B9, 0x1BA),
    (0x1BD, 0x1BF), (0x1C6, 0x1C6), (0x1C9, 0x1C9), (0x1CC, 0x1CC), (0x1CE, 0x1CE),
    (0x1D0, 0x1D0), (0x1D2, 0x1D2), (0x1D4, 0x1D4), (0x1D6, 0x1D6), (0x1D8, 0x1D8),
    (0x1DA, 0x1DA), (0x1DC, 0x1DD), (0x1DF, 0x1DF), (0x1E1, 0x1E1), (0x1E3, 0x1E3),
    (0x1E5, 0x1E5), (0x1E7, 0x1E7), (0x1E9, 0x1E9), (0x1EB, 0x1EB), (0x1ED, 0x1ED),
    (0x1EF, 0x1F0), (0x1F3, 0x1F3), (0x1F5, 0x1F5), (0x1F9, 0x1F9), (0x1FB, 0x1FB),
    (0x1FD, 0x1FD), (0x1FF, 0x1FF), (0x201, 0x201), (0x203, 0x203), (0x205, 0x205),
    (0x207, 0x207), (0x209, 0x209), (0x20B, 0x20B), (0x20D, 0x20D), (0x20F, 0x20F),
    (0x211, 0x211), (0x213, 0x213), (0x215, 0x215), (0x217, 0x217), (0x219, 0x219),
    (0x21B, 0x21B), (0x21D, 0x21D), (0x21F, 0x21F), (0x221, 0x221), (0x223, 0x223),
    (0x225, 0x225), (0x227, 0x227), (0x229, 0x229), (0x22B, 0x22B), (0x22D, 0x22D),
    (0x22F, 0x22F), (0x231, 0x231), (0x233, 0x239), (0x23C, 0x23C), (0x23F, 0x240),
    (0x242, 0x242), (0x247, 0x247), (0x249, 0x249), (0x24B, 0x24B), (0x24D, 0x24D),
    (0x24F, 0x293), (0x295, 0x2B8), (0x2C0, 0x2C1), (0x2E0, 0x2E4), (0x345, 0x345),
    (0x371, 0x371), (0x373, 0x373), (0x377, 0x377), (0x37A, 0x37D), (0x390, 0x390),
    (0x3AC, 0x3CE), (0x3D0, 0x3D1), (0x3D5, 0x3D7), (0x3D9, 0x3D9), (0x3DB, 0x3DB),
    (0x3DD, 0x3DD), (0x3DF, 0x3DF), (0x3E1, 0x3E1), (0x3E3, 0x3E3), (0x3E5, 0x3E5),
    (0x3E7, 0x3E7), (0x3E9, 0x3E9), (0x3EB, 0x3EB), (0x3ED, 0x3ED), (0x3EF, 0x3F3),
    (0x3F5, 0x3F5), (0x3F8, 0x3F8), (0x3FB, 0x3FC), (0x430, 0x45F), (0x461, 0x461),
    (0x463, 0x463), (0x465, 0x465), (0x467, 0x467), (0x469, 0x469), (0x46B, 0x46B),
    (0x46D, 0x46D), (0x46F, 0x46F), (0x471, 0x471), (0x473, 0x473), (0x475, 0x475),
    (0x477, 0x477), (0x479, 0x479), (0x47B, 0x47B), (0x47D, 0x47D), (0x47F, 0x47F),
    (0x481, 0x481), (0x48B, 0x48B), (0x48D, 0x48D), (0x48F, 0x48F), (0x491, 0x491),
    (0x493, 0x493), (0x495, 0x495), (0x497, 0x497), (0x499, 0x499), (0x49B, 0x49B),
    (0x49D, 0x49D), (0x49F, 0x49F), (0x4A1, 0x4A1), (0x4A3, 0x4A3), (0x4A5, 0x4A5),
    (0x4A7, 0x4A7), (0x4A9, 0x4A9), (0x4AB, 0x4AB), (0x4AD, 0x4AD), (0x4AF, 0x4AF),
    (0x4B1, 0x4B1), (0x4B3, 0x4B3), (0x4B5, 0x4B5), (0x4B7, 0x4B7), (0x4B9, 0x4B9),
    (0x4BB, 0x4BB), (0x4BD, 0x4BD), (0x4BF, 0x4BF), (0x4C2, 0x4C2), (0x4C4, 0x4C4),
    (0x4C6, 0x4C6), (0x4C8, 0x4C8), (0x4CA, 0x4CA), (0x4CC, 0x4CC), (0x4CE, 0x4CF),
    (0x4D1, 0x4D1), (0x4D3, 0x4D3), (0x4D5, 0x4D5), (0x4D7, 0x4D7), (0x4D9, 0x4D9),
    (0x4DB, 0x4DB), (0x4DD, 0x4DD), (0x4DF, 0x4DF), (0x4E1, 0x4E1), (0x4E3, 0x4E3),
    (0x4E5, 0x4E5), (0x4E7, 0x4E7), (0x4E9, 0x4E9), (0x4EB, 0x4EB), (0x4ED, 0x4ED),
    (0x4EF, 0x4EF), (0x4F1, 0x4F1), (0x4F3, 0x4F3), (0x4F5, 0x4F5), (0x4F7, 0x4F7),
    (0x4F9, 0x4F9), (0x4FB, 0x4FB), (0x4FD, 0x4FD), (0x4FF, 0x4FF), (0x501, 0x501),
    (0x503, 0x503), (0x505, 0x505), (0x507, 0x507), (0x509, 0x509), (0x50B, 0x50B),
    (0x50D, 0x50D), (0x50F, 0x50F), (0x511, 0x511), (0x513, 0x513), (0x515, 0x515),
    (0x517, 0x517), (0x519, 0x519), (0x51B, 0x51B), (0x51D, 0x51D), (0x51F, 0x51F),
    (0x521, 0x521), (0x523, 0x523), (0x525, 0x525), (0x527, 0x527), (0x529, 0x529),
    (0x52B, 0x52B), (0x52D, 0x52D), (0x52F, 0x52F), (0x560, 0x588), (0x10D0, 0x10FA),
    (0x10FD, 0x10FF), (0x13F8, 0x13FD), (0x1C80, 0x1C88), (0x1D00, 0x1DBF), (0x1E01, 0x1E01),
    (0x1E03, 0x1E03), (0x1E05, 0x1E05), (0x1E07, 0x1E07), (0x1E09, 0x1E09), (0x1E0B, 0x1E0B),
    (0x1E0D, 0x1E0D), (0x1E0F, 0x1E0F), (0x1E11, 0x1E11), (0x1E13, 0x1E13), (0x1E15, 0x1E15),
    (0x1E17, 0x1E17), (0x1E19, 0x1E19), (0x1E1B, 0x1E1B), (0x1E1D, 0x1E1D), (0x1E1F, 0x1E1F),
    (0x1E21, 0x1E21), (0x1E23, 0x1E23), (0x1E25, 0x1E25), (0x1E27, 0x1E27), (0x1E29, 0x1E29),
    (0x1E2B, 0x1E2B), (0x1E2D, 0x1E2D), (0x1E2F, 0x1E2F), (0x1E31, 0x1E31), (0x1E33, 0x1E33),
    (0x1E35, 0x1E35), (0x1E37, 0x1E37), (0x1E39, 0x1E39), (0x1E3B, 0x1E3B), (0x1E3D, 0x1E3D),
    (0x1E3F, 0x1E3F), (0x1E41, 0x1E41), (0x1E43, 0x1E43), (0x1E45, 0x1E45), (0x1E47, 0x1E47),
    (0x1E49, 0x1E49), (0x1E4B, 0x1E4B), (0x1E4D, 0x1E4D), (0x1E4F, 0x1E4F), (0x1E51, 0x1E51),
    (0x1E53, 0x1E53), (0x1E55, 0x1E55), (0x1E57, 0x1E57), (0x1E59, 0x1E59), (0x1E5B, 0x1E5B),
    (0x1E5D, 0x1E5D), (0x1E5F, 0x1E5F), (0x1E61, 0x1E61), (0x1E63, 0x1E63), (0x1E65, 0x1E65),
    (0x1E67, 0x1E67), (0x1E69, 0x1E69), (0x1E6B, 0x1E6B), (0x1E6D, 0x1E6D), (0x1E6F, 0x1E6F),
    (0x1E71, 0x1E71), (0x1E73, 0x1E73), (0x1E75, 0x1E75), (0x1E77, 0x1E77), (0x1E79, 0x1E79),
    (0x1E7B, 0x1E7B), (0x1E7D, 0x1E7D), (0x1E7F, 0x1E7F), (0x1E81, 0x1E81), (0x1E83, 0x1E83),
    (0x1E85, 0x1E85), (0x1E87, 0x1E87), (0x1E89, 0x1E89), (0x1E8B, 0x1E8B), (0x1E8D, 0x1E8D),
    (0x1E8F, 0x1E8F), (0x1E91, 0x1E91), (0x1E93, 0x1E93), (0x1E95, 0x1E9D), (0x1E9F, 0x1E9F),
    (0x1EA1, 0x1EA1), (0x1EA3, 0x1EA3), (0x1EA5, 0x1EA5), (0x1EA7, 0x1EA7), (0x1EA9, 0x1EA9),
    (0x1EAB, 0x1EAB), (0x1EAD, 0x1EAD), (0x1EAF, 0x1EAF), (0x1EB1, 0x1EB1), (0x1EB3, 0x1EB3),
    (0x1EB5, 0x1EB5), (0x1EB7, 0x1EB7), (0x1EB9, 0x1EB9), (0x1EBB, 0x1EBB), (0x1EBD, 0x1EBD),
    (0x1EBF, 0x1EBF), (0x1EC1, 0x1EC1), (0x1EC3, 0x1EC3), (0x1EC5, 0x1EC5), (0x1EC7, 0x1EC7),
    (0x1EC9, 0x1EC9), (0x1ECB, 0x1ECB), (0x1ECD, 0x1ECD), (0x1ECF, 0x1ECF), (0x1ED1, 0x1ED1),
    (0x1ED3, 0x1ED3), (0x1ED5, 0x1ED5), (0x1ED7, 0x1ED7), (0x1ED9, 0x1ED9), (0x1EDB, 0x1EDB),
    (0x1EDD, 0x1EDD), (0x1EDF, 0x1EDF), (0x1EE1, 0x1EE1), (0x1EE3, 0x1EE3), (0x1EE5, 0x1EE5),
    (0x1EE7, 0x1EE7), (0x1EE9, 0x1EE9), (0x1EEB, 0x1EEB), (0x1EED, 0x1EED), (0x1EEF, 0x1EEF),
    (0x1EF1, 0x1EF1), (0x1EF3, 0x1EF3), (0x1EF5, 0x1EF5), (0x1EF7, 0x1EF7), (0x1EF9, 0x1EF9),
    (0x1EFB, 0x1EFB), (0x1EFD, 0x1EFD), (0x1EFF, 0x1F07), (0x1F10, 0x1F15), (0x1F20, 0x1F27),
    (0x1F30, 0x1F37), (0x1F40, 0x1F45), (0x1F50, 0x1F57), (0x1F60, 0x1F67), (0x1F70, 0x1F7D),
    (0x1F80, 0x1F87), (0x1F90, 0x1F97), (0x1FA0, 0x1FA7), (0x1FB0, 0x1FB4), (0x1FB6, 0x1FB7),
    (0x1FBE, 0x1FBE), (0x1FC2, 0x1FC4), (0x1FC6, 0x1FC7), (0x1FD0, 0x1FD3), (0x1FD6, 0x1FD7),
    (0x1FE0, 0x1FE7), (0x1FF2, 0x1FF4), (0x1FF6, 0x1FF7), (0x2071, 0x2071), (0x207F, 0x207F),
    (0x2090, 0x209C), (0x210A, 0x210A), (0x210E, 0x210F), (0x2113, 0x2113), (0x212F, 0x212F),
    (0x2134, 0x2134), (0x2139, 0x2139), (0x213C, 0x213D), (0x2146, 0x2149), (0x214E, 0x214E),
    (0x2170, 0x217F), (0x2184, 0x2184), (0x24D0, 0x24E9), (0x2C30, 0x2C5F), (0x2C61, 0x2C61),
    (0x2C65, 0x2C66), (0x2C68, 0x2C68), (0x2C6A, 0x2C6A), (0x2C6C, 0x2C6C), (0x2C71, 0x2C71),
    (0x2C73, 0x2C74), (0x2C76, 0x2C7D), (0x2C81, 0x2C81), (0x2C83, 0x2C83), (0x2C85, 0x2C85),
    (0x2C87, 0x2C87), (0x2C89, 0x2C89), (0x2C8B, 0x2C8B), (0x2C8D, 0x2C8D), (0x2C8F, 0x2C8F),
    (0x2C91, 0x2C91), (0x2C93, 0x2C93), (0x2C95, 0x2C95), (0x2C97, 0x2C97), (0x2C99, 0x2C99),
    (0x2C9B, 0x2C9B), (0x2C9D, 0x2C9D), (0x2C9F, 0x2C9F), (0x2CA1, 0x2CA1), (0x2CA3, 0x2CA3),
    (0x2CA5, 0x2CA5), (0x2CA7, 0x2CA7), (0x2CA9, 0x2CA9), (0x2CAB, 0x2CAB), (0x2CAD, 0x2CAD),
    (0x2CAF, 0x2CAF), (0x2CB1, 0x2CB1), (0x2CB3, 0x2CB3), (0x2CB5, 0x2CB5), (0x2CB7, 0x2CB7),
    (0x2CB9, 0x2CB9), (0x2CBB, 0x2CBB), (0x2CBD, 0x2CBD), (0x2CBF, 0x2CBF), (0x2CC1, 0x2CC1),
    (0x2CC3, 0x2CC3), (0x2CC5, 0x2CC5), (0x2CC7, 0x2CC7), (0x2CC9, 0x2CC9), (0x2CCB, 0x2CCB),
    (0x2CCD, 0x2CCD), (0x2CCF, 0x2CCF), (0x2CD1, 0x2CD1), (0x2CD3, 0x2CD3), (0x2CD5, 0x2CD5),
    (0x2CD7, 0x2CD7), (0x2CD9, 0x2CD9), (0x2CDB, 0x2CDB), (0x2CDD, 0x2CDD), (0x2CDF, 0x2CDF),
    (0x2CE1, 0x2CE1), (0x2CE3, 0x2CE4), (0x2CEC, 0x2CEC), (0x2CEE, 0x2CEE), (0x2CF3, 0x2CF3),
    (0x2D00, 0x2D25), (0x2D27, 0x2D27), (0x2D2D, 0x2D2D), (0xA641, 0xA641), (0xA643, 0xA643),
    (0xA645, 0xA645), (0xA647, 0xA647), (0xA649, 0xA649), (0xA64B, 0xA64B), (0xA64D, 0xA64D),
    (0xA64F, 0xA64F), (0xA651, 0xA651), (0xA653, 0xA653), (0xA655, 0xA655), (0xA657, 0xA657),
    (0xA659, 0xA659), (0xA65B, 0xA65B), (0xA65D, 0xA65D), (0xA65F, 0xA65F), (0xA661, 0xA661),
    (0xA663, 0xA663), (0xA665, 0xA665), (0xA667, 0xA667), (0xA669, 0xA669), (0xA66B, 0xA66B),
    (0xA66D, 0xA66D), (0xA681, 0xA681), (0xA683, 0xA683), (0xA685, 0xA685), (0xA687, 0xA687),
    (0xA689, 0xA689), (0xA68B, 0xA68B), (0xA68D, 0xA68D), (0xA68F, 0xA68F), (0xA691, 0xA691),
    (0xA693, 0xA693), (0xA695, 0xA695), (0xA697, 0xA697), (0xA699, 0xA699), (0xA69B, 0xA69D),
    (0xA723, 0xA723), (0xA725, 0xA725), (0xA727, 0xA727), (0xA729, 0xA729), (0xA72B, 0xA72B),
    (0xA72D, 0xA72D), (0xA72F, 0xA731), (0xA733, 0xA733), (0xA735, 0xA735), (0xA737, 0xA737),
    (0xA739, 0xA739), (0xA73B, 0xA73B), (0xA73D, 0xA73D), (0xA73F, 0xA73F), (0xA741, 0xA741),
    (0xA743, 0xA743), (0xA745, 0xA745), (0xA747, 0xA747), (0xA749, 0xA749), (0xA74B, 0xA74B),
    (0xA74D, 0xA74D), (0xA74F, 0xA74F), (0xA751, 0xA751), (0xA753, 0xA753), (0xA755, 0xA755),
    (0xA757, 0xA757), (0xA759, 0xA759), (0xA75B, 0xA75B), (0xA75D, 0xA75D), (0xA75F, 0xA75F),
    (0xA761, 0xA761), (0xA763, 0xA763), (0xA765, 0xA765), (0xA767, 0xA767), (0xA769, 0xA769),
    (0xA76B, 0xA76B), (0xA76D, 0xA76D), (0xA76F, 0xA778), (0xA77A, 0xA77A), (0xA77C, 0xA77C),
    (0xA77F, 0xA77F), (0xA781, 0xA781), (0xA783, 0xA783), (0xA785, 0xA785), (0xA787, 0xA787),
    (0xA78C, 0xA78C), (0xA78E, 0xA78E), (0xA791, 0xA791), (0xA793, 0xA795), (0xA797, 0xA797),
    (0xA799, 0xA799), (0xA79B, 0xA79B), (0xA79D, 0xA79D), (0xA79F, 0xA79F), (0xA7A1, 0xA7A1),
    (0xA7A3, 0xA7A3), (0xA7A5, 0xA7A5), (0xA7A7, 0xA7A7), (0xA7A9, 0xA7A9), (0xA7AF, 0xA7AF),
    (0xA7B5, 0xA7B5), (0xA7B7, 0xA7B7), (0xA7B9, 0xA7B9), (0xA7BB, 0xA7BB), (0xA7BD, 0xA7BD),
    (0xA7BF, 0xA7BF), (0xA7C1, 0xA7C1), (0xA7C3, 0xA7C3), (0xA7C8, 0xA7C8), (0xA7CA, 0xA7CA),
    (0xA7D1, 0xA7D1), (0xA7D3, 0xA7D3), (0xA7D5, 0xA7D5), (0xA7D7, 0xA7D7), (0xA7D9, 0xA7D9),
    (0xA7F6, 0xA7F6), (0xA7F8, 0xA7FA), (0xAB30, 0xAB5A), (0xAB5C, 0xAB68), (0xAB70, 0xABBF),
    (0xFB00, 0xFB06), (0xFB13, 0xFB17), (0xFF41, 0xFF5A), (0x10428, 0x1044F),
    (0x104D8, 0x104FB), (0x10597, 0x105A1), (0x105A3, 0x105B1), (0x105B3, 0x105B9),
    (0x105BB, 0x105BC), (0x10780, 0x10780), (0x10783, 0x10785), (0x10787, 0x107B0),
    (0x107B2, 0x107BA), (0x10CC0, 0x10CF2), (0x118C0, 0x118DF), (0x16E60, 0x16E7F),
    (0x1D41A, 0x1D433), (0x1D44E, 0x1D454), (0x1D456, 0x1D467), (0x1D482, 0x1D49B),
    (0x1D4B6, 0x1D4B9), (0x1D4BB, 0x1D4BB), (0x1D4BD, 0x1D4C3), (0x1D4C5, 0x1D4CF),
    (0x1D4EA, 0x1D503), (0x1D51E, 0x1D537), (0x1D552, 0x1D56B), (0x1D586, 0x1D59F),
    (0x1D5BA, 0x1D5D3), (0x1D5EE, 0x1D607), (0x1D622, 0x1D63B), (0x1D656, 0x1D66F),
    (0x1D68A, 0x1D6A5), (0x1D6C2, 0x1D6DA), (0x1D6DC, 0x1D6E1), (0x1D6FC, 0x1D714),
    (0x1D716, 0x1D71B), (0x1D736, 0x1D74E), (0x1D750, 0x1D755), (0x1D770, 0x1D788),
    (0x1D78A, 0x1D78F), (0x1D7AA, 0x1D7C2), (0x1D7C4, 0x1D7C9), (0x1D7CB, 0x1D7CB),
    (0x1DF00, 0x1DF09), (0x1DF0B, 0x1DF1E), (0x1E922, 0x1E943),
];

/// Category Lt (CPython's `Py_UNICODE_ISTITLE`).
#[rustfmt::skip]
const TITLE: &[(u32, u32)] = &[
    (0x1C5, 0x1C5), (0x1C8, 0x1C8), (0x1CB, 0x1CB), (0x1F2, 0x1F2), (0x1F88, 0x1F8F),
    (0x1F98, 0x1F9F), (0x1FA8, 0x1FAF), (0x1FBC, 0x1FBC), (0x1FCC, 0x1FCC), (0x1FFC, 0x1FFC),
];

/// Derived property Cased.
#[rustfmt::skip]
const CASED: &[(u32, u32)] = &[
    (0x41, 0x5A), (0x61, 0x7A), (0xAA, 0xAA), (0xB5, 0xB5), (0xBA, 0xBA), (0xC0, 0xD6),
    (0xD8, 0xF6), (0xF8, 0x1BA), (0x1BC, 0x1BF), (0x1C4, 0x293), (0x295, 0x2B8), (0x2C0, 0x2C1),
    (0x2E0, 0x2E4), (0x345, 0x345), (0x370, 0x373), (0x376, 0x377), (0x37A, 0x37D),
    (0x37F, 0x37F), (0x386, 0x386), (0x388, 0x38A), (0x38C, 0x38C), (0x38E, 0x3A1),
    (0x3A3, 0x3F5), (0x3F7, 0x481), (0x48A, 0x52F), (0x531, 0x556), (0x560, 0x588),
    (0x10A0, 0x10C5), (0x10C7, 0x10C7), (0x10CD, 0x10CD), (0x10D0, 0x10FA), (0x10FD, 0x10FF),
    (0x13A0, 0x13F5), (0x13F8, 0x13FD), (0x1C80, 0x1C88), (0x1C90, 0x1CBA), (0x1CBD, 0x1CBF),
    (0x1D00, 0x1DBF), (0x1E00, 0x1F15), (0x1F18, 0x1F1D), (0x1F20, 0x1F45), (0x1F48, 0x1F4D),
    (0x1F50, 0x1F57), (0x1F59, 0x1F59), (0x1F5B, 0x1F5B), (0x1F5D, 0x1F5D), (0x1F5F, 0x1F7D),
    (0x1F80, 0x1FB4), (0x1FB6, 0x1FBC), (0x1FBE, 0x1FBE), (0x1FC2, 0x1FC4), (0x1FC6, 0x1FCC),
    (0x1FD0, 0x1FD3), (0x1FD6, 0x1FDB), (0x1FE0, 0x1FEC), (0x1FF2, 0x1FF4), (0x1FF6, 0x1FFC),
    (0x2071, 0x2071), (0x207F, 0x207F), (0x2090, 0x209C), (0x2102, 0x2102), (0x2107, 0x2107),
    (0x210A, 0x2113), (0x2115, 0x2115), (0x2119, 0x211D), (0x2124, 0x2124), (0x2126, 0x2126),
    (0x2128, 0x2128), (0x212A, 0x212D), (0x212F, 0x2134), (0x2139, 0x2139), (0x213C, 0x213F),
    (0x2145, 0x2149), (0x214E, 0x214E), (0x2160, 0x217F), (0x2183, 0x2184), (0x24B6, 0x24E9),
    (0x2C00, 0x2CE4), (0x2CEB, 0x2CEE), (0x2CF2, 0x2CF3), (0x2D00, 0x2D25), (0x2D27, 0x2D27),
    (0x2D2D, 0x2D2D), (0xA640, 0xA66D), (0xA680, 0xA69D), (0xA722, 0xA787), (0xA78B, 0xA78E),
    (0xA790, 0xA7CA), (0xA7D0, 0xA7D1), (0xA7D3, 0xA7D3), (0xA7D5, 0xA7D9), (0xA7F5, 0xA7F6),
    (0xA7F8, 0xA7FA), (0xAB30, 0xAB5A), (0xAB5C, 0xAB68), (0xAB70, 0xABBF), (0xFB00, 0xFB06),
    (0xFB13, 0xFB17), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A), (0x10400, 0x1044F),
    (0x104B0, 0x104D3), (0x104D8, 0x104FB), (0x10570, 0x1057A), (0x1057C, 0x1058A),
    (0x1058C, 0x10592), (0x10594, 0x10595), (0x10597, 0x105A1), (0x105A3, 0x105B1),
    (0x105B3, 0x105B9), (0x105BB, 0x105BC), (0x10780, 0x10780), (0x10783, 0x10785),
    (0x10787, 0x107B0), (0x107B2, 0x107BA), (0x10C80, 0x10CB2), (0x10CC0, 0x10CF2),
    (0x118A0, 0x118DF), (0x16E40, 0x16E7F), (0x1D400, 0x1D454), (0x1D456, 0x1D49C),
    (0x1D49E, 0x1D49F), (0x1D4A2, 0x1D4A2), (0x1D4A5, 0x1D4A6), (0x1D4A9, 0x1D4AC),
    (0x1D4AE, 0x1D4B9), (0x1D4BB, 0x1D4BB), (0x1D4BD, 0x1D4C3), (0x1D4C5, 0x1D505),
    (0x1D507, 0x1D50A), (0x1D50D, 0x1D514), (0x1D516, 0x1D51C), (0x1D51E, 0x1D539),
    (0x1D53B, 0x1D53E), (0x1D540, 0x1D544), (0x1D546, 0x1D546), (0x1D54A, 0x1D550),
    (0x1D552, 0x1D6A5), (0x1D6A8, 0x1D6C0), (0x1D6C2, 0x1D6DA), (0x1D6DC, 0x1D6FA),
    (0x1D6FC, 0x1D714), (0x1D716, 0x1D734), (0x1D736, 0x1D74E), (0x1D750, 0x1D76E),
    (0x1D770, 0x1D788), (0x1D78A, 0x1D7A8), (0x1D7AA, 0x1D7C2), (0x1D7C4, 0x1D7CB),
    (0x1DF00, 0x1DF09), (0x1DF0B, 0x1DF1E), (0x1E900, 0x1E943), (0x1F130, 0x1F149),
    (0x1F150, 0x1F169), (0x1F170, 0x1F189),
];

/// Derived property Case_Ignorable (for the final-sigma rule).
#[rustfmt::skip]
const CASE_IGNORABLE: &[(u32, u32)] = &[
    (0x27, 0x27), (0x2E, 0x2E), (0x3A, 0x3A), (0x5E, 0x5E), (0x60, 0x60), (0xA8, 0xA8),
    (0xAD, 0xAD), (0xAF, 0xAF), (0xB4, 0xB4), (0xB7, 0xB8), (0x2B0, 0x36F), (0x374, 0x375),
    (0x37A, 0x37A), (0x384, 0x385), (0x387, 0x387), (0x483, 0x489), (0x559, 0x559),
    (0x55F, 0x55F), (0x591, 0x5BD), (0x5BF, 0x5BF), (0x5C1, 0x5C2), (0x5C4, 0x5C5),
    (0x5C7, 0x5C7), (0x5F4, 0x5F4), (0x600, 0x605), (0x610, 0x61A), (0x61C, 0x61C),
    (0x640, 0x640), (0x64B, 0x65F), (0x670, 0x670), (0x6D6, 0x6DD), (0x6DF, 0x6E8),
    (0x6EA, 0x6ED), (0x70F, 0x70F), (0x711, 0x711), (0x730, 0x74A), (0x7A6, 0x7B0),
    (0x7EB, 0x7F5), (0x7FA, 0x7FA), (0x7FD, 0x7FD), (0x816, 0x82D), (0x859, 0x85B),
    (0x888, 0x888), (0x890, 0x891), (0x898, 0x89F), (0x8C9, 0x902), (0x93A, 0x93A),
    (0x93C, 0x93C), (0x941, 0x948), (0x94D, 0x94D), (0x951, 0x957), (0x962, 0x963),
    (0x971, 0x971), (0x981, 0x981), (0x9BC, 0x9BC), (0x9C1, 0x9C4), (0x9CD, 0x9CD),
    (0x9E2, 0x9E3), (0x9FE, 0x9FE), (0xA01, 0xA02), (0xA3C, 0xA3C), (0xA41, 0xA42),
    (0xA47, 0xA48), (0xA4B, 0xA4D), (0xA51, 0xA51), (0xA70, 0xA71), (0xA75, 0xA75),
    (0xA81, 0xA82), (0xABC, 0xABC), (0xAC1, 0xAC5), (0xAC7, 0xAC8), (0xACD, 0xACD),
    (0xAE2, 0xAE3), (0xAFA, 0xAFF), (0xB01, 0xB01), (0xB3C, 0xB3C), (0xB3F, 0xB3F),
    (0xB41, 0xB44), (0xB4D, 0xB4D), (0xB55, 0xB56), (0xB62, 0xB63), (0xB82, 0xB82),
    (0xBC0, 0xBC0), (0xBCD, 0xBCD), (0xC00, 0xC00), (0xC04, 0xC04), (0xC3C, 0xC3C),
    (0xC3E, 0xC40), (0xC46, 0xC48), (0xC4A, 0xC4D), (0xC55, 0xC56), (0xC62, 0xC63),
    (0xC81, 0xC81), (0xCBC, 0xCBC), (0xCBF, 0xCBF), (0xCC6, 0xCC6), (0xCCC, 0xCCD),
    (0xCE2, 0xCE3), (0xD00, 0xD01), (0xD3B, 0xD3C), (0xD41, 0xD44), (0xD4D, 0xD4D),
    (0xD62, 0xD63), (0xD81, 0xD81), (0xDCA, 0xDCA), (0xDD2, 0xDD4), (0xDD6, 0xDD6),
    (0xE31, 0xE31), (0xE34, 0xE3A), (0xE46, 0xE4E), (0xEB1, 0xEB1), (0xEB4, 0xEBC),
    (0xEC6, 0xEC6), (0xEC8, 0xECD), (0xF18, 0xF19), (0xF35, 0xF35), (0xF37, 0xF37),
    (0xF39, 0xF39), (0xF71, 0xF7E), (0xF80, 0xF84), (0xF86, 0xF87), (0xF8D, 0xF97),
    (0xF99, 0xFBC), (0xFC6, 0xFC6), (0x102D, 0x1030), (0x1032, 0x1037), (0x1039, 0x103A),
    (0x103D, 0x103E), (0x1058, 0x1059), (0x105E, 0x1060), (0x1071, 0x1074), (0x1082, 0x1082),
    (0x1085, 0x1086), (0x108D, 0x108D), (0x109D, 0x109D), (0x10FC, 0x10FC), (0x135D, 0x135F),
    (0x1712, 0x1714), (0x1732, 0x1733), (0x1752, 0x1753), (0x1772, 0x1773), (0x17B4, 0x17B5),
    (0x17B7, 0x17BD), (0x17C6, 0x17C6), (0x17C9, 0x17D3), (0x17D7, 0x17D7), (0x17DD, 0x17DD),
    (0x180B, 0x180F), (0x1843, 0x1843), (0x1885, 0x1886), (0x18A9, 0x18A9), (0x1920, 0x1922),
    (0x1927, 0x1928), (0x1932, 0x1932), (0x1939, 0x193B), (0x1A17, 0x1A18), (0x1A1B, 0x1A1B),
    (0x1A56, 0x1A56), (0x1A58, 0x1A5E), (0x1A60, 0x1A60), (0x1A62, 0x1A62), (0x1A65, 0x1A6C),
    (0x1A73, 0x1A7C), (0x1A7F, 0x1A7F), (0x1AA7, 0x1AA7), (0x1AB0, 0x1ACE), (0x1B00, 0x1B03),
    (0x1B34, 0x1B34), (0x1B36, 0x1B3A), (0x1B3C, 0x1B3C), (0x1B42, 0x1B42), (0x1B6B, 0x1B73),
    (0x1B80, 0x1B81), (0x1BA2, 0x1BA5), (0x1BA8, 0x1BA9), (0x1BAB, 0x1BAD), (0x1BE6, 0x1BE6),
    (0x1BE8, 0x1BE9), (0x1BED, 0x1BED), (0x1BEF, 0x1BF1), (0x1C2C, 0x1C33), (0x1C36, 0x1C37),
    (0x1C78, 0x1C7D), (0x1CD0, 0x1CD2), (0x1CD4, 0x1CE0), (0x1CE2, 0x1CE8), (0x1CED, 0x1CED),
    (0x1CF4, 0x1CF4), (0x1CF8, 0x1CF9), (0x1D2C, 0x1D6A), (0x1D78, 0x1D78), (0x1D9B, 0x1DFF),
    (0x1FBD, 0x1FBD), (0x1FBF, 0x1FC1), (0x1FCD, 0x1FCF), (0x1FDD, 0x1FDF), (0x1FED, 0x1FEF),
    (0x1FFD, 0x1FFE), (0x200B, 0x200F), (0x2018, 0x2019), (0x2024, 0x2024), (0x2027, 0x2027),
    (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F), (0x2071, 0x2071), (0x207F, 0x207F),
    (0x2090, 0x209C), (0x20D0, 0x20F0), (0x2C7C, 0x2C7D), (0x2CEF, 0x2CF1), (0x2D6F, 0x2D6F),
    (0x2D7F, 0x2D7F), (0x2DE0, 0x2DFF), (0x2E2F, 0x2E2F), (0x3005, 0x3005), (0x302A, 0x302D),
    (0x3031, 0x3035), (0x303B, 0x303B), (0x3099, 0x309E), (0x30FC, 0x30FE), (0xA015, 0xA015),
    (0xA4F8, 0xA4FD), (0xA60C, 0xA60C), (0xA66F, 0xA672), (0xA674, 0xA67D), (0xA67F, 0xA67F),
    (0xA69C, 0xA69F), (0xA6F0, 0xA6F1), (0xA700, 0xA721), (0xA770, 0xA770), (0xA788, 0xA78A),
    (0xA7F2, 0xA7F4), (0xA7F8, 0xA7F9), (0xA802, 0xA802), (0xA806, 0xA806), (0xA80B, 0xA80B),
    (0xA825, 0xA826), (0xA82C, 0xA82C), (0xA8C4, 0xA8C5), (0xA8E0, 0xA8F1), (0xA8FF, 0xA8FF),
    (0xA926, 0xA92D), (0xA947, 0xA951), (0xA980, 0xA982), (0xA9B3, 0xA9B3), (0xA9B6, 0xA9B9),
    (0xA9BC, 0xA9BD), (0xA9CF, 0xA9CF), (0xA9E5, 0xA9E6), (0xAA29, 0xAA2E), (0xAA31, 0xAA32),
    (0xAA35, 0xAA36), (0xAA43, 0xAA43), (0xAA4C, 0xAA4C), (0xAA70, 0xAA70), (0xAA7C, 0xAA7C),
    (0xAAB0, 0xAAB0), (0xAAB2, 0xAAB4), (0xAAB7, 0xAAB8), (0xAABE, 0xAABF), (0xAAC1, 0xAAC1),
    (0xAADD, 0xAADD), (0xAAEC, 0xAAED), (0xAAF3, 0xAAF4), (0xAAF6, 0xAAF6), (0xAB5B, 0xAB5F),
    (0xAB69, 0xAB6B), (0xABE5, 0xABE5), (0xABE8, 0xABE8), (0xABED, 0xABED), (0xFB1E, 0xFB1E),
    (0xFBB2, 0xFBC2), (0xFE00, 0xFE0F), (0xFE13, 0xFE13), (0xFE20, 0xFE2F), (0xFE52, 0xFE52),
    (0xFE55, 0xFE55), (0xFEFF, 0xFEFF), (0xFF07, 0xFF07), (0xFF0E, 0xFF0E), (0xFF1A, 0xFF1A),
    (0xFF3E, 0xFF3E), (0xFF40, 0xFF40), (0xFF70, 0xFF70), (0xFF9E, 0xFF9F), (0xFFE3, 0xFFE3),
    (0xFFF9, 0xFFFB), (0x101FD, 0x101FD), (0x102E0, 0x102E0), (0x10376, 0x1037A),
    (0x10780, 0x10785), (0x10787, 0x107B0), (0x107B2, 0x107BA), (0x10A01, 0x10A03),
    (0x10A05, 0x10A06), (0x10A0C, 0x10A0F), (0x10A38, 0x10A3A), (0x10A3F, 0x10A3F),
    (0x10AE5, 0x10AE6), (0x10D24, 0x10D27), (0x10EAB, 0x10EAC), (0x10F46, 0x10F50),
    (0x10F82, 0x10F85), (0x11001, 0x11001), (0x11038, 0x11046), (0x11070, 0x11070),
    (0x11073, 0x11074), (0x1107F, 0x11081), (0x110B3, 0x110B6), (0x110B9, 0x110BA),
    (0x110BD, 0x110BD), (0x110C2, 0x110C2), (0x110CD, 0x110CD), (0x11100, 0x11102),
    (0x11127, 0x1112B), (0x1112D, 0x11134), (0x11173, 0x11173), (0x11180, 0x11181),
    (0x111B6, 0x111BE), (0x111C9, 0x111CC), (0x111CF, 0x111CF), (0x1122F, 0x11231),
    (0x11234, 0x11234), (0x11236, 0x11237), (0x1123E, 0x1123E), (0x112DF, 0x112DF),
    (0x112E3, 0x112EA), (0x11300, 0x11301), (0x1133B, 0x1133C), (0x11340, 0x11340),
    (0x11366, 0x1136C), (0x11370, 0x11374), (0x11438, 0x1143F), (0x11442, 0x11444),
    (0x11446, 0x11446), (0x1145E, 0x1145E), (0x114B3, 0x114B8), (0x114BA, 0x114BA),
    (0x114BF, 0x114C0), (0x114C2, 0x114C3), (0x115B2, 0x115B5), (0x115BC, 0x115BD),
    (0x115BF, 0x115C0), (0x115DC, 0x115DD), (0x11633, 0x1163A), (0x1163D, 0x1163D),
    (0x1163F, 0x11640), (0x116AB, 0x116AB), (0x116AD, 0x116AD), (0x116B0, 0x116B5),
    (0x116B7, 0x116B7), (0x1171D, 0x1171F), (0x11722, 0x11725), (0x11727, 0x1172B),
    (0x1182F, 0x11837), (0x11839, 0x1183A), (0x1193B, 0x1193C), (0x1193E, 0x1193E),
    (0x11943, 0x11943), (0x119D4, 0x119D7), (0x119DA, 0x119DB), (0x119E0, 0x119E0),
    (0x11A01, 0x11A0A), (0x11A33, 0x11A38), (0x11A3B, 0x11A3E), (0x11A47, 0x11A47),
    (0x11A51, 0x11A56), (0x11A59, 0x11A5B), (0x11A8A, 0x11A96), (0x11A98, 0x11A99),
    (0x11C30, 0x11C36), (0x11C38, 0x11C3D), (0x11C3F, 0x11C3F), (0x11C92, 0x11CA7),
    (0x11CAA, 0x11CB0), (0x11CB2, 0x11CB3), (0x11CB5, 0x11CB6), (0x11D31, 0x11D36),
    (0x11D3A, 0x11D3A), (0x11D3C, 0x11D3D), (0x11D3F, 0x11D45), (0x11D47, 0x11D47),
    (0x11D90, 0x11D91), (0x11D95, 0x11D95), (0x11D97, 0x11D97), (0x11EF3, 0x11EF4),
    (0x13430, 0x13438), (0x16AF0, 0x16AF4), (0x16B30, 0x16B36), (0x16B40, 0x16B43),
    (0x16F4F, 0x16F4F), (0x16F8F, 0x16F9F), (0x16FE0, 0x16FE1), (0x16FE3, 0x16FE4),
    (0x1AFF0, 0x1AFF3), (0x1AFF5, 0x1AFFB), (0x1AFFD, 0x1AFFE), (0x1BC9D, 0x1BC9E),
    (0x1BCA0, 0x1BCA3), (0x1CF00, 0x1CF2D), (0x1CF30, 0x1CF46), (0x1D167, 0x1D169),
    (0x1D173, 0x1D182), (0x1D185, 0x1D18B), (0x1D1AA, 0x1D1AD), (0x1D242, 0x1D244),
    (0x1DA00, 0x1DA36), (0x1DA3B, 0x1DA6C), (0x1DA75, 0x1DA75), (0x1DA84, 0x1DA84),
    (0x1DA9B, 0x1DA9F), (0x1DAA1, 0x1DAAF), (0x1E000, 0x1E006), (0x1E008, 0x1E018),
    (0x1E01B, 0x1E021), (0x1E023, 0x1E024), (0x1E026, 0x1E02A), (0x1E130, 0x1E13D),
    (0x1E2AE, 0x1E2AE), (0x1E2EC, 0x1E2EF), (0x1E8D0, 0x1E8D6), (0x1E944, 0x1E94B),
    (0x1F3FB, 0x1F3FF), (0xE0001, 0xE0001), (0xE0020, 0xE007F), (0xE0100, 0xE01EF),
];

/// Characters that may start an identifier (XID_Start plus `_`).
#[rustfmt::skip]
const XID_START: &[(u32, u32)] = &[
    (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A), (0xAA, 0xAA), (0xB5, 0xB5), (0xBA, 0xBA),
    (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x2C1), (0x2C6, 0x2D1), (0x2E0, 0x2E4), (0x2EC, 0x2EC),
    (0x2EE, 0x2EE), (0x370, 0x374), (0x376, 0x377), (0x37B, 0x37D), (0x37F, 0x37F),
    (0x386, 0x386), (0x388, 0x38A), (0x38C, 0x38C), (0x38E, 0x3A1), (0x3A3, 0x3F5),
    (0x3F7, 0x481), (0x48A, 0x52F), (0x531, 0x556), (0x559, 0x559), (0x560, 0x588),
    (0x5D0, 0x5EA), (0x5EF, 0x5F2), (0x620, 0x64A), (0x66E, 0x66F), (0x671, 0x6D3),
    (0x6D5, 0x6D5), (0x6E5, 0x6E6), (0x6EE, 0x6EF), (0x6FA, 0x6FC), (0x6FF, 0x6FF),
    (0x710, 0x710), (0x712, 0x72F), (0x74D, 0x7A5), (0x7B1, 0x7B1), (0x7CA, 0x7EA),
    (0x7F4, 0x7F5), (0x7FA, 0x7FA), (0x800, 0x815), (0x81A, 0x81A), (0x824, 0x824),
    (0x828, 0x828), (0x840, 0x858), (0x860, 0x86A), (0x870, 0x887), (0x889, 0x88E),
    (0x8A0, 0x8C9), (0x904, 0x939), (0x93D, 0x93D), (0x950, 0x950), (0x958, 0x961),
    (0x971, 0x980), (0x985, 0x98C), (0x98F, 0x990), (0x993, 0x9A8), (0x9AA, 0x9B0),
    (0x9B2, 0x9B2), (0x9B6, 0x9B9), (0x9BD, 0x9BD), (0x9CE, 0x9CE), (0x9DC, 0x9DD),
    (0x9DF, 0x9E1), (0x9F0, 0x9F1), (0x9FC, 0x9FC), (0xA05, 0xA0A), (0xA0F, 0xA10),
    (0xA13, 0xA28), (0xA2A, 0xA30), (0xA32, 0xA33), (0xA35, 0xA36), (0xA38, 0xA39),
    (0xA59, 0xA5C), (0xA5E, 0xA5E), (0xA72, 0xA74), (0xA85, 0xA8D), (0xA8F, 0xA91),
    (0xA93, 0xAA8), (0xAAA, 0xAB0), (0xAB2, 0xAB3), (0xAB5, 0xAB9), (0xABD, 0xABD),
    (0xAD0, 0xAD0), (0xAE0, 0xAE1), (0xAF9, 0xAF9), (0xB05, 0xB0C), (0xB0F, 0xB10),
    (0xB13, 0xB28), (0xB2A, 0xB30), (0xB32, 0xB33), (0xB35, 0xB39), (0xB3D, 0xB3D),
    (0xB5C, 0xB5D), (0xB5F, 0xB61), (0xB71, 0xB71), (0xB83, 0xB83), (0xB85, 0xB8A),
    (0xB8E, 0xB90), (0xB92, 0xB95), (0xB99, 0xB9A), (0xB9C, 0xB9C), (0xB9E, 0xB9F),
    (0xBA3, 0xBA4), (0xBA8, 0xBAA), (0xBAE, 0xBB9), (0xBD0, 0xBD0), (0xC05, 0xC0C),
    (0xC0E, 0xC10), (0xC12, 0xC28), (0xC2A, 0xC39), (0xC3D, 0xC3D), (0xC58, 0xC5A),
    (0xC5D, 0xC5D), (0xC60, 0xC61), (0xC80, 0xC80), (0xC85, 0xC8C), (0xC8E, 0xC90),
    (0xC92, 0xCA8), (0xCAA, 0xCB3), (0xCB5, 0xCB9), (0xCBD, 0xCBD), (0xCDD, 0xCDE),
    (0xCE0, 0xCE1), (0xCF1, 0xCF2), (0xD04, 0xD0C), (0xD0E, 0xD10), (0xD12, 0xD3A),
    (0xD3D, 0xD3D), (0xD4E, 0xD4E), (0xD54, 0xD56), (0xD5F, 0xD61), (0xD7A, 0xD7F),
    (0xD85, 0xD96), (0xD9A, 0xDB1), (0xDB3, 0xDBB), (0xDBD, 0xDBD), (0xDC0, 0xDC6),
    (0xE01, 0xE30), (0xE32, 0xE32), (0xE40, 0xE46), (0xE81, 0xE82), (0xE84, 0xE84),
    (0xE86, 0xE8A), (0xE8C, 0xEA3), (0xEA5, 0xEA5), (0xEA7, 0xEB0), (0xEB2, 0xEB2),
    (0xEBD, 0xEBD), (0xEC0, 0xEC4), (0xEC6, 0xEC6), (0xEDC, 0xEDF), (0xF00, 0xF00),
    (0xF40, 0xF47), (0xF49, 0xF6C), (0xF88, 0xF8C), (0x1000, 0x102A), (0x103F, 0x103F),
    (0x1050, 0x1055), (0x105A, 0x105D), (0x1061, 0x1061), (0x1065, 0x1066), (0x106E, 0x1070),
    (0x1075, 0x1081), (0x108E, 0x108E), (0x10A0, 0x10C5), (0x10C7, 0x10C7), (0x10CD, 0x10CD),
    (0x10D0, 0x10FA), (0x10FC, 0x1248), (0x124A, 0x124D), (0x1250, 0x1256), (0x1258, 0x1258),
    (0x125A, 0x125D), (0x1260, 0x1288), (0x128A, 0x128D), (0x1290, 0x12B0), (0x12B2, 0x12B5),
    (0x12B8, 0x12BE), (0x12C0, 0x12C0), (0x12C2, 0x12C5), (0x12C8, 0x12D6), (0x12D8, 0x1310),
    (0x1312, 0x1315), (0x1318, 0x135A), (0x1380, 0x138F), (0x13A0, 0x13F5), (0x13F8, 0x13FD),
    (0x1401, 0x166C), (0x166F, 0x167F), (0x1681, 0x169A), (0x16A0, 0x16EA), (0x16EE, 0x16F8),
    (0x1700, 0x1711), (0x171F, 0x1731), (0x1740, 0x1751), (0x1760, 0x176C), (0x176E, 0x1770),
    (0x1780, 0x17B3), (0x17D7, 0x17D7), (0x17DC, 0x17DC), (0x1820, 0x1878), (0x1880, 0x18A8),
    (0x18AA, 0x18AA), (0x18B0, 0x18F5), (0x1900, 0x191E), (0x1950, 0x196D), (0x1970, 0x1974),
    (0x1980, 0x19AB), (0x19B0, 0x19C9), (0x1A00, 0x1A16), (0x1A20, 0x1A54), (0x1AA7, 0x1AA7),
    (0x1B05, 0x1B33), (0x1B45, 0x1B4C), (0x1B83, 0x1BA0), (0x1BAE, 0x1BAF), (0x1BBA, 0x1BE5),
    (0x1C00, 0x1C23), (0x1C4D, 0x1C4F), (0x1C5A, 0x1C7D), (0x1C80, 0x1C88), (0x1C90, 0x1CBA),
    (0x1CBD, 0x1CBF), (0x1CE9, 0x1CEC), (0x1CEE, 0x1CF3), (0x1CF5, 0x1CF6), (0x1CFA, 0x1CFA),
    (0x1D00, 0x1DBF), (0x1E00, 0x1F15), (0x1F18, 0x1F1D), (0x1F20, 0x1F45), (0x1F48, 0x1F4D),
    (0x1F50, 0x1F57), (0x1F59, 0x1F59), (0x1F5B, 0x1F5B), (0x1F5D, 0x1F5D), (0x1F5F, 0x1F7D),
    (0x1F80, 0x1FB4), (0x1FB6, 0x1FBC), (0x1FBE, 0x1FBE), (0x1FC2, 0x1FC4), (0x1FC6, 0x1FCC),
    (0x1FD0, 0x1FD3), (0x1FD6, 0x1FDB), (0x1FE0, 0x1FEC), (0x1FF2, 0x1FF4), (0x1FF6, 0x1FFC),
    (0x2071, 0x2071), (0x207F, 0x207F), (0x2090, 0x209C), (0x2102, 0x2102), (0x2107, 0x2107),
    (0x210A, 0x2113), (0x2115, 0x2115), (0x2118, 0x211D), (0x2124, 0x2124), (0x2126, 0x2126),
    (0x2128, 0x2128), (0x212A, 0x2139), (0x213C, 0x213F), (0x2145, 0x2149), (0x214E, 0x214E),
    (0x2160, 0x2188), (0x2C00, 0x2CE4), (0x2CEB, 0x2CEE), (0x2CF2, 0x2CF3), (0x2D00, 0x2D25),
    (0x2D27, 0x2D27), (0x2D2D, 0x2D2D), (0x2D30, 0x2D67), (0x2D6F, 0x2D6F), (0x2D80, 0x2D96),
    (0x2DA0, 0x2DA6), (0x2DA8, 0x2DAE), (0x2DB0, 0x2DB6), (0x2DB8, 0x2DBE), (0x2DC0, 0x2DC6),
    (0x2DC8, 0x2DCE), (0x2DD0, 0x2DD6), (0x2DD8, 0x2DDE), (0x3005, 0x3007), (0x3021, 0x3029),
    (0x3031, 0x3035), (0x3038, 0x303C), (0x3041, 0x3096), (0x309D, 0x309F), (0x30A1, 0x30FA),
    (0x30FC, 0x30FF), (0x3105, 0x312F), (0x3131, 0x318E), (0x31A0, 0x31BF), (0x31F0, 0x31FF),
    (0x3400, 0x4DBF), (0x4E00, 0xA48C), (0xA4D0, 0xA4FD), (0xA500, 0xA60C), (0xA610, 0xA61F),
    (0xA62A, 0xA62B), (0xA640, 0xA66E), (0xA67F, 0xA69D), (0xA6A0, 0xA6EF), (0xA717, 0xA71F),
    (0xA722, 0xA788), (0xA78B, 0xA7CA), (0xA7D0, 0xA7D1), (0xA7D3, 0xA7D3), (0xA7D5, 0xA7D9),
    (0xA7F2, 0xA801), (0xA803, 0xA805), (0xA807, 0xA80A), (0xA80C, 0xA822), (0xA840, 0xA873),
    (0xA882, 0xA8B3), (0xA8F2, 0xA8F7), (0xA8FB, 0xA8FB), (0xA8FD, 0xA8FE), (0xA90A, 0xA925),
    (0xA930, 0xA946), (0xA960, 0xA97C), (0xA984, 0xA9B2), (0xA9CF, 0xA9CF), (0xA9E0, 0xA9E4),
    (0xA9E6, 0xA9EF), (0xA9FA, 0xA9FE), (0xAA00, 0xAA28), (0xAA40, 0xAA42), (0xAA44, 0xAA4B),
    (0xAA60, 0xAA76), (0xAA7A, 0xAA7A), (0xAA7E, 0xAAAF), (0xAAB1, 0xAAB1), (0xAAB5, 0xAAB6),
    (0xAAB9, 0xAABD), (0xAAC0, 0xAAC0), (0xAAC2, 0xAAC2), (0xAADB, 0xAADD), (0xAAE0, 0xAAEA),
    (0xAAF2, 0xAAF4), (0xAB01, 0xAB06), (0xAB09, 0xAB0E), (0xAB11, 0xAB16), (0xAB20, 0xAB26),
    (0xAB28, 0xAB2E), (0xAB30, 0xAB5A), (0xAB5C, 0xAB69), (0xAB70, 0xABE2), (0xAC00, 0xD7A3),
    (0xD7B0, 0xD7C6), (0xD7CB, 0xD7FB), (0xF900, 0xFA6D), (0xFA70, 0xFAD9), (0xFB00, 0xFB06),
    (0xFB13, 0xFB17), (0xFB1D, 0xFB1D), (0xFB1F, 0xFB28), (0xFB2A, 0xFB36), (0xFB38, 0xFB3C),
    (0xFB3E, 0xFB3E), (0xFB40, 0xFB41), (0xFB43, 0xFB44), (0xFB46, 0xFBB1), (0xFBD3, 0xFC5D),
    (0xFC64, 0xFD3D), (0xFD50, 0xFD8F), (0xFD92, 0xFDC7), (0xFDF0, 0xFDF9), (0xFE71, 0xFE71),
    (0xFE73, 0xFE73), (0xFE77, 0xFE77), (0xFE79, 0xFE79), (0xFE7B, 0xFE7B), (0xFE7D, 0xFE7D),
    (0xFE7F, 0xFEFC), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A), (0xFF66, 0xFF9D), (0xFFA0, 0xFFBE),
    (0xFFC2, 0xFFC7), (0xFFCA, 0xFFCF), (0xFFD2, 0xFFD7), (0xFFDA, 0xFFDC), (0x10000, 0x1000B),
    (0x1000D, 0x10026), (0x10028, 0x1003A), (0x1003C, 0x1003D), (0x1003F, 0x1004D),
    (0x10050, 0x1005D), (0x10080, 0x100FA), (0x10140, 0x10174), (0x10280, 0x1029C),
    (0x102A0, 0x102D0), (0x10300, 0x1031F), (0x1032D, 0x1034A), (0x10350, 0x10375),
    (0x10380, 0x1039D), (0x103A0, 0x103C3), (0x103C8, 0x103CF), (0x103D1, 0x103D5),
    (0x10400, 0x1049D), (0x104B0, 0x104D3), (0x104D8, 0x104FB), (0x10500, 0x10527),
    (0x10530, 0x10563), (0x10570, 0x1057A), (0x1057C, 0x1058A), (0x1058C, 0x10592),
    (0x10594, 0x10595), (0x10597, 0x105A1), (0x105A3, 0x105B1), (0x105B3, 0x105B9),
    (0x105BB, 0x105BC), (0x10600, 0x10736), (0x10740, 0x10755), (0x10760, 0x10767),
    (0x10780, 0x10785), (0x10787, 0x107B0), (0x107B2, 0x107BA), (0x10800, 0x10805),
    (0x10808, 0x10808), (0x1080A, 0x10835), (0x10837, 0x10838), (0x1083C, 0x1083C),
    (0x1083F, 0x10855), (0x10860, 0x10876), (0x10880, 0x1089E), (0x108E0, 0x108F2),
    (0x108F4, 0x108F5), (0x10900, 0x10915), (0x10920, 0x10939), (0x10980, 0x109B7),
    (0x109BE, 0x109BF), (0x10A00, 0x10A00), (0x10A10, 0x10A13), (0x10A15, 0x10A17),
    (0x10A19, 0x10A35), (0x10A60, 0x10A7C), (0x10A80, 0x10A9C), (0x10AC0, 0x10AC7),
    (0x10AC9, 0x10AE4), (0x10B00, 0x10B35), (0x10B40, 0x10B55), (0x10B60, 0x10B72),
    (0x10B80, 0x10B91), (0x10C00, 0x10C48), (0x10C80, 0x10CB2), (0x10CC0, 0x10CF2),
    (0x10D00, 0x10D23), (0x10E80, 0x10EA9), (0x10EB0, 0x10EB1), (0x10F00, 0x10F1C),
    (0x10F27, 0x10F27), (0x10F30, 0x10F45), (0x10F70, 0x10F81), (0x10FB0, 0x10FC4),
    (0x10FE0, 0x10FF6), (0x11003, 0x11037), (0x11071, 0x11072), (0x11075, 0x11075),
    (0x11083, 0x110AF), (0x110D0, 0x110E8), (0x11103, 0x11126), (0x11144, 0x11144),
    (0x11147, 0x11147), (0x11150, 0x11172), (0x11176, 0x11176), (0x11183, 0x111B2),
    (0x111C1, 0x111C4), (0x111DA, 0x111DA), (0x111DC, 0x111DC), (0x11200, 0x11211),
    (0x11213, 0x1122B), (0x11280, 0x11286), (0x11288, 0x11288), (0x1128A, 0x1128D),
    (0x1128F, 0x1129D), (0x1129F, 0x112A8), (0x112B0, 0x112DE), (0x11305, 0x1130C),
    (0x1130F, 0x11310), (0x11313, 0x11328), (0x1132A, 0x11330), (0x11332, 0x11333),
    (0x11335, 0x11339), (0x1133D, 0x1133D), (0x11350, 0x11350), (0x1135D, 0x11361),
    (0x11400, 0x11434), (0x11447, 0x1144A), (0x1145F, 0x11461), (0x11480, 0x114AF),
    (0x114C4, 0x114C5), (0x114C7, 0x114C7), (0x11580, 0x115AE), (0x115D8, 0x115DB),
    (0x11600, 0x1162F), (0x11644, 0x11644), (0x11680, 0x116AA), (0x116B8, 0x116B8),
    (0x11700, 0x1171A), (0x11740, 0x11746), (0x11800, 0x1182B), (0x118A0, 0x118DF),
    (0x118FF, 0x11906), (0x11909, 0x11909), (0x1190C, 0x11913), (0x11915, 0x11916),
    (0x11918, 0x1192F), (0x1193F, 0x1193F), (0x11941, 0x11941), (0x119A0, 0x119A7),
    (0x119AA, 0x119D0), (0x119E1, 0x119E1), (0x119E3, 0x119E3), (0x11A00, 0x11A00),
    (0x11A0B, 0x11A32), (0x11A3A, 0x11A3A), (0x11A50, 0x11A50), (0x11A5C, 0x11A89),
    (0x11A9D, 0x11A9D), (0x11AB0, 0x11AF8), (0x11C00, 0x11C08), (0x11C0A, 0x11C2E),
    (0x11C40, 0x11C40), (0x11C72, 0x11C8F), (0x11D00, 0x11D06), (0x11D08, 0x11D09),
    (0x11D0B, 0x11D30), (0x11D46, 0x11D46), (0x11D60, 0x11D65), (0x11D67, 0x11D68),
    (0x11D6A, 0x11D89), (0x11D98, 0x11D98), (0x11EE0, 0x11EF2), (0x11FB0, 0x11FB0),
    (0x12000, 0x12399), (0x12400, 0x1246E), (0x12480, 0x12543), (0x12F90, 0x12FF0),
    (0x13000, 0x1342E), (0x14400, 0x14646), (0x16800, 0x16A38), (0x16A40, 0x16A5E),
    (0x16A70, 0x16ABE), (0x16AD0, 0x16AED), (0x16B00, 0x16B2F), (0x16B40, 0x16B43),
    (0x16B63, 0x16B77), (0x16B7D, 0x16B8F), (0x16E40, 0x16E7F), (0x16F00, 0x16F4A),
    (0x16F50, 0x16F50), (0x16F93, 0x16F9F), (0x16FE0, 0x16FE1), (0x16FE3, 0x16FE3),
    (0x17000, 0x187F7), (0x18800, 0x18CD5), (0x18D00, 0x18D08), (0x1AFF0, 0x1AFF3),
    (0x1AFF5, 0x1AFFB), (0x1AFFD, 0x1AFFE), (0x1B000, 0x1B122), (0x1B150, 0x1B152),
    (0x1B164, 0x1B167), (0x1B170, 0x1B2FB), (0x1BC00, 0x1BC6A), (0x1BC70, 0x1BC7C),
    (0x1BC80, 0x1BC88), (0x1BC90, 0x1BC99), (0x1D400, 0x1D454), (0x1D456, 0x1D49C),
    (0x1D49E, 0x1D49F), (0x1D4A2, 0x1D4A2), (0x1D4A5, 0x1D4A6), (0x1D4A9, 0x1D4AC),
    (0x1D4AE, 0x1D4B9), (0x1D4BB, 0x1D4BB), (0x1D4BD, 0x1D4C3), (0x1D4C5, 0x1D505),
    (0x1D507, 0x1D50A), (0x1D50D, 0x1D514), (0x1D516, 0x1D51C), (0x1D51E, 0x1D539),
    (0x1D53B, 0x1D53E), (0x1D540, 0x1D544), (0x1D546, 0x1D546), (0x1D54A, 0x1D550),
    (0x1D552, 0x1D6A5), (0x1D6A8, 0x1D6C0), (0x1D6C2, 0x1D6DA), (0x1D6DC, 0x1D6FA),
    (0x1D6FC, 0x1D714), (0x1D716, 0x1D734), (0x1D736, 0x1D74E), (0x1D750, 0x1D76E),
    (0x1D770, 0x1D788), (0x1D78A, 0x1D7A8), (0x1D7AA, 0x1D7C2), (0x1D7C4, 0x1D7CB),
    (0x1DF00, 0x1DF1E), (0x1E100, 0x1E12C), (0x1E137, 0x1E13D), (0x1E14E, 0x1E14E),
    (0x1E290, 0x1E2AD), (0x1E2C0, 0x1E2EB), (0x1E7E0, 0x1E7E6), (0x1E7E8, 0x1E7EB),
    (0x1E7ED, 0x1E7EE), (0x1E7F0, 0x1E7FE), (0x1E800, 0x1E8C4), (0x1E900, 0x1E943),
    (0x1E94B, 0x1E94B), (0x1EE00, 0x1EE03), (0x1EE05, 0x1EE1F), (0x1EE21, 0x1EE22),
    (0x1EE24, 0x1EE24), (0x1EE27, 0x1EE27), (0x1EE29, 0x1EE32), (0x1EE34, 0x1EE37),
    (0x1EE39, 0x1EE39), (0x1EE3B, 0x1EE3B), (0x1EE42, 0x1EE42), (0x1EE47, 0x1EE47),
    (0x1EE49, 0x1EE49), (0x1EE4B, 0x1EE4B), (0x1EE4D, 0x1EE4F), (0x1EE51, 0x1EE52),
    (0x1EE54, 0x1EE54), (0x1EE57, 0x1EE57), (0x1EE59, 0x1EE59), (0x1EE5B, 0x1EE5B),
    (0x1EE5D, 0x1EE5D), (0x1EE5F, 0x1EE5F), (0x1EE61, 0x1EE62), (0x1EE64, 0x1EE64),
    (0x1EE67, 0x1EE6A), (0x1EE6C, 0x1EE72), (0x1EE74, 0x1EE77), (0x1EE79, 0x1EE7C),
    (0x1EE7E, 0x1EE7E), (0x1EE80, 0x1EE89), (0x1EE8B, 0x1EE9B), (0x1EEA1, 0x1EEA3),
    (0x1EEA5, 0x1EEA9), (0x1EEAB, 0x1EEBB), (0x20000, 0x2A6DF), (0x2A700, 0x2B738),
    (0x2B740, 0x2B81D), (0x2B820, 0x2CEA1), (0x2CEB0, 0x2EBE0), (0x2F800, 0x2FA1D),
    (0x30000, 0x3134A),
];

/// Characters that may continue an identifier (XID_Continue).
#[rustfmt::skip]
const XID_CONTINUE: &[(u32, u32)] = &[
    (0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A), (0xAA, 0xAA), (0xB5, 0xB5),
    (0xB7, 0xB7), (0xBA, 0xBA), (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x2C1), (0x2C6, 0x2D1),
    (0x2E0, 0x2E4), (0x2EC, 0x2EC), (0x2EE, 0x2EE), (0x300, 0x374), (0x376, 0x377),
    (0x37B, 0x37D), (0x37F, 0x37F), (0x386, 0x38A), (0x38C, 0x38C), (0x38E, 0x3A1),
    (0x3A3, 0x3F5), (0x3F7, 0x481), (0x483, 0x487), (0x48A, 0x52F), (0x531, 0x556),
    (0x559, 0x559), (0x560, 0x588), (0x591, 0x5BD), (0x5BF, 0x5BF), (0x5C1, 0x5C2),
    (0x5C4, 0x5C5), (0x5C7, 0x5C7), (0x5D0, 0x5EA), (0x5EF, 0x5F2), (0x610, 0x61A),
    (0x620, 0x669), (0x66E, 0x6D3), (0x6D5, 0x6DC), (0x6DF, 0x6E8), (0x6EA, 0x6FC),
    (0x6FF, 0x6FF), (0x710, 0x74A), (0x74D, 0x7B1), (0x7C0, 0x7F5), (0x7FA, 0x7FA),
    (0x7FD, 0x7FD), (0x800, 0x82D), (0x840, 0x85B), (0x860, 0x86A), (0x870, 0x887),
    (0x889, 0x88E), (0x898, 0x8E1), (0x8E3, 0x963), (0x966, 0x96F), (0x971, 0x983),
    (0x985, 0x98C), (0x98F, 0x990), (0x993, 0x9A8), (0x9AA, 0x9B0), (0x9B2, 0x9B2),
    (0x9B6, 0x9B9), (0x9BC, 0x9C4), (0x9C7, 0x9C8), (0x9CB, 0x9CE), (0x9D7, 0x9D7),
    (0x9DC, 0x9DD), (0x9DF, 0x9E3), (0x9E6, 0x9F1), (0x9FC, 0x9FC), (0x9FE, 0x9FE),
    (0xA01, 0xA03), (0xA05, 0xA0A), (0xA0F, 0xA10), (0xA13, 0xA28), (0xA2A, 0xA30),
    (0xA32, 0xA33), (0xA35, 0xA36), (0xA38, 0xA39), (0xA3C, 0xA3C), (0xA3E, 0xA42),
    (0xA47, 0xA48), (0xA4B, 0xA4D), (0xA51, 0xA51), (0xA59, 0xA5C), (0xA5E, 0xA5E),
    (0xA66, 0xA75), (0xA81, 0xA83), (0xA85, 0xA8D), (0xA8F, 0xA91), (0xA93, 0xAA8),
    (0xAAA, 0xAB0), (0xAB2, 0xAB3), (0xAB5, 0xAB9), (0xABC, 0xAC5), (0xAC7, 0xAC9),
    (0xACB, 0xACD), (0xAD0, 0xAD0), (0xAE0, 0xAE3), (0xAE6, 0xAEF), (0xAF9, 0xAFF),
    (0xB01, 0xB03), (0xB05, 0xB0C), (0xB0F, 0xB10), (0xB13, 0xB28), (0xB2A, 0xB30),
    (0xB32, 0xB33), (0xB35, 0xB39), (0xB3C, 0xB44), (0xB47, 0xB48), (0xB4B, 0xB4D),
    (0xB55, 0xB57), (0xB5C, 0xB5D), (0xB5F, 0xB63), (0xB66, 0xB6F), (0xB71, 0xB71),
    (0xB82, 0xB83), (0xB85, 0xB8A), (0xB8E, 0xB90), (0xB92, 0xB95), (0xB99, 0xB9A),
    (0xB9C, 0xB9C), (0xB9E, 0xB9F), (0xBA3, 0xBA4), (0xBA8, 0xBAA), (0xBAE, 0xBB9),
    (0xBBE, 0xBC2), (0xBC6, 0xBC8), (0xBCA, 0xBCD), (0xBD0, 0xBD0), (0xBD7, 0xBD7),
    (0xBE6, 0xBEF), (0xC00, 0xC0C), (0xC0E, 0xC10), (0xC12, 0xC28), (0xC2A, 0xC39),
    (0xC3C, 0xC44), (0xC46, 0xC48), (0xC4A, 0xC4D), (0xC55, 0xC56), (0xC58, 0xC5A),
    (0xC5D, 0xC5D), (0xC60, 0xC63), (0xC66, 0xC6F), (0xC80, 0xC83), (0xC85, 0xC8C),
    (0xC8E, 0xC90), (0xC92, 0xCA8), (0xCAA, 0xCB3), (0xCB5, 0xCB9), (0xCBC, 0xCC4),
    (0xCC6, 0xCC8), (0xCCA, 0xCCD), (0xCD5, 0xCD6), (0xCDD, 0xCDE), (0xCE0, 0xCE3),
    (0xCE6, 0xCEF), (0xCF1, 0xCF2), (0xD00, 0xD0C), (0xD0E, 0xD10), (0xD12, 0xD44),
    (0xD46, 0xD48), (0xD4A, 0xD4E), (0xD54, 0xD57), (0xD5F, 0xD63), (0xD66, 0xD6F),
    (0xD7A, 0xD7F), (0xD81, 0xD83), (0xD85, 0xD96), (0xD9A, 0xDB1), (0xDB3, 0xDBB),
    (0xDBD, 0xDBD), (0xDC0, 0xDC6), (0xDCA, 0xDCA), (0xDCF, 0xDD4), (0xDD6, 0xDD6),
    (0xDD8, 0xDDF), (0xDE6, 0xDEF), (0xDF2, 0xDF3), (0xE01, 0xE3A), (0xE40, 0xE4E),
    (0xE50, 0xE59), (0xE81, 0xE82), (0xE84, 0xE84), (0xE86, 0xE8A), (0xE8C, 0xEA3),
    (0xEA5, 0xEA5), (0xEA7, 0xEBD), (0xEC0, 0xEC4), (0xEC6, 0xEC6), (0xEC8, 0xECD),
    (0xED0, 0xED9), (0xEDC, 0xEDF), (0xF00, 0xF00), (0xF18, 0xF19), (0xF20, 0xF29),
    (0xF35, 0xF35), (0xF37, 0xF37), (0xF39, 0xF39), (0xF3E, 0xF47), (0xF49, 0xF6C),
    (0xF71, 0xF84), (0xF86, 0xF97), (0xF99, 0xFBC), (0xFC6, 0xFC6), (0x1000, 0x1049),
    (0x1050, 0x109D), (0x10A0, 0x10C5), (0x10C7, 0x10C7), (0x10CD, 0x10CD), (0x10D0, 0x10FA),
    (0x10FC, 0x1248), (0x124A, 0x124D), (0x1250, 0x1256), (0x1258, 0x1258), (0x125A, 0x125D),
    (0x1260, 0x1288), (0x128A, 0x128D), (0x1290, 0x12B0), (0x12B2, 0x12B5), (0x12B8, 0x12BE),
    (0x12C0, 0x12C0), (0x12C2, 0x12C5), (0x12C8, 0x12D6), (0x12D8, 0x1310), (0x1312, 0x1315),
    (0x1318, 0x135A), (0x135D, 0x135F), (0x1369, 0x1371), (0x1380, 0x138F), (0x13A0, 0x13F5),
    (0x13F8, 0x13FD), (0x1401, 0x166C), (0x166F, 0x167F), (0x1681, 0x169A), (0x16A0, 0x16EA),
    (0x16EE, 0x16F8), (0x1700, 0x1715), (0x171F, 0x1734), (0x1740, 0x1753), (0x1760, 0x176C),
    (0x176E, 0x1770), (0x1772, 0x1773), (0x1780, 0x17D3), (0x17D7, 0x17D7), (0x17DC, 0x17DD),
    (0x17E0, 0x17E9), (0x180B, 0x180D), (0x180F, 0x1819), (0x1820, 0x1878), (0x1880, 0x18AA),
    (0x18B0, 0x18F5), (0x1900, 0x191E), (0x1920, 0x192B), (0x1930, 0x193B), (0x1946, 0x196D),
    (0x1970, 0x1974), (0x1980, 0x19AB), (0x19B0, 0x19C9), (0x19D0, 0x19DA), (0x1A00, 0x1A1B),
    (0x1A20, 0x1A5E), (0x1A60, 0x1A7C), (0x1A7F, 0x1A89), (0x1A90, 0x1A99), (0x1AA7, 0x1AA7),
    (0x1AB0, 0x1ABD), (0x1ABF, 0x1ACE), (0x1B00, 0x1B4C), (0x1B50, 0x1B59), (0x1B6B, 0x1B73),
    (0x1B80, 0x1BF3), (0x1C00, 0x1C37), (0x1C40, 0x1C49), (0x1C4D, 0x1C7D), (0x1C80, 0x1C88),
    (0x1C90, 0x1CBA), (0x1CBD, 0x1CBF), (0x1CD0, 0x1CD2), (0x1CD4, 0x1CFA), (0x1D00, 0x1F15),
    (0x1F18, 0x1F1D), (0x1F20, 0x1F45), (0x1F48, 0x1F4D), (0x1F50, 0x1F57), (0x1F59, 0x1F59),
    (0x1F5B, 0x1F5B), (0x1F5D, 0x1F5D), (0x1F5F, 0x1F7D), (0x1F80, 0x1FB4), (0x1FB6, 0x1FBC),
    (0x1FBE, 0x1FBE), (0x1FC2, 0x1FC4), (0x1FC6, 0x1FCC), (0x1FD0, 0x1FD3), (0x1FD6, 0x1FDB),
    (0x1FE0, 0x1FEC), (0x1FF2, 0x1FF4), (0x1FF6, 0x1FFC), (0x203F, 0x2040), (0x2054, 0x2054),
    (0x2071, 0x2071), (0x207F, 0x207F), (0x2090, 0x209C), (0x20D0, 0x20DC), (0x20E1, 0x20E1),
    (0x20E5, 0x20F0), (0x2102, 0x2102), (0x2107, 0x2107), (0x210A, 0x2113), (0x2115, 0x2115),
    (0x2118, 0x211D), (0x2124, 0x2124), (0x2126, 0x2126), (0x2128, 0x2128), (0x212A, 0x2139),
    (0x213C, 0x213F), (0x2145, 0x2149), (0x214E, 0x214E), (0x2160, 0x2188), (0x2C00, 0x2CE4),
    (0x2CEB, 0x2CF3), (0x2D00, 0x2D25), (0x2D27, 0x2D27), (0x2D2D, 0x2D2D), (0x2D30, 0x2D67),
    (0x2D6F, 0x2D6F), (0x2D7F, 0x2D96), (0x2DA0, 0x2DA6), (0x2DA8, 0x2DAE), (0x2DB0, 0x2DB6),
    (0x2DB8, 0x2DBE), (0x2DC0, 0x2DC6), (0x2DC8, 0x2DCE), (0x2DD0, 0x2DD6), (0x2DD8, 0x2DDE),
    (0x2DE0, 0x2DFF), (0x3005, 0x3007), (0x3021, 0x302F), (0x3031, 0x3035), (0x3038, 0x303C),
    (0x3041, 0x3096), (0x3099, 0x309A), (0x309D, 0x309F), (0x30A1, 0x30FA), (0x30FC, 0x30FF),
    (0x3105, 0x312F), (0x3131, 0x318E), (0x31A0, 0x31BF), (0x31F0, 0x31FF), (0x3400, 0x4DBF),
    (0x4E00, 0xA48C), (0xA4D0, 0xA4FD), (0xA500, 0xA60C), (0xA610, 0xA62B), (0xA640, 0xA66F),
    (0xA674, 0xA67D), (0xA67F, 0xA6F1), (0xA717, 0xA71F), (0xA722, 0xA788), (0xA78B, 0xA7CA),
    (0xA7D0, 0xA7D1), (0xA7D3, 0xA7D3), (0xA7D5, 0xA7D9), (0xA7F2, 0xA827), (0xA82C, 0xA82C),
    (0xA840, 0xA873), (0xA880, 0xA8C5), (0xA8D0, 0xA8D9), (0xA8E0, 0xA8F7), (0xA8FB, 0xA8FB),
    (0xA8FD, 0xA92D), (0xA930, 0xA953), (0xA960, 0xA97C), (0xA980, 0xA9C0), (0xA9CF, 0xA9D9),
    (0xA9E0, 0xA9FE), (0xAA00, 0xAA36), (0xAA40, 0xAA4D), (0xAA50, 0xAA59), (0xAA60, 0xAA76),
    (0xAA7A, 0xAAC2), (0xAADB, 0xAADD), (0xAAE0, 0xAAEF), (0xAAF2, 0xAAF6), (0xAB01, 0xAB06),
    (0xAB09, 0xAB0E), (0xAB11, 0xAB16), (0xAB20, 0xAB26), (0xAB28, 0xAB2E), (0xAB30, 0xAB5A),
    (0xAB5C, 0xAB69), (0xAB70, 0xABEA), (0xABEC, 0xABED), (0xABF0, 0xABF9), (0xAC00, 0xD7A3),
    (0xD7B0, 0xD7C6), (0xD7CB, 0xD7FB), (0xF900, 0xFA6D), (0xFA70, 0xFAD9), (0xFB00, 0xFB06),
    (0xFB13, 0xFB17), (0xFB1D, 0xFB28), (0xFB2A, 0xFB36), (0xFB38, 0xFB3C), (0xFB3E, 0xFB3E),
    (0xFB40, 0xFB41), (0xFB43, 0xFB44), (0xFB46, 0xFBB1), (0xFBD3, 0xFC5D), (0xFC64, 0xFD3D),
    (0xFD50, 0xFD8F), (0xFD92, 0xFDC7), (0xFDF0, 0xFDF9), (0xFE00, 0xFE0F), (0xFE20, 0xFE2F),
    (0xFE33, 0xFE34), (0xFE4D, 0xFE4F), (0xFE71, 0xFE71), (0xFE73, 0xFE73), (0xFE77, 0xFE77),
    (0xFE79, 0xFE79), (0xFE7B, 0xFE7B), (0xFE7D, 0xFE7D), (0xFE7F, 0xFEFC), (0xFF10, 0xFF19),
    (0xFF21, 0xFF3A), (0xFF3F, 0xFF3F), (0xFF41, 0xFF5A), (0xFF66, 0xFFBE), (0xFFC2, 0xFFC7),
    (0xFFCA, 0xFFCF), (0xFFD2, 0xFFD7), (0xFFDA, 0xFFDC), (0x10000, 0x1000B),
    (0x1000D, 0x10026), (0x10028, 0x1003A), (0x1003C, 0x1003D), (0x1003F, 0x1004D),
    (0x10050, 0x1005D), (0x10080, 0x100FA), (0x10140, 0x10174), (0x101FD, 0x101FD),
    (0x10280, 0x1029C), (0x102A0, 0x102D0), (0x102E0, 0x102E0), (0x10300, 0x1031F),
    (0x1032D, 0x1034A), (0x10350, 0x1037A), (0x10380, 0x1039D), (0x103A0, 0x103C3),
    (0x103C8, 0x103CF), (0x103D1, 0x103D5), (0x10400, 0x1049D), (0x104A0, 0x104A9),
    (0x104B0, 0x104D3), (0x104D8, 0x104FB), (0x10500, 0x10527), (0x10530, 0x10563),
    (0x10570, 0x1057A), (0x1057C, 0x1058A), (0x1058C, 0x10592), (0x10594, 0x10595),
    (0x10597, 0x105A1), (0x105A3, 0x105B1), (0x105B3, 0x105B9), (0x105BB, 0x105BC),
    (0x10600, 0x10736), (0x10740, 0x10755), (0x10760, 0x10767), (0x10780, 0x10785),
    (0x10787, 0x107B0), (0x107B2, 0x107BA), (0x10800, 0x10805), (0x10808, 0x10808),
    (0x1080A, 0x10835), (0x10837, 0x10838), (0x1083C, 0x1083C), (0x1083F, 0x10855),
    (0x10860, 0x10876), (0x10880, 0x1089E), (0x108E0, 0x108F2), (0x108F4, 0x108F5),
    (0x10900, 0x10915), (0x10920, 0x10939), (0x10980, 0x109B7), (0x109BE, 0x109BF),
    (0x10A00, 0x10A03), (0x10A05, 0x10A06), (0x10A0C, 0x10A13), (0x10A15, 0x10A17),
    (0x10A19, 0x10A35), (0x10A38, 0x10A3A), (0x10A3F, 0x10A3F), (0x10A60, 0x10A7C),
    (0x10A80, 0x10A9C), (0x10AC0, 0x10AC7), (0x10AC9, 0x10AE6), (0x10B00, 0x10B35),
    (0x10B40, 0x10B55), (0x10B60, 0x10B72), (0x10B80, 0x10B91), (0x10C00, 0x10C48),
    (0x10C80, 0x10CB2), (0x10CC0, 0x10CF2), (0x10D00, 0x10D27), (0x10D30, 0x10D39),
    (0x10E80, 0x10EA9), (0x10EAB, 0x10EAC), (0x10EB0, 0x10EB1), (0x10F00, 0x10F1C),
    (0x10F27, 0x10F27), (0x10F30, 0x10F50), (0x10F70, 0x10F85), (0x10FB0, 0x10FC4),
    (0x10FE0, 0x10FF6), (0x11000, 0x11046), (0x11066, 0x11075), (0x1107F, 0x110BA),
    (0x110C2, 0x110C2), (0x110D0, 0x110E8), (0x110F0, 0x110F9), (0x11100, 0x11134),
    (0x11136, 0x1113F), (0x11144, 0x11147), (0x11150, 0x11173), (0x11176, 0x11176),
    (0x11180, 0x111C4), (0x111C9, 0x111CC), (0x111CE, 0x111DA), (0x111DC, 0x111DC),
    (0x11200, 0x11211), (0x11213, 0x11237), (0x1123E, 0x1123E), (0x11280, 0x11286),
    (0x11288, 0x11288), (0x1128A, 0x1128D), (0x1128F, 0x1129D), (0x1129F, 0x112A8),
    (0x112B0, 0x112EA), (0x112F0, 0x112F9), (0x11300, 0x11303), (0x11305, 0x1130C),
    (0x1130F, 0x11310), (0x11313, 0x11328), (0x1132A, 0x11330), (0x11332, 0x11333),
    (0x11335, 0x11339), (0x1133B, 0x11344), (0x11347, 0x11348), (0x1134B, 0x1134D),
    (0x11350, 0x11350), (0x11357, 0x11357), (0x1135D, 0x11363), (0x11366, 0x1136C),
    (0x11370, 0x11374), (0x11400, 0x1144A), (0x11450, 0x11459), (0x1145E, 0x11461),
    (0x11480, 0x114C5), (0x114C7, 0x114C7), (0x114D0, 0x114D9), (0x11580, 0x115B5),
    (0x115B8, 0x115C0), (0x115D8, 0x115DD), (0x11600, 0x11640), (0x11644, 0x11644),
    (0x11650, 0x11659), (0x11680, 0x116B8), (0x116C0, 0x116C9), (0x11700, 0x1171A),
    (0x1171D, 0x1172B), (0x11730, 0x11739), (0x11740, 0x11746), (0x11800, 0x1183A),
    (0x118A0, 0x118E9), (0x118FF, 0x11906), (0x11909, 0x11909), (0x1190C, 0x11913),
    (0x11915, 0x11916), (0x11918, 0x11935), (0x11937, 0x11938), (0x1193B, 0x11943),
    (0x11950, 0x11959), (0x119A0, 0x119A7), (0x119AA, 0x119D7), (0x119DA, 0x119E1),
    (0x119E3, 0x119E4), (0x11A00, 0x11A3E), (0x11A47, 0x11A47), (0x11A50, 0x11A99),
    (0x11A9D, 0x11A9D), (0x11AB0, 0x11AF8), (0x11C00, 0x11C08), (0x11C0A, 0x11C36),
    (0x11C38, 0x11C40), (0x11C50, 0x11C59), (0x11C72, 0x11C8F), (0x11C92, 0x11CA7),
    (0x11CA9, 0x11CB6), (0x11D00, 0x11D06), (0x11D08, 0x11D09), (0x11D0B, 0x11D36),
    (0x11D3A, 0x11D3A), (0x11D3C, 0x11D3D), (0x11D3F, 0x11D47), (0x11D50, 0x11D59),
    (0x11D60, 0x11D65), (0x11D67, 0x11D68), (0x11D6A, 0x11D8E), (0x11D90, 0x11D91),
    (0x11D93, 0x11D98), (0x11DA0, 0x11DA9), (0x11EE0, 0x11EF6), (0x11FB0, 0x11FB0),
    (0x12000, 0x12399), (0x12400, 0x1246E), (0x12480, 0x12543), (0x12F90, 0x12FF0),
    (0x13000, 0x1342E), (0x14400, 0x14646), (0x16800, 0x16A38), (0x16A40, 0x16A5E),
    (0x16A60, 0x16A69), (0x16A70, 0x16ABE), (0x16AC0, 0x16AC9), (0x16AD0, 0x16AED),
    (0x16AF0, 0x16AF4), (0x16B00, 0x16B36), (0x16B40, 0x16B43), (0x16B50, 0x16B59),
    (0x16B63, 0x16B77), (0x16B7D, 0x16B8F), (0x16E40, 0x16E7F), (0x16F00, 0x16F4A),
    (0x16F4F, 0x16F87), (0x16F8F, 0x16F9F), (0x16FE0, 0x16FE1), (0x16FE3, 0x16FE4),
    (0x16FF0, 0x16FF1), (0x17000, 0x187F7), (0x18800, 0x18CD5), (0x18D00, 0x18D08),
    (0x1AFF0, 0x1AFF3), (0x1AFF5, 0x1AFFB), (0x1AFFD, 0x1AFFE), (0x1B000, 0x1B122),
    (0x1B150, 0x1B152), (0x1B164, 0x1B167), (0x1B170, 0x1B2FB), (0x1BC00, 0x1BC6A),
    (0x1BC70, 0x1BC7C), (0x1BC80, 0x1BC88), (0x1BC90, 0x1BC99), (0x1BC9D, 0x1BC9E),
    (0x1CF00, 0x1CF2D), (0x1CF30, 0x1CF46), (0x1D165, 0x1D169), (0x1D16D, 0x1D172),
    (0x1D17B, 0x1D182), (0x1D185, 0x1D18B), (0x1D1AA, 0x1D1AD), (0x1D242, 0x1D244),
    (0x1D400, 0x1D454), (0x1D456, 0x1D49C), (0x1D49E, 0x1D49F), (0x1D4A2, 0x1D4A2),
    (0x1D4A5, 0x1D4A6), (0x1D4A9, 0x1D4AC), (0x1D4AE, 0x1D4B9), (0x1D4BB, 0x1D4BB),
    (0x1D4BD, 0x1D4C3), (0x1D4C5, 0x1D505), (0x1D507, 0x1D50A), (0x1D50D, 0x1D514),
    (0x1D516, 0x1D51C), (0x1D51E, 0x1D539), (0x1D53B, 0x1D53E), (0x1D540, 0x1D544),
    (0x1D546, 0x1D546), (0x1D54A, 0x1D550), (0x1D552, 0x1D6A5), (0x1D6A8, 0x1D6C0),
    (0x1D6C2, 0x1D6DA), (0x1D6DC, 0x1D6FA), (0x1D6FC, 0x1D714), (0x1D716, 0x1D734),
    (0x1D736, 0x1D74E), (0x1D750, 0x1D76E), (0x1D770, 0x1D788), (0x1D78A, 0x1D7A8),
    (0x1D7AA, 0x1D7C2), (0x1D7C4, 0x1D7CB), (0x1D7CE, 0x1D7FF), (0x1DA00, 0x1DA36),
    (0x1DA3B, 0x1DA6C), (0x1DA75, 0x1DA75), (0x1DA84, 0x1DA84), (0x1DA9B, 0x1DA9F),
    (0x1DAA1, 0x1DAAF), (0x1DF00, 0x1DF1E), (0x1E000, 0x1E006), (0x1E008, 0x1E018),
    (0x1E01B, 0x1E021), (0x1E023, 0x1E024), (0x1E026, 0x1E02A), (0x1E100, 0x1E12C),
    (0x1E130, 0x1E13D), (0x1E140, 0x1E149), (0x1E14E, 0x1E14E), (0x1E290, 0x1E2AE),
    (0x1E2C0, 0x1E2F9), (0x1E7E0, 0x1E7E6), (0x1E7E8, 0x1E7EB), (0x1E7ED, 0x1E7EE),
    (0x1E7F0, 0x1E7FE), (0x1E800, 0x1E8C4), (0x1E8D0, 0x1E8D6), (0x1E900, 0x1E94B),
    (0x1E950, 0x1E959), (0x1EE00, 0x1EE03), (0x1EE05, 0x1EE1F), (0x1EE21, 0x1EE22),
    (0x1EE24, 0x1EE24), (0x1EE27, 0x1EE27), (0x1EE29, 0x1EE32), (0x1EE34, 0x1EE37),
    (0x1EE39, 0x1EE39), (0x1EE3B, 0x1EE3B), (0x1EE42, 0x1EE42), (0x1EE47, 0x1EE47),
    (0x1EE49, 0x1EE49), (0x1EE4B, 0x1EE4B), (0x1EE4D, 0x1EE4F), (0x1EE51, 0x1EE52),
    (0x1EE54, 0x1EE54), (0x1EE57, 0x1EE57), (0x1EE59, 0x1EE59), (0x1EE5B, 0x1EE5B),
    (0x1EE5D, 0x1EE5D), (0x1EE5F, 0x1EE5F), (0x1EE61, 0x1EE62), (0x1EE64, 0x1EE64),
    (0x1EE67, 0x1EE6A), (0x1EE6C, 0x1EE72), (0x1EE74, 0x1EE77), (0x1EE79, 0x1EE7C),
    (0x1EE7E, 0x1EE7E), (0x1EE80, 0x1EE89), (0x1EE8B, 0x1EE9B), (0x1EEA1, 0x1EEA3),
    (0x1EEA5, 0x1EEA9), (0x1EEAB, 0x1EEBB), (0x1FBF0, 0x1FBF9), (0x20000, 0x2A6DF),
    (0x2A700, 0x2B738), (0x2B740, 0x2B81D), (0x2B820, 0x2CEA1), (0x2CEB0, 0x2EBE0),
    (0x2F800, 0x2FA1D), (0x30000, 0x3134A), (0xE0100, 0xE01EF),
];

/// Code points assigned in Unicode 14 (category not Cn).
#[rustfmt::skip]
const ASSIGNED: &[(u32, u32)] = &[
    (0x0, 0x377), (0x37A, 0x37F), (0x384, 0x38A), (0x38C, 0x38C), (0x38E, 0x3A1),
    (0x3A3, 0x52F), (0x531, 0x556), (0x559, 0x58A), (0x58D, 0x58F), (0x591, 0x5C7),
    (0x5D0, 0x5EA), (0x5EF, 0x5F4), (0x600, 0x70D), (0x70F, 0x74A), (0x74D, 0x7B1),
    (0x7C0, 0x7FA), (0x7FD, 0x82D), (0x830, 0x83E), (0x840, 0x85B), (0x85E, 0x85E),
    (0x860, 0x86A), (0x870, 0x88E), (0x890, 0x891), (0x898, 0x983), (0x985, 0x98C),
    (0x98F, 0x990), (0x993, 0x9A8), (0x9AA, 0x9B0), (0x9B2, 0x9B2), (0x9B6, 0x9B9),
    (0x9BC, 0x9C4), (0x9C7, 0x9C8), (0x9CB, 0x9CE), (0x9D7, 0x9D7), (0x9DC, 0x9DD),
    (0x9DF, 0x9E3), (0x9E6, 0x9FE), (0xA01, 0xA03), (0xA05, 0xA0A), (0xA0F, 0xA10),
    (0xA13, 0xA28), (0xA2A, 0xA30), (0xA32, 0xA33), (0xA35, 0xA36), (0xA38, 0xA39),
    (0xA3C, 0xA3C), (0xA3E, 0xA42), (0xA47, 0xA48), (0xA4B, 0xA4D), (0xA51, 0xA51),
    (0xA59, 0xA5C), (0xA5E, 0xA5E), (0xA66, 0xA76), (0xA81, 0xA83), (0xA85, 0xA8D),
    (0xA8F, 0xA91), (0xA93, 0xAA8), (0xAAA, 0xAB0), (0xAB2, 0xAB3), (0xAB5, 0xAB9),
    (0xABC, 0xAC5), (0xAC7, 0xAC9), (0xACB, 0xACD), (0xAD0, 0xAD0), (0xAE0, 0xAE3),
    (0xAE6, 0xAF1), (0xAF9, 0xAFF), (0xB01, 0xB03), (0xB05, 0xB0C), (0xB0F, 0xB10),
    (0xB13, 0xB28), (0xB2A, 0xB30), (0xB32, 0xB33), (0xB35, 0xB39), (0xB3C, 0xB44),
    (0xB47, 0xB48), (0xB4B, 0xB4D), (0xB55, 0xB57), (0xB5C, 0xB5D), (0xB5F, 0xB63),
    (0xB66, 0xB77), (0xB82, 0xB83), (0xB85, 0xB8A), (0xB8E, 0xB90), (0xB92, 0xB95),
    (0xB99, 0xB9A), (0xB9C, 0xB9C), (0xB9E, 0xB9F), (0xBA3, 0xBA4), (0xBA8, 0xBAA),
    (0xBAE, 0xBB9), (0xBBE, 0xBC2), (0xBC6, 0xBC8), (0xBCA, 0xBCD), (0xBD0, 0xBD0),
    (0xBD7, 0xBD7), (0xBE6, 0xBFA), (0xC00, 0xC0C), (0xC0E, 0xC10), (0xC12, 0xC28),
    (0xC2A, 0xC39), (0xC3C, 0xC44), (0xC46, 0xC48), (0xC4A, 0xC4D), (0xC55, 0xC56),
    (0xC58, 0xC5A), (0xC5D, 0xC5D), (0xC60, 0xC63), (0xC66, 0xC6F), (0xC77, 0xC8C),
    (0xC8E, 0xC90), (0xC92, 0xCA8), (0xCAA, 0xCB3), (0xCB5, 0xCB9), (0xCBC, 0xCC4),
    (0xCC6, 0xCC8), (0xCCA, 0xCCD), (0xCD5, 0xCD6), (0xCDD, 0xCDE), (0xCE0, 0xCE3),
    (0xCE6, 0xCEF), (0xCF1, 0xCF2), (0xD00, 0xD0C), (0xD0E, 0xD10), (0xD12, 0xD44),
    (0xD46, 0xD48), (0xD4A, 0xD4F), (0xD54, 0xD63), (0xD66, 0xD7F), (0xD81, 0xD83),
    (0xD85, 0xD96), (0xD9A, 0xDB1), (0xDB3, 0xDBB), (0xDBD, 0xDBD), (0xDC0, 0xDC6),
    (0xDCA, 0xDCA), (0xDCF, 0xDD4), (0xDD6, 0xDD6), (0xDD8, 0xDDF), (0xDE6, 0xDEF),
    (0xDF2, 0xDF4), (0xE01, 0xE3A), (0xE3F, 0xE5B), (0xE81, 0xE82), (0xE84, 0xE84),
    (0xE86, 0xE8A), (0xE8C, 0xEA3), (0xEA5, 0xEA5), (0xEA7, 0xEBD), (0xEC0, 0xEC4),
    (0xEC6, 0xEC6), (0xEC8, 0xECD), (0xED0, 0xED9), (0xEDC, 0xEDF), (0xF00, 0xF47),
    (0xF49, 0xF6C), (0xF71, 0xF97), (0xF99, 0xFBC), (0xFBE, 0xFCC), (0xFCE, 0xFDA),
    (0x1000, 0x10C5), (0x10C7, 0x10C7), (0x10CD, 0x10CD), (0x10D0, 0x1248), (0x124A, 0x124D),
    (0x1250, 0x1256), (0x1258, 0x1258), (0x125A, 0x125D), (0x1260, 0x1288), (0x128A, 0x128D),
    (0x1290, 0x12B0), (0x12B2, 0x12B5), (0x12B8, 0x12BE), (0x12C0, 0x12C0), (0x12C2, 0x12C5),
    (0x12C8, 0x12D6), (0x12D8, 0x1310), (0x1312, 0x1315), (0x1318, 0x135A), (0x135D, 0x137C),
    (0x1380, 0x1399), (0x13A0, 0x13F5), (0x13F8, 0x13FD), (0x1400, 0x169C), (0x16A0, 0x16F8),
    (0x1700, 0x1715), (0x171F, 0x1736), (0x1740, 0x1753), (0x1760, 0x176C), (0x176E, 0x1770),
    (0x1772, 0x1773), (0x1780, 0x17DD), (0x17E0, 0x17E9), (0x17F0, 0x17F9), (0x1800, 0x1819),
    (0x1820, 0x1878), (0x1880, 0x18AA), (0x18B0, 0x18F5), (0x1900, 0x191E), (0x1920, 0x192B),
    (0x1930, 0x193B), (0x1940, 0x1940), (0x1944, 0x196D), (0x1970, 0x1974), (0x1980, 0x19AB),
    (0x19B0, 0x19C9), (0x19D0, 0x19DA), (0x19DE, 0x1A1B), (0x1A1E, 0x1A5E), (0x1A60, 0x1A7C),
    (0x1A7F, 0x1A89), (0x1A90, 0x1A99), (0x1AA0, 0x1AAD), (0x1AB0, 0x1ACE), (0x1B00, 0x1B4C),
    (0x1B50, 0x1B7E), (0x1B80, 0x1BF3), (0x1BFC, 0x1C37), (0x1C3B, 0x1C49), (0x1C4D, 0x1C88),
    (0x1C90, 0x1CBA), (0x1CBD, 0x1CC7), (0x1CD0, 0x1CFA), (0x1D00, 0x1F15), (0x1F18, 0x1F1D),
    (0x1F20, 0x1F45), (0x1F48, 0x1F4D), (0x1F50, 0x1F57), (0x1F59, 0x1F59), (0x1F5B, 0x1F5B),
    (0x1F5D, 0x1F5D), (0x1F5F, 0x1F7D), (0x1F80, 0x1FB4), (0x1FB6, 0x1FC4), (0x1FC6, 0x1FD3),
    (0x1FD6, 0x1FDB), (0x1FDD, 0x1FEF), (0x1FF2, 0x1FF4), (0x1FF6, 0x1FFE), (0x2000, 0x2064),
    (0x2066, 0x2071), (0x2074, 0x208E), (0x2090, 0x209C), (0x20A0, 0x20C0), (0x20D0, 0x20F0),
    (0x2100, 0x218B), (0x2190, 0x2426), (0x2440, 0x244A), (0x2460, 0x2B73), (0x2B76, 0x2B95),
    (0x2B97, 0x2CF3), (0x2CF9, 0x2D25), (0x2D27, 0x2D27), (0x2D2D, 0x2D2D), (0x2D30, 0x2D67),
    (0x2D6F, 0x2D70), (0x2D7F, 0x2D96), (0x2DA0, 0x2DA6), (0x2DA8, 0x2DAE), (0x2DB0, 0x2DB6),
    (0x2DB8, 0x2DBE), (0x2DC0, 0x2DC6), (0x2DC8, 0x2DCE), (0x2DD0, 0x2DD6), (0x2DD8, 0x2DDE),
    (0x2DE0, 0x2E5D), (0x2E80, 0x2E99), (0x2E9B, 0x2EF3), (0x2F00, 0x2FD5), (0x2FF0, 0x2FFB),
    (0x3000, 0x303F), (0x3041, 0x3096), (0x3099, 0x30FF), (0x3105, 0x312F), (0x3131, 0x318E),
    (0x3190, 0x31E3), (0x31F0, 0x321E), (0x3220, 0xA48C), (0xA490, 0xA4C6), (0xA4D0, 0xA62B),
    (0xA640, 0xA6F7), (0xA700, 0xA7CA), (0xA7D0, 0xA7D1), (0xA7D3, 0xA7D3), (0xA7D5, 0xA7D9),
    (0xA7F2, 0xA82C), (0xA830, 0xA839), (0xA840, 0xA877), (0xA880, 0xA8C5), (0xA8CE, 0xA8D9),
    (0xA8E0, 0xA953), (0xA95F, 0xA97C), (0xA980, 0xA9CD), (0xA9CF, 0xA9D9), (0xA9DE, 0xA9FE),
    (0xAA00, 0xAA36), (0xAA40, 0xAA4D), (0xAA50, 0xAA59), (0xAA5C, 0xAAC2), (0xAADB, 0xAAF6),
    (0xAB01, 0xAB06), (0xAB09, 0xAB0E), (0xAB11, 0xAB16), (0xAB20, 0xAB26), (0xAB28, 0xAB2E),
    (0xAB30, 0xAB6B), (0xAB70, 0xABED), (0xABF0, 0xABF9), (0xAC00, 0xD7A3), (0xD7B0, 0xD7C6),
    (0xD7CB, 0xD7FB), (0xE000, 0xFA6D), (0xFA70, 0xFAD9), (0xFB00, 0xFB06), (0xFB13, 0xFB17),
    (0xFB1D, 0xFB36), (0xFB38, 0xFB3C), (0xFB3E, 0xFB3E), (0xFB40, 0xFB41), (0xFB43, 0xFB44),
    (0xFB46, 0xFBC2), (0xFBD3, 0xFD8F), (0xFD92, 0xFDC7), (0xFDCF, 0xFDCF), (0xFDF0, 0xFE19),
    (0xFE20, 0xFE52), (0xFE54, 0xFE66), (0xFE68, 0xFE6B), (0xFE70, 0xFE74), (0xFE76, 0xFEFC),
    (0xFEFF, 0xFEFF), (0xFF01, 0xFFBE), (0xFFC2, 0xFFC7), (0xFFCA, 0xFFCF), (0xFFD2, 0xFFD7),
    (0xFFDA, 0xFFDC), (0xFFE0, 0xFFE6), (0xFFE8, 0xFFEE), (0xFFF9, 0xFFFD), (0x10000, 0x1000B),
    (0x1000D, 0x10026), (0x10028, 0x1003A), (0x1003C, 0x1003D), (0x1003F, 0x1004D),
    (0x10050, 0x1005D), (0x10080, 0x100FA), (0x10100, 0x10102), (0x10107, 0x10133),
    (0x10137, 0x1018E), (0x10190, 0x1019C), (0x101A0, 0x101A0), (0x101D0, 0x101FD),
    (0x10280, 0x1029C), (0x102A0, 0x102D0), (0x102E0, 0x102FB), (0x10300, 0x10323),
    (0x1032D, 0x1034A), (0x10350, 0x1037A), (0x10380, 0x1039D), (0x1039F, 0x103C3),
    (0x103C8, 0x103D5), (0x10400, 0x1049D), (0x104A0, 0x104A9), (0x104B0, 0x104D3),
    (0x104D8, 0x104FB), (0x10500, 0x10527), (0x10530, 0x10563), (0x1056F, 0x1057A),
    (0x1057C, 0x1058A), (0x1058C, 0x10592), (0x10594, 0x10595), (0x10597, 0x105A1),
    (0x105A3, 0x105B1), (0x105B3, 0x105B9), (0x105BB, 0x105BC), (0x10600, 0x10736),
    (0x10740, 0x10755), (0x10760, 0x10767), (0x10780, 0x10785), (0x10787, 0x107B0),
    (0x107B2, 0x107BA), (0x10800, 0x10805), (0x10808, 0x10808), (0x1080A, 0x10835),
    (0x10837, 0x10838), (0x1083C, 0x1083C), (0x1083F, 0x10855), (0x10857, 0x1089E),
    (0x108A7, 0x108AF), (0x108E0, 0x108F2), (0x108F4, 0x108F5), (0x108FB, 0x1091B),
    (0x1091F, 0x10939), (0x1093F, 0x1093F), (0x10980, 0x109B7), (0x109BC, 0x109CF),
    (0x109D2, 0x10A03), (0x10A05, 0x10A06), (0x10A0C, 0x10A13), (0x10A15, 0x10A17),
    (0x10A19, 0x10A35), (0x10A38, 0x10A3A), (0x10A3F, 0x10A48), (0x10A50, 0x10A58),
    (0x10A60, 0x10A9F), (0x10AC0, 0x10AE6), (0x10AEB, 0x10AF6), (0x10B00, 0x10B35),
    (0x10B39, 0x10B55), (0x10B58, 0x10B72), (0x10B78, 0x10B91), (0x10B99, 0x10B9C),
    (0x10BA9, 0x10BAF), (0x10C00, 0x10C48), (0x10C80, 0x10CB2), (0x10CC0, 0x10CF2),
    (0x10CFA, 0x10D27), (0x10D30, 0x10D39), (0x10E60, 0x10E7E), (0x10E80, 0x10EA9),
    (0x10EAB, 0x10EAD), (0x10EB0, 0x10EB1), (0x10F00, 0x10F27), (0x10F30, 0x10F59),
    (0x10F70, 0x10F89), (0x10FB0, 0x10FCB), (0x10FE0, 0x10FF6), (0x11000, 0x1104D),
    (0x11052, 0x11075), (0x1107F, 0x110C2), (0x110CD, 0x110CD), (0x110D0, 0x110E8),
    (0x110F0, 0x110F9), (0x11100, 0x11134), (0x11136, 0x11147), (0x11150, 0x11176),
    (0x11180, 0x111DF), (0x111E1, 0x111F4), (0x11200, 0x11211), (0x11213, 0x1123E),
    (0x11280, 0x11286), (0x11288, 0x11288), (0x1128A, 0x1128D), (0x1128F, 0x1129D),
    (0x1129F, 0x112A9), (0x112B0, 0x112EA), (0x112F0, 0x112F9), (0x11300, 0x11303),
    (0x11305, 0x1130C), (0x1130F, 0x11310), (0x11313, 0x11328), (0x1132A, 0x11330),
    (0x11332, 0x11333), (0x11335, 0x11339), (0x1133B, 0x11344), (0x11347, 0x11348),
    (0x1134B, 0x1134D), (0x11350, 0x11350), (0x11357, 0x11357), (0x1135D, 0x11363),
    (0x11366, 0x1136C), (0x11370, 0x11374), (0x11400, 0x1145B), (0x1145D, 0x11461),
    (0x11480, 0x114C7), (0x114D0, 0x114D9), (0x11580, 0x115B5), (0x115B8, 0x115DD),
    (0x11600, 0x11644), (0x11650, 0x11659), (0x11660, 0x1166C), (0x11680, 0x116B9),
    (0x116C0, 0x116C9), (0x11700, 0x1171A), (0x1171D, 0x1172B), (0x11730, 0x11746),
    (0x11800, 0x1183B), (0x118A0, 0x118F2), (0x118FF, 0x11906), (0x11909, 0x11909),
    (0x1190C, 0x11913), (0x11915, 0x11916), (0x11918, 0x11935), (0x11937, 0x11938),
    (0x1193B, 0x11946), (0x11950, 0x11959), (0x119A0, 0x119A7), (0x119AA, 0x119D7),
    (0x119DA, 0x119E4), (0x11A00, 0x11A47), (0x11A50, 0x11AA2), (0x11AB0, 0x11AF8),
    (0x11C00, 0x11C08), (0x11C0A, 0x11C36), (0x11C38, 0x11C45), (0x11C50, 0x11C6C),
    (0x11C70, 0x11C8F), (0x11C92, 0x11CA7), (0x11CA9, 0x11CB6), (0x11D00, 0x11D06),
    (0x11D08, 0x11D09), (0x11D0B, 0x11D36), (0x11D3A, 0x11D3A), (0x11D3C, 0x11D3D),
    (0x11D3F, 0x11D47), (0x11D50, 0x11D59), (0x11D60, 0x11D65), (0x11D67, 0x11D68),
    (0x11D6A, 0x11D8E), (0x11D90, 0x11D91), (0x11D93, 0x11D98), (0x11DA0, 0x11DA9),
    (0x11EE0, 0x11EF8), (0x11FB0, 0x11FB0), (0x11FC0, 0x11FF1), (0x11FFF, 0x12399),
    (0x12400, 0x1246E), (0x12470, 0x12474), (0x12480, 0x12543), (0x12F90, 0x12FF2),
    (0x13000, 0x1342E), (0x13430, 0x13438), (0x14400, 0x14646), (0x16800, 0x16A38),
    (0x16A40, 0x16A5E), (0x16A60, 0x16A69), (0x16A6E, 0x16ABE), (0x16AC0, 0x16AC9),
    (0x16AD0, 0x16AED), (0x16AF0, 0x16AF5), (0x16B00, 0x16B45), (0x16B50, 0x16B59),
    (0x16B5B, 0x16B61), (0x16B63, 0x16B77), (0x16B7D, 0x16B8F), (0x16E40, 0x16E9A),
    (0x16F00, 0x16F4A), (0x16F4F, 0x16F87), (0x16F8F, 0x16F9F), (0x16FE0, 0x16FE4),
    (0x16FF0, 0x16FF1), (0x17000, 0x187F7), (0x18800, 0x18CD5), (0x18D00, 0x18D08),
    (0x1AFF0, 0x1AFF3), (0x1AFF5, 0x1AFFB), (0x1AFFD, 0x1AFFE), (0x1B000, 0x1B122),
    (0x1B150, 0x1B152), (0x1B164, 0x1B167), (0x1B170, 0x1B2FB), (0x1BC00, 0x1BC6A),
    (0x1BC70, 0x1BC7C), (0x1BC80, 0x1BC88), (0x1BC90, 0x1BC99), (0x1BC9C, 0x1BCA3),
    (0x1CF00, 0x1CF2D), (0x1CF30, 0x1CF46), (0x1CF50, 0x1CFC3), (0x1D000, 0x1D0F5),
    (0x1D100, 0x1D126), (0x1D129, 0x1D1EA), (0x1D200, 0x1D245), (0x1D2E0, 0x1D2F3),
    (0x1D300, 0x1D356), (0x1D360, 0x1D378), (0x1D400, 0x1D454), (0x1D456, 0x1D49C),
    (0x1D49E, 0x1D49F), (0x1D4A2, 0x1D4A2), (0x1D4A5, 0x1D4A6), (0x1D4A9, 0x1D4AC),
    (0x1D4AE, 0x1D4B9), (0x1D4BB, 0x1D4BB), (0x1D4BD, 0x1D4C3), (0x1D4C5, 0x1D505),
    (0x1D507, 0x1D50A), (0x1D50D, 0x1D514), (0x1D516, 0x1D51C), (0x1D51E, 0x1D539),
    (0x1D53B, 0x1D53E), (0x1D540, 0x1D544), (0x1D546, 0x1D546), (0x1D54A, 0x1D550),
    (0x1D552, 0x1D6A5), (0x1D6A8, 0x1D7CB), (0x1D7CE, 0x1DA8B), (0x1DA9B, 0x1DA9F),
    (0x1DAA1, 0x1DAAF), (0x1DF00, 0x1DF1E), (0x1E000, 0x1E006), (0x1E008, 0x1E018),
    (0x1E01B, 0x1E021), (0x1E023, 0x1E024), (0x1E026, 0x1E02A), (0x1E100, 0x1E12C),
    (0x1E130, 0x1E13D), (0x1E140, 0x1E149), (0x1E14E, 0x1E14F), (0x1E290, 0x1E2AE),
    (0x1E2C0, 0x1E2F9), (0x1E2FF, 0x1E2FF), (0x1E7E0, 0x1E7E6), (0x1E7E8, 0x1E7EB),
    (0x1E7ED, 0x1E7EE), (0x1E7F0, 0x1E7FE), (0x1E800, 0x1E8C4), (0x1E8C7, 0x1E8D6),
    (0x1E900, 0x1E94B), (0x1E950, 0x1E959), (0x1E95E, 0x1E95F), (0x1EC71, 0x1ECB4),
    (0x1ED01, 0x1ED3D), (0x1EE00, 0x1EE03), (0x1EE05, 0x1EE1F), (0x1EE21, 0x1EE22),
    (0x1EE24, 0x1EE24), (0x1EE27, 0x1EE27), (0x1EE29, 0x1EE32), (0x1EE34, 0x1EE37),
    (0x1EE39, 0x1EE39), (0x1EE3B, 0x1EE3B), (0x1EE42, 0x1EE42), (0x1EE47, 0x1EE47),
    (0x1EE49, 0x1EE49), (0x1EE4B, 0x1EE4B), (0x1EE4D, 0x1EE4F), (0x1EE51, 0x1EE52),
    (0x1EE54, 0x1EE54), (0x1EE57, 0x1EE57), (0x1EE59, 0x1EE59), (0x1EE5B, 0x1EE5B),
    (0x1EE5D, 0x1EE5D), (0x1EE5F, 0x1EE5F), (0x1EE61, 0x1EE62), (0x1EE64, 0x1EE64),
    (0x1EE67, 0x1EE6A), (0x1EE6C, 0x1EE72), (0x1EE74, 0x1EE77), (0x1EE79, 0x1EE7C),
    (0x1EE7E, 0x1EE7E), (0x1EE80, 0x1EE89), (0x1EE8B, 0x1EE9B), (0x1EEA1, 0x1EEA3),
    (0x1EEA5, 0x1EEA9), (0x1EEAB, 0x1EEBB), (0x1EEF0, 0x1EEF1), (0x1F000, 0x1F02B),
    (0x1F030, 0x1F093), (0x1F0A0, 0x1F0AE), (0x1F0B1, 0x1F0BF), (0x1F0C1, 0x1F0CF),
    (0x1F0D1, 0x1F0F5), (0x1F100, 0x1F1AD), (0x1F1E6, 0x1F202), (0x1F210, 0x1F23B),
    (0x1F240, 0x1F248), (0x1F250, 0x1F251), (0x1F260, 0x1F265), (0x1F300, 0x1F6D7),
    (0x1F6DD, 0x1F6EC), (0x1F6F0, 0x1F6FC), (0x1F700, 0x1F773), (0x1F780, 0x1F7D8),
    (0x1F7E0, 0x1F7EB), (0x1F7F0, 0x1F7F0), (0x1F800, 0x1F80B), (0x1F810, 0x1F847),
    (0x1F850, 0x1F859), (0x1F860, 0x1F887), (0x1F890, 0x1F8AD), (0x1F8B0, 0x1F8B1),
    (0x1F900, 0x1FA53), (0x1FA60, 0x1FA6D), (0x1FA70, 0x1FA74), (0x1FA78, 0x1FA7C),
    (0x1FA80, 0x1FA86), (0x1FA90, 0x1FAAC), (0x1FAB0, 0x1FABA), (0x1FAC0, 0x1FAC5),
    (0x1FAD0, 0x1FAD9), (0x1FAE0, 0x1FAE7), (0x1FAF0, 0x1FAF6), (0x1FB00, 0x1FB92),
    (0x1FB94, 0x1FBCA), (0x1FBF0, 0x1FBF9), (0x20000, 0x2A6DF), (0x2A700, 0x2B738),
    (0x2B740, 0x2B81D), (0x2B820, 0x2CEA1), (0x2CEB0, 0x2EBE0), (0x2F800, 0x2FA1D),
    (0x30000, 0x3134A), (0xE0001, 0xE0001), (0xE0020, 0xE007F), (0xE0100, 0xE01EF),
    (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD),
];

/// Characters whose full titlecase mapping differs from their uppercase mapping.
#[rustfmt::skip]
const TITLE_MAP: &[(char, &str)] = &[
    ('\u{df}', "\u{53}\u{73}"),
    ('\u{1c4}', "\u{1c5}"),
    ('\u{1c5}', "\u{1c5}"),
    ('\u{1c6}', "\u{1c5}"),
    ('\u{1c7}', "\u{1c8}"),
    ('\u{1c8}', "\u{1c8}"),
    ('\u{1c9}', "\u{1c8}"),
    ('\u{1ca}', "\u{1cb}"),
    ('\u{1cb}', "\u{1cb}"),
    ('\u{1cc}', "\u{1cb}"),
    ('\u{1f1}', "\u{1f2}"),
    ('\u{1f2}', "\u{1f2}"),
    ('\u{1f3}', "\u{1f2}"),
    ('\u{587}', "\u{535}\u{582}"),
    ('\u{10d0}', "\u{10d0}"),
    ('\u{10d1}', "\u{10d1}"),
    ('\u{10d2}', "\u{10d2}"),
    ('\u{10d3}', "\u{10d3}"),
    ('\u{10d4}', "\u{10d4}"),
    ('\u{10d5}', "\u{10d5}"),
    ('\u{10d6}', "\u{10d6}"),
    ('\u{10d7}', "\u{10d7}"),
    ('\u{10d8}', "\u{10d8}"),
    ('\u{10d9}', "\u{10d9}"),
    ('\u{10da}', "\u{10da}"),
    ('\u{10db}', "\u{10db}"),
    ('\u{10dc}', "\u{10dc}"),
    ('\u{10dd}', "\u{10dd}"),
    ('\u{10de}', "\u{10de}"),
    ('\u{10df}', "\u{10df}"),
    ('\u{10e0}', "\u{10e0}"),
    ('\u{10e1}', "\u{10e1}"),
    ('\u{10e2}', "\u{10e2}"),
    ('\u{10e3}', "\u{10e3}"),
    ('\u{10e4}', "\u{10e4}"),
    ('\u{10e5}', "\u{10e5}"),
    ('\u{10e6}', "\u{10e6}"),
    ('\u{10e7}', "\u{10e7}"),
    ('\u{10e8}', "\u{10e8}"),
    ('\u{10e9}', "\u{10e9}"),
    ('\u{10ea}', "\u{10ea}"),
    ('\u{10eb}', "\u{10eb}"),
    ('\u{10ec}', "\u{10ec}"),
    ('\u{10ed}', "\u{10ed}"),
    ('\u{10ee}', "\u{10ee}"),
    ('\u{10ef}', "\u{10ef}"),
    ('\u{10f0}', "\u{10f0}"),
    ('\u{10f1}', "\u{10f1}"),
    ('\u{10f2}', "\u{10f2}"),
    ('\u{10f3}', "\u{10f3}"),
    ('\u{10f4}', "\u{10f4}"),
    ('\u{10f5}', "\u{10f5}"),
    ('\u{10f6}', "\u{10f6}"),
    ('\u{10f7}', "\u{10f7}"),
    ('\u{10f8}', "\u{10f8}"),
    ('\u{10f9}', "\u{10f9}"),
    ('\u{10fa}', "\u{10fa}"),
    ('\u{10fd}', "\u{10fd}"),
    ('\u{10fe}', "\u{10fe}"),
    ('\u{10ff}', "\u{10ff}"),
    ('\u{1f80}', "\u{1f88}"),
    ('\u{1f81}', "\u{1f89}"),
    ('\u{1f82}', "\u{1f8a}"),
    ('\u{1f83}', "\u{1f8b}"),
    ('\u{1f84}', "\u{1f8c}"),
    ('\u{1f85}', "\u{1f8d}"),
    ('\u{1f86}', "\u{1f8e}"),
    ('\u{1f87}', "\u{1f8f}"),
    ('\u{1f88}', "\u{1f88}"),
    ('\u{1f89}', "\u{1f89}"),
    ('\u{1f8a}', "\u{1f8a}"),
    ('\u{1f8b}', "\u{1f8b}"),
    ('\u{1f8c}', "\u{1f8c}"),
    ('\u{1f8d}', "\u{1f8d}"),
    ('\u{1f8e}', "\u{1f8e}"),
    ('\u{1f8f}', "\u{1f8f}"),
    ('\u{1f90}', "\u{1f98}"),
    ('\u{1f91}', "\u{1f99}"),
    ('\u{1f92}', "\u{1f9a}"),
    ('\u{1f93}', "\u{1f9b}"),
    ('\u{1f94}', "\u{1f9c}"),
    ('\u{1f95}', "\u{1f9d}"),
    ('\u{1f96}', "\u{1f9e}"),
    ('\u{1f97}', "\u{1f9f}"),
    ('\u{1f98}', "\u{1f98}"),
    ('\u{1f99}', "\u{1f99}"),
    ('\u{1f9a}', "\u{1f9a}"),
    ('\u{1f9b}', "\u{1f9b}"),
    ('\u{1f9c}', "\u{1f9c}"),
    ('\u{1f9d}', "\u{1f9d}"),
    ('\u{1f9e}', "\u{1f9e}"),
    ('\u{1f9f}', "\u{1f9f}"),
    ('\u{1fa0}', "\u{1fa8}"),
    ('\u{1fa1}', "\u{1fa9}"),
    ('\u{1fa2}', "\u{1faa}"),
    ('\u{1fa3}', "\u{1fab}"),
    ('\u{1fa4}', "\u{1fac}"),
    ('\u{1fa5}', "\u{1fad}"),
    ('\u{1fa6}', "\u{1fae}"),
    ('\u{1fa7}', "\u{1faf}"),
    ('\u{1fa8}', "\u{1fa8}"),
    ('\u{1fa9}', "\u{1fa9}"),
    ('\u{1faa}', "\u{1faa}"),
    ('\u{1fab}', "\u{1fab}"),
    ('\u{1fac}', "\u{1fac}"),
    ('\u{1fad}', "\u{1fad}"),
    ('\u{1fae}', "\u{1fae}"),
    ('\u{1faf}', "\u{1faf}"),
    ('\u{1fb2}', "\u{1fba}\u{345}"),
    ('\u{1fb3}', "\u{1fbc}"),
    ('\u{1fb4}', "\u{386}\u{345}"),
    ('\u{1fb7}', "\u{391}\u{342}\u{345}"),
    ('\u{1fbc}', "\u{1fbc}"),
    ('\u{1fc2}', "\u{1fca}\u{345}"),
    ('\u{1fc3}', "\u{1fcc}"),
    ('\u{1fc4}', "\u{389}\u{345}"),
    ('\u{1fc7}', "\u{397}\u{342}\u{345}"),
    ('\u{1fcc}', "\u{1fcc}"),
    ('\u{1ff2}', "\u{1ffa}\u{345}"),
    ('\u{1ff3}', "\u{1ffc}"),
    ('\u{1ff4}', "\u{38f}\u{345}"),
    ('\u{1ff7}', "\u{3a9}\u{342}\u{345}"),
    ('\u{1ffc}', "\u{1ffc}"),
    ('\u{fb00}', "\u{46}\u{66}"),
    ('\u{fb01}', "\u{46}\u{69}"),
    ('\u{fb02}', "\u{46}\u{6c}"),
    ('\u{fb03}', "\u{46}\u{66}\u{69}"),
    ('\u{fb04}', "\u{46}\u{66}\u{6c}"),
    ('\u{fb05}', "\u{53}\u{74}"),
    ('\u{fb06}', "\u{53}\u{74}"),
    ('\u{fb13}', "\u{544}\u{576}"),
    ('\u{fb14}', "\u{544}\u{565}"),
    ('\u{fb15}', "\u{544}\u{56b}"),
    ('\u{fb16}', "\u{54e}\u{576}"),
    ('\u{fb17}', "\u{544}\u{56d}"),
];

/// Characters whose full case folding differs from their (non-final) lowercase mapping.
#[rustfmt::skip]
const FOLD_MAP: &[(char, &str)] = &[
    ('\u{b5}', "\u{3bc}"),
    ('\u{df}', "\u{73}\u{73}"),
    ('\u{149}', "\u{2bc}\u{6e}"),
    ('\u{17f}', "\u{73}"),
    ('\u{1f0}', "\u{6a}\u{30c}"),
    ('\u{345}', "\u{3b9}"),
    ('\u{390}', "\u{3b9}\u{308}\u{301}"),
    ('\u{3b0}', "\u{3c5}\u{308}\u{301}"),
    ('\u{3c2}', "\u{3c3}"),
    ('\u{3d0}', "\u{3b2}"),
    ('\u{3d1}', "\u{3b8}"),
    ('\u{3d5}', "\u{3c6}"),
    ('\u{3d6}', "\u{3c0}"),
    ('\u{3f0}', "\u{3ba}"),
    ('\u{3f1}', "\u{3c1}"),
    ('\u{3f5}', "\u{3b5}"),
    ('\u{587}', "\u{565}\u{582}"),
    ('\u{13a0}', "\u{13a0}"),
    ('\u{13a1}', "\u{13a1}"),
    ('\u{13a2}', "\u{13a2}"),
    ('\u{13a3}', "\u{13a3}"),
    ('\u{13a4}', "\u{13a4}"),
    ('\u{13a5}', "\u{13a5}"),
    ('\u{13a6}', "\u{13a6}"),
    ('\u{13a7}', "\u{13a7}"),
    ('\u{13a8}', "\u{13a8}"),
    ('\u{13a9}', "\u{13a9}"),
    ('\u{13aa}', "\u{13aa}"),
    ('\u{13ab}', "\u{13ab}"),
    ('\u{13ac}', "\u{13ac}"),
    ('\u{13ad}', "\u{13ad}"),
    ('\u{13ae}', "\u{13ae}"),
    ('\u{13af}', "\u{13af}"),
    ('\u{13b0}', "\u{13b0}"),
    ('\u{13b1}', "\u{13b1}"),
    ('\u{13b2}', "\u{13b2}"),
    ('\u{13b3}', "\u{13b3}"),
    ('\u{13b4}', "\u{13b4}"),
    ('\u{13b5}', "\u{13b5}"),
    ('\u{13b6}', "\u{13b6}"),
    ('\u{13b7}', "\u{13b7}"),
    ('\u{13b8}', "\u{13b8}"),
    ('\u{13b9}', "\u{13b9}"),
    ('\u{13ba}', "\u{13ba}"),
    ('\u{13bb}', "\u{13bb}"),
    ('\u{13bc}', "\u{13bc}"),
    ('\u{13bd}', "\u{13bd}"),
    ('\u{13be}', "\u{13be}"),
    ('\u{13bf}', "\u{13bf}"),
    ('\u{13c0}', "\u{13c0}"),
    ('\u{13c1}', "\u{13c1}"),
    ('\u{13c2}', "\u{13c2}"),
    ('\u{13c3}', "\u{13c3}"),
    ('\u{13c4}', "\u{13c4}"),
    ('\u{13c5}', "\u{13c5}"),
    ('\u{13c6}', "\u{13c6}"),
    ('\u{13c7}', "\u{13c7}"),
    ('\u{13c8}', "\u{13c8}"),
    ('\u{13c9}', "\u{13c9}"),
    ('\u{13ca}', "\u{13ca}"),
    ('\u{13cb}', "\u{13cb}"),
    ('\u{13cc}', "\u{13cc}"),
    ('\u{13cd}', "\u{13cd}"),
    ('\u{13ce}', "\u{13ce}"),
    ('\u{13cf}', "\u{13cf}"),
    ('\u{13d0}', "\u{13d0}"),
    ('\u{13d1}', "\u{13d1}"),
    ('\u{13d2}', "\u{13d2}"),
    ('\u{13d3}', "\u{13d3}"),
    ('\u{13d4}', "\u{13d4}"),
    ('\u{13d5}', "\u{13d5}"),
    ('\u{13d6}', "\u{13d6}"),
    ('\u{13d7}', "\u{13d7}"),
    ('\u{13d8}', "\u{13d8}"),
    ('\u{13d9}', "\u{13d9}"),
    ('\u{13da}', "\u{13da}"),
    ('\u{13db}', "\u{13db}"),
    ('\u{13dc}', "\u{13dc}"),
    ('\u{13dd}', "\u{13dd}"),
    ('\u{13de}', "\u{13de}"),
    ('\u{13df}', "\u{13df}"),
    ('\u{13e0}', "\u{13e0}"),
    ('\u{13e1}', "\u{13e1}"),
    ('\u{13e2}', "\u{13e2}"),
    ('\u{13e3}', "\u{13e3}"),
    ('\u{13e4}', "\u{13e4}"),
    ('\u{13e5}', "\u{13e5}"),
    ('\u{13e6}', "\u{13e6}"),
    ('\u{13e7}', "\u{13e7}"),
    ('\u{13e8}', "\u{13e8}"),
    ('\u{13e9}', "\u{13e9}"),
    ('\u{13ea}', "\u{13ea}"),
    ('\u{13eb}', "\u{13eb}"),
    ('\u{13ec}', "\u{13ec}"),
    ('\u{13ed}', "\u{13ed}"),
    ('\u{13ee}', "\u{13ee}"),
    ('\u{13ef}', "\u{13ef}"),
    ('\u{13f0}', "\u{13f0}"),
    ('\u{13f1}', "\u{13f1}"),
    ('\u{13f2}', "\u{13f2}"),
    ('\u{13f3}', "\u{13f3}"),
    ('\u{13f4}', "\u{13f4}"),
    ('\u{13f5}', "\u{13f5}"),
    ('\u{13f8}', "\u{13f0}"),
    ('\u{13f9}', "\u{13f1}"),
    ('\u{13fa}', "\u{13f2}"),
    ('\u{13fb}', "\u{13f3}"),
    ('\u{13fc}', "\u{13f4}"),
    ('\u{13fd}', "\u{13f5}"),
    ('\u{1c80}', "\u{432}"),
    ('\u{1c81}', "\u{434}"),
    ('\u{1c82}', "\u{43e}"),
    ('\u{1c83}', "\u{441}"),
    ('\u{1c84}', "\u{442}"),
    ('\u{1c85}', "\u{442}"),
    ('\u{1c86}', "\u{44a}"),
    ('\u{1c87}', "\u{463}"),
    ('\u{1c88}', "\u{a64b}"),
    ('\u{1e96}', "\u{68}\u{331}"),
    ('\u{1e97}', "\u{74}\u{308}"),
    ('\u{1e98}', "\u{77}\u{30a}"),
    ('\u{1e99}', "\u{79}\u{30a}"),
    ('\u{1e9a}', "\u{61}\u{2be}"),
    ('\u{1e9b}', "\u{1e61}"),
    ('\u{1e9e}', "\u{73}\u{73}"),
    ('\u{1f50}', "\u{3c5}\u{313}"),
    ('\u{1f52}', "\u{3c5}\u{313}\u{300}"),
    ('\u{1f54}', "\u{3c5}\u{313}\u{301}"),
    ('\u{1f56}', "\u{3c5}\u{313}\u{342}"),
    ('\u{1f80}', "\u{1f00}\u{3b9}"),
    ('\u{1f81}', "\u{1f01}\u{3b9}"),
    ('\u{1f82}', "\u{1f02}\u{3b9}"),
    ('\u{1f83}', "\u{1f03}\u{3b9}"),
    ('\u{1f84}', "\u{1f04}\u{3b9}"),
    ('\u{1f85}', "\u{1f05}\u{3b9}"),
    ('\u{1f86}', "\u{1f06}\u{3b9}"),
    ('\u{1f87}', "\u{1f07}\u{3b9}"),
    ('\u{1f88}', "\u{1f00}\u{3b9}"),
    ('\u{1f89}', "\u{1f01}\u{3b9}"),
    ('\u{1f8a}', "\u{1f02}\u{3b9}"),
    ('\u{1f8b}', "\u{1f03}\u{3b9}"),
    ('\u{1f8c}', "\u{1f04}\u{3b9}"),
    ('\u{1f8d}', "\u{1f05}\u{3b9}"),
    ('\u{1f8e}', "\u{1f06}\u{3b9}"),
    ('\u{1f8f}', "\u{1f07}\u{3b9}"),
    ('\u{1f90}', "\u{1f20}\u{3b9}"),
    ('\u{1f91}', "\u{1f21}\u{3b9}"),
    ('\u{1f92}', "\u{1f22}\u{3b9}"),
    ('\u{1f93}', "\u{1f23}\u{3b9}"),
    ('\u{1f94}', "\u{1f24}\u{3b9}"),
    ('\u{1f95}', "\u{1f25}\u{3b9}"),
    ('\u{1f96}', "\u{1f26}\u{3b9}"),
    ('\u{1f97}', "\u{1f27}\u{3b9}"),
    ('\u{1f98}', "\u{1f20}\u{3b9}"),
    ('\u{1f99}', "\u{1f21}\u{3b9}"),
    ('\u{1f9a}', "\u{1f22}\u{3b9}"),
    ('\u{1f9b}', "\u{1f23}\u{3b9}"),
    ('\u{1f9c}', "\u{1f24}\u{3b9}"),
    ('\u{1f9d}', "\u{1f25}\u{3b9}"),
    ('\u{1f9e}', "\u{1f26}\u{3b9}"),
    ('\u{1f9f}', "\u{1f27}\u{3b9}"),
    ('\u{1fa0}', "\u{1f60}\u{3b9}"),
    ('\u{1fa1}', "\u{1f61}\u{3b9}"),
    ('\u{1fa2}', "\u{1f62}\u{3b9}"),
    ('\u{1fa3}', "\u{1f63}\u{3b9}"),
    ('\u{1fa4}', "\u{1f64}\u{3b9}"),
    ('\u{1fa5}', "\u{1f65}\u{3b9}"),
    ('\u{1fa6}', "\u{1f66}\u{3b9}"),
    ('\u{1fa7}', "\u{1f67}\u{3b9}"),
    ('\u{1fa8}', "\u{1f60}\u{3b9}"),
    ('\u{1fa9}', "\u{1f61}\u{3b9}"),
    ('\u{1faa}', "\u{1f62}\u{3b9}"),
    ('\u{1fab}', "\u{1f63}\u{3b9}"),
    ('\u{1fac}', "\u{1f64}\u{3b9}"),
    ('\u{1fad}', "\u{1f65}\u{3b9}"),
    ('\u{1fae}', "\u{1f66}\u{3b9}"),
    ('\u{1faf}', "\u{1f67}\u{3b9}"),
    ('\u{1fb2}', "\u{1f70}\u{3b9}"),
    ('\u{1fb3}', "\u{3b1}\u{3b9}"),
    ('\u{1fb4}', "\u{3ac}\u{3b9}"),
    ('\u{1fb6}', "\u{3b1}\u{342}"),
    ('\u{1fb7}', "\u{3b1}\u{342}\u{3b9}"),
    ('\u{1fbc}', "\u{3b1}\u{3b9}"),
    ('\u{1fbe}', "\u{3b9}"),
    ('\u{1fc2}', "\u{1f74}\u{3b9}"),
    ('\u{1fc3}', "\u{3b7}\u{3b9}"),
    ('\u{1fc4}', "\u{3ae}\u{3b9}"),
    ('\u{1fc6}', "\u{3b7}\u{342}"),
    ('\u{1fc7}', "\u{3b7}\u{342}\u{3b9}"),
    ('\u{1fcc}', "\u{3b7}\u{3b9}"),
    ('\u{1fd2}', "\u{3b9}\u{308}\u{300}"),
    ('\u{1fd3}', "\u{3b9}\u{308}\u{301}"),
    ('\u{1fd6}', "\u{3b9}\u{342}"),
    ('\u{1fd7}', "\u{3b9}\u{308}\u{342}"),
    ('\u{1fe2}', "\u{3c5}\u{308}\u{300}"),
    ('\u{1fe3}', "\u{3c5}\u{308}\u{301}"),
    ('\u{1fe4}', "\u{3c1}\u{313}"),
    ('\u{1fe6}', "\u{3c5}\u{342}"),
    ('\u{1fe7}', "\u{3c5}\u{308}\u{342}"),
    ('\u{1ff2}', "\u{1f7c}\u{3b9}"),
    ('\u{1ff3}', "\u{3c9}\u{3b9}"),
    ('\u{1ff4}', "\u{3ce}\u{3b9}"),
    ('\u{1ff6}', "\u{3c9}\u{342}"),
    ('\u{1ff7}', "\u{3c9}\u{342}\u{3b9}"),
    ('\u{1ffc}', "\u{3c9}\u{3b9}"),
    ('\u{ab70}', "\u{13a0}"),
    ('\u{ab71}', "\u{13a1}"),
    ('\u{ab72}', "\u{13a2}"),
    ('\u{ab73}', "\u{13a3}"),
    ('\u{ab74}', "\u{13a4}"),
    ('\u{ab75}', "\u{13a5}"),
    ('\u{ab76}', "\u{13a6}"),
    ('\u{ab77}', "\u{13a7}"),
    ('\u{ab78}', "\u{13a8}"),
    ('\u{ab79}', "\u{13a9}"),
    ('\u{ab7a}', "\u{13aa}"),
    ('\u{ab7b}', "\u{13ab}"),
    ('\u{ab7c}', "\u{13ac}"),
    ('\u{ab7d}', "\u{13ad}"),
    ('\u{ab7e}', "\u{13ae}"),
    ('\u{ab7f}', "\u{13af}"),
    ('\u{ab80}', "\u{13b0}"),
    ('\u{ab81}', "\u{13b1}"),
    ('\u{ab82}', "\u{13b2}"),
    ('\u{ab83}', "\u{13b3}"),
    ('\u{ab84}', "\u{13b4}"),
    ('\u{ab85}', "\u{13b5}"),
    ('\u{ab86}', "\u{13b6}"),
    ('\u{ab87}', "\u{13b7}"),
    ('\u{ab88}', "\u{13b8}"),
    ('\u{ab89}', "\u{13b9}"),
    ('\u{ab8a}', "\u{13ba}"),
    ('\u{ab8b}', "\u{13bb}"),
    ('\u{ab8c}', "\u{13bc}"),
    ('\u{ab8d}', "\u{13bd}"),
    ('\u{ab8e}', "\u{13be}"),
    ('\u{ab8f}', "\u{13bf}"),
    ('\u{ab90}', "\u{13c0}"),
    ('\u{ab91}', "\u{13c1}"),
    ('\u{ab92}', "\u{13c2}"),
    ('\u{ab93}', "\u{13c3}"),
    ('\u{ab94}', "\u{13c4}"),
    ('\u{ab95}', "\u{13c5}"),
    ('\u{ab96}', "\u{13c6}"),
    ('\u{ab97}', "\u{13c7}"),
    ('\u{ab98}', "\u{13c8}"),
    ('\u{ab99}', "\u{13c9}"),
    ('\u{ab9a}', "\u{13ca}"),
    ('\u{ab9b}', "\u{13cb}"),
    ('\u{ab9c}', "\u{13cc}"),
    ('\u{ab9d}', "\u{13cd}"),
    ('\u{ab9e}', "\u{13ce}"),
    ('\u{ab9f}', "\u{13cf}"),
    ('\u{aba0}', "\u{13d0}"),
    ('\u{aba1}', "\u{13d1}"),
    ('\u{aba2}', "\u{13d2}"),
    ('\u{aba3}', "\u{13d3}"),
    ('\u{aba4}', "\u{13d4}"),
    ('\u{aba5}', "\u{13d5}"),
    ('\u{aba6}', "\u{13d6}"),
    ('\u{aba7}', "\u{13d7}"),
    ('\u{aba8}', "\u{13d8}"),
    ('\u{aba9}', "\u{13d9}"),
    ('\u{abaa}', "\u{13da}"),
    ('\u{abab}', "\u{13db}"),
    ('\u{abac}', "\u{13dc}"),
    ('\u{abad}', "\u{13dd}"),
    ('\u{abae}', "\u{13de}"),
    ('\u{abaf}', "\u{13df}"),
    ('\u{abb0}', "\u{13e0}"),
    ('\u{abb1}', "\u{13e1}"),
    ('\u{abb2}', "\u{13e2}"),
    ('\u{abb3}', "\u{13e3}"),
    ('\u{abb4}', "\u{13e4}"),
    ('\u{abb5}', "\u{13e5}"),
    ('\u{abb6}', "\u{13e6}"),
    ('\u{abb7}', "\u{13e7}"),
    ('\u{abb8}', "\u{13e8}"),
    ('\u{abb9}', "\u{13e9}"),
    ('\u{abba}', "\u{13ea}"),
    ('\u{abbb}', "\u{13eb}"),
    ('\u{abbc}', "\u{13ec}"),
    ('\u{abbd}', "\u{13ed}"),
    ('\u{abbe}', "\u{13ee}"),
    ('\u{abbf}', "\u{13ef}"),
    ('\u{fb00}', "\u{66}\u{66}"),
    ('\u{fb01}', "\u{66}\u{69}"),
    ('\u{fb02}', "\u{66}\u{6c}"),
    ('\u{fb03}', "\u{66}\u{66}\u{69}"),
    ('\u{fb04}', "\u{66}\u{66}\u{6c}"),
    ('\u{fb05}', "\u{73}\u{74}"),
    ('\u{fb06}', "\u{73}\u{74}"),
    ('\u{fb13}', "\u{574}\u{576}"),
    ('\u{fb14}', "\u{574}\u{565}"),
    ('\u{fb15}', "\u{574}\u{56b}"),
    ('\u{fb16}', "\u{57e}\u{576}"),
    ('\u{fb17}', "\u{574}\u{56d}"),
];

#[cfg(test)]
// The tables are plain tuples of CPython inputs and outputs, by design.
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    // The tables below the hand-written tests are printed by gen/tests.py
    // from CPython 3.11; expected values are Python reprs, or
    // "ExcType: message", so results are rendered the same way here.

    fn show_err(message: &str) -> String {
        format!("{}: {}", error_type(message), message)
    }

    fn show_list(items: &[&str]) -> String {
        let parts: Vec<String> = items.iter().map(|s| str_repr(s)).collect();
        format!("[{}]", parts.join(", "))
    }

    fn show_tuple(parts: (&str, &str, &str)) -> String {
        format!(
            "({}, {}, {})",
            str_repr(parts.0),
            str_repr(parts.1),
            str_repr(parts.2)
        )
    }

    fn show_bool(b: bool) -> String {
        if b { "True" } else { "False" }.to_string()
    }

    fn show<T, F: Fn(T) -> String>(result: Result<T, String>, render: F) -> String {
        match result {
            Ok(value) => render(value),
            Err(message) => show_err(&message),
        }
    }

    fn show_str(result: Result<String, String>) -> String {
        show(result, |s| str_repr(&s))
    }

    #[test]
    fn split_matches_cpython() {
        for &(s, sep, maxsplit, want_split, want_rsplit) in SPLIT {
            let got = show(split(s, sep, maxsplit), |v| show_list(&v));
            assert_eq!(got, want_split, "{s:?}.split({sep:?}, {maxsplit})");
            let got = show(rsplit(s, sep, maxsplit), |v| show_list(&v));
            assert_eq!(got, want_rsplit, "{s:?}.rsplit({sep:?}, {maxsplit})");
        }
    }

    #[test]
    fn splitlines_matches_cpython() {
        for &(s, keepends, want) in SPLITLINES {
            assert_eq!(
                show_list(&splitlines(s, keepends)),
                want,
                "{s:?} {keepends}"
            );
        }
    }

    #[test]
    fn partition_matches_cpython() {
        for &(s, sep, want, want_r) in PARTITION {
            assert_eq!(show(partition(s, sep), show_tuple), want, "{s:?} {sep:?}");
            assert_eq!(
                show(rpartition(s, sep), show_tuple),
                want_r,
                "{s:?} {sep:?}"
            );
        }
    }

    #[test]
    fn strip_matches_cpython() {
        for &(s, chars, want, want_l, want_r) in STRIP {
            assert_eq!(str_repr(strip(s, chars)), want, "{s:?} {chars:?}");
            assert_eq!(str_repr(lstrip(s, chars)), want_l, "{s:?} {chars:?}");
            assert_eq!(str_repr(rstrip(s, chars)), want_r, "{s:?} {chars:?}");
        }
    }

    #[test]
    fn search_matches_cpython() {
        for &(s, sub, start, end, want_find, want_rfind, want_count, want_starts, want_ends) in
            SEARCH
        {
            let case = format!("{s:?} {sub:?} {start:?} {end:?}");
            assert_eq!(
                find(s, sub, start, end).to_string(),
                want_find,
                "find {case}"
            );
            assert_eq!(
                rfind(s, sub, start, end).to_string(),
                want_rfind,
                "rfind {case}"
            );
            assert_eq!(
                count(s, sub, start, end).to_string(),
                want_count,
                "count {case}"
            );
            assert_eq!(
                show_bool(startswith(s, sub, start, end)),
                want_starts,
                "starts {case}"
            );
            assert_eq!(
                show_bool(endswith(s, sub, start, end)),
                want_ends,
                "ends {case}"
            );
        }
    }

    #[test]
    fn index_raises_value_error() {
        assert_eq!(index("abc", "c", None, None), Ok(2));
        assert_eq!(rindex("abcc", "c", None, Some(-1)), Ok(2));
        assert_eq!(
            index("abc", "d", None, None).map_err(|e| show_err(&e)),
            Err("ValueError: substring not found".to_string())
        );
        assert!(rindex("abc", "a", Some(1), None).is_err());
    }

    #[test]
    fn replace_matches_cpython() {
        for &(s, old, new, n, want) in REPLACE {
            assert_eq!(
                show_str(replace(s, old, new, n)),
                want,
                "{s:?} {old:?} {new:?} {n}"
            );
        }
    }

    #[test]
    fn case_mapping_matches_cpython() {
        for &(s, up, low, fold, cap, tit, swap) in CASE {
            assert_eq!(str_repr(&upper(s)), up, "upper {s:?}");
            assert_eq!(str_repr(&lower(s)), low, "lower {s:?}");
            assert_eq!(str_repr(&casefold(s)), fold, "casefold {s:?}");
            assert_eq!(str_repr(&capitalize(s)), cap, "capitalize {s:?}");
            assert_eq!(str_repr(&title(s)), tit, "title {s:?}");
            assert_eq!(str_repr(&swapcase(s)), swap, "swapcase {s:?}");
        }
    }

    #[test]
    fn padding_matches_cpython() {
        for &(s, width, fill, want_c, want_l, want_r, want_z) in PAD {
            assert_eq!(show_str(center(s, width, fill)), want_c, "{s:?} {width}");
            assert_eq!(show_str(ljust(s, width, fill)), want_l, "{s:?} {width}");
            assert_eq!(show_str(rjust(s, width, fill)), want_r, "{s:?} {width}");
            assert_eq!(show_str(zfill(s, width)), want_z, "{s:?} {width}");
        }
    }

    #[test]
    fn expandtabs_matches_cpython() {
        for &(s, tabsize, want) in EXPANDTABS {
            assert_eq!(show_str(expandtabs(s, tabsize)), want, "{s:?} {tabsize}");
        }
    }

    #[test]
    fn huge_sizes_are_memory_errors_not_allocations() {
        let memory = Err(MEMORY_ERROR.to_string());
        assert_eq!(center("x", i64::MAX, ' '), memory);
        assert_eq!(ljust("x", i64::MAX, ' '), memory);
        assert_eq!(rjust("x", 1 << 40, ' '), memory);
        assert_eq!(zfill("-1", i64::MAX), memory);
        assert_eq!(expandtabs("\t\t", i32::MAX), memory);
        assert_eq!(
            replace(&"a".repeat(100_000), "", &"b".repeat(10_000), -1),
            memory
        );
        assert_eq!(
            replace(&"a".repeat(100_000), "a", &"b".repeat(10_000), -1),
            memory
        );
        assert_eq!(error_type(MEMORY_ERROR), "MemoryError");
        // Negative and i64::MIN widths are simply "already wide enough".
        assert_eq!(center("x", i64::MIN, ' '), Ok("x".to_string()));
    }

    #[test]
    fn predicates_match_cpython() {
        let predicates: [(&str, fn(&str) -> bool); 12] = [
            ("isalpha", isalpha),
            ("isdigit", isdigit),
            ("isdecimal", isdecimal),
            ("isnumeric", isnumeric),
            ("isalnum", isalnum),
            ("isspace", isspace),
            ("isupper", isupper),
            ("islower", islower),
            ("istitle", istitle),
            ("isidentifier", isidentifier),
            ("isprintable", isprintable),
            ("isascii", isascii),
        ];
        for &(s, want) in PREDICATES {
            for ((name, predicate), flag) in predicates.iter().zip(want.chars()) {
                assert_eq!(predicate(s), flag == '1', "{s:?}.{name}()");
            }
        }
    }

    #[test]
    fn isidentifier_is_exact_on_ascii() {
        for b in 0u8..128 {
            let c = b as char;
            let start = c == '_' || c.is_ascii_alphabetic();
            let cont = start || c.is_ascii_digit();
            assert_eq!(isidentifier(&c.to_string()), start, "{c:?}");
            assert_eq!(isidentifier(&format!("a{c}")), cont, "{c:?}");
        }
    }

    #[test]
    fn decimal_values() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{663}'), Some(3));
        assert_eq!(decimal_value('\u{1d7d9}'), Some(1));
        assert_eq!(decimal_value('\u{b2}'), None);
        assert_eq!(decimal_value('a'), None);
    }

    #[test]
    fn repr_matches_cpython() {
        for &(s, want_repr, want_ascii) in REPR {
            assert_eq!(str_repr(s), want_repr, "{s:?}");
            assert_eq!(ascii_repr(s), want_ascii, "{s:?}");
        }
        for &(b, want) in BYTES_REPR {
            assert_eq!(bytes_repr(b), want, "{b:?}");
        }
    }

    #[test]
    fn char_at_and_slice() {
        assert_eq!(char_at("héllo", 1), Ok('é'));
        assert_eq!(char_at("héllo", -1), Ok('o'));
        assert_eq!(
            char_at("abc", 3).map_err(|e| show_err(&e)),
            Err("IndexError: string index out of range".to_string())
        );
        assert!(char_at("abc", i64::MIN).is_err());
        assert!(char_at("", 0).is_err());
        let s = "héllo wörld";
        let cases: &[(Option<i64>, Option<i64>, i64, &str)] = &[
            (None, None, 1, "héllo wörld"),
            (Some(1), Some(4), 1, "éll"),
            (None, None, -1, "dlröw olléh"),
            (None, None, 2, "hlowrd"),
            (Some(-3), None, 1, "rld"),
            (Some(i64::MIN), Some(i64::MAX), 1, "héllo wörld"),
            (Some(i64::MAX), Some(i64::MIN), -1, "dlröw olléh"),
            (Some(5), Some(1), 1, ""),
            (Some(8), Some(2), -3, "r "),
            (None, None, i64::MAX, "h"),
            (None, None, i64::MIN, "d"),
        ];
        for &(start, stop, step, want) in cases {
            assert_eq!(slice(s, start, stop, step), Ok(want.to_string()));
        }
        assert_eq!(
            slice(s, None, None, 0),
            Err("slice step cannot be zero".to_string())
        );
    }

    /// A `str.format` host whose values record what was done to them, mirroring
    /// the `W` class in gen/tests.py.
    struct RecordingHost;

    impl FormatHost for RecordingHost {
        type Value = String;
        type Error = String;

        fn positional(&mut self, index: usize) -> Result<String, String> {
            if index < 3 {
                Ok(format!("p{index}"))
            } else {
                Err(format!("IndexError: {}", replacement_index_error(index)))
            }
        }

        fn keyword(&mut self, name: &str) -> Result<String, String> {
            match name {
                "x" | "y" => Ok(name.to_string()),
                "w" => Ok("5".to_string()),
                "é" => Ok("e".to_string()),
                _ => Err(format!("KeyError: {}", str_repr(name))),
            }
        }

        fn attribute(&mut self, value: String, name: &str) -> Result<String, String> {
            Ok(format!("{value}.{name}"))
        }

        fn item_index(&mut self, value: String, index: usize) -> Result<String, String> {
            Ok(format!("{value}[{index}]"))
        }

        fn item_key(&mut self, value: String, key: &str) -> Result<String, String> {
            Ok(format!("{value}[{}]", str_repr(key)))
        }

        fn convert(&mut self, value: String, conversion: char) -> Result<String, String> {
            // Converted values are plain strs, formatted by str.__format__,
            // which the marker below stands in for.
            Ok(match conversion {
                's' => format!("\u{0}S({value})"),
                _ => format!("\u{0}R({value})"),
            })
        }

        fn format(&mut self, value: String, spec: &str) -> Result<String, String> {
            match value.strip_prefix('\u{0}') {
                Some(text) if spec.is_empty() => Ok(text.to_string()),
                Some(text) => {
                    let width = spec.trim_start_matches('>').parse().unwrap_or(0);
                    Ok(format!("{text:>width$}"))
                }
                None => Ok(format!("<{value}|{spec}>")),
            }
        }

        fn value_error(&mut self, message: String) -> String {
            format!("ValueError: {message}")
        }
    }

    #[test]
    fn format_matches_cpython() {
        for &(template, want) in FORMAT.iter().chain(FORMAT_RANDOM) {
            let got = match format_with(&mut RecordingHost, template) {
                Ok(text) => str_repr(&text),
                Err(error) => error,
            };
            assert_eq!(got, want, "{template:?}");
        }
    }

    #[test]
    fn parse_format_pieces() {
        let pieces = parse_format("a{{{0.x[1][k]!r:>{w}}}}b{}").map_err(|e| show_err(&e));
        assert_eq!(
            pieces,
            Err(
                "ValueError: cannot switch from manual field specification to automatic field numbering"
                    .to_string()
            )
        );
        let pieces = parse_format("a{{{x.y[1][k]!r:>{w}.{}}}}b{}{z.}").expect("valid template");
        let plain = |first: FieldFirst| FmtPiece::Field {
            name: FieldName {
                first,
                accessors: vec![],
                accessor_error: None,
            },
            conversion: None,
            spec: String::new(),
            spec_pieces: None,
        };
        let expected = vec![
            FmtPiece::Literal("a{".to_string()),
            FmtPiece::Field {
                name: FieldName {
                    first: FieldFirst::Keyword("x".to_string()),
                    accessors: vec![
                        Accessor::Attr("y".to_string()),
                        Accessor::Index(1),
                        Accessor::Key("k".to_string()),
                    ],
                    accessor_error: None,
                },
                conversion: Some('r'),
                spec: ">{w}.{}".to_string(),
                spec_pieces: Some(vec![
                    FmtPiece::Literal(">".to_string()),
                    plain(FieldFirst::Keyword("w".to_string())),
                    FmtPiece::Literal(".".to_string()),
                    plain(FieldFirst::Auto(0)),
                ]),
            },
            FmtPiece::Literal("}b".to_string()),
            plain(FieldFirst::Auto(1)),
            FmtPiece::Field {
                name: FieldName {
                    first: FieldFirst::Keyword("z".to_string()),
                    accessors: vec![],
                    accessor_error: Some("Empty attribute in format string".to_string()),
                },
                conversion: None,
                spec: String::new(),
                spec_pieces: None,
            },
        ];
        assert_eq!(pieces, expected);
        assert!(spec_needs_expanding(">{w}"));
        assert!(!spec_needs_expanding(">10"));
        assert_eq!(
            parse_format("{:{:{}}}"),
            Err("Max string recursion exceeded".to_string())
        );
        assert_eq!(
            check_conversion('x'),
            Err("Unknown conversion specifier x".to_string())
        );
        assert_eq!(
            check_conversion('\u{20ac}'),
            Err("Unknown conversion specifier \\x20ac".to_string())
        );
    }

    /// A tiny deterministic generator, so the no-panic sweep needs no crates.
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            self.0 >> 33
        }

        fn pick<T: Copy>(&mut self, items: &[T]) -> T {
            items[self.next() as usize % items.len()]
        }

        fn text(&mut self) -> String {
            let alphabet = [
                'a',
                'b',
                ' ',
                '\t',
                '\n',
                '\r',
                '{',
                '}',
                '[',
                ']',
                '!',
                ':',
                '.',
                '0',
                '1',
                '\u{e9}',
                '\u{3a3}',
                '\u{2028}',
                '\u{1f600}',
                '\u{85}',
                '-',
                '+',
                '\u{df}',
            ];
            let len = self.next() % 8;
            (0..len).map(|_| self.pick(&alphabet)).collect()
        }
    }

    #[test]
    fn arbitrary_inputs_never_panic() {
        let bounds = [
            None,
            Some(0),
            Some(1),
            Some(-1),
            Some(3),
            Some(-4),
            Some(i64::MAX),
            Some(i64::MIN),
        ];
        let widths = [0, 1, 5, -1, i64::MAX, i64::MIN, 1 << 30];
        let mut rng = Lcg(7);
        for _ in 0..20_000 {
            let s = rng.text();
            let t = rng.text();
            let (start, end) = (rng.pick(&bounds), rng.pick(&bounds));
            let n = rng.pick(&widths);
            let _ = split(&s, Some(t.as_str()), n);
            let _ = rsplit(&s, None, n);
            let _ = splitlines(&s, n > 0);
            let _ = partition(&s, &t);
            let _ = rpartition(&s, &t);
            let _ = strip(&s, Some(&t));
            let found = find(&s, &t, start, end);
            assert!(found >= -1 && found <= char_len(&s) as i64);
            let _ = rfind(&s, &t, start, end);
            let _ = count(&s, &t, start, end);
            let _ = startswith(&s, &t, start, end);
            let _ = endswith(&s, &t, start, end);
            let _ = replace(&s, &t, "xy", n);
            let _ = (upper(&s), lower(&s), casefold(&s), title(&s));
            let _ = (capitalize(&s), swapcase(&s), istitle(&s), isidentifier(&s));
            let _ = (center(&s, n, '*'), zfill(&s, n), expandtabs(&s, n as i32));
            let _ = char_at(&s, n);
            let _ = slice(&s, start, end, n);
            let _ = (str_repr(&s), ascii_repr(&s), bytes_repr(s.as_bytes()));
            let _ = parse_format(&s);
            let _ = format_with(&mut RecordingHost, &s);
        }
    }
    #[rustfmt::skip]
    const SPLIT: &[(&str, Option<&str>, i64, &str, &str)] = &[
        ("", None, -1, "[]", "[]"),
        ("", None, 0, "[]", "[]"),
        ("", None, 1, "[]", "[]"),
        ("", None, 2, "[]", "[]"),
        ("", None, 9223372036854775807, "[]", "[]"),
        ("", Some(","), -1, "['']", "['']"),
        ("", Some(","), 0, "['']", "['']"),
        ("", Some(","), 1, "['']", "['']"),
        ("", Some(","), 2, "['']", "['']"),
        ("", Some(","), 9223372036854775807, "['']", "['']"),
        ("", Some("a"), -1, "['']", "['']"),
        ("", Some("a"), 0, "['']", "['']"),
        ("", Some("a"), 1, "['']", "['']"),
        ("", Some("a"), 2, "['']", "['']"),
        ("", Some("a"), 9223372036854775807, "['']", "['']"),
        ("", Some(""), -1, "ValueError: empty separator", "ValueError: empty separator"),
        ("", Some(""), 0, "ValueError: empty separator", "ValueError: empty separator"),
        ("", Some(""), 1, "ValueError: empty separator", "ValueError: empty separator"),
        ("", Some(""), 2, "ValueError: empty separator", "ValueError: empty separator"),
        ("", Some(""), 9223372036854775807, "ValueError: empty separator", "ValueError: empty separator"),
        ("", Some(" "), -1, "['']", "['']"),
        ("", Some(" "), 0, "['']", "['']"),
        ("", Some(" "), 1, "['']", "['']"),
        ("", Some(" "), 2, "['']", "['']"),
        ("", Some(" "), 9223372036854775807, "['']", "['']"),
        ("", Some(",,"), -1, "['']", "['']"),
        ("", Some(",,"), 0, "['']", "['']"),
        ("", Some(",,"), 1, "['']", "['']"),
        ("", Some(",,"), 2, "['']", "['']"),
        ("", Some(",,"), 9223372036854775807, "['']", "['']"),
        ("", Some("\u{f6}"), -1, "['']", "['']"),
        ("", Some("\u{f6}"), 0, "['']", "['']"),
        ("", Some("\u{f6}"), 1, "['']", "['']"),
        ("", Some("\u{f6}"), 2, "['']", "['']"),
        ("", Some("\u{f6}"), 9223372036854775807, "['']", "['']"),
        ("abc", None, -1, "['abc']", "['abc']"),
        ("abc", None, 0, "['abc']", "['abc']"),
        ("abc", None, 1, "['abc']", "['abc']"),
        ("abc", None, 2, "['abc']", "['abc']"),
        ("abc", None, 9223372036854775807, "['abc']", "['abc']"),
        ("abc", Some(","), -1, "['abc']", "['abc']"),
        ("abc", Some(","), 0, "['abc']", "['abc']"),
        ("abc", Some(","), 1, "['abc']", "['abc']"),
        ("abc", Some(","), 2, "['abc']", "['abc']"),
        ("abc", Some(","), 9223372036854775807, "['abc']", "['abc']"),
        ("abc", Some("a"), -1, "['', 'bc']", "['', 'bc']"),
        ("abc", Some("a"), 0, "['abc']", "['abc']"),
        ("abc", Some("a"), 1, "['', 'bc']", "['', 'bc']"),
        ("abc", Some("a"), 2, "['', 'bc']", "['', 'bc']"),
        ("abc", Some("a"), 9223372036854775807, "['', 'bc']", "['', 'bc']"),
        ("abc", Some(""), -1, "ValueError: empty separator", "ValueError: empty separator"),
        ("abc", Some(""), 0, "ValueError: empty separator", "ValueError: empty separator"),
        ("abc", Some(""), 1, "ValueError: empty separator", "ValueError: empty separator"),
        ("abc", Some(""), 2, "ValueError: empty separator", "ValueError: empty separator"),
        ("abc", Some(""), 9223372036854775807, "ValueError: empty separator", "ValueError: empty separator"),
        ("abc", Some(" "), -1, "['abc']", "['abc']"),
        ("abc", Some(" "), 0, "['abc']", "['abc']"),
        ("abc", Some(" "), 1, "['abc']", "['abc']"),
        ("abc", Some(" "), 2, "['abc']", "['abc']"),
        ("abc", Some(" "), 9223372036854775807, "['abc']", "['abc']"),
        ("abc", Some(",,"), -1, "['abc']", "['abc']"),
        ("abc", Some(",,"), 0, "['abc']", "['abc']"),
        ("abc", Some(",,"), 1, "['abc']", "['abc']"),
        ("abc", Some(",,"), 2, "['abc']", "['abc']"),
        ("abc", Some(",,"), 9223372036854775807, "['abc']", "['abc']"),
        ("abc", Some("\u{f6}"), -1, "['abc']", "['abc']"),
        ("abc", Some("\u{f6}"), 0, "['abc']", "['abc']"),
        ("abc", Some("\u{f6}"), 1, "['abc']", "['abc']"),
        ("abc", Some("\u{f6}"), 2, "['abc']", "['abc']"),
        ("abc", Some("\u{f6}"), 9223372036854775807, "['abc']", "['abc']"),
        ("  a b  c  ", None, -1, "['a', 'b', 'c']", "['a', 'b', 'c']"),
        ("  a b  c  ", None, 0, "['a b  c  ']", "['  a b  c']"),
        ("  a b  c  ", None, 1, "['a', 'b  c  ']", "['  a b', 'c']"),
        ("  a b  c  ", None, 2, "['a', 'b', 'c  ']", "['  a', 'b', 'c']"),
        ("  a b  c  ", None, 9223372036854775807, "['a', 'b', 'c']", "['a', 'b', 'c']"),
        ("  a b  c  ", Some(","), -1, "['  a b  c  ']", "['  a b  c  ']"),
        ("  a b  c  ", Some(","), 0, "['  a b  c  ']", "['  a b  c  ']"),
        ("  a b  c  ", Some(","), 1, "['  a b  c  ']", "['  a b  c  ']"),
        ("  a b  c  ", Some(","), 2, "['  a b  c  ']", "['  a b  c  ']"),
        ("  a b  c  ", Some(","), 9223372036854775807, "['  a b  c  ']", "['  a b  c  ']"),
        ("  a b  c  ", Some("a"), -1, "['  ', ' b  c  ']", "['  ', ' b  c  ']"),
        ("  a b  c  ", Some("a"), 0, "['  a b  c  ']", "['  a b  c  ']"),
        ("  a b  c  ", Some("a"), 1, "['  ', ' b  c  ']", "['  ', ' b  c  ']"),
        ("  a b  c  ", Some("a"), 2, "['  ', ' b  c  ']", "['  ', ' b  c  ']"),
        ("  a b  c  ", Some("a"), 9223372036854775807, "['  ', ' b  c  ']", "['  ', ' b  c  ']"),
        ("  a b  c  ", Some(""), -1, "ValueError: empty separator", "ValueError: empty separator"),
        ("  a b  c  ", Some(""), 0, "ValueError: empty separator", "ValueError: empty separator"),
        ("  a b  c  ", Some(""), 1, "ValueError: empty separator", "ValueError: empty separator"),
        ("  a b  c  ", Some(""), 2, "ValueError: empty separator", "ValueError: empty separator"),
        ("  a b  c  ", Some(""), 9223372036854775807, "ValueError: empty separator", "ValueError: empty separator"),
        ("  a b  c  ", Some(" "), -1, "['', '', 'a', 'b', '', 'c', '', '']", "['', '', 'a', 'b', '', 'c', '', '']"),
        ("  a b  c  ", Some(" "), 0, "['  a b  c  ']", "['  a b  c  ']"),
        ("  a b  c  ", Some(" "), 1, "['', ' a b  c  ']", "['  a b  c ', '']"),
        ("  a b  c  ", Some(" "), 2, "['', '', 'a b  c  ']", "['  a b  c', '', '']"),
        ("  a b  c  ", Some(" "), 9223372036854775807, "['', '', 'a', 'b', '', 'c', '', '']", "['', '', 'a', 'b', '', 'c', '', '']"),
        ("  a b  c  ", Some(",,"), -1, "['  a b  c  ']", "['  a b  c  ']"),
        ("  a b  c  ", Some(",,"), 0, "['  a b  c  ']", "['  a b  c  ']"),
        ("  a b  c  ", Some(",,"), 1, "['  a b  c  ']", "['  a b  c  ']"),
        ("  a b  c  ", Some(",,"), 2, "['  a b  c  ']", "['  a b  c  ']"),
        ("  a b  c  ", Some(",,"), 9223372036854775807, "['  a b  c  ']", "['  a b  c  ']"),
        ("  a b  c  ", Some("\u{f6}"), -1, "['  a b  c  ']", "['  a b  c  ']"),
        ("  a b  c  ", Some("\u{f6}"), 0, "['  a b  c  ']", "['  a b  c  ']"),
        ("  a b  c  ", Some("\u{f6}"), 1, "['  a b  c  ']", "['  a b  c  ']"),
        ("  a b  c  ", Some("\u{f6}"), 2, "['  a b  c  ']", "['  a b  c  ']"),
        ("  a b  c  ", Some("\u{f6}"), 9223372036854775807, "['  a b  c  ']", "['  a b  c  ']"),
        ("a,b,,c,", None, -1, "['a,b,,c,']", "['a,b,,c,']"),
        ("a,b,,c,", None, 0, "['a,b,,c,']", "['a,b,,c,']"),
        ("a,b,,c,", None, 1, "['a,b,,c,']", "['a,b,,c,']"),
        ("a,b,,c,", None, 2, "['a,b,,c,']", "['a,b,,c,']"),
        ("a,b,,c,", None, 9223372036854775807, "['a,b,,c,']", "['a,b,,c,']"),
        ("a,b,,c,", Some(","), -1, "['a', 'b', '', 'c', '']", "['a', 'b', '', 'c', '']"),
        ("a,b,,c,", Some(","), 0, "['a,b,,c,']", "['a,b,,c,']"),
        ("a,b,,c,", Some(","), 1, "['a', 'b,,c,']", "['a,b,,c', '']"),
        ("a,b,,c,", Some(","), 2, "['a', 'b', ',c,']", "['a,b,', 'c', '']"),
        ("a,b,,c,", Some(","), 9223372036854775807, "['a', 'b', '', 'c', '']", "['a', 'b', '', 'c', '']"),
        ("a,b,,c,", Some("a"), -1, "['', ',b,,c,']", "['', ',b,,c,']"),
        ("a,b,,c,", Some("a"), 0, "['a,b,,c,']", "['a,b,,c,']"),
        ("a,b,,c,", Some("a"), 1, "['', ',b,,c,']", "['', ',b,,c,']"),
        ("a,b,,c,", Some("a"), 2, "['', ',b,,c,']", "['', ',b,,c,']"),
        ("a,b,,c,", Some("a"), 9223372036854775807, "['', ',b,,c,']", "['', ',b,,c,']"),
        ("a,b,,c,", Some(""), -1, "ValueError: empty separator", "ValueError: empty separator"),
        ("a,b,,c,", Some(""), 0, "ValueError: empty separator", "ValueError: empty separator"),
        ("a,b,,c,", Some(""), 1, "ValueError: empty separator", "ValueError: empty separator"),
        ("a,b,,c,", Some(""), 2, "ValueError: empty separator", "ValueError: empty separator"),
        ("a,b,,c,", Some(""), 9223372036854775807, "ValueError: empty separator", "ValueError: empty separator"),
        ("a,b,,c,", Some(" "), -1, "['a,b,,c,']", "['a,b,,c,']"),
        ("a,b,,c,", Some(" "), 0, "['a,b,,c,']", "['a,b,,c,']"),
        ("a,b,,c,", Some(" "), 1, "['a,b,,c,']", "['a,b,,c,']"),
        ("a,b,,c,", Some(" "), 2, "['a,b,,c,']", "['a,b,,c,']"),
        ("a,b,,c,", Some(" "), 9223372036854775807, "['a,b,,c,']", "['a,b,,c,']"),
        ("a,b,,c,", Some(",,"), -1, "['a,b', 'c,']", "['a,b', 'c,']"),
        ("a,b,,c,", Some(",,"), 0, "['a,b,,c,']", "['a,b,,c,']"),
        ("a,b,,c,", Some(",,"), 1, "['a,b', 'c,']", "['a,b', 'c,']"),
        ("a,b,,c,", Some(",,"), 2, "['a,b', 'c,']", "['a,b', 'c,']"),
        ("a,b,,c,", Some(",,"), 9223372036854775807, "['a,b', 'c,']", "['a,b', 'c,']"),
        ("a,b,,c,", Some("\u{f6}"), -1, "['a,b,,c,']", "['a,b,,c,']"),
        ("a,b,,c,", Some("\u{f6}"), 0, "['a,b,,c,']", "['a,b,,c,']"),
        ("a,b,,c,", Some("\u{f6}"), 1, "['a,b,,c,']", "['a,b,,c,']"),
        ("a,b,,c,", Some("\u{f6}"), 2, "['a,b,,c,']", "['a,b,,c,']"),
        ("a,b,,c,", Some("\u{f6}"), 9223372036854775807, "['a,b,,c,']", "['a,b,,c,']"),
        (",,", None, -1, "[',,']", "[',,']"),
        (",,", None, 0, "[',,']", "[',,']"),
        (",,", None, 1, "[',,']", "[',,']"),
        (",,", None, 2, "[',,']", "[',,']"),
        (",,", None, 9223372036854775807, "[',,']", "[',,']"),
        (",,", Some(","), -1, "['', '', '']", "['', '', '']"),
        (",,", Some(","), 0, "[',,']", "[',,']"),
        (",,", Some(","), 1, "['', ',']", "[',', '']"),
        (",,", Some(","), 2, "['', '', '']", "['', '', '']"),
        (",,", Some(","), 9223372036854775807, "['', '', '']", "['', '', '']"),
        (",,", Some("a"), -1, "[',,']", "[',,']"),
        (",,", Some("a"), 0, "[',,']", "[',,']"),
        (",,", Some("a"), 1, "[',,']", "[',,']"),
        (",,", Some("a"), 2, "[',,']", "[',,']"),
        (",,", Some("a"), 9223372036854775807, "[',,']", "[',,']"),
        (",,", Some(""), -1, "ValueError: empty separator", "ValueError: empty separator"),
        (",,", Some(""), 0, "ValueError: empty separator", "ValueError: empty separator"),
        (",,", Some(""), 1, "ValueError: empty separator", "ValueError: empty separator"),
        (",,", Some(""), 2, "ValueError: empty separator", "ValueError: empty separator"),
        (",,", Some(""), 9223372036854775807, "ValueError: empty separator", "ValueError: empty separator"),
        (",,", Some(" "), -1, "[',,']", "[',,']"),
        (",,", Some(" "), 0, "[',,']", "[',,']"),
        (",,", Some(" "), 1, "[',,']", "[',,']"),
        (",,", Some(" "), 2, "[',,']", "[',,']"),
        (",,", Some(" "), 9223372036854775807, "[',,']", "[',,']"),
        (",,", Some(",,"), -1, "['', '']", "['', '']"),
        (",,", Some(",,"), 0, "[',,']", "[',,']"),
        (",,", Some(",,"), 1, "['', '']", "['', '']"),
        (",,", Some(",,"), 2, "['', '']", "['', '']"),
        (",,", Some(",,"), 9223372036854775807, "['', '']", "['', '']"),
        (",,", Some("\u{f6}"), -1, "[',,']", "[',,']"),
        (",,", Some("\u{f6}"), 0, "[',,']", "[',,']"),
        (",,", Some("\u{f6}"), 1, "[',,']", "[',,']"),
        (",,", Some("\u{f6}"), 2, "[',,']", "[',,']"),
        (",,", Some("\u{f6}"), 9223372036854775807, "[',,']", "[',,']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", None, -1, "['x', 'y', 'z']", "['x', 'y', 'z']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", None, 0, "['x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", None, 1, "['x', 'y\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy', 'z']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", None, 2, "['x', 'y', 'z\\u2028 ']", "['\\t x', 'y', 'z']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", None, 9223372036854775807, "['x', 'y', 'z']", "['x', 'y', 'z']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some(","), -1, "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some(","), 0, "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some(","), 1, "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some(","), 2, "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some(","), 9223372036854775807, "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some("a"), -1, "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some("a"), 0, "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some("a"), 1, "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some("a"), 2, "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some("a"), 9223372036854775807, "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some(""), -1, "ValueError: empty separator", "ValueError: empty separator"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some(""), 0, "ValueError: empty separator", "ValueError: empty separator"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some(""), 1, "ValueError: empty separator", "ValueError: empty separator"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some(""), 2, "ValueError: empty separator", "ValueError: empty separator"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some(""), 9223372036854775807, "ValueError: empty separator", "ValueError: empty separator"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some(" "), -1, "['\\t', 'x\\x1c\\x1fy\\u3000z\\u2028', '']", "['\\t', 'x\\x1c\\x1fy\\u3000z\\u2028', '']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some(" "), 0, "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some(" "), 1, "['\\t', 'x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z\\u2028', '']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some(" "), 2, "['\\t', 'x\\x1c\\x1fy\\u3000z\\u2028', '']", "['\\t', 'x\\x1c\\x1fy\\u3000z\\u2028', '']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some(" "), 9223372036854775807, "['\\t', 'x\\x1c\\x1fy\\u3000z\\u2028', '']", "['\\t', 'x\\x1c\\x1fy\\u3000z\\u2028', '']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some(",,"), -1, "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some(",,"), 0, "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some(",,"), 1, "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some(",,"), 2, "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some(",,"), 9223372036854775807, "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some("\u{f6}"), -1, "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some("\u{f6}"), 0, "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some("\u{f6}"), 1, "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some("\u{f6}"), 2, "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some("\u{f6}"), 9223372036854775807, "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']", "['\\t x\\x1c\\x1fy\\u3000z\\u2028 ']"),
        ("h\u{e9}llo w\u{f6}rld", None, -1, "['h\u{e9}llo', 'w\u{f6}rld']", "['h\u{e9}llo', 'w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", None, 0, "['h\u{e9}llo w\u{f6}rld']", "['h\u{e9}llo w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", None, 1, "['h\u{e9}llo', 'w\u{f6}rld']", "['h\u{e9}llo', 'w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", None, 2, "['h\u{e9}llo', 'w\u{f6}rld']", "['h\u{e9}llo', 'w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", None, 9223372036854775807, "['h\u{e9}llo', 'w\u{f6}rld']", "['h\u{e9}llo', 'w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some(","), -1, "['h\u{e9}llo w\u{f6}rld']", "['h\u{e9}llo w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some(","), 0, "['h\u{e9}llo w\u{f6}rld']", "['h\u{e9}llo w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some(","), 1, "['h\u{e9}llo w\u{f6}rld']", "['h\u{e9}llo w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some(","), 2, "['h\u{e9}llo w\u{f6}rld']", "['h\u{e9}llo w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some(","), 9223372036854775807, "['h\u{e9}llo w\u{f6}rld']", "['h\u{e9}llo w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some("a"), -1, "['h\u{e9}llo w\u{f6}rld']", "['h\u{e9}llo w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some("a"), 0, "['h\u{e9}llo w\u{f6}rld']", "['h\u{e9}llo w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some("a"), 1, "['h\u{e9}llo w\u{f6}rld']", "['h\u{e9}llo w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some("a"), 2, "['h\u{e9}llo w\u{f6}rld']", "['h\u{e9}llo w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some("a"), 9223372036854775807, "['h\u{e9}llo w\u{f6}rld']", "['h\u{e9}llo w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some(""), -1, "ValueError: empty separator", "ValueError: empty separator"),
        ("h\u{e9}llo w\u{f6}rld", Some(""), 0, "ValueError: empty separator", "ValueError: empty separator"),
        ("h\u{e9}llo w\u{f6}rld", Some(""), 1, "ValueError: empty separator", "ValueError: empty separator"),
        ("h\u{e9}llo w\u{f6}rld", Some(""), 2, "ValueError: empty separator", "ValueError: empty separator"),
        ("h\u{e9}llo w\u{f6}rld", Some(""), 9223372036854775807, "ValueError: empty separator", "ValueError: empty separator"),
        ("h\u{e9}llo w\u{f6}rld", Some(" "), -1, "['h\u{e9}llo', 'w\u{f6}rld']", "['h\u{e9}llo', 'w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some(" "), 0, "['h\u{e9}llo w\u{f6}rld']", "['h\u{e9}llo w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some(" "), 1, "['h\u{e9}llo', 'w\u{f6}rld']", "['h\u{e9}llo', 'w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some(" "), 2, "['h\u{e9}llo', 'w\u{f6}rld']", "['h\u{e9}llo', 'w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some(" "), 9223372036854775807, "['h\u{e9}llo', 'w\u{f6}rld']", "['h\u{e9}llo', 'w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some(",,"), -1, "['h\u{e9}llo w\u{f6}rld']", "['h\u{e9}llo w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some(",,"), 0, "['h\u{e9}llo w\u{f6}rld']", "['h\u{e9}llo w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some(",,"), 1, "['h\u{e9}llo w\u{f6}rld']", "['h\u{e9}llo w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some(",,"), 2, "['h\u{e9}llo w\u{f6}rld']", "['h\u{e9}llo w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some(",,"), 9223372036854775807, "['h\u{e9}llo w\u{f6}rld']", "['h\u{e9}llo w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some("\u{f6}"), -1, "['h\u{e9}llo w', 'rld']", "['h\u{e9}llo w', 'rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some("\u{f6}"), 0, "['h\u{e9}llo w\u{f6}rld']", "['h\u{e9}llo w\u{f6}rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some("\u{f6}"), 1, "['h\u{e9}llo w', 'rld']", "['h\u{e9}llo w', 'rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some("\u{f6}"), 2, "['h\u{e9}llo w', 'rld']", "['h\u{e9}llo w', 'rld']"),
        ("h\u{e9}llo w\u{f6}rld", Some("\u{f6}"), 9223372036854775807, "['h\u{e9}llo w', 'rld']", "['h\u{e9}llo w', 'rld']"),
        ("aaa", None, -1, "['aaa']", "['aaa']"),
        ("aaa", None, 0, "['aaa']", "['aaa']"),
        ("aaa", None, 1, "['aaa']", "['aaa']"),
        ("aaa", None, 2, "['aaa']", "['aaa']"),
        ("aaa", None, 9223372036854775807, "['aaa']", "['aaa']"),
        ("aaa", Some(","), -1, "['aaa']", "['aaa']"),
        ("aaa", Some(","), 0, "['aaa']", "['aaa']"),
        ("aaa", Some(","), 1, "['aaa']", "['aaa']"),
        ("aaa", Some(","), 2, "['aaa']", "['aaa']"),
        ("aaa", Some(","), 9223372036854775807, "['aaa']", "['aaa']"),
        ("aaa", Some("a"), -1, "['', '', '', '']", "['', '', '', '']"),
        ("aaa", Some("a"), 0, "['aaa']", "['aaa']"),
        ("aaa", Some("a"), 1, "['', 'aa']", "['aa', '']"),
        ("aaa", Some("a"), 2, "['', '', 'a']", "['a', '', '']"),
        ("aaa", Some("a"), 9223372036854775807, "['', '', '', '']", "['', '', '', '']"),
        ("aaa", Some(""), -1, "ValueError: empty separator", "ValueError: empty separator"),
        ("aaa", Some(""), 0, "ValueError: empty separator", "ValueError: empty separator"),
        ("aaa", Some(""), 1, "ValueError: empty separator", "ValueError: empty separator"),
        ("aaa", Some(""), 2, "ValueError: empty separator", "ValueError: empty separator"),
        ("aaa", Some(""), 9223372036854775807, "ValueError: empty separator", "ValueError: empty separator"),
        ("aaa", Some(" "), -1, "['aaa']", "['aaa']"),
        ("aaa", Some(" "), 0, "['aaa']", "['aaa']"),
        ("aaa", Some(" "), 1, "['aaa']", "['aaa']"),
        ("aaa", Some(" "), 2, "['aaa']", "['aaa']"),
        ("aaa", Some(" "), 9223372036854775807, "['aaa']", "['aaa']"),
        ("aaa", Some(",,"), -1, "['aaa']", "['aaa']"),
        ("aaa", Some(",,"), 0, "['aaa']", "['aaa']"),
        ("aaa", Some(",,"), 1, "['aaa']", "['aaa']"),
        ("aaa", Some(",,"), 2, "['aaa']", "['aaa']"),
        ("aaa", Some(",,"), 9223372036854775807, "['aaa']", "['aaa']"),
        ("aaa", Some("\u{f6}"), -1, "['aaa']", "['aaa']"),
        ("aaa", Some("\u{f6}"), 0, "['aaa']", "['aaa']"),
        ("aaa", Some("\u{f6}"), 1, "['aaa']", "['aaa']"),
        ("aaa", Some("\u{f6}"), 2, "['aaa']", "['aaa']"),
        ("aaa", Some("\u{f6}"), 9223372036854775807, "['aaa']", "['aaa']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", None, -1, "['\u{65e5}\u{672c}\u{8a9e}', '\u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e}', '\u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", None, 0, "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", None, 1, "['\u{65e5}\u{672c}\u{8a9e}', '\u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e}', '\u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", None, 2, "['\u{65e5}\u{672c}\u{8a9e}', '\u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e}', '\u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", None, 9223372036854775807, "['\u{65e5}\u{672c}\u{8a9e}', '\u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e}', '\u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some(","), -1, "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some(","), 0, "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some(","), 1, "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some(","), 2, "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some(","), 9223372036854775807, "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some("a"), -1, "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some("a"), 0, "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some("a"), 1, "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some("a"), 2, "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some("a"), 9223372036854775807, "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some(""), -1, "ValueError: empty separator", "ValueError: empty separator"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some(""), 0, "ValueError: empty separator", "ValueError: empty separator"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some(""), 1, "ValueError: empty separator", "ValueError: empty separator"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some(""), 2, "ValueError: empty separator", "ValueError: empty separator"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some(""), 9223372036854775807, "ValueError: empty separator", "ValueError: empty separator"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some(" "), -1, "['\u{65e5}\u{672c}\u{8a9e}', '\u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e}', '\u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some(" "), 0, "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some(" "), 1, "['\u{65e5}\u{672c}\u{8a9e}', '\u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e}', '\u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some(" "), 2, "['\u{65e5}\u{672c}\u{8a9e}', '\u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e}', '\u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some(" "), 9223372036854775807, "['\u{65e5}\u{672c}\u{8a9e}', '\u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e}', '\u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some(",,"), -1, "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some(",,"), 0, "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some(",,"), 1, "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some(",,"), 2, "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some(",,"), 9223372036854775807, "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some("\u{f6}"), -1, "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some("\u{f6}"), 0, "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some("\u{f6}"), 1, "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some("\u{f6}"), 2, "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some("\u{f6}"), 9223372036854775807, "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']", "['\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}']"),
        ("a\u{a0}b\u{85}c", None, -1, "['a', 'b', 'c']", "['a', 'b', 'c']"),
        ("a\u{a0}b\u{85}c", None, 0, "['a\\xa0b\\x85c']", "['a\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", None, 1, "['a', 'b\\x85c']", "['a\\xa0b', 'c']"),
        ("a\u{a0}b\u{85}c", None, 2, "['a', 'b', 'c']", "['a', 'b', 'c']"),
        ("a\u{a0}b\u{85}c", None, 9223372036854775807, "['a', 'b', 'c']", "['a', 'b', 'c']"),
        ("a\u{a0}b\u{85}c", Some(","), -1, "['a\\xa0b\\x85c']", "['a\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some(","), 0, "['a\\xa0b\\x85c']", "['a\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some(","), 1, "['a\\xa0b\\x85c']", "['a\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some(","), 2, "['a\\xa0b\\x85c']", "['a\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some(","), 9223372036854775807, "['a\\xa0b\\x85c']", "['a\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some("a"), -1, "['', '\\xa0b\\x85c']", "['', '\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some("a"), 0, "['a\\xa0b\\x85c']", "['a\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some("a"), 1, "['', '\\xa0b\\x85c']", "['', '\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some("a"), 2, "['', '\\xa0b\\x85c']", "['', '\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some("a"), 9223372036854775807, "['', '\\xa0b\\x85c']", "['', '\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some(""), -1, "ValueError: empty separator", "ValueError: empty separator"),
        ("a\u{a0}b\u{85}c", Some(""), 0, "ValueError: empty separator", "ValueError: empty separator"),
        ("a\u{a0}b\u{85}c", Some(""), 1, "ValueError: empty separator", "ValueError: empty separator"),
        ("a\u{a0}b\u{85}c", Some(""), 2, "ValueError: empty separator", "ValueError: empty separator"),
        ("a\u{a0}b\u{85}c", Some(""), 9223372036854775807, "ValueError: empty separator", "ValueError: empty separator"),
        ("a\u{a0}b\u{85}c", Some(" "), -1, "['a\\xa0b\\x85c']", "['a\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some(" "), 0, "['a\\xa0b\\x85c']", "['a\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some(" "), 1, "['a\\xa0b\\x85c']", "['a\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some(" "), 2, "['a\\xa0b\\x85c']", "['a\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some(" "), 9223372036854775807, "['a\\xa0b\\x85c']", "['a\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some(",,"), -1, "['a\\xa0b\\x85c']", "['a\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some(",,"), 0, "['a\\xa0b\\x85c']", "['a\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some(",,"), 1, "['a\\xa0b\\x85c']", "['a\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some(",,"), 2, "['a\\xa0b\\x85c']", "['a\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some(",,"), 9223372036854775807, "['a\\xa0b\\x85c']", "['a\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some("\u{f6}"), -1, "['a\\xa0b\\x85c']", "['a\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some("\u{f6}"), 0, "['a\\xa0b\\x85c']", "['a\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some("\u{f6}"), 1, "['a\\xa0b\\x85c']", "['a\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some("\u{f6}"), 2, "['a\\xa0b\\x85c']", "['a\\xa0b\\x85c']"),
        ("a\u{a0}b\u{85}c", Some("\u{f6}"), 9223372036854775807, "['a\\xa0b\\x85c']", "['a\\xa0b\\x85c']"),
    ];

    #[rustfmt::skip]
    const SPLITLINES: &[(&str, bool, &str)] = &[
        ("", false, "[]"),
        ("", true, "[]"),
        ("a", false, "['a']"),
        ("a", true, "['a']"),
        ("a\u{a}", false, "['a']"),
        ("a\u{a}", true, "['a\\n']"),
        ("a\u{a}b", false, "['a', 'b']"),
        ("a\u{a}b", true, "['a\\n', 'b']"),
        ("a\u{d}\u{a}b\u{d}\u{a}", false, "['a', 'b']"),
        ("a\u{d}\u{a}b\u{d}\u{a}", true, "['a\\r\\n', 'b\\r\\n']"),
        ("\u{d}\u{d}\u{a}\u{a}", false, "['', '', '']"),
        ("\u{d}\u{d}\u{a}\u{a}", true, "['\\r', '\\r\\n', '\\n']"),
        ("a\u{b}b\u{c}c\u{1c}d\u{1d}e\u{1e}f\u{1f}g", false, "['a', 'b', 'c', 'd', 'e', 'f\\x1fg']"),
        ("a\u{b}b\u{c}c\u{1c}d\u{1d}e\u{1e}f\u{1f}g", true, "['a\\x0b', 'b\\x0c', 'c\\x1c', 'd\\x1d', 'e\\x1e', 'f\\x1fg']"),
        ("x\u{85}y\u{2028}z\u{2029}w", false, "['x', 'y', 'z', 'w']"),
        ("x\u{85}y\u{2028}z\u{2029}w", true, "['x\\x85', 'y\\u2028', 'z\\u2029', 'w']"),
        ("\u{a}", false, "['']"),
        ("\u{a}", true, "['\\n']"),
        ("\u{d}", false, "['']"),
        ("\u{d}", true, "['\\r']"),
        ("no break", false, "['no break']"),
        ("no break", true, "['no break']"),
        ("a\u{a}\u{a}b\u{a}", false, "['a', '', 'b']"),
        ("a\u{a}\u{a}b\u{a}", true, "['a\\n', '\\n', 'b\\n']"),
        ("\u{e9}\u{d}\u{a}\u{2029}", false, "['\u{e9}', '']"),
        ("\u{e9}\u{d}\u{a}\u{2029}", true, "['\u{e9}\\r\\n', '\\u2029']"),
    ];

    #[rustfmt::skip]
    const PARTITION: &[(&str, &str, &str, &str)] = &[
        ("", ",", "('', '', '')", "('', '', '')"),
        ("", "a", "('', '', '')", "('', '', '')"),
        ("", "ab", "('', '', '')", "('', '', '')"),
        ("", "", "ValueError: empty separator", "ValueError: empty separator"),
        ("", " ", "('', '', '')", "('', '', '')"),
        ("", "\u{f6}", "('', '', '')", "('', '', '')"),
        ("", "zz", "('', '', '')", "('', '', '')"),
        ("abc", ",", "('abc', '', '')", "('', '', 'abc')"),
        ("abc", "a", "('', 'a', 'bc')", "('', 'a', 'bc')"),
        ("abc", "ab", "('', 'ab', 'c')", "('', 'ab', 'c')"),
        ("abc", "", "ValueError: empty separator", "ValueError: empty separator"),
        ("abc", " ", "('abc', '', '')", "('', '', 'abc')"),
        ("abc", "\u{f6}", "('abc', '', '')", "('', '', 'abc')"),
        ("abc", "zz", "('abc', '', '')", "('', '', 'abc')"),
        ("  a b  c  ", ",", "('  a b  c  ', '', '')", "('', '', '  a b  c  ')"),
        ("  a b  c  ", "a", "('  ', 'a', ' b  c  ')", "('  ', 'a', ' b  c  ')"),
        ("  a b  c  ", "ab", "('  a b  c  ', '', '')", "('', '', '  a b  c  ')"),
        ("  a b  c  ", "", "ValueError: empty separator", "ValueError: empty separator"),
        ("  a b  c  ", " ", "('', ' ', ' a b  c  ')", "('  a b  c ', ' ', '')"),
        ("  a b  c  ", "\u{f6}", "('  a b  c  ', '', '')", "('', '', '  a b  c  ')"),
        ("  a b  c  ", "zz", "('  a b  c  ', '', '')", "('', '', '  a b  c  ')"),
        ("a,b,,c,", ",", "('a', ',', 'b,,c,')", "('a,b,,c', ',', '')"),
        ("a,b,,c,", "a", "('', 'a', ',b,,c,')", "('', 'a', ',b,,c,')"),
        ("a,b,,c,", "ab", "('a,b,,c,', '', '')", "('', '', 'a,b,,c,')"),
        ("a,b,,c,", "", "ValueError: empty separator", "ValueError: empty separator"),
        ("a,b,,c,", " ", "('a,b,,c,', '', '')", "('', '', 'a,b,,c,')"),
        ("a,b,,c,", "\u{f6}", "('a,b,,c,', '', '')", "('', '', 'a,b,,c,')"),
        ("a,b,,c,", "zz", "('a,b,,c,', '', '')", "('', '', 'a,b,,c,')"),
        (",,", ",", "('', ',', ',')", "(',', ',', '')"),
        (",,", "a", "(',,', '', '')", "('', '', ',,')"),
        (",,", "ab", "(',,', '', '')", "('', '', ',,')"),
        (",,", "", "ValueError: empty separator", "ValueError: empty separator"),
        (",,", " ", "(',,', '', '')", "('', '', ',,')"),
        (",,", "\u{f6}", "(',,', '', '')", "('', '', ',,')"),
        (",,", "zz", "(',,', '', '')", "('', '', ',,')"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", ",", "('\\t x\\x1c\\x1fy\\u3000z\\u2028 ', '', '')", "('', '', '\\t x\\x1c\\x1fy\\u3000z\\u2028 ')"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", "a", "('\\t x\\x1c\\x1fy\\u3000z\\u2028 ', '', '')", "('', '', '\\t x\\x1c\\x1fy\\u3000z\\u2028 ')"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", "ab", "('\\t x\\x1c\\x1fy\\u3000z\\u2028 ', '', '')", "('', '', '\\t x\\x1c\\x1fy\\u3000z\\u2028 ')"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", "", "ValueError: empty separator", "ValueError: empty separator"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", " ", "('\\t', ' ', 'x\\x1c\\x1fy\\u3000z\\u2028 ')", "('\\t x\\x1c\\x1fy\\u3000z\\u2028', ' ', '')"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", "\u{f6}", "('\\t x\\x1c\\x1fy\\u3000z\\u2028 ', '', '')", "('', '', '\\t x\\x1c\\x1fy\\u3000z\\u2028 ')"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", "zz", "('\\t x\\x1c\\x1fy\\u3000z\\u2028 ', '', '')", "('', '', '\\t x\\x1c\\x1fy\\u3000z\\u2028 ')"),
        ("h\u{e9}llo w\u{f6}rld", ",", "('h\u{e9}llo w\u{f6}rld', '', '')", "('', '', 'h\u{e9}llo w\u{f6}rld')"),
        ("h\u{e9}llo w\u{f6}rld", "a", "('h\u{e9}llo w\u{f6}rld', '', '')", "('', '', 'h\u{e9}llo w\u{f6}rld')"),
        ("h\u{e9}llo w\u{f6}rld", "ab", "('h\u{e9}llo w\u{f6}rld', '', '')", "('', '', 'h\u{e9}llo w\u{f6}rld')"),
        ("h\u{e9}llo w\u{f6}rld", "", "ValueError: empty separator", "ValueError: empty separator"),
        ("h\u{e9}llo w\u{f6}rld", " ", "('h\u{e9}llo', ' ', 'w\u{f6}rld')", "('h\u{e9}llo', ' ', 'w\u{f6}rld')"),
        ("h\u{e9}llo w\u{f6}rld", "\u{f6}", "('h\u{e9}llo w', '\u{f6}', 'rld')", "('h\u{e9}llo w', '\u{f6}', 'rld')"),
        ("h\u{e9}llo w\u{f6}rld", "zz", "('h\u{e9}llo w\u{f6}rld', '', '')", "('', '', 'h\u{e9}llo w\u{f6}rld')"),
        ("aaa", ",", "('aaa', '', '')", "('', '', 'aaa')"),
        ("aaa", "a", "('', 'a', 'aa')", "('aa', 'a', '')"),
        ("aaa", "ab", "('aaa', '', '')", "('', '', 'aaa')"),
        ("aaa", "", "ValueError: empty separator", "ValueError: empty separator"),
        ("aaa", " ", "('aaa', '', '')", "('', '', 'aaa')"),
        ("aaa", "\u{f6}", "('aaa', '', '')", "('', '', 'aaa')"),
        ("aaa", "zz", "('aaa', '', '')", "('', '', 'aaa')"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", ",", "('\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}', '', '')", "('', '', '\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}')"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", "a", "('\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}', '', '')", "('', '', '\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}')"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", "ab", "('\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}', '', '')", "('', '', '\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}')"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", "", "ValueError: empty separator", "ValueError: empty separator"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", " ", "('\u{65e5}\u{672c}\u{8a9e}', ' ', '\u{30c6}\u{30ad}\u{30b9}\u{30c8}')", "('\u{65e5}\u{672c}\u{8a9e}', ' ', '\u{30c6}\u{30ad}\u{30b9}\u{30c8}')"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", "\u{f6}", "('\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}', '', '')", "('', '', '\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}')"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", "zz", "('\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}', '', '')", "('', '', '\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}')"),
        ("a\u{a0}b\u{85}c", ",", "('a\\xa0b\\x85c', '', '')", "('', '', 'a\\xa0b\\x85c')"),
        ("a\u{a0}b\u{85}c", "a", "('', 'a', '\\xa0b\\x85c')", "('', 'a', '\\xa0b\\x85c')"),
        ("a\u{a0}b\u{85}c", "ab", "('a\\xa0b\\x85c', '', '')", "('', '', 'a\\xa0b\\x85c')"),
        ("a\u{a0}b\u{85}c", "", "ValueError: empty separator", "ValueError: empty separator"),
        ("a\u{a0}b\u{85}c", " ", "('a\\xa0b\\x85c', '', '')", "('', '', 'a\\xa0b\\x85c')"),
        ("a\u{a0}b\u{85}c", "\u{f6}", "('a\\xa0b\\x85c', '', '')", "('', '', 'a\\xa0b\\x85c')"),
        ("a\u{a0}b\u{85}c", "zz", "('a\\xa0b\\x85c', '', '')", "('', '', 'a\\xa0b\\x85c')"),
    ];

    #[rustfmt::skip]
    const STRIP: &[(&str, Option<&str>, &str, &str, &str)] = &[
        ("", None, "''", "''", "''"),
        ("", Some(""), "''", "''", "''"),
        ("", Some("x"), "''", "''", "''"),
        ("", Some("ab"), "''", "''", "''"),
        ("", Some(" ,"), "''", "''", "''"),
        ("", Some("\u{f6} h"), "''", "''", "''"),
        ("", Some("\u{3000}"), "''", "''", "''"),
        ("abc", None, "'abc'", "'abc'", "'abc'"),
        ("abc", Some(""), "'abc'", "'abc'", "'abc'"),
        ("abc", Some("x"), "'abc'", "'abc'", "'abc'"),
        ("abc", Some("ab"), "'c'", "'c'", "'abc'"),
        ("abc", Some(" ,"), "'abc'", "'abc'", "'abc'"),
        ("abc", Some("\u{f6} h"), "'abc'", "'abc'", "'abc'"),
        ("abc", Some("\u{3000}"), "'abc'", "'abc'", "'abc'"),
        ("  a b  c  ", None, "'a b  c'", "'a b  c  '", "'  a b  c'"),
        ("  a b  c  ", Some(""), "'  a b  c  '", "'  a b  c  '", "'  a b  c  '"),
        ("  a b  c  ", Some("x"), "'  a b  c  '", "'  a b  c  '", "'  a b  c  '"),
        ("  a b  c  ", Some("ab"), "'  a b  c  '", "'  a b  c  '", "'  a b  c  '"),
        ("  a b  c  ", Some(" ,"), "'a b  c'", "'a b  c  '", "'  a b  c'"),
        ("  a b  c  ", Some("\u{f6} h"), "'a b  c'", "'a b  c  '", "'  a b  c'"),
        ("  a b  c  ", Some("\u{3000}"), "'  a b  c  '", "'  a b  c  '", "'  a b  c  '"),
        ("a,b,,c,", None, "'a,b,,c,'", "'a,b,,c,'", "'a,b,,c,'"),
        ("a,b,,c,", Some(""), "'a,b,,c,'", "'a,b,,c,'", "'a,b,,c,'"),
        ("a,b,,c,", Some("x"), "'a,b,,c,'", "'a,b,,c,'", "'a,b,,c,'"),
        ("a,b,,c,", Some("ab"), "',b,,c,'", "',b,,c,'", "'a,b,,c,'"),
        ("a,b,,c,", Some(" ,"), "'a,b,,c'", "'a,b,,c,'", "'a,b,,c'"),
        ("a,b,,c,", Some("\u{f6} h"), "'a,b,,c,'", "'a,b,,c,'", "'a,b,,c,'"),
        ("a,b,,c,", Some("\u{3000}"), "'a,b,,c,'", "'a,b,,c,'", "'a,b,,c,'"),
        (",,", None, "',,'", "',,'", "',,'"),
        (",,", Some(""), "',,'", "',,'", "',,'"),
        (",,", Some("x"), "',,'", "',,'", "',,'"),
        (",,", Some("ab"), "',,'", "',,'", "',,'"),
        (",,", Some(" ,"), "''", "''", "''"),
        (",,", Some("\u{f6} h"), "',,'", "',,'", "',,'"),
        (",,", Some("\u{3000}"), "',,'", "',,'", "',,'"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", None, "'x\\x1c\\x1fy\\u3000z'", "'x\\x1c\\x1fy\\u3000z\\u2028 '", "'\\t x\\x1c\\x1fy\\u3000z'"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some(""), "'\\t x\\x1c\\x1fy\\u3000z\\u2028 '", "'\\t x\\x1c\\x1fy\\u3000z\\u2028 '", "'\\t x\\x1c\\x1fy\\u3000z\\u2028 '"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some("x"), "'\\t x\\x1c\\x1fy\\u3000z\\u2028 '", "'\\t x\\x1c\\x1fy\\u3000z\\u2028 '", "'\\t x\\x1c\\x1fy\\u3000z\\u2028 '"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some("ab"), "'\\t x\\x1c\\x1fy\\u3000z\\u2028 '", "'\\t x\\x1c\\x1fy\\u3000z\\u2028 '", "'\\t x\\x1c\\x1fy\\u3000z\\u2028 '"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some(" ,"), "'\\t x\\x1c\\x1fy\\u3000z\\u2028'", "'\\t x\\x1c\\x1fy\\u3000z\\u2028 '", "'\\t x\\x1c\\x1fy\\u3000z\\u2028'"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some("\u{f6} h"), "'\\t x\\x1c\\x1fy\\u3000z\\u2028'", "'\\t x\\x1c\\x1fy\\u3000z\\u2028 '", "'\\t x\\x1c\\x1fy\\u3000z\\u2028'"),
        ("\u{9} x\u{1c}\u{1f}y\u{3000}z\u{2028} ", Some("\u{3000}"), "'\\t x\\x1c\\x1fy\\u3000z\\u2028 '", "'\\t x\\x1c\\x1fy\\u3000z\\u2028 '", "'\\t x\\x1c\\x1fy\\u3000z\\u2028 '"),
        ("h\u{e9}llo w\u{f6}rld", None, "'h\u{e9}llo w\u{f6}rld'", "'h\u{e9}llo w\u{f6}rld'", "'h\u{e9}llo w\u{f6}rld'"),
        ("h\u{e9}llo w\u{f6}rld", Some(""), "'h\u{e9}llo w\u{f6}rld'", "'h\u{e9}llo w\u{f6}rld'", "'h\u{e9}llo w\u{f6}rld'"),
        ("h\u{e9}llo w\u{f6}rld", Some("x"), "'h\u{e9}llo w\u{f6}rld'", "'h\u{e9}llo w\u{f6}rld'", "'h\u{e9}llo w\u{f6}rld'"),
        ("h\u{e9}llo w\u{f6}rld", Some("ab"), "'h\u{e9}llo w\u{f6}rld'", "'h\u{e9}llo w\u{f6}rld'", "'h\u{e9}llo w\u{f6}rld'"),
        ("h\u{e9}llo w\u{f6}rld", Some(" ,"), "'h\u{e9}llo w\u{f6}rld'", "'h\u{e9}llo w\u{f6}rld'", "'h\u{e9}llo w\u{f6}rld'"),
        ("h\u{e9}llo w\u{f6}rld", Some("\u{f6} h"), "'\u{e9}llo w\u{f6}rld'", "'\u{e9}llo w\u{f6}rld'", "'h\u{e9}llo w\u{f6}rld'"),
        ("h\u{e9}llo w\u{f6}rld", Some("\u{3000}"), "'h\u{e9}llo w\u{f6}rld'", "'h\u{e9}llo w\u{f6}rld'", "'h\u{e9}llo w\u{f6}rld'"),
        ("aaa", None, "'aaa'", "'aaa'", "'aaa'"),
        ("aaa", Some(""), "'aaa'", "'aaa'", "'aaa'"),
        ("aaa", Some("x"), "'aaa'", "'aaa'", "'aaa'"),
        ("aaa", Some("ab"), "''", "''", "''"),
        ("aaa", Some(" ,"), "'aaa'", "'aaa'", "'aaa'"),
        ("aaa", Some("\u{f6} h"), "'aaa'", "'aaa'", "'aaa'"),
        ("aaa", Some("\u{3000}"), "'aaa'", "'aaa'", "'aaa'"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", None, "'\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}'", "'\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}'", "'\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}'"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some(""), "'\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}'", "'\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}'", "'\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}'"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some("x"), "'\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}'", "'\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}'", "'\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}'"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some("ab"), "'\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}'", "'\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}'", "'\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}'"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some(" ,"), "'\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}'", "'\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}'", "'\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}'"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some("\u{f6} h"), "'\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}'", "'\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}'", "'\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}'"),
        ("\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}", Some("\u{3000}"), "'\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}'", "'\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}'", "'\u{65e5}\u{672c}\u{8a9e} \u{30c6}\u{30ad}\u{30b9}\u{30c8}'"),
        ("a\u{a0}b\u{85}c", None, "'a\\xa0b\\x85c'", "'a\\xa0b\\x85c'", "'a\\xa0b\\x85c'"),
        ("a\u{a0}b\u{85}c", Some(""), "'a\\xa0b\\x85c'", "'a\\xa0b\\x85c'", "'a\\xa0b\\x85c'"),
        ("a\u{a0}b\u{85}c", Some("x"), "'a\\xa0b\\x85c'", "'a\\xa0b\\x85c'", "'a\\xa0b\\x85c'"),
        ("a\u{a0}b\u{85}c", Some("ab"), "'\\xa0b\\x85c'", "'\\xa0b\\x85c'", "'a\\xa0b\\x85c'"),
        ("a\u{a0}b\u{85}c", Some(" ,"), "'a\\xa0b\\x85c'", "'a\\xa0b\\x85c'", "'a\\xa0b\\x85c'"),
        ("a\u{a0}b\u{85}c", Some("\u{f6} h"), "'a\\xa0b\\x85c'", "'a\\xa0b\\x85c'", "'a\\xa0b\\x85c'"),
        ("a\u{a0}b\u{85}c", Some("\u{3000}"), "'a\\xa0b\\x85c'", "'a\\xa0b\\x85c'", "'a\\xa0b\\x85c'"),
        ("xxhixx", None, "'xxhixx'", "'xxhixx'", "'xxhixx'"),
        ("xxhixx", Some(""), "'xxhixx'", "'xxhixx'", "'xxhixx'"),
        ("xxhixx", Some("x"), "'hi'", "'hixx'", "'xxhi'"),
        ("xxhixx", Some("ab"), "'xxhixx'", "'xxhixx'", "'xxhixx'"),
        ("xxhixx", Some(" ,"), "'xxhixx'", "'xxhixx'", "'xxhixx'"),
        ("xxhixx", Some("\u{f6} h"), "'xxhixx'", "'xxhixx'", "'xxhixx'"),
        ("xxhixx", Some("\u{3000}"), "'xxhixx'", "'xxhixx'", "'xxhixx'"),
        ("\u{3000}\u{1c} hi \u{1f}\u{2029}", None, "'hi'", "'hi \\x1f\\u2029'", "'\\u3000\\x1c hi'"),
        ("\u{3000}\u{1c} hi \u{1f}\u{2029}", Some(""), "'\\u3000\\x1c hi \\x1f\\u2029'", "'\\u3000\\x1c hi \\x1f\\u2029'", "'\\u3000\\x1c hi \\x1f\\u2029'"),
        ("\u{3000}\u{1c} hi \u{1f}\u{2029}", Some("x"), "'\\u3000\\x1c hi \\x1f\\u2029'", "'\\u3000\\x1c hi \\x1f\\u2029'", "'\\u3000\\x1c hi \\x1f\\u2029'"),
        ("\u{3000}\u{1c} hi \u{1f}\u{2029}", Some("ab"), "'\\u3000\\x1c hi \\x1f\\u2029'", "'\\u3000\\x1c hi \\x1f\\u2029'", "'\\u3000\\x1c hi \\x1f\\u2029'"),
        ("\u{3000}\u{1c} hi \u{1f}\u{2029}", Some(" ,"), "'\\u3000\\x1c hi \\x1f\\u2029'", "'\\u3000\\x1c hi \\x1f\\u2029'", "'\\u3000\\x1c hi \\x1f\\u2029'"),
        ("\u{3000}\u{1c} hi \u{1f}\u{2029}", Some("\u{f6} h"), "'\\u3000\\x1c hi \\x1f\\u2029'", "'\\u3000\\x1c hi \\x1f\\u2029'", "'\\u3000\\x1c hi \\x1f\\u2029'"),
        ("\u{3000}\u{1c} hi \u{1f}\u{2029}", Some("\u{3000}"), "'\\x1c hi \\x1f\\u2029'", "'\\x1c hi \\x1f\\u2029'", "'\\u3000\\x1c hi \\x1f\\u2029'"),
        ("ababa", None, "'ababa'", "'ababa'", "'ababa'"),
        ("ababa", Some(""), "'ababa'", "'ababa'", "'ababa'"),
        ("ababa", Some("x"), "'ababa'", "'ababa'", "'ababa'"),
        ("ababa", Some("ab"), "''", "''", "''"),
        ("ababa", Some(" ,"), "'ababa'", "'ababa'", "'ababa'"),
        ("ababa", Some("\u{f6} h"), "'ababa'", "'ababa'", "'ababa'"),
        ("ababa", Some("\u{3000}"), "'ababa'", "'ababa'", "'ababa'"),
    ];

    #[rustfmt::skip]
    const SEARCH: &[(&str, &str, Option<i64>, Option<i64>, &str, &str, &str, &str, &str)] = &[
        ("", "", None, None, "0", "0", "1", "True", "True"),
        ("", "", Some(0), None, "0", "0", "1", "True", "True"),
        ("", "", Some(2), None, "-1", "-1", "0", "False", "False"),
        ("", "", Some(5), None, "-1", "-1", "0", "False", "False"),
        ("", "", Some(6), None, "-1", "-1", "0", "False", "False"),
        ("", "", Some(-1), None, "0", "0", "1", "True", "True"),
        ("", "", Some(-100), None, "0", "0", "1", "True", "True"),
        ("", "", Some(9223372036854775807), None, "-1", "-1", "0", "False", "False"),
        ("", "", Some(-9223372036854775808), None, "0", "0", "1", "True", "True"),
        ("", "", None, Some(2), "0", "0", "1", "True", "True"),
        ("", "", None, Some(-1), "0", "0", "1", "True", "True"),
        ("", "", None, Some(-100), "0", "0", "1", "True", "True"),
        ("", "", None, Some(9223372036854775807), "0", "0", "1", "True", "True"),
        ("", "", None, Some(-9223372036854775808), "0", "0", "1", "True", "True"),
        ("", "", Some(1), Some(3), "-1", "-1", "0", "False", "False"),
        ("", "", Some(3), Some(1), "-1", "-1", "0", "False", "False"),
        ("", "", Some(-3), Some(-1), "0", "0", "1", "True", "True"),
        ("", "", Some(2), Some(2), "-1", "-1", "0", "False", "False"),
        ("", "", Some(5), Some(5), "-1", "-1", "0", "False", "False"),
        ("", "", Some(-9223372036854775808), Some(9223372036854775807), "0", "0", "1", "True", "True"),
        ("", "", Some(9223372036854775807), Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("", "a", None, None, "-1", "-1", "0", "False", "False"),
        ("", "a", Some(0), None, "-1", "-1", "0", "False", "False"),
        ("", "a", Some(2), None, "-1", "-1", "0", "False", "False"),
        ("", "a", Some(5), None, "-1", "-1", "0", "False", "False"),
        ("", "a", Some(6), None, "-1", "-1", "0", "False", "False"),
        ("", "a", Some(-1), None, "-1", "-1", "0", "False", "False"),
        ("", "a", Some(-100), None, "-1", "-1", "0", "False", "False"),
        ("", "a", Some(9223372036854775807), None, "-1", "-1", "0", "False", "False"),
        ("", "a", Some(-9223372036854775808), None, "-1", "-1", "0", "False", "False"),
        ("", "a", None, Some(2), "-1", "-1", "0", "False", "False"),
        ("", "a", None, Some(-1), "-1", "-1", "0", "False", "False"),
        ("", "a", None, Some(-100), "-1", "-1", "0", "False", "False"),
        ("", "a", None, Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("", "a", None, Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("", "a", Some(1), Some(3), "-1", "-1", "0", "False", "False"),
        ("", "a", Some(3), Some(1), "-1", "-1", "0", "False", "False"),
        ("", "a", Some(-3), Some(-1), "-1", "-1", "0", "False", "False"),
        ("", "a", Some(2), Some(2), "-1", "-1", "0", "False", "False"),
        ("", "a", Some(5), Some(5), "-1", "-1", "0", "False", "False"),
        ("", "a", Some(-9223372036854775808), Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("", "a", Some(9223372036854775807), Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("", "ab", None, None, "-1", "-1", "0", "False", "False"),
        ("", "ab", Some(0), None, "-1", "-1", "0", "False", "False"),
        ("", "ab", Some(2), None, "-1", "-1", "0", "False", "False"),
        ("", "ab", Some(5), None, "-1", "-1", "0", "False", "False"),
        ("", "ab", Some(6), None, "-1", "-1", "0", "False", "False"),
        ("", "ab", Some(-1), None, "-1", "-1", "0", "False", "False"),
        ("", "ab", Some(-100), None, "-1", "-1", "0", "False", "False"),
        ("", "ab", Some(9223372036854775807), None, "-1", "-1", "0", "False", "False"),
        ("", "ab", Some(-9223372036854775808), None, "-1", "-1", "0", "False", "False"),
        ("", "ab", None, Some(2), "-1", "-1", "0", "False", "False"),
        ("", "ab", None, Some(-1), "-1", "-1", "0", "False", "False"),
        ("", "ab", None, Some(-100), "-1", "-1", "0", "False", "False"),
        ("", "ab", None, Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("", "ab", None, Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("", "ab", Some(1), Some(3), "-1", "-1", "0", "False", "False"),
        ("", "ab", Some(3), Some(1), "-1", "-1", "0", "False", "False"),
        ("", "ab", Some(-3), Some(-1), "-1", "-1", "0", "False", "False"),
        ("", "ab", Some(2), Some(2), "-1", "-1", "0", "False", "False"),
        ("", "ab", Some(5), Some(5), "-1", "-1", "0", "False", "False"),
        ("", "ab", Some(-9223372036854775808), Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("", "ab", Some(9223372036854775807), Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("", "\u{e9}", None, None, "-1", "-1", "0", "False", "False"),
        ("", "\u{e9}", Some(0), None, "-1", "-1", "0", "False", "False"),
        ("", "\u{e9}", Some(2), None, "-1", "-1", "0", "False", "False"),
        ("", "\u{e9}", Some(5), None, "-1", "-1", "0", "False", "False"),
        ("", "\u{e9}", Some(6), None, "-1", "-1", "0", "False", "False"),
        ("", "\u{e9}", Some(-1), None, "-1", "-1", "0", "False", "False"),
        ("", "\u{e9}", Some(-100), None, "-1", "-1", "0", "False", "False"),
        ("", "\u{e9}", Some(9223372036854775807), None, "-1", "-1", "0", "False", "False"),
        ("", "\u{e9}", Some(-9223372036854775808), None, "-1", "-1", "0", "False", "False"),
        ("", "\u{e9}", None, Some(2), "-1", "-1", "0", "False", "False"),
        ("", "\u{e9}", None, Some(-1), "-1", "-1", "0", "False", "False"),
        ("", "\u{e9}", None, Some(-100), "-1", "-1", "0", "False", "False"),
        ("", "\u{e9}", None, Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("", "\u{e9}", None, Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("", "\u{e9}", Some(1), Some(3), "-1", "-1", "0", "False", "False"),
        ("", "\u{e9}", Some(3), Some(1), "-1", "-1", "0", "False", "False"),
        ("", "\u{e9}", Some(-3), Some(-1), "-1", "-1", "0", "False", "False"),
        ("", "\u{e9}", Some(2), Some(2), "-1", "-1", "0", "False", "False"),
        ("", "\u{e9}", Some(5), Some(5), "-1", "-1", "0", "False", "False"),
        ("", "\u{e9}", Some(-9223372036854775808), Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("", "\u{e9}", Some(9223372036854775807), Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("", "\u{65e5}\u{672c}", None, None, "-1", "-1", "0", "False", "False"),
        ("", "\u{65e5}\u{672c}", Some(0), None, "-1", "-1", "0", "False", "False"),
        ("", "\u{65e5}\u{672c}", Some(2), None, "-1", "-1", "0", "False", "False"),
        ("", "\u{65e5}\u{672c}", Some(5), None, "-1", "-1", "0", "False", "False"),
        ("", "\u{65e5}\u{672c}", Some(6), None, "-1", "-1", "0", "False", "False"),
        ("", "\u{65e5}\u{672c}", Some(-1), None, "-1", "-1", "0", "False", "False"),
        ("", "\u{65e5}\u{672c}", Some(-100), None, "-1", "-1", "0", "False", "False"),
        ("", "\u{65e5}\u{672c}", Some(9223372036854775807), None, "-1", "-1", "0", "False", "False"),
        ("", "\u{65e5}\u{672c}", Some(-9223372036854775808), None, "-1", "-1", "0", "False", "False"),
        ("", "\u{65e5}\u{672c}", None, Some(2), "-1", "-1", "0", "False", "False"),
        ("", "\u{65e5}\u{672c}", None, Some(-1), "-1", "-1", "0", "False", "False"),
        ("", "\u{65e5}\u{672c}", None, Some(-100), "-1", "-1", "0", "False", "False"),
        ("", "\u{65e5}\u{672c}", None, Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("", "\u{65e5}\u{672c}", None, Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("", "\u{65e5}\u{672c}", Some(1), Some(3), "-1", "-1", "0", "False", "False"),
        ("", "\u{65e5}\u{672c}", Some(3), Some(1), "-1", "-1", "0", "False", "False"),
        ("", "\u{65e5}\u{672c}", Some(-3), Some(-1), "-1", "-1", "0", "False", "False"),
        ("", "\u{65e5}\u{672c}", Some(2), Some(2), "-1", "-1", "0", "False", "False"),
        ("", "\u{65e5}\u{672c}", Some(5), Some(5), "-1", "-1", "0", "False", "False"),
        ("", "\u{65e5}\u{672c}", Some(-9223372036854775808), Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("", "\u{65e5}\u{672c}", Some(9223372036854775807), Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("abcab", "", None, None, "0", "5", "6", "True", "True"),
        ("abcab", "", Some(0), None, "0", "5", "6", "True", "True"),
        ("abcab", "", Some(2), None, "2", "5", "4", "True", "True"),
        ("abcab", "", Some(5), None, "5", "5", "1", "True", "True"),
        ("abcab", "", Some(6), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "", Some(-1), None, "4", "5", "2", "True", "True"),
        ("abcab", "", Some(-100), None, "0", "5", "6", "True", "True"),
        ("abcab", "", Some(9223372036854775807), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "", Some(-9223372036854775808), None, "0", "5", "6", "True", "True"),
        ("abcab", "", None, Some(2), "0", "2", "3", "True", "True"),
        ("abcab", "", None, Some(-1), "0", "4", "5", "True", "True"),
        ("abcab", "", None, Some(-100), "0", "0", "1", "True", "True"),
        ("abcab", "", None, Some(9223372036854775807), "0", "5", "6", "True", "True"),
        ("abcab", "", None, Some(-9223372036854775808), "0", "0", "1", "True", "True"),
        ("abcab", "", Some(1), Some(3), "1", "3", "3", "True", "True"),
        ("abcab", "", Some(3), Some(1), "-1", "-1", "0", "False", "False"),
        ("abcab", "", Some(-3), Some(-1), "2", "4", "3", "True", "True"),
        ("abcab", "", Some(2), Some(2), "2", "2", "1", "True", "True"),
        ("abcab", "", Some(5), Some(5), "5", "5", "1", "True", "True"),
        ("abcab", "", Some(-9223372036854775808), Some(9223372036854775807), "0", "5", "6", "True", "True"),
        ("abcab", "", Some(9223372036854775807), Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("abcab", "a", None, None, "0", "3", "2", "True", "False"),
        ("abcab", "a", Some(0), None, "0", "3", "2", "True", "False"),
        ("abcab", "a", Some(2), None, "3", "3", "1", "False", "False"),
        ("abcab", "a", Some(5), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "a", Some(6), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "a", Some(-1), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "a", Some(-100), None, "0", "3", "2", "True", "False"),
        ("abcab", "a", Some(9223372036854775807), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "a", Some(-9223372036854775808), None, "0", "3", "2", "True", "False"),
        ("abcab", "a", None, Some(2), "0", "0", "1", "True", "False"),
        ("abcab", "a", None, Some(-1), "0", "3", "2", "True", "True"),
        ("abcab", "a", None, Some(-100), "-1", "-1", "0", "False", "False"),
        ("abcab", "a", None, Some(9223372036854775807), "0", "3", "2", "True", "False"),
        ("abcab", "a", None, Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("abcab", "a", Some(1), Some(3), "-1", "-1", "0", "False", "False"),
        ("abcab", "a", Some(3), Some(1), "-1", "-1", "0", "False", "False"),
        ("abcab", "a", Some(-3), Some(-1), "3", "3", "1", "False", "True"),
        ("abcab", "a", Some(2), Some(2), "-1", "-1", "0", "False", "False"),
        ("abcab", "a", Some(5), Some(5), "-1", "-1", "0", "False", "False"),
        ("abcab", "a", Some(-9223372036854775808), Some(9223372036854775807), "0", "3", "2", "True", "False"),
        ("abcab", "a", Some(9223372036854775807), Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("abcab", "ab", None, None, "0", "3", "2", "True", "True"),
        ("abcab", "ab", Some(0), None, "0", "3", "2", "True", "True"),
        ("abcab", "ab", Some(2), None, "3", "3", "1", "False", "True"),
        ("abcab", "ab", Some(5), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "ab", Some(6), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "ab", Some(-1), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "ab", Some(-100), None, "0", "3", "2", "True", "True"),
        ("abcab", "ab", Some(9223372036854775807), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "ab", Some(-9223372036854775808), None, "0", "3", "2", "True", "True"),
        ("abcab", "ab", None, Some(2), "0", "0", "1", "True", "True"),
        ("abcab", "ab", None, Some(-1), "0", "0", "1", "True", "False"),
        ("abcab", "ab", None, Some(-100), "-1", "-1", "0", "False", "False"),
        ("abcab", "ab", None, Some(9223372036854775807), "0", "3", "2", "True", "True"),
        ("abcab", "ab", None, Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("abcab", "ab", Some(1), Some(3), "-1", "-1", "0", "False", "False"),
        ("abcab", "ab", Some(3), Some(1), "-1", "-1", "0", "False", "False"),
        ("abcab", "ab", Some(-3), Some(-1), "-1", "-1", "0", "False", "False"),
        ("abcab", "ab", Some(2), Some(2), "-1", "-1", "0", "False", "False"),
        ("abcab", "ab", Some(5), Some(5), "-1", "-1", "0", "False", "False"),
        ("abcab", "ab", Some(-9223372036854775808), Some(9223372036854775807), "0", "3", "2", "True", "True"),
        ("abcab", "ab", Some(9223372036854775807), Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{e9}", None, None, "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{e9}", Some(0), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{e9}", Some(2), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{e9}", Some(5), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{e9}", Some(6), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{e9}", Some(-1), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{e9}", Some(-100), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{e9}", Some(9223372036854775807), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{e9}", Some(-9223372036854775808), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{e9}", None, Some(2), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{e9}", None, Some(-1), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{e9}", None, Some(-100), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{e9}", None, Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{e9}", None, Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{e9}", Some(1), Some(3), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{e9}", Some(3), Some(1), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{e9}", Some(-3), Some(-1), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{e9}", Some(2), Some(2), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{e9}", Some(5), Some(5), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{e9}", Some(-9223372036854775808), Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{e9}", Some(9223372036854775807), Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{65e5}\u{672c}", None, None, "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{65e5}\u{672c}", Some(0), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{65e5}\u{672c}", Some(2), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{65e5}\u{672c}", Some(5), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{65e5}\u{672c}", Some(6), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{65e5}\u{672c}", Some(-1), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{65e5}\u{672c}", Some(-100), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{65e5}\u{672c}", Some(9223372036854775807), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{65e5}\u{672c}", Some(-9223372036854775808), None, "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{65e5}\u{672c}", None, Some(2), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{65e5}\u{672c}", None, Some(-1), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{65e5}\u{672c}", None, Some(-100), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{65e5}\u{672c}", None, Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{65e5}\u{672c}", None, Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{65e5}\u{672c}", Some(1), Some(3), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{65e5}\u{672c}", Some(3), Some(1), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{65e5}\u{672c}", Some(-3), Some(-1), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{65e5}\u{672c}", Some(2), Some(2), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{65e5}\u{672c}", Some(5), Some(5), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{65e5}\u{672c}", Some(-9223372036854775808), Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("abcab", "\u{65e5}\u{672c}", Some(9223372036854775807), Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "", None, None, "0", "5", "6", "True", "True"),
        ("h\u{e9}llo", "", Some(0), None, "0", "5", "6", "True", "True"),
        ("h\u{e9}llo", "", Some(2), None, "2", "5", "4", "True", "True"),
        ("h\u{e9}llo", "", Some(5), None, "5", "5", "1", "True", "True"),
        ("h\u{e9}llo", "", Some(6), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "", Some(-1), None, "4", "5", "2", "True", "True"),
        ("h\u{e9}llo", "", Some(-100), None, "0", "5", "6", "True", "True"),
        ("h\u{e9}llo", "", Some(9223372036854775807), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "", Some(-9223372036854775808), None, "0", "5", "6", "True", "True"),
        ("h\u{e9}llo", "", None, Some(2), "0", "2", "3", "True", "True"),
        ("h\u{e9}llo", "", None, Some(-1), "0", "4", "5", "True", "True"),
        ("h\u{e9}llo", "", None, Some(-100), "0", "0", "1", "True", "True"),
        ("h\u{e9}llo", "", None, Some(9223372036854775807), "0", "5", "6", "True", "True"),
        ("h\u{e9}llo", "", None, Some(-9223372036854775808), "0", "0", "1", "True", "True"),
        ("h\u{e9}llo", "", Some(1), Some(3), "1", "3", "3", "True", "True"),
        ("h\u{e9}llo", "", Some(3), Some(1), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "", Some(-3), Some(-1), "2", "4", "3", "True", "True"),
        ("h\u{e9}llo", "", Some(2), Some(2), "2", "2", "1", "True", "True"),
        ("h\u{e9}llo", "", Some(5), Some(5), "5", "5", "1", "True", "True"),
        ("h\u{e9}llo", "", Some(-9223372036854775808), Some(9223372036854775807), "0", "5", "6", "True", "True"),
        ("h\u{e9}llo", "", Some(9223372036854775807), Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "a", None, None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "a", Some(0), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "a", Some(2), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "a", Some(5), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "a", Some(6), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "a", Some(-1), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "a", Some(-100), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "a", Some(9223372036854775807), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "a", Some(-9223372036854775808), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "a", None, Some(2), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "a", None, Some(-1), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "a", None, Some(-100), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "a", None, Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "a", None, Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "a", Some(1), Some(3), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "a", Some(3), Some(1), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "a", Some(-3), Some(-1), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "a", Some(2), Some(2), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "a", Some(5), Some(5), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "a", Some(-9223372036854775808), Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "a", Some(9223372036854775807), Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "ab", None, None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "ab", Some(0), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "ab", Some(2), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "ab", Some(5), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "ab", Some(6), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "ab", Some(-1), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "ab", Some(-100), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "ab", Some(9223372036854775807), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "ab", Some(-9223372036854775808), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "ab", None, Some(2), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "ab", None, Some(-1), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "ab", None, Some(-100), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "ab", None, Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "ab", None, Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "ab", Some(1), Some(3), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "ab", Some(3), Some(1), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "ab", Some(-3), Some(-1), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "ab", Some(2), Some(2), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "ab", Some(5), Some(5), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "ab", Some(-9223372036854775808), Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "ab", Some(9223372036854775807), Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{e9}", None, None, "1", "1", "1", "False", "False"),
        ("h\u{e9}llo", "\u{e9}", Some(0), None, "1", "1", "1", "False", "False"),
        ("h\u{e9}llo", "\u{e9}", Some(2), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{e9}", Some(5), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{e9}", Some(6), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{e9}", Some(-1), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{e9}", Some(-100), None, "1", "1", "1", "False", "False"),
        ("h\u{e9}llo", "\u{e9}", Some(9223372036854775807), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{e9}", Some(-9223372036854775808), None, "1", "1", "1", "False", "False"),
        ("h\u{e9}llo", "\u{e9}", None, Some(2), "1", "1", "1", "False", "True"),
        ("h\u{e9}llo", "\u{e9}", None, Some(-1), "1", "1", "1", "False", "False"),
        ("h\u{e9}llo", "\u{e9}", None, Some(-100), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{e9}", None, Some(9223372036854775807), "1", "1", "1", "False", "False"),
        ("h\u{e9}llo", "\u{e9}", None, Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{e9}", Some(1), Some(3), "1", "1", "1", "True", "False"),
        ("h\u{e9}llo", "\u{e9}", Some(3), Some(1), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{e9}", Some(-3), Some(-1), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{e9}", Some(2), Some(2), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{e9}", Some(5), Some(5), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{e9}", Some(-9223372036854775808), Some(9223372036854775807), "1", "1", "1", "False", "False"),
        ("h\u{e9}llo", "\u{e9}", Some(9223372036854775807), Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{65e5}\u{672c}", None, None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{65e5}\u{672c}", Some(0), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{65e5}\u{672c}", Some(2), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{65e5}\u{672c}", Some(5), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{65e5}\u{672c}", Some(6), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{65e5}\u{672c}", Some(-1), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{65e5}\u{672c}", Some(-100), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{65e5}\u{672c}", Some(9223372036854775807), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{65e5}\u{672c}", Some(-9223372036854775808), None, "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{65e5}\u{672c}", None, Some(2), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{65e5}\u{672c}", None, Some(-1), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{65e5}\u{672c}", None, Some(-100), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{65e5}\u{672c}", None, Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{65e5}\u{672c}", None, Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{65e5}\u{672c}", Some(1), Some(3), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{65e5}\u{672c}", Some(3), Some(1), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{65e5}\u{672c}", Some(-3), Some(-1), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{65e5}\u{672c}", Some(2), Some(2), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{65e5}\u{672c}", Some(5), Some(5), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{65e5}\u{672c}", Some(-9223372036854775808), Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("h\u{e9}llo", "\u{65e5}\u{672c}", Some(9223372036854775807), Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", None, None, "0", "4", "5", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", Some(0), None, "0", "4", "5", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", Some(2), None, "2", "4", "3", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", Some(5), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", Some(6), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", Some(-1), None, "3", "4", "2", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", Some(-100), None, "0", "4", "5", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", Some(9223372036854775807), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", Some(-9223372036854775808), None, "0", "4", "5", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", None, Some(2), "0", "2", "3", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", None, Some(-1), "0", "3", "4", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", None, Some(-100), "0", "0", "1", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", None, Some(9223372036854775807), "0", "4", "5", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", None, Some(-9223372036854775808), "0", "0", "1", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", Some(1), Some(3), "1", "3", "3", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", Some(3), Some(1), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", Some(-3), Some(-1), "1", "3", "3", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", Some(2), Some(2), "2", "2", "1", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", Some(5), Some(5), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", Some(-9223372036854775808), Some(9223372036854775807), "0", "4", "5", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "", Some(9223372036854775807), Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", None, None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", Some(0), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", Some(2), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", Some(5), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", Some(6), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", Some(-1), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", Some(-100), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", Some(9223372036854775807), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", Some(-9223372036854775808), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", None, Some(2), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", None, Some(-1), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", None, Some(-100), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", None, Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", None, Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", Some(1), Some(3), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", Some(3), Some(1), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", Some(-3), Some(-1), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", Some(2), Some(2), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", Some(5), Some(5), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", Some(-9223372036854775808), Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "a", Some(9223372036854775807), Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", None, None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", Some(0), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", Some(2), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", Some(5), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", Some(6), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", Some(-1), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", Some(-100), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", Some(9223372036854775807), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", Some(-9223372036854775808), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", None, Some(2), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", None, Some(-1), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", None, Some(-100), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", None, Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", None, Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", Some(1), Some(3), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", Some(3), Some(1), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", Some(-3), Some(-1), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", Some(2), Some(2), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", Some(5), Some(5), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", Some(-9223372036854775808), Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "ab", Some(9223372036854775807), Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", None, None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", Some(0), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", Some(2), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", Some(5), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", Some(6), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", Some(-1), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", Some(-100), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", Some(9223372036854775807), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", Some(-9223372036854775808), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", None, Some(2), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", None, Some(-1), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", None, Some(-100), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", None, Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", None, Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", Some(1), Some(3), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", Some(3), Some(1), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", Some(-3), Some(-1), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", Some(2), Some(2), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", Some(5), Some(5), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", Some(-9223372036854775808), Some(9223372036854775807), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{e9}", Some(9223372036854775807), Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", None, None, "0", "2", "2", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", Some(0), None, "0", "2", "2", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", Some(2), None, "2", "2", "1", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", Some(5), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", Some(6), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", Some(-1), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", Some(-100), None, "0", "2", "2", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", Some(9223372036854775807), None, "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", Some(-9223372036854775808), None, "0", "2", "2", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", None, Some(2), "0", "0", "1", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", None, Some(-1), "0", "0", "1", "True", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", None, Some(-100), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", None, Some(9223372036854775807), "0", "2", "2", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", None, Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", Some(1), Some(3), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", Some(3), Some(1), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", Some(-3), Some(-1), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", Some(2), Some(2), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", Some(5), Some(5), "-1", "-1", "0", "False", "False"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", Some(-9223372036854775808), Some(9223372036854775807), "0", "2", "2", "True", "True"),
        ("\u{65e5}\u{672c}\u{65e5}\u{672c}", "\u{65e5}\u{672c}", Some(9223372036854775807), Some(-9223372036854775808), "-1", "-1", "0", "False", "False"),
    ];

    #[rustfmt::skip]
    const REPLACE: &[(&str, &str, &str, i64, &str)] = &[
        ("", "", "", -1, "''"),
        ("", "", "", 0, "''"),
        ("", "", "", 1, "''"),
        ("", "", "", 2, "''"),
        ("", "", "", 9223372036854775807, "''"),
        ("", "", "-", -1, "'-'"),
        ("", "", "-", 0, "''"),
        ("", "", "-", 1, "'-'"),
        ("", "", "-", 2, "'-'"),
        ("", "", "-", 9223372036854775807, "'-'"),
        ("", "", "\u{f6}", -1, "'\u{f6}'"),
        ("", "", "\u{f6}", 0, "''"),
        ("", "", "\u{f6}", 1, "'\u{f6}'"),
        ("", "", "\u{f6}", 2, "'\u{f6}'"),
        ("", "", "\u{f6}", 9223372036854775807, "'\u{f6}'"),
        ("", "a", "", -1, "''"),
        ("", "a", "", 0, "''"),
        ("", "a", "", 1, "''"),
        ("", "a", "", 2, "''"),
        ("", "a", "", 9223372036854775807, "''"),
        ("", "a", "-", -1, "''"),
        ("", "a", "-", 0, "''"),
        ("", "a", "-", 1, "''"),
        ("", "a", "-", 2, "''"),
        ("", "a", "-", 9223372036854775807, "''"),
        ("", "a", "\u{f6}", -1, "''"),
        ("", "a", "\u{f6}", 0, "''"),
        ("", "a", "\u{f6}", 1, "''"),
        ("", "a", "\u{f6}", 2, "''"),
        ("", "a", "\u{f6}", 9223372036854775807, "''"),
        ("", "aa", "", -1, "''"),
        ("", "aa", "", 0, "''"),
        ("", "aa", "", 1, "''"),
        ("", "aa", "", 2, "''"),
        ("", "aa", "", 9223372036854775807, "''"),
        ("", "aa", "-", -1, "''"),
        ("", "aa", "-", 0, "''"),
        ("", "aa", "-", 1, "''"),
        ("", "aa", "-", 2, "''"),
        ("", "aa", "-", 9223372036854775807, "''"),
        ("", "aa", "\u{f6}", -1, "''"),
        ("", "aa", "\u{f6}", 0, "''"),
        ("", "aa", "\u{f6}", 1, "''"),
        ("", "aa", "\u{f6}", 2, "''"),
        ("", "aa", "\u{f6}", 9223372036854775807, "''"),
        ("", "ab", "", -1, "''"),
        ("", "ab", "", 0, "''"),
        ("", "ab", "", 1, "''"),
        ("", "ab", "", 2, "''"),
        ("", "ab", "", 9223372036854775807, "''"),
        ("", "ab", "-", -1, "''"),
        ("", "ab", "-", 0, "''"),
        ("", "ab", "-", 1, "''"),
        ("", "ab", "-", 2, "''"),
        ("", "ab", "-", 9223372036854775807, "''"),
        ("", "ab", "\u{f6}", -1, "''"),
        ("", "ab", "\u{f6}", 0, "''"),
        ("", "ab", "\u{f6}", 1, "''"),
        ("", "ab", "\u{f6}", 2, "''"),
        ("", "ab", "\u{f6}", 9223372036854775807, "''"),
        ("", "\u{e9}", "", -1, "''"),
        ("", "\u{e9}", "", 0, "''"),
        ("", "\u{e9}", "", 1, "''"),
        ("", "\u{e9}", "", 2, "''"),
        ("", "\u{e9}", "", 9223372036854775807, "''"),
        ("", "\u{e9}", "-", -1, "''"),
        ("", "\u{e9}", "-", 0, "''"),
        ("", "\u{e9}", "-", 1, "''"),
        ("", "\u{e9}", "-", 2, "''"),
        ("", "\u{e9}", "-", 9223372036854775807, "''"),
        ("", "\u{e9}", "\u{f6}", -1, "''"),
        ("", "\u{e9}", "\u{f6}", 0, "''"),
        ("", "\u{e9}", "\u{f6}", 1, "''"),
        ("", "\u{e9}", "\u{f6}", 2, "''"),
        ("", "\u{e9}", "\u{f6}", 9223372036854775807, "''"),
        ("", "zz", "", -1, "''"),
        ("", "zz", "", 0, "''"),
        ("", "zz", "", 1, "''"),
        ("", "zz", "", 2, "''"),
        ("", "zz", "", 9223372036854775807, "''"),
        ("", "zz", "-", -1, "''"),
        ("", "zz", "-", 0, "''"),
        ("", "zz", "-", 1, "''"),
        ("", "zz", "-", 2, "''"),
        ("", "zz", "-", 9223372036854775807, "''"),
        ("", "zz", "\u{f6}", -1, "''"),
        ("", "zz", "\u{f6}", 0, "''"),
        ("", "zz", "\u{f6}", 1, "''"),
        ("", "zz", "\u{f6}", 2, "''"),
        ("", "zz", "\u{f6}", 9223372036854775807, "''"),
        ("a", "", "", -1, "'a'"),
        ("a", "", "", 0, "'a'"),
        ("a", "", "", 1, "'a'"),
        ("a", "", "", 2, "'a'"),
        ("a", "", "", 9223372036854775807, "'a'"),
        ("a", "", "-", -1, "'-a-'"),
        ("a", "", "-", 0, "'a'"),
        ("a", "", "-", 1, "'-a'"),
        ("a", "", "-", 2, "'-a-'"),
        ("a", "", "-", 9223372036854775807, "'-a-'"),
        ("a", "", "\u{f6}", -1, "'\u{f6}a\u{f6}'"),
        ("a", "", "\u{f6}", 0, "'a'"),
        ("a", "", "\u{f6}", 1, "'\u{f6}a'"),
        ("a", "", "\u{f6}", 2, "'\u{f6}a\u{f6}'"),
        ("a", "", "\u{f6}", 9223372036854775807, "'\u{f6}a\u{f6}'"),
        ("a", "a", "", -1, "''"),
        ("a", "a", "", 0, "'a'"),
        ("a", "a", "", 1, "''"),
        ("a", "a", "", 2, "''"),
        ("a", "a", "", 9223372036854775807, "''"),
        ("a", "a", "-", -1, "'-'"),
        ("a", "a", "-", 0, "'a'"),
        ("a", "a", "-", 1, "'-'"),
        ("a", "a", "-", 2, "'-'"),
        ("a", "a", "-", 9223372036854775807, "'-'"),
        ("a", "a", "\u{f6}", -1, "'\u{f6}'"),
        ("a", "a", "\u{f6}", 0, "'a'"),
        ("a", "a", "\u{f6}", 1, "'\u{f6}'"),
        ("a", "a", "\u{f6}", 2, "'\u{f6}'"),
        ("a", "a", "\u{f6}", 9223372036854775807, "'\u{f6}'"),
        ("a", "aa", "", -1, "'a'"),
        ("a", "aa", "", 0, "'a'"),
        ("a", "aa", "", 1, "'a'"),
        ("a", "aa", "", 2, "'a'"),
        ("a", "aa", "", 9223372036854775807, "'a'"),
        ("a", "aa", "-", -1, "'a'"),
        ("a", "aa", "-", 0, "'a'"),
        ("a", "aa", "-", 1, "'a'"),
        ("a", "aa", "-", 2, "'a'"),
        ("a", "aa", "-", 9223372036854775807, "'a'"),
        ("a", "aa", "\u{f6}", -1, "'a'"),
        ("a", "aa", "\u{f6}", 0, "'a'"),
        ("a", "aa", "\u{f6}", 1, "'a'"),
        ("a", "aa", "\u{f6}", 2, "'a'"),
        ("a", "aa", "\u{f6}", 9223372036854775807, "'a'"),
        ("a", "ab", "", -1, "'a'"),
        ("a", "ab", "", 0, "'a'"),
        ("a", "ab", "", 1, "'a'"),
        ("a", "ab", "", 2, "'a'"),
        ("a", "ab", "", 9223372036854775807, "'a'"),
        ("a", "ab", "-", -1, "'a'"),
        ("a", "ab", "-", 0, "'a'"),
        ("a", "ab", "-", 1, "'a'"),
        ("a", "ab", "-", 2, "'a'"),
        ("a", "ab", "-", 9223372036854775807, "'a'"),
        ("a", "ab", "\u{f6}", -1, "'a'"),
        ("a", "ab", "\u{f6}", 0, "'a'"),
        ("a", "ab", "\u{f6}", 1, "'a'"),
        ("a", "ab", "\u{f6}", 2, "'a'"),
        ("a", "ab", "\u{f6}", 9223372036854775807, "'a'"),
        ("a", "\u{e9}", "", -1, "'a'"),
        ("a", "\u{e9}", "", 0, "'a'"),
        ("a", "\u{e9}", "", 1, "'a'"),
        ("a", "\u{e9}", "", 2, "'a'"),
        ("a", "\u{e9}", "", 9223372036854775807, "'a'"),
        ("a", "\u{e9}", "-", -1, "'a'"),
        ("a", "\u{e9}", "-", 0, "'a'"),
        ("a", "\u{e9}", "-", 1, "'a'"),
        ("a", "\u{e9}", "-", 2, "'a'"),
        ("a", "\u{e9}", "-", 9223372036854775807, "'a'"),
        ("a", "\u{e9}", "\u{f6}", -1, "'a'"),
        ("a", "\u{e9}", "\u{f6}", 0, "'a'"),
        ("a", "\u{e9}", "\u{f6}", 1, "'a'"),
        ("a", "\u{e9}", "\u{f6}", 2, "'a'"),
        ("a", "\u{e9}", "\u{f6}", 9223372036854775807, "'a'"),
        ("a", "zz", "", -1, "'a'"),
        ("a", "zz", "", 0, "'a'"),
        ("a", "zz", "", 1, "'a'"),
        ("a", "zz", "", 2, "'a'"),
        ("a", "zz", "", 9223372036854775807, "'a'"),
        ("a", "zz", "-", -1, "'a'"),
        ("a", "zz", "-", 0, "'a'"),
        ("a", "zz", "-", 1, "'a'"),
        ("a", "zz", "-", 2, "'a'"),
        ("a", "zz", "-", 9223372036854775807, "'a'"),
        ("a", "zz", "\u{f6}", -1, "'a'"),
        ("a", "zz", "\u{f6}", 0, "'a'"),
        ("a", "zz", "\u{f6}", 1, "'a'"),
        ("a", "zz", "\u{f6}", 2, "'a'"),
        ("a", "zz", "\u{f6}", 9223372036854775807, "'a'"),
        ("abc", "", "", -1, "'abc'"),
        ("abc", "", "", 0, "'abc'"),
        ("abc", "", "", 1, "'abc'"),
        ("abc", "", "", 2, "'abc'"),
        ("abc", "", "", 9223372036854775807, "'abc'"),
        ("abc", "", "-", -1, "'-a-b-c-'"),
        ("abc", "", "-", 0, "'abc'"),
        ("abc", "", "-", 1, "'-abc'"),
        ("abc", "", "-", 2, "'-a-bc'"),
        ("abc", "", "-", 9223372036854775807, "'-a-b-c-'"),
        ("abc", "", "\u{f6}", -1, "'\u{f6}a\u{f6}b\u{f6}c\u{f6}'"),
        ("abc", "", "\u{f6}", 0, "'abc'"),
        ("abc", "", "\u{f6}", 1, "'\u{f6}abc'"),
        ("abc", "", "\u{f6}", 2, "'\u{f6}a\u{f6}bc'"),
        ("abc", "", "\u{f6}", 9223372036854775807, "'\u{f6}a\u{f6}b\u{f6}c\u{f6}'"),
        ("abc", "a", "", -1, "'bc'"),
        ("abc", "a", "", 0, "'abc'"),
        ("abc", "a", "", 1, "'bc'"),
        ("abc", "a", "", 2, "'bc'"),
        ("abc", "a", "", 9223372036854775807, "'bc'"),
        ("abc", "a", "-", -1, "'-bc'"),
        ("abc", "a", "-", 0, "'abc'"),
        ("abc", "a", "-", 1, "'-bc'"),
        ("abc", "a", "-", 2, "'-bc'"),
        ("abc", "a", "-", 9223372036854775807, "'-bc'"),
        ("abc", "a", "\u{f6}", -1, "'\u{f6}bc'"),
        ("abc", "a", "\u{f6}", 0, "'abc'"),
        ("abc", "a", "\u{f6}", 1, "'\u{f6}bc'"),
        ("abc", "a", "\u{f6}", 2, "'\u{f6}bc'"),
        ("abc", "a", "\u{f6}", 9223372036854775807, "'\u{f6}bc'"),
        ("abc", "aa", "", -1, "'abc'"),
        ("abc", "aa", "", 0, "'abc'"),
        ("abc", "aa", "", 1, "'abc'"),
        ("abc", "aa", "", 2, "'abc'"),
        ("abc", "aa", "", 9223372036854775807, "'abc'"),
        ("abc", "aa", "-", -1, "'abc'"),
        ("abc", "aa", "-", 0, "'abc'"),
        ("abc", "aa", "-", 1, "'abc'"),
        ("abc", "aa", "-", 2, "'abc'"),
        ("abc", "aa", "-", 9223372036854775807, "'abc'"),
        ("abc", "aa", "\u{f6}", -1, "'abc'"),
        ("abc", "aa", "\u{f6}", 0, "'abc'"),
        ("abc", "aa", "\u{f6}", 1, "'abc'"),
        ("abc", "aa", "\u{f6}", 2, "'abc'"),
        ("abc", "aa", "\u{f6}", 9223372036854775807, "'abc'"),
        ("abc", "ab", "", -1, "'c'"),
        ("abc", "ab", "", 0, "'abc'"),
        ("abc", "ab", "", 1, "'c'"),
        ("abc", "ab", "", 2, "'c'"),
        ("abc", "ab", "", 9223372036854775807, "'c'"),
        ("abc", "ab", "-", -1, "'-c'"),
        ("abc", "ab", "-", 0, "'abc'"),
        ("abc", "ab", "-", 1, "'-c'"),
        ("abc", "ab", "-", 2, "'-c'"),
        ("abc", "ab", "-", 9223372036854775807, "'-c'"),
        ("abc", "ab", "\u{f6}", -1, "'\u{f6}c'"),
        ("abc", "ab", "\u{f6}", 0, "'abc'"),
        ("abc", "ab", "\u{f6}", 1, "'\u{f6}c'"),
        ("abc", "ab", "\u{f6}", 2, "'\u{f6}c'"),
        ("abc", "ab", "\u{f6}", 9223372036854775807, "'\u{f6}c'"),
        ("abc", "\u{e9}", "", -1, "'abc'"),
        ("abc", "\u{e9}", "", 0, "'abc'"),
        ("abc", "\u{e9}", "", 1, "'abc'"),
        ("abc", "\u{e9}", "", 2, "'abc'"),
        ("abc", "\u{e9}", "", 9223372036854775807, "'abc'"),
        ("abc", "\u{e9}", "-", -1, "'abc'"),
        ("abc", "\u{e9}", "-", 0, "'abc'"),
        ("abc", "\u{e9}", "-", 1, "'abc'"),
        ("abc", "\u{e9}", "-", 2, "'abc'"),
        ("abc", "\u{e9}", "-", 9223372036854775807, "'abc'"),
        ("abc", "\u{e9}", "\u{f6}", -1, "'abc'"),
        ("abc", "\u{e9}", "\u{f6}", 0, "'abc'"),
        ("abc", "\u{e9}", "\u{f6}", 1, "'abc'"),
        ("abc", "\u{e9}", "\u{f6}", 2, "'abc'"),
        ("abc", "\u{e9}", "\u{f6}", 9223372036854775807, "'abc'"),
        ("abc", "zz", "", -1, "'abc'"),
        ("abc", "zz", "", 0, "'abc'"),
        ("abc", "zz", "", 1, "'abc'"),
        ("abc", "zz", "", 2, "'abc'"),
        ("abc", "zz", "", 9223372036854775807, "'abc'"),
        ("abc", "zz", "-", -1, "'abc'"),
        ("abc", "zz", "-", 0, "'abc'"),
        ("abc", "zz", "-", 1, "'abc'"),
        ("abc", "zz", "-", 2, "'abc'"),
        ("abc", "zz", "-", 9223372036854775807, "'abc'"),
        ("abc", "zz", "\u{f6}", -1, "'abc'"),
        ("abc", "zz", "\u{f6}", 0, "'abc'"),
        ("abc", "zz", "\u{f6}", 1, "'abc'"),
        ("abc", "zz", "\u{f6}", 2, "'abc'"),
        ("abc", "zz", "\u{f6}", 9223372036854775807, "'abc'"),
        ("aaaa", "", "", -1, "'aaaa'"),
        ("aaaa", "", "", 0, "'aaaa'"),
        ("aaaa", "", "", 1, "'aaaa'"),
        ("aaaa", "", "", 2, "'aaaa'"),
        ("aaaa", "", "", 9223372036854775807, "'aaaa'"),
        ("aaaa", "", "-", -1, "'-a-a-a-a-'"),
        ("aaaa", "", "-", 0, "'aaaa'"),
        ("aaaa", "", "-", 1, "'-aaaa'"),
        ("aaaa", "", "-", 2, "'-a-aaa'"),
        ("aaaa", "", "-", 9223372036854775807, "'-a-a-a-a-'"),
        ("aaaa", "", "\u{f6}", -1, "'\u{f6}a\u{f6}a\u{f6}a\u{f6}a\u{f6}'"),
        ("aaaa", "", "\u{f6}", 0, "'aaaa'"),
        ("aaaa", "", "\u{f6}", 1, "'\u{f6}aaaa'"),
        ("aaaa", "", "\u{f6}", 2, "'\u{f6}a\u{f6}aaa'"),
        ("aaaa", "", "\u{f6}", 9223372036854775807, "'\u{f6}a\u{f6}a\u{f6}a\u{f6}a\u{f6}'"),
        ("aaaa", "a", "", -1, "''"),
        ("aaaa", "a", "", 0, "'aaaa'"),
        ("aaaa", "a", "", 1, "'aaa'"),
        ("aaaa", "a", "", 2, "'aa'"),
        ("aaaa", "a", "", 9223372036854775807, "''"),
        ("aaaa", "a", "-", -1, "'----'"),
        ("aaaa", "a", "-", 0, "'aaaa'"),
        ("aaaa", "a", "-", 1, "'-aaa'"),
        ("aaaa", "a", "-", 2, "'--aa'"),
        ("aaaa", "a", "-", 9223372036854775807, "'----'"),
        ("aaaa", "a", "\u{f6}", -1, "'\u{f6}\u{f6}\u{f6}\u{f6}'"),
        ("aaaa", "a", "\u{f6}", 0, "'aaaa'"),
        ("aaaa", "a", "\u{f6}", 1, "'\u{f6}aaa'"),
        ("aaaa", "a", "\u{f6}", 2, "'\u{f6}\u{f6}aa'"),
        ("aaaa", "a", "\u{f6}", 9223372036854775807, "'\u{f6}\u{f6}\u{f6}\u{f6}'"),
        ("aaaa", "aa", "", -1, "''"),
        ("aaaa", "aa", "", 0, "'aaaa'"),
        ("aaaa", "aa", "", 1, "'aa'"),
        ("aaaa", "aa", "", 2, "''"),
        ("aaaa", "aa", "", 9223372036854775807, "''"),
        ("aaaa", "aa", "-", -1, "'--'"),
        ("aaaa", "aa", "-", 0, "'aaaa'"),
        ("aaaa", "aa", "-", 1, "'-aa'"),
        ("aaaa", "aa", "-", 2, "'--'"),
        ("aaaa", "aa", "-", 9223372036854775807, "'--'"),
        ("aaaa", "aa", "\u{f6}", -1, "'\u{f6}\u{f6}'"),
        ("aaaa", "aa", "\u{f6}", 0, "'aaaa'"),
        ("aaaa", "aa", "\u{f6}", 1, "'\u{f6}aa'"),
        ("aaaa", "aa", "\u{f6}", 2, "'\u{f6}\u{f6}'"),
        ("aaaa", "aa", "\u{f6}", 9223372036854775807, "'\u{f6}\u{f6}'"),
        ("aaaa", "ab", "", -1, "'aaaa'"),
        ("aaaa", "ab", "", 0, "'aaaa'"),
        ("aaaa", "ab", "", 1, "'aaaa'"),
        ("aaaa", "ab", "", 2, "'aaaa'"),
        ("aaaa", "ab", "", 9223372036854775807, "'aaaa'"),
        ("aaaa", "ab", "-", -1, "'aaaa'"),
        ("aaaa", "ab", "-", 0, "'aaaa'"),
        ("aaaa", "ab", "-", 1, "'aaaa'"),
        ("aaaa", "ab", "-", 2, "'aaaa'"),
        ("aaaa", "ab", "-", 9223372036854775807, "'aaaa'"),
        ("aaaa", "ab", "\u{f6}", -1, "'aaaa'"),
        ("aaaa", "ab", "\u{f6}", 0, "'aaaa'"),
        ("aaaa", "ab", "\u{f6}", 1, "'aaaa'"),
        ("aaaa", "ab", "\u{f6}", 2, "'aaaa'"),
        ("aaaa", "ab", "\u{f6}", 9223372036854775807, "'aaaa'"),
        ("aaaa", "\u{e9}", "", -1, "'aaaa'"),
        ("aaaa", "\u{e9}", "", 0, "'aaaa'"),
        ("aaaa", "\u{e9}", "", 1, "'aaaa'"),
        ("aaaa", "\u{e9}", "", 2, "'aaaa'"),
        ("aaaa", "\u{e9}", "", 9223372036854775807, "'aaaa'"),
        ("aaaa", "\u{e9}", "-", -1, "'aaaa'"),
        ("aaaa", "\u{e9}", "-", 0, "'aaaa'"),
        ("aaaa", "\u{e9}", "-", 1, "'aaaa'"),
        ("aaaa", "\u{e9}", "-", 2, "'aaaa'"),
        ("aaaa", "\u{e9}", "-", 9223372036854775807, "'aaaa'"),
        ("aaaa", "\u{e9}", "\u{f6}", -1, "'aaaa'"),
        ("aaaa", "\u{e9}", "\u{f6}", 0, "'aaaa'"),
        ("aaaa", "\u{e9}", "\u{f6}", 1, "'aaaa'"),
        ("aaaa", "\u{e9}", "\u{f6}", 2, "'aaaa'"),
        ("aaaa", "\u{e9}", "\u{f6}", 9223372036854775807, "'aaaa'"),
        ("aaaa", "zz", "", -1, "'aaaa'"),
        ("aaaa", "zz", "", 0, "'aaaa'"),
        ("aaaa", "zz", "", 1, "'aaaa'"),
        ("aaaa", "zz", "", 2, "'aaaa'"),
        ("aaaa", "zz", "", 9223372036854775807, "'aaaa'"),
        ("aaaa", "zz", "-", -1, "'aaaa'"),
        ("aaaa", "zz", "-", 0, "'aaaa'"),
        ("aaaa", "zz", "-", 1, "'aaaa'"),
        ("aaaa", "zz", "-", 2, "'aaaa'"),
        ("aaaa", "zz", "-", 9223372036854775807, "'aaaa'"),
        ("aaaa", "zz", "\u{f6}", -1, "'aaaa'"),
        ("aaaa", "zz", "\u{f6}", 0, "'aaaa'"),
        ("aaaa", "zz", "\u{f6}", 1, "'aaaa'"),
        ("aaaa", "zz", "\u{f6}", 2, "'aaaa'"),
        ("aaaa", "zz", "\u{f6}", 9223372036854775807, "'aaaa'"),
        ("h\u{e9}llo", "", "", -1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "", "", 0, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "", "", 1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "", "", 2, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "", "", 9223372036854775807, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "", "-", -1, "'-h-\u{e9}-l-l-o-'"),
        ("h\u{e9}llo", "", "-", 0, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "", "-", 1, "'-h\u{e9}llo'"),
        ("h\u{e9}llo", "", "-", 2, "'-h-\u{e9}llo'"),
        ("h\u{e9}llo", "", "-", 9223372036854775807, "'-h-\u{e9}-l-l-o-'"),
        ("h\u{e9}llo", "", "\u{f6}", -1, "'\u{f6}h\u{f6}\u{e9}\u{f6}l\u{f6}l\u{f6}o\u{f6}'"),
        ("h\u{e9}llo", "", "\u{f6}", 0, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "", "\u{f6}", 1, "'\u{f6}h\u{e9}llo'"),
        ("h\u{e9}llo", "", "\u{f6}", 2, "'\u{f6}h\u{f6}\u{e9}llo'"),
        ("h\u{e9}llo", "", "\u{f6}", 9223372036854775807, "'\u{f6}h\u{f6}\u{e9}\u{f6}l\u{f6}l\u{f6}o\u{f6}'"),
        ("h\u{e9}llo", "a", "", -1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "a", "", 0, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "a", "", 1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "a", "", 2, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "a", "", 9223372036854775807, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "a", "-", -1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "a", "-", 0, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "a", "-", 1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "a", "-", 2, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "a", "-", 9223372036854775807, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "a", "\u{f6}", -1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "a", "\u{f6}", 0, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "a", "\u{f6}", 1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "a", "\u{f6}", 2, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "a", "\u{f6}", 9223372036854775807, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "aa", "", -1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "aa", "", 0, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "aa", "", 1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "aa", "", 2, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "aa", "", 9223372036854775807, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "aa", "-", -1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "aa", "-", 0, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "aa", "-", 1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "aa", "-", 2, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "aa", "-", 9223372036854775807, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "aa", "\u{f6}", -1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "aa", "\u{f6}", 0, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "aa", "\u{f6}", 1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "aa", "\u{f6}", 2, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "aa", "\u{f6}", 9223372036854775807, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "ab", "", -1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "ab", "", 0, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "ab", "", 1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "ab", "", 2, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "ab", "", 9223372036854775807, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "ab", "-", -1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "ab", "-", 0, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "ab", "-", 1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "ab", "-", 2, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "ab", "-", 9223372036854775807, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "ab", "\u{f6}", -1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "ab", "\u{f6}", 0, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "ab", "\u{f6}", 1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "ab", "\u{f6}", 2, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "ab", "\u{f6}", 9223372036854775807, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "\u{e9}", "", -1, "'hllo'"),
        ("h\u{e9}llo", "\u{e9}", "", 0, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "\u{e9}", "", 1, "'hllo'"),
        ("h\u{e9}llo", "\u{e9}", "", 2, "'hllo'"),
        ("h\u{e9}llo", "\u{e9}", "", 9223372036854775807, "'hllo'"),
        ("h\u{e9}llo", "\u{e9}", "-", -1, "'h-llo'"),
        ("h\u{e9}llo", "\u{e9}", "-", 0, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "\u{e9}", "-", 1, "'h-llo'"),
        ("h\u{e9}llo", "\u{e9}", "-", 2, "'h-llo'"),
        ("h\u{e9}llo", "\u{e9}", "-", 9223372036854775807, "'h-llo'"),
        ("h\u{e9}llo", "\u{e9}", "\u{f6}", -1, "'h\u{f6}llo'"),
        ("h\u{e9}llo", "\u{e9}", "\u{f6}", 0, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "\u{e9}", "\u{f6}", 1, "'h\u{f6}llo'"),
        ("h\u{e9}llo", "\u{e9}", "\u{f6}", 2, "'h\u{f6}llo'"),
        ("h\u{e9}llo", "\u{e9}", "\u{f6}", 9223372036854775807, "'h\u{f6}llo'"),
        ("h\u{e9}llo", "zz", "", -1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "zz", "", 0, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "zz", "", 1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "zz", "", 2, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "zz", "", 9223372036854775807, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "zz", "-", -1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "zz", "-", 0, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "zz", "-", 1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "zz", "-", 2, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "zz", "-", 9223372036854775807, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "zz", "\u{f6}", -1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "zz", "\u{f6}", 0, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "zz", "\u{f6}", 1, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "zz", "\u{f6}", 2, "'h\u{e9}llo'"),
        ("h\u{e9}llo", "zz", "\u{f6}", 9223372036854775807, "'h\u{e9}llo'"),
        ("abab", "", "", -1, "'abab'"),
        ("abab", "", "", 0, "'abab'"),
        ("abab", "", "", 1, "'abab'"),
        ("abab", "", "", 2, "'abab'"),
        ("abab", "", "", 9223372036854775807, "'abab'"),
        ("abab", "", "-", -1, "'-a-b-a-b-'"),
        ("abab", "", "-", 0, "'abab'"),
        ("abab", "", "-", 1, "'-abab'"),
        ("abab", "", "-", 2, "'-a-bab'"),
        ("abab", "", "-", 9223372036854775807, "'-a-b-a-b-'"),
        ("abab", "", "\u{f6}", -1, "'\u{f6}a\u{f6}b\u{f6}a\u{f6}b\u{f6}'"),
        ("abab", "", "\u{f6}", 0, "'abab'"),
        ("abab", "", "\u{f6}", 1, "'\u{f6}abab'"),
        ("abab", "", "\u{f6}", 2, "'\u{f6}a\u{f6}bab'"),
        ("abab", "", "\u{f6}", 9223372036854775807, "'\u{f6}a\u{f6}b\u{f6}a\u{f6}b\u{f6}'"),
        ("abab", "a", "", -1, "'bb'"),
        ("abab", "a", "", 0, "'abab'"),
        ("abab", "a", "", 1, "'bab'"),
        ("abab", "a", "", 2, "'bb'"),
        ("abab", "a", "", 9223372036854775807, "'bb'"),
        ("abab", "a", "-", -1, "'-b-b'"),
        ("abab", "a", "-", 0, "'abab'"),
        ("abab", "a", "-", 1, "'-bab'"),
        ("abab", "a", "-", 2, "'-b-b'"),
        ("abab", "a", "-", 9223372036854775807, "'-b-b'"),
        ("abab", "a", "\u{f6}", -1, "'\u{f6}b\u{f6}b'"),
        ("abab", "a", "\u{f6}", 0, "'abab'"),
        ("abab", "a", "\u{f6}", 1, "'\u{f6}bab'"),
        ("abab", "a", "\u{f6}", 2, "'\u{f6}b\u{f6}b'"),
        ("abab", "a", "\u{f6}", 9223372036854775807, "'\u{f6}b\u{f6}b'"),
        ("abab", "aa", "", -1, "'abab'"),
        ("abab", "aa", "", 0, "'abab'"),
        ("abab", "aa", "", 1, "'abab'"),
        ("abab", "aa", "", 2, "'abab'"),
        ("abab", "aa", "", 9223372036854775807, "'abab'"),
        ("abab", "aa", "-", -1, "'abab'"),
        ("abab", "aa", "-", 0, "'abab'"),
        ("abab", "aa", "-", 1, "'abab'"),
        ("abab", "aa", "-", 2, "'abab'"),
        ("abab", "aa", "-", 9223372036854775807, "'abab'"),
        ("abab", "aa", "\u{f6}", -1, "'abab'"),
        ("abab", "aa", "\u{f6}", 0, "'abab'"),
        ("abab", "aa", "\u{f6}", 1, "'abab'"),
        ("abab", "aa", "\u{f6}", 2, "'abab'"),
        ("abab", "aa", "\u{f6}", 9223372036854775807, "'abab'"),
        ("abab", "ab", "", -1, "''"),
        ("abab", "ab", "", 0, "'abab'"),
        ("abab", "ab", "", 1, "'ab'"),
        ("abab", "ab", "", 2, "''"),
        ("abab", "ab", "", 9223372036854775807, "''"),
        ("abab", "ab", "-", -1, "'--'"),
        ("abab", "ab", "-", 0, "'abab'"),
        ("abab", "ab", "-", 1, "'-ab'"),
        ("abab", "ab", "-", 2, "'--'"),
        ("abab", "ab", "-", 9223372036854775807, "'--'"),
        ("abab", "ab", "\u{f6}", -1, "'\u{f6}\u{f6}'"),
        ("abab", "ab", "\u{f6}", 0, "'abab'"),
        ("abab", "ab", "\u{f6}", 1, "'\u{f6}ab'"),
        ("abab", "ab", "\u{f6}", 2, "'\u{f6}\u{f6}'"),
        ("abab", "ab", "\u{f6}", 9223372036854775807, "'\u{f6}\u{f6}'"),
        ("abab", "\u{e9}", "", -1, "'abab'"),
        ("abab", "\u{e9}", "", 0, "'abab'"),
        ("abab", "\u{e9}", "", 1, "'abab'"),
        ("abab", "\u{e9}", "", 2, "'abab'"),
        ("abab", "\u{e9}", "", 9223372036854775807, "'abab'"),
        ("abab", "\u{e9}", "-", -1, "'abab'"),
        ("abab", "\u{e9}", "-", 0, "'abab'"),
        ("abab", "\u{e9}", "-", 1, "'abab'"),
        ("abab", "\u{e9}", "-", 2, "'abab'"),
        ("abab", "\u{e9}", "-", 9223372036854775807, "'abab'"),
        ("abab", "\u{e9}", "\u{f6}", -1, "'abab'"),
        ("abab", "\u{e9}", "\u{f6}", 0, "'abab'"),
        ("abab", "\u{e9}", "\u{f6}", 1, "'abab'"),
        ("abab", "\u{e9}", "\u{f6}", 2, "'abab'"),
        ("abab", "\u{e9}", "\u{f6}", 9223372036854775807, "'abab'"),
        ("abab", "zz", "", -1, "'abab'"),
        ("abab", "zz", "", 0, "'abab'"),
        ("abab", "zz", "", 1, "'abab'"),
        ("abab", "zz", "", 2, "'abab'"),
        ("abab", "zz", "", 9223372036854775807, "'abab'"),
        ("abab", "zz", "-", -1, "'abab'"),
        ("abab", "zz", "-", 0, "'abab'"),
        ("abab", "zz", "-", 1, "'abab'"),
        ("abab", "zz", "-", 2, "'abab'"),
        ("abab", "zz", "-", 9223372036854775807, "'abab'"),
        ("abab", "zz", "\u{f6}", -1, "'abab'"),
        ("abab", "zz", "\u{f6}", 0, "'abab'"),
        ("abab", "zz", "\u{f6}", 1, "'abab'"),
        ("abab", "zz", "\u{f6}", 2, "'abab'"),
        ("abab", "zz", "\u{f6}", 9223372036854775807, "'abab'"),
    ];

    #[rustfmt::skip]
    const CASE: &[(&str, &str, &str, &str, &str, &str, &str)] = &[
        ("", "''", "''", "''", "''", "''", "''"),
        ("hello world", "'HELLO WORLD'", "'hello world'", "'hello world'", "'Hello world'", "'Hello World'", "'HELLO WORLD'"),
        ("HELLO", "'HELLO'", "'hello'", "'hello'", "'Hello'", "'Hello'", "'hello'"),
        ("hElLo wOrLd", "'HELLO WORLD'", "'hello world'", "'hello world'", "'Hello world'", "'Hello World'", "'HeLlO WoRlD'"),
        ("they're bill's friends", "\"THEY'RE BILL'S FRIENDS\"", "\"they're bill's friends\"", "\"they're bill's friends\"", "\"They're bill's friends\"", "\"They'Re Bill'S Friends\"", "\"THEY'RE BILL'S FRIENDS\""),
        ("\u{1c6}emal \u{1c5} \u{1c4}", "'\u{1c4}EMAL \u{1c4} \u{1c4}'", "'\u{1c6}emal \u{1c6} \u{1c6}'", "'\u{1c6}emal \u{1c6} \u{1c6}'", "'\u{1c5}emal \u{1c6} \u{1c6}'", "'\u{1c5}emal \u{1c5} \u{1c5}'", "'\u{1c4}EMAL \u{1c5} \u{1c6}'"),
        ("\u{df}tra\u{df}e", "'SSTRASSE'", "'\u{df}tra\u{df}e'", "'sstrasse'", "'Sstra\u{df}e'", "'Sstra\u{df}e'", "'SSTRASSE'"),
        ("\u{fb01}nal \u{fb02}ow", "'FINAL FLOW'", "'\u{fb01}nal \u{fb02}ow'", "'final flow'", "'Final \u{fb02}ow'", "'Final Flow'", "'FINAL FLOW'"),
        ("\u{3a3}\u{391}\u{3a3}", "'\u{3a3}\u{391}\u{3a3}'", "'\u{3c3}\u{3b1}\u{3c2}'", "'\u{3c3}\u{3b1}\u{3c3}'", "'\u{3a3}\u{3b1}\u{3c2}'", "'\u{3a3}\u{3b1}\u{3c2}'", "'\u{3c3}\u{3b1}\u{3c2}'"),
        ("\u{1f48}\u{394}\u{3a5}\u{3a3}\u{3a3}\u{395}\u{38e}\u{3a3}", "'\u{1f48}\u{394}\u{3a5}\u{3a3}\u{3a3}\u{395}\u{38e}\u{3a3}'", "'\u{1f40}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3cd}\u{3c2}'", "'\u{1f40}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3cd}\u{3c3}'", "'\u{1f48}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3cd}\u{3c2}'", "'\u{1f48}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3cd}\u{3c2}'", "'\u{1f40}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3cd}\u{3c2}'"),
        ("\u{3a3}", "'\u{3a3}'", "'\u{3c3}'", "'\u{3c3}'", "'\u{3a3}'", "'\u{3a3}'", "'\u{3c3}'"),
        ("a\u{3a3}", "'A\u{3a3}'", "'a\u{3c2}'", "'a\u{3c3}'", "'A\u{3c2}'", "'A\u{3c2}'", "'A\u{3c2}'"),
        ("a\u{3a3}b", "'A\u{3a3}B'", "'a\u{3c3}b'", "'a\u{3c3}b'", "'A\u{3c3}b'", "'A\u{3c3}b'", "'A\u{3c3}B'"),
        ("a\u{345}\u{3a3}", "'A\u{399}\u{3a3}'", "'a\u{345}\u{3c2}'", "'a\u{3b9}\u{3c3}'", "'A\u{345}\u{3c2}'", "'A\u{345}\u{3c2}'", "'A\u{399}\u{3c2}'"),
        ("a\u{3a3}\u{345}", "'A\u{3a3}\u{399}'", "'a\u{3c2}\u{345}'", "'a\u{3c3}\u{3b9}'", "'A\u{3c2}\u{345}'", "'A\u{3c2}\u{345}'", "'A\u{3c2}\u{399}'"),
        ("a.\u{3a3}'", "\"A.\u{3a3}'\"", "\"a.\u{3c2}'\"", "\"a.\u{3c3}'\"", "\"A.\u{3c2}'\"", "\"A.\u{3a3}'\"", "\"A.\u{3c2}'\""),
        ("\u{130}stanbul", "'\u{130}STANBUL'", "'i\u{307}stanbul'", "'i\u{307}stanbul'", "'\u{130}stanbul'", "'\u{130}stanbul'", "'i\u{307}STANBUL'"),
        ("\u{149}", "'\u{2bc}N'", "'\u{149}'", "'\u{2bc}n'", "'\u{2bc}N'", "'\u{2bc}N'", "'\u{2bc}N'"),
        ("\u{1f0}", "'J\u{30c}'", "'\u{1f0}'", "'j\u{30c}'", "'J\u{30c}'", "'J\u{30c}'", "'J\u{30c}'"),
        ("\u{390}", "'\u{399}\u{308}\u{301}'", "'\u{390}'", "'\u{3b9}\u{308}\u{301}'", "'\u{399}\u{308}\u{301}'", "'\u{399}\u{308}\u{301}'", "'\u{399}\u{308}\u{301}'"),
        ("\u{13a0}\u{ab70}", "'\u{13a0}\u{13a0}'", "'\u{ab70}\u{ab70}'", "'\u{13a0}\u{13a0}'", "'\u{13a0}\u{ab70}'", "'\u{13a0}\u{ab70}'", "'\u{ab70}\u{13a0}'"),
        ("123abc", "'123ABC'", "'123abc'", "'123abc'", "'123abc'", "'123Abc'", "'123ABC'"),
        ("a1b2", "'A1B2'", "'a1b2'", "'a1b2'", "'A1b2'", "'A1B2'", "'A1B2'"),
        ("\u{1fb3} \u{1fbc}", "'\u{391}\u{399} \u{391}\u{399}'", "'\u{1fb3} \u{1fb3}'", "'\u{3b1}\u{3b9} \u{3b1}\u{3b9}'", "'\u{1fbc} \u{1fb3}'", "'\u{1fbc} \u{1fbc}'", "'\u{391}\u{399} \u{1fbc}'"),
        ("\u{fb00} \u{fb03}", "'FF FFI'", "'\u{fb00} \u{fb03}'", "'ff ffi'", "'Ff \u{fb03}'", "'Ff Ffi'", "'FF FFI'"),
        ("hello\u{2163}", "'HELLO\u{2163}'", "'hello\u{2173}'", "'hello\u{2173}'", "'Hello\u{2173}'", "'Hello\u{2173}'", "'HELLO\u{2173}'"),
        ("\u{24d0}\u{24d1}", "'\u{24b6}\u{24b7}'", "'\u{24d0}\u{24d1}'", "'\u{24d0}\u{24d1}'", "'\u{24b6}\u{24d1}'", "'\u{24b6}\u{24d1}'", "'\u{24b6}\u{24b7}'"),
        ("\u{3c3}\u{3c2}", "'\u{3a3}\u{3a3}'", "'\u{3c3}\u{3c2}'", "'\u{3c3}\u{3c3}'", "'\u{3a3}\u{3c2}'", "'\u{3a3}\u{3c2}'", "'\u{3a3}\u{3a3}'"),
        ("\u{3a9} \u{3c9}", "'\u{3a9} \u{3a9}'", "'\u{3c9} \u{3c9}'", "'\u{3c9} \u{3c9}'", "'\u{3a9} \u{3c9}'", "'\u{3a9} \u{3a9}'", "'\u{3c9} \u{3a9}'"),
        ("\u{10400}\u{10428}", "'\u{10400}\u{10400}'", "'\u{10428}\u{10428}'", "'\u{10428}\u{10428}'", "'\u{10400}\u{10428}'", "'\u{10400}\u{10428}'", "'\u{10428}\u{10400}'"),
        ("x\u{301}y", "'X\u{301}Y'", "'x\u{301}y'", "'x\u{301}y'", "'X\u{301}y'", "'X\u{301}Y'", "'X\u{301}Y'"),
        ("\u{1e9e}", "'\u{1e9e}'", "'\u{df}'", "'ss'", "'\u{1e9e}'", "'\u{1e9e}'", "'\u{df}'"),
        ("\u{a7b5}", "'\u{a7b4}'", "'\u{a7b5}'", "'\u{a7b5}'", "'\u{a7b4}'", "'\u{a7b4}'", "'\u{a7b4}'"),
        ("MiXeD cAsE 42", "'MIXED CASE 42'", "'mixed case 42'", "'mixed case 42'", "'Mixed case 42'", "'Mixed Case 42'", "'mIxEd CaSe 42'"),
        ("\u{3a3}\u{391} \u{3a3}", "'\u{3a3}\u{391} \u{3a3}'", "'\u{3c3}\u{3b1} \u{3c3}'", "'\u{3c3}\u{3b1} \u{3c3}'", "'\u{3a3}\u{3b1} \u{3c3}'", "'\u{3a3}\u{3b1} \u{3a3}'", "'\u{3c3}\u{3b1} \u{3c3}'"),
        ("\u{3cc}\u{3c3}\u{3bf}\u{3c2}", "'\u{38c}\u{3a3}\u{39f}\u{3a3}'", "'\u{3cc}\u{3c3}\u{3bf}\u{3c2}'", "'\u{3cc}\u{3c3}\u{3bf}\u{3c3}'", "'\u{38c}\u{3c3}\u{3bf}\u{3c2}'", "'\u{38c}\u{3c3}\u{3bf}\u{3c2}'", "'\u{38c}\u{3a3}\u{39f}\u{3a3}'"),
    ];

    #[rustfmt::skip]
    const PAD: &[(&str, i64, char, &str, &str, &str, &str)] = &[
        ("", -5, '*', "''", "''", "''", "''"),
        ("", -5, '\u{e9}', "''", "''", "''", "''"),
        ("", 0, '*', "''", "''", "''", "''"),
        ("", 0, '\u{e9}', "''", "''", "''", "''"),
        ("", 2, '*', "'**'", "'**'", "'**'", "'00'"),
        ("", 2, '\u{e9}', "'\u{e9}\u{e9}'", "'\u{e9}\u{e9}'", "'\u{e9}\u{e9}'", "'00'"),
        ("", 3, '*', "'***'", "'***'", "'***'", "'000'"),
        ("", 3, '\u{e9}', "'\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}'", "'000'"),
        ("", 4, '*', "'****'", "'****'", "'****'", "'0000'"),
        ("", 4, '\u{e9}', "'\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}'", "'0000'"),
        ("", 5, '*', "'*****'", "'*****'", "'*****'", "'00000'"),
        ("", 5, '\u{e9}', "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'", "'00000'"),
        ("", 6, '*', "'******'", "'******'", "'******'", "'000000'"),
        ("", 6, '\u{e9}', "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'", "'000000'"),
        ("", 7, '*', "'*******'", "'*******'", "'*******'", "'0000000'"),
        ("", 7, '\u{e9}', "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'", "'0000000'"),
        ("a", -5, '*', "'a'", "'a'", "'a'", "'a'"),
        ("a", -5, '\u{e9}', "'a'", "'a'", "'a'", "'a'"),
        ("a", 0, '*', "'a'", "'a'", "'a'", "'a'"),
        ("a", 0, '\u{e9}', "'a'", "'a'", "'a'", "'a'"),
        ("a", 2, '*', "'a*'", "'a*'", "'*a'", "'0a'"),
        ("a", 2, '\u{e9}', "'a\u{e9}'", "'a\u{e9}'", "'\u{e9}a'", "'0a'"),
        ("a", 3, '*', "'*a*'", "'a**'", "'**a'", "'00a'"),
        ("a", 3, '\u{e9}', "'\u{e9}a\u{e9}'", "'a\u{e9}\u{e9}'", "'\u{e9}\u{e9}a'", "'00a'"),
        ("a", 4, '*', "'*a**'", "'a***'", "'***a'", "'000a'"),
        ("a", 4, '\u{e9}', "'\u{e9}a\u{e9}\u{e9}'", "'a\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}a'", "'000a'"),
        ("a", 5, '*', "'**a**'", "'a****'", "'****a'", "'0000a'"),
        ("a", 5, '\u{e9}', "'\u{e9}\u{e9}a\u{e9}\u{e9}'", "'a\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}a'", "'0000a'"),
        ("a", 6, '*', "'**a***'", "'a*****'", "'*****a'", "'00000a'"),
        ("a", 6, '\u{e9}', "'\u{e9}\u{e9}a\u{e9}\u{e9}\u{e9}'", "'a\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}a'", "'00000a'"),
        ("a", 7, '*', "'***a***'", "'a******'", "'******a'", "'000000a'"),
        ("a", 7, '\u{e9}', "'\u{e9}\u{e9}\u{e9}a\u{e9}\u{e9}\u{e9}'", "'a\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}a'", "'000000a'"),
        ("ab", -5, '*', "'ab'", "'ab'", "'ab'", "'ab'"),
        ("ab", -5, '\u{e9}', "'ab'", "'ab'", "'ab'", "'ab'"),
        ("ab", 0, '*', "'ab'", "'ab'", "'ab'", "'ab'"),
        ("ab", 0, '\u{e9}', "'ab'", "'ab'", "'ab'", "'ab'"),
        ("ab", 2, '*', "'ab'", "'ab'", "'ab'", "'ab'"),
        ("ab", 2, '\u{e9}', "'ab'", "'ab'", "'ab'", "'ab'"),
        ("ab", 3, '*', "'*ab'", "'ab*'", "'*ab'", "'0ab'"),
        ("ab", 3, '\u{e9}', "'\u{e9}ab'", "'ab\u{e9}'", "'\u{e9}ab'", "'0ab'"),
        ("ab", 4, '*', "'*ab*'", "'ab**'", "'**ab'", "'00ab'"),
        ("ab", 4, '\u{e9}', "'\u{e9}ab\u{e9}'", "'ab\u{e9}\u{e9}'", "'\u{e9}\u{e9}ab'", "'00ab'"),
        ("ab", 5, '*', "'**ab*'", "'ab***'", "'***ab'", "'000ab'"),
        ("ab", 5, '\u{e9}', "'\u{e9}\u{e9}ab\u{e9}'", "'ab\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}ab'", "'000ab'"),
        ("ab", 6, '*', "'**ab**'", "'ab****'", "'****ab'", "'0000ab'"),
        ("ab", 6, '\u{e9}', "'\u{e9}\u{e9}ab\u{e9}\u{e9}'", "'ab\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}ab'", "'0000ab'"),
        ("ab", 7, '*', "'***ab**'", "'ab*****'", "'*****ab'", "'00000ab'"),
        ("ab", 7, '\u{e9}', "'\u{e9}\u{e9}\u{e9}ab\u{e9}\u{e9}'", "'ab\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}ab'", "'00000ab'"),
        ("abc", -5, '*', "'abc'", "'abc'", "'abc'", "'abc'"),
        ("abc", -5, '\u{e9}', "'abc'", "'abc'", "'abc'", "'abc'"),
        ("abc", 0, '*', "'abc'", "'abc'", "'abc'", "'abc'"),
        ("abc", 0, '\u{e9}', "'abc'", "'abc'", "'abc'", "'abc'"),
        ("abc", 2, '*', "'abc'", "'abc'", "'abc'", "'abc'"),
        ("abc", 2, '\u{e9}', "'abc'", "'abc'", "'abc'", "'abc'"),
        ("abc", 3, '*', "'abc'", "'abc'", "'abc'", "'abc'"),
        ("abc", 3, '\u{e9}', "'abc'", "'abc'", "'abc'", "'abc'"),
        ("abc", 4, '*', "'abc*'", "'abc*'", "'*abc'", "'0abc'"),
        ("abc", 4, '\u{e9}', "'abc\u{e9}'", "'abc\u{e9}'", "'\u{e9}abc'", "'0abc'"),
        ("abc", 5, '*', "'*abc*'", "'abc**'", "'**abc'", "'00abc'"),
        ("abc", 5, '\u{e9}', "'\u{e9}abc\u{e9}'", "'abc\u{e9}\u{e9}'", "'\u{e9}\u{e9}abc'", "'00abc'"),
        ("abc", 6, '*', "'*abc**'", "'abc***'", "'***abc'", "'000abc'"),
        ("abc", 6, '\u{e9}', "'\u{e9}abc\u{e9}\u{e9}'", "'abc\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}abc'", "'000abc'"),
        ("abc", 7, '*', "'**abc**'", "'abc****'", "'****abc'", "'0000abc'"),
        ("abc", 7, '\u{e9}', "'\u{e9}\u{e9}abc\u{e9}\u{e9}'", "'abc\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}abc'", "'0000abc'"),
        ("h\u{e9}llo", -5, '*', "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'"),
        ("h\u{e9}llo", -5, '\u{e9}', "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'"),
        ("h\u{e9}llo", 0, '*', "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'"),
        ("h\u{e9}llo", 0, '\u{e9}', "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'"),
        ("h\u{e9}llo", 2, '*', "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'"),
        ("h\u{e9}llo", 2, '\u{e9}', "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'"),
        ("h\u{e9}llo", 3, '*', "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'"),
        ("h\u{e9}llo", 3, '\u{e9}', "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'"),
        ("h\u{e9}llo", 4, '*', "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'"),
        ("h\u{e9}llo", 4, '\u{e9}', "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'"),
        ("h\u{e9}llo", 5, '*', "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'"),
        ("h\u{e9}llo", 5, '\u{e9}', "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'", "'h\u{e9}llo'"),
        ("h\u{e9}llo", 6, '*', "'h\u{e9}llo*'", "'h\u{e9}llo*'", "'*h\u{e9}llo'", "'0h\u{e9}llo'"),
        ("h\u{e9}llo", 6, '\u{e9}', "'h\u{e9}llo\u{e9}'", "'h\u{e9}llo\u{e9}'", "'\u{e9}h\u{e9}llo'", "'0h\u{e9}llo'"),
        ("h\u{e9}llo", 7, '*', "'*h\u{e9}llo*'", "'h\u{e9}llo**'", "'**h\u{e9}llo'", "'00h\u{e9}llo'"),
        ("h\u{e9}llo", 7, '\u{e9}', "'\u{e9}h\u{e9}llo\u{e9}'", "'h\u{e9}llo\u{e9}\u{e9}'", "'\u{e9}\u{e9}h\u{e9}llo'", "'00h\u{e9}llo'"),
        ("-42", -5, '*', "'-42'", "'-42'", "'-42'", "'-42'"),
        ("-42", -5, '\u{e9}', "'-42'", "'-42'", "'-42'", "'-42'"),
        ("-42", 0, '*', "'-42'", "'-42'", "'-42'", "'-42'"),
        ("-42", 0, '\u{e9}', "'-42'", "'-42'", "'-42'", "'-42'"),
        ("-42", 2, '*', "'-42'", "'-42'", "'-42'", "'-42'"),
        ("-42", 2, '\u{e9}', "'-42'", "'-42'", "'-42'", "'-42'"),
        ("-42", 3, '*', "'-42'", "'-42'", "'-42'", "'-42'"),
        ("-42", 3, '\u{e9}', "'-42'", "'-42'", "'-42'", "'-42'"),
        ("-42", 4, '*', "'-42*'", "'-42*'", "'*-42'", "'-042'"),
        ("-42", 4, '\u{e9}', "'-42\u{e9}'", "'-42\u{e9}'", "'\u{e9}-42'", "'-042'"),
        ("-42", 5, '*', "'*-42*'", "'-42**'", "'**-42'", "'-0042'"),
        ("-42", 5, '\u{e9}', "'\u{e9}-42\u{e9}'", "'-42\u{e9}\u{e9}'", "'\u{e9}\u{e9}-42'", "'-0042'"),
        ("-42", 6, '*', "'*-42**'", "'-42***'", "'***-42'", "'-00042'"),
        ("-42", 6, '\u{e9}', "'\u{e9}-42\u{e9}\u{e9}'", "'-42\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}-42'", "'-00042'"),
        ("-42", 7, '*', "'**-42**'", "'-42****'", "'****-42'", "'-000042'"),
        ("-42", 7, '\u{e9}', "'\u{e9}\u{e9}-42\u{e9}\u{e9}'", "'-42\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}-42'", "'-000042'"),
        ("+7", -5, '*', "'+7'", "'+7'", "'+7'", "'+7'"),
        ("+7", -5, '\u{e9}', "'+7'", "'+7'", "'+7'", "'+7'"),
        ("+7", 0, '*', "'+7'", "'+7'", "'+7'", "'+7'"),
        ("+7", 0, '\u{e9}', "'+7'", "'+7'", "'+7'", "'+7'"),
        ("+7", 2, '*', "'+7'", "'+7'", "'+7'", "'+7'"),
        ("+7", 2, '\u{e9}', "'+7'", "'+7'", "'+7'", "'+7'"),
        ("+7", 3, '*', "'*+7'", "'+7*'", "'*+7'", "'+07'"),
        ("+7", 3, '\u{e9}', "'\u{e9}+7'", "'+7\u{e9}'", "'\u{e9}+7'", "'+07'"),
        ("+7", 4, '*', "'*+7*'", "'+7**'", "'**+7'", "'+007'"),
        ("+7", 4, '\u{e9}', "'\u{e9}+7\u{e9}'", "'+7\u{e9}\u{e9}'", "'\u{e9}\u{e9}+7'", "'+007'"),
        ("+7", 5, '*', "'**+7*'", "'+7***'", "'***+7'", "'+0007'"),
        ("+7", 5, '\u{e9}', "'\u{e9}\u{e9}+7\u{e9}'", "'+7\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}+7'", "'+0007'"),
        ("+7", 6, '*', "'**+7**'", "'+7****'", "'****+7'", "'+00007'"),
        ("+7", 6, '\u{e9}', "'\u{e9}\u{e9}+7\u{e9}\u{e9}'", "'+7\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}+7'", "'+00007'"),
        ("+7", 7, '*', "'***+7**'", "'+7*****'", "'*****+7'", "'+000007'"),
        ("+7", 7, '\u{e9}', "'\u{e9}\u{e9}\u{e9}+7\u{e9}\u{e9}'", "'+7\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}+7'", "'+000007'"),
        ("--", -5, '*', "'--'", "'--'", "'--'", "'--'"),
        ("--", -5, '\u{e9}', "'--'", "'--'", "'--'", "'--'"),
        ("--", 0, '*', "'--'", "'--'", "'--'", "'--'"),
        ("--", 0, '\u{e9}', "'--'", "'--'", "'--'", "'--'"),
        ("--", 2, '*', "'--'", "'--'", "'--'", "'--'"),
        ("--", 2, '\u{e9}', "'--'", "'--'", "'--'", "'--'"),
        ("--", 3, '*', "'*--'", "'--*'", "'*--'", "'-0-'"),
        ("--", 3, '\u{e9}', "'\u{e9}--'", "'--\u{e9}'", "'\u{e9}--'", "'-0-'"),
        ("--", 4, '*', "'*--*'", "'--**'", "'**--'", "'-00-'"),
        ("--", 4, '\u{e9}', "'\u{e9}--\u{e9}'", "'--\u{e9}\u{e9}'", "'\u{e9}\u{e9}--'", "'-00-'"),
        ("--", 5, '*', "'**--*'", "'--***'", "'***--'", "'-000-'"),
        ("--", 5, '\u{e9}', "'\u{e9}\u{e9}--\u{e9}'", "'--\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}--'", "'-000-'"),
        ("--", 6, '*', "'**--**'", "'--****'", "'****--'", "'-0000-'"),
        ("--", 6, '\u{e9}', "'\u{e9}\u{e9}--\u{e9}\u{e9}'", "'--\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}--'", "'-0000-'"),
        ("--", 7, '*', "'***--**'", "'--*****'", "'*****--'", "'-00000-'"),
        ("--", 7, '\u{e9}', "'\u{e9}\u{e9}\u{e9}--\u{e9}\u{e9}'", "'--\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}--'", "'-00000-'"),
        ("-", -5, '*', "'-'", "'-'", "'-'", "'-'"),
        ("-", -5, '\u{e9}', "'-'", "'-'", "'-'", "'-'"),
        ("-", 0, '*', "'-'", "'-'", "'-'", "'-'"),
        ("-", 0, '\u{e9}', "'-'", "'-'", "'-'", "'-'"),
        ("-", 2, '*', "'-*'", "'-*'", "'*-'", "'-0'"),
        ("-", 2, '\u{e9}', "'-\u{e9}'", "'-\u{e9}'", "'\u{e9}-'", "'-0'"),
        ("-", 3, '*', "'*-*'", "'-**'", "'**-'", "'-00'"),
        ("-", 3, '\u{e9}', "'\u{e9}-\u{e9}'", "'-\u{e9}\u{e9}'", "'\u{e9}\u{e9}-'", "'-00'"),
        ("-", 4, '*', "'*-**'", "'-***'", "'***-'", "'-000'"),
        ("-", 4, '\u{e9}', "'\u{e9}-\u{e9}\u{e9}'", "'-\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}-'", "'-000'"),
        ("-", 5, '*', "'**-**'", "'-****'", "'****-'", "'-0000'"),
        ("-", 5, '\u{e9}', "'\u{e9}\u{e9}-\u{e9}\u{e9}'", "'-\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}-'", "'-0000'"),
        ("-", 6, '*', "'**-***'", "'-*****'", "'*****-'", "'-00000'"),
        ("-", 6, '\u{e9}', "'\u{e9}\u{e9}-\u{e9}\u{e9}\u{e9}'", "'-\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}-'", "'-00000'"),
        ("-", 7, '*', "'***-***'", "'-******'", "'******-'", "'-000000'"),
        ("-", 7, '\u{e9}', "'\u{e9}\u{e9}\u{e9}-\u{e9}\u{e9}\u{e9}'", "'-\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}-'", "'-000000'"),
        ("+", -5, '*', "'+'", "'+'", "'+'", "'+'"),
        ("+", -5, '\u{e9}', "'+'", "'+'", "'+'", "'+'"),
        ("+", 0, '*', "'+'", "'+'", "'+'", "'+'"),
        ("+", 0, '\u{e9}', "'+'", "'+'", "'+'", "'+'"),
        ("+", 2, '*', "'+*'", "'+*'", "'*+'", "'+0'"),
        ("+", 2, '\u{e9}', "'+\u{e9}'", "'+\u{e9}'", "'\u{e9}+'", "'+0'"),
        ("+", 3, '*', "'*+*'", "'+**'", "'**+'", "'+00'"),
        ("+", 3, '\u{e9}', "'\u{e9}+\u{e9}'", "'+\u{e9}\u{e9}'", "'\u{e9}\u{e9}+'", "'+00'"),
        ("+", 4, '*', "'*+**'", "'+***'", "'***+'", "'+000'"),
        ("+", 4, '\u{e9}', "'\u{e9}+\u{e9}\u{e9}'", "'+\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}+'", "'+000'"),
        ("+", 5, '*', "'**+**'", "'+****'", "'****+'", "'+0000'"),
        ("+", 5, '\u{e9}', "'\u{e9}\u{e9}+\u{e9}\u{e9}'", "'+\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}+'", "'+0000'"),
        ("+", 6, '*', "'**+***'", "'+*****'", "'*****+'", "'+00000'"),
        ("+", 6, '\u{e9}', "'\u{e9}\u{e9}+\u{e9}\u{e9}\u{e9}'", "'+\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}+'", "'+00000'"),
        ("+", 7, '*', "'***+***'", "'+******'", "'******+'", "'+000000'"),
        ("+", 7, '\u{e9}', "'\u{e9}\u{e9}\u{e9}+\u{e9}\u{e9}\u{e9}'", "'+\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}+'", "'+000000'"),
        ("x-1", -5, '*', "'x-1'", "'x-1'", "'x-1'", "'x-1'"),
        ("x-1", -5, '\u{e9}', "'x-1'", "'x-1'", "'x-1'", "'x-1'"),
        ("x-1", 0, '*', "'x-1'", "'x-1'", "'x-1'", "'x-1'"),
        ("x-1", 0, '\u{e9}', "'x-1'", "'x-1'", "'x-1'", "'x-1'"),
        ("x-1", 2, '*', "'x-1'", "'x-1'", "'x-1'", "'x-1'"),
        ("x-1", 2, '\u{e9}', "'x-1'", "'x-1'", "'x-1'", "'x-1'"),
        ("x-1", 3, '*', "'x-1'", "'x-1'", "'x-1'", "'x-1'"),
        ("x-1", 3, '\u{e9}', "'x-1'", "'x-1'", "'x-1'", "'x-1'"),
        ("x-1", 4, '*', "'x-1*'", "'x-1*'", "'*x-1'", "'0x-1'"),
        ("x-1", 4, '\u{e9}', "'x-1\u{e9}'", "'x-1\u{e9}'", "'\u{e9}x-1'", "'0x-1'"),
        ("x-1", 5, '*', "'*x-1*'", "'x-1**'", "'**x-1'", "'00x-1'"),
        ("x-1", 5, '\u{e9}', "'\u{e9}x-1\u{e9}'", "'x-1\u{e9}\u{e9}'", "'\u{e9}\u{e9}x-1'", "'00x-1'"),
        ("x-1", 6, '*', "'*x-1**'", "'x-1***'", "'***x-1'", "'000x-1'"),
        ("x-1", 6, '\u{e9}', "'\u{e9}x-1\u{e9}\u{e9}'", "'x-1\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}x-1'", "'000x-1'"),
        ("x-1", 7, '*', "'**x-1**'", "'x-1****'", "'****x-1'", "'0000x-1'"),
        ("x-1", 7, '\u{e9}', "'\u{e9}\u{e9}x-1\u{e9}\u{e9}'", "'x-1\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}x-1'", "'0000x-1'"),
        ("\u{65e5}\u{672c}", -5, '*', "'\u{65e5}\u{672c}'", "'\u{65e5}\u{672c}'", "'\u{65e5}\u{672c}'", "'\u{65e5}\u{672c}'"),
        ("\u{65e5}\u{672c}", -5, '\u{e9}', "'\u{65e5}\u{672c}'", "'\u{65e5}\u{672c}'", "'\u{65e5}\u{672c}'", "'\u{65e5}\u{672c}'"),
        ("\u{65e5}\u{672c}", 0, '*', "'\u{65e5}\u{672c}'", "'\u{65e5}\u{672c}'", "'\u{65e5}\u{672c}'", "'\u{65e5}\u{672c}'"),
        ("\u{65e5}\u{672c}", 0, '\u{e9}', "'\u{65e5}\u{672c}'", "'\u{65e5}\u{672c}'", "'\u{65e5}\u{672c}'", "'\u{65e5}\u{672c}'"),
        ("\u{65e5}\u{672c}", 2, '*', "'\u{65e5}\u{672c}'", "'\u{65e5}\u{672c}'", "'\u{65e5}\u{672c}'", "'\u{65e5}\u{672c}'"),
        ("\u{65e5}\u{672c}", 2, '\u{e9}', "'\u{65e5}\u{672c}'", "'\u{65e5}\u{672c}'", "'\u{65e5}\u{672c}'", "'\u{65e5}\u{672c}'"),
        ("\u{65e5}\u{672c}", 3, '*', "'*\u{65e5}\u{672c}'", "'\u{65e5}\u{672c}*'", "'*\u{65e5}\u{672c}'", "'0\u{65e5}\u{672c}'"),
        ("\u{65e5}\u{672c}", 3, '\u{e9}', "'\u{e9}\u{65e5}\u{672c}'", "'\u{65e5}\u{672c}\u{e9}'", "'\u{e9}\u{65e5}\u{672c}'", "'0\u{65e5}\u{672c}'"),
        ("\u{65e5}\u{672c}", 4, '*', "'*\u{65e5}\u{672c}*'", "'\u{65e5}\u{672c}**'", "'**\u{65e5}\u{672c}'", "'00\u{65e5}\u{672c}'"),
        ("\u{65e5}\u{672c}", 4, '\u{e9}', "'\u{e9}\u{65e5}\u{672c}\u{e9}'", "'\u{65e5}\u{672c}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{65e5}\u{672c}'", "'00\u{65e5}\u{672c}'"),
        ("\u{65e5}\u{672c}", 5, '*', "'**\u{65e5}\u{672c}*'", "'\u{65e5}\u{672c}***'", "'***\u{65e5}\u{672c}'", "'000\u{65e5}\u{672c}'"),
        ("\u{65e5}\u{672c}", 5, '\u{e9}', "'\u{e9}\u{e9}\u{65e5}\u{672c}\u{e9}'", "'\u{65e5}\u{672c}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{65e5}\u{672c}'", "'000\u{65e5}\u{672c}'"),
        ("\u{65e5}\u{672c}", 6, '*', "'**\u{65e5}\u{672c}**'", "'\u{65e5}\u{672c}****'", "'****\u{65e5}\u{672c}'", "'0000\u{65e5}\u{672c}'"),
        ("\u{65e5}\u{672c}", 6, '\u{e9}', "'\u{e9}\u{e9}\u{65e5}\u{672c}\u{e9}\u{e9}'", "'\u{65e5}\u{672c}\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}\u{65e5}\u{672c}'", "'0000\u{65e5}\u{672c}'"),
        ("\u{65e5}\u{672c}", 7, '*', "'***\u{65e5}\u{672c}**'", "'\u{65e5}\u{672c}*****'", "'*****\u{65e5}\u{672c}'", "'00000\u{65e5}\u{672c}'"),
        ("\u{65e5}\u{672c}", 7, '\u{e9}', "'\u{e9}\u{e9}\u{e9}\u{65e5}\u{672c}\u{e9}\u{e9}'", "'\u{65e5}\u{672c}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'", "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{65e5}\u{672c}'", "'00000\u{65e5}\u{672c}'"),
    ];

    #[rustfmt::skip]
    const EXPANDTABS: &[(&str, i32, &str)] = &[
        ("", -3, "''"),
        ("", 0, "''"),
        ("", 1, "''"),
        ("", 2, "''"),
        ("", 4, "''"),
        ("", 8, "''"),
        ("", 13, "''"),
        ("\u{9}", -3, "''"),
        ("\u{9}", 0, "''"),
        ("\u{9}", 1, "' '"),
        ("\u{9}", 2, "'  '"),
        ("\u{9}", 4, "'    '"),
        ("\u{9}", 8, "'        '"),
        ("\u{9}", 13, "'             '"),
        ("a\u{9}b", -3, "'ab'"),
        ("a\u{9}b", 0, "'ab'"),
        ("a\u{9}b", 1, "'a b'"),
        ("a\u{9}b", 2, "'a b'"),
        ("a\u{9}b", 4, "'a   b'"),
        ("a\u{9}b", 8, "'a       b'"),
        ("a\u{9}b", 13, "'a            b'"),
        ("ab\u{9}cd\u{9}ef", -3, "'abcdef'"),
        ("ab\u{9}cd\u{9}ef", 0, "'abcdef'"),
        ("ab\u{9}cd\u{9}ef", 1, "'ab cd ef'"),
        ("ab\u{9}cd\u{9}ef", 2, "'ab  cd  ef'"),
        ("ab\u{9}cd\u{9}ef", 4, "'ab  cd  ef'"),
        ("ab\u{9}cd\u{9}ef", 8, "'ab      cd      ef'"),
        ("ab\u{9}cd\u{9}ef", 13, "'ab           cd           ef'"),
        ("\u{9}\u{9}", -3, "''"),
        ("\u{9}\u{9}", 0, "''"),
        ("\u{9}\u{9}", 1, "'  '"),
        ("\u{9}\u{9}", 2, "'    '"),
        ("\u{9}\u{9}", 4, "'        '"),
        ("\u{9}\u{9}", 8, "'                '"),
        ("\u{9}\u{9}", 13, "'                          '"),
        ("a\u{a}b\u{9}c", -3, "'a\\nbc'"),
        ("a\u{a}b\u{9}c", 0, "'a\\nbc'"),
        ("a\u{a}b\u{9}c", 1, "'a\\nb c'"),
        ("a\u{a}b\u{9}c", 2, "'a\\nb c'"),
        ("a\u{a}b\u{9}c", 4, "'a\\nb   c'"),
        ("a\u{a}b\u{9}c", 8, "'a\\nb       c'"),
        ("a\u{a}b\u{9}c", 13, "'a\\nb            c'"),
        ("abc\u{d}\u{9}x", -3, "'abc\\rx'"),
        ("abc\u{d}\u{9}x", 0, "'abc\\rx'"),
        ("abc\u{d}\u{9}x", 1, "'abc\\r x'"),
        ("abc\u{d}\u{9}x", 2, "'abc\\r  x'"),
        ("abc\u{d}\u{9}x", 4, "'abc\\r    x'"),
        ("abc\u{d}\u{9}x", 8, "'abc\\r        x'"),
        ("abc\u{d}\u{9}x", 13, "'abc\\r             x'"),
        ("\u{65e5}\u{672c}\u{9}x", -3, "'\u{65e5}\u{672c}x'"),
        ("\u{65e5}\u{672c}\u{9}x", 0, "'\u{65e5}\u{672c}x'"),
        ("\u{65e5}\u{672c}\u{9}x", 1, "'\u{65e5}\u{672c} x'"),
        ("\u{65e5}\u{672c}\u{9}x", 2, "'\u{65e5}\u{672c}  x'"),
        ("\u{65e5}\u{672c}\u{9}x", 4, "'\u{65e5}\u{672c}  x'"),
        ("\u{65e5}\u{672c}\u{9}x", 8, "'\u{65e5}\u{672c}      x'"),
        ("\u{65e5}\u{672c}\u{9}x", 13, "'\u{65e5}\u{672c}           x'"),
        ("x\u{b}\u{9}y", -3, "'x\\x0by'"),
        ("x\u{b}\u{9}y", 0, "'x\\x0by'"),
        ("x\u{b}\u{9}y", 1, "'x\\x0b y'"),
        ("x\u{b}\u{9}y", 2, "'x\\x0b  y'"),
        ("x\u{b}\u{9}y", 4, "'x\\x0b  y'"),
        ("x\u{b}\u{9}y", 8, "'x\\x0b      y'"),
        ("x\u{b}\u{9}y", 13, "'x\\x0b           y'"),
        ("a\u{2028}\u{9}b", -3, "'a\\u2028b'"),
        ("a\u{2028}\u{9}b", 0, "'a\\u2028b'"),
        ("a\u{2028}\u{9}b", 1, "'a\\u2028 b'"),
        ("a\u{2028}\u{9}b", 2, "'a\\u2028  b'"),
        ("a\u{2028}\u{9}b", 4, "'a\\u2028  b'"),
        ("a\u{2028}\u{9}b", 8, "'a\\u2028      b'"),
        ("a\u{2028}\u{9}b", 13, "'a\\u2028           b'"),
    ];

    #[rustfmt::skip]
    const PREDICATES: &[(&str, &str)] = &[
        ("", "000000000011"),
        ("a", "100010010111"),
        ("A", "100010101111"),
        ("abc", "100010010111"),
        ("ABC", "100010100111"),
        ("Abc", "100010001111"),
        ("aBc", "100010000111"),
        ("Hello World", "000000001011"),
        ("Hello world", "000000000011"),
        ("hello", "100010010111"),
        ("123", "011110000011"),
        ("\u{bd}", "000110000010"),
        ("\u{b2}", "010110000010"),
        ("\u{663}", "011110000010"),
        ("\u{216b}", "000110101110"),
        ("abc123", "000010010111"),
        ("a b", "000000010011"),
        (" ", "000001000011"),
        ("\u{9}\u{a}", "000001000001"),
        ("\u{1c}", "000001000001"),
        ("\u{3000}", "000001000000"),
        ("\u{200b}", "000000000000"),
        ("_x", "000000010111"),
        ("x_1", "000000010111"),
        ("1x", "000010010011"),
        ("\u{e9}", "100010010110"),
        ("\u{1c5}", "100010001110"),
        ("\u{1c5}a", "100010001110"),
        ("A\u{1c5}", "100010000110"),
        ("\u{a0}", "000001000000"),
        ("\u{7f}", "000000000001"),
        ("\u{ad}", "000000000000"),
        ("\u{65e5}\u{672c}", "100010000110"),
        ("\u{210c}", "100010101110"),
        ("\u{24d0}", "000000010010"),
        ("\u{1d7ce}", "011110000010"),
        ("\u{b7}", "000000000010"),
        ("a\u{b7}", "000000010110"),
        ("x\u{301}", "000000010110"),
        ("\u{2163}", "000110101110"),
        ("ABC DEF", "000000100011"),
        ("A1B", "000010101111"),
        ("They're", "000000000011"),
        ("\u{e0100}", "000000000010"),
        ("\u{1d518}\u{1d52b}\u{1d526}", "100010001110"),
        ("a\u{300}", "000000010110"),
        ("\u{feff}", "000000000000"),
        ("\u{10fff}", "000000000000"),
        ("abc\u{0}", "000000010001"),
        ("\u{1c8}\u{1c9}", "100010001110"),
        ("\u{1c7}\u{1c9}", "100010001110"),
        ("\u{149}", "100010010110"),
        ("\u{345}", "000000010010"),
        ("\u{2113}", "100010010110"),
        ("\u{24b6}", "000000101010"),
    ];

    #[rustfmt::skip]
    const REPR: &[(&str, &str, &str)] = &[
        ("", "''", "''"),
        ("a", "'a'", "'a'"),
        ("'", "\"'\"", "\"'\""),
        ("\"", "'\"'", "'\"'"),
        ("'\"", "'\\'\"'", "'\\'\"'"),
        ("it's", "\"it's\"", "\"it's\""),
        ("say \"hi\"", "'say \"hi\"'", "'say \"hi\"'"),
        ("both ' and \"", "'both \\' and \"'", "'both \\' and \"'"),
        ("\\", "'\\\\'", "'\\\\'"),
        ("\u{a}\u{d}\u{9}\u{0}\u{1f}\u{7f}", "'\\n\\r\\t\\x00\\x1f\\x7f'", "'\\n\\r\\t\\x00\\x1f\\x7f'"),
        ("\u{80}\u{9f}\u{a0}\u{ad}\u{ff}", "'\\x80\\x9f\\xa0\\xad\u{ff}'", "'\\x80\\x9f\\xa0\\xad\\xff'"),
        ("\u{e9}\u{65e5}\u{672c}", "'\u{e9}\u{65e5}\u{672c}'", "'\\xe9\\u65e5\\u672c'"),
        ("\u{200b}\u{2028}\u{feff}\u{e000}", "'\\u200b\\u2028\\ufeff\\ue000'", "'\\u200b\\u2028\\ufeff\\ue000'"),
        ("\u{1f600}\u{e0001}\u{10ffff}", "'\u{1f600}\\U000e0001\\U0010ffff'", "'\\U0001f600\\U000e0001\\U0010ffff'"),
        ("\u{1d7ce}", "'\u{1d7ce}'", "'\\U0001d7ce'"),
        ("\u{378}", "'\\u0378'", "'\\u0378'"),
        ("tab\u{9}here", "'tab\\there'", "'tab\\there'"),
        ("\u{b}\u{c}", "'\\x0b\\x0c'", "'\\x0b\\x0c'"),
        ("\\'", "\"\\\\'\"", "\"\\\\'\""),
    ];

    #[rustfmt::skip]
    const BYTES_REPR: &[(&[u8], &str)] = &[
        (&[], "b''"),
        (&[97, 98, 99], "b'abc'"),
        (&[39], "b\"'\""),
        (&[34], "b'\"'"),
        (&[39, 34], "b'\\'\"'"),
        (&[0, 127, 128, 255], "b'\\x00\\x7f\\x80\\xff'"),
        (&[92, 10, 13, 9], "b'\\\\\\n\\r\\t'"),
        (&[105, 116, 39, 115], "b\"it's\""),
    ];

    #[rustfmt::skip]
    const FORMAT: &[(&str, &str)] = &[
        ("", "''"),
        ("plain", "'plain'"),
        ("{{}}", "'{}'"),
        ("{{", "'{'"),
        ("}}", "'}'"),
        ("a{{b}}c", "'a{b}c'"),
        ("{}", "'<p0|>'"),
        ("{}{}", "'<p0|><p1|>'"),
        ("{} {} {}", "'<p0|> <p1|> <p2|>'"),
        ("{}{}{}{}", "IndexError: Replacement index 3 out of range for positional args tuple"),
        ("{0}{1}{0}", "'<p0|><p1|><p0|>'"),
        ("{2}", "'<p2|>'"),
        ("{3}", "IndexError: Replacement index 3 out of range for positional args tuple"),
        ("{x}", "'<x|>'"),
        ("{z}", "KeyError: 'z'"),
        ("{x}{}", "'<x|><p0|>'"),
        ("{}{x}{}", "'<p0|><x|><p1|>'"),
        ("{0}{}", "ValueError: cannot switch from manual field specification to automatic field numbering"),
        ("{}{0}", "ValueError: cannot switch from automatic field numbering to manual field specification"),
        ("{:>5}", "'<p0|>5>'"),
        ("{0:{1}}", "'<p0|<p1|>>'"),
        ("{:{}}", "'<p0|<p1|>>'"),
        ("{:{}}{}", "'<p0|<p1|>><p2|>'"),
        ("{:{}}{}{}", "IndexError: Replacement index 3 out of range for positional args tuple"),
        ("{:{}{}}", "'<p0|<p1|><p2|>>'"),
        ("{0:{1}.{2}}", "'<p0|<p1|>.<p2|>>'"),
        ("{x:{w}.{y}}", "'<x|<5|>.<y|>>'"),
        ("{:{:{}}}", "ValueError: Max string recursion exceeded"),
        ("{:{{}}}", "'<p0|{}>'"),
        ("{0!r}", "'R(p0)'"),
        ("{0!s}", "'S(p0)'"),
        ("{0!a}", "'R(p0)'"),
        ("{0!r:}", "'R(p0)'"),
        ("{0!x}", "ValueError: Unknown conversion specifier x"),
        ("{0!}", "ValueError: unmatched '{' in format spec"),
        ("{0!", "ValueError: end of string while looking for conversion specifier"),
        ("{0!r", "ValueError: unmatched '{' in format spec"),
        ("{0!rr}", "ValueError: expected ':' after conversion specifier"),
        ("{!r}", "'R(p0)'"),
        ("{0.attr}", "'<p0.attr|>'"),
        ("{0.a.b}", "'<p0.a.b|>'"),
        ("{0[1]}", "'<p0[1]|>'"),
        ("{0[key]}", "\"<p0['key']|>\""),
        ("{0[1][a]}", "\"<p0[1]['a']|>\""),
        ("{0[-1]}", "\"<p0['-1']|>\""),
        ("{0[]}", "ValueError: Empty attribute in format string"),
        ("{0.}", "ValueError: Empty attribute in format string"),
        ("{0..a}", "ValueError: Empty attribute in format string"),
        ("{0[1]x}", "ValueError: Only '.' or '[' may follow ']' in format field specifier"),
        ("{0[1}", "ValueError: expected '}' before end of string"),
        ("{0[}]}", "\"<p0['}']|>\""),
        ("{0[:]}", "\"<p0[':']|>\""),
        ("{x.y[0].z}", "'<x.y[0].z|>'"),
        ("{\u{e9}}", "'<e|>'"),
        ("{0[\u{e9}]}", "\"<p0['\u{e9}']|>\""),
        ("{\u{660}}", "'<p0|>'"),
        ("{0[\u{662}]}", "'<p0[2]|>'"),
        ("{", "ValueError: Single '{' encountered in format string"),
        ("}", "ValueError: Single '}' encountered in format string"),
        ("a{", "ValueError: Single '{' encountered in format string"),
        ("a}", "ValueError: Single '}' encountered in format string"),
        ("{0", "ValueError: expected '}' before end of string"),
        ("{0:", "ValueError: unmatched '{' in format spec"),
        ("{0:x", "ValueError: unmatched '{' in format spec"),
        ("{0:{", "ValueError: unmatched '{' in format spec"),
        ("{0:{}", "ValueError: unmatched '{' in format spec"),
        ("{{0}", "ValueError: Single '}' encountered in format string"),
        ("{0}}", "ValueError: Single '}' encountered in format string"),
        ("}{", "ValueError: Single '}' encountered in format string"),
        ("{a{}", "ValueError: unexpected '{' in field name"),
        ("{ }", "KeyError: ' '"),
        ("{-1}", "KeyError: '-1'"),
        ("{00}", "'<p0|>'"),
        ("{0 }", "KeyError: '0 '"),
        ("{99999999999999999999}", "ValueError: Too many decimal digits in format string"),
        ("{0[99999999999999999999]}", "ValueError: Too many decimal digits in format string"),
        ("{3}{", "IndexError: Replacement index 3 out of range for positional args tuple"),
        ("{z}{", "KeyError: 'z'"),
        ("{3.}", "IndexError: Replacement index 3 out of range for positional args tuple"),
        ("{0.}{", "ValueError: Empty attribute in format string"),
        ("{0!x}{", "ValueError: Unknown conversion specifier x"),
        ("{:{3}}", "ValueError: cannot switch from automatic field numbering to manual field specification"),
        ("{!x:{3}}", "ValueError: Unknown conversion specifier x"),
        ("{:{}}{1}", "ValueError: cannot switch from automatic field numbering to manual field specification"),
        ("{0:{}}", "ValueError: cannot switch from manual field specification to automatic field numbering"),
        ("{0:{1}}{}", "ValueError: cannot switch from manual field specification to automatic field numbering"),
        ("{}{:{0}}", "ValueError: cannot switch from automatic field numbering to manual field specification"),
        ("{:{x}}", "'<p0|<x|>>'"),
        ("{:{:}}", "'<p0|<p1|>>'"),
        ("{:}", "'<p0|>'"),
        ("{!s}", "'S(p0)'"),
        ("{0!\u{0}}", "'<p0|>'"),
        ("{0!\u{e9}}", "ValueError: Unknown conversion specifier \\xe9"),
        ("{0!\u{7f}}", "ValueError: Unknown conversion specifier \\x7f"),
        ("{0!\u{20ac}}", "ValueError: Unknown conversion specifier \\x20ac"),
        ("{0!  }", "ValueError: expected ':' after conversion specifier"),
        ("{0:{1!r}}", "'<p0|R(p1)>'"),
        ("\u{e9}{}\u{fc}", "'\u{e9}<p0|>\u{fc}'"),
        ("{0}\u{e9}{1}", "'<p0|>\u{e9}<p1|>'"),
        ("{0:{1:{2}}}", "ValueError: Max string recursion exceeded"),
        ("{0:}}", "ValueError: Single '}' encountered in format string"),
        ("{0:{}}}", "ValueError: cannot switch from manual field specification to automatic field numbering"),
        ("x}}y{{z", "'x}y{z'"),
    ];

    #[rustfmt::skip]
    const FORMAT_RANDOM: &[(&str, &str)] = &[
        (" {![1}", "ValueError: expected ':' after conversion specifier"),
        ("{}:z", "'<p0|>:z'"),
        ("!}[0", "ValueError: Single '}' encountered in format string"),
        ("{{{", "ValueError: Single '{' encountered in format string"),
        ("z!r{ ", "ValueError: expected '}' before end of string"),
        ("}}}}:]1{x", "ValueError: expected '}' before end of string"),
        ("{ 1][rr:", "ValueError: expected '}' before end of string"),
        ("z {]}0{1 ", "KeyError: ']'"),
        ("z[", "'z['"),
        ("x z", "'x z'"),
        ("{{{{ ]\u{e9}}\u{e9}", "ValueError: Single '}' encountered in format string"),
        ("1}{{}}[ [", "ValueError: Single '}' encountered in format string"),
        (".x}1!}", "ValueError: Single '}' encountered in format string"),
        ("}{", "ValueError: Single '}' encountered in format string"),
        ("0\u{e9}z\u{e9}z", "'0\u{e9}z\u{e9}z'"),
        ("r\u{e9}z[ {", "ValueError: Single '{' encountered in format string"),
        ("[}", "ValueError: Single '}' encountered in format string"),
        ("}zrr!rrzz", "ValueError: Single '}' encountered in format string"),
        ("r0 {}[{", "ValueError: Single '{' encountered in format string"),
        (" }!}!\u{e9}.1\u{e9}", "ValueError: Single '}' encountered in format string"),
        ("{x{}{1", "ValueError: unexpected '{' in field name"),
        ("r[x[:1x", "'r[x[:1x'"),
        ("}\u{e9}[0{\u{e9}r\u{e9}", "ValueError: Single '}' encountered in format string"),
        ("]{.{{{}}", "ValueError: unexpected '{' in field name"),
        ("x:1", "'x:1'"),
        ("zx{.[", "ValueError: expected '}' before end of string"),
        ("]", "']'"),
        ("!x{.}x:", "ValueError: Empty attribute in format string"),
        ("x", "'x'"),
        ("[x}[}", "ValueError: Single '}' encountered in format string"),
        (":}}{.}", "ValueError: Empty attribute in format string"),
        (".", "'.'"),
        ("{!", "ValueError: end of string while looking for conversion specifier"),
        ("\u{e9}z{}[", "'\u{e9}z<p0|>['"),
        ("]{0{\u{e9}![!", "ValueError: unexpected '{' in field name"),
        ("}1\u{e9}1{", "ValueError: Single '}' encountered in format string"),
        (".]}!", "ValueError: Single '}' encountered in format string"),
        ("} [[x", "ValueError: Single '}' encountered in format string"),
        ("r\u{e9}\u{e9}]", "'r\u{e9}\u{e9}]'"),
        ("!}", "ValueError: Single '}' encountered in format string"),
        ("x1{]{}..", "ValueError: unexpected '{' in field name"),
        ("{", "ValueError: Single '{' encountered in format string"),
        ("1{] z}[{}", "KeyError: '] z'"),
        ("0z{{}:[\u{e9}\u{e9}", "ValueError: Single '}' encountered in format string"),
        ("{ ", "ValueError: expected '}' before end of string"),
        (":}{!z}}}", "ValueError: Single '}' encountered in format string"),
        ("!{{", "'!{'"),
        ("{}]", "'<p0|>]'"),
        ("z1x.{r", "ValueError: expected '}' before end of string"),
        (":r{ 0", "ValueError: expected '}' before end of string"),
        ("[{}{x[x:{", "ValueError: expected '}' before end of string"),
        ("r", "'r'"),
        ("}!z.}[1r", "ValueError: Single '}' encountered in format string"),
        (":0}", "ValueError: Single '}' encountered in format string"),
        ("{{!}", "ValueError: Single '}' encountered in format string"),
        ("{:}", "'<p0|>'"),
        (" 0{0]\u{e9}.", "ValueError: expected '}' before end of string"),
        ("1 x}}:z{", "ValueError: Single '{' encountered in format string"),
        ("[}1r[{!{r", "ValueError: Single '}' encountered in format string"),
        ("x{\u{e9}", "ValueError: expected '}' before end of string"),
        ("[}1", "ValueError: Single '}' encountered in format string"),
        ("}", "ValueError: Single '}' encountered in format string"),
        (".[}[r:", "ValueError: Single '}' encountered in format string"),
        ("].]{{!x1", "'].]{!x1'"),
        ("0}xz", "ValueError: Single '}' encountered in format string"),
        ("]0", "']0'"),
        ("z1]", "'z1]'"),
        ("1{", "ValueError: Single '{' encountered in format string"),
        ("..:}0", "ValueError: Single '}' encountered in format string"),
        ("x}1 [", "ValueError: Single '}' encountered in format string"),
        ("}rz}{", "ValueError: Single '}' encountered in format string"),
        ("}[ {x", "ValueError: Single '}' encountered in format string"),
        ("[{[{\u{e9}1 [", "ValueError: expected '}' before end of string"),
        ("{\u{e9}x[1", "ValueError: expected '}' before end of string"),
        ("{:11]1z", "ValueError: unmatched '{' in format spec"),
        ("}\u{e9}[ x1{{1", "ValueError: Single '}' encountered in format string"),
        ("}z0.}!{0r", "ValueError: Single '}' encountered in format string"),
        ("{{{}0{", "ValueError: Single '{' encountered in format string"),
        ("] 1]!r0\u{e9}", "'] 1]!r0\u{e9}'"),
        ("}r] z}}1", "ValueError: Single '}' encountered in format string"),
        ("1]", "'1]'"),
        ("}:}z", "ValueError: Single '}' encountered in format string"),
        ("{}]{{]", "'<p0|>]{]'"),
        ("}{}", "ValueError: Single '}' encountered in format string"),
        ("!x\u{e9}]{{r:}", "ValueError: Single '}' encountered in format string"),
        ("}!.x{{\u{e9}1", "ValueError: Single '}' encountered in format string"),
        ("}r{:]]\u{e9}!", "ValueError: Single '}' encountered in format string"),
        ("{r }{] ", "KeyError: 'r '"),
        ("}01[", "ValueError: Single '}' encountered in format string"),
        (" z}z[z1", "ValueError: Single '}' encountered in format string"),
        ("}xx::x", "ValueError: Single '}' encountered in format string"),
        ("\u{e9}}", "ValueError: Single '}' encountered in format string"),
        ("}z.x}", "ValueError: Single '}' encountered in format string"),
        ("\u{e9}", "'\u{e9}'"),
        ("}! }", "ValueError: Single '}' encountered in format string"),
        ("[!r} [z.\u{e9}", "ValueError: Single '}' encountered in format string"),
        (" 1\u{e9}]", "' 1\u{e9}]'"),
        ("x}}{r", "ValueError: expected '}' before end of string"),
        ("{}[{}1{\u{e9}", "ValueError: expected '}' before end of string"),
        ("]:. [r}0", "ValueError: Single '}' encountered in format string"),
        ("[{{", "'[{'"),
        ("1x00zr{", "ValueError: Single '{' encountered in format string"),
        (".zz", "'.zz'"),
        ("x{{", "'x{'"),
        (":}:}]1", "ValueError: Single '}' encountered in format string"),
        ("{{x", "'{x'"),
        ("{1 {{\u{e9}!:}", "ValueError: unexpected '{' in field name"),
        (".z", "'.z'"),
        ("{\u{e9}}}}:]", "'<e|>}:]'"),
        ("rz{[", "ValueError: expected '}' before end of string"),
        ("x1}{{[].", "ValueError: Single '}' encountered in format string"),
        ("}{[1.", "ValueError: Single '}' encountered in format string"),
        (":.!z[.\u{e9}z.", "':.!z[.\u{e9}z.'"),
        ("0}]}!{1}}", "ValueError: Single '}' encountered in format string"),
        ("}}{{z  ", "'}{z  '"),
        (":", "':'"),
        ("z}:}}[}{!", "ValueError: Single '}' encountered in format string"),
        (":!r1{1!", "ValueError: end of string while looking for conversion specifier"),
        ("1{0{!\u{e9}{\u{e9}}", "ValueError: unexpected '{' in field name"),
        ("}:!r[\u{e9}rz", "ValueError: Single '}' encountered in format string"),
        ("0.rzr:", "'0.rzr:'"),
        ("0:", "'0:'"),
        ("z{", "ValueError: Single '{' encountered in format string"),
        (":{]r", "ValueError: expected '}' before end of string"),
        ("}[[:}]{x", "ValueError: Single '}' encountered in format string"),
        (":11\u{e9}{x.!", "ValueError: end of string while looking for conversion specifier"),
        ("}}r[r{", "ValueError: Single '{' encountered in format string"),
        ("0r}}}{z:", "ValueError: Single '}' encountered in format string"),
        ("0:}[.1}{}", "ValueError: Single '}' encountered in format string"),
        (".}x}{r{", "ValueError: Single '}' encountered in format string"),
        ("{}{{x", "'<p0|>{x'"),
        ("r\u{e9}{{x}..", "ValueError: Single '}' encountered in format string"),
        ("}!}{]\u{e9}.{}", "ValueError: Single '}' encountered in format string"),
        ("{{:00!", "'{:00!'"),
        ("z\u{e9}{x{", "ValueError: unexpected '{' in field name"),
        (".0] z}", "ValueError: Single '}' encountered in format string"),
        ("[1x", "'[1x'"),
        ("[", "'['"),
        (".0x", "'.0x'"),
        ("r}}]!{r", "ValueError: expected '}' before end of string"),
        ("{0]!]", "ValueError: unmatched '{' in format spec"),
        ("\u{e9}![:}}z", "'\u{e9}![:}z'"),
        (" .}]}", "ValueError: Single '}' encountered in format string"),
        ("]{.", "ValueError: expected '}' before end of string"),
        ("}}{}r", "'}<p0|>r'"),
        (":1 !{r}", "KeyError: 'r'"),
        ("}{rr!z}", "ValueError: Single '}' encountered in format string"),
        ("\u{e9}x1\u{e9}[{0", "ValueError: expected '}' before end of string"),
        ("}x}} x!{{", "ValueError: Single '}' encountered in format string"),
        ("}00 x}0", "ValueError: Single '}' encountered in format string"),
        (":}1{r", "ValueError: Single '}' encountered in format string"),
        ("}]1}!0:", "ValueError: Single '}' encountered in format string"),
        ("r]{", "ValueError: Single '{' encountered in format string"),
        ("}0]1{r1}", "ValueError: Single '}' encountered in format string"),
        (".x", "'.x'"),
        ("]}\u{e9}[[", "ValueError: Single '}' encountered in format string"),
        ("rz", "'rz'"),
        ("[\u{e9}", "'[\u{e9}'"),
        (".{ x{.", "ValueError: unexpected '{' in field name"),
        ("]]r.x", "']]r.x'"),
        ("r]zx", "'r]zx'"),
        ("}[}z", "ValueError: Single '}' encountered in format string"),
        (":[", "':['"),
        ("1\u{e9}}{", "ValueError: Single '}' encountered in format string"),
        ("}z}z}", "ValueError: Single '}' encountered in format string"),
        ("z{.{ {", "ValueError: unexpected '{' in field name"),
        ("\u{e9}r[0", "'\u{e9}r[0'"),
        ("}.0}", "ValueError: Single '}' encountered in format string"),
        ("0}z[{}", "ValueError: Single '}' encountered in format string"),
        ("01!z}{", "ValueError: Single '}' encountered in format string"),
        ("[\u{e9}r}", "ValueError: Single '}' encountered in format string"),
        (" {.\u{e9} x", "ValueError: expected '}' before end of string"),
        (".0! {z{z", "ValueError: unexpected '{' in field name"),
        ("r}]{\u{e9}}z!.", "ValueError: Single '}' encountered in format string"),
        ("!]x", "'!]x'"),
        ("z:", "'z:'"),
        (".z{r}", "KeyError: 'r'"),
        (" :{}!", "' :<p0|>!'"),
        ("{.[}{]{}", "ValueError: unexpected '{' in field name"),
        ("1{]z.1{", "ValueError: unexpected '{' in field name"),
        ("r}:r{ ", "ValueError: Single '}' encountered in format string"),
        ("0}:1!", "ValueError: Single '}' encountered in format string"),
        ("r{{{:", "ValueError: unmatched '{' in format spec"),
        ("\u{e9}[}", "ValueError: Single '}' encountered in format string"),
        ("\u{e9}xr z", "'\u{e9}xr z'"),
        ("}}{0r }", "KeyError: '0r '"),
        ("\u{e9}\u{e9}[:}", "ValueError: Single '}' encountered in format string"),
        (" {", "ValueError: Single '{' encountered in format string"),
        ("\u{e9}}!{[}xr", "ValueError: Single '}' encountered in format string"),
        (".\u{e9}x[{", "ValueError: Single '{' encountered in format string"),
        ("x][]}:", "ValueError: Single '}' encountered in format string"),
        ("::{{}", "ValueError: Single '}' encountered in format string"),
        (".}x1.}} 1", "ValueError: Single '}' encountered in format string"),
        ("!", "'!'"),
        ("].}1]}.{", "ValueError: Single '}' encountered in format string"),
        (" x}x0]{[\u{e9}", "ValueError: Single '}' encountered in format string"),
        ("}{:", "ValueError: Single '}' encountered in format string"),
        ("}}:}!]", "ValueError: Single '}' encountered in format string"),
        (" z}.1[", "ValueError: Single '}' encountered in format string"),
        ("1} {.{", "ValueError: Single '}' encountered in format string"),
        ("}0.x{r[{:", "ValueError: Single '}' encountered in format string"),
        ("]}{z}x]z", "ValueError: Single '}' encountered in format string"),
        ("]]", "']]'"),
        ("][x10}", "ValueError: Single '}' encountered in format string"),
        (":]}}}", "ValueError: Single '}' encountered in format string"),
        ("\u{e9}:z{", "ValueError: Single '{' encountered in format string"),
        (":11 {{.!:", "':11 {.!:'"),
        ("[:}\u{e9}\u{e9}z}", "ValueError: Single '}' encountered in format string"),
        ("}:", "ValueError: Single '}' encountered in format string"),
        ("0}1[}{", "ValueError: Single '}' encountered in format string"),
        ("1}}}}1:", "'1}}1:'"),
        (":}", "ValueError: Single '}' encountered in format string"),
        ("]{ \u{e9}:", "ValueError: unmatched '{' in format spec"),
        ("r}1:r00}", "ValueError: Single '}' encountered in format string"),
        ("z}", "ValueError: Single '}' encountered in format string"),
        ("{{x\u{e9}z[[", "'{x\u{e9}z[['"),
        ("1]0", "'1]0'"),
        (" r}{]x{\u{e9}", "ValueError: Single '}' encountered in format string"),
        ("}\u{e9}r r", "ValueError: Single '}' encountered in format string"),
        ("}rx[[!\u{e9}\u{e9}.", "ValueError: Single '}' encountered in format string"),
        ("z[!.", "'z[!.'"),
        ("z !", "'z !'"),
        ("r] \u{e9}{}1", "'r] \u{e9}<p0|>1'"),
        ("}.", "ValueError: Single '}' encountered in format string"),
        ("{00!01", "ValueError: expected ':' after conversion specifier"),
        ("{}:}", "ValueError: Single '}' encountered in format string"),
        ("[\u{e9}0", "'[\u{e9}0'"),
        ("}:1", "ValueError: Single '}' encountered in format string"),
        ("\u{e9}!", "'\u{e9}!'"),
        ("x{}:]}[!:", "ValueError: Single '}' encountered in format string"),
        ("r:r", "'r:r'"),
        ("}:}{.", "ValueError: Single '}' encountered in format string"),
        ("xz{[zz", "ValueError: expected '}' before end of string"),
        ("r}{.}}}", "ValueError: Single '}' encountered in format string"),
        (".{}}", "ValueError: Single '}' encountered in format string"),
        ("{ {}r:.{[", "ValueError: unexpected '{' in field name"),
        ("}}z\u{e9}x", "'}z\u{e9}x'"),
        ("0z", "'0z'"),
        ("0\u{e9}\u{e9}}.r ", "ValueError: Single '}' encountered in format string"),
        ("}0}][ 1\u{e9}", "ValueError: Single '}' encountered in format string"),
        ("[.\u{e9}!}}", "'[.\u{e9}!}'"),
        ("z\u{e9}1r", "'z\u{e9}1r'"),
        ("]r}:", "ValueError: Single '}' encountered in format string"),
        ("00", "'00'"),
        ("::{{", "'::{'"),
        ("][{}\u{e9}}{", "ValueError: Single '}' encountered in format string"),
        ("1}!x{{", "ValueError: Single '}' encountered in format string"),
        ("0z:{", "ValueError: Single '{' encountered in format string"),
        (":{]{0[.x", "ValueError: unexpected '{' in field name"),
        ("{1!!:", "ValueError: unmatched '{' in format spec"),
        ("{[r.", "ValueError: expected '}' before end of string"),
        ("0.}zr0}", "ValueError: Single '}' encountered in format string"),
        ("}}{!\u{e9}.{", "ValueError: expected ':' after conversion specifier"),
        ("}z{]{{", "ValueError: Single '}' encountered in format string"),
        ("rz1..}", "ValueError: Single '}' encountered in format string"),
        ("{:{:r}", "ValueError: unmatched '{' in format spec"),
        ("!x\u{e9}][]{.", "ValueError: expected '}' before end of string"),
        ("}{x.0{]!", "ValueError: Single '}' encountered in format string"),
        ("}!rr\u{e9}]xz]", "ValueError: Single '}' encountered in format string"),
        ("{0  ]x\u{e9}{ ", "ValueError: unexpected '{' in field name"),
        ("}{{}[} {{", "ValueError: Single '}' encountered in format string"),
        ("r[", "'r['"),
        ("1[{{!:r", "'1[{!:r'"),
        ("{]r", "ValueError: expected '}' before end of string"),
        ("{z}{x", "KeyError: 'z'"),
        ("}1{r::{[}", "ValueError: Single '}' encountered in format string"),
        ("z}{]:", "ValueError: Single '}' encountered in format string"),
        (" \u{e9}{!}! {", "ValueError: expected ':' after conversion specifier"),
        ("{[{{z{0", "ValueError: expected '}' before end of string"),
        ("r{]{{", "ValueError: unexpected '{' in field name"),
        ("]1[r.", "']1[r.'"),
        ("\u{e9}{1}!", "'\u{e9}<p1|>!'"),
        ("rx]{x{[.", "ValueError: unexpected '{' in field name"),
        ("]\u{e9}z1x}0:z", "ValueError: Single '}' encountered in format string"),
        ("\u{e9}1!}]", "ValueError: Single '}' encountered in format string"),
        ("{xr!:]]0", "ValueError: expected ':' after conversion specifier"),
        ("z1r{r}}0", "KeyError: 'r'"),
        (" :z{0[", "ValueError: expected '}' before end of string"),
        ("0{!011.", "ValueError: expected ':' after conversion specifier"),
        ("0\u{e9}}0rz\u{e9}{", "ValueError: Single '}' encountered in format string"),
        (":{r{\u{e9}", "ValueError: unexpected '{' in field name"),
        ("[x1 {:x\u{e9}", "ValueError: unmatched '{' in format spec"),
        ("x!}.{z", "ValueError: Single '}' encountered in format string"),
        (":0\u{e9}}{[!\u{e9}", "ValueError: Single '}' encountered in format string"),
        ("x}r1:xz::", "ValueError: Single '}' encountered in format string"),
        ("z", "'z'"),
        ("1!{0", "ValueError: expected '}' before end of string"),
        ("}{{r.r", "ValueError: Single '}' encountered in format string"),
        ("\u{e9}.r}{!{", "ValueError: Single '}' encountered in format string"),
        ("x]}rzxr", "ValueError: Single '}' encountered in format string"),
        ("z}]{{{{]", "ValueError: Single '}' encountered in format string"),
        ("x\u{e9}", "'x\u{e9}'"),
        ("}[r]}[z[", "ValueError: Single '}' encountered in format string"),
        ("r1\u{e9}]{]!", "ValueError: end of string while looking for conversion specifier"),
        ("\u{e9}{z00{ r", "ValueError: unexpected '{' in field name"),
        ("[.[}", "ValueError: Single '}' encountered in format string"),
        ("!]!", "'!]!'"),
        ("{r[}z{x", "ValueError: expected '}' before end of string"),
        ("{\u{e9}1xz]{:", "ValueError: unexpected '{' in field name"),
        ("xr1}x{", "ValueError: Single '}' encountered in format string"),
    ];
}
