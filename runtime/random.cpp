// The Mersenne Twister under stdlib/random.py: CPython's _random module
// (Modules/_randommodule.c), so that a seeded program draws the same
// numbers to the bit. One generator, the random module's hidden instance.
#include <sys/random.h>

#include <cerrno>
#include <cstdio>
#include <ctime>
#include <unistd.h>

#include <vector>

#include "runtime_internal.h"

using namespace kb;

namespace {

constexpr int kN = 624;
constexpr int kM = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfU;
constexpr uint32_t kUpperMask = 0x80000000U;
constexpr uint32_t kLowerMask = 0x7fffffffU;

struct MersenneTwister {
  uint32_t state[kN];
  int index = kN + 1;  // not seeded yet
};
MersenneTwister mt;

void InitGenrand(uint32_t seed) {
  mt.state[0] = seed;
  for (int i = 1; i < kN; i++)
    mt.state[i] = 1812433253U * (mt.state[i - 1] ^ (mt.state[i - 1] >> 30)) + uint32_t(i);
  mt.index = kN;
}

void InitByArray(const uint32_t* key, size_t length) {
  InitGenrand(19650218U);
  size_t i = 1, j = 0;
  for (size_t k = kN > length ? kN : length; k; k--) {
    mt.state[i] = (mt.state[i] ^ ((mt.state[i - 1] ^ (mt.state[i - 1] >> 30)) * 1664525U)) + key[j] + uint32_t(j);
    i++;
    j++;
    if (i >= kN) {
      mt.state[0] = mt.state[kN - 1];
      i = 1;
    }
    if (j >= length) j = 0;
  }
  for (size_t k = kN - 1; k; k--) {
    mt.state[i] = (mt.state[i] ^ ((mt.state[i - 1] ^ (mt.state[i - 1] >> 30)) * 1566083941U)) - uint32_t(i);
    i++;
    if (i >= kN) {
      mt.state[0] = mt.state[kN - 1];
      i = 1;
    }
  }
  mt.state[0] = 0x80000000U;  // non-zero initial array
}

// Seeds from the OS, as random.seed(None) does (CPython's random_seed_urandom,
// falling back to the time and pid).
void SeedFromOs() {
  uint32_t key[kN];
  size_t got = 0;
  while (got < sizeof key) {
    ssize_t n = getrandom(reinterpret_cast<char*>(key) + got, sizeof key - got, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += size_t(n);
  }
  if (got < sizeof key) {
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    uint32_t fallback[5] = {uint32_t(ts.tv_sec), uint32_t(uint64_t(ts.tv_sec) >> 32), uint32_t(ts.tv_nsec),
                            uint32_t(getpid()), 0};
    InitByArray(fallback, 5);
    return;
  }
  InitByArray(key, kN);
}

uint32_t GenrandUint32() {
  static const uint32_t mag01[2] = {0x0U, kMatrixA};
  if (mt.index >= kN) {
    if (mt.index > kN) SeedFromOs();  // drawn from before any seeding
    int kk;
    uint32_t y;
    for (kk = 0; kk < kN - kM; kk++) {
      y = (mt.state[kk] & kUpperMask) | (mt.state[kk + 1] & kLowerMask);
      mt.state[kk] = mt.state[kk + kM] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    for (; kk < kN - 1; kk++) {
      y = (mt.state[kk] & kUpperMask) | (mt.state[kk + 1] & kLowerMask);
      mt.state[kk] = mt.state[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    y = (mt.state[kN - 1] & kUpperMask) | (mt.state[0] & kLowerMask);
    mt.state[kN - 1] = mt.state[kM - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
    mt.index = 0;
  }
  uint32_t y = mt.state[mt.index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

// getrandbits(k) for 0 < k <= 64: words from the least significant, the
// last one keeping its top bits (CPython's loop).
uint64_t SmallRandBits(int k) {
  if (k <= 32) return GenrandUint32() >> (32 - k);
  uint64_t low = GenrandUint32();
  uint64_t high = GenrandUint32() >> (64 - k);
  return low | (high << 32);
}

int BitLength(uint64_t x) { return x == 0 ? 0 : 64 - __builtin_clzll(x); }

}  // namespace

extern "C" {

// random.seed(n) of an int: its absolute value's 32-bit words, least
// significant first (at least one).
void kb_random_seed_int(KbValue n) {
  mpz_t z;
  mpz_init(z);
  IntToMpz(n, z);
  mpz_abs(z, z);
  size_t words = (mpz_sizeinbase(z, 2) + 31) / 32;
  std::vector<uint32_t> key(words ? words : 1, 0);
  size_t count = 0;
  if (mpz_sgn(z) != 0) mpz_export(key.data(), &count, -1, sizeof(uint32_t), 0, 0, z);
  mpz_clear(z);
  InitByArray(key.data(), key.size());
}

void kb_random_seed_os(void) { SeedFromOs(); }

double kb_random_random(void) {
  uint32_t a = GenrandUint32() >> 5, b = GenrandUint32() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

KbValue kb_random_getrandbits(KbValue k) {
  if (!IsSmallInt(k) || SmallIntValue(k) > 2147483647)
    kb_raise_new(&kb_type_OverflowError, "Python int too large to convert to C int");
  int64_t bits = SmallIntValue(k);
  if (bits < 0) kb_raise_new(&kb_type_ValueError, "number of bits must be non-negative");
  if (bits == 0) return MakeSmallInt(0);
  if (bits <= 62) return MakeSmallInt(int64_t(SmallRandBits(int(bits))));
  size_t words = size_t((bits - 1) / 32 + 1);
  std::vector<uint32_t> array(words, 0);
  for (size_t i = 0; i < words; i++, bits -= 32) {
    uint32_t r = GenrandUint32();
    if (bits < 32) r >>= (32 - bits);
    array[i] = r;
  }
  mpz_t z;
  mpz_init(z);
  mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, array.data());
  return IntFromMpz(z);
}

// Random._randbelow_with_getrandbits(n) for n > 0: getrandbits(n.bit_length())
// until the draw is below n.
KbValue kb_random_randbelow(KbValue n) {
  if (IsSmallInt(n) && SmallIntValue(n) > 0) {
    uint64_t bound = uint64_t(SmallIntValue(n));
    int k = BitLength(bound);
    uint64_t r = SmallRandBits(k);
    while (r >= bound) r = SmallRandBits(k);
    return MakeSmallInt(int64_t(r));
  }
  mpz_t bound;
  mpz_init(bound);
  IntToMpz(n, bound);
  KbValue k = MakeSmallInt(int64_t(mpz_sizeinbase(bound, 2)));
  for (;;) {
    KbValue r = kb_random_getrandbits(k);
    mpz_t z;
    mpz_init(z);
    IntToMpz(r, z);
    bool below = mpz_cmp(z, bound) < 0;
    mpz_clear(z);
    if (below) {
      mpz_clear(bound);
      return r;
    }
  }
}

}  // extern "C"

namespace {

// SHA-512 (FIPS 180-4), for random.seed() of a str, bytes or bytearray.
constexpr uint64_t kSha512K[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL, 0x3956c25bf348b538ULL,
    0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL, 0xd807aa98a3030242ULL, 0x12835b0145706fbeULL,
    0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL, 0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL,
    0xc19bf174cf692694ULL, 0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL, 0x983e5152ee66dfabULL,
    0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL, 0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL,
    0x06ca6351e003826fULL, 0x142929670a0e6e70ULL, 0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL,
    0x53380d139d95b3dfULL, 0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL, 0xd192e819d6ef5218ULL,
    0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL, 0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL,
    0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL, 0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL,
    0x682e6ff3d6b2b8a3ULL, 0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL, 0xca273eceea26619cULL,
    0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL, 0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL,
    0x113f9804bef90daeULL, 0x1b710b35131c471bULL, 0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL,
    0x431d67c49c100d4cULL, 0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

uint64_t Rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

void Sha512(const unsigned char* data, size_t length, unsigned char digest[64]) {
  uint64_t h[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
                   0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
  // The message, a 1 bit, zeros, and its length in bits (128 bits, big-endian).
  std::vector<unsigned char> message(data, data + length);
  message.push_back(0x80);
  while (message.size() % 128 != 112) message.push_back(0);
  for (int i = 0; i < 8; i++) message.push_back(0);
  uint64_t bits = uint64_t(length) * 8;
  for (int i = 7; i >= 0; i--) message.push_back(static_cast<unsigned char>(bits >> (i * 8)));
  for (size_t block = 0; block < message.size(); block += 128) {
    uint64_t w[80];
    for (int t = 0; t < 16; t++) {
      w[t] = 0;
      for (int b = 0; b < 8; b++) w[t] = (w[t] << 8) | message[block + size_t(t) * 8 + size_t(b)];
    }
    for (int t = 16; t < 80; t++) {
      uint64_t s0 = Rotr(w[t - 15], 1) ^ Rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
      uint64_t s1 = Rotr(w[t - 2], 19) ^ Rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; t++) {
      uint64_t t1 = hh + (Rotr(e, 14) ^ Rotr(e, 18) ^ Rotr(e, 41)) + ((e & f) ^ (~e & g)) + kSha512K[t] + w[t];
      uint64_t t2 = (Rotr(a, 28) ^ Rotr(a, 34) ^ Rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
      hh = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
  }
  for (int i = 0; i < 8; i++)
    for (int b = 0; b < 8; b++) digest[i * 8 + b] = static_cast<unsigned char>(h[i] >> (56 - b * 8));
}

}  // namespace

extern "C" {

// random.seed(a) of bytes or a bytearray (a str arrives encoded as UTF-8):
// int.from_bytes(a + sha512(a).digest()), the int CPython seeds from.
KbValue kb_random_seed_bytes_key(KbValue a) {
  const unsigned char* data;
  size_t length;
  if (!IsSmallInt(a) && AsObject(a)->type == &kb_type_bytes) {
    const KbBytes* b = reinterpret_cast<const KbBytes*>(a);
    data = reinterpret_cast<const unsigned char*>(b->data);
    length = size_t(b->length);
  } else if (!IsSmallInt(a) && AsObject(a)->type == &kb_type_bytearray) {
    const KbByteArray* b = reinterpret_cast<const KbByteArray*>(a);
    data = reinterpret_cast<const unsigned char*>(b->data);
    length = size_t(b->length);
  } else {
    kb_raise_new(&kb_type_TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  }
  std::vector<unsigned char> key(data, data + length);
  key.resize(length + 64);
  Sha512(data, length, key.data() + length);
  mpz_t z;
  mpz_init(z);
  mpz_import(z, key.size(), 1, 1, 0, 0, key.data());
  return IntFromMpz(z);
}

}  // extern "C"
