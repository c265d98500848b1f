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
};

enum {
  KB_TYPE_EXCEPTION = 1u << 0,  // a subclass of BaseException
  // Set only on the runtime's own types. A type without it was defined by the
  // program and prints as CPython prints a class of `__main__`
  // (<class '__main__.Foo'>, `__main__.MyError: message`).
  KB_TYPE_BUILTIN = 1u << 1,
};

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

// Recursion depth of compiled `def` functions (CPython counts Python frames;
// so do we). Generated code increments it on entry, decrements it on return,
// and calls kb_recursion_error when it exceeds kb_recursion_limit.
extern int64_t kb_recursion_depth;
extern int64_t kb_recursion_limit;
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
KbValue kb_int_from_float(double x);            // int(x): ValueError for nan, OverflowError for inf
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
KbStr* kb_ascii(KbValue v); // ascii(v)

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
// Makes room for at least `capacity` elements without changing the length.
void kb_list_reserve(KbList* list, int64_t capacity) KB_NORAISE;

// ---------------------------------------------------------------------------
// Output

// print(*args, sep=sep, end=end, flush=flush) to sys.stdout; sep and end are
// NULL for the defaults " " and "\n".
void kb_print(const KbValue* args, int64_t nargs, KbStr* sep, KbStr* end, bool flush);

#ifdef __cplusplus
}
#endif

#endif  // KEELBACK_RUNTIME_KEELBACK_RUNTIME_H
