//! Script test harness for gilt (`cargo test --test scripts [-- FILTER]`).
//!
//! The format, the running of one script and the checks live in
//! `gilt::testing`, which `gilt test` uses too; this file adds the
//! parallel runner, the filters and the differential pass against CPython.
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
//! - `# gilt: A B` — on the first line only: interpreter flags, as `# flags:`
//!   (the form `gilt test` users write).
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
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

use gilt::testing::{
    check_expectations, diff_lines, find_scripts, lines_of, root_prefixes, run_once, stderr_tail,
    Interpreter, RunResult, Script, Spec, DEFAULT_TIMEOUT_SECS,
};

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
