// Name resolution and whole-program type inference (see sema.h).
#include "sema/sema.h"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace keelback {
namespace {

constexpr int kMaxExpressionDepth = 1000;
constexpr int kMaxFixpointRounds = 64;

struct BuiltinName {
  const char* name;
  BuiltinFunction function;
};
struct MathFunctionInfo {
  const char* name;
  int arity;
  TypeKind result;
};
constexpr MathFunctionInfo kMathFunctions[] = {
#define MATH_FUNCTION(Name, Arity, Result) {#Name, Arity, TypeKind::Result},
#include "types/math_functions.def"
};
constexpr BuiltinName kBuiltins[] = {
    {"print", BuiltinFunction::Print}, {"len", BuiltinFunction::Len},     {"int", BuiltinFunction::Int},
    {"float", BuiltinFunction::Float}, {"str", BuiltinFunction::Str},     {"range", BuiltinFunction::Range},
    {"abs", BuiltinFunction::Abs},     {"min", BuiltinFunction::Min},     {"max", BuiltinFunction::Max},
    {"bool", BuiltinFunction::Bool},   {"repr", BuiltinFunction::Repr},   {"zip", BuiltinFunction::Zip},
    {"enumerate", BuiltinFunction::Enumerate}, {"list", BuiltinFunction::List}, {"sorted", BuiltinFunction::Sorted},
    {"sum", BuiltinFunction::Sum},       {"divmod", BuiltinFunction::Divmod}, {"ascii", BuiltinFunction::Ascii},
    {"dict", BuiltinFunction::Dict},   {"set", BuiltinFunction::Set},     {"frozenset", BuiltinFunction::Frozenset},
    {"isinstance", BuiltinFunction::Isinstance}, {"any", BuiltinFunction::Any}, {"all", BuiltinFunction::All},
    {"round", BuiltinFunction::Round}, {"reversed", BuiltinFunction::Reversed},
};

// Every other name of CPython 3.11's builtins module (its exception classes
// aside): calling one is a compile error until Keelback has it, never a
// NameError that CPython would not raise.
constexpr std::string_view kOtherPythonBuiltins[] = {
    "NotImplemented", "aiter", "anext", "bin", "breakpoint", "bytearray", "bytes", "callable",
    "chr", "classmethod", "compile", "complex", "copyright", "credits", "delattr", "dir", "eval", "exec",
    "exit", "filter", "format", "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input",
    "issubclass", "iter", "license", "locals", "map", "memoryview", "next", "object", "oct", "open",
    "ord", "pow", "property", "quit", "setattr", "slice", "staticmethod", "super",
    "tuple", "type", "vars", "__import__", "__build_class__", "__debug__", "__name__", "__file__", "__doc__",
    "__spec__", "__loader__", "__package__", "__builtins__",
};

// The names a scope binds: its local variables, or the module's globals.
struct ScopeInfo {
  std::vector<IdentId> locals;                    // parameters first, then assigned names
  std::unordered_map<uint32_t, uint32_t> slot;    // ident -> index in locals
  std::unordered_set<uint32_t> declared_global;   // `global x`
};

// The special methods behind operators that classes may define.
constexpr std::pair<BinaryOp, const char*> kBinaryMethods[] = {
    {BinaryOp::Add, "add"},       {BinaryOp::Sub, "sub"},     {BinaryOp::Mult, "mul"},   {BinaryOp::MatMult, "matmul"},
    {BinaryOp::Div, "truediv"},   {BinaryOp::Mod, "mod"},     {BinaryOp::Pow, "pow"},    {BinaryOp::LShift, "lshift"},
    {BinaryOp::RShift, "rshift"}, {BinaryOp::BitOr, "or"},    {BinaryOp::BitXor, "xor"}, {BinaryOp::BitAnd, "and"},
    {BinaryOp::FloorDiv, "floordiv"},
};
constexpr std::pair<CmpOp, const char*> kCompareMethods[] = {
    {CmpOp::Eq, "__eq__"}, {CmpOp::NotEq, "__ne__"}, {CmpOp::Lt, "__lt__"},
    {CmpOp::LtE, "__le__"}, {CmpOp::Gt, "__gt__"},   {CmpOp::GtE, "__ge__"},
};

// Special methods other than the operators' that classes may define: what
// calls each is in the comments of ClassInfo and FunctionInstance.
bool IsSupportedSpecialMethod(std::string_view name) {
  return name == "__init__" || name == "__repr__" || name == "__str__" || name == "__len__" || name == "__bool__" ||
         name == "__getitem__" || name == "__setitem__" || name == "__call__" || name == "__contains__";
}

bool IsOperatorMethod(std::string_view name) {
  if (name == "__neg__" || name == "__pos__") return true;
  for (auto& [op, stem] : kBinaryMethods) {
    std::string s(stem);
    if (name == "__" + s + "__" || name == "__r" + s + "__") return true;
  }
  for (auto& [op, method] : kCompareMethods)
    if (name == method) return true;
  return false;
}

class Analyzer {
 public:
  Analyzer(const SyntaxTree& tree, Diagnostics& diagnostics)
      : tree_(tree), diagnostics_(diagnostics), program_(std::make_unique<Program>()) {
    program_->tree = &tree;
  }

  std::unique_ptr<Program> Run();

 private:
  FunctionInstance& Current() { return program_->instances[current_.index]; }
  TypeTable& types() { return program_->types; }

  void Unsupported(NodeId at, const std::string& what) {
    if (reporting_) Report(DiagnosticKind::NotSupportedYet, at, {what});
  }
  void Report(DiagnosticKind kind, NodeId at, std::initializer_list<std::string_view> args) {
    if (!reporting_) return;
    const AstNode& n = tree_[at];
    diagnostics_.Report(kind, tree_.file(), n.begin, n.end, args);
  }

  // Scopes.
  void CollectBindings(std::span<const NodeId> body, ScopeInfo& scope, bool is_module);
  void AddBinding(ScopeInfo& scope, IdentId name);
  const ScopeInfo& ScopeOf(NodeId def);
  uint32_t GlobalIndex(IdentId name);

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
  TypeId InferBinary(NodeId at, BinaryOp op, TypeId left, TypeId right);
  void AssignTo(NodeId target, TypeId type);
  NameBinding Resolve(IdentId name);
  bool InferTry(NodeId s);
  int try_finally_depth_ = 0;  // inside the body or handlers of a try with a finally clause
  // The type of the items `for x in iter` binds to x.
  TypeId InferIteration(NodeId iter);
  // Whether a `break` in `body` leaves the loop whose body it is.
  bool BreaksOut(std::span<const NodeId> body) const;
  TypeId InferListComp(NodeId e);
  // The items of an iterable argument (a list, str, range, dict or view).
  TypeId IterationElement(NodeId at, TypeId iterable);
  // key=lambda x: ... applied to items of type `element`: its parameter
  // gets a slot of the current instance; returns the key's type.
  TypeId InferKeyLambda(NodeId lambda, TypeId element);
  // Comprehension variables: a scope per comprehension being inferred,
  // innermost last, mapping names to the instance's local slots.
  std::vector<std::unordered_map<uint32_t, uint32_t>> comprehension_scopes_;
  bool allow_iterator_ = false;  // zip() and enumerate() are allowed only as a loop's iterable
  NodeId view_allowed_;          // the one call that may make a dict view (keys(), values(), items())
  // Classes.
  void CollectClasses(std::span<const NodeId> body);
  std::unordered_set<uint32_t> FieldsSetFirstInInit(NodeId init);
  NodeId FindMethod(uint32_t class_index, IdentId name) const;
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
  bool InferArguments(std::span<const NodeId> args, std::vector<TypeId>& types);
  // Matches a call's positional and keyword arguments to def's parameters
  // (after self when has_self), filling in literal defaults; appends each
  // parameter's type to arg_types and records the binding for lowering.
  bool BindCall(NodeId call, NodeId def, bool has_self, std::vector<TypeId>& arg_types, bool& known);
  // Lists.
  TypeId InferListMethodCall(NodeId call, NodeId attribute, TypeId list, std::span<const NodeId> args);
  TypeId InferStrMethodCall(NodeId call, NodeId attribute, std::span<const NodeId> args);
  TypeId InferDictMethodCall(NodeId call, NodeId attribute, TypeId dict, std::span<const NodeId> args);
  TypeId InferSetMethodCall(NodeId call, NodeId attribute, TypeId set, std::span<const NodeId> args);
  // Records that `container` (of type dict[K, V]) also maps `key` to `value`
  // types: refines dict[unknown, unknown] like AddListElement.
  void AddDictEntry(NodeId container, TypeId dict, TypeId key, TypeId value, NodeId at);
  // Refines the type of the variable or attribute an expression reads.
  void RefineContainer(NodeId container, TypeId refined, NodeId at);
  // Widens the container a variable holds (its elements become objects), if
  // that is sound (see non_fresh_variables_); false when it is not.
  bool WidenContainer(NodeId container, TypeId widened, NodeId at);
  // Records that the list `container` (an expression of type list[T]) also
  // holds values of type `element`: refines list[unknown] through the
  // variable or field the expression reads; other mismatches are reported.
  void AddListElement(NodeId container, TypeId list, TypeId element, NodeId at);
  TypeId ElementOf(TypeId list) const { return program_->types[list].params[0]; }
  void InferDelete(NodeId target);
  TypeId Join(TypeId a, TypeId b, NodeId at, std::string_view what);
  void SetLocalType(uint32_t slot, TypeId type, NodeId at);
  void SetGlobalType(uint32_t index, TypeId type, NodeId at);
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
  bool IsNumeric(TypeId t) const {
    TypeKind k = program_->types.Kind(t);
    return k == TypeKind::Int || k == TypeKind::Bool || k == TypeKind::Float;
  }

  const SyntaxTree& tree_;
  Diagnostics& diagnostics_;
  std::unique_ptr<Program> program_;
  ScopeInfo module_scope_;
  std::unordered_map<uint32_t, ScopeInfo> function_scopes_;       // def node -> scope
  std::unordered_map<uint32_t, uint32_t> global_index_;           // ident -> module global
  std::unordered_map<uint32_t, std::unordered_set<uint32_t>> always_set_fields_;  // class -> field idents
  std::unordered_map<uint32_t, uint32_t> method_class_;  // method FunctionDef -> the class defining it
  std::unordered_set<uint32_t> static_methods_;          // @staticmethod FunctionDefs
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
  for (auto& [node, cases] : f.dynamic_cases)
    for (DynamicCase& c : cases)
      if (c.target.IsValid()) visit(c.target);
}

std::unique_ptr<Program> Analyzer::Run() {
  NodeId module = tree_.root();
  std::span<const NodeId> body = tree_.Items(module, ModuleField::body);
  CollectBindings(body, module_scope_, true);
  for (IdentId name : module_scope_.locals) GlobalIndex(name);
  CollectClasses(body);
  // `__name__` is "__main__" for the program's main module.
  IdentId dunder_name = tree_.Find("__name__");
  if (dunder_name.IsValid()) program_->globals[GlobalIndex(dunder_name)].type = types().str();

  FunctionInstance module_instance;
  module_instance.name = "<module>";
  module_instance.return_type = types().none();
  program_->instances.push_back(std::move(module_instance));

  for (int round = 0; round < kMaxFixpointRounds; ++round) {
    changed_ = false;
    for (uint32_t i = 0; i < program_->instances.size(); ++i) InferInstance(InstanceId(i));
    if (!changed_) break;
  }
  // The final pass reports errors, only in the instances the program can
  // reach: rounds of the fixed point may have made instances for argument
  // types that no call has in the end.
  reporting_ = true;
  std::vector<bool> reached(program_->instances.size(), false);
  std::vector<uint32_t> order, work{0};
  reached[0] = true;
  while (!work.empty()) {
    uint32_t i = work.back();
    work.pop_back();
    order.push_back(i);
    InferInstance(InstanceId(i));
    std::vector<InstanceId> callees;
    ForEachCallee(program_->instances[i], [&](InstanceId& target) { callees.push_back(target); });
    for (auto& [call, c] : program_->instances[i].constructed_classes) {
      const ClassInfo& info = program_->classes[c];
      for (InstanceId s : {info.repr_instance, info.str_instance, info.len_instance, info.bool_instance})
        if (s.IsValid()) callees.push_back(s);
    }
    for (InstanceId target : callees) {
      if (target.index >= reached.size()) reached.resize(target.index + 1, false);
      if (!reached[target.index]) {
        reached[target.index] = true;
        work.push_back(target.index);
      }
    }
  }
  // A special method must return what its caller in the run-time expects.
  for (const ClassInfo& info : program_->classes) {
    auto check = [&](InstanceId id, TypeKind want, const char* what) {
      if (!id.IsValid() || id.index >= reached.size() || !reached[id.index]) return;
      TypeKind k = types().Kind(program_->instances[id.index].return_type);
      if (k != want && k != TypeKind::Unknown) Unsupported(program_->instances[id.index].def, what);
    };
    check(info.len_instance, TypeKind::Int, "__len__ returning other than int");
    check(info.bool_instance, TypeKind::Bool, "__bool__ returning other than bool");
  }
  if (diagnostics_.HasErrors()) return nullptr;
  CompactInstances(reached);
  return std::move(program_);
}

// Keeps the reachable instances only, in their original order, and renumbers
// the calls between them.
void Analyzer::CompactInstances(const std::vector<bool>& reached) {
  std::vector<uint32_t> renumber(program_->instances.size(), UINT32_MAX);
  std::vector<FunctionInstance> kept;
  for (uint32_t i = 0; i < program_->instances.size(); ++i) {
    if (i >= reached.size() || !reached[i]) continue;
    renumber[i] = static_cast<uint32_t>(kept.size());
    kept.push_back(std::move(program_->instances[i]));
  }
  for (FunctionInstance& f : kept)
    ForEachCallee(f, [&](InstanceId& target) { target = InstanceId(renumber[target.index]); });
  for (ClassInfo& info : program_->classes) {
    for (InstanceId* s : {&info.repr_instance, &info.str_instance, &info.len_instance, &info.bool_instance}) {
      if (!s->IsValid()) continue;
      uint32_t n = s->index < renumber.size() ? renumber[s->index] : UINT32_MAX;
      *s = n == UINT32_MAX ? InstanceId() : InstanceId(n);
    }
  }
  program_->instances = std::move(kept);
}

// Names bound in a scope's body, not looking inside nested scopes.
void Analyzer::CollectBindings(std::span<const NodeId> body, ScopeInfo& scope, bool is_module) {
  std::vector<NodeId> work(body.rbegin(), body.rend());
  while (!work.empty()) {
    NodeId n = work.back();
    work.pop_back();
    switch (tree_.Kind(n)) {
      case NodeKind::FunctionDef:
      case NodeKind::AsyncFunctionDef:
        AddBinding(scope, tree_.Ident(n, FunctionDefField::name));
        for (NodeId d : tree_.Items(n, FunctionDefField::decorator_list)) work.push_back(d);
        continue;  // its body is its own scope
      case NodeKind::ClassDef:
        AddBinding(scope, tree_.Ident(n, ClassDefField::name));
        continue;
      case NodeKind::Lambda:
      case NodeKind::ListComp:
      case NodeKind::SetComp:
      case NodeKind::DictComp:
      case NodeKind::GeneratorExp:
        continue;
      case NodeKind::Global:
        for (uint32_t name : tree_.RawItems(tree_.List(n, GlobalField::names)))
          scope.declared_global.insert(name);
        continue;
      case NodeKind::Name:
        if (tree_.Field(n, NameField::ctx) != static_cast<uint32_t>(ExprContext::Load))
          AddBinding(scope, tree_.Ident(n, NameField::id));
        continue;
      case NodeKind::Alias: {
        // import a.b binds a; import a.b as c binds c; from m import x binds x.
        IdentId as = tree_.Ident(n, AliasField::asname);
        std::string_view full = tree_.Name(tree_.Ident(n, AliasField::name));
        if (as.IsValid()) AddBinding(scope, as);
        else if (full != "*")
          AddBinding(scope, tree_.Find(full.substr(0, full.find('.'))));
        continue;
      }
      case NodeKind::ExceptHandler:
        if (tree_.Ident(n, ExceptHandlerField::name).IsValid())
          AddBinding(scope, tree_.Ident(n, ExceptHandlerField::name));
        break;
      default:
        break;
    }
    std::vector<NodeId> children;
    ForEachChild(tree_, n, [&](NodeId c) { children.push_back(c); });
    for (size_t i = children.size(); i-- > 0;) work.push_back(children[i]);
  }
  (void)is_module;
}

void Analyzer::AddBinding(ScopeInfo& scope, IdentId name) {
  if (scope.declared_global.count(name.index)) return;
  auto [it, inserted] = scope.slot.try_emplace(name.index, static_cast<uint32_t>(scope.locals.size()));
  if (inserted) scope.locals.push_back(name);
}

const ScopeInfo& Analyzer::ScopeOf(NodeId def) {
  auto it = function_scopes_.find(def.index);
  if (it != function_scopes_.end()) return it->second;
  ScopeInfo scope;
  NodeId args = tree_.Node(def, FunctionDefField::args);
  for (NodeId a : tree_.Items(args, ArgumentsField::args)) AddBinding(scope, tree_.Ident(a, ArgField::arg));
  if (tree_.Field(args, ArgumentsField::kwarg) != UINT32_MAX)
    AddBinding(scope, tree_.Ident(NodeId(tree_.Field(args, ArgumentsField::kwarg)), ArgField::arg));
  // Global declarations apply to the whole body, wherever they appear.
  std::vector<NodeId> work;
  for (NodeId s : tree_.Items(def, FunctionDefField::body)) work.push_back(s);
  while (!work.empty()) {
    NodeId n = work.back();
    work.pop_back();
    NodeKind k = tree_.Kind(n);
    if (k == NodeKind::Global)
      for (uint32_t name : tree_.RawItems(tree_.List(n, GlobalField::names))) scope.declared_global.insert(name);
    if (k == NodeKind::FunctionDef || k == NodeKind::ClassDef || k == NodeKind::Lambda) continue;
    ForEachChild(tree_, n, [&](NodeId c) { work.push_back(c); });
  }
  CollectBindings(tree_.Items(def, FunctionDefField::body), scope, false);
  return function_scopes_.emplace(def.index, std::move(scope)).first->second;
}

uint32_t Analyzer::GlobalIndex(IdentId name) {
  auto [it, inserted] = global_index_.try_emplace(name.index, static_cast<uint32_t>(program_->globals.size()));
  if (inserted) program_->globals.push_back({name, types().unknown(), NodeId()});
  return it->second;
}

InstanceId Analyzer::Instantiate(NodeId def, const std::vector<TypeId>& args) {
  std::vector<uint32_t> key;
  for (TypeId t : args) key.push_back(t.index);
  auto [it, inserted] = instance_index_.try_emplace({def.index, key}, InstanceId());
  if (!inserted) return it->second;
  InstanceId id(static_cast<uint32_t>(program_->instances.size()));
  it->second = id;
  const ScopeInfo& scope = ScopeOf(def);
  FunctionInstance f;
  f.def = def;
  f.name = std::string(tree_.Name(tree_.Ident(def, FunctionDefField::name)));
  f.param_types = args;
  f.return_type = types().unknown();
  for (size_t i = 0; i < scope.locals.size(); ++i)
    f.locals.push_back({scope.locals[i], i < args.size() ? args[i] : types().unknown(), i < args.size()});
  program_->instances.push_back(std::move(f));
  changed_ = true;
  return id;
}

void Analyzer::InferInstance(InstanceId id) {
  InstanceId saved = current_;
  current_ = id;
  // Each pass records calls afresh: a call seen with other argument types in
  // an earlier round must not keep pointing at that round's instance.
  Current().call_targets.clear();
  Current().constructed_classes.clear();
  Current().call_bindings.clear();
  Current().reflected_operators.clear();
  Current().negated_comparisons.clear();
  Current().receiverless_calls.clear();
  Current().super_calls.clear();
  Current().slot_violations.clear();
  Current().keyword_packs.clear();
  NodeId def = Current().def;
  std::span<const NodeId> body =
      def.IsValid() ? tree_.Items(def, FunctionDefField::body) : tree_.Items(tree_.root(), ModuleField::body);
  if (def.IsValid()) {
    NodeId args = tree_.Node(def, FunctionDefField::args);
    if (!tree_.Items(args, ArgumentsField::posonlyargs).empty() || !tree_.Items(args, ArgumentsField::kwonlyargs).empty() ||
        tree_.Field(args, ArgumentsField::vararg) != UINT32_MAX)
      Unsupported(def, "keyword-only, positional-only and * parameters");
    // A default is evaluated once, when the def runs; a literal's value is
    // the same wherever it is evaluated, so calls use it in place.
    for (NodeId d : tree_.Items(args, ArgumentsField::defaults)) {
      NodeId lit = tree_.Kind(d) == NodeKind::UnaryOp ? tree_.Node(d, UnaryOpField::operand) : d;
      if (tree_.Kind(lit) != NodeKind::Constant) Unsupported(d, "default values other than literals");
    }
  }
  bool falls_through = InferBlock(body);
  if (falls_through && def.IsValid()) {
    TypeId joined = Join(Current().return_type, types().none(), def, "the return value");
    if (joined != Current().return_type) {
      Current().return_type = joined;
      changed_ = true;
    }
  }
  current_ = saved;
}

bool Analyzer::InferBlock(std::span<const NodeId> body) {
  bool reachable = true;
  for (NodeId s : body) {
    if (!InferStatement(s)) reachable = false;
  }
  return reachable;
}

// Infers one statement; returns whether control can continue after it.
bool Analyzer::InferStatement(NodeId s) {
  switch (tree_.Kind(s)) {
    case NodeKind::Expr:
      InferExpr(tree_.Node(s, ExprField::value));
      return true;
    case NodeKind::Assign: {
      NodeId value = tree_.Node(s, AssignField::value);
      TypeId t = InferExpr(value);
      assigning_fresh_ = IsFreshContainer(value);
      for (NodeId target : tree_.Items(s, AssignField::targets)) AssignTo(target, t);
      assigning_fresh_ = false;
      return true;
    }
    case NodeKind::AugAssign: {
      NodeId target = tree_.Node(s, AugAssignField::target);
      if (tree_.Kind(target) != NodeKind::Name && tree_.Kind(target) != NodeKind::Attribute &&
          tree_.Kind(target) != NodeKind::Subscript) {
        Unsupported(target, "augmented assignment to this kind of target");
        return true;
      }
      TypeId left = InferExpr(target);
      // The load and the store would call two special methods recorded on one node.
      if (Current().call_targets.count(target.index)) Unsupported(target, "augmented assignment through a property or __getitem__");
      TypeId right = InferExpr(tree_.Node(s, AugAssignField::value));
      TypeId result = InferBinary(s, static_cast<BinaryOp>(tree_.Field(s, AugAssignField::op)), left, right);
      Record(s, result);
      AssignTo(target, result);
      return true;
    }
    case NodeKind::AnnAssign: {
      NodeId value = tree_.Node(s, AnnAssignField::value);
      if (value.IsValid()) AssignTo(tree_.Node(s, AnnAssignField::target), InferExpr(value));
      return true;
    }
    case NodeKind::If: {
      TypeId cond = InferExpr(tree_.Node(s, IfField::test));
      (void)cond;
      bool a = InferBlock(tree_.Items(s, IfField::body));
      bool b = InferBlock(tree_.Items(s, IfField::orelse));
      return a || b;
    }
    case NodeKind::While: {
      NodeId test = tree_.Node(s, WhileField::test);
      InferExpr(test);
      InferBlock(tree_.Items(s, WhileField::body));
      InferBlock(tree_.Items(s, WhileField::orelse));
      // `while True:` ends only through a break (or return, or raise).
      bool forever = tree_.Kind(test) == NodeKind::Constant &&
                     tree_.GetConstant(ConstantId(tree_.Field(test, ConstantField::value))).kind == Constant::Kind::True;
      return !forever || BreaksOut(tree_.Items(s, WhileField::body));
    }
    case NodeKind::For: {
      AssignTo(tree_.Node(s, ForField::target), InferIteration(tree_.Node(s, ForField::iter)));
      InferBlock(tree_.Items(s, ForField::body));
      InferBlock(tree_.Items(s, ForField::orelse));
      return true;
    }
    case NodeKind::Return: {
      if (try_finally_depth_ > 0) Unsupported(s, "return inside a try statement with a finally clause");
      if (!Current().def.IsValid()) return false;  // a syntax error the parser leaves to the compiler
      NodeId value = tree_.Node(s, ReturnField::value);
      TypeId t = value.IsValid() ? InferExpr(value) : types().none();
      TypeId joined = Join(Current().return_type, t, s, "the return value");
      if (joined != Current().return_type) {
        Current().return_type = joined;
        changed_ = true;
      }
      return false;
    }
    case NodeKind::Pass:
    case NodeKind::Global:
      return true;
    case NodeKind::Break:
    case NodeKind::Continue:
      if (try_finally_depth_ > 0) Unsupported(s, "break and continue inside a try statement with a finally clause");
      return false;
    case NodeKind::FunctionDef: {
      if (Current().def.IsValid()) {
        Unsupported(s, "nested function definitions");
        return true;
      }
      uint32_t g = GlobalIndex(tree_.Ident(s, FunctionDefField::name));
      ModuleGlobal& global = program_->globals[g];
      if (!tree_.Items(s, FunctionDefField::decorator_list).empty()) Unsupported(s, "decorators");
      if (global.function.IsValid() && global.function != s) {
        Unsupported(s, "redefining function '" + std::string(tree_.Name(global.name)) + "'");
      }
      global.function = s;
      SetGlobalType(g, types().Get(TypeKind::Function, {}, s.index), s);
      return true;
    }
    case NodeKind::Import: {
      for (NodeId alias : tree_.Items(s, ImportField::names)) {
        std::string_view name = tree_.Name(tree_.Ident(alias, AliasField::name));
        if ((name != "sys" && name != "math") || tree_.Ident(alias, AliasField::asname).IsValid()) {
          Unsupported(alias, "importing module '" + std::string(name) + "'");
        }
      }
      return true;
    }
    case NodeKind::ClassDef: {
      if (Current().def.IsValid()) {
        Unsupported(s, "classes defined inside functions");
        return true;
      }
      // Collected before inference; the class attributes get their values here.
      for (const ClassInfo& info : program_->classes) {
        if (info.def != s) continue;
        for (NodeId member : tree_.Items(s, ClassDefField::body)) {
          if (tree_.Kind(member) != NodeKind::Assign) continue;
          NodeId target = tree_.Items(member, AssignField::targets)[0];
          if (tree_.Kind(target) != NodeKind::Name) continue;
          auto it = info.attributes.find(tree_.Field(target, NameField::id));
          if (it == info.attributes.end()) continue;
          uint32_t g = it->second;
          SetGlobalType(g, InferExpr(tree_.Node(member, AssignField::value)), member);
        }
      }
      return true;
    }
    case NodeKind::Raise: {
      for (uint32_t f : {RaiseField::exc, RaiseField::cause}) {
        NodeId part = tree_.Node(s, f);
        if (!part.IsValid()) continue;
        TypeId t = InferExpr(part);
        TypeKind k = types().Kind(t);
        // Anything else is boxed and refused at run time with CPython's
        // TypeError (exceptions must derive from BaseException).
        if (k == TypeKind::Iterator || k == TypeKind::Builtin || k == TypeKind::Function || k == TypeKind::Module ||
            k == TypeKind::ClassObject)
          Unsupported(part, "raising a value of type " + types().Name(t) + " (raise an instance: Name(...))");
      }
      return false;
    }
    case NodeKind::Try:
      return InferTry(s);
    case NodeKind::Assert: {
      InferExpr(tree_.Node(s, AssertField::test));
      NodeId msg = tree_.Node(s, AssertField::msg);
      if (msg.IsValid()) {
        TypeId t = InferExpr(msg);
        types().Get(TypeKind::Tuple, std::span<const TypeId>(&t, 1));  // AssertionError's args
      }
      return true;
    }
    case NodeKind::Delete:
      for (NodeId target : tree_.Items(s, DeleteField::targets)) InferDelete(target);
      return true;
    case NodeKind::With:
    case NodeKind::ImportFrom:
    case NodeKind::Nonlocal:
    case NodeKind::Match:
    case NodeKind::AsyncFunctionDef:
    case NodeKind::AsyncFor:
    case NodeKind::AsyncWith:
    case NodeKind::TryStar:
      Unsupported(s, std::string("the '") + NodeKindName(tree_.Kind(s)) + "' statement");
      return true;
    default:
      Unsupported(s, std::string("statement ") + NodeKindName(tree_.Kind(s)));
      return true;
  }
}

NameBinding Analyzer::Resolve(IdentId name) {
  for (size_t i = comprehension_scopes_.size(); i-- > 0;) {
    auto it = comprehension_scopes_[i].find(name.index);
    if (it != comprehension_scopes_[i].end()) return {NameBinding::Kind::Local, it->second};
  }
  if (Current().def.IsValid()) {
    const ScopeInfo& scope = ScopeOf(Current().def);
    auto it = scope.slot.find(name.index);
    if (it != scope.slot.end()) return {NameBinding::Kind::Local, it->second};
  }
  auto g = global_index_.find(name.index);
  if (g != global_index_.end()) return {NameBinding::Kind::Global, g->second};
  std::string_view text = tree_.Name(name);
  for (const BuiltinName& b : kBuiltins)
    if (text == b.name) return {NameBinding::Kind::Builtin, static_cast<uint32_t>(b.function)};
  int exception = FindExceptionClass(text);
  if (exception >= 0) return {NameBinding::Kind::ExceptionClass, static_cast<uint32_t>(exception)};
  return {NameBinding::Kind::Undefined, name.index};
}

void Analyzer::AssignTo(NodeId target, TypeId type) {
  switch (tree_.Kind(target)) {
    case NodeKind::Name: {
      IdentId name = tree_.Ident(target, NameField::id);
      NameBinding b = Resolve(name);
      TypeKind kind = types().Kind(type);
      if (!assigning_fresh_ && !refining_ && (kind == TypeKind::List || kind == TypeKind::Dict || kind == TypeKind::Set) &&
          (b.kind == NameBinding::Kind::Local || b.kind == NameBinding::Kind::Global))
        non_fresh_variables_.insert(VariableKey(b));
      if (b.kind == NameBinding::Kind::Local || b.kind == NameBinding::Kind::Global) {
        Current().names[target.index] = b;
        if (b.kind == NameBinding::Kind::Local) SetLocalType(b.index, type, target);
        else SetGlobalType(b.index, type, target);
        Record(target, type);
        return;
      }
      // A global declared in a function but never assigned at module level.
      uint32_t g = GlobalIndex(name);
      Current().names[target.index] = {NameBinding::Kind::Global, g};
      SetGlobalType(g, type, target);
      Record(target, type);
      return;
    }
    case NodeKind::Tuple:
    case NodeKind::List: {
      auto elts = tree_.Items(target, TupleField::elts);
      if (types().Kind(type) == TypeKind::Unknown) {
        for (NodeId e : elts) AssignTo(e, type);
        return;
      }
      for (NodeId e : elts)
        if (tree_.Kind(e) == NodeKind::Starred) {
          Unsupported(e, "starred assignment targets");
          return;
        }
      if (types().Kind(type) == TypeKind::List) {
        // Its length is checked when it runs (ValueError as CPython's).
        for (NodeId e : elts) AssignTo(e, ElementOf(type));
        return;
      }
      if (types().Kind(type) != TypeKind::Tuple || types()[type].params.size() != elts.size()) {
        Unsupported(target, "unpacking a value of type " + types().Name(type));
        return;
      }
      std::vector<TypeId> params = types()[type].params;
      for (size_t i = 0; i < elts.size(); ++i) AssignTo(elts[i], params[i]);
      return;
    }
    case NodeKind::Subscript: {
      NodeId container = tree_.Node(target, SubscriptField::value);
      TypeId base = InferExpr(container);
      NodeId index = tree_.Node(target, SubscriptField::slice);
      if (tree_.Kind(index) == NodeKind::Slice) {
        InferExpr(target);  // the bounds, as a load would
        if (types().Kind(base) == TypeKind::List && (type == base || types().Kind(type) == TypeKind::Unknown)) return;
        if (types().Kind(base) != TypeKind::Unknown)
          Unsupported(target, "assigning a " + types().Name(type) + " to a slice of " + types().Name(base));
        return;
      }
      TypeId it = InferExpr(index);
      if (types().Kind(base) == TypeKind::Unknown) return;
      if (types().Kind(base) == TypeKind::Class) {
        NodeId method = FindMethod(types()[base].payload, tree_.Find("__setitem__"));
        if (!method.IsValid()) {
          Unsupported(target, "item assignment on an instance of a class without __setitem__");
          return;
        }
        if (types().Kind(it) == TypeKind::Unknown || types().Kind(type) == TypeKind::Unknown) return;
        Current().call_targets[target.index] = Instantiate(method, {base, it, type});
        return;
      }
      if (types().Kind(base) == TypeKind::Dict) {
        AddDictEntry(container, base, it, type, target);
        return;
      }
      if (types().Kind(base) != TypeKind::List) {
        Unsupported(target, "item assignment on " + types().Name(base));
        return;
      }
      if (types().Kind(it) != TypeKind::Int && types().Kind(it) != TypeKind::Bool && types().Kind(it) != TypeKind::Unknown)
        Unsupported(index, "indexing with " + types().Name(it));
      AddListElement(container, base, type, target);
      return;
    }
    case NodeKind::Attribute: {
      TypeId base = InferExpr(tree_.Node(target, AttributeField::value));
      IdentId attr = tree_.Ident(target, AttributeField::attr);
      if (types().Kind(base) == TypeKind::ClassObject) {
        const ClassInfo& info = program_->classes[types()[base].payload];
        auto it = info.attributes.find(attr.index);
        if (it == info.attributes.end()) {
          Unsupported(target, "assigning an attribute of a class that its class body does not define");
          return;
        }
        Current().names[target.index] = {NameBinding::Kind::Global, it->second};
        SetGlobalType(it->second, type, target);
        Record(target, type);
        return;
      }
      int32_t cls = ClassOfValue(base);
      Current().names.erase(target.index);  // the load of an augmented assignment may have set it
      if (cls >= 0) {
        const ClassInfo& info = program_->classes[cls];
        if (FindProperty(cls, attr, false).IsValid()) {
          NodeId setter = FindProperty(cls, attr, true);
          if (!setter.IsValid()) {
            Unsupported(target, "assigning a property that has no setter");
            return;
          }
          Current().call_targets[target.index] = Instantiate(setter, {types().ClassInstance(cls), type});
          return;
        }
        if (info.slots_only && !info.slots.count(attr.index)) {
          if (ClassAttributeGlobal(cls, attr) >= 0) Unsupported(target, "assigning a class attribute through an instance of a class with __slots__");
          Current().slot_violations.insert(target.index);
          return;
        }
        AssignField(static_cast<uint32_t>(cls), attr, type, target);
        return;
      }
      if (types().Kind(base) != TypeKind::Unknown) Unsupported(target, "assigning attributes of " + types().Name(base));
      return;
    }
    default:
      Unsupported(target, std::string("assignment to ") + NodeKindName(tree_.Kind(target)));
      return;
  }
}

TypeId Analyzer::Join(TypeId a, TypeId b, NodeId at, std::string_view what) {
  if (a == b || types().Kind(b) == TypeKind::Unknown) return a;
  if (types().Kind(a) == TypeKind::Unknown) return b;
  // None joins a pointer-like type into Optional[T].
  auto optional_base = [&](TypeId t) {
    switch (types().Kind(t)) {
      case TypeKind::Class: case TypeKind::Str: case TypeKind::List: case TypeKind::Tuple: case TypeKind::Int:
      case TypeKind::Dict: case TypeKind::Float:  // Optional[float] holds a boxed float
        return true;
      default:
        return false;
    }
  };
  TypeKind ka = types().Kind(a), kb = types().Kind(b);
  if (ka == TypeKind::NoneType && optional_base(b)) return types().OptionalOf(b);
  if (kb == TypeKind::NoneType && optional_base(a)) return types().OptionalOf(a);
  if (ka == TypeKind::Optional && (kb == TypeKind::NoneType || types()[a].params[0] == b)) return a;
  if (kb == TypeKind::Optional && (ka == TypeKind::NoneType || types()[b].params[0] == a)) return b;
  // Scalars of different types join into `object`: boxed values whose
  // operations dispatch at run time (slower, never wrong).
  auto scalar = [&](TypeKind k) {
    return k == TypeKind::Int || k == TypeKind::Float || k == TypeKind::Bool || k == TypeKind::Str ||
           k == TypeKind::NoneType || k == TypeKind::Object;
  };
  if (scalar(ka) && scalar(kb)) return types().object();
  if (types().Kind(a) == TypeKind::Dict && types().Kind(b) == TypeKind::Dict) {
    auto empty = [&](TypeId d) {
      return types().Kind(types()[d].params[0]) == TypeKind::Unknown && types().Kind(types()[d].params[1]) == TypeKind::Unknown;
    };
    if (empty(a)) return b;
    if (empty(b)) return a;
  }
  // A container widened in place (WidenContainer), or a new container stored
  // where one was: its object elements take in the word-typed ones.
  if ((refining_ || assigning_fresh_) && ka == kb && (ka == TypeKind::List || ka == TypeKind::Dict)) {
    const std::vector<TypeId>& pa = types()[a].params;
    const std::vector<TypeId>& pb = types()[b].params;
    size_t last = pa.size() - 1;
    if (pa.size() == pb.size() && (last == 0 || pa[0] == pb[0])) {
      if (types().Kind(pb[last]) == TypeKind::Object && SameWordRepresentation(pa[last])) return b;
      if (types().Kind(pa[last]) == TypeKind::Object && SameWordRepresentation(pb[last])) return a;
    }
  }
  if (ka == TypeKind::Set && kb == TypeKind::Set && types()[a].payload == types()[b].payload) {
    TypeId ea = types()[a].params[0], eb = types()[b].params[0];
    if (types().Kind(ea) == TypeKind::Unknown) return b;
    if (types().Kind(eb) == TypeKind::Unknown) return a;
    if (refining_ || assigning_fresh_ || HasUnknownPart(ea) || HasUnknownPart(eb))
      return types().SetOf(Join(ea, eb, at, what), types()[a].payload != 0);
  }
  // list[unknown] (an empty list literal) joins with any list; a list of
  // tuples with parts not inferred yet is completed by the other.
  if (types().Kind(a) == TypeKind::List && types().Kind(b) == TypeKind::List) {
    TypeId ea = types()[a].params[0], eb = types()[b].params[0];
    if (types().Kind(ea) == TypeKind::Unknown) return b;
    if (types().Kind(eb) == TypeKind::Unknown) return a;
    if (HasUnknownPart(ea) || HasUnknownPart(eb)) return types().ListOf(Join(ea, eb, at, what));
  }
  // Tuples are immutable and hold their items boxed: two of one length join
  // item by item, and a tuple of the narrower types is one of the wider.
  if (ka == TypeKind::Tuple && kb == TypeKind::Tuple && types()[a].params.size() == types()[b].params.size()) {
    std::vector<TypeId> items;
    for (size_t i = 0; i < types()[a].params.size(); ++i)
      items.push_back(Join(types()[a].params[i], types()[b].params[i], at, what));
    return types().Get(TypeKind::Tuple, items);
  }
  // Any other two types whose values have a boxed form join into `object`
  // too: instances of different classes, a list and a str. Each use of the
  // value then dispatches on its run-time type (or is rejected where that is
  // not supported yet).
  auto boxable = [&](TypeKind k) {
    return scalar(k) || k == TypeKind::Class || k == TypeKind::List || k == TypeKind::Dict || k == TypeKind::Tuple ||
           k == TypeKind::Optional || k == TypeKind::Set;
  };
  if (boxable(ka) && boxable(kb)) return types().object();
  Unsupported(at, std::string(what) + " holds both " + types().Name(a) + " and " + types().Name(b));
  return a;
}

void Analyzer::SetLocalType(uint32_t slot, TypeId type, NodeId at) {
  LocalVariable& v = Current().locals[slot];
  TypeId joined = Join(v.type, type, at, "variable '" + std::string(tree_.Name(v.name)) + "'");
  if (joined != v.type) {
    Current().locals[slot].type = joined;
    changed_ = true;
  }
}

void Analyzer::SetGlobalType(uint32_t index, TypeId type, NodeId at) {
  ModuleGlobal& g = program_->globals[index];
  TypeId joined = Join(g.type, type, at, "global '" + std::string(tree_.Name(g.name)) + "'");
  if (joined != g.type) {
    program_->globals[index].type = joined;
    changed_ = true;
  }
}

TypeId Analyzer::InferExpr(NodeId e) {
  if (++depth_ > kMaxExpressionDepth) {
    --depth_;
    if (reporting_) {
      const AstNode& n = tree_[e];
      diagnostics_.Report(DiagnosticKind::ExpressionTooComplex, tree_.file(), n.begin, n.end,
                          {std::to_string(kMaxExpressionDepth)});
    }
    return types().unknown();
  }
  TypeId t = InferExprUnguarded(e);
  --depth_;
  return Record(e, t);
}

TypeId Analyzer::InferExprUnguarded(NodeId e) {
  switch (tree_.Kind(e)) {
    case NodeKind::Constant: {
      const Constant& c = tree_.GetConstant(ConstantId(tree_.Field(e, ConstantField::value)));
      switch (c.kind) {
        case Constant::Kind::None: return types().none();
        case Constant::Kind::True:
        case Constant::Kind::False: return types().bool_();
        case Constant::Kind::Int: return types().int_();
        case Constant::Kind::Float: return types().float_();
        case Constant::Kind::Str: return types().str();
        case Constant::Kind::Ellipsis:
        case Constant::Kind::Complex:
        case Constant::Kind::Bytes:
          Unsupported(e, "this kind of literal");
          return types().unknown();
      }
      return types().unknown();
    }
    case NodeKind::Name: {
      IdentId name = tree_.Ident(e, NameField::id);
      NameBinding b = Resolve(name);
      Current().names[e.index] = b;
      switch (b.kind) {
        case NameBinding::Kind::Local:
          if (static_cast<int32_t>(b.index) == KwargsSlot() && comprehension_scopes_.empty())
            Unsupported(e, "using a **kwargs parameter other than passing it on with **");
          return Current().locals[b.index].type;
        case NameBinding::Kind::Global: {
          const ModuleGlobal& g = program_->globals[b.index];
          std::string_view gname = tree_.Name(g.name);
          if (gname == "sys" || gname == "math") {
            BuiltinModule m = gname == "sys" ? BuiltinModule::Sys : BuiltinModule::Math;
            Current().names[e.index] = {NameBinding::Kind::Module, static_cast<uint32_t>(m)};
            return types().Get(TypeKind::Module, {}, static_cast<uint32_t>(m));
          }
          return g.type;
        }
        case NameBinding::Kind::Builtin:
          return types().Get(TypeKind::Builtin, {}, b.index);
        case NameBinding::Kind::ExceptionClass:
          return types().Get(TypeKind::ExceptionClass, {}, b.index);
        case NameBinding::Kind::Undefined:
          for (std::string_view other : kOtherPythonBuiltins)
            if (tree_.Name(tree_.Ident(e, NameField::id)) == other)
              Unsupported(e, "the builtin '" + std::string(other) + "'");
          return types().unknown();
        case NameBinding::Kind::Module:
          return types().unknown();
      }
      return types().unknown();
    }
    case NodeKind::BinOp: {
      TypeId l = InferExpr(tree_.Node(e, BinOpField::left));
      TypeId r = InferExpr(tree_.Node(e, BinOpField::right));
      return InferBinary(e, static_cast<BinaryOp>(tree_.Field(e, BinOpField::op)), l, r);
    }
    case NodeKind::UnaryOp: {
      TypeId t = InferExpr(tree_.Node(e, UnaryOpField::operand));
      UnaryOp op = static_cast<UnaryOp>(tree_.Field(e, UnaryOpField::op));
      if (op == UnaryOp::Not) return types().bool_();
      // An Optional number is negated as the number (lowering checks None).
      if (types().Kind(t) == TypeKind::Optional && IsNumeric(types()[t].params[0])) t = types()[t].params[0];
      TypeKind k = types().Kind(t);
      if (k == TypeKind::Unknown) return t;
      if (k == TypeKind::Class && (op == UnaryOp::USub || op == UnaryOp::UAdd)) {
        NodeId method = FindMethod(types()[t].payload, tree_.Find(op == UnaryOp::USub ? "__neg__" : "__pos__"));
        if (!method.IsValid()) return types().unknown();  // TypeError at run time
        InstanceId target = Instantiate(method, {t});
        Current().call_targets[e.index] = target;
        return program_->instances[target.index].return_type;
      }
      if (k == TypeKind::Int || k == TypeKind::Bool) return types().int_();
      if (k == TypeKind::Float && op != UnaryOp::Invert) return t;
      if (k == TypeKind::Object) return t;
      Unsupported(e, std::string("unary ") + UnaryOpName(op) + " on " + types().Name(t));
      return types().unknown();
    }
    case NodeKind::Compare: {
      TypeId left = InferExpr(tree_.Node(e, CompareField::left));
      auto ops = tree_.RawItems(tree_.List(e, CompareField::ops));
      auto comparators = tree_.Items(e, CompareField::comparators);
      for (size_t i = 0; i < comparators.size(); ++i) {
        TypeId right = InferExpr(comparators[i]);
        {
          // `is` compares identities; an unboxed float has none to compare
          // (a float is never None, though).
          CmpOp is_op = static_cast<CmpOp>(ops[i]);
          TypeKind lk = types().Kind(left), rk = types().Kind(right);
          if ((is_op == CmpOp::Is || is_op == CmpOp::IsNot) && (lk == TypeKind::Float || rk == TypeKind::Float) &&
              lk != TypeKind::NoneType && rk != TypeKind::NoneType)
            Unsupported(e, "'is' with a float operand");
        }
        CmpOp op = static_cast<CmpOp>(ops[i]);
        if (types().Kind(left) == TypeKind::Class) {
          const char* method_name = nullptr;
          for (auto& [o, name] : kCompareMethods)
            if (o == op) method_name = name;
          NodeId method = method_name ? FindMethod(types()[left].payload, tree_.Find(method_name)) : NodeId();
          if (!method.IsValid() && op == CmpOp::NotEq) {
            // The default __ne__ inverts __eq__.
            method = FindMethod(types()[left].payload, tree_.Find("__eq__"));
            if (method.IsValid()) Current().negated_comparisons.insert(e.index);
          }
          if (method.IsValid()) {
            if (comparators.size() > 1) Unsupported(e, "chained comparisons calling __eq__, __lt__...");
            InstanceId target = Instantiate(method, {left, right});
            Current().call_targets[e.index] = target;
            TypeId result = program_->instances[target.index].return_type;
            if (types().Kind(result) != TypeKind::Bool && types().Kind(result) != TypeKind::Unknown)
              Unsupported(e, "comparison methods returning other than bool");
          } else if (op != CmpOp::Eq && op != CmpOp::NotEq && op != CmpOp::Is && op != CmpOp::IsNot &&
                     op != CmpOp::In && op != CmpOp::NotIn && types().Kind(right) == TypeKind::Class &&
                     FindMethod(types()[right].payload, tree_.Find(op == CmpOp::Lt ? "__gt__" : op == CmpOp::Gt ? "__lt__"
                                                                  : op == CmpOp::LtE ? "__ge__" : "__le__")).IsValid()) {
            Unsupported(e, "reflected comparison methods");
          }
        }
        if ((op == CmpOp::In || op == CmpOp::NotIn) && types().Kind(right) == TypeKind::Class) {
          // x in obj calls obj.__contains__(x) (`not in` negates it).
          NodeId method = FindMethod(types()[right].payload, tree_.Find("__contains__"));
          if (!method.IsValid()) {
            Unsupported(e, "'in' with an instance of a class without __contains__");
          } else if (comparators.size() > 1) {
            Unsupported(e, "chained comparisons calling __contains__");
          } else if (types().Kind(left) != TypeKind::Unknown) {
            InstanceId target = Instantiate(method, {right, left});
            Current().call_targets[e.index] = target;
            Current().reflected_operators.insert(e.index);
            if (op == CmpOp::NotIn) Current().negated_comparisons.insert(e.index);
            TypeKind rk = types().Kind(program_->instances[target.index].return_type);
            if (rk != TypeKind::Bool && rk != TypeKind::Unknown) Unsupported(e, "__contains__ returning other than bool");
          }
        } else if (op == CmpOp::In || op == CmpOp::NotIn) {
          TypeKind rk = types().Kind(right);
          bool ok = rk == TypeKind::List || rk == TypeKind::Tuple || rk == TypeKind::Unknown || rk == TypeKind::Dict ||
                    rk == TypeKind::Set || rk == TypeKind::Object ||
                    (rk == TypeKind::Str && (types().Kind(left) == TypeKind::Str || types().Kind(left) == TypeKind::Unknown));
          if (!ok) Unsupported(e, "'in' with " + types().Name(left) + " and " + types().Name(right));
        }
        left = right;
      }
      return types().bool_();
    }
    case NodeKind::BoolOp: {
      TypeId t = types().unknown();
      for (NodeId v : tree_.Items(e, BoolOpField::values)) t = Join(t, InferExpr(v), e, "this and/or expression");
      return t;
    }
    case NodeKind::IfExp: {
      InferExpr(tree_.Node(e, IfExpField::test));
      TypeId a = InferExpr(tree_.Node(e, IfExpField::body));
      TypeId b = InferExpr(tree_.Node(e, IfExpField::orelse));
      return Join(a, b, e, "this conditional expression");
    }
    case NodeKind::Call:
      return InferCall(e);
    case NodeKind::Attribute: {
      TypeId base = InferExpr(tree_.Node(e, AttributeField::value));
      IdentId attr_id = tree_.Ident(e, AttributeField::attr);
      std::string_view attr = tree_.Name(attr_id);
      if (types().Kind(base) == TypeKind::Module) {
        if (types()[base].payload == static_cast<uint32_t>(BuiltinModule::Sys)) {
          if (attr == "argv") return types().ListOf(types().str());
          if (attr == "exit") return types().Get(TypeKind::Builtin, {}, static_cast<uint32_t>(BuiltinFunction::SysExit));
          if (attr == "stdout" || attr == "stderr")
            return types().Get(TypeKind::Builtin, {},
                               static_cast<uint32_t>(attr == "stdout" ? BuiltinFunction::SysStdout : BuiltinFunction::SysStderr));
        } else {
          if (attr == "pi" || attr == "e" || attr == "tau" || attr == "inf" || attr == "nan") return types().float_();
          for (size_t i = 0; i < std::size(kMathFunctions); ++i)
            if (attr == kMathFunctions[i].name)
              return types().Get(TypeKind::Builtin, {},
                                 static_cast<uint32_t>(BuiltinFunction::Math_sqrt) + static_cast<uint32_t>(i));
        }
        Unsupported(e, "attribute '" + std::string(attr) + "' of module " + types().Name(base));
        return types().unknown();
      }
      if (types().Kind(base) == TypeKind::Object) return InferDynamicAttribute(e, attr_id);
      if (types().Kind(base) == TypeKind::ClassObject) {
        uint32_t c = types()[base].payload;
        int32_t g = ClassAttributeGlobal(c, attr_id);
        if (g >= 0) {
          Current().names[e.index] = {NameBinding::Kind::Global, static_cast<uint32_t>(g)};
          return program_->globals[g].type;
        }
        if (FindMethod(c, attr_id).IsValid() || FindProperty(c, attr_id, false).IsValid())
          Unsupported(e, "methods used as values");
        else
          Unsupported(e, "type object '" + program_->classes[c].name + "' has no attribute '" + std::string(attr) + "'");
        return types().unknown();
      }
      int32_t cls = ClassOfValue(base);
      Current().names.erase(e.index);  // an earlier pass may have found no field
      if (cls >= 0) {
        const ClassInfo& info = program_->classes[cls];
        int32_t field = info.FieldIndex(attr_id);
        NodeId getter = FindProperty(cls, attr_id, false);
        int32_t g = ClassAttributeGlobal(cls, attr_id);
        // Which of a method, a property and a class attribute of one name a
        // class chain finds first is not modelled.
        if (g >= 0 && (getter.IsValid() || FindMethod(cls, attr_id).IsValid()))
          Unsupported(e, "a name that is both a class attribute and a method or property");
        if (getter.IsValid()) {
          if (field >= 0) Unsupported(e, "a property that is also an instance attribute");
          InstanceId target = Instantiate(getter, {types().ClassInstance(cls)});
          Current().call_targets[e.index] = target;
          return program_->instances[target.index].return_type;
        }
        if (field >= 0) {
          // A field set in some instances only would show the class attribute in the others.
          if (g >= 0 && !info.fields[field].always_set)
            Unsupported(e, "an attribute that is both a class attribute and set on some instances");
          return info.fields[field].type;
        }
        if (g >= 0) {
          Current().names[e.index] = {NameBinding::Kind::Global, static_cast<uint32_t>(g)};
          return program_->globals[g].type;
        }
        if (FindMethod(cls, attr_id).IsValid()) Unsupported(e, "methods used as values");
        return types().unknown();  // AttributeError at run time, unless a later pass finds the field
      }
      if (types().Kind(base) == TypeKind::NoneType) return types().unknown();  // AttributeError at run time
      if (types().Kind(base) != TypeKind::Unknown)
        Unsupported(e, "attribute '" + std::string(attr) + "' of " + types().Name(base));
      return types().unknown();
    }
    case NodeKind::Subscript: {
      TypeId base = InferExpr(tree_.Node(e, SubscriptField::value));
      NodeId index = tree_.Node(e, SubscriptField::slice);
      TypeKind bk = types().Kind(base);
      if (tree_.Kind(index) == NodeKind::Slice) {
        for (uint32_t f : {SliceField::lower, SliceField::upper, SliceField::step}) {
          NodeId part = tree_.Node(index, f);
          if (!part.IsValid()) continue;
          TypeId pt = InferExpr(part);
          TypeKind pk = types().Kind(pt);
          if (pk != TypeKind::Int && pk != TypeKind::Bool && pk != TypeKind::NoneType && pk != TypeKind::Unknown)
            Unsupported(part, "slice bounds of type " + types().Name(pt));
        }
        if (bk == TypeKind::List || bk == TypeKind::Str || bk == TypeKind::Unknown) return base;
        Unsupported(e, "slicing " + types().Name(base));
        return types().unknown();
      }
      TypeId it = InferExpr(index);
      if (bk == TypeKind::Object) {
        // Dispatched on the run-time type (a list, tuple, str or dict).
        if (types().Kind(it) == TypeKind::Iterator) Unsupported(index, "indexing with this value");
        return types().object();
      }
      if (bk == TypeKind::Class) {
        NodeId method = FindMethod(types()[base].payload, tree_.Find("__getitem__"));
        if (!method.IsValid()) {
          Unsupported(e, "indexing an instance of a class without __getitem__");
          return types().unknown();
        }
        if (types().Kind(it) == TypeKind::Unknown) return types().unknown();
        InstanceId target = Instantiate(method, {base, it});
        Current().call_targets[e.index] = target;
        return program_->instances[target.index].return_type;
      }
      if (bk == TypeKind::Dict) {
        if (types().Kind(types()[base].params[1]) == TypeKind::Unknown)
          Unsupported(e, "reading from a dict whose value type is unknown (nothing is ever stored in it)");
        return types()[base].params[1];
      }
      if (bk == TypeKind::Unknown || types().Kind(it) == TypeKind::Unknown) return types().unknown();
      if (types().Kind(it) != TypeKind::Int && types().Kind(it) != TypeKind::Bool) {
        Unsupported(index, "indexing with " + types().Name(it));
        return types().unknown();
      }
      if (bk == TypeKind::List) {
        if (types().Kind(ElementOf(base)) == TypeKind::Unknown)
          Unsupported(e, "reading from a list whose element type is unknown (nothing is ever stored in it)");
        return ElementOf(base);
      }
      if (bk == TypeKind::Str) return types().str();
      if (bk == TypeKind::Tuple) {
        // A literal index picks its element's type; any other index needs
        // elements of one type.
        const std::vector<TypeId>& elts = types()[base].params;
        int sign = LiteralSign(index);
        if (sign != 0) {
          NodeId lit = tree_.Kind(index) == NodeKind::UnaryOp ? tree_.Node(index, UnaryOpField::operand) : index;
          const Constant& c = tree_.GetConstant(ConstantId(tree_.Field(lit, ConstantField::value)));
          int64_t i = c.kind == Constant::Kind::Int && c.text.size() < 10 ? std::stoll(c.text) : INT64_MAX;
          if (c.kind == Constant::Kind::True) i = 1;
          if (c.kind == Constant::Kind::False) i = 0;
          if (sign < 0) i = static_cast<int64_t>(elts.size()) - i;
          if (i >= 0 && i < static_cast<int64_t>(elts.size())) return elts[static_cast<size_t>(i)];
          return types().unknown();  // IndexError: tuple index out of range
        }
        for (TypeId t : elts)
          if (t != elts[0]) Unsupported(e, "indexing a tuple of mixed types with a computed index");
        return elts.empty() ? types().unknown() : elts[0];
      }
      Unsupported(e, "indexing " + types().Name(base));
      return types().unknown();
    }
    case NodeKind::ListComp:
      return InferListComp(e);
    case NodeKind::SetComp: {
      static_assert(SetCompField::elt == ListCompField::elt && SetCompField::generators == ListCompField::generators);
      TypeId list = InferListComp(e);
      return types().Kind(list) == TypeKind::List ? types().SetOf(ElementOf(list)) : list;
    }
    case NodeKind::Set: {
      TypeId element = types().unknown();
      for (NodeId x : tree_.Items(e, SetField::elts)) {
        if (tree_.Kind(x) == NodeKind::Starred) Unsupported(x, "starred items in a set display");
        element = Join(element, InferExpr(x), e, "this set's items");
      }
      return types().SetOf(element);
    }
    case NodeKind::JoinedStr:
      for (NodeId part : tree_.Items(e, JoinedStrField::values)) InferExpr(part);
      return types().str();
    case NodeKind::FormattedValue: {
      TypeId v = InferExpr(tree_.Node(e, FormattedValueField::value));
      if (types().Kind(v) == TypeKind::Iterator) Unsupported(e, "formatting this value");
      NodeId spec = tree_.Node(e, FormattedValueField::format_spec);
      if (spec.IsValid()) InferExpr(spec);
      return types().str();
    }
    case NodeKind::GeneratorExp:
      // Consumed whole right away (list(), sorted(), sum(), str.join()), a
      // generator expression computes what a list comprehension would.
      if (view_allowed_ != e) {
        Unsupported(e, "generator expressions other than as the argument of list(), sorted(), sum() or str.join()");
        return types().unknown();
      }
      static_assert(GeneratorExpField::elt == ListCompField::elt && GeneratorExpField::generators == ListCompField::generators);
      return InferListComp(e);
    case NodeKind::Dict: {
      TypeId key = types().unknown(), value = types().unknown();
      auto keys = tree_.RawItems(tree_.List(e, DictField::keys));
      auto values = tree_.Items(e, DictField::values);
      for (size_t i = 0; i < values.size(); ++i) {
        if (keys[i] == UINT32_MAX) {
          Unsupported(values[i], "** in dict displays");
          continue;
        }
        key = Join(key, InferExpr(NodeId(keys[i])), NodeId(keys[i]), "this dict's keys");
        value = Join(value, InferExpr(values[i]), values[i], "this dict's values");
      }
      return types().DictOf(key, value);
    }
    case NodeKind::Tuple: {
      std::vector<TypeId> elts;
      for (NodeId x : tree_.Items(e, TupleField::elts)) {
        if (tree_.Kind(x) == NodeKind::Starred) Unsupported(x, "starred expressions");
        elts.push_back(InferExpr(x));
      }
      return types().Get(TypeKind::Tuple, elts);
    }
    case NodeKind::List: {
      TypeId element = types().unknown();
      for (NodeId x : tree_.Items(e, ListField::elts)) {
        if (tree_.Kind(x) == NodeKind::Starred) Unsupported(x, "starred expressions");
        element = Join(element, InferExpr(x), x, "this list's elements");
      }
      return types().ListOf(element);
    }
    default:
      Unsupported(e, std::string("the expression ") + NodeKindName(tree_.Kind(e)));
      return types().unknown();
  }
}

// The result type of `left op right`. Type errors CPython raises at run time
// (int + str) are left to code generation, which raises the same TypeError.
TypeId Analyzer::InferBinary(NodeId at, BinaryOp op, TypeId left, TypeId right) {
  // An Optional number is used as the number: lowering checks it is not
  // None first (and raises CPython's TypeError if it is).
  auto number_of = [&](TypeId t) {
    if (types().Kind(t) == TypeKind::Optional && IsNumeric(types()[t].params[0])) return types()[t].params[0];
    return t;
  };
  TypeKind l = types().Kind(left), r = types().Kind(right);
  if (l == TypeKind::Unknown || r == TypeKind::Unknown) return types().unknown();
  if (l != TypeKind::Class && r != TypeKind::Class) {
    // (An operator method receives the Optional itself, as CPython's does.)
    left = number_of(left);
    right = number_of(right);
    l = types().Kind(left);
    r = types().Kind(right);
  }
  if (l == TypeKind::Class || r == TypeKind::Class) {
    // a + b calls a.__add__(b); failing that, b.__radd__(a) (NotImplemented
    // returns are not supported: a method defined is the answer).
    std::string stem;
    for (auto& [o, name] : kBinaryMethods)
      if (o == op) stem = name;
    NodeId method;
    bool reflected = false;
    if (l == TypeKind::Class) method = FindMethod(types()[left].payload, tree_.Find("__" + stem + "__"));
    if (!method.IsValid() && r == TypeKind::Class) {
      method = FindMethod(types()[right].payload, tree_.Find("__r" + stem + "__"));
      reflected = method.IsValid();
    }
    if (!method.IsValid()) return types().unknown();  // TypeError at run time
    std::vector<TypeId> arg_types = reflected ? std::vector<TypeId>{right, left} : std::vector<TypeId>{left, right};
    if (tree_.Items(tree_.Node(method, FunctionDefField::args), ArgumentsField::args).size() != 2) {
      Unsupported(at, "an operator method that does not take one argument");
      return types().unknown();
    }
    InstanceId target = Instantiate(method, arg_types);
    Current().call_targets[at.index] = target;
    if (reflected) Current().reflected_operators.insert(at.index);
    return program_->instances[target.index].return_type;
  }
  if (l == TypeKind::Object || r == TypeKind::Object) return types().object();
  if (l == TypeKind::Set && r == TypeKind::Set &&
      (op == BinaryOp::BitOr || op == BinaryOp::BitAnd || op == BinaryOp::Sub || op == BinaryOp::BitXor))
    return types().SetOf(Join(ElementOf(left), ElementOf(right), at, "the items of a set operation"),
                         types()[left].payload != 0);
  bool l_int = l == TypeKind::Int || l == TypeKind::Bool, r_int = r == TypeKind::Int || r == TypeKind::Bool;
  if (IsNumeric(left) && IsNumeric(right)) {
    if (op == BinaryOp::MatMult) return types().unknown();
    bool any_float = l == TypeKind::Float || r == TypeKind::Float;
    if (op == BinaryOp::Div) return types().float_();
    if (l_int && r_int) {
      if (l == TypeKind::Bool && r == TypeKind::Bool &&
          (op == BinaryOp::BitAnd || op == BinaryOp::BitOr || op == BinaryOp::BitXor))
        return types().bool_();
      if (op == BinaryOp::Pow) {
        // int ** int is an int for a non-negative exponent and a float for a
        // negative one: known here only when the exponent is a literal.
        int sign = LiteralSign(tree_.Kind(at) == NodeKind::BinOp ? tree_.Node(at, BinOpField::right)
                                                                  : tree_.Node(at, AugAssignField::value));
        if (sign == 0) return types().object();  // an int, or a float for a negative exponent
        return sign > 0 ? types().int_() : types().float_();
      }
      return types().int_();
    }
    if (any_float) {
      switch (op) {
        case BinaryOp::LShift: case BinaryOp::RShift: case BinaryOp::BitOr: case BinaryOp::BitXor:
        case BinaryOp::BitAnd:
          return types().unknown();  // a TypeError at run time
        default:
          return types().float_();
      }
    }
  }
  if (l == TypeKind::Str && op == BinaryOp::Mod) return types().str();
  if (l == TypeKind::Str && r == TypeKind::Str && op == BinaryOp::Add) return types().str();
  if (l == TypeKind::Str && r_int && op == BinaryOp::Mult) return types().str();
  if (l == TypeKind::List && r == TypeKind::List && op == BinaryOp::Add) {
    if (left == right || types().Kind(ElementOf(right)) == TypeKind::Unknown) return left;
    if (types().Kind(ElementOf(left)) == TypeKind::Unknown) return right;
    Unsupported(at, "concatenating " + types().Name(left) + " and " + types().Name(right));
    return types().unknown();
  }
  if (l == TypeKind::List && r_int && op == BinaryOp::Mult) return left;
  if (l_int && r == TypeKind::List && op == BinaryOp::Mult) return right;
  // Everything else raises TypeError at run time; its result is never seen.
  return types().unknown();
}

TypeId Analyzer::InferCall(NodeId call) {
  NodeId func = tree_.Node(call, CallField::func);
  std::span<const NodeId> args = tree_.Items(call, CallField::args);
  for (NodeId a : args)
    if (tree_.Kind(a) == NodeKind::Starred) Unsupported(a, "this kind of argument");
  if (tree_.Kind(func) == NodeKind::Attribute) {
    NodeId receiver = tree_.Node(func, AttributeField::value);
    if (tree_.Kind(receiver) == NodeKind::Call && tree_.Kind(tree_.Node(receiver, CallField::func)) == NodeKind::Name &&
        tree_.Name(tree_.Ident(tree_.Node(receiver, CallField::func), NameField::id)) == "super" &&
        Resolve(tree_.Ident(tree_.Node(receiver, CallField::func), NameField::id)).kind == NameBinding::Kind::Undefined) {
      if (!tree_.Items(receiver, CallField::args).empty() || !tree_.Items(receiver, CallField::keywords).empty()) {
        Unsupported(receiver, "super() with arguments");
        return types().unknown();
      }
      return InferSuperCall(call, func);
    }
    TypeId base = InferExpr(receiver);
    if (types().Kind(base) == TypeKind::ClassObject) return InferClassMethodCall(call, func, types()[base].payload);
    if (ClassOfValue(base) >= 0) return InferMethodCall(call, func, args);
    if (types().Kind(base) == TypeKind::List) return InferListMethodCall(call, func, base, args);
    if (types().Kind(base) == TypeKind::Str) return InferStrMethodCall(call, func, args);
    if (types().Kind(base) == TypeKind::Dict) return InferDictMethodCall(call, func, base, args);
    if (types().Kind(base) == TypeKind::Set) return InferSetMethodCall(call, func, base, args);
    if (IsStandardStream(base)) {
      // sys.stdout.write(str) (the number of characters written), .flush().
      std::string_view name = tree_.Name(tree_.Ident(func, AttributeField::attr));
      Record(func, types().unknown());
      std::vector<TypeId> arg_types;
      InferArguments(args, arg_types);
      if (name == "write" && args.size() == 1 && tree_.Items(call, CallField::keywords).empty()) {
        if (types().Kind(arg_types[0]) != TypeKind::Str && types().Kind(arg_types[0]) != TypeKind::Unknown)
          Unsupported(args[0], "write() of a value of type " + types().Name(arg_types[0]));
        return types().int_();
      }
      if (name == "flush" && args.empty()) return types().none();
      Unsupported(call, "sys." + std::string(types()[base].payload == static_cast<uint32_t>(BuiltinFunction::SysStdout)
                                                   ? "stdout." : "stderr.") + std::string(name) + "()");
      return types().unknown();
    }
    if (types().Kind(base) == TypeKind::Object) return InferDynamicMethodCall(call, func, args);
  }
  TypeId ft = InferExpr(func);
  switch (types().Kind(ft)) {
    case TypeKind::ClassObject:
      return InferConstructorCall(call, types()[ft].payload, args);
    case TypeKind::ExceptionClass: {
      // An instance, boxed; its arguments are kept boxed in its args tuple.
      std::vector<TypeId> arg_types;
      InferArguments(args, arg_types);
      if (!tree_.Items(call, CallField::keywords).empty()) Unsupported(call, "keyword arguments to exception classes");
      types().Get(TypeKind::Tuple, arg_types);
      return types().object();
    }
    case TypeKind::Builtin:
      return InferBuiltinCall(call, static_cast<BuiltinFunction>(types()[ft].payload), args);
    case TypeKind::Class: {
      NodeId method = FindMethod(types()[ft].payload, tree_.Find("__call__"));
      if (!method.IsValid()) {
        Unsupported(call, "calling an instance of a class without __call__");
        return types().unknown();
      }
      std::vector<TypeId> arg_types{ft};
      bool known = true;
      if (!BindCall(call, method, true, arg_types, known) || !known) return types().unknown();
      InstanceId target = Instantiate(method, arg_types);
      Current().call_targets[call.index] = target;
      return program_->instances[target.index].return_type;
    }
    case TypeKind::Function: {
      NodeId def(types()[ft].payload);
      std::vector<TypeId> arg_types;
      bool known = true;
      if (!BindCall(call, def, false, arg_types, known)) return types().unknown();
      if (!known) return types().unknown();
      InstanceId target = Instantiate(def, arg_types);
      Current().call_targets[call.index] = target;
      return program_->instances[target.index].return_type;
    }
    case TypeKind::Unknown:
      for (NodeId a : args) InferExpr(a);
      return types().unknown();
    default:
      Unsupported(call, "calling a value of type " + types().Name(ft));
      return types().unknown();
  }
}

TypeId Analyzer::InferBuiltinCall(NodeId call, BuiltinFunction f, std::span<const NodeId> args) {
  std::vector<TypeId> arg_types;
  bool known = true;
  // Built-ins that iterate over their first argument take there what a for
  // loop does (a dict view, zip(), enumerate(), a generator expression).
  bool iterates = f == BuiltinFunction::List || f == BuiltinFunction::Sorted || f == BuiltinFunction::Sum ||
                  f == BuiltinFunction::Dict || f == BuiltinFunction::Set || f == BuiltinFunction::Frozenset ||
                  f == BuiltinFunction::Any || f == BuiltinFunction::All ||
                  ((f == BuiltinFunction::Min || f == BuiltinFunction::Max) && args.size() == 1);
  for (NodeId a : args) {
    if (iterates && a == args[0]) {
      InferIteration(a);
      arg_types.push_back(Current().expr_types[a.index]);
    } else {
      arg_types.push_back(InferExpr(a));
    }
    if (types().Kind(arg_types.back()) == TypeKind::Unknown) known = false;
  }
  auto keywords = tree_.Items(call, CallField::keywords);
  if (f != BuiltinFunction::Print && f != BuiltinFunction::Sorted && f != BuiltinFunction::Dict &&
      f != BuiltinFunction::Enumerate && f != BuiltinFunction::Min && f != BuiltinFunction::Max && !keywords.empty())
    Unsupported(call, "keyword arguments to this built-in");
  auto arity = [&](size_t lo, size_t hi) {
    if (args.size() < lo || args.size() > hi) {
      Unsupported(call, "this number of arguments to a built-in");
      return false;
    }
    return true;
  };
  switch (f) {
    case BuiltinFunction::Print:
      for (NodeId k : keywords) {
        std::string_view name = tree_.Name(tree_.Ident(k, KeywordField::arg));
        TypeId t = InferExpr(tree_.Node(k, KeywordField::value));
        if (name == "sep" || name == "end") {
          if (types().Kind(t) != TypeKind::Str && types().Kind(t) != TypeKind::NoneType &&
              types().Kind(t) != TypeKind::Unknown)
            Unsupported(k, std::string(name) + "= of type " + types().Name(t));
        } else if (name == "file") {
          if (!IsStandardStream(t) && types().Kind(t) != TypeKind::Unknown)
            Unsupported(k, "print(file=...) other than sys.stdout and sys.stderr");
        } else if (name != "flush") {
          Unsupported(k, "print(" + std::string(name) + "=...)");
        }
      }
      return types().none();
    case BuiltinFunction::Len:
      if (!arity(1, 1) || !known) return known ? types().unknown() : types().int_();
      switch (types().Kind(arg_types[0])) {
        case TypeKind::List: case TypeKind::Str: case TypeKind::Tuple: case TypeKind::Range: case TypeKind::Dict:
        case TypeKind::Object: case TypeKind::Set:
          return types().int_();
        case TypeKind::Class: {
          NodeId method = FindMethod(types()[arg_types[0]].payload, tree_.Find("__len__"));
          if (!method.IsValid()) return types().int_();  // TypeError: object of type 'C' has no len()
          Current().call_targets[call.index] = Instantiate(method, {arg_types[0]});
          return types().int_();
        }
        default:
          Unsupported(call, "len() of " + types().Name(arg_types[0]));
          return types().unknown();
      }
    case BuiltinFunction::Int:
      if (!arity(0, 1)) return types().unknown();
      if (known && !args.empty() && !IsNumeric(arg_types[0]) && types().Kind(arg_types[0]) != TypeKind::Str &&
          types().Kind(arg_types[0]) != TypeKind::Object)
        Unsupported(call, "int() of " + types().Name(arg_types[0]));
      return types().int_();
    case BuiltinFunction::Float:
      if (!arity(0, 1)) return types().unknown();
      if (known && !args.empty() && !IsNumeric(arg_types[0]) && types().Kind(arg_types[0]) != TypeKind::Str &&
          types().Kind(arg_types[0]) != TypeKind::Object)
        Unsupported(call, "float() of " + types().Name(arg_types[0]));
      return types().float_();
    case BuiltinFunction::Str:
    case BuiltinFunction::Repr:
      if (!arity(f == BuiltinFunction::Str ? 0 : 1, 1)) return types().unknown();
      return types().str();
    case BuiltinFunction::Bool:
      if (!arity(0, 1)) return types().unknown();
      return types().bool_();
    case BuiltinFunction::List: {
      if (!arity(0, 1)) return types().unknown();
      if (args.empty()) return types().ListOf(types().unknown());
      switch (types().Kind(arg_types[0])) {
        case TypeKind::List: return arg_types[0];
        case TypeKind::Str: return types().ListOf(types().str());
        case TypeKind::Range: return types().ListOf(types().int_());
        case TypeKind::Iterator: return types().ListOf(types()[arg_types[0]].params[0]);
        case TypeKind::Dict: return types().ListOf(types()[arg_types[0]].params[0]);
        case TypeKind::Set: return types().ListOf(types()[arg_types[0]].params[0]);
        case TypeKind::Tuple: return types().ListOf(types().TupleItemType(arg_types[0]));
        case TypeKind::Object: return types().ListOf(types().object());
        case TypeKind::Unknown: return types().unknown();
        default: Unsupported(call, "list() of " + types().Name(arg_types[0])); return types().unknown();
      }
    }
    case BuiltinFunction::Sorted: {
      // sorted(iterable, key=lambda x: ..., reverse=...): a new list.
      if (!arity(1, 1)) return types().unknown();
      TypeId element = IterationElement(args[0], arg_types[0]);
      for (NodeId k : keywords) {
        std::string_view kw = tree_.Name(tree_.Ident(k, KeywordField::arg));
        NodeId value = tree_.Node(k, KeywordField::value);
        if (kw == "reverse") {
          TypeId t = InferExpr(value);
          if (types().Kind(t) != TypeKind::Bool && types().Kind(t) != TypeKind::Int) Unsupported(value, "reverse= of this type");
        } else if (kw == "key" && tree_.Kind(value) == NodeKind::Lambda) {
          InferKeyLambda(value, element);
        } else {
          Unsupported(k, "this keyword argument to sorted() (key= takes a lambda for now)");
        }
      }
      return types().ListOf(element);
    }
    case BuiltinFunction::SysExit:
      // sys.exit([status]): raises SystemExit(status), which ends the program
      // (status None or absent: 0; an int: that; anything else: printed, 1).
      arity(0, 1);
      if (known && !args.empty() && types().Kind(arg_types[0]) == TypeKind::Iterator) Unsupported(args[0], "this argument");
      types().Get(TypeKind::Tuple, arg_types);  // SystemExit's args
      return types().none();
    case BuiltinFunction::Round: {
      // round(x) is an int; round(x, n) has x's type (a float or an int).
      if (!arity(1, 2) || !known) return types().unknown();
      TypeKind k = types().Kind(arg_types[0]);
      if (args.size() == 2 && !keywords.empty()) Unsupported(call, "keyword arguments to round()");
      if (args.size() == 2 && types().Kind(arg_types[1]) != TypeKind::Int && types().Kind(arg_types[1]) != TypeKind::Bool &&
          types().Kind(arg_types[1]) != TypeKind::NoneType)
        Unsupported(args[1], "round() with ndigits of type " + types().Name(arg_types[1]));
      bool digits = args.size() == 2 && types().Kind(arg_types[1]) != TypeKind::NoneType;
      if (k == TypeKind::Float) return digits ? types().float_() : types().int_();
      if (k == TypeKind::Int || k == TypeKind::Bool) return types().int_();
      Unsupported(call, "round() of " + types().Name(arg_types[0]));
      return types().unknown();
    }
    case BuiltinFunction::Any:
    case BuiltinFunction::All:
      // Whether any (all) of the iterable's items is true; stops at the first that decides.
      if (!arity(1, 1)) return types().unknown();
      if (known) IterationElement(args[0], arg_types[0]);
      return types().bool_();
    case BuiltinFunction::Isinstance: {
      // isinstance(x, C) or isinstance(x, (C, D, ...)): each a class of the
      // program, a built-in exception class, or int, float, str, bool, list,
      // dict, set, frozenset; tested on x's run-time type.
      if (!arity(2, 2)) return types().unknown();
      NodeId spec = args[1];
      auto check = [&](NodeId t) {
        TypeId tt = Current().expr_types[t.index];
        TypeKind k = types().Kind(tt);
        if (k == TypeKind::ClassObject || k == TypeKind::ExceptionClass || k == TypeKind::Unknown) return;
        if (k == TypeKind::Builtin) {
          auto b = static_cast<BuiltinFunction>(types()[tt].payload);
          if (b == BuiltinFunction::Int || b == BuiltinFunction::Float || b == BuiltinFunction::Str ||
              b == BuiltinFunction::Bool || b == BuiltinFunction::List || b == BuiltinFunction::Dict ||
              b == BuiltinFunction::Set || b == BuiltinFunction::Frozenset)
            return;
        }
        Unsupported(t, "isinstance() with this second argument");
      };
      for (NodeId t : TupleItemsOrSelf(tree_, spec)) check(t);
      return types().bool_();
    }
    case BuiltinFunction::Set:
    case BuiltinFunction::Frozenset: {
      // set() / set(iterable): its items, boxed.
      if (!arity(0, 1)) return types().unknown();
      bool frozen = f == BuiltinFunction::Frozenset;
      if (args.empty()) return types().SetOf(types().unknown(), frozen);
      if (!known) return types().unknown();
      return types().SetOf(IterationElement(args[0], arg_types[0]), frozen);
    }
    case BuiltinFunction::Dict: {
      // dict(), dict(mapping), dict(iterable of pairs), dict(name=value, ...).
      if (!arity(0, 1)) return types().unknown();
      if (!keywords.empty()) {
        if (!args.empty()) {
          Unsupported(call, "dict() with both an argument and keywords");
          return types().unknown();
        }
        TypeId value = types().unknown();
        for (NodeId k : keywords) {
          if (!tree_.Ident(k, KeywordField::arg).IsValid()) Unsupported(k, "** arguments");
          value = Join(value, InferExpr(tree_.Node(k, KeywordField::value)), k, "the values of dict()");
        }
        return types().DictOf(types().str(), value);
      }
      if (args.empty()) return types().DictOf(types().unknown(), types().unknown());
      if (!known) return types().unknown();
      if (types().Kind(arg_types[0]) == TypeKind::Dict) return arg_types[0];
      TypeId pair = IterationElement(args[0], arg_types[0]);
      if (types().Kind(pair) == TypeKind::Unknown) return types().unknown();
      if (types().Kind(pair) != TypeKind::Tuple || types()[pair].params.size() != 2) {
        Unsupported(call, "dict() of items of type " + types().Name(pair) + " (it takes pairs as tuples)");
        return types().unknown();
      }
      return types().DictOf(types()[pair].params[0], types()[pair].params[1]);
    }
    case BuiltinFunction::Divmod: {
      if (!arity(2, 2) || !known) return types().unknown();
      bool dynamic = types().Kind(arg_types[0]) == TypeKind::Object || types().Kind(arg_types[1]) == TypeKind::Object;
      auto operand_ok = [&](TypeId t) { return IsNumeric(t) || types().Kind(t) == TypeKind::Object; };
      if (!operand_ok(arg_types[0]) || !operand_ok(arg_types[1])) {
        Unsupported(call, "divmod() of " + types().Name(arg_types[0]) + " and " + types().Name(arg_types[1]));
        return types().unknown();
      }
      // An object operand: // and % dispatched at run time, each part an object.
      TypeId part = dynamic ? types().object()
                    : types().Kind(arg_types[0]) == TypeKind::Float || types().Kind(arg_types[1]) == TypeKind::Float
                        ? types().float_() : types().int_();
      TypeId parts[2] = {part, part};
      return types().Get(TypeKind::Tuple, parts);
    }
    case BuiltinFunction::Ascii:
      if (!arity(1, 1)) return types().unknown();
      return types().str();
    case BuiltinFunction::Sum: {
      if (!arity(1, 2)) return types().unknown();
      TypeId element = IterationElement(args[0], arg_types[0]);
      TypeId start = args.size() == 2 ? arg_types[1] : types().int_();
      if (types().Kind(element) == TypeKind::Unknown) return types().unknown();
      if (!IsNumeric(element) || !IsNumeric(start)) {
        Unsupported(call, "sum() of " + types().Name(element));
        return types().unknown();
      }
      // The running total: int + int stays an int, anything with a float is a float.
      return types().Kind(element) == TypeKind::Float || types().Kind(start) == TypeKind::Float ? types().float_()
                                                                                             : types().int_();
    }
    case BuiltinFunction::Reversed: {
      // reversed(seq) of a list, str, tuple or range, where a loop walks it.
      if (!allow_iterator_) {
        Unsupported(call, "reversed() other than as the iterable of a for loop or comprehension");
        return types().unknown();
      }
      if (!arity(1, 1) || !known) return types().unknown();
      TypeKind k = types().Kind(arg_types[0]);
      if (k != TypeKind::List && k != TypeKind::Str && k != TypeKind::Tuple && k != TypeKind::Range) {
        Unsupported(args[0], "reversed() of " + types().Name(arg_types[0]));
        return types().unknown();
      }
      TypeId element = IterationElement(args[0], arg_types[0]);
      return types().Get(TypeKind::Iterator, std::span<const TypeId>(&element, 1), static_cast<uint32_t>(f));
    }
    case BuiltinFunction::Zip:
    case BuiltinFunction::Enumerate: {
      if (!allow_iterator_) {
        Unsupported(call, std::string(f == BuiltinFunction::Zip ? "zip()" : "enumerate()") +
                              " other than as the iterable of a for loop or comprehension");
        return types().unknown();
      }
      if (f == BuiltinFunction::Enumerate && !arity(1, 2)) return types().unknown();
      if (f == BuiltinFunction::Zip && !arity(1, 8)) return types().unknown();
      std::vector<TypeId> items;
      size_t iterables = args.size();
      if (f == BuiltinFunction::Enumerate) {
        // enumerate(iterable, start) or enumerate(iterable, start=n): the counter starts at an int.
        items.push_back(types().int_());
        NodeId start = args.size() == 2 ? args[1] : NodeId();
        for (NodeId k : keywords) {
          if (tree_.Name(tree_.Ident(k, KeywordField::arg)) == "start" && !start.IsValid()) {
            start = tree_.Node(k, KeywordField::value);
            InferExpr(start);
          } else {
            Unsupported(k, "this keyword argument to enumerate()");
          }
        }
        if (start.IsValid()) {
          TypeKind sk = types().Kind(Current().expr_types[start.index]);
          if (sk != TypeKind::Int && sk != TypeKind::Bool && sk != TypeKind::Unknown)
            Unsupported(start, "enumerate() starting at a value that is not an int");
        }
        iterables = 1;
      }
      for (size_t i = 0; i < iterables; ++i) {
        TypeKind k = types().Kind(arg_types[i]);
        if (k == TypeKind::List) items.push_back(types()[arg_types[i]].params[0]);
        else if (k == TypeKind::Str) items.push_back(types().str());
        else if (k == TypeKind::Unknown) return types().unknown();
        else {
          Unsupported(args[i], "iterating over " + types().Name(arg_types[i]) + " in zip() or enumerate()");
          return types().unknown();
        }
      }
      TypeId tuple = types().Get(TypeKind::Tuple, items);
      return types().Get(TypeKind::Iterator, std::span<const TypeId>(&tuple, 1), static_cast<uint32_t>(f));
    }
    case BuiltinFunction::Range:
      if (!arity(1, 3)) return types().unknown();
      for (size_t i = 0; i < args.size(); ++i)
        if (types().Kind(arg_types[i]) != TypeKind::Int && types().Kind(arg_types[i]) != TypeKind::Bool &&
            types().Kind(arg_types[i]) != TypeKind::Unknown && types().Kind(arg_types[i]) != TypeKind::Object)
          Unsupported(args[i], "range() of " + types().Name(arg_types[i]));
      return types().Get(TypeKind::Range);
    case BuiltinFunction::Abs:
      if (!arity(1, 1) || !known) return types().unknown();
      if (types().Kind(arg_types[0]) == TypeKind::Object) return types().object();  // dispatched at run time
      if (!IsNumeric(arg_types[0])) Unsupported(call, "abs() of " + types().Name(arg_types[0]));
      return types().Kind(arg_types[0]) == TypeKind::Float ? types().float_() : types().int_();
#define MATH_FUNCTION(Name, Arity, Result) case BuiltinFunction::Math_##Name:
#include "types/math_functions.def"
    {
      const MathFunctionInfo& info =
          kMathFunctions[static_cast<uint32_t>(f) - static_cast<uint32_t>(BuiltinFunction::Math_sqrt)];
      if (!arity(static_cast<size_t>(info.arity), static_cast<size_t>(info.arity))) return types().unknown();
      for (size_t i = 0; i < args.size(); ++i)
        if (known && !IsNumeric(arg_types[i]) && types().Kind(arg_types[i]) != TypeKind::Object)
          Unsupported(args[i], std::string("math.") + info.name + "() of " + types().Name(arg_types[i]));
      return types().Get(info.result);
    }
    case BuiltinFunction::Min:
    case BuiltinFunction::Max: {
      if (args.size() == 1) {
        // min(iterable) / max(iterable, key=lambda x: ...): the first extreme item.
        if (!known) return types().unknown();
        TypeId element = IterationElement(args[0], arg_types[0]);
        for (NodeId k : keywords) {
          std::string_view kw = tree_.Name(tree_.Ident(k, KeywordField::arg));
          NodeId value = tree_.Node(k, KeywordField::value);
          if (kw == "key" && tree_.Kind(value) == NodeKind::Lambda) {
            InferKeyLambda(value, element);
          } else {
            Unsupported(k, std::string(f == BuiltinFunction::Min ? "min" : "max") +
                               "() with this keyword argument (key= takes a lambda for now)");
          }
        }
        return element;
      }
      if (!keywords.empty()) Unsupported(call, "keyword arguments to min() and max() of several arguments");
      if (args.size() < 2) {
        Unsupported(call, "min() and max() without arguments");
        return types().unknown();
      }
      if (!known) return types().unknown();
      TypeId t = arg_types[0];
      for (TypeId a : arg_types) {
        if (a != t || !IsNumeric(a)) {
          Unsupported(call, "min() and max() of mixed or non-numeric types");
          return types().unknown();
        }
      }
      return t;
    }
  }
  return types().unknown();
}

// Classes defined at module level, with their methods and bases. Fields are
// found during inference.
void Analyzer::CollectClasses(std::span<const NodeId> body) {
  std::unordered_map<uint32_t, uint32_t> class_by_name;
  std::vector<std::string> names;
  for (NodeId s : body) {
    if (tree_.Kind(s) != NodeKind::ClassDef) continue;
    IdentId name = tree_.Ident(s, ClassDefField::name);
    uint32_t index = static_cast<uint32_t>(program_->classes.size());
    ClassInfo info;
    info.def = s;
    info.name = std::string(tree_.Name(name));
    bool redefined = class_by_name.count(name.index) != 0;
    auto bases = tree_.Items(s, ClassDefField::bases);
    reporting_ = true;  // structural problems are reported once, here
    if (redefined) Unsupported(s, "redefining class '" + info.name + "'");
    if (!tree_.Items(s, ClassDefField::keywords).empty()) Unsupported(s, "class keywords (metaclass=...)");
    if (!tree_.Items(s, ClassDefField::decorator_list).empty()) Unsupported(s, "class decorators");
    if (bases.size() > 1) Unsupported(bases[1], "multiple inheritance");
    if (!bases.empty()) {
      NodeId b = bases[0];
      auto it = tree_.Kind(b) == NodeKind::Name ? class_by_name.find(tree_.Field(b, NameField::id)) : class_by_name.end();
      int exception = tree_.Kind(b) == NodeKind::Name ? FindExceptionClass(tree_.Name(tree_.Ident(b, NameField::id))) : -1;
      if (it != class_by_name.end()) {
        info.base = static_cast<int32_t>(it->second);
        info.is_exception = program_->classes[it->second].is_exception;
      } else if (exception >= 0) {
        info.exception_base = exception;
        info.is_exception = true;
      } else if (!(tree_.Kind(b) == NodeKind::Name && tree_.Name(tree_.Ident(b, NameField::id)) == "object")) {
        Unsupported(b, "this base class");
      }
    }
    bool own_slots = false;
    for (NodeId member : tree_.Items(s, ClassDefField::body)) {
      if (tree_.Kind(member) == NodeKind::Assign && tree_.Items(member, AssignField::targets).size() == 1 &&
          tree_.Kind(tree_.Items(member, AssignField::targets)[0]) == NodeKind::Name &&
          tree_.Name(tree_.Ident(tree_.Items(member, AssignField::targets)[0], NameField::id)) == "__slots__")
        own_slots = true;
      CollectClassMember(info, index, member);
    }
    if (info.base >= 0) {
      const ClassInfo& base = program_->classes[info.base];
      info.slots.insert(base.slots.begin(), base.slots.end());
    }
    // An instance has a __dict__ (and takes any attribute) unless every
    // class of its chain declares __slots__.
    info.slots_only = own_slots && !info.is_exception && (info.base < 0 || program_->classes[info.base].slots_only);
    reporting_ = false;
    class_by_name[name.index] = index;
    names.push_back(info.name);
    program_->classes.push_back(std::move(info));
    uint32_t g = GlobalIndex(name);
    program_->globals[g].type = types().Get(TypeKind::ClassObject, {}, index);
  }
  types().SetClassNames(names);
  for (uint32_t c = 0; c < program_->classes.size(); ++c) {
    NodeId init = FindMethod(c, tree_.Find("__init__"));
    if (init.IsValid()) always_set_fields_[c] = FieldsSetFirstInInit(init);
  }
}

// One statement of a class body: a method, a method alias
// (`__rmul__ = __mul__`), a class attribute, __slots__ or a docstring.
void Analyzer::CollectClassMember(ClassInfo& info, uint32_t index, NodeId member) {
  switch (tree_.Kind(member)) {
    case NodeKind::FunctionDef: {
      IdentId name = tree_.Ident(member, FunctionDefField::name);
      std::string_view method = tree_.Name(name);
      auto decorators = tree_.Items(member, FunctionDefField::decorator_list);
      method_class_[member.index] = index;
      if (decorators.size() > 1) Unsupported(member, "methods with more than one decorator");
      if (!decorators.empty()) {
        NodeId d = decorators[0];
        std::string_view dname = tree_.Kind(d) == NodeKind::Name ? tree_.Name(tree_.Ident(d, NameField::id)) : "";
        if (dname == "staticmethod") {
          static_methods_.insert(member.index);
        } else if (dname == "property") {
          if (tree_.Items(tree_.Node(member, FunctionDefField::args), ArgumentsField::args).size() != 1)
            Unsupported(member, "a property getter that takes other than one argument");
          info.property_getters[name.index] = member;
          return;
        } else if (tree_.Kind(d) == NodeKind::Attribute && tree_.Name(tree_.Ident(d, AttributeField::attr)) == "setter" &&
                   tree_.Kind(tree_.Node(d, AttributeField::value)) == NodeKind::Name &&
                   tree_.Ident(tree_.Node(d, AttributeField::value), NameField::id) == name &&
                   info.property_getters.count(name.index)) {
          if (tree_.Items(tree_.Node(member, FunctionDefField::args), ArgumentsField::args).size() != 2)
            Unsupported(member, "a property setter that takes other than two arguments");
          info.property_setters[name.index] = member;
          return;
        } else {
          Unsupported(d, "this decorator (@staticmethod, @property and @x.setter are supported)");
        }
      }
      // Special methods change what operators, print(), truth tests... do:
      // each needs its own support before a class may define it.
      if (method.size() > 4 && method.substr(0, 2) == "__" && method.substr(method.size() - 2) == "__" &&
          !IsSupportedSpecialMethod(method) && !IsOperatorMethod(method))
        Unsupported(member, "the special method " + std::string(method));
      if (info.is_exception && (method == "__repr__" || method == "__str__"))
        Unsupported(member, "the special method " + std::string(method) + " of an exception class");
      if (IsSupportedSpecialMethod(method) && method != "__init__" && static_methods_.count(member.index))
        Unsupported(member, "a static special method");
      if (info.property_getters.count(name.index) || info.attributes.count(name.index))
        Unsupported(member, "redefining '" + std::string(method) + "' in a class body");
      info.methods[name.index] = member;
      return;
    }
    case NodeKind::Pass:
      return;
    case NodeKind::Assign: {
      auto targets = tree_.Items(member, AssignField::targets);
      NodeId value = tree_.Node(member, AssignField::value);
      if (targets.size() != 1 || tree_.Kind(targets[0]) != NodeKind::Name) break;
      IdentId name = tree_.Ident(targets[0], NameField::id);
      std::string_view text = tree_.Name(name);
      // `__rmul__ = __mul__`: another name for a method defined above.
      if (tree_.Kind(value) == NodeKind::Name) {
        auto it = info.methods.find(tree_.Field(value, NameField::id));
        if (it != info.methods.end() && (IsOperatorMethod(text) || text.substr(0, 2) != "__")) {
          info.methods[name.index] = it->second;
          return;
        }
      }
      if (text.substr(0, 2) == "__" && text != "__slots__") break;
      if (info.methods.count(name.index) || info.property_getters.count(name.index) || info.attributes.count(name.index)) {
        Unsupported(member, "redefining '" + std::string(text) + "' in a class body");
        return;
      }
      if (text == "__slots__") {
        std::vector<NodeId> items;
        NodeKind vk = tree_.Kind(value);
        if (vk == NodeKind::Tuple || vk == NodeKind::List) {
          for (NodeId x : tree_.Items(value, TupleField::elts)) items.push_back(x);
        } else {
          items.push_back(value);
        }
        for (NodeId x : items) {
          if (tree_.Kind(x) != NodeKind::Constant ||
              tree_.GetConstant(ConstantId(tree_.Field(x, ConstantField::value))).kind != Constant::Kind::Str) {
            Unsupported(value, "__slots__ other than a tuple or list of string literals");
            return;
          }
          IdentId slot = tree_.Find(tree_.GetConstant(ConstantId(tree_.Field(x, ConstantField::value))).text);
          // A slot never assigned anywhere needs no field.
          if (slot.IsValid()) info.slots.insert(slot.index);
        }
      }
      // The value is evaluated in the class's scope: a name it mentions
      // must not be one the class body binds.
      std::vector<NodeId> work{value};
      while (!work.empty()) {
        NodeId n = work.back();
        work.pop_back();
        NodeKind k = tree_.Kind(n);
        if (k == NodeKind::Lambda || k == NodeKind::ListComp || k == NodeKind::GeneratorExp || k == NodeKind::DictComp ||
            k == NodeKind::SetComp) {
          Unsupported(n, "this expression in a class body");
          return;
        }
        if (k == NodeKind::Name && (info.attributes.count(tree_.Field(n, NameField::id)) ||
                                    info.methods.count(tree_.Field(n, NameField::id)))) {
          Unsupported(n, "a class attribute defined from another name of the class body");
          return;
        }
        ForEachChild(tree_, n, [&](NodeId c) { work.push_back(c); });
      }
      // Named after the class: read before the class statement has run, it
      // raises NameError for the class's name, as C.x does in CPython.
      uint32_t g = static_cast<uint32_t>(program_->globals.size());
      program_->globals.push_back({tree_.Ident(info.def, ClassDefField::name), types().unknown(), NodeId()});
      info.attributes[name.index] = g;
      return;
    }
    case NodeKind::Expr:
      if (tree_.Kind(tree_.Node(member, ExprField::value)) == NodeKind::Constant) return;  // a docstring
      break;
    default:
      break;
  }
  Unsupported(member, "this statement in a class body");
}

int32_t Analyzer::ClassAttributeGlobal(uint32_t class_index, IdentId name) const {
  for (int32_t c = static_cast<int32_t>(class_index); c >= 0; c = program_->classes[c].base) {
    auto it = program_->classes[c].attributes.find(name.index);
    if (it != program_->classes[c].attributes.end()) return static_cast<int32_t>(it->second);
  }
  return -1;
}

NodeId Analyzer::FindProperty(uint32_t class_index, IdentId name, bool setter) const {
  for (int32_t c = static_cast<int32_t>(class_index); c >= 0; c = program_->classes[c].base) {
    const ClassInfo& info = program_->classes[c];
    auto& map = setter ? info.property_setters : info.property_getters;
    auto it = map.find(name.index);
    if (it != map.end()) return it->second;
    if (info.property_getters.count(name.index)) return NodeId();  // a getter without a setter here
  }
  return NodeId();
}

void Analyzer::InstantiateSpecialMethods(uint32_t class_index) {
  ClassInfo& info = program_->classes[class_index];
  std::pair<const char*, InstanceId ClassInfo::*> specials[] = {
      {"__repr__", &ClassInfo::repr_instance}, {"__str__", &ClassInfo::str_instance},
      {"__len__", &ClassInfo::len_instance},   {"__bool__", &ClassInfo::bool_instance}};
  for (auto& [name, slot] : specials) {
    NodeId method = FindMethod(class_index, tree_.Find(name));
    if (!method.IsValid()) continue;
    if (tree_.Items(tree_.Node(method, FunctionDefField::args), ArgumentsField::args).size() != 1) {
      Unsupported(method, std::string(name) + " taking other than one argument");
      continue;
    }
    InstanceId target = Instantiate(method, {types().ClassInstance(class_index)});
    program_->classes[class_index].*slot = target;
  }
  (void)info;
}

// The fields __init__ assigns before anything can observe the object: its
// leading statements of the form `self.f = expr`, where expr neither calls
// anything nor mentions self.
std::unordered_set<uint32_t> Analyzer::FieldsSetFirstInInit(NodeId init) {
  std::unordered_set<uint32_t> set;
  auto params = tree_.Items(tree_.Node(init, FunctionDefField::args), ArgumentsField::args);
  if (params.empty()) return set;
  IdentId self = tree_.Ident(params[0], ArgField::arg);
  for (NodeId s : tree_.Items(init, FunctionDefField::body)) {
    if (tree_.Kind(s) == NodeKind::Expr && tree_.Kind(tree_.Node(s, ExprField::value)) == NodeKind::Constant) continue;
    if (tree_.Kind(s) != NodeKind::Assign) break;
    auto targets = tree_.Items(s, AssignField::targets);
    bool simple = true;
    for (NodeId t : targets) {
      simple = simple && tree_.Kind(t) == NodeKind::Attribute &&
               tree_.Kind(tree_.Node(t, AttributeField::value)) == NodeKind::Name &&
               tree_.Ident(tree_.Node(t, AttributeField::value), NameField::id) == self;
    }
    std::vector<NodeId> work{tree_.Node(s, AssignField::value)};
    while (simple && !work.empty()) {
      NodeId n = work.back();
      work.pop_back();
      NodeKind k = tree_.Kind(n);
      if (k == NodeKind::Call || k == NodeKind::Lambda || k == NodeKind::ListComp || k == NodeKind::GeneratorExp ||
          (k == NodeKind::Name && tree_.Ident(n, NameField::id) == self))
        simple = false;
      ForEachChild(tree_, n, [&](NodeId c) { work.push_back(c); });
    }
    if (!simple) break;
    for (NodeId t : targets) set.insert(tree_.Field(t, AttributeField::attr));
  }
  return set;
}

NodeId Analyzer::FindMethod(uint32_t class_index, IdentId name) const {
  if (!name.IsValid()) return NodeId();
  for (int32_t c = static_cast<int32_t>(class_index); c >= 0; c = program_->classes[c].base) {
    const ClassInfo& info = program_->classes[c];
    auto it = info.methods.find(name.index);
    if (it != info.methods.end()) return it->second;
  }
  return NodeId();
}

void Analyzer::AssignField(uint32_t class_index, IdentId name, TypeId type, NodeId at) {
  ClassInfo& info = program_->classes[class_index];
  int32_t field = info.FieldIndex(name);
  if (field < 0) {
    bool always = always_set_fields_[class_index].count(name.index) != 0;
    info.fields.push_back({name, type, always});
    changed_ = true;
    return;
  }
  TypeId old = info.fields[field].type;
  TypeId joined = Join(old, type, at, "attribute '" + std::string(tree_.Name(name)) + "'");
  if (joined != old) {
    program_->classes[class_index].fields[field].type = joined;
    changed_ = true;
  }
}

int32_t Analyzer::ClassOfValue(TypeId t) const {
  const TypeTable& table = program_->types;
  if (table.Kind(t) == TypeKind::Optional) t = table[t].params[0];
  if (table.Kind(t) != TypeKind::Class) return -1;
  return static_cast<int32_t>(table[t].payload);
}

bool Analyzer::BindCall(NodeId call, NodeId def, bool has_self, std::vector<TypeId>& arg_types, bool& known) {
  NodeId arguments = tree_.Node(def, FunctionDefField::args);
  auto params = tree_.Items(arguments, ArgumentsField::args);
  auto defaults = tree_.Items(arguments, ArgumentsField::defaults);
  auto positional = tree_.Items(call, CallField::args);
  auto keywords = tree_.Items(call, CallField::keywords);
  bool takes_kwargs = tree_.Field(arguments, ArgumentsField::kwarg) != UINT32_MAX;
  std::string name(tree_.Name(tree_.Ident(def, FunctionDefField::name)));
  size_t first = has_self ? 1 : 0;
  size_t count = params.size() > first ? params.size() - first : 0;
  std::vector<NodeId> bound(count);
  FunctionInstance::KeywordPack pack;
  pack.forwarded.assign(count, -1);
  std::vector<IdentId> packed_names;
  bool uses_pack = takes_kwargs;
  bool ok = true;
  // Every argument is inferred, in the order written, whatever happens.
  for (NodeId a : positional) InferExpr(a);
  for (NodeId k : keywords) {
    NodeId value = tree_.Node(k, KeywordField::value);
    if (tree_.Ident(k, KeywordField::arg).IsValid()) {
      InferExpr(value);
      continue;
    }
    // `**kwargs`: only the calling function's own **kwargs parameter, passed on.
    int32_t slot = KwargsSlot();
    NameBinding b = tree_.Kind(value) == NodeKind::Name ? Resolve(tree_.Ident(value, NameField::id))
                                                        : NameBinding{NameBinding::Kind::Undefined, 0};
    if (slot < 0 || b.kind != NameBinding::Kind::Local || b.index != static_cast<uint32_t>(slot)) {
      InferExpr(value);
      Unsupported(k, "** arguments other than a **kwargs parameter passed on");
      ok = false;
      continue;
    }
    Current().names[value.index] = b;
    Record(value, Current().locals[b.index].type);
  }
  // CPython raises TypeError at the call for these; until then they are compile errors.
  if (positional.size() > count) {
    Unsupported(call, name + "() takes " + std::to_string(count) + " positional arguments but " +
                          std::to_string(positional.size()) + " were given");
    return false;
  }
  if (!ok) return false;
  for (size_t i = 0; i < positional.size(); ++i) bound[i] = positional[i];
  // Binds keyword `kw` to its parameter; false when the function has none.
  auto bind_keyword = [&](IdentId kw, NodeId value, int32_t forwarded, NodeId at) {
    size_t i = first;
    while (i < params.size() && tree_.Ident(params[i], ArgField::arg) != kw) ++i;
    if (i == params.size()) return false;
    if (bound[i - first].IsValid()) {
      Unsupported(at, name + "() got multiple values for argument '" + std::string(tree_.Name(kw)) + "'");
      ok = false;
    } else {
      bound[i - first] = value;
      pack.forwarded[i - first] = forwarded;
    }
    return true;
  };
  for (NodeId k : keywords) {
    IdentId kw = tree_.Ident(k, KeywordField::arg);
    NodeId value = tree_.Node(k, KeywordField::value);
    if (!kw.IsValid()) {
      TypeId t = Current().expr_types[value.index];
      if (types().Kind(t) != TypeKind::Tuple || types()[t].payload == 0) {
        known = false;  // not typed yet
        continue;
      }
      uses_pack = true;
      const std::vector<IdentId>& names = program_->keyword_signatures[types()[t].payload - 1];
      for (size_t j = 0; j < names.size(); ++j) {
        if (bind_keyword(names[j], value, static_cast<int32_t>(j), k)) continue;
        Unsupported(k, takes_kwargs ? "passing **kwargs on to a function that takes **kwargs"
                                    : name + "() got an unexpected keyword argument '" + std::string(tree_.Name(names[j])) + "'");
        ok = false;
      }
      continue;
    }
    if (bind_keyword(kw, value, -1, k)) continue;
    if (takes_kwargs && std::find(packed_names.begin(), packed_names.end(), kw) == packed_names.end()) {
      packed_names.push_back(kw);
      pack.packed.push_back(value);
      continue;
    }
    Unsupported(k, takes_kwargs ? name + "() got multiple values for keyword argument '" + std::string(tree_.Name(kw)) + "'"
                                : name + "() got an unexpected keyword argument '" + std::string(tree_.Name(kw)) + "'");
    ok = false;
  }
  for (size_t i = 0; i < count; ++i) {
    if (bound[i].IsValid()) continue;
    size_t param = i + first;
    size_t first_default = params.size() - defaults.size();
    if (param >= first_default) {
      bound[i] = defaults[param - first_default];
      InferExpr(bound[i]);
    } else {
      Unsupported(call, name + "() missing required argument '" +
                            std::string(tree_.Name(tree_.Ident(params[param], ArgField::arg))) + "'");
      ok = false;
    }
  }
  if (!ok) return false;
  for (size_t i = 0; i < count; ++i) {
    TypeId t = Current().expr_types[bound[i].index];
    if (pack.forwarded[i] >= 0) t = types()[t].params[static_cast<size_t>(pack.forwarded[i])];
    if (types().Kind(t) == TypeKind::Unknown) known = false;
    arg_types.push_back(t);
  }
  if (takes_kwargs) {
    std::vector<TypeId> packed_types;
    for (NodeId v : pack.packed) {
      packed_types.push_back(Current().expr_types[v.index]);
      if (types().Kind(packed_types.back()) == TypeKind::Unknown) known = false;
    }
    std::vector<uint32_t> key;
    for (IdentId n : packed_names) key.push_back(n.index);
    auto [it, inserted] = keyword_signature_index_.try_emplace(key, static_cast<uint32_t>(program_->keyword_signatures.size()));
    if (inserted) program_->keyword_signatures.push_back(packed_names);
    pack.packed_type = types().Get(TypeKind::Tuple, packed_types, it->second + 1);
    arg_types.push_back(pack.packed_type);
    bound.push_back(call);
  }
  if (uses_pack) Current().keyword_packs[call.index] = std::move(pack);
  Current().call_bindings[call.index] = std::move(bound);
  return true;
}

int32_t Analyzer::KwargsSlot() {
  NodeId def = Current().def;
  if (!def.IsValid()) return -1;
  NodeId arguments = tree_.Node(def, FunctionDefField::args);
  if (tree_.Field(arguments, ArgumentsField::kwarg) == UINT32_MAX) return -1;
  return static_cast<int32_t>(tree_.Items(arguments, ArgumentsField::args).size());
}

bool Analyzer::InferArguments(std::span<const NodeId> args, std::vector<TypeId>& arg_types) {
  bool known = true;
  for (NodeId a : args) {
    TypeId t = InferExpr(a);
    if (types().Kind(t) == TypeKind::Unknown) known = false;
    arg_types.push_back(t);
  }
  return known;
}

// obj.method(args): the method found in obj's class or its bases,
// instantiated for (obj's class, argument types...).
TypeId Analyzer::InferMethodCall(NodeId call, NodeId attribute, std::span<const NodeId> args) {
  TypeId base = Current().expr_types[tree_.Node(attribute, AttributeField::value).index];
  uint32_t cls = static_cast<uint32_t>(ClassOfValue(base));
  IdentId name = tree_.Ident(attribute, AttributeField::attr);
  Record(attribute, types().unknown());
  NodeId method = FindMethod(cls, name);
  std::vector<TypeId> arg_types{types().ClassInstance(cls)};
  if (!method.IsValid()) {
    InferArguments(args, arg_types);
    if (program_->classes[cls].FieldIndex(name) >= 0 || ClassAttributeGlobal(cls, name) >= 0 ||
        FindProperty(cls, name, false).IsValid())
      Unsupported(call, "calling a value stored in an attribute");
    return types().unknown();  // AttributeError at run time
  }
  if (ClassAttributeGlobal(cls, name) >= 0 || FindProperty(cls, name, false).IsValid())
    Unsupported(call, "a name that is both a class attribute and a method or property");
  bool is_static = static_methods_.count(method.index) != 0;
  if (is_static) {
    Current().receiverless_calls.insert(call.index);
    arg_types.clear();
  }
  bool known = true;
  if (!BindCall(call, method, !is_static, arg_types, known) || !known) return types().unknown();
  InstanceId target = Instantiate(method, arg_types);
  Current().call_targets[call.index] = target;
  return program_->instances[target.index].return_type;
}

TypeId Analyzer::InferSuperCall(NodeId call, NodeId attribute) {
  Record(attribute, types().unknown());
  IdentId name = tree_.Ident(attribute, AttributeField::attr);
  auto owner = Current().def.IsValid() ? method_class_.find(Current().def.index) : method_class_.end();
  if (owner == method_class_.end() || Current().param_types.empty() || static_methods_.count(Current().def.index)) {
    Unsupported(call, "super() outside a method");
    return types().unknown();
  }
  int32_t base = program_->classes[owner->second].base;
  if (base < 0 && tree_.Name(name) == "__init__" && tree_.Items(call, CallField::args).empty() &&
      tree_.Items(call, CallField::keywords).empty()) {
    Current().super_calls.insert(call.index);  // object.__init__(self): nothing to do
    return types().none();
  }
  NodeId method = base >= 0 ? FindMethod(static_cast<uint32_t>(base), name) : NodeId();
  if (!method.IsValid()) {
    Unsupported(call, "'super' object has no attribute '" + std::string(tree_.Name(name)) + "'");
    return types().unknown();
  }
  bool is_static = static_methods_.count(method.index) != 0;
  std::vector<TypeId> arg_types;
  if (is_static) {
    Current().receiverless_calls.insert(call.index);
  } else {
    Current().super_calls.insert(call.index);
    arg_types.push_back(Current().param_types[0]);
  }
  bool known = true;
  if (!BindCall(call, method, !is_static, arg_types, known) || !known) return types().unknown();
  InstanceId target = Instantiate(method, arg_types);
  Current().call_targets[call.index] = target;
  return program_->instances[target.index].return_type;
}

TypeId Analyzer::InferClassMethodCall(NodeId call, NodeId attribute, uint32_t class_index) {
  Record(attribute, types().unknown());
  IdentId name = tree_.Ident(attribute, AttributeField::attr);
  NodeId method = FindMethod(class_index, name);
  if (!method.IsValid()) {
    Unsupported(call, "calling '" + std::string(tree_.Name(name)) + "' of a class");
    return types().unknown();
  }
  Current().receiverless_calls.insert(call.index);
  std::vector<TypeId> arg_types;
  bool known = true;
  if (!BindCall(call, method, false, arg_types, known) || !known) return types().unknown();
  InstanceId target = Instantiate(method, arg_types);
  Current().call_targets[call.index] = target;
  return program_->instances[target.index].return_type;
}

// obj.method(args) where obj is an `object`: one case per class whose
// instances have the method, each instantiated for (that class, the argument
// types); the result is the join of their results.
TypeId Analyzer::InferDynamicMethodCall(NodeId call, NodeId attribute, std::span<const NodeId> args) {
  IdentId name = tree_.Ident(attribute, AttributeField::attr);
  Record(attribute, types().unknown());
  std::vector<DynamicCase> cases;
  TypeId result = types().unknown();
  bool known = true;
  for (uint32_t c = 0; c < program_->classes.size(); ++c) {
    if (program_->classes[c].is_exception) continue;
    NodeId method = FindMethod(c, name);
    if (!method.IsValid()) continue;
    std::vector<TypeId> arg_types{types().ClassInstance(c)};
    bool case_known = true;
    if (!BindCall(call, method, true, arg_types, case_known)) return types().unknown();
    DynamicCase dynamic{c, arg_types[0], InstanceId(), -1, Current().call_bindings[call.index]};
    if (case_known) {
      dynamic.target = Instantiate(method, arg_types);
      result = Join(result, program_->instances[dynamic.target.index].return_type, call,
                    "the result of ." + std::string(tree_.Name(name)) + "()");
    } else {
      known = false;
    }
    cases.push_back(std::move(dynamic));
  }
  Current().call_bindings.erase(call.index);
  // A str's method, when the object is a str at run time.
  if (int method = FindStrMethod(tree_.Name(name)); method >= 0) {
    TypeId str_result = InferStrMethodCall(call, attribute, args);
    if (types().Kind(str_result) == TypeKind::Unknown) known = false;
    result = Join(result, str_result, call, "the result of ." + std::string(tree_.Name(name)) + "()");
    DynamicCase dynamic{DynamicCase::kBuiltinType, types().str(), InstanceId(), -1, {}};
    dynamic.str_method = method;
    dynamic.result = str_result;
    cases.push_back(std::move(dynamic));
  }
  if (cases.empty()) {
    std::vector<TypeId> arg_types;
    InferArguments(args, arg_types);
    Unsupported(call, "calling method '" + std::string(tree_.Name(name)) +
                          "' of a value of type object (neither str nor a class of the program defines it)");
    return types().unknown();
  }
  Current().dynamic_cases[call.index] = std::move(cases);
  return known ? result : types().unknown();
}

// obj.attr where obj is an `object`: one case per class whose instances have
// the field; the value is the join of the fields' types.
TypeId Analyzer::InferDynamicAttribute(NodeId e, IdentId name) {
  std::vector<DynamicCase> cases;
  TypeId result = types().unknown();
  for (uint32_t c = 0; c < program_->classes.size(); ++c) {
    const ClassInfo& info = program_->classes[c];
    if (info.is_exception) continue;
    int32_t field = info.FieldIndex(name);
    if (field < 0) continue;
    result = Join(result, info.fields[field].type, e, "attribute '" + std::string(tree_.Name(name)) + "'");
    cases.push_back(DynamicCase{c, types().ClassInstance(c), InstanceId(), field, {}});
  }
  if (cases.empty()) {
    Unsupported(e, "attribute '" + std::string(tree_.Name(name)) +
                       "' of a value of type object (no class of the program has it)");
    return types().unknown();
  }
  Current().dynamic_cases[e.index] = std::move(cases);
  return result;
}

// C(args): a new instance, initialised by the __init__ found in C or its bases.
TypeId Analyzer::InferConstructorCall(NodeId call, uint32_t class_index, std::span<const NodeId> args) {
  Current().constructed_classes[call.index] = class_index;
  InstantiateSpecialMethods(class_index);
  TypeId instance = types().ClassInstance(class_index);
  std::vector<TypeId> arg_types{instance};
  NodeId init = FindMethod(class_index, tree_.Find("__init__"));
  if (!init.IsValid()) {
    InferArguments(args, arg_types);
    // An exception keeps its constructor's arguments in its args tuple.
    bool exception = program_->classes[class_index].is_exception;
    if ((!args.empty() && !exception) || !tree_.Items(call, CallField::keywords).empty())
      Unsupported(call, "arguments to a class without __init__");
    if (exception) types().Get(TypeKind::Tuple, std::span<const TypeId>(arg_types).subspan(1));
    return instance;
  }
  if (program_->classes[class_index].is_exception) {
    std::vector<TypeId> positional;
    for (NodeId a : args) positional.push_back(InferExpr(a));
    types().Get(TypeKind::Tuple, positional);
  }
  bool known = true;
  if (BindCall(call, init, true, arg_types, known) && known) Current().call_targets[call.index] = Instantiate(init, arg_types);
  return instance;
}

// try/except/else/finally. A handler's type is a built-in exception class or
// a tuple of them; `as name` binds the exception, a boxed object.
bool Analyzer::InferTry(NodeId s) {
  bool has_finally = !tree_.Items(s, TryField::finalbody).empty();
  if (has_finally) ++try_finally_depth_;
  bool falls = InferBlock(tree_.Items(s, TryField::body));
  falls = InferBlock(tree_.Items(s, TryField::orelse)) && falls;
  for (NodeId h : tree_.Items(s, TryField::handlers)) {
    NodeId type = tree_.Node(h, ExceptHandlerField::type);
    if (type.IsValid()) {
      for (NodeId c : TupleItemsOrSelf(tree_, type)) {
        TypeId t = InferExpr(c);
        bool user_exception = types().Kind(t) == TypeKind::ClassObject && program_->classes[types()[t].payload].is_exception;
        if (types().Kind(t) != TypeKind::ExceptionClass && !user_exception)
          Unsupported(c, "except clauses naming anything but exception classes");
      }
    }
    IdentId name = tree_.Ident(h, ExceptHandlerField::name);
    if (name.IsValid()) {
      NameBinding b = Resolve(name);
      if (b.kind == NameBinding::Kind::Local) SetLocalType(b.index, types().object(), h);
      else if (b.kind == NameBinding::Kind::Global) SetGlobalType(b.index, types().object(), h);
    }
    if (InferBlock(tree_.Items(h, ExceptHandlerField::body))) falls = true;
  }
  if (has_finally) --try_finally_depth_;
  bool finally_falls = InferBlock(tree_.Items(s, TryField::finalbody));
  return falls && finally_falls;
}

bool Analyzer::BreaksOut(std::span<const NodeId> body) const {
  std::vector<NodeId> work(body.begin(), body.end());
  while (!work.empty()) {
    NodeId n = work.back();
    work.pop_back();
    switch (tree_.Kind(n)) {
      case NodeKind::Break: return true;
      case NodeKind::While:
      case NodeKind::For:
        // A break in a nested loop's body leaves that loop; its else clause is ours.
        for (NodeId c : tree_.Items(n, tree_.Kind(n) == NodeKind::While ? WhileField::orelse : ForField::orelse))
          work.push_back(c);
        break;
      case NodeKind::FunctionDef:
      case NodeKind::ClassDef:
      case NodeKind::Lambda:
        break;
      default:
        ForEachChild(tree_, n, [&](NodeId c) { work.push_back(c); });
        break;
    }
  }
  return false;
}

TypeId Analyzer::InferIteration(NodeId iter) {
  bool saved = allow_iterator_;
  allow_iterator_ = tree_.Kind(iter) == NodeKind::Call && tree_.Kind(tree_.Node(iter, CallField::func)) == NodeKind::Name;
  // Only the call itself may make an iterator; its arguments may not.
  TypeId iter_type;
  if (allow_iterator_) {
    NodeId func = tree_.Node(iter, CallField::func);
    TypeId ft = InferExpr(func);
    bool is_iterator_builtin = types().Kind(ft) == TypeKind::Builtin &&
                               (types()[ft].payload == static_cast<uint32_t>(BuiltinFunction::Zip) ||
                                types()[ft].payload == static_cast<uint32_t>(BuiltinFunction::Enumerate) ||
                                types()[ft].payload == static_cast<uint32_t>(BuiltinFunction::Reversed));
    allow_iterator_ = false;
    if (is_iterator_builtin) {
      std::vector<TypeId> arg_types;
      auto args = tree_.Items(iter, CallField::args);
      for (NodeId a : args) arg_types.push_back(InferExpr(a));
      allow_iterator_ = true;
      iter_type = Record(iter, InferBuiltinCall(iter, static_cast<BuiltinFunction>(types()[ft].payload), args));
      allow_iterator_ = false;
    } else {
      iter_type = InferExpr(iter);
    }
  } else {
    NodeId saved_view = view_allowed_;
    view_allowed_ = iter;
    iter_type = InferExpr(iter);
    view_allowed_ = saved_view;
  }
  allow_iterator_ = saved;
  switch (types().Kind(iter_type)) {
    case TypeKind::Range: return types().int_();
    case TypeKind::List: {
      TypeId element = types()[iter_type].params[0];
      if (types().Kind(element) == TypeKind::Unknown && reporting_)
        Unsupported(iter, "iterating over a list whose element type is unknown (nothing is ever stored in it)");
      return element;
    }
    case TypeKind::Str: return types().str();
    case TypeKind::Dict:
      types().ListOf(types()[iter_type].params[0]);  // lowering iterates over a list of the keys
      return types()[iter_type].params[0];
    case TypeKind::Iterator: return types()[iter_type].params[0];
    case TypeKind::Set: return types()[iter_type].params[0];
    case TypeKind::Tuple: return types().TupleItemType(iter_type);
    case TypeKind::Object: return types().object();  // dispatched on its run-time type
    case TypeKind::Unknown: return types().unknown();
    default: Unsupported(iter, "iterating over " + types().Name(iter_type)); return types().unknown();
  }
}

// `del target`: an item or a slice of a list, a key of a dict.
void Analyzer::InferDelete(NodeId target) {
  if (tree_.Kind(target) == NodeKind::Tuple || tree_.Kind(target) == NodeKind::List) {
    for (NodeId t : tree_.Items(target, TupleField::elts)) InferDelete(t);
    return;
  }
  if (tree_.Kind(target) != NodeKind::Subscript) {
    Unsupported(target, std::string("deleting a ") + (tree_.Kind(target) == NodeKind::Name ? "variable" : "value of this kind"));
    return;
  }
  TypeId base = InferExpr(tree_.Node(target, SubscriptField::value));
  NodeId index = tree_.Node(target, SubscriptField::slice);
  TypeKind bk = types().Kind(base);
  if (bk == TypeKind::Unknown) return;
  if (tree_.Kind(index) == NodeKind::Slice) {
    for (uint32_t f : {SliceField::lower, SliceField::upper, SliceField::step}) {
      NodeId part = tree_.Node(index, f);
      if (!part.IsValid()) continue;
      TypeKind pk = types().Kind(InferExpr(part));
      if (pk != TypeKind::Int && pk != TypeKind::Bool && pk != TypeKind::NoneType && pk != TypeKind::Unknown)
        Unsupported(part, "slice bounds of this type");
    }
    if (bk != TypeKind::List) Unsupported(target, "deleting a slice of " + types().Name(base));
    return;
  }
  TypeId key = InferExpr(index);
  TypeKind kk = types().Kind(key);
  if (bk == TypeKind::List) {
    if (kk != TypeKind::Int && kk != TypeKind::Bool && kk != TypeKind::Unknown)
      Unsupported(index, "list indices of type " + types().Name(key));
    return;
  }
  if (bk == TypeKind::Dict) {
    TypeId k = types()[base].params[0];
    if (kk != TypeKind::Unknown && key != k && types().Kind(k) != TypeKind::Object && types().Kind(k) != TypeKind::Unknown)
      Unsupported(index, "deleting a key of type " + types().Name(key) + " from a " + types().Name(base));
    return;
  }
  Unsupported(target, "deleting an item of " + types().Name(base));
}

TypeId Analyzer::IterationElement(NodeId at, TypeId iterable) {
  switch (types().Kind(iterable)) {
    case TypeKind::List:
    case TypeKind::Iterator:
    case TypeKind::Set:
    case TypeKind::Dict: return types()[iterable].params[0];
    case TypeKind::Tuple: return types().TupleItemType(iterable);
    case TypeKind::Str: return types().str();
    case TypeKind::Range: return types().int_();
    case TypeKind::Object: return types().object();
    case TypeKind::Unknown: return types().unknown();
    default: Unsupported(at, "iterating over " + types().Name(iterable)); return types().unknown();
  }
}

TypeId Analyzer::InferKeyLambda(NodeId lambda, TypeId element) {
  NodeId args = tree_.Node(lambda, LambdaField::args);
  auto params = tree_.Items(args, ArgumentsField::args);
  if (params.size() != 1 || !tree_.Items(args, ArgumentsField::defaults).empty() ||
      tree_.Field(args, ArgumentsField::vararg) != UINT32_MAX) {
    Unsupported(lambda, "a key function with other than one parameter");
    return types().unknown();
  }
  IdentId name = tree_.Ident(params[0], ArgField::arg);
  uint64_t key = (static_cast<uint64_t>(lambda.index) << 32) | name.index;
  auto [it, inserted] = Current().comprehension_slots.try_emplace(key, static_cast<uint32_t>(Current().locals.size()));
  if (inserted) Current().locals.push_back({name, types().unknown(), false});
  SetLocalType(it->second, element, lambda);
  types().ListOf(types().object());  // lowering collects the keys in a list[object]
  comprehension_scopes_.push_back({{name.index, it->second}});
  TypeId result = InferExpr(tree_.Node(lambda, LambdaField::body));
  comprehension_scopes_.pop_back();
  return result;
}

// A list comprehension's variables are its own (Python 3): each gets a slot
// of the enclosing instance, found through comprehension_scopes_.
TypeId Analyzer::InferListComp(NodeId e) {
  auto generators = tree_.Items(e, ListCompField::generators);
  size_t depth = comprehension_scopes_.size();
  for (NodeId gen : generators) {
    if (tree_.Field(gen, ComprehensionField::is_async)) Unsupported(gen, "async comprehensions");
    TypeId element = InferIteration(tree_.Node(gen, ComprehensionField::iter));
    // The target's names, bound in a new scope of this comprehension.
    std::unordered_map<uint32_t, uint32_t> scope;
    std::vector<NodeId> work{tree_.Node(gen, ComprehensionField::target)};
    while (!work.empty()) {
      NodeId n = work.back();
      work.pop_back();
      if (tree_.Kind(n) == NodeKind::Name) {
        uint64_t key = (static_cast<uint64_t>(gen.index) << 32) | tree_.Field(n, NameField::id);
        auto [it, inserted] = Current().comprehension_slots.try_emplace(key, static_cast<uint32_t>(Current().locals.size()));
        if (inserted) Current().locals.push_back({tree_.Ident(n, NameField::id), types().unknown(), false});
        scope[tree_.Field(n, NameField::id)] = it->second;
      } else {
        ForEachChild(tree_, n, [&](NodeId c) { work.push_back(c); });
      }
    }
    comprehension_scopes_.push_back(std::move(scope));
    AssignTo(tree_.Node(gen, ComprehensionField::target), element);
    for (NodeId cond : tree_.Items(gen, ComprehensionField::ifs)) InferExpr(cond);
  }
  TypeId elt = InferExpr(tree_.Node(e, ListCompField::elt));
  comprehension_scopes_.resize(depth);
  return types().ListOf(elt);
}

void Analyzer::RefineContainer(NodeId container, TypeId refined, NodeId at) {
  NodeKind k = tree_.Kind(container);
  if (k == NodeKind::Attribute) {
    // A class attribute read through an instance (self.items.append(x)).
    auto g = Current().names.find(container.index);
    if (g != Current().names.end()) {
      SetGlobalType(g->second.index, refined, at);
      return;
    }
  }
  if (k == NodeKind::Name || k == NodeKind::Attribute) {
    refining_ = true;
    AssignTo(container, refined);
    refining_ = false;
    return;
  }
  Unsupported(at, "adding to an empty container that is not held in a variable or attribute");
}

bool Analyzer::WidenContainer(NodeId container, TypeId widened, NodeId at) {
  if (tree_.Kind(container) != NodeKind::Name) return false;
  NameBinding b = Resolve(tree_.Ident(container, NameField::id));
  if (b.kind != NameBinding::Kind::Local && b.kind != NameBinding::Kind::Global) return false;
  if (b.kind == NameBinding::Kind::Local && Current().locals[b.index].is_parameter) return false;
  if (non_fresh_variables_.count(VariableKey(b))) return false;
  RefineContainer(container, widened, at);
  return true;
}

bool Analyzer::IsFreshContainer(NodeId value) {
  switch (tree_.Kind(value)) {
    case NodeKind::List: case NodeKind::Dict: case NodeKind::ListComp: case NodeKind::DictComp: case NodeKind::Set:
    case NodeKind::SetComp:
      return true;
    case NodeKind::Call: {
      NodeId func = tree_.Node(value, CallField::func);
      if (tree_.Kind(func) == NodeKind::Name) return Resolve(tree_.Ident(func, NameField::id)).kind == NameBinding::Kind::Builtin;
      // A str method's list (split) is new.
      if (tree_.Kind(func) == NodeKind::Attribute)
        return types().Kind(program_->TypeOf(Current(), tree_.Node(func, AttributeField::value))) == TypeKind::Str;
      return false;
    }
    default:
      return false;
  }
}

bool Analyzer::HasUnknownPart(TypeId t) const {
  const TypeTable& table = program_->types;
  if (table.Kind(t) == TypeKind::Unknown) return true;
  if (table.Kind(t) != TypeKind::Tuple) return false;
  for (TypeId p : table[t].params)
    if (HasUnknownPart(p)) return true;
  return false;
}

bool Analyzer::SameWordRepresentation(TypeId t) const {
  const TypeTable& table = program_->types;
  switch (table.Kind(t)) {
    case TypeKind::Int: case TypeKind::Str: case TypeKind::List: case TypeKind::Dict: case TypeKind::Tuple:
    case TypeKind::Class: case TypeKind::Object: case TypeKind::NoneType: case TypeKind::Set:
      return true;
    case TypeKind::Optional:
      return SameWordRepresentation(table[t].params[0]);
    default:
      return false;
  }
}

void Analyzer::AddDictEntry(NodeId container, TypeId dict, TypeId key, TypeId value, NodeId at) {
  TypeId k = types()[dict].params[0], v = types()[dict].params[1];
  if (types().Kind(key) == TypeKind::Unknown || types().Kind(value) == TypeKind::Unknown) return;
  if (k == key && v == value) return;
  bool key_ok = k == key || types().Kind(k) == TypeKind::Unknown || types().Kind(k) == TypeKind::Object;
  bool value_ok = v == value || types().Kind(v) == TypeKind::Unknown || types().Kind(v) == TypeKind::Object;
  if (key_ok && value_ok && (types().Kind(k) == TypeKind::Unknown || types().Kind(v) == TypeKind::Unknown)) {
    RefineContainer(container, types().DictOf(types().Kind(k) == TypeKind::Unknown ? key : k,
                                               types().Kind(v) == TypeKind::Unknown ? value : v), at);
    return;
  }
  if (key_ok && value_ok) return;
  if ((key_ok || HasUnknownPart(k)) && (value_ok || HasUnknownPart(v)) && (HasUnknownPart(k) || HasUnknownPart(v))) {
    RefineContainer(container, types().DictOf(key_ok ? k : Join(k, key, at, "a dict's keys"),
                                               value_ok ? v : Join(v, value, at, "a dict's values")), at);
    return;
  }
  // Values of another word type widen the dict's values to object in place,
  // when no narrower reference to it can exist.
  if (key_ok && SameWordRepresentation(v) && SameWordRepresentation(value) &&
      WidenContainer(container, types().DictOf(k, types().object()), at))
    return;
  Unsupported(at, "storing " + types().Name(key) + ": " + types().Name(value) + " in a " + types().Name(dict));
}

// The methods of dict, on a dict[K, V].
TypeId Analyzer::InferDictMethodCall(NodeId call, NodeId attribute, TypeId dict, std::span<const NodeId> args) {
  NodeId container = tree_.Node(attribute, AttributeField::value);
  std::string_view name = tree_.Name(tree_.Ident(attribute, AttributeField::attr));
  Record(attribute, types().unknown());
  std::vector<TypeId> arg_types;
  InferArguments(args, arg_types);
  if (!tree_.Items(call, CallField::keywords).empty()) Unsupported(call, "keyword arguments to dict methods");
  TypeId key = types()[dict].params[0], value = types()[dict].params[1];
  auto arity = [&](size_t lo, size_t hi) {
    if (args.size() >= lo && args.size() <= hi) return true;
    Unsupported(call, "dict." + std::string(name) + "() with " + std::to_string(args.size()) + " arguments");
    return false;
  };
  if (name == "get" || name == "pop" || name == "setdefault") {
    if (!arity(name == "pop" ? 1 : 1, 2)) return types().unknown();
    if (types().Kind(value) == TypeKind::Unknown) {
      if (name == "setdefault" && args.size() == 2) AddDictEntry(container, dict, arg_types[0], arg_types[1], call);
      else Unsupported(call, "dict." + std::string(name) + "() on a dict whose value type is unknown");
      return args.size() == 2 ? arg_types[1] : types().unknown();
    }
    if (name == "setdefault" && args.size() == 2) AddDictEntry(container, dict, arg_types[0], arg_types[1], call);
    // get without a default gives None when the key is absent.
    TypeId absent = args.size() == 2 ? arg_types[1] : (name == "pop" ? value : types().none());
    return Join(value, absent, call, "the result of dict." + std::string(name) + "()");
  }
  if (name == "keys" || name == "values" || name == "items") {
    // A view: iterated over (for, comprehensions, list(), sorted(), sum()),
    // never kept, so that it needs no type of its own.
    arity(0, 0);
    TypeId pair[2] = {key, value};
    TypeId element = name == "keys" ? key : name == "values" ? value : types().Get(TypeKind::Tuple, pair);
    types().ListOf(element);  // lowering walks the view as a list
    if (view_allowed_ != call) Unsupported(call, "dict." + std::string(name) + "() other than as something to iterate over");
    return types().Get(TypeKind::Iterator, std::span<const TypeId>(&element, 1),
                       static_cast<uint32_t>(BuiltinFunction::List));
  }
  if (name == "clear") return arity(0, 0), types().none();
  if (name == "copy") return arity(0, 0), dict;
  if (name == "update") {
    if (arity(1, 1) && types().Kind(arg_types[0]) == TypeKind::Dict)
      AddDictEntry(container, dict, types()[arg_types[0]].params[0], types()[arg_types[0]].params[1], call);
    else if (args.size() == 1 && types().Kind(arg_types[0]) != TypeKind::Unknown)
      Unsupported(args[0], "dict.update() with " + types().Name(arg_types[0]));
    return types().none();
  }
  Unsupported(call, "dict." + std::string(name) + "()");
  return types().unknown();
}

void Analyzer::AddListElement(NodeId container, TypeId list, TypeId element, NodeId at) {
  TypeId current = ElementOf(list);
  if (types().Kind(element) == TypeKind::Unknown || current == element) return;
  if (types().Kind(current) == TypeKind::Unknown) {
    RefineContainer(container, types().ListOf(element), at);
    return;
  }
  // An element type still partly unknown (a tuple of a call whose result
  // is not inferred yet) is completed, not widened.
  if (HasUnknownPart(current)) {
    RefineContainer(container, types().ListOf(Join(current, element, at, "a list's elements")), at);
    return;
  }
  // A value the list's elements can hold without a change of representation.
  TypeKind ck = types().Kind(current);
  if (ck == TypeKind::Object) return;
  if (ck == TypeKind::Optional && (types().Kind(element) == TypeKind::NoneType || types()[current].params[0] == element))
    return;
  if (SameWordRepresentation(current) && SameWordRepresentation(element) &&
      WidenContainer(container, types().ListOf(types().object()), at))
    return;
  Unsupported(at, "storing a value of type " + types().Name(element) + " in a " + types().Name(list));
}

// The methods of str (str_methods.def): each argument checked against its
// parameter letter.
TypeId Analyzer::InferStrMethodCall(NodeId call, NodeId attribute, std::span<const NodeId> args) {
  std::string_view name = tree_.Name(tree_.Ident(attribute, AttributeField::attr));
  Record(attribute, types().unknown());
  std::vector<TypeId> arg_types;
  NodeId saved_view = view_allowed_;
  if (name == "join" && !args.empty()) view_allowed_ = args[0];  // join iterates over its argument
  InferArguments(args, arg_types);
  view_allowed_ = saved_view;
  int index = FindStrMethod(name);
  if (name == "format") {
    // Any arguments: they are passed boxed, positional ones in a tuple and
    // keyword ones in a dict.
    for (NodeId k : tree_.Items(call, CallField::keywords)) {
      if (!tree_.Ident(k, KeywordField::arg).IsValid()) Unsupported(k, "** arguments");
      InferExpr(tree_.Node(k, KeywordField::value));
    }
    types().Get(TypeKind::Tuple, arg_types);
    types().DictOf(types().str(), types().object());
    return types().str();
  }
  if (index < 0) {
    Unsupported(call, "str." + std::string(name) + "()");
    return types().unknown();
  }
  if (!tree_.Items(call, CallField::keywords).empty()) Unsupported(call, "keyword arguments to str methods");
  const StrMethodInfo& m = kStrMethods[index];
  std::string_view params = m.params;
  size_t required = 0;
  for (char p : params)
    if (p >= 'A' && p <= 'Z') ++required;
  if (args.size() < required || args.size() > params.size()) {
    Unsupported(call, "str." + std::string(name) + "() with " + std::to_string(args.size()) + " arguments");
    return types().unknown();
  }
  for (size_t i = 0; i < args.size(); ++i) {
    TypeKind k = types().Kind(arg_types[i]);
    bool ok = true;
    switch (params[i]) {
      case 'S': case 'f': ok = k == TypeKind::Str; break;
      case 'N': case 'm': case 't': ok = k == TypeKind::Int || k == TypeKind::Bool; break;
      case 'k': ok = k == TypeKind::Bool || k == TypeKind::Int; break;
      default: ok = k != TypeKind::Iterator; break;  // P, o: any value, boxed
    }
    if (!ok && k != TypeKind::Unknown)
      Unsupported(args[i], "argument " + std::to_string(i + 1) + " of str." + std::string(name) + "() of type " +
                               types().Name(arg_types[i]));
  }
  switch (m.result) {
    case 'S': return types().str();
    case 'L': return types().ListOf(types().str());
    case 'I': return types().int_();
    case 'B': return types().bool_();
    default: {
      TypeId parts[3] = {types().str(), types().str(), types().str()};
      return types().Get(TypeKind::Tuple, parts);
    }
  }
}

// The methods of list, on a list[T].
// The methods of set and frozenset (a frozenset has only those that do not
// change it). Items are held boxed, so any item type can be added; adding
// one of a new type widens the set's element type as a list's is widened.
TypeId Analyzer::InferSetMethodCall(NodeId call, NodeId attribute, TypeId set, std::span<const NodeId> args) {
  std::string_view name = tree_.Name(tree_.Ident(attribute, AttributeField::attr));
  Record(attribute, types().unknown());
  NodeId container = tree_.Node(attribute, AttributeField::value);
  if (!tree_.Items(call, CallField::keywords).empty()) Unsupported(call, "keyword arguments to set methods");
  // The arguments of union(), update(), issubset()... are iterated over;
  // those of add(), discard(), remove() are plain values.
  bool takes_iterables = name != "add" && name != "discard" && name != "remove";
  std::vector<TypeId> arg_types;
  for (NodeId a : args) {
    if (takes_iterables) {
      InferIteration(a);
      arg_types.push_back(Current().expr_types[a.index]);
    } else {
      arg_types.push_back(InferExpr(a));
    }
  }
  bool frozen = types()[set].payload != 0;
  TypeId element = ElementOf(set);
  auto arity = [&](size_t lo, size_t hi) {
    if (args.size() < lo || args.size() > hi) {
      Unsupported(call, "set." + std::string(name) + "() with " + std::to_string(args.size()) + " arguments");
      return false;
    }
    return true;
  };
  auto add = [&](TypeId item) {
    if (types().Kind(item) == TypeKind::Unknown || item == element) return;
    if (types().Kind(element) == TypeKind::Unknown || HasUnknownPart(element)) {
      RefineContainer(container, types().SetOf(Join(element, item, call, "a set's items"), frozen), call);
    } else if (types().Kind(element) != TypeKind::Object &&
               !WidenContainer(container, types().SetOf(types().object(), frozen), call)) {
      Unsupported(call, "adding a value of type " + types().Name(item) + " to a " + types().Name(set));
    }
  };
  auto items_of = [&](size_t i) { return IterationElement(args[i], arg_types[i]); };
  bool mutates = name == "add" || name == "discard" || name == "remove" || name == "pop" || name == "clear" ||
                 name == "update" || name == "intersection_update" || name == "difference_update" ||
                 name == "symmetric_difference_update";
  if (frozen && mutates) {
    Unsupported(call, "frozenset." + std::string(name) + "()");  // AttributeError in CPython
    return types().unknown();
  }
  if (name == "add") {
    if (arity(1, 1)) add(arg_types[0]);
    return types().none();
  }
  if (name == "discard" || name == "remove") {
    arity(1, 1);
    return types().none();
  }
  if (name == "pop") {
    arity(0, 0);
    return element;
  }
  if (name == "clear") {
    arity(0, 0);
    return types().none();
  }
  if (name == "copy") {
    arity(0, 0);
    return set;
  }
  if (name == "update" || name == "symmetric_difference_update") {
    for (size_t i = 0; i < args.size(); ++i) add(items_of(i));
    return types().none();
  }
  if (name == "intersection_update" || name == "difference_update") return types().none();
  if (name == "union" || name == "symmetric_difference") {
    TypeId joined = element;
    for (size_t i = 0; i < args.size(); ++i) joined = Join(joined, items_of(i), call, "the items of a set operation");
    return types().SetOf(joined, frozen);
  }
  if (name == "intersection" || name == "difference") {
    for (size_t i = 0; i < args.size(); ++i) items_of(i);
    return set;
  }
  if (name == "issubset" || name == "issuperset" || name == "isdisjoint") {
    if (arity(1, 1)) items_of(0);
    return types().bool_();
  }
  Unsupported(call, std::string(frozen ? "frozenset." : "set.") + std::string(name) + "()");
  return types().unknown();
}

TypeId Analyzer::InferListMethodCall(NodeId call, NodeId attribute, TypeId list, std::span<const NodeId> args) {
  NodeId container = tree_.Node(attribute, AttributeField::value);
  std::string_view name = tree_.Name(tree_.Ident(attribute, AttributeField::attr));
  Record(attribute, types().unknown());
  std::vector<TypeId> arg_types;
  InferArguments(args, arg_types);
  bool sort_keywords_ok = name == "sort";
  for (NodeId k : tree_.Items(call, CallField::keywords)) {
    std::string_view kw = tree_.Name(tree_.Ident(k, KeywordField::arg));
    TypeId kt = InferExpr(tree_.Node(k, KeywordField::value));
    if (!sort_keywords_ok || kw != "reverse" || (types().Kind(kt) != TypeKind::Bool && types().Kind(kt) != TypeKind::Int))
      Unsupported(k, "this keyword argument to list." + std::string(name) + "()");
  }
  auto arity = [&](size_t lo, size_t hi) {
    if (args.size() >= lo && args.size() <= hi) return true;
    Unsupported(call, "list." + std::string(name) + "() with " + std::to_string(args.size()) + " arguments");
    return false;
  };
  auto int_arg = [&](size_t i) {
    TypeKind k = types().Kind(arg_types[i]);
    if (k != TypeKind::Int && k != TypeKind::Bool && k != TypeKind::Unknown)
      Unsupported(args[i], "an index of type " + types().Name(arg_types[i]));
  };
  TypeId element = ElementOf(list);
  if (name == "append") {
    if (arity(1, 1)) AddListElement(container, list, arg_types[0], call);
    return types().none();
  }
  if (name == "insert") {
    if (arity(2, 2)) {
      int_arg(0);
      AddListElement(container, list, arg_types[1], call);
    }
    return types().none();
  }
  if (name == "extend") {
    if (arity(1, 1)) {
      if (types().Kind(arg_types[0]) == TypeKind::List) AddListElement(container, list, ElementOf(arg_types[0]), call);
      else if (types().Kind(arg_types[0]) != TypeKind::Unknown)
        Unsupported(args[0], "extending a list with " + types().Name(arg_types[0]));
    }
    return types().none();
  }
  if (name == "pop") {
    if (arity(0, 1) && args.size() == 1) int_arg(0);
    if (types().Kind(element) == TypeKind::Unknown) Unsupported(call, "pop() from a list whose element type is unknown");
    return element;
  }
  if (name == "reverse" || name == "clear" || name == "sort") {
    arity(0, 0);
    return types().none();
  }
  if (name == "copy") {
    arity(0, 0);
    return list;
  }
  if (name == "index" || name == "count") {
    arity(1, 1);
    return types().int_();
  }
  if (name == "remove") {
    arity(1, 1);
    return types().none();
  }
  Unsupported(call, "list." + std::string(name) + "()");
  return types().unknown();
}

}  // namespace

namespace {

// The superset construct a node is, for `not supported yet: ...`; null for
// a Python node. Inference does not handle the superset yet.
std::string SupersetConstruct(const SyntaxTree& tree, NodeId id) {
  auto keyword = [&](uint32_t field) { return "'" + std::string(tree.Name(tree.Ident(id, field))) + "'"; };
  switch (tree.Kind(id)) {
#define NODE(Name, ...) case NodeKind::Name:
#define SUPERSET_NODE(Name, ...)
#include "parse/node_kinds.def"
      return {};
    case NodeKind::FnDef:
      return tree.Name(tree.Ident(id, FnDefField::keyword)) == "def" ? "Mojo functions ('def' in a .mojo file)"
                                                                       : "'fn' functions";
    case NodeKind::StructDef: return "'struct'";
    case NodeKind::TraitDef: return "'trait'";
    case NodeKind::VarDecl: return keyword(VarDeclField::keyword) + " declarations";
    case NodeKind::ComptimeDecl: return keyword(ComptimeDeclField::keyword) + " declarations";
    case NodeKind::ComptimeStmt: {
      NodeKind inner = tree.Kind(tree.Node(id, ComptimeStmtField::stmt));
      const char* what = inner == NodeKind::For ? " for" : inner == NodeKind::If ? " if" : " assert";
      std::string kw(tree.Name(tree.Ident(id, ComptimeStmtField::keyword)));
      return "'" + (kw == "parameter" ? "@parameter" : kw) + what + "'";
    }
    case NodeKind::Transfer: return "the transfer operator '^'";
    case NodeKind::RefType: return "'ref' return types";
    case NodeKind::ParamSubscript: return "keyword parameters in brackets";
    case NodeKind::Parameters: return "compile-time parameters";
    case NodeKind::FnArg: return "argument conventions";
    case NodeKind::CaptureList: return "capture lists";
    case NodeKind::Capture: return "capture lists";
  }
  return {};
}

// PEP 695's syntax (3.12), which inference does not handle yet: a type
// statement (the whole statement), or a definition's type parameters (from
// the first to the last). False for anything else.
bool TypeParamsConstruct(const SyntaxTree& tree, NodeId id, std::string& what, SourceOffset& begin,
                         SourceOffset& end) {
  NodeKind kind = tree.Kind(id);
  if (kind == NodeKind::TypeAlias) {
    what = "the type statement";
    begin = tree[id].begin;
    end = tree[id].end;
    return true;
  }
  uint32_t list = kind == NodeKind::FunctionDef || kind == NodeKind::AsyncFunctionDef
                      ? tree.Field(id, FunctionDefField::type_params)
                  : kind == NodeKind::ClassDef ? tree.Field(id, ClassDefField::type_params)
                                               : UINT32_MAX;
  if (list == UINT32_MAX) return false;
  auto params = tree.Items(ListId(list));
  what = "type parameters";
  begin = tree[params.front()].begin;
  end = tree[params.back()].end;
  return true;
}

// Reports the first construct of the file that inference does not handle
// yet, the superset's or PEP 695's, in source order.
bool RejectSuperset(const SyntaxTree& tree, Diagnostics& diagnostics) {
  std::vector<NodeId> work{tree.root()};
  while (!work.empty()) {
    NodeId id = work.back();
    work.pop_back();
    std::string what = SupersetConstruct(tree, id);
    if (!what.empty()) {
      diagnostics.Report(DiagnosticKind::NotSupportedYet, tree.file(), tree[id].begin, tree[id].end, {what});
      return true;
    }
    SourceOffset begin = 0, end = 0;
    if (TypeParamsConstruct(tree, id, what, begin, end)) {
      diagnostics.Report(DiagnosticKind::NotSupportedYet, tree.file(), begin, end, {what});
      return true;
    }
    size_t mark = work.size();
    ForEachChild(tree, id, [&](NodeId child) { work.push_back(child); });
    std::reverse(work.begin() + static_cast<std::ptrdiff_t>(mark), work.end());
  }
  return false;
}

}  // namespace

std::unique_ptr<Program> Analyze(const SyntaxTree& tree, Diagnostics& diagnostics) {
  if (RejectSuperset(tree, diagnostics)) return nullptr;
  Analyzer analyzer(tree, diagnostics);
  return analyzer.Run();
}

}  // namespace keelback
