// Lowering of with statements, of files, bytes and the other native values'
// methods and attributes, and of the builtins that make or inspect them:
// each a RuntimeCall of the function the runtime has for it.
#include "ir/lowering.h"
#include "types/native_methods.h"

namespace keelback::ir::lowering {

InstId FunctionLowering::RuntimeCall(const char* function, TypeId type, const std::vector<InstId>& operands) {
  return EmitList(Op::RuntimeCall, type, operands, module_.StrConstant(function));
}

InstId FunctionLowering::CollectItems(NodeId iterable) {
  TypeId list_type = ListTypeOf(ItemTypeOf(TypeOf(iterable)));
  uint32_t items = NewTemp(list_type, "$items");
  Emit(Op::StoreLocal, types_.none(), {EmitList(Op::ListNew, list_type, {})}, items);
  LowerLoop(iterable, NodeId(), [&] {
    Emit(Op::ListAppend, types_.none(), {Emit(Op::LoadLocal, list_type, {}, items), loop_item_});
  }, [] {});
  return Emit(Op::LoadLocal, list_type, {}, items);
}

InstId FunctionLowering::LowerIoBuiltinCall(NodeId e, BuiltinFunction f) {
  TypeId type = TypeOf(e);
  auto args = tree_.Items(e, CallField::args);
  auto arg_type = [&](size_t i) { return TypeOf(args[i]); };
  auto int_constant = [&](int64_t v) { return Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant(std::to_string(v))); };
  InstId none = InstId();
  auto none_value = [&] {
    if (!none.IsValid()) none = Emit(Op::ConstNone, types_.none(), {});
    return none;
  };
  switch (f) {
    case BuiltinFunction::Tuple: {
      if (args.empty()) return Emit(Op::TupleNew, type, {});
      TypeKind k = KindOf(arg_type(0));
      if (k == TypeKind::Tuple) return LowerExpr(args[0]);
      InstId items = k == TypeKind::Object ? LowerExpr(args[0]) : CollectItems(args[0]);
      At(e);
      return RuntimeCall("kb_tuple_from_iterable", type, {items});
    }
    case BuiltinFunction::Bytes: {
      if (args.empty()) return Emit(Op::ConstBytes, type, {}, module_.StrConstant(""));
      TypeKind k = KindOf(arg_type(0));
      if (args.size() == 1 && (k == TypeKind::Range || k == TypeKind::Iterator)) {
        InstId items = CollectItems(args[0]);
        At(e);
        return RuntimeCall("kb_bytes_new", type, {items});
      }
      std::vector<InstId> values;
      for (NodeId a : args) values.push_back(LowerExpr(a));
      At(e);
      if (args.size() == 1) return RuntimeCall("kb_bytes_new", type, {values[0]});
      if (values.size() == 2) values.push_back(none_value());
      return RuntimeCall("kb_str_encode", type, values);
    }
    case BuiltinFunction::Open: {
      InstId name = LowerExpr(args[0]);
      InstId mode;
      bool has_encoding = false;
      if (args.size() == 2) mode = LowerExpr(args[1]);
      for (NodeId k : tree_.Items(e, CallField::keywords)) {
        std::string_view kw = tree_.Name(tree_.Ident(k, KeywordField::arg));
        NodeId value = tree_.Node(k, KeywordField::value);
        InstId v = LowerExpr(value);
        if (kw == "mode") mode = v;
        if (kw == "encoding" && KindOf(TypeOf(value)) != TypeKind::NoneType) has_encoding = true;
      }
      At(e);
      if (!mode.IsValid()) mode = Emit(Op::ConstStr, types_.str(), {}, module_.StrConstant("r"));
      return RuntimeCall("kb_open", type, {name, mode, Emit(Op::ConstBool, types_.bool_(), {}, has_encoding ? 1 : 0)});
    }
    case BuiltinFunction::Input: {
      if (args.empty()) {
        At(e);
        return RuntimeCall("kb_input", type, {none_value()});
      }
      InstId prompt = LowerExpr(args[0]);
      At(e);
      if (KindOf(arg_type(0)) != TypeKind::Str) prompt = Emit(Op::ToStr, types_.str(), {prompt});
      return RuntimeCall("kb_input", type, {prompt});
    }
    case BuiltinFunction::Pow: {
      std::vector<InstId> values;
      for (NodeId a : args) values.push_back(LowerExpr(a));
      At(e);
      if (args.size() == 2) return LowerBinary(BinaryOp::Pow, values[0], arg_type(0), values[1], arg_type(1), type, e);
      for (size_t i = 0; i < 3; ++i)
        if (KindOf(arg_type(i)) == TypeKind::Object || KindOf(arg_type(i)) == TypeKind::Complex)
          return RuntimeCall("kb_object_pow_mod", type, values);  // checked at run time
      for (size_t i = 0; i < 3; ++i)
        if (KindOf(arg_type(i)) == TypeKind::Float)
          return RaiseError("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
      return RuntimeCall("kb_int_pow_mod", type,
                         {ToInt(values[0], arg_type(0)), ToInt(values[1], arg_type(1)), ToInt(values[2], arg_type(2))});
    }
    case BuiltinFunction::Getattr:
    case BuiltinFunction::Hasattr:
    case BuiltinFunction::Setattr:
      return LowerAttributeBuiltin(e, f);
    case BuiltinFunction::Format: {
      InstId v = LowerExpr(args[0]);
      InstId spec = args.size() == 2 ? LowerExpr(args[1]) : none_value();
      At(e);
      return Emit(Op::Format, type, {v, spec});
    }
    default:
      break;
  }
  std::vector<InstId> values;
  for (NodeId a : args) values.push_back(LowerExpr(a));
  At(e);
  switch (f) {
    case BuiltinFunction::Chr: return RuntimeCall("kb_chr", type, values);
    case BuiltinFunction::Ord: return RuntimeCall("kb_ord", type, values);
    case BuiltinFunction::Hex: return RuntimeCall("kb_int_to_base", type, {values[0], int_constant(16)});
    case BuiltinFunction::Oct: return RuntimeCall("kb_int_to_base", type, {values[0], int_constant(8)});
    case BuiltinFunction::Bin: return RuntimeCall("kb_int_to_base", type, {values[0], int_constant(2)});
    case BuiltinFunction::Hash: return RuntimeCall("kb_hash", type, values);
    case BuiltinFunction::Id: return RuntimeCall("kb_id", type, values);
    case BuiltinFunction::Type: return RuntimeCall("kb_type_of", type, values);
    default: return Emit(Op::ConstNone, type, {});  // rejected by sema
  }
}

InstId FunctionLowering::LowerPrintToFile(InstId file, std::span<const NodeId> args, const std::vector<InstId>& values,
                                          InstId sep, TypeId sep_type, InstId end, TypeId end_type, InstId flush) {
  TypeId str = types_.str();
  // sep and end: a str, or None for the default.
  auto text_or = [&](InstId v, TypeId t, const char* default_text) {
    return KindOf(t) == TypeKind::Str ? v : Emit(Op::ConstStr, str, {}, module_.StrConstant(default_text));
  };
  InstId separator = text_or(sep, sep_type, " ");
  InstId text = Emit(Op::ConstStr, str, {}, module_.StrConstant(""));
  for (size_t i = 0; i < args.size(); ++i) {
    InstId part = KindOf(TypeOf(args[i])) == TypeKind::Str ? values[i] : Emit(Op::ToStr, str, {values[i]});
    text = Emit(Op::StrConcat, str, {text, part});
    if (i + 1 < args.size()) text = Emit(Op::StrConcat, str, {text, separator});
  }
  text = Emit(Op::StrConcat, str, {text, text_or(end, end_type, "\n")});
  RuntimeCall("kb_file_write", types_.int_(), {file, text});
  BlockId flush_block = NewBlock(), done = NewBlock();
  Emit(Op::CondBranch, types_.none(), {flush}, flush_block.index, done.index);
  SetBlock(flush_block);
  RuntimeCall("kb_file_flush", types_.none(), {file});
  BranchTo(done);
  SetBlock(done);
  return Emit(Op::ConstNone, types_.none(), {});
}

InstId FunctionLowering::LowerAttributeBuiltin(NodeId e, BuiltinFunction f) {
  TypeId type = TypeOf(e);
  auto args = tree_.Items(e, CallField::args);
  std::vector<InstId> values;
  for (NodeId a : args) values.push_back(LowerExpr(a));
  At(e);
  const ClassInfo& info = program_.classes[types_[TypeOf(args[0])].payload];
  uint32_t class_index = types_[TypeOf(args[0])].payload;
  if (f == BuiltinFunction::Setattr) {
    const Constant& c = tree_.GetConstant(ConstantId(tree_.Field(args[1], ConstantField::value)));
    int32_t field = info.FieldIndex(tree_.Find(c.text));
    Emit(Op::SetField, types_.none(), {values[0], CoerceTo(values[2], TypeOf(args[2]), info.fields[field].type)},
         static_cast<uint32_t>(field));
    return Emit(Op::ConstNone, type, {});
  }
  // The names to try, each with what it gives: a field (its index), or for
  // hasattr any member (-1).
  std::vector<std::pair<std::string, int32_t>> candidates;
  for (size_t i = 0; i < info.fields.size(); ++i)
    if (static_cast<int32_t>(i) != info.builtin_field)
      candidates.push_back({std::string(tree_.Name(info.fields[i].name)), static_cast<int32_t>(i)});
  if (f == BuiltinFunction::Hasattr) {
    for (int32_t k = static_cast<int32_t>(class_index); k >= 0; k = program_.classes[k].base) {
      const ClassInfo& ci = program_.classes[k];
      for (auto& [id, def] : ci.methods) candidates.push_back({std::string(tree_.Name(IdentId(id))), -1});
      for (auto& [id, def] : ci.property_getters) candidates.push_back({std::string(tree_.Name(IdentId(id))), -1});
      for (auto& [id, g] : ci.attributes) candidates.push_back({std::string(tree_.Name(IdentId(id))), -1});
    }
  }
  uint32_t result = NewTemp(type, f == BuiltinFunction::Hasattr ? "$hasattr" : "$getattr");
  BlockId done = NewBlock();
  for (auto& [name, field] : candidates) {
    InstId text = Emit(Op::ConstStr, types_.str(), {}, module_.StrConstant(name));
    InstId same = Emit(Op::StrCompare, types_.bool_(), {values[1], text}, static_cast<uint32_t>(CmpOp::Eq));
    BlockId take = NewBlock(), next = NewBlock();
    Emit(Op::CondBranch, types_.none(), {same}, take.index, next.index);
    SetBlock(take);
    if (f == BuiltinFunction::Hasattr) {
      Emit(Op::StoreLocal, types_.none(), {Emit(Op::ConstBool, type, {}, 1)}, result);
    } else {
      TypeId field_type = info.fields[field].type;
      InstId v = Emit(Op::GetField, field_type, {values[0]}, static_cast<uint32_t>(field));
      Emit(Op::StoreLocal, types_.none(), {CoerceTo(v, field_type, type)}, result);
    }
    BranchTo(done);
    SetBlock(next);
  }
  if (f == BuiltinFunction::Hasattr) {
    Emit(Op::StoreLocal, types_.none(), {Emit(Op::ConstBool, type, {}, 0)}, result);
  } else if (args.size() == 3) {
    Emit(Op::StoreLocal, types_.none(), {CoerceTo(values[2], TypeOf(args[2]), type)}, result);
  } else {
    RuntimeCall("kb_raise_no_attribute_name", types_.none(), {values[0], values[1]});
    Emit(Op::Unreachable, types_.none(), {});
    SetBlock(NewBlock());
  }
  BranchTo(done);
  SetBlock(done);
  return Emit(Op::LoadLocal, type, {}, result);
}

InstId FunctionLowering::LowerNativeCall(NodeId e, const FunctionInstance::NativeCall& call) {
  const NativeMethod& m = kNativeMethods[call.method];
  NodeId attribute = tree_.Node(e, CallField::func);
  std::vector<InstId> operands;
  if (m.receiver != NativeReceiver::BytesClass && m.receiver != NativeReceiver::IntClass &&
      m.receiver != NativeReceiver::FloatClass && m.receiver != NativeReceiver::StrClass)
    operands.push_back(LowerExpr(tree_.Node(attribute, AttributeField::value)));
  InstId none;
  for (NodeId a : call.bound) {
    if (a.IsValid()) {
      operands.push_back(LowerExpr(a));
    } else {
      if (!none.IsValid()) none = Emit(Op::ConstNone, types_.none(), {});
      operands.push_back(none);
    }
  }
  At(e);
  return RuntimeCall(m.function, TypeOf(e), operands);
}

InstId FunctionLowering::LowerNativeAttribute(NodeId e) {
  NodeId base = tree_.Node(e, AttributeField::value);
  TypeId base_type = TypeOf(base);
  TypeId type = TypeOf(e);
  std::string_view name = tree_.Name(tree_.Ident(e, AttributeField::attr));
  TypeKind k = KindOf(base_type);
  if (k == TypeKind::Module && types_[base_type].payload == static_cast<uint32_t>(BuiltinModule::Sys) && name == "stdin") {
    At(e);
    return RuntimeCall("kb_sys_stdin", type, {});
  }
  if (k == TypeKind::Range) {
    InstId r = LowerExpr(base);
    At(e);
    return RuntimeCall(name == "start" ? "kb_range_start" : name == "stop" ? "kb_range_stop" : "kb_range_step", type, {r});
  }
  if (k == TypeKind::File && name != "readline") {  // f.readline as a value: LowerNativeMethodValue
    InstId f = LowerExpr(base);
    At(e);
    return RuntimeCall(name == "closed" ? "kb_file_closed" : name == "name" ? "kb_file_name" : "kb_file_mode", type, {f});
  }
  if ((k == TypeKind::Int || k == TypeKind::Bool || k == TypeKind::Float || k == TypeKind::Complex) &&
      (name == "real" || name == "imag" || name == "numerator" || name == "denominator")) {
    InstId v = LowerExpr(base);
    At(e);
    if (k == TypeKind::Complex) return RuntimeCall(name == "real" ? "kb_complex_real" : "kb_complex_imag", type, {v});
    if (k == TypeKind::Float)
      return name == "real" ? v : Emit(Op::ConstFloat, type, {}, module_.FloatConstant(0.0));
    if (name == "real" || name == "numerator") return ToInt(v, base_type);
    return Emit(Op::ConstInt, type, {}, module_.IntConstant(name == "imag" ? "0" : "1"));
  }
  if ((name != "__name__" && name != "__qualname__") || KindOf(type) != TypeKind::Str) return InstId();
  if (k == TypeKind::Object) {
    InstId t = LowerExpr(base);
    At(e);
    return RuntimeCall(name == "__name__" ? "kb_type_name" : "kb_type_qualname", type, {t});
  }
  if (name == "__qualname__") return InstId();
  std::string text;
  if (k == TypeKind::ClassObject) text = program_.classes[types_[base_type].payload].name;
  else if (k == TypeKind::ExceptionClass) text = ExceptionClassName(types_[base_type].payload);
  else if (k == TypeKind::Builtin) text = BuiltinTypeName(static_cast<BuiltinFunction>(types_[base_type].payload));
  else return InstId();
  return Emit(Op::ConstStr, type, {}, module_.StrConstant(text));
}

// `for line in f`: readline() until it returns an empty line.
void FunctionLowering::LowerFileLoop(NodeId iter, NodeId target, const std::function<void()>& body_fn,
                                     const std::function<void()>& orelse_fn) {
  InstId file = LowerExpr(iter);
  TypeId element = ItemTypeOf(TypeOf(iter));
  BlockId header = NewBlock(), body = NewBlock(), orelse = NewBlock(), exit = NewBlock();
  BranchTo(header);
  SetBlock(header);
  At(iter);
  InstId line = RuntimeCall("kb_file_readline", element, {file});
  Emit(Op::CondBranch, types_.none(), {ToBool(line, element)}, body.index, orelse.index);
  SetBlock(body);
  if (target.IsValid()) StoreTo(target, line, element);
  loop_item_ = line;
  loops_.push_back({header, exit, active_catches_});
  body_fn();
  loops_.pop_back();
  BranchTo(header);
  SetBlock(orelse);
  orelse_fn();
  BranchTo(exit);
  SetBlock(exit);
}

void FunctionLowering::CallWithExit(const Cleanup& w) {
  InstId manager = Emit(Op::LoadLocal, w.manager_type, {}, w.manager_slot);
  if (!w.exit.IsValid()) {
    RuntimeCall("kb_file_close", types_.none(), {manager});
    return;
  }
  InstId none = CoerceTo(Emit(Op::ConstNone, types_.none(), {}), types_.none(), types_.object());
  EmitList(Op::Call, program_[w.exit].return_type, ExitArguments(w.exit, manager, {none, none, none}), w.exit.index);
}

// __exit__'s arguments: the manager, then the three values, the last ones
// in a tuple for an __exit__ that takes *args.
std::vector<InstId> FunctionLowering::ExitArguments(InstanceId exit, InstId manager, std::array<InstId, 3> values) {
  const std::vector<TypeId>& params = program_[exit].param_types;
  std::vector<InstId> args{manager};
  bool varargs = tree_.Field(tree_.Node(program_[exit].def, FunctionDefField::args), ArgumentsField::vararg) != UINT32_MAX;
  size_t named = params.size() - (varargs ? 2 : 1);
  for (size_t i = 0; i < named; ++i) args.push_back(values[i]);
  if (args.size() < params.size())
    args.push_back(EmitList(Op::TupleNew, params.back(), std::vector<InstId>(values.begin() + static_cast<std::ptrdiff_t>(named), values.end())));
  return args;
}

// with a as x, b as y: body — as nested try statements: each item's manager
// is entered in order, its region catches what the rest raises, and it is
// exited in reverse order: __exit__(None, None, None) when the body ends (or
// a return, break or continue leaves it), __exit__(type, value, None) when an
// exception does, which a true result suppresses.
void FunctionLowering::LowerWith(NodeId s) {
  auto items = tree_.Items(s, WithField::items);
  size_t first = cleanups_.size();
  std::vector<BlockId> dispatches;
  for (NodeId item : items) {
    NodeId context = tree_.Node(item, WithItemField::context_expr);
    NodeId target = tree_.Node(item, WithItemField::optional_vars);
    TypeId manager_type = TypeOf(context);
    InstId manager = LowerExpr(context);
    At(item);
    uint32_t slot = NewTemp(manager_type, "$with");
    Emit(Op::StoreLocal, types_.none(), {manager}, slot);
    InstanceId exit;
    InstId entered = manager;
    TypeId entered_type = manager_type;
    if (auto it = instance_.with_methods.find(item.index); it != instance_.with_methods.end()) {
      entered_type = program_[it->second.first].return_type;
      entered = Emit(Op::Call, entered_type, {manager}, it->second.first.index);
      exit = it->second.second;
    }
    if (target.IsValid()) StoreTo(target, entered, entered_type);
    cleanups_.push_back({NodeId(), slot, manager_type, exit, loops_.size(), active_catches_, current_handler_, catches_in_try_});
    BlockId dispatch = NewBlock();  // under the outer handler: raises in it go there
    dispatches.push_back(dispatch);
    current_handler_ = dispatch;
    catches_in_try_ = 0;
    BlockId body = NewBlock();
    BranchTo(body);
    SetBlock(body);
  }
  LowerBlock(tree_.Items(s, WithField::body));
  for (size_t i = items.size(); i-- > 0;) {
    Cleanup w = cleanups_.back();
    cleanups_.pop_back();
    current_handler_ = w.outer_handler;
    catches_in_try_ = w.outer_catches;
    BlockId after = NewBlock();
    if (!Terminated()) {
      BlockId normal = NewBlock();
      BranchTo(normal);
      SetBlock(normal);
      At(s);
      CallWithExit(w);
      BranchTo(after);
    }
    // The exceptional path: the exception is being handled while __exit__ runs.
    SetBlock(dispatches[i]);
    At(s);
    InstId exc = Emit(Op::CatchBegin, types_.object(), {});
    ++catches_in_try_;
    ++active_catches_;
    BlockId cleanup = NewBlock();
    BranchTo(cleanup);
    SetBlock(cleanup);
    InstId manager = Emit(Op::LoadLocal, w.manager_type, {}, w.manager_slot);
    if (!w.exit.IsValid()) {
      RuntimeCall("kb_file_close", types_.none(), {manager});
      Emit(Op::CatchEnd, types_.none(), {});
      Emit(Op::ReraiseKeep, types_.none(), {exc});
      Emit(Op::Unreachable, types_.none(), {});
    } else {
      TypeId object = types_.object();
      InstId exc_type = RuntimeCall("kb_type_of", object, {exc});
      InstId none = CoerceTo(Emit(Op::ConstNone, types_.none(), {}), types_.none(), object);
      TypeId result_type = program_[w.exit].return_type;
      InstId result = EmitList(Op::Call, result_type, ExitArguments(w.exit, manager, {exc_type, exc, none}), w.exit.index);
      BlockId suppress = NewBlock(), reraise = NewBlock();
      Emit(Op::CondBranch, types_.none(), {ToBool(result, result_type)}, suppress.index, reraise.index);
      SetBlock(suppress);
      Emit(Op::CatchEnd, types_.none(), {});
      BranchTo(after);
      SetBlock(reraise);
      Emit(Op::CatchEnd, types_.none(), {});
      Emit(Op::ReraiseKeep, types_.none(), {exc});
      Emit(Op::Unreachable, types_.none(), {});
    }
    --catches_in_try_;
    --active_catches_;
    SetBlock(after);
  }
  cleanups_.resize(first);
}

}  // namespace keelback::ir::lowering
