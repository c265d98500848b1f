# also-build
# A field that holds an object or None (Optional), `is None` tests, recursion.
class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next = next_node


def length(node):
    n = 0
    while node is not None:
        n += 1
        node = node.next
    return n


def total(node):
    if node is None:
        return 0
    return node.value + total(node.next)


head = None
for i in range(10):
    head = Node(i, head)
print(length(head), total(head))
print(head.value, head.next.value, head.next.next is None)


class Tree:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make(depth):
    if depth == 0:
        return Tree(None, None)
    return Tree(make(depth - 1), make(depth - 1))


def count(t):
    if t.left is None:
        return 1
    return 1 + count(t.left) + count(t.right)


print(count(make(10)))
