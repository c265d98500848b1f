// Augmented assignment on a value of type `object` (x += y where x's type is
// known only at run time): lists, sets, dicts and bytearrays are changed in
// place, as CPython's __iadd__, __ior__... do, so that every other reference
// to the same container sees the change; anything else computes x op y.
#include "runtime_internal.h"

using namespace kb;

namespace {

// BinaryOp's order (compiler/parse: the operators of ast.BinOp).
enum InPlaceOp : uint32_t { kAdd = 0, kSub = 1, kMult = 2, kBitOr = 9, kBitXor = 10, kBitAnd = 11 };

bool IsSetLike(KbValue v) {
  if (IsSmallInt(v)) return false;
  const KbType* t = TypeOf(v);
  return t == &kb_type_set || t == &kb_type_frozenset;
}

}  // namespace

extern "C" KbValue kb_object_inplace_binop(uint32_t op, KbValue a, KbValue b) {
  if (IsSmallInt(a)) return kb_object_binop(op, a, b);
  const KbType* ta = TypeOf(a);
  if (ta == &kb_type_list) {
    auto* list = reinterpret_cast<KbList*>(a);
    if (op == kAdd) {
      kb_list_extend(list, b);  // any iterable, as list.__iadd__
      return a;
    }
    if (op == kMult && (IsSmallInt(b) || TypeOf(b) == &kb_type_int || TypeOf(b) == &kb_type_bool)) {
      kb_list_inplace_repeat(list, b);
      return a;
    }
  }
  if (ta == &kb_type_set && IsSetLike(b)) {
    switch (op) {
      case kBitOr: return kb_set_ior(a, b);
      case kBitAnd: return kb_set_iand(a, b);
      case kSub: return kb_set_isub(a, b);
      case kBitXor: return kb_set_ixor(a, b);
      default: break;
    }
  }
  if (ta == &kb_type_dict && op == kBitOr && !IsSmallInt(b) && TypeOf(b) == &kb_type_dict) {
    kb_dict_update(reinterpret_cast<KbDict*>(a), b);
    return a;
  }
  if (ta == &kb_type_bytearray && op == kAdd && !IsSmallInt(b) &&
      (TypeOf(b) == &kb_type_bytes || TypeOf(b) == &kb_type_bytearray)) {
    kb_bytearray_extend(reinterpret_cast<KbByteArray*>(a), b);
    return a;
  }
  return kb_object_binop(op, a, b);
}
