# A container made empty by the caller and filled by the function it is
# passed to: the caller's variable takes the items' type from the callee.
def add_edge(graph, a, b):
    graph[a] = b


def collect(out, text):
    for word in text.split():
        out.append(word.upper())


def fill_set(s, n):
    for i in range(n):
        s.add(i % 3)


def outer(items):
    collect(items, "nested call chain")


edges = {}
add_edge(edges, "x", 1)
add_edge(edges, "y", 2)
print(edges, sum(edges.values()))

words = []
collect(words, "the quick brown fox")
print(words, words[0].lower())

seen = set()
fill_set(seen, 10)
print(sorted(seen))

chain = []
outer(chain)
print(len(chain), chain[-1])


class Box:
    def __init__(self):
        self.parts = []

    def load(self, sink):
        sink.append(len(self.parts))


b = Box()
got = []
b.load(got)
print(got[0] + 1)
