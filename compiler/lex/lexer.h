// The lexer: Python source text to a flat vector of tokens.
//
// Tokenizes exactly as CPython 3.12's tokenizer does (INDENT/DEDENT from
// indentation, NEWLINE only outside brackets, implicit line joining, PEP 701
// f-strings), so that the parser can reproduce CPython's trees and errors.
// The whole file is tokenized up front; on the first error the lexer stops,
// appends an Error token at the error's position and records the error.
// The parser reports that error only if it reaches the Error token, so a
// grammar error earlier in the file wins, as in CPython, whose parser pulls
// tokens one at a time.
#ifndef KEELBACK_LEX_LEXER_H
#define KEELBACK_LEX_LEXER_H

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/typed_id.h"
#include "diagnostics/diagnostics.h"
#include "source/source_file.h"

namespace keelback {

enum class TokenKind : uint8_t {
#define TOKEN(Name, Spelling) Name,
#include "lex/token_kinds.def"
};

// The kind's name as CPython's token module spells it ("NAME", "LPAR"); a
// keyword is "NAME".
const char* TokenKindName(TokenKind kind);
// The fixed spelling of a punctuation or keyword token ("" otherwise).
const char* TokenKindSpelling(TokenKind kind);

struct TokenTag;
using TokenId = TypedId<TokenTag>;

// A token is its kind and its byte range in the source. Indent, Dedent,
// Newline at end of file and EndMarker have empty ranges.
struct Token {
  TokenKind kind;
  SourceOffset begin;
  SourceOffset end;
};

// An error the lexer found, reported by the parser if it gets that far.
struct LexError {
  DiagnosticKind kind;
  SourceOffset begin;
  SourceOffset end;
  std::vector<std::string> args;
};

struct TokenizedFile {
  const SourceFile* file = nullptr;
  std::vector<Token> tokens;  // ends with EndMarker, or with Error when `error` is set
  std::optional<LexError> error;

  const Token& operator[](TokenId id) const { return tokens[id.index]; }
  std::string_view Text(TokenId id) const {
    const Token& t = tokens[id.index];
    return file->text().substr(t.begin, t.end - t.begin);
  }
};

TokenizedFile Lex(const SourceFile& file);

// The name CPython's parser interns for an identifier's text: its NFKC
// normalisation (PEP 3131). Only for text with a non-ASCII character (ASCII
// identifiers are already normal); `text` must be a valid identifier.
std::string NormalizeIdentifier(std::string_view text);

// Reports `tokens.error` into `diagnostics` (it must be set).
void ReportLexError(const TokenizedFile& tokens, Diagnostics& diagnostics);

// One line per token, as `python3 -m tokenize -e` prints them
// ("1,0-1,3:            NAME           'def'"), for --emit=tokens.
std::string DumpTokens(const TokenizedFile& tokens);

}  // namespace keelback

#endif  // KEELBACK_LEX_LEXER_H
