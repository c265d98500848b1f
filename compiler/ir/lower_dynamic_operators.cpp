// Operators on a value of type `object` that may be an instance of the
// program's classes (sema_dynamic_operators.cpp).
#include "ir/lowering.h"

namespace keelback::ir::lowering {

InstId FunctionLowering::LowerDynamicOperator(NodeId at, InstId l, InstId r, TypeId rt,
                                              const std::function<InstId()>& fallback) {
  TypeId object = types_.object();
  uint32_t result = NewTemp(object, "$operator");
  BlockId done = NewBlock();
  for (const DynamicCase& c : instance_.dynamic_cases.at(at.index)) {
    // A reflected method is the right operand's, called with the left one.
    bool reflected = c.field == DynamicCase::kReflectedOperator;
    InstId self = reflected ? r : l, other = reflected ? l : r;
    BlockId yes = NewBlock(), no = NewBlock();
    InstId is = Emit(Op::TypeIs, types_.bool_(), {self}, c.class_index, 0);
    Emit(Op::CondBranch, types_.none(), {is}, yes.index, no.index);
    SetBlock(yes);
    std::vector<InstId> args{Emit(Op::Unbox, c.receiver, {self})};
    if (other.IsValid()) args.push_back(other);
    TypeId returns = program_[c.target].return_type;
    StoreSlot(result, EmitList(Op::Call, returns, args, c.target.index), returns);
    BranchTo(done);
    SetBlock(no);
  }
  StoreSlot(result, fallback(), object);
  BranchTo(done);
  SetBlock(done);
  (void)rt;
  return Emit(Op::LoadLocal, object, {}, result);
}

}  // namespace keelback::ir::lowering
