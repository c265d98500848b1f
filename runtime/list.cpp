// list and tuple storage: lists specialised on their element kind (boxed
// words, unboxed doubles, bool bytes) with geometric growth, and fixed-size
// tuples of boxed words.
#include "runtime_internal.h"

#include <cstring>

namespace kb {
namespace {

size_t ElemSize(uint32_t kind) {
  switch (static_cast<KbElemKind>(kind)) {
    case KB_ELEM_VALUE:
      return sizeof(KbValue);
    case KB_ELEM_FLOAT:
      return sizeof(double);
    case KB_ELEM_BOOL:
      return 1;
  }
  return sizeof(KbValue);
}

// Storage for `n` elements, the first `zeroed` of them zero (all of them
// for words, which the GC scans); float and bool storage holds no pointers,
// and its spare capacity is never read before it is written.
void* AllocItems(uint32_t kind, int64_t n, int64_t zeroed) {
  size_t bytes = ElemSize(kind) * static_cast<size_t>(n > 0 ? n : 1);
  if (kind == KB_ELEM_VALUE) return GC_MALLOC(bytes);
  void* p = GC_MALLOC_ATOMIC(bytes);
  if (zeroed > 0) std::memset(p, 0, ElemSize(kind) * static_cast<size_t>(zeroed));
  return p;
}

// CPython's list_resize over-allocation: new + new/8 + 6, rounded to 4.
int64_t GrownCapacity(int64_t needed) { return (needed + (needed >> 3) + 6) & ~int64_t(3); }

void EnsureRoom(KbList* list, int64_t extra) {
  int64_t needed = list->length + extra;
  if (needed > list->capacity) kb_list_reserve(list, GrownCapacity(needed));
}

}  // namespace
}  // namespace kb

using namespace kb;

extern "C" {

KbTuple* kb_tuple_new(int64_t length) {
  auto* t = static_cast<KbTuple*>(kb_alloc(sizeof(KbTuple) + sizeof(KbValue) * static_cast<size_t>(length)));
  t->header.type = &kb_type_tuple;
  t->length = length;
  return t;
}

KbList* kb_list_new(uint32_t elem_kind, int64_t length) {
  KbList* list;
  if (elem_kind == KB_ELEM_VALUE && length > 0 && length <= 64) {
    // A short list of words (a copy, a slice, a literal) in one allocation:
    // its items follow the header. When it grows, kb_list_reserve moves the
    // items to a block of their own and the GC reclaims the inline ones with
    // the list. Lists of floats and bools keep separate, pointer-free storage
    // so that the GC never scans their bits.
    list = static_cast<KbList*>(kb_alloc(sizeof(KbList) + sizeof(KbValue) * static_cast<size_t>(length)));
    list->items = list + 1;
  } else {
    list = static_cast<KbList*>(kb_alloc(sizeof(KbList)));
    list->items = AllocItems(elem_kind, length, length);
  }
  list->header.type = &kb_type_list;
  list->length = length;
  list->capacity = length;
  list->elem_kind = elem_kind;
  return list;
}

void kb_list_reserve(KbList* list, int64_t capacity) {
  if (capacity <= list->capacity) return;
  void* items = AllocItems(list->elem_kind, capacity, 0);
  if (list->length > 0) {
    std::memcpy(items, list->items, ElemSize(list->elem_kind) * static_cast<size_t>(list->length));
  }
  list->items = items;
  list->capacity = capacity;
}

void kb_list_append_value(KbList* list, KbValue v) {
  EnsureRoom(list, 1);
  static_cast<KbValue*>(list->items)[list->length++] = v;
}

void kb_list_append_float(KbList* list, double v) {
  EnsureRoom(list, 1);
  static_cast<double*>(list->items)[list->length++] = v;
}

void kb_list_append_bool(KbList* list, bool v) {
  EnsureRoom(list, 1);
  static_cast<uint8_t*>(list->items)[list->length++] = v ? 1 : 0;
}

void kb_list_index_error(void) { kb_raise_new(&kb_type_IndexError, "list index out of range"); }

}  // extern "C"
