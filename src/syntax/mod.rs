pub mod ast;
pub mod parser;
pub use parser::{parse_module, SyntaxError, SyntaxErrorKind};
