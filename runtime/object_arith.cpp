// Arithmetic on boxed values: the dynamic fallback's +, -, *, /, //, %, **,
// shifts and bit operations, with CPython's results and TypeErrors.
#include <cmath>
#include <string>

#include "runtime_internal.h"

using namespace kb;

namespace {

enum BinaryOp : uint32_t { kAdd, kSub, kMult, kMatMult, kDiv, kMod, kPow, kLShift, kRShift, kBitOr, kBitXor, kBitAnd,
                           kFloorDiv };
const char* const kSymbols[] = {"+", "-", "*", "@", "/", "%", "** or pow()", "<<", ">>", "|", "^", "&", "//"};

bool IsFloat(KbValue v) { return !IsSmallInt(v) && AsObject(v)->type == &kb_type_float; }
bool IsStr(KbValue v) { return !IsSmallInt(v) && AsObject(v)->type == &kb_type_str; }
bool IsBool(KbValue v) { return v == BoolValue(true) || v == BoolValue(false); }

[[noreturn]] void Unsupported(uint32_t op, KbValue a, KbValue b) {
  std::string message = std::string("unsupported operand type(s) for ") + kSymbols[op] + ": '" +
                        TypeName(TypeOf(a)) + "' and '" + TypeName(TypeOf(b)) + "'";
  kb_raise_new(&kb_type_TypeError, message.c_str());
}

double AsDouble(KbValue v) { return IsFloat(v) ? kb_unbox_float(v) : kb_int_to_float(IntOfIntOrBool(v)); }

KbValue IntBinop(uint32_t op, KbValue a, KbValue b) {
  // bool & | ^ bool stays a bool.
  if (IsBool(a) && IsBool(b) && (op == kBitAnd || op == kBitOr || op == kBitXor)) {
    bool x = a == BoolValue(true), y = b == BoolValue(true);
    return BoolValue(op == kBitAnd ? (x && y) : op == kBitOr ? (x || y) : (x != y));
  }
  a = IntOfIntOrBool(a);
  b = IntOfIntOrBool(b);
  switch (op) {
    case kAdd: return kb_int_add(a, b);
    case kSub: return kb_int_sub(a, b);
    case kMult: return kb_int_mul(a, b);
    case kDiv: return kb_box_float(kb_int_truediv(a, b));
    case kMod: return kb_int_mod(a, b);
    case kPow:
      if (kb_int_compare(b, MakeSmallInt(0)) < 0) return kb_box_float(kb_int_pow_float(a, b));
      return kb_int_pow(a, b);
    case kLShift: return kb_int_lshift(a, b);
    case kRShift: return kb_int_rshift(a, b);
    case kBitOr: return kb_int_or(a, b);
    case kBitXor: return kb_int_xor(a, b);
    case kBitAnd: return kb_int_and(a, b);
    case kFloorDiv: return kb_int_floordiv(a, b);
    default: Unsupported(op, a, b);
  }
}

KbValue FloatBinop(uint32_t op, KbValue a, KbValue b) {
  double x = AsDouble(a), y = AsDouble(b);
  switch (op) {
    case kAdd: return kb_box_float(x + y);
    case kSub: return kb_box_float(x - y);
    case kMult: return kb_box_float(x * y);
    case kDiv: return kb_box_float(kb_float_truediv(x, y));
    case kMod: return kb_box_float(kb_float_mod(x, y));
    case kPow:
      // float_pow: a negative base to a non-integral power is a complex.
      if (std::isfinite(x) && x < 0.0 && std::isfinite(y) && y != std::floor(y)) return ComplexPowOfFloats(x, y);
      return kb_box_float(kb_float_pow(x, y));
    case kFloorDiv: return kb_box_float(kb_float_floordiv(x, y));
    default: Unsupported(op, a, b);
  }
}

}  // namespace

extern "C" KbValue kb_object_binop(uint32_t op, KbValue a, KbValue b) {
  bool a_int = IsIntOrBool(a), b_int = IsIntOrBool(b);
  if (a_int && b_int) return IntBinop(op, a, b);
  if ((a_int || IsFloat(a)) && (b_int || IsFloat(b))) return FloatBinop(op, a, b);
  if (IsComplex(a) || IsComplex(b)) {
    if (KbValue r = ComplexBinop(op, a, b)) return r;
  }
  if (IsStr(a)) {
    KbStr* s = reinterpret_cast<KbStr*>(a);
    if (op == kAdd && IsStr(b)) return AsValue(kb_str_concat(s, reinterpret_cast<KbStr*>(b)));
    if (op == kMult && b_int) return AsValue(kb_str_repeat(s, IntOfIntOrBool(b)));
    if (op == kMod) return AsValue(kb_str_mod(s, b));
  }
  if (op == kMult && a_int && IsStr(b)) return AsValue(kb_str_repeat(reinterpret_cast<KbStr*>(b), IntOfIntOrBool(a)));
  const KbType* ta = TypeOf(a);
  const KbType* tb = TypeOf(b);
  // Lists and tuples: + of two of one kind, * by an int on either side.
  if (op == kAdd && ta == tb && ta == &kb_type_tuple)
    return AsValue(kb_tuple_concat(reinterpret_cast<KbTuple*>(a), reinterpret_cast<KbTuple*>(b)));
  if (op == kAdd && ta == tb && ta == &kb_type_list)
    return AsValue(kb_list_concat(reinterpret_cast<KbList*>(a), reinterpret_cast<KbList*>(b)));
  if (op == kMult && (ta == &kb_type_tuple || ta == &kb_type_list) && b_int) {
    KbValue n = IntOfIntOrBool(b);
    if (ta == &kb_type_tuple) return AsValue(kb_tuple_repeat(reinterpret_cast<KbTuple*>(a), n));
    return AsValue(kb_list_repeat(reinterpret_cast<KbList*>(a), n));
  }
  if (op == kMult && (tb == &kb_type_tuple || tb == &kb_type_list) && a_int) {
    KbValue n = IntOfIntOrBool(a);
    if (tb == &kb_type_tuple) return AsValue(kb_tuple_repeat(reinterpret_cast<KbTuple*>(b), n));
    return AsValue(kb_list_repeat(reinterpret_cast<KbList*>(b), n));
  }
  // CPython's sequence messages.
  bool a_sequence = ta == &kb_type_str || ta == &kb_type_list || ta == &kb_type_tuple;
  if (op == kAdd && a_sequence && TypeOf(b) != ta) {
    std::string message = std::string("can only concatenate ") + TypeName(ta) + " (not \"" + TypeName(TypeOf(b)) +
                          "\") to " + TypeName(ta);
    kb_raise_new(&kb_type_TypeError, message.c_str());
  }
  if (op == kMult && (a_sequence || TypeOf(b) == &kb_type_str || TypeOf(b) == &kb_type_list ||
                      TypeOf(b) == &kb_type_tuple)) {
    KbValue other = a_sequence ? b : a;
    if (!IsIntOrBool(other)) {
      std::string message = std::string("can't multiply sequence by non-int of type '") + TypeName(TypeOf(other)) + "'";
      kb_raise_new(&kb_type_TypeError, message.c_str());
    }
  }
  Unsupported(op, a, b);
}

extern "C" KbValue kb_object_unary(uint32_t op, KbValue v) {
  const char* symbol = op == 0 ? "~" : op == 2 ? "+" : "-";
  if (IsIntOrBool(v)) {
    KbValue i = IntOfIntOrBool(v);
    if (op == 0) return kb_int_invert(i);
    return op == 2 ? i : kb_int_neg(i);
  }
  if (IsFloat(v) && op != 0) return op == 2 ? v : kb_box_float(-kb_unbox_float(v));
  if (IsComplex(v) && op != 0) {
    double re = kb_complex_real(v), im = kb_complex_imag(v);
    return op == 2 ? kb_complex_new(re, im) : kb_complex_new(-re, -im);
  }
  std::string message = std::string("bad operand type for unary ") + symbol + ": '" + TypeName(TypeOf(v)) + "'";
  kb_raise_new(&kb_type_TypeError, message.c_str());
}

extern "C" KbValue kb_object_abs(KbValue v) {
  if (IsIntOrBool(v)) {
    KbValue i = IntOfIntOrBool(v);
    return kb_int_compare(i, MakeSmallInt(0)) < 0 ? kb_int_neg(i) : i;
  }
  if (IsFloat(v)) return kb_box_float(std::fabs(kb_unbox_float(v)));
  if (IsComplex(v)) return kb_box_float(kb_complex_abs(v));
  std::string message = std::string("bad operand type for abs(): '") + TypeName(TypeOf(v)) + "'";
  kb_raise_new(&kb_type_TypeError, message.c_str());
}

extern "C" KbValue kb_object_index(KbValue v) {
  if (IsIntOrBool(v)) return IntOfIntOrBool(v);
  std::string message = std::string("'") + TypeName(TypeOf(v)) + "' object cannot be interpreted as an integer";
  kb_raise_new(&kb_type_TypeError, message.c_str());
}

extern "C" KbValue kb_object_to_int(KbValue v) {
  if (IsIntOrBool(v)) return IntOfIntOrBool(v);
  if (IsFloat(v)) return kb_int_from_float(kb_unbox_float(v));
  if (IsStr(v)) return kb_int_from_str(reinterpret_cast<KbStr*>(v), 10);
  if (KbValue n; IntSlot(v, &n)) return n;
  std::string message = std::string("int() argument must be a string, a bytes-like object or a real number, not '") +
                        TypeName(TypeOf(v)) + "'";
  kb_raise_new(&kb_type_TypeError, message.c_str());
}

extern "C" double kb_object_to_float(KbValue v) {
  if (IsIntOrBool(v) || IsFloat(v)) return AsDouble(v);
  if (IsStr(v)) return kb_float_from_str(reinterpret_cast<KbStr*>(v));
  if (double x; FloatSlot(v, &x)) return x;
  std::string message = std::string("float() argument must be a string or a real number, not '") +
                        TypeName(TypeOf(v)) + "'";
  kb_raise_new(&kb_type_TypeError, message.c_str());
}
