// Name resolution and whole-program type inference (see sema.h): the
// analyzer's driver (the fixed point over instances), scopes, statements and
// assignment targets, and the join of types.
#include "sema/analyzer.h"

#include <algorithm>

namespace keelback::analysis {

std::unique_ptr<Program> Analyzer::Run() {
  uint32_t module_count = static_cast<uint32_t>(program_->modules.size());
  std::vector<std::string> module_names;
  for (uint32_t m = 0; m < module_count; ++m) {
    module_names.push_back(program_->modules[m].name);
    CollectBindings(tree_.Items(program_->modules[m].root, ModuleField::body), module_scopes_[m], true);
    for (IdentId name : module_scopes_[m].locals) GlobalIndex(m, name);
  }
  types().SetModuleNames(std::move(module_names));
  CollectStarImports();
  // An imported module's classes are collected before its importer's (whose
  // classes may derive from them).
  for (uint32_t m : ModulesInDependencyOrder()) CollectClasses(m);
  CollectClosures();
  SplitWebs();
  // Each module's `__name__` ("__main__" for the main one; lowering sets it).
  IdentId dunder_name = tree_.Find("__name__");
  for (uint32_t m = 0; m < module_count; ++m) {
    if (dunder_name.IsValid()) program_->globals[GlobalIndex(m, dunder_name)].type = types().str();
    FunctionInstance body;
    body.module = m;
    body.name = "<module>";
    body.return_type = types().none();
    program_->modules[m].body = InstanceId(static_cast<uint32_t>(program_->instances.size()));
    program_->instances.push_back(std::move(body));
    if (m == 0) continue;
    program_->modules[m].started_global = static_cast<uint32_t>(program_->globals.size());
    program_->globals.push_back({IdentId(), types().bool_(), NodeId(), m, false});
  }

  for (int round = 0; round < kMaxFixpointRounds; ++round) {
    changed_ = false;
    for (uint32_t i = 0; i < program_->instances.size(); ++i) InferInstance(InstanceId(i));
    if (!changed_) {
      converged_ = true;
      break;
    }
  }
  // The final pass reports errors, only in the instances the program can
  // reach: rounds of the fixed point may have made instances for argument
  // types that no call has in the end.
  reporting_ = true;
  // Every module's body is reached: some import statement runs it.
  std::vector<bool> reached(program_->instances.size(), false);
  std::vector<uint32_t> order, work;
  for (uint32_t m = module_count; m-- > 0;) {
    work.push_back(program_->modules[m].body.index);
    reached[program_->modules[m].body.index] = true;
  }
  while (!work.empty()) {
    uint32_t i = work.back();
    work.pop_back();
    order.push_back(i);
    InferInstance(InstanceId(i));
    std::vector<InstanceId> callees;
    ForEachCallee(program_->instances[i], [&](InstanceId& target) { callees.push_back(target); });
    for (auto& [call, c] : program_->instances[i].constructed_classes) {
      const ClassInfo& info = program_->classes[c];
      for (InstanceId s : {info.repr_instance, info.str_instance, info.len_instance, info.bool_instance,
                           info.hash_instance, info.eq_instance, info.order_instances[0], info.order_instances[1],
                           info.order_instances[2], info.order_instances[3], info.iter_instance, info.next_instance,
                           info.int_instance, info.float_instance})
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
  FindGlobalsToKeepWhole();
  if (!keep_whole_.empty()) return nullptr;
  CheckHeldGenerators();
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
    for (InstanceId* s : {&info.repr_instance, &info.str_instance, &info.len_instance, &info.bool_instance,
                          &info.hash_instance, &info.eq_instance, &info.order_instances[0], &info.order_instances[1],
                          &info.order_instances[2], &info.order_instances[3], &info.iter_instance,
                          &info.next_instance, &info.int_instance, &info.float_instance}) {
      if (!s->IsValid()) continue;
      uint32_t n = s->index < renumber.size() ? renumber[s->index] : UINT32_MAX;
      *s = n == UINT32_MAX ? InstanceId() : InstanceId(n);
    }
  }
  program_->instances = std::move(kept);
  for (ProgramModule& m : program_->modules) m.body = InstanceId(renumber[m.body.index]);
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
        continue;
      case NodeKind::ListComp:
      case NodeKind::SetComp:
      case NodeKind::DictComp:
      case NodeKind::GeneratorExp: {
        // Its variables are its own, but an assignment expression in it
        // binds in this scope (PEP 572).
        std::vector<NodeId> inner{n};
        while (!inner.empty()) {
          NodeId c = inner.back();
          inner.pop_back();
          if (tree_.Kind(c) == NodeKind::Lambda) continue;
          if (tree_.Kind(c) == NodeKind::NamedExpr)
            AddBinding(scope, tree_.Ident(tree_.Node(c, NamedExprField::target), NameField::id));
          ForEachChild(tree_, c, [&](NodeId child) { inner.push_back(child); });
        }
        continue;
      }
      case NodeKind::Global:
        for (uint32_t name : tree_.RawItems(tree_.List(n, GlobalField::names)))
          scope.declared_global.insert(name);
        continue;
      case NodeKind::Nonlocal:
        for (uint32_t name : tree_.RawItems(tree_.List(n, NonlocalField::names)))
          scope.declared_nonlocal.insert(name);
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
      case NodeKind::MatchAs:
        if (tree_.Ident(n, MatchAsField::name).IsValid()) AddBinding(scope, tree_.Ident(n, MatchAsField::name));
        break;
      case NodeKind::MatchStar:
        if (tree_.Ident(n, MatchStarField::name).IsValid()) AddBinding(scope, tree_.Ident(n, MatchStarField::name));
        break;
      case NodeKind::MatchMapping:
        if (tree_.Ident(n, MatchMappingField::rest).IsValid()) AddBinding(scope, tree_.Ident(n, MatchMappingField::rest));
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
  if (scope.declared_global.count(name.index) || scope.declared_nonlocal.count(name.index)) return;
  auto [it, inserted] = scope.slot.try_emplace(name.index, static_cast<uint32_t>(scope.locals.size()));
  if (inserted) scope.locals.push_back(name);
}

const ScopeInfo& Analyzer::ScopeOf(NodeId def) {
  auto it = function_scopes_.find(def.index);
  if (it != function_scopes_.end()) return it->second;
  ScopeInfo scope;
  // Parameters in the order calls bind them (BindCall): positional ones,
  // *args, keyword-only ones, **kwargs.
  NodeId args = ArgumentsOf(def);
  for (NodeId a : tree_.Items(args, ArgumentsField::posonlyargs)) AddBinding(scope, tree_.Ident(a, ArgField::arg));
  for (NodeId a : tree_.Items(args, ArgumentsField::args)) AddBinding(scope, tree_.Ident(a, ArgField::arg));
  if (tree_.Field(args, ArgumentsField::vararg) != UINT32_MAX)
    AddBinding(scope, tree_.Ident(NodeId(tree_.Field(args, ArgumentsField::vararg)), ArgField::arg));
  for (NodeId a : tree_.Items(args, ArgumentsField::kwonlyargs)) AddBinding(scope, tree_.Ident(a, ArgField::arg));
  if (tree_.Field(args, ArgumentsField::kwarg) != UINT32_MAX)
    AddBinding(scope, tree_.Ident(NodeId(tree_.Field(args, ArgumentsField::kwarg)), ArgField::arg));
  if (tree_.Kind(def) == NodeKind::Lambda) return function_scopes_.emplace(def.index, std::move(scope)).first->second;
  // Global declarations apply to the whole body, wherever they appear.
  std::vector<NodeId> work;
  for (NodeId s : tree_.Items(def, FunctionDefField::body)) work.push_back(s);
  while (!work.empty()) {
    NodeId n = work.back();
    work.pop_back();
    NodeKind k = tree_.Kind(n);
    if (k == NodeKind::Global)
      for (uint32_t name : tree_.RawItems(tree_.List(n, GlobalField::names))) scope.declared_global.insert(name);
    if (k == NodeKind::Nonlocal)
      for (uint32_t name : tree_.RawItems(tree_.List(n, NonlocalField::names))) scope.declared_nonlocal.insert(name);
    if (k == NodeKind::FunctionDef || k == NodeKind::ClassDef || k == NodeKind::Lambda) continue;
    ForEachChild(tree_, n, [&](NodeId c) { work.push_back(c); });
  }
  CollectBindings(tree_.Items(def, FunctionDefField::body), scope, false);
  return function_scopes_.emplace(def.index, std::move(scope)).first->second;
}

uint32_t Analyzer::GlobalIndex(uint32_t module, IdentId name) {
  auto [it, inserted] = global_index_.try_emplace(GlobalKey(module, name), static_cast<uint32_t>(program_->globals.size()));
  if (inserted) program_->globals.push_back({name, types().unknown(), NodeId(), module});
  return it->second;
}

InstanceId Analyzer::Instantiate(NodeId def, const std::vector<TypeId>& args) {
  std::vector<uint32_t> key;
  for (TypeId t : args) key.push_back(t.index);
  auto [it, inserted] = instance_index_.try_emplace({def.index, key}, InstanceId());
  if (!inserted) return it->second;
  InstanceId id(static_cast<uint32_t>(program_->instances.size()));
  it->second = id;
  if (tree_.Kind(def) == NodeKind::GeneratorExp || tree_.Kind(def) == NodeKind::Call) {
    // Its parameters: the values computed where it is made (sema_generators.cpp).
    FunctionInstance f;
    f.def = def;
    f.module = ModuleOf(def);
    f.name = tree_.Kind(def) == NodeKind::GeneratorExp ? "<genexpr>" : "iterator";
    f.param_types = args;
    for (TypeId t : args) f.locals.push_back({IdentId(), t, true});
    f.is_generator = true;
    f.yield_type = f.generator_return = types().unknown();
    TypeId params[2] = {f.yield_type, f.generator_return};
    f.return_type = types().Get(TypeKind::Generator, params, def.index);
    f.generator_expression_params = generator_expression_params_[def.index];
    program_->instances.push_back(std::move(f));
    changed_ = true;
    return id;
  }
  const ScopeInfo& scope = ScopeOf(def);
  FunctionInstance f;
  f.def = def;
  f.module = ModuleOf(def);
  f.name = DefName(def);
  f.param_types = args;
  f.return_type = types().unknown();
  for (size_t i = 0; i < scope.locals.size(); ++i)
    f.locals.push_back({scope.locals[i], i < args.size() ? args[i] : types().unknown(), i < args.size()});
  if (IsGeneratorDef(def)) {
    f.is_generator = true;
    if (PausesInCleanup(def)) NoteFinalizingGenerator(def);
    f.yield_type = f.generator_return = types().unknown();
    TypeId params[2] = {f.yield_type, f.generator_return};
    f.return_type = types().Get(TypeKind::Generator, params, def.index);
  }
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
  Current().default_factory_calls.clear();
  Current().augmented_setters.clear();
  Current().constructed_classes.clear();
  Current().call_bindings.clear();
  Current().reflected_operators.clear();
  Current().negated_comparisons.clear();
  Current().receiverless_calls.clear();
  Current().super_calls.clear();
  Current().class_arguments.clear();
  Current().field_value_calls.clear();
  Current().unary_call_types.clear();
  Current().kwargs_slot = -1;
  Current().slot_violations.clear();
  Current().exception_args_reads.clear();
  Current().import_steps.clear();
  Current().submodule_reads.clear();
  Current().class_attribute_fallbacks.clear();
  Current().exception_init_calls.clear();
  Current().never_matching_patterns.clear();
  Current().pattern_narrowed.clear();
  Current().class_pattern_fields.clear();
  Current().pattern_errors.clear();
  Current().keyword_packs.clear();
  Current().call_errors.clear();
  Current().decorator_targets.clear();
  Current().unary_call_defaults.clear();
  Current().unary_call_errors.clear();
  // Whether this round rejects something in the body (see rejected_builtin_call_).
  bool was_rejected = Current().rejected;
  Current().rejected = false;
  struct RestoreRejected {
    Analyzer* analyzer;
    InstanceId id;
    bool was;
    ~RestoreRejected() {
      if (analyzer->program_->instances[id.index].rejected != was) analyzer->changed_ = true;
    }
  } restore_rejected{this, id, was_rejected};
  NodeId def = Current().def;
  if (Current().IsExpressionGenerator(tree_)) {
    InferGeneratorExpBody();
    current_ = saved;
    return;
  }
  bool is_lambda = def.IsValid() && tree_.Kind(def) == NodeKind::Lambda;
  std::span<const NodeId> body = !def.IsValid() ? tree_.Items(program_->modules[Current().module].root, ModuleField::body)
                                 : is_lambda    ? std::span<const NodeId>()
                                                : tree_.Items(def, FunctionDefField::body);
  if (const ClosureInfo* closure = def.IsValid() ? program_->ClosureOf(def) : nullptr) {
    // A cell's type is shared by every instance: a parameter's joins it,
    // and each instance reads the join.
    for (uint32_t slot : closure->cell_slots) {
      LocalVariable& v = Current().locals[slot];
      if (slot < Current().param_types.size()) SetCellType(def, v.name, Current().param_types[slot], def);
      Current().locals[slot].type = CellType(def, Current().locals[slot].name);
    }
  }
  bool falls_through = InferBlock(body);
  if (is_lambda) {
    NodeId value = tree_.Node(def, LambdaField::body);
    TypeId joined = Join(Current().return_type, InferExpr(value), value, "the return value");
    if (joined != Current().return_type) {
      Current().return_type = joined;
      changed_ = true;
    }
    falls_through = false;
  }
  if (Current().is_generator) {
    FinishGeneratorInstance(falls_through);
  } else if (falls_through && def.IsValid()) {
    TypeId joined = Join(Current().return_type, types().none(), def, "the return value");
    if (joined != Current().return_type) {
      Current().return_type = joined;
      changed_ = true;
    }
  }
  FlowBackToParameters();
  current_ = saved;
}

bool Analyzer::InferBlock(std::span<const NodeId> body) {
  bool reachable = true;
  for (NodeId s : body) {
    if (!InferStatement(s)) reachable = false;
    // After an if decided by types whose branch cannot fall through (`if not
    // isinstance(o, V): return NotImplemented`), the rest never runs for
    // this instance: it is not inferred (nor lowered), as it may not type-check.
    if (!reachable && tree_.Kind(s) == NodeKind::If && Current().static_branches.count(s.index)) {
      Current().static_dead_ends.insert(s.index);
      break;
    }
    Current().static_dead_ends.erase(s.index);
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
      // `a, b = zip(*rows)`, `i, x = enumerate(...)`: an iterator unpacked
      // at once is walked as a for loop walks it.
      bool unpacks_only = false;
      if (tree_.Kind(value) == NodeKind::Call && tree_.Kind(tree_.Node(value, CallField::func)) == NodeKind::Name) {
        NameBinding b = ResolveName(tree_.Node(value, CallField::func));
        auto f = static_cast<BuiltinFunction>(b.index);
        unpacks_only = b.kind == NameBinding::Kind::Builtin &&
                       (f == BuiltinFunction::Zip || f == BuiltinFunction::Enumerate || f == BuiltinFunction::Map ||
                        f == BuiltinFunction::Filter || f == BuiltinFunction::Reversed);
      }
      for (NodeId target : tree_.Items(s, AssignField::targets))
        if (tree_.Kind(target) != NodeKind::Tuple && tree_.Kind(target) != NodeKind::List) unpacks_only = false;
      if (unpacks_only) InferIteration(value);
      // A generator held by a module's global: finalized when the global is
      // assigned again, or at exit (sema_generators.cpp, HeldGeneratorGlobal).
      NodeId saved_finalizable = finalizable_iterable_;
      if (HeldGeneratorGlobal(s) >= 0) finalizable_iterable_ = value;
      TypeId t = unpacks_only ? Current().expr_types[value.index] : InferExpr(value);
      finalizable_iterable_ = saved_finalizable;
      bool unpacks = true;
      for (NodeId target : tree_.Items(s, AssignField::targets))
        unpacks &= tree_.Kind(target) == NodeKind::Tuple || tree_.Kind(target) == NodeKind::List;
      // `a, b = maybe_pair`: the pair, checked not to be None first.
      if (unpacks) t = NarrowBuiltinValue(value, NarrowNotNone(value, t, true, "cannot unpack non-iterable NoneType object"), "__iter__");
      assigning_fresh_ = IsFreshContainer(value);
      for (NodeId target : tree_.Items(s, AssignField::targets)) AssignTo(target, t);
      assigning_fresh_ = false;
      FlowBackToTargets(tree_.Items(s, AssignField::targets), value, s);
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
      if (int32_t c = BuiltinBasedClass(left); c >= 0) {
        // list.__iadd__ and the like change the value and give the instance back.
        std::string stem;
        for (auto& [o, name] : kBinaryMethods)
          if (o == static_cast<BinaryOp>(tree_.Field(s, AugAssignField::op))) stem = name;
        if (!ClassHasMember(static_cast<uint32_t>(c), "__i" + stem + "__") &&
            !ClassHasMember(static_cast<uint32_t>(c), "__" + stem + "__"))
          Unsupported(s, "augmented assignment to an instance of a class with a built-in base");
      }
      // A property's getter or __getitem__ reads the target: the setter or
      // __setitem__ that stores it goes in augmented_setters.
      auto read = Current().call_targets.find(target.index);
      InstanceId getter = read == Current().call_targets.end() ? InstanceId() : read->second;
      TypeId right = InferExpr(tree_.Node(s, AugAssignField::value));
      TypeId result = InferAugmented(s, target, static_cast<BinaryOp>(tree_.Field(s, AugAssignField::op)), left, right);
      Record(s, result);
      AssignTo(target, result);
      if (getter.IsValid()) {
        auto store = Current().call_targets.find(target.index);
        if (store == Current().call_targets.end() || store->second == getter) {
          Unsupported(target, "augmented assignment of a property without a setter or __setitem__");
        } else {
          Current().augmented_setters[target.index] = store->second;
          store->second = getter;
        }
      }
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
      // `if not isinstance(other, V): return NotImplemented`: where the
      // answer is known from other's type, the other branch never runs and
      // is not inferred (it may not type-check for that type).
      if (int decided = StaticCondition(tree_.Node(s, IfField::test)); decided >= 0) {
        Current().static_branches[s.index] = decided != 0;
        return InferBlock(tree_.Items(s, decided ? IfField::body : IfField::orelse));
      }
      Current().static_branches.erase(s.index);
      int32_t tested = TestedDictLocal(s);
      if (tested >= 0) tested_dicts_.push_back(static_cast<uint32_t>(tested));
      bool a = InferBlock(tree_.Items(s, IfField::body));
      if (tested >= 0) tested_dicts_.pop_back();
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
      empty_iteration_allowed_ = tree_.Node(s, ForField::iter);
      AssignTo(tree_.Node(s, ForField::target), InferIteration(tree_.Node(s, ForField::iter)));
      FlowBackToIterable(tree_.Node(s, ForField::target), tree_.Node(s, ForField::iter), s);
      InferBlock(tree_.Items(s, ForField::body));
      InferBlock(tree_.Items(s, ForField::orelse));
      return true;
    }
    case NodeKind::Return: {
      if (!Current().def.IsValid()) return false;  // a syntax error the parser leaves to the compiler
      NodeId value = tree_.Node(s, ReturnField::value);
      TypeId t = value.IsValid() ? InferExpr(value) : types().none();
      if (Current().is_generator) {
        JoinGeneratorReturn(s, t);
        return false;
      }
      TypeId joined = Join(Current().return_type, t, s, "the return value");
      if (joined != Current().return_type) {
        Current().return_type = joined;
        changed_ = true;
      }
      FlowBack(value, joined, s);
      return false;
    }
    case NodeKind::Pass:
    case NodeKind::Global:
      return true;
    case NodeKind::Break:
    case NodeKind::Continue:
      return false;
    case NodeKind::FunctionDef: {
      // The def statement binds a function object (or what its decorators
      // make of it) to its name, in the scope it is in.
      InferDefaults(s);
      TypeId t = types().Get(TypeKind::Function, {}, s.index);
      if (!tree_.Items(s, FunctionDefField::decorator_list).empty()) t = InferDecorators(s, t);
      IdentId name = tree_.Ident(s, FunctionDefField::name);
      NameBinding b = Resolve(name);
      if (b.kind != NameBinding::Kind::Local && b.kind != NameBinding::Kind::Free) b = {NameBinding::Kind::Global, GlobalIndex(name)};
      Current().names[s.index] = b;
      if (b.kind == NameBinding::Kind::Local) {
        SetLocalType(b.index, t, s);
      } else if (b.kind == NameBinding::Kind::Free) {
        const ClosureInfo::Free& free = program_->ClosureOf(Current().def)->free[b.index];
        SetCellType(free.owner, free.name, t, s);
      } else {
        program_->globals[b.index].function = s;
        SetGlobalType(b.index, t, s);
      }
      return true;
    }
    case NodeKind::Import:
    case NodeKind::ImportFrom:
    {
      InferImport(s);
      auto steps = Current().import_steps.find(s.index);
      using Step = FunctionInstance::ImportStep;
      bool raises = steps != Current().import_steps.end() && !steps->second.empty() &&
                    (steps->second.back().kind == Step::Kind::RaiseImportError ||
                     steps->second.back().kind == Step::Kind::RaiseModuleNotFound);
      return !raises;
    }
    case NodeKind::ClassDef:
      // Collected before inference; the class attributes and the methods'
      // defaults get their values here.
      InferClassStatement(s);
      return true;
    case NodeKind::Raise: {
      for (uint32_t f : {RaiseField::exc, RaiseField::cause}) {
        NodeId part = tree_.Node(s, f);
        if (!part.IsValid()) continue;
        TypeId t = InferExpr(part);
        TypeKind k = types().Kind(t);
        // `raise C` of the program's exception class raises C(): its
        // __init__, if any, called with no arguments (call_targets of part).
        if (k == TypeKind::ClassObject && program_->classes[types()[t].payload].is_exception) {
          InferRaisedClass(part, t);
          continue;
        }
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
    case NodeKind::Nonlocal:
      return true;
    case NodeKind::With:
      return InferWith(s);
    case NodeKind::Match:
      return InferMatch(s);
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
  for (size_t i = outside_comprehensions_ ? 0 : comprehension_scopes_.size(); i-- > 0;) {
    auto it = comprehension_scopes_[i].find(name.index);
    if (it != comprehension_scopes_[i].end()) return {NameBinding::Kind::Local, it->second};
  }
  if (Current().def.IsValid() && !Current().IsExpressionGenerator(tree_)) {
    const ScopeInfo& scope = ScopeOf(Current().def);
    auto it = scope.slot.find(name.index);
    if (it != scope.slot.end()) return {NameBinding::Kind::Local, it->second};
    if (const ClosureInfo* closure = program_->ClosureOf(Current().def)) {
      int32_t free = closure->FreeIndex(name);
      if (free >= 0) return {NameBinding::Kind::Free, static_cast<uint32_t>(free)};
    }
  }
  int32_t g = FindGlobal(Current().module, name);
  if (g >= 0) return {NameBinding::Kind::Global, static_cast<uint32_t>(g)};
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
      NameBinding b = ResolveName(target);
      TypeKind kind = types().Kind(type);
      if (!assigning_fresh_ && !refining_ && (kind == TypeKind::List || kind == TypeKind::Dict || kind == TypeKind::Set) &&
          (b.kind == NameBinding::Kind::Local || b.kind == NameBinding::Kind::Global))
        non_fresh_variables_.insert(VariableKey(b));
      if (b.kind == NameBinding::Kind::Free) {
        // `nonlocal x` then `x = ...`: the enclosing function's cell.
        Current().names[target.index] = b;
        const ClosureInfo::Free& free = program_->ClosureOf(Current().def)->free[b.index];
        SetCellType(free.owner, free.name, type, target);
        Record(target, type);
        return;
      }
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
      size_t star = elts.size();
      for (size_t i = 0; i < elts.size(); ++i)
        if (tree_.Kind(elts[i]) == NodeKind::Starred) star = i;
      if (star < elts.size()) {
        // `a, *b, c = value`: the starred target always gets a new list of
        // the items between those the others take (lowering checks the
        // length when it runs: ValueError as CPython's).
        NodeId rest = tree_.Node(elts[star], StarredField::value);
        size_t after = elts.size() - star - 1;
        if (types().Kind(type) == TypeKind::List) {
          for (size_t i = 0; i < elts.size(); ++i)
            if (i != star) AssignTo(elts[i], ElementOf(type));
          bool saved = assigning_fresh_;
          assigning_fresh_ = true;  // a slice: a new list
          AssignTo(rest, type);
          assigning_fresh_ = saved;
          return;
        }
        TypeKind vk = types().Kind(type);
        if (vk == TypeKind::Object || vk == TypeKind::Str || vk == TypeKind::Range || vk == TypeKind::Set ||
            vk == TypeKind::Dict || vk == TypeKind::Bytes || vk == TypeKind::ByteArray || vk == TypeKind::Generator) {
          // Its items are collected in a list of objects when it runs
          // (kb_object_unpack_all); the starred target gets a slice of it.
          TypeId items = types().ListOf(types().object());
          TypeId element = vk == TypeKind::Generator ? types()[type].params[0] : IterationElement(target, type);
          for (size_t i = 0; i < elts.size(); ++i)
            if (i != star) AssignTo(elts[i], element);
          bool saved = assigning_fresh_;
          assigning_fresh_ = true;
          AssignTo(rest, items);
          assigning_fresh_ = saved;
          return;
        }
        if (vk != TypeKind::Tuple) {
          Unsupported(target, "starred unpacking of a value of type " + types().Name(type));
          return;
        }
        std::vector<TypeId> params = types()[type].params;
        if (params.size() < elts.size() - 1) {  // raises ValueError when it runs
          for (size_t i = 0; i < elts.size(); ++i)
            if (i != star) AssignTo(elts[i], types().unknown());
          AssignTo(rest, types().unknown());
          return;
        }
        TypeId element = types().unknown();
        for (size_t i = star; i < params.size() - after; ++i) element = Join(element, params[i], target, "a starred target");
        for (size_t i = 0; i < star; ++i) AssignTo(elts[i], params[i]);
        for (size_t i = 0; i < after; ++i) AssignTo(elts[star + 1 + i], params[params.size() - after + i]);
        bool saved = assigning_fresh_;
        assigning_fresh_ = true;
        AssignTo(rest, types().ListOf(element));
        assigning_fresh_ = saved;
        return;
      }
      TypeKind vk = types().Kind(type);
      if (vk == TypeKind::List || vk == TypeKind::Generator || vk == TypeKind::Iterator) {
        // Its length is checked when it runs (ValueError as CPython's).
        for (NodeId e : elts) AssignTo(e, types()[type].params[0]);
        return;
      }
      if (vk == TypeKind::Object || vk == TypeKind::Str || vk == TypeKind::Range || vk == TypeKind::Set ||
          vk == TypeKind::Dict || vk == TypeKind::Bytes || vk == TypeKind::ByteArray) {
        // Walked when it runs (kb_object_unpack): CPython's ValueError for
        // the wrong number of items, TypeError for a non-iterable object.
        types().ListOf(types().object());  // what kb_object_unpack returns
        for (NodeId e : elts) AssignTo(e, IterationElement(target, type));
        return;
      }
      if (types().Kind(type) == TypeKind::Tuple && types()[type].params.size() != elts.size()) {
        // A tuple of another length: ValueError when it runs.
        for (NodeId e : elts) AssignTo(e, types().unknown());
        return;
      }
      if (types().Kind(type) != TypeKind::Tuple) {
        Unsupported(target, "unpacking a value of type " + types().Name(type));
        return;
      }
      std::vector<TypeId> params = types()[type].params;
      for (size_t i = 0; i < elts.size(); ++i) AssignTo(elts[i], params[i]);
      return;
    }
    case NodeKind::Subscript: {
      NodeId container = tree_.Node(target, SubscriptField::value);
      TypeId base = NarrowNotNone(container, InferExpr(container), true, "'NoneType' object does not support item assignment");
      base = NarrowBuiltinValue(container, base, "__setitem__");
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
      if (types().Kind(base) == TypeKind::ByteArray) {
        // The index and the byte are checked when it runs (kb_bytearray_setitem).
        for (TypeId t : {it, type}) {
          TypeKind k = types().Kind(t);
          if (k == TypeKind::Iterator || k == TypeKind::Function || k == TypeKind::Module || k == TypeKind::Builtin)
            Unsupported(target, "item assignment of a " + types().Name(t) + " on a bytearray");
        }
        return;
      }
      if (types().Kind(base) != TypeKind::List) {
        switch (types().Kind(base)) {
          case TypeKind::Tuple: case TypeKind::Str: case TypeKind::Range: case TypeKind::Bytes: case TypeKind::Int:
          case TypeKind::Bool: case TypeKind::Float: case TypeKind::Complex: case TypeKind::Set:
            // TypeError when it runs ('tuple' object does not support item assignment).
            Current().call_errors[target.index] =
                "'" + types().PythonName(base) + "' object does not support item assignment";
            return;
          default:
            Unsupported(target, "item assignment on " + types().Name(base));
            return;
        }
      }
      if (types().Kind(it) != TypeKind::Int && types().Kind(it) != TypeKind::Bool && types().Kind(it) != TypeKind::Unknown)
        Unsupported(index, "indexing with " + types().Name(it));
      AddListElement(container, base, type, target);
      return;
    }
    case NodeKind::Attribute: {
      TypeId base = InferExpr(tree_.Node(target, AttributeField::value));
      IdentId attr = tree_.Ident(target, AttributeField::attr);
      if (int32_t module = ProgramModuleOf(base); module >= 0) {
        // m.x = v: the global x of module m.
        InferModuleAttribute(target, static_cast<uint32_t>(module), attr, true);
        SetGlobalType(Current().names[target.index].index, type, target);
        Record(target, type);
        return;
      }
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
        TypeKind kind = types().Kind(type);
        if (!assigning_fresh_ && !refining_ && (kind == TypeKind::List || kind == TypeKind::Dict || kind == TypeKind::Set))
          non_fresh_fields_.insert(attr.index);
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
      case TypeKind::Bytes: case TypeKind::File: case TypeKind::Complex: case TypeKind::Range: case TypeKind::ByteArray:
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
  if ((ka == TypeKind::Optional || kb == TypeKind::Optional) && ka != TypeKind::NoneType && kb != TypeKind::NoneType) {
    // Optional[dict[?, ?]] and dict[str, int] (`x = None` ... `x = {}` ...
    // `x[k] = 1`): the containers joined, still optional.
    TypeId pa = ka == TypeKind::Optional ? types()[a].params[0] : a;
    TypeId pb = kb == TypeKind::Optional ? types()[b].params[0] : b;
    if (types().Kind(pa) == types().Kind(pb)) {
      TypeId joined = Join(pa, pb, at, what);
      if (optional_base(joined)) return types().OptionalOf(joined);
    }
  }
  // Scalars of different types join into `object`: boxed values whose
  // operations dispatch at run time (slower, never wrong).
  auto scalar = [&](TypeKind k) {
    return k == TypeKind::Int || k == TypeKind::Float || k == TypeKind::Bool || k == TypeKind::Str ||
           k == TypeKind::NoneType || k == TypeKind::Object || k == TypeKind::Bytes || k == TypeKind::Complex ||
           k == TypeKind::Range || k == TypeKind::ByteArray;
  };
  if (scalar(ka) && scalar(kb)) return types().object();
  // Containers with unknown items (or None items, while a container is
  // refined) completed by the other: RefineExpr and FlowBack make every
  // path to the container agree.
  if (ka == TypeKind::List || ka == TypeKind::Dict || ka == TypeKind::Set)
    if (TypeId completed = CompleteOrWiden(a, b, refining_, refining_ || assigning_fresh_); completed.IsValid())
      return completed;
  if (types().Kind(a) == TypeKind::Dict && types().Kind(b) == TypeKind::Dict) {
    auto empty = [&](TypeId d) {
      return types().Kind(types()[d].params[0]) == TypeKind::Unknown && types().Kind(types()[d].params[1]) == TypeKind::Unknown;
    };
    if (types()[a].payload == types()[b].payload) {
      if (empty(a)) return b;
      if (empty(b)) return a;
      // Values not all inferred yet (the lists of a dict[str, list[unknown]],
      // filled later) are completed by the other's.
      TypeId ka_ = types()[a].params[0], kb_ = types()[b].params[0];
      TypeId va = types()[a].params[1], vb = types()[b].params[1];
      bool keys = ka_ == kb_ || types().Kind(ka_) == TypeKind::Unknown || types().Kind(kb_) == TypeKind::Unknown;
      if (keys && (HasUnfilledPart(ka_) || HasUnfilledPart(kb_) || HasUnfilledPart(va) || HasUnfilledPart(vb)))
        return types().Get(TypeKind::Dict, std::vector<TypeId>{Join(ka_, kb_, at, what), Join(va, vb, at, what)},
                           types()[a].payload);
    }
  }
  // A container widened in place (WidenContainer), or a new container stored
  // where one was: its object elements take in the word-typed ones.
  if ((refining_ || assigning_fresh_) && ka == kb && (ka == TypeKind::List || ka == TypeKind::Dict)) {
    const std::vector<TypeId>& pa = types()[a].params;
    const std::vector<TypeId>& pb = types()[b].params;
    size_t last = pa.size() - 1;
    // (A new list of unboxed floats or bools is boxed in place where it is
    // stored: Coerce.)
    if (pa.size() == pb.size() && (last == 0 || pa[0] == pb[0])) {
      if (types().Kind(pb[last]) == TypeKind::Object) return b;
      if (types().Kind(pa[last]) == TypeKind::Object) return a;
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
    // Lists of containers not all inferred yet (list[list[unknown]], rows
    // filled later) are completed by the other's; never widened this way
    // (a list[float]'s items are unboxed).
    if (types().Kind(ea) == types().Kind(eb) && (HasUnfilledPart(ea) || HasUnfilledPart(eb)))
      return types().ListOf(Join(ea, eb, at, what));
  }
  // A list's (set's) method read as a value before and after its items were known.
  if (ka == TypeKind::NativeMethod && kb == TypeKind::NativeMethod && types()[a].payload == types()[b].payload &&
      types()[a].params.size() == 1 && types()[b].params.size() == 1 &&
      (types().Kind(types()[a].params[0]) == TypeKind::List || types().Kind(types()[a].params[0]) == TypeKind::Set)) {
    TypeId la = types()[a].params[0], lb = types()[b].params[0];
    bool same_kind = types().Kind(la) == types().Kind(lb);
    if (same_kind && types().Kind(ElementOf(la)) == TypeKind::Unknown) return b;
    if (same_kind && types().Kind(ElementOf(lb)) == TypeKind::Unknown) return a;
    // ... and after its items were widened to objects (AddListElement).
    if (same_kind && types().Kind(ElementOf(lb)) == TypeKind::Object) return b;
    if (same_kind && types().Kind(ElementOf(la)) == TypeKind::Object) return a;
  }
  // Generators of one function: the fixed point refines what they yield and return.
  if (ka == TypeKind::Generator && kb == TypeKind::Generator && types()[a].payload == types()[b].payload) {
    TypeId params[2] = {Join(types()[a].params[0], types()[b].params[0], at, what),
                        Join(types()[a].params[1], types()[b].params[1], at, what)};
    return types().Get(TypeKind::Generator, params, types()[a].payload);
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
           k == TypeKind::Optional || k == TypeKind::Set || k == TypeKind::Generator || k == TypeKind::Function ||
           k == TypeKind::BoundMethod;
  };
  // A defaultdict's or Counter's read of a missing key is compiled from its
  // type: seen as an object it would be a plain dict's (KeyError).
  for (TypeId t : {a, b}) {
    DictFlavor flavor = types().Kind(t) == TypeKind::Dict ? DictFlavorOf(types()[t].payload) : DictFlavor::Plain;
    if (flavor == DictFlavor::DefaultDict || flavor == DictFlavor::Counter) {
      Unsupported(at, std::string(what) + " holds both " + types().Name(a) + " and " + types().Name(b) +
                          " (a defaultdict or Counter seen as an object)");
      return a;
    }
  }
  if ((boxable(ka) || IsBuiltinFunctionValue(a)) && (boxable(kb) || IsBuiltinFunctionValue(b))) {
    // A function seen as an object may be called through it.
    NoteEscapedFunction(a);
    NoteEscapedFunction(b);
    return types().object();
  }
  Unsupported(at, std::string(what) + " holds both " + types().Name(a) + " and " + types().Name(b));
  return a;
}

void Analyzer::SetLocalType(uint32_t slot, TypeId type, NodeId at) {
  LocalVariable& v = Current().locals[slot];
  if (const ClosureInfo* closure = Current().def.IsValid() ? program_->ClosureOf(Current().def) : nullptr;
      closure != nullptr && closure->IsCell(slot)) {
    SetCellType(Current().def, v.name, type, at);
    Current().locals[slot].type = CellType(Current().def, v.name);
    return;
  }
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

// try/except/else/finally. A handler's type is a built-in exception class or
// a tuple of them; `as name` binds the exception, a boxed object.
bool Analyzer::InferTry(NodeId s) {
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
      Current().names[h.index] = b;
      if (b.kind == NameBinding::Kind::Local) SetLocalType(b.index, types().object(), h);
      else if (b.kind == NameBinding::Kind::Global) SetGlobalType(b.index, types().object(), h);
    }
    if (InferBlock(tree_.Items(h, ExceptHandlerField::body))) falls = true;
  }
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

void Analyzer::InferRaisedClass(NodeId part, TypeId t) {
  uint32_t cls = types()[t].payload;
  InstantiateSpecialMethods(cls);
  TypeId instance = types().ClassInstance(cls);
  NodeId init = FindMethod(cls, tree_.Find("__init__"));
  if (!init.IsValid()) return;
  NodeId init_args = tree_.Node(init, FunctionDefField::args);
  if (tree_.Items(init_args, ArgumentsField::args).size() != 1 || !tree_.Items(init_args, ArgumentsField::kwonlyargs).empty() ||
      !tree_.Items(init_args, ArgumentsField::posonlyargs).empty()) {
    // C() with parameters that have no default: CPython's TypeError
    // when the raise runs (call_errors of part).
    std::vector<std::string> missing;
    auto params = tree_.Items(init_args, ArgumentsField::args);
    size_t defaults = tree_.Items(init_args, ArgumentsField::defaults).size();
    for (size_t i = 1; i + defaults < params.size(); ++i)
      missing.push_back("'" + std::string(tree_.Name(tree_.Ident(params[i], ArgField::arg))) + "'");
    const char* kind = "positional";
    if (missing.empty() && tree_.Items(init_args, ArgumentsField::posonlyargs).empty()) {
      auto kwonly = tree_.Items(init_args, ArgumentsField::kwonlyargs);
      auto kw_defaults = tree_.Items(init_args, ArgumentsField::kw_defaults);
      for (size_t i = 0; i < kwonly.size(); ++i)
        if (!kw_defaults[i].IsValid()) missing.push_back("'" + std::string(tree_.Name(tree_.Ident(kwonly[i], ArgField::arg))) + "'");
      kind = "keyword-only";
    }
    if (missing.empty() || !tree_.Items(init_args, ArgumentsField::posonlyargs).empty()) {
      Unsupported(part, "raising a class whose __init__ takes arguments with defaults (raise an instance: Name(...))");
      return;
    }
    std::string list;
    for (size_t i = 0; i < missing.size(); ++i) {
      if (i > 0) list += missing.size() == 2 ? " and " : i + 1 == missing.size() ? ", and " : ", ";
      list += missing[i];
    }
    Current().call_errors[part.index] = QualifiedName(init) + "() missing " + std::to_string(missing.size()) +
                                        " required " + kind + " argument" + (missing.size() == 1 ? "" : "s") + ": " + list;
    return;
  }
  Current().call_targets[part.index] = Instantiate(init, {instance});
}

TypeId Analyzer::InferIteration(NodeId iter) {
  // The loop finalizes a generator it is given as a temporary (lowering:
  // LowerLoop); one that pauses in such a loop must be finalized in turn.
  NodeId saved_finalizable = finalizable_iterable_;
  finalizable_iterable_ = iter;
  TypeId item = InferIterationUnguarded(iter);
  finalizable_iterable_ = saved_finalizable;
  if (Current().is_generator) {
    auto finalizes = [&](NodeId n) {
      auto t = Current().expr_types.find(n.index);
      if (t == Current().expr_types.end()) return false;
      if (types().Kind(t->second) == TypeKind::Class) {
        // `for x in obj`: the loop's temporary is what obj.__iter__ returns.
        InstanceId it = program_->classes[types()[t->second].payload].iter_instance;
        return it.IsValid() && program_->IsFinalizingGenerator(program_->instances[it.index].return_type);
      }
      return program_->IsFinalizingGenerator(t->second);
    };
    bool any = finalizes(iter);
    if (tree_.Kind(iter) == NodeKind::Call)
      for (NodeId a : tree_.Items(iter, CallField::args)) any = any || finalizes(a);
    if (any) NoteFinalizingGenerator(Current().def);
  }
  return item;
}

TypeId Analyzer::InferIterationUnguarded(NodeId iter) {
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
                                types()[ft].payload == static_cast<uint32_t>(BuiltinFunction::Reversed) ||
                                types()[ft].payload == static_cast<uint32_t>(BuiltinFunction::Map) ||
                                types()[ft].payload == static_cast<uint32_t>(BuiltinFunction::Filter));
    allow_iterator_ = false;
    if (is_iterator_builtin) {
      std::vector<TypeId> arg_types;
      auto args = tree_.Items(iter, CallField::args);
      // The loop walks their arguments: a generator given to them is the loop's temporary too.
      NodeId saved_call = finalizable_call_;
      finalizable_call_ = iter;
      for (NodeId a : args)
        arg_types.push_back(InferExpr(tree_.Kind(a) == NodeKind::Starred ? tree_.Node(a, StarredField::value) : a));
      allow_iterator_ = true;
      iter_type = Record(iter, InferBuiltinCall(iter, static_cast<BuiltinFunction>(types()[ft].payload), args));
      allow_iterator_ = false;
      finalizable_call_ = saved_call;
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
  iter_type = NarrowNotNone(iter, iter_type, true, "'NoneType' object is not iterable");
  iter_type = NarrowBuiltinValue(iter, iter_type, "__iter__");
  switch (types().Kind(iter_type)) {
    case TypeKind::Range:
      return types().int_();
    case TypeKind::List: {
      TypeId element = types()[iter_type].params[0];
      // `for x in []`: the body never runs (lowering leaves it out).
      bool empty_literal = tree_.Kind(iter) == NodeKind::List && tree_.Items(iter, ListField::elts).empty();
      // A list nothing is ever stored in is empty: a loop or comprehension
      // over it never runs its body, list() of it is a new empty list
      // (lowering checks that it is empty, LowerLoop).
      if (empty_iteration_allowed_ == iter && converged_) empty_literal = true;
      if (types().Kind(element) == TypeKind::Unknown && reporting_ && !empty_literal)
        Unsupported(iter, "iterating over a list whose element type is unknown (nothing is ever stored in it)");
      return element;
    }
    case TypeKind::Str: return types().str();
    case TypeKind::Dict:
      types().ListOf(types()[iter_type].params[0]);  // lowering iterates over a list of the keys
      return types()[iter_type].params[0];
    case TypeKind::Iterator: return types()[iter_type].params[0];
    case TypeKind::Generator: return types()[iter_type].params[0];
    case TypeKind::Class: return IterationElement(iter, iter_type);
    case TypeKind::Set: return types()[iter_type].params[0];
    case TypeKind::Tuple: return TupleItems(iter_type);
    case TypeKind::Object:
      RejectObjectProtocol(iter, "iterating over", {"__iter__", "__getitem__"});
      return types().object();  // dispatched on its run-time type
    case TypeKind::Bytes:
    case TypeKind::ByteArray:
    case TypeKind::File: return IterationElement(iter, iter_type);
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
  if (tree_.Kind(target) == NodeKind::Name) {
    // `del x` unbinds the variable (CollectBindings made x local to the scope
    // that deletes it, as CPython does): reading it then raises
    // UnboundLocalError, or NameError for a global.
    NameBinding b = ResolveName(target);
    if (b.kind != NameBinding::Kind::Local && b.kind != NameBinding::Kind::Global) {
      // A global declared in a function but never assigned anywhere.
      b = {NameBinding::Kind::Global, GlobalIndex(tree_.Ident(target, NameField::id))};
    }
    Current().names[target.index] = b;
    return;
  }
  if (tree_.Kind(target) == NodeKind::Attribute) {
    // del obj.x of a field: it is unset again (its reads check it, as
    // fields never assigned in __init__'s first statements, always_set).
    TypeId base = InferExpr(tree_.Node(target, AttributeField::value));
    if (types().Kind(base) == TypeKind::Unknown) return;
    IdentId attr = tree_.Ident(target, AttributeField::attr);
    Current().call_targets.erase(target.index);
    if (types().Kind(base) == TypeKind::Class && FindProperty(types()[base].payload, attr, false).IsValid()) {
      // A property: its deleter (@x.deleter), found along the MRO.
      for (uint32_t c : program_->classes[types()[base].payload].mro) {
        const ClassInfo& info = program_->classes[c];
        if (auto d = info.property_deleters.find(attr.index); d != info.property_deleters.end()) {
          Current().call_targets[target.index] = Instantiate(d->second, {base});
          return;
        }
        if (info.property_getters.count(attr.index)) break;
      }
      Unsupported(target, "deleting a property without a deleter");
      return;
    }
    int32_t field = types().Kind(base) == TypeKind::Class ? program_->classes[types()[base].payload].FieldIndex(attr) : -1;
    if (field < 0) {
      Unsupported(target, "deleting an attribute other than a field of an instance of the program's classes");
      return;
    }
    if (program_->classes[types()[base].payload].fields[field].always_set) Unsupported(target, "deleting this field");
    return;
  }
  if (tree_.Kind(target) != NodeKind::Subscript) {
    Unsupported(target, "deleting a value of this kind");
    return;
  }
  TypeId base = InferExpr(tree_.Node(target, SubscriptField::value));
  base = NarrowBuiltinValue(tree_.Node(target, SubscriptField::value), base, "__delitem__");
  NodeId index = tree_.Node(target, SubscriptField::slice);
  TypeKind bk = types().Kind(base);
  if (bk == TypeKind::Unknown) return;
  if (tree_.Kind(index) == NodeKind::Slice) {
    for (uint32_t f : {SliceField::lower, SliceField::upper, SliceField::step}) {
      NodeId part = tree_.Node(index, f);
      if (!part.IsValid()) continue;
      TypeId pt = InferExpr(part);
      TypeKind pk = types().Kind(pt);
      if (pk == TypeKind::Optional && types().Kind(types()[pt].params[0]) == TypeKind::Int) continue;
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
    // The key is boxed and looked up as a read's is (a key of None or of
    // another type raises CPython's KeyError), so an Optional key works too.
    bool optional_key = kk == TypeKind::Optional && types()[key].params[0] == k;
    if (kk != TypeKind::Unknown && key != k && !optional_key && types().Kind(k) != TypeKind::Object &&
        types().Kind(k) != TypeKind::Unknown)
      Unsupported(index, "deleting a key of type " + types().Name(key) + " from a " + types().Name(base));
    return;
  }
  Unsupported(target, "deleting an item of " + types().Name(base));
}

}  // namespace keelback::analysis

namespace keelback {

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
bool RejectSuperset(const SyntaxTree& tree, NodeId module, Diagnostics& diagnostics) {
  std::vector<NodeId> work{module};
  while (!work.empty()) {
    NodeId id = work.back();
    work.pop_back();
    std::string what = SupersetConstruct(tree, id);
    if (!what.empty()) {
      diagnostics.Report(DiagnosticKind::NotSupportedYet, tree.FileOf(id), tree[id].begin, tree[id].end, {what});
      return true;
    }
    SourceOffset begin = 0, end = 0;
    if (TypeParamsConstruct(tree, id, what, begin, end)) {
      diagnostics.Report(DiagnosticKind::NotSupportedYet, tree.FileOf(module), begin, end, {what});
      return true;
    }
    size_t mark = work.size();
    ForEachChild(tree, id, [&](NodeId child) { work.push_back(child); });
    std::reverse(work.begin() + static_cast<std::ptrdiff_t>(mark), work.end());
  }
  return false;
}

}  // namespace

std::unique_ptr<Program> Analyze(const SyntaxTree& tree, std::span<const SourceModule> modules,
                                 Diagnostics& diagnostics) {
  for (const SourceModule& m : modules)
    if (RejectSuperset(tree, m.root, diagnostics)) return nullptr;
  analysis::WebOptions options;
  for (;;) {
    Diagnostics found;
    analysis::Analyzer analyzer(tree, modules, found, options);
    std::unique_ptr<Program> program = analyzer.Run();
    if (!analyzer.GlobalsToKeepWhole().empty()) {
      for (uint32_t ident : analyzer.GlobalsToKeepWhole()) options.whole_globals.insert(ident);
      continue;
    }
    if (program == nullptr && analyzer.SplitAny()) {
      // Splitting variables must never cost a program that compiles with
      // them whole (a web of an empty list nothing else types).
      Diagnostics whole_found;
      analysis::Analyzer whole(tree, modules, whole_found, analysis::WebOptions{false, {}});
      if (std::unique_ptr<Program> p = whole.Run()) {
        diagnostics.Append(whole_found);
        return p;
      }
    }
    diagnostics.Append(found);
    return program;
  }
}

}  // namespace keelback
