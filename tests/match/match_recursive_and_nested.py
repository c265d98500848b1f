# match in recursive functions over class trees, None against an Optional, guards in loops, captures that outlive the match, or-patterns binding in any order, nested mapping/class/star patterns.
class Node:
    __match_args__ = ("value", "children")

    def __init__(self, value, children):
        self.value = value
        self.children = children


def total(n):
    match n:
        case Node(v, []):
            return v
        case Node(v, [first, *others]):
            s = v + total(first)
            for o in others:
                s += total(o)
            return s
    return 0


tree = Node(1, [Node(2, []), Node(3, [Node(4, [])])])
print(total(tree))


def opt(x):
    match x:
        case None:
            return "none"
        case _:
            return "value " + str(x)


print(opt(None), opt("a"))


def pairs(items):
    out = []
    for item in items:
        match item:
            case (k, v) if v > 1:
                out.append(k)
            case (k, _):
                out.append("-" + k)
    return out


print(pairs([("a", 1), ("b", 2)]))

match 5:
    case x:
        print("bound", x)
print(x)

match [1, 2]:
    case [a, b] | (b, a):
        print(a, b)

data = {"name": "kb", "tags": ["x", "y"]}
match data:
    case {"name": str(n), "tags": [*tags]}:
        print(n, tags)
