// NotImplemented: what an operator method returns to let the other operand's
// reflected method answer (a + b tries b.__radd__(a) next).
#include "runtime_internal.h"

using namespace kb;

namespace {

KbValue NotImplementedRepr(KbValue) { return AsValue(NewStr("NotImplemented")); }

const KbType kNotImplementedType = {{&kb_type_type}, "NotImplementedType", &kb_type_object, KB_TYPE_BUILTIN, 0,
                                    NotImplementedRepr, nullptr, nullptr, nullptr, nullptr, nullptr, {}, nullptr};
KbObject not_implemented = {&kNotImplementedType};

}  // namespace

extern "C" {

KbValue kb_not_implemented() { return AsValue(&not_implemented); }

}  // extern "C"
