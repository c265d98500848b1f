// Lowering of calls of the builtins (and of sys and math functions).
#include "ir/lowering.h"

#include <algorithm>
#include <array>

namespace keelback::ir::lowering {

InstId FunctionLowering::LowerBuiltinCall(NodeId e, BuiltinFunction f) {
  TypeId type = TypeOf(e);
  auto args = tree_.Items(e, CallField::args);
  if (f == BuiltinFunction::TypingCast) return LowerExpr(args[1]);  // cast(T, x) is x; T is not evaluated
  if (f == BuiltinFunction::TypingTypeVar) return Emit(Op::ConstNone, type, {});  // no value Keelback models
  if (f == BuiltinFunction::Map || f == BuiltinFunction::Filter) {
    // Kept as a value: a call of the internal module's generator function
    // (sema_builtin_values.cpp); in a loop there is no target (LowerMapLoop).
    if (auto target = instance_.call_targets.find(e.index); target != instance_.call_targets.end()) {
      std::vector<InstId> bound = LowerBoundArguments(e);
      At(e);
      return EmitList(Op::Call, type, bound, target->second.index);
    }
  }
  if (IsCollectionsBuiltin(f)) return LowerCollectionsCall(e, f);
  if (IsIoBuiltin(f)) return LowerIoBuiltinCall(e, f);
  if (IsNumberBuiltin(f) || f == BuiltinFunction::Math_log || f == BuiltinFunction::Math_log2 ||
      f == BuiltinFunction::Math_log10)
    return LowerNumberBuiltinCall(e, f);
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
    if (KindOf(type) == TypeKind::Object) {
      // round() of a value whose type is known only at run time.
      return RuntimeCall("kb_object_round", type, {x, n.IsValid() ? n : Emit(Op::ConstNone, types_.none(), {})});
    }
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
    NodeId key_lambda, default_value;
    for (NodeId k : tree_.Items(e, CallField::keywords)) {
      bool is_key = tree_.Name(tree_.Ident(k, KeywordField::arg)) == "key";
      (is_key ? key_lambda : default_value) = tree_.Node(k, KeywordField::value);
    }
    // Items and keys are compared as the iterable's element type; the result
    // may also be the default's.
    TypeId element = ItemTypeOf(TypeOf(args[0]));
    TypeId key_type = key_lambda.IsValid() ? KeyTypeOf(key_lambda) : element;
    InstId key_callee = key_lambda.IsValid() ? LowerKeyFunction(key_lambda) : InstId();
    uint32_t best = NewTemp(type, is_min ? "$min" : "$max");
    if (default_value.IsValid())  // evaluated with the call's arguments, before the iteration
      Emit(Op::StoreLocal, types_.none(), {CoerceTo(LowerExpr(default_value), TypeOf(default_value), type)}, best);
    uint32_t best_key = NewTemp(key_type, "$best_key");
    uint32_t seen = NewTemp(types_.bool_(), "$seen");
    Emit(Op::StoreLocal, types_.none(), {Emit(Op::ConstBool, types_.bool_(), {}, 0)}, seen);
    auto consider = [&](InstId item, TypeId item_type) {
      InstId value = CoerceTo(item, item_type, element);
      InstId key = value;
      if (key_lambda.IsValid()) key = LowerKeyCall(key_lambda, key_callee, value, element);
      At(e);
      BlockId take = NewBlock(), compare = NewBlock(), next = NewBlock();
      Emit(Op::CondBranch, types_.none(), {Emit(Op::LoadLocal, types_.bool_(), {}, seen)}, compare.index, take.index);
      SetBlock(compare);
      InstId better = LowerCompare(is_min ? CmpOp::Lt : CmpOp::Gt, key, key_type,
                                   Emit(Op::LoadLocal, key_type, {}, best_key), key_type);
      Emit(Op::CondBranch, types_.none(), {better}, take.index, next.index);
      SetBlock(take);
      Emit(Op::StoreLocal, types_.none(), {CoerceTo(value, element, type)}, best);
      Emit(Op::StoreLocal, types_.none(), {key}, best_key);
      Emit(Op::StoreLocal, types_.none(), {Emit(Op::ConstBool, types_.bool_(), {}, 1)}, seen);
      BranchTo(next);
      SetBlock(next);
    };
    if (KindOf(element) == TypeKind::Unknown) {
      LowerExpr(args[0]);  // nothing is ever stored in it: it has no items
    } else if (tree_.Kind(args[0]) == NodeKind::GeneratorExp) {
      LowerComprehensionItems(args[0], consider);
    } else {
      LowerLoop(args[0], NodeId(), [&] { consider(loop_item_, element); }, [] {});
    }
    At(e);
    if (default_value.IsValid()) return Emit(Op::LoadLocal, type, {}, best);
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
    size_t loops_cleanups = cleanups_.size();
    auto test = [&](InstId item, TypeId item_type) {
      InstId truth = ToBool(item, item_type);
      BlockId decided = NewBlock(), next = NewBlock();
      Emit(Op::CondBranch, types_.none(), {truth}, (is_any ? decided : next).index, (is_any ? next : decided).index);
      SetBlock(decided);
      Emit(Op::StoreLocal, types_.none(), {Emit(Op::ConstBool, types_.bool_(), {}, is_any ? 1 : 0)}, result);
      // Leaving the loops early frees the generators they were given (LowerLoop's cleanups).
      LeaveCleanups(loops_cleanups, active_catches_);
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
        // The run-time type knows its first base only: an instance of a
        // class that has C in its MRO through another base is tested for by
        // its exact type.
        uint32_t c = types_[t].payload;
        for (uint32_t d = 0; d < program_.classes.size(); ++d) {
          bool along_first_bases = false;
          for (int32_t b = static_cast<int32_t>(d); b >= 0 && !along_first_bases; b = program_.classes[b].base)
            along_first_bases = static_cast<uint32_t>(b) == c;
          const std::vector<uint32_t>& mro = program_.classes[d].mro;
          if (along_first_bases || std::find(mro.begin(), mro.end(), c) == mro.end()) continue;
          BlockId next = NewBlock();
          Emit(Op::CondBranch, types_.none(), {Emit(Op::TypeIs, types_.bool_(), {value}, d, 0)}, done.index, next.index);
          SetBlock(next);
        }
        test = Emit(Op::IsInstance, types_.bool_(), {value}, c, 0);
      } else {
        std::string name;
        if (KindOf(t) == TypeKind::ExceptionClass) {
          name = ExceptionClassName(types_[t].payload);
        } else {
          name = BuiltinTypeName(static_cast<BuiltinFunction>(types_[t].payload));  // sema allows only types
        }
        if (KindOf(TypeOf(args[0])) == TypeKind::Class && KindOf(t) == TypeKind::Builtin) {
          // The run-time type of an instance of a subclass of list, dict or
          // set has object as its base (its value is no such object): the
          // class's type says it.
          int32_t builtin = program_.classes[types_[TypeOf(args[0])].payload].builtin_base;
          test = Emit(Op::ConstBool, types_.bool_(), {}, builtin == static_cast<int32_t>(types_[t].payload) ? 1 : 0);
        } else {
          test = Emit(Op::IsInstance, types_.bool_(), {value}, module_.StrConstant(name), 1);
        }
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
  if (f == BuiltinFunction::Issubclass) {
    bool answer = false;
    for (NodeId spec : TupleItemsOrSelf(tree_, args[1]))
      answer = answer || IsSubclass(program_, TypeOf(args[0]), TypeOf(spec));
    return Emit(Op::ConstBool, types_.bool_(), {}, answer ? 1 : 0);
  }
  if (f == BuiltinFunction::Set || f == BuiltinFunction::Frozenset) {
    uint32_t frozen = f == BuiltinFunction::Frozenset ? 1 : 0;
    if (args.empty()) return Emit(Op::SetNew, type, {}, frozen);
    TypeId arg_type = TypeOf(args[0]);
    InstId source;
    if (KindOf(arg_type) == TypeKind::Iterator || KindOf(arg_type) == TypeKind::Generator ||
        KindOf(arg_type) == TypeKind::Class || KindOf(arg_type) == TypeKind::Range) {
      // zip(), enumerate(), a dict view, a generator, an iterable instance, a
      // range: their items in a list first.
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
  if (f == BuiltinFunction::Next || f == BuiltinFunction::Iter) return LowerNextOrIter(e, f);
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
  uint32_t starred_items = UINT32_MAX;  // print(*items): every argument boxed in this list
  for (NodeId a : args) {
    if (f == BuiltinFunction::Print && tree_.Kind(a) == NodeKind::Starred) {
      TypeId list_type = ListTypeOf(types_.object());
      if (starred_items == UINT32_MAX) {
        starred_items = NewTemp(list_type, "$print_items");
        Emit(Op::StoreLocal, types_.none(), {EmitList(Op::ListNew, list_type, {})}, starred_items);
        for (size_t i = 0; i < values.size(); ++i)
          Emit(Op::ListAppend, types_.none(), {Emit(Op::LoadLocal, list_type, {}, starred_items),
                                               CoerceTo(values[i], TypeOf(args[i]), types_.object())});
      }
      NodeId inner = tree_.Node(a, StarredField::value);
      TypeId element = ItemTypeOf(TypeOf(inner));
      LowerLoop(inner, NodeId(), [&] {
        Emit(Op::ListAppend, types_.none(), {Emit(Op::LoadLocal, list_type, {}, starred_items),
                                             CoerceTo(loop_item_, element, types_.object())});
      }, [] {});
      values.push_back(InstId());
      continue;
    }
    values.push_back(LowerExpr(a));
    if (starred_items != UINT32_MAX) {
      TypeId list_type = ListTypeOf(types_.object());
      Emit(Op::ListAppend, types_.none(), {Emit(Op::LoadLocal, list_type, {}, starred_items),
                                           CoerceTo(values.back(), TypeOf(a), types_.object())});
    }
  }
  At(e);
  auto arg_kind = [&](size_t i) { return KindOf(TypeOf(args[i])); };
  switch (f) {
    case BuiltinFunction::Print: {
      InstId sep = Emit(Op::ConstNone, types_.none(), {}), end = sep;
      InstId flush = Emit(Op::ConstBool, types_.bool_(), {}, 0);
      uint32_t stream = 1;  // stdout
      InstId file;          // print(file=f) to an open file
      TypeId sep_type = types_.none(), end_type = types_.none();
      for (NodeId k : tree_.Items(e, CallField::keywords)) {
        std::string_view name = tree_.Name(tree_.Ident(k, KeywordField::arg));
        NodeId value = tree_.Node(k, KeywordField::value);
        if (name == "file" && KindOf(TypeOf(value)) == TypeKind::File) {
          file = LowerExpr(value);
          continue;
        }
        if (name == "file") {
          stream = types_[TypeOf(value)].payload == static_cast<uint32_t>(BuiltinFunction::SysStderr) ? 2 : 1;
          continue;
        }
        InstId v = LowerExpr(value);
        if (name == "sep") sep = v, sep_type = TypeOf(value);
        else if (name == "end") end = v, end_type = TypeOf(value);
        else flush = ToBool(v, TypeOf(value));
      }
      At(e);
      if (starred_items != UINT32_MAX) {
        // The arguments in a list (print(*items)): written as kb_print_to writes them.
        InstId items = Emit(Op::LoadLocal, ListTypeOf(types_.object()), {}, starred_items);
        InstId stream_id = Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant(std::to_string(stream)));
        if (file.IsValid()) return RuntimeCall("kb_print_list_to_file", types_.none(), {items, sep, end, flush, file});
        return RuntimeCall("kb_print_list", types_.none(), {items, sep, end, flush, stream_id});
      }
      if (file.IsValid()) return LowerPrintToFile(file, args, values, sep, sep_type, end, end_type, flush);
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
        case TypeKind::Bytes: return RuntimeCall("kb_bytes_len", type, {values[0]});
        case TypeKind::Range: return RuntimeCall("kb_range_len", type, {values[0]});
        case TypeKind::ByteArray: return RuntimeCall("kb_bytearray_len", type, {values[0]});
        default: return Emit(Op::ListLen, type, {values[0]});
      }
    case BuiltinFunction::Int:
      if (values.empty()) return Emit(Op::ConstInt, type, {}, module_.IntConstant("0"));
      if (values.size() == 2) {
        if (arg_kind(0) != TypeKind::Str) return RaiseError("TypeError", "int() can't convert non-string with explicit base");
        return RuntimeCall("kb_int_from_str", type, {values[0], ToInt(values[1], TypeOf(args[1]))});
      }
      if (arg_kind(0) == TypeKind::Class) return LowerNumberConversion(e, f, values[0], TypeOf(args[0]));
      switch (arg_kind(0)) {
        case TypeKind::Str: return Emit(Op::IntFromStr, type, {values[0]});
        case TypeKind::Float: return Emit(Op::IntFromFloat, type, {values[0]});
        case TypeKind::Object:
        case TypeKind::Complex:  // TypeError, from the run-time conversion
          return Emit(Op::ObjectToInt, type, {values[0]});
        default: return ToInt(values[0], TypeOf(args[0]));
      }
    case BuiltinFunction::Float:
      if (values.empty()) return Emit(Op::ConstFloat, type, {}, module_.FloatConstant(0.0));
      if (arg_kind(0) == TypeKind::Class) return LowerNumberConversion(e, f, values[0], TypeOf(args[0]));
      if (arg_kind(0) == TypeKind::Str) return Emit(Op::FloatFromStr, type, {values[0]});
      if (arg_kind(0) == TypeKind::Complex) return ToFloat(values[0], types_.object());  // TypeError at run time
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
      if (KindOf(part) == TypeKind::Object)  // CPython's divmod() messages
        return RuntimeCall("kb_object_divmod", type, {values[0], values[1]});
      if (KindOf(part) == TypeKind::Float) {
        // float_divmod's own message, before // would give its own.
        InstId zero = Emit(Op::ConstFloat, types_.float_(), {}, module_.FloatConstant(0.0));
        InstId is_zero = Emit(Op::FloatCompare, types_.bool_(), {ToFloat(values[1], TypeOf(args[1])), zero},
                              static_cast<uint32_t>(CmpOp::Eq));
        RaiseErrorIf(is_zero, "ZeroDivisionError", "float divmod()");
      }
      InstId q = LowerBinary(BinaryOp::FloorDiv, values[0], TypeOf(args[0]), values[1], TypeOf(args[1]), part);
      InstId r = LowerBinary(BinaryOp::Mod, values[0], TypeOf(args[0]), values[1], TypeOf(args[1]), part);
      return Emit(Op::TupleNew, type, {q, r});
    }
    case BuiltinFunction::Bool:
      if (values.empty()) return Emit(Op::ConstBool, type, {}, 0);
      return ToBool(values[0], TypeOf(args[0]));
    case BuiltinFunction::ByteArray: {
      // bytearray(), bytearray(x), bytearray(text, encoding[, errors]).
      if (values.empty()) values.push_back(Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant("0")));
      if (values.size() >= 2) {
        if (values.size() == 2) values.push_back(Emit(Op::ConstNone, types_.none(), {}));
        values = {RuntimeCall("kb_str_encode", types_.Find(TypeKind::Bytes), values)};
      }
      return RuntimeCall("kb_bytearray_new", type, {values[0]});
    }
    case BuiltinFunction::Range: {
      // A range object (a loop walking range(...) counts without one: LowerLoop).
      std::vector<InstId> ints;
      for (size_t i = 0; i < args.size(); ++i) ints.push_back(RangeArgumentInt(values[i], TypeOf(args[i])));
      At(e);
      InstId zero = Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant("0"));
      InstId one = Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant("1"));
      return RuntimeCall("kb_range_new", type, {ints.size() == 1 ? zero : ints[0], ints.size() == 1 ? ints[0] : ints[1],
                                                ints.size() == 3 ? ints[2] : one});
    }
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
        case TypeKind::BoundMethod:
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
    case BuiltinFunction::Next:
    case BuiltinFunction::Iter:
      break;  // LowerNextOrIter
    case BuiltinFunction::Complex: case BuiltinFunction::MathGcd: case BuiltinFunction::MathLcm:
    case BuiltinFunction::MathFactorial: case BuiltinFunction::MathIsqrt: case BuiltinFunction::MathComb:
    case BuiltinFunction::MathPerm: case BuiltinFunction::MathHypot: case BuiltinFunction::MathFsum:
    case BuiltinFunction::MathProd: case BuiltinFunction::MathDist: case BuiltinFunction::MathFrexp:
    case BuiltinFunction::MathLdexp: case BuiltinFunction::MathModf: case BuiltinFunction::MathIsclose:
      break;  // LowerNumberBuiltinCall
    case BuiltinFunction::Abs: {
      TypeId t = TypeOf(args[0]);
      if (KindOf(t) == TypeKind::Object) return Emit(Op::ObjectAbs, type, {values[0]});
      if (KindOf(t) == TypeKind::Complex) return RuntimeCall("kb_complex_abs", type, {values[0]});
      if (KindOf(t) == TypeKind::Float) {
        // fabs: abs(-0.0) is 0.0 (a compare and negate would keep -0.0).
        return Emit(Op::MathCall, type, {values[0]},
                    static_cast<uint32_t>(BuiltinFunction::Math_fabs) - static_cast<uint32_t>(BuiltinFunction::Math_sqrt));
      }
      if (auto method = instance_.call_targets.find(e.index); method != instance_.call_targets.end())
        return Emit(Op::Call, type, {values[0]}, method->second.index);  // obj.__abs__()
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
    case BuiltinFunction::TypingCast:
    case BuiltinFunction::TypingTypeVar:
    case BuiltinFunction::TypingForm:
    case BuiltinFunction::CollectionsDefaultdict:
    case BuiltinFunction::CollectionsCounter:
    case BuiltinFunction::CollectionsOrderedDict:
      return Emit(Op::ConstNone, type, {});  // lowered above; sema rejects calling a form
#define NATIVE_FUNCTION(Module, Name, Runtime, Result, Params) case BuiltinFunction::Native_##Module##_##Name:
#include "types/native_functions.def"
      return LowerNativeFunctionCall(e, f, values);
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

}  // namespace keelback::ir::lowering
