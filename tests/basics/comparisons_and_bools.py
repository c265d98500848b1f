# Comparisons (chained too), boolean operators and truthiness.
a, b, c = 1, 2, 3
print(a < b, a > b, a <= 1, a >= 2, a == 1, a != 1)
print(a < b < c, a < b > c, c > b > a, 1 < 2 < 3 < 4 < 0)
print(not a, not 0, not "", not "x", not 0.0)
print(a and b, 0 and b, a or b, 0 or c, 0 or 0)
print("abc" < "abd", "abc" == "abc", "b" > "abc", "" < "a", "é" > "z")
print(1 == 1.0, 2 < 2.5, True + True, True * 3, False - 1)
if 0:
    print("zero is true?")
elif "":
    print("empty string is true?")
elif 0.0:
    print("0.0 is true?")
else:
    print("all falsy")
print(True if "x" else False, 1 if 0 else 2)
one = 1
print(1 == "1", "a" != 2, None == None, None is None, one is None, None is not None)
