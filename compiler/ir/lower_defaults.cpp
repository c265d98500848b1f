// Lowering of defaults that are not literals (sema_defaults.cpp): stored
// once where the def runs (in the function object, or a method's in a
// hidden global when its class statement runs), read by each call that
// leaves the parameter out.
#include "ir/lowering.h"

namespace keelback::ir::lowering {

InstId FunctionLowering::LoadStoredDefault(const StoredDefault& d, InstId callee) {
  if (d.global >= 0) return Emit(Op::LoadGlobal, d.type, {}, static_cast<uint32_t>(d.global));
  TypeId object = types_.object();
  TypeId cell_type = types_.Find(TypeKind::List, std::span<const TypeId>(&object, 1));
  InstId cell = Emit(Op::FunctionCell, cell_type, {callee}, d.cell);
  InstId value = Emit(Op::CellGet, object, {cell}, module_.StrConstant("<default>"), 1);
  return KindOf(d.type) == TypeKind::Object ? value : Emit(Op::Unbox, d.type, {value});
}

void FunctionLowering::StoreObjectDefaults(NodeId def, std::vector<InstId>& cells) {
  auto it = program_.object_defaults.find(def.index);
  if (it == program_.object_defaults.end()) return;
  TypeId object = types_.object();
  TypeId cell_type = types_.Find(TypeKind::List, std::span<const TypeId>(&object, 1));
  for (NodeId d : it->second) {
    InstId v = CoerceTo(LowerExpr(d), TypeOf(d), object);
    cells.push_back(Emit(Op::ListNew, cell_type, {v}));
  }
}

void FunctionLowering::StoreMethodDefaults(NodeId def, std::vector<std::pair<uint32_t, InstId>>& stores) {
  NodeId args = tree_.Node(def, FunctionDefField::args);
  std::vector<NodeId> all;
  for (NodeId d : tree_.Items(args, ArgumentsField::defaults)) all.push_back(d);
  for (NodeId d : tree_.Items(args, ArgumentsField::kw_defaults))
    if (d.IsValid()) all.push_back(d);
  for (NodeId d : all) {
    const StoredDefault* stored = program_.StoredDefaultOf(d);
    if (stored == nullptr || stored->global < 0) continue;
    InstId v = LowerExpr(d);
    stores.emplace_back(static_cast<uint32_t>(stored->global), CoerceTo(v, TypeOf(d), stored->type));
  }
}

}  // namespace keelback::ir::lowering
