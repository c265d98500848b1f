# Attributes of caught exceptions: e.args, custom fields and methods of the program's exception classes, super().__init__(message); a missing attribute raises AttributeError.
class AppError(Exception):
    def __init__(self, message, code):
        super().__init__(message)
        self.message = message
        self.code = code

    def describe(self):
        return "error " + str(self.code) + ": " + self.message


class NotFound(AppError):
    pass


def risky(n):
    if n == 0:
        raise AppError("bad input", 400)
    if n == 1:
        raise NotFound("missing", 404)
    if n == 2:
        raise ValueError("plain", 7)
    return n


for i in range(4):
    try:
        print(risky(i))
    except NotFound as e:
        print("not found", e.code, e.message, e.describe(), e.args, str(e))
    except AppError as e:
        print("app", e.code, e.describe(), e.args, e.args[0])
    except ValueError as e:
        print("value", e.args, len(e.args), str(e))

table = {"a": 1}
try:
    table["k"]
except KeyError as e:
    print(repr(e), e.args)

err = AppError("direct", 1)
print(err.args, err.code)
try:
    raise err
except Exception as e:
    print(e.args, e.describe())
try:
    raise ValueError("no code")
except Exception as e:
    print(e.code)
