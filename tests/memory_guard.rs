//! Peak-memory guard (`cargo test --release --test memory_guard`).
//!
//! Runs every `tests/bench/*.script` that has a `# perf-guard: REPEAT LIMIT`
//! line once under gilt and once under CPython, at the same size as
//! `tests/perf_guard.rs`, and compares their peak resident set sizes. It
//! fails when gilt's exceeds CPython's by more than `RSS_LIMIT`: a large
//! regression, such as the allocator faulting in whole huge pages again
//! (what `import threading` cost before mimalloc was built without
//! transparent huge pages) or a table that doubled its size.
//!
//! The peak comes from the kernel through GNU time (`/usr/bin/time -f %M`,
//! Debian's package `time`): it forks each command from a process of about
//! 2 MiB, so the child's maximum RSS is the command's own (a child forked
//! from a bigger process inherits that process's resident pages as its
//! starting peak). Without `/usr/bin/time` the guard says so and passes;
//! `.ci/run` installs it so that CI always measures.
//!
//! CPython is `GILT_PERF_PYTHON` if set, else `/usr/bin/python3.11`, else
//! `python3` on the PATH (as in `perf_guard`). Linux only.

// Shared with perf_guard, which also reads each script's time limit.
#[allow(dead_code)]
mod common;

use common::{guarded_scripts, python};
use std::path::Path;
use std::process::{Command, Stdio};

/// gilt ÷ CPython peak RSS may not exceed this on any script. README's
/// Performance section reports the measured ratios (all below 1.0).
const RSS_LIMIT: f64 = 1.15;

const GNU_TIME: &str = "/usr/bin/time";

/// Peak RSS in KiB of `program script repeat`.
fn peak_rss(program: &str, script: &Path, repeat: &str) -> u64 {
    let report = std::env::temp_dir().join(format!(
        "gilt-memory-guard-{}-{}.txt",
        std::process::id(),
        script.file_stem().unwrap().to_string_lossy()
    ));
    let output = Command::new(GNU_TIME)
        .args(["-f", "%M", "-o"])
        .arg(&report)
        .arg(program)
        .arg(script)
        .arg(repeat)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .output()
        .expect("GNU time runs");
    let text = std::fs::read_to_string(&report).unwrap_or_default();
    std::fs::remove_file(&report).ok();
    assert!(
        output.status.success(),
        "{program} {} {repeat} failed: {}",
        script.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    text.trim()
        .parse()
        .unwrap_or_else(|_| panic!("{GNU_TIME} reported {text:?}, not a size"))
}

#[test]
fn gilt_peak_memory_stays_near_cpythons() {
    if cfg!(debug_assertions) || !cfg!(target_os = "linux") {
        eprintln!("memory_guard: runs only in a release build on Linux");
        return;
    }
    if !Path::new(GNU_TIME).exists() {
        eprintln!("memory_guard: skipped, no {GNU_TIME} (Debian package `time`)");
        return;
    }
    let gilt = env!("CARGO_BIN_EXE_gilt");
    let python = python();
    let scripts = guarded_scripts();
    eprintln!("memory_guard: peak RSS, gilt ÷ {python}");
    let mut failures = Vec::new();
    for script in &scripts {
        let name = &script.name;
        let ours = peak_rss(gilt, &script.path, &script.repeat);
        let theirs = peak_rss(&python, &script.path, &script.repeat);
        let ratio = ours as f64 / theirs as f64;
        let verdict = if ratio > RSS_LIMIT { "TOO BIG" } else { "ok" };
        eprintln!(
            "  {name:<18} gilt {ours:>7} KiB  cpython {theirs:>7} KiB  ratio {ratio:.2} {verdict}"
        );
        if ratio > RSS_LIMIT {
            failures.push(format!("{name}: ratio {ratio:.2} > limit {RSS_LIMIT}"));
        }
    }
    assert!(
        failures.is_empty(),
        "peak memory regressions:\n{}",
        failures.join("\n")
    );
}
