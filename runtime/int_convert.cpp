// Conversions of int: to and from float (correctly rounded, as CPython's
// long_true_divide and PyLong_AsDouble), true division, and text in both
// directions (int(s, base) parsing and the 4300-digit limit of 3.11).
#include "runtime_internal.h"

#include <cfloat>
#include <cmath>

namespace kb {
namespace {

// CPython 3.11's sys.int_info.default_max_str_digits.
constexpr int64_t kMaxStrDigits = 4300;

struct MpzHolder {
  mpz_t z;
  MpzHolder() { mpz_init(z); }
  explicit MpzHolder(KbValue v) {
    mpz_init(z);
    IntToMpz(v, z);
  }
  ~MpzHolder() { mpz_clear(z); }
};

// Rounds the non-negative x * 2^shift, with `inexact` meaning bits below x
// were lost, to a double (nearest, ties to even). x has more significant bits
// than the double can hold, or the result is subnormal; `extra_bits` is the
// count of low bits of x to round away (>= 2).
double RoundScaled(uint64_t x, int extra_bits, bool inexact, int64_t shift) {
  uint64_t mask = uint64_t(1) << (extra_bits - 1);
  uint64_t low = x | (inexact ? 1 : 0);
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  low &= ~(2 * mask - 1);
  return std::ldexp(static_cast<double>(low), static_cast<int>(shift));
}

}  // namespace

double IntToDoubleRounded(KbValue v, bool* overflow) {
  *overflow = false;
  if (IsSmallInt(v)) return static_cast<double>(SmallIntValue(v));  // one rounding, correct
  MpzHolder a(v);
  int sign = mpz_sgn(a.z);
  mpz_abs(a.z, a.z);
  int64_t bits = static_cast<int64_t>(mpz_sizeinbase(a.z, 2));
  if (bits > DBL_MAX_EXP) {
    *overflow = true;
    return 0;
  }
  // Keep DBL_MANT_DIG + 2 bits, the rest goes into `inexact`.
  int64_t shift = bits - (DBL_MANT_DIG + 2);
  bool inexact = static_cast<int64_t>(mpz_scan1(a.z, 0)) < shift;
  mpz_tdiv_q_2exp(a.z, a.z, static_cast<mp_bitcnt_t>(shift));
  double d = RoundScaled(mpz_get_ui(a.z), 2, inexact, shift);
  if (std::isinf(d)) {
    *overflow = true;
    return 0;
  }
  return sign < 0 ? -d : d;
}

bool ParseIntLiteral(std::string_view s, int base, KbValue* out, bool* too_many_digits,
                     int64_t* digit_count) {
  *too_many_digits = false;
  size_t i = 0, n = s.size();
  auto is_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (i < n && is_space(s[i])) ++i;
  bool negative = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  auto lower = [](char c) { return static_cast<char>(c | 0x20); };
  bool after_prefix = false;  // an underscore may follow a base prefix
  if (i + 1 < n && s[i] == '0') {
    char p = lower(s[i + 1]);
    int prefix_base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefix_base != 0 && (base == 0 || base == prefix_base)) {
      base = prefix_base;
      i += 2;
      after_prefix = true;
    }
  }
  bool leading_zero_rule = false;  // base 0 without prefix: no "010"
  if (base == 0) {
    base = 10;
    leading_zero_rule = i < n && s[i] == '0';
  }
  auto digit_value = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    char l = static_cast<char>(c | 0x20);
    if (l >= 'a' && l <= 'z') return l - 'a' + 10;
    return 99;
  };
  // One underscore may follow a base prefix; otherwise underscores only
  // separate digits.
  if (after_prefix && i < n && s[i] == '_') ++i;
  if (i < n && s[i] == '_') return false;
  std::string digits;
  bool prev_underscore = false;
  while (i < n) {
    char c = s[i];
    if (c == '_') {
      if (prev_underscore) return false;
      prev_underscore = true;
    } else if (digit_value(c) < base) {
      digits.push_back(c);
      prev_underscore = false;
    } else {
      break;
    }
    ++i;
  }
  if (digits.empty() || prev_underscore) return false;
  while (i < n && is_space(s[i])) ++i;
  if (i != n) return false;
  if (leading_zero_rule && digits.find_first_not_of('0') != std::string::npos) return false;
  // 3.11's limit applies to bases that are not powers of two.
  *digit_count = static_cast<int64_t>(digits.size());
  if ((base & (base - 1)) != 0 && *digit_count > kMaxStrDigits) {
    *too_many_digits = true;
    return false;
  }
  MpzHolder r;
  mpz_set_str(r.z, digits.c_str(), base);
  if (negative) mpz_neg(r.z, r.z);
  *out = IntFromMpz(r.z);
  return true;
}

std::string IntToString(KbValue v, int base) {
  if (IsSmallInt(v) && base == 10) return std::to_string(SmallIntValue(v));
  MpzHolder a(v);
  std::string out(mpz_sizeinbase(a.z, base) + 2, '\0');
  mpz_get_str(out.data(), base, a.z);
  out.resize(std::char_traits<char>::length(out.c_str()));
  return out;
}

}  // namespace kb

using namespace kb;

extern "C" {

double kb_int_to_float(KbValue a) {
  bool overflow;
  double d = IntToDoubleRounded(a, &overflow);
  if (overflow) kb_raise_new(&kb_type_OverflowError, "int too large to convert to float");
  return d;
}

double kb_int_to_float_quiet(KbValue a) {
  bool overflow;
  double d = IntToDoubleRounded(a, &overflow);
  return overflow ? std::nan("") : d;
}

KbValue kb_int_from_float(double x) {
  if (std::isnan(x)) kb_raise_new(&kb_type_ValueError, "cannot convert float NaN to integer");
  if (std::isinf(x)) kb_raise_new(&kb_type_OverflowError, "cannot convert float infinity to integer");
  double t = std::trunc(x);
  if (t >= -4611686018427387904.0 && t < 4611686018427387904.0) {
    return MakeSmallInt(static_cast<int64_t>(t));
  }
  MpzHolder r;
  mpz_set_d(r.z, t);
  return IntFromMpz(r.z);
}

// CPython's long_true_divide: the exactly rounded quotient.
double kb_int_truediv(KbValue a, KbValue b) {
  MpzHolder x(a), y(b);
  if (mpz_sgn(y.z) == 0) kb_raise_new(&kb_type_ZeroDivisionError, "division by zero");
  bool negative = (mpz_sgn(x.z) < 0) != (mpz_sgn(y.z) < 0);
  mpz_abs(x.z, x.z);
  mpz_abs(y.z, y.z);
  if (mpz_sgn(x.z) == 0) return negative ? -0.0 : 0.0;
  int64_t a_bits = static_cast<int64_t>(mpz_sizeinbase(x.z, 2));
  int64_t b_bits = static_cast<int64_t>(mpz_sizeinbase(y.z, 2));
  // Both exactly representable: one IEEE division is correctly rounded.
  if (a_bits <= DBL_MANT_DIG && b_bits <= DBL_MANT_DIG) {
    double q = mpz_get_d(x.z) / mpz_get_d(y.z);
    return negative ? -q : q;
  }
  int64_t diff = a_bits - b_bits;  // a/b lies in [2^(diff-1), 2^(diff+1))
  if (diff > DBL_MAX_EXP) {
    kb_raise_new(&kb_type_OverflowError, "integer division result too large for a float");
  }
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return negative ? -0.0 : 0.0;
  // x = floor(a / b / 2^shift) has DBL_MANT_DIG + 2 or + 3 bits (or fewer
  // significant ones when the result is subnormal).
  int64_t shift = std::max<int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  if (shift < 0) {
    mpz_mul_2exp(x.z, x.z, static_cast<mp_bitcnt_t>(-shift));
  } else {
    mpz_mul_2exp(y.z, y.z, static_cast<mp_bitcnt_t>(shift));
  }
  MpzHolder q, r;
  mpz_tdiv_qr(q.z, r.z, x.z, y.z);
  bool inexact = mpz_sgn(r.z) != 0;
  int64_t q_bits = static_cast<int64_t>(mpz_sizeinbase(q.z, 2));
  int extra_bits = static_cast<int>(std::max<int64_t>(q_bits, DBL_MIN_EXP - shift) - DBL_MANT_DIG);
  double d = RoundScaled(mpz_get_ui(q.z), extra_bits, inexact, shift);
  if (std::isinf(d)) {
    kb_raise_new(&kb_type_OverflowError, "integer division result too large for a float");
  }
  return negative ? -d : d;
}

KbValue kb_int_from_str(KbStr* s, int64_t base) {
  if (base != 0 && (base < 2 || base > 36)) {
    kb_raise_new(&kb_type_ValueError, "int() base must be >= 2 and <= 36, or 0");
  }
  std::string ascii = TransformDecimalAndSpaceToAscii(View(s));
  KbValue result;
  bool too_many_digits;
  int64_t digits = 0;
  if (ParseIntLiteral(ascii, static_cast<int>(base), &result, &too_many_digits, &digits)) {
    return result;
  }
  if (too_many_digits) {
    Raise(&kb_type_ValueError,
          "Exceeds the limit (4300 digits) for integer string conversion: value has " +
              std::to_string(digits) +
              " digits; use sys.set_int_max_str_digits() to increase the limit");
  }
  // "%.200R": the repr, cut to 200 code points.
  std::string repr;
  AppendStrRepr(repr, View(s), false);
  const char* p = repr.data();
  const char* end = p + repr.size();
  for (int cps = 0; p < end && cps < 200; ++cps) DecodeUtf8(p);
  repr.resize(static_cast<size_t>(p - repr.data()));
  Raise(&kb_type_ValueError,
        "invalid literal for int() with base " + std::to_string(base) + ": " + repr);
}

KbStr* kb_int_to_str(KbValue a) {
  if (IsSmallInt(a)) return NewStr(std::to_string(SmallIntValue(a)));
  std::string text = IntToString(a, 10);
  size_t digits = text.size() - (text[0] == '-' ? 1 : 0);
  if (static_cast<int64_t>(digits) > kMaxStrDigits) {
    kb_raise_new(&kb_type_ValueError,
                 "Exceeds the limit (4300 digits) for integer string conversion; use "
                 "sys.set_int_max_str_digits() to increase the limit");
  }
  return NewStr(text);
}

}  // extern "C"
