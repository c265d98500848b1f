# Real-style uses of builtins and container methods as values: a pipeline of
# builtins, list and set methods bound once (append, pop, add), map() stepped
# with next(), filter() handed to next() with a default.
def pipeline(data, *steps):
    for step in steps:
        data = step(data)
    return data

print(pipeline([3, -1, 2], sorted, list, len))
nums = [5, 3, 8]
push = nums.append
pop = nums.pop
push(10)
print(pop(), pop(0), nums)
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(abs, 2, -5), apply_n(str, 1, 42), apply_n(len, 1, "abc"))
stack = []
def visit(x, out=stack):
    out.append(x)
    return x
print(list(map(visit, "ab")), stack)
m = map(str, range(3))
print(next(m), "-".join(m))
def first_true(xs, pred=None):
    return next(filter(pred, xs), "none")
print(first_true([0, "", 3]), first_true([1, 2, 3], lambda v: v > 1))
graph = {1: [2, 3], 2: [3], 3: []}
order = []
seen = set()
mark = seen.add
def dfs(n):
    if n in seen:
        return
    mark(n)
    for m2 in graph[n]:
        dfs(m2)
    order.append(n)
dfs(1)
print(order)
drop = seen.discard
drop(2)
drop(99)
print(sorted(seen))
take = seen.remove
take(3)
print(sorted(seen))
take(3)
