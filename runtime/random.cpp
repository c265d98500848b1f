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
