// Lowering of the native standard-library modules (sema_stdlib.cpp): the
// values of their members, and the calls of native_functions.def's
// functions, each one runtime call.
#include "ir/lowering.h"

#include "types/native_modules.h"

namespace keelback::ir::lowering {

TypeId FunctionLowering::NativeMemberTypeOf(uint32_t index) const {
  auto builtin = [&](BuiltinFunction f) { return types_.Find(TypeKind::Builtin, {}, static_cast<uint32_t>(f)); };
  if (index == FunctionInstance::kNoModuleAttribute) return builtin(BuiltinFunction::TypingForm);
  const NativeMember& member = NativeMembers()[index];
  switch (member.kind) {
    case NativeMemberKind::Function:
    case NativeMemberKind::TypingForm: return builtin(member.function);
    case NativeMemberKind::Float: return types_.float_();
    case NativeMemberKind::Int: return types_.int_();
    case NativeMemberKind::Bool: return types_.bool_();
    case NativeMemberKind::Str: return types_.str();
    case NativeMemberKind::SysArgv: {
      TypeId str = types_.str();
      return types_.Find(TypeKind::List, std::span<const TypeId>(&str, 1));
    }
    case NativeMemberKind::SysStdin: return types_.Find(TypeKind::File, {}, 0);
  }
  return types_.unknown();
}

InstId FunctionLowering::NativeMemberValue(uint32_t index, TypeId type) {
  if (index == FunctionInstance::kNoModuleAttribute) return Emit(Op::ConstNone, type, {});
  const NativeMember& member = NativeMembers()[index];
  switch (member.kind) {
    case NativeMemberKind::Function:
    case NativeMemberKind::TypingForm:
      return Emit(Op::ConstNone, type, {});  // known from the type: no word of its own
    case NativeMemberKind::Float: return Emit(Op::ConstFloat, type, {}, module_.FloatConstant(member.number));
    case NativeMemberKind::Int:
      return Emit(Op::ConstInt, type, {}, module_.IntConstant(std::to_string(member.integer)));
    case NativeMemberKind::Bool: return Emit(Op::ConstBool, type, {}, member.integer != 0 ? 1 : 0);
    case NativeMemberKind::Str: return Emit(Op::ConstStr, type, {}, module_.StrConstant(std::string(member.text)));
    case NativeMemberKind::SysArgv: return Emit(Op::SysArgv, type, {});
    case NativeMemberKind::SysStdin: return RuntimeCall("kb_sys_stdin", type, {});
  }
  return Emit(Op::ConstNone, type, {});
}

// `m.x` on a native module m: x's value, or CPython's AttributeError.
InstId FunctionLowering::LowerNativeModuleAttribute(NodeId e, BuiltinModule module) {
  TypeId type = TypeOf(e);
  auto read = instance_.native_member_reads.find(e.index);
  if (read == instance_.native_member_reads.end()) return Emit(Op::ConstNone, type, {});
  if (read->second == FunctionInstance::kNoModuleAttribute)
    return RaiseError("AttributeError", "module '" + std::string(NativeModuleName(module)) + "' has no attribute '" +
                                            std::string(tree_.Name(tree_.Ident(e, AttributeField::attr))) + "'");
  return NativeMemberValue(read->second, type);
}

InstId FunctionLowering::LowerNativeFunctionCall(NodeId e, BuiltinFunction f, const std::vector<InstId>& values) {
  const NativeFunctionInfo& info = NativeFunctionOf(f);
  auto args = tree_.Items(e, CallField::args);
  std::vector<InstId> converted;
  for (size_t i = 0; i < values.size(); ++i)
    converted.push_back(info.params[i] == 'F'   ? ToFloat(values[i], TypeOf(args[i]))
                        : info.params[i] == 'I' ? ToInt(values[i], TypeOf(args[i]))
                                                : values[i]);  // B: boxed as it is
  return RuntimeCall(info.runtime, TypeOf(e), converted);
}

}  // namespace keelback::ir::lowering
