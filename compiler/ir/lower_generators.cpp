// Lowering of generators: `yield` and `yield from` in a generator function's
// body (which codegen turns into a coroutine), and what consumers call on a
// generator: next(), iter(), send(), close(). Loops over generators are in
// lower_loops.cpp.
#include "ir/lowering.h"

namespace keelback::ir::lowering {

InstId FunctionLowering::EmitYield(InstId value) {
  // The except bodies the yield is inside: what they handle is set aside while paused.
  return Emit(Op::Yield, fn_.send_type, {value}, active_catches_);
}

void FunctionLowering::HoldGenerator(NodeId assign, InstId v) {
  // Sema allows a finalizing generator in an assignment only as `g = f()`, g a module's global.
  NodeId target = tree_.Items(assign, AssignField::targets)[0];
  const NameBinding& b = instance_.names.at(target.index);
  InstId global = Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant(std::to_string(b.index)));
  RuntimeCall("kb_generator_hold", types_.none(), {v, global});
}

InstId FunctionLowering::LowerYield(NodeId e) {
  TypeId type = TypeOf(e);
  if (tree_.Kind(e) == NodeKind::Yield) {
    NodeId value = tree_.Node(e, YieldField::value);
    InstId v = value.IsValid() ? LowerExpr(value) : Emit(Op::ConstNone, types_.none(), {});
    TypeId vt = value.IsValid() ? TypeOf(value) : types_.none();
    At(e);
    if (KindOf(vt) == TypeKind::NoneType) v = Emit(Op::ConstNone, vt, {});  // print()'s None has no IR value
    return EmitYield(CoerceTo(v, vt, fn_.yield_type));
  }
  // `yield from it`: every item of `it`, then its return value (a generator's) or None.
  NodeId source = tree_.Node(e, YieldFromField::value);
  TypeId source_type = TypeOf(source);
  if (KindOf(source_type) != TypeKind::Generator) {
    TypeId element = ItemTypeOf(source_type);
    LowerLoop(source, NodeId(), [&] {
      At(e);
      EmitYield(CoerceTo(loop_item_, element, fn_.yield_type));
    }, [] {});
    return Emit(Op::ConstNone, types_.none(), {});
  }
  InstId gen = LowerExpr(source);
  At(e);
  TypeId element = types_[source_type].params[0];
  BlockId header = NewBlock(), body = NewBlock(), thrown = NewBlock(), done = NewBlock();
  BranchTo(header);
  SetBlock(header);
  Emit(Op::CondBranch, types_.none(), {Emit(Op::GeneratorNext, types_.bool_(), {gen})}, body.index, done.index);
  SetBlock(body);
  InstId item = Emit(Op::GeneratorYielded, element, {gen});
  // close() and throw() of this generator go on to the one it delegates to.
  Emit(Op::Yield, fn_.send_type, {CoerceTo(item, element, fn_.yield_type)}, active_catches_, 1);
  Emit(Op::CondBranch, types_.none(), {Emit(Op::GeneratorThrownPending, types_.bool_(), {})}, thrown.index, header.index);
  SetBlock(thrown);
  Emit(Op::CondBranch, types_.none(), {Emit(Op::GeneratorThrowInto, types_.bool_(), {gen})}, body.index, done.index);
  SetBlock(done);
  TypeId returned = types_[source_type].params[1];
  return CoerceTo(Emit(Op::GeneratorReturned, returned, {gen}), returned, type);
}

InstId FunctionLowering::LowerGeneratorMethodCall(NodeId e) {
  NodeId func = tree_.Node(e, CallField::func);
  NodeId receiver = tree_.Node(func, AttributeField::value);
  std::string_view name = tree_.Name(tree_.Ident(func, AttributeField::attr));
  TypeId gen_type = TypeOf(receiver);
  InstId gen = LowerExpr(receiver);
  auto args = tree_.Items(e, CallField::args);
  InstId resumed;
  if (name == "throw") {
    // throw(exc): exc raised at the paused yield; what it yields next, or StopIteration.
    InstId exc = LowerExceptionValue(args[0], e);
    resumed = Emit(Op::GeneratorThrow, types_.bool_(), {gen, exc});
  } else {
    std::vector<InstId> values;
    for (NodeId a : args) values.push_back(LowerExpr(a));
    At(e);
    if (name == "close") return Emit(Op::GeneratorClose, types_.none(), {gen});
    // send(v): the value the generator yields next; StopIteration when it finishes.
    TypeId send_type = program_.SendTypeOf(NodeId(types_[gen_type].payload));
    InstId sent = CoerceTo(values[0], TypeOf(args[0]), send_type);
    resumed = Emit(Op::GeneratorSend, types_.bool_(), {gen, sent});
  }
  BlockId yielded = NewBlock(), finished = NewBlock();
  Emit(Op::CondBranch, types_.none(), {resumed}, yielded.index, finished.index);
  SetBlock(finished);
  Emit(Op::GeneratorStop, types_.none(), {gen});
  Emit(Op::Unreachable, types_.none(), {});
  SetBlock(yielded);
  return Emit(Op::GeneratorYielded, types_[gen_type].params[0], {gen});
}

InstId FunctionLowering::LowerNextOrIter(NodeId e, BuiltinFunction f) {
  if (instance_.call_targets.count(e.index)) return LowerGeneratorExpValue(e);  // iter() of an iterable
  TypeId type = TypeOf(e);
  auto args = tree_.Items(e, CallField::args);
  TypeId it_type = TypeOf(args[0]);
  InstId it = LowerExpr(args[0]);
  InstId fallback = args.size() == 2 ? LowerExpr(args[1]) : InstId();
  At(e);
  if (f == BuiltinFunction::Iter) return it;  // the generator itself
  if (KindOf(it_type) == TypeKind::Object) {
    if (!fallback.IsValid()) return Emit(Op::ObjectNext, type, {it});
    // next(obj, default): StopIteration is caught by the run-time library.
    InstId boxed = CoerceTo(fallback, TypeOf(args[1]), types_.object());
    return Emit(Op::ObjectNext, type, {it, boxed});
  }
  if (KindOf(it_type) == TypeKind::Class) {
    // it.__next__(); with a default, its StopIteration gives the default.
    InstanceId next = program_.classes[types_[it_type].payload].next_instance;
    TypeId item = program_[next].return_type;
    if (!fallback.IsValid()) return Emit(Op::Call, type, {it}, next.index);
    uint32_t result = NewTemp(type, "$next");
    BlockId stopped = NewBlock(), done = NewBlock();
    StoreSlot(result, CallCatchingStopIteration(next, it, item, stopped), item);
    BranchTo(done);
    SetBlock(stopped);
    StoreSlot(result, fallback, TypeOf(args[1]));
    BranchTo(done);
    SetBlock(done);
    return Emit(Op::LoadLocal, type, {}, result);
  }
  TypeId element = types_[it_type].params[0];
  uint32_t result = NewTemp(type, "$next");
  BlockId yielded = NewBlock(), finished = NewBlock(), done = NewBlock();
  Emit(Op::CondBranch, types_.none(), {Emit(Op::GeneratorNext, types_.bool_(), {it})}, yielded.index, finished.index);
  SetBlock(finished);
  if (fallback.IsValid()) {
    StoreSlot(result, fallback, TypeOf(args[1]));
    BranchTo(done);
  } else {
    Emit(Op::GeneratorStop, types_.none(), {it});
    Emit(Op::Unreachable, types_.none(), {});
  }
  SetBlock(yielded);
  StoreSlot(result, Emit(Op::GeneratorYielded, element, {it}), element);
  BranchTo(done);
  SetBlock(done);
  return Emit(Op::LoadLocal, type, {}, result);
}

InstId FunctionLowering::CallCatchingStopIteration(InstanceId next, InstId it, TypeId type, BlockId stopped) {
  BlockId outer = current_handler_;
  uint32_t outer_catches = catches_in_try_;
  BlockId dispatch = NewBlock();  // under the outer handler
  current_handler_ = dispatch;
  catches_in_try_ = 0;
  BlockId call = NewBlock();
  BranchTo(call);
  SetBlock(call);
  InstId value = Emit(Op::Call, type, {it}, next.index);
  current_handler_ = outer;
  catches_in_try_ = outer_catches;
  BlockId got = NewBlock();
  BranchTo(got);
  SetBlock(dispatch);
  InstId exc = Emit(Op::CatchBegin, types_.object(), {});
  InstId stop = Emit(Op::ExceptionMatches, types_.bool_(), {exc},
                     static_cast<uint32_t>(FindExceptionClass("StopIteration")), 0);
  BlockId end = NewBlock(), other = NewBlock();
  Emit(Op::CondBranch, types_.none(), {stop}, end.index, other.index);
  SetBlock(end);
  Emit(Op::CatchEnd, types_.none(), {});
  BranchTo(stopped);
  SetBlock(other);
  Emit(Op::CatchEnd, types_.none(), {});
  Emit(Op::ReraiseKeep, types_.none(), {exc});
  Emit(Op::Unreachable, types_.none(), {});
  SetBlock(got);
  return value;
}

InstId FunctionLowering::LowerGeneratorExpValue(NodeId e) {
  const FunctionInstance& target = program_[instance_.call_targets.at(e.index)];
  std::vector<InstId> args;
  for (NodeId p : target.generator_expression_params) args.push_back(LowerExpr(p));
  At(e);
  return EmitList(Op::Call, TypeOf(e), args, instance_.call_targets.at(e.index).index);
}

void FunctionLowering::LowerGeneratorExpBody() {
  NodeId e = instance_.def;
  if (tree_.Kind(e) == NodeKind::Call) {
    // iter(x): each item a loop over x walks.
    NodeId source = tree_.Items(e, CallField::args)[0];
    TypeId item = ItemTypeOf(TypeOf(source));
    LowerLoop(source, NodeId(), [&] {
      At(e);
      InstId v = KindOf(item) == TypeKind::NoneType ? Emit(Op::ConstNone, item, {}) : loop_item_;
      EmitYield(CoerceTo(v, item, fn_.yield_type));
    }, [] {});
    if (!Terminated()) Emit(Op::Return, types_.none(), {});
    return;
  }
  LowerComprehensionItems(e, [&](InstId v, TypeId t) {
    At(tree_.Node(e, GeneratorExpField::elt));
    // None (print()'s result) has no IR value: the constant stands for it.
    if (KindOf(t) == TypeKind::NoneType) v = Emit(Op::ConstNone, t, {});
    EmitYield(CoerceTo(v, t, fn_.yield_type));
  });
  if (!Terminated()) Emit(Op::Return, types_.none(), {});
}

}  // namespace keelback::ir::lowering
