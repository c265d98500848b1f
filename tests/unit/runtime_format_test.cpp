// `fmt % args`: every conversion, the flags, `*`, precision, and CPython's
// error messages. Expected strings come from CPython 3.11.
#include "runtime_test_helpers.h"

#include <cmath>

using namespace kbtest;

namespace {

std::string Fmt(const std::string& fmt, KbValue args) { return Text(kb_str_mod(S(fmt), args)); }
std::string Fmt(const std::string& fmt, std::initializer_list<KbValue> args) {
  return Fmt(fmt, V(Tuple(args)));
}

TEST(RuntimeFormat, IntegerConversions) {
  EXPECT_EQ(Fmt("%5.1s|%-5s|%05d|%+d|% d|%#x|%#o|%#X|%x",
                {V(S("abc")), V(S("a")), I(-42), I(5), I(5), I(255), I(8), I(255), I(-255)}),
            "    a|a    |-0042|+5| 5|0xff|0o10|0XFF|-ff");
  EXPECT_EQ(Fmt("%.5d|%#.5x|%#8x|%#08x|%-#8x|%+08d|% 05d|%+#o",
                {I(-42), I(255), I(255), I(-255), I(255), I(42), I(42), I(8)}),
            "-00042|0x000ff|    0xff|-0x000ff|0xff    |+0000042| 0042|+0o10");
  EXPECT_EQ(Fmt("%d", F(3.99)), "3");
  EXPECT_EQ(Fmt("%i %u", {F(-2.5), V(&kb_True)}), "-2 1");
  EXPECT_EQ(Fmt("%x", V(&kb_True)), "1");
  EXPECT_EQ(Fmt("%x", kb_int_pow(I(2), I(70))), "400000000000000000");
  EXPECT_EQ(Fmt("%#X", I(-255)), "-0XFF");
  EXPECT_EQ(Fmt("%o", I(-8)), "-10");
  EXPECT_EQ(Fmt("%d", kb_int_pow(I(2), I(200))),
            "1606938044258990275541962092341162602522202993782792835301376");
  EXPECT_EQ(Fmt("%i", F(1e20)), "100000000000000000000");
  EXPECT_EQ(Fmt("%ld %hd %Ld", {I(1), I(2), I(3)}), "1 2 3");
  EXPECT_EQ(Fmt("%-05d|%05s|%05c", {I(3), V(S("a")), V(S("x"))}), "3    |    a|    x");
}

TEST(RuntimeFormat, FloatConversions) {
  EXPECT_EQ(Fmt("%g|%g|%g|%g|%.3g|%#.3g|%g|%g|%g",
                {F(100000.0), F(1000000.0), F(1e-4), F(1.5e-5), F(2.675), F(1.0), F(0.0), F(-0.0), F(123456789.0)}),
            "100000|1e+06|0.0001|1.5e-05|2.67|1.00|0|-0|1.23457e+08");
  EXPECT_EQ(Fmt("%.0f|%.1f|%.2f|%.20f", {F(0.5), F(0.25), F(2.675), F(0.1)}), "0|0.2|2.67|0.10000000000000000555");
  EXPECT_EQ(Fmt("%e %E %.0e %#.0e %.0f %#.0f", {F(1.5), F(2.5), F(2.5), F(2.5), F(2.5), F(2.5)}),
            "1.500000e+00 2.500000E+00 2e+00 2.e+00 2 2.");
  EXPECT_EQ(Fmt("%010.3f|%-10.2e|%+.1f", {F(-3.14159), F(12345.678), F(0.05)}), "-00003.142|1.23e+04  |+0.1");
  EXPECT_EQ(Fmt("%g %g %g %#g %G", {F(1e16), F(0.0001), F(1e-5), F(1.0), F(1e-10)}), "1e+16 0.0001 1e-05 1.00000 1E-10");
  EXPECT_EQ(Fmt("%05f|%-8f|%+f|% f", {F(INFINITY), F(NAN), F(INFINITY), F(-INFINITY)}), "00inf|nan     |+inf|-inf");
  EXPECT_EQ(Fmt("%f", F(-NAN)), "nan");
  EXPECT_EQ(Fmt("%F", F(INFINITY)), "INF");
  EXPECT_EQ(Fmt("%.3g", F(-INFINITY)), "-inf");
  EXPECT_EQ(Fmt("%e", I(1)), "1.000000e+00");
  EXPECT_EQ(Fmt("%f", V(&kb_True)), "1.000000");
  EXPECT_EQ(Fmt("%.2f%%", F(12.345)), "12.35%");
  EXPECT_EQ(Fmt("%.17g", F(0.1)), "0.10000000000000001");
  EXPECT_EQ(Fmt("%#5.0f|%#g|%#e", {F(1.0), F(0.0001), F(1.0)}), "   1.|0.000100000|1.000000e+00");
}

TEST(RuntimeFormat, StrReprCharAndStar) {
  EXPECT_EQ(Fmt("%s %r %a", {F(1.0), V(S("\u00e9\n")), V(S("\u00e9"))}), "1.0 '\u00e9\\n' '\\xe9'");
  EXPECT_EQ(Fmt("%*d|%-*d|%.*f", {I(5), I(1), I(5), I(2), I(2), F(3.14159)}), "    1|2    |3.14");
  EXPECT_EQ(Fmt("%.*d", {I(-3), I(7)}), "7");
  EXPECT_EQ(Fmt("%*d", {I(-4), I(7)}), "7   ");
  EXPECT_EQ(Fmt("%c%c", {I(233), I(0x1F600)}), "\u00e9\U0001F600");
  EXPECT_EQ(Fmt("%c", V(&kb_True)), "\x01");
  EXPECT_EQ(Fmt("%.1s|%5.2s|%-5r", {V(S("\u00e9\u20acx")), V(S("\u00e9\u20acx")), I(1)}), "\u00e9|   \u00e9\u20ac|1    ");
  EXPECT_EQ(Fmt("%s", V(Tuple({V(&kb_None)}))), "None");
  EXPECT_EQ(Fmt("%s", V(Tuple({V(Tuple({I(1), I(2)}))}))), "(1, 2)");
  EXPECT_EQ(Fmt("%.2r", V(S("abc"))), "'a");
  EXPECT_EQ(Fmt("%s", V(kb_list_new(KB_ELEM_VALUE, 0))), "[]");
  EXPECT_EQ(Fmt("%%", V(kb_list_new(KB_ELEM_VALUE, 0))), "%");
  EXPECT_EQ(Fmt("100%% %s", V(S("done"))), "100% done");
  EXPECT_EQ(Fmt("\u00e9%s\u00e9", I(1)), "\u00e91\u00e9");
}

TEST(RuntimeFormat, Errors) {
  auto err = [](const std::string& fmt, KbValue args) { return RaisedBy([&] { kb_str_mod(S(fmt), args); }); };
  KbValue empty = V(Tuple({}));
  EXPECT_EQ(err("%d", V(S("a"))), "TypeError: %d format: a real number is required, not str");
  EXPECT_EQ(err("%u", V(S("a"))), "TypeError: %u format: a real number is required, not str");
  EXPECT_EQ(err("%x", F(1.5)), "TypeError: %x format: an integer is required, not float");
  EXPECT_EQ(err("%o", F(1.0)), "TypeError: %o format: an integer is required, not float");
  EXPECT_EQ(err("%s %s", V(Tuple({I(1)}))), "TypeError: not enough arguments for format string");
  EXPECT_EQ(err("%s", V(Tuple({I(1), I(2)}))), "TypeError: not all arguments converted during string formatting");
  EXPECT_EQ(err("%%", I(5)), "TypeError: not all arguments converted during string formatting");
  EXPECT_EQ(err("%", empty), "ValueError: incomplete format");
  EXPECT_EQ(err("abc%", empty), "ValueError: incomplete format");
  EXPECT_EQ(err("%5", I(1)), "ValueError: incomplete format");
  EXPECT_EQ(err("%z", I(1)), "ValueError: unsupported format character 'z' (0x7a) at index 1");
  EXPECT_EQ(err("x%yz", I(1)), "ValueError: unsupported format character 'y' (0x79) at index 2");
  EXPECT_EQ(err("%\u00e9", I(1)), "ValueError: unsupported format character '?' (0xe9) at index 1");
  EXPECT_EQ(err("%5%", I(1)), "ValueError: unsupported format character '%' (0x25) at index 2");
  EXPECT_EQ(err("%5%", empty), "TypeError: not enough arguments for format string");
  EXPECT_EQ(err("%c", V(S("ab"))), "TypeError: %c requires int or char");
  EXPECT_EQ(err("%c", F(1.0)), "TypeError: %c requires int or char");
  EXPECT_EQ(err("%c", I(0x110000)), "OverflowError: %c arg not in range(0x110000)");
  EXPECT_EQ(err("%c", I(-1)), "OverflowError: %c arg not in range(0x110000)");
  EXPECT_EQ(err("%f", V(S("a"))), "TypeError: must be real number, not str");
  EXPECT_EQ(err("%f", kb_int_pow(I(10), I(400))), "OverflowError: int too large to convert to float");
  EXPECT_EQ(err("%*d", V(Tuple({V(S("a")), I(1)}))), "TypeError: * wants int");
  EXPECT_EQ(err("%d", F(NAN)), "ValueError: cannot convert float NaN to integer");
  EXPECT_EQ(err("%d", F(INFINITY)), "OverflowError: cannot convert float infinity to integer");
  EXPECT_EQ(err("%(a)s", I(1)), "TypeError: format requires a mapping");
}

}  // namespace

TEST(RuntimeFormat, MappingKeys) {
  KbDict* d = kb_dict_new();
  kb_dict_setitem(d, V(S("a")), V(S("x")));
  kb_dict_setitem(d, V(S("b")), F(2.25));
  kb_dict_setitem(d, V(S("(a)")), I(3));
  EXPECT_EQ(Text(kb_str_mod(S("%(a)s-%(b)05.1f"), V(d))), "x-002.2");
  EXPECT_EQ(Text(kb_str_mod(S("%((a))s %%"), V(d))), "3 %");
  KbDict* one = kb_dict_new();
  kb_dict_setitem(one, V(S("a")), I(1));
  EXPECT_EQ(Text(kb_str_mod(S("%s"), V(one))), "{'a': 1}");
  EXPECT_EQ(RaisedBy([&] { kb_str_mod(S("%(c)s"), V(one)); }), "KeyError: 'c'");
  EXPECT_EQ(RaisedBy([&] { kb_str_mod(S("%(a"), V(one)); }), "ValueError: incomplete format key");
  EXPECT_EQ(RaisedBy([&] { kb_str_mod(S("%s %s"), V(one)); }), "TypeError: not enough arguments for format string");
  EXPECT_EQ(RaisedBy([&] { kb_str_mod(S("%(a)s"), V(Tuple({I(1)}))); }), "TypeError: format requires a mapping");
}
