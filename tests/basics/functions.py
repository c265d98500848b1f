# also-build
# def, recursion, calls with different argument types, return values.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def add(a, b):
    return a + b


def describe(x):
    print("value:", x)


def fact(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


print(fib(15), fib(0), fib(1))
print(add(1, 2), add(1.5, 2), add("a", "b"), add(True, 2))
describe(3)
describe("text")
print(describe(1.5))
print(fact(25))
print(is_even(10), is_odd(7), is_even(7))
