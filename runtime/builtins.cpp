// The introspection and conversion builtins that need the run-time type:
// type(), id(), hash(), hex()/oct()/bin(), tuple().
#include "runtime_internal.h"

using namespace kb;

extern "C" {

KbValue kb_type_of(KbValue v) {
  const KbType* t = TypeOf(v);
  if (t == &kb_type_dict) t = DictFlavorType(reinterpret_cast<const KbDict*>(v));
  return AsValue(t);
}

// obj.__name__ of an object: a class's (type(x).__name__) or a function's.
KbStr* kb_type_name(KbValue t) {
  if (!IsSmallInt(t) && AsObject(t)->type == &kb_type_function) return kb_function_name(t);
  if (IsSmallInt(t) || AsObject(t)->type != &kb_type_type) kb_raise_no_attribute(t, "__name__");
  // The bare name, as __name__ gives it ("UnsupportedOperation", not "io.UnsupportedOperation").
  std::string_view name = reinterpret_cast<const KbType*>(t)->name;
  size_t dot = name.rfind('.');
  if (dot != std::string_view::npos) name = name.substr(dot + 1);
  return NewStr(name);
}

// CPython's id() is the object's address; small ints, which have none here,
// get their tagged word (odd, so never an object's address).
void kb_raise_no_attribute_name(KbValue object, KbStr* name) { kb_raise_no_attribute(object, name->data); }

KbValue kb_id(KbValue v) { return kb_int_from_int64(static_cast<int64_t>(v)); }

KbValue kb_hash(KbValue v) { return kb_int_from_int64(kb_object_hash(v)); }

KbStr* kb_int_to_base(KbValue v, int32_t base) {
  if (!IsIntOrBool(v))
    Raise(&kb_type_TypeError, std::string("'") + TypeName(TypeOf(v)) + "' object cannot be interpreted as an integer");
  std::string digits = IntToString(IntOfIntOrBool(v), base);
  const char* prefix = base == 16 ? "0x" : base == 8 ? "0o" : "0b";
  if (!digits.empty() && digits[0] == '-') return NewStr("-" + std::string(prefix) + digits.substr(1));
  return NewStr(prefix + digits);
}

KbValue kb_tuple_from_iterable(KbValue iterable) {
  if (!IsSmallInt(iterable) && AsObject(iterable)->type == &kb_type_tuple) return iterable;
  GcVector<KbValue> items;
  ForEachItem(iterable, [&](KbValue item) { items.push_back(item); });
  KbTuple* t = kb_tuple_new(static_cast<int64_t>(items.size()));
  for (size_t i = 0; i < items.size(); ++i) t->items[i] = items[i];
  return AsValue(t);
}

}  // extern "C"
