// Narrowing: an expression typed narrower where it is used than its own
// type, checked (or known from an isinstance() test) when the program runs.
#include "sema/analyzer.h"

#include <algorithm>

namespace keelback::analysis {

TypeId Analyzer::NarrowNotNone(NodeId e, TypeId t, bool type_error, std::string text) {
  using Kind = FunctionInstance::Narrowing::Kind;
  auto not_none = [&] {  // (a TestedDict narrowing of the same node stays)
    auto it = Current().narrowings.find(e.index);
    if (it != Current().narrowings.end() && it->second.kind != Kind::TestedDict) Current().narrowings.erase(it);
    return t;
  };
  if (types().Kind(t) != TypeKind::Optional) return not_none();
  TypeId inner = types()[t].params[0];
  switch (types().Kind(inner)) {
    case TypeKind::List: case TypeKind::Dict: case TypeKind::Set: case TypeKind::Str: case TypeKind::Tuple:
    case TypeKind::Bytes:
      break;
    default:
      return not_none();
  }
  Current().narrowings[e.index] = {t, type_error ? Kind::NotNoneTypeError : Kind::NotNoneAttributeError, std::move(text)};
  return Record(e, inner);
}

int32_t Analyzer::TestedDictLocal(NodeId s) {
  NodeId test = tree_.Node(s, IfField::test);
  if (tree_.Kind(test) != NodeKind::Call || !tree_.Items(test, CallField::keywords).empty()) return -1;
  auto args = tree_.Items(test, CallField::args);
  NodeId func = tree_.Node(test, CallField::func);
  if (args.size() != 2 || tree_.Kind(args[0]) != NodeKind::Name || tree_.Kind(args[1]) != NodeKind::Name ||
      tree_.Kind(func) != NodeKind::Name)
    return -1;
  auto is_builtin = [&](NodeId n, BuiltinFunction b) {
    NameBinding r = ResolveName(n);
    return r.kind == NameBinding::Kind::Builtin && r.index == static_cast<uint32_t>(b);
  };
  if (!is_builtin(func, BuiltinFunction::Isinstance) || !is_builtin(args[1], BuiltinFunction::Dict)) return -1;
  IdentId name = tree_.Ident(args[0], NameField::id);
  NameBinding x = ResolveName(args[0]);
  if (x.kind != NameBinding::Kind::Local || types().Kind(Current().locals[x.index].type) != TypeKind::Object) return -1;
  // Every use of x in the body only reads the dict; none binds x again or
  // lets the dict escape (a callee or a container could store items of
  // other types into a dict typed narrower elsewhere).
  std::vector<std::pair<NodeId, NodeId>> work;  // (node, parent)
  for (NodeId b : tree_.Items(s, IfField::body)) work.push_back({b, NodeId()});
  while (!work.empty()) {
    auto [n, parent] = work.back();
    work.pop_back();
    NodeKind k = tree_.Kind(n);
    if (k == NodeKind::FunctionDef || k == NodeKind::AsyncFunctionDef || k == NodeKind::ClassDef || k == NodeKind::Lambda ||
        k == NodeKind::NamedExpr || k == NodeKind::Import || k == NodeKind::ImportFrom || k == NodeKind::ExceptHandler ||
        k == NodeKind::Global || k == NodeKind::Nonlocal)
      return -1;  // (rare here: not worth telling apart)
    if (k == NodeKind::Name && tree_.Ident(n, NameField::id) == name) {
      if (tree_.Field(n, NameField::ctx) != static_cast<uint32_t>(ExprContext::Load) || !parent.IsValid()) return -1;
      bool reads = false;
      switch (tree_.Kind(parent)) {
        case NodeKind::Attribute: {
          std::string_view attr = tree_.Name(tree_.Ident(parent, AttributeField::attr));
          reads = attr == "items" || attr == "keys" || attr == "values" || attr == "get" || attr == "copy";
          break;
        }
        case NodeKind::Subscript:  // read, never assigned or deleted
          reads = tree_.Node(parent, SubscriptField::value) == n &&
                  tree_.Field(parent, SubscriptField::ctx) == static_cast<uint32_t>(ExprContext::Load);
          break;
        case NodeKind::Compare: case NodeKind::FormattedValue: case NodeKind::BoolOp: case NodeKind::UnaryOp:
        case NodeKind::If: case NodeKind::While: case NodeKind::Comprehension:
          reads = true;
          break;
        case NodeKind::For: reads = tree_.Node(parent, ForField::iter) == n; break;
        case NodeKind::Call: {
          NodeId f = tree_.Node(parent, CallField::func);
          reads = tree_.Kind(f) == NodeKind::Name &&
                  (is_builtin(f, BuiltinFunction::Len) || is_builtin(f, BuiltinFunction::Print) ||
                   is_builtin(f, BuiltinFunction::Str) || is_builtin(f, BuiltinFunction::Repr) ||
                   is_builtin(f, BuiltinFunction::Sorted) || is_builtin(f, BuiltinFunction::List) ||
                   is_builtin(f, BuiltinFunction::Bool));
          break;
        }
        default: break;
      }
      if (!reads) return -1;
    }
    ForEachChild(tree_, n, [&](NodeId c) { work.push_back({c, n}); });
  }
  return static_cast<int32_t>(x.index);
}

TypeId Analyzer::NarrowTestedDict(NodeId e, uint32_t slot, TypeId t) {
  bool tested = std::find(tested_dicts_.begin(), tested_dicts_.end(), slot) != tested_dicts_.end();
  if (tested && types().Kind(t) == TypeKind::Object) {
    Current().narrowings[e.index] = {t, FunctionInstance::Narrowing::Kind::TestedDict, ""};
    return types().DictOf(types().object(), types().object());
  }
  Current().narrowings.erase(e.index);
  return t;
}

}  // namespace keelback::analysis
