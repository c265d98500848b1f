// Source encodings (PEP 263) for the lexer and the driver.
//
// Keelback's SourceFile text is UTF-8, always: offsets are byte offsets into
// UTF-8 text, as CPython's tokenizer columns are (CPython transcodes a
// declared encoding to UTF-8 before tokenizing). So a driver that reads a
// file passes its bytes through DecodeSource before building the SourceFile.
// The codecs are UTF-8, ASCII and the single-byte codecs of CPython's
// encodings package whose lower half is ASCII (latin-1, iso8859-N, cp125x,
// koi8-r, mac-roman, ...; gen_source_codecs.py), under every name
// codecs.lookup accepts for them. Any other name is reported as CPython
// reports an unknown one, "encoding problem: NAME".
#ifndef KEELBACK_LEX_SOURCE_ENCODING_H
#define KEELBACK_LEX_SOURCE_ENCODING_H

#include <cstdint>
#include <string>
#include <string_view>

#include "source/source_file.h"

namespace keelback {

enum class SourceEncoding : uint8_t { Utf8, Ascii, SingleByte, Unknown };

struct SourceEncodingDeclaration {
  bool found = false;
  SourceEncoding encoding = SourceEncoding::Utf8;  // Utf8 when none is declared
  uint8_t table = 0;                               // SingleByte: the codec's table
  std::string name;                                // as written in the file
  std::string normal_name;                         // CPython's get_normal_name(name), as its errors spell it
  uint32_t line_offset = 0;                        // start of the declaring line in `text`
  uint32_t line_end = 0;                           // just after the declaring line's terminator
};

// Looks for `coding[:=]NAME` in a comment on line 1, or on line 2 when line 1
// is blank or a comment, as CPython does. `text` starts after any BOM.
SourceEncodingDeclaration FindSourceEncodingDeclaration(std::string_view text);

// The result of reading a file's bytes as `python3 FILE` does.
struct DecodedSource {
  std::string text;                   // UTF-8, except where the lexer reports bad UTF-8
  std::string encoding_problem;       // non-empty: CPython's "encoding problem: <this>" (no location)
  std::optional<SourceFile::DecodeError> decode_error;  // see SourceFile::DecodeError
};

// Decodes `bytes` from their declared encoding to UTF-8. Bytes without a
// declaration, or declared UTF-8, are returned as they are (the lexer checks
// them). A byte invalid in the declared codec gives CPython 3.11's error,
// which depends on where it lies: CPython decodes the file in 8 KiB chunks
// from the end of the declaring line, and a bad first chunk is an "encoding
// problem" while a bad later one stops the tokenizer before the line that
// crosses into it.
DecodedSource DecodeSource(std::string bytes);

}  // namespace keelback

#endif  // KEELBACK_LEX_SOURCE_ENCODING_H
