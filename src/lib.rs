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
//!   objects (with per-name caches for globals, instance attributes,
//!   module attributes read by `LoadMethod`, and methods: where a name was
//!   last found, checked on every use; `plain_argc`, which lets a call
//!   that needs only a new frame push it inline in the loop; for a
//!   native class's method the cache holds its fn pointer, and `LoadMethod`
//!   pushes that as `Value::NativeMethod`, so calling `lock.acquire()`
//!   writes no shared reference count),
//!   `fuse` (rewrites the head of common instruction groups to a fused
//!   instruction; the members stay in place, and the loop runs a group at
//!   once only when it cannot raise and the GIL turn has ticks for all of
//!   it, so schedules and `dis` are unchanged), the disassembler.
//! - `objects`: `Value` (16 bytes: unboxed None/bool/int/float, `Rc` for the
//!   rest) and the structs behind it; dicts and sets with CPython's hashing
//!   and iteration order (a dict also keeps a 64-bit summary of the hashes
//!   it has held, so a method call proves an instance dict does not shadow
//!   the method without probing it); `numfmt` (float repr, format specs,
//!   `%`).
//! - `vm`: `Vm` (per thread: value stack, frames) and `Interp` (shared:
//!   types, modules, interned names). `eval` is the loop (the fast paths
//!   of the common instructions, with its state in locals: code, pc,
//!   countdown, stack cursor) and `slow_op` (everything else, out of
//!   line); `call`, `attr`,
//!   `ops`, `subscr`, `iter`, `containers`, `format` the object protocol;
//!   `generator`, `import`, `exception` what their names say; `gc` the cycle
//!   collector (containers are tracked when a container is stored into
//!   them; a collection is trial deletion over what they reach).
//! - `gil`: the GIL, which is also the scheduler: holder, FIFO ready queue,
//!   forced hand-off every `switch_interval` instructions or at
//!   `time.sleep(0)`, blocking waits that release it, Ctrl-C delivery.
//!   The thread next in line (or one blocking while nothing else is ready)
//!   spins briefly for its turn instead of sleeping in the kernel (shorter
//!   when its spins keep running out); what a hand-off touches (ready
//!   count, holder, mutex, inline ready ring) shares one cache line. Deadlock reports: each blocked
//!   thread describes its own wait when asked. `clock` is time as threads
//!   see it: real, or virtual with `--deterministic` (100 ns per
//!   instruction, jumping to the earliest deadline when every thread waits).
//!   `stats` watches the GIL: each thread's `--gil-stats` figures and the
//!   `--trace-gil` timeline.
//!   `guard` is the one place with `unsafe`: the `Send`/`Sync` argument,
//!   the eval loop's inlined push and clone primitives, `Cursor` (the
//!   value stack's buffer, length and capacity held in the loop's
//!   registers while it borrows the stack), `Instrs` (a code
//!   object's instructions padded with `Nop`s and its constants, checked
//!   when built, so the loop fetches an instruction and the members of its
//!   fused group with one bounds check), `ArgBuf` (a native call's
//!   arguments, moved off the stack in one copy), and the global
//!   allocator (mimalloc v2, built without transparent huge pages,
//!   through its plain, not aligned, entry points).
//! - `modules`: `builtins`, the types' methods (`methods/`, `str_methods`,
//!   `bytes_methods`), native modules (`sys`, `math`, `time`, `os`,
//!   `random` with `mt` the Mersenne Twister, `_thread`, `_collections`,
//!   `_functools`, `io`, `gc`, `dis`, `atexit`, and `_sync`, the native
//!   methods of `threading.Condition` and `queue.Queue`) and modules written
//!   in gilt (`lib/*.script`: `threading`, `queue`, `collections`,
//!   `functools`, `heapq`), compiled on first import.
//! - `run`: running a program the way the CLI does (exit codes, waiting for
//!   non-daemon threads, atexit).
//! - `repl`: the interactive prompt (rustyline: editing, history in
//!   `~/.gilt_history`, tab completion that takes the GIL back to look at
//!   objects). Inputs compile in interactive mode (`PrintExpr` echoes and
//!   sets `_`); the GIL is released while a line is read, and with virtual
//!   time a thread's timer fires while the prompt waits.
//! - `testing`: the `.script` test format (`# expect:` and the other
//!   directives) and its runner, shared by `tests/scripts.rs` and
//!   `gilt test`.

pub mod bytecode;
pub mod compile;
pub mod gil;
pub mod modules;
pub mod objects;
pub mod repl;
pub mod run;
pub mod syntax;
pub mod testing;
pub mod vm;
