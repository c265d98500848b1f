// str: construction, ordering, repr() escapes and quotes, and str()/repr()
// of every runtime type (containers, recursive lists, types, exceptions,
// plain objects).
#include "runtime_test_helpers.h"

#include <regex>

using namespace kbtest;

namespace {

TEST(RuntimeStr, LengthAndAsciiFlag) {
  KbStr* ascii = S("hello");
  EXPECT_EQ(ascii->length, 5);
  EXPECT_TRUE(ascii->flags & KB_STR_ASCII);
  KbStr* mixed = S("h\u00e9\U0001F600");
  EXPECT_EQ(mixed->length, 3);
  EXPECT_EQ(mixed->nbytes, 7);
  EXPECT_FALSE(mixed->flags & KB_STR_ASCII);
  EXPECT_EQ(mixed->data[7], '\0');
  KbStr* both = kb_str_concat(ascii, mixed);
  EXPECT_EQ(both->length, 8);
  EXPECT_EQ(Text(both), "hello" "h\u00e9\U0001F600");
  EXPECT_FALSE(both->flags & KB_STR_ASCII);
  EXPECT_TRUE(kb_str_concat(ascii, ascii)->flags & KB_STR_ASCII);
}

TEST(RuntimeStr, CompareInCodePointOrder) {
  EXPECT_EQ(kb_str_compare(S("abc"), S("abd")), -1);
  EXPECT_EQ(kb_str_compare(S("ab"), S("a")), 1);
  EXPECT_EQ(kb_str_compare(S("\uFFFF"), S("\U00010000")), -1);  // 'ï¿¿' < 'ð€€' in Python
  EXPECT_EQ(kb_str_compare(S("Z"), S("\u00e9")), -1);
  EXPECT_EQ(kb_str_compare(S(""), S("")), 0);
  EXPECT_TRUE(kb_str_equal(S("x\u00e9"), S("x\u00e9")));
  EXPECT_FALSE(kb_str_equal(S("x"), S("xy")));
}

TEST(RuntimeStr, ReprQuotesAndEscapes) {
  EXPECT_EQ(Repr(V(S("a'b"))), "\"a'b\"");
  EXPECT_EQ(Repr(V(S("a\"b"))), "'a\"b'");
  EXPECT_EQ(Repr(V(S("a'\"b"))), "'a\\'\"b'");
  EXPECT_EQ(Repr(V(S("tab\there\nand\r\\"))), "'tab\\there\\nand\\r\\\\'");
  EXPECT_EQ(Repr(V(S(std::string("\x00\x7f", 2)))), "'\\x00\\x7f'");
  // From CPython: repr('\x80\xa0\xad\u200b\u2028\U0001F600\U000e0001 é')
  EXPECT_EQ(Repr(V(S("\u0080\u00a0\u00ad\u200b\u2028\U0001F600\U000e0001 \u00e9"))),
            "'\\x80\\xa0\\xad\\u200b\\u2028\U0001F600\\U000e0001 \u00e9'");
  EXPECT_EQ(Text(kb_ascii(V(S("\u00e9\U0001F600")))), "'\\xe9\\U0001f600'");
}

TEST(RuntimeStr, StrAndReprOfValues) {
  EXPECT_EQ(Repr(I(-5)), "-5");
  EXPECT_EQ(Repr(V(&kb_True)), "True");
  EXPECT_EQ(Repr(V(&kb_False)), "False");
  EXPECT_EQ(Repr(V(&kb_None)), "None");
  EXPECT_EQ(StrOf(V(S("x'y"))), "x'y");
  EXPECT_EQ(Repr(F(1.0)), "1.0");
  EXPECT_EQ(Repr(V(Tuple({}))), "()");
  EXPECT_EQ(Repr(V(Tuple({I(1)}))), "(1,)");
  EXPECT_EQ(Repr(V(Tuple({I(1), V(S("a")), F(2.5)}))), "(1, 'a', 2.5)");
  EXPECT_EQ(Repr(V(&kb_type_int)), "<class 'int'>");
  EXPECT_EQ(Repr(V(&kb_type_ZeroDivisionError)), "<class 'ZeroDivisionError'>");
  EXPECT_EQ(Repr(V(&kb_type_none)), "<class 'NoneType'>");
}

TEST(RuntimeStr, Lists) {
  KbList* values = kb_list_new(KB_ELEM_VALUE, 0);
  kb_list_append_value(values, I(1));
  kb_list_append_value(values, V(S("a")));
  EXPECT_EQ(Repr(V(values)), "[1, 'a']");
  kb_list_append_value(values, V(values));
  EXPECT_EQ(Repr(V(values)), "[1, 'a', [...]]");
  EXPECT_EQ(StrOf(V(values)), "[1, 'a', [...]]");
  KbList* floats = kb_list_new(KB_ELEM_FLOAT, 0);
  for (int i = 0; i < 100; ++i) kb_list_append_float(floats, i * 0.5);
  EXPECT_EQ(floats->length, 100);
  EXPECT_GE(floats->capacity, 100);
  EXPECT_EQ(static_cast<double*>(floats->items)[99], 49.5);
  KbList* small = kb_list_new(KB_ELEM_FLOAT, 0);
  kb_list_append_float(small, 0.1);
  kb_list_append_float(small, -0.0);
  EXPECT_EQ(Repr(V(small)), "[0.1, -0.0]");
  KbList* bools = kb_list_new(KB_ELEM_BOOL, 2);
  static_cast<uint8_t*>(bools->items)[1] = 1;
  kb_list_append_bool(bools, false);
  EXPECT_EQ(Repr(V(bools)), "[False, True, False]");
  EXPECT_EQ(Repr(V(kb_list_new(KB_ELEM_VALUE, 0))), "[]");
  KbList* zeroed = kb_list_new(KB_ELEM_VALUE, 3);
  EXPECT_EQ(static_cast<KbValue*>(zeroed->items)[2], 0u);
  EXPECT_EQ(RaisedBy([] { kb_list_index_error(); }), "IndexError: list index out of range");
  // Deep nesting raises instead of overflowing the stack, as in CPython.
  KbList* deep = kb_list_new(KB_ELEM_VALUE, 0);
  for (int i = 0; i < 5000; ++i) {
    KbList* outer = kb_list_new(KB_ELEM_VALUE, 0);
    kb_list_append_value(outer, V(deep));
    deep = outer;
  }
  EXPECT_EQ(RaisedBy([&] { kb_repr(V(deep)); }),
            "RecursionError: maximum recursion depth exceeded while getting the repr of an object");
}

TEST(RuntimeStr, ExceptionsTypesAndObjects) {
  KbObject* zde = kb_exception_new(&kb_type_ZeroDivisionError, Tuple({V(S("division by zero"))}));
  EXPECT_EQ(StrOf(V(zde)), "division by zero");
  EXPECT_EQ(Repr(V(zde)), "ZeroDivisionError('division by zero')");
  EXPECT_EQ(Repr(V(kb_exception_new(&kb_type_ValueError, nullptr))), "ValueError()");
  EXPECT_EQ(StrOf(V(kb_exception_new(&kb_type_ValueError, nullptr))), "");
  KbObject* two = kb_exception_new(&kb_type_ValueError, Tuple({V(S("a")), I(1)}));
  EXPECT_EQ(Repr(V(two)), "ValueError('a', 1)");
  EXPECT_EQ(StrOf(V(two)), "('a', 1)");
  EXPECT_EQ(StrOf(V(kb_exception_new(&kb_type_KeyError, Tuple({V(S("a"))})))), "'a'");
  // A program's own class prints with __main__.
  static const KbType foo = {{&kb_type_type}, "Foo", &kb_type_object, 0, sizeof(KbObject)};
  EXPECT_EQ(Repr(V(&foo)), "<class '__main__.Foo'>");
  auto* obj = static_cast<KbObject*>(kb_alloc(sizeof(KbObject)));
  obj->type = &foo;
  EXPECT_TRUE(std::regex_match(Repr(V(obj)), std::regex("<__main__\\.Foo object at 0x[0-9a-f]+>")));
}

}  // namespace
