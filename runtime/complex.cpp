// complex: CPython 3.11's Objects/complexobject.c — the arithmetic
// (_Py_c_sum/diff/prod/quot/pow, c_powi for small integral exponents), abs
// (hypot), equality with ints and floats, hashing, repr, and complex(x) /
// complex(real, imag) with CPython's string parser and messages. An int or
// float operand is converted to a complex first, as CPython's TO_COMPLEX
// does (so 1j + (-0.0) has the imaginary part 0.0 + 0.0).
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>

#include "runtime_internal.h"

extern "C" const KbType kb_type_complex = {{&kb_type_type}, "complex", &kb_type_object, KB_TYPE_BUILTIN,
                                           sizeof(KbComplex)};

namespace kb {
namespace {

// kb_object_binop's operator numbering.
enum : uint32_t { kAdd = 0, kSub = 1, kMult = 2, kDiv = 4, kPow = 6 };

struct Complex {
  double real;
  double imag;
};

bool IsFloatValue(KbValue v) { return !IsSmallInt(v) && AsObject(v)->type == &kb_type_float; }

const KbComplex* AsComplex(KbValue v) { return reinterpret_cast<const KbComplex*>(AsObject(v)); }

// TO_COMPLEX: false when v is not a number complex arithmetic takes.
bool ToComplex(KbValue v, Complex* out) {
  if (IsComplex(v)) {
    *out = {AsComplex(v)->real, AsComplex(v)->imag};
    return true;
  }
  if (IsFloatValue(v)) {
    *out = {kb_unbox_float(v), 0.0};
    return true;
  }
  if (IsIntOrBool(v)) {
    *out = {kb_int_to_float(IntOfIntOrBool(v)), 0.0};  // OverflowError: int too large to convert to float
    return true;
  }
  return false;
}

Complex Sum(Complex a, Complex b) { return {a.real + b.real, a.imag + b.imag}; }
Complex Diff(Complex a, Complex b) { return {a.real - b.real, a.imag - b.imag}; }
Complex Prod(Complex a, Complex b) {
  return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

// _Py_c_quot: sets errno = EDOM for a zero divisor.
Complex Quot(Complex a, Complex b) {
  Complex r;
  const double abs_breal = b.real < 0 ? -b.real : b.real;
  const double abs_bimag = b.imag < 0 ? -b.imag : b.imag;
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      errno = EDOM;
      r.real = r.imag = 0.0;
    } else {
      const double ratio = b.imag / b.real;
      const double denom = b.real + b.imag * ratio;
      r.real = (a.real + a.imag * ratio) / denom;
      r.imag = (a.imag - a.real * ratio) / denom;
    }
  } else if (abs_bimag >= abs_breal) {
    const double ratio = b.real / b.imag;
    const double denom = b.real * ratio + b.imag;
    r.real = (a.real * ratio + a.imag) / denom;
    r.imag = (a.imag * ratio - a.real) / denom;
  } else {
    r.real = r.imag = NAN;  // a nan in b
  }
  return r;
}

// _Py_c_pow.
Complex Pow(Complex a, Complex b) {
  Complex r;
  if (b.real == 0. && b.imag == 0.) {
    r = {1., 0.};
  } else if (a.real == 0. && a.imag == 0.) {
    if (b.imag != 0. || b.real < 0.) errno = EDOM;
    r = {0., 0.};
  } else {
    double vabs = std::hypot(a.real, a.imag);
    double len = std::pow(vabs, b.real);
    double at = std::atan2(a.imag, a.real);
    double phase = at * b.real;
    if (b.imag != 0.0) {
      len /= std::exp(at * b.imag);
      phase += b.imag * std::log(vabs);
    }
    r.real = len * std::cos(phase);
    r.imag = len * std::sin(phase);
  }
  return r;
}

// c_powu / c_powi: repeated squaring for |n| <= 100.
Complex PowU(Complex x, long n) {
  Complex r{1., 0.}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = Prod(r, p);
    mask <<= 1;
    p = Prod(p, p);
  }
  return r;
}

Complex PowI(Complex x, long n) {
  if (n > 0) return PowU(x, n);
  return Quot(Complex{1., 0.}, PowU(x, -n));
}

// complex_pow without a modulus.
KbValue ComplexPower(Complex a, Complex b) {
  errno = 0;
  Complex p;
  if (b.imag == 0.0 && b.real == std::floor(b.real) && std::fabs(b.real) <= 100.0) {
    p = PowI(a, static_cast<long>(b.real));
  } else {
    p = Pow(a, b);
  }
  // _Py_ADJUST_ERANGE2
  if (p.real == HUGE_VAL || p.real == -HUGE_VAL || p.imag == HUGE_VAL || p.imag == -HUGE_VAL) {
    if (errno == 0) errno = ERANGE;
  } else if (errno == ERANGE) {
    errno = 0;
  }
  if (errno == EDOM) kb_raise_new(&kb_type_ZeroDivisionError, "0.0 to a negative or complex power");
  if (errno == ERANGE) kb_raise_new(&kb_type_OverflowError, "complex exponentiation");
  return kb_complex_new(p.real, p.imag);
}

// PyOS_double_to_string(x, 'r', 0, flags): the sign of a nan is never shown;
// with `sign` a non-negative value gets '+'.
std::string PartRepr(double x, bool sign) {
  std::string text = FloatReprNoDot0(x);
  if (std::isnan(x)) text = "nan";
  if (sign && text[0] != '-') text.insert(text.begin(), '+');
  return text;
}

bool IsSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// PyOS_string_to_double's grammar at s (no leading space): a decimal float
// or inf/infinity/nan with an optional sign. Returns the characters read
// (0: none), the value in *out.
size_t ParseFloatPrefix(const std::string& s, size_t pos, double* out) {
  size_t p = pos;
  if (p < s.size() && (s[p] == '+' || s[p] == '-')) ++p;
  auto match_word = [&](const char* word) {
    size_t n = std::char_traits<char>::length(word);
    if (s.size() - p < n) return false;
    for (size_t i = 0; i < n; ++i)
      if ((s[p + i] | 0x20) != word[i]) return false;
    return true;
  };
  size_t end = 0;
  if (match_word("infinity")) end = p + 8;
  else if (match_word("inf")) end = p + 3;
  else if (match_word("nan")) end = p + 3;
  if (end != 0) {
    bool negative = s[pos] == '-';
    *out = s[p] == 'n' || s[p] == 'N' ? (negative ? -NAN : NAN) : (negative ? -INFINITY : INFINITY);
    return end - pos;
  }
  size_t digits = 0;
  while (p < s.size() && s[p] >= '0' && s[p] <= '9') ++p, ++digits;
  if (p < s.size() && s[p] == '.') {
    ++p;
    while (p < s.size() && s[p] >= '0' && s[p] <= '9') ++p, ++digits;
  }
  if (digits == 0) return 0;
  if (p < s.size() && (s[p] == 'e' || s[p] == 'E')) {
    size_t q = p + 1;
    if (q < s.size() && (s[q] == '+' || s[q] == '-')) ++q;
    size_t exp_digits = 0;
    while (q < s.size() && s[q] >= '0' && s[q] <= '9') ++q, ++exp_digits;
    if (exp_digits > 0) p = q;
  }
  *out = std::strtod(s.substr(pos, p - pos).c_str(), nullptr);  // correctly rounded; overflow gives +-inf
  return p - pos;
}

[[noreturn]] void MalformedString() { kb_raise_new(&kb_type_ValueError, "complex() arg is a malformed string"); }

// complex_from_string_inner, after _Py_string_to_number_with_underscores.
Complex ParseComplex(KbStr* str) {
  std::string text = TransformDecimalAndSpaceToAscii(View(str));
  // Underscores only between digits, then removed.
  if (text.find('_') != std::string::npos) {
    std::string clean;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '_') {
        bool ok = i > 0 && i + 1 < text.size() && text[i - 1] >= '0' && text[i - 1] <= '9' && text[i + 1] >= '0' &&
                  text[i + 1] <= '9';
        if (!ok) {
          std::string repr;
          AppendStrRepr(repr, View(str), false);
          Raise(&kb_type_ValueError, "could not convert string to complex: " + repr);
        }
        continue;
      }
      clean.push_back(text[i]);
    }
    text = clean;
  }
  if (text.find('\0') != std::string::npos) MalformedString();
  size_t s = 0;
  while (s < text.size() && IsSpace(text[s])) ++s;
  bool got_bracket = false;
  if (s < text.size() && text[s] == '(') {
    got_bracket = true;
    ++s;
    while (s < text.size() && IsSpace(text[s])) ++s;
  }
  double x = 0.0, y = 0.0, z;
  auto at = [&](size_t i) { return i < text.size() ? text[i] : '\0'; };
  size_t n = ParseFloatPrefix(text, s, &z);
  if (n != 0) {
    s += n;
    if (at(s) == '+' || at(s) == '-') {
      x = z;
      size_t m = ParseFloatPrefix(text, s, &y);
      if (m != 0) {
        s += m;
      } else {
        y = at(s) == '+' ? 1.0 : -1.0;
        ++s;
      }
      if (!(at(s) == 'j' || at(s) == 'J')) MalformedString();
      ++s;
    } else if (at(s) == 'j' || at(s) == 'J') {
      ++s;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (at(s) == '+' || at(s) == '-') {
      y = at(s) == '+' ? 1.0 : -1.0;
      ++s;
    } else {
      y = 1.0;
    }
    if (!(at(s) == 'j' || at(s) == 'J')) MalformedString();
    ++s;
  }
  while (s < text.size() && IsSpace(text[s])) ++s;
  if (got_bracket) {
    if (at(s) != ')') MalformedString();
    ++s;
    while (s < text.size() && IsSpace(text[s])) ++s;
  }
  if (s != text.size()) MalformedString();
  return {x, y};
}

}  // namespace

std::string FloatReprNoDot0(double x) {
  std::string text = FloatRepr(x);
  if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
  return text;
}

std::string ComplexRepr(double real, double imag) {
  if (real == 0.0 && std::copysign(1.0, real) == 1.0) return PartRepr(imag, false) + "j";
  return "(" + PartRepr(real, false) + PartRepr(imag, true) + "j)";
}

int64_t ComplexHash(const KbComplex* z) {
  auto hash_real = static_cast<uint64_t>(HashDouble(z->real, z));
  auto hash_imag = static_cast<uint64_t>(HashDouble(z->imag, z));
  uint64_t combined = hash_real + 1000003ULL * hash_imag;
  auto h = static_cast<int64_t>(combined);
  return h == -1 ? -2 : h;
}

bool ComplexEquals(KbValue a, KbValue b) {
  if (!IsComplex(a)) std::swap(a, b);
  const KbComplex* z = AsComplex(a);
  if (IsIntOrBool(b)) {
    // Exact: the imaginary part is 0 and the real part equals the int.
    if (z->imag != 0.0) return false;
    return kb_int_float_compare(IntOfIntOrBool(b), z->real, KB_EQ);
  }
  if (IsFloatValue(b)) return z->real == kb_unbox_float(b) && z->imag == 0.0;
  if (IsComplex(b)) return z->real == AsComplex(b)->real && z->imag == AsComplex(b)->imag;
  return false;
}

KbValue ComplexBinop(uint32_t op, KbValue a, KbValue b) {
  Complex x, y;
  if (op != kAdd && op != kSub && op != kMult && op != kDiv && op != kPow) return 0;
  if (!ToComplex(a, &x) || !ToComplex(b, &y)) return 0;
  switch (op) {
    case kAdd: {
      Complex r = Sum(x, y);
      return kb_complex_new(r.real, r.imag);
    }
    case kSub: {
      Complex r = Diff(x, y);
      return kb_complex_new(r.real, r.imag);
    }
    case kMult: {
      Complex r = Prod(x, y);
      return kb_complex_new(r.real, r.imag);
    }
    case kDiv: {
      errno = 0;
      Complex r = Quot(x, y);
      if (errno == EDOM) kb_raise_new(&kb_type_ZeroDivisionError, "complex division by zero");
      return kb_complex_new(r.real, r.imag);
    }
    default: return ComplexPower(x, y);
  }
}

KbValue ComplexPowOfFloats(double v, double w) { return ComplexPower(Complex{v, 0.0}, Complex{w, 0.0}); }

}  // namespace kb

using namespace kb;

extern "C" {

KbValue kb_complex_new(double real, double imag) {
  auto* z = static_cast<KbComplex*>(AllocAtomic(sizeof(KbComplex)));
  z->header.type = &kb_type_complex;
  z->real = real;
  z->imag = imag;
  return AsValue(z);
}

double kb_complex_real(KbValue z) { return AsComplex(z)->real; }
double kb_complex_imag(KbValue z) { return AsComplex(z)->imag; }
KbValue kb_complex_conjugate(KbValue z) { return kb_complex_new(AsComplex(z)->real, -AsComplex(z)->imag); }

double kb_complex_abs(KbValue v) {
  const KbComplex* z = AsComplex(v);
  if (!std::isfinite(z->real) || !std::isfinite(z->imag)) {
    if (std::isinf(z->real)) return std::fabs(z->real);
    if (std::isinf(z->imag)) return std::fabs(z->imag);
    return NAN;
  }
  double r = std::hypot(z->real, z->imag);
  if (!std::isfinite(r)) kb_raise_new(&kb_type_OverflowError, "absolute value too large");
  return r;
}

KbValue kb_complex_from_object(KbValue x) {
  if (IsComplex(x)) return x;  // complex(z) is z itself, as in CPython
  if (!IsSmallInt(x) && AsObject(x)->type == &kb_type_str) {
    Complex c = ParseComplex(reinterpret_cast<KbStr*>(x));
    return kb_complex_new(c.real, c.imag);
  }
  Complex c;
  if (double real; !ToComplex(x, &c) && FloatSlot(x, &real)) {
    c = {real, 0.0};
  } else if (!ToComplex(x, &c)) {
    Raise(&kb_type_TypeError, std::string("complex() first argument must be a string or a number, not '") +
                                  TypeName(TypeOf(x)) + "'");
  }
  return kb_complex_new(c.real, c.imag);
}

KbValue kb_complex_from_objects(KbValue real, KbValue imag) {
  bool real_str = !IsSmallInt(real) && AsObject(real)->type == &kb_type_str;
  if (real_str) kb_raise_new(&kb_type_TypeError, "complex() can't take second arg if first is a string");
  if (!IsSmallInt(imag) && AsObject(imag)->type == &kb_type_str)
    kb_raise_new(&kb_type_TypeError, "complex() second arg can't be a string");
  Complex cr, ci;
  if (!ToComplex(real, &cr)) {
    Raise(&kb_type_TypeError, std::string("complex() first argument must be a string or a number, not '") +
                                  TypeName(TypeOf(real)) + "'");
  }
  if (!ToComplex(imag, &ci)) {
    Raise(&kb_type_TypeError,
          std::string("complex() second argument must be a number, not '") + TypeName(TypeOf(imag)) + "'");
  }
  // complex_new's correction for complex arguments.
  double re = cr.real, im = ci.real;
  if (IsComplex(imag)) re -= ci.imag;
  if (IsComplex(real)) im += cr.imag;
  return kb_complex_new(re, im);
}

}  // extern "C"
