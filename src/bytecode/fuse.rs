//! Fusion of common instruction groups, run once on every finished code
//! object: the head of a group is rewritten to a fused instruction (see the
//! end of `Op`) and the members after it stay where they are, so jump
//! targets, line numbers, the exception table and `dis` are unchanged.

use super::Op;

/// Rewrites the head of every fusable group in `ops`. Groups do not
/// overlap: a member is never itself a head, because the eval loop reads
/// the members as plain instructions.
pub fn fuse(ops: &mut [Op]) {
    let mut i = 0;
    while i < ops.len() {
        let (head, len) = group(&ops[i..]);
        if let Some(head) = head {
            ops[i] = head;
        }
        i += len;
    }
}

/// The fused head for the group starting at `ops[0]` and the group's
/// length (1 when nothing fuses).
fn group(ops: &[Op]) -> (Option<Op>, usize) {
    use Op::*;
    let at = |i: usize| ops.get(i).copied().unwrap_or(Nop);
    match (at(0), at(1), at(2), at(3)) {
        (LoadFast(a), LoadConst(_), Dup2, Subscr) => (Some(FastConstDupSubscr(a)), 4),
        (Inplace(b), Rot3, StoreSubscr, _) => (Some(InplaceStoreSubscr(b)), 3),
        (LoadFast(a), LoadConst(_), Compare(_), PopJumpIfFalse(_)) => {
            (Some(FastConstCmpJump(a)), 4)
        }
        (LoadFast(a), LoadFast(_), Compare(_), PopJumpIfFalse(_)) => (Some(FastFastCmpJump(a)), 4),
        (LoadFast(a), LoadConst(_), Binary(_) | Inplace(_), StoreFast(_)) => {
            (Some(FastConstArithStore(a)), 4)
        }
        (LoadFast(a), LoadConst(_), Binary(_) | Inplace(_), _) => (Some(FastConstArith(a)), 3),
        (LoadFast(a), LoadFast(_), Binary(_) | Inplace(_), _) => (Some(FastFastArith(a)), 3),
        (LoadFast(a), LoadFast(_), Subscr, _) => (Some(FastFastSubscr(a)), 3),
        (LoadFast(a), LoadConst(_), Subscr, _) => (Some(FastConstSubscr(a)), 3),
        (LoadFast(a), LoadFast(_), StoreSubscr, _) => (Some(FastFastStoreSubscr(a)), 3),
        (LoadFast(a), LoadFast(_), _, _) => (Some(FastFast(a)), 2),
        (LoadFast(a), LoadAttr(_), _, _) => (Some(FastAttr(a)), 2),
        (LoadFast(a), StoreAttr(_), _, _) => (Some(FastStoreAttr(a)), 2),
        (Compare(c), PopJumpIfFalse(_), _, _) => (Some(CompareJump(c)), 2),
        (LoadConst(k), Compare(_), PopJumpIfFalse(_), _) => (Some(ConstCmpJump(k)), 3),
        (LoadConst(k), Binary(_) | Inplace(_), StoreFast(_), _) => (Some(ConstArithStore(k)), 3),
        (LoadConst(k), Binary(_) | Inplace(_), _, _) => (Some(ConstArith(k)), 2),
        (Binary(b), StoreFast(_), _, _) => (Some(BinaryStore(b)), 2),
        (Inplace(b), StoreFast(_), _, _) => (Some(InplaceStore(b)), 2),
        (ForIter(t), StoreFast(_), _, _) => (Some(ForIterStore(t)), 2),
        _ => (None, 1),
    }
}
