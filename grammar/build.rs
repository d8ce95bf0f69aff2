//! Build script: generates the LR parser from `grammar/gilt.lalrpop`.
//!
//! The generated module lands in `OUT_DIR/gilt.rs` and is pulled in by
//! `src/syntax/parser.rs` with `lalrpop_mod!`.

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo always sets OUT_DIR for build scripts");
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(out_dir)
        .emit_rerun_directives(true)
        .process()
        .expect("grammar/gilt.lalrpop must be a valid LALRPOP grammar");
}
