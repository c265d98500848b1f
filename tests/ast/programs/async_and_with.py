# async def / for / with, await, async comprehensions, every form of `with`.
@decorator
@other.decorator(1, key=2)
async def f(a, b=1):
    await g()
    x = await h(await i)
    async for x in y:
        pass
    else:
        pass
    async with a as b, c:
        yield [x async for x in y if await x]
    yield {k: v async for k, v in z}, (await q) ** 2

class C:
    @property
    async def m(self): ...

with a: pass
with (a): pass
with (a, b): pass
with (a as b, c as d,): pass
with (a, b) as c: pass
def with_yield():
    with (yield): pass
with (x for x in y): pass
with a as (b, c), d as [e, *f], g as h.i: pass
with (open(x) as f,
      open(y) as g):
    pass

def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from z
    x += yield a
    z: int = yield
    await_ = lambda: (yield)
    print((yield))

try:
    pass
except* ValueError as e:
    pass
except *(TypeError, KeyError):
    pass
else:
    pass
finally:
    pass
if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    pass
def declares_globals():
    global a, b
def outer():
    nonlocal_ = 1
    def inner():
        nonlocal nonlocal_
