// Lowering of collections' dict subclasses (sema_collections.cpp): a dict
// made with its flavour (runtime/collections.cpp), a defaultdict's or
// Counter's read of a missing key, and what Counter and OrderedDict add.
#include "ir/lowering.h"

#include "types/native_modules.h"

namespace keelback::ir::lowering {

namespace {

// The repr of a defaultdict's default_factory, as CPython shows it in the
// defaultdict's own repr.
std::string FactoryRepr(const TypeTable& types, const Program& program, TypeId factory) {
  if (types.Kind(factory) == TypeKind::Builtin)
    if (const char* name = BuiltinTypeName(static_cast<BuiltinFunction>(types[factory].payload)))
      return std::string("<class '") + name + "'>";
  if (types.Kind(factory) == TypeKind::Function)
    // CPython shows the function object's address, which differs per run anyway.
    return "<function " + program.qualified_names.at(types[factory].payload) + " at 0x7f0000000000>";
  return "None";
}

}  // namespace

InstId FunctionLowering::LowerCollectionsCall(NodeId e, BuiltinFunction f) {
  TypeId type = TypeOf(e);
  auto args = tree_.Items(e, CallField::args);
  DictFlavor flavor = DictFlavorOf(types_[type].payload);
  std::string repr;
  size_t initial = 0;
  if (flavor == DictFlavor::DefaultDict) {
    repr = FactoryRepr(types_, program_, TypeId(DefaultFactoryIndex(types_[type].payload)));
    initial = 1;
    // The factory itself (a builtin or a function of no free variables) has
    // no value to compute; what it names is known from the type.
  }
  (void)f;
  At(e);
  InstId d = RuntimeCall("kb_dict_new_flavored", type,
                         {Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant(std::to_string(static_cast<uint32_t>(flavor)))),
                          Emit(Op::ConstStr, types_.str(), {}, module_.StrConstant(repr))});
  uint32_t slot = NewTemp(type, "$collection");
  Emit(Op::StoreLocal, types_.none(), {d}, slot);
  if (args.size() > initial) LowerCollectionItems(args[initial], flavor, slot, type);
  for (NodeId k : tree_.Items(e, CallField::keywords)) {
    InstId value = LowerExpr(tree_.Node(k, KeywordField::value));
    InstId name = Emit(Op::ConstStr, types_.str(), {}, module_.StrConstant(std::string(tree_.Name(tree_.Ident(k, KeywordField::arg)))));
    At(e);
    InstId target = Emit(Op::LoadLocal, type, {}, slot);
    if (flavor == DictFlavor::Counter) RuntimeCall("kb_counter_add", types_.none(), {target, name, value});
    else Emit(Op::DictSetItem, types_.none(), {target, name, CoerceTo(value, TypeOf(tree_.Node(k, KeywordField::value)), types_[type].params[1])});
  }
  return Emit(Op::LoadLocal, type, {}, slot);
}

void FunctionLowering::LowerCollectionItems(NodeId source, DictFlavor flavor, uint32_t slot, TypeId type) {
  InstId d = Emit(Op::LoadLocal, type, {}, slot);
  TypeId source_type = TypeOf(source);
  if (KindOf(source_type) == TypeKind::Dict) {
    InstId other = LowerExpr(source);
    At(source);
    if (flavor == DictFlavor::Counter)
      RuntimeCall("kb_counter_update", types_.none(), {d, other, Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant("1"))});
    else
      RuntimeCall("kb_dict_update", types_.none(), {d, other});
    return;
  }
  LowerLoop(source, NodeId(), [&] {
    InstId target = Emit(Op::LoadLocal, type, {}, slot);
    if (flavor == DictFlavor::Counter) {
      RuntimeCall("kb_counter_add", types_.none(), {target, loop_item_, Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant("1"))});
      return;
    }
    // An iterable of pairs (sema checked they are 2-tuples).
    TypeId pair = ItemTypeOf(TypeOf(source));
    InstId key = Emit(Op::TupleGetItem, types_[pair].params[0], {loop_item_}, 0);
    InstId value = Emit(Op::TupleGetItem, types_[pair].params[1], {loop_item_}, 1);
    Emit(Op::DictSetItem, types_.none(), {target, key, CoerceTo(value, types_[pair].params[1], types_[type].params[1])});
  }, [] {});
}

InstId FunctionLowering::LowerDictItemRead(NodeId e, InstId dict, InstId key, TypeId dict_type, TypeId result_type) {
  TypeId value_type = types_[dict_type].params[1];
  DictFlavor flavor = DictFlavorOf(types_[dict_type].payload);
  TypeId factory(DefaultFactoryIndex(types_[dict_type].payload));
  if (flavor == DictFlavor::Plain || flavor == DictFlavor::OrderedDict ||
      (flavor == DictFlavor::DefaultDict && KindOf(factory) == TypeKind::NoneType))
    return Emit(Op::DictGetItem, result_type, {dict, key});
  InstId present = RuntimeCall("kb_dict_contains", types_.bool_(), {dict, key});
  uint32_t slot = NewTemp(value_type, "$item");
  BlockId hit = NewBlock(), miss = NewBlock(), done = NewBlock();
  Emit(Op::CondBranch, types_.none(), {present}, hit.index, miss.index);
  SetBlock(hit);
  Emit(Op::StoreLocal, types_.none(), {Emit(Op::DictGetItem, value_type, {dict, key})}, slot);
  BranchTo(done);
  SetBlock(miss);
  if (flavor == DictFlavor::Counter) {
    // A missing key counts 0; it is not stored.
    Emit(Op::StoreLocal, types_.none(),
         {CoerceTo(Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant("0")), types_.int_(), value_type)}, slot);
    BranchTo(done);
    SetBlock(done);
    return CoerceTo(Emit(Op::LoadLocal, value_type, {}, slot), value_type, result_type);
  }
  // defaultdict.__missing__: the factory's value, stored under the key.
  InstId made;
  TypeId made_type = value_type;
  if (KindOf(factory) == TypeKind::Function) {
    InstanceId target = instance_.default_factory_calls.at(e.index);
    made_type = program_.instances[target.index].return_type;
    made = EmitList(Op::Call, made_type, {}, target.index);
  } else {
    // One of DefaultFactoryValue's builtins, called with no argument.
    auto f = static_cast<BuiltinFunction>(types_[factory].payload);
    if (f == BuiltinFunction::List) {
      made = EmitList(Op::ListNew, value_type, {});
    } else if (f == BuiltinFunction::Set) {
      made = Emit(Op::SetNew, value_type, {});
    } else if (f == BuiltinFunction::Dict) {
      made = Emit(Op::DictNew, value_type, {});
    } else if (f == BuiltinFunction::Float) {
      made_type = types_.float_();
      made = Emit(Op::ConstFloat, made_type, {}, module_.FloatConstant(0.0));
    } else if (f == BuiltinFunction::Str) {
      made_type = types_.str();
      made = Emit(Op::ConstStr, made_type, {}, module_.StrConstant(""));
    } else if (f == BuiltinFunction::Bool) {
      made_type = types_.bool_();
      made = Emit(Op::ConstBool, made_type, {}, 0);
    } else {  // int
      made_type = types_.int_();
      made = Emit(Op::ConstInt, made_type, {}, module_.IntConstant("0"));
    }
  }
  made = CoerceTo(made, made_type, value_type);
  Emit(Op::DictSetItem, types_.none(), {dict, key, made});
  Emit(Op::StoreLocal, types_.none(), {made}, slot);
  BranchTo(done);
  SetBlock(done);
  return CoerceTo(Emit(Op::LoadLocal, value_type, {}, slot), value_type, result_type);
}

InstId FunctionLowering::LowerFlavoredDictMethod(NodeId e) {
  NodeId func = tree_.Node(e, CallField::func);
  NodeId receiver = tree_.Node(func, AttributeField::value);
  TypeId dict_type = TypeOf(receiver);
  DictFlavor flavor = DictFlavorOf(types_[dict_type].payload);
  std::string_view name = tree_.Name(tree_.Ident(func, AttributeField::attr));
  auto args = tree_.Items(e, CallField::args);
  auto keywords = tree_.Items(e, CallField::keywords);
  TypeId type = TypeOf(e);
  if (name == "copy") {
    InstId d = LowerExpr(receiver);
    At(e);
    return RuntimeCall("kb_dict_copy_flavored", type, {d});
  }
  if (flavor == DictFlavor::Counter) {
    if (name == "most_common") {
      InstId d = LowerExpr(receiver);
      InstId n = args.empty() ? Emit(Op::ConstNone, types_.none(), {}) : LowerExpr(args[0]);
      At(e);
      return RuntimeCall("kb_counter_most_common", type, {d, n});
    }
    if (name == "elements") {
      InstId d = LowerExpr(receiver);
      At(e);
      // Walked as a list (like a dict view), whose storage is a list[float]'s
      // or list[bool]'s for those keys.
      TypeId list_type = ListTypeOf(types_[type].params[0]);
      TypeKind k = KindOf(types_[type].params[0]);
      int kind = k == TypeKind::Float ? 1 : k == TypeKind::Bool ? 2 : 0;
      return RuntimeCall("kb_counter_elements", list_type,
                         {d, Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant(std::to_string(kind)))});
    }
    if (name == "total") {
      InstId d = LowerExpr(receiver);
      At(e);
      return RuntimeCall("kb_counter_total", type, {d});
    }
    if (name == "update" || name == "subtract") {
      InstId d = LowerExpr(receiver);
      if (args.empty()) return Emit(Op::ConstNone, type, {});
      int64_t sign = name == "update" ? 1 : -1;
      if (KindOf(TypeOf(args[0])) == TypeKind::Dict) {
        InstId other = LowerExpr(args[0]);
        At(e);
        RuntimeCall("kb_counter_update", types_.none(),
                    {d, other, Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant(std::to_string(sign)))});
        return Emit(Op::ConstNone, type, {});
      }
      uint32_t slot = NewTemp(dict_type, "$counter");
      Emit(Op::StoreLocal, types_.none(), {d}, slot);
      LowerLoop(args[0], NodeId(), [&] {
        RuntimeCall("kb_counter_add", types_.none(),
                    {Emit(Op::LoadLocal, dict_type, {}, slot), loop_item_,
                     Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant(std::to_string(sign)))});
      }, [] {});
      return Emit(Op::ConstNone, type, {});
    }
  }
  if (flavor == DictFlavor::OrderedDict && (name == "move_to_end" || name == "popitem")) {
    InstId d = LowerExpr(receiver);
    InstId key;
    if (name == "move_to_end") key = LowerExpr(args[0]);
    size_t last_pos = name == "move_to_end" ? 1 : 0;
    InstId last;
    TypeId last_type = types_.bool_();
    if (args.size() > last_pos) {
      last = LowerExpr(args[last_pos]);
      last_type = TypeOf(args[last_pos]);
    }
    for (NodeId k : keywords) {
      last = LowerExpr(tree_.Node(k, KeywordField::value));
      last_type = TypeOf(tree_.Node(k, KeywordField::value));
    }
    if (!last.IsValid()) last = Emit(Op::ConstBool, types_.bool_(), {}, 1);
    (void)last_type;  // 'B' parameters take any value's truth
    At(e);
    if (name == "move_to_end") {
      RuntimeCall("kb_ordereddict_move_to_end", types_.none(), {d, key, last});
      return Emit(Op::ConstNone, type, {});
    }
    TypeId boxed_pair = type;
    return RuntimeCall("kb_ordereddict_popitem", boxed_pair, {d, last});
  }
  return InstId();
}

InstId FunctionLowering::LowerCounterOperator(BinaryOp op, InstId l, InstId r, TypeId result) {
  return RuntimeCall("kb_counter_binop", result,
                     {Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant(std::to_string(static_cast<uint32_t>(op)))), l, r});
}

}  // namespace keelback::ir::lowering
