// float: CPython's repr (shortest round-trip digits), the arithmetic whose
// results or errors differ from IEEE (floor division, modulo, division and
// power, following CPython's float_floor_div, float_rem and float_pow), and
// float(str) parsing.
#include "runtime_internal.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace kb {

std::string FloatRepr(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  // Shortest round-trip digits, in the form d.ddde[+-]xx.
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  std::string_view sci(buf, static_cast<size_t>(res.ptr - buf));
  std::string out;
  if (sci[0] == '-') {
    out.push_back('-');
    sci.remove_prefix(1);
  }
  size_t e = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e)) {
    if (c != '.') digits.push_back(c);
  }
  int exponent = std::atoi(std::string(sci.substr(e + 1)).c_str());
  int decpt = exponent + 1;  // value = 0.DIGITS * 10^decpt
  int ndigits = static_cast<int>(digits.size());
  if (decpt <= -4 || decpt > 16) {
    out.push_back(digits[0]);
    if (ndigits > 1) {
      out.push_back('.');
      out.append(digits, 1);
    }
    char exp_text[16];
    std::snprintf(exp_text, sizeof exp_text, "e%c%02d", exponent < 0 ? '-' : '+',
                  exponent < 0 ? -exponent : exponent);
    out += exp_text;
  } else if (decpt <= 0) {
    out += "0.";
    out.append(static_cast<size_t>(-decpt), '0');
    out += digits;
  } else if (decpt >= ndigits) {
    out += digits;
    out.append(static_cast<size_t>(decpt - ndigits), '0');
    out += ".0";
  } else {
    out.append(digits, 0, static_cast<size_t>(decpt));
    out.push_back('.');
    out.append(digits, static_cast<size_t>(decpt));
  }
  return out;
}

namespace {

bool IsOddInteger(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

bool IsAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if ((a[i] | 0x20) != b[i]) return false;
  }
  return true;
}

// Python's float literal grammar (after underscores are removed): a sign,
// then inf, infinity, nan, or decimal digits with an optional point and
// exponent. No hexadecimal, no "nan(...)".
bool IsFloatLiteral(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  std::string_view rest = s.substr(i);
  if (EqualsIgnoreCase(rest, "inf") || EqualsIgnoreCase(rest, "infinity") ||
      EqualsIgnoreCase(rest, "nan")) {
    return true;
  }
  size_t int_digits = 0, frac_digits = 0;
  while (i < s.size() && IsDigit(s[i])) ++i, ++int_digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && IsDigit(s[i])) ++i, ++frac_digits;
  }
  if (int_digits + frac_digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    size_t exp_digits = 0;
    while (i < s.size() && IsDigit(s[i])) ++i, ++exp_digits;
    if (exp_digits == 0) return false;
  }
  return i == s.size();
}

// CPython's _Py_string_to_number_with_underscores: an underscore must sit
// between two digits. Returns false when one does not.
bool RemoveUnderscores(std::string_view s, std::string* out) {
  char prev = '\0';
  for (char c : s) {
    if (c == '_') {
      if (!IsDigit(prev)) return false;
    } else {
      if (prev == '_' && !IsDigit(c)) return false;
      out->push_back(c);
    }
    prev = c;
  }
  return prev != '_';
}

}  // namespace
}  // namespace kb

using namespace kb;

extern "C" {

KbStr* kb_float_repr(double x) { return NewStr(FloatRepr(x)); }

double kb_float_truediv(double a, double b) {
  if (b == 0.0) kb_raise_new(&kb_type_ZeroDivisionError, "float division by zero");
  return a / b;
}

double kb_float_mod(double a, double b) {
  if (b == 0.0) kb_raise_new(&kb_type_ZeroDivisionError, "float modulo");
  double mod = std::fmod(a, b);
  if (mod != 0.0) {
    // The remainder takes the sign of the divisor.
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = std::copysign(0.0, b);
  }
  return mod;
}

double kb_float_floordiv(double a, double b) {
  if (b == 0.0) kb_raise_new(&kb_type_ZeroDivisionError, "float floor division by zero");
  double mod = std::fmod(a, b);
  double div = (a - mod) / b;
  if (mod != 0.0 && ((b < 0) != (mod < 0))) div -= 1.0;
  if (div == 0.0) return std::copysign(0.0, a / b);
  double floordiv = std::floor(div);
  if (div - floordiv > 0.5) floordiv += 1.0;
  return floordiv;
}

double kb_float_pow(double v, double w) {
  if (w == 0.0) return 1.0;
  if (std::isnan(v)) return v;
  if (std::isnan(w)) return v == 1.0 ? 1.0 : w;
  if (std::isinf(w)) {
    double av = std::fabs(v);
    if (av == 1.0) return 1.0;
    if ((w > 0.0) == (av > 1.0)) return std::fabs(w);
    return 0.0;
  }
  if (std::isinf(v)) {
    bool odd = IsOddInteger(w);
    if (w > 0.0) return odd ? v : std::fabs(v);
    return odd ? std::copysign(0.0, v) : 0.0;
  }
  if (v == 0.0) {
    if (w < 0.0) kb_raise_new(&kb_type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return IsOddInteger(w) ? v : 0.0;
  }
  bool negate = false;
  if (v < 0.0) {
    if (w != std::floor(w)) {
      // CPython returns a complex number here. Typed code never gets here:
      // sema types such a power as an object (Analyzer::FloatPowIsReal), and
      // the dynamic dispatch (kb_object_binop) returns the complex.
      kb_raise_new(&kb_type_ValueError, "negative number cannot be raised to a fractional power");
    }
    v = -v;
    negate = IsOddInteger(w);
  }
  if (v == 1.0) return negate ? -1.0 : 1.0;
  errno = 0;
  double r = std::pow(v, w);
  // _Py_ADJUST_ERANGE1: overflow is an error, underflow to zero is not.
  int err = errno;
  if (err == 0 && std::isinf(r)) err = ERANGE;
  if (err == ERANGE && r == 0.0) err = 0;
  if (negate) r = -r;
  if (err != 0) RaiseErrno(err == ERANGE ? &kb_type_OverflowError : &kb_type_ValueError, err);
  return r;
}

double kb_float_from_str(KbStr* s) {
  std::string ascii = TransformDecimalAndSpaceToAscii(View(s));
  std::string_view text = ascii;
  while (!text.empty() && IsAsciiSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsAsciiSpace(text.back())) text.remove_suffix(1);
  std::string clean;
  bool ok = RemoveUnderscores(text, &clean) && IsFloatLiteral(clean);
  if (ok) {
    // glibc's strtod is correctly rounded; overflow gives +-inf as in CPython.
    return std::strtod(clean.c_str(), nullptr);
  }
  std::string repr;
  AppendStrRepr(repr, View(s), false);
  Raise(&kb_type_ValueError, "could not convert string to float: " + repr);
}

}  // extern "C"
