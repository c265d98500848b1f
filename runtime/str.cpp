// str: construction (UTF-8 with a cached code-point count and ASCII flag),
// concatenation, comparison in code-point order, repr() with CPython's quote
// choice and escapes, and the Unicode properties (from CPython 3.11's tables)
// that str and the number parsers need.
#include "runtime_internal.h"

#include <algorithm>
#include <cstring>

#include <emmintrin.h>

namespace kb {
namespace {

struct KbCodePointRange {
  uint32_t first;
  uint32_t last;
};

#include "unicode_tables.inc"

template <size_t N>
bool InRanges(const KbCodePointRange (&ranges)[N], uint32_t cp) {
  auto it = std::upper_bound(std::begin(ranges), std::end(ranges), cp,
                             [](uint32_t c, const KbCodePointRange& r) { return c < r.first; });
  return it != std::begin(ranges) && cp <= (it - 1)->last;
}

}  // namespace

bool IsUnicodeSpace(uint32_t cp) { return InRanges(kWhitespaceRanges, cp); }
bool IsUnicodePrintable(uint32_t cp) { return !InRanges(kNonPrintableRanges, cp); }

int UnicodeDecimalValue(uint32_t cp) {
  if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
  auto it = std::upper_bound(std::begin(kDecimalZeros), std::end(kDecimalZeros), cp);
  if (it == std::begin(kDecimalZeros)) return -1;
  uint32_t zero = *(it - 1);
  return cp - zero < 10 ? static_cast<int>(cp - zero) : -1;
}

uint32_t DecodeUtf8(const char*& p) {
  auto b = static_cast<unsigned char>(*p++);
  if (b < 0x80) return b;
  int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
  uint32_t cp = b & (0x3F >> extra);
  for (int i = 0; i < extra; ++i) cp = (cp << 6) | (static_cast<unsigned char>(*p++) & 0x3F);
  return cp;
}

void AppendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

int64_t CountCodePoints(std::string_view utf8) {
  // Every byte but a continuation byte (10xxxxxx: -128..-65 as a signed
  // char) starts a code point; 16 bytes at a time.
  const char* p = utf8.data();
  size_t n = utf8.size(), i = 0;
  int64_t continuations = 0;
  const __m128i limit = _mm_set1_epi8(-64);
  for (; i + 16 <= n; i += 16) {
    __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    continuations += __builtin_popcount(static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(bytes, limit))));
  }
  for (; i < n; ++i) continuations += static_cast<signed char>(p[i]) < -64;
  return static_cast<int64_t>(n) - continuations;
}

KbStr* AllocStr(int64_t nbytes, int64_t length) {
  // Pointer-free (its type is static), so the GC need not scan the bytes.
  auto* s = static_cast<KbStr*>(AllocAtomic(sizeof(KbStr) + static_cast<size_t>(nbytes) + 1));
  s->header.type = &kb_type_str;
  s->nbytes = nbytes;
  s->length = length;
  s->hash = -1;
  s->flags = length == nbytes ? KB_STR_ASCII : 0;
  s->reserved = 0;
  s->data[nbytes] = '\0';
  return s;
}

KbStr* NewStr(std::string_view utf8) {
  EnsureGcInitialised();
  auto nbytes = static_cast<int64_t>(utf8.size());
  KbStr* s = AllocStr(nbytes, CountCodePoints(utf8));
  std::memcpy(s->data, utf8.data(), utf8.size());
  return s;
}

KbStr* NewStrFrom(const KbStr* of, std::string_view utf8) {
  if (!(of->flags & KB_STR_ASCII)) return NewStr(utf8);
  if (utf8.size() == 1) return AsciiChar(static_cast<unsigned char>(utf8[0]));
  auto nbytes = static_cast<int64_t>(utf8.size());
  KbStr* s = AllocStr(nbytes, nbytes);
  std::memcpy(s->data, utf8.data(), utf8.size());
  return s;
}

KbStr* AsciiChar(unsigned char c) {
  static KbStr* table[128];
  KbStr*& s = table[c & 127];
  if (s == nullptr) {
    // The table is static data, which the GC scans as roots.
    s = AllocStr(1, 1);
    s->data[0] = static_cast<char>(c);
  }
  return s;
}

std::string TransformDecimalAndSpaceToAscii(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (p < end) {
    uint32_t cp = DecodeUtf8(p);
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (IsUnicodeSpace(cp)) {
      out.push_back(' ');
    } else if (int d = UnicodeDecimalValue(cp); d >= 0) {
      out.push_back(static_cast<char>('0' + d));
    } else {
      out.push_back('?');
    }
  }
  return out;
}

// CPython's unicode_repr.
void AppendStrRepr(std::string& out, std::string_view utf8, bool ascii_only) {
  bool has_single = utf8.find('\'') != std::string_view::npos;
  bool has_double = utf8.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  static const char kHex[] = "0123456789abcdef";
  out.push_back(quote);
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (p < end) {
    const char* start = p;
    uint32_t cp = DecodeUtf8(p);
    if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(cp));
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < ' ' || cp == 0x7F) {
      out += "\\x";
      out.push_back(kHex[cp >> 4]);
      out.push_back(kHex[cp & 15]);
    } else if (cp < 0x7F) {
      out.push_back(static_cast<char>(cp));
    } else if (!ascii_only && IsUnicodePrintable(cp)) {
      out.append(start, p);
    } else {
      int digits;
      if (cp <= 0xFF) {
        out += "\\x";
        digits = 2;
      } else if (cp <= 0xFFFF) {
        out += "\\u";
        digits = 4;
      } else {
        out += "\\U";
        digits = 8;
      }
      for (int i = digits - 1; i >= 0; --i) out.push_back(kHex[(cp >> (4 * i)) & 15]);
    }
  }
  out.push_back(quote);
}

}  // namespace kb

using namespace kb;

extern "C" {

KbStr* kb_str_from_utf8(const char* data, int64_t nbytes) {
  return NewStr(std::string_view(data, static_cast<size_t>(nbytes)));
}

KbStr* kb_str_from_cstr(const char* text) { return NewStr(text); }

KbStr* kb_str_concat(KbStr* a, KbStr* b) {
  EnsureGcInitialised();
  int64_t n = a->nbytes + b->nbytes;
  auto* s = static_cast<KbStr*>(GC_MALLOC_ATOMIC(sizeof(KbStr) + static_cast<size_t>(n) + 1));
  s->header.type = &kb_type_str;
  s->nbytes = n;
  s->length = a->length + b->length;
  s->hash = -1;
  s->flags = a->flags & b->flags & KB_STR_ASCII;
  s->reserved = 0;
  std::memcpy(s->data, a->data, static_cast<size_t>(a->nbytes));
  std::memcpy(s->data + a->nbytes, b->data, static_cast<size_t>(b->nbytes));
  s->data[n] = '\0';
  return s;
}

int32_t kb_str_compare(KbStr* a, KbStr* b) {
  // UTF-8 byte order is code-point order.
  int c = View(a).compare(View(b));
  return (c > 0) - (c < 0);
}

bool kb_str_equal(KbStr* a, KbStr* b) {
  return a == b || (a->nbytes == b->nbytes && std::memcmp(a->data, b->data, static_cast<size_t>(a->nbytes)) == 0);
}

}  // extern "C"

KbStr* kb_str_repeat(KbStr* s, KbValue n) {
  if (!IsSmallInt(n)) {
    if (kb_int_compare(n, MakeSmallInt(0)) < 0) return NewStr("");
    kb_raise_new(&kb_type_OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  int64_t count = SmallIntValue(n);
  if (count <= 0 || s->nbytes == 0) return NewStr("");
  if (s->nbytes > INT64_MAX / 2 / count) kb_raise_new(&kb_type_OverflowError, "repeated string is too long");
  int64_t total = s->nbytes * count;
  auto* r = static_cast<KbStr*>(AllocAtomic(sizeof(KbStr) + static_cast<size_t>(total) + 1));
  r->header.type = &kb_type_str;
  r->nbytes = total;
  r->length = s->length * count;
  r->hash = -1;
  r->flags = s->flags & KB_STR_ASCII;
  r->reserved = 0;
  for (int64_t i = 0; i < count; ++i)
    std::memcpy(r->data + i * s->nbytes, s->data, static_cast<size_t>(s->nbytes));
  r->data[total] = '\0';
  return r;
}

KbStr* kb_str_getitem(KbStr* s, KbValue index) {
  if (!IsSmallInt(index)) kb_raise_new(&kb_type_IndexError, "cannot fit 'int' into an index-sized integer");
  int64_t i = SmallIntValue(index);
  if (i < 0) i += s->length;
  if (i < 0 || i >= s->length) kb_raise_new(&kb_type_IndexError, "string index out of range");
  if (s->flags & KB_STR_ASCII) return AsciiChar(static_cast<unsigned char>(s->data[i]));
  const char* p = s->data;
  for (int64_t k = 0; k < i; ++k) DecodeUtf8(p);
  const char* start = p;
  DecodeUtf8(p);
  return NewStr(std::string_view(start, static_cast<size_t>(p - start)));
}
