// Default values that are not literals (`def f(x, acc=[])`, `lambda i=i: i`,
// `def f(n=N * 2)`): evaluated once, where the def or lambda runs, and
// shared by every call that uses them, as CPython's __defaults__ are. Where
// each lives is in Program::stored_defaults; calls read it from there.
#include "sema/analyzer.h"

namespace keelback::analysis {

void Analyzer::InferDefaults(NodeId def) {
  NodeId args = ArgumentsOf(def);
  std::vector<NodeId> all;
  for (NodeId d : tree_.Items(args, ArgumentsField::defaults)) all.push_back(d);
  for (NodeId d : tree_.Items(args, ArgumentsField::kw_defaults))
    if (d.IsValid()) all.push_back(d);
  auto method = method_class_.find(def.index);
  for (NodeId d : all) {
    if (IsLiteralDefault(d)) {
      InferExpr(d);
      continue;
    }
    if (method != method_class_.end()) {
      // Evaluated in the class body, whose own names Keelback does not
      // resolve there (they would be read as module globals).
      const ClassInfo& info = program_->classes[method->second];
      std::vector<NodeId> work{d};
      while (!work.empty()) {
        NodeId n = work.back();
        work.pop_back();
        if (tree_.Kind(n) == NodeKind::Name && (info.attributes.count(tree_.Field(n, NameField::id)) ||
                                                info.methods.count(tree_.Field(n, NameField::id)))) {
          Unsupported(n, "a default value naming another name of the class body");
          return;
        }
        ForEachChild(tree_, n, [&](NodeId c) { work.push_back(c); });
      }
    }
    TypeId t = InferExpr(d);
    auto [it, inserted] = program_->stored_defaults.try_emplace(d.index);
    if (inserted) {
      it->second.type = types().unknown();
      types().ListOf(types().object());  // the cell holding it
      if (method != method_class_.end()) {
        it->second.global = static_cast<int32_t>(program_->globals.size());
        program_->globals.push_back({tree_.Ident(def, FunctionDefField::name), types().unknown(), NodeId()});
      } else {
        const ClosureInfo* closure = program_->ClosureOf(def);
        std::vector<NodeId>& stored = program_->object_defaults[def.index];
        it->second.cell = static_cast<uint32_t>((closure ? closure->free.size() : 0) + stored.size());
        stored.push_back(d);
      }
      changed_ = true;
    }
    TypeId joined = Join(it->second.type, t, d, "this default value");
    if (joined != it->second.type) {
      program_->stored_defaults[d.index].type = joined;
      changed_ = true;
    }
    if (int32_t g = program_->stored_defaults[d.index].global; g >= 0) SetGlobalType(static_cast<uint32_t>(g), joined, d);
  }
}

}  // namespace keelback::analysis
