// Type inference for calls: user functions (binding arguments to parameters),
// and the builtins (sema_builtins.cpp).
#include "sema/analyzer.h"

#include <algorithm>

namespace keelback::analysis {

TypeId Analyzer::InferCall(NodeId call) {
  NodeId func = tree_.Node(call, CallField::func);
  std::span<const NodeId> args = tree_.Items(call, CallField::args);
  if (tree_.Kind(func) == NodeKind::Attribute) {
    NodeId receiver = tree_.Node(func, AttributeField::value);
    if (tree_.Kind(receiver) == NodeKind::Call && tree_.Kind(tree_.Node(receiver, CallField::func)) == NodeKind::Name &&
        tree_.Name(tree_.Ident(tree_.Node(receiver, CallField::func), NameField::id)) == "super" &&
        ResolveName(tree_.Node(receiver, CallField::func)).kind == NameBinding::Kind::Undefined) {
      if ((!tree_.Items(receiver, CallField::args).empty() || !tree_.Items(receiver, CallField::keywords).empty()) &&
          !IsPlainSuperArguments(receiver)) {
        Unsupported(receiver, "super() with arguments other than the method's class and first parameter");
        return types().unknown();
      }
      if (TypeId t = InferBuiltinSuperCall(call, func, args); t.IsValid()) return t;
      return InferSuperCall(call, func);
    }
    TypeId base = NarrowNotNone(receiver, InferExpr(receiver), false,
                                std::string(tree_.Name(tree_.Ident(func, AttributeField::attr))));
    base = NarrowBuiltinValue(receiver, base, tree_.Name(tree_.Ident(func, AttributeField::attr)));
    {
      // Outer.Inner(...), self.Inner(...): a class nested in a class body
      // (sema_local_classes.cpp), constructed.
      int32_t owner = types().Kind(base) == TypeKind::ClassObject ? static_cast<int32_t>(types()[base].payload) : ClassOfValue(base);
      IdentId name = tree_.Ident(func, AttributeField::attr);
      int32_t g = owner >= 0 && !FindMethod(static_cast<uint32_t>(owner), name).IsValid() ? ClassAttributeGlobal(static_cast<uint32_t>(owner), name) : -1;
      if (g >= 0 && types().Kind(program_->globals[g].type) == TypeKind::ClassObject) {
        TypeId nested = InferExpr(func);
        if (types().Kind(base) != TypeKind::ClassObject) Current().field_value_calls.insert(call.index);
        return InferConstructorCall(call, types()[nested].payload, args);
      }
    }
    if (types().Kind(base) == TypeKind::ClassObject) return InferClassMethodCall(call, func, types()[base].payload);
    int32_t cls = ClassOfValue(base);
    IdentId attr = tree_.Ident(func, AttributeField::attr);
    bool field_value = cls >= 0 && !FindMethod(static_cast<uint32_t>(cls), attr).IsValid() &&
                       program_->classes[cls].FieldIndex(attr) >= 0;
    if (field_value) {
      TypeKind fk = types().Kind(program_->classes[cls].fields[program_->classes[cls].FieldIndex(attr)].type);
      field_value = fk == TypeKind::Function || fk == TypeKind::Object || fk == TypeKind::BoundMethod;
    }
    if (field_value) Current().field_value_calls.insert(call.index);  // called below as a value
    else if (cls >= 0) return InferMethodCall(call, func, args);
    Current().missing_attributes.erase(func.index);
    if (types().LacksBuiltinAttribute(base, tree_.Name(attr))) {
      // `"s".foo()`: AttributeError before the arguments are evaluated.
      Current().missing_attributes.insert(func.index);
      return types().unknown();
    }
    if (types().Kind(base) == TypeKind::List) return InferListMethodCall(call, func, base, args);
    if (types().Kind(base) == TypeKind::Str && tree_.Name(tree_.Ident(func, AttributeField::attr)) == "encode")
      return InferNativeMethodCall(call, func, NativeReceiver::Str, base, args);
    if (types().Kind(base) == TypeKind::Str) return InferStrMethodCall(call, func, args);
    if (types().Kind(base) == TypeKind::File) return InferNativeMethodCall(call, func, NativeReceiver::File, base, args);
    if (types().Kind(base) == TypeKind::Bytes) return InferNativeMethodCall(call, func, NativeReceiver::Bytes, base, args);
    if (types().Kind(base) == TypeKind::Range) return InferNativeMethodCall(call, func, NativeReceiver::Range, base, args);
    if (types().Kind(base) == TypeKind::ByteArray)
      return InferNativeMethodCall(call, func, NativeReceiver::ByteArray, base, args);
    if (types().Kind(base) == TypeKind::Tuple) return InferNativeMethodCall(call, func, NativeReceiver::Tuple, base, args);
    if (types().Kind(base) == TypeKind::Builtin &&
        types()[base].payload == static_cast<uint32_t>(BuiltinFunction::Bytes))
      return InferNativeMethodCall(call, func, NativeReceiver::BytesClass, base, args);
    if (types().Kind(base) == TypeKind::Int || types().Kind(base) == TypeKind::Bool)
      return InferNativeMethodCall(call, func, NativeReceiver::Int, base, args);
    if (types().Kind(base) == TypeKind::Float) return InferNativeMethodCall(call, func, NativeReceiver::Float, base, args);
    if (types().Kind(base) == TypeKind::Complex) return InferNativeMethodCall(call, func, NativeReceiver::Complex, base, args);
    if (types().Kind(base) == TypeKind::Builtin && types()[base].payload == static_cast<uint32_t>(BuiltinFunction::Int) &&
        tree_.Name(tree_.Ident(func, AttributeField::attr)) == "from_bytes")
      return InferNativeMethodCall(call, func, NativeReceiver::IntClass, base, args);
    if (types().Kind(base) == TypeKind::Builtin && types()[base].payload == static_cast<uint32_t>(BuiltinFunction::Str) &&
        tree_.Name(tree_.Ident(func, AttributeField::attr)) == "maketrans")
      return InferNativeMethodCall(call, func, NativeReceiver::StrClass, base, args);
    if (types().Kind(base) == TypeKind::Builtin && types()[base].payload == static_cast<uint32_t>(BuiltinFunction::Float) &&
        tree_.Name(tree_.Ident(func, AttributeField::attr)) == "fromhex")
      return InferNativeMethodCall(call, func, NativeReceiver::FloatClass, base, args);
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
  NodeId saved_callee = callee_;
  callee_ = func;
  TypeId ft = InferExpr(func);
  callee_ = saved_callee;
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
      if (!BindCall(call, def, false, arg_types, known)) {
        // Arguments that do not fit raise TypeError when the call runs.
        return Current().call_errors.count(call.index) ? types().none() : types().unknown();
      }
      if (!known) return types().unknown();
      InstanceId target = Instantiate(def, arg_types);
      Current().call_targets[call.index] = target;
      RefineArgumentsFilledByCallee(call, target, arg_types.size());
      return program_->instances[target.index].return_type;
    }
    case TypeKind::BoundMethod:
      return InferBoundMethodCall(call, ft);
    case TypeKind::NativeMethod:
      return InferNativeMethodValueCall(call, ft);
    case TypeKind::Object:
      RejectObjectProtocol(call, "calling", {"__call__"});
      return InferFunctionValueCall(call, args);
    case TypeKind::Unknown:
      for (NodeId a : args) InferExpr(a);
      for (NodeId k : tree_.Items(call, CallField::keywords)) InferExpr(tree_.Node(k, KeywordField::value));
      return types().unknown();
    default:
      Unsupported(call, "calling a value of type " + types().Name(ft));
      return types().unknown();
  }
}

bool Analyzer::BindCall(NodeId call, NodeId def, bool has_self, std::vector<TypeId>& arg_types, bool& known) {
  NodeId arguments = ArgumentsOf(def);
  // The parameters in slot order (see ScopeOf): positional ones (positional-
  // only first), *args, keyword-only ones, **kwargs.
  std::vector<NodeId> params;
  for (NodeId p : tree_.Items(arguments, ArgumentsField::posonlyargs)) params.push_back(p);
  size_t posonly = params.size();
  for (NodeId p : tree_.Items(arguments, ArgumentsField::args)) params.push_back(p);
  size_t positional_params = params.size();
  auto defaults = tree_.Items(arguments, ArgumentsField::defaults);
  auto kwonly = tree_.Items(arguments, ArgumentsField::kwonlyargs);
  auto kw_defaults = tree_.Items(arguments, ArgumentsField::kw_defaults);
  bool takes_varargs = tree_.Field(arguments, ArgumentsField::vararg) != UINT32_MAX;
  bool takes_kwargs = tree_.Field(arguments, ArgumentsField::kwarg) != UINT32_MAX;
  auto call_args = tree_.Items(call, CallField::args);
  auto keywords = tree_.Items(call, CallField::keywords);
  std::string name = QualifiedName(def);
  size_t first = has_self ? 1 : 0;
  size_t count = positional_params > first ? positional_params - first : 0;  // positional parameters bound here
  size_t varargs_entry = count;                                           // bound[] index of *args, if any
  size_t kwonly_base = count + (takes_varargs ? 1 : 0);
  std::vector<NodeId> bound(kwonly_base + kwonly.size());
  std::vector<bool> stored_default(bound.size());  // bound to a default that is not a literal
  FunctionInstance::KeywordPack pack;
  pack.forwarded.assign(bound.size(), -1);
  std::vector<IdentId> packed_names;
  bool uses_pack = takes_kwargs || takes_varargs;
  bool ok = true;
  // Every argument is inferred, in the order written, whatever happens. A
  // `*t` argument of a tuple type stands for its items.
  struct Positional {
    NodeId value;
    int32_t item;  // -1: the value itself; else item `item` of the tuple `value`
  };
  std::vector<Positional> positional;
  NodeId spread;  // a `*lst` argument of a list (the last positional one)
  for (NodeId a : call_args) {
    if (tree_.Kind(a) != NodeKind::Starred) {
      InferExpr(a);
      positional.push_back({a, -1});
      continue;
    }
    NodeId inner = tree_.Node(a, StarredField::value);
    TypeId t = InferExpr(inner);
    Record(a, t);
    if (types().Kind(t) == TypeKind::Unknown) {
      known = false;
      continue;
    }
    if (types().Kind(t) == TypeKind::List && a == call_args.back() && !takes_varargs && positional_params > first) {
      spread = inner;
      continue;
    }
    if (types().Kind(t) != TypeKind::Tuple) {
      Unsupported(a, "* arguments of type " + types().Name(t) + " (a tuple's length is known; this one's is not)");
      ok = false;
      continue;
    }
    for (size_t j = 0; j < types()[t].params.size(); ++j) positional.push_back({inner, static_cast<int32_t>(j)});
  }
  for (NodeId k : keywords) {
    NodeId value = tree_.Node(k, KeywordField::value);
    if (tree_.Ident(k, KeywordField::arg).IsValid()) {
      InferExpr(value);
      continue;
    }
    // `**kwargs`: only the calling function's own **kwargs parameter, passed on.
    int32_t slot = KwargsSlot();
    NameBinding b = tree_.Kind(value) == NodeKind::Name ? ResolveName(value)
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
  if (!ok) return false;
  if (!known) return true;
  // Arguments that do not fit the parameters: CPython's TypeError, raised
  // when the call runs (call_errors), in the order CPython checks them
  // (keywords, then the number of positional arguments, then what is missing).
  std::string error;
  auto fail = [&](std::string message) {
    if (error.empty()) error = std::move(message);
  };
  for (size_t i = 0; i < positional.size() && i < count; ++i) {
    bound[i] = positional[i].value;
    pack.forwarded[i] = positional[i].item;
  }
  if (spread.IsValid() && positional.size() > count) {
    Unsupported(spread, "a * argument of a list after more positional arguments than the function takes");
    return false;
  }
  if (takes_varargs) {
    bound[varargs_entry] = tree_.Node(call, CallField::func);  // the marker of *args (KeywordPack::varargs)
    for (size_t i = count; i < positional.size(); ++i) pack.varargs.push_back({positional[i].value, positional[i].item});
  }
  // Binds keyword `kw` to its parameter; false when the function has none.
  std::vector<std::string> posonly_given;
  auto bind_keyword = [&](IdentId kw, NodeId value, int32_t forwarded) {
    size_t entry = SIZE_MAX;
    for (size_t i = std::max(first, posonly); i < positional_params; ++i)
      if (tree_.Ident(params[i], ArgField::arg) == kw) entry = i - first;
    for (size_t i = 0; i < kwonly.size(); ++i)
      if (tree_.Ident(kwonly[i], ArgField::arg) == kw) entry = kwonly_base + i;
    if (entry == SIZE_MAX) {
      for (size_t i = first; i < posonly; ++i)
        if (tree_.Ident(params[i], ArgField::arg) == kw && !takes_kwargs) posonly_given.push_back(std::string(tree_.Name(kw)));
      return false;
    }
    if (bound[entry].IsValid()) {
      fail(name + "() got multiple values for argument '" + std::string(tree_.Name(kw)) + "'");
    } else {
      bound[entry] = value;
      pack.forwarded[entry] = forwarded;
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
        if (bind_keyword(names[j], value, static_cast<int32_t>(j))) continue;
        if (takes_kwargs) {
          Unsupported(k, "passing **kwargs on to a function that takes **kwargs");
          ok = false;
        } else if (posonly_given.empty()) {
          fail(name + "() got an unexpected keyword argument '" + std::string(tree_.Name(names[j])) + "'");
        }
      }
      continue;
    }
    if (bind_keyword(kw, value, -1)) continue;
    if (takes_kwargs && std::find(packed_names.begin(), packed_names.end(), kw) == packed_names.end()) {
      packed_names.push_back(kw);
      pack.packed.push_back(value);
      continue;
    }
    if (!posonly_given.empty() && posonly_given.back() == tree_.Name(kw)) continue;
    fail(takes_kwargs ? name + "() got multiple values for keyword argument '" + std::string(tree_.Name(kw)) + "'"
                      : name + "() got an unexpected keyword argument '" + std::string(tree_.Name(kw)) + "'");
  }
  if (!posonly_given.empty()) {
    std::string list;
    for (size_t i = 0; i < posonly_given.size(); ++i) list += (i ? ", " : "") + posonly_given[i];
    fail(name + "() got some positional-only arguments passed as keyword arguments: '" + list + "'");
  }
  if (positional.size() > count && !takes_varargs) {
    // CPython counts self among the positional parameters and arguments.
    size_t most = positional_params, given = positional.size() + first;
    size_t least = most - std::min(defaults.size(), most);
    std::string takes = least == most ? std::to_string(most) : "from " + std::to_string(least) + " to " + std::to_string(most);
    size_t kw_given = 0;
    for (size_t i = 0; i < kwonly.size(); ++i) kw_given += bound[kwonly_base + i].IsValid() ? 1 : 0;
    std::string also = kw_given == 0 ? "" : " positional argument" + std::string(given == 1 ? "" : "s") + " (and " +
                                                std::to_string(kw_given) + " keyword-only argument" + (kw_given == 1 ? "" : "s") + ")";
    fail(name + "() takes " + takes + " positional argument" + (most == 1 && least == most ? "" : "s") + " but " +
         std::to_string(given) + (also.empty() ? (given == 1 ? " was" : " were") : also + (given + kw_given == 1 ? " was" : " were")) +
         " given");
  }
  auto missing_error = [&](std::vector<std::string>& missing, const char* kind) {
    if (missing.empty()) return;
    std::string list;
    for (size_t i = 0; i < missing.size(); ++i) {
      if (i > 0) list += missing.size() == 2 ? " and " : i + 1 == missing.size() ? ", and " : ", ";
      list += missing[i];
    }
    fail(name + "() missing " + std::to_string(missing.size()) + " required " + kind + " argument" +
         (missing.size() == 1 ? "" : "s") + ": " + list);
  };
  if (spread.IsValid()) {
    // The parameters after the positional arguments take the list's items:
    // each entry holds the list and the item's index; lowering checks the
    // length and falls back on defaults.
    size_t spread_first = positional.size();
    size_t first_default = positional_params - defaults.size();
    TypeId element = ElementOf(Current().expr_types[spread.index]);
    pack.spread = spread;
    pack.spread_first = static_cast<uint32_t>(spread_first);
    pack.spread_most = static_cast<uint32_t>(count - spread_first);
    pack.spread_given_base = static_cast<uint32_t>(first + spread_first);
    for (size_t i = spread_first; i < count; ++i) {
      if (bound[i].IsValid()) {
        Unsupported(spread, "keyword arguments for parameters a * argument of a list may fill");
        return false;
      }
      size_t param = i + first;
      NodeId def_value = param >= first_default ? defaults[param - first_default] : NodeId();
      TypeId t = element;
      if (def_value.IsValid()) t = Join(element, InferExpr(def_value), def_value, "a parameter given a list's item or its default");
      pack.spread_defaults.push_back(def_value);
      pack.spread_types.push_back(t);
    }
    // CPython's messages for each length that is too short, and for one too long.
    for (size_t n = 0; spread_first + n < count && first + spread_first + n < first_default; ++n) {
      std::vector<std::string> names;
      for (size_t i = spread_first + n; i < count && i + first < first_default; ++i)
        names.push_back("'" + std::string(tree_.Name(tree_.Ident(params[i + first], ArgField::arg))) + "'");
      std::string saved;
      std::swap(saved, error);
      missing_error(names, "positional");
      std::swap(saved, error);
      pack.spread_missing.push_back(saved);
    }
    {
      size_t most = positional_params;
      size_t least = most - std::min(defaults.size(), most);
      std::string takes = least == most ? std::to_string(most) : "from " + std::to_string(least) + " to " + std::to_string(most);
      size_t kw_given = 0;
      for (size_t i = 0; i < kwonly.size(); ++i) kw_given += bound[kwonly_base + i].IsValid() ? 1 : 0;
      pack.spread_too_many[0] = name + "() takes " + takes + " positional argument" + (most == 1 && least == most ? "" : "s") + " but ";
      pack.spread_too_many[1] = kw_given == 0 ? " were given"
                                              : " positional arguments (and " + std::to_string(kw_given) + " keyword-only argument" +
                                                    (kw_given == 1 ? "" : "s") + ") were given";
    }
    for (size_t i = spread_first; i < count; ++i) {
      bound[i] = spread;
      pack.forwarded[i] = static_cast<int32_t>(i - spread_first);
    }
  }
  std::vector<std::string> missing;
  for (size_t i = 0; i < count; ++i) {
    if (bound[i].IsValid()) continue;
    size_t param = i + first;
    size_t first_default = positional_params - defaults.size();
    if (param >= first_default) {
      bound[i] = defaults[param - first_default];
      // A literal is evaluated in place; another default is read where it is stored.
      if (IsLiteralDefault(bound[i])) InferExpr(bound[i]);
      else stored_default[i] = true;
    } else {
      missing.push_back("'" + std::string(tree_.Name(tree_.Ident(params[param], ArgField::arg))) + "'");
    }
  }
  missing_error(missing, "positional");
  missing.clear();
  for (size_t i = 0; i < kwonly.size(); ++i) {
    if (bound[kwonly_base + i].IsValid()) continue;
    if (i < kw_defaults.size() && kw_defaults[i].IsValid()) {
      bound[kwonly_base + i] = kw_defaults[i];
      if (IsLiteralDefault(kw_defaults[i])) InferExpr(kw_defaults[i]);
      else stored_default[kwonly_base + i] = true;
    } else {
      missing.push_back("'" + std::string(tree_.Name(tree_.Ident(kwonly[i], ArgField::arg))) + "'");
    }
  }
  missing_error(missing, "keyword-only");
  if (!ok) return false;
  if (!error.empty()) {
    Current().call_errors[call.index] = error;
    return false;
  }
  for (size_t i = 0; i < bound.size(); ++i) {
    TypeId t;
    if (takes_varargs && i == varargs_entry) {
      std::vector<TypeId> items;
      for (auto [value, item] : pack.varargs) {
        TypeId vt = Current().expr_types[value.index];
        items.push_back(item >= 0 ? types()[vt].params[static_cast<size_t>(item)] : vt);
      }
      t = pack.varargs_type = types().Get(TypeKind::Tuple, items);
      for (TypeId it : items)
        if (types().Kind(it) == TypeKind::Unknown) known = false;
    } else if (stored_default[i]) {
      const StoredDefault* d = program_->StoredDefaultOf(bound[i]);
      t = d != nullptr ? d->type : types().unknown();  // unknown until the def has run
    } else {
      t = Current().expr_types[bound[i].index];
      if (bound[i] == spread && spread.IsValid()) t = pack.spread_types[i - pack.spread_first];
      else if (pack.forwarded[i] >= 0) t = types()[t].params[static_cast<size_t>(pack.forwarded[i])];
    }
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
  bool forwards = std::any_of(pack.forwarded.begin(), pack.forwarded.end(), [](int32_t f) { return f >= 0; });
  if (uses_pack || forwards) Current().keyword_packs[call.index] = std::move(pack);
  Current().call_bindings[call.index] = std::move(bound);
  return true;
}

int32_t Analyzer::KwargsSlot() {
  NodeId def = Current().def;
  if (!def.IsValid() || Current().IsExpressionGenerator(tree_)) return -1;
  NodeId arguments = ArgumentsOf(def);
  if (tree_.Field(arguments, ArgumentsField::kwarg) == UINT32_MAX) return -1;
  return static_cast<int32_t>(tree_.Items(arguments, ArgumentsField::posonlyargs).size() +
                              tree_.Items(arguments, ArgumentsField::args).size() +
                              (tree_.Field(arguments, ArgumentsField::vararg) != UINT32_MAX ? 1 : 0) +
                              tree_.Items(arguments, ArgumentsField::kwonlyargs).size());
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
