// Character names for \N{...} escapes: name to code point, as CPython's
// unicodedata looks them up (case-insensitively; CJK unified ideographs and
// Hangul syllables computed from the code point). The table is generated
// from CPython's unicodedata (gen_unicode_names.py → unicode_names.inc) and
// indexed on the first \N{...} escape only, so other programs pay nothing.
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>

#include "lex/unicode_support.h"

namespace keelback::lex_internal {
namespace {

struct CodePointRange {
  uint32_t first;
  uint32_t last;
};

#include "lex/unicode_names.inc"

const std::unordered_map<std::string_view, uint32_t>& NameIndex() {
  static const auto* index = [] {
    auto* map = new std::unordered_map<std::string_view, uint32_t>();
    map->reserve(40000);
    std::string_view all(kUnicodeNames, sizeof kUnicodeNames - 1);
    size_t pos = 0;
    while (pos < all.size()) {
      size_t nl = all.find('\n', pos);
      std::string_view line = all.substr(pos, nl - pos);
      size_t space = line.find(' ');
      uint32_t cp = static_cast<uint32_t>(std::strtoul(std::string(line.substr(0, space)).c_str(), nullptr, 16));
      map->emplace(line.substr(space + 1), cp);
      pos = nl + 1;
    }
    return map;
  }();
  return *index;
}

// Hangul syllable names: "HANGUL SYLLABLE " + the longest matching leading,
// vowel and trailing jamo short names (Unicode §3.12).
constexpr const char* kJamoL[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                  "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
constexpr const char* kJamoV[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                                  "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
constexpr const char* kJamoT[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
                                  "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

template <size_t N>
int LongestJamo(std::string_view& s, const char* const (&names)[N]) {
  int best = -1;
  size_t best_len = 0;
  for (size_t i = 0; i < N; ++i) {
    std::string_view n = names[i];
    if (s.substr(0, n.size()) == n && (best < 0 || n.size() > best_len)) {
      best = static_cast<int>(i);
      best_len = n.size();
    }
  }
  if (best >= 0) s.remove_prefix(best_len);
  return best;
}

}  // namespace

bool LookupUnicodeName(std::string_view name, uint32_t& code_point) {
  std::string upper(name);
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  std::string_view n = upper;
  constexpr std::string_view kHangul = "HANGUL SYLLABLE ";
  constexpr std::string_view kCjk = "CJK UNIFIED IDEOGRAPH-";
  if (n.substr(0, kHangul.size()) == kHangul) {
    std::string_view rest = n.substr(kHangul.size());
    int l = LongestJamo(rest, kJamoL), v = LongestJamo(rest, kJamoV), t = LongestJamo(rest, kJamoT);
    if (l < 0 || v < 0 || t < 0 || !rest.empty()) return false;
    code_point = 0xAC00 + static_cast<uint32_t>((l * 21 + v) * 28 + t);
    return true;
  }
  if (n.substr(0, kCjk.size()) == kCjk) {
    std::string_view hex = n.substr(kCjk.size());
    if (hex.size() != 4 && hex.size() != 5) return false;
    uint32_t cp = 0;
    for (char c : hex) {
      if (c >= '0' && c <= '9') cp = cp * 16 + static_cast<uint32_t>(c - '0');
      else if (c >= 'A' && c <= 'F') cp = cp * 16 + static_cast<uint32_t>(c - 'A' + 10);
      else return false;
    }
    for (const CodePointRange& r : kCjkUnifiedRanges)
      if (cp >= r.first && cp <= r.last) {
        code_point = cp;
        return true;
      }
    return false;
  }
  const auto& index = NameIndex();
  auto it = index.find(n);
  if (it == index.end()) return false;
  code_point = it->second;
  return true;
}

}  // namespace keelback::lex_internal
