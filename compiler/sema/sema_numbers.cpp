// Type inference for complex(), the math module's functions that are not N
// floats to a float (gcd, factorial, fsum, log(x, base)...), and the rule
// that types a ** with a float operand.
//
// float ** float is a complex in CPython when the base is negative and the
// exponent is not an integer ((-8) ** (1/3), (-2.0) ** 0.5). Typing every
// such power as an object would box the common case, so the power is a
// float where the program shows that this cannot happen: the exponent is an
// int or an integral float literal (x ** 2, x ** -1.0), or the base is
// provably not negative (a non-negative literal, a sum or product of such,
// x * x, abs(), len(), math.sqrt()..., or a local variable every assignment
// of which is such an expression: FloatPowIsReal). Everywhere else it is an
// object (a float or a complex), dispatched at run time.
#include "sema/analyzer.h"

#include <cmath>

namespace keelback::analysis {

namespace {

// The value of a float literal, possibly signed (-2.0); false for anything else.
bool FloatLiteral(const SyntaxTree& tree, NodeId e, double* value) {
  double sign = 1.0;
  while (tree.Kind(e) == NodeKind::UnaryOp) {
    auto op = static_cast<UnaryOp>(tree.Field(e, UnaryOpField::op));
    if (op != UnaryOp::USub && op != UnaryOp::UAdd) return false;
    if (op == UnaryOp::USub) sign = -sign;
    e = tree.Node(e, UnaryOpField::operand);
  }
  if (tree.Kind(e) != NodeKind::Constant) return false;
  const Constant& c = tree.GetConstant(ConstantId(tree.Field(e, ConstantField::value)));
  if (c.kind != Constant::Kind::Float) return false;
  *value = sign * c.number;
  return true;
}

}  // namespace

bool Analyzer::FloatPowIsReal(NodeId at) {
  NodeId base, exponent;
  switch (tree_.Kind(at)) {
    case NodeKind::BinOp:
      base = tree_.Node(at, BinOpField::left);
      exponent = tree_.Node(at, BinOpField::right);
      break;
    case NodeKind::AugAssign:
      base = tree_.Node(at, AugAssignField::target);
      exponent = tree_.Node(at, AugAssignField::value);
      break;
    case NodeKind::Call:
      base = tree_.Items(at, CallField::args)[0];
      exponent = tree_.Items(at, CallField::args)[1];
      break;
    default:
      return false;
  }
  TypeKind ek = types().Kind(Current().expr_types[exponent.index]);
  if (ek == TypeKind::Int || ek == TypeKind::Bool) return true;
  double literal;
  if (FloatLiteral(tree_, exponent, &literal) && std::isfinite(literal) && literal == std::floor(literal)) return true;
  return ProvablyNonNegative(base);
}

// Whether e's value is never < 0 (a nan or -0.0 is fine: CPython's test is
// `v < 0.0`). A local variable is non-negative when every value assigned to
// it is, assuming the variables being examined are (by induction over the
// assignments as they run: the first value of each comes from an expression
// that reads none of them, or reading it would raise).
bool Analyzer::ProvablyNonNegative(NodeId e) {
  std::vector<NodeId> work{e};
  std::unordered_set<uint32_t> assumed;  // the locals being examined
  constexpr size_t kMaxWork = 4096;       // a bound on the effort, not on correctness
  size_t steps = 0;
  while (!work.empty()) {
    if (++steps > kMaxWork) return false;
    NodeId n = work.back();
    work.pop_back();
    switch (tree_.Kind(n)) {
      case NodeKind::Name: {
        uint32_t id = tree_.Field(n, NameField::id);
        if (assumed.count(id)) break;
        TypeKind k = types().Kind(Current().expr_types[n.index]);
        if (k != TypeKind::Int && k != TypeKind::Bool && k != TypeKind::Float) return false;
        assumed.insert(id);
        if (!LocalAssignedValues(n, work)) return false;
        break;
      }
      case NodeKind::Constant: {
        const Constant& c = tree_.GetConstant(ConstantId(tree_.Field(n, ConstantField::value)));
        if (c.kind == Constant::Kind::True || c.kind == Constant::Kind::False) break;
        if (c.kind == Constant::Kind::Int && !c.text.empty() && c.text[0] != '-') break;
        if (c.kind == Constant::Kind::Float && !(c.number < 0.0)) break;
        return false;
      }
      case NodeKind::UnaryOp:
        if (static_cast<UnaryOp>(tree_.Field(n, UnaryOpField::op)) != UnaryOp::UAdd) return false;
        work.push_back(tree_.Node(n, UnaryOpField::operand));
        break;
      case NodeKind::BinOp: {
        NodeId l = tree_.Node(n, BinOpField::left), r = tree_.Node(n, BinOpField::right);
        TypeKind lk = types().Kind(Current().expr_types[l.index]);
        TypeKind rk = types().Kind(Current().expr_types[r.index]);
        auto number = [](TypeKind k) { return k == TypeKind::Int || k == TypeKind::Bool || k == TypeKind::Float; };
        if (!number(lk) || !number(rk)) return false;  // an operator method may return anything
        switch (static_cast<BinaryOp>(tree_.Field(n, BinOpField::op))) {
          case BinaryOp::Mult:
            // x * x of one variable.
            if (tree_.Kind(l) == NodeKind::Name && tree_.Kind(r) == NodeKind::Name &&
                tree_.Field(l, NameField::id) == tree_.Field(r, NameField::id))
              break;
            work.push_back(l);
            work.push_back(r);
            break;
          case BinaryOp::Add: case BinaryOp::Div: case BinaryOp::FloorDiv:
            work.push_back(l);
            work.push_back(r);
            break;
          case BinaryOp::Mod:
            work.push_back(r);  // the result has the divisor's sign
            break;
          case BinaryOp::Pow: {
            int sign = LiteralSign(r);
            if (sign != 0 && tree_.Kind(r) == NodeKind::Constant) {
              const Constant& c = tree_.GetConstant(ConstantId(tree_.Field(r, ConstantField::value)));
              if (c.kind == Constant::Kind::Int && !c.text.empty() && (c.text.back() - '0') % 2 == 0) break;  // x ** 2
            }
            work.push_back(l);
            break;
          }
          default:
            return false;
        }
        break;
      }
      case NodeKind::Call: {
        TypeId ft = Current().expr_types[tree_.Node(n, CallField::func).index];
        if (types().Kind(ft) != TypeKind::Builtin) return false;
        auto args = tree_.Items(n, CallField::args);
        switch (static_cast<BuiltinFunction>(types()[ft].payload)) {
          case BuiltinFunction::Abs:
            // abs() of a number (a class's __abs__ may return anything).
            if (args.size() != 1 || !IsNumeric(Current().expr_types[args[0].index])) return false;
            break;
          case BuiltinFunction::Int: case BuiltinFunction::Float:
            // int(x), float(x) of a number keep its sign (truncating toward 0).
            if (args.size() != 1 || !IsNumeric(Current().expr_types[args[0].index])) return false;
            work.push_back(args[0]);
            break;
          case BuiltinFunction::Len: case BuiltinFunction::Math_sqrt: case BuiltinFunction::Math_exp:
          case BuiltinFunction::Math_fabs: case BuiltinFunction::Math_cosh: case BuiltinFunction::MathHypot:
          case BuiltinFunction::MathDist: case BuiltinFunction::MathFactorial: case BuiltinFunction::MathIsqrt:
            break;
          default:
            return false;
        }
        break;
      }
      default:
        return false;
    }
  }
  return true;
}

bool Analyzer::LocalAssignedValues(NodeId use, std::vector<NodeId>& values) {
  auto binding = Current().names.find(use.index);
  if (binding == Current().names.end() || binding->second.kind != NameBinding::Kind::Local) return false;
  NodeId def = Current().def;
  if (!def.IsValid() || tree_.Kind(def) != NodeKind::FunctionDef) return false;
  uint32_t id = tree_.Field(use, NameField::id);
  NodeId args = ArgumentsOf(def);
  for (NodeId a : tree_.Items(args, ArgumentsField::posonlyargs))
    if (tree_.Field(a, ArgField::arg) == id) return false;
  for (NodeId a : tree_.Items(args, ArgumentsField::args))
    if (tree_.Field(a, ArgField::arg) == id) return false;
  for (NodeId a : tree_.Items(args, ArgumentsField::kwonlyargs))
    if (tree_.Field(a, ArgField::arg) == id) return false;
  for (uint32_t f : {tree_.Field(args, ArgumentsField::vararg), tree_.Field(args, ArgumentsField::kwarg)})
    if (f != UINT32_MAX && tree_.Field(NodeId(f), ArgField::arg) == id) return false;
  auto number = [&](NodeId x) {
    TypeKind k = types().Kind(Current().expr_types[x.index]);
    return k == TypeKind::Int || k == TypeKind::Bool || k == TypeKind::Float;
  };
  // Every node of the body with its parent; nested scopes are looked into
  // only for a `nonlocal` of the name (which may rebind it).
  std::vector<std::pair<NodeId, NodeId>> work;
  for (NodeId s : tree_.Items(def, FunctionDefField::body)) work.push_back({s, def});
  while (!work.empty()) {
    auto [n, parent] = work.back();
    work.pop_back();
    NodeKind k = tree_.Kind(n);
    switch (k) {
      case NodeKind::Nonlocal:
      case NodeKind::Global: {
        auto names = tree_.RawItems(tree_.List(n, k == NodeKind::Global ? GlobalField::names : NonlocalField::names));
        for (uint32_t name : names)
          if (name == id) return false;
        continue;
      }
      case NodeKind::FunctionDef: case NodeKind::AsyncFunctionDef: case NodeKind::ClassDef:
        if ((k == NodeKind::ClassDef ? tree_.Field(n, ClassDefField::name) : tree_.Field(n, FunctionDefField::name)) == id)
          return false;
        break;  // walked for nonlocal declarations only (its names are its own)
      case NodeKind::Alias:
        return false;  // an import in the function: not worth telling apart
      case NodeKind::ExceptHandler:
        if (tree_.Field(n, ExceptHandlerField::name) == id) return false;
        break;
      case NodeKind::MatchAs: case NodeKind::MatchStar: case NodeKind::MatchMapping:
        return false;  // captures
      case NodeKind::Name: {
        if (tree_.Field(n, NameField::id) != id ||
            tree_.Field(n, NameField::ctx) != static_cast<uint32_t>(ExprContext::Store))
          break;
        // A store of the name: what its statement assigns.
        switch (tree_.Kind(parent)) {
          case NodeKind::Assign: {
            bool direct = false;
            for (NodeId t : tree_.Items(parent, AssignField::targets)) direct = direct || t == n;
            if (!direct) return false;
            values.push_back(tree_.Node(parent, AssignField::value));
            break;
          }
          case NodeKind::AnnAssign:
            if (tree_.Field(parent, AnnAssignField::value) != UINT32_MAX)
              values.push_back(tree_.Node(parent, AnnAssignField::value));
            break;
          case NodeKind::NamedExpr:
            values.push_back(tree_.Node(parent, NamedExprField::value));
            break;
          case NodeKind::AugAssign: {
            NodeId value = tree_.Node(parent, AugAssignField::value);
            if (!number(value)) return false;
            switch (static_cast<BinaryOp>(tree_.Field(parent, AugAssignField::op))) {
              case BinaryOp::Add: case BinaryOp::Mult: case BinaryOp::Div: case BinaryOp::FloorDiv: case BinaryOp::Mod:
                values.push_back(value);
                break;
              case BinaryOp::Pow:
                break;  // a non-negative base stays non-negative
              default:
                return false;
            }
            break;
          }
          case NodeKind::For: {
            if (tree_.Node(parent, ForField::target) != n) return false;
            NodeId iter = tree_.Node(parent, ForField::iter);
            if (tree_.Kind(iter) != NodeKind::Call) return false;
            TypeId ft = Current().expr_types[tree_.Node(iter, CallField::func).index];
            if (types().Kind(ft) != TypeKind::Builtin ||
                types()[ft].payload != static_cast<uint32_t>(BuiltinFunction::Range))
              return false;
            auto range_args = tree_.Items(iter, CallField::args);
            if (range_args.size() == 3) {
              // A positive literal step: the values rise from the start.
              NodeId step = range_args[2];
              if (LiteralSign(step) <= 0 || tree_.Kind(step) != NodeKind::Constant) return false;
              const Constant& c = tree_.GetConstant(ConstantId(tree_.Field(step, ConstantField::value)));
              if (c.kind != Constant::Kind::Int || c.text == "0") return false;
            }
            if (range_args.size() >= 2) values.push_back(range_args[0]);
            break;
          }
          default:
            return false;  // unpacking, with ... as, a comprehension's target...
        }
        break;
      }
      default:
        break;
    }
    // Nested scopes are walked too: their own stores of the name are taken
    // as the local's, which can only make the answer more conservative.
    ForEachChild(tree_, n, [&](NodeId c) { work.push_back({c, n}); });
  }
  return true;
}

TypeId Analyzer::InferNumberBuiltinCall(NodeId call, BuiltinFunction f, std::span<const NodeId> args,
                                        const std::vector<TypeId>& arg_types, bool known) {
  auto keywords = tree_.Items(call, CallField::keywords);
  auto arity = [&](size_t lo, size_t hi) { return BuiltinArity(call, args.size(), lo, hi); };
  // A value the runtime takes boxed and checks itself (CPython's TypeError).
  auto boxable = [&](size_t i) {
    TypeKind k = types().Kind(arg_types[i]);
    bool ok = IsNumeric(arg_types[i]) || k == TypeKind::Complex || k == TypeKind::Object || k == TypeKind::Str ||
              k == TypeKind::NoneType || k == TypeKind::List || k == TypeKind::Tuple || k == TypeKind::Dict ||
              k == TypeKind::Set || k == TypeKind::Bytes || k == TypeKind::Class || k == TypeKind::Optional;
    if (!ok) Unsupported(args[i], "passing a value of type " + types().Name(arg_types[i]) + " to this built-in");
    return ok;
  };
  auto all_boxable = [&] {
    bool ok = true;
    for (size_t i = 0; i < args.size(); ++i) ok = boxable(i) && ok;
    return ok;
  };
  // The keyword arguments a function takes (others are compile errors).
  auto keywords_among = [&](std::initializer_list<std::string_view> names) {
    for (NodeId k : keywords) {
      IdentId kw = tree_.Ident(k, KeywordField::arg);
      bool ok = false;
      for (std::string_view name : names) ok = ok || (kw.IsValid() && tree_.Name(kw) == name);
      TypeId t = InferExpr(tree_.Node(k, KeywordField::value));
      if (!ok) Unsupported(k, "this keyword argument to a built-in");
      else if (!IsNumeric(t) && types().Kind(t) != TypeKind::Object && types().Kind(t) != TypeKind::Unknown)
        Unsupported(k, "a keyword argument of type " + types().Name(t));
    }
  };
  // An iterable the runtime walks (runtime ForEachItem).
  auto walkable = [&](size_t i) {
    TypeKind k = types().Kind(arg_types[i]);
    bool ok = k == TypeKind::List || k == TypeKind::Tuple || k == TypeKind::Set || k == TypeKind::Dict ||
              k == TypeKind::Object;
    if (!ok) Unsupported(args[i], "this function of an iterable of type " + types().Name(arg_types[i]));
    return ok;
  };
  if (f != BuiltinFunction::MathIsclose && f != BuiltinFunction::MathProd) keywords_among({});
  switch (f) {
    case BuiltinFunction::Complex:
      if (!arity(0, 2) || !known) return ComplexType();
      all_boxable();
      return ComplexType();
    case BuiltinFunction::MathGcd:
    case BuiltinFunction::MathLcm:
    case BuiltinFunction::MathFactorial:
    case BuiltinFunction::MathIsqrt:
    case BuiltinFunction::MathComb:
    case BuiltinFunction::MathPerm:
      if (f == BuiltinFunction::MathFactorial || f == BuiltinFunction::MathIsqrt) arity(1, 1);
      if (f == BuiltinFunction::MathComb) arity(2, 2);
      if (f == BuiltinFunction::MathPerm) arity(1, 2);
      if (known) all_boxable();
      return types().int_();
    case BuiltinFunction::MathHypot:
      if (known) all_boxable();
      types().Get(TypeKind::Tuple, arg_types);  // lowering passes the arguments as a tuple
      return types().float_();
    case BuiltinFunction::MathDist:
      if (!arity(2, 2) || !known) return types().float_();
      walkable(0);
      walkable(1);
      return types().float_();
    case BuiltinFunction::MathFsum: {
      if (!arity(1, 1) || !known) return types().float_();
      TypeId element = IterationElement(args[0], arg_types[0]);
      if (types().Kind(element) != TypeKind::Unknown) types().ListOf(element);  // lowering collects the items
      return types().float_();
    }
    case BuiltinFunction::MathProd: {
      // The product of the items times start (1): an int for ints, else an
      // object (prod([]) of a list[float] is the int 1).
      keywords_among({"start"});
      if (!arity(1, 1) || !known) return types().unknown();
      TypeId element = IterationElement(args[0], arg_types[0]);
      if (types().Kind(element) == TypeKind::Unknown) return types().unknown();
      types().ListOf(element);  // lowering collects the items
      bool int_start = true;
      for (NodeId k : keywords) {
        TypeKind sk = types().Kind(Current().expr_types[tree_.Node(k, KeywordField::value).index]);
        int_start = sk == TypeKind::Int || sk == TypeKind::Bool;
      }
      TypeKind ek = types().Kind(element);
      if ((ek == TypeKind::Int || ek == TypeKind::Bool) && int_start)
        return types().int_();
      return types().object();
    }
    case BuiltinFunction::MathFrexp: {
      if (!arity(1, 1) || !known) return types().unknown();
      all_boxable();
      TypeId pair[2] = {types().float_(), types().int_()};
      return types().Get(TypeKind::Tuple, pair);
    }
    case BuiltinFunction::MathModf: {
      if (!arity(1, 1) || !known) return types().unknown();
      all_boxable();
      TypeId pair[2] = {types().float_(), types().float_()};
      return types().Get(TypeKind::Tuple, pair);
    }
    case BuiltinFunction::MathLdexp:
      if (!arity(2, 2) || !known) return types().float_();
      all_boxable();
      return types().float_();
    case BuiltinFunction::MathIsclose:
      keywords_among({"rel_tol", "abs_tol"});
      if (!arity(2, 2) || !known) return types().bool_();
      all_boxable();
      return types().bool_();
    case BuiltinFunction::Math_log:
    case BuiltinFunction::Math_log2:
    case BuiltinFunction::Math_log10:
      // Of any number, a huge int included; log(x, base).
      if (!arity(1, f == BuiltinFunction::Math_log ? 2 : 1) || !known) return types().float_();
      for (size_t i = 0; i < args.size(); ++i)
        if (!IsNumeric(arg_types[i]) && types().Kind(arg_types[i]) != TypeKind::Object)
          Unsupported(args[i], "math.log() of " + types().Name(arg_types[i]));
      return types().float_();
    default:
      return types().unknown();
  }
}

}  // namespace keelback::analysis
