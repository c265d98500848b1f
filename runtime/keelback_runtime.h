// The Keelback runtime's C ABI: everything generated code may call or lay out.
//
// This header is the contract between the compiler's code generator
// (compiler/codegen) and the runtime library (runtime/). Every entry point is
// extern "C" and every object layout here is mirrored by the code generator,
// so a change to a layout must change codegen in the same commit.
//
// Value representation (DESIGN.md, section 2):
// - KbValue is one 64-bit word and is the boxed form of every value. A word
//   with its low bit set is a small int: the integer v is stored as
//   (v << 1) | 1, so small ints cover [-2^62, 2^62 - 1]. Any other word is a
//   non-null pointer to a heap object, which starts with a KbObject header.
// - Python `int` is represented by a KbValue in typed code too: a small int,
//   or a pointer to a KbLong (a GMP big integer) once it leaves that range.
//   The small-int fast path is inlined by codegen; everything else calls the
//   kb_int_* functions below, which accept any mix of small and big ints and
//   always return the canonical form (a small int whenever the value fits).
// - `float` is an unboxed double in typed code and a KbFloat when boxed.
// - `bool` is an i1 in typed code; its boxed form is &kb_True or &kb_False.
// - `None` has no unboxed form; boxed it is &kb_None.
// - str, list, tuple and every other heap type are pointers in both forms.
//
// Errors: a function that can raise does so by throwing a C++ exception
// (see kb_raise); generated code calls it with `invoke` where it must record a
// traceback entry or catch. Functions marked KB_NORAISE never raise.
#ifndef KEELBACK_RUNTIME_KEELBACK_RUNTIME_H
#define KEELBACK_RUNTIME_KEELBACK_RUNTIME_H

#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define KB_NORAISE

typedef uint64_t KbValue;
typedef struct KbType KbType;

// The header of every heap object.
typedef struct KbObject {
  const KbType* type;
} KbObject;

// A type object. Types are objects too (their type is kb_type_type).
struct KbType {
  KbObject header;
  const char* name;        // CPython's name: "int", "str", "ZeroDivisionError"
  const KbType* base;      // the single base class; NULL for `object`
  uint32_t flags;          // KB_TYPE_* bits
  uint32_t instance_size;  // bytes of an instance; 0 for variable-sized types
  // A program's class with __repr__ or __str__: the method, called with the
  // instance; returns what the method returned (boxed). NULL otherwise, and
  // on the runtime's own types other than `function`.
  KbValue (*repr)(KbValue self);
  KbValue (*str)(KbValue self);
  // Likewise __bool__ (returns a bool) and __len__ (returns an int): truth
  // tests and len() of an instance seen as an `object`.
  KbValue (*bool_)(KbValue self);
  KbValue (*len)(KbValue self);
  // A program's class with __hash__ (returns what it returned, boxed) and
  // __eq__ (called with the other operand boxed; its result is tested for
  // truth): hashing and equality of an instance in a dict, a set, `in`...
  KbValue (*hash)(KbValue self);
  KbValue (*eq)(KbValue self, KbValue other);
  // __lt__, __le__, __gt__, __ge__ (the other operand boxed; the result is
  // tested for truth): orderings of instances seen as objects (sorted(),
  // min(), max(), <), each tried reflected on the other operand too.
  KbValue (*order[4])(KbValue self, KbValue other);
  // The module a program's class is defined in ("util", "pkg.shapes"); NULL
  // for the main module's classes (CPython's __main__) and the runtime's types.
  const char* module;
  // A program's class whose __qualname__ is not its name (a class defined in
  // a function, "f.<locals>.C", or in a class body, "Outer.Inner"): what
  // reprs and tracebacks show after the module. NULL otherwise.
  const char* qualname = nullptr;
  // A program's class with __int__ / __float__: the method, called with the
  // instance (its result boxed, checked by the caller). NULL otherwise.
  KbValue (*int_)(KbValue self) = nullptr;
  KbValue (*float_)(KbValue self) = nullptr;
};

enum {
  KB_TYPE_EXCEPTION = 1u << 0,  // a subclass of BaseException
  // Set only on the runtime's own types. A type without it was defined by the
  // program and prints as CPython prints a class of its module
  // (<class '__main__.Foo'>, `util.MyError: message`).
  KB_TYPE_BUILTIN = 1u << 1,
  // A program's class whose __hash__ is None (it defines __eq__ and not
  // __hash__, or sets `__hash__ = None`): TypeError: unhashable type.
  KB_TYPE_UNHASHABLE = 1u << 2,
  // A program's class whose base is list, dict or set: the instance's first
  // slot after the header holds that value (compiler/sema/sema_builtin_bases.cpp),
  // which repr(), str(), len() and truth tests use when the class defines
  // no __repr__, __str__, __len__ or __bool__.
  KB_TYPE_BUILTIN_VALUE = 1u << 3,
};

// A module as an object (runtime/module.cpp): emitted by the compiler, one
// constant per module a program uses as a value.
typedef struct KbModule {
  KbObject header;
  const char* name;  // "util", "pkg.sub", "sys"
  const char* file;  // its source file; NULL for a built-in module (sys, math)
} KbModule;

// A native module's function seen as an object (math.sqrt): the compiler
// emits one constant a function; calls never go through it.
typedef struct KbBuiltinFunction {
  KbObject header;  // kb_type_builtin_function
  const char* name;
} KbBuiltinFunction;
extern const KbType kb_type_builtin_function;

// int that does not fit a small int. Never holds a value that fits one.
typedef struct KbLong KbLong;

typedef struct KbFloat {
  KbObject header;
  double value;
} KbFloat;

// Immutable Unicode text stored as UTF-8 (DESIGN.md: str).
// The code generator emits string literals in exactly this layout, as
// non-constant globals (hash is filled in lazily).
typedef struct KbStr {
  KbObject header;
  int64_t length;  // code points
  int64_t nbytes;  // UTF-8 bytes, excluding the terminating NUL
  int64_t hash;    // -1 until computed
  uint32_t flags;  // KB_STR_* bits
  uint32_t reserved;
  char data[];     // nbytes of UTF-8 followed by a NUL
} KbStr;

enum {
  KB_STR_ASCII = 1u << 0,  // every code point < 128: byte index == code-point index
};

// Element storage of a list (a list is specialised on its element type).
enum KbElemKind {
  KB_ELEM_VALUE = 0,    // KbValue words (ints, pointers, anything boxed)
  KB_ELEM_FLOAT = 1,    // unboxed doubles
  KB_ELEM_BOOL = 2,     // one byte per element, 0 or 1
};

typedef struct KbList {
  KbObject header;
  int64_t length;
  int64_t capacity;
  void* items;        // `capacity` elements of `elem_kind`
  uint32_t elem_kind; // KbElemKind
  uint32_t reserved;
} KbList;

typedef struct KbTuple {
  KbObject header;
  int64_t length;
  KbValue items[];
} KbTuple;

// dict: CPython's compact, insertion-ordered layout. `indices` is a table of
// `index_size` (a power of two) slots, each KB_DICT_EMPTY, KB_DICT_DUMMY or
// the position of an entry; `entries` holds the first `nentries` entries in
// insertion order (a deleted one has key 0), with room for `capacity`.
typedef struct KbDictEntry {
  int64_t hash;
  KbValue key;    // 0: deleted
  KbValue value;
} KbDictEntry;

typedef struct KbDict {
  KbObject header;
  int64_t used;         // len(d)
  int64_t nentries;     // entries in use, deleted ones included
  int64_t capacity;     // entries usable before a resize (2/3 of index_size, less after popitem)
  int64_t index_size;   // slots in `indices`
  int64_t* indices;
  KbDictEntry* entries;
  // Which of dict's collections subclasses it is (KbDictFlavor; 0 for a
  // dict), and a defaultdict's default_factory as its repr shows it (a str).
  int64_t flavor;
  KbValue factory_repr;
} KbDict;

enum KbDictFlavor { KB_DICT_PLAIN = 0, KB_DICT_DEFAULTDICT = 1, KB_DICT_COUNTER = 2, KB_DICT_ORDEREDDICT = 3 };

enum { KB_DICT_EMPTY = -1, KB_DICT_DUMMY = -2 };

// A live view of a dict: d.keys(), d.values() or d.items() (its type says
// which).
typedef struct KbDictView {
  KbObject header;
  KbDict* dict;
} KbDictView;

// An iteration over a dict (for k in d, d.items(), ...): CPython's dictiter,
// which detects a change of size (or of keys) during the iteration. Codegen
// may keep one on the stack; kb_dict_iter_init fills every field.
typedef struct KbDictIter {
  KbDict* dict;
  int64_t pos;        // next entry to look at
  int64_t used;       // len(dict) when the iteration started
  int64_t remaining;  // entries still expected
} KbDictIter;

// set and frozenset: CPython's open-addressed set table (linear probes then
// perturbation), so iteration order matches CPython's. A slot with key 0 is
// unused; one with hash -1 and the dummy key is a deleted entry.
typedef struct KbSetEntry {
  KbValue key;
  int64_t hash;
} KbSetEntry;

typedef struct KbSet {
  KbObject header;     // kb_type_set or kb_type_frozenset
  int64_t fill;        // active + dummy slots
  int64_t used;        // active slots: len(s)
  int64_t mask;        // table size - 1
  KbSetEntry* table;
  int64_t finger;      // where set.pop() resumes its search
  int64_t hash;        // frozenset's hash once computed, else -1
} KbSet;

typedef struct KbSetIter {
  KbSet* set;
  int64_t pos;
  int64_t used;       // len(set) when the iteration started
  int64_t remaining;
} KbSetIter;

// Rich comparison operators, numbered as CPython's Py_LT..Py_GE.
enum KbCompareOp { KB_LT = 0, KB_LE = 1, KB_EQ = 2, KB_NE = 3, KB_GT = 4, KB_GE = 5 };

// An instance of BaseException or of any of its subclasses. A program's own
// exception classes extend this layout (their fields follow it), and their
// type sets KB_TYPE_EXCEPTION and instance_size.
typedef struct KbSourceSite KbSourceSite;
typedef struct KbBaseException {
  KbObject header;
  KbTuple* args;             // never NULL once created by the runtime
  KbObject* cause;           // __cause__, or NULL
  KbObject* context;         // __context__, or NULL
  // __traceback__: the sites the exception unwound through, innermost first
  // (the order in which landing pads add them; printing reverses it).
  const KbSourceSite** traceback;
  int64_t traceback_length;
  int64_t traceback_capacity;
  uint32_t suppress_context; // __suppress_context__ (set by `raise ... from`)
  uint32_t reserved;
} KbBaseException;

// The singletons and the built-in types.
extern KbObject kb_None;
extern KbObject kb_True;
extern KbObject kb_False;

extern const KbType kb_type_type;
extern const KbType kb_type_object;
extern const KbType kb_type_none;
extern const KbType kb_type_bool;
extern const KbType kb_type_int;
extern const KbType kb_type_float;
extern const KbType kb_type_str;
extern const KbType kb_type_list;
extern const KbType kb_type_tuple;
extern const KbType kb_type_dict;
extern const KbType kb_type_set;
extern const KbType kb_type_frozenset;
extern const KbType kb_type_dict_keys;    // d.keys()
extern const KbType kb_type_dict_values;  // d.values()
extern const KbType kb_type_dict_items;   // d.items()

// Built-in exception types, CPython's hierarchy.
#define KB_EXCEPTION_TYPE(name, base) extern const KbType kb_type_##name;
#include "exception_types.def"

// ---------------------------------------------------------------------------
// Program entry and process state

// Runs a compiled program: initialises the GC and sys.argv (argv[0] is the
// script path as the user gave it, then the script's arguments), calls
// module_main, flushes stdout and stderr, and returns the process exit code.
// An uncaught exception prints CPython's traceback to stderr and gives 1;
// SystemExit gives its code as CPython does.
int kb_main(int argc, char** argv, void (*module_main)(void));

// Registers [begin, end) as memory the GC must scan for pointers (the
// JIT's globals; the static data of a built executable is scanned anyway).
void kb_gc_add_roots(void* begin, void* end) KB_NORAISE;

// Allocates `size` zeroed bytes of GC memory that may hold pointers.
void* kb_alloc(uint64_t size) KB_NORAISE;

// sys.argv, a list[str].
KbList* kb_sys_argv(void) KB_NORAISE;

// ---------------------------------------------------------------------------
// Exceptions and tracebacks

// Raises `exc` (an instance of an exception type). Never returns.
[[noreturn]] void kb_raise(KbObject* exc);
// Creates an instance of `type` with a single message argument (NULL: no
// arguments) and raises it.
[[noreturn]] void kb_raise_new(const KbType* type, const char* message);
// AttributeError: '<type of object>' object has no attribute '<name>'.
[[noreturn]] void kb_raise_no_attribute(KbValue object, const char* name);
// ValueError for unpacking `got` values into `expected` targets.
[[noreturn]] void kb_raise_unpack_count(int64_t got, int64_t expected);
// ValueError for unpacking `got` values into `expected` targets and a starred one.
[[noreturn]] void kb_raise_unpack_at_least(int64_t got, int64_t expected);

// A place in the source, emitted by codegen as a constant for each call site.
struct KbSourceSite {
  const char* file;      // the path as CPython would print it
  const char* function;  // "<module>" or the function's name
  int32_t line;          // 1-based
};

// Called from a landing pad while an exception unwinds through `site`:
// appends the site to the traceback of the exception being raised.
void kb_traceback_add(const KbSourceSite* site) KB_NORAISE;
// The same, for the exception carried by `unwind_exception` (the pointer a
// landingpad instruction yields). Prefer it: it stays right when a cleanup
// (a `finally` body) raised and caught another exception before resuming.
void kb_traceback_add_exn(void* unwind_exception, const KbSourceSite* site) KB_NORAISE;

// Creates an instance of `type` (which has KB_TYPE_EXCEPTION) with `args`
// (NULL: no arguments) without raising it.
KbObject* kb_exception_new(const KbType* type, KbTuple* args) KB_NORAISE;
// isinstance(exc, type): what an `except type:` clause tests.
bool kb_exception_matches(const KbObject* exc, const KbType* type) KB_NORAISE;
// issubclass(sub, base) along the single-base chain.
bool kb_type_is_subtype(const KbType* sub, const KbType* base) KB_NORAISE;

// Catching. Generated code catches with a catch-all clause (a null typeinfo
// in the landingpad), then calls kb_catch_begin with the landingpad's
// exception pointer. It returns the Python exception (and makes it the one
// being handled, for __context__ and bare `raise`); a foreign C++ exception
// is rethrown. Every kb_catch_begin is paired with kb_catch_end when the
// handler is left, normally or not.
KbObject* kb_catch_begin(void* unwind_exception);
void kb_catch_end(void) KB_NORAISE;
// The exception being handled (sys.exception()), or NULL.
KbObject* kb_current_handled_exception(void) KB_NORAISE;
// Bare `raise` inside an except block: re-raises the exception being
// handled, keeping its traceback. RuntimeError("No active exception to
// reraise") outside one.
[[noreturn]] void kb_reraise(void);
// `raise exc from cause` (cause NULL for `from None`).
[[noreturn]] void kb_raise_from(KbObject* exc, KbObject* cause);
// `raise v` / `raise v from cause` for boxed values (cause 0: no `from`;
// &kb_None: `from None`); TypeError: exceptions must derive from BaseException.
[[noreturn]] void kb_raise_value(KbValue v, KbValue cause);
// Raises `exc` again as it is: its traceback and context untouched (an
// exception no except clause matched, or one passing through a finally).
[[noreturn]] void kb_reraise_exception(KbObject* exc);

// Recursion depth of compiled `def` functions (CPython counts Python frames;
// so do we). Generated code increments it on entry, decrements it on return,
// and calls kb_recursion_error when it exceeds kb_recursion_limit.
extern int64_t kb_recursion_depth;
extern int64_t kb_recursion_limit;

// The native standard-library modules (compiler/types/native_functions.def):
// time (runtime/time.cpp), sys's recursion limit, and the Mersenne Twister
// under stdlib/random.py (runtime/random.cpp), exact to CPython's _random.
double kb_time_time(void) KB_NORAISE;
KbValue kb_time_time_ns(void) KB_NORAISE;
double kb_time_perf_counter(void) KB_NORAISE;
KbValue kb_time_perf_counter_ns(void) KB_NORAISE;
double kb_time_monotonic(void) KB_NORAISE;
KbValue kb_time_monotonic_ns(void) KB_NORAISE;
double kb_time_process_time(void) KB_NORAISE;
KbValue kb_time_process_time_ns(void) KB_NORAISE;
double kb_time_thread_time(void) KB_NORAISE;
KbValue kb_time_thread_time_ns(void) KB_NORAISE;
void kb_time_sleep(double secs);  // ValueError for a negative or NaN length
KbValue kb_sys_getrecursionlimit(void) KB_NORAISE;
void kb_sys_setrecursionlimit(KbValue n);  // ValueError below 1, RecursionError at or below the depth
void kb_random_seed_int(KbValue n);        // random.seed(n) of an int
void kb_random_seed_os(void);              // random.seed(None): from the OS
double kb_random_random(void) KB_NORAISE;  // [0.0, 1.0), 53 bits
KbValue kb_random_getrandbits(KbValue k);  // ValueError: number of bits must be non-negative
KbValue kb_random_randbelow(KbValue n);    // [0, n) for n > 0
// The int random.seed() of bytes or a bytearray seeds from (its SHA-512 appended).
KbValue kb_random_seed_bytes_key(KbValue a);
[[noreturn]] void kb_recursion_error(void);

// ---------------------------------------------------------------------------
// int (slow paths; the codegen inlines the small-int cases)

KbValue kb_int_add(KbValue a, KbValue b) KB_NORAISE;
KbValue kb_int_sub(KbValue a, KbValue b) KB_NORAISE;
KbValue kb_int_mul(KbValue a, KbValue b) KB_NORAISE;
KbValue kb_int_floordiv(KbValue a, KbValue b);  // ZeroDivisionError
KbValue kb_int_mod(KbValue a, KbValue b);       // ZeroDivisionError
KbValue kb_int_neg(KbValue a) KB_NORAISE;
// a ** b for b >= 0 (codegen tests the sign of b first). A negative b is a
// contract violation and raises SystemError.
KbValue kb_int_pow(KbValue a, KbValue b);
// a ** b for b < 0, whose result is a float: CPython converts both to float
// (OverflowError) and applies float ** (0 ** -1: ZeroDivisionError).
double kb_int_pow_float(KbValue a, KbValue b);
// pow(a, b, m): ValueError for m == 0 or a non-invertible base when b < 0.
KbValue kb_int_pow_mod(KbValue a, KbValue b, KbValue m);
double kb_int_truediv(KbValue a, KbValue b);    // ZeroDivisionError, OverflowError
int32_t kb_int_compare(KbValue a, KbValue b) KB_NORAISE;  // -1, 0, 1
double kb_int_to_float(KbValue a);              // OverflowError
double kb_int_to_float_quiet(KbValue a);        // nan where kb_int_to_float raises (no int converts to nan)
KbValue kb_int_from_float(double x);            // int(x): ValueError for nan, OverflowError for inf
// round(x) of a float: half to even, an int (ValueError for nan, OverflowError for inf).
KbValue kb_round_float(double x);
// round(x, n) of a float and round(i, n) of an int, to the bit as CPython's.
double kb_round_float_digits(double x, KbValue ndigits);
KbValue kb_round_int_digits(KbValue i, KbValue ndigits);
KbValue kb_int_from_int64(int64_t v) KB_NORAISE;
// int(s, base): CPython's rules (whitespace, sign, underscores, base prefixes
// with base 0) and its ValueError message.
KbValue kb_int_from_str(KbStr* s, int64_t base);
KbStr* kb_int_to_str(KbValue a);  // ValueError beyond sys.int_info's digit limit
// Bitwise and shifts (CPython semantics on two's complement of any width).
KbValue kb_int_and(KbValue a, KbValue b) KB_NORAISE;
KbValue kb_int_or(KbValue a, KbValue b) KB_NORAISE;
KbValue kb_int_xor(KbValue a, KbValue b) KB_NORAISE;
KbValue kb_int_invert(KbValue a) KB_NORAISE;
KbValue kb_int_lshift(KbValue a, KbValue b);  // ValueError: negative shift count
KbValue kb_int_rshift(KbValue a, KbValue b);  // ValueError: negative shift count
// hash(int): value mod 2^61 - 1 with CPython's sign rule (-1 becomes -2).
int64_t kb_int_hash(KbValue a) KB_NORAISE;

// ---------------------------------------------------------------------------
// float

KbStr* kb_float_repr(double x) KB_NORAISE;  // CPython's repr: shortest round-trip
double kb_float_floordiv(double a, double b);  // ZeroDivisionError: float floor division by zero
double kb_float_mod(double a, double b);       // ZeroDivisionError: float modulo
double kb_float_truediv(double a, double b);   // ZeroDivisionError: float division by zero
// CPython's float_pow errors. A negative base with a non-integral exponent
// gives a complex number in CPython; Keelback has no complex yet and raises
// ValueError("negative number cannot be raised to a fractional power").
double kb_float_pow(double a, double b);
double kb_float_from_str(KbStr* s);            // float(s): ValueError

// ---------------------------------------------------------------------------
// Boxing

KbValue kb_box_float(double x) KB_NORAISE;
double kb_unbox_float(KbValue v) KB_NORAISE;  // requires a KbFloat

// ---------------------------------------------------------------------------
// str

// `data` must be valid UTF-8 (surrogates allowed, encoded in 3 bytes).
KbStr* kb_str_from_utf8(const char* data, int64_t nbytes) KB_NORAISE;
KbStr* kb_str_from_cstr(const char* text) KB_NORAISE;
KbStr* kb_str_concat(KbStr* a, KbStr* b) KB_NORAISE;
int32_t kb_str_compare(KbStr* a, KbStr* b) KB_NORAISE;  // code-point order: -1, 0, 1
bool kb_str_equal(KbStr* a, KbStr* b) KB_NORAISE;
// s * n (n an int; n <= 0 gives ''); OverflowError/MemoryError when too long.
KbStr* kb_str_repeat(KbStr* s, KbValue n);
// s[i] with Python's negative indices; IndexError: string index out of range.
KbStr* kb_str_getitem(KbStr* s, KbValue i);
// `fmt % args`: args is a tuple of the values, or any single value.
KbStr* kb_str_mod(KbStr* fmt, KbValue args);
KbStr* kb_str(KbValue v);   // str(v)
KbStr* kb_repr(KbValue v);  // repr(v)

// A function value (runtime/function.cpp): what a def statement or a lambda
// makes. `code` names the definition (its syntax node, the compiler's
// numbering); `cells` are the cells of enclosing functions it uses, each a
// KbList of one boxed item (empty until the variable is assigned).
typedef struct KbFunction {
  KbObject header;  // kb_type_function
  KbStr* qualname;  // __qualname__ ("outer.<locals>.inner"); __name__ is its last part
  int64_t code;
  int64_t ncells;
  KbList* cells[];
} KbFunction;
extern const KbType kb_type_function;
extern const KbType kb_type_module;
KbValue kb_function_new(KbStr* qualname, int64_t code, int64_t ncells) KB_NORAISE;  // cells set by the caller
void kb_function_set_cell(KbValue f, int64_t i, KbList* cell) KB_NORAISE;
KbList* kb_function_cell(KbValue f, int64_t i) KB_NORAISE;
bool kb_is_function_of(KbValue v, int64_t code) KB_NORAISE;  // v is a function made for definition `code`
// f.__name__; AttributeError when f is not a function.
KbStr* kb_function_name(KbValue f);
// The value in a cell; raises NameError (a free variable, free true) or
// UnboundLocalError (the function's own) when it was never assigned.
KbValue kb_cell_get(KbList* cell, const char* name, bool free);
void kb_cell_set(KbList* cell, KbValue v) KB_NORAISE;
[[noreturn]] void kb_raise_not_callable(KbValue v);
// Bound methods (runtime/bound_method.cpp): `obj.m` as a value, holding the
// receiver boxed; `code` names the method and the receiver's type.
extern const KbType kb_type_method;
// The NotImplemented singleton (runtime/not_implemented.cpp).
KbValue kb_not_implemented(void) KB_NORAISE;
// e.__cause__ and e.__context__ (None when unset); AttributeError when e is
// not an exception (runtime/exception_links.cpp).
KbValue kb_exception_cause(KbValue e);
KbValue kb_exception_context(KbValue e);
KbValue kb_bound_method_new(KbValue self, KbStr* qualname, int64_t code) KB_NORAISE;
KbValue kb_bound_method_self(KbValue m) KB_NORAISE;
bool kb_is_bound_method_of(KbValue v, int64_t code) KB_NORAISE;
// A built-in type's method as a value (`counts.get`, `str.upper`: unbound 1).
KbValue kb_builtin_method_new(KbValue self, KbStr* name, int64_t unbound) KB_NORAISE;  // TypeError: 'T' object is not callable

KbStr* kb_ascii(KbValue v); // ascii(v)
bool kb_str_contains(KbStr* s, KbStr* sub) KB_NORAISE;  // sub in s

// str methods. Optional start/end arguments are int words or &kb_None
// (omitted), clamped as CPython clamps them; a bad one raises TypeError:
// slice indices must be integers or None or have an __index__ method.
// s[start:stop:step] (bounds int words or &kb_None).
KbStr* kb_str_slice(KbStr* s, KbValue start, KbValue stop, KbValue step);
int64_t kb_str_find(KbStr* s, KbStr* sub, KbValue start, KbValue end);    // -1 when absent
int64_t kb_str_rfind(KbStr* s, KbStr* sub, KbValue start, KbValue end);   // -1 when absent
int64_t kb_str_index(KbStr* s, KbStr* sub, KbValue start, KbValue end);   // ValueError: substring not found
int64_t kb_str_rindex(KbStr* s, KbStr* sub, KbValue start, KbValue end);  // ValueError: substring not found
int64_t kb_str_count(KbStr* s, KbStr* sub, KbValue start, KbValue end);
// prefix: a str or a tuple of str; TypeError: startswith first arg must be
// str or a tuple of str, not int (endswith likewise).
bool kb_str_startswith(KbStr* s, KbValue prefix, KbValue start, KbValue end);
bool kb_str_endswith(KbStr* s, KbValue suffix, KbValue start, KbValue end);
// s.split(sep, maxsplit): sep &kb_None splits on Unicode whitespace;
// maxsplit < 0 is unlimited. ValueError: empty separator; TypeError: must
// be str or None, not int.
KbList* kb_str_split(KbStr* s, KbValue sep, int64_t maxsplit);
KbList* kb_str_rsplit(KbStr* s, KbValue sep, int64_t maxsplit);
KbList* kb_str_splitlines(KbStr* s, bool keepends) KB_NORAISE;
// sep.join(iterable); TypeError: sequence item 1: expected str instance, int
// found / can only join an iterable.
KbStr* kb_str_join(KbStr* sep, KbValue iterable);
// chars: &kb_None (whitespace) or a str; TypeError: strip arg must be None or str.
KbStr* kb_str_strip(KbStr* s, KbValue chars);
KbStr* kb_str_lstrip(KbStr* s, KbValue chars);
KbStr* kb_str_rstrip(KbStr* s, KbValue chars);
// s.replace(old, new, count); count < 0 replaces all.
KbStr* kb_str_replace(KbStr* s, KbStr* old, KbStr* replacement, int64_t count) KB_NORAISE;
// (head, sep, tail); ValueError: empty separator.
KbTuple* kb_str_partition(KbStr* s, KbStr* sep);
KbTuple* kb_str_rpartition(KbStr* s, KbStr* sep);
// fill NULL means ' '; TypeError: The fill character must be exactly one
// character long.
KbStr* kb_str_center(KbStr* s, int64_t width, KbStr* fill);
KbStr* kb_str_ljust(KbStr* s, int64_t width, KbStr* fill);
KbStr* kb_str_rjust(KbStr* s, int64_t width, KbStr* fill);
KbStr* kb_str_zfill(KbStr* s, int64_t width) KB_NORAISE;
KbStr* kb_str_expandtabs(KbStr* s, int64_t tabsize) KB_NORAISE;
// Full Unicode case mappings ('ß'.upper() == 'SS', final sigma in lower()).
KbStr* kb_str_lower(KbStr* s) KB_NORAISE;
KbStr* kb_str_upper(KbStr* s) KB_NORAISE;
KbStr* kb_str_title(KbStr* s) KB_NORAISE;
KbStr* kb_str_capitalize(KbStr* s) KB_NORAISE;
KbStr* kb_str_casefold(KbStr* s) KB_NORAISE;
KbStr* kb_str_swapcase(KbStr* s) KB_NORAISE;
// The character-class predicates (CPython 3.11's Unicode 14.0 tables).
bool kb_str_isalpha(KbStr* s) KB_NORAISE;
bool kb_str_isdecimal(KbStr* s) KB_NORAISE;
bool kb_str_isdigit(KbStr* s) KB_NORAISE;
bool kb_str_isnumeric(KbStr* s) KB_NORAISE;
bool kb_str_isalnum(KbStr* s) KB_NORAISE;
bool kb_str_isspace(KbStr* s) KB_NORAISE;
bool kb_str_islower(KbStr* s) KB_NORAISE;
bool kb_str_isupper(KbStr* s) KB_NORAISE;
bool kb_str_istitle(KbStr* s) KB_NORAISE;
bool kb_str_isidentifier(KbStr* s) KB_NORAISE;
bool kb_str_isprintable(KbStr* s) KB_NORAISE;
bool kb_str_isascii(KbStr* s) KB_NORAISE;
KbStr* kb_str_removeprefix(KbStr* s, KbStr* prefix) KB_NORAISE;
KbStr* kb_str_removesuffix(KbStr* s, KbStr* suffix) KB_NORAISE;
// str.maketrans(x[, y[, z]]): y and z are 0 when not given; CPython's
// TypeError/ValueError for bad arguments. Returns the table (a dict).
KbDict* kb_str_maketrans(KbValue x, KbValue y, KbValue z);
// s.translate(table) for a dict table: int, str or None values; TypeError:
// character mapping must return integer, None or str; ValueError:
// character mapping must be in range(0x110000).
KbStr* kb_str_translate(KbStr* s, KbDict* table);
// ord(c): TypeError: ord() expected a character, but string of length 2
// found / ord() expected string of length 1, but int found.
KbValue kb_ord(KbValue c);
// chr(i): ValueError: chr() arg not in range(0x110000); OverflowError for
// a value beyond a C int; TypeError for a non-int.
KbStr* kb_chr(KbValue i);

// format(v, spec) with the format-spec mini-language (f-strings'
// FormattedValue): int, bool, float and str as CPython (ValueError for a bad
// spec, with CPython's text); other values accept only an empty spec
// (TypeError: unsupported format string passed to NoneType.__format__).
// spec NULL means ''.
KbStr* kb_format(KbValue v, KbStr* spec);
// Fast paths with the same results: an int word, an unboxed float.
KbStr* kb_format_int(KbValue v, KbStr* spec);
KbStr* kb_format_float(double x, KbStr* spec);
// fmt.format(*args, **kwargs): {} {0} {name} {0[key]} {x!r:spec} and nested
// {:{width}}; args/kwargs may be NULL (no args: format_map, whose
// positional fields raise ValueError). Attribute fields ({0.attr}) raise
// AttributeError (no attribute lookup yet). IndexError: Replacement index 1
// out of range for positional args tuple; KeyError for a missing name;
// ValueError for malformed text, as CPython.
KbStr* kb_str_format(KbStr* fmt, KbTuple* args, KbDict* kwargs);

// ---------------------------------------------------------------------------
// tuple and list

KbTuple* kb_tuple_new(int64_t length) KB_NORAISE;  // items set by the caller
KbList* kb_list_new(uint32_t elem_kind, int64_t length) KB_NORAISE;  // zeroed items
// Raises IndexError: list index out of range (index may be negative).
[[noreturn]] void kb_list_index_error(void);
// list.append, one per element kind (the list's elem_kind must match);
// capacity grows geometrically, so appends are amortised O(1).
void kb_list_append_value(KbList* list, KbValue v) KB_NORAISE;
void kb_list_append_float(KbList* list, double v) KB_NORAISE;
void kb_list_append_bool(KbList* list, bool v) KB_NORAISE;
// A copy of a list of boxed floats (elem_kind KB_ELEM_FLOAT) or bools
// (KB_ELEM_BOOL) with unboxed elements.
KbList* kb_list_specialize(KbList* boxed, uint32_t elem_kind) KB_NORAISE;
// A list of unboxed elements (floats, bools) turned, in place, into a list of
// boxed values; returns it.
KbList* kb_list_box_items(KbList* list) KB_NORAISE;
KbList* kb_list_retype_empty(KbList* list, uint32_t elem_kind) KB_NORAISE;
// Makes room for at least `capacity` elements without changing the length.
void kb_list_reserve(KbList* list, int64_t capacity) KB_NORAISE;

// ---------------------------------------------------------------------------
// list and tuple operations. Index arguments are int words (bools allowed);
// slice bounds are int words or &kb_None (omitted), with CPython's
// TypeError/ValueError for bad ones. A value stored into a float or bool
// list must be a float/int or a bool respectively.

// l[i] boxed; IndexError: list index out of range.
KbValue kb_list_getitem(KbList* l, KbValue index);
// l[i] = v; IndexError: list assignment index out of range.
void kb_list_setitem_value(KbList* l, KbValue index, KbValue v);
void kb_list_setitem_float(KbList* l, KbValue index, double v);
void kb_list_setitem_bool(KbList* l, KbValue index, bool v);
// del l[i]; IndexError: list assignment index out of range.
void kb_list_delitem(KbList* l, KbValue index);
// l[start:stop:step], a new list of the same element kind.
KbList* kb_list_getslice(KbList* l, KbValue start, KbValue stop, KbValue step);
// l[start:stop:step] = iterable; TypeError: can only assign an iterable;
// ValueError: attempt to assign sequence of size 2 to extended slice of size 3.
void kb_list_setslice(KbList* l, KbValue start, KbValue stop, KbValue step, KbValue iterable);
// l[start:stop:step] = src[src_start:src_stop:src_step] without making the
// source slice a list first (the same result and the same errors, in the
// same order, as kb_list_getslice followed by kb_list_setslice).
void kb_list_setslice_slice(KbList* l, KbValue start, KbValue stop, KbValue step, KbList* src, KbValue src_start,
                            KbValue src_stop, KbValue src_step);
void kb_list_delslice(KbList* l, KbValue start, KbValue stop, KbValue step);  // del l[a:b:c]
// a + b; lists of different element kinds give a list of boxed values.
KbList* kb_list_concat(KbList* a, KbList* b) KB_NORAISE;
// l * n (n <= 0: empty); OverflowError/MemoryError when too long.
KbList* kb_list_repeat(KbList* l, KbValue n);
void kb_list_inplace_repeat(KbList* l, KbValue n);  // l *= n
// l.extend(iterable) / l += iterable; TypeError: 'int' object is not iterable.
void kb_list_extend(KbList* l, KbValue iterable);
// l.insert(i, v) (i clamped as CPython; OverflowError for a huge int).
void kb_list_insert_value(KbList* l, KbValue index, KbValue v);
void kb_list_insert_float(KbList* l, KbValue index, double v);
void kb_list_insert_bool(KbList* l, KbValue index, bool v);
// l.pop(i) (pass -1 for l.pop()); IndexError: pop from empty list / pop
// index out of range. The _value form boxes the element of any list.
KbValue kb_list_pop_value(KbList* l, KbValue index);
double kb_list_pop_float(KbList* l, KbValue index);
bool kb_list_pop_bool(KbList* l, KbValue index);
// l.remove(x); ValueError: list.remove(x): x not in list.
void kb_list_remove(KbList* l, KbValue x);
// l.index(x, start, stop) (start/stop &kb_None when omitted); ValueError: 2 is not in list.
int64_t kb_list_index(KbList* l, KbValue x, KbValue start, KbValue stop);
int64_t kb_list_count(KbList* l, KbValue x);
bool kb_list_contains(KbList* l, KbValue x);  // x in l
void kb_list_reverse(KbList* l) KB_NORAISE;
KbList* kb_list_copy(KbList* l) KB_NORAISE;
void kb_list_clear(KbList* l) KB_NORAISE;
// l.sort(reverse=reverse): CPython 3.11's timsort, transcribed (the same
// comparisons in the same order, so nan orders, the TypeError's operands
// and the partial order left by a raising comparison all match). `keys`,
// when not NULL, holds the precomputed key of each element (l.sort(key=f)).
void kb_list_sort(KbList* l, KbList* keys, bool reverse);
// The same with a comparison callback: less(a, b, ctx) != 0 when a < b
// (elements are passed boxed); it may raise.
void kb_list_sort_by(KbList* l, int32_t (*less)(KbValue a, KbValue b, void* ctx), void* ctx, bool reverse);
// t[i]; IndexError: tuple index out of range.
KbValue kb_tuple_getitem(KbTuple* t, KbValue index);
KbTuple* kb_tuple_getslice(KbTuple* t, KbValue start, KbValue stop, KbValue step);
KbTuple* kb_tuple_concat(KbTuple* a, KbTuple* b) KB_NORAISE;
KbTuple* kb_tuple_repeat(KbTuple* t, KbValue n);  // t * n
bool kb_tuple_contains(KbTuple* t, KbValue x);
// t.index(x, start, stop); ValueError: tuple.index(x): x not in tuple.
int64_t kb_tuple_index(KbTuple* t, KbValue x, KbValue start, KbValue stop);
int64_t kb_tuple_count(KbTuple* t, KbValue x);

// ---------------------------------------------------------------------------
// range (runtime/range.cpp): start, stop, step and the length are int words
// of any size. A range the compiler walks directly is never made.

typedef struct KbRange {
  KbObject header;  // kb_type_range
  KbValue start, stop, step;
  KbValue length;   // the number of items (>= 0)
} KbRange;
extern const KbType kb_type_range;

// range(start, stop, step); ValueError: range() arg 3 must not be zero.
KbRange* kb_range_new(KbValue start, KbValue stop, KbValue step);
KbValue kb_range_start(KbRange* r) KB_NORAISE;
KbValue kb_range_stop(KbRange* r) KB_NORAISE;
KbValue kb_range_step(KbRange* r) KB_NORAISE;
// len(r); OverflowError: Python int too large to convert to C ssize_t.
KbValue kb_range_len(KbRange* r);
bool kb_range_truthy(KbRange* r) KB_NORAISE;
// r[i]; IndexError: range object index out of range; TypeError for a non-int.
KbValue kb_range_getitem(KbRange* r, KbValue index);
// r[start:stop:step] (bounds int words or &kb_None), a range.
KbRange* kb_range_slice(KbRange* r, KbValue start, KbValue stop, KbValue step);
// x in r: O(1) for an int; other values are compared with each item.
bool kb_range_contains(KbRange* r, KbValue x);
// r.index(x) (ValueError: 7 is not in range), r.count(x).
KbValue kb_range_index(KbRange* r, KbValue x);
KbValue kb_range_count(KbRange* r, KbValue x);
// The range of r's items in reverse order (what reversed(r) walks).
KbRange* kb_range_reversed(KbRange* r);
bool kb_range_equal(KbRange* a, KbRange* b);  // equal as sequences
int64_t kb_range_hash(KbRange* r);
KbStr* kb_range_repr(KbRange* r);
// The tuples zip(*rows) makes (runtime/zip.cpp), in a list: rows is unpacked first, then its
// items are walked in step until the shortest ends.
KbList* kb_zip_rows(KbValue rows);

// ---------------------------------------------------------------------------
// Hashing and the generic object protocol (boxed values; the dynamic
// fallback and the containers use these)

// hash(v) as CPython 3.11 computes it; TypeError: unhashable type: 'list'.
int64_t kb_object_hash(KbValue v);
// hash(s): SipHash-1-3 keyed by PYTHONHASHSEED as CPython derives it (0: no
// randomisation); cached in s->hash.
int64_t kb_str_hash(KbStr* s) KB_NORAISE;
// hash(x) of a float (_Py_HashDouble); a nan, which CPython hashes by
// identity, gets the hash of the null pointer here.
int64_t kb_float_hash(double x) KB_NORAISE;
// hash(t): the xxHash-based combination; raises for an unhashable item.
int64_t kb_tuple_hash(KbTuple* t);
// a == b with CPython's cross-type rules (1 == 1.0 == True; containers
// elementwise with an identity shortcut; other objects by identity).
bool kb_object_eq(KbValue a, KbValue b);
// a <op> b for op a KbCompareOp, between numbers, strs, tuples, lists and
// sets; TypeError: '<' not supported between instances of 'int' and 'str'.
bool kb_object_compare(KbValue a, KbValue b, int32_t op);
// int op float, exactly (float_richcompare): an int, small or big, against a
// double, nan included.
bool kb_int_float_compare(KbValue i, double x, int32_t op) KB_NORAISE;
// bool(v) for built-in values (containers by length; objects are true).
bool kb_object_truthy(KbValue v) KB_NORAISE;
// len(v); TypeError: object of type 'int' has no len().
int64_t kb_object_len(KbValue v);
// `item in container` for str, list, tuple, dict and set; TypeError as
// CPython for other containers and for a non-str in a str.
bool kb_object_contains(KbValue container, KbValue item);
// `for x in v` with v an object: a generator is resumed item by item; a list, tuple or str is walked in place, by
// index while the index is below kb_object_len (so a list growing in the
// loop is seen growing, as CPython's list iterator sees it); anything else
// iterable is first copied into a list of its items (a dict's keys...).
// TypeError: 'int' object is not iterable.
KbValue kb_object_iterable(KbValue v);
// `a, b = v` for an iterable object v: a list of exactly n boxed items;
// ValueError: too many values to unpack (expected 2) / not enough values to
// unpack (expected 3, got 1); TypeError: cannot unpack non-iterable int object.
KbList* kb_object_unpack(KbValue v, int64_t n);
// All the items of v, for a starred target (`a, *b = v`): TypeError as
// kb_object_unpack for a value that is not iterable.
KbList* kb_object_unpack_all(KbValue v);
// isinstance(v, type): v's type or one of its bases is `type`.
bool kb_isinstance(KbValue v, const KbType* type) KB_NORAISE;
// container[key] by the run-time type: a list, tuple or str with an int (or
// bool) index, a dict; IndexError/KeyError/TypeError as CPython raises them.
KbValue kb_object_getitem(KbValue container, KbValue key);
// v[start:stop:step] by the run-time type (list, tuple, str, bytes,
// bytearray, range); TypeError: 'int' object is not subscriptable.
KbValue kb_object_getslice(KbValue v, KbValue start, KbValue stop, KbValue step);
// Item i (0 <= i < its length), boxed, of what kb_object_iterable returned
// (of a generator: what it yielded last).
KbValue kb_object_iter_item(KbValue sequence, int64_t i) KB_NORAISE;
// Whether what kb_object_iterable returned has an item at i, asked for i =
// 0, 1, 2...: i < its length now; a generator is resumed (true when it yielded).
bool kb_object_iter_has(KbValue sequence, int64_t i);

// ---------------------------------------------------------------------------
// dict

KbDict* kb_dict_new(void) KB_NORAISE;
int64_t kb_dict_len(KbDict* d) KB_NORAISE;
// Finds key; stores its value in *value (when not NULL). Raises only what
// hashing raises (unhashable type).
bool kb_dict_lookup(KbDict* d, KbValue key, KbValue* value);
// d[key]; KeyError(key) when absent.
KbValue kb_dict_getitem(KbDict* d, KbValue key);
// d[key] = value (an existing equal key keeps its original object).
void kb_dict_setitem(KbDict* d, KbValue key, KbValue value);
// del d[key]; KeyError(key) when absent.
void kb_dict_delitem(KbDict* d, KbValue key);
bool kb_dict_contains(KbDict* d, KbValue key);  // key in d (unhashable: TypeError)
KbValue kb_dict_get(KbDict* d, KbValue key, KbValue default_value);  // d.get(key, default)
// d.pop(key[, default]); default_value 0 means none given: KeyError(key).
KbValue kb_dict_pop(KbDict* d, KbValue key, KbValue default_value);
// d.popitem(): the last (key, value); KeyError: 'popitem(): dictionary is empty'.
KbTuple* kb_dict_popitem(KbDict* d);
KbValue kb_dict_setdefault(KbDict* d, KbValue key, KbValue default_value);
void kb_dict_clear(KbDict* d) KB_NORAISE;
KbDict* kb_dict_copy(KbDict* d) KB_NORAISE;
// collections' dict subclasses (collections.cpp): a dict of a flavour; a
// copy keeping the flavour (d.copy(), d | other).
KbDict* kb_dict_new_flavored(int64_t flavor, KbValue factory_repr) KB_NORAISE;
KbDict* kb_dict_copy_flavored(KbDict* d) KB_NORAISE;
// Counter: c[key] += by (a missing key counts 0); the counts of an iterable's
// items or of a mapping's values added (sign 1) or subtracted (sign -1).
void kb_counter_add(KbDict* c, KbValue key, KbValue by);
void kb_counter_update(KbDict* c, KbValue iterable, int64_t sign);
// most_common(n) (n None: all), by count, first counted first among equals.
KbList* kb_counter_most_common(KbDict* c, KbValue n);
// Each key count times, in order, in a list of elem_kind storage.
KbList* kb_counter_elements(KbDict* c, int32_t elem_kind);
KbValue kb_counter_total(KbDict* c);
// c + d, c - d, c | d, c & d (op: the compiler's BinaryOp); only positive counts kept.
KbDict* kb_counter_binop(uint32_t op, KbDict* a, KbDict* b);
// c += d, c -= d, c |= d, c &= d: c changed, then only its positive counts kept.
void kb_counter_inplace(uint32_t op, KbDict* a, KbDict* b);
// OrderedDict.move_to_end(key, last) (KeyError when absent) and
// popitem(last) (KeyError: 'dictionary is empty').
void kb_ordereddict_move_to_end(KbDict* d, KbValue key, bool last);
KbTuple* kb_ordereddict_popitem(KbDict* d, bool last);
// d.update(other): a dict, or an iterable of pairs (CPython's TypeError and
// ValueError for an element that is not a pair).
void kb_dict_update(KbDict* d, KbValue other);
KbDict* kb_dict_fromkeys(KbValue iterable, KbValue value);  // dict.fromkeys
// Raw iteration without change detection: the entry at or after *pos
// (start at 0); false at the end. key/value may be NULL.
bool kb_dict_next(KbDict* d, int64_t* pos, KbValue* key, KbValue* value) KB_NORAISE;
// Checked iteration (for loops over d, d.keys(), d.values(), d.items()):
// RuntimeError: dictionary changed size during iteration (or "dictionary
// keys changed during iteration"). key/value may be NULL.
void kb_dict_iter_init(KbDictIter* it, KbDict* d) KB_NORAISE;
bool kb_dict_iter_next(KbDictIter* it, KbValue* key, KbValue* value);
// list(d.keys()), list(d.values()), list(d.items()) (items are 2-tuples).
KbList* kb_dict_keys(KbDict* d) KB_NORAISE;
KbList* kb_dict_values(KbDict* d) KB_NORAISE;
KbList* kb_dict_items(KbDict* d) KB_NORAISE;
bool kb_dict_equal(KbDict* a, KbDict* b);  // a == b
bool kb_counter_equal(KbDict* a, KbDict* b);  // Counter == Counter: missing counts 0
// d.keys(), d.values(), d.items() as view objects (repr dict_keys([...]),
// len, `in`, iteration through the generic protocol; set operations on
// views are not supported yet).
KbDictView* kb_dict_keys_view(KbDict* d) KB_NORAISE;
KbDictView* kb_dict_values_view(KbDict* d) KB_NORAISE;
KbDictView* kb_dict_items_view(KbDict* d) KB_NORAISE;

// ---------------------------------------------------------------------------
// set and frozenset (every operation mirrors CPython's algorithm, so the
// resulting iteration order is CPython's)

KbSet* kb_set_new(void) KB_NORAISE;        // set()
KbSet* kb_frozenset_new(void) KB_NORAISE;  // frozenset()
// set(iterable) / frozenset(iterable); TypeError for a non-iterable or an
// unhashable item. frozenset(a frozenset) is that frozenset.
KbSet* kb_set_from_iterable(KbValue iterable);
KbSet* kb_frozenset_from_iterable(KbValue iterable);
int64_t kb_set_len(KbSet* s) KB_NORAISE;
void kb_set_add(KbSet* s, KbValue key);          // s.add(key) (unhashable: TypeError)
bool kb_set_contains(KbSet* s, KbValue key);     // key in s (a set key is looked up as a frozenset)
bool kb_set_discard(KbSet* s, KbValue key);      // s.discard(key): whether it was present
void kb_set_remove(KbSet* s, KbValue key);       // s.remove(key): KeyError(key)
KbValue kb_set_pop(KbSet* s);                    // s.pop(): KeyError: 'pop from an empty set'
void kb_set_clear(KbSet* s) KB_NORAISE;
KbSet* kb_set_copy(KbSet* s) KB_NORAISE;         // same type as s
void kb_set_update(KbSet* s, KbValue iterable);  // s.update(iterable) / s |= other
// The methods, taking any iterable; results have s's type.
KbSet* kb_set_union(KbSet* s, KbValue other);
KbSet* kb_set_intersection(KbSet* s, KbValue other);
KbSet* kb_set_difference(KbSet* s, KbValue other);
KbSet* kb_set_symmetric_difference(KbSet* s, KbValue other);
void kb_set_intersection_update(KbSet* s, KbValue other);
void kb_set_difference_update(KbSet* s, KbValue other);
void kb_set_symmetric_difference_update(KbSet* s, KbValue other);
bool kb_set_issubset(KbSet* s, KbValue other);
bool kb_set_issuperset(KbSet* s, KbValue other);
bool kb_set_isdisjoint(KbSet* s, KbValue other);
bool kb_set_equal(KbSet* a, KbSet* b);  // set == set / frozenset
// The operators | & - ^ on two sets (either kind; the result has a's type);
// TypeError: unsupported operand type(s) for |: 'set' and 'list'.
KbValue kb_set_or(KbValue a, KbValue b);
KbValue kb_set_and(KbValue a, KbValue b);
KbValue kb_set_sub(KbValue a, KbValue b);
KbValue kb_set_xor(KbValue a, KbValue b);
// |= &= -= ^=: update a set in place and return it; a frozenset gets a new one.
KbValue kb_set_ior(KbValue a, KbValue b);
KbValue kb_set_iand(KbValue a, KbValue b);
KbValue kb_set_isub(KbValue a, KbValue b);
KbValue kb_set_ixor(KbValue a, KbValue b);
// Checked iteration: RuntimeError: Set changed size during iteration.
void kb_set_iter_init(KbSetIter* it, KbSet* s) KB_NORAISE;
bool kb_set_iter_next(KbSetIter* it, KbValue* key);
KbList* kb_set_to_list(KbSet* s) KB_NORAISE;  // list(s), in iteration order

// ---------------------------------------------------------------------------
// Output

// print(*args, sep=sep, end=end, flush=flush) to sys.stdout; sep and end are
// NULL for the defaults " " and "\n".
void kb_print(const KbValue* args, int64_t nargs, KbStr* sep, KbStr* end, bool flush);
// print(..., file=sys.stdout (stream 1) or sys.stderr (stream 2)).
void kb_print_to(const KbValue* args, int64_t nargs, KbStr* sep, KbStr* end, bool flush, int32_t stream);
// print(*iterable, ...): the arguments, boxed, in a list (runtime/print.cpp);
// to stream 1 (stdout) or 2 (stderr), or to an open file.
void kb_print_list(KbList* items, KbStr* sep, KbStr* end, bool flush, int32_t stream);
// sys.stdout/sys.stderr .write(s): the number of characters; .flush().
int64_t kb_stream_write(int32_t stream, KbStr* s) KB_NORAISE;
void kb_stream_flush(int32_t stream) KB_NORAISE;

// ---------------------------------------------------------------------------
// Arithmetic on boxed values (the dynamic fallback: a variable that holds an
// int here and a float there is an `object`). `op` is the compiler's
// BinaryOp: 0 +, 1 -, 2 *, 3 @, 4 /, 5 %, 6 **, 7 <<, 8 >>, 9 |, 10 ^, 11 &,
// 12 //. Results and errors are CPython's (TypeError: unsupported operand
// type(s) for +: 'int' and 'str').
KbValue kb_object_binop(uint32_t op, KbValue a, KbValue b);
// a op= b: lists, sets, dicts and bytearrays changed in place (inplace_ops.cpp).
KbValue kb_object_inplace_binop(uint32_t op, KbValue a, KbValue b);
// `op` is the compiler's UnaryOp: 0 ~, 2 +, 3 - (1, not, is kb_object_truthy's).
KbValue kb_object_unary(uint32_t op, KbValue v);
KbValue kb_object_abs(KbValue v);  // abs(v); TypeError: bad operand type for abs(): 'str'
// operator.index(v): an int (bool as 0 or 1); TypeError: 'float' object cannot
// be interpreted as an integer.
KbValue kb_object_index(KbValue v);
KbValue kb_object_to_int(KbValue v);  // int(v) for numbers and str
double kb_object_to_float(KbValue v);  // float(v) for numbers and str

// ---------------------------------------------------------------------------
// math (runtime/math.cpp): CPython's math functions, their errors included.
double kb_math_sqrt(double x);
double kb_math_exp(double x);
double kb_math_log(double x);
double kb_math_log2(double x);
double kb_math_log10(double x);
double kb_math_sin(double x);
double kb_math_cos(double x);
double kb_math_tan(double x);
double kb_math_asin(double x);
double kb_math_acos(double x);
double kb_math_atan(double x);
double kb_math_sinh(double x);
double kb_math_cosh(double x);
double kb_math_tanh(double x);
double kb_math_fabs(double x);
double kb_math_degrees(double x);
double kb_math_radians(double x);
double kb_math_atan2(double y, double x);
double kb_math_copysign(double x, double y);
double kb_math_fmod(double x, double y);
double kb_math_pow(double x, double y);
KbValue kb_math_floor(double x);
KbValue kb_math_ceil(double x);
KbValue kb_math_trunc(double x);
bool kb_math_isnan(double x) KB_NORAISE;
bool kb_math_isinf(double x) KB_NORAISE;
bool kb_math_isfinite(double x) KB_NORAISE;

// ---------------------------------------------------------------------------
// Generators (generator.cpp)

// A generator object: what calling a generator function returns. Its body
// is an LLVM coroutine (the switched-resume ABI: the frame's first word is
// its resume function) whose frame lives in GC memory; codegen lays this
// object out by the offsets below, and stores and loads `yielded` and `sent`
// in the typed representation of the function's yield and send types (each
// fits the 8 bytes: a word, a pointer, a double or an i1 byte).
typedef struct KbGenerator {
  KbObject header;      // 0: kb_type_generator
  void* frame;          // 8: the coroutine's frame
  const char* name;     // 16: the generator function's name (for repr)
  int32_t state;        // 24: KB_GENERATOR_*
  uint32_t yield_kind;  // 28: KbElemKind of `yielded` (how the run-time library boxes it), | KB_GENERATOR_ITERATOR
  KbValue thrown;       // 32: an exception the body raises where it resumes (close()), or 0
  uint64_t yielded;     // 40: the value last yielded
  uint64_t sent;        // 48: the value the paused yield evaluates to (None after next())
  KbValue returned;     // 56: the return value, boxed; 0 until it returns (None)
  KbObject** handled;   // 64: while paused in except bodies, the exceptions they handle (kb_generator_save_handled)
} KbGenerator;

enum {
  KB_GENERATOR_CREATED = 0,    // the body has not started
  KB_GENERATOR_SUSPENDED = 1,  // paused at a yield (the body sets it)
  KB_GENERATOR_RUNNING = 2,
  KB_GENERATOR_FINISHED = 3,   // returned or raised (the body sets it when it returns)
};
// In yield_kind: iter() of a list, str...: `name` is the type CPython would
// name (list_iterator), and repr is <list_iterator object at 0x...>.
#define KB_GENERATOR_ITERATOR 0x100u

extern const KbType kb_type_generator;

// A new generator for a coroutine frame (set by the caller once made).
KbGenerator* kb_generator_new(const char* name, uint32_t yield_kind) KB_NORAISE;
// Runs the body until it yields (true) or finishes (false; also for a
// finished generator). Counts the frame against the recursion limit while it
// runs. An exception the body raises finishes the generator and propagates;
// a StopIteration becomes RuntimeError: generator raised StopIteration.
// ValueError: generator already executing.
bool kb_generator_next(KbGenerator* g);
// send(v): kb_generator_next with `sent` already stored; `boxed` is the
// value boxed. TypeError: can't send non-None value to a just-started generator.
bool kb_generator_send(KbGenerator* g, KbValue boxed);
// Raises StopIteration for a finished generator (its return value as the
// argument unless that is None).
[[noreturn]] void kb_generator_stop(KbGenerator* g);
// close(): GeneratorExit raised at the paused yield; RuntimeError:
// generator ignored GeneratorExit if the body yields again.
void kb_generator_close(KbGenerator* g);
// throw(exc): exc (an exception instance, boxed) raised at the paused
// yield; true when the body then yields, false when it returns (the caller
// raises StopIteration). Into a generator that has not started or has
// finished, exc is raised at once (the generator finishes).
bool kb_generator_throw(KbGenerator* g, KbValue exc);
// What CPython does when the last reference to a generator dies: close() a
// paused generator; an exception that escapes is printed as CPython prints
// an unraisable one ("Exception ignored in: <generator object ...>") and
// dropped. For generators whose body pauses inside try/finally or with.
void kb_generator_finalize(KbGenerator* g) KB_NORAISE;
// `yield from inner` in g, resumed with an exception thrown in (g->thrown,
// cleared here): GeneratorExit closes inner, then is raised; another is
// thrown into inner: true when inner yields again, false when it returns.
bool kb_generator_delegate(KbGenerator* g, KbGenerator* inner);
// `g = f()` at module level, f's generator being one that needs
// finalizing: `global` (a tagged int) names g. Finalizes the generator g
// held before (the assignment drops CPython's last reference to it), and
// keeps this one to finalize at exit (kb_generator_finalize_held).
void kb_generator_hold(KbGenerator* g, KbValue global) KB_NORAISE;
// At exit, after an uncaught exception's traceback: the held generators
// finalized in the order they were first held (CPython clears a module's
// globals in the order they were made).
void kb_generator_finalize_held(void) KB_NORAISE;
// A yield inside `count` except bodies of its own frame: the exceptions
// they handle leave the thread's stack of handled exceptions while the
// generator is paused (saved in g->handled), and come back when it resumes.
void kb_generator_save_handled(KbGenerator* g, uint32_t count) KB_NORAISE;
void kb_generator_restore_handled(KbGenerator* g, uint32_t count) KB_NORAISE;
// Called by the body where it resumes with `thrown` set: raises it (and clears it).
[[noreturn]] void kb_generator_raise_thrown(KbGenerator* g);
// The value a generator last yielded, boxed.
KbValue kb_generator_yielded_boxed(const KbGenerator* g) KB_NORAISE;
// next(it) / next(it, fallback) for a boxed iterator (fallback 0: none):
// StopIteration when it has finished; TypeError: 'list' object is not an iterator.
KbValue kb_object_next(KbValue it, KbValue fallback);

// ---------------------------------------------------------------------------
// Files, stdin and input() (runtime/io.cpp)

// An open file (open()) or sys.stdin. Its type is _io.TextIOWrapper for
// text, _io.BufferedReader/Writer/Random for binary files.
typedef struct KbFile {
  KbObject header;
  void* fp;        // the C stdio stream
  KbStr* name;     // f.name
  KbStr* mode;     // f.mode
  uint32_t flags;  // KB_FILE_* bits
  uint32_t reserved;
} KbFile;

enum {
  KB_FILE_READ = 1u << 0,
  KB_FILE_WRITE = 1u << 1,
  KB_FILE_BINARY = 1u << 2,
  KB_FILE_CLOSED = 1u << 3,
  KB_FILE_WROTE = 1u << 4,  // written since the last read (stdio needs a seek before reading)
  KB_FILE_NEWLINE_LF = 1u << 5,  // newline='\n': lines end at '\n' only, '\r' is kept (sys.stdin)
};

extern const KbType kb_type_TextIOWrapper;
extern const KbType kb_type_BufferedReader;
extern const KbType kb_type_BufferedWriter;
extern const KbType kb_type_BufferedRandom;
extern const KbType kb_type_UnsupportedOperation;  // io.UnsupportedOperation

// open(name, mode): CPython's ValueError for a bad mode, FileNotFoundError,
// IsADirectoryError, PermissionError, FileExistsError ("[Errno 2] No such
// file or directory: 'x.txt'"). has_encoding: an encoding= was given.
KbFile* kb_open(KbStr* name, KbStr* mode, bool has_encoding);
KbFile* kb_sys_stdin(void) KB_NORAISE;
// The methods: ValueError: I/O operation on closed file.;
// io.UnsupportedOperation: not readable / not writable. Text files give
// strs (UTF-8, universal newlines), binary ones bytes.
KbValue kb_file_read(KbFile* f, KbValue size);  // size: an int (< 0: all) or None
KbValue kb_file_readline(KbFile* f);
KbList* kb_file_readlines(KbFile* f);
// The number of characters (text) or bytes written; TypeError: write()
// argument must be str, not int / a bytes-like object is required, not 'str'.
int64_t kb_file_write(KbFile* f, KbValue data);
void kb_file_writelines(KbFile* f, KbValue lines);
void kb_file_flush(KbFile* f);
void kb_print_list_to_file(KbList* items, KbStr* sep, KbStr* end, bool flush, KbFile* file);
void kb_file_close(KbFile* f) KB_NORAISE;  // closing twice does nothing
bool kb_file_closed(KbFile* f) KB_NORAISE;
KbStr* kb_file_name(KbFile* f) KB_NORAISE;
KbStr* kb_file_mode(KbFile* f) KB_NORAISE;
// input(prompt) (prompt NULL: none): the line without its newline;
// EOFError: EOF when reading a line.
KbStr* kb_input(KbStr* prompt);

// ---------------------------------------------------------------------------
// bytes (runtime/bytes.cpp)

typedef struct KbBytes {
  KbObject header;
  int64_t length;
  int64_t hash;  // -1 until computed
  char data[];   // length bytes, then a NUL
} KbBytes;

extern const KbType kb_type_bytes;

// bytearray (runtime/bytearray.cpp): a mutable sequence of bytes in a
// growable buffer.
typedef struct KbByteArray {
  KbObject header;  // kb_type_bytearray
  int64_t length;
  int64_t capacity;
  char* data;       // capacity bytes (GC memory without pointers)
} KbByteArray;
extern const KbType kb_type_bytearray;
// bytearray(source): source 0 for bytearray(); an int (that many zero
// bytes), bytes or bytearray, or an iterable of ints in range(0, 256);
// CPython's TypeError/ValueError otherwise.
KbByteArray* kb_bytearray_new(KbValue source);
int64_t kb_bytearray_len(KbByteArray* b) KB_NORAISE;
// b[i] (an int); IndexError: bytearray index out of range.
KbValue kb_bytearray_getitem(KbByteArray* b, KbValue index);
// b[i] = v; ValueError: byte must be in range(0, 256).
void kb_bytearray_setitem(KbByteArray* b, KbValue index, KbValue value);
KbByteArray* kb_bytearray_slice(KbByteArray* b, KbValue start, KbValue stop, KbValue step);
void kb_bytearray_append(KbByteArray* b, KbValue value);
void kb_bytearray_extend(KbByteArray* b, KbValue iterable);
// b.pop(i) (&kb_None: the last); IndexError: pop from empty bytearray.
KbValue kb_bytearray_pop(KbByteArray* b, KbValue index);
void kb_bytearray_insert(KbByteArray* b, KbValue index, KbValue value);
void kb_bytearray_remove(KbByteArray* b, KbValue value);  // ValueError: value not found in bytearray
void kb_bytearray_clear(KbByteArray* b) KB_NORAISE;
void kb_bytearray_reverse(KbByteArray* b) KB_NORAISE;
KbByteArray* kb_bytearray_copy(KbByteArray* b) KB_NORAISE;
KbBytes* kb_bytearray_to_bytes(KbByteArray* b) KB_NORAISE;  // bytes(b)
KbStr* kb_bytearray_decode(KbByteArray* b, KbStr* encoding, KbStr* errors);
KbStr* kb_bytearray_hex(KbByteArray* b) KB_NORAISE;
KbValue kb_bytearray_count(KbByteArray* b, KbValue sub);
KbValue kb_bytearray_find(KbByteArray* b, KbValue sub);
KbValue kb_bytearray_index(KbByteArray* b, KbValue sub);
// a + b for a bytearray a and a bytes-like b; TypeError: can't concat int to bytearray.
KbByteArray* kb_bytearray_concat(KbValue a, KbValue b);
KbByteArray* kb_bytearray_repeat(KbByteArray* b, KbValue n);
// x in b: an int (a byte) or a bytes-like run.
bool kb_bytearray_contains(KbByteArray* b, KbValue x);
KbStr* kb_bytearray_repr(KbByteArray* b);  // bytearray(b'...')

KbBytes* kb_bytes_from_data(const char* data, int64_t length) KB_NORAISE;
bool kb_is_bytes(KbValue v) KB_NORAISE;
// bytes(x): an int count of zeros, an iterable of ints in range(256), or
// bytes; CPython's ValueError/TypeError otherwise.
KbBytes* kb_bytes_new(KbValue x);
// s.encode(encoding, errors) and bytes(s, encoding, errors): utf-8, ascii,
// latin-1 with the errors 'strict', 'ignore', 'replace'. NULL: the default.
KbBytes* kb_str_encode(KbStr* s, KbStr* encoding, KbStr* errors);
KbStr* kb_bytes_decode(KbBytes* b, KbStr* encoding, KbStr* errors);
int64_t kb_bytes_len(KbBytes* b) KB_NORAISE;
int64_t kb_bytes_hash(KbBytes* b) KB_NORAISE;
KbValue kb_bytes_getitem(KbBytes* b, KbValue index);  // an int; IndexError: index out of range
KbBytes* kb_bytes_slice(KbBytes* b, KbValue start, KbValue stop, KbValue step);
KbBytes* kb_bytes_concat(KbValue a, KbValue b);  // TypeError: can't concat str to bytes
KbBytes* kb_bytes_repeat(KbBytes* b, KbValue n);
bool kb_bytes_contains(KbBytes* b, KbValue item);  // an int or bytes
bool kb_bytes_equal(KbBytes* a, KbBytes* b) KB_NORAISE;
int32_t kb_bytes_compare(KbBytes* a, KbBytes* b) KB_NORAISE;  // -1, 0, 1
KbStr* kb_bytes_hex(KbBytes* b) KB_NORAISE;
KbBytes* kb_bytes_fromhex(KbStr* s);  // ValueError: non-hexadecimal number found in fromhex() arg at position 0
// The methods (arguments as CPython's: bytes, or an int where it takes one;
// start/end int words or None).
bool kb_bytes_startswith(KbBytes* b, KbValue prefix, KbValue start, KbValue end);
bool kb_bytes_endswith(KbBytes* b, KbValue suffix, KbValue start, KbValue end);
int64_t kb_bytes_find(KbBytes* b, KbValue sub, KbValue start, KbValue end);
int64_t kb_bytes_rfind(KbBytes* b, KbValue sub, KbValue start, KbValue end);
int64_t kb_bytes_index(KbBytes* b, KbValue sub, KbValue start, KbValue end);
int64_t kb_bytes_count(KbBytes* b, KbValue sub, KbValue start, KbValue end);
KbList* kb_bytes_split(KbBytes* b, KbValue sep, KbValue maxsplit);
KbBytes* kb_bytes_join(KbBytes* sep, KbValue iterable);
KbBytes* kb_bytes_strip(KbBytes* b, KbValue chars);
KbBytes* kb_bytes_lstrip(KbBytes* b, KbValue chars);
KbBytes* kb_bytes_rstrip(KbBytes* b, KbValue chars);
KbBytes* kb_bytes_upper(KbBytes* b) KB_NORAISE;
KbBytes* kb_bytes_lower(KbBytes* b) KB_NORAISE;
KbBytes* kb_bytes_replace(KbBytes* b, KbValue old, KbValue replacement, KbValue count);

// ---------------------------------------------------------------------------
// complex (runtime/complex.cpp): a heap object in both forms (typed code
// holds the word, which is also its boxed form). The arithmetic of the
// dynamic fallback (kb_object_binop...) takes complex operands too.

typedef struct KbComplex {
  KbObject header;
  double real;
  double imag;
} KbComplex;

extern const KbType kb_type_complex;

KbValue kb_complex_new(double real, double imag) KB_NORAISE;
double kb_complex_real(KbValue z) KB_NORAISE;
double kb_complex_imag(KbValue z) KB_NORAISE;
KbValue kb_complex_conjugate(KbValue z) KB_NORAISE;
// complex(x): a number or a str (CPython's parser and messages).
KbValue kb_complex_from_object(KbValue x);
// complex(real, imag), both given.
KbValue kb_complex_from_objects(KbValue real, KbValue imag);
// abs(z): hypot, OverflowError: absolute value too large.
double kb_complex_abs(KbValue z);

// round(x[, ndigits]) of a value known only at run time (ndigits None when
// absent): TypeError: type complex doesn't define __round__ method.
KbValue kb_object_round(KbValue x, KbValue ndigits);
// pow(a, b, m) of values known only at run time: ints (kb_int_pow_mod), or
// CPython's TypeError (a float), ValueError: complex modulo (a complex).
KbValue kb_object_pow_mod(KbValue a, KbValue b, KbValue m);
// divmod(a, b) of values known only at run time: (a // b, a % b) of numbers;
// TypeError: unsupported operand type(s) for divmod(): 'complex' and 'int'.
KbTuple* kb_object_divmod(KbValue a, KbValue b);

// The numbers' methods (runtime/number_methods.cpp): arguments not given are
// None; CPython's errors otherwise.
KbValue kb_int_bit_length(KbValue i) KB_NORAISE;
KbValue kb_int_bit_count(KbValue i) KB_NORAISE;
KbBytes* kb_int_to_bytes(KbValue i, KbValue length, KbValue byteorder, KbValue is_signed);
KbTuple* kb_int_as_integer_ratio(KbValue i) KB_NORAISE;
KbValue kb_int_conjugate(KbValue i) KB_NORAISE;
[[noreturn]] bool kb_int_no_is_integer(KbValue i);  // AttributeError (int.is_integer is new in 3.12)
KbValue kb_int_from_bytes(KbValue bytes, KbValue byteorder, KbValue is_signed);
bool kb_float_is_integer(double x) KB_NORAISE;
KbTuple* kb_float_as_integer_ratio(double x);
KbStr* kb_float_hex(double x) KB_NORAISE;
double kb_float_conjugate(double x) KB_NORAISE;
double kb_float_fromhex(KbValue s);

// The math module's functions other than those of math_functions.def
// (runtime/math_integer.cpp, runtime/math_float.cpp), with CPython's errors.
KbValue kb_math_gcd(KbValue a, KbValue b);
KbValue kb_math_lcm(KbValue a, KbValue b);
KbValue kb_math_factorial(KbValue n);
KbValue kb_math_isqrt(KbValue n);
KbValue kb_math_comb(KbValue n, KbValue k);
KbValue kb_math_perm(KbValue n, KbValue k);  // k None: n!
// math.log (which 0, with base None or given), log2 (2), log10 (10) of any
// number, a huge int included (CPython's loghelper).
double kb_math_log_of(KbValue x, KbValue base, int32_t which);
double kb_math_hypot(KbTuple* coordinates);
double kb_math_dist(KbValue p, KbValue q);
double kb_math_fsum(KbList* items);
KbValue kb_math_prod(KbList* items, KbValue start);
KbTuple* kb_math_frexp(KbValue x);
KbTuple* kb_math_modf(KbValue x);
double kb_math_ldexp(KbValue x, KbValue i);
bool kb_math_isclose(KbValue a, KbValue b, KbValue rel_tol, KbValue abs_tol);

// ---------------------------------------------------------------------------
// Introspection builtins (runtime/builtins.cpp)

KbValue kb_type_of(KbValue v) KB_NORAISE;  // type(v): the type object
// t.__name__ of a type object; AttributeError for another value.
KbStr* kb_type_name(KbValue t);
KbStr* kb_type_qualname(KbValue t);
KbValue kb_id(KbValue v) KB_NORAISE;        // id(v)
// getattr(object, name) without a match: AttributeError as kb_raise_no_attribute.
[[noreturn]] void kb_raise_no_attribute_name(KbValue object, KbStr* name);
KbValue kb_hash(KbValue v);                 // hash(v) as an int
KbStr* kb_int_to_base(KbValue v, int32_t base);  // hex() (16), oct() (8), bin() (2); TypeError for a non-int
KbValue kb_tuple_from_iterable(KbValue iterable);  // tuple(iterable)

#ifdef __cplusplus
}
#endif

#endif  // KEELBACK_RUNTIME_KEELBACK_RUNTIME_H
