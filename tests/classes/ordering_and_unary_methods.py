# Operator methods: += falling back to __add__, __neg__, __abs__, __rmul__, __lt__/__le__ used by sorted(), min(), max() and reflected (a > b calls b.__lt__(a)).
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, k):
        return Money(self.cents * k)

    def __rmul__(self, k):
        return Money(self.cents * k)

    def __neg__(self):
        return Money(-self.cents)

    def __abs__(self):
        return Money(abs(self.cents))

    def __lt__(self, other):
        return self.cents < other.cents

    def __le__(self, other):
        return self.cents <= other.cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __hash__(self):
        return self.cents

    def __repr__(self):
        return "Money(" + str(self.cents) + ")"


a = Money(150)
b = Money(-75)
total = a
total += b
print(total, a)
total -= Money(5)
print(total)
total *= 3
print(total)
print(-a, abs(b), 2 * a, a * 2)
wallet = [Money(5), Money(1), Money(3)]
print(sorted(wallet))
print(min(wallet), max(wallet))
print(min(Money(9), Money(4)), max(Money(9), Money(4)))
print(a > b, a >= b, b < a, a == Money(150), a != Money(150))
print(sorted(wallet, reverse=True))
