// int arithmetic slow paths: any mix of small and big ints, results always
// canonical (a small int whenever the value fits). Python's floor-division
// sign rules; big ints are GMP integers whose limbs the GC owns.
#include "runtime_internal.h"

namespace kb {

void IntToMpz(KbValue v, mpz_t out) {
  if (IsSmallInt(v)) {
    mpz_set_si(out, SmallIntValue(v));
  } else {
    mpz_set(out, reinterpret_cast<const KbLong*>(v)->value);
  }
}

KbValue IntFromMpz(mpz_t z) {
  if (mpz_fits_slong_p(z)) {
    long x = mpz_get_si(z);
    if (FitsSmallInt(x)) return MakeSmallInt(x);
  }
  auto* big = static_cast<KbLong*>(kb_alloc(sizeof(KbLong)));
  big->header.type = &kb_type_int;
  mpz_init(big->value);
  mpz_swap(big->value, z);
  return AsValue(big);
}

namespace {

// An mpz holding an int word's value for the duration of a scope.
class Mpz {
 public:
  Mpz() { mpz_init(z_); }
  explicit Mpz(KbValue v) {
    mpz_init(z_);
    IntToMpz(v, z_);
  }
  ~Mpz() { mpz_clear(z_); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  mpz_ptr get() { return z_; }
  KbValue Take() { return IntFromMpz(z_); }

 private:
  mpz_t z_;
};

// Sign of an int word: -1, 0 or 1.
int IntSign(KbValue v) {
  if (IsSmallInt(v)) {
    int64_t x = SmallIntValue(v);
    return (x > 0) - (x < 0);
  }
  return mpz_sgn(reinterpret_cast<const KbLong*>(v)->value);
}

// An int word's value as a read-only mpz: a big int's own limbs, without a
// copy, or a small int in a temporary.
class MpzView {
 public:
  explicit MpzView(KbValue v) {
    if (IsSmallInt(v)) {
      mpz_init_set_si(temp_, SmallIntValue(v));
      ptr_ = temp_;
      owned_ = true;
    } else {
      ptr_ = reinterpret_cast<const KbLong*>(v)->value;
    }
  }
  ~MpzView() {
    if (owned_) mpz_clear(temp_);
  }
  MpzView(const MpzView&) = delete;
  MpzView& operator=(const MpzView&) = delete;
  mpz_srcptr get() const { return ptr_; }

 private:
  mpz_t temp_;
  mpz_srcptr ptr_;
  bool owned_ = false;
};

template <typename Op>
KbValue BigBinary(KbValue a, KbValue b, Op op) {
  MpzView x(a), y(b);
  Mpz r;
  op(r.get(), x.get(), y.get());
  return r.Take();
}

}  // namespace
}  // namespace kb

using namespace kb;

extern "C" {

KbValue kb_int_from_int64(int64_t v) {
  if (FitsSmallInt(v)) return MakeSmallInt(v);
  Mpz r;
  mpz_set_si(r.get(), v);
  return r.Take();
}

KbValue kb_int_add(KbValue a, KbValue b) {
  if (IsSmallInt(a) && IsSmallInt(b)) return kb_int_from_int64(SmallIntValue(a) + SmallIntValue(b));
  return BigBinary(a, b, mpz_add);
}

KbValue kb_int_sub(KbValue a, KbValue b) {
  if (IsSmallInt(a) && IsSmallInt(b)) return kb_int_from_int64(SmallIntValue(a) - SmallIntValue(b));
  return BigBinary(a, b, mpz_sub);
}

KbValue kb_int_mul(KbValue a, KbValue b) {
  if (IsSmallInt(a) && IsSmallInt(b)) {
    int64_t r;
    if (!__builtin_mul_overflow(SmallIntValue(a), SmallIntValue(b), &r)) return kb_int_from_int64(r);
  }
  // A big int times a small one (the common case: q *= k) needs no temporary.
  if (IsSmallInt(b) != IsSmallInt(a)) {
    KbValue big = IsSmallInt(a) ? b : a;
    int64_t small = SmallIntValue(IsSmallInt(a) ? a : b);
    Mpz r;
    mpz_mul_si(r.get(), reinterpret_cast<const KbLong*>(big)->value, small);
    return r.Take();
  }
  return BigBinary(a, b, mpz_mul);
}

KbValue kb_int_neg(KbValue a) {
  if (IsSmallInt(a)) return kb_int_from_int64(-SmallIntValue(a));
  Mpz r(a);
  mpz_neg(r.get(), r.get());
  return r.Take();
}

KbValue kb_int_floordiv(KbValue a, KbValue b) {
  if (IntSign(b) == 0) kb_raise_new(&kb_type_ZeroDivisionError, "integer division or modulo by zero");
  if (IsSmallInt(a) && IsSmallInt(b)) {
    int64_t x = SmallIntValue(a), y = SmallIntValue(b);
    int64_t q = x / y;  // cannot overflow: |x| <= 2^62
    if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
    return kb_int_from_int64(q);
  }
  return BigBinary(a, b, mpz_fdiv_q);
}

KbValue kb_int_mod(KbValue a, KbValue b) {
  if (IntSign(b) == 0) kb_raise_new(&kb_type_ZeroDivisionError, "integer modulo by zero");
  if (IsSmallInt(a) && IsSmallInt(b)) {
    int64_t x = SmallIntValue(a), y = SmallIntValue(b);
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return MakeSmallInt(r);
  }
  return BigBinary(a, b, mpz_fdiv_r);
}

int32_t kb_int_compare(KbValue a, KbValue b) {
  if (IsSmallInt(a) && IsSmallInt(b)) {
    int64_t x = SmallIntValue(a), y = SmallIntValue(b);
    return (x > y) - (x < y);
  }
  MpzView x(a), y(b);
  int c = mpz_cmp(x.get(), y.get());
  return (c > 0) - (c < 0);
}

KbValue kb_int_pow(KbValue a, KbValue b) {
  if (IntSign(b) < 0) kb_raise_new(&kb_type_SystemError, "kb_int_pow: negative exponent");
  if (!IsSmallInt(b)) {
    // Only 0, 1 and -1 survive an exponent beyond 2^62; anything else would
    // need more memory than exists (CPython would run out of memory too).
    Mpz base(a);
    if (mpz_cmp_ui(base.get(), 0) == 0 || mpz_cmp_ui(base.get(), 1) == 0) return a;
    if (mpz_cmp_si(base.get(), -1) == 0) {
      return mpz_odd_p(reinterpret_cast<const KbLong*>(b)->value) ? a : MakeSmallInt(1);
    }
    kb_raise_new(&kb_type_MemoryError, nullptr);
  }
  Mpz base(a), r;
  mpz_pow_ui(r.get(), base.get(), static_cast<unsigned long>(SmallIntValue(b)));
  return r.Take();
}

double kb_int_pow_float(KbValue a, KbValue b) {
  return kb_float_pow(kb_int_to_float(a), kb_int_to_float(b));
}

KbValue kb_int_pow_mod(KbValue a, KbValue b, KbValue m) {
  if (IntSign(m) == 0) kb_raise_new(&kb_type_ValueError, "pow() 3rd argument cannot be 0");
  Mpz base(a), exp(b), mod(m), r;
  // CPython reduces modulo |m| and then shifts into m's sign.
  mpz_abs(mod.get(), mod.get());
  if (mpz_sgn(exp.get()) < 0) {
    if (mpz_invert(base.get(), base.get(), mod.get()) == 0) {
      kb_raise_new(&kb_type_ValueError, "base is not invertible for the given modulus");
    }
    mpz_neg(exp.get(), exp.get());
  }
  mpz_powm(r.get(), base.get(), exp.get(), mod.get());  // in [0, |m|)
  if (IntSign(m) < 0 && mpz_sgn(r.get()) != 0) mpz_sub(r.get(), r.get(), mod.get());
  return r.Take();
}

KbValue kb_int_and(KbValue a, KbValue b) {
  if (IsSmallInt(a) && IsSmallInt(b)) return a & b;  // tag bits: 1 & 1 == 1
  return BigBinary(a, b, mpz_and);
}

KbValue kb_int_or(KbValue a, KbValue b) {
  if (IsSmallInt(a) && IsSmallInt(b)) return a | b;
  return BigBinary(a, b, mpz_ior);
}

KbValue kb_int_xor(KbValue a, KbValue b) {
  if (IsSmallInt(a) && IsSmallInt(b)) return (a ^ b) | 1;
  return BigBinary(a, b, mpz_xor);
}

KbValue kb_int_invert(KbValue a) {
  if (IsSmallInt(a)) return MakeSmallInt(~SmallIntValue(a));
  Mpz r(a);
  mpz_com(r.get(), r.get());
  return r.Take();
}

KbValue kb_int_lshift(KbValue a, KbValue b) {
  if (IntSign(b) < 0) kb_raise_new(&kb_type_ValueError, "negative shift count");
  if (IntSign(a) == 0) return MakeSmallInt(0);
  if (!IsSmallInt(b)) kb_raise_new(&kb_type_OverflowError, "too many digits in integer");
  int64_t n = SmallIntValue(b);
  if (IsSmallInt(a) && n < 62) {
    int64_t x = SmallIntValue(a);
    int64_t r = static_cast<int64_t>(static_cast<uint64_t>(x) << n);
    if ((r >> n) == x) return kb_int_from_int64(r);
  }
  Mpz r(a);
  mpz_mul_2exp(r.get(), r.get(), static_cast<mp_bitcnt_t>(n));
  return r.Take();
}

KbValue kb_int_rshift(KbValue a, KbValue b) {
  if (IntSign(b) < 0) kb_raise_new(&kb_type_ValueError, "negative shift count");
  if (!IsSmallInt(b)) return MakeSmallInt(IntSign(a) < 0 ? -1 : 0);
  int64_t n = SmallIntValue(b);
  if (IsSmallInt(a)) return MakeSmallInt(SmallIntValue(a) >> (n > 63 ? 63 : n));
  Mpz r(a);
  mpz_fdiv_q_2exp(r.get(), r.get(), static_cast<mp_bitcnt_t>(n));
  return r.Take();
}

int64_t kb_int_hash(KbValue a) {
  // CPython: sign(a) * (|a| mod (2^61 - 1)), with -1 replaced by -2.
  constexpr uint64_t kModulus = (uint64_t(1) << 61) - 1;
  int64_t h;
  if (IsSmallInt(a)) {
    int64_t x = SmallIntValue(a);
    uint64_t m = (x < 0 ? -static_cast<uint64_t>(x) : static_cast<uint64_t>(x)) % kModulus;
    h = x < 0 ? -static_cast<int64_t>(m) : static_cast<int64_t>(m);
  } else {
    Mpz x(a);
    int sign = mpz_sgn(x.get());
    mpz_abs(x.get(), x.get());
    uint64_t m = mpz_fdiv_ui(x.get(), kModulus);
    h = sign < 0 ? -static_cast<int64_t>(m) : static_cast<int64_t>(m);
  }
  return h == -1 ? -2 : h;
}

}  // extern "C"
