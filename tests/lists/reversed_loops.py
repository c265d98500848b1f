# reversed() of lists, strs, tuples and ranges, walked as CPython's reverse
# iterators walk (a list that shrinks in the loop ends it early).
for x in reversed([1, 2, 3]):
    print(x, end=" ")
print()
print("".join(list(reversed("hello"))), list(reversed((1, "a", 2.5))), list(reversed(range(2, 11, 3))))
for i in reversed(range(5)):
    print(i, end=" ")
print()
print([c.upper() for c in reversed("abc")], sorted(reversed([3, 1, 2])), sum(reversed(range(10))))
items = [1, 2, 3, 4, 5]
for x in reversed(items):
    print(x, len(items))
    if x == 4:
        del items[0:3]
for x in reversed([]):
    print("never")
else:
    print("empty, else runs")
