// Expressions, from star_expressions down to atoms, with CPython's
// positions. Grammar rule names are those of CPython's Grammar/python.gram.
#include "parse/parser_internal.h"

#include "lex/literals.h"

namespace keelback::parser_detail {

namespace {

// Decimal digits of an integer written in `base` (2, 8, 10 or 16).
std::string ToDecimal(std::string_view digits, int base) {
  if (base == 10) {
    size_t nz = digits.find_first_not_of('0');
    return nz == std::string_view::npos ? "0" : std::string(digits.substr(nz));
  }
  // Repeated multiply-add on little-endian base-1e9 limbs.
  std::vector<uint32_t> limbs{0};
  for (char c : digits) {
    uint64_t carry = static_cast<uint64_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    for (uint32_t& limb : limbs) {
      uint64_t v = static_cast<uint64_t>(limb) * static_cast<uint64_t>(base) + carry;
      limb = static_cast<uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    if (carry) limbs.push_back(static_cast<uint32_t>(carry));
  }
  std::string out = std::to_string(limbs.back());
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::string part = std::to_string(limbs[i]);
    out += std::string(9 - part.size(), '0') + part;
  }
  return out;
}

// The constant a Number token's text denotes.
Constant NumberConstant(std::string_view text) {
  Constant c;
  switch (ClassifyNumber(text)) {
    case NumberKind::Integer: {
      IntegerDigits d = IntegerLiteralDigits(text);
      c.kind = Constant::Kind::Int;
      c.text = ToDecimal(d.digits, d.base);
      break;
    }
    case NumberKind::Float:
      c.kind = Constant::Kind::Float;
      c.number = FloatLiteralValue(text);
      break;
    case NumberKind::Imaginary:
      c.kind = Constant::Kind::Complex;
      c.number = FloatLiteralValue(text.substr(0, text.size() - 1));
      break;
  }
  return c;
}
// CPython's tokenizer refuses more than 200 nested brackets; expressions

}  // namespace

// ---------------------------------------------------------------------------
// Expressions

// star_expressions: star_expression (',' star_expression)* [',']
NodeId Parser::ParseStarExpressions() { return ParseExpressionList(true, false); }

NodeId Parser::ParseExpressionList(bool allow_star, bool named) {
  auto one = [&]() -> NodeId {
    if (allow_star && At(TokenKind::Star)) return ParseStarNamedExpression();
    return named ? ParseNamedExpression() : ParseExpression();
  };
  SourceOffset start = Peek().begin;
  NodeId first = one();
  if (!first || !At(TokenKind::Comma)) return first;
  NodeList elts{first};
  while (Accept(TokenKind::Comma)) {
    switch (PeekKind()) {
      case TokenKind::Newline: case TokenKind::Semi: case TokenKind::Equal: case TokenKind::Rpar:
      case TokenKind::Rsqb: case TokenKind::Rbrace: case TokenKind::Colon: case TokenKind::In:
      case TokenKind::EndMarker:
        goto done;
      default:
        if (PeekKind() >= TokenKind::PlusEqual && PeekKind() <= TokenKind::DoubleSlashEqual) goto done;
        break;
    }
    {
      NodeId e = one();
      if (!e) return Invalid();
      elts.push_back(e);
    }
  }
done:
  return Add(NodeKind::Tuple, start, last_end_, {ListOf(elts), static_cast<uint32_t>(ExprContext::Load)});
}

// star_targets: star_target (',' star_target)* [','], where a target is an
// operand of `|` at loosest, so that `for x in y` stops at `in`.
NodeId Parser::ParseTarget() {
  if (!At(TokenKind::Star)) return ParseBinary(0);
  SourceOffset begin = Advance().begin;
  NodeId value = ParseBinary(0);
  if (!value) return Invalid();
  return Add(NodeKind::Starred, begin, last_end_, {Id(value), static_cast<uint32_t>(ExprContext::Load)});
}

NodeId Parser::ParseTargetList() {
  auto one = [&]() -> NodeId { return ParseTarget(); };
  SourceOffset start = Peek().begin;
  NodeId first = one();
  if (!first || !At(TokenKind::Comma)) return first;
  NodeList elts{first};
  while (Accept(TokenKind::Comma)) {
    if (At(TokenKind::In) || At(TokenKind::Equal)) break;
    NodeId e = one();
    if (!e) return Invalid();
    elts.push_back(e);
  }
  return Add(NodeKind::Tuple, start, last_end_, {ListOf(elts), static_cast<uint32_t>(ExprContext::Load)});
}

// starred_expression: '*' expression (call arguments, subscripts)
NodeId Parser::ParseStarredExpression() {
  SourceOffset begin = Advance().begin;
  NodeId value = ParseExpression();
  if (!value) return Invalid();
  return Add(NodeKind::Starred, begin, last_end_, {Id(value), static_cast<uint32_t>(ExprContext::Load)});
}

NodeId Parser::ParseStarNamedExpression() {
  if (At(TokenKind::Star)) {
    SourceOffset begin = Advance().begin;
    NodeId value = ParseBinary(0);
    if (!value) return Invalid();
    return Add(NodeKind::Starred, begin, last_end_, {Id(value), static_cast<uint32_t>(ExprContext::Load)});
  }
  return ParseNamedExpression();
}

// named_expression: NAME ':=' expression | expression
NodeId Parser::ParseNamedExpression() {
  if (At(TokenKind::Name) && PeekKind(1) == TokenKind::ColonEqual) {
    const Token& name = Advance();
    NodeId target = Add(NodeKind::Name, name.begin, name.end,
                        {InternToken(name), static_cast<uint32_t>(ExprContext::Store)});
    Advance();
    NodeId value = ParseExpression();
    if (!value) return Invalid();
    return Add(NodeKind::NamedExpr, name.begin, last_end_, {Id(target), Id(value)});
  }
  NodeId e = ParseExpression();
  if (e && At(TokenKind::ColonEqual))  // invalid_named_expression
    return FailAt(DiagnosticKind::AssignmentExpressionTarget, Begin(e), End(e), {ExpressionName(e)}), Invalid();
  return e;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
NodeId Parser::ParseYieldExpression() {
  SourceOffset begin = Advance().begin;
  if (Accept(TokenKind::From)) {
    NodeId v = ParseExpression();
    if (!v) return Invalid();
    return Add(NodeKind::YieldFrom, begin, last_end_, {Id(v)});
  }
  uint32_t value = kNone;
  switch (PeekKind()) {
    case TokenKind::Rpar: case TokenKind::Rsqb: case TokenKind::Rbrace: case TokenKind::Newline:
    case TokenKind::Semi: case TokenKind::Equal: case TokenKind::Colon: case TokenKind::EndMarker:
    case TokenKind::Comma:
      break;
    default: {
      NodeId v = ParseStarExpressions();
      if (!v) return Invalid();
      value = Id(v);
    }
  }
  return Add(NodeKind::Yield, begin, last_end_, {value});
}

// The right-hand side of an assignment: yield_expr | star_expressions.
NodeId Parser::ParseAssignedValue() {
  return At(TokenKind::Yield) ? ParseYieldExpression() : ParseStarExpressions();
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
NodeId Parser::ParseExpression() {
  DepthGuard guard(*this);
  if (guard.TooDeep()) return Invalid();
  if (At(TokenKind::Lambda)) return ParseLambda();
  SourceOffset start = Peek().begin;
  NodeId body = ParseDisjunction();
  if (!body || !At(TokenKind::If)) return body;
  Advance();
  NodeId test = ParseDisjunction();
  if (!test) return Invalid();
  if (!At(TokenKind::Else) && !At(TokenKind::Colon) && !At(TokenKind::Error))
    return FailAt(DiagnosticKind::ExpectedElseInIfExpression, start, End(test)), Invalid();
  if (!Expect(TokenKind::Else)) return Invalid();
  NodeId orelse = ParseExpression();
  if (!orelse) return Invalid();
  return Add(NodeKind::IfExp, start, last_end_, {Id(test), Id(body), Id(orelse)});
}

NodeId Parser::ParseLambda() {
  SourceOffset begin = Advance().begin;
  NodeId args = ParseArguments(TokenKind::Colon, false);
  if (!args) return Invalid();
  if (!Accept(TokenKind::Colon)) return FailHere(), Invalid();  // plain ':' in CPython's grammar
  NodeId body = ParseExpression();
  if (!body) return Invalid();
  return Add(NodeKind::Lambda, begin, last_end_, {Id(args), Id(body)});
}

namespace {

// Operator levels, loosest first. `not` is a prefix at its level; the rest are
// infix: boolean operators, comparisons (chained), then the binary operators.
enum OperatorLevel : int {
  kOrLevel = 0,
  kAndLevel,
  kNotLevel,
  kCompareLevel,
  kBitOrLevel,  // then ^ & (<< >>) (+ -) (* / // % @), one level each
};

// The level of the infix operator at `k` (with `next` the token after it, for
// `not in`), or -1; the operator itself in *binary or *compare.
int InfixLevel(TokenKind k, TokenKind next, BinaryOp* binary, CmpOp* compare) {
  switch (k) {
    case TokenKind::Or: return kOrLevel;
    case TokenKind::And: return kAndLevel;
    case TokenKind::EqEqual: *compare = CmpOp::Eq; return kCompareLevel;
    case TokenKind::NotEqual: *compare = CmpOp::NotEq; return kCompareLevel;
    case TokenKind::Less: *compare = CmpOp::Lt; return kCompareLevel;
    case TokenKind::LessEqual: *compare = CmpOp::LtE; return kCompareLevel;
    case TokenKind::Greater: *compare = CmpOp::Gt; return kCompareLevel;
    case TokenKind::GreaterEqual: *compare = CmpOp::GtE; return kCompareLevel;
    case TokenKind::In: *compare = CmpOp::In; return kCompareLevel;
    case TokenKind::Is: *compare = next == TokenKind::Not ? CmpOp::IsNot : CmpOp::Is; return kCompareLevel;
    case TokenKind::Not:
      if (next != TokenKind::In) return -1;
      *compare = CmpOp::NotIn;
      return kCompareLevel;
    case TokenKind::Vbar: *binary = BinaryOp::BitOr; return kBitOrLevel;
    case TokenKind::Circumflex: *binary = BinaryOp::BitXor; return kBitOrLevel + 1;
    case TokenKind::Amper: *binary = BinaryOp::BitAnd; return kBitOrLevel + 2;
    case TokenKind::LeftShift: *binary = BinaryOp::LShift; return kBitOrLevel + 3;
    case TokenKind::RightShift: *binary = BinaryOp::RShift; return kBitOrLevel + 3;
    case TokenKind::Plus: *binary = BinaryOp::Add; return kBitOrLevel + 4;
    case TokenKind::Minus: *binary = BinaryOp::Sub; return kBitOrLevel + 4;
    case TokenKind::Star: *binary = BinaryOp::Mult; return kBitOrLevel + 5;
    case TokenKind::Slash: *binary = BinaryOp::Div; return kBitOrLevel + 5;
    case TokenKind::DoubleSlash: *binary = BinaryOp::FloorDiv; return kBitOrLevel + 5;
    case TokenKind::Percent: *binary = BinaryOp::Mod; return kBitOrLevel + 5;
    case TokenKind::At: *binary = BinaryOp::MatMult; return kBitOrLevel + 5;
    default: return -1;
  }
}

}  // namespace

NodeId Parser::ParseDisjunction() { return ParseOperators(kOrLevel); }
NodeId Parser::ParseConjunction() { return ParseOperators(kAndLevel); }
NodeId Parser::ParseInversion() { return ParseOperators(kNotLevel); }
NodeId Parser::ParseComparison() { return ParseOperators(kCompareLevel); }
NodeId Parser::ParseBinary(int level) { return ParseOperators(kBitOrLevel + level); }

// disjunction, conjunction, inversion, comparison and the binary operators
// (bitwise_or ... term) by precedence climbing: an operand costs one call
// whatever the level it is parsed at, and only the operators present build
// nodes. Operands at a level are parsed at the next one, so every chain is
// left-associative; `or`, `and` and comparisons gather their chains into one
// BoolOp or Compare as CPython's grammar does.
NodeId Parser::ParseOperators(int min_level) {
  SourceOffset start = Peek().begin;
  NodeId left;
  if (min_level <= kNotLevel && At(TokenKind::Not)) {
    // inversion: 'not' inversion | comparison
    DepthGuard guard(*this);
    if (guard.TooDeep()) return Invalid();
    SourceOffset begin = Advance().begin;
    NodeId operand = ParseOperators(kNotLevel);
    if (!operand) return Invalid();
    left = Add(NodeKind::UnaryOp, begin, last_end_, {static_cast<uint32_t>(UnaryOp::Not), Id(operand)});
  } else {
    left = ParseFactor();
  }
  for (;;) {
    if (!left) return Invalid();
    BinaryOp binary = BinaryOp::Add;
    CmpOp compare = CmpOp::Eq;
    int level = InfixLevel(PeekKind(), PeekKind(1), &binary, &compare);
    if (level < min_level) return left;
    if (level == kOrLevel || level == kAndLevel) {
      TokenKind op = PeekKind();
      NodeList values{left};
      while (Accept(op)) {
        NodeId n = ParseOperators(level + 1);
        if (!n) return Invalid();
        values.push_back(n);
      }
      left = Add(NodeKind::BoolOp, start, last_end_,
                 {static_cast<uint32_t>(level == kOrLevel ? BoolOp::Or : BoolOp::And), ListOf(values)});
    } else if (level == kCompareLevel) {
      // comparison: bitwise_or compare_op_bitwise_or_pair+
      SmallVector<uint32_t, 8> ops;
      NodeList comparators;
      while (InfixLevel(PeekKind(), PeekKind(1), &binary, &compare) == kCompareLevel) {
        if (compare == CmpOp::IsNot || compare == CmpOp::NotIn) Advance();
        Advance();
        NodeId right = ParseOperators(kBitOrLevel);
        if (!right) return Invalid();
        ops.push_back(static_cast<uint32_t>(compare));
        comparators.push_back(right);
      }
      left = Add(NodeKind::Compare, start, last_end_, {Id(left), tree_->AddList(ops).index, ListOf(comparators)});
    } else {
      Advance();
      NodeId right = ParseOperators(level + 1);
      if (!right) return Invalid();
      left = Add(NodeKind::BinOp, start, last_end_, {Id(left), static_cast<uint32_t>(binary), Id(right)});
    }
  }
}

// factor: '+' factor | '-' factor | '~' factor | power
NodeId Parser::ParseFactor() {
  UnaryOp op;
  switch (PeekKind()) {
    case TokenKind::Plus: op = UnaryOp::UAdd; break;
    case TokenKind::Minus: op = UnaryOp::USub; break;
    case TokenKind::Tilde: op = UnaryOp::Invert; break;
    default: return ParsePower();
  }
  DepthGuard guard(*this);
  if (guard.TooDeep()) return Invalid();
  SourceOffset begin = Advance().begin;
  NodeId operand = ParseFactor();
  if (!operand) return Invalid();
  return Add(NodeKind::UnaryOp, begin, last_end_, {static_cast<uint32_t>(op), Id(operand)});
}

// power: await_primary '**' factor | await_primary
NodeId Parser::ParsePower() {
  SourceOffset start = Peek().begin;
  NodeId base;
  if (At(TokenKind::Await)) {
    SourceOffset begin = Advance().begin;
    NodeId value = ParsePrimary();
    if (!value) return Invalid();
    base = Add(NodeKind::Await, begin, last_end_, {Id(value)});
  } else {
    base = ParsePrimary();
  }
  if (!base || !At(TokenKind::DoubleStar)) return base;
  Advance();
  DepthGuard guard(*this);
  if (guard.TooDeep()) return Invalid();
  NodeId exponent = ParseFactor();
  if (!exponent) return Invalid();
  return Add(NodeKind::BinOp, start, last_end_,
             {Id(base), static_cast<uint32_t>(BinaryOp::Pow), Id(exponent)});
}

// primary: primary '.' NAME | primary genexp | primary '(' args ')' | primary '[' slices ']' | atom
NodeId Parser::ParsePrimary() {
  SourceOffset start = Peek().begin;
  NodeId n = ParseAtom();
  while (n) {
    switch (PeekKind()) {
      case TokenKind::Dot: {
        Advance();
        if (!At(TokenKind::Name)) return FailHere(), Invalid();
        const Token& name = Advance();
        n = Add(NodeKind::Attribute, start, name.end,
                {Id(n), InternToken(name), static_cast<uint32_t>(ExprContext::Load)});
        break;
      }
      case TokenKind::Lpar:
        n = ParseCall(n, start);
        break;
      case TokenKind::Lsqb:
        n = ParseSubscript(n, start);
        break;
      case TokenKind::Circumflex:
        // The superset's transfer `x^`: a `^` that nothing follows, where
        // Python's xor would need its right operand.
        switch (PeekKind(1)) {
          case TokenKind::Newline: case TokenKind::Rpar: case TokenKind::Rsqb: case TokenKind::Rbrace:
          case TokenKind::Comma: case TokenKind::Colon: case TokenKind::Semi: case TokenKind::Equal:
          case TokenKind::EndMarker:
            n = Add(NodeKind::Transfer, start, Advance().end, {Id(n)});
            break;
          default:
            return n;
        }
        break;
      default:
        return n;
    }
  }
  return n;
}

// '(' [arguments] ')' after `func` (or a class's bases when func is invalid).
NodeId Parser::ParseCall(NodeId func, SourceOffset start) {
  DepthGuard guard(*this);
  if (guard.TooDeep()) return Invalid();
  SourceOffset lpar = Advance().begin;
  NodeList args, keywords;
  bool seen_kwargs = false;  // a `**x` among the keywords
  while (!At(TokenKind::Rpar)) {
    SourceOffset begin = Peek().begin;
    if (Accept(TokenKind::DoubleStar)) {
      NodeId v = ParseExpression();
      if (!v) return Invalid();
      seen_kwargs = true;
      keywords.push_back(Add(NodeKind::Keyword, begin, last_end_, {kNone, Id(v)}));
    } else if (At(TokenKind::Name) && PeekKind(1) == TokenKind::Equal) {
      const Token& name = Advance();
      Advance();
      NodeId v = ParseExpression();
      if (!v) return Invalid();
      keywords.push_back(Add(NodeKind::Keyword, begin, last_end_, {InternToken(name), Id(v)}));
    } else if ((At(TokenKind::True) || At(TokenKind::False) || At(TokenKind::None)) &&
               PeekKind(1) == TokenKind::Equal) {
      // invalid_kwarg: f(True=1)
      return FailAt(DiagnosticKind::CannotAssignTo, Peek().begin, Peek().end, {TokenKindSpelling(PeekKind())}),
             Invalid();
    } else {
      bool starred = At(TokenKind::Star);
      NodeId a = starred ? ParseStarredExpression() : ParseNamedExpression();
      if (!a) return Invalid();
      if (At(TokenKind::Equal)) {  // invalid_kwarg: f(a.b=1)
        return FailAt(DiagnosticKind::KeywordArgumentIsExpression, Begin(a), Peek().end), Invalid();
      }
      if (!keywords.empty() && !(At(TokenKind::For) || At(TokenKind::Async))) {
        if (starred && seen_kwargs)
          return FailAt(DiagnosticKind::IterableUnpackingAfterKwargs, Begin(a), End(a)), Invalid();
        if (!starred)
          return FailAt(DiagnosticKind::PositionalAfterKeyword, Begin(a), End(a), {seen_kwargs ? " unpacking" : ""}),
                 Invalid();
      }
      if (At(TokenKind::For) || (At(TokenKind::Async))) {
        // A generator expression as the sole argument: f(x for x in y).
        NodeList generators;
        if (!ParseComprehensionClauses(generators)) return Invalid();
        NodeId gen = Add(NodeKind::GeneratorExp, Begin(a), last_end_, {Id(a), ListOf(generators)});
        // CPython positions a sole generator argument at the call's parentheses.
        if (args.empty() && keywords.empty() && At(TokenKind::Rpar)) tree_->SetRange(gen, lpar, Peek().end);
        else if (!At(TokenKind::Error))  // invalid_arguments: a generator beside other arguments
          return FailAt(DiagnosticKind::GeneratorMustBeParenthesized, Begin(gen), End(gen)), Invalid();
        a = gen;
      }
      if (!args.empty() && tree_->Kind(args.back()) == NodeKind::GeneratorExp &&
          Begin(args.back()) != lpar && !IsParenthesized(args.back()))
        return FailAt(DiagnosticKind::GeneratorMustBeParenthesized, Begin(args.back()), End(args.back())), Invalid();
      args.push_back(a);
    }
    if (!Accept(TokenKind::Comma)) break;
  }
  if (!Expect(TokenKind::Rpar)) return Invalid();
  uint32_t func_id = func ? Id(func) : kNone;
  return Add(NodeKind::Call, start, last_end_, {func_id, ListOf(args), ListOf(keywords)});
}

// '[' slices ']'
NodeId Parser::ParseSubscript(NodeId value, SourceOffset start) {
  DepthGuard guard(*this);
  if (guard.TooDeep()) return Invalid();
  SourceOffset lsqb = Advance().begin;
  // The superset's keyword parameters `p.load[width=4]` (never Python).
  auto at_keyword = [&] { return At(TokenKind::Name) && PeekKind(1) == TokenKind::Equal; };
  if (at_keyword()) return ParseParamSubscript(value, start, {});
  NodeId first = ParseSlice();
  if (!first) return Invalid();
  NodeId slice = first;
  // slices: slice !',' | ','.(slice | starred_expression)+ [','] (a tuple,
  // even of one starred item).
  if (At(TokenKind::Comma) || tree_->Kind(first) == NodeKind::Starred) {
    NodeList elts{first};
    while (Accept(TokenKind::Comma)) {
      if (At(TokenKind::Rsqb)) break;
      if (at_keyword()) return ParseParamSubscript(value, start, std::move(elts));
      NodeId s = ParseSlice();
      if (!s) return Invalid();
      elts.push_back(s);
    }
    slice = Add(NodeKind::Tuple, Begin(first), last_end_, {ListOf(elts), static_cast<uint32_t>(ExprContext::Load)});
  }
  (void)lsqb;
  if (!Expect(TokenKind::Rsqb)) return Invalid();
  return Add(NodeKind::Subscript, start, last_end_,
             {Id(value), Id(slice), static_cast<uint32_t>(ExprContext::Load)});
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
NodeId Parser::ParseSlice() {
  SourceOffset begin = Peek().begin;
  NodeId lower;
  if (!At(TokenKind::Colon)) {
    if (At(TokenKind::Star)) return ParseStarredExpression();
    lower = ParseNamedExpression();
    if (!lower || !At(TokenKind::Colon)) return lower;
  }
  Advance();  // :
  uint32_t upper = kNone, step = kNone;
  if (!At(TokenKind::Colon) && !At(TokenKind::Rsqb) && !At(TokenKind::Comma)) {
    NodeId u = ParseExpression();
    if (!u) return Invalid();
    upper = Id(u);
  }
  if (Accept(TokenKind::Colon) && !At(TokenKind::Rsqb) && !At(TokenKind::Comma)) {
    NodeId s = ParseExpression();
    if (!s) return Invalid();
    step = Id(s);
  }
  return Add(NodeKind::Slice, begin, last_end_, {lower ? Id(lower) : kNone, upper, step});
}

// for_if_clauses: ('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+
bool Parser::ParseComprehensionClauses(NodeList& generators) {
  while (At(TokenKind::For) || At(TokenKind::Async)) {
    uint32_t is_async = Accept(TokenKind::Async) ? 1 : 0;
    if (!Expect(TokenKind::For)) return false;
    NodeId target = ParseTargetList();
    if (!target || !SetContext(target, ExprContext::Store, true)) return false;
    if (!Expect(TokenKind::In)) return false;
    NodeId iter = ParseDisjunction();
    if (!iter) return false;
    NodeList ifs;
    while (Accept(TokenKind::If)) {
      NodeId cond = ParseDisjunction();
      if (!cond) return false;
      ifs.push_back(cond);
    }
    generators.push_back(Add(NodeKind::Comprehension, 0, 0, {Id(target), Id(iter), ListOf(ifs), is_async}));
  }
  return true;
}

NodeId Parser::ParseAtom() {
  const Token t = Peek();
  switch (t.kind) {
    case TokenKind::Name:
      Advance();
      return Add(NodeKind::Name, t.begin, t.end, {InternToken(t), static_cast<uint32_t>(ExprContext::Load)});
    case TokenKind::Number: {
      Advance();
      return Add(NodeKind::Constant, t.begin, t.end,
                 {tree_->AddConstant(NumberConstant(tokens_.file->text().substr(t.begin, t.end - t.begin))).index,
                  kNone});
    }
    case TokenKind::String:
      return ParseStrings();
    case TokenKind::True:
    case TokenKind::False:
    case TokenKind::None:
    case TokenKind::Ellipsis: {
      Advance();
      Constant::Kind kind = t.kind == TokenKind::True    ? Constant::Kind::True
                            : t.kind == TokenKind::False ? Constant::Kind::False
                            : t.kind == TokenKind::None  ? Constant::Kind::None
                                                         : Constant::Kind::Ellipsis;
      return Add(NodeKind::Constant, t.begin, t.end, {Constant(kind), kNone});
    }
    case TokenKind::Lpar:
      return ParseParenthesized();
    case TokenKind::Lsqb:
      return ParseListDisplay();
    case TokenKind::Lbrace:
      return ParseDictOrSet();
    case TokenKind::FstringStart:
      return ParseStrings();
    default:
      return FailHere(), Invalid();
  }
}

// One or more adjacent string literals, concatenated.

NodeId Parser::ParseParenthesized() {
  DepthGuard guard(*this);
  if (guard.TooDeep()) return Invalid();
  SourceOffset begin = Advance().begin;
  if (Accept(TokenKind::Rpar)) {
    return Add(NodeKind::Tuple, begin, last_end_, {EmptyList(), static_cast<uint32_t>(ExprContext::Load)});
  }
  if (At(TokenKind::Yield)) {
    NodeId y = ParseYieldExpression();
    if (!y || !Expect(TokenKind::Rpar)) return Invalid();
    return y;
  }
  NodeId first = ParseStarNamedExpression();
  if (!first) return Invalid();
  if (At(TokenKind::For) || At(TokenKind::Async)) {
    NodeList generators;
    if (!ParseComprehensionClauses(generators) || !Expect(TokenKind::Rpar)) return Invalid();
    return Add(NodeKind::GeneratorExp, begin, last_end_, {Id(first), ListOf(generators)});
  }
  if (Accept(TokenKind::Rpar)) return first;  // a parenthesised expression keeps its own position
  NodeList elts{first};
  while (Accept(TokenKind::Comma)) {
    if (At(TokenKind::Rpar)) break;
    NodeId e = ParseStarNamedExpression();
    if (!e) return Invalid();
    elts.push_back(e);
  }
  if (!Expect(TokenKind::Rpar)) return Invalid();
  return Add(NodeKind::Tuple, begin, last_end_, {ListOf(elts), static_cast<uint32_t>(ExprContext::Load)});
}

// list: '[' [star_named_expressions] ']' | listcomp
NodeId Parser::ParseListDisplay() {
  DepthGuard guard(*this);
  if (guard.TooDeep()) return Invalid();
  SourceOffset begin = Advance().begin;
  NodeList elts;
  if (!At(TokenKind::Rsqb)) {
    NodeId first = ParseStarNamedExpression();
    if (!first) return Invalid();
    if (At(TokenKind::For) || At(TokenKind::Async)) {
      NodeList generators;
      if (!ParseComprehensionClauses(generators) || !Expect(TokenKind::Rsqb)) return Invalid();
      return Add(NodeKind::ListComp, begin, last_end_, {Id(first), ListOf(generators)});
    }
    elts.push_back(first);
    while (Accept(TokenKind::Comma)) {
      if (At(TokenKind::Rsqb)) break;
      NodeId e = ParseStarNamedExpression();
      if (!e) return Invalid();
      elts.push_back(e);
    }
    if (At(TokenKind::For))  // invalid_comprehension: [a, b for ...]
      return FailAt(DiagnosticKind::ComprehensionTargetParentheses, Begin(first), End(elts.back())), Invalid();
  }
  if (!Expect(TokenKind::Rsqb)) return Invalid();
  return Add(NodeKind::List, begin, last_end_, {ListOf(elts), static_cast<uint32_t>(ExprContext::Load)});
}

// dict | set | dictcomp | setcomp
NodeId Parser::ParseDictOrSet() {
  DepthGuard guard(*this);
  if (guard.TooDeep()) return Invalid();
  SourceOffset begin = Advance().begin;
  if (Accept(TokenKind::Rbrace)) return Add(NodeKind::Dict, begin, last_end_, {EmptyList(), EmptyList()});
  NodeList keys, values;
  auto parse_entry = [&](NodeId& key, NodeId& value) -> bool {
    if (Accept(TokenKind::DoubleStar)) {
      key = NodeId();
      value = ParseBinary(0);
      return static_cast<bool>(value);
    }
    key = ParseExpression();
    if (!key) return false;
    if (!At(TokenKind::Colon)) {  // invalid_kvpair
      if (At(TokenKind::Comma) || At(TokenKind::Rbrace))
        return FailAt(DiagnosticKind::ColonExpectedAfterKey, Begin(key), End(key));
      return FailHere();
    }
    Advance();
    if (At(TokenKind::Comma) || At(TokenKind::Rbrace))
      return FailAt(DiagnosticKind::ValueExpectedAfterKey, Peek().begin, Peek().end);
    value = ParseExpression();
    return static_cast<bool>(value);
  };
  bool is_dict = At(TokenKind::DoubleStar);
  NodeId first_key, first_value;
  if (is_dict) {
    if (!parse_entry(first_key, first_value)) return Invalid();
  } else {
    first_key = ParseStarNamedExpression();
    if (!first_key) return Invalid();
    if (Accept(TokenKind::Colon)) {
      is_dict = true;
      if (At(TokenKind::Comma) || At(TokenKind::Rbrace))
        return FailAt(DiagnosticKind::ValueExpectedAfterKey, Peek().begin, Peek().end), Invalid();
      first_value = ParseExpression();
      if (!first_value) return Invalid();
    }
  }
  if (At(TokenKind::For) || At(TokenKind::Async)) {
    NodeList generators;
    if (!ParseComprehensionClauses(generators) || !Expect(TokenKind::Rbrace)) return Invalid();
    if (is_dict)
      return Add(NodeKind::DictComp, begin, last_end_, {Id(first_key), Id(first_value), ListOf(generators)});
    return Add(NodeKind::SetComp, begin, last_end_, {Id(first_key), ListOf(generators)});
  }
  keys.push_back(first_key);
  values.push_back(first_value);
  while (Accept(TokenKind::Comma)) {
    if (At(TokenKind::Rbrace)) break;
    NodeId k, v;
    if (is_dict) {
      if (!parse_entry(k, v)) return Invalid();
    } else {
      k = ParseStarNamedExpression();
      if (!k) return Invalid();
      if (At(TokenKind::For))  // invalid_comprehension: {a, b for ...}
        return FailAt(DiagnosticKind::ComprehensionTargetParentheses, Begin(first_key), End(k)), Invalid();
    }
    keys.push_back(k);
    values.push_back(v);
  }
  if (!Expect(TokenKind::Rbrace)) return Invalid();
  if (!is_dict) return Add(NodeKind::Set, begin, last_end_, {ListOf(keys)});
  std::vector<uint32_t> raw_keys;
  for (NodeId k : keys) raw_keys.push_back(k.index);
  return Add(NodeKind::Dict, begin, last_end_, {tree_->AddList(raw_keys).index, ListOf(values)});
}


}  // namespace keelback::parser_detail
