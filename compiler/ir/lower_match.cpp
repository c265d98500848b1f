// Lowering of the match statement: each case's pattern becomes a chain of
// tests that branch to the next case when one fails, with captures stored
// as the tests pass (CPython binds them in the same order). What sema
// decided at compile time (never_matching_patterns, a Class type's class)
// needs no test.
#include "ir/lowering.h"

namespace keelback::ir::lowering {

void FunctionLowering::FailUnless(InstId condition, BlockId fail) {
  BlockId ok = NewBlock();
  Emit(Op::CondBranch, types_.none(), {condition}, ok.index, fail.index);
  SetBlock(ok);
}

void FunctionLowering::LowerMatch(NodeId s) {
  NodeId subject_node = tree_.Node(s, MatchField::subject);
  TypeId subject_type = TypeOf(subject_node);
  uint32_t subject = NewTemp(subject_type, "$subject");
  Emit(Op::StoreLocal, types_.none(), {LowerExpr(subject_node)}, subject);
  BlockId end = NewBlock();
  for (NodeId c : tree_.Items(s, MatchField::cases)) {
    BlockId next = NewBlock();
    NodeId pattern = tree_.Node(c, MatchCaseField::pattern);
    At(pattern);
    LowerPattern(pattern, Emit(Op::LoadLocal, subject_type, {}, subject), subject_type, next);
    NodeId guard = tree_.Node(c, MatchCaseField::guard);
    if (guard.IsValid()) FailUnless(LowerCondition(guard), next);
    LowerBlock(tree_.Items(c, MatchCaseField::body));
    BranchTo(end);
    SetBlock(next);
  }
  BranchTo(end);
  SetBlock(end);
}

// Tests `value` (of type `type`) against pattern `p`; control goes on in the
// current block when it matches, to `fail` when not. Recursion is bounded by
// sema's kMaxPatternDepth.
void FunctionLowering::LowerPattern(NodeId p, InstId value, TypeId type, BlockId fail) {
  At(p);
  TypeId b = types_.bool_();
  auto constant_int = [&](int64_t n) { return Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant(std::to_string(n))); };
  if (instance_.never_matching_patterns.count(p.index)) {
    BranchTo(fail);
    SetBlock(NewBlock());  // the sub-patterns' code: never reached
    return;
  }
  switch (tree_.Kind(p)) {
    case NodeKind::MatchValue: {
      NodeId v = tree_.Node(p, MatchValueField::value);
      InstId other = LowerExpr(v);
      At(p);
      FailUnless(LowerCompare(CmpOp::Eq, value, type, other, TypeOf(v)), fail);
      return;
    }
    case NodeKind::MatchSingleton: {
      const Constant& c = tree_.GetConstant(ConstantId(tree_.Field(p, MatchSingletonField::value)));
      InstId constant = c.kind == Constant::Kind::None ? Emit(Op::ConstNone, types_.none(), {})
                                                       : Emit(Op::ConstBool, b, {}, c.kind == Constant::Kind::True ? 1 : 0);
      TypeId constant_type = c.kind == Constant::Kind::None ? types_.none() : b;
      TypeKind k = KindOf(type);
      InstId test;
      if (k == TypeKind::Bool && c.kind != Constant::Kind::None) {
        test = c.kind == Constant::Kind::True ? value : Emit(Op::BoolNot, b, {value});
      } else if (k == TypeKind::Object && c.kind != Constant::Kind::None) {
        test = Emit(Op::SameObject, b, {value, CoerceTo(constant, constant_type, types_.object())});
      } else {
        test = LowerCompare(CmpOp::Is, value, type, constant, constant_type);
      }
      FailUnless(test, fail);
      return;
    }
    case NodeKind::MatchAs: {
      NodeId sub = tree_.Node(p, MatchAsField::pattern);
      if (sub.IsValid()) LowerPattern(sub, value, type, fail);
      if (tree_.Ident(p, MatchAsField::name).IsValid()) StoreTo(p, value, type);
      return;
    }
    case NodeKind::MatchOr: {
      auto alternatives = tree_.Items(p, MatchOrField::patterns);
      BlockId matched = NewBlock();
      for (size_t i = 0; i < alternatives.size(); ++i) {
        BlockId next = i + 1 < alternatives.size() ? NewBlock() : fail;
        LowerPattern(alternatives[i], value, type, next);
        BranchTo(matched);
        if (i + 1 < alternatives.size()) SetBlock(next);
      }
      SetBlock(matched);
      return;
    }
    case NodeKind::MatchSequence: {
      auto items = tree_.Items(p, MatchSequenceField::patterns);
      size_t star = items.size();
      for (size_t i = 0; i < items.size(); ++i)
        if (tree_.Kind(items[i]) == NodeKind::MatchStar) star = i;
      bool has_star = star < items.size();
      int64_t fixed = static_cast<int64_t>(items.size() - (has_star ? 1 : 0));
      int64_t after = has_star ? static_cast<int64_t>(items.size() - star - 1) : 0;
      TypeKind k = KindOf(type);
      std::vector<InstId> values(items.size());
      std::vector<TypeId> value_types(items.size());
      if (k == TypeKind::List || k == TypeKind::Object) {
        InstId length;
        TypeId element = types_.object();
        if (k == TypeKind::List) {
          element = types_[type].params[0];
          length = Emit(Op::ListLen, types_.int_(), {value});
        } else {
          // Sequence patterns match lists and tuples (never a str or a dict).
          BlockId is_sequence = NewBlock(), try_tuple = NewBlock();
          Emit(Op::CondBranch, types_.none(),
               {Emit(Op::IsInstance, b, {value}, module_.StrConstant("list"), 1)}, is_sequence.index, try_tuple.index);
          SetBlock(try_tuple);
          Emit(Op::CondBranch, types_.none(),
               {Emit(Op::IsInstance, b, {value}, module_.StrConstant("tuple"), 1)}, is_sequence.index, fail.index);
          SetBlock(is_sequence);
          length = Emit(Op::ObjectLen, types_.int_(), {value});
        }
        FailUnless(Emit(Op::IntCompare, b, {length, constant_int(fixed)},
                        static_cast<uint32_t>(has_star ? CmpOp::GtE : CmpOp::Eq)), fail);
        auto item = [&](InstId index) {
          if (k == TypeKind::List) return Emit(Op::ListGetItem, element, {value, index});
          return Emit(Op::ObjectGetItem, element, {value, CoerceTo(index, types_.int_(), types_.object())});
        };
        for (size_t i = 0; i < items.size(); ++i) {
          if (i == star) continue;
          int64_t index = i < star ? static_cast<int64_t>(i) : -static_cast<int64_t>(items.size() - i);
          values[i] = item(constant_int(index));
          value_types[i] = element;
        }
        if (has_star) {
          TypeId list = TypeOf(items[star]);
          InstId rest;
          if (k == TypeKind::List) {
            InstId none = Emit(Op::ConstNone, types_.none(), {});
            rest = Emit(Op::ListSlice, list, {value, constant_int(static_cast<int64_t>(star)),
                                              after ? constant_int(-after) : none, none});
          } else {
            // The items between: a new list, item by item.
            uint32_t items_slot = NewTemp(list, "$rest");
            uint32_t index_slot = NewTemp(types_.int_(), "$i");
            Emit(Op::StoreLocal, types_.none(), {EmitList(Op::ListNew, list, {})}, items_slot);
            Emit(Op::StoreLocal, types_.none(), {constant_int(static_cast<int64_t>(star))}, index_slot);
            InstId stop = Emit(Op::IntBinary, types_.int_(), {length, constant_int(after)},
                               static_cast<uint32_t>(BinaryOp::Sub));
            BlockId header = NewBlock(), body = NewBlock(), done = NewBlock();
            BranchTo(header);
            SetBlock(header);
            InstId i = Emit(Op::LoadLocal, types_.int_(), {}, index_slot);
            Emit(Op::CondBranch, types_.none(),
                 {Emit(Op::IntCompare, b, {i, stop}, static_cast<uint32_t>(CmpOp::Lt))}, body.index, done.index);
            SetBlock(body);
            Emit(Op::ListAppend, types_.none(), {Emit(Op::LoadLocal, list, {}, items_slot), item(i)});
            Emit(Op::StoreLocal, types_.none(),
                 {Emit(Op::IntBinary, types_.int_(), {i, constant_int(1)}, static_cast<uint32_t>(BinaryOp::Add))},
                 index_slot);
            BranchTo(header);
            SetBlock(done);
            rest = Emit(Op::LoadLocal, list, {}, items_slot);
          }
          values[star] = rest;
          value_types[star] = list;
        }
      } else if (k == TypeKind::Tuple) {
        const TypeInfo& info = types_[type];
        size_t length = info.params.size();
        for (size_t i = 0; i < items.size(); ++i) {
          if (i == star) continue;
          size_t index = i < star ? i : length - (items.size() - i);
          values[i] = Emit(Op::TupleGetItem, info.params[index], {value}, static_cast<uint32_t>(index));
          value_types[i] = info.params[index];
        }
        if (has_star) {
          TypeId list = TypeOf(items[star]);
          TypeId element = types_[list].params[0];
          std::vector<InstId> middle;
          for (size_t i = star; i < length - static_cast<size_t>(after); ++i)
            middle.push_back(CoerceTo(Emit(Op::TupleGetItem, info.params[i], {value}, static_cast<uint32_t>(i)),
                                      info.params[i], element));
          values[star] = EmitList(Op::ListNew, list, middle);
          value_types[star] = list;
        }
      } else {
        BranchTo(fail);  // sema decided: not a sequence
        SetBlock(NewBlock());
        return;
      }
      for (size_t i = 0; i < items.size(); ++i) {
        if (i == star) {
          if (tree_.Ident(items[i], MatchStarField::name).IsValid()) StoreTo(items[i], values[i], value_types[i]);
          continue;
        }
        LowerPattern(items[i], values[i], value_types[i], fail);
      }
      return;
    }
    case NodeKind::MatchMapping: {
      // dict[K, V] only (sema): every key present, then the values' patterns.
      auto keys = tree_.Items(p, MatchMappingField::keys);
      auto patterns = tree_.Items(p, MatchMappingField::patterns);
      TypeId key_type = types_[type].params[0], value_type = types_[type].params[1];
      std::vector<InstId> key_values;
      for (NodeId k : keys) {
        InstId key = CoerceTo(LowerExpr(k), TypeOf(k), key_type);
        At(p);
        FailUnless(Emit(Op::Contains, b, {value, key}), fail);
        key_values.push_back(key);
      }
      std::vector<InstId> values;
      for (InstId key : key_values) values.push_back(Emit(Op::DictGetItem, value_type, {value, key}));
      if (tree_.Ident(p, MatchMappingField::rest).IsValid()) {
        InstId rest = EmitList(Op::DictMethod, type, {value}, static_cast<uint32_t>(DictMethod::Copy));
        for (InstId key : key_values) Emit(Op::DelItem, types_.none(), {rest, key});
        StoreTo(p, rest, type);
      }
      for (size_t i = 0; i < patterns.size(); ++i) LowerPattern(patterns[i], values[i], value_type, fail);
      return;
    }
    case NodeKind::MatchClass: {
      NodeId cls = tree_.Node(p, MatchClassField::cls);
      TypeId class_type = TypeOf(cls);
      TypeKind k = KindOf(type);
      if (KindOf(class_type) == TypeKind::ClassObject) {
        TypeId narrowed = instance_.pattern_narrowed.at(p.index);
        InstId object = value;
        if (k == TypeKind::Object) {
          FailUnless(Emit(Op::TypeIs, b, {value}, types_[class_type].payload, 0), fail);
          object = Emit(Op::Unbox, narrowed, {value});
        }
        if (auto error = instance_.pattern_errors.find(p.index); error != instance_.pattern_errors.end()) {
          RaiseError("TypeError", error->second);
          return;
        }
        const ClassInfo& info = program_.classes[types_[narrowed].payload];
        const std::vector<int32_t>& fields = instance_.class_pattern_fields.at(p.index);
        std::vector<NodeId> subs;
        for (NodeId sub : tree_.Items(p, MatchClassField::patterns)) subs.push_back(sub);
        for (NodeId sub : tree_.Items(p, MatchClassField::kwd_patterns)) subs.push_back(sub);
        for (size_t i = 0; i < subs.size(); ++i) {
          if (fields[i] < 0) {  // no such attribute: the pattern fails
            BranchTo(fail);
            SetBlock(NewBlock());
            return;
          }
          TypeId field_type = info.fields[static_cast<size_t>(fields[i])].type;
          At(subs[i]);
          InstId field = Emit(Op::GetField, field_type, {object}, static_cast<uint32_t>(fields[i]));
          LowerPattern(subs[i], field, field_type, fail);
        }
        return;
      }
      // A built-in class: tested on an object when it runs (sema decided the rest).
      if (k == TypeKind::Object) {
        std::string name;
        if (KindOf(class_type) == TypeKind::ExceptionClass) {
          name = ExceptionClassName(types_[class_type].payload);
        } else {
          switch (static_cast<BuiltinFunction>(types_[class_type].payload)) {
            case BuiltinFunction::Int: name = "int"; break;
            case BuiltinFunction::Bool: name = "bool"; break;
            case BuiltinFunction::Float: name = "float"; break;
            case BuiltinFunction::Str: name = "str"; break;
            case BuiltinFunction::List: name = "list"; break;
            case BuiltinFunction::Dict: name = "dict"; break;
            case BuiltinFunction::Set: name = "set"; break;
            default: name = "frozenset"; break;
          }
        }
        FailUnless(Emit(Op::IsInstance, b, {value}, module_.StrConstant(name), 1), fail);
      }
      for (NodeId sub : tree_.Items(p, MatchClassField::patterns)) LowerPattern(sub, value, type, fail);
      return;
    }
    default:
      return;  // sema rejected it
  }
}

}  // namespace keelback::ir::lowering
