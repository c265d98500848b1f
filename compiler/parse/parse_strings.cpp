// String literals: adjacent strings concatenated, and f-strings built as
// CPython 3.11's parser builds them (JoinedStr, FormattedValue, Constant).
#include "parse/parser_internal.h"

#include "lex/literals.h"

namespace keelback::parser_detail {

NodeId Parser::ParseStrings() {
  SourceOffset begin = Peek().begin;
  std::string value;
  bool first_bytes = false, first = true;
  uint32_t kind = kNone;
  while (At(TokenKind::String)) {
    const Token& t = Advance();
    std::string_view text = tokens_.file->text().substr(t.begin, t.end - t.begin);
    if (first && text[0] == 'u') kind = tree_->Intern("u").index;
    std::string piece;
    LiteralError error;
    bool is_bytes = ParseStringPrefix(text).bytes;
    if (!DecodeStringLiteral(text, piece, error)) {
      SourceOffset at = t.begin + error.offset;
      if (!failed_) {
        failed_ = true;
        diagnostics_.Report(error.kind, *tokens_.file, at, at, error.args);
      }
      return Invalid();
    }
    if (!first && is_bytes != first_bytes) {
      return FailAt(DiagnosticKind::InvalidSyntax, begin, t.end), Invalid();
    }
    if (first) first_bytes = is_bytes;
    first = false;
    value += piece;
  }
  keelback::Constant c;
  c.kind = first_bytes ? Constant::Kind::Bytes : Constant::Kind::Str;
  c.text = std::move(value);
  return Add(NodeKind::Constant, begin, last_end_, {tree_->AddConstant(std::move(c)).index, kind});
}

// '(' ')' | '(' yield ')' | '(' named ')' | tuple | genexp

}  // namespace keelback::parser_detail
