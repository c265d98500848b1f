// range objects (CPython's Objects/rangeobject.c): immutable arithmetic
// sequences whose start, stop, step and length are Python ints of any size.
// `for i in range(...)` written as a loop's iterable never makes one (the
// compiler counts directly); a range kept as a value is this object.
#include "runtime_internal.h"

namespace kb {
namespace {

KbValue Zero() { return MakeSmallInt(0); }
KbValue One() { return MakeSmallInt(1); }
int Sign(KbValue v) { return kb_int_compare(v, Zero()); }

// compute_range_length: the number of items, an int.
KbValue RangeLength(KbValue start, KbValue stop, KbValue step) {
  if (IsSmallInt(start) && IsSmallInt(stop) && IsSmallInt(step)) {
    // Small ints are below 2^62 in size: differences fit an int64.
    int64_t lo = SmallIntValue(start), hi = SmallIntValue(stop), st = SmallIntValue(step);
    if (st < 0) {
      std::swap(lo, hi);
      st = -st;
    }
    if (lo >= hi) return Zero();
    return kb_int_from_int64((hi - lo - 1) / st + 1);
  }
  KbValue lo = start, hi = stop;
  if (Sign(step) < 0) {
    lo = stop;
    hi = start;
    step = kb_int_neg(step);
  }
  if (kb_int_compare(lo, hi) >= 0) return Zero();
  return kb_int_add(kb_int_floordiv(kb_int_sub(kb_int_sub(hi, lo), One()), step), One());
}

// compute_item: start + i * step.
KbValue RangeItem(const KbRange* r, KbValue i) { return kb_int_add(r->start, kb_int_mul(i, r->step)); }

// Whether the int x is one of r's items (range_contains_long).
bool ContainsInt(const KbRange* r, KbValue x) {
  int step_sign = Sign(r->step);
  if (step_sign > 0) {
    if (kb_int_compare(x, r->start) < 0 || kb_int_compare(x, r->stop) >= 0) return false;
  } else {
    if (kb_int_compare(x, r->start) > 0 || kb_int_compare(x, r->stop) <= 0) return false;
  }
  return Sign(kb_int_mod(kb_int_sub(x, r->start), r->step)) == 0;
}

// Python ints only (not bools, not floats): CPython's PyLong_CheckExact,
// which decides between the O(1) answers and a walk comparing items.
bool IsExactInt(KbValue v) { return IsSmallInt(v) || AsObject(v)->type == &kb_type_int; }

// _PySlice_GetLongIndices's clamping of one bound to [lower, upper].
KbValue ClampSliceBound(KbValue v, KbValue length, KbValue lower, KbValue upper) {
  if (!IsIntOrBool(v))
    kb_raise_new(&kb_type_TypeError, "slice indices must be integers or None or have an __index__ method");
  v = IntOfIntOrBool(v);
  if (Sign(v) < 0) {
    v = kb_int_add(v, length);
    if (kb_int_compare(v, lower) < 0) v = lower;
  } else if (kb_int_compare(v, upper) > 0) {
    v = upper;
  }
  return v;
}

// Calls `visit` on the items in order until it returns true; returns the
// index of that item, or -1.
template <typename Visit>
int64_t FindItem(const KbRange* r, Visit&& visit) {
  KbValue item = r->start;
  for (KbValue i = Zero(); kb_int_compare(i, r->length) < 0; i = kb_int_add(i, One())) {
    if (visit(item)) return IsSmallInt(i) ? SmallIntValue(i) : INT64_MAX;
    item = kb_int_add(item, r->step);
  }
  return -1;
}

}  // namespace

int64_t RangeLengthSsize(const KbRange* r) {
  // len() answers a C ssize_t in CPython.
  if (IsSmallInt(r->length)) return SmallIntValue(r->length);
  mpz_t z;
  mpz_init(z);
  IntToMpz(r->length, z);
  bool fits = mpz_fits_slong_p(z) != 0;
  int64_t n = fits ? mpz_get_si(z) : 0;
  mpz_clear(z);
  if (!fits) kb_raise_new(&kb_type_OverflowError, "Python int too large to convert to C ssize_t");
  return n;
}

void ForEachRangeItem(const KbRange* r, const std::function<void(KbValue)>& body) {
  FindItem(r, [&](KbValue item) {
    body(item);
    return false;
  });
}

}  // namespace kb

using namespace kb;

extern "C" {

const KbType kb_type_range = {{&kb_type_type}, "range", &kb_type_object, KB_TYPE_BUILTIN, 0};

KbRange* kb_range_new(KbValue start, KbValue stop, KbValue step) {
  if (Sign(step) == 0) kb_raise_new(&kb_type_ValueError, "range() arg 3 must not be zero");
  auto* r = static_cast<KbRange*>(kb_alloc(sizeof(KbRange)));
  r->header.type = &kb_type_range;
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = RangeLength(start, stop, step);
  return r;
}

KbValue kb_range_start(KbRange* r) { return r->start; }
KbValue kb_range_stop(KbRange* r) { return r->stop; }
KbValue kb_range_step(KbRange* r) { return r->step; }

KbValue kb_range_len(KbRange* r) {
  RangeLengthSsize(r);
  return r->length;
}

bool kb_range_truthy(KbRange* r) { return Sign(r->length) != 0; }

KbValue kb_range_getitem(KbRange* r, KbValue index) {
  if (!IsIntOrBool(index)) {
    Raise(&kb_type_TypeError,
          std::string("range indices must be integers or slices, not ") + TypeName(TypeOf(index)));
  }
  KbValue i = IntOfIntOrBool(index);
  if (Sign(i) < 0) i = kb_int_add(i, r->length);
  if (Sign(i) < 0 || kb_int_compare(i, r->length) >= 0)
    kb_raise_new(&kb_type_IndexError, "range object index out of range");
  return RangeItem(r, i);
}

KbRange* kb_range_slice(KbRange* r, KbValue start, KbValue stop, KbValue step) {
  // _PySlice_GetLongIndices on the range's length, then compute_slice.
  const KbValue none = AsValue(&kb_None);
  KbValue st = One();
  if (step != none) {
    if (!IsIntOrBool(step))
      kb_raise_new(&kb_type_TypeError, "slice indices must be integers or None or have an __index__ method");
    st = IntOfIntOrBool(step);
    if (Sign(st) == 0) kb_raise_new(&kb_type_ValueError, "slice step cannot be zero");
  }
  bool negative = Sign(st) < 0;
  KbValue lower = negative ? MakeSmallInt(-1) : Zero();
  KbValue upper = negative ? kb_int_add(r->length, lower) : r->length;
  KbValue lo = start == none ? (negative ? upper : lower) : ClampSliceBound(start, r->length, lower, upper);
  KbValue hi = stop == none ? (negative ? lower : upper) : ClampSliceBound(stop, r->length, lower, upper);
  return kb_range_new(RangeItem(r, lo), RangeItem(r, hi), kb_int_mul(st, r->step));
}

bool kb_range_contains(KbRange* r, KbValue x) {
  if (IsExactInt(x)) return ContainsInt(r, x);
  // Another value (a float, a bool...): compared with each item in turn.
  return FindItem(r, [x](KbValue item) { return kb_object_eq(item, x); }) >= 0;
}

KbValue kb_range_index(KbRange* r, KbValue x) {
  if (IsExactInt(x)) {
    if (!ContainsInt(r, x)) {
      std::string message;
      AppendRepr(message, x);
      Raise(&kb_type_ValueError, message + " is not in range");
    }
    return kb_int_floordiv(kb_int_sub(x, r->start), r->step);
  }
  int64_t found = FindItem(r, [x](KbValue item) { return kb_object_eq(item, x); });
  if (found < 0) kb_raise_new(&kb_type_ValueError, "sequence.index(x): x not in sequence");
  return MakeSmallInt(found);
}

KbValue kb_range_count(KbRange* r, KbValue x) {
  if (IsExactInt(x)) return MakeSmallInt(ContainsInt(r, x) ? 1 : 0);
  int64_t n = 0;
  FindItem(r, [&](KbValue item) {
    n += kb_object_eq(item, x) ? 1 : 0;
    return false;
  });
  return MakeSmallInt(n);
}

KbRange* kb_range_reversed(KbRange* r) {
  // The same items backwards: from the last item down, one step past the first.
  KbValue last = RangeItem(r, kb_int_sub(r->length, One()));
  KbValue step = kb_int_neg(r->step);
  if (Sign(r->length) == 0) return kb_range_new(r->start, r->start, One());
  return kb_range_new(last, kb_int_add(r->start, step), step);
}

bool kb_range_equal(KbRange* a, KbRange* b) {
  // range_equals: equal as sequences.
  if (a == b) return true;
  if (kb_int_compare(a->length, b->length) != 0) return false;
  if (Sign(a->length) == 0) return true;
  if (kb_int_compare(a->start, b->start) != 0) return false;
  if (kb_int_compare(a->length, One()) == 0) return true;
  return kb_int_compare(a->step, b->step) == 0;
}

int64_t kb_range_hash(KbRange* r) {
  // range_hash: the hash of (len, start, step), with None for what does not
  // tell equal ranges apart.
  const KbValue none = AsValue(&kb_None);
  KbTuple* t = kb_tuple_new(3);
  t->items[0] = r->length;
  t->items[1] = Sign(r->length) == 0 ? none : r->start;
  t->items[2] = kb_int_compare(r->length, One()) <= 0 ? none : r->step;
  return kb_tuple_hash(t);
}

KbStr* kb_range_repr(KbRange* r) {
  std::string out = "range(";
  AppendRepr(out, r->start);
  out += ", ";
  AppendRepr(out, r->stop);
  if (kb_int_compare(r->step, One()) != 0) {
    out += ", ";
    AppendRepr(out, r->step);
  }
  out += ")";
  return NewStr(out);
}

}  // extern "C"
