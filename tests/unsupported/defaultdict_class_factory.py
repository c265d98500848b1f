# keelback-error: not supported yet: a defaultdict whose default_factory is a value of type
# A class as default_factory is not compiled yet: a compile error, never wrong output.
from collections import defaultdict


class Node:
    def __init__(self):
        self.children = []


tree = defaultdict(Node)
tree["a"].children.append(1)
print(len(tree))
