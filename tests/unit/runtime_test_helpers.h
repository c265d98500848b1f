// Helpers shared by the runtime unit tests: building values and checking
// raised Python exceptions by type and message. Every expected value in the
// tests was produced by CPython 3.11 (/usr/bin/python3).
#ifndef KEELBACK_TESTS_UNIT_RUNTIME_TEST_HELPERS_H
#define KEELBACK_TESTS_UNIT_RUNTIME_TEST_HELPERS_H

#include "runtime_internal.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>

namespace kbtest {

inline KbStr* S(const std::string& text) { return kb_str_from_utf8(text.data(), static_cast<int64_t>(text.size())); }
inline std::string Text(const KbStr* s) { return std::string(s->data, static_cast<size_t>(s->nbytes)); }
inline KbValue I(int64_t v) { return kb_int_from_int64(v); }
// An int from its decimal text (any size).
inline KbValue Int(const std::string& decimal) { return kb_int_from_str(S(decimal), 10); }
inline std::string Repr(KbValue v) { return Text(kb_repr(v)); }
inline std::string StrOf(KbValue v) { return Text(kb_str(v)); }
inline KbValue V(const void* p) { return reinterpret_cast<KbValue>(p); }
inline KbValue F(double x) { return kb_box_float(x); }

// "TypeName: str(exc)" of the exception `body` raises, or "no exception".
inline std::string RaisedBy(const std::function<void()>& body) {
  try {
    body();
  } catch (kb::PyException& e) {
    KbObject* exc = e.exception();
    std::string out = exc->type->name;
    out += ": ";
    out += kb::ExceptionStr(exc);
    return out;
  }
  return "no exception";
}

inline KbTuple* Tuple(std::initializer_list<KbValue> items) { return kb::NewTuple(items); }

}  // namespace kbtest

#endif  // KEELBACK_TESTS_UNIT_RUNTIME_TEST_HELPERS_H
