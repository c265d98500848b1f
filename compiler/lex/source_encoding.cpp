// PEP 263 coding declarations, and decoding a declared encoding to UTF-8.
#include "lex/source_encoding.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "lex/unicode_support.h"

namespace keelback {
namespace {

constexpr int kAsciiCodec = -1;
constexpr int kUtf8Codec = -2;

struct SourceCodecName {
  const char* name;  // as encodings.normalize_encoding leaves it
  int table;         // index into kSingleByteUpperHalves, or kAsciiCodec / kUtf8Codec
  bool alias;        // from encodings.aliases (also found with '.' read as '_')
};

#include "lex/source_codecs.inc"

constexpr uint16_t kUndefined = 0xFFFF;
// CPython's io module decodes a declared encoding this many bytes at a time
// (TextIOWrapper's chunk size).
constexpr size_t kDecodeChunk = 8192;

bool IsNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.'; }

// CPython's get_normal_name (Parser/tokenizer.c): the spelling its errors use,
// "utf-8" or "iso-8859-1" for those families and the name itself otherwise.
std::string NormalName(const std::string& name) {
  std::string buf;
  for (size_t i = 0; i < name.size() && i < 12; ++i)
    buf += name[i] == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(name[i])));
  auto starts = [&](std::string_view prefix) { return buf.compare(0, prefix.size(), prefix) == 0; };
  if (buf == "utf-8" || starts("utf-8-")) return "utf-8";
  if (buf == "latin-1" || buf == "iso-8859-1" || buf == "iso-latin-1" || starts("latin-1-") ||
      starts("iso-8859-1-") || starts("iso-latin-1-"))
    return "iso-8859-1";
  return name;
}

const SourceCodecName* FindCodecName(std::string_view name, bool aliases_only) {
  auto it = std::lower_bound(std::begin(kSourceCodecNames), std::end(kSourceCodecNames), name,
                             [](const SourceCodecName& e, std::string_view n) { return e.name < n; });
  if (it == std::end(kSourceCodecNames) || it->name != name) return nullptr;
  if (aliases_only && !it->alias) return nullptr;
  return it;
}

// codecs.lookup: lower case, encodings.normalize_encoding (runs of other
// characters between letters, digits and dots become one '_'), then
// encodings.search_function's alias and module look-ups.
const SourceCodecName* LookupCodec(std::string_view name) {
  std::string norm;
  bool punct = false;
  for (char ch : name) {
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '.') {
      if (punct && !norm.empty()) norm += '_';
      norm += c;
      punct = false;
    } else {
      punct = true;
    }
  }
  if (const SourceCodecName* e = FindCodecName(norm, /*aliases_only=*/true)) return e;
  std::string underscored = norm;
  std::replace(underscored.begin(), underscored.end(), '.', '_');
  if (const SourceCodecName* e = FindCodecName(underscored, /*aliases_only=*/true)) return e;
  if (norm.find('.') != std::string::npos) return nullptr;  // not a module name
  return FindCodecName(norm, /*aliases_only=*/false);
}

void Classify(SourceEncodingDeclaration& decl) {
  decl.normal_name = NormalName(decl.name);
  if (decl.normal_name == "utf-8") {
    decl.encoding = SourceEncoding::Utf8;
    return;
  }
  const SourceCodecName* codec = LookupCodec(decl.normal_name == "iso-8859-1" ? "latin_1" : decl.name);
  if (!codec) {
    decl.encoding = SourceEncoding::Unknown;
  } else if (codec->table == kUtf8Codec) {
    decl.encoding = SourceEncoding::Utf8;
  } else if (codec->table == kAsciiCodec) {
    decl.encoding = SourceEncoding::Ascii;
  } else {
    decl.encoding = SourceEncoding::SingleByte;
    decl.table = static_cast<uint8_t>(codec->table);
  }
}

// The declaration in one line, if the line is a comment that has one
// (CPython: ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)).
bool DeclarationInLine(std::string_view line, std::string& name) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  if (i >= line.size() || line[i] != '#') return false;
  for (size_t at = line.find("coding", i); at != std::string_view::npos; at = line.find("coding", at + 1)) {
    size_t j = at + 6;
    if (j >= line.size() || (line[j] != ':' && line[j] != '=')) continue;
    ++j;
    while (j < line.size() && (line[j] == ' ' || line[j] == '\t')) ++j;
    size_t begin = j;
    while (j < line.size() && IsNameChar(line[j])) ++j;
    if (j == begin) continue;
    name = std::string(line.substr(begin, j - begin));
    return true;
  }
  return false;
}

bool BlankOrComment(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  return i == line.size() || line[i] == '#';
}

std::string HexByte(unsigned char c) {
  static const char kHex[] = "0123456789abcdef";
  return {kHex[c >> 4], kHex[c & 15]};
}

}  // namespace

SourceEncodingDeclaration FindSourceEncodingDeclaration(std::string_view text) {
  SourceEncodingDeclaration decl;
  size_t line_start = 0;
  for (int line = 0; line < 2 && line_start <= text.size(); ++line) {
    size_t end = line_start;
    while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
    std::string_view content = text.substr(line_start, end - line_start);
    size_t next = end;
    if (next < text.size() && text[next] == '\r' && next + 1 < text.size() && text[next + 1] == '\n') ++next;
    if (next < text.size()) ++next;
    std::string name;
    if (DeclarationInLine(content, name)) {
      decl.found = true;
      decl.name = name;
      Classify(decl);
      decl.line_offset = static_cast<uint32_t>(line_start);
      decl.line_end = static_cast<uint32_t>(next);
      return decl;
    }
    if (!BlankOrComment(content)) break;
    line_start = next;
  }
  return decl;
}

DecodedSource DecodeSource(std::string bytes) {
  DecodedSource out;
  size_t bom = bytes.size() >= 3 && std::memcmp(bytes.data(), "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  SourceEncodingDeclaration decl = FindSourceEncodingDeclaration(std::string_view(bytes).substr(bom));
  if (!decl.found || decl.encoding == SourceEncoding::Utf8) {
    if (decl.found && bom && decl.normal_name != "utf-8") out.encoding_problem = decl.normal_name + " with BOM";
    out.text = std::move(bytes);
    return out;
  }
  if (bom) {
    out.encoding_problem = decl.normal_name + " with BOM";
    return out;
  }
  if (decl.encoding == SourceEncoding::Unknown) {
    out.encoding_problem = decl.normal_name;
    return out;
  }
  // The lines up to the declaration are the tokenizer's own (read as bytes);
  // the codec reads the rest from the declaring line's last byte on.
  size_t decoded_from = decl.line_end;
  size_t chunk_base = decoded_from > 0 ? decoded_from - 1 : 0;
  out.text.reserve(bytes.size() + bytes.size() / 8);
  out.text.append(bytes, 0, decoded_from);
  const uint16_t* upper =
      decl.encoding == SourceEncoding::SingleByte ? kSingleByteUpperHalves[decl.table] : nullptr;
  for (size_t i = decoded_from; i < bytes.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      out.text += static_cast<char>(c);
      continue;
    }
    uint16_t cp = upper ? upper[c - 0x80] : kUndefined;
    if (cp != kUndefined) {
      lex_internal::AppendUtf8(cp, out.text);
      continue;
    }
    size_t in_chunk = i - chunk_base;
    if (in_chunk < kDecodeChunk) {
      out.text.clear();
      out.encoding_problem = decl.normal_name;
      return out;
    }
    // The tokenizer fails reading the line that holds the chunk's first byte.
    size_t chunk_start = chunk_base + in_chunk / kDecodeChunk * kDecodeChunk;
    SourceFile::DecodeError error;
    error.codec = upper ? "charmap" : "ascii";
    error.byte = HexByte(c);
    error.position = static_cast<uint32_t>(in_chunk % kDecodeChunk);
    error.reason = upper ? "character maps to <undefined>" : "ordinal not in range(128)";
    // The text stops at the start of the line that holds chunk_start.
    size_t stop_in = chunk_start;
    while (stop_in > decoded_from && bytes[stop_in - 1] != '\n' &&
           !(bytes[stop_in - 1] == '\r' && bytes[stop_in] != '\n'))
      --stop_in;
    // Re-decode the kept part so the output offset of stop_in is known.
    out.text.resize(decoded_from);
    for (size_t j = decoded_from; j < stop_in; ++j) {
      unsigned char b = static_cast<unsigned char>(bytes[j]);
      if (b < 0x80) {
        out.text += static_cast<char>(b);
      } else {
        lex_internal::AppendUtf8(upper ? upper[b - 0x80] : 0xFFFD, out.text);
      }
    }
    size_t stop_out = out.text.size();
    // The rest is never scanned; it stays in the text (as valid UTF-8) so that
    // the lexer knows it stopped early.
    for (size_t j = stop_in; j < bytes.size(); ++j) {
      unsigned char b = static_cast<unsigned char>(bytes[j]);
      uint16_t v = b < 0x80 ? b : (upper && upper[b - 0x80] != kUndefined ? upper[b - 0x80] : 0xFFFD);
      lex_internal::AppendUtf8(v, out.text);
    }
    error.stop = static_cast<SourceOffset>(stop_out);
    out.decode_error = std::move(error);
    return out;
  }
  return out;
}

}  // namespace keelback
