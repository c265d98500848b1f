// Lowering of calls (user functions with bound arguments, builtins: lower_builtins.cpp,
// constructors, methods), attribute reads, and the dynamic dispatch on objects.
#include "ir/lowering.h"

#include <algorithm>
#include <array>

namespace keelback::ir::lowering {

InstId FunctionLowering::LowerCall(NodeId e) {
  NodeId func = tree_.Node(e, CallField::func);
  if (instance_.missing_attributes.count(func.index)) return LowerAttribute(func);  // raises AttributeError
  if (auto error = instance_.call_errors.find(e.index); error != instance_.call_errors.end()) {
    // Arguments that do not fit the callee: evaluated, then CPython's TypeError.
    LowerExpr(tree_.Kind(func) == NodeKind::Attribute ? tree_.Node(func, AttributeField::value) : func);
    LowerCallArguments(e);
    At(e);
    RaiseError("TypeError", error->second);
    return Emit(Op::ConstNone, TypeOf(e), {});
  }
  if (instance_.exception_init_calls.count(e.index)) {  // super().__init__(...) reaching BaseException's
    InstId self = Emit(Op::LoadLocal, fn_.local_types[0], {}, 0);
    std::vector<InstId> items;
    std::vector<TypeId> item_types;
    for (NodeId a : tree_.Items(e, CallField::args)) {
      items.push_back(LowerExpr(a));
      item_types.push_back(TypeOf(a));
    }
    At(e);
    InstId args = EmitList(Op::TupleNew, types_.Find(TypeKind::Tuple, item_types), items);
    Emit(Op::ExceptionSetArgs, types_.none(), {self, args});
    return Emit(Op::ConstNone, TypeOf(e), {});
  }
  if (auto native = instance_.native_calls.find(e.index); native != instance_.native_calls.end())
    return LowerNativeCall(e, native->second);
  if (instance_.super_calls.count(e.index) || instance_.receiverless_calls.count(e.index)) {
    std::vector<InstId> args;
    if (instance_.super_calls.count(e.index)) {
      args.push_back(Emit(Op::LoadLocal, fn_.local_types[0], {}, 0));  // the method's self
    } else {
      if (auto c = instance_.class_arguments.find(e.index); c != instance_.class_arguments.end())
        args.push_back(Emit(Op::ConstNone, c->second, {}));  // the class a class method receives
      NodeId receiver = tree_.Node(func, AttributeField::value);
      bool is_super = tree_.Kind(receiver) == NodeKind::Call;  // super().static_method()
      if (!is_super && KindOf(TypeOf(receiver)) != TypeKind::ClassObject)
        ObjectOf(LowerExpr(receiver), TypeOf(receiver), tree_.Ident(func, AttributeField::attr));
    }
    for (InstId a : LowerBoundArguments(e)) args.push_back(a);
    At(e);
    auto it = instance_.call_targets.find(e.index);
    if (it == instance_.call_targets.end()) return Emit(Op::ConstNone, TypeOf(e), {});  // object.__init__
    return EmitList(Op::Call, TypeOf(e), args, it->second.index);
  }
  if (KindOf(TypeOf(func)) == TypeKind::Class && tree_.Kind(func) != NodeKind::Attribute) {
    // An instance called: its __call__.
    std::vector<InstId> args{LowerExpr(func)};
    for (InstId a : LowerBoundArguments(e)) args.push_back(a);
    At(e);
    auto it = instance_.call_targets.find(e.index);
    if (it == instance_.call_targets.end()) return Emit(Op::ConstNone, TypeOf(e), {});
    return EmitList(Op::Call, TypeOf(e), args, it->second.index);
  }
  if (tree_.Kind(func) == NodeKind::Attribute) {
    TypeId base = TypeOf(tree_.Node(func, AttributeField::value));
    TypeKind bk = KindOf(base) == TypeKind::Optional ? KindOf(types_[base].params[0]) : KindOf(base);
    if (bk == TypeKind::Class && !instance_.field_value_calls.count(e.index)) return LowerMethodCall(e);
    if (bk == TypeKind::Object) return LowerDynamic(e, tree_.Node(func, AttributeField::value));
    if (bk == TypeKind::List) return LowerListMethodCall(e);
    if (bk == TypeKind::Set) return LowerSetMethodCall(e);
    if (bk == TypeKind::Generator) return LowerGeneratorMethodCall(e);
    if (bk == TypeKind::Builtin) {
      // sys.stdout / sys.stderr .write(s) or .flush().
      uint32_t stream = types_[base].payload == static_cast<uint32_t>(BuiltinFunction::SysStderr) ? 2 : 1;
      auto args = tree_.Items(e, CallField::args);
      std::vector<InstId> operands;
      for (NodeId a : args) operands.push_back(LowerExpr(a));
      At(e);
      return EmitList(Op::StreamWrite, TypeOf(e), operands, stream);
    }
    if (bk == TypeKind::Dict && DictFlavorOf(types_[base].payload) != DictFlavor::Plain)
      if (InstId r = LowerFlavoredDictMethod(e); r.IsValid()) return r;
    if (bk == TypeKind::Dict) {
      NodeId receiver = tree_.Node(func, AttributeField::value);
      TypeId dict_type = TypeOf(receiver);
      std::vector<InstId> operands{LowerExpr(receiver)};
      auto args = tree_.Items(e, CallField::args);
      for (size_t i = 0; i < args.size(); ++i) {
        InstId v = LowerExpr(args[i]);
        // Keys are stored boxed; defaults too.
        operands.push_back(CoerceTo(v, TypeOf(args[i]), types_.object()));
      }
      At(e);
      std::string_view name = tree_.Name(tree_.Ident(func, AttributeField::attr));
      auto keywords = tree_.Items(e, CallField::keywords);
      if (!keywords.empty()) {  // d.update(other, name=value): every argument first, other's items first
        std::vector<std::pair<InstId, InstId>> entries;
        for (NodeId k : keywords) {
          InstId value = LowerExpr(tree_.Node(k, KeywordField::value));
          std::string key(tree_.Name(tree_.Ident(k, KeywordField::arg)));
          entries.push_back({Emit(Op::ConstStr, types_.str(), {}, module_.StrConstant(key)), value});
        }
        At(e);
        if (operands.size() > 1) EmitList(Op::DictMethod, types_.none(), operands, static_cast<uint32_t>(DictMethod::Update));
        for (size_t i = 0; i < entries.size(); ++i)
          Emit(Op::DictSetItem, types_.none(), {operands[0], entries[i].first, entries[i].second});
        return Emit(Op::ConstNone, TypeOf(e), {});
      }
      DictMethod m = DictMethodNamed(name);
      (void)dict_type;
      TypeId result = TypeOf(e);
      if (m == DictMethod::Keys || m == DictMethod::Values || m == DictMethod::Items)
        result = ListTypeOf(types_[result].params[0]);  // a view is walked as a list
      return EmitList(Op::DictMethod, result, operands, static_cast<uint32_t>(m));
    }
    if (bk == TypeKind::Str && tree_.Name(tree_.Ident(func, AttributeField::attr)) == "format_map") {
      // format() with the dict as its keyword arguments and no positional ones.
      InstId fmt = LowerExpr(tree_.Node(func, AttributeField::value));
      InstId mapping = LowerExpr(tree_.Items(e, CallField::args)[0]);
      At(e);
      return RuntimeCall("kb_str_format", types_.str(), {fmt, Emit(Op::ConstNone, types_.none(), {}), mapping});
    }
    if (bk == TypeKind::Str && tree_.Name(tree_.Ident(func, AttributeField::attr)) == "format") {
      NodeId receiver = tree_.Node(func, AttributeField::value);
      InstId fmt = LowerExpr(receiver);
      std::vector<InstId> positional;
      std::vector<TypeId> positional_types;
      for (NodeId a : tree_.Items(e, CallField::args)) {
        positional.push_back(LowerExpr(a));
        positional_types.push_back(TypeOf(a));
      }
      TypeId kw_type = types_.Find(TypeKind::Dict, std::array<TypeId, 2>{types_.str(), types_.object()});
      InstId kwargs = Emit(Op::DictNew, kw_type, {});
      for (NodeId k : tree_.Items(e, CallField::keywords)) {
        NodeId v = tree_.Node(k, KeywordField::value);
        InstId value = LowerExpr(v);
        InstId name = Emit(Op::ConstStr, types_.str(), {}, module_.StrConstant(std::string(tree_.Name(tree_.Ident(k, KeywordField::arg)))));
        Emit(Op::DictSetItem, types_.none(), {kwargs, name, CoerceTo(value, TypeOf(v), types_.object())});
      }
      At(e);
      InstId args = EmitList(Op::TupleNew, types_.Find(TypeKind::Tuple, positional_types), positional);
      return Emit(Op::StrFormat, types_.str(), {fmt, args, kwargs});
    }
    if (bk == TypeKind::Str) {
      NodeId receiver = tree_.Node(func, AttributeField::value);
      std::vector<InstId> operands{LowerExpr(receiver)};
      for (NodeId a : tree_.Items(e, CallField::args)) {
        // s.join(map(...)), s.join(d.keys()), s.join(zip(...)): the items in a list first.
        operands.push_back(KindOf(TypeOf(a)) == TypeKind::Iterator ? CollectItems(a) : LowerExpr(a));
      }
      // Keyword arguments, evaluated in source order, go to their parameter's
      // slot; a skipped optional parameter gets None (sema checked the names).
      std::string_view method = tree_.Name(tree_.Ident(func, AttributeField::attr));
      for (NodeId k : tree_.Items(e, CallField::keywords)) {
        InstId value = LowerExpr(tree_.Node(k, KeywordField::value));
        size_t slot = 1 + size_t(StrMethodKeywordIndex(method, tree_.Name(tree_.Ident(k, KeywordField::arg))));
        while (operands.size() <= slot) operands.push_back(Emit(Op::ConstNone, types_.none(), {}));
        operands[slot] = value;
      }
      At(e);
      return EmitList(Op::StrMethod, TypeOf(e), operands, static_cast<uint32_t>(FindStrMethod(method)));
    }
  }
  TypeId ft = TypeOf(func);
  if (KindOf(ft) == TypeKind::Builtin) return LowerBuiltinCall(e, static_cast<BuiltinFunction>(types_[ft].payload));
  if (KindOf(ft) == TypeKind::Object) return LowerFunctionValueCall(e, LowerExpr(func));
  if (KindOf(ft) == TypeKind::BoundMethod) return LowerBoundMethodCall(e);
  if (KindOf(ft) == TypeKind::NativeMethod) {
    InstId callee = LowerExpr(func);
    std::vector<InstId> args;
    std::vector<TypeId> arg_types;
    for (NodeId a : tree_.Items(e, CallField::args)) {
      args.push_back(LowerExpr(a));
      arg_types.push_back(TypeOf(a));
    }
    At(e);
    return ApplyNativeMethod(ft, callee, args, arg_types, TypeOf(e));
  }
  if (KindOf(ft) == TypeKind::Function) {
    // The callee is evaluated first (it may be any expression), then the
    // arguments; a plain name of a function that needs no closure (a call of
    // a module-level def, the hot case) is not loaded at all.
    NodeId def(types_[ft].payload);
    bool plain_name = tree_.Kind(func) == NodeKind::Name && !program_.TakesClosure(def) &&
                      !program_.object_defaults.count(def.index);
    InstId callee = plain_name ? InstId() : LowerExpr(func);
    std::vector<InstId> args = LowerBoundArguments(e, callee);
    AppendClosureArgument(func, callee, args);
    At(e);
    auto it = instance_.call_targets.find(e.index);
    if (it == instance_.call_targets.end()) return Emit(Op::ConstNone, TypeOf(e), {});
    return EmitList(Op::Call, TypeOf(e), args, it->second.index);
  }
  if (KindOf(ft) == TypeKind::ClassObject) return LowerConstructorCall(e, types_[ft].payload);
  if (KindOf(ft) == TypeKind::ExceptionClass) {
    std::vector<InstId> args;
    for (NodeId a : tree_.Items(e, CallField::args)) args.push_back(LowerExpr(a));
    At(e);
    return EmitList(Op::NewException, types_.object(), args, types_[ft].payload);
  }
  if (auto name = instance_.names.find(func.index);
      name != instance_.names.end() && name->second.kind == NameBinding::Kind::Undefined)
    return LowerExpr(func);  // NameError, before any argument is evaluated
  std::vector<InstId> args = LowerBoundArguments(e);
  At(e);
  auto it = instance_.call_targets.find(e.index);
  if (it == instance_.call_targets.end()) return Emit(Op::ConstNone, TypeOf(e), {});
  return EmitList(Op::Call, TypeOf(e), args, it->second.index);
}

// A value of type `from` stored where `to` is expected; `to` includes `from`.
InstId FunctionLowering::CoerceTo(InstId v, TypeId from, TypeId to) {
  if (from == to || KindOf(to) == TypeKind::Unknown) return v;
  if (KindOf(to) == TypeKind::Object) return Emit(Op::Box, to, {v});
  // An object where sema typed the value narrower or not at all: an
  // operation that always raises (str + None) has no value of its own, so its
  // result is unboxed to keep the IR well typed.
  if (KindOf(fn_[v].type) == TypeKind::Object) return Emit(Op::Unbox, to, {v});
  return Emit(Op::Coerce, to, {v});
}

InstId FunctionLowering::ObjectOf(InstId v, TypeId type, IdentId attr) {
  if (KindOf(type) != TypeKind::Optional) return v;
  return Emit(Op::CheckNotNone, types_[type].params[0], {v}, module_.StrConstant(std::string(tree_.Name(attr))));
}

InstId FunctionLowering::LowerAttribute(NodeId e) {
  NodeId base = tree_.Node(e, AttributeField::value);
  TypeId base_type = TypeOf(base);
  TypeId type = TypeOf(e);
  IdentId attr = tree_.Ident(e, AttributeField::attr);
  std::string_view name = tree_.Name(attr);
  if (InstId native = LowerNativeAttribute(e); native.IsValid()) return native;
  if (KindOf(base_type) == TypeKind::Function) {
    // f.__name__, f.__qualname__: the static type names the definition.
    LowerExpr(base);
    std::string qualname = program_.qualified_names.at(types_[base_type].payload);
    std::string text = name == "__name__" ? qualname.substr(qualname.rfind('.') == std::string::npos ? 0 : qualname.rfind('.') + 1)
                                          : qualname;
    return Emit(Op::ConstStr, type, {}, module_.StrConstant(text));
  }
  if (KindOf(type) == TypeKind::BoundMethod || KindOf(type) == TypeKind::Function)
    if (InstId method = LowerMethodValue(e); method.IsValid()) return method;
  if (KindOf(type) == TypeKind::NativeMethod) return LowerNativeMethodValue(e);
  if (KindOf(base_type) == TypeKind::Module && types_[base_type].payload >= kFirstProgramModule) {
    LowerExpr(base);
    At(e);
    return LowerModuleAttribute(e, types_[base_type].payload - kFirstProgramModule);
  }
  if (KindOf(base_type) == TypeKind::Module) {
    LowerExpr(base);
    At(e);
    return LowerNativeModuleAttribute(e, static_cast<BuiltinModule>(types_[base_type].payload));
  }
  if (KindOf(base_type) == TypeKind::NoneType) {
    LowerExpr(base);
    At(e);
    return RaiseError("AttributeError", "'NoneType' object has no attribute '" + std::string(name) + "'");
  }
  if (instance_.missing_attributes.count(e.index)) {
    LowerExpr(base);
    At(e);
    return RaiseError("AttributeError", BuiltinNoAttributeMessage(types_.PythonName(base_type), name));
  }
  if (KindOf(base_type) == TypeKind::Object && (name == "__class__" || name == "__cause__" || name == "__context__")) {
    InstId object = LowerExpr(base);
    At(e);
    return RuntimeCall(name == "__class__" ? "kb_type_of" : name == "__cause__" ? "kb_exception_cause" : "kb_exception_context",
                       type, {object});
  }
  if (KindOf(base_type) == TypeKind::Object) return LowerDynamic(e, base);
  if (auto fallback = instance_.class_attribute_fallbacks.find(e.index);
      fallback != instance_.class_attribute_fallbacks.end()) {
    // The field where this instance set it, else the class attribute.
    InstId object = ObjectOf(LowerExpr(base), base_type, attr);
    At(e);
    const ClassInfo& info = program_.classes[types_[ClassTypeOf(base_type)].payload];
    return LoadFieldOrClassAttribute(object, info, static_cast<uint32_t>(info.FieldIndex(attr)), fallback->second, type);
  }
  if (instance_.exception_args_reads.count(e.index)) {
    InstId object = LowerExpr(base);
    At(e);
    return Emit(Op::ExceptionArgs, types_.object(), {object});
  }
  if (KindOf(type) == TypeKind::ClassObject) {  // obj.__class__: the type says which class
    LowerExpr(base);
    return Emit(Op::ConstNone, type, {});
  }
  if (KindOf(base_type) == TypeKind::ClassObject && !instance_.names.count(e.index) &&
      (name == "__mro__" || name == "__bases__" || name == "__base__")) {
    // The classes are known from the types (sema_class_objects.cpp): no item has content of its own.
    LowerExpr(base);
    At(e);
    if (KindOf(type) != TypeKind::Tuple) return Emit(Op::ConstNone, type, {});
    std::vector<InstId> items;
    for (TypeId item : types_[type].params) items.push_back(Emit(Op::ConstNone, item, {}));
    return EmitList(Op::TupleNew, type, items);
  }
  if (KindOf(base_type) == TypeKind::ClassObject && KindOf(type) == TypeKind::Str && !instance_.names.count(e.index)) {
    const ClassInfo& info = program_.classes[types_[base_type].payload];  // C.__name__, C.__qualname__
    return Emit(Op::ConstStr, type, {}, module_.StrConstant(name == "__qualname__" ? info.qualname : info.name));
  }
  if (auto g = instance_.names.find(e.index); g != instance_.names.end()) {
    // A class attribute, read through the class or an instance.
    if (KindOf(base_type) != TypeKind::ClassObject) ObjectOf(LowerExpr(base), base_type, attr);
    At(e);
    return Emit(Op::LoadGlobal, type, {}, g->second.index);
  }
  InstId object = ObjectOf(LowerExpr(base), base_type, attr);
  At(e);
  if (auto getter = instance_.call_targets.find(e.index); getter != instance_.call_targets.end()) {
    if (instance_.getattr_reads.count(e.index)) {  // __getattr__(self, name)
      InstId attr_name = Emit(Op::ConstStr, types_.str(), {}, module_.StrConstant(std::string(name)));
      return Emit(Op::Call, type, {object, attr_name}, getter->second.index);
    }
    return Emit(Op::Call, type, {object}, getter->second.index);
  }
  TypeId class_type = ClassTypeOf(base_type);
  const ClassInfo& info = program_.classes[types_[class_type].payload];
  int32_t field = info.FieldIndex(attr);
  if (field < 0) {
    return RaiseError("AttributeError", NoAttributeMessage(types_[class_type].payload, name));
  }
  return Emit(Op::GetField, type, {object}, static_cast<uint32_t>(field));
}

// obj.x where only some instances set the field x and the class has a
// class attribute x: the field where set, else the attribute's global.
InstId FunctionLowering::LoadFieldOrClassAttribute(InstId object, const ClassInfo& info, uint32_t field, uint32_t global,
                                                   TypeId type) {
  TypeId field_type = info.fields[field].type;
  uint32_t result = NewTemp(type, "$attr");
  BlockId set = NewBlock(), unset = NewBlock(), done = NewBlock();
  Emit(Op::CondBranch, types_.none(), {Emit(Op::FieldIsSet, types_.bool_(), {object}, field)}, set.index, unset.index);
  SetBlock(set);
  Emit(Op::StoreLocal, types_.none(), {CoerceTo(Emit(Op::GetField, field_type, {object}, field), field_type, type)}, result);
  BranchTo(done);
  SetBlock(unset);
  TypeId global_type = program_.globals[global].type;
  Emit(Op::StoreLocal, types_.none(), {CoerceTo(Emit(Op::LoadGlobal, global_type, {}, global), global_type, type)}, result);
  BranchTo(done);
  SetBlock(done);
  return Emit(Op::LoadLocal, type, {}, result);
}

InstId FunctionLowering::LowerMethodCall(NodeId e) {
  NodeId func = tree_.Node(e, CallField::func);
  NodeId base = tree_.Node(func, AttributeField::value);
  IdentId attr = tree_.Ident(func, AttributeField::attr);
  InstId object = ObjectOf(LowerExpr(base), TypeOf(base), attr);
  std::vector<InstId> args{object};
  if (auto g = instance_.decorated_method_calls.find(e.index); g != instance_.decorated_method_calls.end()) {
    // The decorated value (a function), called with the instance first.
    TypeId ft = program_.globals[g->second].type;
    InstId callee = Emit(Op::LoadGlobal, ft, {}, g->second);
    for (InstId a : LowerBoundArguments(e, callee)) args.push_back(a);
    if (program_.TakesClosure(NodeId(types_[ft].payload))) args.push_back(callee);
    At(e);
    auto it = instance_.call_targets.find(e.index);
    if (it == instance_.call_targets.end()) return Emit(Op::ConstNone, TypeOf(e), {});
    return EmitList(Op::Call, TypeOf(e), args, it->second.index);
  }
  for (InstId a : LowerBoundArguments(e)) args.push_back(a);
  At(e);
  auto it = instance_.call_targets.find(e.index);
  if (it == instance_.call_targets.end()) {
    TypeId class_type = KindOf(TypeOf(base)) == TypeKind::Optional ? types_[TypeOf(base)].params[0] : TypeOf(base);
    return RaiseError("AttributeError", NoAttributeMessage(types_[class_type].payload, tree_.Name(attr)));
  }
  return EmitList(Op::Call, TypeOf(e), args, it->second.index);
}

InstId FunctionLowering::LowerSetMethodCall(NodeId e) {
  NodeId func = tree_.Node(e, CallField::func);
  NodeId receiver = tree_.Node(func, AttributeField::value);
  std::string_view name = tree_.Name(tree_.Ident(func, AttributeField::attr));
  InstId set = LowerExpr(receiver);
  std::vector<InstId> operands{set};
  for (NodeId a : tree_.Items(e, CallField::args)) operands.push_back(CoerceTo(LowerExpr(a), TypeOf(a), types_.object()));
  At(e);
  TypeId type = TypeOf(e);
  if (name == "add") return Emit(Op::SetAdd, type, {set, operands[1]});
  static const std::pair<std::string_view, SetMethod> kMethods[] = {
      {"discard", SetMethod::Discard}, {"remove", SetMethod::Remove}, {"pop", SetMethod::Pop},
      {"clear", SetMethod::Clear}, {"copy", SetMethod::Copy}, {"update", SetMethod::Update},
      {"intersection_update", SetMethod::IntersectionUpdate}, {"difference_update", SetMethod::DifferenceUpdate},
      {"symmetric_difference_update", SetMethod::SymmetricDifferenceUpdate}, {"union", SetMethod::Union},
      {"intersection", SetMethod::Intersection}, {"difference", SetMethod::Difference},
      {"symmetric_difference", SetMethod::SymmetricDifference}, {"issubset", SetMethod::IsSubset},
      {"issuperset", SetMethod::IsSuperset}, {"isdisjoint", SetMethod::IsDisjoint}};
  SetMethod method = SetMethod::Copy;
  for (auto& [n, m] : kMethods)
    if (n == name) method = m;
  // The methods taking several iterables (union(a, b)) apply them one by one.
  if (operands.size() > 2) {
    bool makes_new = method == SetMethod::Union || method == SetMethod::Intersection ||
                     method == SetMethod::Difference || method == SetMethod::SymmetricDifference;
    InstId current = set;
    for (size_t i = 1; i < operands.size(); ++i)
      current = EmitList(Op::SetMethod, makes_new ? type : types_.none(), {makes_new ? current : set, operands[i]},
                         static_cast<uint32_t>(method));
    return makes_new ? current : Emit(Op::ConstNone, types_.none(), {});
  }
  if (operands.size() == 1 && (method == SetMethod::Union || method == SetMethod::Intersection ||
                               method == SetMethod::Difference || method == SetMethod::SymmetricDifference))
    return EmitList(Op::SetMethod, type, {set}, static_cast<uint32_t>(SetMethod::Copy));
  return EmitList(Op::SetMethod, type, operands, static_cast<uint32_t>(method));
}

InstId FunctionLowering::LowerListMethodCall(NodeId e) {
  NodeId func = tree_.Node(e, CallField::func);
  NodeId container = tree_.Node(func, AttributeField::value);
  TypeId list_type = TypeOf(container);
  TypeId element = types_[list_type].params[0];
  std::string_view name = tree_.Name(tree_.Ident(func, AttributeField::attr));
  InstId list = LowerExpr(container);
  if (name == "sort" && !tree_.Items(e, CallField::keywords).empty()) {
    // key= and reverse=, as sorted() takes them.
    uint32_t slot = NewTemp(list_type, "$sorting");
    Emit(Op::StoreLocal, types_.none(), {list}, slot);
    LowerSort(e, slot, list_type);
    return Emit(Op::ConstNone, TypeOf(e), {});
  }
  auto args = tree_.Items(e, CallField::args);
  std::vector<InstId> values;
  for (NodeId a : args) values.push_back(LowerExpr(a));
  InstId reverse = InstId();
  for (NodeId k : tree_.Items(e, CallField::keywords)) {
    NodeId v = tree_.Node(k, KeywordField::value);
    reverse = ToBool(LowerExpr(v), TypeOf(v));
  }
  At(e);
  std::vector<TypeId> arg_types;
  for (NodeId a : args) arg_types.push_back(TypeOf(a));
  return ApplyListMethod(name, list, list_type, values, arg_types, reverse, TypeOf(e));
}

InstId FunctionLowering::ApplyListMethod(std::string_view name, InstId list, TypeId list_type, const std::vector<InstId>& values,
                                         const std::vector<TypeId>& arg_types, InstId reverse, TypeId type) {
  TypeId element = types_[list_type].params[0];
  auto method = [&](ListMethod m, std::vector<InstId> operands) {
    operands.insert(operands.begin(), list);
    return EmitList(Op::ListMethod, type, operands, static_cast<uint32_t>(m));
  };
  auto as_element = [&](size_t i) { return CoerceTo(values[i], arg_types[i], element); };
  auto as_object = [&](size_t i) { return CoerceTo(values[i], arg_types[i], types_.object()); };
  if (name == "append") return Emit(Op::ListAppend, type, {list, as_element(0)});
  if (name == "insert") return method(ListMethod::Insert, {ToInt(values[0], arg_types[0]), as_element(1)});
  if (name == "extend") return method(ListMethod::Extend, {values[0]});
  if (name == "pop" && KindOf(element) == TypeKind::Unknown) {
    // A list nothing is ever stored in (sema): IndexError, pop from empty list.
    EmitList(Op::ListMethod, types_.object(),
             values.empty() ? std::vector<InstId>{list} : std::vector<InstId>{list, ToInt(values[0], arg_types[0])},
             static_cast<uint32_t>(ListMethod::Pop));
    return RaiseInferredEmpty();
  }
  if (name == "pop") return method(ListMethod::Pop, values.empty() ? std::vector<InstId>{} : std::vector<InstId>{ToInt(values[0], arg_types[0])});
  if (name == "reverse") return method(ListMethod::Reverse, {});
  if (name == "clear") return method(ListMethod::Clear, {});
  if (name == "sort") return method(ListMethod::Sort, {reverse ? reverse : Emit(Op::ConstBool, types_.bool_(), {}, 0)});
  if (name == "copy") return method(ListMethod::Copy, {});
  if (name == "index") return method(ListMethod::Index, {as_object(0)});
  if (name == "count") return method(ListMethod::Count, {as_object(0)});
  return method(ListMethod::Remove, {as_object(0)});
}

std::unordered_map<uint32_t, InstId> FunctionLowering::LowerCallArguments(NodeId call) {
  std::unordered_map<uint32_t, InstId> values;
  for (NodeId a : tree_.Items(call, CallField::args)) {
    // `*t`: the tuple, whose items BindArguments takes.
    NodeId value = tree_.Kind(a) == NodeKind::Starred ? tree_.Node(a, StarredField::value) : a;
    values[value.index] = LowerExpr(value);
  }
  for (NodeId k : tree_.Items(call, CallField::keywords)) {
    NodeId v = tree_.Node(k, KeywordField::value);
    values[v.index] = LowerExpr(v);
  }
  return values;
}

std::vector<InstId> FunctionLowering::BindArguments(const std::unordered_map<uint32_t, InstId>& values,
                                                    std::span<const NodeId> bound, NodeId call,
                                                    const CallPack* own_pack, InstId callee) {
  std::vector<InstId> args;
  std::unordered_map<uint32_t, CallPack> own;
  if (own_pack != nullptr) own.emplace(call.index, *own_pack);
  const std::unordered_map<uint32_t, CallPack>& packs = own_pack != nullptr ? own : instance_.keyword_packs;
  auto pack = packs.find(call.index);
  NodeId func = tree_.Node(call, CallField::func);
  for (size_t i = 0; i < bound.size(); ++i) {
    NodeId n = bound[i];
    if (pack != packs.end() && n == func) {
      // The callee's *args: the extra positional values, in a tuple.
      std::vector<InstId> items;
      for (auto [value, item] : pack->second.varargs) {
        InstId v = values.at(value.index);
        if (item >= 0) v = Emit(Op::TupleGetItem, types_[TypeOf(value)].params[static_cast<size_t>(item)], {v}, static_cast<uint32_t>(item));
        items.push_back(v);
      }
      args.push_back(EmitList(Op::TupleNew, pack->second.varargs_type, items));
      continue;
    }
    if (pack != packs.end() && n == call) {
      // The callee's **kwargs: the extra keyword values, in a tuple.
      std::vector<InstId> items;
      for (NodeId v : pack->second.packed) items.push_back(values.at(v.index));
      args.push_back(EmitList(Op::TupleNew, pack->second.packed_type, items));
      continue;
    }
    if (pack != packs.end() && pack->second.spread.IsValid() && n == pack->second.spread) {
      args.push_back(SpreadArgument(pack->second, values.at(n.index), i - pack->second.spread_first));
      continue;
    }
    auto v = values.find(n.index);
    InstId value;
    if (v != values.end()) value = v->second;
    else if (const StoredDefault* d = program_.StoredDefaultOf(n)) value = LoadStoredDefault(*d, callee);
    else value = LowerExpr(n);  // a literal default
    if (pack != packs.end() && i < pack->second.forwarded.size() && pack->second.forwarded[i] >= 0) {
      // An item of the caller's own **kwargs, passed on.
      uint32_t item = static_cast<uint32_t>(pack->second.forwarded[i]);
      value = Emit(Op::TupleGetItem, types_[TypeOf(n)].params[item], {value}, item);
    }
    args.push_back(value);
  }
  return args;
}

std::vector<InstId> FunctionLowering::LowerBoundArguments(NodeId call, InstId callee) {
  std::unordered_map<uint32_t, InstId> values = LowerCallArguments(call);
  auto it = instance_.call_bindings.find(call.index);
  if (it == instance_.call_bindings.end()) return {};
  return BindArguments(values, it->second, call, nullptr, callee);
}

// x.m(args) or x.a with x an `object`: the receiver's run-time class picks
// one of the cases sema found (FunctionInstance::dynamic_cases), tested in
// turn; none matching raises AttributeError as CPython does.
InstId FunctionLowering::LowerDynamic(NodeId e, NodeId receiver) {
  bool is_call = tree_.Kind(e) == NodeKind::Call;
  NodeId attribute = is_call ? tree_.Node(e, CallField::func) : e;
  std::string name(tree_.Name(tree_.Ident(attribute, AttributeField::attr)));
  InstId object = LowerExpr(receiver);
  std::unordered_map<uint32_t, InstId> values;
  if (is_call) values = LowerCallArguments(e);
  At(e);
  TypeId type = TypeOf(e);
  uint32_t result = NewTemp(type, is_call ? "$call" : "$attr");
  BlockId done = NewBlock();
  for (const DynamicCase& c : instance_.dynamic_cases.at(e.index)) {
    BlockId yes = NewBlock(), no = NewBlock();
    bool builtin = c.class_index == DynamicCase::kBuiltinType;
    if (c.class_index == DynamicCase::kExceptionArgs) {
      InstId is = Emit(Op::IsInstance, types_.bool_(), {object}, module_.StrConstant("BaseException"), 1);
      Emit(Op::CondBranch, types_.none(), {is}, yes.index, no.index);
      SetBlock(yes);
      StoreSlot(result, Emit(Op::ExceptionArgs, types_.object(), {object}), types_.object());
      BranchTo(done);
      SetBlock(no);
      continue;
    }
    InstId is = builtin ? Emit(Op::TypeIs, types_.bool_(), {object}, module_.StrConstant("str"), 1)
                        : Emit(Op::TypeIs, types_.bool_(), {object}, c.class_index, 0);
    Emit(Op::CondBranch, types_.none(), {is}, yes.index, no.index);
    SetBlock(yes);
    InstId self = Emit(Op::Unbox, c.receiver, {object});
    if (builtin) {
      std::vector<InstId> operands{self};
      for (NodeId a : tree_.Items(e, CallField::args)) operands.push_back(values.at(a.index));
      At(e);
      StoreSlot(result, EmitList(Op::StrMethod, c.result, operands, static_cast<uint32_t>(c.str_method)), c.result);
    } else if (is_call) {
      std::vector<InstId> args{self};
      for (InstId a : BindArguments(values, c.bound, e)) args.push_back(a);
      At(e);
      TypeId returns = program_[c.target].return_type;
      StoreSlot(result, EmitList(Op::Call, returns, args, c.target.index), returns);
    } else {
      TypeId field_type = program_.classes[c.class_index].fields[c.field].type;
      StoreSlot(result, Emit(Op::GetField, field_type, {self}, static_cast<uint32_t>(c.field)), field_type);
    }
    BranchTo(done);
    SetBlock(no);
  }
  Emit(Op::RaiseNoAttribute, types_.none(), {object}, module_.StrConstant(name));
  Emit(Op::Unreachable, types_.none(), {});
  SetBlock(done);
  return Emit(Op::LoadLocal, type, {}, result);
}

InstId FunctionLowering::LowerConstructorCall(NodeId e, uint32_t class_index) {
  bool exception = program_.classes[class_index].is_exception;
  // C(...) before the class statement has run: NameError / UnboundLocalError.
  if (NodeId func = tree_.Node(e, CallField::func); tree_.Kind(func) == NodeKind::Name) LowerExpr(func);
  std::vector<InstId> args;
  std::vector<InstId> exception_args;  // an exception's args: its positional arguments
  if (exception) {
    for (NodeId a : tree_.Items(e, CallField::args)) exception_args.push_back(LowerExpr(a));
    if (instance_.call_bindings.count(e.index)) {
      // Bound again from the values already computed (positional arguments only).
      auto positional = tree_.Items(e, CallField::args);
      for (NodeId n : instance_.call_bindings.at(e.index)) {
        auto it = std::find(positional.begin(), positional.end(), n);
        args.push_back(it != positional.end() ? exception_args[static_cast<size_t>(it - positional.begin())] : LowerExpr(n));
      }
    }
  } else {
    args = LowerBoundArguments(e);
  }
  At(e);
  InstId object = EmitList(Op::NewObject, TypeOf(e), exception_args, class_index);
  if (const ClassInfo& info = program_.classes[class_index]; info.builtin_field >= 0) {
    // A subclass of list, dict or set: its value starts empty (list.__new__...).
    TypeId value_type = info.fields[info.builtin_field].type;
    InstId value = KindOf(value_type) == TypeKind::List ? EmitList(Op::ListNew, value_type, {})
                   : KindOf(value_type) == TypeKind::Dict ? Emit(Op::DictNew, value_type, {})
                                                          : Emit(Op::SetNew, value_type, {}, 0);
    Emit(Op::SetField, types_.none(), {object, value}, static_cast<uint32_t>(info.builtin_field));
  }
  auto it = instance_.call_targets.find(e.index);
  if (it != instance_.call_targets.end()) {
    args.insert(args.begin(), object);
    EmitList(Op::Call, types_.none(), args, it->second.index);
  }
  return object;
}

}  // namespace keelback::ir::lowering

namespace keelback::ir::lowering {

InstId FunctionLowering::SpreadArgument(const CallPack& pack, InstId list, size_t k) {
  TypeId int_type = types_.int_();
  TypeId list_type = TypeOf(pack.spread);
  TypeId element = types_[list_type].params[0];
  auto constant = [&](size_t v) { return Emit(Op::ConstInt, int_type, {}, module_.IntConstant(std::to_string(v))); };
  InstId length = Emit(Op::ListLen, int_type, {list});
  if (k == 0) {
    // Too many items: the count given is only known now.
    BlockId too_many = NewBlock(), fits = NewBlock();
    Emit(Op::CondBranch, types_.none(),
         {Emit(Op::IntCompare, types_.bool_(), {length, constant(pack.spread_most)}, static_cast<uint32_t>(CmpOp::Gt))},
         too_many.index, fits.index);
    SetBlock(too_many);
    TypeId str = types_.str();
    InstId given = Emit(Op::IntBinary, int_type, {length, constant(pack.spread_given_base)}, static_cast<uint32_t>(BinaryOp::Add));
    InstId message = Emit(Op::StrConcat, str, {Emit(Op::ConstStr, str, {}, module_.StrConstant(pack.spread_too_many[0])),
                                               Emit(Op::ToStr, str, {given})});
    message = Emit(Op::StrConcat, str, {message, Emit(Op::ConstStr, str, {}, module_.StrConstant(pack.spread_too_many[1]))});
    Emit(Op::RaiseValue, types_.none(),
         {EmitList(Op::NewException, types_.object(), {message}, static_cast<uint32_t>(FindExceptionClass("TypeError")))});
    Emit(Op::Unreachable, types_.none(), {});
    SetBlock(fits);
    for (size_t n = 0; n < pack.spread_missing.size(); ++n) {
      InstId short_by = Emit(Op::IntCompare, types_.bool_(), {length, constant(n)}, static_cast<uint32_t>(CmpOp::Eq));
      RaiseErrorIf(short_by, "TypeError", pack.spread_missing[n]);
    }
  }
  TypeId type = pack.spread_types[k];
  NodeId default_value = pack.spread_defaults[k];
  if (!default_value.IsValid()) return CoerceTo(Emit(Op::ListGetItem, element, {list, constant(k)}), element, type);
  // Past the list's end: the parameter's default.
  uint32_t slot = NewTemp(type, "$spread_item");
  BlockId has = NewBlock(), past = NewBlock(), done = NewBlock();
  Emit(Op::CondBranch, types_.none(),
       {Emit(Op::IntCompare, types_.bool_(), {constant(k), length}, static_cast<uint32_t>(CmpOp::Lt))}, has.index,
       past.index);
  SetBlock(has);
  StoreSlot(slot, Emit(Op::ListGetItem, element, {list, constant(k)}), element);
  BranchTo(done);
  SetBlock(past);
  StoreSlot(slot, LowerExpr(default_value), TypeOf(default_value));
  BranchTo(done);
  SetBlock(done);
  return Emit(Op::LoadLocal, type, {}, slot);
}

}  // namespace keelback::ir::lowering
