// Decoding the text of literal tokens into values, for the parser.
//
// String values are bytes: UTF-8 for str literals (a lone surrogate from
// \ud800-style escapes is stored as its 3-byte generalised UTF-8 form, as
// CPython's "surrogatepass" would), one byte per element for bytes literals.
// Line breaks inside literals read as "\n" whatever the file uses, as in
// CPython. Escapes CPython only warns about ("\d") stay as written.
#ifndef KEELBACK_LEX_LITERALS_H
#define KEELBACK_LEX_LITERALS_H

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostics.h"

namespace keelback {

// The prefix and quotes of a String or FstringStart token's text.
struct StringPrefix {
  bool raw = false;
  bool bytes = false;
  bool fstring = false;
  uint32_t prefix_length = 0;  // letters before the quotes
  uint32_t quote_length = 0;   // 1 or 3
};
StringPrefix ParseStringPrefix(std::string_view token_text);

// A literal CPython rejects. `offset` is the byte offset in the token's text
// where the error is reported; `args` fill the diagnostic's format.
struct LiteralError {
  DiagnosticKind kind;
  uint32_t offset = 0;
  std::vector<std::string> args;
};

// Decodes the whole text of a String token (prefix, quotes and body) into
// `value`. False (and `error` set) for an escape CPython rejects: a
// truncated \x, \u or \U escape, a code point above U+10FFFF, a non-ASCII
// character in a bytes literal, and a malformed or unknown \N{name}.
bool DecodeStringLiteral(std::string_view token_text, std::string& value, LiteralError& error);

// Decodes an FstringMiddle token's text; `raw` is the f-string's r prefix.
// The lexer leaves one brace of a doubled "{{" / "}}" in the text and skips
// the other, so the text decodes as it stands.
bool DecodeFstringMiddle(std::string_view text, bool raw, std::string& value, LiteralError& error);

// Python's str.isprintable() for one code point, for printing string values
// as repr() does (the lexer's Unicode 14 table).
bool IsPrintableCodePoint(uint32_t code_point);

enum class NumberKind : uint8_t { Integer, Float, Imaginary };
// The kind of a Number token's text.
NumberKind ClassifyNumber(std::string_view text);

// An integer literal's digits without prefix and underscores, and its base
// (2, 8, 10 or 16), for big-integer construction.
struct IntegerDigits {
  int base = 10;
  std::string digits;
};
IntegerDigits IntegerLiteralDigits(std::string_view text);
// The value of an integer literal; false when it does not fit in 64 bits.
bool IntegerLiteralValue(std::string_view text, uint64_t& value);
// The correctly rounded value of a float literal, or of an imaginary
// literal's magnitude (without the 'j'); inf when it overflows, as CPython.
double FloatLiteralValue(std::string_view text);

}  // namespace keelback

#endif  // KEELBACK_LEX_LITERALS_H
