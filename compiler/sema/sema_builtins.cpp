// Type inference for calls of the builtins (and of sys and math functions).
#include "sema/analyzer.h"

#include "types/native_modules.h"

#include <algorithm>

namespace keelback::analysis {

bool Analyzer::BuiltinArity(NodeId call, size_t given, size_t lo, size_t hi) {
  if (given >= lo && given <= hi) return true;
  Unsupported(call, "this number of arguments to a built-in");
  return false;
}

TypeId Analyzer::InferBuiltinCall(NodeId call, BuiltinFunction f, std::span<const NodeId> args) {
  if (f == BuiltinFunction::TypingCast) return InferTypingCast(call, args);  // its type argument is not evaluated
  if (f == BuiltinFunction::TypingTypeVar) return InferTypeVarCall(call, args);
  if (IsCollectionsBuiltin(f)) return InferCollectionsCall(call, f, args);
  std::vector<TypeId> arg_types;
  bool known = true;
  // Built-ins that iterate over their first argument take there what a for
  // loop does (a dict view, zip(), enumerate(), a generator expression).
  bool iterates = f == BuiltinFunction::List || f == BuiltinFunction::Sorted || f == BuiltinFunction::Sum ||
                  f == BuiltinFunction::Dict || f == BuiltinFunction::Set || f == BuiltinFunction::Frozenset ||
                  f == BuiltinFunction::Any || f == BuiltinFunction::All || f == BuiltinFunction::Tuple ||
                  f == BuiltinFunction::MathFsum || f == BuiltinFunction::MathProd ||
                  ((f == BuiltinFunction::Min || f == BuiltinFunction::Max) && args.size() == 1);
  for (NodeId a : args) {
    if (f == BuiltinFunction::Print && tree_.Kind(a) == NodeKind::Starred) {
      // print(*items): each item of the iterable is an argument (lowering
      // collects them, boxed, in a list[object]).
      types().ListOf(types().object());
      InferIteration(tree_.Node(a, StarredField::value));
      arg_types.push_back(Record(a, Current().expr_types[tree_.Node(a, StarredField::value).index]));
      if (types().Kind(arg_types.back()) == TypeKind::Unknown) known = false;
      continue;
    }
    if (f == BuiltinFunction::Zip && tree_.Kind(a) == NodeKind::Starred) {
      // zip(*rows): the items of rows are the iterables (see the Zip case).
      arg_types.push_back(Record(a, InferExpr(tree_.Node(a, StarredField::value))));
      if (types().Kind(arg_types.back()) == TypeKind::Unknown) known = false;
      continue;
    }
    if (iterates && a == args[0]) {
      if (f == BuiltinFunction::List) empty_iteration_allowed_ = a;  // a copy, empty too
      InferIteration(a);
      arg_types.push_back(Current().expr_types[a.index]);
    } else {
      arg_types.push_back(InferExpr(a));
    }
    if (types().Kind(arg_types.back()) == TypeKind::Unknown) known = false;
  }
  auto keywords = tree_.Items(call, CallField::keywords);
  // `**mapping` (print(*args, **kwargs) in a wrapper): its names are not
  // known here.
  if (f != BuiltinFunction::Dict)
    for (NodeId k : keywords)
      if (!tree_.Ident(k, KeywordField::arg).IsValid()) {
        InferExpr(tree_.Node(k, KeywordField::value));
        Unsupported(k, "** arguments to a built-in");
        return types().unknown();
      }
  if (f != BuiltinFunction::Print && f != BuiltinFunction::Sorted && f != BuiltinFunction::Dict &&
      f != BuiltinFunction::Enumerate && f != BuiltinFunction::Min && f != BuiltinFunction::Max &&
      f != BuiltinFunction::Open && !IsNumberBuiltin(f) && !keywords.empty())
    Unsupported(call, "keyword arguments to this built-in");
  auto arity = [&](size_t lo, size_t hi) { return BuiltinArity(call, args.size(), lo, hi); };
  switch (f) {
    case BuiltinFunction::Chr: case BuiltinFunction::Ord: case BuiltinFunction::Hex: case BuiltinFunction::Oct:
    case BuiltinFunction::Bin: case BuiltinFunction::Hash: case BuiltinFunction::Id: case BuiltinFunction::Pow:
    case BuiltinFunction::Format: case BuiltinFunction::Tuple: case BuiltinFunction::Type: case BuiltinFunction::Input:
    case BuiltinFunction::Open: case BuiltinFunction::Bytes: case BuiltinFunction::Getattr: case BuiltinFunction::Setattr:
    case BuiltinFunction::Hasattr:
      return InferIoBuiltinCall(call, f, args, arg_types, known);
    case BuiltinFunction::Complex: case BuiltinFunction::MathGcd: case BuiltinFunction::MathLcm:
    case BuiltinFunction::MathFactorial: case BuiltinFunction::MathIsqrt: case BuiltinFunction::MathComb:
    case BuiltinFunction::MathPerm: case BuiltinFunction::MathHypot: case BuiltinFunction::MathFsum:
    case BuiltinFunction::MathProd: case BuiltinFunction::MathDist: case BuiltinFunction::MathFrexp:
    case BuiltinFunction::MathLdexp: case BuiltinFunction::MathModf: case BuiltinFunction::MathIsclose:
      return InferNumberBuiltinCall(call, f, args, arg_types, known);
    case BuiltinFunction::ByteArray:
      return InferByteArrayCall(call, args, arg_types);
    case BuiltinFunction::SysStdout: case BuiltinFunction::SysStderr: case BuiltinFunction::SysStdin:
      Unsupported(call, "calling a stream");
      return types().unknown();
    case BuiltinFunction::Object:  // (an item of __mro__ called)
      Unsupported(call, "calling object");
      return types().unknown();
    case BuiltinFunction::Print:
      for (size_t i = 0; i < args.size(); ++i) RejectBuiltinFunctionText(args[i], arg_types[i]);
      for (NodeId k : keywords) {
        std::string_view name = tree_.Name(tree_.Ident(k, KeywordField::arg));
        TypeId t = InferExpr(tree_.Node(k, KeywordField::value));
        if (name == "sep" || name == "end") {
          if (types().Kind(t) != TypeKind::Str && types().Kind(t) != TypeKind::NoneType &&
              types().Kind(t) != TypeKind::Unknown)
            Unsupported(k, std::string(name) + "= of type " + types().Name(t));
        } else if (name == "file") {
          if (!IsStandardStream(t) && types().Kind(t) != TypeKind::Unknown && types().Kind(t) != TypeKind::File)
            Unsupported(k, "print(file=...) other than sys.stdout, sys.stderr and files");
        } else if (name != "flush") {
          Unsupported(k, "print(" + std::string(name) + "=...)");
        }
      }
      return types().none();
    case BuiltinFunction::Len:
      if (!arity(1, 1) || !known) return known ? types().unknown() : types().int_();
      arg_types[0] = NarrowNotNone(args[0], arg_types[0], true, "object of type 'NoneType' has no len()");
      arg_types[0] = NarrowBuiltinValue(args[0], arg_types[0], "__len__");
      switch (types().Kind(arg_types[0])) {
        case TypeKind::List: case TypeKind::Str: case TypeKind::Tuple: case TypeKind::Range: case TypeKind::Dict:
        case TypeKind::Object: case TypeKind::Set: case TypeKind::Bytes: case TypeKind::ByteArray:
          return types().int_();
        case TypeKind::Class: {
          NodeId method = FindMethod(types()[arg_types[0]].payload, tree_.Find("__len__"));
          if (!method.IsValid()) return types().int_();  // TypeError: object of type 'C' has no len()
          Current().call_targets[call.index] = Instantiate(method, {arg_types[0]});
          return types().int_();
        }
        default:
          if (RaiseWhenCalled(call, arg_types[0], "object of type '" + types().PythonName(arg_types[0]) + "' has no len()"))
            return types().unknown();
          Unsupported(call, "len() of " + types().Name(arg_types[0]));
          return types().unknown();
      }
    case BuiltinFunction::Int:
      if (!arity(0, 2)) return types().unknown();
      if (args.size() == 2) {
        // int(text, base); a number with a base is CPython's TypeError when it runs.
        TypeKind k = types().Kind(arg_types[0]), b = types().Kind(arg_types[1]);
        if (known && ((k != TypeKind::Str && !IsNumeric(arg_types[0])) || (b != TypeKind::Int && b != TypeKind::Bool)))
          Unsupported(call, "int() of " + types().Name(arg_types[0]) + " with a base of " + types().Name(arg_types[1]));
        return types().int_();
      }
      if (known && !args.empty() && types().Kind(arg_types[0]) == TypeKind::Class) return InferNumberConversion(call, f, arg_types[0]);
      if (known && !args.empty() && !IsNumeric(arg_types[0]) && types().Kind(arg_types[0]) != TypeKind::Str &&
          types().Kind(arg_types[0]) != TypeKind::Object && types().Kind(arg_types[0]) != TypeKind::Complex) {
        if (types().Kind(arg_types[0]) != TypeKind::Bytes &&
            RaiseWhenCalled(call, arg_types[0],
                            "int() argument must be a string, a bytes-like object or a real number, not '" +
                                types().PythonName(arg_types[0]) + "'"))
          return types().unknown();
        Unsupported(call, "int() of " + types().Name(arg_types[0]));
      }
      return types().int_();
    case BuiltinFunction::Float:
      if (!arity(0, 1)) return types().unknown();
      if (known && !args.empty() && types().Kind(arg_types[0]) == TypeKind::Class) return InferNumberConversion(call, f, arg_types[0]);
      if (known && !args.empty() && !IsNumeric(arg_types[0]) && types().Kind(arg_types[0]) != TypeKind::Str &&
          types().Kind(arg_types[0]) != TypeKind::Object && types().Kind(arg_types[0]) != TypeKind::Complex)
        Unsupported(call, "float() of " + types().Name(arg_types[0]));
      return types().float_();
    case BuiltinFunction::Str:
    case BuiltinFunction::Repr:
      if (!arity(f == BuiltinFunction::Str ? 0 : 1, 1)) return types().unknown();
      if (!args.empty()) RejectBuiltinFunctionText(args[0], arg_types[0]);
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
        case TypeKind::Bytes: return types().ListOf(types().int_());
        case TypeKind::ByteArray: return types().ListOf(types().int_());
        case TypeKind::File: return types().ListOf(IterationElement(args[0], arg_types[0]));
        case TypeKind::Iterator: return types().ListOf(types()[arg_types[0]].params[0]);
        case TypeKind::Generator: return types().ListOf(types()[arg_types[0]].params[0]);
        case TypeKind::Class: return types().ListOf(IterationElement(args[0], arg_types[0]));
        case TypeKind::Dict: return types().ListOf(types()[arg_types[0]].params[0]);
        case TypeKind::Set: return types().ListOf(types()[arg_types[0]].params[0]);
        case TypeKind::Tuple: return types().ListOf(TupleItems(arg_types[0]));
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
      // round() of an object or a complex: dispatched at run time (CPython's
      // TypeError for a type without __round__).
      if (k == TypeKind::Object || k == TypeKind::Complex || k == TypeKind::Str || k == TypeKind::NoneType)
        return types().object();
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
      // dict, set, frozenset, complex, tuple, bytes, bytearray, range; tested
      // on x's run-time type.
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
              b == BuiltinFunction::Set || b == BuiltinFunction::Frozenset || b == BuiltinFunction::Complex ||
              b == BuiltinFunction::Tuple || b == BuiltinFunction::Bytes || b == BuiltinFunction::ByteArray ||
              b == BuiltinFunction::Range)
            return;
        }
        Unsupported(t, "isinstance() with this second argument");
      };
      for (NodeId t : TupleItemsOrSelf(tree_, spec)) check(t);
      if (types().Kind(arg_types[0]) == TypeKind::Object || types().Kind(arg_types[0]) == TypeKind::Optional) {
        // The run-time test knows no subclass of list, dict or set of the program.
        for (NodeId t : TupleItemsOrSelf(tree_, spec)) {
          TypeId tt = Current().expr_types[t.index];
          if (types().Kind(tt) != TypeKind::Builtin) continue;
          for (const ClassInfo& c : program_->classes)
            if (c.builtin_base == static_cast<int32_t>(types()[tt].payload)) {
              Unsupported(t, "isinstance() of a value of type " + types().Name(arg_types[0]) + " with " +
                                 BuiltinTypeName(static_cast<BuiltinFunction>(types()[tt].payload)) +
                                 " when a class of the program subclasses it");
              break;
            }
        }
      }
      return types().bool_();
    }
    case BuiltinFunction::Issubclass: {
      // issubclass(C, D) or issubclass(C, (D, E, ...)) of the program's
      // classes and built-in exception classes: known at compile time.
      if (!arity(2, 2)) return types().unknown();
      auto is_class = [&](NodeId t) {
        TypeKind k = types().Kind(Current().expr_types[t.index]);
        if (k == TypeKind::ClassObject || k == TypeKind::ExceptionClass || k == TypeKind::Unknown) return true;
        Unsupported(t, "issubclass() of other than the program's classes and exception classes");
        return false;
      };
      if (is_class(args[0]))
        for (NodeId t : TupleItemsOrSelf(tree_, args[1])) is_class(t);
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
      if (types().Kind(arg_types[0]) == TypeKind::Dict)  // a plain dict, whatever the argument's flavour
        return types().DictOf(types()[arg_types[0]].params[0], types()[arg_types[0]].params[1]);
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
      // A complex among them: the total starts as an int and becomes a complex.
      auto dynamic_kind = [&](TypeId t) {
        return types().Kind(t) == TypeKind::Object || types().Kind(t) == TypeKind::Complex;
      };
      bool dynamic = dynamic_kind(element) || dynamic_kind(start);
      if (dynamic && (IsNumeric(element) || dynamic_kind(element)) && (IsNumeric(start) || dynamic_kind(start)))
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
      if (!allow_iterator_) return InferBuiltinValueCall(call, f == BuiltinFunction::Map ? "map" : "filter", args);
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
      if (f == BuiltinFunction::Zip && args.size() == 1 && tree_.Kind(args[0]) == NodeKind::Starred) {
        // zip(*rows): as many iterables as rows has items, so tuples whose
        // length only the run time knows (objects). Its rows are made when
        // the loop starts (kb_zip_rows), so the iterables may not be
        // generators, which would run ahead of the loop's body.
        if (!known) return types().unknown();
        TypeId rows = arg_types[0];
        TypeKind rk = types().Kind(rows);
        TypeId item = rk == TypeKind::Tuple ? types().TupleItemType(rows)
                      : rk == TypeKind::List || rk == TypeKind::Set ? types()[rows].params[0]
                      : rk == TypeKind::Object ? types().object() : TypeId();
        TypeKind ik = item.IsValid() ? types().Kind(item) : TypeKind::Unknown;
        if (!item.IsValid() || (ik != TypeKind::List && ik != TypeKind::Tuple && ik != TypeKind::Str &&
                                ik != TypeKind::Object && ik != TypeKind::Range && ik != TypeKind::Dict &&
                                ik != TypeKind::Set && ik != TypeKind::Bytes && ik != TypeKind::Unknown)) {
          Unsupported(args[0], "zip(*x) of x of type " + types().Name(rows));
          return types().unknown();
        }
        TypeId object = types().object();
        types().ListOf(object);
        return types().Get(TypeKind::Iterator, std::span<const TypeId>(&object, 1), static_cast<uint32_t>(f));
      }
      for (NodeId a : args)
        if (tree_.Kind(a) == NodeKind::Starred) {
          Unsupported(a, "* arguments to zip() other than zip(*rows)");
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
        else if (k == TypeKind::Range) items.push_back(types().int_());
        else if (k == TypeKind::Generator) items.push_back(types()[arg_types[i]].params[0]);
        else if (k == TypeKind::Unknown) return types().unknown();
        else if (k == TypeKind::Class) {
          // An instance: walked through what its __iter__ returns (LowerLoop).
          TypeId item = IterationElement(args[i], arg_types[i]);
          if (types().Kind(item) == TypeKind::Unknown) return item;
          items.push_back(item);
        }
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
      // Arguments other than ints are boxed and raise CPython's TypeError
      // ('float' object cannot be interpreted as an integer) when it runs.
      for (size_t i = 0; i < args.size(); ++i) {
        TypeKind k = types().Kind(arg_types[i]);
        if (k == TypeKind::Iterator || k == TypeKind::Function || k == TypeKind::Module || k == TypeKind::Builtin ||
            k == TypeKind::ClassObject || k == TypeKind::ExceptionClass || k == TypeKind::Generator)
          Unsupported(args[i], "range() of " + types().Name(arg_types[i]));
      }
      return types().Get(TypeKind::Range);
    case BuiltinFunction::Abs:
      if (!arity(1, 1) || !known) return types().unknown();
      if (types().Kind(arg_types[0]) == TypeKind::Object) return types().object();  // dispatched at run time
      if (types().Kind(arg_types[0]) == TypeKind::Class) {
        // abs(obj): obj.__abs__().
        NodeId method = FindMethod(types()[arg_types[0]].payload, tree_.Find("__abs__"));
        if (!method.IsValid()) {
          Unsupported(call, "abs() of an instance of a class without __abs__");
          return types().unknown();
        }
        InstanceId target = Instantiate(method, {arg_types[0]});
        Current().call_targets[call.index] = target;
        return program_->instances[target.index].return_type;
      }
      if (types().Kind(arg_types[0]) == TypeKind::Complex) return types().float_();
      if (!IsNumeric(arg_types[0])) {
        if (RaiseWhenCalled(call, arg_types[0], "bad operand type for abs(): '" + types().PythonName(arg_types[0]) + "'"))
          return types().unknown();
        Unsupported(call, "abs() of " + types().Name(arg_types[0]));
      }
      return types().Kind(arg_types[0]) == TypeKind::Float ? types().float_() : types().int_();
    case BuiltinFunction::TypingCast:
      return InferTypingCast(call, args);
    case BuiltinFunction::TypingTypeVar:
      return InferTypeVarCall(call, args);
    case BuiltinFunction::TypingForm:
      return types().unknown();  // reported where the name is read (CheckModelledValue)
    case BuiltinFunction::CollectionsDefaultdict:
    case BuiltinFunction::CollectionsCounter:
    case BuiltinFunction::CollectionsOrderedDict:
      return InferCollectionsCall(call, f, args);
#define NATIVE_FUNCTION(Module, Name, Runtime, Result, Params) case BuiltinFunction::Native_##Module##_##Name:
#include "types/native_functions.def"
      return InferNativeFunctionCall(call, f, args, arg_types);
#define MATH_FUNCTION(Name, Arity, Result) case BuiltinFunction::Math_##Name:
#include "types/math_functions.def"
    {
      if (f == BuiltinFunction::Math_log || f == BuiltinFunction::Math_log2 || f == BuiltinFunction::Math_log10)
        return InferNumberBuiltinCall(call, f, args, arg_types, known);
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
        // The empty tuple has no item type: the call always raises ValueError
        // or gives the default (its item, never made, is typed None).
        bool empty_tuple = types().Kind(arg_types[0]) == TypeKind::Tuple && types()[arg_types[0]].params.empty();
        if (empty_tuple) element = types().none();
        TypeId result = element;
        for (NodeId k : keywords) {
          std::string_view kw = tree_.Name(tree_.Ident(k, KeywordField::arg));
          NodeId value = tree_.Node(k, KeywordField::value);
          if (kw == "key") {
            InferKey(value, element);
          } else if (kw == "default") {
            // What an empty iterable gives instead of the ValueError.
            TypeId fallback = InferExpr(value);
            result = empty_tuple ? fallback : Join(result, fallback, value, "min()/max() with a default");
          } else {
            Unsupported(k, std::string(f == BuiltinFunction::Min ? "min" : "max") + "() with this keyword argument");
          }
        }
        return result;
      }
      if (!keywords.empty()) Unsupported(call, "keyword arguments to min() and max() of several arguments");
      if (args.size() < 2) {
        Unsupported(call, "min() and max() without arguments");
        return types().unknown();
      }
      if (!known) return types().unknown();
      TypeId t = arg_types[0];
      // Instances of one class compare through its ordering methods (boxed,
      // as CPython calls them: __lt__ for min, __gt__ for max, or reflected).
      bool ordered_instances = types().Kind(t) == TypeKind::Class;
      for (TypeId a : arg_types) {
        if (a != t || (!IsNumeric(a) && !ordered_instances)) {
          Unsupported(call, "min() and max() of mixed or non-numeric types");
          return types().unknown();
        }
      }
      return t;
    }
    case BuiltinFunction::Next:
    case BuiltinFunction::Iter:
      return InferNextOrIter(call, f, args, arg_types);
  }
  return types().unknown();
}

// A builtin called with an argument of a built-in type it refuses
// (`len(5)`): the call raises CPython's TypeError when it runs, after its
// arguments are evaluated. False (nothing recorded) for other types, whose
// class name is not known statically.
bool Analyzer::RaiseWhenCalled(NodeId call, TypeId argument, std::string message) {
  switch (types().Kind(argument)) {
    case TypeKind::Int: case TypeKind::Bool: case TypeKind::Float: case TypeKind::Complex: case TypeKind::NoneType:
    case TypeKind::Str: case TypeKind::List: case TypeKind::Tuple: case TypeKind::Dict: case TypeKind::Set:
    case TypeKind::Range: case TypeKind::Bytes:
      Current().call_errors[call.index] = std::move(message);
      return true;
    default:
      return false;
  }
}

}  // namespace keelback::analysis
