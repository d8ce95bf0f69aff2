//! gilt: a small Python-3-syntax language whose threads take turns under one
//! global interpreter lock.
//!
//! # Crate map
//!
//! The pipeline runs one way: source → tokens → AST → code objects → VM.
//!
//! - `syntax`: `token` (the `logos` lexer), `lexer` (the layout layer:
//!   NEWLINE/INDENT/DEDENT, bracket joining), `parser` (the LALRPOP parser
//!   generated from `grammar/gilt.lalrpop` by `grammar/build.rs`), `ast`
//!   (nodes with byte spans).
//! - `compile`: `scope` resolves every name once (slot, cell, free, global,
//!   name); `stmt`/`expr` emit bytecode through `builder`, which also builds
//!   the line and exception tables.
//! - `bytecode`: the `Op` enum (one documented line per instruction), code
//!   objects, the disassembler.
//! - `objects`: `Value` (16 bytes: unboxed None/bool/int/float, `Rc` for the
//!   rest) and the structs behind it; dicts and sets with CPython's hashing
//!   and iteration order; `numfmt` (float repr, format specs, `%`).
//! - `vm`: `Vm` (per thread: value stack, frames) and `Interp` (shared:
//!   types, modules, interned names). `eval` is the loop; `call`, `attr`,
//!   `ops`, `subscr`, `iter`, `containers`, `format` the object protocol;
//!   `generator`, `import`, `exception` what their names say.
//! - `gil`: the lock every thread holds while it touches objects; `guard` is
//!   the one place with `unsafe` (the `Send`/`Sync` argument).
//! - `modules`: `builtins` and the types' `methods`, and the native modules
//!   (`sys`, `math`, `time`, `random`, …); `mt` is the Mersenne Twister.
//! - `run`: running a program the way the CLI does (exit codes, atexit).

pub mod bytecode;
pub mod compile;
pub mod gil;
pub mod modules;
pub mod objects;
pub mod run;
pub mod syntax;
pub mod vm;
