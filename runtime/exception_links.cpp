// The attributes that link an exception to the one being handled when it
// was raised: __cause__ (`raise ... from x`) and __context__ (implicit).
#include "runtime_internal.h"

using namespace kb;

namespace {

KbBaseException* ExceptionOrRaise(KbValue v, const char* attribute) {
  if (IsSmallInt(v) || (AsObject(v)->type->flags & KB_TYPE_EXCEPTION) == 0)
    kb_raise_no_attribute(v, attribute);
  return AsException(AsObject(v));
}

KbValue OrNone(KbObject* exc) { return AsValue(exc != nullptr ? exc : &kb_None); }

}  // namespace

extern "C" {

KbValue kb_exception_cause(KbValue v) { return OrNone(ExceptionOrRaise(v, "__cause__")->cause); }

KbValue kb_exception_context(KbValue v) { return OrNone(ExceptionOrRaise(v, "__context__")->context); }

}  // extern "C"
