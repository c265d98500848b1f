# round(): half to even, floats to n digits exactly as CPython, ints to tens.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(2.675, 2), round(1234.5678, -2), round(0.125, 2), round(0.375, 2), round(1e-7, 7))
print(round(5e-324, 330), round(1e308, -308), round(123.456, 0), round(-0.0, 1), round(7.0, -5))
print(round(15, -1), round(25, -1), round(-25, -1), round(12345, -2), round(7, 2), round(True))
print(round(2**70 + 0.0), round(10**30, -29), round(1.23456789e20, -18))
x = 2.5
print(round(x), round(x, None))
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print("OverflowError:", e)
round(float("inf"))
