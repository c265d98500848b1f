from __future__ import annotations
from collections.abc import Iterator, Iterable, Sequence, Mapping, Callable


def total(xs: Iterable[int]) -> int:
    return sum(xs)


def walk(xs: Sequence[str]) -> Iterator[str]:
    for x in xs:
        yield x.upper()


def apply(f: Callable[[int], int], m: Mapping[str, int]) -> dict[str, int]:
    return {k: f(v) for k, v in m.items()}


print(total([1, 2, 3]), list(walk(["a", "b"])), apply(lambda v: v * 2, {"x": 1}))
from collections.abc import Nope
