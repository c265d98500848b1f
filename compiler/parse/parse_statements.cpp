// Statements: simple statements, compound statements and their blocks,
// function parameters. Grammar rule names are those of CPython's
// Grammar/python.gram.
#include "parse/parser_internal.h"

namespace keelback::parser_detail {

bool Parser::ParseStatement(NodeList& out) {
  switch (PeekKind()) {
    case TokenKind::If:
    case TokenKind::While:
    case TokenKind::For:
    case TokenKind::Def:
    case TokenKind::Class:
    case TokenKind::Try:
    case TokenKind::With:
    case TokenKind::At:
    case TokenKind::Async: {
      NodeId n = ParseCompoundStatement();
      if (!n) return false;
      out.push_back(n);
      return true;
    }
    case TokenKind::Name: {
      // The superset's soft keywords (`fn`, `struct`, `comptime for`, ...).
      SupersetStart superset = AtSupersetStatement();
      if (IsSupersetCompound(superset)) {
        NodeId n = ParseSupersetStatement(superset, {}, Peek().begin);
        if (!n) return false;
        out.push_back(n);
        return true;
      }
      // `match` is a soft keyword: a match statement where the line parses
      // as one, an ordinary name otherwise (as CPython's PEG parser tries).
      if (AtName("match") && PeekKind(1) != TokenKind::Equal && PeekKind(1) != TokenKind::Dot &&
          PeekKind(1) != TokenKind::Newline) {
        bool is_match = false;
        NodeId n = ParseMatch(is_match);
        if (is_match) {
          if (!n) return false;
          out.push_back(n);
          return true;
        }
      }
      return ParseSimpleStatements(out);
    }
    default:
      return ParseSimpleStatements(out);
  }
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
bool Parser::ParseSimpleStatements(NodeList& out) {
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
  // `type` is a soft keyword: `type X = ...` and `type X[...] = ...` cannot
  // be Python 3.11 (two names in a row), so `type = 1`, `type(x)` keep
  // their meaning.
  if (start.kind == TokenKind::Name && AtTypeAlias()) return ParseTypeAlias();
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
      NodeList targets;
      do {
        if (At(TokenKind::Newline) || At(TokenKind::Semi)) break;
        if (At(TokenKind::Star)) return FailAt(DiagnosticKind::CannotDelete, Peek().begin, Peek().end, {"starred"}), Invalid();
        NodeId t = ParseBinary(0);
        if (!t || !SetContext(t, ExprContext::Del, false)) return Invalid();
        targets.push_back(t);
      } while (Accept(TokenKind::Comma));
      if (targets.empty()) return FailHere(), Invalid();
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
    case TokenKind::Name: {
      SupersetStart superset = AtSupersetStatement();
      if (superset != SupersetStart::None && !IsSupersetCompound(superset))
        return ParseSupersetStatement(superset, {}, start.begin);
      return ParseExpressionStatement();
    }
    default:
      return ParseExpressionStatement();
  }
}

// import_name: 'import' dotted_as_names
NodeId Parser::ParseImport() {
  SourceOffset begin = Advance().begin;
  NodeList names;
  do {
    if (!At(TokenKind::Name)) return FailHere(), Invalid();
    SourceOffset name_begin = Peek().begin;
    std::string dotted = NameText(TokenId(pos_));
    Advance();
    while (Accept(TokenKind::Dot)) {
      if (!At(TokenKind::Name)) return FailHere(), Invalid();
      dotted += "." + NameText(TokenId(pos_));
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
    std::string dotted = NameText(TokenId(pos_));
    Advance();
    while (Accept(TokenKind::Dot)) {
      if (!At(TokenKind::Name)) return FailHere(), Invalid();
      dotted += "." + NameText(TokenId(pos_));
      Advance();
    }
    module = tree_->Intern(dotted).index;
  } else if (level == 0) {
    return FailHere(), Invalid();
  }
  if (!Expect(TokenKind::Import)) return Invalid();
  NodeList names;
  if (At(TokenKind::Star)) {
    const Token& star = Advance();
    names.push_back(Add(NodeKind::Alias, star.begin, star.end, {tree_->Intern("*").index, kNone}));
  } else {
    bool paren = Accept(TokenKind::Lpar);
    do {
      if (paren && At(TokenKind::Rpar)) break;
      if (!paren && !names.empty() && At(TokenKind::Newline))
        return FailAt(DiagnosticKind::TrailingCommaInImport, last_end_ - 1, last_end_), Invalid();
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
  NodeId first = ParseAssignedValue();
  if (!first) return Invalid();
  TokenKind k = PeekKind();
  if (k == TokenKind::ColonEqual && tree_->Kind(first) != NodeKind::Name)  // invalid_named_expression
    return FailAt(DiagnosticKind::AssignmentExpressionTarget, Begin(first), End(first), {ExpressionName(first)}),
           Invalid();
  if (k == TokenKind::Colon) {  // annotated assignment
    NodeKind tk = tree_->Kind(first);
    if (tk == NodeKind::Tuple || tk == NodeKind::List)
      return FailAt(DiagnosticKind::OnlySingleTargetAnnotated, Begin(first), End(first),
                    {tk == NodeKind::Tuple ? "tuple" : "list"}),
             Invalid();
    if (tk != NodeKind::Name && tk != NodeKind::Attribute && tk != NodeKind::Subscript)
      return FailAt(DiagnosticKind::IllegalTargetForAnnotation, Begin(first), End(first)), Invalid();
    Advance();
    NodeId annotation = ParseExpression();
    if (!annotation) return Invalid();
    uint32_t value = kNone;
    if (Accept(TokenKind::Equal)) {
      NodeId v = ParseAssignedValue();
      if (!v) return Invalid();
      value = Id(v);
    }
    SetContext(first, ExprContext::Store, true);
    // `simple` is 1 for a bare name that was not parenthesised.
    uint32_t simple = tk == NodeKind::Name && tokens_.file->text()[begin] != '(' ? 1 : 0;
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
      return FailAt(DiagnosticKind::IllegalAugmentedTarget, Begin(first), End(first), {ExpressionName(first)}),
             Invalid();
    }
    Advance();
    SetContext(first, ExprContext::Store, true);
    NodeId value = ParseAssignedValue();
    if (!value) return Invalid();
    return Add(NodeKind::AugAssign, begin, last_end_, {Id(first), static_cast<uint32_t>(aug_op), Id(value)});
  }
  if (k != TokenKind::Equal) return Add(NodeKind::Expr, begin, last_end_, {Id(first)});
  NodeList targets{first};
  NodeId value;
  // invalid_assignment: the first invalid target gets CPython's message.
  auto check_target = [&](NodeId t, bool first_target) {
    NodeKind tk = tree_->Kind(t);
    if (tk == NodeKind::Name || tk == NodeKind::Attribute || tk == NodeKind::Subscript) return true;
    if ((tk == NodeKind::Yield || tk == NodeKind::YieldFrom) && !IsParenthesized(t))
      return FailAt(DiagnosticKind::AssignToYieldExpression, Begin(t), End(t));
    if (first_target && FailAssignmentInExpression(t)) return false;
    return !FailInvalidTarget(t, false);
  };
  if (!check_target(first, true)) return Invalid();
  while (Accept(TokenKind::Equal)) {
    value = ParseAssignedValue();
    if (!value) return Invalid();
    if (At(TokenKind::Equal)) {
      if (!check_target(value, false)) return Invalid();
      targets.push_back(value);
    }
  }
  for (NodeId t : targets)
    if (!SetContext(t, ExprContext::Store, true)) return Invalid();
  return Add(NodeKind::Assign, begin, last_end_, {ListOf(targets), Id(value), kNone});
}

// Marks an expression as an assignment or deletion target, checking that
// it can be one. Walks nested tuples and lists with a work list.
bool Parser::SetContext(NodeId target, ExprContext ctx, bool for_assignment) {
  NodeList work{target};
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
      default:
        return FailAt(for_assignment ? DiagnosticKind::CannotAssignTo : DiagnosticKind::CannotDelete, Begin(n),
                      End(n), {ExpressionName(n)});
    }
  }
  return true;
}

NodeId Parser::ParseCompoundStatement() {
  switch (PeekKind()) {
    case TokenKind::If: return ParseIf(false);
    case TokenKind::While: return ParseWhile();
    case TokenKind::For: return ParseFor(Peek().begin, false);
    case TokenKind::Def:
      if (mojo_) return ParseFnDef({}, Peek().begin);
      return ParseFunctionDef({}, Peek().begin, false);
    case TokenKind::Class: return ParseClassDef({}, Peek().begin);
    case TokenKind::Try: return ParseTry();
    case TokenKind::With: return ParseWith(Peek().begin, false);
    case TokenKind::At: return ParseDecorated();
    case TokenKind::Async: {
      // async_stmt: 'async' (function_def | for_stmt | with_stmt); the node
      // starts at `async`.
      SourceOffset begin = Advance().begin;
      if (At(TokenKind::Def)) return ParseFunctionDef({}, begin, true);
      if (At(TokenKind::For)) return ParseFor(begin, true);
      if (At(TokenKind::With)) return ParseWith(begin, true);
      return FailHere(), Invalid();
    }
    default: return FailHere(), Invalid();
  }
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
bool Parser::ParseBlock(NodeList& body, const char* what, SourceOffset header_begin) {
  DepthGuard guard(*this);
  if (guard.TooDeep()) return false;
  if (!Expect(TokenKind::Colon)) return false;
  if (!Accept(TokenKind::Newline)) return ParseSimpleStatements(body);
  if (!At(TokenKind::Indent)) {
    if (At(TokenKind::Error)) return FailHere();
    LineColumn at = tokens_.file->Locate(header_begin);
    const Token& t = Peek();
    // One caret, at the token where the block should have started.
    return FailAt(DiagnosticKind::ExpectedIndentedBlock, t.begin, t.begin, {what, std::to_string(at.line)});
  }
  Advance();
  while (!At(TokenKind::Dedent) && !At(TokenKind::EndMarker)) {
    if (!ParseStatement(body)) return false;
  }
  return Accept(TokenKind::Dedent) || At(TokenKind::EndMarker);
}

bool Parser::ParseOrElse(NodeList& orelse) {
  if (!At(TokenKind::Else)) return true;
  SourceOffset begin = Advance().begin;
  return ParseBlock(orelse, "'else' statement", begin);
}

// if_stmt: 'if' named_expression ':' block elif_stmt | ... else_block
// An `elif` chain is an If nested in the orelse of the one before; it is
// parsed in a loop and built from its end, since its length is the user's.
NodeId Parser::ParseIf(bool is_elif) {
  (void)is_elif;
  struct Clause {
    SourceOffset begin;
    NodeId test;
    uint32_t body;
    SourceOffset body_end;
  };
  std::vector<Clause> clauses;
  do {
    bool elif = !clauses.empty();
    SourceOffset begin = Advance().begin;
    NodeId test = ParseNamedExpression();
    if (!test || FailAssignmentInExpression(test)) return Invalid();
    NodeList body;
    if (!ParseBlock(body, elif ? "'elif' statement" : "'if' statement", begin)) return Invalid();
    clauses.push_back({begin, test, ListOf(body), last_code_end_});
  } while (At(TokenKind::Elif));
  NodeList orelse;
  if (!ParseOrElse(orelse)) return Invalid();
  SourceOffset else_end = last_code_end_;
  NodeId node;
  for (size_t i = clauses.size(); i-- > 0;) {
    const Clause& c = clauses[i];
    SourceOffset end = orelse.empty() ? c.body_end : else_end;
    node = Add(NodeKind::If, c.begin, end, {Id(c.test), c.body, ListOf(orelse)});
    orelse.clear();
    orelse.push_back(node);
  }
  return node;
}

NodeId Parser::ParseWhile() {
  SourceOffset begin = Advance().begin;
  NodeId test = ParseNamedExpression();
  if (!test || FailAssignmentInExpression(test)) return Invalid();
  NodeList body, orelse;
  if (!ParseBlock(body, "'while' statement", begin) || !ParseOrElse(orelse)) return Invalid();
  SourceOffset end = last_code_end_;
  return Add(NodeKind::While, begin, end, {Id(test), ListOf(body), ListOf(orelse)});
}

// for_stmt: 'for' star_targets 'in' star_expressions ':' block [else_block]
NodeId Parser::ParseFor(SourceOffset begin, bool is_async) {
  Advance();
  NodeId target = ParseTargetList();
  if (!target || !SetContext(target, ExprContext::Store, true)) return Invalid();
  if (!Expect(TokenKind::In)) return Invalid();
  NodeId iter = ParseStarExpressions();
  if (!iter) return Invalid();
  NodeList body, orelse;
  if (!ParseBlock(body, "'for' statement", begin) || !ParseOrElse(orelse)) return Invalid();
  SourceOffset end = last_code_end_;
  return Add(is_async ? NodeKind::AsyncFor : NodeKind::For, begin, end,
             {Id(target), Id(iter), ListOf(body), ListOf(orelse), kNone});
}

NodeId Parser::ParseDecorated() {
  SourceOffset begin = Peek().begin;
  NodeList decorators;
  while (Accept(TokenKind::At)) {
    NodeId d = ParseNamedExpression();
    if (!d) return Invalid();
    decorators.push_back(d);
    if (!Expect(TokenKind::Newline)) return Invalid();
  }
  // `@parameter` before a for or an if: Mojo's compile-time loop and branch.
  if ((At(TokenKind::For) || At(TokenKind::If)) && decorators.size() == 1 &&
      tree_->Kind(decorators[0]) == NodeKind::Name &&
      tree_->Name(tree_->Ident(decorators[0], NameField::id)) == "parameter") {
    NodeId stmt = At(TokenKind::For) ? ParseFor(Peek().begin, false) : ParseIf(false);
    if (!stmt) return Invalid();
    return Add(NodeKind::ComptimeStmt, begin, last_code_end_, {tree_->Intern("parameter").index, Id(stmt)});
  }
  // A decorated definition starts at its `def`, `async` or `class` (3.8+).
  if (At(TokenKind::Name)) {
    SupersetStart superset = AtSupersetStatement();
    if (superset == SupersetStart::Fn || superset == SupersetStart::Struct || superset == SupersetStart::Trait)
      return ParseSupersetStatement(superset, std::move(decorators), Peek().begin);
  }
  if (At(TokenKind::Def) && mojo_) return ParseFnDef(std::move(decorators), Peek().begin);
  if (At(TokenKind::Def)) return ParseFunctionDef(std::move(decorators), Peek().begin, false);
  if (At(TokenKind::Async) && PeekKind(1) == TokenKind::Def) {
    SourceOffset async_begin = Advance().begin;
    return ParseFunctionDef(std::move(decorators), async_begin, true);
  }
  if (At(TokenKind::Class)) return ParseClassDef(std::move(decorators), Peek().begin);
  return FailHere(), Invalid();
}

// function_def_raw: 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' block
NodeId Parser::ParseFunctionDef(NodeList decorators, SourceOffset begin, bool is_async) {
  SourceOffset def_begin = Advance().begin;
  if (!At(TokenKind::Name)) return FailHere(), Invalid();
  uint32_t name = InternToken(Advance());
  uint32_t type_params = kNone;
  if (At(TokenKind::Lsqb)) {
    type_params = ParseTypeParams();
    if (failed()) return Invalid();
  }
  if (!Expect(TokenKind::Lpar)) return Invalid();
  NodeId args = ParseArguments(TokenKind::Rpar, true);
  if (!args || !Expect(TokenKind::Rpar)) return Invalid();
  uint32_t returns = kNone;
  if (Accept(TokenKind::Rarrow)) {
    NodeId r = ParseExpression();
    if (!r) return Invalid();
    returns = Id(r);
  }
  NodeList body;
  if (!ParseBlock(body, "function definition", def_begin)) return Invalid();
  return Add(is_async ? NodeKind::AsyncFunctionDef : NodeKind::FunctionDef, begin, last_code_end_,
             {name, Id(args), ListOf(body), ListOf(decorators), returns, kNone, type_params});
}

// class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
NodeId Parser::ParseClassDef(NodeList decorators, SourceOffset begin) {
  SourceOffset class_begin = Advance().begin;
  (void)begin;
  if (!At(TokenKind::Name)) return FailHere(), Invalid();
  uint32_t name = InternToken(Advance());
  uint32_t type_params = kNone;
  if (At(TokenKind::Lsqb)) {
    type_params = ParseTypeParams();
    if (failed()) return Invalid();
  }
  uint32_t bases = EmptyList(), keywords = EmptyList();
  if (At(TokenKind::Lpar)) {
    NodeId call = ParseCall(Invalid(), 0);
    if (!call) return Invalid();
    bases = tree_->Field(call, CallField::args);
    keywords = tree_->Field(call, CallField::keywords);
  }
  NodeList body;
  if (!ParseBlock(body, "class definition", class_begin)) return Invalid();
  return Add(NodeKind::ClassDef, class_begin, last_code_end_,
             {name, bases, keywords, ListOf(body), ListOf(decorators), type_params});
}

// type_params: '[' type_param_seq ']'; type_param_seq: ','.type_param+ [',']
// (CPython 3.12's Grammar/python.gram, which has no rule for an empty list:
// "invalid syntax" at the `]`).
uint32_t Parser::ParseTypeParams() {
  Advance();  // [
  if (At(TokenKind::Rsqb)) {
    FailAt(DiagnosticKind::InvalidSyntax, Peek().begin, Peek().end);
    return kNone;
  }
  NodeList params;
  do {
    if (At(TokenKind::Rsqb)) break;
    NodeId p = ParseTypeParam();
    if (!p) return kNone;
    params.push_back(p);
  } while (Accept(TokenKind::Comma));
  if (!Expect(TokenKind::Rsqb)) return kNone;
  return ListOf(params);
}

// type_param (3.12), each node from its first token to its last:
//   NAME [':' expression]   TypeVar (a parenthesised tuple: constraints)
//   '*' NAME                TypeVarTuple (a bound: "cannot use bound with TypeVarTuple")
//   '**' NAME               ParamSpec (likewise)
NodeId Parser::ParseTypeParam() {
  SourceOffset begin = Peek().begin;
  NodeKind kind = Accept(TokenKind::DoubleStar) ? NodeKind::ParamSpec
                  : Accept(TokenKind::Star)     ? NodeKind::TypeVarTuple
                                                : NodeKind::TypeVar;
  if (!At(TokenKind::Name)) return FailHere(), Invalid();
  uint32_t name = InternToken(Advance());
  if (kind == NodeKind::TypeVar) {
    uint32_t bound = kNone;
    if (Accept(TokenKind::Colon)) {
      NodeId b = ParseExpression();
      if (!b) return Invalid();
      bound = Id(b);
    }
    return Add(NodeKind::TypeVar, begin, last_end_, {name, bound});
  }
  if (At(TokenKind::Colon)) {
    SourceOffset colon = Advance().begin;
    NodeId e = ParseExpression();
    if (!e) return Invalid();
    bool tuple = tree_->Kind(e) == NodeKind::Tuple;
    FailAt(DiagnosticKind::TypeParamBoundNotAllowed, colon, last_end_,
           {tuple ? "constraints" : "bound", kind == NodeKind::ParamSpec ? "ParamSpec" : "TypeVarTuple"});
    return Invalid();
  }
  return Add(kind, begin, last_end_, {name});
}

// type_alias: "type" NAME [type_params] '=' expression (3.12); the name is
// a Name in the Store context.
NodeId Parser::ParseTypeAlias() {
  SourceOffset begin = Advance().begin;  // type
  const Token& name_token = Advance();
  NodeId name = Add(NodeKind::Name, name_token.begin, name_token.end,
                    {InternToken(name_token), static_cast<uint32_t>(ExprContext::Store)});
  uint32_t type_params = EmptyList();
  if (At(TokenKind::Lsqb)) {
    type_params = ParseTypeParams();
    if (failed()) return Invalid();
  }
  if (!Expect(TokenKind::Equal)) return Invalid();
  NodeId value = ParseExpression();
  if (!value) return Invalid();
  return Add(NodeKind::TypeAlias, begin, last_end_, {Id(name), type_params, Id(value)});
}

// try_stmt: 'try' ':' block (except_block+ [else_block] [finally_block] | finally_block)
NodeId Parser::ParseTry() {
  SourceOffset begin = Advance().begin;
  NodeList body, handlers, orelse, finalbody;
  if (!ParseBlock(body, "'try' statement", begin)) return Invalid();
  // except_star_block: 'except' '*' expression ['as' NAME] ':' block; a
  // try whose handlers have the star is a TryStar.
  bool star = false;
  SourceOffset bare_except = kNone;
  while (At(TokenKind::Except)) {
    const Token& except = Peek();
    SourceOffset hbegin = Advance().begin;
    if (bare_except != kNone) return FailAt(DiagnosticKind::DefaultExceptMustBeLast, bare_except, bare_except + 6), Invalid();
    if (handlers.empty()) star = At(TokenKind::Star);
    if (star && !At(TokenKind::Star))
      return FailAt(DiagnosticKind::ExceptAndExceptStar, except.begin, Peek().end), Invalid();
    if (star) Advance();
    if (!star && At(TokenKind::Star))
      return FailAt(DiagnosticKind::ExceptAndExceptStar, except.begin, Peek().end), Invalid();
    uint32_t type = kNone, name = kNone;
    if (star && At(TokenKind::Colon))
      return FailAt(DiagnosticKind::ExpectedExceptionTypes, except.begin, Peek().end), Invalid();
    if (!star && At(TokenKind::Colon)) bare_except = except.begin;
    if (!At(TokenKind::Colon)) {
      NodeId t = ParseExpression();
      if (!t) return Invalid();
      if (At(TokenKind::Comma)) {  // except A, B: -> a tuple (an error in 3.11 without parentheses)
        return FailAt(DiagnosticKind::MultipleExceptionTypes, Begin(t), Peek().end), Invalid();
      }
      type = Id(t);
      if (Accept(TokenKind::As)) {
        if (!At(TokenKind::Name)) return FailHere(), Invalid();
        name = InternToken(Advance());
      }
    }
    NodeList hbody;
    if (!ParseBlock(hbody, "'except' statement", hbegin)) return Invalid();
    handlers.push_back(Add(NodeKind::ExceptHandler, hbegin, last_code_end_, {type, name, ListOf(hbody)}));
  }
  if (!handlers.empty() && !ParseOrElse(orelse)) return Invalid();
  if (At(TokenKind::Finally)) {
    SourceOffset fbegin = Advance().begin;
    if (!ParseBlock(finalbody, "'finally' statement", fbegin)) return Invalid();
  }
  if (handlers.empty() && finalbody.empty()) {
    if (At(TokenKind::Error) || failed_) return FailHere(), Invalid();
    return FailAt(DiagnosticKind::ExpectedExceptOrFinally, Peek().begin, Peek().end), Invalid();
  }
  SourceOffset end = last_code_end_;
  return Add(star ? NodeKind::TryStar : NodeKind::Try, begin, end,
             {ListOf(body), ListOf(handlers), ListOf(orelse), ListOf(finalbody)});
}

// with_stmt: 'with' '(' ','.with_item+ ','? ')' ':' block
//          | 'with' ','.with_item+ ':' block
// The parenthesised form is tried first, as CPython does: `with (a, b):`
// has two items, `with (a, b) as c:` one item, a tuple.
NodeId Parser::ParseWith(SourceOffset begin, bool is_async) {
  Advance();  // with
  NodeList items;
  bool done = false;
  if (At(TokenKind::Lpar)) {
    Checkpoint cp = Save();
    ++speculating_;
    Advance();
    bool ok = ParseWithItems(items, true) && Accept(TokenKind::Rpar) && At(TokenKind::Colon);
    --speculating_;
    if (ok) {
      done = true;
    } else {
      if (cp.failed_before) return Invalid();
      Restore(cp);
      items.clear();
    }
  }
  if (!done && !ParseWithItems(items, false)) return Invalid();
  NodeList body;
  if (!ParseBlock(body, is_async ? "'async with' statement" : "'with' statement", begin)) return Invalid();
  return Add(is_async ? NodeKind::AsyncWith : NodeKind::With, begin, last_code_end_,
             {ListOf(items), ListOf(body), kNone});
}

// ','.with_item+ (with a trailing comma allowed inside parentheses), where
// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
bool Parser::ParseWithItems(NodeList& items, bool parenthesized) {
  do {
    if (parenthesized && At(TokenKind::Rpar) && !items.empty()) break;
    NodeId ctx = ParseExpression();
    if (!ctx) return false;
    uint32_t vars = kNone;
    if (Accept(TokenKind::As)) {
      NodeId v = ParseTarget();
      if (!v || !SetContext(v, ExprContext::Store, true)) return false;
      if (!At(TokenKind::Comma) && !At(TokenKind::Colon) && !(parenthesized && At(TokenKind::Rpar)))
        return FailHere();
      vars = Id(v);
    }
    items.push_back(Add(NodeKind::WithItem, Begin(ctx), last_end_, {Id(ctx), vars}));
  } while (Accept(TokenKind::Comma));
  return true;
}

// parameters (def) and lambda_parameters: positional-only before '/',
// keyword-only after '*' or '*args', '**kwargs' last.
NodeId Parser::ParseArguments(TokenKind closer, bool allow_annotations, bool superset,
                              NodeList* infer_only) {
  NodeList posonly, args, kwonly, kw_defaults, defaults;
  uint32_t vararg = kNone, kwarg = kNone;
  bool after_star = false;
  // `star_annotation`: *args may be annotated with a star_expression
  // (`*args: *Ts`).
  auto parse_arg = [&](bool star_annotation = false) -> NodeId {
    uint32_t convention = kNone;
    SourceOffset arg_begin = Peek().begin;
    if (superset && AtConvention(0) && PeekKind(1) == TokenKind::Name) convention = InternToken(Advance());
    if (!At(TokenKind::Name)) return FailHere(), Invalid();
    const Token& name = Advance();
    uint32_t annotation = kNone;
    if (allow_annotations && Accept(TokenKind::Colon)) {
      NodeId a = star_annotation && At(TokenKind::Star) ? ParseTarget() : ParseExpression();
      if (!a) return Invalid();
      annotation = Id(a);
    }
    if (convention != kNone)
      return Add(NodeKind::FnArg, arg_begin, last_end_, {InternToken(name), annotation, convention});
    return Add(NodeKind::Arg, name.begin, last_end_, {InternToken(name), annotation, kNone});
  };
  bool seen_slash = false;
  while (!At(closer)) {
    if (At(TokenKind::DoubleStar)) {
      SourceOffset star_begin = Advance().begin;
      NodeId a = parse_arg();
      if (!a) return Invalid();
      if (At(TokenKind::Equal))
        return FailAt(DiagnosticKind::VarArgumentDefault, Peek().begin, Peek().end, {"keyword"}), Invalid();
      kwarg = Id(a);
      Accept(TokenKind::Comma);
      if (!At(closer) && (At(TokenKind::Name) || At(TokenKind::Star) || At(TokenKind::DoubleStar) ||
                          At(TokenKind::Slash)))
        return FailAt(DiagnosticKind::ArgumentsAfterKwargs, star_begin, Peek().end), Invalid();
      break;
    }
    if (At(TokenKind::Star)) {
      const Token& star = Advance();
      if (after_star) return FailAt(DiagnosticKind::StarTwice, star.begin, star.end), Invalid();
      after_star = true;
      if (At(TokenKind::Name)) {
        NodeId a = parse_arg(true);
        if (!a) return Invalid();
        if (At(TokenKind::Equal))
          return FailAt(DiagnosticKind::VarArgumentDefault, Peek().begin, Peek().end, {"positional"}), Invalid();
        vararg = Id(a);
      } else if (At(closer) || (At(TokenKind::Comma) && (PeekKind(1) == closer || PeekKind(1) == TokenKind::DoubleStar))) {
        return FailAt(DiagnosticKind::NamedArgumentsAfterBareStar, star.begin, star.end), Invalid();
      }
    } else if (infer_only && At(TokenKind::DoubleSlash)) {
      // Mojo's `//`: the parameters before it are inferred from the arguments.
      const Token& slashes = Advance();
      if (seen_slash || after_star || !infer_only->empty() || args.empty() || !defaults.empty())
        return FailAt(DiagnosticKind::InvalidSyntax, slashes.begin, slashes.end), Invalid();
      infer_only->Append(args.data(), args.size());
      args.clear();
    } else if (At(TokenKind::Slash)) {
      const Token& slash = Advance();
      if (seen_slash) return FailAt(DiagnosticKind::SlashTwice, slash.begin, slash.end), Invalid();
      if (after_star) return FailAt(DiagnosticKind::SlashAfterStar, slash.begin, slash.end), Invalid();
      if (args.empty()) return FailAt(DiagnosticKind::SlashFirst, slash.begin, slash.end), Invalid();
      seen_slash = true;
      posonly.Append(args.data(), args.size());
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
          return FailAt(DiagnosticKind::NonDefaultAfterDefault, Begin(a), End(a)), Invalid();
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


}  // namespace keelback::parser_detail

namespace keelback::parser_detail {

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
// The header is parsed speculatively: when it is not a match statement's,
// `is_match` stays false and the parser is back where it started. Once the
// header parses, errors in the cases are reported.
NodeId Parser::ParseMatch(bool& is_match) {
  Checkpoint cp = Save();
  SourceOffset begin = Peek().begin;
  ++speculating_;
  Advance();  // match
  // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  NodeId subject;
  {
    SourceOffset start = Peek().begin;
    NodeId first = ParseStarNamedExpression();
    if (first && At(TokenKind::Comma)) {
      NodeList elts{first};
      while (Accept(TokenKind::Comma)) {
        if (At(TokenKind::Colon)) break;
        NodeId e = ParseStarNamedExpression();
        if (!e) break;
        elts.push_back(e);
      }
      subject = failed_ ? NodeId() : Add(NodeKind::Tuple, start, last_end_, {ListOf(elts), static_cast<uint32_t>(ExprContext::Load)});
    } else if (first && tree_->Kind(first) != NodeKind::Starred) {
      subject = first;
    }
  }
  bool header = subject && Accept(TokenKind::Colon) && Accept(TokenKind::Newline);
  --speculating_;
  if (!header) {
    Restore(cp);
    return Invalid();
  }
  // `match SUBJECT:` and a line end can only be a match statement: from here
  // on, errors are reported (invalid_match_stmt, invalid_case_block).
  is_match = true;
  if (!At(TokenKind::Indent)) {
    if (At(TokenKind::Error)) return FailHere(), Invalid();
    const Token& t = Peek();
    return FailAt(DiagnosticKind::ExpectedIndentedBlock, t.begin, t.begin,
                  {"'match' statement", std::to_string(tokens_.file->Locate(begin).line)}),
           Invalid();
  }
  Advance();
  if (!AtName("case")) return FailHere(), Invalid();
  NodeList cases;
  while (AtName("case")) {
    if (!ParseCaseBlock(cases)) return Invalid();
  }
  if (!Accept(TokenKind::Dedent) && !At(TokenKind::EndMarker)) return FailHere(), Invalid();
  return Add(NodeKind::Match, begin, last_code_end_, {Id(subject), ListOf(cases)});
}

// case_block: "case" patterns guard? ':' block
bool Parser::ParseCaseBlock(NodeList& cases) {
  SourceOffset begin = Advance().begin;  // case
  NodeId pattern = ParsePatterns();
  if (!pattern) return false;
  uint32_t guard = kNone;
  if (Accept(TokenKind::If)) {
    NodeId g = ParseNamedExpression();
    if (!g) return false;
    guard = Id(g);
  }
  NodeList body;
  if (!ParseBlock(body, "'case' statement", begin)) return false;
  cases.push_back(Add(NodeKind::MatchCase, 0, 0, {Id(pattern), guard, ListOf(body)}));
  return true;
}

}  // namespace keelback::parser_detail
