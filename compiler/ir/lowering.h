// Lowering's internals, shared by ir's lowering files (lower.cpp: modules,
// statements, assignment targets, try and raise; lower_loops.cpp: for
// loops over every iterable, and sorting; lower_expressions.cpp: operators,
// comprehensions, conversions and conditions; lower_calls.cpp: calls of user
// functions, builtins, methods, attributes and the dynamic dispatch).
#ifndef KEELBACK_IR_LOWERING_H
#define KEELBACK_IR_LOWERING_H

#include <array>
#include <functional>
#include <map>

#include "ir/ir.h"

namespace keelback::ir::lowering {


class ModuleLowering;

class FunctionLowering {
 public:
  FunctionLowering(ModuleLowering& module, const Program& program, const FunctionInstance& instance, Function& fn)
      : module_(module), program_(program), tree_(*program.tree), types_(program.types), instance_(instance), fn_(fn) {}

  void Lower();

 private:
  // --- building
  InstId Emit(Op op, TypeId type, std::initializer_list<InstId> operands, uint32_t imm = 0, uint32_t imm2 = 0);
  InstId EmitList(Op op, TypeId type, const std::vector<InstId>& operands, uint32_t imm = 0, uint32_t imm2 = 0);
  BlockId NewBlock() {
    fn_.blocks.emplace_back();
    fn_.blocks.back().handler = current_handler_;
    fn_.blocks.back().catches_to_end = catches_in_try_;
    return BlockId(static_cast<uint32_t>(fn_.blocks.size() - 1));
  }
  void LowerTry(NodeId s);
  void LowerTryExcept(NodeId s);
  void LowerRaise(NodeId s);
  // Ends the catches of the except bodies a return, break or continue leaves.
  void EndCatches(uint32_t count) {
    for (uint32_t i = 0; i < count; ++i) Emit(Op::CatchEnd, types_.none(), {});
  }
  BlockId current_handler_;       // the dispatch block of the innermost try being lowered
  uint32_t catches_in_try_ = 0;   // except bodies entered since that try
  uint32_t active_catches_ = 0;   // except bodies entered in this function
  void SetBlock(BlockId b) { current_ = b; }
  bool Terminated() const;
  void BranchTo(BlockId target) {
    if (!Terminated()) Emit(Op::Branch, types_.none(), {}, target.index);
  }
  uint32_t NewTemp(TypeId type, const char* name) {
    fn_.local_types.push_back(type);
    fn_.local_names.push_back(name);
    return static_cast<uint32_t>(fn_.local_types.size() - 1);
  }
  InstId RaiseError(const char* type, const std::string& message);
  // --- lower_imports.cpp: import statements of the program's modules, module attributes.
  void LowerImportSteps(const std::vector<FunctionInstance::ImportStep>& steps);
  InstId LowerModuleAttribute(NodeId e, uint32_t module);
  // The DictMethod of a method name sema accepted on a dict.
  static DictMethod DictMethodNamed(std::string_view name) {
    return name == "get" ? DictMethod::Get : name == "pop" ? DictMethod::Pop
         : name == "setdefault" ? DictMethod::SetDefault : name == "keys" ? DictMethod::Keys
         : name == "values" ? DictMethod::Values : name == "items" ? DictMethod::Items
         : name == "clear" ? DictMethod::Clear : name == "copy" ? DictMethod::Copy : DictMethod::Update;
  }
  // Raises type(message) where `condition` (a bool) holds; lowering goes on
  // where it does not.
  void RaiseErrorIf(InstId condition, const char* type, const std::string& message);
  // CPython's messages for a name or attribute that is not there, each with
  // the "Did you mean" trailer CPython would print (after a \x1f: see
  // kb_raise_new) when a name close enough exists.
  std::string NameErrorMessage(IdentId name) const;
  std::string NoAttributeMessage(uint32_t class_index, std::string_view name) const;
  // AttributeError's message for a built-in type ("int") lacking `name`.
  std::string BuiltinNoAttributeMessage(const std::string& type_name, std::string_view name) const;
  TypeId TypeOf(NodeId e) const { return e == unchecked_ ? unchecked_type_ : program_.TypeOf(instance_, e); }
  // The expression being lowered before its narrowing (narrowings): its own type.
  NodeId unchecked_;
  TypeId unchecked_type_;
  TypeKind KindOf(TypeId t) const { return types_.Kind(t); }
  void At(NodeId n) { location_ = tree_[n].begin; }

  // --- statements
  void LowerBlock(std::span<const NodeId> body);
  void LowerStatement(NodeId s);
  void LowerFor(NodeId s);
  void LowerLoop(NodeId iter, NodeId target, const std::function<void()>& body, const std::function<void()>& orelse);
  void LowerReversedLoop(NodeId iter, NodeId target, const std::function<void()>& body,
                         const std::function<void()>& orelse);
  // len() and item i of a sequence a loop walks by index, of type kind: a
  // list, a str, or what ObjectIterable made of an object, set or tuple
  // (whose items are boxed; a set's or tuple's are unboxed to `element`).
  InstId SequenceLength(TypeKind kind, InstId sequence);
  InstId SequenceItem(TypeKind kind, TypeId element, InstId sequence, InstId index);
  // The type of the items a loop over a value of type `iterable` gets.
  TypeId ItemTypeOf(TypeId iterable) const;
  InstId LowerListComp(NodeId e);
  // A comprehension's items (ListComp, SetComp, GeneratorExp) into a new list of `type`.
  InstId LowerComprehension(NodeId e, TypeId type);
  // Runs `each(item, its type)` for each item a comprehension makes, as it makes it.
  void LowerComprehensionItems(NodeId e, const std::function<void(InstId, TypeId)>& each);
  // The nested loops of a comprehension's generators (with their conditions),
  // running `body` for each item.
  void LowerComprehensionLoops(std::span<const NodeId> generators, const std::function<void()>& body);
  // Whether range(...)'s arguments give a step of 1 or -1 (a literal, or none).
  bool IsUnitStep(std::span<const NodeId> range_args) const {
    if (range_args.size() < 3) return true;
    NodeId step = range_args[2];
    if (tree_.Kind(step) == NodeKind::UnaryOp && static_cast<UnaryOp>(tree_.Field(step, UnaryOpField::op)) == UnaryOp::USub)
      step = tree_.Node(step, UnaryOpField::operand);
    if (tree_.Kind(step) != NodeKind::Constant) return false;
    const Constant& c = tree_.GetConstant(ConstantId(tree_.Field(step, ConstantField::value)));
    return c.kind == Constant::Kind::Int && c.text == "1";
  }
  // Sorts the list in slot `list` as sorted()'s keywords say (key=, reverse=).
  void LowerSort(NodeId call, uint32_t list, TypeId list_type);
  // After a read from a container sema inferred to be always empty (its
  // items' type is unknown), which raises IndexError or KeyError: the
  // SystemError raised if it did not (an item added through an `object`),
  // and the unknown value of the unreachable code after it.
  InstId RaiseInferredEmpty();
  // Raises that SystemError unless such a list is empty.
  void CheckInferredEmpty(InstId list, TypeId list_type);
  // A slice's lower, upper and step, each an int or None.
  std::array<InstId, 3> LowerSliceBounds(NodeId slice) {
    std::array<InstId, 3> bounds;
    uint32_t fields[3] = {SliceField::lower, SliceField::upper, SliceField::step};
    for (int k = 0; k < 3; ++k) {
      NodeId part = tree_.Node(slice, fields[k]);
      bounds[k] = part.IsValid() ? ToInt(LowerExpr(part), TypeOf(part)) : Emit(Op::ConstNone, types_.none(), {});
    }
    return bounds;
  }
  // The item the innermost loop being lowered assigns, for loops without a target.
  InstId loop_item_;
  // A range object LowerLoop walks instead of evaluating its iterable (the
  // reversed range of reversed(range(...))); consumed by that loop.
  InstId given_range_;
  void LowerWhile(NodeId s);
  void LowerIf(NodeId s);
  void StoreTo(NodeId target, InstId value, TypeId type);

  // --- expressions
  InstId LowerExpr(NodeId e);
  InstId LowerExprValue(NodeId e);  // LowerExpr without the None check
  InstId LowerCondition(NodeId e);  // a bool
  InstId ToBool(InstId v, TypeId type);
  InstId ToFloat(InstId v, TypeId type);
  InstId ToInt(InstId v, TypeId type);
  // An argument of range() as an int: any other value is boxed and raises
  // CPython's TypeError ('float' object cannot be interpreted as an integer).
  InstId RangeArgumentInt(InstId v, TypeId type) {
    TypeKind k = KindOf(type);
    if (k == TypeKind::Int || k == TypeKind::Bool || k == TypeKind::Object) return ToInt(v, type);
    return Emit(Op::ObjectIndex, types_.int_(), {CoerceTo(v, type, types_.object())});
  }
  // Whether e is a call of the builtin range() (which a loop walks by
  // counting, without making a range object).
  bool IsRangeCall(NodeId e) const {
    if (tree_.Kind(e) != NodeKind::Call) return false;
    TypeId f = TypeOf(tree_.Node(e, CallField::func));
    return KindOf(f) == TypeKind::Builtin && types_[f].payload == static_cast<uint32_t>(BuiltinFunction::Range);
  }
  // `at` (a BinOp or AugAssign) names the node whose operator method sema
  // may have chosen (a.__add__(b)).
  InstId LowerBinary(BinaryOp op, InstId l, TypeId lt, InstId r, TypeId rt, TypeId result, NodeId at = NodeId());
  // `target op= value` (lower_augmented.cpp): a list, set, dict or bytearray
  // (or an object holding one) is changed in place and is the result;
  // anything else is LowerBinary's.
  InstId LowerAugmented(BinaryOp op, InstId l, TypeId lt, InstId r, TypeId rt, TypeId result, NodeId at);
  // `a op b` / `op a` of an object `a` with DynamicCases (sema_dynamic_operators.cpp):
  // the method of a's exact class, else `fallback` (the run-time dispatch).
  // The result is an object. `r` is invalid for a unary operator.
  InstId LowerDynamicOperator(NodeId at, InstId l, InstId r, TypeId rt, const std::function<InstId()>& fallback);
  // The call of an operator method sema chose for node `at`, if any.
  InstId OperatorCall(NodeId at, InstId a, InstId b, TypeId result) {
    auto it = instance_.call_targets.find(at.index);
    if (!at.IsValid() || it == instance_.call_targets.end()) return InstId();
    if (auto fallback = instance_.operator_fallbacks.find(at.index); fallback != instance_.operator_fallbacks.end())
      return CallDeclinableOperator(at, it->second, a, b, result, fallback->second);
    bool reflected = instance_.reflected_operators.count(at.index) != 0;
    std::vector<InstId> args{reflected ? b : a};
    if (b.IsValid()) args.push_back(reflected ? a : b);
    return EmitList(Op::Call, result, args, it->second.index);
  }
  // An operator method that may return NotImplemented (lower_operators.cpp):
  // then the fallback's reflected method, then its identity test or TypeError.
  // The result, of type `result` (bool for a comparison: the value's truth).
  InstId CallDeclinableOperator(NodeId at, InstanceId method, InstId a, InstId b, TypeId result,
                                const FunctionInstance::OperatorFallback& fallback);
  InstId LowerCompare(CmpOp op, InstId l, TypeId lt, InstId r, TypeId rt);
  InstId LowerCompareChain(NodeId e);
  InstId LowerBoolOp(NodeId e);
  InstId LowerIfExp(NodeId e);
  InstId LowerCall(NodeId e);
  InstId LowerBuiltinCall(NodeId e, BuiltinFunction f);
  InstId LowerName(NodeId e);
  // Functions as values (lower_functions.cpp). Variables by their binding:
  // a local (in a cell when nested functions share it), a free variable (a
  // cell of the function object), or a module global.
  InstId LoadVariable(const NameBinding& b, TypeId type);
  void StoreVariable(const NameBinding& b, InstId value, TypeId type);
  InstId CellOf(const NameBinding& b);
  bool IsCellSlot(uint32_t slot) const { return closure_ != nullptr && closure_->IsCell(slot); }
  // A new function object for a def or lambda, holding the cells it uses.
  InstId MakeFunction(NodeId def);
  // int(obj), float(obj) of an instance (lower_special_methods.cpp).
  InstId LowerNumberConversion(NodeId call, BuiltinFunction f, InstId object, TypeId type);
  std::vector<InstId> ExitArguments(InstanceId exit, InstId manager, std::array<InstId, 3> values);
  // A class statement (lower_local_classes.cpp): its class attributes, its
  // methods' defaults and closures, the classes nested in it, and inside a
  // function the binding of its name.
  void LowerClassStatement(NodeId s);
  // A def's function object through its decorators (innermost first), and
  // its type; invalid when a decorator was not inferred.
  InstId LowerDecoratedFunction(NodeId def, TypeId& type);
  // The function object a call of `func` (of Function type) passes as the
  // callee's closure, if the callee takes one.
  void AppendClosureArgument(NodeId func, InstId callee, std::vector<InstId>& args);
  // Methods as values (lower_bound_methods.cpp): `obj.m` / `C.m` read as a
  // value (invalid when `e` is no such read), the receiver a bound method
  // of static type `type` holds, and a call of a bound method.
  InstId LowerMethodValue(NodeId e);
  InstId BoundMethodReceiver(InstId method, TypeId type);
  InstId LowerBoundMethodCall(NodeId e);
  // A built-in type's method as a value (a NativeMethod), and a call of one
  // (`callee` its value) with these arguments, of sema's result type.
  InstId LowerNativeMethodValue(NodeId e);
  InstId ApplyNativeMethod(TypeId method, InstId callee, const std::vector<InstId>& args,
                           const std::vector<TypeId>& arg_types, TypeId result);
  // f(...) of an `object`: the cases of FunctionInstance::dynamic_cases.
  InstId LowerFunctionValueCall(NodeId e, InstId callee);
  // key= of sorted(), min(), max(), list.sort(): an inline lambda, or a
  // function value (evaluated once by LowerKeyFunction) called per item.
  bool IsInlineKey(NodeId key) const {
    return tree_.Kind(key) == NodeKind::Lambda && !instance_.unary_call_types.count(key.index);
  }
  TypeId KeyTypeOf(NodeId key) const {
    return IsInlineKey(key) ? TypeOf(tree_.Node(key, LambdaField::body)) : instance_.unary_call_types.at(key.index);
  }
  InstId LowerKeyFunction(NodeId key) { return IsInlineKey(key) ? InstId() : LowerExpr(key); }
  InstId LowerKeyCall(NodeId key, InstId callee, InstId item, TypeId item_type);
  // f(item) for the instance sema chose for `f_expr` (call_targets), f's value being `callee`.
  InstId CallUnary(NodeId f_expr, InstId callee, InstId item, TypeId item_type);
  // for loops over map() and filter().
  void LowerMapLoop(NodeId iter, NodeId target, const std::function<void()>& body, const std::function<void()>& orelse);
  const ClosureInfo* closure_ = nullptr;  // this function's cells and free variables, if any
  uint32_t closure_slot_ = UINT32_MAX;    // the slot of this function's own function object
  uint32_t kwargs_dict_slot_ = UINT32_MAX;  // **kwargs as a dict (FunctionInstance::kwargs_slot)
  InstId CoerceTo(InstId v, TypeId from, TypeId to);
  void StoreSlot(uint32_t slot, InstId v, TypeId type) {
    Emit(Op::StoreLocal, types_.none(), {CoerceTo(v, type, fn_.local_types[slot])}, slot);
  }
  InstId LowerAttribute(NodeId e);
  InstId ObjectOf(InstId v, TypeId type, IdentId attr);
  InstId CheckedLength(InstId n);  // v as a Class value (None checked)
  // list[element], which sema has made whenever lowering needs it.
  TypeId ListTypeOf(TypeId element) const { return types_.Find(TypeKind::List, std::span<const TypeId>(&element, 1)); }
  TypeId ClassTypeOf(TypeId t) const { return KindOf(t) == TypeKind::Optional ? types_[t].params[0] : t; }
  InstId LowerMethodCall(NodeId e);
  InstId LowerDynamic(NodeId e, NodeId receiver);
  InstId LowerSetMethodCall(NodeId e);
  // Generators (lower_generators.cpp): yield and yield from, send() and
  // close(), next() and iter().
  InstId LowerYield(NodeId e);
  // Op::Yield of `value`, recording the except bodies it is inside.
  InstId EmitYield(InstId value);
  InstId LowerGeneratorMethodCall(NodeId e);
  // The exception `raise n` raises, boxed: n itself, or an instance of the class n (its __init__ called).
  InstId LowerExceptionValue(NodeId n, NodeId at);
  // `g = f()` at module level storing the finalizing generator v: the run-time
  // library finalizes the generator g held before, and v at exit.
  void HoldGenerator(NodeId assign, InstId v);
  // Whether a loop over iter may be given a generator to finalize (LowerLoop).
  bool LoopMayFinalize(NodeId iter) const;
  InstId LowerNextOrIter(NodeId e, BuiltinFunction f);
  // A generator expression used as a value: made (LowerGeneratorExpValue),
  // and its own instance's body, whose parameter expressions read its slots.
  InstId LowerGeneratorExpValue(NodeId e);
  void LowerGeneratorExpBody();
  // it.__next__() (the instance `next`), of type `type`; a StopIteration it
  // raises is caught and goes to block `stopped` instead.
  InstId CallCatchingStopIteration(InstanceId next, InstId it, TypeId type, BlockId stopped);
  void LowerDelete(NodeId target);
  void StoreStarred(NodeId target, size_t star, InstId value, TypeId type);
  // The match statement (lower_match.cpp).
  void LowerMatch(NodeId s);
  void LowerPattern(NodeId p, InstId value, TypeId type, BlockId fail);
  void FailUnless(InstId condition, BlockId fail);
  InstId LoadFieldOrClassAttribute(InstId object, const ClassInfo& info, uint32_t field, uint32_t global, TypeId type);  // goes on in a new block where condition holds
  void UnwrapOptionalNumbers(InstId& l, TypeId& lt, InstId& r, TypeId& rt,
                             const std::function<void(InstId, InstId)>& raise);
  // A call's argument expressions, evaluated in the order written (by node).
  std::unordered_map<uint32_t, InstId> LowerCallArguments(NodeId call);
  // The arguments each parameter receives, from those values (a default is lowered here).
  // `pack` overrides the call's keyword_packs entry (a dynamic case's own).
  // `callee` is the function object called, where it holds defaults (Program::object_defaults).
  std::vector<InstId> BindArguments(const std::unordered_map<uint32_t, InstId>& values, std::span<const NodeId> bound,
                                    NodeId call, const CallPack* pack = nullptr, InstId callee = InstId());
  // Item k of a `*lst` argument (CallPack::spread) as the parameter it
  // fills: the list's length is checked at item 0 (CPython's TypeError).
  InstId SpreadArgument(const CallPack& pack, InstId list, size_t k);
  // The call's arguments in the callee's parameter order (see
  // FunctionInstance::call_bindings), evaluated in the order written.
  std::vector<InstId> LowerBoundArguments(NodeId call, InstId callee = InstId());
  // A default that is not a literal (Program::stored_defaults): its value,
  // stored when the def ran, read from its global or from the function
  // object `callee`.
  InstId LoadStoredDefault(const StoredDefault& d, InstId callee);
  // The cells MakeFunction adds to a function object for its stored defaults, evaluated here.
  void StoreObjectDefaults(NodeId def, std::vector<InstId>& cells);
  // A class statement's methods' stored defaults, into their globals.
  void StoreMethodDefaults(NodeId def, std::vector<std::pair<uint32_t, InstId>>& stores);
  InstId LowerListMethodCall(NodeId e);
  // list.name(values...) on `list` (of type list_type); reverse: sort()'s, or invalid.
  InstId ApplyListMethod(std::string_view name, InstId list, TypeId list_type, const std::vector<InstId>& values,
                         const std::vector<TypeId>& arg_types, InstId reverse, TypeId type);
  InstId LowerConstructorCall(NodeId e, uint32_t class_index);

  // --- lower_io.cpp: with statements, files, bytes, native methods and the
  // builtins that make or inspect them.
  InstId RuntimeCall(const char* function, TypeId type, const std::vector<InstId>& operands);
  // lower_stdlib.cpp: the native standard-library modules.
  InstId NativeMemberValue(uint32_t member, TypeId type);
  TypeId NativeMemberTypeOf(uint32_t member) const;  // sema's NativeMemberType
  InstId LowerNativeModuleAttribute(NodeId e, BuiltinModule module);
  InstId LowerNativeFunctionCall(NodeId e, BuiltinFunction f, const std::vector<InstId>& values);
  // --- lower_collections.cpp: defaultdict, Counter, OrderedDict.
  InstId LowerCollectionsCall(NodeId e, BuiltinFunction f);
  // The items of a Counter's or OrderedDict's first argument (a mapping or
  // an iterable) into the dict in local `slot`.
  void LowerCollectionItems(NodeId source, DictFlavor flavor, uint32_t slot, TypeId type);
  // dict[key] of any flavour (subscript or augmented-assignment node e), as
  // a value of result_type (the subscript's type).
  InstId LowerDictItemRead(NodeId e, InstId dict, InstId key, TypeId dict_type, TypeId result_type);
  // A method a flavour adds or changes; invalid for dict's own.
  InstId LowerFlavoredDictMethod(NodeId e);
  InstId LowerCounterOperator(BinaryOp op, InstId l, InstId r, TypeId result);
  InstId LowerIoBuiltinCall(NodeId e, BuiltinFunction f);
  InstId LowerNumberBuiltinCall(NodeId e, BuiltinFunction f);  // lower_numbers.cpp
  InstId LowerAttributeBuiltin(NodeId e, BuiltinFunction f);
  // print(*values, sep=, end=, flush=, file=f) to an open file: one write of the whole text.
  InstId LowerPrintToFile(InstId file, std::span<const NodeId> args, const std::vector<InstId>& values, InstId sep,
                          TypeId sep_type, InstId end, TypeId end_type, InstId flush);
  InstId LowerNativeCall(NodeId e, const FunctionInstance::NativeCall& call);
  // A native value's attribute (f.closed, sys.stdin, type(x).__name__); invalid when `e` is no such read.
  InstId LowerNativeAttribute(NodeId e);
  // A new list of the items a loop over `iterable` walks.
  InstId CollectItems(NodeId iterable);
  void LowerWith(NodeId s);
  void LowerDisplayItem(NodeId x, const std::function<void(InstId, TypeId)>& use);
  void LowerFileLoop(NodeId iter, NodeId target, const std::function<void()>& body, const std::function<void()>& orelse);
  // What a return, break or continue must run as it leaves a statement it is
  // inside: a with item's __exit__, or a try statement's finally body.
  struct Cleanup {
    NodeId finally_of;           // the try statement whose finally body runs; invalid for a with item
    uint32_t manager_slot = 0;   // a with item's context manager
    TypeId manager_type;
    InstanceId exit;             // its __exit__; invalid for a file (closed)
    size_t loop_depth;           // loops_.size() at the statement
    uint32_t active_catches;     // active_catches_ at the statement
    BlockId outer_handler;       // the handler around the statement
    uint32_t outer_catches;      // catches_in_try_ around the statement
    // A loop's temporary generator (in manager_slot), finalized as a return leaves the loop.
    bool finalizes_generator = false;
  };
  std::vector<Cleanup> cleanups_;
  // Leaves the statements of cleanups_[first..] for a return, break or
  // continue, innermost first: ends the except bodies entered inside each,
  // runs its cleanup (a finally body is lowered again at each exit, as
  // CPython does), and at last ends the except bodies down to `catches`.
  // False when a finally body ended the path itself (its own return, break,
  // continue or raise): the exit must not be emitted then.
  bool LeaveCleanups(size_t first, uint32_t catches);
  // The index in cleanups_ of the first statement inside the innermost loop.
  size_t FirstCleanupInLoop() const {
    size_t i = cleanups_.size();
    while (i > 0 && cleanups_[i - 1].loop_depth >= loops_.size()) --i;
    return i;
  }
  void CallWithExit(const Cleanup& w);

  struct Loop {
    BlockId continue_target;
    BlockId break_target;
    uint32_t active_catches = 0;  // at the loop's start
  };

  ModuleLowering& module_;
  const Program& program_;
  const SyntaxTree& tree_;
  const TypeTable& types_;
  const FunctionInstance& instance_;
  Function& fn_;
  BlockId current_;
  std::vector<Loop> loops_;
  SourceOffset location_ = 0;
};

class ModuleLowering {
 public:
  explicit ModuleLowering(const Program& program) : program_(program), module_(std::make_unique<Module>()) {
    module_->file = &program.tree->file();
    for (size_t m = 0; m < program.modules.size(); ++m)
      module_->program_modules.emplace_back(program.modules[m].name, program.modules[m].is_stdlib
                                                                       ? program.modules[m].cpython_file
                                                                       : program.tree->file(m).path());
    module_->types = &program.types;
  }

  std::unique_ptr<Module> Lower();

  uint32_t IntConstant(const std::string& text) { return Intern(int_index_, module_->int_constants, text); }
  uint32_t StrConstant(const std::string& text) { return Intern(str_index_, module_->str_constants, text); }
  uint32_t FloatConstant(double x) {
    module_->float_constants.push_back(x);
    return static_cast<uint32_t>(module_->float_constants.size() - 1);
  }

 private:
  template <typename T>
  uint32_t Intern(std::map<T, uint32_t>& index, std::vector<T>& table, const T& value) {
    auto [it, inserted] = index.try_emplace(value, static_cast<uint32_t>(table.size()));
    if (inserted) table.push_back(value);
    return it->second;
  }

  const Program& program_;
  std::unique_ptr<Module> module_;
  std::map<std::string, uint32_t> int_index_, str_index_;
};

}  // namespace keelback::ir::lowering

#endif  // KEELBACK_IR_LOWERING_H
