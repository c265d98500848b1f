# also-build
# try/except/else/finally, raise, exception objects, tracebacks of re-raised exceptions.
def divide(a, b):
    return a // b


def safe(a, b):
    try:
        return divide(a, b)
    except ZeroDivisionError as e:
        print("caught:", e)
        return -1


for b in [2, 0]:
    try:
        print(safe(7, b))
    except ValueError:
        print("not this")
try:
    int("x")
except (TypeError, ValueError) as err:
    print("ValueError:", err)
else:
    print("no error")
try:
    print("ok")
except Exception:
    print("never")
else:
    print("else runs")
finally:
    print("finally after else")
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally")
except KeyError as k:
    print("outer caught", k)
count = 0
for i in range(5):
    try:
        if i % 2:
            raise ValueError(i)
        count += 1
    except ValueError as v:
        print("odd", v)
        continue
print(count)


def check(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x


try:
    check(-5)
except ValueError as e:
    print(repr(e), e)
try:
    [1, 2][5]
except IndexError as e:
    print("IndexError", e)
try:
    {"a": 1}["k"]
except LookupError as e:
    print("LookupError", repr(e))
try:
    raise RuntimeError
except RuntimeError as e:
    print("bare class", repr(e))
check(-1)
