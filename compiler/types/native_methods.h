// Methods of the runtime's native values (files, bytes, str.encode) that are
// one call of a runtime function: sema checks a call against its entry and
// lowering emits a RuntimeCall with the receiver, then one operand per
// parameter (the argument, or None where it was not given: the runtime
// function's default).
#ifndef KEELBACK_TYPES_NATIVE_METHODS_H
#define KEELBACK_TYPES_NATIVE_METHODS_H

#include <cstdint>
#include <iterator>
#include <string_view>

namespace keelback {

enum class NativeReceiver : uint8_t {
  File,        // an open file or sys.stdin
  Bytes,       // a bytes object
  Str,         // a str (methods str_methods.def does not have)
  BytesClass,  // the class `bytes` itself (bytes.fromhex): no receiver operand
  Int,         // an int or a bool (passed boxed)
  Float,       // a float (passed unboxed)
  Complex,     // a complex
  IntClass,    // the class `int` itself (int.from_bytes): no receiver operand
  FloatClass,  // the class `float` itself (float.fromhex): no receiver operand
  StrClass,    // the class `str` itself (str.maketrans): no receiver operand
  Range,       // a range object
  Tuple,       // a tuple (of any shape)
  ByteArray,   // a bytearray
};

struct NativeMethod {
  NativeReceiver receiver;
  const char* name;
  const char* function;  // the runtime function (codegen/runtime_functions.def)
  // The result: S str, I int, B bool, N None, Y bytes, A bytearray, y
  // list[bytes], D a file's data (str or bytes, by the file's mode), d list of
  // it, F float, C complex, R tuple[int, int], T a translation table
  // (str.maketrans: dict[int, V] with V from the arguments).
  char result;
  uint8_t required;      // parameters that must be given
  // The parameters' names, space-separated (keyword arguments use them), and
  // their kinds, one character each: s a str, b bytes, i an int, x any value
  // (checked at run time), n an int or None, t bytes or a tuple of bytes.
  const char* params;
  const char* kinds;
};

inline constexpr NativeMethod kNativeMethods[] = {
    {NativeReceiver::File, "read", "kb_file_read", 'D', 0, "size", "n"},
    {NativeReceiver::File, "readline", "kb_file_readline", 'D', 0, "", ""},
    {NativeReceiver::File, "readlines", "kb_file_readlines", 'd', 0, "", ""},
    {NativeReceiver::File, "write", "kb_file_write", 'I', 1, "data", "x"},
    {NativeReceiver::File, "writelines", "kb_file_writelines", 'N', 1, "lines", "x"},
    {NativeReceiver::File, "flush", "kb_file_flush", 'N', 0, "", ""},
    {NativeReceiver::File, "close", "kb_file_close", 'N', 0, "", ""},
    {NativeReceiver::Str, "encode", "kb_str_encode", 'Y', 0, "encoding errors", "ss"},
    {NativeReceiver::Bytes, "decode", "kb_bytes_decode", 'S', 0, "encoding errors", "ss"},
    {NativeReceiver::Bytes, "hex", "kb_bytes_hex", 'S', 0, "", ""},
    {NativeReceiver::Bytes, "startswith", "kb_bytes_startswith", 'B', 1, "prefix start end", "xnn"},
    {NativeReceiver::Bytes, "endswith", "kb_bytes_endswith", 'B', 1, "suffix start end", "xnn"},
    {NativeReceiver::Bytes, "find", "kb_bytes_find", 'I', 1, "sub start end", "xnn"},
    {NativeReceiver::Bytes, "rfind", "kb_bytes_rfind", 'I', 1, "sub start end", "xnn"},
    {NativeReceiver::Bytes, "index", "kb_bytes_index", 'I', 1, "sub start end", "xnn"},
    {NativeReceiver::Bytes, "count", "kb_bytes_count", 'I', 1, "sub start end", "xnn"},
    {NativeReceiver::Bytes, "split", "kb_bytes_split", 'y', 0, "sep maxsplit", "xn"},
    {NativeReceiver::Bytes, "join", "kb_bytes_join", 'Y', 1, "iterable_of_bytes", "x"},
    {NativeReceiver::Bytes, "strip", "kb_bytes_strip", 'Y', 0, "bytes", "x"},
    {NativeReceiver::Bytes, "lstrip", "kb_bytes_lstrip", 'Y', 0, "bytes", "x"},
    {NativeReceiver::Bytes, "rstrip", "kb_bytes_rstrip", 'Y', 0, "bytes", "x"},
    {NativeReceiver::Bytes, "upper", "kb_bytes_upper", 'Y', 0, "", ""},
    {NativeReceiver::Bytes, "lower", "kb_bytes_lower", 'Y', 0, "", ""},
    {NativeReceiver::Bytes, "replace", "kb_bytes_replace", 'Y', 2, "old new count", "xxn"},
    {NativeReceiver::BytesClass, "fromhex", "kb_bytes_fromhex", 'Y', 1, "string", "s"},
    {NativeReceiver::Int, "bit_length", "kb_int_bit_length", 'I', 0, "", ""},
    {NativeReceiver::Int, "bit_count", "kb_int_bit_count", 'I', 0, "", ""},
    {NativeReceiver::Int, "to_bytes", "kb_int_to_bytes", 'Y', 0, "length byteorder signed", "xxx"},
    {NativeReceiver::Int, "as_integer_ratio", "kb_int_as_integer_ratio", 'R', 0, "", ""},
    {NativeReceiver::Int, "conjugate", "kb_int_conjugate", 'I', 0, "", ""},
    // int.is_integer() is new in 3.12: AttributeError in 3.11.
    {NativeReceiver::Int, "is_integer", "kb_int_no_is_integer", 'B', 0, "", ""},
    {NativeReceiver::IntClass, "from_bytes", "kb_int_from_bytes", 'I', 1, "bytes byteorder signed", "xxx"},
    {NativeReceiver::Float, "is_integer", "kb_float_is_integer", 'B', 0, "", ""},
    {NativeReceiver::Float, "as_integer_ratio", "kb_float_as_integer_ratio", 'R', 0, "", ""},
    {NativeReceiver::Float, "hex", "kb_float_hex", 'S', 0, "", ""},
    {NativeReceiver::Float, "conjugate", "kb_float_conjugate", 'F', 0, "", ""},
    {NativeReceiver::FloatClass, "fromhex", "kb_float_fromhex", 'F', 1, "string", "x"},
    {NativeReceiver::StrClass, "maketrans", "kb_str_maketrans", 'T', 1, "x y z", "xss"},
    {NativeReceiver::Complex, "conjugate", "kb_complex_conjugate", 'C', 0, "", ""},
    {NativeReceiver::Range, "index", "kb_range_index", 'I', 1, "value", "x"},
    {NativeReceiver::Range, "count", "kb_range_count", 'I', 1, "value", "x"},
    {NativeReceiver::Tuple, "index", "kb_tuple_index", 'I', 1, "value start stop", "xnn"},
    {NativeReceiver::Tuple, "count", "kb_tuple_count", 'I', 1, "value", "x"},
    {NativeReceiver::ByteArray, "append", "kb_bytearray_append", 'N', 1, "item", "x"},
    {NativeReceiver::ByteArray, "extend", "kb_bytearray_extend", 'N', 1, "iterable_of_ints", "x"},
    {NativeReceiver::ByteArray, "pop", "kb_bytearray_pop", 'I', 0, "index", "n"},
    {NativeReceiver::ByteArray, "insert", "kb_bytearray_insert", 'N', 2, "index item", "xx"},
    {NativeReceiver::ByteArray, "remove", "kb_bytearray_remove", 'N', 1, "value", "x"},
    {NativeReceiver::ByteArray, "clear", "kb_bytearray_clear", 'N', 0, "", ""},
    {NativeReceiver::ByteArray, "reverse", "kb_bytearray_reverse", 'N', 0, "", ""},
    {NativeReceiver::ByteArray, "copy", "kb_bytearray_copy", 'A', 0, "", ""},
    {NativeReceiver::ByteArray, "decode", "kb_bytearray_decode", 'S', 0, "encoding errors", "ss"},
    {NativeReceiver::ByteArray, "hex", "kb_bytearray_hex", 'S', 0, "", ""},
    {NativeReceiver::ByteArray, "count", "kb_bytearray_count", 'I', 1, "sub", "x"},
    {NativeReceiver::ByteArray, "find", "kb_bytearray_find", 'I', 1, "sub", "x"},
    {NativeReceiver::ByteArray, "index", "kb_bytearray_index", 'I', 1, "sub", "x"},
};

// The entry for `receiver.name`, or -1.
inline int FindNativeMethod(NativeReceiver receiver, std::string_view name) {
  for (size_t i = 0; i < std::size(kNativeMethods); ++i)
    if (kNativeMethods[i].receiver == receiver && name == kNativeMethods[i].name) return static_cast<int>(i);
  return -1;
}

// The number of parameters of an entry.
inline size_t NativeParamCount(const NativeMethod& m) { return std::string_view(m.kinds).size(); }

// The name of parameter i of an entry.
inline std::string_view NativeParamName(const NativeMethod& m, size_t i) {
  std::string_view names = m.params;
  for (; i > 0; --i) names = names.substr(names.find(' ') + 1);
  return names.substr(0, names.find(' '));
}

}  // namespace keelback

#endif  // KEELBACK_TYPES_NATIVE_METHODS_H
