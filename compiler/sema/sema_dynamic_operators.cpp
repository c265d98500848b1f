// Operators on values of type `object` that may be instances of the
// program's classes: `a + b` calls the __add__ of a's class when `a` is one of
// its instances at run time, else the __radd__ of b's class when `b` is one
// (lowering tests their exact classes, as for a method call on an object),
// else the run-time dispatch of the built-in types.
#include "sema/analyzer.h"

namespace keelback::analysis {

bool Analyzer::InferDynamicOperator(NodeId at, const std::string& name, const std::string& reflected, TypeId left,
                                    TypeId right) {
  bool unary = !right.IsValid();
  std::vector<DynamicCase> cases;
  // Each class with `method` taking its operands, instantiated for (its
  // instance, other); false when one may return NotImplemented (an object:
  // CPython would then try the other operand).
  auto add_cases = [&](const std::string& method_name, TypeId other, bool is_reflected) {
    IdentId id = method_name.empty() ? IdentId() : tree_.Find(method_name);
    if (!id.IsValid()) return true;
    for (uint32_t c = 0; c < program_->classes.size(); ++c) {
      NodeId method = FindMethod(c, id);
      if (!method.IsValid()) continue;
      NodeId args = tree_.Node(method, FunctionDefField::args);
      if (tree_.Items(args, ArgumentsField::args).size() != (unary ? 1u : 2u) ||
          program_->decorated_methods.count(method.index) || class_methods_.count(method.index))
        return false;
      std::vector<TypeId> arg_types{types().ClassInstance(c)};
      if (!unary) arg_types.push_back(other);
      InstanceId target = Instantiate(method, arg_types);
      if (types().Kind(program_->instances[target.index].return_type) == TypeKind::Object) return false;
      DynamicCase dynamic{c, types().ClassInstance(c), target, -1, {}};
      if (is_reflected) dynamic.field = DynamicCase::kReflectedOperator;
      cases.push_back(std::move(dynamic));
    }
    return true;
  };
  bool left_object = types().Kind(left) == TypeKind::Object;
  bool right_object = !unary && types().Kind(right) == TypeKind::Object;
  if (!left_object && !right_object) return false;
  if (left_object && !add_cases(name, right, false)) return false;
  if (right_object) {
    // CPython tries the right operand's reflected method first when its
    // class is a proper subclass of the left's that overrides it: not
    // followed here.
    IdentId own = tree_.Find(name), other = tree_.Find(reflected);
    if (other.IsValid() && own.IsValid())
      for (uint32_t c = 0; c < program_->classes.size(); ++c) {
        NodeId mine = FindMethod(c, other);
        if (!mine.IsValid()) continue;
        for (uint32_t base : program_->classes[c].mro)
          if (base != c && FindMethod(base, own).IsValid() && FindMethod(base, other) != mine) return false;
      }
    if (!add_cases(reflected, left, true)) return false;
  }
  if (cases.empty()) return false;
  Current().dynamic_cases[at.index] = std::move(cases);
  return true;
}

}  // namespace keelback::analysis
