# An exception no clause matches keeps its traceback; a bare raise re-raises.
def inner():
    return {"a": 1}["missing"]


def middle():
    try:
        return inner()
    except ValueError:
        return 0


def outer():
    try:
        middle()
    except KeyError:
        print("logging, then re-raising")
        raise


outer()
