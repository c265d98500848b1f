// Lowering of functions as values: variables that live in cells (shared
// with nested functions), function objects for defs and lambdas, and calls
// of function values (by their static type, or dispatched at run time on
// the function object's definition).
#include "ir/lowering.h"

namespace keelback::ir::lowering {

InstId FunctionLowering::CellOf(const NameBinding& b) {
  TypeId object = types_.object();
  TypeId cell_type = types_.Find(TypeKind::List, std::span<const TypeId>(&object, 1));
  if (b.kind == NameBinding::Kind::Local) return Emit(Op::LoadLocal, cell_type, {}, b.index);
  InstId self = Emit(Op::LoadLocal, object, {}, closure_slot_);
  return Emit(Op::FunctionCell, cell_type, {self}, b.index);
}

InstId FunctionLowering::LoadVariable(const NameBinding& b, TypeId type) {
  bool local_cell = b.kind == NameBinding::Kind::Local && IsCellSlot(b.index);
  if (b.kind == NameBinding::Kind::Local && !local_cell) return Emit(Op::LoadLocal, type, {}, b.index);
  if (b.kind == NameBinding::Kind::Global) return Emit(Op::LoadGlobal, type, {}, b.index);
  IdentId name = local_cell ? instance_.locals[b.index].name : closure_->free[b.index].name;
  InstId cell = CellOf(b);
  InstId value = Emit(Op::CellGet, types_.object(), {cell}, module_.StrConstant(std::string(tree_.Name(name))),
                      local_cell ? 0 : 1);
  return KindOf(type) == TypeKind::Object ? value : Emit(Op::Unbox, type, {value});
}

void FunctionLowering::StoreVariable(const NameBinding& b, InstId value, TypeId type) {
  bool local_cell = b.kind == NameBinding::Kind::Local && IsCellSlot(b.index);
  if (b.kind == NameBinding::Kind::Local && !local_cell) {
    Emit(Op::StoreLocal, types_.none(), {CoerceTo(value, type, fn_.local_types[b.index])}, b.index);
    return;
  }
  if (b.kind == NameBinding::Kind::Global) {
    Emit(Op::StoreGlobal, types_.none(), {CoerceTo(value, type, program_.globals[b.index].type)}, b.index);
    return;
  }
  // A cell holds its value boxed, whatever the type its readers see.
  InstId boxed = CoerceTo(value, type, types_.object());
  Emit(Op::CellSet, types_.none(), {CellOf(b), boxed});
}

InstId FunctionLowering::MakeFunction(NodeId def) {
  std::vector<InstId> cells;
  if (const ClosureInfo* inner = program_.ClosureOf(def)) {
    for (const ClosureInfo::Free& free : inner->free) {
      // Each cell the nested function uses is one of ours, or one we use.
      if (closure_ != nullptr && free.owner == instance_.def) {
        uint32_t slot = 0;
        while (instance_.locals[slot].name != free.name) ++slot;
        cells.push_back(CellOf({NameBinding::Kind::Local, slot}));
      } else {
        cells.push_back(CellOf({NameBinding::Kind::Free, static_cast<uint32_t>(closure_->FreeIndex(free.name))}));
      }
    }
  }
  TypeId type = types_.Find(TypeKind::Function, {}, def.index);
  return EmitList(Op::MakeFunction, type, cells, def.index, module_.StrConstant(program_.qualified_names.at(def.index)));
}

void FunctionLowering::AppendClosureArgument(NodeId func, InstId callee, std::vector<InstId>& args) {
  TypeId ft = TypeOf(func);
  if (KindOf(ft) != TypeKind::Function || !program_.TakesClosure(NodeId(types_[ft].payload))) return;
  args.push_back(callee);
}

InstId FunctionLowering::LowerFunctionValueCall(NodeId e, InstId callee) {
  std::unordered_map<uint32_t, InstId> values = LowerCallArguments(e);
  At(e);
  TypeId type = TypeOf(e);
  uint32_t result = NewTemp(type, "$call");
  BlockId done = NewBlock();
  auto cases = instance_.dynamic_cases.find(e.index);
  if (cases != instance_.dynamic_cases.end()) {
    for (const DynamicCase& c : cases->second) {
      BlockId yes = NewBlock(), no = NewBlock();
      NodeId def(types_[c.receiver].payload);
      Emit(Op::CondBranch, types_.none(), {Emit(Op::IsFunctionOf, types_.bool_(), {callee}, def.index)}, yes.index, no.index);
      SetBlock(yes);
      if (!c.target.IsValid()) {
        RaiseError("TypeError", c.error);
      } else {
        std::vector<InstId> args = BindArguments(values, c.bound, e);
        if (program_.TakesClosure(def)) args.push_back(callee);
        At(e);
        TypeId returns = program_[c.target].return_type;
        StoreSlot(result, EmitList(Op::Call, returns, args, c.target.index), returns);
      }
      BranchTo(done);
      SetBlock(no);
    }
  }
  // Not a function of the program: CPython's TypeError.
  Emit(Op::RaiseNotCallable, types_.none(), {callee});
  Emit(Op::Unreachable, types_.none(), {});
  SetBlock(done);
  return Emit(Op::LoadLocal, type, {}, result);
}

}  // namespace keelback::ir::lowering
