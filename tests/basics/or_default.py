# `x or default` where x may be None: the result is never None, so it keeps
# the default's type (a list of nodes, a str).
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []


n = Node(1, [Node(2, [Node(3)])])
stack = [n]
total = 0
while stack:
    node = stack.pop()
    total += node.val
    stack.extend(node.children)
print(total, len(n.children[0].children[0].children))


def greet(name=None):
    return "hello " + (name or "anon")


print(greet(), greet("bob"), greet(""))
print(None or 0, None or None, 0 or None, [] or None, None and 1)
values = [None, 3, 0]
print([v or -1 for v in values], [v and 2 for v in values])
print(Node(5).children.pop())
