//! `str`: immutable text with a cached hash and character count.

use std::cell::Cell;

pub struct StrObj {
    /// Kept as built: shrinking to a `Box<str>` would reallocate and copy
    /// nearly every new string.
    s: String,
    /// Number of characters (code points); equals the byte length when ASCII.
    nchars: usize,
    /// -1 until computed.
    hash: Cell<i64>,
}

impl StrObj {
    pub fn new(s: String) -> StrObj {
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrObj {
            s,
            nchars,
            hash: Cell::new(-1),
        }
    }

    /// A str known to be ASCII (a piece of an ASCII str): no scan to count
    /// its characters.
    pub fn new_ascii(s: String) -> StrObj {
        debug_assert!(s.is_ascii());
        StrObj {
            nchars: s.len(),
            s,
            hash: Cell::new(-1),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    #[inline]
    pub fn char_len(&self) -> usize {
        self.nchars
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }

    /// The hash of a str: FNV-1a-style mixing of the bytes, cached. Equal
    /// strings hash equally; the value need not match CPython's, which is
    /// randomised per process anyway.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_bytes(self.s.as_bytes());
        self.hash.set(h);
        h
    }

    /// The character at index `i` (already bounds-checked by the caller).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }

    /// Byte offset of character index `i` (i may equal the length).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }

    /// Characters `[start, end)` by index (clamped).
    pub fn substring(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.s[a..b]
    }
}

pub fn hash_bytes(bytes: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 32;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}
