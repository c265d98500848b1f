// Source encodings (PEP 263) for the lexer and the driver.
//
// Keelback's SourceFile text is UTF-8, always: offsets are byte offsets into
// UTF-8 text, as CPython's tokenizer columns are (CPython transcodes a
// declared encoding to UTF-8 before tokenizing). So a driver that reads a
// file calls FindSourceEncodingDeclaration and, for Latin-1, TranscodeLatin1
// ToUtf8 before building the SourceFile. Lex itself only checks that a
// declared encoding is one Keelback knows (UTF-8, Latin-1 or ASCII, with
// CPython's aliases); any other name is reported as CPython reports an
// unknown one, "encoding problem: NAME" (real codecs such as cp1252 are not
// supported yet and get the same message).
#ifndef KEELBACK_LEX_SOURCE_ENCODING_H
#define KEELBACK_LEX_SOURCE_ENCODING_H

#include <cstdint>
#include <string>
#include <string_view>

namespace keelback {

enum class SourceEncoding : uint8_t { Utf8, Latin1, Ascii, Unknown };

struct SourceEncodingDeclaration {
  bool found = false;
  SourceEncoding encoding = SourceEncoding::Utf8;  // Utf8 when none is declared
  std::string name;                                // as written in the file
  uint32_t line_offset = 0;                        // start of the declaring line in `text`
};

// Looks for `coding[:=]NAME` in a comment on line 1, or on line 2 when line 1
// is blank or a comment, as CPython does. `text` starts after any BOM.
SourceEncodingDeclaration FindSourceEncodingDeclaration(std::string_view text);

// Latin-1 bytes to UTF-8 (every byte is one code point).
std::string TranscodeLatin1ToUtf8(std::string_view bytes);

}  // namespace keelback

#endif  // KEELBACK_LEX_SOURCE_ENCODING_H
