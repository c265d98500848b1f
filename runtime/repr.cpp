// str() and repr() of every runtime type: numbers, bool, None, str, list,
// tuple, type objects, exceptions and plain instances, with CPython's text
// (recursive containers print as [...], nesting deeper than the recursion
// limit raises RecursionError as CPython's repr does).
#include "runtime_internal.h"

#include <cinttypes>
#include <cstdio>
#include <vector>

namespace kb {
namespace {

// Containers whose repr is in progress on this thread (Py_ReprEnter).
thread_local std::vector<const void*> repr_in_progress;

class ReprGuard {
 public:
  // entered() is false when `obj` is already being printed.
  explicit ReprGuard(const void* obj) {
    for (const void* p : repr_in_progress) {
      if (p == obj) return;
    }
    if (static_cast<int64_t>(repr_in_progress.size()) >= kb_recursion_limit) {
      kb_raise_new(&kb_type_RecursionError,
                   "maximum recursion depth exceeded while getting the repr of an object");
    }
    repr_in_progress.push_back(obj);
    entered_ = true;
  }
  ~ReprGuard() {
    if (entered_) repr_in_progress.pop_back();
  }
  bool entered() const { return entered_; }

 private:
  bool entered_ = false;
};

bool IsExceptionType(const KbType* t) { return (t->flags & KB_TYPE_EXCEPTION) != 0; }

void AppendQualifiedName(std::string& out, const KbType* t) {
  if (!(t->flags & KB_TYPE_BUILTIN)) {
    out += t->module ? t->module : "__main__";
    out += '.';
  }
  out += t->qualname ? t->qualname : t->name;
}

void AppendListRepr(std::string& out, const KbList* list, bool ascii_only) {
  ReprGuard guard(list);
  if (!guard.entered()) {
    out += "[...]";
    return;
  }
  out.push_back('[');
  for (int64_t i = 0; i < list->length; ++i) {
    if (i > 0) out += ", ";
    switch (static_cast<KbElemKind>(list->elem_kind)) {
      case KB_ELEM_VALUE:
        AppendRepr(out, static_cast<const KbValue*>(list->items)[i], ascii_only);
        break;
      case KB_ELEM_FLOAT:
        out += FloatRepr(static_cast<const double*>(list->items)[i]);
        break;
      case KB_ELEM_BOOL:
        out += static_cast<const uint8_t*>(list->items)[i] ? "True" : "False";
        break;
    }
  }
  out.push_back(']');
}

void AppendTupleRepr(std::string& out, const KbTuple* tuple, bool ascii_only) {
  if (tuple->length == 0) {
    out += "()";
    return;
  }
  ReprGuard guard(tuple);
  if (!guard.entered()) {
    out += "(...)";
    return;
  }
  out.push_back('(');
  for (int64_t i = 0; i < tuple->length; ++i) {
    if (i > 0) out += ", ";
    AppendRepr(out, tuple->items[i], ascii_only);
  }
  if (tuple->length == 1) out.push_back(',');
  out.push_back(')');
}

// dict_repr: {k: v, ...}; a dict inside itself prints as {...}.
void AppendDictRepr(std::string& out, KbDict* d, bool ascii_only) {
  if (d->used == 0) {
    out += "{}";
    return;
  }
  ReprGuard guard(d);
  if (!guard.entered()) {
    out += "{...}";
    return;
  }
  out.push_back('{');
  int64_t pos = 0;
  KbValue key, value;
  bool first = true;
  while (kb_dict_next(d, &pos, &key, &value)) {
    if (!first) out += ", ";
    first = false;
    AppendRepr(out, key, ascii_only);
    out += ": ";
    AppendRepr(out, value, ascii_only);
  }
  out.push_back('}');
}

// set_repr: set() and frozenset() when empty, {a, b} and frozenset({a, b}).
void AppendSetRepr(std::string& out, KbSet* s, bool ascii_only) {
  bool frozen = s->header.type == &kb_type_frozenset;
  if (s->used == 0) {
    out += frozen ? "frozenset()" : "set()";
    return;
  }
  ReprGuard guard(s);
  if (!guard.entered()) {
    out += s->header.type->name;
    out += "(...)";
    return;
  }
  if (frozen) out += "frozenset(";
  out.push_back('{');
  KbList* items = kb_set_to_list(s);
  for (int64_t i = 0; i < items->length; ++i) {
    if (i > 0) out += ", ";
    AppendRepr(out, static_cast<KbValue*>(items->items)[i], ascii_only);
  }
  out.push_back('}');
  if (frozen) out.push_back(')');
}

// dictview_repr: dict_keys([...]); a view inside itself prints as "...".
void AppendDictViewRepr(std::string& out, KbDictView* view, bool ascii_only) {
  ReprGuard guard(view);
  if (!guard.entered()) {
    out += "...";
    return;
  }
  out += view->header.type->name;
  out.push_back('(');
  KbList* items = kb_list_new(KB_ELEM_VALUE, 0);
  ForEachItem(AsValue(view), [items](KbValue v) { kb_list_append_value(items, v); });
  AppendListRepr(out, items, ascii_only);
  out.push_back(')');
}

void AppendObjectRepr(std::string& out, const KbObject* obj) {
  out.push_back('<');
  AppendQualifiedName(out, obj->type);
  char addr[32];
  std::snprintf(addr, sizeof addr, " object at %p>", static_cast<const void*>(obj));
  out += addr;
}

// BaseException.__repr__: Name(args...) with a one-element tuple unwrapped.
void AppendExceptionRepr(std::string& out, KbObject* exc, bool ascii_only) {
  KbBaseException* e = AsException(exc);
  out += exc->type->name;
  if (e->args->length == 1) {
    out.push_back('(');
    AppendRepr(out, e->args->items[0], ascii_only);
    out.push_back(')');
  } else {
    AppendTupleRepr(out, e->args, ascii_only);
  }
}

// ascii()'s escaping of text that is already a repr: non-ASCII code points
// become \xhh, \uhhhh or \Uhhhhhhhh.
void AppendAsciiEscaped(std::string& out, std::string_view utf8) {
  for (size_t i = 0; i < utf8.size();) {
    auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    uint32_t cp = c & (0x3F >> extra);
    for (int k = 1; k <= extra && i + k < utf8.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    i += static_cast<size_t>(extra) + 1;
    char buf[16];
    if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
    else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
    else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
    out += buf;
  }
}

// Calls a class's __repr__ or __str__ slot; CPython's TypeError when it
// returns anything but a str.
void AppendSpecialMethodResult(std::string& out, KbValue (*method)(KbValue), KbValue self, const char* name) {
  KbValue r = method(self);
  if (IsSmallInt(r) || AsObject(r)->type != &kb_type_str) {
    kb_raise_new(&kb_type_TypeError, (std::string(name) + " returned non-string (type " +
                                      (IsSmallInt(r) ? "int" : AsObject(r)->type->name) + ")").c_str());
  }
  out += View(reinterpret_cast<KbStr*>(AsObject(r)));
}

}  // namespace

void AppendRepr(std::string& out, KbValue v, bool ascii_only) {
  if (IsSmallInt(v)) {
    out += std::to_string(SmallIntValue(v));
    return;
  }
  KbObject* obj = AsObject(v);
  const KbType* t = obj->type;
  if (t->repr != nullptr) {
    std::string text;
    AppendSpecialMethodResult(text, t->repr, v, "__repr__");
    // ascii() escapes what the method returned, as CPython's does.
    if (ascii_only) AppendAsciiEscaped(out, text);
    else out += text;
    return;
  }
  if (t->flags & KB_TYPE_BUILTIN_VALUE) {
    // A subclass of list or dict: its value's repr; of set: Name({...}), or Name().
    KbValue value = reinterpret_cast<KbValue*>(obj)[1];
    bool is_set = AsObject(value)->type == &kb_type_set;
    if (is_set) {
      out += t->name;
      out += "(";
      if (reinterpret_cast<KbSet*>(AsObject(value))->used != 0) AppendRepr(out, value, ascii_only);
      out += ")";
      return;
    }
    AppendRepr(out, value, ascii_only);
    return;
  }
  if (t == &kb_type_int) {
    out += View(kb_int_to_str(v));
  } else if (t == &kb_type_float) {
    out += FloatRepr(reinterpret_cast<KbFloat*>(obj)->value);
  } else if (t == &kb_type_complex) {
    auto* z = reinterpret_cast<KbComplex*>(obj);
    out += ComplexRepr(z->real, z->imag);
  } else if (t == &kb_type_bool) {
    out += obj == &kb_True ? "True" : "False";
  } else if (t == &kb_type_none) {
    out += "None";
  } else if (t == &kb_type_str) {
    AppendStrRepr(out, View(reinterpret_cast<KbStr*>(obj)), ascii_only);
  } else if (t == &kb_type_bytes) {
    AppendBytesRepr(out, reinterpret_cast<KbBytes*>(obj));
  } else if (t == &kb_type_bytearray) {
    out += View(kb_bytearray_repr(reinterpret_cast<KbByteArray*>(obj)));
  } else if (t == &kb_type_range) {
    out += View(kb_range_repr(reinterpret_cast<KbRange*>(obj)));
  } else if (t == &kb_type_list) {
    AppendListRepr(out, reinterpret_cast<KbList*>(obj), ascii_only);
  } else if (t == &kb_type_tuple) {
    AppendTupleRepr(out, reinterpret_cast<KbTuple*>(obj), ascii_only);
  } else if (t == &kb_type_dict) {
    if (!AppendFlavoredDictRepr(out, reinterpret_cast<KbDict*>(obj), ascii_only, AppendDictRepr))
      AppendDictRepr(out, reinterpret_cast<KbDict*>(obj), ascii_only);
  } else if (t == &kb_type_set || t == &kb_type_frozenset) {
    AppendSetRepr(out, reinterpret_cast<KbSet*>(obj), ascii_only);
  } else if (t == &kb_type_dict_keys || t == &kb_type_dict_values || t == &kb_type_dict_items) {
    AppendDictViewRepr(out, reinterpret_cast<KbDictView*>(obj), ascii_only);
  } else if (t == &kb_type_type) {
    out += "<class '";
    AppendQualifiedName(out, reinterpret_cast<const KbType*>(obj));
    out += "'>";
  } else if (IsExceptionType(t)) {
    AppendExceptionRepr(out, obj, ascii_only);
  } else if (t == &kb_type_generator) {
    char addr[32];
    std::snprintf(addr, sizeof addr, " at %p>", static_cast<const void*>(obj));
    auto* g = reinterpret_cast<KbGenerator*>(obj);
    if (g->yield_kind & KB_GENERATOR_ITERATOR) {
      out += "<";
      out += g->name;
      out += " object";
    } else {
      out += "<generator object ";
      out += g->name;
    }
    out += addr;
  } else {
    AppendObjectRepr(out, obj);
  }
}

void AppendStr(std::string& out, KbValue v) {
  if (!IsSmallInt(v)) {
    KbObject* obj = AsObject(v);
    if (obj->type == &kb_type_str) {
      out += View(reinterpret_cast<KbStr*>(obj));
      return;
    }
    if (obj->type->str != nullptr) {
      AppendSpecialMethodResult(out, obj->type->str, v, "__str__");
      return;
    }
    if (IsExceptionType(obj->type)) {
      out += ExceptionStr(obj);
      return;
    }
  }
  AppendRepr(out, v);
}

}  // namespace kb

using namespace kb;

extern "C" {

KbStr* kb_str(KbValue v) {
  if (!IsSmallInt(v) && AsObject(v)->type == &kb_type_str) return reinterpret_cast<KbStr*>(v);
  if (!IsSmallInt(v) && AsObject(v)->type == &kb_type_int) return kb_int_to_str(v);
  std::string out;
  AppendStr(out, v);
  return NewStr(out);
}

KbStr* kb_repr(KbValue v) {
  std::string out;
  AppendRepr(out, v);
  return NewStr(out);
}

KbStr* kb_ascii(KbValue v) {
  std::string out;
  AppendRepr(out, v, true);
  return NewStr(out);
}

}  // extern "C"

