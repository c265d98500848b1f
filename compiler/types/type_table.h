// The type table: every type the compiler reasons about, interned.
//
// A TypeId is an index into one table, so two types are equal exactly when
// their ids are equal. Types are built from a kind and a list of parameters
// (a list's element type, a tuple's element types, a function's definition).
#ifndef KEELBACK_TYPES_TYPE_TABLE_H
#define KEELBACK_TYPES_TYPE_TABLE_H

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "base/typed_id.h"

namespace keelback {

struct TypeTag;
using TypeId = TypedId<TypeTag>;

enum class TypeKind : uint8_t {
  Unknown,   // nothing is known yet: the bottom of the join (no value reaches here)
  NoneType,  // None
  Bool,
  Int,       // Python int: arbitrary precision (a tagged word at run time)
  Float,
  Str,
  List,      // params: element type
  Dict,      // params: key type, value type
  Set,       // params: element type (held boxed); payload 1 for a frozenset
  Tuple,     // params: element types
  Range,     // a range object
  Iterator,  // payload: the BuiltinFunction making it (zip, enumerate); params: the element type
  Function,  // payload: the definition's node index; a user function value
  Builtin,   // payload: a BuiltinFunction
  Module,    // payload: a BuiltinModule, or one of the program's modules (kFirstProgramModule)
  Object,    // any value, boxed: the dynamic fallback (a KbValue word)
  Class,     // payload: a class index (Program::classes); an instance of that class
  ClassObject,  // payload: a class index; the class itself
  Optional,  // params: T (a type with a pointer or word representation); T or None
  ExceptionClass,  // payload: a built-in exception class (ExceptionClassName); the class itself
  // A generator object (a call of a generator function, an iter() of a
  // generator): params: the type of the values it yields, the type of its
  // `return` value; payload: the generator function's def node index (what
  // the values sent into it are typed by, see Program::generator_send_types).
  // A heap object (runtime/generator.cpp) in both forms.
  Generator,
  // Native values held as one word (a pointer to the runtime's object, which
  // is also their boxed form): an open file (payload 1 when binary) or
  // sys.stdin; a bytes object.
  File,
  Bytes,
  // A method bound to its receiver (`obj.method` read, not called; CPython's
  // `method`): params: the receiver's type (a Class instance, or the
  // ClassObject a class method is bound to); payload: the method's def node
  // index. A heap object (runtime/bound_method.cpp) holding the receiver
  // boxed, in both forms.
  BoundMethod,
  // A method of a built-in type as a value: `str.upper` (params empty: the
  // str is the first argument), `line.split` or `counts.get` (params: the
  // receiver's type). payload: the method (kStrMethods' index, or
  // kNativeDictGet). A heap object (runtime/bound_method.cpp) holding the
  // receiver; never joined with another type.
  NativeMethod,
  // A complex number: a pointer to the runtime's KbComplex (runtime/complex.cpp),
  // which is also its boxed form; its arithmetic is the runtime's.
  Complex,
  ByteArray,  // a bytearray (runtime/bytearray.cpp), one word like bytes
};
// A Dict type's payload: which of dict's collections subclasses its values
// are (the low two bits), and for a defaultdict the TypeId index of its
// default_factory (the rest). The flavours share dict's representation; the
// runtime's KbDict says which one it is (repr, equality, copy).
enum class DictFlavor : uint32_t { Plain, DefaultDict, Counter, OrderedDict };
inline DictFlavor DictFlavorOf(uint32_t payload) { return static_cast<DictFlavor>(payload & 3); }
inline uint32_t DictPayload(DictFlavor flavor, uint32_t factory_index = 0) {
  return static_cast<uint32_t>(flavor) | (factory_index << 2);
}
inline uint32_t DefaultFactoryIndex(uint32_t payload) { return payload >> 2; }
inline constexpr uint32_t kNativeDictGet = 1000;
// A NativeMethod payload: readline of a file (`input = sys.stdin.readline`).
inline constexpr uint32_t kNativeFileReadline = 1001;
// NativeMethod payloads from kNativeListMethods on: method
// kListMethodValues[i] of a list read as a value at node `site`
// (`append = out.append`; params: the list's type), as
// kNativeListMethods + site * 16 + i. The site tells apart the lists whose
// items are not known yet (list[unknown]), which the calls of the value
// refine (sema's list_method_items_).
inline constexpr uint32_t kNativeListMethods = 1100;
// The same for a set's methods kListMethodValues[kFirstSetMethodValue + j].
inline constexpr const char* kListMethodValues[] = {"append", "insert", "extend", "pop",     "remove", "index",
                                                    "count",  "reverse", "clear", "copy",    "sort",
                                                    "add",    "discard", "remove"};
inline constexpr size_t kFirstSetMethodValue = 11;
// The index in kListMethodValues of list (or set) method `name`, or -1.
inline int ListMethodValueIndex(std::string_view name, bool set = false) {
  for (size_t i = set ? kFirstSetMethodValue : 0; i < (set ? std::size(kListMethodValues) : kFirstSetMethodValue); ++i)
    if (name == kListMethodValues[i]) return static_cast<int>(i);
  return -1;
}
inline const char* ListMethodValueName(uint32_t payload) { return kListMethodValues[(payload - kNativeListMethods) % 16]; }

// Built-in functions the compiler knows by name: the builtins module's, then
// the math module's (math.h's functions of one double, and the others).
enum class BuiltinFunction : uint32_t {
  Print, Len, Int, Float, Str, Range, Abs, Min, Max, Bool, Repr, Zip, Enumerate, List, Sorted, Sum, Divmod, Ascii, Dict,
  Set, Frozenset, Isinstance, Any, All, Round, SysExit, Reversed, Issubclass, Callable, Map, Filter,
  Next, Iter,  // next(it[, default]), iter(it): generators (sema_generators.cpp)
  SysStdout, SysStderr,  // sys.stdout and sys.stderr: values whose methods are write() and flush()
  // The I/O, bytes and introspection builtins (sema_builtins.cpp, lower_builtins.cpp).
  Chr, Ord, Hex, Oct, Bin, Hash, Id, Pow, Format, Tuple, Type, Input, Open, Bytes, Getattr, Setattr, Hasattr,
  SysStdin,  // sys.stdin: a value of type File
  // complex(...) and the math functions that are not N floats to a float
  // (sema_numbers.cpp, lower_numbers.cpp).
  Complex, MathGcd, MathLcm, MathFactorial, MathIsqrt, MathComb, MathPerm, MathHypot, MathFsum, MathProd, MathDist,
  MathFrexp, MathLdexp, MathModf, MathIsclose,
  ByteArray,  // bytearray(...) (sema_bytearray.cpp)
  // `object`, the type: only as an item of a class's __mro__ / __bases__
  // (sema_class_objects.cpp); the name `object` itself is not bound to it.
  Object,
  // typing.cast(T, x) (x itself), typing.TypeVar(...) (a TypingForm), and every name of typing that only
  // annotations use (List, Optional...): not a value Keelback models
  // (sema_stdlib.cpp).
  TypingCast, TypingTypeVar, TypingForm,
  // collections' dict subclasses: calls make a Dict of their DictFlavor
  // (sema_collections.cpp).
  CollectionsDefaultdict, CollectionsCounter, CollectionsOrderedDict,
  // The native modules' functions of native_functions.def (native_modules.h).
#define NATIVE_FUNCTION(Module, Name, Runtime, Result, Params) Native_##Module##_##Name,
#include "types/native_functions.def"
#define MATH_FUNCTION(Name, Arity, Result) Math_##Name,
#include "types/math_functions.def"
};
// The builtins module's functions Keelback knows, by name.
struct BuiltinName {
  const char* name;
  BuiltinFunction function;
};
inline constexpr BuiltinName kBuiltins[] = {
    {"print", BuiltinFunction::Print}, {"len", BuiltinFunction::Len},     {"int", BuiltinFunction::Int},
    {"float", BuiltinFunction::Float}, {"str", BuiltinFunction::Str},     {"range", BuiltinFunction::Range},
    {"abs", BuiltinFunction::Abs},     {"min", BuiltinFunction::Min},     {"max", BuiltinFunction::Max},
    {"bool", BuiltinFunction::Bool},   {"repr", BuiltinFunction::Repr},   {"zip", BuiltinFunction::Zip},
    {"enumerate", BuiltinFunction::Enumerate}, {"list", BuiltinFunction::List}, {"sorted", BuiltinFunction::Sorted},
    {"sum", BuiltinFunction::Sum},       {"divmod", BuiltinFunction::Divmod}, {"ascii", BuiltinFunction::Ascii},
    {"dict", BuiltinFunction::Dict},   {"set", BuiltinFunction::Set},     {"frozenset", BuiltinFunction::Frozenset},
    {"isinstance", BuiltinFunction::Isinstance}, {"any", BuiltinFunction::Any}, {"all", BuiltinFunction::All},
    {"round", BuiltinFunction::Round}, {"reversed", BuiltinFunction::Reversed},
    {"issubclass", BuiltinFunction::Issubclass},
    {"next", BuiltinFunction::Next}, {"iter", BuiltinFunction::Iter},
    {"chr", BuiltinFunction::Chr}, {"ord", BuiltinFunction::Ord}, {"hex", BuiltinFunction::Hex},
    {"oct", BuiltinFunction::Oct}, {"bin", BuiltinFunction::Bin}, {"hash", BuiltinFunction::Hash},
    {"id", BuiltinFunction::Id}, {"pow", BuiltinFunction::Pow}, {"format", BuiltinFunction::Format},
    {"tuple", BuiltinFunction::Tuple}, {"type", BuiltinFunction::Type}, {"input", BuiltinFunction::Input},
    {"open", BuiltinFunction::Open}, {"bytes", BuiltinFunction::Bytes}, {"getattr", BuiltinFunction::Getattr},
    {"setattr", BuiltinFunction::Setattr}, {"hasattr", BuiltinFunction::Hasattr},
    {"complex", BuiltinFunction::Complex},
    {"callable", BuiltinFunction::Callable}, {"map", BuiltinFunction::Map}, {"filter", BuiltinFunction::Filter},
    {"bytearray", BuiltinFunction::ByteArray},
};
// The name a builtin function is known by in the builtins module (`len`),
// or empty (sys.stdout, the math module's functions...).
inline std::string_view BuiltinFunctionName(BuiltinFunction f) {
  for (const BuiltinName& b : kBuiltins)
    if (b.function == f) return b.name;
  return {};
}

// The I/O, bytes and introspection builtins, inferred and lowered by
// sema_io.cpp / lower_io.cpp (Chr ... Hasattr above; sema's switch over
// every builtin names them case by case).
inline bool IsIoBuiltin(BuiltinFunction f) {
  return f >= BuiltinFunction::Chr && f <= BuiltinFunction::Hasattr;
}

// collections.defaultdict, Counter and OrderedDict.
inline bool IsCollectionsBuiltin(BuiltinFunction f) {
  return f >= BuiltinFunction::CollectionsDefaultdict && f <= BuiltinFunction::CollectionsOrderedDict;
}

// complex() and the math functions of sema_numbers.cpp / lower_numbers.cpp.
inline bool IsNumberBuiltin(BuiltinFunction f) {
  return f >= BuiltinFunction::Complex && f <= BuiltinFunction::MathIsclose;
}

// The runtime's name of the type a builtin stands for (kb_type_<name>):
// "int" for `int`...; nullptr for builtins that are not types.
inline const char* BuiltinTypeName(BuiltinFunction f) {
  switch (f) {
    case BuiltinFunction::Int: return "int";
    case BuiltinFunction::Float: return "float";
    case BuiltinFunction::Str: return "str";
    case BuiltinFunction::Bool: return "bool";
    case BuiltinFunction::List: return "list";
    case BuiltinFunction::Dict: return "dict";
    case BuiltinFunction::Set: return "set";
    case BuiltinFunction::Frozenset: return "frozenset";
    case BuiltinFunction::Tuple: return "tuple";
    case BuiltinFunction::Bytes: return "bytes";
    case BuiltinFunction::Complex: return "complex";
    case BuiltinFunction::ByteArray: return "bytearray";
    case BuiltinFunction::Object: return "object";
    case BuiltinFunction::Range: return "range";
    case BuiltinFunction::Type: return "type";
    default: return nullptr;
  }
}

// The str methods of str_methods.def, in order.
struct StrMethodInfo {
  const char* name;
  const char* function;  // the runtime function
  char result;           // S, L, I, B or T (see str_methods.def)
  const char* params;
};
inline constexpr StrMethodInfo kStrMethods[] = {
#define STR_METHOD(Name, Function, Result, Params) {#Name, #Function, #Result[0], Params},
#include "types/str_methods.def"
};
// The index of str method `name` in kStrMethods, or -1.
inline int FindStrMethod(std::string_view name) {
  for (size_t i = 0; i < std::size(kStrMethods); ++i)
    if (name == kStrMethods[i].name) return static_cast<int>(i);
  return -1;
}

// The names of a str method's parameters that CPython 3.11 accepts as
// keyword arguments, space-separated in parameter order (the others are
// positional-only); empty for none.
inline std::string_view StrMethodKeywords(std::string_view name) {
  if (name == "split" || name == "rsplit") return "sep maxsplit";
  if (name == "splitlines") return "keepends";
  if (name == "expandtabs") return "tabsize";
  return {};
}
// The position of keyword `keyword` among StrMethodKeywords(name), or -1.
inline int StrMethodKeywordIndex(std::string_view name, std::string_view keyword) {
  std::string_view names = StrMethodKeywords(name);
  int index = 0;
  while (!names.empty()) {
    size_t space = names.find(' ');
    if (names.substr(0, space) == keyword) return index;
    if (space == std::string_view::npos) break;
    names.remove_prefix(space + 1);
    ++index;
  }
  return -1;
}

// The built-in exception classes (runtime/exception_types.def), by index.
// -1 when `name` is none of them; aliases (IOError) map to their class.
int FindExceptionClass(std::string_view name);
const char* ExceptionClassName(uint32_t index);
// The base of a built-in exception class; -1 for BaseException (whose base is object).
int ExceptionClassBase(uint32_t index);

// Modules compiled natively (native_modules.def; their members: native_modules.h).
enum class BuiltinModule : uint32_t {
#define NATIVE_MODULE(Id, Name, File, Internal) Id,
#include "types/native_modules.def"
};
// A Module type's payload is a BuiltinModule, or this plus the index of one
// of the program's own modules (Program::modules).
inline constexpr uint32_t kFirstProgramModule = 0
#define NATIVE_MODULE(Id, Name, File, Internal) + 1
#include "types/native_modules.def"
    ;

struct TypeInfo {
  TypeKind kind;
  uint32_t payload;             // Function: node index; Builtin, Module: the enum value
  std::vector<TypeId> params;
};

class TypeTable {
 public:
  TypeTable();

  TypeId Get(TypeKind kind, std::span<const TypeId> params = {}, uint32_t payload = 0);
  // The type if it is already in the table, else the invalid id (for phases
  // after sema, which only read the table).
  TypeId Find(TypeKind kind, std::span<const TypeId> params = {}, uint32_t payload = 0) const;
  TypeId ListOf(TypeId element) { return Get(TypeKind::List, std::span<const TypeId>(&element, 1)); }
  // The type of a tuple's items taken one by one (a for loop over it): the
  // type they share, else object; unknown while one is.
  TypeId TupleItemType(TypeId tuple) const {
    const std::vector<TypeId>& items = (*this)[tuple].params;
    if (items.empty()) return unknown();
    for (TypeId t : items)
      if (Kind(t) == TypeKind::Unknown) return unknown();
    for (TypeId t : items)
      if (t != items[0]) return object();
    return items[0];
  }
  TypeId SetOf(TypeId element, bool frozen = false) {
    return Get(TypeKind::Set, std::span<const TypeId>(&element, 1), frozen ? 1 : 0);
  }
  TypeId DictOf(TypeId key, TypeId value, uint32_t payload = 0) {
    TypeId params[2] = {key, value};
    return Get(TypeKind::Dict, params, payload);
  }
  // A dict of `dict`'s flavour (a Counter stays a Counter) with these item types.
  TypeId DictLike(TypeId dict, TypeId key, TypeId value) { return DictOf(key, value, (*this)[dict].payload); }
  TypeId OptionalOf(TypeId t) { return Get(TypeKind::Optional, std::span<const TypeId>(&t, 1)); }
  TypeId ClassInstance(uint32_t class_index) { return Get(TypeKind::Class, {}, class_index); }

  TypeId unknown() const { return unknown_; }
  TypeId none() const { return none_; }
  TypeId bool_() const { return bool_type_; }
  TypeId int_() const { return int_type_; }
  TypeId float_() const { return float_type_; }
  TypeId str() const { return str_type_; }
  TypeId object() const { return object_type_; }

  const TypeInfo& operator[](TypeId id) const { return types_[id.index]; }
  TypeKind Kind(TypeId id) const { return types_[id.index].kind; }

  // The type's spelling in diagnostics: "int", "list[str]", "Optional[Node]".
  std::string Name(TypeId id) const;
  // CPython's name of a value's class, as error messages spell it: "list",
  // "tuple", "Node" ("" for an Optional, whose class depends on the value).
  std::string PythonName(TypeId id) const;
  // Whether a value of type `id` is an instance of a built-in type whose
  // attributes CPython 3.11 lists (dir(int), dir(str), ...) and `name` is
  // none of them: reading it raises AttributeError.
  bool LacksBuiltinAttribute(TypeId id, std::string_view name) const;
  // Names of the classes, for Name and PythonName (set by sema).
  void SetClassNames(std::vector<std::string> names) { class_names_ = std::move(names); }
  // Names of the program's modules, for Name (set by sema).
  void SetModuleNames(std::vector<std::string> names) { module_names_ = std::move(names); }

 private:
  std::vector<TypeInfo> types_;
  std::map<std::tuple<TypeKind, uint32_t, std::vector<uint32_t>>, uint32_t> index_;
  std::vector<std::string> class_names_;
  std::vector<std::string> module_names_;
  TypeId unknown_, none_, bool_type_, int_type_, float_type_, str_type_, object_type_;
};

}  // namespace keelback

#endif  // KEELBACK_TYPES_TYPE_TABLE_H
