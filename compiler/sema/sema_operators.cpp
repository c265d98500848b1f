// Operator methods that return NotImplemented: a comparison then tries the
// right operand's reflected method, and falls back to identity (== and !=)
// or CPython's TypeError. (Binary operators: InferBinary.)
#include "sema/analyzer.h"

namespace keelback::analysis {

void Analyzer::NoteComparisonFallback(NodeId e, CmpOp op, TypeId left, TypeId right, bool reflected) {
  FunctionInstance::OperatorFallback fallback{left, right, InstanceId(), "", false};
  bool negated = Current().negated_comparisons.count(e.index) != 0;
  if (!reflected && types().Kind(right) == TypeKind::Class) {
    // b.__gt__(a) for a < b; b.__eq__(a) for == (and for != answered by __eq__).
    const char* name = op == CmpOp::Lt ? "__gt__" : op == CmpOp::Gt ? "__lt__" : op == CmpOp::LtE ? "__ge__"
                     : op == CmpOp::GtE ? "__le__" : op == CmpOp::Eq || negated ? "__eq__" : "__ne__";
    NodeId other = FindMethod(types()[right].payload, tree_.Find(name));
    if (other.IsValid() && tree_.Items(tree_.Node(other, FunctionDefField::args), ArgumentsField::args).size() == 2)
      fallback.reflected = Instantiate(other, {right, left});
  }
  if (op == CmpOp::Eq || op == CmpOp::NotEq) {
    fallback.identity_negated = op == CmpOp::NotEq && !negated;
  } else {
    fallback.error = std::string("'") + CmpOpSymbol(op) + "' not supported between instances of '" +
                     types().PythonName(left) + "' and '" + types().PythonName(right) + "'";
  }
  Current().operator_fallbacks[e.index] = std::move(fallback);
}

}  // namespace keelback::analysis

namespace keelback::analysis {

int Analyzer::StaticCondition(NodeId test) {
  bool negate = false;
  if (tree_.Kind(test) == NodeKind::UnaryOp && static_cast<UnaryOp>(tree_.Field(test, UnaryOpField::op)) == UnaryOp::Not) {
    negate = true;
    test = tree_.Node(test, UnaryOpField::operand);
  }
  if (tree_.Kind(test) == NodeKind::Compare) {
    // `x is None` / `x is not None` of a name whose type says: None itself,
    // or a type that has no None (an Optional or object may hold either).
    auto ops = tree_.RawItems(tree_.List(test, CompareField::ops));
    auto comparators = tree_.Items(test, CompareField::comparators);
    NodeId left = tree_.Node(test, CompareField::left);
    if (ops.size() != 1 || tree_.Kind(left) != NodeKind::Name || tree_.Kind(comparators[0]) != NodeKind::Constant ||
        tree_.GetConstant(ConstantId(tree_.Field(comparators[0], ConstantField::value))).kind != Constant::Kind::None)
      return -1;
    CmpOp op = static_cast<CmpOp>(ops[0]);
    if (op != CmpOp::Is && op != CmpOp::IsNot) return -1;
    TypeId x = Current().expr_types.count(left.index) ? Current().expr_types[left.index] : types().unknown();
    TypeKind xk = types().Kind(x);
    if (xk == TypeKind::Optional || xk == TypeKind::Object || xk == TypeKind::Unknown) return -1;
    int answer = xk == TypeKind::NoneType ? 1 : 0;
    if (op == CmpOp::IsNot) answer = 1 - answer;
    return negate ? 1 - answer : answer;
  }
  if (tree_.Kind(test) != NodeKind::Call) return -1;
  NodeId func = tree_.Node(test, CallField::func);
  auto args = tree_.Items(test, CallField::args);
  TypeId ft = Current().expr_types.count(func.index) ? Current().expr_types[func.index] : types().unknown();
  if (types().Kind(ft) != TypeKind::Builtin || types()[ft].payload != static_cast<uint32_t>(BuiltinFunction::Isinstance) ||
      args.size() != 2 || tree_.Kind(args[0]) != NodeKind::Name || !tree_.Items(test, CallField::keywords).empty())
    return -1;
  TypeId x = Current().expr_types.count(args[0].index) ? Current().expr_types[args[0].index] : types().unknown();
  TypeKind xk = types().Kind(x);
  // The built-in type of x's values, when x's type is exact and one of isinstance()'s.
  auto builtin_of = [&]() -> int {
    switch (xk) {
      case TypeKind::Int: return static_cast<int>(BuiltinFunction::Int);
      case TypeKind::Float: return static_cast<int>(BuiltinFunction::Float);
      case TypeKind::Str: return static_cast<int>(BuiltinFunction::Str);
      case TypeKind::Bool: return static_cast<int>(BuiltinFunction::Bool);
      case TypeKind::List: return static_cast<int>(BuiltinFunction::List);
      case TypeKind::Dict: return static_cast<int>(BuiltinFunction::Dict);
      case TypeKind::Set:
        return static_cast<int>(types()[x].payload ? BuiltinFunction::Frozenset : BuiltinFunction::Set);
      case TypeKind::Tuple: return static_cast<int>(BuiltinFunction::Tuple);
      case TypeKind::Bytes: return static_cast<int>(BuiltinFunction::Bytes);
      case TypeKind::ByteArray: return static_cast<int>(BuiltinFunction::ByteArray);
      case TypeKind::Complex: return static_cast<int>(BuiltinFunction::Complex);
      case TypeKind::Range: return static_cast<int>(BuiltinFunction::Range);
      default: return -1;
    }
  };
  // A generator is an instance of none of the builtins isinstance() names.
  bool exact = xk == TypeKind::Class || xk == TypeKind::NoneType || xk == TypeKind::Generator || builtin_of() >= 0;
  if (!exact) return -1;
  int answer = 0;
  for (NodeId spec : TupleItemsOrSelf(tree_, args[1])) {
    TypeId st = Current().expr_types.count(spec.index) ? Current().expr_types[spec.index] : types().unknown();
    TypeKind sk = types().Kind(st);
    if (sk == TypeKind::ClassObject || sk == TypeKind::ExceptionClass) {
      if (xk == TypeKind::Class && IsSubclass(*program_, types().Get(TypeKind::ClassObject, {}, types()[x].payload), st))
        answer = 1;
      continue;
    }
    if (sk != TypeKind::Builtin) return -1;
    auto b = static_cast<BuiltinFunction>(types()[st].payload);
    int own = builtin_of();
    if (own == static_cast<int>(b)) answer = 1;
    else if (xk == TypeKind::Bool && b == BuiltinFunction::Int) answer = 1;   // bool is an int
    else if (xk == TypeKind::Class && program_->classes[types()[x].payload].builtin_base == static_cast<int>(b))
      answer = 1;  // a subclass of list, dict or set
    else if (xk == TypeKind::Int && b == BuiltinFunction::Bool) return -1;    // an int-typed value may be a bool
  }
  return negate ? 1 - answer : answer;
}

}  // namespace keelback::analysis
