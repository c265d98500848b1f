// NFKC normalisation of identifiers (PEP 3131), as CPython's parser applies
// unicodedata.normalize('NFKC', name) to every non-ASCII identifier: full
// compatibility decomposition, canonical ordering, canonical composition.
// The data covers XID_Continue code points only (gen_identifier_nfkc.py),
// which is all a valid identifier holds.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lex/lexer.h"
#include "lex/unicode_support.h"

namespace keelback {
namespace {

struct NfkdEntry {
  uint32_t code_point;
  uint16_t offset;  // into kNfkdPool
  uint8_t length;
};
struct CombiningClassRange {
  uint32_t first;
  uint32_t last;
  uint8_t combining_class;
};
struct Composition {
  uint32_t first;
  uint32_t second;
  uint32_t composite;
};

#include "lex/identifier_nfkc.inc"

// Hangul syllables, composed and decomposed arithmetically (Unicode 3.12).
constexpr uint32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr uint32_t kLCount = 19, kVCount = 21, kTCount = 28, kNCount = kVCount * kTCount, kSCount = kLCount * kNCount;

uint8_t CombiningClass(uint32_t cp) {
  if (cp < 0x300) return 0;
  auto it = std::upper_bound(std::begin(kCombiningClassRanges), std::end(kCombiningClassRanges), cp,
                             [](uint32_t v, const CombiningClassRange& r) { return v < r.first; });
  if (it == std::begin(kCombiningClassRanges)) return 0;
  --it;
  return cp <= it->last ? it->combining_class : 0;
}

void Decompose(uint32_t cp, std::vector<uint32_t>& out) {
  if (cp >= kSBase && cp < kSBase + kSCount) {
    uint32_t s = cp - kSBase;
    out.push_back(kLBase + s / kNCount);
    out.push_back(kVBase + s % kNCount / kTCount);
    if (s % kTCount != 0) out.push_back(kTBase + s % kTCount);
    return;
  }
  auto it = std::lower_bound(std::begin(kNfkdEntries), std::end(kNfkdEntries), cp,
                             [](const NfkdEntry& e, uint32_t v) { return e.code_point < v; });
  if (it != std::end(kNfkdEntries) && it->code_point == cp) {
    out.insert(out.end(), kNfkdPool + it->offset, kNfkdPool + it->offset + it->length);
  } else {
    out.push_back(cp);
  }
}

// The primary composite of a + b, or 0.
uint32_t Compose(uint32_t a, uint32_t b) {
  if (a >= kLBase && a < kLBase + kLCount && b >= kVBase && b < kVBase + kVCount)
    return kSBase + ((a - kLBase) * kVCount + (b - kVBase)) * kTCount;
  if (a >= kSBase && a < kSBase + kSCount && (a - kSBase) % kTCount == 0 && b > kTBase && b < kTBase + kTCount)
    return a + (b - kTBase);
  auto it = std::lower_bound(std::begin(kCompositions), std::end(kCompositions), std::pair(a, b),
                             [](const Composition& c, std::pair<uint32_t, uint32_t> v) {
                               return c.first != v.first ? c.first < v.first : c.second < v.second;
                             });
  if (it != std::end(kCompositions) && it->first == a && it->second == b) return it->composite;
  return 0;
}

}  // namespace

std::string NormalizeIdentifier(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  std::vector<uint32_t> cps;
  cps.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t n = 1;
    Decompose(lex_internal::DecodeUtf8(s + i, text.size() - i, n), cps);
    i += n;
  }
  // Canonical ordering: a stable sort of each run of non-starters by class.
  for (size_t i = 1; i < cps.size(); ++i) {
    uint8_t c = CombiningClass(cps[i]);
    if (c == 0) continue;
    for (size_t j = i; j > 0; --j) {
      uint8_t prev = CombiningClass(cps[j - 1]);
      if (prev == 0 || prev <= c) break;
      std::swap(cps[j - 1], cps[j]);
    }
  }
  // Canonical composition: each character joins the last starter unless a
  // character of class 0 or of a class >= its own stands between them.
  std::vector<uint32_t> out;
  out.reserve(cps.size());
  size_t starter = SIZE_MAX;
  int last_class = -1;  // of out.back(); -1 when out is empty
  for (uint32_t cp : cps) {
    int c = CombiningClass(cp);
    if (starter != SIZE_MAX && (last_class == 0 ? starter + 1 == out.size() : last_class < c)) {
      if (uint32_t composite = Compose(out[starter], cp)) {
        out[starter] = composite;
        continue;
      }
    }
    if (c == 0) starter = out.size();
    last_class = c;
    out.push_back(cp);
  }
  std::string result;
  result.reserve(text.size());
  for (uint32_t cp : out) lex_internal::AppendUtf8(cp, result);
  return result;
}

}  // namespace keelback
