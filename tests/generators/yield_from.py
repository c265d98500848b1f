# yield from: generators, iterables, return values, recursion.
def inner():
    yield 1
    yield 2
    return "inner done"


def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [10, 20]
    yield from "ab"
    yield from range(3)


print(list(outer()))


class Node:
    def __init__(self, value, children):
        self.value = value
        self.children = children


def walk(node):
    yield node.value
    for child in node.children:
        yield from walk(child)


def depth_first(node, depth):
    yield (depth, node.value)
    for child in node.children:
        yield from depth_first(child, depth + 1)


tree = Node(1, [Node(2, [Node(4, []), Node(5, [])]), Node(3, [Node(6, [])])])
print(list(walk(tree)))
for d, v in depth_first(tree, 0):
    print("  " * d + str(v))


def flatten(items):
    for x in items:
        yield from x


print(list(flatten([[1, 2], [3], [], [4, 5, 6]])))


def chain_depth(n):
    if n == 0:
        yield "bottom"
        return
    yield n
    yield from chain_depth(n - 1)


print(list(chain_depth(5)))
print(sum(1 for _ in range(0)))
