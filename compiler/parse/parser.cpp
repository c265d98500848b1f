// The parser's entry point. The grammar itself is spread over
// parse_statements.cpp, parse_expressions.cpp, parse_strings.cpp and
// parse_patterns.cpp (see parser_internal.h).
#include "parse/parser.h"

#include "parse/check_syntax.h"
#include "parse/parser_internal.h"

namespace keelback {
namespace parser_detail {

NodeId Parser::ParseFile() {
  NodeList body;
  while (!failed() && !At(TokenKind::EndMarker)) {
    if (At(TokenKind::Newline)) {
      Advance();
      continue;
    }
    if (!ParseStatement(body)) break;
  }
  if (failed()) return NodeId();
  return Add(NodeKind::Module, 0, 0, {ListOf(body), EmptyList()});
}


}  // namespace parser_detail

std::unique_ptr<SyntaxTree> Parse(const TokenizedFile& tokens, Diagnostics& diagnostics) {
  auto tree = std::make_unique<SyntaxTree>(*tokens.file);
  NodeId module = ParseInto(*tree, tokens, diagnostics);
  if (!module.IsValid()) return nullptr;
  tree->set_root(module);
  return tree;
}

NodeId ParseInto(SyntaxTree& tree, const TokenizedFile& tokens, Diagnostics& diagnostics) {
  parser_detail::Parser parser(tokens, diagnostics, tree);
  NodeId module = parser.ParseFile();
  if (module.IsValid() && !CheckSyntax(tree, module, diagnostics)) return NodeId();
  return module;
}

}  // namespace keelback
