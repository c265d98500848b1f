// format(value, spec) — the format-spec mini-language of format(),
// str.format and f-strings — for int (any size), bool, float and str, as
// CPython 3.11's Python/formatter_unicode.c does it: the same parser, the
// same number layout (sign, prefix, zero padding that is grouped, grouping
// by 3 or by 4 for _ in b/o/x/X), the same messages. Floats are converted
// with glibc's correctly rounded printf (e E f F g G) or the shortest repr.
// Also str.format(*args, **kwargs) (Objects/stringlib/unicode_format.h).
#include "runtime_internal.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace kb {
namespace {

struct Spec {
  uint32_t fill = ' ';
  uint32_t align = 0;
  uint32_t sign = 0;
  bool no_neg_0 = false;
  bool alternate = false;
  int64_t width = -1;
  char grouping = 0;   // 0, ',' or '_'
  int group_size = 3;  // 4 for '_' with b/o/x/X
  int64_t precision = -1;
  uint32_t type = 0;
};

bool IsAlign(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

std::vector<uint32_t> CodePoints(std::string_view utf8) {
  std::vector<uint32_t> out;
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (p < end) out.push_back(DecodeUtf8(p));
  return out;
}

// Reads decimal digits at pos; returns how many were read.
int64_t GetInteger(const std::vector<uint32_t>& s, size_t& pos, int64_t* out) {
  int64_t n = 0;
  int64_t count = 0;
  while (pos < s.size()) {
    int d = s[pos] < 128 ? (s[pos] >= '0' && s[pos] <= '9' ? int(s[pos] - '0') : -1) : UnicodeDecimalValue(s[pos]);
    if (d < 0) break;
    if (n > (INT64_MAX - d) / 10) kb_raise_new(&kb_type_ValueError, "Too many decimal digits in format string");
    n = n * 10 + d;
    ++pos;
    ++count;
  }
  *out = n;
  return count;
}

[[noreturn]] void RaiseFormat(const std::string& message) { Raise(&kb_type_ValueError, message); }

std::string CharText(uint32_t c) {
  if (c > 32 && c < 128) return std::string("'") + char(c) + "'";
  char buf[32];
  std::snprintf(buf, sizeof buf, "'\\x%x'", c);
  return buf;
}

[[noreturn]] void UnknownPresentationType(uint32_t type, const char* type_name) {
  RaiseFormat("Unknown format code " + CharText(type) + " for object of type '" + type_name + "'");
}

// parse_internal_render_format_spec.
Spec ParseSpec(std::string_view text, uint32_t default_type, uint32_t default_align, const char* type_name) {
  std::vector<uint32_t> s = CodePoints(text);
  Spec spec;
  spec.align = default_align;
  spec.type = default_type;
  size_t pos = 0;
  size_t end = s.size();
  bool fill_specified = false;
  bool align_specified = false;
  if (end - pos >= 2 && IsAlign(s[pos + 1])) {
    spec.align = s[pos + 1];
    spec.fill = s[pos];
    fill_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && IsAlign(s[pos])) {
    spec.align = s[pos];
    align_specified = true;
    ++pos;
  }
  if (pos < end && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) spec.sign = s[pos++];
  if (pos < end && s[pos] == 'z') {
    spec.no_neg_0 = true;
    ++pos;
  }
  if (pos < end && s[pos] == '#') {
    spec.alternate = true;
    ++pos;
  }
  if (!fill_specified && pos < end && s[pos] == '0') {
    spec.fill = '0';
    if (!align_specified && default_align == '>') spec.align = '=';
    ++pos;
  }
  if (GetInteger(s, pos, &spec.width) == 0) spec.width = -1;
  if (pos < end && s[pos] == ',') {
    spec.grouping = ',';
    ++pos;
  }
  if (pos < end && s[pos] == '_') {
    if (spec.grouping != 0) RaiseFormat("Cannot specify both ',' and '_'.");
    spec.grouping = '_';
    ++pos;
  }
  if (pos < end && s[pos] == ',' && spec.grouping == '_') RaiseFormat("Cannot specify both ',' and '_'.");
  if (pos < end && s[pos] == '.') {
    ++pos;
    if (GetInteger(s, pos, &spec.precision) == 0) RaiseFormat("Format specifier missing precision");
  }
  if (end - pos > 1) {
    RaiseFormat("Invalid format specifier '" + std::string(text) + "' for object of type '" + type_name + "'");
  }
  if (end - pos == 1) spec.type = s[pos];
  if (spec.grouping != 0) {
    switch (spec.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (spec.grouping == '_') {
          spec.group_size = 4;
          break;
        }
        [[fallthrough]];
      default:
        RaiseFormat(std::string("Cannot specify '") + spec.grouping + "' with " + CharText(spec.type) + ".");
    }
  }
  return spec;
}

void AppendRepeated(std::string& out, uint32_t c, int64_t n) {
  std::string one;
  AppendUtf8(one, c);
  for (int64_t i = 0; i < n; ++i) out += one;
}

// _PyUnicode_InsertThousandsGrouping: the digits grouped from the right,
// left-padded with zeros (grouped too) up to min_width characters.
std::string GroupDigits(std::string_view digits, int64_t min_width, char separator, int group_size) {
  std::vector<std::string> chunks;  // from the right
  auto remaining = static_cast<int64_t>(digits.size());
  bool loop_broken = false;
  if (separator != 0) {
    for (;;) {
      int64_t l = std::min<int64_t>(group_size, std::max<int64_t>(std::max(remaining, min_width), 1));
      int64_t n_zeros = std::max<int64_t>(0, l - remaining);
      int64_t n_chars = std::max<int64_t>(0, std::min(remaining, l));
      chunks.push_back(std::string(size_t(n_zeros), '0') +
                       std::string(digits.substr(size_t(remaining - n_chars), size_t(n_chars))));
      remaining -= n_chars;
      min_width -= l;
      if (remaining <= 0 && min_width <= 0) {
        loop_broken = true;
        break;
      }
      min_width -= 1;
    }
  }
  if (!loop_broken) {
    int64_t l = std::max<int64_t>(std::max(remaining, min_width), 1);
    int64_t n_zeros = std::max<int64_t>(0, l - remaining);
    int64_t n_chars = std::max<int64_t>(0, std::min(remaining, l));
    chunks.push_back(std::string(size_t(n_zeros), '0') + std::string(digits.substr(0, size_t(n_chars))));
  }
  std::string out;
  for (auto it = chunks.rbegin(); it != chunks.rend(); ++it) {
    if (it != chunks.rbegin()) out.push_back(separator);
    out += *it;
  }
  return out;
}

// calc_number_widths + fill_number. `digits` are the integer digits,
// `remainder` what follows them (decimal point, fraction, exponent, %).
std::string LayoutNumber(const Spec& spec, bool negative, const std::string& prefix, const std::string& digits,
                         const std::string& remainder, bool group) {
  char sign = 0;
  if (spec.sign == '+') {
    sign = negative ? '-' : '+';
  } else if (spec.sign == ' ') {
    sign = negative ? '-' : ' ';
  } else if (negative) {
    sign = '-';
  }
  auto n_non_digit = static_cast<int64_t>((sign ? 1 : 0) + prefix.size() + CountCodePoints(remainder));
  int64_t min_width = spec.fill == '0' && spec.align == '=' ? spec.width - n_non_digit : 0;
  std::string grouped;
  if (digits.empty()) {
    grouped = "";
  } else {
    grouped = GroupDigits(digits, min_width, group ? spec.grouping : 0, spec.group_size);
  }
  int64_t n_padding = spec.width - (n_non_digit + static_cast<int64_t>(grouped.size()));
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (n_padding > 0) {
    switch (spec.align) {
      case '<': rpad = n_padding; break;
      case '^':
        lpad = n_padding / 2;
        rpad = n_padding - lpad;
        break;
      case '=': spad = n_padding; break;
      default: lpad = n_padding; break;
    }
  }
  std::string out;
  AppendRepeated(out, spec.fill, lpad);
  if (sign) out.push_back(sign);
  out += prefix;
  AppendRepeated(out, spec.fill, spad);
  out += grouped;
  out += remainder;
  AppendRepeated(out, spec.fill, rpad);
  return out;
}

std::string FormatIntWithSpec(KbValue v, const Spec& spec) {
  if (spec.precision != -1) RaiseFormat("Precision not allowed in integer format specifier");
  if (spec.no_neg_0) RaiseFormat("Negative zero coercion (z) not allowed in integer format specifier");
  if (spec.type == 'c') {
    if (spec.sign != 0) RaiseFormat("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) RaiseFormat("Alternate form (#) not allowed with integer format specifier 'c'");
    if (!IsSmallInt(v)) kb_raise_new(&kb_type_OverflowError, "Python int too large to convert to C long");
    int64_t x = SmallIntValue(v);
    if (x < 0 || x > 0x10FFFF) kb_raise_new(&kb_type_OverflowError, "%c arg not in range(0x110000)");
    std::string ch;
    AppendUtf8(ch, static_cast<uint32_t>(x));
    return LayoutNumber(spec, false, "", "", ch, false);
  }
  int base = spec.type == 'b' ? 2 : spec.type == 'o' ? 8 : (spec.type == 'x' || spec.type == 'X') ? 16 : 10;
  std::string digits = base == 10 ? std::string(View(kb_int_to_str(v))) : IntToString(v, base);
  bool negative = !digits.empty() && digits[0] == '-';
  if (negative) digits.erase(0, 1);
  std::string prefix;
  if (spec.alternate && base != 10) {
    prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
  }
  if (spec.type == 'X') {
    for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (char& c : prefix) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return LayoutNumber(spec, negative, prefix, digits, "", spec.type != 'n');
}

// PyOS_double_to_string for the mini-language's float types.
std::string DoubleToString(double x, uint32_t type, int precision, bool alternate, bool add_dot_0) {
  if (type == 'r') {
    return FloatRepr(x);
  }
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (std::isnan(x)) return upper ? "NAN" : "nan";
  if (std::isinf(x)) return x < 0 ? (upper ? "-INF" : "-inf") : (upper ? "INF" : "inf");
  char format[16];
  std::snprintf(format, sizeof format, "%%%s.*%c", alternate ? "#" : "", static_cast<char>(type));
  int n = std::snprintf(nullptr, 0, format, precision, x);
  std::string out(size_t(n) + 1, '\0');
  std::snprintf(out.data(), out.size(), format, precision, x);
  out.resize(size_t(n));
  if (add_dot_0 && out.find_first_of(".eE") == std::string::npos) out += ".0";
  return out;
}

// 'g' as PyOS_double_to_string does it with Py_DTSF_ADD_DOT_0 (a format
// spec with a precision and no type): the exponent form starts one digit
// earlier than C's %g (decpt > precision - 1), and an integer gets '.0'.
std::string GeneralAddDot0(double x, int precision, bool alternate) {
  if (!std::isfinite(x)) return DoubleToString(x, 'g', precision, alternate, false);
  if (precision == 0) precision = 1;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*e", precision - 1, x);
  int exponent = std::atoi(std::strchr(buf, 'e') + 1);
  std::string out;
  if (exponent < -4 || exponent >= precision - 1) {
    out = DoubleToString(x, 'e', precision - 1, alternate, false);
    if (!alternate) {
      size_t e = out.find('e');
      std::string mantissa = out.substr(0, e);
      if (mantissa.find('.') != std::string::npos) {
        while (mantissa.back() == '0') mantissa.pop_back();
        if (mantissa.back() == '.') mantissa.pop_back();
      }
      out = mantissa + out.substr(e);
    }
    return out;
  }
  out = DoubleToString(x, 'f', precision - 1 - exponent, alternate, false);
  if (!alternate && out.find('.') != std::string::npos) {
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  if (out.find('.') == std::string::npos) out += ".0";
  return out;
}

// Removes the '-' of a float's formatted text; whether the value shows as
// negative: never a NaN, nor (Py_DTSF_NO_NEG_0, the 'z' option) a finite
// value whose digits rounded to zero.
bool TakeFloatSign(std::string& text, double x, const Spec& spec) {
  bool negative = !text.empty() && text[0] == '-';
  if (negative) text.erase(0, 1);
  if (std::isnan(x)) return false;
  if (negative && spec.no_neg_0 && std::isfinite(x)) {
    bool all_zero = true;
    for (char c : text) {
      if (c == 'e' || c == 'E') break;
      if (c >= '1' && c <= '9') all_zero = false;
    }
    if (all_zero) negative = false;
  }
  return negative;
}

// Where the digits before the point (or exponent) of a formatted number end.
size_t IntegerPartEnd(const std::string& text) {
  size_t end = 0;
  while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
  return end;
}

std::string FormatFloatWithSpec(double x, const Spec& spec) {
  uint32_t type = spec.type;
  if (spec.precision > INT32_MAX) kb_raise_new(&kb_type_ValueError, "precision too big");
  int precision = static_cast<int>(spec.precision);
  int default_precision = 6;
  bool add_dot_0 = false;
  if (type == 0) {
    add_dot_0 = true;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool add_pct = false;
  if (type == '%') {
    type = 'f';
    x *= 100;
    add_pct = true;
  }
  if (precision < 0) {
    precision = default_precision;
  } else if (type == 'r') {
    type = 'g';
  }
  std::string text = add_dot_0 && type == 'g' ? GeneralAddDot0(x, precision, spec.alternate)
                                               : DoubleToString(x, type, precision, spec.alternate, add_dot_0);
  bool negative = TakeFloatSign(text, x, spec);
  if (add_pct) text += '%';
  size_t int_end = IntegerPartEnd(text);
  return LayoutNumber(spec, negative, "", text.substr(0, int_end), text.substr(int_end), spec.type != 'n');
}

// format_complex_internal: each part formatted as a float (without the
// ".0" of an integral value), the imaginary part always signed unless the
// real part is omitted, then the whole padded as one field.
std::string FormatComplexWithSpec(double re, double im, const Spec& spec) {
  if (spec.fill == '0') RaiseFormat("Zero padding is not allowed in complex format specifier");
  if (spec.align == '=') RaiseFormat("'=' alignment flag is not allowed in complex format specifier");
  switch (spec.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default: UnknownPresentationType(spec.type, "complex");
  }
  if (spec.precision > INT32_MAX) kb_raise_new(&kb_type_ValueError, "precision too big");
  uint32_t type = spec.type;
  int precision = static_cast<int>(spec.precision);
  int default_precision = 6;
  bool skip_re = false, add_parens = false;
  if (type == 0) {
    type = 'r';
    default_precision = 0;
    if (re == 0.0 && std::copysign(1.0, re) == 1.0) skip_re = true;
    else add_parens = true;
  }
  if (type == 'n') type = 'g';
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  auto part = [&](double x, uint32_t sign) {
    std::string text = type == 'r' ? FloatReprNoDot0(x) : DoubleToString(x, type, precision, spec.alternate, false);
    bool negative = TakeFloatSign(text, x, spec);
    size_t int_end = IntegerPartEnd(text);
    Spec part_spec = spec;
    part_spec.width = -1;
    part_spec.sign = sign;
    return LayoutNumber(part_spec, negative, "", text.substr(0, int_end), text.substr(int_end), spec.type != 'n');
  };
  std::string body;
  if (add_parens) body += '(';
  if (!skip_re) body += part(re, spec.sign);
  body += part(im, skip_re ? spec.sign : '+');
  body += 'j';
  if (add_parens) body += ')';
  int64_t len = CountCodePoints(body);
  int64_t total = spec.width > len ? spec.width : len;
  int64_t lpad = spec.align == '<' ? 0 : spec.align == '^' ? (total - len) / 2 : total - len;
  std::string out;
  AppendRepeated(out, spec.fill, lpad);
  out += body;
  AppendRepeated(out, spec.fill, total - len - lpad);
  return out;
}

std::string FormatStrWithSpec(KbStr* s, const Spec& spec) {
  if (spec.sign != 0) {
    RaiseFormat(spec.sign == ' ' ? "Space not allowed in string format specifier"
                                 : "Sign not allowed in string format specifier");
  }
  if (spec.no_neg_0) RaiseFormat("Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alternate) RaiseFormat("Alternate form (#) not allowed in string format specifier");
  if (spec.align == '=') RaiseFormat("'=' alignment not allowed in string format specifier");
  int64_t len = s->length;
  std::string text(View(s));
  if (spec.precision >= 0 && len > spec.precision) {
    const char* p = text.data();
    for (int64_t i = 0; i < spec.precision; ++i) DecodeUtf8(p);
    text.resize(size_t(p - text.data()));
    len = spec.precision;
  }
  int64_t total = spec.width > len ? spec.width : len;
  int64_t lpad = spec.align == '>' ? total - len : spec.align == '^' ? (total - len) / 2 : 0;
  std::string out;
  AppendRepeated(out, spec.fill, lpad);
  out += text;
  AppendRepeated(out, spec.fill, total - len - lpad);
  return out;
}

std::string FormatValue(KbValue v, std::string_view spec_text) {
  const KbType* t = TypeOf(v);
  if (t == &kb_type_int || t == &kb_type_bool) {
    if (spec_text.empty()) {
      std::string out;
      AppendStr(out, v);
      return out;
    }
    Spec spec = ParseSpec(spec_text, 'd', '>', t->name);
    KbValue n = IntOfIntOrBool(v);
    switch (spec.type) {
      case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return FormatIntWithSpec(n, spec);
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return FormatFloatWithSpec(kb_int_to_float(n), spec);
      default:
        UnknownPresentationType(spec.type, t->name);
    }
  }
  if (t == &kb_type_float) {
    double x = kb_unbox_float(v);
    if (spec_text.empty()) return FloatRepr(x);
    Spec spec = ParseSpec(spec_text, 0, '>', "float");
    switch (spec.type) {
      case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return FormatFloatWithSpec(x, spec);
      default:
        UnknownPresentationType(spec.type, "float");
    }
  }
  if (t == &kb_type_complex) {
    auto* z = reinterpret_cast<KbComplex*>(v);
    if (spec_text.empty()) return ComplexRepr(z->real, z->imag);
    return FormatComplexWithSpec(z->real, z->imag, ParseSpec(spec_text, 0, '>', "complex"));
  }
  if (t == &kb_type_str) {
    auto* s = reinterpret_cast<KbStr*>(v);
    if (spec_text.empty()) return std::string(View(s));
    Spec spec = ParseSpec(spec_text, 's', '<', "str");
    if (spec.type != 's') UnknownPresentationType(spec.type, "str");
    return FormatStrWithSpec(s, spec);
  }
  // object.__format__.
  if (!spec_text.empty()) {
    Raise(&kb_type_TypeError, std::string("unsupported format string passed to ") + TypeName(t) + ".__format__");
  }
  std::string out;
  AppendStr(out, v);
  return out;
}

// ---------------------------------------------------------------------------
// str.format

class StrFormatter {
 public:
  StrFormatter(KbTuple* args, KbDict* kwargs) : args_(args), kwargs_(kwargs) {}

  // MarkupIterator over `fmt`, appending to out; depth counts nested specs.
  void Render(std::string_view fmt, int depth, std::string& out) {
    if (depth <= 0) RaiseFormat("Max string recursion exceeded");
    size_t i = 0;
    while (i < fmt.size()) {
      char c = fmt[i];
      if (c == '{') {
        if (i + 1 < fmt.size() && fmt[i + 1] == '{') {
          out.push_back('{');
          i += 2;
          continue;
        }
        if (i + 1 >= fmt.size()) RaiseFormat("Single '{' encountered in format string");
        i = RenderField(fmt, i + 1, depth, out);
      } else if (c == '}') {
        if (i + 1 < fmt.size() && fmt[i + 1] == '}') {
          out.push_back('}');
          i += 2;
          continue;
        }
        RaiseFormat("Single '}' encountered in format string");
      } else {
        out.push_back(c);
        ++i;
      }
    }
  }

 private:
  // parse_field over the text after '{' at `start`; returns the index after
  // the field's closing '}'.
  size_t RenderField(std::string_view fmt, size_t start, int depth, std::string& out) {
    size_t pos = start;
    char c = 0;
    while (pos < fmt.size()) {
      c = fmt[pos++];
      if (c == '{') RaiseFormat("unexpected '{' in field name");
      if (c == '[') {
        while (pos < fmt.size() && fmt[pos] != ']') ++pos;
        continue;
      }
      if (c == '}' || c == ':' || c == '!') break;
    }
    std::string_view name = fmt.substr(start, pos - start - (c == '}' || c == ':' || c == '!' ? 1 : 0));
    char conversion = 0;
    std::string_view spec;
    bool spec_needs_expanding = false;
    if (c == '!' || c == ':') {
      bool done = false;
      if (c == '!') {
        if (pos >= fmt.size()) RaiseFormat("end of string while looking for conversion specifier");
        conversion = fmt[pos++];
        if (pos < fmt.size()) {
          char next = fmt[pos++];
          if (next == '}') {
            done = true;
          } else if (next != ':') {
            RaiseFormat("expected ':' after conversion specifier");
          }
        }
      }
      if (!done) {
        size_t spec_start = pos;
        int count = 1;
        bool closed = false;
        while (pos < fmt.size()) {
          char ch = fmt[pos++];
          if (ch == '{') {
            spec_needs_expanding = true;
            ++count;
          } else if (ch == '}' && --count == 0) {
            spec = fmt.substr(spec_start, pos - 1 - spec_start);
            closed = true;
            break;
          }
        }
        if (!closed) RaiseFormat("unmatched '{' in format spec");
      }
    } else if (c != '}') {
      RaiseFormat("expected '}' before end of string");
    }
    KbValue value = Lookup(name);
    switch (conversion) {
      case 0:
        break;
      case 'r':
        value = AsValue(kb_repr(value));
        break;
      case 's':
        value = AsValue(kb_str(value));
        break;
      case 'a':
        value = AsValue(kb_ascii(value));
        break;
      default:
        if (static_cast<unsigned char>(conversion) > 32 && static_cast<unsigned char>(conversion) < 127) {
          RaiseFormat(std::string("Unknown conversion specifier ") + conversion);
        }
        RaiseFormat("Unknown conversion specifier " + CharText(static_cast<unsigned char>(conversion)));
    }
    std::string rendered_spec;
    if (spec_needs_expanding) {
      Render(spec, depth - 1, rendered_spec);
    } else {
      rendered_spec = std::string(spec);
    }
    out += FormatValue(value, rendered_spec);
    return pos;
  }

  KbValue Positional(int64_t index) {
    if (args_ == nullptr) kb_raise_new(&kb_type_ValueError, "Format string contains positional fields");  // format_map
    if (index >= args_->length) {
      Raise(&kb_type_IndexError,
            "Replacement index " + std::to_string(index) + " out of range for positional args tuple");
    }
    return args_->items[index];
  }

  KbValue Lookup(std::string_view name) {
    size_t first_end = 0;
    while (first_end < name.size() && name[first_end] != '.' && name[first_end] != '[') ++first_end;
    std::string_view first = name.substr(0, first_end);
    KbValue value;
    if (first.empty()) {
      if (manual_) RaiseFormat("cannot switch from manual field specification to automatic field numbering");
      automatic_ = true;
      value = Positional(next_index_++);
    } else if (IsDecimal(first)) {
      if (automatic_) RaiseFormat("cannot switch from automatic field numbering to manual field specification");
      manual_ = true;
      if (first.size() > 18) RaiseFormat("Too many decimal digits in format string");
      value = Positional(std::stoll(std::string(first)));
    } else {
      KbValue key = AsValue(NewStr(first));
      if (kwargs_ == nullptr || !kb_dict_lookup(kwargs_, key, &value)) {
        kb_raise(kb_exception_new(&kb_type_KeyError, NewTuple({key})));
      }
    }
    size_t i = first_end;
    while (i < name.size()) {
      if (name[i] == '.') {
        size_t j = i + 1;
        while (j < name.size() && name[j] != '.' && name[j] != '[') ++j;
        std::string attr(name.substr(i + 1, j - i - 1));
        if (attr.empty()) RaiseFormat("Empty attribute in format string");
        Raise(&kb_type_AttributeError,
              std::string("'") + TypeName(TypeOf(value)) + "' object has no attribute '" + attr + "'");
      }
      if (name[i] == '[') {
        size_t j = name.find(']', i);
        if (j == std::string_view::npos) RaiseFormat("Missing ']' in format string");
        std::string_view key = name.substr(i + 1, j - i - 1);
        if (key.empty()) RaiseFormat("Empty attribute in format string");
        value = GetItem(value, key);
        i = j + 1;
        if (i < name.size() && name[i] != '.' && name[i] != '[') {
          RaiseFormat("Only '.' or '[' may follow ']' in format field specifier");
        }
        continue;
      }
      break;
    }
    return value;
  }

  static bool IsDecimal(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s) {
      if (c < '0' || c > '9') return false;
    }
    return true;
  }

  static KbValue GetItem(KbValue container, std::string_view key) {
    KbValue k = IsDecimal(key) && key.size() <= 18 ? MakeSmallInt(std::stoll(std::string(key))) : AsValue(NewStr(key));
    const KbType* t = TypeOf(container);
    if (t == &kb_type_dict) return kb_dict_getitem(reinterpret_cast<KbDict*>(container), k);
    if (t == &kb_type_list || t == &kb_type_tuple || t == &kb_type_str) {
      if (!IsSmallInt(k)) {
        Raise(&kb_type_TypeError, std::string(t == &kb_type_str ? "string" : t->name) +
                                      " indices must be integers or slices, not str");
      }
      if (t == &kb_type_list) return kb_list_getitem(reinterpret_cast<KbList*>(container), k);
      if (t == &kb_type_tuple) return kb_tuple_getitem(reinterpret_cast<KbTuple*>(container), k);
      return AsValue(kb_str_getitem(reinterpret_cast<KbStr*>(container), k));
    }
    Raise(&kb_type_TypeError, std::string("'") + TypeName(t) + "' object is not subscriptable");
  }

  KbTuple* args_;
  KbDict* kwargs_;
  bool automatic_ = false;
  bool manual_ = false;
  int64_t next_index_ = 0;
};

}  // namespace
}  // namespace kb

using namespace kb;

extern "C" {

KbStr* kb_format(KbValue v, KbStr* spec) { return NewStr(FormatValue(v, spec == nullptr ? "" : View(spec))); }

KbStr* kb_format_int(KbValue v, KbStr* spec) { return kb_format(v, spec); }

KbStr* kb_format_float(double x, KbStr* spec) {
  if (spec == nullptr || spec->nbytes == 0) return NewStr(FloatRepr(x));
  Spec parsed = ParseSpec(View(spec), 0, '>', "float");
  switch (parsed.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return NewStr(FormatFloatWithSpec(x, parsed));
    default:
      UnknownPresentationType(parsed.type, "float");
  }
}

KbStr* kb_str_format(KbStr* fmt, KbTuple* args, KbDict* kwargs) {
  StrFormatter formatter(args, kwargs);
  std::string out;
  formatter.Render(View(fmt), 2, out);
  return NewStr(out);
}

}  // extern "C"
