# min() and max() of the empty tuple raise CPython's ValueError (they made
# invalid IR: the empty tuple has no item type).
def largest(t):
    return max(t)


print(largest((3, 9, 4)))
try:
    largest(())
except ValueError as e:
    print(e)
print(min(()))
