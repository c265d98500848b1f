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

KbList* Values(std::initializer_list<KbValue> items) {
  KbList* l = kb_list_new(KB_ELEM_VALUE, 0);
  for (KbValue v : items) kb_list_append_value(l, v);
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

// Random chains of set operations over ints, strs, tuples and floats; the
// expected orders come from running the same chains under CPython 3.11 with
// PYTHONHASHSEED=0 (generator: a seeded random script, see the commit).
TEST_F(RuntimeSet, RandomOperationChainsMatchCPythonOrder) {
  {  // scenario 0 (tuple)
    KbSet* a = kb_set_from_iterable(V(Values({V(Tuple({I(8), I(7)})), V(Tuple({I(7), I(8)})), V(Tuple({I(9), I(3)})), V(Tuple({I(2), I(8)})), V(Tuple({I(7), I(9)})), V(Tuple({I(2), I(1)})), V(Tuple({I(7), I(4)})), V(Tuple({I(2), I(1)})), V(Tuple({I(8), I(0)})), V(Tuple({I(9), I(6)})), V(Tuple({I(7), I(9)})), V(Tuple({I(2), I(9)})), V(Tuple({I(0), I(8)})), V(Tuple({I(1), I(0)})), V(Tuple({I(0), I(3)})), V(Tuple({I(3), I(9)})), V(Tuple({I(0), I(7)})), V(Tuple({I(5), I(7)})), V(Tuple({I(9), I(3)})), V(Tuple({I(8), I(3)})), V(Tuple({I(4), I(7)})), V(Tuple({I(0), I(1)})), V(Tuple({I(7), I(4)})), V(Tuple({I(6), I(8)})), V(Tuple({I(1), I(4)})), V(Tuple({I(5), I(3)})), V(Tuple({I(8), I(4)})), V(Tuple({I(0), I(1)})), V(Tuple({I(9), I(1)})), V(Tuple({I(6), I(1)})), V(Tuple({I(4), I(6)})), V(Tuple({I(1), I(0)})), V(Tuple({I(0), I(3)})), V(Tuple({I(3), I(0)})), V(Tuple({I(7), I(6)})), V(Tuple({I(6), I(6)})), V(Tuple({I(1), I(9)})), V(Tuple({I(3), I(4)})), V(Tuple({I(5), I(1)})), V(Tuple({I(4), I(5)})), V(Tuple({I(0), I(6)})), V(Tuple({I(1), I(2)})), V(Tuple({I(3), I(1)})), V(Tuple({I(0), I(0)})), V(Tuple({I(7), I(7)})), V(Tuple({I(2), I(8)})), V(Tuple({I(3), I(7)})), V(Tuple({I(8), I(3)})), V(Tuple({I(2), I(6)})), V(Tuple({I(6), I(1)})), V(Tuple({I(6), I(6)})), V(Tuple({I(3), I(0)})), V(Tuple({I(4), I(9)})), V(Tuple({I(4), I(0)})), V(Tuple({I(3), I(2)}))})));
    kb_set_isub(V(a), V(kb_set_from_iterable(V(Values({V(Tuple({I(9), I(1)})), V(Tuple({I(0), I(2)})), V(Tuple({I(3), I(7)})), V(Tuple({I(4), I(0)})), V(Tuple({I(9), I(5)})), V(Tuple({I(4), I(6)})), V(Tuple({I(1), I(1)})), V(Tuple({I(1), I(3)})), V(Tuple({I(9), I(3)})), V(Tuple({I(0), I(9)})), V(Tuple({I(5), I(5)})), V(Tuple({I(9), I(7)})), V(Tuple({I(2), I(9)})), V(Tuple({I(7), I(9)})), V(Tuple({I(2), I(6)})), V(Tuple({I(2), I(2)})), V(Tuple({I(4), I(3)})), V(Tuple({I(9), I(3)})), V(Tuple({I(3), I(2)})), V(Tuple({I(8), I(3)})), V(Tuple({I(6), I(7)})), V(Tuple({I(9), I(1)})), V(Tuple({I(6), I(0)})), V(Tuple({I(1), I(1)})), V(Tuple({I(0), I(8)})), V(Tuple({I(4), I(3)})), V(Tuple({I(6), I(4)})), V(Tuple({I(6), I(9)})), V(Tuple({I(7), I(4)})), V(Tuple({I(8), I(2)})), V(Tuple({I(1), I(2)})), V(Tuple({I(3), I(7)})), V(Tuple({I(8), I(9)})), V(Tuple({I(9), I(1)})), V(Tuple({I(4), I(3)})), V(Tuple({I(3), I(0)})), V(Tuple({I(1), I(4)})), V(Tuple({I(6), I(7)}))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[(3, 4), (3, 1), (4, 9), (5, 1), (8, 0), (5, 7), (1, 0), (1, 9), (2, 8), (7, 7), (6, 8), (4, 5), (3, 9), (5, 3), (0, 1), (0, 7), (2, 1), (6, 1), (7, 6), (4, 7), (8, 4), (0, 0), (8, 7), (9, 6), (0, 3), (0, 6), (6, 6), (7, 8)]") << "step 0";
    kb_set_update(a, V(Values({V(Tuple({I(0), I(2)})), V(Tuple({I(4), I(5)})), V(Tuple({I(8), I(9)}))})));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[(3, 4), (3, 1), (4, 9), (5, 1), (8, 0), (5, 7), (0, 2), (8, 9), (1, 0), (1, 9), (2, 8), (7, 7), (6, 8), (4, 5), (3, 9), (5, 3), (0, 1), (0, 7), (2, 1), (6, 1), (7, 6), (4, 7), (8, 4), (0, 0), (8, 7), (9, 6), (0, 3), (0, 6), (6, 6), (7, 8)]") << "step 1";
    kb_set_pop(a);
    kb_set_pop(a);
    kb_set_pop(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[(5, 1), (8, 0), (5, 7), (0, 2), (8, 9), (1, 0), (1, 9), (2, 8), (7, 7), (6, 8), (4, 5), (3, 9), (5, 3), (0, 1), (0, 7), (2, 1), (6, 1), (7, 6), (4, 7), (8, 4), (0, 0), (8, 7), (9, 6), (0, 3), (0, 6), (6, 6), (7, 8)]") << "step 2";
    kb_set_ixor(V(a), V(kb_set_from_iterable(V(Values({V(Tuple({I(4), I(0)})), V(Tuple({I(0), I(9)})), V(Tuple({I(1), I(7)})), V(Tuple({I(1), I(4)})), V(Tuple({I(5), I(2)})), V(Tuple({I(1), I(1)})), V(Tuple({I(7), I(8)})), V(Tuple({I(5), I(0)})), V(Tuple({I(2), I(5)})), V(Tuple({I(5), I(1)})), V(Tuple({I(7), I(1)})), V(Tuple({I(6), I(0)})), V(Tuple({I(7), I(9)})), V(Tuple({I(0), I(9)})), V(Tuple({I(6), I(6)})), V(Tuple({I(9), I(0)})), V(Tuple({I(9), I(1)})), V(Tuple({I(1), I(1)})), V(Tuple({I(1), I(4)})), V(Tuple({I(6), I(5)})), V(Tuple({I(6), I(9)})), V(Tuple({I(7), I(7)}))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[(4, 0), (8, 0), (5, 7), (0, 2), (8, 9), (1, 0), (2, 5), (1, 9), (2, 8), (7, 1), (6, 5), (6, 8), (4, 5), (3, 9), (5, 0), (5, 3), (9, 1), (0, 1), (0, 7), (2, 1), (6, 1), (7, 9), (7, 6), (4, 7), (5, 2), (9, 0), (8, 4), (0, 0), (8, 7), (9, 6), (0, 3), (1, 1), (0, 9), (1, 4), (0, 6), (1, 7), (6, 0), (6, 9)]") << "step 3";
    kb_set_ixor(V(a), V(kb_set_from_iterable(V(Values({V(Tuple({I(1), I(8)})), V(Tuple({I(8), I(0)})), V(Tuple({I(4), I(9)})), V(Tuple({I(1), I(7)})), V(Tuple({I(0), I(3)})), V(Tuple({I(1), I(7)})), V(Tuple({I(9), I(7)})), V(Tuple({I(4), I(0)})), V(Tuple({I(5), I(4)})), V(Tuple({I(2), I(9)})), V(Tuple({I(3), I(8)})), V(Tuple({I(2), I(5)})), V(Tuple({I(7), I(7)})), V(Tuple({I(3), I(5)})), V(Tuple({I(6), I(4)})), V(Tuple({I(3), I(6)})), V(Tuple({I(3), I(3)})), V(Tuple({I(6), I(3)})), V(Tuple({I(9), I(5)})), V(Tuple({I(3), I(2)})), V(Tuple({I(2), I(7)})), V(Tuple({I(5), I(0)})), V(Tuple({I(1), I(4)})), V(Tuple({I(2), I(1)})), V(Tuple({I(7), I(7)})), V(Tuple({I(4), I(3)})), V(Tuple({I(6), I(6)})), V(Tuple({I(8), I(7)})), V(Tuple({I(5), I(9)})), V(Tuple({I(7), I(5)})), V(Tuple({I(1), I(0)})), V(Tuple({I(4), I(9)})), V(Tuple({I(0), I(4)})), V(Tuple({I(9), I(5)}))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[(4, 3), (5, 4), (4, 9), (5, 7), (9, 5), (0, 2), (8, 9), (1, 9), (2, 8), (7, 1), (7, 7), (6, 5), (6, 8), (4, 5), (3, 3), (3, 9), (3, 6), (5, 3), (5, 9), (9, 1), (9, 7), (0, 1), (0, 7), (0, 4), (2, 7), (6, 1), (1, 8), (6, 4), (7, 9), (7, 6), (3, 2), (4, 7), (3, 5), (5, 2), (9, 0), (3, 8), (8, 4), (0, 0), (9, 6), (1, 1), (0, 9), (0, 6), (2, 9), (6, 0), (6, 6), (7, 5), (6, 3), (6, 9)]") << "step 4";
    kb_set_ior(V(a), V(kb_set_from_iterable(V(Values({V(Tuple({I(0), I(2)})), V(Tuple({I(6), I(7)})), V(Tuple({I(3), I(0)})), V(Tuple({I(4), I(3)})), V(Tuple({I(2), I(0)})), V(Tuple({I(1), I(7)})), V(Tuple({I(1), I(8)})), V(Tuple({I(5), I(1)})), V(Tuple({I(3), I(3)})), V(Tuple({I(7), I(4)})), V(Tuple({I(2), I(0)})), V(Tuple({I(7), I(8)})), V(Tuple({I(0), I(2)})), V(Tuple({I(3), I(4)})), V(Tuple({I(5), I(8)})), V(Tuple({I(8), I(8)})), V(Tuple({I(9), I(2)})), V(Tuple({I(6), I(3)})), V(Tuple({I(1), I(6)})), V(Tuple({I(6), I(2)})), V(Tuple({I(7), I(7)})), V(Tuple({I(3), I(0)})), V(Tuple({I(6), I(8)})), V(Tuple({I(9), I(8)})), V(Tuple({I(5), I(7)})), V(Tuple({I(5), I(3)})), V(Tuple({I(1), I(1)})), V(Tuple({I(3), I(3)})), V(Tuple({I(6), I(1)})), V(Tuple({I(4), I(8)})), V(Tuple({I(5), I(4)})), V(Tuple({I(0), I(5)})), V(Tuple({I(8), I(1)})), V(Tuple({I(0), I(7)})), V(Tuple({I(5), I(8)})), V(Tuple({I(6), I(4)}))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[(4, 9), (5, 4), (5, 1), (9, 2), (8, 9), (9, 8), (0, 5), (1, 9), (2, 8), (7, 4), (6, 2), (7, 1), (6, 8), (3, 0), (3, 9), (4, 8), (3, 6), (5, 3), (9, 1), (0, 7), (8, 8), (0, 4), (1, 8), (6, 4), (3, 2), (3, 8), (8, 4), (0, 0), (8, 1), (0, 9), (0, 6), (6, 6), (7, 5), (6, 3), (3, 4), (4, 3), (5, 7), (9, 5), (0, 2), (1, 6), (7, 7), (6, 5), (4, 5), (3, 3), (5, 9), (9, 7), (0, 1), (2, 7), (6, 1), (7, 9), (6, 7), (7, 6), (4, 7), (3, 5), (5, 2), (9, 0), (5, 8), (9, 6), (1, 1), (2, 0), (2, 9), (1, 7), (6, 0), (6, 9), (7, 8)]") << "step 5";
  }
  {  // scenario 1 (tuple)
    KbSet* a = kb_set_from_iterable(V(Values({V(Tuple({I(0), I(3)})), V(Tuple({I(1), I(6)})), V(Tuple({I(0), I(2)})), V(Tuple({I(8), I(5)})), V(Tuple({I(2), I(7)})), V(Tuple({I(2), I(8)})), V(Tuple({I(8), I(7)})), V(Tuple({I(7), I(9)})), V(Tuple({I(1), I(3)})), V(Tuple({I(7), I(8)})), V(Tuple({I(8), I(4)})), V(Tuple({I(8), I(2)})), V(Tuple({I(8), I(8)})), V(Tuple({I(8), I(4)})), V(Tuple({I(4), I(6)})), V(Tuple({I(9), I(3)})), V(Tuple({I(4), I(2)})), V(Tuple({I(8), I(8)})), V(Tuple({I(4), I(9)})), V(Tuple({I(7), I(3)})), V(Tuple({I(6), I(8)})), V(Tuple({I(1), I(8)})), V(Tuple({I(0), I(9)})), V(Tuple({I(6), I(0)})), V(Tuple({I(8), I(0)})), V(Tuple({I(8), I(6)})), V(Tuple({I(8), I(9)})), V(Tuple({I(1), I(7)})), V(Tuple({I(1), I(2)})), V(Tuple({I(1), I(8)})), V(Tuple({I(7), I(6)})), V(Tuple({I(6), I(4)})), V(Tuple({I(3), I(7)})), V(Tuple({I(7), I(2)})), V(Tuple({I(5), I(6)})), V(Tuple({I(7), I(8)})), V(Tuple({I(5), I(1)})), V(Tuple({I(3), I(6)})), V(Tuple({I(9), I(0)})), V(Tuple({I(4), I(2)})), V(Tuple({I(0), I(0)})), V(Tuple({I(3), I(2)})), V(Tuple({I(3), I(0)})), V(Tuple({I(4), I(5)})), V(Tuple({I(5), I(3)})), V(Tuple({I(9), I(7)})), V(Tuple({I(1), I(7)})), V(Tuple({I(9), I(1)})), V(Tuple({I(8), I(9)})), V(Tuple({I(4), I(3)})), V(Tuple({I(8), I(6)})), V(Tuple({I(0), I(6)})), V(Tuple({I(6), I(8)})), V(Tuple({I(9), I(2)})), V(Tuple({I(8), I(3)})), V(Tuple({I(8), I(3)})), V(Tuple({I(8), I(3)})), V(Tuple({I(8), I(9)}))})));
    a = reinterpret_cast<KbSet*>(kb_set_and(V(a), V(kb_set_from_iterable(V(Values({V(Tuple({I(3), I(5)})), V(Tuple({I(2), I(5)})), V(Tuple({I(9), I(5)})), V(Tuple({I(3), I(3)})), V(Tuple({I(3), I(1)})), V(Tuple({I(2), I(3)})), V(Tuple({I(2), I(1)})), V(Tuple({I(4), I(6)}))}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[(4, 6)]") << "step 0";
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[(4, 6)]") << "step 1";
    kb_set_pop(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 2";
    kb_set_isub(V(a), V(kb_set_from_iterable(V(Values({V(Tuple({I(7), I(3)})), V(Tuple({I(1), I(6)})), V(Tuple({I(9), I(0)})), V(Tuple({I(1), I(9)})), V(Tuple({I(1), I(3)})), V(Tuple({I(4), I(7)})), V(Tuple({I(6), I(8)})), V(Tuple({I(0), I(3)})), V(Tuple({I(6), I(0)})), V(Tuple({I(1), I(4)})), V(Tuple({I(4), I(4)})), V(Tuple({I(5), I(8)})), V(Tuple({I(8), I(8)})), V(Tuple({I(6), I(8)})), V(Tuple({I(9), I(1)})), V(Tuple({I(7), I(1)})), V(Tuple({I(8), I(9)})), V(Tuple({I(0), I(6)})), V(Tuple({I(2), I(6)})), V(Tuple({I(7), I(2)})), V(Tuple({I(7), I(8)})), V(Tuple({I(9), I(9)})), V(Tuple({I(0), I(6)})), V(Tuple({I(7), I(6)})), V(Tuple({I(4), I(8)})), V(Tuple({I(6), I(9)})), V(Tuple({I(4), I(5)})), V(Tuple({I(8), I(4)})), V(Tuple({I(7), I(4)})), V(Tuple({I(8), I(4)})), V(Tuple({I(4), I(0)})), V(Tuple({I(0), I(3)}))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 3";
    a = reinterpret_cast<KbSet*>(kb_set_and(V(a), V(kb_set_from_iterable(V(Values({V(Tuple({I(2), I(6)})), V(Tuple({I(6), I(0)}))}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 4";
    kb_set_iand(V(a), V(kb_set_from_iterable(V(Values({V(Tuple({I(0), I(9)})), V(Tuple({I(5), I(1)})), V(Tuple({I(3), I(6)})), V(Tuple({I(7), I(4)})), V(Tuple({I(3), I(0)})), V(Tuple({I(8), I(1)})), V(Tuple({I(7), I(2)})), V(Tuple({I(3), I(9)})), V(Tuple({I(1), I(0)})), V(Tuple({I(9), I(6)})), V(Tuple({I(7), I(1)})), V(Tuple({I(3), I(0)})), V(Tuple({I(5), I(8)})), V(Tuple({I(2), I(1)})), V(Tuple({I(5), I(7)})), V(Tuple({I(2), I(6)})), V(Tuple({I(7), I(9)})), V(Tuple({I(4), I(9)})), V(Tuple({I(6), I(5)})), V(Tuple({I(8), I(2)})), V(Tuple({I(4), I(2)})), V(Tuple({I(3), I(7)})), V(Tuple({I(1), I(8)})), V(Tuple({I(4), I(8)})), V(Tuple({I(9), I(5)}))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 5";
  }
  {  // scenario 2 (str)
    KbSet* a = kb_set_from_iterable(V(Values({V(S("k39")), V(S("k36")), V(S("b")), V(S("b")), V(S("b")), V(S("k32")), V(S("k12")), V(S("k2")), V(S("a")), V(S("c")), V(S("a")), V(S("a")), V(S("b")), V(S("c")), V(S("a")), V(S("hello")), V(S("k15"))})));
    kb_set_iand(V(a), V(kb_set_from_iterable(V(Values({V(S("c")), V(S("c")), V(S("xy")), V(S("a")), V(S("xy")), V(S("b")), V(S("xy")), V(S("xy")), V(S("c")), V(S("k9")), V(S("c")), V(S("hello")), V(S("xy")), V(S("hello")), V(S("xy")), V(S("a")), V(S("a")), V(S("hello")), V(S("xy")), V(S("c")), V(S("a")), V(S("b")), V(S("a")), V(S("xy")), V(S("c")), V(S("b")), V(S("k22")), V(S("c")), V(S("c")), V(S("hello"))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['c', 'a', 'b', 'hello']") << "step 0";
    a = reinterpret_cast<KbSet*>(kb_set_and(V(a), V(kb_set_from_iterable(V(Values({V(S("hello")), V(S("xy")), V(S("b")), V(S("k25")), V(S("b")), V(S("c")), V(S("a")), V(S("k23")), V(S("hello")), V(S("b")), V(S("c")), V(S("hello")), V(S("hello")), V(S("b")), V(S("a")), V(S("c")), V(S("b"))}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['c', 'a', 'b', 'hello']") << "step 1";
    a = reinterpret_cast<KbSet*>(kb_set_or(V(a), V(kb_set_from_iterable(V(Values({V(S("b")), V(S("c")), V(S("k1"))}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k1', 'c', 'a', 'hello', 'b']") << "step 2";
    a = kb_set_copy(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k1', 'c', 'a', 'hello', 'b']") << "step 3";
    a = reinterpret_cast<KbSet*>(kb_set_xor(V(a), V(kb_set_from_iterable(V(Values({V(S("k24")), V(S("c")), V(S("xy")), V(S("hello")), V(S("c")), V(S("xy")), V(S("k19")), V(S("c")), V(S("b")), V(S("xy"))}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k1', 'xy', 'k24', 'a', 'k19']") << "step 4";
    kb_set_add(a, V(S("a")));
    kb_set_add(a, V(S("a")));
    kb_set_add(a, V(S("b")));
    kb_set_add(a, V(S("b")));
    kb_set_add(a, V(S("b")));
    kb_set_add(a, V(S("k38")));
    kb_set_add(a, V(S("hello")));
    kb_set_add(a, V(S("b")));
    kb_set_add(a, V(S("b")));
    kb_set_add(a, V(S("xy")));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k1', 'xy', 'k24', 'a', 'k19', 'hello', 'k38', 'b']") << "step 5";
  }
  {  // scenario 3 (str)
    KbSet* a = kb_set_from_iterable(V(Values({V(S("a")), V(S("k30")), V(S("a")), V(S("hello")), V(S("c")), V(S("b")), V(S("b")), V(S("xy")), V(S("a")), V(S("xy")), V(S("xy")), V(S("c")), V(S("c")), V(S("a")), V(S("c")), V(S("k29")), V(S("c")), V(S("k4")), V(S("a")), V(S("k25")), V(S("k29")), V(S("k7")), V(S("a")), V(S("k24")), V(S("b")), V(S("hello")), V(S("xy")), V(S("k0")), V(S("hello")), V(S("c")), V(S("hello")), V(S("c")), V(S("hello")), V(S("c")), V(S("b")), V(S("k24")), V(S("c")), V(S("c")), V(S("xy"))})));
    a = reinterpret_cast<KbSet*>(kb_set_xor(V(a), V(kb_set_from_iterable(V(Values({V(S("xy")), V(S("a")), V(S("hello")), V(S("b")), V(S("b")), V(S("xy")), V(S("xy")), V(S("k37")), V(S("a")), V(S("a")), V(S("a")), V(S("xy")), V(S("c")), V(S("hello")), V(S("k8")), V(S("b")), V(S("xy")), V(S("xy")), V(S("a")), V(S("hello")), V(S("b"))}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k24', 'k25', 'k37', 'k8', 'k7', 'k29', 'k30', 'k0', 'k4']") << "step 0";
    a = reinterpret_cast<KbSet*>(kb_set_sub(V(a), V(kb_set_from_iterable(V(Values({V(S("a")), V(S("c")), V(S("c")), V(S("k19")), V(S("a")), V(S("xy")), V(S("hello")), V(S("c")), V(S("hello")), V(S("c")), V(S("c")), V(S("b")), V(S("hello")), V(S("hello")), V(S("hello")), V(S("hello")), V(S("hello")), V(S("k1")), V(S("a")), V(S("b")), V(S("hello")), V(S("k26")), V(S("c")), V(S("c")), V(S("xy")), V(S("xy")), V(S("b")), V(S("hello")), V(S("hello")), V(S("hello")), V(S("b")), V(S("hello")), V(S("a")), V(S("c")), V(S("b")), V(S("c")), V(S("b")), V(S("hello"))}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k24', 'k25', 'k0', 'k37', 'k8', 'k4', 'k7', 'k29', 'k30']") << "step 1";
    a = kb_set_copy(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k24', 'k25', 'k0', 'k37', 'k8', 'k4', 'k7', 'k29', 'k30']") << "step 2";
    a = reinterpret_cast<KbSet*>(kb_set_and(V(a), V(kb_set_from_iterable(V(Values({V(S("b"))}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 3";
    kb_set_isub(V(a), V(kb_set_from_iterable(V(Values({V(S("b")), V(S("xy")), V(S("hello")), V(S("b")), V(S("hello")), V(S("c")), V(S("hello")), V(S("a")), V(S("k2")), V(S("xy")), V(S("hello")), V(S("xy")), V(S("xy")), V(S("k39")), V(S("xy")), V(S("xy")), V(S("k29")), V(S("xy")), V(S("hello")), V(S("hello")), V(S("hello")), V(S("xy")), V(S("a")), V(S("a")), V(S("k18")), V(S("xy")), V(S("hello")), V(S("c")), V(S("a"))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 4";
    kb_set_update(a, V(Values({V(S("b")), V(S("xy")), V(S("xy")), V(S("hello")), V(S("hello")), V(S("k19")), V(S("b"))})));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['xy', 'hello', 'k19', 'b']") << "step 5";
  }
  {  // scenario 4 (int)
    KbSet* a = kb_set_from_iterable(V(Values({I(2970), I(4424), I(3402), I(4569), I(1294), I(1766), I(3403), I(4593), I(954), I(537), I(757), I(4206), I(1014), I(964), I(4353), I(4667), I(3662), I(-46), I(2375), I(1948), I(2401), I(145), I(2610), I(1359), I(463), I(3560), I(3636), I(4295), I(3204), I(1107), I(2870), I(4746), I(1840), I(325), I(2458), I(205), I(3676), I(2520), I(2471), I(2607), I(4033), I(1123), I(3821), I(1641), I(1610), I(2369), I(433), I(1551), I(2537), I(2851), I(3820), I(81), I(1358), I(4536), I(1604), I(4317), I(1885), I(1518)})));
    kb_set_add(a, I(2457));
    kb_set_add(a, I(2513));
    kb_set_add(a, I(2193));
    kb_set_add(a, I(3393));
    kb_set_add(a, I(1054));
    kb_set_add(a, I(2693));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[4353, 3204, 2693, 4746, 1294, 1551, 145, 2193, 537, 2970, 2458, 1948, 2457, 1054, 2851, 2471, 2607, 1840, 433, 2610, 3636, 2870, 4536, 954, 4667, 4033, 2369, 3393, 964, 325, 1604, 2375, 4424, 4295, 3402, 3403, 1610, 205, 3662, 1359, 463, 81, -46, 1107, 1358, 2513, 2520, 4569, 3676, 4317, 1885, 2401, 1123, 1766, 3560, 1641, 2537, 3820, 3821, 4206, 1518, 4593, 757, 1014]") << "step 0";
    a = reinterpret_cast<KbSet*>(kb_set_xor(V(a), V(kb_set_from_iterable(V(Values({I(3351), I(597), I(1337), I(1778), I(2466), I(938), I(1559), I(2153), I(1432), I(1878), I(4057), I(2370), I(2188), I(3001), I(4245), I(898), I(4782), I(4176), I(1825), I(2415), I(1429), I(1800), I(2217), I(1035), I(687), I(3740), I(574), I(3557)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[4353, 1800, 1035, 1294, 1551, 1559, 3351, 537, 1054, 1825, 2851, 2607, 1840, 2610, 3636, 2870, 1337, 4667, 574, 2369, 2370, 3393, 1604, 325, 2375, 4424, 3402, 3403, 1610, 3662, 1359, 4176, 81, 1358, 1107, 597, 1878, 3676, 1885, 2401, 1123, 2153, 1641, 4206, 2415, 898, 3204, 2693, 4746, 2188, 145, 2193, 4245, 1429, 1432, 2457, 2970, 2458, 3740, 1948, 2466, 2471, 2217, 938, 4782, 687, 433, 4536, 3001, 954, 4033, 964, 4295, 205, 463, 2513, -46, 2520, 4057, 4569, 4317, 3557, 1766, 3560, 2537, 3820, 3821, 1518, 4593, 1778, 757, 1014]") << "step 1";
    a = reinterpret_cast<KbSet*>(kb_set_or(V(a), V(kb_set_from_iterable(V(Values({I(4298), I(321), I(7), I(4862)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[4353, 7, 1800, 1035, 1294, 1551, 1559, 3351, 537, 1054, 1825, 2851, 2607, 1840, 2610, 3636, 2870, 1337, 4667, 574, 2369, 2370, 3393, 1604, 325, 321, 2375, 4424, 3402, 3403, 1610, 3662, 1359, 4176, 81, 1358, 1107, 597, 1878, 3676, 1885, 2401, 1123, 2153, 1641, 4206, 2415, 898, 3204, 2693, 4746, 2188, 145, 2193, 4245, 1429, 1432, 2457, 2970, 2458, 3740, 1948, 2466, 2471, 2217, 938, 4782, 687, 433, 4536, 3001, 954, 4033, 964, 4295, 4298, 205, 463, 2513, -46, 2520, 4057, 4569, 4317, 3557, 1766, 3560, 2537, 3820, 3821, 1518, 4593, 1778, 757, 1014, 4862]") << "step 2";
    a = reinterpret_cast<KbSet*>(kb_set_and(V(a), V(kb_set_from_iterable(V(Values({I(4351), I(2005), I(3418), I(4607), I(664), I(1297), I(2285), I(1502), I(1964), I(1419), I(2236), I(4440), I(186), I(1476), I(1185), I(225), I(3731), I(4741)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 3";
    kb_set_isub(V(a), V(kb_set_from_iterable(V(Values({})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 4";
    kb_set_ixor(V(a), V(kb_set_from_iterable(V(Values({I(1423), I(474), I(4504)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[4504, 474, 1423]") << "step 5";
  }
  {  // scenario 5 (str)
    KbSet* a = kb_set_from_iterable(V(Values({V(S("a")), V(S("c")), V(S("k32")), V(S("k33")), V(S("b")), V(S("b")), V(S("hello")), V(S("b")), V(S("hello")), V(S("k16")), V(S("c")), V(S("hello")), V(S("hello")), V(S("xy")), V(S("a")), V(S("hello")), V(S("hello")), V(S("b")), V(S("b")), V(S("a"))})));
    a = reinterpret_cast<KbSet*>(kb_set_and(V(a), V(kb_set_from_iterable(V(Values({V(S("hello")), V(S("k28")), V(S("a")), V(S("a")), V(S("hello")), V(S("hello")), V(S("hello")), V(S("a")), V(S("xy")), V(S("k2")), V(S("hello")), V(S("c")), V(S("xy")), V(S("k5")), V(S("b")), V(S("c")), V(S("b")), V(S("k31")), V(S("xy")), V(S("c")), V(S("xy")), V(S("k23")), V(S("k13")), V(S("b")), V(S("hello")), V(S("b")), V(S("hello")), V(S("a")), V(S("xy")), V(S("b")), V(S("xy"))}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['xy', 'b', 'c', 'a', 'hello']") << "step 0";
    a = reinterpret_cast<KbSet*>(kb_set_or(V(a), V(kb_set_from_iterable(V(Values({V(S("xy")), V(S("a")), V(S("b")), V(S("c")), V(S("hello")), V(S("xy")), V(S("a")), V(S("c")), V(S("c")), V(S("b")), V(S("b")), V(S("hello")), V(S("k3")), V(S("hello")), V(S("b")), V(S("xy")), V(S("xy")), V(S("a")), V(S("xy"))}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['xy', 'k3', 'b', 'c', 'a', 'hello']") << "step 1";
    kb_set_iand(V(a), V(kb_set_from_iterable(V(Values({V(S("hello")), V(S("xy")), V(S("xy")), V(S("hello")), V(S("c")), V(S("xy")), V(S("k31")), V(S("xy")), V(S("hello")), V(S("xy")), V(S("a")), V(S("c")), V(S("hello")), V(S("hello")), V(S("k11"))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['xy', 'a', 'c', 'hello']") << "step 2";
    kb_set_ior(V(a), V(kb_set_from_iterable(V(Values({V(S("hello")), V(S("c")), V(S("c")), V(S("b")), V(S("b")), V(S("k15")), V(S("a")), V(S("xy")), V(S("a")), V(S("c")), V(S("hello")), V(S("c")), V(S("hello")), V(S("xy")), V(S("b")), V(S("hello")), V(S("b")), V(S("b")), V(S("xy")), V(S("xy")), V(S("k34")), V(S("hello")), V(S("c")), V(S("k20")), V(S("k28")), V(S("b")), V(S("c")), V(S("k34")), V(S("xy")), V(S("xy")), V(S("c")), V(S("a"))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['xy', 'k28', 'b', 'c', 'a', 'k20', 'k34', 'hello', 'k15']") << "step 3";
    kb_set_ior(V(a), V(kb_set_from_iterable(V(Values({V(S("hello")), V(S("b")), V(S("a")), V(S("hello")), V(S("k0")), V(S("k19")), V(S("b")), V(S("k35")), V(S("k22")), V(S("c")), V(S("k15")), V(S("a")), V(S("a")), V(S("xy")), V(S("xy")), V(S("c")), V(S("xy")), V(S("b")), V(S("xy")), V(S("xy")), V(S("c")), V(S("hello")), V(S("k5"))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k28', 'k19', 'k22', 'b', 'a', 'hello', 'k15', 'xy', 'k35', 'k0', 'c', 'k5', 'k20', 'k34']") << "step 4";
    kb_set_iand(V(a), V(kb_set_from_iterable(V(Values({V(S("xy")), V(S("c")), V(S("c")), V(S("xy")), V(S("c")), V(S("xy")), V(S("a")), V(S("xy")), V(S("c")), V(S("k30")), V(S("c")), V(S("a")), V(S("c")), V(S("c")), V(S("c")), V(S("k16")), V(S("k11")), V(S("xy")), V(S("c")), V(S("a")), V(S("k36")), V(S("a")), V(S("hello")), V(S("xy")), V(S("xy")), V(S("c")), V(S("xy"))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['xy', 'a', 'c', 'hello']") << "step 5";
  }
  {  // scenario 6 (tuple)
    KbSet* a = kb_set_from_iterable(V(Values({V(Tuple({I(6), I(0)})), V(Tuple({I(2), I(8)})), V(Tuple({I(4), I(4)})), V(Tuple({I(7), I(5)})), V(Tuple({I(7), I(0)})), V(Tuple({I(2), I(9)})), V(Tuple({I(3), I(4)})), V(Tuple({I(3), I(4)})), V(Tuple({I(3), I(3)})), V(Tuple({I(8), I(0)})), V(Tuple({I(8), I(6)})), V(Tuple({I(0), I(3)})), V(Tuple({I(8), I(7)})), V(Tuple({I(8), I(1)})), V(Tuple({I(9), I(8)})), V(Tuple({I(5), I(4)})), V(Tuple({I(5), I(1)})), V(Tuple({I(0), I(5)})), V(Tuple({I(3), I(6)})), V(Tuple({I(2), I(3)})), V(Tuple({I(2), I(2)})), V(Tuple({I(5), I(9)})), V(Tuple({I(7), I(9)})), V(Tuple({I(4), I(5)}))})));
    kb_set_isub(V(a), V(kb_set_from_iterable(V(Values({V(Tuple({I(5), I(8)})), V(Tuple({I(7), I(3)})), V(Tuple({I(3), I(5)})), V(Tuple({I(5), I(2)})), V(Tuple({I(8), I(2)})), V(Tuple({I(1), I(1)})), V(Tuple({I(1), I(4)})), V(Tuple({I(1), I(7)})), V(Tuple({I(8), I(7)})), V(Tuple({I(0), I(2)})), V(Tuple({I(9), I(6)})), V(Tuple({I(7), I(0)})), V(Tuple({I(5), I(4)})), V(Tuple({I(6), I(8)})), V(Tuple({I(6), I(4)})), V(Tuple({I(4), I(5)})), V(Tuple({I(5), I(2)})), V(Tuple({I(5), I(3)}))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[(3, 4), (5, 1), (8, 0), (9, 8), (8, 6), (0, 5), (2, 2), (2, 8), (3, 3), (3, 6), (5, 9), (7, 9), (4, 4), (8, 1), (0, 3), (2, 3), (2, 9), (6, 0), (7, 5)]") << "step 0";
    a = reinterpret_cast<KbSet*>(kb_set_and(V(a), V(kb_set_from_iterable(V(Values({V(Tuple({I(9), I(6)})), V(Tuple({I(2), I(9)})), V(Tuple({I(4), I(2)})), V(Tuple({I(2), I(3)})), V(Tuple({I(6), I(9)})), V(Tuple({I(4), I(3)})), V(Tuple({I(2), I(0)})), V(Tuple({I(7), I(9)}))}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[(2, 3), (2, 9), (7, 9)]") << "step 1";
    a = reinterpret_cast<KbSet*>(kb_set_xor(V(a), V(kb_set_from_iterable(V(Values({V(Tuple({I(4), I(4)})), V(Tuple({I(6), I(4)})), V(Tuple({I(6), I(6)})), V(Tuple({I(2), I(0)})), V(Tuple({I(2), I(1)})), V(Tuple({I(0), I(3)})), V(Tuple({I(4), I(5)})), V(Tuple({I(8), I(1)}))}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[(4, 4), (2, 1), (8, 1), (0, 3), (2, 0), (6, 4), (2, 3), (2, 9), (4, 5), (7, 9), (6, 6)]") << "step 2";
    kb_set_isub(V(a), V(kb_set_from_iterable(V(Values({V(Tuple({I(0), I(8)})), V(Tuple({I(7), I(2)})), V(Tuple({I(5), I(1)})), V(Tuple({I(4), I(7)})), V(Tuple({I(4), I(3)})), V(Tuple({I(6), I(9)})), V(Tuple({I(6), I(2)})), V(Tuple({I(9), I(6)})), V(Tuple({I(3), I(8)})), V(Tuple({I(4), I(2)})), V(Tuple({I(7), I(2)})), V(Tuple({I(1), I(8)})), V(Tuple({I(4), I(7)})), V(Tuple({I(6), I(1)})), V(Tuple({I(2), I(5)})), V(Tuple({I(0), I(4)})), V(Tuple({I(9), I(9)})), V(Tuple({I(2), I(4)})), V(Tuple({I(6), I(4)})), V(Tuple({I(5), I(3)})), V(Tuple({I(1), I(7)}))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[(4, 4), (2, 1), (8, 1), (0, 3), (2, 0), (2, 3), (2, 9), (4, 5), (7, 9), (6, 6)]") << "step 3";
    kb_set_update(a, V(Values({V(Tuple({I(8), I(4)})), V(Tuple({I(8), I(0)})), V(Tuple({I(2), I(1)})), V(Tuple({I(0), I(4)})), V(Tuple({I(1), I(0)})), V(Tuple({I(2), I(5)})), V(Tuple({I(7), I(2)})), V(Tuple({I(3), I(6)})), V(Tuple({I(7), I(0)})), V(Tuple({I(6), I(5)})), V(Tuple({I(8), I(6)})), V(Tuple({I(8), I(0)})), V(Tuple({I(3), I(8)})), V(Tuple({I(9), I(9)})), V(Tuple({I(4), I(4)})), V(Tuple({I(3), I(4)})), V(Tuple({I(3), I(7)})), V(Tuple({I(9), I(0)})), V(Tuple({I(2), I(0)})), V(Tuple({I(2), I(8)})), V(Tuple({I(1), I(1)})), V(Tuple({I(4), I(5)})), V(Tuple({I(0), I(8)}))})));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[(3, 4), (3, 7), (8, 0), (8, 6), (1, 0), (0, 8), (2, 5), (2, 8), (6, 5), (4, 5), (3, 6), (0, 4), (2, 1), (7, 0), (7, 9), (4, 4), (3, 8), (9, 0), (8, 4), (8, 1), (9, 9), (1, 1), (0, 3), (2, 0), (2, 3), (2, 9), (7, 2), (6, 6)]") << "step 4";
    kb_set_ior(V(a), V(kb_set_from_iterable(V(Values({V(Tuple({I(8), I(7)})), V(Tuple({I(0), I(3)})), V(Tuple({I(1), I(5)})), V(Tuple({I(0), I(8)}))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[(3, 4), (3, 7), (8, 0), (8, 6), (1, 0), (0, 8), (2, 5), (2, 8), (6, 5), (4, 5), (3, 6), (0, 4), (2, 1), (1, 5), (7, 0), (7, 9), (4, 4), (3, 8), (9, 0), (8, 4), (8, 1), (9, 9), (8, 7), (1, 1), (0, 3), (2, 0), (2, 3), (2, 9), (7, 2), (6, 6)]") << "step 5";
  }
  {  // scenario 7 (str)
    KbSet* a = kb_set_from_iterable(V(Values({V(S("k15")), V(S("xy")), V(S("hello")), V(S("xy")), V(S("k25")), V(S("c")), V(S("a")), V(S("hello")), V(S("b")), V(S("xy")), V(S("hello")), V(S("c")), V(S("c")), V(S("c")), V(S("k4")), V(S("hello")), V(S("c")), V(S("b")), V(S("b")), V(S("k3")), V(S("hello")), V(S("k19")), V(S("b")), V(S("a")), V(S("b")), V(S("c")), V(S("xy")), V(S("a")), V(S("hello")), V(S("xy")), V(S("c")), V(S("b")), V(S("b")), V(S("a")), V(S("a")), V(S("c")), V(S("xy")), V(S("xy")), V(S("k26")), V(S("c")), V(S("k4")), V(S("c")), V(S("c")), V(S("a")), V(S("k9")), V(S("k24")), V(S("b")), V(S("hello")), V(S("xy")), V(S("hello")), V(S("a"))})));
    kb_set_discard(a, V(S("k25")));
    kb_set_discard(a, V(S("k24")));
    kb_set_discard(a, V(S("k4")));
    kb_set_discard(a, V(S("a")));
    kb_set_discard(a, V(S("k9")));
    kb_set_discard(a, V(S("k26")));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['xy', 'k19', 'k3', 'b', 'c', 'hello', 'k15']") << "step 0";
    a = kb_set_copy(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['xy', 'c', 'hello', 'k19', 'k3', 'b', 'k15']") << "step 1";
    kb_set_discard(a, V(S("b")));
    kb_set_discard(a, V(S("c")));
    kb_set_discard(a, V(S("k3")));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['xy', 'hello', 'k19', 'k15']") << "step 2";
    kb_set_isub(V(a), V(kb_set_from_iterable(V(Values({V(S("hello")), V(S("xy")), V(S("c")), V(S("c")), V(S("hello")), V(S("k28")), V(S("c")), V(S("k0")), V(S("b")), V(S("xy")), V(S("b")), V(S("c"))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k19', 'k15']") << "step 3";
    kb_set_isub(V(a), V(kb_set_from_iterable(V(Values({V(S("c")), V(S("hello")), V(S("hello")), V(S("xy")), V(S("a")), V(S("a")), V(S("a")), V(S("k37")), V(S("a")), V(S("xy")), V(S("c")), V(S("xy")), V(S("c")), V(S("k30")), V(S("a")), V(S("a")), V(S("xy")), V(S("k14")), V(S("k34")), V(S("a")), V(S("xy")), V(S("k25")), V(S("hello")), V(S("b")), V(S("c")), V(S("hello"))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k19', 'k15']") << "step 4";
    kb_set_isub(V(a), V(kb_set_from_iterable(V(Values({V(S("a")), V(S("k10")), V(S("k39")), V(S("k16")), V(S("a")), V(S("xy"))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k19', 'k15']") << "step 5";
  }
  {  // scenario 8 (int)
    KbSet* a = kb_set_from_iterable(V(Values({I(2988)})));
    kb_set_iand(V(a), V(kb_set_from_iterable(V(Values({I(842)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 0";
    kb_set_iand(V(a), V(kb_set_from_iterable(V(Values({I(4339), I(4546), I(4321), I(861), I(722), I(2420), I(4105), I(4570), I(970), I(504), I(4602), I(1898), I(1012), I(673), I(4125), I(4145), I(2476), I(2358), I(2839), I(1964), I(1971), I(4789), I(3340), I(3770), I(394), I(1732)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 1";
    a = reinterpret_cast<KbSet*>(kb_set_and(V(a), V(kb_set_from_iterable(V(Values({I(1344), I(4522), I(806), I(3713), I(1077), I(804), I(4076), I(1218), I(1129), I(4573), I(4250), I(1372), I(3279), I(4965), I(924), I(3336), I(37), I(1825), I(1209), I(847), I(3034), I(1232), I(2359), I(4300), I(183), I(3267), I(853), I(3992)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 2";
    kb_set_ior(V(a), V(kb_set_from_iterable(V(Values({I(327), I(3142), I(3359), I(2403), I(591), I(1708), I(2086), I(4346), I(865), I(3384), I(2643), I(3955), I(1618), I(4538), I(1079), I(4602), I(4053), I(745), I(3181), I(2402), I(2140), I(4863), I(2065), I(1752), I(2963), I(641), I(3466), I(3856), I(3101), I(2886), I(3476), I(2685), I(3643), I(906)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[641, 3466, 906, 3856, 2065, 2963, 3476, 3101, 3359, 2086, 1708, 1079, 3384, 4538, 3643, 3142, 327, 2886, 591, 1618, 2643, 4053, 1752, 2140, 865, 2402, 2403, 745, 4346, 3181, 3955, 4602, 2685, 4863]") << "step 3";
    kb_set_add(a, I(4300));
    kb_set_add(a, I(455));
    kb_set_add(a, I(1287));
    kb_set_add(a, I(4274));
    kb_set_add(a, I(3080));
    kb_set_add(a, I(4435));
    kb_set_add(a, I(2593));
    kb_set_add(a, I(3224));
    kb_set_add(a, I(1774));
    kb_set_add(a, I(762));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[641, 1287, 3080, 3466, 906, 3856, 2065, 2963, 3476, 3224, 3101, 3359, 2593, 2086, 1708, 4274, 1079, 3384, 4538, 3643, 3142, 327, 2886, 455, 4300, 591, 1618, 2643, 4435, 4053, 1752, 2140, 865, 2402, 2403, 762, 745, 4346, 3181, 1774, 3955, 4602, 2685, 4863]") << "step 4";
    a = reinterpret_cast<KbSet*>(kb_set_xor(V(a), V(kb_set_from_iterable(V(Values({}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[641, 1287, 3080, 3466, 906, 3856, 2065, 2963, 3476, 3224, 3101, 3359, 2593, 2086, 1708, 4274, 1079, 3384, 4538, 3643, 3142, 327, 2886, 455, 4300, 591, 1618, 2643, 4435, 4053, 1752, 2140, 865, 2402, 2403, 745, 4346, 3181, 1774, 4602, 3955, 762, 2685, 4863]") << "step 5";
  }
  {  // scenario 9 (str)
    KbSet* a = kb_set_from_iterable(V(Values({V(S("a")), V(S("k0")), V(S("c")), V(S("c")), V(S("k38")), V(S("c")), V(S("hello")), V(S("a")), V(S("b")), V(S("a")), V(S("c")), V(S("a")), V(S("c")), V(S("c")), V(S("k27")), V(S("xy")), V(S("c")), V(S("k36")), V(S("a")), V(S("b")), V(S("c")), V(S("c")), V(S("b")), V(S("k18")), V(S("a")), V(S("a"))})));
    kb_set_isub(V(a), V(kb_set_from_iterable(V(Values({V(S("hello")), V(S("c")), V(S("hello")), V(S("hello")), V(S("a")), V(S("xy")), V(S("k21")), V(S("b")), V(S("xy")), V(S("xy")), V(S("k28")), V(S("a")), V(S("c")), V(S("a")), V(S("k22")), V(S("k35")), V(S("k7")), V(S("xy")), V(S("k19")), V(S("a")), V(S("a")), V(S("c")), V(S("b")), V(S("b")), V(S("xy")), V(S("a")), V(S("xy")), V(S("k12")), V(S("xy")), V(S("k27")), V(S("hello")), V(S("a")), V(S("k35")), V(S("hello")), V(S("b")), V(S("c")), V(S("k10")), V(S("xy")), V(S("hello"))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k36', 'k0', 'k18', 'k38']") << "step 0";
    a = reinterpret_cast<KbSet*>(kb_set_sub(V(a), V(kb_set_from_iterable(V(Values({V(S("hello")), V(S("xy")), V(S("hello")), V(S("xy")), V(S("c")), V(S("k5")), V(S("b")), V(S("c")), V(S("hello")), V(S("c")), V(S("c")), V(S("b")), V(S("xy")), V(S("a")), V(S("b")), V(S("hello")), V(S("xy")), V(S("a")), V(S("b")), V(S("a")), V(S("hello")), V(S("a")), V(S("hello")), V(S("hello"))}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k38', 'k18', 'k36', 'k0']") << "step 1";
    kb_set_ixor(V(a), V(kb_set_from_iterable(V(Values({V(S("b")), V(S("c")), V(S("a")), V(S("b")), V(S("b")), V(S("k34")), V(S("c")), V(S("b")), V(S("hello")), V(S("c")), V(S("c")), V(S("k6")), V(S("hello")), V(S("a")), V(S("c")), V(S("b")), V(S("c")), V(S("c")), V(S("hello")), V(S("c")), V(S("a"))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k36', 'b', 'k0', 'k6', 'c', 'a', 'hello', 'k18', 'k34', 'k38']") << "step 2";
    kb_set_ior(V(a), V(kb_set_from_iterable(V(Values({V(S("c"))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k36', 'b', 'k0', 'k6', 'c', 'a', 'hello', 'k18', 'k34', 'k38']") << "step 3";
    a = reinterpret_cast<KbSet*>(kb_set_or(V(a), V(kb_set_from_iterable(V(Values({V(S("b")), V(S("b")), V(S("a")), V(S("k34")), V(S("hello")), V(S("k37")), V(S("c")), V(S("xy")), V(S("k23"))}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k23', 'xy', 'k36', 'b', 'k0', 'k6', 'c', 'a', 'hello', 'k37', 'k18', 'k34', 'k38']") << "step 4";
    a = kb_set_copy(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k23', 'xy', 'k36', 'b', 'k0', 'k6', 'c', 'a', 'hello', 'k37', 'k18', 'k34', 'k38']") << "step 5";
  }
  {  // scenario 10 (float)
    KbSet* a = kb_set_from_iterable(V(Values({F(19.75), F(54.5), F(2.5), F(62.5), F(73.0), F(40.25), F(21.5), F(11.0), F(66.25), F(20.0), F(4.0), F(13.75), F(14.25), F(38.0), F(38.5), F(3.0), F(53.0), F(4.0), F(19.0), F(23.75), F(66.5), F(74.0), F(10.5), F(0.0), F(47.5), F(8.5), F(27.5), F(50.5), F(29.5), F(52.0), F(44.75), F(42.75), F(28.0), F(44.25), F(50.0), F(1.75), F(30.75), F(33.5), F(6.0), F(74.75), F(47.25), F(67.25), F(42.75), F(66.5), F(45.0), F(58.0), F(30.0), F(53.0), F(22.25), F(25.5), F(19.0), F(27.0), F(32.25), F(57.75), F(61.25)})));
    kb_set_update(a, V(Values({F(23.5), F(30.25), F(33.25), F(66.75), F(73.5), F(32.5), F(73.25), F(2.75), F(23.5), F(39.75), F(29.5), F(8.25), F(38.5), F(65.0), F(42.0), F(26.0), F(4.25), F(31.5), F(69.0), F(11.75), F(10.0)})));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[0.0, 1.75, 2.5, 3.0, 4.0, 2.75, 6.0, 26.0, 8.5, 8.25, 10.5, 11.0, 4.25, 13.75, 14.25, 31.5, 11.75, 10.0, 19.75, 20.0, 21.5, 19.0, 23.75, 22.25, 25.5, 23.5, 27.5, 28.0, 29.5, 30.75, 30.0, 27.0, 33.5, 32.25, 30.25, 33.25, 32.5, 38.0, 38.5, 40.25, 39.75, 42.75, 42.0, 44.75, 44.25, 45.0, 47.5, 47.25, 50.5, 50.0, 52.0, 53.0, 54.5, 57.75, 58.0, 61.25, 62.5, 65.0, 66.25, 66.5, 67.25, 66.75, 69.0, 73.0, 74.0, 74.75, 73.5, 73.25]") << "step 0";
    a = reinterpret_cast<KbSet*>(kb_set_sub(V(a), V(kb_set_from_iterable(V(Values({F(31.25), F(56.5), F(27.75), F(5.5), F(53.0), F(71.25), F(17.5), F(47.25), F(45.5), F(8.75), F(9.25), F(49.5), F(17.25), F(53.5), F(29.75), F(43.25), F(26.25), F(48.5), F(36.5), F(71.75), F(8.5), F(60.75), F(1.75), F(6.5), F(63.75), F(4.0), F(48.5), F(8.25), F(54.25), F(20.25), F(18.25), F(8.5)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[0.0, 2.75, 2.5, 3.0, 4.25, 6.0, 10.5, 11.0, 11.75, 13.75, 14.25, 10.0, 19.75, 20.0, 21.5, 19.0, 23.75, 22.25, 25.5, 26.0, 23.5, 27.5, 28.0, 29.5, 31.5, 30.75, 30.0, 27.0, 33.5, 32.25, 30.25, 33.25, 32.5, 38.0, 38.5, 40.25, 39.75, 42.75, 42.0, 44.75, 44.25, 45.0, 47.5, 50.5, 50.0, 52.0, 54.5, 57.75, 58.0, 61.25, 62.5, 65.0, 66.25, 66.5, 67.25, 66.75, 69.0, 73.0, 74.0, 74.75, 73.5, 73.25]") << "step 1";
    kb_set_update(a, V(Values({F(63.0), F(28.75), F(40.75), F(43.75), F(17.5), F(17.25), F(18.0), F(40.75), F(5.25), F(24.5)})));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[0.0, 2.75, 2.5, 3.0, 4.25, 6.0, 5.25, 10.5, 11.0, 11.75, 13.75, 14.25, 10.0, 28.75, 17.5, 17.25, 19.75, 20.0, 21.5, 19.0, 23.75, 22.25, 25.5, 26.0, 23.5, 27.5, 28.0, 29.5, 31.5, 30.75, 30.0, 27.0, 33.5, 32.25, 30.25, 33.25, 32.5, 38.0, 38.5, 40.25, 39.75, 42.75, 42.0, 44.75, 44.25, 45.0, 47.5, 50.5, 50.0, 52.0, 54.5, 57.75, 58.0, 61.25, 62.5, 63.0, 65.0, 66.25, 66.5, 67.25, 66.75, 69.0, 73.0, 74.0, 74.75, 73.5, 73.25, 40.75, 43.75, 18.0, 24.5]") << "step 2";
    kb_set_update(a, V(Values({F(30.25), F(58.0), F(47.0), F(47.5), F(15.25), F(34.75), F(18.5), F(9.0)})));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[0.0, 2.75, 2.5, 3.0, 4.25, 6.0, 5.25, 9.0, 10.5, 11.0, 11.75, 13.75, 14.25, 10.0, 28.75, 17.5, 17.25, 19.75, 20.0, 21.5, 19.0, 23.75, 22.25, 25.5, 26.0, 23.5, 27.5, 28.0, 29.5, 31.5, 30.75, 30.0, 27.0, 33.5, 32.25, 30.25, 33.25, 32.5, 38.0, 38.5, 40.25, 39.75, 42.75, 42.0, 44.75, 44.25, 45.0, 47.5, 50.5, 50.0, 52.0, 47.0, 54.5, 57.75, 58.0, 61.25, 62.5, 63.0, 65.0, 66.25, 66.5, 67.25, 66.75, 69.0, 73.0, 74.0, 74.75, 73.5, 73.25, 40.75, 15.25, 43.75, 18.0, 18.5, 34.75, 24.5]") << "step 3";
    kb_set_pop(a);
    kb_set_pop(a);
    kb_set_pop(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[3.0, 4.25, 6.0, 5.25, 9.0, 10.5, 11.0, 11.75, 13.75, 14.25, 10.0, 28.75, 17.5, 17.25, 19.75, 20.0, 21.5, 19.0, 23.75, 22.25, 25.5, 26.0, 23.5, 27.5, 28.0, 29.5, 31.5, 30.75, 30.0, 27.0, 33.5, 32.25, 30.25, 33.25, 32.5, 38.0, 38.5, 40.25, 39.75, 42.75, 42.0, 44.75, 44.25, 45.0, 47.5, 50.5, 50.0, 52.0, 47.0, 54.5, 57.75, 58.0, 61.25, 62.5, 63.0, 65.0, 66.25, 66.5, 67.25, 66.75, 69.0, 73.0, 74.0, 74.75, 73.5, 73.25, 40.75, 15.25, 43.75, 18.0, 18.5, 34.75, 24.5]") << "step 4";
    kb_set_pop(a);
    kb_set_pop(a);
    kb_set_pop(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[5.25, 9.0, 10.5, 11.0, 11.75, 13.75, 14.25, 10.0, 28.75, 17.5, 17.25, 19.75, 20.0, 21.5, 19.0, 23.75, 22.25, 25.5, 26.0, 23.5, 27.5, 28.0, 29.5, 31.5, 30.75, 30.0, 27.0, 33.5, 32.25, 30.25, 33.25, 32.5, 38.0, 38.5, 40.25, 39.75, 42.75, 42.0, 44.75, 44.25, 45.0, 47.5, 50.5, 50.0, 52.0, 47.0, 54.5, 57.75, 58.0, 61.25, 62.5, 63.0, 65.0, 66.25, 66.5, 67.25, 66.75, 69.0, 73.0, 74.0, 74.75, 73.5, 73.25, 40.75, 15.25, 43.75, 18.0, 18.5, 34.75, 24.5]") << "step 5";
  }
  {  // scenario 11 (int)
    KbSet* a = kb_set_from_iterable(V(Values({I(3792), I(150), I(3545), I(4737), I(3231), I(4401), I(375), I(2258), I(1283)})));
    kb_set_add(a, I(3236));
    kb_set_add(a, I(1683));
    kb_set_add(a, I(110));
    kb_set_add(a, I(148));
    kb_set_add(a, I(1750));
    kb_set_add(a, I(3423));
    kb_set_add(a, I(4039));
    kb_set_add(a, I(4965));
    kb_set_add(a, I(467));
    kb_set_add(a, I(3760));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[4737, 1283, 1683, 148, 150, 3231, 3236, 3760, 4401, 4039, 3792, 2258, 467, 1750, 3545, 3423, 4965, 110, 375]") << "step 0";
    kb_set_pop(a);
    kb_set_pop(a);
    kb_set_pop(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[148, 150, 3231, 3236, 3760, 4401, 4039, 3792, 2258, 467, 1750, 3545, 3423, 4965, 110, 375]") << "step 1";
    kb_set_ixor(V(a), V(kb_set_from_iterable(V(Values({I(2673), I(3976), I(1861), I(1282), I(3786), I(4118), I(4549), I(2314), I(1350), I(2518), I(1876), I(4496), I(4731), I(3256), I(1241), I(2733)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[1282, 3976, 2314, 4496, 148, 150, 4118, 3231, 3236, 2733, 3760, 4401, 3256, 1861, 4549, 4039, 1350, 3786, 3792, 2258, 467, 1876, 1750, 2518, 3545, 1241, 3423, 4965, 110, 2673, 375, 4731]") << "step 2";
    kb_set_ior(V(a), V(kb_set_from_iterable(V(Values({I(-24), I(2793), I(3877), I(4532), I(868), I(4023)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[1282, 3976, 2314, 4496, 148, 150, 4118, 3231, 3236, 3877, 2733, 3760, 4401, 4532, 4023, 3256, 1861, 4549, 4039, 1350, 3786, 3792, 2258, 467, 1876, 1750, 2518, 3545, 1241, 3423, 868, 4965, -24, 2793, 110, 2673, 375, 4731]") << "step 3";
    a = reinterpret_cast<KbSet*>(kb_set_xor(V(a), V(kb_set_from_iterable(V(Values({I(3054), I(-37), I(4017), I(3234), I(2154), I(4027), I(4653), I(4608), I(3736), I(411), I(686), I(2567), I(4025), I(3896), I(455), I(1121), I(172), I(2244), I(4361), I(3576), I(361), I(643), I(2245), I(364), I(1870), I(4727), I(3215), I(291), I(2036), I(1546), I(4078), I(788)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[4608, 1282, 643, 2567, 3976, 4361, 1546, 2314, 3215, 4496, 788, 148, 150, 4118, 3736, 411, 3231, 3234, 291, 3236, 3877, 172, 4653, 686, 2733, 3760, 4017, 4401, 4532, 4023, 3896, 4025, 3256, 4027, 2244, 2245, 1861, 455, 4549, 4039, 1350, 3786, 1870, 3792, 2258, 467, 1876, 1750, 2518, 3545, 1241, -37, 3423, 375, 1121, 868, 4965, -24, 361, 2154, 2793, 364, 3054, 4078, 110, 2673, 2036, 4727, 3576, 4731]") << "step 4";
    kb_set_isub(V(a), V(kb_set_from_iterable(V(Values({I(4497), I(426), I(543), I(3963), I(3900), I(1190), I(2330), I(2538), I(4070), I(4070), I(2755), I(1559), I(1712), I(3604), I(2397), I(998), I(1971), I(2190), I(2388), I(1393), I(913), I(3846)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[4608, 1282, 643, 2567, 3976, 4361, 1546, 2314, 3215, 4496, 788, 148, 150, 4118, 3736, 411, 3231, 3234, 291, 3236, 3877, 172, 4653, 686, 2733, 3760, 4017, 4401, 4532, 4023, 3896, 4025, 3256, 4027, 2244, 2245, 1861, 455, 4549, 4039, 1350, 3786, 1870, 3792, 2258, 467, 1876, 1750, 2518, 3545, 1241, -37, 3423, 375, 1121, 868, 4965, -24, 361, 2154, 2793, 364, 3054, 4078, 110, 2673, 2036, 4727, 3576, 4731]") << "step 5";
  }
  {  // scenario 12 (str)
    KbSet* a = kb_set_from_iterable(V(Values({V(S("a")), V(S("hello")), V(S("xy")), V(S("k39")), V(S("k25")), V(S("k4")), V(S("a")), V(S("c")), V(S("c")), V(S("b")), V(S("k39")), V(S("k16")), V(S("k39")), V(S("k8")), V(S("xy")), V(S("xy")), V(S("hello")), V(S("xy")), V(S("b")), V(S("k24")), V(S("a")), V(S("b")), V(S("b")), V(S("k14")), V(S("a")), V(S("hello")), V(S("c")), V(S("c")), V(S("a")), V(S("k17")), V(S("c")), V(S("a")), V(S("c")), V(S("hello")), V(S("c")), V(S("a")), V(S("a")), V(S("b")), V(S("xy")), V(S("a")), V(S("k6")), V(S("a")), V(S("k30")), V(S("b")), V(S("b"))})));
    a = reinterpret_cast<KbSet*>(kb_set_and(V(a), V(kb_set_from_iterable(V(Values({V(S("xy")), V(S("xy")), V(S("c")), V(S("c")), V(S("hello")), V(S("xy")), V(S("xy")), V(S("xy")), V(S("a")), V(S("xy")), V(S("k30")), V(S("k26")), V(S("k35")), V(S("c")), V(S("hello")), V(S("a")), V(S("a")), V(S("b")), V(S("hello")), V(S("b")), V(S("c")), V(S("k37")), V(S("c"))}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['xy', 'b', 'c', 'a', 'k30', 'hello']") << "step 0";
    a = kb_set_copy(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['xy', 'c', 'a', 'hello', 'k30', 'b']") << "step 1";
    kb_set_discard(a, V(S("xy")));
    kb_set_discard(a, V(S("b")));
    kb_set_discard(a, V(S("k30")));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['c', 'a', 'hello']") << "step 2";
    kb_set_update(a, V(Values({V(S("c")), V(S("hello")), V(S("xy")), V(S("hello")), V(S("xy")), V(S("k30")), V(S("xy")), V(S("k24")), V(S("xy")), V(S("k4")), V(S("c")), V(S("k14")), V(S("hello")), V(S("xy")), V(S("k13")), V(S("b")), V(S("a")), V(S("hello")), V(S("hello")), V(S("a")), V(S("c")), V(S("c")), V(S("hello")), V(S("b")), V(S("c")), V(S("k12")), V(S("a")), V(S("hello"))})));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k24', 'b', 'a', 'k14', 'k30', 'hello', 'k12', 'xy', 'k13', 'c', 'k4']") << "step 3";
    kb_set_add(a, V(S("a")));
    kb_set_add(a, V(S("k37")));
    kb_set_add(a, V(S("k21")));
    kb_set_add(a, V(S("hello")));
    kb_set_add(a, V(S("c")));
    kb_set_add(a, V(S("k16")));
    kb_set_add(a, V(S("xy")));
    kb_set_add(a, V(S("b")));
    kb_set_add(a, V(S("b")));
    kb_set_add(a, V(S("c")));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k24', 'b', 'a', 'k37', 'k16', 'k14', 'k30', 'hello', 'k12', 'xy', 'k21', 'k13', 'c', 'k4']") << "step 4";
    kb_set_ixor(V(a), V(kb_set_from_iterable(V(Values({V(S("k10")), V(S("k31")), V(S("c")), V(S("k26")), V(S("a")), V(S("a")), V(S("xy")), V(S("hello")), V(S("hello")), V(S("c")), V(S("xy")), V(S("a")), V(S("c")), V(S("k34")), V(S("k10")), V(S("b")), V(S("k24")), V(S("b")), V(S("hello")), V(S("hello"))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k37', 'k16', 'k14', 'k30', 'k12', 'k21', 'k26', 'k13', 'k31', 'k10', 'k4', 'k34']") << "step 5";
  }
  {  // scenario 13 (int)
    KbSet* a = kb_set_from_iterable(V(Values({I(3018), I(3208), I(3264), I(1167), I(2498), I(4957), I(1995), I(1642), I(1407), I(158), I(914), I(652), I(168), I(1517), I(2115), I(121), I(3956), I(421), I(4721), I(180), I(2335), I(2658), I(1680), I(2918), I(2584), I(2711), I(1739), I(3832), I(2519), I(176), I(3569), I(4619), I(2255), I(4941)})));
    a = reinterpret_cast<KbSet*>(kb_set_or(V(a), V(kb_set_from_iterable(V(Values({I(1780), I(4445), I(1774), I(4881), I(2567), I(1180), I(2745), I(3554), I(3482), I(1388), I(1443), I(4805), I(1354), I(3825), I(2859), I(4902), I(2802), I(1720), I(2559), I(1805), I(3874), I(2934)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[2567, 3208, 4619, 652, 1805, 1167, 1680, 4881, 914, 2711, 2584, 3482, 1180, 158, 2335, 3874, 1443, 421, 4902, 168, 2859, 176, 180, 1720, 2745, 3264, 2498, 2115, 4805, 3018, 1995, 1739, 4941, 1354, 2255, 2559, 2519, 4957, 4445, 2658, 3554, 2918, 1642, 1388, 1517, 1774, 4721, 3569, 3825, 3956, 2802, 1780, 2934, 3832, 121, 1407]") << "step 0";
    kb_set_add(a, I(3988));
    kb_set_add(a, I(335));
    kb_set_add(a, I(463));
    kb_set_add(a, I(4400));
    kb_set_add(a, I(4727));
    kb_set_add(a, I(150));
    kb_set_add(a, I(730));
    kb_set_add(a, I(2604));
    kb_set_add(a, I(312));
    kb_set_add(a, I(4811));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[2567, 3208, 4619, 652, 1805, 1167, 1680, 4881, 914, 3988, 150, 2711, 2584, 3482, 1180, 158, 2335, 3874, 1443, 421, 4902, 168, 2859, 2604, 176, 4400, 180, 1720, 2745, 312, 3264, 2498, 2115, 4805, 3018, 1995, 1739, 4941, 1354, 2255, 2559, 335, 463, 4811, 2519, 730, 4957, 4445, 2658, 3554, 2918, 4727, 1642, 1388, 1517, 1774, 4721, 3569, 3825, 3956, 2802, 1780, 2934, 3832, 121, 1407]") << "step 1";
    kb_set_isub(V(a), V(kb_set_from_iterable(V(Values({I(784), I(3371), I(121), I(4984)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[2567, 3208, 4619, 652, 1805, 1167, 1680, 4881, 914, 3988, 150, 2711, 2584, 3482, 1180, 158, 2335, 3874, 1443, 421, 4902, 168, 2859, 2604, 176, 4400, 180, 1720, 2745, 312, 3264, 2498, 2115, 4805, 3018, 1995, 1739, 4941, 1354, 2255, 2559, 335, 463, 4811, 2519, 730, 4957, 4445, 2658, 3554, 2918, 4727, 1642, 1388, 1517, 1774, 4721, 3569, 3825, 3956, 2802, 1780, 2934, 3832, 1407]") << "step 2";
    kb_set_pop(a);
    kb_set_pop(a);
    kb_set_pop(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[652, 1805, 1167, 1680, 4881, 914, 3988, 150, 2711, 2584, 3482, 1180, 158, 2335, 3874, 1443, 421, 4902, 168, 2859, 2604, 176, 4400, 180, 1720, 2745, 312, 3264, 2498, 2115, 4805, 3018, 1995, 1739, 4941, 1354, 2255, 2559, 335, 463, 4811, 2519, 730, 4957, 4445, 2658, 3554, 2918, 4727, 1642, 1388, 1517, 1774, 4721, 3569, 3825, 3956, 2802, 1780, 2934, 3832, 1407]") << "step 3";
    a = kb_set_copy(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[652, 1805, 1167, 1680, 4881, 914, 3988, 150, 2711, 2584, 3482, 1180, 158, 2335, 3874, 1443, 421, 4902, 1407, 168, 2859, 2604, 176, 4400, 180, 1720, 2745, 312, 3264, 2498, 2115, 4805, 3018, 1995, 1739, 4941, 1354, 2255, 335, 463, 4811, 3832, 2519, 730, 4957, 4445, 2658, 3554, 2918, 1642, 1388, 1517, 1774, 4721, 3569, 3825, 3956, 2802, 1780, 4727, 2934, 2559]") << "step 4";
    kb_set_update(a, V(Values({I(2701), I(4402), I(3444), I(4167), I(4505), I(2488), I(268), I(2320), I(4183), I(2872), I(568), I(4306), I(872), I(59), I(1164), I(3140), I(856), I(3617), I(4557), I(3517), I(4795), I(4428), I(4798), I(408), I(4720), I(1368), I(512), I(3750), I(1934), I(4041), I(1725), I(3611), I(4402), I(2708)})));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[512, 2584, 3611, 3617, 2604, 568, 59, 2115, 3140, 4167, 4183, 2658, 1642, 4720, 4721, 4727, 652, 2701, 1164, 1167, 1680, 2708, 150, 2711, 1180, 158, 3750, 168, 176, 180, 1720, 2745, 4795, 1725, 4798, 3264, 4805, 1739, 4811, 2255, 4306, 730, 1774, 3825, 2802, 1780, 3832, 268, 1805, 2320, 4881, 2335, 3874, 4902, 2859, 4400, 4402, 312, 2872, 1354, 4428, 4941, 335, 856, 1368, 4957, 4445, 2918, 872, 1388, 3956, 3444, 2934, 1407, 1934, 914, 3988, 408, 4505, 3482, 1443, 421, 2488, 3517, 2498, 4041, 3018, 1995, 4557, 463, 2519, 3554, 1517, 3569, 2559]") << "step 5";
  }
  {  // scenario 14 (float)
    KbSet* a = kb_set_from_iterable(V(Values({F(2.25), F(1.5), F(28.0), F(27.25), F(9.25), F(31.0), F(39.75), F(42.5), F(22.5), F(71.5), F(66.75), F(12.75), F(23.5), F(33.5), F(24.0), F(28.5), F(21.0), F(7.25), F(44.0), F(4.25), F(17.75), F(25.75), F(3.75), F(20.75), F(60.5), F(41.0), F(33.0), F(23.5), F(40.75), F(14.5), F(0.75), F(5.5), F(72.0), F(38.75), F(49.0), F(32.25), F(49.5), F(23.5), F(53.0), F(63.25), F(4.5), F(30.5), F(35.5), F(34.5), F(25.5), F(10.5), F(8.25), F(32.0), F(23.75), F(30.25), F(48.75), F(37.0), F(15.25), F(49.0), F(40.75), F(63.0), F(0.75), F(7.5)})));
    kb_set_isub(V(a), V(kb_set_from_iterable(V(Values({F(49.0), F(15.5), F(67.75), F(32.25), F(6.0), F(14.75), F(3.5), F(46.0), F(47.5), F(71.25), F(42.0), F(49.75), F(18.75), F(23.0), F(26.0), F(64.0), F(1.25), F(63.75), F(72.25), F(30.5), F(57.25), F(24.25), F(62.0), F(5.25), F(9.75), F(69.25), F(4.25), F(16.5), F(24.25), F(49.0), F(59.75)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[0.75, 1.5, 2.25, 3.75, 5.5, 4.5, 7.25, 8.25, 9.25, 10.5, 7.5, 12.75, 14.5, 15.25, 17.75, 20.75, 21.0, 22.5, 23.5, 24.0, 25.75, 25.5, 27.25, 28.5, 28.0, 31.0, 33.5, 33.0, 35.5, 34.5, 32.0, 38.75, 39.75, 40.75, 41.0, 42.5, 37.0, 44.0, 48.75, 49.5, 53.0, 60.5, 63.25, 63.0, 66.75, 71.5, 72.0, 23.75, 30.25]") << "step 0";
    kb_set_update(a, V(Values({F(48.0), F(20.75), F(46.5), F(6.5), F(44.75), F(8.5), F(18.75), F(35.25), F(20.75), F(4.75), F(3.5), F(30.75), F(48.75), F(18.5), F(11.0), F(5.75), F(17.75), F(43.75), F(4.75), F(14.25), F(29.25), F(36.5), F(23.0), F(24.25), F(57.5), F(14.25), F(55.75)})));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[0.75, 1.5, 2.25, 3.75, 3.5, 5.5, 4.5, 7.25, 8.25, 9.25, 10.5, 7.5, 12.75, 6.5, 14.5, 15.25, 8.5, 17.75, 18.75, 18.5, 20.75, 21.0, 22.5, 23.5, 24.0, 25.75, 25.5, 27.25, 28.5, 28.0, 4.75, 31.0, 30.75, 33.5, 33.0, 35.5, 34.5, 32.0, 38.75, 39.75, 40.75, 41.0, 42.5, 37.0, 44.0, 44.75, 46.5, 43.75, 48.75, 48.0, 49.5, 35.25, 53.0, 36.5, 55.75, 11.0, 57.5, 60.5, 63.25, 63.0, 66.75, 71.5, 72.0, 14.25, 5.75, 29.25, 23.75, 30.25, 23.0, 24.25]") << "step 1";
    kb_set_update(a, V(Values({F(66.75), F(21.5), F(9.0), F(21.5)})));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[0.75, 1.5, 2.25, 3.75, 3.5, 5.5, 4.5, 7.25, 8.25, 9.25, 10.5, 7.5, 12.75, 6.5, 14.5, 15.25, 8.5, 17.75, 18.75, 18.5, 20.75, 21.0, 22.5, 23.5, 24.0, 25.75, 25.5, 27.25, 28.5, 28.0, 4.75, 31.0, 30.75, 33.5, 33.0, 35.5, 34.5, 32.0, 38.75, 39.75, 40.75, 41.0, 42.5, 37.0, 44.0, 44.75, 46.5, 43.75, 48.75, 48.0, 49.5, 35.25, 9.0, 53.0, 36.5, 55.75, 11.0, 57.5, 60.5, 63.25, 63.0, 66.75, 71.5, 72.0, 14.25, 5.75, 29.25, 21.5, 23.75, 30.25, 23.0, 24.25]") << "step 2";
    a = reinterpret_cast<KbSet*>(kb_set_or(V(a), V(kb_set_from_iterable(V(Values({F(52.25), F(19.0), F(48.25), F(72.5), F(65.0), F(12.25), F(49.5), F(0.5), F(60.5), F(39.25), F(5.0), F(3.5), F(24.75), F(42.75), F(1.0), F(54.0), F(50.0), F(37.0), F(69.25), F(36.5), F(16.75), F(20.5), F(49.0), F(47.5)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[0.75, 1.5, 2.25, 3.75, 3.5, 5.5, 4.5, 7.25, 8.25, 9.25, 10.5, 7.5, 12.75, 6.5, 14.5, 15.25, 8.5, 17.75, 18.75, 18.5, 20.75, 21.0, 22.5, 23.5, 24.0, 25.75, 25.5, 27.25, 28.5, 28.0, 4.75, 31.0, 30.75, 33.5, 33.0, 35.5, 34.5, 32.0, 38.75, 39.75, 40.75, 41.0, 42.5, 37.0, 44.0, 44.75, 46.5, 43.75, 48.75, 48.0, 49.5, 9.0, 47.5, 53.0, 48.25, 55.75, 11.0, 57.5, 50.0, 52.25, 60.5, 12.25, 54.0, 63.25, 63.0, 65.0, 66.75, 69.25, 71.5, 72.0, 14.25, 72.5, 16.75, 19.0, 20.5, 21.5, 23.75, 23.0, 24.25, 24.75, 5.75, 5.0, 29.25, 30.25, 0.5, 1.0, 35.25, 36.5, 39.25, 42.75, 49.0]") << "step 3";
    a = reinterpret_cast<KbSet*>(kb_set_xor(V(a), V(kb_set_from_iterable(V(Values({F(5.0), F(33.75), F(36.25), F(38.0), F(37.25), F(31.25)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[0.75, 1.5, 2.25, 3.75, 3.5, 0.5, 5.5, 4.5, 7.25, 8.25, 9.25, 10.5, 7.5, 12.75, 6.5, 14.5, 15.25, 8.5, 17.75, 18.75, 18.5, 20.75, 21.0, 22.5, 23.5, 24.0, 25.75, 25.5, 27.25, 28.5, 28.0, 31.25, 31.0, 33.75, 30.75, 33.5, 36.25, 37.25, 38.0, 33.0, 35.5, 34.5, 38.75, 39.75, 40.75, 41.0, 42.5, 44.0, 44.75, 46.5, 43.75, 48.75, 48.0, 49.5, 9.0, 47.5, 53.0, 48.25, 55.75, 11.0, 57.5, 52.25, 60.5, 12.25, 63.25, 63.0, 65.0, 66.75, 69.25, 71.5, 72.0, 14.25, 72.5, 54.0, 16.75, 19.0, 20.5, 4.75, 21.5, 23.75, 23.0, 24.25, 24.75, 5.75, 29.25, 30.25, 1.0, 32.0, 35.25, 36.5, 37.0, 39.25, 42.75, 49.0, 50.0]") << "step 4";
    a = kb_set_copy(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[0.75, 1.5, 2.25, 3.75, 3.5, 0.5, 5.5, 4.5, 7.25, 8.25, 9.25, 10.5, 7.5, 12.75, 6.5, 14.5, 15.25, 8.5, 17.75, 18.75, 18.5, 20.75, 21.0, 22.5, 23.5, 24.0, 25.75, 25.5, 27.25, 28.5, 28.0, 31.25, 31.0, 33.75, 30.75, 33.5, 36.25, 37.25, 38.0, 33.0, 35.5, 34.5, 38.75, 39.75, 40.75, 41.0, 42.5, 44.0, 44.75, 46.5, 43.75, 48.75, 48.0, 49.5, 9.0, 47.5, 53.0, 48.25, 55.75, 11.0, 57.5, 52.25, 60.5, 12.25, 63.25, 63.0, 65.0, 66.75, 69.25, 71.5, 72.0, 14.25, 72.5, 54.0, 16.75, 19.0, 20.5, 4.75, 21.5, 23.75, 23.0, 24.25, 24.75, 5.75, 29.25, 30.25, 1.0, 32.0, 35.25, 36.5, 37.0, 39.25, 42.75, 49.0, 50.0]") << "step 5";
  }
  {  // scenario 15 (int)
    KbSet* a = kb_set_from_iterable(V(Values({I(3350), I(2916), I(4788), I(4909), I(4676), I(4677), I(2222), I(1868), I(3909), I(2158), I(4635), I(1127), I(2076), I(3257), I(4018), I(4570), I(686), I(1028), I(459), I(3507), I(4691), I(2241), I(1658), I(2594), I(4921), I(3139), I(1518), I(2144), I(3616), I(197), I(2100), I(1482), I(2945), I(4096), I(4911), I(1504), I(4392), I(2102), I(1577), I(3065), I(4510), I(4928), I(2730), I(-42), I(893), I(-42), I(-34)})));
    a = reinterpret_cast<KbSet*>(kb_set_sub(V(a), V(kb_set_from_iterable(V(Values({I(2204), I(3792), I(4103), I(171), I(484), I(3482), I(1854), I(3894), I(1407), I(3742), I(3834), I(3398), I(2146), I(2552), I(4552), I(3206), I(1927), I(2511), I(3742), I(4360), I(1194)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[4096, 2945, 1028, 3350, 4635, 2076, 4510, 3616, 2594, 4392, 1577, 2730, 4909, 2222, 686, 4911, 4018, 3507, 4788, 2100, 2102, 3257, 4921, 4928, 2241, 3139, 4676, 4677, 3909, 197, 1482, 459, 1868, 4691, -42, 4570, -34, 2144, 1504, 2916, 1127, 2158, 1518, 3065, 1658, 893]") << "step 0";
    a = kb_set_copy(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[4096, 2945, 1028, 3350, 4635, 2076, 4510, 3616, 2594, 4392, 1577, 2730, 4909, 2222, 686, 4911, 4018, 3507, 4788, 2100, 2102, 3257, 4921, 4928, 2241, 3139, 4676, 4677, 3909, 197, 1482, 459, 1868, 4691, -42, 4570, -34, 2144, 1504, 2916, 1127, 2158, 1518, 3065, 1658, 893]") << "step 1";
    kb_set_iand(V(a), V(kb_set_from_iterable(V(Values({I(242), I(1089), I(3713), I(2048), I(2044), I(4437)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 2";
    kb_set_ixor(V(a), V(kb_set_from_iterable(V(Values({I(875), I(419), I(159), I(3849), I(1828), I(776), I(194), I(4752), I(1273), I(473), I(1262), I(4304), I(2802), I(999), I(713), I(4893), I(2771), I(935), I(3004), I(2992), I(3440), I(4489), I(4718)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[776, 3849, 4489, 4752, 4893, 159, 419, 1828, 935, 2992, 3004, 194, 713, 4304, 2771, 473, 999, 875, 1262, 4718, 3440, 2802, 1273]") << "step 3";
    kb_set_update(a, V(Values({I(4370), I(2626), I(2301)})));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[776, 3849, 4489, 4752, 4370, 4893, 159, 419, 1828, 935, 2992, 3004, 194, 2626, 713, 4304, 2771, 473, 999, 875, 1262, 4718, 3440, 2802, 1273, 2301]") << "step 4";
    kb_set_ixor(V(a), V(kb_set_from_iterable(V(Values({I(3424), I(3787), I(1681), I(38), I(3565), I(3852), I(2107), I(3899), I(4877), I(4123), I(1234), I(4131), I(2130), I(431), I(4365), I(1027), I(2894), I(4922)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[1027, 776, 3849, 4489, 3852, 4877, 4365, 4752, 1681, 4370, 4123, 4893, 159, 419, 1828, 4131, 38, 935, 431, 2992, 4922, 3899, 3004, 2107, 194, 2626, 713, 3787, 2894, 4304, 1234, 2771, 2130, 473, 3424, 999, 875, 3565, 1262, 4718, 3440, 2802, 1273, 2301]") << "step 5";
  }
  {  // scenario 16 (str)
    KbSet* a = kb_set_from_iterable(V(Values({V(S("k6")), V(S("a")), V(S("hello")), V(S("xy")), V(S("xy")), V(S("xy")), V(S("c")), V(S("a")), V(S("k2")), V(S("hello")), V(S("k5")), V(S("xy")), V(S("hello")), V(S("a")), V(S("b")), V(S("xy")), V(S("c")), V(S("xy")), V(S("k13")), V(S("a")), V(S("xy")), V(S("b")), V(S("b")), V(S("k7")), V(S("hello")), V(S("b")), V(S("xy")), V(S("hello")), V(S("c")), V(S("c")), V(S("xy")), V(S("a")), V(S("a")), V(S("xy")), V(S("b")), V(S("hello")), V(S("xy")), V(S("c")), V(S("xy")), V(S("k13")), V(S("xy")), V(S("xy")), V(S("b"))})));
    kb_set_iand(V(a), V(kb_set_from_iterable(V(Values({V(S("a")), V(S("b")), V(S("hello"))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['a', 'b', 'hello']") << "step 0";
    a = reinterpret_cast<KbSet*>(kb_set_or(V(a), V(kb_set_from_iterable(V(Values({V(S("b")), V(S("hello")), V(S("c")), V(S("hello")), V(S("b")), V(S("k21")), V(S("k26")), V(S("xy")), V(S("a")), V(S("a")), V(S("b")), V(S("xy")), V(S("k31")), V(S("c")), V(S("c")), V(S("b")), V(S("hello")), V(S("b")), V(S("a")), V(S("hello")), V(S("hello")), V(S("xy")), V(S("b")), V(S("xy")), V(S("a")), V(S("c")), V(S("c")), V(S("c")), V(S("c")), V(S("k24")), V(S("c")), V(S("c")), V(S("a")), V(S("c"))}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['xy', 'k21', 'k26', 'k24', 'b', 'c', 'a', 'k31', 'hello']") << "step 1";
    a = reinterpret_cast<KbSet*>(kb_set_and(V(a), V(kb_set_from_iterable(V(Values({V(S("k7")), V(S("k9")), V(S("k33")), V(S("hello")), V(S("xy")), V(S("a")), V(S("c")), V(S("b")), V(S("xy")), V(S("c")), V(S("a")), V(S("k13")), V(S("c")), V(S("b")), V(S("a")), V(S("a")), V(S("k5")), V(S("hello")), V(S("b")), V(S("xy")), V(S("xy")), V(S("c")), V(S("hello")), V(S("xy"))}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['xy', 'b', 'c', 'a', 'hello']") << "step 2";
    kb_set_iand(V(a), V(kb_set_from_iterable(V(Values({V(S("c")), V(S("k39")), V(S("a")), V(S("c")), V(S("b")), V(S("k35")), V(S("hello")), V(S("b")), V(S("hello")), V(S("c")), V(S("hello")), V(S("c")), V(S("xy")), V(S("xy")), V(S("c")), V(S("b"))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['xy', 'b', 'c', 'a', 'hello']") << "step 3";
    a = reinterpret_cast<KbSet*>(kb_set_or(V(a), V(kb_set_from_iterable(V(Values({V(S("hello")), V(S("hello")), V(S("a")), V(S("k9")), V(S("b")), V(S("a")), V(S("b")), V(S("b")), V(S("hello")), V(S("k17")), V(S("c")), V(S("c")), V(S("a")), V(S("hello")), V(S("a")), V(S("a")), V(S("c")), V(S("k37")), V(S("xy")), V(S("hello")), V(S("xy")), V(S("a")), V(S("a")), V(S("a")), V(S("b")), V(S("b")), V(S("hello")), V(S("hello")), V(S("a")), V(S("k13")), V(S("k24")), V(S("xy")), V(S("b"))}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['xy', 'k9', 'k24', 'k17', 'b', 'k13', 'c', 'a', 'k37', 'hello']") << "step 4";
    a = reinterpret_cast<KbSet*>(kb_set_xor(V(a), V(kb_set_from_iterable(V(Values({V(S("b")), V(S("c")), V(S("xy")), V(S("a")), V(S("xy")), V(S("c")), V(S("b")), V(S("k18")), V(S("c")), V(S("xy")), V(S("xy")), V(S("xy")), V(S("k32")), V(S("hello")), V(S("b")), V(S("hello")), V(S("hello")), V(S("a")), V(S("a")), V(S("k27")), V(S("c")), V(S("a")), V(S("b")), V(S("a")), V(S("b")), V(S("hello")), V(S("xy")), V(S("b")), V(S("a")), V(S("a")), V(S("b"))}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k9', 'k24', 'k32', 'k17', 'k27', 'k13', 'k37', 'k18']") << "step 5";
  }
  {  // scenario 17 (int)
    KbSet* a = kb_set_from_iterable(V(Values({I(633), I(1587), I(1497), I(3049), I(2533), I(3800), I(692), I(2431), I(310), I(3652), I(3956), I(2858), I(679), I(3814), I(771), I(2094), I(474), I(2390), I(4873), I(2761), I(4298), I(730), I(1351), I(2645), I(1592), I(1781), I(943), I(3709), I(2429), I(3571), I(568), I(4760), I(2563), I(1619), I(666), I(3354), I(4126), I(225), I(364), I(2372), I(2290), I(2345), I(3380), I(3215), I(581), I(4825)})));
    kb_set_isub(V(a), V(kb_set_from_iterable(V(Values({I(3323), I(1961), I(3257), I(4847)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[771, 2563, 4873, 3215, 4760, 666, 3354, 4126, 679, 2345, 2858, 2094, 943, 1587, 692, 3380, 310, 1592, 568, 2429, 3652, 2372, 581, 1351, 2761, 4298, 1619, 2645, 2390, 3800, 1497, 474, 730, 4825, 225, 2533, 3814, 3049, 364, 2290, 3571, 3956, 1781, 633, 3709, 2431]") << "step 0";
    kb_set_iand(V(a), V(kb_set_from_iterable(V(Values({I(1813), I(4045), I(466), I(366), I(2467), I(3327), I(2165), I(4425), I(2341), I(3225), I(4578), I(4361), I(2333), I(2973), I(87), I(3686), I(321), I(2700), I(4714), I(3975), I(3044), I(709), I(2161), I(374), I(11), I(2379), I(2391), I(1237)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 1";
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 2";
    a = kb_set_copy(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 3";
    kb_set_iand(V(a), V(kb_set_from_iterable(V(Values({I(3051), I(2203), I(613), I(3303), I(3731), I(446), I(4771), I(4274), I(580), I(224), I(3571), I(3878), I(1987), I(2720)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 4";
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 5";
  }
  {  // scenario 18 (str)
    KbSet* a = kb_set_from_iterable(V(Values({V(S("a")), V(S("c")), V(S("xy")), V(S("xy")), V(S("xy")), V(S("hello")), V(S("a")), V(S("b")), V(S("b")), V(S("k29")), V(S("hello")), V(S("k22")), V(S("c")), V(S("b")), V(S("b")), V(S("k2")), V(S("a")), V(S("a")), V(S("c")), V(S("a")), V(S("c")), V(S("xy")), V(S("k8")), V(S("hello")), V(S("hello")), V(S("k38")), V(S("k20")), V(S("b")), V(S("b")), V(S("b")), V(S("a")), V(S("k26")), V(S("hello")), V(S("k4")), V(S("a"))})));
    kb_set_isub(V(a), V(kb_set_from_iterable(V(Values({V(S("k32")), V(S("a")), V(S("k37"))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['xy', 'k2', 'k26', 'k22', 'b', 'c', 'k8', 'k4', 'k38', 'k29', 'k20', 'hello']") << "step 0";
    kb_set_ixor(V(a), V(kb_set_from_iterable(V(Values({V(S("k20")), V(S("c")), V(S("k3")), V(S("xy")), V(S("xy")), V(S("b")), V(S("xy")), V(S("k35")), V(S("b")), V(S("xy")), V(S("b")), V(S("b"))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k2', 'k26', 'k22', 'k35', 'k3', 'k8', 'k4', 'k38', 'k29', 'hello']") << "step 1";
    kb_set_isub(V(a), V(kb_set_from_iterable(V(Values({V(S("k8")), V(S("k1")), V(S("b")), V(S("hello")), V(S("c")), V(S("c")), V(S("c")), V(S("k3")), V(S("a")), V(S("hello")), V(S("a")), V(S("xy")), V(S("hello")), V(S("hello")), V(S("hello")), V(S("c")), V(S("a")), V(S("hello")), V(S("xy")), V(S("b")), V(S("hello")), V(S("xy")), V(S("k25")), V(S("hello")), V(S("c")), V(S("hello")), V(S("c")), V(S("a")), V(S("hello")), V(S("k19")), V(S("k25")), V(S("a")), V(S("hello")), V(S("c")), V(S("c")), V(S("k39")), V(S("hello"))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k2', 'k26', 'k22', 'k35', 'k4', 'k29', 'k38']") << "step 2";
    a = reinterpret_cast<KbSet*>(kb_set_or(V(a), V(kb_set_from_iterable(V(Values({V(S("c")), V(S("hello")), V(S("xy")), V(S("c")), V(S("hello")), V(S("c")), V(S("c")), V(S("xy")), V(S("c")), V(S("b")), V(S("k19")), V(S("a")), V(S("b")), V(S("k15")), V(S("hello")), V(S("b")), V(S("a")), V(S("xy")), V(S("xy"))}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['xy', 'k2', 'k26', 'k22', 'k35', 'k19', 'b', 'c', 'a', 'hello', 'k4', 'k29', 'k38', 'k15']") << "step 3";
    kb_set_pop(a);
    kb_set_pop(a);
    kb_set_pop(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k22', 'k35', 'k19', 'b', 'c', 'a', 'hello', 'k4', 'k29', 'k38', 'k15']") << "step 4";
    kb_set_ixor(V(a), V(kb_set_from_iterable(V(Values({V(S("k21")), V(S("k11")), V(S("c")), V(S("b")), V(S("hello")), V(S("c")), V(S("k18"))})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['k21', 'k22', 'k35', 'k19', 'k11', 'a', 'k4', 'k18', 'k29', 'k38', 'k15']") << "step 5";
  }
  {  // scenario 19 (str)
    KbSet* a = kb_set_from_iterable(V(Values({V(S("xy")), V(S("b")), V(S("a")), V(S("a")), V(S("xy")), V(S("xy")), V(S("a")), V(S("c")), V(S("xy")), V(S("c")), V(S("a")), V(S("a")), V(S("a")), V(S("xy")), V(S("xy")), V(S("c")), V(S("c")), V(S("b")), V(S("xy")), V(S("xy")), V(S("c")), V(S("hello"))})));
    a = reinterpret_cast<KbSet*>(kb_set_or(V(a), V(kb_set_from_iterable(V(Values({V(S("k15")), V(S("b")), V(S("k20"))}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['xy', 'c', 'a', 'hello', 'k20', 'b', 'k15']") << "step 0";
    a = kb_set_copy(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['xy', 'c', 'a', 'hello', 'k20', 'b', 'k15']") << "step 1";
    kb_set_update(a, V(Values({V(S("a")), V(S("hello")), V(S("a")), V(S("xy")), V(S("k6")), V(S("xy")), V(S("b")), V(S("xy")), V(S("a")), V(S("hello")), V(S("hello")), V(S("k15")), V(S("b")), V(S("b")), V(S("a")), V(S("c")), V(S("hello")), V(S("hello")), V(S("xy")), V(S("hello")), V(S("a")), V(S("k29")), V(S("b")), V(S("a")), V(S("hello")), V(S("a")), V(S("b")), V(S("a")), V(S("hello")), V(S("xy")), V(S("k7")), V(S("b")), V(S("b")), V(S("hello")), V(S("k16")), V(S("b")), V(S("c")), V(S("b")), V(S("xy"))})));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['b', 'k6', 'a', 'k16', 'k7', 'k29', 'hello', 'k15', 'xy', 'c', 'k20']") << "step 2";
    a = reinterpret_cast<KbSet*>(kb_set_or(V(a), V(kb_set_from_iterable(V(Values({V(S("k10"))}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['xy', 'b', 'k6', 'c', 'a', 'k16', 'k10', 'k7', 'k29', 'k20', 'hello', 'k15']") << "step 3";
    a = kb_set_copy(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['xy', 'b', 'k6', 'c', 'a', 'k16', 'k10', 'k7', 'k29', 'k20', 'hello', 'k15']") << "step 4";
    kb_set_discard(a, V(S("b")));
    kb_set_discard(a, V(S("k7")));
    kb_set_discard(a, V(S("c")));
    kb_set_discard(a, V(S("hello")));
    kb_set_discard(a, V(S("k20")));
    kb_set_discard(a, V(S("k15")));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "['xy', 'k6', 'a', 'k16', 'k10', 'k29']") << "step 5";
  }
  {  // scenario 20 (int)
    KbSet* a = kb_set_from_iterable(V(Values({I(4950), I(1979), I(1931), I(496), I(769), I(1513), I(1113), I(3780), I(2186), I(1499), I(2926), I(-42), I(1366), I(4895), I(4706), I(1940), I(1850), I(4719), I(2602), I(770), I(3056), I(4898), I(4617), I(2275), I(1974), I(3165), I(1311), I(1793), I(177), I(1939), I(2955), I(911), I(3506), I(1063), I(4431), I(2367), I(4192)})));
    a = reinterpret_cast<KbSet*>(kb_set_and(V(a), V(kb_set_from_iterable(V(Values({I(238), I(1357), I(4518), I(4477), I(4833), I(1883), I(2349), I(961), I(4664), I(3551), I(2507), I(821), I(2351), I(123), I(4658), I(3197), I(4196), I(3669), I(3810), I(1410), I(4959), I(648), I(1817), I(2232), I(1613), I(11), I(1534), I(603), I(1417), I(4238), I(1358), I(4743), I(4866), I(3885), I(3809)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 0";
    a = reinterpret_cast<KbSet*>(kb_set_and(V(a), V(kb_set_from_iterable(V(Values({I(2371), I(4100), I(3750), I(4250), I(4260), I(1714), I(2212), I(772), I(4746)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 1";
    kb_set_ior(V(a), V(kb_set_from_iterable(V(Values({I(2155), I(4446), I(1658), I(2312), I(2475), I(3001), I(3492), I(3987), I(4448), I(1467), I(2866), I(1149), I(4078), I(4008), I(4198), I(2723), I(1234), I(3100), I(3543), I(662), I(928), I(92), I(2546), I(4793), I(4994), I(1832), I(3523), I(3933), I(4897), I(4442), I(2912), I(4537), I(2151), I(691), I(4441), I(359), I(3455), I(3882), I(3890)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[4994, 2312, 3987, 662, 3100, 928, 4897, 2723, 3492, 4008, 1832, 3882, 2475, 2866, 691, 3890, 3001, 4793, 1467, 4537, 3523, 1234, 3543, 4441, 4442, 92, 3933, 4446, 4448, 2912, 4198, 2151, 359, 2155, 4078, 2546, 1658, 1149, 3455]") << "step 2";
    a = reinterpret_cast<KbSet*>(kb_set_xor(V(a), V(kb_set_from_iterable(V(Values({I(3158), I(4139), I(2883), I(2392), I(1305), I(173), I(1209), I(1401), I(1440), I(1343)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[4994, 2312, 3987, 662, 1305, 3100, 1440, 928, 4897, 2723, 3492, 4008, 1832, 3882, 4139, 2475, 173, 2866, 691, 3890, 1209, 3001, 4793, 1467, 4537, 1343, 2883, 3523, 1234, 3158, 3543, 2392, 4441, 4442, 92, 3933, 4446, 4448, 2912, 4198, 2151, 359, 2155, 4078, 2546, 1401, 1658, 1149, 3455]") << "step 3";
    a = reinterpret_cast<KbSet*>(kb_set_and(V(a), V(kb_set_from_iterable(V(Values({I(1767), I(2343), I(677), I(3653), I(-2), I(4446), I(1587), I(3623), I(585), I(3717), I(1291), I(2864), I(2975), I(3563), I(2292), I(884), I(4974), I(4366), I(3812), I(4478), I(-21), I(4574), I(4859), I(3429), I(2599), I(1493), I(4856), I(2171), I(2745), I(4434), I(4167), I(4779), I(330)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[4446]") << "step 4";
    a = reinterpret_cast<KbSet*>(kb_set_sub(V(a), V(kb_set_from_iterable(V(Values({I(3944), I(2771), I(2309), I(3994), I(1255), I(3579), I(1848), I(1659), I(3534), I(1840), I(3406), I(2817), I(4876), I(2164), I(3769)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[4446]") << "step 5";
  }
  {  // scenario 21 (float)
    KbSet* a = kb_set_from_iterable(V(Values({F(60.5), F(22.5), F(30.25), F(69.75), F(42.75), F(46.0), F(32.5), F(55.5), F(55.75), F(63.5), F(32.75), F(33.75), F(48.75), F(56.0), F(50.25), F(51.25), F(54.0), F(73.75), F(18.25), F(66.75), F(70.0), F(55.5), F(71.75), F(29.75), F(19.25), F(24.75), F(11.75), F(45.5), F(15.75), F(1.75), F(67.25), F(6.75), F(35.25), F(3.75), F(22.5), F(63.25), F(13.25), F(59.0), F(2.5), F(21.0)})));
    kb_set_iand(V(a), V(kb_set_from_iterable(V(Values({})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 0";
    a = reinterpret_cast<KbSet*>(kb_set_sub(V(a), V(kb_set_from_iterable(V(Values({F(50.0), F(40.25), F(60.5)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 1";
    kb_set_ixor(V(a), V(kb_set_from_iterable(V(Values({F(30.5), F(13.5), F(4.25), F(30.5), F(60.75), F(47.5), F(46.25), F(61.25), F(14.0), F(53.0), F(54.5), F(61.75), F(28.5), F(25.5), F(20.25), F(62.75), F(62.0), F(34.75), F(29.5), F(7.25), F(11.5), F(30.75), F(7.0), F(23.75), F(42.25), F(64.5), F(50.75), F(13.0), F(29.0), F(1.25), F(33.5), F(4.0), F(42.5), F(30.75), F(61.5), F(58.25), F(25.0), F(65.0), F(22.5)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[1.25, 4.25, 4.0, 7.0, 7.25, 11.5, 13.5, 14.0, 13.0, 20.25, 22.5, 23.75, 25.5, 25.0, 28.5, 29.0, 30.5, 30.75, 29.5, 33.5, 34.75, 42.25, 42.5, 46.25, 47.5, 50.75, 53.0, 54.5, 58.25, 60.75, 61.75, 62.0, 62.75, 61.25, 64.5, 61.5, 65.0]") << "step 2";
    kb_set_ior(V(a), V(kb_set_from_iterable(V(Values({F(13.0), F(4.25), F(14.0), F(10.75), F(5.5)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[1.25, 4.25, 4.0, 5.5, 7.0, 7.25, 10.75, 11.5, 13.5, 14.0, 13.0, 20.25, 22.5, 23.75, 25.5, 25.0, 28.5, 29.0, 30.5, 30.75, 29.5, 33.5, 34.75, 42.25, 42.5, 46.25, 47.5, 50.75, 53.0, 54.5, 58.25, 60.75, 61.75, 62.0, 62.75, 61.25, 64.5, 61.5, 65.0]") << "step 3";
    a = reinterpret_cast<KbSet*>(kb_set_or(V(a), V(kb_set_from_iterable(V(Values({F(25.0)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[1.25, 4.25, 4.0, 5.5, 7.0, 7.25, 10.75, 11.5, 13.5, 14.0, 13.0, 20.25, 22.5, 23.75, 25.5, 25.0, 28.5, 29.0, 30.5, 30.75, 29.5, 33.5, 34.75, 42.25, 42.5, 46.25, 47.5, 50.75, 53.0, 54.5, 58.25, 60.75, 61.75, 62.0, 62.75, 61.25, 64.5, 61.5, 65.0]") << "step 4";
    kb_set_ior(V(a), V(kb_set_from_iterable(V(Values({F(57.0), F(41.75), F(18.75), F(59.0), F(70.75), F(29.5), F(56.75), F(68.75), F(25.25), F(55.0), F(67.5), F(31.75), F(2.25), F(13.25), F(16.25), F(10.5), F(64.75), F(28.5), F(23.5), F(71.75), F(32.25), F(36.25), F(0.75), F(47.25), F(55.25), F(57.75), F(33.0), F(1.25), F(63.0), F(51.0), F(33.75), F(15.75), F(51.75), F(41.5), F(52.0), F(40.5), F(8.75)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[0.75, 1.25, 2.25, 4.25, 4.0, 5.5, 7.0, 7.25, 8.75, 10.75, 11.5, 10.5, 13.5, 14.0, 13.0, 13.25, 15.75, 16.25, 18.75, 20.25, 55.25, 22.5, 23.75, 23.5, 25.5, 25.0, 25.25, 28.5, 29.0, 30.5, 30.75, 29.5, 33.5, 34.75, 31.75, 32.25, 33.0, 33.75, 36.25, 40.5, 41.75, 42.25, 42.5, 41.5, 46.25, 47.5, 47.25, 50.75, 51.0, 51.75, 53.0, 54.5, 52.0, 55.0, 56.75, 58.25, 57.0, 60.75, 61.75, 62.0, 62.75, 61.25, 64.5, 61.5, 65.0, 59.0, 57.75, 63.0, 64.75, 67.5, 68.75, 70.75, 71.75]") << "step 5";
  }
  {  // scenario 22 (float)
    KbSet* a = kb_set_from_iterable(V(Values({F(45.5), F(50.0), F(28.0), F(45.25), F(0.75), F(61.5), F(38.25), F(65.5), F(18.75), F(58.5), F(74.5), F(32.25), F(51.5), F(2.25), F(31.5), F(40.75), F(66.5), F(55.0), F(69.25), F(54.25), F(66.5), F(47.0), F(70.5), F(13.25), F(62.75), F(62.75), F(32.25), F(38.0), F(54.75), F(61.25), F(10.0), F(45.25), F(19.75), F(73.25), F(15.0), F(50.5), F(28.25), F(16.25), F(3.0), F(17.25), F(71.25), F(38.5), F(47.0), F(1.5), F(63.25), F(21.75), F(5.75), F(70.0), F(59.75), F(8.5), F(57.5), F(29.75), F(2.5)})));
    a = kb_set_copy(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[0.75, 1.5, 2.25, 3.0, 2.5, 5.75, 8.5, 10.0, 13.25, 15.0, 16.25, 17.25, 18.75, 19.75, 21.75, 28.0, 28.25, 29.75, 31.5, 32.25, 38.25, 38.0, 40.75, 38.5, 45.25, 45.5, 47.0, 50.0, 51.5, 50.5, 54.25, 55.0, 54.75, 57.5, 58.5, 59.75, 61.5, 62.75, 61.25, 63.25, 65.5, 66.5, 69.25, 70.5, 71.25, 70.0, 73.25, 74.5]") << "step 0";
    a = reinterpret_cast<KbSet*>(kb_set_sub(V(a), V(kb_set_from_iterable(V(Values({F(31.75), F(19.25), F(70.25), F(55.75), F(45.0), F(54.75), F(30.5), F(22.0), F(38.75), F(0.75), F(17.5), F(40.75), F(59.75), F(40.0), F(64.75), F(57.25), F(8.5), F(54.75)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[1.5, 2.5, 2.25, 3.0, 5.75, 10.0, 13.25, 15.0, 16.25, 17.25, 18.75, 19.75, 21.75, 28.25, 28.0, 29.75, 31.5, 32.25, 38.25, 38.0, 38.5, 45.25, 45.5, 47.0, 50.0, 51.5, 50.5, 54.25, 55.0, 57.5, 58.5, 61.5, 62.75, 61.25, 63.25, 65.5, 66.5, 69.25, 70.5, 71.25, 70.0, 73.25, 74.5]") << "step 1";
    a = reinterpret_cast<KbSet*>(kb_set_and(V(a), V(kb_set_from_iterable(V(Values({F(70.75)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 2";
    a = kb_set_copy(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 3";
    a = reinterpret_cast<KbSet*>(kb_set_sub(V(a), V(kb_set_from_iterable(V(Values({F(57.75), F(32.75), F(7.5), F(74.25), F(53.5), F(61.25), F(48.5), F(8.75), F(72.75)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 4";
    a = reinterpret_cast<KbSet*>(kb_set_and(V(a), V(kb_set_from_iterable(V(Values({F(66.75), F(37.25), F(70.5), F(8.0), F(47.0), F(63.25), F(5.75), F(43.75), F(59.75), F(29.25), F(26.25)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 5";
  }
  {  // scenario 23 (float)
    KbSet* a = kb_set_from_iterable(V(Values({F(17.25), F(70.5), F(34.0), F(32.5), F(74.25), F(60.0), F(30.75), F(59.5), F(5.5), F(45.0), F(70.5), F(74.25), F(53.5), F(19.0), F(32.25), F(24.25), F(15.0), F(49.75), F(3.25), F(67.0), F(58.0), F(51.5), F(17.75), F(47.75), F(41.75), F(36.5), F(44.5), F(31.0), F(25.0), F(55.25), F(51.25), F(22.75), F(11.25), F(14.0), F(19.75), F(38.5), F(49.25), F(47.0), F(48.25), F(31.25)})));
    kb_set_iand(V(a), V(kb_set_from_iterable(V(Values({F(46.25), F(31.0), F(20.5), F(20.0), F(51.0), F(11.75), F(37.0), F(45.25), F(33.75), F(22.5), F(54.75), F(26.25), F(13.25), F(63.25), F(34.5), F(49.0), F(57.75), F(52.75), F(21.5)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[31.0]") << "step 0";
    a = reinterpret_cast<KbSet*>(kb_set_and(V(a), V(kb_set_from_iterable(V(Values({F(8.75), F(3.5), F(46.5), F(72.5), F(41.75), F(51.0), F(46.0), F(0.75), F(62.5), F(9.5), F(54.0), F(1.25), F(62.0), F(6.5), F(10.25), F(18.75), F(40.75), F(30.0), F(19.75), F(52.75), F(73.75), F(57.25), F(31.0), F(34.75), F(67.5), F(39.5), F(42.5), F(44.5), F(41.25)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[31.0]") << "step 1";
    kb_set_update(a, V(Values({F(68.25), F(10.0), F(42.0)})));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[10.0, 68.25, 42.0, 31.0]") << "step 2";
    a = reinterpret_cast<KbSet*>(kb_set_sub(V(a), V(kb_set_from_iterable(V(Values({F(11.75), F(6.25), F(22.5), F(48.0), F(38.75), F(29.75), F(23.25), F(53.5), F(36.5), F(14.5), F(47.5), F(3.25), F(67.0), F(20.25), F(12.0), F(62.0), F(10.0), F(68.0), F(17.75), F(62.75), F(20.25), F(38.0), F(55.75), F(65.75), F(64.75), F(66.75), F(39.5), F(47.75), F(36.0), F(3.5), F(4.25)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[42.0, 68.25, 31.0]") << "step 3";
    kb_set_isub(V(a), V(kb_set_from_iterable(V(Values({F(13.5), F(55.25), F(67.5), F(69.0), F(19.75), F(9.5), F(58.25), F(33.5), F(55.75), F(69.5), F(17.25), F(34.0)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[42.0, 68.25, 31.0]") << "step 4";
    a = reinterpret_cast<KbSet*>(kb_set_and(V(a), V(kb_set_from_iterable(V(Values({F(61.0), F(13.25), F(21.75), F(58.25), F(56.5), F(68.0), F(5.25), F(0.75), F(37.5)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 5";
  }
  {  // scenario 24 (float)
    KbSet* a = kb_set_from_iterable(V(Values({F(49.75), F(61.25), F(41.25), F(36.5), F(30.5), F(40.25), F(66.5)})));
    a = kb_set_copy(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[49.75, 66.5, 36.5, 40.25, 41.25, 61.25, 30.5]") << "step 0";
    kb_set_ixor(V(a), V(kb_set_from_iterable(V(Values({F(62.5), F(62.5), F(54.75), F(29.75), F(67.25), F(7.0), F(31.0), F(21.25), F(60.75), F(42.25), F(65.75), F(65.25), F(49.5)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[65.75, 66.5, 65.25, 67.25, 7.0, 21.25, 29.75, 30.5, 31.0, 36.5, 40.25, 41.25, 42.25, 49.75, 49.5, 54.75, 60.75, 61.25, 62.5]") << "step 1";
    kb_set_isub(V(a), V(kb_set_from_iterable(V(Values({F(57.5), F(3.25), F(59.75), F(21.5), F(34.5), F(71.25), F(19.0), F(10.5), F(64.75), F(58.25), F(10.0), F(5.75), F(62.75), F(36.75), F(65.25), F(6.0), F(52.5), F(22.75), F(40.25), F(25.25), F(63.75), F(66.0), F(4.75), F(49.75), F(23.0)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[65.75, 66.5, 67.25, 7.0, 21.25, 29.75, 30.5, 31.0, 36.5, 41.25, 42.25, 49.5, 54.75, 60.75, 61.25, 62.5]") << "step 2";
    kb_set_ixor(V(a), V(kb_set_from_iterable(V(Values({F(23.25), F(65.0), F(22.0), F(58.75), F(26.75), F(21.0)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[65.75, 66.5, 65.0, 67.25, 7.0, 21.25, 21.0, 22.0, 23.25, 26.75, 29.75, 30.5, 31.0, 36.5, 41.25, 42.25, 49.5, 54.75, 58.75, 60.75, 61.25, 62.5]") << "step 3";
    kb_set_ixor(V(a), V(kb_set_from_iterable(V(Values({F(63.0), F(23.75), F(21.25), F(40.5), F(5.25), F(7.5), F(27.0), F(32.0), F(54.0), F(58.25), F(18.25), F(15.25), F(69.25), F(59.5), F(39.25), F(8.75), F(36.25)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[5.25, 7.0, 7.5, 8.75, 15.25, 18.25, 21.0, 22.0, 23.25, 23.75, 26.75, 27.0, 29.75, 30.5, 31.0, 32.0, 36.5, 36.25, 39.25, 40.5, 41.25, 42.25, 49.5, 54.75, 54.0, 58.25, 58.75, 59.5, 60.75, 61.25, 62.5, 63.0, 65.75, 66.5, 65.0, 67.25, 69.25]") << "step 4";
    a = reinterpret_cast<KbSet*>(kb_set_xor(V(a), V(kb_set_from_iterable(V(Values({F(7.0), F(14.75), F(23.25), F(38.0), F(22.25)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[5.25, 7.5, 8.75, 14.75, 15.25, 18.25, 21.0, 22.25, 23.75, 22.0, 26.75, 27.0, 29.75, 30.5, 31.0, 32.0, 36.5, 36.25, 38.0, 39.25, 40.5, 41.25, 42.25, 49.5, 54.75, 54.0, 58.75, 58.25, 59.5, 60.75, 61.25, 62.5, 63.0, 65.75, 66.5, 65.0, 67.25, 69.25]") << "step 5";
  }
  {  // scenario 25 (int)
    KbSet* a = kb_set_from_iterable(V(Values({I(1429), I(564), I(2939), I(4576), I(861), I(266), I(3077), I(3335), I(957), I(1833), I(2062), I(619), I(3104), I(1644), I(3147), I(3889), I(30), I(1362), I(2572), I(241), I(1267), I(3024), I(1778), I(3539), I(2145), I(1251), I(574), I(3695), I(600), I(2061), I(971), I(4587), I(646), I(4660), I(4580), I(3610), I(4068), I(3785), I(1), I(3733), I(3323), I(3604), I(1418), I(2693), I(4763), I(3539), I(1091), I(2174), I(3542), I(4007), I(2785)})));
    a = kb_set_copy(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[1, 3077, 646, 3335, 2693, 266, 1418, 2572, 2061, 2062, 3604, 1429, 3733, 3610, 4763, 30, 3104, 4007, 1833, 3889, 564, 4660, 957, 574, 1091, 3785, 3147, 971, 3323, 3024, 1362, 3539, 3542, 600, 861, 4576, 2145, 2785, 1251, 4580, 4068, 619, 1644, 4587, 3695, 241, 1778, 1267, 2939, 2174]") << "step 0";
    a = reinterpret_cast<KbSet*>(kb_set_and(V(a), V(kb_set_from_iterable(V(Values({I(4522), I(4259), I(1747), I(1330), I(3541), I(1721), I(2200), I(2921), I(2317), I(4472), I(626), I(2576), I(402), I(1100), I(468), I(2253), I(3740), I(146), I(2383), I(3860), I(1625), I(69), I(2892), I(3645), I(3522), I(363), I(1702), I(184), I(4915)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 1";
    a = reinterpret_cast<KbSet*>(kb_set_and(V(a), V(kb_set_from_iterable(V(Values({I(4376), I(4391), I(526), I(3962), I(4543), I(3545), I(4233), I(659), I(2444), I(1002), I(1777), I(4505), I(1226), I(4624), I(3908), I(2103), I(2955), I(3878), I(4746), I(2212), I(1528), I(4924), I(3511), I(2066), I(3018), I(1621), I(4819), I(4093), I(3034), I(4298), I(4964), I(2405), I(2564), I(2888), I(-15), I(2133), I(2834), I(1080)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 2";
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 3";
    kb_set_isub(V(a), V(kb_set_from_iterable(V(Values({I(2391), I(4671), I(17), I(3483), I(2463), I(3064), I(4523), I(1683), I(3661), I(608), I(2392), I(3827), I(418), I(2282), I(150), I(2721), I(731), I(596), I(592), I(658)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 4";
    kb_set_ixor(V(a), V(kb_set_from_iterable(V(Values({I(4297), I(2873), I(697), I(2340), I(952), I(4103), I(543), I(1710), I(3854), I(4588)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[2340, 4103, 4297, 4588, 1710, 3854, 697, 952, 2873, 543]") << "step 5";
  }
  {  // scenario 26 (int)
    KbSet* a = kb_set_from_iterable(V(Values({I(1120), I(4749), I(618), I(3165), I(3490), I(3222), I(2317), I(4994), I(349), I(3226), I(902), I(931), I(538), I(795), I(3830), I(3400), I(1749), I(1887), I(4824), I(4664), I(4740), I(1721), I(3220), I(1165), I(2817), I(1100), I(4526), I(2996), I(51), I(4872), I(3876), I(571), I(647), I(3418), I(2840), I(426), I(4768), I(3560)})));
    kb_set_update(a, V(Values({I(3705), I(1133), I(69), I(4162), I(2871), I(521), I(2538), I(1080), I(3211), I(4114), I(4357), I(4745), I(1693), I(3998), I(4728), I(2502), I(3166), I(378), I(3893), I(4835), I(3627), I(1128), I(1366), I(3224)})));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[2817, 4994, 4740, 4357, 902, 647, 4872, 521, 4745, 3211, 4749, 2317, 1165, 4114, 3220, 3222, 2840, 3224, 538, 3226, 795, 1693, 3998, 4768, 3490, 931, 3876, 426, 3627, 4526, 51, 2996, 3893, 2871, 4664, 1721, 1080, 571, 4162, 69, 2502, 3400, 1100, 1749, 1366, 4824, 3418, 349, 3165, 1887, 1120, 3166, 4835, 3560, 1128, 618, 2538, 1133, 3830, 4728, 3705, 378]") << "step 0";
    kb_set_ior(V(a), V(kb_set_from_iterable(V(Values({I(728), I(3479)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[2817, 4994, 4740, 4357, 902, 647, 4872, 521, 4745, 3211, 4749, 2317, 1165, 4114, 3220, 3222, 3479, 2840, 3224, 538, 3226, 795, 1693, 3998, 4768, 3490, 931, 3876, 426, 3627, 4526, 51, 2996, 3893, 2871, 4664, 1721, 1080, 571, 4162, 69, 2502, 3400, 1100, 1749, 1366, 4824, 728, 3418, 349, 3165, 1887, 1120, 3166, 4835, 3560, 1128, 618, 2538, 1133, 3830, 4728, 3705, 378]") << "step 1";
    kb_set_update(a, V(Values({I(544), I(3687), I(1438), I(4958), I(1480), I(3909), I(1410), I(4429), I(2032), I(1121), I(4651), I(1745), I(-38), I(4899), I(1522), I(1911), I(4850), I(176), I(4392), I(1036), I(2420), I(1691), I(2489), I(4865), I(4547), I(4995)})));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[521, 1036, 4114, 538, 544, 3627, 4651, 51, 4664, 1080, 571, 4162, 69, 1100, 3165, 3166, 1120, 1121, 3687, 1128, 618, 1133, 4728, 3705, 4740, 647, 4745, 3211, 4749, 1165, 3220, 3222, 3224, 3226, 1691, 1693, 4768, 176, 1721, 1745, 1749, 4824, 728, 4835, 4850, 3830, 2817, 4865, 4357, 4872, 2317, 2840, 795, 4899, 3876, 4392, 3893, 2871, 3909, 3400, 4429, 1366, 3418, 349, 4958, 1887, 2420, 1911, 378, 4994, 1410, 4995, 902, 3479, 3998, 1438, 3490, 931, 426, 4526, 2996, 2489, 4547, 2502, 1480, -38, 3560, 2538, 2032, 1522]") << "step 2";
    a = reinterpret_cast<KbSet*>(kb_set_or(V(a), V(kb_set_from_iterable(V(Values({I(4480), I(1864), I(3225), I(1903), I(3926), I(643), I(2031), I(420), I(2282), I(4710), I(3778), I(657), I(1149), I(2237), I(1148), I(3648), I(4077)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[2817, 4865, 4357, 4872, 521, 1036, 2317, 4114, 2840, 538, 795, 544, 4899, 3876, 4392, 3627, 4651, 51, 3893, 2871, 4664, 1080, 571, 3648, 4162, 69, 3909, 3400, 1864, 1100, 4429, 1366, 3926, 3418, 3165, 3166, 349, 1120, 1121, 4958, 1887, 4710, 3687, 1128, 618, 1133, 1903, 2420, 1911, 4728, 3705, 378, 1148, 1149, 4480, 4994, 1410, 4740, 4995, 902, 647, 643, 4745, 3211, 4749, 1165, 657, 3220, 3222, 3479, 3224, 3225, 3226, 1691, 1693, 3998, 1438, 4768, 3490, 931, 420, 426, 4526, 176, 2996, 1721, 2489, 2237, 3778, 4547, 2502, 1480, 1745, 1749, 4824, 728, -38, 4835, 3560, 2538, 2282, 4077, 2031, 2032, 4850, 1522, 3830]") << "step 3";
    a = reinterpret_cast<KbSet*>(kb_set_and(V(a), V(kb_set_from_iterable(V(Values({I(-4), I(3419), I(3090), I(3449), I(2907), I(1429), I(2482), I(500), I(1944), I(3884), I(91), I(-10), I(3622), I(4944), I(3895), I(2562), I(1847), I(3782), I(1587), I(4042), I(3674), I(2844), I(2738), I(878), I(2833), I(1107), I(1005), I(2828), I(1368), I(3383), I(3450), I(881), I(2342), I(205), I(2012), I(3864), I(4026)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 4";
    a = kb_set_copy(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 5";
  }
  {  // scenario 27 (int)
    KbSet* a = kb_set_from_iterable(V(Values({I(2995), I(3809), I(36), I(3842), I(4820), I(4455), I(3689), I(4324), I(2952), I(4272), I(2408), I(1893), I(1507), I(459), I(4055), I(4678), I(2503), I(1763), I(2948), I(4013), I(-34), I(2567), I(1661), I(1400), I(3195), I(4029), I(3796), I(2787), I(862), I(3148), I(2642), I(702), I(4382), I(4997), I(3581), I(4975), I(4968), I(1273), I(4090), I(4100), I(2094), I(3510), I(2079), I(3820), I(534), I(1688)})));
    kb_set_add(a, I(3040));
    kb_set_add(a, I(4800));
    kb_set_add(a, I(1804));
    kb_set_add(a, I(4817));
    kb_set_add(a, I(3926));
    kb_set_add(a, I(1283));
    kb_set_add(a, I(1759));
    kb_set_add(a, I(4757));
    kb_set_add(a, I(695));
    kb_set_add(a, I(494));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[3842, 1283, 2948, 4997, 4100, 2567, 2952, 1804, 1759, 4757, 534, 1688, 4382, 2079, 36, 4013, 2094, 4272, 2995, 3510, 695, 4029, 702, 4800, 4678, 2503, 459, 3148, 4817, 2642, 4820, 3796, 3926, 4055, -34, 862, 3040, 3809, 3581, 1507, 4324, 1893, 1763, 4455, 2408, 3689, 2787, 4968, 3820, 494, 4975, 1400, 1273, 4090, 3195, 1661]") << "step 0";
    kb_set_add(a, I(2356));
    kb_set_add(a, I(4075));
    kb_set_add(a, I(2459));
    kb_set_add(a, I(2452));
    kb_set_add(a, I(1204));
    kb_set_add(a, I(1374));
    kb_set_add(a, I(4223));
    kb_set_add(a, I(718));
    kb_set_add(a, I(2450));
    kb_set_add(a, I(2203));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[1374, 3842, 1283, 2948, 4997, 4100, 2567, 2952, 1804, 1759, 2450, 2452, 4757, 534, 1688, 2459, 2203, 4382, 2079, 36, 4013, 2094, 4272, 2995, 2356, 1204, 3510, 695, 4029, 702, 4800, 4678, 2503, 459, 3148, 718, 4817, 2642, 4820, 3796, 3926, 4055, -34, 862, 3040, 3809, 3581, 1507, 4324, 1893, 1763, 4455, 2408, 3689, 2787, 4968, 3820, 4075, 494, 4975, 1400, 1273, 4090, 3195, 1661, 4223]") << "step 1";
    kb_set_iand(V(a), V(kb_set_from_iterable(V(Values({I(4329), I(668), I(143), I(4312), I(4893)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 2";
    a = reinterpret_cast<KbSet*>(kb_set_xor(V(a), V(kb_set_from_iterable(V(Values({I(1163), I(3978), I(4108), I(452), I(4108), I(623), I(1171), I(4415), I(1494), I(3718), I(247), I(1906), I(4569), I(2366), I(4350), I(374), I(4855), I(1582), I(603), I(4747), I(2576)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[452, 3718, 3978, 1163, 4108, 4747, 2576, 1171, 1494, 4569, 603, 4855, 1582, 623, 1906, 374, 247, 4350, 2366, 4415]") << "step 3";
    a = reinterpret_cast<KbSet*>(kb_set_xor(V(a), V(kb_set_from_iterable(V(Values({I(692), I(453), I(2525), I(1442), I(3345)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[2366, 452, 453, 3718, 3978, 1163, 4108, 4747, 2576, 3345, 1171, 1494, 4569, 603, 247, 2525, 1442, 1582, 623, 1906, 692, 374, 4855, 4350, 4415]") << "step 4";
    kb_set_iand(V(a), V(kb_set_from_iterable(V(Values({I(1344), I(4745), I(556), I(20), I(502), I(4897), I(989), I(4165), I(4994), I(2939), I(1492), I(4853), I(4979), I(1222), I(1074), I(1823), I(3534), I(1684), I(649), I(4540), I(1786), I(72), I(2862), I(13), I(3385), I(4665), I(985), I(889), I(2149), I(1819), I(4211), I(3825), I(417), I(847), I(911), I(3255)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 5";
  }
  {  // scenario 28 (int)
    KbSet* a = kb_set_from_iterable(V(Values({I(4295), I(4271), I(714), I(405)})));
    kb_set_ior(V(a), V(kb_set_from_iterable(V(Values({I(4252), I(4410), I(3611), I(3226), I(2696), I(2817), I(4069), I(1663), I(1913), I(2958), I(292), I(1685), I(185), I(1524), I(2811), I(3395), I(3901), I(3538), I(4997), I(1759), I(3812), I(1718), I(4714), I(2042), I(3303), I(3610), I(2015), I(640)})))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[640, 2817, 4997, 2696, 2958, 405, 1685, 3226, 3611, 4252, 3610, 292, 4271, 1718, 185, 4410, 3901, 3395, 4295, 714, 3538, 1759, 2015, 3812, 4069, 3303, 4714, 1524, 1913, 2042, 2811, 1663]") << "step 0";
    a = reinterpret_cast<KbSet*>(kb_set_xor(V(a), V(kb_set_from_iterable(V(Values({I(1672), I(2021), I(837), I(2332), I(174), I(2719), I(180), I(1572), I(2767), I(4671), I(3088), I(281), I(1736), I(1901), I(2109), I(1432), I(1216), I(37), I(1038), I(241), I(1488), I(9), I(2517), I(4595), I(4115), I(3061), I(1408), I(577), I(92)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[2817, 9, 1038, 3088, 4115, 281, 3610, 3611, 2332, 1572, 37, 292, 4410, 2109, 3901, 4671, 577, 3395, 837, 92, 4714, 1901, 1913, 1663, 1408, 640, 4997, 1672, 2696, 2958, 405, 1685, 1432, 3226, 4252, 2719, 174, 4271, 180, 1718, 185, 1216, 4295, 1736, 714, 2767, 1488, 3538, 2517, 1759, 2015, 3812, 2021, 4069, 3303, 241, 4595, 1524, 3061, 2042, 2811]") << "step 1";
    kb_set_add(a, I(2707));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[2817, 9, 1038, 3088, 4115, 281, 3610, 3611, 2332, 1572, 37, 292, 4410, 2109, 3901, 4671, 577, 3395, 837, 92, 4714, 1901, 1913, 1663, 1408, 640, 4997, 1672, 2696, 2958, 2707, 405, 1685, 1432, 3226, 4252, 2719, 174, 4271, 180, 1718, 185, 1216, 4295, 1736, 714, 2767, 1488, 3538, 2517, 1759, 2015, 3812, 2021, 4069, 3303, 241, 4595, 1524, 3061, 2042, 2811]") << "step 2";
    kb_set_pop(a);
    kb_set_pop(a);
    kb_set_pop(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[3088, 4115, 281, 3610, 3611, 2332, 1572, 37, 292, 4410, 2109, 3901, 4671, 577, 3395, 837, 92, 4714, 1901, 1913, 1663, 1408, 640, 4997, 1672, 2696, 2958, 2707, 405, 1685, 1432, 3226, 4252, 2719, 174, 4271, 180, 1718, 185, 1216, 4295, 1736, 714, 2767, 1488, 3538, 2517, 1759, 2015, 3812, 2021, 4069, 3303, 241, 4595, 1524, 3061, 2042, 2811]") << "step 3";
    a = reinterpret_cast<KbSet*>(kb_set_sub(V(a), V(kb_set_from_iterable(V(Values({I(4275), I(348), I(3260), I(4411), I(850), I(3934), I(2230), I(1414), I(4242), I(1933), I(271), I(74), I(4968), I(695)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[1408, 640, 4997, 1672, 2696, 2958, 3088, 4115, 2707, 405, 1685, 1432, 281, 3610, 3611, 2332, 3226, 4252, 2719, 1572, 37, 292, 174, 4271, 180, 1718, 185, 4410, 3901, 2109, 4671, 1216, 577, 3395, 837, 4295, 1736, 714, 2767, 1488, 3538, 2517, 92, 1759, 2015, 3812, 2021, 4069, 3303, 4714, 1901, 241, 4595, 1524, 3061, 1913, 2042, 2811, 1663]") << "step 4";
    kb_set_add(a, I(2401));
    kb_set_add(a, I(139));
    kb_set_add(a, I(2390));
    kb_set_add(a, I(2530));
    kb_set_add(a, I(4369));
    kb_set_add(a, I(4032));
    kb_set_add(a, I(3949));
    kb_set_add(a, I(675));
    kb_set_add(a, I(4261));
    kb_set_add(a, I(-34));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[1408, 640, 4997, 1672, 2696, 139, 2958, 3088, 4369, 4115, 2707, 405, 1685, 1432, 281, 3610, 3611, 2332, 3226, 4252, 2719, 675, 1572, 37, 292, 4261, 174, 4271, 180, 1718, 185, 4410, 3901, 2109, 4671, 1216, 577, 4032, 3395, 837, 4295, 1736, 714, 2767, 1488, 3538, 2517, 2390, 92, -34, 1759, 2015, 2401, 2530, 3812, 2021, 4069, 3303, 4714, 1901, 3949, 241, 4595, 1524, 3061, 1913, 2042, 2811, 1663]") << "step 5";
  }
  {  // scenario 29 (int)
    KbSet* a = kb_set_from_iterable(V(Values({I(2810), I(2578), I(335), I(3234), I(-33), I(3455), I(3876), I(1032), I(455), I(2105), I(2355), I(724), I(3281), I(3449), I(4686), I(985), I(4064), I(3038), I(4509), I(2715), I(3285), I(3555), I(2045), I(4296), I(599), I(2096), I(4413), I(1368), I(2864), I(4756), I(1556), I(1014), I(3908), I(2864), I(4025), I(3599), I(4593), I(4684), I(3122), I(2513), I(2985), I(2950), I(1805), I(508), I(4619), I(1071), I(2501), I(1732), I(1214), I(121), I(660), I(2390), I(2107), I(2675), I(4639), I(3540), I(716), I(936)})));
    a = reinterpret_cast<KbSet*>(kb_set_xor(V(a), V(kb_set_from_iterable(V(Values({I(3062), I(3742), I(2554), I(706), I(4026), I(1541), I(1090), I(3293), I(376), I(2343), I(4032), I(4735), I(4651), I(1695), I(2590), I(3219), I(694), I(3288), I(451), I(3957), I(812), I(1119), I(3003), I(730), I(1944), I(620), I(330)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[1541, 1032, 4619, 1805, 3599, 2578, 1556, 2590, 4639, 3876, 2343, 4651, 812, 1071, 2096, 2864, 3122, 2355, 2105, 2810, 2107, 4413, 1090, 3908, 330, 4684, 4686, 335, 2390, 599, 1368, 1119, 620, 2675, 3957, 376, 121, 3449, 4735, 3455, 2950, 3219, 4756, 660, 1944, 2715, 4509, 3742, 1695, 3234, 936, 2985, 694, 4025, 4026, 3003, 1214, 4032, 706, 451, 1732, 2501, 455, 4296, 716, 3281, 2513, 724, 3285, 3540, 3288, 985, 730, 3293, 3038, -33, 4064, 3555, 4593, 3062, 1014, 2554, 508, 2045]") << "step 0";
    a = reinterpret_cast<KbSet*>(kb_set_or(V(a), V(kb_set_from_iterable(V(Values({I(2708), I(2865), I(578), I(994), I(3472), I(1240), I(3580), I(350), I(599), I(2701), I(4963), I(4004), I(1413)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[1541, 1032, 4619, 1805, 3599, 2578, 1556, 2590, 4639, 3876, 2343, 4651, 812, 1071, 2096, 2864, 3122, 2355, 2865, 2105, 2810, 2107, 4413, 1090, 578, 3908, 330, 4684, 4686, 335, 2390, 599, 1368, 3580, 350, 1119, 4963, 620, 2675, 3957, 376, 121, 3449, 4735, 3455, 1413, 2950, 2701, 3472, 3219, 4756, 660, 2708, 1944, 2715, 4509, 3742, 1695, 3234, 4004, 936, 2985, 694, 4025, 4026, 3003, 1214, 4032, 706, 451, 1732, 2501, 455, 4296, 716, 3281, 2513, 724, 3285, 3540, 3288, 985, 730, 1240, 3293, 3038, -33, 4064, 994, 3555, 4593, 3062, 1014, 2554, 508, 2045]") << "step 1";
    a = reinterpret_cast<KbSet*>(kb_set_or(V(a), V(kb_set_from_iterable(V(Values({I(3313), I(2101), I(4713), I(404), I(1844), I(3691), I(2532), I(2667), I(643), I(3490), I(2374), I(4091), I(734), I(2235), I(4501)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[1541, 1032, 4619, 1805, 3599, 2578, 1556, 2590, 4639, 3876, 2343, 4651, 812, 1071, 2096, 2864, 3122, 2355, 2865, 2101, 1844, 2105, 2810, 2107, 4413, 1090, 578, 3908, 2374, 330, 4684, 4686, 335, 2390, 599, 1368, 3580, 350, 1119, 4963, 4713, 3691, 620, 2667, 2675, 3957, 376, 121, 3449, 4735, 3455, 643, 1413, 2950, 2701, 3472, 3219, 4756, 660, 2708, 404, 1944, 4501, 2715, 4509, 3742, 1695, 3234, 3490, 4004, 936, 2985, 694, 4025, 4026, 3003, 2235, 1214, 4032, 706, 451, 1732, 2501, 455, 4296, 716, 3281, 2513, 724, 3285, 3540, 3288, 985, 730, 1240, 3293, 3038, -33, 4064, 734, 994, 3555, 2532, 4593, 3313, 3062, 1014, 2554, 4091, 508, 2045]") << "step 2";
    kb_set_add(a, I(1963));
    kb_set_add(a, I(2857));
    kb_set_add(a, I(4259));
    kb_set_add(a, I(788));
    kb_set_add(a, I(1840));
    kb_set_add(a, I(2551));
    kb_set_add(a, I(1305));
    kb_set_add(a, I(4543));
    kb_set_add(a, I(3075));
    kb_set_add(a, I(4958));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[3075, 1541, 1032, 4619, 1805, 3599, 2578, 1556, 788, 1305, 2590, 4639, 2551, 3876, 2343, 2857, 4651, 812, 1071, 2096, 2864, 3122, 2355, 2865, 2101, 1844, 1840, 2105, 2810, 2107, 4413, 1090, 578, 3908, 2374, 330, 4684, 4686, 335, 2390, 599, 1368, 3580, 350, 1119, 4958, 4963, 4713, 3691, 620, 2667, 2675, 3957, 376, 121, 3449, 4735, 3455, 643, 1413, 2950, 2701, 3472, 3219, 4756, 660, 2708, 404, 1944, 4501, 2715, 4509, 3742, 1695, 3234, 3490, 4004, 4259, 936, 2985, 1963, 694, 4025, 4026, 3003, 2235, 1214, 4543, 4032, 706, 451, 1732, 2501, 455, 4296, 716, 3281, 2513, 724, 3285, 3540, 3288, 985, 730, 1240, 3293, 3038, -33, 4064, 734, 994, 3555, 2532, 4593, 3313, 3062, 1014, 2554, 4091, 508, 2045]") << "step 3";
    a = reinterpret_cast<KbSet*>(kb_set_and(V(a), V(kb_set_from_iterable(V(Values({I(2355), I(4780), I(4986), I(2149), I(4997), I(3071), I(643), I(3154), I(4816), I(2797), I(2755), I(693), I(2648), I(466), I(1841), I(4864), I(2898), I(2064), I(-45), I(594), I(1636), I(4277), I(767), I(1300), I(2979), I(1245), I(3781), I(1449), I(2853)}))))));
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[2355, 643]") << "step 4";
    kb_set_pop(a);
    kb_set_pop(a);
    EXPECT_EQ(Repr(V(kb_set_to_list(a))), "[]") << "step 5";
  }

}
