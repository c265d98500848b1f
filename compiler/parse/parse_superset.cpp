// The typed superset's syntax (Mojo's): `fn`, `struct`, `trait`, `var`,
// `comptime`/`alias`, compile-time parameter lists, argument conventions,
// `raises`, capture lists. The nodes are listed in node_kinds.def.
//
// Its keywords are soft. A statement is the superset's only where its first
// tokens cannot begin valid Python 3.11 (two names in a row, or a keyword
// name before `for`/`assert`), so every Python program parses as CPython
// parses it: `var = 1`, `fn(x)`, `struct.pack(...)`, `def f(var): ...` keep
// their meaning. In a .mojo file `def` is Mojo's too (an FnDef).
#include "parse/parser_internal.h"

namespace keelback::parser_detail {

namespace {

bool IsConventionName(std::string_view text) {
  return text == "read" || text == "mut" || text == "owned" || text == "var" || text == "ref" || text == "out" ||
         text == "deinit" || text == "inout" || text == "borrowed" || text == "imm";
}

}  // namespace

bool Parser::AtConvention(uint32_t ahead) const {
  return PeekKind(ahead) == TokenKind::Name && IsConventionName(tokens_.Text(TokenId(pos_ + ahead)));
}

// Decides from the first tokens alone, except for `comptime if`, which is
// also the start of the Python expression `comptime if c else d`: the
// header is tried, and is the superset's only when its test ends at `:`.
Parser::SupersetStart Parser::AtSupersetStatement() {
  if (!At(TokenKind::Name)) return SupersetStart::None;
  std::string_view word = tokens_.Text(TokenId(pos_));
  TokenKind next = PeekKind(1);
  TokenKind after_name = PeekKind(2);
  bool name_next = next == TokenKind::Name;
  // In a .mojo file these are keywords: `struct S` without its colon is
  // a struct's syntax error, not Python's.
  if (word == "fn")
    return name_next && (mojo_ || after_name == TokenKind::Lpar || after_name == TokenKind::Lsqb) ? SupersetStart::Fn
                                                                                                 : SupersetStart::None;
  if (word == "struct" || word == "trait") {
    if (!name_next || (!mojo_ && after_name != TokenKind::Colon && after_name != TokenKind::Lpar &&
                       after_name != TokenKind::Lsqb))
      return SupersetStart::None;
    return word == "struct" ? SupersetStart::Struct : SupersetStart::Trait;
  }
  if (word == "var" || word == "ref" || word == "let") return name_next ? SupersetStart::Var : SupersetStart::None;
  if (word == "alias") return name_next ? SupersetStart::ComptimeDecl : SupersetStart::None;
  if (word != "comptime") return SupersetStart::None;
  if (name_next) return SupersetStart::ComptimeDecl;
  if (next == TokenKind::For) return SupersetStart::ComptimeBlock;
  if (next == TokenKind::Assert) return SupersetStart::ComptimeAssert;
  if (next != TokenKind::If) return SupersetStart::None;
  Checkpoint cp = Save();
  ++speculating_;
  Advance();
  Advance();
  NodeId test = ParseNamedExpression();
  bool header = test && At(TokenKind::Colon);
  --speculating_;
  Restore(cp);
  return header ? SupersetStart::ComptimeBlock : SupersetStart::None;
}

NodeId Parser::ParseSupersetStatement(SupersetStart what, NodeList decorators, SourceOffset begin) {
  switch (what) {
    case SupersetStart::None: return FailHere(), Invalid();
    case SupersetStart::Fn: return ParseFnDef(std::move(decorators), begin);
    case SupersetStart::Struct: return ParseStructOrTrait(std::move(decorators), begin, false);
    case SupersetStart::Trait: return ParseStructOrTrait(std::move(decorators), begin, true);
    case SupersetStart::Var: return ParseVarDecl();
    case SupersetStart::ComptimeDecl: return ParseComptimeDecl();
    case SupersetStart::ComptimeBlock:
    case SupersetStart::ComptimeAssert: {
      uint32_t keyword = InternToken(Advance());
      NodeId stmt = At(TokenKind::For)  ? ParseFor(Peek().begin, false)
                    : At(TokenKind::If) ? ParseIf(false)
                                        : ParseSimpleStatement();
      if (!stmt) return Invalid();
      SourceOffset end = what == SupersetStart::ComptimeAssert ? last_end_ : last_code_end_;
      return Add(NodeKind::ComptimeStmt, begin, end, {keyword, Id(stmt)});
    }
  }
  return FailHere(), Invalid();
}

// fn_def: ('fn' | 'def') NAME [parameters] '(' [fn_params] ')' effects* ['->' ['ref' ['[' origin ']']] type]
//         effects* ':' block
// effects: 'raises' [type] | capture_list | 'capturing' ['[' names ']']
NodeId Parser::ParseFnDef(NodeList decorators, SourceOffset begin) {
  const Token& keyword_token = Advance();
  SourceOffset def_begin = keyword_token.begin;
  uint32_t keyword = InternToken(keyword_token);
  if (!At(TokenKind::Name)) return FailHere(), Invalid();
  uint32_t name = InternToken(Advance());
  uint32_t params = kNone;
  if (At(TokenKind::Lsqb)) {
    NodeId p = ParseParameterList();
    if (!p) return Invalid();
    params = Id(p);
  }
  if (!Expect(TokenKind::Lpar)) return Invalid();
  NodeId args = ParseArguments(TokenKind::Rpar, true, true);
  if (!args || !Expect(TokenKind::Rpar)) return Invalid();
  uint32_t raises = 0, raises_type = kNone, returns = kNone, captures = kNone;
  for (;;) {
    if (AtName("raises") && raises == 0) {
      Advance();
      raises = 1;
      // A typed error (`raises MyError`) is a name, perhaps dotted or parameterised.
      if (At(TokenKind::Name) && !AtName("capturing")) {
        NodeId t = ParseExpression();
        if (!t) return Invalid();
        raises_type = Id(t);
      }
    } else if ((At(TokenKind::Lbrace) || AtName("capturing")) && captures == kNone) {
      NodeId c = ParseCaptureList();
      if (!c) return Invalid();
      captures = Id(c);
    } else if (At(TokenKind::Rarrow) && returns == kNone) {
      Advance();
      SourceOffset type_begin = Peek().begin;
      if (AtName("ref") && (PeekKind(1) == TokenKind::Lsqb || PeekKind(1) == TokenKind::Name)) {
        Advance();
        uint32_t origin = kNone;
        if (Accept(TokenKind::Lsqb)) {
          NodeId o = ParseExpression();
          if (!o || !Expect(TokenKind::Rsqb)) return Invalid();
          origin = Id(o);
        }
        NodeId t = ParseExpression();
        if (!t) return Invalid();
        returns = Id(Add(NodeKind::RefType, type_begin, last_end_, {origin, Id(t)}));
      } else {
        NodeId r = ParseExpression();
        if (!r) return Invalid();
        returns = Id(r);
      }
    } else {
      break;
    }
  }
  NodeList body;
  if (!ParseBlock(body, "function definition", def_begin)) return Invalid();
  return Add(NodeKind::FnDef, begin, last_code_end_,
             {keyword, name, params, Id(args), raises, raises_type, returns, captures, ListOf(body),
              ListOf(decorators)});
}

// parameters: '[' params ']' with params as a def's, plus `//` after the
// infer-only ones.
NodeId Parser::ParseParameterList() {
  SourceOffset begin = Advance().begin;  // [
  NodeList infer_only;
  NodeId args = ParseArguments(TokenKind::Rsqb, true, false, &infer_only);
  if (!args || !Expect(TokenKind::Rsqb)) return Invalid();
  tree_->SetRange(args, begin, last_end_);
  return Add(NodeKind::Parameters, begin, last_end_, {ListOf(infer_only), Id(args)});
}

// capture_list: '{' [capture (',' capture)* [',']] '}'
//   capture: CONVENTION (a default for everything used) | [CONVENTION] NAME
// or the legacy effect 'capturing' ['[' NAME (',' NAME)* ']'].
NodeId Parser::ParseCaptureList() {
  SourceOffset begin = Peek().begin;
  uint32_t capture_all = kNone;
  NodeList captures;
  if (AtName("capturing")) {
    capture_all = InternToken(Advance());
    if (Accept(TokenKind::Lsqb)) {
      do {
        if (At(TokenKind::Rsqb)) break;
        if (!At(TokenKind::Name)) return FailHere(), Invalid();
        const Token& n = Advance();
        captures.push_back(Add(NodeKind::Capture, n.begin, n.end, {InternToken(n), kNone}));
      } while (Accept(TokenKind::Comma));
      if (!Expect(TokenKind::Rsqb)) return Invalid();
    }
    return Add(NodeKind::CaptureList, begin, last_end_, {capture_all, ListOf(captures)});
  }
  Advance();  // {
  while (!At(TokenKind::Rbrace)) {
    // Python's error rules know nothing of capture lists: a plain message.
    if (!At(TokenKind::Name)) return FailAt(DiagnosticKind::InvalidSyntax, Peek().begin, Peek().end), Invalid();
    SourceOffset item_begin = Peek().begin;
    if (AtConvention(0) && PeekKind(1) == TokenKind::Name) {
      uint32_t convention = InternToken(Advance());
      uint32_t name = InternToken(Advance());
      captures.push_back(Add(NodeKind::Capture, item_begin, last_end_, {name, convention}));
    } else if (AtConvention(0)) {
      if (capture_all != kNone) return FailAt(DiagnosticKind::InvalidSyntax, Peek().begin, Peek().end), Invalid();
      capture_all = InternToken(Advance());
    } else {
      uint32_t name = InternToken(Advance());
      captures.push_back(Add(NodeKind::Capture, item_begin, last_end_, {name, kNone}));
    }
    if (!Accept(TokenKind::Comma)) break;
  }
  if (!At(TokenKind::Rbrace)) {
    if (At(TokenKind::Error)) return FailHere(), Invalid();
    return FailAt(DiagnosticKind::InvalidSyntax, Peek().begin, Peek().end), Invalid();
  }
  Advance();
  return Add(NodeKind::CaptureList, begin, last_end_, {capture_all, ListOf(captures)});
}

// struct_def: 'struct' NAME [parameters] ['(' [traits] ')'] ':' block (and
// 'trait' likewise).
NodeId Parser::ParseStructOrTrait(NodeList decorators, SourceOffset begin, bool is_trait) {
  SourceOffset keyword_begin = Advance().begin;
  (void)begin;
  if (!At(TokenKind::Name)) return FailHere(), Invalid();
  uint32_t name = InternToken(Advance());
  uint32_t params = kNone;
  if (At(TokenKind::Lsqb)) {
    NodeId p = ParseParameterList();
    if (!p) return Invalid();
    params = Id(p);
  }
  uint32_t bases = EmptyList();
  if (At(TokenKind::Lpar)) {
    NodeId call = ParseCall(Invalid(), 0);
    if (!call) return Invalid();
    if (!tree_->Items(call, CallField::keywords).empty()) {
      NodeId k = tree_->Items(call, CallField::keywords)[0];
      return FailAt(DiagnosticKind::InvalidSyntax, Begin(k), End(k)), Invalid();
    }
    bases = tree_->Field(call, CallField::args);
  }
  NodeList body;
  if (!ParseBlock(body, is_trait ? "trait definition" : "struct definition", keyword_begin)) return Invalid();
  return Add(is_trait ? NodeKind::TraitDef : NodeKind::StructDef, keyword_begin, last_code_end_,
             {name, params, bases, ListOf(body), ListOf(decorators)});
}

// var_decl: ('var' | 'ref' | 'let') NAME (',' NAME)* [':' type] ['=' value]
NodeId Parser::ParseVarDecl() {
  const Token& keyword_token = Advance();
  SourceOffset begin = keyword_token.begin;
  uint32_t keyword = InternToken(keyword_token);
  NodeList names;
  do {
    if (!At(TokenKind::Name)) return FailHere(), Invalid();
    const Token& n = Advance();
    names.push_back(Add(NodeKind::Name, n.begin, n.end, {InternToken(n), static_cast<uint32_t>(ExprContext::Store)}));
  } while (Accept(TokenKind::Comma));
  NodeId target = names[0];
  if (names.size() > 1)
    target = Add(NodeKind::Tuple, Begin(names[0]), End(names.back()),
                 {ListOf(names), static_cast<uint32_t>(ExprContext::Store)});
  uint32_t annotation = kNone, value = kNone;
  if (At(TokenKind::Colon)) {
    if (names.size() > 1)
      return FailAt(DiagnosticKind::OnlySingleTargetAnnotated, Begin(target), End(target), {"tuple"}), Invalid();
    Advance();
    NodeId a = ParseExpression();
    if (!a) return Invalid();
    annotation = Id(a);
  }
  if (Accept(TokenKind::Equal)) {
    NodeId v = ParseAssignedValue();
    if (!v) return Invalid();
    value = Id(v);
  }
  return Add(NodeKind::VarDecl, begin, last_end_, {keyword, Id(target), annotation, value});
}

// comptime_decl: ('comptime' | 'alias') NAME [parameters] [':' type] ['=' value]
NodeId Parser::ParseComptimeDecl() {
  const Token& keyword_token = Advance();
  SourceOffset begin = keyword_token.begin;
  uint32_t keyword = InternToken(keyword_token);
  const Token& n = Advance();
  NodeId target = Add(NodeKind::Name, n.begin, n.end, {InternToken(n), static_cast<uint32_t>(ExprContext::Store)});
  uint32_t params = kNone, annotation = kNone, value = kNone;
  if (At(TokenKind::Lsqb)) {
    NodeId p = ParseParameterList();
    if (!p) return Invalid();
    params = Id(p);
  }
  if (Accept(TokenKind::Colon)) {
    NodeId a = ParseExpression();
    if (!a) return Invalid();
    annotation = Id(a);
  }
  if (Accept(TokenKind::Equal)) {
    NodeId v = ParseAssignedValue();
    if (!v) return Invalid();
    value = Id(v);
  }
  return Add(NodeKind::ComptimeDecl, begin, last_end_, {keyword, Id(target), params, annotation, value});
}

// `value[args, name=arg, ...]` once a keyword has been seen; `args` are the
// positional ones before it.
NodeId Parser::ParseParamSubscript(NodeId value, SourceOffset start, NodeList args) {
  NodeList keywords;
  while (!At(TokenKind::Rsqb)) {
    SourceOffset begin = Peek().begin;
    if (At(TokenKind::Name) && PeekKind(1) == TokenKind::Equal) {
      const Token& name = Advance();
      Advance();
      NodeId v = ParseExpression();
      if (!v) return Invalid();
      keywords.push_back(Add(NodeKind::Keyword, begin, last_end_, {InternToken(name), Id(v)}));
    } else {
      NodeId a = ParseExpression();
      if (!a) return Invalid();
      if (!keywords.empty())
        return FailAt(DiagnosticKind::PositionalAfterKeyword, Begin(a), End(a), {""}), Invalid();
      args.push_back(a);
    }
    if (!Accept(TokenKind::Comma)) break;
  }
  if (!Expect(TokenKind::Rsqb)) return Invalid();
  return Add(NodeKind::ParamSubscript, start, last_end_,
             {Id(value), ListOf(args), ListOf(keywords), static_cast<uint32_t>(ExprContext::Load)});
}

}  // namespace keelback::parser_detail
