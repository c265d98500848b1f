// The math module's float functions beyond math.cpp's: hypot and dist
// (CPython 3.11's vector_norm: scaled, squared and summed without loss, then
// corrected once), fsum (Shewchuk's exact partials, msum), prod, frexp, modf,
// ldexp and isclose, with CPython's messages.
#include <cerrno>
#include <cfloat>
#include <climits>
#include <cmath>
#include <vector>

#include "runtime_internal.h"

namespace kb {
namespace {

struct DoubleLength {
  double hi;
  double lo;
};

// |a| >= |b|: a + b as an unevaluated sum, exactly.
DoubleLength FastSum(double a, double b) {
  double x = a + b;
  double y = (a - x) + b;
  return {x, y};
}

// x * y as an unevaluated sum, exactly.
DoubleLength ExactProduct(double x, double y) {
  double z = x * y;
  double zz = std::fma(x, y, -z);
  return {z, zz};
}

double VectorNorm(std::vector<double>& vec, double max, bool found_nan) {
  size_t n = vec.size();
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    // ldexp(1.0, -max_e) would overflow: bring subnormals up first.
    for (double& v : vec) v /= DBL_MIN;
    return DBL_MIN * VectorNorm(vec, max / DBL_MIN, found_nan);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (double v : vec) {
    double x = v * scale;  // lossless scaling
    DoubleLength pr = ExactProduct(x, x);
    DoubleLength sm = FastSum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
  DoubleLength pr = ExactProduct(-h, h);
  DoubleLength sm = FastSum(csum, pr.hi);
  csum = sm.hi;
  frac1 += pr.lo;
  frac2 += sm.lo;
  double x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);  // differential correction
  return h / scale;
}

KbTuple* FloatPair(double a, KbValue b) { return NewTuple({kb_box_float(a), b}); }

[[noreturn]] void RangeError() { kb_raise_new(&kb_type_OverflowError, "math range error"); }

double ToleranceOr(KbValue v, double fallback) { return v == AsValue(&kb_None) ? fallback : RealAsDouble(v); }

}  // namespace

double RealAsDouble(KbValue v) {
  if (!IsSmallInt(v) && AsObject(v)->type == &kb_type_float) return kb_unbox_float(v);
  if (IsIntOrBool(v)) return kb_int_to_float(IntOfIntOrBool(v));
  if (double x; FloatSlot(v, &x)) return x;
  Raise(&kb_type_TypeError, std::string("must be real number, not ") + TypeName(TypeOf(v)));
}

}  // namespace kb

using namespace kb;

extern "C" {

double kb_math_hypot(KbTuple* coordinates) {
  std::vector<double> vec;
  double max = 0.0;
  bool found_nan = false;
  for (int64_t i = 0; i < coordinates->length; ++i) {
    double x = std::fabs(RealAsDouble(coordinates->items[i]));
    vec.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return VectorNorm(vec, max, found_nan);
}

double kb_math_dist(KbValue p, KbValue q) {
  std::vector<KbValue> ps, qs;
  GcVector<KbValue> keep;
  ForEachItem(p, [&](KbValue v) { ps.push_back(v); keep.push_back(v); });
  ForEachItem(q, [&](KbValue v) { qs.push_back(v); keep.push_back(v); });
  if (ps.size() != qs.size()) kb_raise_new(&kb_type_ValueError, "both points must have the same number of dimensions");
  std::vector<double> diffs;
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < ps.size(); ++i) {
    double px = RealAsDouble(ps[i]);
    double qx = RealAsDouble(qs[i]);
    double x = std::fabs(px - qx);
    diffs.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return VectorNorm(diffs, max, found_nan);
}

double kb_math_fsum(KbList* items) {
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  double x, y, t, hi, yr, lo = 0.0;
  for (int64_t k = 0; k < items->length; ++k) {
    x = RealAsDouble(ListItemBoxed(items, k));
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); ++j) {  // for y in partials
      y = p[j];
      if (std::fabs(x) < std::fabs(y)) {
        t = x;
        x = y;
        y = t;
      }
      hi = x + y;
      yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);  // partials[i:] = [x]
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // From an intermediate overflow, or a nan or inf among the items.
        if (std::isfinite(xsave)) kb_raise_new(&kb_type_OverflowError, "intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) kb_raise_new(&kb_type_ValueError, "-inf + inf in fsum");
    return special_sum;
  }
  hi = 0.0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    // sum_exact(ps, hi) from the top, stopping when the sum becomes inexact.
    while (n > 0) {
      x = hi;
      y = p[--n];
      hi = x + y;
      yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Half-even rounding across several partials.
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      y = lo * 2.0;
      x = hi + y;
      yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return hi;
}

KbValue kb_math_prod(KbList* items, KbValue start) {
  KbValue result = start;
  for (int64_t i = 0; i < items->length; ++i) result = kb_object_binop(2 /* * */, result, ListItemBoxed(items, i));
  return result;
}

KbTuple* kb_math_frexp(KbValue v) {
  double x = RealAsDouble(v);
  int i = 0;
  if (!std::isnan(x) && !std::isinf(x) && x != 0.0) x = std::frexp(x, &i);
  return FloatPair(x, MakeSmallInt(i));
}

KbTuple* kb_math_modf(KbValue v) {
  double x = RealAsDouble(v);
  if (!std::isfinite(x)) {
    if (std::isinf(x)) return FloatPair(std::copysign(0., x), kb_box_float(x));
    return FloatPair(x, kb_box_float(x));
  }
  double y;
  x = std::modf(x, &y);
  return FloatPair(x, kb_box_float(y));
}

double kb_math_ldexp(KbValue xv, KbValue i) {
  double x = RealAsDouble(xv);
  if (!IsIntOrBool(i)) kb_raise_new(&kb_type_TypeError, "Expected an int as second argument to ldexp.");
  KbValue n = IntOfIntOrBool(i);
  long exp;
  if (IsSmallInt(n)) exp = SmallIntValue(n);
  else exp = kb_int_compare(n, MakeSmallInt(0)) < 0 ? LONG_MIN : LONG_MAX;
  double r;
  if (x == 0. || !std::isfinite(x)) return x;
  if (exp > INT_MAX) RangeError();
  if (exp < INT_MIN) return std::copysign(0., x);
  errno = 0;
  r = std::ldexp(x, static_cast<int>(exp));
  if (std::isinf(r)) RangeError();
  return r;
}

bool kb_math_isclose(KbValue av, KbValue bv, KbValue rel_tol_v, KbValue abs_tol_v) {
  double a = RealAsDouble(av), b = RealAsDouble(bv);
  double rel_tol = ToleranceOr(rel_tol_v, 1e-09), abs_tol = ToleranceOr(abs_tol_v, 0.0);
  if (rel_tol < 0.0 || abs_tol < 0.0) kb_raise_new(&kb_type_ValueError, "tolerances must be non-negative");
  if (a == b) return true;
  if (std::isinf(a) || std::isinf(b)) return false;
  double diff = std::fabs(b - a);
  return ((diff <= std::fabs(rel_tol * b)) || (diff <= std::fabs(rel_tol * a))) || (diff <= abs_tol);
}

}  // extern "C"
