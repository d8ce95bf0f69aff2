use super::ast::Stmt;
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind { Syntax, Indentation, Tab }
#[derive(Debug, Clone)]
pub struct SyntaxError { pub kind: SyntaxErrorKind, pub msg: String, pub offset: usize, pub incomplete: bool }
pub fn parse_module(_s: &str) -> Result<Vec<Stmt>, SyntaxError> {
    Err(SyntaxError { kind: SyntaxErrorKind::Syntax, msg: "parser not installed".into(), offset: 0, incomplete: false })
}
