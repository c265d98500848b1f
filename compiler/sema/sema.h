// Semantic analysis: name resolution and whole-program type inference.
//
// The program is analysed as Julia and Codon do: every function is
// instantiated once per tuple of argument types it is called with, starting
// from the module body. Local variables get the join of every type assigned
// to them; return types are found by iterating to a fixed point, so
// recursive functions get their types too. The result says, for every
// instance, the type of each expression and where each name lives.
//
// What inference cannot type yet is reported as `not supported yet: ...`
// at its location; a program with such a diagnostic is not compiled, so
// nothing ever runs with a guessed type.
#ifndef KEELBACK_SEMA_SEMA_H
#define KEELBACK_SEMA_SEMA_H

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "diagnostics/diagnostics.h"
#include "parse/ast.h"
#include "types/type_table.h"

namespace keelback {

struct InstanceTag;
using InstanceId = TypedId<InstanceTag>;

// Where a Name expression's variable lives.
struct NameBinding {
  enum class Kind : uint8_t {
    Local,      // index: the instance's local slot
    Global,     // index: the program's module global
    Builtin,    // index: a BuiltinFunction
    Module,     // index: a BuiltinModule
    Undefined,  // raises NameError when evaluated
  } kind;
  uint32_t index;
};

struct LocalVariable {
  IdentId name;
  TypeId type;
  bool is_parameter;
};

struct ModuleGlobal {
  IdentId name;
  TypeId type;
  NodeId function;  // the FunctionDef when the global is only ever that function
};

// One instantiation of a function (or of the module body) for one tuple of
// argument types.
struct FunctionInstance {
  NodeId def;  // the FunctionDef; invalid for the module body
  std::string name;  // "<module>" or the function's name
  std::vector<TypeId> param_types;
  TypeId return_type;
  std::vector<LocalVariable> locals;  // parameters first
  std::unordered_map<uint32_t, TypeId> expr_types;           // expression node -> its type
  std::unordered_map<uint32_t, NameBinding> names;           // Name node -> where it lives
  std::unordered_map<uint32_t, InstanceId> call_targets;     // Call node -> the instance it calls
};

struct Program {
  const SyntaxTree* tree = nullptr;
  TypeTable types;
  std::vector<FunctionInstance> instances;  // instances[0] is the module body
  std::vector<ModuleGlobal> globals;

  const FunctionInstance& operator[](InstanceId id) const { return instances[id.index]; }
  TypeId TypeOf(const FunctionInstance& f, NodeId expr) const {
    auto it = f.expr_types.find(expr.index);
    return it == f.expr_types.end() ? types.unknown() : it->second;
  }
};

// Analyses the whole program rooted at `tree`'s module. Returns null after
// reporting errors.
std::unique_ptr<Program> Analyze(const SyntaxTree& tree, Diagnostics& diagnostics);

}  // namespace keelback

#endif  // KEELBACK_SEMA_SEMA_H
