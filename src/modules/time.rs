//! The `time` module: clocks, `sleep` (without the GIL), and calendar time
//! (`localtime`, `gmtime`, `mktime`, `strftime`, `ctime`) with the local
//! zone read from `TZ` or /etc/localtime (TZif v1/v2 transitions and the
//! POSIX TZ footer), falling back to UTC.

use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use super::{add_fns, new_struct_seq, struct_seq_class_extra};
use crate::objects::{Args, Class, Value};
use crate::vm::{PyResult, Vm};

const STRUCT_TIME_KEY: &str = "time.struct_time";
const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];
const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::new_module("time");
    add_fns(
        &d,
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("monotonic", monotonic),
            ("monotonic_ns", monotonic_ns),
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("process_time", process_time),
            ("process_time_ns", process_time_ns),
            ("sleep", sleep),
            ("gmtime", gmtime),
            ("localtime", localtime),
            ("mktime", mktime),
            ("asctime", asctime),
            ("ctime", ctime),
            ("strftime", strftime),
            ("tzset", tzset),
        ],
    );
    let class = struct_time_class(vm);
    d.set_str("struct_time", Value::Class(class));
    set_zone_attrs(&d);
    Ok(m)
}

fn struct_time_class(vm: &mut Vm) -> std::rc::Rc<Class> {
    if let Some(Value::Class(c)) = vm.interp.module_state.borrow().get(STRUCT_TIME_KEY) {
        return c.clone();
    }
    let c = struct_seq_class_extra(
        vm,
        "struct_time",
        "time",
        &FIELDS,
        &["tm_zone", "tm_gmtoff"],
    );
    vm.interp
        .module_state
        .borrow_mut()
        .insert(STRUCT_TIME_KEY, Value::Class(c.clone()));
    c
}

// ----- clocks -----

/// The system clock, or the virtual one (`--deterministic`).
fn now_since_epoch() -> Duration {
    crate::gil::clock::since_epoch()
}

fn ns_value(ns: u128) -> Value {
    Value::from_bigint(num_bigint::BigInt::from(ns))
}

fn time(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "time", 0, 0)?;
    vm.account();
    Ok(Value::Float(now_since_epoch().as_secs_f64()))
}

fn time_ns(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "time_ns", 0, 0)?;
    vm.account();
    Ok(ns_value(now_since_epoch().as_nanos()))
}

/// Time since boot, like CLOCK_MONOTONIC: the uptime when first asked plus
/// an `Instant` since then; with `--deterministic`, the virtual clock.
pub(crate) fn monotonic_duration() -> Duration {
    crate::gil::clock::monotonic(real_monotonic)
}

fn real_monotonic() -> Duration {
    static BASE: OnceLock<(Instant, Duration)> = OnceLock::new();
    let (start, uptime) = BASE.get_or_init(|| {
        let uptime = std::fs::read_to_string("/proc/uptime")
            .ok()
            .and_then(|s| {
                s.split_whitespace()
                    .next()
                    .and_then(|f| f.parse::<f64>().ok())
            })
            .filter(|f| f.is_finite() && *f >= 0.0)
            .map(Duration::from_secs_f64)
            .unwrap_or_default();
        (Instant::now(), uptime)
    });
    *uptime + start.elapsed()
}

fn monotonic(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "monotonic", 0, 0)?;
    vm.account();
    Ok(Value::Float(monotonic_duration().as_secs_f64()))
}

fn monotonic_ns(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "monotonic_ns", 0, 0)?;
    vm.account();
    Ok(ns_value(monotonic_duration().as_nanos()))
}

fn perf_counter(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "perf_counter", 0, 0)?;
    vm.account();
    Ok(Value::Float(monotonic_duration().as_secs_f64()))
}

fn perf_counter_ns(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "perf_counter_ns", 0, 0)?;
    vm.account();
    Ok(ns_value(monotonic_duration().as_nanos()))
}

/// CPU time of the process (user + system) from /proc/self/stat, in ns.
fn cpu_time_ns() -> u128 {
    const TICKS_PER_SECOND: u128 = 100;
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0;
    };
    // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
    let rest = match stat.rfind(')') {
        Some(i) => &stat[i + 1..],
        None => return 0,
    };
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u128>().ok())
            .unwrap_or(0)
    };
    (ticks(11) + ticks(12)) * (1_000_000_000 / TICKS_PER_SECOND)
}

fn process_time(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "process_time", 0, 0)?;
    Ok(Value::Float(cpu_time_ns() as f64 / 1e9))
}

fn process_time_ns(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "process_time_ns", 0, 0)?;
    Ok(ns_value(cpu_time_ns()))
}

/// Seconds as a number: ints and floats (and `__float__`/`__index__`);
/// TypeError "'str' object cannot be interpreted as an integer" otherwise.
fn seconds_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    let x = match v {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::Big(b) => crate::objects::numfmt::int_to_float(b).unwrap_or(f64::INFINITY),
        _ => {
            let class = vm.class_of(v);
            if class.lookup("__float__").is_some() || class.lookup("__index__").is_some() {
                super::builtins::float_from(vm, v)?
            } else {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    class.name()
                )));
            }
        }
    };
    if x.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    Ok(x)
}

fn sleep(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "sleep")?;
    a.check(vm, "sleep", 1, 1)?;
    let secs = seconds_arg(vm, &a.pos[0])?;
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    // _PyTime_t is in nanoseconds in an i64.
    if secs > 9_223_372_036.0 {
        return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    sleep_for(vm, secs)?;
    Ok(Value::None)
}

/// `time.sleep(secs)` (finite, non-negative): zero hands the GIL to the
/// next ready thread at once (SPEC §2.3); a positive time sleeps with the
/// GIL released. Ctrl-C ends the main thread's sleep with KeyboardInterrupt.
fn sleep_for(vm: &mut Vm, secs: f64) -> PyResult<()> {
    vm.account();
    if secs == 0.0 {
        crate::gil::yield_turn(crate::gil::stats::Why::Sleep0);
        vm.resync_turn();
        return Ok(());
    }
    let deadline = crate::gil::clock::deadline_after(Duration::from_secs_f64(secs));
    let woke_early = !crate::gil::sleep_until(deadline);
    vm.resync_turn();
    if woke_early && crate::gil::take_interrupt() {
        return Err(vm.new_exception_args(&vm.types().keyboard_interrupt.clone(), vec![]));
    }
    Ok(())
}

// ----- calendar arithmetic -----

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// (year, month, day) of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// A broken-down time (`struct tm`).
#[derive(Clone, Debug)]
struct Tm {
    year: i64,
    mon: i64,
    mday: i64,
    hour: i64,
    min: i64,
    sec: i64,
    /// Monday is 0.
    wday: i64,
    /// 1-based.
    yday: i64,
    isdst: i64,
    zone: Option<String>,
    gmtoff: Option<i64>,
}

/// The broken-down time of `t + offset` seconds.
fn breakdown(t: i64, offset: i64) -> Tm {
    let local = t + offset;
    let days = local.div_euclid(86_400);
    let secs = local.rem_euclid(86_400);
    let (year, mon, mday) = civil_from_days(days);
    Tm {
        year,
        mon,
        mday,
        hour: secs / 3600,
        min: secs % 3600 / 60,
        sec: secs % 60,
        wday: (days + 3).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1) + 1,
        isdst: 0,
        zone: None,
        gmtoff: Some(offset),
    }
}

// ----- time zones -----

/// When a POSIX TZ rule changes between standard and daylight time.
#[derive(Clone, Copy, Debug)]
enum RuleDay {
    /// `Jn`: day 1..=365, February 29 never counted.
    Julian1(i64),
    /// `n`: day 0..=365, leap days counted.
    Julian0(i64),
    /// `Mm.w.d`: day `d` (0 = Sunday) of week `w` (5 = last) of month `m`.
    MonthWeekDay(i64, i64, i64),
}

#[derive(Clone, Debug)]
struct DstRule {
    abbr: String,
    /// Seconds east of UTC.
    offset: i64,
    start: (RuleDay, i64),
    end: (RuleDay, i64),
}

/// A POSIX TZ string (`EST5EDT,M3.2.0,M11.1.0`).
#[derive(Clone, Debug)]
struct PosixTz {
    std_abbr: String,
    std_offset: i64,
    dst: Option<DstRule>,
}

#[derive(Clone, Debug)]
struct LocalType {
    offset: i64,
    isdst: bool,
    abbr: String,
}

/// The local time zone: TZif transitions, then the POSIX rule.
#[derive(Clone, Debug, Default)]
struct Zone {
    transitions: Vec<i64>,
    indices: Vec<usize>,
    types: Vec<LocalType>,
    rule: Option<PosixTz>,
}

impl Zone {
    fn utc() -> Zone {
        Zone {
            rule: Some(PosixTz {
                std_abbr: "UTC".into(),
                std_offset: 0,
                dst: None,
            }),
            ..Zone::default()
        }
    }

    /// The offset, DST flag and abbreviation in force at `t` (UTC seconds).
    fn at(&self, t: i64) -> LocalType {
        if !self.transitions.is_empty() {
            let last = *self.transitions.last().unwrap_or(&0);
            if t < self.transitions[0] {
                let ty = self
                    .types
                    .iter()
                    .find(|ty| !ty.isdst)
                    .or(self.types.first());
                if let Some(ty) = ty {
                    return ty.clone();
                }
            } else if t < last || self.rule.is_none() {
                let i = self.transitions.partition_point(|&x| x <= t) - 1;
                if let Some(ty) = self.indices.get(i).and_then(|&k| self.types.get(k)) {
                    return ty.clone();
                }
            }
        } else if self.rule.is_none() {
            if let Some(ty) = self.types.first() {
                return ty.clone();
            }
        }
        match &self.rule {
            Some(rule) => rule.at(t),
            None => LocalType {
                offset: 0,
                isdst: false,
                abbr: "UTC".into(),
            },
        }
    }
}

impl PosixTz {
    fn at(&self, t: i64) -> LocalType {
        let std = LocalType {
            offset: self.std_offset,
            isdst: false,
            abbr: self.std_abbr.clone(),
        };
        let Some(dst) = &self.dst else { return std };
        let (year, _, _) = civil_from_days((t + self.std_offset).div_euclid(86_400));
        let start = rule_time(year, dst.start) - self.std_offset;
        let end = rule_time(year, dst.end) - dst.offset;
        let in_dst = if start < end {
            start <= t && t < end
        } else {
            !(end <= t && t < start)
        };
        if in_dst {
            LocalType {
                offset: dst.offset,
                isdst: true,
                abbr: dst.abbr.clone(),
            }
        } else {
            std
        }
    }
}

/// Seconds from the start of `year` (local, as if UTC) to a rule's moment.
fn rule_time(year: i64, (day, secs): (RuleDay, i64)) -> i64 {
    let jan1 = days_from_civil(year, 1, 1);
    let yday = match day {
        RuleDay::Julian1(n) => {
            let n = n - 1;
            if is_leap(year) && n >= 59 {
                n + 1
            } else {
                n
            }
        }
        RuleDay::Julian0(n) => n,
        RuleDay::MonthWeekDay(m, w, d) => {
            let first = days_from_civil(year, m, 1);
            // Sunday is 0 here; 1970-01-01 was a Thursday (4).
            let first_wday = (first + 4).rem_euclid(7);
            let mut mday = 1 + (d - first_wday).rem_euclid(7) + (w - 1) * 7;
            let month_len = days_from_civil(
                if m == 12 { year + 1 } else { year },
                if m == 12 { 1 } else { m + 1 },
                1,
            ) - first;
            while mday > month_len {
                mday -= 7;
            }
            first + mday - 1 - jan1
        }
    };
    (jan1 + yday) * 86_400 + secs
}

/// A parser over a POSIX TZ string.
struct TzParser<'a> {
    s: &'a [u8],
    pos: usize,
}

impl TzParser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn abbr(&mut self) -> Option<String> {
        if self.peek() == Some(b'<') {
            let start = self.pos + 1;
            let end = start + self.s[start..].iter().position(|&c| c == b'>')?;
            self.pos = end + 1;
            return Some(String::from_utf8_lossy(&self.s[start..end]).into_owned());
        }
        let start = self.pos;
        while self.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
            self.pos += 1;
        }
        (self.pos - start >= 3)
            .then(|| String::from_utf8_lossy(&self.s[start..self.pos]).into_owned())
    }

    fn number(&mut self) -> Option<i64> {
        let start = self.pos;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) && self.pos - start < 7 {
            self.pos += 1;
        }
        std::str::from_utf8(&self.s[start..self.pos])
            .ok()?
            .parse()
            .ok()
    }

    /// `[+-]hh[:mm[:ss]]` in seconds.
    fn hms(&mut self) -> Option<i64> {
        let sign = match self.peek() {
            Some(b'-') => {
                self.pos += 1;
                -1
            }
            Some(b'+') => {
                self.pos += 1;
                1
            }
            _ => 1,
        };
        let mut secs = self.number()? * 3600;
        for scale in [60, 1] {
            if self.peek() != Some(b':') {
                break;
            }
            self.pos += 1;
            secs += self.number()? * scale;
        }
        Some(sign * secs)
    }

    fn rule(&mut self) -> Option<(RuleDay, i64)> {
        let day = match self.peek()? {
            b'J' => {
                self.pos += 1;
                RuleDay::Julian1(self.number()?.clamp(1, 365))
            }
            b'M' => {
                self.pos += 1;
                let m = self.number()?;
                (self.peek() == Some(b'.')).then_some(())?;
                self.pos += 1;
                let w = self.number()?;
                (self.peek() == Some(b'.')).then_some(())?;
                self.pos += 1;
                let d = self.number()?;
                if !(1..=12).contains(&m) || !(1..=5).contains(&w) || !(0..=6).contains(&d) {
                    return None;
                }
                RuleDay::MonthWeekDay(m, w, d)
            }
            _ => RuleDay::Julian0(self.number()?.clamp(0, 365)),
        };
        let secs = if self.peek() == Some(b'/') {
            self.pos += 1;
            self.hms()?
        } else {
            7200
        };
        Some((day, secs))
    }
}

fn parse_posix_tz(s: &str) -> Option<PosixTz> {
    let mut p = TzParser {
        s: s.as_bytes(),
        pos: 0,
    };
    let std_abbr = p.abbr()?;
    let std_offset = -p.hms()?;
    if p.peek().is_none() {
        return Some(PosixTz {
            std_abbr,
            std_offset,
            dst: None,
        });
    }
    let dst_abbr = p.abbr()?;
    let dst_offset = match p.peek() {
        Some(b',') | None => std_offset + 3600,
        _ => -p.hms()?,
    };
    let (start, end) = if p.peek() == Some(b',') {
        p.pos += 1;
        let start = p.rule()?;
        (p.peek() == Some(b',')).then_some(())?;
        p.pos += 1;
        (start, p.rule()?)
    } else {
        // The US rules glibc assumes when a zone gives none.
        (
            (RuleDay::MonthWeekDay(3, 2, 0), 7200),
            (RuleDay::MonthWeekDay(11, 1, 0), 7200),
        )
    };
    if p.peek().is_some() {
        return None;
    }
    Some(PosixTz {
        std_abbr,
        std_offset,
        dst: Some(DstRule {
            abbr: dst_abbr,
            offset: dst_offset,
            start,
            end,
        }),
    })
}

fn be32(b: &[u8], at: usize) -> Option<i64> {
    let s = b.get(at..at + 4)?;
    Some(i32::from_be_bytes([s[0], s[1], s[2], s[3]]) as i64)
}

fn be64(b: &[u8], at: usize) -> Option<i64> {
    let s = b.get(at..at + 8)?;
    let mut a = [0u8; 8];
    a.copy_from_slice(s);
    Some(i64::from_be_bytes(a))
}

/// Parses a TZif file (version 1 data, or the 64-bit block and footer of v2+).
fn parse_tzif(b: &[u8]) -> Option<Zone> {
    if b.get(0..4)? != b"TZif" {
        return None;
    }
    let version = *b.get(4)?;
    let counts = |at: usize| -> Option<[usize; 6]> {
        let mut c = [0usize; 6];
        for (i, slot) in c.iter_mut().enumerate() {
            *slot = usize::try_from(be32(b, at + 20 + 4 * i)?).ok()?;
        }
        Some(c)
    };
    let [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(0)?;
    let v1_len = timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut;
    let (start, time_size, counts) = if version >= b'2' {
        let second = 44 + v1_len;
        (second + 44, 8, counts(second)?)
    } else {
        (44, 4, [isut, isstd, leap, timecnt, typecnt, charcnt])
    };
    let [isut, isstd, leap, timecnt, typecnt, charcnt] = counts;
    if typecnt == 0 || timecnt > 1_000_000 || typecnt > 256 {
        return None;
    }
    let mut pos = start;
    let mut transitions = Vec::with_capacity(timecnt);
    for i in 0..timecnt {
        let at = pos + i * time_size;
        transitions.push(if time_size == 8 {
            be64(b, at)?
        } else {
            be32(b, at)?
        });
    }
    pos += timecnt * time_size;
    let indices: Vec<usize> = b
        .get(pos..pos + timecnt)?
        .iter()
        .map(|&i| i as usize)
        .collect();
    pos += timecnt;
    let type_pos = pos;
    pos += typecnt * 6;
    let chars = b.get(pos..pos + charcnt)?;
    let mut types = Vec::with_capacity(typecnt);
    for i in 0..typecnt {
        let at = type_pos + i * 6;
        let offset = be32(b, at)?;
        let isdst = *b.get(at + 4)? != 0;
        let ai = *b.get(at + 5)? as usize;
        let abbr_bytes = chars.get(ai..).unwrap_or(&[]);
        let end = abbr_bytes
            .iter()
            .position(|&c| c == 0)
            .unwrap_or(abbr_bytes.len());
        types.push(LocalType {
            offset,
            isdst,
            abbr: String::from_utf8_lossy(&abbr_bytes[..end]).into_owned(),
        });
    }
    if indices.iter().any(|&i| i >= typecnt) {
        return None;
    }
    pos += charcnt + leap * (time_size + 4) + isstd + isut;
    let rule = if version >= b'2' {
        let footer = b.get(pos..).unwrap_or(&[]);
        let text = String::from_utf8_lossy(footer);
        let line = text
            .trim_start_matches('\n')
            .split('\n')
            .next()
            .unwrap_or("");
        if line.is_empty() {
            None
        } else {
            parse_posix_tz(line)
        }
    } else {
        None
    };
    Some(Zone {
        transitions,
        indices,
        types,
        rule,
    })
}

fn load_zone_file(path: &str) -> Option<Zone> {
    if path.contains("..") && !path.starts_with('/') {
        return None;
    }
    let bytes = std::fs::read(path).ok()?;
    parse_tzif(&bytes)
}

/// The local zone as the C library would set it up from `TZ`. With
/// `--deterministic` and no `TZ`, UTC rather than the machine's zone, so
/// local times print the same on every machine.
fn load_zone() -> Zone {
    match std::env::var("TZ") {
        Err(_) if crate::gil::clock::is_virtual() => Zone::utc(),
        Err(_) => load_zone_file("/etc/localtime").unwrap_or_else(Zone::utc),
        Ok(tz) => {
            let name = tz.strip_prefix(':').unwrap_or(&tz);
            if name.is_empty() {
                return Zone::utc();
            }
            let file = if name.starts_with('/') {
                load_zone_file(name)
            } else {
                load_zone_file(&format!("/usr/share/zoneinfo/{}", name))
            };
            file.or_else(|| {
                parse_posix_tz(name).map(|rule| Zone {
                    rule: Some(rule),
                    ..Zone::default()
                })
            })
            .unwrap_or_else(Zone::utc)
        }
    }
}

static ZONE: Mutex<Option<Arc<Zone>>> = Mutex::new(None);

fn zone() -> Arc<Zone> {
    let mut z = ZONE.lock().unwrap_or_else(|e| e.into_inner());
    z.get_or_insert_with(|| Arc::new(load_zone())).clone()
}

/// `timezone`, `altzone`, `daylight`, `tzname` as CPython's `init_timezone`
/// works them out: from January 1 and July 1 of this year.
fn set_zone_attrs(d: &crate::objects::DictObj) {
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let z = zone();
    let now = now_since_epoch().as_secs() as i64;
    let t = now / YEAR * YEAR;
    let jan = z.at(t);
    let jul = z.at(t + YEAR / 2);
    let (janzone, julzone) = (-jan.offset, -jul.offset);
    let (timezone, altzone, names) = if janzone < julzone {
        (julzone, janzone, (jul.abbr, jan.abbr))
    } else {
        (janzone, julzone, (jan.abbr, jul.abbr))
    };
    d.set_str("timezone", Value::Int(timezone));
    d.set_str("altzone", Value::Int(altzone));
    d.set_str("daylight", Value::Int((janzone != julzone) as i64));
    d.set_str(
        "tzname",
        Value::tuple(vec![Value::string(names.0), Value::string(names.1)]),
    );
}

fn tzset(vm: &mut Vm, a: Args) -> PyResult {
    a.check(vm, "tzset", 0, 0)?;
    *ZONE.lock().unwrap_or_else(|e| e.into_inner()) = None;
    if let Some(Value::Obj(o)) = vm.interp.modules.get_str("time") {
        if let crate::objects::Object::Module(m) = &*o {
            set_zone_attrs(&m.dict);
        }
    }
    Ok(Value::None)
}

fn local_tm(t: i64) -> Tm {
    let lt = zone().at(t);
    let mut tm = breakdown(t, lt.offset);
    tm.isdst = lt.isdst as i64;
    tm.zone = Some(lt.abbr);
    tm
}

/// Seconds since the epoch from a `secs` argument (None: now), floored.
fn timestamp_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    let v = match v {
        None | Some(Value::None) => return Ok(now_since_epoch().as_secs() as i64),
        Some(v) => v,
    };
    if let Value::Int(i) = v {
        return check_year_range(vm, *i);
    }
    if let Value::Big(_) = v {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    let x = seconds_arg(vm, v)?.floor();
    if !(-9.2e18..9.2e18).contains(&x) {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    check_year_range(vm, x as i64)
}

/// glibc refuses years that do not fit a C int.
fn check_year_range(vm: &Vm, t: i64) -> PyResult<i64> {
    const LIMIT: i64 = 67_767_976_233_316_800; // about year 2**31
    if !(-LIMIT..=LIMIT).contains(&t) {
        return Err(vm.os_error(
            &vm.types().os_error.clone(),
            75,
            "Value too large for defined data type",
            None,
        ));
    }
    Ok(t)
}

fn tm_value(vm: &mut Vm, tm: &Tm) -> Value {
    let class = struct_time_class(vm);
    let values = vec![
        Value::Int(tm.year),
        Value::Int(tm.mon),
        Value::Int(tm.mday),
        Value::Int(tm.hour),
        Value::Int(tm.min),
        Value::Int(tm.sec),
        Value::Int(tm.wday),
        Value::Int(tm.yday),
        Value::Int(tm.isdst),
    ];
    let zone = tm.zone.clone().map(Value::string).unwrap_or(Value::None);
    let gmtoff = tm.gmtoff.map(Value::Int).unwrap_or(Value::None);
    new_struct_seq(&class, values, &[("tm_zone", zone), ("tm_gmtoff", gmtoff)])
}

fn gmtime(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "gmtime")?;
    a.check(vm, "gmtime", 0, 1)?;
    let t = timestamp_arg(vm, a.get(0))?;
    let mut tm = breakdown(t, 0);
    tm.zone = Some("GMT".into());
    Ok(tm_value(vm, &tm))
}

fn localtime(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "localtime")?;
    a.check(vm, "localtime", 0, 1)?;
    let t = timestamp_arg(vm, a.get(0))?;
    let tm = local_tm(t);
    Ok(tm_value(vm, &tm))
}

/// A struct_time or 9-tuple argument (`gettmarg`).
fn tm_arg(vm: &mut Vm, v: &Value, func: &str) -> PyResult<Tm> {
    let class = struct_time_class(vm);
    let is_struct = vm.class_of(v).is_subclass(&class);
    let items = match crate::vm::ops::payload_of(v).as_ref().unwrap_or(v) {
        Value::Tuple(t) => t.items.to_vec(),
        _ => return Err(vm.type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{}(): illegal time tuple argument", func)));
    }
    let mut n = [0i64; 9];
    for (slot, item) in n.iter_mut().zip(items.iter()) {
        if let Value::Float(_) = item {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
        }
        *slot = match item {
            Value::Big(_) => {
                return Err(vm.overflow_error("Python int too large to convert to C int"))
            }
            _ => vm.index_of(item)?,
        };
        if *slot > i32::MAX as i64 || *slot < i32::MIN as i64 {
            return Err(vm.overflow_error("Python int too large to convert to C int"));
        }
    }
    let (mut zone, mut gmtoff) = (None, None);
    if is_struct {
        let name_zone = vm.intern("tm_zone");
        let name_off = vm.intern("tm_gmtoff");
        if let Ok(Value::Str(s)) = vm.get_attr(v, &name_zone) {
            zone = Some(s.as_str().to_string());
        }
        if let Ok(Value::Int(i)) = vm.get_attr(v, &name_off) {
            gmtoff = Some(i);
        }
    }
    Ok(Tm {
        year: n[0],
        mon: n[1],
        mday: n[2],
        hour: n[3],
        min: n[4],
        sec: n[5],
        wday: {
            // C's Sunday-based (wday + 1) % 7; negative stays out of range.
            let c_wday = (n[6] + 1) % 7;
            if c_wday < 0 {
                -1
            } else {
                (c_wday + 6) % 7
            }
        },
        yday: n[7],
        isdst: n[8],
        zone,
        gmtoff,
    })
}

/// `checktm`: the ranges `asctime` and `strftime` accept.
fn check_tm(vm: &Vm, tm: &mut Tm) -> PyResult<()> {
    // strftime-style normalisation of the zero "don't care" values.
    if tm.mon == 0 {
        tm.mon = 1;
    }
    if tm.mday == 0 {
        tm.mday = 1;
    }
    if tm.yday == 0 {
        tm.yday = 1;
    }
    let checks = [
        (tm.mon, 1, 12, "month out of range"),
        (tm.mday, 1, 31, "day of month out of range"),
        (tm.hour, 0, 23, "hour out of range"),
        (tm.min, 0, 59, "minute out of range"),
        (tm.sec, 0, 61, "seconds out of range"),
        (tm.wday, 0, 6, "day of week out of range"),
        (tm.yday, 1, 366, "day of year out of range"),
    ];
    for (v, lo, hi, msg) in checks {
        if v < lo || v > hi {
            return Err(vm.value_error(msg));
        }
    }
    tm.isdst = tm.isdst.clamp(-1, 1);
    Ok(())
}

fn asctime_str(tm: &Tm) -> String {
    format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        &DAY_NAMES[tm.wday.clamp(0, 6) as usize][..3],
        &MONTH_NAMES[(tm.mon - 1).clamp(0, 11) as usize][..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

fn asctime(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "asctime")?;
    a.check(vm, "asctime", 0, 1)?;
    let mut tm = match a.get(0) {
        Some(v) => tm_arg(vm, v, "asctime")?,
        None => local_tm(now_since_epoch().as_secs() as i64),
    };
    check_tm(vm, &mut tm)?;
    Ok(Value::string(asctime_str(&tm)))
}

fn ctime(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "ctime")?;
    a.check(vm, "ctime", 0, 1)?;
    let t = timestamp_arg(vm, a.get(0))?;
    Ok(Value::string(asctime_str(&local_tm(t))))
}

fn mktime(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "mktime")?;
    a.check(vm, "mktime", 1, 1)?;
    let tm = tm_arg(vm, &a.pos[0], "mktime")?;
    // Normalise out-of-range fields the way mktime does.
    let months = tm.year * 12 + (tm.mon - 1);
    let (year, mon) = (months.div_euclid(12), months.rem_euclid(12) + 1);
    let local = (days_from_civil(year, mon, 1) + tm.mday - 1) * 86_400
        + tm.hour * 3600
        + tm.min * 60
        + tm.sec;
    Ok(Value::Float(local_to_utc(&zone(), local, tm.isdst) as f64))
}

/// The UTC time of a local time, as glibc's `mktime` finds it: iterate on
/// the offset; in a spring-forward gap (the guesses oscillate) prefer the
/// DST side, or the side whose flag differs from the requested one; then,
/// if the requested DST flag disagrees, take the offset of the nearest time
/// that has it (or assume a one-hour shift).
fn local_to_utc(z: &Zone, local: i64, isdst: i64) -> i64 {
    let mut t = local - z.at(local).offset;
    let mut prev = None;
    for _ in 0..6 {
        let next = local - z.at(t).offset;
        if next == t {
            break;
        }
        if prev == Some(next) {
            let (a, b) = (z.at(t).isdst, z.at(next).isdst);
            let prefer_next = if isdst < 0 {
                b && !a
            } else {
                b != (isdst != 0) && a == (isdst != 0)
            };
            return if prefer_next { next } else { t };
        }
        prev = Some(t);
        t = next;
    }
    if isdst < 0 {
        return t;
    }
    let found = z.at(t).isdst;
    if found == (isdst != 0) {
        return t;
    }
    const STRIDE: i64 = 601_200;
    const LIMIT: i64 = 536_454_000;
    let mut delta = STRIDE;
    while delta < LIMIT {
        for direction in [-1, 1] {
            let other = z.at(t + delta * direction);
            if other.isdst == (isdst != 0) {
                return local - other.offset;
            }
        }
        delta += STRIDE;
    }
    t + 3600 * ((isdst == 0) as i64 - (!found) as i64)
}

/// `strftime` directives, as glibc formats them in the C locale.
fn format_tm(tm: &Tm, fmt: &str, tzname: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut flag = None;
        while i < chars.len() && matches!(chars[i], '-' | '_' | '0' | '^' | '#') {
            flag = Some(chars[i]);
            i += 1;
        }
        let mut width: Option<usize> = None;
        while i < chars.len() && chars[i].is_ascii_digit() {
            let d = chars[i] as usize - '0' as usize;
            width = Some(
                width
                    .unwrap_or(0)
                    .saturating_mul(10)
                    .saturating_add(d)
                    .min(1024),
            );
            i += 1;
        }
        let Some(&d) = chars.get(i) else {
            out.extend(&chars[start..]);
            break;
        };
        i += 1;
        let num = |v: i64, w: usize, pad: char| -> String {
            let pad = match flag {
                Some('-') => return v.to_string(),
                Some('_') => ' ',
                Some('0') => '0',
                _ => pad,
            };
            let w = width.unwrap_or(w);
            let s = v.abs().to_string();
            let sign = if v < 0 { "-" } else { "" };
            let fill = w.saturating_sub(s.len() + sign.len());
            if pad == '0' {
                format!("{}{}{}", sign, "0".repeat(fill), s)
            } else {
                format!("{}{}{}", " ".repeat(fill), sign, s)
            }
        };
        let text = |s: &str| -> String {
            let s = if flag == Some('^') {
                s.to_uppercase()
            } else {
                s.to_string()
            };
            match width {
                Some(w) if w > s.chars().count() => {
                    let pad = if flag == Some('0') { '0' } else { ' ' };
                    format!("{}{}", pad.to_string().repeat(w - s.chars().count()), s)
                }
                _ => s,
            }
        };
        let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
        let sunday_wday = (tm.wday + 1) % 7;
        let yday0 = tm.yday - 1;
        let (iso_year, iso_week) = iso_week(tm);
        let piece = match d {
            'a' => text(&DAY_NAMES[tm.wday.clamp(0, 6) as usize][..3]),
            'A' => text(DAY_NAMES[tm.wday.clamp(0, 6) as usize]),
            'b' | 'h' => text(&MONTH_NAMES[(tm.mon - 1).clamp(0, 11) as usize][..3]),
            'B' => text(MONTH_NAMES[(tm.mon - 1).clamp(0, 11) as usize]),
            'c' => text(&format_tm(tm, "%a %b %e %H:%M:%S %Y", tzname)),
            'C' => num(tm.year.div_euclid(100), 2, '0'),
            'd' => num(tm.mday, 2, '0'),
            'D' | 'x' => text(&format_tm(tm, "%m/%d/%y", tzname)),
            'e' => num(tm.mday, 2, ' '),
            'F' => text(&format_tm(tm, "%Y-%m-%d", tzname)),
            'g' => num(iso_year.rem_euclid(100), 2, '0'),
            'G' => num(iso_year, 1, '0'),
            'H' => num(tm.hour, 2, '0'),
            'I' => num(hour12, 2, '0'),
            'j' => num(tm.yday, 3, '0'),
            'k' => num(tm.hour, 2, ' '),
            'l' => num(hour12, 2, ' '),
            'm' => num(tm.mon, 2, '0'),
            'M' => num(tm.min, 2, '0'),
            'n' => "\n".to_string(),
            'p' => text(if tm.hour < 12 { "AM" } else { "PM" }),
            'P' => text(if tm.hour < 12 { "am" } else { "pm" }),
            'r' => text(&format_tm(tm, "%I:%M:%S %p", tzname)),
            'R' => text(&format_tm(tm, "%H:%M", tzname)),
            's' => {
                let t = (days_from_civil(tm.year, tm.mon, tm.mday)) * 86_400
                    + tm.hour * 3600
                    + tm.min * 60
                    + tm.sec
                    - tm.gmtoff.unwrap_or(0);
                num(t, 1, '0')
            }
            'S' => num(tm.sec, 2, '0'),
            't' => "\t".to_string(),
            'T' | 'X' => text(&format_tm(tm, "%H:%M:%S", tzname)),
            'u' => num(tm.wday + 1, 1, '0'),
            'U' => num((yday0 + 7 - sunday_wday) / 7, 2, '0'),
            'V' => num(iso_week, 2, '0'),
            'w' => num(sunday_wday, 1, '0'),
            'W' => num((yday0 + 7 - tm.wday) / 7, 2, '0'),
            'y' => num(tm.year.rem_euclid(100), 2, '0'),
            'Y' => num(tm.year, 1, '0'),
            'z' => {
                let off = tm.gmtoff.unwrap_or(0);
                let sign = if off < 0 { '-' } else { '+' };
                let off = off.abs();
                format!("{}{:02}{:02}", sign, off / 3600, off % 3600 / 60)
            }
            'Z' => text(tm.zone.as_deref().unwrap_or(tzname)),
            '%' => "%".to_string(),
            _ => chars[start..i].iter().collect(),
        };
        out.push_str(&piece);
    }
    out
}

/// The ISO 8601 year and week number of a date.
fn iso_week(tm: &Tm) -> (i64, i64) {
    let days = days_from_civil(tm.year, tm.mon, tm.mday);
    // Monday-based weekday 0..6; the week's Thursday decides its year.
    let wday = (days + 3).rem_euclid(7);
    let thursday = days - wday + 3;
    let (year, _, _) = civil_from_days(thursday);
    let week = (thursday - days_from_civil(year, 1, 1)) / 7 + 1;
    (year, week)
}

fn strftime(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kw(vm, "strftime")?;
    a.check(vm, "strftime", 1, 2)?;
    let fmt = match &a.pos[0] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(vm.type_error(format!(
                "strftime() argument 1 must be str, not {}",
                vm.type_name(other)
            )))
        }
    };
    let mut tm = match a.get(1) {
        Some(v) => {
            let mut tm = tm_arg(vm, v, "strftime")?;
            check_tm(vm, &mut tm)?;
            tm
        }
        None => local_tm(now_since_epoch().as_secs() as i64),
    };
    if fmt.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    let names = {
        let z = zone();
        const YEAR: i64 = (365 * 24 + 6) * 3600;
        let t = now_since_epoch().as_secs() as i64 / YEAR * YEAR;
        let (jan, jul) = (z.at(t), z.at(t + YEAR / 2));
        if -jan.offset < -jul.offset {
            (jul.abbr, jan.abbr)
        } else {
            (jan.abbr, jul.abbr)
        }
    };
    let tzname = if tm.isdst > 0 { names.1 } else { names.0 };
    if tm.gmtoff.is_none() {
        tm.gmtoff = Some(0);
    }
    Ok(Value::string(format_tm(&tm, &fmt, &tzname)))
}
