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

// CPython's TypeError for builtin `f` called with one argument of type
// `arg`, for the builtins and argument types whose message is known here;
// empty otherwise.
std::string Analyzer::BuiltinArgumentError(TypeId f, std::span<const TypeId> args) const {
  if (args.size() != 1) return {};
  const char* name = nullptr;  // the argument's type as CPython names it
  switch (program_->types.Kind(args[0])) {
    case TypeKind::Int: name = "int"; break;
    case TypeKind::Float: name = "float"; break;
    case TypeKind::Str: name = "str"; break;
    case TypeKind::Bool: name = "bool"; break;
    case TypeKind::NoneType: name = "NoneType"; break;
    case TypeKind::List: name = "list"; break;
    case TypeKind::Dict: name = "dict"; break;
    case TypeKind::Tuple: name = "tuple"; break;
    case TypeKind::Set: name = program_->types[args[0]].payload ? "frozenset" : "set"; break;
    default: return {};
  }
  std::string n = std::string("'") + name + "'";
  switch (static_cast<BuiltinFunction>(program_->types[f].payload)) {
    case BuiltinFunction::Len: return "object of type " + n + " has no len()";
    case BuiltinFunction::Abs: return "bad operand type for abs(): " + n;
    case BuiltinFunction::Int: return "int() argument must be a string, a bytes-like object or a real number, not " + n;
    case BuiltinFunction::Float: return "float() argument must be a string or a real number, not " + n;
    case BuiltinFunction::Sum: case BuiltinFunction::Min: case BuiltinFunction::Max: case BuiltinFunction::Sorted:
    case BuiltinFunction::List: case BuiltinFunction::Tuple: case BuiltinFunction::Set: case BuiltinFunction::Frozenset:
    case BuiltinFunction::Any: case BuiltinFunction::All:
      return n + " object is not iterable";
    case BuiltinFunction::Chr: case BuiltinFunction::Hex: case BuiltinFunction::Oct: case BuiltinFunction::Bin:
      return n + " object cannot be interpreted as an integer";
    default: return {};
  }
}

std::string Analyzer::BuiltinValueName(TypeId f) const {
  auto b = static_cast<BuiltinFunction>(program_->types[f].payload);
  if (const char* type = BuiltinTypeName(b)) return std::string(type) + "()";
  std::string_view name = BuiltinFunctionName(b);
  if (name.empty()) name = NativeFunctionName(b);
  return std::string(name) + "()";
}

// The builtins of one argument whose in-place form (InferUnaryCallType)
// takes every type they accept: another type is one they refuse, with the
// TypeError BuiltinArgumentError knows (empty when it does not, or for
// other builtins).
std::string Analyzer::RefusedArgumentError(TypeId f, std::span<const TypeId> args) const {
  if (args.size() != 1) return {};
  switch (static_cast<BuiltinFunction>(program_->types[f].payload)) {
    case BuiltinFunction::Len: {
      TypeKind k = program_->types.Kind(args[0]);
      if (k == TypeKind::Str || k == TypeKind::List || k == TypeKind::Dict || k == TypeKind::Set || k == TypeKind::Tuple)
        return {};
      return BuiltinArgumentError(f, args);
    }
    case BuiltinFunction::Abs: case BuiltinFunction::Int: case BuiltinFunction::Float: {
      TypeKind k = program_->types.Kind(args[0]);
      if (k == TypeKind::Int || k == TypeKind::Bool || k == TypeKind::Float ||
          (k == TypeKind::Str && static_cast<BuiltinFunction>(program_->types[f].payload) != BuiltinFunction::Abs))
        return {};
      return BuiltinArgumentError(f, args);
    }
    default: return {};
  }
}

TypeId Analyzer::InferBuiltinThroughWrapper(NodeId f_expr, TypeId f, TypeId arg) {
  NodeId def = BuiltinValueDef("call1");
  if (!def.IsValid() || !IsBuiltinFunctionValue(f)) {
    Unsupported(f_expr, "this builtin called by another one on values of type " + types().Name(arg));
    return types().unknown();
  }
  if (std::string error = RefusedArgumentError(f, std::span<const TypeId>(&arg, 1)); !error.empty()) {
    Current().unary_call_errors[f_expr.index] = error;
    return types().none();  // never returns
  }
  InstanceId target = Instantiate(def, {f, arg});
  if (program_->instances[target.index].rejected) {
    // A builtin that cannot take this type: CPython's TypeError where known.
    if (std::string error = BuiltinArgumentError(f, std::span<const TypeId>(&arg, 1)); !error.empty()) {
      Current().unary_call_errors[f_expr.index] = error;
      return types().none();  // never returns
    }
    Unsupported(f_expr, "calling " + BuiltinValueName(f) + " from a builtin with a value of type " + types().Name(arg));
    return types().unknown();
  }
  Current().call_targets[f_expr.index] = target;
  return program_->instances[target.index].return_type;
}

bool Analyzer::InferBuiltinValueCases(NodeId call, std::vector<DynamicCase>& cases, TypeId& result, bool& known) {
  if (escaped_builtins_.empty()) return true;
  auto args = tree_.Items(call, CallField::args);
  bool plain = tree_.Items(call, CallField::keywords).empty();
  for (NodeId a : args) plain = plain && tree_.Kind(a) != NodeKind::Starred;
  NodeId def = args.size() >= 1 && args.size() <= 3 ? BuiltinValueDef("call" + std::to_string(args.size())) : NodeId();
  if (!plain || !def.IsValid()) {
    Unsupported(call, "calling a value of type object that may be a builtin function with keyword, * or more than "
                      "three arguments");
    return false;
  }
  for (TypeId builtin : escaped_builtins_) {
    std::vector<TypeId> arg_types{builtin};
    bool case_known = true;
    // The builtin is the wrapper's first parameter, as a bound method's receiver.
    if (!BindCall(call, def, true, arg_types, case_known)) return false;
    DynamicCase dynamic{DynamicCase::kFunctionValue, builtin, InstanceId(), -1, {}};
    dynamic.bound = Current().call_bindings[call.index];
    Current().call_bindings.erase(call.index);
    if (case_known) {
      if (std::string error = RefusedArgumentError(builtin, std::span<const TypeId>(arg_types).subspan(1)); !error.empty()) {
        dynamic.error = std::move(error);
        cases.push_back(std::move(dynamic));
        continue;
      }
      InstanceId target = Instantiate(def, arg_types);
      std::string error;
      if (program_->instances[target.index].rejected)  // this builtin cannot take these types
        error = BuiltinArgumentError(builtin, std::span<const TypeId>(arg_types).subspan(1));
      if (program_->instances[target.index].rejected && error.empty()) {
        std::string list;
        for (size_t i = 1; i < arg_types.size(); ++i) list += (i > 1 ? ", " : "") + types().Name(arg_types[i]);
        Unsupported(call, "calling a value of type object that may be " + BuiltinValueName(builtin) +
                              " with arguments of type " + list);
        Current().dynamic_cases.erase(call.index);  // not reached: reported here
        return false;
      }
      if (!error.empty()) {
        dynamic.error = std::move(error);
      } else {
        dynamic.target = target;
        dynamic.result = program_->instances[target.index].return_type;
        result = Join(result, dynamic.result, call, "the result of a call of a function value");
      }
    } else {
      known = false;
    }
    cases.push_back(std::move(dynamic));
  }
  return true;
}

}  // namespace keelback::analysis
