// PEP 263 coding declarations.
#include "lex/source_encoding.h"

#include <cctype>

namespace keelback {
namespace {

bool IsNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.'; }

// CPython's get_normal_name, then a classification of the result.
SourceEncoding Classify(std::string name) {
  for (char& c : name) c = c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto is = [&](std::string_view base) {
    return name == base || (name.size() > base.size() && name.compare(0, base.size(), base) == 0 &&
                            name[base.size()] == '-');
  };
  if (is("utf-8") || name == "utf8") return SourceEncoding::Utf8;
  if (is("latin-1") || is("iso-8859-1") || is("iso-latin-1") || name == "latin1" || name == "iso8859-1" ||
      name == "l1" || name == "cp819")
    return SourceEncoding::Latin1;
  if (name == "ascii" || name == "us-ascii" || name == "646") return SourceEncoding::Ascii;
  return SourceEncoding::Unknown;
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

}  // namespace

SourceEncodingDeclaration FindSourceEncodingDeclaration(std::string_view text) {
  SourceEncodingDeclaration decl;
  size_t line_start = 0;
  for (int line = 0; line < 2 && line_start <= text.size(); ++line) {
    size_t end = line_start;
    while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
    std::string_view content = text.substr(line_start, end - line_start);
    std::string name;
    if (DeclarationInLine(content, name)) {
      decl.found = true;
      decl.name = name;
      decl.encoding = Classify(name);
      decl.line_offset = static_cast<uint32_t>(line_start);
      return decl;
    }
    if (!BlankOrComment(content)) break;
    if (end < text.size() && text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ++end;
    line_start = end + 1;
  }
  return decl;
}

std::string TranscodeLatin1ToUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (char ch : bytes) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out += ch;
    } else {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

}  // namespace keelback
