// The recursive-descent parser: statements, expressions and their CPython
// positions. Grammar rule names in comments are those of CPython's
// Grammar/python.gram, so each function can be read against it.
#include "parse/parser.h"

#include <vector>

#include "lex/literals.h"

namespace keelback {
namespace {

constexpr uint32_t kNone = UINT32_MAX;

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
// nested without brackets (`not not ... x`, `- - - x`) hit this guard too.
constexpr int kMaxDepth = 200;

// Unwinds the parse after the first error (no C++ exceptions in the
// compiler: every function checks `failed_` through Fail()'s result).
class Parser {
 public:
  Parser(const TokenizedFile& tokens, Diagnostics& diagnostics)
      : tokens_(tokens), diagnostics_(diagnostics), tree_(std::make_unique<SyntaxTree>(*tokens.file)) {}

  std::unique_ptr<SyntaxTree> ParseFile();

 private:
  // --- tokens
  const Token& Peek(uint32_t ahead = 0) const {
    uint32_t i = pos_ + ahead;
    return tokens_.tokens[i < tokens_.tokens.size() ? i : tokens_.tokens.size() - 1];
  }
  TokenKind PeekKind(uint32_t ahead = 0) const { return Peek(ahead).kind; }
  bool At(TokenKind kind) const { return PeekKind() == kind; }
  bool AtName(std::string_view text) const {
    return At(TokenKind::Name) && tokens_.Text(TokenId(pos_)) == text;
  }
  const Token& Advance() {
    const Token& t = tokens_.tokens[pos_];
    if (pos_ + 1 < tokens_.tokens.size()) ++pos_;
    last_end_ = t.end;
    return t;
  }
  bool Accept(TokenKind kind) {
    if (!At(kind)) return false;
    Advance();
    return true;
  }
  bool Expect(TokenKind kind) {
    if (Accept(kind)) return true;
    if (kind == TokenKind::Colon) return FailAt(DiagnosticKind::ExpectedColon, last_end_, last_end_);
    return FailHere();
  }

  // --- errors
  bool failed() const { return failed_; }
  bool FailAt(DiagnosticKind kind, SourceOffset begin, SourceOffset end, std::initializer_list<std::string_view> args = {}) {
    if (!failed_) {
      failed_ = true;
      diagnostics_.Report(kind, *tokens_.file, begin, end, args);
    }
    return false;
  }
  // An error at the current token: the lexer's own error if it stopped here,
  // otherwise CPython's generic "invalid syntax".
  bool FailHere() {
    if (failed_) return false;
    if (At(TokenKind::Error)) {
      failed_ = true;
      ReportLexError(tokens_, diagnostics_);
      return false;
    }
    const Token& t = Peek();
    if (t.kind == TokenKind::Indent) return FailAt(DiagnosticKind::UnexpectedIndent, t.begin, t.end);
    // As CPython, a generic syntax error gives way to an error the tokenizer
    // finds further on: any error it reports, or a bracket left open on an
    // earlier line than the syntax error's.
    if (tokens_.error &&
        (tokens_.error->kind != DiagnosticKind::NeverClosed ||
         tokens_.file->Locate(tokens_.error->begin).line < tokens_.file->Locate(t.begin).line)) {
      failed_ = true;
      ReportLexError(tokens_, diagnostics_);
      return false;
    }
    SourceOffset end = t.end > t.begin ? t.end : t.begin;
    return FailAt(DiagnosticKind::InvalidSyntax, t.begin, end);
  }
  NodeId Invalid() { return NodeId(); }

  // --- building
  NodeId Add(NodeKind kind, SourceOffset begin, SourceOffset end, std::initializer_list<uint32_t> fields) {
    return tree_->AddNode(kind, begin, end, fields);
  }
  uint32_t ListOf(const std::vector<NodeId>& items) { return tree_->AddList(items).index; }
  uint32_t EmptyList() { return tree_->AddList(std::span<const uint32_t>()).index; }
  uint32_t Id(NodeId n) { return n.index; }
  SourceOffset Begin(NodeId n) const { return (*tree_)[n].begin; }
  SourceOffset End(NodeId n) const { return (*tree_)[n].end; }
  uint32_t InternToken(const Token& t) {
    return tree_->Intern(tokens_.file->text().substr(t.begin, t.end - t.begin)).index;
  }
  uint32_t Constant(Constant::Kind kind) {
    keelback::Constant c;
    c.kind = kind;
    return tree_->AddConstant(std::move(c)).index;
  }

  struct DepthGuard {
    Parser& p;
    explicit DepthGuard(Parser& parser) : p(parser) { ++p.depth_; }
    ~DepthGuard() { --p.depth_; }
    bool TooDeep() {
      if (p.depth_ <= kMaxDepth) return false;
      const Token& t = p.Peek();
      p.FailAt(DiagnosticKind::ExpressionTooDeep, t.begin, t.end);
      return true;
    }
  };

  // --- statements
  bool ParseStatement(std::vector<NodeId>& out);
  bool ParseSimpleStatements(std::vector<NodeId>& out);
  NodeId ParseSimpleStatement();
  NodeId ParseCompoundStatement();
  bool ParseBlock(std::vector<NodeId>& body, const char* what, SourceOffset header_begin);
  NodeId ParseIf(bool is_elif);
  NodeId ParseWhile();
  NodeId ParseFor();
  NodeId ParseFunctionDef(std::vector<NodeId> decorators, SourceOffset begin);
  NodeId ParseClassDef(std::vector<NodeId> decorators, SourceOffset begin);
  NodeId ParseTry();
  NodeId ParseWith();
  NodeId ParseDecorated();
  NodeId ParseImport();
  NodeId ParseFromImport();
  NodeId ParseExpressionStatement();
  NodeId ParseArguments(TokenKind closer, bool allow_annotations);
  bool ParseOrElse(std::vector<NodeId>& orelse);

  // --- expressions
  NodeId ParseStarExpressions();   // star_expressions: a tuple without parentheses
  NodeId ParseTargetList();        // star_targets before `in` (for loops, comprehensions)
  NodeId ParseExpressionList(bool allow_star, bool named);
  NodeId ParseNamedExpression();
  NodeId ParseStarNamedExpression();
  NodeId ParseExpression();
  NodeId ParseLambda();
  NodeId ParseDisjunction();
  NodeId ParseConjunction();
  NodeId ParseInversion();
  NodeId ParseComparison();
  NodeId ParseBinary(int level);
  NodeId ParseFactor();
  NodeId ParsePower();
  NodeId ParsePrimary();
  NodeId ParseAtom();
  NodeId ParseStrings();
  NodeId ParseParenthesized();
  NodeId ParseListDisplay();
  NodeId ParseDictOrSet();
  NodeId ParseCall(NodeId func, SourceOffset start);  // func invalid: a class's bases
  NodeId ParseSubscript(NodeId value, SourceOffset start);
  NodeId ParseSlice();
  bool ParseComprehensionClauses(std::vector<NodeId>& generators);

  bool SetContext(NodeId target, ExprContext ctx, bool for_assignment);

  const TokenizedFile& tokens_;
  Diagnostics& diagnostics_;
  std::unique_ptr<SyntaxTree> tree_;
  uint32_t pos_ = 0;
  SourceOffset last_end_ = 0;
  int depth_ = 0;
  bool failed_ = false;
};

std::unique_ptr<SyntaxTree> Parser::ParseFile() {
  std::vector<NodeId> body;
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

// statement: compound_stmt | simple_stmts
bool Parser::ParseStatement(std::vector<NodeId>& out) {
  switch (PeekKind()) {
    case TokenKind::If:
    case TokenKind::While:
    case TokenKind::For:
    case TokenKind::Def:
    case TokenKind::Class:
    case TokenKind::Try:
    case TokenKind::With:
    case TokenKind::At: {
      NodeId n = ParseCompoundStatement();
      if (!n) return false;
      out.push_back(n);
      return true;
    }
    default:
      return ParseSimpleStatements(out);
  }
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
bool Parser::ParseSimpleStatements(std::vector<NodeId>& out) {
  for (;;) {
    NodeId n = ParseSimpleStatement();
    if (!n) return false;
    out.push_back(n);
    if (Accept(TokenKind::Semi)) {
      if (At(TokenKind::Newline)) break;
      continue;
    }
    break;
  }
  if (!Accept(TokenKind::Newline)) return FailHere();
  return true;
}

NodeId Parser::ParseSimpleStatement() {
  const Token start = Peek();
  switch (start.kind) {
    case TokenKind::Pass:
      Advance();
      return Add(NodeKind::Pass, start.begin, start.end, {});
    case TokenKind::Break:
      Advance();
      return Add(NodeKind::Break, start.begin, start.end, {});
    case TokenKind::Continue:
      Advance();
      return Add(NodeKind::Continue, start.begin, start.end, {});
    case TokenKind::Return: {
      Advance();
      uint32_t value = kNone;
      if (!At(TokenKind::Newline) && !At(TokenKind::Semi)) {
        NodeId v = ParseStarExpressions();
        if (!v) return Invalid();
        value = Id(v);
      }
      return Add(NodeKind::Return, start.begin, last_end_, {value});
    }
    case TokenKind::Raise: {
      Advance();
      uint32_t exc = kNone, cause = kNone;
      if (!At(TokenKind::Newline) && !At(TokenKind::Semi)) {
        NodeId e = ParseExpression();
        if (!e) return Invalid();
        exc = Id(e);
        if (Accept(TokenKind::From)) {
          NodeId c = ParseExpression();
          if (!c) return Invalid();
          cause = Id(c);
        }
      }
      return Add(NodeKind::Raise, start.begin, last_end_, {exc, cause});
    }
    case TokenKind::Global:
    case TokenKind::Nonlocal: {
      Advance();
      std::vector<uint32_t> names;
      do {
        if (!At(TokenKind::Name)) return FailHere(), Invalid();
        names.push_back(InternToken(Advance()));
      } while (Accept(TokenKind::Comma));
      return Add(start.kind == TokenKind::Global ? NodeKind::Global : NodeKind::Nonlocal, start.begin, last_end_,
                 {tree_->AddList(names).index});
    }
    case TokenKind::Del: {
      Advance();
      std::vector<NodeId> targets;
      do {
        if (At(TokenKind::Newline) || At(TokenKind::Semi)) break;
        NodeId t = ParseBinary(0);
        if (!t || !SetContext(t, ExprContext::Del, false)) return Invalid();
        targets.push_back(t);
      } while (Accept(TokenKind::Comma));
      return Add(NodeKind::Delete, start.begin, last_end_, {ListOf(targets)});
    }
    case TokenKind::Assert: {
      Advance();
      NodeId test = ParseExpression();
      if (!test) return Invalid();
      uint32_t msg = kNone;
      if (Accept(TokenKind::Comma)) {
        NodeId m = ParseExpression();
        if (!m) return Invalid();
        msg = Id(m);
      }
      return Add(NodeKind::Assert, start.begin, last_end_, {Id(test), msg});
    }
    case TokenKind::Import:
      return ParseImport();
    case TokenKind::From:
      return ParseFromImport();
    default:
      return ParseExpressionStatement();
  }
}

// import_name: 'import' dotted_as_names
NodeId Parser::ParseImport() {
  SourceOffset begin = Advance().begin;
  std::vector<NodeId> names;
  do {
    if (!At(TokenKind::Name)) return FailHere(), Invalid();
    SourceOffset name_begin = Peek().begin;
    std::string dotted(tokens_.Text(TokenId(pos_)));
    Advance();
    while (Accept(TokenKind::Dot)) {
      if (!At(TokenKind::Name)) return FailHere(), Invalid();
      dotted += "." + std::string(tokens_.Text(TokenId(pos_)));
      Advance();
    }
    uint32_t asname = kNone;
    if (Accept(TokenKind::As)) {
      if (!At(TokenKind::Name)) return FailHere(), Invalid();
      asname = InternToken(Advance());
    }
    // `import a.b` binds `a`: intern it for the name resolver.
    tree_->Intern(std::string_view(dotted).substr(0, dotted.find('.')));
    names.push_back(Add(NodeKind::Alias, name_begin, last_end_, {tree_->Intern(dotted).index, asname}));
  } while (Accept(TokenKind::Comma));
  return Add(NodeKind::Import, begin, last_end_, {ListOf(names)});
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
NodeId Parser::ParseFromImport() {
  SourceOffset begin = Advance().begin;
  uint32_t level = 0;
  for (;;) {
    if (Accept(TokenKind::Dot)) ++level;
    else if (Accept(TokenKind::Ellipsis)) level += 3;
    else break;
  }
  uint32_t module = kNone;
  if (At(TokenKind::Name)) {
    std::string dotted(tokens_.Text(TokenId(pos_)));
    Advance();
    while (Accept(TokenKind::Dot)) {
      if (!At(TokenKind::Name)) return FailHere(), Invalid();
      dotted += "." + std::string(tokens_.Text(TokenId(pos_)));
      Advance();
    }
    module = tree_->Intern(dotted).index;
  } else if (level == 0) {
    return FailHere(), Invalid();
  }
  if (!Expect(TokenKind::Import)) return Invalid();
  std::vector<NodeId> names;
  if (At(TokenKind::Star)) {
    const Token& star = Advance();
    names.push_back(Add(NodeKind::Alias, star.begin, star.end, {tree_->Intern("*").index, kNone}));
  } else {
    bool paren = Accept(TokenKind::Lpar);
    do {
      if (paren && At(TokenKind::Rpar)) break;
      if (!At(TokenKind::Name)) return FailHere(), Invalid();
      const Token& name = Advance();
      uint32_t asname = kNone;
      if (Accept(TokenKind::As)) {
        if (!At(TokenKind::Name)) return FailHere(), Invalid();
        asname = InternToken(Advance());
      }
      names.push_back(Add(NodeKind::Alias, name.begin, last_end_, {InternToken(name), asname}));
    } while (Accept(TokenKind::Comma));
    if (paren && !Expect(TokenKind::Rpar)) return Invalid();
  }
  return Add(NodeKind::ImportFrom, begin, last_end_, {module, ListOf(names), level});
}

// Expression statements and assignments:
//   assignment: NAME ':' expression ['=' annotated_rhs]
//             | (star_targets '=')+ (yield_expr | star_expressions)
//             | single_target augassign (yield_expr | star_expressions)
//   star_expressions
NodeId Parser::ParseExpressionStatement() {
  SourceOffset begin = Peek().begin;
  NodeId first = ParseStarExpressions();
  if (!first) return Invalid();
  TokenKind k = PeekKind();
  if (k == TokenKind::Colon) {  // annotated assignment
    NodeKind tk = tree_->Kind(first);
    if (tk != NodeKind::Name && tk != NodeKind::Attribute && tk != NodeKind::Subscript)
      return FailAt(DiagnosticKind::IllegalTargetForAnnotation, Begin(first), End(first)), Invalid();
    Advance();
    NodeId annotation = ParseExpression();
    if (!annotation) return Invalid();
    uint32_t value = kNone;
    if (Accept(TokenKind::Equal)) {
      NodeId v = ParseStarExpressions();
      if (!v) return Invalid();
      value = Id(v);
    }
    SetContext(first, ExprContext::Store, true);
    // `simple` is 1 for a bare name that was not parenthesised.
    uint32_t simple = tk == NodeKind::Name && tokens_.file->text()[Begin(first)] != '(' ? 1 : 0;
    return Add(NodeKind::AnnAssign, begin, last_end_, {Id(first), Id(annotation), value, simple});
  }
  BinaryOp aug_op;
  bool is_aug = true;
  switch (k) {
    case TokenKind::PlusEqual: aug_op = BinaryOp::Add; break;
    case TokenKind::MinEqual: aug_op = BinaryOp::Sub; break;
    case TokenKind::StarEqual: aug_op = BinaryOp::Mult; break;
    case TokenKind::AtEqual: aug_op = BinaryOp::MatMult; break;
    case TokenKind::SlashEqual: aug_op = BinaryOp::Div; break;
    case TokenKind::PercentEqual: aug_op = BinaryOp::Mod; break;
    case TokenKind::DoubleStarEqual: aug_op = BinaryOp::Pow; break;
    case TokenKind::LeftShiftEqual: aug_op = BinaryOp::LShift; break;
    case TokenKind::RightShiftEqual: aug_op = BinaryOp::RShift; break;
    case TokenKind::VbarEqual: aug_op = BinaryOp::BitOr; break;
    case TokenKind::CircumflexEqual: aug_op = BinaryOp::BitXor; break;
    case TokenKind::AmperEqual: aug_op = BinaryOp::BitAnd; break;
    case TokenKind::DoubleSlashEqual: aug_op = BinaryOp::FloorDiv; break;
    default: is_aug = false; aug_op = BinaryOp::Add; break;
  }
  if (is_aug) {
    NodeKind tk = tree_->Kind(first);
    if (tk != NodeKind::Name && tk != NodeKind::Attribute && tk != NodeKind::Subscript) {
      return FailAt(DiagnosticKind::InvalidSyntax, Begin(first), End(first)), Invalid();
    }
    Advance();
    SetContext(first, ExprContext::Store, true);
    NodeId value = ParseStarExpressions();
    if (!value) return Invalid();
    return Add(NodeKind::AugAssign, begin, last_end_, {Id(first), static_cast<uint32_t>(aug_op), Id(value)});
  }
  if (k != TokenKind::Equal) return Add(NodeKind::Expr, begin, last_end_, {Id(first)});
  std::vector<NodeId> targets{first};
  NodeId value;
  while (Accept(TokenKind::Equal)) {
    value = ParseStarExpressions();
    if (!value) return Invalid();
    if (At(TokenKind::Equal)) targets.push_back(value);
  }
  for (NodeId t : targets)
    if (!SetContext(t, ExprContext::Store, true)) return Invalid();
  return Add(NodeKind::Assign, begin, last_end_, {ListOf(targets), Id(value), kNone});
}

// Marks an expression as an assignment or deletion target, checking that
// it can be one. Walks nested tuples and lists with a work list.
bool Parser::SetContext(NodeId target, ExprContext ctx, bool for_assignment) {
  std::vector<NodeId> work{target};
  while (!work.empty()) {
    NodeId n = work.back();
    work.pop_back();
    switch (tree_->Kind(n)) {
      case NodeKind::Name:
        tree_->SetField(n, NameField::ctx, static_cast<uint32_t>(ctx));
        break;
      case NodeKind::Attribute:
        tree_->SetField(n, AttributeField::ctx, static_cast<uint32_t>(ctx));
        break;
      case NodeKind::Subscript:
        tree_->SetField(n, SubscriptField::ctx, static_cast<uint32_t>(ctx));
        break;
      case NodeKind::Starred:
        tree_->SetField(n, StarredField::ctx, static_cast<uint32_t>(ctx));
        work.push_back(tree_->Node(n, StarredField::value));
        break;
      case NodeKind::Tuple:
      case NodeKind::List:
        tree_->SetField(n, TupleField::ctx, static_cast<uint32_t>(ctx));
        for (NodeId e : tree_->Items(n, TupleField::elts)) work.push_back(e);
        break;
      default: {
        const char* what = "expression";
        switch (tree_->Kind(n)) {
          case NodeKind::Call: what = "function call"; break;
          case NodeKind::Constant: what = "literal"; break;
          case NodeKind::Compare: what = "comparison"; break;
          case NodeKind::Lambda: what = "lambda"; break;
          case NodeKind::IfExp: what = "conditional expression"; break;
          case NodeKind::NamedExpr: what = "named expression"; break;
          default: break;
        }
        if (for_assignment)
          return FailAt(DiagnosticKind::CannotAssignTo, Begin(n), End(n), {what});
        return FailAt(DiagnosticKind::InvalidSyntax, Begin(n), End(n));
      }
    }
  }
  return true;
}

NodeId Parser::ParseCompoundStatement() {
  switch (PeekKind()) {
    case TokenKind::If: return ParseIf(false);
    case TokenKind::While: return ParseWhile();
    case TokenKind::For: return ParseFor();
    case TokenKind::Def: return ParseFunctionDef({}, Peek().begin);
    case TokenKind::Class: return ParseClassDef({}, Peek().begin);
    case TokenKind::Try: return ParseTry();
    case TokenKind::With: return ParseWith();
    case TokenKind::At: return ParseDecorated();
    default: return FailHere(), Invalid();
  }
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
bool Parser::ParseBlock(std::vector<NodeId>& body, const char* what, SourceOffset header_begin) {
  DepthGuard guard(*this);
  if (guard.TooDeep()) return false;
  if (!Expect(TokenKind::Colon)) return false;
  if (!Accept(TokenKind::Newline)) return ParseSimpleStatements(body);
  if (!At(TokenKind::Indent)) {
    if (At(TokenKind::Error)) return FailHere();
    LineColumn at = tokens_.file->Locate(header_begin);
    const Token& t = Peek();
    return FailAt(DiagnosticKind::ExpectedIndentedBlock, t.begin, t.end, {what, std::to_string(at.line)});
  }
  Advance();
  while (!At(TokenKind::Dedent) && !At(TokenKind::EndMarker)) {
    if (!ParseStatement(body)) return false;
  }
  return Accept(TokenKind::Dedent) || At(TokenKind::EndMarker);
}

bool Parser::ParseOrElse(std::vector<NodeId>& orelse) {
  if (!At(TokenKind::Else)) return true;
  SourceOffset begin = Advance().begin;
  return ParseBlock(orelse, "'else' statement", begin);
}

// if_stmt: 'if' named_expression ':' block elif_stmt | ... else_block
NodeId Parser::ParseIf(bool is_elif) {
  SourceOffset begin = Advance().begin;
  NodeId test = ParseNamedExpression();
  if (!test) return Invalid();
  std::vector<NodeId> body, orelse;
  if (!ParseBlock(body, is_elif ? "'elif' statement" : "'if' statement", begin)) return Invalid();
  if (At(TokenKind::Elif)) {
    NodeId elif = ParseIf(true);
    if (!elif) return Invalid();
    orelse.push_back(elif);
  } else if (!ParseOrElse(orelse)) {
    return Invalid();
  }
  SourceOffset end = orelse.empty() ? End(body.back()) : End(orelse.back());
  return Add(NodeKind::If, begin, end, {Id(test), ListOf(body), ListOf(orelse)});
}

NodeId Parser::ParseWhile() {
  SourceOffset begin = Advance().begin;
  NodeId test = ParseNamedExpression();
  if (!test) return Invalid();
  std::vector<NodeId> body, orelse;
  if (!ParseBlock(body, "'while' statement", begin) || !ParseOrElse(orelse)) return Invalid();
  SourceOffset end = orelse.empty() ? End(body.back()) : End(orelse.back());
  return Add(NodeKind::While, begin, end, {Id(test), ListOf(body), ListOf(orelse)});
}

// for_stmt: 'for' star_targets 'in' star_expressions ':' block [else_block]
NodeId Parser::ParseFor() {
  SourceOffset begin = Advance().begin;
  NodeId target = ParseTargetList();
  if (!target || !SetContext(target, ExprContext::Store, true)) return Invalid();
  if (!Expect(TokenKind::In)) return Invalid();
  NodeId iter = ParseStarExpressions();
  if (!iter) return Invalid();
  std::vector<NodeId> body, orelse;
  if (!ParseBlock(body, "'for' statement", begin) || !ParseOrElse(orelse)) return Invalid();
  SourceOffset end = orelse.empty() ? End(body.back()) : End(orelse.back());
  return Add(NodeKind::For, begin, end, {Id(target), Id(iter), ListOf(body), ListOf(orelse), kNone});
}

NodeId Parser::ParseDecorated() {
  SourceOffset begin = Peek().begin;
  std::vector<NodeId> decorators;
  while (Accept(TokenKind::At)) {
    NodeId d = ParseNamedExpression();
    if (!d) return Invalid();
    decorators.push_back(d);
    if (!Expect(TokenKind::Newline)) return Invalid();
  }
  if (At(TokenKind::Def)) return ParseFunctionDef(std::move(decorators), begin);
  if (At(TokenKind::Class)) return ParseClassDef(std::move(decorators), begin);
  return FailHere(), Invalid();
}

// function_def_raw: 'def' NAME '(' [params] ')' ['->' expression] ':' block
NodeId Parser::ParseFunctionDef(std::vector<NodeId> decorators, SourceOffset begin) {
  SourceOffset def_begin = Advance().begin;
  if (!At(TokenKind::Name)) return FailHere(), Invalid();
  uint32_t name = InternToken(Advance());
  if (!Expect(TokenKind::Lpar)) return Invalid();
  NodeId args = ParseArguments(TokenKind::Rpar, true);
  if (!args || !Expect(TokenKind::Rpar)) return Invalid();
  uint32_t returns = kNone;
  if (Accept(TokenKind::Rarrow)) {
    NodeId r = ParseExpression();
    if (!r) return Invalid();
    returns = Id(r);
  }
  std::vector<NodeId> body;
  if (!ParseBlock(body, "function definition", def_begin)) return Invalid();
  // CPython positions a decorated definition at its first decorator... no:
  // at the `def` keyword, since 3.8.
  (void)begin;
  return Add(NodeKind::FunctionDef, def_begin, End(body.back()),
             {name, Id(args), ListOf(body), ListOf(decorators), returns, kNone});
}

// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
NodeId Parser::ParseClassDef(std::vector<NodeId> decorators, SourceOffset begin) {
  SourceOffset class_begin = Advance().begin;
  (void)begin;
  if (!At(TokenKind::Name)) return FailHere(), Invalid();
  uint32_t name = InternToken(Advance());
  uint32_t bases = EmptyList(), keywords = EmptyList();
  if (At(TokenKind::Lpar)) {
    NodeId call = ParseCall(Invalid(), 0);
    if (!call) return Invalid();
    bases = tree_->Field(call, CallField::args);
    keywords = tree_->Field(call, CallField::keywords);
  }
  std::vector<NodeId> body;
  if (!ParseBlock(body, "class definition", class_begin)) return Invalid();
  return Add(NodeKind::ClassDef, class_begin, End(body.back()),
             {name, bases, keywords, ListOf(body), ListOf(decorators)});
}

// try_stmt: 'try' ':' block (except_block+ [else_block] [finally_block] | finally_block)
NodeId Parser::ParseTry() {
  SourceOffset begin = Advance().begin;
  std::vector<NodeId> body, handlers, orelse, finalbody;
  if (!ParseBlock(body, "'try' statement", begin)) return Invalid();
  while (At(TokenKind::Except)) {
    SourceOffset hbegin = Advance().begin;
    uint32_t type = kNone, name = kNone;
    if (!At(TokenKind::Colon)) {
      NodeId t = ParseExpression();
      if (!t) return Invalid();
      if (At(TokenKind::Comma)) {  // except A, B: -> a tuple (an error in 3.11 without parentheses)
        return FailAt(DiagnosticKind::InvalidSyntax, Peek().begin, Peek().end), Invalid();
      }
      type = Id(t);
      if (Accept(TokenKind::As)) {
        if (!At(TokenKind::Name)) return FailHere(), Invalid();
        name = InternToken(Advance());
      }
    }
    std::vector<NodeId> hbody;
    if (!ParseBlock(hbody, "'except' statement", hbegin)) return Invalid();
    handlers.push_back(Add(NodeKind::ExceptHandler, hbegin, End(hbody.back()), {type, name, ListOf(hbody)}));
  }
  if (!handlers.empty() && !ParseOrElse(orelse)) return Invalid();
  if (At(TokenKind::Finally)) {
    SourceOffset fbegin = Advance().begin;
    if (!ParseBlock(finalbody, "'finally' statement", fbegin)) return Invalid();
  }
  if (handlers.empty() && finalbody.empty()) return FailHere(), Invalid();
  SourceOffset end = !finalbody.empty() ? End(finalbody.back())
                     : !orelse.empty()  ? End(orelse.back())
                                        : End(handlers.back());
  return Add(NodeKind::Try, begin, end, {ListOf(body), ListOf(handlers), ListOf(orelse), ListOf(finalbody)});
}

// with_stmt: 'with' ','.with_item+ ':' block
NodeId Parser::ParseWith() {
  SourceOffset begin = Advance().begin;
  std::vector<NodeId> items;
  do {
    NodeId ctx = ParseExpression();
    if (!ctx) return Invalid();
    uint32_t vars = kNone;
    if (Accept(TokenKind::As)) {
      NodeId v = ParseBinary(0);
      if (!v || !SetContext(v, ExprContext::Store, true)) return Invalid();
      vars = Id(v);
    }
    items.push_back(Add(NodeKind::WithItem, Begin(ctx), last_end_, {Id(ctx), vars}));
  } while (Accept(TokenKind::Comma));
  std::vector<NodeId> body;
  if (!ParseBlock(body, "'with' statement", begin)) return Invalid();
  return Add(NodeKind::With, begin, End(body.back()), {ListOf(items), ListOf(body), kNone});
}

// parameters (def) and lambda_parameters: positional-only before '/',
// keyword-only after '*' or '*args', '**kwargs' last.
NodeId Parser::ParseArguments(TokenKind closer, bool allow_annotations) {
  std::vector<NodeId> posonly, args, kwonly, kw_defaults, defaults;
  uint32_t vararg = kNone, kwarg = kNone;
  bool after_star = false;
  auto parse_arg = [&]() -> NodeId {
    if (!At(TokenKind::Name)) return FailHere(), Invalid();
    const Token& name = Advance();
    uint32_t annotation = kNone;
    if (allow_annotations && Accept(TokenKind::Colon)) {
      NodeId a = ParseExpression();
      if (!a) return Invalid();
      annotation = Id(a);
    }
    return Add(NodeKind::Arg, name.begin, last_end_, {InternToken(name), annotation, kNone});
  };
  while (!At(closer)) {
    if (Accept(TokenKind::DoubleStar)) {
      NodeId a = parse_arg();
      if (!a) return Invalid();
      kwarg = Id(a);
      Accept(TokenKind::Comma);
      break;
    }
    if (Accept(TokenKind::Star)) {
      after_star = true;
      if (At(TokenKind::Name)) {
        NodeId a = parse_arg();
        if (!a) return Invalid();
        vararg = Id(a);
      }
    } else if (At(TokenKind::Slash)) {
      Advance();
      posonly.insert(posonly.end(), args.begin(), args.end());
      args.clear();
    } else {
      NodeId a = parse_arg();
      if (!a) return Invalid();
      NodeId def;
      if (Accept(TokenKind::Equal)) {
        def = ParseExpression();
        if (!def) return Invalid();
      }
      if (after_star) {
        kwonly.push_back(a);
        kw_defaults.push_back(def);
      } else {
        args.push_back(a);
        if (def) defaults.push_back(def);
        else if (!defaults.empty()) {
          return FailAt(DiagnosticKind::InvalidSyntax, Begin(a), End(a)), Invalid();
        }
      }
    }
    if (!Accept(TokenKind::Comma)) break;
  }
  std::vector<uint32_t> kwd;
  for (NodeId d : kw_defaults) kwd.push_back(d.index);
  return Add(NodeKind::Arguments, 0, 0,
             {ListOf(posonly), ListOf(args), vararg, ListOf(kwonly), tree_->AddList(kwd).index, kwarg,
              ListOf(defaults)});
}

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
  std::vector<NodeId> elts{first};
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
NodeId Parser::ParseTargetList() {
  auto one = [&]() -> NodeId {
    if (!At(TokenKind::Star)) return ParseBinary(0);
    SourceOffset begin = Advance().begin;
    NodeId value = ParseBinary(0);
    if (!value) return Invalid();
    return Add(NodeKind::Starred, begin, last_end_, {Id(value), static_cast<uint32_t>(ExprContext::Load)});
  };
  SourceOffset start = Peek().begin;
  NodeId first = one();
  if (!first || !At(TokenKind::Comma)) return first;
  std::vector<NodeId> elts{first};
  while (Accept(TokenKind::Comma)) {
    if (At(TokenKind::In) || At(TokenKind::Equal)) break;
    NodeId e = one();
    if (!e) return Invalid();
    elts.push_back(e);
  }
  return Add(NodeKind::Tuple, start, last_end_, {ListOf(elts), static_cast<uint32_t>(ExprContext::Load)});
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
  return ParseExpression();
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
  if (!Expect(TokenKind::Else)) return Invalid();
  NodeId orelse = ParseExpression();
  if (!orelse) return Invalid();
  return Add(NodeKind::IfExp, start, last_end_, {Id(test), Id(body), Id(orelse)});
}

NodeId Parser::ParseLambda() {
  SourceOffset begin = Advance().begin;
  NodeId args = ParseArguments(TokenKind::Colon, false);
  if (!args || !Expect(TokenKind::Colon)) return Invalid();
  NodeId body = ParseExpression();
  if (!body) return Invalid();
  return Add(NodeKind::Lambda, begin, last_end_, {Id(args), Id(body)});
}

NodeId Parser::ParseDisjunction() {
  SourceOffset start = Peek().begin;
  NodeId first = ParseConjunction();
  if (!first || !At(TokenKind::Or)) return first;
  std::vector<NodeId> values{first};
  while (Accept(TokenKind::Or)) {
    NodeId n = ParseConjunction();
    if (!n) return Invalid();
    values.push_back(n);
  }
  return Add(NodeKind::BoolOp, start, last_end_, {static_cast<uint32_t>(BoolOp::Or), ListOf(values)});
}

NodeId Parser::ParseConjunction() {
  SourceOffset start = Peek().begin;
  NodeId first = ParseInversion();
  if (!first || !At(TokenKind::And)) return first;
  std::vector<NodeId> values{first};
  while (Accept(TokenKind::And)) {
    NodeId n = ParseInversion();
    if (!n) return Invalid();
    values.push_back(n);
  }
  return Add(NodeKind::BoolOp, start, last_end_, {static_cast<uint32_t>(BoolOp::And), ListOf(values)});
}

NodeId Parser::ParseInversion() {
  if (!At(TokenKind::Not)) return ParseComparison();
  DepthGuard guard(*this);
  if (guard.TooDeep()) return Invalid();
  SourceOffset begin = Advance().begin;
  NodeId operand = ParseInversion();
  if (!operand) return Invalid();
  return Add(NodeKind::UnaryOp, begin, last_end_, {static_cast<uint32_t>(UnaryOp::Not), Id(operand)});
}

// comparison: bitwise_or compare_op_bitwise_or_pair+
NodeId Parser::ParseComparison() {
  SourceOffset start = Peek().begin;
  NodeId left = ParseBinary(0);
  if (!left) return Invalid();
  std::vector<uint32_t> ops;
  std::vector<NodeId> comparators;
  for (;;) {
    CmpOp op;
    switch (PeekKind()) {
      case TokenKind::EqEqual: op = CmpOp::Eq; break;
      case TokenKind::NotEqual: op = CmpOp::NotEq; break;
      case TokenKind::Less: op = CmpOp::Lt; break;
      case TokenKind::LessEqual: op = CmpOp::LtE; break;
      case TokenKind::Greater: op = CmpOp::Gt; break;
      case TokenKind::GreaterEqual: op = CmpOp::GtE; break;
      case TokenKind::In: op = CmpOp::In; break;
      case TokenKind::Is:
        op = PeekKind(1) == TokenKind::Not ? CmpOp::IsNot : CmpOp::Is;
        if (op == CmpOp::IsNot) Advance();
        break;
      case TokenKind::Not:
        if (PeekKind(1) != TokenKind::In) goto done;
        Advance();
        op = CmpOp::NotIn;
        break;
      default:
        goto done;
    }
    Advance();
    {
      NodeId right = ParseBinary(0);
      if (!right) return Invalid();
      ops.push_back(static_cast<uint32_t>(op));
      comparators.push_back(right);
    }
  }
done:
  if (ops.empty()) return left;
  return Add(NodeKind::Compare, start, last_end_,
             {Id(left), tree_->AddList(ops).index, ListOf(comparators)});
}

// Binary operator levels, loosest first: | ^ & (<< >>) (+ -) (* / // % @).
NodeId Parser::ParseBinary(int level) {
  constexpr int kLevels = 6;
  if (level == kLevels) return ParseFactor();
  SourceOffset start = Peek().begin;
  NodeId left = ParseBinary(level + 1);
  for (;;) {
    if (!left) return Invalid();
    BinaryOp op;
    TokenKind k = PeekKind();
    switch (level) {
      case 0: if (k != TokenKind::Vbar) return left; op = BinaryOp::BitOr; break;
      case 1: if (k != TokenKind::Circumflex) return left; op = BinaryOp::BitXor; break;
      case 2: if (k != TokenKind::Amper) return left; op = BinaryOp::BitAnd; break;
      case 3:
        if (k == TokenKind::LeftShift) op = BinaryOp::LShift;
        else if (k == TokenKind::RightShift) op = BinaryOp::RShift;
        else return left;
        break;
      case 4:
        if (k == TokenKind::Plus) op = BinaryOp::Add;
        else if (k == TokenKind::Minus) op = BinaryOp::Sub;
        else return left;
        break;
      default:
        if (k == TokenKind::Star) op = BinaryOp::Mult;
        else if (k == TokenKind::Slash) op = BinaryOp::Div;
        else if (k == TokenKind::DoubleSlash) op = BinaryOp::FloorDiv;
        else if (k == TokenKind::Percent) op = BinaryOp::Mod;
        else if (k == TokenKind::At) op = BinaryOp::MatMult;
        else return left;
        break;
    }
    Advance();
    NodeId right = ParseBinary(level + 1);
    if (!right) return Invalid();
    left = Add(NodeKind::BinOp, start, last_end_, {Id(left), static_cast<uint32_t>(op), Id(right)});
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
  std::vector<NodeId> args, keywords;
  while (!At(TokenKind::Rpar)) {
    SourceOffset begin = Peek().begin;
    if (Accept(TokenKind::DoubleStar)) {
      NodeId v = ParseExpression();
      if (!v) return Invalid();
      keywords.push_back(Add(NodeKind::Keyword, begin, last_end_, {kNone, Id(v)}));
    } else if (At(TokenKind::Name) && PeekKind(1) == TokenKind::Equal) {
      const Token& name = Advance();
      Advance();
      NodeId v = ParseExpression();
      if (!v) return Invalid();
      keywords.push_back(Add(NodeKind::Keyword, begin, last_end_, {InternToken(name), Id(v)}));
    } else {
      NodeId a = ParseStarNamedExpression();
      if (!a) return Invalid();
      if (At(TokenKind::For) || (At(TokenKind::Async))) {
        // A generator expression as the sole argument: f(x for x in y).
        std::vector<NodeId> generators;
        if (!ParseComprehensionClauses(generators)) return Invalid();
        NodeId gen = Add(NodeKind::GeneratorExp, Begin(a), last_end_, {Id(a), ListOf(generators)});
        // CPython positions a sole generator argument at the call's parentheses.
        if (args.empty() && keywords.empty() && At(TokenKind::Rpar)) tree_->SetRange(gen, lpar, Peek().end);
        a = gen;
      }
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
  NodeId first = ParseSlice();
  if (!first) return Invalid();
  NodeId slice = first;
  if (At(TokenKind::Comma)) {
    std::vector<NodeId> elts{first};
    while (Accept(TokenKind::Comma)) {
      if (At(TokenKind::Rsqb)) break;
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
    lower = At(TokenKind::Star) ? ParseStarNamedExpression() : ParseNamedExpression();
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
bool Parser::ParseComprehensionClauses(std::vector<NodeId>& generators) {
  while (At(TokenKind::For) || At(TokenKind::Async)) {
    uint32_t is_async = Accept(TokenKind::Async) ? 1 : 0;
    if (!Expect(TokenKind::For)) return false;
    NodeId target = ParseTargetList();
    if (!target || !SetContext(target, ExprContext::Store, true)) return false;
    if (!Expect(TokenKind::In)) return false;
    NodeId iter = ParseDisjunction();
    if (!iter) return false;
    std::vector<NodeId> ifs;
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
      return FailAt(DiagnosticKind::NotSupportedYet, t.begin, t.end, {"f-strings"}), Invalid();
    default:
      return FailHere(), Invalid();
  }
}

// One or more adjacent string literals, concatenated.
NodeId Parser::ParseStrings() {
  SourceOffset begin = Peek().begin;
  std::string value;
  bool first_bytes = false, first = true;
  uint32_t kind = kNone;
  while (At(TokenKind::String)) {
    const Token& t = Advance();
    std::string_view text = tokens_.file->text().substr(t.begin, t.end - t.begin);
    if (first && (text[0] == 'u' || text[0] == 'U')) kind = tree_->Intern("u").index;
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
NodeId Parser::ParseParenthesized() {
  DepthGuard guard(*this);
  if (guard.TooDeep()) return Invalid();
  SourceOffset begin = Advance().begin;
  if (Accept(TokenKind::Rpar)) {
    return Add(NodeKind::Tuple, begin, last_end_, {EmptyList(), static_cast<uint32_t>(ExprContext::Load)});
  }
  if (At(TokenKind::Yield)) {
    SourceOffset ybegin = Advance().begin;
    NodeId y;
    if (Accept(TokenKind::From)) {
      NodeId v = ParseExpression();
      if (!v) return Invalid();
      y = Add(NodeKind::YieldFrom, ybegin, End(v), {Id(v)});
    } else {
      uint32_t value = kNone;
      if (!At(TokenKind::Rpar)) {
        NodeId v = ParseStarExpressions();
        if (!v) return Invalid();
        value = Id(v);
      }
      y = Add(NodeKind::Yield, ybegin, last_end_, {value});
    }
    if (!Expect(TokenKind::Rpar)) return Invalid();
    return y;
  }
  NodeId first = ParseStarNamedExpression();
  if (!first) return Invalid();
  if (At(TokenKind::For) || At(TokenKind::Async)) {
    std::vector<NodeId> generators;
    if (!ParseComprehensionClauses(generators) || !Expect(TokenKind::Rpar)) return Invalid();
    return Add(NodeKind::GeneratorExp, begin, last_end_, {Id(first), ListOf(generators)});
  }
  if (Accept(TokenKind::Rpar)) return first;  // a parenthesised expression keeps its own position
  std::vector<NodeId> elts{first};
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
  std::vector<NodeId> elts;
  if (!At(TokenKind::Rsqb)) {
    NodeId first = ParseStarNamedExpression();
    if (!first) return Invalid();
    if (At(TokenKind::For) || At(TokenKind::Async)) {
      std::vector<NodeId> generators;
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
  std::vector<NodeId> keys, values;
  auto parse_entry = [&](NodeId& key, NodeId& value) -> bool {
    if (Accept(TokenKind::DoubleStar)) {
      key = NodeId();
      value = ParseBinary(0);
      return static_cast<bool>(value);
    }
    key = ParseExpression();
    if (!key || !Expect(TokenKind::Colon)) return false;
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
      first_value = ParseExpression();
      if (!first_value) return Invalid();
    }
  }
  if (At(TokenKind::For) || At(TokenKind::Async)) {
    std::vector<NodeId> generators;
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

}  // namespace

std::unique_ptr<SyntaxTree> Parse(const TokenizedFile& tokens, Diagnostics& diagnostics) {
  Parser parser(tokens, diagnostics);
  return parser.ParseFile();
}

}  // namespace keelback
