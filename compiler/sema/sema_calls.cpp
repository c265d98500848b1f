// Type inference for calls: user functions (binding arguments to parameters),
// and the builtins.
#include "sema/analyzer.h"

#include <algorithm>

namespace keelback::analysis {

TypeId Analyzer::InferCall(NodeId call) {
  NodeId func = tree_.Node(call, CallField::func);
  std::span<const NodeId> args = tree_.Items(call, CallField::args);
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
    int32_t cls = ClassOfValue(base);
    IdentId attr = tree_.Ident(func, AttributeField::attr);
    bool field_value = cls >= 0 && !FindMethod(static_cast<uint32_t>(cls), attr).IsValid() &&
                       program_->classes[cls].FieldIndex(attr) >= 0;
    if (field_value) {
      TypeKind fk = types().Kind(program_->classes[cls].fields[program_->classes[cls].FieldIndex(attr)].type);
      field_value = fk == TypeKind::Function || fk == TypeKind::Object;
    }
    if (field_value) Current().field_value_calls.insert(call.index);  // called below as a value
    else if (cls >= 0) return InferMethodCall(call, func, args);
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
  NodeId saved_callee = callee_;
  callee_ = func;
  TypeId ft = InferExpr(func);
  callee_ = saved_callee;
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
      if (!BindCall(call, def, false, arg_types, known)) {
        // Arguments that do not fit raise TypeError when the call runs.
        return Current().call_errors.count(call.index) ? types().none() : types().unknown();
      }
      if (!known) return types().unknown();
      InstanceId target = Instantiate(def, arg_types);
      Current().call_targets[call.index] = target;
      return program_->instances[target.index].return_type;
    }
    case TypeKind::Object:
      return InferFunctionValueCall(call, args);
    case TypeKind::Unknown:
      for (NodeId a : args) InferExpr(a);
      for (NodeId k : tree_.Items(call, CallField::keywords)) InferExpr(tree_.Node(k, KeywordField::value));
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
        } else if (kw == "key") {
          InferKey(value, element);
        } else {
          Unsupported(k, "this keyword argument to sorted()");
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
      // Values of several types: the running total is an object, each +
      // dispatched at run time (CPython's TypeError for int + str...).
      bool dynamic = types().Kind(element) == TypeKind::Object || types().Kind(start) == TypeKind::Object;
      if (dynamic && (IsNumeric(element) || types().Kind(element) == TypeKind::Object) &&
          (IsNumeric(start) || types().Kind(start) == TypeKind::Object))
        return types().object();
      if (!IsNumeric(element) || !IsNumeric(start)) {
        Unsupported(call, "sum() of " + types().Name(element));
        return types().unknown();
      }
      // The running total: int + int stays an int, anything with a float is a float.
      return types().Kind(element) == TypeKind::Float || types().Kind(start) == TypeKind::Float ? types().float_()
                                                                                             : types().int_();
    }
    case BuiltinFunction::Callable: {
      // Known from the static type; an object would need its run-time type.
      if (!arity(1, 1) || !known) return types().bool_();
      TypeKind k = types().Kind(arg_types[0]);
      if (k == TypeKind::Object || k == TypeKind::Optional) Unsupported(call, "callable() of " + types().Name(arg_types[0]));
      return types().bool_();
    }
    case BuiltinFunction::Map:
    case BuiltinFunction::Filter: {
      // map(f, iterable) / filter(f or None, iterable): lazy, walked where a
      // loop (or list(), sorted(), sum()...) consumes it, calling f per item.
      const char* what = f == BuiltinFunction::Map ? "map()" : "filter()";
      if (!allow_iterator_) {
        Unsupported(call, std::string(what) + " other than as the iterable of a for loop, comprehension or builtin");
        return types().unknown();
      }
      if (!arity(2, 2) || !known) return types().unknown();
      TypeId element = IterationElement(args[1], arg_types[1]);
      if (types().Kind(element) == TypeKind::Unknown) return types().unknown();
      TypeId item = element;
      if (!(f == BuiltinFunction::Filter && types().Kind(arg_types[0]) == TypeKind::NoneType)) {
        TypeId result = InferUnaryCall(args[0], arg_types[0], element);
        if (types().Kind(result) == TypeKind::Unknown) return types().unknown();
        if (f == BuiltinFunction::Map) item = result;
      }
      return types().Get(TypeKind::Iterator, std::span<const TypeId>(&item, 1), static_cast<uint32_t>(f));
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
          if (kw == "key") {
            InferKey(value, element);
          } else {
            Unsupported(k, std::string(f == BuiltinFunction::Min ? "min" : "max") + "() with this keyword argument");
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

bool Analyzer::BindCall(NodeId call, NodeId def, bool has_self, std::vector<TypeId>& arg_types, bool& known) {
  NodeId arguments = ArgumentsOf(def);
  // The parameters in slot order (see ScopeOf): positional ones (positional-
  // only first), *args, keyword-only ones, **kwargs.
  std::vector<NodeId> params;
  for (NodeId p : tree_.Items(arguments, ArgumentsField::posonlyargs)) params.push_back(p);
  size_t posonly = params.size();
  for (NodeId p : tree_.Items(arguments, ArgumentsField::args)) params.push_back(p);
  size_t positional_params = params.size();
  auto defaults = tree_.Items(arguments, ArgumentsField::defaults);
  auto kwonly = tree_.Items(arguments, ArgumentsField::kwonlyargs);
  auto kw_defaults = tree_.Items(arguments, ArgumentsField::kw_defaults);
  bool takes_varargs = tree_.Field(arguments, ArgumentsField::vararg) != UINT32_MAX;
  bool takes_kwargs = tree_.Field(arguments, ArgumentsField::kwarg) != UINT32_MAX;
  auto call_args = tree_.Items(call, CallField::args);
  auto keywords = tree_.Items(call, CallField::keywords);
  std::string name = QualifiedName(def);
  size_t first = has_self ? 1 : 0;
  size_t count = positional_params > first ? positional_params - first : 0;  // positional parameters bound here
  size_t varargs_entry = count;                                           // bound[] index of *args, if any
  size_t kwonly_base = count + (takes_varargs ? 1 : 0);
  std::vector<NodeId> bound(kwonly_base + kwonly.size());
  FunctionInstance::KeywordPack pack;
  pack.forwarded.assign(bound.size(), -1);
  std::vector<IdentId> packed_names;
  bool uses_pack = takes_kwargs || takes_varargs;
  bool ok = true;
  // Every argument is inferred, in the order written, whatever happens. A
  // `*t` argument of a tuple type stands for its items.
  struct Positional {
    NodeId value;
    int32_t item;  // -1: the value itself; else item `item` of the tuple `value`
  };
  std::vector<Positional> positional;
  for (NodeId a : call_args) {
    if (tree_.Kind(a) != NodeKind::Starred) {
      InferExpr(a);
      positional.push_back({a, -1});
      continue;
    }
    NodeId inner = tree_.Node(a, StarredField::value);
    TypeId t = InferExpr(inner);
    Record(a, t);
    if (types().Kind(t) == TypeKind::Unknown) {
      known = false;
      continue;
    }
    if (types().Kind(t) != TypeKind::Tuple) {
      Unsupported(a, "* arguments of type " + types().Name(t) + " (a tuple's length is known; this one's is not)");
      ok = false;
      continue;
    }
    for (size_t j = 0; j < types()[t].params.size(); ++j) positional.push_back({inner, static_cast<int32_t>(j)});
  }
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
  if (!ok) return false;
  if (!known) return true;
  // Arguments that do not fit the parameters: CPython's TypeError, raised
  // when the call runs (call_errors), in the order CPython checks them
  // (keywords, then the number of positional arguments, then what is missing).
  std::string error;
  auto fail = [&](std::string message) {
    if (error.empty()) error = std::move(message);
  };
  for (size_t i = 0; i < positional.size() && i < count; ++i) {
    bound[i] = positional[i].value;
    pack.forwarded[i] = positional[i].item;
  }
  if (takes_varargs) {
    bound[varargs_entry] = tree_.Node(call, CallField::func);  // the marker of *args (KeywordPack::varargs)
    for (size_t i = count; i < positional.size(); ++i) pack.varargs.push_back({positional[i].value, positional[i].item});
  }
  // Binds keyword `kw` to its parameter; false when the function has none.
  std::vector<std::string> posonly_given;
  auto bind_keyword = [&](IdentId kw, NodeId value, int32_t forwarded) {
    size_t entry = SIZE_MAX;
    for (size_t i = std::max(first, posonly); i < positional_params; ++i)
      if (tree_.Ident(params[i], ArgField::arg) == kw) entry = i - first;
    for (size_t i = 0; i < kwonly.size(); ++i)
      if (tree_.Ident(kwonly[i], ArgField::arg) == kw) entry = kwonly_base + i;
    if (entry == SIZE_MAX) {
      for (size_t i = first; i < posonly; ++i)
        if (tree_.Ident(params[i], ArgField::arg) == kw && !takes_kwargs) posonly_given.push_back(std::string(tree_.Name(kw)));
      return false;
    }
    if (bound[entry].IsValid()) {
      fail(name + "() got multiple values for argument '" + std::string(tree_.Name(kw)) + "'");
    } else {
      bound[entry] = value;
      pack.forwarded[entry] = forwarded;
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
        if (bind_keyword(names[j], value, static_cast<int32_t>(j))) continue;
        if (takes_kwargs) {
          Unsupported(k, "passing **kwargs on to a function that takes **kwargs");
          ok = false;
        } else if (posonly_given.empty()) {
          fail(name + "() got an unexpected keyword argument '" + std::string(tree_.Name(names[j])) + "'");
        }
      }
      continue;
    }
    if (bind_keyword(kw, value, -1)) continue;
    if (takes_kwargs && std::find(packed_names.begin(), packed_names.end(), kw) == packed_names.end()) {
      packed_names.push_back(kw);
      pack.packed.push_back(value);
      continue;
    }
    if (!posonly_given.empty() && posonly_given.back() == tree_.Name(kw)) continue;
    fail(takes_kwargs ? name + "() got multiple values for keyword argument '" + std::string(tree_.Name(kw)) + "'"
                      : name + "() got an unexpected keyword argument '" + std::string(tree_.Name(kw)) + "'");
  }
  if (!posonly_given.empty()) {
    std::string list;
    for (size_t i = 0; i < posonly_given.size(); ++i) list += (i ? ", " : "") + posonly_given[i];
    fail(name + "() got some positional-only arguments passed as keyword arguments: '" + list + "'");
  }
  if (positional.size() > count && !takes_varargs) {
    // CPython counts self among the positional parameters and arguments.
    size_t most = positional_params, given = positional.size() + first;
    size_t least = most - std::min(defaults.size(), most);
    std::string takes = least == most ? std::to_string(most) : "from " + std::to_string(least) + " to " + std::to_string(most);
    size_t kw_given = 0;
    for (size_t i = 0; i < kwonly.size(); ++i) kw_given += bound[kwonly_base + i].IsValid() ? 1 : 0;
    std::string also = kw_given == 0 ? "" : " positional argument" + std::string(given == 1 ? "" : "s") + " (and " +
                                                std::to_string(kw_given) + " keyword-only argument" + (kw_given == 1 ? "" : "s") + ")";
    fail(name + "() takes " + takes + " positional argument" + (most == 1 && least == most ? "" : "s") + " but " +
         std::to_string(given) + (also.empty() ? (given == 1 ? " was" : " were") : also + (given + kw_given == 1 ? " was" : " were")) +
         " given");
  }
  auto missing_error = [&](std::vector<std::string>& missing, const char* kind) {
    if (missing.empty()) return;
    std::string list;
    for (size_t i = 0; i < missing.size(); ++i) {
      if (i > 0) list += missing.size() == 2 ? " and " : i + 1 == missing.size() ? ", and " : ", ";
      list += missing[i];
    }
    fail(name + "() missing " + std::to_string(missing.size()) + " required " + kind + " argument" +
         (missing.size() == 1 ? "" : "s") + ": " + list);
  };
  std::vector<std::string> missing;
  for (size_t i = 0; i < count; ++i) {
    if (bound[i].IsValid()) continue;
    size_t param = i + first;
    size_t first_default = positional_params - defaults.size();
    if (param >= first_default) {
      bound[i] = defaults[param - first_default];
      InferExpr(bound[i]);
    } else {
      missing.push_back("'" + std::string(tree_.Name(tree_.Ident(params[param], ArgField::arg))) + "'");
    }
  }
  missing_error(missing, "positional");
  missing.clear();
  for (size_t i = 0; i < kwonly.size(); ++i) {
    if (bound[kwonly_base + i].IsValid()) continue;
    if (i < kw_defaults.size() && kw_defaults[i].IsValid()) {
      bound[kwonly_base + i] = kw_defaults[i];
      InferExpr(kw_defaults[i]);
    } else {
      missing.push_back("'" + std::string(tree_.Name(tree_.Ident(kwonly[i], ArgField::arg))) + "'");
    }
  }
  missing_error(missing, "keyword-only");
  if (!ok) return false;
  if (!error.empty()) {
    Current().call_errors[call.index] = error;
    return false;
  }
  for (size_t i = 0; i < bound.size(); ++i) {
    TypeId t;
    if (takes_varargs && i == varargs_entry) {
      std::vector<TypeId> items;
      for (auto [value, item] : pack.varargs) {
        TypeId vt = Current().expr_types[value.index];
        items.push_back(item >= 0 ? types()[vt].params[static_cast<size_t>(item)] : vt);
      }
      t = pack.varargs_type = types().Get(TypeKind::Tuple, items);
      for (TypeId it : items)
        if (types().Kind(it) == TypeKind::Unknown) known = false;
    } else {
      t = Current().expr_types[bound[i].index];
      if (pack.forwarded[i] >= 0) t = types()[t].params[static_cast<size_t>(pack.forwarded[i])];
    }
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
  bool forwards = std::any_of(pack.forwarded.begin(), pack.forwarded.end(), [](int32_t f) { return f >= 0; });
  if (uses_pack || forwards) Current().keyword_packs[call.index] = std::move(pack);
  Current().call_bindings[call.index] = std::move(bound);
  return true;
}

int32_t Analyzer::KwargsSlot() {
  NodeId def = Current().def;
  if (!def.IsValid()) return -1;
  NodeId arguments = ArgumentsOf(def);
  if (tree_.Field(arguments, ArgumentsField::kwarg) == UINT32_MAX) return -1;
  return static_cast<int32_t>(tree_.Items(arguments, ArgumentsField::posonlyargs).size() +
                              tree_.Items(arguments, ArgumentsField::args).size() +
                              (tree_.Field(arguments, ArgumentsField::vararg) != UINT32_MAX ? 1 : 0) +
                              tree_.Items(arguments, ArgumentsField::kwonlyargs).size());
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

}  // namespace keelback::analysis
