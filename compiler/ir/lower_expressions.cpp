// Lowering of expressions: comprehensions, truth values and conversions,
// names, operators, comparisons, and conditional expressions.
#include "ir/lowering.h"

#include <algorithm>
#include <array>

namespace keelback::ir::lowering {

// [elt for target in iter if cond ...]: nested loops appending to a new list.
InstId FunctionLowering::LowerListComp(NodeId e) { return LowerComprehension(e, TypeOf(e)); }

InstId FunctionLowering::LowerComprehension(NodeId e, TypeId type) {
  uint32_t result = NewTemp(type, "$listcomp");
  Emit(Op::StoreLocal, types_.none(), {EmitList(Op::ListNew, type, {})}, result);
  LowerComprehensionItems(e, [&](InstId v, TypeId v_type) {
    InstId list = Emit(Op::LoadLocal, type, {}, result);
    Emit(Op::ListAppend, types_.none(), {list, CoerceTo(v, v_type, types_[type].params[0])});
  });
  return Emit(Op::LoadLocal, type, {}, result);
}

void FunctionLowering::LowerComprehensionItems(NodeId e, const std::function<void(InstId, TypeId)>& each) {
  LowerComprehensionLoops(tree_.Items(e, ListCompField::generators), [&] {
    NodeId elt = tree_.Node(e, ListCompField::elt);
    InstId v = LowerExpr(elt);
    each(v, TypeOf(elt));
  });
}

void FunctionLowering::LowerComprehensionLoops(std::span<const NodeId> generators, const std::function<void()>& body) {
  std::function<void(size_t)> level = [&](size_t g) {
    NodeId gen = generators[g];
    LowerLoop(
        tree_.Node(gen, ComprehensionField::iter), tree_.Node(gen, ComprehensionField::target),
        [&] {
          BlockId skip = NewBlock();
          for (NodeId cond : tree_.Items(gen, ComprehensionField::ifs)) {
            BlockId pass = NewBlock();
            Emit(Op::CondBranch, types_.none(), {LowerCondition(cond)}, pass.index, skip.index);
            SetBlock(pass);
          }
          if (g + 1 < generators.size()) {
            level(g + 1);
          } else {
            body();
          }
          BranchTo(skip);
          SetBlock(skip);
        },
        [] {});
  };
  level(0);
}

// ---------------------------------------------------------------------------
// Expressions

InstId FunctionLowering::ToBool(InstId v, TypeId type) {
  // A value of no known type is never made: it follows code that raised
  // (an attribute never set, AttributeError), so its test is dead code.
  if (KindOf(fn_[v].type) == TypeKind::Unknown || KindOf(type) == TypeKind::Unknown)
    return Emit(Op::ConstBool, types_.bool_(), {}, 0);
  if (KindOf(type) == TypeKind::Bool) return v;
  TypeId class_type = ClassTypeOf(type);
  if (KindOf(class_type) == TypeKind::Class) {
    // An instance is true unless its __bool__ says otherwise, or failing
    // that its __len__ is 0.
    const ClassInfo& info = program_.classes[types_[class_type].payload];
    InstanceId method = info.bool_instance.IsValid() ? info.bool_instance : info.len_instance;
    if (!method.IsValid() && info.builtin_field >= 0 && KindOf(type) == TypeKind::Class) {
      // A subclass of list, dict or set: the truth of its value.
      TypeId value_type = info.fields[info.builtin_field].type;
      return ToBool(Emit(Op::GetField, value_type, {v}, static_cast<uint32_t>(info.builtin_field)), value_type);
    }
    if (method.IsValid()) {
      auto truth = [&](InstId object) {
        TypeId result = program_[method].return_type;
        InstId r = Emit(Op::Call, result, {object}, method.index);
        if (method == info.len_instance && KindOf(result) == TypeKind::Int) {
          InstId n = CheckedLength(r);
          return Emit(Op::IntCompare, types_.bool_(), {n, Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant("0"))},
                      static_cast<uint32_t>(CmpOp::NotEq));
        }
        return KindOf(result) == TypeKind::Bool ? r : Emit(Op::Truthy, types_.bool_(), {r});
      };
      if (KindOf(type) == TypeKind::Class) return truth(v);
      uint32_t slot = NewTemp(types_.bool_(), "$truth");
      Emit(Op::StoreLocal, types_.none(), {Emit(Op::ConstBool, types_.bool_(), {}, 0)}, slot);
      BlockId some = NewBlock(), done = NewBlock();
      Emit(Op::CondBranch, types_.none(), {Emit(Op::IsNone, types_.bool_(), {v})}, done.index, some.index);
      SetBlock(some);
      Emit(Op::StoreLocal, types_.none(), {truth(Emit(Op::CheckNotNone, class_type, {v}, module_.StrConstant("__bool__")))}, slot);
      BranchTo(done);
      SetBlock(done);
      return Emit(Op::LoadLocal, types_.bool_(), {}, slot);
    }
  }
  return Emit(Op::Truthy, types_.bool_(), {v});
}

// What __len__ returned, after CPython's check that it is not negative.
InstId FunctionLowering::CheckedLength(InstId n) {
  InstId negative = Emit(Op::IntCompare, types_.bool_(), {n, Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant("0"))},
                         static_cast<uint32_t>(CmpOp::Lt));
  RaiseErrorIf(negative, "ValueError", "__len__() should return >= 0");
  return n;
}

InstId FunctionLowering::ToInt(InstId v, TypeId type) {
  if (KindOf(type) == TypeKind::Bool) return Emit(Op::BoolToInt, types_.int_(), {v});
  if (KindOf(type) == TypeKind::Object) return Emit(Op::ObjectIndex, types_.int_(), {v});
  return v;
}

InstId FunctionLowering::ToFloat(InstId v, TypeId type) {
  switch (KindOf(type)) {
    case TypeKind::Float: return v;
    case TypeKind::Bool: return Emit(Op::IntToFloat, types_.float_(), {ToInt(v, type)});
    case TypeKind::Object: return Emit(Op::ObjectToFloat, types_.float_(), {v});
    default: return Emit(Op::IntToFloat, types_.float_(), {v});
  }
}

InstId FunctionLowering::LowerCondition(NodeId e) { return ToBool(LowerExpr(e), TypeOf(e)); }

InstId FunctionLowering::LowerName(NodeId e) {
  auto it = instance_.names.find(e.index);
  TypeId type = TypeOf(e);
  if (it == instance_.names.end()) return Emit(Op::ConstNone, type, {});
  const NameBinding& b = it->second;
  switch (b.kind) {
    case NameBinding::Kind::Local:
    case NameBinding::Kind::Free:
    case NameBinding::Kind::Global:
      // A class as a value has no word of its own (Box makes its type object
      // from its type). A class statement's name is still checked for being
      // bound (NameError, UnboundLocalError before the statement has run).
      if (KindOf(type) == TypeKind::ClassObject && b.kind == NameBinding::Kind::Global)
        Emit(Op::LoadGlobal, type, {}, b.index);
      if (KindOf(type) == TypeKind::ClassObject && b.kind == NameBinding::Kind::Local && !IsCellSlot(b.index))
        Emit(Op::LoadLocal, type, {}, b.index);
      if (KindOf(type) == TypeKind::ClassObject || KindOf(type) == TypeKind::Module) return Emit(Op::ConstNone, type, {});
      return LoadVariable(b, type);
    case NameBinding::Kind::Builtin:
    case NameBinding::Kind::Module:
      return Emit(Op::ConstNone, type, {});
    case NameBinding::Kind::Undefined:
      if (tree_.Name(IdentId(b.index)) == "NotImplemented") return RuntimeCall("kb_not_implemented", type, {});
      return RaiseError("NameError", NameErrorMessage(IdentId(b.index)));
  }
  return Emit(Op::ConstNone, type, {});
}

InstId FunctionLowering::LowerExpr(NodeId e) {
  auto narrowing = instance_.narrowings.find(e.index);
  if (narrowing == instance_.narrowings.end()) return LowerExprValue(e);
  NodeId saved = unchecked_;
  TypeId saved_type = unchecked_type_;
  unchecked_ = e;
  unchecked_type_ = narrowing->second.own;
  // super().m(...) of a built-in base's method: the value of the method's self.
  bool is_super = narrowing->second.kind == FunctionInstance::Narrowing::Kind::BuiltinValue &&
                  tree_.Kind(e) == NodeKind::Call && tree_.Kind(tree_.Node(e, CallField::func)) == NodeKind::Name &&
                  tree_.Name(tree_.Ident(tree_.Node(e, CallField::func), NameField::id)) == "super";
  InstId v = is_super ? Emit(Op::LoadLocal, fn_.local_types[0], {}, 0) : LowerExprValue(e);
  unchecked_ = saved;
  unchecked_type_ = saved_type;
  At(e);
  using Kind = FunctionInstance::Narrowing::Kind;
  switch (narrowing->second.kind) {
    case Kind::NotNoneTypeError:
    case Kind::NotNoneAttributeError:
      return Emit(Op::CheckNotNone, TypeOf(e), {v}, module_.StrConstant(narrowing->second.text),
                  narrowing->second.kind == Kind::NotNoneTypeError ? 1 : 0);
    case Kind::TestedDict: return Emit(Op::Unbox, TypeOf(e), {v});  // isinstance() tested it
    case Kind::BuiltinValue: {  // the built-in value an instance holds
      const ClassInfo& info = program_.classes[types_[narrowing->second.own].payload];
      return Emit(Op::GetField, TypeOf(e), {v}, static_cast<uint32_t>(info.builtin_field));
    }
  }
  return v;
}

InstId FunctionLowering::LowerExprValue(NodeId e) {
  At(e);
  TypeId type = TypeOf(e);
  if (!instance_.generator_expression_params.empty()) {
    const std::vector<NodeId>& params = instance_.generator_expression_params;
    for (size_t i = 0; i < params.size(); ++i)
      if (params[i] == e) return Emit(Op::LoadLocal, type, {}, static_cast<uint32_t>(i));
  }
  switch (tree_.Kind(e)) {
    case NodeKind::Constant: {
      const Constant& c = tree_.GetConstant(ConstantId(tree_.Field(e, ConstantField::value)));
      switch (c.kind) {
        case Constant::Kind::Int: return Emit(Op::ConstInt, type, {}, module_.IntConstant(c.text));
        case Constant::Kind::Float: return Emit(Op::ConstFloat, type, {}, module_.FloatConstant(c.number));
        case Constant::Kind::Str: return Emit(Op::ConstStr, type, {}, module_.StrConstant(c.text));
        case Constant::Kind::Bytes: return Emit(Op::ConstBytes, type, {}, module_.StrConstant(c.text));
        case Constant::Kind::Complex:
          return RuntimeCall("kb_complex_new", type,
                             {Emit(Op::ConstFloat, types_.float_(), {}, module_.FloatConstant(0.0)),
                              Emit(Op::ConstFloat, types_.float_(), {}, module_.FloatConstant(c.number))});
        case Constant::Kind::True: return Emit(Op::ConstBool, type, {}, 1);
        case Constant::Kind::False: return Emit(Op::ConstBool, type, {}, 0);
        default: return Emit(Op::ConstNone, type, {});
      }
    }
    case NodeKind::Lambda:
      return MakeFunction(e);
    case NodeKind::Name:
      return LowerName(e);
    case NodeKind::BinOp: {
      NodeId l = tree_.Node(e, BinOpField::left), r = tree_.Node(e, BinOpField::right);
      InstId lv = LowerExpr(l);
      InstId rv = LowerExpr(r);
      At(e);
      return LowerBinary(static_cast<BinaryOp>(tree_.Field(e, BinOpField::op)), lv, TypeOf(l), rv, TypeOf(r), type, e);
    }
    case NodeKind::UnaryOp: {
      NodeId operand = tree_.Node(e, UnaryOpField::operand);
      InstId v = LowerExpr(operand);
      TypeId t = TypeOf(operand);
      At(e);
      if (InstId call = OperatorCall(e, v, InstId(), type); call.IsValid()) return call;
      if (static_cast<UnaryOp>(tree_.Field(e, UnaryOpField::op)) != UnaryOp::Not && KindOf(t) == TypeKind::Class) {
        // An instance whose class lacks __neg__, __pos__ or __invert__.
        UnaryOp op = static_cast<UnaryOp>(tree_.Field(e, UnaryOpField::op));
        RaiseError("TypeError", std::string("bad operand type for unary ") +
                                    (op == UnaryOp::USub ? "-" : op == UnaryOp::UAdd ? "+" : "~") + ": '" +
                                    program_.classes[types_[t].payload].name + "'");
        return Emit(Op::ConstNone, type, {});
      }
      if (static_cast<UnaryOp>(tree_.Field(e, UnaryOpField::op)) != UnaryOp::Not && KindOf(t) == TypeKind::Optional) {
        // An Optional number: None goes to the run-time dispatch's TypeError.
        InstId none_operand = Emit(Op::ConstNone, types_.none(), {});
        TypeId none_type = types_.none();
        UnwrapOptionalNumbers(v, t, none_operand, none_type, [&](InstId a, InstId) {
          Emit(Op::ObjectUnary, types_.object(), {a}, tree_.Field(e, UnaryOpField::op));
        });
      }
      switch (static_cast<UnaryOp>(tree_.Field(e, UnaryOpField::op))) {
        case UnaryOp::Not: return Emit(Op::BoolNot, types_.bool_(), {ToBool(v, t)});
        default:
          if (KindOf(t) == TypeKind::Object && instance_.dynamic_cases.count(e.index))
            return LowerDynamicOperator(e, v, InstId(), TypeId(), [&] {
              return Emit(Op::ObjectUnary, types_.object(), {v}, tree_.Field(e, UnaryOpField::op));
            });
          if (KindOf(t) == TypeKind::Object || KindOf(t) == TypeKind::Complex)
            return Emit(Op::ObjectUnary, type, {v}, tree_.Field(e, UnaryOpField::op));
          break;
      }
      switch (static_cast<UnaryOp>(tree_.Field(e, UnaryOpField::op))) {
        case UnaryOp::Not: break;
        case UnaryOp::USub:
          if (KindOf(t) == TypeKind::Float) return Emit(Op::FloatNeg, type, {v});
          return Emit(Op::IntNeg, type, {ToInt(v, t)});
        case UnaryOp::UAdd: return KindOf(t) == TypeKind::Float ? v : ToInt(v, t);
        case UnaryOp::Invert: return Emit(Op::IntInvert, type, {ToInt(v, t)});
      }
      return v;
    }
    case NodeKind::Compare:
      return LowerCompareChain(e);
    case NodeKind::BoolOp:
      return LowerBoolOp(e);
    case NodeKind::IfExp:
      return LowerIfExp(e);
    case NodeKind::NamedExpr: {
      NodeId value = tree_.Node(e, NamedExprField::value);
      InstId v = LowerExpr(value);
      StoreTo(tree_.Node(e, NamedExprField::target), v, TypeOf(value));
      return CoerceTo(v, TypeOf(value), TypeOf(e));
    }
    case NodeKind::Call:
      return LowerCall(e);
    case NodeKind::Yield:
    case NodeKind::YieldFrom:
      return LowerYield(e);
    case NodeKind::GeneratorExp:
      if (instance_.call_targets.count(e.index)) return LowerGeneratorExpValue(e);
      return LowerListComp(e);  // consumed whole right away (see sema)
    case NodeKind::ListComp:
      return LowerListComp(e);
    case NodeKind::Set: {
      InstId set = Emit(Op::SetNew, type, {});
      for (NodeId x : tree_.Items(e, SetField::elts)) {
        LowerDisplayItem(x, [&](InstId item, TypeId item_type) {
          At(e);
          Emit(Op::SetAdd, types_.none(), {set, CoerceTo(item, item_type, types_.object())});
        });
      }
      return set;
    }
    case NodeKind::SetComp: {
      // The items a list comprehension would make, into a new set.
      TypeId items_type = ListTypeOf(types_[type].params[0]);
      InstId items = LowerComprehension(e, items_type);
      At(e);
      return Emit(Op::SetFromIterable, type, {CoerceTo(items, items_type, types_.object())});
    }
    case NodeKind::JoinedStr: {
      // The pieces, concatenated left to right.
      InstId result = InstId();
      for (NodeId part : tree_.Items(e, JoinedStrField::values)) {
        InstId piece = LowerExpr(part);
        At(e);
        result = result.IsValid() ? Emit(Op::StrConcat, types_.str(), {result, piece}) : piece;
      }
      return result.IsValid() ? result : Emit(Op::ConstStr, types_.str(), {}, module_.StrConstant(""));
    }
    case NodeKind::FormattedValue: {
      NodeId value_node = tree_.Node(e, FormattedValueField::value);
      InstId value = LowerExpr(value_node);
      TypeId value_type = TypeOf(value_node);
      At(e);
      // !s, !r, !a convert first; then format() with the spec.
      switch (static_cast<int32_t>(tree_.Field(e, FormattedValueField::conversion))) {
        case 's': value = Emit(Op::ToStr, types_.str(), {value}); value_type = types_.str(); break;
        case 'r': value = Emit(Op::ToRepr, types_.str(), {value}); value_type = types_.str(); break;
        case 'a': value = Emit(Op::ToAscii, types_.str(), {value}); value_type = types_.str(); break;
        default: break;
      }
      NodeId spec = tree_.Node(e, FormattedValueField::format_spec);
      if (!spec.IsValid() && KindOf(value_type) == TypeKind::Str) return value;
      InstId spec_value = spec.IsValid() ? LowerExpr(spec) : Emit(Op::ConstNone, types_.none(), {});
      At(e);
      return Emit(Op::Format, types_.str(), {value, spec_value});
    }
    case NodeKind::Dict: {
      InstId dict = Emit(Op::DictNew, type, {});
      auto keys = tree_.RawItems(tree_.List(e, DictField::keys));
      auto values = tree_.Items(e, DictField::values);
      for (size_t i = 0; i < values.size(); ++i) {
        NodeId k(keys[i]);
        if (!k.IsValid()) {  // **other
          InstId other = LowerExpr(values[i]);
          At(e);
          RuntimeCall("kb_dict_update", types_.none(), {dict, other});
          continue;
        }
        InstId key = LowerExpr(k);
        InstId value = LowerExpr(values[i]);
        At(e);
        Emit(Op::DictSetItem, types_.none(), {dict, key, value});
      }
      return dict;
    }
    case NodeKind::DictComp: {
      uint32_t result = NewTemp(type, "$dictcomp");
      Emit(Op::StoreLocal, types_.none(), {Emit(Op::DictNew, type, {})}, result);
      LowerComprehensionLoops(tree_.Items(e, DictCompField::generators), [&] {
        InstId key = LowerExpr(tree_.Node(e, DictCompField::key));
        InstId value = LowerExpr(tree_.Node(e, DictCompField::value));
        At(e);
        Emit(Op::DictSetItem, types_.none(), {Emit(Op::LoadLocal, type, {}, result), key, value});
      });
      return Emit(Op::LoadLocal, type, {}, result);
    }
    case NodeKind::Attribute:
      return LowerAttribute(e);
    case NodeKind::Subscript: {
      NodeId base = tree_.Node(e, SubscriptField::value), index = tree_.Node(e, SubscriptField::slice);
      InstId b = LowerExpr(base);
      TypeKind bk = KindOf(TypeOf(base));
      if (bk == TypeKind::NoneType) {  // the index is evaluated first, as in CPython
        if (tree_.Kind(index) == NodeKind::Slice) LowerSliceBounds(index);
        else LowerExpr(index);
        At(e);
        return RaiseError("TypeError", "'NoneType' object is not subscriptable");
      }
      if (auto getitem = instance_.call_targets.find(e.index); getitem != instance_.call_targets.end()) {
        InstId key = LowerExpr(index);
        At(e);
        return Emit(Op::Call, type, {b, key}, getitem->second.index);
      }
      if (tree_.Kind(index) == NodeKind::Slice) {
        auto bounds = LowerSliceBounds(index);
        At(e);
        if (bk == TypeKind::Bytes) return RuntimeCall("kb_bytes_slice", type, {b, bounds[0], bounds[1], bounds[2]});
        if (bk == TypeKind::Range) return RuntimeCall("kb_range_slice", type, {b, bounds[0], bounds[1], bounds[2]});
        if (bk == TypeKind::ByteArray) return RuntimeCall("kb_bytearray_slice", type, {b, bounds[0], bounds[1], bounds[2]});
        if (bk == TypeKind::Tuple) return RuntimeCall("kb_tuple_getslice", type, {b, bounds[0], bounds[1], bounds[2]});
        if (bk == TypeKind::Object) return RuntimeCall("kb_object_getslice", type, {b, bounds[0], bounds[1], bounds[2]});
        return Emit(bk == TypeKind::Str ? Op::StrSlice : Op::ListSlice, type, {b, bounds[0], bounds[1], bounds[2]});
      }
      if (bk == TypeKind::Bytes || bk == TypeKind::Range || bk == TypeKind::ByteArray) {
        InstId i = LowerExpr(index);
        At(e);
        return RuntimeCall(bk == TypeKind::Bytes ? "kb_bytes_getitem" : bk == TypeKind::Range ? "kb_range_getitem"
                                                                                               : "kb_bytearray_getitem",
                           type, {b, i});
      }
      if (bk == TypeKind::Object) {
        InstId key = LowerExpr(index);
        At(e);
        return Emit(Op::ObjectGetItem, type, {b, CoerceTo(key, TypeOf(index), types_.object())});
      }
      if (KindOf(TypeOf(index)) == TypeKind::Object &&
          (bk == TypeKind::List || bk == TypeKind::Str || bk == TypeKind::Tuple)) {
        // An index of type object: the read dispatched on its run-time type
        // (TypeError for other than an int, as CPython's), the item unboxed.
        InstId key = LowerExpr(index);
        At(e);
        InstId item = Emit(Op::ObjectGetItem, types_.object(), {CoerceTo(b, TypeOf(base), types_.object()), key});
        if (KindOf(type) == TypeKind::Unknown) return RaiseInferredEmpty();
        return CoerceTo(item, types_.object(), type);
      }
      if (bk == TypeKind::Tuple) {
        NodeId lit = tree_.Kind(index) == NodeKind::UnaryOp ? tree_.Node(index, UnaryOpField::operand) : index;
        if (tree_.Kind(lit) == NodeKind::Constant) {
          const TypeInfo& info = types_[TypeOf(base)];
          const Constant& c = tree_.GetConstant(ConstantId(tree_.Field(lit, ConstantField::value)));
          int64_t i = c.kind == Constant::Kind::True ? 1 : c.kind == Constant::Kind::False ? 0
                    : c.text.size() < 10 ? std::stoll(c.text) : INT64_MAX;
          if (lit != index) i = static_cast<int64_t>(info.params.size()) - i;
          At(e);
          if (i < 0 || i >= static_cast<int64_t>(info.params.size()))
            return RaiseError("IndexError", "tuple index out of range");
          return Emit(Op::TupleGetItem, type, {b}, static_cast<uint32_t>(i));
        }
        InstId i = ToInt(LowerExpr(index), TypeOf(index));
        At(e);
        return Emit(Op::TupleIndex, type, {b, i});
      }
      if (bk == TypeKind::Dict) {
        InstId key = LowerExpr(index);
        At(e);
        if (KindOf(type) == TypeKind::Unknown && DictFlavorOf(types_[TypeOf(base)].payload) == DictFlavor::Plain) {
          // A dict nothing is ever stored in (sema): the read raises KeyError.
          Emit(Op::DictGetItem, types_.object(), {b, key});
          return RaiseInferredEmpty();
        }
        return LowerDictItemRead(e, b, key, TypeOf(base), type);
      }
      InstId i = ToInt(LowerExpr(index), TypeOf(index));
      At(e);
      if (bk == TypeKind::Str) return Emit(Op::StrGetItem, type, {b, i});
      if (KindOf(type) == TypeKind::Unknown) {
        // A list nothing is ever stored in (sema): the read raises IndexError.
        Emit(Op::ListGetItem, types_.object(), {b, i});
        return RaiseInferredEmpty();
      }
      return Emit(Op::ListGetItem, type, {b, i});
    }
    case NodeKind::Tuple:
    case NodeKind::List: {
      // A list's items take its element type (boxed, for a list of objects).
      bool is_list = tree_.Kind(e) == NodeKind::List;
      auto elts = tree_.Items(e, TupleField::elts);
      bool spreads = false;
      for (NodeId x : elts)
        spreads |= tree_.Kind(x) == NodeKind::Starred &&
                   (is_list || KindOf(TypeOf(tree_.Node(x, StarredField::value))) != TypeKind::Tuple);
      if (spreads) {
        // Items appended as they come, a `*iterable`'s where it stands; a
        // tuple whose length is known only at run time is made from them.
        TypeId list_type = is_list ? type : ListTypeOf(types_.object());
        TypeId element = types_[list_type].params[0];
        InstId list = EmitList(Op::ListNew, list_type, {});
        for (NodeId x : elts) {
          LowerDisplayItem(x, [&](InstId item, TypeId item_type) {
            Emit(Op::ListAppend, types_.none(), {list, CoerceTo(item, item_type, element)});
          });
        }
        At(e);
        return is_list ? list : RuntimeCall("kb_tuple_from_iterable", type, {list});
      }
      std::vector<InstId> items;
      for (NodeId x : elts) {
        if (tree_.Kind(x) == NodeKind::Starred) {  // a tuple's items, in a tuple of known shape
          NodeId value = tree_.Node(x, StarredField::value);
          TypeId inner = TypeOf(value);
          InstId t = LowerExpr(value);
          for (size_t j = 0; j < types_[inner].params.size(); ++j)
            items.push_back(Emit(Op::TupleGetItem, types_[inner].params[j], {t}, static_cast<uint32_t>(j)));
          continue;
        }
        InstId item = LowerExpr(x);
        items.push_back(is_list ? CoerceTo(item, TypeOf(x), types_[type].params[0]) : item);
      }
      At(e);
      return EmitList(is_list ? Op::ListNew : Op::TupleNew, type, items);
    }
    default:
      return Emit(Op::ConstNone, type, {});
  }
}

// Optional numbers in arithmetic or an ordering: a None operand goes to the
// run-time dispatch, which raises CPython's TypeError (unsupported operand
// type(s) for +: 'NoneType' and 'float'); otherwise the number is unboxed.
void FunctionLowering::UnwrapOptionalNumbers(InstId& l, TypeId& lt, InstId& r, TypeId& rt,
                                             const std::function<void(InstId, InstId)>& raise) {
  auto optional_number = [&](TypeId t) {
    if (KindOf(t) != TypeKind::Optional) return false;
    TypeKind k = KindOf(types_[t].params[0]);
    return k == TypeKind::Int || k == TypeKind::Float || k == TypeKind::Bool;
  };
  if (!optional_number(lt) && !optional_number(rt)) return;
  BlockId fail = NewBlock();
  for (auto [v, t] : {std::pair{l, lt}, std::pair{r, rt}}) {
    if (!optional_number(t)) continue;
    BlockId not_none = NewBlock();
    Emit(Op::CondBranch, types_.none(), {Emit(Op::IsNone, types_.bool_(), {v})}, fail.index, not_none.index);
    SetBlock(not_none);
  }
  BlockId ok = current_;
  SetBlock(fail);
  raise(CoerceTo(l, lt, types_.object()), CoerceTo(r, rt, types_.object()));
  Emit(Op::Unreachable, types_.none(), {});
  SetBlock(ok);
  if (optional_number(lt)) {
    lt = types_[lt].params[0];
    l = Emit(Op::Unbox, lt, {l});
  }
  if (optional_number(rt)) {
    rt = types_[rt].params[0];
    r = Emit(Op::Unbox, rt, {r});
  }
}

InstId FunctionLowering::LowerBinary(BinaryOp op, InstId l, TypeId lt, InstId r, TypeId rt, TypeId result, NodeId at) {
  if (InstId call = OperatorCall(at, l, r, result); call.IsValid()) return call;
  if (at.IsValid() && (KindOf(lt) == TypeKind::Object || KindOf(rt) == TypeKind::Object) &&
      instance_.dynamic_cases.count(at.index))
    return LowerDynamicOperator(at, l, r, rt, [&] {
      TypeId object = types_.object();
      return Emit(Op::ObjectBinary, object, {CoerceTo(l, lt, object), CoerceTo(r, rt, object)}, static_cast<uint32_t>(op));
    });
  UnwrapOptionalNumbers(l, lt, r, rt, [&](InstId a, InstId b) {
    Emit(Op::ObjectBinary, types_.object(), {a, b}, static_cast<uint32_t>(op));
  });
  TypeKind lk = KindOf(lt), rk = KindOf(rt), res = KindOf(result);
  auto is_int = [](TypeKind k) { return k == TypeKind::Int || k == TypeKind::Bool; };
  if (res == TypeKind::Set) return Emit(Op::SetBinary, result, {l, r}, static_cast<uint32_t>(op));
  if (res == TypeKind::Bytes) {
    if (op == BinaryOp::Add) return RuntimeCall("kb_bytes_concat", result, {l, r});
    if (lk == TypeKind::Bytes) return RuntimeCall("kb_bytes_repeat", result, {l, ToInt(r, rt)});
    return RuntimeCall("kb_bytes_repeat", result, {r, ToInt(l, lt)});
  }
  if ((lk == TypeKind::Bytes || rk == TypeKind::Bytes) && op == BinaryOp::Add && lk == TypeKind::Bytes)
    return RuntimeCall("kb_bytes_concat", types_.Find(TypeKind::Bytes), {l, r});  // raises TypeError: can't concat
  if (res == TypeKind::Object)
    return Emit(Op::ObjectBinary, result, {CoerceTo(l, lt, result), CoerceTo(r, rt, result)}, static_cast<uint32_t>(op));
  if (res == TypeKind::Complex) {
    // The runtime's complex arithmetic; the result word is the complex itself.
    TypeId object = types_.object();
    return Emit(Op::ObjectBinary, result, {CoerceTo(l, lt, object), CoerceTo(r, rt, object)}, static_cast<uint32_t>(op));
  }
  if (res == TypeKind::Float) {
    if (is_int(lk) && is_int(rk) && op == BinaryOp::Div)
      return Emit(Op::IntTrueDiv, result, {ToInt(l, lt), ToInt(r, rt)});
    if (is_int(lk) && is_int(rk) && op == BinaryOp::Pow)
      return Emit(Op::IntPowFloat, result, {ToInt(l, lt), ToInt(r, rt)});
    return Emit(Op::FloatBinary, result, {ToFloat(l, lt), ToFloat(r, rt)}, static_cast<uint32_t>(op));
  }
  if (res == TypeKind::Int) return Emit(Op::IntBinary, result, {ToInt(l, lt), ToInt(r, rt)}, static_cast<uint32_t>(op));
  if (res == TypeKind::Bool) {  // bool & | ^ bool
    InstId v = Emit(Op::IntBinary, types_.int_(), {ToInt(l, lt), ToInt(r, rt)}, static_cast<uint32_t>(op));
    return Emit(Op::Truthy, result, {v});
  }
  if (res == TypeKind::Dict && DictFlavorOf(types_[result].payload) == DictFlavor::Counter &&
      DictFlavorOf(types_[lt].payload) == DictFlavor::Counter)
    return LowerCounterOperator(op, l, r, result);
  if (res == TypeKind::Dict && lk == TypeKind::Dict && rk == TypeKind::Dict && op == BinaryOp::BitOr) {
    // A copy of the left operand's flavour (a defaultdict | dict is a defaultdict).
    InstId merged = RuntimeCall(DictFlavorOf(types_[lt].payload) == DictFlavor::Plain ? "kb_dict_copy" : "kb_dict_copy_flavored",
                                result, {l});
    RuntimeCall("kb_dict_update", types_.none(), {merged, r});
    return merged;
  }
  if (res == TypeKind::List) {
    if (op == BinaryOp::Add) return Emit(Op::ListConcat, result, {l, r});
    if (lk == TypeKind::List) return Emit(Op::ListRepeat, result, {l, ToInt(r, rt)});
    return Emit(Op::ListRepeat, result, {r, ToInt(l, lt)});
  }
  if (res == TypeKind::ByteArray) {
    if (op == BinaryOp::Add) return RuntimeCall("kb_bytearray_concat", result, {l, r});
    if (lk == TypeKind::ByteArray) return RuntimeCall("kb_bytearray_repeat", result, {l, ToInt(r, rt)});
    return RuntimeCall("kb_bytearray_repeat", result, {r, ToInt(l, lt)});
  }
  if (res == TypeKind::Tuple && lk == TypeKind::Tuple && rk == TypeKind::Tuple)
    return RuntimeCall("kb_tuple_concat", result, {l, r});
  if (res == TypeKind::Tuple)
    return lk == TypeKind::Tuple ? RuntimeCall("kb_tuple_repeat", result, {l, ToInt(r, rt)})
                                 : RuntimeCall("kb_tuple_repeat", result, {r, ToInt(l, lt)});
  if (res == TypeKind::Str) {
    if (op == BinaryOp::Mod) return Emit(Op::StrMod, result, {l, Emit(Op::Box, types_.object(), {r})});
    if (op == BinaryOp::Add) return Emit(Op::StrConcat, result, {l, r});
    return Emit(Op::StrRepeat, result, {l, ToInt(r, rt)});
  }
  if (lk == TypeKind::Unknown || rk == TypeKind::Unknown) return Emit(Op::ConstNone, result, {});
  // A combination CPython rejects: the run-time dispatch raises its TypeError,
  // with its message.
  TypeId object = types_.object();
  return Emit(Op::ObjectBinary, object, {CoerceTo(l, lt, object), CoerceTo(r, rt, object)}, static_cast<uint32_t>(op));
}

InstId FunctionLowering::LowerCompare(CmpOp op, InstId l, TypeId lt, InstId r, TypeId rt) {
  if (op == CmpOp::Lt || op == CmpOp::LtE || op == CmpOp::Gt || op == CmpOp::GtE) {
    UnwrapOptionalNumbers(l, lt, r, rt, [&](InstId a, InstId b) {
      Emit(Op::ObjectCompare, types_.bool_(), {a, b}, static_cast<uint32_t>(op));
    });
  }
  TypeKind lk = KindOf(lt), rk = KindOf(rt);
  auto is_int = [](TypeKind k) { return k == TypeKind::Int || k == TypeKind::Bool; };
  TypeId b = types_.bool_();
  if (op == CmpOp::Is || op == CmpOp::IsNot) {
    // An Optional against None is tested at run time; otherwise `x is None`
    // is decided by x's type.
    if ((lk == TypeKind::Optional && rk == TypeKind::NoneType) || (rk == TypeKind::Optional && lk == TypeKind::NoneType)) {
      InstId is_none = Emit(Op::IsNone, b, {lk == TypeKind::Optional ? l : r});
      return op == CmpOp::Is ? is_none : Emit(Op::BoolNot, b, {is_none});
    }
    if (lk == TypeKind::NoneType || rk == TypeKind::NoneType) {
      // None against an object is tested; against any other type it is decided.
      if (lk == TypeKind::Object || rk == TypeKind::Object) {
        InstId is_none = Emit(Op::IsNone, b, {lk == TypeKind::Object ? l : r});
        return op == CmpOp::Is ? is_none : Emit(Op::BoolNot, b, {is_none});
      }
      bool same = lk == rk;
      return Emit(Op::ConstBool, b, {}, (op == CmpOp::Is) == same ? 1 : 0);
    }
    // Otherwise the boxed words are compared: the same object, the same
    // singleton (True, False), the same small int (sema rejects floats).
    InstId same = Emit(Op::SameObject, b, {l, r});
    return op == CmpOp::Is ? same : Emit(Op::BoolNot, b, {same});
  }
  if (op == CmpOp::In || op == CmpOp::NotIn) {
    // `x in generator` resumes it until an item equals x (kb_object_contains).
    if (rk == TypeKind::Generator) r = CoerceTo(r, rt, types_.object());
    InstId in = rk == TypeKind::Range       ? RuntimeCall("kb_range_contains", b, {r, l})
                : rk == TypeKind::ByteArray ? RuntimeCall("kb_bytearray_contains", b, {r, l})
                                            : Emit(Op::Contains, b, {r, l});
    return op == CmpOp::In ? in : Emit(Op::BoolNot, b, {in});
  }
  if (lk == TypeKind::Set && rk == TypeKind::Set) return Emit(Op::SetCompare, b, {l, r}, static_cast<uint32_t>(op));
  if (lk == TypeKind::Object || rk == TypeKind::Object) {
    TypeId object = types_.object();
    return Emit(Op::ObjectCompare, b, {CoerceTo(l, lt, object), CoerceTo(r, rt, object)}, static_cast<uint32_t>(op));
  }
  if (is_int(lk) && is_int(rk)) return Emit(Op::IntCompare, b, {ToInt(l, lt), ToInt(r, rt)}, static_cast<uint32_t>(op));
  if (lk == TypeKind::Float && rk == TypeKind::Float) return Emit(Op::FloatCompare, b, {l, r}, static_cast<uint32_t>(op));
  // int against float: exactly, never through float(int) (which rounds above
  // 2**53 and overflows above 1e308); the float on the left swaps the order.
  if (is_int(lk) && rk == TypeKind::Float) return Emit(Op::IntFloatCompare, b, {ToInt(l, lt), r}, static_cast<uint32_t>(op));
  if (lk == TypeKind::Float && is_int(rk)) {
    CmpOp swapped = op == CmpOp::Lt ? CmpOp::Gt : op == CmpOp::Gt ? CmpOp::Lt : op == CmpOp::LtE ? CmpOp::GtE
                  : op == CmpOp::GtE ? CmpOp::LtE : op;
    return Emit(Op::IntFloatCompare, b, {ToInt(r, rt), l}, static_cast<uint32_t>(swapped));
  }
  if (lk == TypeKind::Str && rk == TypeKind::Str) return Emit(Op::StrCompare, b, {l, r}, static_cast<uint32_t>(op));
  if (lk == TypeKind::Unknown || rk == TypeKind::Unknown) return Emit(Op::ConstNone, types_.unknown(), {});
  if ((op == CmpOp::Eq || op == CmpOp::NotEq) && lk == TypeKind::NoneType && rk == TypeKind::NoneType)
    return Emit(Op::ConstBool, b, {}, op == CmpOp::Eq);
  // Containers, instances, None and mixes of types compare at run time, boxed:
  // elementwise, by identity for instances, or CPython's TypeError for an order
  // the types do not have.
  TypeId object = types_.object();
  return Emit(Op::ObjectCompare, b, {CoerceTo(l, lt, object), CoerceTo(r, rt, object)}, static_cast<uint32_t>(op));
}

// a < b < c: each operand evaluated once, stopping at the first false.
InstId FunctionLowering::LowerCompareChain(NodeId e) {
  NodeId left = tree_.Node(e, CompareField::left);
  auto ops = tree_.RawItems(tree_.List(e, CompareField::ops));
  auto comparators = tree_.Items(e, CompareField::comparators);
  InstId l = LowerExpr(left);
  TypeId lt = TypeOf(left);
  if (ops.size() == 1) {
    InstId r = LowerExpr(comparators[0]);
    At(e);
    if (InstId call = OperatorCall(e, l, r, types_.bool_()); call.IsValid())
      return instance_.negated_comparisons.count(e.index) ? Emit(Op::BoolNot, types_.bool_(), {call}) : call;
    return LowerCompare(static_cast<CmpOp>(ops[0]), l, lt, r, TypeOf(comparators[0]));
  }
  uint32_t result = NewTemp(types_.bool_(), "$compare");
  BlockId done = NewBlock();
  for (size_t i = 0; i < ops.size(); ++i) {
    InstId r = LowerExpr(comparators[i]);
    At(e);
    InstId c = LowerCompare(static_cast<CmpOp>(ops[i]), l, lt, r, TypeOf(comparators[i]));
    Emit(Op::StoreLocal, types_.none(), {c}, result);
    if (i + 1 < ops.size()) {
      BlockId next = NewBlock();
      Emit(Op::CondBranch, types_.none(), {c}, next.index, done.index);
      SetBlock(next);
    }
    l = r;
    lt = TypeOf(comparators[i]);
  }
  BranchTo(done);
  SetBlock(done);
  return Emit(Op::LoadLocal, types_.bool_(), {}, result);
}

// `a and b` is a if a is false, else b; `a or b` is a if a is true, else b.
InstId FunctionLowering::LowerBoolOp(NodeId e) {
  TypeId type = TypeOf(e);
  bool is_and = static_cast<BoolOp>(tree_.Field(e, BoolOpField::op)) == BoolOp::And;
  auto values = tree_.Items(e, BoolOpField::values);
  uint32_t result = NewTemp(type, "$boolop");
  BlockId done = NewBlock();
  for (size_t i = 0; i < values.size(); ++i) {
    InstId v = LowerExpr(values[i]);
    TypeId t = TypeOf(values[i]);
    if (i + 1 == values.size()) {
      StoreSlot(result, v, t);
      break;
    }
    if (!is_and && KindOf(t) == TypeKind::NoneType) continue;  // false: never the result (see sema)
    InstId truth = ToBool(v, t);
    BlockId taken = NewBlock(), next = NewBlock();
    Emit(Op::CondBranch, types_.none(), {truth}, (is_and ? next : taken).index, (is_and ? taken : next).index);
    SetBlock(taken);
    if (!is_and && KindOf(t) == TypeKind::Optional) {  // true: not None (see sema)
      t = types_[t].params[0];
      v = Emit(Op::CheckNotNone, t, {v}, module_.StrConstant(""));
    }
    StoreSlot(result, v, t);
    BranchTo(done);
    SetBlock(next);
  }
  BranchTo(done);
  SetBlock(done);
  return Emit(Op::LoadLocal, type, {}, result);
}

InstId FunctionLowering::LowerIfExp(NodeId e) {
  TypeId type = TypeOf(e);
  uint32_t result = NewTemp(type, "$ifexp");
  InstId cond = LowerCondition(tree_.Node(e, IfExpField::test));
  BlockId yes = NewBlock(), no = NewBlock(), done = NewBlock();
  Emit(Op::CondBranch, types_.none(), {cond}, yes.index, no.index);
  SetBlock(yes);
  NodeId body = tree_.Node(e, IfExpField::body), orelse = tree_.Node(e, IfExpField::orelse);
  StoreSlot(result, LowerExpr(body), TypeOf(body));
  BranchTo(done);
  SetBlock(no);
  StoreSlot(result, LowerExpr(orelse), TypeOf(orelse));
  BranchTo(done);
  SetBlock(done);
  return Emit(Op::LoadLocal, type, {}, result);
}

// An item of a list, set or tuple display: `use` gets the value, or each
// item of a `*iterable` in turn, as it is reached.
void FunctionLowering::LowerDisplayItem(NodeId x, const std::function<void(InstId, TypeId)>& use) {
  if (tree_.Kind(x) != NodeKind::Starred) {
    use(LowerExpr(x), TypeOf(x));
    return;
  }
  NodeId iterable = tree_.Node(x, StarredField::value);
  TypeId element = ItemTypeOf(TypeOf(iterable));
  LowerLoop(iterable, NodeId(), [&] { use(loop_item_, element); }, [] {});
}

}  // namespace keelback::ir::lowering
