// The math module's integer functions (gcd, lcm, factorial, isqrt, comb,
// perm) on GMP, and math.log/log2/log10 of any number (CPython's loghelper:
// an int too large for a float is logged through its frexp), with CPython
// 3.11's messages.
#include <cmath>

#include "runtime_internal.h"

namespace kb {
namespace {

// PyNumber_Index as an mpz (initialised by the caller): TypeError: 'float'
// object cannot be interpreted as an integer.
void IndexToMpz(KbValue v, mpz_t out) { IntToMpz(kb_object_index(v), out); }

// A non-negative mpz as an unsigned long; false when it does not fit.
bool FitsUlong(const mpz_t z) { return mpz_fits_ulong_p(z) != 0; }

// _PyLong_Frexp: x in [0.5, 1) and e with v ~= x * 2**e, x correctly
// rounded (half to even) to 53 bits. Requires v > 0.
double Frexp(const mpz_t v, int64_t* e) {
  size_t nbits = mpz_sizeinbase(v, 2);
  mpz_t top;
  mpz_init(top);
  uint64_t q;
  if (nbits <= 55) {
    mpz_mul_2exp(top, v, 55 - nbits);
    q = mpz_get_ui(top);
  } else {
    size_t shift = nbits - 55;
    mpz_tdiv_q_2exp(top, v, shift);
    q = mpz_get_ui(top);
    if (mpz_scan1(v, 0) < shift) q |= 1;  // a sticky bit for what was cut
  }
  mpz_clear(top);
  static const int kHalfEvenCorrection[8] = {0, -1, -2, 1, 0, -1, 2, 1};
  q = static_cast<uint64_t>(static_cast<int64_t>(q) + kHalfEvenCorrection[q & 7]);
  double x = std::ldexp(static_cast<double>(q), -55);
  *e = static_cast<int64_t>(nbits);
  if (x == 1.0) {
    x = 0.5;
    *e += 1;
  }
  return x;
}

double LogFunction(double x, int32_t which) {
  return which == 2 ? kb_math_log2(x) : which == 10 ? kb_math_log10(x) : kb_math_log(x);
}

// loghelper(arg, func).
double LogHelper(KbValue v, int32_t which) {
  if (IsIntOrBool(v)) {
    KbValue i = IntOfIntOrBool(v);
    if (kb_int_compare(i, MakeSmallInt(0)) <= 0) kb_raise_new(&kb_type_ValueError, "math domain error");
    bool overflow = false;
    double x = IntToDoubleRounded(i, &overflow);
    if (!overflow) return LogFunction(x, which);
    mpz_t z;
    mpz_init(z);
    IntToMpz(i, z);
    int64_t e;
    x = Frexp(z, &e);
    mpz_clear(z);
    return LogFunction(x, which) + LogFunction(2.0, which) * static_cast<double>(e);
  }
  return LogFunction(RealAsDouble(v), which);
}

}  // namespace
}  // namespace kb

using namespace kb;

extern "C" {

KbValue kb_math_gcd(KbValue a, KbValue b) {
  mpz_t x, y;
  mpz_inits(x, y, nullptr);
  IndexToMpz(a, x);
  IndexToMpz(b, y);
  mpz_gcd(x, x, y);
  KbValue r = IntFromMpz(x);
  mpz_clears(x, y, nullptr);
  return r;
}

KbValue kb_math_lcm(KbValue a, KbValue b) {
  mpz_t x, y;
  mpz_inits(x, y, nullptr);
  IndexToMpz(a, x);
  IndexToMpz(b, y);
  mpz_lcm(x, x, y);  // non-negative; 0 when either is 0
  KbValue r = IntFromMpz(x);
  mpz_clears(x, y, nullptr);
  return r;
}

KbValue kb_math_factorial(KbValue n) {
  mpz_t z;
  mpz_init(z);
  IndexToMpz(n, z);
  if (mpz_sgn(z) < 0) {
    mpz_clear(z);
    kb_raise_new(&kb_type_ValueError, "factorial() not defined for negative values");
  }
  if (!mpz_fits_slong_p(z)) {
    mpz_clear(z);
    Raise(&kb_type_OverflowError, "factorial() argument should not exceed " + std::to_string(LONG_MAX));
  }
  unsigned long v = mpz_get_ui(z);
  mpz_fac_ui(z, v);
  KbValue r = IntFromMpz(z);
  mpz_clear(z);
  return r;
}

KbValue kb_math_isqrt(KbValue n) {
  mpz_t z;
  mpz_init(z);
  IndexToMpz(n, z);
  if (mpz_sgn(z) < 0) {
    mpz_clear(z);
    kb_raise_new(&kb_type_ValueError, "isqrt() argument must be nonnegative");
  }
  mpz_sqrt(z, z);
  KbValue r = IntFromMpz(z);
  mpz_clear(z);
  return r;
}

KbValue kb_math_comb(KbValue nv, KbValue kv) {
  mpz_t n, k, r;
  mpz_inits(n, k, r, nullptr);
  IndexToMpz(nv, n);
  IndexToMpz(kv, k);
  if (mpz_sgn(n) < 0) kb_raise_new(&kb_type_ValueError, "n must be a non-negative integer");
  if (mpz_sgn(k) < 0) kb_raise_new(&kb_type_ValueError, "k must be a non-negative integer");
  if (mpz_cmp(k, n) > 0) {
    mpz_set_ui(r, 0);
  } else {
    mpz_sub(r, n, k);
    if (mpz_cmp(r, k) < 0) mpz_set(k, r);  // min(k, n - k)
    if (!FitsUlong(k))
      kb_raise_new(&kb_type_OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
    mpz_bin_ui(r, n, mpz_get_ui(k));
  }
  KbValue result = IntFromMpz(r);
  mpz_clears(n, k, r, nullptr);
  return result;
}

KbValue kb_math_perm(KbValue nv, KbValue kv) {
  mpz_t n, k, r, i;
  mpz_inits(n, k, r, i, nullptr);
  IndexToMpz(nv, n);
  if (kv == AsValue(&kb_None)) {
    mpz_clears(n, k, r, i, nullptr);
    return kb_math_factorial(nv);
  }
  IndexToMpz(kv, k);
  if (mpz_sgn(n) < 0) kb_raise_new(&kb_type_ValueError, "n must be a non-negative integer");
  if (mpz_sgn(k) < 0) kb_raise_new(&kb_type_ValueError, "k must be a non-negative integer");
  if (mpz_cmp(k, n) > 0) {
    mpz_set_ui(r, 0);
  } else {
    if (!FitsUlong(k)) kb_raise_new(&kb_type_OverflowError, "k must not exceed 9223372036854775807");
    // n * (n-1) * ... * (n-k+1)
    mpz_set_ui(r, 1);
    mpz_sub(i, n, k);
    mpz_add_ui(i, i, 1);
    for (unsigned long step = mpz_get_ui(k); step > 0; --step) {
      mpz_mul(r, r, i);
      mpz_add_ui(i, i, 1);
    }
  }
  KbValue result = IntFromMpz(r);
  mpz_clears(n, k, r, i, nullptr);
  return result;
}

double kb_math_log_of(KbValue x, KbValue base, int32_t which) {
  double num = LogHelper(x, which);
  if (base == AsValue(&kb_None)) return num;
  double den = LogHelper(base, which);
  if (den == 0.0) kb_raise_new(&kb_type_ZeroDivisionError, "float division by zero");
  return num / den;
}

}  // extern "C"
