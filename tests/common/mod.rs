//! What `perf_guard` and `memory_guard` share: the `tests/bench` scripts
//! that carry a `# perf-guard: REPEAT LIMIT` line, and the CPython to
//! compare with.

use std::path::{Path, PathBuf};

pub struct Guarded {
    pub path: PathBuf,
    pub name: String,
    pub repeat: String,
    pub limit: f64,
}

pub fn guarded_scripts() -> Vec<Guarded> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bench");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("tests/bench is readable") {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_none_or(|ext| ext != "script") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a readable script");
        let Some(line) = text
            .lines()
            .find_map(|line| line.strip_prefix("# perf-guard:"))
        else {
            continue;
        };
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [repeat, limit] = fields[..] else {
            panic!(
                "{}: `# perf-guard: REPEAT LIMIT` expected, got {line:?}",
                path.display()
            );
        };
        let limit = limit
            .parse()
            .unwrap_or_else(|_| panic!("{}: bad limit {limit:?}", path.display()));
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        found.push(Guarded {
            path,
            name,
            repeat: repeat.to_string(),
            limit,
        });
    }
    found.sort_by(|a, b| a.name.cmp(&b.name));
    assert!(
        found.len() >= 8,
        "tests/bench lost its `# perf-guard:` scripts"
    );
    found
}

pub fn python() -> String {
    if let Ok(python) = std::env::var("GILT_PERF_PYTHON") {
        return python;
    }
    if Path::new("/usr/bin/python3.11").exists() {
        return "/usr/bin/python3.11".to_string();
    }
    "python3".to_string()
}
