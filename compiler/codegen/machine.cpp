// The host target machine, the optimisation pipeline, and the two ways out:
// LLVM IR text and object files.
#include <system_error>

#include "codegen/llvm_emitter.h"
#include "llvm/Analysis/CGSCCPassManager.h"
#include "llvm/Analysis/LoopAnalysisManager.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/PassManager.h"
#include "llvm/IR/Verifier.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/SubtargetFeature.h"

namespace keelback {
namespace codegen {

namespace {
llvm::CodeGenOptLevel CodeGenLevel(int opt_level) {
  switch (opt_level) {
    case 0: return llvm::CodeGenOptLevel::None;
    case 1: return llvm::CodeGenOptLevel::Less;
    case 2: return llvm::CodeGenOptLevel::Default;
    default: return llvm::CodeGenOptLevel::Aggressive;
  }
}
// LLVM's inliner counts every instruction of a callee, but a Keelback
// function carries many slow paths that almost never run (an int that
// overflows to GMP, a bounds check that raises IndexError, the recursion
// limit), each a call with its phi. A small numeric helper such as
// `def f(i, j): return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)` therefore
// looks several times bigger than it runs, and stays a call inside the loop
// that calls it. So the thresholds are raised, once per process: call sites
// in a loop (the "locally hot" ones, which replace the plain threshold there)
// and the others. Options set on the command line keep their value.
void TuneInliner() {
  static bool tuned = false;
  if (tuned) return;
  tuned = true;
  llvm::StringMap<llvm::cl::Option*>& options = llvm::cl::getRegisteredOptions();
  auto set = [&](const char* name, const char* value) {
    auto it = options.find(name);
    if (it == options.end() || it->second->getNumOccurrences() > 0) return;
    it->second->addOccurrence(0, name, value);
  };
  set("inline-threshold", "500");
  set("locally-hot-callsite-threshold", "1000");
}

}  // namespace

std::unique_ptr<llvm::TargetMachine> CreateHostTargetMachine(int opt_level, std::string& error) {
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  llvm::InitializeNativeTargetAsmParser();
  std::string triple = llvm::sys::getProcessTriple();
  const llvm::Target* target = llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target) return nullptr;
  llvm::SubtargetFeatures features;
  for (auto& [name, enabled] : llvm::sys::getHostCPUFeatures()) features.AddFeature(name, enabled);
  llvm::TargetOptions options;
  options.AllowFPOpFusion = llvm::FPOpFusion::Strict;  // Python rounds every operation: no FMA
  return std::unique_ptr<llvm::TargetMachine>(target->createTargetMachine(
      triple, llvm::sys::getHostCPUName(), features.getString(), options, llvm::Reloc::PIC_, std::nullopt,
      CodeGenLevel(opt_level)));
}

void Optimize(llvm::Module& module, llvm::TargetMachine& machine, int opt_level) {
  module.setDataLayout(machine.createDataLayout());
  module.setTargetTriple(machine.getTargetTriple().str());
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  if (opt_level >= 2) TuneInliner();
  llvm::PassBuilder builder(&machine);
  builder.registerModuleAnalyses(mam);
  builder.registerCGSCCAnalyses(cgam);
  builder.registerFunctionAnalyses(fam);
  builder.registerLoopAnalyses(lam);
  builder.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::OptimizationLevel level = opt_level <= 0   ? llvm::OptimizationLevel::O0
                                  : opt_level == 1 ? llvm::OptimizationLevel::O1
                                  : opt_level == 2 ? llvm::OptimizationLevel::O2
                                                   : llvm::OptimizationLevel::O3;
  llvm::ModulePassManager pipeline = opt_level <= 0 ? builder.buildO0DefaultPipeline(level)
                                                    : builder.buildPerModuleDefaultPipeline(level);
  pipeline.run(module, mam);
}

}  // namespace codegen

namespace {

// Emits, verifies and optimises; null with `error` set on failure.
std::unique_ptr<llvm::Module> BuildOptimized(const ir::Module& module, const CodegenOptions& options,
                                             llvm::LLVMContext& context, bool with_main,
                                             std::unique_ptr<llvm::TargetMachine>& machine, std::string& error) {
  machine = codegen::CreateHostTargetMachine(options.opt_level, error);
  if (!machine) return nullptr;
  std::unique_ptr<llvm::Module> llvm_module = codegen::EmitModule(module, context, with_main);
  std::string problems;
  llvm::raw_string_ostream stream(problems);
  if (llvm::verifyModule(*llvm_module, &stream)) {
    error = "internal error: invalid LLVM IR generated:\n" + problems;
    return nullptr;
  }
  codegen::Optimize(*llvm_module, *machine, options.opt_level);
  return llvm_module;
}

}  // namespace

std::string EmitLlvmText(const ir::Module& module, const CodegenOptions& options) {
  llvm::LLVMContext context;
  std::unique_ptr<llvm::TargetMachine> machine;
  std::string error;
  std::unique_ptr<llvm::Module> llvm_module = BuildOptimized(module, options, context, false, machine, error);
  if (!llvm_module) return "; " + error + "\n";
  std::string text;
  llvm::raw_string_ostream out(text);
  llvm_module->print(out, nullptr);
  return text;
}

namespace {
// Machine code for the module, written to `out`; `with_main` adds a C main.
bool EmitObject(const ir::Module& module, const CodegenOptions& options, bool with_main, llvm::raw_pwrite_stream& out,
                std::string& error) {
  llvm::LLVMContext context;
  std::unique_ptr<llvm::TargetMachine> machine;
  std::unique_ptr<llvm::Module> llvm_module = BuildOptimized(module, options, context, with_main, machine, error);
  if (!llvm_module) return false;
  llvm::legacy::PassManager emit;
  if (machine->addPassesToEmitFile(emit, out, nullptr, llvm::CodeGenFileType::ObjectFile)) {
    error = "the target cannot emit object files";
    return false;
  }
  emit.run(*llvm_module);
  return true;
}
}  // namespace

bool WriteObjectFile(const ir::Module& module, const CodegenOptions& options, const std::string& path,
                     std::string& error) {
  std::error_code ec;
  llvm::raw_fd_ostream out(path, ec, llvm::sys::fs::OF_None);
  if (ec) {
    error = "cannot write " + path + ": " + ec.message();
    return false;
  }
  bool ok = EmitObject(module, options, true, out, error);
  out.flush();
  return ok;
}

std::string CompileToObject(const ir::Module& module, const CodegenOptions& options, std::string& error) {
  llvm::SmallVector<char, 0> buffer;
  llvm::raw_svector_ostream out(buffer);
  if (!EmitObject(module, options, false, out, error)) return {};
  return std::string(buffer.data(), buffer.size());
}

}  // namespace keelback
