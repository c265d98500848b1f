// CPython 3.11's list.sort (Objects/listobject.c), transcribed: count_run,
// binary insertion up to minrun, the powersort merge policy, and merge_lo /
// merge_hi with galloping. It sorts an array of positions with a `less`
// predicate that may throw; because it makes the same comparisons in the
// same order as CPython, inconsistent orders (nan) and raising comparisons
// end in the same state as CPython's. On a throw the array is left a
// permutation (the state CPython leaves in the list).
#ifndef KEELBACK_RUNTIME_TIMSORT_H
#define KEELBACK_RUNTIME_TIMSORT_H

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

namespace kb {

template <typename Less>
class TimSort {
 public:
  TimSort(int64_t* items, int64_t n, Less less) : items_(items), n_(n), less_(less) {}

  void Sort() {
    if (n_ < 2) return;
    int64_t minrun = ComputeMinrun(n_);
    int64_t lo = 0;
    int64_t remaining = n_;
    do {
      bool descending;
      int64_t n = CountRun(lo, lo + remaining, &descending);
      if (descending) std::reverse(items_ + lo, items_ + lo + n);
      if (n < minrun) {
        int64_t force = remaining <= minrun ? remaining : minrun;
        BinarySort(lo, lo + force, lo + n);
        n = force;
      }
      FoundNewRun(n);
      pending_.push_back(Run{lo, n, 0});
      lo += n;
      remaining -= n;
    } while (remaining);
    while (pending_.size() > 1) {
      int64_t n = static_cast<int64_t>(pending_.size()) - 2;
      if (n > 0 && pending_[size_t(n - 1)].len < pending_[size_t(n + 1)].len) --n;
      MergeAt(n);
    }
  }

 private:
  static constexpr int64_t kMinGallop = 7;

  struct Run {
    int64_t base;
    int64_t len;
    int power;
  };

  bool Lt(int64_t a, int64_t b) { return less_(a, b); }

  static int64_t ComputeMinrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  int64_t CountRun(int64_t lo, int64_t hi, bool* descending) {
    *descending = false;
    ++lo;
    if (lo == hi) return 1;
    int64_t n = 2;
    if (Lt(items_[lo], items_[lo - 1])) {
      *descending = true;
      for (lo = lo + 1; lo < hi; ++lo, ++n) {
        if (!Lt(items_[lo], items_[lo - 1])) break;
      }
    } else {
      for (lo = lo + 1; lo < hi; ++lo, ++n) {
        if (Lt(items_[lo], items_[lo - 1])) break;
      }
    }
    return n;
  }

  void BinarySort(int64_t lo, int64_t hi, int64_t start) {
    if (lo == start) ++start;
    for (; start < hi; ++start) {
      int64_t l = lo, r = start;
      int64_t pivot = items_[r];
      do {
        int64_t p = l + ((r - l) >> 1);
        if (Lt(pivot, items_[p])) {
          r = p;
        } else {
          l = p + 1;
        }
      } while (l < r);
      for (int64_t p = start; p > l; --p) items_[p] = items_[p - 1];
      items_[l] = pivot;
    }
  }

  // powerloop: the depth of the node joining two adjacent runs.
  int PowerLoop(int64_t s1, int64_t n1, int64_t n2) const {
    int result = 0;
    int64_t a = 2 * s1 + n1;
    int64_t b = a + n1 + n2;
    for (;;) {
      ++result;
      if (a >= n_) {
        a -= n_;
        b -= n_;
      } else if (b >= n_) {
        break;
      }
      a <<= 1;
      b <<= 1;
    }
    return result;
  }

  void FoundNewRun(int64_t n2) {
    if (pending_.empty()) return;
    const Run& top = pending_.back();
    int power = PowerLoop(top.base, top.len, n2);
    while (pending_.size() > 1 && pending_[pending_.size() - 2].power > power) {
      MergeAt(static_cast<int64_t>(pending_.size()) - 2);
    }
    pending_.back().power = power;
  }

  // gallop_left / gallop_right over a[0..n), key a position value.
  int64_t GallopLeft(int64_t key, const int64_t* a, int64_t n, int64_t hint) {
    int64_t lastofs = 0, ofs = 1;
    if (Lt(a[hint], key)) {
      int64_t maxofs = n - hint;
      while (ofs < maxofs) {
        if (Lt(a[hint + ofs], key)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else {
          break;
        }
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      int64_t maxofs = hint + 1;
      while (ofs < maxofs) {
        if (Lt(a[hint - ofs], key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      int64_t k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    ++lastofs;
    while (lastofs < ofs) {
      int64_t m = lastofs + ((ofs - lastofs) >> 1);
      if (Lt(a[m], key)) {
        lastofs = m + 1;
      } else {
        ofs = m;
      }
    }
    return ofs;
  }

  int64_t GallopRight(int64_t key, const int64_t* a, int64_t n, int64_t hint) {
    int64_t lastofs = 0, ofs = 1;
    if (Lt(key, a[hint])) {
      int64_t maxofs = hint + 1;
      while (ofs < maxofs) {
        if (Lt(key, a[hint - ofs])) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else {
          break;
        }
      }
      if (ofs > maxofs) ofs = maxofs;
      int64_t k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      int64_t maxofs = n - hint;
      while (ofs < maxofs) {
        if (Lt(key, a[hint + ofs])) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    ++lastofs;
    while (lastofs < ofs) {
      int64_t m = lastofs + ((ofs - lastofs) >> 1);
      if (Lt(key, a[m])) {
        ofs = m;
      } else {
        lastofs = m + 1;
      }
    }
    return ofs;
  }

  void MergeAt(int64_t i) {
    int64_t base_a = pending_[size_t(i)].base;
    int64_t na = pending_[size_t(i)].len;
    int64_t base_b = pending_[size_t(i + 1)].base;
    int64_t nb = pending_[size_t(i + 1)].len;
    pending_[size_t(i)].len = na + nb;
    if (i == static_cast<int64_t>(pending_.size()) - 3) pending_[size_t(i + 1)] = pending_[size_t(i + 2)];
    pending_.pop_back();
    int64_t k = GallopRight(items_[base_b], items_ + base_a, na, 0);
    base_a += k;
    na -= k;
    if (na == 0) return;
    nb = GallopLeft(items_[base_a + na - 1], items_ + base_b, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) {
      MergeLo(base_a, na, base_b, nb);
    } else {
      MergeHi(base_a, na, base_b, nb);
    }
  }

  void MergeLo(int64_t pa, int64_t na, int64_t pb, int64_t nb) {
    tmp_.assign(items_ + pa, items_ + pa + na);
    int64_t* a = tmp_.data();  // run A, now in the temp array
    int64_t* b = items_ + pb;
    int64_t* dest = items_ + pa;
    int64_t min_gallop = min_gallop_;
    try {
      *dest++ = *b++;
      if (--nb == 0) goto succeed;
      if (na == 1) goto copy_b;
      for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
          if (Lt(*b, *a)) {
            *dest++ = *b++;
            ++bcount;
            acount = 0;
            if (--nb == 0) goto succeed;
            if (bcount >= min_gallop) break;
          } else {
            *dest++ = *a++;
            ++acount;
            bcount = 0;
            if (--na == 1) goto copy_b;
            if (acount >= min_gallop) break;
          }
        }
        ++min_gallop;
        do {
          min_gallop -= min_gallop > 1;
          min_gallop_ = min_gallop;
          int64_t k = GallopRight(*b, a, na, 0);
          acount = k;
          if (k) {
            std::memcpy(dest, a, sizeof(int64_t) * size_t(k));
            dest += k;
            a += k;
            na -= k;
            if (na == 1) goto copy_b;
            if (na == 0) goto succeed;
          }
          *dest++ = *b++;
          if (--nb == 0) goto succeed;
          k = GallopLeft(*a, b, nb, 0);
          bcount = k;
          if (k) {
            std::memmove(dest, b, sizeof(int64_t) * size_t(k));
            dest += k;
            b += k;
            nb -= k;
            if (nb == 0) goto succeed;
          }
          *dest++ = *a++;
          if (--na == 1) goto copy_b;
        } while (acount >= kMinGallop || bcount >= kMinGallop);
        ++min_gallop;
        min_gallop_ = min_gallop;
      }
    } catch (...) {
      if (na) std::memcpy(dest, a, sizeof(int64_t) * size_t(na));
      throw;
    }
  succeed:
    if (na) std::memcpy(dest, a, sizeof(int64_t) * size_t(na));
    return;
  copy_b:
    std::memmove(dest, b, sizeof(int64_t) * size_t(nb));
    dest[nb] = *a;
  }

  void MergeHi(int64_t pa, int64_t na, int64_t pb, int64_t nb) {
    tmp_.assign(items_ + pb, items_ + pb + nb);
    int64_t* basea = items_ + pa;
    int64_t* baseb = tmp_.data();
    int64_t* dest = items_ + pb + nb - 1;
    int64_t* b = baseb + nb - 1;  // last of B, in the temp array
    int64_t* a = items_ + pa + na - 1;
    int64_t min_gallop = min_gallop_;
    try {
      *dest-- = *a--;
      if (--na == 0) goto succeed;
      if (nb == 1) goto copy_a;
      for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
          if (Lt(*b, *a)) {
            *dest-- = *a--;
            ++acount;
            bcount = 0;
            if (--na == 0) goto succeed;
            if (acount >= min_gallop) break;
          } else {
            *dest-- = *b--;
            ++bcount;
            acount = 0;
            if (--nb == 1) goto copy_a;
            if (bcount >= min_gallop) break;
          }
        }
        ++min_gallop;
        do {
          min_gallop -= min_gallop > 1;
          min_gallop_ = min_gallop;
          int64_t k = GallopRight(*b, basea, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            dest -= k;
            a -= k;
            std::memmove(dest + 1, a + 1, sizeof(int64_t) * size_t(k));
            na -= k;
            if (na == 0) goto succeed;
          }
          *dest-- = *b--;
          if (--nb == 1) goto copy_a;
          k = GallopLeft(*a, baseb, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            dest -= k;
            b -= k;
            std::memcpy(dest + 1, b + 1, sizeof(int64_t) * size_t(k));
            nb -= k;
            if (nb == 1) goto copy_a;
            if (nb == 0) goto succeed;
          }
          *dest-- = *a--;
          if (--na == 0) goto succeed;
        } while (acount >= kMinGallop || bcount >= kMinGallop);
        ++min_gallop;
        min_gallop_ = min_gallop;
      }
    } catch (...) {
      if (nb) std::memcpy(dest - (nb - 1), baseb, sizeof(int64_t) * size_t(nb));
      throw;
    }
  succeed:
    if (nb) std::memcpy(dest - (nb - 1), baseb, sizeof(int64_t) * size_t(nb));
    return;
  copy_a:
    dest -= na;
    a -= na;
    std::memmove(dest + 1, a + 1, sizeof(int64_t) * size_t(na));
    *dest = *b;
  }

  int64_t* items_;
  int64_t n_;
  Less less_;
  int64_t min_gallop_ = kMinGallop;
  std::vector<Run> pending_;
  std::vector<int64_t> tmp_;
};

}  // namespace kb

#endif  // KEELBACK_RUNTIME_TIMSORT_H
