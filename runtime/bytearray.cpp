// bytearray: a mutable sequence of bytes (CPython's Objects/bytearrayobject.c).
// Its read-only methods are bytes' (runtime/bytes.cpp) applied to a copy.
#include "runtime_internal.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace kb {
namespace {

bool IsByteArray(KbValue v) { return !IsSmallInt(v) && AsObject(v)->type == &kb_type_bytearray; }

void Reserve(KbByteArray* b, int64_t n) {
  if (n <= b->capacity) return;
  int64_t capacity = std::max<int64_t>(n, b->capacity + (b->capacity >> 3) + 8);
  char* data = static_cast<char*>(AllocAtomic(static_cast<size_t>(capacity) + 1));
  if (b->length > 0) std::memcpy(data, b->data, static_cast<size_t>(b->length));
  b->data = data;
  b->capacity = capacity;
}

KbByteArray* NewByteArray(std::string_view data) {
  auto* b = static_cast<KbByteArray*>(kb_alloc(sizeof(KbByteArray)));
  b->header.type = &kb_type_bytearray;
  Reserve(b, static_cast<int64_t>(data.size()));
  if (!data.empty()) std::memcpy(b->data, data.data(), data.size());
  b->length = static_cast<int64_t>(data.size());
  return b;
}

std::string_view ByteView(const KbByteArray* b) { return {b->data, static_cast<size_t>(b->length)}; }

// A byte value: an int in range(0, 256) (CPython's _getbytevalue).
unsigned char ByteValue(KbValue v) {
  if (!IsIntOrBool(v))
    Raise(&kb_type_TypeError, std::string("'") + TypeName(TypeOf(v)) + "' object cannot be interpreted as an integer");
  KbValue i = IntOfIntOrBool(v);
  if (!IsSmallInt(i) || SmallIntValue(i) < 0 || SmallIntValue(i) > 255)
    kb_raise_new(&kb_type_ValueError, "byte must be in range(0, 256)");
  return static_cast<unsigned char>(SmallIntValue(i));
}

// An index into b (negative from the end); -1 when out of range.
int64_t IndexIn(const KbByteArray* b, KbValue index) {
  if (!IsIntOrBool(index))
    Raise(&kb_type_TypeError,
          std::string("bytearray indices must be integers or slices, not ") + TypeName(TypeOf(index)));
  KbValue i = IntOfIntOrBool(index);
  if (!IsSmallInt(i)) return -1;
  int64_t k = SmallIntValue(i);
  if (k < 0) k += b->length;
  return k < 0 || k >= b->length ? -1 : k;
}

// The bytes of a bytes-like argument (bytes or bytearray), else a TypeError.
std::string BytesLike(KbValue v, const char* what) {
  if (IsByteArray(v)) return std::string(ByteView(reinterpret_cast<KbByteArray*>(v)));
  if (!IsSmallInt(v) && AsObject(v)->type == &kb_type_bytes) {
    auto* b = reinterpret_cast<KbBytes*>(v);
    return std::string(b->data, static_cast<size_t>(b->length));
  }
  Raise(&kb_type_TypeError, std::string(what) + TypeName(TypeOf(v)) + "'");
}

}  // namespace

std::string_view ByteArrayView(const KbByteArray* b) { return ByteView(b); }

}  // namespace kb

using namespace kb;

extern "C" {

const KbType kb_type_bytearray = {{&kb_type_type}, "bytearray", &kb_type_object, KB_TYPE_BUILTIN, 0};

KbByteArray* kb_bytearray_new(KbValue source) {
  // bytearray(): 0 (the compiler's "not given"); bytearray(n): n zero bytes;
  // bytearray(bytes-like); bytearray(iterable of ints).
  if (source == 0) return NewByteArray("");
  if (IsIntOrBool(source)) {
    KbValue n = IntOfIntOrBool(source);
    if (!IsSmallInt(n)) Raise(&kb_type_OverflowError, "cannot fit 'int' into an index-sized integer");
    if (SmallIntValue(n) < 0) kb_raise_new(&kb_type_ValueError, "negative count");
    return NewByteArray(std::string(static_cast<size_t>(SmallIntValue(n)), '\0'));
  }
  const KbType* t = TypeOf(source);
  if (t == &kb_type_str) kb_raise_new(&kb_type_TypeError, "string argument without an encoding");
  if (t == &kb_type_bytes || t == &kb_type_bytearray) return NewByteArray(BytesLike(source, ""));
  std::string out;
  bool iterable = t == &kb_type_list || t == &kb_type_tuple || t == &kb_type_set || t == &kb_type_frozenset ||
                  t == &kb_type_dict || t == &kb_type_range || t == &kb_type_generator || t == &kb_type_dict_keys ||
                  t == &kb_type_dict_values;
  if (!iterable) Raise(&kb_type_TypeError, std::string("cannot convert '") + TypeName(t) + "' object to bytearray");
  ForEachItem(source, [&](KbValue item) { out.push_back(static_cast<char>(ByteValue(item))); });
  return NewByteArray(out);
}

int64_t kb_bytearray_len(KbByteArray* b) { return b->length; }

KbValue kb_bytearray_getitem(KbByteArray* b, KbValue index) {
  int64_t i = IndexIn(b, index);
  if (i < 0) kb_raise_new(&kb_type_IndexError, "bytearray index out of range");
  return MakeSmallInt(static_cast<unsigned char>(b->data[i]));
}

void kb_bytearray_setitem(KbByteArray* b, KbValue index, KbValue value) {
  int64_t i = IndexIn(b, index);
  if (i < 0) kb_raise_new(&kb_type_IndexError, "bytearray index out of range");
  b->data[i] = static_cast<char>(ByteValue(value));
}

KbByteArray* kb_bytearray_slice(KbByteArray* b, KbValue start, KbValue stop, KbValue step) {
  int64_t lo, hi, st;
  int64_t n = SliceIndices(b->length, start, stop, step, &lo, &hi, &st);
  std::string out;
  for (int64_t k = 0; k < n; ++k) out.push_back(b->data[lo + k * st]);
  return NewByteArray(out);
}

void kb_bytearray_append(KbByteArray* b, KbValue value) {
  unsigned char c = ByteValue(value);
  Reserve(b, b->length + 1);
  b->data[b->length++] = static_cast<char>(c);
}

void kb_bytearray_extend(KbByteArray* b, KbValue iterable) {
  std::string more;
  const KbType* t = TypeOf(iterable);
  if (t == &kb_type_bytes || t == &kb_type_bytearray) {
    more = BytesLike(iterable, "");
  } else if (t == &kb_type_str) {
    kb_raise_new(&kb_type_TypeError, "expected iterable of integers; got: 'str'");
  } else if (IsSmallInt(iterable) || t == &kb_type_int || t == &kb_type_float || t == &kb_type_bool || t == &kb_type_none) {
    Raise(&kb_type_TypeError, std::string("can't extend bytearray with ") + TypeName(t));
  } else {
    ForEachItem(iterable, [&](KbValue item) { more.push_back(static_cast<char>(ByteValue(item))); });
  }
  Reserve(b, b->length + static_cast<int64_t>(more.size()));
  if (!more.empty()) std::memcpy(b->data + b->length, more.data(), more.size());
  b->length += static_cast<int64_t>(more.size());
}

KbValue kb_bytearray_pop(KbByteArray* b, KbValue index) {
  // index &kb_None: the last byte.
  if (b->length == 0) kb_raise_new(&kb_type_IndexError, "pop from empty bytearray");
  int64_t i = b->length - 1;
  if (index != AsValue(&kb_None)) {
    i = IndexIn(b, index);
    if (i < 0) kb_raise_new(&kb_type_IndexError, "pop index out of range");
  }
  unsigned char c = static_cast<unsigned char>(b->data[i]);
  std::memmove(b->data + i, b->data + i + 1, static_cast<size_t>(b->length - i - 1));
  --b->length;
  return MakeSmallInt(c);
}

void kb_bytearray_insert(KbByteArray* b, KbValue index, KbValue value) {
  if (!IsIntOrBool(index))
    Raise(&kb_type_TypeError, std::string("'") + TypeName(TypeOf(index)) + "' object cannot be interpreted as an integer");
  unsigned char c = ByteValue(value);
  KbValue iv = IntOfIntOrBool(index);
  int64_t i = IsSmallInt(iv) ? SmallIntValue(iv) : (kb_int_compare(iv, MakeSmallInt(0)) < 0 ? INT64_MIN / 2 : INT64_MAX / 2);
  if (i < 0) i = std::max<int64_t>(0, i + b->length);
  if (i > b->length) i = b->length;
  Reserve(b, b->length + 1);
  std::memmove(b->data + i + 1, b->data + i, static_cast<size_t>(b->length - i));
  b->data[i] = static_cast<char>(c);
  ++b->length;
}

void kb_bytearray_remove(KbByteArray* b, KbValue value) {
  char c = static_cast<char>(ByteValue(value));
  for (int64_t i = 0; i < b->length; ++i) {
    if (b->data[i] == c) {
      std::memmove(b->data + i, b->data + i + 1, static_cast<size_t>(b->length - i - 1));
      --b->length;
      return;
    }
  }
  kb_raise_new(&kb_type_ValueError, "value not found in bytearray");
}

void kb_bytearray_clear(KbByteArray* b) { b->length = 0; }

void kb_bytearray_reverse(KbByteArray* b) { std::reverse(b->data, b->data + b->length); }

KbByteArray* kb_bytearray_copy(KbByteArray* b) { return NewByteArray(ByteView(b)); }

KbBytes* kb_bytearray_to_bytes(KbByteArray* b) { return kb_bytes_from_data(b->data, b->length); }

KbStr* kb_bytearray_decode(KbByteArray* b, KbStr* encoding, KbStr* errors) {
  return kb_bytes_decode(kb_bytearray_to_bytes(b), encoding, errors);
}

KbStr* kb_bytearray_hex(KbByteArray* b) { return kb_bytes_hex(kb_bytearray_to_bytes(b)); }

KbValue kb_bytearray_count(KbByteArray* b, KbValue sub) {
  KbValue s = IsByteArray(sub) ? AsValue(kb_bytearray_to_bytes(reinterpret_cast<KbByteArray*>(sub))) : sub;
  const KbValue none = AsValue(&kb_None);
  return MakeSmallInt(kb_bytes_count(kb_bytearray_to_bytes(b), s, none, none));
}

KbValue kb_bytearray_find(KbByteArray* b, KbValue sub) {
  KbValue s = IsByteArray(sub) ? AsValue(kb_bytearray_to_bytes(reinterpret_cast<KbByteArray*>(sub))) : sub;
  const KbValue none = AsValue(&kb_None);
  return MakeSmallInt(kb_bytes_find(kb_bytearray_to_bytes(b), s, none, none));
}

KbValue kb_bytearray_index(KbByteArray* b, KbValue sub) {
  KbValue s = IsByteArray(sub) ? AsValue(kb_bytearray_to_bytes(reinterpret_cast<KbByteArray*>(sub))) : sub;
  const KbValue none = AsValue(&kb_None);
  return MakeSmallInt(kb_bytes_index(kb_bytearray_to_bytes(b), s, none, none));
}

KbByteArray* kb_bytearray_concat(KbValue a, KbValue b) {
  // bytearray + bytes-like (a is the bytearray); TypeError for anything else.
  if (!IsByteArray(b) && (IsSmallInt(b) || AsObject(b)->type != &kb_type_bytes))
    Raise(&kb_type_TypeError, std::string("can't concat ") + TypeName(TypeOf(b)) + " to bytearray");
  return NewByteArray(BytesLike(a, "") + BytesLike(b, ""));
}

KbByteArray* kb_bytearray_repeat(KbByteArray* b, KbValue n) {
  KbValue count = IntOfIntOrBool(n);
  int64_t k = IsSmallInt(count) ? SmallIntValue(count) : (kb_int_compare(count, MakeSmallInt(0)) < 0 ? 0 : INT64_MAX);
  if (k <= 0 || b->length == 0) return NewByteArray("");
  if (k > INT64_MAX / 2 / b->length) kb_raise_new(&kb_type_MemoryError, nullptr);
  std::string out;
  for (int64_t i = 0; i < k; ++i) out.append(b->data, static_cast<size_t>(b->length));
  return NewByteArray(out);
}

bool kb_bytearray_contains(KbByteArray* b, KbValue x) {
  if (IsIntOrBool(x)) {
    char c = static_cast<char>(ByteValue(x));
    return std::memchr(b->data, c, static_cast<size_t>(b->length)) != nullptr;
  }
  std::string needle = BytesLike(x, "a bytes-like object is required, not '");
  return ByteView(b).find(needle) != std::string_view::npos;
}

KbStr* kb_bytearray_repr(KbByteArray* b) {
  // bytearray_repr: as bytes' repr, except that a single quote is escaped
  // whichever quote encloses the text.
  std::string out = "bytearray(";
  AppendBytesLiteral(out, ByteView(b), true);
  out += ")";
  return NewStr(out);
}

}  // extern "C"
