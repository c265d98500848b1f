# An exception class of another module: caught by its base, printed
# qualified with its module in the traceback.
import errors
from errors import lookup, AppError

table = {"a": 1}
try:
    lookup(table, "b")
except AppError as e:
    print("caught", type(e).__name__, e, e.key)
try:
    errors.lookup(table, "c")
except errors.NotFound as e:
    print("caught again", e)
print(repr(errors.NotFound("x")))
lookup(table, "zz")
