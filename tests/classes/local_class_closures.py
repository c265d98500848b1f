# Methods of a class defined in a function read the function's variables
# (cells, seen as they are when the method runs, nonlocal too), its class
# attributes and defaults are computed from them, and nested functions in
# methods reach them.
def run(n):
    base = [n]

    class Grid:
        size = n * 2
        cells = base

        def __init__(self, fill=n):
            self.fill = fill

        def rows(self):
            def row(i):
                return [self.fill + i + n] * 2
            return [row(i) for i in range(2)]

        @classmethod
        def create(cls):
            return cls(base[0] + 1)

    g = Grid()
    print(Grid.size, Grid.cells, g.fill, g.rows(), Grid.create().fill)
    base.append(9)
    print(Grid.cells)
    counter = 0

    class Tick:
        def bump(self):
            nonlocal counter
            counter += 1
            return counter

    t = Tick()
    t.bump()
    t.bump()
    print(counter)


run(4)
