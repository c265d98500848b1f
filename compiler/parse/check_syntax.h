// The checks CPython makes after parsing, in its symbol table and compiler:
// `return`/`break`/`continue`/`await`/`yield` outside their place, duplicate
// arguments, global and nonlocal misuse, `import *` in a function, misplaced
// starred expressions, repeated keyword arguments. Parse() runs them on
// every tree it builds. Private to compiler/parse.
#ifndef KEELBACK_PARSE_CHECK_SYNTAX_H
#define KEELBACK_PARSE_CHECK_SYNTAX_H

#include "diagnostics/diagnostics.h"
#include "parse/ast.h"

namespace keelback {

// Reports the error CPython would report first (if any) in the file whose
// Module node is `module`, and returns false.
bool CheckSyntax(const SyntaxTree& tree, NodeId module, Diagnostics& diagnostics);

}  // namespace keelback

#endif  // KEELBACK_PARSE_CHECK_SYNTAX_H
