//! Bytecode: the instruction table, code objects, the fusion of common
//! instruction groups and the disassembler.

pub mod code;
pub mod dis;
pub mod fuse;
pub mod op;

pub use code::{Code, ExceptionEntry};
pub use op::Op;
