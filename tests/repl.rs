//! The REPL driven through a pseudo-terminal, as a person would use it
//! (issue 5): each test starts the real binary with its own HOME, so the
//! history file is the test's own.

use std::process::Command;
use std::time::{Duration, Instant};

use rexpect::process::WaitStatus;
use rexpect::session::PtySession;

const GILT: &str = env!("CARGO_BIN_EXE_gilt");

fn home(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("gilt-repl-{}-{}", name, std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn start(home: &std::path::Path, args: &[&str]) -> PtySession {
    let mut cmd = Command::new(GILT);
    cmd.args(args)
        .env("HOME", home)
        .env_remove("GILT_HISTORY")
        .env("TERM", "xterm");
    let mut p = rexpect::session::spawn_command(cmd, Some(10_000)).expect("spawn gilt");
    p.exp_string(">>> ").expect("first prompt");
    p
}

fn exit_code(p: &PtySession) -> i32 {
    match p.process().wait().expect("wait") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("gilt did not exit normally: {:?}", other),
    }
}

#[test]
fn banner_names_the_version_and_the_switch_interval() {
    let h = home("banner");
    let mut cmd = Command::new(GILT);
    cmd.args(["--switch-interval", "7"]).env("HOME", &h);
    let mut p = rexpect::session::spawn_command(cmd, Some(10_000)).unwrap();
    p.exp_string(concat!("gilt ", env!("CARGO_PKG_VERSION")))
        .unwrap();
    p.exp_string("switch interval 7 instructions").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_control('d').unwrap();
    assert_eq!(exit_code(&p), 0);
}

#[test]
fn a_function_defined_over_several_lines_is_called() {
    let h = home("def");
    let mut p = start(&h, &[]);
    p.send_line("def twice(x):").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("    y = x * 2").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("    return y").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("twice(21)").unwrap();
    p.exp_string("42").unwrap();
    p.exp_string(">>> ").unwrap();
    // `_` is the last value echoed; None is not echoed.
    p.send_line("_ + 58").unwrap();
    p.exp_string("100").unwrap();
    p.send_line("print(None)").unwrap();
    // (The echo of the line holds "None)"; the output ends its line.)
    p.exp_string("None\r\n").unwrap();
    p.send_line("exit()").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
}

#[test]
fn lines_typed_ahead_are_all_run() {
    // Several lines arrive in one read of the terminal, as when a person
    // types while a statement runs or pastes without bracketed paste. Each
    // must run in turn; none may be dropped with the line editor's buffer.
    let h = home("ahead");
    let mut p = start(&h, &[]);
    p.send("x = 6\nprint('first', x)\nprint('second', x * 7)\nexit(3)\n")
        .unwrap();
    p.flush().unwrap();
    p.exp_string("first 6").unwrap();
    p.exp_string("second 42").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 3);
}

#[test]
fn an_exception_prints_a_traceback_and_the_repl_goes_on() {
    let h = home("exc");
    let mut p = start(&h, &[]);
    p.send_line("{}['missing']").unwrap();
    p.exp_string("Traceback (most recent call last):").unwrap();
    p.exp_string("KeyError: 'missing'").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("def broken(:").unwrap();
    p.exp_string("SyntaxError").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("print('still', 'here')").unwrap();
    p.exp_string("still here").unwrap();
    p.send_line("exit(4)").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 4);
}

#[test]
fn a_background_thread_prints_while_the_prompt_waits() {
    let h = home("thread");
    let mut p = start(&h, &[]);
    p.send_line("import threading, time").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line(
        "t = threading.Thread(target=lambda: [time.sleep(0.2), print('from', 'the thread')])",
    )
    .unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("t.start()").unwrap();
    p.exp_string(">>> ").unwrap();
    // Nothing more is typed: the thread runs while the prompt waits.
    p.exp_string("from the thread").unwrap();
    p.send_line("t.join(); print('joined', t.is_alive())")
        .unwrap();
    p.exp_string("joined False").unwrap();
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
}

#[test]
fn ctrl_c_interrupts_a_long_sleep_and_returns_to_the_prompt() {
    let h = home("sigint");
    let mut p = start(&h, &[]);
    p.send_line("import time").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("time.sleep(10)").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let t0 = Instant::now();
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    p.exp_string(">>> ").unwrap();
    assert!(
        t0.elapsed() < Duration::from_secs(1),
        "back at the prompt after {:?}",
        t0.elapsed()
    );
    // Ctrl-C at the prompt drops a half-typed block.
    p.send_line("if True:").unwrap();
    p.exp_string("... ").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("print(6 * 7)").unwrap();
    p.exp_string("42").unwrap();
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
}

#[test]
fn history_is_recalled_with_the_up_arrow_in_a_second_session() {
    let h = home("history");
    let mut p = start(&h, &[]);
    p.send_line("print('remembered' + '-' + 'line')").unwrap();
    p.exp_string("remembered-line").unwrap();
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
    assert!(h.join(".gilt_history").exists());

    let mut p = start(&h, &[]);
    p.send("\x1b[A").unwrap();
    p.flush().unwrap(); // up arrow
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("remembered-line").unwrap();
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
}

#[test]
fn tab_completes_names_and_attributes() {
    let h = home("tab");
    let mut p = start(&h, &[]);
    p.send_line("import threading").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("unusual_name_42 = 5").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send("unusual_na\t").unwrap();
    p.flush().unwrap();
    p.exp_string("unusual_name_42").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("5").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send("threading.Barr\t").unwrap();
    p.flush().unwrap();
    p.exp_string("threading.Barrier").unwrap();
    p.send(".__name__\r").unwrap();
    p.flush().unwrap();
    p.exp_string("'Barrier'").unwrap();
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
}

#[test]
fn dash_i_runs_the_file_then_opens_the_repl_in_its_namespace() {
    let h = home("inspect");
    let script = h.join("prog.script");
    std::fs::write(&script, "answer = 40 + 2\nprint('ran the file')\n").unwrap();
    let mut cmd = Command::new(GILT);
    cmd.arg("-i").arg(&script).env("HOME", &h);
    let mut p = rexpect::session::spawn_command(cmd, Some(10_000)).unwrap();
    p.exp_string("ran the file").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("answer").unwrap();
    p.exp_string("42").unwrap();
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
}

#[test]
fn deterministic_mode_fires_timers_while_the_prompt_waits() {
    let h = home("virtual");
    let mut p = start(&h, &["--deterministic"]);
    p.send_line("import threading, time").unwrap();
    p.exp_string(">>> ").unwrap();
    // A 30 s virtual sleep ends at once: the person typing takes no
    // virtual time, so the clock jumps to the thread's deadline.
    p.send_line(
        "threading.Thread(target=lambda: [time.sleep(30), print('woke at', int(time.monotonic()))]).start()",
    )
    .unwrap();
    p.exp_string("woke at 30").unwrap();
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
}

#[test]
fn piped_stdin_runs_as_a_program_without_prompts() {
    use std::io::Write;
    let mut child = Command::new(GILT)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"x = 2\nx\nprint(x + 1)\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "3\n");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert!(out.status.success());
}

#[test]
fn trace_gil_records_the_session_at_exit() {
    let h = home("trace");
    let trace = h.join("trace.json");
    let mut p = start(&h, &["--trace-gil", trace.to_str().unwrap()]);
    p.send_line("import threading; threading.Thread(target=print, args=('hi',)).start()")
        .unwrap();
    p.exp_string("hi").unwrap();
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
    let text = std::fs::read_to_string(&trace).expect("trace written");
    let json: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let events = json["traceEvents"].as_array().expect("traceEvents");
    assert!(events
        .iter()
        .any(|e| e["ph"] == "X" && e["name"] == "MainThread"));
    assert!(events
        .iter()
        .any(|e| e["ph"] == "X" && e["name"] != "MainThread"));
}
