// Unicode helpers private to the lexer: UTF-8 decoding and the identifier
// and printability properties, from tables generated from CPython's
// unicodedata (gen_unicode_tables.py → unicode_tables.inc).
#ifndef KEELBACK_LEX_UNICODE_SUPPORT_H
#define KEELBACK_LEX_UNICODE_SUPPORT_H

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace keelback::lex_internal {

// Decodes the code point at s[0, n) (n >= 1), which must be valid UTF-8 (the
// lexer validates the file first). Sets `length` to its byte count.
uint32_t DecodeUtf8(const unsigned char* s, size_t n, size_t& length);

// Length of the well-formed UTF-8 sequence at s[0, n) (no overlongs,
// surrogates or code points above U+10FFFF), or 0 if it is not one.
size_t ValidUtf8SequenceLength(const unsigned char* s, size_t n);

void AppendUtf8(uint32_t code_point, std::string& out);

// Only meaningful for code points >= 0x80; ASCII is decided by the lexer.
bool IsXidStart(uint32_t code_point);
bool IsXidContinue(uint32_t code_point);
// Python's str.isprintable() for one code point (any code point).
bool IsPrintable(uint32_t code_point);

// The code point named `name` (case-insensitive), as \N{name} finds it;
// false for an unknown name (unicode_names.cpp).
bool LookupUnicodeName(std::string_view name, uint32_t& code_point);

}  // namespace keelback::lex_internal

#endif  // KEELBACK_LEX_UNICODE_SUPPORT_H
