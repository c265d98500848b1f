// The match statement: the type of the value each pattern is matched
// against, the names patterns capture, and which tests are decided at
// compile time (a Class type is exact, so `case Point():` on a Point is
// always true and on an int never) and which at run time (on an object).
#include "sema/analyzer.h"

#include <algorithm>

namespace keelback::analysis {

namespace {

// Whether a pattern matches every value (a capture, `_`, or an or-pattern
// with such an alternative): a case with one and no guard ends the match.
bool Irrefutable(const SyntaxTree& tree, NodeId p) {
  while (true) {
    if (tree.Kind(p) == NodeKind::MatchAs) {
      NodeId sub = tree.Node(p, MatchAsField::pattern);
      if (!sub.IsValid()) return true;
      p = sub;
      continue;
    }
    if (tree.Kind(p) == NodeKind::MatchOr) {
      for (NodeId alt : tree.Items(p, MatchOrField::patterns))
        if (tree.Kind(alt) == NodeKind::MatchAs && !tree.Node(alt, MatchAsField::pattern).IsValid()) return true;
    }
    return false;
  }
}

}  // namespace

// How deeply patterns nest: InferPattern and lowering recurse over them.
int Analyzer::PatternDepth(NodeId pattern) const {
  int deepest = 0;
  std::vector<std::pair<NodeId, int>> work{{pattern, 1}};
  while (!work.empty()) {
    auto [n, depth] = work.back();
    work.pop_back();
    deepest = std::max(deepest, depth);
    ForEachChild(tree_, n, [&](NodeId c) { work.push_back({c, depth + 1}); });
  }
  return deepest;
}

bool Analyzer::InferMatch(NodeId s) {
  TypeId subject = InferExpr(tree_.Node(s, MatchField::subject));
  bool body_falls = false, exhaustive = false;
  for (NodeId c : tree_.Items(s, MatchField::cases)) {
    NodeId pattern = tree_.Node(c, MatchCaseField::pattern);
    if (PatternDepth(pattern) > kMaxPatternDepth) {
      Unsupported(pattern, "patterns nested this deeply");
      continue;
    }
    InferPattern(pattern, subject);
    NodeId guard = tree_.Node(c, MatchCaseField::guard);
    if (guard.IsValid()) InferExpr(guard);
    else if (Irrefutable(tree_, pattern)) exhaustive = true;
    if (InferBlock(tree_.Items(c, MatchCaseField::body))) body_falls = true;
  }
  return body_falls || !exhaustive;
}

// A name a pattern binds to the value it matched (`case x`, `case [*rest]`,
// `case {**rest}`): the node is the pattern's, which lowering stores through.
void Analyzer::BindCapture(NodeId at, IdentId name, TypeId type, bool fresh) {
  NameBinding b = Resolve(name);
  if (b.kind != NameBinding::Kind::Local && b.kind != NameBinding::Kind::Global)
    b = {NameBinding::Kind::Global, GlobalIndex(name)};
  TypeKind kind = types().Kind(type);
  // A captured list or dict is the subject's own: another reference to it.
  if (!fresh && (kind == TypeKind::List || kind == TypeKind::Dict || kind == TypeKind::Set))
    non_fresh_variables_.insert(VariableKey(b));
  Current().names[at.index] = b;
  if (b.kind == NameBinding::Kind::Local) SetLocalType(b.index, type, at);
  else SetGlobalType(b.index, type, at);
}

// The names in __match_args__ of a class or the nearest class of its MRO
// that sets it.
const std::vector<IdentId>* Analyzer::MatchArgs(uint32_t class_index) const {
  for (uint32_t c : program_->classes[class_index].mro)
    if (program_->classes[c].has_match_args) return &program_->classes[c].match_args;
  return nullptr;
}

void Analyzer::InferPattern(NodeId p, TypeId t) {
  Record(p, t);
  TypeKind tk = types().Kind(t);
  TypeId unknown = types().unknown();
  switch (tree_.Kind(p)) {
    case NodeKind::MatchValue: {
      TypeId v = InferExpr(tree_.Node(p, MatchValueField::value));
      TypeKind vk = types().Kind(v);
      auto comparable = [&](TypeKind k) {
        return k == TypeKind::Int || k == TypeKind::Bool || k == TypeKind::Float || k == TypeKind::Str ||
               k == TypeKind::Object || k == TypeKind::NoneType || k == TypeKind::Unknown;
      };
      if (!comparable(vk) || (!comparable(tk) && tk != TypeKind::Optional))
        Unsupported(p, "a value pattern comparing " + types().Name(t) + " with " + types().Name(v));
      return;
    }
    case NodeKind::MatchSingleton:
      return;
    case NodeKind::MatchAs: {
      NodeId sub = tree_.Node(p, MatchAsField::pattern);
      if (sub.IsValid()) InferPattern(sub, t);
      IdentId name = tree_.Ident(p, MatchAsField::name);
      if (name.IsValid()) BindCapture(p, name, t, false);
      return;
    }
    case NodeKind::MatchOr:
      for (NodeId alt : tree_.Items(p, MatchOrField::patterns)) InferPattern(alt, t);
      return;
    case NodeKind::MatchStar:
      Unsupported(p, "a starred pattern outside a sequence pattern");
      return;
    case NodeKind::MatchSequence: {
      auto items = tree_.Items(p, MatchSequenceField::patterns);
      size_t star = items.size();
      for (size_t i = 0; i < items.size(); ++i)
        if (tree_.Kind(items[i]) == NodeKind::MatchStar) star = i;
      size_t fixed = items.size() - (star < items.size() ? 1 : 0);
      auto bind_star = [&](TypeId list) {
        Record(items[star], list);
        IdentId name = tree_.Ident(items[star], MatchStarField::name);
        if (name.IsValid()) BindCapture(items[star], name, list, true);
      };
      std::vector<TypeId> item_types(items.size(), unknown);
      bool never = false;
      if (tk == TypeKind::List) {
        for (size_t i = 0; i < items.size(); ++i) item_types[i] = ElementOf(t);
        if (star < items.size()) bind_star(t);
      } else if (tk == TypeKind::Tuple) {
        const std::vector<TypeId> params = types()[t].params;
        never = star < items.size() ? params.size() < fixed : params.size() != fixed;
        if (!never) {
          size_t after = star < items.size() ? items.size() - star - 1 : 0;
          TypeId element = unknown;
          for (size_t i = 0; i < items.size(); ++i) {
            if (i < star) item_types[i] = params[i];
            else if (i > star) item_types[i] = params[params.size() - (items.size() - i)];
          }
          if (star < items.size()) {
            for (size_t i = star; i < params.size() - after; ++i) element = Join(element, params[i], p, "a starred pattern");
            bind_star(types().ListOf(element));
          }
        }
      } else if (tk == TypeKind::Object) {
        for (size_t i = 0; i < items.size(); ++i) item_types[i] = types().object();
        if (star < items.size()) bind_star(types().ListOf(types().object()));
      } else {
        never = tk != TypeKind::Unknown;  // a str, a dict, a number, an instance: never a sequence here
      }
      if (never) Current().never_matching_patterns.insert(p.index);
      for (size_t i = 0; i < items.size(); ++i) {
        if (i == star) {
          if (never || tk == TypeKind::Unknown) Record(items[i], unknown);
          continue;
        }
        InferPattern(items[i], never ? unknown : item_types[i]);
      }
      return;
    }
    case NodeKind::MatchMapping: {
      auto keys = tree_.Items(p, MatchMappingField::keys);
      auto values = tree_.Items(p, MatchMappingField::patterns);
      bool never = tk != TypeKind::Dict && tk != TypeKind::Unknown;
      if (tk == TypeKind::Object) {
        Unsupported(p, "a mapping pattern on a value of type object");
        return;
      }
      for (NodeId k : keys) {
        TypeId kt = InferExpr(k);
        if (tk == TypeKind::Dict && types().Kind(kt) != TypeKind::Unknown && types().Kind(types()[t].params[0]) != TypeKind::Unknown &&
            kt != types()[t].params[0] && types().Kind(types()[t].params[0]) != TypeKind::Object)
          Unsupported(k, "a mapping pattern key of type " + types().Name(kt) + " on " + types().Name(t));
      }
      if (never) Current().never_matching_patterns.insert(p.index);
      for (NodeId v : values) InferPattern(v, tk == TypeKind::Dict ? types()[t].params[1] : unknown);
      IdentId rest = tree_.Ident(p, MatchMappingField::rest);
      if (rest.IsValid()) BindCapture(p, rest, tk == TypeKind::Dict ? t : unknown, true);
      return;
    }
    case NodeKind::MatchClass: {
      NodeId cls = tree_.Node(p, MatchClassField::cls);
      TypeId ct = InferExpr(cls);
      auto positional = tree_.Items(p, MatchClassField::patterns);
      auto keyword_names = tree_.RawItems(tree_.List(p, MatchClassField::kwd_attrs));
      auto keyword_patterns = tree_.Items(p, MatchClassField::kwd_patterns);
      auto sub_unknown = [&] {
        for (NodeId sub : positional) InferPattern(sub, unknown);
        for (NodeId sub : keyword_patterns) InferPattern(sub, unknown);
      };
      TypeKind ck = types().Kind(ct);
      if (tk == TypeKind::Unknown || ck == TypeKind::Unknown) {
        sub_unknown();
        return;
      }
      if (ck == TypeKind::ClassObject) {
        uint32_t c = types()[ct].payload;
        TypeId narrowed = t;
        if (tk == TypeKind::Class) {
          if (!IsSubclass(*program_, types().Get(TypeKind::ClassObject, {}, types()[t].payload), ct)) {
            Current().never_matching_patterns.insert(p.index);
            sub_unknown();
            return;
          }
        } else if (tk == TypeKind::Object) {
          // The object's class must be c itself: a subclass's instance would
          // need a test and field reads of its own.
          for (uint32_t d = 0; d < program_->classes.size(); ++d) {
            const std::vector<uint32_t>& mro = program_->classes[d].mro;
            if (d != c && std::find(mro.begin(), mro.end(), c) != mro.end()) {
              Unsupported(p, "a class pattern on a value of type object naming a class that has subclasses");
              return;
            }
          }
          narrowed = types().ClassInstance(c);
        } else {
          if (tk == TypeKind::Optional) Unsupported(p, "a class pattern on an Optional value");
          Current().never_matching_patterns.insert(p.index);
          sub_unknown();
          return;
        }
        Current().pattern_narrowed[p.index] = narrowed;
        uint32_t narrowed_class = types()[narrowed].payload;
        const ClassInfo& info = program_->classes[narrowed_class];
        std::vector<int32_t> fields;
        auto attribute = [&](IdentId name, NodeId sub) {
          int32_t field = name.IsValid() ? info.FieldIndex(name) : -1;
          if (field < 0 && name.IsValid() &&
              (ClassAttributeGlobal(narrowed_class, name) >= 0 || FindProperty(narrowed_class, name, false).IsValid() ||
               FindMethod(narrowed_class, name).IsValid()))
            Unsupported(sub, "a class pattern reading a class attribute, a property or a method");
          fields.push_back(field);  // -1: no such attribute, the pattern fails
          InferPattern(sub, field >= 0 ? info.fields[field].type : unknown);
        };
        const std::vector<IdentId>* match_args = MatchArgs(c);
        size_t accepted = match_args ? match_args->size() : 0;
        if (positional.size() > accepted) {
          // CPython's TypeError, raised once the instance test has passed.
          Current().pattern_errors[p.index] = program_->classes[c].name + "() accepts " + std::to_string(accepted) +
                                              " positional sub-pattern" + (accepted == 1 ? "" : "s") + " (" +
                                              std::to_string(positional.size()) + " given)";
          sub_unknown();
          return;
        }
        for (size_t i = 0; i < positional.size(); ++i) attribute((*match_args)[i], positional[i]);
        for (size_t i = 0; i < keyword_patterns.size(); ++i) attribute(IdentId(keyword_names[i]), keyword_patterns[i]);
        Current().class_pattern_fields[p.index] = std::move(fields);
        return;
      }
      if (ck == TypeKind::Builtin || ck == TypeKind::ExceptionClass) {
        // int(x), str(x)...: a positional sub-pattern matches the value itself.
        TypeKind want = TypeKind::Unknown;
        bool frozen = false;
        if (ck == TypeKind::Builtin) {
          switch (static_cast<BuiltinFunction>(types()[ct].payload)) {
            case BuiltinFunction::Int: want = TypeKind::Int; break;
            case BuiltinFunction::Bool: want = TypeKind::Bool; break;
            case BuiltinFunction::Float: want = TypeKind::Float; break;
            case BuiltinFunction::Str: want = TypeKind::Str; break;
            case BuiltinFunction::List: want = TypeKind::List; break;
            case BuiltinFunction::Dict: want = TypeKind::Dict; break;
            case BuiltinFunction::Set: want = TypeKind::Set; break;
            case BuiltinFunction::Frozenset: want = TypeKind::Set; frozen = true; break;
            default:
              Unsupported(cls, "a class pattern naming this builtin");
              return;
          }
        }
        if (!keyword_patterns.empty() || (!positional.empty() && ck == TypeKind::ExceptionClass) || positional.size() > 1) {
          Unsupported(p, "these sub-patterns of a built-in class pattern");
          return;
        }
        bool never;
        if (tk == TypeKind::Object) {
          never = false;  // tested when it runs
        } else if (ck == TypeKind::ExceptionClass) {
          never = tk != TypeKind::Class ||
                  !IsSubclass(*program_, types().Get(TypeKind::ClassObject, {}, types()[t].payload), ct);
        } else if (want == TypeKind::Int) {
          never = tk != TypeKind::Int && tk != TypeKind::Bool;  // bool is a subclass of int
        } else if (want == TypeKind::Set) {
          never = tk != TypeKind::Set || (types()[t].payload != 0) != frozen;
        } else {
          never = tk != want;
        }
        if (tk == TypeKind::Optional) Unsupported(p, "a class pattern on an Optional value");
        if (never) {
          Current().never_matching_patterns.insert(p.index);
          sub_unknown();
          return;
        }
        for (NodeId sub : positional) InferPattern(sub, t);
        return;
      }
      Unsupported(cls, "a class pattern naming a value of type " + types().Name(ct));
      return;
    }
    default:
      Unsupported(p, std::string("the pattern ") + NodeKindName(tree_.Kind(p)));
      return;
  }
}

}  // namespace keelback::analysis
