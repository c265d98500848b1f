// __int__ and __float__ of the program's classes, called by the run-time
// conversions of an object (int(), float(), %d, %f, complex(), math).
#include "runtime_internal.h"

namespace kb {

bool IntSlot(KbValue v, KbValue* out) {
  if (IsSmallInt(v) || AsObject(v)->type->int_ == nullptr) return false;
  KbValue r = AsObject(v)->type->int_(v);
  if (!IsIntOrBool(r))
    Raise(&kb_type_TypeError, std::string("__int__ returned non-int (type ") + TypeName(TypeOf(r)) + ")");
  *out = IntOfIntOrBool(r);
  return true;
}

bool FloatSlot(KbValue v, double* out) {
  if (IsSmallInt(v) || AsObject(v)->type->float_ == nullptr) return false;
  KbValue r = AsObject(v)->type->float_(v);
  if (IsSmallInt(r) || AsObject(r)->type != &kb_type_float)
    Raise(&kb_type_TypeError, std::string("__float__ returned non-float (type ") + TypeName(TypeOf(r)) + ")");
  *out = kb_unbox_float(r);
  return true;
}

}  // namespace kb
