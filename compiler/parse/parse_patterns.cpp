// The patterns of `match` statements' `case` clauses (PEP 634), with
// CPython's node kinds and positions. Grammar rule names are those of
// CPython's Grammar/python.gram.
#include "parse/parser_internal.h"

namespace keelback::parser_detail {

// patterns: open_sequence_pattern | pattern
NodeId Parser::ParsePatterns() {
  SourceOffset begin = Peek().begin;
  NodeId first = ParseMaybeStarPattern();
  if (!first) return Invalid();
  if (!At(TokenKind::Comma)) {
    if (tree_->Kind(first) == NodeKind::MatchStar) return FailAt(DiagnosticKind::InvalidSyntax, Begin(first), End(first)), Invalid();
    return first;
  }
  NodeList items{first};
  while (Accept(TokenKind::Comma)) {
    if (At(TokenKind::Colon) || At(TokenKind::If)) break;
    NodeId p = ParseMaybeStarPattern();
    if (!p) return Invalid();
    items.push_back(p);
  }
  return Add(NodeKind::MatchSequence, begin, last_end_, {ListOf(items)});
}

// maybe_star_pattern: star_pattern | pattern
// star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
NodeId Parser::ParseMaybeStarPattern() {
  if (!At(TokenKind::Star)) return ParsePattern();
  SourceOffset begin = Advance().begin;
  if (!At(TokenKind::Name)) return FailHere(), Invalid();
  const Token& name = Advance();
  uint32_t id = tokens_.file->text().substr(name.begin, name.end - name.begin) == "_" ? kNone : InternToken(name);
  return Add(NodeKind::MatchStar, begin, last_end_, {id});
}

// pattern: or_pattern 'as' pattern_capture_target | or_pattern
// or_pattern: '|'.closed_pattern+
NodeId Parser::ParsePattern() {
  DepthGuard guard(*this);
  if (guard.TooDeep()) return Invalid();
  SourceOffset begin = Peek().begin;
  NodeId result = ParseClosedPattern();
  if (!result) return Invalid();
  if (At(TokenKind::Vbar)) {
    NodeList alternatives{result};
    while (Accept(TokenKind::Vbar)) {
      NodeId p = ParseClosedPattern();
      if (!p) return Invalid();
      alternatives.push_back(p);
    }
    result = Add(NodeKind::MatchOr, begin, last_end_, {ListOf(alternatives)});
  }
  if (Accept(TokenKind::As)) {
    if (!At(TokenKind::Name) || AtName("_")) return FailHere(), Invalid();
    uint32_t name = InternToken(Advance());
    result = Add(NodeKind::MatchAs, begin, last_end_, {Id(result), name});
  }
  return result;
}

// closed_pattern: literal_pattern | capture_pattern | wildcard_pattern
//               | value_pattern | group_pattern | sequence_pattern
//               | mapping_pattern | class_pattern
NodeId Parser::ParseClosedPattern() {
  const Token t = Peek();
  switch (t.kind) {
    case TokenKind::None:
    case TokenKind::True:
    case TokenKind::False: {
      Advance();
      Constant::Kind kind = t.kind == TokenKind::None   ? Constant::Kind::None
                            : t.kind == TokenKind::True ? Constant::Kind::True
                                                        : Constant::Kind::False;
      return Add(NodeKind::MatchSingleton, t.begin, t.end, {Constant(kind)});
    }
    case TokenKind::Number:
    case TokenKind::Minus:
    case TokenKind::String:
    case TokenKind::FstringStart: {
      NodeId value = ParseLiteralExpression();
      if (!value) return Invalid();
      return Add(NodeKind::MatchValue, Begin(value), End(value), {Id(value)});
    }
    case TokenKind::Name: {
      TokenKind next = PeekKind(1);
      bool plain = next != TokenKind::Dot && next != TokenKind::Lpar && next != TokenKind::Equal;
      if (plain && AtName("_")) {  // wildcard_pattern
        Advance();
        return Add(NodeKind::MatchAs, t.begin, t.end, {kNone, kNone});
      }
      if (plain) {  // capture_pattern
        Advance();
        return Add(NodeKind::MatchAs, t.begin, t.end, {kNone, InternToken(t)});
      }
      NodeId n = ParseNameOrAttribute();
      if (!n) return Invalid();
      if (At(TokenKind::Lpar)) return ParseClassPattern(n, t.begin);
      if (tree_->Kind(n) == NodeKind::Name) return FailHere(), Invalid();
      return Add(NodeKind::MatchValue, Begin(n), End(n), {Id(n)});  // value_pattern
    }
    case TokenKind::Lpar: {
      DepthGuard guard(*this);
      if (guard.TooDeep()) return Invalid();
      Advance();
      if (Accept(TokenKind::Rpar)) return Add(NodeKind::MatchSequence, t.begin, last_end_, {EmptyList()});
      NodeId first = ParseMaybeStarPattern();
      if (!first) return Invalid();
      if (tree_->Kind(first) != NodeKind::MatchStar && Accept(TokenKind::Rpar)) return first;  // group_pattern
      if (!At(TokenKind::Comma)) return FailHere(), Invalid();
      NodeList items{first};
      while (Accept(TokenKind::Comma)) {
        if (At(TokenKind::Rpar)) break;
        NodeId p = ParseMaybeStarPattern();
        if (!p) return Invalid();
        items.push_back(p);
      }
      if (!Expect(TokenKind::Rpar)) return Invalid();
      return Add(NodeKind::MatchSequence, t.begin, last_end_, {ListOf(items)});
    }
    case TokenKind::Lsqb: {
      DepthGuard guard(*this);
      if (guard.TooDeep()) return Invalid();
      Advance();
      NodeList items;
      while (!At(TokenKind::Rsqb)) {
        NodeId p = ParseMaybeStarPattern();
        if (!p) return Invalid();
        items.push_back(p);
        if (!Accept(TokenKind::Comma)) break;
      }
      if (!Expect(TokenKind::Rsqb)) return Invalid();
      return Add(NodeKind::MatchSequence, t.begin, last_end_, {ListOf(items)});
    }
    case TokenKind::Lbrace:
      return ParseMappingPattern();
    default:
      return FailHere(), Invalid();
  }
}

// mapping_pattern: '{' [items_pattern ','] ['**' pattern_capture_target] [','] '}'
// key_value_pattern: (literal_expr | attr) ':' pattern
NodeId Parser::ParseMappingPattern() {
  DepthGuard guard(*this);
  if (guard.TooDeep()) return Invalid();
  SourceOffset begin = Advance().begin;
  NodeList keys, patterns;
  uint32_t rest = kNone;
  while (!At(TokenKind::Rbrace)) {
    if (Accept(TokenKind::DoubleStar)) {
      if (!At(TokenKind::Name) || AtName("_")) return FailHere(), Invalid();
      rest = InternToken(Advance());
      Accept(TokenKind::Comma);
      break;
    }
    NodeId key;
    if (At(TokenKind::Name)) {
      key = ParseNameOrAttribute();
      if (key && tree_->Kind(key) == NodeKind::Name) return FailAt(DiagnosticKind::InvalidSyntax, Begin(key), End(key)), Invalid();
    } else {
      key = ParseLiteralExpression();
    }
    if (!key || !Expect(TokenKind::Colon)) return Invalid();
    NodeId p = ParsePattern();
    if (!p) return Invalid();
    keys.push_back(key);
    patterns.push_back(p);
    if (!Accept(TokenKind::Comma)) break;
  }
  if (!Expect(TokenKind::Rbrace)) return Invalid();
  return Add(NodeKind::MatchMapping, begin, last_end_, {ListOf(keys), ListOf(patterns), rest});
}

// class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] [','] ')'
// keyword_pattern: NAME '=' pattern
NodeId Parser::ParseClassPattern(NodeId cls, SourceOffset begin) {
  DepthGuard guard(*this);
  if (guard.TooDeep()) return Invalid();
  Advance();  // (
  NodeList patterns, kwd_patterns;
  std::vector<uint32_t> kwd_attrs;
  while (!At(TokenKind::Rpar)) {
    if (At(TokenKind::Name) && PeekKind(1) == TokenKind::Equal) {
      kwd_attrs.push_back(InternToken(Advance()));
      Advance();  // =
      NodeId p = ParsePattern();
      if (!p) return Invalid();
      kwd_patterns.push_back(p);
    } else {
      if (!kwd_attrs.empty()) return FailHere(), Invalid();
      NodeId p = ParsePattern();
      if (!p) return Invalid();
      patterns.push_back(p);
    }
    if (!Accept(TokenKind::Comma)) break;
  }
  if (!Expect(TokenKind::Rpar)) return Invalid();
  return Add(NodeKind::MatchClass, begin, last_end_,
             {Id(cls), ListOf(patterns), tree_->AddList(kwd_attrs).index, ListOf(kwd_patterns)});
}

// literal_expr: signed_number !('+' | '-') | complex_number | strings
//             | 'None' | 'True' | 'False'
// signed_number: NUMBER | '-' NUMBER
// complex_number: signed_real_number ('+' | '-') imaginary_number
NodeId Parser::ParseLiteralExpression() {
  const Token t = Peek();
  switch (t.kind) {
    case TokenKind::String:
    case TokenKind::FstringStart:
    case TokenKind::None:
    case TokenKind::True:
    case TokenKind::False:
      return ParseAtom();
    case TokenKind::Number:
    case TokenKind::Minus:
      break;
    default:
      return FailHere(), Invalid();
  }
  SourceOffset begin = t.begin;
  bool negative = Accept(TokenKind::Minus);
  if (!At(TokenKind::Number)) return FailHere(), Invalid();
  NodeId value = ParseAtom();
  if (!value) return Invalid();
  if (negative)
    value = Add(NodeKind::UnaryOp, begin, last_end_, {static_cast<uint32_t>(UnaryOp::USub), Id(value)});
  // A signed number followed by '+' or '-' can only start a complex number:
  // without the imaginary part no pattern matches, and CPython reports
  // "invalid syntax" at the furthest token it reached, the one after the sign.
  if (At(TokenKind::Plus) || At(TokenKind::Minus)) {
    BinaryOp op = At(TokenKind::Plus) ? BinaryOp::Add : BinaryOp::Sub;
    Advance();
    if (!At(TokenKind::Number)) return FailHere(), Invalid();
    NodeId imaginary = ParseAtom();
    if (!imaginary) return Invalid();
    value = Add(NodeKind::BinOp, begin, last_end_, {Id(value), static_cast<uint32_t>(op), Id(imaginary)});
  }
  return value;
}

// name_or_attr: attr | NAME, where attr: name_or_attr '.' NAME
NodeId Parser::ParseNameOrAttribute() {
  const Token t = Advance();
  NodeId n = Add(NodeKind::Name, t.begin, t.end, {InternToken(t), static_cast<uint32_t>(ExprContext::Load)});
  while (Accept(TokenKind::Dot)) {
    if (!At(TokenKind::Name)) return FailHere(), Invalid();
    const Token& name = Advance();
    n = Add(NodeKind::Attribute, t.begin, name.end, {Id(n), InternToken(name), static_cast<uint32_t>(ExprContext::Load)});
  }
  return n;
}

}  // namespace keelback::parser_detail
