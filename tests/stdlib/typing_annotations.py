# also-build
# typing's names in annotations compile (Keelback evaluates no annotation);
# cast(T, x) is x; TYPE_CHECKING is False.
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Set, Tuple, Union, Mapping
from typing import TYPE_CHECKING, TypeVar, cast
import typing
import typing as t

if TYPE_CHECKING:
    print("never")

T = TypeVar("T")
K = typing.TypeVar("K", bound=int)


def identity(x: T) -> T:
    return x


def mean(values: List[float]) -> float:
    return sum(values) / len(values)


def index(words: Sequence[str]) -> Dict[str, int]:
    out: Dict[str, int] = {}
    for i, w in enumerate(words):
        out[w] = i
    return out


def first(xs: Iterable[int], default: Optional[int] = None) -> Optional[int]:
    for x in xs:
        return x
    return default


def apply(f: Callable[[int], int], x: Union[int, float]) -> Any:
    return f(x)


def pairs(n: int) -> Iterator[Tuple[int, int]]:
    for i in range(n):
        yield i, i * i


class Store:
    def __init__(self) -> None:
        self.items = {}

    def put(self, key: str, value: int) -> "Store":
        self.items[key] = value
        return self

    def keys(self) -> Set[str]:
        return set(self.items)


counts: Mapping[str, int] = {"a": 1}
limit: typing.Optional[int] = None
size: t.List[int] = [1, 2]
print(mean([1.0, 2.0, 4.0]), index(["a", "b", "a"]), first([7][:0]), first([7, 8]))
print(apply(lambda v: v * 2, 21), list(pairs(3)), Store().put("x", 1).keys(), counts, limit, size)
x = cast(int, "not really an int")
print(x, identity(3), identity("s"), cast(List[str], ["a"]), typing.cast(str, 5), TYPE_CHECKING, typing.TYPE_CHECKING)
