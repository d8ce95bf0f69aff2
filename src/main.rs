//! The `gilt` command: run a file, `-c CODE` or stdin (`-`), or the REPL.

use clap::Parser;

use gilt::run::{run, Options, Source};

/// mimalloc (see `Allocator` for why not through the `mimalloc` crate).
#[global_allocator]
static GLOBAL: gilt::gil::guard::Allocator = gilt::gil::guard::Allocator;

/// gilt: Python 3 syntax, real threads, one deterministic GIL.
#[derive(Parser, Debug)]
#[command(
    name = "gilt",
    version,
    about,
    long_about = None,
    after_help = "Tests: `gilt test [PATHS]` runs the .script files under PATHS (default .) \
                  against their `# expect:` comments; see `gilt test --help`."
)]
struct Cli {
    /// Program passed in as a string (terminates the option list).
    #[arg(short = 'c', value_name = "CODE", allow_hyphen_values = true)]
    code: Option<String>,

    /// Instructions a thread runs per GIL turn (default 100).
    #[arg(long = "switch-interval", value_name = "N", value_parser = clap::value_parser!(i32).range(1..))]
    switch_interval: Option<i32>,

    /// After running the program, open the REPL in its namespace.
    #[arg(short = 'i')]
    inspect: bool,

    /// Print the bytecode of the program instead of running it.
    #[arg(long)]
    dis: bool,

    /// Virtual time: the clock advances 100 ns per instruction and jumps
    /// to the next timer when every thread waits, so the program prints
    /// the same on every run and never waits in real time.
    #[arg(long)]
    deterministic: bool,

    /// At exit, print per-thread GIL figures to stderr: instructions, GIL
    /// holds, time holding, time waiting for it, longest wait, switches by
    /// reason.
    #[arg(long = "gil-stats")]
    gil_stats: bool,

    /// Write the GIL timeline to FILE at exit as Chrome Trace Event Format
    /// JSON (Perfetto UI, chrome://tracing): one event per GIL hold with
    /// the instructions run and why it ended.
    #[arg(long = "trace-gil", value_name = "FILE")]
    trace_gil: Option<String>,

    /// Seed of the `random` module (default with --deterministic: 0).
    #[arg(long, value_name = "S", allow_negative_numbers = true)]
    seed: Option<i64>,

    /// The script to run (`-` reads the program from standard input),
    /// followed by its arguments (`sys.argv[1:]`). Without one: the REPL
    /// on a terminal (history in ~/.gilt_history), else the program piped
    /// to standard input.
    #[arg(
        value_name = "FILE",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    args: Vec<String>,
}

const TEST_HELP: &str = "\
usage: gilt test [PATHS...]

Runs every .script file under PATHS (files, or folders searched
recursively; default .) and checks what it prints against its comments:
`# expect: TEXT` (the next line of stdout), `# expect-error: TEXT` (the
last line of stderr), `# expect-stderr: TEXT`, `# expect-exit: N`,
`# expect-stdout-contains: TEXT`, `# flags: ...`, `# args: ...`,
`# runs: N` (N runs, all identical), `# timeout: S`. A first line
`# gilt: FLAGS` gives the file's interpreter flags, e.g.
`# gilt: --deterministic --switch-interval 7`.
Prints PASS or FAIL (with a diff) per file; exits 1 if any failed, 2 if
there was nothing to run. (To run a script named `test`: `gilt ./test`.)";

fn main() {
    // `gilt test ...` (a script file named `test` runs as `gilt ./test`).
    let raw: Vec<String> = std::env::args().skip(1).collect();
    if raw.first().map(String::as_str) == Some("test") {
        let rest = &raw[1..];
        if rest.iter().any(|a| a == "-h" || a == "--help") {
            println!("{TEST_HELP}");
            return;
        }
        std::process::exit(gilt::testing::test_command(rest));
    }
    let cli = Cli::parse();
    let mut opts = Options {
        switch_interval: cli.switch_interval,
        dis: cli.dis,
        deterministic: cli.deterministic,
        gil_stats: cli.gil_stats,
        trace_gil: cli.trace_gil,
        seed: cli.seed,
        inspect: cli.inspect,
        ..Options::default()
    };
    let source = if let Some(code) = cli.code {
        opts.argv = std::iter::once("-c".to_string()).chain(cli.args).collect();
        Source::Code(code)
    } else if let Some(first) = cli.args.first() {
        opts.argv = cli.args.clone();
        if first == "-" {
            Source::Stdin
        } else {
            Source::File(first.clone())
        }
    } else {
        opts.argv = vec![String::new()];
        // As python3: the REPL on a terminal, else the program on stdin.
        if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            Source::Repl
        } else if opts.inspect {
            opts.inspect = false;
            Source::Repl
        } else {
            Source::Stdin
        }
    };
    std::process::exit(run(source, opts));
}
