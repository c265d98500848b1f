# Methods of a list read as values (`append = out.append`, the speed idiom;
# `ins = perm.insert; pop = perm.pop` of the fannkuch benchmark): calls of
# them act on the list they were read from, whose items they add to its type.
def fill(add, n):
    for i in range(n):
        add(i * i)


squares = []
fill(squares.append, 4)
print(squares)
words = []
push = words.append
for w in "the quick brown fox".split():
    push(w.upper())
print(words)
stack = [1, 2, 3]
pop = stack.pop
print(pop(), pop(0), stack)
out = []
list(map(out.append, "abc"))
print(out)
ext = out.extend
ext(["x", "y"])
print(out, out.count("x"))
idx = out.index
print(idx("y"))
r = out.reverse
r()
print(out)
s = out.sort
s()
print(out)
c = out.copy
print(c(), c() is out)
rem = out.remove
rem("x")
print(out)
cl = out.clear
cl()
print(out)
print(type(push).__name__)
def collect(xs):
    seen = []
    add = seen.append
    for x in xs:
        if x not in seen:
            add(x)
    return seen
print(collect([3, 1, 3, 2, 1]))
print(collect("hello"))


def fannkuch_step(perm1, r):
    ins = perm1.insert
    pop = perm1.pop
    ins(r, pop(0))
    return perm1


print(fannkuch_step(list(range(5)), 3))
print(out.append == out.append, out.append == squares.append)
e = []
p = e.pop
p()
