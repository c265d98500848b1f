// Imports of modules that exist nowhere: CPython raises ModuleNotFoundError
// when the import statement runs, so the compiled program does too. The
// search follows CPython 3.11's sys.path for a script (its directory, the
// standard library, lib-dynload, dist-packages) and its built-in modules;
// a module that exists is not compiled yet (not supported yet: importing it).
#include "sema/analyzer.h"

#include <filesystem>
#include <system_error>

namespace keelback::analysis {

namespace {

constexpr std::string_view kBuiltinModules[] = {
    "_abc", "_ast", "_bisect", "_blake2", "_codecs", "_collections", "_csv", "_datetime", "_elementtree",
    "_functools", "_heapq", "_imp", "_io", "_locale", "_md5", "_opcode", "_operator", "_pickle",
    "_posixsubprocess", "_random", "_sha1", "_sha256", "_sha3", "_sha512", "_signal", "_socket", "_sre", "_stat",
    "_statistics", "_string", "_struct", "_symtable", "_thread", "_tokenize", "_tracemalloc", "_warnings",
    "_weakref", "array", "atexit", "binascii", "builtins", "cmath", "errno", "faulthandler", "fcntl", "gc", "grp",
    "itertools", "marshal", "math", "posix", "pwd", "pyexpat", "select", "spwd", "sys", "syslog", "time",
    "unicodedata", "xxsubtype", "zlib",
};

// Whether a top-level module or package `name` can be found: a module file,
// a package or namespace-package directory, or an extension module.
bool ModuleExists(std::string_view name, const std::string& program_path) {
  for (std::string_view b : kBuiltinModules)
    if (name == b) return true;
  namespace fs = std::filesystem;
  std::error_code error;
  fs::path program(program_path);
  std::vector<fs::path> search{program_path.empty() || program_path[0] == '<' ? fs::current_path(error)
                                                                             : program.parent_path()};
  if (search[0].empty()) search[0] = ".";
  for (const char* dir : {"/usr/lib/python3.11", "/usr/lib/python3.11/lib-dynload",
                          "/usr/local/lib/python3.11/dist-packages", "/usr/lib/python3/dist-packages"})
    search.emplace_back(dir);
  std::string stem(name);
  for (const fs::path& dir : search) {
    if (fs::exists(dir / (stem + ".py"), error) || fs::is_directory(dir / stem, error)) return true;
    fs::directory_iterator it(dir, error), end;
    for (; !error && it != end; it.increment(error)) {
      std::string file = it->path().filename().string();
      if (file.size() > stem.size() + 1 && file.compare(0, stem.size() + 1, stem + ".") == 0 &&
          file.size() >= 3 && file.compare(file.size() - 3, 3, ".so") == 0)
        return true;
    }
    error.clear();
  }
  return false;
}

}  // namespace

// `import a.b as c`, `from a import x`: false when the statement needs the
// module compiled (reported here); true when it only raises
// ModuleNotFoundError (recorded for lowering) or imports sys or math.
void Analyzer::InferImport(NodeId s) {
  const std::string& program = tree_.file().path();
  // CPython names the first part of a dotted name that is missing: the top level.
  auto missing = [&](std::string_view module) { return !ModuleExists(module.substr(0, module.find('.')), program); };
  auto top = [](std::string_view module) { return std::string(module.substr(0, module.find('.'))); };
  if (tree_.Kind(s) == NodeKind::ImportFrom) {
    IdentId module = tree_.Ident(s, ImportFromField::module);
    if (tree_.Field(s, ImportFromField::level) == 0 && module.IsValid() && missing(tree_.Name(module))) {
      Current().missing_modules[s.index] = top(tree_.Name(module));
      return;
    }
    Unsupported(s, "the 'ImportFrom' statement");
    return;
  }
  for (NodeId alias : tree_.Items(s, ImportField::names)) {
    std::string_view name = tree_.Name(tree_.Ident(alias, AliasField::name));
    if ((name == "sys" || name == "math") && !tree_.Ident(alias, AliasField::asname).IsValid()) continue;
    if (missing(name)) {
      // Aliases are imported left to right: this one raises.
      Current().missing_modules[s.index] = top(name);
      return;
    }
    Unsupported(alias, "importing module '" + std::string(name) + "'");
  }
}

}  // namespace keelback::analysis
