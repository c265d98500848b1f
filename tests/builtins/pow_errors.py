# pow() with a modulus: inverses, and CPython's errors.
print(pow(3, -1, 7), pow(2, 100, 1000), pow(-2, 3, 5), pow(5, 0, 1), pow(2, -2), pow(2.5, 2), pow(-8, 3))
for args in [(2, -1, 4), (1, 2, 0)]:
    try:
        print(pow(args[0], args[1], args[2]))
    except ValueError as e:
        print("ValueError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
pow(2.0, 1, 3)
