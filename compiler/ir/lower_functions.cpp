// Lowering of functions as values: variables that live in cells (shared
// with nested functions), function objects for defs and lambdas, and calls
// of function values (by their static type, or dispatched at run time on
// the function object's definition).
#include "ir/lowering.h"

namespace keelback::ir::lowering {

InstId FunctionLowering::CellOf(const NameBinding& b) {
  TypeId object = types_.object();
  TypeId cell_type = types_.Find(TypeKind::List, std::span<const TypeId>(&object, 1));
  if (b.kind == NameBinding::Kind::Local) return Emit(Op::LoadLocal, cell_type, {}, b.index);
  InstId self = Emit(Op::LoadLocal, object, {}, closure_slot_);
  return Emit(Op::FunctionCell, cell_type, {self}, b.index);
}

InstId FunctionLowering::LoadVariable(const NameBinding& b, TypeId type) {
  bool local_cell = b.kind == NameBinding::Kind::Local && IsCellSlot(b.index);
  if (b.kind == NameBinding::Kind::Local && static_cast<int32_t>(b.index) == instance_.kwargs_slot && KindOf(type) == TypeKind::Dict)
    return Emit(Op::LoadLocal, type, {}, kwargs_dict_slot_);
  if (b.kind == NameBinding::Kind::Local && !local_cell) return Emit(Op::LoadLocal, type, {}, b.index);
  if (b.kind == NameBinding::Kind::Global) return Emit(Op::LoadGlobal, type, {}, b.index);
  IdentId name = local_cell ? instance_.locals[b.index].name : closure_->free[b.index].name;
  InstId cell = CellOf(b);
  InstId value = Emit(Op::CellGet, types_.object(), {cell}, module_.StrConstant(std::string(tree_.Name(name))),
                      local_cell ? 0 : 1);
  return KindOf(type) == TypeKind::Object ? value : Emit(Op::Unbox, type, {value});
}

void FunctionLowering::StoreVariable(const NameBinding& b, InstId value, TypeId type) {
  bool local_cell = b.kind == NameBinding::Kind::Local && IsCellSlot(b.index);
  if (b.kind == NameBinding::Kind::Local && !local_cell) {
    Emit(Op::StoreLocal, types_.none(), {CoerceTo(value, type, fn_.local_types[b.index])}, b.index);
    return;
  }
  if (b.kind == NameBinding::Kind::Global) {
    Emit(Op::StoreGlobal, types_.none(), {CoerceTo(value, type, program_.globals[b.index].type)}, b.index);
    return;
  }
  // A cell holds its value boxed, whatever the type its readers see.
  InstId boxed = CoerceTo(value, type, types_.object());
  Emit(Op::CellSet, types_.none(), {CellOf(b), boxed});
}

InstId FunctionLowering::MakeFunction(NodeId def) {
  std::vector<InstId> cells;
  if (const ClosureInfo* inner = program_.ClosureOf(def)) {
    for (const ClosureInfo::Free& free : inner->free) {
      // Each cell the nested function uses is one of ours, or one we use.
      if (closure_ != nullptr && free.owner == instance_.def) {
        uint32_t slot = 0;
        while (instance_.locals[slot].name != free.name) ++slot;
        cells.push_back(CellOf({NameBinding::Kind::Local, slot}));
      } else {
        cells.push_back(CellOf({NameBinding::Kind::Free, static_cast<uint32_t>(closure_->FreeIndex(free.name))}));
      }
    }
  }
  StoreObjectDefaults(def, cells);
  TypeId type = types_.Find(TypeKind::Function, {}, def.index);
  return EmitList(Op::MakeFunction, type, cells, def.index, module_.StrConstant(program_.qualified_names.at(def.index)));
}

InstId FunctionLowering::LowerDecoratedFunction(NodeId def, TypeId& type) {
  InstId value = MakeFunction(def);
  type = types_.Find(TypeKind::Function, {}, def.index);
  auto decorators = tree_.Items(def, FunctionDefField::decorator_list);
  std::vector<InstId> applied(decorators.size());
  for (size_t i = 0; i < decorators.size(); ++i) applied[i] = LowerExpr(decorators[i]);
  for (size_t i = decorators.size(); i-- > 0;) {
    auto target = instance_.decorator_targets.find(decorators[i].index);
    if (target == instance_.decorator_targets.end()) return InstId();
    std::vector<InstId> args{value};
    AppendClosureArgument(decorators[i], applied[i], args);
    At(decorators[i]);
    type = program_[target->second].return_type;
    value = EmitList(Op::Call, type, args, target->second.index);
  }
  return value;
}

void FunctionLowering::AppendClosureArgument(NodeId func, InstId callee, std::vector<InstId>& args) {
  TypeId ft = TypeOf(func);
  if (KindOf(ft) != TypeKind::Function || !program_.TakesClosure(NodeId(types_[ft].payload))) return;
  args.push_back(callee);
}

InstId FunctionLowering::LowerFunctionValueCall(NodeId e, InstId callee) {
  std::unordered_map<uint32_t, InstId> values = LowerCallArguments(e);
  At(e);
  TypeId type = TypeOf(e);
  uint32_t result = NewTemp(type, "$call");
  BlockId done = NewBlock();
  auto cases = instance_.dynamic_cases.find(e.index);
  if (cases != instance_.dynamic_cases.end()) {
    for (const DynamicCase& c : cases->second) {
      BlockId yes = NewBlock(), no = NewBlock();
      NodeId def(types_[c.receiver].payload);
      bool is_method = KindOf(c.receiver) == TypeKind::BoundMethod;
      bool is_builtin = KindOf(c.receiver) == TypeKind::Builtin;
      InstId matches;
      if (is_builtin) {
        // The builtin's one object (Box): called through the internal
        // module's wrapper, the builtin its first argument.
        InstId builtin = CoerceTo(Emit(Op::ConstNone, c.receiver, {}), c.receiver, types_.object());
        matches = Emit(Op::SameObject, types_.bool_(), {callee, builtin});
      } else if (is_method) {
        InstId code = Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant(std::to_string(BoundMethodCode(types_, c.receiver))));
        matches = RuntimeCall("kb_is_bound_method_of", types_.bool_(), {callee, code});
      } else {
        matches = Emit(Op::IsFunctionOf, types_.bool_(), {callee}, def.index);
      }
      Emit(Op::CondBranch, types_.none(), {matches}, yes.index, no.index);
      SetBlock(yes);
      if (!c.target.IsValid()) {
        RaiseError("TypeError", c.error);
      } else {
        std::vector<InstId> args;
        if (is_method) args.push_back(BoundMethodReceiver(Emit(Op::Unbox, c.receiver, {callee}), c.receiver));
        if (is_builtin) args.push_back(Emit(Op::ConstNone, c.receiver, {}));
        for (InstId a : BindArguments(values, c.bound, e, c.has_pack ? &c.pack : nullptr, callee)) args.push_back(a);
        if (!is_method && !is_builtin && program_.TakesClosure(def)) args.push_back(callee);
        At(e);
        TypeId returns = program_[c.target].return_type;
        StoreSlot(result, EmitList(Op::Call, returns, args, c.target.index), returns);
      }
      BranchTo(done);
      SetBlock(no);
    }
  }
  // Not a function of the program: CPython's TypeError.
  Emit(Op::RaiseNotCallable, types_.none(), {callee});
  Emit(Op::Unreachable, types_.none(), {});
  SetBlock(done);
  return Emit(Op::LoadLocal, type, {}, result);
}

InstId FunctionLowering::CallUnary(NodeId f_expr, InstId callee, InstId item, TypeId item_type) {
  TypeId ft = TypeOf(f_expr);
  if (auto error = instance_.unary_call_errors.find(f_expr.index); error != instance_.unary_call_errors.end()) {
    RaiseError("TypeError", error->second);
    return Emit(Op::ConstNone, types_.none(), {});
  }
  if (KindOf(ft) == TypeKind::Builtin && instance_.call_targets.count(f_expr.index)) {
    // Another builtin: called in the internal module's call1(f, item).
    InstanceId target = instance_.call_targets.at(f_expr.index);
    const FunctionInstance& f = program_[target];
    std::vector<InstId> args{callee, CoerceTo(item, item_type, f.param_types[1])};
    return EmitList(Op::Call, f.return_type, args, target.index);
  }
  if (KindOf(ft) == TypeKind::Builtin) {
    // The builtins sema allows here (InferUnaryCall), applied to one value.
    TypeKind k = KindOf(item_type);
    switch (static_cast<BuiltinFunction>(types_[ft].payload)) {
      case BuiltinFunction::Str: return k == TypeKind::Str ? item : Emit(Op::ToStr, types_.str(), {item});
      case BuiltinFunction::Repr: return Emit(Op::ToRepr, types_.str(), {item});
      case BuiltinFunction::Chr: return RuntimeCall("kb_chr", types_.str(), {item});
      case BuiltinFunction::Ord: return RuntimeCall("kb_ord", types_.int_(), {item});
      case BuiltinFunction::Hash: return RuntimeCall("kb_hash", types_.int_(), {item});
      case BuiltinFunction::Hex: case BuiltinFunction::Oct: case BuiltinFunction::Bin: {
        auto b = static_cast<BuiltinFunction>(types_[ft].payload);
        int base = b == BuiltinFunction::Hex ? 16 : b == BuiltinFunction::Oct ? 8 : 2;
        InstId radix = Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant(std::to_string(base)));
        return RuntimeCall("kb_int_to_base", types_.str(), {item, radix});
      }
      case BuiltinFunction::Bool: return ToBool(item, item_type);
      case BuiltinFunction::Int:
        if (k == TypeKind::Str) return Emit(Op::IntFromStr, types_.int_(), {item});
        if (k == TypeKind::Float) return Emit(Op::IntFromFloat, types_.int_(), {item});
        if (k == TypeKind::Object) return Emit(Op::ObjectToInt, types_.int_(), {item});
        return ToInt(item, item_type);
      case BuiltinFunction::Float:
        if (k == TypeKind::Str) return Emit(Op::FloatFromStr, types_.float_(), {item});
        return ToFloat(item, item_type);
      case BuiltinFunction::Len:
        if (k == TypeKind::Str) return Emit(Op::StrLen, types_.int_(), {item});
        if (k == TypeKind::Dict) return Emit(Op::DictLen, types_.int_(), {item});
        if (k == TypeKind::Set) return Emit(Op::SetLen, types_.int_(), {item});
        if (k == TypeKind::Tuple) return Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant(std::to_string(types_[item_type].params.size())));
        return Emit(Op::ListLen, types_.int_(), {item});
      case BuiltinFunction::Abs: {
        if (k == TypeKind::Float)  // fabs: abs(-0.0) is 0.0
          return Emit(Op::MathCall, types_.float_(), {item},
                      static_cast<uint32_t>(BuiltinFunction::Math_fabs) - static_cast<uint32_t>(BuiltinFunction::Math_sqrt));
        TypeId result = k == TypeKind::Float ? types_.float_() : types_.int_();
        InstId v = k == TypeKind::Float ? item : ToInt(item, item_type);
        InstId zero = k == TypeKind::Float ? Emit(Op::ConstFloat, result, {}, module_.FloatConstant(0.0))
                                           : Emit(Op::ConstInt, result, {}, module_.IntConstant("0"));
        uint32_t slot = NewTemp(result, "$abs");
        Emit(Op::StoreLocal, types_.none(), {v}, slot);
        InstId negative = LowerCompare(CmpOp::Lt, v, result, zero, result);
        BlockId negate = NewBlock(), done = NewBlock();
        Emit(Op::CondBranch, types_.none(), {negative}, negate.index, done.index);
        SetBlock(negate);
        Emit(Op::StoreLocal, types_.none(), {Emit(k == TypeKind::Float ? Op::FloatNeg : Op::IntNeg, result, {v})}, slot);
        BranchTo(done);
        SetBlock(done);
        return Emit(Op::LoadLocal, result, {}, slot);
      }
      default: return Emit(Op::ConstNone, types_.none(), {});
    }
  }
  if (KindOf(ft) == TypeKind::NativeMethod)
    return ApplyNativeMethod(ft, callee, {item}, {item_type}, instance_.unary_call_types.at(f_expr.index));
  InstanceId target = instance_.call_targets.at(f_expr.index);
  const FunctionInstance& f = program_[target];
  bool is_method = KindOf(ft) == TypeKind::BoundMethod;
  std::vector<InstId> args;
  if (is_method) args.push_back(BoundMethodReceiver(callee, ft));
  args.push_back(CoerceTo(item, item_type, f.param_types[args.size()]));
  if (auto d = instance_.unary_call_defaults.find(f_expr.index); d != instance_.unary_call_defaults.end()) {
    // The other parameters' defaults (sema's InferUnaryCallType).
    for (NodeId n : d->second) {
      InstId value;
      TypeId type;
      if (n == f_expr) {
        type = types_.Find(TypeKind::Tuple, {});
        value = EmitList(Op::TupleNew, type, {});
      } else if (const StoredDefault* stored = program_.StoredDefaultOf(n)) {
        // A bound method's function object is not at hand: its def's
        // defaults are a method's, stored in hidden globals.
        value = LoadStoredDefault(*stored, callee);
        type = stored->type;
      } else {
        value = LowerExpr(n);
        type = TypeOf(n);
      }
      args.push_back(CoerceTo(value, type, f.param_types[args.size()]));
    }
  }
  if (!is_method) AppendClosureArgument(f_expr, callee, args);
  return EmitList(Op::Call, f.return_type, args, target.index);
}

InstId FunctionLowering::LowerKeyCall(NodeId key, InstId callee, InstId item, TypeId item_type) {
  if (!IsInlineKey(key)) return CallUnary(key, callee, item, item_type);
  NodeId param = tree_.Items(tree_.Node(key, LambdaField::args), ArgumentsField::args)[0];
  uint64_t slot_key = (static_cast<uint64_t>(key.index) << 32) | tree_.Field(param, ArgField::arg);
  StoreSlot(instance_.comprehension_slots.at(slot_key), item, item_type);
  return LowerExpr(tree_.Node(key, LambdaField::body));
}

// for x in map(f, it) / filter(f, it): the loop over `it`, calling f on each
// item as it comes (map and filter are lazy: f's calls interleave with the
// body's work, as in CPython); break and continue act on that loop.
void FunctionLowering::LowerMapLoop(NodeId iter, NodeId target, const std::function<void()>& body_fn,
                                    const std::function<void()>& orelse_fn) {
  auto args = tree_.Items(iter, CallField::args);
  bool is_map = types_[TypeOf(iter)].payload == static_cast<uint32_t>(BuiltinFunction::Map);
  bool by_truth = !is_map && KindOf(TypeOf(args[0])) == TypeKind::NoneType;
  InstId callee = LowerExpr(args[0]);
  TypeId element = ItemTypeOf(TypeOf(args[1]));
  TypeId item_type = types_[TypeOf(iter)].params[0];
  LowerLoop(args[1], NodeId(), [&] {
    InstId item = loop_item_;
    At(iter);
    if (is_map) {
      InstId value = CallUnary(args[0], callee, item, element);
      if (target.IsValid()) StoreTo(target, value, item_type);
      loop_item_ = value;
      body_fn();
      return;
    }
    InstId keep = by_truth ? ToBool(item, element)
                           : ToBool(CallUnary(args[0], callee, item, element), instance_.unary_call_types.at(args[0].index));
    BlockId yes = NewBlock(), skip = NewBlock();
    Emit(Op::CondBranch, types_.none(), {keep}, yes.index, skip.index);
    SetBlock(yes);
    if (target.IsValid()) StoreTo(target, item, element);
    loop_item_ = item;
    body_fn();
    BranchTo(skip);
    SetBlock(skip);
  }, orelse_fn);
}

}  // namespace keelback::ir::lowering
