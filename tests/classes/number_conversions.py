# int() and float() of an instance call __int__ / __float__ (else __index__),
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
class Slot:
    def __index__(self):
        return 7
print(int(Money(1234)), float(Money(1234)), -Money(5), ~Money(5), int(Slot()), float(Slot()))
class C: pass
try:
    int(C())
except TypeError as e: print(e)
try:
    float(C())
except TypeError as e: print(e)
~C()
