// str methods (code-point semantics): searching, splitting, joining,
// stripping, padding, slicing, case mapping and the character-class
// predicates, with CPython 3.11's messages and Unicode 14.0 tables.
#include "runtime_internal.h"

extern "C" bool kb_str_contains(KbStr* s, KbStr* sub) {
  return kb::View(s).find(kb::View(sub)) != std::string_view::npos;
}
