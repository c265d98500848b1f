# keelback-error: not supported yet: type parameters
# Python 3.12's type parameter lists (PEP 695) parse, but inference does not
# handle them yet: a clean located error, never a crash.
def identity[T](x: T) -> T:
    return x


print(identity(1))
