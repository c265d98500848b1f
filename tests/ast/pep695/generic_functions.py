# Type parameter lists on def and async def (Python 3.12, PEP 695).
def first[T](xs: list[T]) -> T:
    return xs[0]


@decorator
async def gather[T: (int, str), *Ts, **P,](f: Callable[P, T], *args: *Ts) -> T:
    pass


def plain(a):
    pass
