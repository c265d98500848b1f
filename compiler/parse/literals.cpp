// Number and string literal decoding, following CPython's rules.
#include "parse/literals.h"

#include <cstdlib>

namespace keelback {
namespace {

void AppendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decimal digits of an integer given in `base` (digits without prefix or '_').
std::string ToDecimal(std::string_view digits, int base) {
  // Repeated multiply-add on a little-endian vector of base-1e9 limbs.
  std::vector<uint32_t> limbs{0};
  for (char c : digits) {
    uint64_t carry = static_cast<uint64_t>(HexValue(c));
    for (uint32_t& limb : limbs) {
      uint64_t v = static_cast<uint64_t>(limb) * static_cast<uint64_t>(base) + carry;
      limb = static_cast<uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    while (carry) {
      limbs.push_back(static_cast<uint32_t>(carry % 1000000000u));
      carry /= 1000000000u;
    }
  }
  std::string out = std::to_string(limbs.back());
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::string part = std::to_string(limbs[i]);
    out += std::string(9 - part.size(), '0') + part;
  }
  return out;
}

}  // namespace

Constant DecodeNumber(std::string_view text) {
  std::string clean;
  clean.reserve(text.size());
  for (char c : text)
    if (c != '_') clean += c;
  Constant c;
  if (clean.size() > 1 && clean[0] == '0' && (clean[1] == 'x' || clean[1] == 'X' || clean[1] == 'o' ||
                                              clean[1] == 'O' || clean[1] == 'b' || clean[1] == 'B')) {
    int base = (clean[1] == 'x' || clean[1] == 'X') ? 16 : (clean[1] == 'o' || clean[1] == 'O') ? 8 : 2;
    c.kind = Constant::Kind::Int;
    c.text = ToDecimal(std::string_view(clean).substr(2), base);
    return c;
  }
  char last = clean.back();
  if (last == 'j' || last == 'J') {
    c.kind = Constant::Kind::Complex;
    clean.pop_back();
    c.number = std::strtod(clean.c_str(), nullptr);
    return c;
  }
  if (clean.find_first_of(".eE") != std::string::npos) {
    c.kind = Constant::Kind::Float;
    c.number = std::strtod(clean.c_str(), nullptr);
    return c;
  }
  c.kind = Constant::Kind::Int;
  size_t nz = clean.find_first_not_of('0');
  c.text = nz == std::string::npos ? "0" : clean.substr(nz);
  return c;
}

bool DecodeString(std::string_view text, std::string& value, bool& is_bytes, std::string& error) {
  bool raw = false;
  is_bytes = false;
  size_t i = 0;
  while (i < text.size() && text[i] != '\'' && text[i] != '"') {
    char p = text[i] | 0x20;
    if (p == 'r') raw = true;
    if (p == 'b') is_bytes = true;
    ++i;
  }
  char quote = text[i];
  size_t q = (i + 2 < text.size() && text[i + 1] == quote && text[i + 2] == quote) ? 3 : 1;
  std::string_view body = text.substr(i + q, text.size() - i - 2 * q);
  value.clear();
  value.reserve(body.size());
  for (size_t k = 0; k < body.size(); ++k) {
    char c = body[k];
    if (c == '\r') {  // newlines in the source are read as \n
      value += '\n';
      if (k + 1 < body.size() && body[k + 1] == '\n') ++k;
      continue;
    }
    if (c != '\\' || raw) {
      value += c;
      if (raw && c == '\\' && k + 1 < body.size()) value += body[++k];
      continue;
    }
    if (++k >= body.size()) break;
    char e = body[k];
    switch (e) {
      case '\n': break;
      case '\r':
        if (k + 1 < body.size() && body[k + 1] == '\n') ++k;
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
        for (int n = 0; n < 2 && k + 1 < body.size() && body[k + 1] >= '0' && body[k + 1] <= '7'; ++n)
          v = v * 8 + static_cast<uint32_t>(body[++k] - '0');
        if (is_bytes) value += static_cast<char>(v & 0xFF);
        else AppendUtf8(value, v);
        break;
      }
      case 'x': case 'u': case 'U': {
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        if (is_bytes && e != 'x') {
          value += '\\';
          value += e;
          break;
        }
        uint32_t v = 0;
        for (int n = 0; n < digits; ++n) {
          if (k + 1 >= body.size() || HexValue(body[k + 1]) < 0) {
            error = std::string("(") + (is_bytes ? "value" : "unicode") + " error) " +
                    (is_bytes ? "invalid \\x escape at position " + std::to_string(k - 1)
                              : "'unicodeescape' codec can't decode bytes: truncated \\" + std::string(1, e) +
                                    std::string(digits == 2 ? "XX" : digits == 4 ? "XXXX" : "XXXXXXXX") + " escape");
            return false;
          }
          v = v * 16 + static_cast<uint32_t>(HexValue(body[++k]));
        }
        if (is_bytes) value += static_cast<char>(v);
        else AppendUtf8(value, v);
        break;
      }
      default:
        // Unknown escapes are kept as written (CPython warns, it does not fail).
        value += '\\';
        value += e;
        break;
    }
  }
  return true;
}

}  // namespace keelback
