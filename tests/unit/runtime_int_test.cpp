// int: canonical small/big forms, Python's floor-division signs, correctly
// rounded conversions to float, int(str, base) parsing and the digit limit.
#include "runtime_test_helpers.h"

#include <cmath>

using namespace kbtest;

namespace {

TEST(RuntimeInt, SmallIntOverflowIntoBigAndBack) {
  KbValue max_small = I((int64_t(1) << 62) - 1);
  EXPECT_TRUE(kb::IsSmallInt(max_small));
  KbValue big = kb_int_add(max_small, I(1));
  EXPECT_FALSE(kb::IsSmallInt(big));
  EXPECT_EQ(Repr(big), "4611686018427387904");
  KbValue back = kb_int_sub(big, I(1));
  EXPECT_TRUE(kb::IsSmallInt(back));
  EXPECT_EQ(back, max_small);
  EXPECT_TRUE(kb::IsSmallInt(I(-(int64_t(1) << 62))));
  EXPECT_FALSE(kb::IsSmallInt(kb_int_neg(I(-(int64_t(1) << 62)))));
  EXPECT_EQ(Repr(kb_int_mul(I(3037000500), I(3037000500))), "9223372037000250000");
  EXPECT_EQ(Repr(kb_int_mul(I(INT64_C(4611686018427387903)), I(-4611686018427387903))),
            "-21267647932558653957237540927630737409");
  EXPECT_EQ(Repr(kb_int_pow(I(2), I(100))), "1267650600228229401496703205376");
  EXPECT_EQ(Repr(kb_int_pow(I(-3), I(3))), "-27");
  KbValue q = kb_int_floordiv(kb_int_pow(I(10), I(30)), kb_int_pow(I(10), I(28)));
  EXPECT_TRUE(kb::IsSmallInt(q));
  EXPECT_EQ(q, I(100));
}

TEST(RuntimeInt, FloorDivisionAndModuloSigns) {
  // (a, b, a // b, a % b) from CPython.
  struct Case { int64_t a, b, q, r; } cases[] = {
      {7, 2, 3, 1}, {-7, 2, -4, 1}, {7, -2, -4, -1}, {-7, -2, 3, -1}, {6, 3, 2, 0}, {-6, 3, -2, 0}, {0, -5, 0, 0},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(kb_int_floordiv(I(c.a), I(c.b)), I(c.q)) << c.a << " // " << c.b;
    EXPECT_EQ(kb_int_mod(I(c.a), I(c.b)), I(c.r)) << c.a << " % " << c.b;
  }
  KbValue big = Int("-100000000000000000000000000001");
  EXPECT_EQ(Repr(kb_int_floordiv(big, I(7))), "-14285714285714285714285714286");
  EXPECT_EQ(Repr(kb_int_mod(big, I(7))), "1");
  EXPECT_EQ(Repr(kb_int_mod(big, I(-7))), "-6");
  EXPECT_EQ(RaisedBy([] { kb_int_floordiv(I(5), I(0)); }),
            "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(RaisedBy([] { kb_int_mod(I(5), I(0)); }), "ZeroDivisionError: integer modulo by zero");
}

TEST(RuntimeInt, Compare) {
  EXPECT_EQ(kb_int_compare(I(-1), I(1)), -1);
  EXPECT_EQ(kb_int_compare(Int("100000000000000000000"), I(1)), 1);
  EXPECT_EQ(kb_int_compare(Int("-100000000000000000000"), Int("-100000000000000000000")), 0);
}

TEST(RuntimeInt, TrueDivisionIsCorrectlyRounded) {
  EXPECT_EQ(kb_int_truediv(I(1), I(3)), 1.0 / 3.0);
  EXPECT_EQ(kb_int_truediv(I(-7), I(2)), -3.5);
  // 10**400 / 10**399 == 10.0 even though neither converts to float.
  EXPECT_EQ(kb_int_truediv(kb_int_pow(I(10), I(400)), kb_int_pow(I(10), I(399))), 10.0);
  // (2**53 + 1) / 1 rounds half to even: 9007199254740992.0
  EXPECT_EQ(kb_int_truediv(Int("9007199254740993"), I(1)), 9007199254740992.0);
  // (2**54 + 3) / 2 = 2**53 + 1.5 -> 9007199254740994.0
  EXPECT_EQ(kb_int_truediv(Int("18014398509481987"), I(2)), 9007199254740994.0);
  // 1 / 10**320 is subnormal: CPython gives 1e-320.
  EXPECT_EQ(Text(kb_float_repr(kb_int_truediv(I(1), kb_int_pow(I(10), I(320))))), "1e-320");
  EXPECT_EQ(kb_int_truediv(I(1), kb_int_pow(I(10), I(400))), 0.0);
  EXPECT_EQ(RaisedBy([] { kb_int_truediv(I(1), I(0)); }), "ZeroDivisionError: division by zero");
  EXPECT_EQ(RaisedBy([] { kb_int_truediv(kb_int_pow(I(10), I(400)), I(1)); }),
            "OverflowError: integer division result too large for a float");
}

TEST(RuntimeInt, FloatConversions) {
  // float(2**53 + 1) rounds to even; float(2**53 + 3) rounds up.
  EXPECT_EQ(kb_int_to_float(Int("9007199254740993")), 9007199254740992.0);
  EXPECT_EQ(kb_int_to_float(Int("9007199254740995")), 9007199254740996.0);
  EXPECT_EQ(kb_int_to_float(Int("-9007199254740995")), -9007199254740996.0);
  EXPECT_EQ(Text(kb_float_repr(kb_int_to_float(kb_int_pow(I(10), I(308))))), "1e+308");
  EXPECT_EQ(RaisedBy([] { kb_int_to_float(kb_int_pow(I(10), I(400))); }),
            "OverflowError: int too large to convert to float");
  EXPECT_EQ(kb_int_from_float(-3.99), I(-3));
  EXPECT_EQ(Repr(kb_int_from_float(1e20)), "100000000000000000000");
  EXPECT_EQ(RaisedBy([] { kb_int_from_float(NAN); }), "ValueError: cannot convert float NaN to integer");
  EXPECT_EQ(RaisedBy([] { kb_int_from_float(-INFINITY); }),
            "OverflowError: cannot convert float infinity to integer");
}

TEST(RuntimeInt, PowVariants) {
  EXPECT_EQ(kb_int_pow_float(I(2), I(-1)), 0.5);
  EXPECT_EQ(RaisedBy([] { kb_int_pow_float(I(0), I(-1)); }),
            "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  EXPECT_EQ(kb_int_pow_mod(I(3), I(-1), I(7)), I(5));
  EXPECT_EQ(kb_int_pow_mod(I(-2), I(3), I(-5)), I(-3));
  EXPECT_EQ(RaisedBy([] { kb_int_pow_mod(I(2), I(10), I(0)); }), "ValueError: pow() 3rd argument cannot be 0");
  EXPECT_EQ(RaisedBy([] { kb_int_pow_mod(I(2), I(-1), I(4)); }),
            "ValueError: base is not invertible for the given modulus");
}

TEST(RuntimeInt, BitwiseAndHash) {
  EXPECT_EQ(kb_int_and(I(-6), I(13)), I(8));
  EXPECT_EQ(kb_int_or(I(-6), I(13)), I(-1));
  EXPECT_EQ(kb_int_xor(I(-6), I(13)), I(-9));
  EXPECT_EQ(kb_int_invert(I(5)), I(-6));
  EXPECT_EQ(Repr(kb_int_lshift(I(-3), I(70))), "-3541774862152233910272");
  EXPECT_EQ(kb_int_rshift(I(-7), I(1)), I(-4));
  EXPECT_EQ(kb_int_rshift(kb_int_lshift(I(1), I(100)), I(99)), I(2));
  EXPECT_EQ(RaisedBy([] { kb_int_lshift(I(1), I(-1)); }), "ValueError: negative shift count");
  EXPECT_EQ(kb_int_hash(I(-1)), -2);
  EXPECT_EQ(kb_int_hash(I((int64_t(1) << 61) - 1)), 0);
  EXPECT_EQ(kb_int_hash(kb_int_pow(I(10), I(30))), 465258685558744706);
  EXPECT_EQ(kb_int_hash(kb_int_neg(kb_int_pow(I(10), I(30)))), -465258685558744706);
}

TEST(RuntimeInt, ParseFromString) {
  EXPECT_EQ(kb_int_from_str(S("  -1_2\n"), 10), I(-12));
  EXPECT_EQ(kb_int_from_str(S("\u2003+42\u3000"), 10), I(42));
  EXPECT_EQ(kb_int_from_str(S("\u0661\u0662\u0663"), 10), I(123));  // Arabic-Indic digits
  EXPECT_EQ(kb_int_from_str(S("0x_1f"), 16), I(31));
  EXPECT_EQ(kb_int_from_str(S("0x_1f"), 0), I(31));
  EXPECT_EQ(kb_int_from_str(S("0b101"), 16), I(45313));
  EXPECT_EQ(kb_int_from_str(S("0o17"), 8), I(15));
  EXPECT_EQ(kb_int_from_str(S("0_0"), 0), I(0));
  EXPECT_EQ(kb_int_from_str(S("z"), 36), I(35));
  EXPECT_EQ(Repr(kb_int_from_str(S("-123456789012345678901234567890"), 0)), "-123456789012345678901234567890");
  const char* invalid[][2] = {
      {"abc", "'abc'"}, {"1__2", "'1__2'"}, {"_12", "'_12'"}, {"12_", "'12_'"},
      {"+-1", "'+-1'"}, {"- 1", "'- 1'"},   {"", "''"},       {"it's", "\"it's\""},
  };
  for (auto& c : invalid) {
    EXPECT_EQ(RaisedBy([&] { kb_int_from_str(S(c[0]), 10); }),
              std::string("ValueError: invalid literal for int() with base 10: ") + c[1]);
  }
  EXPECT_EQ(RaisedBy([] { kb_int_from_str(S("010"), 0); }), "ValueError: invalid literal for int() with base 0: '010'");
  EXPECT_EQ(RaisedBy([] { kb_int_from_str(S("0b"), 0); }), "ValueError: invalid literal for int() with base 0: '0b'");
  EXPECT_EQ(RaisedBy([] { kb_int_from_str(S("0x"), 16); }), "ValueError: invalid literal for int() with base 16: '0x'");
  EXPECT_EQ(RaisedBy([] { kb_int_from_str(S("1"), 37); }), "ValueError: int() base must be >= 2 and <= 36, or 0");
  // The repr in the message is cut to 200 characters.
  std::string message = RaisedBy([] { kb_int_from_str(S(std::string(300, 'x')), 10); });
  EXPECT_EQ(message.size(), std::string("ValueError: ").size() + 240);
  EXPECT_EQ(RaisedBy([] { kb_int_from_str(S(std::string(5000, '1')), 10); }),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 "
            "digits; use sys.set_int_max_str_digits() to increase the limit");
  EXPECT_EQ(kb_int_compare(kb_int_from_str(S(std::string(5000, '1')), 2), I(0)), 1);  // power-of-two base: no limit
}

TEST(RuntimeInt, ToStringDigitLimit) {
  EXPECT_EQ(Text(kb_int_to_str(I(-42))), "-42");
  EXPECT_EQ(Text(kb_int_to_str(kb_int_pow(I(10), I(4299)))).size(), 4300u);
  EXPECT_EQ(RaisedBy([] { kb_int_to_str(kb_int_pow(I(10), I(4300))); }),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use "
            "sys.set_int_max_str_digits() to increase the limit");
  EXPECT_EQ(Text(kb_int_to_str(kb_int_neg(kb_int_pow(I(10), I(4299))))).size(), 4301u);
}

}  // namespace

namespace {

// Big ints live in GC memory (GMP's allocator is the GC's): a loop that
// makes and drops a million of them must not grow the heap without bound.
TEST(RuntimeInt, BigIntsAreCollected) {
  KbValue base = kb_int_pow(I(7), I(300));
  KbValue keep = I(0);
  for (int i = 0; i < 1000000; ++i) {
    KbValue t = kb_int_mul(base, I(i + 2));
    keep = kb_int_add(keep, kb_int_mod(t, I(1000)));
  }
  EXPECT_TRUE(kb::IsSmallInt(keep));
  EXPECT_LT(GC_get_heap_size(), size_t(64) << 20);
}

}  // namespace
