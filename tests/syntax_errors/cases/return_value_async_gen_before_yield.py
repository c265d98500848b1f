async def f():
    if x:
        return 1
    await y
    yield 2
