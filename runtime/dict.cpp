// dict: CPython's compact, insertion-ordered hash table. An index table of
// power-of-two size maps probe slots to positions in a dense entries array
// (so iteration is insertion order), probed with CPython's perturbation
// sequence; the entries array holds 2/3 of the index size and grows to the
// smallest power of two >= 3 * len (GROWTH_RATE). Keys equal across types
// (1 == 1.0 == True) are one key, and the first key stored is kept.
#include "runtime_internal.h"

#include <cstring>
#include <vector>

namespace kb {
namespace {

constexpr int64_t kMinIndexSize = 8;
constexpr int kPerturbShift = 5;

int64_t UsableFraction(int64_t n) { return (n << 1) / 3; }

void AllocTables(KbDict* d, int64_t index_size) {
  d->index_size = index_size;
  d->capacity = UsableFraction(index_size);
  auto* indices = static_cast<int64_t*>(AllocAtomic(sizeof(int64_t) * size_t(index_size)));
  for (int64_t i = 0; i < index_size; ++i) indices[i] = KB_DICT_EMPTY;
  d->indices = indices;
  d->entries = static_cast<KbDictEntry*>(kb_alloc(sizeof(KbDictEntry) * size_t(d->capacity)));
  d->nentries = 0;
}

bool KeysEqual(const KbDictEntry& e, KbValue key, int64_t hash) {
  return e.key == key || (e.hash == hash && kb_object_eq(e.key, key));
}

// The entry position of `key`, or -1; *slot gets its index slot (or, when
// absent, the first free slot on its probe sequence).
int64_t Lookup(const KbDict* d, KbValue key, int64_t hash, int64_t* slot) {
  auto mask = static_cast<uint64_t>(d->index_size - 1);
  auto perturb = static_cast<uint64_t>(hash);
  uint64_t i = perturb & mask;
  int64_t free_slot = -1;
  for (;;) {
    int64_t ix = d->indices[i];
    if (ix == KB_DICT_EMPTY) {
      *slot = free_slot >= 0 ? free_slot : static_cast<int64_t>(i);
      return -1;
    }
    if (ix == KB_DICT_DUMMY) {
      if (free_slot < 0) free_slot = static_cast<int64_t>(i);
    } else if (KeysEqual(d->entries[ix], key, hash)) {
      *slot = static_cast<int64_t>(i);
      return ix;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// The first slot on hash's probe sequence that holds no entry.
int64_t FindEmptySlot(const KbDict* d, int64_t hash) {
  auto mask = static_cast<uint64_t>(d->index_size - 1);
  auto perturb = static_cast<uint64_t>(hash);
  uint64_t i = perturb & mask;
  while (d->indices[i] >= 0) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return static_cast<int64_t>(i);
}

// Rebuilds the tables for at least `min_used` entries, dropping deleted ones.
void Resize(KbDict* d, int64_t min_used) {
  int64_t size = kMinIndexSize;
  while (size < min_used) size <<= 1;
  KbDictEntry* old = d->entries;
  int64_t old_n = d->nentries;
  AllocTables(d, size);
  int64_t n = 0;
  for (int64_t k = 0; k < old_n; ++k) {
    if (old[k].key == 0) continue;
    d->entries[n] = old[k];
    d->indices[FindEmptySlot(d, old[k].hash)] = n;
    ++n;
  }
  d->nentries = n;
}

void Insert(KbDict* d, KbValue key, int64_t hash, KbValue value) {
  int64_t slot;
  int64_t ix = Lookup(d, key, hash, &slot);
  if (ix >= 0) {
    d->entries[ix].value = value;
    return;
  }
  if (d->nentries >= d->capacity) {
    Resize(d, d->used * 3);
    slot = FindEmptySlot(d, hash);
  }
  d->indices[slot] = d->nentries;
  d->entries[d->nentries++] = KbDictEntry{hash, key, value};
  ++d->used;
}

void DeleteAt(KbDict* d, int64_t slot, int64_t ix) {
  d->indices[slot] = KB_DICT_DUMMY;
  d->entries[ix].key = 0;
  d->entries[ix].value = 0;
  --d->used;
}

[[noreturn]] void RaiseKeyError(KbValue key) { kb_raise(kb_exception_new(&kb_type_KeyError, NewTuple({key}))); }

// PySequence_Fast over one element of dict(iterable) / dict.update.
GcVector<KbValue> PairItems(KbValue item, int64_t index) {
  const KbType* t = TypeOf(item);
  if (t != &kb_type_list && t != &kb_type_tuple && t != &kb_type_str && t != &kb_type_dict && t != &kb_type_set &&
      t != &kb_type_frozenset) {
    Raise(&kb_type_TypeError,
          "cannot convert dictionary update sequence element #" + std::to_string(index) + " to a sequence");
  }
  GcVector<KbValue> items;
  ForEachItem(item, [&](KbValue v) { items.push_back(v); });
  if (items.size() != 2) {
    Raise(&kb_type_ValueError, "dictionary update sequence element #" + std::to_string(index) + " has length " +
                                   std::to_string(items.size()) + "; 2 is required");
  }
  return items;
}

}  // namespace
}  // namespace kb

using namespace kb;

extern "C" {

KbDict* kb_dict_new(void) {
  auto* d = static_cast<KbDict*>(kb_alloc(sizeof(KbDict)));
  d->header.type = &kb_type_dict;
  AllocTables(d, kMinIndexSize);
  d->used = 0;
  return d;
}

int64_t kb_dict_len(KbDict* d) { return d->used; }

bool kb_dict_lookup(KbDict* d, KbValue key, KbValue* value) {
  int64_t slot;
  int64_t ix = Lookup(d, key, kb_object_hash(key), &slot);
  if (ix < 0) return false;
  if (value != nullptr) *value = d->entries[ix].value;
  return true;
}

KbValue kb_dict_getitem(KbDict* d, KbValue key) {
  KbValue value;
  if (!kb_dict_lookup(d, key, &value)) RaiseKeyError(key);
  return value;
}

void kb_dict_setitem(KbDict* d, KbValue key, KbValue value) { Insert(d, key, kb_object_hash(key), value); }

void kb_dict_delitem(KbDict* d, KbValue key) {
  int64_t slot;
  int64_t ix = Lookup(d, key, kb_object_hash(key), &slot);
  if (ix < 0) RaiseKeyError(key);
  DeleteAt(d, slot, ix);
}

bool kb_dict_contains(KbDict* d, KbValue key) { return kb_dict_lookup(d, key, nullptr); }

KbValue kb_dict_get(KbDict* d, KbValue key, KbValue default_value) {
  KbValue value;
  return kb_dict_lookup(d, key, &value) ? value : default_value;
}

KbValue kb_dict_pop(KbDict* d, KbValue key, KbValue default_value) {
  // CPython does not hash the key of an empty dict's pop.
  if (d->used == 0) {
    if (default_value != 0) return default_value;
    RaiseKeyError(key);
  }
  int64_t slot;
  int64_t ix = Lookup(d, key, kb_object_hash(key), &slot);
  if (ix < 0) {
    if (default_value != 0) return default_value;
    RaiseKeyError(key);
  }
  KbValue value = d->entries[ix].value;
  DeleteAt(d, slot, ix);
  return value;
}

KbTuple* kb_dict_popitem(KbDict* d) {
  if (d->used == 0) kb_raise_new(&kb_type_KeyError, "popitem(): dictionary is empty");
  int64_t ix = d->nentries - 1;
  while (d->entries[ix].key == 0) --ix;
  KbDictEntry e = d->entries[ix];
  int64_t slot;
  Lookup(d, e.key, e.hash, &slot);
  DeleteAt(d, slot, ix);
  // As CPython: the entry position is reused, but the index slot stays a
  // dummy, so the room left before a resize shrinks by one (this keeps an
  // empty slot in the index table for every probe to end on).
  d->capacity -= d->nentries - ix;
  d->nentries = ix;
  return NewTuple({e.key, e.value});
}

KbValue kb_dict_setdefault(KbDict* d, KbValue key, KbValue default_value) {
  int64_t hash = kb_object_hash(key);
  int64_t slot;
  int64_t ix = Lookup(d, key, hash, &slot);
  if (ix >= 0) return d->entries[ix].value;
  Insert(d, key, hash, default_value);
  return default_value;
}

void kb_dict_clear(KbDict* d) {
  AllocTables(d, kMinIndexSize);
  d->used = 0;
}

KbDict* kb_dict_copy(KbDict* d) {
  KbDict* r = kb_dict_new();
  int64_t size = kMinIndexSize;
  while (UsableFraction(size) < d->used) size <<= 1;
  AllocTables(r, size);
  for (int64_t k = 0; k < d->nentries; ++k) {
    const KbDictEntry& e = d->entries[k];
    if (e.key == 0) continue;
    r->indices[FindEmptySlot(r, e.hash)] = r->nentries;
    r->entries[r->nentries++] = e;
    ++r->used;
  }
  return r;
}

void kb_dict_update(KbDict* d, KbValue other) {
  if (TypeOf(other) == &kb_type_dict) {
    auto* src = reinterpret_cast<KbDict*>(other);
    if (src == d) return;
    for (int64_t k = 0; k < src->nentries; ++k) {
      const KbDictEntry e = src->entries[k];
      if (e.key != 0) Insert(d, e.key, e.hash, e.value);
    }
    return;
  }
  int64_t index = 0;
  ForEachItem(other, [&](KbValue item) {
    GcVector<KbValue> pair = PairItems(item, index++);
    kb_dict_setitem(d, pair[0], pair[1]);
  });
}

KbDict* kb_dict_fromkeys(KbValue iterable, KbValue value) {
  KbDict* d = kb_dict_new();
  ForEachItem(iterable, [&](KbValue key) { kb_dict_setitem(d, key, value); });
  return d;
}

bool kb_dict_next(KbDict* d, int64_t* pos, KbValue* key, KbValue* value) {
  int64_t i = *pos;
  while (i < d->nentries && d->entries[i].key == 0) ++i;
  if (i >= d->nentries) {
    *pos = i;
    return false;
  }
  *pos = i + 1;
  if (key != nullptr) *key = d->entries[i].key;
  if (value != nullptr) *value = d->entries[i].value;
  return true;
}

void kb_dict_iter_init(KbDictIter* it, KbDict* d) {
  it->dict = d;
  it->pos = 0;
  it->used = d->used;
  it->remaining = d->used;
}

bool kb_dict_iter_next(KbDictIter* it, KbValue* key, KbValue* value) {
  KbDict* d = it->dict;
  if (d == nullptr) return false;
  if (it->used != d->used) {
    it->used = -1;  // sticky, as CPython's di_used
    kb_raise_new(&kb_type_RuntimeError, "dictionary changed size during iteration");
  }
  int64_t pos = it->pos;
  if (!kb_dict_next(d, &pos, key, value)) {
    it->dict = nullptr;
    return false;
  }
  if (it->remaining == 0) {
    it->dict = nullptr;
    kb_raise_new(&kb_type_RuntimeError, "dictionary keys changed during iteration");
  }
  it->pos = pos;
  --it->remaining;
  return true;
}

KbList* kb_dict_keys(KbDict* d) {
  KbList* out = kb_list_new(KB_ELEM_VALUE, 0);
  kb_list_reserve(out, d->used);
  int64_t pos = 0;
  KbValue key;
  while (kb_dict_next(d, &pos, &key, nullptr)) kb_list_append_value(out, key);
  return out;
}

KbList* kb_dict_values(KbDict* d) {
  KbList* out = kb_list_new(KB_ELEM_VALUE, 0);
  kb_list_reserve(out, d->used);
  int64_t pos = 0;
  KbValue value;
  while (kb_dict_next(d, &pos, nullptr, &value)) kb_list_append_value(out, value);
  return out;
}

KbList* kb_dict_items(KbDict* d) {
  KbList* out = kb_list_new(KB_ELEM_VALUE, 0);
  kb_list_reserve(out, d->used);
  int64_t pos = 0;
  KbValue key, value;
  while (kb_dict_next(d, &pos, &key, &value)) kb_list_append_value(out, AsValue(NewTuple({key, value})));
  return out;
}

static KbDictView* NewView(const KbType* type, KbDict* d) {
  auto* v = static_cast<KbDictView*>(kb_alloc(sizeof(KbDictView)));
  v->header.type = type;
  v->dict = d;
  return v;
}

KbDictView* kb_dict_keys_view(KbDict* d) { return NewView(&kb_type_dict_keys, d); }
KbDictView* kb_dict_values_view(KbDict* d) { return NewView(&kb_type_dict_values, d); }
KbDictView* kb_dict_items_view(KbDict* d) { return NewView(&kb_type_dict_items, d); }

bool kb_dict_equal(KbDict* a, KbDict* b) {
  if (a == b) return true;
  if (a->flavor == KB_DICT_COUNTER && b->flavor == KB_DICT_COUNTER) return kb_counter_equal(a, b);
  if (a->used != b->used) return false;
  if (a->flavor == KB_DICT_ORDEREDDICT && b->flavor == KB_DICT_ORDEREDDICT) {
    // Two OrderedDicts are equal only with their keys in the same order.
    int64_t i = 0, j = 0;
    while (true) {
      while (i < a->nentries && a->entries[i].key == 0) ++i;
      while (j < b->nentries && b->entries[j].key == 0) ++j;
      if (i >= a->nentries || j >= b->nentries) break;
      KbValue ka = a->entries[i++].key, kb_ = b->entries[j++].key;
      if (!(ka == kb_ || kb_object_eq(ka, kb_))) return false;
    }
  }
  for (int64_t k = 0; k < a->nentries; ++k) {
    const KbDictEntry e = a->entries[k];
    if (e.key == 0) continue;
    int64_t slot;
    int64_t ix = Lookup(b, e.key, e.hash, &slot);
    if (ix < 0) return false;
    KbValue bv = b->entries[ix].value;
    if (!(bv == e.value || kb_object_eq(e.value, bv))) return false;
  }
  return true;
}

bool kb_counter_equal(KbDict* a, KbDict* b) {
  // Counter.__eq__ (3.10+): a missing element counts 0.
  for (KbDict* d : {a, b}) {
    KbDict* other = d == a ? b : a;
    for (int64_t k = 0; k < d->nentries; ++k) {
      const KbDictEntry e = d->entries[k];
      if (e.key == 0) continue;
      KbValue ov = kb_dict_get(other, e.key, MakeSmallInt(0));
      if (!(ov == e.value || kb_object_eq(e.value, ov))) return false;
    }
  }
  return true;
}

}  // extern "C"
