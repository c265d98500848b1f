// Methods as values: `obj.method` read without calling it is a bound method
// (CPython's `method`), a value holding the receiver; calling it later calls
// the method with that receiver first. `C.method` is the plain function, a
// static method is its function wherever it is read from, and a class method
// is bound to the class.
#include "sema/analyzer.h"

#include <algorithm>

namespace keelback::analysis {

TypeId Analyzer::InferMethodValue(NodeId e, TypeId base, uint32_t class_index, NodeId method) {
  if (program_->decorated_methods.count(method.index)) {
    Unsupported(e, "a decorated method used as a value");
    return types().unknown();
  }
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

namespace keelback::analysis {

TypeId Analyzer::InferNativeMethodValue(NodeId e, TypeId base, std::string_view name) {
  TypeKind k = types().Kind(base);
  bool str_type = k == TypeKind::Builtin && types()[base].payload == static_cast<uint32_t>(BuiltinFunction::Str);
  if ((str_type || k == TypeKind::Str) && name != "format") {
    int index = FindStrMethod(name);
    if (index < 0) return TypeId();
    if (str_type) return types().Get(TypeKind::NativeMethod, {}, static_cast<uint32_t>(index));
    return types().Get(TypeKind::NativeMethod, std::span<const TypeId>(&base, 1), static_cast<uint32_t>(index));
  }
  if (k == TypeKind::Set && types()[base].payload == 0) {  // a set's add, discard, remove
    int index = ListMethodValueIndex(name, true);
    if (index < 0 || e.index >= (UINT32_MAX - kNativeListMethods) / 16) return TypeId();
    uint32_t payload = kNativeListMethods + e.index * 16 + static_cast<uint32_t>(index);
    TypeId method = types().Get(TypeKind::NativeMethod, std::span<const TypeId>(&base, 1), payload);
    if (auto stored = list_method_items_.find(method.index); stored != list_method_items_.end())
      AddSetElement(tree_.Node(e, AttributeField::value), base, stored->second, e);
    return method;
  }
  if (k == TypeKind::List) {
    int index = ListMethodValueIndex(name);
    if (index < 0 || e.index >= (UINT32_MAX - kNativeListMethods) / 16) return TypeId();
    uint32_t payload = kNativeListMethods + e.index * 16 + static_cast<uint32_t>(index);
    TypeId method = types().Get(TypeKind::NativeMethod, std::span<const TypeId>(&base, 1), payload);
    // What calls of such a value have stored (NativeMethodResult) goes into
    // the list this value is read from.
    if (auto stored = list_method_items_.find(method.index); stored != list_method_items_.end())
      AddListElement(tree_.Node(e, AttributeField::value), base, stored->second, e);
    return method;
  }
  if (k == TypeKind::Dict && name == "get") return types().Get(TypeKind::NativeMethod, std::span<const TypeId>(&base, 1), kNativeDictGet);
  if (k == TypeKind::File && name == "readline")
    return types().Get(TypeKind::NativeMethod, std::span<const TypeId>(&base, 1), kNativeFileReadline);
  (void)e;
  return TypeId();
}

TypeId Analyzer::NativeMethodResult(NodeId at, TypeId method, std::span<const TypeId> args) {
  for (TypeId t : args)
    if (types().Kind(t) == TypeKind::Unknown) return types().unknown();
  uint32_t which = types()[method].payload;
  if (which == kNativeDictGet) {
    TypeId value = types()[types()[method].params[0]].params[1];
    if (args.size() < 1 || args.size() > 2) {
      Unsupported(at, "dict.get() with " + std::to_string(args.size()) + " arguments");
      return types().unknown();
    }
    if (types().Kind(value) == TypeKind::Unknown) return types().unknown();
    return Join(value, args.size() == 2 ? args[1] : types().none(), at, "the result of dict.get()");
  }
  if (which >= kNativeListMethods) return ListMethodValueResult(at, method, args);
  if (which == kNativeFileReadline) {
    if (!args.empty()) {
      Unsupported(at, "readline() with arguments");
      return types().unknown();
    }
    return types()[types()[method].params[0]].payload ? BytesType() : types().str();
  }
  const StrMethodInfo& m = kStrMethods[which];
  bool unbound = types()[method].params.empty();
  if (unbound && (args.empty() || types().Kind(args[0]) != TypeKind::Str)) {
    Unsupported(at, std::string("str.") + m.name + " called with " +
                        (args.empty() ? std::string("no arguments") : "a value of type " + types().Name(args[0])));
    return types().unknown();
  }
  std::span<const TypeId> rest = unbound ? args.subspan(1) : args;
  std::string_view params = m.params;
  size_t required = 0;
  for (char p : params)
    if (p >= 'A' && p <= 'Z') ++required;
  bool ok = rest.size() >= required && rest.size() <= params.size();
  for (size_t i = 0; ok && i < rest.size(); ++i) {
    TypeKind k = types().Kind(rest[i]);
    switch (params[i]) {
      case 'S': case 'f': ok = k == TypeKind::Str; break;
      case 'N': case 'm': case 't': case 'k': ok = k == TypeKind::Int || k == TypeKind::Bool; break;
      case 'M': ok = k == TypeKind::Dict; break;
      default: ok = k != TypeKind::Iterator && k != TypeKind::Range; break;
    }
  }
  if (!ok) {
    Unsupported(at, std::string("str.") + m.name + "() as a value, called with these arguments");
    return types().unknown();
  }
  switch (m.result) {
    case 'S': return types().str();
    case 'L': return types().ListOf(types().str());
    case 'I': return types().int_();
    case 'B': return types().bool_();
    default: {
      TypeId parts[3] = {types().str(), types().str(), types().str()};
      return types().Get(TypeKind::Tuple, parts);
    }
  }
}

TypeId Analyzer::InferNativeMethodValueCall(NodeId call, TypeId method) {
  std::vector<TypeId> arg_types;
  for (NodeId a : tree_.Items(call, CallField::args)) {
    arg_types.push_back(InferExpr(a));
    if (tree_.Kind(a) == NodeKind::Starred) Unsupported(a, "* arguments to a built-in method value");
  }
  if (!tree_.Items(call, CallField::keywords).empty()) Unsupported(call, "keyword arguments to a built-in method value");
  return NativeMethodResult(call, method, arg_types);
}

}  // namespace keelback::analysis

namespace keelback::analysis {

TypeId Analyzer::ListMethodValueResult(NodeId at, TypeId method, std::span<const TypeId> args) {
  std::string_view name = ListMethodValueName(types()[method].payload);
  TypeId list = types()[method].params[0];
  if (types().Kind(list) == TypeKind::Set) {
    if (args.size() != 1) {
      Unsupported(at, "set." + std::string(name) + "() as a value, called with " + std::to_string(args.size()) + " arguments");
      return types().unknown();
    }
    if (name == "add") {
      auto [it, inserted] = list_method_items_.try_emplace(method.index, args[0]);
      TypeId joined = inserted ? args[0] : Join(it->second, args[0], at, "the items stored through set.add");
      if (inserted || joined != it->second) {
        it->second = joined;
        changed_ = true;
      }
    }
    return types().none();
  }
  TypeId element = ElementOf(list);
  auto arity = [&](size_t lo, size_t hi) {
    if (args.size() >= lo && args.size() <= hi) return true;
    Unsupported(at, "list." + std::string(name) + "() as a value, called with " + std::to_string(args.size()) + " arguments");
    return false;
  };
  auto is_int = [&](TypeId t) {
    if (types().Kind(t) == TypeKind::Int || types().Kind(t) == TypeKind::Bool) return true;
    Unsupported(at, "an index of type " + types().Name(t));
    return false;
  };
  // An item a call stores: joined into list_method_items_, which the reads
  // of the value add to their list.
  auto store = [&](TypeId item) {
    auto [it, inserted] = list_method_items_.try_emplace(method.index, item);
    TypeId joined = inserted ? item : Join(it->second, item, at, "the items stored through list." + std::string(name));
    if (inserted || joined != it->second) {
      it->second = joined;
      changed_ = true;
    }
  };
  if (name == "append") {
    if (arity(1, 1)) store(args[0]);
    return types().none();
  }
  if (name == "insert") {
    if (arity(2, 2) && is_int(args[0])) store(args[1]);
    return types().none();
  }
  if (name == "extend") {
    if (!arity(1, 1)) return types().unknown();
    if (types().Kind(args[0]) != TypeKind::List) {
      Unsupported(at, "extending a list with " + types().Name(args[0]));
      return types().unknown();
    }
    if (types().Kind(ElementOf(args[0])) != TypeKind::Unknown) store(ElementOf(args[0]));
    return types().none();
  }
  if (name == "pop") {
    if (arity(0, 1) && args.size() == 1) is_int(args[0]);
    return element;  // unknown while nothing is known to be in the list
  }
  if (name == "reverse" || name == "clear" || name == "sort") {
    arity(0, 0);
    return types().none();
  }
  if (name == "copy") {
    arity(0, 0);
    return list;
  }
  if (name == "index" || name == "count") {
    arity(1, 1);
    return types().int_();
  }
  arity(1, 1);  // remove
  return types().none();
}

}  // namespace keelback::analysis
