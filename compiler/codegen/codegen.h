// Code generation: Keelback IR to LLVM IR, then to machine code, either in
// memory (the ORC JIT, for `keelback run`) or as an object file linked with
// the runtime into an executable (`keelback build`).
//
// LLVM is visible only inside this phase and the driver's link step.
#ifndef KEELBACK_CODEGEN_CODEGEN_H
#define KEELBACK_CODEGEN_CODEGEN_H

#include <string>
#include <vector>

#include "ir/ir.h"

namespace keelback {

struct CodegenOptions {
  int opt_level = 3;  // -O0 ... -O3
};

// The optimised LLVM IR of `module` as text (--emit=llvm).
std::string EmitLlvmText(const ir::Module& module, const CodegenOptions& options);

// Compiles `module` to an object file in memory (for RunObjectInJit, and for
// the driver's cache of compiled programs). Empty with `error` set on failure.
std::string CompileToObject(const ir::Module& module, const CodegenOptions& options, std::string& error);

// Links an object from CompileToObject into this process with LLVM's ORC
// JIT and runs it with `argv` as sys.argv (argv[0] is the script's path).
// Returns the program's exit code, or -1 with `error` set when linking failed.
int RunObjectInJit(const std::string& object, const std::vector<std::string>& argv, std::string& error);

// Writes an object file for `module` with a C `main` that runs it.
bool WriteObjectFile(const ir::Module& module, const CodegenOptions& options, const std::string& path,
                     std::string& error);

}  // namespace keelback

#endif  // KEELBACK_CODEGEN_CODEGEN_H
