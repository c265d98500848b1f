// list and tuple operations beyond storage (list.cpp): indexing with
// assignment and deletion, slices with steps (get, set, delete), +, *,
// in-place extend and repeat, insert/pop/remove/index/count/reverse, a
// stable sort, membership, and the same for tuples. Every operation works
// on all three element kinds; values crossing into a float or bool list
// must already have that type (codegen guarantees it).
#include "runtime_internal.h"
#include "timsort.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <vector>

namespace kb {

int64_t SliceIndices(int64_t length, KbValue start, KbValue stop, KbValue step, int64_t* out_start,
                     int64_t* out_stop, int64_t* out_step) {
  constexpr int64_t kMax = INT64_MAX;
  constexpr int64_t kMin = INT64_MIN;
  auto index_of = [](KbValue v) -> int64_t {
    if (IsSmallInt(v)) return SmallIntValue(v);
    if (!IsIntOrBool(v)) {
      kb_raise_new(&kb_type_TypeError, "slice indices must be integers or None or have an __index__ method");
    }
    KbValue n = IntOfIntOrBool(v);
    if (IsSmallInt(n)) return SmallIntValue(n);
    return kb_int_compare(n, MakeSmallInt(0)) < 0 ? kMin : kMax;
  };
  const KbValue none = AsValue(&kb_None);
  int64_t st = 1;
  if (step != none) {
    st = index_of(step);
    if (st == 0) kb_raise_new(&kb_type_ValueError, "slice step cannot be zero");
    if (st < -kMax) st = -kMax;
  }
  int64_t lo = start == none ? (st < 0 ? kMax : 0) : index_of(start);
  int64_t hi = stop == none ? (st < 0 ? kMin : kMax) : index_of(stop);
  // PySlice_AdjustIndices.
  if (lo < 0) {
    lo = lo == kMin ? -1 : lo + length;
    if (lo < 0) lo = st < 0 ? -1 : 0;
  } else if (lo >= length) {
    lo = st < 0 ? length - 1 : length;
  }
  if (hi < 0) {
    hi = hi == kMin ? -1 : hi + length;
    if (hi < 0) hi = st < 0 ? -1 : 0;
  } else if (hi >= length) {
    hi = st < 0 ? length - 1 : length;
  }
  *out_start = lo;
  *out_stop = hi;
  *out_step = st;
  // Steps of 1 and -1 (nearly every slice) need no division.
  if (st == 1) return lo < hi ? hi - lo : 0;
  if (st == -1) return hi < lo ? lo - hi : 0;
  if (st < 0) return hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
  return lo < hi ? (hi - lo - 1) / st + 1 : 0;
}

namespace {

// SliceIndices for the common case, inline: bounds that are small ints or
// None and a step of None, 1 or -1 (no division, no error possible). False,
// with nothing computed, for anything else.
inline bool UnitSliceIndices(int64_t length, KbValue start, KbValue stop, KbValue step, int64_t* out_start,
                             int64_t* out_stop, int64_t* out_step, int64_t* out_count) {
  const KbValue none = AsValue(&kb_None);
  int64_t st;
  if (step == none || step == MakeSmallInt(1)) st = 1;
  else if (step == MakeSmallInt(-1)) st = -1;
  else return false;
  if ((start != none && !IsSmallInt(start)) || (stop != none && !IsSmallInt(stop))) return false;
  int64_t lo, hi;
  if (start == none) {
    lo = st < 0 ? length - 1 : 0;
  } else {
    lo = SmallIntValue(start);
    if (lo < 0) {
      lo += length;
      if (lo < 0) lo = st < 0 ? -1 : 0;
    } else if (lo >= length) {
      lo = st < 0 ? length - 1 : length;
    }
  }
  if (stop == none) {
    hi = st < 0 ? -1 : length;
  } else {
    hi = SmallIntValue(stop);
    if (hi < 0) {
      hi += length;
      if (hi < 0) hi = st < 0 ? -1 : 0;
    } else if (hi >= length) {
      hi = st < 0 ? length - 1 : length;
    }
  }
  *out_start = lo;
  *out_stop = hi;
  *out_step = st;
  *out_count = st > 0 ? (lo < hi ? hi - lo : 0) : (hi < lo ? lo - hi : 0);
  return true;
}

size_t ElemSize(uint32_t kind) {
  return kind == KB_ELEM_FLOAT ? sizeof(double) : kind == KB_ELEM_BOOL ? 1 : sizeof(KbValue);
}

char* ItemPtr(const KbList* l, int64_t i) {
  return static_cast<char*>(l->items) + static_cast<size_t>(i) * ElemSize(l->elem_kind);
}

// Stores a boxed value into slot i of a list of any kind.
void StoreBoxed(KbList* l, int64_t i, KbValue v) {
  switch (static_cast<KbElemKind>(l->elem_kind)) {
    case KB_ELEM_VALUE:
      static_cast<KbValue*>(l->items)[i] = v;
      return;
    case KB_ELEM_FLOAT:
      static_cast<double*>(l->items)[i] =
          TypeOf(v) == &kb_type_float ? kb_unbox_float(v) : kb_int_to_float(IntOfIntOrBool(v));
      return;
    case KB_ELEM_BOOL:
      static_cast<uint8_t*>(l->items)[i] = kb_object_truthy(v) ? 1 : 0;
      return;
  }
}

// An index argument that must fit a C ssize_t (list.insert, list.pop).
int64_t SsizeArgument(KbValue v) {
  KbValue n = IntOfIntOrBool(v);
  if (!IsSmallInt(n)) kb_raise_new(&kb_type_OverflowError, "Python int too large to convert to C ssize_t");
  return SmallIntValue(n);
}

// A subscript index, normalised for negative values; -1 when out of range
// (a big int is always out of range).
int64_t NormaliseIndex(KbValue v, int64_t length) {
  KbValue n = IntOfIntOrBool(v);
  if (!IsSmallInt(n)) {
    kb_raise_new(&kb_type_IndexError, "cannot fit 'int' into an index-sized integer");
  }
  int64_t i = SmallIntValue(n);
  if (i < 0) i += length;
  return i >= 0 && i < length ? i : -1;
}

// The items of any iterable (a snapshot, so x[:] = x and x.extend(x) work).
GcVector<KbValue> Items(KbValue iterable) {
  GcVector<KbValue> items;
  if (TypeOf(iterable) == &kb_type_list) {
    auto* l = reinterpret_cast<KbList*>(iterable);
    items.reserve(size_t(l->length));
    for (int64_t i = 0; i < l->length; ++i) items.push_back(ListItemBoxed(l, i));
    return items;
  }
  ForEachItem(iterable, [&](KbValue v) { items.push_back(v); });
  return items;
}

// Replaces l[lo:hi] (0 <= lo <= hi <= length) with `n` items from `src`.
void ReplaceRange(KbList* l, int64_t lo, int64_t hi, const GcVector<KbValue>& src) {
  auto n = static_cast<int64_t>(src.size());
  int64_t delta = n - (hi - lo);
  int64_t old_len = l->length;
  if (delta > 0) kb_list_reserve(l, old_len + delta);
  size_t size = ElemSize(l->elem_kind);
  std::memmove(ItemPtr(l, hi + delta), ItemPtr(l, hi), size * size_t(old_len - hi));
  l->length = old_len + delta;
  for (int64_t k = 0; k < n; ++k) StoreBoxed(l, lo + k, src[size_t(k)]);
  if (delta < 0 && l->elem_kind == KB_ELEM_VALUE) {
    // Clear the vacated words so the GC does not keep their objects alive.
    std::memset(ItemPtr(l, l->length), 0, size * size_t(-delta));
  }
}

KbValue RepeatCount(KbValue n) { return IntOfIntOrBool(n); }

int64_t CheckedRepeat(int64_t length, KbValue count) {
  KbValue n = RepeatCount(count);
  if (!IsSmallInt(n)) {
    if (kb_int_compare(n, MakeSmallInt(0)) < 0) return 0;
    kb_raise_new(&kb_type_OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  int64_t k = SmallIntValue(n);
  if (k <= 0 || length == 0) return 0;
  if (length > INT64_MAX / 16 / k) kb_raise(kb_exception_new(&kb_type_MemoryError, nullptr));
  return k;
}

bool ItemEquals(const KbList* l, int64_t i, KbValue x) {
  if (l->elem_kind == KB_ELEM_VALUE) {
    KbValue v = static_cast<const KbValue*>(l->items)[i];
    return v == x || kb_object_eq(v, x);
  }
  return kb_object_eq(ListItemBoxed(l, i), x);
}

void ReverseRange(KbList* l, int64_t lo, int64_t hi) {
  switch (static_cast<KbElemKind>(l->elem_kind)) {
    case KB_ELEM_VALUE:
      std::reverse(static_cast<KbValue*>(l->items) + lo, static_cast<KbValue*>(l->items) + hi);
      return;
    case KB_ELEM_FLOAT:
      std::reverse(static_cast<double*>(l->items) + lo, static_cast<double*>(l->items) + hi);
      return;
    case KB_ELEM_BOOL:
      std::reverse(static_cast<uint8_t*>(l->items) + lo, static_cast<uint8_t*>(l->items) + hi);
      return;
  }
}

// Applies a permutation: the new item k is the old item order[k].
void Permute(KbList* l, const std::vector<int64_t>& order) {
  size_t size = ElemSize(l->elem_kind);
  std::vector<char> old(static_cast<char*>(l->items), static_cast<char*>(l->items) + size * size_t(l->length));
  for (size_t k = 0; k < order.size(); ++k) std::memcpy(ItemPtr(l, int64_t(k)), old.data() + size * size_t(order[k]), size);
}

// list.sort(reverse=): reverse, timsort (stable), reverse again, so equal
// items keep their order. `less(i, j)` compares the items at original
// positions i and j. When a comparison raises, the list keeps the partial
// order reached so far, as CPython's does.
template <typename Less>
void SortPermutation(KbList* l, bool reverse, Less less) {
  std::vector<int64_t> order(size_t(l->length));
  std::iota(order.begin(), order.end(), 0);
  if (reverse) std::reverse(order.begin(), order.end());
  try {
    TimSort<Less>(order.data(), l->length, less).Sort();
  } catch (...) {
    if (reverse) std::reverse(order.begin(), order.end());
    Permute(l, order);
    throw;
  }
  if (reverse) std::reverse(order.begin(), order.end());
  Permute(l, order);
}

// start/stop arguments of index(): ints clamped as _PyEval_SliceIndex does.
int64_t ClampedIndex(KbValue v, int64_t length, int64_t absent) {
  if (v == AsValue(&kb_None)) return absent;
  if (!IsIntOrBool(v)) {
    kb_raise_new(&kb_type_TypeError, "slice indices must be integers or have an __index__ method");
  }
  KbValue n = IntOfIntOrBool(v);
  int64_t i = IsSmallInt(n) ? SmallIntValue(n) : (kb_int_compare(n, MakeSmallInt(0)) < 0 ? INT64_MIN / 2 : INT64_MAX / 2);
  if (i < 0) {
    i += length;
    if (i < 0) i = 0;
  }
  return i;
}

}  // namespace
}  // namespace kb

using namespace kb;

extern "C" {

KbValue kb_list_getitem(KbList* l, KbValue index) {
  int64_t i = NormaliseIndex(index, l->length);
  if (i < 0) kb_list_index_error();
  return ListItemBoxed(l, i);
}

#define KB_LIST_SETITEM(suffix, type, store)                                                            \
  void kb_list_setitem_##suffix(KbList* l, KbValue index, type v) {                                       \
    int64_t i = NormaliseIndex(index, l->length);                                                        \
    if (i < 0) kb_raise_new(&kb_type_IndexError, "list assignment index out of range");                  \
    store;                                                                                               \
  }
KB_LIST_SETITEM(value, KbValue, StoreBoxed(l, i, v))
KB_LIST_SETITEM(float, double, static_cast<double*>(l->items)[i] = v)
KB_LIST_SETITEM(bool, bool, static_cast<uint8_t*>(l->items)[i] = v ? 1 : 0)
#undef KB_LIST_SETITEM

void kb_list_delitem(KbList* l, KbValue index) {
  int64_t i = NormaliseIndex(index, l->length);
  if (i < 0) kb_raise_new(&kb_type_IndexError, "list assignment index out of range");
  ReplaceRange(l, i, i + 1, {});
}

KbList* kb_list_getslice(KbList* l, KbValue start, KbValue stop, KbValue step) {
  int64_t lo, hi, st, n;
  if (!UnitSliceIndices(l->length, start, stop, step, &lo, &hi, &st, &n))
    n = SliceIndices(l->length, start, stop, step, &lo, &hi, &st);
  KbList* out = kb_list_new(l->elem_kind, n);
  size_t size = ElemSize(l->elem_kind);
  if (st == 1) {
    if (n > 0) std::memcpy(out->items, ItemPtr(l, lo), size * size_t(n));
  } else if (size == sizeof(KbValue)) {
    const auto* from = static_cast<const uint64_t*>(l->items);
    auto* to = static_cast<uint64_t*>(out->items);
    for (int64_t k = 0; k < n; ++k) to[k] = from[lo + k * st];
  } else {
    for (int64_t k = 0; k < n; ++k) std::memcpy(ItemPtr(out, k), ItemPtr(l, lo + k * st), size);
  }
  return out;
}

void kb_list_setslice(KbList* l, KbValue start, KbValue stop, KbValue step, KbValue iterable) {
  int64_t lo, hi, st;
  int64_t n = SliceIndices(l->length, start, stop, step, &lo, &hi, &st);
  const KbType* t = TypeOf(iterable);
  bool iterable_ok = t == &kb_type_list || t == &kb_type_tuple || t == &kb_type_str || t == &kb_type_dict ||
                     t == &kb_type_set || t == &kb_type_frozenset;
  if (st == 1) {
    if (!iterable_ok) kb_raise_new(&kb_type_TypeError, "can only assign an iterable");
    if (hi < lo) hi = lo;
    auto* src = reinterpret_cast<KbList*>(iterable);
    if (t == &kb_type_list && src->elem_kind == l->elem_kind) {
      // The common case: a list of the same element kind, moved with memmove
      // (copied first when it is the list itself).
      if (src == l) src = kb_list_copy(src);
      int64_t n_src = src->length;
      int64_t delta = n_src - (hi - lo);
      int64_t old_len = l->length;
      if (delta > 0) kb_list_reserve(l, old_len + delta);
      size_t size = ElemSize(l->elem_kind);
      std::memmove(ItemPtr(l, hi + delta), ItemPtr(l, hi), size * size_t(old_len - hi));
      std::memcpy(ItemPtr(l, lo), src->items, size * size_t(n_src));
      l->length = old_len + delta;
      if (delta < 0 && l->elem_kind == KB_ELEM_VALUE) std::memset(ItemPtr(l, l->length), 0, size * size_t(-delta));
      return;
    }
    ReplaceRange(l, lo, hi, Items(iterable));
    return;
  }
  if (!iterable_ok) kb_raise_new(&kb_type_TypeError, "must assign iterable to extended slice");
  GcVector<KbValue> items = Items(iterable);
  if (static_cast<int64_t>(items.size()) != n) {
    Raise(&kb_type_ValueError, "attempt to assign sequence of size " + std::to_string(items.size()) +
                                   " to extended slice of size " + std::to_string(n));
  }
  for (int64_t k = 0; k < n; ++k) StoreBoxed(l, lo + k * st, items[size_t(k)]);
}

}  // extern "C"

namespace {
// to[k] = from[start + k * step] for k < n; through a snapshot when `from`
// and `to` are the same storage.
template <typename T>
void CopySlice(T* to, const T* from, int64_t start, int64_t step, int64_t n, bool same) {
  if (same && step == -1 && from + start - (n - 1) == to) {
    // a[i:j] = a[j-1:i-1:-1] (or a[:k+1] = a[k::-1]): a reversal in place,
    // mostly of a few items, where std::reverse's set-up costs more than
    // the swaps.
    for (int64_t i = 0, j = n - 1; i < j; ++i, --j) std::swap(to[i], to[j]);
    return;
  }
  T small[64];
  std::vector<T> large;
  if (same) {
    T* copy = small;
    if (n > 64) {
      large.resize(size_t(n));
      copy = large.data();
    }
    for (int64_t k = 0; k < n; ++k) copy[k] = from[start + k * step];
    from = copy;
    start = 0;
    step = 1;
  }
  for (int64_t k = 0; k < n; ++k) to[k] = from[start + k * step];
}
}  // namespace

extern "C" {

void kb_list_setslice_slice(KbList* l, KbValue start, KbValue stop, KbValue step, KbList* src, KbValue src_start,
                            KbValue src_stop, KbValue src_step) {
  // The source slice first: its errors come first, as CPython evaluates the
  // right-hand side before it stores.
  int64_t slo, shi, sst;
  int64_t n;
  if (!UnitSliceIndices(src->length, src_start, src_stop, src_step, &slo, &shi, &sst, &n))
    n = SliceIndices(src->length, src_start, src_stop, src_step, &slo, &shi, &sst);
  int64_t lo, hi, st, target_n;
  if (!UnitSliceIndices(l->length, start, stop, step, &lo, &hi, &st, &target_n))
    SliceIndices(l->length, start, stop, step, &lo, &hi, &st);
  if (st == 1 && src->elem_kind == l->elem_kind && (hi < lo ? 0 : hi - lo) == n) {
    // Same length, same element kind: element by element, through a
    // snapshot when the source is the target (perm[:k] = perm[k-1::-1]).
    // The snapshot may live in malloc memory the GC does not scan: no GC
    // allocation happens while it holds the only copy of a pointer.
    if (l->elem_kind == KB_ELEM_BOOL) {
      CopySlice(static_cast<uint8_t*>(l->items) + lo, static_cast<const uint8_t*>(src->items), slo, sst, n, src == l);
    } else {  // words and doubles: 8 bytes each
      CopySlice(static_cast<uint64_t*>(l->items) + lo, static_cast<const uint64_t*>(src->items), slo, sst, n, src == l);
    }
    return;
  }
  kb_list_setslice(l, start, stop, step, AsValue(kb_list_getslice(src, src_start, src_stop, src_step)));
}

void kb_list_delslice(KbList* l, KbValue start, KbValue stop, KbValue step) {
  int64_t lo, hi, st;
  int64_t n = SliceIndices(l->length, start, stop, step, &lo, &hi, &st);
  if (n == 0) return;
  if (st == 1) {
    ReplaceRange(l, lo, hi, {});
    return;
  }
  if (st < 0) {  // the same positions, walked upwards
    lo = lo + st * (n - 1);
    st = -st;
  }
  size_t size = ElemSize(l->elem_kind);
  int64_t write = lo;
  int64_t next_deleted = lo;
  int64_t deleted = 0;
  for (int64_t read = lo; read < l->length; ++read) {
    if (deleted < n && read == next_deleted) {
      ++deleted;
      next_deleted += st;
      continue;
    }
    std::memmove(ItemPtr(l, write), ItemPtr(l, read), size);
    ++write;
  }
  if (l->elem_kind == KB_ELEM_VALUE) std::memset(ItemPtr(l, write), 0, size * size_t(l->length - write));
  l->length = write;
}

KbList* kb_list_concat(KbList* a, KbList* b) {
  if (a->elem_kind == b->elem_kind) {
    KbList* out = kb_list_new(a->elem_kind, a->length + b->length);
    size_t size = ElemSize(a->elem_kind);
    if (a->length) std::memcpy(out->items, a->items, size * size_t(a->length));
    if (b->length) std::memcpy(ItemPtr(out, a->length), b->items, size * size_t(b->length));
    return out;
  }
  KbList* out = kb_list_new(KB_ELEM_VALUE, a->length + b->length);
  for (int64_t i = 0; i < a->length; ++i) static_cast<KbValue*>(out->items)[i] = ListItemBoxed(a, i);
  for (int64_t i = 0; i < b->length; ++i) static_cast<KbValue*>(out->items)[a->length + i] = ListItemBoxed(b, i);
  return out;
}

// Fills `items`, whose first `bytes` bytes hold the block to repeat, with k
// copies of it: each copy doubles what is there, so [False] * n takes
// log2(n) copies rather than n one-byte ones.
static void FillRepeats(char* items, size_t bytes, int64_t k) {
  size_t total = bytes * size_t(k), filled = bytes;
  while (filled < total && filled > 0) {
    size_t chunk = std::min(filled, total - filled);
    std::memcpy(items + filled, items, chunk);
    filled += chunk;
  }
}

KbList* kb_list_repeat(KbList* l, KbValue n) {
  int64_t k = CheckedRepeat(l->length, n);
  KbList* out = kb_list_new(l->elem_kind, l->length * k);
  size_t bytes = ElemSize(l->elem_kind) * size_t(l->length);
  if (k > 0) {
    std::memcpy(out->items, l->items, bytes);
    FillRepeats(static_cast<char*>(out->items), bytes, k);
  }
  return out;
}

void kb_list_inplace_repeat(KbList* l, KbValue n) {
  int64_t k = CheckedRepeat(l->length, n);
  if (k == 0) {
    kb_list_clear(l);
    return;
  }
  int64_t len = l->length;
  kb_list_reserve(l, len * k);
  size_t bytes = ElemSize(l->elem_kind) * size_t(len);
  FillRepeats(static_cast<char*>(l->items), bytes, k);
  l->length = len * k;
}

void kb_list_extend(KbList* l, KbValue iterable) {
  if (TypeOf(iterable) == &kb_type_list && reinterpret_cast<KbList*>(iterable)->elem_kind == l->elem_kind) {
    auto* src = reinterpret_cast<KbList*>(iterable);
    int64_t n = src->length;
    kb_list_reserve(l, l->length + n);
    std::memmove(ItemPtr(l, l->length), src->items, ElemSize(l->elem_kind) * size_t(n));
    l->length += n;
    return;
  }
  GcVector<KbValue> items = Items(iterable);
  ReplaceRange(l, l->length, l->length, items);
}

#define KB_LIST_INSERT(suffix, type)                                   \
  void kb_list_insert_##suffix(KbList* l, KbValue index, type v) {      \
    int64_t n = l->length;                                             \
    int64_t i = SsizeArgument(index);                                  \
    if (i < 0) {                                                       \
      i += n;                                                          \
      if (i < 0) i = 0;                                                \
    }                                                                  \
    if (i > n) i = n;                                                  \
    kb_list_reserve(l, n + 1 > l->capacity ? (n + 1) + ((n + 1) >> 3) + 6 : n + 1); \
    size_t size = ElemSize(l->elem_kind);                              \
    std::memmove(ItemPtr(l, i + 1), ItemPtr(l, i), size * size_t(n - i)); \
    l->length = n + 1;                                                 \
    static_cast<type*>(l->items)[i] = v;                               \
  }
KB_LIST_INSERT(value, KbValue)
KB_LIST_INSERT(float, double)
#undef KB_LIST_INSERT

void kb_list_insert_bool(KbList* l, KbValue index, bool v) {
  // Inserts the byte through the generic path (a bool list stores bytes).
  int64_t n = l->length;
  int64_t i = SsizeArgument(index);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  kb_list_reserve(l, n + 1 > l->capacity ? (n + 1) + ((n + 1) >> 3) + 6 : n + 1);
  std::memmove(ItemPtr(l, i + 1), ItemPtr(l, i), size_t(n - i));
  l->length = n + 1;
  static_cast<uint8_t*>(l->items)[i] = v ? 1 : 0;
}

// The position list.pop(index) removes (IndexError as CPython).
static int64_t PopPosition(KbList* l, KbValue index) {
  int64_t i = SsizeArgument(index);
  if (l->length == 0) kb_raise_new(&kb_type_IndexError, "pop from empty list");
  if (i < 0) i += l->length;
  if (i < 0 || i >= l->length) kb_raise_new(&kb_type_IndexError, "pop index out of range");
  return i;
}

KbValue kb_list_pop_value(KbList* l, KbValue index) {
  int64_t i = PopPosition(l, index);
  KbValue v = ListItemBoxed(l, i);
  ReplaceRange(l, i, i + 1, {});
  return v;
}

double kb_list_pop_float(KbList* l, KbValue index) {
  int64_t i = PopPosition(l, index);
  double v = static_cast<double*>(l->items)[i];
  ReplaceRange(l, i, i + 1, {});
  return v;
}

bool kb_list_pop_bool(KbList* l, KbValue index) {
  int64_t i = PopPosition(l, index);
  bool v = static_cast<uint8_t*>(l->items)[i] != 0;
  ReplaceRange(l, i, i + 1, {});
  return v;
}

void kb_list_remove(KbList* l, KbValue x) {
  for (int64_t i = 0; i < l->length; ++i) {
    if (ItemEquals(l, i, x)) {
      ReplaceRange(l, i, i + 1, {});
      return;
    }
  }
  kb_raise_new(&kb_type_ValueError, "list.remove(x): x not in list");
}

int64_t kb_list_index(KbList* l, KbValue x, KbValue start, KbValue stop) {
  int64_t lo = ClampedIndex(start, l->length, 0);
  int64_t hi = ClampedIndex(stop, l->length, INT64_MAX / 2);
  for (int64_t i = lo; i < hi && i < l->length; ++i) {
    if (ItemEquals(l, i, x)) return i;
  }
  std::string message;
  AppendRepr(message, x);
  Raise(&kb_type_ValueError, message + " is not in list");
}

int64_t kb_list_count(KbList* l, KbValue x) {
  int64_t n = 0;
  for (int64_t i = 0; i < l->length; ++i) n += ItemEquals(l, i, x);
  return n;
}

bool kb_list_contains(KbList* l, KbValue x) {
  for (int64_t i = 0; i < l->length; ++i) {
    if (ItemEquals(l, i, x)) return true;
  }
  return false;
}

void kb_list_reverse(KbList* l) { ReverseRange(l, 0, l->length); }

KbList* kb_list_copy(KbList* l) { return kb_list_getslice(l, AsValue(&kb_None), AsValue(&kb_None), AsValue(&kb_None)); }

void kb_list_clear(KbList* l) {
  l->length = 0;
  l->capacity = 0;
  l->items = kb_list_new(l->elem_kind, 0)->items;
}

void kb_list_sort(KbList* l, KbList* keys, bool reverse) {
  if (keys != nullptr) {
    SortPermutation(l, reverse, [keys](int64_t i, int64_t j) {
      return kb_object_compare(ListItemBoxed(keys, i), ListItemBoxed(keys, j), KB_LT);
    });
    return;
  }
  switch (static_cast<KbElemKind>(l->elem_kind)) {
    case KB_ELEM_FLOAT: {
      auto* x = static_cast<const double*>(l->items);
      SortPermutation(l, reverse, [x](int64_t i, int64_t j) { return x[i] < x[j]; });
      return;
    }
    case KB_ELEM_BOOL: {
      auto* x = static_cast<const uint8_t*>(l->items);
      SortPermutation(l, reverse, [x](int64_t i, int64_t j) { return x[i] < x[j]; });
      return;
    }
    case KB_ELEM_VALUE: {
      auto* x = static_cast<const KbValue*>(l->items);
      SortPermutation(l, reverse, [x](int64_t i, int64_t j) {
        if (IsSmallInt(x[i]) && IsSmallInt(x[j])) return SmallIntValue(x[i]) < SmallIntValue(x[j]);
        return kb_object_compare(x[i], x[j], KB_LT);
      });
      return;
    }
  }
}

void kb_list_sort_by(KbList* l, int32_t (*less)(KbValue a, KbValue b, void* ctx), void* ctx, bool reverse) {
  SortPermutation(l, reverse, [l, less, ctx](int64_t i, int64_t j) {
    return less(ListItemBoxed(l, i), ListItemBoxed(l, j), ctx) != 0;
  });
}

// ---------------------------------------------------------------------------
// tuple

KbValue kb_tuple_getitem(KbTuple* t, KbValue index) {
  int64_t i = NormaliseIndex(index, t->length);
  if (i < 0) kb_raise_new(&kb_type_IndexError, "tuple index out of range");
  return t->items[i];
}

KbTuple* kb_tuple_getslice(KbTuple* t, KbValue start, KbValue stop, KbValue step) {
  int64_t lo, hi, st;
  int64_t n = SliceIndices(t->length, start, stop, step, &lo, &hi, &st);
  if (st == 1 && n == t->length) return t;
  KbTuple* out = kb_tuple_new(n);
  for (int64_t k = 0; k < n; ++k) out->items[k] = t->items[lo + k * st];
  return out;
}

KbTuple* kb_tuple_concat(KbTuple* a, KbTuple* b) {
  KbTuple* out = kb_tuple_new(a->length + b->length);
  for (int64_t i = 0; i < a->length; ++i) out->items[i] = a->items[i];
  for (int64_t i = 0; i < b->length; ++i) out->items[a->length + i] = b->items[i];
  return out;
}

KbTuple* kb_tuple_repeat(KbTuple* t, KbValue n) {
  int64_t k = CheckedRepeat(t->length, n);
  if (k == 1) return t;
  KbTuple* out = kb_tuple_new(t->length * k);
  for (int64_t r = 0; r < k; ++r) {
    for (int64_t i = 0; i < t->length; ++i) out->items[r * t->length + i] = t->items[i];
  }
  return out;
}

bool kb_tuple_contains(KbTuple* t, KbValue x) {
  for (int64_t i = 0; i < t->length; ++i) {
    if (t->items[i] == x || kb_object_eq(t->items[i], x)) return true;
  }
  return false;
}

int64_t kb_tuple_index(KbTuple* t, KbValue x, KbValue start, KbValue stop) {
  int64_t lo = ClampedIndex(start, t->length, 0);
  int64_t hi = ClampedIndex(stop, t->length, INT64_MAX / 2);
  for (int64_t i = lo; i < hi && i < t->length; ++i) {
    if (t->items[i] == x || kb_object_eq(t->items[i], x)) return i;
  }
  kb_raise_new(&kb_type_ValueError, "tuple.index(x): x not in tuple");
}

int64_t kb_tuple_count(KbTuple* t, KbValue x) {
  int64_t n = 0;
  for (int64_t i = 0; i < t->length; ++i) n += (t->items[i] == x || kb_object_eq(t->items[i], x));
  return n;
}

}  // extern "C"
