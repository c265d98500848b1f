// DumpTokens: the token stream in the layout of `python3 -m tokenize -e`.
#include <cstdio>

#include "lex/lexer.h"
#include "lex/unicode_support.h"

namespace keelback {
namespace {

// Python's repr() of a str holding `text` (UTF-8).
std::string PythonRepr(std::string_view text) {
  bool has_single = text.find('\'') != std::string_view::npos;
  bool has_double = text.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  for (size_t i = 0; i < text.size();) {
    size_t len = 1;
    uint32_t cp = lex_internal::DecodeUtf8(s + i, text.size() - i, len);
    char buffer[16];
    if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (lex_internal::IsPrintable(cp)) {
      out.append(text.substr(i, len));
    } else {
      if (cp < 0x100) {
        std::snprintf(buffer, sizeof buffer, "\\x%02x", cp);
      } else if (cp < 0x10000) {
        std::snprintf(buffer, sizeof buffer, "\\u%04x", cp);
      } else {
        std::snprintf(buffer, sizeof buffer, "\\U%08x", cp);
      }
      out += buffer;
    }
    i += len;
  }
  out += quote;
  return out;
}

void Pad(std::string& out, size_t from, size_t width) {
  size_t written = out.size() - from;
  if (written < width) out.append(width - written, ' ');
}

// Columns count bytes, as our offsets do (the tokenize module counts
// characters, so non-ASCII lines differ there).
}  // namespace

std::string DumpTokens(const TokenizedFile& tokens) {
  const SourceFile& file = *tokens.file;
  std::string_view text = file.text();
  uint32_t size = static_cast<uint32_t>(text.size());
  bool ends_with_newline = size > 0 && (text.back() == '\n' || text.back() == '\r');
  uint32_t eof_line = size == 0 ? 1 : file.LineCount() + (ends_with_newline ? 0 : 1);
  std::string out;
  for (const Token& t : tokens.tokens) {
    LineColumn begin = file.Locate(t.begin);
    LineColumn end = file.Locate(t.end);
    std::string_view spelling = text.substr(t.begin, t.end - t.begin);
    switch (t.kind) {
      case TokenKind::Indent:
        // The tokenize module's INDENT spans the line's leading whitespace.
        spelling = text.substr(t.begin - begin.column, begin.column);
        begin.column = 0;
        break;
      case TokenKind::Newline:
        // The tokenize module ends a NEWLINE on its own line; the implicit
        // one at end of file is one column wide.
        end = {begin.line, begin.column + (t.begin == t.end ? 1 : t.end - t.begin)};
        break;
      case TokenKind::Dedent:
      case TokenKind::EndMarker:
        if (t.begin == size && !ends_with_newline) begin = end = {eof_line, 0};
        break;
      default:
        break;
    }
    size_t line_begin = out.size();
    out += std::to_string(begin.line) + "," + std::to_string(begin.column) + "-" + std::to_string(end.line) + "," +
           std::to_string(end.column) + ":";
    Pad(out, line_begin, 20);
    size_t name_begin = out.size();
    out += TokenKindName(t.kind);
    Pad(out, name_begin, 15);
    size_t repr_begin = out.size();
    out += PythonRepr(spelling);
    Pad(out, repr_begin, 15);
    out += '\n';
  }
  return out;
}

}  // namespace keelback
