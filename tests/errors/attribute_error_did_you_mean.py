# An uncaught AttributeError for a misspelled attribute of an instance ends
# with CPython 3.11's "Did you mean" (dir() of the instance: fields, methods,
# class attributes); str(e) never includes it.
class Account:
    rate = 0.5
    def __init__(self, owner):
        self.owner = owner
        self.balance = 10
    def deposit(self, amount):
        self.balance += amount
a = Account("ann")
try:
    print(a.balanse)
except AttributeError as e:
    print("caught:", e)
try:
    a.deposti(5)
except AttributeError as e:
    print("caught:", e)
print(a.ownr)
