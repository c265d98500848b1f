// Lowering of methods as values (sema_bound_methods.cpp): a bound method
// object made where `obj.method` is read, and the calls of one, whose
// receiver is taken back out of it and passed first.
#include "ir/lowering.h"

namespace keelback::ir::lowering {

InstId FunctionLowering::LowerMethodValue(NodeId e) {
  if (!instance_.method_values.count(e.index)) return InstId();
  TypeId type = TypeOf(e);
  NodeId base = tree_.Node(e, AttributeField::value);
  TypeId base_type = TypeOf(base);
  TypeKind bk = KindOf(ClassTypeOf(base_type));
  if (bk != TypeKind::Class && bk != TypeKind::ClassObject) return InstId();
  if (KindOf(type) == TypeKind::Function) {
    // A static method, or a method read through its class: the function itself.
    InstId receiver = LowerExpr(base);
    if (bk == TypeKind::Class) ObjectOf(receiver, base_type, tree_.Ident(e, AttributeField::attr));
    At(e);
    return MakeFunction(NodeId(types_[type].payload));
  }
  if (KindOf(type) != TypeKind::BoundMethod) return InstId();
  InstId receiver = ObjectOf(LowerExpr(base), base_type, tree_.Ident(e, AttributeField::attr));
  At(e);
  TypeId self_type = types_[type].params[0];
  // A class method bound through an instance holds the class (which has no
  // run-time content of its own: the type says which one).
  InstId self = KindOf(self_type) == KindOf(ClassTypeOf(base_type)) ? receiver : Emit(Op::ConstNone, self_type, {});
  InstId boxed = CoerceTo(self, self_type, types_.object());
  InstId name = Emit(Op::ConstStr, types_.str(), {}, module_.StrConstant(program_.qualified_names.at(types_[type].payload)));
  InstId code = Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant(std::to_string(BoundMethodCode(types_, type))));
  return RuntimeCall("kb_bound_method_new", type, {boxed, name, code});
}

InstId FunctionLowering::BoundMethodReceiver(InstId method, TypeId type) {
  TypeId self_type = types_[type].params[0];
  InstId self = RuntimeCall("kb_bound_method_self", types_.object(), {method});
  return Emit(Op::Unbox, self_type, {self});
}

InstId FunctionLowering::LowerBoundMethodCall(NodeId e) {
  NodeId func = tree_.Node(e, CallField::func);
  InstId method = LowerExpr(func);
  std::vector<InstId> args{BoundMethodReceiver(method, TypeOf(func))};
  for (InstId a : LowerBoundArguments(e)) args.push_back(a);
  At(e);
  auto it = instance_.call_targets.find(e.index);
  if (it == instance_.call_targets.end()) return Emit(Op::ConstNone, TypeOf(e), {});
  return EmitList(Op::Call, TypeOf(e), args, it->second.index);
}

}  // namespace keelback::ir::lowering

namespace keelback::ir::lowering {

InstId FunctionLowering::LowerNativeMethodValue(NodeId e) {
  TypeId type = TypeOf(e);
  NodeId base = tree_.Node(e, AttributeField::value);
  InstId receiver = LowerExpr(base);
  At(e);
  bool unbound = types_[type].params.empty();
  InstId self = unbound ? Emit(Op::ConstNone, types_.none(), {}) : CoerceTo(receiver, TypeOf(base), types_.object());
  if (unbound) self = CoerceTo(self, types_.none(), types_.object());
  InstId name = Emit(Op::ConstStr, types_.str(), {}, module_.StrConstant(std::string(tree_.Name(tree_.Ident(e, AttributeField::attr)))));
  InstId flag = Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant(unbound ? "1" : "0"));
  return RuntimeCall("kb_builtin_method_new", type, {self, name, flag});
}

InstId FunctionLowering::ApplyNativeMethod(TypeId method, InstId callee, const std::vector<InstId>& args,
                                           const std::vector<TypeId>& arg_types, TypeId result) {
  uint32_t which = types_[method].payload;
  bool unbound = types_[method].params.empty();
  std::vector<InstId> operands;
  if (!unbound) operands.push_back(BoundMethodReceiver(callee, method));
  if (which >= kNativeListMethods && KindOf(types_[method].params[0]) == TypeKind::Set) {
    // add, discard, remove: the item boxed, as s.add(x) passes it.
    std::string_view name = ListMethodValueName(which);
    InstId item = CoerceTo(args[0], arg_types[0], types_.object());
    if (name == "add") return Emit(Op::SetAdd, result, {operands[0], item});
    return EmitList(Op::SetMethod, result, {operands[0], item},
                    static_cast<uint32_t>(name == "discard" ? SetMethod::Discard : SetMethod::Remove));
  }
  if (which >= kNativeListMethods) {
    TypeId list_type = types_[method].params[0];
    return ApplyListMethod(ListMethodValueName(which), operands[0], list_type,
                           args, arg_types, InstId(), result);
  }
  if (which == kNativeFileReadline) return RuntimeCall("kb_file_readline", result, operands);
  if (which == kNativeDictGet) {
    // Keys and defaults are passed boxed, as d.get(k) passes them.
    for (size_t i = 0; i < args.size(); ++i) operands.push_back(CoerceTo(args[i], arg_types[i], types_.object()));
    return EmitList(Op::DictMethod, result, operands, static_cast<uint32_t>(DictMethod::Get));
  }
  for (InstId a : args) operands.push_back(a);
  return EmitList(Op::StrMethod, result, operands, which);
}

}  // namespace keelback::ir::lowering
