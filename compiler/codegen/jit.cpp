// Running a compiled program in memory with LLVM's ORC JIT (`keelback run`):
// its object file is linked into this process by JITLink.
//
// The runtime is linked into the keelback binary and its symbols exported,
// so the JIT resolves every kb_* call against this process.
#include "codegen/llvm_emitter.h"
#include "keelback_runtime.h"
#include "llvm/ExecutionEngine/Orc/ExecutionUtils.h"
#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/ExecutionEngine/Orc/LLJIT.h"
#include "llvm/ExecutionEngine/Orc/ThreadSafeModule.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

namespace keelback {

int RunObjectInJit(const std::string& object, const std::vector<std::string>& argv, std::string& error) {
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  auto jit = llvm::orc::LLJITBuilder().create();
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
  if (auto e = (*jit)->addObjectFile(llvm::MemoryBuffer::getMemBuffer(object, "program", false))) {
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
