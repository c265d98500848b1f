class A:
    yield from x
