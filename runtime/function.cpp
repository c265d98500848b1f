// Function objects (CPython's `function`): the value a def statement or a
// lambda expression makes, and the cells it shares with the function that
// defines it. Generated code calls a function value by its static type (one
// definition); kb_is_function_of lets a call through an `object` pick the
// definition at run time.
#include "runtime_internal.h"

#include <cstdio>

using namespace kb;

namespace {

KbFunction* AsFunction(KbValue v) { return reinterpret_cast<KbFunction*>(v); }

// repr(f): <function qualname at 0x...>, as CPython prints it.
KbValue FunctionRepr(KbValue self) {
  char addr[32];
  std::snprintf(addr, sizeof addr, " at %p>", reinterpret_cast<const void*>(self));
  std::string out = "<function ";
  KbStr* name = AsFunction(self)->qualname;
  out.append(name->data, static_cast<size_t>(name->nbytes));
  out += addr;
  return AsValue(NewStr(out));
}

}  // namespace

extern "C" {

const KbType kb_type_function = {{&kb_type_type}, "function", &kb_type_object, KB_TYPE_BUILTIN, 0, FunctionRepr,
                                 nullptr, nullptr, nullptr};

KbValue kb_function_new(KbStr* qualname, int64_t code, int64_t ncells) {
  auto* f = static_cast<KbFunction*>(kb_alloc(sizeof(KbFunction) + sizeof(KbList*) * static_cast<uint64_t>(ncells)));
  f->header.type = &kb_type_function;
  f->qualname = qualname;
  f->code = code;
  f->ncells = ncells;
  return AsValue(f);
}

void kb_function_set_cell(KbValue f, int64_t i, KbList* cell) { AsFunction(f)->cells[i] = cell; }

KbList* kb_function_cell(KbValue f, int64_t i) { return AsFunction(f)->cells[i]; }

bool kb_is_function_of(KbValue v, int64_t code) {
  return !IsSmallInt(v) && AsObject(v)->type == &kb_type_function && AsFunction(v)->code == code;
}

KbStr* kb_function_name(KbValue f) {
  if (IsSmallInt(f) || AsObject(f)->type != &kb_type_function)
    kb_raise_new(&kb_type_AttributeError, ("'" + std::string(TypeOf(f)->name) + "' object has no attribute '__name__'").c_str());
  KbStr* q = AsFunction(f)->qualname;
  std::string_view text(q->data, static_cast<size_t>(q->nbytes));
  size_t dot = text.rfind('.');
  return dot == std::string_view::npos ? q : NewStr(text.substr(dot + 1));
}

// obj.__qualname__ of an object: a class's ("f.<locals>.C") or a function's.
KbStr* kb_type_qualname(KbValue t) {
  if (!IsSmallInt(t) && AsObject(t)->type == &kb_type_function) return AsFunction(t)->qualname;
  if (IsSmallInt(t) || AsObject(t)->type != &kb_type_type) kb_raise_no_attribute(t, "__qualname__");
  const KbType* type = reinterpret_cast<const KbType*>(t);
  if (type->qualname != nullptr) return NewStr(type->qualname);
  std::string_view name = type->name;
  size_t dot = name.rfind('.');
  if (dot != std::string_view::npos) name = name.substr(dot + 1);
  return NewStr(name);
}

KbValue kb_cell_get(KbList* cell, const char* name, bool free) {
  if (cell->length == 0) {
    if (free)
      kb_raise_new(&kb_type_NameError, ("cannot access free variable '" + std::string(name) +
                                        "' where it is not associated with a value in enclosing scope").c_str());
    kb_raise_new(&kb_type_UnboundLocalError, ("cannot access local variable '" + std::string(name) +
                                              "' where it is not associated with a value").c_str());
  }
  return static_cast<KbValue*>(cell->items)[0];
}

void kb_cell_set(KbList* cell, KbValue v) {
  if (cell->length == 0) kb_list_append_value(cell, v);
  else static_cast<KbValue*>(cell->items)[0] = v;
}

void kb_raise_not_callable(KbValue v) {
  kb_raise_new(&kb_type_TypeError, ("'" + std::string(TypeOf(v)->name) + "' object is not callable").c_str());
}

}  // extern "C"
