// dict: insertion order, cross-type keys, the methods and their errors, and
// checked iteration, with expected text from CPython 3.11.
#include "runtime_test_helpers.h"

#include <vector>

using namespace kbtest;

namespace {

KbValue None() { return V(&kb_None); }

KbDict* Dict(std::initializer_list<std::pair<KbValue, KbValue>> items) {
  KbDict* d = kb_dict_new();
  for (auto& [k, v] : items) kb_dict_setitem(d, k, v);
  return d;
}

}  // namespace

TEST(RuntimeDict, CrossTypeKeysKeepTheFirstKey) {
  KbDict* d = kb_dict_new();
  kb_dict_setitem(d, I(1), V(S("a")));
  kb_dict_setitem(d, F(1.0), V(S("b")));
  kb_dict_setitem(d, V(&kb_True), V(S("c")));
  EXPECT_EQ(Repr(V(d)), "{1: 'c'}");
  EXPECT_EQ(kb_dict_len(d), 1);
  EXPECT_EQ(Text(reinterpret_cast<KbStr*>(kb_dict_getitem(d, F(1.0)))), "c");
}

TEST(RuntimeDict, GetSetDeleteAndErrors) {
  KbDict* d = Dict({{V(S("a")), I(1)}, {V(S("b")), I(2)}});
  EXPECT_EQ(Repr(V(d)), "{'a': 1, 'b': 2}");
  EXPECT_EQ(RaisedBy([] { kb_dict_getitem(kb_dict_new(), V(S("x"))); }), "KeyError: 'x'");
  EXPECT_EQ(RaisedBy([] { kb_dict_getitem(kb_dict_new(), V(Tuple({I(1), I(2)}))); }), "KeyError: (1, 2)");
  EXPECT_EQ(RaisedBy([&] { kb_dict_delitem(d, V(S("zz"))); }), "KeyError: 'zz'");
  EXPECT_EQ(RaisedBy([&] { kb_dict_setitem(d, V(kb_list_new(KB_ELEM_VALUE, 0)), I(1)); }),
            "TypeError: unhashable type: 'list'");
  EXPECT_TRUE(kb_dict_contains(d, V(S("a"))));
  EXPECT_FALSE(kb_dict_contains(d, V(S("c"))));
  EXPECT_EQ(kb_dict_get(d, V(S("c")), I(7)), I(7));
  EXPECT_EQ(kb_dict_get(d, V(S("b")), None()), I(2));
  EXPECT_EQ(kb_dict_pop(d, V(S("a")), 0), I(1));
  EXPECT_EQ(kb_dict_pop(d, V(S("a")), I(9)), I(9));
  EXPECT_EQ(RaisedBy([&] { kb_dict_pop(d, V(S("a")), 0); }), "KeyError: 'a'");
  EXPECT_EQ(kb_dict_setdefault(d, V(S("n")), I(5)), I(5));
  EXPECT_EQ(kb_dict_setdefault(d, V(S("n")), I(6)), I(5));
  EXPECT_EQ(Repr(V(d)), "{'b': 2, 'n': 5}");
  EXPECT_EQ(Repr(V(kb_dict_popitem(d))), "('n', 5)");
  EXPECT_EQ(Repr(V(kb_dict_popitem(d))), "('b', 2)");
  EXPECT_EQ(RaisedBy([&] { kb_dict_popitem(d); }), "KeyError: 'popitem(): dictionary is empty'");
  EXPECT_EQ(Repr(V(kb_dict_new())), "{}");
}

TEST(RuntimeDict, OrderSurvivesDeletionsAndGrowth) {
  KbDict* d = kb_dict_new();
  for (int i = 0; i < 10; ++i) kb_dict_setitem(d, I(i), None());
  for (int i = 0; i < 10; i += 2) kb_dict_delitem(d, I(i));
  kb_dict_setitem(d, I(0), V(S("z")));
  EXPECT_EQ(Repr(V(d)), "{1: None, 3: None, 5: None, 7: None, 9: None, 0: 'z'}");
  KbList* pairs = kb_list_new(KB_ELEM_VALUE, 0);
  kb_list_append_value(pairs, V(S("ab")));
  kb_dict_update(d, V(pairs));
  EXPECT_EQ(Repr(V(d)), "{1: None, 3: None, 5: None, 7: None, 9: None, 0: 'z', 'a': 'b'}");
  KbDict* big = kb_dict_new();
  for (int i = 0; i < 1000; ++i) kb_dict_setitem(big, I(i * 7919 % 1000), I(i));
  for (int i = 0; i < 1000; i += 3) kb_dict_delitem(big, I(i));
  EXPECT_EQ(kb_dict_len(big), 666);
  EXPECT_EQ(kb_dict_getitem(big, I(7919 % 1000)), I(1));
  KbList* keys = kb_dict_keys(big);
  EXPECT_EQ(Repr(kb_list_getitem(keys, I(0))), "919");  // i=1 -> 7919 % 1000
  EXPECT_EQ(Repr(V(kb_dict_items(Dict({{I(1), I(2)}})))), "[(1, 2)]");
  EXPECT_EQ(Repr(V(kb_dict_values(Dict({{I(1), I(2)}, {I(3), I(4)}})))), "[2, 4]");
}

TEST(RuntimeDict, UpdateErrorsEqualityCopyRepr) {
  KbDict* d = kb_dict_new();
  KbList* bad = kb_list_new(KB_ELEM_VALUE, 0);
  kb_list_append_value(bad, V(Tuple({I(1), I(2), I(3)})));
  EXPECT_EQ(RaisedBy([&] { kb_dict_update(d, V(bad)); }),
            "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
  KbList* bad2 = kb_list_new(KB_ELEM_VALUE, 0);
  kb_list_append_value(bad2, I(1));
  EXPECT_EQ(RaisedBy([&] { kb_dict_update(d, V(bad2)); }),
            "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
  EXPECT_TRUE(kb_object_eq(V(Dict({{V(S("a")), I(1)}, {V(S("b")), I(2)}})),
                           V(Dict({{V(S("b")), I(2)}, {V(S("a")), F(1.0)}}))));
  EXPECT_FALSE(kb_object_eq(V(Dict({{V(S("a")), I(1)}})), V(Dict({{V(S("a")), I(2)}}))));
  KbDict* self = Dict({{V(S("a")), I(1)}});
  kb_dict_setitem(self, V(S("self")), V(self));
  EXPECT_EQ(Repr(V(self)), "{'a': 1, 'self': {...}}");
  KbDict* copy = kb_dict_copy(self);
  kb_dict_setitem(copy, V(S("x")), None());
  EXPECT_EQ(kb_dict_len(self), 2);
  EXPECT_EQ(kb_dict_len(copy), 3);
  kb_dict_clear(copy);
  EXPECT_EQ(Repr(V(copy)), "{}");
  EXPECT_EQ(Repr(V(kb_dict_fromkeys(V(S("ab")), I(0)))), "{'a': 0, 'b': 0}");
}

TEST(RuntimeDict, CheckedIteration) {
  KbDict* d = Dict({{I(1), I(2)}, {I(3), I(4)}});
  KbDictIter it;
  kb_dict_iter_init(&it, d);
  KbValue k, v;
  ASSERT_TRUE(kb_dict_iter_next(&it, &k, &v));
  EXPECT_EQ(k, I(1));
  kb_dict_setitem(d, I(5), I(6));
  EXPECT_EQ(RaisedBy([&] { kb_dict_iter_next(&it, &k, &v); }),
            "RuntimeError: dictionary changed size during iteration");
  // Same size, different keys.
  KbDict* e = Dict({{I(1), I(2)}, {I(3), I(4)}});
  kb_dict_iter_init(&it, e);
  ASSERT_TRUE(kb_dict_iter_next(&it, &k, &v));
  kb_dict_delitem(e, I(1));
  kb_dict_setitem(e, I(7), I(8));
  ASSERT_TRUE(kb_dict_iter_next(&it, &k, &v));
  EXPECT_EQ(k, I(3));
  EXPECT_EQ(RaisedBy([&] { kb_dict_iter_next(&it, &k, &v); }),
            "RuntimeError: dictionary keys changed during iteration");
  KbDictIter done;
  kb_dict_iter_init(&done, kb_dict_new());
  EXPECT_FALSE(kb_dict_iter_next(&done, &k, &v));
}

TEST(RuntimeDict, Views) {
  KbList* two = kb_list_new(KB_ELEM_VALUE, 0);
  kb_list_append_value(two, I(2));
  KbDict* d = Dict({{V(S("a")), I(1)}, {V(S("b")), V(two)}});
  KbValue keys = V(kb_dict_keys_view(d));
  KbValue values = V(kb_dict_values_view(d));
  KbValue items = V(kb_dict_items_view(d));
  EXPECT_EQ(Repr(keys), "dict_keys(['a', 'b'])");
  EXPECT_EQ(Repr(values), "dict_values([1, [2]])");
  EXPECT_EQ(Repr(items), "dict_items([('a', 1), ('b', [2])])");
  EXPECT_EQ(kb_object_len(keys), 2);
  EXPECT_TRUE(kb_object_contains(items, V(Tuple({V(S("a")), F(1.0)}))));
  EXPECT_FALSE(kb_object_contains(items, V(Tuple({V(S("a")), I(2)}))));
  EXPECT_TRUE(kb_object_contains(values, V(two)));
  EXPECT_TRUE(kb_object_contains(keys, V(S("b"))));
  EXPECT_EQ(Repr(V(kb_dict_keys_view(kb_dict_new()))), "dict_keys([])");
  kb_dict_setitem(d, V(S("s")), values);
  EXPECT_EQ(Repr(V(d)), "{'a': 1, 'b': [2], 's': dict_values([1, [2], ...])}");
  EXPECT_EQ(Repr(V(kb_set_from_iterable(keys))), Repr(V(kb_set_from_iterable(V(kb_dict_keys(d))))));
}

// popitem leaves dummies in the index table; inserting afterwards must still
// find empty slots (a regression test: it used to be able to fill the table).
TEST(RuntimeDict, PopitemThenRefill) {
  KbDict* d = kb_dict_new();
  for (int round = 0; round < 50; ++round) {
    for (int i = 0; i < 5; ++i) kb_dict_setitem(d, I(round * 100 + i), I(i));
    for (int i = 0; i < 5; ++i) kb_dict_popitem(d);
  }
  for (int i = 0; i < 5; ++i) kb_dict_setitem(d, I(1000 + i * 8), I(i));
  EXPECT_FALSE(kb_dict_contains(d, I(7)));
  EXPECT_EQ(Repr(V(d)), "{1000: 0, 1008: 1, 1016: 2, 1024: 3, 1032: 4}");
}

TEST(RuntimeDict, SetLikeViews) {
  KbDict* d = Dict({{I(1), I(2)}});
  KbSet* one = kb_set_new();
  kb_set_add(one, I(1));
  KbSet* pair = kb_set_new();
  kb_set_add(pair, V(Tuple({I(1), I(2)})));
  EXPECT_TRUE(kb_object_eq(V(kb_dict_keys_view(d)), V(one)));
  EXPECT_TRUE(kb_object_eq(V(kb_dict_items_view(d)), V(pair)));
  EXPECT_FALSE(kb_object_eq(V(kb_dict_keys_view(d)), V(pair)));
  EXPECT_EQ(RaisedBy([&] { kb_object_hash(V(kb_dict_keys_view(d))); }), "TypeError: unhashable type: 'dict_keys'");
  EXPECT_EQ(RaisedBy([&] { kb_object_hash(V(kb_dict_items_view(d))); }), "TypeError: unhashable type: 'dict_items'");
}
