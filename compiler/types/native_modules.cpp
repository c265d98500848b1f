// The members of the native modules (native_modules.h).
#include "types/native_modules.h"

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace keelback {

namespace {

struct ModuleInfo {
  std::string_view name;
  const char* file;
  bool internal;
};
constexpr ModuleInfo kModules[] = {
#define NATIVE_MODULE(Id, Name, File, Internal) {Name, File, Internal != 0},
#include "types/native_modules.def"
};

// dir(module) in CPython 3.11 (Debian's build), space-separated.
constexpr std::string_view kCPythonNames[] = {
    // sys
    "__breakpointhook__ __displayhook__ __doc__ __excepthook__ __interactivehook__ __loader__ __name__ __package__ __spec__ __stderr__ __stdin__ __stdout__ __unraisablehook__ _base_executable _clear_type_cache _current_exceptions _current_frames _debugmallocstats _framework _getframe _getquickenedcount _git _home _stdlib_dir _xoptions abiflags addaudithook api_version argv audit base_exec_prefix base_prefix breakpointhook builtin_module_names byteorder call_tracing copyright displayhook dont_write_bytecode exc_info excepthook exception exec_prefix executable exit flags float_info float_repr_style get_asyncgen_hooks get_coroutine_origin_tracking_depth get_int_max_str_digits getallocatedblocks getdefaultencoding getdlopenflags getfilesystemencodeerrors getfilesystemencoding getprofile getrecursionlimit getrefcount getsizeof getswitchinterval gettrace hash_info hexversion implementation int_info intern is_finalizing maxsize maxunicode meta_path modules orig_argv path path_hooks path_importer_cache platform platlibdir prefix pycache_prefix set_asyncgen_hooks set_coroutine_origin_tracking_depth set_int_max_str_digits setdlopenflags setprofile setrecursionlimit setswitchinterval settrace stderr stdin stdlib_module_names stdout thread_info unraisablehook version version_info warnoptions",
    // math
    "__doc__ __loader__ __name__ __package__ __spec__ acos acosh asin asinh atan atan2 atanh cbrt ceil comb copysign cos cosh degrees dist e erf erfc exp exp2 expm1 fabs factorial floor fmod frexp fsum gamma gcd hypot inf isclose isfinite isinf isnan isqrt lcm ldexp lgamma log log10 log1p log2 modf nan nextafter perm pi pow prod radians remainder sin sinh sqrt tan tanh tau trunc ulp",
    // time
    "CLOCK_BOOTTIME CLOCK_MONOTONIC CLOCK_MONOTONIC_RAW CLOCK_PROCESS_CPUTIME_ID CLOCK_REALTIME CLOCK_TAI CLOCK_THREAD_CPUTIME_ID _STRUCT_TM_ITEMS __doc__ __loader__ __name__ __package__ __spec__ altzone asctime clock_getres clock_gettime clock_gettime_ns clock_settime clock_settime_ns ctime daylight get_clock_info gmtime localtime mktime monotonic monotonic_ns perf_counter perf_counter_ns process_time process_time_ns pthread_getcpuclockid sleep strftime strptime struct_time thread_time thread_time_ns time time_ns timezone tzname tzset",
    // typing
    "ABCMeta AbstractSet Annotated Any AnyStr AsyncContextManager AsyncGenerator AsyncIterable AsyncIterator Awaitable BinaryIO ByteString CT_co Callable ChainMap ClassVar Collection Concatenate Container ContextManager Coroutine Counter DefaultDict Deque Dict EXCLUDED_ATTRIBUTES Final ForwardRef FrozenSet Generator Generic GenericAlias Hashable IO ItemsView Iterable Iterator KT KeysView List Literal LiteralString Mapping MappingView Match MethodDescriptorType MethodWrapperType MutableMapping MutableSequence MutableSet NamedTuple NamedTupleMeta Never NewType NoReturn NotRequired Optional OrderedDict ParamSpec ParamSpecArgs ParamSpecKwargs Pattern Protocol Required Reversible Self Sequence Set Sized SupportsAbs SupportsBytes SupportsComplex SupportsFloat SupportsIndex SupportsInt SupportsRound T TYPE_CHECKING T_co T_contra Text TextIO Tuple Type TypeAlias TypeGuard TypeVar TypeVarTuple TypedDict Union Unpack VT VT_co V_co ValuesView WrapperDescriptorType _ASSERT_NEVER_REPR_MAX_LENGTH _AnnotatedAlias _AnyMeta _BaseGenericAlias _BoundVarianceMixin _CallableGenericAlias _CallableType _ConcatenateGenericAlias _DeprecatedType _Final _GenericAlias _Immutable _LiteralGenericAlias _LiteralSpecialForm _NamedTuple _NotIterable _PROTO_ALLOWLIST _PickleUsingNameMixin _ProtocolMeta _SPECIAL_NAMES _SpecialForm _SpecialGenericAlias _TYPING_INTERNALS _TupleType _TypedDict _TypedDictMeta _TypingEllipsis _UnionGenericAlias _UnpackGenericAlias __all__ __builtins__ __cached__ __doc__ __file__ __loader__ __name__ __package__ __spec__ _alias _allow_reckless_class_checks _allowed_types _caller _check_generic _cleanups _collect_parameters _deduplicate _eval_type _flatten_literal_params _get_protocol_attrs _idfunc _is_callable_members_only _is_dunder _is_param_expr _is_typevar_like _is_unpacked_typevartuple _make_nmtuple _namedtuple_mro_entries _no_init_or_replace_init _overload_dummy _overload_registry _prohibited _remove_dups_flatten _should_unflatten_callable_args _special _strip_annotations _tp_cache _type_check _type_convert _type_repr _unpack_args _value_and_type_iter abstractmethod assert_never assert_type cast clear_overloads collections contextlib dataclass_transform defaultdict final functools get_args get_origin get_overloads get_type_hints io is_typeddict no_type_check no_type_check_decorator operator overload re reveal_type runtime_checkable stdlib_re sys types warnings",
    // collections
    "ChainMap Counter OrderedDict UserDict UserList UserString _Link _OrderedDictItemsView _OrderedDictKeysView _OrderedDictValuesView __all__ __builtins__ __cached__ __doc__ __file__ __loader__ __name__ __package__ __path__ __spec__ _chain _collections_abc _count_elements _eq _iskeyword _itemgetter _proxy _recursive_repr _repeat _starmap _sys _tuplegetter defaultdict deque namedtuple",
    // collections.abc
    "AsyncGenerator AsyncIterable AsyncIterator Awaitable ByteString Callable Collection Container Coroutine Generator Hashable ItemsView Iterable Iterator KeysView Mapping MappingView MutableMapping MutableSequence MutableSet Reversible Sequence Set Sized ValuesView _CallableGenericAlias __all__ __builtins__ __cached__ __doc__ __file__ __loader__ __name__ __package__ __spec__",
    // _keelback_random
    "",
};
static_assert(std::size(kCPythonNames) == std::size(kModules));
// typing.__all__ (the other modules have none).
constexpr std::string_view kTypingAll = "Annotated Any Callable ClassVar Concatenate Final ForwardRef Generic Literal Optional ParamSpec Protocol Tuple Type TypeVar TypeVarTuple Union AbstractSet ByteString Container ContextManager Hashable ItemsView Iterable Iterator KeysView Mapping MappingView MutableMapping MutableSequence MutableSet Sequence Sized ValuesView Awaitable AsyncIterator AsyncIterable Coroutine Collection AsyncGenerator AsyncContextManager Reversible SupportsAbs SupportsBytes SupportsComplex SupportsFloat SupportsIndex SupportsInt SupportsRound ChainMap Counter Deque Dict DefaultDict List OrderedDict Set FrozenSet NamedTuple TypedDict Generator BinaryIO IO Match Pattern TextIO AnyStr assert_type assert_never cast clear_overloads dataclass_transform final get_args get_origin get_overloads get_type_hints is_typeddict LiteralString Never NewType no_type_check no_type_check_decorator NoReturn NotRequired overload ParamSpecArgs ParamSpecKwargs Required reveal_type runtime_checkable Self Text TYPE_CHECKING TypeAlias TypeGuard Unpack";
// The names of typing that only annotations use: what Keelback binds (it
// evaluates no annotation). Other names of typing (TypeVar, Generic,
// NamedTuple, overload...) are not supported yet.
constexpr std::string_view kTypingForms[] = {
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "Literal", "Optional", "Tuple", "Type", "Union",
    "AbstractSet", "ByteString", "Container", "ContextManager", "Hashable", "ItemsView", "Iterable", "Iterator",
    "KeysView", "Mapping", "MappingView", "MutableMapping", "MutableSequence", "MutableSet", "Sequence", "Sized",
    "ValuesView", "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine", "Collection", "AsyncGenerator",
    "AsyncContextManager", "Reversible", "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat",
    "SupportsIndex", "SupportsInt", "SupportsRound", "ChainMap", "Counter", "Deque", "Dict", "DefaultDict", "List",
    "OrderedDict", "Set", "FrozenSet", "Generator", "BinaryIO", "IO", "Match", "Pattern", "TextIO", "AnyStr",
    "LiteralString", "Never", "NoReturn", "NotRequired", "Required", "Self", "Text", "TypeAlias", "TypeGuard", "Unpack",
};

struct NamedFunction {
  std::string_view name;
  BuiltinFunction function;
};
// The math module's functions other than those of math_functions.def.
constexpr NamedFunction kMathOtherFunctions[] = {
    {"gcd", BuiltinFunction::MathGcd},     {"lcm", BuiltinFunction::MathLcm},     {"factorial", BuiltinFunction::MathFactorial},
    {"isqrt", BuiltinFunction::MathIsqrt}, {"comb", BuiltinFunction::MathComb},   {"perm", BuiltinFunction::MathPerm},
    {"hypot", BuiltinFunction::MathHypot}, {"fsum", BuiltinFunction::MathFsum},   {"prod", BuiltinFunction::MathProd},
    {"dist", BuiltinFunction::MathDist},   {"frexp", BuiltinFunction::MathFrexp}, {"ldexp", BuiltinFunction::MathLdexp},
    {"modf", BuiltinFunction::MathModf},   {"isclose", BuiltinFunction::MathIsclose},
};

std::vector<std::string_view> Words(std::string_view text);

std::vector<NativeMember> MakeMembers() {
  std::vector<NativeMember> members;
  auto function = [&](BuiltinModule m, std::string_view name, BuiltinFunction f) {
    members.push_back({m, name, NativeMemberKind::Function, f});
  };
  auto natives = [&](BuiltinModule m) {
    for (size_t i = 0; i < std::size(kNativeFunctions); ++i)
      if (kNativeFunctions[i].module == m) function(m, kNativeFunctions[i].name, kNativeFunctionIds[i]);
  };
  // sys
  members.push_back({BuiltinModule::Sys, "argv", NativeMemberKind::SysArgv});
  function(BuiltinModule::Sys, "exit", BuiltinFunction::SysExit);
  function(BuiltinModule::Sys, "stdout", BuiltinFunction::SysStdout);
  function(BuiltinModule::Sys, "stderr", BuiltinFunction::SysStderr);
  members.push_back({BuiltinModule::Sys, "stdin", NativeMemberKind::SysStdin});
  members.push_back({BuiltinModule::Sys, "maxsize", NativeMemberKind::Int, BuiltinFunction::Print, 0,
                     std::numeric_limits<int64_t>::max()});
  members.push_back({BuiltinModule::Sys, "byteorder", NativeMemberKind::Str, BuiltinFunction::Print, 0, 0, "little"});
  members.push_back({BuiltinModule::Sys, "platform", NativeMemberKind::Str, BuiltinFunction::Print, 0, 0, "linux"});
  natives(BuiltinModule::Sys);
  // math
  for (auto [name, value] : {std::pair<std::string_view, double>{"pi", 3.141592653589793}, {"e", 2.718281828459045},
                             {"tau", 6.283185307179586}, {"inf", HUGE_VAL}, {"nan", std::nan("")}})
    members.push_back({BuiltinModule::Math, name, NativeMemberKind::Float, BuiltinFunction::Print, value});
  {
    uint32_t i = 0;
#define MATH_FUNCTION(Name, Arity, Result) \
  function(BuiltinModule::Math, #Name,     \
           static_cast<BuiltinFunction>(static_cast<uint32_t>(BuiltinFunction::Math_sqrt) + i++));
#include "types/math_functions.def"
  }
  for (const NamedFunction& f : kMathOtherFunctions) function(BuiltinModule::Math, f.name, f.function);
  // time
  natives(BuiltinModule::Time);
  // typing
  members.push_back({BuiltinModule::Typing, "TYPE_CHECKING", NativeMemberKind::Bool});
  function(BuiltinModule::Typing, "cast", BuiltinFunction::TypingCast);
  function(BuiltinModule::Typing, "TypeVar", BuiltinFunction::TypingTypeVar);
  for (std::string_view name : kTypingForms)
    members.push_back({BuiltinModule::Typing, name, NativeMemberKind::TypingForm, BuiltinFunction::TypingForm});
  // collections
  function(BuiltinModule::Collections, "defaultdict", BuiltinFunction::CollectionsDefaultdict);
  function(BuiltinModule::Collections, "Counter", BuiltinFunction::CollectionsCounter);
  function(BuiltinModule::Collections, "OrderedDict", BuiltinFunction::CollectionsOrderedDict);
  // collections.abc: every public name, for annotations (isinstance() with
  // them is not supported yet: CheckModelledValue).
  for (std::string_view name : Words(kCPythonNames[static_cast<uint32_t>(BuiltinModule::CollectionsAbc)]))
    if (name[0] != '_')
      members.push_back({BuiltinModule::CollectionsAbc, name, NativeMemberKind::TypingForm, BuiltinFunction::TypingForm});
  natives(BuiltinModule::KeelbackRandom);
  return members;
}

const std::vector<NativeMember>& Members() {
  static const std::vector<NativeMember> members = MakeMembers();
  return members;
}

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  while (!text.empty()) {
    size_t space = text.find(' ');
    words.push_back(text.substr(0, space));
    if (space == std::string_view::npos) break;
    text.remove_prefix(space + 1);
  }
  return words;
}

}  // namespace

std::string_view NativeModuleName(BuiltinModule module) { return kModules[static_cast<uint32_t>(module)].name; }
const char* NativeModuleFile(BuiltinModule module) { return kModules[static_cast<uint32_t>(module)].file; }
bool IsInternalNativeModule(BuiltinModule module) { return kModules[static_cast<uint32_t>(module)].internal; }
bool IsNativePackage(BuiltinModule module) {
  const char* file = kModules[static_cast<uint32_t>(module)].file;
  return file != nullptr && std::string_view(file).ends_with("/__init__.py");
}

int32_t FindNativeModule(std::string_view name) {
  for (size_t i = 0; i < std::size(kModules); ++i)
    if (kModules[i].name == name) return static_cast<int32_t>(i);
  return -1;
}

std::span<const NativeMember> NativeMembers() { return Members(); }

int32_t FindNativeMember(BuiltinModule module, std::string_view name) {
  const std::vector<NativeMember>& members = Members();
  for (size_t i = 0; i < members.size(); ++i)
    if (members[i].module == module && members[i].name == name) return static_cast<int32_t>(i);
  return -1;
}

std::string_view NativeFunctionName(BuiltinFunction f) {
  if (f == BuiltinFunction::SysStdout || f == BuiltinFunction::SysStderr || f == BuiltinFunction::SysStdin ||
      f == BuiltinFunction::TypingForm || IsCollectionsBuiltin(f))
    return {};  // not a function: never a value of its own (CheckModelledValue)
  for (const NativeMember& member : Members())
    if (member.kind == NativeMemberKind::Function && member.function == f) return member.name;
  return {};
}

bool CPythonModuleHas(BuiltinModule module, std::string_view name) {
  for (std::string_view word : Words(kCPythonNames[static_cast<uint32_t>(module)]))
    if (word == name) return true;
  return false;
}

std::span<const std::string_view> CPythonStarNames(BuiltinModule module) {
  static const std::vector<std::vector<std::string_view>> names = [] {
    std::vector<std::vector<std::string_view>> all;
    for (size_t m = 0; m < std::size(kModules); ++m) {
      if (static_cast<BuiltinModule>(m) == BuiltinModule::Typing) {
        all.push_back(Words(kTypingAll));
        continue;
      }
      std::vector<std::string_view> public_names;
      for (std::string_view word : Words(kCPythonNames[m]))
        if (word[0] != '_') public_names.push_back(word);
      all.push_back(std::move(public_names));
    }
    return all;
  }();
  return names[static_cast<uint32_t>(module)];
}

}  // namespace keelback
