# A list nothing is ever stored in (an instance called with an empty list)
# is empty: a loop or comprehension over it runs nothing, a copy is empty,
# and reading from it raises CPython's IndexError.
# also-build
def run(program, inputs):
    mem = list(program) + [0] * 3
    inputs = list(inputs)
    out = []
    for x in inputs:
        out.append(x * 2)
    while mem[0] > 0:
        mem[0] -= 1
        if inputs:
            out.append(inputs.pop(0))
    return out, [y for y in inputs]


def first(xs):
    try:
        return xs[0]
    except IndexError as e:
        print("IndexError:", e)
        return -1


print(run([1, 2], [5, 6, 7]))
print(run([1, 2], []))
print(first([4]), first([]))
try:
    [][0]
except IndexError as e:
    print(e)
for z in []:
    print(z)
else:
    print("no items")
empty = []
print(empty, len(empty), empty.pop())
