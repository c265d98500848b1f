// Turning a list of boxed values into a list specialised on its element
// kind (the compiler's list[float] and list[bool] store unboxed elements),
// and back.
#include "runtime_internal.h"

using namespace kb;

extern "C" KbList* kb_list_specialize(KbList* boxed, uint32_t elem_kind) {
  KbList* out = kb_list_new(elem_kind, boxed->length);
  const auto* from = static_cast<const KbValue*>(boxed->items);
  for (int64_t i = 0; i < boxed->length; ++i) {
    if (elem_kind == KB_ELEM_FLOAT) static_cast<double*>(out->items)[i] = kb_unbox_float(from[i]);
    else static_cast<uint8_t*>(out->items)[i] = from[i] == AsValue(&kb_True) ? 1 : 0;
  }
  return out;
}

// A new list[float] or list[bool] stored where sema widened the list to
// list[object] (every assignment there is a new container, so nothing else
// refers to it with the narrow type): boxed in place.
extern "C" KbList* kb_list_box_items(KbList* list) {
  if (list->elem_kind == KB_ELEM_VALUE) return list;
  int64_t capacity = list->capacity > 0 ? list->capacity : 1;
  auto* items = static_cast<KbValue*>(kb_alloc(sizeof(KbValue) * static_cast<uint64_t>(capacity)));
  for (int64_t i = 0; i < list->length; ++i) items[i] = ListItemBoxed(list, i);
  list->items = items;
  list->capacity = capacity;
  list->elem_kind = KB_ELEM_VALUE;
  return list;
}

// A new empty list made where its items' type was not known yet (`out = []`)
// stored where sema found them to be floats or bools: no item exists yet,
// so only the kind changes (the buffer's slots are at least as large).
extern "C" KbList* kb_list_retype_empty(KbList* list, uint32_t elem_kind) {
  if (list->length == 0) list->elem_kind = elem_kind;
  return list;
}
