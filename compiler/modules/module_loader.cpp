// Finding, reading and parsing the program's own modules (see modules.h).
#include "modules/modules.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "lex/lexer.h"
#include "lex/source_encoding.h"
#include "parse/parser.h"

namespace keelback {

namespace {

// CPython 3.11's sys.builtin_module_names on Debian: found before sys.path.
constexpr std::string_view kInterpreterBuiltinModules[] = {
    "_abc", "_ast", "_bisect", "_blake2", "_codecs", "_collections", "_csv", "_datetime", "_elementtree",
    "_functools", "_heapq", "_imp", "_io", "_locale", "_md5", "_opcode", "_operator", "_pickle",
    "_posixsubprocess", "_random", "_sha1", "_sha256", "_sha3", "_sha512", "_signal", "_socket", "_sre", "_stat",
    "_statistics", "_string", "_struct", "_symtable", "_thread", "_tokenize", "_tracemalloc", "_warnings",
    "_weakref", "array", "atexit", "binascii", "builtins", "cmath", "errno", "faulthandler", "fcntl", "gc", "grp",
    "itertools", "marshal", "math", "posix", "pwd", "pyexpat", "select", "spwd", "sys", "syslog", "time",
    "unicodedata", "xxsubtype", "zlib",
};

// Keelback's own standard-library modules (stdlib/*.py), by name.
struct StdlibSource {
  std::string_view name;
  std::string_view text;
};
constexpr StdlibSource kStdlibSources[] = {
#include "stdlib_sources.inc"
};

const StdlibSource* FindStdlibSource(std::string_view name) {
  for (const StdlibSource& source : kStdlibSources)
    if (source.name == name) return &source;
  return nullptr;
}

class Loader {
 public:
  Loader(ProgramSource& program, const std::string& search_dir, Diagnostics& diagnostics)
      : program_(program), search_dir_(search_dir), diagnostics_(diagnostics) {}

  // Loads the modules module `index` imports (not those they import).
  bool LoadImportsOf(size_t index) {
    const SyntaxTree& tree = *program_.tree;
    bool needs_builtin_values = false;
    std::vector<uint32_t> called;  // the function of each call seen
    std::vector<NodeId> work{program_.modules[index].root};
    while (!work.empty()) {
      NodeId n = work.back();
      work.pop_back();
      // Loading parses into the tree, which may move its lists and names:
      // what is read from it is copied first.
      if (tree.Kind(n) == NodeKind::Import) {
        std::vector<std::string> names;
        for (NodeId alias : tree.Items(n, ImportField::names))
          names.emplace_back(tree.Name(tree.Ident(alias, AliasField::name)));
        for (const std::string& name : names)
          if (!LoadWithParents(name)) return false;
        continue;
      }
      if (tree.Kind(n) == NodeKind::ImportFrom) {
        IdentId module = tree.Ident(n, ImportFromField::module);
        std::optional<std::string> base = AbsoluteModuleName(
            program_.modules[index].package, tree.Field(n, ImportFromField::level), module.IsValid() ? tree.Name(module) : "");
        if (!base) continue;  // ImportError when it runs (sema_imports.cpp)
        if (!LoadWithParents(*base)) return false;
        int32_t from = FindModule(program_.modules, *base);
        if (from < 0 || !program_.modules[from].is_package) continue;
        // `from package import name`: name may be a submodule.
        std::vector<std::string> names;
        for (NodeId alias : tree.Items(n, ImportFromField::names))
          names.emplace_back(tree.Name(tree.Ident(alias, AliasField::name)));
        for (const std::string& name : names)
          if (name != "*" && !Load(*base + "." + name)) return false;
        continue;
      }
      // map / filter kept as values, and builtin functions used as values,
      // take functions of an internal module (stdlib/_keelback_builtins.py),
      // loaded once the walk is done.
      if (tree.Kind(n) == NodeKind::Call) called.push_back(tree.Node(n, CallField::func).index);
      if (tree.Kind(n) == NodeKind::Name) {
        std::string_view id = tree.Name(tree.Ident(n, NameField::id));
        if (id == "map" || id == "filter" ||
            (std::find(called.begin(), called.end(), n.index) == called.end() && IsBuiltinFunctionName(id)))
          needs_builtin_values = true;
      }
      // In source order: the modules are numbered as their imports come.
      size_t mark = work.size();
      ForEachChild(tree, n, [&](NodeId c) { work.push_back(c); });
      std::reverse(work.begin() + static_cast<std::ptrdiff_t>(mark), work.end());
    }
    if (needs_builtin_values && FindModule(program_.modules, kBuiltinValuesModule) < 0) {
      const StdlibSource* stdlib = FindStdlibSource(kBuiltinValuesModule);
      if (stdlib != nullptr &&
          !AddModule(std::string(kBuiltinValuesModule), std::make_unique<SourceFile>("<keelback stdlib>/" + std::string(kBuiltinValuesModule) + ".py",
                                                                        std::string(stdlib->text)),
                     "", "", false, true))
        return false;
    }
    return true;
  }

 private:
  // "a.b.c": a, then a.b, then a.b.c, as far as they are the program's.
  bool LoadWithParents(std::string_view name) {
    for (std::string_view part : DottedPrefixes(name)) {
      std::string prefix(part);
      if (!Load(prefix)) return false;
      if (FindModule(program_.modules, prefix) < 0) return true;
    }
    return true;
  }

  // Loads module `name` if it is the program's and not loaded yet; false
  // only after a reported error (its parent must be loaded already).
  bool Load(const std::string& name) {
    if (FindModule(program_.modules, name) >= 0) return true;
    size_t dot = name.rfind('.');
    std::string directory = search_dir_;
    if (dot == std::string::npos) {
      if (IsInterpreterBuiltinModule(name)) {
        // Found before any file: Keelback's own version, if it has one.
        const StdlibSource* stdlib = FindStdlibSource(name);
        return !stdlib || AddModule(name, std::make_unique<SourceFile>("<keelback stdlib>/" + name + ".py",
                                                                       std::string(stdlib->text)),
                                    "", "", false, true);
      }
    } else {
      int32_t parent = FindModule(program_.modules, name.substr(0, dot));
      if (parent < 0 || !program_.modules[parent].is_package) return true;
      directory = program_.modules[parent].directory;
    }
    namespace fs = std::filesystem;
    std::string last = name.substr(dot == std::string::npos ? 0 : dot + 1);
    std::error_code error;
    // A package directory comes before a module file of the same name.
    fs::path package_dir = fs::path(directory) / last;
    fs::path path = package_dir / "__init__.py";
    bool is_package = fs::is_regular_file(path, error);
    if (!is_package) {
      path = fs::path(directory) / (last + ".py");
      if (!fs::is_regular_file(path, error)) {
        // The standard library comes after sys.path[0].
        const StdlibSource* stdlib = dot == std::string::npos ? FindStdlibSource(name) : nullptr;
        if (!stdlib) return true;
        return AddModule(name, std::make_unique<SourceFile>("<keelback stdlib>/" + name + ".py", std::string(stdlib->text)),
                         "", "/usr/lib/python3.11/" + name + ".py", false, true);
      }
    }
    int read_error = 0;
    std::unique_ptr<SourceFile> raw = SourceFile::Read(path.string(), read_error);
    if (!raw) return true;  // unreadable: CPython's import would fail too, sema reports it
    std::unique_ptr<SourceFile> file = DecodeSourceFile(path.string(), std::string(raw->text()), diagnostics_);
    if (!file) return false;
    return AddModule(name, std::move(file), is_package ? package_dir.string() : "", "", is_package, false);
  }

  // Parses `file` as module `name`; false after a reported syntax error.
  bool AddModule(const std::string& name, std::unique_ptr<SourceFile> file, std::string directory,
                 std::string cpython_file, bool is_package, bool is_stdlib) {
    program_.files.push_back(std::move(file));
    TokenizedFile tokens = Lex(*program_.files.back());
    NodeId root = ParseInto(*program_.tree, tokens, diagnostics_);
    if (!root.IsValid()) return false;
    size_t dot = name.rfind('.');
    SourceModule module;
    module.name = name;
    module.is_package = is_package;
    module.package = is_package ? name : (dot == std::string::npos ? "" : name.substr(0, dot));
    module.directory = std::move(directory);
    module.is_stdlib = is_stdlib;
    module.cpython_file = std::move(cpython_file);
    module.root = root;
    program_.modules.push_back(std::move(module));
    return true;
  }

  ProgramSource& program_;
  std::string search_dir_;
  Diagnostics& diagnostics_;
};

}  // namespace

bool IsInterpreterBuiltinModule(std::string_view name) {
  for (std::string_view b : kInterpreterBuiltinModules)
    if (name == b) return true;
  return false;
}

std::vector<std::string_view> DottedPrefixes(std::string_view name) {
  std::vector<std::string_view> prefixes;
  for (size_t dot = name.find('.');; dot = name.find('.', dot + 1)) {
    prefixes.push_back(name.substr(0, dot));
    if (dot == std::string_view::npos) return prefixes;
  }
}

int32_t FindModule(std::span<const SourceModule> modules, std::string_view name) {
  for (size_t i = 1; i < modules.size(); ++i)
    if (modules[i].name == name) return static_cast<int32_t>(i);
  return -1;
}

std::optional<std::string> AbsoluteModuleName(std::string_view package, uint32_t level, std::string_view name) {
  if (level == 0) return std::string(name);
  std::string base(package);
  if (base.empty()) return std::nullopt;
  for (uint32_t i = 1; i < level; ++i) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos) return std::nullopt;
    base.resize(dot);
  }
  if (!name.empty()) base += "." + std::string(name);
  return base;
}

std::unique_ptr<SourceFile> DecodeSourceFile(const std::string& display, std::string bytes, Diagnostics& diagnostics) {
  DecodedSource decoded = DecodeSource(std::move(bytes));
  auto file = std::make_unique<SourceFile>(display, std::move(decoded.text));
  if (!decoded.encoding_problem.empty()) {
    diagnostics.Report(DiagnosticKind::UnsupportedSourceEncoding, *file, 0, 0, {decoded.encoding_problem});
    return nullptr;
  }
  if (decoded.decode_error) file->set_decode_error(std::move(*decoded.decode_error));
  return file;
}

bool LoadProgram(std::unique_ptr<SourceFile> main, const std::string& search_dir, ProgramSource& program,
                 Diagnostics& diagnostics) {
  // The files outlive the diagnostics reported in them.
  program.files.push_back(std::move(main));
  TokenizedFile tokens = Lex(*program.files[0]);
  program.tree = Parse(tokens, diagnostics);
  if (!program.tree) return false;
  SourceModule module;
  module.name = "__main__";
  module.root = program.tree->root();
  program.modules.push_back(std::move(module));
  Loader loader(program, search_dir, diagnostics);
  // Breadth first: each module's imports once it is parsed.
  for (size_t i = 0; i < program.modules.size(); ++i)
    if (!loader.LoadImportsOf(i)) return false;
  return true;
}

bool IsBuiltinFunctionName(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "abs", "all", "any", "ascii", "bin", "bool", "bytearray", "bytes", "callable", "chr", "complex", "dict",
      "divmod", "enumerate", "filter", "float", "format", "frozenset", "getattr", "hasattr", "hash", "hex", "id",
      "input", "int", "isinstance", "issubclass", "iter", "len", "list", "map", "max", "min", "next", "oct", "open",
      "ord", "pow", "print", "range", "repr", "reversed", "round", "set", "setattr", "sorted", "str", "sum", "tuple",
      "type", "zip"};
  for (std::string_view n : kNames)
    if (n == name) return true;
  return false;
}

}  // namespace keelback
