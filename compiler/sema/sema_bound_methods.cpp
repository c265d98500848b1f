// Methods as values: `obj.method` read without calling it is a bound method
// (CPython's `method`), a value holding the receiver; calling it later calls
// the method with that receiver first. `C.method` is the plain function, a
// static method is its function wherever it is read from, and a class method
// is bound to the class.
#include "sema/analyzer.h"

#include <algorithm>

namespace keelback::analysis {

TypeId Analyzer::InferMethodValue(NodeId e, TypeId base, uint32_t class_index, NodeId method) {
  Current().method_values.insert(e.index);
  bool through_class = types().Kind(base) == TypeKind::ClassObject;
  if (static_methods_.count(method.index) || (through_class && !class_methods_.count(method.index)))
    return types().Get(TypeKind::Function, {}, method.index);
  TypeId receiver = class_methods_.count(method.index) ? types().Get(TypeKind::ClassObject, {}, class_index)
                                                       : types().ClassInstance(class_index);
  return types().Get(TypeKind::BoundMethod, std::span<const TypeId>(&receiver, 1), method.index);
}

TypeId Analyzer::InferBoundMethodCall(NodeId call, TypeId bound) {
  NodeId def(types()[bound].payload);
  std::vector<TypeId> arg_types{types()[bound].params[0]};
  bool known = true;
  if (!BindCall(call, def, true, arg_types, known))
    return Current().call_errors.count(call.index) ? types().none() : types().unknown();
  if (!known) return types().unknown();
  InstanceId target = Instantiate(def, arg_types);
  Current().call_targets[call.index] = target;
  return program_->instances[target.index].return_type;
}

}  // namespace keelback::analysis
