// The methods of int and float (bit_length, to_bytes, as_integer_ratio,
// hex, fromhex...) and round() of a value known only at run time, with
// CPython 3.11's results and messages.
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <string>

#include "runtime_internal.h"

namespace kb {
namespace {

bool IsNone(KbValue v) { return v == AsValue(&kb_None); }
bool IsStrValue(KbValue v) { return !IsSmallInt(v) && AsObject(v)->type == &kb_type_str; }
bool IsFloatValue(KbValue v) { return !IsSmallInt(v) && AsObject(v)->type == &kb_type_float; }

// byteorder: 'big' (the default, None) or 'little'.
bool LittleEndian(KbValue byteorder, const char* function) {
  if (IsNone(byteorder)) return false;
  if (!IsStrValue(byteorder)) {
    Raise(&kb_type_TypeError, std::string(function) + "() argument 'byteorder' must be str, not " +
                                  TypeName(TypeOf(byteorder)));
  }
  std::string_view text = View(reinterpret_cast<KbStr*>(byteorder));
  if (text == "little") return true;
  if (text == "big") return false;
  kb_raise_new(&kb_type_ValueError, "byteorder must be either 'little' or 'big'");
}

char HexDigit(int d) { return "0123456789abcdef"[d]; }

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

[[noreturn]] void InvalidHex() { kb_raise_new(&kb_type_ValueError, "invalid hexadecimal floating-point string"); }

}  // namespace
}  // namespace kb

using namespace kb;

extern "C" {

KbValue kb_object_round(KbValue x, KbValue ndigits) {
  if (IsIntOrBool(x)) {
    if (IsNone(ndigits)) return IntOfIntOrBool(x);
    return kb_round_int_digits(x, kb_object_index(ndigits));
  }
  if (IsFloatValue(x)) {
    if (IsNone(ndigits)) return kb_round_float(kb_unbox_float(x));
    return kb_box_float(kb_round_float_digits(kb_unbox_float(x), kb_object_index(ndigits)));
  }
  Raise(&kb_type_TypeError, std::string("type ") + TypeName(TypeOf(x)) + " doesn't define __round__ method");
}

KbValue kb_object_pow_mod(KbValue a, KbValue b, KbValue m) {
  // ternary_op: the operands' power slots in order; an int's declines
  // unless all three are ints, a float's or a complex's answers.
  for (KbValue v : {a, b, m}) {
    if (IsFloatValue(v))
      kb_raise_new(&kb_type_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    if (IsComplex(v)) kb_raise_new(&kb_type_ValueError, "complex modulo");
  }
  if (!IsIntOrBool(a) || !IsIntOrBool(b) || !IsIntOrBool(m)) {
    Raise(&kb_type_TypeError, std::string("unsupported operand type(s) for ** or pow(): '") + TypeName(TypeOf(a)) +
                                  "', '" + TypeName(TypeOf(b)) + "', '" + TypeName(TypeOf(m)) + "'");
  }
  return kb_int_pow_mod(IntOfIntOrBool(a), IntOfIntOrBool(b), IntOfIntOrBool(m));
}

KbTuple* kb_object_divmod(KbValue a, KbValue b) {
  bool numbers = (IsIntOrBool(a) || IsFloatValue(a)) && (IsIntOrBool(b) || IsFloatValue(b));
  if (!numbers) {
    Raise(&kb_type_TypeError, std::string("unsupported operand type(s) for divmod(): '") + TypeName(TypeOf(a)) +
                                  "' and '" + TypeName(TypeOf(b)) + "'");
  }
  if ((IsFloatValue(a) || IsFloatValue(b)) && kb_object_truthy(b) == false)
    kb_raise_new(&kb_type_ZeroDivisionError, "float divmod()");
  constexpr uint32_t kMod = 5, kFloorDiv = 12;  // kb_object_binop's numbering
  KbValue q = kb_object_binop(kFloorDiv, a, b);
  return NewTuple({q, kb_object_binop(kMod, a, b)});
}

KbValue kb_int_bit_length(KbValue v) {
  KbValue i = IntOfIntOrBool(v);
  if (IsSmallInt(i)) {
    int64_t x = SmallIntValue(i);
    uint64_t a = x < 0 ? uint64_t(0) - uint64_t(x) : uint64_t(x);
    return MakeSmallInt(a == 0 ? 0 : 64 - __builtin_clzll(a));
  }
  mpz_t z;
  mpz_init(z);
  IntToMpz(i, z);
  auto n = static_cast<int64_t>(mpz_sizeinbase(z, 2));
  mpz_clear(z);
  return MakeSmallInt(n);
}

KbValue kb_int_bit_count(KbValue v) {
  mpz_t z;
  mpz_init(z);
  IntToMpz(IntOfIntOrBool(v), z);
  mpz_abs(z, z);
  auto n = static_cast<int64_t>(mpz_popcount(z));
  mpz_clear(z);
  return MakeSmallInt(n);
}

KbBytes* kb_int_to_bytes(KbValue v, KbValue length_v, KbValue byteorder, KbValue is_signed) {
  int64_t length = 1;
  if (!IsNone(length_v)) {
    KbValue n = kb_object_index(length_v);
    if (kb_int_compare(n, MakeSmallInt(0)) < 0) kb_raise_new(&kb_type_ValueError, "length argument must be non-negative");
    if (!IsSmallInt(n)) kb_raise_new(&kb_type_OverflowError, "Python int too large to convert to C ssize_t");
    length = SmallIntValue(n);
  }
  bool little = LittleEndian(byteorder, "to_bytes");
  bool signed_ = !IsNone(is_signed) && kb_object_truthy(is_signed);
  mpz_t z;
  mpz_init(z);
  IntToMpz(IntOfIntOrBool(v), z);
  if (mpz_sgn(z) < 0 && !signed_) kb_raise_new(&kb_type_OverflowError, "can't convert negative int to unsigned");
  // The value must fit length bytes: [0, 256**n) unsigned, [-128*256**(n-1), 128*256**(n-1)) signed.
  mpz_t limit, u;
  mpz_inits(limit, u, nullptr);
  mpz_set_ui(limit, 1);
  mpz_mul_2exp(limit, limit, static_cast<mp_bitcnt_t>(8 * length));
  mpz_set(u, z);
  bool fits;
  if (signed_) {
    mpz_t half;
    mpz_init(half);
    mpz_tdiv_q_2exp(half, limit, 1);
    // -half <= z < half
    fits = length == 0 ? mpz_sgn(z) == 0 : mpz_cmp(z, half) < 0 && (mpz_sgn(z) >= 0 || mpz_cmpabs(z, half) <= 0);
    mpz_clear(half);
    if (mpz_sgn(u) < 0) mpz_add(u, u, limit);  // two's complement
  } else {
    fits = mpz_cmp(z, limit) < 0;
  }
  if (!fits) kb_raise_new(&kb_type_OverflowError, "int too big to convert");
  std::string bytes(static_cast<size_t>(length), '\0');
  for (int64_t i = 0; i < length; ++i) {
    unsigned char byte = static_cast<unsigned char>(mpz_get_ui(u) & 0xff);
    mpz_tdiv_q_2exp(u, u, 8);
    bytes[static_cast<size_t>(little ? i : length - 1 - i)] = static_cast<char>(byte);
  }
  mpz_clears(z, limit, u, nullptr);
  return kb_bytes_from_data(bytes.data(), length);
}

KbValue kb_int_from_bytes(KbValue data, KbValue byteorder, KbValue is_signed) {
  // PyObject_Bytes: bytes(5) would make five zero bytes; here an int is refused.
  if (IsStrValue(data) || IsIntOrBool(data))
    Raise(&kb_type_TypeError, std::string("cannot convert '") + TypeName(TypeOf(data)) + "' object to bytes");
  KbBytes* b = kb_is_bytes(data) ? reinterpret_cast<KbBytes*>(data) : kb_bytes_new(data);
  bool little = LittleEndian(byteorder, "from_bytes");
  bool signed_ = !IsNone(is_signed) && kb_object_truthy(is_signed);
  mpz_t z;
  mpz_init(z);
  for (int64_t i = 0; i < b->length; ++i) {
    auto byte = static_cast<unsigned char>(b->data[little ? b->length - 1 - i : i]);
    mpz_mul_2exp(z, z, 8);
    mpz_add_ui(z, z, byte);
  }
  if (signed_ && b->length > 0) {
    auto top = static_cast<unsigned char>(b->data[little ? b->length - 1 : 0]);
    if (top & 0x80) {
      mpz_t limit;
      mpz_init_set_ui(limit, 1);
      mpz_mul_2exp(limit, limit, static_cast<mp_bitcnt_t>(8 * b->length));
      mpz_sub(z, z, limit);
      mpz_clear(limit);
    }
  }
  KbValue r = IntFromMpz(z);
  mpz_clear(z);
  return r;
}

KbTuple* kb_int_as_integer_ratio(KbValue v) { return NewTuple({IntOfIntOrBool(v), MakeSmallInt(1)}); }

KbValue kb_int_conjugate(KbValue v) { return IntOfIntOrBool(v); }

bool kb_int_no_is_integer(KbValue v) {
  Raise(&kb_type_AttributeError, std::string("'") + TypeName(TypeOf(v)) + "' object has no attribute 'is_integer'");
}

bool kb_float_is_integer(double x) { return std::isfinite(x) && std::floor(x) == x; }

double kb_float_conjugate(double x) { return x; }

KbTuple* kb_float_as_integer_ratio(double x) {
  if (std::isinf(x)) kb_raise_new(&kb_type_OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) kb_raise_new(&kb_type_ValueError, "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(x, &e);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --e;
  }
  mpz_t num, den;
  mpz_init_set_d(num, m);
  mpz_init_set_ui(den, 1);
  if (e > 0) mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
  else mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
  KbValue n = IntFromMpz(num), d = IntFromMpz(den);
  mpz_clears(num, den, nullptr);
  return NewTuple({n, d});
}

KbStr* kb_float_hex(double x) {
  if (std::isnan(x) || std::isinf(x)) return kb_float_repr(x);
  if (x == 0.0) return NewStr(std::copysign(1.0, x) == -1.0 ? "-0x0.0p+0" : "0x0.0p+0");
  int e;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  std::string s;
  s.push_back(HexDigit(static_cast<int>(m)));
  m -= static_cast<int>(m);
  s.push_back('.');
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
    m *= 16.0;
    s.push_back(HexDigit(static_cast<int>(m)));
    m -= static_cast<int>(m);
  }
  char esign = e < 0 ? '-' : '+';
  if (e < 0) e = -e;
  return NewStr((x < 0.0 ? "-0x" : "0x") + s + "p" + esign + std::to_string(e));
}

double kb_float_fromhex(KbValue sv) {
  if (!IsStrValue(sv)) {
    Raise(&kb_type_TypeError, std::string("bad argument type for built-in operation"));
  }
  std::string text(View(reinterpret_cast<KbStr*>(sv)));
  size_t p = 0, end = text.size();
  auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (p < end && space(text[p])) ++p;
  while (end > p && space(text[end - 1])) --end;
  std::string body = text.substr(p, end - p);
  bool negative = false;
  size_t q = 0;
  if (q < body.size() && (body[q] == '+' || body[q] == '-')) negative = body[q++] == '-';
  std::string rest = body.substr(q);
  std::string lower;
  for (char c : rest) lower.push_back(static_cast<char>(c | 0x20));
  if (lower == "inf" || lower == "infinity") return negative ? -INFINITY : INFINITY;
  if (lower == "nan") return negative ? -NAN : NAN;
  if (lower.size() >= 2 && lower[0] == '0' && lower[1] == 'x') rest = rest.substr(2);
  // hex digits [. hex digits] [p [sign] decimal digits], at least one hex digit.
  size_t i = 0, digits = 0;
  while (i < rest.size() && HexValue(rest[i]) >= 0) ++i, ++digits;
  if (i < rest.size() && rest[i] == '.') {
    ++i;
    while (i < rest.size() && HexValue(rest[i]) >= 0) ++i, ++digits;
  }
  if (digits == 0) InvalidHex();
  if (i < rest.size() && (rest[i] == 'p' || rest[i] == 'P')) {
    ++i;
    if (i < rest.size() && (rest[i] == '+' || rest[i] == '-')) ++i;
    size_t exp_digits = 0;
    while (i < rest.size() && rest[i] >= '0' && rest[i] <= '9') ++i, ++exp_digits;
    if (exp_digits == 0) InvalidHex();
  }
  if (i != rest.size()) InvalidHex();
  std::string c_text = "0x" + rest;
  errno = 0;
  double x = std::strtod(c_text.c_str(), nullptr);  // glibc: correctly rounded, half to even
  if (std::isinf(x)) kb_raise_new(&kb_type_OverflowError, "hexadecimal value too large to represent as a float");
  return negative ? -x : x;
}

}  // extern "C"
