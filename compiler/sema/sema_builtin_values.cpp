// Builtins whose result is kept as a value where Keelback's compiled form
// of them only works inside a loop: map() and filter() objects stored,
// returned or stepped with next() are calls of the generator functions of
// the internal module stdlib/_keelback_builtins.py (loaded by the module
// loader when a program names them), instantiated for the call's argument
// types like any function of the program (call_targets of the call).
#include "sema/analyzer.h"

#include "modules/modules.h"

namespace keelback::analysis {

NodeId Analyzer::BuiltinValueDef(std::string_view name) const {
  for (uint32_t m = 0; m < program_->modules.size(); ++m) {
    if (program_->modules[m].name != kBuiltinValuesModule) continue;
    for (NodeId s : tree_.Items(program_->modules[m].root, ModuleField::body))
      if (tree_.Kind(s) == NodeKind::FunctionDef && tree_.Name(tree_.Ident(s, FunctionDefField::name)) == name) return s;
  }
  return NodeId();
}

TypeId Analyzer::InferBuiltinValueCall(NodeId call, std::string_view name, std::span<const NodeId> args) {
  NodeId def = BuiltinValueDef(name);
  if (!def.IsValid()) {
    Unsupported(call, std::string(name) + "() other than as the iterable of a for loop, comprehension or builtin");
    return types().unknown();
  }
  // CPython's map() takes several iterables, and checks them when it is
  // called; the generator takes one, checked when it first runs.
  if (args.size() != 2 || !tree_.Items(call, CallField::keywords).empty()) {
    Unsupported(call, std::string(name) + "() kept as a value, with other than two arguments");
    return types().unknown();
  }
  for (NodeId a : args)
    if (tree_.Kind(a) == NodeKind::Starred) {
      Unsupported(a, "* arguments to " + std::string(name) + "() kept as a value");
      return types().unknown();
    }
  std::vector<TypeId> arg_types;
  bool known = true;
  if (!BindCall(call, def, false, arg_types, known) || !known) return types().unknown();
  InstanceId target = Instantiate(def, arg_types);
  Current().call_targets[call.index] = target;
  return program_->instances[target.index].return_type;
}

}  // namespace keelback::analysis
