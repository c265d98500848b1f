// zip(*rows): the transpose idiom, whose number of iterables only the run
// time knows (a zip() of iterables written out is walked by the compiler).
#include "runtime_internal.h"

using namespace kb;

extern "C" KbList* kb_zip_rows(KbValue rows) {
  // The star unpacks rows first, as CPython's call does; each row is walked
  // in step with the others, stopping at the shortest.
  std::vector<KbValue, traceable_allocator<KbValue>> iterables;
  ForEachItem(rows, [&](KbValue row) { iterables.push_back(kb_object_iterable(row)); });
  KbList* out = kb_list_new(KB_ELEM_VALUE, 0);
  if (iterables.empty()) return out;
  for (int64_t i = 0;; ++i) {
    KbTuple* t = kb_tuple_new(static_cast<int64_t>(iterables.size()));
    for (size_t k = 0; k < iterables.size(); ++k) {
      if (!kb_object_iter_has(iterables[k], i)) return out;
      t->items[k] = kb_object_iter_item(iterables[k], i);
    }
    kb_list_append_value(out, AsValue(t));
  }
}
