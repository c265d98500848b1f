// Bound methods (CPython's `method`): the value `obj.method` reads when it is
// not called right away. It holds the receiver (boxed) and names the method
// by a code the compiler chose: generated code that knows the value's static
// type calls the method directly with the receiver; a call through an
// `object` picks the method by kb_is_bound_method_of.
#include "runtime_internal.h"

#include <cstdio>

using namespace kb;

namespace {

struct KbBoundMethod {
  KbObject header;  // kb_type_method
  KbValue self;
  KbStr* qualname;  // the method's __qualname__ ("C.m")
  int64_t code;     // the compiler's name for (method, receiver type)
};

KbBoundMethod* AsBoundMethod(KbValue v) { return reinterpret_cast<KbBoundMethod*>(v); }

bool IsBoundMethod(KbValue v) { return !IsSmallInt(v) && AsObject(v)->type == &kb_type_method; }

// repr: <bound method C.m of <__main__.C object at 0x...>>, as CPython prints it.
KbValue BoundMethodRepr(KbValue self) {
  KbBoundMethod* m = AsBoundMethod(self);
  KbStr* of = kb_repr(m->self);
  std::string out = "<bound method ";
  out.append(m->qualname->data, static_cast<size_t>(m->qualname->nbytes));
  out += " of ";
  out.append(of->data, static_cast<size_t>(of->nbytes));
  out += ">";
  return AsValue(NewStr(out));
}

// Two bound methods are equal when they bind the same method to the same
// object (`is`, as CPython 3.8+ compares __self__).
KbValue BoundMethodEq(KbValue a, KbValue b) {
  if (IsSmallInt(b) || AsObject(b)->type != AsObject(a)->type) return BoolValue(false);
  return BoolValue(AsBoundMethod(a)->code == AsBoundMethod(b)->code && AsBoundMethod(a)->self == AsBoundMethod(b)->self);
}

KbValue BoundMethodHash(KbValue self) {
  // CPython mixes the receiver's address with the function's hash; any mix
  // consistent with Eq will do.
  int64_t x = static_cast<int64_t>(AsBoundMethod(self)->self >> 4) ^ (AsBoundMethod(self)->code * 1000003);
  x &= (int64_t(1) << 60) - 1;
  return MakeSmallInt(x);
}

// A built-in type's method as a value: <built-in method upper of str object
// at 0x...> bound, <method 'upper' of 'str' objects> read through the type.
KbValue BuiltinMethodRepr(KbValue self) {
  KbBoundMethod* m = AsBoundMethod(self);
  std::string name(m->qualname->data, static_cast<size_t>(m->qualname->nbytes));
  if (m->code != 0) return AsValue(NewStr("<method '" + name + "' of 'str' objects>"));
  char addr[32];
  std::snprintf(addr, sizeof addr, " at %p>", reinterpret_cast<const void*>(m->self));
  return AsValue(NewStr("<built-in method " + name + " of " + TypeOf(m->self)->name + " object" + addr));
}

}  // namespace

extern "C" {

const KbType kb_type_builtin_method = {{&kb_type_type}, "builtin_function_or_method", &kb_type_object, KB_TYPE_BUILTIN, 0,
                                       BuiltinMethodRepr, nullptr, nullptr, nullptr, BoundMethodHash, BoundMethodEq, {}, nullptr};

const KbType kb_type_method_descriptor = {{&kb_type_type}, "method_descriptor", &kb_type_object, KB_TYPE_BUILTIN, 0,
                                          BuiltinMethodRepr, nullptr, nullptr, nullptr, BoundMethodHash, BoundMethodEq, {}, nullptr};

KbValue kb_builtin_method_new(KbValue self, KbStr* name, int64_t unbound) {
  KbValue m = kb_bound_method_new(self, name, unbound);
  AsBoundMethod(m)->header.type = unbound ? &kb_type_method_descriptor : &kb_type_builtin_method;
  return m;
}

const KbType kb_type_method = {{&kb_type_type}, "method", &kb_type_object, KB_TYPE_BUILTIN, 0, BoundMethodRepr,
                               nullptr, nullptr, nullptr, BoundMethodHash, BoundMethodEq, {}, nullptr};

KbValue kb_bound_method_new(KbValue self, KbStr* qualname, int64_t code) {
  auto* m = static_cast<KbBoundMethod*>(kb_alloc(sizeof(KbBoundMethod)));
  m->header.type = &kb_type_method;
  m->self = self;
  m->qualname = qualname;
  m->code = code;
  return AsValue(m);
}

KbValue kb_bound_method_self(KbValue m) { return AsBoundMethod(m)->self; }

bool kb_is_bound_method_of(KbValue v, int64_t code) { return IsBoundMethod(v) && AsBoundMethod(v)->code == code; }

}  // extern "C"
