// Lowering of calls (user functions with bound arguments, builtins,
// constructors, methods), attribute reads, and the dynamic dispatch on objects.
#include "ir/lowering.h"

#include <algorithm>
#include <array>

namespace keelback::ir::lowering {

InstId FunctionLowering::LowerCall(NodeId e) {
  NodeId func = tree_.Node(e, CallField::func);
  if (auto error = instance_.call_errors.find(e.index); error != instance_.call_errors.end()) {
    // Arguments that do not fit the callee: evaluated, then CPython's TypeError.
    LowerExpr(tree_.Kind(func) == NodeKind::Attribute ? tree_.Node(func, AttributeField::value) : func);
    LowerCallArguments(e);
    At(e);
    RaiseError("TypeError", error->second);
    return Emit(Op::ConstNone, TypeOf(e), {});
  }
  if (instance_.super_calls.count(e.index) || instance_.receiverless_calls.count(e.index)) {
    std::vector<InstId> args;
    if (instance_.super_calls.count(e.index)) {
      args.push_back(Emit(Op::LoadLocal, fn_.local_types[0], {}, 0));  // the method's self
    } else {
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
    if (bk == TypeKind::Builtin) {
      // sys.stdout / sys.stderr .write(s) or .flush().
      uint32_t stream = types_[base].payload == static_cast<uint32_t>(BuiltinFunction::SysStderr) ? 2 : 1;
      auto args = tree_.Items(e, CallField::args);
      std::vector<InstId> operands;
      for (NodeId a : args) operands.push_back(LowerExpr(a));
      At(e);
      return EmitList(Op::StreamWrite, TypeOf(e), operands, stream);
    }
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
      DictMethod m = name == "get" ? DictMethod::Get : name == "pop" ? DictMethod::Pop
                   : name == "setdefault" ? DictMethod::SetDefault : name == "keys" ? DictMethod::Keys
                   : name == "values" ? DictMethod::Values : name == "items" ? DictMethod::Items
                   : name == "clear" ? DictMethod::Clear : name == "copy" ? DictMethod::Copy : DictMethod::Update;
      (void)dict_type;
      TypeId result = TypeOf(e);
      if (m == DictMethod::Keys || m == DictMethod::Values || m == DictMethod::Items)
        result = ListTypeOf(types_[result].params[0]);  // a view is walked as a list
      return EmitList(Op::DictMethod, result, operands, static_cast<uint32_t>(m));
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
      for (NodeId a : tree_.Items(e, CallField::args)) operands.push_back(LowerExpr(a));
      At(e);
      return EmitList(Op::StrMethod, TypeOf(e), operands,
                      static_cast<uint32_t>(FindStrMethod(tree_.Name(tree_.Ident(func, AttributeField::attr)))));
    }
  }
  TypeId ft = TypeOf(func);
  if (KindOf(ft) == TypeKind::Builtin) return LowerBuiltinCall(e, static_cast<BuiltinFunction>(types_[ft].payload));
  if (KindOf(ft) == TypeKind::Object) return LowerFunctionValueCall(e, LowerExpr(func));
  if (KindOf(ft) == TypeKind::Function) {
    // The callee is evaluated first (it may be any expression), then the
    // arguments; a plain name of a function that needs no closure (a call of
    // a module-level def, the hot case) is not loaded at all.
    bool plain_name = tree_.Kind(func) == NodeKind::Name && !program_.TakesClosure(NodeId(types_[ft].payload));
    InstId callee = plain_name ? InstId() : LowerExpr(func);
    std::vector<InstId> args = LowerBoundArguments(e);
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

InstId FunctionLowering::LowerBuiltinCall(NodeId e, BuiltinFunction f) {
  TypeId type = TypeOf(e);
  auto args = tree_.Items(e, CallField::args);
  if ((f == BuiltinFunction::List && args.size() == 1 && KindOf(TypeOf(args[0])) != TypeKind::List) ||
      f == BuiltinFunction::Sorted) {
    // A new list of the iterable's items (list(range(...)), list(d), sorted(x)...).
    uint32_t result = NewTemp(type, "$list");
    if (KindOf(TypeOf(args[0])) == TypeKind::List) {
      InstId source = LowerExpr(args[0]);
      Emit(Op::StoreLocal, types_.none(),
           {EmitList(Op::ListMethod, type, {source}, static_cast<uint32_t>(ListMethod::Copy))}, result);
    } else {
      Emit(Op::StoreLocal, types_.none(), {EmitList(Op::ListNew, type, {})}, result);
      LowerLoop(args[0], NodeId(), [&] {
        Emit(Op::ListAppend, types_.none(), {Emit(Op::LoadLocal, type, {}, result), loop_item_});
      }, [] {});
    }
    if (f == BuiltinFunction::Sorted) LowerSort(e, result, type);
    return Emit(Op::LoadLocal, type, {}, result);
  }
  if (f == BuiltinFunction::SysExit) {
    std::vector<InstId> status;
    for (NodeId a : args) status.push_back(LowerExpr(a));
    At(e);
    InstId exc = EmitList(Op::NewException, types_.object(), status,
                          static_cast<uint32_t>(FindExceptionClass("SystemExit")));
    Emit(Op::RaiseValue, types_.none(), {exc});
    Emit(Op::Unreachable, types_.none(), {});
    SetBlock(NewBlock());
    return Emit(Op::ConstNone, type, {});
  }
  if (f == BuiltinFunction::Round) {
    InstId x = LowerExpr(args[0]);
    InstId n = args.size() == 2 ? LowerExpr(args[1]) : InstId();
    At(e);
    bool digits = n.IsValid() && KindOf(TypeOf(args[1])) != TypeKind::NoneType;
    if (KindOf(TypeOf(args[0])) == TypeKind::Float) {
      if (!digits) return Emit(Op::RoundNumber, type, {x});
      return Emit(Op::RoundNumber, type, {x, ToInt(n, TypeOf(args[1]))});
    }
    InstId i = ToInt(x, TypeOf(args[0]));
    if (!digits) return i;
    return Emit(Op::RoundNumber, type, {i, ToInt(n, TypeOf(args[1]))});
  }
  if ((f == BuiltinFunction::Min || f == BuiltinFunction::Max) && args.size() == 1) {
    // The first item whose key (or itself) no later item beats; ValueError
    // for an empty iterable, as CPython's.
    bool is_min = f == BuiltinFunction::Min;
    NodeId key_lambda;
    for (NodeId k : tree_.Items(e, CallField::keywords)) key_lambda = tree_.Node(k, KeywordField::value);
    TypeId key_type = key_lambda.IsValid() ? KeyTypeOf(key_lambda) : type;
    InstId key_callee = key_lambda.IsValid() ? LowerKeyFunction(key_lambda) : InstId();
    uint32_t best = NewTemp(type, is_min ? "$min" : "$max");
    uint32_t best_key = NewTemp(key_type, "$best_key");
    uint32_t seen = NewTemp(types_.bool_(), "$seen");
    Emit(Op::StoreLocal, types_.none(), {Emit(Op::ConstBool, types_.bool_(), {}, 0)}, seen);
    auto consider = [&](InstId item, TypeId item_type) {
      InstId value = CoerceTo(item, item_type, type);
      InstId key = value;
      if (key_lambda.IsValid()) key = LowerKeyCall(key_lambda, key_callee, value, type);
      At(e);
      BlockId take = NewBlock(), compare = NewBlock(), next = NewBlock();
      Emit(Op::CondBranch, types_.none(), {Emit(Op::LoadLocal, types_.bool_(), {}, seen)}, compare.index, take.index);
      SetBlock(compare);
      InstId better = LowerCompare(is_min ? CmpOp::Lt : CmpOp::Gt, key, key_type,
                                   Emit(Op::LoadLocal, key_type, {}, best_key), key_type);
      Emit(Op::CondBranch, types_.none(), {better}, take.index, next.index);
      SetBlock(take);
      Emit(Op::StoreLocal, types_.none(), {value}, best);
      Emit(Op::StoreLocal, types_.none(), {key}, best_key);
      Emit(Op::StoreLocal, types_.none(), {Emit(Op::ConstBool, types_.bool_(), {}, 1)}, seen);
      BranchTo(next);
      SetBlock(next);
    };
    if (tree_.Kind(args[0]) == NodeKind::GeneratorExp) {
      LowerComprehensionItems(args[0], consider);
    } else {
      TypeId element = ItemTypeOf(TypeOf(args[0]));
      LowerLoop(args[0], NodeId(), [&] { consider(loop_item_, element); }, [] {});
    }
    At(e);
    BlockId empty = NewBlock(), done = NewBlock();
    Emit(Op::CondBranch, types_.none(), {Emit(Op::LoadLocal, types_.bool_(), {}, seen)}, done.index, empty.index);
    SetBlock(empty);
    RaiseError("ValueError", is_min ? "min() arg is an empty sequence" : "max() arg is an empty sequence");
    BranchTo(done);
    SetBlock(done);
    return Emit(Op::LoadLocal, type, {}, best);
  }
  if (f == BuiltinFunction::Any || f == BuiltinFunction::All) {
    // The loop over the iterable ends at the first item that decides.
    bool is_any = f == BuiltinFunction::Any;
    uint32_t result = NewTemp(types_.bool_(), is_any ? "$any" : "$all");
    Emit(Op::StoreLocal, types_.none(), {Emit(Op::ConstBool, types_.bool_(), {}, is_any ? 0 : 1)}, result);
    TypeId element = ItemTypeOf(TypeOf(args[0]));
    BlockId done = NewBlock();
    auto test = [&](InstId item, TypeId item_type) {
      InstId truth = ToBool(item, item_type);
      BlockId decided = NewBlock(), next = NewBlock();
      Emit(Op::CondBranch, types_.none(), {truth}, (is_any ? decided : next).index, (is_any ? next : decided).index);
      SetBlock(decided);
      Emit(Op::StoreLocal, types_.none(), {Emit(Op::ConstBool, types_.bool_(), {}, is_any ? 1 : 0)}, result);
      BranchTo(done);
      SetBlock(next);
    };
    if (tree_.Kind(args[0]) == NodeKind::GeneratorExp) {
      // Each item tested as the generator makes it: the rest are never made.
      LowerComprehensionItems(args[0], test);
    } else {
      LowerLoop(args[0], NodeId(), [&] { test(loop_item_, element); }, [] {});
    }
    BranchTo(done);
    SetBlock(done);
    return Emit(Op::LoadLocal, types_.bool_(), {}, result);
  }
  if (f == BuiltinFunction::Isinstance) {
    InstId value = CoerceTo(LowerExpr(args[0]), TypeOf(args[0]), types_.object());
    At(e);
    // One test per class named, or-ed: the first that holds answers.
    uint32_t result = NewTemp(types_.bool_(), "$isinstance");
    BlockId done = NewBlock();
    Emit(Op::StoreLocal, types_.none(), {Emit(Op::ConstBool, types_.bool_(), {}, 1)}, result);
    for (NodeId spec : TupleItemsOrSelf(tree_, args[1])) {
      TypeId t = TypeOf(spec);
      InstId test;
      if (KindOf(t) == TypeKind::ClassObject) {
        test = Emit(Op::IsInstance, types_.bool_(), {value}, types_[t].payload, 0);
      } else {
        std::string name;
        if (KindOf(t) == TypeKind::ExceptionClass) {
          name = ExceptionClassName(types_[t].payload);
        } else {
          switch (static_cast<BuiltinFunction>(types_[t].payload)) {
            case BuiltinFunction::Int: name = "int"; break;
            case BuiltinFunction::Float: name = "float"; break;
            case BuiltinFunction::Str: name = "str"; break;
            case BuiltinFunction::Bool: name = "bool"; break;
            case BuiltinFunction::List: name = "list"; break;
            case BuiltinFunction::Dict: name = "dict"; break;
            case BuiltinFunction::Set: name = "set"; break;
            default: name = "frozenset"; break;
          }
        }
        test = Emit(Op::IsInstance, types_.bool_(), {value}, module_.StrConstant(name), 1);
      }
      BlockId next = NewBlock();
      Emit(Op::CondBranch, types_.none(), {test}, done.index, next.index);
      SetBlock(next);
    }
    Emit(Op::StoreLocal, types_.none(), {Emit(Op::ConstBool, types_.bool_(), {}, 0)}, result);
    BranchTo(done);
    SetBlock(done);
    return Emit(Op::LoadLocal, types_.bool_(), {}, result);
  }
  if (f == BuiltinFunction::Set || f == BuiltinFunction::Frozenset) {
    uint32_t frozen = f == BuiltinFunction::Frozenset ? 1 : 0;
    if (args.empty()) return Emit(Op::SetNew, type, {}, frozen);
    TypeId arg_type = TypeOf(args[0]);
    InstId source;
    if (KindOf(arg_type) == TypeKind::Iterator) {
      // zip(), enumerate(), a dict view: their items in a list first.
      TypeId items_type = ListTypeOf(types_[type].params[0]);
      uint32_t items = NewTemp(items_type, "$items");
      Emit(Op::StoreLocal, types_.none(), {EmitList(Op::ListNew, items_type, {})}, items);
      LowerLoop(args[0], NodeId(), [&] {
        Emit(Op::ListAppend, types_.none(), {Emit(Op::LoadLocal, items_type, {}, items), loop_item_});
      }, [] {});
      source = CoerceTo(Emit(Op::LoadLocal, items_type, {}, items), items_type, types_.object());
    } else if (tree_.Kind(args[0]) == NodeKind::GeneratorExp) {
      TypeId items_type = ListTypeOf(types_[type].params[0]);
      source = CoerceTo(LowerComprehension(args[0], items_type), items_type, types_.object());
    } else {
      source = CoerceTo(LowerExpr(args[0]), arg_type, types_.object());
    }
    At(e);
    return Emit(Op::SetFromIterable, type, {source}, frozen);
  }
  if (f == BuiltinFunction::Dict) {
    // A new dict: of keywords, a copy of a dict, or of an iterable's pairs.
    uint32_t result = NewTemp(type, "$dict");
    TypeId key_type = types_[type].params[0], value_type = types_[type].params[1];
    if (!args.empty() && KindOf(TypeOf(args[0])) == TypeKind::Dict) {
      InstId source = LowerExpr(args[0]);
      At(e);
      Emit(Op::StoreLocal, types_.none(), {EmitList(Op::DictMethod, type, {source}, static_cast<uint32_t>(DictMethod::Copy))}, result);
      return Emit(Op::LoadLocal, type, {}, result);
    }
    Emit(Op::StoreLocal, types_.none(), {Emit(Op::DictNew, type, {})}, result);
    for (NodeId k : tree_.Items(e, CallField::keywords)) {
      NodeId v = tree_.Node(k, KeywordField::value);
      InstId value = LowerExpr(v);
      InstId name = Emit(Op::ConstStr, types_.str(), {}, module_.StrConstant(std::string(tree_.Name(tree_.Ident(k, KeywordField::arg)))));
      Emit(Op::DictSetItem, types_.none(), {Emit(Op::LoadLocal, type, {}, result), name, CoerceTo(value, TypeOf(v), value_type)});
    }
    if (!args.empty()) {
      LowerLoop(args[0], NodeId(), [&] {
        TypeId pair = KindOf(TypeOf(args[0])) == TypeKind::Iterator ? types_[TypeOf(args[0])].params[0]
                                                                    : types_[TypeOf(args[0])].params[0];
        const TypeInfo& parts = types_[pair];
        InstId key = Emit(Op::TupleGetItem, parts.params[0], {loop_item_}, 0);
        InstId value = Emit(Op::TupleGetItem, parts.params[1], {loop_item_}, 1);
        Emit(Op::DictSetItem, types_.none(), {Emit(Op::LoadLocal, type, {}, result), CoerceTo(key, parts.params[0], key_type),
                                              CoerceTo(value, parts.params[1], value_type)});
      }, [] {});
    }
    return Emit(Op::LoadLocal, type, {}, result);
  }
  if (f == BuiltinFunction::Sum) {
    uint32_t total = NewTemp(type, "$sum");
    InstId start = args.size() == 2 ? LowerExpr(args[1]) : Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant("0"));
    TypeId start_type = args.size() == 2 ? TypeOf(args[1]) : types_.int_();
    InstId first = KindOf(type) == TypeKind::Float    ? ToFloat(start, start_type)
                   : KindOf(type) == TypeKind::Object ? CoerceTo(start, start_type, type)
                                                      : ToInt(start, start_type);
    Emit(Op::StoreLocal, types_.none(), {first}, total);
    TypeId element = ItemTypeOf(TypeOf(args[0]));
    LowerLoop(args[0], NodeId(), [&] {
      InstId sum = LowerBinary(BinaryOp::Add, Emit(Op::LoadLocal, type, {}, total), type, loop_item_, element, type);
      Emit(Op::StoreLocal, types_.none(), {sum}, total);
    }, [] {});
    return Emit(Op::LoadLocal, type, {}, total);
  }
  std::vector<InstId> values;
  for (NodeId a : args) values.push_back(LowerExpr(a));
  At(e);
  auto arg_kind = [&](size_t i) { return KindOf(TypeOf(args[i])); };
  switch (f) {
    case BuiltinFunction::Print: {
      InstId sep = Emit(Op::ConstNone, types_.none(), {}), end = sep;
      InstId flush = Emit(Op::ConstBool, types_.bool_(), {}, 0);
      uint32_t stream = 1;  // stdout
      for (NodeId k : tree_.Items(e, CallField::keywords)) {
        std::string_view name = tree_.Name(tree_.Ident(k, KeywordField::arg));
        NodeId value = tree_.Node(k, KeywordField::value);
        if (name == "file") {
          stream = types_[TypeOf(value)].payload == static_cast<uint32_t>(BuiltinFunction::SysStderr) ? 2 : 1;
          continue;
        }
        InstId v = LowerExpr(value);
        if (name == "sep") sep = v;
        else if (name == "end") end = v;
        else flush = ToBool(v, TypeOf(value));
      }
      At(e);
      values.push_back(sep);
      values.push_back(end);
      values.push_back(flush);
      return EmitList(Op::Print, types_.none(), values, stream);
    }
    case BuiltinFunction::Len:
      switch (arg_kind(0)) {
        case TypeKind::Class: {
          auto it = instance_.call_targets.find(e.index);
          if (it != instance_.call_targets.end()) return CheckedLength(Emit(Op::Call, type, {values[0]}, it->second.index));
          return RaiseError("TypeError", "object of type '" + program_.classes[types_[TypeOf(args[0])].payload].name +
                                             "' has no len()");
        }
        case TypeKind::Str: return Emit(Op::StrLen, type, {values[0]});
        case TypeKind::Dict: return Emit(Op::DictLen, type, {values[0]});
        case TypeKind::Object: return Emit(Op::ObjectLen, type, {values[0]});
        case TypeKind::Set: return Emit(Op::SetLen, type, {values[0]});
        case TypeKind::Tuple:
          return Emit(Op::ConstInt, type, {}, module_.IntConstant(std::to_string(types_[TypeOf(args[0])].params.size())));
        default: return Emit(Op::ListLen, type, {values[0]});
      }
    case BuiltinFunction::Int:
      if (values.empty()) return Emit(Op::ConstInt, type, {}, module_.IntConstant("0"));
      switch (arg_kind(0)) {
        case TypeKind::Str: return Emit(Op::IntFromStr, type, {values[0]});
        case TypeKind::Float: return Emit(Op::IntFromFloat, type, {values[0]});
        case TypeKind::Object: return Emit(Op::ObjectToInt, type, {values[0]});
        default: return ToInt(values[0], TypeOf(args[0]));
      }
    case BuiltinFunction::Float:
      if (values.empty()) return Emit(Op::ConstFloat, type, {}, module_.FloatConstant(0.0));
      if (arg_kind(0) == TypeKind::Str) return Emit(Op::FloatFromStr, type, {values[0]});
      return ToFloat(values[0], TypeOf(args[0]));
    case BuiltinFunction::Str:
      if (values.empty()) return Emit(Op::ConstStr, type, {}, module_.StrConstant(""));
      if (arg_kind(0) == TypeKind::Str) return values[0];
      return Emit(Op::ToStr, type, {values[0]});
    case BuiltinFunction::Repr:
      return Emit(Op::ToRepr, type, {values[0]});
    case BuiltinFunction::Ascii:
      return Emit(Op::ToAscii, type, {values[0]});
    case BuiltinFunction::Divmod: {
      // (a // b, a % b), each raising as the operator does.
      TypeId part = types_[type].params[0];
      if (KindOf(part) == TypeKind::Float) {
        // float_divmod's own message, before // would give its own.
        InstId zero = Emit(Op::ConstFloat, types_.float_(), {}, module_.FloatConstant(0.0));
        InstId is_zero = Emit(Op::FloatCompare, types_.bool_(), {ToFloat(values[1], TypeOf(args[1])), zero},
                              static_cast<uint32_t>(CmpOp::Eq));
        BlockId raise = NewBlock(), ok = NewBlock();
        Emit(Op::CondBranch, types_.none(), {is_zero}, raise.index, ok.index);
        SetBlock(raise);
        RaiseError("ZeroDivisionError", "float divmod()");
        BranchTo(ok);
        SetBlock(ok);
      }
      InstId q = LowerBinary(BinaryOp::FloorDiv, values[0], TypeOf(args[0]), values[1], TypeOf(args[1]), part);
      InstId r = LowerBinary(BinaryOp::Mod, values[0], TypeOf(args[0]), values[1], TypeOf(args[1]), part);
      return Emit(Op::TupleNew, type, {q, r});
    }
    case BuiltinFunction::Bool:
      if (values.empty()) return Emit(Op::ConstBool, type, {}, 0);
      return ToBool(values[0], TypeOf(args[0]));
    case BuiltinFunction::Range:
      return Emit(Op::ConstNone, type, {});  // only iterated over, by LowerFor
    case BuiltinFunction::List: {
      if (args.empty()) return EmitList(Op::ListNew, type, {});
      return EmitList(Op::ListMethod, type, {values[0]}, static_cast<uint32_t>(ListMethod::Copy));
    }
    case BuiltinFunction::Zip:
    case BuiltinFunction::Enumerate:
    case BuiltinFunction::Map:
    case BuiltinFunction::Filter:
      return Emit(Op::ConstNone, type, {});  // only iterated over, by LowerLoop
    case BuiltinFunction::Callable: {
      // From the static type (sema rejects objects).
      TypeId t = TypeOf(args[0]);
      bool yes = false;
      switch (KindOf(t)) {
        case TypeKind::Function: case TypeKind::Builtin: case TypeKind::ClassObject: case TypeKind::ExceptionClass:
          yes = true;
          break;
        case TypeKind::Class: {
          for (int32_t c = static_cast<int32_t>(types_[t].payload); c >= 0 && !yes; c = program_.classes[c].base)
            yes = program_.classes[c].methods.count(tree_.Find("__call__").index) != 0;
          break;
        }
        default: break;
      }
      return Emit(Op::ConstBool, type, {}, yes ? 1 : 0);
    }
    case BuiltinFunction::Abs: {
      TypeId t = TypeOf(args[0]);
      if (KindOf(t) == TypeKind::Object) return Emit(Op::ObjectAbs, type, {values[0]});
      uint32_t result = NewTemp(type, "$abs");
      InstId v = KindOf(t) == TypeKind::Float ? values[0] : ToInt(values[0], t);
      InstId negative;
      if (KindOf(t) == TypeKind::Float) {
        InstId zero = Emit(Op::ConstFloat, type, {}, module_.FloatConstant(0.0));
        negative = Emit(Op::FloatCompare, types_.bool_(), {v, zero}, static_cast<uint32_t>(CmpOp::Lt));
      } else {
        InstId zero = Emit(Op::ConstInt, type, {}, module_.IntConstant("0"));
        negative = Emit(Op::IntCompare, types_.bool_(), {v, zero}, static_cast<uint32_t>(CmpOp::Lt));
      }
      Emit(Op::StoreLocal, types_.none(), {v}, result);
      BlockId negate = NewBlock(), done = NewBlock();
      Emit(Op::CondBranch, types_.none(), {negative}, negate.index, done.index);
      SetBlock(negate);
      Emit(Op::StoreLocal, types_.none(),
           {Emit(KindOf(t) == TypeKind::Float ? Op::FloatNeg : Op::IntNeg, type, {v})}, result);
      BranchTo(done);
      SetBlock(done);
      return Emit(Op::LoadLocal, type, {}, result);
    }
#define MATH_FUNCTION(Name, Arity, Result) case BuiltinFunction::Math_##Name:
#include "types/math_functions.def"
    {
      // floor, ceil and trunc of an int are the int itself (never through a
      // float, which would round a big one).
      bool integral = f == BuiltinFunction::Math_floor || f == BuiltinFunction::Math_ceil || f == BuiltinFunction::Math_trunc;
      if (integral && (arg_kind(0) == TypeKind::Int || arg_kind(0) == TypeKind::Bool)) return ToInt(values[0], TypeOf(args[0]));
      std::vector<InstId> floats;
      for (size_t i = 0; i < values.size(); ++i) floats.push_back(ToFloat(values[i], TypeOf(args[i])));
      return EmitList(Op::MathCall, type, floats,
                      static_cast<uint32_t>(f) - static_cast<uint32_t>(BuiltinFunction::Math_sqrt));
    }
    case BuiltinFunction::Min:
    case BuiltinFunction::Max: {
      // The first of the extreme values wins, as in CPython.
      uint32_t result = NewTemp(type, "$minmax");
      Emit(Op::StoreLocal, types_.none(), {values[0]}, result);
      CmpOp better = f == BuiltinFunction::Min ? CmpOp::Lt : CmpOp::Gt;
      for (size_t i = 1; i < values.size(); ++i) {
        InstId best = Emit(Op::LoadLocal, type, {}, result);
        InstId c = LowerCompare(better, values[i], type, best, type);
        BlockId take = NewBlock(), next = NewBlock();
        Emit(Op::CondBranch, types_.none(), {c}, take.index, next.index);
        SetBlock(take);
        Emit(Op::StoreLocal, types_.none(), {values[i]}, result);
        BranchTo(next);
        SetBlock(next);
      }
      return Emit(Op::LoadLocal, type, {}, result);
    }
  }
  return Emit(Op::ConstNone, type, {});
}

// A value of type `from` stored where `to` is expected; `to` includes `from`.
InstId FunctionLowering::CoerceTo(InstId v, TypeId from, TypeId to) {
  if (from == to || KindOf(to) == TypeKind::Unknown) return v;
  if (KindOf(to) == TypeKind::Object) return Emit(Op::Box, to, {v});
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
  if (KindOf(base_type) == TypeKind::Function) {
    // f.__name__, f.__qualname__: the static type names the definition.
    LowerExpr(base);
    std::string qualname = program_.qualified_names.at(types_[base_type].payload);
    std::string text = name == "__name__" ? qualname.substr(qualname.rfind('.') == std::string::npos ? 0 : qualname.rfind('.') + 1)
                                          : qualname;
    return Emit(Op::ConstStr, type, {}, module_.StrConstant(text));
  }
  if (KindOf(base_type) == TypeKind::Module) {
    if (types_[base_type].payload == static_cast<uint32_t>(BuiltinModule::Sys)) return Emit(Op::SysArgv, type, {});
    double value = name == "pi" ? 3.141592653589793 : name == "e" ? 2.718281828459045
                 : name == "tau" ? 6.283185307179586 : name == "inf" ? __builtin_inf() : __builtin_nan("");
    return Emit(Op::ConstFloat, type, {}, module_.FloatConstant(value));
  }
  if (KindOf(base_type) == TypeKind::NoneType) {
    LowerExpr(base);
    At(e);
    return RaiseError("AttributeError", "'NoneType' object has no attribute '" + std::string(name) + "'");
  }
  if (KindOf(base_type) == TypeKind::Object && name == "__name__") {
    InstId object = LowerExpr(base);
    At(e);
    return Emit(Op::FunctionName, type, {object});
  }
  if (KindOf(base_type) == TypeKind::Object) return LowerDynamic(e, base);
  if (auto g = instance_.names.find(e.index); g != instance_.names.end()) {
    // A class attribute, read through the class or an instance.
    if (KindOf(base_type) != TypeKind::ClassObject) ObjectOf(LowerExpr(base), base_type, attr);
    At(e);
    return Emit(Op::LoadGlobal, type, {}, g->second.index);
  }
  InstId object = ObjectOf(LowerExpr(base), base_type, attr);
  At(e);
  if (auto getter = instance_.call_targets.find(e.index); getter != instance_.call_targets.end())
    return Emit(Op::Call, type, {object}, getter->second.index);
  TypeId class_type = ClassTypeOf(base_type);
  const ClassInfo& info = program_.classes[types_[class_type].payload];
  int32_t field = info.FieldIndex(attr);
  if (field < 0) {
    return RaiseError("AttributeError", NoAttributeMessage(types_[class_type].payload, name));
  }
  return Emit(Op::GetField, type, {object}, static_cast<uint32_t>(field));
}

InstId FunctionLowering::LowerMethodCall(NodeId e) {
  NodeId func = tree_.Node(e, CallField::func);
  NodeId base = tree_.Node(func, AttributeField::value);
  IdentId attr = tree_.Ident(func, AttributeField::attr);
  InstId object = ObjectOf(LowerExpr(base), TypeOf(base), attr);
  std::vector<InstId> args{object};
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
  TypeId type = TypeOf(e);
  auto method = [&](ListMethod m, std::vector<InstId> operands) {
    operands.insert(operands.begin(), list);
    return EmitList(Op::ListMethod, type, operands, static_cast<uint32_t>(m));
  };
  auto as_element = [&](size_t i) { return CoerceTo(values[i], TypeOf(args[i]), element); };
  auto as_object = [&](size_t i) { return CoerceTo(values[i], TypeOf(args[i]), types_.object()); };
  if (name == "append") return Emit(Op::ListAppend, type, {list, as_element(0)});
  if (name == "insert") return method(ListMethod::Insert, {ToInt(values[0], TypeOf(args[0])), as_element(1)});
  if (name == "extend") return method(ListMethod::Extend, {values[0]});
  if (name == "pop") return method(ListMethod::Pop, values.empty() ? std::vector<InstId>{} : std::vector<InstId>{ToInt(values[0], TypeOf(args[0]))});
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
                                                    const CallPack* own_pack) {
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
    auto v = values.find(n.index);
    InstId value = v != values.end() ? v->second : LowerExpr(n);  // a default: a literal
    if (pack != packs.end() && i < pack->second.forwarded.size() && pack->second.forwarded[i] >= 0) {
      // An item of the caller's own **kwargs, passed on.
      uint32_t item = static_cast<uint32_t>(pack->second.forwarded[i]);
      value = Emit(Op::TupleGetItem, types_[TypeOf(n)].params[item], {value}, item);
    }
    args.push_back(value);
  }
  return args;
}

std::vector<InstId> FunctionLowering::LowerBoundArguments(NodeId call) {
  std::unordered_map<uint32_t, InstId> values = LowerCallArguments(call);
  auto it = instance_.call_bindings.find(call.index);
  if (it == instance_.call_bindings.end()) return {};
  return BindArguments(values, it->second, call);
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
  auto it = instance_.call_targets.find(e.index);
  if (it != instance_.call_targets.end()) {
    args.insert(args.begin(), object);
    EmitList(Op::Call, types_.none(), args, it->second.index);
  }
  return object;
}

}  // namespace keelback::ir::lowering
