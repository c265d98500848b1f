// set and frozenset: a transcription of CPython 3.11's setobject.c table
// (initial size 8, 9 linear probes then perturbation, resize at 3/5 full to
// 4x the live count, dummies for deletions, the merge fast paths and the
// exact algorithms of the set operations) so that iteration order, which
// programs print, is CPython's for the same hashes.
#include "runtime_internal.h"

#include <cstring>

namespace kb {
namespace {

constexpr int64_t kSetMinSize = 8;
constexpr int kLinearProbes = 9;
constexpr int kPerturbShift = 5;

// Marks a deleted slot (with hash -1), as CPython's `dummy` object.
KbObject dummy_object = {&kb_type_object};
const KbValue kDummy = AsValue(&dummy_object);

bool IsAnySetValue(KbValue v) {
  const KbType* t = TypeOf(v);
  return t == &kb_type_set || t == &kb_type_frozenset;
}

KbSetEntry* NewTable(int64_t size) { return static_cast<KbSetEntry*>(kb_alloc(sizeof(KbSetEntry) * size_t(size))); }

KbSet* NewSet(const KbType* type) {
  auto* s = static_cast<KbSet*>(kb_alloc(sizeof(KbSet)));
  s->header.type = type;
  s->mask = kSetMinSize - 1;
  s->table = NewTable(kSetMinSize);
  s->hash = -1;
  return s;
}

bool EntryMatches(const KbSetEntry& e, KbValue key, int64_t hash) {
  return e.hash == hash && e.key != kDummy && (e.key == key || kb_object_eq(e.key, key));
}

// set_lookkey: the slot holding key, or the unused slot ending its search.
KbSetEntry* LookKey(KbSet* s, KbValue key, int64_t hash) {
  auto mask = static_cast<uint64_t>(s->mask);
  auto perturb = static_cast<uint64_t>(hash);
  uint64_t i = perturb & mask;
  for (;;) {
    KbSetEntry* entry = &s->table[i];
    int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && entry->key == 0) return entry;
      if (entry->hash == hash && EntryMatches(*entry, key, hash)) return entry;
      ++entry;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void InsertClean(KbSetEntry* table, uint64_t mask, KbValue key, int64_t hash) {
  auto perturb = static_cast<uint64_t>(hash);
  uint64_t i = perturb & mask;
  for (;;) {
    KbSetEntry* entry = &table[i];
    if (entry->key == 0) {
      entry->key = key;
      entry->hash = hash;
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (int j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (entry->key == 0) {
          entry->key = key;
          entry->hash = hash;
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void TableResize(KbSet* s, int64_t min_used) {
  int64_t new_size = kSetMinSize;
  while (new_size <= min_used) new_size <<= 1;
  KbSetEntry* old = s->table;
  int64_t old_mask = s->mask;
  s->table = NewTable(new_size);
  s->mask = new_size - 1;
  s->fill = s->used;
  for (int64_t i = 0; i <= old_mask; ++i) {
    if (old[i].key != 0 && old[i].key != kDummy) {
      InsertClean(s->table, static_cast<uint64_t>(s->mask), old[i].key, old[i].hash);
    }
  }
}

void AddEntry(KbSet* s, KbValue key, int64_t hash) {
  auto mask = static_cast<uint64_t>(s->mask);
  auto perturb = static_cast<uint64_t>(hash);
  uint64_t i = perturb & mask;
  KbSetEntry* freeslot = nullptr;
  KbSetEntry* entry;
  for (;;) {
    entry = &s->table[i];
    int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && entry->key == 0) goto found_unused_or_dummy;
      if (entry->hash == hash) {
        if (entry->key == key || kb_object_eq(entry->key, key)) return;  // found active
      } else if (entry->hash == -1) {
        freeslot = entry;  // the last dummy on the probe path, as CPython 3.11
      }
      ++entry;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  if (freeslot != nullptr) {
    ++s->used;
    freeslot->key = key;
    freeslot->hash = hash;
    return;
  }
  ++s->fill;
  ++s->used;
  entry->key = key;
  entry->hash = hash;
  if (static_cast<uint64_t>(s->fill) * 5 < mask * 3) return;
  TableResize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

bool ContainsEntry(KbSet* s, KbValue key, int64_t hash) { return LookKey(s, key, hash)->key != 0; }

// True when the key was found and removed.
bool DiscardEntry(KbSet* s, KbValue key, int64_t hash) {
  KbSetEntry* entry = LookKey(s, key, hash);
  if (entry->key == 0) return false;
  entry->key = kDummy;
  entry->hash = -1;
  --s->used;
  return true;
}

// set_next: the next active slot at or after *pos.
bool SetNext(KbSet* s, int64_t* pos, KbSetEntry** out) {
  int64_t i = *pos;
  while (i <= s->mask && (s->table[i].key == 0 || s->table[i].key == kDummy)) ++i;
  *pos = i + 1;
  if (i > s->mask) return false;
  *out = &s->table[i];
  return true;
}

void Merge(KbSet* s, KbSet* other) {
  if (other == s || other->used == 0) return;
  if ((s->fill + other->used) * 5 >= s->mask * 3) TableResize(s, (s->used + other->used) * 2);
  if (s->fill == 0 && s->mask == other->mask && other->fill == other->used) {
    for (int64_t i = 0; i <= other->mask; ++i) {
      if (other->table[i].key != 0) s->table[i] = other->table[i];
    }
    s->fill = other->fill;
    s->used = other->used;
    return;
  }
  if (s->fill == 0) {
    s->fill = other->used;
    s->used = other->used;
    for (int64_t i = 0; i <= other->mask; ++i) {
      const KbSetEntry& e = other->table[i];
      if (e.key != 0 && e.key != kDummy) InsertClean(s->table, static_cast<uint64_t>(s->mask), e.key, e.hash);
    }
    return;
  }
  for (int64_t i = 0; i <= other->mask; ++i) {
    const KbSetEntry e = other->table[i];
    if (e.key != 0 && e.key != kDummy) AddEntry(s, e.key, e.hash);
  }
}

// set_update_internal.
void UpdateInternal(KbSet* s, KbValue iterable) {
  if (IsAnySetValue(iterable)) {
    Merge(s, reinterpret_cast<KbSet*>(iterable));
    return;
  }
  if (TypeOf(iterable) == &kb_type_dict) {
    auto* d = reinterpret_cast<KbDict*>(iterable);
    if ((s->fill + d->used) * 5 >= s->mask * 3) TableResize(s, (s->used + d->used) * 2);
    for (int64_t k = 0; k < d->nentries; ++k) {
      if (d->entries[k].key != 0) AddEntry(s, d->entries[k].key, d->entries[k].hash);
    }
    return;
  }
  ForEachItem(iterable, [s](KbValue key) { AddEntry(s, key, kb_object_hash(key)); });
}

KbSet* MakeNewSet(const KbType* type, KbValue iterable) {
  KbSet* s = NewSet(type);
  if (iterable != 0) UpdateInternal(s, iterable);
  return s;
}

// A set holding `other`'s items when it is not a set already.
KbSet* AsSetOperand(KbValue other) {
  if (IsAnySetValue(other)) return reinterpret_cast<KbSet*>(other);
  return MakeNewSet(&kb_type_set, other);
}

void ClearInternal(KbSet* s) {
  s->table = NewTable(kSetMinSize);
  s->mask = kSetMinSize - 1;
  s->fill = 0;
  s->used = 0;
}

void SwapBodies(KbSet* a, KbSet* b) {
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  std::swap(a->table, b->table);
  a->hash = -1;
  b->hash = -1;
}

void DifferenceUpdateInternal(KbSet* s, KbValue other) {
  if (AsValue(s) == other) {
    ClearInternal(s);
    return;
  }
  if (IsAnySetValue(other)) {
    auto* o = reinterpret_cast<KbSet*>(other);
    if ((o->used >> 3) > s->used) o = kb_set_intersection(s, other);
    int64_t pos = 0;
    KbSetEntry* entry;
    while (SetNext(o, &pos, &entry)) DiscardEntry(s, entry->key, entry->hash);
  } else {
    ForEachItem(other, [s](KbValue key) { DiscardEntry(s, key, kb_object_hash(key)); });
  }
  if (static_cast<uint64_t>(s->fill - s->used) <= static_cast<uint64_t>(s->mask) / 4) return;
  TableResize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

void SymmetricDifferenceUpdate(KbSet* s, KbValue other) {
  if (AsValue(s) == other) {
    ClearInternal(s);
    return;
  }
  if (TypeOf(other) == &kb_type_dict) {
    auto* d = reinterpret_cast<KbDict*>(other);
    for (int64_t k = 0; k < d->nentries; ++k) {
      const KbDictEntry e = d->entries[k];
      if (e.key == 0) continue;
      if (!DiscardEntry(s, e.key, e.hash)) AddEntry(s, e.key, e.hash);
    }
    return;
  }
  KbSet* o = IsAnySetValue(other) ? reinterpret_cast<KbSet*>(other) : MakeNewSet(TypeOf(AsValue(s)), other);
  int64_t pos = 0;
  KbSetEntry* entry;
  while (SetNext(o, &pos, &entry)) {
    KbValue key = entry->key;
    int64_t hash = entry->hash;
    if (!DiscardEntry(s, key, hash)) AddEntry(s, key, hash);
  }
}

KbSet* CopyAndDifference(KbSet* s, KbValue other) {
  KbSet* result = kb_set_copy(s);
  DifferenceUpdateInternal(result, other);
  return result;
}

const char* OperatorSymbol(char op) {
  switch (op) {
    case '|': return "|";
    case '&': return "&";
    case '-': return "-";
    default: return "^";
  }
}

void CheckOperands(KbValue a, KbValue b, const char* symbol) {
  if (!IsAnySetValue(a) || !IsAnySetValue(b)) {
    Raise(&kb_type_TypeError, std::string("unsupported operand type(s) for ") + symbol + ": '" +
                                  TypeName(TypeOf(a)) + "' and '" + TypeName(TypeOf(b)) + "'");
  }
}

}  // namespace
}  // namespace kb

using namespace kb;

extern "C" {

KbSet* kb_set_new(void) { return NewSet(&kb_type_set); }
KbSet* kb_frozenset_new(void) { return NewSet(&kb_type_frozenset); }
KbSet* kb_set_from_iterable(KbValue iterable) { return MakeNewSet(&kb_type_set, iterable); }
KbSet* kb_frozenset_from_iterable(KbValue iterable) {
  if (TypeOf(iterable) == &kb_type_frozenset) return reinterpret_cast<KbSet*>(iterable);
  return MakeNewSet(&kb_type_frozenset, iterable);
}

int64_t kb_set_len(KbSet* s) { return s->used; }

void kb_set_add(KbSet* s, KbValue key) { AddEntry(s, key, kb_object_hash(key)); }

bool kb_set_contains(KbSet* s, KbValue key) {
  // CPython retries an unhashable set key as a frozenset.
  if (TypeOf(key) == &kb_type_set) {
    KbSet* frozen = MakeNewSet(&kb_type_frozenset, key);
    return ContainsEntry(s, AsValue(frozen), kb_object_hash(AsValue(frozen)));
  }
  return ContainsEntry(s, key, kb_object_hash(key));
}

bool kb_set_discard(KbSet* s, KbValue key) {
  if (TypeOf(key) == &kb_type_set) {
    KbSet* frozen = MakeNewSet(&kb_type_frozenset, key);
    return DiscardEntry(s, AsValue(frozen), kb_object_hash(AsValue(frozen)));
  }
  return DiscardEntry(s, key, kb_object_hash(key));
}

void kb_set_remove(KbSet* s, KbValue key) {
  if (!kb_set_discard(s, key)) kb_raise(kb_exception_new(&kb_type_KeyError, NewTuple({key})));
}

KbValue kb_set_pop(KbSet* s) {
  if (s->used == 0) kb_raise_new(&kb_type_KeyError, "pop from an empty set");
  int64_t i = s->finger & s->mask;
  while (s->table[i].key == 0 || s->table[i].key == kDummy) {
    ++i;
    if (i > s->mask) i = 0;
  }
  KbValue key = s->table[i].key;
  s->table[i].key = kDummy;
  s->table[i].hash = -1;
  --s->used;
  s->finger = i + 1;
  return key;
}

void kb_set_clear(KbSet* s) { ClearInternal(s); }

KbSet* kb_set_copy(KbSet* s) { return MakeNewSet(s->header.type, AsValue(s)); }

void kb_set_update(KbSet* s, KbValue iterable) { UpdateInternal(s, iterable); }

KbSet* kb_set_union(KbSet* s, KbValue other) {
  KbSet* result = kb_set_copy(s);
  if (AsValue(s) != other) UpdateInternal(result, other);
  return result;
}

KbSet* kb_set_intersection(KbSet* s, KbValue other) {
  if (AsValue(s) == other) return kb_set_copy(s);
  KbSet* result = NewSet(s->header.type);
  if (IsAnySetValue(other)) {
    KbSet* a = s;
    auto* b = reinterpret_cast<KbSet*>(other);
    if (b->used > a->used) std::swap(a, b);
    int64_t pos = 0;
    KbSetEntry* entry;
    while (SetNext(b, &pos, &entry)) {
      KbValue key = entry->key;
      int64_t hash = entry->hash;
      if (ContainsEntry(a, key, hash)) AddEntry(result, key, hash);
    }
    return result;
  }
  ForEachItem(other, [&](KbValue key) {
    int64_t hash = kb_object_hash(key);
    if (ContainsEntry(s, key, hash)) AddEntry(result, key, hash);
  });
  return result;
}

void kb_set_intersection_update(KbSet* s, KbValue other) {
  KbSet* tmp = kb_set_intersection(s, other);
  SwapBodies(s, tmp);
}

KbSet* kb_set_difference(KbSet* s, KbValue other) {
  int64_t other_size;
  if (IsAnySetValue(other)) {
    other_size = reinterpret_cast<KbSet*>(other)->used;
  } else if (TypeOf(other) == &kb_type_dict) {
    other_size = reinterpret_cast<KbDict*>(other)->used;
  } else {
    return CopyAndDifference(s, other);
  }
  if ((s->used >> 2) > other_size) return CopyAndDifference(s, other);
  KbSet* result = NewSet(s->header.type);
  int64_t pos = 0;
  KbSetEntry* entry;
  if (TypeOf(other) == &kb_type_dict) {
    auto* d = reinterpret_cast<KbDict*>(other);
    while (SetNext(s, &pos, &entry)) {
      KbValue key = entry->key;
      int64_t hash = entry->hash;
      if (!kb_dict_contains(d, key)) AddEntry(result, key, hash);
    }
    return result;
  }
  auto* o = reinterpret_cast<KbSet*>(other);
  while (SetNext(s, &pos, &entry)) {
    KbValue key = entry->key;
    int64_t hash = entry->hash;
    if (!ContainsEntry(o, key, hash)) AddEntry(result, key, hash);
  }
  return result;
}

void kb_set_difference_update(KbSet* s, KbValue other) { DifferenceUpdateInternal(s, other); }

KbSet* kb_set_symmetric_difference(KbSet* s, KbValue other) {
  KbSet* result = MakeNewSet(s->header.type, other);
  SymmetricDifferenceUpdate(result, AsValue(s));
  return result;
}

void kb_set_symmetric_difference_update(KbSet* s, KbValue other) { SymmetricDifferenceUpdate(s, other); }

bool kb_set_issubset(KbSet* s, KbValue other) {
  KbSet* o = AsSetOperand(other);
  if (s->used > o->used) return false;
  int64_t pos = 0;
  KbSetEntry* entry;
  while (SetNext(s, &pos, &entry)) {
    if (!ContainsEntry(o, entry->key, entry->hash)) return false;
  }
  return true;
}

bool kb_set_issuperset(KbSet* s, KbValue other) {
  if (IsAnySetValue(other)) return kb_set_issubset(reinterpret_cast<KbSet*>(other), AsValue(s));
  bool all = true;
  ForEachItem(other, [&](KbValue key) {
    if (all && !ContainsEntry(s, key, kb_object_hash(key))) all = false;
  });
  return all;
}

bool kb_set_isdisjoint(KbSet* s, KbValue other) {
  if (AsValue(s) == other) return s->used == 0;
  if (IsAnySetValue(other)) {
    KbSet* a = s;
    auto* b = reinterpret_cast<KbSet*>(other);
    if (b->used > a->used) std::swap(a, b);
    int64_t pos = 0;
    KbSetEntry* entry;
    while (SetNext(b, &pos, &entry)) {
      if (ContainsEntry(a, entry->key, entry->hash)) return false;
    }
    return true;
  }
  bool disjoint = true;
  ForEachItem(other, [&](KbValue key) {
    if (disjoint && ContainsEntry(s, key, kb_object_hash(key))) disjoint = false;
  });
  return disjoint;
}

bool kb_set_equal(KbSet* a, KbSet* b) {
  if (a->used != b->used) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return kb_set_issubset(a, AsValue(b));
}

KbValue kb_set_or(KbValue a, KbValue b) {
  CheckOperands(a, b, OperatorSymbol('|'));
  return AsValue(kb_set_union(reinterpret_cast<KbSet*>(a), b));
}

KbValue kb_set_and(KbValue a, KbValue b) {
  CheckOperands(a, b, OperatorSymbol('&'));
  return AsValue(kb_set_intersection(reinterpret_cast<KbSet*>(a), b));
}

KbValue kb_set_sub(KbValue a, KbValue b) {
  CheckOperands(a, b, OperatorSymbol('-'));
  return AsValue(kb_set_difference(reinterpret_cast<KbSet*>(a), b));
}

KbValue kb_set_xor(KbValue a, KbValue b) {
  CheckOperands(a, b, OperatorSymbol('^'));
  return AsValue(kb_set_symmetric_difference(reinterpret_cast<KbSet*>(a), b));
}

KbValue kb_set_ior(KbValue a, KbValue b) {
  if (TypeOf(a) != &kb_type_set) return kb_set_or(a, b);
  CheckOperands(a, b, "|=");
  UpdateInternal(reinterpret_cast<KbSet*>(a), b);
  return a;
}

KbValue kb_set_iand(KbValue a, KbValue b) {
  if (TypeOf(a) != &kb_type_set) return kb_set_and(a, b);
  CheckOperands(a, b, "&=");
  kb_set_intersection_update(reinterpret_cast<KbSet*>(a), b);
  return a;
}

KbValue kb_set_isub(KbValue a, KbValue b) {
  if (TypeOf(a) != &kb_type_set) return kb_set_sub(a, b);
  CheckOperands(a, b, "-=");
  DifferenceUpdateInternal(reinterpret_cast<KbSet*>(a), b);
  return a;
}

KbValue kb_set_ixor(KbValue a, KbValue b) {
  if (TypeOf(a) != &kb_type_set) return kb_set_xor(a, b);
  CheckOperands(a, b, "^=");
  SymmetricDifferenceUpdate(reinterpret_cast<KbSet*>(a), b);
  return a;
}

void kb_set_iter_init(KbSetIter* it, KbSet* s) {
  it->set = s;
  it->pos = 0;
  it->used = s->used;
  it->remaining = s->used;
}

bool kb_set_iter_next(KbSetIter* it, KbValue* key) {
  KbSet* s = it->set;
  if (s == nullptr) return false;
  if (it->used != s->used) {
    it->used = -1;
    kb_raise_new(&kb_type_RuntimeError, "Set changed size during iteration");
  }
  KbSetEntry* entry;
  if (!SetNext(s, &it->pos, &entry)) {
    it->set = nullptr;
    return false;
  }
  --it->remaining;
  *key = entry->key;
  return true;
}

KbList* kb_set_to_list(KbSet* s) {
  KbList* out = kb_list_new(KB_ELEM_VALUE, 0);
  kb_list_reserve(out, s->used);
  int64_t pos = 0;
  KbSetEntry* entry;
  while (SetNext(s, &pos, &entry)) kb_list_append_value(out, entry->key);
  return out;
}

}  // extern "C"
