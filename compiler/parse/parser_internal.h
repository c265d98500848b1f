// The parser's class, shared by the files that implement it, one per group
// of constructs: parse_statements.cpp, parse_expressions.cpp,
// parse_strings.cpp (string literals and f-strings), parse_patterns.cpp
// (`match`). Private to compiler/parse.
#ifndef KEELBACK_PARSE_PARSER_INTERNAL_H
#define KEELBACK_PARSE_PARSER_INTERNAL_H

#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "base/small_vector.h"
#include "lex/literals.h"
#include "parse/parser.h"

namespace keelback::parser_detail {

constexpr uint32_t kNone = UINT32_MAX;

constexpr int kMaxDepth = 200;

// The nodes of a list being parsed; most lists are short.
using NodeList = SmallVector<NodeId, 8>;

// Unwinds the parse after the first error (no C++ exceptions in the
// compiler: every function checks `failed_` through Fail()'s result).
class Parser {
 public:
  // Parses into `tree` (after the files it holds already).
  Parser(const TokenizedFile& tokens, Diagnostics& diagnostics, SyntaxTree& tree)
      : tokens_(tokens), diagnostics_(diagnostics), tree_(&tree), mojo_(IsMojoPath(tokens.file->path())) {
    tree_->BeginFile(*tokens.file);
    tree_->Reserve(tokens.tokens.size());
  }

  // A .mojo or .🔥 file, where `def` is Mojo's (an FnDef).
  static bool IsMojoPath(std::string_view path) {
    auto ends_with = [&](std::string_view suffix) {
      return path.size() >= suffix.size() && path.substr(path.size() - suffix.size()) == suffix;
    };
    return ends_with(".mojo") || ends_with(".\xF0\x9F\x94\xA5");
  }

  // The file's Module node; invalid after a syntax error (reported).
  NodeId ParseFile();

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
    if (t.kind != TokenKind::Newline && t.kind != TokenKind::Indent && t.kind != TokenKind::Dedent)
      last_code_end_ = t.end;
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

  // --- speculation: where CPython's PEG parser backtracks (soft keywords,
  // `with (`), a second try starts from a checkpoint. While speculating_ is
  // non-zero, errors only set failed_ and report nothing.
  struct Checkpoint {
    uint32_t pos;
    SourceOffset last_end;
    SourceOffset last_code_end;
    bool failed_before;
  };
  Checkpoint Save() const { return {pos_, last_end_, last_code_end_, failed_}; }
  void Restore(const Checkpoint& cp) {
    pos_ = cp.pos;
    last_end_ = cp.last_end;
    last_code_end_ = cp.last_code_end;
    failed_ = cp.failed_before;
  }

  // --- errors
  bool failed() const { return failed_; }
  bool FailAt(DiagnosticKind kind, SourceOffset begin, SourceOffset end, std::initializer_list<std::string_view> args = {}) {
    if (speculating_) {
      failed_ = true;
      return false;
    }
    if (!failed_) {
      failed_ = true;
      // CPython's parse errors point at the last line, not past it, at the
      // end of the file.
      std::string_view text = tokens_.file->text();
      if (begin >= text.size() && !text.empty() && text.back() == '\n') begin = end = text.size() - 1;
      if (fstring_depth_ > 0 && ClassOf(kind) == DiagnosticClass::SyntaxError && kind != DiagnosticKind::ExpressionTooDeep &&
          FormatOf(kind).substr(0, 9) != "f-string:")
        ReportInFstring(kind, begin, end, args);
      else
        diagnostics_.Report(kind, *tokens_.file, begin, end, args);
    }
    return false;
  }
  // An error in an f-string's expression, with 3.11's "f-string: " prefix.
  void ReportInFstring(DiagnosticKind kind, SourceOffset begin, SourceOffset end,
                       std::initializer_list<std::string_view> args);
  // An error at the current token: the lexer's own error if it stopped here,
  // otherwise CPython's generic "invalid syntax".
  bool FailHere() {
    if (failed_) return false;
    if (speculating_) {
      failed_ = true;
      return false;
    }
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
    if (ReportByErrorRules()) return false;
    SourceOffset end = t.end > t.begin ? t.end : t.begin;
    return FailAt(DiagnosticKind::InvalidSyntax, t.begin, end);
  }

  // --- error rules (parse_errors.cpp): CPython's second pass, run only
  // where the fast parse has already failed, so good input pays nothing.
  // Where one matches, it reports CPython's specialised message and returns
  // true.
  bool ReportByErrorRules();
  // At `=` after the expression `a` where no assignment may be ("if x = 1:").
  bool FailAssignmentInExpression(NodeId a);
  // An invalid assignment (del) target in `target`: CPython's message.
  bool FailInvalidTarget(NodeId target, bool for_delete);
  // CPython's name for an expression in messages ("function call", "literal").
  const char* ExpressionName(NodeId n) const;
  bool IsParenthesized(NodeId n) const;
  NodeId Invalid() { return NodeId(); }

  // --- building
  NodeId Add(NodeKind kind, SourceOffset begin, SourceOffset end, std::initializer_list<uint32_t> fields) {
    return tree_->AddNode(kind, begin, end, fields);
  }
  uint32_t ListOf(std::span<const NodeId> items) { return tree_->AddList(items).index; }
  uint32_t EmptyList() { return tree_->AddList(std::span<const uint32_t>()).index; }
  uint32_t Id(NodeId n) { return n.index; }
  SourceOffset Begin(NodeId n) const { return (*tree_)[n].begin; }
  SourceOffset End(NodeId n) const { return (*tree_)[n].end; }
  uint32_t InternToken(const Token& t) {
    std::string_view text = tokens_.file->text().substr(t.begin, t.end - t.begin);
    if (!IsAscii(text)) return tree_->Intern(NormalizeIdentifier(text)).index;
    return tree_->Intern(text).index;
  }
  // A name token's identifier as CPython interns it (NFKC when non-ASCII).
  std::string NameText(TokenId id) const {
    std::string_view text = tokens_.Text(id);
    return IsAscii(text) ? std::string(text) : NormalizeIdentifier(text);
  }
  static bool IsAscii(std::string_view text) {
    const char* p = text.data();
    size_t n = text.size();
    uint64_t high = 0;  // the top bit of every byte, eight at a time
    for (; n >= 8; n -= 8, p += 8) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      high |= w;
    }
    for (; n > 0; --n, ++p) high |= static_cast<unsigned char>(*p);
    return (high & 0x8080808080808080ull) == 0;
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
  bool ParseStatement(NodeList& out);
  bool ParseSimpleStatements(NodeList& out);
  NodeId ParseSimpleStatement();
  NodeId ParseCompoundStatement();
  bool ParseBlock(NodeList& body, const char* what, SourceOffset header_begin);
  NodeId ParseIf(bool is_elif);
  NodeId ParseWhile();
  NodeId ParseFor(SourceOffset begin, bool is_async);
  NodeId ParseFunctionDef(NodeList decorators, SourceOffset begin, bool is_async);
  NodeId ParseClassDef(NodeList decorators, SourceOffset begin);
  // type_params: '[' ','.type_param+ [','] ']' (3.12, PEP 695). The list's
  // id; on an error kNone with failed() set.
  uint32_t ParseTypeParams();
  NodeId ParseTypeParam();
  // `type NAME [type_params] = expression`, where `type` is soft.
  bool AtTypeAlias() const {
    return AtName("type") && PeekKind(1) == TokenKind::Name &&
           (PeekKind(2) == TokenKind::Equal || PeekKind(2) == TokenKind::Lsqb);
  }
  NodeId ParseTypeAlias();
  NodeId ParseTry();
  NodeId ParseWith(SourceOffset begin, bool is_async);
  bool ParseWithItems(NodeList& items, bool parenthesized);
  NodeId ParseMatch(bool& is_match);
  bool ParseCaseBlock(NodeList& cases);

  // --- the superset (parse_superset.cpp): Mojo's syntax behind soft keywords
  // What a statement starting at the current token is, when the superset's
  // soft keywords start it (only where the text cannot be valid Python).
  enum class SupersetStart : uint8_t { None, Fn, Struct, Trait, Var, ComptimeDecl, ComptimeBlock, ComptimeAssert };
  SupersetStart AtSupersetStatement();
  bool IsSupersetCompound(SupersetStart s) const {
    return s == SupersetStart::Fn || s == SupersetStart::Struct || s == SupersetStart::Trait ||
           s == SupersetStart::ComptimeBlock;
  }
  NodeId ParseSupersetStatement(SupersetStart what, NodeList decorators, SourceOffset begin);
  NodeId ParseFnDef(NodeList decorators, SourceOffset begin);
  NodeId ParseStructOrTrait(NodeList decorators, SourceOffset begin, bool is_trait);
  NodeId ParseVarDecl();
  NodeId ParseComptimeDecl();
  NodeId ParseParameterList();  // '[' ... ']' after a name
  NodeId ParseCaptureList();    // '{' ... '}' or `capturing [...]`
  NodeId ParseParamSubscript(NodeId value, SourceOffset start, NodeList args);
  bool AtNameText(uint32_t ahead, std::string_view text) const {
    return PeekKind(ahead) == TokenKind::Name && tokens_.Text(TokenId(pos_ + ahead)) == text;
  }
  bool AtConvention(uint32_t ahead) const;

  // --- patterns (parse_patterns.cpp)
  NodeId ParsePatterns();       // patterns: open_sequence_pattern | pattern
  NodeId ParsePattern();        // pattern: as_pattern | or_pattern
  NodeId ParseClosedPattern();
  NodeId ParseMaybeStarPattern();
  NodeId ParseSequencePattern(TokenKind closer, SourceOffset begin);
  NodeId ParseMappingPattern();
  NodeId ParseClassPattern(NodeId cls, SourceOffset begin);
  NodeId ParseLiteralExpression();  // signed_number, complex_number, strings, None, True, False
  NodeId ParseNameOrAttribute();
  NodeId ParseDecorated();
  NodeId ParseImport();
  NodeId ParseFromImport();
  NodeId ParseExpressionStatement();
  // `superset`: an fn's arguments, with conventions (`mut x: T`).
  // `infer_only`: a compile-time parameter list, where the parameters before
  // `//` go to *infer_only.
  NodeId ParseArguments(TokenKind closer, bool allow_annotations, bool superset = false,
                        NodeList* infer_only = nullptr);
  bool ParseOrElse(NodeList& orelse);

  // --- expressions
  NodeId ParseStarExpressions();   // star_expressions: a tuple without parentheses
  NodeId ParseTargetList();        // star_targets before `in` (for loops, comprehensions)
  NodeId ParseTarget();            // one star_target (with's `as`)
  NodeId ParseExpressionList(bool allow_star, bool named);
  NodeId ParseNamedExpression();
  NodeId ParseYieldExpression();
  NodeId ParseAssignedValue();
  NodeId ParseStarNamedExpression();
  NodeId ParseStarredExpression();
  NodeId ParseExpression();
  NodeId ParseLambda();
  NodeId ParseDisjunction();
  NodeId ParseConjunction();
  NodeId ParseInversion();
  NodeId ParseComparison();
  NodeId ParseBinary(int level);  // 0: bitwise_or ... 5: term
  NodeId ParseOperators(int min_level);
  NodeId ParseFactor();
  NodeId ParsePower();
  NodeId ParsePrimary();
  NodeId ParseAtom();
  NodeId ParseStrings();

  // --- f-strings (parse_strings.cpp)
  // The JoinedStr being built for a concatenation, or for a format spec.
  struct FstringPart {
    SourceOffset begin, end;              // the whole concatenation
    SourceOffset token_begin, token_end;  // the f-string being read
    bool raw;
    uint32_t kind;                        // Constant.kind of its text parts
    std::string pending;                  // text not yet in a Constant
    NodeList values;
  };
  uint32_t SkipFstring(uint32_t i) const;
  bool ParseFstringBody(FstringPart& part, bool in_spec);
  bool ParseReplacementField(FstringPart& part);
  void FlushFstringText(FstringPart& part, SourceOffset begin, SourceOffset end, uint32_t kind);
  void FailLiteral(const LiteralError& error, SourceOffset token_begin);
  NodeId ParseParenthesized();
  NodeId ParseListDisplay();
  NodeId ParseDictOrSet();
  NodeId ParseCall(NodeId func, SourceOffset start);  // func invalid: a class's bases
  NodeId ParseSubscript(NodeId value, SourceOffset start);
  NodeId ParseSlice();
  bool ParseComprehensionClauses(NodeList& generators);

  bool SetContext(NodeId target, ExprContext ctx, bool for_assignment);

  const TokenizedFile& tokens_;
  Diagnostics& diagnostics_;
  SyntaxTree* tree_;
  uint32_t pos_ = 0;
  SourceOffset last_end_ = 0;
  // The end of the last token consumed other than NEWLINE, INDENT and
  // DEDENT: where CPython ends a compound statement (a `;` ending its last
  // line included).
  SourceOffset last_code_end_ = 0;
  int depth_ = 0;
  int speculating_ = 0;
  int fstring_depth_ = 0;  // inside an f-string's replacement field
  bool failed_ = false;
  bool mojo_ = false;
};

}  // namespace keelback::parser_detail

#endif  // KEELBACK_PARSE_PARSER_INTERNAL_H
