// Decoding string and number literals (CPython's string_parser.c and
// PyOS_string_to_double, restated).
#include "lex/literals.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

#include "lex/unicode_support.h"

namespace keelback {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes a literal body. `base` is the body's offset in the token text,
// for error offsets.
bool DecodeBody(std::string_view body, bool raw, bool bytes, uint32_t base, std::string& value, LiteralError& error) {
  value.clear();
  value.reserve(body.size());
  size_t i = 0;
  auto fail = [&](DiagnosticKind kind, size_t at, std::vector<std::string> args) {
    error.kind = kind;
    error.offset = base + static_cast<uint32_t>(at);
    error.args = std::move(args);
    return false;
  };
  while (i < body.size()) {
    // Copy the run of characters that need no decoding in one piece.
    size_t run = i;
    while (run < body.size()) {
      char r = body[run];
      if (r == '\\' || r == '\r' || (bytes && static_cast<unsigned char>(r) >= 0x80)) break;
      ++run;
    }
    if (run > i) {
      value.append(body.data() + i, run - i);
      i = run;
      if (i == body.size()) break;
    }
    char c = body[i];
    if (c == '\r') {  // line breaks read as "\n"
      value += '\n';
      i += i + 1 < body.size() && body[i + 1] == '\n' ? 2 : 1;
      continue;
    }
    if (bytes && static_cast<unsigned char>(c) >= 0x80) return fail(DiagnosticKind::NonAsciiInBytes, i, {});
    if (c != '\\' || raw || i + 1 >= body.size()) {
      if (raw && c == '\\' && i + 1 < body.size()) {
        // A raw literal keeps the backslash and the escaped character;
        // only the line-break normalisation applies.
        value += c;
        ++i;
        continue;
      }
      value += c;
      ++i;
      continue;
    }
    size_t start = i;
    char e = body[i + 1];
    i += 2;
    switch (e) {
      case '\n': break;
      case '\r':
        if (i < body.size() && body[i] == '\n') ++i;
        break;
      case '\\': value += '\\'; break;
      case '\'': value += '\''; break;
      case '"': value += '"'; break;
      case 'a': value += '\a'; break;
      case 'b': value += '\b'; break;
      case 'f': value += '\f'; break;
      case 'n': value += '\n'; break;
      case 'r': value += '\r'; break;
      case 't': value += '\t'; break;
      case 'v': value += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = static_cast<uint32_t>(e - '0');
        for (int n = 1; n < 3 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++n) v = v * 8 + (body[i++] - '0');
        if (bytes) {
          value += static_cast<char>(v & 0xFF);
        } else {
          lex_internal::AppendUtf8(v, value);
        }
        break;
      }
      case 'x': {
        int hi = i < body.size() ? HexValue(body[i]) : -1;
        int lo = i + 1 < body.size() ? HexValue(body[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
          if (bytes) return fail(DiagnosticKind::BytesEscapeError, start, {std::to_string(start)});
          size_t end = i + (hi >= 0 ? 1 : 0) - 1;
          return fail(DiagnosticKind::StringEscapeError, start,
                      {std::to_string(start), std::to_string(end), "truncated \\xXX escape"});
        }
        i += 2;
        uint32_t v = static_cast<uint32_t>(hi * 16 + lo);
        if (bytes) {
          value += static_cast<char>(v);
        } else {
          lex_internal::AppendUtf8(v, value);
        }
        break;
      }
      case 'u':
      case 'U':
      case 'N': {
        if (bytes) {  // not escapes in bytes literals
          value += '\\';
          value += e;
          break;
        }
        if (e == 'N') {
          // \N{name}: CPython's messages for a missing brace or an unknown name.
          size_t close = i < body.size() && body[i] == '{' ? body.find('}', i) : std::string_view::npos;
          if (close == std::string_view::npos || close == i + 1) {
            size_t end = close == std::string_view::npos ? body.size() - 1 : close;
            return fail(DiagnosticKind::StringEscapeError, start,
                        {std::to_string(start), std::to_string(end), "malformed \\N character escape"});
          }
          uint32_t cp = 0;
          if (!lex_internal::LookupUnicodeName(body.substr(i + 1, close - i - 1), cp))
            return fail(DiagnosticKind::StringEscapeError, start,
                        {std::to_string(start), std::to_string(close), "unknown Unicode character name"});
          lex_internal::AppendUtf8(cp, value);
          i = close + 1;
          break;
        }
        int digits = e == 'u' ? 4 : 8;
        uint32_t v = 0;
        int n = 0;
        while (n < digits && i < body.size() && HexValue(body[i]) >= 0) {
          v = v * 16 + static_cast<uint32_t>(HexValue(body[i++]));
          ++n;
        }
        if (n < digits) {
          return fail(DiagnosticKind::StringEscapeError, start,
                      {std::to_string(start), std::to_string(i - 1),
                       e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape"});
        }
        if (v > 0x10FFFF) {
          return fail(DiagnosticKind::StringEscapeError, start,
                      {std::to_string(start), std::to_string(i - 1), "illegal Unicode character"});
        }
        lex_internal::AppendUtf8(v, value);
        break;
      }
      default:
        // An unknown escape: CPython warns and keeps both characters.
        value += '\\';
        --i;
        break;
    }
  }
  return true;
}

std::string WithoutUnderscores(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text)
    if (c != '_') out += c;
  return out;
}

}  // namespace

StringPrefix ParseStringPrefix(std::string_view text) {
  StringPrefix p;
  size_t i = 0;
  while (i < text.size() && text[i] != '\'' && text[i] != '"') {
    char c = static_cast<char>(text[i] | 0x20);
    p.raw |= c == 'r';
    p.bytes |= c == 'b';
    p.fstring |= c == 'f';
    ++i;
  }
  p.prefix_length = static_cast<uint32_t>(i);
  p.quote_length = i + 2 < text.size() && text[i + 1] == text[i] && text[i + 2] == text[i] ? 3 : 1;
  // "''" is an empty short string, not the start of a triple quote.
  if (p.quote_length == 3 && text.size() - i < 6) p.quote_length = 1;
  return p;
}

bool DecodeStringLiteral(std::string_view text, std::string& value, LiteralError& error) {
  StringPrefix p = ParseStringPrefix(text);
  uint32_t body_begin = p.prefix_length + p.quote_length;
  size_t body_size = text.size() >= body_begin + p.quote_length ? text.size() - body_begin - p.quote_length : 0;
  return DecodeBody(text.substr(body_begin, body_size), p.raw, p.bytes, body_begin, value, error);
}

bool DecodeFstringMiddle(std::string_view text, bool raw, std::string& value, LiteralError& error) {
  return DecodeBody(text, raw, false, 0, value, error);
}

NumberKind ClassifyNumber(std::string_view text) {
  if (!text.empty() && (text.back() == 'j' || text.back() == 'J')) return NumberKind::Imaginary;
  if (text.size() > 1 && text[0] == '0' && (text[1] | 0x20) != 'e' && (text[1] | 0x20) != '.' &&
      ((text[1] | 0x20) == 'x' || (text[1] | 0x20) == 'o' || (text[1] | 0x20) == 'b'))
    return NumberKind::Integer;
  for (char c : text)
    if (c == '.' || c == 'e' || c == 'E') return NumberKind::Float;
  return NumberKind::Integer;
}

IntegerDigits IntegerLiteralDigits(std::string_view text) {
  IntegerDigits d;
  if (text.size() > 1 && text[0] == '0') {
    char k = static_cast<char>(text[1] | 0x20);
    if (k == 'x' || k == 'o' || k == 'b') {
      d.base = k == 'x' ? 16 : k == 'o' ? 8 : 2;
      text.remove_prefix(2);
    }
  }
  d.digits = WithoutUnderscores(text);
  return d;
}

bool IntegerLiteralValue(std::string_view text, uint64_t& value) {
  IntegerDigits d = IntegerLiteralDigits(text);
  auto [ptr, ec] = std::from_chars(d.digits.data(), d.digits.data() + d.digits.size(), value, d.base);
  return ec == std::errc() && ptr == d.digits.data() + d.digits.size();
}

double FloatLiteralValue(std::string_view text) {
  if (!text.empty() && (text.back() == 'j' || text.back() == 'J')) text.remove_suffix(1);
  std::string clean = WithoutUnderscores(text);
  double value = 0;
  auto [ptr, ec] = std::from_chars(clean.data(), clean.data() + clean.size(), value);
  if (ec == std::errc::result_out_of_range) return std::strtod(clean.c_str(), nullptr);  // inf or 0, as CPython
  return value;
}

bool IsPrintableCodePoint(uint32_t code_point) { return lex_internal::IsPrintable(code_point); }

}  // namespace keelback
