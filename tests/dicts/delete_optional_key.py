# del d[k] with k an int or None (a field of a node that may be a sentinel):
# the key is looked up as a read's is; None raises CPython's KeyError.
class Node:
    def __init__(self, key=None):
        self.key = key


def evict(d, node):
    del d[node.key]


d = {1: "a", 2: "b"}
evict(d, Node(1))
print(d)
try:
    evict(d, Node())
except KeyError as e:
    print("KeyError", e)
evict(d, Node(2))
print(d)
evict(d, Node())
