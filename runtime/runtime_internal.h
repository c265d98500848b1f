// Shared C++ helpers of the runtime library: the value-word encoding, the big
// integer layout, string building and raising with formatted messages.
// Nothing here is part of the C ABI; generated code sees only
// keelback_runtime.h.
#ifndef KEELBACK_RUNTIME_RUNTIME_INTERNAL_H
#define KEELBACK_RUNTIME_RUNTIME_INTERNAL_H

#include "keelback_runtime.h"

// The GC must see every thread the runtime creates (kb_main's big-stack
// thread), so gc.h must redirect pthread_create.
#ifndef GC_THREADS
#define GC_THREADS
#endif
#include <gc/gc.h>
#include <gc/gc_allocator.h>
#include <gmp.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

// ---------------------------------------------------------------------------
// Value words

namespace kb {

constexpr int64_t kSmallIntMin = -(int64_t(1) << 62);
constexpr int64_t kSmallIntMax = (int64_t(1) << 62) - 1;

inline bool IsSmallInt(KbValue v) { return (v & 1) != 0; }
inline int64_t SmallIntValue(KbValue v) { return int64_t(v) >> 1; }
inline bool FitsSmallInt(int64_t x) { return x >= kSmallIntMin && x <= kSmallIntMax; }
// Requires FitsSmallInt(x).
inline KbValue MakeSmallInt(int64_t x) { return (uint64_t(x) << 1) | 1; }
inline KbObject* AsObject(KbValue v) { return reinterpret_cast<KbObject*>(v); }
inline KbValue AsValue(const void* p) { return reinterpret_cast<KbValue>(p); }
inline KbValue BoolValue(bool b) { return AsValue(b ? &kb_True : &kb_False); }

// The type of any value word (small ints are `int`).
inline const KbType* TypeOf(KbValue v) {
  return IsSmallInt(v) ? &kb_type_int : AsObject(v)->type;
}

}  // namespace kb

// A big int: a value outside the small-int range (never one inside it).
// Its limbs come from GMP's allocator, which kb_main points at the GC.
struct KbLong {
  KbObject header;
  mpz_t value;
};

namespace kb {

// Sets `out` (initialised) to the integer value of an int word.
void IntToMpz(KbValue v, mpz_t out);
// The canonical word for `z`: a small int when it fits, else a new KbLong
// (which takes over z's limbs; z is left initialised to 0).
KbValue IntFromMpz(mpz_t z);
// The int word for a bool or int value (True is 1); requires one of them.
KbValue IntOfIntOrBool(KbValue v);
bool IsIntOrBool(KbValue v);
// int -> decimal (or other base, 2..36) text without the digit limit.
std::string IntToString(KbValue v, int base);
// Correctly rounded conversion; sets *overflow when |v| rounds to >= 2^1024.
double IntToDoubleRounded(KbValue v, bool* overflow);
// True when `s` is a valid int() literal in `base` (0 or 2..36); *out gets
// the value. Follows PyLong_FromString on text already mapped to ASCII.
bool ParseIntLiteral(std::string_view text, int base, KbValue* out, bool* too_many_digits,
                     int64_t* digit_count);

// ---------------------------------------------------------------------------
// GC allocation

// A std::vector whose buffer the GC scans (uncollectable memory the vector
// frees): for temporaries that may hold the only reference to GC objects
// (a plain std::vector's malloc'd buffer is invisible to the collector).
template <typename T>
using GcVector = std::vector<T, traceable_allocator<T>>;

void EnsureGcInitialised();
inline void* AllocAtomic(size_t n) { return GC_MALLOC_ATOMIC(n); }

// ---------------------------------------------------------------------------
// Strings

KbStr* NewStr(std::string_view utf8);
// A str of `nbytes` bytes (to be filled by the caller; the NUL is written)
// holding `length` code points.
KbStr* AllocStr(int64_t nbytes, int64_t length);
// A str of bytes taken from `of` (a part of it, or anything when `of` is
// ASCII): its code points are counted only when `of` is not ASCII.
KbStr* NewStrFrom(const KbStr* of, std::string_view utf8);
// The str of one ASCII character (cached, as CPython caches its 1-character
// Latin-1 strs).
KbStr* AsciiChar(unsigned char c);
inline std::string_view View(const KbStr* s) { return {s->data, size_t(s->nbytes)}; }
// Decodes one code point at p (valid UTF-8) and advances p.
uint32_t DecodeUtf8(const char*& p);
void AppendUtf8(std::string& out, uint32_t cp);
// Number of code points in valid UTF-8.
int64_t CountCodePoints(std::string_view utf8);
// repr(str) (ascii_only: ascii(str)), appended to out.
void AppendStrRepr(std::string& out, std::string_view utf8, bool ascii_only);
// CPython's float repr (shortest round-trip digits).
std::string FloatRepr(double x);
// str.isspace / str.isprintable for one code point (CPython 3.11's tables).
bool IsUnicodeSpace(uint32_t cp);
bool IsUnicodePrintable(uint32_t cp);
// Maps a non-ASCII decimal digit to its value, or -1.
int UnicodeDecimalValue(uint32_t cp);
// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode spaces become
// ' ', Unicode decimal digits ASCII digits, other non-ASCII characters '?'.
std::string TransformDecimalAndSpaceToAscii(std::string_view utf8);

// str()/repr() of any value appended to out. Raises RecursionError on
// nesting deeper than the recursion limit.
void AppendStr(std::string& out, KbValue v);
void AppendRepr(std::string& out, KbValue v, bool ascii_only = false);
// The repr of a defaultdict, Counter or OrderedDict (collections.cpp), with
// append_dict writing a plain dict's; false for a plain dict.
// The class of a dict of a flavour (collections.cpp): dict, or defaultdict,
// Counter, OrderedDict.
const KbType* DictFlavorType(const KbDict* d);
bool AppendFlavoredDictRepr(std::string& out, KbDict* d, bool ascii_only,
                            void (*append_dict)(std::string&, KbDict*, bool));
// "int", "str", "Foo": the name CPython puts in `... not str` messages.
const char* TypeName(const KbType* type);

// ---------------------------------------------------------------------------
// Exceptions

// The C++ object thrown for a Python exception. It keeps the exception
// reachable for the GC while it is in flight (the C++ runtime allocates
// thrown objects with malloc, which the GC does not scan).
class PyException {
 public:
  // `outer` is the exception that was being raised when this one was thrown
  // (one raised and caught inside a `finally` cleanup): catching this one
  // makes `outer` the one being raised again.
  PyException(KbObject* exc, KbObject* outer);
  PyException(PyException&& other) noexcept;
  PyException(const PyException&) = delete;
  PyException& operator=(const PyException&) = delete;
  ~PyException();
  KbObject* exception() const { return root_[0]; }
  KbObject* outer() const { return root_[1]; }
  // Whether a thrown C++ object is a PyException.
  static bool IsPyException(const void* thrown) {
    return *static_cast<const uint64_t*>(thrown) == kMagic;
  }

 private:
  static constexpr uint64_t kMagic = 0x4b65656c4578630aULL;
  uint64_t magic_ = kMagic;  // first, so IsPyException can read it
  KbObject** root_;  // uncollectable GC cells: the exception and `outer`
};

KbBaseException* AsException(KbObject* exc);
// For C++ code of the runtime that catches a PyException and does not
// rethrow it: the exception it interrupted (its outer) is the one being
// raised again, as kb_catch_begin makes it for generated code.
void EndRaising(const PyException& caught);
// CPython's PyErr_WriteUnraisable: "Exception ignored in: <repr of object>"
// and the exception's traceback, to stderr; the program goes on.
void PrintUnraisable(KbValue object, KbObject* exc);
// Raises `type` with a message given as a std::string.
[[noreturn]] void Raise(const KbType* type, const std::string& message);
// Raises `type` with args (errno, strerror) like CPython's OSError-style
// math errors: OverflowError(34, 'Numerical result out of range').
[[noreturn]] void RaiseErrno(const KbType* type, int err);
// Python's `str(exc)`.
// The "Did you mean" trailer recorded for an exception (kb_raise_new), or "".
void RecordSuggestion(const KbObject* exception, std::string trailer);
std::string SuggestionFor(const KbObject* exception);
std::string ExceptionStr(KbObject* exc);
KbTuple* NewTuple(std::initializer_list<KbValue> items);

// ---------------------------------------------------------------------------
// Hashing and the object protocol

// Re-derives the str hash key from PYTHONHASHSEED (unit tests set it; str
// hashes cached before the call keep their old values).
void ReloadHashSeedForTesting();
// _Py_HashBytes: SipHash-1-3 of raw bytes (a bytes object's hash).
int64_t HashBytes(const unsigned char* data, size_t size);
// repr(bytes) appended to out: b'...' as CPython writes it.
void AppendBytesRepr(std::string& out, const KbBytes* b);
// b'...' of the bytes in `v`, as bytes' repr writes them; a single quote is
// escaped even inside double quotes when `escape_single_quote` (bytearray's).
void AppendBytesLiteral(std::string& out, std::string_view v, bool escape_single_quote);
// _Py_HashPointer: the hash of an object hashed by identity.
int64_t HashPointer(const void* p);
// _Py_HashDouble; `inst` is the float object whose identity hashes a nan.
int64_t HashDouble(double v, const void* inst);
// PySlice_Unpack + PySlice_AdjustIndices: start/stop/step are int words or
// None; returns the slice length.
int64_t SliceIndices(int64_t length, KbValue start, KbValue stop, KbValue step, int64_t* out_start,
                     int64_t* out_stop, int64_t* out_step);
// The element at i of any list, boxed (a new KbFloat for a float list).
KbValue ListItemBoxed(const KbList* list, int64_t i);
// Calls body on each item of a built-in iterable (list, tuple, str, dict
// keys, set); TypeError: 'int' object is not iterable.
void ForEachItem(KbValue iterable, const std::function<void(KbValue)>& body);
// An instance of a program's subclass of list, dict or set
// (KB_TYPE_BUILTIN_VALUE): the value it holds in its first slot; any other
// value itself. The protocols (iteration, `in`, ==) use the value where the
// class defines nothing of its own (the compiler rejects the uses of an
// `object` whose class does).
inline KbValue BuiltinValueOf(KbValue v) {
  if (IsSmallInt(v)) return v;
  KbObject* obj = AsObject(v);
  return (obj->type->flags & KB_TYPE_BUILTIN_VALUE) ? reinterpret_cast<KbValue*>(obj)[1] : v;
}
// The bytes of a bytearray (runtime/bytearray.cpp).
std::string_view ByteArrayView(const KbByteArray* b);
// Calls body on each item of a range, in order (runtime/range.cpp).
void ForEachRangeItem(const KbRange* r, const std::function<void(KbValue)>& body);
// len(r) as CPython's ssize_t; OverflowError when it does not fit.
int64_t RangeLengthSsize(const KbRange* r);


// ---------------------------------------------------------------------------
// complex (complex.cpp)

inline bool IsComplex(KbValue v) { return !IsSmallInt(v) && AsObject(v)->type == &kb_type_complex; }
// a <op> b (the BinaryOp numbering of kb_object_binop) where one operand is
// a complex and the other an int, bool, float or complex; 0 when complex
// does not define the operator (the caller raises CPython's TypeError).
KbValue ComplexBinop(uint32_t op, KbValue a, KbValue b);
// v ** w of floats with v < 0 and w not an integer (float_pow hands these
// to complex_pow).
KbValue ComplexPowOfFloats(double v, double w);
// ==: a complex against an int, bool, float or complex (false otherwise).
bool ComplexEquals(KbValue a, KbValue b);
int64_t ComplexHash(const KbComplex* z);
// repr(z) / str(z): (1+2j), 1j, (-0-1j), (nan+infj).
std::string ComplexRepr(double real, double imag);
// The float's repr without the ".0" an integral value gets ('r' format
// without Py_DTSF_ADD_DOT_0): "1", "1e+16", "0.5".
std::string FloatReprNoDot0(double x);
// PyFloat_AsDouble for the math functions: an int, bool or float as a
// double; TypeError: must be real number, not str.
double RealAsDouble(KbValue v);
// obj.__int__() / obj.__float__() of an instance of a program's class that
// defines it (number_slots.cpp), its result checked as CPython checks it;
// false when the class has no such method.
bool IntSlot(KbValue v, KbValue* out);
bool FloatSlot(KbValue v, double* out);

}  // namespace kb

#endif  // KEELBACK_RUNTIME_RUNTIME_INTERNAL_H
