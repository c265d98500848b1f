// The program's own modules: the main file and every module of the
// program's directory it imports, found as CPython's import system finds
// them and parsed into one syntax tree (a file per module, see SyntaxTree).
//
// Modules are looked for where CPython's sys.path[0] points: the main
// file's directory (the current directory for `-c` and stdin). A name is
// the program's module when that directory holds NAME/__init__.py (a
// package: its submodules are looked for in NAME/) or NAME.py, and the name
// is not one of the interpreter's built-in modules (sys, math...), which
// CPython finds first. Imports of anything else (the standard library) are
// sema's to judge (sema_imports.cpp).
#ifndef KEELBACK_MODULES_MODULES_H
#define KEELBACK_MODULES_MODULES_H

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostics.h"
#include "parse/ast.h"
#include "source/source_file.h"

namespace keelback {

struct SourceModule {
  std::string name;  // "__main__" for the program; "util", "pkg.sub"
  // __package__: what relative imports start from: the package itself for a
  // package's __init__, else the package the module is in ("" at top level).
  std::string package;
  bool is_package = false;
  std::string directory;  // where a package's submodules are (for a package)
  // Keelback's own version of a standard-library module (stdlib/, compiled
  // into Keelback): found after the program's directory, as CPython finds
  // the standard library after sys.path[0], or first for a module built
  // into CPython's interpreter (itertools). cpython_file: the __file__ of
  // CPython's module ("/usr/lib/python3.11/random.py"), empty for a
  // built-in one.
  bool is_stdlib = false;
  std::string cpython_file;
  NodeId root;            // its Module node; its file is the tree's file of the same index
};

// A program's source: modules[i] is the tree's file i; modules[0] is the main file.
struct ProgramSource {
  std::vector<std::unique_ptr<SourceFile>> files;
  std::unique_ptr<SyntaxTree> tree;
  std::vector<SourceModule> modules;
};

// The file's bytes decoded from their declared encoding (PEP 263) into a
// SourceFile named `display`; null after reporting CPython's "encoding
// problem" when they cannot be.
std::unique_ptr<SourceFile> DecodeSourceFile(const std::string& display, std::string bytes, Diagnostics& diagnostics);

// Parses `main` (already decoded) and then every module of the program's it
// imports, transitively, wherever the import statement is. `search_dir` is
// sys.path[0]. False after reporting the first error (a syntax error in any
// of the files).
bool LoadProgram(std::unique_ptr<SourceFile> main, const std::string& search_dir, ProgramSource& program,
                 Diagnostics& diagnostics);

// The modules an import of dotted name `name` imports, in order: "a",
// "a.b", "a.b.c".
std::vector<std::string_view> DottedPrefixes(std::string_view name);

// The index in `modules` of the module whose absolute name is `name`, or -1.
int32_t FindModule(std::span<const SourceModule> modules, std::string_view name);

// The absolute name `from .NAME import` (level dots) means in a module whose
// __package__ is `package`; nullopt when there is no such package (CPython's
// ImportError "attempted relative import with no known parent package" /
// "beyond top-level package").
std::optional<std::string> AbsoluteModuleName(std::string_view package, uint32_t level, std::string_view name);

// The internal module holding the generators that stand for map() and
// filter() objects kept as values (stdlib/_keelback_builtins.py): loaded
// when a module of the program names map or filter; no import names it.
inline constexpr std::string_view kBuiltinValuesModule = "_keelback_builtins";

// Whether `name` is one of the functions (and function-like types) of
// CPython 3.11's builtins module: a program naming one other than to call
// it may use it as a value.
bool IsBuiltinFunctionName(std::string_view name);

// Whether `name` is one of CPython 3.11's built-in modules (compiled into
// the interpreter: found before any file).
bool IsInterpreterBuiltinModule(std::string_view name);

}  // namespace keelback

#endif  // KEELBACK_MODULES_MODULES_H
