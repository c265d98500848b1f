# full-stderr
# raise ... from: the cause's traceback, then the direct-cause banner.
def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise KeyError(text) from e


load("x")
