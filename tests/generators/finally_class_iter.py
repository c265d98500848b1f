# also-build
# `for x in obj` whose __iter__ pauses inside try/finally: the generator
# __iter__ returns is the loop's temporary, finalized as the loop is left.
# A loop over a generator a global holds only borrows it.
class Rows:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        try:
            for i in range(self.n):
                yield i
        finally:
            print("rows done", self.n)


rows = Rows(4)
for r in rows:
    if r == 1:
        break
    print("row", r)
print(list(rows), sum(Rows(2)))


def numbers():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("numbers finally")


g = numbers()
for x in g:
    print("first", x)
    break
print("borrowed loop left")
print(next(g))
for x in g:
    print("rest", x)
print("end")
