// set and frozenset: iteration orders, set operations and messages, all
// taken from CPython 3.11 with PYTHONHASHSEED=0.
#include "runtime_test_helpers.h"

#include <cstdlib>
#include <vector>

using namespace kbtest;

namespace {

KbList* IntList(const std::vector<int64_t>& values) {
  KbList* l = kb_list_new(KB_ELEM_VALUE, 0);
  for (int64_t v : values) kb_list_append_value(l, I(v));
  return l;
}

KbSet* IntSet(const std::vector<int64_t>& values) { return kb_set_from_iterable(V(IntList(values))); }

std::string Order(KbSet* s) { return Repr(V(kb_set_to_list(s))); }

KbValue Range(int64_t start, int64_t stop, int64_t step = 1) {
  std::vector<int64_t> v;
  for (int64_t i = start; i < stop; i += step) v.push_back(i);
  return V(IntList(v));
}

const std::vector<int64_t> kRandom = {
    80644, 32481, 96227, 45993, 89498, 95979, 84463, 68473, 2801,  60030, 31643, 84062, 5796,  19558, 13838,
    47731, 60481, 31318, 48906, 70271, 12365, 74227, 31680, 718,   94837, 27407, 52497, 35632, 22865, 99365,
    50044, 19919, 98867, 8428,  17188, 79992, 79930, 57305, 15606, 16333, -768,  -304,  26453, 27243, 20739,
    20821, 36919, 40110, 25068, 69677, 87844, 81015, 25840, 22811, 89523, 24805, 49229, 38162, 1827,  46341,
    53382, 20752, 18097, 33578, 7537,  42496, 38499, 78050, 75826, -557,  77116, 87858, 91756, 43288, 7653,
    39626, 45576, 39116, 62012, 90281, 40391, 23218, 62074, 60936, 91362, 22084, 6471,  32578, 1997,  97277,
    45877, 51991, 1368,  70967, 53896, 46996, 48330, 74827, 189,   58352};

}  // namespace

class RuntimeSet : public ::testing::Test {
 protected:
  void SetUp() override {
    setenv("PYTHONHASHSEED", "0", 1);
    kb::ReloadHashSeedForTesting();
  }
};

TEST_F(RuntimeSet, SmallOrdersAndRepr) {
  EXPECT_EQ(Repr(V(IntSet({3, 1, 2}))), "{1, 2, 3}");
  // set([-1, -2, 8, 16, 0]) inserts one by one; the display {-1, -2, 8, 16, 0}
  // is BUILD_SET + SET_UPDATE of a frozenset constant (a merge that resizes).
  EXPECT_EQ(Repr(V(IntSet({-1, -2, 8, 16, 0}))), "{0, 8, 16, -2, -1}");
  KbSet* frozen = kb_frozenset_from_iterable(V(IntList({-1, -2, 8, 16, 0})));
  EXPECT_EQ(Repr(V(frozen)), "frozenset({0, 8, 16, -2, -1})");
  KbSet* display = kb_set_new();
  kb_set_update(display, V(frozen));
  EXPECT_EQ(Repr(V(display)), "{0, 16, -1, 8, -2}");
  KbList* floats = kb_list_new(KB_ELEM_FLOAT, 0);
  for (double x : {1.5, 2.5, 0.5, 100.25}) kb_list_append_float(floats, x);
  EXPECT_EQ(Repr(V(kb_set_from_iterable(V(floats)))), "{0.5, 1.5, 2.5, 100.25}");
  KbList* tuples = kb_list_new(KB_ELEM_VALUE, 0);
  kb_list_append_value(tuples, V(Tuple({I(1), I(2)})));
  kb_list_append_value(tuples, V(Tuple({I(3), I(4)})));
  kb_list_append_value(tuples, V(Tuple({I(0), I(0)})));
  EXPECT_EQ(Repr(V(kb_set_from_iterable(V(tuples)))), "{(1, 2), (3, 4), (0, 0)}");
  EXPECT_EQ(Repr(V(kb_set_from_iterable(V(S("abcdef"))))), "{'d', 'f', 'b', 'c', 'a', 'e'}");
  KbSet* words = kb_set_new();
  for (const char* w : {"x", "y", "apple", "banana"}) kb_set_add(words, V(S(w)));
  EXPECT_EQ(Repr(V(words)), "{'y', 'x', 'apple', 'banana'}");
  EXPECT_EQ(Repr(V(IntSet({10}))), "{10}");
  EXPECT_EQ(Repr(V(kb_set_new())), "set()");
  EXPECT_EQ(Repr(V(kb_frozenset_new())), "frozenset()");
  EXPECT_EQ(Repr(V(kb_frozenset_from_iterable(V(IntList({1}))))), "frozenset({1})");
  KbValue big = V(kb_set_from_iterable(V(Tuple({Int("100000000000000000000"), Int("2305843009213693952"), I(-5),
                                                  Int("2305843009213693951"), I(7)}))));
  EXPECT_EQ(Repr(big), "{2305843009213693951, 2305843009213693952, 7, 100000000000000000000, -5}");
}

TEST_F(RuntimeSet, HundredRandomIntsWithRemovalsAndGrowth) {
  KbSet* s = IntSet(kRandom);
  EXPECT_EQ(kb_set_len(s), 100);
  EXPECT_EQ(Order(s),
            "[42496, 45576, 60936, 13838, 99365, 69677, 75826, 98867, 36919, 79930, 62012, 60481, 22084, 74827, "
            "12365, 49229, 31318, 84062, 38499, 19558, 27243, 91756, 47731, 94837, 81015, 79992, 62074, 60030, "
            "70271, 53382, 53896, 5796, 90281, 40110, 18097, 23218, 189, 39626, 48330, 39116, 718, -304, 32481, "
            "78050, 91362, 24805, 95979, 8428, 25840, 2801, 15606, -768, 20739, 80644, 46341, 48906, 27407, 20752, "
            "52497, 38162, 51991, 43288, 22811, 1827, 17188, 87844, 33578, 35632, 87858, 45877, 70967, 77116, "
            "32578, 6471, 22865, 26453, 20821, 1368, 7537, 68473, 50044, 46996, 89498, 31643, 45993, 89523, 31680, "
            "40391, 16333, 1997, 19919, -557, 57305, 96227, 7653, 25068, 84463, 58352, 74227, 97277]");
  for (size_t i = 0; i < 40; ++i) kb_set_discard(s, I(kRandom[i]));
  EXPECT_EQ(Order(s),
            "[42496, 45576, 60936, 69677, 75826, 36919, 62012, 22084, 74827, 49229, 38499, 27243, 91756, 81015, "
            "62074, 53382, 53896, 90281, 40110, 18097, 23218, 189, 39626, 48330, 39116, -304, 78050, 91362, 24805, "
            "25840, -768, 20739, 46341, 20752, 38162, 51991, 43288, 22811, 1827, 87844, 33578, 87858, 45877, "
            "70967, 77116, 32578, 6471, 26453, 20821, 1368, 7537, 46996, 89523, 40391, 1997, -557, 7653, 25068, "
            "58352, 97277]");
  kb_set_update(s, Range(0, 50));
  EXPECT_EQ(Order(s),
            "[42496, 0, 1, 2, 3, 4, 5, 6, 45576, 60936, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, "
            "23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 69677, 42, 43, 44, 45, "
            "75826, 46, 47, 48, 49, 36919, 62012, 22084, 74827, 49229, 38499, 27243, 91756, 81015, 62074, 53382, "
            "53896, 90281, 40110, 18097, 23218, 189, 39626, 48330, 39116, -304, 78050, 91362, 24805, 25840, -768, "
            "20739, 46341, 20752, 38162, 51991, 43288, 22811, 1827, 87844, 33578, 87858, 45877, 70967, 77116, "
            "32578, 6471, 26453, 20821, 1368, 7537, 46996, 89523, 40391, 1997, -557, 7653, 25068, 58352, 97277]");
}

TEST_F(RuntimeSet, Operations) {
  KbSet* a = kb_set_from_iterable(Range(0, 40, 3));
  KbSet* b = kb_set_from_iterable(Range(0, 60, 4));
  EXPECT_EQ(Order(reinterpret_cast<KbSet*>(kb_set_or(V(a), V(b)))),
            "[0, 3, 4, 6, 8, 9, 12, 15, 16, 18, 20, 21, 24, 27, 28, 30, 32, 33, 36, 39, 40, 44, 48, 52, 56]");
  EXPECT_EQ(Order(reinterpret_cast<KbSet*>(kb_set_and(V(a), V(b)))), "[0, 24, 36, 12]");
  EXPECT_EQ(Order(reinterpret_cast<KbSet*>(kb_set_sub(V(a), V(b)))), "[33, 3, 6, 39, 9, 15, 18, 21, 27, 30]");
  EXPECT_EQ(Order(reinterpret_cast<KbSet*>(kb_set_xor(V(a), V(b)))),
            "[3, 4, 6, 8, 9, 15, 16, 18, 20, 21, 27, 28, 30, 32, 33, 39, 40, 44, 48, 52, 56]");
  EXPECT_EQ(Order(reinterpret_cast<KbSet*>(kb_set_sub(V(b), V(a)))), "[32, 4, 8, 40, 44, 16, 48, 20, 52, 56, 28]");
  EXPECT_EQ(Order(reinterpret_cast<KbSet*>(kb_set_xor(V(b), V(a)))),
            "[3, 4, 6, 8, 9, 15, 16, 18, 20, 21, 27, 28, 30, 32, 33, 39, 40, 44, 48, 52, 56]");
  KbSet* c = kb_set_copy(a);
  EXPECT_EQ(kb_set_isub(V(c), V(kb_set_from_iterable(Range(0, 30)))), V(c));
  EXPECT_EQ(Order(c), "[33, 36, 39, 30]");
  EXPECT_EQ(RaisedBy([&] { kb_set_or(V(a), V(IntList({1}))); }),
            "TypeError: unsupported operand type(s) for |: 'set' and 'list'");
  // Methods take any iterable.
  EXPECT_EQ(Order(kb_set_union(IntSet({1}), V(IntList({2, 3})))), "[1, 2, 3]");
  EXPECT_EQ(Order(kb_set_intersection(IntSet({1, 2, 3}), V(IntList({3, 2, 9})))), "[2, 3]");
  // The kept object is the one from the smaller set: {1} & {1.0, 2} is {1}.
  KbSet* floats = kb_set_from_iterable(V(Tuple({F(1.0), I(2)})));
  EXPECT_EQ(Repr(kb_set_and(V(IntSet({1})), V(floats))), "{1}");
  EXPECT_EQ(Repr(kb_set_and(V(floats), V(IntSet({1})))), "{1}");
  KbSet* fa = kb_frozenset_from_iterable(V(IntList({1, 2})));
  EXPECT_EQ(Repr(kb_set_or(V(fa), V(IntSet({3})))), "frozenset({1, 2, 3})");
  EXPECT_EQ(Repr(kb_set_ior(V(fa), V(IntSet({3})))), "frozenset({1, 2, 3})");
  EXPECT_EQ(Repr(V(fa)), "frozenset({1, 2})");
}

TEST_F(RuntimeSet, PopRemoveAndPredicates) {
  KbSet* s = kb_set_from_iterable(Range(0, 20));
  std::string popped;
  for (int i = 0; i < 5; ++i) popped += Repr(kb_set_pop(s)) + " ";
  EXPECT_EQ(popped, "0 1 2 3 4 ");
  EXPECT_EQ(Order(s), "[5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]");
  EXPECT_EQ(RaisedBy([] { kb_set_pop(kb_set_new()); }), "KeyError: 'pop from an empty set'");
  EXPECT_EQ(RaisedBy([] { kb_set_remove(kb_set_new(), V(S("x"))); }), "KeyError: 'x'");
  EXPECT_EQ(RaisedBy([] { kb_set_add(kb_set_new(), V(kb_list_new(KB_ELEM_VALUE, 0))); }),
            "TypeError: unhashable type: 'list'");
  EXPECT_TRUE(kb_set_contains(IntSet({1, 2}), F(2.0)));
  EXPECT_TRUE(kb_set_contains(IntSet({1, 2}), V(&kb_True)));
  EXPECT_TRUE(kb_set_issubset(IntSet({1, 2}), V(IntList({2, 1, 5}))));
  EXPECT_FALSE(kb_set_issubset(IntSet({1, 7}), V(IntList({2, 1, 5}))));
  EXPECT_TRUE(kb_set_issuperset(IntSet({1, 2, 3}), V(IntList({3, 1}))));
  EXPECT_TRUE(kb_set_isdisjoint(IntSet({1, 2}), V(IntList({3, 4}))));
  EXPECT_FALSE(kb_set_isdisjoint(IntSet({1, 2}), V(IntSet({2}))));
  EXPECT_TRUE(kb_object_eq(V(IntSet({1, 2})), V(kb_frozenset_from_iterable(V(IntList({2, 1}))))));
  EXPECT_TRUE(kb_object_compare(V(IntSet({1})), V(IntSet({1, 2})), KB_LT));
  EXPECT_FALSE(kb_object_compare(V(IntSet({1, 2})), V(IntSet({1, 2})), KB_LT));
  EXPECT_TRUE(kb_object_compare(V(IntSet({1, 2})), V(IntSet({1, 2})), KB_GE));
  // A set key is looked up as a frozenset.
  KbSet* of_frozen = kb_set_new();
  kb_set_add(of_frozen, V(kb_frozenset_from_iterable(V(IntList({1})))));
  EXPECT_TRUE(kb_set_contains(of_frozen, V(IntSet({1}))));
}

TEST_F(RuntimeSet, IterationDetectsChanges) {
  KbSet* s = IntSet({1, 2, 3});
  KbSetIter it;
  kb_set_iter_init(&it, s);
  KbValue key;
  ASSERT_TRUE(kb_set_iter_next(&it, &key));
  kb_set_add(s, I(4));
  EXPECT_EQ(RaisedBy([&] { kb_set_iter_next(&it, &key); }), "RuntimeError: Set changed size during iteration");
}
