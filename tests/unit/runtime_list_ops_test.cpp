// list and tuple operations: slices with steps, slice assignment and
// deletion, insert/pop/remove/index/count, repetition, sort, and their
// messages, with expected text from CPython 3.11.
#include "runtime_test_helpers.h"

#include <cmath>
#include <vector>

using namespace kbtest;

namespace {

KbValue None() { return V(&kb_None); }

KbList* Range(int64_t n) {
  KbList* l = kb_list_new(KB_ELEM_VALUE, 0);
  for (int64_t i = 0; i < n; ++i) kb_list_append_value(l, I(i));
  return l;
}

KbList* Values(std::initializer_list<KbValue> items) {
  KbList* l = kb_list_new(KB_ELEM_VALUE, 0);
  for (KbValue v : items) kb_list_append_value(l, v);
  return l;
}

KbList* Floats(std::initializer_list<double> items) {
  KbList* l = kb_list_new(KB_ELEM_FLOAT, 0);
  for (double v : items) kb_list_append_float(l, v);
  return l;
}

std::string Slice(KbList* l, KbValue a, KbValue b, KbValue c) { return Repr(V(kb_list_getslice(l, a, b, c))); }

}  // namespace

TEST(RuntimeListOps, GetSlice) {
  KbList* l = Range(10);
  EXPECT_EQ(Slice(l, None(), None(), I(2)), "[0, 2, 4, 6, 8]");
  EXPECT_EQ(Slice(l, None(), None(), I(-3)), "[9, 6, 3, 0]");
  EXPECT_EQ(Slice(l, I(8), I(2), I(-2)), "[8, 6, 4]");
  EXPECT_EQ(Slice(l, I(-100), I(100), None()), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]");
  EXPECT_EQ(Slice(l, I(5), I(2), None()), "[]");
  EXPECT_EQ(Slice(l, None(), None(), I(-1)), "[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]");
  EXPECT_EQ(Slice(l, Int("-100000000000000000000"), Int("100000000000000000000"), I(3)), "[0, 3, 6, 9]");
  EXPECT_EQ(Slice(Floats({1.5, 2.5, 3.5}), I(1), None(), None()), "[2.5, 3.5]");
  EXPECT_EQ(RaisedBy([&] { kb_list_getslice(l, None(), None(), I(0)); }), "ValueError: slice step cannot be zero");
  EXPECT_EQ(RaisedBy([&] { kb_list_getslice(l, None(), None(), V(S("a"))); }),
            "TypeError: slice indices must be integers or None or have an __index__ method");
}

TEST(RuntimeListOps, SetAndDeleteSlices) {
  KbList* l = Range(10);
  kb_list_setslice(l, I(2), I(5), None(), V(Values({V(S("a"))})));
  EXPECT_EQ(Repr(V(l)), "[0, 1, 'a', 5, 6, 7, 8, 9]");
  l = Range(10);
  kb_list_setslice(l, None(), None(), I(3), V(Values({I(0), I(0), I(0), I(0)})));
  EXPECT_EQ(Repr(V(l)), "[0, 1, 2, 0, 4, 5, 0, 7, 8, 0]");
  EXPECT_EQ(RaisedBy([&] { kb_list_setslice(l, None(), None(), I(3), V(Values({I(1), I(2)}))); }),
            "ValueError: attempt to assign sequence of size 2 to extended slice of size 4");
  EXPECT_EQ(RaisedBy([&] { kb_list_setslice(l, I(0), I(1), None(), I(5)); }),
            "TypeError: can only assign an iterable");
  EXPECT_EQ(RaisedBy([&] { kb_list_setslice(l, None(), None(), I(2), I(5)); }),
            "TypeError: must assign iterable to extended slice");
  KbList* self = Values({I(1), I(2)});
  kb_list_setslice(self, I(5), None(), None(), V(self));
  EXPECT_EQ(Repr(V(self)), "[1, 2, 1, 2]");
  l = Range(10);
  kb_list_delslice(l, None(), None(), I(3));
  EXPECT_EQ(Repr(V(l)), "[1, 2, 4, 5, 7, 8]");
  l = Range(10);
  kb_list_delslice(l, None(), None(), I(-4));
  EXPECT_EQ(Repr(V(l)), "[0, 2, 3, 4, 6, 7, 8]");
  l = Range(10);
  kb_list_delslice(l, I(7), I(2), I(-2));
  EXPECT_EQ(Repr(V(l)), "[0, 1, 2, 4, 6, 8, 9]");
  KbList* f = Floats({1, 2, 3, 4});
  kb_list_delslice(f, I(1), I(3), None());
  EXPECT_EQ(Repr(V(f)), "[1.0, 4.0]");
}

TEST(RuntimeListOps, IndexingInsertPop) {
  KbList* l = Values({I(1), I(2), I(3)});
  kb_list_insert_value(l, I(-10), I(0));
  kb_list_insert_value(l, I(100), I(9));
  kb_list_insert_value(l, I(-1), V(S("x")));
  EXPECT_EQ(Repr(V(l)), "[0, 1, 2, 3, 'x', 9]");
  EXPECT_EQ(RaisedBy([] { kb_list_pop_value(kb_list_new(KB_ELEM_VALUE, 0), I(-1)); }),
            "IndexError: pop from empty list");
  EXPECT_EQ(RaisedBy([] { kb_list_pop_value(Values({I(1)}), I(5)); }), "IndexError: pop index out of range");
  EXPECT_EQ(kb_list_pop_value(l, I(-1)), I(9));
  EXPECT_EQ(kb_list_pop_value(l, I(0)), I(0));
  EXPECT_EQ(Repr(V(l)), "[1, 2, 3, 'x']");
  KbList* f = Floats({0.5, 1.5});
  kb_list_insert_float(f, I(1), 1.0);
  EXPECT_EQ(kb_list_pop_float(f, I(-1)), 1.5);
  EXPECT_EQ(Repr(V(f)), "[0.5, 1.0]");
  EXPECT_EQ(RaisedBy([] { kb_list_setitem_value(Values({I(1)}), I(3), I(1)); }),
            "IndexError: list assignment index out of range");
  EXPECT_EQ(RaisedBy([] { kb_list_delitem(Values({I(1)}), I(-2)); }),
            "IndexError: list assignment index out of range");
  EXPECT_EQ(RaisedBy([] { kb_list_getitem(Values({I(1)}), I(1)); }), "IndexError: list index out of range");
  kb_list_setitem_value(l, I(-1), I(4));
  kb_list_delitem(l, I(0));
  EXPECT_EQ(Repr(V(l)), "[2, 3, 4]");
  KbList* b = kb_list_new(KB_ELEM_BOOL, 0);
  kb_list_append_bool(b, true);
  kb_list_insert_bool(b, I(0), false);
  kb_list_setitem_bool(b, I(1), false);
  EXPECT_EQ(Repr(V(b)), "[False, False]");
}

TEST(RuntimeListOps, SearchAndRepeat) {
  KbList* l = Values({I(1), I(2), I(3), I(2)});
  EXPECT_EQ(kb_list_index(l, I(2), I(2), None()), 3);
  EXPECT_EQ(kb_list_index(l, F(2.0), I(-3), None()), 1);
  EXPECT_EQ(kb_list_count(l, I(2)), 2);
  EXPECT_TRUE(kb_list_contains(l, V(&kb_True)));
  EXPECT_EQ(RaisedBy([&] { kb_list_index(l, V(S("a")), None(), None()); }), "ValueError: 'a' is not in list");
  EXPECT_EQ(RaisedBy([&] { kb_list_remove(l, I(7)); }), "ValueError: list.remove(x): x not in list");
  kb_list_remove(l, I(2));
  EXPECT_EQ(Repr(V(l)), "[1, 3, 2]");
  EXPECT_EQ(Repr(V(kb_list_repeat(Values({I(1)}), I(3)))), "[1, 1, 1]");
  EXPECT_EQ(Repr(V(kb_list_repeat(Values({I(1)}), I(-1)))), "[]");
  KbList* r = Values({I(1), I(2)});
  kb_list_inplace_repeat(r, I(2));
  EXPECT_EQ(Repr(V(r)), "[1, 2, 1, 2]");
  kb_list_extend(r, V(Tuple({I(5)})));
  kb_list_extend(r, V(S("ab")));
  EXPECT_EQ(Repr(V(r)), "[1, 2, 1, 2, 5, 'a', 'b']");
  EXPECT_EQ(RaisedBy([&] { kb_list_extend(r, I(3)); }), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(Repr(V(kb_list_concat(Floats({1.5}), Values({I(2)})))), "[1.5, 2]");
  kb_list_reverse(r);
  EXPECT_EQ(Repr(V(r)), "['b', 'a', 5, 2, 1, 2, 1]");
  EXPECT_TRUE(kb_list_contains(Floats({1.0, 2.0}), I(2)));
}

TEST(RuntimeListOps, Sort) {
  KbList* l = Values({I(3), I(1), I(2), F(1.0), V(&kb_True)});
  kb_list_sort(l, nullptr, false);
  EXPECT_EQ(Repr(V(l)), "[1, 1.0, True, 2, 3]");
  l = Values({I(3), I(1), I(2), F(1.0), V(&kb_True)});
  kb_list_sort(l, nullptr, true);
  EXPECT_EQ(Repr(V(l)), "[3, 2, 1, 1.0, True]");
  l = Values({V(S("b")), V(S("a")), V(S("C"))});
  KbList* keys = Values({V(S("b")), V(S("a")), V(S("c"))});
  kb_list_sort(l, keys, false);
  EXPECT_EQ(Repr(V(l)), "['a', 'b', 'C']");
  l = Values({I(3), V(S("a")), I(1)});
  EXPECT_EQ(RaisedBy([&] { kb_list_sort(l, nullptr, false); }),
            "TypeError: '<' not supported between instances of 'str' and 'int'");
  l = Values({I(3), I(1), V(S("a"))});
  EXPECT_EQ(RaisedBy([&] { kb_list_sort(l, nullptr, false); }),
            "TypeError: '<' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(Repr(V(l)), "[3, 1, 'a']");
  l = Values({I(1), I(3), I(2), V(S("a")), I(0)});
  EXPECT_EQ(RaisedBy([&] { kb_list_sort(l, nullptr, false); }),
            "TypeError: '<' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(Repr(V(l)), "[1, 2, 3, 'a', 0]");  // the partial order CPython leaves
  KbList* f = Floats({3.0, NAN, 1.0, 2.0, 0.5});
  kb_list_sort(f, nullptr, false);
  EXPECT_EQ(Repr(V(f)), "[3.0, nan, 0.5, 1.0, 2.0]");
  KbList* big = kb_list_new(KB_ELEM_VALUE, 0);
  for (int i = 0; i < 200; ++i) kb_list_append_value(big, I((i * 37) % 101));
  kb_list_sort(big, nullptr, false);
  EXPECT_EQ(Repr(kb_list_getitem(big, I(0))), "0");
  EXPECT_EQ(Repr(kb_list_getitem(big, I(199))), "100");
  EXPECT_EQ(Repr(kb_list_getitem(big, I(100))), "50");
  KbList* s = Values({I(5), I(2), I(8)});
  kb_list_sort_by(
      s, [](KbValue a, KbValue b, void*) -> int32_t { return kb::SmallIntValue(a) > kb::SmallIntValue(b); },
      nullptr, false);
  EXPECT_EQ(Repr(V(s)), "[8, 5, 2]");
}

TEST(RuntimeListOps, Tuples) {
  KbTuple* t = Tuple({I(1), I(2), I(3)});
  EXPECT_EQ(Repr(V(kb_tuple_getslice(t, None(), None(), I(-1)))), "(3, 2, 1)");
  EXPECT_EQ(Repr(V(kb_tuple_concat(Tuple({I(1), I(2)}), Tuple({I(3)})))), "(1, 2, 3)");
  EXPECT_EQ(Repr(V(kb_tuple_repeat(Tuple({I(1), I(2)}), I(2)))), "(1, 2, 1, 2)");
  EXPECT_TRUE(kb_tuple_contains(t, F(2.0)));
  EXPECT_EQ(kb_tuple_index(t, I(3), None(), None()), 2);
  EXPECT_EQ(kb_tuple_count(Tuple({I(1), F(1.0), V(&kb_True), I(0)}), I(1)), 3);
  EXPECT_EQ(RaisedBy([&] { kb_tuple_index(t, V(S("a")), None(), None()); }),
            "ValueError: tuple.index(x): x not in tuple");
  EXPECT_EQ(RaisedBy([&] { kb_tuple_getitem(t, I(3)); }), "IndexError: tuple index out of range");
  EXPECT_EQ(kb_tuple_getitem(t, I(-1)), I(3));
}
