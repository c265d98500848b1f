// Type inference for calls: user functions (binding arguments to parameters),
// and the builtins (sema_builtins.cpp).
#include "sema/analyzer.h"

#include <algorithm>

namespace keelback::analysis {

TypeId Analyzer::InferCall(NodeId call) {
  NodeId func = tree_.Node(call, CallField::func);
  std::span<const NodeId> args = tree_.Items(call, CallField::args);
  for (NodeId a : args)
    if (tree_.Kind(a) == NodeKind::Starred) Unsupported(a, "this kind of argument");
  if (tree_.Kind(func) == NodeKind::Attribute) {
    NodeId receiver = tree_.Node(func, AttributeField::value);
    if (tree_.Kind(receiver) == NodeKind::Call && tree_.Kind(tree_.Node(receiver, CallField::func)) == NodeKind::Name &&
        tree_.Name(tree_.Ident(tree_.Node(receiver, CallField::func), NameField::id)) == "super" &&
        Resolve(tree_.Ident(tree_.Node(receiver, CallField::func), NameField::id)).kind == NameBinding::Kind::Undefined) {
      if (!tree_.Items(receiver, CallField::args).empty() || !tree_.Items(receiver, CallField::keywords).empty()) {
        Unsupported(receiver, "super() with arguments");
        return types().unknown();
      }
      return InferSuperCall(call, func);
    }
    TypeId base = InferExpr(receiver);
    if (types().Kind(base) == TypeKind::ClassObject) return InferClassMethodCall(call, func, types()[base].payload);
    if (ClassOfValue(base) >= 0) return InferMethodCall(call, func, args);
    if (types().Kind(base) == TypeKind::List) return InferListMethodCall(call, func, base, args);
    if (types().Kind(base) == TypeKind::Str && tree_.Name(tree_.Ident(func, AttributeField::attr)) == "encode")
      return InferNativeMethodCall(call, func, NativeReceiver::Str, base, args);
    if (types().Kind(base) == TypeKind::Str) return InferStrMethodCall(call, func, args);
    if (types().Kind(base) == TypeKind::File) return InferNativeMethodCall(call, func, NativeReceiver::File, base, args);
    if (types().Kind(base) == TypeKind::Bytes) return InferNativeMethodCall(call, func, NativeReceiver::Bytes, base, args);
    if (types().Kind(base) == TypeKind::Builtin &&
        types()[base].payload == static_cast<uint32_t>(BuiltinFunction::Bytes))
      return InferNativeMethodCall(call, func, NativeReceiver::BytesClass, base, args);
    if (types().Kind(base) == TypeKind::Dict) return InferDictMethodCall(call, func, base, args);
    if (types().Kind(base) == TypeKind::Set) return InferSetMethodCall(call, func, base, args);
    if (types().Kind(base) == TypeKind::Generator) return InferGeneratorMethodCall(call, func, base, args);
    if (IsStandardStream(base)) {
      // sys.stdout.write(str) (the number of characters written), .flush().
      std::string_view name = tree_.Name(tree_.Ident(func, AttributeField::attr));
      Record(func, types().unknown());
      std::vector<TypeId> arg_types;
      InferArguments(args, arg_types);
      if (name == "write" && args.size() == 1 && tree_.Items(call, CallField::keywords).empty()) {
        if (types().Kind(arg_types[0]) != TypeKind::Str && types().Kind(arg_types[0]) != TypeKind::Unknown)
          Unsupported(args[0], "write() of a value of type " + types().Name(arg_types[0]));
        return types().int_();
      }
      if (name == "flush" && args.empty()) return types().none();
      Unsupported(call, "sys." + std::string(types()[base].payload == static_cast<uint32_t>(BuiltinFunction::SysStdout)
                                                   ? "stdout." : "stderr.") + std::string(name) + "()");
      return types().unknown();
    }
    if (types().Kind(base) == TypeKind::Object) return InferDynamicMethodCall(call, func, args);
  }
  TypeId ft = InferExpr(func);
  switch (types().Kind(ft)) {
    case TypeKind::ClassObject:
      return InferConstructorCall(call, types()[ft].payload, args);
    case TypeKind::ExceptionClass: {
      // An instance, boxed; its arguments are kept boxed in its args tuple.
      std::vector<TypeId> arg_types;
      InferArguments(args, arg_types);
      if (!tree_.Items(call, CallField::keywords).empty()) Unsupported(call, "keyword arguments to exception classes");
      types().Get(TypeKind::Tuple, arg_types);
      return types().object();
    }
    case TypeKind::Builtin:
      return InferBuiltinCall(call, static_cast<BuiltinFunction>(types()[ft].payload), args);
    case TypeKind::Class: {
      NodeId method = FindMethod(types()[ft].payload, tree_.Find("__call__"));
      if (!method.IsValid()) {
        Unsupported(call, "calling an instance of a class without __call__");
        return types().unknown();
      }
      std::vector<TypeId> arg_types{ft};
      bool known = true;
      if (!BindCall(call, method, true, arg_types, known) || !known) return types().unknown();
      InstanceId target = Instantiate(method, arg_types);
      Current().call_targets[call.index] = target;
      return program_->instances[target.index].return_type;
    }
    case TypeKind::Function: {
      NodeId def(types()[ft].payload);
      std::vector<TypeId> arg_types;
      bool known = true;
      if (!BindCall(call, def, false, arg_types, known)) return types().unknown();
      if (!known) return types().unknown();
      InstanceId target = Instantiate(def, arg_types);
      Current().call_targets[call.index] = target;
      return program_->instances[target.index].return_type;
    }
    case TypeKind::Unknown:
      for (NodeId a : args) InferExpr(a);
      return types().unknown();
    default:
      Unsupported(call, "calling a value of type " + types().Name(ft));
      return types().unknown();
  }
}

bool Analyzer::BindCall(NodeId call, NodeId def, bool has_self, std::vector<TypeId>& arg_types, bool& known) {
  NodeId arguments = tree_.Node(def, FunctionDefField::args);
  auto params = tree_.Items(arguments, ArgumentsField::args);
  auto defaults = tree_.Items(arguments, ArgumentsField::defaults);
  auto positional = tree_.Items(call, CallField::args);
  auto keywords = tree_.Items(call, CallField::keywords);
  bool takes_kwargs = tree_.Field(arguments, ArgumentsField::kwarg) != UINT32_MAX;
  std::string name(tree_.Name(tree_.Ident(def, FunctionDefField::name)));
  size_t first = has_self ? 1 : 0;
  size_t count = params.size() > first ? params.size() - first : 0;
  std::vector<NodeId> bound(count);
  FunctionInstance::KeywordPack pack;
  pack.forwarded.assign(count, -1);
  std::vector<IdentId> packed_names;
  bool uses_pack = takes_kwargs;
  bool ok = true;
  // Every argument is inferred, in the order written, whatever happens.
  for (NodeId a : positional) InferExpr(a);
  for (NodeId k : keywords) {
    NodeId value = tree_.Node(k, KeywordField::value);
    if (tree_.Ident(k, KeywordField::arg).IsValid()) {
      InferExpr(value);
      continue;
    }
    // `**kwargs`: only the calling function's own **kwargs parameter, passed on.
    int32_t slot = KwargsSlot();
    NameBinding b = tree_.Kind(value) == NodeKind::Name ? Resolve(tree_.Ident(value, NameField::id))
                                                        : NameBinding{NameBinding::Kind::Undefined, 0};
    if (slot < 0 || b.kind != NameBinding::Kind::Local || b.index != static_cast<uint32_t>(slot)) {
      InferExpr(value);
      Unsupported(k, "** arguments other than a **kwargs parameter passed on");
      ok = false;
      continue;
    }
    Current().names[value.index] = b;
    Record(value, Current().locals[b.index].type);
  }
  // CPython raises TypeError at the call for these; until then they are compile errors.
  if (positional.size() > count) {
    Unsupported(call, name + "() takes " + std::to_string(count) + " positional arguments but " +
                          std::to_string(positional.size()) + " were given");
    return false;
  }
  if (!ok) return false;
  for (size_t i = 0; i < positional.size(); ++i) bound[i] = positional[i];
  // Binds keyword `kw` to its parameter; false when the function has none.
  auto bind_keyword = [&](IdentId kw, NodeId value, int32_t forwarded, NodeId at) {
    size_t i = first;
    while (i < params.size() && tree_.Ident(params[i], ArgField::arg) != kw) ++i;
    if (i == params.size()) return false;
    if (bound[i - first].IsValid()) {
      Unsupported(at, name + "() got multiple values for argument '" + std::string(tree_.Name(kw)) + "'");
      ok = false;
    } else {
      bound[i - first] = value;
      pack.forwarded[i - first] = forwarded;
    }
    return true;
  };
  for (NodeId k : keywords) {
    IdentId kw = tree_.Ident(k, KeywordField::arg);
    NodeId value = tree_.Node(k, KeywordField::value);
    if (!kw.IsValid()) {
      TypeId t = Current().expr_types[value.index];
      if (types().Kind(t) != TypeKind::Tuple || types()[t].payload == 0) {
        known = false;  // not typed yet
        continue;
      }
      uses_pack = true;
      const std::vector<IdentId>& names = program_->keyword_signatures[types()[t].payload - 1];
      for (size_t j = 0; j < names.size(); ++j) {
        if (bind_keyword(names[j], value, static_cast<int32_t>(j), k)) continue;
        Unsupported(k, takes_kwargs ? "passing **kwargs on to a function that takes **kwargs"
                                    : name + "() got an unexpected keyword argument '" + std::string(tree_.Name(names[j])) + "'");
        ok = false;
      }
      continue;
    }
    if (bind_keyword(kw, value, -1, k)) continue;
    if (takes_kwargs && std::find(packed_names.begin(), packed_names.end(), kw) == packed_names.end()) {
      packed_names.push_back(kw);
      pack.packed.push_back(value);
      continue;
    }
    Unsupported(k, takes_kwargs ? name + "() got multiple values for keyword argument '" + std::string(tree_.Name(kw)) + "'"
                                : name + "() got an unexpected keyword argument '" + std::string(tree_.Name(kw)) + "'");
    ok = false;
  }
  for (size_t i = 0; i < count; ++i) {
    if (bound[i].IsValid()) continue;
    size_t param = i + first;
    size_t first_default = params.size() - defaults.size();
    if (param >= first_default) {
      bound[i] = defaults[param - first_default];
      InferExpr(bound[i]);
    } else {
      Unsupported(call, name + "() missing required argument '" +
                            std::string(tree_.Name(tree_.Ident(params[param], ArgField::arg))) + "'");
      ok = false;
    }
  }
  if (!ok) return false;
  for (size_t i = 0; i < count; ++i) {
    TypeId t = Current().expr_types[bound[i].index];
    if (pack.forwarded[i] >= 0) t = types()[t].params[static_cast<size_t>(pack.forwarded[i])];
    if (types().Kind(t) == TypeKind::Unknown) known = false;
    arg_types.push_back(t);
  }
  if (takes_kwargs) {
    std::vector<TypeId> packed_types;
    for (NodeId v : pack.packed) {
      packed_types.push_back(Current().expr_types[v.index]);
      if (types().Kind(packed_types.back()) == TypeKind::Unknown) known = false;
    }
    std::vector<uint32_t> key;
    for (IdentId n : packed_names) key.push_back(n.index);
    auto [it, inserted] = keyword_signature_index_.try_emplace(key, static_cast<uint32_t>(program_->keyword_signatures.size()));
    if (inserted) program_->keyword_signatures.push_back(packed_names);
    pack.packed_type = types().Get(TypeKind::Tuple, packed_types, it->second + 1);
    arg_types.push_back(pack.packed_type);
    bound.push_back(call);
  }
  if (uses_pack) Current().keyword_packs[call.index] = std::move(pack);
  Current().call_bindings[call.index] = std::move(bound);
  return true;
}

int32_t Analyzer::KwargsSlot() {
  NodeId def = Current().def;
  if (!def.IsValid() || Current().IsExpressionGenerator(tree_)) return -1;
  NodeId arguments = tree_.Node(def, FunctionDefField::args);
  if (tree_.Field(arguments, ArgumentsField::kwarg) == UINT32_MAX) return -1;
  return static_cast<int32_t>(tree_.Items(arguments, ArgumentsField::args).size());
}

bool Analyzer::InferArguments(std::span<const NodeId> args, std::vector<TypeId>& arg_types) {
  bool known = true;
  for (NodeId a : args) {
    TypeId t = InferExpr(a);
    if (types().Kind(t) == TypeKind::Unknown) known = false;
    arg_types.push_back(t);
  }
  return known;
}

}  // namespace keelback::analysis
