//! `--trace-gil FILE`: the GIL timeline as Chrome Trace Event Format JSON.
//! The tests read the file back and check the GIL itself from it.

use std::process::Command;

use serde_json::Value;

/// Three CPU-bound workers and the main thread joining them.
const WORKERS: &str = "import threading\n\
    def spin():\n\
    \x20   n = 3000\n\
    \x20   while n > 0:\n\
    \x20       n -= 1\n\
    ts = [threading.Thread(target=spin, name=f'w{i}') for i in range(3)]\n\
    for t in ts: t.start()\n\
    for t in ts: t.join()\n";

const N: u64 = 50;

fn trace(code: &str, name: &str) -> String {
    let path =
        std::env::temp_dir().join(format!("gilt-trace-{}-{}.json", std::process::id(), name));
    let out = Command::new(env!("CARGO_BIN_EXE_gilt"))
        .args([
            "--deterministic",
            "--switch-interval",
            &N.to_string(),
            "--trace-gil",
        ])
        .arg(&path)
        .arg("-c")
        .arg(code)
        .output()
        .expect("gilt runs");
    assert!(out.status.success(), "{:?}", out);
    let text = std::fs::read_to_string(&path).expect("the trace file");
    let _ = std::fs::remove_file(&path);
    text
}

/// The complete ("X") events: (tid, ts, dur, instructions, ended), in time order.
fn holds(text: &str) -> Vec<(u64, f64, f64, u64, String)> {
    let v: Value = serde_json::from_str(text).expect("valid JSON");
    let mut out: Vec<_> = v["traceEvents"]
        .as_array()
        .expect("traceEvents")
        .iter()
        .filter(|e| e["ph"] == "X")
        .map(|e| {
            (
                e["tid"].as_u64().unwrap(),
                e["ts"].as_f64().unwrap(),
                e["dur"].as_f64().unwrap(),
                e["args"]["instructions"].as_u64().unwrap(),
                e["args"]["ended"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    out.sort_by(|a, b| a.1.total_cmp(&b.1));
    out
}

#[test]
fn identical_on_every_run_with_virtual_time() {
    let a = trace(WORKERS, "a");
    let b = trace(WORKERS, "b");
    assert_eq!(a, b);
    let v: Value = serde_json::from_str(&a).expect("valid JSON");
    let names: Vec<&str> = v["traceEvents"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["ph"] == "M")
        .map(|e| e["args"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["MainThread", "w0", "w1", "w2"]);
}

#[test]
fn one_holder_at_a_time() {
    let h = holds(&trace(WORKERS, "c"));
    assert!(h.len() > 100, "{} holds", h.len());
    for w in h.windows(2) {
        assert!(
            w[0].1 + w[0].2 <= w[1].1 + 1e-6,
            "overlapping holds: {:?} and {:?}",
            w[0],
            w[1]
        );
    }
}

#[test]
fn turns_are_at_most_n_and_handed_off_in_fifo_order() {
    let h = holds(&trace(WORKERS, "d"));
    // While all three workers are alive (from w2's first hold to the first
    // exit), every hold runs at most N instructions (a fused group may
    // carry a turn a few past N), one ended by the interval at least N,
    // and the turns rotate w0 w1 w2 w0 ...: each worker goes to the back
    // of the queue and the one that waited longest runs next.
    let first = h.iter().position(|x| x.0 == 3).expect("w2 runs");
    let last = h.iter().position(|x| x.4 == "exit").expect("a worker ends");
    let steady = &h[first..last];
    assert!(steady.len() > 60, "{} holds", steady.len());
    // (The main thread counts too: it blocks in start() and join(), and
    // every re-acquisition starts a fresh turn.)
    for (tid, _, _, n, ended) in steady.iter() {
        assert!(*n <= N + 3, "tid {}: {} instructions, {}", tid, n, ended);
        if ended == "interval" {
            assert!(*n >= N, "{} instructions ended by the interval", n);
        }
    }
    let order: Vec<u64> = steady.iter().map(|x| x.0).filter(|&t| t != 0).collect();
    for w in order.windows(4) {
        assert_ne!(w[0], w[1]);
        assert_eq!(w[0], w[3], "not FIFO: {:?}", order);
    }
}

/// Workers that contend for a lock and yield with `sleep(0)`: their turns
/// are cut short by blocking and yielding, and each is taken back later.
const CONTENDERS: &str = "import threading, time\n\
    lock = threading.Lock()\n\
    total = 0\n\
    def work():\n\
    \x20   global total\n\
    \x20   for i in range(400):\n\
    \x20       with lock:\n\
    \x20           total += 1\n\
    \x20       if i % 7 == 0:\n\
    \x20           time.sleep(0)\n\
    ts = [threading.Thread(target=work) for i in range(3)]\n\
    for t in ts: t.start()\n\
    for t in ts: t.join()\n\
    print(total)\n";

#[test]
fn every_turn_starts_a_full_countdown() {
    // A turn is N instructions from when the thread takes the GIL, also
    // when it took it back after blocking on the lock or a `sleep(0)`:
    // no hold ended by the interval is shorter than N. (One may be longer:
    // the countdown runs out with nobody else ready and the turn goes on.)
    let h = holds(&trace(CONTENDERS, "e"));
    let blocked = h.iter().filter(|x| x.4.starts_with("blocked")).count();
    let yielded = h.iter().filter(|x| x.4 == "sleep(0)").count();
    let interval: Vec<_> = h.iter().filter(|x| x.4 == "interval").collect();
    assert!(
        blocked > 10 && yielded > 10 && interval.len() > 10,
        "{:?}",
        h
    );
    for (tid, _, _, n, _) in interval {
        assert!(
            *n >= N,
            "tid {}: a turn ended by the interval after {} instructions",
            tid,
            n
        );
    }
}
