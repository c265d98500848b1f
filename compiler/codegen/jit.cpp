// Running a compiled module in memory with LLVM's ORC JIT (`keelback run`).
//
// The runtime is linked into the keelback binary and its symbols exported,
// so the JIT resolves every kb_* call against this process.
#include "codegen/llvm_emitter.h"
#include "keelback_runtime.h"
#include "llvm/ExecutionEngine/Orc/ExecutionUtils.h"
#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/ExecutionEngine/Orc/LLJIT.h"
#include "llvm/ExecutionEngine/Orc/ThreadSafeModule.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

namespace keelback {

int RunInJit(const ir::Module& module, const CodegenOptions& options, const std::vector<std::string>& argv,
             std::string& error) {
  auto context = std::make_unique<llvm::LLVMContext>();
  std::unique_ptr<llvm::TargetMachine> machine = codegen::CreateHostTargetMachine(options.opt_level, error);
  if (!machine) return -1;
  std::unique_ptr<llvm::Module> llvm_module = codegen::EmitModule(module, *context, false);
  std::string problems;
  llvm::raw_string_ostream stream(problems);
  if (llvm::verifyModule(*llvm_module, &stream)) {
    error = "internal error: invalid LLVM IR generated:\n" + problems;
    return -1;
  }
  codegen::Optimize(*llvm_module, *machine, options.opt_level);

  auto target_builder = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!target_builder) {
    error = llvm::toString(target_builder.takeError());
    return -1;
  }
  target_builder->setCodeGenOptLevel(machine->getOptLevel());
  target_builder->getOptions().AllowFPOpFusion = llvm::FPOpFusion::Strict;
  auto jit = llvm::orc::LLJITBuilder().setJITTargetMachineBuilder(std::move(*target_builder)).create();
  if (!jit) {
    error = llvm::toString(jit.takeError());
    return -1;
  }
  auto process = llvm::orc::DynamicLibrarySearchGenerator::GetForCurrentProcess(
      (*jit)->getDataLayout().getGlobalPrefix());
  if (!process) {
    error = llvm::toString(process.takeError());
    return -1;
  }
  (*jit)->getMainJITDylib().addGenerator(std::move(*process));
  if (auto e = (*jit)->addIRModule(llvm::orc::ThreadSafeModule(std::move(llvm_module), std::move(context)))) {
    error = llvm::toString(std::move(e));
    return -1;
  }
  auto entry = (*jit)->lookup("__kb_module_main");
  if (!entry) {
    error = llvm::toString(entry.takeError());
    return -1;
  }
  std::vector<char*> c_argv;
  for (const std::string& a : argv) c_argv.push_back(const_cast<char*>(a.c_str()));
  c_argv.push_back(nullptr);
  return kb_main(static_cast<int>(argv.size()), c_argv.data(), entry->toPtr<void (*)()>());
}

}  // namespace keelback
