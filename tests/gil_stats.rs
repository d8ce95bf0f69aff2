//! `--gil-stats`: the per-thread table gilt prints to stderr at exit.

use std::process::Command;

/// One row of the table: name, then the numeric columns, then the reasons.
struct Row {
    instructions: u64,
    holds: u64,
    reasons: String,
}

fn run(code: &str, flags: &[&str]) -> (String, Vec<(String, Row)>) {
    let out = Command::new(env!("CARGO_BIN_EXE_gilt"))
        .args(flags)
        .arg("--gil-stats")
        .arg("-c")
        .arg(code)
        .output()
        .expect("gilt runs");
    assert!(out.status.success(), "{:?}", out);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let mut lines = stderr.lines();
    assert_eq!(
        lines.next(),
        Some("GIL statistics (times in ms)"),
        "{stderr}"
    );
    let header = lines.next().unwrap_or_default();
    assert!(
        header.starts_with("thread") && header.ends_with("switches by reason"),
        "{stderr}"
    );
    let rows = lines
        .map(|l| {
            // Names may contain spaces: the numbers are the six fields
            // that follow the first 24 columns.
            let (name, rest) = l.split_at(24);
            let fields: Vec<&str> = rest.split_whitespace().collect();
            let n = |i: usize| fields[i].parse::<f64>().expect("a number") as u64;
            (
                name.trim().to_string(),
                Row {
                    instructions: n(0),
                    holds: n(1),
                    reasons: fields[5..].join(" "),
                },
            )
        })
        .collect();
    (String::from_utf8_lossy(&out.stdout).into_owned(), rows)
}

#[test]
fn rows_for_every_thread_with_switch_reasons() {
    let code = "import threading, time\n\
                def work():\n\
                \x20   for i in range(5):\n\
                \x20       time.sleep(0)\n\
                t = threading.Thread(target=work, name='worker')\n\
                t.start()\n\
                t.join()\n\
                print('done')\n";
    let (stdout, rows) = run(code, &["--deterministic"]);
    assert_eq!(stdout, "done\n");
    let names: Vec<&str> = rows.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["MainThread", "worker"]);
    let worker = &rows[1].1;
    assert!(worker.instructions > 20, "{}", worker.instructions);
    assert!(worker.reasons.contains("exit 1"), "{}", worker.reasons);
    // The main thread, back in line after start(), is ready when the
    // worker first sleeps(0): that one hands the GIL over.
    assert!(worker.reasons.contains("sleep(0) "), "{}", worker.reasons);
    assert!(
        rows[0].1.reasons.contains("blocked"),
        "{}",
        rows[0].1.reasons
    );
    // Every hold ends for exactly one reason.
    for (name, row) in &rows {
        let ended: u64 = row
            .reasons
            .split(", ")
            .map(|r| {
                let (why, n) = r.rsplit_once(' ').expect("reason count");
                assert!(
                    ["interval", "sleep(0)", "blocked", "io", "exit"].contains(&why),
                    "{why}"
                );
                n.parse::<u64>().expect("a count")
            })
            .sum();
        assert_eq!(ended, row.holds, "{name}: {}", row.reasons);
    }
}

#[test]
fn interval_switches_follow_the_instruction_count() {
    // Two CPU-bound threads: every turn but the last ends at the interval.
    let code = "import threading\n\
                def spin():\n\
                \x20   n = 20000\n\
                \x20   while n > 0:\n\
                \x20       n -= 1\n\
                ts = [threading.Thread(target=spin, name=f'spin{i}') for i in range(2)]\n\
                for t in ts: t.start()\n\
                for t in ts: t.join()\n";
    let (_, rows) = run(code, &["--switch-interval", "50"]);
    for (name, row) in rows.iter().filter(|(n, _)| n.starts_with("spin")) {
        let interval: u64 = row
            .reasons
            .split(", ")
            .find_map(|r| r.strip_prefix("interval "))
            .unwrap_or("0")
            .parse()
            .expect("a count");
        // 20000 iterations of 9 instructions, turns of 50.
        assert!(row.instructions >= 180_000, "{name}: {}", row.instructions);
        let expected = row.instructions / 50;
        assert!(
            interval + 3 >= expected && interval <= expected,
            "{name}: {interval} interval switches for {} instructions",
            row.instructions
        );
        assert!(row.holds >= interval, "{name}");
    }
}

/// A fused group runs several instructions at once; each still counts
/// against the turn and in the figures. `t = a[i]` (the `LoadFast a`,
/// `LoadFast i`, `Subscr` group, then `StoreFast t`) and `t = o.x`
/// (`LoadFast o`, `LoadAttr x`, then `StoreFast t`) are 4 and 3
/// instructions; `t = i * 2 + 1` is 6 (`LoadFast`, `LoadConst`, `Binary`,
/// then the `LoadConst`, `Binary`, `StoreFast` group), `t = a[i] + i` 6
/// (its `Binary`, `StoreFast` a group), `if i * 3 < 0: ...` 6 (`LoadConst`,
/// `Compare`, `PopJumpIfFalse` a group); plus `ForIter` and `StoreFast i`
/// (a group) and `Jump` per iteration, whether the groups run fused or, in
/// a short turn, one by one.
#[test]
fn fused_groups_count_every_member() {
    let count = |body: &str, k: u32, interval: &str| -> u64 {
        let code = format!(
            "class C:\n\
             \x20   def __init__(self):\n\
             \x20       self.x = 1\n\
             def f(a, o):\n\
             \x20   for i in range({k}):\n\
             \x20       {body}\n\
             f(list(range({k})), C())\n"
        );
        let (_, rows) = run(&code, &["--switch-interval", interval]);
        rows[0].1.instructions
    };
    for (body, per) in [
        ("t = a[i]", 7),
        ("t = o.x", 6),
        ("t = i * 2 + 1", 9),
        ("t = a[i] + i", 9),
        ("if i * 3 < 0: t = 1", 9),
    ] {
        for interval in ["100", "5", "3", "2", "1"] {
            let n = (count(body, 2000, interval) - count(body, 1000, interval)) / 1000;
            assert_eq!(n, per, "{body}, --switch-interval {interval}");
        }
    }
}
