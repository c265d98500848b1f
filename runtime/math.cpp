// The math module's functions of floats, with CPython 3.11's error rules
// (Modules/mathmodule.c: math_1, math_2, m_log, math_pow, math_fmod). They
// call the same libm functions CPython does, so results agree to the bit.
#include <cerrno>
#include <cmath>

#include "runtime_internal.h"

namespace {

[[noreturn]] void DomainError() { kb_raise_new(&kb_type_ValueError, "math domain error"); }
[[noreturn]] void RangeError() { kb_raise_new(&kb_type_OverflowError, "math range error"); }

// CPython's is_error: an underflow (ERANGE with a tiny result) is no error.
double CheckErrno(double r) {
  if (errno == EDOM) DomainError();
  if (errno == ERANGE && std::fabs(r) >= 1.5) RangeError();
  return r;
}

// math_1: a nan from a non-nan argument is a domain error; an infinity
// from a finite argument is an overflow or a singularity.
double Math1(double x, double (*f)(double), bool can_overflow) {
  errno = 0;
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) DomainError();
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) RangeError();
    DomainError();
  }
  if (std::isfinite(r) && errno) return CheckErrno(r);
  return r;
}

// math_2.
double Math2(double x, double y, double (*f)(double, double)) {
  errno = 0;
  double r = f(x, y);
  if (std::isnan(r)) errno = (!std::isnan(x) && !std::isnan(y)) ? EDOM : 0;
  else if (std::isinf(r)) errno = (std::isfinite(x) && std::isfinite(y)) ? ERANGE : 0;
  if (errno) return CheckErrno(r);
  return r;
}

double Log(double x, double (*f)(double)) {
  if (std::isfinite(x)) {
    if (x > 0.0) return f(x);
    DomainError();
  }
  if (std::isnan(x) || x > 0.0) return x;
  DomainError();
}

double Sqrt(double x) { return std::sqrt(x); }
double Exp(double x) { return std::exp(x); }
double Sin(double x) { return std::sin(x); }
double Cos(double x) { return std::cos(x); }
double Tan(double x) { return std::tan(x); }
double Asin(double x) { return std::asin(x); }
double Acos(double x) { return std::acos(x); }
double Atan(double x) { return std::atan(x); }
double Sinh(double x) { return std::sinh(x); }
double Cosh(double x) { return std::cosh(x); }
double Tanh(double x) { return std::tanh(x); }
double Fabs(double x) { return std::fabs(x); }
double Atan2(double y, double x) { return std::atan2(y, x); }
double Copysign(double x, double y) { return std::copysign(x, y); }

constexpr double kPi = 3.141592653589793238462643383279502884197;

}  // namespace



double kb_math_sqrt(double x) { return Math1(x, Sqrt, false); }
double kb_math_exp(double x) { return Math1(x, Exp, true); }
double kb_math_log(double x) { return Log(x, [](double v) { return std::log(v); }); }
double kb_math_log2(double x) { return Log(x, [](double v) { return std::log2(v); }); }
double kb_math_log10(double x) { return Log(x, [](double v) { return std::log10(v); }); }
double kb_math_sin(double x) { return Math1(x, Sin, false); }
double kb_math_cos(double x) { return Math1(x, Cos, false); }
double kb_math_tan(double x) { return Math1(x, Tan, false); }
double kb_math_asin(double x) { return Math1(x, Asin, false); }
double kb_math_acos(double x) { return Math1(x, Acos, false); }
double kb_math_atan(double x) { return Math1(x, Atan, false); }
double kb_math_sinh(double x) { return Math1(x, Sinh, true); }
double kb_math_cosh(double x) { return Math1(x, Cosh, true); }
double kb_math_tanh(double x) { return Math1(x, Tanh, false); }
double kb_math_fabs(double x) { return Math1(x, Fabs, false); }
double kb_math_degrees(double x) { return x * (180.0 / kPi); }
double kb_math_radians(double x) { return x * (kPi / 180.0); }
double kb_math_atan2(double y, double x) { return Math2(y, x, Atan2); }
double kb_math_copysign(double x, double y) { return Math2(x, y, Copysign); }

double kb_math_fmod(double x, double y) {
  if (std::isinf(y) && std::isfinite(x)) return x;
  errno = 0;
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) DomainError();
  return r;
}

double kb_math_pow(double x, double y) {
  double r;
  errno = 0;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) {
      r = y == 0.0 ? 1.0 : x;
    } else if (std::isnan(y)) {
      r = x == 1.0 ? 1.0 : y;
    } else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.0) r = odd_y ? x : std::fabs(x);
      else if (y == 0.0) r = 1.0;
      else r = odd_y ? std::copysign(0.0, x) : 0.0;
    } else {
      if (std::fabs(x) == 1.0) r = 1.0;
      else if (y > 0.0 && std::fabs(x) > 1.0) r = y;
      else if (y < 0.0 && std::fabs(x) < 1.0) r = -y;
      else r = 0.0;
    }
    return r;
  }
  r = std::pow(x, y);
  if (!std::isfinite(r)) {
    if (std::isnan(r)) errno = EDOM;
    else errno = x == 0.0 ? EDOM : ERANGE;
    return CheckErrno(r);
  }
  return r;
}

KbValue kb_math_floor(double x) { return kb_int_from_float(std::floor(x)); }
KbValue kb_math_ceil(double x) { return kb_int_from_float(std::ceil(x)); }
KbValue kb_math_trunc(double x) { return kb_int_from_float(std::trunc(x)); }
bool kb_math_isnan(double x) { return std::isnan(x); }
bool kb_math_isinf(double x) { return std::isinf(x); }
bool kb_math_isfinite(double x) { return std::isfinite(x); }


