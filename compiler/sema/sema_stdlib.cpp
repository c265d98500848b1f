// The native standard-library modules (types/native_modules.h): import
// statements binding them or their members, `m.x` reads, and the calls of
// their functions that are one runtime call each (native_functions.def).
// Every native module goes through the same table, so `import m as x`,
// `from m import a, b as c` and `from m import *` work alike for all.
#include "sema/analyzer.h"

#include "types/native_modules.h"

namespace keelback::analysis {

int32_t Analyzer::VisibleNativeModule(std::string_view name) const {
  int32_t m = FindNativeModule(name);
  if (m < 0) return -1;
  if (IsInternalNativeModule(static_cast<BuiltinModule>(m)) && !program_->modules[program_->instances[current_.index].module].is_stdlib)
    return -1;
  return m;
}

TypeId Analyzer::NativeMemberType(uint32_t index) {
  const NativeMember& member = NativeMembers()[index];
  switch (member.kind) {
    case NativeMemberKind::Function:
    case NativeMemberKind::TypingForm:
      return types().Get(TypeKind::Builtin, {}, static_cast<uint32_t>(member.function));
    case NativeMemberKind::Float: return types().float_();
    case NativeMemberKind::Int: return types().int_();
    case NativeMemberKind::Bool: return types().bool_();
    case NativeMemberKind::Str: return types().str();
    case NativeMemberKind::SysArgv: return types().ListOf(types().str());
    case NativeMemberKind::SysStdin: return types().Get(TypeKind::File, {}, 0);
  }
  return types().unknown();
}

void Analyzer::CheckModelledValue(NodeId e, TypeId t, std::string_view name) {
  if (types().Kind(t) == TypeKind::Builtin && IsCollectionsBuiltin(static_cast<BuiltinFunction>(types()[t].payload)) &&
      e != callee_)
    Unsupported(e, "'" + std::string(name) + "' other than called (collections' classes are not values yet)");
  if (types().Kind(t) == TypeKind::Builtin && types()[t].payload == static_cast<uint32_t>(BuiltinFunction::TypingForm))
    Unsupported(e, "'" + std::string(name) +
                       "' as a value (a name of typing, usable in annotations only, or one of a standard-library "
                       "module that Keelback does not compile)");
}

TypeId Analyzer::InferNativeModuleAttribute(NodeId e, BuiltinModule module, std::string_view attr) {
  int32_t member = FindNativeMember(module, attr);
  if (member >= 0) {
    Current().native_member_reads[e.index] = static_cast<uint32_t>(member);
    TypeId t = NativeMemberType(static_cast<uint32_t>(member));
    CheckModelledValue(e, t, attr);
    return t;
  }
  if (CPythonModuleHas(module, attr)) {
    Unsupported(e, "attribute '" + std::string(attr) + "' of module '" + std::string(NativeModuleName(module)) + "'");
    return types().unknown();
  }
  Current().native_member_reads[e.index] = FunctionInstance::kNoModuleAttribute;  // AttributeError
  return types().none();
}

void Analyzer::InferNativeImport(NodeId alias, IdentId target, BuiltinModule module,
                                 std::vector<FunctionInstance::ImportStep>& steps) {
  using Step = FunctionInstance::ImportStep;
  steps.push_back(BindImported(alias, target, types().Get(TypeKind::Module, {}, static_cast<uint32_t>(module)),
                               {Step::Kind::BindNativeModule, static_cast<uint32_t>(module), {}, alias, ""}));
}

void Analyzer::InferNativeImportFrom(NodeId s, BuiltinModule module, std::vector<FunctionInstance::ImportStep>& steps) {
  using Step = FunctionInstance::ImportStep;
  std::string module_name(NativeModuleName(module));
  for (NodeId alias : tree_.Items(s, ImportFromField::names)) {
    IdentId name = tree_.Ident(alias, AliasField::name);
    IdentId as = tree_.Ident(alias, AliasField::asname);
    if (tree_.Name(name) == "*") {
      // CPython's public names (CollectStarImports bound them in this
      // namespace); one Keelback does not compile is not modelled: a
      // compile error where the program reads it.
      for (std::string_view public_name : CPythonStarNames(module)) {
        IdentId id = tree_.Find(public_name);
        if (!id.IsValid()) continue;  // the program never names it
        int32_t member = FindNativeMember(module, public_name);
        if (member >= 0) {
          steps.push_back(BindImported(alias, id, NativeMemberType(static_cast<uint32_t>(member)),
                                       {Step::Kind::BindNativeMember, static_cast<uint32_t>(member), {}, alias, ""}));
        } else {
          steps.push_back(BindImported(alias, id, types().Get(TypeKind::Builtin, {}, static_cast<uint32_t>(BuiltinFunction::TypingForm)),
                                       {Step::Kind::BindNativeMember, FunctionInstance::kNoModuleAttribute, {}, alias, ""}));
        }
      }
      continue;
    }
    std::string_view text = tree_.Name(name);
    int32_t member = FindNativeMember(module, text);
    if (member >= 0) {
      steps.push_back(BindImported(alias, as.IsValid() ? as : name, NativeMemberType(static_cast<uint32_t>(member)),
                                   {Step::Kind::BindNativeMember, static_cast<uint32_t>(member), {}, alias, ""}));
      continue;
    }
    if (CPythonModuleHas(module, text)) {
      Unsupported(alias, "importing '" + std::string(text) + "' from module '" + module_name + "'");
      continue;
    }
    const char* file = NativeModuleFile(module);
    steps.push_back({Step::Kind::RaiseImportError, 0, {}, alias,
                     "cannot import name '" + std::string(text) + "' from '" + module_name + "' (" +
                         (file ? std::string(file) : std::string("unknown location")) + ")"});
    break;
  }
}

TypeId Analyzer::InferTypingCast(NodeId call, std::span<const NodeId> args) {
  // cast(T, x) is x; T is a type expression (`List[int]`), which Keelback
  // does not evaluate (CPython evaluates it, to no visible effect).
  if (args.size() != 2 || !tree_.Items(call, CallField::keywords).empty()) {
    Unsupported(call, "cast() other than cast(type, value)");
    for (NodeId a : args) InferExpr(a);
    return types().unknown();
  }
  if (tree_.Kind(args[0]) == NodeKind::Starred || tree_.Kind(args[1]) == NodeKind::Starred) {
    Unsupported(call, "cast() of * arguments");
    return types().unknown();
  }
  return InferExpr(args[1]);
}

TypeId Analyzer::InferTypeVarCall(NodeId call, std::span<const NodeId> args) {
  // T = TypeVar("T", bound=...): a name only annotations use (they are
  // not evaluated), like typing's other names.
  for (NodeId a : args) InferExpr(a);
  for (NodeId k : tree_.Items(call, CallField::keywords)) InferExpr(tree_.Node(k, KeywordField::value));
  return types().Get(TypeKind::Builtin, {}, static_cast<uint32_t>(BuiltinFunction::TypingForm));
}

TypeId Analyzer::InferNativeFunctionCall(NodeId call, BuiltinFunction f, std::span<const NodeId> args,
                                         const std::vector<TypeId>& arg_types) {
  const NativeFunctionInfo& info = NativeFunctionOf(f);
  std::string qualified = std::string(NativeModuleName(info.module)) + "." + info.name;
  std::string_view params(info.params);
  if (!tree_.Items(call, CallField::keywords).empty()) Unsupported(call, "keyword arguments to " + qualified + "()");
  if (args.size() != params.size()) {
    Unsupported(call, qualified + "() with " + std::to_string(args.size()) + " arguments");
  } else {
    for (size_t i = 0; i < args.size(); ++i) {
      if (tree_.Kind(args[i]) == NodeKind::Starred) {
        Unsupported(args[i], "* arguments to " + qualified + "()");
        continue;
      }
      TypeKind k = types().Kind(arg_types[i]);
      bool ok = params[i] == 'B' ? k == TypeKind::Unknown || k == TypeKind::Bytes || k == TypeKind::ByteArray ||
                                       k == TypeKind::Object
                                 : k == TypeKind::Unknown || k == TypeKind::Int || k == TypeKind::Bool ||
                                       (params[i] == 'F' && k == TypeKind::Float);
      if (!ok) Unsupported(args[i], "an argument of type " + types().Name(arg_types[i]) + " to " + qualified + "()");
    }
  }
  switch (info.result) {
    case 'F': return types().float_();
    case 'I': return types().int_();
    default: return types().none();
  }
}

}  // namespace keelback::analysis
