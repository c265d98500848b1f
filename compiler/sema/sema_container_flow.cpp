// How an empty container's item types are learnt from later uses, through
// any path its value takes.
//
// A list, dict or set made without items of a known type (`[]`, `{}`,
// `set()`, `[None] * n`, `[[] for _ in range(n)]`) is typed with unknown (or
// None) items where it is made. A later use that adds items of a known type
// (append, d[k] = v, setdefault, a store through an alias) completes its type.
// The container is mutable and may be reached by several paths, so every
// path must agree on the completed type: the completion is pushed back along
// the expression the value came from (RefineExpr) to the variable, field,
// parameter or container that holds it, or to the display that makes it
// (site_types_), and from a variable to each value stored in it (FlowBack at
// assignments, returns, loops and calls). Completions only fill in unknown
// parts (or None items into Optional items of a boxed representation), so
// the fixed point is reached: each round can only fill in more.
#include "sema/analyzer.h"

namespace keelback::analysis {

namespace {
constexpr int kMaxCompletionDepth = 64;  // type nesting Complete follows

// Whether t, or a type nested in it through the parameters of the kinds
// `descend` accepts (at most kMaxCompletionDepth deep), is one `found` accepts.
template <typename Found, typename Descend>
bool AnyNestedType(const TypeTable& table, TypeId t, Found found, Descend descend) {
  std::vector<std::pair<TypeId, int>> work{{t, 0}};
  while (!work.empty()) {
    auto [x, depth] = work.back();
    work.pop_back();
    TypeKind k = table.Kind(x);
    if (found(k)) return true;
    if (depth > kMaxCompletionDepth || !descend(k)) continue;
    for (TypeId p : table[x].params) work.push_back({p, depth + 1});
  }
  return false;
}
}  // namespace

bool Analyzer::HasUnknownDeep(TypeId t) const {
  return AnyNestedType(
      program_->types, t, [](TypeKind k) { return k == TypeKind::Unknown; },
      [](TypeKind k) {
        return k == TypeKind::List || k == TypeKind::Dict || k == TypeKind::Set || k == TypeKind::Tuple ||
               k == TypeKind::Optional;
      });
}

bool Analyzer::HoldsMutableContainer(TypeId t) const {
  return AnyNestedType(
      program_->types, t, [](TypeKind k) { return k == TypeKind::List || k == TypeKind::Dict || k == TypeKind::Set; },
      [](TypeKind k) { return k == TypeKind::Tuple || k == TypeKind::Optional; });
}

// The nesting of types is bounded by kMaxCompletionDepth (deeper: no
// completion), so the recursion is too.
TypeId Analyzer::Complete(TypeId a, TypeId b, bool promote_none, int depth) {
  return CompleteOrWiden(a, b, promote_none, false, depth);
}

TypeId Analyzer::CompleteOrWiden(TypeId a, TypeId b, bool promote_none, bool widen, int depth) {
  if (a == b) return a;
  if (depth > kMaxCompletionDepth) return TypeId();
  TypeKind ka = types().Kind(a), kb = types().Kind(b);
  if (ka == TypeKind::Unknown) return b;
  if (kb == TypeKind::Unknown) return a;
  // Items of a container held boxed (object) take any item.
  if (widen && depth > 0 && (ka == TypeKind::Object || kb == TypeKind::Object)) return types().object();
  // An item of a container: None and T held boxed in one word are both
  // Optional[T] items (a float or bool item is unboxed: not a completion).
  auto boxed_word = [&](TypeKind k) {
    return k == TypeKind::Class || k == TypeKind::Str || k == TypeKind::List || k == TypeKind::Dict ||
           k == TypeKind::Set || k == TypeKind::Tuple || k == TypeKind::Int || k == TypeKind::Bytes;
  };
  if (depth > 0) {
    if (ka == TypeKind::NoneType && kb == TypeKind::Optional) return b;
    if (kb == TypeKind::NoneType && ka == TypeKind::Optional) return a;
    if (ka == TypeKind::Optional && kb != TypeKind::Optional && boxed_word(kb)) {
      TypeId inner = CompleteOrWiden(types()[a].params[0], b, promote_none, widen, depth + 1);
      return inner.IsValid() ? types().OptionalOf(inner) : TypeId();
    }
    if (kb == TypeKind::Optional && ka != TypeKind::Optional && boxed_word(ka)) {
      TypeId inner = CompleteOrWiden(a, types()[b].params[0], promote_none, widen, depth + 1);
      return inner.IsValid() ? types().OptionalOf(inner) : TypeId();
    }
    if (promote_none && ka == TypeKind::NoneType && boxed_word(kb)) return types().OptionalOf(b);
    if (promote_none && kb == TypeKind::NoneType && boxed_word(ka)) return types().OptionalOf(a);
  }
  if (ka != kb || types()[a].params.size() != types()[b].params.size()) return TypeId();
  // A frozenset is no set; a defaultdict, Counter or OrderedDict (the payload) is no plain dict.
  if ((ka == TypeKind::Set || ka == TypeKind::Dict) && types()[a].payload != types()[b].payload) return TypeId();
  if (ka != TypeKind::List && ka != TypeKind::Dict && ka != TypeKind::Set && ka != TypeKind::Tuple &&
      ka != TypeKind::Optional)
    return TypeId();
  std::vector<TypeId> params;
  for (size_t i = 0; i < types()[a].params.size(); ++i) {
    // Tuple items are boxed whatever their type; an Optional's value is the
    // top of a variable, not an item.
    int next = ka == TypeKind::Optional ? depth : depth + 1;
    TypeId p = CompleteOrWiden(types()[a].params[i], types()[b].params[i], promote_none, widen, next);
    if (!p.IsValid()) return TypeId();
    params.push_back(p);
  }
  if (ka == TypeKind::Optional) return types().OptionalOf(params[0]);
  return types().Get(ka, params, types()[a].payload);
}

TypeId Analyzer::ApplySiteType(NodeId e, TypeId t) {
  auto it = site_types_.find(SiteKey(e));
  if (it == site_types_.end()) return t;
  TypeId completed = CompleteOrWiden(t, it->second, true, true);
  return completed.IsValid() ? completed : t;
}

void Analyzer::FlowBack(NodeId value, TypeId place, NodeId at) {
  if (!value.IsValid()) return;
  TypeId have = Current().expr_types[value.index];
  if (have == place || !HoldsMutableContainer(have)) return;
  if (types().Kind(place) == TypeKind::Optional && types().Kind(have) != TypeKind::Optional)
    place = types()[place].params[0];
  TypeId completed = CompleteOrWiden(have, place, true, true);
  if (!completed.IsValid() || completed == have) return;
  RefineExpr(value, completed, at);
}

TypeId Analyzer::PlaceType(NodeId target) {
  switch (tree_.Kind(target)) {
    case NodeKind::Name: {
      auto b = Current().names.find(target.index);
      if (b == Current().names.end()) return TypeId();
      if (b->second.kind == NameBinding::Kind::Local) return Current().locals[b->second.index].type;
      if (b->second.kind == NameBinding::Kind::Global) return program_->globals[b->second.index].type;
      return TypeId();
    }
    case NodeKind::Attribute: {
      if (auto g = Current().names.find(target.index); g != Current().names.end())
        return g->second.kind == NameBinding::Kind::Global ? program_->globals[g->second.index].type : TypeId();
      int32_t cls = ClassOfValue(Current().expr_types[tree_.Node(target, AttributeField::value).index]);
      if (cls < 0) return TypeId();
      const ClassInfo& info = program_->classes[static_cast<uint32_t>(cls)];
      int32_t field = info.FieldIndex(tree_.Ident(target, AttributeField::attr));
      return field < 0 ? TypeId() : info.fields[static_cast<size_t>(field)].type;
    }
    case NodeKind::Subscript: {
      if (tree_.Kind(tree_.Node(target, SubscriptField::slice)) == NodeKind::Slice) return TypeId();
      TypeId base = Current().expr_types[tree_.Node(target, SubscriptField::value).index];
      if (types().Kind(base) == TypeKind::Optional) base = types()[base].params[0];
      if (types().Kind(base) == TypeKind::List) return ElementOf(base);
      if (types().Kind(base) == TypeKind::Dict) return types()[base].params[1];
      return TypeId();
    }
    default:
      return TypeId();
  }
}

void Analyzer::FlowBackToTargets(std::span<const NodeId> targets, NodeId value, NodeId at) {
  for (NodeId target : targets) {
    if (tree_.Kind(target) == NodeKind::Tuple && tree_.Kind(value) == NodeKind::Tuple) {
      // `a, b = [], []`: item by item.
      auto names = tree_.Items(target, TupleField::elts);
      auto values = tree_.Items(value, TupleField::elts);
      if (names.size() != values.size()) continue;
      for (size_t i = 0; i < names.size(); ++i)
        if (tree_.Kind(names[i]) != NodeKind::Starred && tree_.Kind(values[i]) != NodeKind::Starred)
          if (TypeId place = PlaceType(names[i]); place.IsValid()) FlowBack(values[i], place, at);
      continue;
    }
    if (TypeId place = PlaceType(target); place.IsValid()) FlowBack(value, place, at);
  }
}

TypeId Analyzer::TargetPlaceType(NodeId target) {
  // Tuple targets nest as deep as the program writes them: bounded here.
  std::vector<TypeId> parts;
  if (tree_.Kind(target) == NodeKind::Tuple || tree_.Kind(target) == NodeKind::List) {
    for (NodeId t : tree_.Items(target, TupleField::elts)) {
      if (tree_.Kind(t) == NodeKind::Starred) return types().unknown();
      TypeId p = tree_.Kind(t) == NodeKind::Tuple || tree_.Kind(t) == NodeKind::List ? types().unknown() : PlaceType(t);
      parts.push_back(p.IsValid() ? p : types().unknown());
    }
    return types().Get(TypeKind::Tuple, parts);
  }
  TypeId p = PlaceType(target);
  return p.IsValid() ? p : types().unknown();
}

void Analyzer::FlowBackToIterable(NodeId target, NodeId iter, NodeId at) {
  TypeId place = TargetPlaceType(target);
  FlowBackIterable(iter, place, at);
}

void Analyzer::FlowBackIterable(NodeId iter, TypeId item, NodeId at) {
  // The iterables a loop walks in turn (zip(a, b), enumerate(x)): a work list.
  std::vector<std::pair<NodeId, TypeId>> work{{iter, item}};
  while (!work.empty()) {
    auto [it, place] = work.back();
    work.pop_back();
    if (types().Kind(place) == TypeKind::Unknown) continue;
    TypeId iterable = Current().expr_types[it.index];
    TypeKind ik = types().Kind(iterable);
    if (ik == TypeKind::List) {
      FlowBackItems(it, types().ListOf(place), at);
      continue;
    }
    if (ik == TypeKind::Set) {
      FlowBackItems(it, types().SetOf(place, types()[iterable].payload != 0), at);
      continue;
    }
    if (tree_.Kind(it) != NodeKind::Call) continue;
    NodeId func = tree_.Node(it, CallField::func);
    auto args = tree_.Items(it, CallField::args);
    if (tree_.Kind(func) == NodeKind::Attribute) {
      // d.items(), d.values(): the dict's values are the loop's.
      NodeId receiver = tree_.Node(func, AttributeField::value);
      TypeId dict = Current().expr_types[receiver.index];
      std::string_view name = tree_.Name(tree_.Ident(func, AttributeField::attr));
      if (types().Kind(dict) != TypeKind::Dict) continue;
      TypeId value = types().unknown();
      if (name == "values") value = place;
      if (name == "items" && types().Kind(place) == TypeKind::Tuple && types()[place].params.size() == 2)
        value = types()[place].params[1];
      if (types().Kind(value) != TypeKind::Unknown)
        FlowBackItems(receiver, types().DictLike(dict, types()[dict].params[0], value), at);
      continue;
    }
    if (tree_.Kind(func) != NodeKind::Name) continue;
    TypeId ft = Current().expr_types[func.index];
    if (types().Kind(ft) != TypeKind::Builtin) continue;
    auto f = static_cast<BuiltinFunction>(types()[ft].payload);
    bool pair = types().Kind(place) == TypeKind::Tuple;
    if (f == BuiltinFunction::Enumerate && !args.empty() && pair && types()[place].params.size() == 2) {
      work.push_back({args[0], types()[place].params[1]});
    } else if (f == BuiltinFunction::Zip && pair && types()[place].params.size() == args.size()) {
      for (size_t i = 0; i < args.size(); ++i)
        if (tree_.Kind(args[i]) != NodeKind::Starred) work.push_back({args[i], types()[place].params[i]});
    } else if ((f == BuiltinFunction::Reversed || f == BuiltinFunction::Sorted || f == BuiltinFunction::List) &&
               args.size() == 1) {
      work.push_back({args[0], place});
    }
  }
}

void Analyzer::FlowBackItems(NodeId container, TypeId place, NodeId at) {
  TypeId have = Current().expr_types[container.index];
  TypeId completed = CompleteOrWiden(have, place, true, true);
  if (!completed.IsValid() || completed == have) return;
  RefineExpr(container, completed, at);
}

void Analyzer::FlowBackToParameters() {
  for (auto& [call, target] : Current().call_targets) {
    auto bindings = Current().call_bindings.find(call);
    if (bindings == Current().call_bindings.end() || tree_.Kind(NodeId(call)) != NodeKind::Call) continue;
    const FunctionInstance& callee = program_->instances[target.index];
    if (!callee.def.IsValid() || tree_.Kind(callee.def) == NodeKind::GeneratorExp ||
        tree_.Kind(callee.def) == NodeKind::Call)
      continue;
    // The entries bind the parameters after self (BindCall), in slot order,
    // **kwargs aside.
    NodeId arguments = ArgumentsOf(callee.def);
    size_t params = tree_.Items(arguments, ArgumentsField::posonlyargs).size() +
                    tree_.Items(arguments, ArgumentsField::args).size() +
                    tree_.Items(arguments, ArgumentsField::kwonlyargs).size() +
                    (tree_.Field(arguments, ArgumentsField::vararg) != UINT32_MAX ? 1 : 0);
    const std::vector<NodeId> nodes = bindings->second;
    if (nodes.size() > params) continue;
    size_t first = params - nodes.size();
    const FunctionInstance::KeywordPack* pack = nullptr;
    if (auto p = Current().keyword_packs.find(call); p != Current().keyword_packs.end()) pack = &p->second;
    for (size_t i = 0; i < nodes.size(); ++i) {
      NodeId n = nodes[i];
      if (!n.IsValid()) continue;
      if (pack != nullptr && i < pack->forwarded.size() && pack->forwarded[i] != -1) continue;
      if (n.index == tree_.Node(NodeId(call), CallField::func).index) continue;  // *args
      // Only the call's own arguments (not a default of the def).
      bool is_argument = false;
      for (NodeId a : tree_.Items(NodeId(call), CallField::args)) is_argument |= a == n;
      for (NodeId k : tree_.Items(NodeId(call), CallField::keywords)) is_argument |= tree_.Node(k, KeywordField::value) == n;
      if (!is_argument || i + first >= callee.locals.size()) continue;
      FlowBack(n, callee.locals[i + first].type, n);
    }
  }
}

bool Analyzer::RefineExpr(NodeId e, TypeId refined, NodeId at, bool quiet) {
  struct Item {
    NodeId node;
    TypeId type;
    bool in_comprehension;  // names there are the comprehension's, out of scope now
  };
  std::vector<Item> work{{e, refined, false}};
  size_t steps = 0;
  bool ok = true;
  auto fail = [&] {
    if (ok && !quiet) Unsupported(at, "adding to an empty container that is not held in a variable or attribute");
    ok = false;
  };
  while (!work.empty()) {
    Item item = work.back();
    work.pop_back();
    if (++steps > 100000) break;
    NodeId n = item.node;
    TypeId have = Current().expr_types[n.index];
    TypeId want = item.type;
    if (types().Kind(want) == TypeKind::Optional && types().Kind(have) != TypeKind::Optional)
      want = types()[want].params[0];
    TypeId target = Complete(have, want, true);
    // Items widened to object (a list of floats that gets an int): sound
    // only where every path to the container is widened too, so a variable
    // or field must hold new containers only (WidenContainer).
    bool widening = false;
    if (!target.IsValid()) {
      target = CompleteOrWiden(have, want, true, true);
      widening = true;
    }
    if (!target.IsValid()) {
      fail();
      continue;
    }
    if (target == have) continue;
    TypeKind tk = types().Kind(target);
    switch (tree_.Kind(n)) {
      case NodeKind::Name:
      case NodeKind::Attribute:
        if (item.in_comprehension) {
          fail();
          break;
        }
        if (!widening) RefineContainer(n, target, at);
        else if (!WidenContainer(n, target, at)) fail();
        break;
      case NodeKind::Subscript: {
        NodeId base = tree_.Node(n, SubscriptField::value);
        TypeId bt = Current().expr_types[base.index];
        bool optional = types().Kind(bt) == TypeKind::Optional;
        if (optional) bt = types()[bt].params[0];
        TypeId whole;
        if (tree_.Kind(tree_.Node(n, SubscriptField::slice)) == NodeKind::Slice) {
          // A new list of the same items: those items (when containers
          // themselves) are completed where they come from; a list of other
          // items is converted where it is used (Coerce).
          if (types().Kind(bt) == TypeKind::List && tk == TypeKind::List) {
            if (!HoldsMutableContainer(ElementOf(have))) break;
            whole = target;
          }
        } else if (types().Kind(bt) == TypeKind::List) {
          whole = types().ListOf(target);
        } else if (types().Kind(bt) == TypeKind::Dict) {
          whole = types().DictLike(bt, types()[bt].params[0], target);
        } else if (int64_t i = 0; types().Kind(bt) == TypeKind::Tuple &&
                                  LiteralInt(tree_.Node(n, SubscriptField::slice), i)) {
          // pair[0] of a tuple: that item.
          std::vector<TypeId> items = types()[bt].params;
          if (i < 0) i += static_cast<int64_t>(items.size());
          if (i >= 0 && i < static_cast<int64_t>(items.size())) {
            items[static_cast<size_t>(i)] = target;
            whole = types().Get(TypeKind::Tuple, items);
          }
        }
        if (!whole.IsValid()) {
          fail();
          break;
        }
        work.push_back({base, optional ? types().OptionalOf(whole) : whole, item.in_comprehension});
        break;
      }
      case NodeKind::List:
      case NodeKind::Set:
      case NodeKind::ListComp:
      case NodeKind::SetComp:
      case NodeKind::Dict:
      case NodeKind::DictComp: {
        site_types_[SiteKey(n)] = target;
        Record(n, target);
        changed_ = true;
        NodeKind k = tree_.Kind(n);
        if (k == NodeKind::List || k == NodeKind::Set) {
          for (NodeId x : tree_.Items(n, k == NodeKind::List ? ListField::elts : SetField::elts))
            if (tree_.Kind(x) != NodeKind::Starred) work.push_back({x, types()[target].params[0], item.in_comprehension});
        } else if (k == NodeKind::ListComp || k == NodeKind::SetComp) {
          work.push_back({tree_.Node(n, ListCompField::elt), types()[target].params[0], true});
        } else if (k == NodeKind::Dict) {
          auto keys = tree_.Items(n, DictField::keys);
          auto values = tree_.Items(n, DictField::values);
          for (size_t i = 0; i < keys.size() && i < values.size(); ++i) {
            if (!keys[i].IsValid()) continue;  // a ** item
            work.push_back({keys[i], types()[target].params[0], item.in_comprehension});
            work.push_back({values[i], types()[target].params[1], item.in_comprehension});
          }
        } else {
          work.push_back({tree_.Node(n, DictCompField::key), types()[target].params[0], true});
          work.push_back({tree_.Node(n, DictCompField::value), types()[target].params[1], true});
        }
        break;
      }
      case NodeKind::Tuple: {
        auto elts = tree_.Items(n, TupleField::elts);
        if (tk != TypeKind::Tuple || types()[target].params.size() != elts.size()) {
          fail();
          break;
        }
        for (size_t i = 0; i < elts.size(); ++i) work.push_back({elts[i], types()[target].params[i], item.in_comprehension});
        break;
      }
      case NodeKind::BinOp: {
        // [x] * n, a + b: a new container of the operands' items.
        // The operands' items are shared: completed where they come from
        // when they are containers; a display operand is completed too, so
        // that `[None] * n` makes the list the variable holds.
        auto op = static_cast<BinaryOp>(tree_.Field(n, BinOpField::op));
        if (op != BinaryOp::Mult && op != BinaryOp::Add) {
          fail();
          break;
        }
        for (NodeId operand : {tree_.Node(n, BinOpField::left), tree_.Node(n, BinOpField::right)}) {
          TypeId ot = Current().expr_types[operand.index];
          if (types().Kind(ot) != tk) continue;
          NodeKind ok_kind = tree_.Kind(operand);
          bool display = ok_kind == NodeKind::List || ok_kind == NodeKind::ListComp;
          if (display || HoldsMutableContainer(types()[ot].params.back()))
            work.push_back({operand, target, item.in_comprehension});
        }
        break;
      }
      case NodeKind::IfExp:
        work.push_back({tree_.Node(n, IfExpField::body), target, item.in_comprehension});
        work.push_back({tree_.Node(n, IfExpField::orelse), target, item.in_comprehension});
        break;
      case NodeKind::BoolOp:
        for (NodeId v : tree_.Items(n, BoolOpField::values))
          if (HoldsMutableContainer(Current().expr_types[v.index])) work.push_back({v, target, item.in_comprehension});
        break;
      case NodeKind::NamedExpr:
        work.push_back({tree_.Node(n, NamedExprField::value), target, item.in_comprehension});
        work.push_back({tree_.Node(n, NamedExprField::target), target, item.in_comprehension});
        break;
      case NodeKind::Call: {
        NodeId func = tree_.Node(n, CallField::func);
        auto args = tree_.Items(n, CallField::args);
        // A builtin, by its name or as a module's attribute (collections.defaultdict).
        if (tree_.Kind(func) == NodeKind::Name ||
            types().Kind(Current().expr_types[func.index]) == TypeKind::Builtin) {
          TypeId ft = Current().expr_types[func.index];
          if (types().Kind(ft) != TypeKind::Builtin) {
            fail();
            break;
          }
          auto f = static_cast<BuiltinFunction>(types()[ft].payload);
          bool maker = f == BuiltinFunction::List || f == BuiltinFunction::Set || f == BuiltinFunction::Dict ||
                       f == BuiltinFunction::Sorted || f == BuiltinFunction::Frozenset || IsCollectionsBuiltin(f);
          if (!maker || args.size() > 1) {
            fail();
            break;
          }
          // A new container: where it is made; its items (or a dict's
          // entries) are the argument's, which may alias other containers.
          site_types_[SiteKey(n)] = target;
          Record(n, target);
          changed_ = true;
          if (args.size() == 1 && HoldsMutableContainer(types()[have].params.back())) {
            TypeId at_type = Current().expr_types[args[0].index];
            TypeKind ak = types().Kind(at_type);
            if (ak == TypeKind::Dict && tk == TypeKind::Dict) work.push_back({args[0], target, item.in_comprehension});
            else if (item.in_comprehension) fail();
            else if (tk == TypeKind::List || tk == TypeKind::Set)
              FlowBackIterable(args[0], types()[target].params[0], at);  // a list, a view, zip()...
          }
          break;
        }
        if (tree_.Kind(func) != NodeKind::Attribute) {
          fail();
          break;
        }
        NodeId receiver = tree_.Node(func, AttributeField::value);
        TypeId rt = Current().expr_types[receiver.index];
        std::string_view name = tree_.Name(tree_.Ident(func, AttributeField::attr));
        TypeKind rk = types().Kind(rt);
        if (rk == TypeKind::Dict && (name == "setdefault" || name == "get" || name == "pop")) {
          // The value in the dict, or the default (stored there by setdefault).
          work.push_back({receiver, types().DictLike(rt, types()[rt].params[0], target), item.in_comprehension});
          if (args.size() == 2) work.push_back({args[1], target, item.in_comprehension});
        } else if (rk == TypeKind::List && name == "pop") {
          work.push_back({receiver, types().ListOf(target), item.in_comprehension});
        } else if ((rk == TypeKind::List || rk == TypeKind::Dict || rk == TypeKind::Set) && name == "copy" &&
                   rk == tk) {
          work.push_back({receiver, target, item.in_comprehension});
        } else {
          fail();
        }
        break;
      }
      default:
        fail();
        break;
    }
  }
  return ok;
}

}  // namespace keelback::analysis
