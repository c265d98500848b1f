# Functions: parameters, conventions, effects, return types, closures.
def power[exp: Int](x: Int) -> Int:
    return x


def pick[T: Copyable & Movable, //, n: Int = 2, *, k: Int](
    read a: T, mut b: T, var c: T, out d: T, deinit e: T, f: T
) raises -> T:
    pass


def largest(ref xs: List[Int]) -> ref[xs] Int:
    return xs[0]


def checked(a: Int) raises ValueError -> Int:
    return a


def outer(n: Int):
    def body[w: Int](i: Int) {read}:
        pass

    def named() raises {mut acc, read x, var y}:
        pass

    def none_captured() {}:
        pass

    @parameter
    fn legacy(i: Int) capturing -> None:
        pass

    fn legacy_origins() capturing [a, b]:
        pass
