// Internal to codegen: building the LLVM module for an IR module, and the
// target machine and optimisation pipeline shared by the JIT and object files.
#ifndef KEELBACK_CODEGEN_LLVM_EMITTER_H
#define KEELBACK_CODEGEN_LLVM_EMITTER_H

#include <memory>
#include <string>

#include "codegen/codegen.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Target/TargetMachine.h"

namespace keelback::codegen {

// The module's LLVM IR (unoptimised). `with_main` adds a C `main` that calls
// kb_main with the module body, for executables.
std::unique_ptr<llvm::Module> EmitModule(const ir::Module& module, llvm::LLVMContext& context, bool with_main);

// A target machine for the host CPU with all its features (like
// -march=native); floating-point contraction is off, as Python requires.
std::unique_ptr<llvm::TargetMachine> CreateHostTargetMachine(int opt_level, std::string& error);

// Runs LLVM's standard pipeline for `opt_level` on `module`.
void Optimize(llvm::Module& module, llvm::TargetMachine& machine, int opt_level);

}  // namespace keelback::codegen

#endif  // KEELBACK_CODEGEN_LLVM_EMITTER_H
