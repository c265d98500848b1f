# also-build
# if/elif/else, while and for with break, continue and else.
for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print("for", i)
else:
    print("not reached")

for i in range(3):
    pass
else:
    print("for-else after", i)

n = 10
while n > 0:
    n -= 3
    if n == 4:
        continue
    print("while", n)
else:
    print("while-else", n)

total = 0
for i in range(10, 0, -2):
    total += i
print(total)
for i in range(0, 10, 3):
    print(i, end=" ")
print()
for i in range(5, 5):
    print("empty")
step = -3
for i in range(10, -10, step):
    print(i, end=",")
print()
for ch in "héllo":
    print(ch, end="|")
print()
for word in ["a", "bb", "ccc"]:
    print(word, len(word))
count = 0
i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    count += i
    if i > 20:
        break
print(count)
