# divmod() of floats by zero: CPython's own message (not the // one).
print(divmod(7.5, 2), divmod(-7, 2.5), divmod(7, 2))
try:
    divmod(1, 0.0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
print(divmod(7.5, 0))
