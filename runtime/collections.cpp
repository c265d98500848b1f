// collections' subclasses of dict (defaultdict, Counter, OrderedDict): a
// KbDict whose `flavor` says which, so that everything a dict does they do
// unchanged, and their own behaviour (repr, Counter's arithmetic,
// OrderedDict's reordering) follows CPython 3.11's Lib/collections.
#include "runtime_internal.h"

#include <algorithm>
#include <vector>

namespace kb {
namespace {

KbValue NoneWord() { return reinterpret_cast<KbValue>(&kb_None); }

[[noreturn]] void RaiseMissingKey(KbValue key) { kb_raise(kb_exception_new(&kb_type_KeyError, NewTuple({key}))); }

// An int argument or count as a machine integer (a big one saturates).
int64_t AsCount(KbValue v) {
  KbValue i = kb_object_index(v);
  if (IsSmallInt(i)) return static_cast<int64_t>(i) >> 1;
  return kb_object_compare(i, MakeSmallInt(0), KB_LT) ? INT64_MIN : INT64_MAX;
}

KbValue CountOf(KbDict* c, KbValue key) { return kb_dict_get(c, key, MakeSmallInt(0)); }

bool Positive(KbValue count) { return kb_object_compare(count, MakeSmallInt(0), KB_GT); }

// The live entries in order.
std::vector<KbDictEntry> Entries(KbDict* d) {
  std::vector<KbDictEntry> entries;
  entries.reserve(static_cast<size_t>(d->used));
  for (int64_t k = 0; k < d->nentries; ++k)
    if (d->entries[k].key != 0) entries.push_back(d->entries[k]);
  return entries;
}

// Counter.most_common(): sorted(items, key=count, reverse=True), a stable
// sort, so that equal counts keep the order they were first counted in.
std::vector<KbDictEntry> ByCount(KbDict* c) {
  std::vector<KbDictEntry> entries = Entries(c);
  std::stable_sort(entries.begin(), entries.end(), [](const KbDictEntry& a, const KbDictEntry& b) {
    return kb_object_compare(b.value, a.value, KB_LT);
  });
  return entries;
}

}  // namespace
}  // namespace kb

using namespace kb;

// The classes type() answers for them (what their repr prints after
// <class '...'>); their instances' header stays dict's, so every dict
// operation of the runtime takes them as they are.
#define KB_COLLECTIONS_TYPE(var, name) \
  const KbType var = {{&kb_type_type}, name, &kb_type_dict, 0, sizeof(KbDict), nullptr, nullptr, nullptr, nullptr, \
                      nullptr, nullptr, {nullptr, nullptr, nullptr, nullptr}, "collections"};
KB_COLLECTIONS_TYPE(kb_type_defaultdict, "defaultdict")
KB_COLLECTIONS_TYPE(kb_type_counter, "Counter")
KB_COLLECTIONS_TYPE(kb_type_ordereddict, "OrderedDict")

namespace kb {

const KbType* DictFlavorType(const KbDict* d) {
  switch (d->flavor) {
    case KB_DICT_DEFAULTDICT: return &kb_type_defaultdict;
    case KB_DICT_COUNTER: return &kb_type_counter;
    case KB_DICT_ORDEREDDICT: return &kb_type_ordereddict;
    default: return &kb_type_dict;
  }
}

}  // namespace kb

extern "C" {

KbDict* kb_dict_new_flavored(int64_t flavor, KbValue factory_repr) {
  KbDict* d = kb_dict_new();
  d->flavor = flavor;
  d->factory_repr = factory_repr;
  return d;
}

KbDict* kb_dict_copy_flavored(KbDict* d) {
  KbDict* r = kb_dict_copy(d);
  r->flavor = d->flavor;
  r->factory_repr = d->factory_repr;
  return r;
}

void kb_counter_add(KbDict* c, KbValue key, KbValue by) {
  kb_dict_setitem(c, key, kb_object_binop(0, CountOf(c, key), by));
}

void kb_counter_update(KbDict* c, KbValue iterable, int64_t sign) {
  if (!IsSmallInt(iterable) && AsObject(iterable)->type == &kb_type_dict) {
    // A mapping: its values are counts (Counter.update: count + self[elem];
    // subtract: self[elem] - count).
    for (const KbDictEntry& e : Entries(reinterpret_cast<KbDict*>(iterable))) {
      KbValue now = CountOf(c, e.key);
      kb_dict_setitem(c, e.key, sign > 0 ? kb_object_binop(0, e.value, now) : kb_object_binop(1, now, e.value));
    }
    return;
  }
  KbValue one = MakeSmallInt(1);
  ForEachItem(iterable, [&](KbValue item) {
    kb_dict_setitem(c, item, kb_object_binop(sign > 0 ? 0 : 1, CountOf(c, item), one));
  });
}

KbList* kb_counter_most_common(KbDict* c, KbValue n) {
  std::vector<KbDictEntry> entries = ByCount(c);
  int64_t count = static_cast<int64_t>(entries.size());
  if (n != NoneWord()) {
    int64_t limit = AsCount(n);
    count = std::max<int64_t>(0, std::min(count, limit));
  }
  KbList* list = kb_list_new(KB_ELEM_VALUE, 0);
  for (int64_t i = 0; i < count; ++i)
    kb_list_append_value(list, reinterpret_cast<KbValue>(NewTuple({entries[i].key, entries[i].value})));
  return list;
}

KbList* kb_counter_elements(KbDict* c, int32_t elem_kind) {
  KbList* list = kb_list_new(KB_ELEM_VALUE, 0);
  for (const KbDictEntry& e : Entries(c)) {
    // itertools.repeat(elem, count): a count that is not an int is a TypeError.
    int64_t times = AsCount(e.value);
    for (int64_t i = 0; i < times; ++i) kb_list_append_value(list, e.key);
  }
  return elem_kind == KB_ELEM_VALUE ? list : kb_list_specialize(list, static_cast<uint32_t>(elem_kind));
}

KbValue kb_counter_total(KbDict* c) {
  KbValue total = MakeSmallInt(0);
  for (const KbDictEntry& e : Entries(c)) total = kb_object_binop(0, total, e.value);
  return total;
}

KbDict* kb_counter_binop(uint32_t op, KbDict* a, KbDict* b) {
  KbDict* result = kb_dict_new_flavored(KB_DICT_COUNTER, 0);
  constexpr uint32_t kAdd = 0, kSub = 1, kOr = 9, kAnd = 11;
  for (const KbDictEntry& e : Entries(a)) {
    KbValue other = CountOf(b, e.key);
    KbValue count;
    switch (op) {
      case kAdd: count = kb_object_binop(0, e.value, other); break;
      case kSub: count = kb_object_binop(1, e.value, other); break;
      case kOr: count = kb_object_compare(e.value, other, KB_LT) ? other : e.value; break;
      default: count = kb_object_compare(e.value, other, KB_LT) ? e.value : other; break;  // kAnd
    }
    if (Positive(count)) kb_dict_setitem(result, e.key, count);
  }
  if (op == kAnd) return result;
  for (const KbDictEntry& e : Entries(b)) {
    if (kb_dict_contains(a, e.key)) continue;
    if (op == kSub) {
      if (kb_object_compare(e.value, MakeSmallInt(0), KB_LT))
        kb_dict_setitem(result, e.key, kb_object_binop(1, MakeSmallInt(0), e.value));
    } else if (Positive(e.value)) {
      kb_dict_setitem(result, e.key, e.value);
    }
  }
  return result;
}

void kb_counter_inplace(uint32_t op, KbDict* a, KbDict* b) {
  constexpr uint32_t kAdd = 0, kSub = 1, kOr = 9;
  if (op == kAdd || op == kSub || op == kOr) {
    for (const KbDictEntry& e : Entries(b)) {
      KbValue count = CountOf(a, e.key);
      if (op == kOr) {
        if (kb_object_compare(e.value, count, KB_GT)) kb_dict_setitem(a, e.key, e.value);
      } else {
        kb_dict_setitem(a, e.key, kb_object_binop(op, count, e.value));
      }
    }
  } else {  // &=
    for (const KbDictEntry& e : Entries(a)) {
      KbValue other = CountOf(b, e.key);
      if (kb_object_compare(other, e.value, KB_LT)) kb_dict_setitem(a, e.key, other);
    }
  }
  // _keep_positive()
  for (const KbDictEntry& e : Entries(a))
    if (!Positive(e.value)) kb_dict_delitem(a, e.key);
}

void kb_ordereddict_move_to_end(KbDict* d, KbValue key, bool last) {
  KbValue value;
  if (!kb_dict_lookup(d, key, &value)) RaiseMissingKey(key);
  if (last) {
    kb_dict_delitem(d, key);
    kb_dict_setitem(d, key, value);
    return;
  }
  std::vector<KbDictEntry> entries = Entries(d);
  kb_dict_clear(d);
  kb_dict_setitem(d, key, value);
  for (const KbDictEntry& e : entries)
    if (!kb_object_eq(e.key, key)) kb_dict_setitem(d, e.key, e.value);
}

KbTuple* kb_ordereddict_popitem(KbDict* d, bool last) {
  if (d->used == 0) kb_raise_new(&kb_type_KeyError, "dictionary is empty");
  std::vector<KbDictEntry> entries = Entries(d);
  const KbDictEntry e = last ? entries.back() : entries.front();
  kb_dict_delitem(d, e.key);
  return NewTuple({e.key, e.value});
}

}  // extern "C"

namespace kb {

bool AppendFlavoredDictRepr(std::string& out, KbDict* d, bool ascii_only,
                            void (*append_dict)(std::string&, KbDict*, bool)) {
  switch (d->flavor) {
    case KB_DICT_DEFAULTDICT:
      out += "defaultdict(";
      out += View(reinterpret_cast<const KbStr*>(d->factory_repr));
      out += ", ";
      append_dict(out, d, ascii_only);
      out += ")";
      return true;
    case KB_DICT_COUNTER: {
      if (d->used == 0) {
        out += "Counter()";
        return true;
      }
      // dict(self.most_common()): the items by count.
      KbDict* ordered = kb_dict_new();
      for (const KbDictEntry& e : ByCount(d)) kb_dict_setitem(ordered, e.key, e.value);
      out += "Counter(";
      append_dict(out, ordered, ascii_only);
      out += ")";
      return true;
    }
    case KB_DICT_ORDEREDDICT: {
      if (d->used == 0) {
        out += "OrderedDict()";
        return true;
      }
      out += "OrderedDict([";
      bool first = true;
      for (const KbDictEntry& e : Entries(d)) {
        if (!first) out += ", ";
        first = false;
        out += "(";
        AppendRepr(out, e.key, ascii_only);
        out += ", ";
        AppendRepr(out, e.value, ascii_only);
        out += ")";
      }
      out += "])";
      return true;
    }
    default:
      return false;
  }
}

}  // namespace kb
