// hash() and the generic object protocol (==, ordering, truth, len, in),
// checked against CPython 3.11 (str hashes with PYTHONHASHSEED=0 and =42).
#include "runtime_test_helpers.h"

#include <cmath>
#include <cstdlib>

using namespace kbtest;

namespace {

int64_t StrHashWithSeed(const char* seed, const std::string& text) {
  setenv("PYTHONHASHSEED", seed, 1);
  kb::ReloadHashSeedForTesting();
  int64_t h = kb_str_hash(S(text));
  setenv("PYTHONHASHSEED", "0", 1);
  kb::ReloadHashSeedForTesting();
  return h;
}

}  // namespace

TEST(RuntimeHash, StrSipHashSeedZero) {
  EXPECT_EQ(StrHashWithSeed("0", "abc"), -4594863902769663758);
  EXPECT_EQ(StrHashWithSeed("0", ""), 0);
  EXPECT_EQ(StrHashWithSeed("0", "a"), 4644417185603328019);
  EXPECT_EQ(StrHashWithSeed("0", "é"), 6047309291227476195);            // latin-1 buffer
  EXPECT_EQ(StrHashWithSeed("0", "€x"), -483395623852268653);           // UCS-2 buffer
  EXPECT_EQ(StrHashWithSeed("0", "😀"), -3536540696076613844);          // UCS-4 buffer
  EXPECT_EQ(StrHashWithSeed("0", "abcdefghijk"), 1450545860578130900);  // > 8 bytes
  EXPECT_EQ(StrHashWithSeed("0", "hello world"), -5642461784034726774);
  EXPECT_EQ(StrHashWithSeed("0", "Straße"), 1209923875208343365);
  EXPECT_EQ(StrHashWithSeed("0", "日本語"), 7116994712188270);
}

TEST(RuntimeHash, StrSipHashIntegerSeeds) {
  EXPECT_EQ(StrHashWithSeed("1", "abc"), -4667308735975688587);
  EXPECT_EQ(StrHashWithSeed("1", "😀"), 7663130467274561019);
  EXPECT_EQ(StrHashWithSeed("12345", "abcdefghijk"), 7256046559482825299);
  EXPECT_EQ(StrHashWithSeed("42", "abc"), 3869580338025362921);
  EXPECT_EQ(StrHashWithSeed("42", "日本語"), 337426736487537137);
}

TEST(RuntimeHash, Numbers) {
  EXPECT_EQ(kb_object_hash(F(1.5)), 1152921504606846977);
  EXPECT_EQ(kb_object_hash(F(-2.25)), -576460752303423490);
  EXPECT_EQ(kb_object_hash(F(1e300)), 1224995262755759164);
  EXPECT_EQ(kb_object_hash(F(INFINITY)), 314159);
  EXPECT_EQ(kb_object_hash(F(-INFINITY)), -314159);
  EXPECT_EQ(kb_object_hash(F(0.1)), 230584300921369408);
  EXPECT_EQ(kb_object_hash(F(-0.0)), 0);
  EXPECT_EQ(kb_object_hash(F(1e-300)), 482449582752280463);
  EXPECT_EQ(kb_object_hash(F(2.0)), 2);  // hash(2.0) == hash(2)
  EXPECT_EQ(kb_object_hash(I(-1)), -2);
  EXPECT_EQ(kb_object_hash(Int("2305843009213693951")), 0);
  EXPECT_EQ(kb_object_hash(Int("2305843009213693952")), 1);
  EXPECT_EQ(kb_object_hash(Int("1267650600228229401496703205376")), 549755813888);
  EXPECT_EQ(kb_object_hash(Int("-1267650600228229401496703205376")), -549755813888);
  EXPECT_EQ(kb_object_hash(V(&kb_True)), 1);
  EXPECT_EQ(kb_object_hash(V(&kb_False)), 0);
}

TEST(RuntimeHash, TuplesAndFrozensets) {
  setenv("PYTHONHASHSEED", "0", 1);  // ('a', 1) hashes a str
  kb::ReloadHashSeedForTesting();
  EXPECT_EQ(kb_object_hash(V(Tuple({I(1), I(2)}))), -3550055125485641917);
  EXPECT_EQ(kb_object_hash(V(Tuple({}))), 5740354900026072187);
  EXPECT_EQ(kb_object_hash(V(Tuple({I(1), V(Tuple({I(2), F(3.5)}))}))), -9148893311433065316);
  EXPECT_EQ(kb_object_hash(V(Tuple({V(S("a")), I(1)}))), 6955645834154447545);
  EXPECT_EQ(kb_object_hash(V(Tuple({V(&kb_True)}))), -6644214454873602895);
  EXPECT_EQ(kb_object_hash(V(kb_frozenset_from_iterable(V(Tuple({I(1), I(2), I(3)}))))), -272375401224217160);
  EXPECT_EQ(kb_object_hash(V(kb_frozenset_new())), 133146708735736);
}

TEST(RuntimeHash, Unhashable) {
  EXPECT_EQ(RaisedBy([] { kb_object_hash(V(kb_list_new(KB_ELEM_VALUE, 0))); }), "TypeError: unhashable type: 'list'");
  EXPECT_EQ(RaisedBy([] { kb_object_hash(V(kb_dict_new())); }), "TypeError: unhashable type: 'dict'");
  EXPECT_EQ(RaisedBy([] { kb_object_hash(V(kb_set_new())); }), "TypeError: unhashable type: 'set'");
  EXPECT_EQ(RaisedBy([] { kb_object_hash(V(Tuple({I(1), V(kb_list_new(KB_ELEM_VALUE, 0))}))); }),
            "TypeError: unhashable type: 'list'");
}

TEST(RuntimeObjectProtocol, Equality) {
  EXPECT_TRUE(kb_object_eq(I(1), F(1.0)));
  EXPECT_TRUE(kb_object_eq(V(&kb_True), I(1)));
  EXPECT_TRUE(kb_object_eq(F(1.0), V(&kb_True)));
  EXPECT_FALSE(kb_object_eq(I(1), V(S("1"))));
  EXPECT_FALSE(kb_object_eq(Int("9007199254740993"), F(9007199254740992.0)));  // 2**53 + 1 != 2.0**53
  EXPECT_TRUE(kb_object_eq(Int("9007199254740992"), F(9007199254740992.0)));
  EXPECT_TRUE(kb_object_eq(Int("1267650600228229401496703205376"), F(1267650600228229401496703205376.0)));
  KbValue nan = F(NAN);
  EXPECT_FALSE(kb_object_eq(nan, nan));
  EXPECT_TRUE(kb_object_eq(V(Tuple({I(1), V(S("a"))})), V(Tuple({F(1.0), V(S("a"))}))));
  EXPECT_FALSE(kb_object_eq(V(Tuple({I(1)})), V(Tuple({I(1), I(2)}))));
  // [nan] == [nan] with the same object is True (identity shortcut).
  KbList* a = kb_list_new(KB_ELEM_VALUE, 0);
  kb_list_append_value(a, nan);
  KbList* b = kb_list_new(KB_ELEM_VALUE, 0);
  kb_list_append_value(b, nan);
  EXPECT_TRUE(kb_object_eq(V(a), V(b)));
  EXPECT_TRUE(kb_object_eq(V(&kb_None), V(&kb_None)));
  EXPECT_FALSE(kb_object_eq(V(&kb_None), I(0)));
}

TEST(RuntimeObjectProtocol, Ordering) {
  EXPECT_TRUE(kb_object_compare(I(1), F(1.5), KB_LT));
  EXPECT_TRUE(kb_object_compare(F(2.0), I(2), KB_LE));
  EXPECT_FALSE(kb_object_compare(F(NAN), I(2), KB_LT));
  EXPECT_FALSE(kb_object_compare(F(NAN), I(2), KB_GE));
  EXPECT_TRUE(kb_object_compare(Int("100000000000000000000"), F(INFINITY), KB_LT));
  EXPECT_TRUE(kb_object_compare(V(S("abc")), V(S("abd")), KB_LT));
  EXPECT_TRUE(kb_object_compare(V(S("é")), V(S("z")), KB_GT));
  EXPECT_TRUE(kb_object_compare(V(Tuple({I(1), I(2)})), V(Tuple({I(1), I(2), I(0)})), KB_LT));
  EXPECT_TRUE(kb_object_compare(V(Tuple({I(1), I(3)})), V(Tuple({I(1), I(2), I(0)})), KB_GT));
  EXPECT_TRUE(kb_object_compare(V(Tuple({I(1), V(S("a"))})), V(Tuple({I(2), I(5)})), KB_LT));
  EXPECT_EQ(RaisedBy([] { kb_object_compare(I(1), V(S("a")), KB_LT); }),
            "TypeError: '<' not supported between instances of 'int' and 'str'");
  EXPECT_EQ(RaisedBy([] { kb_object_compare(V(Tuple({I(1), I(2)})), V(Tuple({I(1), V(S("x"))})), KB_GE); }),
            "TypeError: '>=' not supported between instances of 'int' and 'str'");
  EXPECT_EQ(RaisedBy([] { kb_object_compare(V(&kb_None), V(&kb_None), KB_GT); }),
            "TypeError: '>' not supported between instances of 'NoneType' and 'NoneType'");
  EXPECT_EQ(RaisedBy([] { kb_object_compare(V(kb_dict_new()), V(kb_dict_new()), KB_LE); }),
            "TypeError: '<=' not supported between instances of 'dict' and 'dict'");
  KbList* fl = kb_list_new(KB_ELEM_FLOAT, 0);
  kb_list_append_float(fl, 1.0);
  kb_list_append_float(fl, 2.5);
  KbList* vl = kb_list_new(KB_ELEM_VALUE, 0);
  kb_list_append_value(vl, I(1));
  kb_list_append_value(vl, I(3));
  EXPECT_TRUE(kb_object_compare(V(fl), V(vl), KB_LT));
  EXPECT_TRUE(kb_object_compare(V(fl), V(vl), KB_NE));
}

TEST(RuntimeObjectProtocol, TruthLenContains) {
  EXPECT_FALSE(kb_object_truthy(I(0)));
  EXPECT_TRUE(kb_object_truthy(Int("100000000000000000000")));
  EXPECT_FALSE(kb_object_truthy(F(0.0)));
  EXPECT_FALSE(kb_object_truthy(F(-0.0)));
  EXPECT_TRUE(kb_object_truthy(F(NAN)));
  EXPECT_FALSE(kb_object_truthy(V(S(""))));
  EXPECT_FALSE(kb_object_truthy(V(&kb_None)));
  EXPECT_FALSE(kb_object_truthy(V(kb_dict_new())));
  EXPECT_FALSE(kb_object_truthy(V(Tuple({}))));
  EXPECT_EQ(kb_object_len(V(S("héllo"))), 5);
  EXPECT_EQ(RaisedBy([] { kb_object_len(I(3)); }), "TypeError: object of type 'int' has no len()");
  EXPECT_TRUE(kb_object_contains(V(S("hello")), V(S("ell"))));
  EXPECT_TRUE(kb_object_contains(V(Tuple({I(1), F(2.0)})), I(2)));
  EXPECT_EQ(RaisedBy([] { kb_object_contains(V(S("a")), I(1)); }),
            "TypeError: 'in <string>' requires string as left operand, not int");
  EXPECT_EQ(RaisedBy([] { kb_object_contains(I(5), I(1)); }), "TypeError: argument of type 'int' is not iterable");
}

TEST(RuntimeObjectProtocol, DeepNestingRaisesRecursionError) {
  KbList* a = kb_list_new(KB_ELEM_VALUE, 0);
  KbList* b = kb_list_new(KB_ELEM_VALUE, 0);
  for (int i = 0; i < 100000; ++i) {
    KbList* na = kb_list_new(KB_ELEM_VALUE, 0);
    kb_list_append_value(na, V(a));
    a = na;
    KbList* nb = kb_list_new(KB_ELEM_VALUE, 0);
    kb_list_append_value(nb, V(b));
    b = nb;
  }
  EXPECT_EQ(RaisedBy([&] { kb_object_eq(V(a), V(b)); }),
            "RecursionError: maximum recursion depth exceeded in comparison");
  KbTuple* x = Tuple({});
  KbTuple* y = Tuple({});
  for (int i = 0; i < 100000; ++i) {
    x = Tuple({V(x)});
    y = Tuple({V(y)});
  }
  EXPECT_EQ(RaisedBy([&] { kb_object_compare(V(x), V(y), KB_LT); }),
            "RecursionError: maximum recursion depth exceeded in comparison");
  // Shallow nesting still compares.
  EXPECT_TRUE(kb_object_eq(V(Tuple({V(Tuple({I(1)}))})), V(Tuple({V(Tuple({F(1.0)}))}))));
}
