// collections.defaultdict, Counter and OrderedDict: dicts of a DictFlavor
// (type_table.h). They are dict subclasses in CPython, so a Dict type with
// the flavour in its payload gets everything a dict does (subscripts, in,
// len, loops, keys/values/items, get, pop...), and this file types what
// they do differently: the calls making them, a defaultdict's or Counter's
// read of a missing key, Counter's and OrderedDict's own methods and
// Counter's arithmetic (lowering: lower_collections.cpp).
#include "sema/analyzer.h"

#include "types/native_modules.h"

namespace keelback::analysis {

namespace {

DictFlavor FlavorOf(BuiltinFunction f) {
  if (f == BuiltinFunction::CollectionsDefaultdict) return DictFlavor::DefaultDict;
  return f == BuiltinFunction::CollectionsCounter ? DictFlavor::Counter : DictFlavor::OrderedDict;
}

}  // namespace

TypeId Analyzer::DefaultFactoryValue(NodeId at, TypeId factory) {
  TypeKind kind = types().Kind(factory);
  if (kind == TypeKind::NoneType) return types().unknown();  // defaultdict(None): a missing key is a KeyError
  if (kind == TypeKind::Builtin) {
    // The builtins whose call with no argument is a value Keelback makes inline.
    auto f = static_cast<BuiltinFunction>(types()[factory].payload);
    if (f == BuiltinFunction::List) return types().ListOf(types().unknown());
    if (f == BuiltinFunction::Set) return types().SetOf(types().unknown());
    if (f == BuiltinFunction::Dict) return types().DictOf(types().unknown(), types().unknown());
    if (f == BuiltinFunction::Int) return types().int_();
    if (f == BuiltinFunction::Float) return types().float_();
    if (f == BuiltinFunction::Str) return types().str();
    if (f == BuiltinFunction::Bool) return types().bool_();
  }
  if (kind == TypeKind::Function) {
    // Called with no arguments where a key is missing: no parameters, and
    // no variable of an enclosing function (its value has no cell to read).
    NodeId def(types()[factory].payload);
    NodeId arguments = ArgumentsOf(def);
    bool no_params = tree_.Items(arguments, ArgumentsField::posonlyargs).empty() &&
                     tree_.Items(arguments, ArgumentsField::args).empty() &&
                     tree_.Items(arguments, ArgumentsField::kwonlyargs).empty() &&
                     tree_.Field(arguments, ArgumentsField::vararg) == UINT32_MAX &&
                     tree_.Field(arguments, ArgumentsField::kwarg) == UINT32_MAX;
    const ClosureInfo* closure = program_->ClosureOf(def);
    if (no_params && (closure == nullptr || closure->free.empty()) && !IsGeneratorDef(def))
      return program_->instances[Instantiate(def, {}).index].return_type;
  }
  Unsupported(at, "a defaultdict whose default_factory is a value of type " + types().Name(factory) +
                      " (supported: list, set, dict, int, float, str, bool, None, or a function of no parameters "
                      "that reads no variable of an enclosing function)");
  return types().unknown();
}

TypeId Analyzer::InferCollectionsCall(NodeId call, BuiltinFunction f, std::span<const NodeId> args) {
  DictFlavor flavor = FlavorOf(f);
  const char* name = flavor == DictFlavor::DefaultDict ? "defaultdict" : flavor == DictFlavor::Counter ? "Counter" : "OrderedDict";
  std::vector<TypeId> arg_types;
  for (NodeId a : args) {
    if (tree_.Kind(a) == NodeKind::Starred) {
      Unsupported(a, std::string("* arguments to ") + name + "()");
      return types().unknown();
    }
  }
  auto keywords = tree_.Items(call, CallField::keywords);
  if (!keywords.empty() && flavor == DictFlavor::DefaultDict) {
    Unsupported(call, std::string("keyword arguments to ") + name + "()");
    return types().unknown();
  }
  size_t max_args = flavor == DictFlavor::DefaultDict ? 2 : 1;
  if (args.size() > max_args) {
    Unsupported(call, std::string(name) + "() with " + std::to_string(args.size()) + " arguments");
    return types().unknown();
  }
  TypeId key = types().unknown(), value = types().unknown();
  uint32_t payload = DictPayload(flavor);
  size_t initial = 0;  // the argument holding the initial items
  if (flavor == DictFlavor::DefaultDict) {
    TypeId factory = args.empty() ? types().none() : InferExpr(args[0]);
    if (types().Kind(factory) == TypeKind::Unknown) return types().unknown();
    value = DefaultFactoryValue(call, factory);
    payload = DictPayload(flavor, factory.index);
    initial = 1;
  } else if (flavor == DictFlavor::Counter) {
    value = types().int_();
  }
  if (args.size() > initial) {
    // Walked as a for loop walks it (a generator expression, a dict view...).
    NodeId source = args[initial];
    TypeId element = InferIteration(source);
    TypeId t = program_->TypeOf(Current(), source);
    if (types().Kind(t) == TypeKind::Unknown) return types().unknown();
    if (types().Kind(t) == TypeKind::Dict) {
      // Counter(mapping) takes its values as counts.
      key = types()[t].params[0];
      value = Join(value, types()[t].params[1], call, std::string("the values of a ") + name);
    } else if (flavor == DictFlavor::Counter) {
      key = element;
    } else {
      TypeId pair = element;
      if (types().Kind(pair) != TypeKind::Tuple || types()[pair].params.size() != 2) {
        if (types().Kind(pair) != TypeKind::Unknown)
          Unsupported(source, std::string(name) + "() of items of type " + types().Name(pair) + " (not pairs)");
        return types().unknown();
      }
      key = types()[pair].params[0];
      value = Join(value, types()[pair].params[1], call, std::string("the values of a ") + name);
    }
  }
  // Counter(a=2, b=1), OrderedDict(a=1): items keyed by the names, after
  // the positional argument's.
  for (NodeId k : keywords) {
    if (!tree_.Ident(k, KeywordField::arg).IsValid()) {
      Unsupported(k, std::string("** arguments to ") + name + "()");
      continue;
    }
    key = Join(key, types().str(), k, std::string("the keys of a ") + name);
    value = Join(value, InferExpr(tree_.Node(k, KeywordField::value)), k, std::string("the values of a ") + name);
  }
  return types().DictOf(key, value, payload);
}

TypeId Analyzer::InferFlavoredDictRead(NodeId e, NodeId container, TypeId dict, TypeId key) {
  uint32_t payload = types()[dict].payload;
  TypeId value = types()[dict].params[1];
  switch (DictFlavorOf(payload)) {
    case DictFlavor::DefaultDict: {
      TypeId factory(DefaultFactoryIndex(payload));
      if (types().Kind(factory) == TypeKind::NoneType) return value;  // a plain dict's read
      if (types().Kind(factory) == TypeKind::Function)
        Current().default_factory_calls[e.index] = Instantiate(NodeId(types()[factory].payload), {});
      // A missing key is stored with the factory's value.
      if (types().Kind(key) != TypeKind::Unknown && types().Kind(value) != TypeKind::Unknown)
        AddDictEntry(container, dict, key, value, e);
      return value;
    }
    case DictFlavor::Counter:
      return value;  // a missing key counts 0 (and is not stored)
    case DictFlavor::Plain:
    case DictFlavor::OrderedDict:
      break;
  }
  return value;
}

TypeId Analyzer::InferFlavoredDictMethod(NodeId call, NodeId attribute, TypeId dict, std::span<const NodeId> args,
                                         bool& handled) {
  handled = true;
  DictFlavor flavor = DictFlavorOf(types()[dict].payload);
  NodeId container = tree_.Node(attribute, AttributeField::value);
  std::string_view name = tree_.Name(tree_.Ident(attribute, AttributeField::attr));
  TypeId key = types()[dict].params[0], value = types()[dict].params[1];
  auto keywords = tree_.Items(call, CallField::keywords);
  auto positional = [&](size_t lo, size_t hi) {
    for (NodeId a : args)
      if (tree_.Kind(a) == NodeKind::Starred) {
        Unsupported(a, "* arguments to " + std::string(name) + "()");
        return false;
      }
    if (args.size() >= lo && args.size() <= hi) return true;
    Unsupported(call, std::string(name) + "() with " + std::to_string(args.size()) + " arguments");
    return false;
  };
  // `last=` of OrderedDict's methods: a keyword, or the argument after `pos`.
  auto last_argument = [&](size_t pos) {
    for (NodeId k : keywords) {
      IdentId kw = tree_.Ident(k, KeywordField::arg);
      if (!kw.IsValid() || tree_.Name(kw) != "last") {
        Unsupported(k, "this keyword argument to " + std::string(name) + "()");
        continue;
      }
      InferExpr(tree_.Node(k, KeywordField::value));
    }
    if (args.size() > pos) InferExpr(args[pos]);
  };
  if (flavor == DictFlavor::Counter) {
    if (name == "most_common") {
      Record(attribute, types().unknown());
      if (!keywords.empty()) Unsupported(call, "keyword arguments to most_common()");
      if (!positional(0, 1)) return types().unknown();
      if (!args.empty()) InferExpr(args[0]);
      TypeId pair[2] = {key, value};
      return types().ListOf(types().Get(TypeKind::Tuple, pair));
    }
    if (name == "elements") {
      Record(attribute, types().unknown());
      positional(0, 0);
      // Like a view: iterated over, never kept (its repr is itertools.chain's).
      types().ListOf(key);
      if (view_allowed_ != call) Unsupported(call, "Counter.elements() other than as something to iterate over");
      return types().Get(TypeKind::Iterator, std::span<const TypeId>(&key, 1), static_cast<uint32_t>(BuiltinFunction::List));
    }
    if (name == "total") {
      Record(attribute, types().unknown());
      positional(0, 0);
      return value;
    }
    if (name == "update" || name == "subtract") {
      Record(attribute, types().unknown());
      if (!keywords.empty()) Unsupported(call, "keyword arguments to Counter." + std::string(name) + "()");
      if (!positional(0, 1) || args.empty()) return types().none();
      TypeId t = InferExpr(args[0]);
      if (types().Kind(t) == TypeKind::Unknown) return types().none();
      if (types().Kind(t) == TypeKind::Dict) AddDictEntry(container, dict, types()[t].params[0], types()[t].params[1], call);
      else AddDictEntry(container, dict, IterationElement(args[0], t), types().int_(), call);
      return types().none();
    }
  }
  if (flavor == DictFlavor::OrderedDict) {
    if (name == "move_to_end") {
      Record(attribute, types().unknown());
      if (!positional(1, 2)) return types().unknown();
      InferExpr(args[0]);
      last_argument(1);
      return types().none();
    }
    if (name == "popitem") {
      Record(attribute, types().unknown());
      if (!positional(0, 1)) return types().unknown();
      last_argument(0);
      if (types().Kind(value) == TypeKind::Unknown) Unsupported(call, "popitem() of a dict whose value type is unknown");
      TypeId pair[2] = {key, value};
      return types().Get(TypeKind::Tuple, pair);
    }
  }
  handled = false;
  return types().unknown();
}

TypeId Analyzer::InferCounterOperator(NodeId at, BinaryOp op, TypeId left, TypeId right) {
  // CPython's Counter.__add__ / __sub__ / __or__ / __and__: a new Counter
  // (only the positive counts); another right operand is a TypeError.
  if (op != BinaryOp::Add && op != BinaryOp::Sub && op != BinaryOp::BitOr && op != BinaryOp::BitAnd) return TypeId();
  if (DictFlavorOf(types()[left].payload) != DictFlavor::Counter || types().Kind(right) != TypeKind::Dict ||
      DictFlavorOf(types()[right].payload) != DictFlavor::Counter)
    return TypeId();
  return types().DictOf(Join(types()[left].params[0], types()[right].params[0], at, "the keys of a Counter"),
                        Join(types()[left].params[1], types()[right].params[1], at, "the counts of a Counter"),
                        DictPayload(DictFlavor::Counter));
}

}  // namespace keelback::analysis
