# complex's TypeErrors and ZeroDivisionErrors, with CPython's messages.
z = 1 + 2j


def check(f):
    try:
        print(f())
    except (TypeError, ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)


check(lambda: z / 0)
check(lambda: z / 0j)
check(lambda: 1 / 0j)
check(lambda: 0j ** -1)
check(lambda: 0j ** 1j)
check(lambda: (1e200 + 1e200j) ** 2)
check(lambda: z // 2)
check(lambda: z % 2)
check(lambda: 2 % z)
check(lambda: z < 2j)
check(lambda: z >= 1)
check(lambda: 1.5 > z)
check(lambda: z + "a")
check(lambda: int(z))
check(lambda: float(z))
check(lambda: 10**400 + 1j)
check(lambda: abs(complex(1e308, 1e308) * 10))
check(lambda: sorted([1j, 2j]))
print(1j < 2j)
