// Type inference for I/O and native values: the with statement, open(),
// input(), sys.stdin, files' and bytes' methods and attributes, and the
// builtins that make or inspect such values (bytes(), type(), tuple(),
// hex(), hash(), ...).
#include "sema/analyzer.h"

namespace keelback::analysis {

namespace {

bool IsUtf8Name(std::string_view name) {
  std::string lower;
  for (char c : name) lower.push_back(c == '_' ? '-' : static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  return lower == "utf-8" || lower == "utf8" || lower == "u8" || lower == "utf";
}

}  // namespace

bool Analyzer::InferWith(NodeId s) {
  // Each item's __enter__ result goes to its target; __exit__ gets
  // (type, value, traceback) of an exception leaving the body, each an object.
  bool may_suppress = false;
  for (NodeId item : tree_.Items(s, WithField::items)) {
    NodeId context = tree_.Node(item, WithItemField::context_expr);
    NodeId target = tree_.Node(item, WithItemField::optional_vars);
    TypeId t = InferExpr(context);
    TypeId entered = types().unknown();
    switch (types().Kind(t)) {
      case TypeKind::File:
        entered = t;
        break;
      case TypeKind::Class: {
        uint32_t c = types()[t].payload;
        NodeId enter = FindMethod(c, tree_.Find("__enter__"));
        NodeId exit = FindMethod(c, tree_.Find("__exit__"));
        if (!enter.IsValid() || !exit.IsValid()) {
          Unsupported(context, "'" + program_->classes[c].name + "' object does not support the context manager protocol");
          break;
        }
        // __exit__(self, exc_type, exc_value, traceback), or fewer named
        // parameters and *args for the rest (a tuple, as CPython packs it).
        NodeId exit_args = tree_.Node(exit, FunctionDefField::args);
        size_t positional = tree_.Items(exit_args, ArgumentsField::args).size();
        bool varargs = tree_.Field(exit_args, ArgumentsField::vararg) != UINT32_MAX;
        if (positional == 0 || positional > 4 || (positional < 4 && !varargs) || (positional == 4 && varargs) ||
            !tree_.Items(exit_args, ArgumentsField::posonlyargs).empty() ||
            !tree_.Items(exit_args, ArgumentsField::kwonlyargs).empty() ||
            tree_.Field(exit_args, ArgumentsField::kwarg) != UINT32_MAX) {
          Unsupported(exit, "__exit__ with other than (self, exc_type, exc_value, traceback) or (self, *args)");
          break;
        }
        InstanceId enter_instance = Instantiate(enter, {t});
        TypeId object = types().object();
        std::vector<TypeId> exit_params{t};
        for (size_t i = 1; i < positional; ++i) exit_params.push_back(object);
        if (varargs) exit_params.push_back(types().Get(TypeKind::Tuple, std::vector<TypeId>(4 - positional, object)));
        InstanceId exit_instance = Instantiate(exit, exit_params);
        Current().with_methods[item.index] = {enter_instance, exit_instance};
        entered = program_->instances[enter_instance.index].return_type;
        TypeKind rk = types().Kind(program_->instances[exit_instance.index].return_type);
        if (rk != TypeKind::NoneType) may_suppress = true;
        break;
      }
      case TypeKind::Unknown:
        break;
      default:
        Unsupported(context, "a with statement over a value of type " + types().Name(t));
        break;
    }
    if (target.IsValid()) AssignTo(target, entered);
  }
  bool falls_through = InferBlock(tree_.Items(s, WithField::body));
  return falls_through || may_suppress;
}

TypeId Analyzer::InferNativeMethodCall(NodeId call, NodeId attribute, NativeReceiver receiver, TypeId receiver_type,
                                       std::span<const NodeId> args) {
  std::string_view name = tree_.Name(tree_.Ident(attribute, AttributeField::attr));
  Record(attribute, types().unknown());
  std::vector<TypeId> arg_types;
  bool known = InferArguments(args, arg_types);
  auto keywords = tree_.Items(call, CallField::keywords);
  for (NodeId k : keywords) {
    TypeId t = InferExpr(tree_.Node(k, KeywordField::value));
    if (types().Kind(t) == TypeKind::Unknown) known = false;
  }
  int index = FindNativeMethod(receiver, name);
  if (index < 0) {
    const char* what = receiver == NativeReceiver::File    ? "file"
                       : receiver == NativeReceiver::Str || receiver == NativeReceiver::StrClass ? "str"
                       : receiver == NativeReceiver::Int || receiver == NativeReceiver::IntClass ? "int"
                       : receiver == NativeReceiver::Float || receiver == NativeReceiver::FloatClass ? "float"
                       : receiver == NativeReceiver::Complex ? "complex"
                       : receiver == NativeReceiver::Range ? "range"
                       : receiver == NativeReceiver::Tuple ? "tuple"
                       : receiver == NativeReceiver::ByteArray ? "bytearray"
                                                           : "bytes";
    Unsupported(call, std::string(what) + " method '" + std::string(name) + "'");
    return types().unknown();
  }
  const NativeMethod& m = kNativeMethods[index];
  size_t count = NativeParamCount(m);
  std::vector<NodeId> bound(count);
  if (args.size() > count) {
    Unsupported(call, std::string(m.name) + "() takes at most " + std::to_string(count) + " arguments (" +
                          std::to_string(args.size()) + " given)");
    return types().unknown();
  }
  for (size_t i = 0; i < args.size(); ++i) bound[i] = args[i];
  for (NodeId k : keywords) {
    IdentId kw = tree_.Ident(k, KeywordField::arg);
    size_t i = 0;
    while (i < count && (!kw.IsValid() || NativeParamName(m, i) != tree_.Name(kw))) ++i;
    if (i == count || bound[i].IsValid()) {
      Unsupported(k, "this keyword argument to " + std::string(m.name) + "()");
      return types().unknown();
    }
    bound[i] = tree_.Node(k, KeywordField::value);
  }
  for (size_t i = 0; i < m.required; ++i) {
    if (!bound[i].IsValid()) {
      Unsupported(call, std::string(m.name) + "() missing required argument '" + std::string(NativeParamName(m, i)) + "'");
      return types().unknown();
    }
  }
  for (size_t i = 0; i < count && known; ++i) {
    if (!bound[i].IsValid()) continue;
    TypeId t = Current().expr_types[bound[i].index];
    TypeKind k = types().Kind(t);
    bool ok = true;
    switch (m.kinds[i]) {
      case 's': ok = k == TypeKind::Str; break;
      case 'n': ok = k == TypeKind::Int || k == TypeKind::Bool || k == TypeKind::NoneType || k == TypeKind::Object; break;
      default: ok = k != TypeKind::Iterator && k != TypeKind::Function && k != TypeKind::Module; break;
    }
    if (!ok) Unsupported(bound[i], std::string(m.name) + "() with an argument of type " + types().Name(t));
  }
  if (!known) return types().unknown();
  // The result (see NativeMethod::result).
  bool binary_file = receiver == NativeReceiver::File && types()[receiver_type].payload == 1;
  TypeId data = binary_file ? BytesType() : types().str();
  Current().native_calls[call.index] = {static_cast<uint32_t>(index), std::move(bound)};
  switch (m.result) {
    case 'S': return types().str();
    case 'I': return types().int_();
    case 'B': return types().bool_();
    case 'Y': return BytesType();
    case 'A': return types().Get(TypeKind::ByteArray);
    case 'y': return types().ListOf(BytesType());
    case 'F': return types().float_();
    case 'C': return ComplexType();
    case 'R': {
      TypeId pair[2] = {types().int_(), types().int_()};
      return types().Get(TypeKind::Tuple, pair);
    }
    case 'D': return data;
    case 'd': return types().ListOf(data);
    case 'T': {
      // maketrans(dict): the dict's values under int keys; maketrans(x, y):
      // code points to code points; a third str maps its code points to None.
      TypeId first = Current().expr_types[args[0].index];
      TypeId value = types().int_();
      if (args.size() == 1 && types().Kind(first) == TypeKind::Dict) value = types()[first].params[1];
      if (args.size() == 3) value = Join(value, types().none(), call, "the values of str.maketrans()");
      return types().DictOf(types().int_(), value);
    }
    default: return types().none();
  }
}

TypeId Analyzer::InferNativeAttribute(NodeId e, TypeId base) {
  std::string_view attr = tree_.Name(tree_.Ident(e, AttributeField::attr));
  TypeKind k = types().Kind(base);
  if (k == TypeKind::Module && types()[base].payload == static_cast<uint32_t>(BuiltinModule::Sys) && attr == "stdin")
    return types().Get(TypeKind::File, {}, 0);
  if (k == TypeKind::Range) {
    if (attr == "start" || attr == "stop" || attr == "step") return types().int_();
    Unsupported(e, "attribute '" + std::string(attr) + "' of range");
    return types().unknown();
  }
  if (k == TypeKind::File) {
    if (attr == "closed") return types().bool_();
    if (attr == "name" || attr == "mode") return types().str();
    if (attr == "readline") return TypeId();  // a method value (InferNativeMethodValue)
    Unsupported(e, "file attribute '" + std::string(attr) + "'");
    return types().unknown();
  }
  // The numbers' attributes: x.real, x.imag, i.numerator, i.denominator.
  if (k == TypeKind::Int || k == TypeKind::Bool) {
    if (attr == "real" || attr == "imag" || attr == "numerator" || attr == "denominator") return types().int_();
  }
  if ((k == TypeKind::Float || k == TypeKind::Complex) && (attr == "real" || attr == "imag")) return types().float_();
  if (attr == "__name__") {
    // A class's name: known for a class named in the source, read from the
    // type object for type(x).
    if (k == TypeKind::Object || k == TypeKind::ClassObject || k == TypeKind::ExceptionClass) return types().str();
    if (k == TypeKind::Builtin && BuiltinTypeName(static_cast<BuiltinFunction>(types()[base].payload)) != nullptr)
      return types().str();
  }
  return TypeId();
}

TypeId Analyzer::InferIoBuiltinCall(NodeId call, BuiltinFunction f, std::span<const NodeId> args,
                                    const std::vector<TypeId>& arg_types, bool known) {
  auto keywords = tree_.Items(call, CallField::keywords);
  auto arity = [&](size_t lo, size_t hi) { return BuiltinArity(call, args.size(), lo, hi); };
  auto kind = [&](size_t i) { return types().Kind(arg_types[i]); };
  auto is_int = [&](size_t i) { return kind(i) == TypeKind::Int || kind(i) == TypeKind::Bool; };
  // A value the runtime can take boxed and check itself (CPython's TypeError).
  auto boxable = [&](size_t i) {
    TypeKind k = kind(i);
    if (k == TypeKind::Iterator || k == TypeKind::Function || k == TypeKind::Module ||
        (k == TypeKind::Builtin && BuiltinTypeName(static_cast<BuiltinFunction>(types()[arg_types[i]].payload)) == nullptr)) {
      Unsupported(args[i], "passing a value of type " + types().Name(arg_types[i]) + " to this built-in");
      return false;
    }
    return true;
  };
  switch (f) {
    case BuiltinFunction::Chr:
    case BuiltinFunction::Hex:
    case BuiltinFunction::Oct:
    case BuiltinFunction::Bin:
      if (!arity(1, 1)) return types().unknown();
      if (known) boxable(0);
      return types().str();
    case BuiltinFunction::Ord:
    case BuiltinFunction::Hash:
    case BuiltinFunction::Id:
      if (!arity(1, 1)) return types().unknown();
      if (known) boxable(0);
      return types().int_();
    case BuiltinFunction::Type:
      if (!arity(1, 1)) return types().unknown();
      if (known) boxable(0);
      return types().object();
    case BuiltinFunction::Pow: {
      // pow(a, b) is a ** b; pow(a, b, m) of ints is modular (a negative b: the inverse).
      if (!arity(2, 3) || !known) return types().unknown();
      if (args.size() == 2) return InferBinary(call, BinaryOp::Pow, arg_types[0], arg_types[1]);
      for (size_t i = 0; i < 3; ++i) {
        if (!is_int(i) && !IsNumeric(arg_types[i]) && kind(i) != TypeKind::Object && kind(i) != TypeKind::Complex) {
          Unsupported(args[i], "pow() of " + types().Name(arg_types[i]));
          return types().unknown();
        }
      }
      return types().int_();  // or TypeError for a float (lowering raises it)
    }
    case BuiltinFunction::Format:
      if (!arity(1, 2) || !known) return types().unknown();
      if (args.size() == 2 && kind(1) != TypeKind::Str) {
        Unsupported(args[1], "format() with a spec of type " + types().Name(arg_types[1]));
        return types().unknown();
      }
      boxable(0);
      return types().str();
    case BuiltinFunction::Tuple: {
      // tuple(): (); tuple(a tuple): itself; tuple(iterable): its items, boxed
      // (a tuple whose length is known only at run time is an object).
      if (!arity(0, 1)) return types().unknown();
      if (args.empty()) return types().Get(TypeKind::Tuple);
      if (!known) return types().unknown();
      if (kind(0) == TypeKind::Tuple) return arg_types[0];
      if (kind(0) == TypeKind::Object) return types().object();
      TypeId element = IterationElement(args[0], arg_types[0]);
      if (types().Kind(element) == TypeKind::Unknown) return types().unknown();
      types().ListOf(element);  // the list lowering collects the items in
      return types().object();
    }
    case BuiltinFunction::Bytes: {
      // bytes(), bytes(n), bytes(iterable of ints), bytes(s, encoding[, errors]).
      if (!arity(0, 3)) return BytesType();
      if (!keywords.empty()) Unsupported(call, "keyword arguments to bytes()");
      if (args.empty() || !known) return BytesType();
      if (args.size() >= 2) {
        for (size_t i = 0; i < args.size(); ++i)
          if (kind(i) != TypeKind::Str) Unsupported(args[i], "bytes() with an argument of type " + types().Name(arg_types[i]));
        return BytesType();
      }
      if (kind(0) == TypeKind::Range || kind(0) == TypeKind::Iterator) {
        TypeId element = IterationElement(args[0], arg_types[0]);
        types().ListOf(element);  // collected into a list first
        return BytesType();
      }
      boxable(0);
      return BytesType();
    }
    case BuiltinFunction::Input:
      if (!arity(0, 1)) return types().unknown();
      if (known && !args.empty()) boxable(0);
      return types().str();
    case BuiltinFunction::Open: {
      // open(file, mode='r', encoding=None): the mode must be a literal, so
      // that a file's reads are known to give strs or bytes.
      if (!arity(1, 2)) return types().unknown();
      NodeId mode;
      if (args.size() == 2) mode = args[1];
      for (NodeId k : keywords) {
        std::string_view kw = tree_.Name(tree_.Ident(k, KeywordField::arg));
        NodeId value = tree_.Node(k, KeywordField::value);
        TypeId t = InferExpr(value);
        if (kw == "mode" && !mode.IsValid()) {
          mode = value;
        } else if (kw == "encoding") {
          bool utf8 = tree_.Kind(value) == NodeKind::Constant &&
                      tree_.GetConstant(ConstantId(tree_.Field(value, ConstantField::value))).kind == Constant::Kind::Str &&
                      IsUtf8Name(tree_.GetConstant(ConstantId(tree_.Field(value, ConstantField::value))).text);
          if (!utf8 && types().Kind(t) != TypeKind::NoneType) Unsupported(value, "open() with an encoding other than UTF-8");
        } else if (kw == "newline" && types().Kind(t) == TypeKind::NoneType) {
        } else {
          Unsupported(k, "open(" + std::string(kw) + "=...)");
        }
      }
      if (known && kind(0) != TypeKind::Str) {
        Unsupported(args[0], "open() of a file named by a value of type " + types().Name(arg_types[0]));
        return types().unknown();
      }
      bool binary = false;
      if (mode.IsValid()) {
        if (tree_.Kind(mode) != NodeKind::Constant ||
            tree_.GetConstant(ConstantId(tree_.Field(mode, ConstantField::value))).kind != Constant::Kind::Str) {
          Unsupported(mode, "open() with a mode that is not a string literal");
          return types().unknown();
        }
        binary = tree_.GetConstant(ConstantId(tree_.Field(mode, ConstantField::value))).text.find('b') != std::string::npos;
      }
      return types().Get(TypeKind::File, {}, binary ? 1 : 0);
    }
    case BuiltinFunction::Getattr:
    case BuiltinFunction::Setattr:
    case BuiltinFunction::Hasattr:
      return InferAttributeBuiltin(call, f, args, arg_types);
    default:
      return types().unknown();
  }
}

// getattr(obj, name[, default]), hasattr(obj, name), setattr(obj, name,
// value) on an instance of a class of the program: the name is compared at
// run time with the class's fields (and, for hasattr, its methods,
// properties and class attributes). A value of static type C is exactly a C
// (a C and a subclass join into object), so its fields are all known.
TypeId Analyzer::InferAttributeBuiltin(NodeId call, BuiltinFunction f, std::span<const NodeId> args,
                                       const std::vector<TypeId>& arg_types) {
  const char* what = f == BuiltinFunction::Getattr ? "getattr()" : f == BuiltinFunction::Setattr ? "setattr()" : "hasattr()";
  size_t lo = f == BuiltinFunction::Getattr ? 2 : f == BuiltinFunction::Setattr ? 3 : 2;
  size_t hi = f == BuiltinFunction::Getattr ? 3 : lo;
  if (args.size() < lo || args.size() > hi) {
    Unsupported(call, std::string("this number of arguments to ") + what);
    return types().unknown();
  }
  for (TypeId t : arg_types)
    if (types().Kind(t) == TypeKind::Unknown) return types().unknown();
  if (types().Kind(arg_types[0]) != TypeKind::Class) {
    Unsupported(args[0], std::string(what) + " of a value of type " + types().Name(arg_types[0]) +
                             " (instances of the program's classes only)");
    return types().unknown();
  }
  if (types().Kind(arg_types[1]) != TypeKind::Str) {
    Unsupported(args[1], std::string(what) + " with a name of type " + types().Name(arg_types[1]));
    return types().unknown();
  }
  uint32_t c = types()[arg_types[0]].payload;
  const ClassInfo& info = program_->classes[c];
  if (FindMethod(c, tree_.Find("__getattr__")).IsValid() || info.builtin_field >= 0) {
    Unsupported(call, std::string(what) + " on an instance of a class with __getattr__ or a built-in base");
    return types().unknown();
  }
  bool constant = tree_.Kind(args[1]) == NodeKind::Constant;
  std::string name = constant ? tree_.GetConstant(ConstantId(tree_.Field(args[1], ConstantField::value))).text : "";
  IdentId ident = constant ? tree_.Find(name) : IdentId();
  // Anything but a field: a method, property or class attribute of the class chain.
  auto other_member = [&](IdentId id) {
    return id.IsValid() && (FindMethod(c, id).IsValid() || FindProperty(c, id, false).IsValid() ||
                            ClassAttributeGlobal(c, id) >= 0);
  };
  if (f == BuiltinFunction::Setattr) {
    if (!constant || !ident.IsValid()) {
      Unsupported(args[1], "setattr() with a name that is not a literal of an attribute the program names");
      return types().none();
    }
    if (other_member(ident) || info.slots_only) {
      Unsupported(call, "setattr() of a method, property or class attribute, or on a class with __slots__");
      return types().none();
    }
    AssignField(c, ident, arg_types[2], call);
    return types().none();
  }
  // A field not set in __init__ may be missing at run time: only getattr
  // without a default may read it (its read raises AttributeError then).
  bool may_miss = f == BuiltinFunction::Hasattr || args.size() == 3;
  for (const ClassField& field : info.fields) {
    if ((!constant || field.name == ident) && !field.always_set && may_miss) {
      Unsupported(call, std::string(what) + " of attribute '" + std::string(tree_.Name(field.name)) +
                            "', which is not set in __init__");
      return types().unknown();
    }
  }
  if (f == BuiltinFunction::Hasattr) return types().bool_();
  TypeId result = types().unknown();
  bool mixed = false;
  auto add = [&](TypeId t) {
    if (types().Kind(result) == TypeKind::Unknown) result = t;
    else if (result != t) mixed = true;
  };
  if (constant) {
    int32_t field = ident.IsValid() ? info.FieldIndex(ident) : -1;
    if (field < 0 && other_member(ident)) {
      Unsupported(call, "getattr() of a method, property or class attribute");
      return types().unknown();
    }
    if (field >= 0) add(info.fields[field].type);
  } else {
    for (int32_t k = static_cast<int32_t>(c); k >= 0; k = program_->classes[k].base) {
      const ClassInfo& ci = program_->classes[k];
      for (auto& [id, def] : ci.methods) {
        std::string_view m = tree_.Name(IdentId(id));
        bool dunder = m.size() > 4 && m.substr(0, 2) == "__" && m.substr(m.size() - 2) == "__";
        if (!dunder) {
          Unsupported(call, "getattr() with a computed name on a class with methods (it would return bound methods)");
          return types().unknown();
        }
      }
      if (!ci.property_getters.empty() || !ci.attributes.empty()) {
        Unsupported(call, "getattr() with a computed name on a class with properties or class attributes");
        return types().unknown();
      }
    }
    for (const ClassField& field : info.fields) add(field.type);
  }
  if (args.size() == 3) add(arg_types[2]);
  if (types().Kind(result) == TypeKind::Unknown) return types().object();  // AttributeError at run time
  return mixed ? types().object() : result;
}

}  // namespace keelback::analysis
