// Import statements of the program's own modules (sema_imports.cpp): a
// module's body runs the first time an import reaches it; the names bound
// are its module (no run-time content) or values of its globals.
#include "ir/lowering.h"

namespace keelback::ir::lowering {

void FunctionLowering::LowerImportSteps(const std::vector<FunctionInstance::ImportStep>& steps) {
  using Step = FunctionInstance::ImportStep;
  for (const Step& step : steps) {
    At(step.at);
    switch (step.kind) {
      case Step::Kind::Run: {
        // The started flag is set before the body runs: an import of the
        // module from inside its own body (a cycle) finds it started.
        const ProgramModule& module = program_.modules[step.index];
        InstId started = Emit(Op::GlobalIsSet, types_.bool_(), {}, module.started_global);
        BlockId run = NewBlock(), done = NewBlock();
        Emit(Op::CondBranch, types_.none(), {started}, done.index, run.index);
        SetBlock(run);
        Emit(Op::StoreGlobal, types_.none(), {Emit(Op::ConstBool, types_.bool_(), {}, 1)}, module.started_global);
        Emit(Op::Call, types_.none(), {}, module.body.index);
        BranchTo(done);
        SetBlock(done);
        break;
      }
      case Step::Kind::BindModule: {
        TypeId type = types_.Find(TypeKind::Module, {}, kFirstProgramModule + step.index);
        StoreVariable(step.target, Emit(Op::ConstNone, type, {}), type);
        break;
      }
      case Step::Kind::BindGlobal: {
        TypeId type = program_.globals[step.index].type;
        TypeKind kind = KindOf(type);
        // A class or module as a value has no word of its own.
        InstId value = kind == TypeKind::ClassObject || kind == TypeKind::Module
                           ? Emit(Op::ConstNone, type, {})
                           : Emit(Op::LoadGlobal, type, {}, step.index);
        StoreVariable(step.target, value, type);
        break;
      }
      case Step::Kind::BindNativeModule: {
        TypeId type = types_.Find(TypeKind::Module, {}, step.index);
        StoreVariable(step.target, Emit(Op::ConstNone, type, {}), type);
        break;
      }
      case Step::Kind::BindNativeMember: {
        TypeId type = NativeMemberTypeOf(step.index);
        StoreVariable(step.target, NativeMemberValue(step.index, type), type);
        break;
      }
      case Step::Kind::RaiseImportError:
        RaiseError("ImportError", step.message);
        return;
      case Step::Kind::RaiseModuleNotFound:
        RaiseError("ModuleNotFoundError", step.message);
        return;
    }
  }
}

// `m.x` on the program's module m: its global x, or its submodule x (which
// must have been imported: AttributeError otherwise, as CPython's).
InstId FunctionLowering::LowerModuleAttribute(NodeId e, uint32_t module) {
  TypeId type = TypeOf(e);
  std::string_view name = tree_.Name(tree_.Ident(e, AttributeField::attr));
  std::string missing = "module '" + program_.modules[module].name + "' has no attribute '" + std::string(name) + "'";
  if (auto sub = instance_.submodule_reads.find(e.index); sub != instance_.submodule_reads.end()) {
    if (sub->second == FunctionInstance::kNoModuleAttribute) return RaiseError("AttributeError", missing);
    InstId started = Emit(Op::GlobalIsSet, types_.bool_(), {}, program_.modules[sub->second].started_global);
    RaiseErrorIf(Emit(Op::BoolNot, types_.bool_(), {started}), "AttributeError", missing);
    return Emit(Op::ConstNone, type, {});
  }
  const NameBinding& b = instance_.names.at(e.index);
  TypeKind kind = KindOf(type);
  if (kind == TypeKind::ClassObject || kind == TypeKind::Module) return Emit(Op::ConstNone, type, {});
  return Emit(Op::LoadGlobal, type, {}, b.index);
}

}  // namespace keelback::ir::lowering
