# also-build
# Exception classes of the program's own: hierarchy, args, fields, the traceback's last line.
class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, text, position):
        self.text = text
        self.position = position

    def describe(self):
        return "cannot parse %r at %d" % (self.text, self.position)


def parse(text):
    if not text:
        raise AppError("empty input")
    if not text.isdigit():
        raise ParseError(text, 0)
    return int(text)


for t in ["42", "", "4x"]:
    try:
        print(parse(t))
    except ParseError as e:
        print("parse error:", "bad", e)
    except AppError as e:
        print("app error:", e, repr(e))
try:
    raise ParseError("zz", 3)
except Exception as e:
    print("generic", "caught")
parse("abc")
