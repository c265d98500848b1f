# The name bound by `except E as name:` is unbound at the end of the clause (a later read raises).
def f():
    try:
        raise ValueError("inner")
    except ValueError as err:
        print("caught", err)
        del err
    try:
        return err
    except UnboundLocalError as problem:
        print(problem)
    return "done"


print(f())
try:
    int("x")
except ValueError as e:
    print("module level", e)
print("after")
print(e)
