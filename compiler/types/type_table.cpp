// The interned type table.
#include "types/type_table.h"

#include "types/native_modules.h"

namespace keelback {

TypeTable::TypeTable() {
  unknown_ = Get(TypeKind::Unknown);
  none_ = Get(TypeKind::NoneType);
  bool_type_ = Get(TypeKind::Bool);
  int_type_ = Get(TypeKind::Int);
  float_type_ = Get(TypeKind::Float);
  str_type_ = Get(TypeKind::Str);
  object_type_ = Get(TypeKind::Object);
}

TypeId TypeTable::Get(TypeKind kind, std::span<const TypeId> params, uint32_t payload) {
  std::vector<uint32_t> key_params;
  for (TypeId p : params) key_params.push_back(p.index);
  auto key = std::make_tuple(kind, payload, key_params);
  auto it = index_.find(key);
  if (it != index_.end()) return TypeId(it->second);
  uint32_t index = static_cast<uint32_t>(types_.size());
  types_.push_back({kind, payload, std::vector<TypeId>(params.begin(), params.end())});
  index_.emplace(std::move(key), index);
  return TypeId(index);
}

namespace {
constexpr const char* kExceptionClasses[] = {
#define KB_EXCEPTION_TYPE(name, base) #name,
#include "exception_types.def"
};
}  // namespace

int FindExceptionClass(std::string_view name) {
  if (name == "IOError" || name == "EnvironmentError") name = "OSError";
  for (size_t i = 0; i < std::size(kExceptionClasses); ++i)
    if (name == kExceptionClasses[i]) return static_cast<int>(i);
  return -1;
}

const char* ExceptionClassName(uint32_t index) { return kExceptionClasses[index]; }

int ExceptionClassBase(uint32_t index) {
  static constexpr const char* kBases[] = {
#define KB_EXCEPTION_TYPE(name, base) #base,
#include "exception_types.def"
  };
  return FindExceptionClass(kBases[index]);
}

TypeId TypeTable::Find(TypeKind kind, std::span<const TypeId> params, uint32_t payload) const {
  std::vector<uint32_t> key_params;
  for (TypeId p : params) key_params.push_back(p.index);
  auto it = index_.find(std::make_tuple(kind, payload, key_params));
  return it == index_.end() ? TypeId() : TypeId(it->second);
}

std::string TypeTable::Name(TypeId id) const {
  const TypeInfo& t = types_[id.index];
  switch (t.kind) {
    case TypeKind::Unknown: return "<unknown>";
    case TypeKind::NoneType: return "NoneType";
    case TypeKind::Bool: return "bool";
    case TypeKind::Int: return "int";
    case TypeKind::Float: return "float";
    case TypeKind::Str: return "str";
    case TypeKind::List: return "list[" + Name(t.params[0]) + "]";
    case TypeKind::Dict: {
      const char* names[] = {"dict", "defaultdict", "Counter", "OrderedDict"};
      return std::string(names[static_cast<uint32_t>(DictFlavorOf(t.payload))]) + "[" + Name(t.params[0]) + ", " +
             Name(t.params[1]) + "]";
    }
    case TypeKind::Set: return (t.payload ? "frozenset[" : "set[") + Name(t.params[0]) + "]";
    case TypeKind::Tuple: {
      std::string s = "tuple[";
      for (size_t i = 0; i < t.params.size(); ++i) s += (i ? ", " : "") + Name(t.params[i]);
      return s + "]";
    }
    case TypeKind::Range: return "range";
    case TypeKind::Iterator: return "iterator[" + Name(t.params[0]) + "]";
    case TypeKind::Function: return "function";
    case TypeKind::Builtin: return "builtin_function_or_method";
    case TypeKind::Module:
      if (t.payload >= kFirstProgramModule)
        return "module '" +
               (t.payload - kFirstProgramModule < module_names_.size() ? module_names_[t.payload - kFirstProgramModule]
                                                                       : std::string()) + "'";
      return "module '" + std::string(NativeModuleName(static_cast<BuiltinModule>(t.payload))) + "'";
    case TypeKind::Object: return "object";
    case TypeKind::Class: return t.payload < class_names_.size() ? class_names_[t.payload] : "<class>";
    case TypeKind::ClassObject: return "type[" + (t.payload < class_names_.size() ? class_names_[t.payload] : "") + "]";
    case TypeKind::Optional: return "Optional[" + Name(t.params[0]) + "]";
    case TypeKind::ExceptionClass: return std::string("type[") + ExceptionClassName(t.payload) + "]";
    case TypeKind::Generator: return "generator[" + Name(t.params[0]) + "]";
    case TypeKind::File: return t.payload ? "BufferedIO" : "TextIOWrapper";
    case TypeKind::Bytes: return "bytes";
    case TypeKind::BoundMethod: return "method";
    case TypeKind::NativeMethod: return t.params.empty() ? "method_descriptor" : "builtin_function_or_method";
    case TypeKind::Complex: return "complex";
    case TypeKind::ByteArray: return "bytearray";
  }
  return "?";
}

bool TypeTable::LacksBuiltinAttribute(TypeId id, std::string_view name) const {
  static const std::pair<std::string_view, std::string_view> kAttributes[] = {
#define PYTHON_TYPE_ATTRIBUTES(Type, Names) {#Type, Names},
#include "python_names.def"
  };
  switch (Kind(id)) {
    case TypeKind::Int: case TypeKind::Bool: case TypeKind::Float: case TypeKind::Str: case TypeKind::List:
    case TypeKind::Tuple: case TypeKind::Dict: case TypeKind::Set: case TypeKind::Range: case TypeKind::Bytes:
    case TypeKind::Complex:
      break;
    default:
      return false;
  }
  std::string type_name = PythonName(id);
  for (auto& [type, names] : kAttributes) {
    if (type != type_name) continue;
    for (size_t at = 0; at < names.size();) {
      size_t end = names.find(' ', at);
      if (end == std::string_view::npos) end = names.size();
      if (names.substr(at, end - at) == name) return false;
      at = end + 1;
    }
    return true;
  }
  return false;
}

std::string TypeTable::PythonName(TypeId id) const {
  const TypeInfo& t = types_[id.index];
  switch (t.kind) {
    case TypeKind::List: return "list";
    case TypeKind::Dict: {
      // CPython's type names: defaultdict is a C type, the others Python classes.
      const char* names[] = {"dict", "collections.defaultdict", "Counter", "OrderedDict"};
      return names[static_cast<uint32_t>(DictFlavorOf(t.payload))];
    }
    case TypeKind::Set: return t.payload ? "frozenset" : "set";
    case TypeKind::Tuple: return "tuple";
    case TypeKind::ClassObject: return "type";
    case TypeKind::Optional: return "";
    case TypeKind::Generator: return "generator";
    default: return Name(id);
  }
}

}  // namespace keelback
