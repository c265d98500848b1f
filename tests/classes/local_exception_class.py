# An exception class defined in a function: caught by its name, and its
# __qualname__ on the last line of the traceback when uncaught.
def parse(items):
    class ParseError(ValueError):
        def __init__(self, item):
            super().__init__(f"bad item: {item!r}")
            self.item = item

    total = 0
    for item in items:
        try:
            if not item.isdigit():
                raise ParseError(item)
            total += int(item)
        except ParseError as e:
            print("skipped", e.item, repr(e), type(e))
    print(total)
    raise ParseError("end")


parse(["1", "x", "22"])
