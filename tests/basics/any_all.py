# any() and all(): over lists, strs, ranges, tuples, sets, objects, and
# generator expressions, which stop at the first item that decides.
print(any([0, 0, 3]), all([1, 2, 0]), any(range(0)), all(range(0)), any("") , all("abc"))
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)), any((0.0, 0.5)), all({1, 2}))
def loud(x):
    print("checking", x)
    return x > 1
print(any(loud(x) for x in [1, 2, 3]))
print(all(loud(x) for x in [3, 1, 2]))
mixed = [0, "", None, [1]]
print(any(mixed), all(mixed), any(v for v in mixed if v is not None))
print(any(a == b for a in range(3) for b in range(3) if a + b == 4))
