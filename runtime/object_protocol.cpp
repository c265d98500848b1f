// The generic object protocol on boxed values, used by the dynamic fallback
// and by the containers: ==, ordering comparisons with CPython's TypeError,
// truth, len, `in`, and iteration over any built-in iterable. Numbers
// compare exactly across int, bool and float (2**53 + 1 != 2.0**53), as
// CPython's float_richcompare does.
#include "runtime_internal.h"

#include <cmath>
#include <utility>

namespace kb {
namespace {

const char* const kOpSymbols[] = {"<", "<=", "==", "!=", ">", ">="};

bool IsType(KbValue v, const KbType* t) { return !IsSmallInt(v) && AsObject(v)->type == t; }

bool IsNumber(KbValue v) { return IsIntOrBool(v) || IsType(v, &kb_type_float); }

bool IsAnySet(KbValue v) { return IsType(v, &kb_type_set) || IsType(v, &kb_type_frozenset); }

bool IsSetLikeView(KbValue v) { return IsType(v, &kb_type_dict_keys) || IsType(v, &kb_type_dict_items); }

// Applies `op` to a three-way result (-1, 0, 1).
// The bytes of a bytes or bytearray value.
std::string_view BytesLikeView(KbValue v) {
  if (AsObject(v)->type == &kb_type_bytearray) return ByteArrayView(reinterpret_cast<KbByteArray*>(v));
  auto* b = reinterpret_cast<KbBytes*>(v);
  return {b->data, static_cast<size_t>(b->length)};
}

bool ApplyOp(int c, int op) {
  switch (op) {
    case KB_LT: return c < 0;
    case KB_LE: return c <= 0;
    case KB_EQ: return c == 0;
    case KB_NE: return c != 0;
    case KB_GT: return c > 0;
    case KB_GE: return c >= 0;
  }
  return false;
}

// Three-way comparison of an int word with a finite or infinite double.
int CompareIntDouble(KbValue i, double x) {
  if (IsSmallInt(i)) {
    int64_t v = SmallIntValue(i);
    if (v > -(int64_t(1) << 53) && v < (int64_t(1) << 53)) {
      double d = static_cast<double>(v);
      return (d > x) - (d < x);
    }
  }
  mpz_t z;
  mpz_init(z);
  IntToMpz(i, z);
  int c;
  if (std::isinf(x)) {
    c = x > 0 ? -1 : 1;
  } else {
    c = mpz_cmp_d(z, x);
    c = (c > 0) - (c < 0);
  }
  mpz_clear(z);
  return c;
}

// Numeric comparison; nan makes every operator but != false.
bool CompareNumbers(KbValue a, KbValue b, int op) {
  bool af = IsType(a, &kb_type_float);
  bool bf = IsType(b, &kb_type_float);
  if (!af && !bf) return ApplyOp(kb_int_compare(IntOfIntOrBool(a), IntOfIntOrBool(b)), op);
  if (af && bf) {
    double x = kb_unbox_float(a);
    double y = kb_unbox_float(b);
    if (std::isnan(x) || std::isnan(y)) return op == KB_NE;
    return ApplyOp((x > y) - (x < y), op);
  }
  if (af) {
    double x = kb_unbox_float(a);
    if (std::isnan(x)) return op == KB_NE;
    return ApplyOp(-CompareIntDouble(IntOfIntOrBool(b), x), op);
  }
  double y = kb_unbox_float(b);
  if (std::isnan(y)) return op == KB_NE;
  return ApplyOp(CompareIntDouble(IntOfIntOrBool(a), y), op);
}

[[noreturn]] void RaiseUnorderable(KbValue a, KbValue b, int op) {
  Raise(&kb_type_TypeError, std::string("'") + kOpSymbols[op] + "' not supported between instances of '" +
                                TypeName(TypeOf(a)) + "' and '" + TypeName(TypeOf(b)) + "'");
}

// Py_EnterRecursiveCall for comparisons of nested containers: nesting
// deeper than the recursion limit (counting the compiled frames already on
// the stack, as CPython counts its frames) raises RecursionError rather
// than overflowing the C stack.
thread_local int64_t compare_depth = 0;

class CompareDepthGuard {
 public:
  CompareDepthGuard() {
    if (kb_recursion_depth + ++compare_depth > kb_recursion_limit) {
      --compare_depth;
      kb_raise_new(&kb_type_RecursionError, "maximum recursion depth exceeded in comparison");
    }
  }
  ~CompareDepthGuard() { --compare_depth; }
  CompareDepthGuard(const CompareDepthGuard&) = delete;
  CompareDepthGuard& operator=(const CompareDepthGuard&) = delete;
};

// CPython's list/tuple richcompare: the first index whose items differ
// decides; equal prefixes compare by length.
template <typename GetA, typename GetB>
bool CompareSequences(int64_t na, GetA get_a, int64_t nb, GetB get_b, int op) {
  CompareDepthGuard guard;
  if ((op == KB_EQ || op == KB_NE) && na != nb) return op == KB_NE;
  int64_t i = 0;
  KbValue x = 0, y = 0;
  for (; i < na && i < nb; ++i) {
    x = get_a(i);
    y = get_b(i);
    if (!(x == y || kb_object_eq(x, y))) break;
  }
  if (i >= na || i >= nb) return ApplyOp((na > nb) - (na < nb), op);
  if (op == KB_EQ) return false;
  if (op == KB_NE) return true;
  return kb_object_compare(x, y, op);
}

bool CompareLists(KbList* a, KbList* b, int op) {
  if (a->elem_kind == KB_ELEM_FLOAT && b->elem_kind == KB_ELEM_FLOAT) {
    auto* x = static_cast<const double*>(a->items);
    auto* y = static_cast<const double*>(b->items);
    int64_t n = a->length < b->length ? a->length : b->length;
    if ((op == KB_EQ || op == KB_NE) && a->length != b->length) return op == KB_NE;
    int64_t i = 0;
    while (i < n && x[i] == y[i]) ++i;
    if (i >= n) return ApplyOp((a->length > b->length) - (a->length < b->length), op);
    if (op == KB_EQ) return false;
    if (op == KB_NE) return true;
    return CompareNumbers(kb_box_float(x[i]), kb_box_float(y[i]), op);
  }
  return CompareSequences(
      a->length, [a](int64_t i) { return ListItemBoxed(a, i); }, b->length,
      [b](int64_t i) { return ListItemBoxed(b, i); }, op);
}

bool CompareTuples(KbTuple* x, KbTuple* y, int op) {
  return CompareSequences(
      x->length, [x](int64_t i) { return x->items[i]; }, y->length, [y](int64_t i) { return y->items[i]; }, op);
}

}  // namespace

KbValue ListItemBoxed(const KbList* list, int64_t i) {
  switch (static_cast<KbElemKind>(list->elem_kind)) {
    case KB_ELEM_VALUE:
      return static_cast<const KbValue*>(list->items)[i];
    case KB_ELEM_FLOAT:
      return kb_box_float(static_cast<const double*>(list->items)[i]);
    case KB_ELEM_BOOL:
      return BoolValue(static_cast<const uint8_t*>(list->items)[i] != 0);
  }
  return 0;
}

void ForEachItem(KbValue iterable, const std::function<void(KbValue)>& body) {
  iterable = BuiltinValueOf(iterable);
  const KbType* t = TypeOf(iterable);
  if (t == &kb_type_list) {
    auto* list = reinterpret_cast<KbList*>(iterable);
    // Re-reads the length each step, as list iteration does.
    for (int64_t i = 0; i < list->length; ++i) body(ListItemBoxed(list, i));
  } else if (t == &kb_type_tuple) {
    auto* tuple = reinterpret_cast<KbTuple*>(iterable);
    for (int64_t i = 0; i < tuple->length; ++i) body(tuple->items[i]);
  } else if (t == &kb_type_str) {
    auto* s = reinterpret_cast<KbStr*>(iterable);
    const char* p = s->data;
    const char* end = p + s->nbytes;
    while (p < end) {
      const char* start = p;
      DecodeUtf8(p);
      body(AsValue(NewStr(std::string_view(start, size_t(p - start)))));
    }
  } else if (t == &kb_type_bytes) {
    auto* b = reinterpret_cast<KbBytes*>(iterable);
    for (int64_t i = 0; i < b->length; ++i) body(MakeSmallInt(static_cast<unsigned char>(b->data[i])));
  } else if (t == &kb_type_dict) {
    KbDictIter it;
    kb_dict_iter_init(&it, reinterpret_cast<KbDict*>(iterable));
    KbValue key, value;
    while (kb_dict_iter_next(&it, &key, &value)) body(key);
  } else if (t == &kb_type_dict_keys || t == &kb_type_dict_values || t == &kb_type_dict_items) {
    KbDictIter it;
    kb_dict_iter_init(&it, reinterpret_cast<KbDictView*>(iterable)->dict);
    KbValue key, value;
    while (kb_dict_iter_next(&it, &key, &value)) {
      if (t == &kb_type_dict_keys) {
        body(key);
      } else if (t == &kb_type_dict_values) {
        body(value);
      } else {
        body(AsValue(NewTuple({key, value})));
      }
    }
  } else if (t == &kb_type_generator) {
    auto* g = reinterpret_cast<KbGenerator*>(iterable);
    while (kb_generator_next(g)) body(kb_generator_yielded_boxed(g));
  } else if (t == &kb_type_bytearray) {
    // Re-reads the length each step (it may change in the loop).
    auto* b = reinterpret_cast<KbByteArray*>(iterable);
    for (int64_t i = 0; i < b->length; ++i) body(MakeSmallInt(static_cast<unsigned char>(b->data[i])));
  } else if (t == &kb_type_range) {
    ForEachRangeItem(reinterpret_cast<KbRange*>(iterable), body);
  } else if (t == &kb_type_set || t == &kb_type_frozenset) {
    KbSetIter it;
    kb_set_iter_init(&it, reinterpret_cast<KbSet*>(iterable));
    KbValue key;
    while (kb_set_iter_next(&it, &key)) body(key);
  } else {
    Raise(&kb_type_TypeError, std::string("'") + TypeName(t) + "' object is not iterable");
  }
}

}  // namespace kb

using namespace kb;

extern "C" {

bool kb_object_eq(KbValue a, KbValue b) {
  if (a == b) {
    // Identity implies equality except for nan, which is never equal.
    if (IsComplex(a)) return !std::isnan(kb_complex_real(a)) && !std::isnan(kb_complex_imag(a));
    return !IsType(a, &kb_type_float) || !std::isnan(kb_unbox_float(a));
  }
  // A program's class with __eq__: the left operand's first, then the
  // right's; both returning NotImplemented leaves identity (false here).
  bool declined = false;
  for (auto [x, y] : {std::pair{a, b}, std::pair{b, a}}) {
    if (IsSmallInt(x) || !AsObject(x)->type->eq) continue;
    KbValue r = AsObject(x)->type->eq(x, y);
    if (r != kb_not_implemented()) return kb_object_truthy(r);
    declined = true;
  }
  if (declined) return false;
  if (BuiltinValueOf(a) != a || BuiltinValueOf(b) != b) return kb_object_eq(BuiltinValueOf(a), BuiltinValueOf(b));
  if (IsNumber(a) && IsNumber(b)) return CompareNumbers(a, b, KB_EQ);
  if (IsComplex(a) || IsComplex(b)) return ComplexEquals(a, b);
  if (IsSmallInt(a) || IsSmallInt(b)) return false;
  const KbType* ta = AsObject(a)->type;
  const KbType* tb = AsObject(b)->type;
  if (IsAnySet(a) && IsAnySet(b)) return kb_set_equal(reinterpret_cast<KbSet*>(a), reinterpret_cast<KbSet*>(b));
  if ((IsSetLikeView(a) || IsAnySet(a)) && (IsSetLikeView(b) || IsAnySet(b))) {
    // dict_keys and dict_items compare as sets (dictviews_richcompare).
    return kb_set_equal(kb_set_from_iterable(a), kb_set_from_iterable(b));
  }
  if ((ta == &kb_type_bytearray || ta == &kb_type_bytes) && (tb == &kb_type_bytearray || tb == &kb_type_bytes))
    return BytesLikeView(a) == BytesLikeView(b);
  if (ta != tb) return false;
  if (ta == &kb_type_str) return kb_str_equal(reinterpret_cast<KbStr*>(a), reinterpret_cast<KbStr*>(b));
  if (ta == &kb_type_bytes) return kb_bytes_equal(reinterpret_cast<KbBytes*>(a), reinterpret_cast<KbBytes*>(b));
  if (ta == &kb_type_range) return kb_range_equal(reinterpret_cast<KbRange*>(a), reinterpret_cast<KbRange*>(b));
  if (ta == &kb_type_tuple) return CompareTuples(reinterpret_cast<KbTuple*>(a), reinterpret_cast<KbTuple*>(b), KB_EQ);
  if (ta == &kb_type_list) return CompareLists(reinterpret_cast<KbList*>(a), reinterpret_cast<KbList*>(b), KB_EQ);
  if (ta == &kb_type_dict) {
    CompareDepthGuard guard;
    return kb_dict_equal(reinterpret_cast<KbDict*>(a), reinterpret_cast<KbDict*>(b));
  }
  return false;
}

bool kb_int_float_compare(KbValue i, double x, int32_t op) {
  if (std::isnan(x)) return op == KB_NE;
  return ApplyOp(CompareIntDouble(i, x), op);
}

bool kb_object_compare(KbValue a, KbValue b, int32_t op) {
  if (op == KB_EQ) return kb_object_eq(a, b);
  if (op == KB_NE) {
    if (IsType(a, &kb_type_tuple) && IsType(b, &kb_type_tuple)) {
      // falls through to the sequence comparison below
    } else if (IsType(a, &kb_type_list) && IsType(b, &kb_type_list)) {
    } else {
      return !kb_object_eq(a, b);
    }
  }
  if (IsNumber(a) && IsNumber(b)) return CompareNumbers(a, b, op);
  if (!IsSmallInt(a) && !IsSmallInt(b)) {
    const KbType* ta = AsObject(a)->type;
    const KbType* tb = AsObject(b)->type;
    if (ta == &kb_type_str && tb == &kb_type_str) {
      return ApplyOp(kb_str_compare(reinterpret_cast<KbStr*>(a), reinterpret_cast<KbStr*>(b)), op);
    }
    if (ta == &kb_type_bytes && tb == &kb_type_bytes) {
      return ApplyOp(kb_bytes_compare(reinterpret_cast<KbBytes*>(a), reinterpret_cast<KbBytes*>(b)), op);
    }
    if ((ta == &kb_type_bytearray || ta == &kb_type_bytes) && (tb == &kb_type_bytearray || tb == &kb_type_bytes)) {
      int c = BytesLikeView(a).compare(BytesLikeView(b));
      return ApplyOp((c > 0) - (c < 0), op);
    }
    if (ta == &kb_type_tuple && tb == &kb_type_tuple) {
      return CompareTuples(reinterpret_cast<KbTuple*>(a), reinterpret_cast<KbTuple*>(b), op);
    }
    if (ta == &kb_type_list && tb == &kb_type_list) {
      return CompareLists(reinterpret_cast<KbList*>(a), reinterpret_cast<KbList*>(b), op);
    }
    if (IsAnySet(a) && IsAnySet(b)) {
      auto* x = reinterpret_cast<KbSet*>(a);
      auto* y = reinterpret_cast<KbSet*>(b);
      switch (op) {
        case KB_LT: return x->used < y->used && kb_set_issubset(x, b);
        case KB_LE: return kb_set_issubset(x, b);
        case KB_GT: return x->used > y->used && kb_set_issubset(y, a);
        case KB_GE: return kb_set_issubset(y, a);
      }
    }
  }
  // A program's class with the ordering method, or the reflected one on the
  // other operand (a < b tries b.__gt__(a)). Slots: 0 lt, 1 le, 2 gt, 3 ge.
  int slot = op == KB_LT ? 0 : op == KB_LE ? 1 : op == KB_GT ? 2 : 3;
  int reflected = 3 - (slot ^ 1);  // lt <-> gt, le <-> ge
  // A method returning NotImplemented declines: the other is tried, then TypeError.
  if (!IsSmallInt(a) && AsObject(a)->type->order[slot]) {
    KbValue r = AsObject(a)->type->order[slot](a, b);
    if (r != kb_not_implemented()) return kb_object_truthy(r);
  }
  if (!IsSmallInt(b) && AsObject(b)->type->order[reflected]) {
    KbValue r = AsObject(b)->type->order[reflected](b, a);
    if (r != kb_not_implemented()) return kb_object_truthy(r);
  }
  RaiseUnorderable(a, b, op);
}

bool kb_object_truthy(KbValue v) {
  if (IsSmallInt(v)) return v != MakeSmallInt(0);
  KbObject* obj = AsObject(v);
  const KbType* t = obj->type;
  if (t == &kb_type_bool) return obj == &kb_True;
  if (t == &kb_type_none) return false;
  if (t == &kb_type_int) return true;  // a big int is never 0
  if (t == &kb_type_float) return kb_unbox_float(v) != 0.0;
  if (t == &kb_type_complex) return kb_complex_real(v) != 0.0 || kb_complex_imag(v) != 0.0;
  if (t->bool_ != nullptr) {
    KbValue r = t->bool_(v);
    if (IsSmallInt(r) || TypeOf(r) != &kb_type_bool)
      Raise(&kb_type_TypeError, std::string("__bool__ should return bool, returned ") + TypeName(TypeOf(r)));
    return AsObject(r) == &kb_True;
  }
  if (t->len != nullptr) return kb_object_len(v) != 0;
  if (t->flags & KB_TYPE_BUILTIN_VALUE) return kb_object_truthy(reinterpret_cast<KbValue*>(obj)[1]);
  if (t == &kb_type_range) return kb_range_truthy(reinterpret_cast<KbRange*>(v));
  if (t == &kb_type_str || t == &kb_type_list || t == &kb_type_tuple || t == &kb_type_dict || t == &kb_type_set ||
      t == &kb_type_frozenset || t == &kb_type_dict_keys || t == &kb_type_dict_values || t == &kb_type_dict_items ||
      t == &kb_type_bytes || t == &kb_type_bytearray) {
    return kb_object_len(v) != 0;
  }
  return true;
}

int64_t kb_object_len(KbValue v) {
  const KbType* t = TypeOf(v);
  if (t == &kb_type_str) return reinterpret_cast<KbStr*>(v)->length;
  if (t == &kb_type_list) return reinterpret_cast<KbList*>(v)->length;
  if (t == &kb_type_tuple) return reinterpret_cast<KbTuple*>(v)->length;
  if (t == &kb_type_bytes) return reinterpret_cast<KbBytes*>(v)->length;
  if (t == &kb_type_range) return RangeLengthSsize(reinterpret_cast<KbRange*>(v));
  if (t == &kb_type_bytearray) return reinterpret_cast<KbByteArray*>(v)->length;
  if (t == &kb_type_dict) return reinterpret_cast<KbDict*>(v)->used;
  if (t == &kb_type_set || t == &kb_type_frozenset) return reinterpret_cast<KbSet*>(v)->used;
  if (t == &kb_type_dict_keys || t == &kb_type_dict_values || t == &kb_type_dict_items) {
    return reinterpret_cast<KbDictView*>(v)->dict->used;
  }
  if (!IsSmallInt(v) && t->len != nullptr) {
    // The compiler lets only an int-returning __len__ through.
    KbValue r = t->len(v);
    if (!IsSmallInt(r)) Raise(&kb_type_OverflowError, "cannot fit 'int' into an index-sized integer");
    if (SmallIntValue(r) < 0) Raise(&kb_type_ValueError, "__len__() should return >= 0");
    return SmallIntValue(r);
  }
  if (!IsSmallInt(v) && (t->flags & KB_TYPE_BUILTIN_VALUE)) return kb_object_len(reinterpret_cast<KbValue*>(v)[1]);
  Raise(&kb_type_TypeError, std::string("object of type '") + TypeName(t) + "' has no len()");
}

bool kb_object_contains(KbValue container, KbValue item) {
  container = BuiltinValueOf(container);
  const KbType* t = TypeOf(container);
  if (t == &kb_type_str) {
    if (!IsType(item, &kb_type_str)) {
      Raise(&kb_type_TypeError,
            std::string("'in <string>' requires string as left operand, not ") + TypeName(TypeOf(item)));
    }
    return kb_str_contains(reinterpret_cast<KbStr*>(container), reinterpret_cast<KbStr*>(item));
  }
  if (t == &kb_type_list) return kb_list_contains(reinterpret_cast<KbList*>(container), item);
  if (t == &kb_type_generator) {
    // Resumed only until an item equals `item`; the rest stay unmade.
    auto* g = reinterpret_cast<KbGenerator*>(container);
    while (kb_generator_next(g)) {
      KbValue v = kb_generator_yielded_boxed(g);
      if (v == item || kb_object_eq(v, item)) return true;
    }
    return false;
  }
  if (t == &kb_type_bytes) return kb_bytes_contains(reinterpret_cast<KbBytes*>(container), item);
  if (t == &kb_type_tuple) return kb_tuple_contains(reinterpret_cast<KbTuple*>(container), item);
  if (t == &kb_type_range) return kb_range_contains(reinterpret_cast<KbRange*>(container), item);
  if (t == &kb_type_bytearray) return kb_bytearray_contains(reinterpret_cast<KbByteArray*>(container), item);
  if (t == &kb_type_dict) return kb_dict_contains(reinterpret_cast<KbDict*>(container), item);
  if (t == &kb_type_set || t == &kb_type_frozenset) return kb_set_contains(reinterpret_cast<KbSet*>(container), item);
  if (t == &kb_type_dict_keys) return kb_dict_contains(reinterpret_cast<KbDictView*>(container)->dict, item);
  if (t == &kb_type_dict_items) {
    // (key, value) in d.items(): a 2-tuple whose key maps to an equal value.
    if (TypeOf(item) != &kb_type_tuple || reinterpret_cast<KbTuple*>(item)->length != 2) return false;
    auto* pair = reinterpret_cast<KbTuple*>(item);
    KbValue value;
    if (!kb_dict_lookup(reinterpret_cast<KbDictView*>(container)->dict, pair->items[0], &value)) return false;
    return value == pair->items[1] || kb_object_eq(value, pair->items[1]);
  }
  if (t == &kb_type_dict_values) {
    bool found = false;
    ForEachItem(container, [&](KbValue v) {
      if (!found && (v == item || kb_object_eq(v, item))) found = true;
    });
    return found;
  }
  Raise(&kb_type_TypeError, std::string("argument of type '") + TypeName(t) + "' is not iterable");
}

}  // extern "C"

KbValue kb_object_iterable(KbValue v) {
  v = BuiltinValueOf(v);
  const KbType* t = TypeOf(v);
  if (t == &kb_type_list || t == &kb_type_tuple || t == &kb_type_str || t == &kb_type_generator) return v;
  KbList* items = kb_list_new(KB_ELEM_VALUE, 0);
  ForEachItem(v, [items](KbValue item) { kb_list_append_value(items, item); });
  return AsValue(items);
}

// The sequence kb_object_iter_has/kb_object_iter_item walk for unpacking v.
static KbValue UnpackedSequence(KbValue v) {
  v = BuiltinValueOf(v);
  const KbType* t = TypeOf(v);
  bool iterable = t == &kb_type_list || t == &kb_type_tuple || t == &kb_type_str || t == &kb_type_generator ||
                  t == &kb_type_bytes || t == &kb_type_dict || t == &kb_type_set || t == &kb_type_frozenset ||
                  t == &kb_type_range || t == &kb_type_bytearray || t == &kb_type_dict_keys || t == &kb_type_dict_values ||
                  t == &kb_type_dict_items;
  if (!iterable) Raise(&kb_type_TypeError, std::string("cannot unpack non-iterable ") + TypeName(t) + " object");
  return kb_object_iterable(v);
}

KbList* kb_object_unpack_all(KbValue v) {
  KbValue sequence = UnpackedSequence(v);
  KbList* items = kb_list_new(KB_ELEM_VALUE, 0);
  for (int64_t i = 0; kb_object_iter_has(sequence, i); ++i) kb_list_append_value(items, kb_object_iter_item(sequence, i));
  return items;
}

KbList* kb_object_unpack(KbValue v, int64_t n) {
  // n items, then one more asked for (a generator is resumed that far only).
  KbValue sequence = UnpackedSequence(v);
  KbList* items = kb_list_new(KB_ELEM_VALUE, 0);
  for (int64_t i = 0; i < n; ++i) {
    if (!kb_object_iter_has(sequence, i)) kb_raise_unpack_count(i, n);
    kb_list_append_value(items, kb_object_iter_item(sequence, i));
  }
  if (kb_object_iter_has(sequence, n)) kb_raise_unpack_count(n + 1, n);
  return items;
}

bool kb_object_iter_has(KbValue sequence, int64_t i) {
  const KbType* t = TypeOf(sequence);
  if (t == &kb_type_generator) return kb_generator_next(reinterpret_cast<KbGenerator*>(sequence));
  return i < kb_object_len(sequence);
}

KbValue kb_object_iter_item(KbValue sequence, int64_t i) {
  const KbType* t = TypeOf(sequence);
  if (t == &kb_type_generator) return kb_generator_yielded_boxed(reinterpret_cast<KbGenerator*>(sequence));
  if (t == &kb_type_list) return ListItemBoxed(reinterpret_cast<KbList*>(sequence), i);
  if (t == &kb_type_tuple) return reinterpret_cast<KbTuple*>(sequence)->items[i];
  return AsValue(kb_str_getitem(reinterpret_cast<KbStr*>(sequence), MakeSmallInt(i)));
}

KbValue kb_object_getitem(KbValue container, KbValue key) {
  const KbType* t = TypeOf(container);
  if (t == &kb_type_dict) return kb_dict_getitem(reinterpret_cast<KbDict*>(container), key);
  if (t == &kb_type_bytes && IsIntOrBool(key)) return kb_bytes_getitem(reinterpret_cast<KbBytes*>(container), key);
  if (t == &kb_type_range) return kb_range_getitem(reinterpret_cast<KbRange*>(container), key);
  if (t == &kb_type_bytearray) return kb_bytearray_getitem(reinterpret_cast<KbByteArray*>(container), key);
  if (t == &kb_type_list || t == &kb_type_tuple || t == &kb_type_str) {
    if (!IsIntOrBool(key)) {
      std::string type = TypeName(TypeOf(key));
      Raise(&kb_type_TypeError, t == &kb_type_str ? "string indices must be integers, not '" + type + "'"
                                                  : std::string(t->name) + " indices must be integers or slices, not " + type);
    }
    KbValue index = IntOfIntOrBool(key);
    if (t == &kb_type_list) return kb_list_getitem(reinterpret_cast<KbList*>(container), index);
    if (t == &kb_type_tuple) return kb_tuple_getitem(reinterpret_cast<KbTuple*>(container), index);
    return AsValue(kb_str_getitem(reinterpret_cast<KbStr*>(container), index));
  }
  Raise(&kb_type_TypeError, std::string("'") + TypeName(t) + "' object is not subscriptable");
}

KbValue kb_object_getslice(KbValue v, KbValue start, KbValue stop, KbValue step) {
  const KbType* t = TypeOf(v);
  if (t == &kb_type_list) return AsValue(kb_list_getslice(reinterpret_cast<KbList*>(v), start, stop, step));
  if (t == &kb_type_tuple) return AsValue(kb_tuple_getslice(reinterpret_cast<KbTuple*>(v), start, stop, step));
  if (t == &kb_type_str) return AsValue(kb_str_slice(reinterpret_cast<KbStr*>(v), start, stop, step));
  if (t == &kb_type_bytes) return AsValue(kb_bytes_slice(reinterpret_cast<KbBytes*>(v), start, stop, step));
  if (t == &kb_type_bytearray)
    return AsValue(kb_bytearray_slice(reinterpret_cast<KbByteArray*>(v), start, stop, step));
  if (t == &kb_type_range) return AsValue(kb_range_slice(reinterpret_cast<KbRange*>(v), start, stop, step));
  if (t == &kb_type_dict) {
    // dict[slice]: the slice is the (unhashable) key.
    Raise(&kb_type_TypeError, "unhashable type: 'slice'");
  }
  Raise(&kb_type_TypeError, std::string("'") + TypeName(t) + "' object is not subscriptable");
}

bool kb_isinstance(KbValue v, const KbType* type) {
  if (type == &kb_type_object) return true;
  for (const KbType* t = TypeOf(v); t != nullptr; t = t->base)
    if (t == type) return true;
  return false;
}
