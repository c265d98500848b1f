def check(x):
    assert x > 0, "x must be positive, got %d" % x
    assert x < 100
    return x


print(check(5))
try:
    check(500)
except AssertionError as e:
    print("caught", repr(e))
print(check(-2))
