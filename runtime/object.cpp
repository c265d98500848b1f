// The object model's fixed points: the built-in type objects, the None/True/
// False singletons, GC allocation (and GMP's allocator pointed at the GC),
// and boxing of floats.
#include "runtime_internal.h"

#include <atomic>
#include <cstdlib>

#include <mutex>

#define KB_BUILTIN_TYPE(var, name, base, size) \
  extern "C" const KbType var = {{&kb_type_type}, name, base, KB_TYPE_BUILTIN, size};

KB_BUILTIN_TYPE(kb_type_type, "type", &kb_type_object, sizeof(KbType))
KB_BUILTIN_TYPE(kb_type_object, "object", nullptr, sizeof(KbObject))
KB_BUILTIN_TYPE(kb_type_none, "NoneType", &kb_type_object, sizeof(KbObject))
KB_BUILTIN_TYPE(kb_type_int, "int", &kb_type_object, 0)
KB_BUILTIN_TYPE(kb_type_bool, "bool", &kb_type_int, sizeof(KbObject))
KB_BUILTIN_TYPE(kb_type_float, "float", &kb_type_object, sizeof(KbFloat))
KB_BUILTIN_TYPE(kb_type_str, "str", &kb_type_object, 0)
KB_BUILTIN_TYPE(kb_type_list, "list", &kb_type_object, sizeof(KbList))
KB_BUILTIN_TYPE(kb_type_tuple, "tuple", &kb_type_object, 0)
KB_BUILTIN_TYPE(kb_type_dict, "dict", &kb_type_object, sizeof(KbDict))
KB_BUILTIN_TYPE(kb_type_set, "set", &kb_type_object, sizeof(KbSet))
KB_BUILTIN_TYPE(kb_type_frozenset, "frozenset", &kb_type_object, sizeof(KbSet))
KB_BUILTIN_TYPE(kb_type_dict_keys, "dict_keys", &kb_type_object, sizeof(KbDictView))
KB_BUILTIN_TYPE(kb_type_dict_values, "dict_values", &kb_type_object, sizeof(KbDictView))
KB_BUILTIN_TYPE(kb_type_dict_items, "dict_items", &kb_type_object, sizeof(KbDictView))
#undef KB_BUILTIN_TYPE

#define KB_EXCEPTION_TYPE(name, base)                                                     \
  extern "C" const KbType kb_type_##name = {{&kb_type_type}, #name, &kb_type_##base,       \
                                            KB_TYPE_EXCEPTION | KB_TYPE_BUILTIN,           \
                                            sizeof(KbBaseException)};
#include "exception_types.def"

extern "C" {
KbObject kb_None = {&kb_type_none};
KbObject kb_True = {&kb_type_bool};
KbObject kb_False = {&kb_type_bool};
}

namespace kb {
namespace {

void* GmpAlloc(size_t n) { return GC_MALLOC_ATOMIC(n); }
void* GmpRealloc(void* p, size_t, size_t n) { return GC_REALLOC(p, n); }
void GmpFree(void* p, size_t) { GC_FREE(p); }

}  // namespace

// Idempotent, so that unit tests (which have no kb_main) can allocate.
std::atomic<bool> gc_ready{false};

void EnsureGcInitialised() {
  if (gc_ready.load(std::memory_order_acquire)) return;  // the common case: one load
  static std::once_flag once;
  std::call_once(once, [] {
    // One marker thread: on the small machines programs run on, parallel
    // marking costs more in wake-ups than it saves. A heap that grows sooner
    // (divisor 2 rather than 3) collects less often.
    GC_set_markers_count(1);
    GC_INIT();
    GC_set_free_space_divisor(2);
    // Start with a 32 MiB heap (pages are only touched as they are used):
    // programs that allocate stop collecting every few hundred kilobytes.
    // GC_INITIAL_HEAP_SIZE, read by GC_INIT, still takes precedence.
    if (!std::getenv("GC_INITIAL_HEAP_SIZE")) GC_expand_hp(32u << 20);
    GC_allow_register_threads();
    mp_set_memory_functions(GmpAlloc, GmpRealloc, GmpFree);
    gc_ready.store(true, std::memory_order_release);
  });
}

namespace {
// GMP must allocate from the GC before its first allocation anywhere (a
// limb from malloc later freed with GC_FREE would corrupt the heap), so the
// GC is set up when the program (or the JIT host) starts, not on first use.
const bool gc_initialised_at_startup = (EnsureGcInitialised(), true);
}  // namespace

const char* TypeName(const KbType* type) { return type->name; }

bool IsIntOrBool(KbValue v) {
  const KbType* t = TypeOf(v);
  return t == &kb_type_int || t == &kb_type_bool;
}

KbValue IntOfIntOrBool(KbValue v) {
  if (TypeOf(v) == &kb_type_bool) return MakeSmallInt(v == AsValue(&kb_True) ? 1 : 0);
  return v;
}

}  // namespace kb

extern "C" {

// The GC is initialised before main (gc_initialised_at_startup), so the
// allocators need not check.
void* kb_alloc(uint64_t size) {
  return GC_MALLOC(size);
}

void kb_gc_add_roots(void* begin, void* end) {
  kb::EnsureGcInitialised();
  GC_add_roots(begin, end);
}

KbValue kb_box_float(double x) {
  // Pointer-free: its type pointer is a static object the GC never frees.
  auto* f = static_cast<KbFloat*>(GC_MALLOC_ATOMIC(sizeof(KbFloat)));
  f->header.type = &kb_type_float;
  f->value = x;
  return kb::AsValue(f);
}

double kb_unbox_float(KbValue v) { return reinterpret_cast<KbFloat*>(v)->value; }

bool kb_type_is_subtype(const KbType* sub, const KbType* base) {
  for (const KbType* t = sub; t != nullptr; t = t->base) {
    if (t == base) return true;
  }
  return false;
}

}  // extern "C"
