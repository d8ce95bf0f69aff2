//! Core of Python's `random` module: the MT19937 generator, seeding (int, str/bytes, hash), and the
//! CPython 3.11 algorithms built on it (`random`, `getrandbits`, `randrange`, `shuffle`, `sample`, ...).
//!
//! Every method reproduces CPython 3.11's sequence bit for bit for the same seed. Errors are returned
//! as `Err(message)` carrying CPython's exact wording; the caller picks the exception type (noted on
//! each method). Nothing here panics, whatever the input.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::collections::HashSet;

/// Number of 32-bit words in the MT19937 state.
pub const STATE_WORDS: usize = 624;
const SHIFT_M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// A Mersenne Twister (MT19937) seeded and driven exactly like CPython's `random.Random`.
#[derive(Clone)]
pub struct MersenneTwister {
    state: [u32; STATE_WORDS],
    index: usize,
}

impl std::fmt::Debug for MersenneTwister {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MersenneTwister")
            .field("index", &self.index)
            .finish_non_exhaustive()
    }
}

/// Python floor division `a // b` for `b != 0`.
fn floor_div(a: &BigInt, b: &BigInt) -> BigInt {
    let q = a / b;
    let r = a - &q * b;
    if !r.is_zero() && (r.is_negative() != b.is_negative()) {
        q - 1
    } else {
        q
    }
}

impl MersenneTwister {
    fn unseeded() -> Self {
        MersenneTwister {
            state: [0; STATE_WORDS],
            index: STATE_WORDS + 1,
        }
    }

    /// Seeded like CPython's `random.seed(n)` for an int `n` (uses `abs(n)`).
    pub fn from_int_seed(n: &BigInt) -> Self {
        let mut mt = Self::unseeded();
        mt.seed_int(n);
        mt
    }

    /// Seeded from OS entropy (`/dev/urandom`, 624 words as CPython does) or, failing that, from the
    /// clock, the process id and std's per-process random hash keys.
    pub fn from_entropy() -> Self {
        let mut mt = Self::unseeded();
        mt.seed_entropy();
        mt
    }

    /// `random.seed()` / `random.seed(None)`.
    pub fn seed_entropy(&mut self) {
        if let Some(key) = urandom_key() {
            self.init_by_array(&key);
            return;
        }
        use std::hash::{BuildHasher, Hasher};
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u128(nanos);
        hasher.write_u32(std::process::id());
        let local = 0u8;
        hasher.write_usize(&local as *const u8 as usize);
        let h = hasher.finish();
        let key = [
            nanos as u32,
            (nanos >> 32) as u32,
            (nanos >> 64) as u32,
            std::process::id(),
            h as u32,
            (h >> 32) as u32,
        ];
        self.init_by_array(&key);
    }

    /// `random.seed(n)` for an int `n`: `abs(n)` split into 32-bit words, least significant first,
    /// fed to `init_by_array` (`n == 0` gives the key `[0]`).
    pub fn seed_int(&mut self, n: &BigInt) {
        self.seed_biguint(n.magnitude());
    }

    /// `random.seed(n)` for a non-negative int given as its magnitude.
    pub fn seed_biguint(&mut self, n: &BigUint) {
        let mut key = n.to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
    }

    /// `random.seed(s)` for a `str` (version 2): the seed is
    /// `int.from_bytes(s.encode() + sha512(s.encode()).digest(), 'big')`.
    pub fn seed_str(&mut self, s: &str) {
        self.seed_bytes(s.as_bytes());
    }

    /// `random.seed(b)` for `bytes`/`bytearray` (version 2), same rule as [`Self::seed_str`].
    pub fn seed_bytes(&mut self, bytes: &[u8]) {
        let mut all = Vec::with_capacity(bytes.len() + 64);
        all.extend_from_slice(bytes);
        all.extend_from_slice(&sha512(bytes));
        self.seed_biguint(&BigUint::from_bytes_be(&all));
    }

    /// `random.seed(x)` for any other hashable `x` (float, bool, ...): CPython seeds with
    /// `(size_t)hash(x)`, i.e. the hash reinterpreted as an unsigned 64-bit integer (not `abs`).
    pub fn seed_hash(&mut self, hash: i64) {
        self.seed_biguint(&BigUint::from(hash as u64));
    }

    fn init_genrand(&mut self, seed: u32) {
        self.state[0] = seed;
        for i in 1..STATE_WORDS {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = STATE_WORDS;
    }

    /// MT19937's `init_by_array`; an empty key is treated as `[0]`.
    pub fn init_by_array(&mut self, key: &[u32]) {
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        self.init_genrand(19_650_218);
        let mut i = 1usize;
        let mut j = 0usize;
        for _ in 0..STATE_WORDS.max(key.len()) {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= STATE_WORDS {
                self.state[0] = self.state[STATE_WORDS - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..STATE_WORDS - 1 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= STATE_WORDS {
                self.state[0] = self.state[STATE_WORDS - 1];
                i = 1;
            }
        }
        self.state[0] = 0x8000_0000;
        self.index = STATE_WORDS;
    }

    fn twist(&mut self) {
        for kk in 0..STATE_WORDS {
            let y =
                (self.state[kk] & UPPER_MASK) | (self.state[(kk + 1) % STATE_WORDS] & LOWER_MASK);
            let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
            self.state[kk] = self.state[(kk + SHIFT_M) % STATE_WORDS] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }

    /// One tempered 32-bit output (`genrand_uint32`, same as `getrandbits(32)`).
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= STATE_WORDS {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random.random()`: 53-bit float in `[0.0, 1.0)`.
    pub fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `random.getrandbits(k)` for `0 <= k <= i32::MAX`. Larger `k` is refused (without consuming
    /// anything) with CPython's OverflowError message "Python int too large to convert to C int";
    /// an allocation failure gives "MemoryError" (raise MemoryError). A negative `k` is the
    /// caller's ValueError: "number of bits must be non-negative".
    pub fn try_getrandbits(&mut self, k: u64) -> Result<BigUint, String> {
        if k > i32::MAX as u64 {
            return Err("Python int too large to convert to C int".to_string());
        }
        self.getrandbits_checked(k)
            .ok_or_else(|| "MemoryError".to_string())
    }

    /// `random.getrandbits(k)`: `k <= 32` uses one word shifted right; larger `k` fills 32-bit words
    /// least significant first, the last one shifted. `k == 0` gives 0. Unlike CPython there is no
    /// C-int limit here (see [`Self::try_getrandbits`]); should the word buffer fail to allocate,
    /// 0 is returned.
    pub fn getrandbits(&mut self, k: u64) -> BigUint {
        self.getrandbits_checked(k).unwrap_or_default()
    }

    fn getrandbits_checked(&mut self, k: u64) -> Option<BigUint> {
        if k == 0 {
            return Some(BigUint::zero());
        }
        if k <= 32 {
            return Some(BigUint::from(self.next_u32() >> (32 - k)));
        }
        let words = usize::try_from((k - 1) / 32 + 1).ok()?;
        let mut buf: Vec<u32> = Vec::new();
        buf.try_reserve_exact(words).ok()?;
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            buf.push(r);
            left = left.saturating_sub(32);
        }
        Some(BigUint::new(buf))
    }

    /// `getrandbits(k)` for `k <= 64` as a `u64` (same words consumed as the big version).
    fn bits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => u64::from(self.next_u32() >> (32 - k)),
            _ => {
                let lo = u64::from(self.next_u32());
                let hi = u64::from(self.next_u32() >> (64 - k.min(64)));
                (hi << 32) | lo
            }
        }
    }

    /// CPython's `_randbelow_with_getrandbits(n)`: `k = n.bit_length()`, then draw `getrandbits(k)`
    /// until it is below `n`. Defined for `n > 0`; `n == 0` (an endless loop in CPython) returns 0
    /// here without consuming anything.
    pub fn randbelow(&mut self, n: &BigUint) -> BigUint {
        if let Some(small) = n.to_u64() {
            return BigUint::from(self.randbelow_u64(small));
        }
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            // (Should the word buffer fail to allocate, r is 0 < n and the loop still ends.)
            if &r < n {
                return r;
            }
        }
    }

    /// Fast path of [`Self::randbelow`] for machine-sized `n` (any `u64`), identical results.
    /// `n == 0` returns 0 without consuming anything.
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.bits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `random.randrange(stop)` (one argument). Err is ValueError.
    pub fn randrange_stop(&mut self, stop: &BigInt) -> Result<BigInt, String> {
        if stop.is_positive() {
            Ok(BigInt::from_biguint(
                Sign::Plus,
                self.randbelow(stop.magnitude()),
            ))
        } else {
            Err("empty range for randrange()".to_string())
        }
    }

    /// `random.randrange(start, stop, step)` as CPython 3.11 (two-argument form: `step == 1`).
    /// Err is ValueError, e.g. "empty range for randrange() (5, 5, 0)" (the third number is the
    /// width `stop - start`), "zero step for randrange()", "empty range for randrange()".
    pub fn randrange(
        &mut self,
        start: &BigInt,
        stop: &BigInt,
        step: &BigInt,
    ) -> Result<BigInt, String> {
        let width = stop - start;
        if step.is_one() {
            if width.is_positive() {
                let r = self.randbelow(width.magnitude());
                return Ok(start + BigInt::from_biguint(Sign::Plus, r));
            }
            return Err(format!(
                "empty range for randrange() ({start}, {stop}, {width})"
            ));
        }
        let n = if step.is_positive() {
            floor_div(&(&width + step - 1), step)
        } else if step.is_negative() {
            floor_div(&(&width + step + 1), step)
        } else {
            return Err("zero step for randrange()".to_string());
        };
        if !n.is_positive() {
            return Err("empty range for randrange()".to_string());
        }
        let r = self.randbelow(n.magnitude());
        Ok(start + step * BigInt::from_biguint(Sign::Plus, r))
    }

    /// `random.randint(a, b)` = `randrange(a, b + 1)`. Err is ValueError.
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> Result<BigInt, String> {
        self.randrange(a, &(b + 1), &BigInt::one())
    }

    /// `random.uniform(a, b)` = `a + (b - a) * random()`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `random.choice(seq)`: the index `randbelow(len)`. Err (IndexError) for an empty sequence.
    pub fn choice_index(&mut self, len: usize) -> Result<usize, String> {
        if len == 0 {
            return Err("Cannot choose from an empty sequence".to_string());
        }
        Ok(self.randbelow_index(len))
    }

    fn randbelow_index(&mut self, n: usize) -> usize {
        // n fits u64 on every supported target and the result is below n, so it fits back.
        usize::try_from(self.randbelow_u64(n as u64)).unwrap_or(0)
    }

    /// `random.shuffle(x)`: for `i` in `n-1 ..= 1`, swap `x[i]` with `x[randbelow(i + 1)]`.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.randbelow_index(i + 1);
            items.swap(i, j);
        }
    }

    /// The indices `random.sample(population, k)` picks from a population of size `n`, in
    /// selection order (equal to `random.sample(range(n), k)`). Uses CPython 3.11's pool algorithm
    /// when `n <= setsize` and its set algorithm otherwise, with the same `setsize` rule.
    /// Err (ValueError) "Sample larger than population or is negative" when `k > n`;
    /// "MemoryError" if the result or pool cannot be allocated.
    pub fn sample_indices(&mut self, n: usize, k: usize) -> Result<Vec<usize>, String> {
        if k > n {
            return Err("Sample larger than population or is negative".to_string());
        }
        let oom = |_| "MemoryError".to_string();
        let mut result: Vec<usize> = Vec::new();
        result.try_reserve_exact(k).map_err(oom)?;
        if n as u128 <= sample_setsize(k) {
            let mut pool: Vec<usize> = Vec::new();
            pool.try_reserve_exact(n).map_err(oom)?;
            pool.extend(0..n);
            for i in 0..k {
                let j = self.randbelow_index(n - i);
                result.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected: HashSet<usize> = HashSet::new();
            selected.try_reserve(k).map_err(oom)?;
            for _ in 0..k {
                let mut j = self.randbelow_index(n);
                while selected.contains(&j) {
                    j = self.randbelow_index(n);
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// `random.getstate()`'s inner tuple: the 624 state words followed by the index.
    pub fn getstate(&self) -> Vec<u32> {
        let mut v = Vec::with_capacity(STATE_WORDS + 1);
        v.extend_from_slice(&self.state);
        v.push(self.index.min(STATE_WORDS) as u32);
        v
    }

    /// `random.setstate()`'s inner tuple: 624 words (CPython truncates each to 32 bits) and the
    /// index. Err (ValueError) "state vector is the wrong size" / "invalid state".
    pub fn setstate(&mut self, words: &[u32], index: i64) -> Result<(), String> {
        if words.len() != STATE_WORDS {
            return Err("state vector is the wrong size".to_string());
        }
        let index = usize::try_from(index)
            .ok()
            .filter(|&i| i <= STATE_WORDS)
            .ok_or_else(|| "invalid state".to_string())?;
        self.state.copy_from_slice(words);
        self.index = index;
        Ok(())
    }
}

/// `setsize` in CPython 3.11's `sample`: `21`, plus `4 ** ceil(log(k * 3, 4))` when `k > 5`
/// (computed in floating point exactly as `math.log(x, 4) == log(float(x)) / log(4.0)`).
fn sample_setsize(k: usize) -> u128 {
    let mut setsize: u128 = 21;
    if k > 5 {
        let x = (3 * k as u128) as f64;
        let e = (x.ln() / 4.0f64.ln()).ceil();
        if e >= 63.0 {
            return u128::MAX;
        }
        // 0 < e < 63 here: 3 * k >= 18.
        setsize += 4u128.pow(e as u32);
    }
    setsize
}

fn urandom_key() -> Option<Vec<u32>> {
    use std::io::Read;
    let mut f = std::fs::File::open("/dev/urandom").ok()?;
    let mut bytes = [0u8; STATE_WORDS * 4];
    f.read_exact(&mut bytes).ok()?;
    Some(
        bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect(),
    )
}

/// SHA-512 round constants: the first 64 bits of the fractional parts of the cube roots of the
/// first 80 primes (checked against a big-integer cube root in the tests).
const SHA512_K: [u64; 80] = [
    0x428a_2f98_d728_ae22,
    0x7137_4491_23ef_65cd,
    0xb5c0_fbcf_ec4d_3b2f,
    0xe9b5_dba5_8189_dbbc,
    0x3956_c25b_f348_b538,
    0x59f1_11f1_b605_d019,
    0x923f_82a4_af19_4f9b,
    0xab1c_5ed5_da6d_8118,
    0xd807_aa98_a303_0242,
    0x1283_5b01_4570_6fbe,
    0x2431_85be_4ee4_b28c,
    0x550c_7dc3_d5ff_b4e2,
    0x72be_5d74_f27b_896f,
    0x80de_b1fe_3b16_96b1,
    0x9bdc_06a7_25c7_1235,
    0xc19b_f174_cf69_2694,
    0xe49b_69c1_9ef1_4ad2,
    0xefbe_4786_384f_25e3,
    0x0fc1_9dc6_8b8c_d5b5,
    0x240c_a1cc_77ac_9c65,
    0x2de9_2c6f_592b_0275,
    0x4a74_84aa_6ea6_e483,
    0x5cb0_a9dc_bd41_fbd4,
    0x76f9_88da_8311_53b5,
    0x983e_5152_ee66_dfab,
    0xa831_c66d_2db4_3210,
    0xb003_27c8_98fb_213f,
    0xbf59_7fc7_beef_0ee4,
    0xc6e0_0bf3_3da8_8fc2,
    0xd5a7_9147_930a_a725,
    0x06ca_6351_e003_826f,
    0x1429_2967_0a0e_6e70,
    0x27b7_0a85_46d2_2ffc,
    0x2e1b_2138_5c26_c926,
    0x4d2c_6dfc_5ac4_2aed,
    0x5338_0d13_9d95_b3df,
    0x650a_7354_8baf_63de,
    0x766a_0abb_3c77_b2a8,
    0x81c2_c92e_47ed_aee6,
    0x9272_2c85_1482_353b,
    0xa2bf_e8a1_4cf1_0364,
    0xa81a_664b_bc42_3001,
    0xc24b_8b70_d0f8_9791,
    0xc76c_51a3_0654_be30,
    0xd192_e819_d6ef_5218,
    0xd699_0624_5565_a910,
    0xf40e_3585_5771_202a,
    0x106a_a070_32bb_d1b8,
    0x19a4_c116_b8d2_d0c8,
    0x1e37_6c08_5141_ab53,
    0x2748_774c_df8e_eb99,
    0x34b0_bcb5_e19b_48a8,
    0x391c_0cb3_c5c9_5a63,
    0x4ed8_aa4a_e341_8acb,
    0x5b9c_ca4f_7763_e373,
    0x682e_6ff3_d6b2_b8a3,
    0x748f_82ee_5def_b2fc,
    0x78a5_636f_4317_2f60,
    0x84c8_7814_a1f0_ab72,
    0x8cc7_0208_1a64_39ec,
    0x90be_fffa_2363_1e28,
    0xa450_6ceb_de82_bde9,
    0xbef9_a3f7_b2c6_7915,
    0xc671_78f2_e372_532b,
    0xca27_3ece_ea26_619c,
    0xd186_b8c7_21c0_c207,
    0xeada_7dd6_cde0_eb1e,
    0xf57d_4f7f_ee6e_d178,
    0x06f0_67aa_7217_6fba,
    0x0a63_7dc5_a2c8_98a6,
    0x113f_9804_bef9_0dae,
    0x1b71_0b35_131c_471b,
    0x28db_77f5_2304_7d84,
    0x32ca_ab7b_40c7_2493,
    0x3c9e_be0a_15c9_bebc,
    0x431d_67c4_9c10_0d4c,
    0x4cc5_d4be_cb3e_42b6,
    0x597f_299c_fc65_7e2a,
    0x5fcb_6fab_3ad6_faec,
    0x6c44_198c_4a47_5817,
];

/// SHA-512 initial hash: the first 64 bits of the fractional parts of the square roots of the
/// first 8 primes.
const SHA512_H0: [u64; 8] = [
    0x6a09_e667_f3bc_c908,
    0xbb67_ae85_84ca_a73b,
    0x3c6e_f372_fe94_f82b,
    0xa54f_f53a_5f1d_36f1,
    0x510e_527f_ade6_82d1,
    0x9b05_688c_2b3e_6c1f,
    0x1f83_d9ab_fb41_bd6b,
    0x5be0_cd19_137e_2179,
];

fn sha512_block(h: &mut [u64; 8], block: &[u8]) {
    let mut w = [0u64; 80];
    for (t, chunk) in block.chunks_exact(8).take(16).enumerate() {
        let mut b = [0u8; 8];
        b.copy_from_slice(chunk);
        w[t] = u64::from_be_bytes(b);
    }
    for t in 16..80 {
        let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
        let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16]
            .wrapping_add(s0)
            .wrapping_add(w[t - 7])
            .wrapping_add(s1);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = *h;
    for t in 0..80 {
        let big_s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh
            .wrapping_add(big_s1)
            .wrapping_add(ch)
            .wrapping_add(SHA512_K[t])
            .wrapping_add(w[t]);
        let big_s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = big_s0.wrapping_add(maj);
        hh = g;
        g = f;
        f = e;
        e = d.wrapping_add(t1);
        d = c;
        c = b;
        b = a;
        a = t1.wrapping_add(t2);
    }
    for (slot, v) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
        *slot = slot.wrapping_add(v);
    }
}

/// SHA-512 digest of `data` (FIPS 180-4).
pub fn sha512(data: &[u8]) -> [u8; 64] {
    let mut h = SHA512_H0;
    let mut blocks = data.chunks_exact(128);
    for block in &mut blocks {
        sha512_block(&mut h, block);
    }
    let rest = blocks.remainder();
    let mut tail = [0u8; 256];
    tail[..rest.len()].copy_from_slice(rest);
    tail[rest.len()] = 0x80;
    let tail_len = if rest.len() < 112 { 128 } else { 256 };
    let bit_len = (data.len() as u128).wrapping_mul(8);
    tail[tail_len - 16..tail_len].copy_from_slice(&bit_len.to_be_bytes());
    for block in tail[..tail_len].chunks_exact(128) {
        sha512_block(&mut h, block);
    }
    let mut out = [0u8; 64];
    for (dst, word) in out.chunks_exact_mut(8).zip(h) {
        dst.copy_from_slice(&word.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const U32_BY_SEED: &[(&str, [u32; 8])] = &[
        (
            "0",
            [
                3626764237, 1654615998, 3255389356, 3823568514, 1806341205, 173879092, 1112038970,
                4146640122,
            ],
        ),
        (
            "1",
            [
                577090037, 2444712010, 3639700191, 3445702192, 3280387012, 271041745, 1095513148,
                506456969,
            ],
        ),
        (
            "42",
            [
                2746317213, 478163327, 107420369, 3184935163, 1181241943, 1051802512, 958682846,
                599310825,
            ],
        ),
        (
            "12345",
            [
                1789368711, 3146859322, 43676229, 3522623596, 3544234957, 3448207591, 1282648386,
                3672791226,
            ],
        ),
        (
            "4294967301",
            [
                675479763, 2085189291, 1213270837, 3822202474, 2596110301, 3587694693, 62377729,
                1524997693,
            ],
        ),
        (
            "1180591620717411303424",
            [
                999817988, 4080621250, 1782696399, 2102939609, 462252839, 3475477918, 3222345578,
                120092942,
            ],
        ),
        (
            "-7",
            [
                1390851128, 4071050724, 647892279, 1695753998, 2795742288, 207388624, 311111475,
                3527346212,
            ],
        ),
        (
            "18446744073709551615",
            [
                93740670, 1068495656, 1452108352, 2657516307, 910393425, 1958779474, 2641946051,
                408097150,
            ],
        ),
        (
            "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
            [
                3143547426, 3358266413, 2318994878, 1420669132, 334997014, 906321569, 2603426664,
                1955579199,
            ],
        ),
        (
            "-4294967296",
            [
                485306839, 1508871100, 1794561286, 4014597330, 71624475, 98019085, 2627323657,
                3762791315,
            ],
        ),
    ];
    const RANDOM_SEED42: [f64; 1000] = [
        0.6394267984578837,
        0.025010755222666936,
        0.27502931836911926,
        0.22321073814882275,
        0.7364712141640124,
        0.6766994874229113,
        0.8921795677048454,
        0.08693883262941615,
        0.4219218196852704,
        0.029797219438070344,
        0.21863797480360336,
        0.5053552881033624,
        0.026535969683863625,
        0.1988376506866485,
        0.6498844377795232,
        0.5449414806032167,
        0.2204406220406967,
        0.5892656838759087,
        0.8094304566778266,
        0.006498759678061017,
        0.8058192518328079,
        0.6981393949882269,
        0.3402505165179919,
        0.15547949981178155,
        0.9572130722067812,
        0.33659454511262676,
        0.09274584338014791,
        0.09671637683346401,
        0.8474943663474598,
        0.6037260313668911,
        0.8071282732743802,
        0.7297317866938179,
        0.5362280914547007,
        0.9731157639793706,
        0.3785343772083535,
        0.552040631273227,
        0.8294046642529949,
        0.6185197523642461,
        0.8617069003107772,
        0.577352145256762,
        0.7045718362149235,
        0.045824383655662215,
        0.22789827565154686,
        0.28938796360210717,
        0.0797919769236275,
        0.23279088636103018,
        0.10100142940972912,
        0.2779736031100921,
        0.6356844442644002,
        0.36483217897008424,
        0.37018096711688264,
        0.2095070307714877,
        0.26697782204911336,
        0.936654587712494,
        0.6480353852465935,
        0.6091310056669882,
        0.171138648198097,
        0.7291267979503492,
        0.1634024937619284,
        0.3794554417576478,
        0.9895233506365952,
        0.6399997598540929,
        0.5569497437746462,
        0.6846142509898746,
        0.8428519201898096,
        0.7759999115462448,
        0.22904807196410437,
        0.03210024390403776,
        0.3154530480590819,
        0.26774087597570273,
        0.21098284358632646,
        0.9429097143350544,
        0.8763676264726689,
        0.3146778807984779,
        0.65543866529488,
        0.39563190106066426,
        0.9145475897405435,
        0.4588518525873988,
        0.26488016649805246,
        0.24662750769398345,
        0.5613681341631508,
        0.26274160852293527,
        0.5845859902235405,
        0.897822883602477,
        0.39940050514039727,
        0.21932075915728333,
        0.9975376064951103,
        0.5095262936764645,
        0.09090941217379389,
        0.04711637542473457,
        0.10964913035065915,
        0.62744604170309,
        0.7920793643629641,
        0.42215996679968404,
        0.06352770615195713,
        0.38161928650653676,
        0.9961213802400968,
        0.529114345099137,
        0.9710783776136181,
        0.8607797022344981,
        0.011481021942819636,
        0.7207218193601946,
        0.6817103690265748,
        0.5369703304087952,
        0.2668251899525428,
        0.6409617985798081,
        0.11155217359587644,
        0.434765250669105,
        0.45372370632920644,
        0.9538159275210801,
        0.8758529403781941,
        0.26338905075109076,
        0.5005861130502983,
        0.17865188053013137,
        0.9126278393448205,
        0.8705185698367669,
        0.2984447914486329,
        0.6389494948660052,
        0.6089702114381723,
        0.1528392685496348,
        0.7625108000751513,
        0.5393790301196257,
        0.7786264786305582,
        0.5303536721951775,
        0.0005718961279435053,
        0.3241560570046731,
        0.019476742385832302,
        0.9290986162646171,
        0.8787218778231842,
        0.8316655293611794,
        0.30751412540266143,
        0.05792516649418755,
        0.8780095992040405,
        0.9469494452979941,
        0.08565345206787878,
        0.4859904633166138,
        0.06921251846838361,
        0.7606021652572316,
        0.7658344293069878,
        0.1283914644997628,
        0.4752823780987313,
        0.5498035934949439,
        0.2650566289400591,
        0.8724330410852574,
        0.4231379402008869,
        0.21179820544208205,
        0.5392960887794583,
        0.7299310690899762,
        0.2011510633896959,
        0.31171629130089495,
        0.9951493566608947,
        0.6498780576394535,
        0.43810008391450406,
        0.5175758410355906,
        0.12100419586826572,
        0.22469733703155736,
        0.33808556214745533,
        0.5883087184572333,
        0.230114732596577,
        0.22021738445155947,
        0.07099308600903254,
        0.6311029572700989,
        0.22894178381115438,
        0.905420013006128,
        0.8596354002537465,
        0.07085734988865344,
        0.23800463436899522,
        0.6689777782962806,
        0.2142368073704386,
        0.132311848725025,
        0.935514240580671,
        0.5710430933252845,
        0.47267102631179414,
        0.7846194242907534,
        0.8074969977666434,
        0.1904099143618777,
        0.09693081422882333,
        0.4310511824063775,
        0.4235786230199208,
        0.467024668036675,
        0.7290758494598506,
        0.6733645472933015,
        0.9841652113659661,
        0.09841787115195888,
        0.4026212821022688,
        0.33930260539496315,
        0.8616725363527911,
        0.24865633392028563,
        0.1902089084408115,
        0.4486135478331319,
        0.4218816398344042,
        0.27854514466694047,
        0.2498064478821005,
        0.9232655992760128,
        0.44313074505345695,
        0.8613491047618306,
        0.5503253124498481,
        0.05058832952488124,
        0.9992824684127266,
        0.8360275850799519,
        0.9689962572847513,
        0.9263669830081276,
        0.8486957344143055,
        0.16631111060391401,
        0.48564112545071847,
        0.21374729919918167,
        0.4010402925494526,
        0.058635399972178925,
        0.3789731189769161,
        0.9853088437797259,
        0.26520305817215195,
        0.7840706019485694,
        0.4550083673391433,
        0.4230074859901629,
        0.9573176408596732,
        0.9954226894927138,
        0.5557683234056182,
        0.718408275296326,
        0.15479682527406413,
        0.2967078254945642,
        0.9687093649691588,
        0.5791802908162562,
        0.5421952013742742,
        0.7479755603790641,
        0.05716527290748308,
        0.5841775944589712,
        0.5028503829195136,
        0.8527198920482854,
        0.15743272793948326,
        0.9607789032744504,
        0.08011146524058688,
        0.1858249609807232,
        0.5950351064500277,
        0.6752125536040902,
        0.2352038950009312,
        0.11988661394712419,
        0.8902873141294375,
        0.24621534778862486,
        0.5945191535334412,
        0.6193815103321031,
        0.4192249153358725,
        0.5836722892912247,
        0.5227827155319589,
        0.9347062577364272,
        0.20425919942353643,
        0.7161918007894148,
        0.23868595261584602,
        0.3957858467912545,
        0.6716902229599713,
        0.2999970797987622,
        0.31617719627185403,
        0.7518644924144021,
        0.07254311449315731,
        0.4582855226185861,
        0.9984544408544423,
        0.9960964478550944,
        0.073260721099633,
        0.2131543122670404,
        0.26520041475040135,
        0.9332593779937091,
        0.8808641736864395,
        0.8792702424845428,
        0.36952708873888396,
        0.15774683235723197,
        0.833744954639807,
        0.703539925087371,
        0.6116777657259501,
        0.9872330636315043,
        0.6539763177107326,
        0.007823107152157949,
        0.8171041351154616,
        0.2993787521999779,
        0.6633887149660773,
        0.9389300039271039,
        0.13429111439336772,
        0.11542867041910221,
        0.10703597770941764,
        0.5532236408848159,
        0.2723482123148163,
        0.6048298270302239,
        0.7176121871387979,
        0.20359731232745293,
        0.6342379588850797,
        0.2639839016304094,
        0.48853185214937656,
        0.9053364910793232,
        0.8461037132948555,
        0.09229846771273342,
        0.42357577256372636,
        0.27668022397225167,
        0.0035456890877823,
        0.7711192230196271,
        0.6371133773013796,
        0.2619552624343482,
        0.7412309083479308,
        0.5516804211263913,
        0.42768691898067934,
        0.009669699608339966,
        0.07524386007376704,
        0.883106393300143,
        0.9039285715598931,
        0.5455902892055223,
        0.8345950198860167,
        0.582509566489794,
        0.14809378556748265,
        0.12744551928213876,
        0.3082583499301337,
        0.89898148874259,
        0.7961223048880417,
        0.8607025820009028,
        0.8989246365264746,
        0.21007653833975404,
        0.24952973922292443,
        0.10279362167178563,
        0.7801162418714427,
        0.8841347014510089,
        0.4063773898321168,
        0.6206615101507128,
        0.15455333833220464,
        0.9298810156936744,
        0.864605696219964,
        0.9762060329309629,
        0.8107717199403969,
        0.8814162046633244,
        0.024786361898188725,
        0.7365644717550821,
        0.33218546794642867,
        0.9308158860483255,
        0.8022351389371389,
        0.8640640283752794,
        0.810749316574389,
        0.26680570959447203,
        0.7873745091354711,
        0.10809562640295711,
        0.8721667829060897,
        0.8585932513377816,
        0.22243371754566443,
        0.816586605596929,
        0.4603032346789421,
        0.30519086733860057,
        0.7953454991528618,
        0.22759548740777036,
        0.02366443470145152,
        0.19312978832770866,
        0.3282619511977065,
        0.8643529420302863,
        0.9668891040483611,
        0.2791249927218714,
        0.6414817386076277,
        0.39967838436006087,
        0.9811496871982601,
        0.5362157324787219,
        0.9392371403247157,
        0.11534175185142759,
        0.970400611022228,
        0.17856781617246364,
        0.9625343157615555,
        0.2654663625229686,
        0.1084025472147111,
        0.43456375856464435,
        0.7285450606527043,
        0.31367731419499123,
        0.6062088533061433,
        0.5114230596694781,
        0.38519543334472717,
        0.5765880434965995,
        0.25472250613858194,
        0.7087852838341706,
        0.0016912782186294661,
        0.9255751654990827,
        0.5384519970927919,
        0.7194299991448455,
        0.7419500778394765,
        0.6706285044329995,
        0.3642214717812642,
        0.06997381112631018,
        0.6642376849112723,
        0.3302000360425964,
        0.31391564505835967,
        0.8480152795063355,
        0.7197542630139502,
        0.3003222682112642,
        0.30928466220865325,
        0.40839290861921684,
        0.40240038705772463,
        0.295655202525947,
        0.12728779905915322,
        0.4204463337729083,
        0.940363670730183,
        0.6773179452727329,
        0.9028055457325826,
        0.6155149159513805,
        0.3009498745655653,
        0.5479372131356982,
        0.0004059396972875273,
        0.2869137168689272,
        0.4298881499898346,
        0.579984781195682,
        0.6547056237030716,
        0.4649881902470142,
        0.4421597993048074,
        0.2137014009891003,
        0.47318618590932626,
        0.9011808258282542,
        0.7960247601267803,
        0.16969139619805473,
        0.08479553672512175,
        0.5154520099152164,
        0.6329408557657957,
        0.3351882554098009,
        0.8184234645366643,
        0.7511381375407322,
        0.672795670557167,
        0.22464066599728827,
        0.19912993272657664,
        0.024425387726826342,
        0.24484254407835015,
        0.47513634421880513,
        0.8497376946247319,
        0.0728282291845691,
        0.41444101099771935,
        0.6297653807377137,
        0.1944352367397093,
        0.6963542504905049,
        0.49437716901043693,
        0.24398443957843885,
        0.6560580111117841,
        0.00554481813803176,
        0.7509644766184729,
        0.7700461885740251,
        0.10658729656353894,
        0.4251461939427341,
        0.17588668170653166,
        0.9579660422795397,
        0.5179577504437408,
        0.05021838514064092,
        0.24919827965997166,
        0.8483363473516597,
        0.45646182547017256,
        0.8014166017222645,
        0.6675777325863531,
        0.987892453066448,
        0.5954523184694197,
        0.9500396084431559,
        0.891425925810437,
        0.6126523227617628,
        0.7192739612759671,
        0.504778164824402,
        0.830569169721415,
        0.5478719506108284,
        0.8972081032332622,
        0.7436554421595849,
        0.4746744368230533,
        0.25919154846501935,
        0.24723973750965955,
        0.6376614367761563,
        0.7658136842971655,
        0.5212998128279821,
        0.6267484369817813,
        0.2745974469175383,
        0.07748335386473582,
        0.2857281508631525,
        0.2717151070821846,
        0.3197095684187623,
        0.5401522225184564,
        0.13837406151615572,
        0.23126147972818678,
        0.6939498122990523,
        0.7064191416945522,
        0.06422885071387807,
        0.4075993696665867,
        0.5426111405039153,
        0.41577423410315595,
        0.20683438951441024,
        0.4201435177734256,
        0.9048384783401769,
        0.5840794142042252,
        0.6955229864979681,
        0.8567320323039342,
        0.7655945761180695,
        0.38038102892771164,
        0.0058960835839930725,
        0.3517588026718247,
        0.7534751250593859,
        0.8534479505691046,
        0.9534303384701063,
        0.41902128262982186,
        0.7475156689780508,
        0.5461323097338391,
        0.6032525889412413,
        0.2205386943238189,
        0.21942163462143616,
        0.4358359760466366,
        0.02902481994671524,
        0.33612954369838244,
        0.6791418850283497,
        0.4043166691376371,
        0.16504473120350882,
        0.46739014923231015,
        0.1276277972811607,
        0.6222569609740647,
        0.02696645190513769,
        0.3940202563397047,
        0.5643919830247741,
        0.027102046340312436,
        0.6427496480093358,
        0.13569948723056424,
        0.4616984440515117,
        0.05028463348862755,
        0.37910386418813957,
        0.21166028421148153,
        0.32684580488130854,
        0.7612297078940271,
        0.3791262155641363,
        0.7520098235547849,
        0.8319242851552726,
        0.2522715317823806,
        0.08190623276164255,
        0.01938328705001069,
        0.5394190479225337,
        0.9999078285092092,
        0.3499603437201839,
        0.650144093249875,
        0.7812330496108949,
        0.6517546552438894,
        0.7542332040595262,
        0.9496117327159889,
        0.1993606823625329,
        0.020380017320332344,
        0.15238234578479037,
        0.12622097487420625,
        0.6694588446199107,
        0.5639695819300191,
        0.21796454090650363,
        0.6994649712461508,
        0.7668980983562408,
        0.16778914336780226,
        0.6072474938909317,
        0.7479256519552858,
        0.11453287137889767,
        0.8193011743110851,
        0.9647207730340877,
        0.10809874965760657,
        0.025678425497466018,
        0.3119572443946952,
        0.6773472868504088,
        0.9581728382058959,
        0.3966544415166273,
        0.7150147050494684,
        0.07599647784305996,
        0.6906144159329803,
        0.6272423956010444,
        0.10190130544597653,
        0.772480884951224,
        0.8502932390887963,
        0.6004116148168441,
        0.12105506506731512,
        0.9838443515146713,
        0.7826353463610196,
        0.347203765308449,
        0.42837801323474445,
        0.3705708762180562,
        0.5059607896770779,
        0.3412311748612832,
        0.8495756269995773,
        0.8223309180900581,
        0.10553887064399858,
        0.9607875672145786,
        0.6355851061014459,
        0.8287073110024582,
        0.7073086437060769,
        0.43548714500767705,
        0.7337953040133919,
        0.9654737312380777,
        0.27008239638740084,
        0.8081992188067559,
        0.5381729064482558,
        0.4834975038831961,
        0.4355744930038943,
        0.7310262143051223,
        0.26839553804922534,
        0.8517131600193318,
        0.8307310188906034,
        0.0866628980556744,
        0.881631184002772,
        0.243863439190956,
        0.46470846660323173,
        0.6103317042305206,
        0.37898930412826404,
        0.02869999777008958,
        0.8509528363124591,
        0.1818398571576918,
        0.212119850179739,
        0.7978323568280965,
        0.34033884316428364,
        0.8803199797582254,
        0.7011837503322016,
        0.2762685757561849,
        0.010151114438677111,
        0.9480625777770312,
        0.08561296195802126,
        0.7200746641041943,
        0.48857784684878736,
        0.7581646534824664,
        0.690609339446523,
        0.6459028997409523,
        0.49082133507858616,
        0.7929328681323174,
        0.09305335055467168,
        0.22159640047253015,
        0.6917871552952018,
        0.3062060301300884,
        0.5815555853323672,
        0.47326048875952476,
        0.5309219311457678,
        0.42550381270521476,
        0.7459354367136096,
        0.33079129719593015,
        0.7028549421857689,
        0.27091642697619633,
        0.2514036762009415,
        0.12065588475230582,
        0.1925842934515174,
        0.11955474125505283,
        0.5358639653837498,
        0.762189609484103,
        0.18514984243766197,
        0.21638463987860568,
        0.4841985872127087,
        0.7245850010930516,
        0.9766070228830568,
        0.5246368691086079,
        0.282998703274955,
        0.10052610809079077,
        0.19411757809107344,
        0.2274831634825547,
        0.17944154368540333,
        0.014148367256063832,
        0.5341350892676633,
        0.2743113267832673,
        0.9742949311027379,
        0.5533589667986083,
        0.6974173929101944,
        0.1262794929584089,
        0.868461197262944,
        0.49087869452377886,
        0.8727197349985346,
        0.5740642196263323,
        0.4693969449305102,
        0.44046879813601025,
        0.18436367039008172,
        0.051376717183577836,
        0.9410635967681032,
        0.4777291872656877,
        0.8221156452994304,
        0.40070744225193977,
        0.07408217025563979,
        0.6294457069519983,
        0.05360907429253314,
        0.14919758447365516,
        0.5628395970845642,
        0.3038355118422277,
        0.9939181227102202,
        0.11845156221146158,
        0.7644434453261942,
        0.6063176512429628,
        0.7907408298434194,
        0.22568713706503463,
        0.5225725351302178,
        0.45051446488875424,
        0.44272100401932835,
        0.8601666658261801,
        0.9900312604667979,
        0.3053802443193604,
        0.6210273210721485,
        0.6096309122451303,
        0.740089305484545,
        0.947590200325378,
        0.20778790582355133,
        0.211025195305393,
        0.6604281371920366,
        0.15705709338087714,
        0.17381354832643447,
        0.07506486890116792,
        0.002675722602885733,
        0.4505037046177024,
        0.5938111951195633,
        0.2912592890310276,
        0.23147623455602584,
        0.7069558298790333,
        0.7029875580937172,
        0.45403132640704325,
        0.6873849200712427,
        0.9239110444825487,
        0.7878280266467313,
        0.6250580071642219,
        0.6611830428533678,
        0.9336684584455133,
        0.42513896610421165,
        0.5445623787105787,
        0.6476347234024807,
        0.9084114452126061,
        0.8266311596500596,
        0.07140983685581415,
        0.16592278922072468,
        0.30761181261423254,
        0.7489577220696233,
        0.5692070493190924,
        0.28861058830584174,
        0.12435365817470823,
        0.6886779912120937,
        0.6997336849757173,
        0.9426762407440408,
        0.5004721771179256,
        0.4937952193450843,
        0.08044185189930098,
        0.03986078418361305,
        0.43202866416077257,
        0.32232158335829997,
        0.2503679024120039,
        0.0913268866309852,
        0.9619111021928367,
        0.8359586139061813,
        0.5751991092199304,
        0.9507862778063524,
        0.9995724168774514,
        0.6722815843032393,
        0.2695110259670539,
        0.040231673144616176,
        0.7562688304125571,
        0.47050082325163356,
        0.6515094894336864,
        0.9160727879267675,
        0.18148914722312592,
        0.5853296252778544,
        0.6347847194540869,
        0.49172580219101336,
        0.09124240629382718,
        0.34796105629465046,
        0.333308393665092,
        0.6701335095211854,
        0.8577330944003526,
        0.3298036635789654,
        0.6936736739834325,
        0.28821779536145575,
        0.9451935395632106,
        0.8135660347379726,
        0.5500966089717829,
        0.45482590860172945,
        0.3145171571701679,
        0.3232737862759947,
        0.9701847268085771,
        0.40417505700074563,
        0.5145962523291051,
        0.9881192147817541,
        0.657660386483129,
        0.542593594357195,
        0.4132475707993215,
        0.18758254139452712,
        0.36177935915167525,
        0.7564431540555737,
        0.625408742145009,
        0.759990536061017,
        0.20355823835027387,
        0.5492196390853317,
        0.9276727608444477,
        0.43811609507237825,
        0.6982500291221723,
        0.12142608336261984,
        0.9731468158216944,
        0.6088716670819649,
        0.23929746232765037,
        0.1583781638052324,
        0.55083900700267,
        0.552251409053733,
        0.09320920128152255,
        0.9922571393952196,
        0.912929878484168,
        0.4614478941787834,
        0.11746614908955755,
        0.8321431737689012,
        0.49837550470719527,
        0.7166033259917911,
        0.5088720150695117,
        0.2734248967132742,
        0.8347239455766944,
        0.9802446326033755,
        0.24373090607513836,
        0.5512650768804697,
        0.3835860132471499,
        0.9218681499315619,
        0.508240891592894,
        0.8793262551464761,
        0.8640269344285881,
        0.27624740282204097,
        0.7900061820031135,
        0.41494242355134514,
        0.9342483936825201,
        0.5077376758096565,
        0.8205494731855784,
        0.28283898328282664,
        0.2985558497717672,
        0.5869377224141611,
        0.9989023332293387,
        0.489640346655701,
        0.1485954183827891,
        0.5385805777038737,
        0.34512394169300753,
        0.551917417070811,
        0.543430062958673,
        0.4553446168665011,
        0.3217773502290374,
        0.18865237370710541,
        0.6974984276205713,
        0.5717976419849011,
        0.2335624460578931,
        0.7755444750992588,
        0.04364729909730192,
        0.7447051515651959,
        0.7052278810250026,
        0.8114089025648769,
        0.38607875249098234,
        0.6636888294845347,
        0.820747551709555,
        0.9808181386597851,
        0.49532864961642353,
        0.03701961134557619,
        0.5022911501329659,
        0.590180429309567,
        0.8697003133622154,
        0.8741903740543083,
        0.44030620977067714,
        0.5259510868075614,
        0.4569280744742422,
        0.7224438275706426,
        0.4099786197463644,
        0.6547813264277338,
        0.15436121877154885,
        0.46949060098473194,
        0.9692036305742172,
        0.3385612340514317,
        0.692704598586882,
        0.6498366525792726,
        0.8517652923506914,
        0.8523413365658931,
        0.8593421841682666,
        0.38000939752265506,
        0.31666115393339966,
        0.718717425222983,
        0.7594018093343636,
        0.8723830173985363,
        0.03589909983768658,
        0.06842074718155144,
        0.6311610168546405,
        0.9209290987802967,
        0.9974259229562153,
        0.746766366737927,
        0.4339714719231257,
        0.09844312638319797,
        0.6337478287807913,
        0.8725792326070907,
        0.4436785516617058,
        0.6940011627932345,
        0.903424062050486,
        0.04599096867721275,
        0.7961434651622118,
        0.2933677759652088,
        0.37484108977531483,
        0.14556979569939843,
        0.53116631814876,
        0.5659280619159368,
        0.7925194738809532,
        0.16998364906809738,
        0.07896835065999463,
        0.8708395986448548,
        0.6197103685374153,
        0.24082979185631304,
        0.9128290160235548,
        0.14311772012850965,
        0.46114991335499755,
        0.2539773394135423,
        0.25532670815915404,
        0.009397431454871041,
        0.8046330769751463,
        0.901209423598883,
        0.6776108856990795,
        0.15797562207178695,
        0.44172978360381443,
        0.3455656244430817,
        0.5875717051264214,
        0.6389387023600122,
        0.4243089384608977,
        0.25009822440770124,
        0.8453039251425987,
        0.19921699910889235,
        0.38469324896734547,
        0.4832080610592161,
        0.23720570192757462,
        0.5719226923507389,
        0.5748119301786451,
        0.9926920436268976,
        0.29523075388326936,
        0.9779444845768627,
        0.6582298159286807,
        0.27448038017822773,
        0.565929016955699,
        0.6857994927340121,
        0.7446688411653252,
        0.04904425077599994,
        0.6064064930764745,
        0.4967272865238703,
        0.9041552908937254,
        0.28619415145919447,
        0.7988601195075987,
        0.607064998164266,
        0.35232095583531653,
        0.6366178780058919,
        0.6208911631303041,
        0.6777644586233594,
        0.720928376670709,
        0.6591815403167537,
        0.8383371169625166,
        0.6282481036868983,
        0.9034037040729679,
        0.6463406088905228,
        0.3089328839526361,
        0.4408231901628116,
        0.5795738053684028,
        0.7323597679392383,
        0.09013337574621894,
        0.2951104516291553,
        0.7474808649383715,
        0.17564007044430663,
        0.13215979774678355,
        0.5394077589844211,
        0.9714895812113399,
        0.530852373702785,
        0.9134869744816969,
        0.8304726195673974,
        0.2569700845632623,
        0.8246898125424073,
        0.4818478298737412,
        0.8064884937937665,
        0.746559350717045,
        0.3387152538018863,
        0.1151697074497594,
        0.9628932928688776,
        0.14075701500588267,
        0.9665002094627521,
        0.8601405968988218,
        0.7242167120755182,
        0.9799422427819034,
        0.9672697473000323,
        0.8045876440205619,
        0.3657750494055664,
        0.7906819685889375,
        0.013918655100901178,
        0.5365723082690591,
        0.45478602773387466,
        0.6728283818737536,
        0.6723407973510132,
        0.584560091652166,
        0.8224173012267743,
        0.9402918917795542,
        0.10834610219923069,
        0.23382190221158317,
        0.025024649646482322,
        0.8842348452148522,
        0.5614073822498789,
        0.9152559087431594,
        0.22136720007399002,
        0.06321704116019544,
        0.8238553513904476,
        0.909387638427892,
        0.30219017452925023,
        0.4082958557954127,
        0.13977701250722108,
        0.9462615328819463,
        0.3043645843560052,
        0.49262461897820586,
        0.0971919986218216,
        0.8872593085285023,
        0.13566404870633653,
        0.4536437568888926,
        0.6704862188501712,
        0.7431401215231715,
        0.9459740857794321,
        0.41912675341472283,
        0.7422690147653158,
        0.15452290240983502,
        0.4148845274368069,
        0.0990216347105285,
        0.4893470377896145,
        0.4081158856977005,
        0.9515215253810595,
        0.032716286855046905,
        0.3705299587344354,
        0.44338308606070165,
        0.950555169851427,
        0.8554501933059546,
    ];
    const RANDOM_BY_SEED: &[(&str, [f64; 5])] = &[
        (
            "0",
            [
                0.8444218515250481,
                0.7579544029403025,
                0.420571580830845,
                0.25891675029296335,
                0.5112747213686085,
            ],
        ),
        (
            "1",
            [
                0.13436424411240122,
                0.8474337369372327,
                0.763774618976614,
                0.2550690257394217,
                0.49543508709194095,
            ],
        ),
        (
            "42",
            [
                0.6394267984578837,
                0.025010755222666936,
                0.27502931836911926,
                0.22321073814882275,
                0.7364712141640124,
            ],
        ),
        (
            "12345",
            [
                0.41661987254534116,
                0.010169169457068361,
                0.8252065092537432,
                0.2986398551995928,
                0.3684116894884757,
            ],
        ),
        (
            "4294967301",
            [
                0.15727238718789782,
                0.2824866316461999,
                0.6044540318498407,
                0.014523449205355199,
                0.6277755437144577,
            ],
        ),
        (
            "1180591620717411303424",
            [
                0.2327882718301838,
                0.4150663501741646,
                0.10762663043437715,
                0.7502607928809621,
                0.655653903099609,
            ],
        ),
        (
            "-7",
            [
                0.32383276483316237,
                0.15084917392450192,
                0.6509344730398537,
                0.07243628666754276,
                0.5358820043066892,
            ],
        ),
        (
            "18446744073709551615",
            [
                0.021825695401270107,
                0.3380953268613758,
                0.21196748656082065,
                0.6151259995625727,
                0.9195709817171983,
            ],
        ),
        (
            "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
            [
                0.7319141759120473,
                0.5399330655543156,
                0.07799756684168746,
                0.6061575074145105,
                0.44322610293381604,
            ],
        ),
        (
            "-4294967296",
            [
                0.11299430095636409,
                0.41782886486292836,
                0.0166763664992291,
                0.6117214625782752,
                0.8056470212514185,
            ],
        ),
    ];
    const U32_FOLD_200K: &[(&str, u64)] = &[
        ("0", 8114934646236135673u64),
        ("42", 17410180799106809212u64),
        ("1180591620717411303424", 15496788529344656425u64),
        ("12345", 6056211785533416567u64),
    ];
    const RANDOM_FOLD_100K_SEED7: u64 = 14740544286466219591;
    const U32_BY_STR: &[(&str, [u32; 6])] = &[
        (
            "",
            [
                4124137760, 1951988028, 2557274880, 888572032, 1666497616, 3712356042,
            ],
        ),
        (
            "hello",
            [
                1519453933, 3618488475, 2848416207, 3256656039, 2351947165, 474796849,
            ],
        ),
        (
            "héllo ☃ 🐍",
            [
                4225462759, 1099262628, 175115663, 2213297221, 3405641490, 865190169,
            ],
        ),
        (
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            [
                312046798, 3010680493, 4270476195, 3609983771, 154098955, 3622501100,
            ],
        ),
        (
            "The quick brown fox jumps over the lazy dogThe quick brown fox jumps over the lazy dogThe quick brown fox jumps over the lazy dogThe quick brown fox jumps over the lazy dogThe quick brown fox jumps over the lazy dog",
            [
                1111752644, 698194837, 1826882248, 1388869582, 3611406598, 3505962554,
            ],
        ),
    ];
    const U32_BYTES_SEED: [u32; 4] = [3161062451, 4229798096, 438408505, 1145090688];
    const SHA512_CASES: &[(&str, &str)] = &[
        (
            "",
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e",
        ),
        (
            "abc",
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
        ),
        (
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "fa9121c7b32b9e01733d034cfc78cbf67f926c7ed83e82200ef86818196921760b4beff48404df811b953828274461673c68d04e297b0eb7b2b4d60fc6b566a2",
        ),
        (
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "c01d080efd492776a1c43bd23dd99d0a2e626d481e16782e75d54c2503b5dc32bd05f0f1ba33e568b88fd2d970929b719ecbb152f58f130a407c8830604b70ca",
        ),
        (
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "828613968b501dc00a97e08c73b118aa8876c26b8aac93df128502ab360f91bab50a51e088769a5c1eff4782ace147dce3642554199876374291f5d921629502",
        ),
        (
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "b73d1929aa615934e61a871596b3f3b33359f42b8175602e89f7e06e5f658a243667807ed300314b95cacdd579f3e33abdfbe351909519a846d465c59582f321",
        ),
        (
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "52c853cb8d907f3d4d6b889beb027985d7c273486d75f8baf26f80d24e90c74c6c3de3e22131582380a7d14d43f2941a31385439cd6ddc469f628015e50bf286",
        ),
        (
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "67ba5535a46e3f86dbfbed8cbbaf0125c76ed549ff8b0b9e03e0c88cf90fa634fa7b12b47d77b694de488ace8d9a65967dc96df599727d3292a8d9d447709c97",
        ),
        (
            "héllo ☃ 🐍",
            "170079a0c1f2065448a8a038d9dd08bcb6e7bafac5d6ccb471f7c26d090a97f2a9721638ff33bdf6966d9900830577bdf0236075de992821c892cf0c00b9f3f8",
        ),
    ];
    const U32_BY_HASH: &[(i64, [u32; 3])] = &[
        (1152921504606846977i64, [2369807148, 3534653101, 1099911448]),
        (-1152921504606846977i64, [3049922142, 1895599190, 3396863]),
        (756645147675703959i64, [1531923369, 1411397963, 3391572144]),
        (0i64, [3626764237, 1654615998, 3255389356]),
        (576460752303423491i64, [456418734, 4277133694, 2862797308]),
    ];
    const GETRANDBITS: &[(&str, &[(u64, &str)])] = &[
        (
            "1",
            &[
                (0, "0"),
                (0, "0"),
                (1, "0"),
                (1, "1"),
                (2, "3"),
                (2, "3"),
                (5, "24"),
                (5, "2"),
                (31, "547756574"),
                (31, "253228484"),
                (32, "2127877499"),
                (32, "3268308804"),
                (33, "1930549411"),
                (33, "2798570523"),
                (53, "1891107552740886"),
                (53, "4394220098367116"),
                (63, "8239395385945212840"),
                (63, "3595351650018309042"),
                (64, "11205253249702154886"),
                (64, "14151560559444937093"),
                (65, "12835850853227824550"),
                (65, "31756808409026805059"),
                (96, "74892060274771928080528189745"),
                (96, "25149366833973120016445050655"),
                (100, "794297654030904680088599838428"),
                (100, "1183601337357900442753962738206"),
                (127, "164873722623633406232136541255583046095"),
                (127, "89771493818640295232773752248819766517"),
                (128, "319581976107989005565266026836107774205"),
                (128, "117635754795794941572839117127261457684"),
                (
                    1000,
                    "10377579301690273430371577048262889255869289333420298912715756776069793738844371464794485981273678397983540813007387971763086352427224672475018339187739328490459382228590494805325410705019812629719113719973877168998918756966929689540791814089496123655295355255132665166925185345817224776081316284862943",
                ),
                (
                    1000,
                    "8316875720562884312966600085226178471745853863678027666565664620674995422192405824131031889076964092472300141913083529442553344746554223884989475006249558441586533260529136424551303114178666866626315949523361799651254828258455693487940302527865573992628499422082849197957105975813476143468746457953369",
                ),
            ],
        ),
        (
            "1180591620717411303424",
            &[
                (0, "0"),
                (0, "0"),
                (1, "0"),
                (1, "1"),
                (2, "1"),
                (2, "1"),
                (5, "3"),
                (5, "25"),
                (31, "1611172789"),
                (31, "60046471"),
                (32, "2816012076"),
                (32, "980805958"),
                (33, "1195253474"),
                (33, "4801419034"),
                (53, "7627302155706604"),
                (53, "5054000492820088"),
                (63, "6968206965274287742"),
                (63, "2634604680819563896"),
                (64, "15741683314750515456"),
                (64, "10038150959656961470"),
                (65, "10263396432327683297"),
                (65, "28279109405621041979"),
                (96, "15629409424852029006870495614"),
                (96, "49347234967207362598304350781"),
                (100, "818656478594525956839100444309"),
                (100, "928041305267073767207623316208"),
                (127, "2818246476391895404176632906921681230"),
                (127, "106609969295573120680500072881475293085"),
                (128, "339919254862555809638503759549164440131"),
                (128, "16169636934461032169685193247598227728"),
                (
                    1000,
                    "4404578679534489850810520367805673028250370897171906154255890344526393250622517303035512835493059136483072650645425919634694106809200906458952899498942380621075675976350240844261109120077402464628335154284745663272052143678993945551731805713473847241377335139027263816296284569804717282917185638141696",
                ),
                (
                    1000,
                    "3237565871933557033694615460984107820066598949113183992503415332835042405752672550424563521220546499085843615225154376258931085592824593366757855029569971755131340191985550270137213662890079596059779040847449708312166585534853069139571998626954985837433558744726323050274214715154808742971550444590534",
                ),
            ],
        ),
    ];
    const RANDBELOW: &[(&str, &[(&str, &str)])] = &[
        (
            "12345",
            &[
                ("1", "0"),
                ("1", "0"),
                ("1", "0"),
                ("2", "1"),
                ("2", "0"),
                ("2", "1"),
                ("3", "2"),
                ("3", "1"),
                ("3", "0"),
                ("7", "2"),
                ("7", "0"),
                ("7", "6"),
                ("10", "6"),
                ("10", "4"),
                ("10", "8"),
                ("100", "80"),
                ("100", "22"),
                ("100", "78"),
                ("1000", "566"),
                ("1000", "191"),
                ("1000", "363"),
                ("2147483648", "392105170"),
                ("2147483648", "1770039327"),
                ("2147483648", "715425150"),
                ("2147483649", "636282949"),
                ("2147483649", "883535681"),
                ("2147483649", "334328971"),
                ("4294967295", "815920853"),
                ("4294967295", "3595189472"),
                ("4294967295", "1466990855"),
                ("4294967296", "1383146204"),
                ("4294967296", "1970696522"),
                ("4294967296", "1784466476"),
                ("4294967297", "2491550214"),
                ("4294967297", "1230830159"),
                ("4294967297", "2802639285"),
                ("1000000000000", "971117416306"),
                ("1000000000000", "634286838681"),
                ("1000000000000", "808234048469"),
                ("9007199254740993", "4190528186886120"),
                ("9007199254740993", "4184887457080292"),
                ("9007199254740993", "3897964138148818"),
                ("4611686018427400249", "1713964117467994800"),
                ("4611686018427400249", "383131647664396575"),
                ("4611686018427400249", "1513908480637056709"),
                ("9223372036854775807", "9069273941622898389"),
                ("9223372036854775807", "7675735297632712496"),
                ("9223372036854775807", "1386018802959200461"),
                ("9223372036854775808", "4226388333263775936"),
                ("9223372036854775808", "2895785248716170278"),
                ("9223372036854775808", "5972331315860717641"),
                ("18446744073709551615", "909779132542984068"),
                ("18446744073709551615", "13128128897006074828"),
                ("18446744073709551615", "1449226962352667076"),
                ("18446744073709551616", "14042745650667633538"),
                ("18446744073709551616", "11471090748910479112"),
                ("18446744073709551616", "11549579247014743886"),
                ("18446744073709551617", "10142200304454143677"),
                ("18446744073709551617", "1476593195613689208"),
                ("18446744073709551617", "4254603778908944986"),
                (
                    "1000000000000000000000000000000",
                    "181297461462043988554082546887",
                ),
                (
                    "1000000000000000000000000000000",
                    "912677797696482383904959937324",
                ),
                (
                    "1000000000000000000000000000000",
                    "792533963691554085831423187584",
                ),
                (
                    "1267650600228229401496703205377",
                    "429156630799352298428028505629",
                ),
                (
                    "1267650600228229401496703205377",
                    "465740643556153607640138042396",
                ),
                (
                    "1267650600228229401496703205377",
                    "422323014440906853343108500096",
                ),
                (
                    "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001",
                    "256366580589080399812554869277595063833209252972922068654711329884098027250602240823238234995663",
                ),
                (
                    "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001",
                    "198530613631172671711665165322226134077841086567442485835251757591643484233003748961778536205435",
                ),
                (
                    "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001",
                    "62274776321962210892746487855407263225250247007844509552176854239170631965004121131910700187382",
                ),
            ],
        ),
        (
            "0",
            &[
                ("1", "0"),
                ("1", "0"),
                ("1", "0"),
                ("2", "1"),
                ("2", "1"),
                ("2", "1"),
                ("3", "1"),
                ("3", "1"),
                ("3", "1"),
                ("7", "4"),
                ("7", "1"),
                ("7", "4"),
                ("10", "2"),
                ("10", "4"),
                ("10", "2"),
                ("100", "96"),
                ("100", "12"),
                ("100", "79"),
                ("1000", "818"),
                ("1000", "256"),
                ("1000", "931"),
                ("2147483648", "631194409"),
                ("2147483648", "1332073689"),
                ("2147483648", "424185324"),
                ("2147483649", "316721330"),
                ("2147483649", "1418186270"),
                ("2147483649", "2027837527"),
                ("4294967295", "2404381470"),
                ("4294967295", "432508404"),
                ("4294967295", "1519522183"),
                ("4294967296", "1864753826"),
                ("4294967296", "3921352636"),
                ("4294967296", "2048741382"),
                ("4294967297", "1118805955"),
                ("4294967297", "60308648"),
                ("4294967297", "3726325546"),
                ("1000000000000", "799911506282"),
                ("1000000000000", "774490855370"),
                ("1000000000000", "72458122216"),
                ("9007199254740993", "3993862461219407"),
                ("9007199254740993", "2566951489550290"),
                ("9007199254740993", "1643200576889412"),
                ("4611686018427400249", "4512874016252244619"),
                ("4611686018427400249", "2780355897101858577"),
                ("4611686018427400249", "2684837527145142711"),
                ("9223372036854775807", "1151175637795419517"),
                ("9223372036854775807", "3069081776923416170"),
                ("9223372036854775807", "8506252401890616942"),
                ("9223372036854775808", "3748412557917947585"),
                ("9223372036854775808", "5306339935323558519"),
                ("9223372036854775808", "1690313780303154437"),
                ("18446744073709551615", "14719303042820620653"),
                ("18446744073709551615", "5848482102764954021"),
                ("18446744073709551615", "4466088725509430642"),
                ("18446744073709551616", "3391779328945752268"),
                ("18446744073709551616", "3444551907925535972"),
                ("18446744073709551616", "8790445364668992307"),
                ("18446744073709551617", "16173558669229056939"),
                ("18446744073709551617", "9676681236404073457"),
                ("18446744073709551617", "14971907060069042471"),
                (
                    "1000000000000000000000000000000",
                    "863193917624082707867015571859",
                ),
                (
                    "1000000000000000000000000000000",
                    "550617100948934662305917777360",
                ),
                (
                    "1000000000000000000000000000000",
                    "590294424367666416979594896498",
                ),
                (
                    "1267650600228229401496703205377",
                    "934363476635805519097884354768",
                ),
                (
                    "1267650600228229401496703205377",
                    "286234167023526807341760931184",
                ),
                (
                    "1267650600228229401496703205377",
                    "842207040978743069010400090996",
                ),
                (
                    "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001",
                    "99339468646376951798962056962520812348061653806132951855675246312376692195929957513883786084610",
                ),
                (
                    "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001",
                    "228369753527354676203590376792903049520076835281139019119775750058517726831626352559151601273400",
                ),
                (
                    "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001",
                    "160778544702610375639190943942149251440581162077678441703337188209242314497502440169307622771462",
                ),
            ],
        ),
    ];
    const RANDBELOW_U64_FOLD: u64 = 8946387741259556857u64;
    type Quad = (&'static str, &'static str, &'static str, &'static str);
    const RANDRANGE: &[(&str, &[Quad])] = &[
        (
            "0",
            &[
                ("0", "100", "1", "49"),
                ("0", "100", "1", "97"),
                ("0", "100", "1", "53"),
                ("0", "100", "7", "0"),
                ("0", "100", "7", "28"),
                ("0", "100", "7", "56"),
                ("100", "0", "-3", "7"),
                ("100", "0", "-3", "25"),
                ("100", "0", "-3", "43"),
                ("-50", "50", "1", "11"),
                ("-50", "50", "1", "-5"),
                ("-50", "50", "1", "24"),
                ("-50", "50", "2", "-24"),
                ("-50", "50", "2", "14"),
                ("-50", "50", "2", "-34"),
                (
                    "100000000000000000000",
                    "10000000000000000000000000",
                    "12345",
                    "1437078707169753873359905",
                ),
                (
                    "100000000000000000000",
                    "10000000000000000000000000",
                    "12345",
                    "4938086446321972036039540",
                ),
                (
                    "100000000000000000000",
                    "10000000000000000000000000",
                    "12345",
                    "1493933936158162653674335",
                ),
                (
                    "-1000000000000000000000000000000",
                    "1000000000000000000000000000000",
                    "1",
                    "530386771301979898136063250823",
                ),
                (
                    "-1000000000000000000000000000000",
                    "1000000000000000000000000000000",
                    "1",
                    "985638359744195032127148355226",
                ),
                (
                    "-1000000000000000000000000000000",
                    "1000000000000000000000000000000",
                    "1",
                    "-927427440280261967192193465370",
                ),
                ("5", "6", "1", "5"),
                ("5", "6", "1", "5"),
                ("5", "6", "1", "5"),
                ("0", "10", "1", "9"),
                ("0", "10", "1", "7"),
                ("0", "10", "1", "5"),
                ("7", "-1000000000000000000", "-999", "-821398775804073119"),
                ("7", "-1000000000000000000", "-999", "-791437359736444223"),
                ("7", "-1000000000000000000", "-999", "-70842735053737553"),
                ("3", "4", "10", "3"),
                ("3", "4", "10", "3"),
                ("3", "4", "10", "3"),
                ("3", "2", "-10", "3"),
                ("3", "2", "-10", "3"),
                ("3", "2", "-10", "3"),
                (
                    "18446744073709551616",
                    "36893488147419103232",
                    "3",
                    "31985366122466285473",
                ),
                (
                    "18446744073709551616",
                    "36893488147419103232",
                    "3",
                    "26787811765015127347",
                ),
                (
                    "18446744073709551616",
                    "36893488147419103232",
                    "3",
                    "26501256655144979749",
                ),
            ],
        ),
        (
            "42",
            &[
                ("0", "100", "1", "81"),
                ("0", "100", "1", "14"),
                ("0", "100", "1", "3"),
                ("0", "100", "7", "77"),
                ("0", "100", "7", "28"),
                ("0", "100", "7", "21"),
                ("100", "0", "-3", "58"),
                ("100", "0", "-3", "76"),
                ("100", "0", "-3", "82"),
                ("-50", "50", "1", "36"),
                ("-50", "50", "1", "44"),
                ("-50", "50", "1", "19"),
                ("-50", "50", "2", "-40"),
                ("-50", "50", "2", "24"),
                ("-50", "50", "2", "4"),
                (
                    "100000000000000000000",
                    "10000000000000000000000000",
                    "12345",
                    "1145510851987695573626395",
                ),
                (
                    "100000000000000000000",
                    "10000000000000000000000000",
                    "12345",
                    "7340284494185910805960435",
                ),
                (
                    "100000000000000000000",
                    "10000000000000000000000000",
                    "12345",
                    "7976519850906515914687780",
                ),
                (
                    "-1000000000000000000000000000000",
                    "1000000000000000000000000000000",
                    "1",
                    "794508724930942537737936766505",
                ),
                (
                    "-1000000000000000000000000000000",
                    "1000000000000000000000000000000",
                    "1",
                    "126659380370059129176690084086",
                ),
                (
                    "-1000000000000000000000000000000",
                    "1000000000000000000000000000000",
                    "1",
                    "-540015608332638826750987868385",
                ),
                ("5", "6", "1", "5"),
                ("5", "6", "1", "5"),
                ("5", "6", "1", "5"),
                ("0", "10", "1", "2"),
                ("0", "10", "1", "3"),
                ("0", "10", "1", "5"),
                ("7", "-1000000000000000000", "-999", "-104315264206266836"),
                ("7", "-1000000000000000000", "-999", "-108783045693214148"),
                ("7", "-1000000000000000000", "-999", "-953238758169405467"),
                ("3", "4", "10", "3"),
                ("3", "4", "10", "3"),
                ("3", "4", "10", "3"),
                ("3", "2", "-10", "3"),
                ("3", "2", "-10", "3"),
                ("3", "2", "-10", "3"),
                (
                    "18446744073709551616",
                    "36893488147419103232",
                    "3",
                    "33721772482442346424",
                ),
                (
                    "18446744073709551616",
                    "36893488147419103232",
                    "3",
                    "35561257431366081802",
                ),
                (
                    "18446744073709551616",
                    "36893488147419103232",
                    "3",
                    "34422145127938807504",
                ),
            ],
        ),
        (
            "-7",
            &[
                ("0", "100", "1", "41"),
                ("0", "100", "1", "19"),
                ("0", "100", "1", "50"),
                ("0", "100", "7", "70"),
                ("0", "100", "7", "0"),
                ("0", "100", "7", "7"),
                ("100", "0", "-3", "82"),
                ("100", "0", "-3", "31"),
                ("100", "0", "-3", "91"),
                ("-50", "50", "1", "14"),
                ("-50", "50", "1", "-23"),
                ("-50", "50", "1", "-46"),
                ("-50", "50", "2", "-40"),
                ("-50", "50", "2", "4"),
                ("-50", "50", "2", "2"),
                (
                    "100000000000000000000",
                    "10000000000000000000000000",
                    "12345",
                    "1193530273093969660306135",
                ),
                (
                    "100000000000000000000",
                    "10000000000000000000000000",
                    "12345",
                    "779948822963364052880350",
                ),
                (
                    "100000000000000000000",
                    "10000000000000000000000000",
                    "12345",
                    "1722943363702378035276535",
                ),
                (
                    "-1000000000000000000000000000000",
                    "1000000000000000000000000000000",
                    "1",
                    "634526582899056280269520375901",
                ),
                (
                    "-1000000000000000000000000000000",
                    "1000000000000000000000000000000",
                    "1",
                    "431008141666214427215548860657",
                ),
                (
                    "-1000000000000000000000000000000",
                    "1000000000000000000000000000000",
                    "1",
                    "-649879733725706607369531179347",
                ),
                ("5", "6", "1", "5"),
                ("5", "6", "1", "5"),
                ("5", "6", "1", "5"),
                ("0", "10", "1", "1"),
                ("0", "10", "1", "9"),
                ("0", "10", "1", "9"),
                ("7", "-1000000000000000000", "-999", "-211314062884685834"),
                ("7", "-1000000000000000000", "-999", "-109585369110931886"),
                ("7", "-1000000000000000000", "-999", "-800963607152827640"),
                ("3", "4", "10", "3"),
                ("3", "4", "10", "3"),
                ("3", "4", "10", "3"),
                ("3", "2", "-10", "3"),
                ("3", "2", "-10", "3"),
                ("3", "2", "-10", "3"),
                (
                    "18446744073709551616",
                    "36893488147419103232",
                    "3",
                    "34649308745587559728",
                ),
                (
                    "18446744073709551616",
                    "36893488147419103232",
                    "3",
                    "30986408427817006741",
                ),
                (
                    "18446744073709551616",
                    "36893488147419103232",
                    "3",
                    "26741331713795947528",
                ),
            ],
        ),
    ];
    const RANDRANGE_ERRS: &[(&str, &str, &str, &str)] = &[
        ("5", "5", "1", "empty range for randrange() (5, 5, 0)"),
        ("5", "3", "1", "empty range for randrange() (5, 3, -2)"),
        ("10", "0", "1", "empty range for randrange() (10, 0, -10)"),
        ("0", "10", "0", "zero step for randrange()"),
        ("0", "10", "-1", "empty range for randrange()"),
        ("0", "0", "5", "empty range for randrange()"),
        ("10", "0", "3", "empty range for randrange()"),
        (
            "0",
            "1000000000000000000000000000000",
            "0",
            "zero step for randrange()",
        ),
        ("-3", "-3", "1", "empty range for randrange() (-3, -3, 0)"),
    ];
    const RANDRANGE_STOP_ERRS: &[(&str, &str)] = &[
        ("0", "empty range for randrange()"),
        ("-5", "empty range for randrange()"),
    ];
    const RANDRANGE_STOP: &[(&str, &str)] = &[
        ("1", "0"),
        ("1", "0"),
        ("10", "5"),
        ("10", "9"),
        ("1099511627776", "144228661501"),
        ("1099511627776", "28370833981"),
        (
            "1000000000000000000000000000000",
            "354089066263960196081804399263",
        ),
        (
            "1000000000000000000000000000000",
            "823745867619968937829302837463",
        ),
    ];
    type Triple = (&'static str, &'static str, &'static str);
    const RANDINT: &[(&str, &[Triple])] = &[
        (
            "0",
            &[
                (
                    "0",
                    "1000000000000000000000000000000",
                    "198441737587687207744109680147",
                ),
                (
                    "0",
                    "1000000000000000000000000000000",
                    "139109141237965358711594976883",
                ),
                (
                    "0",
                    "1000000000000000000000000000000",
                    "949374075050023004062815166826",
                ),
                (
                    "0",
                    "1000000000000000000000000000000",
                    "229933275692058304150478939550",
                ),
                ("1", "6", "3"),
                ("1", "6", "1"),
                ("1", "6", "6"),
                ("1", "6", "1"),
                ("-10", "10", "0"),
                ("-10", "10", "5"),
                ("-10", "10", "7"),
                ("-10", "10", "-7"),
                ("5", "5", "5"),
                ("5", "5", "5"),
                ("5", "5", "5"),
                ("5", "5", "5"),
                (
                    "-1208925819614629174706176",
                    "1208925819614629174706176",
                    "1097757485345185801143233",
                ),
                (
                    "-1208925819614629174706176",
                    "1208925819614629174706176",
                    "-55059441344959632350641",
                ),
                (
                    "-1208925819614629174706176",
                    "1208925819614629174706176",
                    "-519848293517843293010580",
                ),
                (
                    "-1208925819614629174706176",
                    "1208925819614629174706176",
                    "957322246845961168825213",
                ),
                (
                    "1000000000000000000",
                    "1000000000000000003",
                    "1000000000000000000",
                ),
                (
                    "1000000000000000000",
                    "1000000000000000003",
                    "1000000000000000000",
                ),
                (
                    "1000000000000000000",
                    "1000000000000000003",
                    "1000000000000000002",
                ),
                (
                    "1000000000000000000",
                    "1000000000000000003",
                    "1000000000000000003",
                ),
            ],
        ),
        (
            "1",
            &[
                (
                    "0",
                    "1000000000000000000000000000000",
                    "99436813185968347955962756036",
                ),
                (
                    "0",
                    "1000000000000000000000000000000",
                    "590209488520255358040687302011",
                ),
                (
                    "0",
                    "1000000000000000000000000000000",
                    "300173589674248222863405272091",
                ),
                (
                    "0",
                    "1000000000000000000000000000000",
                    "747340801974485348169054204850",
                ),
                ("1", "6", "1"),
                ("1", "6", "6"),
                ("1", "6", "4"),
                ("1", "6", "3"),
                ("-10", "10", "-3"),
                ("-10", "10", "8"),
                ("-10", "10", "-7"),
                ("-10", "10", "0"),
                ("5", "5", "5"),
                ("5", "5", "5"),
                ("5", "5", "5"),
                ("5", "5", "5"),
                (
                    "-1208925819614629174706176",
                    "1208925819614629174706176",
                    "634473571566689958237258",
                ),
                (
                    "-1208925819614629174706176",
                    "1208925819614629174706176",
                    "-1068495814108380125997835",
                ),
                (
                    "-1208925819614629174706176",
                    "1208925819614629174706176",
                    "1188688619195335261644448",
                ),
                (
                    "-1208925819614629174706176",
                    "1208925819614629174706176",
                    "462777768226415220110474",
                ),
                (
                    "1000000000000000000",
                    "1000000000000000003",
                    "1000000000000000001",
                ),
                (
                    "1000000000000000000",
                    "1000000000000000003",
                    "1000000000000000001",
                ),
                (
                    "1000000000000000000",
                    "1000000000000000003",
                    "1000000000000000003",
                ),
                (
                    "1000000000000000000",
                    "1000000000000000003",
                    "1000000000000000002",
                ),
            ],
        ),
        (
            "42",
            &[
                (
                    "0",
                    "1000000000000000000000000000000",
                    "873491343714207852616756591005",
                ),
                (
                    "0",
                    "1000000000000000000000000000000",
                    "176140902141063639299770569303",
                ),
                (
                    "0",
                    "1000000000000000000000000000000",
                    "925123444424254823561077285033",
                ),
                (
                    "0",
                    "1000000000000000000000000000000",
                    "719941466287131323558231662928",
                ),
                ("1", "6", "4"),
                ("1", "6", "1"),
                ("1", "6", "1"),
                ("1", "6", "1"),
                ("-10", "10", "-4"),
                ("-10", "10", "-3"),
                ("-10", "10", "6"),
                ("-10", "10", "9"),
                ("5", "5", "5"),
                ("5", "5", "5"),
                ("5", "5", "5"),
                ("5", "5", "5"),
                (
                    "-1208925819614629174706176",
                    "1208925819614629174706176",
                    "136332308737990699474218",
                ),
                (
                    "-1208925819614629174706176",
                    "1208925819614629174706176",
                    "-1177494978696511119501941",
                ),
                (
                    "-1208925819614629174706176",
                    "1208925819614629174706176",
                    "-436859375156049213312245",
                ),
                (
                    "-1208925819614629174706176",
                    "1208925819614629174706176",
                    "436420867155494423839610",
                ),
                (
                    "1000000000000000000",
                    "1000000000000000003",
                    "1000000000000000002",
                ),
                (
                    "1000000000000000000",
                    "1000000000000000003",
                    "1000000000000000001",
                ),
                (
                    "1000000000000000000",
                    "1000000000000000003",
                    "1000000000000000001",
                ),
                (
                    "1000000000000000000",
                    "1000000000000000003",
                    "1000000000000000002",
                ),
            ],
        ),
        (
            "4294967301",
            &[
                (
                    "0",
                    "1000000000000000000000000000000",
                    "397291478589492929780197982173",
                ),
                (
                    "0",
                    "1000000000000000000000000000000",
                    "302197163309032499203104722118",
                ),
                (
                    "0",
                    "1000000000000000000000000000000",
                    "862362639278262006154008306656",
                ),
                (
                    "0",
                    "1000000000000000000000000000000",
                    "198280680148911926554054300281",
                ),
                ("1", "6", "4"),
                ("1", "6", "4"),
                ("1", "6", "5"),
                ("1", "6", "2"),
                ("-10", "10", "3"),
                ("-10", "10", "6"),
                ("-10", "10", "-10"),
                ("-10", "10", "10"),
                ("5", "5", "5"),
                ("5", "5", "5"),
                ("5", "5", "5"),
                ("5", "5", "5"),
                (
                    "-1208925819614629174706176",
                    "1208925819614629174706176",
                    "871378856870180430836767",
                ),
                (
                    "-1208925819614629174706176",
                    "1208925819614629174706176",
                    "-91152885351924551251282",
                ),
                (
                    "-1208925819614629174706176",
                    "1208925819614629174706176",
                    "-195030683588178362481810",
                ),
                (
                    "-1208925819614629174706176",
                    "1208925819614629174706176",
                    "972090958092378058298076",
                ),
                (
                    "1000000000000000000",
                    "1000000000000000003",
                    "1000000000000000000",
                ),
                (
                    "1000000000000000000",
                    "1000000000000000003",
                    "1000000000000000001",
                ),
                (
                    "1000000000000000000",
                    "1000000000000000003",
                    "1000000000000000000",
                ),
                (
                    "1000000000000000000",
                    "1000000000000000003",
                    "1000000000000000003",
                ),
            ],
        ),
    ];
    const RANDINT_ERRS: &[(&str, &str, &str)] = &[
        ("5", "4", "empty range for randrange() (5, 5, 0)"),
        ("5", "3", "empty range for randrange() (5, 4, -1)"),
        (
            "0",
            "-100000000000000000000",
            "empty range for randrange() (0, -99999999999999999999, -99999999999999999999)",
        ),
    ];
    const RANDINT_1_6_FOLD: u64 = 14578362431122581201u64;
    const UNIFORM: &[(f64, f64, f64)] = &[
        (1.5, 7.25, 3.8955642671357116),
        (1.5, 7.25, 1.558472724378143),
        (1.5, 7.25, 6.244937428209023),
        (-10000000000.0, 10000000000.0, -4027202896.0081444),
        (-10000000000.0, 10000000000.0, -2631766210.230486),
        (-10000000000.0, 10000000000.0, -6126773019.098515),
        (10.0, -3.0, 2.641893806524803),
        (10.0, -3.0, 7.898058288918214),
        (10.0, -3.0, 8.384530504314109),
        (0.0, 1e-300, 4.329362680099159e-301),
        (0.0, 1e-300, 5.620784880758429e-301),
        (0.0, 1e-300, 1.7434356072373182e-301),
        (5.0, 5.0, 5.0),
        (5.0, 5.0, 5.0),
        (5.0, 5.0, 5.0),
    ];
    const CHOICE: &[(usize, usize)] = &[
        (1, 0),
        (1, 0),
        (1, 0),
        (2, 1),
        (2, 0),
        (2, 0),
        (7, 1),
        (7, 0),
        (7, 2),
        (1000, 480),
        (1000, 889),
        (1000, 252),
        (1048579, 798507),
        (1048579, 213855),
        (1048579, 522884),
    ];
    const SHUFFLE20: &[(&str, [usize; 20])] = &[
        (
            "42",
            [
                19, 5, 14, 4, 9, 13, 15, 18, 6, 12, 17, 10, 1, 11, 2, 16, 7, 8, 0, 3,
            ],
        ),
        (
            "0",
            [
                10, 18, 16, 14, 0, 17, 11, 2, 3, 9, 5, 7, 4, 19, 6, 15, 8, 1, 13, 12,
            ],
        ),
    ];
    const SHUFFLE_100K_FOLD: u64 = 2313225208246368142u64;
    const SHUFFLE_SMALL: ([usize; 2], u32) = ([1, 0], 2444712010);
    /// (n, k, first picks, fold of all picks, next word after the sample)
    type SampleCase = (usize, usize, &'static [usize], u64, u32);
    const SAMPLE: &[(&str, &[SampleCase])] = &[
        (
            "0",
            &[
                (10, 5, &[6, 9, 0, 2, 4], 789269863582622487u64, 2087043557),
                (10, 0, &[], 0u64, 1739178872),
                (
                    10,
                    10,
                    &[4, 7, 5, 9, 1, 6, 8, 3, 0, 2],
                    15390339537455454781u64,
                    2655874620,
                ),
                (21, 5, &[8, 17, 4, 9, 3], 4796694273581415295u64, 3134603515),
                (
                    22,
                    5,
                    &[2, 21, 10, 15, 17],
                    4114259263522690515u64,
                    432508404,
                ),
                (100, 3, &[45, 55, 40], 45000311000568u64, 2623739577),
                (
                    100,
                    10,
                    &[81, 26, 70, 61, 56, 66, 33, 7, 1, 11],
                    13247265001005569852u64,
                    3091108076,
                ),
                (
                    80,
                    10,
                    &[51, 0, 63, 42, 31, 41, 8, 24, 28, 30],
                    16875045983767237020u64,
                    3450340716,
                ),
                (
                    85,
                    10,
                    &[18, 69, 57, 11, 10, 40, 65, 62, 13, 38],
                    15205534934657538225u64,
                    2367674807,
                ),
                (
                    86,
                    10,
                    &[37, 15, 70, 42, 69, 26, 77, 75, 36, 56],
                    9714404455583045913u64,
                    393556845,
                ),
                (
                    1000,
                    1000,
                    &[610, 817, 394, 324, 589, 247, 297, 188, 193, 841, 191, 33],
                    5372084102211802196u64,
                    1341026628,
                ),
                (
                    1000,
                    999,
                    &[529, 880, 393, 260, 493, 352, 892, 729, 245, 45, 313, 956],
                    15942292586174999256u64,
                    2388604922,
                ),
                (
                    1000000,
                    20,
                    &[
                        96722, 278424, 505719, 240804, 854035, 116258, 311105, 147923, 376924,
                        851300, 98722, 145367,
                    ],
                    10436811373219834647u64,
                    852563710,
                ),
                (
                    87,
                    22,
                    &[0, 4, 51, 71, 77, 62, 13, 60, 83, 44, 43, 12],
                    3898977790421169496u64,
                    4066922209,
                ),
                (
                    86,
                    22,
                    &[65, 43, 11, 9, 39, 73, 54, 28, 47, 48, 18, 29],
                    7201598028166989630u64,
                    2148570368,
                ),
                (
                    278,
                    22,
                    &[241, 117, 191, 183, 221, 142, 205, 144, 53, 245, 149, 61],
                    16515569081388362286u64,
                    1996380063,
                ),
                (
                    277,
                    22,
                    &[262, 236, 112, 204, 257, 159, 249, 119, 161, 265, 0, 47],
                    4168608582575102126u64,
                    860288966,
                ),
                (1, 1, &[0], 0u64, 766959137),
                (0, 0, &[], 0u64, 485796077),
                (
                    5000,
                    300,
                    &[
                        1481, 2983, 231, 1914, 357, 66, 3134, 4379, 36, 1062, 954, 4953,
                    ],
                    5279303760620341543u64,
                    2000294907,
                ),
                (
                    1099511627776,
                    50,
                    &[
                        690751941838,
                        283397520592,
                        3305360565,
                        720778541754,
                        712750416435,
                        184834385839,
                        32692057909,
                        365564675916,
                        604352814552,
                        446586604461,
                        195202353440,
                        268045369214,
                    ],
                    10658222048784041305u64,
                    3100718393,
                ),
            ],
        ),
        (
            "42",
            &[
                (10, 5, &[1, 0, 4, 9, 6], 14003822205345896780u64, 599310825),
                (10, 0, &[], 0u64, 3163119785),
                (
                    10,
                    10,
                    &[1, 8, 9, 4, 3, 0, 6, 5, 2, 7],
                    2374136818194606895u64,
                    2170484433,
                ),
                (
                    21,
                    5,
                    &[19, 0, 17, 6, 13],
                    7818143869133315189u64,
                    946785248,
                ),
                (
                    22,
                    5,
                    &[14, 18, 8, 0, 5],
                    7139388063933486629u64,
                    2998485882,
                ),
                (100, 3, &[54, 43, 35], 54000299000440u64, 667779376),
                (
                    100,
                    10,
                    &[27, 97, 43, 13, 11, 48, 12, 45, 44, 77],
                    16189621281983912181u64,
                    1136108454,
                ),
                (
                    80,
                    10,
                    &[5, 58, 68, 15, 48, 10, 70, 37, 46, 24],
                    1782390479416133333u64,
                    3026113008,
                ),
                (
                    85,
                    10,
                    &[8, 5, 29, 37, 10, 82, 12, 48, 35, 58],
                    11294183241762750656u64,
                    2730243887,
                ),
                (
                    86,
                    10,
                    &[46, 20, 47, 45, 26, 85, 34, 82, 9, 77],
                    1137001773517050643u64,
                    2727210979,
                ),
                (
                    1000,
                    1000,
                    &[175, 546, 746, 250, 167, 473, 388, 276, 947, 655, 704, 570],
                    4800499249395626982u64,
                    3264134512,
                ),
                (
                    1000,
                    999,
                    &[52, 208, 273, 562, 134, 949, 294, 448, 901, 715, 496, 124],
                    10244974903312907176u64,
                    3718575271,
                ),
                (
                    1000000,
                    20,
                    &[
                        687584, 348048, 286488, 130521, 838171, 385896, 458176, 932694, 419453,
                        779414, 461097, 938095,
                    ],
                    7086107067067519699u64,
                    3424338263,
                ),
                (
                    87,
                    22,
                    &[66, 34, 10, 54, 84, 55, 77, 23, 69, 37, 41, 13],
                    6117309822346646451u64,
                    181914018,
                ),
                (
                    86,
                    22,
                    &[45, 78, 55, 35, 81, 7, 9, 51, 46, 65, 20, 3],
                    4626880105742930131u64,
                    2598862507,
                ),
                (
                    278,
                    22,
                    &[78, 230, 189, 190, 227, 39, 70, 271, 187, 203, 160, 142],
                    9302826542775362272u64,
                    3023819391,
                ),
                (
                    277,
                    22,
                    &[228, 109, 146, 251, 102, 62, 69, 37, 231, 88, 227, 44],
                    1069851253967903401u64,
                    4231112087,
                ),
                (1, 1, &[0], 0u64, 3401896171),
                (0, 0, &[], 0u64, 596471620),
                (
                    5000,
                    300,
                    &[
                        1939, 4047, 215, 2956, 4538, 4688, 3022, 3828, 4519, 1063, 706, 538,
                    ],
                    10149026249726251067u64,
                    1041349374,
                ),
                (
                    1099511627776,
                    50,
                    &[
                        112669175109,
                        906668446409,
                        221072291430,
                        9180351016,
                        894031549328,
                        1050015134624,
                        440880706596,
                        705608344600,
                        196575177039,
                        386209776671,
                        390144542247,
                        875469826465,
                    ],
                    2410218675972081043u64,
                    2268486276,
                ),
            ],
        ),
    ];
    const SAMPLE_ERR: &str = "Sample larger than population or is negative";
    const CHOICE_ERR: &str = "Cannot choose from an empty sequence";
    const STATE_SEED5_AFTER20: (u64, u32) = (18197525408870915976u64, 20);
    const SETSIZE: &[(usize, u128)] = &[
        (0, 21),
        (1, 21),
        (2, 21),
        (3, 21),
        (4, 21),
        (5, 21),
        (6, 85),
        (7, 85),
        (8, 85),
        (9, 85),
        (10, 85),
        (11, 85),
        (12, 85),
        (13, 85),
        (14, 85),
        (15, 85),
        (16, 85),
        (17, 85),
        (18, 85),
        (19, 85),
        (20, 85),
        (21, 85),
        (22, 277),
        (23, 277),
        (24, 277),
        (25, 277),
        (26, 277),
        (27, 277),
        (28, 277),
        (29, 277),
        (30, 277),
        (31, 277),
        (32, 277),
        (33, 277),
        (34, 277),
        (35, 277),
        (36, 277),
        (37, 277),
        (38, 277),
        (39, 277),
        (40, 277),
        (41, 277),
        (42, 277),
        (43, 277),
        (44, 277),
        (45, 277),
        (46, 277),
        (47, 277),
        (48, 277),
        (49, 277),
        (50, 277),
        (51, 277),
        (52, 277),
        (53, 277),
        (54, 277),
        (55, 277),
        (56, 277),
        (57, 277),
        (58, 277),
        (59, 277),
        (60, 277),
        (61, 277),
        (62, 277),
        (63, 277),
        (64, 277),
        (65, 277),
        (66, 277),
        (67, 277),
        (68, 277),
        (69, 277),
        (70, 277),
        (71, 277),
        (72, 277),
        (73, 277),
        (74, 277),
        (75, 277),
        (76, 277),
        (77, 277),
        (78, 277),
        (79, 277),
        (80, 277),
        (81, 277),
        (82, 277),
        (83, 277),
        (84, 277),
        (85, 277),
        (86, 1045),
        (87, 1045),
        (88, 1045),
        (89, 1045),
        (90, 1045),
        (91, 1045),
        (92, 1045),
        (93, 1045),
        (94, 1045),
        (95, 1045),
        (96, 1045),
        (97, 1045),
        (98, 1045),
        (99, 1045),
        (100, 1045),
        (101, 1045),
        (102, 1045),
        (103, 1045),
        (104, 1045),
        (105, 1045),
        (106, 1045),
        (107, 1045),
        (108, 1045),
        (109, 1045),
        (110, 1045),
        (111, 1045),
        (112, 1045),
        (113, 1045),
        (114, 1045),
        (115, 1045),
        (116, 1045),
        (117, 1045),
        (118, 1045),
        (119, 1045),
        (120, 1045),
        (121, 1045),
        (122, 1045),
        (123, 1045),
        (124, 1045),
        (125, 1045),
        (126, 1045),
        (127, 1045),
        (128, 1045),
        (129, 1045),
        (130, 1045),
        (131, 1045),
        (132, 1045),
        (133, 1045),
        (134, 1045),
        (135, 1045),
        (136, 1045),
        (137, 1045),
        (138, 1045),
        (139, 1045),
        (140, 1045),
        (141, 1045),
        (142, 1045),
        (143, 1045),
        (144, 1045),
        (145, 1045),
        (146, 1045),
        (147, 1045),
        (148, 1045),
        (149, 1045),
        (150, 1045),
        (151, 1045),
        (152, 1045),
        (153, 1045),
        (154, 1045),
        (155, 1045),
        (156, 1045),
        (157, 1045),
        (158, 1045),
        (159, 1045),
        (160, 1045),
        (161, 1045),
        (162, 1045),
        (163, 1045),
        (164, 1045),
        (165, 1045),
        (166, 1045),
        (167, 1045),
        (168, 1045),
        (169, 1045),
        (170, 1045),
        (171, 1045),
        (172, 1045),
        (173, 1045),
        (174, 1045),
        (175, 1045),
        (176, 1045),
        (177, 1045),
        (178, 1045),
        (179, 1045),
        (180, 1045),
        (181, 1045),
        (182, 1045),
        (183, 1045),
        (184, 1045),
        (185, 1045),
        (186, 1045),
        (187, 1045),
        (188, 1045),
        (189, 1045),
        (190, 1045),
        (191, 1045),
        (192, 1045),
        (193, 1045),
        (194, 1045),
        (195, 1045),
        (196, 1045),
        (197, 1045),
        (198, 1045),
        (199, 1045),
        (6, 85),
        (22, 277),
        (86, 1045),
        (342, 4117),
        (1366, 16405),
        (5462, 65557),
        (21846, 262165),
        (87382, 1048597),
        (349526, 4194325),
        (1398102, 16777237),
        (5592406, 67108885),
        (22369622, 268435477),
        (89478486, 1073741845),
        (357913942, 4294967317),
        (1431655766, 17179869205),
        (5726623062, 68719476757),
        (22906492246, 274877906965),
        (91625968982, 1099511627797),
        (366503875926, 4398046511125),
        (1466015503702, 17592186044437),
        (5864062014806, 70368744177685),
        (23456248059222, 281474976710677),
        (93824992236886, 1125899906842645),
        (375299968947542, 1125899906842645),
        (1501199875790166, 4503599627370517),
        (6004799503160662, 18014398509482005),
        (24019198012642646, 72057594037927957),
        (96076792050570582, 1152921504606846997),
        (384307168202282326, 1152921504606846997),
        (5, 21),
        (21, 85),
        (85, 277),
        (341, 1045),
        (1365, 4117),
        (5461, 16405),
        (21845, 65557),
        (87381, 262165),
        (349525, 1048597),
        (1398101, 4194325),
        (5592405, 16777237),
        (22369621, 67108885),
        (89478485, 268435477),
        (357913941, 1073741845),
        (1431655765, 4294967317),
        (5726623061, 17179869205),
        (22906492245, 68719476757),
        (91625968981, 274877906965),
        (366503875925, 1099511627797),
        (1466015503701, 4398046511125),
        (5864062014805, 17592186044437),
        (23456248059221, 70368744177685),
        (93824992236885, 281474976710677),
        (375299968947541, 1125899906842645),
        (1501199875790165, 4503599627370517),
        (6004799503160661, 18014398509482005),
        (24019198012642645, 72057594037927957),
        (96076792050570581, 1152921504606846997),
        (384307168202282325, 1152921504606846997),
        (4, 21),
        (20, 85),
        (84, 277),
        (340, 1045),
        (1364, 4117),
        (5460, 16405),
        (21844, 65557),
        (87380, 262165),
        (349524, 1048597),
        (1398100, 4194325),
        (5592404, 16777237),
        (22369620, 67108885),
        (89478484, 268435477),
        (357913940, 1073741845),
        (1431655764, 4294967317),
        (5726623060, 17179869205),
        (22906492244, 68719476757),
        (91625968980, 274877906965),
        (366503875924, 1099511627797),
        (1466015503700, 4398046511125),
        (5864062014804, 17592186044437),
        (23456248059220, 70368744177685),
        (93824992236884, 281474976710677),
        (375299968947540, 1125899906842645),
        (1501199875790164, 4503599627370517),
        (6004799503160660, 18014398509482005),
        (24019198012642644, 72057594037927957),
        (96076792050570580, 1152921504606846997),
        (384307168202282324, 1152921504606846997),
        (1000000000000000, 4503599627370517),
        (4611686018427387904, 18446744073709551637),
    ];

    fn big(s: &str) -> BigInt {
        s.parse().unwrap_or_default()
    }

    fn ubig(s: &str) -> BigUint {
        s.parse().unwrap_or_default()
    }

    fn fold(vals: impl IntoIterator<Item = u64>) -> u64 {
        vals.into_iter()
            .fold(0u64, |h, v| h.wrapping_mul(1_000_003) ^ v)
    }

    fn seeded(s: &str) -> MersenneTwister {
        MersenneTwister::from_int_seed(&big(s))
    }

    #[test]
    fn next_u32_matches_cpython_for_int_seeds() {
        for (seed, expected) in U32_BY_SEED {
            let mut mt = seeded(seed);
            let got: Vec<u32> = (0..8).map(|_| mt.next_u32()).collect();
            assert_eq!(&got[..], &expected[..], "seed {seed}");
        }
    }

    #[test]
    fn random_seed42_first_1000() {
        let mut mt = seeded("42");
        for (i, want) in RANDOM_SEED42.iter().enumerate() {
            let got = mt.random();
            assert_eq!(got.to_bits(), want.to_bits(), "value {i}");
        }
    }

    #[test]
    fn random_matches_cpython_for_int_seeds() {
        for (seed, expected) in RANDOM_BY_SEED {
            let mut mt = seeded(seed);
            for want in expected {
                assert_eq!(mt.random().to_bits(), want.to_bits(), "seed {seed}");
            }
        }
    }

    #[test]
    fn big_sequences_match_cpython() {
        for (seed, want) in U32_FOLD_200K {
            let mut mt = seeded(seed);
            let got = fold((0..200_000).map(|_| u64::from(mt.next_u32())));
            assert_eq!(got, *want, "seed {seed}");
        }
        let mut mt = seeded("7");
        let got = fold((0..100_000).map(|_| (mt.random() * 9_007_199_254_740_992.0) as u64));
        assert_eq!(got, RANDOM_FOLD_100K_SEED7);
    }

    #[test]
    fn reseeding_restarts_the_sequence() {
        let mut mt = seeded("12345");
        let first: Vec<u32> = (0..700).map(|_| mt.next_u32()).collect();
        mt.seed_int(&big("-12345"));
        let again: Vec<u32> = (0..700).map(|_| mt.next_u32()).collect();
        assert_eq!(first, again);
    }

    #[test]
    fn sha512_matches_hashlib() {
        for (input, hex) in SHA512_CASES {
            let digest = sha512(input.as_bytes());
            let got: String = digest.iter().map(|b| format!("{b:02x}")).collect();
            assert_eq!(&got, hex, "input {input:?}");
        }
    }

    #[test]
    fn sha512_constants_are_prime_roots() {
        let primes: Vec<u32> = (2u32..)
            .filter(|&x| (2..x).take_while(|d| d * d <= x).all(|d| x % d != 0))
            .take(80)
            .collect();
        let mask = BigUint::from(u64::MAX);
        for (i, p) in primes.iter().enumerate() {
            let root = (BigUint::from(*p) << 192u32).cbrt() & &mask;
            assert_eq!(root, BigUint::from(SHA512_K[i]), "K[{i}]");
        }
        for (i, p) in primes.iter().take(8).enumerate() {
            let root = (BigUint::from(*p) << 128u32).sqrt() & &mask;
            assert_eq!(root, BigUint::from(SHA512_H0[i]), "H0[{i}]");
        }
    }

    #[test]
    fn str_bytes_and_hash_seeds_match_cpython() {
        for (s, expected) in U32_BY_STR {
            let mut mt = MersenneTwister::from_entropy();
            mt.seed_str(s);
            let got: Vec<u32> = (0..6).map(|_| mt.next_u32()).collect();
            assert_eq!(&got[..], &expected[..], "seed {s:?}");
        }
        let mut mt = MersenneTwister::from_entropy();
        mt.seed_bytes(b"\x00\xff bytes");
        let got: Vec<u32> = (0..4).map(|_| mt.next_u32()).collect();
        assert_eq!(&got[..], &U32_BYTES_SEED[..]);
        for (hash, expected) in U32_BY_HASH {
            mt.seed_hash(*hash);
            let got: Vec<u32> = (0..3).map(|_| mt.next_u32()).collect();
            assert_eq!(&got[..], &expected[..], "hash {hash}");
        }
    }

    #[test]
    fn getrandbits_matches_cpython() {
        for (seed, cases) in GETRANDBITS {
            let mut mt = seeded(seed);
            for (k, want) in cases.iter() {
                assert_eq!(mt.getrandbits(*k), ubig(want), "seed {seed} k {k}");
            }
            let mut mt = seeded(seed);
            for (k, want) in cases.iter() {
                assert_eq!(mt.try_getrandbits(*k), Ok(ubig(want)), "seed {seed} k {k}");
            }
        }
    }

    #[test]
    fn try_getrandbits_refuses_beyond_c_int() {
        let mut mt = seeded("1");
        let before = mt.getstate();
        assert_eq!(
            mt.try_getrandbits(1 << 31),
            Err("Python int too large to convert to C int".to_string())
        );
        assert_eq!(mt.getstate(), before);
    }

    #[test]
    fn randbelow_matches_cpython_big_and_small() {
        for (seed, cases) in RANDBELOW {
            let mut mt = seeded(seed);
            for (n, want) in cases.iter() {
                assert_eq!(mt.randbelow(&ubig(n)), ubig(want), "seed {seed} n {n}");
            }
            // Same through the u64 fast path where n fits.
            let mut mt = seeded(seed);
            for (n, want) in cases.iter() {
                let n = ubig(n);
                match n.to_u64() {
                    Some(small) => {
                        assert_eq!(BigUint::from(mt.randbelow_u64(small)), ubig(want));
                    }
                    None => assert_eq!(mt.randbelow(&n), ubig(want)),
                }
            }
        }
    }

    #[test]
    fn randbelow_u64_long_run_matches_cpython() {
        let ns = [
            1u64,
            2,
            3,
            5,
            6,
            17,
            255,
            256,
            257,
            65535,
            65537,
            1_000_000_000,
            (1 << 33) + 7,
            (1 << 63) - 25,
        ];
        let mut mt = seeded("99");
        let mut vals = Vec::new();
        for _ in 0..2000 {
            for n in ns {
                vals.push(mt.randbelow_u64(n));
            }
        }
        assert_eq!(fold(vals), RANDBELOW_U64_FOLD);
    }

    #[test]
    fn randbelow_zero_does_not_hang_or_consume() {
        let mut mt = seeded("3");
        let before = mt.getstate();
        assert_eq!(mt.randbelow(&BigUint::zero()), BigUint::zero());
        assert_eq!(mt.randbelow_u64(0), 0);
        assert_eq!(mt.getstate(), before);
    }

    #[test]
    fn randrange_matches_cpython() {
        for (seed, cases) in RANDRANGE {
            let mut mt = seeded(seed);
            for (a, b, c, want) in cases.iter() {
                let got = mt.randrange(&big(a), &big(b), &big(c));
                assert_eq!(got, Ok(big(want)), "seed {seed} randrange({a}, {b}, {c})");
            }
        }
        let mut mt = seeded("3");
        for (n, want) in RANDRANGE_STOP {
            assert_eq!(mt.randrange_stop(&big(n)), Ok(big(want)), "randrange({n})");
        }
    }

    #[test]
    fn randrange_errors_match_cpython_wording() {
        let mut mt = seeded("0");
        let before = mt.getstate();
        for (a, b, c, msg) in RANDRANGE_ERRS {
            let got = mt.randrange(&big(a), &big(b), &big(c));
            assert_eq!(got, Err(msg.to_string()), "randrange({a}, {b}, {c})");
        }
        for (n, msg) in RANDRANGE_STOP_ERRS {
            assert_eq!(mt.randrange_stop(&big(n)), Err(msg.to_string()));
        }
        assert_eq!(mt.getstate(), before);
    }

    #[test]
    fn randint_matches_cpython() {
        for (seed, cases) in RANDINT {
            let mut mt = seeded(seed);
            for (a, b, want) in cases.iter() {
                let got = mt.randint(&big(a), &big(b));
                assert_eq!(got, Ok(big(want)), "seed {seed} randint({a}, {b})");
            }
        }
        let mut mt = seeded("0");
        for (a, b, msg) in RANDINT_ERRS {
            assert_eq!(mt.randint(&big(a), &big(b)), Err(msg.to_string()));
        }
        let mut mt = seeded("2024");
        let one = BigInt::one();
        let six = BigInt::from(6);
        let got = fold((0..50_000).map(|_| {
            mt.randint(&one, &six)
                .ok()
                .and_then(|v| v.to_u64())
                .unwrap_or(99)
        }));
        assert_eq!(got, RANDINT_1_6_FOLD);
    }

    #[test]
    fn uniform_matches_cpython() {
        let mut mt = seeded("12345");
        for (a, b, want) in UNIFORM {
            assert_eq!(
                mt.uniform(*a, *b).to_bits(),
                want.to_bits(),
                "uniform({a}, {b})"
            );
        }
    }

    #[test]
    fn choice_matches_cpython() {
        let mut mt = seeded("5");
        for (len, want) in CHOICE {
            assert_eq!(mt.choice_index(*len), Ok(*want), "len {len}");
        }
        assert_eq!(mt.choice_index(0), Err(CHOICE_ERR.to_string()));
    }

    #[test]
    fn shuffle_matches_cpython() {
        for (seed, want) in SHUFFLE20 {
            let mut mt = seeded(seed);
            let mut x: Vec<usize> = (0..20).collect();
            mt.shuffle(&mut x);
            assert_eq!(&x[..], &want[..], "seed {seed}");
        }
        let mut mt = seeded("12345");
        let mut x: Vec<u64> = (0..100_000).collect();
        mt.shuffle(&mut x);
        assert_eq!(fold(x), SHUFFLE_100K_FOLD);
        let mut mt = seeded("1");
        let mut two = [0usize, 1];
        mt.shuffle(&mut two);
        let mut one = [0usize];
        mt.shuffle(&mut one);
        let mut none: [u8; 0] = [];
        mt.shuffle(&mut none);
        assert_eq!((two, mt.next_u32()), SHUFFLE_SMALL);
    }

    #[test]
    fn sample_matches_cpython_both_algorithms() {
        for (seed, cases) in SAMPLE {
            let mut mt = seeded(seed);
            for (n, k, head, folded, next) in cases.iter() {
                let got = mt.sample_indices(*n, *k);
                let Ok(got) = got else {
                    panic!("seed {seed} sample({n}, {k}) failed: {got:?}");
                };
                assert_eq!(got.len(), *k);
                assert_eq!(&got[..head.len()], *head, "seed {seed} sample({n}, {k})");
                assert_eq!(
                    fold(got.iter().map(|&v| v as u64)),
                    *folded,
                    "seed {seed} ({n}, {k})"
                );
                assert_eq!(mt.next_u32(), *next, "seed {seed} after sample({n}, {k})");
            }
        }
    }

    #[test]
    fn sample_errors() {
        let mut mt = seeded("0");
        assert_eq!(mt.sample_indices(3, 4), Err(SAMPLE_ERR.to_string()));
        assert_eq!(mt.sample_indices(0, 1), Err(SAMPLE_ERR.to_string()));
        assert_eq!(mt.sample_indices(0, 0), Ok(vec![]));
    }

    #[test]
    fn sample_setsize_rule_matches_cpython() {
        for (k, want) in SETSIZE {
            assert_eq!(sample_setsize(*k), *want, "k {k}");
        }
        assert!(sample_setsize(usize::MAX) > usize::MAX as u128);
    }

    #[test]
    fn getstate_and_setstate() {
        let mut mt = seeded("5");
        for _ in 0..10 {
            mt.random();
        }
        let st = mt.getstate();
        assert_eq!(st.len(), STATE_WORDS + 1);
        let got = (
            fold(st[..STATE_WORDS].iter().map(|&w| u64::from(w))),
            st[STATE_WORDS],
        );
        assert_eq!(got, STATE_SEED5_AFTER20);
        let ahead: Vec<u32> = (0..1000).map(|_| mt.next_u32()).collect();
        let mut other = MersenneTwister::from_entropy();
        assert_eq!(
            other.setstate(&st[..STATE_WORDS], i64::from(st[STATE_WORDS])),
            Ok(())
        );
        let replay: Vec<u32> = (0..1000).map(|_| other.next_u32()).collect();
        assert_eq!(ahead, replay);
        let wrong = Err("state vector is the wrong size".to_string());
        assert_eq!(other.setstate(&st[..10], 0), wrong);
        let invalid = Err("invalid state".to_string());
        assert_eq!(other.setstate(&st[..STATE_WORDS], 625), invalid);
        assert_eq!(other.setstate(&st[..STATE_WORDS], -1), invalid);
    }

    #[test]
    fn entropy_seeding_works_and_differs() {
        let mut a = MersenneTwister::from_entropy();
        let mut b = MersenneTwister::from_entropy();
        let va: Vec<u32> = (0..8).map(|_| a.next_u32()).collect();
        let vb: Vec<u32> = (0..8).map(|_| b.next_u32()).collect();
        assert_ne!(va, vb);
        let x = a.random();
        assert!((0.0..1.0).contains(&x));
        a.seed_entropy();
        let _ = format!("{a:?}");
    }

    #[test]
    fn empty_key_is_key_zero() {
        let mut a = MersenneTwister::from_entropy();
        a.init_by_array(&[]);
        let mut b = seeded("0");
        assert_eq!(a.getstate(), b.getstate());
        assert_eq!(a.next_u32(), b.next_u32());
    }

    #[test]
    fn floor_div_is_python_floor_division() {
        for (a, b, q) in [
            (7, 2, 3),
            (-7, 2, -4),
            (7, -2, -4),
            (-7, -2, 3),
            (6, 3, 2),
            (-6, 3, -2),
        ] {
            assert_eq!(
                floor_div(&BigInt::from(a), &BigInt::from(b)),
                BigInt::from(q)
            );
        }
    }
}
