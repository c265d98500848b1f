# float(int) of small and big ints inside loops that keep float sums: a big
# int converts in the run-time library, one too large raises OverflowError,
# and the sums seen by the handler are the ones before the failed step.


def total(values):
    s = 0.0
    for v in values:
        s += 0.5
        s += float(v * 3 + 1)
    return s


def careful(n):
    s = 0.0
    t = 1.0
    for k in range(n):
        try:
            s += 1.5 * k
            t *= 1.25
            s += float(10 ** (k * 100)) * 0.0 + float(k * k - 7) / 3.0
        except OverflowError as e:
            print("overflow at", k, s, t, e)
    return s, t


print(total([1, 2, 3]), total([2 ** 70, -(2 ** 80), 5]), total([0][:0]))
print(careful(6))
x = 2 ** 1023 * 2 - 1
print(float(x // 2 + 1) > 0, 1.0 / (x // 2 ** 1000 + 1))
print(float(x * 2 - x - x + 5))
print(float(x * 2))
