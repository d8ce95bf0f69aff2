//! Bytecode: the instruction table, code objects and the disassembler.

pub mod code;
pub mod dis;
pub mod op;

pub use code::{Code, ExceptionEntry};
pub use op::Op;
