// Semantic analysis: name resolution and whole-program type inference.
//
// The program is analysed as Julia and Codon do: every function is
// instantiated once per tuple of argument types it is called with, starting
// from the module body. A variable gets the join of every type assigned to
// it, after being split into one variable per def-use web (sema_webs.cpp);
// return types are found by iterating to a fixed point, so recursive
// functions get their types too. The result says, for every
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
#include <unordered_set>
#include <vector>

#include "diagnostics/diagnostics.h"
#include "modules/modules.h"
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
    ExceptionClass,  // index: a built-in exception class (types/type_table.h)
    Free,       // index: the variable's position in the instance's ClosureInfo::free (a cell of an enclosing function)
    Undefined,  // raises NameError when evaluated
  } kind;
  uint32_t index;
};

struct LocalVariable {
  IdentId name;
  TypeId type;
  bool is_parameter;
};

// A class defined at module level. Instances have a fixed layout: one slot
// per field, in the order sema discovered the fields (assignments to
// `self.x` in the methods, and to `obj.x` anywhere).
struct ClassField {
  IdentId name;
  TypeId type;
  // Assigned at the top of __init__ before anything can observe the object:
  // reading it needs no check. Other fields are stored boxed, and reading one
  // that was never assigned raises AttributeError.
  bool always_set;
};

struct ClassInfo {
  NodeId def;
  std::string name;      // __name__
  std::string qualname;  // __qualname__: "C", "f.<locals>.C", "Outer.Inner" (repr and tracebacks show it)
  // The def or class statement whose body holds the class statement;
  // invalid at a module's level (sema_local_classes.cpp).
  NodeId scope;
  int32_t base = -1;                                // the first base class's index, -1 for object
  std::vector<uint32_t> bases;                      // the program's classes named as bases, in order
  // The method resolution order (C3, as CPython computes it), this class
  // first; `object` (and a built-in exception base) left out.
  std::vector<uint32_t> mro;
  // Set when the class statement raises TypeError when it runs (no
  // consistent MRO, a duplicate base): CPython's message. mro is then a
  // depth-first order, so that analysis can go on.
  std::string definition_error;
  // A subclass of a built-in exception class (directly: exception_base is
  // that class; or through `base`): instances have BaseException's layout first.
  int32_t exception_base = -1;
  bool is_exception = false;
  // A subclass of list, dict or set (directly, or through `base`): the
  // BuiltinFunction of that type, else -1. Each instance holds the built-in
  // value in field builtin_field (set when the instance is made, never
  // read by name: FieldIndex skips it), which the built-in's methods,
  // operators and protocols use where the class does not define its own
  // (sema_builtin_bases.cpp).
  int32_t builtin_base = -1;
  int32_t builtin_field = -1;
  std::vector<ClassField> fields;
  std::unordered_map<uint32_t, NodeId> methods;     // ident -> FunctionDef, this class's own
  // Class attributes (`count = 0` in the class body): each lives in a module
  // global of its own, outside the module's namespace, set when the class
  // statement runs. ident -> global index.
  std::unordered_map<uint32_t, uint32_t> attributes;
  // `__slots__ = (...)` here and in every base: assigning any other
  // attribute of an instance raises AttributeError. Not used for the layout.
  bool slots_only = false;
  std::unordered_set<uint32_t> slots;  // idents, this class's and its bases'
  std::unordered_map<uint32_t, NodeId> property_getters;  // ident -> FunctionDef (@property)
  std::unordered_map<uint32_t, NodeId> property_setters;  // ident -> FunctionDef (@x.setter)
  std::unordered_map<uint32_t, NodeId> property_deleters;  // ident -> FunctionDef (@x.deleter): `del obj.x` calls it
  // The special methods the run-time library and truth tests call on an
  // instance, instantiated for (self: this class) once the class is
  // constructed somewhere; invalid otherwise.
  InstanceId repr_instance, str_instance, len_instance, bool_instance;
  // __hash__ for (self), __eq__ for (self, object): what dicts, sets and
  // comparisons of boxed instances call.
  InstanceId hash_instance, eq_instance;
  InstanceId order_instances[4];  // __lt__, __le__, __gt__, __ge__ for (self, object)
  // __hash__ is None: the first class of the MRO to define __eq__ or
  // __hash__ defines __eq__ only, or sets `__hash__ = None`.
  bool unhashable = false;
  bool hash_is_none = false;  // this class body's own `__hash__ = None`
  // `__match_args__ = ("x", "y")`: the attributes positional sub-patterns of
  // a class pattern read.
  bool has_match_args = false;
  std::vector<IdentId> match_args;
  // __iter__, for loops and the builtins that iterate over an instance: it
  // returns a generator (a method written with yield) or an instance of a
  // class with __next__ (next_instance), which raises StopIteration at the end.
  InstanceId iter_instance, next_instance;
  // __int__ and __float__ for (self): int(), float(), %d, %f, complex() and
  // the math functions of an instance seen as an `object` (KbType slots).
  InstanceId int_instance, float_instance;

  int32_t FieldIndex(IdentId name) const {
    for (size_t i = 0; i < fields.size(); ++i)
      if (fields[i].name == name && static_cast<int32_t>(i) != builtin_field) return static_cast<int32_t>(i);
    return -1;
  }
};

struct ModuleGlobal {
  IdentId name;
  TypeId type;
  NodeId function;  // the FunctionDef when the global is only ever that function
  uint32_t module = 0;  // the module whose namespace holds it (Program::modules)
  // False for the hidden globals (class attributes, a module's started flag).
  bool in_namespace = true;
};

// One of the program's modules (modules.h): modules[0] is the main one.
// Its body is an instance of its own, run by the first import statement
// that imports the module (the main module's: instances[0], run first).
struct ProgramModule {
  std::string name;     // "__main__", "util", "pkg.sub"
  std::string package;  // __package__ (see SourceModule)
  bool is_package = false;
  // Keelback's own version of a standard-library module (stdlib/; see
  // SourceModule::cpython_file): the only modules that may import the
  // internal native cores.
  bool is_stdlib = false;
  std::string cpython_file;  // its __file__ as CPython's repr shows it (stdlib/ modules; empty: built-in)
  NodeId root;          // its Module node
  InstanceId body;
  // A hidden global: whether the module's body has started (an import
  // statement runs the body only the first time). Unused for the main module.
  uint32_t started_global = 0;
};

// How a call's arguments reach a callee's *args and **kwargs parameters,
// and the items of `*t` and `**kwargs` arguments it passes on (see
// FunctionInstance::keyword_packs).
struct CallPack {
  // Per entry of call_bindings: -1, or the item of the `**kwargs` tuple
  // that parameter receives (call_bindings then holds the `kwargs` Name).
  std::vector<int32_t> forwarded;
  // The keyword values the callee's own **kwargs parameter receives, in
  // order (its call_bindings entry is the call node itself), and its type.
  std::vector<NodeId> packed;
  TypeId packed_type;
  // The positional arguments the callee's *args parameter receives, in
  // order (its call_bindings entry is the call's func node): an argument,
  // or (item >= 0) an item of a `*t` argument's tuple; and their tuple type.
  // A `*t` argument bound to a positional parameter is in `forwarded`.
  std::vector<std::pair<NodeId, int32_t>> varargs;
  TypeId varargs_type;
  // A `*lst` argument of a list, the last positional one: the parameters
  // from call_bindings entry spread_first on receive its items (their
  // entries hold the list expression; `forwarded` the item index), those
  // past its end their defaults (spread_defaults, per parameter; invalid for
  // none). Its length is checked when the call runs: at most spread_most
  // items, else TypeError spread_too_many[0] + given + spread_too_many[1]
  // with given = spread_given_base + the length; at least spread_missing's
  // size, else its message for that length.
  NodeId spread;
  uint32_t spread_first = 0, spread_most = 0, spread_given_base = 0;
  std::vector<NodeId> spread_defaults;
  std::vector<TypeId> spread_types;  // each parameter's type: the items' joined with its default's
  std::vector<std::string> spread_missing;
  std::string spread_too_many[2];
};

// One way a call `x.m(...)` or a read `x.a` on a receiver typed `object` can
// go: the receiver is an instance of exactly this class. The program is
// whole, so every class that could answer is known; at run time the
// receiver's class picks the case, and none matching raises AttributeError.
struct DynamicCase {
  static constexpr uint32_t kBuiltinType = UINT32_MAX;
  // A read of `args`: the receiver is any exception (BaseException's args tuple, an object).
  static constexpr uint32_t kExceptionArgs = UINT32_MAX - 1;
  // A call of an `object` that is a function value at run time: `receiver`
  // is the Function type of one definition the program uses as a value;
  // `target` its instance for the call's arguments, or invalid when the
  // arguments do not fit it (`error` is then CPython's TypeError message).
  static constexpr uint32_t kFunctionValue = UINT32_MAX - 2;
  uint32_t class_index;       // kBuiltinType: the receiver is a built-in type's value (a str)
  TypeId receiver;            // that class's instance type (or the built-in type)
  InstanceId target;          // a call: the method's instance for (this class, the argument types)
  int32_t field = -1;         // a read: the field; kReflectedOperator: see sema_dynamic_operators.cpp
  static constexpr int32_t kReflectedOperator = -2;
  std::vector<NodeId> bound;  // a call: the expression each parameter receives (as call_bindings)
  int32_t str_method = -1;    // a built-in str receiver: the method (kStrMethods), its result below
  TypeId result;
  std::string error;
  // A call: its *args/**kwargs packing for this callee (as keyword_packs), if any.
  bool has_pack = false;
  CallPack pack;
};

// The variables a function (a def or a lambda) shares with the functions
// nested in it, as CPython's cells: a local that a nested function reads or
// assigns (`nonlocal`) lives in a cell (a list[object] of one boxed item,
// empty until assigned), which the function objects made for the nested
// functions hold. A cell's type is the join of every value stored in it, by
// any instance of any of the functions that share it.
struct ClosureInfo {
  struct Free {
    IdentId name;
    NodeId owner;  // the enclosing def or lambda whose local it is
  };
  std::vector<uint32_t> cell_slots;  // this function's local slots that are cells, in slot order
  std::vector<Free> free;            // the cells of enclosing functions it uses, in order
  bool IsCell(uint32_t slot) const {
    for (uint32_t s : cell_slots)
      if (s == slot) return true;
    return false;
  }
  int32_t FreeIndex(IdentId name) const {
    for (size_t i = 0; i < free.size(); ++i)
      if (free[i].name == name) return static_cast<int32_t>(i);
    return -1;
  }
};

// One instantiation of a function (or of the module body) for one tuple of
// argument types.
struct FunctionInstance {
  NodeId def;  // the FunctionDef or Lambda; invalid for a module body
  // The last round of the fixed point rejected something in its body (a
  // `not supported yet` the final pass would report if it is reached).
  bool rejected = false;
  uint32_t module = 0;  // the module it is defined in: its names' globals are that module's
  std::string name;  // "<module>" or the function's name
  std::vector<TypeId> param_types;
  TypeId return_type;
  std::vector<LocalVariable> locals;  // parameters first
  std::unordered_map<uint32_t, TypeId> expr_types;           // expression node -> its type
  // Name node -> where it lives; also Attribute nodes that read or write a
  // class attribute (C.count, self.count): their hidden global.
  std::unordered_map<uint32_t, NameBinding> names;
  // Call node -> the instance it calls. Also the special method behind an
  // operation: Attribute nodes (a @property getter when read, its setter
  // when assigned), Subscript nodes (__getitem__, __setitem__ when
  // assigned), len(x) calls (__len__), calls of an instance (__call__).
  std::unordered_map<uint32_t, InstanceId> call_targets;
  // Subscript node reading a defaultdict whose default_factory is a
  // function -> the instance called for a missing key.
  std::unordered_map<uint32_t, InstanceId> default_factory_calls;
  // The target of an augmented assignment whose call_targets entry is a
  // @property getter or __getitem__ (obj.p += v, obj[i] += v) -> the setter
  // or __setitem__ that stores the result.
  std::unordered_map<uint32_t, InstanceId> augmented_setters;
  // Expressions typed narrower than their own type where they are used
  // (sema_narrowing.cpp): expr_types holds the narrow type.
  struct Narrowing {
    enum class Kind : uint8_t {
      // An Optional[T] where only a T can be (subscripted, a method called,
      // len(), iterated over): checked not to be None first, raising
      // TypeError `text`, or AttributeError for the attribute `text`.
      NotNoneTypeError,
      NotNoneAttributeError,
      // An object that isinstance(x, dict) has just tested: a dict[object,
      // object] (every dict holds its items boxed), read but never changed.
      TestedDict,
      // An instance of a class with a built-in base (ClassInfo::builtin_base)
      // used as that built-in value (a method of the built-in called, len(),
      // iterated over...) where its class defines nothing of its own for
      // it: the value in its builtin_field.
      BuiltinValue,
    };
    TypeId own;  // the expression's own type
    Kind kind;
    std::string text;
  };
  std::unordered_map<uint32_t, Narrowing> narrowings;
  // Call node -> the class it instantiates (a constructor call `C(...)`);
  // call_targets then holds its __init__ instance, if the class has one.
  std::unordered_map<uint32_t, uint32_t> constructed_classes;
  // BinOp/AugAssign nodes whose call_targets entry is a reflected method
  // (b.__radd__(a)): the operands are passed swapped.
  std::unordered_set<uint32_t> reflected_operators;
  // Operator nodes (BinOp, AugAssign, Compare) whose operator method may
  // return NotImplemented (its result type is object): what runs then.
  struct OperatorFallback {
    TypeId left, right;    // the operands' types, in the order written
    InstanceId reflected;  // the other operand's reflected method, called (right, left); or invalid
    // CPython's TypeError once both decline; empty for == and != (identity
    // decides: `a is b`, negated for != answered by __ne__ when identity_negated).
    std::string error;
    bool identity_negated = false;
  };
  std::unordered_map<uint32_t, OperatorFallback> operator_fallbacks;
  // If statements whose test is decided by types (isinstance() of a value of
  // an exact type): whether the body runs; the other branch is not inferred.
  std::unordered_map<uint32_t, bool> static_branches;
  // Those whose branch taken cannot fall through: the statements after them
  // in their block are neither inferred nor lowered.
  std::unordered_set<uint32_t> static_dead_ends;
  // Compare nodes `a != b` answered by `not a.__eq__(b)` (no __ne__ defined).
  std::unordered_set<uint32_t> negated_comparisons;
  // Call node -> the expression each parameter of the callee receives, in
  // parameter order (self excluded): an argument, or a default value.
  std::unordered_map<uint32_t, std::vector<NodeId>> call_bindings;
  // Call or Attribute node on an `object` receiver -> its cases, in class order.
  std::unordered_map<uint32_t, std::vector<DynamicCase>> dynamic_cases;
  // Call nodes `x.method(...)` whose callee takes no receiver (a static
  // method; the receiver is still evaluated), and `super().method(...)`,
  // whose receiver is the calling method's own first parameter.
  std::unordered_set<uint32_t> receiverless_calls;
  // Call nodes `obj.f(...)` where f is a field holding a function value (not
  // a method): the value read from the field is called.
  std::unordered_set<uint32_t> field_value_calls;
  // Call nodes `obj.m(...)` of a decorated method: the global holding the
  // decorated value (a function), called with obj first.
  std::unordered_map<uint32_t, uint32_t> decorated_method_calls;
  // Attribute nodes `obj.m` / `C.m` that read a method as a value (not
  // called there): a bound method, or the function (sema_bound_methods.cpp).
  std::unordered_set<uint32_t> method_values;
  // Attribute nodes reading a name CPython's built-in type of the value
  // lacks (`o.cents` of an int): AttributeError when they run.
  std::unordered_set<uint32_t> missing_attributes;
  // The function of map(), filter() or key= (its expression) -> the type
  // of what one call of it returns (call_targets has its instance, unless
  // it is a builtin).
  std::unordered_map<uint32_t, TypeId> unary_call_types;
  // Such a function's parameters after the one the builtin passes (all of
  // them with defaults: `def f(n, cache={})` as key=f): their default
  // expressions, in parameter order (a literal is evaluated at the call, as
  // in call_bindings; another is read where it is stored; the function's
  // expression itself stands for an empty *args).
  std::unordered_map<uint32_t, std::vector<NodeId>> unary_call_defaults;
  // Such a function whose parameters the one argument does not fit: the
  // TypeError CPython raises when the builtin calls it.
  std::unordered_map<uint32_t, std::string> unary_call_errors;
  std::unordered_set<uint32_t> super_calls;
  // Receiverless calls of a class method (C.create(), obj.create(),
  // super().create()): its first parameter receives the class, a value of
  // this ClassObject type (which has no run-time content: the type says it).
  std::unordered_map<uint32_t, TypeId> class_arguments;
  // Attribute targets `obj.x = v` that raise AttributeError: x is not in
  // the class's __slots__.
  std::unordered_set<uint32_t> slot_violations;
  // Attribute nodes `e.args` on an instance of the program's exception class
  // (BaseException's args tuple, an object).
  std::unordered_set<uint32_t> exception_args_reads;
  // Attribute nodes `obj.name` of a name the instance's class does not
  // have, read by its __getattr__ (call_targets: its instance for (the
  // class, str)), called with the name.
  std::unordered_set<uint32_t> getattr_reads;
  // Import statements -> what they do, in order: run one of the program's
  // modules' body if it has not started (Program::modules), bind names, or
  // raise ImportError (ModuleNotFoundError for a module that exists nowhere
  // on CPython's search path). sys and math need no step.
  struct ImportStep {
    enum class Kind : uint8_t {
      Run,          // index: a module whose body runs unless it has started
      BindModule,   // target := the module `index` (no run-time content)
      BindGlobal,   // target := the value of global `index` (an imported module's)
      RaiseImportError,    // message: CPython's ImportError
      RaiseModuleNotFound, // message: CPython's ModuleNotFoundError (a missing submodule)
      BindNativeModule,    // target := the native module `index` (a BuiltinModule; no run-time content)
      BindNativeMember,    // target := the native module member `index` (NativeMembers())
    } kind;
    uint32_t index = 0;
    NameBinding target{NameBinding::Kind::Undefined, 0};
    NodeId at;  // the alias (or the statement) whose line a traceback names
    std::string message;
  };
  std::unordered_map<uint32_t, std::vector<ImportStep>> import_steps;
  // Attribute nodes `m.x` on the program's module m that are no global of
  // m: a submodule m.x (its index: AttributeError unless its import has
  // started), or kNoModuleAttribute (AttributeError when it runs).
  static constexpr uint32_t kNoModuleAttribute = UINT32_MAX;
  std::unordered_map<uint32_t, uint32_t> submodule_reads;
  // Attribute nodes `m.x` on a native module m (sema_stdlib.cpp): the index
  // of member x in NativeMembers(), or kNoModuleAttribute (AttributeError
  // when it runs).
  std::unordered_map<uint32_t, uint32_t> native_member_reads;
  // Attribute reads `obj.x` of a field that only some instances set, of a
  // class that also has a class attribute x: the field where it is set, else
  // that class attribute's global.
  std::unordered_map<uint32_t, uint32_t> class_attribute_fallbacks;
  // super().__init__(args...) in a method of the program's exception class
  // whose MRO has no __init__ of the program's: BaseException's, which sets args.
  std::unordered_set<uint32_t> exception_init_calls;
  // Patterns of a match statement. Each pattern node's expr_types entry is
  // the type of the value it is matched against (a MatchStar's: the list it
  // captures). A capture's binding is in `names` under the MatchAs,
  // MatchStar or MatchMapping (**rest) node.
  std::unordered_set<uint32_t> never_matching_patterns;  // decided at compile time: never matches
  // MatchClass node -> the matched value's type once the class test held
  // (a Class type), and the field each sub-pattern reads (positional ones
  // first; -1: the class has no such attribute, the pattern fails).
  std::unordered_map<uint32_t, TypeId> pattern_narrowed;
  std::unordered_map<uint32_t, std::vector<int32_t>> class_pattern_fields;
  // MatchClass node -> the TypeError it raises once the instance test held
  // (more positional sub-patterns than __match_args__ names).
  std::unordered_map<uint32_t, std::string> pattern_errors;
  // Keyword arguments that travel through a `**kwargs` parameter. Such a
  // parameter holds a tuple of the values (its type's payload names the
  // keywords, see Program::keyword_signatures); it may only be passed on
  // with `f(..., **kwargs)`.
  using KeywordPack = CallPack;
  std::unordered_map<uint32_t, KeywordPack> keyword_packs;  // Call node -> its packs
  // The **kwargs parameter read as a dict (other than passed on with **):
  // its slot, and the dict[str, V] made from it once, on entry (the Name
  // nodes that read it have that type; those passed on have the tuple's).
  int32_t kwargs_slot = -1;
  TypeId kwargs_dict_type;
  // Call node -> CPython's TypeError message for a call whose arguments do
  // not fit the callee's parameters (or that a builtin refuses): the call
  // raises it when it runs. Also the Subscript target of an item assignment
  // on a built-in type without one (a tuple, a str).
  std::unordered_map<uint32_t, std::string> call_errors;
  // Decorator expression -> the instance of the decorator applied to the
  // function below it (`@d def f` calls d(f)).
  std::unordered_map<uint32_t, InstanceId> decorator_targets;
  // (comprehension node << 32 | name) -> the local slot of that comprehension's variable.
  std::unordered_map<uint64_t, uint32_t> comprehension_slots;
  // A generator function's instance (its body has a yield): a call runs
  // none of the body and returns a generator, so return_type is
  // Generator[yield_type, generator_return]; yield_type joins the values
  // it yields, generator_return its `return` values (None when the body
  // falls off its end): the value of the StopIteration that ends it.
  bool is_generator = false;
  TypeId yield_type;
  TypeId generator_return;
  // A generator expression used as a value is an instance of its own whose
  // def is the GeneratorExp node: its parameters are the values of these
  // expressions, evaluated where it is made (the outermost iterable, or the
  // arguments of an outermost range()); inside, each reads its parameter.
  std::vector<NodeId> generator_expression_params;
  // Whether this instance is such a generator of an expression: a
  // generator expression, or iter(x) of an iterable that is not an iterator
  // (def is that call: a generator over x, as CPython's list_iterator...).
  bool IsExpressionGenerator(const SyntaxTree& tree) const {
    return def.IsValid() && (tree.Kind(def) == NodeKind::GeneratorExp || tree.Kind(def) == NodeKind::Call);
  }
  // Call node -> a method of a native value (types/native_methods.h): the
  // entry, and the expression each parameter receives (invalid: not given).
  struct NativeCall {
    uint32_t method;
    std::vector<NodeId> bound;
  };
  std::unordered_map<uint32_t, NativeCall> native_calls;
  // WithItem node -> the __enter__ and __exit__ instances of a class's
  // context manager (absent for a file, which returns itself and closes).
  std::unordered_map<uint32_t, std::pair<InstanceId, InstanceId>> with_methods;
};

// A default value that is not a literal: evaluated once, when its def or
// lambda runs (CPython's __defaults__: a mutable default is shared by every
// call that uses it). It lives in a hidden module global for a method (its
// class statement runs once), else in the function object, after its cells.
struct StoredDefault {
  TypeId type;          // the join of every value stored
  int32_t global = -1;  // the hidden global, or -1
  uint32_t cell = 0;    // else the function object's cell (a list[object] of one item) holding it
};

struct Program {
  const SyntaxTree* tree = nullptr;
  // Default expression node -> where its value lives (literals have no entry:
  // a call evaluates them in place).
  std::unordered_map<uint32_t, StoredDefault> stored_defaults;
  const StoredDefault* StoredDefaultOf(NodeId d) const {
    auto it = stored_defaults.find(d.index);
    return it == stored_defaults.end() ? nullptr : &it->second;
  }
  // Methods decorated by a function of the program (`@log def m(self, x)`):
  // def node -> the hidden global holding what the decorator returned,
  // set when the class statement runs; obj.m(args) calls it with (obj, args).
  std::unordered_map<uint32_t, uint32_t> decorated_methods;
  // The defaults of def or lambda `def` stored in its function object, in order.
  std::unordered_map<uint32_t, std::vector<NodeId>> object_defaults;
  std::vector<ProgramModule> modules;
  TypeTable types;
  std::vector<FunctionInstance> instances;  // instances[0] is the module body
  std::vector<ModuleGlobal> globals;
  std::vector<ClassInfo> classes;
  // def or Lambda node -> its cells and free variables, for the functions
  // that have either (others, module-level functions among them, have no
  // entry and take no closure).
  std::unordered_map<uint32_t, ClosureInfo> closures;
  // def or Lambda node -> its __qualname__ ("outer.<locals>.inner", "C.m").
  std::unordered_map<uint32_t, std::string> qualified_names;
  const ClosureInfo* ClosureOf(NodeId def) const {
    auto it = closures.find(def.index);
    return it == closures.end() ? nullptr : &it->second;
  }
  // Methods of a class defined inside a function that read cells of the
  // enclosing functions: def node -> the hidden global holding the function
  // object the class statement made for it (sema_local_classes.cpp: such a
  // class statement runs at most once, so one closure serves every call).
  // The method loads its closure from there instead of taking it as an argument.
  std::unordered_map<uint32_t, uint32_t> closure_globals;
  // Whether calls of def pass its function object (a trailing argument):
  // it reads cells of enclosing functions.
  bool TakesClosure(NodeId def) const {
    const ClosureInfo* c = ClosureOf(def);
    return c != nullptr && !c->free.empty() && !closure_globals.count(def.index);
  }
  // The keyword names of a **kwargs tuple type whose payload is i + 1.
  std::vector<std::vector<IdentId>> keyword_signatures;
  // Generator function def node -> the type a `yield` expression in it
  // evaluates to: None (what next() sends) joined with the arguments of
  // every send() to its generators. Absent: None.
  std::unordered_map<uint32_t, TypeId> generator_send_types;
  // Generator definitions (a def, a generator expression, iter()'s node)
  // that may pause where CPython's freeing of the generator would run code
  // (a finally clause, a with's __exit__, an except catching GeneratorExit,
  // a loop over another such generator): their generators exist only as
  // temporaries of a loop, which finalizes them as it ends
  // (sema_generators.cpp, Analyzer::NoteFinalizingGenerator).
  std::unordered_set<uint32_t> finalizing_generators;
  bool IsFinalizingGenerator(TypeId generator) const {
    return types.Kind(generator) == TypeKind::Generator && finalizing_generators.count(types[generator].payload);
  }
  TypeId SendTypeOf(NodeId generator_def) const {
    auto it = generator_send_types.find(generator_def.index);
    return it == generator_send_types.end() ? types.none() : it->second;
  }

  const FunctionInstance& operator[](InstanceId id) const { return instances[id.index]; }
  TypeId TypeOf(const FunctionInstance& f, NodeId expr) const {
    auto it = f.expr_types.find(expr.index);
    return it == f.expr_types.end() ? types.unknown() : it->second;
  }
};

// The run-time name of a bound method's method and receiver type (a
// BoundMethod type): what kb_bound_method_new stores and a call through an
// `object` tests (kb_is_bound_method_of).
inline int64_t BoundMethodCode(const TypeTable& types, TypeId bound) {
  TypeId receiver = types[bound].params[0];
  int64_t cls = types[receiver].payload;
  if (types.Kind(receiver) == TypeKind::ClassObject) cls |= int64_t{1} << 31;
  return (int64_t{types[bound].payload} << 32) | cls;
}

// A class-body statement that binds one name to a value: `name = value`,
// or `name: T = value` (its annotation only recorded by CPython, in
// __annotations__): the target and the value; false for any other statement.
inline bool ClassBodyAssignment(const SyntaxTree& tree, NodeId member, NodeId& target, NodeId& value) {
  if (tree.Kind(member) == NodeKind::Assign) {
    auto targets = tree.Items(member, AssignField::targets);
    if (targets.size() != 1) return false;
    target = targets[0];
    value = tree.Node(member, AssignField::value);
    return true;
  }
  if (tree.Kind(member) != NodeKind::AnnAssign || !tree.Node(member, AnnAssignField::value).IsValid()) return false;
  target = tree.Node(member, AnnAssignField::target);
  value = tree.Node(member, AnnAssignField::value);
  return true;
}

// issubclass(sub, base) for two class objects (ClassObject or ExceptionClass
// types), known at compile time: the program's classes and their bases are fixed.
bool IsSubclass(const Program& program, TypeId sub, TypeId base);

// Analyses the whole program: `modules` (modules.h), whose files `tree`
// holds. Returns null after reporting errors.
std::unique_ptr<Program> Analyze(const SyntaxTree& tree, std::span<const SourceModule> modules,
                                 Diagnostics& diagnostics);

}  // namespace keelback

#endif  // KEELBACK_SEMA_SEMA_H
