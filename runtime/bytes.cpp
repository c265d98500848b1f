// bytes: immutable byte strings, with CPython's repr, hashing, comparisons,
// codecs (utf-8, ascii, latin-1) and the common methods, messages included.
#include "runtime_internal.h"

#include <algorithm>
#include <cstring>

extern "C" const KbType kb_type_bytes = {{&kb_type_type}, "bytes", &kb_type_object, KB_TYPE_BUILTIN, 0};

namespace kb {
namespace {

std::string_view BytesView(const KbBytes* b) { return {b->data, static_cast<size_t>(b->length)}; }

KbBytes* NewBytes(std::string_view data) { return kb_bytes_from_data(data.data(), static_cast<int64_t>(data.size())); }

bool IsBytes(KbValue v) { return !IsSmallInt(v) && AsObject(v)->type == &kb_type_bytes; }

// The index of an int word (bool allowed); a big one is clamped (it is out
// of range anyway).
int64_t IndexValue(KbValue v) {
  KbValue i = IntOfIntOrBool(v);
  if (IsSmallInt(i)) return SmallIntValue(i);
  return mpz_sgn(reinterpret_cast<KbLong*>(i)->value) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
}

// An int argument that must be a byte.
uint8_t ByteValue(KbValue v) {
  if (!IsIntOrBool(v))
    Raise(&kb_type_TypeError, std::string("'") + TypeName(TypeOf(v)) + "' object cannot be interpreted as an integer");
  int64_t x = IndexValue(v);
  if (x < 0 || x > 255) Raise(&kb_type_ValueError, "byte must be in range(0, 256)");
  return static_cast<uint8_t>(x);
}

// A `sub` argument of find/count/index: bytes, or an int (one byte).
std::string SubArgument(KbValue sub) {
  if (IsBytes(sub)) return std::string(BytesView(reinterpret_cast<KbBytes*>(sub)));
  if (IsIntOrBool(sub)) return std::string(1, static_cast<char>(ByteValue(sub)));
  Raise(&kb_type_TypeError,
        std::string("argument should be integer or bytes-like object, not '") + TypeName(TypeOf(sub)) + "'");
}

void Range(const KbBytes* b, KbValue start, KbValue end, int64_t* lo, int64_t* hi) {
  int64_t s, e, step;
  SliceIndices(b->length, start, end, AsValue(&kb_None), &s, &e, &step);
  *lo = s;
  *hi = std::max(s, e);
  if (start != AsValue(&kb_None)) {
    int64_t raw = IndexValue(start);
    if (raw > b->length) *lo = raw;  // beyond the end: nothing matches, not even b''
  }
}

int64_t Find(const KbBytes* b, KbValue sub, KbValue start, KbValue end, bool reverse) {
  std::string needle = SubArgument(sub);
  int64_t lo, hi;
  Range(b, start, end, &lo, &hi);
  if (lo > b->length || hi - lo < static_cast<int64_t>(needle.size())) return -1;
  std::string_view hay = BytesView(b).substr(static_cast<size_t>(lo), static_cast<size_t>(hi - lo));
  size_t at = reverse ? hay.rfind(needle) : hay.find(needle);
  return at == std::string_view::npos ? -1 : lo + static_cast<int64_t>(at);
}

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c'; }

KbBytes* Strip(KbBytes* b, KbValue chars, bool left, bool right) {
  std::string_view v = BytesView(b);
  std::string set;
  bool whitespace = chars == AsValue(&kb_None);
  if (!whitespace) {
    if (!IsBytes(chars))
      Raise(&kb_type_TypeError, std::string("a bytes-like object is required, not '") + TypeName(TypeOf(chars)) + "'");
    set = std::string(BytesView(reinterpret_cast<KbBytes*>(chars)));
  }
  auto strip = [&](char c) { return whitespace ? IsAsciiSpace(c) : set.find(c) != std::string::npos; };
  size_t lo = 0, hi = v.size();
  if (left)
    while (lo < hi && strip(v[lo])) ++lo;
  if (right)
    while (hi > lo && strip(v[hi - 1])) --hi;
  return NewBytes(v.substr(lo, hi - lo));
}

bool Affix(KbBytes* b, KbValue affix, KbValue start, KbValue end, bool suffix) {
  auto test = [&](KbValue one) {
    if (!IsBytes(one)) {
      Raise(&kb_type_TypeError, std::string(suffix ? "endswith" : "startswith") +
                                    " first arg must be bytes or a tuple of bytes, not " + TypeName(TypeOf(one)));
    }
    std::string_view a = BytesView(reinterpret_cast<KbBytes*>(one));
    int64_t lo, hi;
    Range(b, start, end, &lo, &hi);
    if (lo > b->length || hi - lo < static_cast<int64_t>(a.size())) return false;
    std::string_view window = BytesView(b).substr(static_cast<size_t>(lo), static_cast<size_t>(hi - lo));
    return suffix ? window.substr(window.size() - a.size()) == a : window.substr(0, a.size()) == a;
  };
  if (!IsSmallInt(affix) && AsObject(affix)->type == &kb_type_tuple) {
    auto* t = reinterpret_cast<KbTuple*>(affix);
    for (int64_t i = 0; i < t->length; ++i)
      if (test(t->items[i])) return true;
    return false;
  }
  return test(affix);
}

enum class Codec { Utf8, Ascii, Latin1 };

Codec FindCodec(KbStr* encoding) {
  if (encoding == nullptr) return Codec::Utf8;
  std::string name;
  for (char c : View(encoding)) name.push_back(c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (name == "utf-8" || name == "utf8" || name == "u8" || name == "utf") return Codec::Utf8;
  if (name == "ascii" || name == "us-ascii" || name == "646") return Codec::Ascii;
  if (name == "latin-1" || name == "latin1" || name == "iso-8859-1" || name == "iso8859-1" || name == "l1" ||
      name == "8859" || name == "cp819" || name == "latin")
    return Codec::Latin1;
  Raise(&kb_type_LookupError, "unknown encoding: " + std::string(View(encoding)));
}

const char* CodecName(Codec c) { return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1"; }

enum class Errors { Strict, Ignore, Replace };

Errors FindErrors(KbStr* errors) {
  if (errors == nullptr) return Errors::Strict;
  std::string_view e = View(errors);
  if (e == "strict") return Errors::Strict;
  if (e == "ignore") return Errors::Ignore;
  if (e == "replace") return Errors::Replace;
  Raise(&kb_type_LookupError, "unknown error handler name '" + std::string(e) + "'");
}

}  // namespace

void AppendBytesLiteral(std::string& out, std::string_view v, bool escape_single_quote) {
  char quote = v.find('\'') != std::string_view::npos && v.find('"') == std::string_view::npos ? '"' : '\'';
  out += 'b';
  out += quote;
  for (unsigned char c : v) {
    if (c == quote || c == '\\' || (escape_single_quote && c == '\'')) {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 32 || c >= 127) {
      char hex[5];
      std::snprintf(hex, sizeof hex, "\\x%02x", c);
      out += hex;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
}

void AppendBytesRepr(std::string& out, const KbBytes* b) { AppendBytesLiteral(out, BytesView(b), false); }

}  // namespace kb

using namespace kb;

extern "C" {

KbBytes* kb_bytes_from_data(const char* data, int64_t length) {
  auto* b = static_cast<KbBytes*>(AllocAtomic(sizeof(KbBytes) + static_cast<size_t>(length) + 1));
  b->header.type = &kb_type_bytes;
  b->length = length;
  b->hash = -1;
  if (length > 0) std::memcpy(b->data, data, static_cast<size_t>(length));
  b->data[length] = 0;
  return b;
}

bool kb_is_bytes(KbValue v) { return IsBytes(v); }

KbBytes* kb_bytes_new(KbValue x) {
  if (IsBytes(x)) return reinterpret_cast<KbBytes*>(x);
  if (TypeOf(x) == &kb_type_bytearray) return kb_bytearray_to_bytes(reinterpret_cast<KbByteArray*>(x));
  if (IsIntOrBool(x)) {
    int64_t n = IndexValue(x);
    if (n < 0) Raise(&kb_type_ValueError, "negative count");
    std::string zeros(static_cast<size_t>(n), '\0');
    return NewBytes(zeros);
  }
  const KbType* t = TypeOf(x);
  if (t == &kb_type_str) Raise(&kb_type_TypeError, "string argument without an encoding");
  if (t != &kb_type_list && t != &kb_type_tuple && t != &kb_type_set && t != &kb_type_frozenset &&
      t != &kb_type_dict && t != &kb_type_dict_keys && t != &kb_type_dict_values && t != &kb_type_dict_items)
    Raise(&kb_type_TypeError, std::string("cannot convert '") + TypeName(t) + "' object to bytes");
  std::string out;
  ForEachItem(x, [&](KbValue item) {
    if (!IsIntOrBool(item))
      Raise(&kb_type_TypeError, std::string("'") + TypeName(TypeOf(item)) + "' object cannot be interpreted as an integer");
    int64_t v = IndexValue(item);
    if (v < 0 || v > 255) Raise(&kb_type_ValueError, "bytes must be in range(0, 256)");
    out.push_back(static_cast<char>(v));
  });
  return NewBytes(out);
}

KbBytes* kb_str_encode(KbStr* s, KbStr* encoding, KbStr* errors) {
  Codec codec = FindCodec(encoding);
  Errors handler = FindErrors(errors);
  if (codec == Codec::Utf8 || (s->flags & KB_STR_ASCII)) {
    // Surrogates cannot be encoded (strict), as CPython.
    std::string_view v = View(s);
    std::string out;
    const char* p = v.data();
    const char* end = p + v.size();
    int64_t position = 0;
    while (p < end) {
      const char* start = p;
      uint32_t cp = DecodeUtf8(p);
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        if (handler == Errors::Strict) {
          char text[160];
          std::snprintf(text, sizeof text,
                        "'utf-8' codec can't encode character '\\u%04x' in position %lld: surrogates not allowed", cp,
                        static_cast<long long>(position));
          Raise(&kb_type_UnicodeEncodeError, text);
        }
        if (handler == Errors::Replace) out.push_back('?');
      } else {
        out.append(start, p);
      }
      ++position;
    }
    return NewBytes(out);
  }
  uint32_t limit = codec == Codec::Ascii ? 128 : 256;
  std::string out;
  const char* p = s->data;
  const char* end = p + s->nbytes;
  int64_t position = 0;
  while (p < end) {
    uint32_t cp = DecodeUtf8(p);
    if (cp < limit) {
      out.push_back(static_cast<char>(cp));
    } else if (handler == Errors::Strict) {
      std::string ch;
      AppendUtf8(ch, cp);
      std::string shown;
      AppendStrRepr(shown, ch, true);
      char text[200];
      std::snprintf(text, sizeof text, "'%s' codec can't encode character %s in position %lld: ordinal not in range(%u)",
                    CodecName(codec), shown.c_str(), static_cast<long long>(position), limit);
      Raise(&kb_type_UnicodeEncodeError, text);
    } else if (handler == Errors::Replace) {
      out.push_back('?');
    }
    ++position;
  }
  return NewBytes(out);
}

KbStr* kb_bytes_decode(KbBytes* b, KbStr* encoding, KbStr* errors) {
  Codec codec = FindCodec(encoding);
  Errors handler = FindErrors(errors);
  const auto* p = reinterpret_cast<const unsigned char*>(b->data);
  size_t n = static_cast<size_t>(b->length);
  std::string out;
  for (size_t i = 0; i < n;) {
    unsigned char c = p[i];
    if (codec == Codec::Latin1) {
      AppendUtf8(out, c);
      ++i;
      continue;
    }
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    const char* reason = "ordinal not in range(128)";
    size_t bad = 1;  // bytes the error covers
    if (codec == Codec::Utf8) {
      // CPython's UTF-8 decoder: the longest valid prefix is one error.
      size_t len = (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
      reason = "invalid start byte";
      if (len != 0) {
        size_t k = 1;
        for (; k < len && i + k < n; ++k) {
          unsigned char d = p[i + k];
          unsigned char lo = 0x80, hi = 0xBF;
          if (k == 1) {
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
          }
          if (d < lo || d > hi) break;
        }
        if (k == len) {
          out.append(reinterpret_cast<const char*>(p + i), len);
          i += len;
          continue;
        }
        reason = i + k >= n ? "unexpected end of data" : "invalid continuation byte";
        bad = k;
      }
    }
    if (handler == Errors::Strict) {
      char text[200];
      if (bad == 1) {
        std::snprintf(text, sizeof text, "'%s' codec can't decode byte 0x%02x in position %zu: %s", CodecName(codec), c, i,
                      reason);
      } else {
        std::snprintf(text, sizeof text, "'%s' codec can't decode bytes in position %zu-%zu: %s", CodecName(codec), i,
                      i + bad - 1, reason);
      }
      Raise(&kb_type_UnicodeDecodeError, text);
    }
    if (handler == Errors::Replace) out += "\xEF\xBF\xBD";
    i += bad;
  }
  return NewStr(out);
}

int64_t kb_bytes_len(KbBytes* b) { return b->length; }

int64_t kb_bytes_hash(KbBytes* b) {
  if (b->hash == -1) b->hash = HashBytes(reinterpret_cast<const unsigned char*>(b->data), static_cast<size_t>(b->length));
  return b->hash;
}

KbValue kb_bytes_getitem(KbBytes* b, KbValue index) {
  int64_t i = IndexValue(index);
  if (i < 0) i += b->length;
  if (i < 0 || i >= b->length) Raise(&kb_type_IndexError, "index out of range");
  return MakeSmallInt(static_cast<unsigned char>(b->data[i]));
}

KbBytes* kb_bytes_slice(KbBytes* b, KbValue start, KbValue stop, KbValue step) {
  int64_t s, e, st;
  int64_t n = SliceIndices(b->length, start, stop, step, &s, &e, &st);
  std::string out;
  out.reserve(static_cast<size_t>(n));
  for (int64_t k = 0, i = s; k < n; ++k, i += st) out.push_back(b->data[i]);
  return NewBytes(out);
}

KbBytes* kb_bytes_concat(KbValue a, KbValue b) {
  if (TypeOf(b) == &kb_type_bytearray) {
    std::string out(BytesView(reinterpret_cast<KbBytes*>(a)));
    out += ByteArrayView(reinterpret_cast<KbByteArray*>(b));
    return NewBytes(out);
  }
  if (!IsBytes(b)) {
    Raise(&kb_type_TypeError, std::string("can't concat ") + TypeName(TypeOf(b)) + " to bytes");
  }
  std::string out(BytesView(reinterpret_cast<KbBytes*>(a)));
  out += BytesView(reinterpret_cast<KbBytes*>(b));
  return NewBytes(out);
}

KbBytes* kb_bytes_repeat(KbBytes* b, KbValue n) {
  int64_t count = IndexValue(n);
  if (count <= 0 || b->length == 0) return NewBytes("");
  if (count > (int64_t{1} << 40) / std::max<int64_t>(b->length, 1)) Raise(&kb_type_MemoryError, "");
  std::string out;
  out.reserve(static_cast<size_t>(count * b->length));
  for (int64_t i = 0; i < count; ++i) out += BytesView(b);
  return NewBytes(out);
}

bool kb_bytes_contains(KbBytes* b, KbValue item) {
  if (IsIntOrBool(item)) {
    uint8_t byte = ByteValue(item);
    return std::memchr(b->data, byte, static_cast<size_t>(b->length)) != nullptr;
  }
  if (!IsBytes(item))
    Raise(&kb_type_TypeError, std::string("a bytes-like object is required, not '") + TypeName(TypeOf(item)) + "'");
  return BytesView(b).find(BytesView(reinterpret_cast<KbBytes*>(item))) != std::string_view::npos;
}

bool kb_bytes_equal(KbBytes* a, KbBytes* b) { return BytesView(a) == BytesView(b); }

int32_t kb_bytes_compare(KbBytes* a, KbBytes* b) {
  int c = BytesView(a).compare(BytesView(b));
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

KbStr* kb_bytes_hex(KbBytes* b) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  for (int64_t i = 0; i < b->length; ++i) {
    auto c = static_cast<unsigned char>(b->data[i]);
    out.push_back(digits[c >> 4]);
    out.push_back(digits[c & 15]);
  }
  return NewStr(out);
}

KbBytes* kb_bytes_fromhex(KbStr* s) {
  std::string_view v = View(s);
  std::string out;
  auto digit = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  size_t i = 0;
  // Positions count code points, as CPython reports them.
  auto position = [&](size_t byte) { return CountCodePoints(v.substr(0, byte)); };
  while (i < v.size()) {
    if (v[i] == ' ' || v[i] == '\t' || v[i] == '\n' || v[i] == '\r' || v[i] == '\x0b' || v[i] == '\x0c') {
      ++i;
      continue;
    }
    int hi = digit(v[i]);
    int lo = i + 1 < v.size() ? digit(v[i + 1]) : -1;
    if (hi < 0 || lo < 0) {
      size_t at = hi < 0 ? i : i + 1;
      Raise(&kb_type_ValueError, "non-hexadecimal number found in fromhex() arg at position " +
                                     std::to_string(position(at)));
    }
    out.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  return NewBytes(out);
}

bool kb_bytes_startswith(KbBytes* b, KbValue prefix, KbValue start, KbValue end) {
  return Affix(b, prefix, start, end, false);
}
bool kb_bytes_endswith(KbBytes* b, KbValue suffix, KbValue start, KbValue end) {
  return Affix(b, suffix, start, end, true);
}
int64_t kb_bytes_find(KbBytes* b, KbValue sub, KbValue start, KbValue end) { return Find(b, sub, start, end, false); }
int64_t kb_bytes_rfind(KbBytes* b, KbValue sub, KbValue start, KbValue end) { return Find(b, sub, start, end, true); }
int64_t kb_bytes_index(KbBytes* b, KbValue sub, KbValue start, KbValue end) {
  int64_t i = Find(b, sub, start, end, false);
  if (i < 0) Raise(&kb_type_ValueError, "subsection not found");
  return i;
}

int64_t kb_bytes_count(KbBytes* b, KbValue sub, KbValue start, KbValue end) {
  std::string needle = SubArgument(sub);
  int64_t lo, hi;
  Range(b, start, end, &lo, &hi);
  if (lo > b->length) return 0;
  std::string_view hay = BytesView(b).substr(static_cast<size_t>(lo), static_cast<size_t>(hi - lo));
  if (needle.empty()) return static_cast<int64_t>(hay.size()) + 1;
  int64_t count = 0;
  for (size_t at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + needle.size())) ++count;
  return count;
}

KbList* kb_bytes_split(KbBytes* b, KbValue sep, KbValue maxsplit_word) {
  int64_t maxsplit = maxsplit_word == AsValue(&kb_None) ? -1 : IndexValue(maxsplit_word);
  KbList* out = kb_list_new(KB_ELEM_VALUE, 0);
  std::string_view v = BytesView(b);
  auto add = [&](std::string_view part) { kb_list_append_value(out, AsValue(NewBytes(part))); };
  if (sep == AsValue(&kb_None)) {
    size_t i = 0;
    int64_t splits = 0;
    for (;;) {
      while (i < v.size() && IsAsciiSpace(v[i])) ++i;
      if (i == v.size()) break;
      if (maxsplit >= 0 && splits == maxsplit) {
        size_t end = v.size();
        while (end > i && IsAsciiSpace(v[end - 1])) --end;
        add(v.substr(i, end - i));
        break;
      }
      size_t j = i;
      while (j < v.size() && !IsAsciiSpace(v[j])) ++j;
      add(v.substr(i, j - i));
      ++splits;
      i = j;
    }
    return out;
  }
  if (!IsBytes(sep))
    Raise(&kb_type_TypeError, std::string("a bytes-like object is required, not '") + TypeName(TypeOf(sep)) + "'");
  std::string_view s = BytesView(reinterpret_cast<KbBytes*>(sep));
  if (s.empty()) Raise(&kb_type_ValueError, "empty separator");
  size_t i = 0;
  int64_t splits = 0;
  for (;;) {
    size_t at = (maxsplit >= 0 && splits == maxsplit) ? std::string_view::npos : v.find(s, i);
    if (at == std::string_view::npos) {
      add(v.substr(i));
      break;
    }
    add(v.substr(i, at - i));
    i = at + s.size();
    ++splits;
  }
  return out;
}

KbBytes* kb_bytes_join(KbBytes* sep, KbValue iterable) {
  std::string out;
  int64_t index = 0;
  ForEachItem(iterable, [&](KbValue item) {
    if (!IsBytes(item)) {
      Raise(&kb_type_TypeError, "sequence item " + std::to_string(index) + ": expected a bytes-like object, " +
                                    TypeName(TypeOf(item)) + " found");
    }
    if (index > 0) out += BytesView(sep);
    out += BytesView(reinterpret_cast<KbBytes*>(item));
    ++index;
  });
  return NewBytes(out);
}

KbBytes* kb_bytes_strip(KbBytes* b, KbValue chars) { return Strip(b, chars, true, true); }
KbBytes* kb_bytes_lstrip(KbBytes* b, KbValue chars) { return Strip(b, chars, true, false); }
KbBytes* kb_bytes_rstrip(KbBytes* b, KbValue chars) { return Strip(b, chars, false, true); }

KbBytes* kb_bytes_upper(KbBytes* b) {
  std::string out(BytesView(b));
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return NewBytes(out);
}

KbBytes* kb_bytes_lower(KbBytes* b) {
  std::string out(BytesView(b));
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return NewBytes(out);
}

KbBytes* kb_bytes_replace(KbBytes* b, KbValue old, KbValue replacement, KbValue count_word) {
  for (KbValue v : {old, replacement})
    if (!IsBytes(v))
      Raise(&kb_type_TypeError, std::string("a bytes-like object is required, not '") + TypeName(TypeOf(v)) + "'");
  int64_t count = count_word == AsValue(&kb_None) ? -1 : IndexValue(count_word);
  std::string_view v = BytesView(b);
  std::string_view from = BytesView(reinterpret_cast<KbBytes*>(old));
  std::string_view to = BytesView(reinterpret_cast<KbBytes*>(replacement));
  std::string out;
  if (from.empty()) {
    // Inserts `to` before every byte and at the end, as CPython.
    int64_t done = 0;
    for (size_t i = 0; i <= v.size(); ++i) {
      if (count < 0 || done < count) {
        out += to;
        ++done;
      }
      if (i < v.size()) out.push_back(v[i]);
    }
    return NewBytes(out);
  }
  size_t i = 0;
  int64_t done = 0;
  while (count < 0 || done < count) {
    size_t at = v.find(from, i);
    if (at == std::string_view::npos) break;
    out += v.substr(i, at - i);
    out += to;
    i = at + from.size();
    ++done;
  }
  out += v.substr(i);
  return NewBytes(out);
}

}  // extern "C"
