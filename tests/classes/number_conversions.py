# int() and float() of an instance call __int__ / __float__,
# ~obj calls __invert__; without them, CPython's TypeErrors.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __int__(self):
        return self.cents // 100
    def __float__(self):
        return self.cents / 100
    def __neg__(self):
        return Money(-self.cents)
    def __invert__(self):
        return Money(~self.cents)
    def __repr__(self):
        return f"Money({self.cents})"
print(int(Money(1234)), float(Money(1234)), -Money(5), ~Money(5))
import math

values = [Money(250), "text"]
held = values[0]  # an object: the conversions dispatch at run time
print(int(held), float(held), "%d|%.1f" % (held, held), complex(held), math.sqrt(held))


class Wrong:
    def __int__(self):
        return "not a number"


try:
    print(int([Wrong(), 1][0]))
except TypeError as e:
    print(e)


class C: pass
try:
    int(C())
except TypeError as e: print(e)
try:
    float(C())
except TypeError as e: print(e)
~C()
