def last(n):
    total = 0
    for i in range(n):
        total += i
    print(total)
    return i


print(last(3))
print(last(0))
