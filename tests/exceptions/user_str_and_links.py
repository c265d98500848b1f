# A program's exception classes with __str__ / __repr__ (used by str(),
# print() and the traceback's last line), `raise C` of a class, and the
# attributes every exception has: __class__, __cause__, __context__.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, what):
        super().__init__("missing: " + what)
        self.what = what


class Coded(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def __str__(self):
        return "failed with code " + str(self.code)


class Loud(Coded):
    def __repr__(self):
        return "Loud!"


def check(k):
    if k == 0:
        raise NotFound("k")
    if k == 1:
        raise ValueError("bad", k)
    if k == 2:
        raise AppError
    if k == 3:
        raise Coded(k)
    return k


for k in range(5):
    try:
        check(k)
    except (NotFound, ValueError) as e:
        print(type(e).__name__, e.__class__.__name__, e, e.args)
    except AppError as e:
        print("app", repr(e), type(e).__name__, e.args)
    except Coded as e:
        print(str(e), repr(e), e.args, e.code)
    else:
        print("ok", k)

try:
    raise Loud(7)
except Exception as e:
    print(e, repr(e), [e], str(e) == "failed with code 7")

print(str(Exception(1, 2)), repr(ValueError("a", 2)), str(KeyError("k")), str(Exception()))

try:
    try:
        check(1)
    except ValueError as e:
        raise AppError("wrapped") from e
except AppError as e:
    print(repr(e.__cause__), e.__context__ is e.__cause__)

try:
    try:
        check(0)
    except NotFound:
        check(2)
except AppError as e:
    print(repr(e), repr(e.__context__), e.__cause__)

try:
    raise Coded(1) from None
except Coded as e:
    print(e.__cause__, e.__context__)

raise Coded(5)
