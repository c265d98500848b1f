// Lowering of for loops over every kind of iterable (lists, strs, ranges,
// dicts and their views, sets, zip, enumerate, reversed, objects), and of sorting.
#include "ir/lowering.h"

#include <algorithm>
#include <array>

namespace keelback::ir::lowering {

InstId FunctionLowering::SequenceLength(TypeKind kind, InstId sequence) {
  TypeId int_type = types_.int_();
  if (kind == TypeKind::Str) return Emit(Op::StrLen, int_type, {sequence});
  if (kind == TypeKind::Bytes) return RuntimeCall("kb_bytes_len", int_type, {sequence});
  if (kind == TypeKind::Range) return RuntimeCall("kb_range_len", int_type, {sequence});
  if (kind == TypeKind::ByteArray) return RuntimeCall("kb_bytearray_len", int_type, {sequence});
  if (kind == TypeKind::Object || kind == TypeKind::Set || kind == TypeKind::Tuple)
    return Emit(Op::ObjectLen, int_type, {sequence});
  return Emit(Op::ListLen, int_type, {sequence});
}

InstId FunctionLowering::SequenceItem(TypeKind kind, TypeId element, InstId sequence, InstId index) {
  if (kind == TypeKind::Generator) return Emit(Op::GeneratorYielded, element, {sequence});
  if (kind == TypeKind::Str) return Emit(Op::StrGetItem, element, {sequence, index});
  if (kind == TypeKind::Bytes) return RuntimeCall("kb_bytes_getitem", element, {sequence, index});
  if (kind == TypeKind::Range) return RuntimeCall("kb_range_getitem", element, {sequence, index});
  if (kind == TypeKind::ByteArray) return RuntimeCall("kb_bytearray_getitem", element, {sequence, index});
  if (kind == TypeKind::Object || kind == TypeKind::Set || kind == TypeKind::Tuple) {
    InstId item = Emit(Op::ObjectIterItem, types_.object(), {sequence, index});
    return kind == TypeKind::Object ? item : Emit(Op::Unbox, element, {item});
  }
  return Emit(Op::ListGetItem, element, {sequence, index});
}

TypeId FunctionLowering::ItemTypeOf(TypeId iterable) const {
  switch (KindOf(iterable)) {
    case TypeKind::Str: return types_.str();
    case TypeKind::Range: return types_.int_();
    case TypeKind::Bytes: return types_.int_();
    case TypeKind::ByteArray: return types_.int_();
    case TypeKind::File:  // its lines
      return types_[iterable].payload == 1 ? types_.Find(TypeKind::Bytes) : types_.str();
    case TypeKind::Object: return types_.object();
    case TypeKind::Tuple: return types_.TupleItemType(iterable);
    case TypeKind::Class: {
      // What the generator its __iter__ returns yields, or what the
      // __next__ of the iterator object it returns returns.
      InstanceId iter = program_.classes[types_[iterable].payload].iter_instance;
      TypeId it = program_[iter].return_type;
      if (KindOf(it) == TypeKind::Generator) return types_[it].params[0];
      return program_[program_.classes[types_[it].payload].next_instance].return_type;
    }
    default: return types_[iterable].params[0];  // list, set, dict (its keys), an iterator, a generator
  }
}

// `for x in reversed(seq)`, as CPython's reverse iterators walk: from the
// index len(seq) - 1 taken at the start, down to 0, stopping early if the
// sequence has become shorter than the index.
void FunctionLowering::LowerReversedLoop(NodeId iter, NodeId target, const std::function<void()>& body_fn,
                                         const std::function<void()>& orelse_fn) {
  TypeId int_type = types_.int_();
  NodeId source = tree_.Items(iter, CallField::args)[0];
  TypeId source_type = TypeOf(source);
  TypeKind kind = KindOf(source_type);
  TypeId element = types_[TypeOf(iter)].params[0];
  if (kind == TypeKind::Range) {
    // The range of the same items backwards, counted through as a range object.
    InstId r = LowerExpr(source);
    At(iter);
    given_range_ = RuntimeCall("kb_range_reversed", source_type, {r});
    LowerLoop(source, target, body_fn, orelse_fn);
    return;
  }
  InstId sequence = LowerExpr(source);
  if (kind == TypeKind::Tuple) sequence = CoerceTo(sequence, source_type, types_.object());
  At(iter);
  InstId one = Emit(Op::ConstInt, int_type, {}, module_.IntConstant("1"));
  InstId zero = Emit(Op::ConstInt, int_type, {}, module_.IntConstant("0"));
  uint32_t counter = NewTemp(int_type, "$index");
  Emit(Op::StoreLocal, types_.none(),
       {Emit(Op::IntBinary, int_type, {SequenceLength(kind, sequence), one}, static_cast<uint32_t>(BinaryOp::Sub))},
       counter);
  BlockId header = NewBlock(), check = NewBlock(), body = NewBlock(), step_block = NewBlock(), orelse = NewBlock(),
          exit = NewBlock();
  BranchTo(header);
  SetBlock(header);
  InstId i = Emit(Op::LoadLocal, int_type, {}, counter);
  Emit(Op::CondBranch, types_.none(), {Emit(Op::IntCompare, types_.bool_(), {i, zero}, static_cast<uint32_t>(CmpOp::GtE))},
       check.index, orelse.index);
  SetBlock(check);
  Emit(Op::CondBranch, types_.none(),
       {Emit(Op::IntCompare, types_.bool_(), {i, SequenceLength(kind, sequence)}, static_cast<uint32_t>(CmpOp::Lt))},
       body.index, orelse.index);
  SetBlock(body);
  InstId item = SequenceItem(kind, element, sequence, i);
  if (target.IsValid()) StoreTo(target, item, element);
  loop_item_ = item;
  loops_.push_back({step_block, exit, active_catches_});
  body_fn();
  loops_.pop_back();
  BranchTo(step_block);
  SetBlock(step_block);
  At(iter);
  InstId current = Emit(Op::LoadLocal, int_type, {}, counter);
  Emit(Op::StoreLocal, types_.none(), {Emit(Op::IntBinary, int_type, {current, one}, static_cast<uint32_t>(BinaryOp::Sub))},
       counter);
  BranchTo(header);
  SetBlock(orelse);
  orelse_fn();
  BranchTo(exit);
  SetBlock(exit);
}

bool FunctionLowering::LoopMayFinalize(NodeId iter) const {
  auto finalizes = [&](NodeId n) {
    TypeId t = TypeOf(n);
    if (KindOf(t) == TypeKind::Class) {
      InstanceId it = program_.classes[types_[t].payload].iter_instance;
      return it.IsValid() && program_.IsFinalizingGenerator(program_[it].return_type);
    }
    return program_.IsFinalizingGenerator(t);
  };
  if (finalizes(iter)) return true;
  if (tree_.Kind(iter) == NodeKind::Call)
    for (NodeId a : tree_.Items(iter, CallField::args))
      if (finalizes(a)) return true;
  return false;
}

void FunctionLowering::LowerLoop(NodeId iter, NodeId target, const std::function<void()>& body_fn,
                                 const std::function<void()>& orelse_fn) {
  TypeId iter_type = TypeOf(iter);
  if ((tree_.Kind(iter) == NodeKind::List && tree_.Items(iter, ListField::elts).empty()) ||
      (tree_.Kind(iter) == NodeKind::Dict && tree_.Items(iter, DictField::values).empty())) {
    // `for x in []`, `for k in {}`: the body never runs (and its items' type is unknown).
    orelse_fn();
    return;
  }
  if (KindOf(iter_type) == TypeKind::List && KindOf(types_[iter_type].params[0]) == TypeKind::Unknown) {
    // A list nothing is ever stored in (sema): empty, so the body never
    // runs; checked, since only a value seen as an object could have added
    // to it.
    InstId list = LowerExpr(iter);
    At(iter);
    CheckInferredEmpty(list, iter_type);
    orelse_fn();
    return;
  }
  if (KindOf(iter_type) == TypeKind::Iterator &&
      types_[iter_type].payload == static_cast<uint32_t>(BuiltinFunction::Reversed)) {
    LowerReversedLoop(iter, target, body_fn, orelse_fn);
    return;
  }
  if (KindOf(iter_type) == TypeKind::File) {
    LowerFileLoop(iter, target, body_fn, orelse_fn);
    return;
  }
  if (KindOf(iter_type) == TypeKind::Iterator && (types_[iter_type].payload == static_cast<uint32_t>(BuiltinFunction::Map) ||
                                                  types_[iter_type].payload == static_cast<uint32_t>(BuiltinFunction::Filter))) {
    LowerMapLoop(iter, target, body_fn, orelse_fn);
    return;
  }
  TypeId int_type = types_.int_();
  TypeKind iter_kind = KindOf(iter_type);
  bool is_range = iter_kind == TypeKind::Range;
  bool is_zip = iter_kind == TypeKind::Iterator && types_[iter_type].payload == static_cast<uint32_t>(BuiltinFunction::Zip);
  // zip(*rows): walked as the list of its tuples, which kb_zip_rows makes.
  NodeId zip_rows;
  if (is_zip && tree_.Items(iter, CallField::args).size() == 1 &&
      tree_.Kind(tree_.Items(iter, CallField::args)[0]) == NodeKind::Starred) {
    zip_rows = tree_.Node(tree_.Items(iter, CallField::args)[0], StarredField::value);
    is_zip = false;
  }
  bool is_enumerate =
      iter_kind == TypeKind::Iterator && types_[iter_type].payload == static_cast<uint32_t>(BuiltinFunction::Enumerate);
  bool is_dict = iter_kind == TypeKind::Dict;
  // A dict view (d.keys(), d.values(), d.items()) is walked as the list DictMethod makes.
  bool is_view = iter_kind == TypeKind::Iterator && types_[iter_type].payload == static_cast<uint32_t>(BuiltinFunction::List);
  if (!is_range && !is_zip && !zip_rows.IsValid() && !is_enumerate && iter_kind != TypeKind::List && iter_kind != TypeKind::Str && !is_dict &&
      !is_view && iter_kind != TypeKind::Object && iter_kind != TypeKind::Set && iter_kind != TypeKind::Tuple &&
      iter_kind != TypeKind::Generator && iter_kind != TypeKind::Class && iter_kind != TypeKind::Bytes &&
      iter_kind != TypeKind::ByteArray) {
    LowerExpr(iter);  // raises (a NameError...): the loop never runs
    return;
  }
  // Blocks inside a loop that finalizes a generator are made under its
  // handler, once the generator is made (below).
  bool may_finalize = LoopMayFinalize(iter);
  BlockId header, body, step_block;
  if (!may_finalize) header = NewBlock(), body = NewBlock(), step_block = NewBlock();
  BlockId orelse = NewBlock(), exit = NewBlock();
  uint32_t counter = NewTemp(int_type, "$index");
  InstId bound = InstId(), step = InstId();
  // The sequences walked by index (one, or zip's several) and their types.
  std::vector<InstId> sequences;
  std::vector<TypeId> sequence_types;
  // A dict or set walked through a snapshot of its items: CPython's iterator
  // raises RuntimeError when the container's size changes while it walks.
  InstId watched;
  Op watched_len = Op::DictLen;
  uint32_t watched_size = 0;  // the temp holding its size at the start
  const char* changed_message = "dictionary changed size during iteration";
  int64_t constant_step = 0;  // known sign of the step, 0 when unknown
  InstId enumerate_start;     // enumerate(x, start): the start (else the count is the index)
  InstId first;               // the counter's first value
  std::vector<bool> borrowed;  // per sequence: a generator a variable holds (not the loop's to finalize)
  if (is_range && (given_range_.IsValid() || !IsRangeCall(iter))) {
    // A range object: counted from its start by its step (never 0), whose
    // sign is tested at each step.
    InstId r = given_range_.IsValid() ? given_range_ : LowerExpr(iter);
    given_range_ = InstId();
    At(iter);
    InstId start = RuntimeCall("kb_range_start", int_type, {r});
    bound = RuntimeCall("kb_range_stop", int_type, {r});
    step = RuntimeCall("kb_range_step", int_type, {r});
    Emit(Op::StoreLocal, types_.none(), {start}, counter);
    first = start;
  } else if (is_range) {
    auto args = tree_.Items(iter, CallField::args);
    std::vector<InstId> values;
    for (NodeId a : args) values.push_back(RangeArgumentInt(LowerExpr(a), TypeOf(a)));
    At(iter);
    InstId start = values.size() == 1 ? Emit(Op::ConstInt, int_type, {}, module_.IntConstant("0")) : values[0];
    bound = values.size() == 1 ? values[0] : values[1];
    if (values.size() == 3) {
      step = values[2];
      NodeId step_node = args[2];
      bool negative = false;
      if (tree_.Kind(step_node) == NodeKind::UnaryOp &&
          static_cast<UnaryOp>(tree_.Field(step_node, UnaryOpField::op)) == UnaryOp::USub) {
        negative = true;
        step_node = tree_.Node(step_node, UnaryOpField::operand);
      }
      if (tree_.Kind(step_node) == NodeKind::Constant) {
        const Constant& c = tree_.GetConstant(ConstantId(tree_.Field(step_node, ConstantField::value)));
        if (c.kind == Constant::Kind::Int && c.text != "0") constant_step = negative ? -1 : 1;
      }
      if (constant_step == 0) {
        // range() arg 3 must not be zero; the sign is chosen at each test.
        InstId zero = Emit(Op::ConstInt, int_type, {}, module_.IntConstant("0"));
        InstId is_zero = Emit(Op::IntCompare, types_.bool_(), {step, zero}, static_cast<uint32_t>(CmpOp::Eq));
        RaiseErrorIf(is_zero, "ValueError", "range() arg 3 must not be zero");
      }
    } else {
      step = Emit(Op::ConstInt, int_type, {}, module_.IntConstant("1"));
      constant_step = 1;
    }
    Emit(Op::StoreLocal, types_.none(), {start}, counter);
    first = start;
  } else {
    std::vector<NodeId> sources;
    if (zip_rows.IsValid()) {
      InstId rows = CoerceTo(LowerExpr(zip_rows), TypeOf(zip_rows), types_.object());
      At(iter);
      TypeId list_type = ListTypeOf(types_.object());
      sequences.push_back(RuntimeCall("kb_zip_rows", list_type, {rows}));
      sequence_types.push_back(list_type);
    } else if (is_zip) {
      for (NodeId a : tree_.Items(iter, CallField::args)) sources.push_back(a);
    } else if (is_enumerate) {
      auto args = tree_.Items(iter, CallField::args);
      sources.push_back(args[0]);
      // enumerate's start (positional or start=), added to the index.
      NodeId start = args.size() == 2 ? args[1] : NodeId();
      for (NodeId k : tree_.Items(iter, CallField::keywords)) start = tree_.Node(k, KeywordField::value);
      if (start.IsValid()) {
        enumerate_start = ToInt(LowerExpr(start), TypeOf(start));
      }
    } else {
      sources.push_back(iter);
    }
    for (NodeId src : sources) {
      InstId sequence;
      NodeId view_func = is_view ? tree_.Node(src, CallField::func) : NodeId();
      bool elements = view_func.IsValid() && tree_.Kind(view_func) == NodeKind::Attribute &&
                      tree_.Name(tree_.Ident(view_func, AttributeField::attr)) == "elements";
      if (elements) {
        // Counter.elements(): a list of the keys, each repeated (lower_collections.cpp).
        sequence = LowerFlavoredDictMethod(src);
      } else if (view_func.IsValid() && tree_.Kind(view_func) == NodeKind::Attribute &&
          KindOf(TypeOf(tree_.Node(view_func, AttributeField::value))) == TypeKind::Dict) {
        // d.keys(), d.values(), d.items(): the dict is kept to watch its size.
        watched = LowerExpr(tree_.Node(view_func, AttributeField::value));
        std::string_view name = tree_.Name(tree_.Ident(view_func, AttributeField::attr));
        At(src);
        sequence = Emit(Op::DictMethod, ListTypeOf(types_[TypeOf(src)].params[0]), {watched},
                        static_cast<uint32_t>(DictMethodNamed(name)));
      } else {
        sequence = LowerExpr(src);
      }
      if (sources.size() == 1 && KindOf(TypeOf(src)) == TypeKind::Set) {
        watched = sequence;
        watched_len = Op::SetLen;
        changed_message = "Set changed size during iteration";
      }
      // An object (or a set): walked through kb_object_iterable's list,
      // tuple or str (a snapshot of a set's items, in CPython's order).
      TypeKind src_kind = KindOf(TypeOf(src));
      if (src_kind == TypeKind::Object || src_kind == TypeKind::Set || src_kind == TypeKind::Tuple) {
        sequence = CoerceTo(sequence, TypeOf(src), types_.object());
        At(src);
        sequence = Emit(Op::ObjectIterable, types_.object(), {sequence});
      }
      TypeId sequence_type = TypeOf(src);
      if (src_kind == TypeKind::Class) {
        // An instance: walked through the generator its __iter__ returns.
        InstanceId iter = program_.classes[types_[sequence_type].payload].iter_instance;
        sequence_type = program_[iter].return_type;
        At(src);
        sequence = Emit(Op::Call, sequence_type, {sequence}, iter.index);
      }
      sequences.push_back(sequence);
      sequence_types.push_back(sequence_type);
      borrowed.resize(sequences.size(), false);
      borrowed.back() = tree_.Kind(src) == NodeKind::Name && src_kind == TypeKind::Generator;
    }
    if (is_dict) {
      watched = sequences[0];
      const TypeInfo& d = types_[iter_type];
      TypeId keys = ListTypeOf(d.params[0]);
      sequences[0] = Emit(Op::DictMethod, keys, {sequences[0]}, static_cast<uint32_t>(DictMethod::Keys));
      sequence_types[0] = keys;
    }
    if (is_view) sequence_types[0] = ListTypeOf(types_[iter_type].params[0]);
    At(iter);
    first = Emit(Op::ConstInt, int_type, {}, module_.IntConstant("0"));
    Emit(Op::StoreLocal, types_.none(), {first}, counter);
    if (watched.IsValid()) {
      watched_size = NewTemp(int_type, "$size");
      Emit(Op::StoreLocal, types_.none(), {Emit(watched_len, int_type, {watched})}, watched_size);
    }
  }
  // A generator the loop was given as a temporary (sema allows no other for
  // one whose body pauses inside try/finally or with) is finalized as the
  // loop ends, where CPython frees it: at a break, a return or an exception
  // leaving the body (it has finished when the loop ends by itself).
  BlockId outer_handler = current_handler_;
  uint32_t outer_catches = catches_in_try_;
  size_t cleanups_before = cleanups_.size();
  std::vector<std::pair<uint32_t, TypeId>> finalized;
  BlockId dispatch, broken;
  for (size_t k = 0; k < sequences.size(); ++k) {
    if (!program_.IsFinalizingGenerator(sequence_types[k]) || (k < borrowed.size() && borrowed[k])) continue;
    uint32_t slot = NewTemp(sequence_types[k], "$finalized");
    StoreSlot(slot, sequences[k], sequence_types[k]);
    finalized.push_back({slot, sequence_types[k]});
    Cleanup c{NodeId(), slot, sequence_types[k], InstanceId(), loops_.size(), active_catches_, outer_handler, outer_catches};
    c.finalizes_generator = true;
    cleanups_.push_back(c);
  }
  if (!finalized.empty()) {
    dispatch = NewBlock();
    broken = NewBlock();
    current_handler_ = dispatch;
    catches_in_try_ = 0;
  }
  if (may_finalize) header = NewBlock(), body = NewBlock(), step_block = NewBlock();
  BranchTo(header);

  SetBlock(header);
  if (watched.IsValid()) {
    At(iter);
    InstId size = Emit(watched_len, int_type, {watched});
    InstId start_size = Emit(Op::LoadLocal, int_type, {}, watched_size);
    InstId changed = Emit(Op::IntCompare, types_.bool_(), {size, start_size}, static_cast<uint32_t>(CmpOp::NotEq));
    RaiseErrorIf(changed, "RuntimeError", changed_message);
  }
  InstId i = Emit(Op::LoadLocal, int_type, {}, counter);
  InstId more;
  InstId tested_bound;  // what the counter was found below (or above, counting down)
  std::map<size_t, uint32_t> next_item_slots;  // sources that are iterator objects: their item's slot
  if (is_range) {
    tested_bound = bound;
    if (constant_step > 0) {
      more = Emit(Op::IntCompare, types_.bool_(), {i, bound}, static_cast<uint32_t>(CmpOp::Lt));
    } else if (constant_step < 0) {
      more = Emit(Op::IntCompare, types_.bool_(), {i, bound}, static_cast<uint32_t>(CmpOp::Gt));
    } else {
      more = Emit(Op::RangeTest, types_.bool_(), {i, bound, step, first});
    }
  } else {
    // Every sequence has an item at i (zip stops at the shortest); a
    // generator is resumed, in order, until one has finished.
    for (size_t k = 0; k < sequences.size(); ++k) {
      InstId has;
      if (KindOf(sequence_types[k]) == TypeKind::Generator) {
        has = Emit(Op::GeneratorNext, types_.bool_(), {sequences[k]});
      } else if (KindOf(sequence_types[k]) == TypeKind::Class) {
        // An iterator object: its __next__ gives the item, or raises StopIteration.
        InstanceId next = program_.classes[types_[sequence_types[k]].payload].next_instance;
        TypeId item = program_[next].return_type;
        uint32_t slot = NewTemp(item, "$next_item");
        next_item_slots[k] = slot;
        StoreSlot(slot, CallCatchingStopIteration(next, sequences[k], item, orelse), item);
        has = Emit(Op::ConstBool, types_.bool_(), {}, 1);
      } else if (KindOf(sequence_types[k]) == TypeKind::Object) {
        // An object may be a generator, walked as it yields.
        has = Emit(Op::ObjectIterHas, types_.bool_(), {sequences[k], i});
      } else {
        InstId length = SequenceLength(KindOf(sequence_types[k]), sequences[k]);
        has = Emit(Op::IntCompare, types_.bool_(), {i, length}, static_cast<uint32_t>(CmpOp::Lt));
        if (k == 0) tested_bound = length;
      }
      if (k + 1 < sequences.size()) {
        BlockId next = NewBlock();
        Emit(Op::CondBranch, types_.none(), {has}, next.index, orelse.index);
        SetBlock(next);
      } else {
        more = has;
      }
    }
  }
  Emit(Op::CondBranch, types_.none(), {more}, body.index, orelse.index);

  SetBlock(body);
  InstId index = Emit(Op::LoadLocal, int_type, {}, counter);
  std::vector<InstId> items;
  std::vector<TypeId> item_types;
  if (is_enumerate) {
    items.push_back(enumerate_start.IsValid()
                        ? Emit(Op::IntBinary, int_type, {index, enumerate_start}, static_cast<uint32_t>(BinaryOp::Add))
                        : index);
    item_types.push_back(int_type);
  }
  if (is_range) {
    items.push_back(index);
    item_types.push_back(int_type);
  }
  for (size_t k = 0; k < sequences.size(); ++k) {
    if (next_item_slots.count(k)) {
      TypeId item = fn_.local_types[next_item_slots[k]];
      items.push_back(Emit(Op::LoadLocal, item, {}, next_item_slots[k]));
      item_types.push_back(item);
      continue;
    }
    TypeId element = ItemTypeOf(sequence_types[k]);
    items.push_back(SequenceItem(KindOf(sequence_types[k]), element, sequences[k], index));
    item_types.push_back(element);
  }
  if (is_zip || is_enumerate) {
    // Unpacked straight into a tuple target; a tuple is built only for a
    // single name.
    auto elts = target.IsValid() && (tree_.Kind(target) == NodeKind::Tuple || tree_.Kind(target) == NodeKind::List)
                    ? tree_.Items(target, TupleField::elts)
                    : std::span<const NodeId>();
    if (elts.size() == items.size()) {
      for (size_t k = 0; k < items.size(); ++k) StoreTo(elts[k], items[k], item_types[k]);
      loop_item_ = items[0];
    } else {
      // A single name, or no target (list(zip(...)), dict(zip(...))): the item is a tuple.
      TypeId tuple = types_[iter_type].params[0];
      loop_item_ = EmitList(Op::TupleNew, tuple, items);
      if (target.IsValid()) StoreTo(target, loop_item_, tuple);
    }
  } else {
    if (target.IsValid()) StoreTo(target, items[0], item_types[0]);
    loop_item_ = items[0];
  }
  loops_.push_back({step_block, finalized.empty() ? exit : broken, active_catches_});
  body_fn();
  loops_.pop_back();
  BranchTo(step_block);

  SetBlock(step_block);
  At(iter);
  InstId current = Emit(Op::LoadLocal, int_type, {}, counter);
  InstId next;
  if (!is_range || constant_step != 0) {
    // A step of 1 (or -1 counting down) after `counter < bound` held.
    int32_t unit = !is_range || constant_step > 0 ? 1 : -1;
    bool unit_step = !is_range || IsUnitStep(tree_.Items(iter, CallField::args));
    if (!tested_bound.IsValid()) {
      // The first iterable is a generator: no length bounds the count.
      step = Emit(Op::ConstInt, int_type, {}, module_.IntConstant("1"));
      unit_step = false;
    }
    next = unit_step ? Emit(Op::LoopIncrement, int_type, {current, tested_bound, first}, static_cast<uint32_t>(unit))
           : is_range ? Emit(Op::LoopStep, int_type, {current, bound, step, first})
                      : Emit(Op::IntBinary, int_type, {current, step}, static_cast<uint32_t>(BinaryOp::Add));
  } else {
    next = Emit(Op::LoopStep, int_type, {current, bound, step, first});
  }
  Emit(Op::StoreLocal, types_.none(), {next}, counter);
  BranchTo(header);

  if (!finalized.empty()) {
    cleanups_.resize(cleanups_before);
    current_handler_ = outer_handler;
    catches_in_try_ = outer_catches;
    auto finalize = [&] {
      for (size_t k = finalized.size(); k-- > 0;)
        Emit(Op::GeneratorFinalize, types_.none(), {Emit(Op::LoadLocal, finalized[k].second, {}, finalized[k].first)});
    };
    SetBlock(broken);
    At(iter);
    finalize();
    BranchTo(exit);
    SetBlock(dispatch);
    At(iter);
    InstId exc = Emit(Op::CatchBegin, types_.object(), {});
    Emit(Op::CatchEnd, types_.none(), {});
    finalize();
    Emit(Op::ReraiseKeep, types_.none(), {exc});
    Emit(Op::Unreachable, types_.none(), {});
  }
  SetBlock(orelse);
  if (!finalized.empty()) {
    // zip() stops at its shortest source: the others are freed unfinished.
    At(iter);
    for (size_t k = finalized.size(); k-- > 0;)
      Emit(Op::GeneratorFinalize, types_.none(), {Emit(Op::LoadLocal, finalized[k].second, {}, finalized[k].first)});
  }
  orelse_fn();
  BranchTo(exit);
  SetBlock(exit);
}

void FunctionLowering::LowerSort(NodeId call, uint32_t list, TypeId list_type) {
  InstId reverse = Emit(Op::ConstBool, types_.bool_(), {}, 0);
  NodeId key_lambda;
  for (NodeId k : tree_.Items(call, CallField::keywords)) {
    NodeId value = tree_.Node(k, KeywordField::value);
    if (tree_.Name(tree_.Ident(k, KeywordField::arg)) == "reverse") reverse = ToBool(LowerExpr(value), TypeOf(value));
    else key_lambda = value;
  }
  At(call);
  InstId items = Emit(Op::LoadLocal, list_type, {}, list);
  if (!key_lambda.IsValid()) {
    EmitList(Op::ListMethod, types_.none(), {items, reverse}, static_cast<uint32_t>(ListMethod::Sort));
    return;
  }
  // The keys, computed once per item in order, as CPython does.
  TypeId element = types_[list_type].params[0];
  TypeId object = types_.object();
  TypeId keys_type = ListTypeOf(object);
  uint32_t keys = NewTemp(keys_type, "$keys");
  uint32_t index = NewTemp(types_.int_(), "$i");
  InstId key_callee = LowerKeyFunction(key_lambda);
  Emit(Op::StoreLocal, types_.none(), {EmitList(Op::ListNew, keys_type, {})}, keys);
  Emit(Op::StoreLocal, types_.none(), {Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant("0"))}, index);
  BlockId header = NewBlock(), body = NewBlock(), done = NewBlock();
  BranchTo(header);
  SetBlock(header);
  InstId i = Emit(Op::LoadLocal, types_.int_(), {}, index);
  InstId more = Emit(Op::IntCompare, types_.bool_(), {i, Emit(Op::ListLen, types_.int_(), {items})},
                     static_cast<uint32_t>(CmpOp::Lt));
  Emit(Op::CondBranch, types_.none(), {more}, body.index, done.index);
  SetBlock(body);
  InstId key = LowerKeyCall(key_lambda, key_callee, Emit(Op::ListGetItem, element, {items, i}), element);
  Emit(Op::ListAppend, types_.none(), {Emit(Op::LoadLocal, keys_type, {}, keys), CoerceTo(key, KeyTypeOf(key_lambda), object)});
  Emit(Op::StoreLocal, types_.none(),
       {Emit(Op::IntBinary, types_.int_(), {i, Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant("1"))},
             static_cast<uint32_t>(BinaryOp::Add))},
       index);
  BranchTo(header);
  SetBlock(done);
  At(call);
  EmitList(Op::ListMethod, types_.none(), {items, reverse, Emit(Op::LoadLocal, keys_type, {}, keys)},
           static_cast<uint32_t>(ListMethod::Sort));
}

}  // namespace keelback::ir::lowering
