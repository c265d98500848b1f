// Lowering of the special methods builtins call on an instance of the
// program's classes (sema_special_methods.cpp).
#include "ir/lowering.h"

namespace keelback::ir::lowering {

InstId FunctionLowering::LowerNumberConversion(NodeId call, BuiltinFunction f, InstId object, TypeId type) {
  bool to_int = f == BuiltinFunction::Int;
  TypeId result = to_int ? types_.int_() : types_.float_();
  auto target = instance_.call_targets.find(call.index);
  if (target == instance_.call_targets.end()) {
    const std::string& name = program_.classes[types_[type].payload].name;
    return RaiseError("TypeError", std::string(to_int ? "int() argument must be a string, a bytes-like object or a real number"
                                                      : "float() argument must be a string or a real number") +
                                       ", not '" + name + "'");
  }
  TypeId returned = program_[target->second].return_type;
  InstId value = Emit(Op::Call, returned, {object}, target->second.index);
  return to_int ? value : ToFloat(value, returned);  // float(obj) of __index__'s int
}

}  // namespace keelback::ir::lowering
