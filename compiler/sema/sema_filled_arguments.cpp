// Containers a caller passes empty and a callee fills: `h = []` then
// `heappush(h, x)`, `graph = {}` then `add_edge(graph, a, b)`. The callee's
// parameter is refined where it adds to it (sema_containers.cpp); the
// caller's variable or attribute holding the container is refined the same
// way after the call, so that the caller and the next calls see the items'
// type (the fixed point instantiates the callee again for it).
#include "sema/analyzer.h"

namespace keelback::analysis {

namespace {

// A container whose item types are not all known yet: a list, set or dict
// made empty.
bool IsUnfilledContainer(const TypeTable& types, TypeId t, bool (*has_unknown)(const TypeTable&, TypeId)) {
  TypeKind k = types.Kind(t);
  if (k != TypeKind::List && k != TypeKind::Set && k != TypeKind::Dict) return false;
  for (TypeId p : types[t].params)
    if (has_unknown(types, p)) return true;
  return false;
}

bool HasUnknown(const TypeTable& types, TypeId t) {
  if (types.Kind(t) == TypeKind::Unknown) return true;
  if (types.Kind(t) != TypeKind::Tuple) return false;
  for (TypeId p : types[t].params)
    if (types.Kind(p) == TypeKind::Unknown) return true;
  return false;
}

}  // namespace

void Analyzer::RefineArgumentsFilledByCallee(NodeId call, InstanceId target, size_t arg_count) {
  auto bindings = Current().call_bindings.find(call.index);
  if (bindings == Current().call_bindings.end()) return;
  // The bound expressions are the last parameters of arg_types (a receiver
  // comes first).
  const std::vector<NodeId> bound = bindings->second;
  if (bound.size() > arg_count) return;
  size_t offset = arg_count - bound.size();
  for (size_t i = 0; i < bound.size(); ++i) {
    const FunctionInstance& callee = program_->instances[target.index];
    size_t p = offset + i;
    if (p >= callee.param_types.size() || p >= callee.locals.size()) break;
    TypeId passed = callee.param_types[p], now = callee.locals[p].type;
    if (passed == now || !IsUnfilledContainer(types(), passed, HasUnknown) ||
        types().Kind(now) != types().Kind(passed))
      continue;
    NodeId arg = bound[i];
    NodeKind k = tree_.Kind(arg);
    if (k != NodeKind::Name && k != NodeKind::Attribute) continue;
    // An argument written in the call (not a default value), passed itself
    // (not an item of a * argument).
    bool written = false;
    for (NodeId a : tree_.Items(call, CallField::args)) written = written || a == arg;
    for (NodeId kw : tree_.Items(call, CallField::keywords)) written = written || tree_.Node(kw, KeywordField::value) == arg;
    if (!written) continue;
    auto recorded = Current().expr_types.find(arg.index);
    if (recorded == Current().expr_types.end() || recorded->second != passed) continue;
    RefineContainer(arg, now, call);
  }
}

}  // namespace keelback::analysis

namespace keelback::analysis {

bool Analyzer::RefineThroughSubscript(NodeId subscript, TypeId refined, NodeId at) {
  // Walks out through nested subscripts (rows[i][j].append(x)) with a loop,
  // refining the outermost variable or attribute once.
  NodeId item = subscript;
  TypeId item_type = refined;
  while (tree_.Kind(item) == NodeKind::Subscript) {
    NodeId holder = tree_.Node(item, SubscriptField::value);
    if (tree_.Kind(tree_.Node(item, SubscriptField::slice)) == NodeKind::Slice) return false;  // a copy
    TypeId holder_type = program_->TypeOf(Current(), holder);
    TypeId current = program_->TypeOf(Current(), item);
    const TypeInfo& info = types()[holder_type];
    // The items already held were made for the old type: a list that
    // becomes a list[float] or list[bool] would need its storage changed
    // (unboxed items). A defaultdict makes its values for the type it has
    // when they are made.
    bool fresh_values = info.kind == TypeKind::Dict && DictFlavorOf(info.payload) == DictFlavor::DefaultDict;
    if (!fresh_values && HasUnboxedItems(item_type)) return false;
    if (info.kind == TypeKind::Dict && info.params[1] == current) {
      item_type = types().Get(TypeKind::Dict, std::vector<TypeId>{info.params[0], item_type}, info.payload);
    } else if (info.kind == TypeKind::List && info.params[0] == current) {
      item_type = types().ListOf(item_type);
    } else {
      return false;
    }
    item = holder;
  }
  NodeKind k = tree_.Kind(item);
  if (k != NodeKind::Name && k != NodeKind::Attribute) return false;
  RefineContainer(item, item_type, at);
  return true;
}

}  // namespace keelback::analysis

namespace keelback::analysis {

bool Analyzer::HasUnboxedItems(TypeId t) const {
  const TypeTable& table = program_->types;
  if (table.Kind(t) != TypeKind::List) return false;
  TypeKind item = table.Kind(table[t].params[0]);
  return item == TypeKind::Float || item == TypeKind::Bool;
}

bool Analyzer::HasUnfilledPart(TypeId t) const {
  // Types nest as deep as the program's own containers: a work list.
  std::vector<TypeId> work{t};
  while (!work.empty()) {
    TypeId u = work.back();
    work.pop_back();
    const TypeInfo& info = program_->types[u];
    if (info.kind == TypeKind::Unknown) return true;
    if (info.kind == TypeKind::List || info.kind == TypeKind::Set || info.kind == TypeKind::Dict ||
        info.kind == TypeKind::Tuple)
      for (TypeId p : info.params) work.push_back(p);
  }
  return false;
}

}  // namespace keelback::analysis

namespace keelback::analysis {

bool Analyzer::IsEmptyContainerOf(TypeId value, TypeId target) const {
  const TypeTable& table = program_->types;
  TypeKind k = table.Kind(value);
  if ((k != TypeKind::List && k != TypeKind::Set && k != TypeKind::Dict) || table.Kind(target) != k ||
      table[value].payload != table[target].payload)
    return false;
  for (TypeId p : table[value].params)
    if (table.Kind(p) != TypeKind::Unknown) return false;
  return true;
}

}  // namespace keelback::analysis
