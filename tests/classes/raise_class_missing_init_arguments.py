# `raise C` calls C(): an __init__ with parameters that have no default
# raises CPython's TypeError instead.
class Timeout(Exception):
    def __init__(self, *, seconds):
        super().__init__(seconds)


class Retry(Exception):
    def __init__(self, attempts, delay, backoff=2):
        super().__init__(attempts)


def attempt():
    raise Retry


try:
    raise Timeout
except TypeError as e:
    print(type(e).__name__, e)
try:
    attempt()
except TypeError as e:
    print(e, e.__context__)


class NotFound(Exception):
    def __init__(self, what):
        super().__init__(what)


raise NotFound
