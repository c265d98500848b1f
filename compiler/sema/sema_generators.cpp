// Type inference for generators: generator functions (a def whose body has a
// `yield`), `yield` and `yield from` expressions, the generator's methods
// (send, close) and the builtins next() and iter().
//
// A call of a generator function returns Generator[Y, R] (types/type_table.h):
// Y joins every value the body yields, R every value it returns. The value a
// `yield` expression evaluates to is what the consumer sends: None for
// next(), joined with the argument types of every send() to a generator of
// that function (Program::generator_send_types), found by the fixed point.
#include "sema/analyzer.h"

#include <algorithm>

namespace keelback::analysis {

bool Analyzer::IsGeneratorDef(NodeId def) {
  auto cached = generator_defs_.find(def.index);
  if (cached != generator_defs_.end()) return cached->second;
  bool found = false;
  // A lambda's body is one expression (reading it as a FunctionDef's
  // statement list read another node's fields).
  std::vector<NodeId> work;
  if (tree_.Kind(def) == NodeKind::Lambda) work.push_back(tree_.Node(def, LambdaField::body));
  else work.assign(tree_.Items(def, FunctionDefField::body).begin(), tree_.Items(def, FunctionDefField::body).end());
  while (!work.empty() && !found) {
    NodeId n = work.back();
    work.pop_back();
    NodeKind k = tree_.Kind(n);
    if (k == NodeKind::Yield || k == NodeKind::YieldFrom) {
      found = true;
      break;
    }
    // A nested scope's yield is its own (one in a comprehension is a syntax error).
    bool nested_scope = k == NodeKind::FunctionDef || k == NodeKind::AsyncFunctionDef || k == NodeKind::ClassDef ||
                        k == NodeKind::Lambda || k == NodeKind::ListComp || k == NodeKind::SetComp ||
                        k == NodeKind::DictComp || k == NodeKind::GeneratorExp;
    if (!nested_scope) ForEachChild(tree_, n, [&](NodeId c) { work.push_back(c); });
  }
  generator_defs_.emplace(def.index, found);
  return found;
}

namespace {

// Whether an except clause's type may catch GeneratorExit: a bare except,
// BaseException or GeneratorExit, alone or in a tuple (or a name the
// analysis cannot see through).
bool CatchesGeneratorExit(const SyntaxTree& tree, NodeId handler) {
  NodeId type = tree.Node(handler, ExceptHandlerField::type);
  if (!type.IsValid()) return true;
  std::vector<NodeId> names;
  if (tree.Kind(type) == NodeKind::Tuple) {
    auto elts = tree.Items(type, TupleField::elts);
    names.assign(elts.begin(), elts.end());
  } else {
    names.push_back(type);
  }
  for (NodeId n : names) {
    if (tree.Kind(n) != NodeKind::Name) return true;
    std::string_view name = tree.Name(tree.Ident(n, NameField::id));
    if (name == "BaseException" || name == "GeneratorExit") return true;
  }
  return false;
}

}  // namespace

bool Analyzer::PausesInCleanup(NodeId def) {
  if (tree_.Kind(def) != NodeKind::FunctionDef) return false;
  auto cached = pauses_in_cleanup_.find(def.index);
  if (cached != pauses_in_cleanup_.end()) return cached->second;
  struct Item {
    NodeId node;
    bool guarded;  // inside a statement whose cleanup CPython runs when the generator is freed
  };
  std::vector<Item> work;
  for (NodeId s : tree_.Items(def, FunctionDefField::body)) work.push_back({s, false});
  bool found = false;
  while (!work.empty() && !found) {
    Item item = work.back();
    work.pop_back();
    NodeId n = item.node;
    NodeKind k = tree_.Kind(n);
    if (k == NodeKind::Yield || k == NodeKind::YieldFrom) {
      if (item.guarded) found = true;
      // `yield from it` pauses at each item; `it`, evaluated first, is not guarded by the pause.
    }
    bool nested_scope = k == NodeKind::FunctionDef || k == NodeKind::AsyncFunctionDef || k == NodeKind::ClassDef ||
                        k == NodeKind::Lambda || k == NodeKind::ListComp || k == NodeKind::SetComp ||
                        k == NodeKind::DictComp || k == NodeKind::GeneratorExp;
    if (nested_scope) continue;
    if (k == NodeKind::Try) {
      bool finally = !tree_.Items(n, TryField::finalbody).empty();
      bool catches = false;
      for (NodeId h : tree_.Items(n, TryField::handlers)) catches = catches || CatchesGeneratorExit(tree_, h);
      for (NodeId c : tree_.Items(n, TryField::body)) work.push_back({c, item.guarded || finally || catches});
      for (NodeId h : tree_.Items(n, TryField::handlers)) work.push_back({h, item.guarded || finally});
      for (NodeId c : tree_.Items(n, TryField::orelse)) work.push_back({c, item.guarded || finally});
      for (NodeId c : tree_.Items(n, TryField::finalbody)) work.push_back({c, item.guarded});
      continue;
    }
    if (k == NodeKind::With) {
      for (NodeId c : tree_.Items(n, WithField::items)) work.push_back({c, item.guarded});
      for (NodeId c : tree_.Items(n, WithField::body)) work.push_back({c, true});
      continue;
    }
    ForEachChild(tree_, n, [&](NodeId c) { work.push_back({c, item.guarded}); });
  }
  pauses_in_cleanup_.emplace(def.index, found);
  return found;
}

void Analyzer::NoteFinalizingGenerator(NodeId def) {
  if (program_->finalizing_generators.insert(def.index).second) changed_ = true;
}

void Analyzer::CheckFinalizingGeneratorUse(NodeId e, TypeId t) {
  if (e == finalizable_iterable_ || !program_->IsFinalizingGenerator(t)) return;
  if (finalizable_call_.IsValid())
    for (NodeId a : tree_.Items(finalizable_call_, CallField::args))
      if (a == e) return;
  NodeKind k = tree_.Kind(e);
  if (k != NodeKind::Call && k != NodeKind::GeneratorExp) return;
  // CPython runs the generator's cleanup when its last reference dies;
  // only a loop's temporary has a moment Keelback can see (lowering:
  // LowerLoop finalizes it as the loop ends).
  Unsupported(e, "a generator whose body pauses inside try/finally or with, used other than as the iterable of a "
                 "for loop or of a builtin that consumes it");
}

int32_t Analyzer::HeldGeneratorGlobal(NodeId assign) {
  if (Current().def.IsValid() || !comprehension_scopes_.empty()) return -1;
  auto targets = tree_.Items(assign, AssignField::targets);
  NodeId value = tree_.Node(assign, AssignField::value);
  if (targets.size() != 1 || tree_.Kind(targets[0]) != NodeKind::Name) return -1;
  if (tree_.Kind(value) != NodeKind::Call && tree_.Kind(value) != NodeKind::GeneratorExp) return -1;
  NameBinding b = ResolveName(targets[0]);
  return b.kind == NameBinding::Kind::Global ? static_cast<int32_t>(b.index) : -1;
}

// A global holding a finalizing generator is finalized where CPython frees
// the generator only if the global holds the one reference: it may be
// assigned only by `g = f()` at module level, and read only by next(g),
// g.send(), g.throw(), g.close() and as a loop's iterable.
void Analyzer::CheckHeldGenerators() {
  for (uint32_t gi = 0; gi < program_->globals.size(); ++gi) {
    const ModuleGlobal& global = program_->globals[gi];
    if (!global.in_namespace || !program_->IsFinalizingGenerator(global.type)) continue;
    struct Item {
      NodeId node;
      NodeId parent;
      NodeId function;  // the def or lambda whose scope it is in; invalid: the module
    };
    std::unordered_map<uint32_t, NodeId> parent_of;
    std::vector<Item> work;
    for (NodeId s : tree_.Items(program_->modules[global.module].root, ModuleField::body)) work.push_back({s, NodeId(), NodeId()});
    while (!work.empty()) {
      Item item = work.back();
      work.pop_back();
      NodeId n = item.node;
      parent_of[n.index] = item.parent;
      NodeKind k = tree_.Kind(n);
      NodeId function = item.function;
      if (k == NodeKind::FunctionDef || k == NodeKind::Lambda) function = n;
      ForEachChild(tree_, n, [&](NodeId c) { work.push_back({c, n, function}); });
      if (k != NodeKind::Name || tree_.Ident(n, NameField::id) != global.name) continue;
      if (function.IsValid()) {
        const ScopeInfo& scope = ScopeOf(function);
        if (scope.slot.count(global.name.index) && !scope.declared_global.count(global.name.index)) continue;
      }
      NodeId p = item.parent;
      NodeKind pk = p.IsValid() ? tree_.Kind(p) : NodeKind::Module;
      bool allowed = false;
      if (pk == NodeKind::Assign && !function.IsValid()) {
        auto targets = tree_.Items(p, AssignField::targets);
        allowed = targets.size() == 1 && targets[0] == n;
      } else if (pk == NodeKind::Attribute && tree_.Node(p, AttributeField::value) == n) {
        std::string_view attr = tree_.Name(tree_.Ident(p, AttributeField::attr));
        // The grandparent is found below, once the walk has recorded it.
        allowed = attr == "close" || attr == "send" || attr == "throw";
      } else if (pk == NodeKind::Call) {
        NodeId func = tree_.Node(p, CallField::func);
        auto args = tree_.Items(p, CallField::args);
        allowed = tree_.Kind(func) == NodeKind::Name && tree_.Name(tree_.Ident(func, NameField::id)) == "next" &&
                  !args.empty() && args[0] == n;
      } else if (pk == NodeKind::For) {
        allowed = tree_.Node(p, ForField::iter) == n;
      } else if (pk == NodeKind::Comprehension) {
        allowed = tree_.Node(p, ComprehensionField::iter) == n;
      }
      if (allowed && pk == NodeKind::Attribute) {
        auto up = parent_of.find(p.index);
        NodeId call = up == parent_of.end() ? NodeId() : up->second;
        allowed = call.IsValid() && tree_.Kind(call) == NodeKind::Call && tree_.Node(call, CallField::func) == p;
      }
      if (!allowed)
        Unsupported(n, "a variable holding a generator whose body pauses inside try/finally or with, used other than "
                       "by next(), send(), throw(), close() or a for loop, or assigned other than at module level");
    }
  }
}

TypeId Analyzer::InferYield(NodeId e) {
  NodeId value = tree_.Node(e, tree_.Kind(e) == NodeKind::Yield ? YieldField::value : YieldFromField::value);
  if (!Current().is_generator || !comprehension_scopes_.empty()) {
    if (value.IsValid()) InferExpr(value);
    Unsupported(e, "yield outside the body of a generator function");
    return types().unknown();
  }
  NodeId def = Current().def;
  TypeId yielded;
  TypeId result;
  if (tree_.Kind(e) == NodeKind::Yield) {
    yielded = value.IsValid() ? InferExpr(value) : types().none();
    result = program_->SendTypeOf(def);
  } else {
    // `yield from it`: each item of `it` is yielded; the expression is its
    // StopIteration value (a generator's return value, else None). Values
    // sent in are not passed on to `it` (only next() is).
    yielded = InferIteration(value);
    TypeId source = Current().expr_types[value.index];
    result = types().Kind(source) == TypeKind::Generator ? types()[source].params[1] : types().none();
    // Closing this generator closes the one it delegates to first: finalizing it finalizes that one.
    if (program_->IsFinalizingGenerator(source)) NoteFinalizingGenerator(def);
    if (types().Kind(program_->SendTypeOf(def)) != TypeKind::NoneType)
      Unsupported(e, "yield from in a generator that is sent values other than None");
  }
  TypeId joined = Join(Current().yield_type, yielded, e, "the values this generator yields");
  if (joined != Current().yield_type) {
    Current().yield_type = joined;
    changed_ = true;
  }
  return result;
}

void Analyzer::JoinGeneratorReturn(NodeId at, TypeId value) {
  TypeId joined = Join(Current().generator_return, value, at, "the return value of this generator");
  if (joined != Current().generator_return) {
    Current().generator_return = joined;
    changed_ = true;
  }
}

void Analyzer::FinishGeneratorInstance(bool falls_through) {
  if (falls_through) JoinGeneratorReturn(Current().def, types().none());
  TypeId params[2] = {Current().yield_type, Current().generator_return};
  TypeId t = types().Get(TypeKind::Generator, params, Current().def.index);
  if (t != Current().return_type) {
    Current().return_type = t;
    changed_ = true;
  }
}

TypeId Analyzer::InferGeneratorMethodCall(NodeId call, NodeId attribute, TypeId gen, std::span<const NodeId> args) {
  std::string_view name = tree_.Name(tree_.Ident(attribute, AttributeField::attr));
  Record(attribute, types().unknown());
  std::vector<TypeId> arg_types;
  InferArguments(args, arg_types);
  if (!tree_.Items(call, CallField::keywords).empty()) {
    Unsupported(call, "keyword arguments to generator methods");
    return types().unknown();
  }
  if (name == "send" && args.size() == 1) {
    // The sent value is what the paused `yield` evaluates to.
    NodeId def(types()[gen].payload);
    TypeId before = program_->SendTypeOf(def);
    TypeId joined = Join(before, arg_types[0], args[0], "the values sent to this generator");
    if (joined != before) {
      program_->generator_send_types[def.index] = joined;
      changed_ = true;
    }
    return types()[gen].params[0];
  }
  if (name == "close" && args.empty()) return types().none();
  if (name == "throw" && args.size() == 1) {
    TypeId t = arg_types[0];
    TypeKind k = types().Kind(t);
    if (k == TypeKind::ClassObject && program_->classes[types()[t].payload].is_exception) {
      InferRaisedClass(args[0], t);
    } else if (k == TypeKind::Iterator || k == TypeKind::Builtin || k == TypeKind::Function || k == TypeKind::Module ||
               k == TypeKind::ClassObject) {
      Unsupported(args[0], "throw() of a value of type " + types().Name(t));
      return types().unknown();
    }
    // Anything else is boxed; one that is no exception raises CPython's TypeError.
    return types()[gen].params[0];
  }
  Unsupported(call, "the generator method " + std::string(name) + "() with these arguments");
  return types().unknown();
}

std::vector<NodeId> Analyzer::IterableParams(NodeId iter) {
  std::vector<NodeId> params{iter};
  if (tree_.Kind(iter) == NodeKind::Call && tree_.Kind(tree_.Node(iter, CallField::func)) == NodeKind::Name &&
      tree_.Items(iter, CallField::keywords).empty()) {
    NameBinding b = ResolveName(tree_.Node(iter, CallField::func));
    if (b.kind == NameBinding::Kind::Builtin && b.index == static_cast<uint32_t>(BuiltinFunction::Range)) {
      // range() is not a value: its arguments are.
      auto args = tree_.Items(iter, CallField::args);
      params.assign(args.begin(), args.end());
    }
  }
  return params;
}

// A generator expression used as a value (assigned, passed to a function,
// given to next()): CPython makes a generator whose outermost iterable is
// evaluated right away and the rest each time an item is asked for. Here the
// values computed right away (the iterable, or an outermost range()'s
// arguments) are the parameters of the expression's own generator instance;
// the other names it reads are globals or its own variables (reading the
// enclosing function's local variables would need a closure).
TypeId Analyzer::InferGeneratorExpValue(NodeId e) {
  auto generators = tree_.Items(e, GeneratorExpField::generators);
  std::vector<NodeId> params = IterableParams(tree_.Node(generators[0], ComprehensionField::iter));
  std::vector<TypeId> arg_types;
  bool known = true;
  for (NodeId p : params) {
    arg_types.push_back(InferExpr(p));
    if (types().Kind(arg_types.back()) == TypeKind::Unknown) known = false;
  }
  if (Current().def.IsValid() || !comprehension_scopes_.empty()) {
    // The names its own targets bind; any other name that is a local of
    // the enclosing scope would be read late, through a closure.
    std::unordered_set<uint32_t> own;
    std::vector<NodeId> work;
    for (NodeId gen : generators) work.push_back(tree_.Node(gen, ComprehensionField::target));
    while (!work.empty()) {
      NodeId n = work.back();
      work.pop_back();
      if (tree_.Kind(n) == NodeKind::Name) own.insert(tree_.Field(n, NameField::id));
      ForEachChild(tree_, n, [&](NodeId c) { work.push_back(c); });
    }
    work.assign({e});
    while (!work.empty()) {
      NodeId n = work.back();
      work.pop_back();
      if (std::find(params.begin(), params.end(), n) != params.end()) continue;
      if (tree_.Kind(n) == NodeKind::Name && !own.count(tree_.Field(n, NameField::id)) &&
          ResolveName(n).kind == NameBinding::Kind::Local) {
        Unsupported(n, "a generator expression value reading the enclosing function's variable '" +
                           std::string(tree_.Name(tree_.Ident(n, NameField::id))) + "'");
        return types().unknown();
      }
      ForEachChild(tree_, n, [&](NodeId c) { work.push_back(c); });
    }
  }
  if (!known) return types().unknown();
  generator_expression_params_[e.index] = params;
  InstanceId target = Instantiate(e, arg_types);
  Current().call_targets[e.index] = target;
  return program_->instances[target.index].return_type;
}

void Analyzer::InferGeneratorExpBody() {
  NodeId e = Current().def;
  if (tree_.Kind(e) == NodeKind::Call) {
    // iter(x): the items a loop over x walks.
    TypeId item = InferIteration(tree_.Items(e, CallField::args)[0]);
    TypeId joined = Join(Current().yield_type, item, e, "the items of this iterator");
    if (joined != Current().yield_type) {
      Current().yield_type = joined;
      changed_ = true;
    }
    FinishGeneratorInstance(true);
    return;
  }
  size_t depth = EnterComprehension(tree_.Items(e, GeneratorExpField::generators));
  NodeId elt = tree_.Node(e, GeneratorExpField::elt);
  TypeId t = InferExpr(elt);
  comprehension_scopes_.resize(depth);
  TypeId joined = Join(Current().yield_type, t, elt, "the values this generator yields");
  if (joined != Current().yield_type) {
    Current().yield_type = joined;
    changed_ = true;
  }
  FinishGeneratorInstance(true);
}

TypeId Analyzer::InferNextOrIter(NodeId call, BuiltinFunction f, std::span<const NodeId> args,
                                 const std::vector<TypeId>& arg_types) {
  bool is_next = f == BuiltinFunction::Next;
  if (args.empty() || args.size() > (is_next ? 2u : 1u)) {
    Unsupported(call, "this number of arguments to a built-in");
    return types().unknown();
  }
  TypeId it = arg_types[0];
  TypeKind kind = types().Kind(it);
  if (kind == TypeKind::Unknown) return types().unknown();
  if (kind == TypeKind::Generator) {
    // iter() of an iterator is the iterator itself.
    if (!is_next) return it;
    if (args.size() == 2) return Join(types()[it].params[0], arg_types[1], call, "the result of next()");
    return types()[it].params[0];
  }
  // next() of an object: dispatched on the run-time type (a generator, or TypeError).
  if (kind == TypeKind::Object && is_next) return types().object();
  if (kind == TypeKind::Class && is_next) {
    // next() of an instance calls its __next__.
    InstanceId next = program_->classes[types()[it].payload].next_instance;
    if (next.IsValid()) {
      TypeId item = program_->instances[next.index].return_type;
      if (args.size() == 2) return Join(item, arg_types[1], call, "the result of next()");
      return item;
    }
  }
  bool iterable = kind == TypeKind::List || kind == TypeKind::Str || kind == TypeKind::Tuple || kind == TypeKind::Dict ||
                  kind == TypeKind::Set || kind == TypeKind::Range || kind == TypeKind::Class;
  if (!is_next && iterable) {
    // iter(x) of an iterable: a generator walking it as a for loop does
    // (its own instance, whose parameters are x's value, or range()'s arguments).
    std::vector<NodeId> params = IterableParams(args[0]);
    std::vector<TypeId> param_types;
    for (NodeId p : params) {
      param_types.push_back(Current().expr_types[p.index]);
      if (types().Kind(param_types.back()) == TypeKind::Unknown) return types().unknown();
    }
    generator_expression_params_[call.index] = params;
    InstanceId target = Instantiate(call, param_types);
    // CPython's name for the iterator's type (its repr says it).
    program_->instances[target.index].name = kind == TypeKind::List    ? "list_iterator"
                                             : kind == TypeKind::Str   ? "str_iterator"
                                             : kind == TypeKind::Tuple ? "tuple_iterator"
                                             : kind == TypeKind::Dict  ? "dict_keyiterator"
                                             : kind == TypeKind::Set   ? "set_iterator"
                                             : kind == TypeKind::Range ? "range_iterator"
                                                                       : "generator";
    Current().call_targets[call.index] = target;
    return program_->instances[target.index].return_type;
  }
  Unsupported(call, std::string(is_next ? "next()" : "iter()") + " of " + types().Name(it));
  return types().unknown();
}

}  // namespace keelback::analysis
