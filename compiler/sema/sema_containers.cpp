// Lists, dicts, sets and strs: their methods, and the refining and widening of
// containers whose item types were not known when they were made.
#include "sema/analyzer.h"

#include <algorithm>

namespace keelback::analysis {

void Analyzer::RefineContainer(NodeId container, TypeId refined, NodeId at) {
  if (RefineBuiltinValue(container, refined, at)) return;
  NodeKind k = tree_.Kind(container);
  if (k == NodeKind::Attribute) {
    // A class attribute read through an instance (self.items.append(x)).
    auto g = Current().names.find(container.index);
    if (g != Current().names.end()) {
      SetGlobalType(g->second.index, refined, at);
      return;
    }
  }
  if (k == NodeKind::Subscript && RefineThroughSubscript(container, refined, at)) return;
  if (k == NodeKind::Name || k == NodeKind::Attribute) {
    refining_ = true;
    AssignTo(container, refined);
    refining_ = false;
    return;
  }
  RefineExpr(container, refined, at);
}

bool Analyzer::WidenContainer(NodeId container, TypeId widened, NodeId at) {
  // The value a subclass of list, dict or set holds: no other reference to it is typed.
  if (RefineBuiltinValue(container, widened, at)) return true;
  if (tree_.Kind(container) == NodeKind::Attribute) {
    // A field (self.items) whose every assignment is a new container; not a
    // class attribute (a global) or a property.
    IdentId attr = tree_.Ident(container, AttributeField::attr);
    int32_t cls = ClassOfValue(program_->TypeOf(Current(), tree_.Node(container, AttributeField::value)));
    if (cls < 0 || Current().names.count(container.index) || FindProperty(cls, attr, false).IsValid() ||
        non_fresh_fields_.count(attr.index))
      return false;
    RefineContainer(container, widened, at);
    return true;
  }
  if (tree_.Kind(container) != NodeKind::Name) {
    // A container reached through another (rows[i], d.setdefault(k, [])):
    // widened where every path to it can be.
    return RefineExpr(container, widened, at, true);
  }
  NameBinding b = ResolveName(container);
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
    case NodeKind::BinOp:  // [None] * n, a + b: a new list
      return true;
    case NodeKind::Subscript:  // a slice: a new list
      return tree_.Kind(tree_.Node(value, SubscriptField::slice)) == NodeKind::Slice;
    case NodeKind::Call: {
      NodeId func = tree_.Node(value, CallField::func);
      if (tree_.Kind(func) == NodeKind::Name) return ResolveName(func).kind == NameBinding::Kind::Builtin;
      // A str method's list (split) is new.
      if (tree_.Kind(func) == NodeKind::Attribute) {
        TypeKind receiver = types().Kind(program_->TypeOf(Current(), tree_.Node(func, AttributeField::value)));
        // x.copy() of a list, dict or set is new too.
        if ((receiver == TypeKind::List || receiver == TypeKind::Dict || receiver == TypeKind::Set) &&
            tree_.Name(tree_.Ident(func, AttributeField::attr)) == "copy")
          return true;
        return receiver == TypeKind::Str;
      }
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
    case TypeKind::Bytes: case TypeKind::Range: case TypeKind::ByteArray:
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
  // A dict holds its keys and values boxed: None and a boxed T complete
  // into Optional[T] (Complete's rules for items).
  if (TypeId ck = Complete(k, key, true, 1), cv = Complete(v, value, true, 1); ck.IsValid() && cv.IsValid()) {
    if (ck != k || cv != v) RefineContainer(container, types().DictLike(dict, ck, cv), at);
    return;
  }
  bool key_ok = k == key || types().Kind(k) == TypeKind::Unknown || types().Kind(k) == TypeKind::Object;
  bool value_ok = v == value || types().Kind(v) == TypeKind::Unknown || types().Kind(v) == TypeKind::Object ||
                  IsEmptyContainerOf(value, v);  // `graph[k] = []` in a dict[str, list[int]]
  if (key_ok && value_ok && (types().Kind(k) == TypeKind::Unknown || types().Kind(v) == TypeKind::Unknown)) {
    RefineContainer(container, types().DictLike(dict, types().Kind(k) == TypeKind::Unknown ? key : k,
                                               types().Kind(v) == TypeKind::Unknown ? value : v), at);
    return;
  }
  if (key_ok && value_ok) return;
  if ((key_ok || HasUnknownPart(k)) && (value_ok || HasUnknownPart(v)) && (HasUnknownPart(k) || HasUnknownPart(v))) {
    RefineContainer(container, types().DictLike(dict, key_ok ? k : Join(k, key, at, "a dict's keys"),
                                               value_ok ? v : Join(v, value, at, "a dict's values")), at);
    return;
  }
  // Values of another type widen the dict's values to object in place (a
  // dict holds its values boxed, whatever their type), when no narrower
  // reference to it can exist.
  if (key_ok && WidenContainer(container, types().DictLike(dict, k, types().object()), at))
    return;
  Unsupported(at, "storing " + types().Name(key) + ": " + types().Name(value) + " in a " + types().Name(dict));
}

// The methods of dict, on a dict[K, V].
TypeId Analyzer::InferDictMethodCall(NodeId call, NodeId attribute, TypeId dict, std::span<const NodeId> args) {
  if (DictFlavorOf(types()[dict].payload) != DictFlavor::Plain) {
    bool handled = false;
    TypeId t = InferFlavoredDictMethod(call, attribute, dict, args, handled);
    if (handled) return t;
  }
  if (DictFlavorOf(types()[dict].payload) != DictFlavor::Plain) {
    bool handled = false;
    TypeId t = InferFlavoredDictMethod(call, attribute, dict, args, handled);
    if (handled) return t;
  }
  NodeId container = tree_.Node(attribute, AttributeField::value);
  std::string_view name = tree_.Name(tree_.Ident(attribute, AttributeField::attr));
  Record(attribute, types().unknown());
  std::vector<TypeId> arg_types;
  InferArguments(args, arg_types);
  auto keywords = tree_.Items(call, CallField::keywords);
  if (!keywords.empty() && name != "update") Unsupported(call, "keyword arguments to dict methods");
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
    if (name == "setdefault" && args.size() == 2) {
      AddDictEntry(container, dict, arg_types[0], arg_types[1], call);
      FlowBack(args[1], value, call);
    }
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
    // d.update(other, name=value, ...): other's items, then the keywords'.
    for (NodeId k : keywords) {
      if (!tree_.Ident(k, KeywordField::arg).IsValid()) {
        Unsupported(k, "** arguments to dict.update()");
        continue;
      }
      AddDictEntry(container, dict, types().str(), InferExpr(tree_.Node(k, KeywordField::value)), call);
    }
    if (args.empty() && !keywords.empty()) return types().none();
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
  // Unknown parts (or None items) completed: the paths to the list follow
  // (RefineExpr); an item narrower than the list's is completed by FlowBack.
  if (TypeId completed = Complete(current, element, true, 1); completed.IsValid()) {
    if (completed != current) RefineContainer(container, types().ListOf(completed), at);
    return;
  }
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
  // (The element is stored boxed, whatever its own representation; a new
  // list of unboxed floats or bools is boxed where it is stored, see Coerce.)
  if (WidenContainer(container, types().ListOf(types().object()), at))
    return;
  Unsupported(at, "storing a value of type " + types().Name(element) + " in a " + types().Name(list));
}

// The methods of str (str_methods.def): each argument checked against its
// parameter letter.
TypeId Analyzer::InferStrMethodCall(NodeId call, NodeId attribute, std::span<const NodeId> args) {
  std::string_view name = tree_.Name(tree_.Ident(attribute, AttributeField::attr));
  Record(attribute, types().unknown());
  std::vector<TypeId> arg_types;
  if (name == "join" && args.size() == 1 && tree_.Kind(args[0]) == NodeKind::Call) {
    // join iterates over its argument, as a for loop does (map(), filter(),
    // a dict view, zip(): its items are collected into a list first).
    InferIteration(args[0]);
    arg_types.push_back(Current().expr_types[args[0].index]);
  } else {
    NodeId saved_view = view_allowed_;
    if (name == "join" && !args.empty()) view_allowed_ = args[0];
    InferArguments(args, arg_types);
    view_allowed_ = saved_view;
  }
  int index = FindStrMethod(name);
  if (name == "format_map") {
    // The names are looked up in a dict of str keys (KeyError for a missing one).
    TypeId mapping = arg_types.empty() ? types().unknown() : arg_types[0];
    if (args.size() != 1 || !tree_.Items(call, CallField::keywords).empty()) {
      Unsupported(call, "str.format_map() with other than one positional argument");
    } else if (types().Kind(mapping) != TypeKind::Unknown &&
               (types().Kind(mapping) != TypeKind::Dict || types()[mapping].params[0] != types().str())) {
      Unsupported(args[0], "str.format_map() of " + types().Name(mapping) + " (a dict with str keys works)");
    }
  }
  if (name == "format" || name == "format_map") {
    // format: any arguments; they are passed boxed, positional ones in a
    // tuple and keyword ones in a dict.
    if (name == "format") {
      for (NodeId k : tree_.Items(call, CallField::keywords)) {
        if (!tree_.Ident(k, KeywordField::arg).IsValid()) Unsupported(k, "** arguments");
        InferExpr(tree_.Node(k, KeywordField::value));
      }
      types().Get(TypeKind::Tuple, arg_types);
      types().DictOf(types().str(), types().object());
    }
    // The runtime has no attribute lookup by name: a literal format string
    // with an attribute field ("{p.x}") is rejected rather than raising.
    NodeId receiver = tree_.Node(attribute, AttributeField::value);
    if (tree_.Kind(receiver) == NodeKind::Constant) {
      const Constant& c = tree_.GetConstant(ConstantId(tree_.Field(receiver, ConstantField::value)));
      if (c.kind == Constant::Kind::Str) {
        std::string_view text = c.text;
        for (size_t i = 0; i < text.size(); ++i) {
          if (text[i] != '{') continue;
          if (i + 1 < text.size() && text[i + 1] == '{') {
            ++i;
            continue;
          }
          size_t j = i + 1;
          while (j < text.size() && text[j] != '}' && text[j] != ':' && text[j] != '!' && text[j] != '[' &&
                 text[j] != '.')
            ++j;
          if (j < text.size() && text[j] == '.') {
            Unsupported(call, "attribute fields in str." + std::string(name) + "() (\"{name.attr}\")");
            break;
          }
        }
      }
    }
    return types().str();
  }
  if (index < 0) {
    Unsupported(call, "str." + std::string(name) + "()");
    return types().unknown();
  }
  const StrMethodInfo& m = kStrMethods[index];
  std::string_view params = m.params;
  // Keyword arguments (split(maxsplit=1)): each takes its parameter's slot
  // after the positional ones; lowering passes None for a skipped optional
  // one (the runtime's "absent" for the only such gap, split's sep).
  std::vector<NodeId> slots(args.begin(), args.end());
  for (NodeId k : tree_.Items(call, CallField::keywords)) {
    TypeId t = InferExpr(tree_.Node(k, KeywordField::value));
    IdentId arg = tree_.Ident(k, KeywordField::arg);
    int slot = arg.IsValid() ? StrMethodKeywordIndex(name, tree_.Name(arg)) : -1;
    if (slot < 0 || size_t(slot) < args.size() || (size_t(slot) < slots.size() && slots[slot].IsValid())) {
      Unsupported(k, arg.IsValid() ? "keyword argument '" + std::string(tree_.Name(arg)) + "' of str." +
                                         std::string(name) + "()"
                                   : std::string("** arguments"));
      continue;
    }
    if (slots.size() <= size_t(slot)) {
      slots.resize(size_t(slot) + 1);
      arg_types.resize(size_t(slot) + 1, types().none());
    }
    slots[size_t(slot)] = tree_.Node(k, KeywordField::value);
    arg_types[size_t(slot)] = t;
  }
  args = slots;
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
      case 'M': ok = k == TypeKind::Dict; break;
      default: ok = k != TypeKind::Iterator || name == "join"; break;  // P, o: any value, boxed
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
void Analyzer::AddSetElement(NodeId container, TypeId set, TypeId item, NodeId at) {
  bool frozen = types()[set].payload != 0;
  TypeId element = ElementOf(set);
  if (types().Kind(item) == TypeKind::Unknown || item == element) return;
  if (TypeId completed = Complete(element, item, false); completed.IsValid()) {
    if (completed != element) RefineContainer(container, types().SetOf(completed, frozen), at);
    return;
  }
  if (types().Kind(element) == TypeKind::Unknown || HasUnknownPart(element)) {
    RefineContainer(container, types().SetOf(Join(element, item, at, "a set's items"), frozen), at);
  } else if (types().Kind(element) != TypeKind::Object &&
             !WidenContainer(container, types().SetOf(types().object(), frozen), at)) {
    Unsupported(at, "adding a value of type " + types().Name(item) + " to a " + types().Name(set));
  }
}

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
  auto add = [&](TypeId item) { AddSetElement(container, set, item, call); };
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
    if (sort_keywords_ok && kw == "key") {
      InferKey(tree_.Node(k, KeywordField::value), ElementOf(list));
      continue;
    }
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
    if (arity(1, 1)) {
      AddListElement(container, list, arg_types[0], call);
      FlowBack(args[0], element, call);
    }
    return types().none();
  }
  if (name == "insert") {
    if (arity(2, 2)) {
      int_arg(0);
      AddListElement(container, list, arg_types[1], call);
      FlowBack(args[1], element, call);
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
    // A list nothing is ever stored in is empty: IndexError (lowering).
    if (types().Kind(element) == TypeKind::Unknown) CheckInferredEmpty(call, "pop() from a list");
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

}  // namespace keelback::analysis

namespace keelback::analysis {

TypeId Analyzer::TupleSliceType(TypeId tuple, NodeId slice) {
  const std::vector<TypeId> items = types()[tuple].params;
  for (TypeId t : items)
    if (types().Kind(t) == TypeKind::Unknown) return types().unknown();
  int64_t bound[3] = {0, 0, 1};
  bool given[3] = {false, false, false};
  uint32_t fields[3] = {SliceField::lower, SliceField::upper, SliceField::step};
  for (int k = 0; k < 3; ++k) {
    NodeId part = tree_.Node(slice, fields[k]);
    if (!part.IsValid()) continue;
    if (tree_.Kind(part) == NodeKind::Constant &&
        tree_.GetConstant(ConstantId(tree_.Field(part, ConstantField::value))).kind == Constant::Kind::None)
      continue;
    if (!LiteralInt(part, bound[k])) return types().object();
    given[k] = true;
  }
  // PySlice_Unpack and PySlice_AdjustIndices on the known length.
  int64_t n = static_cast<int64_t>(items.size());
  int64_t step = given[2] ? bound[2] : 1;
  if (step == 0) return types().object();  // ValueError: slice step cannot be zero
  auto adjust = [&](int64_t v) {
    if (v < 0) {
      v += n;
      if (v < 0) v = step < 0 ? -1 : 0;
    } else if (v >= n) {
      v = step < 0 ? n - 1 : n;
    }
    return v;
  };
  int64_t lo = given[0] ? adjust(bound[0]) : (step < 0 ? n - 1 : 0);
  int64_t hi = given[1] ? adjust(bound[1]) : (step < 0 ? -1 : n);
  std::vector<TypeId> picked;
  for (int64_t i = lo; step > 0 ? i < hi : i > hi; i += step) picked.push_back(items[static_cast<size_t>(i)]);
  return types().Get(TypeKind::Tuple, picked);
}

}  // namespace keelback::analysis
