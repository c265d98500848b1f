# Assignment expressions: in while and if tests, in comprehensions (binding in
# the enclosing scope, PEP 572), in a consumed generator expression.
import sys
x = 10
while (x := x - 3) > 0:
    print(x, end=" ")
print()
data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print(f"list is too long ({n} elements, expected <= 3)")
print([y for v in data if (y := v * 2) > 4], y)
total = 0
print([total := total + v for v in data], total)
def f(values):
    if any((hit := v) > 4 for v in values):
        print("first over 4:", hit)
    found = [w for w in values if (last := w) % 2 == 0]
    return found, last
print(f(data))
def chunks(text):
    pos = 0
    out = []
    while (nl := text.find(",", pos)) != -1:
        out.append(text[pos:nl])
        pos = nl + 1
    out.append(text[pos:])
    return out
print(chunks("a,bb,,c"))
print((z := 5) + z)
def late():
    print(seen)
    if (seen := 1):
        return seen
late()
