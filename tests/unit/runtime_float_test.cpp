// float: repr (shortest round-trip digits in CPython's layout), floor
// division and modulo with CPython's signs (zeros included), float_pow's
// special cases and errors, and float(str).
#include "runtime_test_helpers.h"

#include <cmath>

using namespace kbtest;

namespace {

std::string FR(double x) { return Text(kb_float_repr(x)); }
// repr() of a result, so that the sign of zero is compared too.
std::string Floor(double a, double b) { return FR(kb_float_floordiv(a, b)); }
std::string Mod(double a, double b) { return FR(kb_float_mod(a, b)); }
std::string Pow(double a, double b) { return FR(kb_float_pow(a, b)); }

TEST(RuntimeFloat, Repr) {
  struct Case { double x; const char* repr; } cases[] = {
      {0.1, "0.1"},
      {1e16, "1e+16"},
      {1e-5, "1e-05"},
      {5e-324, "5e-324"},
      {1.7976931348623157e308, "1.7976931348623157e+308"},
      {2.675, "2.675"},
      {123456789012345.0, "123456789012345.0"},
      {1234567890123456.0, "1234567890123456.0"},
      {12345678901234567.0, "1.2345678901234568e+16"},
      {-0.0, "-0.0"},
      {0.0, "0.0"},
      {0.0001, "0.0001"},
      {1e22, "1e+22"},
      {1.5e-5, "1.5e-05"},
      {100.0, "100.0"},
      {1.0 / 3.0, "0.3333333333333333"},
      {9007199254740993.0, "9007199254740992.0"},
      {1e-4 * 1.1, "0.00011000000000000002"},
      {-3.14159, "-3.14159"},
      {INFINITY, "inf"},
      {-INFINITY, "-inf"},
      {NAN, "nan"},
  };
  for (const Case& c : cases) EXPECT_EQ(FR(c.x), c.repr);
  EXPECT_EQ(StrOf(F(1e16)), "1e+16");
}

TEST(RuntimeFloat, FloorDivisionAndModulo) {
  EXPECT_EQ(Floor(7.0, 2.0), "3.0");
  EXPECT_EQ(Mod(7.0, 2.0), "1.0");
  EXPECT_EQ(Floor(-7.0, 2.0), "-4.0");
  EXPECT_EQ(Mod(-7.0, 2.0), "1.0");
  EXPECT_EQ(Floor(7.0, -2.0), "-4.0");
  EXPECT_EQ(Mod(7.0, -2.0), "-1.0");
  EXPECT_EQ(Floor(-0.0, 5.0), "-0.0");
  EXPECT_EQ(Mod(-0.0, 5.0), "0.0");
  EXPECT_EQ(Floor(0.0, -5.0), "-0.0");
  EXPECT_EQ(Mod(0.0, -5.0), "-0.0");
  EXPECT_EQ(Floor(-1e-300, 1e300), "-1.0");
  EXPECT_EQ(Mod(-1e-300, 1e300), "1e+300");
  EXPECT_EQ(Floor(5.0, INFINITY), "0.0");
  EXPECT_EQ(Mod(-5.0, INFINITY), "inf");
  EXPECT_EQ(Floor(-5.0, INFINITY), "-1.0");
  EXPECT_EQ(Floor(1.0, 0.1), "9.0");
  EXPECT_EQ(Mod(1.0, 0.1), "0.09999999999999995");
  EXPECT_EQ(Floor(INFINITY, 1.0), "nan");
  EXPECT_EQ(RaisedBy([] { kb_float_floordiv(1.0, 0.0); }), "ZeroDivisionError: float floor division by zero");
  EXPECT_EQ(RaisedBy([] { kb_float_mod(1.0, -0.0); }), "ZeroDivisionError: float modulo");
  EXPECT_EQ(RaisedBy([] { kb_float_truediv(1.0, 0.0); }), "ZeroDivisionError: float division by zero");
  EXPECT_EQ(kb_float_truediv(1.0, 4.0), 0.25);
}

TEST(RuntimeFloat, Pow) {
  EXPECT_EQ(Pow(2.0, 0.5), "1.4142135623730951");
  EXPECT_EQ(Pow(-8.0, 3.0), "-512.0");
  EXPECT_EQ(Pow(-2.0, -2.0), "0.25");
  EXPECT_EQ(Pow(INFINITY, -3.0), "0.0");
  EXPECT_EQ(Pow(-INFINITY, 3.0), "-inf");
  EXPECT_EQ(Pow(-0.0, 3.0), "-0.0");
  EXPECT_EQ(Pow(-0.0, 2.0), "0.0");
  EXPECT_EQ(Pow(NAN, 0.0), "1.0");
  EXPECT_EQ(Pow(1.0, NAN), "1.0");
  EXPECT_EQ(Pow(-1.0, INFINITY), "1.0");
  EXPECT_EQ(Pow(0.5, -INFINITY), "inf");
  EXPECT_EQ(Pow(10.0, -400.0), "0.0");
  EXPECT_EQ(RaisedBy([] { kb_float_pow(0.0, -1.0); }),
            "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  EXPECT_EQ(RaisedBy([] { kb_float_pow(10.0, 400.0); }), "OverflowError: (34, 'Numerical result out of range')");
  EXPECT_EQ(RaisedBy([] { kb_float_pow(-10.0, 401.0); }), "OverflowError: (34, 'Numerical result out of range')");
  EXPECT_EQ(RaisedBy([] { kb_float_pow(-8.0, 1.0 / 3.0); }),
            "ValueError: negative number cannot be raised to a fractional power");
}

TEST(RuntimeFloat, FromString) {
  EXPECT_EQ(kb_float_from_str(S(" 1_0.5 ")), 10.5);
  EXPECT_EQ(kb_float_from_str(S(".5e-3")), 0.0005);
  EXPECT_EQ(kb_float_from_str(S("\u00a0-2.5\n")), -2.5);
  EXPECT_EQ(kb_float_from_str(S("1e500")), INFINITY);
  EXPECT_EQ(kb_float_from_str(S("-inFinity")), -INFINITY);
  EXPECT_TRUE(std::isnan(kb_float_from_str(S("-nan"))));
  EXPECT_EQ(kb_float_from_str(S("2.675")), 2.675);
  EXPECT_EQ(kb_float_from_str(S("5e-324")), 5e-324);
  const char* bad[][2] = {{"x", "'x'"}, {"1__0", "'1__0'"}, {"0x10", "'0x10'"}, {"", "''"},
                          {"1e", "'1e'"}, {"_1", "'_1'"},   {"1_", "'1_'"},     {"1._5", "'1._5'"},
                          {"nan(1)", "'nan(1)'"}};
  for (auto& c : bad) {
    EXPECT_EQ(RaisedBy([&] { kb_float_from_str(S(c[0])); }),
              std::string("ValueError: could not convert string to float: ") + c[1]);
  }
}

}  // namespace
