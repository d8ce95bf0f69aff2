//! Every seed program runs under `--deterministic` in under a second of
//! wall time (SPEC §2.6: virtual time never waits in real time).
//!
//! The golden outputs, and that ten runs print the same, are checked by
//! the script harness (`tests/deterministic/*.script`, `# runs: 10`); it
//! runs scripts in parallel, so its timings say little. This test runs the
//! same seeds one at a time, ten runs each, and checks the median wall
//! time of each seed, with the seed's whole output (stdout, stderr, exit
//! code) identical on every run.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const RUNS: usize = 10;
const LIMIT: Duration = Duration::from_secs(1);

/// The seed each `tests/deterministic` file runs (its `# run:` line).
fn seeds() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/deterministic");
    let mut out = vec![];
    for entry in std::fs::read_dir(dir).expect("tests/deterministic") {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        if let Some(run) = text.lines().find_map(|l| l.strip_prefix("# run: ")) {
            if run.starts_with("scripts/seeds/") {
                out.push(run.trim().to_string());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_seed_finishes_within_a_second_of_wall_time() {
    let seeds = seeds();
    // Every seed that needs only threads (README of scripts/seeds).
    assert!(seeds.len() >= 25, "{} seeds", seeds.len());
    let mut slow = vec![];
    for seed in &seeds {
        let mut times = vec![];
        let mut first: Option<(Vec<u8>, Vec<u8>, Option<i32>)> = None;
        for _ in 0..RUNS {
            let start = Instant::now();
            let out = Command::new(env!("CARGO_BIN_EXE_gilt"))
                .arg("--deterministic")
                .arg(seed)
                .current_dir(env!("CARGO_MANIFEST_DIR"))
                .stdin(std::process::Stdio::null())
                .output()
                .expect("run gilt");
            times.push(start.elapsed());
            let this = (out.stdout, out.stderr, out.status.code());
            match &first {
                None => first = Some(this),
                Some(f) => assert!(*f == this, "{seed}: a run differs from the first"),
            }
        }
        times.sort();
        let median = times[RUNS / 2];
        eprintln!("{seed}: median {:.3} s", median.as_secs_f64());
        if median >= LIMIT {
            slow.push(format!("{seed}: median {:.3} s", median.as_secs_f64()));
        }
    }
    assert!(slow.is_empty(), "slower than {LIMIT:?}: {slow:?}");
}
