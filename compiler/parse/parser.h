// The parser: tokens to CPython's syntax tree.
//
// A hand-written recursive-descent parser over the token vector. Its
// recursion follows the grammar's nesting, never the input's length, and a
// depth guard turns input nested deeper than CPython accepts into CPython's
// "too many nested parentheses" instead of a stack overflow.
#ifndef KEELBACK_PARSE_PARSER_H
#define KEELBACK_PARSE_PARSER_H

#include <memory>

#include "diagnostics/diagnostics.h"
#include "lex/lexer.h"
#include "parse/ast.h"

namespace keelback {

// Parses a whole file. On a syntax error reports it (CPython stops at the
// first) and returns null.
std::unique_ptr<SyntaxTree> Parse(const TokenizedFile& tokens, Diagnostics& diagnostics);

// Parses another file (an imported module) into `tree`, after the files it
// holds; returns its Module node, or invalid after reporting a syntax error.
NodeId ParseInto(SyntaxTree& tree, const TokenizedFile& tokens, Diagnostics& diagnostics);

}  // namespace keelback

#endif  // KEELBACK_PARSE_PARSER_H
