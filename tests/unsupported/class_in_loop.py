# keelback-error: not supported yet: a class statement that can run more than once
for i in range(2):
    class Counter:
        count = 0
    Counter.count += i
print(Counter.count)
