# also-build
# Default values (literals) and keyword arguments, evaluated in the order written.
def greet(name, greeting="Hello", punctuation="!", times=1):
    return (greeting + ", " + name + punctuation) * times


def order(a, b):
    print("a =", a, "b =", b)
    return a - b


def trace(x):
    print("evaluating", x)
    return x


class Account:
    def __init__(self, owner, balance=0.0, limit=-100.0):
        self.owner = owner
        self.balance = balance
        self.limit = limit

    def deposit(self, amount=10.0, note=None):
        self.balance += amount
        if note is not None:
            print("note:", note)
        return self.balance


print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punctuation="?"), greet(times=2, name="Di"))
print(order(b=trace(1), a=trace(5)))
acc = Account("ann", limit=-50.0)
print(acc.deposit(), acc.deposit(amount=2.5), acc.deposit(note="gift", amount=1.0), acc.limit)
print(Account("bob").balance)
