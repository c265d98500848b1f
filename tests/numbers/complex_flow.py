# complex values flowing through functions, fields, containers and Optionals.
class Signal:
    def __init__(self, amplitude):
        self.amplitude = amplitude
        self.phase = None

    def rotate(self, by):
        self.amplitude *= by
        self.phase = by
        return self


def magnitude(z):
    return abs(z)


def first_root(coefficients):
    a, b, c = coefficients
    disc = b * b - 4 * a * c
    return (-b + disc ** 0.5) / (2 * a)


s = Signal(1 + 1j).rotate(1j).rotate(-1j)
print(s.amplitude, s.phase, magnitude(s.amplitude), magnitude(-3.0))
print(first_root((1, 2, 5)), first_root((1.0, -3.0, 2.0)), first_root((1, 0, 1)))
zs = [complex(k, -k) for k in range(4)]
print(zs, sum(zs), sum(zs, 1j), [z * z for z in zs if z], max(abs(z) for z in zs))
table = {z: str(z) for z in zs}
print(table, 1 - 1j in table, table.get(2 - 2j))
maybe = None
for z in zs:
    if z.imag < -1:
        maybe = z
print(maybe, maybe is None, "%s|%r|%5s" % (maybe, maybe, 1j))
pair = (1j, 2.5)
print(pair, pair[0] * pair[1], str(pair[0]) + "!", repr(pair[0]).upper())
