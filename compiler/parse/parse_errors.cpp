// CPython's error rules: the specialised messages its parser tries in a
// second pass once the first has failed ("invalid syntax. Perhaps you forgot
// a comma?", "cannot assign to function call here. Maybe you meant '=='
// instead of '='?", "Missing parentheses in call to 'print'..."). They run
// only on the error path.
#include "parse/parser_internal.h"

namespace keelback::parser_detail {
namespace {

bool StartsExpression(TokenKind k) {
  switch (k) {
    case TokenKind::Name: case TokenKind::Number: case TokenKind::String: case TokenKind::FstringStart:
    case TokenKind::Lpar: case TokenKind::Lsqb: case TokenKind::Lbrace: case TokenKind::Minus:
    case TokenKind::Plus: case TokenKind::Tilde: case TokenKind::Not: case TokenKind::Lambda:
    case TokenKind::Await: case TokenKind::None: case TokenKind::True: case TokenKind::False:
    case TokenKind::Ellipsis:
      return true;
    default:
      return false;
  }
}

bool EndsExpression(TokenKind k) {
  switch (k) {
    case TokenKind::Name: case TokenKind::Number: case TokenKind::String: case TokenKind::FstringEnd:
    case TokenKind::Rpar: case TokenKind::Rsqb: case TokenKind::Rbrace: case TokenKind::None:
    case TokenKind::True: case TokenKind::False: case TokenKind::Ellipsis:
      return true;
    default:
      return false;
  }
}

}  // namespace

const char* Parser::ExpressionName(NodeId n) const {
  switch (tree_->Kind(n)) {
    case NodeKind::Attribute: return "attribute";
    case NodeKind::Subscript: return "subscript";
    case NodeKind::Starred: return "starred";
    case NodeKind::Name: return "name";
    case NodeKind::List: return "list";
    case NodeKind::Tuple: return "tuple";
    case NodeKind::Lambda: return "lambda";
    case NodeKind::Call: return "function call";
    case NodeKind::BoolOp: case NodeKind::BinOp: case NodeKind::UnaryOp: return "expression";
    case NodeKind::GeneratorExp: return "generator expression";
    case NodeKind::Yield: case NodeKind::YieldFrom: return "yield expression";
    case NodeKind::Await: return "await expression";
    case NodeKind::ListComp: return "list comprehension";
    case NodeKind::SetComp: return "set comprehension";
    case NodeKind::DictComp: return "dict comprehension";
    case NodeKind::Dict: return "dict literal";
    case NodeKind::Set: return "set display";
    case NodeKind::JoinedStr: case NodeKind::FormattedValue: return "f-string expression";
    case NodeKind::Constant:
      switch (tree_->GetConstant(ConstantId(tree_->Field(n, ConstantField::value))).kind) {
        case Constant::Kind::None: return "None";
        case Constant::Kind::True: return "True";
        case Constant::Kind::False: return "False";
        case Constant::Kind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case NodeKind::Compare: return "comparison";
    case NodeKind::IfExp: return "conditional expression";
    case NodeKind::NamedExpr: return "named expression";
    default: return "expression";
  }
}

// Whether `(` comes right before the node (CPython's nodes exclude the
// parentheses around them).
bool Parser::IsParenthesized(NodeId n) const {
  std::string_view text = tokens_.file->text();
  for (SourceOffset i = Begin(n); i-- > 0;) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\\' || c == '\f') continue;
    return c == '(';
  }
  return false;
}

// invalid_named_expression, at the `=` after `a`:
//   a=NAME '=' b=bitwise_or !('='|':=')  -> "invalid syntax. Maybe you meant '==' or ':=' ..."
//   !(list|tuple|genexp|True|None|False) a=bitwise_or '=' bitwise_or !('='|':=')
//                                         -> "cannot assign to %s here. Maybe you meant '==' ..."
bool Parser::FailAssignmentInExpression(NodeId a) {
  if (failed_ || !At(TokenKind::Equal)) return false;
  NodeKind k = tree_->Kind(a);
  bool bitwise_or = IsParenthesized(a);
  switch (k) {
    case NodeKind::BinOp: case NodeKind::Await: case NodeKind::Call: case NodeKind::Attribute:
    case NodeKind::Subscript: case NodeKind::Name: case NodeKind::Constant: case NodeKind::JoinedStr:
    case NodeKind::List: case NodeKind::Tuple: case NodeKind::Set: case NodeKind::Dict:
    case NodeKind::ListComp: case NodeKind::SetComp: case NodeKind::DictComp: case NodeKind::GeneratorExp:
      bitwise_or = true;
      break;
    case NodeKind::UnaryOp:
      bitwise_or = bitwise_or || static_cast<UnaryOp>(tree_->Field(a, UnaryOpField::op)) != UnaryOp::Not;
      break;
    default:
      break;
  }
  if (!bitwise_or) return false;
  // The right-hand side: a bitwise_or not followed by `=` or `:=`.
  Checkpoint cp = Save();
  ++speculating_;
  Advance();
  NodeId b = ParseBinary(0);
  bool rhs_ok = b && !failed_ && !At(TokenKind::Equal) && !At(TokenKind::ColonEqual);
  --speculating_;
  Restore(cp);
  if (!rhs_ok) return false;
  if (k == NodeKind::Name && !IsParenthesized(a))
    return FailAt(DiagnosticKind::MaybeMeantEqualOrWalrus, Begin(a), End(a)), true;
  const char* name = ExpressionName(a);
  std::string_view sv(name);
  if (k == NodeKind::List || k == NodeKind::Tuple || k == NodeKind::GeneratorExp || sv == "True" ||
      sv == "None" || sv == "False")
    return false;
  return FailAt(DiagnosticKind::CannotAssignToMaybe, Begin(a), End(a), {name}), true;
}

// _PyPegen_get_invalid_target: the first part of `target` that cannot be
// assigned (deleted).
bool Parser::FailInvalidTarget(NodeId target, bool for_delete) {
  NodeList work{target};
  while (!work.empty()) {
    NodeId n = work.back();
    work.pop_back();
    switch (tree_->Kind(n)) {
      case NodeKind::Name: case NodeKind::Attribute: case NodeKind::Subscript:
        continue;
      case NodeKind::Tuple: case NodeKind::List: {
        std::span<const NodeId> elts = tree_->Items(n, TupleField::elts);
        for (size_t i = elts.size(); i-- > 0;) work.push_back(elts[i]);
        continue;
      }
      case NodeKind::Starred:
        if (!for_delete) {
          work.push_back(tree_->Node(n, StarredField::value));
          continue;
        }
        break;
      default:
        break;
    }
    return FailAt(for_delete ? DiagnosticKind::CannotDelete : DiagnosticKind::CannotAssignTo, Begin(n), End(n),
                  {ExpressionName(n)}),
           true;
  }
  return false;
}

// At a token where the generic "invalid syntax" would be reported:
// invalid_legacy_expression (print/exec without parentheses) and
// invalid_expression's juxtaposed expressions inside brackets.
bool Parser::ReportByErrorRules() {
  if (pos_ == 0) return false;
  const Token& t = Peek();
  const Token& prev = tokens_.tokens[pos_ - 1];
  if (!StartsExpression(t.kind) || !EndsExpression(prev.kind)) return false;
  // The start of the logical line, and the bracket depth at `t`.
  uint32_t line_start = pos_;
  while (line_start > 0) {
    TokenKind k = tokens_.tokens[line_start - 1].kind;
    if (k == TokenKind::Newline || k == TokenKind::Indent || k == TokenKind::Dedent || k == TokenKind::Semi) break;
    --line_start;
  }
  int depth = 0;
  for (uint32_t i = line_start; i < pos_; ++i) {
    switch (tokens_.tokens[i].kind) {
      case TokenKind::Lpar: case TokenKind::Lsqb: case TokenKind::Lbrace: ++depth; break;
      case TokenKind::Rpar: case TokenKind::Rsqb: case TokenKind::Rbrace: --depth; break;
      default: break;
    }
  }
  if (pos_ == line_start + 1 && prev.kind == TokenKind::Name) {
    std::string_view name = tokens_.Text(TokenId(line_start));
    if (name == "print" || name == "exec")
      return FailAt(DiagnosticKind::MissingParenthesesInCall, prev.begin, t.end, {name}), true;
  }
  if (depth <= 0) return false;
  if (prev.kind == TokenKind::Name && t.kind == TokenKind::String) return false;
  return FailAt(DiagnosticKind::PerhapsForgotComma, prev.begin, t.end), true;
}

void Parser::ReportInFstring(DiagnosticKind kind, SourceOffset begin, SourceOffset end,
                             std::initializer_list<std::string_view> args) {
  std::string_view format = FormatOf(kind);
  std::string message;
  for (size_t i = 0; i < format.size(); ++i) {
    if (format[i] == '{' && i + 2 < format.size() && format[i + 2] == '}' && format[i + 1] >= '0' &&
        format[i + 1] <= '9') {
      size_t n = static_cast<size_t>(format[i + 1] - '0');
      if (n < args.size()) message += *(args.begin() + n);
      i += 2;
    } else {
      message += format[i];
    }
  }
  diagnostics_.Report(DiagnosticKind::FstringSyntaxError, *tokens_.file, begin, end, {message});
}

}  // namespace keelback::parser_detail
