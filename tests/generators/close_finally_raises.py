# close() propagates what the finally clause raises.
def broken():
    try:
        yield 1
    finally:
        raise KeyError("from finally")


g = broken()
next(g)
g.close()
