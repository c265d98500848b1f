// Lowering of operator methods that may return NotImplemented (sema:
// FunctionInstance::operator_fallbacks): CPython's binary_op1 and
// do_richcompare, for operands whose types are known.
#include "ir/lowering.h"

namespace keelback::ir::lowering {

InstId FunctionLowering::CallDeclinableOperator(NodeId at, InstanceId method, InstId a, InstId b, TypeId result,
                                                const FunctionInstance::OperatorFallback& fallback) {
  TypeId object = types_.object();
  bool reflected = instance_.reflected_operators.count(at.index) != 0;
  uint32_t slot = NewTemp(object, "$operator");
  BlockId declined = NewBlock(), done = NewBlock();
  InstId not_implemented = RuntimeCall("kb_not_implemented", object, {});
  // Calls `target` with (x, y) and stores its result, going on in `declined`
  // when it is NotImplemented.
  auto attempt = [&](InstanceId target, InstId x, InstId y, BlockId next) {
    TypeId returns = program_[target].return_type;
    InstId value = CoerceTo(EmitList(Op::Call, returns, {x, y}, target.index), returns, object);
    Emit(Op::StoreLocal, types_.none(), {value}, slot);
    InstId is = Emit(Op::SameObject, types_.bool_(), {value, not_implemented});
    Emit(Op::CondBranch, types_.none(), {is}, next.index, done.index);
  };
  attempt(method, reflected ? b : a, reflected ? a : b, declined);
  SetBlock(declined);
  if (fallback.reflected.IsValid()) {
    BlockId both = NewBlock();
    attempt(fallback.reflected, b, a, both);
    SetBlock(both);
  }
  At(at);
  if (fallback.error.empty()) {
    // == and != of operands that both declined: identity.
    InstId same = Emit(Op::SameObject, types_.bool_(), {CoerceTo(a, fallback.left, object), CoerceTo(b, fallback.right, object)});
    if (fallback.identity_negated) same = Emit(Op::BoolNot, types_.bool_(), {same});
    Emit(Op::StoreLocal, types_.none(), {CoerceTo(same, types_.bool_(), object)}, slot);
    BranchTo(done);
  } else {
    RaiseError("TypeError", fallback.error);
    Emit(Op::Unreachable, types_.none(), {});
  }
  SetBlock(done);
  InstId value = Emit(Op::LoadLocal, object, {}, slot);
  if (KindOf(result) == TypeKind::Bool) return ToBool(value, object);
  return CoerceTo(value, object, result);
}

}  // namespace keelback::ir::lowering
