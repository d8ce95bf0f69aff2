//! Script test harness for gilt (`cargo test --test scripts [-- FILTER]`).
//!
//! Every `tests/**/*.script` file (found recursively, sorted by path) is a
//! small Python 3 program. It is run from the crate root as
//! `BIN [FLAGS] tests/<dir>/<name>.script [ARGS]` (or with the program named
//! by its `# run:` directive in place of the file), with standard input taken
//! from the sibling file `tests/<dir>/<name>.stdin` if it exists and from
//! `/dev/null` otherwise. Each run is killed after a timeout (20 s, or
//! `GILT_TIMEOUT` seconds), which counts as a failure.
//!
//! `BIN` is the command in the `GILT` environment variable if set (split on
//! whitespace, so `GILT=python3` or `GILT="python3 -X dev"` work), else the
//! `gilt` binary built by Cargo. When the command's program name starts with
//! `python`, it is "python-like": `# flags:` are not passed, scripts marked
//! `# skip-python` are skipped, and the differential pass is not run.
//!
//! # Directives
//!
//! Directives are comments; all but the last two are recognised anywhere in a
//! line (so `print(1)  # expect: 1` works), which means they must not occur
//! inside string literals.
//!
//! - `# expect: TEXT` — the next line of stdout is exactly `TEXT` (the single
//!   space after the colon is not part of it; `# expect:` alone means an empty
//!   line). Expectations are collected in file order and stdout must consist
//!   of exactly these lines. A missing newline at the very end of stdout is
//!   not an error.
//! - `# expect-stdout-contains: TEXT` — some line of stdout contains `TEXT`
//!   (a substring; repeated directives must match lines in that order). For
//!   output whose exact form is not specified (e.g. `dis.dis`). A script with
//!   these and no `# expect:` lines does not have its stdout checked
//!   otherwise.
//! - `# expect-error: TEXT` — the last non-empty line of stderr is `TEXT`, and
//!   the exit code defaults to 1.
//! - `# expect-stderr: TEXT` — stderr contains the line `TEXT` (the single
//!   space after the colon is removed, further leading spaces are kept).
//!   May be repeated: the lines must then occur in stderr in that order.
//!   Trailing whitespace is ignored in all stderr comparisons, and the
//!   script's absolute path (which CPython prints in tracebacks) is replaced
//!   by the relative one first, so expect `File "tests/<dir>/<name>.script"`.
//! - `# expect-exit: N` — the exit code is `N` (default 0, or 1 with
//!   `# expect-error:`). A process killed by signal `S` has exit code 128+S.
//! - `# flags: A B` — extra interpreter flags, put before the file name.
//! - `# args: A B` — arguments for the script, put after the file name.
//! - `# run: PATH` — run the script at `PATH` (relative to the crate root,
//!   e.g. a program under `scripts/`) instead of this file, in both passes;
//!   this file's directives and `.stdin` sibling apply to that run, and
//!   stderr shows `PATH`. A `PATH` that is not a file fails the test.
//! - `# runs: N` — run the script N times; every run's stdout must be
//!   byte-identical (determinism tests). The first run is checked as above.
//! - `# timeout: S` — this script's runs may take up to S seconds each
//!   (stress tests), instead of the default.
//! - `# skip-python` — gilt-only script (imports a sibling `.script` module,
//!   which CPython cannot load; needs gilt flags; tests gilt's own output
//!   such as `dis` or `sys.getcheckinterval`): no differential run, and not
//!   run at all when `GILT` is a python.
//! - `# not-a-test` — the file is not a test (e.g. a helper module imported by
//!   other scripts) and is not run at all. Must be alone on its line.
//!
//! # Passes
//!
//! 1. expect: the interpreter under test against the directives above.
//! 2. python (differential): every script without `# skip-python` is also run
//!    with the command in the `PYTHON` environment variable (default:
//!    `/usr/bin/python3.11` if it exists, else `python3`), without flags;
//!    its stdout and exit code must equal those of the first run of pass 1.
//!    Skipped, with a note, if that command cannot be started, or if it is
//!    the default and `--version` does not say `Python 3.11` (the
//!    expectations are 3.11's; another version words some messages
//!    differently).
//!
//! All runs happen in parallel (up to `available_parallelism` threads). Each
//! failure is reported with a diff and the tail of stderr; the output ends
//! with the line `N passed, M failed` (one count per file and pass), and the
//! exit code is 1 if anything failed. Command-line arguments that do not
//! start with `-` are substring filters on the script paths (a script runs if
//! it matches any); `--list` prints the selected scripts instead of running
//! them; other libtest options are ignored. Children get `PYTHONUTF8=1` so
//! that CPython's I/O is UTF-8 everywhere.
//!
//! In stderr, every absolute path into the crate root (as given and
//! canonicalised) is shortened to the relative path before any comparison,
//! so tracebacks of imported sibling modules match as well. Very long lines
//! are cut short in failure reports.
//!
//! To check the scripts themselves against CPython:
//! `GILT=/usr/bin/python3.11 cargo test --test scripts` (Cargo still builds
//! the gilt binary first, as for any integration test).

use std::collections::VecDeque;
use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::mpsc;
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

const DEFAULT_TIMEOUT_SECS: u64 = 20;
const CONTEXT_LINES: usize = 3;
const SHOWN_DIFF_LINES: usize = 6;
const STDERR_TAIL_LINES: usize = 8;
const STDOUT_HEAD_LINES: usize = 12;
const SHOWN_LINE_CHARS: usize = 200;

/// `line`, cut short for a failure report if it is very long.
fn clip(line: &str) -> String {
    match line.char_indices().nth(SHOWN_LINE_CHARS) {
        Some((at, _)) => format!("{}... ({} chars)", &line[..at], line.chars().count()),
        None => line.to_string(),
    }
}

/// The directives of one script.
#[derive(Debug, Default)]
struct Spec {
    expects: Vec<String>,
    stdout_contains: Vec<String>,
    expect_error: Option<String>,
    expect_stderr: Vec<String>,
    expect_exit: Option<i32>,
    flags: Vec<String>,
    args: Vec<String>,
    run: Option<String>,
    runs: usize,
    timeout: Option<u64>,
    skip_python: bool,
    not_a_test: bool,
    problems: Vec<String>,
}

impl Spec {
    fn parse(source: &str) -> Spec {
        let mut spec = Spec {
            runs: 1,
            ..Spec::default()
        };
        for (index, raw) in source.split('\n').enumerate() {
            let line = raw.strip_suffix('\r').unwrap_or(raw);
            let lineno = index + 1;
            if let Some(text) = directive(line, "# expect:") {
                spec.expects.push(strip_one_space(text).to_string());
            } else if let Some(text) = directive(line, "# expect-stdout-contains:") {
                let text = strip_one_space(text).trim_end();
                if text.is_empty() {
                    spec.problems
                        .push(format!("line {lineno}: empty `# expect-stdout-contains:`"));
                } else {
                    spec.stdout_contains.push(text.to_string());
                }
            } else if let Some(text) = directive(line, "# expect-error:") {
                spec.expect_error = Some(text.trim().to_string());
            } else if let Some(text) = directive(line, "# expect-stderr:") {
                spec.expect_stderr
                    .push(strip_one_space(text).trim_end().to_string());
            } else if let Some(text) = directive(line, "# expect-exit:") {
                match text.trim().parse() {
                    Ok(code) => spec.expect_exit = Some(code),
                    Err(_) => spec
                        .problems
                        .push(format!("line {lineno}: bad `# expect-exit:` value")),
                }
            } else if let Some(text) = directive(line, "# flags:") {
                spec.flags
                    .extend(text.split_whitespace().map(str::to_string));
            } else if let Some(text) = directive(line, "# args:") {
                spec.args
                    .extend(text.split_whitespace().map(str::to_string));
            } else if let Some(text) = directive(line, "# run:") {
                match text.trim() {
                    "" => spec
                        .problems
                        .push(format!("line {lineno}: empty `# run:` path")),
                    _ if spec.run.is_some() => spec
                        .problems
                        .push(format!("line {lineno}: a second `# run:` path")),
                    path => spec.run = Some(path.to_string()),
                }
            } else if let Some(text) = directive(line, "# runs:") {
                match text.trim().parse() {
                    Ok(runs) if runs >= 1 => spec.runs = runs,
                    _ => spec
                        .problems
                        .push(format!("line {lineno}: bad `# runs:` value")),
                }
            } else if let Some(text) = directive(line, "# timeout:") {
                match text.trim().parse() {
                    Ok(secs) if secs >= 1 => spec.timeout = Some(secs),
                    _ => spec
                        .problems
                        .push(format!("line {lineno}: bad `# timeout:` value")),
                }
            } else if directive(line, "# skip-python").is_some_and(|rest| rest.trim().is_empty()) {
                spec.skip_python = true;
            } else if line.trim() == "# not-a-test" {
                spec.not_a_test = true;
            }
        }
        spec
    }

    fn exit_code(&self) -> i32 {
        self.expect_exit
            .unwrap_or(if self.expect_error.is_some() { 1 } else { 0 })
    }
}

fn directive<'a>(line: &'a str, marker: &str) -> Option<&'a str> {
    line.find(marker).map(|at| &line[at + marker.len()..])
}

fn strip_one_space(text: &str) -> &str {
    text.strip_prefix(' ').unwrap_or(text)
}

/// A command line: program and leading arguments.
#[derive(Clone, Debug)]
struct Interpreter {
    program: String,
    base_args: Vec<String>,
    python_like: bool,
}

impl Interpreter {
    fn from_command(command: &str) -> Option<Interpreter> {
        let mut words = command.split_whitespace().map(str::to_string);
        let program = words.next()?;
        let name = Path::new(&program)
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        Some(Interpreter {
            python_like: name.starts_with("python"),
            program,
            base_args: words.collect(),
        })
    }

    /// What `--version` prints (CPython 3.11 prints `Python 3.11.x` to
    /// stdout), or None if the command cannot be run.
    fn version(&self) -> Option<String> {
        let output = Command::new(&self.program)
            .args(&self.base_args)
            .arg("--version")
            .stdin(Stdio::null())
            .output()
            .ok()
            .filter(|output| output.status.success())?;
        let text = [output.stdout, output.stderr].concat();
        Some(String::from_utf8_lossy(&text).trim().to_string())
    }
}

/// What one run of a script produced.
#[derive(Debug)]
enum RunResult {
    Finished(Output),
    Failed(String),
}

#[derive(Debug)]
struct Output {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    code: i32,
}

fn read_all_in_thread<R: Read + Send + 'static>(mut source: R) -> mpsc::Receiver<Vec<u8>> {
    let (sender, receiver) = mpsc::channel();
    thread::spawn(move || {
        let mut buffer = Vec::new();
        let _ = source.read_to_end(&mut buffer);
        let _ = sender.send(buffer);
    });
    receiver
}

fn exit_code_of(status: std::process::ExitStatus) -> i32 {
    if let Some(code) = status.code() {
        return code;
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return 128 + signal;
        }
    }
    -1
}

fn run_once(
    root: &Path,
    interpreter: &Interpreter,
    script: &Script,
    use_flags: bool,
    timeout: Duration,
) -> RunResult {
    let mut command = Command::new(&interpreter.program);
    command.args(&interpreter.base_args);
    if use_flags {
        command.args(&script.spec.flags);
    }
    command
        .arg(&script.path)
        .args(&script.spec.args)
        .current_dir(root)
        .env("PYTHONUTF8", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    match &script.stdin {
        Some(path) => match fs::File::open(path) {
            Ok(file) => command.stdin(file),
            Err(error) => return RunResult::Failed(format!("cannot open stdin file: {error}")),
        },
        None => command.stdin(Stdio::null()),
    };
    let mut child = match command.spawn() {
        Ok(child) => child,
        Err(error) => {
            return RunResult::Failed(format!("cannot start `{}`: {error}", interpreter.program))
        }
    };
    let stdout = child.stdout.take().map(read_all_in_thread);
    let stderr = child.stderr.take().map(read_all_in_thread);
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Ok(status),
            Ok(None) if start.elapsed() >= timeout => {
                let _ = child.kill();
                let _ = child.wait();
                break Err(format!("timed out after {} s", timeout.as_secs_f64()));
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(error) => break Err(format!("cannot wait for child: {error}")),
        }
    };
    // A grandchild may keep a pipe open: do not wait for it forever.
    let collect = |receiver: Option<mpsc::Receiver<Vec<u8>>>| {
        receiver
            .and_then(|receiver| receiver.recv_timeout(Duration::from_secs(2)).ok())
            .unwrap_or_default()
    };
    let stdout = collect(stdout);
    let stderr = collect(stderr);
    match status {
        Ok(status) => RunResult::Finished(Output {
            stdout,
            stderr,
            code: exit_code_of(status),
        }),
        Err(message) => {
            let mut message = message;
            let tail = stderr_tail(&stderr, &[]);
            if !tail.is_empty() {
                message.push_str("\n    ");
                message.push_str(&tail);
            }
            RunResult::Failed(message)
        }
    }
}

struct Script {
    /// The path relative to the crate root, as passed to the interpreter
    /// (the `# run:` path if there is one).
    path: PathBuf,
    /// The same, for messages.
    rel_path: String,
    stdin: Option<PathBuf>,
    spec: Spec,
}

fn find_scripts(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        if file_type.is_dir() {
            find_scripts(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "script") {
            found.push(path);
        }
    }
}

fn lines_of(bytes: &[u8]) -> Vec<String> {
    if bytes.is_empty() {
        return Vec::new();
    }
    let text = String::from_utf8_lossy(bytes);
    let text = text.strip_suffix('\n').unwrap_or(&text);
    text.split('\n').map(str::to_string).collect()
}

fn stderr_tail(stderr: &[u8], root_prefixes: &[(String, String)]) -> String {
    let lines = normalised_stderr(stderr, root_prefixes);
    let start = lines.len().saturating_sub(STDERR_TAIL_LINES);
    let mut out = String::new();
    if !lines.is_empty() {
        let _ = writeln!(out, "stderr (last {} lines):", lines.len() - start);
    }
    for line in &lines[start..] {
        let _ = writeln!(out, "      | {}", clip(line));
    }
    out.trim_end().to_string()
}

/// Describes the first difference between two line lists, or None if equal.
fn diff_lines(
    expected: &[String],
    actual: &[String],
    expected_name: &str,
    actual_name: &str,
) -> Option<String> {
    let first =
        (0..expected.len().max(actual.len())).find(|&i| expected.get(i) != actual.get(i))?;
    let mut out = format!(
        "first difference at line {} ({} {} lines, {} {} lines)\n",
        first + 1,
        expected_name,
        expected.len(),
        actual_name,
        actual.len()
    );
    for (i, line) in expected
        .iter()
        .enumerate()
        .take(first)
        .skip(first.saturating_sub(CONTEXT_LINES))
    {
        let _ = writeln!(out, "      {:>4}   {}", i + 1, clip(line));
    }
    let show = |out: &mut String, lines: &[String], sign: char, name: &str| {
        let end = lines.len().min(first + SHOWN_DIFF_LINES);
        if first >= lines.len() {
            let _ = writeln!(out, "    > {:>4} {sign} <{name}: no more lines>", first + 1);
        }
        for (i, line) in lines.iter().enumerate().take(end).skip(first) {
            let mark = if i == first { '>' } else { ' ' };
            let _ = writeln!(out, "    {mark} {:>4} {sign} {}", i + 1, clip(line));
        }
        if lines.len() > end {
            let _ = writeln!(out, "           {sign} ... {} more", lines.len() - end);
        }
    };
    show(&mut out, expected, '-', expected_name);
    show(&mut out, actual, '+', actual_name);
    Some(out.trim_end().to_string())
}

/// The lines of `stderr` without trailing whitespace and with absolute paths
/// into the crate root made relative (CPython shows the script's absolute
/// path in tracebacks, gilt the path it was given).
fn normalised_stderr(stderr: &[u8], root_prefixes: &[(String, String)]) -> Vec<String> {
    lines_of(stderr)
        .iter()
        .map(|line| {
            let mut line = line.trim_end().to_string();
            for (prefix, relative) in root_prefixes {
                if line.contains(prefix.as_str()) {
                    line = line.replace(prefix.as_str(), relative);
                }
            }
            line
        })
        .collect()
}

fn check_expectations(
    script: &Script,
    runs: &[RunResult],
    root_prefixes: &[(String, String)],
) -> Result<(), String> {
    let spec = &script.spec;
    if !spec.problems.is_empty() {
        return Err(spec.problems.join("; "));
    }
    let mut outputs = Vec::new();
    for (index, run) in runs.iter().enumerate() {
        match run {
            RunResult::Finished(output) => outputs.push(output),
            RunResult::Failed(message) if runs.len() > 1 => {
                return Err(format!("run {}: {message}", index + 1))
            }
            RunResult::Failed(message) => return Err(message.clone()),
        }
    }
    let Some(first) = outputs.first().copied() else {
        return Err("the script was not run".to_string());
    };
    let mut problems = Vec::new();
    let stdout_lines = lines_of(&first.stdout);
    if !spec.expects.is_empty() || spec.stdout_contains.is_empty() {
        if let Some(diff) = diff_lines(&spec.expects, &stdout_lines, "expected", "actual") {
            problems.push(format!("stdout: {diff}"));
        }
    }
    let mut remaining = stdout_lines.iter();
    for wanted in &spec.stdout_contains {
        if !remaining.any(|line| line.contains(wanted.as_str())) {
            let anywhere = stdout_lines
                .iter()
                .any(|line| line.contains(wanted.as_str()));
            problems.push(format!(
                "stdout has no line containing{}: {wanted}",
                if anywhere { " (in this order)" } else { "" }
            ));
            let shown = stdout_lines.len().min(STDOUT_HEAD_LINES);
            let mut head = format!("stdout (first {shown} of {} lines):", stdout_lines.len());
            for line in &stdout_lines[..shown] {
                let _ = write!(head, "\n      | {}", clip(line));
            }
            problems.push(head);
            break;
        }
    }
    for (index, other) in outputs.iter().enumerate().skip(1) {
        if other.stdout != first.stdout {
            let diff = diff_lines(
                &lines_of(&first.stdout),
                &lines_of(&other.stdout),
                "run 1",
                &format!("run {}", index + 1),
            )
            .unwrap_or_else(|| "outputs differ only in the final newline".to_string());
            problems.push(format!("nondeterministic stdout: {diff}"));
            break;
        }
    }
    if first.code != spec.exit_code() {
        problems.push(format!(
            "exit code: expected {}, got {}",
            spec.exit_code(),
            first.code
        ));
    }
    let stderr_lines = normalised_stderr(&first.stderr, root_prefixes);
    if let Some(error) = &spec.expect_error {
        let last = stderr_lines
            .iter()
            .rev()
            .find(|line| !line.is_empty())
            .map_or("<no stderr>", String::as_str);
        if last != error {
            problems.push(format!(
                "last stderr line:\n      expected: {error}\n      actual:   {}",
                clip(last)
            ));
        }
    }
    let mut remaining = stderr_lines.iter();
    for wanted in &spec.expect_stderr {
        if !remaining.any(|line| line == wanted) {
            let anywhere = stderr_lines.contains(wanted);
            problems.push(format!(
                "stderr lacks the line{}: {wanted}",
                if anywhere { " (in this order)" } else { "" }
            ));
            break;
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        let tail = stderr_tail(&first.stderr, root_prefixes);
        if !tail.is_empty() {
            problems.push(tail);
        }
        Err(problems.join("\n    "))
    }
}

fn check_differential(
    gilt: &[RunResult],
    python: &RunResult,
    root_prefixes: &[(String, String)],
) -> Result<(), String> {
    let python = match python {
        RunResult::Finished(output) => output,
        RunResult::Failed(message) => return Err(format!("python: {message}")),
    };
    let gilt = match gilt.first() {
        Some(RunResult::Finished(output)) => output,
        Some(RunResult::Failed(message)) => return Err(format!("gilt: {message}")),
        None => return Err("gilt was not run".to_string()),
    };
    let mut problems = Vec::new();
    if gilt.stdout != python.stdout {
        let diff = diff_lines(
            &lines_of(&python.stdout),
            &lines_of(&gilt.stdout),
            "python",
            "gilt",
        )
        .unwrap_or_else(|| "stdout differs only in the final newline".to_string());
        problems.push(format!("stdout: {diff}"));
    }
    if gilt.code != python.code {
        problems.push(format!(
            "exit code: python {}, gilt {}",
            python.code, gilt.code
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        let tail = stderr_tail(&gilt.stderr, root_prefixes);
        if !tail.is_empty() {
            problems.push(tail.replacen("stderr", "gilt stderr", 1));
        }
        Err(problems.join("\n    "))
    }
}

#[derive(Clone, Copy)]
enum Job {
    Gilt(usize),
    Python(usize),
}

/// Runs `work` on every job using up to `available_parallelism` threads.
fn run_parallel<T: Send>(jobs: Vec<Job>, work: impl Fn(Job) -> T + Sync) -> Vec<(Job, T)> {
    let threads = thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .min(jobs.len().max(1));
    let queue = Mutex::new(jobs.into_iter().enumerate().collect::<VecDeque<_>>());
    let results = Mutex::new(Vec::new());
    thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let next = queue.lock().unwrap_or_else(|e| e.into_inner()).pop_front();
                let Some((index, job)) = next else { break };
                let result = work(job);
                results
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((index, job, result));
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results.sort_by_key(|(index, _, _)| *index);
    results
        .into_iter()
        .map(|(_, job, result)| (job, result))
        .collect()
}

enum JobOutput {
    Gilt(Vec<RunResult>),
    Python(RunResult),
}

/// What the command line asks for; libtest options other than `--list` are
/// accepted and ignored (Cargo may pass them to every test binary).
struct Options {
    filters: Vec<String>,
    list: bool,
}

impl Options {
    fn from_args(args: impl Iterator<Item = String>) -> Options {
        const TAKE_VALUE: &[&str] = &[
            "--test-threads",
            "--skip",
            "--color",
            "--format",
            "--logfile",
            "--shuffle-seed",
            "-Z",
        ];
        let mut options = Options {
            filters: Vec::new(),
            list: false,
        };
        let mut args = args.peekable();
        while let Some(arg) = args.next() {
            if arg == "--list" {
                options.list = true;
            } else if TAKE_VALUE.contains(&arg.as_str()) {
                args.next();
            } else if !arg.starts_with('-') {
                options.filters.push(arg);
            }
        }
        options
    }

    fn selects(&self, path: &str) -> bool {
        self.filters.is_empty() || self.filters.iter().any(|filter| path.contains(filter))
    }
}

/// `PYTHON` if set and not empty (then explicitly chosen: true), else
/// `/usr/bin/python3.11` if it exists, else `python3`.
fn python_command() -> (String, bool) {
    match std::env::var("PYTHON") {
        Ok(command) if !command.trim().is_empty() => (command, true),
        _ if Path::new("/usr/bin/python3.11").is_file() => {
            ("/usr/bin/python3.11".to_string(), false)
        }
        _ => ("python3".to_string(), false),
    }
}

/// Absolute path prefixes that stderr may show, each with the relative
/// spelling it is shortened to: the crate root as given and canonicalised
/// (""), and the canonical `tests` folder ("tests/", should it be a symlink).
fn root_prefixes(root: &Path) -> Vec<(String, String)> {
    let with_separator = |path: &Path| {
        let mut text = path.to_string_lossy().into_owned();
        if !text.ends_with(std::path::MAIN_SEPARATOR) {
            text.push(std::path::MAIN_SEPARATOR);
        }
        text
    };
    let mut prefixes = vec![(with_separator(root), String::new())];
    if let Ok(canonical) = root.canonicalize() {
        prefixes.push((with_separator(&canonical), String::new()));
    }
    if let Ok(canonical) = root.join("tests").canonicalize() {
        prefixes.push((
            with_separator(&canonical),
            with_separator(Path::new("tests")),
        ));
    }
    // Longest first, so that no prefix is shortened by a shorter one.
    prefixes.sort_by_key(|(prefix, _)| std::cmp::Reverse(prefix.len()));
    prefixes.dedup();
    prefixes
}

fn main() -> ExitCode {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let options = Options::from_args(std::env::args().skip(1));
    let timeout = Duration::from_secs(
        std::env::var("GILT_TIMEOUT")
            .ok()
            .and_then(|value| value.trim().parse().ok())
            .filter(|&secs| secs > 0)
            .unwrap_or(DEFAULT_TIMEOUT_SECS),
    );
    let gilt = std::env::var("GILT")
        .ok()
        .and_then(|command| Interpreter::from_command(&command))
        .unwrap_or_else(|| Interpreter {
            program: env!("CARGO_BIN_EXE_gilt").to_string(),
            base_args: Vec::new(),
            python_like: false,
        });

    let mut paths = Vec::new();
    find_scripts(&root.join("tests"), &mut paths);
    paths.sort();
    let mut scripts = Vec::new();
    let mut skipped = 0;
    let mut broken = Vec::new();
    for path in paths {
        let relative = path.strip_prefix(&root).unwrap_or(&path).to_path_buf();
        let rel_path = relative.to_string_lossy().into_owned();
        if !options.selects(&rel_path) {
            continue;
        }
        let source = match fs::read(&path) {
            Ok(source) => source,
            Err(error) => {
                broken.push(format!("FAIL [read] {rel_path}: {error}"));
                continue;
            }
        };
        let spec = Spec::parse(&String::from_utf8_lossy(&source));
        if spec.not_a_test {
            continue;
        }
        if gilt.python_like && spec.skip_python {
            skipped += 1;
            continue;
        }
        let run_path = match &spec.run {
            Some(run) if !root.join(run).is_file() => {
                broken.push(format!(
                    "FAIL [read] {rel_path}: `# run:` path `{run}` is not a file"
                ));
                continue;
            }
            Some(run) => PathBuf::from(run),
            None => relative,
        };
        let stdin = path.with_extension("stdin");
        scripts.push(Script {
            path: run_path,
            rel_path,
            stdin: stdin.is_file().then_some(stdin),
            spec,
        });
    }
    if options.list {
        for script in &scripts {
            println!("{}: test", script.rel_path);
        }
        return ExitCode::SUCCESS;
    }

    let (python_command, python_chosen) = python_command();
    let python = if gilt.python_like {
        println!("note: GILT is a python: gilt-only scripts and the differential pass are skipped");
        None
    } else {
        Interpreter::from_command(&python_command)
    };
    // The expectations are CPython 3.11's; another version words some
    // messages differently, so it is used only when asked for by `PYTHON`.
    let python = match python.as_ref().map(|python| (python, python.version())) {
        Some((python, Some(version))) if python_chosen || version.starts_with("Python 3.11") => {
            Some(python.clone())
        }
        Some((python, Some(version))) => {
            println!(
                "note: `{}` is {version}, not CPython 3.11: differential pass skipped \
                 (set PYTHON to use it anyway)",
                python.program
            );
            None
        }
        Some((python, None)) => {
            println!(
                "note: `{}` cannot be run: differential pass skipped",
                python.program
            );
            None
        }
        None => None,
    };

    let mut jobs: Vec<Job> = (0..scripts.len()).map(Job::Gilt).collect();
    if python.is_some() {
        jobs.extend(
            (0..scripts.len())
                .filter(|&i| !scripts[i].spec.skip_python)
                .map(Job::Python),
        );
    }
    let started = Instant::now();
    let results = run_parallel(jobs, |job| match job {
        Job::Gilt(i) => {
            let script = &scripts[i];
            let timeout = script.spec.timeout.map_or(timeout, Duration::from_secs);
            JobOutput::Gilt(
                (0..script.spec.runs)
                    .map(|_| run_once(&root, &gilt, script, !gilt.python_like, timeout))
                    .collect(),
            )
        }
        Job::Python(i) => match &python {
            Some(python) => {
                let timeout = scripts[i].spec.timeout.map_or(timeout, Duration::from_secs);
                JobOutput::Python(run_once(&root, python, &scripts[i], false, timeout))
            }
            None => JobOutput::Python(RunResult::Failed("no python".to_string())),
        },
    });

    let mut gilt_runs: Vec<Option<Vec<RunResult>>> = scripts.iter().map(|_| None).collect();
    let mut python_runs: Vec<Option<RunResult>> = scripts.iter().map(|_| None).collect();
    for (job, output) in results {
        match (job, output) {
            (Job::Gilt(i), JobOutput::Gilt(runs)) => gilt_runs[i] = Some(runs),
            (Job::Python(i), JobOutput::Python(run)) => python_runs[i] = Some(run),
            _ => unreachable!("job and output kinds always match"),
        }
    }

    let prefixes = root_prefixes(&root);
    let mut passed = 0;
    let mut failed = broken.len();
    for line in &broken {
        println!("{line}");
    }
    let mut report = |mode: &str, path: &str, outcome: Result<(), String>| match outcome {
        Ok(()) => passed += 1,
        Err(message) => {
            failed += 1;
            println!("FAIL [{mode}] {path}: {message}");
        }
    };
    for (i, script) in scripts.iter().enumerate() {
        let runs = gilt_runs[i].as_deref().unwrap_or_default();
        report(
            "expect",
            &script.rel_path,
            check_expectations(script, runs, &prefixes),
        );
    }
    for (i, script) in scripts.iter().enumerate() {
        if let Some(python_run) = &python_runs[i] {
            let runs = gilt_runs[i].as_deref().unwrap_or_default();
            report(
                "python",
                &script.rel_path,
                check_differential(runs, python_run, &prefixes),
            );
        }
    }
    let modes = if python.is_some() {
        "expect + python"
    } else {
        "expect"
    };
    println!(
        "{} scripts ({modes}) in {:.1} s{}",
        scripts.len(),
        started.elapsed().as_secs_f64(),
        if skipped > 0 {
            format!(", {skipped} gilt-only scripts skipped")
        } else {
            String::new()
        }
    );
    println!("{passed} passed, {failed} failed");
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
