// String literals: adjacent strings concatenated, and f-strings built as
// CPython 3.11's parser builds them (JoinedStr, FormattedValue, Constant).
//
// The lexer gives Python 3.12's tokens (FstringStart, FstringMiddle pieces,
// the replacement fields' own tokens, FstringEnd); the tree is 3.11's:
// - a concatenation with at least one f-string is one JoinedStr over all of
//   it; adjacent literal text (plain strings, f-string text, the `x=` text of
//   a debug field) merges into one Constant, and empty text gives none;
// - every Constant and FormattedValue of that JoinedStr has the position of
//   the whole concatenation. A format spec's JoinedStr has the position of
//   the f-string token holding it, and so does the Constant of the spec's
//   trailing text; the spec's other parts have the whole concatenation's;
// - 3.11 parses a field's expression as "(" + text + ")", so a tuple or a
//   generator expression there spans from the `{` to the character after
//   the expression (`}`, `!`, `:` or `=`); other expressions keep their own
//   positions, which the 3.12 tokens give.
#include "parse/parser_internal.h"

#include "lex/literals.h"

namespace keelback::parser_detail {

void Parser::FailLiteral(const LiteralError& error, SourceOffset token_begin) {
  SourceOffset at = token_begin + error.offset;
  if (speculating_) {
    failed_ = true;
    return;
  }
  if (!failed_) {
    failed_ = true;
    diagnostics_.Report(error.kind, *tokens_.file, at, at, error.args);
  }
}

// The index of the token after the f-string starting at token `i`
// (an FstringStart), nested f-strings included.
uint32_t Parser::SkipFstring(uint32_t i) const {
  int depth = 0;
  const auto& toks = tokens_.tokens;
  for (; i < toks.size(); ++i) {
    if (toks[i].kind == TokenKind::FstringStart) ++depth;
    else if (toks[i].kind == TokenKind::FstringEnd && --depth == 0) return i + 1;
    else if (toks[i].kind == TokenKind::Error || toks[i].kind == TokenKind::EndMarker) return i;
  }
  return i;
}

// strings: (STRING | fstring)+
NodeId Parser::ParseStrings() {
  SourceOffset begin = Peek().begin;
  // The extent of the concatenation, and whether it holds an f-string.
  bool has_fstring = false;
  SourceOffset end = begin;
  for (uint32_t i = pos_; i < tokens_.tokens.size();) {
    const Token& t = tokens_.tokens[i];
    if (t.kind == TokenKind::String) {
      end = t.end;
      ++i;
    } else if (t.kind == TokenKind::FstringStart) {
      has_fstring = true;
      i = SkipFstring(i);
      if (i == 0 || tokens_.tokens[i - 1].kind != TokenKind::FstringEnd) break;
      end = tokens_.tokens[i - 1].end;
    } else {
      break;
    }
  }
  std::string_view first_text = tokens_.Text(TokenId(pos_));
  uint32_t kind = first_text[0] == 'u' ? tree_->Intern("u").index : kNone;
  if (!has_fstring) {
    std::string value;
    bool first_bytes = false, first = true;
    while (At(TokenKind::String)) {
      const Token& t = Advance();
      std::string_view text = tokens_.file->text().substr(t.begin, t.end - t.begin);
      std::string piece;
      LiteralError error;
      bool is_bytes = ParseStringPrefix(text).bytes;
      if (!DecodeStringLiteral(text, piece, error)) return FailLiteral(error, t.begin), Invalid();
      if (!first && is_bytes != first_bytes) return FailAt(DiagnosticKind::MixedBytesLiterals, begin, t.end), Invalid();
      if (first) first_bytes = is_bytes;
      first = false;
      value += piece;
    }
    keelback::Constant c;
    c.kind = first_bytes ? Constant::Kind::Bytes : Constant::Kind::Str;
    c.text = std::move(value);
    return Add(NodeKind::Constant, begin, last_end_, {tree_->AddConstant(std::move(c)).index, kind});
  }

  FstringPart whole{begin, end, begin, end, false, kind, {}, {}};
  while (At(TokenKind::String) || At(TokenKind::FstringStart)) {
    const Token& t = Advance();
    std::string_view text = tokens_.file->text().substr(t.begin, t.end - t.begin);
    StringPrefix prefix = ParseStringPrefix(text);
    if (prefix.bytes) return FailAt(DiagnosticKind::MixedBytesLiterals, begin, end), Invalid();
    if (t.kind == TokenKind::String) {
      std::string piece;
      LiteralError error;
      if (!DecodeStringLiteral(text, piece, error)) return FailLiteral(error, t.begin), Invalid();
      whole.pending += piece;
      continue;
    }
    // An f-string: its text pieces and replacement fields.
    uint32_t after = SkipFstring(pos_ - 1);
    whole.token_begin = t.begin;
    whole.token_end = tokens_.tokens[after - 1].end;
    whole.raw = prefix.raw;
    if (!ParseFstringBody(whole, /*in_spec=*/false)) return Invalid();
    if (!Expect(TokenKind::FstringEnd)) return Invalid();
  }
  FlushFstringText(whole, whole.begin, whole.end, whole.kind);
  return Add(NodeKind::JoinedStr, begin, end, {ListOf(whole.values)});
}

// Appends the pending text of `part` as a Constant at [begin, end).
void Parser::FlushFstringText(FstringPart& part, SourceOffset begin, SourceOffset end, uint32_t kind) {
  if (part.pending.empty()) return;
  keelback::Constant c;
  c.kind = Constant::Kind::Str;
  c.text = std::move(part.pending);
  part.pending.clear();
  part.values.push_back(Add(NodeKind::Constant, begin, end, {tree_->AddConstant(std::move(c)).index, kind}));
}

// The pieces of an f-string (or of a format spec, `in_spec`) up to its
// FstringEnd (or the field's closing `}`), appended to `part`. `whole`
// positions are those of the outermost concatenation.
bool Parser::ParseFstringBody(FstringPart& part, bool in_spec) {
  for (;;) {
    if (At(TokenKind::FstringMiddle)) {
      const Token& t = Advance();
      std::string piece;
      LiteralError error;
      if (!DecodeFstringMiddle(tokens_.file->text().substr(t.begin, t.end - t.begin), part.raw, piece, error))
        return FailLiteral(error, t.begin), false;
      part.pending += piece;
    } else if (At(TokenKind::Lbrace)) {
      if (!ParseReplacementField(part)) return false;
    } else if (At(in_spec ? TokenKind::Rbrace : TokenKind::FstringEnd)) {
      return true;
    } else {
      return FailHere();
    }
  }
}

// replacement_field: '{' (yield_expr | star_expressions) ['='] ['!' NAME]
//                    [':' format_spec] '}'
bool Parser::ParseReplacementField(FstringPart& part) {
  DepthGuard guard(*this);
  if (guard.TooDeep()) return false;
  const Token lbrace = Advance();
  if (At(TokenKind::Rbrace) || At(TokenKind::Exclamation) || At(TokenKind::Colon) || At(TokenKind::Equal))
    return FailAt(DiagnosticKind::FstringEmptyExpression, lbrace.begin, Peek().end);
  // 3.11 reports the errors of the expression with an "f-string: " prefix.
  struct FstringDepth {
    int& depth;
    explicit FstringDepth(int& d) : depth(d) { ++depth; }
    ~FstringDepth() { --depth; }
  } in_fstring(fstring_depth_);
  // 3.12's tokenizer ends the expression at the first top-level ':', so an
  // unparenthesised lambda leaves its body in the format spec. CPython 3.12,
  // Grammar/python.gram, invalid_expression:
  //   a='lambda' [lambda_params] b=':' &FSTRING_MIDDLE
  //   -> RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, "f-string: lambda expressions ...")
  if (At(TokenKind::Lambda)) {
    const auto& toks = tokens_.tokens;
    int depth = 0;
    for (uint32_t i = pos_ + 1; i + 1 < toks.size(); ++i) {
      TokenKind k = toks[i].kind;
      if (k == TokenKind::Lpar || k == TokenKind::Lsqb || k == TokenKind::Lbrace) {
        ++depth;
      } else if (k == TokenKind::Rpar || k == TokenKind::Rsqb || k == TokenKind::Rbrace) {
        if (--depth < 0) break;
      } else if (k == TokenKind::Colon && depth == 0) {
        if (toks[i + 1].kind == TokenKind::FstringMiddle)
          return FailAt(DiagnosticKind::FstringLambdaWithoutParentheses, Peek().begin, toks[i].end);
        break;
      } else if (k == TokenKind::FstringEnd || k == TokenKind::Newline || k == TokenKind::EndMarker ||
                 k == TokenKind::Error) {
        break;
      }
    }
  }
  // The expression, parsed as 3.11 parses "(" + text + ")".
  NodeId value;
  if (At(TokenKind::Yield)) {
    value = ParseYieldExpression();
    if (!value) return false;
  } else {
    NodeId first = ParseStarNamedExpression();
    if (!first) return false;
    if (tree_->Kind(first) == NodeKind::Starred && !At(TokenKind::Comma))
      return FailAt(DiagnosticKind::FstringStarred, Begin(first), End(first));
    if (At(TokenKind::For) || At(TokenKind::Async)) {
      NodeList generators;
      if (!ParseComprehensionClauses(generators)) return false;
      value = Add(NodeKind::GeneratorExp, lbrace.begin, Peek().end, {Id(first), ListOf(generators)});
    } else if (At(TokenKind::Comma)) {
      NodeList elts{first};
      while (Accept(TokenKind::Comma)) {
        if (At(TokenKind::Rbrace) || At(TokenKind::Equal) || At(TokenKind::Exclamation) || At(TokenKind::Colon))
          break;
        NodeId e = ParseStarNamedExpression();
        if (!e) return false;
        elts.push_back(e);
      }
      value = Add(NodeKind::Tuple, lbrace.begin, Peek().end, {ListOf(elts), static_cast<uint32_t>(ExprContext::Load)});
    } else {
      value = first;
    }
  }
  bool debug = false;
  if (Accept(TokenKind::Equal)) {
    // `{expr=}`: the text from after the brace to the conversion, spec or
    // closing brace, spaces included, comes before the value.
    debug = true;
    // CPython 3.12, Grammar/python.gram, invalid_replacement_field:
    //   '{' (yield_expr | star_expressions) '=' !('!' | ':' | '}')
    //   -> RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN("f-string: expecting '!', or ':', or '}'")
    if (!At(TokenKind::Exclamation) && !At(TokenKind::Colon) && !At(TokenKind::Rbrace))
      return FailAt(DiagnosticKind::FstringExpectingAfterDebug, Peek().begin, Peek().end);
    SourceOffset text_end = Peek().begin;
    part.pending += tokens_.file->text().substr(lbrace.end, text_end - lbrace.end);
  }
  int32_t conversion = -1;
  if (Accept(TokenKind::Exclamation)) {
    // CPython 3.12, Grammar/python.gram, invalid_conversion_character:
    //   '!' &(':' | '}') -> RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN("f-string: missing conversion character")
    if (At(TokenKind::Colon) || At(TokenKind::Rbrace))
      return FailAt(DiagnosticKind::FstringMissingConversion, Peek().begin, Peek().end);
    if (!At(TokenKind::Name)) return FailAt(DiagnosticKind::FstringInvalidConversion, Peek().begin, Peek().end);
    std::string_view name = tokens_.Text(TokenId(pos_));
    if (name != "s" && name != "r" && name != "a")
      return FailAt(DiagnosticKind::FstringInvalidConversion, Peek().begin, Peek().end);
    conversion = name[0];
    Advance();
  }
  uint32_t spec = kNone;
  if (Accept(TokenKind::Colon)) {
    FstringPart spec_part{part.begin, part.end, part.token_begin, part.token_end, part.raw, part.kind, {}, {}};
    if (!ParseFstringBody(spec_part, /*in_spec=*/true)) return false;
    FlushFstringText(spec_part, part.token_begin, part.token_end, kNone);
    spec = Id(Add(NodeKind::JoinedStr, part.token_begin, part.token_end, {ListOf(spec_part.values)}));
  } else if (debug && conversion == -1) {
    conversion = 'r';
  }
  if (!Expect(TokenKind::Rbrace)) return false;
  FlushFstringText(part, part.begin, part.end, part.kind);
  part.values.push_back(Add(NodeKind::FormattedValue, part.begin, part.end,
                            {Id(value), static_cast<uint32_t>(conversion), spec}));
  return true;
}

}  // namespace keelback::parser_detail
