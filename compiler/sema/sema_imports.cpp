// Import statements. The program's own modules (modules.h) are compiled
// with it: an import runs a module's body the first time, then binds the
// module (a value with no run-time content: its type names it) or values of
// its globals. Of the rest, the native modules (sema_stdlib.cpp) are compiled with it; a module
// that exists nowhere raises ModuleNotFoundError when the import statement
// runs, as CPython's does. The search follows CPython 3.11's sys.path for a
// script (its directory, the standard library, lib-dynload, dist-packages)
// and its built-in modules; a module that exists is not compiled yet
// (not supported yet: importing it).
#include "sema/analyzer.h"

#include "types/native_modules.h"

#include <filesystem>
#include <system_error>

namespace keelback::analysis {

namespace {

// Whether a top-level module or package `name` can be found: a module file,
// a package or namespace-package directory, or an extension module.
bool ModuleExists(std::string_view name, const std::string& program_path) {
  if (IsInterpreterBuiltinModule(name)) return true;
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

std::string_view TopLevel(std::string_view module) { return module.substr(0, module.find('.')); }

}  // namespace

// `import a.b as c`, `from a import x`: records the statement's steps
// (FunctionInstance::import_steps). The program's own modules are run and
// bound; of the others, the native modules are compiled, and one that exists
// nowhere raises ModuleNotFoundError when the statement runs.
void Analyzer::InferImport(NodeId s) {
  using Step = FunctionInstance::ImportStep;
  std::vector<Step> steps;
  const std::string& program = tree_.file().path();
  // CPython names the first part of a dotted name that is missing: the top level.
  auto missing = [&](std::string_view module) { return !ModuleExists(TopLevel(module), program); };
  // Runs the modules of dotted name `name` in turn (a, a.b, a.b.c); false
  // after a step that raises ModuleNotFoundError.
  auto run = [&](std::string_view name, NodeId at) {
    for (std::string_view prefix : DottedPrefixes(name)) {
      int32_t m = FindModule(source_modules_, prefix);
      if (m < 0) {
        steps.push_back({Step::Kind::RaiseModuleNotFound, 0, {}, at, "No module named '" + std::string(prefix) + "'"});
        return false;
      }
      steps.push_back({Step::Kind::Run, static_cast<uint32_t>(m), {}, at, ""});
    }
    return true;
  };
  const ProgramModule& importer = program_->modules[Current().module];
  if (tree_.Kind(s) == NodeKind::Import) {
    // Aliases are imported left to right, up to one that raises.
    for (NodeId alias : tree_.Items(s, ImportField::names)) {
      std::string_view name = tree_.Name(tree_.Ident(alias, AliasField::name));
      IdentId as = tree_.Ident(alias, AliasField::asname);
      if (FindModule(source_modules_, TopLevel(name)) < 0) {
        if (name != TopLevel(name) && VisibleNativeModule(name) >= 0) {
          // import collections.abc: binding the package with its submodule
          // as an attribute is not modelled (from collections.abc import X is).
          Unsupported(alias, "importing module '" + std::string(name) + "' (from " + std::string(name) + " import ... is supported)");
          continue;
        }
        if (int32_t native = VisibleNativeModule(TopLevel(name)); native >= 0) {
          if (name != TopLevel(name) && IsNativePackage(static_cast<BuiltinModule>(native))) {
            steps.push_back({Step::Kind::RaiseModuleNotFound, 0, {}, alias, "No module named '" + std::string(name) + "'"});
            break;
          }
          if (name != TopLevel(name)) {
            steps.push_back({Step::Kind::RaiseModuleNotFound, 0, {}, alias,
                             "No module named '" + std::string(name) + "'; '" + std::string(TopLevel(name)) +
                                 "' is not a package"});
            break;
          }
          InferNativeImport(alias, as.IsValid() ? as : tree_.Find(name), static_cast<BuiltinModule>(native), steps);
          continue;
        }
        if (missing(name)) {
          steps.push_back({Step::Kind::RaiseModuleNotFound, 0, {}, alias,
                           "No module named '" + std::string(TopLevel(name)) + "'"});
          break;
        }
        Unsupported(alias, "importing module '" + std::string(name) + "'");
        continue;
      }
      if (!run(name, alias)) break;
      int32_t bound = FindModule(source_modules_, as.IsValid() ? name : TopLevel(name));
      IdentId target = as.IsValid() ? as : tree_.Find(TopLevel(name));
      steps.push_back(BindImported(alias, target, ModuleType(static_cast<uint32_t>(bound)),
                                   {Step::Kind::BindModule, static_cast<uint32_t>(bound), {}, alias, ""}));
    }
  } else {
    uint32_t level = tree_.Field(s, ImportFromField::level);
    IdentId module_name = tree_.Ident(s, ImportFromField::module);
    std::string_view relative = module_name.IsValid() ? tree_.Name(module_name) : std::string_view();
    std::optional<std::string> absolute = ImportFromModule(Current().module, s);
    if (level == 0 && relative == "__future__") {
      // Compiler directives (annotations, division, ...): Keelback's
      // semantics are already 3.11's, and annotations are never evaluated.
    } else if (level == 0 && FindModule(source_modules_, TopLevel(relative)) < 0) {
      int32_t native = VisibleNativeModule(TopLevel(relative));
      if (int32_t full = relative != TopLevel(relative) ? VisibleNativeModule(relative) : -1; full >= 0)
        InferNativeImportFrom(s, static_cast<BuiltinModule>(full), steps);  // from collections.abc import ...
      else if (native >= 0 && relative != TopLevel(relative) && IsNativePackage(static_cast<BuiltinModule>(native)))
        steps.push_back({Step::Kind::RaiseModuleNotFound, 0, {}, s, "No module named '" + std::string(relative) + "'"});
      else if (native >= 0 && relative != TopLevel(relative))
        steps.push_back({Step::Kind::RaiseModuleNotFound, 0, {}, s,
                         "No module named '" + std::string(relative) + "'; '" + std::string(TopLevel(relative)) +
                             "' is not a package"});
      else if (native >= 0)
        InferNativeImportFrom(s, static_cast<BuiltinModule>(native), steps);
      else if (missing(relative))
        steps.push_back({Step::Kind::RaiseModuleNotFound, 0, {}, s,
                         "No module named '" + std::string(TopLevel(relative)) + "'"});
      else
        Unsupported(s, "importing from module '" + std::string(relative) + "'");
    } else if (!absolute) {
      steps.push_back({Step::Kind::RaiseImportError, 0, {}, s,
                       importer.package.empty() ? "attempted relative import with no known parent package"
                                                : "attempted relative import beyond top-level package"});
    } else if (run(*absolute, s)) {
      uint32_t from = static_cast<uint32_t>(FindModule(source_modules_, *absolute));
      for (NodeId alias : tree_.Items(s, ImportFromField::names)) {
        IdentId name = tree_.Ident(alias, AliasField::name);
        IdentId as = tree_.Ident(alias, AliasField::asname);
        IdentId target = as.IsValid() ? as : name;
        if (tree_.Name(name) == "*") {
          // The module's public names (CollectStarImports put them in this namespace).
          for (IdentId public_name : StarImportNames(from)) {
            int32_t g = FindGlobal(from, public_name);
            steps.push_back(BindImported(alias, public_name, program_->globals[g].type,
                                         {Step::Kind::BindGlobal, static_cast<uint32_t>(g), {}, alias, ""}));
          }
          continue;
        }
        int32_t g = FindGlobal(from, name);
        int32_t submodule = FindModule(source_modules_, *absolute + "." + std::string(tree_.Name(name)));
        if (g >= 0) {
          steps.push_back(BindImported(alias, target, program_->globals[g].type,
                                       {Step::Kind::BindGlobal, static_cast<uint32_t>(g), {}, alias, ""}));
        } else if (submodule >= 0 && program_->modules[from].is_package) {
          steps.push_back({Step::Kind::Run, static_cast<uint32_t>(submodule), {}, alias, ""});
          steps.push_back(BindImported(alias, target, ModuleType(static_cast<uint32_t>(submodule)),
                                       {Step::Kind::BindModule, static_cast<uint32_t>(submodule), {}, alias, ""}));
        } else {
          steps.push_back({Step::Kind::RaiseImportError, 0, {}, alias,
                           "cannot import name '" + std::string(tree_.Name(name)) + "' from '" + *absolute + "' (" +
                               tree_.file(from).path() + ")"});
          break;
        }
      }
    }
  }
  if (!steps.empty()) Current().import_steps[s.index] = std::move(steps);
}

// Binds `name` in the current scope to an imported value of `type`; returns
// the step with the variable as its target.
FunctionInstance::ImportStep Analyzer::BindImported(NodeId at, IdentId name, TypeId type, FunctionInstance::ImportStep step) {
  NameBinding b = Resolve(name);
  if (b.kind == NameBinding::Kind::Local) {
    SetLocalType(b.index, type, at);
  } else if (b.kind == NameBinding::Kind::Global) {
    SetGlobalType(b.index, type, at);
  } else {
    // A name declared nonlocal, or bound by `from m import *` in a function.
    Unsupported(at, "importing into a variable of an enclosing function");
  }
  step.target = b;
  return step;
}

// The names `from m import *` binds: m's __all__ when it is a list or tuple
// of str literals, else its globals not starting with an underscore.
std::vector<IdentId> Analyzer::StarImportNames(uint32_t module) const {
  std::vector<IdentId> names;
  for (NodeId s : tree_.Items(program_->modules[module].root, ModuleField::body)) {
    if (tree_.Kind(s) != NodeKind::Assign || tree_.Items(s, AssignField::targets).size() != 1) continue;
    NodeId target = tree_.Items(s, AssignField::targets)[0];
    NodeId value = tree_.Node(s, AssignField::value);
    if (tree_.Kind(target) != NodeKind::Name || tree_.Name(tree_.Ident(target, NameField::id)) != "__all__") continue;
    if (tree_.Kind(value) != NodeKind::List && tree_.Kind(value) != NodeKind::Tuple) continue;
    names.clear();
    for (NodeId item : tree_.Items(value, ListField::elts)) {
      if (tree_.Kind(item) != NodeKind::Constant) continue;
      const Constant& c = tree_.GetConstant(ConstantId(tree_.Field(item, ConstantField::value)));
      IdentId id = c.kind == Constant::Kind::Str ? tree_.Find(c.text) : IdentId();
      if (id.IsValid() && FindGlobal(module, id) >= 0) names.push_back(id);
    }
    return names;
  }
  for (IdentId name : module_scopes_[module].locals)
    if (!tree_.Name(name).empty() && tree_.Name(name)[0] != '_') names.push_back(name);
  return names;
}

// The program's modules, each after the modules it imports (at its level:
// what its class statements can derive from); an import cycle is broken
// where the walk from the main module meets it.
std::vector<uint32_t> Analyzer::ModulesInDependencyOrder() const {
  size_t count = program_->modules.size();
  std::vector<std::vector<uint32_t>> imports(count);
  for (uint32_t m = 0; m < count; ++m) {
    auto add = [&](std::string_view name) {
      for (std::string_view prefix : DottedPrefixes(name))
        if (int32_t i = FindModule(source_modules_, prefix); i >= 0) imports[m].push_back(static_cast<uint32_t>(i));
    };
    for (NodeId s : tree_.Items(program_->modules[m].root, ModuleField::body)) {
      if (tree_.Kind(s) == NodeKind::Import) {
        for (NodeId alias : tree_.Items(s, ImportField::names)) add(tree_.Name(tree_.Ident(alias, AliasField::name)));
      } else if (tree_.Kind(s) == NodeKind::ImportFrom) {
        std::optional<std::string> absolute = ImportFromModule(m, s);
        if (!absolute) continue;
        add(*absolute);
        for (NodeId alias : tree_.Items(s, ImportFromField::names))
          add(*absolute + "." + std::string(tree_.Name(tree_.Ident(alias, AliasField::name))));
      }
    }
  }
  // Post-order of a depth-first walk, with an explicit stack.
  std::vector<uint32_t> order;
  std::vector<uint8_t> state(count, 0);  // 0 unseen, 1 on the stack, 2 done
  for (uint32_t start = 0; start < count; ++start) {
    if (state[start]) continue;
    std::vector<std::pair<uint32_t, size_t>> stack{{start, 0}};
    state[start] = 1;
    while (!stack.empty()) {
      auto& [m, next] = stack.back();
      if (next < imports[m].size()) {
        uint32_t i = imports[m][next++];
        if (!state[i]) {
          state[i] = 1;
          stack.push_back({i, 0});
        }
        continue;
      }
      state[m] = 2;
      order.push_back(m);
      stack.pop_back();
    }
  }
  return order;
}

// The absolute name of the module `from ... import` statement `s` of
// `module` imports from; nullopt for a relative import beyond any package.
std::optional<std::string> Analyzer::ImportFromModule(uint32_t module, NodeId s) const {
  IdentId name = tree_.Ident(s, ImportFromField::module);
  return AbsoluteModuleName(program_->modules[module].package, tree_.Field(s, ImportFromField::level),
                            name.IsValid() ? tree_.Name(name) : std::string_view());
}

// Module-level `from m import *` of the program's modules add m's public
// names to the importer's namespace (before inference, like its other
// bindings); repeated while a module's namespace grows (chains of them).
void Analyzer::CollectStarImports() {
  for (bool grew = true; grew;) {
    grew = false;
    for (uint32_t m = 0; m < program_->modules.size(); ++m) {
      for (NodeId s : tree_.Items(program_->modules[m].root, ModuleField::body)) {
        if (tree_.Kind(s) != NodeKind::ImportFrom) continue;
        auto names = tree_.Items(s, ImportFromField::names);
        if (names.size() != 1 || tree_.Name(tree_.Ident(names[0], AliasField::name)) != "*") continue;
        std::optional<std::string> absolute = ImportFromModule(m, s);
        int32_t from = absolute ? FindModule(source_modules_, *absolute) : -1;
        int32_t native = absolute && tree_.Field(s, ImportFromField::level) == 0 && from < 0 ? FindNativeModule(*absolute) : -1;
        if (native >= 0 && (!IsInternalNativeModule(static_cast<BuiltinModule>(native)) || program_->modules[m].is_stdlib)) {
          // A native module's public names (sema_stdlib.cpp), those the program names.
          for (std::string_view public_name : CPythonStarNames(static_cast<BuiltinModule>(native))) {
            IdentId name = tree_.Find(public_name);
            if (!name.IsValid() || FindGlobal(m, name) >= 0) continue;
            AddBinding(module_scopes_[m], name);
            GlobalIndex(m, name);
            grew = true;
          }
          continue;
        }
        if (from < 0) continue;
        for (IdentId name : StarImportNames(static_cast<uint32_t>(from))) {
          if (FindGlobal(m, name) >= 0) continue;
          AddBinding(module_scopes_[m], name);
          GlobalIndex(m, name);
          grew = true;
        }
      }
    }
  }
}

TypeId Analyzer::InferModuleAttribute(NodeId e, uint32_t module, IdentId attr, bool storing) {
  int32_t g = storing ? static_cast<int32_t>(GlobalIndex(module, attr)) : FindGlobal(module, attr);
  if (g >= 0) {
    Current().names[e.index] = {NameBinding::Kind::Global, static_cast<uint32_t>(g)};
    return program_->globals[g].type;
  }
  int32_t submodule = program_->modules[module].is_package
                          ? FindModule(source_modules_, program_->modules[module].name + "." +
                                                              std::string(tree_.Name(attr)))
                          : -1;
  Current().submodule_reads[e.index] =
      submodule >= 0 ? static_cast<uint32_t>(submodule) : FunctionInstance::kNoModuleAttribute;
  return submodule >= 0 ? ModuleType(static_cast<uint32_t>(submodule)) : types().none();
}

// A base class named in module `module`: a class it defined before, or one
// it imported (`from m import C`, `m.C`), followed through re-exports.
int32_t Analyzer::ClassNamedBy(uint32_t module, NodeId expr) const {
  IdentId name;
  if (tree_.Kind(expr) == NodeKind::Name) {
    name = tree_.Ident(expr, NameField::id);
  } else if (tree_.Kind(expr) == NodeKind::Attribute &&
             tree_.Kind(tree_.Node(expr, AttributeField::value)) == NodeKind::Name) {
    // m.C, where m is bound by a module-level `import m` / `import a.m as m`.
    IdentId m = tree_.Ident(tree_.Node(expr, AttributeField::value), NameField::id);
    int32_t target = -1;
    for (NodeId s : tree_.Items(program_->modules[module].root, ModuleField::body)) {
      if (tree_.Kind(s) != NodeKind::Import) continue;
      for (NodeId alias : tree_.Items(s, ImportField::names)) {
        std::string_view full = tree_.Name(tree_.Ident(alias, AliasField::name));
        IdentId as = tree_.Ident(alias, AliasField::asname);
        if (as == m) target = FindModule(source_modules_, full);
        else if (!as.IsValid() && full == tree_.Name(m)) target = FindModule(source_modules_, full);
      }
    }
    if (target < 0) return -1;
    module = static_cast<uint32_t>(target);
    name = tree_.Ident(expr, AttributeField::attr);
  } else {
    return -1;
  }
  // Re-exports form chains, never longer than the program's module count.
  for (size_t step = 0; step <= program_->modules.size(); ++step) {
    int32_t found = -1;
    for (uint32_t c = 0; c < program_->classes.size(); ++c)
      if (ModuleOf(program_->classes[c].def) == module && !program_->classes[c].scope.IsValid() &&
          tree_.Ident(program_->classes[c].def, ClassDefField::name) == name)
        found = static_cast<int32_t>(c);
    if (found >= 0) return found;
    // `from m import C [as name]` at the module's level.
    bool followed = false;
    for (NodeId s : tree_.Items(program_->modules[module].root, ModuleField::body)) {
      if (tree_.Kind(s) != NodeKind::ImportFrom || followed) continue;
      for (NodeId alias : tree_.Items(s, ImportFromField::names)) {
        IdentId imported = tree_.Ident(alias, AliasField::name);
        IdentId as = tree_.Ident(alias, AliasField::asname);
        if ((as.IsValid() ? as : imported) != name) continue;
        std::optional<std::string> absolute = ImportFromModule(module, s);
        int32_t from = absolute ? FindModule(source_modules_, *absolute) : -1;
        if (from < 0) return -1;
        module = static_cast<uint32_t>(from);
        name = imported;
        followed = true;
        break;
      }
    }
    if (!followed) return -1;
  }
  return -1;
}

}  // namespace keelback::analysis
