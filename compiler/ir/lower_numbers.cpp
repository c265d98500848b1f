// Lowering of complex() and of the math functions of sema_numbers.cpp: each
// is a call of the runtime (runtime/complex.cpp, runtime/math_integer.cpp),
// which takes its arguments boxed and raises CPython's errors for the types
// it does not take.
#include "ir/lowering.h"

namespace keelback::ir::lowering {

InstId FunctionLowering::LowerNumberBuiltinCall(NodeId e, BuiltinFunction f) {
  TypeId type = TypeOf(e);
  auto args = tree_.Items(e, CallField::args);
  // fsum() and prod() walk their iterable as a for loop does (a generator
  // expression included) and hand the runtime the list of its items.
  if (f == BuiltinFunction::MathFsum || f == BuiltinFunction::MathProd) {
    InstId items = CollectItems(args[0]);
    if (f == BuiltinFunction::MathFsum) {
      At(e);
      return RuntimeCall("kb_math_fsum", type, {items});
    }
    InstId start;
    for (NodeId k : tree_.Items(e, CallField::keywords)) start = LowerExpr(tree_.Node(k, KeywordField::value));
    At(e);
    if (!start.IsValid()) start = Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant("1"));
    return RuntimeCall("kb_math_prod", type, {items, start});
  }
  std::vector<InstId> values;
  for (NodeId a : args) values.push_back(LowerExpr(a));
  std::vector<std::pair<std::string_view, InstId>> keywords;
  for (NodeId k : tree_.Items(e, CallField::keywords))
    keywords.emplace_back(tree_.Name(tree_.Ident(k, KeywordField::arg)), LowerExpr(tree_.Node(k, KeywordField::value)));
  At(e);
  auto none = [&] { return Emit(Op::ConstNone, types_.none(), {}); };
  auto int_constant = [&](const char* text) { return Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant(text)); };
  switch (f) {
    case BuiltinFunction::Complex: {
      if (values.empty()) {
        InstId zero = Emit(Op::ConstFloat, types_.float_(), {}, module_.FloatConstant(0.0));
        return RuntimeCall("kb_complex_new", type, {zero, zero});
      }
      if (values.size() == 1) return RuntimeCall("kb_complex_from_object", type, {values[0]});
      return RuntimeCall("kb_complex_from_objects", type, {values[0], values[1]});
    }
    case BuiltinFunction::MathGcd:
    case BuiltinFunction::MathLcm: {
      // Folded left to right, as CPython does: gcd() is 0, lcm() is 1.
      const char* function = f == BuiltinFunction::MathGcd ? "kb_math_gcd" : "kb_math_lcm";
      InstId acc = int_constant(f == BuiltinFunction::MathGcd ? "0" : "1");
      for (InstId v : values) acc = RuntimeCall(function, types_.int_(), {acc, v});
      return acc;
    }
    case BuiltinFunction::MathFactorial: return RuntimeCall("kb_math_factorial", type, {values[0]});
    case BuiltinFunction::MathIsqrt: return RuntimeCall("kb_math_isqrt", type, {values[0]});
    case BuiltinFunction::MathComb: return RuntimeCall("kb_math_comb", type, {values[0], values[1]});
    case BuiltinFunction::MathPerm:
      return RuntimeCall("kb_math_perm", type, {values[0], values.size() == 2 ? values[1] : none()});
    case BuiltinFunction::MathHypot: {
      std::vector<TypeId> item_types;
      for (NodeId a : args) item_types.push_back(TypeOf(a));
      InstId tuple = EmitList(Op::TupleNew, types_.Find(TypeKind::Tuple, item_types), values);
      return RuntimeCall("kb_math_hypot", type, {tuple});
    }
    case BuiltinFunction::MathDist: return RuntimeCall("kb_math_dist", type, {values[0], values[1]});
    case BuiltinFunction::MathFrexp: return RuntimeCall("kb_math_frexp", type, {values[0]});
    case BuiltinFunction::MathModf: return RuntimeCall("kb_math_modf", type, {values[0]});
    case BuiltinFunction::MathLdexp: return RuntimeCall("kb_math_ldexp", type, {values[0], values[1]});
    case BuiltinFunction::MathIsclose: {
      InstId rel_tol = none(), abs_tol = none();
      for (auto& [name, v] : keywords) (name == "rel_tol" ? rel_tol : abs_tol) = v;
      return RuntimeCall("kb_math_isclose", type, {values[0], values[1], rel_tol, abs_tol});
    }
    case BuiltinFunction::Math_log:
    case BuiltinFunction::Math_log2:
    case BuiltinFunction::Math_log10: {
      // A float argument takes libm's function directly (MathCall); an int
      // (of any size) or an object goes to CPython's loghelper.
      if (values.size() == 1 && KindOf(TypeOf(args[0])) == TypeKind::Float)
        return EmitList(Op::MathCall, type, values,
                        static_cast<uint32_t>(f) - static_cast<uint32_t>(BuiltinFunction::Math_sqrt));
      uint32_t which = f == BuiltinFunction::Math_log ? 0 : f == BuiltinFunction::Math_log2 ? 2 : 10;
      InstId base = values.size() == 2 ? values[1] : none();
      return RuntimeCall("kb_math_log_of", type, {values[0], base, int_constant(std::to_string(which).c_str())});
    }
    default:
      return Emit(Op::ConstNone, type, {});
  }
}

}  // namespace keelback::ir::lowering
