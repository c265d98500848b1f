// Methods decorated by a function of the program (`@log def m(self, x)`):
// the class holds what the decorator returned, a function value (usually a
// wrapper closing over the method), and obj.m(args) calls it with the
// instance first, as CPython's function descriptor binds it.
#include "sema/analyzer.h"

namespace keelback::analysis {

TypeId Analyzer::InferDecoratedMethodCall(NodeId call, uint32_t g, TypeId receiver) {
  TypeId value = program_->globals[g].type;
  if (types().Kind(value) == TypeKind::Unknown) {
    for (NodeId a : tree_.Items(call, CallField::args)) InferExpr(a);
    return types().unknown();
  }
  if (types().Kind(value) != TypeKind::Function) {
    Unsupported(call, "calling a method whose decorator returned a value of type " + types().Name(value));
    return types().unknown();
  }
  NodeId def(types()[value].payload);
  NodeId params = ArgumentsOf(def);
  if (tree_.Items(params, ArgumentsField::args).empty() && tree_.Items(params, ArgumentsField::posonlyargs).empty()) {
    Unsupported(call, "calling a decorated method whose wrapper has no positional parameter for the instance");
    return types().unknown();
  }
  Current().decorated_method_calls[call.index] = g;
  std::vector<TypeId> arg_types{receiver};
  bool known = true;
  if (!BindCall(call, def, true, arg_types, known))
    return Current().call_errors.count(call.index) ? types().none() : types().unknown();
  if (!known) return types().unknown();
  InstanceId target = Instantiate(def, arg_types);
  Current().call_targets[call.index] = target;
  return program_->instances[target.index].return_type;
}

}  // namespace keelback::analysis
