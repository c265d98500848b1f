// Lowering of class statements, at a module's level or inside a function or
// another class's body (sema_local_classes.cpp says when they are compiled).
#include "ir/lowering.h"

namespace keelback::ir::lowering {

void FunctionLowering::LowerClassStatement(NodeId statement) {
  // The class statement and those nested in its body, outer ones first.
  std::vector<NodeId> classes;
  for (std::vector<NodeId> work{statement}; !work.empty();) {
    NodeId s = work.back();
    work.pop_back();
    classes.push_back(s);
    auto body = tree_.Items(s, ClassDefField::body);
    for (size_t i = body.size(); i-- > 0;)
      if (tree_.Kind(body[i]) == NodeKind::ClassDef) work.push_back(body[i]);
  }
  // The methods that read cells of the functions around the class get their
  // closure first: a decorator may call them while the body runs.
  for (NodeId s : classes)
    for (NodeId member : tree_.Items(s, ClassDefField::body))
      if (auto g = program_.closure_globals.find(member.index); g != program_.closure_globals.end())
        Emit(Op::StoreGlobal, types_.none(), {MakeFunction(member)}, g->second);
  // The class attributes' values, in the order written; the class (and so
  // each attribute) exists only once the whole body has run.
  std::vector<std::pair<uint32_t, InstId>> stores;
  for (NodeId s : classes) {
    const ClassInfo* found = nullptr;
    for (const ClassInfo& info : program_.classes)
      if (info.def == s) found = &info;
    if (found == nullptr) continue;
    const ClassInfo& info = *found;
    if (!info.definition_error.empty()) {  // no consistent MRO, a duplicate base
      RaiseError("TypeError", info.definition_error);
      return;
    }
    for (NodeId member : tree_.Items(s, ClassDefField::body)) {
      if (tree_.Kind(member) == NodeKind::FunctionDef) StoreMethodDefaults(member, stores);
      if (auto g = program_.decorated_methods.find(member.index); g != program_.decorated_methods.end()) {
        TypeId type;
        InstId value = LowerDecoratedFunction(member, type);
        if (value.IsValid()) stores.emplace_back(g->second, CoerceTo(value, type, program_.globals[g->second].type));
      }
      NodeId target, value;
      if (!ClassBodyAssignment(tree_, member, target, value) || tree_.Kind(target) != NodeKind::Name) continue;
      auto it = info.attributes.find(tree_.Field(target, NameField::id));
      if (it == info.attributes.end()) continue;
      InstId v = LowerExpr(value);
      At(member);
      stores.emplace_back(it->second, CoerceTo(v, TypeOf(value), program_.globals[it->second].type));
    }
  }
  for (auto& [g, v] : stores) Emit(Op::StoreGlobal, types_.none(), {v}, g);
  // Inside a function: the name is a local (or a cell) holding the class.
  if (auto b = instance_.names.find(statement.index); b != instance_.names.end()) {
    const ClassInfo* info = nullptr;
    for (const ClassInfo& c : program_.classes)
      if (c.def == statement) info = &c;
    if (info == nullptr) return;
    TypeId type = types_.Find(TypeKind::ClassObject, {}, static_cast<uint32_t>(info - program_.classes.data()));
    StoreVariable(b->second, Emit(Op::ConstNone, type, {}), type);
  }
}

}  // namespace keelback::ir::lowering
