// Functions as values: nested functions and lambdas, the cells they share
// with the functions that define them (CPython's closures, found here before
// inference), decorators, and calls through a value whose function is known
// only at run time.
#include "sema/analyzer.h"

#include <algorithm>

namespace keelback::analysis {

namespace {

bool IsFunctionNode(NodeKind k) { return k == NodeKind::FunctionDef || k == NodeKind::Lambda; }

}  // namespace

// Walks the module once (an explicit work list) recording, for every def and
// lambda, the function it is nested in and the names its own body uses;
// then resolves each name a function does not bind itself to the nearest
// enclosing function that does, as CPython's symbol table does: that
// function's local becomes a cell, and every function from the user up to
// it (exclusive) has it as a free variable.
void Analyzer::CollectClosures() {
  // Structural problems are reported once, here (inference runs later with
  // reporting_ off until its last pass).
  reporting_ = true;
  struct Item {
    NodeId node;
    NodeId function;  // the def or lambda whose scope the node is in; invalid: the module
    int32_t frame;    // the innermost comprehension (comprehensions) around the node within `function`; -1: none
  };
  // A comprehension's variables are a scope of their own (Python 3): a def
  // or lambda inside one that uses one of them closes over it, not over the
  // enclosing function's variable of the same name nor a global. Keelback
  // keeps comprehension variables in the enclosing instance's slots, which
  // cannot be cells, so such a use is rejected below.
  struct Frame {
    int32_t parent;
    NodeId first_iter;           // evaluated in the enclosing scope (the parent frame)
    std::vector<IdentId> names;  // the targets' names
  };
  std::vector<Frame> comprehensions;
  auto frame_binds = [&](int32_t frame, IdentId name) {
    for (int32_t c = frame; c >= 0; c = comprehensions[static_cast<size_t>(c)].parent)
      for (IdentId bound : comprehensions[static_cast<size_t>(c)].names)
        if (bound == name) return true;
    return false;
  };
  std::unordered_map<uint32_t, int32_t> function_frame;  // def or lambda -> the comprehension it is in, or -1
  std::vector<Item> work;
  for (const ProgramModule& module : program_->modules)
    for (NodeId s : tree_.Items(module.root, ModuleField::body)) work.push_back({s, NodeId(), -1});
  std::reverse(work.begin(), work.end());
  std::vector<NodeId> functions;  // in the order found: enclosing ones first
  std::unordered_map<uint32_t, std::vector<IdentId>> used;
  while (!work.empty()) {
    Item item = work.back();
    work.pop_back();
    NodeId n = item.node;
    if (item.frame >= 0 && n == comprehensions[static_cast<size_t>(item.frame)].first_iter)
      item.frame = comprehensions[static_cast<size_t>(item.frame)].parent;
    NodeKind kind = tree_.Kind(n);
    size_t mark = work.size();
    if (IsFunctionNode(kind) && !inline_lambdas_.count(n.index)) {
      enclosing_function_[n.index] = item.function;
      function_frame[n.index] = item.frame;
      functions.push_back(n);
      // Decorators and defaults are evaluated where the def or lambda is.
      NodeId args = ArgumentsOf(n);
      for (NodeId d : tree_.Items(args, ArgumentsField::defaults)) work.push_back({d, item.function, item.frame});
      for (NodeId d : tree_.Items(args, ArgumentsField::kw_defaults))
        if (d.IsValid()) work.push_back({d, item.function, item.frame});
      if (kind == NodeKind::Lambda) {
        work.push_back({tree_.Node(n, LambdaField::body), n, -1});
      } else {
        for (NodeId d : tree_.Items(n, FunctionDefField::decorator_list)) work.push_back({d, item.function, item.frame});
        for (NodeId s : tree_.Items(n, FunctionDefField::body)) work.push_back({s, n, -1});
      }
      std::reverse(work.begin() + static_cast<std::ptrdiff_t>(mark), work.end());
      continue;
    }
    if (kind == NodeKind::ListComp || kind == NodeKind::SetComp || kind == NodeKind::DictComp ||
        kind == NodeKind::GeneratorExp) {
      static_assert(SetCompField::generators == ListCompField::generators &&
                    GeneratorExpField::generators == ListCompField::generators);
      auto generators = kind == NodeKind::DictComp ? tree_.Items(n, DictCompField::generators)
                                                   : tree_.Items(n, ListCompField::generators);
      Frame frame{item.frame, tree_.Node(generators[0], ComprehensionField::iter), {}};
      for (NodeId gen : generators) {
        std::vector<NodeId> targets{tree_.Node(gen, ComprehensionField::target)};
        while (!targets.empty()) {
          NodeId t = targets.back();
          targets.pop_back();
          if (tree_.Kind(t) == NodeKind::Name) frame.names.push_back(tree_.Ident(t, NameField::id));
          else ForEachChild(tree_, t, [&](NodeId c) { targets.push_back(c); });
        }
      }
      comprehensions.push_back(std::move(frame));
      // Everything in it but the first iterable is walked in its scope.
      item.frame = static_cast<int32_t>(comprehensions.size() - 1);
    }
    if (kind == NodeKind::Call) {
      // sorted(x, key=lambda ...), min/max(..., key=lambda ...), xs.sort(key=lambda ...).
      NodeId func = tree_.Node(n, CallField::func);
      bool takes_key = (tree_.Kind(func) == NodeKind::Name &&
                        (tree_.Name(tree_.Ident(func, NameField::id)) == "sorted" ||
                         tree_.Name(tree_.Ident(func, NameField::id)) == "min" ||
                         tree_.Name(tree_.Ident(func, NameField::id)) == "max")) ||
                       (tree_.Kind(func) == NodeKind::Attribute && tree_.Name(tree_.Ident(func, AttributeField::attr)) == "sort");
      if (takes_key)
        for (NodeId k : tree_.Items(n, CallField::keywords))
          if (tree_.Ident(k, KeywordField::arg).IsValid() && tree_.Name(tree_.Ident(k, KeywordField::arg)) == "key" &&
              tree_.Kind(tree_.Node(k, KeywordField::value)) == NodeKind::Lambda) {
            // Only `lambda x: ...` is inlined; one with more parameters
            // (`lambda x, k=10: ...`) is a function value like a def's.
            NodeId args = tree_.Node(tree_.Node(k, KeywordField::value), LambdaField::args);
            if (tree_.Items(args, ArgumentsField::args).size() == 1 && tree_.Items(args, ArgumentsField::posonlyargs).empty() &&
                tree_.Items(args, ArgumentsField::kwonlyargs).empty() && tree_.Items(args, ArgumentsField::defaults).empty() &&
                tree_.Field(args, ArgumentsField::vararg) == UINT32_MAX && tree_.Field(args, ArgumentsField::kwarg) == UINT32_MAX)
              inline_lambdas_.insert(tree_.Node(k, KeywordField::value).index);
          }
    }
    // A comprehension variable of the function's own comprehensions is not
    // one of its free variables.
    if (kind == NodeKind::Name && item.function.IsValid() && !frame_binds(item.frame, tree_.Ident(n, NameField::id)))
      used[item.function.index].push_back(tree_.Ident(n, NameField::id));
    if (kind == NodeKind::Nonlocal && item.function.IsValid())
      for (uint32_t name : tree_.RawItems(tree_.List(n, NonlocalField::names)))
        used[item.function.index].push_back(IdentId(name));
    if (kind == NodeKind::Nonlocal && !item.function.IsValid()) Unsupported(n, "nonlocal at module level");
    ForEachChild(tree_, n, [&](NodeId c) { work.push_back({c, item.function, item.frame}); });
    std::reverse(work.begin() + static_cast<std::ptrdiff_t>(mark), work.end());
  }
  // Whether a comprehension around def or lambda `g` (inside g's enclosing
  // function) binds `name`.
  auto comprehension_binds = [&](NodeId g, IdentId name) { return frame_binds(function_frame[g.index], name); };
  for (NodeId f : functions) {
    const ScopeInfo& own = ScopeOf(f);
    for (IdentId name : used[f.index]) {
      if (own.slot.count(name.index) || own.declared_global.count(name.index)) continue;
      NodeId owner;
      bool comprehension_variable = false;
      for (NodeId g = f;; g = enclosing_function_[g.index]) {
        if (comprehension_binds(g, name)) {
          comprehension_variable = true;
          break;
        }
        NodeId e = enclosing_function_[g.index];
        if (!e.IsValid()) break;
        const ScopeInfo& scope = ScopeOf(e);
        if (scope.declared_global.count(name.index)) break;
        if (scope.slot.count(name.index)) {
          owner = e;
          break;
        }
      }
      if (comprehension_variable) {
        Unsupported(f, std::string(tree_.Kind(f) == NodeKind::Lambda ? "a lambda" : "a function") +
                           " in a comprehension using the comprehension's variable '" + std::string(tree_.Name(name)) +
                           "'");
        continue;
      }
      if (!owner.IsValid()) {
        if (own.declared_nonlocal.count(name.index))
          Unsupported(f, "nonlocal '" + std::string(tree_.Name(name)) + "' without a binding in an enclosing function");
        continue;  // a global or a builtin
      }
      ClosureInfo& cells = program_->closures[owner.index];
      uint32_t slot = ScopeOf(owner).slot.at(name.index);
      if (!cells.IsCell(slot)) cells.cell_slots.push_back(slot);
      for (NodeId g = f; g != owner; g = enclosing_function_[g.index]) {
        ClosureInfo& info = program_->closures[g.index];
        if (info.FreeIndex(name) < 0) info.free.push_back({name, owner});
      }
    }
  }
  SetClassQualifiedNames();
  // A method of a class defined in a function, reading cells of the
  // functions around it: its closure lives in a hidden global, set when the
  // class statement runs (which it does at most once, sema_local_classes.cpp).
  for (NodeId f : functions) {
    auto m = method_class_.find(f.index);
    auto c = program_->closures.find(f.index);
    if (m == method_class_.end() || c == program_->closures.end() || c->second.free.empty()) continue;
    uint32_t g = static_cast<uint32_t>(program_->globals.size());
    program_->globals.push_back({tree_.Ident(f, FunctionDefField::name), types().object(), NodeId(), ModuleOf(f), false});
    program_->closure_globals[f.index] = g;
    types().Get(TypeKind::Function, {}, f.index);  // the function object lowering makes
  }
  reporting_ = false;
  for (NodeId f : functions) program_->qualified_names[f.index] = QualifiedName(f);
  for (auto& [def, info] : program_->closures) std::sort(info.cell_slots.begin(), info.cell_slots.end());
  if (!program_->closures.empty()) types().ListOf(types().object());  // a cell
}

std::string Analyzer::QualifiedName(NodeId def) {
  std::string name = DefName(def);
  for (NodeId e = def;;) {
    // A method is named after its class's __qualname__, which already
    // names the functions around the class.
    if (auto m = method_class_.find(e.index); m != method_class_.end())
      return program_->classes[m->second].qualname + "." + name;
    e = enclosing_function_[e.index];
    if (!e.IsValid()) return name;
    name = DefName(e) + ".<locals>." + name;
  }
}

void Analyzer::SetCellType(NodeId owner, IdentId name, TypeId type, NodeId at) {
  TypeId& cell = cell_types_.try_emplace(CellKey(owner, name), types().unknown()).first->second;
  TypeId joined = Join(cell, type, at, "variable '" + std::string(tree_.Name(name)) + "'");
  if (joined != cell) {
    cell_types_[CellKey(owner, name)] = joined;
    changed_ = true;
  }
}

void Analyzer::NoteEscapedFunction(TypeId t) {
  if (IsBuiltinFunctionValue(t)) {
    if (std::find(escaped_builtins_.begin(), escaped_builtins_.end(), t) != escaped_builtins_.end()) return;
    escaped_builtins_.push_back(t);
    changed_ = true;
    return;
  }
  if (types().Kind(t) == TypeKind::BoundMethod) {
    if (std::find(escaped_bound_methods_.begin(), escaped_bound_methods_.end(), t) != escaped_bound_methods_.end()) return;
    escaped_bound_methods_.push_back(t);
    changed_ = true;
    return;
  }
  if (types().Kind(t) != TypeKind::Function) return;
  NodeId def(types()[t].payload);
  if (std::find(escaped_functions_.begin(), escaped_functions_.end(), def) != escaped_functions_.end()) return;
  escaped_functions_.push_back(def);
  changed_ = true;
}

// f(...) where f is an `object`: one case per definition the program uses as
// a value, tested at run time on the function object's definition; an
// object that is none of them raises TypeError ('T' object is not callable).
TypeId Analyzer::InferFunctionValueCall(NodeId call, std::span<const NodeId> args) {
  std::vector<DynamicCase> cases;
  TypeId result = types().unknown();
  bool known = true;
  // The functions, then the bound methods (whose receiver comes first).
  std::vector<TypeId> candidates;
  for (NodeId def : escaped_functions_) candidates.push_back(types().Get(TypeKind::Function, {}, def.index));
  for (TypeId m : escaped_bound_methods_) candidates.push_back(m);
  for (TypeId ft : candidates) {
    NodeId def(types()[ft].payload);
    bool is_method = types().Kind(ft) == TypeKind::BoundMethod;
    std::vector<TypeId> arg_types;
    if (is_method) arg_types.push_back(types()[ft].params[0]);
    bool case_known = true;
    DynamicCase dynamic{DynamicCase::kFunctionValue, ft, InstanceId(), -1, {}};
    bool bound = BindCall(call, def, is_method, arg_types, case_known);
    if (!bound) {
      auto error = Current().call_errors.find(call.index);
      if (error == Current().call_errors.end()) return types().unknown();  // reported
      dynamic.error = error->second;
      Current().call_errors.erase(error);
      cases.push_back(std::move(dynamic));
      continue;
    }
    if (auto pack = Current().keyword_packs.find(call.index); pack != Current().keyword_packs.end()) {
      dynamic.has_pack = true;
      dynamic.pack = std::move(pack->second);
      Current().keyword_packs.erase(pack);
    }
    dynamic.bound = Current().call_bindings[call.index];
    if (case_known) {
      dynamic.target = Instantiate(def, arg_types);
      dynamic.result = program_->instances[dynamic.target.index].return_type;
      result = Join(result, dynamic.result, call, "the result of a call of a function value");
    } else {
      known = false;
    }
    cases.push_back(std::move(dynamic));
  }
  Current().call_bindings.erase(call.index);
  if (!InferBuiltinValueCases(call, cases, result, known)) return types().unknown();
  if (cases.empty()) {
    std::vector<TypeId> arg_types;
    InferArguments(args, arg_types);
    for (NodeId k : tree_.Items(call, CallField::keywords)) InferExpr(tree_.Node(k, KeywordField::value));
  }
  Current().dynamic_cases[call.index] = std::move(cases);
  // A call that can only raise has no value; `None` stands for it.
  if (known && types().Kind(result) == TypeKind::Unknown) return types().none();
  return known ? result : types().unknown();
}

// @d def f: f = d(f), for each decorator from the innermost; a decorator is
// a function value (a def, or what a decorator factory returned).
TypeId Analyzer::InferDecorators(NodeId def, TypeId function) {
  auto decorators = tree_.Items(def, FunctionDefField::decorator_list);
  TypeId t = function;
  for (size_t i = decorators.size(); i-- > 0;) {
    NodeId d = decorators[i];
    TypeId dt = InferExpr(d);
    if (types().Kind(dt) == TypeKind::Unknown || types().Kind(t) == TypeKind::Unknown) return types().unknown();
    if (types().Kind(dt) != TypeKind::Function) {
      Unsupported(d, "decorators other than functions (this one is " + types().Name(dt) + ")");
      return types().unknown();
    }
    NodeId target(types()[dt].payload);
    NodeId args = ArgumentsOf(target);
    if (tree_.Items(args, ArgumentsField::args).size() != 1 || !tree_.Items(args, ArgumentsField::posonlyargs).empty() ||
        !tree_.Items(args, ArgumentsField::kwonlyargs).empty() || tree_.Field(args, ArgumentsField::vararg) != UINT32_MAX ||
        tree_.Field(args, ArgumentsField::kwarg) != UINT32_MAX) {
      Unsupported(d, "a decorator that does not take exactly one positional parameter");
      return types().unknown();
    }
    InstanceId applied = Instantiate(target, {t});
    Current().decorator_targets[d.index] = applied;
    t = program_->instances[applied.index].return_type;
  }
  return t;
}

TypeId Analyzer::InferUnaryCall(NodeId f_expr, TypeId f, TypeId arg) {
  TypeId result = InferUnaryCallType(f_expr, f, arg);
  Current().unary_call_types[f_expr.index] = result;
  return result;
}

TypeId Analyzer::InferUnaryCallType(NodeId f_expr, TypeId f, TypeId arg) {
  if (types().Kind(f) == TypeKind::Unknown || types().Kind(arg) == TypeKind::Unknown) return types().unknown();
  if (types().Kind(f) == TypeKind::Builtin) {
    // map(str, xs), key=len...: the builtins of one argument lowering applies in place (CallUnary).
    auto b = static_cast<BuiltinFunction>(types()[f].payload);
    Current().call_targets.erase(f_expr.index);  // set by InferBuiltinThroughWrapper only
    Current().unary_call_errors.erase(f_expr.index);
    TypeKind k = types().Kind(arg);
    bool number = k == TypeKind::Int || k == TypeKind::Bool || k == TypeKind::Float;
    switch (b) {
      case BuiltinFunction::Str: case BuiltinFunction::Repr: return types().str();
      case BuiltinFunction::Bool: return types().bool_();
      case BuiltinFunction::Int:
        if (number || k == TypeKind::Str || k == TypeKind::Object) return types().int_();
        break;
      case BuiltinFunction::Float:
        if (number || k == TypeKind::Str || k == TypeKind::Object) return types().float_();
        break;
      case BuiltinFunction::Len:
        if (k == TypeKind::Str || k == TypeKind::List || k == TypeKind::Dict || k == TypeKind::Set || k == TypeKind::Tuple)
          return types().int_();
        break;
      case BuiltinFunction::Abs:
        if (number) return k == TypeKind::Float ? types().float_() : types().int_();
        break;
      // Checked by the runtime (TypeError as CPython's for a wrong type).
      case BuiltinFunction::Chr: case BuiltinFunction::Hex: case BuiltinFunction::Oct: case BuiltinFunction::Bin:
        if (number || k == TypeKind::Str || k == TypeKind::Object) return types().str();
        break;
      case BuiltinFunction::Ord: case BuiltinFunction::Hash:
        if (number || k == TypeKind::Str || k == TypeKind::Object || k == TypeKind::Tuple || k == TypeKind::Bytes)
          return types().int_();
        break;
      default: break;
    }
    // Any other: the builtin called in a function instantiated for it.
    return InferBuiltinThroughWrapper(f_expr, f, arg);
  }
  if (types().Kind(f) == TypeKind::NativeMethod) return NativeMethodResult(f_expr, f, std::span<const TypeId>(&arg, 1));
  if (types().Kind(f) != TypeKind::Function && types().Kind(f) != TypeKind::BoundMethod) {
    Unsupported(f_expr, "calling a value of type " + types().Name(f) + " from a builtin");
    return types().unknown();
  }
  // A bound method's receiver is its first parameter.
  bool is_method = types().Kind(f) == TypeKind::BoundMethod;
  NodeId def(types()[f].payload);
  NodeId args = ArgumentsOf(def);
  // The builtin passes one positional argument: the function's other
  // parameters take their defaults (CPython's TypeError for a missing one is
  // not modelled: rejected).
  std::vector<NodeId> positional;
  for (NodeId p : tree_.Items(args, ArgumentsField::posonlyargs)) positional.push_back(p);
  for (NodeId p : tree_.Items(args, ArgumentsField::args)) positional.push_back(p);
  size_t given = is_method ? 2 : 1;
  auto defaults = tree_.Items(args, ArgumentsField::defaults);
  auto kwonly = tree_.Items(args, ArgumentsField::kwonlyargs);
  auto kw_defaults = tree_.Items(args, ArgumentsField::kw_defaults);
  bool takes_varargs = tree_.Field(args, ArgumentsField::vararg) != UINT32_MAX;
  if (tree_.Field(args, ArgumentsField::kwarg) != UINT32_MAX) {
    Unsupported(f_expr, "a function taking **kwargs called by a builtin");
    return types().unknown();
  }
  // Parameters the one argument does not fit: CPython's TypeError when the
  // builtin calls it (positional ones first, then keyword-only ones).
  std::string name = QualifiedName(def);
  auto missing_error = [&](const std::vector<std::string>& missing, const char* kind) {
    std::string list;
    for (size_t i = 0; i < missing.size(); ++i) {
      if (i > 0) list += missing.size() == 2 ? " and " : i + 1 == missing.size() ? ", and " : ", ";
      list += "'" + missing[i] + "'";
    }
    return name + "() missing " + std::to_string(missing.size()) + " required " + kind + " argument" +
           (missing.size() == 1 ? "" : "s") + ": " + list;
  };
  std::string error;
  std::vector<std::string> missing, missing_kwonly;
  for (size_t i = given; i + defaults.size() < positional.size(); ++i)
    missing.push_back(std::string(tree_.Name(tree_.Ident(positional[i], ArgField::arg))));
  for (size_t i = 0; i < kwonly.size(); ++i)
    if (i >= kw_defaults.size() || !kw_defaults[i].IsValid())
      missing_kwonly.push_back(std::string(tree_.Name(tree_.Ident(kwonly[i], ArgField::arg))));
  if (positional.size() < given && !takes_varargs) {
    size_t least = positional.size() - std::min(defaults.size(), positional.size());
    std::string takes = least == positional.size() ? std::to_string(positional.size())
                                                   : "from " + std::to_string(least) + " to " + std::to_string(positional.size());
    error = name + "() takes " + takes + " positional argument" + (positional.size() == 1 && least == 1 ? "" : "s") + " but " +
            std::to_string(given) + (given == 1 ? " was" : " were") + " given";
  } else if (!missing.empty()) {
    error = missing_error(missing, "positional");
  } else if (!missing_kwonly.empty()) {
    error = missing_error(missing_kwonly, "keyword-only");
  }
  if (!error.empty()) {
    Current().unary_call_errors[f_expr.index] = error;
    return types().none();  // never returns
  }
  if (positional.size() < given) {
    Unsupported(f_expr, "a function whose positional parameters are all in *args called by a builtin");
    return types().unknown();
  }
  std::vector<TypeId> param_types;
  if (is_method) param_types.push_back(types()[f].params[0]);
  param_types.push_back(arg);
  std::vector<NodeId> default_values;
  for (size_t i = given; i < positional.size(); ++i) default_values.push_back(defaults[defaults.size() - (positional.size() - i)]);
  if (takes_varargs) default_values.push_back(f_expr);  // *args: an empty tuple
  for (NodeId d : kw_defaults) default_values.push_back(d);
  for (NodeId d : default_values) {
    // As BindCall: a literal is evaluated at the call; another default is
    // read where the def stored it (unknown until the def has run).
    TypeId t;
    if (d == f_expr) {
      t = types().Get(TypeKind::Tuple, {});
    } else if (IsLiteralDefault(d)) {
      t = InferExpr(d);
    } else {
      const StoredDefault* stored = program_->StoredDefaultOf(d);
      t = stored != nullptr ? stored->type : types().unknown();
    }
    if (types().Kind(t) == TypeKind::Unknown) return types().unknown();
    param_types.push_back(t);
  }
  Current().unary_call_errors.erase(f_expr.index);
  if (default_values.empty()) Current().unary_call_defaults.erase(f_expr.index);
  else Current().unary_call_defaults[f_expr.index] = default_values;
  InstanceId target = Instantiate(def, param_types);
  Current().call_targets[f_expr.index] = target;
  return program_->instances[target.index].return_type;
}

TypeId Analyzer::InferKey(NodeId value, TypeId element) {
  types().ListOf(types().object());  // the keys sorting computes (LowerSort)
  if (tree_.Kind(value) == NodeKind::Lambda && inline_lambdas_.count(value.index)) return InferKeyLambda(value, element);
  return InferUnaryCall(value, InferExpr(value), element);
}

}  // namespace keelback::analysis
