// Special methods that builtins call on an instance of the program's
// classes: int(obj) (__int__) and float(obj) (__float__). __index__ stays
// unsupported: CPython calls it in many places (range(), hex(), seq * n,
// indexing) that would each need it; the fallback on it here is ready for then.
#include "sema/analyzer.h"

namespace keelback::analysis {

TypeId Analyzer::InferNumberConversion(NodeId call, BuiltinFunction f, TypeId instance) {
  uint32_t c = types()[instance].payload;
  bool to_int = f == BuiltinFunction::Int;
  TypeId result = to_int ? types().int_() : types().float_();
  std::string used = to_int ? "__int__" : "__float__";
  NodeId method = FindMethod(c, tree_.Find(used));
  if (!method.IsValid()) {
    used = "__index__";
    method = FindMethod(c, tree_.Find(used));
  }
  if (!method.IsValid()) return result;  // CPython's TypeError when it runs
  if (tree_.Items(tree_.Node(method, FunctionDefField::args), ArgumentsField::args).size() != 1) {
    Unsupported(method, used + " taking other than one argument");
    return types().unknown();
  }
  InstanceId target = Instantiate(method, {instance});
  Current().call_targets[call.index] = target;
  TypeId returned = program_->instances[target.index].return_type;
  TypeKind k = types().Kind(returned);
  if (k == TypeKind::Unknown) return result;
  // CPython checks the type of what the method returns (TypeError:
  // __int__ returned non-int); the method's result type says it here.
  bool fits = used == "__float__" ? k == TypeKind::Float : k == TypeKind::Int;
  if (!fits) Unsupported(call, std::string(to_int ? "int()" : "float()") + " of an instance whose " + used + " returns " + types().Name(returned));
  return result;
}

}  // namespace keelback::analysis
