// hash() exactly as CPython 3.11 computes it, because set iteration order
// and dict/set probing depend on it (DESIGN.md, "Exactness traps"): ints mod
// 2^61 - 1, _Py_HashDouble for floats, SipHash-1-3 over the PEP 393 buffer
// for str (keyed as CPython derives the key from PYTHONHASHSEED), the
// xxHash-based tuple hash of 3.8+, frozenset's shuffled xor, and the
// pointer hash for objects hashed by identity (None included, as in 3.11).
#include "runtime_internal.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <random>
#include <vector>

namespace kb {
namespace {

constexpr int kHashBits = 61;
constexpr uint64_t kHashModulus = (uint64_t(1) << kHashBits) - 1;
constexpr int64_t kHashInf = 314159;

struct SipKey {
  uint64_t k0 = 0;
  uint64_t k1 = 0;
};

// CPython's lcg_urandom: the bytes of _Py_HashSecret for a PYTHONHASHSEED.
void LcgBytes(uint32_t seed, unsigned char* out, size_t n) {
  uint32_t x = seed;
  for (size_t i = 0; i < n; ++i) {
    x = x * 214013u + 2531011u;
    out[i] = static_cast<unsigned char>((x >> 16) & 0xff);
  }
}

// PYTHONHASHSEED=0 disables randomisation (a zero key); an integer in
// [1, 4294967295] seeds the LCG; anything else ("random", unset, or text
// CPython would reject at start-up) gives a random key.
SipKey ComputeKey() {
  SipKey key;
  unsigned char secret[24] = {};
  const char* text = std::getenv("PYTHONHASHSEED");
  bool seeded = false;
  if (text != nullptr && *text != '\0' && std::strcmp(text, "random") != 0) {
    char* end = nullptr;
    errno = 0;
    unsigned long long seed = std::strtoull(text, &end, 10);
    if (*end == '\0' && errno == 0 && seed <= 4294967295ull && text[0] != '-') {
      seeded = true;
      if (seed != 0) LcgBytes(static_cast<uint32_t>(seed), secret, sizeof secret);
    }
  }
  if (!seeded) {
    std::random_device device;
    for (unsigned char& b : secret) b = static_cast<unsigned char>(device());
  }
  std::memcpy(&key.k0, secret, 8);
  std::memcpy(&key.k1, secret + 8, 8);
  return key;
}

SipKey& KeySlot() {
  static SipKey key = ComputeKey();
  return key;
}

const SipKey& HashKey() { return KeySlot(); }

inline uint64_t Rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

#define KB_HALF_ROUND(a, b, c, d, s, t) \
  a += b;                               \
  c += d;                               \
  b = Rotl(b, s) ^ a;                   \
  d = Rotl(d, t) ^ c;                   \
  a = Rotl(a, 32);
#define KB_SINGLE_ROUND(v0, v1, v2, v3) \
  KB_HALF_ROUND(v0, v1, v2, v3, 13, 16); \
  KB_HALF_ROUND(v2, v1, v0, v3, 17, 21);

// CPython's siphash13 (Python/pyhash.c), little-endian.
uint64_t SipHash13(uint64_t k0, uint64_t k1, const unsigned char* in, size_t size) {
  uint64_t b = static_cast<uint64_t>(size) << 56;
  uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
  uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
  uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
  uint64_t v3 = k1 ^ 0x7465646279746573ULL;
  while (size >= 8) {
    uint64_t mi;
    std::memcpy(&mi, in, 8);
    in += 8;
    size -= 8;
    v3 ^= mi;
    KB_SINGLE_ROUND(v0, v1, v2, v3);
    v0 ^= mi;
  }
  uint64_t t = 0;
  for (size_t i = 0; i < size; ++i) t |= static_cast<uint64_t>(in[i]) << (8 * i);
  b |= t;
  v3 ^= b;
  KB_SINGLE_ROUND(v0, v1, v2, v3);
  v0 ^= b;
  v2 ^= 0xff;
  KB_SINGLE_ROUND(v0, v1, v2, v3);
  KB_SINGLE_ROUND(v0, v1, v2, v3);
  KB_SINGLE_ROUND(v0, v1, v2, v3);
  return (v0 ^ v1) ^ (v2 ^ v3);
}

#undef KB_HALF_ROUND
#undef KB_SINGLE_ROUND

// _Py_HashBytes over the string's PEP 393 representation: one byte per code
// point when all are < 256, two (UCS-2) when all are < 65536, else four.
int64_t ComputeStrHash(const KbStr* s) {
  if (s->length == 0) return 0;
  const SipKey& key = HashKey();
  uint64_t h;
  if (s->flags & KB_STR_ASCII) {
    h = SipHash13(key.k0, key.k1, reinterpret_cast<const unsigned char*>(s->data), size_t(s->nbytes));
  } else {
    std::vector<uint32_t> cps;
    cps.reserve(size_t(s->length));
    uint32_t max = 0;
    const char* p = s->data;
    const char* end = p + s->nbytes;
    while (p < end) {
      uint32_t cp = DecodeUtf8(p);
      cps.push_back(cp);
      if (cp > max) max = cp;
    }
    size_t width = max < 256 ? 1 : max < 65536 ? 2 : 4;
    std::vector<unsigned char> bytes(cps.size() * width);
    for (size_t i = 0; i < cps.size(); ++i) {
      for (size_t k = 0; k < width; ++k) bytes[i * width + k] = static_cast<unsigned char>(cps[i] >> (8 * k));
    }
    h = SipHash13(key.k0, key.k1, bytes.data(), bytes.size());
  }
  auto x = static_cast<int64_t>(h);
  return x == -1 ? -2 : x;
}

}  // namespace

// _Py_HashBytes of raw bytes (bytes objects; equal to the hash of an ASCII str
// with the same text, as in CPython).
int64_t HashBytes(const unsigned char* data, size_t size) {
  if (size == 0) return 0;
  const SipKey& key = HashKey();
  auto x = static_cast<int64_t>(SipHash13(key.k0, key.k1, data, size));
  return x == -1 ? -2 : x;
}

namespace {

uint64_t ShuffleBits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

}  // namespace

void ReloadHashSeedForTesting() { KeySlot() = ComputeKey(); }

int64_t HashPointer(const void* p) {
  auto y = reinterpret_cast<uint64_t>(p);
  y = (y >> 4) | (y << 60);
  auto x = static_cast<int64_t>(y);
  return x == -1 ? -2 : x;
}

// _Py_HashDouble; `inst` is the float object (nan hashes by identity).
int64_t HashDouble(double v, const void* inst) {
  if (!std::isfinite(v)) {
    if (std::isinf(v)) return v > 0 ? kHashInf : -kHashInf;
    return HashPointer(inst);
  }
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;
    e -= 28;
    auto y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
  x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
  auto h = static_cast<int64_t>(x);
  return h == -1 ? -2 : h;
}

int64_t FrozenSetHash(KbSet* s) {
  if (s->hash != -1) return s->hash;
  uint64_t hash = 0;
  for (int64_t i = 0; i <= s->mask; ++i) {
    const KbSetEntry& e = s->table[i];
    if (e.key != 0 && e.hash != -1) hash ^= ShuffleBits(static_cast<uint64_t>(e.hash));
  }
  // The table's null entries (and dummies) contribute nothing here, which is
  // what CPython's corrections for them amount to.
  hash ^= (static_cast<uint64_t>(s->used) + 1) * 1927868237ULL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923ULL;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713ULL;
  s->hash = static_cast<int64_t>(hash);
  return s->hash;
}

}  // namespace kb

using namespace kb;

extern "C" {

int64_t kb_str_hash(KbStr* s) {
  if (s->hash == -1) s->hash = ComputeStrHash(s);
  return s->hash;
}

int64_t kb_float_hash(double x) { return HashDouble(x, nullptr); }

int64_t kb_tuple_hash(KbTuple* t) {
  constexpr uint64_t kPrime1 = 11400714785074694791ULL;
  constexpr uint64_t kPrime2 = 14029467366897019727ULL;
  constexpr uint64_t kPrime5 = 2870177450012600261ULL;
  uint64_t acc = kPrime5;
  for (int64_t i = 0; i < t->length; ++i) {
    auto lane = static_cast<uint64_t>(kb_object_hash(t->items[i]));
    acc += lane * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += static_cast<uint64_t>(t->length) ^ (kPrime5 ^ 3527539ULL);
  if (acc == static_cast<uint64_t>(-1)) return 1546275796;
  return static_cast<int64_t>(acc);
}

int64_t kb_object_hash(KbValue v) {
  if (IsSmallInt(v)) return kb_int_hash(v);
  KbObject* obj = AsObject(v);
  const KbType* t = obj->type;
  if (t == &kb_type_str) return kb_str_hash(reinterpret_cast<KbStr*>(obj));
  if (t == &kb_type_int) return kb_int_hash(v);
  if (t == &kb_type_bool) return obj == &kb_True ? 1 : 0;
  // CPython 3.11 hashes None by its address (_Py_HashPointer(&_Py_NoneStruct));
  // Debian's python3.11 is not position-independent, so that address and
  // the hash are fixed. It decides where None sits in a set ({5, 3, None})
  // and the hash of a tuple or range holding it. (3.12 made it a constant.)
  if (t == &kb_type_none) return 611532;
  if (t == &kb_type_float) return HashDouble(reinterpret_cast<KbFloat*>(obj)->value, obj);
  if (t == &kb_type_complex) return ComplexHash(reinterpret_cast<KbComplex*>(obj));
  if (t == &kb_type_tuple) return kb_tuple_hash(reinterpret_cast<KbTuple*>(obj));
  if (t == &kb_type_frozenset) return FrozenSetHash(reinterpret_cast<KbSet*>(obj));
  if (t == &kb_type_bytes) return kb_bytes_hash(reinterpret_cast<KbBytes*>(obj));
  if (t == &kb_type_range) return kb_range_hash(reinterpret_cast<KbRange*>(obj));
  if (t == &kb_type_list || t == &kb_type_dict || t == &kb_type_set || t == &kb_type_bytearray || t == &kb_type_dict_keys ||
      t == &kb_type_dict_items) {
    Raise(&kb_type_TypeError, std::string("unhashable type: '") + t->name + "'");
  }
  if (t->flags & KB_TYPE_UNHASHABLE) Raise(&kb_type_TypeError, std::string("unhashable type: '") + t->name + "'");
  if (t->hash) {
    // CPython keeps __hash__'s int as it is where it fits a machine word
    // (-1 becomes -2), and hashes a bigger one.
    KbValue h = t->hash(v);
    if (IsSmallInt(h)) return SmallIntValue(h) == -1 ? -2 : SmallIntValue(h);
    if (!IsSmallInt(h) && (AsObject(h)->type == &kb_type_int)) return kb_int_hash(h);
    if (!IsSmallInt(h) && AsObject(h)->type == &kb_type_bool) return AsObject(h) == &kb_True ? 1 : 0;
    Raise(&kb_type_TypeError, "__hash__ method should return an integer");
  }
  return HashPointer(obj);
}

}  // extern "C"
