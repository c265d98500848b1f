# PEP 695's type statement (Python 3.12); `type` stays a soft keyword.
type Point = tuple[float, float]
type ListOrSet[T] = list[T] | set[T]
type Pair[K: str, V] = dict[K, V]; x = 1
type Shape[*Ts, **P] = Callable[P, tuple[*Ts]]
