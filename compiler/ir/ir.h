// Keelback's typed mid-level IR, lowering into it, its verifier and printer.
//
// A function is a list of basic blocks of instructions (ir_ops.def lists
// every op and its contract). Values are instructions, referred to by InstId;
// every value has a type from the program's TypeTable. Python-level
// operations stay visible (a checked int add, list indexing with its bounds
// check, sys.argv) so that passes can reason about them; LLVM does the
// machine-level work after codegen. Local variables live in slots
// (LoadLocal/StoreLocal) until a pass promotes them; LLVM's mem2reg does it
// for now.
#ifndef KEELBACK_IR_IR_H
#define KEELBACK_IR_IR_H

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "base/typed_id.h"
#include "diagnostics/diagnostics.h"
#include "sema/sema.h"

namespace keelback::ir {

enum class Op : uint8_t {
#define IR_OP(Name, Operands, Contract) Name,
#include "ir/ir_ops.def"
};
const char* OpName(Op op);

// The dict methods behind the DictMethod op, with their operands after the dict.
enum class DictMethod : uint32_t {
  Get,         // key [, default]
  Pop,         // key [, default]
  SetDefault,  // key, default
  Keys,
  Values,
  Items,
  Clear,
  Copy,
  Update,      // another dict
};

// The list methods behind the ListMethod op, with their operands after the list.
enum class ListMethod : uint32_t {
  Insert,   // index, value
  Extend,   // another list
  Pop,      // [index]
  Reverse,
  Clear,
  Sort,     // reverse (a bool) [, the keys: a list[object] as long as the list]
  Copy,
  Index,    // value -> int
  Count,    // value -> int
  Remove,   // value
};

// The set methods (the operands after the set are boxed objects).
enum class SetMethod : uint32_t {
  Discard, Remove, Pop, Clear, Copy,  // one value, one value, none, none, none
  Update, IntersectionUpdate, DifferenceUpdate, SymmetricDifferenceUpdate,  // one iterable each
  Union, Intersection, Difference, SymmetricDifference,                     // one iterable each, a new set
  IsSubset, IsSuperset, IsDisjoint,                                         // one iterable, a bool
};

struct InstTag;
struct BlockTag;
struct FunctionTag;
using InstId = TypedId<InstTag>;
using BlockId = TypedId<BlockTag>;
using FunctionId = TypedId<FunctionTag>;

struct Inst {
  Op op;
  TypeId type;             // the result's type (none for instructions without a result)
  uint32_t imm = 0;
  uint32_t imm2 = 0;
  uint32_t operands_begin = 0;  // into Function::operands
  uint32_t operand_count = 0;
  SourceOffset location = 0;    // where in the source: tracebacks name its line
};

struct Block {
  std::vector<InstId> insts;  // the last one is a terminator
  // Where an exception raised in this block goes: the dispatch block of the
  // enclosing try in this function (invalid: out of the function), after
  // ending `catches_to_end` exceptions being handled (the except bodies it
  // is nested in, inside that try).
  BlockId handler;
  uint32_t catches_to_end = 0;
};

struct Function {
  std::string name;                 // "<module>" or the Python name
  std::string symbol;               // the unique symbol for codegen ("fib.1")
  const SourceFile* file = nullptr; // the module's file its instructions' locations are in
  std::vector<TypeId> param_types;
  TypeId return_type;
  std::vector<TypeId> local_types;  // slot types
  std::vector<std::string> local_names;
  std::vector<Block> blocks;        // blocks[0] is the entry
  std::vector<Inst> insts;
  std::vector<InstId> operands;
  bool counts_recursion = true;     // a Python frame (def): checked against the recursion limit
  // A generator function: a call returns a generator (its return_type) and
  // runs nothing; the body runs as a coroutine, a step per GeneratorNext.
  // Its `yield`s give values of yield_type and evaluate to send_type.
  bool is_generator = false;
  bool is_builtin_iterator = false;  // iter(x) of a list...: its repr is <list_iterator object at ...>
  TypeId yield_type, send_type;

  const Inst& operator[](InstId id) const { return insts[id.index]; }
  std::span<const InstId> Operands(const Inst& inst) const {
    return std::span<const InstId>(operands.data() + inst.operands_begin, inst.operand_count);
  }
};

struct Global {
  std::string name;
  TypeId type;
};

struct ClassLayout {
  std::string name;
  std::string module;  // the module defining it ("util"); empty for the main module
  std::string qualname;  // __qualname__ when it is not the name ("f.<locals>.C"), else empty
  int32_t base = -1;  // index of the base class, -1 for object
  int32_t exception_base = -1;  // a built-in exception class this class derives from directly
  bool is_exception = false;    // instances start with BaseException's layout
  // A subclass of list, dict or set: field 0 holds that value (the
  // runtime's KB_TYPE_BUILTIN_VALUE: repr, str, len and truth use it).
  bool builtin_value = false;
  struct Field {
    std::string name;
    TypeId type;
    bool boxed;  // stored as a boxed word, 0 until set (see ClassField::always_set)
  };
  std::vector<Field> fields;
  // The functions (for self: this class) behind the type's repr and str
  // slots (keelback_runtime.h); -1 when the class defines none.
  int32_t repr_function = -1;
  int32_t str_function = -1;
  int32_t bool_function = -1;  // __bool__ and __len__, for truth tests and len() of an object
  int32_t len_function = -1;
  int32_t hash_function = -1;  // __hash__ (self), __eq__ (self, an object): dicts, sets, `in`
  int32_t eq_function = -1;
  bool unhashable = false;     // __hash__ is None: hashing raises TypeError
  int32_t order_functions[4] = {-1, -1, -1, -1};  // __lt__, __le__, __gt__, __ge__ (self, an object)
  int32_t int_function = -1;    // __int__, __float__ (self): conversions of an object
  int32_t float_function = -1;
};

struct Module {
  const SourceFile* file = nullptr;  // the main module's
  // The program's modules (Program::modules): name and file, for the module
  // objects of a Module type's boxed form.
  std::vector<std::pair<std::string, std::string>> program_modules;
  std::vector<ClassLayout> classes;
  const TypeTable* types = nullptr;
  std::vector<Function> functions;  // functions[0] is the module body
  std::vector<Global> globals;
  std::vector<std::string> int_constants;  // decimal text
  std::vector<double> float_constants;
  std::vector<std::string> str_constants;  // UTF-8
};

// Lowers an analysed program into IR. `program` must outlive the module.
std::unique_ptr<Module> Lower(const Program& program);

// Checks the IR's invariants (every block ends in exactly one terminator,
// operands are defined values, types agree with each op's contract); returns
// the problems found, empty when the module is well formed.
std::vector<std::string> Verify(const Module& module);

// The IR as text, for --emit=ir.
std::string Print(const Module& module);

}  // namespace keelback::ir

#endif  // KEELBACK_IR_IR_H
