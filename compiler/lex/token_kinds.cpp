// Token kind names (CPython's token.tok_name) and fixed spellings.
#include <array>
#include <cctype>
#include <string>

#include "lex/lexer.h"

namespace keelback {
namespace {

constexpr size_t kTokenKindCount = 0
#define TOKEN(Name, Spelling) +1
#include "lex/token_kinds.def"
    ;

// A punctuation kind's name is CPython's in upper case (Lpar → LPAR,
// DoubleStarEqual → DOUBLESTAREQUAL); keywords are NAME; the few TOKEN kinds
// whose CPython names have underscores are spelled out.
std::array<std::string, kTokenKindCount> BuildNames() {
  std::array<std::string, kTokenKindCount> names;
  auto upper = [](const char* s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
  };
#define TOKEN(Name, Spelling) names[static_cast<size_t>(TokenKind::Name)] = upper(#Name);
#define KEYWORD(Name, Spelling) names[static_cast<size_t>(TokenKind::Name)] = "NAME";
#include "lex/token_kinds.def"
  names[static_cast<size_t>(TokenKind::FstringStart)] = "FSTRING_START";
  names[static_cast<size_t>(TokenKind::FstringMiddle)] = "FSTRING_MIDDLE";
  names[static_cast<size_t>(TokenKind::FstringEnd)] = "FSTRING_END";
  names[static_cast<size_t>(TokenKind::Error)] = "ERRORTOKEN";
  return names;
}

constexpr const char* kSpellings[] = {
#define TOKEN(Name, Spelling) Spelling,
#include "lex/token_kinds.def"
};

}  // namespace

const char* TokenKindName(TokenKind kind) {
  static const std::array<std::string, kTokenKindCount> names = BuildNames();
  return names[static_cast<size_t>(kind)].c_str();
}

const char* TokenKindSpelling(TokenKind kind) { return kSpellings[static_cast<size_t>(kind)]; }

}  // namespace keelback
