// round(): CPython's results to the bit. round(x) of a float rounds half to
// even to an int; round(x, n) rounds the float's exact binary value at
// 10**-n, ties to even, and reads that decimal back correctly rounded (what
// CPython's dtoa-based double_round does); round(i, n) of an int with n < 0
// rounds at 10**-n, ties to even.
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime_internal.h"

namespace kb {
namespace {

// q = round-half-even(a / b), exact (b > 0).
void DivideRoundHalfEven(mpz_t q, const mpz_t a, const mpz_t b) {
  mpz_t r, twice;
  mpz_inits(r, twice, nullptr);
  mpz_fdiv_qr(q, r, a, b);  // a = q*b + r, 0 <= r < b
  mpz_mul_2exp(twice, r, 1);
  int c = mpz_cmp(twice, b);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  mpz_clears(r, twice, nullptr);
}

}  // namespace
}  // namespace kb

using namespace kb;

extern "C" {

KbValue kb_round_float(double x) {
  if (std::isnan(x)) kb_raise_new(&kb_type_ValueError, "cannot convert float NaN to integer");
  if (std::isinf(x)) kb_raise_new(&kb_type_OverflowError, "cannot convert float infinity to integer");
  double r = std::nearbyint(x);  // the default rounding mode: to nearest, ties to even
  return kb_int_from_float(r);
}

double kb_round_float_digits(double x, KbValue ndigits) {
  if (!std::isfinite(x) || x == 0.0) return x;
  // Past CPython's bounds (NDIGITS_MAX 323, NDIGITS_MIN -308) the result is x
  // itself, or a zero of x's sign.
  if (!IsSmallInt(ndigits) || SmallIntValue(ndigits) > 323 || SmallIntValue(ndigits) < -308) {
    mpz_t n;
    mpz_init(n);
    IntToMpz(ndigits, n);
    bool positive = mpz_sgn(n) > 0;
    mpz_clear(n);
    return positive ? x : std::copysign(0.0, x);
  }
  int64_t n = SmallIntValue(ndigits);
  // x = m * 2**e exactly.
  int e;
  double frac = std::frexp(std::fabs(x), &e);
  mpz_t m, num, den, q, ten;
  mpz_inits(m, num, den, q, ten, nullptr);
  mpz_set_d(m, std::ldexp(frac, 53));
  e -= 53;
  // x * 10**n = num / den.
  mpz_set(num, m);
  mpz_set_ui(den, 1);
  if (e >= 0) mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
  else mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
  mpz_ui_pow_ui(ten, 10, static_cast<unsigned long>(n >= 0 ? n : -n));
  if (n >= 0) mpz_mul(num, num, ten);
  else mpz_mul(den, den, ten);
  DivideRoundHalfEven(q, num, den);
  // The decimal q * 10**-n, read back correctly rounded.
  char* digits = mpz_get_str(nullptr, 10, q);
  std::string text = std::string(x < 0 ? "-" : "") + digits + "e" + std::to_string(-n);
  void (*free_function)(void*, size_t);
  mp_get_memory_functions(nullptr, nullptr, &free_function);
  free_function(digits, std::strlen(digits) + 1);
  mpz_clears(m, num, den, q, ten, nullptr);
  double result = std::strtod(text.c_str(), nullptr);
  if (std::isinf(result)) kb_raise_new(&kb_type_OverflowError, "rounded value too large to represent");
  return result;
}

KbValue kb_round_int_digits(KbValue i, KbValue ndigits) {
  i = IntOfIntOrBool(i);
  if (!IsSmallInt(ndigits) || SmallIntValue(ndigits) >= 0) {
    // n >= 0: the int itself. (A huge negative n rounds everything to 0.)
    mpz_t n;
    mpz_init(n);
    IntToMpz(ndigits, n);
    bool non_negative = mpz_sgn(n) >= 0;
    mpz_clear(n);
    if (non_negative) return i;
    return MakeSmallInt(0);
  }
  int64_t n = -SmallIntValue(ndigits);
  mpz_t v, pow, q;
  mpz_inits(v, pow, q, nullptr);
  IntToMpz(i, v);
  mpz_ui_pow_ui(pow, 10, static_cast<unsigned long>(n));
  DivideRoundHalfEven(q, v, pow);
  mpz_mul(q, q, pow);
  KbValue result = IntFromMpz(q);
  mpz_clears(v, pow, q, nullptr);
  return result;
}

}  // extern "C"
