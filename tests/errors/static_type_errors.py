# Operations a built-in type refuses, known from the types alone, raise
# CPython's exception when they run (not a compile-time rejection).
class Temp:
    def __init__(self, c):
        self.c = c

    @property
    def f(self):
        # self.c is an int or a float: an object, so `+` dispatches on it,
        # and Money.__add__ is a candidate for an int operand.
        return self.c * 9 / 5 + 32


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        return Money(self.cents + other) if isinstance(other, int) else NotImplemented


t = Temp(20)
print(t.f)
t.c = 37.5
print(t.f)
print((Money(5) + Money(7)).cents, (3 + Money(4)).cents)


def attempt(label, f):
    try:
        f()
    except (AttributeError, TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def read_missing():
    n = 5
    return n.cents


def call_missing():
    return "text".upper_case()


def call_missing_list():
    return [1, 2].push(3)


def len_of_int():
    return len(42)


def int_of_none():
    return int(None)


def int_of_list():
    return int([1])


def abs_of_str():
    return abs("x")


def set_tuple_item():
    t = (1, 2)
    t[0] = 5


def set_str_item():
    s = "abc"
    s[1] = "x"


def unpack_short():
    a, b, c = (1, 2)
    return a


def unpack_long():
    a, b = (1, 2, 3)
    return a


attempt("read", read_missing)
attempt("tuple", set_tuple_item)
attempt("str", set_str_item)
attempt("unpack", unpack_short)
attempt("unpack", unpack_long)
attempt("call", call_missing)
attempt("list", call_missing_list)
attempt("len", len_of_int)
attempt("int", int_of_none)
attempt("int", int_of_list)
attempt("abs", abs_of_str)
print("start".lenght)
