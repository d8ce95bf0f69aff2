//! `gilt test`: runs `.script` files against their `# expect:` comments,
//! PASS/FAIL per file with a diff, exit 1 on any failure.

use std::path::PathBuf;
use std::process::Command;

/// Two threads appending to one list: the order depends on the switch
/// interval, so this passes only if the first-line flags are applied.
const PASSING: &str = r#"# gilt: --switch-interval 7
import threading
out = []
def w(n):
    for i in range(20):
        out.append(n)
ts = [threading.Thread(target=w, args=(k,)) for k in "ab"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("".join(out))
# expect: aaaaaaaaaaaaaabababababababbbbbbbbbbbbbb
"#;

const FAILING: &str = "print('one')\nprint('three')\n# expect: one\n# expect: two\n";

fn dir_with(tag: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gilt-test-cmd-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    dir
}

fn gilt_test(args: &[&str], cwd: &PathBuf) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_gilt"))
        .arg("test")
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("run gilt test");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn one_passing_and_one_failing_script() {
    let dir = dir_with(
        "mixed",
        &[("sub/pass.script", PASSING), ("fail.script", FAILING)],
    );
    let (code, out, err) = gilt_test(&["."], &dir);
    assert_eq!(code, 1, "stdout:\n{out}\nstderr:\n{err}");
    assert!(out.contains("PASS ./sub/pass.script"), "{out}");
    assert!(out.contains("FAIL ./fail.script"), "{out}");
    // The diff: where the outputs part, what was expected and what came.
    assert!(out.contains("first difference at line 2"), "{out}");
    assert!(out.contains("- two"), "{out}");
    assert!(out.contains("+ three"), "{out}");
    assert!(
        out.contains("2 scripts in") && out.contains("1 passed, 1 failed"),
        "{out}"
    );

    // The passing file alone, named as a file: exit 0.
    let (code, out, _) = gilt_test(&["sub/pass.script"], &dir);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("1 script in") && out.contains("1 passed, 0 failed"),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_first_line_flags_decide_the_interleaving() {
    // Without `# gilt: --switch-interval 7` the default interval gives
    // another interleaving, and the same expectation fails.
    let without = PASSING.replacen("# gilt: --switch-interval 7\n", "", 1);
    let dir = dir_with("noflags", &[("x.script", &without)]);
    let (code, out, _) = gilt_test(&["x.script"], &dir);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("FAIL x.script"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn nothing_to_run_is_a_usage_error() {
    let (code, _, err) = gilt_test(&["/nonexistent/gilt-tests"], &std::env::temp_dir());
    assert_eq!(code, 2);
    assert!(err.contains("no such file or directory"), "{err}");
}
