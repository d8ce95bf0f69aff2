//! The bytecode writer: instructions with lines and exception handlers,
//! labels patched at the end, constants and names deduplicated.

use std::collections::HashMap;
use std::rc::Rc;

use crate::bytecode::code::{CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS};
use crate::bytecode::{Code, ExceptionEntry, Op};
use crate::objects::Value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Label(pub u32);

#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    Float(u64),
    Str(String),
}

/// One code object under construction.
pub struct CodeBuilder {
    pub ops: Vec<Op>,
    pub lines: Vec<u32>,
    /// The innermost exception handler (label, depth) active at each instruction.
    handlers: Vec<Option<(Label, u32)>>,
    pub consts: Vec<Value>,
    const_index: HashMap<ConstKey, u32>,
    pub names: Vec<Value>,
    name_index: HashMap<String, u32>,
    labels: Vec<Option<u32>>,
    pub handler_stack: Vec<(Label, u32)>,
    pub line: u32,
}

impl CodeBuilder {
    pub fn new(line: u32) -> CodeBuilder {
        CodeBuilder {
            ops: Vec::new(),
            lines: Vec::new(),
            handlers: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            labels: Vec::new(),
            handler_stack: Vec::new(),
            line,
        }
    }

    pub fn emit(&mut self, op: Op) {
        self.ops.push(op);
        self.lines.push(self.line);
        self.handlers.push(self.handler_stack.last().copied());
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    pub fn place(&mut self, l: Label) {
        self.labels[l.0 as usize] = Some(self.ops.len() as u32);
    }

    pub fn add_const(&mut self, v: Value) -> u32 {
        let key = match &v {
            Value::None => Some(ConstKey::None),
            Value::Bool(b) => Some(ConstKey::Bool(*b)),
            Value::Int(i) => Some(ConstKey::Int(*i)),
            Value::Float(f) => Some(ConstKey::Float(f.to_bits())),
            Value::Str(s) => Some(ConstKey::Str(s.as_str().to_string())),
            _ => None,
        };
        if let Some(k) = &key {
            if let Some(i) = self.const_index.get(k) {
                return *i;
            }
        }
        self.consts.push(v);
        let i = self.consts.len() as u32 - 1;
        if let Some(k) = key {
            self.const_index.insert(k, i);
        }
        i
    }

    pub fn add_name(&mut self, name: &str, intern: &mut dyn FnMut(&str) -> Value) -> u32 {
        if let Some(i) = self.name_index.get(name) {
            return *i;
        }
        self.names.push(intern(name));
        let i = self.names.len() as u32 - 1;
        self.name_index.insert(name.to_string(), i);
        i
    }

    fn resolve_label(&self, l: u32) -> u32 {
        self.labels[l as usize].expect("every label is placed before the code is finished")
    }

    /// Patches jump targets and builds the exception table.
    #[allow(clippy::too_many_arguments)]
    pub fn finish(
        mut self,
        name: Rc<str>,
        qualname: Rc<str>,
        filename: Rc<str>,
        first_line: u32,
        varnames: Vec<Rc<str>>,
        argcount: u32,
        posonlyargcount: u32,
        kwonlyargcount: u32,
        flags: u32,
        cellvars: Vec<u32>,
        freevars: Vec<u32>,
        docstring: Value,
    ) -> Code {
        let labels = std::mem::take(&mut self.labels);
        let resolve = |l: u32| labels[l as usize].expect("label placed");
        for op in self.ops.iter_mut() {
            match op {
                Op::ForIter(t)
                | Op::Jump(t)
                | Op::PopJumpIfFalse(t)
                | Op::PopJumpIfTrue(t)
                | Op::JumpIfFalseOrPop(t)
                | Op::JumpIfTrueOrPop(t) => *t = resolve(*t),
                _ => {}
            }
        }
        self.labels = labels;
        let mut table: Vec<ExceptionEntry> = Vec::new();
        let mut start = 0;
        while start < self.handlers.len() {
            let h = self.handlers[start];
            let mut end = start + 1;
            while end < self.handlers.len() && self.handlers[end] == h {
                end += 1;
            }
            if let Some((label, depth)) = h {
                table.push(ExceptionEntry {
                    start: start as u32,
                    end: end as u32,
                    handler: self.resolve_label(label.0),
                    depth,
                });
            }
            start = end;
        }
        crate::bytecode::fuse::fuse(&mut self.ops);
        let nlocals = varnames.len() as u32;
        let names_len = self.names.len();
        let plain = flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR) == 0
            && kwonlyargcount == 0
            && freevars.is_empty();
        let plain_argc = if plain { argcount } else { u32::MAX };
        Code {
            name,
            qualname,
            filename,
            first_line,
            body: crate::gil::guard::Instrs::new(self.ops, self.consts),
            lines: self.lines,
            names: self.names,
            varnames,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            nlocals,
            cellvars,
            freevars,
            exception_table: table,
            plain_argc,
            docstring,
            global_cache: vec![Default::default(); names_len],
            attr_cache: vec![Default::default(); names_len],
            method_cache: vec![Default::default(); names_len],
        }
    }
}
