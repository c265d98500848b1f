// The standard-library modules compiled natively (native_modules.def) and
// their members: one table, so that `import m`, `import m as x`,
// `from m import a, b as c`, `from m import *` and `m.a` mean the same for
// every such module. Sema types a member, lowering makes its value.
#ifndef KEELBACK_TYPES_NATIVE_MODULES_H
#define KEELBACK_TYPES_NATIVE_MODULES_H

#include <cstdint>
#include <span>
#include <string_view>

#include "types/type_table.h"

namespace keelback {

enum class NativeMemberKind : uint8_t {
  Function,    // function: a BuiltinFunction (its calls are the builtin's)
  Float,       // a float constant: number
  Int,         // an int constant: integer
  Bool,        // a bool constant: integer (0 or 1)
  Str,         // a str constant: text
  SysArgv,     // sys.argv: the program's list of arguments
  SysStdin,    // sys.stdin: a file (File type)
  TypingForm,  // a name of typing used in annotations (List, Optional...): no value Keelback models
};

struct NativeMember {
  BuiltinModule module;
  std::string_view name;
  NativeMemberKind kind;
  BuiltinFunction function = BuiltinFunction::Print;
  double number = 0;
  int64_t integer = 0;
  std::string_view text;
};

// CPython's name of the module ("sys"), its __file__ (nullptr for a module
// built into the interpreter), and whether only stdlib/ sources see it.
std::string_view NativeModuleName(BuiltinModule module);
const char* NativeModuleFile(BuiltinModule module);
bool IsInternalNativeModule(BuiltinModule module);
// Whether CPython's module is a package (collections: its __file__ is an
// __init__.py), whose missing submodules are "No module named 'a.b'".
bool IsNativePackage(BuiltinModule module);
// The native module named `name`, or -1 (a BuiltinModule's value).
int32_t FindNativeModule(std::string_view name);

// Every member Keelback compiles, all modules together; members of one
// module are adjacent.
std::span<const NativeMember> NativeMembers();
// The index in NativeMembers() of member `name` of `module`, or -1.
int32_t FindNativeMember(BuiltinModule module, std::string_view name);
// Whether CPython 3.11's module has a member of this name (dir(module)),
// compiled by Keelback or not: what decides between CPython's
// ImportError/AttributeError and Keelback's "not supported yet".
bool CPythonModuleHas(BuiltinModule module, std::string_view name);
// The names `from m import *` binds in CPython: its __all__, else its
// names not starting with an underscore.
std::span<const std::string_view> CPythonStarNames(BuiltinModule module);

// The name of a native module's function `f` (math.sqrt's "sqrt"), empty
// when `f` is no module's function (a builtin, a stream such as sys.stdout).
std::string_view NativeFunctionName(BuiltinFunction f);

// The functions of native_functions.def: a BuiltinFunction's signature.
struct NativeFunctionInfo {
  BuiltinModule module;
  const char* name;
  const char* runtime;
  char result;         // F, I or N
  const char* params;  // F or I, one a parameter
};
inline constexpr NativeFunctionInfo kNativeFunctions[] = {
#define NATIVE_FUNCTION(Module, Name, Runtime, Result, Params) \
  {BuiltinModule::Module, #Name, #Runtime, Result[0], Params},
#include "types/native_functions.def"
};
inline constexpr BuiltinFunction kNativeFunctionIds[] = {
#define NATIVE_FUNCTION(Module, Name, Runtime, Result, Params) BuiltinFunction::Native_##Module##_##Name,
#include "types/native_functions.def"
};
// Whether `f` is one of kNativeFunctions (they are numbered consecutively).
inline bool IsNativeFunction(BuiltinFunction f) {
  uint32_t i = static_cast<uint32_t>(f) - static_cast<uint32_t>(kNativeFunctionIds[0]);
  return i < std::size(kNativeFunctions);
}
inline const NativeFunctionInfo& NativeFunctionOf(BuiltinFunction f) {
  return kNativeFunctions[static_cast<uint32_t>(f) - static_cast<uint32_t>(kNativeFunctionIds[0])];
}

}  // namespace keelback

#endif  // KEELBACK_TYPES_NATIVE_MODULES_H
