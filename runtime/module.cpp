// Module objects: the value of a name an import statement binds, seen as an
// object (printed, stored among other values). Generated code knows every
// module statically (its attributes are the module's globals), so a module
// object only names its module: the compiler emits one constant KbModule per
// module used as a value.
#include "runtime_internal.h"

using namespace kb;

namespace {

// repr(m): <module 'util' from '/path/util.py'>, or (built-in) for sys, math.
KbValue ModuleRepr(KbValue self) {
  const KbModule* m = reinterpret_cast<const KbModule*>(self);
  std::string out = "<module '";
  out += m->name;
  out += "' ";
  if (m->file) {
    out += "from '";
    out += m->file;
    out += "'>";
  } else {
    out += "(built-in)>";
  }
  return AsValue(NewStr(out));
}

// repr(f) of a native module's function: <built-in function sqrt>.
KbValue BuiltinFunctionRepr(KbValue self) {
  const KbBuiltinFunction* f = reinterpret_cast<const KbBuiltinFunction*>(self);
  return AsValue(NewStr(std::string("<built-in function ") + f->name + ">"));
}

}  // namespace

extern "C" {

const KbType kb_type_builtin_function = {{&kb_type_type}, "builtin_function_or_method", &kb_type_object,
                                         KB_TYPE_BUILTIN, 0, BuiltinFunctionRepr, nullptr, nullptr, nullptr};

const KbType kb_type_module = {{&kb_type_type}, "module", &kb_type_object, KB_TYPE_BUILTIN, 0, ModuleRepr,
                               nullptr, nullptr, nullptr};

}  // extern "C"
