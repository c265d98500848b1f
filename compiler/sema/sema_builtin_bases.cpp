// Classes whose base is a built-in container: `class Env(dict)`,
// `class OrderedCollection(list)`, `class Tags(set)`. An instance holds the
// built-in value in a field of its own (ClassInfo::builtin_field), made
// empty when the instance is made. Where the program uses an instance as
// the built-in (calls one of its methods, indexes it, takes len(), walks it,
// tests `in`, compares it, prints it) and its class defines nothing of its
// own there, the expression is narrowed to that value
// (FunctionInstance::Narrowing::Kind::BuiltinValue), so that the built-in's
// own inference and lowering serve it; what the class defines wins, as the
// MRO says. print(), str() and repr() of an instance reach the value
// through its type's KB_TYPE_BUILTIN_VALUE flag.
#include "sema/analyzer.h"

namespace keelback::analysis {

int32_t Analyzer::BuiltinBaseNamed(NodeId base) const {
  if (tree_.Kind(base) != NodeKind::Name) return -1;
  std::string_view name = tree_.Name(tree_.Ident(base, NameField::id));
  if (name == "list") return static_cast<int32_t>(BuiltinFunction::List);
  if (name == "dict") return static_cast<int32_t>(BuiltinFunction::Dict);
  if (name == "set") return static_cast<int32_t>(BuiltinFunction::Set);
  return -1;
}

TypeId Analyzer::EmptyBuiltinValue(int32_t builtin) {
  switch (static_cast<BuiltinFunction>(builtin)) {
    case BuiltinFunction::List: return types().ListOf(types().unknown());
    case BuiltinFunction::Dict: return types().DictOf(types().unknown(), types().unknown());
    default: return types().SetOf(types().unknown());
  }
}

int32_t Analyzer::BuiltinBasedClass(TypeId t) const {
  if (program_->types.Kind(t) != TypeKind::Class) return -1;
  uint32_t c = program_->types[t].payload;
  return program_->classes[c].builtin_field >= 0 ? static_cast<int32_t>(c) : -1;
}

bool Analyzer::ClassHasMember(uint32_t c, std::string_view member) const {
  IdentId id = tree_.Find(member);
  if (!id.IsValid()) return false;
  return FindMethod(c, id).IsValid() || program_->classes[c].FieldIndex(id) >= 0 || ClassAttributeGlobal(c, id) >= 0 ||
         FindProperty(c, id, false).IsValid();
}

TypeId Analyzer::NarrowBuiltinValue(NodeId e, TypeId t, std::string_view member) {
  using Kind = FunctionInstance::Narrowing::Kind;
  int32_t c = BuiltinBasedClass(t);
  if (c < 0 || (!member.empty() && ClassHasMember(static_cast<uint32_t>(c), member))) {
    auto it = Current().narrowings.find(e.index);
    if (it != Current().narrowings.end() && it->second.kind == Kind::BuiltinValue) Current().narrowings.erase(it);
    return t;
  }
  const ClassInfo& info = program_->classes[c];
  Current().narrowings[e.index] = {t, Kind::BuiltinValue, ""};
  return Record(e, info.fields[info.builtin_field].type);
}

bool Analyzer::RefineBuiltinValue(NodeId container, TypeId refined, NodeId at) {
  auto it = Current().narrowings.find(container.index);
  if (it == Current().narrowings.end() || it->second.kind != FunctionInstance::Narrowing::Kind::BuiltinValue) return false;
  uint32_t c = types()[it->second.own].payload;
  ClassInfo& info = program_->classes[c];
  TypeId old = info.fields[info.builtin_field].type;
  refining_ = true;
  TypeId joined = Join(old, refined, at, "the items of a " + info.name);
  refining_ = false;
  if (joined != old) {
    program_->classes[c].fields[program_->classes[c].builtin_field].type = joined;
    changed_ = true;
  }
  return true;
}

void Analyzer::CheckBuiltinBasedAttribute(NodeId e, uint32_t c, std::string_view attr) {
  const ClassInfo& info = program_->classes[c];
  if (info.builtin_field < 0 || ClassHasMember(c, attr)) return;
  // A method of the built-in read as a value (not called): a bound method
  // of the built-in type, which Keelback does not make for these.
  Unsupported(e, "attribute '" + std::string(attr) + "' of an instance of a class with a built-in base, other than called");
}

}  // namespace keelback::analysis

namespace keelback::analysis {

void Analyzer::NarrowComparedBuiltinValues(NodeId e, TypeId& left, TypeId& right) {
  // An operand whose class defines no comparison method compares as its
  // built-in value (list.__eq__, dict.__eq__...).
  auto defines_none = [&](TypeId t) {
    int32_t c = BuiltinBasedClass(t);
    if (c < 0) return false;
    for (auto& [op, method] : kCompareMethods)
      if (ClassHasMember(static_cast<uint32_t>(c), method)) return false;
    return true;
  };
  NodeId left_node = tree_.Node(e, CompareField::left), right_node = tree_.Items(e, CompareField::comparators)[0];
  if (defines_none(left)) left = NarrowBuiltinValue(left_node, left, "");
  else NarrowBuiltinValue(left_node, types().unknown(), "");  // (drops a stale narrowing)
  if (defines_none(right)) right = NarrowBuiltinValue(right_node, right, "");
  else NarrowBuiltinValue(right_node, types().unknown(), "");
}

void Analyzer::NarrowOperandBuiltinValues(NodeId e, BinaryOp op, TypeId& left, TypeId& right) {
  std::string stem;
  for (auto& [o, name] : kBinaryMethods)
    if (o == op) stem = name;
  auto has = [&](TypeId t, const std::string& method) {
    int32_t c = ClassOfValue(t);
    return c >= 0 && ClassHasMember(static_cast<uint32_t>(c), method);
  };
  // list + list, dict | dict, set - set...: the built-in's operator, unless
  // the instance's class (or the other operand's, reflected) has its own.
  NodeId left_node = tree_.Node(e, BinOpField::left), right_node = tree_.Node(e, BinOpField::right);
  if (!has(left, "__" + stem + "__") && !has(right, "__r" + stem + "__")) {
    left = NarrowBuiltinValue(left_node, left, "");
    right = NarrowBuiltinValue(right_node, right, "");
  } else {
    NarrowBuiltinValue(left_node, types().unknown(), "");
    NarrowBuiltinValue(right_node, types().unknown(), "");
  }
}

}  // namespace keelback::analysis

namespace keelback::analysis {

bool Analyzer::IsPlainSuperArguments(NodeId super_call) {
  // super(C, self) in a method of C whose first parameter is self: super().
  auto args = tree_.Items(super_call, CallField::args);
  if (args.size() != 2 || !tree_.Items(super_call, CallField::keywords).empty()) return false;
  auto owner = Current().def.IsValid() ? method_class_.find(Current().def.index) : method_class_.end();
  if (owner == method_class_.end() || tree_.Kind(args[0]) != NodeKind::Name || tree_.Kind(args[1]) != NodeKind::Name)
    return false;
  auto params = tree_.Items(tree_.Node(Current().def, FunctionDefField::args), ArgumentsField::args);
  if (params.empty() || tree_.Ident(args[1], NameField::id) != tree_.Ident(params[0], ArgField::arg)) return false;
  TypeId named = InferExpr(args[0]);
  InferExpr(args[1]);
  return types().Kind(named) == TypeKind::ClassObject && types()[named].payload == owner->second;
}

TypeId Analyzer::InferBuiltinSuperCall(NodeId call, NodeId attribute, std::span<const NodeId> args) {
  NodeId receiver = tree_.Node(attribute, AttributeField::value);
  auto owner = Current().def.IsValid() ? method_class_.find(Current().def.index) : method_class_.end();
  if (owner == method_class_.end() || Current().param_types.empty()) return TypeId();
  TypeId self_type = Current().param_types[0];
  int32_t c = BuiltinBasedClass(self_type);
  IdentId name = tree_.Ident(attribute, AttributeField::attr);
  if (c < 0 || FindMethod(static_cast<uint32_t>(c), name, owner->second).IsValid()) return TypeId();
  std::string_view method = tree_.Name(name);
  if (method == "__init__") {
    // list.__init__() of no arguments leaves the new value empty (InferSuperCall).
    if (args.empty() && tree_.Items(call, CallField::keywords).empty()) return TypeId();
    Record(attribute, types().unknown());
    Unsupported(call, "super().__init__() with arguments in a class with a built-in base");
    return types().unknown();
  }
  if (method.size() > 4 && method.substr(0, 2) == "__") {
    Record(attribute, types().unknown());
    Unsupported(call, "super()." + std::string(method) + "() of a built-in base");
    return types().unknown();
  }
  const ClassInfo& info = program_->classes[c];
  Current().narrowings[receiver.index] = {self_type, FunctionInstance::Narrowing::Kind::BuiltinValue, ""};
  TypeId value = Record(receiver, info.fields[info.builtin_field].type);
  switch (types().Kind(value)) {
    case TypeKind::List: return InferListMethodCall(call, attribute, value, args);
    case TypeKind::Dict: return InferDictMethodCall(call, attribute, value, args);
    default: return InferSetMethodCall(call, attribute, value, args);
  }
}

}  // namespace keelback::analysis
