//! Ctrl-C: SIGINT raises KeyboardInterrupt in the main thread, also while it
//! waits in `join()`, `time.sleep()` or a busy loop; exit status 130.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

/// Runs `code` under gilt, sends SIGINT once it has printed its first line,
/// and returns (exit code, stderr).
fn interrupt(code: &str) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gilt"))
        .arg("-c")
        .arg(code)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gilt starts");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("piped stdout"))
        .read_line(&mut first)
        .expect("gilt prints a line before waiting");
    // Give the main thread time to reach its wait.
    std::thread::sleep(std::time::Duration::from_millis(200));
    let status = Command::new("kill")
        .arg("-INT")
        .arg(child.id().to_string())
        .status()
        .expect("kill runs");
    assert!(status.success());
    let out = child.wait_with_output().expect("gilt exits");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn sigint_while_main_thread_joins() {
    let (code, err) = interrupt(
        "import threading, time\n\
         t = threading.Thread(target=time.sleep, args=(30,), daemon=True)\n\
         t.start()\n\
         print('waiting', flush=True)\n\
         t.join()\n",
    );
    assert_uncaught_interrupt(code, &err);
    assert!(
        err.contains("Traceback (most recent call last):"),
        "stderr: {err}"
    );
    assert!(err.contains("t.join()"), "stderr: {err}");
}

#[test]
fn sigint_while_main_thread_sleeps() {
    let (code, err) = interrupt("import time\nprint('sleeping', flush=True)\ntime.sleep(30)\n");
    assert_uncaught_interrupt(code, &err);
}

#[test]
fn sigint_while_main_thread_computes() {
    let (code, err) = interrupt("print('spinning', flush=True)\nwhile True:\n    pass\n");
    assert_uncaught_interrupt(code, &err);
}

#[test]
fn sigint_caught_by_the_program() {
    let (code, err) = interrupt(
        "import time\n\
         try:\n    print('sleeping', flush=True)\n    time.sleep(30)\n\
         except KeyboardInterrupt:\n    import sys\n    sys.exit(5)\n",
    );
    assert_eq!(code, 5, "stderr: {err}");
}

/// Exit status 130 and a traceback ending in the bare KeyboardInterrupt.
fn assert_uncaught_interrupt(code: i32, err: &str) {
    assert_eq!(code, 130, "stderr: {err}");
    assert_eq!(
        err.lines().last(),
        Some("KeyboardInterrupt"),
        "stderr: {err}"
    );
}
