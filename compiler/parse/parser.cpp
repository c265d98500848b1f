// The parser's entry point. The grammar itself is spread over
// parse_statements.cpp, parse_expressions.cpp, parse_strings.cpp and
// parse_patterns.cpp (see parser_internal.h).
#include "parse/parser.h"

#include "parse/check_syntax.h"
#include "parse/parser_internal.h"

namespace keelback {
namespace parser_detail {

std::unique_ptr<SyntaxTree> Parser::ParseFile() {
  NodeList body;
  while (!failed() && !At(TokenKind::EndMarker)) {
    if (At(TokenKind::Newline)) {
      Advance();
      continue;
    }
    if (!ParseStatement(body)) break;
  }
  if (failed()) return nullptr;
  NodeId module = Add(NodeKind::Module, 0, 0, {ListOf(body), EmptyList()});
  tree_->set_root(module);
  return std::move(tree_);
}


}  // namespace parser_detail

std::unique_ptr<SyntaxTree> Parse(const TokenizedFile& tokens, Diagnostics& diagnostics) {
  parser_detail::Parser parser(tokens, diagnostics);
  std::unique_ptr<SyntaxTree> tree = parser.ParseFile();
  if (tree && !CheckSyntax(*tree, diagnostics)) return nullptr;
  return tree;
}

}  // namespace keelback
