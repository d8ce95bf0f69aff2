//! The script test format and its runner, shared by the project's own
//! harness (`tests/scripts.rs`) and `gilt test` (`test_command`).
//!
//! A test is a `.script` file whose comments say what a run must print
//! (the directives are listed in the `tests/scripts.rs` doc and in
//! README.md): `Spec::parse` reads them, `run_once` runs the script in a
//! child process with a timeout, and `check_expectations` compares what
//! it printed, reporting the first difference as a diff.

use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

pub const DEFAULT_TIMEOUT_SECS: u64 = 20;
pub const CONTEXT_LINES: usize = 3;
pub const SHOWN_DIFF_LINES: usize = 6;
pub const STDERR_TAIL_LINES: usize = 8;
pub const STDOUT_HEAD_LINES: usize = 12;
pub const SHOWN_LINE_CHARS: usize = 200;

/// `line`, cut short for a failure report if it is very long.
pub fn clip(line: &str) -> String {
    match line.char_indices().nth(SHOWN_LINE_CHARS) {
        Some((at, _)) => format!("{}... ({} chars)", &line[..at], line.chars().count()),
        None => line.to_string(),
    }
}

/// The directives of one script.
#[derive(Debug, Default)]
pub struct Spec {
    pub expects: Vec<String>,
    pub stdout_contains: Vec<String>,
    pub expect_error: Option<String>,
    pub expect_stderr: Vec<String>,
    pub expect_exit: Option<i32>,
    pub flags: Vec<String>,
    pub args: Vec<String>,
    pub run: Option<String>,
    pub runs: usize,
    pub timeout: Option<u64>,
    pub skip_python: bool,
    pub not_a_test: bool,
    pub problems: Vec<String>,
}

impl Spec {
    pub fn parse(source: &str) -> Spec {
        let mut spec = Spec {
            runs: 1,
            ..Spec::default()
        };
        for (index, raw) in source.split('\n').enumerate() {
            let line = raw.strip_suffix('\r').unwrap_or(raw);
            let lineno = index + 1;
            let first_line_flags = (index == 0).then(|| line.strip_prefix("# gilt:")).flatten();
            if let Some(text) = first_line_flags {
                spec.flags
                    .extend(text.split_whitespace().map(str::to_string));
            } else if let Some(text) = directive(line, "# expect:") {
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

    pub fn exit_code(&self) -> i32 {
        self.expect_exit
            .unwrap_or(if self.expect_error.is_some() { 1 } else { 0 })
    }
}

pub fn directive<'a>(line: &'a str, marker: &str) -> Option<&'a str> {
    line.find(marker).map(|at| &line[at + marker.len()..])
}

pub fn strip_one_space(text: &str) -> &str {
    text.strip_prefix(' ').unwrap_or(text)
}

/// A command line: program and leading arguments.
#[derive(Clone, Debug)]
pub struct Interpreter {
    pub program: String,
    pub base_args: Vec<String>,
    pub python_like: bool,
}

impl Interpreter {
    pub fn from_command(command: &str) -> Option<Interpreter> {
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
    pub fn version(&self) -> Option<String> {
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
pub enum RunResult {
    Finished(Output),
    Failed(String),
}

#[derive(Debug)]
pub struct Output {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub code: i32,
}

pub fn read_all_in_thread<R: Read + Send + 'static>(mut source: R) -> mpsc::Receiver<Vec<u8>> {
    let (sender, receiver) = mpsc::channel();
    thread::spawn(move || {
        let mut buffer = Vec::new();
        let _ = source.read_to_end(&mut buffer);
        let _ = sender.send(buffer);
    });
    receiver
}

pub fn exit_code_of(status: std::process::ExitStatus) -> i32 {
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

pub fn run_once(
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

pub struct Script {
    /// The path relative to the crate root, as passed to the interpreter
    /// (the `# run:` path if there is one).
    pub path: PathBuf,
    /// The same, for messages.
    pub rel_path: String,
    pub stdin: Option<PathBuf>,
    pub spec: Spec,
}

pub fn find_scripts(dir: &Path, found: &mut Vec<PathBuf>) {
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

pub fn lines_of(bytes: &[u8]) -> Vec<String> {
    if bytes.is_empty() {
        return Vec::new();
    }
    let text = String::from_utf8_lossy(bytes);
    let text = text.strip_suffix('\n').unwrap_or(&text);
    text.split('\n').map(str::to_string).collect()
}

pub fn stderr_tail(stderr: &[u8], root_prefixes: &[(String, String)]) -> String {
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
pub fn diff_lines(
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
pub fn normalised_stderr(stderr: &[u8], root_prefixes: &[(String, String)]) -> Vec<String> {
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

pub fn check_expectations(
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

/// Absolute path prefixes that stderr may show, each with the relative
/// spelling it is shortened to: the crate root as given and canonicalised
/// (""), and the canonical `tests` folder ("tests/", should it be a symlink).
pub fn root_prefixes(root: &Path) -> Vec<(String, String)> {
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

/// `gilt test [PATHS]`: runs every `.script` file under `paths` (files, or
/// folders searched recursively; default `.`) against its directives,
/// each in a child process running `gilt` itself, prints `PASS`/`FAIL`
/// per file (with the diff) and a summary. Returns the exit code: 0 if
/// all passed, 1 if any failed, 2 if there was nothing to run.
pub fn test_command(paths: &[String]) -> i32 {
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(e) => {
            eprintln!("gilt test: cannot find the gilt executable: {e}");
            return 2;
        }
    };
    let gilt = Interpreter {
        program: exe.to_string_lossy().into_owned(),
        base_args: Vec::new(),
        python_like: false,
    };
    let paths: Vec<String> = if paths.is_empty() {
        vec![".".to_string()]
    } else {
        paths.to_vec()
    };
    let mut files = Vec::new();
    for p in &paths {
        let path = Path::new(p);
        if path.is_dir() {
            let mut found = Vec::new();
            find_scripts(path, &mut found);
            found.sort();
            files.extend(found);
        } else if path.is_file() {
            files.push(path.to_path_buf());
        } else {
            eprintln!("gilt test: {p}: no such file or directory");
            return 2;
        }
    }
    let root = PathBuf::from(".");
    let prefixes = std::env::current_dir()
        .map(|d| root_prefixes(&d))
        .unwrap_or_default();
    let (mut passed, mut failed) = (0, 0);
    let started = Instant::now();
    for file in &files {
        let name = file.to_string_lossy().into_owned();
        let spec = match fs::read(file) {
            Ok(source) => Spec::parse(&String::from_utf8_lossy(&source)),
            Err(e) => {
                println!("FAIL {name}: {e}");
                failed += 1;
                continue;
            }
        };
        if spec.not_a_test {
            continue;
        }
        let stdin = file.with_extension("stdin");
        let script = Script {
            path: spec
                .run
                .as_ref()
                .map_or_else(|| file.clone(), PathBuf::from),
            rel_path: name.clone(),
            stdin: stdin.is_file().then_some(stdin),
            spec,
        };
        let timeout = Duration::from_secs(script.spec.timeout.unwrap_or(DEFAULT_TIMEOUT_SECS));
        let runs: Vec<RunResult> = (0..script.spec.runs)
            .map(|_| run_once(&root, &gilt, &script, true, timeout))
            .collect();
        match check_expectations(&script, &runs, &prefixes) {
            Ok(()) => {
                println!("PASS {name}");
                passed += 1;
            }
            Err(message) => {
                println!("FAIL {name}\n    {message}");
                failed += 1;
            }
        }
    }
    let total = passed + failed;
    if total == 0 {
        eprintln!("gilt test: no .script files in {}", paths.join(" "));
        return 2;
    }
    println!(
        "{total} script{} in {:.1} s: {passed} passed, {failed} failed",
        if total == 1 { "" } else { "s" },
        started.elapsed().as_secs_f64()
    );
    i32::from(failed > 0)
}
