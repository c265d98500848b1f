def f(x):
    raise x


try:
    f(ValueError("fine"))
except ValueError as e:
    print("caught", e)
f(42)
