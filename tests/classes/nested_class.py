# also-build
# A class nested in a class body is an attribute of the outer class:
# Outer.Inner(...), self.Inner(...), its __qualname__, and one nested in a
# class defined in a function.
class Outer:
    class Inner:
        def __init__(self, v):
            self.v = v

        def __repr__(self):
            return f"Inner({self.v})"

    limit = 3

    def make(self):
        return Outer.Inner(self.limit)

    def make_self(self):
        return self.Inner(4)


print(Outer.Inner, Outer.Inner(1), Outer().make(), Outer().make_self())
print(Outer.Inner.__qualname__, Outer.Inner.__name__, type(Outer().make()).__qualname__)
alias = Outer.Inner
print(alias(5), isinstance(alias(6), Outer.Inner))


def build():
    class Tree:
        class Node:
            def __init__(self, key):
                self.key = key
                self.children = []

        def __init__(self):
            self.root = Tree.Node(0)

        def add(self, key):
            node = self.Node(key)
            self.root.children.append(node)
            return node

    t = Tree()
    t.add(1)
    t.add(2)
    print([c.key for c in t.root.children], Tree.Node, repr(t.root).split(" object")[0])


build()


class Parser:
    class Error(Exception):
        pass

    def fail(self):
        raise Parser.Error("unexpected end")


Parser().fail()
