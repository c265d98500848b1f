// CPython 3.11's "Did you mean" suggestions (Python/suggestions.c): the
// closest of a list of names by a Levenshtein distance in which a case flip
// costs 1 and any other edit 2. Header-only, plain C++: the compiler uses it
// for what it knows statically (undefined names, attributes of classes), the
// runtime for attributes found missing at run time.
#ifndef KEELBACK_RUNTIME_SUGGESTIONS_H
#define KEELBACK_RUNTIME_SUGGESTIONS_H

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kb_suggestions {

inline constexpr size_t kMaxCandidates = 750;  // more names than this: no suggestion
inline constexpr size_t kMaxStringSize = 40;
inline constexpr size_t kMoveCost = 2;
inline constexpr size_t kCaseCost = 1;

inline size_t SubstitutionCost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
  if (b >= 'A' && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
  return a == b ? kCaseCost : kMoveCost;
}

// The distance between a and b, or max_cost + 1 when it is above max_cost.
inline size_t Distance(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  size_t row[kMaxStringSize];
  for (size_t i = 0; i < a.size(); ++i) row[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t ai = 0; ai < a.size(); ++ai) {
      size_t substitute = distance + SubstitutionCost(b[bi], a[ai]);
      distance = row[ai];
      result = std::min(std::min(result, distance) + kMoveCost, substitute);
      row[ai] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// Tracks the best candidate as calculate_suggestions does: candidates are
// offered in order, the first of the smallest distance wins.
class Suggester {
 public:
  explicit Suggester(std::string_view name) : name_(name) {}
  void Offer(std::string_view candidate) {
    if (candidate == name_ || (found_ && best_distance_ == 0)) return;
    size_t max_distance = (name_.size() + candidate.size() + 3) * kMoveCost / 6;
    if (found_) max_distance = std::min(max_distance, best_distance_ - 1);
    size_t d = Distance(name_, candidate, max_distance);
    if (d > max_distance) return;
    if (!found_ || d < best_distance_) {
      best_ = candidate;
      best_distance_ = d;
      found_ = true;
    }
  }
  bool found() const { return found_; }
  std::string_view best() const { return best_; }

 private:
  std::string_view name_;
  std::string_view best_;
  size_t best_distance_ = 0;
  bool found_ = false;
};

// The names of a space-separated list (python_names.def's form).
inline std::vector<std::string_view> SplitNames(std::string_view names) {
  std::vector<std::string_view> out;
  while (!names.empty()) {
    size_t space = names.find(' ');
    out.push_back(names.substr(0, space));
    names = space == std::string_view::npos ? std::string_view() : names.substr(space + 1);
  }
  return out;
}

// What CPython appends to the exception's line: ". Did you mean: 'x'?".
inline std::string Trailer(std::string_view suggestion) {
  return ". Did you mean: '" + std::string(suggestion) + "'?";
}

}  // namespace kb_suggestions

#endif  // KEELBACK_RUNTIME_SUGGESTIONS_H
