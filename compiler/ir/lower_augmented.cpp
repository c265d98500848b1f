// Augmented assignment to containers (sema_augmented.cpp): CPython's
// list.__iadd__, list.__imul__, set.__ior__ (&=, -=, ^=), dict.__ior__ and
// bytearray.__iadd__ change the object itself, so that every other
// reference to it sees the change.
#include "ir/lowering.h"

namespace keelback::ir::lowering {

InstId FunctionLowering::LowerAugmented(BinaryOp op, InstId l, TypeId lt, InstId r, TypeId rt, TypeId result, NodeId at) {
  TypeKind lk = KindOf(lt), rk = KindOf(rt);
  auto in_place = [&](const char* function, InstId operand) {
    RuntimeCall(function, types_.none(), {l, operand});
    return CoerceTo(l, lt, result);
  };
  if (lk == TypeKind::List && op == BinaryOp::Add && rk != TypeKind::Unknown) return in_place("kb_list_extend", r);
  if (lk == TypeKind::List && op == BinaryOp::Mult && (rk == TypeKind::Int || rk == TypeKind::Bool))
    return in_place("kb_list_inplace_repeat", ToInt(r, rt));
  if (lk == TypeKind::Set && types_[lt].payload == 0 && rk == TypeKind::Set) {
    switch (op) {
      case BinaryOp::BitOr: return in_place("kb_set_update", r);
      case BinaryOp::BitAnd: return in_place("kb_set_intersection_update", r);
      case BinaryOp::Sub: return in_place("kb_set_difference_update", r);
      case BinaryOp::BitXor: return in_place("kb_set_symmetric_difference_update", r);
      default: break;
    }
  }
  if (lk == TypeKind::Dict && rk == TypeKind::Dict && DictFlavorOf(types_[lt].payload) == DictFlavor::Counter &&
      DictFlavorOf(types_[rt].payload) == DictFlavor::Counter &&
      (op == BinaryOp::Add || op == BinaryOp::Sub || op == BinaryOp::BitOr || op == BinaryOp::BitAnd)) {
    InstId code = Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant(std::to_string(static_cast<uint32_t>(op))));
    RuntimeCall("kb_counter_inplace", types_.none(), {code, l, r});
    return CoerceTo(l, lt, result);
  }
  if (lk == TypeKind::Dict && rk == TypeKind::Dict && op == BinaryOp::BitOr) return in_place("kb_dict_update", r);
  if (lk == TypeKind::ByteArray && op == BinaryOp::Add && (rk == TypeKind::Bytes || rk == TypeKind::ByteArray))
    return in_place("kb_bytearray_extend", r);
  if (lk == TypeKind::Object && KindOf(result) == TypeKind::Object &&
      (op == BinaryOp::Add || op == BinaryOp::Mult || op == BinaryOp::BitOr || op == BinaryOp::BitAnd ||
       op == BinaryOp::Sub || op == BinaryOp::BitXor)) {
    // An operator method of the program's classes is called as for a - b.
    if (InstId call = OperatorCall(at, l, r, result); call.IsValid()) return call;
    InstId code = Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant(std::to_string(static_cast<uint32_t>(op))));
    return RuntimeCall("kb_object_inplace_binop", result, {code, l, CoerceTo(r, rt, types_.object())});
  }
  return LowerBinary(op, l, lt, r, rt, result, at);
}

}  // namespace keelback::ir::lowering
