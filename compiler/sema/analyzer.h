// The analyzer's internals, shared by sema's source files; other phases see
// only sema/sema.h. One Analyzer runs over one program (sema.cpp: scopes,
// the fixed point and statements; sema_expressions.cpp; sema_calls.cpp:
// calls and builtins; sema_classes.cpp: classes, methods and the dynamic
// dispatch on objects; sema_containers.cpp: lists, dicts, sets and str
// methods, and the refining of containers whose items were not known yet).
#ifndef KEELBACK_SEMA_ANALYZER_H
#define KEELBACK_SEMA_ANALYZER_H

#include <map>
#include <span>
#include <string_view>
#include <unordered_set>

#include "sema/sema.h"
#include "types/native_methods.h"
#include "types/native_modules.h"

namespace keelback::analysis {


inline constexpr int kMaxExpressionDepth = 1000;
inline constexpr int kMaxFixpointRounds = 64;
inline constexpr int kMaxPatternDepth = 200;  // patterns are walked recursively

struct MathFunctionInfo {
  const char* name;
  int arity;
  TypeKind result;
};
inline constexpr MathFunctionInfo kMathFunctions[] = {
#define MATH_FUNCTION(Name, Arity, Result) {#Name, Arity, TypeKind::Result},
#include "types/math_functions.def"
};
// The math module's functions other than those of math_functions.def.
inline constexpr BuiltinName kMathNumberFunctions[] = {
    {"gcd", BuiltinFunction::MathGcd},       {"lcm", BuiltinFunction::MathLcm},     {"factorial", BuiltinFunction::MathFactorial},
    {"isqrt", BuiltinFunction::MathIsqrt},   {"comb", BuiltinFunction::MathComb},   {"perm", BuiltinFunction::MathPerm},
    {"hypot", BuiltinFunction::MathHypot},   {"fsum", BuiltinFunction::MathFsum},   {"prod", BuiltinFunction::MathProd},
    {"dist", BuiltinFunction::MathDist},     {"frexp", BuiltinFunction::MathFrexp}, {"ldexp", BuiltinFunction::MathLdexp},
    {"modf", BuiltinFunction::MathModf},     {"isclose", BuiltinFunction::MathIsclose},
};

// Every other name of CPython 3.11's builtins module (its exception classes
// aside): calling one is a compile error until Keelback has it, never a
// NameError that CPython would not raise.
inline constexpr std::string_view kOtherPythonBuiltins[] = {
    "NotImplemented", "aiter", "anext", "breakpoint",
    "classmethod", "compile", "copyright", "credits", "delattr", "dir", "eval", "exec",
    "exit", "globals", "help",
    "license", "locals", "memoryview", "object",
    "property", "quit", "slice", "staticmethod", "super",
    "vars", "__import__", "__build_class__", "__debug__", "__name__", "__file__", "__doc__",
    "__spec__", "__loader__", "__package__", "__builtins__",
};

// The names a scope binds: its local variables, or the module's globals.
struct ScopeInfo {
  std::vector<IdentId> locals;                    // parameters first, then assigned names
  std::unordered_map<uint32_t, uint32_t> slot;    // ident -> index in locals
  std::unordered_set<uint32_t> declared_global;   // `global x`
  std::unordered_set<uint32_t> declared_nonlocal; // `nonlocal x`: a cell of an enclosing function
};

// The special methods behind operators that classes may define.
inline constexpr std::pair<BinaryOp, const char*> kBinaryMethods[] = {
    {BinaryOp::Add, "add"},       {BinaryOp::Sub, "sub"},     {BinaryOp::Mult, "mul"},   {BinaryOp::MatMult, "matmul"},
    {BinaryOp::Div, "truediv"},   {BinaryOp::Mod, "mod"},     {BinaryOp::Pow, "pow"},    {BinaryOp::LShift, "lshift"},
    {BinaryOp::RShift, "rshift"}, {BinaryOp::BitOr, "or"},    {BinaryOp::BitXor, "xor"}, {BinaryOp::BitAnd, "and"},
    {BinaryOp::FloorDiv, "floordiv"},
};
inline constexpr std::pair<CmpOp, const char*> kCompareMethods[] = {
    {CmpOp::Eq, "__eq__"}, {CmpOp::NotEq, "__ne__"}, {CmpOp::Lt, "__lt__"},
    {CmpOp::LtE, "__le__"}, {CmpOp::Gt, "__gt__"},   {CmpOp::GtE, "__ge__"},
};

// Special methods other than the operators' that classes may define: what
// calls each is in the comments of ClassInfo and FunctionInstance.
inline bool IsSupportedSpecialMethod(std::string_view name) {
  return name == "__init__" || name == "__getattr__" || name == "__repr__" || name == "__str__" || name == "__len__" || name == "__bool__" ||
         name == "__getitem__" || name == "__setitem__" || name == "__call__" || name == "__contains__" ||
         name == "__hash__" || name == "__iter__" || name == "__next__" || name == "__enter__" || name == "__exit__" ||
         name == "__int__" || name == "__float__";
}

inline bool IsOperatorMethod(std::string_view name) {
  if (name == "__neg__" || name == "__pos__" || name == "__abs__" || name == "__invert__") return true;
  for (auto& [op, stem] : kBinaryMethods) {
    std::string s(stem);
    if (name == "__" + s + "__" || name == "__r" + s + "__" || name == "__i" + s + "__") return true;
  }
  for (auto& [op, method] : kCompareMethods)
    if (name == method) return true;
  return false;
}

// Which variables SplitWebs splits (sema_webs.cpp).
struct WebOptions {
  bool split = true;
  std::unordered_set<uint32_t> whole_globals;  // idents of the main module's globals kept whole
};

class Analyzer {
 public:
  Analyzer(const SyntaxTree& tree, std::span<const SourceModule> modules, Diagnostics& diagnostics,
           WebOptions web_options = {})
      : tree_(tree), diagnostics_(diagnostics), program_(std::make_unique<Program>()), source_modules_(modules),
        web_options_(std::move(web_options)) {
    program_->tree = &tree;
    for (const SourceModule& m : modules) {
      ProgramModule module;
      module.name = m.name;
      module.package = m.package;
      module.is_package = m.is_package;
      module.is_stdlib = m.is_stdlib;
      module.cpython_file = m.cpython_file;
      module.root = m.root;
      program_->modules.push_back(std::move(module));
    }
    module_scopes_.resize(modules.size());
  }

  std::unique_ptr<Program> Run();
  // After Run: whether some variable was split into webs, and the main
  // module's split globals that must be analysed again whole (Run then
  // returned nullptr): a generator whose cleanup runs when the variable
  // holding it is rebound needs the variable's one global.
  bool SplitAny() const { return !web_bindings_.empty(); }
  const std::vector<uint32_t>& GlobalsToKeepWhole() const { return keep_whole_; }

 private:
  FunctionInstance& Current() { return program_->instances[current_.index]; }
  TypeTable& types() { return program_->types; }

  void Unsupported(NodeId at, const std::string& what) {
    if (reporting_) Report(DiagnosticKind::NotSupportedYet, at, {what});
    else if (current_.IsValid() && current_.index < program_->instances.size()) Current().rejected = true;
  }
  void Report(DiagnosticKind kind, NodeId at, std::initializer_list<std::string_view> args) {
    if (!reporting_) return;
    const AstNode& n = tree_[at];
    diagnostics_.Report(kind, tree_.FileOf(at), n.begin, n.end, args);
  }

  // Scopes.
  void CollectBindings(std::span<const NodeId> body, ScopeInfo& scope, bool is_module);
  void AddBinding(ScopeInfo& scope, IdentId name);
  const ScopeInfo& ScopeOf(NodeId def);
  // The global `name` of the current instance's module (of `module`),
  // made on first use.
  uint32_t GlobalIndex(IdentId name) { return GlobalIndex(Current().module, name); }
  uint32_t GlobalIndex(uint32_t module, IdentId name);
  // The global `name` of `module`'s namespace, or -1.
  int32_t FindGlobal(uint32_t module, IdentId name) const {
    auto it = global_index_.find(GlobalKey(module, name));
    return it == global_index_.end() ? -1 : static_cast<int32_t>(it->second);
  }
  static uint64_t GlobalKey(uint32_t module, IdentId name) { return (uint64_t{module} << 32) | name.index; }
  // The program's module a node is in (modules.h: a file per module).
  uint32_t ModuleOf(NodeId n) const { return static_cast<uint32_t>(tree_.FileIndexOf(n)); }

  // Closures (sema_closures.cpp). Finds every function's cells and free
  // variables (Program::closures) before inference.
  void CollectClosures();
  // The def or lambda a def or lambda is nested in; invalid at module level.
  std::unordered_map<uint32_t, NodeId> enclosing_function_;
  // key= lambdas of sorted(), min(), max() and list.sort(), inferred and
  // lowered in place (InferKeyLambda) rather than as function values.
  std::unordered_set<uint32_t> inline_lambdas_;
  // A def's or a lambda's arguments node, name and __qualname__.
  NodeId ArgumentsOf(NodeId def) const {
    return tree_.Node(def, tree_.Kind(def) == NodeKind::Lambda ? LambdaField::args : FunctionDefField::args);
  }
  std::string DefName(NodeId def) const {
    return tree_.Kind(def) == NodeKind::Lambda ? "<lambda>" : std::string(tree_.Name(tree_.Ident(def, FunctionDefField::name)));
  }
  std::string QualifiedName(NodeId def);
  // The type of a cell: (owner def << 32 | name) -> the join of what is stored in it.
  std::unordered_map<uint64_t, TypeId> cell_types_;
  static uint64_t CellKey(NodeId owner, IdentId name) { return (uint64_t{owner.index} << 32) | name.index; }
  TypeId CellType(NodeId owner, IdentId name) {
    auto it = cell_types_.find(CellKey(owner, name));
    return it == cell_types_.end() ? types().unknown() : it->second;
  }
  void SetCellType(NodeId owner, IdentId name, TypeId type, NodeId at);
  // The definitions whose function values become `object`s (a join of a
  // function with another type: the only way one becomes an object), in the
  // order found: the candidates of a call through an `object`.
  std::vector<NodeId> escaped_functions_;
  void NoteEscapedFunction(TypeId t);
  // TypeTable::TupleItemType, noting the functions among items that become
  // `object`s as they are taken one by one (`for f in (g, h): f(x)`).
  TypeId TupleItems(TypeId tuple) {
    TypeId item = types().TupleItemType(tuple);
    if (types().Kind(item) == TypeKind::Object)
      for (TypeId t : std::vector<TypeId>(types()[tuple].params)) NoteEscapedFunction(t);
    return item;
  }
  // Bound methods (sema_bound_methods.cpp). The BoundMethod types joined
  // into an `object` (as escaped_functions_): a call through an object
  // tries each.
  std::vector<TypeId> escaped_bound_methods_;
  // The builtin functions joined into an `object` (`for f in (len, str)`),
  // as escaped_functions_ (sema_builtin_values.cpp).
  std::vector<TypeId> escaped_builtins_;
  // A Builtin type that is a function with an object of its own (len, int,
  // math.sqrt; not sys.stdout): it may be boxed and called through one.
  bool IsBuiltinFunctionValue(TypeId t) const {
    if (program_->types.Kind(t) != TypeKind::Builtin) return false;
    auto f = static_cast<BuiltinFunction>(program_->types[t].payload);
    return BuiltinTypeName(f) != nullptr || !BuiltinFunctionName(f).empty() || !NativeFunctionName(f).empty();
  }
  // The cases of a call of an `object` (InferFunctionValueCall) for each
  // escaped builtin: its wrapper function for the call's argument count;
  // false after reporting what cannot be called so.
  bool InferBuiltinValueCases(NodeId call, std::vector<DynamicCase>& cases, TypeId& result, bool& known);
  // `obj.name` / `C.name` read as a value, where `method` is what the class
  // finds for name: a bound method, or (a static method, a plain method
  // read through the class) the function itself.
  TypeId InferMethodValue(NodeId e, TypeId base, uint32_t class_index, NodeId method);
  // f(...) where f is a bound method of static type `bound`.
  TypeId InferBoundMethodCall(NodeId call, TypeId bound);
  // A built-in type's method read as a value (`str.upper`, `line.strip`,
  // `counts.get`): its NativeMethod type; invalid when `name` is none of those.
  TypeId InferNativeMethodValue(NodeId e, TypeId base, std::string_view name);
  // What calling such a method with arguments of these types returns
  // (unknown, reported, when it cannot be called so yet).
  TypeId NativeMethodResult(NodeId at, TypeId method, std::span<const TypeId> args);
  TypeId InferNativeMethodValueCall(NodeId call, TypeId method);
  // sema_builtin_values.cpp: map() / filter() kept as values: a call of
  // the internal module's generator function `name` (call_targets).
  TypeId InferBuiltinValueCall(NodeId call, std::string_view name, std::span<const NodeId> args);
  NodeId BuiltinValueDef(std::string_view name) const;
  // A builtin `f` called by another with one argument of type `arg` where
  // lowering has no in-place form: the internal module's call1(f, arg)
  // (call_targets of f_expr); its result type.
  TypeId InferBuiltinThroughWrapper(NodeId f_expr, TypeId f, TypeId arg);
  std::string BuiltinArgumentError(TypeId f, std::span<const TypeId> args) const;
  std::string BuiltinValueName(TypeId f) const;  // "len()"
  std::string RefusedArgumentError(TypeId f, std::span<const TypeId> args) const;
  // NativeMethodResult of a list's method (`append = out.append`).
  TypeId ListMethodValueResult(NodeId at, TypeId method, std::span<const TypeId> args);
  // A list method value's type -> the join of the items its calls store
  // (append, insert, extend): added to the list wherever the value is read,
  // as a direct `out.append(x)` adds x's type to out's.
  std::unordered_map<uint32_t, TypeId> list_method_items_;
  // obj.m(args) of a method decorated by a function of the program: the
  // decorated value (global g, a function) called with (obj, args).
  TypeId InferDecoratedMethodCall(NodeId call, uint32_t g, TypeId receiver);
  NodeId callee_;  // the func of the call being inferred
  TypeId InferFunctionValueCall(NodeId call, std::span<const NodeId> args);
  // Defaults that are not literals (sema_defaults.cpp): evaluated where the
  // def or lambda runs (or its class statement), their types joined into
  // Program::stored_defaults.
  void InferDefaults(NodeId def);
  bool IsLiteralDefault(NodeId d) const {
    NodeId lit = tree_.Kind(d) == NodeKind::UnaryOp ? tree_.Node(d, UnaryOpField::operand) : d;
    return tree_.Kind(lit) == NodeKind::Constant;
  }
  // Applies a def's decorators (innermost first) to its function type.
  TypeId InferDecorators(NodeId def, TypeId function);
  // A call f(x) that a builtin makes (map, filter, key=): f's instance for
  // an argument of type `arg`, recorded as call_targets[f_expr]; its result
  // type (unknown while not inferred; reported when f cannot be called so).
  TypeId InferUnaryCall(NodeId f_expr, TypeId f, TypeId arg);
  TypeId InferUnaryCallType(NodeId f_expr, TypeId f, TypeId arg);
  // key= of sorted(), min(), max(): a lambda inferred in place, or any
  // function value; the type of the keys.
  TypeId InferKey(NodeId value, TypeId element);

  // Instances and the fixed point.
  InstanceId Instantiate(NodeId def, const std::vector<TypeId>& args);
  void InferInstance(InstanceId id);
  void CompactInstances(const std::vector<bool>& reached);

  // Statements and expressions.
  bool InferBlock(std::span<const NodeId> body);  // returns whether control can fall off its end
  bool InferStatement(NodeId stmt);
  TypeId InferExpr(NodeId expr);
  TypeId InferExprUnguarded(NodeId expr);
  TypeId InferCall(NodeId call);
  TypeId InferBuiltinCall(NodeId call, BuiltinFunction f, std::span<const NodeId> args);
  // sema_io.cpp: with statements, methods and attributes of files, bytes and
  // type objects, and the builtins that make them.
  bool InferWith(NodeId s);
  TypeId InferNativeMethodCall(NodeId call, NodeId attribute, NativeReceiver receiver, TypeId receiver_type,
                               std::span<const NodeId> args);
  // The type of attribute `e` of `base` when it is a native value's (f.closed,
  // type(x).__name__, sys.stdin); invalid when it is not one.
  TypeId InferNativeAttribute(NodeId e, TypeId base);
  // `known`: every argument's type is inferred (InferBuiltinCall).
  TypeId InferIoBuiltinCall(NodeId call, BuiltinFunction f, std::span<const NodeId> args,
                            const std::vector<TypeId>& arg_types, bool known);
  // False, with a located error, unless a built-in got `lo` to `hi` arguments.
  bool BuiltinArity(NodeId call, size_t given, size_t lo, size_t hi);
  TypeId BytesType() { return types().Get(TypeKind::Bytes); }
  // sema_numbers.cpp: complex, the numbers' methods and attributes, and
  // whether a ** of floats can be typed float.
  TypeId ComplexType() { return types().Get(TypeKind::Complex); }
  TypeId InferNumberBuiltinCall(NodeId call, BuiltinFunction f, std::span<const NodeId> args,
                                const std::vector<TypeId>& arg_types, bool known);
  // base ** exponent (the operands of `at`: a BinOp, an AugAssign or a
  // pow() call) with a float among them: a float unless a negative base and a
  // non-integral exponent can meet (then CPython returns a complex).
  bool FloatPowIsReal(NodeId at);
  bool ProvablyNonNegative(NodeId e);
  // The expressions whose values local `name` of the current function ever
  // takes (appended to `values`); false when one of its bindings is not a
  // plain assignment (a parameter, unpacking, an augmented assignment other
  // than += *= /= //= %= **=, ...). A `for name in range(...)` adds the
  // range's start, or needs none.
  bool LocalAssignedValues(NodeId use, std::vector<NodeId>& values);
  // bytearray(...) (sema_bytearray.cpp).
  TypeId InferByteArrayCall(NodeId call, std::span<const NodeId> args, const std::vector<TypeId>& arg_types);
  TypeId InferAttributeBuiltin(NodeId call, BuiltinFunction f, std::span<const NodeId> args,
                               const std::vector<TypeId>& arg_types);
  TypeId InferBinary(NodeId at, BinaryOp op, TypeId left, TypeId right);
  // A comparison whose method may return NotImplemented (sema_operators.cpp):
  // records what runs then (FunctionInstance::operator_fallbacks); `reflected`:
  // the method called was already the right operand's.
  void NoteComparisonFallback(NodeId e, CmpOp op, TypeId left, TypeId right, bool reflected);
  // 1 or 0 when an if's test is known from types alone (`isinstance(x, C)`,
  // `not isinstance(...)`, `x is None`, `x is not None`, x a name of an
  // exact type), else -1.
  int StaticCondition(NodeId test);
  void AssignTo(NodeId target, TypeId type);
  NameBinding Resolve(IdentId name);
  // Where a Name node's variable lives: its def-use web's slot or hidden
  // global where the variable is split (sema_webs.cpp), else Resolve.
  NameBinding ResolveName(NodeId name);
  bool RaiseWhenCalled(NodeId call, TypeId argument, std::string message);
  // Splits each function's locals and the main module's globals into one
  // variable per def-use web (after CollectClosures: cells are not split).
  void SplitWebs();
  static constexpr uint32_t kModuleScope = UINT32_MAX - 1;  // the main module's body
  static constexpr uint32_t kNoScope = UINT32_MAX;
  // Name node -> (its scope: the def's node index or kModuleScope, where it lives).
  std::unordered_map<uint32_t, std::pair<uint32_t, NameBinding>> web_bindings_;
  // The split globals of the main module: ident -> its globals, the
  // namespace's first.
  std::unordered_map<uint32_t, std::vector<uint32_t>> split_globals_;
  WebOptions web_options_;
  std::vector<uint32_t> keep_whole_;
  // Fills keep_whole_ once inference is done.
  void FindGlobalsToKeepWhole();
  bool InferTry(NodeId s);
  // Generators (sema_generators.cpp).
  // Whether def's own body (not a nested scope's) has a yield; cached.
  bool IsGeneratorDef(NodeId def);
  std::unordered_map<uint32_t, bool> generator_defs_;
  std::unordered_map<uint32_t, std::vector<NodeId>> generator_expression_params_;  // GeneratorExp node -> its parameters
  // `yield v` / `yield from it` in the current generator instance.
  TypeId InferYield(NodeId e);
  // `return v` in a generator: joins v's type into its StopIteration value.
  void JoinGeneratorReturn(NodeId at, TypeId value);
  // After the body: the generator instance's return_type from what it yields and returns.
  void FinishGeneratorInstance(bool falls_through);
  // g.send(v), g.close() on a generator of type `gen`.
  TypeId InferGeneratorMethodCall(NodeId call, NodeId attribute, TypeId gen, std::span<const NodeId> args);
  // A generator expression used as a value: its instance, called where it is made.
  TypeId InferGeneratorExpValue(NodeId e);
  // The expressions whose values a generator over `iter` is made with:
  // iter itself, or the arguments of a range() call.
  std::vector<NodeId> IterableParams(NodeId iter);
  void InferGeneratorExpBody();
  // The parameter slot of expression e in a generator expression's instance, or -1.
  int32_t GeneratorExpParam(NodeId e) {
    const std::vector<NodeId>& params = Current().generator_expression_params;
    for (size_t i = 0; i < params.size(); ++i)
      if (params[i] == e) return static_cast<int32_t>(i);
    return -1;
  }
  // next(it[, default]) and iter(it).
  TypeId InferNextOrIter(NodeId call, BuiltinFunction f, std::span<const NodeId> args, const std::vector<TypeId>& arg_types);
  // Whether def's body pauses inside a try with a finally clause, a with
  // statement or a try whose handlers catch GeneratorExit (CPython runs
  // them when an unfinished generator is freed); cached.
  bool PausesInCleanup(NodeId def);
  // `g = f()` at module level, g a global: g's index, else -1 (a
  // finalizing generator may be held there).
  int32_t HeldGeneratorGlobal(NodeId assign);
  // The reads of globals holding finalizing generators must not let the generator escape.
  void CheckHeldGenerators();
  std::unordered_map<uint32_t, bool> pauses_in_cleanup_;
  // Records def (a generator's definition) in Program::finalizing_generators.
  void NoteFinalizingGenerator(NodeId def);
  // The one expression whose finalizing generator is allowed: the iterable
  // of the loop being inferred (InferIteration).
  NodeId finalizable_iterable_;
  // zip(), enumerate(), map() or filter() as a loop's iterable: the loop walks its arguments.
  NodeId finalizable_call_;
  // A generator of a finalizing definition made other than as a loop's iterable: not supported yet.
  void CheckFinalizingGeneratorUse(NodeId e, TypeId t);
  // throw(C) / raise C of the program's exception class C: C()'s __init__ (call_targets of part).
  void InferRaisedClass(NodeId part, TypeId t);
  // The type of the items `for x in iter` binds to x.
  TypeId InferIteration(NodeId iter);
  TypeId InferIterationUnguarded(NodeId iter);
  TypeId InferDisplayItem(NodeId x);
  // Whether a `break` in `body` leaves the loop whose body it is.
  bool BreaksOut(std::span<const NodeId> body) const;
  TypeId InferListComp(NodeId e);
  // `what` (iterating over, 'in' with, indexing, calling) a value of type
  // object is dispatched on its run-time type, which knows none of the
  // program's classes' methods that CPython would call there: rejected when
  // a class of the program defines one of `methods`.
  void RejectObjectProtocol(NodeId at, std::string_view what, std::initializer_list<const char*> methods) {
    for (const char* m : methods)
      if (AnyClassDefines(m)) {
        Unsupported(at, std::string(what) + " a value of type object (a class of the program defines " + m + ")");
        return;
      }
  }
  // `obj op x` / `op obj` of a value of type object when classes of the
  // program define the operator method `name`: a DynamicCase per such class
  // (its method instantiated for the other operand's type, `other`; invalid
  // for a unary operator), tried before the run-time dispatch. False (and
  // nothing recorded) when a method may return NotImplemented or does not
  // take its operands.
  // Binary: `reflected` names the reflected method, tried on the right
  // operand when it is an object (DynamicCase::field == kReflectedOperator).
  bool InferDynamicOperator(NodeId at, const std::string& name, const std::string& reflected, TypeId left, TypeId right);
  // Whether a class of the program has method `name` (its own or inherited).
  bool AnyClassDefines(std::string_view name) {
    IdentId id = tree_.Find(name);
    if (!id.IsValid()) return false;
    for (uint32_t c = 0; c < program_->classes.size(); ++c)
      if (FindMethod(c, id).IsValid()) return true;
    return false;
  }
  // A stream as a value (sys.stdout) has no object to print: print(),
  // str(), repr() and f-strings of one are rejected (CPython prints
  // <_io.TextIOWrapper ...>). A builtin function (len) or a native module's
  // (math.sqrt) has one.
  void RejectBuiltinFunctionText(NodeId at, TypeId t) {
    if (types().Kind(t) != TypeKind::Builtin) return;
    auto f = static_cast<BuiltinFunction>(types()[t].payload);
    if (!BuiltinTypeName(f) && NativeFunctionName(f).empty() && BuiltinFunctionName(f).empty())
      Unsupported(at, "printing or formatting a built-in function or stream");
  }
  // sema_augmented.cpp: `target op= value` of a list, set, dict or bytearray
  // changes the container in place (its new items are added to its type, as
  // extend() and update() add them); other types go through InferBinary.
  TypeId InferAugmented(NodeId s, NodeId target, BinaryOp op, TypeId left, TypeId right);
  // Binds a comprehension's generators: each target's names in a new scope
  // (comprehension_scopes_), each condition inferred. Returns the depth to
  // resize comprehension_scopes_ back to once the element is inferred.
  size_t EnterComprehension(std::span<const NodeId> generators);
  // The items of an iterable argument (a list, str, range, dict or view).
  TypeId IterationElement(NodeId at, TypeId iterable);
  // key=lambda x: ... applied to items of type `element`: its parameter
  // gets a slot of the current instance; returns the key's type.
  TypeId InferKeyLambda(NodeId lambda, TypeId element);
  // Comprehension variables: a scope per comprehension being inferred,
  // innermost last, mapping names to the instance's local slots.
  std::vector<std::unordered_map<uint32_t, uint32_t>> comprehension_scopes_;
  bool outside_comprehensions_ = false;  // Resolve skips comprehension_scopes_ (an assignment expression's target)
  bool allow_iterator_ = false;  // zip() and enumerate() are allowed only as a loop's iterable
  NodeId view_allowed_;          // the one call that may make a dict view (keys(), values(), items())
  // The iterable of the loop, comprehension or list() being inferred: a list
  // nothing is ever stored in may be iterated over there (it has no items).
  NodeId empty_iteration_allowed_;
  // Whether the fixed point was reached within kMaxFixpointRounds: only then
  // is a container whose items' type is still unknown known to be empty.
  bool converged_ = false;
  // A read from a container whose items' type is unknown: reported unless
  // the fixed point was reached (then the container is empty).
  void CheckInferredEmpty(NodeId at, std::string_view what) {
    if (!converged_) Unsupported(at, std::string(what) + " whose element type is unknown (nothing is ever stored in it)");
  }
  // Classes.
  void CollectClasses(uint32_t module);
  // Class statements anywhere (sema_local_classes.cpp). Where each def,
  // lambda and class statement is: the def, lambda or class whose body
  // holds it (invalid: a module's level), and whether it is inside a loop,
  // a comprehension or a lambda of that body.
  struct ScopeSite {
    NodeId scope;
    bool in_loop = false;
  };
  std::unordered_map<uint32_t, ScopeSite> scope_sites_;
  // How often each identifier names something anywhere in the program (a
  // Name, an attribute, an import, a def), and the Name of its one use as
  // the function of a call, with where that call is.
  std::unordered_map<uint32_t, uint32_t> name_uses_;
  std::unordered_map<uint32_t, std::pair<NodeId, ScopeSite>> call_uses_;
  std::unordered_set<uint32_t> decorated_defs_;
  // Attributes some `del obj.x` deletes: such a field is never always_set.
  std::unordered_set<uint32_t> deleted_attributes_;
  bool scope_sites_found_ = false;
  void FindScopeSites();
  // The module's class statements, outer ones before those nested in them
  // (in functions or in class bodies), in source order.
  std::vector<NodeId> ClassStatements(uint32_t module) const;
  // Whether a def or class statement (with the bodies around it) can run
  // at most once in the whole run: each enclosing def is called from one
  // place only, in the scope that defines it, outside any loop.
  bool RunsAtMostOnce(NodeId statement) const;
  // The class a base-class expression of a class statement in `scope` names.
  int32_t BaseClassNamed(uint32_t module, NodeId scope, NodeId expr) const;
  // The class statement node -> its class.
  std::unordered_map<uint32_t, uint32_t> class_of_def_;
  // __qualname__ of every class, once the enclosing functions are known.
  void SetClassQualifiedNames();
  // A class statement run (inside a function, or at a module's level):
  // its class attributes' and methods' defaults, those of the classes
  // nested in it, and the binding of its name.
  void InferClassStatement(NodeId s);
  std::unordered_set<uint32_t> FieldsSetFirstInInit(NodeId init);
  // The method `name` found along the class's MRO (after class `after` in
  // it, for super(); UINT32_MAX: from the start).
  NodeId FindMethod(uint32_t class_index, IdentId name, uint32_t after = UINT32_MAX) const;
  void ComputeMro(ClassInfo& info, uint32_t index);
  // sema_builtin_bases.cpp: classes whose base is list, dict or set.
  // The BuiltinFunction a base-class expression names (list, dict, set), or -1.
  int32_t BuiltinBaseNamed(NodeId base) const;
  // The type of the built-in value of a new instance (an empty container).
  TypeId EmptyBuiltinValue(int32_t builtin);
  // The class of t when t is an instance of a class with a built-in base, else -1.
  int32_t BuiltinBasedClass(TypeId t) const;
  // Whether class c has `member` (a method, field, class attribute or property).
  bool ClassHasMember(uint32_t c, std::string_view member) const;
  // `e`, of type `t`, used where the built-in value serves unless the class
  // has `member` (empty: whatever it has): the built-in value's type, with a
  // BuiltinValue narrowing of e; else t (a stale narrowing of e dropped).
  TypeId NarrowBuiltinValue(NodeId e, TypeId t, std::string_view member);
  // RefineContainer of such a narrowed expression: refines the class's
  // builtin_field. False when `container` is not narrowed so.
  bool RefineBuiltinValue(NodeId container, TypeId refined, NodeId at);
  // obj.attr read as a value on an instance of class c: rejected when only
  // the built-in value has it.
  void CheckBuiltinBasedAttribute(NodeId e, uint32_t c, std::string_view attr);
  // The operands of a comparison (one operator) or of a binary operator,
  // narrowed to their built-in values where the classes define no method for it.
  void NarrowComparedBuiltinValues(NodeId e, TypeId& left, TypeId& right);
  void NarrowOperandBuiltinValues(NodeId e, BinaryOp op, TypeId& left, TypeId& right);
  // Whether super(C, self)'s arguments are the calling method's class and first parameter.
  bool IsPlainSuperArguments(NodeId super_call);
  // super().m(args) in a method of a class with a built-in base, where no
  // class after the method's defines m: the built-in's m on the value.
  // Invalid when the call is an ordinary super() call.
  TypeId InferBuiltinSuperCall(NodeId call, NodeId attribute, std::span<const NodeId> args);
  // sema_class_objects.cpp: C.__mro__ (mro: true) or C.__bases__ as the
  // types of their items (ClassObject, ExceptionClass, `object`).
  std::vector<TypeId> ClassChain(uint32_t class_index, bool mro);
  // obj.name of an instance of class c that has no such member: its
  // __getattr__(name) (call_targets of e, getattr_reads), invalid without one.
  TypeId InferGetattrFallback(NodeId e, uint32_t c);
  // C.__mro__, C.__bases__, C.__base__; invalid for other attributes.
  TypeId InferClassObjectAttribute(NodeId e, uint32_t class_index, std::string_view attr);
  // sema_imports.cpp: import statements, module objects and their attributes.
  void InferImport(NodeId s);
  FunctionInstance::ImportStep BindImported(NodeId at, IdentId name, TypeId type, FunctionInstance::ImportStep step);
  TypeId ModuleType(uint32_t module) {
    return types().Get(TypeKind::Module, {}, kFirstProgramModule + module);
  }
  // The program's module a Module type stands for, or -1 (sys, math).
  int32_t ProgramModuleOf(TypeId t) const {
    if (program_->types.Kind(t) != TypeKind::Module || program_->types[t].payload < kFirstProgramModule) return -1;
    return static_cast<int32_t>(program_->types[t].payload - kFirstProgramModule);
  }
  // `m.x` on the program's module m: the global x of m's namespace, or a
  // submodule m.x; records the read (or, `storing`, the assignment).
  TypeId InferModuleAttribute(NodeId e, uint32_t module, IdentId attr, bool storing);
  // sema_stdlib.cpp: the native modules (types/native_modules.h).
  // The native module an import statement of the current module may name
  // `name` by, or -1: the program's modules come first (modules.h), and an
  // internal core only Keelback's stdlib/ sources see.
  int32_t VisibleNativeModule(std::string_view name) const;
  TypeId NativeMemberType(uint32_t member);
  // `m.x` on native module m: records the read.
  TypeId InferNativeModuleAttribute(NodeId e, BuiltinModule module, std::string_view attr);
  // The import steps of `import m` / `from m import ...` of native module m.
  void InferNativeImport(NodeId alias, IdentId target, BuiltinModule module,
                         std::vector<FunctionInstance::ImportStep>& steps);
  void InferNativeImportFrom(NodeId s, BuiltinModule module, std::vector<FunctionInstance::ImportStep>& steps);
  // A value read whose type is one Keelback does not model (a typing name
  // outside annotations): reports it.
  void CheckModelledValue(NodeId e, TypeId t, std::string_view name);
  TypeId InferTypingCast(NodeId call, std::span<const NodeId> args);
  TypeId InferTypeVarCall(NodeId call, std::span<const NodeId> args);
  TypeId InferNativeFunctionCall(NodeId call, BuiltinFunction f, std::span<const NodeId> args,
                                 const std::vector<TypeId>& arg_types);
  // The class a base-class expression of module `module` names (a class of
  // its own defined before, one it imported, `m.C`); -1 if none.
  int32_t ClassNamedBy(uint32_t module, NodeId expr) const;
  std::vector<IdentId> StarImportNames(uint32_t module) const;
  void CollectStarImports();
  std::vector<uint32_t> ModulesInDependencyOrder() const;
  std::optional<std::string> ImportFromModule(uint32_t module, NodeId s) const;
  // The match statement (sema_match.cpp).
  bool InferMatch(NodeId s);  // returns whether control can fall off its end
  void InferPattern(NodeId pattern, TypeId subject);
  int PatternDepth(NodeId pattern) const;
  void BindCapture(NodeId at, IdentId name, TypeId type, bool fresh);
  const std::vector<IdentId>* MatchArgs(uint32_t class_index) const;
  void AssignField(uint32_t class_index, IdentId name, TypeId type, NodeId at);
  int32_t ClassOfValue(TypeId t) const;
  bool IsStandardStream(TypeId t) const {
    const TypeTable& table = program_->types;
    return table.Kind(t) == TypeKind::Builtin &&
           (table[t].payload == static_cast<uint32_t>(BuiltinFunction::SysStdout) ||
            table[t].payload == static_cast<uint32_t>(BuiltinFunction::SysStderr));
  }  // the class of a Class or Optional[Class] value, else -1
  // The module global holding class attribute `name` of the class or its
  // nearest base that has one; -1 when none has.
  int32_t ClassAttributeGlobal(uint32_t class_index, IdentId name) const;
  NodeId FindProperty(uint32_t class_index, IdentId name, bool setter) const;
  void CollectClassMember(ClassInfo& info, uint32_t index, NodeId member);
  // Instantiates __repr__, __str__, __len__ and __bool__ for (self: class).
  void InstantiateSpecialMethods(uint32_t class_index);
  // super().method(...) inside a method: the method found above the class
  // that defines the calling method.
  TypeId InferSuperCall(NodeId call, NodeId attribute);
  // C.method(...): a plain function call of the method found in C.
  TypeId InferClassMethodCall(NodeId call, NodeId attribute, uint32_t class_index);
  TypeId InferMethodCall(NodeId call, NodeId attribute, std::span<const NodeId> args);
  TypeId InferDynamicMethodCall(NodeId call, NodeId attribute, std::span<const NodeId> args);
  TypeId InferDynamicAttribute(NodeId e, IdentId name);
  TypeId InferConstructorCall(NodeId call, uint32_t class_index, std::span<const NodeId> args);
  // int(obj), float(obj) of an instance (sema_special_methods.cpp): its
  // __int__ / __float__, else __index__ (call_targets of the call).
  TypeId InferNumberConversion(NodeId call, BuiltinFunction f, TypeId instance);
  bool InferArguments(std::span<const NodeId> args, std::vector<TypeId>& types);
  // Matches a call's positional and keyword arguments to def's parameters
  // (after self when has_self), filling in literal defaults; appends each
  // parameter's type to arg_types and records the binding for lowering.
  bool BindCall(NodeId call, NodeId def, bool has_self, std::vector<TypeId>& arg_types, bool& known);
  // Lists.
  TypeId InferListMethodCall(NodeId call, NodeId attribute, TypeId list, std::span<const NodeId> args);
  TypeId InferStrMethodCall(NodeId call, NodeId attribute, std::span<const NodeId> args);
  TypeId InferDictMethodCall(NodeId call, NodeId attribute, TypeId dict, std::span<const NodeId> args);
  // --- sema_collections.cpp: defaultdict, Counter, OrderedDict (dicts of a DictFlavor).
  TypeId InferCollectionsCall(NodeId call, BuiltinFunction f, std::span<const NodeId> args);
  // What a defaultdict's default_factory of type `factory` returns.
  TypeId DefaultFactoryValue(NodeId at, TypeId factory);
  // dict[key] read on a defaultdict or Counter (`container` holds the dict).
  TypeId InferFlavoredDictRead(NodeId e, NodeId container, TypeId dict, TypeId key);
  // The methods a flavour adds or changes; `handled` false for dict's own.
  TypeId InferFlavoredDictMethod(NodeId call, NodeId attribute, TypeId dict, std::span<const NodeId> args,
                                 bool& handled);
  // Counter op Counter: the result's type; invalid when not Counter arithmetic.
  TypeId InferCounterOperator(NodeId at, BinaryOp op, TypeId left, TypeId right);
  TypeId InferSetMethodCall(NodeId call, NodeId attribute, TypeId set, std::span<const NodeId> args);
  // Records that the set `container` (of type `set`) also holds values of
  // type `item`: refines or widens it as AddListElement does a list.
  void AddSetElement(NodeId container, TypeId set, TypeId item, NodeId at);
  // Records that `container` (of type dict[K, V]) also maps `key` to `value`
  // types: refines dict[unknown, unknown] like AddListElement.
  void AddDictEntry(NodeId container, TypeId dict, TypeId key, TypeId value, NodeId at);
  // Refines the type of the variable or attribute an expression reads.
  void RefineContainer(NodeId container, TypeId refined, NodeId at);
  // After a call of `target` whose arg_types held `arg_count` types: the
  // empty containers the call passed in variables and the callee filled
  // are refined in the caller too (sema_filled_arguments.cpp).
  void RefineArgumentsFilledByCallee(NodeId call, InstanceId target, size_t arg_count);
  // An item of a dict or list refined (`graph[k].append(x)` where graph is
  // a dict[str, list[unknown]]): the container holding it is refined to
  // hold the refined item type; false when the subscript is not such an
  // item (sema_filled_arguments.cpp).
  bool RefineThroughSubscript(NodeId subscript, TypeId refined, NodeId at);
  // Whether t is, or holds, a list, set or dict whose item types are not
  // all inferred yet (what a Join completes rather than widens).
  bool HasUnfilledPart(TypeId t) const;
  // Whether t is a list whose items are stored unboxed (list[float], list[bool]).
  bool HasUnboxedItems(TypeId t) const;
  // Whether `value` is the type of a new empty list, set or dict (`[]`,
  // `set()`, `{}`), storable where a `target` of the same kind is expected
  // (lowering's Coerce gives it the target's item representation).
  bool IsEmptyContainerOf(TypeId value, TypeId target) const;
  // Widens the container a variable holds (its elements become objects), if
  // that is sound (see non_fresh_variables_); false when it is not.
  bool WidenContainer(NodeId container, TypeId widened, NodeId at);
  // Records that the list `container` (an expression of type list[T]) also
  // holds values of type `element`: refines list[unknown] through the
  // variable or field the expression reads; other mismatches are reported.
  void AddListElement(NodeId container, TypeId list, TypeId element, NodeId at);
  TypeId ElementOf(TypeId list) const { return program_->types[list].params[0]; }
  // sema_container_flow.cpp: an empty container's item types learnt from
  // later uses, through any path its value takes (see the file's comment).
  // `a` with its unknown parts filled in from `b` (and, inside containers,
  // None and boxed T items made Optional[T]; `promote_none`: None and T too);
  // invalid when a known part differs.
  TypeId Complete(TypeId a, TypeId b, bool promote_none, int depth = 0);
  // The same, and (`widen`) items of two types inside containers made object.
  TypeId CompleteOrWiden(TypeId a, TypeId b, bool promote_none, bool widen, int depth = 0);
  // Whether a type has an unknown part at any depth (list[list[?]]).
  bool HasUnknownDeep(TypeId t) const;
  // Whether a value of type t is, or holds in a tuple or Optional, a list, dict or set.
  bool HoldsMutableContainer(TypeId t) const;
  // Makes expression e (of the current instance) evaluate to a `refined`
  // container (a completion of its type): pushed back through subscripts,
  // method results, displays and operators to the variables, fields and
  // displays it comes from; reported where it cannot be.
  // Items widened to object are pushed back too, where sound. False (and,
  // unless `quiet`, reported) where a path cannot follow.
  bool RefineExpr(NodeId e, TypeId refined, NodeId at, bool quiet = false);
  // `value` is stored where values of type `place` are held: a completion
  // of its type is pushed back to it.
  void FlowBack(NodeId value, TypeId place, NodeId at);
  // The type a Name, Attribute or Subscript target holds now; invalid if none.
  TypeId PlaceType(NodeId target);
  void FlowBackToTargets(std::span<const NodeId> targets, NodeId value, NodeId at);
  // `for target in iter`: target's type completes iter's items.
  void FlowBackToIterable(NodeId target, NodeId iter, NodeId at);
  // The items an iterable gives are held where values of type `item` are
  // (through zip(), enumerate(), d.items(), d.values(), reversed()...).
  void FlowBackIterable(NodeId iter, TypeId item, NodeId at);
  // What a loop target holds now: its variable's type, or a tuple of them
  // (unknown where it has none).
  TypeId TargetPlaceType(NodeId target);
  void FlowBackItems(NodeId container, TypeId place, NodeId at);
  // Each call's arguments completed to the callee's parameter types (a
  // parameter refined in the callee by what it adds to it).
  void FlowBackToParameters();
  // The type of a container display or maker call `e` with what its site learnt.
  TypeId ApplySiteType(NodeId e, TypeId t);
  uint64_t SiteKey(NodeId e) const { return (uint64_t{current_.index} << 32) | e.index; }
  // (instance, display node) -> the completed type of the containers it makes.
  std::unordered_map<uint64_t, TypeId> site_types_;
  void InferDelete(NodeId target);
  TypeId Join(TypeId a, TypeId b, NodeId at, std::string_view what);
  void SetLocalType(uint32_t slot, TypeId type, NodeId at);
  void SetGlobalType(uint32_t index, TypeId type, NodeId at);
  // Narrowing (sema_narrowing.cpp, FunctionInstance::narrowings).
  // `e`, of type `t`, used where None cannot be: an Optional container is
  // narrowed to the container, with the error CPython raises for None.
  // Returns the type the use sees.
  TypeId NarrowNotNone(NodeId e, TypeId t, bool type_error, std::string text);
  // `if isinstance(x, dict):` on a local x of type object that the body never
  // assigns: the local slot whose reads in the body are dicts, or -1.
  int32_t TestedDictLocal(NodeId if_statement);
  // A read of local `slot` (Name node `e`, of type `t`) inside such a body.
  TypeId NarrowTestedDict(NodeId e, uint32_t slot, TypeId t);
  std::vector<uint32_t> tested_dicts_;  // the slots narrowed in the bodies being inferred
  TypeId Record(NodeId expr, TypeId type) {
    Current().expr_types[expr.index] = type;
    return type;
  }
  // 1 for a non-negative int literal, -1 for a negative one (-5), 0 otherwise.
  int LiteralSign(NodeId e) const {
    int sign = 1;
    if (tree_.Kind(e) == NodeKind::UnaryOp && static_cast<UnaryOp>(tree_.Field(e, UnaryOpField::op)) == UnaryOp::USub) {
      sign = -1;
      e = tree_.Node(e, UnaryOpField::operand);
    }
    if (tree_.Kind(e) != NodeKind::Constant) return 0;
    const Constant& c = tree_.GetConstant(ConstantId(tree_.Field(e, ConstantField::value)));
    if (c.kind == Constant::Kind::True || c.kind == Constant::Kind::False) return 1;
    if (c.kind != Constant::Kind::Int) return 0;
    return c.text == "0" ? 1 : sign;
  }
  // The value of an int literal (5, -5, True), if e is one that fits 32 bits.
  bool LiteralInt(NodeId e, int64_t& value) const {
    int sign = LiteralSign(e);
    if (sign == 0) return false;
    NodeId lit = tree_.Kind(e) == NodeKind::UnaryOp ? tree_.Node(e, UnaryOpField::operand) : e;
    const Constant& c = tree_.GetConstant(ConstantId(tree_.Field(lit, ConstantField::value)));
    if (c.kind == Constant::Kind::True || c.kind == Constant::Kind::False) {
      value = c.kind == Constant::Kind::True ? 1 : 0;
      return true;
    }
    if (c.text.size() >= 10 || c.text.find_first_not_of("0123456789") != std::string::npos) return false;
    value = sign * std::stoll(c.text);
    return true;
  }
  // The type of t[lower:upper:step] for a tuple type: its items picked out
  // when the bounds are literals or left out, else object (a tuple whose
  // length only the run time knows).
  TypeId TupleSliceType(TypeId tuple, NodeId slice);
  bool IsNumeric(TypeId t) const {
    TypeKind k = program_->types.Kind(t);
    return k == TypeKind::Int || k == TypeKind::Bool || k == TypeKind::Float;
  }

  const SyntaxTree& tree_;
  Diagnostics& diagnostics_;
  std::unique_ptr<Program> program_;
  std::span<const SourceModule> source_modules_;  // program_->modules' sources, for FindModule
  std::vector<ScopeInfo> module_scopes_;  // each module's namespace
  std::unordered_map<uint32_t, ScopeInfo> function_scopes_;       // def node -> scope
  std::unordered_map<uint64_t, uint32_t> global_index_;           // GlobalKey(module, ident) -> global
  std::unordered_map<uint32_t, std::unordered_set<uint32_t>> always_set_fields_;  // class -> field idents
  std::unordered_map<uint32_t, uint32_t> method_class_;  // method FunctionDef -> the class defining it
  std::unordered_set<uint32_t> static_methods_;          // @staticmethod FunctionDefs
  std::unordered_set<uint32_t> class_methods_;           // @classmethod FunctionDefs
  std::map<std::vector<uint32_t>, uint32_t> keyword_signature_index_;  // keyword idents -> Program::keyword_signatures
  // The local slot of the current function's **kwargs parameter, -1 if none.
  int32_t KwargsSlot();
  std::map<std::pair<uint32_t, std::vector<uint32_t>>, InstanceId> instance_index_;
  InstanceId current_;
  bool changed_ = false;
  bool reporting_ = false;
  // Widening a container in place (list[str] to list[object]) is sound only
  // while no reference with the narrower type can exist: for a variable
  // whose every assignment is a new container (a literal, a comprehension, a
  // builtin's result). Variables are keyed by VariableKey.
  bool assigning_fresh_ = false;  // the value AssignTo stores is a new container
  bool refining_ = false;         // AssignTo called by RefineContainer
  std::unordered_set<uint64_t> non_fresh_variables_;
  // The same for fields, by attribute name (over every class: conservative).
  std::unordered_set<uint32_t> non_fresh_fields_;
  uint64_t VariableKey(const NameBinding& b) const {
    return b.kind == NameBinding::Kind::Global ? (uint64_t{1} << 63) | b.index
                                               : (uint64_t{current_.index} << 32) | b.index;
  }
  bool IsFreshContainer(NodeId value);
  // A container of `from` can hold values of `to` without a change of
  // representation (both are words whose boxed form is themselves).
  bool SameWordRepresentation(TypeId from) const;
  // Whether a type is, or is a tuple with, a part not inferred yet.
  bool HasUnknownPart(TypeId t) const;
  int depth_ = 0;
};

// Calls `visit` on every instance `f` calls: its static calls' targets and
// its dynamic cases' (a field read has none).
template <typename Visit>
void ForEachCallee(FunctionInstance& f, Visit&& visit) {
  for (auto& [call, target] : f.call_targets) visit(target);
  for (auto& [node, target] : f.augmented_setters) visit(target);
  for (auto& [item, methods] : f.with_methods) {
    visit(methods.first);
    visit(methods.second);
  }
  for (auto& [decorator, target] : f.decorator_targets) visit(target);
  for (auto& [read, target] : f.default_factory_calls) visit(target);
  for (auto& [node, fallback] : f.operator_fallbacks)
    if (fallback.reflected.IsValid()) visit(fallback.reflected);
  for (auto& [node, cases] : f.dynamic_cases)
    for (DynamicCase& c : cases)
      if (c.target.IsValid()) visit(c.target);
}

}  // namespace keelback::analysis

#endif  // KEELBACK_SEMA_ANALYZER_H
