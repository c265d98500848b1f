# An uncaught NameError for a misspelled name ends with CPython 3.11's
# "Did you mean" (the closest of the function's locals, then the globals,
# then the builtins); str(e) never includes it; a call of an undefined name
# raises before its arguments are evaluated.
def area(width, height):
    try:
        return widht * height
    except NameError as e:
        print("caught:", e)
    return width * height
print(area(2, 3))
try:
    prnt("x")
except NameError as e:
    print("caught:", e)
try:
    zqxjkv
except NameError as e:
    print("caught:", e)
total = 0
def add(v):
    return totl + v
add(1)
